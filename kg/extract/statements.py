"""Statements: direct quotations and reported speech, each with its speaker and reporting cue."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg import lexicon, names
from kg.extract import attribution, cues, quotes
from kg.extract.attribution import (CONJUNCTIONS, TELLING, Attribution, Strategy, attribute, contrast_before,
                                    finite_verb, governing_cue, inversion_comma, inverted_after_comma, line_label,
                                    medium_passing_on, opening_relay, own_clause, parsed_subjects, previous_cue,
                                    que_after, relay_of, reporting_ancestor, resumes_after, rule_name, source_after,
                                    speaker_of, spokesperson_after, subject_inverted)
from kg.extract.common import (AGENT_TYPES, article_state, evidence, original, parsed, sentence_index, sentence_text,
                               sentences, text_of)
from kg.extract.reference import SPEECH_NOUNS, Context, phrase_tokens, speaker_of_np
from kg.extract.roles import ROLE_NOUNS, Role, person_word
from kg.gazetteer import Gazetteer
from kg.model import Evidence, Mention, Statement

MARKS = "«»“”„\"‹› "
TITLE_WORDS = attribution.TITLE_WORDS


def statements(doc: Doc, *, mentions: list[Mention], roles: list[Role], gazetteer: Gazetteer) -> Iterator[Statement]:
    """Statements sentence by sentence: its quotations, else its reported speech (so that 'il' can refer to
    the speaker of the sentence before)."""
    article = article_state(doc)
    ctx = Context(doc=doc, name=article.name, mentions=mentions, roles=roles, gazetteer=gazetteer,
                  quotes=quotes.quote_spans(parsed(doc)), asides=article.asides, title=article.title)
    spans = ctx.quotes = sorted(ctx.quotes + labelled_paragraphs(ctx) + interview_answers(ctx))
    made = []
    for sent in sentences(doc):
        if blank(sent):
            continue
        found = list(direct_statements(ctx, [(s, e) for s, e in spans if sent.start_char <= s < sent.end_char]))
        if not frames_quote(sent):
            found = with_reported(ctx, sent, found)
        for st in found:
            if not ctx.in_title(st.evidence.start):  # a headline's speaker is no antecedent of the lead's pronouns
                ctx.speakers.append((ended_in(ctx, st), st.speaker))
        made += found
    named_after(ctx, made)
    yield from without_headline_repeats(ctx, without_pull_quotes(made))


def without_headline_repeats(ctx: Context, made: list[Statement]) -> list[Statement]:
    """The title's quotations, told once: not when the body gives their words again (a headline quotes the lead).
    Its reported speech ('X dément …', 'X annonce …') sums up the story, which the body tells."""
    body = [told(st) for st in made if not ctx.in_title(st.evidence.start)]
    return [st for st in made if not ctx.in_title(st.evidence.start)
            or st.kind == "direct" and not any(same_words(words, other) for words in [told(st)] for other in body)]


def same_words(a: str, b: str) -> bool:
    """Whether the shorter of two statements' words, four words or more, stands whole in the longer."""
    short, long_ = sorted((a, b), key=len)
    return len(short.split()) >= 4 and f" {short} " in f" {long_} "


def told(st: Statement) -> str:
    """A statement's words, folded for comparing with another's."""
    return " ".join(st.text.lower().split()).strip(" .")


def ended_in(ctx: Context, st: Statement) -> int:
    """The sentence a statement's words end in (a quotation of several sentences is recent from its last one)."""
    last = ctx.doc.char_span(st.evidence.end - 1, st.evidence.end, alignment_mode="expand")
    return sentence_index(last[0]) if last is not None and len(last) else st.evidence.sent_index


def labelled_paragraphs(ctx: Context) -> list[tuple[int, int]]:
    """'Pierre Martin :' on a line of its own, then a paragraph with no quote marks in the first person
    (reactions, interviews): the paragraph is his words, as if quoted (never a dateline's: 'Paris - AFP :')."""
    text = parsed(ctx.doc)
    out = []
    for label in LABEL_LINE.finditer(text):
        body = PARAGRAPH.match(text, label.end())
        if body is None or any(c in body.group(1) for c in MARKS.strip()) or not FIRST_PERSON.search(body.group(1)):
            continue
        named = line_label(ctx, label.start(), label.end() - 1, label.end())
        if named is not None and named.type == "Person":
            out.append(body.span(1))
    return out


def interview_answers(ctx: Context) -> list[tuple[int, int]]:
    """In an interview (kg.extract.attribution.interviewee) of two questions or more (paragraphs that end with
    '?'), the paragraph of three words or more right after a question is an answer, as if quoted, and so are the
    next ones while they speak in the first person; never one that holds quote marks of its own, nor the 'Propos
    recueillis par …' that signs it."""
    text = parsed(ctx.doc)
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", text))
    if sum(map(question, lines)) < 2 or attribution.interviewee(ctx, len(text)) is None:
        return []
    out, after = [], None  # after: how many paragraphs since the last question
    for line in lines:
        if question(line):
            after = 0
            continue
        after = after + 1 if after is not None else None
        if after is not None and (after == 1 or FIRST_PERSON.search(line.group(0))) and answer_line(line.group(0)):
            start = line.start() + len(line.group(0)) - len(line.group(0).lstrip())
            start = label.end() if (label := attribution.ANSWER_LABEL.match(text, start)) else start  # 'C.D. : Oui'
            out.append((start, line.start() + len(line.group(0).rstrip())))
        elif after is not None:
            after = None  # the interview's narration resumes
    return out


def question(line: re.Match) -> bool:
    """A paragraph that is one question: it ends with '?' and no sentence ends before ('… dans le Sud-Ouest.
    Faut-il …?' is a lead)."""
    words = line.group(0).rstrip()
    return words.endswith("?") and SENTENCE_END.search(words) is None


SENTENCE_END = re.compile(r"[a-zà-ÿ]{2}[.!] ")


def answer_line(line: str) -> bool:
    return len(line.split()) >= 3 and not any(c in line for c in MARKS.strip()) and not SIGNED_INTERVIEW.match(line)


SIGNED_INTERVIEW = re.compile(r"(?i)\s*propos recueillis")
LABEL_LINE = re.compile(r"^[^\n:«»“”\"]{3,60}:(?=[ \t]*\n)", re.M)
FIRST_PERSON = re.compile(r"(?i)\b(?:je|j['’]|nous|on|mon|ma|mes|notre|nos|moi)\b")
PARAGRAPH = re.compile(r"[ \t]*\n\s*([^\n]*[^\n\s:])[ \t]*(?=\n|$)")


INDEFINITE = re.compile(r"(?i)(?:l['’])?(?:un|une|des|plusieurs|certains|certaines|quelques)\b")


def named_after(ctx: Context, made: list[Statement]) -> None:
    """'…, a indiqué le conseiller à la sécurité nationale.' … '« … », a encore dit Jake Sullivan': a description
    that spoke is the person the article names only afterwards, when that person goes on speaking ('encore',
    a verb of adding) right after it with no other speaker between; never 'l'un d'eux', 'un manifestant'."""
    for before, after in zip(made, made[1:]):
        described, named = before.speaker, after.speaker
        if described.unnamed and described.type == "Person" and not INDEFINITE.match(described.text) \
                and first_named(ctx, named, described) \
                and goes_on(ctx, after) and after.evidence.sent_index - before.evidence.sent_index <= 3:
            described.unnamed, described.role, described.alias_of = False, "reference", named.id


def first_named(ctx: Context, named: Mention, described: Mention) -> bool:
    """A person's own name (not a reference), none of whose mentions comes before the description."""
    if named.type != "Person" or named.unnamed or named.role is not None or named.id < 0:
        return False
    return not any(m.start < described.start for m in ctx.mentions if (m.key and m.key == named.key) or m.text == named.text)


def goes_on(ctx: Context, st: Statement) -> bool:
    """A statement told as going on from the one before: a verb of adding, or 'encore' before the speaker."""
    between = original(ctx.doc)[st.evidence.end:st.speaker.start] if st.speaker.start > st.evidence.end else ""
    return st.polarity == "add" or " encore " in f" {between.lower()} "


def with_reported(ctx: Context, sent: Span, found: list[Statement]) -> list[Statement]:
    """A sentence's quotations with its reported speech: a claim takes the quotations inside it, other reported
    speech stands when it adds to the quotations, and a fragment quoted inside or just after what its speaker
    reports is folded into it."""
    opened = any(s < sent.start_char < e for s, e in ctx.quotes)  # '… . … », a-t-il dit, estimant que …'
    reported_here = list(indirect_statements(ctx, sent, participles_only=opened))
    found = [q for q in found if not any(takes_quotes(r) and holds(r, q) for r in reported_here)]
    reported_here = standing(ctx, reported_here, found)
    return fold_trailing(ctx, [st for st in found if not any(folds_into(st, r) for r in reported_here)], reported_here)


def standing(ctx: Context, reported: list[Statement], found: list[Statement]) -> list[Statement]:
    """The reported speech that stands beside a sentence's quotations: all of it when only quoted words share the
    sentence ('a qualifié X de « fausses nouvelles »'), else claims and what adds to the quotations."""
    if all(quoted_word(q) for q in found):
        return reported
    return [st for st in reported if takes_quotes(st) or adds_to_quotes(ctx, st, ctx.quotes, found)]


def takes_quotes(st: Statement) -> bool:
    """Reported speech that tells the quotations inside it: a claim, or words a verb opening them reports ('a
    « promis des moyens » supplémentaires')."""
    return claimed(st) or st.rule.startswith("quoted-verb/")


def claimed(st: Statement) -> bool:
    """A claim after 'selon lesquelles' / 'selon qui': its owner says the quotations inside it, whoever else the
    sentence names ('a démenti les affirmations de X selon lesquelles « … »')."""
    return st.rule.startswith(("reported/claim-noun", "reported/claimant"))


def without_pull_quotes(made: list[Statement]) -> list[Statement]:
    """A quotation given again with no cue of its own (a pull quote, a subheading) is told once, by the
    statement that attributes it or the longer one that holds it."""
    cued = [told(st) for st in made if st.rule != "continued"]
    every = [told(st) for st in made]
    return [st for st in made if st.rule != "continued" or len(told(st).split()) < 4
            or not any(told(st) in other for other in cued)
            and not any(told(st) in other and len(other) > len(told(st)) for other in every)]


