"""Who says what: ordered tables of named strategies, one linking a quotation to its cue, one finding the
speaker of a cue. The first strategy that answers wins; its name and confidence go on the statement."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from kg import lexicon, names
from kg.extract import cues
from kg.extract.cues import aside_ending
from kg.extract.common import AGENT_TYPES, parsed, per_token, sentence_bounds, sentence_index
from kg.extract.entities import person_nouns
from kg.extract.reference import (INSTITUTIONAL, NOBODY, SPEECH_NOUNS, Context, gender, is_subject, named_by,
                                   np_tokens, owners_of, person_words, quietly, speaker_of_np, unnamed_type)
from kg.extract.roles import HONORIFICS, ROLE_NOUNS
from kg.ingest.furniture import INTERVIEW_IN_TITLE
from kg.ingest.furniture import INTERVIEW_LINE as INTERVIEW
from kg.ingest.furniture import SENTENCE_BREAK  # '… . Un avis partagé par X : « … »'
from kg.model import Mention

AFTER_INVERSION = frozenset({"dans", "lors", "devant", "sur", "selon", "d'", "à", "au", "aux", "en", "mardi", "lundi",
                             "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "-t-il",
                             "pour", "auprès", "après", "avant", "ce", "cette", "le", "la", "par", "sous", "sans",
                             "depuis", "vers", "face"})
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "csubj", "obl:arg"})
LOOSE = frozenset({"nmod", "amod", "advmod", "compound", "flat:name", "nummod"})
REFERENCE_KINDS = frozenset({"pronoun", "reference", "office", "metonymy"})
CONJUNCTIONS = frozenset({"après", "avant", "alors", "bien", "pour", "sans", "tandis", "parce", "dès", "ainsi",
                          "afin", "pendant", "depuis", "lors", "tant", "même", "plutôt", "sauf", "malgré", "encore"})
PERSONAL = frozenset({"il", "elle", "ils", "elles"})
QUOTE_MARKS = cues.QUOTE_MARKS
CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":", "(", ")"}) | QUOTE_MARKS
CLAUSE_STOPS = frozenset({".", "!", "?", ";", ":"}) | QUOTE_MARKS
COURTS = frozenset(lexicon.source_nouns()["court"])
TITLE_WORDS = frozenset(lexicon.source_nouns()["title"])
OBJECT_CLITICS = frozenset({"l'", "l’", "le", "la", "les"})
INVERTED_CLITICS = frozenset({"-t-il", "-il", "-t-elle", "-elle", "-t-ils", "-ils", "-t-elles", "-elles"})


@dataclass(frozen=True)
class Strategy:
    """A named way of answering, its confidence, and the function that tries it."""

    name: str
    confidence: float
    find: Callable


@dataclass(frozen=True)
class Attribution:
    """Speaker, cue and relaying source of a statement, with the strategies that found them."""

    speaker: Mention
    cue: Token
    relay: Mention | None
    rule: str
    confidence: float
    word: str


def rule_name(rule: str, speaker: Mention) -> str:
    """The strategies' names, and how the speaker's phrase was resolved when it was not a name:
    'incise/subject+office', 'reported/subject+reference', 'selon/…+metonymy'."""
    kind = speaker.role if speaker.role in REFERENCE_KINDS and speaker.role not in rule else None
    return f"{rule}+{kind}" if kind else rule


@dataclass(frozen=True)
class LastQuote:
    """The last attributed quotation of an article: who said it, with which cue, where it ends."""

    speaker: Mention
    word: str
    end: int


# ---- the speaker of a cue -------------------------------------------------------------------------------

def by_selon(ctx: Context, cue: Token) -> Mention | None:
    """'selon X, …', 'd'après X': the phrase after the preposition."""
    if not cues.is_relay(cue):
        return None
    np = cues.relay_np(cue)
    if np.lower_ in cues.OWNERS:  # 'À ses yeux, …'
        return next(reversed(owners_of(ctx, np.head)), NOBODY)
    return apposed_name(ctx, np) or speaker_of_np(ctx, np, stop_at_comma=True) or NOBODY


def apposed_name(ctx: Context, head: Token) -> Mention | None:
    """'selon un de ses avocats, Khin Maung Zaw, …', '…, a déploré la présidente du syndicat (FSE), Josée X.': a
    person named right after the phrase, between a comma and the end of the clause."""
    doc = head.doc
    comma = comma_after_phrase(head)
    if comma is None:
        return None
    named = titled_name(ctx, doc[comma + 1:comma + 6])
    if named is None or named.type != "Person":
        return None
    after = parsed(doc)[named.end:named.end + 2].strip()
    return named if after[:1] in ("", ",", ".", ";", ")") else None


def comma_after_phrase(head: Token) -> int | None:
    """The comma inside a phrase (the parse may hold the name set off after it) or right after it, past a
    complement the parse hung elsewhere ('selon le médiateur de la CEDEAO pour le Mali, Blaise X'), not past a verb."""
    doc = head.doc
    edge = max(t.i for t in head.subtree if t.text != ",") + 1
    for t in doc[head.i + 1:min(head.sent.end, edge + COMPLEMENT_WORDS)]:
        if t.text == ",":
            return t.i
        if t.i >= edge and (t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON") or t.text in CLAUSE_STOPS
                            or "\n" in t.text or t.lower_ in CIRCUMSTANCES):
            return None
    return None


COMPLEMENT_WORDS = 8  # how far past the parse's phrase a complement of its own may run ('pour le Mali')
CIRCUMSTANCES = frozenset({"après", "avant", "lors", "pendant", "devant", "depuis", "dans", "sur", "sous", "durant"})



def titled_name(ctx: Context, tokens: Span) -> Mention | None:
    """The name a span opens with, past an article, title words and an honorific ('le lieutenant-général Ahmed
    X', 'la Dre Marie X')."""
    for t in tokens:
        if (named := ctx.at(t)) is not None:
            return named
        if t.lower_ not in HONORIFICS and (t.pos_ not in ("DET", "NOUN", "ADJ") or not (t.is_lower or t.text == "-")):
            return None  # 'lieutenant - général'
    return None


def by_participle(ctx: Context, cue: Token) -> Mention | None:
    """'…, affirmant que …': a reporting participle speaks for its governor's speaker."""
    return (participle_subject(ctx, cue) or NOBODY) if cues.is_participle(cue) else None


def by_clitic(ctx: Context, cue: Token) -> Mention | None:
    """'a-t-il dit', 'a-t-elle ajouté': the inverted clitic pronoun next to the verb; an impersonal 'il'
    before a passive verb ('il a été annoncé que', 'il est dit que') names nobody."""
    clitic = next((t for t in cue.doc[max(0, cue.i - 3):cue.i + 3] if t.lower_ in INVERTED_CLITICS), None)
    if clitic is not None:
        return speaker_of_np(ctx, clitic) or NOBODY
    impersonal = any(c.dep_ == "expl:subj" and c.i < cue.i - 1 for c in cue.children) and (
        any(c.dep_ == "aux:pass" for c in cue.children) or "Pass" in cue.morph.get("Voice"))
    return NOBODY if impersonal else None


IMPERSONAL = frozenset({"on", "-on"})
SETTINGS = frozenset({"à", "au", "aux", "dans", "sur", "chez", "auprès", "côté"})  # 'à l'Élysée', 'sur une pancarte'
PRESS = frozenset({"presse", "journalistes", "journaliste", "médias", "reporters"})


def by_impersonal(ctx: Context, cue: Token) -> Mention | None:
    """'« … », estime-t-on à l'Élysée', 'on assure dans l'entourage du ministre que …': 'on' speaks for the
    place, body or circle its verb is set in, named before any other punctuation; not the press, a medium or a
    person it was said to ('a-t-on déclaré à Reuters')."""
    return next((found for word in setting_words(cue) if (found := setting(ctx, word)) is not None), None)


def setting_words(cue: Token) -> list[Token]:
    """The prepositions of setting after a verb whose subject is 'on', before any punctuation."""
    clitic = impersonal_subject(cue)
    if clitic is None:
        return []
    start = max(clitic.i, cue.i) + 1
    words = takewhile(lambda t: not t.is_punct, cue.doc[start:min(cue.sent.end, start + 9)])
    return [t for t in words if t.lower_ in SETTINGS] + fronted_settings(clitic)


def fronted_settings(clitic: Token) -> list[Token]:
    """'Du côté de la CGT, on dénonce …', 'À l'Élysée, on assure que …': the prepositions of setting of the phrase
    that opens the sentence, set off by a comma right before 'on'."""
    doc, start = clitic.doc, clitic.sent.start
    if clitic.i - start < 3 or doc[clitic.i - 1].text != "," or any(t.is_punct for t in doc[start:clitic.i - 1]):
        return []
    return [t for t in doc[start:start + 2] if t.lower_ in SETTINGS]


def impersonal_subject(cue: Token) -> Token | None:
    """The 'on' of 'estime-t-on', 'on assure', 'peut-on lire'."""
    return next((t for t in cue.doc[cue.i + 1:cue.i + 3] if t.lower_ in IMPERSONAL), None) \
        or next((c for c in cue.children if c.dep_.startswith("nsubj") and c.lower_ in IMPERSONAL), None) \
        or (cue.doc[cue.i - 1] if cue.i and cue.doc[cue.i - 1].lower_ == "-on" else None)


def setting(ctx: Context, word: Token) -> Mention | None:
    """Who the phrase a preposition of setting opens names, unless it is who the words were said to."""
    head = next((x for x in word.doc[word.i + 1:word.i + 5] if x.pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.lower_ in PRESS or (word.lower_ == "sur" and head.pos_ == "PROPN"):
        return None  # 'sur France Bleu': a station, not where the words were set
    found = speaker_of_np(ctx, head)
    told_to = word.lower_ in ("à", "au", "aux") and found is not None and found.type == "Person"
    return None if found is None or told_to or found.key in cues.media_ids() else found


def by_agent(ctx: Context, cue: Token) -> Mention | None:
    """'X est accusé par Y de …', 'est accusé par Y d'avoir …': in the passive, the agent speaks when a clause
    after it says what ('a été rejeté par Y' reports no words: the subject is what was rejected); not a court
    ('a été reconnu coupable par la cour d'appel', 'est jugé par le tribunal': a verdict or a trial); an 'agent'
    with no 'par' is a misparse."""
    agent = next((c for c in cue.children if c.dep_ == "obl:agent" and any(g.lower_ == "par" for g in c.children)),
                 None)
    if agent is None or not (any(c.dep_ in ("nsubj:pass", "aux:pass") for c in cue.children)
                             or cues.passive_participle(cue)):
        return None
    if agent.lower_ in COURTS or not says_after_agent(cue, agent):
        return NOBODY
    return speaker_of_np(ctx, agent) or NOBODY


CLAUSE_MARKS = frozenset({"de", "d'", "d’", "que", "qu'", "qu’"})


def says_after_agent(cue: Token, agent: Token) -> bool:
    """Whether a 'de' or 'que' clause after the agent hangs on the verb or on the agent ('accusé par Y de violer
    …', which the parse may hang on Y)."""
    return any(t.dep_ == "mark" and t.lower_ in CLAUSE_MARKS and t.head.head in (cue, agent)
               for t in cue.doc[agent.i + 1:cue.sent.end])


def by_subject(ctx: Context, cue: Token) -> Mention | None:
    """The parse's subject (a named person in it first); 'qui' in a relative clause is its antecedent; 'il'
    before a verb of saying is a subject even when the parse calls it impersonal ('Il a indiqué que …')."""
    if cues.mistagged(cue):
        return subject_before(ctx, cue)
    subjects = [c for c in subject_candidates(cue) if not (ctx.inside_quote(c.idx) and not ctx.inside_quote(cue.idx))]
    comma = comma_inside(ctx, cue)
    subjects = [c for c in subjects if own_subject(cue, c, comma) and not quoted_away(ctx, cue, c)
                and not object_after(cue, c) and not names_a_noun_before(cue, c)]
    if not subjects:  # a subject the parse found inside the quotation the verb reports is none of its own
        return None
    relative = next((c for c in subjects if c.lower_ == "qui"), None)
    return antecedent_speaker(ctx, cue, relative) if relative is not None else best_subject(ctx, subjects)


def comma_inside(ctx: Context, cue: Token) -> Token | None:
    """The comma of an incise inside the quotation the verb stands in ('« …, on part, résume une élue »'), not
    for a verb that opens a quotation after its subject ('X « salue … »')."""
    return inversion_comma(cue) if ctx.inside_quote(cue.idx) and not cues.quoted_predicate(cue) else None


def by_opening_clause(ctx: Context, cue: Token) -> Mention | None:
    """'S'exprimant lors d'une conférence de presse, les deux rivaux de X avaient mis en garde …' parsed with the
    subject hung on the opening clause: the subject after the comma that closes a participle opening the
    sentence, when the verb comes after it."""
    if subject_candidates(cue):
        return None
    opening = next((t for t in cue.doc[cue.sent.start:min(cue.i, cue.sent.start + 3)] if cues.opening_participle(t)), None)
    comma = cues.main_clause_comma(opening) if opening is not None else None
    return subject_after(ctx, comma) if comma is not None and comma.i < cue.i else None


def by_participle_subject(ctx: Context, cue: Token) -> Mention | None:
    """'Le ministre s'exprimant devant le parlement a estimé que …' parsed with the subject hung on the participle
    between it and the verb: that participle's subject, when nothing else of the sentence stands before it."""
    if subject_candidates(cue):
        return None
    participle = next((c for c in cue.children if c.dep_ == "advcl" and c.i < cue.i and cues.is_participle(c)), None)
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None) \
        if participle is not None else None
    if subject is None or subject.left_edge.i != cue.sent.start:
        return None
    return speaker_of_np(ctx, subject)


def by_set_off_subject(ctx: Context, cue: Token) -> Mention | None:
    """'Le chancelier, dont la coalition se déchire …, a annoncé …', 'Le chef du parti, quant à lui, déplore …'
    parsed with no subject: the phrase that opens the sentence before a relative clause or an aside set off up to
    the verb."""
    mark = word_before_verb_group(cue)
    if mark is None or mark.text != "," or mark.i <= cue.sent.start or subject_candidates(cue):
        return None
    before = cue.doc[cue.sent.start:mark.i]
    if not (subject_with_relative(before) or subject_with_aside(before)):
        return None
    head = next((t for t in before if t.pos_ in ("NOUN", "PROPN")), None)
    return speaker_of_np(ctx, head, stop_at_comma=True) if head is not None and not ctx.inside_quote(head.idx) else None


def by_words_after_quote(ctx: Context, cue: Token) -> Mention | None:
    """'« … », le président a tweeté' parsed with the subject hung on the quotation: the noun phrase between the
    closing mark (and its comma) and the verb group."""
    phrase = phrase_after_quote(cue) if not subject_candidates(cue) else None
    head = next((t for t in reversed(phrase) if t.pos_ in ("NOUN", "PROPN")), None) if phrase else None
    return speaker_of_np(ctx, head) if head is not None and not ctx.inside_quote(head.idx) else None


def phrase_after_quote(cue: Token) -> Span | None:
    """The words of at most four, opening on a determiner or a noun, between a closing quotation mark (and a
    comma) and a verb group."""
    last, doc = word_before_verb_group(cue), cue.doc
    if last is None or last.is_punct:
        return None
    i = last.i
    while i > cue.sent.start and not (doc[i - 1].is_punct or doc[i - 1].text in QUOTE_MARKS):
        i -= 1
    mark = doc[i - 2] if i > 1 and doc[i - 1].text == "," else doc[i - 1] if i > 0 else None
    phrase = doc[i:last.i + 1]
    closing = mark is not None and mark.text in QUOTE_MARKS and mark.i > cue.sent.start
    return phrase if closing and len(phrase) <= 4 and phrase[0].pos_ in ("DET", "NOUN", "PROPN") else None


def own_subject(cue: Token, subject: Token, comma: Token | None) -> bool:
    """A subject the parse gave the verb that is its own: past the comma of an incise inside a quotation
    ('« …, on part, résume une élue »'), not the clause an incise cuts, not a phrase before an inverted verb."""
    return (comma is None or subject.i > comma.i) and not cut_by_incise(cue, subject) \
        and not (subject.i < cue.i and subject_inverted(cue))


def object_after(cue: Token, subject: Token) -> bool:
    """'… a dénoncé des résultats et accusé le Conseil d'avoir …': a 'subject' right after a verb with no
    punctuation before it (no incise) and no word that inverts ('comme l'a dit X', 'que réclame X') is its
    object."""
    before = word_before_verb_group(cue)
    return subject.i > cue.i and not (before is not None and (before.is_punct or before.lower_ in INVERTING)) \
        and not any(t.is_punct for t in cue.doc[cue.i:subject.i])


def names_a_noun_before(cue: Token, subject: Token) -> bool:
    """'a indiqué mardi X sur sa plateforme Truth Social': a 'subject' after the verb whose name follows a noun
    that a preposition opens names that noun ('sa plateforme', 'le journal'), not the speaker."""
    first = subject.i
    while first > cue.i + 1 and subject.doc[first - 1].pos_ == "PROPN":
        first -= 1
    before = subject.doc[first - 1]
    return subject.i > cue.i and before.pos_ == "NOUN" and any(c.dep_ == "case" for c in before.children)


INVERTING = frozenset({"comme", "que", "qu'", "où", "dont", "le", "l'", "la", "les"})  # 'comme l'a dit X


def quoted_away(ctx: Context, cue: Token, subject: Token) -> bool:
    """'La famille « attend un épilogue », a déclaré leur avocat X': a quotation between the parse's subject and
    a verb inverted after a comma that a person follows; that person speaks."""
    between = cue.doc[subject.i + 1:cue.i]
    comma = inversion_comma(cue)
    if comma is None or comma.text != "," or not any(t.text in QUOTE_MARKS for t in between):
        return False
    after = inverted(ctx, cue)
    return after is not None and after.type == "Person"


def subject_inverted(cue: Token) -> bool:
    """'…, le général Marc Dupont, a déclaré le porte-parole', '…, a-t-il ajouté': a verb after the comma of an
    inversion with a subject after it; the phrase set off before it that the parse made a second subject is the
    reported clause's."""
    comma = inversion_comma(cue)
    return comma is not None and (any(c.i > cue.i for c in parsed_subjects(cue)) or subject_as_object(cue, comma)
                                  or clitic_after_comma(cue) or phrase_past_aside(cue))


def phrase_past_aside(cue: Token) -> bool:
    """'…, estime quant à elle la FGTB': an aside right after the verb, then a noun phrase."""
    n = cues.aside_from(cue.doc, cue.i + 1)
    after = cue.doc[cue.i + 1 + n] if n and cue.i + 1 + n < len(cue.doc) else None
    return after is not None and after.pos_ in ("DET", "PROPN", "NOUN")


def subject_as_object(cue: Token, comma: Token) -> bool:
    """'Le cyclone est « le plus violent » que l'île ait connu, a souligné la préfecture': a subject before the
    comma with no comma of its own before it (French sets no lone comma between a subject and its verb), and a
    name, a speaker's noun or an institution's ('la commission électorale') after the verb, which the parse took
    for its object, ending the sentence but for circumstances ('…, a annoncé l'armée sur X'); or a subject after
    a clause of its own ('X s'est entretenu avec son homologue, le général Y, …, a annoncé l'armée')."""
    glued = any(c.i < comma.i and not any(t.text == "," for t in cue.doc[c.i:comma.i]) for c in parsed_subjects(cue))
    first = next((c for c in cue.children if c.dep_ == "obj" and c.i > cue.i), None)
    first = first if first is not None or cue.i + 1 >= cue.sent.end else cue.doc[cue.i + 1]
    obj = past_time_words(first) if first is not None else None
    if not (glued or clause_before_subject(cue)) or obj is None or not last_in_clause(obj):
        return False
    return names_speaker(obj)


def past_time_words(first: Token) -> Token | None:
    """'…, a déclaré dimanche 30 mars X', '…, a dit samedi le chancelier': the phrase that the time words opening on
    first run into (the parse may take 'dimanche' for the verb's object, or hang X on 'mars'): its name or noun; an
    object that opens on no time word is itself, anything else is None."""
    doc, i = first.doc, first.i
    while i < first.sent.end and (names.fold(doc[i].text) in lexicon.time_words() or doc[i].pos_ == "NUM"):
        i += 1
    if i == first.i:
        return first if first.dep_ == "obj" else None
    if i >= first.sent.end or doc[i].pos_ not in ("PROPN", "NOUN", "DET"):
        return None
    return doc[i].head if doc[i].pos_ == "DET" and doc[i].head.i > i else doc[i]


def last_in_clause(phrase: Token) -> bool:
    """Nothing but punctuation, or circumstances with no verb opening on a preposition, after the phrase (the words
    of a name after it that the parse hung elsewhere are the phrase's: 'le chancelier X')."""
    end = phrase.right_edge.i + 1
    while end < phrase.sent.end and phrase.doc[end].pos_ == "PROPN":
        end += 1
    rest = [t for t in phrase.doc[end:phrase.sent.end] if not (t.is_punct or t.is_space)]
    return not rest or (rest[0].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") or t.lower_ in CLAUSE_MARKS
                                                           for t in rest))


