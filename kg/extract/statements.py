"""Statements: direct quotations and reported speech, each with its speaker and reporting cue."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract import quotes
from kg.extract.common import AGENT_TYPES, evidence, original, parsed
from kg.extract.roles import Role
from kg.extract.speakers import Context, speaker_of_np
from kg.furniture import INTERVIEW_LINE as INTERVIEW
from kg.gazetteer import Gazetteer
from kg.names import fold
from kg.model import Evidence, Mention, Statement

CUES = frozenset({
    "accuser", "admettre", "affirmer", "ajouter", "annoncer", "appeler", "assurer", "avertir", "avouer", "balayer",
    "certifier", "commenter", "conclure", "condamner", "confier", "confirmer", "constater", "demander", "dire",
    "déclarer", "décrire", "défendre", "démentir", "dénier", "dénoncer", "déplorer", "estimer", "exhorter",
    "exiger", "expliquer", "exprimer", "faire savoir", "fustiger", "féliciter", "garantir", "indiquer", "informer",
    "insister", "ironiser", "juger", "jurer", "lancer", "louer", "marteler", "menacer", "mentionner",
    "mettre en garde", "nier", "noter", "observer", "plaider", "proclamer", "promettre", "pronostiquer",
    "protester", "préciser", "prédire", "prétendre", "prévenir", "publier", "qualifier", "raconter", "rappeler",
    "rapporter", "reconnaître", "regretter", "rejeter", "relever", "reprocher", "réaffirmer", "réclamer",
    "réitérer", "répliquer", "répondre", "répéter", "résumer", "rétorquer", "révéler", "s'inquiéter", "saluer",
    "signaler", "souligner", "suggérer", "témoigner", "écrire", "évaluer", "évoquer"})
OBJECT_CUES = frozenset({"dénoncer", "condamner", "saluer", "démentir", "nier", "réclamer", "exiger", "annoncer",
                         "confirmer", "reconnaître", "exprimer", "informer", "louer", "déplorer", "admettre",
                         "promettre", "demander", "réaffirmer", "accuser", "qualifier", "appeler", "regretter",
                         "évoquer", "décrire", "mentionner", "réitérer", "fustiger"})
RELAY_PARTICIPLES = frozenset({"citer", "rapporter", "relayer", "reprendre", "diffuser", "publier"})
RELAY_FORMS = frozenset({"cit", "rapport", "relay", "repris", "diffus", "publi"})
NEGATIONS = frozenset({"ne", "n'", "pas", "ni", "jamais"})
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "csubj", "obl:arg"})
MODALS = frozenset({"pouvoir", "vouloir", "devoir", "savoir", "oser"})
MARKS = "«»“”„\"‹› "


def statements(doc: Doc, *, mentions: list[Mention], roles: list[Role], gazetteer: Gazetteer) -> Iterator[Statement]:
    """Statements sentence by sentence: its quotations, else its reported speech (so that 'il' can refer to
    the speaker of the sentence before)."""
    ctx = Context(doc=doc, name=doc.user_data.get("kg_name", ""), mentions=mentions, roles=roles, gazetteer=gazetteer)
    spans = quotes.quote_spans(parsed(doc))
    doc.user_data["kg_quotes"] = spans
    for sent in doc.sents:
        if blank(sent):
            continue
        found = list(direct_statements(ctx, [(s, e) for s, e in spans if sent.start_char <= s < sent.end_char]))
        if not any(s < sent.start_char < e for s, e in spans):
            found += [st for st in indirect_statements(ctx, sent) if not found or adds_to_quotes(ctx, st, spans)]
        for st in found:
            ctx.speakers.append((st.evidence.sent_index, st.speaker))
        yield from found


def adds_to_quotes(ctx: Context, st: Statement, spans: list[tuple[int, int]]) -> bool:
    """Reported speech worth keeping beside the quotations of its sentence: three content words or more
    outside the quote marks ('a assuré que l'armée suivait « de près » la coopération militaire …'); a
    'selon X' clause around quotations is already told by them."""
    span = ctx.doc.char_span(st.evidence.start, st.evidence.end, alignment_mode="expand")
    words = [t for t in span if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM") and cue_lemma(t) not in CUES
             and not any(s <= t.idx < e for s, e in spans)]
    return len(words) >= 3 and st.cue != "selon"


def blank(sent: Span) -> bool:
    return not sent.text.strip()


def is_cue(token: Token) -> bool:
    """A reporting verb that says something was said: not negated, not a passive participle ('accusés de')."""
    return token.pos_ == "VERB" and cue_lemma(token) in CUES and not negated(token) and not passive_participle(token)


def passive_participle(token: Token) -> bool:
    """'les États-Unis, accusés de …': a past participle used as an adjective, with no auxiliary."""
    return "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense") and not is_participle(token) \
        and not any(c.dep_.startswith("aux") for c in token.children) and token.dep_ in ("acl", "amod", "advcl")


def cue_lemma(token: Token) -> str:
    """The verb's lemma ('estime' is left as it is by the model: 'estimer'); 'faire savoir' and 'mettre en
    garde' count as one verb."""
    lemma = token.lemma_
    if lemma == "faire" and any(c.lemma_ == "savoir" and c.dep_ == "xcomp" for c in token.children):
        return "faire savoir"
    if lemma == "mettre" and any(c.lower_ == "garde" for c in token.children):
        return "mettre en garde"
    return lemma if lemma in CUES or f"{lemma}r" not in CUES else f"{lemma}r"


def is_relay(token: Token) -> bool:
    """'selon X', 'd'après X'."""
    return token.lower_ in ("selon", "d'après") or (
        token.lower_ == "après" and token.i > 0 and token.doc[token.i - 1].lower_ == "d'")


def relay_np(token: Token) -> Token:
    """The noun phrase a 'selon' / 'd'après' introduces ('après' hangs on "d'" in the parse)."""
    return token.head.head if token.dep_ == "fixed" else token.head


def negated(token: Token) -> bool:
    """'n'a pas confirmé', 'ne pouvaient pas dire': negation on the verb or on the modal it depends on."""
    if any(c.lower_ in NEGATIONS for c in token.children):
        return True
    before = [t.lower_ for t in token.doc[max(0, token.i - 4):token.i]]
    if before and before[-1] in ("pas", "jamais", "plus", "guère") and ("ne" in before or "n'" in before):
        return True
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_ in MODALS and any(c.lower_ in NEGATIONS for c in head.children)


def is_participle(token: Token) -> bool:
    """A present participle ('affirmant', 'en prédisant'), whatever tense the tagger gives it."""
    return "Part" in token.morph.get("VerbForm") and ("Pres" in token.morph.get("Tense") or token.lower_.endswith("ant"))


def relay_of(ctx: Context, sent: Span) -> Mention | None:
    """The source a sentence is attributed to: 'selon X', 'd'après X', '…, cité par X'."""
    for t in sent:
        if is_relay(t) and relay_np(t).i != t.i:
            m = speaker_of_np(ctx, relay_np(t), stop_at_comma=True)
            if m is not None:
                return m
        if (t.lemma_ in RELAY_PARTICIPLES or fold(t.text).rstrip("es") in RELAY_FORMS) and t.i + 1 < len(t.doc) \
                and t.doc[t.i + 1].lower_ == "par":
            agent = t.doc[t.i + 1].head
            m = speaker_of_np(ctx, agent, stop_at_comma=True) if agent.i != t.i else None
            if m is not None:
                return m
    return None


def subject(ctx: Context, cue: Token) -> Mention | None:
    """The speaker of a reporting verb: its subject, inverted subject, or for a participle its governor's."""
    if is_relay(cue):
        return speaker_of_np(ctx, relay_np(cue), stop_at_comma=True)
    if is_participle(cue):
        return participle_subject(ctx, cue)
    for c in cue.children:
        if c.dep_ == "expl:subj" and c.i > cue.i - 3 and c.lower_.startswith("-"):
            return speaker_of_np(ctx, c)
    if any(c.dep_ == "expl:subj" and c.i < cue.i - 1 for c in cue.children):
        return None
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ != "SCONJ"]
    if cue.dep_ == "acl:relcl" and any(c.lower_ == "qui" for c in subjects):
        return speaker_of_np(ctx, cue.head)
    found = [m for m in (speaker_of_np(ctx, c) for c in subjects) if m is not None]
    named = [m for c in subjects for m in [ctx.at(c)] if m is not None and m.type == "Person" and not m.unnamed]
    if subjects:
        return (named or [m for m in found if m.type == "Person" and not m.unnamed] or found or [None])[0]
    after = inverted(ctx, cue)
    if after is not None:
        return after
    if cue.dep_ == "conj" and cue.head.pos_ == "VERB" and not inside_quote(ctx, cue.head.idx):
        return subject(ctx, cue.head)
    return None if inversion_comma(cue) is not None else nearest_left(ctx, cue)


