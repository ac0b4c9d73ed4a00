"""Roles given to people in apposition ('le dirigeant nord-coréen Kim Jong Un', 'X, chef d'état-major …')."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from kg import lexicon, names
from kg.extract.common import parsed
from kg.extract.cues import OF_WORDS, QUOTE_MARKS
from kg.extract.entities import STOP as STOP_WORDS, make, role_noun_after
from kg.gazetteer import Gazetteer
from kg.model import Mention

ROLE_NOUNS = frozenset(lexicon.role_nouns())


def role_nouns(*kinds: str) -> frozenset[str]:
    """The role nouns of the lexicon of those kinds."""
    return frozenset(w for w, kind in lexicon.role_nouns().items() if kind in kinds)


NOT_HEAD = {"premier": "ministre", "première": "ministre", "adjoint": None, "adjointe": None}
LEADER_NOUNS = role_nouns("leader")
PLACE_LEADERS = role_nouns("place_leader")
BODY_LEADERS = role_nouns("leader", "body_leader")
RANKS = role_nouns("rank")
NOT_LEADER = re.compile(r"(?i)[ée]tat.major|diplomatie|arm[ée]e|forces|gouvernement|services?\b|cabinet|bureau|"
                        r"renseignement|op[ée]rations|s[ée]curit[ée]|parti\b|file\b|d[ée]l[ée]gation|[ée]quipe|"
                        r"\b(ancien|ancienne|ex|futur|future|pr[ée]c[ée]dente?)\b")
LEADING_SECRETARY = re.compile(r"\bsecretaire general|\bpremiere? secretaire\b")  # folded: 'Premier secrétaire du PS'
OF_PARTY = re.compile(r"(?i)\bdu parti\b.*$")  # 'le chef du parti (d'extrême droite) X' leads X
STATE_WORDS = re.compile(r"\b(?:republique|etat|pays|nation|confederation|federation|royaume|gouvernement|executif|"
                         r"regime|junte|transition|administration|autorites|pouvoir)\b")
FORMER = re.compile(r"(?i)\b(ancien|ancienne|ex|futur|future|pr[ée]c[ée]dente?)\b")


BEFORE_HEAD = frozenset({"premier", "première", "nouveau", "nouvelle", "ancien", "ancienne", "futur", "future",
                         "précédent", "précédente"})
LEADING_OFFICES = frozenset({"head_of_state", "head_of_government", "monarch", "supreme_leader"})
OF = frozenset({"de", "du", "des", "d'", "à", "au", "aux", "pour", "auprès", "chargé", "chargée"})
TITLE_LOCUTIONS = frozenset({("en", "chef"), ("par", "intérim"), ("en", "exercice"), ("en", "fonction"),
                             ("en", "fonctions"), ("en", "poste")})
HONORIFICS = frozenset({"m.", "mme", "mlle", "me", "dr", "dre", "mgr", "pr"})
BREAKS = frozenset({",", "(", ")", "–", "—", ";", ":"})


@lru_cache(maxsize=8192)  # asked for every role and every description, over the whole office lexicon
def office_phrase(folded: str) -> tuple[str, str] | None:
    """The longest office phrase of the lexicon in a folded role text, and its office."""
    words = f" {folded.replace(chr(39), ' ')} "
    found = [(len(phrase), phrase, o.office) for phrase, o in lexicon.offices().items()
             if f" {phrase.replace(chr(39), ' ')} " in words]
    return max(found)[1:] if found else None


@dataclass
class Role:
    """A role noun phrase describing a person, with the state and the organisation it names."""

    person: Mention
    text: str
    head: str
    words: frozenset[str]
    start: int
    end: int
    state: str | None
    org: Mention | None
    place: Mention | None = None
    plain: str = ""  # the folded text without its demonyms ('ministre des affaires etrangeres')
    of_a_body: bool = False  # its demonym qualifies a body, not the role ('président du syndicat agricole français')
    of_a_part: bool = False  # it heads a part of its body ('le directeur général des médias de l'armée')

    @property
    def leads_org(self) -> bool:
        """'le président de la Douma', 'le secrétaire général de l'OTAN', 'son président': the head of an
        organisation (not a deputy: 'directeur adjoint')."""
        leader = self.head in BODY_LEADERS or bool(LEADING_SECRETARY.search(self.folded))
        deputy = any(w in self.words for w in ("adjoint", "adjointe", "vice", "sous"))
        named = self.org is not None and self.org.text in self.text  # not 'son président'
        before = self.text.split(self.org.text)[0] if named else self.text.rsplit(" ", 1)[0]
        modifier = named and re.search(rf"(?i)\b{re.escape(self.head)}\s*$", before)  # 'le président LR de …'
        scope = OF_PARTY.sub("", before) if named else before  # 'le président du parti': a party named before
        return leader and not deputy and self.org is not None and self.org.type in ("Organization", "MilitaryUnit") \
            and not modifier and not NOT_LEADER.search(scope) and not self.of_a_part

    @property
    def folded(self) -> str:
        return " ".join(names.fold(self.text).split())

    @cached_property
    def of_names(self) -> frozenset[str]:
        """The capitalised words of its 'de' complement ('le président du CD&V' -> {'cd&v'})."""
        words = self.text.split()
        at = next((i for i, w in enumerate(words) if w.lower() == self.head), len(words))
        return capitalised_complement(words[at + 1:])

    def of_other(self, named: frozenset[str]) -> bool:
        """Whether the role is of another body or place than the one a description names ('le président de la
        N-VA' is not 'le président du CD&V')."""
        return bool(named and self.of_names and not named & self.of_names)

    @cached_property
    def office(self) -> str | None:
        """The office of the lexicon the role names, by its longest phrase, demonyms aside ('premier ministre
        israélien' -> head_of_government; 'le ministre arménien des Affaires étrangères' -> foreign_minister;
        'chef d'état-major' -> army_chief, not 'chef d'État'); a lone office word naming a body's head is none."""
        found = office_phrase(self.plain or self.folded)
        one_word = found is not None and " " not in found[0]
        if found is None or (one_word and (self.org is not None and self.org.type != "State" or self.of_a_body)):
            return None  # 'président du Tribunal électoral supérieur' holds no office of a state
        return found[1]

    @property
    def is_leader(self) -> bool:
        """The leader of the state it names: a leading office ('chef du gouvernement israélien'), or a leader
        noun that does not lead only a part of the state ('chef de la diplomatie') nor a body ('le chef du
        Hezbollah libanais'); not someone sent by a leader ('l'envoyé spécial du président des États-Unis')."""
        if self.state is None:
            return False
        if FORMER.search(self.text):
            return False
        return self.head in BODY_LEADERS and not self.of_a_body and (self.office in LEADING_OFFICES or (
            self.head in LEADER_NOUNS and self.org is None and not NOT_LEADER.search(self.text)))


def capitalised_complement(words: list[str]) -> frozenset[str]:
    """The capitalised words after the first 'de' of words ('de la N-VA', "de l'Union africaine")."""
    words = [piece for w in words for piece in re.split(r"(?<=['’])", w) if piece]  # "d'Europe" -> "d'", "Europe"
    at = next((i for i, w in enumerate(words) if w.lower() in OF_WORDS), len(words))
    return frozenset(names.fold(w) for w in words[at + 1:] if w[:1].isupper())


def role_before(person: Span) -> Span | None:
    """'le président russe Vladimir Poutine', 'le vice-ministre russe des Affaires étrangères, Andrei Rudenko',
    'un député LR, le franco-israélien Meyer Habib'."""
    doc = person.doc
    end = person.start - (person.start > 0 and doc[person.start - 1].lower_ in HONORIFICS)  # ', Mme Ursula …'
    end = end - 1 if end and doc[end - 1].text == "," else end
    if end and doc[end - 1].pos_ == "ADP":
        return None  # 'la présidente du tribunal, à l'attention de X': X is the complement, not the holder
    head = role_noun_before(doc, end, person.sent.start)
    comma = epithet_comma(doc, end) if head is None else None
    head = role_noun_before(doc, comma, person.sent.start) if comma is not None else head
    if head is None:
        return role_of_the_complement(doc, end, person.sent.start)
    head = nearest_role_noun(doc, head, end) if holder_set_off_after(person) else head
    start = with_modifiers(doc, head)
    if source_then_subject(doc, start, end, person) or set_off_after_another(doc, start, end, person):
        return None
    return role_before_rank(doc, start, person.sent.start) or doc[start:end]


def set_off_after_another(doc: Doc, start: int, end: int, person: Span) -> bool:
    """'D'après Paul X, membre de la délégation, Marc Y souhaite …': a bare role set off by commas right after
    another person's name is that person's, not the one named after it ('le roi X, le président du PS, Y' may be
    Y's)."""
    return end < person.start and start >= 2 and doc[start - 1].text == "," and person_word(doc[start - 2]) \
        and doc[start].pos_ != "DET"


def source_then_subject(doc: Doc, start: int, end: int, person: Span) -> bool:
    """'Selon le porte-parole du parquet, X pourra être transféré …', 'Selon le président ukrainien, X « ne peut
    plus … »': a name after the comma that closes a 'selon' phrase, with its verb right after it (past a quotation
    mark), is the clause's subject, not the one the phrase describes."""
    before = doc[start - 2:start] if start >= 2 else doc[0:start]
    opened = any(t.lower_ in ("selon", "d'après") for t in before)
    after = next((t for t in doc[person.end:person.end + 4] if t.text not in QUOTE_MARKS
                  and t.lower_ not in ("ne", "n'")), None)
    return opened and end < person.start and after is not None and after.pos_ in ("VERB", "AUX")


def holder_set_off_after(person: Span) -> bool:
    """'le conseiller du président russe Vladimir Poutine, Youri Ouchakov, …': a second name set off right after
    a name holds the role phrase, which the first one only completes."""
    doc = person.doc
    return person.end + 1 < len(doc) and doc[person.end].text == "," and person_word(doc[person.end + 1])


def nearest_role_noun(doc: Doc, head: int, end: int) -> int:
    """The last role noun between head and end: the office of the name right after it ('président russe')."""
    return max(i for i in range(head, end) if doc[i].lower_ in ROLE_NOUNS and doc[i].pos_ in ("NOUN", "PROPN")
               or i == head)


def role_of_the_complement(doc: Doc, end: int, floor: int) -> Span | None:
    """'Le conseiller du président russe Vladimir Poutine, Youri Ouchakov': the role phrase before a name set off
    just before this one, with that name as its complement."""
    if end < 2 or doc[end].text != "," or not person_word(doc[end - 1]):
        return None
    first = end - 1
    while first > floor and person_word(doc[first - 1]):
        first -= 1
    head = role_noun_before(doc, first, floor)
    if head is None or nearest_role_noun(doc, head, first) == head:
        return None
    return doc[with_modifiers(doc, head):end]


def role_before_rank(doc: Doc, start: int, floor: int) -> Span | None:
    """'le porte-parole de l'armée, le général X': the role set off before a bare rank ('le général')."""
    if doc[start:start + 2][-1].lower_ not in RANKS or start < 2 or doc[start - 1].text != ",":
        return None
    head = role_noun_before(doc, start - 1, floor)
    return doc[with_modifiers(doc, head):start - 1] if head is not None and doc[head].lower_ not in RANKS else None


def role_noun_before(doc: Doc, end: int, floor: int) -> int | None:
    """The first role noun of the words just before end (at most ten, four more past an 'et de' that joins two
    complements of the office), back to a verb, a break, a name, another conjunction or a preposition that
    cannot open a complement of an office ('en réponse aux critiques des dirigeants italiens X')."""
    head, reach = None, 10
    for i, skipped in words_back(doc, end, floor):
        t = doc[i]
        joins = t.lower_ == "et" and i + 1 < len(doc) and doc[i + 1].lower_ in ("de", "du", "des", "d'")
        reach += (4 if joins else 0) + skipped  # 'des Affaires étrangères et de la Communauté nationale'
        if end - i > reach or ends_role(doc, i, joins):
            break
        if t.lower_ in ROLE_NOUNS and (t.pos_ in ("NOUN", "PROPN") or "-" in t.text):  # 'porte-parole': PRON
            head = i
    return head


def ends_role(doc: Doc, i: int, joins: bool) -> bool:
    """A word a role phrase cannot reach back past: a verb, a break, a person's name, a conjunction (but an 'et de'
    that joins two complements), a preposition that opens no complement of an office."""
    t = doc[i]
    return t.pos_ in ("VERB", "AUX") or t.text in BREAKS or foreign_preposition(doc, i) \
        or person_word(t) or (t.lower_ in ("et", "ou") and not joins)


def person_word(t: Token) -> bool:
    """A word of a person's name, as NER and the tagger both see it."""
    return t.ent_type_ in ("PER", "Person") and t.pos_ == "PROPN"


def words_back(doc: Doc, end: int, floor: int) -> Iterator[tuple[int, int]]:
    """The indices before end, back to floor, each with the number of words skipped just before it: an acronym or
    a word or two in brackets is passed over ('le candidat du Rassemblement national (RN) Franck Allisio')."""
    i = end - 1
    while i >= floor:
        opening = next((j for j in range(i - 1, max(floor, i - 4) - 1, -1) if doc[j].text == "("), None) \
            if doc[i].text == ")" else None
        skipped = i - opening + 1 if opening is not None and "(" not in doc[opening + 1:i].text else 0
        i -= skipped
        if i >= floor:
            yield i, skipped
        i -= 1


def foreign_preposition(doc: Doc, i: int) -> bool:
    """A preposition that opens no complement of an office ('en réponse à'), unlike 'de', 'à' or the 'en' and
    'par' of 'en chef', 'par intérim', 'en exercice'."""
    t = doc[i]
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return t.pos_ == "ADP" and t.lower_ not in OF and (t.lower_, nxt) not in TITLE_LOCUTIONS


def epithet_comma(doc: Doc, end: int) -> int | None:
    """', le franco-israélien ' before a name: the comma before an epithet of at most four words with no role
    noun, behind which the role may stand."""
    i = end - 1
    while i >= max(0, end - 5) and doc[i].text != "," and (doc[i].pos_ in ("DET", "ADJ", "NOUN") or doc[i].text == "-") \
            and doc[i].lower_ not in ROLE_NOUNS:
        i -= 1
    return i if i >= 0 and i < end - 1 and doc[i].text == "," and doc[i + 1].pos_ == "DET" else None


def with_modifiers(doc, head: int) -> int:
    """Where a role noun's phrase starts: over 'premier', 'nouveau', 'ancien' … and the determiner before it."""
    while head and doc[head - 1].lower_ in BEFORE_HEAD:
        head -= 1
    return head - 1 if head and doc[head - 1].pos_ == "DET" else head


def singular_role(t: Token) -> bool:
    return t.lower_ in ROLE_NOUNS


def role_after(person: Span, noun: Callable[[Token], bool] = singular_role) -> Span | None:
    """'Valéry Guérassimov, chef d'état-major général des forces armées de la fédération de Russie, …'; not
    'Selon X, le dirigeant nord-coréen a décidé …', where the phrase is the subject of the next verb. noun tells
    the role nouns ('A et B, élus RN': plural ones after a list)."""
    doc = person.doc
    i = person.end
    start = role_noun_after_comma(doc, i, noun)
    end = phrase_end(doc, start) if start is not None else None
    if end is not None and holder_inside(doc, start, end):
        return None  # 'X, le président français Emmanuel Macron, …': a list of people with their roles
    if end is not None and end + 1 < len(doc) and doc[end].text == "," and person_word(doc[end + 1]) \
            and doc[i + 1].pos_ == "DET":
        return None  # 'par le roi Philippe, le président du parti, Jean Lenoir': Jean Lenoir's (not in a list)
    return doc[i + 1:end] if end is not None else None


def holder_inside(doc: Doc, start: int, end: int) -> bool:
    """Whether a name stands in a role phrase with no 'de' before it: the role's holder, not a complement
    ('le président français Emmanuel Macron', but 'conseiller du président Vladimir Poutine')."""
    first = next((t.i for t in doc[start:end] if person_word(t)), None)
    return first is not None and not any(t.lower_ in OF for t in doc[start:first])


def phrase_end(doc: Doc, start: int) -> int | None:
    """Where a role phrase that starts at its noun ends: before the next break, stop, verb or relative word, when
    one comes within 16 words (else None: the phrase runs into a clause)."""
    end = start + 1
    while end < min(len(doc), start + 16) and doc[end].text not in BREAKS | {"."} \
            and (doc[end].pos_ not in ("VERB", "AUX") or bare_participle(doc[end])) \
            and doc[end].lower_ not in ("qui", "que", "qu'") and "\n" not in doc[end].text:
        end += 1
    closed = end >= len(doc) or doc[end].text in BREAKS or doc[end].is_sent_end or doc[end].text == "." \
        or "\n" in doc[end].text or "\n" in doc[end - 1].whitespace_
    return end if closed else None


def bare_participle(t: Token) -> bool:
    """A past participle standing as an adjective, with no words of its own ('candidat du parti dissous X')."""
    return t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense") \
        and t.dep_ in ("amod", "acl") and not list(t.children)


def role_appointed(person: Span) -> Span | None:
    """'X a été élu maire de New York', 'X, nommée ministre de la Culture, …': the role the person was given;
    not 'X n'a pas été élu président'."""
    verb = appointing_verb(person)
    start = role_noun_after(verb) if verb is not None else None
    end = phrase_end(person.doc, start) if start is not None else None
    return person.doc[start:end] if end is not None else None


def role_noun_after_comma(doc: Doc, i: int, noun: Callable[[Token], bool] = singular_role) -> int | None:
    """Where the role noun stands after the comma at i ('X, porte-parole', 'X, le chef', 'X, un autre député',
    'X, qui est président de …')."""
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    start = i + 1 + 2 * (i + 2 < len(doc) and doc[i + 1].lower_ == "qui" and doc[i + 2].lower_ == "est")
    start += start < len(doc) and doc[start].pos_ == "DET"
    start += start < len(doc) and doc[start].lower_ == "autre"
    for _ in range(2):  # 'X, le nouveau dirigeant de …', 'X, puissant patron du …', 'X, également membre du …'
        start += start < len(doc) and not noun(doc[start]) \
            and (doc[start].lower_ in BEFORE_HEAD or doc[start].pos_ in ("ADJ", "ADV"))
    return start if start < len(doc) and noun(doc[start]) else None


def appointing_verb(person: Span) -> Token | None:
    """The verb of appointment after a person, its subject or set off by a comma ('X, nommée …'), not negated."""
    doc, root = person.doc, person.root
    verb = doc[person.end + 1] if person.end + 1 < len(doc) and doc[person.end].text == "," else \
        (root.head if root.dep_.startswith("nsubj") else None)
    if verb is None or verb.i < person.end or verb.lemma_ not in lexicon.appointment_verbs() \
            or any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "plus") for c in verb.children):
        return None
    return verb


