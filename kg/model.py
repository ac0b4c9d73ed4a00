"""Plain data model shared by every stage; imports neither spaCy nor rdflib."""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from operator import attrgetter

ENTITY_TYPES = ("Person", "State", "MilitaryUnit", "Organization", "Treaty", "Place")
RELATIONS = ("signed", "partyTo", "leaderOf", "memberOf", "armedForcesOf", "deployedTo",
             "foughtAlongside", "foughtAgainst", "locatedIn", "met")
SYMMETRIC = frozenset({"met", "foughtAlongside"})


def pickled_by_fields(cls: type) -> type:
    """Pickle a slotted dataclass as a call with its fields' values: its own state functions, called once per
    object, took twice as long to unpickle an incremental build's cache."""
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self) -> tuple:
        return cls, values(self)
    cls.__reduce__ = __reduce__
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from: article, sentence and character offsets in the article text."""

    doc: str
    start: int
    end: int
    sent_start: int
    sent_end: int
    sent_index: int
    sentence: str


@pickled_by_fields
@dataclass(slots=True)
class Document:
    """One article: its text as read, the furniture lines dropped from it, a title if found, and what the input
    said of it (url, publication date as ISO 8601, outlet, author).

    name is what the user knows it by (a file name, "export.jsonl#3"); key, a hash of the normalised body, is
    its identity: the same article under two names is one document."""

    name: str
    text: str
    title: str | None = None
    encoding: str = "utf-8"
    dropped: list[tuple[int, int]] = field(default_factory=list)
    dropped_reasons: list[str] = field(default_factory=list)
    asides: list[tuple[int, int]] = field(default_factory=list)
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    key: str = ""
    same_story: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.key:
            body = unicodedata.normalize("NFC", " ".join(self.body.split()))
            self.key = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]

    @property
    def published_day(self) -> date | None:
        """The calendar day of publication, when the input gave it."""
        return day_of(self.published)

    @property
    def title_span(self) -> tuple[int, int] | None:
        """Character offsets of the title line, when there is one."""
        if not self.title:
            return None
        start = self.text.find(self.title)
        return (start, start + len(self.title)) if start >= 0 else None

    @property
    def body(self) -> str:
        """The text with furniture lines blanked out (same length, same offsets)."""
        return blanked(self.text, self.dropped)

    @property
    def dropped_lines(self) -> list[str]:
        return [self.text[s:e] for s, e in self.dropped]


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """text with the given character spans replaced by spaces (offsets kept)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def day_of(value: str | None) -> date | None:
    """The calendar day of an ISO 8601 date or date-time text."""
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date() if value else None
    except ValueError:
        return None


@dataclass
class ArticleState:
    """What the extractors of one parsed article share (kept on the Doc as doc._.kg): its key, its text as
    written with furniture blanked, the title and captions, and what is computed once from the parse."""

    name: str
    text: str
    title: tuple[int, int] | None = None
    captions: list[tuple[int, int]] = field(default_factory=list)
    parsed: str | None = None
    sentences: list[tuple[int, int]] | None = None  # token bounds of the parse's sentences
    cue_lemmas: dict[int, str] = field(default_factory=dict)  # token index -> its reporting-verb entry name
    memo: dict = field(default_factory=dict)  # kg.extract.common.per_token's answers: function -> token index -> value
    published: date | None = None

    @property
    def asides(self) -> list[tuple[int, int]]:
        """Lines that state facts but speak for nobody as a whole: the title and the captions."""
        return ([self.title] if self.title else []) + self.captions


@pickled_by_fields
@dataclass(slots=True)
class Mention:
    """A stretch of article text naming (or describing) an entity."""

    doc: str
    start: int
    end: int
    text: str
    type: str
    key: str | None = None
    name: str | None = None
    country: str | None = None
    unnamed: bool = False
    role: str | None = None
    sent_index: int = 0
    alias_of: int | None = None
    id: int = -1
    typed_by: str = ""  # the rule of evidence that typed a name the gazetteer does not know ('kind-noun'), if any


@pickled_by_fields
@dataclass(slots=True)
class Statement:
    """Who said what: the speaker mention, the reported words, and the reporting cue."""

    speaker: Mention
    text: str
    kind: str
    cue: str
    evidence: Evidence
    reported_by: Mention | None = None
    about: list[Mention] = field(default_factory=list)
    rule: str = ""
    confidence: float = 1.0
    polarity: str | None = None
    when: str | None = None
    date: str | None = None
    corrections: list[str] = field(default_factory=list)


@pickled_by_fields
@dataclass(slots=True)
class Relation:
    """A relation between two mentions, with the rule that found it."""

    subject: Mention
    predicate: str
    object: Mention
    evidence: Evidence
    rule: str
    confidence: float = 0.8


@pickled_by_fields
@dataclass(slots=True)
class Figure:
    """A reported number: what is counted, whose, who claims it."""

    low: float
    high: float
    text: str
    counted: str | None
    evidence: Evidence
    approximate: bool = False
    whose: Mention | None = None
    claimant: Mention | None = None
    when: str | None = None
    date: str | None = None


@pickled_by_fields
@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document, before resolution."""

    doc: Document
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


@pickled_by_fields
@dataclass(slots=True)
class Entity:
    """One real-world entity: a stable id, a type, a canonical label and every surface form seen."""

    id: str
    type: str
    label: str
    labels: set[str] = field(default_factory=set)
    qid: str | None = None
    label_fr: str | None = None
    unnamed: bool = False
    docs: set[str] = field(default_factory=set)
    mentions: int = 0
    corrections: list[str] = field(default_factory=list)


@dataclass
class KnowledgeGraph:
    """The resolved corpus: entities, and facts whose mentions point to entity ids."""

    documents: list[Document]
    entities: dict[str, Entity]
    resolved: dict[tuple[str, int], str]
    extractions: list[Extraction]
    corrections: list[str] = field(default_factory=list)  # the user's corrections applied (kg.corrections)

    def entity_of(self, mention: Mention | None) -> Entity | None:
        if mention is None:
            return None
        key = self.resolved.get((mention.doc, mention.id))
        return self.entities.get(key) if key else None
