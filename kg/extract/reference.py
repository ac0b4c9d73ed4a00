"""Who a noun phrase names when it speaks: a named entity, a pronoun, a role, a metonym or an unnamed source."""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache, partial
from itertools import dropwhile, takewhile

from spacy.tokens import Doc, Span, Token

from kg import lexicon, names
from kg.extract import cues
from kg.extract.common import AGENT_TYPES, article_state, original, parsed, sentence_bounds, sentence_index
from kg.extract.entities import person_nouns
from kg.extract.roles import (BODY_LEADERS, HONORIFICS, LEADER_NOUNS, OF_WORDS, ROLE_NOUNS, Role,
                              capitalised_complement, office_phrase)
from kg.gazetteer import Gazetteer
from kg.model import Mention

SPEECH_NOUNS = frozenset(lexicon.source_nouns()["speech"])
UNNAMED = lexicon.source_nouns()["unnamed"]
OF = OF_WORDS  # 'le président de la FFF [sur RMC Sport]': past its 'de', a
# description ends at another preposition ('le conseiller à la sécurité nationale de la Maison Blanche' is whole)
INSTITUTIONAL = frozenset(lexicon.source_nouns()["institutional"])
STATE_VOICES = frozenset(lexicon.source_nouns()["state"])
EPITHETS = frozenset(lexicon.source_nouns()["epithet"])
KIN = frozenset(lexicon.source_nouns()["kin"])
REALMS = frozenset(lexicon.source_nouns()["realm"])  # 'le président du pays', 'le chef de la junte'
STATUSES = frozenset(lexicon.source_nouns()["status"])  # 'le président sortant' holds the office
CLASS_NOUNS = lexicon.source_nouns()["class"]
GENERIC_PEOPLE = frozenset(lexicon.source_nouns()["generic"])  # 'cette personne': of either sex, whatever its gender
DEMONSTRATIVES = frozenset({"celui-ci", "celle-ci", "dernier", "dernière"})
PRONOUNS = {"il": "m", "elle": "f", "lui": "m", "-t-il": "m", "-il": "m", "-t-elle": "f", "-elle": "f", "-t": "m",
            "ils": "p", "elles": "p", "eux": "p", "-t-ils": "p", "-ils": "p", "-t-elles": "p", "-elles": "p"}
PLURAL_DEMONSTRATIVES = frozenset({"derniers", "dernières", "ceux", "celles"})  # 'ces derniers', 'ceux-ci'
CLAUSE_DEPS = frozenset({"acl:relcl", "acl", "ccomp", "advcl", "parataxis"})