def roles(doc: Doc, *, mentions: list[Mention], gazetteer: Gazetteer) -> Iterator[Role]:
    """The role of each named person that has one in its sentence; else the plural role of the list of names it
    stands in ('les conseillers fédéraux A, B et C', 'A et B, élus RN')."""
    people = [m for m in mentions if m.type == "Person" and not m.unnamed]
    found = list(own_roles(doc, people, mentions, gazetteer))
    held = {id(role.person) for role in found}
    for group in name_lists(doc, people):
        phrase = shared_role(doc, group)
        found += [make_role(m, phrase, next(t for t in phrase if plural_role(t)), mentions, gazetteer)
                  for m in group if phrase is not None and id(m) not in held]
    order = {id(m): i for i, m in enumerate(people)}
    return iter(sorted(found, key=lambda role: order[id(role.person)]))  # in the order of the names


def shared_role(doc: Doc, group: list[Mention]) -> Span | None:
    """The plural role before or after a list of names that each of them holds; not one that gives each his own
    ('les chefs des délégations russe et ukrainienne, A et B')."""
    phrase = plural_role_before(doc, group[0]) or plural_role_after(doc, group[-1])
    return None if phrase is None or any(t.lower_ in ("et", "ou") for t in phrase) else phrase


def own_roles(doc: Doc, people: list[Mention], mentions: list[Mention], gazetteer: Gazetteer) -> Iterator[Role]:
    """The role phrases each person has beside his own name, before it and after it ('la députée X, présidente du
    groupe Y'), or else was given ('X a été élu maire de …')."""
    for m in people:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        phrases = [p for p in (role_before(span), role_after(span)) if p] if span is not None else []
        appointed = role_appointed(span) if span is not None and not phrases else None
        for phrase in phrases or ([appointed] if appointed else []):
            yield from joined_roles(m, phrase, mentions, gazetteer)


