"""Entity mentions of an article: gazetteer hits, NER names, and descriptions found over the parse."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg import components, lexicon, names
from kg.extract import cues
from kg.extract.common import DETERMINERS, parsed, sentence_index, tokens_among
from kg.gazetteer import Gazetteer
from kg.model import Mention

NER_TYPES = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}
UNIT_NOUNS = frozenset({"armée", "armées", "force", "forces", "troupe", "troupes", "soldat", "soldats", "militaires",
                        "unité", "unités", "combattants", "sous-unités"})
UNIT_KINDS = frozenset({"armées", "armée", "spéciales", "spéciale", "terrestres", "aériennes", "navales"})
INSTITUTIONS = {"ministère": "ministry", "agence": "news_agency", "services": "intelligence", "service": "intelligence",
"conseil": "council", "commission": "council", "comité": "council",
                "gouvernement": "government", "parlement": "government", "présidence": "government"}
TREATY_NOUNS = frozenset({"traité", "accord", "pacte", "convention", "mémorandum", "protocole"})
UNREAL = frozenset({"potentiel", "potentielle", "éventuel", "éventuelle", "futur", "future", "possible", "hypothétique"})
SPAN_DEPS = frozenset({"amod", "nmod", "case", "det", "fixed", "flat:name", "flat:foreign", "compound", "nummod"})
CALENDAR = frozenset(names.fold(w) for w in "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars "
                     "avril mai juin juillet août septembre octobre novembre décembre".split())
TITLE_PART = re.compile(r"(?i)[ée]tat.major")
TITLE_BEFORE = re.compile(r"(?i)\bchef\s+d'\s*$")
QUOTES = re.compile(r"\s*[«»“”\"]\s*")
STOP = frozenset(names.fold(w) for w in "de du des la le les l' d' et en à au aux sur pour par".split())


def mentions(doc: Doc, *, name: str, gazetteer: Gazetteer) -> list[Mention]:
    """Every entity mention of doc, in text order, numbered; overlapping duplicates removed."""
    named = list(named_mentions(doc, name, gazetteer))
    named += list(repeated_names(doc, name, named))
    described = [*unit_mentions(doc, name, gazetteer, named), *institution_mentions(doc, name, gazetteer, named),
                 *treaty_mentions(doc, name), *defined_acronyms(doc, name, named), *governments(doc, name, named)]
    found = dedupe(named + described)
    for i, m in enumerate(found):
        m.id = i
    link_acronyms(doc, found)
    retype_family_names(found)
    retype_by_evidence(found)
    capitals_acting(doc, found, gazetteer)
    return found


SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
LOCATIVE = frozenset({"à", "dans", "vers", "depuis", "jusqu'", "jusque", "près", "en", "sur", "au", "aux", "hors", "sous"})
OF_PLACE = frozenset({"de", "d'", "du", "des"})
CLITICS = frozenset({"se", "s'", "ne", "n'", "lui", "leur", "y", "en", "l'", "le", "la", "les"})


def acts(token: Token) -> bool:
    """The head of a phrase that stands for an actor, not a place: a subject ('Moscou a rejeté'), the object of a
    verb of saying ('a accusé Moscou'), after a preposition of agents ('selon', 'par', 'avec', 'contre', 'entre',
    'face à'),
    or the complement of a noun whose complement acts ('les alliés de Moscou', 'son soutien à Kiev'); never after
    'à', 'dans', 'vers' …, nor after 'de' ('le maire de Moscou')."""
    cases = [c.lower_ for t in name_words(token) for c in t.children if c.dep_ == "case"]
    if cases and of_actor(token, cases[0]):
        return True
    if locative(cases):
        return False
    if token.dep_ == "conj" and token.head.i != token.i:
        first = token.head
        while first.dep_ == "flat:name" and first.head.i != first.i:  # '… par New Delhi et Islamabad'
            first = first.head
        return acts(first) or before_verb(token)
    if not cases:
        return unmarked_acts(token)
    return cases[-1] not in OF_PLACE


def locative(cases: list[str]) -> bool:
    """Prepositions of place ('à Moscou'), not 'face à' ('les sanctions face à Moscou' name an actor)."""
    return any(c in LOCATIVE for c in cases) and cases[0] != "face"


def name_words(token: Token) -> list[Token]:
    """The words of the name a token ends ('New Delhi', parsed as two phrases, shares its preposition)."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return list(doc[start:token.i + 1])


def unmarked_acts(token: Token) -> bool:
    """A name with no preposition that acts: a subject, a name before its verb (itself or joined to another),
    or the one a verb of saying urges."""
    return token.dep_ in SUBJECTS or before_verb(token) or urged(token) \
        or any(c.dep_ == "conj" and before_verb(c) for c in token.children)


def of_actor(token: Token, case: str) -> bool:
    """After a noun whose complement after that preposition is an actor ('les alliés de', 'un dialogue entre …
    et', 'son soutien à'); the second of two names joined by 'et' counts through the first."""
    head = token.head.head if token.dep_ == "conj" else token.head
    case = {"d'": "de", "au": "à"}.get(case, case)
    return head.pos_ == "NOUN" and case in actor_nouns().get(head.lower_, ())


@lru_cache(maxsize=1)
def actor_nouns() -> dict[str, frozenset[str]]:
    """Noun -> prepositions after which its complement is an actor: nouns of agency and of interaction
    (lexicon), of speech and of spokespeople ('de')."""
    kinds = lexicon.source_nouns()
    spoken = {w: frozenset({"de"}) for w in [*kinds.get("speech", {}), *kinds.get("spokes", {})]}
    return spoken | lexicon.actor_nouns()


def urged(token: Token) -> bool:
    """'a accusé Moscou', 'convaincre Kiev de négocier': the object of a verb of saying, or of a verb that
    asks it to do something."""
    if token.dep_ != "obj":
        return False
    return cues.is_cue(token.head) or any(
        c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > token.i and any(m.lower_ in ("de", "d'") for m in c.children
                                                                       if m.dep_ == "mark") for c in token.head.children)