def clause_before_subject(cue: Token) -> bool:
    """A finite verb before the verb's parsed subject, which a comma sets off, outside it, in the verb's
    sentence."""
    subject = next((c for c in parsed_subjects(cue) if c.i < cue.i), None)
    before = cue.doc[cue.sent.start:subject.left_edge.i] if subject is not None else []
    return subject is not None and cue.doc[subject.left_edge.i - 1].text == "," \
        and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in before)


def names_speaker(noun: Token) -> bool:
    """A name, a noun for a person, an unnamed source, an institution ('la commission électorale') or one of some
    ('un de ses responsables')."""
    return noun.pos_ == "PROPN" or noun.lower_ in person_words() or unnamed_type(noun) is not None \
        or noun.lower_ in INSTITUTIONAL or partitive(noun)


def parsed_subjects(cue: Token) -> list[Token]:
    """The verb's subjects in the parse, an inverted clitic ('-t-il') aside."""
    return [c for c in cue.children if c.dep_.startswith("nsubj") and not c.lower_.startswith("-")]


def cut_by_incise(cue: Token, subject: Token) -> bool:
    """'La hausse, a déclaré X, menace …': a subject before an incise in the middle of a clause is the reported
    clause's."""
    return subject.i < cue.i and resumes_after(cue) is not None and inversion_comma(cue) is not None


def antecedent_speaker(ctx: Context, cue: Token, relative: Token) -> Mention:
    """'qui' speaks for its antecedent: a name and a comma right before it, else the noun the clause hangs on,
    else the noun right before it ('les résultats remportés par William Lai, qui affirme …', the clause hung on
    'résultats', is Lai's; 'Plusieurs chefs d'État …, à l'exception du président X, qui a déclaré …' is X's)."""
    before = apposition_owner(antecedent(relative))
    set_off = relative.i > 0 and relative.doc[relative.i - 1].text == ","
    named = [before] if before is not None and set_off and ctx.at(before) is not None else []
    heads = [cue.head] if cue.dep_ == "acl:relcl" else []
    for head in (*named, *heads, before, *complemented_by(heads[0] if heads else before)):
        found = speaker_of_np(ctx, head) if head is not None else None
        if found is not None:
            return found
    return NOBODY


def complemented_by(noun: Token | None) -> list[Token]:
    """'un membre de l'équipe de négociation qui a déclaré': the nouns a noun is the complement of, nearest first,
    up to one with an indefinite article (the relative clause may hang on the last noun of a phrase that names one
    unnamed speaker; 'le père de la collégienne qui …' is the girl's)."""
    owners = []
    while noun is not None and noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and len(owners) < 2:
        noun = noun.head
        owners.append(noun)
    last = next((k for k, o in enumerate(owners) if any(c.lower_ in ("un", "une") for c in o.children)), None)
    return owners[:last + 1] if last is not None else []


def apposition_owner(noun: Token | None) -> Token | None:
    """'Laurent Berger, secrétaire général de la CFDT, qui …': the name an apposition describes, not the body in
    the apposition's complement."""
    if noun is None or noun.dep_ != "nmod" or noun.head.dep_ != "appos" or noun.head.pos_ != "NOUN":
        return noun
    owner = noun.head.head
    return owner if owner.pos_ == "PROPN" else noun


def antecedent(relative: Token) -> Token | None:
    """'aux propos de l'Armée congolaise qui affirment …' parsed with no relative clause: the noun before 'qui'
    (its head when that word is an adjective or a name's second word), a comma between them aside."""
    before = relative.doc[relative.i - 1] if relative.i else None
    if before is not None and before.text == "," and before.i:
        before = relative.doc[before.i - 1]
    while before is not None and before.pos_ not in ("NOUN", "PROPN") and before.dep_ in ("amod", "flat:name"):
        before = before.head
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else None


def subject_candidates(cue: Token) -> list[Token]:
    """The cue's subjects, also one the parse hangs on its auxiliary ('Il a par ailleurs indiqué'), or on the
    auxiliary it made the head of the participle ('Il [a] en outre affirmé que …') or on the 'faire' of 'ont fait
    savoir'; never a phrase after a preposition."""
    near = [*cue.children, *(g for c in cue.children if lends_subject(c, cue) for g in c.children)]
    if auxiliary_head(cue):
        near += [c for c in cue.head.children if c.i < cue.head.i]
    elif (aux := auxiliary_past_aside(cue)) is not None:
        near += [c for c in aux.children if c.i < aux.i]
    return [s for c in near if is_subject_of(c, cue) for s in past_preposition(c)]


def lends_subject(child: Token, cue: Token) -> bool:
    """A child whose subject is the verb's: an auxiliary of its own group, or the 'faire' of 'ont fait savoir'."""
    return (child.dep_.startswith("aux") and own_auxiliary(child, cue)) or causative(child, cue)


def own_auxiliary(aux: Token, cue: Token) -> bool:
    """An auxiliary of the verb's own group: no finite verb between them ('Les Américains ont besoin …, et X
    ferait …, a déclaré Y' parsed with 'ont' as the auxiliary of 'déclaré')."""
    return not any(finite_verb(t) for t in cue.doc[aux.i + 1:cue.i])


def causative(verb: Token, infinitive: Token) -> bool:
    """The 'fait' of 'Les autorités ont fait savoir que …' that the parse hung below the infinitive."""
    return verb.lemma_ == "faire" and verb.i < infinitive.i and cues.infinitive(infinitive)


def past_preposition(subject: Token) -> list[Token]:
    """'Sur le réseau social X, celui qui … a réitéré': a 'subject' the parse gave a preposition is a
    circumstance; the phrase set off after it is the subject."""
    if not any(c.dep_ == "case" and c.i < subject.i for c in subject.children):
        return [subject]
    return [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]


def auxiliary_head(cue: Token) -> bool:
    """A participle whose head is the form of 'avoir' or 'être' before it, with only adverbs or an aside between,
    or a circumstance after 'avoir' ('X a dans la nuit indiqué …')."""
    head = cue.head
    return head.i < cue.i and head.lemma_ in ("avoir", "être") and "Part" in cue.morph.get("VerbForm") \
        and (all(in_verb_group(t) or t.pos_ in ("ADP", "DET", "PRON") for t in cue.doc[head.i + 1:cue.i])
             or cues.avoir_head(cue))


def auxiliary_past_aside(cue: Token) -> Token | None:
    """'X a pour sa part dénoncé …' parsed with the participle hung on the aside: the auxiliary before the aside."""
    doc, i = cue.doc, cue.i - 1
    if not cues.set_off_aside(doc, i):
        return None
    while i >= 0 and in_verb_group(doc[i]) and not auxiliary(doc[i]):
        i -= cues.set_off_aside(doc, i) or 1
    return doc[i] if i >= 0 and auxiliary(doc[i]) else None


def auxiliary(t: Token) -> bool:
    """A form of 'avoir' or 'être', however the parse tags it when an aside cuts it from its participle."""
    return t.pos_ in ("AUX", "VERB") and t.lemma_ in ("avoir", "être")


def subject_before(ctx: Context, cue: Token) -> Mention | None:
    """'Stellantis dément …' parsed as an adverb or adjective of the noun before it: that noun (before the
    auxiliary: 'X avait sous-entendu …')."""
    i = cue.i - 1
    while i > 0 and cue.doc[i].lower_ in cues.AVOIR:
        i -= 1
    before = cue.doc[i]  # a name only: the parse that missed the verb also glued it to a description
    if cues.ends_subject(before):  # 'Ce dernier note …', 'Le ministre des Affaires sociales critique …'
        return speaker_of_np(ctx, before if before.lower_ in cues.LATTER else cues.subject_top(before), until=cue.i)
    named = ctx.at(before)
    return speaker_of_np(ctx, before) if named is not None or before.pos_ == "PRON" else None


def best_subject(ctx: Context, subjects: list[Token]) -> Mention:
    """Of several subjects, a person named in one first, then a person they resolve to, then any agent; a
    'subject' that is the end of a name inside another subject's phrase is none ('La sœur de Kim Jong Un a …':
    the parse makes 'Un' a subject too)."""
    subjects = [c for c in subjects if not inside_other(ctx, c, subjects)]
    found = [m for m in (speaker_of_np(ctx, c) for c in subjects) if m is not None]
    named = [m for m in map(ctx.at, subjects) if m is not None and named_person(m)]
    return (named or [m for m in found if named_person(m)] or found or [NOBODY])[0]


def named_person(m: Mention) -> bool:
    return m.type == "Person" and not m.unnamed


def inside_other(ctx: Context, token: Token, subjects: list[Token]) -> bool:
    m = ctx.at(token)
    first = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")[0] if m is not None and m.start >= 0 else token
    return first.i != token.i and any(s.i != token.i and first in s.subtree for s in subjects)


DATIVES = frozenset({"lui", "leur"})
CLAUSE_OPENERS = frozenset({"que", "qu'", "mais", "et", "puis"})
RELATIVE_OPENERS = frozenset({"qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"})
CLAUSE_OPENING = frozenset({"que", "qu'", "qui", "dont", "lorsque", "lorsqu'", "quand", "alors"})


def is_subject_of(child: Token, cue: Token) -> bool:
    """A subject of the cue, the impersonal-looking 'il' of a verb of saying included; never 'lui' or 'leur'
    right before the verb."""
    if aside_ending(child.doc, child.i):
        return False  # 'a quant à elle déclaré X'
    if child.lower_ in DATIVES and child.i < cue.i and child.nbor(1).text != ",":
        return False  # '« … », lui a asséné le député': the one spoken to
    if child.dep_ == "nsubj" or (child.dep_ == "nsubj:pass" and not passive(cue)):  # 'X est revenu sur …' is none
        return child.pos_ != "SCONJ"  # 'le PDP est exhorté à …': the subject of a passive is spoken to
    return child.dep_ == "expl:subj" and child.lower_ in PERSONAL and child.i < cue.i and personal(cue)


def passive(verb: Token) -> bool:
    """A verb in the passive: with the passive's auxiliary, and not one whose compound tenses take 'être' ('est
    revenu'; kg/lexicon/etre_verbs.tsv)."""
    return any(c.dep_ == "aux:pass" for c in verb.children) and verb.lemma_ not in lexicon.etre_verbs()