def joined_roles(m: Mention, phrase: Span, mentions: list[Mention], gazetteer: Gazetteer) -> list[Role]:
    """The roles of a phrase that may join offices with a bare 'et' ('X, député LFI et président de la
    commission'; 'le Premier ministre qatari et ministre des Affaires étrangères, X'): one role each when each
    names its state, body or place, else the phrase's one role ('président et fondateur de …'); a determiner
    after 'et' opens another person's role ('le ministre et le chef d'état-major, le général X'); a role joined
    before keeps its qualifiers ('le chef travailliste et Premier ministre britannique X')."""
    doc = phrase.doc
    cuts = [t.i for t in phrase[1:] if t.lower_ == "et" and bare_role_at(doc, t.i + 1)]
    parts = [make_role(m, doc[a:b], role_head(doc[a:b]), mentions, gazetteer)
             for a, b in zip([phrase.start] + [c + 1 for c in cuts], cuts + [phrase.end])]
    found = parts if all(scoped(r) for r in parts) else [make_role(m, phrase, role_head(phrase), mentions, gazetteer)]
    return earlier_role(m, phrase, mentions, gazetteer) + found


def earlier_role(m: Mention, phrase: Span, mentions: list[Mention], gazetteer: Gazetteer) -> list[Role]:
    """The role a bare 'et' joins before a phrase, when it names its scope or has an adjective after its noun
    ('le chef travailliste et Premier ministre britannique X')."""
    before = joined_before(phrase)
    if before is None:
        return []
    head = role_head(before)
    role = make_role(m, before, head, mentions, gazetteer)
    return [role] if scoped(role) or any(t.pos_ == "ADJ" and t.i > head.i for t in before) else []