AFTER_INVERSION = frozenset({"dans", "lors", "devant", "sur", "selon", "d'", "à", "au", "en", "mardi", "lundi",
                             "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "-t-il"})


def inversion_comma(cue: Token) -> Token | None:
    """'…, a déclaré X': the comma or closing quote mark right before a reporting verb (and its auxiliaries)
    when a whole clause or a quotation stands before it, else None."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and (doc[i].pos_ in ("AUX", "ADV") or doc[i].dep_.startswith(("aux", "expl")) or doc[i].lower_ in ("s'", "se")):
        i -= 1
    if i < 0 or not doc[i].is_punct or is_participle(cue) or subjunctive(cue):
        return None
    before = doc[cue.sent.start:i]
    if any(t.lower_ in ("que", "qu'") and t.head.i >= i for t in before):
        return None
    clause = any(t.text in "»”\"" or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")) for t in before)
    return doc[i] if clause else None


def subjunctive(cue: Token) -> bool:
    """'après que la Russie … ait salué': a subordinate verb, never an inverted reporting verb."""
    return any("Sub" in t.morph.get("Mood") for t in [cue, *cue.children] if t.i <= cue.i)


def participle_subject(ctx: Context, cue: Token) -> Mention | None:
    """'cité Kim disant que …'; '…, louant …' after a reporting verb; '…, soulignant …' under 'selon X'."""
    doc = cue.doc
    before = ctx.at(doc[cue.i - 1]) if cue.i and doc[cue.i - 1].pos_ in ("PROPN", "NOUN") else None
    if before is not None and before.type in AGENT_TYPES:
        return before
    anchor = governing_cue(cue)
    if anchor is not None:
        return subject(ctx, anchor)
    relay = relay_of(ctx, cue.sent)
    if relay is not None:
        return relay
    anchor = previous_cue(cue)
    if anchor is not None:
        return subject(ctx, anchor)
    head = cue.head
    return subject(ctx, head) if head.i != cue.i and head.pos_ in ("VERB", "AUX") else None


def previous_cue(token: Token) -> Token | None:
    """The last finite reporting verb before token in its sentence: a participle goes on with it."""
    return next((t for t in reversed(token.doc[token.sent.start:token.i]) if is_cue(t) and not is_participle(t)), None)


def inverted(ctx: Context, cue: Token) -> Mention | None:
    """'« … », a déclaré Kim', '« … », a-t-il dit', '…, a rapporté à la presse le député X': the subject
    after the verb (its phrase ends the clause)."""
    doc = cue.doc
    if inversion_comma(cue) is None:
        return None
    for t in doc[cue.i + 1:min(len(doc), cue.i + 9)]:
        if t.lower_ in ("-t-il", "-il", "-t-elle", "-elle", "il", "elle"):
            return speaker_of_np(ctx, t)
        if t.is_punct and t.text != "-":
            break
        m = ctx.at(t)
        if (m is not None and m.type in AGENT_TYPES | {"Place"}) or (t.pos_ == "NOUN" and t.dep_ in ("nsubj", "obj")):
            end = max(m.end if m else 0, t.right_edge.idx + len(t.right_edge))
            if ends_clause(doc, end) or t.dep_.startswith("nsubj"):
                return speaker_of_np(ctx, t)
    return None


def ends_clause(doc: Doc, pos: int) -> bool:
    """An inverted subject ends its clause: next comes punctuation, the end, or a circumstance."""
    following = doc.char_span(pos, len(parsed(doc)), alignment_mode="expand")
    nxt = next((t for t in following if not t.is_space), None) if following is not None else None
    return nxt is None or nxt.is_punct or nxt.lower_ in AFTER_INVERSION or nxt.pos_ == "ADV"


def nearest_left(ctx: Context, cue: Token) -> Mention | None:
    """When the parse gives no subject: the closest person, else agent, named before the verb in its sentence."""
    sent = cue.sent
    found = [m for m in ctx.mentions if sent.start_char <= m.start and m.end <= cue.idx and m.type in AGENT_TYPES
             and not inside_quote(ctx, m.start)]
    found = [m for m in found if cue.idx - m.end < 120]
    people = [m for m in found if m.type == "Person"]
    return (people or found or [None])[-1]


def inside_quote(ctx: Context, pos: int) -> bool:
    return any(s <= pos < e for s, e in ctx.doc.user_data.get("kg_quotes", []))


def direct_statements(ctx: Context, spans: list[tuple[int, int]]) -> Iterator[Statement]:
    """One statement per speaker and cue, joining the quoted fragments attributed to them."""
    doc = ctx.doc
    groups: dict[tuple, list[tuple[int, int]]] = {}
    found: dict[tuple, tuple[Mention, Token, Mention | None]] = {}
    for start, end in spans:
        attribution = attribute(ctx, start, end) or interview_answer(ctx, start)
        if attribution is None:
            continue
        speaker, cue, relay = attribution
        key = (speaker.start, speaker.end, cue.i)
        groups.setdefault(key, []).append((start, end))
        found[key] = (speaker, cue, relay)
    for key, parts in groups.items():
        speaker, cue, relay = found[key]
        text = " … ".join(original(doc)[s:e].strip(MARKS) for s, e in parts)
        yield Statement(speaker=speaker, text=text, kind="direct", cue=cue_word(cue),
                        evidence=span_evidence(ctx, parts[0][0], parts[-1][1]), reported_by=relay,
                        about=about(ctx, parts[0][0], parts[-1][1], speaker))


def interview_answer(ctx: Context, start: int) -> tuple[Mention, Token, None] | None:
    """In an interview ('Trois questions à X, …'), a paragraph that opens with a quotation is X's answer."""
    text = parsed(ctx.doc)
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t«“\"") or not INTERVIEW.search(text[:line_start]):
        return None
    header = list(INTERVIEW.finditer(text[:line_start]))[-1]
    header_end = text.find("\n", header.end())
    person = next((m for m in ctx.mentions if m.type == "Person" and header.start() <= m.start < header_end), None)
    if person is None:
        return None
    token = ctx.doc.char_span(start, start + 1, alignment_mode="expand")[0]
    return ctx.new(token, "Person", role="reference", alias_of=person.id), token, None


def cue_word(cue: Token) -> str:
    if is_relay(cue):
        return "selon"
    return cue_lemma(cue) if is_cue(cue) else "répondre"


def attribute(ctx: Context, start: int, end: int) -> tuple[Mention, Token, Mention | None] | None:
    """Speaker, cue and relaying source of the quotation at [start, end), or None when nobody says it."""
    doc = ctx.doc
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None or not len(first):
        return None
    cue = cue_after(first) or cue_before(first) or cue_governing(first)
    if cue is None or in_title(ctx, cue):
        return None
    speaker = subject(ctx, cue)
    if speaker is None:
        return None
    relay = relay_of(ctx, first[0].sent) if not is_relay(cue) else None
    return speaker, cue, relay if relay is not None and relay.key != speaker.key else None


def cue_after(span: Span) -> Token | None:
    """'« … », a déclaré X': a reporting verb right after the closing mark."""
    doc = span.doc
    for t in doc[span.end:min(len(doc), span.end + 5)]:
        if is_cue(t):
            return None if is_participle(t) else t
        if not (t.is_punct or t.pos_ in ("AUX", "ADV", "PRON") or t.is_space):
            return None
    return None


def cue_before(span: Span) -> Token | None:
    """The closest reporting verb or 'selon' before the quotation in its sentence; when that verb is itself
    inside what another reporting verb reports, the outer one ('Il a précisé que les États-Unis ne pouvaient
    pas dire « … »')."""
    doc = span.doc
    sent = span[0].sent
    for t in reversed(doc[sent.start:span.start]):
        if is_relay(t):
            return t
        if is_cue(t):
            outer = reporting_ancestor(t)
            return outer if outer is not None and not is_participle(t) else t
    return None


def reporting_ancestor(token: Token) -> Token | None:
    """The outermost reporting verb whose complement holds token ('a précisé que … ne pouvaient pas dire')."""
    found, t = None, token
    while t.dep_ in COMPLEMENT_DEPS and t.head.i != t.i:
        t = t.head
        if is_cue(t) and not is_participle(t):
            found = t
    return found


def cue_governing(span: Span) -> Token | None:
    """A reporting verb of the sentence that governs the quotation, wherever it stands."""
    for t in span[0].sent:
        if (is_cue(t) and t.i >= span.end) or is_relay(t):
            return t
    return None


def span_evidence(ctx: Context, start: int, end: int) -> Evidence:
    """Evidence for characters [start, end): the sentence(s) they lie in."""
    doc = ctx.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    first, last = span[0].sent, span[-1].sent
    ev = evidence(ctx.name, span, start, end)
    text = " ".join(original(doc)[first.start_char:last.end_char].split())
    return Evidence(doc=ev.doc, start=start, end=end, sent_start=first.start_char, sent_end=last.end_char,
                    sent_index=ev.sent_index, sentence=text)


def about(ctx: Context, start: int, end: int, speaker: Mention) -> list[Mention]:
    """Entities named inside the reported words."""
    return [m for m in ctx.mentions if start <= m.start and m.end <= end and m is not speaker and m.role is None]


def indirect_statements(ctx: Context, sent: Span) -> Iterator[Statement]:
    """Reported speech: 'X a déclaré que …', 'X a affirmé avoir …', 'X a dénoncé …', 'selon X, …'."""
    found = False
    for cue in sent:
        if not is_cue(cue) or cue.dep_ == "acl:relcl" or in_title(ctx, cue) or (is_participle(cue) and anchor(cue)):
            continue
        pieces = [p for p in [content(cue)] + [content(t) for t in participles(cue)] if p is not None]
        speaker = subject(ctx, cue) if pieces else None
        if speaker is None:
            continue
        found = True
        yield reported(ctx, speaker, cue, pieces, relay_of(ctx, sent))
    marker = next((t for t in sent if is_relay(t)), None)
    relay = None if found or marker is None else relay_of(ctx, sent)
    if relay is not None:
        piece = relay_content(marker)
        if piece is not None:
            yield reported(ctx, relay, marker, [piece], None)


def participles(cue: Token) -> list[Token]:
    """Reporting participles that continue a reporting verb: '…, affirmant que …', '…, dénonçant …'."""
    return [t for t in cue.sent if t.i > cue.i and is_participle(t) and is_cue(t) and getattr(anchor(t), "i", -1) == cue.i]


def anchor(participle: Token) -> Token | None:
    """The reporting verb a reporting participle continues."""
    return governing_cue(participle) or previous_cue(participle)


def in_title(ctx: Context, token: Token) -> bool:
    """Headlines and captions are not statements of the article."""
    return any(s <= token.idx < e for s, e in ctx.doc.user_data.get("kg_asides", []))


def governing_cue(token: Token) -> Token | None:
    """The nearest reporting verb above token in the parse."""
    return next((a for a in token.ancestors if is_cue(a)), None)


def reported(ctx: Context, speaker: Mention, cue: Token, pieces: list[tuple[int, int]], relay: Mention | None) -> Statement:
    text = " … ".join(original(ctx.doc)[s:e].strip() for s, e in pieces)
    start, end = pieces[0][0], pieces[-1][1]
    return Statement(speaker=speaker, text=text, kind="indirect", cue=cue_word(cue),
                     evidence=span_evidence(ctx, start, end),
                     reported_by=relay if relay is not None and relay.start != speaker.start and (relay.key is None or relay.key != speaker.key) else None,
                     about=about(ctx, start, end, speaker))


def content(cue: Token) -> tuple[int, int] | None:
    """Characters of a reporting verb with what it reports ('a confirmé que …', 'a affirmé avoir …', 'a dénoncé …')."""
    reported = reported_chars(cue)
    if reported is None:
        return None
    if reported[1] <= cue.idx:
        return reported
    first = min([c.i for c in cue.children if c.dep_.startswith("aux") and c.i < cue.i] + [cue.i])
    return cue.doc[first].idx, reported[1]


def reported_chars(cue: Token) -> tuple[int, int] | None:
    """Characters of what a reporting verb reports: its 'que' clause, its infinitive, or its object."""
    if cue_lemma(cue) == "faire savoir":
        cue = next(c for c in cue.children if c.lemma_ == "savoir")
    after = [c for c in cue.children if c.i > cue.i]
    for child in after:
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
            return clause_chars(child, skip_mark=True)
        if child.dep_ == "ccomp" and child.pos_ in ("ADJ", "NOUN"):
            mark = next((t for t in child.subtree if t.lower_ in ("que", "qu'")), None)
            return rest_of_sentence(cue.doc[(mark or child).i + (mark is not None):cue.sent.end])
    for child in after:
        if child.dep_ in ("xcomp", "obl:arg", "advcl", "ccomp") and infinitive(child):
            return clause_chars(child, skip_mark=True)
    loose = next((t for t in cue.doc[cue.i + 1:cue.sent.end] if t.is_punct or infinitive(t)
                  or t.lower_ in ("que", "qu'")), None)
    if loose is not None and loose.lower_ in ("que", "qu'"):
        return rest_of_sentence(cue.doc[loose.i + 1:cue.sent.end])
    if loose is not None and not loose.is_punct:
        verb = loose.head if loose.pos_ == "AUX" else loose
        return loose.idx, clause_chars(verb, skip_mark=True)[1]
    objects = [c for c in after if c.dep_ in ("obj", "iobj", "obl:arg", "xcomp")]
    if cue_lemma(cue) in OBJECT_CUES and any(c.dep_ == "obj" for c in objects) and inversion_comma(cue) is None:
        return objects[0].idx, max(clause_chars(c, skip_mark=False)[1] for c in objects)
    comma = inversion_comma(cue)
    if comma is not None and comma.text == ",":
        words = [t for t in cue.doc[cue.sent.start:comma.i] if not t.is_space]
        return (words[0].idx, comma.idx) if len(words) >= 3 else None
    return None


def infinitive(token: Token) -> bool:
    """An infinitive, or a past infinitive ('avoir éliminé')."""
    return "Inf" in token.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in token.children)