def asked(verb: Token) -> bool:
    """A passive whose agent is someone's words ('piqué au vif par la question de Y', 'visé par les propos de Y'):
    the words after a colon are theirs, not the subject's ('X a été interrogé par BFMTV : « … »' are X's)."""
    return passive(verb) and any(c.dep_ in ("obl:agent", "obl:mod", "obl") and c.lower_ in ASKING
                                 and any(g.lower_ == "par" for g in c.children) for c in verb.children)


ASKING = SPEECH_NOUNS | {"question", "questions", "interpellation"}


def personal(cue: Token) -> bool:
    """A verb of saying whose impersonal-looking 'il' is someone ('il promet de laisser la place'): not before
    another verb of saying in the infinitive ('il convient de noter que …'; 'il estime que le taux a été gonflé',
    with the participle tagged an infinitive, is someone)."""
    return cues.is_cue(cue) and not any(c.i > cue.i and cues.infinitive(c) and cues.is_cue(c)
                                        and not clause_of_its_own(c) for c in cue.children)


def clause_of_its_own(verb: Token) -> bool:
    return any(c.dep_.startswith("nsubj") or c.lower_ in ("que", "qu'") for c in verb.children)


def by_coordination(ctx: Context, cue: Token) -> Mention | None:
    """'X a salué … et affirmé que …': a coordinated verb shares the subject of the reporting verb it hangs
    on, however deep the parse put it ('a martelé que … devaient être maintenues et a jugé que …')."""
    if not (cue.dep_ == "conj" or in_series(ctx, cue)) or ctx.inside_quote(cue.head.idx):
        return None
    own = [m for m in ctx.starting(cue.head.idx + 1, cue.idx) if m.type == "Person" and not m.unnamed
           and not ctx.inside_quote(m.start) and after_clause_opener(first_token(ctx, m))]
    if own:  # '… tandis que Yoni Tadmor, du parquet, a déclaré …': a clause with a subject of its own
        return own[-1]
    head = cue.head if cues.is_cue(cue.head) else governing_cue(ctx, cue)
    if head is None:
        return first_verb_subject(ctx, cue.head)
    found = speaker_of(ctx, head)
    return found[0] if found else None


def first_verb_subject(ctx: Context, verb: Token) -> Mention | None:
    """'Le président a été interviewé à Ramallah et a précisé que …': the named person subject of the first verb."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i), None)
    who = speaker_of_np(ctx, subject) if subject is not None else None
    return who if who is not None and who.type == "Person" and not who.unnamed else None


def in_series(ctx: Context, cue: Token) -> bool:
    """'X a exprimé …, s'est déclaré favorable à … et a annoncé …': a finite verb after a comma, with neither
    subject nor conjunction of its own, that the parse hung on the verb before it as a clause; not past an agent
    named outside a phrase ('Alors que X a …, Y, âgé de 60 ans, a dit …', '…, tandis que Y a déclaré …')."""
    head = cue.head
    if not (cue.dep_ == "advcl" and head.i < cue.i and head.pos_ == "VERB" and not cues.infinitive(cue)
            and any(c.dep_.startswith("aux") for c in cue.children)
            and not any(c.dep_.startswith("nsubj") or c.dep_ == "mark" for c in cue.children)) \
            or inversion_comma(cue) is not None:
        return False
    return not any(m.type in AGENT_TYPES and not ctx.inside_quote(m.start) and not in_phrase(ctx, first_token(ctx, m))
                   for m in ctx.starting(head.idx + 1, cue.idx))


def by_control(ctx: Context, cue: Token) -> Mention | None:
    """'Après avoir affirmé que …, le gouverneur X a déclaré …': an infinitive with no subject of its own
    speaks for the subject of the clause it hangs on, as after 'a fait remarquer', 's'est contenté de rappeler'
    (kg/lexicon/speech_frames.tsv); not after a verb of intent ('il compte y évoquer …')."""
    if not cues.infinitive(cue) or any(c.dep_.startswith("nsubj") for c in cue.children) or cue.head.i == cue.i \
            or not (cue.dep_ == "advcl" or cues.is_cue(cue.head) or speech_frame(cue.head)) \
            or cue.head.dep_ in ("acl", "amod"):  # 'des drones lancés par X, avant de souligner …': not X
        return None
    found = speaker_of(ctx, cue.head) if cue.head.pos_ in ("VERB", "AUX") else None
    return found[0] if found else None


def speech_frame(verb: Token) -> bool:
    """'a tenu à', 'tente de' (kg/lexicon/speech_frames.tsv), also when the model left the form unlemmatised."""
    frames = lexicon.speech_frames()
    return verb.lemma_ in frames or f"{verb.lemma_}r" in frames


def other_gender(cue: Token) -> str | None:
    """'m' when the cue's subject noun is feminine ('la lauréate'), 'f' when masculine, else None; a 'subject' after a
    preposition is a circumstance ('Après une conversation avec X, Y a affirmé …')."""
    subject = next((c for c in cue.children if c.dep_.startswith("nsubj") and past_preposition(c) == [c]), None)
    return {"Fem": "m", "Masc": "f"}.get((subject.morph.get("Gender") or [""])[0]) if subject is not None else None


def name_before_comma(ctx: Context, comma: Token) -> Mention | None:
    """'…, le gouverneur de Louhansk, Serhiy Gaidai, a déclaré' when the parse lost the subject: a person named
    right before the comma that precedes the verb."""
    before = parsed(comma.doc)[:comma.idx].rstrip()
    named = [m for m in ctx.mentions if m.end == len(before) and m.type == "Person" and not m.unnamed]
    return named[0] if named and comma.text == "," else None


def speaker_before(ctx: Context, cue: Token, *, back: int, same: bool = False) -> Mention | None:
    """The last speaker of the back sentences before the cue's (and of its own when same)."""
    here = sentence_index(cue)
    recent = [m for i, m in ctx.speakers if (0 if same else 1) <= here - i <= back]
    return recent[-1] if recent else None


def by_subjectless_incise(ctx: Context, cue: Token) -> Mention | None:
    """'« … », a souligné en faisant référence à …': an inverted verb the writer gave no subject (a gerund follows
    it) goes on with the last speaker of the sentence before."""
    after = next((t for t in cue.doc[cue.i + 1:cue.sent.end] if t.pos_ != "ADV"), None)
    if inversion_comma(cue) is None or after is None or not opens_gerund(after):
        return None
    return speaker_before(ctx, cue, back=1)


def by_narrative_infinitive(ctx: Context, cue: Token) -> Mention | None:
    """'Et de poursuivre : « … »', 'Et d'ajouter que …', 'Avant de poursuivre en affirmant que …': an infinitive
    of narration opening its sentence goes on with the last speaker of the four sentences before."""
    words = [t.lower_ for t in cue.sent if not t.is_space and t.i < cue.i]
    if not cues.infinitive(cue) or len(words) > 2 or words[-1:] not in (["de"], ["d'"]) \
            or words[:-1] not in ([], ["et"], ["avant"]):
        return None
    return speaker_before(ctx, cue, back=4, same=True)


def by_coordinated_sentence(ctx: Context, cue: Token) -> Mention | None:
    """'Il les accuse de …. Et s'inquiète de …': a finite verb that opens its sentence after 'Et' or 'Puis', with
    no subject, goes on with the last speaker of the two sentences before."""
    words = [t for t in cue.sent if not t.is_space and t.i < cue.i]
    if not words or words[0].lower_ not in ("et", "puis") or subject_candidates(cue) \
            or any(t.pos_ not in ("AUX", "ADV", "PRON") for t in words[1:]) or cues.infinitive(cue):
        return None
    return speaker_before(ctx, cue, back=2)


def by_stranded_auxiliary(ctx: Context, cue: Token) -> Mention | None:
    """'Le sénateur a lui aussi jugé que …', 'Dans un entretien, le ministre a de son côté assuré que …', 'Le
    prévenu, lui, a reconnu …' parsed with the verb cut off from its subject by an aside or a stressed pronoun:
    the noun phrase that ends right before the verb group (a name set off by commas after its description
    included)."""
    start = stranded_group(cue)
    end = start.i - 1 if start is not None else -1
    if end >= 2 and cue.doc[end].text == "," and name_before_comma(ctx, cue.doc[end]) is not None:
        end -= 1  # 'Le ministre de l'Économie, Antoine Lefranc, a de son côté …'
    if end < 0 or not (cue.doc[end].pos_ in ("NOUN", "PROPN") or cue.doc[end].lower_ in PERSONAL
                       or (cue.doc[end].dep_ == "amod" and cue.doc[end].head.i < end)):
        return None
    head = cue.doc[end]
    while head.dep_ in ("flat:name", "nmod", "amod", "appos") and head.head.i < head.i:
        head = head.head
    return speaker_of_np(ctx, head, until=end + 1)


def stranded_group(cue: Token) -> Token | None:
    """Where a verb group cut off from its subject starts: at the finite 'avoir' or 'être' of a past participle
    with adverbs, an opening quotation mark ('a « fermement condamné »'), an aside of the lexicon or a stressed
    pronoun set off between ('a, lui, appelé'), or past a stressed pronoun set off before it (', lui,')."""
    doc, i = cue.doc, cue.i - 1
    if cue.dep_.startswith("aux"):
        return None
    while i > 0 and in_cut_group(doc, i):
        i -= cues.set_off_aside(doc, i) or (3 if cues.stressed_set_off(doc, i) else 1)
    aux = doc[i]
    if "Part" in cue.morph.get("VerbForm") and aux.lemma_ in ("avoir", "être") and "Fin" in aux.morph.get("VerbForm"):
        if i < cue.i - 1:
            return aux
        i -= 1
    return doc[i - 2] if cues.stressed_set_off(doc, i) and i >= 3 else None


def in_cut_group(doc: Doc, i: int) -> bool:
    """Whether token i may stand between an auxiliary and its participle: an adverb, an opening quotation mark,
    an aside of the lexicon, a stressed pronoun set off."""
    return cues.adverbial(doc[i]) or cues.opening_mark(doc[i]) or bool(cues.set_off_aside(doc, i)) \
        or cues.stressed_set_off(doc, i)


def by_nearest(ctx: Context, cue: Token) -> Mention | None:
    """When the parse gives no subject: the closest person, else agent, named before the verb in its sentence
    (not one after a preposition: 'les promesses de Donald Trump', 'la guerre en Ukraine'); an infinitive
    ('X compte évoquer …', 'veut dénoncer …') speaks only through the verb it hangs on, unless 'faire' makes it
    a locution ('X a fait remarquer que …')."""
    if cues.infinitive(cue) and not cues.causative(cue):
        return None
    comma = inversion_comma(cue)
    if comma is not None:
        return name_before_comma(ctx, comma)
    found = [m for m in ctx.starting(cue.sent.start_char, cue.idx + 1) if m.end <= cue.idx and near_agent(ctx, m, cue)]
    other = other_gender(cue)
    found = [m for m in found if not (m.type == "Person" and other and gender(ctx, m) == other)]
    people = [m for m in found if m.type == "Person"]
    return (people or found or [None])[-1]


def by_nearest_role(ctx: Context, cue: Token) -> Mention | None:
    """'Plus tôt, le secrétaire général du syndicat déclarait : « … »' when the parse gives no subject and no name
    stands before the verb: the last noun for a person before it in its clause (not after a preposition, no
    finite verb nor punctuation between), outside quotation marks."""
    if cues.infinitive(cue) or inversion_comma(cue) is not None or subject_candidates(cue):
        return None
    group = {c.i for c in cue.children if c.dep_.startswith("aux")}  # 'avait déclaré'
    for t in reversed(cue.doc[cue.sent.start:cue.i]):
        if t.is_punct or (t.i not in group and finite_verb(t)):
            return None
        if t.pos_ == "NOUN" and t.lower_ in person_words() and not in_phrase(ctx, t) and not ctx.inside_quote(t.idx):
            return speaker_of_np(ctx, t)
    return None


def finite_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")


def near_agent(ctx: Context, m: Mention, cue: Token) -> bool:
    """An agent named outside quotation marks, close before the verb, not after a preposition nor a verb's object."""
    return m.type in AGENT_TYPES and not ctx.inside_quote(m.start) and cue.idx - m.end < 120 \
        and not in_phrase(ctx, first_token(ctx, m)) and not object_of_verb(ctx, m) and not in_compound(ctx, m)


def in_compound(ctx: Context, m: Mention) -> bool:
    """A name hyphenated to another ('une réunion Ukraine-États-Unis-Russie'): part of a noun, no agent."""
    text = parsed(ctx.doc)
    return (m.start > 1 and text[m.start - 1] == "-" and text[m.start - 2].isalpha()) \
        or (m.end + 1 < len(text) and text[m.end] == "-" and text[m.end + 1].isupper())


def object_of_verb(ctx: Context, m: Mention) -> bool:
    """A name the parse makes the object of a verb right before it, or set beside one ('… qui a renversé le
    président X et estimé que …': X was overthrown, he did not speak); not one set off by a comma, which the parse
    hangs on the verb of a clause before ('lorsqu'elle avait remis le rapport, X avait estimé …')."""
    t = ctx.doc.char_span(m.start, m.end, alignment_mode="expand").root
    while t.dep_ in ("flat:name", "appos") and t.head.i < t.i and not set_off_after(t.head, t):
        t = t.head
    return t.dep_ in ("obj", "iobj") and t.head.i < t.i and not set_off_after(t.head, t)


def set_off_after(head: Token, t: Token) -> bool:
    """Whether punctuation stands between a word and a phrase after it that the parse hangs on it."""
    return any(w.is_punct for w in head.doc[head.i + 1:t.left_edge.i])


def after_clause_opener(t: Token) -> bool:
    """A word right after 'que', 'mais', 'et' or 'puis', where a clause with a subject of its own may start."""
    return t.i > 0 and t.doc[t.i - 1].lower_ in CLAUSE_OPENERS


def told_by(ctx: Context, cue: Token) -> Mention | None:
    """'C'est ce qu'a déclaré l'avocat X': the subject after the verb, which the parse takes for its object."""
    if cue.dep_ != "acl:relcl" or cue.head.lower_ != "ce":
        return None
    after = next((c for c in cue.children if c.i > cue.i and c.dep_ in ("obj", "nsubj") and c.pos_ in ("NOUN", "PROPN")),
                 None)
    return speaker_of_np(ctx, after) if after is not None else None


def by_contrast(ctx: Context, cue: Token) -> Mention | None:
    """'…, tandis que Luc Faure, du syndicat, a déclaré que …' when the parse lost the subject: the first agent
    named after the word that opens the clause, outside a prepositional phrase."""
    mark = contrast_before(cue)
    if mark is None:
        return None
    return next((m for m in ctx.starting(mark.idx + 1, cue.idx) if m.type in AGENT_TYPES
                 and not ctx.inside_quote(m.start) and not in_phrase(ctx, first_token(ctx, m))), None)


def by_medium_citing(ctx: Context, cue: Token) -> Mention | None:
    """'« … », cite l'agence Tass, citant la déclaration du général': a medium an inverted verb makes its subject,
    citing someone right after (a present participle of a verb of reporting), passes that one's words on; the one
    cited speaks."""
    medium = inverted(ctx, cue)
    span = ctx.span_of(medium) if medium is not None and medium.key in cues.media_ids() else None
    after = cue.doc[span.end:min(cue.sent.end, span.end + 3)] if span is not None else []
    citing = next((t for t in after if t.lower_.endswith("ant") and getattr(cues.entry(t), "polarity", "") == "report"),
                  None)
    cited = next((t for t in citing.subtree if t.dep_ == "obj"), None) if citing is not None else None
    return speaker_of_np(ctx, cited) if cited is not None else None