def joined_before(phrase: Span) -> Span | None:
    """The role phrase a bare 'et' joins to the front of this one ('le Premier ministre qatari et [ministre …]')."""
    doc, joined = phrase.doc, phrase.start - 1
    if joined <= phrase.sent.start or doc[joined].lower_ != "et" or not bare_role_at(doc, phrase.start):
        return None
    head = role_noun_before(doc, joined, phrase.sent.start)
    return doc[with_modifiers(doc, head):joined] if head is not None else None


def scoped(role: Role) -> bool:
    """Whether a role names the state, body or place of its office."""
    return bool(role.state or role.org or role.place)


def bare_role_at(doc: Doc, i: int) -> bool:
    """A role noun at i, after modifiers such as 'premier' or 'vice', with no determiner."""
    while i < len(doc) and doc[i].lower_ in BEFORE_HEAD:
        i += 1
    return i < len(doc) and doc[i].lower_ in ROLE_NOUNS and doc[i].pos_ != "DET"


def make_role(m: Mention, phrase: Span, head: Token, mentions: list[Mention], gazetteer: Gazetteer) -> Role:
    """The Role a phrase gives a person, with the state, body and place it names."""
    inside = [o for o in mentions if o.start >= phrase.start_char and o.end <= phrase.end_char and o is not m]
    word = head.lower_ if head.lower_ in ROLE_NOUNS else head.lemma_.lower()  # 'élus' -> 'élu'
    words = frozenset(names.fold(phrase.text).replace("'", " ").split())
    org = body_of(phrase, inside, mentions, m.doc, gazetteer)
    return Role(person=m, text=phrase.text, head=word, words=words, start=phrase.start_char, end=phrase.end_char,
                state=state_of(phrase, inside, gazetteer) or jurisdiction(phrase), org=org,
                place=next((o for o in inside if o.type == "Place"), None) or town_led(phrase, head, m.doc),
                plain=" ".join(names.fold(t.text) for t in phrase if not gazetteer.state_of_demonym(t.text)),
                of_a_body=demonym_of_body(phrase, gazetteer), of_a_part=part_of_body(phrase, head, org))