@dataclass
class Context:
    """What speaker resolution may look at in one article."""

    doc: Doc
    name: str
    mentions: list[Mention]
    roles: list[Role]
    gazetteer: Gazetteer
    quotes: list[tuple[int, int]] = field(default_factory=list)
    asides: list[tuple[int, int]] = field(default_factory=list)
    title: tuple[int, int] | None = None  # one of the asides, which speaks for its own quotations only
    made: list[Mention] = field(default_factory=list)
    speakers: list[tuple[int, Mention]] = field(default_factory=list)
    last_quote: object | None = None
    seen: dict[int, list[Mention]] = field(default_factory=dict, repr=False)  # Context.covering's answers
    index: tuple[list[int], list[int], int] | None = field(default=None, repr=False)  # Context.starting's
    quote_index: tuple[list, list[int], list[int]] | None = field(default=None, repr=False)  # inside_quote's
    made_index: list[tuple[int, int, Mention]] = field(default_factory=list, repr=False)  # made, by start
    made_longest: int = 0
    relays: dict[int, Mention | None] = field(default_factory=dict, repr=False)  # relay_of's, by sentence start

    def key_of(self, m: Mention) -> str | None:
        """The gazetteer key of a mention, or of the mention a pronoun or description stands for."""
        if m.key is None and m.alias_of is not None:
            return next((o.key for o in self.mentions if o.id == m.alias_of), None)
        return m.key

    def who(self, m: Mention) -> str:
        """Who a mention names, for telling people apart: its gazetteer key, else its words."""
        return self.key_of(m) or m.text

    def one_person(self, found: list[Mention]) -> bool:
        return len({self.who(m) for m in found}) == 1

    def inside_quote(self, pos: int) -> bool:
        """Whether a character is inside a quotation: among the quotations opening at or before it (sorted by
        where they open), the furthest end lies past it."""
        if self.quote_index is None or self.quote_index[0] is not self.quotes:
            spans = sorted(self.quotes)
            self.quote_index = (self.quotes, [s for s, _ in spans], list(itertools.accumulate(
                (e for _, e in spans), max)))
        _, starts, furthest = self.quote_index
        i = bisect.bisect_right(starts, pos)
        return i > 0 and furthest[i - 1] > pos

    def in_aside(self, token: Token) -> bool:
        """In the title or a caption, which speak for nobody."""
        return self.aside_holds(token.idx)

    def aside_holds(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.asides)

    def mute(self, pos: int) -> bool:
        """In a caption, which yields no statement (the title yields its own)."""
        return self.aside_holds(pos) and not self.in_title(pos)

    def in_title(self, pos: int) -> bool:
        return self.title is not None and self.title[0] <= pos < self.title[1]

    def apart(self, cue: Token, pos: int) -> bool:
        """Whether a cue may not speak for the words at pos: it stands in a caption, or in the title and they do
        not."""
        return self.mute(cue.idx) or self.in_title(cue.idx) != self.in_title(pos)

    def at(self, token: Token) -> Mention | None:
        """The widest mention covering token."""
        hits = self.covering(token.idx) + self.made_covering(token.idx)
        return max(hits, key=lambda m: m.end - m.start) if hits else None

    def covering(self, pos: int) -> list[Mention]:
        """The extractors' mentions covering a character (the list is fixed: each position is looked up once)."""
        if pos not in self.seen:
            self.seen[pos] = [m for m in self.starting(pos - self.longest(), pos + 1) if pos < m.end]
        return self.seen[pos]

    def made_covering(self, pos: int) -> list[Mention]:
        """The mentions resolution made that cover a character, in the order they were made."""
        for i in range(len(self.made_index), len(self.made)):  # made only grows
            m = self.made[i]
            bisect.insort(self.made_index, (m.start, i, m))
            self.made_longest = max(self.made_longest, m.end - m.start)
        lo = bisect.bisect_left(self.made_index, (pos - self.made_longest,))
        hi = bisect.bisect_right(self.made_index, (pos, len(self.made)))
        return [m for _, _, m in sorted(self.made_index[lo:hi], key=lambda x: x[1]) if pos < m.end]

    def rollback(self, n: int) -> None:
        """Forget the mentions made after the first n."""
        del self.made[n:]
        self.made_index = [x for x in self.made_index if x[1] < n]

    def starting(self, lo: int, hi: int) -> list[Mention]:
        """The extractors' mentions that start at a character in [lo, hi), in their order: a look-up in an index
        of their starts, not a walk over the article's mentions."""
        starts, order, _ = self.starts()
        return [self.mentions[i] for i in sorted(order[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)])]

    def longest(self) -> int:
        return self.starts()[2]

    def starts(self) -> tuple[list[int], list[int], int]:
        """The mentions' starts sorted, their indices in that order, and the longest's length (built once)."""
        if self.index is None:
            order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
            self.index = ([self.mentions[i].start for i in order], order,
                          max((m.end - m.start for m in self.mentions), default=0))
        return self.index

    def span_of(self, m: Mention) -> Span | None:
        """The tokens of a mention (None for one made with no place in the text, or not on token bounds)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand") if m.start >= 0 else None
        return span if span is not None and len(span) else None

    def new(self, token: Token, type_: str, **kw) -> Mention:
        m = Mention(doc=self.name, start=token.idx, end=token.idx + len(token), text=token.text, type=type_, **kw)
        self.made.append(m)
        return m


def np_tokens(head: Token, *, stop_at_comma: bool = False) -> list[Token]:
    """The tokens of a noun phrase without its clauses (and, for 'selon X, …', nothing after a comma but a name
    set off by a second one)."""
    tokens = sorted(phrase_tokens(head), key=lambda t: t.i)
    clause = min((c.left_edge.i for c in head.children if c.i > head.i and opens_clause(c)), default=None)
    tokens = [t for t in tokens if t.i < clause] if clause is not None else tokens
    if stop_at_comma:
        stop = comma_stop(head, tokens[-1].i if tokens else head.i)
        tokens = [t for t in tokens if t.i < stop]
    return tokens


def without_medium_told(ctx: Context, head: Token, tokens: list[Token]) -> list[Token]:
    """'a déclaré un porte-parole à l'AFP', 'selon une source militaire au Monde': a news medium after 'à' is the
    one the words were told to, no part of the phrase (the place in 'le correspondant à Bruxelles' is, and so is
    the medium a press job works for: 'un ancien journaliste à l'AFP')."""
    if head.lower_ in lexicon.press_jobs():
        return tokens
    told = [c for c in head.children if c.i > head.i and any(k.dep_ == "case" and k.lower_ in ("à", "au", "aux")
                                                             for k in c.children) and medium(ctx, c)]
    cut = {t.i for c in told for t in c.subtree}
    return [t for t in tokens if t.i not in cut]


def medium(ctx: Context, token: Token) -> bool:
    """A news agency or outlet the gazetteer knows, or a noun of the press ('la presse', 'les journalistes')."""
    return token.lower_ in cues.AUDIENCE or getattr(ctx.at(token), "key", None) in cues.media_ids()


def run_before(tokens: list[Token], until: int) -> list[Token]:
    """The phrase's words that run without a gap up to the token before until, punctuation opening them aside
    ('Dans un entretien, le ministre a …' parsed with the circumstance under 'ministre')."""
    run = []
    for t in reversed([t for t in tokens if t.i < until]):
        if run and t.i != run[-1].i - 1:
            break
        run.append(t)
    return list(dropwhile(lambda t: t.is_punct, reversed(run)))


def opens_clause(child: Token) -> bool:
    """A relative clause or a gerund hung on a noun: nothing the parse hangs on the noun after it is part of the
    phrase ('a rétorqué le premier ministre en évoquant X': not X)."""
    return child.dep_ == "acl:relcl" or (child.dep_ == "acl" and child.left_edge.lower_ == "en"
                                         and child.lower_.endswith("ant"))


def comma_stop(head: Token, last: int) -> int:
    """Where 'selon X, …' ends: its first comma, or the second when a name is set off between them ('selon
    son avocat, Khin Maung Zaw, …')."""
    doc = head.doc
    stop = next((t.i for t in doc[head.i + 1:last + 1] if t.text == ","), len(doc))
    after = doc[stop + 1:stop + 6] if stop + 1 < len(doc) else []  # a slice at the end costs a walk
    name = [t for t in after if t.ent_type_ in ("PER", "Person")]
    end = max((t.i for t in name if t.i - name[0].i == name.index(t)), default=stop) + 1
    return end if name and name[0].i == stop + 1 and end < len(doc) and doc[end].text == "," else stop


def phrase_tokens(head: Token) -> Iterator[Token]:
    """head and the words under it, no clause, source or day hanging in between ('le président selon l'agence X',
    'a déclaré le Premier ministre mardi')."""
    yield head
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS and not any(c.dep_ == "case" and c.lower_ in SOURCE_MARKS
                                                     for c in child.children) \
                and not (child.i > head.i and names.fold(child.text) in lexicon.time_words()):
            yield from phrase_tokens(child)


SOURCE_MARKS = frozenset({"selon", "d'après"})


def metonym(ctx: Context, m: Mention) -> Mention:
    """A capital speaking is its state ('Pyongyang a rejeté'): a state mention standing in for it."""
    entry = ctx.gazetteer.get(m.key)
    if entry and entry.get("capital_of"):
        return Mention(doc=m.doc, start=m.start, end=m.end, text=m.text, type="State", key=entry["capital_of"],
                       role="metonymy", sent_index=m.sent_index)
    return m


NOBODY = Mention(doc="", start=-1, end=-1, text="", type="")  # a rule's veto: the phrase (or cue) names nobody


@dataclass
class Phrase:
    """A noun phrase to resolve: its head, its tokens (clauses left out) and the agents named in it."""

    ctx: Context
    head: Token
    stop_at_comma: bool = False
    until: int | None = None  # the phrase ends before this token, whatever the parse hung on its head

    @cached_property
    def tokens(self) -> list[Token]:
        tokens = without_medium_told(self.ctx, self.head, np_tokens(self.head, stop_at_comma=self.stop_at_comma))
        return tokens if self.until is None else run_before(tokens, self.until)

    @cached_property
    def inside(self) -> list[Mention]:
        found = {id(m): m for t in self.tokens for m in [self.ctx.at(t)]
                 if m is not None and m.type in AGENT_TYPES | {"Place"}}
        return sorted(found.values(), key=lambda m: m.start)


def by_pronoun(ctx: Context, phrase: Phrase) -> Mention | None:
    """'il', 'elle', '-t-il', 'ils': the antecedent."""
    if phrase.head.lower_ not in PRONOUNS:
        return None
    return stressed(ctx, phrase.head) or pronoun(ctx, phrase.head) or NOBODY


def stressed(ctx: Context, t: Token) -> Mention | None:
    """'Marine Le Pen, elle, estime que …': a stressed pronoun set off right after a name is that name."""
    doc = t.doc
    if t.lower_ not in ("elle", "lui", "eux", "elles") or t.i < 2 or t.i + 1 >= len(doc) \
            or doc[t.i - 1].text != "," or doc[t.i + 1].text != ",":
        return None
    named = ctx.at(doc[t.i - 2])
    span = ctx.span_of(named) if named is not None and named.type in AGENT_TYPES else None
    if span is None:
        named = phrase_before_stress(ctx, doc[t.i - 2])
    elif after_preposition(span) or (span.start and doc[span.start - 1].lower_ == "comme"):
        return None  # 'Face à X, elle, a affirmé', 'Comme X, elle, …': not X
    return named if named is not None and agrees(ctx, number_gender(t))(named) else None


def phrase_before_stress(ctx: Context, last: Token) -> Mention | None:
    """'L'opposition indienne, elle, dénonce …': the agent a noun phrase that opens the sentence and ends right
    before a stressed pronoun describes, though no name is in it."""
    head = next((x for x in (last, *last.ancestors) if x.pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.left_edge.i != head.sent.start or head.right_edge.i != last.i \
            or any(t.pos_ == "ADP" for t in head.doc[head.sent.start:head.i]):
        return None  # 'Face à l'opposition, elle, …': not the opposition
    found = speaker_of_np(ctx, head, until=last.i + 1)
    return found if found is not None and found.type in AGENT_TYPES else None


def by_partitive(ctx: Context, phrase: Phrase) -> Mention | None:
    """'l'une des passagères', 'l'un de ses proches', 'l'un d'eux': one unnamed person of those the noun (or
    the people 'eux' stands for) describes."""
    head = phrase.head
    if head.pos_ != "PRON" or head.lower_ not in ("un", "une"):
        return None
    noun = next((c for c in head.children if c.dep_ == "nmod" and (unnamed_type(c) == "Person"
                                                                  or c.lower_ in ("eux", "elles"))), None)
    if noun is None:
        return None
    tokens = [t for t in before_apposition(head, phrase.tokens) if t.i >= head.i]  # not what the parse hung before
    return new_source(ctx, Source(head, tokens, "Person"))


def by_demonstrative(ctx: Context, phrase: Phrase) -> Mention | None:
    """'celui-ci', 'ce dernier': the person named last; 'ces derniers', 'ceux-ci': the agents a plural pronoun
    would stand for."""
    head = phrase.head
    if opening_relative(head):
        return speaker_of_sentence_before(ctx, head) or NOBODY
    if head.lower_ in DEMONSTRATIVES or (head.lower_ in ("celui", "celle") and head.i + 2 < len(head.doc)
                                         and head.doc[head.i + 2].lower_ in ("ci", "là")):
        return last_named(ctx, head) or NOBODY
    if head.lower_ in ("derniers", "dernières") or (head.lower_ in ("ceux", "celles") and head.i + 2 < len(head.doc)
                                                     and head.doc[head.i + 2].lower_ in ("ci", "là")):
        return pronoun(ctx, head) or NOBODY
    return None


def opening_relative(head: Token) -> bool:
    """'Lequel' or 'laquelle' opening a sentence that asks nothing ('Lequel choisir ?' does)."""
    return head.lower_ in ("lequel", "laquelle") and head.i == head.sent.start \
        and not head.sent.text.rstrip().endswith("?")


def speaker_of_sentence_before(ctx: Context, head: Token) -> Mention | None:
    """'Un participant raconte que le ton est monté. Lequel note que …': the one who spoke in the sentence before,
    of the relative's gender (after a sentence where nobody speaks, 'lequel' may be a thing: 'un rapport')."""
    here = sentence_index(head)
    other = "m" if head.lower_ == "laquelle" else "f"
    return next((m for i, m in reversed(ctx.speakers) if i == here - 1 and gender(ctx, m) != other), None)


def by_this_role(ctx: Context, phrase: Phrase) -> Mention | None:
    """'a dit cet ancien directeur du FMI', 'a ajouté cette personne': a role or a noun for a person after 'ce',
    'cet' or 'cette' is the person who spoke in the two sentences before (a writer's variation on the speaker),
    when one of that gender did; so is a former office ('l'ancienne patronne du FMI'), else the one person of that
    gender named in the sentence before."""
    head = phrase.head
    if head.lower_ not in GENERIC_PEOPLE and head.lower_ not in person_words():
        return None
    if former(head) and definite(head):  # 'l'ancienne patronne du FMI a estimé' after 'Christine Lagarde …'
        found = past_holders(ctx, head, phrase.tokens) or recent_person_speaker(ctx, head)
        return ctx.new(head, "Person", role="reference", alias_of=found[-1].id) if found else \
            lone_person_before(ctx, head)
    if not any(c.dep_ == "det" and c.lower_ in ("ce", "cet", "cette") for c in head.children):
        return None
    if head.lower_ in GENERIC_PEOPLE:  # '« … », a ajouté cette personne' after an unnamed witness too
        return speaker_just_before(ctx, head) if inverted_after_quote(head) else None
    found = recent_person_speaker(ctx, head)
    return ctx.new(head, "Person", role="reference", alias_of=found[0].id) if found else None


def past_holders(ctx: Context, head: Token, tokens: list[Token]) -> list[Mention]:
    """'« … », a jugé l'ancien Premier ministre' after 'Boris Johnson et Benjamin Netanyahu ont dîné': of the
    people named outside quotations in the three sentences before, the one left once those who hold that office
    at the article's date (by the gazetteer's terms; today, when it has none) are set aside."""
    found = office_of(ctx, head, tokens)
    if found is None:
        return []
    here, kinds = sentence_index(head), office_kinds(found[0])
    people = [m for m in ctx.mentions if m.type == "Person" and not m.unnamed and 0 <= here - m.sent_index <= 3
              and m.end <= head.idx and not ctx.inside_quote(m.start)]
    left = [m for m in people if not (m.key and holding(ctx, m.key, kinds))]
    return left if len(left) < len(people) and ctx.one_person(left) else []


def inverted_after_quote(head: Token) -> bool:
    """'« … », a ajouté cette personne': a phrase right after the verb of an incise that follows a closing mark and
    its comma (its subject, whom no one else can have been introduced as in between)."""
    i = head.left_edge.i - 1
    while i > 0 and head.doc[i].pos_ in ("VERB", "AUX", "ADV"):
        i -= 1
    return 0 < i < head.left_edge.i - 1 and head.doc[i].text == "," and head.doc[i - 1].text in ("»", "”", '"')


def speaker_just_before(ctx: Context, head: Token) -> Mention | None:
    """The person, named or not, who spoke last in head's sentence or the two before it, as a reference to a named
    one or as the unnamed source itself."""
    here = counted_from(ctx, head)
    found = [m for i, m in ctx.speakers if 0 <= here - i <= 2 and m.type == "Person" and 0 <= m.start and
             m.end <= head.idx]
    if not found:
        return None
    named = named_mention(ctx, found[-1])
    return ctx.new(head, "Person", role="reference", alias_of=named.id) if named is not None else found[-1]


FORMER_WORDS = frozenset({"ancien", "ancienne", "ex", "ex-"})


def former(head: Token) -> bool:
    """A role noun after 'ancien', 'ancienne' or a separate 'ex' ('l'ancienne patronne'); 'l'ex-ministre', one
    word for the tokenizer, is not a role noun of the lexicon and goes to the office rules."""
    return any(c.lower_ in FORMER_WORDS and c.i < head.i for c in head.children) \
        or (head.i > 0 and head.doc[head.i - 1].lower_ in FORMER_WORDS)


REGIONAL = frozenset(lexicon.source_nouns()["regional"])


def by_regional(ctx: Context, phrase: Phrase) -> Mention | None:
    """'a encore déclaré le Valaisan': a region's or city's demonym as a noun is the person who spoke in the two
    sentences before, of its gender (the gazetteer knows no one's region)."""
    head = phrase.head
    if head.lower_ not in REGIONAL or not head.text[:1].isupper() or not definite(head):
        return None
    found = recent_person_speaker(ctx, head)
    return ctx.new(head, "Person", role="reference", alias_of=found[0].id) if found else None


def by_national(ctx: Context, phrase: Phrase) -> Mention | None:
    """'a encore déclaré le Néerlandais', 'l'Allemande a répondu': a state's demonym as a noun on its own is the
    one person of that state the article named before (by the gazetteer or a role), else the person who spoke in
    the two sentences before, of its gender."""
    head = phrase.head
    state = ctx.gazetteer.state_of_demonym(head.text) if head.text[:1].isupper() and definite(head) else None
    if state is None or any(m.type == "Person" for m in phrase.inside):
        return None
    people = agreeing(ctx, nationals_before(ctx, state, head), article_gender(head))
    found = people if len({ctx.key_of(m) for m in people}) == 1 else recent_person_speaker(ctx, head)
    return ctx.new(head, "Person", role="reference", alias_of=found[-1].id) if found else None


def by_speech_noun(ctx: Context, phrase: Phrase) -> Mention | None:
    """'le communiqué de Pyongyang': who the words come from."""
    if phrase.head.lower_ not in SPEECH_NOUNS:
        return None
    return speech_source(ctx, phrase.head, phrase.tokens, phrase.inside) or NOBODY


def by_set_off_body(ctx: Context, phrase: Phrase) -> Mention | None:
    """'la chaîne des Houthis, al-Masirah': a body named between commas after a noun that is no person's."""
    if phrase.head.lower_ in person_words():
        return None
    return next((m for m in phrase.inside if m.type in ("Organization", "MilitaryUnit") and m.role is None
                 and appositive(ctx, m)), None)


def by_name(ctx: Context, phrase: Phrase) -> Mention | None:
    """'le porte-parole du Kremlin, Dmitri Peskov': a person named in the phrase, not inside a complement
    ('la sœur du dirigeant X') unless set off by commas."""
    people = sorted((m for m in phrase.inside if m.type == "Person" and not m.unnamed and m.role is None
                     and (appositive(ctx, m) or not of_person_noun(ctx, phrase.head, m))),
                    key=lambda m: (nested(ctx, phrase.head, m), not appositive(ctx, m)))
    if people and (not nested(ctx, phrase.head, people[0]) or appositive(ctx, people[0])):
        return people[0]
    return None


def by_name_before(ctx: Context, phrase: Phrase) -> Mention | None:
    """'Seyed Abbas Araqtchi, le vice-ministre iranien, a déclaré': a description set off after the name that
    opens the sentence is that person."""
    head = phrase.head
    if head.pos_ != "NOUN" or not definite(head):
        return None
    first = min(t.i for t in phrase.tokens)
    if first < 2 or head.doc[first - 1].text != ",":
        return None
    named = ctx.at(head.doc[first - 2])
    if named is None or named.type != "Person" or named.unnamed:
        return None
    opening = parsed(ctx.doc)[head.sent.start_char:named.start].split()
    return named if all(w[:1].isupper() for w in opening) else None


def by_own_name(ctx: Context, phrase: Phrase) -> Mention | None:
    """The head is itself a name ('Pyongyang a rejeté', 'le Kremlin'); a capital or a building speaks for
    its state."""
    own = ctx.at(phrase.head)
    if own is None or own.type == "Place":
        own = metonym_reference(ctx, phrase.head) or own
    return metonym(ctx, own) if own is not None and own.type in AGENT_TYPES | {"Place"} else None


def by_office(ctx: Context, phrase: Phrase) -> Mention | None:
    return office_reference(ctx, phrase.head, phrase.tokens)


def by_role(ctx: Context, phrase: Phrase) -> Mention | None:
    """'le dirigeant nord-coréen', 'le général': a role noun names the person who has that role, a bare one ('la
    dirigeante') the one person named in the sentence before; 'un député', and 'la ministre' when the article
    names no one who could be her, is an unnamed person."""
    if phrase.head.lower_ not in ROLE_NOUNS or phrase.head.lower_ in UNNAMED:
        return None
    unnamed_one = Source(phrase.head, before_apposition(phrase.head, phrase.tokens), "Person")
    if indefinite(phrase.head):  # 'un député RN a crié': someone the article does not name
        return new_source(ctx, unnamed_one)
    return role_reference(ctx, phrase.head, phrase.tokens) or role_of_body(ctx, phrase) or last_speaker(ctx, phrase) \
        or (lone_person_before(ctx, phrase.head) if bare_noun(phrase) else None) \
        or possessed(ctx, unnamed_one) \
        or (new_source(ctx, unnamed_one) if definite(phrase.head) or possessive(phrase.head) else NOBODY)


def bare_noun(phrase: Phrase) -> bool:
    """'la dirigeante', 'le ministre': a definite role noun and nothing but its article."""
    return definite(phrase.head) and all(t.i == phrase.head.i or t.pos_ == "DET" for t in phrase.tokens)


def last_speaker(ctx: Context, phrase: Phrase) -> Mention | None:
    """'« … », a plaidé le dirigeant' when no one was given that role: the person named before the colon that
    opened the quotation, else the person who spoke in the last two sentences (a journalist's variation on the
    speaker), of the noun's gender."""
    label = closed_label(ctx, phrase.head)
    found = ([label] if label else recent_person_speaker(ctx, phrase.head)) if definite(phrase.head) else []
    named = described_of(phrase.head, phrase.tokens)  # 'le ministre de l'Intérieur' is no known prime minister
    state = next((s for t in phrase.tokens if (s := ctx.gazetteer.state_of_demonym(t.text))), None)
    found = [m for m in found if (not named or not role_words(ctx.gazetteer.get(m.key)) or holds(ctx, m, named))
             and of_state(ctx, m, state) and not given_other_office(ctx, m, phrase)  # 'le président ukrainien'
             and not m.unnamed]  # 'un salarié' is no 'ministre'
    return ctx.new(phrase.head, "Person", role="reference", alias_of=found[0].id) if found else None


def given_other_office(ctx: Context, m: Mention, phrase: Phrase) -> bool:
    """Whether the article gave m an office and the phrase names another ('Le ministre de l'Économie, X, …' …
    'le Premier ministre a assuré': not X), or gave m roles of other nouns (given_other_noun)."""
    q = role_query(ctx, phrase.head, phrase.tokens)
    given = [r for r in ctx.roles if same_person(ctx, r.person, m)]
    if q.office:
        return (bool(given) and not any(same_office(q, r) for r in given)) or other_known_office(ctx, m, q)
    return given_other_noun(phrase, given)


def other_known_office(ctx: Context, m: Mention, q: RoleQuery) -> bool:
    """Whether the gazetteer gives m roles of the description's noun, none with its office's words ('ancien ministre
    de l'Économie' is no 'Premier ministre')."""
    roles = [r for r in role_words(ctx.gazetteer.get(m.key)) if q.word in r]
    return bool(roles) and not any(office_words(q) <= r for r in roles)


def office_words(q: RoleQuery) -> frozenset[str]:
    """The folded words of the office a description names ('premier', 'ministre'), none for no office."""
    return frozenset(names.fold(q.office[0]).replace("'", " ").split()) if q.office else frozenset()


def given_other_noun(phrase: Phrase, given: list[Role]) -> bool:
    """Whether the roles given to someone are all of other nouns than the phrase's, which describes one of its own
    in words after its noun, both nouns of kind 'role' in kg/lexicon/role_nouns.tsv ('le ministre de
    l'Environnement, X, … Le commissaire à la langue française propose …': not X; 'opposant', 'élu' are no such
    roles)."""
    kinds = lexicon.role_nouns()
    nouns = {phrase.head.lower_, phrase.head.lemma_.lower()}
    described = any(t.i > phrase.head.i for t in phrase.tokens)
    return described and kinds.get(phrase.head.lower_) == "role" and any(kinds.get(r.head) == "role" for r in given) \
        and not any(r.head in nouns for r in given)


def same_person(ctx: Context, one: Mention, other: Mention) -> bool:
    a, b = named_mention(ctx, one) or one, named_mention(ctx, other) or other
    return a.id == b.id or (a.key is not None and a.key == b.key) or a.text == b.text


def holds(ctx: Context, m: Mention, words: frozenset[str], word: str | None = None) -> bool:
    """Whether one of the gazetteer roles of m holds the words (and the role noun word)."""
    return any(words <= role and (word is None or word in role) for role in role_words(ctx.gazetteer.get(m.key)))


def of_state(ctx: Context, m: Mention, state: str | None) -> bool:
    """Whether m may be of that state: no state asked, none known, or the same."""
    return state is None or (person_state(ctx, m) or m.country) in (None, state)


def role_of_body(ctx: Context, phrase: Phrase) -> Mention | None:
    """'le patron de la SNCF', 'le maire de Lyon' when the article names no holder: an unnamed person of that
    body or place (never the body itself)."""
    bodies = [m for m in phrase.inside if m.type in AGENT_TYPES | {"Place"} and not m.unnamed]
    if not bodies or not definite(phrase.head):
        return None
    return new_source(ctx, Source(phrase.head, phrase.tokens, "Person"))


def by_modified_name(ctx: Context, phrase: Phrase) -> Mention | None:
    """'l'agence officielle KCNA', 'le magazine Military Watch': a name after the noun and its adjectives."""
    close = [m for m in phrase.inside if m.start > phrase.head.idx and only_modifiers(ctx.doc, phrase.head, m)]
    return metonym(ctx, close[0]) if close and phrase.head.pos_ in ("PROPN", "NOUN") else None


def by_state_voice(ctx: Context, phrase: Phrase) -> Mention | None:
    """'les autorités égyptiennes', 'le gouvernement soudanais', 'le régime de Damas': the state itself."""
    if phrase.head.lower_ not in STATE_VOICES:
        return None
    states = [m for m in map(lambda m: metonym(ctx, m), phrase.inside) if m.type == "State"]
    return states[0] if states else demonym_state(ctx, phrase.tokens)


def by_unnamed(ctx: Context, phrase: Phrase) -> Mention | None:
    return unnamed(ctx, phrase.head, phrase.tokens)


def by_body(ctx: Context, phrase: Phrase) -> Mention | None:
    return body_of(ctx, phrase.head, phrase.inside)


def by_named_medium(ctx: Context, phrase: Phrase) -> Mention | None:
    """'le journal d'État Al-Thawra', 'la chaîne Zvezda' with no name found in them: the capitalised words that end
    a phrase headed by a medium's noun name that medium (not a word after 'de': 'd'État')."""
    head = phrase.head
    if names.fold(head.text) not in cues.MEDIUM_NOUNS or phrase.inside:
        return None
    run = trailing_name([t for t in phrase.tokens if t.i > head.i]) or trailing_name(detached_tail(phrase))
    if not run:
        return None
    if (named := ctx.at(run[-1])) is not None and named.type in AGENT_TYPES:
        return named
    start, end = run[0].idx, run[-1].idx + len(run[-1])
    text = original(ctx.doc)[start:end]
    m = Mention(doc=ctx.name, start=start, end=end, text=text, type="Organization", name=" ".join(text.split()))
    ctx.made.append(m)
    return m


def detached_tail(phrase: Phrase) -> list[Token]:
    """'selon la chaîne de télévision privée NTV,' parsed with 'privée NTV' apart: the adjectives and names right
    after the phrase, up to the punctuation that ends it."""
    doc = phrase.head.doc
    tail = list(takewhile(lambda t: t.pos_ in ("ADJ", "PROPN") and not t.is_punct,
                          doc[max(t.i for t in phrase.tokens) + 1:phrase.head.sent.end]))
    end = tail[-1].i + 1 if tail else 0
    return tail if tail and end < len(doc) and doc[end].is_punct else []


def trailing_name(tokens: list[Token]) -> list[Token]:
    """The capitalised words (hyphens between them) that end tokens, but for one right after a preposition."""
    run: list[Token] = []
    for t in reversed(tokens):
        if not (t.text[:1].isupper() or (t.text == "-" and run)):
            break
        run.insert(0, t)
    while run and (run[0].text == "-" or run[0].i > 0 and run[0].doc[run[0].i - 1].pos_ == "ADP"):
        run.pop(0)
    return run


def by_class_noun(ctx: Context, phrase: Phrase) -> Mention | None:
    """'L'organisation sous-régionale a annoncé …' after 'la CEDEAO', 'le parti' after 'Les Républicains': a
    definite noun of a kind of body, with adjectives only, is the body of that kind named last in the five
    sentences before."""
    head = phrase.head
    kind = CLASS_NOUNS.get(head.lower_)
    if kind is None or not definite(head) or not only_adjectives(phrase):
        return None
    here = sentence_index(head)
    bodies = [m for m in ctx.mentions if m.end <= head.idx and m.type == kind and not m.unnamed and m.role is None
              and here - m.sent_index <= 5 and not ctx.inside_quote(m.start)]
    return ctx.new(head, kind, role="reference", alias_of=bodies[-1].id) if bodies else None


def only_adjectives(phrase: Phrase) -> bool:
    """A phrase whose head has only a determiner and adjectives, and names nobody ('l'organisation régionale')."""
    head = phrase.head
    return not any(not m.unnamed for m in phrase.inside) and all(
        t.dep_ in ("det", "amod", "punct") or t.pos_ == "ADJ" for t in phrase.tokens if t.head.i == head.i != t.i)


def by_institution(ctx: Context, phrase: Phrase) -> Mention | None:
    """'le centre médical de Galilée', 'la présidence du tribunal', 'la direction' naming no known body: an
    institution of its own, one per article and description."""
    head = phrase.head
    if head.lower_ not in INSTITUTIONAL or not definite(head) or not (modified(head, phrase.tokens) or bare(head)):
        return None
    return new_source(ctx, Source(head, phrase.tokens, "Organization"))


def modified(head: Token, tokens: list[Token]) -> bool:
    return any(t.head.i == head.i and t.dep_ in ("nmod", "amod") for t in tokens)


def bare(head: Token) -> bool:
    """'la direction' alone, in lower case (not 'l'État', nor 'l'état' of 'l'état-major' the tokenizer cut)."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return head.text.islower() and (nxt is None or nxt.text != "-")


def by_short_name(ctx: Context, phrase: Phrase) -> Mention | None:
    """'le tribunal' after 'le tribunal correctionnel de Paris', 'le parti' after 'le Parti socialiste': a bare
    definite noun that opens the name of a body named before is that body."""
    head = phrase.head
    if head.pos_ != "NOUN" or not definite(head) or phrase.inside:
        return None
    bodies = sorted((m for m in ctx.mentions + ctx.made if m.end <= head.idx and opens_name(head, m)), key=lambda m: m.end)
    if not bodies:
        return None
    body = bodies[-1]  # a named body through its id; an institution described before is that very source
    return body if body.unnamed or body.id < 0 else ctx.new(head, body.type, role="reference", alias_of=body.id)


def opens_name(head: Token, m: Mention) -> bool:
    """head's noun is the first word of the name of a body of several words ('tribunal' / 'tribunal correctionnel
    de Paris')."""
    words = names.fold(m.text).split()
    return m.type in ("Organization", "MilitaryUnit") and len(words) > 1 and words[0] == names.fold(head.text)


def by_epithet(ctx: Context, phrase: Phrase) -> Mention | None:
    """'a lancé le polytechnicien', 'a ajouté le sexagénaire': a definite noun of the lexicon that describes a
    person by a trait is the person who spoke last (kind 'epithet' of source_nouns.tsv)."""
    if phrase.head.lower_ not in EPITHETS or not definite(phrase.head) \
            or any(m.type == "Person" for m in phrase.inside):  # 'la femme du président X' is not 'la femme'
        return None
    return last_speaker(ctx, phrase) or lone_person_before(ctx, phrase.head)


def other_gender(noun: Token) -> str | None:
    """'m' for a feminine noun ('la lauréate'), 'f' for a masculine one: the gender its person cannot have; the
    article's gender first, for a noun of both ('la ministre', which the tagger may call masculine)."""
    own = {"Fem": "f", "Masc": "m"}.get((noun.morph.get("Gender") or [""])[0])
    return {"f": "m", "m": "f"}.get(article_gender(noun) or own or "")


def lone_person_before(ctx: Context, head: Token) -> Mention | None:
    """'Autre attaque, celle d'Émilie Chalas. L'élue a demandé …': the one person, of the noun's gender, named
    in the sentence before (outside quotations)."""
    here = sentence_index(head)
    other = other_gender(head)
    found = [m for m in ctx.mentions if m.type == "Person" and m.role is None and m.sent_index == here - 1
             and not m.unnamed and not ctx.inside_quote(m.start)]
    fits = [m for m in found if other is None or gender(ctx, m) != other]
    if not ctx.one_person(fits):
        return None
    return ctx.new(head, "Person", role="reference", alias_of=fits[-1].id)


def by_kin(ctx: Context, phrase: Phrase) -> Mention | None:
    """'La sœur de Kim Jong Un a ajouté' after Kim Yo Jong spoke: a kinship noun with a name in its complement is
    the person of its gender who spoke in the last two sentences (never the relative it names), else nobody
    named (the later rules)."""
    if phrase.head.lower_ not in KIN or not definite(phrase.head) or not described_of(phrase.head, phrase.tokens):
        return None
    relatives = {ctx.who(m) for m in phrase.inside if m.type == "Person"}
    found = [m for m in recent_person_speaker(ctx, phrase.head) if ctx.who(m) not in relatives] \
        or [m for m in reversed(ctx.mentions) if m.type == "Person" and m.end <= phrase.head.idx
            and ctx.who(m) not in relatives and kin_of(ctx, m, phrase.head.lower_)]
    return ctx.new(phrase.head, "Person", role="reference", alias_of=found[0].id) if found else None


def kin_of(ctx: Context, m: Mention, kin: str) -> bool:
    """A person named before whom the gazetteer gives that kinship role ('sœur du dirigeant')."""
    return any(r.split()[0] == kin for r in (ctx.gazetteer.get(m.key) or {}).get("roles", ()))


def by_capitalised_name(ctx: Context, phrase: Phrase) -> Mention | None:
    """'La Défense civile de la bande de Gaza a annoncé' when NER missed the name: a capitalised head noun after
    its determiner names a body of its own."""
    head = phrase.head
    if head.pos_ not in ("NOUN", "PROPN") or not head.text[:1].isupper() or not definite(head) \
            or head.lower_ in ROLE_NOUNS or head.lower_ in UNNAMED \
            or any(m.type not in ("Place", "State") for m in phrase.inside):
        return None
    return new_source(ctx, Source(head, before_apposition(head, phrase.tokens), "Organization"))


def by_honorific(ctx: Context, phrase: Phrase) -> Mention | None:
    """'a ajouté Me Faro' parsed with 'Me' the head: the person named right after an honorific."""
    head, doc = phrase.head, phrase.head.doc
    after = ctx.at(doc[head.i + 1]) if head.lower_ in HONORIFICS and head.i + 1 < len(doc) else None
    return after if after is not None and after.type == "Person" else None


REFERENCE_RULES = (by_pronoun, by_honorific, by_demonstrative, by_set_off_body, by_speech_noun, by_regional,
                   by_national, by_name, by_named_medium, by_name_before, by_class_noun, by_own_name, by_office,
                   by_this_role, by_role, by_epithet, by_kin, by_modified_name, by_state_voice, by_short_name,
                   by_capitalised_name, by_partitive, by_unnamed, by_body, by_institution)


def speaker_of_np(ctx: Context, head: Token, *, stop_at_comma: bool = False,
                  until: int | None = None) -> Mention | None:
    """The agent a subject (or 'selon' object) noun phrase names, or None when it names nobody in particular:
    the first of REFERENCE_RULES that answers."""
    phrase = Phrase(ctx, head, stop_at_comma, until)
    for rule in REFERENCE_RULES:
        found = rule(ctx, phrase)
        if found is not None:
            return None if found is NOBODY or found.type == "Place" else found  # a city speaks through its people
    return None


LEADER_OFFICES = ("head_of_state", "supreme_leader", "head_of_government", "monarch")


def office_of(ctx: Context, head: Token, tokens: list[Token]) -> tuple[lexicon.Office, str | None] | None:
    """The office a description names and its jurisdiction: 'le chef de la diplomatie russe' -> (foreign
    minister, russia); 'l'hôte de Matignon' -> (head of government, france); 'la chancelière' -> (head of
    government, None); 'l'ancien Premier ministre' -> (head of government, None), from the first word before the
    head that opens an office phrase. The longest office phrase that gets a jurisdiction wins, else the
    longest."""
    for start in [t.i for t in tokens if t.i < head.i and t.pos_ != "DET"] + [head.i]:  # 'Premier' of 'ministre'
        found = office_from(ctx, [t for t in tokens if t.i >= start])
        if found is not None:
            return found
    return None


def office_from(ctx: Context, words: list[Token]) -> tuple[lexicon.Office, str | None] | None:
    """The office phrase words open on, and its jurisdiction (kg.extract.reference.office_of)."""
    plain = [t for t in words if not ctx.gazetteer.state_of_demonym(t.text)]
    found = [(office, n) for n in range(len(plain), 0, -1) for office in [office_named(plain[:n])]
             if office is not None and not other_office(ctx, plain[n:])]
    placed = [(office, jurisdiction_of(ctx, office, plain[:n], words)) for office, n in found]
    return next(((o, j) for o, j in placed if j), placed[0]) if placed else None


def office_named(words: list[Token]) -> lexicon.Office | None:
    return lexicon.offices().get(names.fold(" ".join(t.text for t in words)).replace("' ", "'"))


def other_office(ctx: Context, rest: list[Token]) -> bool:
    """'le leader de l'opposition', 'le président du jury', 'le leader du PP', 'le leader syndical': the office
    word is followed by a complement that is no realm and names nothing the gazetteer knows, or by an adjective
    of another domain than a state's (not one of status: 'sortant', 'élu'), so the description holds another
    office than the lexicon's."""
    if rest and rest[0].pos_ == "ADJ" and rest[0].text[:1].islower():
        return rest[0].lower_ not in STATUSES  # 'le leader syndical', 'le chef militaire'
    if not rest or rest[0].lower_ not in OF:
        return False
    noun = next((t for t in rest[1:4] if t.pos_ in ("NOUN", "PROPN", "ADJ")), None)
    named = ctx.at(noun) if noun is not None else None
    if named is not None:
        return named.type == "Organization"
    return noun is not None and noun.lower_ not in REALMS


def jurisdiction_of(ctx: Context, office: lexicon.Office, phrase: list[Token], words: list[Token]) -> str | None:
    """Whose office: the one the phrase fixes, a demonym on it ('russe'), or a state named just after it."""
    own = [c for t in phrase for c in t.children if c.dep_ == "amod"] + words[len(phrase):len(phrase) + 1]
    state = next((ctx.gazetteer.state_of_demonym(t.text) for t in own if ctx.gazetteer.state_of_demonym(t.text)), None)
    inside = [m for t in words[:len(phrase) + 3] for m in [ctx.at(t)] if m is not None and m.type == "State" and m.key]
    return office.jurisdiction or state or (inside[0].key if inside else None)


def office_reference(ctx: Context, head: Token, tokens: list[Token]) -> Mention | None:
    """The holder of the office a description names: for a new holder ('le nouvel homme fort'), the person last
    named as a subject; else the person the article gave that office; else the person of the article who held
    it by the gazetteer's terms."""
    found = office_of(ctx, head, tokens)
    if found is None:
        return None
    office, jurisdiction = found
    if former(head):
        return None  # 'l'ancien Premier ministre': kg.extract.reference.past_holders, not the holder
    if any(t.lower_ in ("nouveau", "nouvel", "nouvelle") for t in tokens if t.i < head.i + 3):
        return last_subject_person(ctx, head)  # 'le nouvel homme fort du Gabon' is not who the gazetteer knows
    given = given_holders(ctx, head, office, jurisdiction, described_of(head, tokens))
    if given:  # 'le ministre des Affaires étrangères, Ahmed Attaf' … 'le chef de la diplomatie algérienne'
        return ctx.new(head, "Person", role="office", alias_of=max(given, key=lambda m: m.start).id)
    return gazetteer_holder(ctx, head, office, jurisdiction, office_kinds(office))


def given_holders(ctx: Context, head: Token, office: lexicon.Office, jurisdiction: str | None,
                  named: frozenset[str]) -> list[Mention]:
    """The people the article gave that office before the description, in its jurisdiction and of its gender."""
    kinds = office_kinds(office)
    return [r.person for r in ctx.roles if r.office in kinds and r.person.start < head.idx and r.person.id >= 0
            and (r.state or person_state(ctx, r.person) or r.person.country) in (None, jurisdiction)
            and not r.of_other(named) and holds_gender(ctx, office, r.person)]


def office_kinds(office: lexicon.Office) -> tuple[str, ...]:
    """The offices of the gazetteer a lexicon office stands for: 'leader' any leading one."""
    return LEADER_OFFICES if office.office == "leader" else (office.office,)


def holds_gender(ctx: Context, office: lexicon.Office, m: Mention) -> bool:
    """Whether a person may hold an office as the description words it: 'la présidente' is no man, 'le
    président' no woman."""
    return gender(ctx, m) in (None, *{"m": "m", "f": "f"}.get(office.gender, "mf"))


def gazetteer_holder(ctx: Context, head: Token, office: lexicon.Office, jurisdiction: str | None,
                     kinds: tuple[str, ...]) -> Mention | None:
    """The person of the article who held the office by the gazetteer's terms: one who has spoken first, then
    the last named before; with no jurisdiction, only when one such person named just before, or in the article,
    or one who has spoken, stands out."""
    named = named_holders(ctx, office, jurisdiction, kinds)
    spoke = {ctx.key_of(m) for _, m in ctx.speakers}
    if jurisdiction is None:
        named = near_holder(ctx, head, named, kinds) or unique_holder(named, spoke)
    earlier = sorted((m for m in named if m.end <= head.idx), key=lambda m: (m.key in spoke, m.start))
    target = (earlier or named or [None])[-1 if earlier else 0]
    if target is None:
        return None
    return ctx.new(head, "Person", role="office", alias_of=target.id) if target.id >= 0 else target


def named_holders(ctx: Context, office: lexicon.Office, jurisdiction: str | None,
                  kinds: tuple[str, ...]) -> list[Mention]:
    """The mentions of the article's people who held the office by the gazetteer's terms, of its gender."""
    holders = {t["holder"] for kind in kinds for t in ctx.gazetteer.holders(kind, jurisdiction)}
    return [m for m in ctx.mentions if m.type == "Person" and m.key in holders and m.role is None
            and holds_gender(ctx, office, m)]


def near_holder(ctx: Context, head: Token, named: list[Mention], kinds: tuple[str, ...]) -> list[Mention]:
    """'X a reçu son homologue. « … », s'est félicité le chef de l'État': the one person holding the office at
    the article's date named in the description's sentence or the one before, before it and outside quotations
    (over one who spoke earlier in the article)."""
    here = counted_from(ctx, head)
    near = [m for m in named if m.end <= head.idx and here - m.sent_index <= 1 and not ctx.inside_quote(m.start)
            and holding(ctx, m.key, kinds)]
    return near if ctx.one_person(near) else []


def holding(ctx: Context, key: str, kinds: tuple[str, ...]) -> bool:
    """Whether a person held an office of those kinds at the article's date (today, when it has none)."""
    day = (article_state(ctx.doc).published or date.today()).isoformat()
    return any(t["office"] in kinds and (t.get("start") or "") <= day
               and (not t.get("end") or t["end"] >= day[:len(t["end"])]) for t in ctx.gazetteer.held.get(key, ()))


def unique_holder(named: list[Mention], spoke: set[str | None]) -> list[Mention]:
    """The mentions of the one holder named, or of the one named holder who has spoken; else none."""
    for pool in (named, [m for m in named if m.key in spoke]):
        if len({m.key for m in pool}) == 1:
            return pool
    return []


def metonym_reference(ctx: Context, head: Token) -> Mention | None:
    """'le Kremlin', 'l'Élysée', 'Matignon' speaking: the state they stand for."""
    entry = lexicon.metonyms().get(names.fold(head.text))
    if entry is None or ctx.gazetteer.get(entry.jurisdiction) is None:
        return None
    return ctx.new(head, "State", key=entry.jurisdiction, role="metonymy")


def body_of(ctx: Context, head: Token, inside: list[Mention]) -> Mention | None:
    """'Le groupe de réflexion américain Institute for the Study of War', 'l'état-major des forces armées
    ukrainiennes': a body named in apposition, or the organisation an institutional noun belongs to."""
    bodies = [m for m in inside if m.type in ("Organization", "MilitaryUnit", "State") and not m.unnamed]
    direct = [m for m in bodies if not nested(ctx, head, m)]
    if direct:
        return direct[0]
    return bodies[0] if bodies and head.lower_ in INSTITUTIONAL else None


def tokens_between(doc: Doc, head: Token, m: Mention) -> list[Token]:
    """The tokens after head that start before mention m (read up to m only: a Token is made for each one)."""
    return list(takewhile(lambda t: t.idx < m.start, doc[head.i + 1:]))


def only_modifiers(doc: Doc, head: Token, m: Mention) -> bool:
    """'l'agence officielle KCNA', 'le magazine Military Watch': only adjectives between a noun and a name."""
    between = tokens_between(doc, head, m)
    return len(between) <= 3 and all(t.pos_ in ("ADJ", "DET") for t in between)


def speech_source(ctx: Context, head: Token, tokens: list[Token], inside: list[Mention]) -> Mention | None:
    """'le communiqué de Pyongyang', 'les déclarations d'un haut responsable américain', 'la déclaration
    nord-coréenne', 'selon ses dires': who the words come from ('une publication du maire de Kharkiv, X': the
    mayor, not the city)."""
    inner = [m for m in inside if not (m.start <= head.idx < m.end)]
    people = sorted((m for m in inner if m.type == "Person" and not m.unnamed), key=lambda m: not appositive(ctx, m))
    agents = [a for a in map(lambda m: metonym(ctx, m), inner) if a.type != "Place"]
    found = (people or agents or [None])[0] or complement_within(ctx, head, tokens)
    return found or source_around(ctx, head, tokens)


def source_around(ctx: Context, head: Token, tokens: list[Token]) -> Mention | None:
    """A speech noun's source told by a demonym, a possessive or a participle's agent."""
    return demonym_state(ctx, tokens) or possessor(ctx, head) or given_by(ctx, head) or issuer_before(ctx, head)


def issuer_before(ctx: Context, head: Token) -> Mention | None:
    """'Le communiqué souligne …' after 'L'armée a publié un communiqué' or 'selon un communiqué de l'armée': the
    source the article gave the noun when it last used it (its complement, else its sentence's subject), for a
    noun with a definite or demonstrative article and nothing else."""
    if not (definite(head) or demonstrative(head)) or any(c.dep_ in ("nmod", "amod", "acl") for c in head.children):
        return None
    earlier = same_noun_before(head, within=40)
    if earlier is None:
        return None
    return complement_within(ctx, earlier, list(earlier.subtree)) or subject_in(ctx, earlier.sent)


def same_noun_before(head: Token, *, within: int) -> Token | None:
    """The last use of head's noun before its sentence, in a sentence that ends at most `within` tokens before it
    (the scan stops there, not at the article's start); for a word for any document ('le texte'), the last speech
    noun ('un communiqué')."""
    doc = head.doc
    document = head.lower_ in lexicon.document_words()
    for i in range(head.sent.start - 1, -1, -1):
        t = doc[i]
        if head.sent.start - t.sent.end > within:
            return None
        if t.lemma_ == head.lemma_ or (document and t.pos_ == "NOUN" and t.lower_ in SPEECH_NOUNS):
            return t
    return None


def subject_in(ctx: Context, sent: Span) -> Mention | None:
    """The last agent named or described as a subject in a sentence."""
    subjects = sorted((m for m in [*ctx.mentions, *ctx.made] if m.type in AGENT_TYPES
                       and sent.start_char <= m.start < sent.end_char and is_subject(ctx, m)), key=lambda m: m.start)
    return subjects[-1] if subjects else None


def given_by(ctx: Context, head: Token) -> Mention | None:
    """'les données présentées par X', 'un bilan publié par le ministère': the agent of a participle on the noun."""
    agent = next((a for c in head.children if c.dep_ == "acl" and c.i > head.i for a in c.children
                  if a.dep_ == "obl:agent"), None)
    return speaker_of_np(ctx, agent) if agent is not None else None


def complement_within(ctx: Context, head: Token, tokens: list[Token]) -> Mention | None:
    """The source a complement of the phrase names ('le communiqué du ministère'), not one the parse hung on it
    past the phrase's end."""
    within = {t.i for t in tokens}
    return next(filter(None, (complement_source(ctx, head, c) for c in head.children if c.i in within)), None)


def possessor(ctx: Context, head: Token) -> Mention | None:
    """'selon ses dires', 'dans son communiqué': the agent 'son'/'ses' stands for, named or speaking last."""
    if not possessive(head):
        return None
    owners = owners_of(ctx, head)
    return owners[-1] if owners else None


def complement_source(ctx: Context, head: Token, child: Token) -> Mention | None:
    """The agent a complement after a noun of speech names ('de Pyongyang', 'publiée par X')."""
    if child.dep_ not in ("nmod", "obl:agent", "acl") or child.i < head.i:
        return None
    source = child if child.pos_ != "VERB" else next((c for c in child.children if c.dep_.startswith("obl")), None)
    return speaker_of_np(ctx, source) if source is not None else None


def appositive(ctx: Context, m: Mention) -> bool:
    """A name set off by a comma ('le directeur de l'AIEA, Rafael Grossi')."""
    return parsed(ctx.doc)[:m.start].rstrip()[-1:] == ","


def word_before_name(span: Span) -> int:
    """Where the word before a name stands, past an honorific ('de [Mme] X')."""
    i = span.start - 1
    return i - 1 if i > 0 and span.doc[i].lower_ in HONORIFICS else i


def nested(ctx: Context, head: Token, m: Mention) -> bool:
    """A name inside a prepositional complement of the phrase ('la sœur du dirigeant X, Y': X is nested, Y is
    not; 'le Président en réponse aux critiques de X': X is nested; of two names, the one set off by commas is
    the phrase's own)."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    before = word_before_name(span) if span is not None else -1
    if before > head.i and ctx.doc[before].lower_ in OF:
        return not titled_by(head, span[0])  # 'la sœur de Kim Jong Un', 'les avocats de Mme X', whatever the parse
    t = span.root if span is not None else head
    while t.i != head.i and t.head.i != t.i:
        if any(c.dep_ == "case" for c in t.children):
            return span is None or not titled_by(head, span[0])
        t = t.head
    return False


def titled_by(head: Token, first: Token) -> bool:
    """'le candidat d'extrême droite X', 'le porte-parole du Hamas X': a name right after the complement of a
    title is the title's own, unless that complement is a title itself ('l'adversaire du ministre X')."""
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.i > head.i and before.pos_ in ("NOUN", "ADJ", "PROPN") \
        and not (before.pos_ == "NOUN" and before.lower_ in ROLE_NOUNS | person_nouns()) \
        and before.lower_ not in HONORIFICS  # 'les avocats de Mme X'


def of_person_noun(ctx: Context, head: Token, m: Mention) -> bool:
    """'la sœur du dirigeant nord-coréen X', 'le porte-parole du président X': a name after a complement that
    names a person of its own is that person's, not the phrase's."""
    doc = head.doc
    between = tokens_between(doc, head, m)
    if any(t.text == "," for t in between):  # 'le porte-parole de la junte, le colonel X': set off, the phrase's own
        return False
    opened = next((i for i, t in enumerate(between) if t.dep_ == "case" or t.lower_ in ("de", "du", "des", "d'")), None)
    return opened is not None and any(t.lower_ in person_words() or t.lower_ in EPITHETS for t in between[opened + 1:])


def demonym_state(ctx: Context, tokens: list[Token]) -> Mention | None:
    """'la déclaration nord-coréenne' speaks for North Korea."""
    for t in tokens:
        state = ctx.gazetteer.state_of_demonym(t.text)
        if state:
            return ctx.new(t, "State", key=state, role="reference")
    return None


def pronoun(ctx: Context, token: Token) -> Mention | None:
    """The mention a pronoun stands for: the main clause's subject itself, else a mention of the pronoun made for
    its antecedent (kg.extract.reference.antecedent)."""
    main = main_antecedent(ctx, token)
    if main is not None:
        return main
    target = antecedent(ctx, token)
    if target is None:
        return None
    return ctx.new(token, target.type, role="pronoun", alias_of=target.id) if target.id >= 0 else target


def number_gender(token: Token) -> str | None:
    """'m', 'f' or 'p' for a pronoun (kg.extract.reference.PRONOUNS), 'p' for the head of 'ces derniers' or
    'ceux-ci', else None."""
    return PRONOUNS.get(token.lower_) or ("p" if token.lower_ in PLURAL_DEMONSTRATIVES else None)


def main_antecedent(ctx: Context, token: Token) -> Mention | None:
    """A pronoun's antecedent found by the clause it sits in: the main clause's subject, the source a 'selon'
    relays, the label before a colon, the plural subject before 'ils'."""
    fits = outside_reported(token, agrees(ctx, number_gender(token)))
    main = main_subject(ctx, token) or relayed_person(ctx, token) or colon_label(ctx, token) or topic(ctx, token) \
        or (plural_subject(ctx, token) if number_gender(token) == "p" else None)
    return main if main is not None and fits(main) else None


def antecedent(ctx: Context, token: Token, *, chain: bool = True) -> Mention | None:
    """Antecedent of il/elle/lui: its main_antecedent, else of the speakers and the subjects of the last two
    sentences (a subject pronoun of the same form standing for its own, when chain), the nearest (a speaker
    before a subject in the same sentence), else the last subject of the four sentences before, else the last
    person named (else, for 'elle', any agent; not one named as whose someone is), else the first person named
    just after, else the last person who spoke. After a quotation of several sentences ('« … . … . … », a-t-il
    déclaré'), the sentences count back from where it opened."""
    main = main_antecedent(ctx, token) or body_speaker_before(ctx, token)
    if main is not None:
        return main
    fits = outside_reported(token, agrees(ctx, number_gender(token)))
    here = counted_from(ctx, token)
    before = mentioned_before(ctx, token, here, fits)
    ranked = ranked_antecedents(ctx, token, here, fits, before, chain)
    if ranked and not fits(ranked[-1][2]):
        ranked.append(person_after(ranked[-1], before) or ranked[-1])
    return ranked[-1][2] if ranked else (set_off_before(ctx, before, here) or last_subject(ctx, token, fits)
                                         or last_not_possessor(ctx, before) or body_subject(ctx, token)
                                         or named_after(ctx, token, fits) or role_noun_before(ctx, token, fits)
                                         or last_person_speaker(ctx, fits))


def person_after(best: tuple[int, int, Mention], before: list[Mention]) -> tuple[int, int, Mention] | None:
    """'Le Kremlin a confirmé la visite, selon le conseiller X. « … », a-t-il déclaré': a fitting person named in
    the sentence of an antecedent that does not fit, after it, stands before it."""
    after = [m for m in before if m.sent_index == best[0] and m.start > best[2].end and m.type == "Person"]
    return (best[0], best[1], after[-1]) if after else None


def ranked_antecedents(ctx: Context, token: Token, here: int, fits, before: list[Mention],
                       chain: bool) -> list[tuple[int, int, Mention]]:
    """The candidates of antecedent, best last: the nearest, a speaker before a subject of its sentence; for
    '« … », a-t-il ajouté', any speaker before a subject named since."""
    ranked = candidates(ctx, token, here, fits, before) + (pronoun_subjects(ctx, token, here, fits) if chain else [])
    if number_gender(token) == "p":
        ranked = [c for c in ranked if fits(c[2])]  # 'ils' is never one person
    first = adds_to_speech(token)
    return sorted(ranked, key=lambda c: (first and (c[1] > 0 or c[0] >= here), c[0], fits(c[2]), c[1]))


def adds_to_speech(token: Token) -> bool:
    """An inverted pronoun of a verb that goes on with words said before ('a-t-il ajouté', 'poursuit-elle':
    polarity 'add' in kg/lexicon/reporting_verbs.tsv)."""
    if not token.lower_.startswith("-"):
        return False
    verb = next((t for t in token.doc[max(0, token.i - 3):token.i + 3] if cues.is_cue(t)), None)
    return verb is not None and (entry := cues.entry(verb)) is not None and entry.polarity == "add"


def last_not_possessor(ctx: Context, before: list[Mention]) -> Mention | None:
    """The last person named before a pronoun (else the last agent), passing over one named as whose someone is
    ('Me X, l'avocat de Y. « … », poursuit-il': X; 'que X a salué sur France 2 : « … », a-t-elle dit': X)."""
    own = [m for m in before if not whose_someone_is(ctx, m)] or before
    return next((m for m in reversed(own) if m.type == "Person"), own[-1] if own else None)


def whose_someone_is(ctx: Context, m: Mention) -> bool:
    """A name after 'de' that completes a noun naming a person ('l'avocat de Y', 'le fils de Y')."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None else None
    return root is not None and root.dep_ == "nmod" and root.head.lower_ in person_words() \
        and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "du") for c in root.children)


def last_person_speaker(ctx: Context, fits) -> Mention | None:
    """With nobody closer, the person who spoke last in the article, however far back (a subheading or two may
    stand between: '« … », a déclaré X. …. « Sous-titre ». … Il a ajouté …')."""
    return next((m for _, m in reversed(ctx.speakers) if m.type == "Person" and fits(m)), None)


def pronoun_subjects(ctx: Context, token: Token, here: int, fits) -> list[tuple[int, int, Mention]]:
    """'Elle a loué l'accompagnement de l'Union africaine. « … », s'est-elle exprimée': the antecedents of the
    subject pronouns of the same gender and number in the two sentences before (they name one person), ranked
    below the subjects named in the same sentence."""
    bounds = sentence_bounds(ctx.doc)
    wanted = PRONOUNS.get(token.lower_)
    out = []
    for i in range(max(0, here - 2), here):
        for t in ctx.doc[bounds[i][0]:min(bounds[i][1], token.i)]:
            if t.dep_ == "nsubj" and PRONOUNS.get(t.lower_) == wanted and not ctx.inside_quote(t.idx):
                m = named_by(ctx, ctx.at(t) or quietly(ctx, partial(antecedent, ctx, t, chain=False)))
                if m is not None and fits(m):
                    out.append((i, -1, m))  # after a subject named in the same sentence
    return out


def quietly(ctx: Context, find):
    """What find answers, without the mentions it made on the way (a question asked for another pronoun)."""
    made = len(ctx.made)
    try:
        return find()
    finally:
        ctx.rollback(made)


def named_by(ctx: Context, m: Mention | None) -> Mention | None:
    """The extractors' mention a mention is or stands for, else None."""
    if m is not None and m.alias_of is not None and 0 <= m.alias_of < len(ctx.mentions):
        m = ctx.mentions[m.alias_of]
    return m if m is not None and 0 <= m.id < len(ctx.mentions) and ctx.mentions[m.id] is m else None


def outside_reported(token: Token, fits):
    """'X devrait répondre à ces questions, a-t-elle souligné': an inverted pronoun never stands for someone named
    in the clause its verb reports, before the comma of the incise and past any quotation, colon or semicolon."""
    if not token.lower_.startswith("-"):
        return fits
    sent = token.sent
    comma = next((t for t in reversed(token.doc[sent.start:token.i]) if t.text == ","), None)
    if comma is None:
        return fits
    marks = [t.idx for t in token.doc[sent.start:comma.i] if t.text in (":", ";") or t.is_quote]
    start = max(marks, default=sent.start_char)  # '« … », a salué X : « … », a-t-il ajouté' reports no clause
    return lambda m: fits(m) and not start <= m.start < comma.idx


def candidates(ctx: Context, token: Token, here: int, fits, before: list[Mention]) -> list[tuple[int, int, Mention]]:
    """(sentence, kind, mention) of a pronoun's antecedents, nearest last, counting back from sentence here: the
    speakers of the last four sentences (any agent of the last two), the subjects named before it (not those of
    a subordinate clause when a person spoke in the last two sentences), office holders described as subjects;
    a person first for 'il'."""
    recent = antecedent_speakers(ctx, here, fits)
    speaker = any(fits(m) and m.type == "Person" and here - i <= 2 for i, _, m in recent)
    subjects = [(m.sent_index, 0, m) for m in before if is_subject(ctx, m) and not (speaker and embedded(ctx, m))]
    described = [(i, 0, m) for i, m in described_subjects(ctx, token) if fits(m)]
    return sorted(recent + subjects + described, key=lambda c: (c[0], fits(c[2]), c[1]))


def plural_subject(ctx: Context, token: Token) -> Mention | None:
    """'Les syndicats X et Y ont attaqué le gouvernement de Z. Ils dénoncent …': the agent a plural subject of
    the sentence before (or of this one, before the pronoun) names."""
    here = sentence_index(token)
    for t in reversed(token.doc[:token.i]):
        if here - sentence_index(t) > 1:
            return None
        if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN") \
                and ("Plur" in t.morph.get("Number") or any(c.dep_ == "conj" for c in t.children)) \
                and not ctx.inside_quote(t.idx):
            return speaker_of_np(ctx, t)
    return None


def set_off_before(ctx: Context, before: list[Mention], here: int) -> Mention | None:
    """'…, le conseiller du président X, Y, qui …, a expliqué …' parsed with no subject: the last person named
    between commas in the sentence before (or this one)."""
    text = parsed(ctx.doc)
    found = [m for m in before if m.type == "Person" and here - m.sent_index <= 1 and appositive(ctx, m)
             and COMMA_NEXT.match(text, m.end)]
    return found[-1] if found else None


COMMA_NEXT = re.compile(r"\s*,")


def mentioned_before(ctx: Context, token: Token, here: int, fits) -> list[Mention]:
    """The fitting named agents of the last two sentences before a pronoun, outside quotations and the title."""
    return [m for m in ctx.mentions if m.end <= token.idx and here - m.sent_index <= 2 and m.role is None and fits(m)
            and not ctx.inside_quote(m.start) and not ctx.aside_holds(m.start)]


def role_noun_before(ctx: Context, token: Token, fits) -> Mention | None:
    """'Telle a été la réaction de l'avocat de la défense. Pour lui, …': with nobody named, the last person a
    definite role noun describes in the three sentences before."""
    here = sentence_index(token)
    for t in reversed(token.doc[:token.i]):
        if here - sentence_index(t) > 3:
            return None
        found = described_source(ctx, t) if not ctx.inside_quote(t.idx) else None
        if found is not None:
            return found if fits(found) else None
    return None


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """Role nouns and the nouns that title or describe a person ('ministre', 'avocat', 'porte-parole')."""
    return ROLE_NOUNS | person_nouns()


def described_source(ctx: Context, t: Token) -> Mention | None:
    """The person a definite role noun describes: the one the article named so, else an unnamed source (one per
    description); None for a word that is no such noun or stands inside another mention."""
    if t.lower_ not in person_words() or t.pos_ != "NOUN" or not definite(t):
        return None
    made = ctx.at(t)
    if made is not None and not (made.unnamed and made.type == "Person"):
        return None
    src = Source(t, before_apposition(t, np_tokens(t)), "Person")
    return made or known_person(ctx, src) or new_source(ctx, src)


def antecedent_speakers(ctx: Context, here: int, fits) -> list[tuple[int, int, Mention]]:
    """(sentence, 1, speaker) of the fitting speakers of the last four sentences and any agent of the last two; a
    speaker who is no subject and spoke in a relative clause ('…, son Premier ministre, X, qui a évoqué …') or who
    spoke in a clause that opens the sentence on a conjunction ('Puisque X avait prévenu que …, Y …') ranks -1,
    below the subject of that sentence."""
    return [(i, -1 if aside_speaker(ctx, m) or fronted_speaker(ctx, m) else 1, m) for i, m in ctx.speakers
            if (0 <= here - i <= 4 and fits(m)) or (0 <= here - i <= 1 and m.type in AGENT_TYPES and not m.unnamed)]


RELATIVE_AFTER = re.compile(r"\s*,?\s*qui\b")


def aside_speaker(ctx: Context, m: Mention) -> bool:
    return m.start >= 0 and RELATIVE_AFTER.match(parsed(ctx.doc), m.end) is not None and not is_subject(ctx, m)


def fronted_speaker(ctx: Context, m: Mention) -> bool:
    """A speaker named in a clause that opens the sentence on a conjunction ('Puisque X avait prévenu …')."""
    span = ctx.span_of(m)
    return span is not None and cues.in_fronted_clause(span[0])


def embedded(ctx: Context, m: Mention) -> bool:
    """A subject of a subordinate clause ('on lui a demandé si la Grèce était prête'), not of its sentence."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    verb = span.root.head if span is not None else None
    return verb is not None and verb.dep_ in ("ccomp", "advcl", "acl:relcl", "acl", "csubj")


def closed_label(ctx: Context, head: Token) -> Mention | None:
    """'X : « … », déclare l'élu': the person named before the colon that opened the quotation head closes."""
    closed = closed_just_before(ctx, head.idx)
    span = ctx.doc.char_span(closed, closed + 1, alignment_mode="expand") if closed is not None else None
    return colon_label(ctx, span[0]) if span is not None and len(span) else None


def colon_label(ctx: Context, token: Token) -> Mention | None:
    """'Vient le tour de Maxence Alloto : « Je suis déçu, dit-il, … »': inside a quotation a colon opens, the
    person named last before that colon in its sentence."""
    opened = [s for s, e in ctx.quotes if s <= token.idx < e]
    if not opened:
        return None
    text = original(ctx.doc)
    head = text[:opened[-1]].rstrip(" «“\"")
    start = max(head.rfind("\n"), head.rfind(". "), head.rfind("? "), head.rfind("! "), len(head) - 200) + 1
    if not head.endswith(":"):
        return None
    named = [m for m in ctx.starting(start, len(head) + 1) if m.end <= len(head) and m.type == "Person"
             and not m.unnamed and not ctx.inside_quote(m.start)]
    return named[-1] if named else None


def relayed_person(ctx: Context, token: Token) -> Mention | None:
    """'Pour Me X, avocat de …, « … », a-t-il ajouté': the person a 'selon' / 'pour' opening the sentence names
    (not for 'lui' of 'Selon lui, le gouvernement de X …': the pronoun is what the 'selon' names)."""
    relays = [t for t in token.sent if t.i < token.i and cues.is_relay(t) and cues.relay_np(t).i != token.i]
    if not relays:
        return None
    start, end = relays[-1].idx, relays[-1].doc[min(relays[-1].i + 8, len(relays[-1].doc) - 1)].idx
    return next((m for m in ctx.starting(start + 1, end + 1) if m.type == "Person" and not m.unnamed
                 and not ctx.inside_quote(m.start)), None)


def topic(ctx: Context, token: Token) -> Mention | None:
    """'Quant à X, il a estimé …': the agent a 'quant à' opening the sentence sets as its topic, the pronoun
    right after the comma that closes it."""
    doc, start = token.doc, token.sent.start
    words = [t for t in doc[start:token.i] if not t.is_space]
    if len(words) < 4 or [t.lower_ for t in words[:2]] not in (["quant", "à"], ["quant", "au"], ["quant", "aux"]) \
            or words[-1].text != ",":
        return None
    named = next(iter(ctx.starting(words[2].idx, words[-1].idx)), None)
    opening = words[3] if words[2].pos_ == "DET" else words[2]  # the phrase's own name, not 'au fils de X'
    return named if named is not None and named.type in AGENT_TYPES and named.start <= opening.idx else None


FIVE_WORDS = re.compile(r"\s*+(?:\S++\s*+){0,5}")  # possessive: a word is never cut to fit


def closed_just_before(ctx: Context, pos: int) -> int | None:
    """Where the last quotation that closes at most five words before pos opens (read from pos back, without
    cutting the text: an article may hold hundreds of quotations)."""
    text = original(ctx.doc)
    return next((s for s, e in reversed(ctx.quotes) if e <= pos and FIVE_WORDS.fullmatch(text, e, pos)), None)


def counted_from(ctx: Context, token: Token) -> int:
    """The sentence a pronoun counts back from: its own, or the one a quotation closed just before it opened in."""
    here = sentence_index(token)
    opened = closed_just_before(ctx, token.idx)
    first = ctx.doc.char_span(opened, opened + 1, alignment_mode="expand") if opened is not None else None
    return min(here, sentence_index(first[0])) if first is not None and len(first) else here


def agrees(ctx: Context, number_gender: str | None):
    """Which mentions a pronoun can stand for: 'il' a person not known to be a woman; 'elle' an agent not known
    to be a man ('la Russie, elle …'); plural pronouns any agent but one person, named or described ('la
    députée')."""
    if number_gender == "m":
        return lambda m: m.type == "Person" and gender(ctx, m) != "f" and not plural(ctx, m)
    if number_gender == "f":
        return lambda m: m.type in AGENT_TYPES and gender(ctx, m) != "m" and not plural(ctx, m)  # not 'le Conseil'
    return lambda m: m.type in AGENT_TYPES and not (m.type == "Person" and not (m.unnamed and plural(ctx, m)))


def plural(ctx: Context, m: Mention) -> bool:
    """An unnamed source a plural noun describes ('tous les participants'): never 'il' nor 'elle'."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand") if m.unnamed and m.end > m.start else None
    return span is not None and "Plur" in span.root.morph.get("Number")


TITLES = {"m.": "m", "monsieur": "m", "mme": "f", "madame": "f", "mlle": "f"}


def gender(ctx: Context, m: Mention) -> str | None:
    """'m' or 'f' when the text or the name tells: 'M.'/'Mme' before it, a description's noun ('la lauréate'),
    else its given name's usual gender."""
    m = own_mention(ctx, m)
    if (said := honorific_gender(ctx, m)) is not None:
        return said
    if m.type == "Person" and not m.unnamed and m.role is None:  # a name: its given name first ('Maxence')
        return name_gender(ctx, m) or title_gender(ctx, m) or noun_gender(ctx, m)
    return noun_gender(ctx, m) or name_gender(ctx, m) or title_gender(ctx, m)


def title_gender(ctx: Context, m: Mention) -> str | None:
    """The gender of the title right before a name ('l'acteur français Tahar Rahim', 'la ministre Anne X'; not 'le
    ministre des finances Ueli Maurer')."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand") if m.end > m.start else None
    before = ctx.doc[span.start - 1] if span is not None and span.start > 0 else None
    titled = before is not None and (before.lower_ in person_words() or before.pos_ == "ADJ")
    found = before.morph.get("Gender") if titled else []
    return (article_gender(before) if titled else None) or ({"Masc": "m", "Fem": "f"}.get(found[0]) if found else None)


ARTICLE_GENDER = {"le": "m", "la": "f", "du": "m", "au": "m", "ce": "m", "cet": "m", "cette": "f", "un": "m",
                  "une": "f"}


def noun_gender(ctx: Context, m: Mention) -> str | None:
    """The gender of a description's noun or a body's name: its article first ('la ministre', 'le Conseil
    fédéral'; the tagger calls 'ministre' masculine), else the noun's ('la lauréate', 'le porte-parole')."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand") if m.end > m.start else None
    if span is None:
        return None
    noun = next((t for t in span if t.pos_ == "NOUN"), None)
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    found = (article_gender(noun) if noun is not None else None) or ARTICLE_GENDER.get(before)
    morph = noun.morph.get("Gender") if noun is not None else []
    return found or ({"Fem": "f", "Masc": "m"}.get(morph[0]) if morph else None)


def name_gender(ctx: Context, m: Mention) -> str | None:
    """The usual gender of a person's given name ('Jean-Luc', else 'Jean')."""
    entry = ctx.gazetteer.get(m.key)
    words = ((entry or {}).get("label") or m.name or m.text or "").split()
    known = lexicon.first_names()
    return (known.get(names.fold(words[0])) or known.get(names.fold(words[0].split("-")[0]))) if words else None


def last_subject(ctx: Context, token: Token, fits) -> Mention | None:
    """The last fitting agent named as a subject in the four sentences before, outside quotations."""
    here = sentence_index(token)
    found = [m for m in ctx.mentions if m.end <= token.idx and here - m.sent_index <= 4 and m.role is None and fits(m)
             and not ctx.inside_quote(m.start) and is_subject(ctx, m)]
    return found[-1] if found else None


def body_subject(ctx: Context, token: Token) -> Mention | None:
    """'Le groupe Wagner se retire du Mali. « … », a-t-il annoncé': with no person around, 'il' stands for a body
    named by a masculine phrase as a subject in its sentence or the one before ('le groupe', 'le Hamas')."""
    if PRONOUNS.get(token.lower_) != "m":
        return None
    here = counted_from(ctx, token)
    spoke = [m for i, m in ctx.speakers if here - i <= 1]  # 'le ministère public réclame …. Il demande …'
    found = [m for m in ctx.mentions + spoke if body_before(ctx, m, token, here)
             and (m in spoke or is_subject(ctx, m)) and masculine(ctx, m)]
    return max(found, key=lambda m: m.start) if found else None


def body_speaker_before(ctx: Context, token: Token) -> Mention | None:
    """'« … », a indiqué l'état-major. Il précise que …': 'il' right after a body named by a masculine phrase spoke,
    in its sentence or the one before, stands for that body (not for a person named before it) when no person is
    named in the body's sentence or since ('X a démissionné, a annoncé le gouvernement. Il …' is X) and no other
    subject stands after it."""
    if PRONOUNS.get(token.lower_) != "m" or not ctx.speakers:
        return None
    i, m = ctx.speakers[-1]
    others = [o for j, o in ctx.speakers[:-1] if j == i and o.text != m.text]  # 'X a dit que le parti estime …'
    if m.type not in BODIES or counted_from(ctx, token) - i > 1 or not 0 <= m.start < m.end <= token.idx or others \
            or ctx.inside_quote(m.start):
        return None
    return m if not named_around(ctx, m, token) and (masculine(ctx, m) or noun_gender(ctx, m) != "f") else None


def named_around(ctx: Context, body: Mention, token: Token) -> bool:
    """Whether a person is named from the start of the body's sentence to a pronoun, or a subject stands between
    the body and the pronoun, outside quotations."""
    start = ctx.doc.char_span(body.start, body.end, alignment_mode="expand").sent.start_char
    people = any(p.type == "Person" and start <= p.start < token.idx and not ctx.inside_quote(p.start)
                 for p in ctx.mentions)
    return people or any(t.dep_.startswith("nsubj") and t.pos_ in ("NOUN", "PROPN", "PRON") and t.lower_ != "qui"
                         and not ctx.inside_quote(t.idx)
                         for t in ctx.doc.char_span(body.end, token.idx, alignment_mode="expand") or [])


def body_before(ctx: Context, m: Mention, token: Token, here: int) -> bool:
    """A body named before token, outside quotations, in the sentence here or the one before."""
    return m.type in BODIES and 0 <= m.start and m.end <= token.idx and here - sentence_of(ctx, m) <= 1 \
        and not ctx.inside_quote(m.start)


BODIES = frozenset({"Organization", "MilitaryUnit"})


def sentence_of(ctx: Context, m: Mention) -> int:
    span = ctx.span_of(m)
    return sentence_index(span[0]) if span is not None else -1


def masculine(ctx: Context, m: Mention) -> bool:
    """A name after a masculine determiner, past the nouns and adjectives before it ('Le groupe paramilitaire
    russe Wagner', 'le Hamas')."""
    span = ctx.span_of(m)
    i = span.start - 1 if span is not None else -1
    while i >= 0 and ctx.doc[i].pos_ in ("ADJ", "NOUN"):
        i -= 1
    det = ctx.doc[i] if i >= 0 else None
    return det is not None and det.pos_ == "DET" and "Masc" in det.morph.get("Gender")


def named_after(ctx: Context, token: Token, fits) -> Mention | None:
    """A pronoun with nothing before it (an article that opens on « … », a-t-il dit): the first fitting
    person named in the next three sentences outside quotations, else the one a subject after it describes;
    never a body named after it ('a-t-elle commenté en citant EDF')."""
    here = sentence_index(token)
    after = [m for m in ctx.mentions if m.start > token.idx and m.sent_index - here <= 3 and m.role is None
             and not m.unnamed and fits(m) and not ctx.inside_quote(m.start)]
    return next((m for m in after if m.type == "Person"), None) or described_after(ctx, token, fits)


def described_after(ctx: Context, token: Token, fits) -> Mention | None:
    """A pronoun with nobody named around it ('« … », a-t-il dit. … », estime le patron de la SNCF'): the
    office holder or role the first subject described in the next two sentences names."""
    if PRONOUNS.get(token.lower_) not in ("m", "f"):
        return None
    here = sentence_index(token)
    for t in token.doc[token.i + 1:]:
        if sentence_index(t) - here > 2:
            return None
        if t.pos_ == "NOUN" and (t.dep_.startswith("nsubj") or inverted_after_cue(t)) and not ctx.inside_quote(t.idx):
            found = office_reference(ctx, t, np_tokens(t)) or described_source(ctx, t)
            if found is not None:
                return found if fits(found) else None
    return None


def inverted_after_cue(t: Token) -> bool:
    """'…», estime le patron de X': a noun the parse hangs as object on the reporting verb just before it."""
    return t.dep_ == "obj" and t.head.i < t.i and cues.is_cue(t.head) and t.i - t.head.i <= 3


def described_subjects(ctx: Context, token: Token) -> list[tuple[int, Mention]]:
    """'Le président des États-Unis … s'est employé à …. « … », a-t-il affirmé': subjects of the sentence and
    the two before it that name an office holder by description rather than by name, or a person by an epithet
    ('l'élue'); after a quotation of several sentences, they count back from where it opened."""
    bounds = sentence_bounds(ctx.doc)
    out = []
    for i in range(max(0, counted_from(ctx, token) - 2), sentence_index(token) + 1):
        for t in ctx.doc[bounds[i][0]:min(bounds[i][1], token.i)]:
            if t.pos_ == "NOUN" and (t.dep_.startswith("nsubj") or subject_after_comma(t)) \
                    and not ctx.inside_quote(t.idx):
                m = described_subject(ctx, t)
                if m is not None:
                    out.append((i, m))
    return out


def subject_after_comma(t: Token) -> bool:
    """'Puisque X avait prévenu …, le Premier ministre s'est permis …' with the phrase hung elsewhere: a noun
    after a comma that opens a clause with its subject."""
    i = t.i - 1
    while i >= 0 and t.doc[i].pos_ in ("DET", "ADJ"):
        i -= 1
    return i >= 0 and t.doc[i].text == "," and cues.main_subject_after(t.doc[i])


def described_subject(ctx: Context, t: Token) -> Mention | None:
    """The office holder, the person given that role in the article, or the person a subject noun describes (the
    reference already made for it, if any); else the unnamed person an indefinite one describes ('Une
    responsable de l'ONU a réagi. « … », a-t-elle averti': not the ONU)."""
    known = ctx.at(t)
    if known is not None:
        return known if known.role in ("office", "reference") and known.type == "Person" else None
    tokens = np_tokens(t)
    given = quietly(ctx, partial(role_reference, ctx, t, tokens)) if t.lower_ in ROLE_NOUNS and definite(t) else None
    return office_reference(ctx, t, tokens) or named_by(ctx, given) \
        or (by_epithet(ctx, Phrase(ctx, t)) if t.lower_ in EPITHETS else None) \
        or (quietly(ctx, partial(subject_as_speaker, ctx, t)) if t.lower_ in person_words() and indefinite(t)
            and not addresses_someone(ctx, t.head) else None)


def addresses_someone(ctx: Context, verb: Token) -> bool:
    """'Un ouvrier l'a interpellé', 'une journaliste a interrogé X': the subject turned to someone, who answers."""
    return any(c.dep_ in ("obj", "iobj") and (c.pos_ == "PRON" or (m := ctx.at(c)) is not None and m.type == "Person")
               for c in verb.children)


def subject_as_speaker(ctx: Context, t: Token) -> Mention | None:
    """The person an indefinite subject noun describes, as if it spoke (kg.extract.reference.speaker_of_np): 'un
    diplomate' is someone new; 'le député' or 'sa rivale' most often stands for a person named nearby."""
    found = speaker_of_np(ctx, t)
    return found if found is not None and found.type == "Person" else None


DEMONSTRATIVE_GENDER = {"celui": "m", "dernier": "m", "celle": "f", "dernière": "f"}


def last_named(ctx: Context, token: Token) -> Mention | None:
    """'Celui-ci', 'ce dernier': the person named or described last ('une députée …. Celle-ci …', '…, explique un
    commerçant. Selon ce dernier, …'), of the demonstrative's gender."""
    other = {"m": "f", "f": "m"}.get(DEMONSTRATIVE_GENDER.get(token.lower_.split("-")[0], ""))
    found = sorted((m for m in [*ctx.mentions, *(m for m in ctx.made if m.unnamed)] if person_before(m, token)
                    and (other is None or gender(ctx, m) != other)), key=lambda m: m.end)
    described = described_last(ctx, token, found[-1].end if found else -1, other)
    if described is not None:
        return described
    start = ctx.doc[max(0, token.sent.start - 1)].sent.start_char
    if not found or found[-1].end < start:
        return body_named_last(ctx, token, start, other) or (found[-1] if found else None)
    return found[-1] if found[-1].id < 0 else ctx.new(token, "Person", role="reference", alias_of=found[-1].id)


def body_named_last(ctx: Context, token: Token, start: int, other: str | None) -> Mention | None:
    """'La Commission européenne peut appliquer le traité. Celle-ci a dit …': with no person in its sentence or
    the one before, the body or state named last there, of the demonstrative's gender."""
    bodies = [m for m in ctx.mentions if m.type in AGENT_TYPES - {"Person"} and start <= m.start and m.end <= token.idx
              and not ctx.inside_quote(m.start) and noun_gender(ctx, m) not in (None, other)]
    return bodies[-1] if bodies else None


def described_last(ctx: Context, token: Token, after: int, other: str | None) -> Mention | None:
    """'… que lui a adressées une députée du PJD. Celle-ci …': a person described, not named, after the last
    person named, in the demonstrative's sentence or the one before, of its gender."""
    start = ctx.doc[max(0, token.sent.start - 1)].sent.start
    nouns = [t for t in ctx.doc[start:token.i] if t.pos_ == "NOUN" and t.lower_ in person_words() and t.idx >= after
             and not ctx.inside_quote(t.idx) and other in (None, other_gender(t)) and "Sing" in t.morph.get("Number")]
    found = speaker_of_np(ctx, nouns[-1]) if nouns else None
    return found if found is not None and found is not NOBODY and found.type == "Person" else None


def person_before(m: Mention, token: Token) -> bool:
    """A person named or described (not a reference to another) before token."""
    return m.type == "Person" and (m.role is None or m.unnamed) and 0 <= m.end <= token.idx


def main_subject(ctx: Context, token: Token) -> Mention | None:
    """'Le ministre russe a mis en garde … contre ce qu'il a appelé …': in a subordinate clause, the pronoun
    is the subject of the main clause when that subject names someone."""
    clause = token.head
    if clause.dep_ not in ("acl:relcl", "ccomp", "advcl", "acl") or clause.head.i == clause.i:
        return None
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_.startswith("nsubj") and c.i < token.i and c.lower_ not in PRONOUNS
                    and not ctx.inside_quote(c.idx)), None)
    return (speaker_of_np(ctx, subject) or described_source(ctx, subject)) if subject is not None else None


def is_subject(ctx: Context, m: Mention) -> bool:
    """A mention that is, or is in apposition to, the subject of its clause, or a name joined to a subject that
    names someone too (never one after a preposition, whatever the parse says: 'à l'Hôtel de Matignon, elle a …';
    nor a name the parse joined to a common noun: 'la médiation entre l'Iran et l'Arabie saoudite était …')."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is not None and m.type != "Person" and root.head.lower_ in person_words() and root.head.i < root.i:
        return False  # 'L'élue Renaissance a demandé': the subject is the person, not her party
    return root is not None and not after_preposition(span) and (root.dep_.startswith("nsubj") or (
        root.dep_ in ("appos", "conj", "flat:name") and root.head.dep_.startswith("nsubj")
        and (root.dep_ != "conj" or ctx.at(root.head) is not None)) or subject_by_place(ctx, m, span))


def subject_by_place(ctx: Context, m: Mention, span: Span) -> bool:
    """A subject the parse missed, told by where the phrase stands (set off, before a verb, titled, after a clause
    that opens the sentence on a conjunction)."""
    root = span.root
    return (appositive(ctx, m) and subject_phrase(root)) or stands_for_subject(root) or before_apposed_subject(root) \
        or titled_subject(span) or opens_main_clause(span) or root_before_predicate(root)


def root_before_predicate(token: Token) -> bool:
    """'X, lui, n'est pas du même avis', 'Le leader du groupe, X, s'est lui aussi lancé …' parsed with the phrase
    as the root and its predicate hung on it: a name (or one set off beside a noun) heading its sentence before a
    predicate that has no subject of its own."""
    set_off = token.dep_ in ("appos", "nmod") and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","
    head = token.head if set_off and token.head.i < token.i else token
    opening = token.doc[token.sent.start:head.i]
    if head.dep_ != "ROOT" or head.pos_ not in ("PROPN", "NOUN") or any(t.pos_ in ("VERB", "AUX") for t in opening):
        return False
    return any(c.dep_ in ("conj", "parataxis", "acl") and c.i > token.i and finite_predicate(c) for c in head.children)


def finite_predicate(token: Token) -> bool:
    """A finite verb, or a predicate with a finite copula or auxiliary, that has no subject of its own."""
    helpers = [c for c in token.children if c.dep_ in ("cop", "aux", "aux:tense")]
    finite = "Fin" in token.morph.get("VerbForm") or any("Fin" in c.morph.get("VerbForm") for c in helpers)
    return finite and not any(c.dep_.startswith("nsubj") or c.dep_ == "expl:subj" for c in token.children)


def opens_main_clause(span: Span) -> bool:
    """'Puisque X avait prévenu …, le Premier ministre Y s'est permis …': a phrase after the comma that ends a
    clause opening on a conjunction, before the main clause's verb, is its subject whatever the parse says."""
    i = span.start - 1
    while i >= 0 and span.doc[i].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
        i -= 1
    comma = span.doc[i] if i >= 0 else None
    return comma is not None and comma.text == "," and cues.in_fronted_clause(comma) and cues.main_subject_after(comma)


def stands_for_subject(token: Token) -> bool:
    """'De son côté Louis Aliot, qui …, a manifesté …': a name the parse hung on an opening adverbial, before a
    finite verb that has no subject of its own (never one inside a prepositional phrase)."""
    verb = hung_on_verb(token)
    if verb is None or token.dep_ != "appos" or verb.i < token.i:
        return False
    finite = any(a.dep_.startswith("aux") for a in verb.children) or "Fin" in verb.morph.get("VerbForm")
    return finite and not any(c.dep_.startswith(("nsubj", "expl")) for c in verb.children)


def titled_subject(span: Span) -> bool:
    """'La présidente Bénédicte de Perthuis l'interrompt' parsed with the name as a modifier of its title: the
    name right after a person's title that is the subject is the subject."""
    root, title = span.root, span.doc[span.start - 1] if span.start else None
    return title is not None and root.head == title and root.dep_ in ("amod", "nmod") \
        and title.dep_.startswith("nsubj") and title.lower_ in person_words()


def before_apposed_subject(token: Token) -> bool:
    """'Maduro, le successeur de Hugo Chavez, continue …' parsed with the apposition as the subject: the name
    right before it, between the opening of the sentence and a comma, is the subject."""
    doc, verb = token.doc, token.head
    if token.dep_ not in ("obl:mod", "obl", "dep", "nmod") or verb.pos_ not in ("VERB", "AUX") or verb.i < token.i:
        return False
    end = max(t.i for t in token.subtree) + 1
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return subject is not None and end < len(doc) and doc[end].text == "," and subject.left_edge.i == end + 1 \
        and token.left_edge.i == token.sent.start


def hung_on_verb(token: Token) -> Token | None:
    """The verb a name hangs on through appositions and adverbials, or None past a preposition other than 'de'."""
    t = token
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i and t.dep_ in ("appos", "flat:name", "obl:mod", "nmod"):
        if t.i != token.i and any(c.dep_ == "case" and c.lower_ != "de" for c in t.children):
            return None
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") else None


def subject_phrase(token: Token) -> bool:
    """Inside the noun phrase of a subject: 'La présidente du groupe …, Marine Le Pen, a rencontré …'."""
    t = token
    while t.dep_ in ("appos", "conj", "flat:name", "nmod", "amod") and t.head.i != t.i:
        t = t.head
    return t.dep_.startswith("nsubj")


def after_preposition(span) -> bool:
    i = span.start - 1
    while i >= 0 and span.doc[i].pos_ == "DET":
        i -= 1
    return i >= 0 and span.doc[i].pos_ == "ADP"


@dataclass(frozen=True)
class RoleQuery:
    """A role noun to resolve: its head, its folded word, the state its own adjectives name and the other words
    that qualify it ('LFI' in 'le député LFI')."""

    head: Token
    word: str
    state: str | None
    qualifiers: frozenset[str] = frozenset()
    body: Mention | None = None  # the body named after it ('le chef du PS')
    of_names: frozenset[str] = frozenset()  # the capitalised words of its 'de' complement
    office: tuple[str, str] | None = None  # its office phrase and office ('premier ministre', 'head_of_government')


def role_query(ctx: Context, head: Token, tokens: list[Token]) -> RoleQuery:
    own = [t for t in tokens if t.head.i == head.i or t.i == head.i + 1]
    state = next((ctx.gazetteer.state_of_demonym(t.text) for t in own if ctx.gazetteer.state_of_demonym(t.text)), None)
    qualifiers = frozenset(names.fold(t.text) for t in own if t.i > head.i and t.pos_ in ("PROPN", "ADJ")
                           and t.dep_ in ("amod", "flat:name", "appos", "nmod") and not any(c.dep_ == "case" for c in t.children))
    found = office_phrase(" ".join(names.fold(t.text) for t in tokens if not ctx.gazetteer.state_of_demonym(t.text)))
    return RoleQuery(head, role_word(head), state, qualifiers, body_after(ctx, head, tokens),
                     described_of(head, tokens), found)


def role_word(head: Token) -> str:
    """The folded role noun; 'numéro' with its number but for 'numéro un' ('la numéro deux' is no leader)."""
    word = names.fold(head.text)
    after = head.nbor(1).lower_ if head.i + 1 < len(head.doc) else ""
    return f"{word} {names.fold(after)}" if word == "numero" and after not in ("un", "1") else word


def described_of(head: Token, tokens: list[Token]) -> frozenset[str]:
    """The capitalised words of a description's 'de' complement ('le président de la N-VA' -> {'n va'})."""
    after = [t.i for t in tokens if t.i > head.i and not t.is_punct]  # 'le candidat du FSNC, ému': no comma
    return capitalised_complement(head.doc[after[0]:after[-1] + 1].text.split()) if after else frozenset()


BRACKETED = re.compile(r"\s*\(([^()]{1,40})\)")


def bracketed_member(ctx: Context, q: RoleQuery) -> list[Mention]:
    """'Bart De Wever (N-VA)' … 'le président de la N-VA': the one person named before with that body in
    brackets after the name."""
    if not q.of_names:
        return []
    text = parsed(ctx.doc)
    found = [m for m in ctx.mentions if m.type == "Person" and m.end <= q.head.idx
             and (b := BRACKETED.match(text, m.end)) and frozenset(names.fold(w) for w in b.group(1).split()) == q.of_names]
    return found if ctx.one_person(found) else []


def body_after(ctx: Context, head: Token, tokens: list[Token]) -> Mention | None:
    """The first body named after a role noun in its phrase ('le chef du PS')."""
    bodies = (m for t in tokens if t.i > head.i and (m := ctx.at(t)) is not None)
    return next((m for m in bodies if m.type in ("Organization", "MilitaryUnit") and m.key and not m.unnamed), None)


def leads(q: RoleQuery) -> bool:
    """A role noun that heads a body ('le chef', 'le PDG', 'le secrétaire général', 'le premier secrétaire')."""
    after = q.head.doc[q.head.i + 1].lower_ if q.head.i + 1 < len(q.head.doc) else ""
    before = q.head.doc[q.head.i - 1].lower_ if q.head.i else ""
    return q.head.lower_ in BODY_LEADERS or (q.word == "secretaire" and (after.startswith("général")
                                                                         or before in ("premier", "première")))


def body_leader(ctx: Context, q: RoleQuery) -> list[Mention]:
    """'le chef du PS', 'le président de la FNSEA': the people named before whom the article made leaders of that
    body, else those the gazetteer knows lead it."""
    if q.body is None or not leads(q):
        return []
    given = [r.person for r in ctx.roles if r.org is not None and r.org.key == q.body.key and r.leads_org
             and r.person.start < q.head.idx]
    return given or [m for m in ctx.mentions if m.start < q.head.idx and known_head(ctx, m, q.body.key)]


def body_leader_named_after(ctx: Context, q: RoleQuery) -> list[Mention]:
    """'… a lancé le chef de l'OMS. Tedros Adhanom Ghebreyesus a insisté': with nobody named before, the first person
    named after whom the gazetteer knows to lead that body."""
    if q.body is None or not leads(q):
        return []
    return [m for m in ctx.mentions if m.start > q.head.idx and known_head(ctx, m, q.body.key)][:1]


def known_head(ctx: Context, m: Mention, body: str | None) -> bool:
    """A person the gazetteer gives as a leader of the body, or as the holder of its head office."""
    return m.type == "Person" and (m.key in ctx.gazetteer.leaders.get(body, ()) or headed(ctx.gazetteer, m.key, body))


NOT_HEADS = ("foreign_policy", "spokesperson", "envoy", "minister", "ambassador")


def headed(gazetteer: Gazetteer, gid: str | None, body: str | None) -> bool:
    """A person who held the head office of a body by the gazetteer's terms ('un_secretary_general' of the UN),
    not one of its other offices (its foreign policy chief, its envoys)."""
    return any(body in (t["jurisdiction"], lexicon.office_bodies().get(t["office"]))
               and not any(w in t["office"] for w in NOT_HEADS) for t in gazetteer.held.get(gid or "", ()))


def body_member(ctx: Context, q: RoleQuery) -> list[Mention]:
    """'la porte-parole de la Maison-Blanche', 'la députée du RN': the one person named before whom the article
    gave that role in that body, or whom the gazetteer makes a member of it or gives that role in it."""
    if q.body is None or leads(q):
        return []
    body = names.fold(q.body.text)
    known = [m for m in ctx.mentions if m.type == "Person" and m.start < q.head.idx and m.key
             and member_of(ctx.gazetteer.get(m.key), q.body.key, q.word, body)]
    found = given_in_body(ctx, q) or known
    return found if ctx.one_person(found) else []


def given_in_body(ctx: Context, q: RoleQuery) -> list[Mention]:
    """The people named before whom the article gave a role of that word in the query's body."""
    return [r.person for r in ctx.roles if r.org is not None and q.body is not None and r.org.key == q.body.key
            and r.person.start < q.head.idx and (q.word in r.words or r.head == q.head.lower_)]


def member_of(entry: dict | None, body: str, word: str, name: str) -> bool:
    """A gazetteer person who belongs to the body, or holds a role of that word in it ('porte-parole du kremlin')."""
    entry = entry or {}
    return body in entry.get("member_of", ()) or any(word in names.fold(r) and name in names.fold(r)
                                                     for r in entry.get("roles", ()))


def given_role(ctx: Context, q: RoleQuery) -> list[Mention]:
    """The people the article gave that role ('le général X' before 'le général'); of those, when the description
    has qualifiers, the ones whose role has them ('le député LFI' is not the 'député LR' named last, 'le commissaire
    européen' not the 'commissaire de police')."""
    given = [r for r in ctx.roles if (r.person.start < q.head.idx or r.start <= q.head.idx < r.end)
             and same_role(q, r) and not r.of_other(q.of_names)]
    if not q.qualifiers:
        return [r.person for r in given]
    return [r.person for r in given if all(among_words(w, r.words) for w in q.qualifiers)]


def same_role(q: RoleQuery, r: Role) -> bool:
    """Whether a role given in the article is the one a description names, by its noun and state."""
    return (q.word in r.words or r.head == q.head.lower_ or leading_alike(q, r)) and q.state in (None, r.state) \
        and same_office(q, r)


def same_office(q: RoleQuery, r: Role) -> bool:
    """Whether a role may hold the office a description names in words of its own: the same office, or one the
    lexicon does not know with the same noun and no portfolio (when the office phrase opens on that noun), or whose
    words hold the description's office phrase ('le Premier ministre' is no 'ministre de l'Économie', nor 'le
    ministre X', nor 'le maire'); a one-word office ('le président', 'le leader') is any role of that noun."""
    if q.office is None or " " not in q.office[0]:
        return True
    if r.office is not None:
        return r.office == q.office[1]
    bare = not r.of_names and q.word in r.words  # 'le ministre sénégalais' may be the foreign minister …
    qualified = q.office[0].split()[0] != q.word  # … not the 'Premier ministre', whose noun is qualified before it
    return (bare and not qualified) or f" {q.office[0]} " in f" {r.plain or r.folded} "


def leading_alike(q: RoleQuery, r: Role) -> bool:
    """'le leader conservateur' after 'le nouveau chef conservateur X': two leader nouns with the same
    qualifiers name one role."""
    return q.head.lower_ in LEADER_NOUNS and r.head in LEADER_NOUNS and bool(q.qualifiers) \
        and all(among_words(w, r.words) for w in q.qualifiers)


def among_words(word: str, words: frozenset[str]) -> bool:
    """Whether a qualifier is among a role's words, whatever its gender or number ('le candidat conservateur'
    is 'le candidat de l'opposition conservatrice')."""
    return word in words or len(word) >= 6 and any(len(w) >= 6 and w[:6] == word[:6] for w in words)


def state_leader(ctx: Context, q: RoleQuery) -> list[Mention]:
    """'le dirigeant nord-coréen': the leaders of that state the gazetteer knows, named before; not for the head of a
    body the description names ('le chef du Conseil national électoral vénézuélien')."""
    if not q.state or q.head.lower_ not in LEADER_NOUNS or heads_a_named_body(ctx, q):
        return []
    leaders = set(ctx.gazetteer.leaders.get(q.state, []))
    return [m for m in ctx.mentions if m.key in leaders and m.start < q.head.idx]


FOLDED_REALMS = frozenset(names.fold(w) for w in REALMS)


def heads_a_named_body(ctx: Context, q: RoleQuery) -> bool:
    """A description whose 'de' complement names a body that is no realm and no state ('du Conseil national
    électoral', 'de la Cour constitutionnelle'; not 'de la République', 'de la Fédération de Russie')."""
    return any(w not in FOLDED_REALMS and ctx.gazetteer.lookup(w, "State") is None for w in q.of_names)


def article_leader(ctx: Context, q: RoleQuery) -> list[Mention]:
    """'le président' with no country and no complement ('le leader du PPX' leads what it names): the people the
    article gave a leader's role."""
    if q.state is not None or q.head.lower_ not in LEADER_NOUNS or q.of_names or q.body is not None:
        return []
    other = {"m": "f", "f": "m"}.get(article_gender(q.head))  # 'le président' is not the Speaker Nancy Pelosi
    return [r.person for r in ctx.roles if r.is_leader and r.person.start < q.head.idx
            and (other is None or gender(ctx, r.person) != other)]


def article_gender(noun: Token) -> str | None:
    """'m' or 'f' as the article of a noun says ('le président', 'la présidente'), else None."""
    return next((ARTICLE_GENDER[c.lower_] for c in noun.children if c.dep_ == "det" and c.lower_ in ARTICLE_GENDER),
                None)


def gazetteer_role(ctx: Context, q: RoleQuery) -> list[Mention]:
    """People named before one of whose gazetteer roles holds the word and the capitalised words of the
    description's complement, and the words of its office ('le Premier ministre' is no 'ministre de l'Économie';
    and who belong to the state, if given)."""
    return [m for m in ctx.mentions if m.type == "Person" and m.start < q.head.idx and m.key
            and holds(ctx, m, q.of_names | office_words(q), q.word) and of_state(ctx, m, q.state)]


def role_ahead(ctx: Context, q: RoleQuery) -> list[Mention]:
    """In the title or a caption, the first person the article gives that role further down."""
    if not ctx.in_aside(q.head):
        return []
    return [r.person for r in ctx.roles if q.word in r.words and (q.state is None or r.state == q.state)][:1]


def recent_person_speaker(ctx: Context, head: Token) -> list[Mention]:
    """The named person who spoke last in the two sentences before head (before the quotation it closes), of
    head's gender (as a mention of the article, never a reference made for a statement)."""
    here = counted_from(ctx, head)
    other = other_gender(head)
    found = [n for m in recent_speakers(ctx, here) for n in [named_mention(ctx, m)]
             if n is not None and n.type == "Person" and n.end <= head.idx and (other is None or gender(ctx, n) != other)]
    return found[-1:]


def named_mention(ctx: Context, m: Mention) -> Mention | None:
    """The article's own mention a reference stands for (following its aliases), or None when it has none."""
    seen = set()
    while m.alias_of is not None and 0 <= m.alias_of < len(ctx.mentions) and m.alias_of not in seen:
        seen.add(m.alias_of)
        m = ctx.mentions[m.alias_of]
    return m if m.id >= 0 and not m.unnamed and m.alias_of is None else None


def sole_national(ctx: Context, q: RoleQuery) -> list[Mention]:
    """'le dirigeant allemand' after 'Thomas Bach' was named: the one person of that state named before (by the
    gazetteer or a role), when the article names no other; only for a leader's noun ('son homologue
    nord-coréen' is someone's counterpart, not whoever of the country was named)."""
    if q.state is None or q.head.lower_ not in BODY_LEADERS or heads_a_named_body(ctx, q):
        return []
    people = nationals_before(ctx, q.state, q.head)
    return people if len({ctx.key_of(m) for m in people}) == 1 else []


def stateless_role(ctx: Context, q: RoleQuery) -> list[Mention]:
    """'le ministre camerounais' after 'le ministre de l'Administration territoriale X' when nothing says X's
    state: the one person given that role with no state, when the description gives one."""
    if q.state is None:
        return []
    people = [r.person for r in ctx.roles if r.person.start < q.head.idx and q.word in r.words and r.state is None
              and (person_state(ctx, r.person) or r.person.country) is None and not r.of_other(q.of_names)]
    return people if len({ctx.key_of(m) for m in people}) == 1 else []


ROLE_SOURCES = (body_leader, body_member, given_role, bracketed_member, state_leader, article_leader, gazetteer_role,
                role_ahead, sole_national, stateless_role)


def role_reference(ctx: Context, head: Token, tokens: list[Token]) -> Mention | None:
    """'le dirigeant nord-coréen', 'le général': the last candidate of the first of ROLE_SOURCES that has one, of
    the gender the description's article gives ('la ministre' is none of the men that source finds)."""
    q, said = role_query(ctx, head, tokens), article_gender(head)
    candidates = agreeing(ctx, next((found for source in ROLE_SOURCES if (found := source(ctx, q))), []), said)
    return ctx.new(head, "Person", role="reference", alias_of=candidates[-1].id) if candidates else None


def agreeing(ctx: Context, candidates: list[Mention], said: str | None) -> list[Mention]:
    """The candidates a description's article may stand for: 'la ministre' is no man the text calls 'M.'."""
    return [m for m in candidates if said is None or gender(ctx, m) in (None, said)]


def own_mention(ctx: Context, m: Mention) -> Mention:
    """The mention m stands for (its antecedent's, for a pronoun or a description), else m."""
    return ctx.mentions[m.alias_of] if m.alias_of is not None and 0 <= m.alias_of < len(ctx.mentions) else m


def honorific_gender(ctx: Context, m: Mention) -> str | None:
    """The gender of 'M.' or 'Mme' right before a mention."""
    before = parsed(ctx.doc)[max(0, m.start - 10):m.start].split()
    return TITLES.get(before[-1].lower()) if before else None


def indefinite(head: Token) -> bool:
    """'des responsables', 'une source': someone the article does not name."""
    return any(c.dep_ == "det" and c.lower_ in ("un", "une", "des", "plusieurs", "deux", "trois") for c in head.children)


def demonstrative(head: Token) -> bool:
    """'ces familles', 'ce responsable': a group or person the article has in view."""
    return any(c.dep_ == "det" and c.lower_ in ("ce", "cet", "cette", "ces") for c in head.children)


def definite(head: Token) -> bool:
    """'le ministère', 'cette agence', and after a noun of speech 'du ministère', whose 'du' is 'de le' ('un
    communiqué du ministère'; not the partitive 'du pain', nor 'le rôle du président')."""
    return any((c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "ce", "cet", "cette"))
               or (c.dep_ == "case" and c.lower_ == "du" and head.head.lower_ in SPEECH_NOUNS) for c in head.children)