SPEAKER_STRATEGIES = (
    Strategy("selon", 0.9, by_selon),
    Strategy("participle", 0.8, by_participle),
    Strategy("impersonal-setting", 0.75, by_impersonal),
    Strategy("inverted-pronoun", 0.9, by_clitic),
    Strategy("passive-agent", 0.85, by_agent),
    Strategy("subject", 0.95, by_subject),
    Strategy("set-off-subject", 0.9, by_set_off_subject),
    Strategy("words-after-quote", 0.8, by_words_after_quote),
    Strategy("after-opening-clause", 0.85, by_opening_clause),
    Strategy("participle-subject", 0.85, by_participle_subject),
    Strategy("told-by", 0.9, told_by),
    Strategy("cited-by-medium", 0.8, by_medium_citing),
    Strategy("inverted-subject", 0.9, lambda ctx, cue: inverted(ctx, cue)),
    Strategy("relative-inversion", 0.85, lambda ctx, cue: by_relative_inversion(ctx, cue)),
    Strategy("stranded-auxiliary", 0.8, by_stranded_auxiliary),
    Strategy("subjectless-incise", 0.6, by_subjectless_incise),
    Strategy("coordinated", 0.8, by_coordination),
    Strategy("narrative-infinitive", 0.8, by_narrative_infinitive),
    Strategy("coordinated-sentence", 0.75, by_coordinated_sentence),
    Strategy("infinitive", 0.8, by_control),
    Strategy("contrast-subject", 0.75, by_contrast),
    Strategy("nearest-name", 0.6, by_nearest),
    Strategy("nearest-role", 0.55, by_nearest_role),
)


def speaker_of(ctx: Context, cue: Token) -> tuple[Mention, Strategy] | None:
    """The speaker of a reporting cue and the strategy that found it, or None."""
    for strategy in SPEAKER_STRATEGIES:
        found = strategy.find(ctx, cue)
        if found is NOBODY:
            return None
        if found is not None:
            return found, strategy
    return None


def subject(ctx: Context, cue: Token) -> Mention | None:
    found = speaker_of(ctx, cue)
    return found[0] if found else None


def in_verb_group(t: Token) -> bool:
    """Auxiliaries, adverbs, clitics and asides that stand before a verb ('a-t-il pour sa part', 'lui a', 'l'avait')."""
    return t.pos_ in ("AUX", "ADV") or t.dep_.startswith(("aux", "expl")) or t.lower_ in ("s'", "se", "-t") \
        or t.lower_ in cues.AVOIR or (t.pos_ == "PRON" and t.lower_ in OBJECT_CLITICS) \
        or t.lower_ in INVERTED_CLITICS or t.lower_ in DATIVES or cues.set_off_aside(t.doc, t.i) > 0


@per_token
def inversion_comma(cue: Token) -> Token | None:
    """'…, a déclaré X': the comma or closing quote mark right before a reporting verb (and its auxiliaries)
    when a whole clause or a quotation stands before it, else None."""
    doc = cue.doc
    mark = word_before_verb_group(cue)
    if mark is None or not inverting_mark(mark) or cannot_invert(cue, mark):
        return None
    i = mark.i
    before = doc[cue.sent.start:i]
    if governed_by_que(before, i) or subject_with_relative(before):
        return None
    clause = any((t.text in "»”\"" and not closes_name(t))
                 or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")) for t in before)
    return doc[i] if clause or resumes_after(cue) or after_quotation(mark) or quotation_after_incise(cue) else None


def inverting_mark(mark: Token) -> bool:
    """Punctuation that may end what an inverted verb reports; not a quotation opening right before the verb ('a
    « félicité le Niger »')."""
    return mark.is_punct and mark.text not in "«“"


def after_quotation(comma: Token) -> bool:
    """'« … », a déclaré X' where the sentence splitter cut after the closing mark: a comma that opens its
    sentence right after a closing quote mark."""
    before = [t for t in comma.doc[max(0, comma.i - 3):comma.i] if not t.is_space]
    return comma.text == "," and comma.i == comma.sent.start and bool(before) and before[-1].text in "»”\""


def closes_name(mark: Token) -> bool:
    """'…, sur la plate-forme « X », a appelé …': the closing mark of a quoted name."""
    opener = next((t for t in reversed(mark.doc[mark.sent.start:mark.i]) if t.text in "«“\""), None)
    return opener is not None and titled(mark.doc, opener.idx)


def titled(doc: Doc, start: int) -> bool:
    """Whether the word before a quotation opening at start introduces a name ('l'opération « … »', 'la
    plate-forme « X »'), however the tokenizer cut it."""
    words = parsed(doc)[max(0, start - 40):start].rstrip("«»“”„\"‹› \u00a0\u202f").split()
    return bool(words) and words[-1].lower() in TITLE_WORDS


def cannot_invert(cue: Token, mark: Token) -> bool:
    """A participle, a subjunctive, a verb after a closing bracket ('Le Parquet national financier (PNF) a exigé …':
    it closes the subject) or after a stressed pronoun set off ('X avait, lui, indiqué …'), a verb with what it says
    or its attribute right after it and no subject after it ('…, s'est déclaré favorable à …')."""
    return cues.is_participle(cue) or cues.subjunctive(cue) or mark.text in ")]" or says_next(cue) \
        or stressed_before(cue) or (attribute_after(cue) and not any(c.i > cue.i for c in parsed_subjects(cue)))


def subject_with_relative(before: Span) -> bool:
    """'Le chef de l'État, qui avait annoncé …, a justifié …': a phrase, then a relative clause that runs to the
    comma before the verb and holds every verb before it: the phrase is the verb's subject, nothing is inverted."""
    commas = [t for t in before if t.text == ","]
    if len(commas) != 1 or commas[0].i + 1 >= before.end or before.doc[commas[0].i + 1].lower_ not in ("qui", "dont"):
        return False  # another comma: the relative clause ends before a clause of its own ('X, qui …, a été …, a dit')
    return not any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in before.doc[before.start:commas[0].i])


def subject_with_aside(before: Span) -> bool:
    """'Le chef du parti, quant à lui,': a phrase with no verb, then an aside of the lexicon set off by commas."""
    doc, last = before.doc, before.end - 1
    n = aside_ending(doc, last) if last >= before.start else 0
    comma = last - n
    return n > 0 and comma > before.start and doc[comma].text == "," and not any(
        t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS or t.text == "," for t in doc[before.start:comma])


def says_next(cue: Token) -> bool:
    """'…, X, âgé de 60 ans, a dit vouloir …' parsed with no subject: a verb followed by what it says (an
    infinitive, 'que') has no subject after it to be inverted."""
    after = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if after is None or after.lower_ in cues.cue_lemma(cue).split():  # 'a fait savoir X': a locution's infinitive
        return False
    return cues.infinitive(after) or after.lower_ in ("que", "qu'")


def word_before_verb_group(cue: Token) -> Token | None:
    """The word before a verb and its auxiliaries, adverbs and asides ('…, a en outre déclaré')."""
    doc, i = cue.doc, cue.i - 1
    while i >= 0 and in_verb_group(doc[i]):
        i -= cues.set_off_aside(doc, i) or 1
    return doc[i] if i >= 0 else None


@per_token
def resumes_after(cue: Token) -> Token | None:
    """'La hausse des prix, a déclaré X, menace …': the comma that closes an incise set in the middle of the
    clause it reports, when a verb resumes that clause right after it."""
    doc, end = cue.doc, cue.sent.end
    comma = stop_after_verb(cue, lambda t: t.lower_ in CLAUSE_OPENING)
    if comma is None or comma.text != "," or (comma.i + 1 < end and doc[comma.i + 1].lower_ in RELATIVE_OPENERS):
        return None  # '…, a rendu hommage à X, qui a toujours …': a relative clause, not the reported clause resumed
    nxt = next((t for t in doc[comma.i + 1:end] if t.pos_ not in ("ADV", "PRON") and t.lower_ not in ("ne", "n'")),
               None)
    return comma if nxt is not None and nxt.i + 1 < end and (resumes_clause(nxt) or completes_verb(cue, nxt)) \
        else None


def completes_verb(cue: Token, word: Token) -> bool:
    """'Il faut, a-t-elle ajouté, investir …': an infinitive after the incise that completes the finite verb the
    clause broke off on."""
    comma = word_before_verb_group(cue)
    before = cue.doc[comma.i - 1] if comma is not None and comma.text == "," and comma.i else None
    return cues.infinitive(word) and before is not None and finite_verb(before)


def stop_after_verb(cue: Token, stop: Callable[[Token], bool]) -> Token | None:
    """The first comma, semicolon, colon or word that stop accepts within a dozen words after a verb."""
    return next((t for t in cue.doc[cue.i + 1:min(cue.sent.end, cue.i + 12)] if t.text in ",;:" or stop(t)), None)


def quotation_after_incise(cue: Token) -> bool:
    """'Cependant, a ajouté X, « … »': a comma after the verb's inverted subject, then a quotation."""
    doc, end = cue.doc, cue.sent.end
    comma = stop_after_verb(cue, lambda t: t.text in QUOTE_OPENERS)
    return comma is not None and comma.text == "," and comma.i + 1 < end and doc[comma.i + 1].text in QUOTE_OPENERS


def resumes_clause(word: Token) -> bool:
    """A finite verb, or a bare lower-case noun the tagger took for one ('…, menace gravement …'); not a title
    ('…, a déclaré X, porte-parole de Y'), the next incise ('…, a déclaré X') nor a participle with its agent
    ('…, a déclaré X, cité par l'agence Y')."""
    if (word.pos_ == "AUX" and cues.is_cue(word.head)) or (word.pos_ == "VERB" and cues.is_cue(word)):
        return False
    if word.pos_ in ("VERB", "AUX"):
        return "Fin" in word.morph.get("VerbForm")
    return word.pos_ == "NOUN" and word.text.islower() and word.lower_ not in ROLE_NOUNS | person_nouns() \
        and not any(c.dep_ == "det" for c in word.children) \
        and not (word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ == "par")


def governed_by_que(before: Span, i: int) -> bool:
    """'… que X a déclaré …': a 'que' before the verb that opens its clause (one inside a quotation does not)."""
    quoted = max([t.i for t in before if t.text in QUOTE_MARKS], default=-1)
    return any(t.lower_ in ("que", "qu'") and t.pos_ == "SCONJ" and t.head.i >= i and t.i > quoted for t in before)


def inverted(ctx: Context, cue: Token) -> Mention | None:
    """The subject after an inverted reporting verb: a pronoun, or the first bare noun phrase that ends the
    clause, past an aside and circumstances set off by commas ('…, a dénoncé jeudi, après l'avoir visitée, le
    directeur X')."""
    if inversion_comma(cue) is None or attribute_after(cue):
        return None
    return phrase_after(ctx, cue)


def by_relative_inversion(ctx: Context, cue: Token) -> Mention | None:
    """'« … ». C'est ce qu'a déclaré X': after 'ce qu'', the subject follows its verb, whatever the parse made of
    it."""
    return phrase_after(ctx, cue) if refers_to_words(cue) else None


def refers_to_words(cue: Token) -> bool:
    """Whether a verb follows 'c'est ce qu'', 'voilà ce qu'' or 'c'est l'appel qu'' ('C'est ce qu'a déclaré X':
    the words are those before; not 'Contrairement à ce qu'a affirmé X, …', nor 'comme l'a reconnu X, tandis que
    …', nor 'C'est le discours qu'a prononcé X qui a …'; 'Voici ce qu'a dit X :' points ahead)."""
    mark = word_before_verb_group(cue)
    if mark is None or mark.i < 3 or mark.lower_ not in ("qu'", "qu’") or points_ahead(cue):
        return False
    doc, head = cue.doc, cue.doc[mark.i - 1]
    lead = doc[mark.i - 2] if head.lower_ == "ce" else doc[mark.i - 3] if told_noun(head) else None
    return lead is not None and (lead.lemma_ == "être" or lead.lower_ == "voilà")


def points_ahead(cue: Token) -> bool:
    """Whether the sentence goes on after a verb with a colon or a quotation, or with a 'qui' before any comma
    that makes the clause the focus of a cleft ('C'est le discours qu'a prononcé X qui a mis le feu aux poudres')."""
    after = cue.doc[cue.i + 1:cue.sent.end]
    clause = list(takewhile(lambda t: t.text != ",", after))
    return any(t.text == ":" or cues.opening_mark(t) for t in after) or any(t.lower_ == "qui" for t in clause)


def told_noun(noun: Token) -> bool:
    """'C'est l'appel qu'a lancé X': a noun of words said (kg/lexicon/source_nouns.tsv, kind 'told') after its
    determiner."""
    return noun.lower_ in lexicon.source_nouns()["told"] and noun.i > 0 and noun.doc[noun.i - 1].pos_ == "DET"


def phrase_after(ctx: Context, cue: Token) -> Mention | None:
    """The subject after a verb: a pronoun, or the first bare noun phrase that ends the clause, past an aside and
    circumstances."""
    doc = cue.doc
    skip = cue.i + 1 + cues.aside_from(doc, cue.i + 1)  # '…, estime quant à elle X'
    for t in doc[skip:min(len(doc), cue.i + 25)]:
        if t.lower_ in ("il", "elle", "ils", "elles") or t.lower_ in INVERTED_CLITICS:
            return speaker_of_np(ctx, t)
        if t.text in CLAUSE_ENDS or "\n" in t.text or t.lower_ in CLAUSE_OPENING or opens_gerund(t):
            break  # past 'que' the words reported, past 'qui', 'lorsque', 'en faisant' another clause
        if t.lower_ in AFTER_INVERSION or t.pos_ == "NUM" or in_phrase(ctx, t):
            continue
        found = inverted_phrase(ctx, t)
        if found is not None:
            return found
    return None


def stressed_before(cue: Token) -> bool:
    """'X avait, lui, indiqué dans Le Grand Jury de RTL, Le Figaro et LCI, que …': a stressed pronoun set off before
    the verb (and its adverbs) stands for a subject before it."""
    i = cue.i - 1
    while i > 0 and cue.doc[i].pos_ == "ADV":
        i -= 1
    return cues.stressed_set_off(cue.doc, i)


def attribute_after(cue: Token) -> bool:
    """'…, s'est déclaré favorable à une réunion X-Y': a verb with an adjective right after it says what its
    subject (before it) is, it inverts no subject."""
    nxt = next((t for t in cue.doc[cue.i + 1:cue.sent.end] if t.pos_ != "ADV"), None)
    return nxt is not None and nxt.pos_ == "ADJ" and nxt.text[:1].islower()