def part_of_body(phrase: Span, head: Token, body: Mention | None) -> bool:
    """'le directeur général des médias de l'armée': the first noun of the role's complement, before the body's
    name, names a part of the body, which the role heads (not a kind of body: 'le chef du parti d'extrême droite
    X')."""
    nouns = [t for t in phrase if t.i > head.i and t.pos_ == "NOUN" and t.lower_ not in ROLE_NOUNS
             and any(c.dep_ == "case" and c.lower_ in OF_WORDS for c in t.children)]  # not 'chef par intérim'
    first = nouns[0] if nouns and body is not None else None
    return first is not None and first.idx < body.start and names.fold(first.text) not in lexicon.kind_nouns()


def demonym_of_body(phrase: Span, gazetteer: Gazetteer) -> bool:
    """'le président du premier syndicat agricole français', 'le président du parlement ukrainien': a demonym the
    parse hangs on a noun of the role's complement that is no state's ('de la République française', 'du
    gouvernement israélien', 'de la nouvelle administration syrienne' are)."""
    return any(gazetteer.state_of_demonym(t.text) and t.head.pos_ == "NOUN" and t.head.lower_ not in ROLE_NOUNS
               and not STATE_WORDS.search(names.fold(t.head.text)) and phrase.start <= t.head.i < phrase.end
               for t in phrase)