def before_verb(token: Token) -> bool:
    """'… que Moscou et Kiev "ont échangé"': a name the parse left unattached, standing just before a verb."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and (doc[i].is_quote or doc[i].lower_ in CLITICS or doc[i].dep_ == "flat:name"):
        i += 1
    return i < len(doc) and doc[i].pos_ in ("VERB", "AUX") and doc[i].morph.get("VerbForm") != ["Inf"]


def capitals_acting(doc: Doc, found: list[Mention], gazetteer: Gazetteer) -> None:
    """'Moscou a rejeté', 'Washington et Pékin ont signé': a capital that acts is its state (a metonymy, not a
    label of the state); 'à Moscou' stays the city."""
    for m in found:
        entry = gazetteer.get(m.key)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if entry and entry.get("capital_of") and span is not None and any(acts(t) for t in heads(span)):
            m.key, m.type, m.role = entry["capital_of"], "State", "metonymy"


def heads(span: Span) -> list[Token]:
    """The words of a span attached outside it (a parse may hang 'New' and 'Delhi' on different words)."""
    return [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]


def repeated_names(doc: Doc, doc_name: str, named: list[Mention]) -> Iterator[Mention]:
    """'M. Zelenskiy a déclaré' after 'Zelenskiy' was found: a person's name, or the surname of a full name,
    wherever else it stands in the article (NER misses names it found elsewhere)."""
    text = parsed(doc)
    taken = bytearray(len(text) + 1)  # 1 where a name already stands
    for m in named:
        taken[m.start:m.end] = b"\x01" * len(taken[m.start:m.end])
    forms = {}
    for m in (m for m in named if m.type == "Person" and not m.unnamed):
        words = m.text.split()
        forms.setdefault(m.text, m.key)
        if len(words) > 1 and len(words[-1]) >= 4 and words[-1][:1].isupper():
            forms.setdefault(words[-1], None)
    for form, key in forms.items():
        for hit in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            span = doc.char_span(hit.start(), hit.end())
            if span is not None and not any(taken[hit.start():hit.end()]):
                taken[hit.start():hit.end()] = b"\x01" * (hit.end() - hit.start())
                yield make(span, doc_name, "Person", key=key)


def retype_family_names(found: list[Mention]) -> None:
    """A name NER typed as a place or organisation that is the given name or the surname of a person's full name
    in the article ('Al-Khater' after 'Lulwa Al-Khater') is that person."""
    parts = set()
    for m in found:
        words = names.tokens(m.text) if m.type == "Person" else []
        if len(words) > 1:
            parts |= {words[0], words[-1], " ".join(words[1:])}
    for m in found:
        if m.type in ("Place", "Organization") and not m.key and names.key(m.text) in parts:
            m.type = "Person"


def retype_by_evidence(found: list[Mention]) -> None:
    """'la commune de Gressier', then 'une habitante de Gressier' that NER calls a person: a name the article
    types by evidence (a kind noun, its first word, a title …) has that type where NER typed it otherwise."""
    votes: dict[str, Counter] = {}
    for m in found:
        if m.typed_by and not m.key:
            votes.setdefault(names.key(m.text), Counter())[m.type] += 1
    for m in found:
        evidence = votes.get(names.key(m.text)) if not (m.key or m.typed_by) else None
        if evidence:
            m.type = evidence.most_common(1)[0][0]


def make(span: Span, doc_name: str, type_: str, **kw) -> Mention:
    """A mention of span in the article doc_name."""
    return Mention(doc=doc_name, start=span.start_char, end=span.end_char, text=" ".join(QUOTES.sub(" ", span.text).split()), type=type_,
                   sent_index=sentence_index(span[0]), **kw)


def trim(span: Span) -> Span:
    """span without leading determiners, titles and punctuation, or trailing punctuation, days ('Jean Martin
    lundi') and the verb after the name NER took into it ('l'Union des classes moyennes juge')."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].lower_ in DETERMINERS or span.doc[start].is_punct
                           or (end - start > 2 and names.fold(span.doc[start].text) in lexicon.platforms())):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or (end - start > 1 and trailing_word(span.doc[end - 1]))):
        end -= 1
    return span.doc[start:end]


def trailing_word(t: Token) -> bool:
    """A day, or a verb form the tagger takes for a noun ('juge', 'estime') after a word of the name, not after a
    preposition ('Centre national d'alerte'), at the end of a name."""
    return names.fold(t.text) in CALENDAR \
        or (t.text in lexicon.verb_forms() and t.i > 0 and t.doc[t.i - 1].pos_ not in ("ADP", "DET"))


def extend_name(span: Span) -> Span:
    """Korean given names cut before 'Un': 'Kim Jong' + 'Un' -> 'Kim Jong Un'."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.text == "Un" and span[-1].text[:1].isupper():
        return span.doc[span.start:span.end + 1]
    return span


def is_noise(span: Span) -> bool:
    """NER output that is no name: lower case, one common word, a date word, a line break, a rubric
    ('Diplomatie : …')."""
    text = span.text
    if not text or not text[0].isupper() or "\n" in text or names.fold(text) in CALENDAR:
        return True
    if len(span) == 1 and span.end < len(span.doc) and span.doc[span.end].text == ":" and span[0].is_sent_start:
        return True
    return len(span) == 1 and (span[0].pos_ not in ("PROPN", "X") and not text.isupper()
                               or names.fold(text) in COMPASS or opening_participle(span[0]))


COMPASS = frozenset({"sud", "est", "ouest", "centre"})  # "le Nord" is a French département
PARTICIPLE_ENDINGS = ("ant", "ée", "ées", "és")


def opening_participle(t: Token) -> bool:
    """'Interrogée par …', 'Affirmant que …': a participle that opens its sentence, capitalised, is no name."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.is_sent_start and t.lower_.endswith(PARTICIPLE_ENDINGS) and nxt is not None \
        and (nxt.is_punct or nxt.pos_ in ("ADP", "SCONJ") or nxt.lower_ in ("que", "qu'"))


@lru_cache(maxsize=1)
def office_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the lexicon's office phrases ('président', 'premier', 'chef' …) and all their words."""
    phrases = [phrase.replace("'", " ").split() for phrase in lexicon.offices()]
    return frozenset(p[0] for p in phrases), frozenset(w for p in phrases for w in p)


def descriptive(span: Span, gazetteer: Gazetteer) -> bool:
    """'Président français', 'Premier ministre': a title NER took for a name — it opens like an office and
    holds only office words and demonyms ('Assemblée nationale' is a name)."""
    heads, words = office_words()
    return names.fold(span[0].text) in heads and all(
        names.fold(t.text) in words or gazetteer.state_of_demonym(t.text) for t in span)