def adds_to_quotes(ctx: Context, st: Statement, spans: list[tuple[int, int]], quoted: list[Statement]) -> bool:
    """Reported speech worth keeping beside the quotations of its sentence: a clause all after them ('a qualifié
    … de « … » et affirmé qu'il …') or another verb's words after them ('a dénoncé une « trahison » et réclamé la
    démission du ministre'), or three content words or more outside the quote marks and the one it was
    said to ('a assuré que l'armée suivait « de près » la coopération militaire …'), or one when the quotations
    inside its words are all fragments of them ('a réaffirmé un soutien « inconditionnel » à Kiev',
    kg.extract.statements.folds_into); a 'selon X' clause only when X is who the quotations were given to ('Selon
    lui, il y aura « des villes » à céder'), not when it relays another speaker's quotation ('…, louant leur
    « héroïsme », selon le magazine'), nor beside the quotation of another ('« … », a dénoncé X, selon l'AFP');
    X's own words beside X's quotation stand ('… 22 morts, selon l'ONU, qui condamne « … »')."""
    if (st.cue == "selon" and relays_other_words(st, quoted)) or introduces(ctx, st, quoted):
        return False
    if all(q.evidence.end < st.evidence.start for q in quoted) and (
            any(map(subordinate_verb, span_of(ctx, st))) or all(q.cue != st.cue for q in quoted)):
        return True
    inside = [q for q in quoted if holds(st, q)] or quoted
    return len(unquoted_words(ctx, st, spans)) >= (1 if all(folds_into(q, st) for q in inside) else 3)


def introduces(ctx: Context, st: Statement, quoted: list[Statement]) -> bool:
    """'a confirmé au micro de la radio : « … »': reported speech whose own words are the circumstances of a
    quotation its colon introduces says nothing the quotation does not (not 'a affirmé que X : « … »')."""
    text = parsed(ctx.doc)
    for q in (q for q in quoted if holds(st, q)):
        before, after = text[st.evidence.start:q.evidence.start], text[q.evidence.end:st.evidence.end]
        lead = ctx.doc.char_span(st.evidence.start, q.evidence.start, alignment_mode="contract")
        if before.rstrip(MARKS + " \u00a0\u202f").endswith(":") and not after.strip(MARKS + " .,;\u00a0\u202f") \
                and lead is not None and only_circumstances(lead):
            return True
    return False


def only_circumstances(lead: Span) -> bool:
    """Words that open on a verb of saying and go on with no object or clause of their own ('a déclaré à la radio
    mardi', not 'a annoncé la démission du ministre', 'a affirmé vouloir partir')."""
    verb = next((t for t in lead[:3] if t.pos_ == "VERB" and cues.entry(t) is not None), None)
    return verb is not None and lead[0].pos_ in ("AUX", "VERB") \
        and not any(c.dep_ in ("obj", "xcomp", "ccomp") and c.i < lead.end for c in verb.children) \
        and not any(subordinate_verb(t) or t.lower_ in ("que", "qu'") for t in lead if t.i > verb.i)


def relays_other_words(st: Statement, quoted: list[Statement]) -> bool:
    """A 'selon X' beside quotations that are not 'selon' ones: overlapping them, or beside another's."""
    return not any(q.cue == "selon" for q in quoted) and (
        any(overlaps(st, q) for q in quoted)
        or not all(same_speaker(q, st) or q.speaker.key and q.speaker.key == st.speaker.key for q in quoted))


def overlaps(one: Statement, other: Statement) -> bool:
    return one.evidence.start < other.evidence.end and other.evidence.start < one.evidence.end


def span_of(ctx: Context, st: Statement) -> Span:
    return ctx.doc.char_span(st.evidence.start, st.evidence.end, alignment_mode="expand")


def unquoted_words(ctx: Context, st: Statement, spans: list[tuple[int, int]]) -> list[Token]:
    """The content words of reported speech outside quote marks, its cue and the one it was said to."""
    span = span_of(ctx, st)
    told = {t.i for c in span if addressee(ctx, c) for t in phrase_tokens(c)}  # not the clause hung on it
    return [t for t in span if said_word(t) and not any(s <= t.idx < e for s, e in spans) and t.i not in told]


def said_word(t: Token) -> bool:
    """A content word that is not a verb of saying: what reported speech says ('attaques' is a noun, whatever
    verb of saying 'attaquer' is)."""
    return t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or (t.pos_ == "VERB" and cues.entry(t) is None)


def subordinate_verb(t: Token) -> bool:
    """A verb with a subject of its own before it, of saying or not ('a affirmé qu'il ne la reconnaissait pas')."""
    return t.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("nsubj") and c.i < t.i for c in t.children)


def addressee(ctx: Context, token: Token) -> bool:
    """'[au député X]', '[à la presse]': who the words were said to, which adds nothing to what was said."""
    named = ctx.at(token)
    told = token.lower_ in ROLE_NOUNS | cues.AUDIENCE or (named is not None and named.type == "Person")
    return told and any(c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in token.children)


def folds_into(quoted: Statement, reported: Statement) -> bool:
    """'Il a jugé « prématurées » les déclarations …': a quoted fragment inside what the same speaker reports (also through a participle: '…, affirmant que la Russie était « immunisée »') is
    told by the reported statement."""
    return fragment(quoted) and same_speaker(quoted, reported) and holds(reported, quoted)


def fold_trailing(ctx: Context, quoted: list[Statement], reported: list[Statement]) -> list[Statement]:
    """Quotations and reported speech of a sentence, a fragment quoted just after what its speaker reports
    joined to it ('a annoncé la reprise des actions dans « les 15 jours qui viennent »'), a quoted word left alone
    dropped."""
    out, kept = list(reported), []
    for q in quoted:
        i = next((i for i, r in enumerate(out) if trails(ctx, q, r)), None)
        if i is None:
            kept += [] if quoted_word(q) else [q]
        else:
            r, closing = out[i], CLOSING_MARK.match(parsed(ctx.doc), q.evidence.end)
            end = closing.end() if closing else q.evidence.end  # past the closing mark
            out[i] = replace(r, text=original(ctx.doc)[r.evidence.start:end].strip(),
                             evidence=span_evidence(ctx, r.evidence.start, end),
                             about=about(ctx, r.evidence.start, end, r.speaker))
    return kept + out


def quoted_word(st: Statement) -> bool:
    """'Macron a appelé à la « prudence »', 'a jugé « irresponsable » le projet': one or two words quoted inside a
    clause of the writer's, that a verb before or after them attributes, are the writer's words marked as the
    speaker's, no statement of their own, and so are three that the verb or its participle has for object ('a
    dénoncé des « mensonges organisés »'); 'a répondu : « Jamais »', '« Jamais », a-t-il répondu', 'a qualifié X
    de « fausses nouvelles »' are statements."""
    words = len(st.text.split())
    if not st.rule.startswith(("introduced/", "governed/")) or words > 3 \
            or (words == 3 and not st.rule.startswith(("introduced/subject", "introduced/participle"))):
        return False
    ev = st.evidence
    before = ev.sentence[:max(0, ev.start - ev.sent_start)].rstrip(MARKS + " ")
    last = before.split()[-1].lower() if before.split() else ""
    called = st.cue in lexicon.calling_verbs() and last in ("de", "d'", "d’")
    return bool(before) and not before.endswith(":") and not called


def trails(ctx: Context, quoted: Statement, reported: Statement) -> bool:
    """A fragment quoted a few words after the end of what the same speaker reports, in the same clause (or a word
    borrowed there, whoever the parse made its speaker), with no verb of saying but its own between ('X, qui
    réclame …, a salué « … »' are two statements)."""
    gap = parsed(ctx.doc)[reported.evidence.end:quoted.evidence.start]
    return fragment(quoted) and (same_speaker(quoted, reported) or borrowed(ctx, quoted)) \
        and reported.evidence.end <= quoted.evidence.start \
        and len(gap) < 80 \
        and not any(c in gap for c in ".!?;:") and sum(c in MARKS for c in gap.replace(" ", "")) <= 1 \
        and not any(cues.is_cue(t) and cues.cue_word(t) != reported.cue
                    for t in ctx.doc.char_span(reported.evidence.end, quoted.evidence.start,
                                               alignment_mode="contract") or ())


def same_speaker(one: Statement, other: Statement) -> bool:
    return (one.speaker.start, one.speaker.end) == (other.speaker.start, other.speaker.end)


def holds(reported: Statement, quoted: Statement) -> bool:
    """Whether the quotation lies in the words the reported statement gives; one joined from fragments need only
    open in them ('… s'engage à une « reconstruction calme », invitant … à sa « mission … »')."""
    inside = reported.evidence.start <= quoted.evidence.start
    return inside and (quoted.evidence.end <= reported.evidence.end + 1
                       or (" … " in quoted.text and quoted.evidence.start <= reported.evidence.end))


def fragment(quoted: Statement) -> bool:
    """A quotation of three words or fewer, or one with no incise of its own that opens in lower case or after an
    article: a fragment of a sentence the article reports in its own words ('a déclaré que l'État fournirait
    « toutes les ressources nécessaires »')."""
    return len(quoted.text.split()) <= 3 or ("incise" not in quoted.rule and (
        quoted.text.lstrip(MARKS + "(…[")[:1].islower() or after_article(quoted)))


ARTICLES = frozenset({"du", "de", "des", "d'", "le", "la", "les", "l'", "un", "une", "au", "aux"})


def after_article(quoted: Statement) -> bool:
    """'a souligné l'importance du « Référendum constitutionnel … »': a quotation right after an article or 'de'
    is a phrase of the writer's sentence, whatever its case."""
    ev = quoted.evidence
    before = ev.sentence[:max(0, ev.start - ev.sent_start)].rstrip(MARKS + " ").split()
    return bool(before) and before[-1].lower() in ARTICLES


def frames_quote(sent: Span) -> bool:
    """'X a évoqué la position iranienne :' before a quotation on the next line: the quotation is the statement."""
    words = [t for t in sent if not t.is_space]
    nxt = sent.doc[sent.end:sent.end + 2]
    return bool(words) and words[-1].text == ":" and any(t.text in MARKS.strip() for t in nxt)


def blank(sent: Span) -> bool:
    return not text_of(sent).strip()