MEMBER_NOUNS = ROLE_NOUNS - BODY_LEADERS
LIST_GAP = re.compile(r"\s*(?:,|et|,\s*et)\s*")
LIST_OPENERS = frozenset({",", "parmi", "lesquels", "lesquelles", "dont", "notamment"})


def name_lists(doc: Doc, people: list[Mention]) -> Iterator[list[Mention]]:
    """Runs of two names or more joined by commas and 'et' ('A, B et C')."""
    text, run = parsed(doc), []
    for m in sorted(people, key=lambda m: m.start):
        if run and not LIST_GAP.fullmatch(text[run[-1].end:m.start]):
            yield from [run] if len(run) > 1 else []
            run = []
        run.append(m)
    yield from [run] if len(run) > 1 else []


def plural_role(t: Token) -> bool:
    """A role noun in the plural ('conseillers', 'élus', 'eurodéputés'), not a leader's ('les dirigeants
    italiens A et B' lead no state each)."""
    return t.lower_ not in ROLE_NOUNS and t.lemma_.lower() in MEMBER_NOUNS and "Plur" in t.morph.get("Number") \
        and t.pos_ == "NOUN"


def plural_role_before(doc: Doc, first: Mention) -> Span | None:
    """'Les conseillers fédéraux A, B …', 'les six eurodéputés LR, parmi lesquels A, B …': the plural role phrase
    just before the first name of a list (past 'parmi lesquels', 'dont'), with no verb or break inside."""
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    end = span.start if span is not None else 0
    while end > 0 and doc[end - 1].lower_ in LIST_OPENERS:
        end -= 1
    for i in range(end - 1, max(span.sent.start if span is not None else 0, end - 8) - 1, -1):
        if plural_role(doc[i]):
            return doc[with_modifiers(doc, i):end]
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].text in BREAKS:
            return None
    return None