def named_mentions(doc: Doc, name: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Names from the gazetteer ruler (typed, with their id) and from NER (typed by the gazetteer if known)."""
    for ent in doc.ents:
        if TITLE_PART.match(ent.text) and TITLE_BEFORE.search(parsed(doc)[max(0, ent.start_char - 8):ent.start_char]):
            continue
        found = ruler_mention(ent, name, gazetteer) if ent.ent_id_ else ner_mention(ent, name, gazetteer)
        if found is not None:
            yield found


def ruler_mention(ent: Span, name: str, gazetteer: Gazetteer) -> Mention:
    """A gazetteer name the ruler found, with its id and the state its demonym names; a person's name the
    article gives with more given names is that full name (with_given_names, full_name_key), and a one-word
    name of a body after a given name is a person's surname."""
    demonym = next((gazetteer.state_of_demonym(t.text) for t in ent if gazetteer.state_of_demonym(t.text)), None)
    span = trim(ent) if len(trim(ent)) else ent
    return longer_name(ent, span, name, gazetteer) or section_mention(ent, span, name, gazetteer) \
        or surname_mention(ent, span, name, gazetteer) or foreign_namesake(ent, span, name, gazetteer) \
        or make(span, name, ent.label_, key=ent.ent_id_, name=span.text, country=demonym)


def foreign_namesake(ent: Span, span: Span, name: str, gazetteer: Gazetteer) -> Mention | None:
    """'le parti socialiste grec', 'le ministère des Affaires étrangères russe': a body of the gazetteer named with
    the demonym of another state than its own after it is that state's namesake, a body of its own."""
    entry = gazetteer.get(ent.ent_id_) or {}
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if entry.get("type") not in ("Organization", "MilitaryUnit") or after is None or not after.text[:1].islower():
        return None
    state = gazetteer.state_of_demonym(after.text)
    if state is None or not entry.get("country") or state == entry["country"]:
        return None  # a body of no state ('le FMI') is no one's namesake
    whole = ent.doc[span.start:ent.end + 1]
    return make(whole, name, ent.label_, name=whole.text, country=state)


def longer_name(ent: Span, span: Span, name: str, gazetteer: Gazetteer) -> Mention | None:
    """A person's name the article gives longer than the gazetteer's (ruler_mention); None when it does not."""
    if ent.label_ == "Person" and (joined := hyphen_joined(span)) is not span:  # 'Vallaud' of 'Vallaud-Belkacem'
        return make(with_given_names(joined), name, "Person", name=with_given_names(joined).text)
    if ent.label_ == "Person" and (full := with_given_names(span)) is not span:
        return make(full, name, "Person", key=full_name_key(full.text, ent.ent_id_, gazetteer), name=full.text)
    if ent.label_ != "Person" and len(span) == 1 and (full := with_given_names(span)) is not span \
            and any(lexicon.given_name(t.text) for t in full[:-1]):  # 'Thérèse K. Wagner': no group
        return make(full, name, "Person", name=full.text)
    return None


def section_mention(ent: Span, span: Span, name: str, gazetteer: Gazetteer) -> Mention | None:
    """A union's federation or section named with the union ('Sgen-CFDT'): a body of its own, not the union."""
    if (gazetteer.get(ent.ent_id_) or {}).get("kind") != "union":
        return None
    section = union_section(span, gazetteer)
    return make(section, name, "Organization", name=section.text) if section is not span else None


def union_section(span: Span, gazetteer: Gazetteer) -> Span:
    """'Sgen-CFDT', 'Unsa-Police', 'CGT Cheminots': a union's federation or section, named with the union's
    name, is a body of its own; span itself when there is none."""
    joined = hyphen_joined(span)
    if joined is not span:
        return joined
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is None or not span[-1].whitespace_ or not nxt.text[:1].isupper() or nxt.is_sent_start \
            or nxt.pos_ not in ("PROPN", "NOUN") or nxt.is_stop or gazetteer.lookup(nxt.text) \
            or names.fold(nxt.text) in lexicon.time_words():
        return span
    return span.doc[span.start:span.end + 1]


def hyphen_joined(span: Span) -> Span:
    """span with the capitalised words a hyphen glues to it ('Vallaud' in 'Najat Vallaud-Belkacem' is another
    person's name); span itself when there are none."""
    doc, start, end = span.doc, span.start, span.end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].text[:1].isupper():
        end += 2
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].text[:1].isupper():
        start -= 2
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def surname_mention(ent: Span, span: Span, name: str, gazetteer: Gazetteer) -> Mention | None:
    """'Dominique Pauthe', 'Victoria Nuland': a place's name that the parse joins to the unknown proper nouns
    after it is a given name, and they are a person's name ('Chine Nouvelle' is the agency the gazetteer knows)."""
    if ent.label_ not in PLACE_LABELS or len(span) != 1 or (full := with_surname(span)) is span:
        return None
    gid = gazetteer.lookup(full.text)
    return make(full, name, gazetteer.entries[gid]["type"] if gid else "Person", key=gid, name=full.text)


def with_surname(span: Span) -> Span:
    """span with the unknown proper nouns the parse joins to it; span itself when none follow."""
    doc, end = span.doc, span.end
    while end < min(len(doc), span.end + 3) and doc[end].dep_ == "flat:name" and span.start <= doc[end].head.i < end \
            and not doc[end].ent_type_ and given_name(doc[end]):
        end += 1
    return doc[span.start:end] if end > span.end else span


def with_given_names(span: Span) -> Span:
    """span with the capitalised proper nouns just before it (at most four words, hyphens between them):
    'Melania' + 'Trump', 'Abdul Fatah Al' + 'Burhan'; span itself when there are none."""
    doc, start = span.doc, span.start
    while start > max(0, span.start - 4) and given_name(doc[start - 1]):
        start -= 1
    while start < span.start and (doc[start].text == "-" or doc[start].ent_type_ not in ("", "PER", "Person")):
        start += 1  # 'du Kremlin Dmitri Peskov': a body's name opens no one's name, only one inside it ('Abdul Fatah Al')
    return doc[start:span.end] if start < span.start else span


PLACE_LABELS = frozenset({"State", "Place", "LOC"})


def given_name(t: Token) -> bool:
    if t.text == "-":
        return not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_
    tagged = t.pos_ == "PROPN" or (t.pos_ == "X" and t.ent_type_ == "PER") \
        or (t.pos_ == "NOUN" and lexicon.given_name(t.text) is not None)  # 'Kayikwamba' tagged X, 'Najat' NOUN
    return tagged and t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() \
        and t.ent_type_ not in PLACE_LABELS and names.fold(t.text) not in lexicon.name_heads()


def full_name_key(text: str, gid: str, gazetteer: Gazetteer) -> str | None:
    """The gazetteer entry of a full name: its own, else gid's when one of its names is spelt alike or ends the
    full name with two words or more ('Seyed Abbas Araghchi'), else none ('Melania Trump' is not Donald Trump)."""
    if (own := gazetteer.lookup(text, "Person")) is not None:
        return own
    entry = gazetteer.entries[gid]
    full = names.skeleton(text)
    spelt = {names.skeleton(n) for n in (entry["label"], entry.get("label_fr") or "", *entry.get("aliases", ()))}
    return gid if full in spelt or any(len(s) >= 2 and full[-len(s):] == s for s in spelt) else None