def direct_statements(ctx: Context, spans: list[tuple[int, int]]) -> Iterator[Statement]:
    """One statement per speaker and cue, joining the quoted fragments attributed to them."""
    doc = ctx.doc
    groups: dict[tuple, list[tuple[int, int]]] = {}
    found: dict[tuple, Attribution] = {}
    for start, end in spans:
        if not any(c.isalnum() for c in original(doc)[start:end]) or ctx.mute(start):
            continue  # '« «', '« , »': no words, no statement; captions speak for nobody
        quote = doc.char_span(start, end, alignment_mode="expand")
        attribution = attribute(ctx, quote) if quote is not None and len(quote) and not is_title(quote) else None
        if attribution is None:
            continue
        key = (attribution.speaker.start, attribution.speaker.end, attribution.cue.i)
        part = phrase_of(quote, end, attribution) or (mixed_start(ctx, quote, attribution), end)
        groups.setdefault(key, []).append(part)
        found[key] = attribution
    for key, parts in groups.items():
        a = found[key]
        text = " … ".join(unquoted(original(doc)[s:e]) for s, e in parts)
        yield Statement(speaker=a.speaker, text=text, kind="direct", cue=a.word, polarity=cues.polarity(a.word),
                        evidence=span_evidence(ctx, parts[0][0], parts[-1][1]), reported_by=a.relay,
                        about=about(ctx, parts[0][0], parts[-1][1], a.speaker), rule=a.rule, confidence=a.confidence)


def borrowed(ctx: Context, st: Statement) -> bool:
    """'qualifiant cette hausse de « juste »': three quoted words or fewer that a phrase of the writer's joins to
    the verb before them, a word borrowed in the reported speech they end ('a répondu : « Jamais »', 'a salué
    « un accord historique »' are quotations of their own)."""
    if st.kind != "direct" or not st.rule.startswith("introduced/") or len(st.text.split()) > 3:
        return False
    doc = ctx.doc
    opening = doc.char_span(st.evidence.start, st.evidence.start + 1, alignment_mode="expand")
    if opening is None or not len(opening):
        return False
    first = opening[0]
    cue = next((t for t in reversed(doc[first.sent.start:first.i]) if cues.verbal(t) and cues.cue_word(t) == st.cue),
               None)
    return cue is not None and any(not (t.is_punct or t.is_space) for t in doc[cue.i + 1:first.i])


def is_title(quote: Span) -> bool:
    """'l'opération « Bouclier du Nord »', 'le livre intitulé « … »', 'le « mouvement du 23 mars »': a quoted
    name, not words said."""
    before = [t for t in quote.doc[max(0, quote.start - 3):quote.start] if not t.is_space and t.text not in MARKS]
    return attribution.titled(quote.doc, quote.start_char) or (len(quote) <= 6 and quote[0].lower_ in TITLE_WORDS) \
        or scare_quote(quote, before)


def scare_quote(quote: Span, before: list[Token]) -> bool:
    """'l'objet de cet « entretien » reste flou': one or two words quoted after a determiner, in a clause whose verb
    is not one of saying, are the writer's distance from a word, not words said ('a salué le « courage »' is)."""
    words = [t for t in quote if not t.is_punct and not t.is_space]
    if len(words) > 2 or not before or before[-1].pos_ != "DET" or before[-1].lower_ in ("qu'", "que"):
        return False
    verb = next((a for a in quote.root.ancestors if a.pos_ in ("VERB", "AUX") or cues.verbal(a)), None)
    return verb is None or not cues.is_cue(verb)


def mixed_start(ctx: Context, quote: Span, attribution: Attribution) -> int:
    """'L'élection est « loin d'être terminée », a-t-il affirmé': a quotation that ends a clause begun
    before it reports the whole clause; elsewhere the quotation starts where its marks do."""
    sent = quote[0].sent
    before = [t for t in ctx.doc[sent.start:quote.start] if not t.is_space]
    while before and before[-1].text in MARKS:
        before.pop()
    if not attribution.rule.startswith("incise/") or len(before) < 2 or before[-1].is_punct \
            or any(t.text in MARKS or cues.is_cue(t) or cues.is_relay(t) for t in before):
        return quote.start_char
    return before[0].idx


CLOSED_AFTER = re.compile(r"\s*[»”\"]")


def phrase_of(quote: Span, end: int, attribution: Attribution) -> tuple[int, int] | None:
    """'a dénoncé un « pur gouvernement macroniste »': a quoted phrase that opens after its article in the object
    of the verb that introduces it is told with the article and the rest of that object."""
    if not attribution.rule.startswith("introduced/") or quote.root.i == attribution.cue.i \
            or quote[0].text[:1].isupper():
        return None
    obj = object_holding(quote, attribution.cue)
    tokens = [t for t in obj.subtree if not t.is_space] if obj is not None else []
    if not tokens or any(t.text in (",", ";", ":") for t in tokens) or tokens[-1].i > quote.end + 6:
        return None
    closing = CLOSED_AFTER.match(parsed(quote.doc), end)
    return tokens[0].idx, max(closing.end() if closing else end, tokens[-1].idx + len(tokens[-1]))


def object_holding(quote: Span, cue: Token) -> Token | None:
    """The object of cue whose phrase holds the quotation after at least one word of its own, else None."""
    root = quote.root
    while root.head.i not in (cue.i, root.i) and root.dep_ in ("amod", "nmod", "conj", "flat:name"):
        root = root.head
    return root if root.head.i == cue.i and root.dep_ == "obj" and quote.start > root.left_edge.i else None


def unquoted(text: str) -> str:
    """The words of a quotation without its marks; a phrase that holds one keeps them ('un « … » réel')."""
    inner = text.strip(MARKS)
    return inner if sum(c in MARKS.strip() for c in inner) == 0 else text.strip(" ")


def span_evidence(ctx: Context, start: int, end: int) -> Evidence:
    """Evidence for characters [start, end): the sentence(s) they lie in."""
    doc = ctx.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    first, last = span[0].sent, span[-1].sent
    ev = evidence(ctx.name, span, start, end)
    return Evidence(doc=ev.doc, start=start, end=end, sent_start=first.start_char, sent_end=last.end_char,
                    sent_index=ev.sent_index, sentence=sentence_text(doc, first.start_char, last.end_char))


def about(ctx: Context, start: int, end: int, speaker: Mention) -> list[Mention]:
    """Entities named inside the reported words."""
    return [m for m in ctx.starting(start, end + 1) if m.end <= end and m is not speaker and m.role is None]


def indirect_statements(ctx: Context, sent: Span, *, participles_only: bool = False) -> Iterator[Statement]:
    """Reported speech: 'X a déclaré que …', 'X a affirmé avoir …', 'X a dénoncé …', 'selon X, …'; a verb of
    saying inside what another reports ('X a assuré que Y soutiendrait …') is part of X's words. In a sentence
    that opens inside a quotation, only what the participles of its verbs report ('… », a-t-il déclaré,
    estimant que …')."""
    covered = []
    for cue in sent:
        if not reports(ctx, cue):
            continue
        pieces = own_pieces(ctx, cue, participles_only=participles_only)
        if cues.is_participle(cue) and all(within(p, covered) for p in pieces):
            continue
        who = speaker_of(ctx, cue) if pieces else None
        pieces = outermost([p for p in pieces if not holds_inverted_subject(cue, who, p)] if who is not None else [])
        if not pieces:
            continue
        covered += told_span(cue, pieces)
        rule = rule_name(f"{link(cue)}/{who[1].name}", who[0])
        yield reported(ctx, Attribution(who[0], cue, relay_of(ctx, sent), rule,
                                        who[1].confidence, cues.cue_word(cue)), pieces)
    if not participles_only:
        yield from relayed(ctx, sent, covered)
        yield from claims(ctx, sent)


def own_pieces(ctx: Context, cue: Token, *, participles_only: bool) -> list[tuple[int, int]]:
    """What a verb reports but for whole quotations, which their own statements tell (a verb that opens the
    quotation keeps it)."""
    return [p for p in reported_pieces(ctx, cue, participles_only=participles_only)
            if not quoted_piece(ctx, p) or cues.quoted_predicate(cue)]


def link(cue: Token) -> str:
    """The first part of a reported statement's rule: 'quoted-verb' for a verb opening a quotation."""
    return "quoted-verb" if cues.quoted_predicate(cue) else "reported"