def plural_role_after(doc: Doc, last: Mention) -> Span | None:
    """'A et B, élus RN, ont voté': the plural role phrase set off after the last name of a list."""
    span = doc.char_span(last.start, last.end, alignment_mode="expand")
    return role_after(span, plural_role) if span is not None else None


def town_led(phrase: Span, head: Token, doc_name: str) -> Mention | None:
    """'le maire de Craon' with no place found in it: the capitalised words right after 'maire de' name a town."""
    if head.lower_ not in PLACE_LEADERS or head.i + 2 >= phrase.end or head.nbor(1).lower_ not in ("de", "d'"):
        return None
    end = head.i + 2
    while end < phrase.end and (phrase.doc[end].text[:1].isupper() or phrase.doc[end].text == "-"):
        end += 1
    return make(phrase.doc[head.i + 2:end], doc_name, "Place") if end > head.i + 2 else None


def role_head(phrase: Span) -> Token:
    """The role noun of a phrase: 'premier' only in 'premier ministre'; 'adjoint' only alone."""
    nouns = [t for t in phrase if t.lower_ in ROLE_NOUNS]
    for t in nouns:
        nxt = t.doc[t.i + 1].lower_ if t.i + 1 < len(t.doc) else ""
        if t.lower_ not in NOT_HEAD or (NOT_HEAD[t.lower_] and nxt == NOT_HEAD[t.lower_]) or len(nouns) == 1:
            return t
    return nouns[0]


PARTY_NOUNS = frozenset({"parti", "formation"})
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