def ner_mention(ent: Span, name: str, gazetteer: Gazetteer) -> Mention | None:
    """A name NER found, completed and typed (by the gazetteer, an honorific, or the TYPING rules); None for
    noise, demonyms, titles and compounds of two names."""
    span, honorific = without_honorific(after_honorific(completed(trim(ent))))
    span = without_office(without_demonym(span, gazetteer), gazetteer)
    if not len(span) or is_noise(span) or gazetteer.state_of_demonym(span.text) or descriptive(span, gazetteer):
        return None
    span = without_affiliation(extend_name(without_title(span))) if ent.label_ == "PER" else span
    if not len(span):
        return None
    gid = gazetteer.lookup(span.text)
    if gid is None and ent.label_ in ("ORG", "MISC") and portfolio(span):
        return None
    type_, by = (gazetteer.entries[gid]["type"], "") if gid else (("Person", "honorific") if honorific
                                                                   else typed(span, ent.label_))
    if not type_ or is_compound_of_names(span.text, gazetteer):
        return None
    return make(span, name, type_, key=gid, name=span.text, typed_by=by)


AFFILIATION_WORDS = frozenset({"du", "de", "des", "d'", "la", "l'"})
PORTFOLIO_WORDS = AFFILIATION_WORDS | {"et", "l’", "d’"}


@lru_cache(maxsize=1)
def portfolio_holders() -> frozenset[str]:
    """The role nouns that open a minister's office in the lexicon ('ministre', 'secrétaire d'État'), folded."""
    kinds = {names.fold(w): kind for w, kind in lexicon.role_nouns().items()}
    return frozenset(p.split()[0] for p, o in lexicon.offices().items()
                     if o.office.endswith("minister") and kinds.get(p.split()[0]) == "role")


def holds_portfolio(t: Token) -> bool:
    """'ministre', 'ministres', 'ministre-délégué', 'secrétaire'."""
    words = names.fold(t.text).split()
    return bool(words) and words[0].removesuffix("s") in portfolio_holders()


def portfolio(span: Span) -> bool:
    """'ministre de l'Action et des Comptes publics', 'la ministre finlandaise des Affaires étrangères': the
    capitalised portfolio of a minister, which NER takes for a body's name, names none ('ministre de la Défense de
    la Fédération X': the body after the portfolio is one)."""
    doc, i = span.doc, span.start - 1
    while i >= max(0, span.start - 8) and (doc[i].lower_ in PORTFOLIO_WORDS or doc[i].pos_ == "ADJ"
                                           or doc[i].text[:1].isupper() and not holds_portfolio(doc[i])):
        i -= 1
    between = doc[i + 1:span.start]
    after_name = any(t.lower_ in OF_PLACE and between[j - 1].text[:1].isupper() for j, t in enumerate(between) if j)
    return i >= 0 and i < span.start - 1 and holds_portfolio(doc[i]) and not after_name


def without_affiliation(span: Span) -> Span:
    """'Emmanuel Shadari du FCC', 'Marie Roy de la CGT': a person's name that NER ran on into the acronym of the
    party or union named after it, cut before 'du' / 'de la'."""
    words = list(span)
    if len(words) < 3 or not (words[-1].text.isupper() and len(words[-1].text) >= 2 and words[-1].is_alpha):
        return span
    start = len(words) - 1
    while start > 1 and words[start - 1].lower_ in AFFILIATION_WORDS:
        start -= 1
    return span.doc[span.start:span.start + start] if start < len(words) - 1 else span


@lru_cache(maxsize=1)
def name_titles() -> frozenset[str]:
    """One-word offices (not a monarch's: 'Prince Harry' is a name) and military ranks, folded."""
    offices = {p for p, entry in lexicon.offices().items() if " " not in p and entry.office != "monarch"}
    return frozenset(offices | {names.fold(w) for w, kind in lexicon.role_nouns().items() if kind == "rank"})


def without_title(span: Span) -> Span:
    """'Président Faye', 'Colonel Assimi Goïta', 'Général de Gaulle': an office or rank in capitals NER took
    into a person's name, left out; 'Président de la Transition', 'Président du Faso': a title and no name,
    nothing."""
    if len(span) < 2 or names.fold(span[0].text) not in name_titles():
        return span
    particle = span[1].lower_ in ("de", "d'") and len(span) > 2 and span[2].text[:1].isupper()
    if particle or (span[1].text[:1].isupper() and span[1].is_alpha):
        return span[1:]
    return span[:0] if span[1].lower_ in AFFILIATION_WORDS else span


def without_office(span: Span, gazetteer: Gazetteer) -> Span:
    """'Secrétaire général de l'ONU', 'Président de l'Afrique du Sud': an office NER took into the name of the
    body or state it holds; the known name after its 'de' (the title is left to the role rules)."""
    heads, words = office_words()
    if len(span) < 3 or names.fold(span[0].text) not in heads:
        return span
    of = next((t.i for t in span[1:] if t.lower_ in ("de", "du", "des", "d'")), None)
    if of is None or not all(names.fold(t.text) in words or gazetteer.state_of_demonym(t.text) for t in span.doc[span.start:of]):
        return span
    start = of + 1 + (of + 1 < span.end and span.doc[of + 1].lower_ in ("la", "l'", "le", "les"))
    rest = span.doc[start:span.end]
    return rest if len(rest) and gazetteer.lookup(rest.text) else span


def without_demonym(span: Span, gazetteer: Gazetteer) -> Span:
    """'le média Français Libération', 'l'Américain Joe Biden': a capitalised demonym NER took into the name."""
    if len(span) > 1 and span[1].text[:1].isupper() and gazetteer.state_of_demonym(span[0].text):
        return span[1:]
    return span


def completed(span: Span) -> Span:
    """'Organisation du' + 'Traité de l'Atlantique nord': a name NER cut after a preposition, carried on through
    the capitalised words and prepositions that follow (at most eight words); empty when it cannot be."""
    if not len(span) or names.fold(span[-1].text) not in STOP:
        return span
    doc, end = span.doc, span.end
    while end < min(len(doc), span.end + 8) and (doc[end].text[:1].isupper() or names.fold(doc[end].text) in STOP):
        end += 1
    while end > span.end and not doc[end - 1].text[:1].isupper():
        end -= 1
    return doc[span.start:end] if end > span.end else doc[span.start:span.start]


def after_honorific(span: Span) -> Span:
    """'M.' + 'Nier': an honorific NER took alone (the name is also a common word), carried on through the
    capitalised words that follow it (at most three)."""
    doc, end = span.doc, span.end
    if len(span) != 1 or lexicon.name_heads().get(names.fold(span[0].text)) != "Person":
        return span
    while end < min(len(doc), span.end + 3) and doc[end].text[:1].isupper() and doc[end].text.replace("-", "").isalpha():
        end += 1
    return doc[span.start:end]