def described_person(ctx: Context, head: Token, tokens: list[Token]) -> Mention | None:
    """'le haut responsable russe' after 'Sergueï Choïgou' was named: the last person of that country named
    before (by the gazetteer or a role), when the description gives a country."""
    state = next((ctx.gazetteer.state_of_demonym(t.text) for t in tokens if ctx.gazetteer.state_of_demonym(t.text)), None)
    people = nationals_before(ctx, state, head) if state is not None else []
    return ctx.new(head, "Person", role="reference", alias_of=people[-1].id) if people else None


def nationals_before(ctx: Context, state: str, head: Token) -> list[Mention]:
    """The persons of a state (by the gazetteer or a role the article gave them) named before head."""
    role_states = {id(r.person): r.state for r in ctx.roles if r.state}  # a person may hold several roles
    return [m for m in ctx.mentions if m.type == "Person" and not m.unnamed and m.end <= head.idx
            and (person_state(ctx, m) == state or role_states.get(id(m)) == state)]


def role_words(entry: dict | None) -> list[frozenset[str]]:
    """The words of each of a gazetteer person's roles ('ministre des affaires étrangères' -> ministre, affaires,
    …)."""
    return [frozenset(names.fold(role).replace("'", " ").split()) for role in (entry or {}).get("roles", [])]