def opens_gerund(t: Token) -> bool:
    """'en faisant référence à …': 'en' before a present participle opens a clause of its own."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.lower_ == "en" and nxt is not None and nxt.pos_ in ("VERB", "AUX") and nxt.lower_.endswith("ant")


def inverted_phrase(ctx: Context, t: Token) -> Mention | None:
    """The agent a phrase after an inverted verb names, when it ends the clause or the parse makes it the subject;
    a name set off right after a description is that person ('la présidente du syndicat (FSE), Josée X.')."""
    m = ctx.at(t)
    if not ((m is not None and m.type in AGENT_TYPES | {"Place"}) or partitive(t)
            or (t.pos_ in ("NOUN", "PROPN") and (t.dep_ not in LOOSE or determined_apart(t)))):
        return None
    if not (phrase_ends_clause(ctx, t, m) or t.dep_.startswith("nsubj") or titled_to_clause_end(t)):
        return None
    return (apposed_name(ctx, t) if m is None else None) or speaker_of_np(ctx, t)


def titled_to_clause_end(t: Token) -> bool:
    """'a lancé la maire Les Républicains du 7e arrondissement, affirmant …' parsed in pieces: a noun that titles
    a person, then no verb up to the comma or stop that ends the clause."""
    if not is_title(t):
        return False
    for x in t.doc[t.i + 1:t.sent.end]:
        if x.text in CLAUSE_ENDS or x.text == "," or "\n" in x.text:
            return True
        if x.pos_ in ("VERB", "AUX", "SCONJ") or x.lower_ in CLAUSE_OPENING:
            return False
    return True


def determined_apart(t: Token) -> bool:
    """'a lancé avant le vote le Premier ministre', 'a indiqué à l'AFP des sources': a noun with its own
    determiner and no preposition, which the parse hangs on the noun before it."""
    article = [c for c in t.children if c.dep_ == "det" or (c.dep_ == "case" and article_after_name(c))]
    cases = [c for c in t.children if c.dep_ == "case" and not article_after_name(c)]
    return t.dep_ == "nmod" and bool(article) and not cases


def partitive(t: Token) -> bool:
    """'un de ses responsables': 'un' or 'une' heading the people it is one of."""
    return t.pos_ == "PRON" and t.lower_ in ("un", "une") and any(c.dep_ == "nmod" for c in t.children)


def phrase_ends_clause(ctx: Context, t: Token, m: Mention | None) -> bool:
    """The phrase t heads ends the clause, with its relative clause or without it ('a réitéré le président du
    gouvernement, qui a vécu …')."""
    bare = [w.idx + len(w) for w in np_tokens(t) if not w.is_punct]
    whole = t.right_edge.idx + len(t.right_edge)
    return any(ends_clause(ctx, max([m.end if m else 0] + ends)) for ends in (bare, [whole]))


def in_phrase(ctx: Context, token: Token) -> bool:
    """Inside a prepositional phrase ('en réponse aux critiques de X', 'à la presse', 'du président X'): a
    preposition right before the phrase (its determiners, adjectives and, before a name, its title skipped);
    the parse often hangs an inverted subject on the phrase before it, so the words decide."""
    m = ctx.at(token)
    i = (ctx.doc.char_span(m.start, m.end, alignment_mode="expand")[0].i if m is not None else token.i) - 1
    while i >= 0 and ((ctx.doc[i].pos_ in ("DET", "ADJ", "NUM") and ctx.at(ctx.doc[i]) is None)
                      or (m is not None and is_title(ctx.doc[i]))):
        i -= 1  # a name tagged as an adjective ('depuis Kiev le président') ends the walk
    word = ctx.doc[i] if i >= 0 else None
    return word is not None and word.pos_ == "ADP" and word.lower_ not in ("selon",) and not article_after_name(word)


def article_after_name(word: Token) -> bool:
    """'a indiqué à l'AFP des sources locales': 'des' right after a name is an article, not 'of the'."""
    return word.lower_ == "des" and word.i > 0 and word.doc[word.i - 1].pos_ == "PROPN"


def first_token(ctx: Context, m: Mention) -> Token:
    return ctx.doc.char_span(m.start, m.end, alignment_mode="expand")[0]


def is_title(token: Token) -> bool:
    """'président', 'ministre', 'général': a role noun that can stand right before a name."""
    return token.pos_ == "NOUN" and (token.lower_ in ROLE_NOUNS or names.fold(token.text) in lexicon.offices())


def ends_clause(ctx: Context, pos: int) -> bool:
    """An inverted subject ends its clause: next comes punctuation, the end, a circumstance, its relative
    clause ('…, s'est réjoui X qui avait …') or a participle's ('…, a conclu le ministre ajoutant que …')."""
    doc = ctx.doc
    following = doc.char_span(pos, len(parsed(doc)), alignment_mode="expand")
    nxt = next((t for t in following if not t.is_space), None) if following is not None else None
    return nxt is None or nxt.is_punct or nxt.lower_ in AFTER_INVERSION or nxt.pos_ == "ADV" \
        or nxt.lower_ in RELATIVE_OPENERS or (nxt.pos_ == "VERB" and cues.is_participle(nxt))


def participle_subject(ctx: Context, cue: Token) -> Mention | None:
    """'Tout en reconnaissant que …, X a assuré …': the main clause's subject; 'cité Kim disant que …'; '…,
    louant …' after a reporting verb; '…, soulignant …' under 'selon X': the name right before; for a gerund
    ('en lui reprochant'), the subject of its verb; else the speaker of the first reporting verb above, before
    or governing it that has one, else the person subject of the clause it hangs on ('Selon des sources, X
    faisait référence …, expliquant …'), else the sentence's 'selon X', else the subject of that clause ('X est
    alarmé …, soulignant …'), else the sentence's subject."""
    doc = cue.doc
    found = fronted_subject(ctx, cue) or named_right_before(ctx, cue)
    if found is not None:
        return found
    earlier = leading_words(ctx, cue, [t for t in reversed(doc[cue.sent.start:cue.i]) if not cues.is_participle(t)])
    if gerund(cue):
        return gerund_subject(ctx, cue, earlier)
    above = leading_words(ctx, cue, list(cue.ancestors))
    found = next((m for anchor in above + earlier for m in [subject(ctx, anchor)] if m is not None), None)
    return found or unanchored_participle_subject(ctx, cue)


def leading_words(ctx: Context, cue: Token, tokens: list[Token]) -> list[Token]:
    """The words of tokens that lead a clause a participle may go on with; a verb of words quoted before it is
    none when the participle stands outside the quotation."""
    quoted = ctx.inside_quote(cue.idx)
    return [t for t in tokens if leads(ctx, t) and (quoted or not ctx.inside_quote(t.idx))]


def named_right_before(ctx: Context, cue: Token) -> Mention | None:
    """The agent named by the noun right before a participle ('cité Kim disant que …')."""
    word = cue.doc[cue.i - 1] if cue.i else None
    before = ctx.at(word) if word is not None and word.pos_ in ("PROPN", "NOUN") else None
    return before if before is not None and before.type in AGENT_TYPES else None


def fronted_subject(ctx: Context, cue: Token) -> Mention | None:
    """'Tout en reconnaissant que …, M. Starmer a assuré …': a participle that opens the sentence speaks for the
    subject of the main clause after its comma."""
    comma = cues.main_clause_comma(cue) if cues.opening_participle(cue) else None
    return subject_after(ctx, comma) if comma is not None else None


def subject_after(ctx: Context, comma: Token) -> Mention | None:
    """The agent the first noun after a comma names (the main clause's subject)."""
    head = next((t for t in comma.doc[comma.i + 1:comma.sent.end] if t.pos_ in ("NOUN", "PROPN")), None)
    who = speaker_of_np(ctx, head) if head is not None else None
    return who if who is not None and who is not NOBODY and who.type in AGENT_TYPES else None


def gerund_subject(ctx: Context, cue: Token, earlier: list[Token]) -> Mention | None:
    """A gerund's subject is its verb's: the speaker of a verb of saying of the main clause before it, else the
    subject of the main clause."""
    main = [t for t in earlier if t.dep_ in ("ROOT", "parataxis", "conj")]
    return next((m for t in main for m in [subject(ctx, t)] if m is not None), None) or main_clause_subject(ctx, cue) \
        or opening_gerund_speaker(ctx, cue)


def opening_gerund_speaker(ctx: Context, cue: Token) -> Mention | None:
    """'En précisant qu'ils déposeraient …', 'Tout en rappelant que …' opening a sentence with no verb of its
    own (the parse may root it on its stop): it goes on with the last speaker of the sentence before."""
    words = [t.lower_ for t in cue.sent if not t.is_space and t.i < cue.i]
    root = cue.sent.root
    if words not in cues.GERUND_OPENINGS or (root not in (cue, cue.head) and not root.is_punct):
        return None
    return speaker_before(ctx, cue, back=1)


def leads(ctx: Context, verb: Token) -> bool:
    """A verb of saying whose speaker a participle after it can take: one that reports here, outside quotations
    and asides between dashes."""
    return cues.is_cue(verb) and reports_here(verb) and not ctx.inside_quote(verb.idx) and not set_apart(verb)


def reports_here(verb: Token) -> bool:
    """A verb of saying that reports here: any but those that need a quotation ('lancer'), unless a quotation
    closes right before it ('« … », a lancé X, affirmant …')."""
    if not cues.restricted(verb):
        return True
    before = word_before_verb_group(verb)
    return before is not None and before.i > 0 and before.text == "," and before.nbor(-1).text in QUOTE_MARKS


def unanchored_participle_subject(ctx: Context, cue: Token) -> Mention | None:
    """A participle with no verb of saying to go on with: a person subject of the clause it hangs on, else the
    sentence's 'selon X', else that clause's subject, else the sentence's subject."""
    own = clause_subject(ctx, cue)
    if own is not None and 0 <= own.start and ctx.inside_quote(own.start) and not ctx.inside_quote(cue.idx):
        own = None  # 'X a insisté sur le fait que « le Hamas ne gouvernera pas », soulignant …' is not the Hamas's
    person = own is not None and own.type == "Person" and not own.unnamed
    return (own if person else None) or relay_of(ctx, cue.sent) or own or sentence_subject(ctx, cue)


def sentence_subject(ctx: Context, cue: Token) -> Mention | None:
    """'Plus tôt, Donald Trump s'en était pris au juge X, promettant que …' parsed with the participle hung on a
    noun: the first agent named in the sentence before it, outside a prepositional phrase."""
    return next((m for m in ctx.starting(cue.sent.start_char, cue.idx) if m.type in AGENT_TYPES
                 and not ctx.inside_quote(m.start) and not in_phrase(ctx, first_token(ctx, m))), None)


def gerund(cue: Token) -> bool:
    """'en lui reprochant', 'en affirmant': a gerund, whose subject is always that of the verb it hangs on."""
    window = [t.lower_ for t in cue.doc[max(cue.sent.start, cue.i - 3):cue.i]]
    return "en" in window and all(w in ("en", "lui", "leur", "y", "le", "la", "les", "l'", "se", "s'", "ne", "n'")
                                  for w in window[window.index("en"):])


def main_clause_subject(ctx: Context, cue: Token) -> Mention | None:
    """The subject of the sentence's main verb when it comes before the gerund (a gerund hung on a verb of the
    que-clause still speaks for the main subject: 'X a assuré que le gouvernement fera …, en affirmant …'),
    else that of the verb the gerund hangs on."""
    root = cue.sent.root
    if root.i < cue.i and root.pos_ in ("VERB", "AUX") and not ctx.inside_quote(root.idx):
        own = by_subject(ctx, root)
        if own is not None and own is not NOBODY:
            return own
    return clause_subject(ctx, cue)


def clause_subject(ctx: Context, cue: Token) -> Mention | None:
    """The subject of the verb a participle hangs on."""
    head = cue.head if cue.head.i != cue.i and (cue.head.pos_ in ("VERB", "AUX") or cues.verbal(cue.head)) else None
    own = by_subject(ctx, head) if head is not None else None
    return own if own is not NOBODY else None


def previous_cue(ctx: Context, token: Token) -> Token | None:
    """The last finite reporting verb before token in its sentence, outside quotations: a participle goes on
    with it."""
    return next((t for t in reversed(token.doc[token.sent.start:token.i]) if cues.is_cue(t) and not cues.is_participle(t)
                 and not ctx.inside_quote(t.idx)), None)


def governing_cue(ctx: Context, token: Token, *, finite: bool = False) -> Token | None:
    """The nearest reporting verb above token in the parse, outside quotations (with finite, past the
    participles and gerunds)."""
    return next((a for a in token.ancestors if cues.is_cue(a) and not ctx.inside_quote(a.idx)
                 and not (finite and cues.is_participle(a))), None)


def relay_of(ctx: Context, sent: Span) -> Mention | None:
    """The source a sentence is attributed to: the first of RELAYS that names one at a word of the sentence (found
    once per sentence)."""
    if sent.start_char not in ctx.relays:
        ctx.relays[sent.start_char] = next((m for t in sent for relay in RELAYS if (m := relay(ctx, t)) is not None),
                                           None)
    return ctx.relays[sent.start_char]


def relay_after(ctx: Context, t: Token) -> Mention | None:
    """'selon X', 'd'après X'."""
    if not cues.is_relay(t) or cues.relay_np(t).i == t.i:
        return None
    return apposed_name(ctx, cues.relay_np(t)) or speaker_of_np(ctx, cues.relay_np(t), stop_at_comma=True)


def relay_agent(ctx: Context, t: Token) -> Mention | None:
    """'…, cité par X', 'relayé par X'."""
    if not cues.relays(t) or t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ != "par":
        return None
    agent = t.doc[t.i + 1].head
    return speaker_of_np(ctx, agent, stop_at_comma=True) if agent.i != t.i else None


def relay_inverted(ctx: Context, t: Token) -> Mention | None:
    """'« … », a dit X, rapporte l'agence Y': a relaying verb after another verb of saying."""
    if not (cues.relays(t) and t.pos_ == "VERB"):
        return None
    start = sentence_bounds(t.doc)[sentence_index(t)][0]
    return inverted(ctx, t) if any(cues.is_cue(v) for v in t.doc[start:t.i] if v is not t) else None


TELLING = frozenset({"assert", "announce", "report", "explain", "deny", "admit", "estimate", "insist", "add", "reply"})


def medium_passing_on(ctx: Context, cue: Token) -> Mention | None:
    """'Le Point rappelle que Pyongyang a confirmé avoir …': a medium, the subject of a verb of saying whose
    clause has a verb of saying with a subject of its own, passes the other's words on (returned: the medium)."""
    subject = medium_subject(ctx, cue) if cues.is_cue(cue) else None
    if subject is None:
        return None
    inner = (t for t in cue.subtree if t is not cue and cues.is_cue(t) and reporting_ancestor(t) == cue
             and getattr(cues.entry(t), "polarity", None) in TELLING)  # not 'a rapporté que le Hamas a proposé …'
    return subject if any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for t in inner for c in t.children) \
        else None


def medium_subject(ctx: Context, verb: Token) -> Mention | None:
    """The medium the gazetteer knows in a verb's subject ('le quotidien Le Monde')."""
    return next((m for c in verb.children if c.dep_ == "nsubj" for t in c.subtree if (m := ctx.at(t)) is not None
                 and m.key in cues.media_ids()), None)


RELAYS = (relay_after, relay_agent, relay_inverted, medium_passing_on)


# ---- the cue of a quotation ---------------------------------------------------------------------------

SPOKES = frozenset(lexicon.source_nouns()["spokes"])  # who speaks for another: 'son porte-parole', 'son entourage'


def spokesperson_after(cue: Token) -> bool:
    """'…, a indiqué samedi son porte-parole, X': an inverted verb whose subject speaks for someone else."""
    after = [t for t in cue.doc[cue.i + 1:min(cue.sent.end, cue.i + 6)] if t.pos_ in ("NOUN", "PROPN")
             and names.fold(t.text) not in lexicon.time_words()]
    return bool(after) and after[0].lower_ in SPOKES and inversion_comma(cue) is not None


def incise(ctx: Context, quote: Span) -> Token | None:
    """'« … », a déclaré X', '« … . … », a-t-il ajouté', '« … », X a dit': a verb right after the closing
    mark (a name or an aside may stand before it: 'a pour sa part affirmé'), any verb when an inverted subject
    follows it ('« … », tranche X')."""
    doc = quote.doc
    if new_sentence_after(quote):
        return None
    window = range(quote.end, min(len(doc), quote.end + 12))
    aside = aside_tokens(doc, window)
    for t in (doc[j] for j in window):
        if "\n" in t.text or t.text in (".", "!", "?", "…"):
            return None  # past the end of the sentence: no incise
        if t.lower_ in cues.AVOIR and t.i + 1 < len(doc) and cues.verbal(doc[t.i + 1]):
            continue  # an auxiliary the tagger took for the verb: '« … » le président a tweeté'
        if cues.verbal(t) and not cues.negated(t):
            return incise_verb(ctx, quote, impersonal_infinitive(t) or t)
        if not before_incise_verb(ctx, t, aside):
            return None
    return None