def without_honorific(span: Span) -> tuple[Span, bool]:
    """'Me Arnaud Richard' -> 'Arnaud Richard', True: an honorific makes a person and is not part of the name."""
    heads = lexicon.name_heads()
    if len(span) > 1 and heads.get(names.fold(span[0].text)) == "Person" and span[1].text[:1].isupper():
        return span[1:], True
    return span, False


def head_type(span: Span) -> str | None:
    """'Forces de soutien rapide', 'Parti travailliste', 'province de Lorestan': the type the first word gives."""
    return lexicon.name_heads().get(names.fold(span[0].text)) if len(span) > 1 else None


def agent_type(span: Span) -> str | None:
    """A name NER calls a place that speaks ('Stellantis a annoncé'): an organisation, or a person when it
    opens with a given name."""
    verb = span.root.head
    if span.root.dep_ != "nsubj" or not cues.is_cue(verb) or names.fold(span.text) in lexicon.metonyms():
        return None
    return "Person" if len(span) > 1 and lexicon.given_name(span[0].text) else "Organization"


def person_by_first_name(span: Span) -> str | None:
    """'Jordan Bardella' typed as a place or organisation: a known given name and a capitalised surname."""
    words = [t.text for t in span]
    if 2 <= len(words) <= 4 and lexicon.given_name(words[0]) and all(w[:1].isupper() for w in words):
        return "Person"
    return None


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns that title a person: the first words of the office lexicon, the sources' person nouns."""
    unnamed = lexicon.source_nouns()["unnamed"]
    return office_words()[0] | frozenset(w for w, type_ in unnamed.items() if type_ == "Person")


@lru_cache(maxsize=1)
def folded_person_nouns() -> frozenset[str]:
    """person_nouns, folded (the office lexicon is, the sources' nouns are not)."""
    return frozenset(names.fold(w) for w in person_nouns())


TITLE_PREFIXES = frozenset({"vice", "ex", "co", "sous"})


def titles_person(t: Token) -> bool:
    """A noun that titles a person, whatever its accents ('président'), with a prefix ('vice-ministre',
    'ex-président'); not an adjective ('la FCPE, première organisation de parents')."""
    word = names.fold(t.text)  # folded: 'vice ministre'
    prefix, _, rest = word.partition(" ")
    return t.pos_ == "NOUN" and (word in folded_person_nouns()
                                 or (prefix in TITLE_PREFIXES and rest in folded_person_nouns()))


def apposed_title(span: Span) -> str | None:
    """'L'ambassadeur du Soudan, Dafa'lla Al-Haj Ali, a affirmé', 'X, porte-parole de Y': a name set off by
    commas beside a noun that titles a person is a person."""
    if titles_person(span[0]):  # 'Président de la Transition, Chef de l'Etat': a title, not a name
        return None
    return "Person" if title_before_comma(span) or title_after_comma(span) else None


def titled_right_before(span: Span) -> str | None:
    """'le gouverneur local Serhyi Hamaliy', 'le candidat socialiste X Y': a name of two words or more right after
    a noun that titles a person, with only adjectives in lower case between, is a person."""
    i = span.start - 1
    if len(span) < 2:  # 'le candidat malheureux Orléans': one word may be a place's name
        return None
    while i >= span.sent.start and span.doc[i].pos_ == "ADJ" and span.doc[i].text.islower():
        i -= 1
    title = span.doc[i] if span.sent.start <= i < span.start - 1 else None
    return "Person" if title is not None and (titles_person(title) or title.lower_ in lexicon.role_nouns()) else None


def title_before_comma(span: Span) -> bool:
    """A noun that titles a person before the comma that opens the name, no verb or other comma between."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    titles = [t for t in doc[max(span.sent.start, span.start - 12):span.start - 1] if titles_person(t)]
    return bool(titles) and not any(t.pos_ in ("VERB", "AUX") or t.text in ",;:" for t in doc[titles[-1].i:span.start - 1])


def title_after_comma(span: Span) -> bool:
    """'X, porte-parole de …': a noun that titles a person right after the comma that closes the name (not after
    a preposition of place: 'au Palais de Carthage, le président …')."""
    doc = span.doc
    after = [t for t in doc[span.end + 1:span.end + 3] if t.pos_ != "DET"][:1]
    before = next((t for t in reversed(doc[span.sent.start:span.start]) if t.pos_ != "DET"), None)
    located = before is not None and before.lower_ in LOCATIVE and before.lower_ != "à"  # 's'en prendre à X, le …'
    return span.end < len(doc) and doc[span.end].text == "," and bool(after) and titles_person(after[0]) \
        and not located


def kind_before(span: Span) -> str | None:
    """'le groupe Auchan', 'l'hebdomadaire Der Spiegel', 'le village de Runyoni': the type the common noun right
    before a name, or before an adjective before it, gives it (kg/lexicon/kind_nouns.tsv)."""
    doc, i = span.doc, span.start - 1
    between = doc[i].lower_ if i >= 0 else ""
    kinds = lexicon.kind_nouns()
    for at in (i, i - 1):
        noun = doc[at] if at >= 0 else None
        found = kinds.get(names.fold(noun.text)) if noun is not None and noun.text.islower() else None
        if found and (at == i or between in found[1] or qualified(doc[i], span)) and not headed_by_name(doc, at, span):
            return found[0]
    return None


def headed_by_name(doc: Doc, at: int, name: Span) -> bool:
    """'le patron du groupe Guillaume X', 'la présidente du syndicat Anne Y': after a role noun's body, a name
    that opens on a given name is the role's holder, not the body; not when a name is set off after it ('le
    patron du groupe Yves X, Paul X': the group bears a person's name)."""
    before = [t.lower_ for t in doc[max(0, at - 3):at]]
    holder_after = name.end + 1 < len(doc) and doc[name.end].text == "," and doc[name.end + 1].pos_ == "PROPN"
    return lexicon.given_name(name[0].text) and len(name) > 1 and any(w in cues.OF_WORDS for w in before[-2:]) \
        and any(w in lexicon.role_nouns() or w in person_nouns() for w in before[:-1]) and not holder_after


def qualified(adjective: Token, name: Span) -> bool:
    """'le groupe parlementaire Takku Wallu', 'le parti islamiste Ennahda': an adjective between the kind noun and
    a name that opens on no given name ('principal syndicat agricole Arnaud Rousseau' names a person)."""
    return adjective.pos_ == "ADJ" and adjective.text.islower() and not lexicon.given_name(name[0].text)


ACRONYM = re.compile(r"(?=\S*[A-Z]{2})[A-Z][A-Za-z]*(?:[-/][A-Za-z]+)*")


def acronym(span: Span) -> str | None:
    """'FSU', 'SNUipp-FSU', 'MNL': one word with two capitals in a row is a body's acronym, not a person or a
    place (a word in capitals of more than five letters is a word shouted, 'TREMBLAY', 'PHOTO')."""
    text = span.text
    shouted = text.isalpha() and text.isupper() and len(text) > 5
    return "Organization" if ACRONYM.fullmatch(text) and len(text) <= 15 and not shouted else None


def appointed_type(span: Span) -> str | None:
    """'Zohran Mamdani a été élu maire de New York', 'X a été nommée ministre': a name given an office is a
    person's."""
    verb = span.root.head
    if span.root.dep_ not in ("nsubj", "nsubj:pass") or verb.i < span.end \
            or verb.lemma_ not in lexicon.appointment_verbs():
        return None
    return "Person" if role_noun_after(verb) is not None else None