def person_state(ctx: Context, m: Mention) -> str | None:
    return (ctx.gazetteer.get(m.key) or {}).get("country")


def last_subject_person(ctx: Context, head: Token) -> Mention | None:
    """'Le diplomate n'a ni confirmé …': a bare definite description is the person last named as a subject."""
    here = sentence_index(head)
    other = other_gender(head)  # 'la lauréate' is no man
    found = [m for m in ctx.mentions if m.type == "Person" and m.role is None and m.end <= head.idx
             and here - m.sent_index <= 2 and is_subject(ctx, m) and (other is None or gender(ctx, m) != other)]
    return ctx.new(head, "Person", role="reference", alias_of=found[-1].id) if found else None


def unnamed(ctx: Context, head: Token, tokens: list[Token]) -> Mention | None:
    """An unnamed source described by its function ('un haut responsable militaire américain'): the first
    of UNNAMED_RULES that answers; 'les observateurs' is nobody."""
    type_ = unnamed_type(head)
    if not type_:
        return None
    source = Source(head, before_apposition(head, tokens), type_)
    for rule in UNNAMED_RULES:
        found = rule(ctx, source)
        if found is not None:
            return None if found is NOBODY else found
    return None


def unnamed_type(noun: Token) -> str | None:
    """The type of source a noun of the lexicon describes, in the singular or the plural ('un agriculteur',
    'des agriculteurs')."""
    return UNNAMED.get(noun.lower_) or UNNAMED.get(noun.lower_ + "s")