def impersonal_infinitive(verb: Token) -> Token | None:
    """'« … », peut-on lire dans le communiqué': the infinitive after an inverted 'peut-on', the verb of the
    incise."""
    doc = verb.doc
    if verb.lemma_ != "pouvoir" or verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "-on":
        return None
    return doc[verb.i + 2] if cues.infinitive(doc[verb.i + 2]) else None


def source_after(ctx: Context, cue: Token, quote: Span) -> Token | None:
    """'X a revendiqué la victoire, « puni par les électeurs » d'après l'opposition': a 'selon' or 'd'après' and a
    noun phrase right after a quotation that a verb before it does not introduce gives its source, unless a medium
    passes it on (not 'selon lui', the speaker's own)."""
    relay = relay_right_after(quote) if not introduces(cue, quote) else None
    np = cues.relay_np(relay) if relay is not None else None
    return relay if np is not None and np.pos_ in ("NOUN", "PROPN") and not medium_phrase(ctx, np) else None


def relay_right_after(quote: Span) -> Token | None:
    """A 'selon' or 'd'après' right after a quotation, past its closing mark and a comma."""
    doc = quote.doc
    after = [t for t in doc[quote.end:min(len(doc), quote.end + 4)] if not (t.is_space or t.text in QUOTE_MARKS)]
    after = after[1:] if after and after[0].text == "," else after
    after = after[1:] if after and after[0].lower_ in ("d'", "d’") else after
    return after[0] if after and after[0].lower_ in cues.SOURCE_RELAYS and cues.is_relay(after[0]) else None


def medium_phrase(ctx: Context, np: Token) -> bool:
    """A noun phrase that names a medium: an agency or a paper by its noun or by the gazetteer."""
    return any(names.fold(t.text) in cues.MEDIUM_NOUNS or getattr(ctx.at(t), "key", None) in cues.media_ids()
               for t in np.subtree)


def before_incise_verb(ctx: Context, t: Token, aside: set[int]) -> bool:
    """A word that may stand between a quotation and its incise verb: punctuation, an auxiliary ('a', which the
    tagger may take for a foreign word), an adverb, a pronoun, a name, an aside, a title and its article ('« … »
    le président a tweeté')."""
    named = ctx.at(t)
    title = t.pos_ == "DET" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in person_words() \
        and t.doc[t.i - 1].text != ":"  # '« … » : le procureur a requis …' is the colon's
    return t.is_punct or t.is_space or t.pos_ in ("AUX", "ADV", "PRON") or title or t.lower_ in person_words() \
        or (named is not None and named.type in AGENT_TYPES) or t.i in aside or t.lower_ in cues.AVOIR


def aside_tokens(doc: Doc, window: range) -> set[int]:
    """Indices of the tokens of the asides of the lexicon that end in window."""
    return {k for j in window for k in range(j - aside_ending(doc, j) + 1, j + 1)}


def incise_verb(ctx: Context, quote: Span, verb: Token) -> Token | None:
    """The first verb after a quotation as its cue: a verb of saying (not a participle, present or passive, not a
    spokesperson or a medium passing on what a named speaker said before the quotation), or any verb with an
    inverted subject after a comma ('« … », tranche X', '« … », a-t-il provoqué'; not '« … » représentent la
    dernière estimation')."""
    if cues.is_cue(verb):
        passed_on = (spokesperson_after(verb) or cues.relays(verb)) and any(
            cues.is_cue(v) and any(c.dep_ == "nsubj" for c in v.children) for v in quote.doc[quote.sent.start:quote.start])
        not_incise = cues.is_participle(verb) or cues.passive_participle(verb) or in_series(ctx, verb)
        return None if not_incise or passed_on else verb
    no_object = not any(c.dep_ == "obj" for c in verb.children)
    return verb if no_object and inverted_incise(ctx, verb) else None


def inverted_incise(ctx: Context, verb: Token) -> bool:
    """'« … », tranche X', '« … », a-t-il provoqué': a verb after the comma with its subject after it, or an
    inverted clitic in its group."""
    return inverted_after_comma(ctx, verb) or clitic_after_comma(verb)


def clitic_after_comma(verb: Token) -> bool:
    """An inverted clitic between the comma of an incise and just past its verb ('a-t-il', 'tranche-t-elle')."""
    comma = inversion_comma(verb)
    return comma is not None and comma.text == "," and any(
        t.lower_ in INVERTED_CLITICS for t in verb.doc[comma.i + 1:min(len(verb.doc), verb.i + 2)])


def inverted_after_comma(ctx: Context, verb: Token) -> bool:
    """'…, a déclaré X' / '« … », tranche X': a verb after a comma with its subject after it."""
    comma = inversion_comma(verb)
    return comma is not None and comma.text == "," and inverted(ctx, verb) is not None


def new_sentence_after(quote: Span) -> bool:
    """'« … trop grand. » Elle a également …': a quotation that ends its sentence, then a capital: what follows is
    the next sentence, not an incise."""
    doc = quote.doc
    after = next((t for t in doc[quote.end:min(len(doc), quote.end + 3)] if t.text not in QUOTE_MARKS and not t.is_space), None)
    return quote.text.rstrip()[-1:] in ".!?…" and after is not None and after.text[:1].isupper()


def opening_relay(ctx: Context, cue: Token) -> Token | None:
    """'Selon Martine Vassal, Benoît Payan a opposé une fin de non-recevoir à son offre : « … »': a sentence that
    opens on 'selon' a person, then a comma, is that person's account; its verbs of saying are told by it."""
    first = next((t for t in cue.sent if not t.is_space), None)
    if first is None or first.i >= cue.i or not cues.is_relay(first):
        return None
    np = cues.relay_np(first)
    if cue.i <= np.right_edge.i:  # 'Pour X, qui a annoncé que …,': a clause of the phrase itself
        return None
    comma = next((t for t in cue.doc[np.i + 1:cue.i] if t.text == ","), None)
    who = speaker_of_np(ctx, np, stop_at_comma=True) if comma is not None else None
    return first if who is not None and who.type == "Person" and not who.unnamed else None


def introduced(ctx: Context, quote: Span) -> Token | None:
    """'X a déclaré : « … »', 'selon X, « … »': the closest cue before the quotation in its sentence (a 'selon'
    right after it, when that cue does not introduce it); when that verb is itself inside what another verb
    reports, the outer one, unless a clause with a speaker of its own opens between them ('…, bien que Y ait
    insisté « … »')."""
    doc = quote.doc
    sent = quote[0].sent
    if not parsed(doc)[sent.start_char:quote.start_char].strip(" \n«“\"") and sent.start > 0:
        sent = colon_sentence(doc[sent.start - 1].sent) or sent
    for t in reversed(doc[sent.start:min(quote.start, sent.end)]):
        if cues.is_relay(t):
            return t
        if cues.is_cue(t) and (not cues.restricted(t) or introduces(t, quote)):
            if (relay := relay_instead(ctx, t, quote)) is not None:
                return relay
            outer = reporting_ancestor(t)
            return outer if outer is not None and not cues.is_participle(t) and contrast_before(t) is None \
                and not colon_before(t, quote) else t
    return None


def relay_instead(ctx: Context, cue: Token, quote: Span) -> Token | None:
    """The 'selon' that gives a quotation its source in place of the verb before it: one opening the sentence,
    or one right after the quotation."""
    return opening_relay(ctx, cue) or source_after(ctx, cue, quote)


def colon_before(cue: Token, quote: Span) -> bool:
    """'X rapporte que Y a déclaré devant les députés : « … »': a colon between a verb of saying and the
    quotation makes the quotation that verb's own words, whoever reports them."""
    return any(t.text == ":" for t in cue.doc[cue.i + 1:quote.start])


def introduces(cue: Token, quote: Span) -> bool:
    """'X a lancé : « … »', 'a poursuivi que « … »': the quotation or its 'que' comes right after the verb; or
    the parse hangs the quotation on the verb past a phrase with no verb ('a insisté sur le réseau X « … »'); a
    perfect infinitive's auxiliary does not count ('a indiqué avoir « frappé … »')."""
    between = [t for t in cue.doc[cue.i + 1:quote.start]
               if not t.is_space and t.text not in QUOTE_MARKS and t.lower_ not in INFINITIVE_AUXILIARIES]
    if len(between) <= 3 and (not between or between[-1].text in (":", ",") or que_after(cue) is not None):
        return True
    return quote.root.head == cue and not any(t.pos_ in ("VERB", "AUX") for t in between)


def colon_sentence(sent: Span) -> Span | None:
    """'X a évoqué la position iranienne :' ending the line before a quotation introduces it."""
    words = [t for t in sent if not t.is_space]
    return sent if words and words[-1].text == ":" else None


def governed(ctx: Context, quote: Span) -> Token | None:
    """A reporting verb later in the sentence the quotation ends in: one inverted after a comma ('« … » après …,
    a annoncé X'), else one above the quotation in the parse, else a 'selon' outside the quotation."""
    later = [t for t in quote[-1].sent if t.i >= quote.end and cues.is_cue(t) and not ctx.inside_quote(t.idx)]
    above = {a.i for a in quote.root.ancestors}
    return next((t for t in later if inversion_comma(t) is not None), None) \
        or next((t for t in later if t.i in above), None) or relay_outside(ctx, quote[0].sent)


def relay_outside(ctx: Context, sent: Span) -> Token | None:
    """The first 'selon' of a sentence that stands outside quotation marks."""
    return next((t for t in sent if cues.is_relay(t) and not ctx.inside_quote(t.idx)), None)


INFINITIVE_AUXILIARIES = frozenset({"avoir", "être"})
QUOTE_OPENERS = frozenset({"«", "“", '"'})
CONTRASTS = frozenset({"tandis", "mais", "cependant", "pourtant"})
CONTRAST_PAIRS = {"alors": ("que", "qu'"), "bien": ("que", "qu'"), "même": ("si", "s'")}  # 'alors que', 'bien que'
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})


def contrast_before(cue: Token) -> Token | None:
    """'X a affirmé que …, tandis que Y a déclaré que …': the word opening a clause with a speaker of its own
    ('tandis', 'alors que', 'bien que', 'même si', 'mais') between the verb whose words seem to hold the cue and
    the cue."""
    outer = reporting_ancestor(cue)
    if outer is None or outer.i > cue.i:
        return None
    doc = cue.doc
    marks = [t for t in doc[outer.i + 1:cue.i] if opens_contrast(t)]
    if not marks:
        return None
    between = doc[marks[-1].i + 1:cue.i]
    named = any(t.pos_ == "PROPN" or t.lower_ in SUBJECT_PRONOUNS or t.dep_.startswith("nsubj") for t in between)
    return marks[-1] if named and not any(t.text in QUOTE_MARKS for t in between) else None


def opens_contrast(t: Token) -> bool:
    """'tandis', 'mais', or the first word of 'alors que', 'bien que', 'même si'."""
    nxt = t.doc[t.i + 1].lower_ if t.i + 1 < len(t.doc) else ""
    return t.lower_ in CONTRASTS or nxt in CONTRAST_PAIRS.get(t.lower_, ())


def reporting_ancestor(token: Token) -> Token | None:
    """The outermost reporting verb whose complement holds token ('a précisé que … ne pouvaient pas dire'),
    in the parse or, when the parse lost the clause, by a 'que' right after an earlier reporting verb."""
    found, t = None, token
    while t.dep_ in COMPLEMENT_DEPS and t.head.i != t.i and not relative_clause(t) and not finite_xcomp(t):
        t = t.head
        if cues.is_cue(t) and not cues.is_participle(t):
            found = t
    if found is not None or token.dep_ == "ROOT" or own_clause(token):
        return found
    return next((c for c in token.doc[token.sent.start:token.i] if cues.is_cue(c) and not cues.is_participle(c)
                          and not cues.restricted(c) and getattr(que_after(c), "i", len(token.doc)) < token.i
                          and not any(t.text in QUOTE_MARKS for t in token.doc[c.i:token.i])), None)


def finite_xcomp(token: Token) -> bool:
    """'…, X a répondu « … »' parsed as the infinitive complement of a verb before it: a verb with a finite
    auxiliary of its own heads its own clause."""
    return token.dep_ == "xcomp" and any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm")
                                         for c in token.children)


def own_clause(token: Token) -> bool:
    """'…, et Donald Trump lance même : « … »': a verb joined by ', et' or ', mais' with a subject of its own and no
    'que' opens a clause of its own, whatever the parse hangs it on."""
    deps = {c.dep_: c for c in token.children}
    return token.dep_ == "conj" and "nsubj" in deps and "mark" not in deps \
        and any(c.dep_ == "cc" and c.lower_ in ("et", "mais") and c.i > 0 and c.doc[c.i - 1].text == ","
                for c in token.children)


def relative(cue: Token, que: Token) -> bool:
    """'a démenti tout transfert d'armes, que X avait qualifié …': a 'que' right after the verb's object
    refers back to it (an 'object' the parse found after the 'que', inside the clause, does not); not after the
    one a verb of telling addresses ('a informé les passagers que les vols …'), nor after a day the parse took
    for an object ('a admis jeudi que …')."""
    return any(c.dep_ == "obj" and c.i < que.i <= c.right_edge.i + 2 and names.fold(c.text) not in lexicon.time_words()
               for c in cue.children) and not tells_addressee(cue, que)