def role_noun_after(verb: Token) -> int | None:
    """Where the role noun an appointment verb gives stands ('élu [maire]', 'nommée [la] présidente'), else None."""
    doc = verb.doc
    i = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ == "DET")
    return i if i < len(doc) and doc[i].lower_ in lexicon.role_nouns() else None


AGE = re.compile(r"\s*,?\s*(?:âgée? de )?\d{1,3} ans\b")


def aged_type(span: Span) -> str | None:
    """'Zohran Mamdani, 34 ans, a battu …', 'X, âgé de 60 ans': a name with an age is a person's."""
    return "Person" if AGE.match(parsed(span.doc), span.end_char) else None


def located_type(span: Span) -> str | None:
    """'le scrutin s'est déroulé à Séguéla': a name NER took for a person's, after 'à' or 'dans' that sets a scene
    (a circumstance of a verb or a noun's complement, not the one spoken or written to: 'a écrit à X'), with no
    given name first, is a place."""
    root = span.root
    cases = [c.lower_ for c in root.children if c.dep_ == "case" and c.i < span.start]
    if cases[:1] not in (["à"], ["dans"]) or root.dep_ not in ("obl:mod", "nmod") or lexicon.given_name(span[0].text):
        return None
    return "Place"


def dateline_type(span: Span) -> str | None:
    """'Rome, le 26 nov. (LaPresse) – …', 'Bogotá, (SANA) – …': in a dateline, the wire's name in brackets is an
    organisation and the name that opens it a place, whatever NER says."""
    text = span.doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    line = components.dateline_at(text, start) if span.start_char - start < 60 else None
    if line is None or line.end() < span.end_char:
        return None
    if text[span.start_char - 1:span.start_char] == "(" and text[span.end_char:span.end_char + 1] == ")":
        return "Organization"
    return "Place" if not text[start:span.start_char].strip() else None


TYPING = (("dateline", dateline_type), ("kind-noun", kind_before), ("name-head", head_type), ("acronym", acronym),
          ("located", located_type),
          ("apposed-title", apposed_title), ("titled", titled_right_before), ("agent", agent_type),
          ("first-name", person_by_first_name),
          ("appointed", appointed_type), ("aged", aged_type))  # in order


def typed(span: Span, label: str) -> tuple[str | None, str]:
    """The type of a name the gazetteer does not know, with the rule that gave it: the first rule of TYPING
    that decides, else NER's ('' for the rule). A name NER calls a person keeps that type unless its first word
    or the scene it sets says otherwise (only a person's: 'a travaillé à X' is a body's, and words NER calls no
    name's stay none); a word in capitals NER calls no name is no body ('TGV', 'RGPD')."""
    for rule_name, rule in TYPING:
        if (label == "PER" and rule_name not in ("dateline", "name-head", "kind-noun", "acronym", "located")) \
                or (rule_name == "acronym" and label not in NER_TYPES) or (rule_name == "located" and label != "PER"):
            continue
        found = rule(span)
        if found:
            return found, rule_name
    return NER_TYPES.get(label), ""


def is_compound_of_names(text: str, gazetteer: Gazetteer) -> bool:
    """'Russie-Ukraine': two known names joined by a hyphen, not one name."""
    parts = [p for p in re.split(r"[-–]", text) if p.strip()]
    return len(parts) > 1 and all(gazetteer.lookup(p) for p in parts)