def before_apposition(head: Token, tokens: list[Token]) -> list[Token]:
    """The tokens of a description up to the comma of an apposition ('un député RN, élu du Var', 'une source,
    proche de l'armée'; not a lone adjective: 'un responsable militaire, américain')."""
    cut = next((x.i for x in head.doc[head.i:head.sent.end] if x.text == "," and x.i + 1 < len(head.doc)
                and (head.doc[x.i + 1].dep_ not in ("conj", "amod", "cc") or complemented(head.doc[x.i + 1]))),
               len(head.doc))
    return [t for t in tokens if t.i < cut]


def complemented(adjective: Token) -> bool:
    """An adjective with a complement of its own ('proche de l'armée')."""
    return any(c.dep_ not in ("conj", "cc", "punct", "advmod") for c in adjective.children)


@dataclass(frozen=True)
class Source:
    """A description of an unnamed source: its head noun, its tokens up to an apposition, its entity type."""

    head: Token
    tokens: list[Token]
    type: str

    @property
    def modifiers(self) -> list[Token]:
        return [t for t in self.tokens if t.dep_ in ("amod", "nmod") and t.i != self.head.i]


def known_person(ctx: Context, src: Source) -> Mention | None:
    """'la porte-parole du gouvernement', 'le haut responsable russe' after the article named them."""
    if src.type != "Person" or not definite(src.head):
        return None
    return role_reference(ctx, src.head, src.tokens) or described_person(ctx, src.head, src.tokens)