def relative_clause(clause: Token) -> bool:
    """A clause the parse hangs on a verb as its complement but whose 'que' refers back to the verb's object."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("que", "qu'")), None)
    return mark is not None and relative(clause.head, mark)


def que_after(cue: Token) -> Token | None:
    """The 'que' that opens what a verb reports, past the circumstances, appositions and asides between dashes
    or brackets ('a assuré vendredi au ministre, en visite à Pyongyang, que …', 'a expliqué – selon ce qu'a
    rapporté l'agence X – que …'): no other finite verb comes first."""
    doc, i = cue.doc, cue.i + 1
    while i < cue.sent.end:
        t = doc[i]
        if t.lower_ in ("que", "qu'") and (t.pos_ == "SCONJ" or t.dep_ == "mark" or after_addressee(cue, t)
                                           or object_taken(cue, t)):
            return None if doc[t.i - 1].lower_ in CONJUNCTIONS or relative(cue, t) else t
        if t.text in (".", ";", ":") or t.text in QUOTE_MARKS or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")):
            return None
        i = aside_closed(t) + 1
    return None


ASIDE_MARKS = {"–": "–", "—": "—", "(": ")"}


def set_apart(t: Token) -> bool:
    """A word inside an aside between dashes or brackets ('X a expliqué – selon ce qu'a rapporté l'agence Y – que
    …, ajoutant …': 'rapporté' does not lead the participle)."""
    opening = next((x for x in reversed(t.doc[t.sent.start:t.i]) if x.text in ASIDE_MARKS or x.text == ")"), None)
    return opening is not None and opening.text in ASIDE_MARKS and aside_closed(opening) > t.i


def aside_closed(t: Token) -> int:
    """Where an aside between dashes or brackets that opens at t closes in its sentence, else t itself."""
    close = ASIDE_MARKS.get(t.text)
    end = next((x.i for x in t.doc[t.i + 1:t.sent.end] if x.text == close), None) if close else None
    return end if end is not None else t.i


def after_addressee(cue: Token, que: Token) -> bool:
    """'a déclaré à l'Agence France-Presse qu'elle vérifiait …', 'a prévenu les députés que le texte serait voté'
    parsed as a relative clause on the one spoken to: the 'que' opens what was said."""
    clause = que.head
    told = clause.head
    return clause.dep_ == "acl:relcl" and told.head == cue and (any(
        c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in told.children)
        or (told.dep_ == "obj" and tells_addressee(cue, que)))


def tells_addressee(cue: Token, que: Token) -> bool:
    """'a informé les passagers que les vols restent suspendus', 'a prévenu les députés que le texte serait voté':
    after the object of a verb of telling (kg/lexicon/addressing_verbs.tsv), a 'que' opens what was told unless it
    is the object of an active verb of its clause ('a averti les habitants que la crue avait chassés')."""
    clause = que.head
    if cue.lemma_.lower() not in lexicon.addressing_verbs() or clause.i == que.i:
        return False
    passive = any(c.dep_ == "aux:pass" for c in clause.children)
    own_object = any(c.dep_ == "obj" and c.i != que.i for c in clause.children)
    return que.dep_ != "obj" or passive or own_object


def object_taken(cue: Token, que: Token) -> bool:
    """'a déclaré sous couvert d'anonymat que Téhéran avait accepté l'accord' parsed as a relative clause on a noun
    of the verb's circumstances: a 'que' made the object of a verb that has an object already opens what was said."""
    clause = que.head
    return que.dep_ == "obj" and clause.dep_ == "acl:relcl" and cue in clause.ancestors \
        and any(c.dep_ == "obj" and c.i > que.i for c in clause.children)


def labelled(ctx: Context, quote: Span) -> tuple[Mention, str] | None:
    """'X : « … »' (live blogs, interviews): an agent, and nothing else, before a colon that opens the line; not
    the topic a live blog gives its line ('14-48 : Sur les vols vers l'Égypte : « … »'); a person before where
    he speaks ('Blaise Compaoré à l'Élysée : « … »')."""
    text = parsed(quote.doc)
    line_start, head = label_of(text, quote.start_char)
    if not head.endswith(":") or len(head) > 80:
        return None
    label = line_label(ctx, line_start, line_start + len(head) - 1, quote.start_char)
    if label is None:
        return None
    opening = {w.lower() for w in re.findall(r"[^\W\d_]+", text[line_start:label.start])}
    return (label, "déclarer") if not opening & TOPIC_OPENERS else None


def label_of(text: str, start: int) -> tuple[int, str]:
    """Where the label of a quotation starting at start begins, and its words up to the quotation: on the
    quotation's own line from its last sentence, or the line before when the quotation opens its line ('Pierre
    Martin :' then '« … »')."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip(" \t«“\""):
        previous = text[:line_start].rstrip()
        line_start = text.rfind("\n", 0, len(previous)) + 1 if previous.endswith(":") else line_start
    ends = list(SENTENCE_BREAK.finditer(text, line_start, start))  # '… . Un avis partagé par X : « … »'
    line_start = ends[-1].end() if ends else line_start
    return line_start, text[line_start:start].rstrip(" \t\n«“\"")


def topic_line(ctx: Context, quote: Span) -> tuple[Mention, str] | None:
    """'14-48 : Sur les vols vers l'Égypte : « … »' (a live blog of a press conference): a quotation whose line
    opens on its topic is the words of who holds the floor, the last speaker quoted, else the person whose
    conference, interview or speech the article is about."""
    _, head = label_of(parsed(quote.doc), quote.start_char)
    words = re.findall(r"[^\W\d_]+", head)
    if not head.endswith(":") or len(head) > 120 or not words or words[0].lower() not in TOPIC_OPENERS:
        return None
    who = ctx.last_quote.speaker if ctx.last_quote is not None else floor_holder(ctx)
    return (who, "déclarer") if who is not None else None


FLOOR_NOUNS = frozenset({"conférence", "discours", "interview", "entretien", "allocution", "intervention"})


def floor_holder(ctx: Context) -> Mention | None:
    """The person whose conference, interview or speech the article tells of: named in its phrase ('la
    conférence de presse de X') or subject of its verb ('X donne sa conférence de presse')."""
    for t in (t for t in ctx.doc if t.lower_ in FLOOR_NOUNS):
        found = holder_of(ctx, t)
        if found is not None and found is not NOBODY and found.type == "Person":
            return found
    return None


def holder_of(ctx: Context, noun: Token) -> Mention | None:
    """Who a conference or speech is of: a person named in its phrase, else the subject of the verb it is the
    object of."""
    inside = [m for m in ctx.mentions if m.type == "Person" and not m.unnamed
              and noun.left_edge.idx <= m.start and m.end <= noun.right_edge.idx + len(noun.right_edge)]
    if inside:
        return inside[0]
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "obj" else None
    return speaker_of_np(ctx, subject) if subject is not None else None


def line_label(ctx: Context, start: int, colon: int, end: int) -> Mention | None:
    """The agent a line's label names: a person followed only by where he is or by a description set off by a
    comma ('Me X, avocat de Y :'), else the last agent when nothing follows it."""
    text = parsed(ctx.doc)
    before = [m for m in ctx.starting(start, end + 1) if m.end <= end and m.type in AGENT_TYPES]
    person = next((m for m in before if m.type == "Person" and WHERE_PERSON_IS.fullmatch(text[m.end:colon])
                   and not verb_between(ctx.doc, m.end, colon)), None)
    if person is not None:
        return person
    return before[-1] if before and not text[before[-1].end:end].strip(" :«“\"") else None


def verb_between(doc: Doc, start: int, end: int) -> bool:
    """A verb among the words from character start to end ('…, délégué de l'usine, est amer :')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


WHERE_PERSON_IS = re.compile(r"\s*((?i:à|au|aux|en|devant|depuis|chez)\b[^:]*|,\s*[a-zé][^:]*)?\s*")  # ', avocat de X


TOPIC_OPENERS = frozenset({"sur", "propos", "concernant", "quant", "sujet", "agissant", "interrogé", "interrogée"})


def colon_subject(ctx: Context, quote: Span) -> tuple[Mention, str] | None:
    """'X, secrétaire syndical, est inquiet : « … »', 'Elle a rendu hommage à Y : « … »': a quotation right after
    the colon that closes a clause whose subject is an agent, with no verb of saying, is that subject's."""
    doc = quote.doc
    head = parsed(doc)[:quote.start_char].rstrip(" \t\n\u00a0\u202f«“\"")  # the quotation may open the next line
    colon = doc.char_span(len(head) - 1, len(head), alignment_mode="expand") if head.endswith(":") else None
    if colon is None or "\n" in parsed(doc)[colon.sent.start_char:colon.start_char]:
        return None
    root = colon[0].sent.root
    if root.i < colon.start and asked(root):  # 'X a été piqué au vif par la question de Y : « … ? »': not X's
        return None
    subjects = list(closing_subjects(colon[0]))
    found = (speaker_of_np(ctx, subject) for subject in subjects) if subjects \
        else [named_then_verb(ctx, colon[0]) or named_first(ctx, colon[0])]
    who = next((m for m in found if m is not None and m is not NOBODY and m.type in AGENT_TYPES), None)
    return (who, "déclarer") if who is not None else None


BRACKETS = re.compile(r"\([^()]*\)")


def named_first(ctx: Context, colon: Token) -> Mention | None:
    """'Jean-Luc Mélenchon, lui, n'a pas mâché ses mots : « … »' parsed with no subject: the agent named first in
    the sentence, a finite verb between it and the colon."""
    named = next(iter(ctx.starting(colon.sent.start_char, colon.idx)), None)
    if named is None or named.type not in AGENT_TYPES or not opens_its_sentence(ctx, named):
        return None
    return named if any(finite_verb(t) for t in colon.doc[first_token(ctx, named).i:colon.i]) else None


def named_then_verb(ctx: Context, colon: Token) -> Mention | None:
    """'Marine Tondelier (écologistes) esquive : « … »' with the verb tagged a noun: a name that opens the
    sentence, perhaps with its party in brackets, then one word that is a form of a verb of saying, then the
    colon."""
    word = next((t for t in reversed(colon.doc[colon.sent.start:colon.i]) if not t.is_space), None)
    if word is None or not word.text[:1].islower() or cues.entry(word) is None:
        return None
    text, start = parsed(colon.doc), colon.sent.start_char
    named = next((m for m in ctx.starting(start, word.idx + 1) if m.end <= word.idx), None)
    if named is None or text[start:named.start].strip() or BRACKETS.sub("", text[named.end:word.idx]).strip():
        return None
    return named


QUOTE_THEN_COLON = re.compile(r"[\s»”\"’']*:")


def colon_after(ctx: Context, quote: Span) -> tuple[Mention, str] | None:
    """'« On ne peut pas l'admettre » : le parquet a requis …' (a headline, a lead): a quotation that opens its
    line, a colon after it, then a clause whose subject is an agent; that agent said it."""
    doc, text = quote.doc, parsed(quote.doc)
    if text[text.rfind("\n", 0, quote.start_char) + 1:quote.start_char].strip(" \t«“\"'"):
        return None
    colon = QUOTE_THEN_COLON.match(text, quote.end_char)
    after = doc.char_span(colon.end(), min(len(text), colon.end() + 80), alignment_mode="contract") if colon else None
    subject = next((t for t in after if t.dep_ == "nsubj" and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX")
                    and "\n" not in text[colon.end():t.idx]), None) if after is not None else None
    who = speaker_of_np(ctx, subject) if subject is not None else None
    return (who, "déclarer") if who is not None and who is not NOBODY and who.type in AGENT_TYPES else None


def closing_subjects(colon: Token) -> Iterator[Token]:
    """The subjects of the clause a colon closes and of the clauses above it, nearest first ('La ministre refuse,
    et c'est X qui donne le signal : « … »' -> X, the noun a subject 'qui' hangs on; 'X croit que la collégialité
    fonctionne : « … »' -> la collégialité, then X: climbing past a subject only to the verb of saying above)."""
    word = next((t for t in reversed(colon.doc[colon.sent.start:colon.i]) if not t.is_space), None)
    while word is not None:
        subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < colon.i), None)
        if subject is not None:
            yield (clefted(subject) or word.head) if subject.lower_ == "qui" and word.head.pos_ in ("NOUN", "PROPN") \
                else subject
            if word.dep_ != "ccomp" or not cues.is_cue(word.head):
                return  # past a clause with a subject, only the verb of saying whose 'que' clause it is
        word = word.head if word.head.i != word.i else None


def clefted(qui: Token) -> Token | None:
    """'c'est X, reconduite …, qui a donné …': the phrase a cleft sets before a subject 'qui' (the parse may hang
    'qui' on a word of an aside between)."""
    return next((t for t in reversed(qui.doc[qui.sent.start:qui.i]) if t.pos_ in ("NOUN", "PROPN")
                 and any(c.dep_ == "expl:subj" and c.lower_ in CE for c in t.children)
                 and any(c.dep_ == "cop" for c in t.children)), None)


CE = frozenset({"c'", "c’", "ce"})
SUMMING = frozenset({"tel", "telle", "tels", "telles"})
VERDICT_NOUNS = SPEECH_NOUNS | {"réaction", "réponse", "constat", "avis", "analyse", "sentiment", "conviction",
                                "mot", "mots", "credo", "explication", "verdict"}


def summed_up(ctx: Context, quote: Span) -> tuple[Mention, str] | None:
    """'« Je suis sidéré ». Telle a été la réaction de l'avocat de la défense.': the sentence after the
    quotation sums it up as someone's words ('tel est le constat de X'); X said it."""
    doc = quote.doc
    after = [t for t in doc[quote.end:min(len(doc), quote.end + 12)] if not t.is_space and not t.is_punct]
    if not after or after[0].lower_ not in SUMMING:
        return None
    noun = next((t for t in after[1:5] if t.lower_ in VERDICT_NOUNS), None)
    whose = owner(noun) if noun is not None else None
    who = speaker_of_np(ctx, whose) if whose is not None else None
    return (who, "déclarer") if who is not None and who.type in AGENT_TYPES else None


def announced(ctx: Context, quote: Span) -> tuple[Mention, str] | None:
    """'La réponse d'Anne Roy ne tarde pas. « … »': a quotation that makes a sentence of its own right after a
    sentence whose main subject is someone's answer, reaction or words; that someone said it (not 'X indique que
    les propos de Y sont …')."""
    sent = quote[0].sent
    if sent.start == 0 or not stands_alone(quote) or quoted_heading(quote):
        return None
    before = quote.doc[sent.start - 1].sent
    noun = next((t for t in before if t.dep_.startswith("nsubj") and t.head.i == before.root.i
                 and t.lower_ in VERDICT_NOUNS), None)
    whose = owner(noun) if noun is not None else None
    who = speaker_of_np(ctx, whose) if whose is not None else None
    return (who, "déclarer") if who is not None and who is not NOBODY and who.type in AGENT_TYPES else None


def after_a_speaker(ctx: Context, quote: Span) -> tuple[Mention, str] | None:
    """'Jean Martin a détaillé ses priorités. « La santé d'abord. »', 'Anne Roy a pris la parole.\n\n« … »': a
    quotation that makes a sentence of its own (after a connective or two: 'Cependant, « … »'), after a sentence
    whose main verb (or one joined to it) is a verb of saying, goes with that verb's speaker when it is a person."""
    sent = quote[0].sent
    if sent.start == 0 or not stands_alone(quote) or quoted_heading(quote):
        return None
    cue = main_cue_before(sent)
    if cue is None or ctx.inside_quote(cue.idx) or ctx.in_aside(cue):
        return None
    found = speaker_of(ctx, cue)
    return (found[0], cues.cue_word(cue)) if found is not None and found[0].type == "Person" else None


def after_a_subject(ctx: Context, quote: Span) -> tuple[Mention, str] | None:
    """'X a préféré ressortir les vieux dossiers.\n\n« Vous me rappelez … »': a quotation that opens its
    paragraph and makes a sentence of its own, after a paragraph whose last sentence has a person named as the
    subject of its main verb, goes with that person."""
    doc, sent = quote.doc, quote[0].sent
    if sent.start == 0 or not stands_alone(quote) or quoted_heading(quote) or not opens_paragraph(quote):
        return None
    root = doc[sent.start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    named = ctx.at(subject) if subject is not None else None
    return (named, "déclarer") if named is not None and named.type == "Person" and not named.unnamed else None


def opens_paragraph(quote: Span) -> bool:
    """A quotation that opens its line, with a line break after the sentence before."""
    text, sent = parsed(quote.doc), quote[0].sent
    before = quote.doc[sent.start - 1].sent
    return not text[text.rfind("\n", 0, quote.start_char) + 1:quote.start_char].strip(" \t«“\"") \
        and "\n" in text[before.end_char - 1:quote.start_char]


def main_cue_before(sent: Span) -> Token | None:
    """The last verb of saying of the sentence before sent that is its main verb (or joined to it), not an
    incise (after an incise, a quotation goes on with its speaker: 'continued')."""
    i = sent.start - 1
    while i > 0 and (sent.doc[i].is_space or sent.doc[i].text in QUOTE_MARKS):  # the opening mark may stand apart
        i -= 1
    return next((t for t in reversed(sent.doc[i].sent) if cues.is_cue(t) and main_verb(t)
                 and inversion_comma(t) is None), None)


def main_verb(verb: Token) -> bool:
    """The root of its sentence, or a verb joined to it ('X coupe la parole et Y lui répond sèchement.', which the
    parse may hang as an adverbial clause with no conjunction of its own)."""
    return verb.dep_ == "ROOT" or (verb.dep_ in ("conj", "advcl", "parataxis") and verb.head.dep_ == "ROOT"
                                   and not any(c.dep_ == "mark" for c in verb.children))


def stands_alone(quote: Span) -> bool:
    """A quotation that makes its sentence, but for punctuation and a connective or two before it ('Cependant,
    « … »', 'Et « … »')."""
    return all(quote.start <= t.i < quote.end or t.is_punct or t.is_space
               or (t.i < quote.start and t.pos_ in ("ADV", "CCONJ") and t.i - t.sent.start < 3) for t in quote[0].sent)


def owner(noun: Token) -> Token | None:
    """The 'de' complement of a noun ('la réaction [de l'avocat]')."""
    return next((c for c in noun.children if c.dep_ == "nmod" and any(g.lower_ in ("de", "du", "d'") for g in c.children)),
                None)


def signed(ctx: Context, quote: Span) -> tuple[Mention, str] | None:
    """'« … », Alix Mazounie, responsable du RAC, le 2 décembre.' (press reviews, live blogs): a person named
    right after the closing mark and its comma, with no verb, signs the quotation."""
    doc = quote.doc
    after = [t for t in doc[quote.end:min(len(doc), quote.end + 4)] if not t.is_space and t.text not in QUOTE_MARKS]
    if len(after) < 2 or after[0].text != ",":
        return None
    named = ctx.at(after[1])
    if named is None or named.type != "Person" or named.unnamed:
        return None
    nxt = parsed(doc)[named.end:named.end + 2].strip()
    return (named, "déclarer") if nxt[:1] in (",", ".", "(", "") else None


def interview(ctx: Context, quote: Span) -> tuple[Mention, str] | None:
    """In an interview ('Trois questions à X, …', '« … » : entretien avec X'), a paragraph that opens with a
    quotation is X's answer, and so is an answer given as a paragraph of its own
    (kg.extract.statements.interview_answers)."""
    text = parsed(ctx.doc)
    start = quote.start_char
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start].strip(" \t«“\"")
    person = interviewee(ctx, line_start) if not lead or ANSWER_LABEL.fullmatch(lead + " ") else None
    if person is None:
        return None
    return ctx.new(quote[0], "Person", role="reference", alias_of=person.id), "répondre"