def rest_of_sentence(tokens: Span) -> tuple[int, int] | None:
    """'… a indiqué qu'[un musée … Koursk].' when the parse lost the clause: up to the end, a relay or a
    reporting participle."""
    words = [t for t in tokens if not t.is_space]
    stop = next((i for i, t in enumerate(words) if is_relay(t) or (is_participle(t) and is_cue(t))), len(words))
    words = words[:stop]
    while words and words[-1].is_punct:
        words = words[:-1]
    return (words[0].idx, words[-1].idx + len(words[-1])) if len(words) >= 2 else None


def clause_chars(head: Token, *, skip_mark: bool) -> tuple[int, int]:
    """Characters of a clause or phrase, without its leading 'que'/'de'/'à' and final punctuation;
    a reporting participle after a comma ends it."""
    tokens = [t for t in head.subtree if not (is_participle(t) and is_cue(t) and t.i != head.i)]
    stop = min([t.i for t in head.subtree if t.i > head.i and ((is_participle(t) and is_cue(t)) or is_relay(t))]
               + [head.right_edge.i + 1])
    tokens = [t for t in tokens if t.i < stop]
    while skip_mark and len(tokens) > 1 and tokens[0].dep_ in ("mark", "case") and tokens[0].i < head.i:
        tokens = tokens[1:]
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def relay_content(relay: Token) -> tuple[int, int] | None:
    """'Selon X, clause' / 'clause, selon X': the clause, found by the comma that closes or opens the relay."""
    sent = relay.sent
    words = [t for t in sent if not t.is_space]
    if relay.i - sent.start <= 2:
        comma = next((t for t in words if t.i > relay.i and t.text == ","), None)
        rest = [t for t in words if comma is not None and t.i > comma.i]
    else:
        comma = next((t for t in reversed(words) if t.i < relay.i and t.text == ","), None)
        rest = [t for t in words if comma is not None and t.i < comma.i]
    while rest and rest[-1].is_punct:
        rest = rest[:-1]
    if len(rest) < 4:
        return None
    return rest[0].idx, rest[-1].idx + len(rest[-1])