def named_before(phrase: Span, mentions: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """'le porte-parole du ministère': the organisation named earlier whose name starts with that noun ('le
    président du parti': a party the gazetteer knows), or for 'son président', the organisation subject of the
    sentence before."""
    before = [o for o in mentions if o.type == "Organization" and o.end <= phrase.start_char and o.role is None]
    kinds = [t for t in phrase if t.pos_ == "NOUN" and t.lower_ not in ROLE_NOUNS]
    if kinds:
        possessed = any(t.lower_ in POSSESSIVES for t in phrase)  # 'le président de son parti': whose?
        return None if possessed else of_kind_before(kinds, before, gazetteer)
    if phrase[0].lower_ in ("son", "sa", "leur"):
        previous = [o for o in before if o.start >= previous_sentence_start(phrase) and is_subject_span(phrase.doc, o)]
        return previous[-1] if previous else None
    return None


def of_kind_before(kinds: list[Token], before: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """The last body named before whose name opens with one of the kind nouns and holds their adjectives ('du
    groupe mélenchoniste' is not the 'groupe RN'; a party's adjective is no part of its name: 'du parti
    conservateur')."""
    nouns = {t.lower_ for t in kinds}
    qualifiers = {names.fold(c.text) for t in kinds if t.lower_ not in PARTY_NOUNS for c in t.children
                  if c.dep_ == "amod"}
    named = [o for o in before if opens_with(o, nouns, gazetteer) and qualifiers <= set(names.fold(o.text).split())]
    return named[-1] if named else None


def opens_with(body: Mention, nouns: set[str], gazetteer: Gazetteer) -> bool:
    """Whether a body's name opens with one of the nouns, or it is a party the gazetteer knows and they say
    'parti'."""
    return body.text.split()[0].lower() in nouns or bool(nouns & PARTY_NOUNS) and known_party(body, gazetteer)


def known_party(body: Mention, gazetteer: Gazetteer) -> bool:
    return (gazetteer.get(body.key) or {}).get("kind") == "party"


def body_of(phrase: Span, inside: list[Mention], mentions: list[Mention], doc_name: str,
            gazetteer: Gazetteer) -> Mention | None:
    """The body a role phrase names: the first one named in it, unless a body described around it comes first
    ('le bureau des affaires taïwanaises du Conseil d'État', but not a kind noun before its name: 'du syndicat
    Unia' is Unia); else one named before."""
    named = next((o for o in inside if o.type in ("Organization", "MilitaryUnit")), None)
    described = described_body(phrase, doc_name) or acronym_body(phrase, inside, doc_name)
    kind_before_name = named is not None and described is not None and described.end == named.end \
        and names.fold(described.text.split()[0]) in lexicon.kind_nouns()
    if described is not None and (named is None or described.start < named.start) and not kind_before_name:
        return described
    return named or named_before(phrase, mentions, gazetteer)


BODY_OF = frozenset({"de", "du", "des", "d'", "l'", "la", "le", "les"})


def described_body(phrase: Span, doc_name: str) -> Mention | None:
    """'la porte-parole du ministère des Affaires étrangères', 'le porte-parole du bureau des affaires
    taïwanaises' with no name found in it: the body its complement describes, when a noun of the lexicon that
    opens a body's name heads it and two more words or a capital say which ('le porte-parole du gouvernement'
    names none)."""
    heads = lexicon.name_heads()
    start = next((t.i for t in phrase[1:] if heads.get(names.fold(t.text)) in ("Organization", "MilitaryUnit")
                  and t.doc[t.i - 1].lower_ in BODY_OF), None)
    if start is None:
        return None
    end = next((t.i for t in phrase.doc[start:phrase.end] if t.text in BREAKS), phrase.end)  # '(opposition)'
    words = [t for t in phrase.doc[start:end] if not t.is_punct]
    content = [t for t in words[1:] if t.lower_ not in BODY_OF and names.fold(t.text) not in STOP_WORDS]
    if len(content) < 2 and not any(t.text[:1].isupper() for t in words[1:]):
        return None
    span = phrase.doc[start:words[-1].i + 1]
    return make(span, doc_name, heads[names.fold(span[0].text)])


ACRONYM = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý&-]*[A-ZÀ-Ý]")


def acronym_body(phrase: Span, inside: list[Mention], doc_name: str) -> Mention | None:
    """'le président du CD&V', 'le président de la CNRV' when NER missed the acronym: an acronym right after the
    role's 'de', inside no mention, names an organisation."""
    for t in phrase[1:]:
        if ACRONYM.fullmatch(t.text) and t.doc[t.i - 1].lower_ in BODY_OF \
                and not any(o.start <= t.idx < o.end for o in inside):
            return make(t.doc[t.i:t.i + 1], doc_name, "Organization")
    return None


def previous_sentence_start(phrase: Span) -> int:
    sent = phrase[0].sent
    return sent.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char


def is_subject_span(doc: Doc, m: Mention) -> bool:
    """A mention that is the subject of its clause ('son porte-parole' then refers to it)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None else None
    return root is not None and (root.dep_.startswith("nsubj") or root.head.dep_.startswith("nsubj"))


def state_of(phrase: Span, inside: list[Mention], gazetteer: Gazetteer) -> str | None:
    """The state a role phrase names: by a demonym (not one of a matter after 'à': 'le commissaire à la langue
    française') or by name."""
    for t in phrase:
        if gazetteer.state_of_demonym(t.text) and not of_a_matter(t):
            return gazetteer.state_of_demonym(t.text)
    for o in inside:
        entry = gazetteer.get(o.key)
        if entry and entry["type"] == "State":
            return o.key
    return located(phrase, gazetteer)


def of_a_matter(demonym: Token) -> bool:
    """A demonym on the noun of an 'à' complement, the matter a role deals with ('à la langue française'; not a
    role noun's own: 'opposant au président turc')."""
    head = demonym.head
    return head.pos_ == "NOUN" and head.lower_ not in ROLE_NOUNS \
        and any(c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in head.children)


def jurisdiction(phrase: Span) -> str | None:
    """The state whose leading office an office phrase of the lexicon names by itself ('le locataire de
    l'Élysée', 'le président de la Confédération'), the longest first; not a body's ('président de la
    Commission') nor another office of a state ('président de la Rada')."""
    words = f" {names.fold(phrase.text).replace(chr(39), ' ')} "
    found = [(len(p), o.office, o.jurisdiction) for p, o in lexicon.offices().items()
             if o.jurisdiction and f" {p.replace(chr(39), ' ')} " in words]
    return max(found)[2] if found and max(found)[1] in LEADING_OFFICES else None


def located(phrase: Span, gazetteer: Gazetteer) -> str | None:
    """'À Tokyo, le secrétaire général du gouvernement X …': the state whose capital opens the sentence."""
    words = [t for t in phrase.sent if not t.is_space][:4]
    if len(words) < 3 or words[0].lower_ not in ("à", "a") or words[2].text != ",":
        return None
    entry = gazetteer.get(gazetteer.lookup(words[1].text, "Place"))
    return entry.get("capital_of") if entry else None