def titled_person(ctx: Context, src: Source) -> Mention | None:
    """'l'avocate', 'son avocate' when the article writes 'l'avocate Min Min Soe' or 'Min Min Soe, avocate de …':
    the person the same noun titles elsewhere in the article, the nearest one."""
    if src.type != "Person" or src.modifiers or not (definite(src.head) or possessive(src.head)):
        return None
    word = src.head.lower_
    titled = [m for m in ctx.mentions if m.type == "Person" and not m.unnamed and m.role is None
              and word in (title_before(ctx.doc, m), title_after(ctx.doc, m))]
    if not titled:
        return None
    nearest = min(titled, key=lambda m: (m.start > src.head.idx, abs(m.start - src.head.idx)))
    return ctx.new(src.head, "Person", role="reference", alias_of=nearest.id) if nearest.id >= 0 else nearest


def title_before(doc: Doc, m: Mention) -> str:
    """The noun right before a name ('l'avocate [Min Min Soe]'), or the head of the description the name is set
    off after ('l'avocat du président, [Yoon Kab-keun]')."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return ""
    root = span.root
    if doc[span.start - 1].text == "," and root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < span.start:
        head = root.head
        while head.dep_ == "nmod" and head.head.pos_ == "NOUN" and head.head.i < head.i:
            head = head.head  # 'l'avocat du président, X': X is the lawyer
        return head.lower_
    return doc[span.start - 1].lower_


def title_after(doc: Doc, m: Mention) -> str:
    """The noun of an apposition right after a name ('[Marc Vidal], avocat de …')."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return ""
    after = doc[span.end + 1]
    after = doc[span.end + 2] if after.pos_ == "DET" and span.end + 2 < len(doc) else after
    return "" if after.dep_.startswith("nsubj") else after.lower_  # '…, la lauréate a déclaré': a subject, no title