def country_of(token: Token, gazetteer: Gazetteer, named: list[Mention]) -> tuple[str | None, Token | None]:
    """The state a noun phrase belongs to: an adjective demonym, or a state named in a 'de' complement."""
    for child in token.children:
        if child.dep_ == "amod" and gazetteer.state_of_demonym(child.text):
            return gazetteer.state_of_demonym(child.text), child
    for child in token.subtree:
        if child.i > token.i and child.dep_ == "nmod" and child.head.i in (token.i, *(c.i for c in token.children)) \
                and any(c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'") for c in child.children):
            state = state_at(child, named, gazetteer)
            if state:
                return state[0], token.doc.char_span(state[1].start, state[1].end, alignment_mode="expand")[-1]
    return None, None


def state_at(token: Token, named: list[Mention], gazetteer: Gazetteer) -> tuple[str, Mention] | None:
    """Gazetteer id and mention of the state named at token, if any."""
    for m in named:
        if m.start <= token.idx < m.end and m.key and gazetteer.entries[m.key]["type"] == "State":
            return m.key, m
    return None


def located_state(token: Token, gazetteer: Gazetteer, named: list[Mention]) -> str | None:
    """'À Séoul, le ministère de la Défense …': the state whose capital opens the sentence."""
    sent = token.sent
    words = [t for t in sent if not t.is_space][:4]
    if len(words) < 3 or words[0].lower_ not in ("à", "a") or "," not in [t.text for t in words]:
        return None
    for m in named:
        entry = gazetteer.get(m.key)
        if entry and entry.get("capital_of") and words[1].idx <= m.start < words[-1].idx + len(words[-1]):
            return entry["capital_of"]
    return None


def right_span(token: Token, last: Token | None = None) -> Span:
    """token and its complements to the right (adjectives, 'de' phrases), up to punctuation or a clause."""
    end = token.i
    for t in token.subtree:
        if t.i > token.i and all(a.dep_ in SPAN_DEPS for a in ancestors_to(t, token)):
            end = max(end, t.i)
    if last is not None:
        end = max(end, last.i)
    doc = token.doc
    end = min([t.i - 1 for t in doc[token.i + 1:end + 1] if t.is_punct and t.text not in "'-"] + [end])
    while end > token.i and (doc[end].is_punct or doc[end].lower_ in STOP):
        end -= 1
    return doc[token.i:end + 1]


def ancestors_to(t: Token, top: Token) -> Iterator[Token]:
    while t.i != top.i:
        yield t
        t = t.head
        if t.head.i == t.i and t.i != top.i:
            return


def unit_mentions(doc: Doc, name: str, gazetteer: Gazetteer, named: list[Mention]) -> Iterator[Mention]:
    """Armed forces described by a noun and a state: 'forces armées nord-coréennes', 'armée de la Russie'."""
    for token in tokens_among(doc, UNIT_NOUNS):
        if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        state, last = country_of(token, gazetteer, named)
        if not state:
            continue
        kinds = {c.lower_ for c in token.children if c.lower_ in UNIT_KINDS}
        special = bool(kinds & {"spéciales", "spéciale"})
        key = (gazetteer.special_forces if special else gazetteer.forces).get(state)
        label = gazetteer.entries[state].get("label_fr", state)
        canonical = f"forces spéciales ({label})" if special else f"forces armées ({label})"
        span = doc[token.i:max(last.i, *(c.i for c in token.children if c.lower_ in UNIT_KINDS), token.i) + 1]
        yield make(span, name, "MilitaryUnit", key=key, name=canonical, country=state)


def governments(doc: Doc, name: str, named: list[Mention]) -> Iterator[Mention]:
    """'le gouvernement Bayrou': a government named after the surname of the person who leads it is a body of its
    own; not 'le porte-parole du gouvernement Paul Lenoir' (a role and its holder)."""
    for m in named:
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.type == "Person" else None
        if span is None or len(span) != 1 or span.start < 2 or doc[span.start - 1].lower_ != "gouvernement":
            continue
        i = span.start - 2
        while i > 0 and doc[i].lower_ in ("du", "de", "d'", "le", "la", "l'"):
            i -= 1
        if doc[i].lower_ not in lexicon.role_nouns():  # 'la chute du gouvernement Bayrou' is the body's
            yield make(doc[span.start - 1:span.end], name, "Organization", name=doc[span.start - 1:span.end].text)


def institution_mentions(doc: Doc, name: str, gazetteer: Gazetteer, named: list[Mention]) -> Iterator[Mention]:
    """Ministries, agencies, intelligence services and councils described with their state."""
    for token in tokens_among(doc, INSTITUTIONS):
        if token.pos_ != "NOUN":
            continue
        state, last = country_of(token, gazetteer, named)
        state = state or located_state(token, gazetteer, named)
        if not state:
            continue
        span = right_span(token, last)
        key = match_description(span.text, state, gazetteer)
        yield make(span, name, "Organization", key=key, name=span.text, country=state)


def content_words(text: str, gazetteer: Gazetteer) -> set[str]:
    """Key words of a description without stop words, demonyms or state names."""
    words = set(names.fold(text).replace("'", " ").split()) - STOP
    return {w for w in words if not gazetteer.state_of_demonym(w) and not gazetteer.lookup(w, "State") and len(w) > 2}


def match_description(text: str, state: str, gazetteer: Gazetteer) -> str | None:
    """The gazetteer organisation of state whose names share the most key words with text (two at least)."""
    words = content_words(text, gazetteer)
    scores = {}
    for gid in gazetteer.organizations.get(state, ()):
        scores[gid] = max(len(words & content_words(n, gazetteer)) for n in gazetteer.names(gazetteer.entries[gid]))
    best = max(scores.values(), default=0)
    winners = [gid for gid, score in scores.items() if score == best]
    return winners[0] if best >= 2 and len(winners) == 1 else None


ACRONYM_IN_BRACKETS = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý&-]{1,7}")


def defined_acronyms(doc: Doc, name: str, named: list[Mention]) -> Iterator[Mention]:
    """'le Front populaire ivoirien (FPI)' when NER missed the name: the words before an acronym in brackets whose
    initials spell it (in any order: 'Plate-forme démocratique unie (PUD)') name what it names, an organisation
    unless the acronym is known as another kind."""
    for opening in tokens_among(doc, ("(",)):
        acronym = doc[opening.i + 1] if opening.i + 2 < len(doc) and doc[opening.i + 2].text == ")" else None
        span = spelt_before(doc, opening.i, acronym.text) if acronym is not None \
            and ACRONYM_IN_BRACKETS.fullmatch(acronym.text) else None
        if span is not None and not any(straddles(m, span) for m in named):
            known = next((m for m in named if m.start == acronym.idx and m.type not in ("Person", "State")), None)
            yield make(span, name, known.type if known is not None else "Organization", name=span.text)


def straddles(m: Mention, span: Span) -> bool:
    """Whether a mention other than a state's overlaps a span without lying inside it."""
    inside = span.start_char <= m.start and m.end <= span.end_char
    return m.start < span.end_char and span.start_char < m.end and m.type != "State" and not inside


def spelt_before(doc: Doc, end: int, acronym: str) -> Span | None:
    """The shortest phrase of two words or more ending at end, opening on a capital, whose initials spell the
    acronym ('Plate-forme' one word)."""
    letters = sorted(c for c in names.fold(acronym).upper() if c.isalpha())
    for i in range(end - 1, max(doc[end].sent.start, end - 3 * len(letters)) - 1, -1):
        t = doc[i]
        if t.is_punct and t.text not in "-'’" or t.pos_ in ("VERB", "AUX"):
            return None
        spelt = names.initials(doc[i:end].text)
        if len(spelt) >= 2 and t.text[:1].isupper() and sorted(spelt) == letters:
            return doc[i:end]
    return None


def treaty_mentions(doc: Doc, name: str) -> Iterator[Mention]:
    """Treaties described by a noun and modifiers ('traité de défense mutuelle'); bare 'le traité' is an anaphor."""
    for token in tokens_among(doc, lemma=TREATY_NOUNS):
        if token.pos_ != "NOUN":
            continue
        mods = [c for c in token.children if c.i > token.i and c.pos_ != "VERB" and treaty_modifier(c)
                and not any(t.text in "«“\"" for t in doc[token.i:c.i])]
        if any(c.lower_ in UNREAL for c in token.children) or generic_plural(token, mods):
            continue
        if not mods:
            if any(c.lower_ in ("le", "la", "l'", "ce", "cet", "cette") for c in token.children):
                yield make(doc[token.i:token.i + 1], name, "Treaty", role="anaphor")
            continue
        span = trim_right(doc[token.i:treaty_end(token, mods)])
        yield make(span, name, "Treaty", name=span.text, role=None if len(span) > 1 else "anaphor")