def interviewee(ctx: Context, before: int) -> Mention | None:
    """The person an interview's header names (kg.extract.attribution.interview_header)."""
    header = interview_header(ctx, before)
    return next((m for m in ctx.starting(*header) if m.type == "Person"), None) if header else None


ANSWER_LABEL = re.compile(r"[A-ZÀ-Ý][\w.\-' ]{0,30}?\s?:\s+")  # 'C.D. : …', 'Clara Dupuis : …' before an answer


def interview_header(ctx: Context, before: int) -> tuple[int, int] | None:
    """Where an interview names the one who answers: the last line before that opens 'Entretien avec', else
    the title's '« … » : entretien avec X'."""
    text = parsed(ctx.doc)
    found = list(INTERVIEW.finditer(text[:before]))
    if not found and ctx.title is not None:
        found = [m for m in [INTERVIEW_IN_TITLE.search(text, *ctx.title)] if m is not None]
    if not found:
        return None
    end = text.find("\n", found[-1].end())
    return found[-1].start(), end if end >= 0 else len(text)


HONORIFIC_DOT = re.compile(r"\b(?:M|MM|Mme|Mmes|Mlle|Me|Dr|Pr|Mgr)\.$")  # 'M. Modi' ends no sentence


def first_stop(gap: str) -> int:
    """Where the sentence that closes the words between two quotations ends (0 when none does): past the first
    stop, colon or line break that is not the dot of 'M.' or 'Mme.'."""
    return next((i + 1 for i, c in enumerate(gap) if c in ".!?:\n" and not HONORIFIC_DOT.search(gap, 0, i + 1)), 0)


def continued(ctx: Context, quote: Span) -> tuple[Mention, str] | None:
    """A quotation that opens a sentence after a quoted statement, or that a few words join to it, with no cue of
    its own, goes on with that statement's speaker (« … », a-t-il dit. « … »; « … » d'euros, « … »), across a
    paragraph break too, unless another agent is named after the sentence of that statement."""
    last = ctx.last_quote
    if last is None or quote.start_char - last.end > 400 or quoted_word(quote) or quoted_heading(quote):
        return None
    text = parsed(ctx.doc)
    gap = text[last.end:quote.start_char].rstrip(" \t«“\"")
    if gap.strip() and gap.rstrip()[-1] not in ".!?:\n" and not gap.endswith("\n") and not bridge(gap, quote):
        return None
    if someone_else_between(ctx, quote, last, last.end + first_stop(gap)):
        return None
    return last.speaker, last.word


def someone_else_between(ctx: Context, quote: Span, last: LastQuote, free: int) -> bool:
    """Whether an agent named as a subject after the last statement's sentence (from free), a plural verb of
    saying, or a person described as a subject stands between the last quotation and this one."""
    return any(m.type in AGENT_TYPES and (is_subject(ctx, m) or opens_its_sentence(ctx, m))
               for m in ctx.starting(free, quote.start_char)) or told_by_several(ctx, quote, last.speaker) \
        or described_other(ctx, ctx.doc.char_span(last.end, quote.start_char, alignment_mode="contract"), last)


def described_other(ctx: Context, gap: Span | None, last: LastQuote) -> bool:
    """'« … », a-t-il répété. … Le Premier ministre ne compte pas céder. « … »': a person described as the
    subject of a sentence after that of the last quotation, who is not its speaker, stands between."""
    for t in gap if gap is not None else []:
        if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.lower_ in person_words() and not ctx.inside_quote(t.idx) \
                and t.sent.start_char >= last.end and not acts_on_speaker(t.head):
            found = quietly(ctx, partial(speaker_of_np, ctx, t))
            if found is None or found is NOBODY or not same_entity(ctx, found, last.speaker):
                return True
    return False


def acts_on_speaker(verb: Token) -> bool:
    """'Le médecin ne l'a examinée qu'à trois heures', 'Le Premier ministre lui a retiré sa confiance': a verb
    with a clitic object, who stays the one in view."""
    return any(c.pos_ == "PRON" and c.dep_ in ("obj", "iobj", "obl:arg") and c.lower_ in CLITIC_OBJECTS
               for c in verb.children)


CLITIC_OBJECTS = frozenset({"l'", "le", "la", "lui", "les", "leur"})


def same_entity(ctx: Context, a: Mention, b: Mention) -> bool:
    """Whether two mentions name one entity: one mention (or one a pronoun or description stands for), or one
    gazetteer id."""
    a, b = named_by(ctx, a) or a, named_by(ctx, b) or b
    return a is b or bool(a.key and a.key == b.key)


def opens_its_sentence(ctx: Context, m: Mention) -> bool:
    """'Jean-Luc Mélenchon, lui, n'a pas mâché ses mots : « … »': an agent named first in its sentence is its
    subject, whatever the parse says."""
    first = first_token(ctx, m)
    return not any(not t.is_space for t in ctx.doc[first.sent.start:first.i])


def told_by_several(ctx: Context, quote: Span, speaker: Mention) -> bool:
    """'« … », ont indiqué les conseils de la députée' after one person's words: a verb in the plural tells of
    speakers that person is not, even when they go unresolved."""
    if speaker.type != "Person" or speaker.unnamed:
        return False
    cue = incise(ctx, quote)
    verbs = [cue, *(c for c in cue.children if c.dep_.startswith("aux"))] if cue is not None else []
    return any("Plur" in v.morph.get("Number") for v in verbs)


def before_incise(ctx: Context, quote: Span) -> tuple[Mention, str] | None:
    """'« … ». « … », a-t-il lancé': a quotation of a sentence of its own, right before another in its paragraph
    whose incise tells both, has that incise's speaker."""
    text = parsed(ctx.doc)
    nxt = next(((s, e) for s, e in ctx.quotes if s >= quote.end_char), None)
    if nxt is None or quoted_word(quote) or text[quote.end_char:nxt[0]].strip(" \t.!?…«»“”\"") \
            or "\n" in text[quote.end_char:nxt[0]]:
        return None
    following = ctx.doc.char_span(nxt[0], nxt[1], alignment_mode="contract")
    cue = incise(ctx, following) if following is not None and len(following) else None
    found = speaker_of(ctx, cue) if cue is not None else None
    return (found[0], cues.cue_word(cue)) if found is not None else None


def quoted_word(quote: Span) -> bool:
    """'« Renaissance » de la droite.': one or two quoted words the writer's own sentence goes on after."""
    words = [t for t in quote if not (t.is_punct or t.is_space)]
    after = [t for t in quote.doc[quote.end:quote.sent.end] if not (t.is_punct or t.is_space)]
    return len(words) <= 2 and bool(after)


def quoted_heading(quote: Span) -> bool:
    """'« Pas un meurtrier »' alone on its line, capitalised, with no final stop: a subheading, not words going on
    ('… a assuré que le blocage était\n« prévu pour la nuit »\n, avant …')."""
    text, marks = parsed(quote.doc), "".join(QUOTE_MARKS) + " "
    start, end = text.rfind("\n", 0, quote.start_char) + 1, text.find("\n", quote.end_char)
    line = text[start:end if end >= 0 else len(text)].strip().strip(marks)
    said = quote.text.strip(marks)
    return line == said and 0 < len(said.split()) <= 12 and said[-1:] not in ".!?…" and said[:1].isupper()


def inner_incise(ctx: Context, quote: Span) -> Token | None:
    """'« Je suis déçu, dit-il, que … »', '« Quand on ne dit pas oui, on dégage, résume une élue. Bravo ! »': a
    verb of saying inverted after a comma inside the quotation marks, when the writer did not close them."""
    for t in quote[2:]:
        if not (cues.is_cue(t) and not cues.is_participle(t)):
            continue
        beside = [t.doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(t.doc)]  # 'dit-il', 'a-t-il déclaré'
        if any(w.lower_ in INVERTED_CLITICS for w in beside) or inverted_after_comma(ctx, t):
            return t
    return None


def told_next(ctx: Context, quote: Span) -> Token | None:
    """'« … ». C'est ce qu'a déclaré X', '« … . » Il a dit.': a quotation that ends its sentence, told by 'ce
    que' and a verb of saying, or by a bare verb of saying, in the next sentence of its paragraph."""
    end = sentence_bounds(ctx.doc)[sentence_index(quote[-1])][1]
    nxt = rest_after_quote(quote, end)
    nxt = nxt if nxt is not None else sentence_after(ctx, quote)
    if nxt is None or "\n" in ctx.doc[quote.end:nxt.start + 1].text:
        return None
    return next((t for t in nxt if cues.is_cue(t) and (tells_what_before(t) or bare_telling(t, nxt)
                                                        or in_these_terms(nxt))), None)


def sentence_after(ctx: Context, quote: Span) -> Span | None:
    """The sentence after a quotation that ends its own (nothing but punctuation after it)."""
    doc, bounds = ctx.doc, sentence_bounds(ctx.doc)
    here = sentence_index(quote[-1])
    if here + 1 >= len(bounds) or any(not (t.is_punct or t.is_space) for t in doc[quote.end:bounds[here][1]]):
        return None
    return doc[bounds[here + 1][0]:bounds[here + 1][1]]


def rest_after_quote(quote: Span, end: int) -> Span | None:
    """'« … . » Voilà ce qu'a annoncé X', cut as one sentence: the words after a quotation whose last sentence
    ends inside its marks, when they open with a capital."""
    doc = quote.doc
    after = next((t for t in doc[quote.end:end] if not (t.is_punct or t.is_space)), None)
    stop = next((t for t in reversed(doc[quote.start:quote.end]) if not t.is_space and t.text not in QUOTE_MARKS), None)
    if after is None or stop is None or stop.text not in (".", "!", "?") or not after.text[:1].isupper():
        return None
    return doc[after.i:end]


def in_these_terms(sent: Span) -> bool:
    """'« … ». C'est en ces termes que X a réagi': a sentence that opens by saying the words before are what its
    verb tells (kg/lexicon/telling_openers.tsv)."""
    opening = names.fold(sent[:8].text).replace("'", "' ")
    return any(opening.startswith(phrase) for phrase in lexicon.telling_openers())


def bare_telling(cue: Token, sent: Span) -> bool:
    """'« … . » Il a dit.': a sentence of a few words that is only a verb of saying and its subject tells the
    quotation before it (a translation's slip)."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return len(words) <= 5 and not any(c.dep_ in ("obj", "ccomp", "xcomp", "obl:arg") for c in cue.children)


def tells_what_before(cue: Token) -> bool:
    """'C'est ce qu'a déclaré X', 'Voilà ce qu'a annoncé X', 'C'est l'appel qu'a lancé X': a verb of saying in a
    relative clause on the 'ce' (or a noun of words) that 'c'est' or 'voilà' opens."""
    ce = cue.head
    clause = cue.dep_ == "acl:relcl" and ce.lower_ == "ce" and (
        (ce.dep_ == "ROOT" and any(c.dep_ == "cop" for c in ce.children))  # not 'Ce que X excluent.'
        or (ce.head.lower_ == "voilà" and ce.head.dep_ == "ROOT"))
    if clause and not points_ahead(cue):
        return True
    return refers_to_words(cue) and cue.doc[cue.sent.start].lower_ in ("c'", "c’", "voilà")


def bridge(gap: str, quote: Span) -> bool:
    """'« … » d'euros de bénéfices, « … »': a few words in the sentence join a quotation of four words or more
    to the one before."""
    return len(gap.split()) <= 8 and not any(c in gap for c in ".!?:\n") and len(quote.text.split()) >= 4


CUE_STRATEGIES = (
    Strategy("incise", 0.95, incise),
    Strategy("introduced", 0.9, introduced),
    Strategy("governed", 0.8, governed),
    Strategy("inner-incise", 0.8, inner_incise),
    Strategy("told-next", 0.85, told_next),
)
DIRECT_STRATEGIES = (
    Strategy("interview", 0.85, interview),
    Strategy("label-colon", 0.75, labelled),
    Strategy("colon-subject", 0.65, colon_subject),  # 'Interrogé sur le sujet, X a botté en touche : « … »'
    Strategy("topic-line", 0.55, topic_line),
    Strategy("colon-after", 0.6, colon_after),
    Strategy("signed", 0.7, signed),
    Strategy("summed-up", 0.7, summed_up),
    Strategy("announced", 0.65, announced),
    Strategy("after-a-speaker", 0.6, after_a_speaker),
    Strategy("continued", 0.7, continued),
    Strategy("before-incise", 0.7, before_incise),
    Strategy("after-a-subject", 0.5, after_a_subject),
)


def attribute(ctx: Context, quote: Span) -> Attribution | None:
    """Speaker, cue and relaying source of a quotation, or None when nobody says it; remembered in ctx for
    the quotation that may go on after it."""
    found = first_attribution(ctx, quote)
    if found is not None:
        ctx.last_quote = LastQuote(found.speaker, found.word, quote.end_char)
    return found


def first_attribution(ctx: Context, quote: Span) -> Attribution | None:
    for link in CUE_STRATEGIES:
        cue = link.find(ctx, quote)
        if cue is None or ctx.apart(cue, quote.start_char):
            continue
        found = speaker_of(ctx, cue)
        if found is None and setting_words(cue):
            return None  # '« … », pouvait-on lire sur une banderole': nobody says it
        if found is None:
            continue
        speaker, how = found
        relay = relay_of(ctx, quote[0].sent) if not cues.is_relay(cue) else None
        relay = relay if relay is not None and relay.key != speaker.key else None
        return Attribution(speaker, cue, relay, rule_name(f"{link.name}/{how.name}", speaker),
                           round(link.confidence * how.confidence, 2),
                           cues.cue_word(cue))
    for strategy in DIRECT_STRATEGIES:
        found = strategy.find(ctx, quote)
        if found is not None:
            speaker, word = found
            return Attribution(speaker, quote[0], None, strategy.name, strategy.confidence, word)
    return None