def possessive(head: Token) -> bool:
    return any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in head.children)


def named_body(ctx: Context, src: Source) -> Mention | None:
    """'les services de renseignement de l'OTAN': an organisation or unit named in the description."""
    if src.type == "Person":
        return None
    named = [ctx.at(t) for t in src.tokens if t.i > src.head.i and ctx.at(t) is not None]
    return next((m for m in named if m.type in ("Organization", "MilitaryUnit")), None)


def bare_description(ctx: Context, src: Source) -> Mention | None:
    """'le responsable' with no modifier: the last source described with that word, else (definite) the
    person last named as a subject; 'la même source' is the source last quoted that no person's name gives (an
    unnamed source or a body: 'a indiqué Matignon … selon la même source'); 'ces familles', 'des
    responsables', 'les syndicats', 'l'opposition' and, with nobody before, 'le procureur' are sources of their
    own; else nobody."""
    if any(t.lower_ == "même" for t in src.modifiers):
        return same_source(ctx)
    if src.modifiers:
        return None
    earlier = described_before(ctx, src.head)
    if earlier is None and src.type != "Person" and definite(src.head):
        return None
    found = earlier or (last_subject_person(ctx, src.head) if definite(src.head) else None)
    one = definite(src.head) and src.type == "Person" and "Sing" in src.head.morph.get("Number")
    return found or (None if one or demonstrative(src.head) or indefinite(src.head) or plural_group(src.head)
                     else NOBODY)