def treaty_end(noun: Token, mods: list[Token]) -> int:
    """Where a treaty's description ends: after its modifiers' words, over a hyphen that joins the last word
    ('libre-échange'), before 'entre', 'signé', 'conclu', a bracket or a comma ('cet accord, déjà public, …')."""
    doc = noun.doc
    end = max(t.i for m in mods for t in m.subtree if not is_cut(t, noun)) + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        end += 2
    return min([t.i for t in doc[noun.i:end] if t.lower_ in ("entre", "signé", "conclu", "(", ",")] + [end])


TREATY_CASES = frozenset({"de", "du", "des", "d'", "sur"})


def treaty_modifier(c: Token) -> bool:
    """A word that names a treaty with its noun: an adjective, a name, or a complement with 'de' or 'sur' and no
    indefinite or demonstrative article ('traité de défense mutuelle', 'accord sur le nucléaire'; not 'à
    Washington', 'avec Tokyo', 'ce matin', 'samedi', 'd'une durée de cinq ans', 'entre X et Y')."""
    cases = {g.lower_ for g in c.children if g.dep_ == "case"}
    if names.fold(c.text) in lexicon.time_words():  # 'un accord de cessez-le-feu samedi'
        return False
    if c.dep_ == "amod" or (not cases and c.text[:1].isupper()):  # 'le pacte Van der Leyen-Trump'
        return True
    dets = {g.lower_ for g in c.children if g.dep_ == "det"}
    return c.dep_ == "nmod" and bool(cases) and cases <= TREATY_CASES and not dets & {"un", "une", "ce", "cet", "cette"}


def generic_plural(noun: Token, mods: list[Token]) -> bool:
    """'des accords commerciaux', 'les conventions collectives': treaties of a kind, not one treaty, unless a
    name follows ('les accords de Minsk')."""
    named = any(t.text[:1].isupper() for m in mods for t in m.subtree)
    return "Plur" in noun.morph.get("Number") and not named


def is_cut(t: Token, head: Token) -> bool:
    """Tokens that end a treaty description: a clause, a parenthesis, an 'entre' phrase, a word of time."""
    return names.fold(t.text) in lexicon.time_words() \
        or any(a.dep_ in ("acl", "acl:relcl", "appos", "punct") or a.lower_ == "entre" for a in ancestors_to(t, head))


def trim_right(span: Span) -> Span:
    end = span.end
    while end > span.start + 1 and (span.doc[end - 1].is_punct or span.doc[end - 1].lower_ in STOP):
        end -= 1
    return span.doc[span.start:end]


def dedupe(found: Iterable[Mention]) -> list[Mention]:
    """Mentions sorted by position; of two with the same start, the longer wins; identical spans once; nothing
    inside a person's name ('Fatah' in 'Abdul Fatah Al Burhan')."""
    out: list[Mention] = []
    open_: list[Mention] = []  # those of out that may still hold a later one (mentions come by start)
    for m in sorted(found, key=lambda m: (m.start, -m.end)):
        open_ = [o for o in open_ if o.end >= m.start]
        if any(o.start <= m.start and m.end <= o.end
               and (o.start == m.start or m.type == o.type or "Person" in (m.type, o.type)) for o in open_):
            continue
        out.append(m)
        open_.append(m)
    return out


def link_acronyms(doc: Doc, found: list[Mention]) -> None:
    """'services de renseignement (GUR)': the acronym in brackets names the same entity as the phrase before (the
    gazetteer's, unless the phrase spells the acronym out: 'les Forces de défense populaires (FDP)' are no German
    party); after a person's name it is his party ('Jean Martin (LR)'); a wire's name in a dateline's brackets
    names nothing before it ('Port-Soudan, Soudan (PANA) -')."""
    by_start, text = {m.start: m for m in found}, parsed(doc)
    for m in found:
        nxt = by_start.get(next_char(text, m.end, "("))
        if nxt is None or not names_before(m, nxt, text, by_start):
            continue
        if nxt.key and not m.key and not names.spells(names.initials(m.name or m.text), nxt.text):
            m.alias_of, m.type = nxt.id, nxt.type  # 'les forces armées (FARDC)'; not 'les Forces de défense populaires'
        else:
            if nxt.key and not m.key:
                nxt.key = None  # spelt out: the article's sense, not the gazetteer's
            nxt.alias_of = m.id
            nxt.type = m.type if not nxt.key else nxt.type


def names_before(m: Mention, acronym: Mention, text: str, by_start: dict[int, Mention]) -> bool:
    """Whether the name in brackets after m may name it: no dateline's, free, not the first of a list, not spelt
    by the end of m's name only."""
    return "dateline" not in (m.typed_by, acronym.typed_by) and alone_in_brackets(m, acronym, text) \
        and not listed_after(acronym, text, by_start) and not spelt_by_tail(m, acronym)


def spelt_by_tail(m: Mention, acronym: Mention) -> bool:
    """'la Commission électorale de la République démocratique du Congo (RDC)': an acronym that the end of the name
    spells, not the whole, is that end's (here the state's), not the name's ('paramilitaires des Forces de soutien
    rapide (RSF)', a name the gazetteer knows, and 'le gouvernement de la République démocratique du Congo (RDC)',
    a noun that stands for its state, are the acronym's)."""
    words = (m.name or m.text).split()
    if acronym.key is None or m.key is not None or words[0].lower() in lexicon.source_nouns()["state"]:
        return False
    return any(words[i][:1].isupper() and names.spells(names.initials(" ".join(words[i:])), acronym.text)
               and not names.spells(names.initials(" ".join(words)), acronym.text) for i in range(1, len(words)))


def alone_in_brackets(m: Mention, acronym: Mention, text: str) -> bool:
    """Whether an acronym in the brackets after a body's name is free to name it: not another entity the gazetteer
    knows ('Washington (USA)'), nor one already linked; a body's own name in brackets after a body the article
    describes names it too ('le parti socialiste grec (Pasok-Kinal)')."""
    named = acronym.text.isupper() or (m.type == acronym.type == "Organization" and not m.key)
    return named and acronym.alias_of is None and m.alias_of is None and m.type != "Person" \
        and not (m.key and acronym.key and m.key != acronym.key)


def listed_after(acronym: Mention, text: str, by_start: dict[int, Mention]) -> bool:
    """Whether another name follows an acronym after a comma: the first of a list ('le front (FGTB, CSC et
    CGSLB)'), not an acronym and its description ('la Coalition civique (KO, centriste)')."""
    comma = next_char(text, acronym.end, ",")
    rest = text[comma:comma + 4] if comma >= 0 else ""
    return comma >= 0 and comma + len(rest) - len(rest.lstrip()) in by_start


def next_char(text: str, pos: int, char: str) -> int:
    """Position just after char when it is the next non-space character after pos, else -1."""
    rest = text[pos:pos + 4]
    stripped = rest.lstrip()
    return pos + (len(rest) - len(stripped)) + 1 if stripped.startswith(char) else -1