def outermost(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Reported words without those inside others ('a dit X avant d'ajouter que …' inside the verb's own)."""
    return [p for p in pieces if not any(o != p and o[0] <= p[0] and p[1] <= o[1] for o in pieces)]


def holds_inverted_subject(cue: Token, who: tuple[Mention, Strategy], piece: tuple[int, int]) -> bool:
    """'« … », a ajouté le maire qui …', '… a-t-elle affirmé au lendemain du vote': words that run from an
    inverted verb on hold its subject or its circumstances, not what it said."""
    if not (who[1].name.startswith("inverted") or (who[1].name == "subject" and who[0].start > cue.idx)):
        return False
    comma = inversion_comma(cue)
    start = comma.idx if comma is not None else cue.doc[cues.group_start(cue)].idx - 1
    return start < piece[0] <= cue.idx


def relayed(ctx: Context, sent: Span, covered: list[tuple[int, int]]) -> Iterator[Statement]:
    """'selon X, …' where no verb of the sentence already reports those words."""
    marker = next((t for t in sent if cues.is_relay(t)), None)
    relay = relay_of(ctx, sent) if marker is not None and not (covered and told_around(marker, covered)) else None
    pieces = after_told(ctx, relay_content(marker), covered, marker) if relay is not None else None
    if pieces:
        yield reported(ctx, Attribution(relay, marker, None, rule_name("reported/selon", relay), 0.9, "selon"), pieces)


CLAIM_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})


def claims(ctx: Context, sent: Span) -> Iterator[Statement]:
    """'les affirmations du président X, selon lesquelles il avait été réélu': the clause after 'selon
    lesquelles' is what the owner of the noun of speech before it says."""
    doc = ctx.doc
    for t in sent[:-2]:
        if t.lower_ not in ("selon", "d'après") or doc[t.i + 1].lower_ not in CLAIM_RELATIVES | {"qui"}:
            continue
        who, rule, word = claimant(ctx, sent, t)
        clause = claimed_clause(sent, doc[t.i + 1]) if who is not None else None
        if clause:
            start = clause[0].idx
            pieces = [(start, past_closing_mark(doc, start, clause[-1].idx + len(clause[-1])))]
            yield reported(ctx, Attribution(who, t, None, rule_name(rule, who), 0.8, word), pieces)


def claimant(ctx: Context, sent: Span, marker: Token) -> tuple[Mention | None, str, str]:
    """Who a 'selon lesquelles' or 'selon qui' clause is the claim of, the rule and the word: the owner of the noun
    of speech before it, or the agent named right before its comma ('…, a expliqué M. Durand, selon lequel …')."""
    noun = claim_noun(sent, marker) if marker.doc[marker.i + 1].lower_ != "qui" else None
    if noun is not None:
        return speaker_of_np(ctx, noun), "reported/claim-noun", noun.lemma_
    single = marker.doc[marker.i + 1].lower_ in ("qui", "lequel", "laquelle")  # not '… de X, selon lesquelles'
    name = marker.doc[marker.i - 2] if single and marker.i - 2 >= sent.start and marker.doc[marker.i - 1].text == "," \
        else None
    named = ctx.at(name) if name is not None else None
    if named is None or named.type not in AGENT_TYPES or named.end > name.idx + len(name):
        return antecedent_claimant(ctx, marker) if single else (None, "", "")
    return speaker_of_np(ctx, name), "reported/claimant", "selon"


def antecedent_claimant(ctx: Context, marker: Token) -> tuple[Mention | None, str, str]:
    """'… le président, Emmanuel Macron, depuis Barcelone, selon qui …': the agent named right before the comma
    of a circumstance set off between it and 'selon qui'."""
    doc, i = marker.doc, marker.i - 1
    while i > marker.sent.start and doc[i].text == ",":
        comma = next((t.i for t in reversed(doc[marker.sent.start:i]) if t.text == ","), None)
        if comma is None or doc[comma + 1].pos_ != "ADP":
            break
        i = comma
    named = ctx.at(doc[i - 1]) if doc[i].text == "," and i - 1 >= marker.sent.start and i < marker.i - 1 else None
    if named is None or named.type not in AGENT_TYPES:
        return None, "", ""
    return speaker_of_np(ctx, doc[i - 1]), "reported/claimant", "selon"


def claimed_clause(sent: Span, relative: Token) -> list[Token]:
    """The clause after 'selon lesquelles', read word by word (the parse often hangs its words elsewhere): up to a
    stop, a quote mark, a comma that opens no relative clause (one closes it before a finite verb), or a second
    finite verb outside such a clause or a 'que' clause of the first ('… selon lesquelles il aurait remporté 51 %
    des voix | manquaient de crédibilité'; '… selon lesquelles les républicains, qui contrôlent la Chambre,
    pourraient rouvrir …')."""
    doc, out, finite, inserted, governed = sent.doc, [], False, False, False
    for x in doc[relative.i + 1:sent.end]:
        governed = governed or (finite and x.lower_ in ("que", "qu'"))  # '… laissent penser que le bateau a chaviré'
        if x.text in MARKS.strip():
            if finite:
                break
            continue  # '… selon qui cette réforme « a été validée »': a quotation goes on with the clause
        if x.text in (".", "!", "?", ";", ":"):
            break
        if x.text == ",":
            inserted = opens_insertion(x, inserted)
            if inserted is None:
                break
        elif not inserted and finite_verb(x):
            if finite and not governed:
                break
            finite = True
        out.append(x)
    return out


def opens_insertion(comma: Token, inserted: bool) -> bool | None:
    """After a comma in a claimed clause: whether a relative clause is (still) inserted, or None when the comma
    ends the clause."""
    after = comma.doc[comma.i + 1] if comma.i + 1 < len(comma.doc) else comma
    if not (inserted or after.lower_ in RELATIVE_WORDS):
        return None
    return after.lower_ in RELATIVE_WORDS or (inserted and not finite_verb(after))


def claim_noun(sent: Span, marker: Token) -> Token | None:
    """The noun of speech a 'selon lesquelles' follows, with no verb between them."""
    before = sent.doc[max(sent.start, marker.i - 10):marker.i]
    nouns = [x for x in before if x.pos_ == "NOUN" and x.lower_ in SPEECH_NOUNS]
    if not nouns or any(x.pos_ in ("VERB", "AUX") for x in sent.doc[nouns[-1].i:marker.i]):
        return None
    return nouns[-1]


def quoted_piece(ctx: Context, piece: tuple[int, int]) -> bool:
    """A piece of reported words that is a whole quotation (with its marks): the quotation's own statement
    tells it ('« … », a insisté X, soulignant que …' reports the participle's words only)."""
    return any(s - 2 <= piece[0] and piece[1] <= e + 2 for s, e in ctx.quotes)


def within(piece: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether a stretch of characters lies inside one of spans."""
    return any(s <= piece[0] and piece[1] <= e for s, e in spans)


def told_span(cue: Token, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """From a verb (or its words before it) to the end of what it reports; none for a relative clause's verb."""
    return [] if cue.dep_ == "acl:relcl" else [(min([cue.idx] + [s for s, _ in pieces]), max(e for _, e in pieces))]


def after_told(ctx: Context, pieces: list[tuple[int, int]] | None, covered: list[tuple[int, int]],
               marker: Token) -> list[tuple[int, int]] | None:
    """What a 'selon' relays, past the words a verb before it in the sentence already reports."""
    told = max([e for _, e in covered if e <= marker.idx], default=0)
    text = parsed(ctx.doc)
    pieces = [(max(s, told), e) for s, e in pieces or [] if e > told]
    pieces = [(s + len(text[s:e]) - len(text[s:e].lstrip(" ,;")), e) for s, e in pieces]
    return [(s, e) for s, e in pieces if sum(any(c.isalnum() for c in w) for w in text[s:e].split()) >= 3] or None


def told_around(marker: Token, covered: list[tuple[int, int]]) -> bool:
    """'Selon X, Y a déclaré que …', 'Y a déclaré, selon X, que …': a 'selon' that opens the sentence or stands
    inside what a verb of it reports relays that verb's words; one set off elsewhere tells its own
    ('X a présidé un conseil, selon la présidence, deux jours après que l'armée a réfuté …')."""
    return marker.i - marker.sent.start <= 2 or any(s <= marker.idx < e for s, e in covered)


def reported_pieces(ctx: Context, cue: Token, *, participles_only: bool = False) -> list[tuple[int, int]]:
    """The characters a reporting verb reports (with those of its participles, or those only, but for a verb
    whose 'qui' speaks: '… », estime la candidate qui estime que …'), cut where another speaker's clause or its
    relative clause ends; none when they say nothing."""
    own = [] if participles_only and not said_by_antecedent(cue) else [content(cue)]
    pieces = [p for p in own + [content(t) for t in participles(ctx, cue)] if p is not None]
    pieces = [told] if (told := told_before(cue)) is not None else bounded(ctx, cue, before_contrast(ctx, cue, pieces))
    said = pieces and (says_something(ctx, pieces) or cues.quoted_predicate(cue))
    return pieces if said and says_enough(ctx, cue, pieces) else []


def says_enough(ctx: Context, cue: Token, pieces: list[tuple[int, int]]) -> bool:
    """Whether reported words hold a clause, a quotation or more than one word of substance past the verb (not a
    word of its locution, nor the same word twice): 'a salué le travail', 'promet des représailles', 'a confirmé',
    'faisait état samedi', 'demandent tour à tour' tell an act, not what was said."""
    group = range(cues.group_start(cue), cue.i + 1)
    words = [t for s, e in pieces if e > s for t in ctx.doc.char_span(s, e, alignment_mode="expand") or ()
             if t.i not in group]
    if any(ctx.inside_quote(t.idx) or t.text in quotes.OPENERS or subordinate_verb(t) for t in words):
        return True
    locution = set(cues.cue_lemma(cue).split())
    return len({t.lower_ for t in words if of_substance(t) and t.lower_ not in locution}) >= 2


def of_substance(t: Token) -> bool:
    """A word with a letter or digit that is not a stop word ('cessez-le-feu' is one)."""
    return any(c.isalnum() for c in t.text) and not t.is_stop


def bounded(ctx: Context, cue: Token, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Reported words cut where the verb's relative clause or fronted clause ends, and never inside a quotation."""
    pieces = [(s, min(e, relative_end(cue))) for s, e in pieces] if relative_clause_verb(cue) else pieces
    pieces = [(s, min(e, cut) if s < cut else e) for s, e in pieces] if (cut := fronted_end(cue)) else pieces
    return [(s, past_quotation(ctx, e)) for s, e in pieces]


def past_quotation(ctx: Context, end: int) -> int:
    """Reported words never end inside a quotation: '…, louant leur « détermination et héroïsme »', which the
    parse cut after 'détermination', ends past its closing mark."""
    return next((e + 1 for s, e in ctx.quotes if s < end < e), end)


def says_something(ctx: Context, pieces: list[tuple[int, int]]) -> bool:
    """Whether reported words hold, outside quote marks and past a frame of their own ('X a déclaré :'), a word
    that is not a verb of saying or a verb with its own subject: 'Le ministre a déclaré : « « » puis' says
    nothing."""
    words = [t for s, e in pieces if e > s for t in ctx.doc.char_span(s, e, alignment_mode="expand") or ()]
    frame = max((i for i, t in enumerate(words[1:], 1) if t.text == ":" and cues.entry(words[i - 1]) is not None),
                default=-1)
    return any((said_word(t) or subordinate_verb(t)) and not ctx.inside_quote(t.idx) for t in words[frame + 1:])


def before_contrast(ctx: Context, cue: Token, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What a verb reports ends where a later verb of the sentence starts a clause with a speaker of its own
    ('…, tandis que Y a déclaré …', '… aux propos de l'armée qui affirment …', '…, mais Y a affirmé …'), or
    where a quotation another source gives opens ('… une majorité réduite, « punie par les électeurs » d'après
    l'opposition')."""
    later = [t for t in cue.doc[cue.i + 1:cue.sent.end] if cues.is_cue(t)]
    marks = [m.idx for t in later if reporting_ancestor(t) == cue and (m := other_speaker_mark(t)) is not None]
    marks += sourced_quotations(ctx, cue)
    marks += [c.idx for t in later if own_clause(t) for c in t.children if c.dep_ == "cc" and c.i > cue.i]
    if not marks:
        return pieces
    cut = min(marks)
    text = parsed(cue.doc)
    return [(s, len(text[:min(e, cut)].rstrip(" ,;\n"))) for s, e in pieces if s < cut]


def sourced_quotations(ctx: Context, cue: Token) -> list[int]:
    """Where the quotations after cue that another source gives open."""
    return [q.idx for t in cue.doc[cue.i + 1:cue.sent.end] if (q := sourced_quotation(ctx, cue, t)) is not None]


def sourced_quotation(ctx: Context, cue: Token, mark: Token) -> Token | None:
    """The opening mark of a quotation that 'selon' or 'd'après' follows and neither cue nor a verb of saying
    after it introduces."""
    if mark.text not in quotes.OPENERS or any(cues.is_cue(t) for t in cue.doc[cue.i + 1:mark.i]):
        return None
    close = next((t for t in cue.doc[mark.i + 1:cue.sent.end] if t.text in quotes.CLOSERS), None)
    quote = cue.doc[mark.i + 1:close.i] if close is not None else None
    return mark if quote and source_after(ctx, cue, quote) is not None else None


def other_speaker_mark(cue: Token) -> Token | None:
    """Where a verb of saying under another starts a clause of its own speaker: 'tandis que', 'mais', or the 'qui'
    of a relative clause that says something ('aux propos de l'armée qui affirment que …')."""
    return contrast_before(cue) or (speaking_relative(cue) if content(cue) else None)


def reports(ctx: Context, cue: Token) -> bool:
    """A reporting verb that speaks for itself: not inside a quotation, an aside or what another verb reports,
    not a participle hung on a quotation or describing a noun ('les informations rapportant …'), not an agency
    passing words on."""
    return cues.is_cue(cue) and (not relative_clause_verb(cue) or said_by_antecedent(cue) or told_before(cue) is not None) \
        and not ctx.mute(cue.idx) \
        and not quoted_words(ctx, cue) \
        and not (cues.is_participle(cue) and (goes_on_from(ctx, cue) or modifies_noun(cue))) \
        and not passes_on(ctx, cue) and medium_passing_on(ctx, cue) is None and own_words(ctx, cue) \
        and not resumes_incise(cue) and not tells_no_words(cue)


def quoted_words(ctx: Context, cue: Token) -> bool:
    """A verb inside a quotation, which reports nothing of its own, but for one that opens the quotation after its
    subject or auxiliary ('X a « fermement condamné » …')."""
    return ctx.inside_quote(cue.idx) and not cues.quoted_predicate(cue)


def tells_no_words(cue: Token) -> bool:
    """A verb of the lexicon used for something other than words: a decision, a question, a noun's description."""
    return decides(cue) or asks(cue) or describes_noun(cue)


def describes_noun(cue: Token) -> bool:
    """'treize drones lancés par la Russie': the past participle of a verb that says something only with a 'que'
    clause or a quotation, hung on a noun, describes that noun."""
    return cues.restricted(cue) and cue.dep_ in ("acl", "amod") and "Past" in cue.morph.get("Tense") \
        and not any(t.text in quotes.OPENERS or t.lower_ in ("que", "qu'") for t in cue.doc[cue.i + 1:cue.i + 3])


def asks(cue: Token) -> bool:
    """'a demandé au ministre s'il comptait démissionner', 'se demande pourquoi …': a verb that asks, with an
    indirect question for its clause and no object, reports a question, not a statement ('a demandé une enquête
    si …' asks for something)."""
    words = lexicon.questions()
    if cues.cue_lemma(cue) not in words["verb"] or any(c.dep_ == "obj" and c.i > cue.i for c in cue.children):
        return False
    return any(c.i > cue.i and c.dep_ in ("ccomp", "advcl") and c.left_edge.lower_ in words["interrogative"]
               for c in cue.children)


def decides(cue: Token) -> bool:
    """'Le Sénat a rejeté le projet de loi', 'la commission a proclamé les résultats': a vote or a decision on a
    bill, a resolution, a candidacy or results, and a court's sentence, are acts, not words."""
    words, lemma = lexicon.decisions(), cues.cue_lemma(cue)
    if lemma in words["verdict"]:
        return sentenced(cue, words["penalty"])
    if lemma not in words["verb"]:
        return False
    first = first_noun_after(cue)
    return any(c.lemma_.lower() in words["object"] or c.lower_ in words["object"]
               for c in [*(c for c in cue.children if c.dep_ == "obj"), *([first] if first is not None else [])])


def first_noun_after(cue: Token) -> Token | None:
    """The first noun after a verb, past a phrase set off by commas ('a rejeté, lundi 8 septembre, la candidature')."""
    aside = False
    for t in cue.doc[cue.i + 1:cue.sent.end]:
        aside = not aside if t.text == "," else aside
        if t.pos_ == "NOUN" and not aside:
            return t
    return None


def sentenced(cue: Token, penalties: frozenset[str]) -> bool:
    """'a condamné X à six mois de prison': a court's sentence, a penalty named within four words after 'à'."""
    doc, end = cue.doc, cue.sent.end
    return any(t.lower_ == "à" and any(w.lower_ in penalties for w in doc[t.i + 1:min(t.i + 5, end)])
               for t in doc[cue.i + 1:end])


def resumes_incise(cue: Token) -> bool:
    """'La hausse, a déclaré X, menace …': a verb that resumes the clause an incise before it reports."""
    return any(cues.is_cue(t) and (comma := resumes_after(t)) is not None and comma.i < cue.i
               and inversion_comma(t) is not None for t in cue.doc[cue.sent.start:cue.i])


RELATIVE_WORDS = frozenset({"qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles",
                            "auquel", "auxquels", "duquel"})


def relative_clause_verb(cue: Token) -> bool:
    """The verb of a relative clause: one the parse calls so, unless it hangs on a name with no relative word
    of its own ('tenu à La Corogne, Sánchez a insisté …')."""
    own = any(c.lower_ in RELATIVE_WORDS or "Rel" in c.morph.get("PronType") for c in cue.children)
    return cue.dep_ == "acl:relcl" and (own or cue.head.pos_ != "PROPN")


def own_words(ctx: Context, cue: Token) -> bool:
    """Not inside what another verb of saying reports, whether the parse hangs it under that verb or the verb
    comes inverted after it; an inverted verb the parse hangs under the clause it frames is its own, and so are
    a verb with a speaker of its own after 'tandis que' or 'mais' and a relative clause whose 'qui' speaks ('a
    répondu aux propos de l'armée qui affirment que …')."""
    outer = reporting_ancestor(cue)
    return (outer is None or framing_verb(ctx, outer) == cue or medium_passing_on(ctx, outer) is not None
            or contrast_before(cue) is not None or writers_imperative(outer)
            or said_by_antecedent(cue)) and framing_verb(ctx, cue) is None and opening_relay(ctx, cue) is None


def writers_imperative(verb: Token) -> bool:
    """'Rappelons que X affirme …', 'Notons que …': the writer's own verb, opening its sentence in the first person
    plural with no subject, claims no words of the verbs under it."""
    first = next((t for t in verb.sent if not t.is_space), None)
    return verb == first and verb.lower_.endswith("ons") and not any(c.dep_.startswith("nsubj") for c in verb.children)


def framing_verb(ctx: Context, cue: Token) -> Token | None:
    """'La Chine espère que …, a déclaré Xi': a verb of saying inverted after a comma later in the sentence
    frames every clause before it (its subject included) as its own words."""
    later = (t for t in cue.doc[cue.i + 1:cue.sent.end] if cues.is_cue(t) and not cues.relays(t)
             and not spokesperson_after(t) and not ctx.inside_quote(t.idx))
    return next((t for t in later if inverted_after_comma(ctx, t)), None)


def relative_end(cue: Token) -> int:
    """Where a relative clause set off by commas ends: its first comma after the verb outside quotation marks
    ('qui a dit « non, jamais », puis …'), else the sentence's end."""
    depth = 0
    for t in cue.doc[cue.i + 1:cue.sent.end]:
        depth += (t.text in quotes.OPENERS) - (t.text in quotes.CLOSERS and depth > 0)
        if t.text == "," and not depth:
            return t.idx
    return cue.sent.end_char


def fronted_end(cue: Token) -> int | None:
    """'Puisque le RN avait prévenu qu'il ne voterait pas la motion, le Premier ministre …': the words of a verb
    in a clause that opens the sentence on a conjunction end at the comma before the main clause's subject
    (where the parse often goes on; words after that comma, 'Comme l'a dit X, …', are not cut); None for a verb
    not in such a clause."""
    comma = cues.main_clause_comma(cue) if cues.in_fronted_clause(cue) else None
    return comma.idx if comma is not None else None


def told_before(cue: Token) -> tuple[int, int] | None:
    """'La mort du général ne restera pas impunie. C'est ce qu'a déclaré X': the sentence before, in the same
    paragraph, is what 'ce que' stands for."""
    if not attribution.tells_what_before(cue) or cue.sent.start == 0:
        return None
    before = [t for t in cue.doc[cue.sent.start - 1].sent if not t.is_space]
    if not before or "\n" in cue.doc[before[-1].i:cue.sent.start].text:
        return None
    words = before[:-1] if before[-1].is_punct else before
    return (words[0].idx, words[-1].idx + len(words[-1])) if len(words) >= 3 else None


def speaking_relative(cue: Token) -> Token | None:
    """The 'qui' of a relative clause whose antecedent speaks, or None."""
    return next((c for c in cue.children if c.dep_ == "nsubj" and c.lower_ == "qui"), None)


def said_by_antecedent(cue: Token) -> bool:
    """'Laurent Berger, qui a annoncé que son syndicat viendrait': a relative clause whose 'qui' speaks."""
    return speaking_relative(cue) is not None


def passes_on(ctx: Context, cue: Token) -> bool:
    """'« … », a écrit X, a rapporté l'agence Y', 'X a appelé à …, a indiqué son porte-parole': the agency or
    spokesperson passes on X's words and says nothing itself."""
    relay = cues.relays(cue)
    if not (relay or spokesperson_after(cue)) or inversion_comma(cue) is None:
        return False
    before = cue.doc[cue.sent.start:cue.i]
    if not relay:  # a spokesperson speaks for himself unless a clause of its own says who spoke
        return any(cues.is_cue(t) and speaks_in_clause(ctx, t) for t in before)
    return any(cues.is_cue(t) and not cues.relays(t) for t in before) or any(ctx.inside_quote(t.idx) for t in before)


def speaks_in_clause(ctx: Context, cue: Token) -> bool:
    """'Le chef de l'ONU, X, a appelé les parties à « … »': a verb of saying in a main clause with a subject of
    its own and something it says or quotes (before a spokesperson who passes it on)."""
    says = content(cue) is not None or any(ctx.inside_quote(t.idx) for t in cue.doc[cue.i + 1:cue.sent.end])
    return says and cue.dep_ not in ("acl:relcl", "acl") \
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in cue.children)


def participles(ctx: Context, cue: Token) -> list[Token]:
    """Reporting participles that continue a reporting verb: '…, affirmant que …', '…, dénonçant …'."""
    return [t for t in cue.sent if t.i > cue.i and (speaking_participle(t) or then_infinitive(t))
            and getattr(anchor(ctx, t), "i", -1) == cue.i]


def speaking_participle(token: Token) -> bool:
    """'…, affirmant que …': a reporting participle that goes on with its own words, not one that describes
    a noun ('les renseignements suggérant …')."""
    return cues.is_participle(token) and cues.is_cue(token) and not modifies_noun(token)


def then_infinitive(token: Token) -> bool:
    """'« … », a-t-il dit avant d'ajouter que …', '… avant d'accuser X de violer …': a verb of saying in the
    infinitive after 'avant de', with a clause of its own (not 'avant de parler de la libération'), goes on with
    the words of the verb before it."""
    doc = token.doc
    return token.i >= 2 and cues.infinitive(token) and cues.is_cue(token) \
        and doc[token.i - 1].lower_ in ("de", "d'", "d’") and doc[token.i - 2].lower_ == "avant" \
        and any(own_clause_of(token, t) for t in token.subtree)


def own_clause_of(verb: Token, t: Token) -> bool:
    """Whether t is a verb after verb that 'que' or 'de' brings in as its clause, not in a verb coordinated with it."""
    coordinated = {x.i for c in verb.children if c.dep_ == "conj" for x in c.subtree}
    return t.i > verb.i and t.i not in coordinated and t.pos_ == "VERB" \
        and any(m.dep_ == "mark" and m.lower_ in ("que", "qu'", "qu’", "de", "d'", "d’") for m in t.children)


def modifies_noun(participle: Token) -> bool:
    """'les renseignements suggérant des opérations': a participle describing a noun, not speaking; not after the
    title a verb of saying inverts ('…, a assuré la présidente affirmant que …')."""
    noun = participle.head
    return participle.dep_ == "acl" and noun.pos_ == "NOUN" and participle.doc[participle.i - 1].text != "," \
        and not (attribution.is_title(noun) and noun.head.i < noun.i and cues.is_cue(noun.head))


def goes_on_from(ctx: Context, participle: Token) -> bool:
    """A participle that goes on with a reporting verb of its sentence and has no 'que' clause of its own ('X
    a déclaré …, dénonçant …'; 'Défendant, jeudi, l'un de ses projets, le président a …'): the verb reports
    its words. One with its own clause ('…, ajoutant que …', 'En soulignant que …, la dirigeante a réitéré …')
    reports them itself, unless its verb's words already run over them (indirect_statements)."""
    return anchor(ctx, participle) is not None and (que_clause(participle) or loose_que(participle)) is None


def anchor(ctx: Context, participle: Token) -> Token | None:
    """The reporting verb a reporting participle continues: the nearest finite one above it, past the gerunds
    and participles of what that verb reports ('a déclaré qu'Israël se berçait d'illusions en pensant que …,
    ajoutant que …' goes on with 'a déclaré'); a participle after a comma goes on with the verb above a relative
    clause it hangs on ('a demandé de cesser ce qu'il qualifie de …, soulignant que …' with 'a demandé')."""
    found = governing_cue(ctx, participle, finite=True) or previous_cue(ctx, participle)
    if found is not None and relative_clause_verb(found) and participle.doc[participle.i - 1].text == ",":
        return governing_cue(ctx, found, finite=True) or found
    return found


def reported(ctx: Context, a: Attribution, pieces: list[tuple[int, int]]) -> Statement:
    text = " … ".join(original(ctx.doc)[s:e].strip() for s, e in joined(ctx.doc, pieces))
    start, end = pieces[0][0], pieces[-1][1]
    relay = a.relay if a.relay is not None and a.relay.start != a.speaker.start and (
        a.relay.key is None or a.relay.key != a.speaker.key) else None
    return Statement(speaker=a.speaker, text=text, kind="indirect", cue=a.word, polarity=cues.polarity(a.word),
                     evidence=span_evidence(ctx, start, end),
                     reported_by=relay, about=about(ctx, start, end, a.speaker), rule=a.rule, confidence=a.confidence)


def joined(doc: Doc, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces in order, those with only a comma or spaces between them made one ('a condamné le plan,
    accusant l'UE de vol'): the words are given as written, not cut by an ellipsis."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(pieces):
        if out and not parsed(doc)[out[-1][1]:s].strip(" ,"):
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def content(cue: Token) -> tuple[int, int] | None:
    """Characters of a reporting verb with what it reports ('a confirmé que …', 'a affirmé avoir …', 'a dénoncé …',
    's'est dit prêt à …')."""
    reported = reported_chars(cue)
    if reported is None:
        return None
    reported = reported[0], past_closing_mark(cue.doc, *reported)
    if reported[0] < cue.idx or reported == as_said(cue):  # the words stand apart from the verb, or around it
        return reported
    floor = max((c.i for c in cue.children if c.dep_ == "mark"), default=-1)  # not 'est' of 'C'est ainsi que X a …'
    first = min([c.i for c in cue.children if (c.dep_.startswith("aux") or c.lemma_ == "faire"
                                                or c.lower_ in cues.REFLEXIVE) and floor < c.i < cue.i] + [cue.i])
    first = min(first, cues.quoted_group_start(cue)) if cues.quoted_predicate(cue) else first  # 'a « condamné »'
    return cue.doc[first].idx, past_closing_mark(cue.doc, cue.doc[first].idx, reported[1])  # 'a dénoncé « une …


CLOSING_MARK = re.compile(r"[ \u00a0\u202f]*[»”\"]")


def past_closing_mark(doc: Doc, start: int, end: int) -> int:
    """Where reported words end: past the mark that closes a quotation they open ('une élection « sans aucune
    crédibilité »'), which the parse may hang elsewhere."""
    text = parsed(doc)
    closing = CLOSING_MARK.match(text, end)
    opened = sum(text.count(m, start, end) for m in "«“") > sum(text.count(m, start, end) for m in "»”") \
        or text.count('"', start, end) % 2 == 1
    return closing.end() if closing and opened else end


def que_clause(cue: Token) -> tuple[int, int] | None:
    """'a affirmé que la France enverrait …': the parse's complement clause."""
    child = next((c for c in cue.children if c.i > cue.i and c.dep_ == "ccomp"), None)
    if child is None:
        return None
    mark = next((t for t in child.subtree if t.lower_ in ("que", "qu'")), None)
    if mark is None and child.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return None  # a clause however its head is tagged ('… que son client était innocent' parsed as ADV)
    if mark is not None and mark.i > 0 and cue.doc[mark.i - 1].lower_ in CONJUNCTIONS:
        return None  # 's'est exprimé alors qu'il recevait …': a circumstance, not what was said
    if child.pos_ in ("VERB", "AUX"):
        return verb_clause(cue, child)
    return rest_of_sentence(cue.doc[(mark or child).i + (mark is not None):cue.sent.end])


def verb_clause(cue: Token, clause: Token) -> tuple[int, int]:
    """Characters of the 'que' clause a verb heads, with the phrases that run on after it (run_on_end)."""
    start, end = clause_chars(clause, skip_mark=True)
    return start, run_on_end(cue, clause) or end


RUN_ON_DEPS = frozenset({"obj", "obl", "obl:mod", "obl:arg", "advmod", "nummod", "nmod"})


def run_on_end(cue: Token, clause: Token) -> int | None:
    """'a souligné que X a interdit par décret en octobre [2022 toute négociation …]': phrases right after the
    'que' clause, with no punctuation between, that the parse hung on the verb of saying belong to the clause;
    where they end (None when there are none)."""
    end = clause.right_edge.i
    last = run_on_last(cue, clause)
    words = [t for t in cue.doc[end + 1:last + 1] if not (t.is_punct or t.is_space)]
    return words[-1].idx + len(words[-1]) if words else None


def run_on_last(cue: Token, clause: Token) -> int:
    """The last token of the phrases that run on after the clause (its own last token when none do)."""
    last = clause.right_edge.i
    later = sorted((c for c in cue.children if c.i > last), key=lambda t: t.i)
    for k, c in enumerate(later):
        if (c.dep_ not in RUN_ON_DEPS and not condition(c)) \
                or any(t.is_punct or t.is_space for t in cue.doc[last + 1:c.left_edge.i + 1]):
            lost = lost_object(clause, [t for t in later[k:] if not t.is_punct])
            return lost.right_edge.i if lost is not None else last
        last = c.right_edge.i
    return last


def circumstance(phrase: Token) -> bool:
    """A phrase the parse hangs on a verb that sets a circumstance: 'dans un contexte difficile', 'lors des
    élections' (an adverb with its own complement, not a lone adverb)."""
    own_words = phrase.n_lefts + phrase.n_rights > 0
    return phrase.dep_ in ("obl:mod", "obl", "nmod") or (phrase.dep_ == "advmod" and own_words)


def condition(clause: Token) -> bool:
    """'… qu'il n'y a pas de plan s'il ne tient pas compte du statut': a clause on 'si' that the parse hung on the
    verb of saying (the condition of what was said)."""
    return clause.dep_ == "advcl" and clause.left_edge.lower_ in ("si", "s'", "s’")


def lost_object(clause: Token, later: list[Token]) -> Token | None:
    """'a annoncé avoir abattu, dans la nuit de dimanche, [37 des 40 missiles]': the object of a verb with none,
    hung by the parse on the verb of saying past a circumstance set off by commas, when it ends the sentence."""
    doc = clause.doc
    if len(later) != 2 or any(c.dep_ == "obj" for c in clause.children) or later[0].dep_ not in ("obl:mod", "obl"):
        return None
    aside, lost = later
    set_off = doc[aside.left_edge.i - 1].text == "," and any(t.text == "," for t in doc[aside.right_edge.i + 1:lost.i])
    ends = all(t.is_punct for t in doc[lost.right_edge.i + 1:clause.sent.end] if not t.is_space)
    return lost if set_off and ends and (lost.pos_ in ("NUM", "NOUN") or lost.like_num) else None


def infinitive_complement(cue: Token) -> tuple[int, int] | None:
    """'a affirmé avoir reçu des garanties': an infinitive the verb governs, with the phrases that run on after it
    (run_on_end)."""
    child = next((c for c in cue.children if c.i > cue.i and c.dep_ in ("xcomp", "obl:arg", "advcl", "ccomp")
                  and cues.infinitive(c)), None)
    if child is None:
        return None
    start, end = clause_chars(child, skip_mark=True)
    return start, run_on_end(cue, child) or end


def clause_before(cue: Token) -> tuple[int, int] | None:
    """'La guerre est loin d'être finie, a déclaré X à Berlin avant de partir': the clause before the comma;
    nothing after an inverted verb is what it reports."""
    comma, resumed = inversion_comma(cue), resumes_after(cue)
    if comma is None or comma.text != "," or (resumed is None and own_subject_before(cue)) \
            or cues.passive_participle(cue):  # '…, accusé par X de …' says what comes after it
        return None
    words = [t for t in cue.doc[cue.sent.start:comma.i] if not t.is_space]
    if resumed is not None:  # 'La hausse des prix, a déclaré X, menace …': both halves, the incise between
        words += trimmed([t for t in cue.doc[resumed.i + 1:cue.sent.end] if not t.is_space])
    return (words[0].idx, words[-1].idx + len(words[-1])) if len(words) >= 3 else None


def own_subject_before(cue: Token) -> bool:
    """A subject of the verb's own before it (not a phrase the parse made one before an inverted verb)."""
    return not subject_inverted(cue) and any(c.i < cue.i for c in parsed_subjects(cue))


def loose_follower(cue: Token) -> Token | None:
    """The first 'que', infinitive or punctuation after the verb, when the parse lost the complement."""
    return next((t for t in cue.doc[cue.i + 1:cue.sent.end] if t.is_punct or cues.infinitive(t)
                 or t.lower_ in ("que", "qu'")), None)


def loose_que(cue: Token) -> tuple[int, int] | None:
    """'… a indiqué qu'[un musée …]', 'a assuré vendredi au ministre, en visite, que […]' with no clause in the
    parse: the rest of the sentence after the 'que'."""
    t = que_after(cue)
    return rest_of_sentence(cue.doc[t.i + 1:cue.sent.end]) if t is not None else None


CALLED_FOR = frozenset({"obl:arg", "obl:mod", "xcomp", "nmod"})  # 'a appelé Pékin à la retenue', however parsed


def called_for(cue: Token) -> tuple[int, int] | None:
    """'a appelé à la création d'une force', 'a invité à la retenue', 'a appelé les deux camps à la retenue':
    what a verb of asking calls for after 'à' (the parse may hang it on the verb's object)."""
    entry = cues.entry(cue)
    if entry is None or entry.polarity != "ask":
        return None
    near = [*cue.children, *(g for c in cue.children if c.dep_ == "obj" for g in c.children if g.dep_ == "nmod"
                             and not any(t.text == "," for t in cue.doc[c.i:g.i]))]
    child = next((c for c in near if c.i > cue.i and called_with_a(c)), None)
    return clause_chars(child, skip_mark=False) if child is not None else None


def called_with_a(noun: Token) -> bool:
    """A noun after 'à' / 'au' / 'aux' that a verb of asking calls for (not 'au sujet de', but for its argument)."""
    return noun.dep_ in CALLED_FOR and noun.pos_ == "NOUN" \
        and any(k.dep_ == "case" and k.lower_ in ("à", "au", "aux") for k in noun.children) \
        and (noun.dep_ == "obl:arg" or not locution(noun))


def locution(noun: Token) -> bool:
    """'au sujet de', 'à propos de': a noun with no article of its own between 'au' or 'à' and 'de'."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return noun.doc[noun.i - 1].lower_ in ("au", "à") and nxt is not None \
        and nxt.lower_ in ("de", "du", "des", "d'", "d’")


def said_about(cue: Token) -> tuple[int, int] | None:
    """'a insisté sur le climat apaisé …', 'a mis en garde contre la montée …': the phrase after the preposition
    that brings in what this verb says (the lexicon's object column); not when a quotation follows ('a insisté sur
    le réseau social X « qu'il n'y a aucun accord »'), but when the phrase holds it ('a insisté sur l'existence
    de « dossiers importants »')."""
    prep = getattr(cues.entry(cue), "about", None)
    if prep is None:
        return None
    heads = [cue] + [c for c in cue.children if c.dep_ in ("obj", "fixed") and c.i < cue.i + 3]  # 'mis en garde'
    child = next((c for h in heads for c in h.children if c.i > cue.i and introduced_by(c, prep)), None)
    return clause_chars(child, skip_mark=False) if child is not None and not quote_outside(child) else None


def quote_outside(phrase: Token) -> bool:
    """Whether a quote mark stands in the sentence from the phrase's head on but outside the phrase, other than
    the mark right after it that closes a quotation the phrase opens."""
    doc, last = phrase.doc, phrase.doc[phrase.right_edge.i]
    start = phrase.doc[phrase.left_edge.i].idx
    end = past_closing_mark(doc, start, last.idx + len(last))
    return any(t.text in MARKS.strip() and not start <= t.idx < end for t in doc[phrase.head.i:phrase.sent.end])


def introduced_by(phrase: Token, prep: str) -> bool:
    """A noun phrase hung on a verb after the preposition prep, or one of 'contre|pour' ('sur le climat')."""
    return phrase.dep_ in ("obl:arg", "obl", "obl:mod", "nmod") and phrase.pos_ in ("NOUN", "PROPN") \
        and any(k.dep_ == "case" and k.lower_ in prep.split("|") for k in phrase.children)


def loose_infinitive(cue: Token) -> tuple[int, int] | None:
    """An infinitive after the verb that the parse hung elsewhere."""
    t = loose_follower(cue)
    if t is None or t.is_punct or t.lower_ in ("que", "qu'") or cues.restricted(cue):
        return None
    return t.idx, clause_chars(t.head if t.pos_ == "AUX" else t, skip_mark=True)[1]


def said_object(cue: Token) -> tuple[int, int] | None:
    """'a dénoncé une violation flagrante …', 's'est félicité du choix des électeurs', 'se disent sereins et
    confiants': the object of a verb whose object is what was said (the 'de' complement or the adjective of a
    pronominal one)."""
    objects = [c for c in cue.children if c.i > cue.i and c.dep_ in ("obj", "iobj", "obl:arg", "xcomp")]
    if not cues.takes_object(cue) or not any(c.dep_ == "obj" or of_complement(cue, c) or adjective_attribute(cue, c)
                                             for c in objects):
        return None
    return objects[0].idx, max(clause_chars(c, skip_mark=False)[1] for c in objects + circumstances(cue, objects))


def adjective_attribute(cue: Token, child: Token) -> bool:
    """'se disent sereins', 's'est déclaré favorable à …': the adjective a pronominal verb of saying governs."""
    return cues.pronominal(cue) and child.dep_ == "xcomp" and child.pos_ == "ADJ"


def of_complement(cue: Token, child: Token) -> bool:
    """'s'est félicité du choix', 's'inquiète de la situation': the 'de' phrase of a pronominal verb."""
    return cues.pronominal(cue) and child.dep_ in ("obl:arg", "obl") \
        and child.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'")
                                                    for c in child.children)


def circumstances(cue: Token, objects: list[Token]) -> list[Token]:
    """'a salué les résultats du gouvernement dans un contexte difficile', '… lors des élections': the phrases the
    parse hung on the verb right after its object, up to a comma or a quotation (quoted words after the object are
    statements of their own, the object only frames them)."""
    out, end = [], max(c.right_edge.i for c in objects)
    end += end + 1 < len(cue.doc) and cue.doc[end + 1].text in CLOSING  # 'des économies « claires »'
    for c in sorted(cue.children, key=lambda t: t.i):
        if c.i <= end:
            continue
        if not circumstance(c) or any(t.text == "," for t in cue.doc[end + 1:c.left_edge.i]) \
                or any(t.text in MARKS.strip() for t in cue.doc[end + 1:c.right_edge.i + 1]):
            break
        out, end = out + [c], c.right_edge.i
    return out


def names_speech(obj: Token) -> bool:
    """'a réitéré cette demande', 'a répété ses propos': an object that points back to words said elsewhere (a
    noun of speech after a demonstrative or possessive)."""
    det = next((c for c in obj.children if c.dep_ == "det"), None)
    nxt = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    if nxt is not None and nxt.lower_ in ("à", "au", "aux", "pour"):
        return False  # 'a réitéré son appel à un retour à l'ordre': the call says what
    return obj.lower_ in SPEECH_NOUNS and det is not None and ("Dem" in det.morph.get("PronType")
                                                               or "Yes" in det.morph.get("Poss"))


def loose_object(cue: Token) -> tuple[int, int] | None:
    """'a qualifié de « prématurées » les déclarations …': what follows a verb whose object is what was said,
    when a quotation broke the parse."""
    if not cues.takes_object(cue) or inversion_comma(cue) is not None:
        return None
    return rest_of_sentence(cue.doc[cue.i + 1:cue.sent.end])


def que_next_sentence(cue: Token) -> tuple[int, int] | None:
    """'Ces derniers estiment | qu'avec ces mesures …': a verb that ends its sentence where the parser cut before
    its 'que' clause (it does, whatever the sentence starts set before it): the next sentence after 'que'."""
    doc = cue.doc
    after = [t for t in doc[cue.i + 1:cue.sent.end] if not t.is_space]
    nxt = doc[cue.sent.end] if cue.sent.end < len(doc) else None
    if after or nxt is None or nxt.lower_ not in ("que", "qu'") or nxt.text[:1].isupper():
        return None
    return rest_of_sentence(doc[nxt.i + 1:nxt.sent.end])


def after_colon(cue: Token) -> tuple[int, int] | None:
    """'Jean Martin l'a répété lundi : la réforme sera menée à son terme': the words after a colon that closes the
    verb's clause (a quotation there is told as direct speech)."""
    doc = cue.doc
    colon = next((t for t in doc[cue.i + 1:min(cue.sent.end, cue.i + 8)] if t.text == ":"), None)
    if colon is None or colon.i + 1 >= len(doc) or doc[colon.i + 1].is_quote \
            or any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN") and names.fold(t.text) not in lexicon.time_words()
                   for t in doc[cue.i + 1:colon.i]):
        return None
    return rest_of_sentence(doc[colon.i + 1:cue.sent.end])


def as_said(cue: Token) -> tuple[int, int] | None:
    """'Comme l'a rappelé Jean Martin, la loi s'applique à tous': the clause after the comma that closes the
    'comme' clause; 'La loi s'applique à tous, comme l'a rappelé Jean Martin.': the clause before the comma."""
    doc = cue.doc
    opening = next((t for t in doc[max(cue.sent.start, cue.i - 4):cue.i] if t.lower_ == "comme"), None)
    if opening is None or any(t.pos_ not in ("PRON", "AUX", "ADV") for t in doc[opening.i + 1:cue.i]):
        return None  # 'comme une pause, prévient X' compares; it opens no clause of the verb
    comma = next((t for t in doc[cue.i + 1:cue.sent.end] if t.text == ","), None)
    if comma is not None:
        return rest_of_sentence(doc[comma.i + 1:cue.sent.end])
    before = doc[opening.i - 1] if opening.i > cue.sent.start else None  # '…, comme l'a expliqué X.'
    told = (entry := cues.entry(cue)) is not None and entry.polarity in TELLING  # not '…, comme le demandait X'
    return rest_of_sentence(doc[cue.sent.start:before.i]) if told and before is not None and before.text == "," \
        else None


CONTENT_RULES = (as_said, que_clause, clause_before, infinitive_complement, called_for, said_about, after_colon,
                 loose_que, loose_infinitive, said_object, loose_object, que_next_sentence)


def reported_chars(cue: Token) -> tuple[int, int] | None:
    """Characters of what a reporting verb reports: the first of CONTENT_RULES that finds it."""
    if cues.cue_lemma(cue) == "faire savoir":
        cue = next((c for c in cue.children if c.lemma_ == "savoir"), cue)
    if any(c.dep_ == "obj" and c.i > cue.i and names_speech(c) for c in cue.children):
        return None
    return next((found for rule in CONTENT_RULES if (found := rule(cue)) is not None), None)


def rest_of_sentence(tokens: Span) -> tuple[int, int] | None:
    """'… a indiqué qu'[un musée … Koursk].' when the parse lost the clause: up to the end, a relay, a
    reporting participle or a relaying verb after a comma."""
    words = [t for t in tokens if not t.is_space]
    stop = next((i for i, t in enumerate(words) if cues.is_relay(t) or speaking_participle(t)
                 or cues.relay_incise(t.doc[group_end(t)])), len(words))
    words = trimmed(words[:stop])
    return (words[0].idx, words[-1].idx + len(words[-1])) if len(words) >= 2 else None


def group_end(t: Token) -> int:
    """The verb a verb group starting at t ends on (t itself when it is no auxiliary)."""
    i = t.i
    while i + 1 < len(t.doc) and t.doc[i].pos_ == "AUX":
        i += 1
    return i


def clause_stop(head: Token) -> int:
    """Where a clause's words end: at a reporting participle, a relay, or a relaying verb's group after a comma."""
    after = [t for t in head.subtree if t.i > head.i]
    return min([t.i for t in after if speaking_participle(t) or cues.is_relay(t)]
               + [cues.group_start(t) for t in after if cues.relay_incise(t)] + [head.right_edge.i + 1])


def clause_chars(head: Token, *, skip_mark: bool) -> tuple[int, int]:
    """Characters of a clause or phrase, without its leading 'que'/'de'/'à' and final punctuation;
    a reporting participle or a relaying verb after a comma ends it."""
    stop = clause_stop(head)
    tokens = [t for t in head.subtree if t.i < stop]
    while skip_mark and len(tokens) > 1 and tokens[0].dep_ in ("mark", "case") and tokens[0].i < head.i:
        tokens = tokens[1:]
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_space) and not closes_quote(tokens):
        tokens = tokens[:-1]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


CLOSING = {"»": "«", "”": "“", '"': '"'}


def closes_quote(tokens: list[Token]) -> bool:
    """Whether the last token closes a quotation opened among the others ('réclamé des économies « claires »')."""
    opener = CLOSING.get(tokens[-1].text)
    marks = [t.text for t in tokens[:-1] if t.text in (opener, tokens[-1].text)] if opener else []
    return opener is not None and bool(marks) and marks[-1] == opener and (opener != '"' or len(marks) % 2 == 1)


def comma_after_relay(relay: Token, words: list[Token]) -> Token | None:
    """The comma that closes 'Selon X,' — past a name set off after it ('Selon son avocat, Khin Maung Zaw, …')."""
    commas = [t for t in words if t.i > relay.i and t.text == ","]
    while len(commas) >= 2 and (name_set_off(relay.doc[commas[0].i + 1:commas[1].i]) or set_off(relay, commas[0])):
        commas = commas[1:]
    return commas[0] if commas else None


def name_set_off(tokens: Span) -> bool:
    """'Khin Maung Zaw', 'le colonel Jean Martin': a name between commas, perhaps after an article and titles."""
    words = [t for t in tokens if not (t.pos_ in ("DET", "NOUN", "ADJ") and (t.is_lower or t.text == "-"))]
    titles = len(tokens) - len(words)
    return bool(words) and list(tokens)[titles:] == words and all(t.pos_ == "PROPN" or t.is_title for t in words)


def set_off(relay: Token, comma: Token) -> bool:
    """'Pour X, [secrétaire général de Y], [qui a annoncé …], …': what follows the comma hangs on the relay's
    phrase as an apposition or a relative clause."""
    t = comma.doc[comma.i + 1]
    while t.head.i != t.i:
        if t.dep_ in ("appos", "acl:relcl") and relay.i < t.head.i < comma.i:
            return True
        t = t.head
    return False


def relay_content(relay: Token) -> list[tuple[int, int]] | None:
    """'Selon X, clause', '…: selon X, clause', '… le fait que selon X, clause' / 'clause, selon X' / 'clause,
    selon X, goes on': the clause, found by the commas that close or open the relay."""
    words = [t for t in relay.sent if not t.is_space]
    opening = [t for t in words if t.i < relay.i]
    if relay.i - relay.sent.start <= 2 or (opening and opening[-1].lower_ in (":", ";", "que", "qu'")):
        pieces = [after_comma(words, comma_after_relay(relay, words))]
    else:
        pieces = [inside] if (inside := clause_around(relay, words, opening)) else around_relay(relay, words, opening)
    pieces = [trimmed(p) for p in pieces if p]
    return [(p[0].idx, p[-1].idx + len(p[-1])) for p in pieces if p] if sum(map(len, pieces)) >= 4 else None


def after_comma(words: list[Token], comma: Token | None) -> list[Token]:
    return [t for t in words if comma is not None and t.i > comma.i]


def around_relay(relay: Token, words: list[Token], opening: list[Token]) -> list[list[Token]]:
    """'clause, selon X' -> the clause before; 'clause, selon X, goes on' -> its two halves ('qui, selon elle, se
    poursuivront …' -> what follows), not X's relative clause ('…, selon l'ONU, qui condamne …')."""
    comma = next((t for t in reversed(opening) if t.text == ","), None)
    if comma is None:
        return []
    after = after_comma(words, next((t for t in words if t.i > relay.i and t.text == ","), None))
    if after and after[0].lower_ in RELATIVE_WORDS:  # '…, selon l'ONU, qui condamne …': the source's own clause
        after = []
    if not continues_clause(after, cues.relay_np(relay)) or comma.i != relay.i - 1:
        return [[t for t in opening if t.i < comma.i]]
    return [clause_ending_at(opening, comma), after]


def clause_around(relay: Token, words: list[Token], opening: list[Token]) -> list[Token]:
    """'…, un sujet sur lequel l'Europe joue son destin selon X', '…, mais qui nécessite selon lui le soutien du
    Parlement': a 'selon' inside a clause of its own after a comma reports that clause (the relay in it when words
    follow it)."""
    head = clause_before_relay(relay, words, opening)
    if not head:
        return []
    end = next((t.i for t in words if t.i > relay.i and t.text in ",;:"), words[-1].i + 1)
    tail = [t for t in words if cues.relay_np(relay).right_edge.i < t.i < end and not t.is_punct]
    return head + [t for t in words if relay.i <= t.i < end] if len(tail) >= 2 else head


def clause_before_relay(relay: Token, words: list[Token], opening: list[Token]) -> list[Token]:
    """The words between the last comma and a 'selon' not right after it, when a finite verb is among them (not
    '…, à 85 ans selon sa famille')."""
    comma = next((t for t in reversed(opening) if t.text == ","), None)
    if comma is None or comma.i == relay.i - 1 or relay.lower_ not in cues.SOURCE_RELAYS:
        return []
    head = [t for t in words if comma.i < t.i < relay.i]
    return head if any(finite_verb(t) for t in head) else []


def continues_clause(after: list[Token], source: Token) -> bool:
    """Whether the words after a relay set off in a clause go on with it ('…, selon l'ONU, s'élève à 22 morts';
    '…, selon l'Élysée, le chancelier X jeudi'): three words or more, and not a phrase the parse hangs on the
    source's noun that names a person, with no verb: the source's apposition ('…, selon le président de la
    commission, le juge X.')."""
    noun = next((t for t in after if t.pos_ in ("NOUN", "PROPN")), None)
    apposed = noun is not None and noun.head.i == source.i and any(person_word(t) for t in after) \
        and not any(t.pos_ in ("VERB", "AUX") for t in after)
    return len(after) >= 3 and not apposed


def clause_ending_at(opening: list[Token], comma: Token) -> list[Token]:
    """The words between the last clause boundary and comma; none when they are only 'qui' or 'et'."""
    start = max([t.i for t in opening if t.i < comma.i and t.text in ",;:"], default=-1)
    before = [t for t in opening if start < t.i < comma.i]
    return [] if all(t.pos_ in ("PRON", "SCONJ", "CCONJ") for t in before) else before


def trimmed(tokens: list[Token]) -> list[Token]:
    """tokens without their closing punctuation (a quotation's closing mark stays)."""
    while tokens and tokens[-1].is_punct and not closes_quote(tokens):
        tokens = tokens[:-1]
    return tokens