def same_source(ctx: Context) -> Mention | None:
    """'la même source': the last speaker no person's name gives (an unnamed source, a body)."""
    return next((m for _, m in reversed(ctx.speakers) if m.unnamed or m.type != "Person"), None)


def plural_group(head: Token) -> bool:
    """'les syndicats', 'les manifestants': a group the article has in view."""
    return any(c.dep_ == "det" and c.lower_ == "les" for c in head.children)


def described_before(ctx: Context, head: Token) -> Mention | None:
    """The last unnamed source whose description holds head's word, or the person the last description with
    that word named ('la porte-parole de la Maison-Blanche' … 'la porte-parole visiblement agacée')."""
    word = f" {names.fold(head.text)} "
    for m in reversed(ctx.made):
        if m.unnamed and word in f" {names.fold(m.name or '')} ":
            return m
        if m.alias_of is not None and m.type == "Person" and word in f" {names.fold(m.text)} ":
            return ctx.new(head, "Person", role="reference", alias_of=m.alias_of)
    return None


def new_source(ctx: Context, src: Source, *, name: str | None = None) -> Mention:
    """A new unnamed agent named by its description (or by name), from its determiner on ('a affirmé mercredi un
    responsable': not 'mercredi')."""
    stop = description_end(src)
    det = max((t.i for t in src.tokens if t.pos_ == "DET" and t.i < src.head.i), default=-1)
    words = [t for t in src.tokens if t.pos_ not in ("DET", "ADP") and not t.is_punct
             and max(det, src.head.i - 4) < t.i < stop]
    start, end = min(t.idx for t in words), max(t.idx + len(t) for t in words)
    text = original(ctx.doc)[start:end]
    m = Mention(doc=ctx.name, start=start, end=end, text=text, type=src.type, unnamed=True,
                name=name or " ".join(text.split()))  # a hard-wrapped text's line break is no part of a name
    ctx.made.append(m)
    return m


WHERE = frozenset({"devant", "dans", "sur", "sous", "lors", "pendant", "depuis", "derrière", "parmi"})


def description_end(src: Source) -> int:
    """Past its 'de' complement, a description ends at another preposition ('le président de la FFF [sur RMC
    Sport]'); anywhere, at a bracket ('[(photo ci-dessus)]') and at a preposition of place or time ('un
    enseignant [devant la préfecture]'), at an aside set off by a comma ('le chef des Verts[, quant à lui]');
    'le conseiller à la sécurité nationale de la Maison Blanche' is whole."""
    after = [t for t in src.tokens if t.i > src.head.i]
    of = next((t.i for t in after if t.lower_ in OF), len(src.head.doc))
    bracket = next((t.i for t in after if breaks_description(t)), len(src.head.doc))
    return min(bracket, next((t.i for t in after if t.i > of and t.pos_ == "ADP" and t.lower_ not in OF),
                             len(src.head.doc)))


def breaks_description(t: Token) -> bool:
    """A bracket, a dash, a preposition of place or time, a verb of saying the tagger took for another word ('une
    ministre en exercice [juge « … »]'), or a comma that opens an aside of the lexicon ('quant à lui', 'pour sa
    part')."""
    doc = t.doc
    return t.text in "([—–" or t.lower_ in WHERE or cues.mistagged(t) or (t.text == "," and any(
        cues.aside_ending(doc, i) == i - t.i for i in range(t.i + 1, min(len(doc), t.i + 5))))


def possessed(ctx: Context, src: Source) -> Mention | None:
    """'a déclaré son porte-parole' after 'Keir Starmer …': someone of the agent last named as a subject (else
    of the person last named), not that agent; a source of its own named 'porte-parole de Keir Starmer'."""
    if src.type != "Person" or src.modifiers or not possessive(src.head):
        return None
    owners = sorted([*owners_of(ctx, src.head), *subject_body_before(ctx, src.head)], key=lambda m: m.start)
    return new_source(ctx, src, name=f"{src.head.text} {of_phrase(ctx, owners[-1])}") if owners else None


def subject_body_before(ctx: Context, head: Token) -> list[Mention]:
    """'La commission électorale doit publier les résultats. Sa présidente a assuré …': the body, named or not,
    that is the subject of the sentence before, when head opens its own (to name whose head is)."""
    doc = head.doc
    if head.sent.start == 0 or any(not (t.is_space or t.is_punct) for t in doc[head.sent.start:head.i - 1]):
        return []
    root = doc[head.sent.start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    found = quietly(ctx, lambda: speaker_of_np(ctx, subject)) \
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None  # for its name only
    return [found] if found is not None and found.type in AGENT_TYPES - {"Person"} and found.start >= 0 else []


def owners_of(ctx: Context, head: Token) -> list[Mention]:
    """Who 'son'/'sa' before head may stand for, nearest last: agents named as subjects in this sentence or the
    one before, and speakers of the last two (the one a pronoun stands for), else the persons named there."""
    own = clause_owner(ctx, head)
    if own is not None:
        return [own]
    here = sentence_index(head)
    near = [m for m in ctx.mentions if named_agent(m) and m.end <= head.idx and here - m.sent_index <= 1]
    subjects = [m for m in near if not ctx.inside_quote(m.start) and is_subject(ctx, m)]
    found = sorted(subjects + recent_speakers(ctx, here), key=lambda m: m.start)
    return [named_by(ctx, m) or m for m in found] or [m for m in near if m.type == "Person"]


def clause_owner(ctx: Context, head: Token) -> Mention | None:
    """'Le Premier ministre veut …, selon son entourage': after 'selon', 'son' is the subject of the clause the
    relay comments, when that subject names an agent the article named."""
    if not any(t.lower_ == "selon" for t in head.doc[max(head.sent.start, head.i - 2):head.i]):
        return None
    subject = next((c for c in head.sent.root.children if c.dep_.startswith("nsubj") and c.i < head.i), None)
    found = quietly(ctx, lambda: speaker_of_np(ctx, subject)) if subject is not None else None
    named = named_by(ctx, found)
    return named if named is not None and named_agent(named) else None


def recent_speakers(ctx: Context, here: int) -> list[Mention]:
    """The named agents who spoke in this sentence and the two before."""
    return [m for i, m in ctx.speakers if here - i <= 2 and named_agent(m) and m.start >= 0]


def named_agent(m: Mention) -> bool:
    return m.type in AGENT_TYPES and not m.unnamed


def of_phrase(ctx: Context, m: Mention) -> str:
    """'de Keir Starmer', 'de l'armée indienne', 'du Kremlin': m after 'de', with its article as the text has it."""
    det = re.search(r"(?i)\b(l['’]|la |les |le )$", original(ctx.doc)[max(0, m.start - 4):m.start]) if m.start >= 0 else None
    article = det.group(1).lower().replace("’", "'") if det else ""
    return {"le ": "du ", "les ": "des "}.get(article, f"de {article}") + (m.text if det else m.name or m.text)


def same_description(ctx: Context, src: Source) -> Mention | None:
    """'un responsable saoudien' … 'le responsable saoudien': a definite description whose words all stand in an
    unnamed source made before is that source."""
    if not definite(src.head) or not src.modifiers:
        return None
    words = {names.fold(t.text) for t in [src.head, *src.modifiers]}
    return next((m for m in reversed(ctx.made) if m.unnamed and words <= set(names.fold(m.name or "").split())), None)


def qualified_person(ctx: Context, src: Source) -> Mention | None:
    """'Le responsable syndical', 'le dirigeant socialiste' (definite, adjectives only): the person who last
    spoke within four sentences, or was last named as a subject within two."""
    if src.type != "Person" or not definite(src.head) or not src.modifiers or not all(map(qualifies, src.modifiers)):
        return None
    here = sentence_index(src.head)
    spoke = [m for i, m in ctx.speakers if here - i <= 4 and m.type == "Person" and not m.unnamed and m.end <= src.head.idx]
    found = spoke[-1] if spoke else last_subject_person(ctx, src.head)
    origin = origin_of(found) if found is not None else None
    return ctx.new(src.head, "Person", role="reference", alias_of=origin) if origin is not None else None


def origin_of(m: Mention) -> int | None:
    """The registered mention a reference stands for (m itself when it is one), or None when there is none yet."""
    origin = m.alias_of if m.role == "reference" else m.id
    return origin if origin is not None and origin >= 0 else None


def qualifies(modifier: Token) -> bool:
    """An adjective ('syndical'), or a bare noun the parser glued on ('compte'), not a complement ('de la CGT')."""
    return modifier.dep_ == "amod" or not any(c.dep_ == "case" for c in modifier.children)


UNNAMED_RULES = (same_description, known_person, possessed, titled_person, named_body, qualified_person,
                 bare_description, new_source)
