"""Turn the resolved knowledge graph into RDF: entities, documents, statements, relation assertions, figures.

The build writes N-Triples lines straight from the records (`lines`): making an rdflib term per value cost
most of the writing time. Vocabulary terms still come from the closed vocabulary (kg.vocab), looked up once
each, so a misspelt term fails. `to_rdf` parses the same lines into an rdflib Graph for tests and callers
that want one.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.gazetteer import Gazetteer
from kg.model import Document, Entity, Evidence, Extraction, Figure, KnowledgeGraph, Relation, Statement
from kg.resolve import slug
from kg.vocab import KG  # the closed vocabulary generated from ontology/kg.ttl

ID = Namespace("https://w3id.org/kg-fr/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
GAZETTEER = ID["gazetteer"]


def id_iri(path: str) -> str:
    """A kg id IRI as a plain string: the writer makes no rdflib term per fact (that cost most of its time)."""
    return f"{ID}{path}"


def entity_iri(entity_id: str) -> URIRef:
    return URIRef(id_iri(f"entity/{entity_id}"))


def doc_iri(key: str) -> URIRef:
    """IRI of an article: its key, a hash of its normalised body (the same article under two names is one)."""
    return URIRef(id_iri(f"doc/{key}"))


def fact_id(kind: str, *parts: object) -> str:
    """Stable IRI of a fact node, as a plain string: a hash of what identifies it."""
    digest = hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
    return id_iri(f"{kind}/{digest}")


def fact_iri(kind: str, *parts: object) -> URIRef:
    return URIRef(fact_id(kind, *parts))


PREFIXES = (("rdf", RDF), ("rdfs", RDFS), ("xsd", XSD), ("kg", KG), ("id", ID), ("wd", WD), ("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS), ("owl", OWL),
            ("schema", SCHEMA), *((kind, ID[f"{kind}/"]) for kind in ("entity", "doc", "statement", "assertion",
                                                                     "figure", "outlet", "author")))


class Terms:
    """The N-Triples text of a namespace's terms (`<iri>`), each looked up in the namespace once: with a closed
    vocabulary, an unknown term raises AttributeError as the namespace does."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace
        self._known: dict[str, str] = {}

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name: str) -> str:
        known = self._known.get(name)
        if known is None:
            known = self._known[name] = f"<{getattr(self._namespace, name)}>"
        return known


K, R, S, SK, P, O, D, SC = (Terms(ns) for ns in (KG, RDF, RDFS, SKOS, PROV, OWL, DCTERMS, SCHEMA))
ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
INTEGER, BOOLEAN, DECIMAL = (f"^^<{XSD[t]}>" for t in ("integer", "boolean", "decimal"))


def iri(term: object) -> str:
    """An IRI (URIRef or plain string) as N-Triples text."""
    return f"<{term}>"


def entity_node(entity_id: str) -> str:
    return iri(id_iri(f"entity/{entity_id}"))


def doc_node(key: str) -> str:
    return iri(id_iri(f"doc/{key}"))


def text(value: object, lang: str | None = None, datatype: URIRef | None = None) -> str:
    """A literal's N-Triples text: a string, with a language tag or a datatype."""
    quoted = '"' + str(value).translate(ESCAPES) + '"'
    if lang:
        return f"{quoted}@{lang}"
    return f"{quoted}^^<{datatype}>" if datatype is not None else quoted


def integer(value: int) -> str:
    return f'"{int(value)}"{INTEGER}'


def boolean(value: bool) -> str:
    return f'"{"true" if value else "false"}"{BOOLEAN}'


def decimal(value: float) -> str:
    """An xsd:decimal literal written without exponent, always with a decimal point."""
    digits = format(Decimal(str(value)), "f")
    return f'"{digits if "." in digits else digits + ".0"}"{DECIMAL}'


def prefixes() -> dict[str, str]:
    """The prefixes the Turtle writer uses."""
    return {prefix: str(ns) for prefix, ns in PREFIXES}


class Lines(list):
    """N-Triples lines (`s p o .`) and the prefixes the Turtle writer uses: what the build writes into."""

    def __init__(self) -> None:
        super().__init__()
        self.prefixes = prefixes()

    def add(self, s: str, p: str, o: str) -> None:
        self.append(f"{s} {p} {o} .")

    def add_shared(self, s: str, p: str, o: str) -> None:
        """A line that several parts may give (a relation's plain triple, an outlet or an author)."""
        self.add(s, p, o)


class Parts:
    """kg's N-Triples lines one part at a time (see parts), each line once: a part's lines are its own (their
    subject is its node, or a fact node of its article), so they are made unique within it; the lines several
    parts may give are kept, once each, for the last part."""

    def __init__(self) -> None:
        self.prefixes = prefixes()
        self.lines: list[str] = []
        self.seen: set[str] = set()
        self.shared: dict[str, None] = {}

    def add(self, s: str, p: str, o: str) -> None:
        line = f"{s} {p} {o} ."
        if line not in self.seen:
            self.seen.add(line)
            self.lines.append(line)

    def add_shared(self, s: str, p: str, o: str) -> None:
        self.shared[f"{s} {p} {o} ."] = None

    def take(self, last: bool = False) -> list[str]:
        """The lines of the part just made (and, for the last part, the shared ones), let go of here."""
        lines = [*self.lines, *self.shared] if last else self.lines
        self.lines, self.seen = [], set()
        return lines


LAST = "rest"  # the name of the last part: the gazetteer's facts, the corrections and the shared lines


Skip = Callable[[str, Document | Entity | Extraction], bool]  # whether a part's lines need not be made (see parts)


def parts(g: Lines | Parts, kg: KnowledgeGraph, gazetteer: Gazetteer | None,
          skip: Skip | None = None) -> Iterator[tuple[str, bool]]:
    """Add kg's lines to g one part at a time, naming each part once its lines are in: each document, each
    entity, each article's facts, then the rest (LAST); with whether its lines were made (skip(name, record):
    an entity's lines are not made; of a document and an article's facts, only the lines they share with other
    parts)."""
    for doc in kg.documents:
        name = f"doc {doc.key}"
        made = skip is None or not skip(name, doc)
        (add_document if made else add_sources)(g, doc)
        yield name, made
    for e in kg.entities.values():
        name = f"entity {e.id}"
        made = skip is None or not skip(name, e)
        if made:
            add_entity(g, e)
        yield name, made
    for ex in kg.extractions:
        name = f"facts {ex.doc.key}"
        made = skip is None or not skip(name, ex)
        (add_facts if made else add_shared_facts)(g, kg, ex)
        yield name, made
    if gazetteer is not None:
        add_gazetteer_facts(g, kg, gazetteer)
    for note in kg.corrections:
        g.add(iri(id_iri("corrections")), K.correction, text(note))
    yield LAST, True


def lines(kg: KnowledgeGraph, gazetteer: Gazetteer | None = None) -> Lines:
    """The N-Triples lines of kg; with a gazetteer, also its facts between the entities the articles mention."""
    g = Lines()
    for _ in parts(g, kg, gazetteer):
        pass
    return g


def unique_parts(kg: KnowledgeGraph, gazetteer: Gazetteer | None = None,
                 skip: Skip | None = None) -> Iterator[tuple[str, list[str] | None]]:
    """(name, lines) of each part of kg (see parts), every line of lines given once: the graph is never
    whole in memory. The lines of the parts that skip says need not be made are None."""
    g = Parts()
    for name, made in parts(g, kg, gazetteer, skip):
        found = g.take(last=name == LAST)
        yield name, found if made else None


def add_facts(g: Lines | Parts, kg: KnowledgeGraph, ex: Extraction) -> None:
    """The statements, relation assertions and figures of one article."""
    for st in ex.statements:
        add_statement(g, kg, st)
    for rel in ex.relations:
        add_relation(g, kg, rel)
    for fig in ex.figures:
        add_figure(g, kg, fig)


def to_rdf(kg: KnowledgeGraph, gazetteer: Gazetteer | None = None) -> Graph:
    """The RDF graph of kg as an rdflib Graph (see lines)."""
    g = Graph()
    for prefix, ns in PREFIXES:
        g.bind(prefix, ns)
    return g.parse(data="\n".join(lines(kg, gazetteer)), format="nt")


def add_shared_facts(g: Lines | Parts, kg: KnowledgeGraph, ex: Extraction) -> None:
    """Only the lines an article's facts share with other parts: the plain triples of its relations."""
    for rel in ex.relations:
        ends = relation_ends(kg, rel)
        if ends is not None:
            g.add_shared(iri(ends[0]), K[rel.predicate], iri(ends[1]))


def add_document(g: Lines | Parts, doc: Document) -> None:
    node = doc_node(doc.key)
    g.add(node, R.type, K.Document)
    g.add(node, K.fileName, text(doc.name))
    g.add(node, K.wordCount, integer(len(doc.body.split())))
    g.add(node, K.droppedLines, integer(len(doc.dropped)))
    if doc.title:
        g.add(node, D.title, text(doc.title, lang="fr"))
    add_metadata(g, node, doc)
    for other in doc.same_story:
        g.add(node, K.sameStoryAs, doc_node(other))


def published_type(value: str) -> URIRef:
    """The datatype of a publication date: xsd:dateTime when it gives the time, else xsd:date."""
    return XSD.dateTime if "T" in value else XSD.date


def add_metadata(g: Lines | Parts, node: str, doc: Document) -> None:
    """What the input said of an article, in schema.org terms: url, publication date, outlet, author."""
    if doc.url:
        g.add(node, SC.url, text(doc.url, datatype=XSD.anyURI))
    if doc.published:
        g.add(node, SC.datePublished, text(doc.published, datatype=published_type(doc.published)))
    for prop, who in add_sources(g, doc):
        g.add(node, prop, who)


def add_sources(g: Lines | Parts, doc: Document) -> list[tuple[str, str]]:
    """The lines of an article's outlet and author, which other articles may share; (property, node) of each."""
    found = []
    for prop, kind, cls, name in ((SC.publisher, "outlet", SC.Organization, doc.outlet),
                                  (SC.author, "author", SC.Person, doc.author)):
        if name:
            who = iri(id_iri(f"{kind}/{slug(name)}"))
            g.add_shared(who, R.type, cls)
            g.add_shared(who, SC.name, text(name))
            found.append((prop, who))
    return found


def add_entity(g: Lines | Parts, e: Entity) -> None:
    node = entity_node(e.id)
    g.add(node, R.type, K[e.type])
    if e.unnamed:
        g.add(node, R.type, K.UnnamedAgent)
    g.add(node, S.label, text(e.label))
    if e.label_fr:
        g.add(node, SK.prefLabel, text(e.label_fr, lang="fr"))
    for label in sorted(e.labels - {e.label}):
        g.add(node, SK.altLabel, text(label))
    if e.qid:
        g.add(node, O.sameAs, iri(WD[e.qid]))
        g.add(node, K.wikidata, text(e.qid))
    for name in sorted(e.docs):
        g.add(node, K.mentionedIn, doc_node(name))
    g.add(node, K.mentionCount, integer(e.mentions))
    for note in e.corrections:
        g.add(node, K.correction, text(note))


def add_evidence(g: Lines | Parts, node: str, ev: Evidence) -> None:
    g.add(node, P.wasDerivedFrom, doc_node(ev.doc))
    g.add(node, K.sentence, text(ev.sentence))
    for prop, value in ((K.sentenceIndex, ev.sent_index), (K.sentenceStart, ev.sent_start),
                        (K.sentenceEnd, ev.sent_end), (K.startChar, ev.start), (K.endChar, ev.end)):
        g.add(node, prop, integer(value))


def add_statement(g: Lines | Parts, kg: KnowledgeGraph, st: Statement) -> None:
    speaker = kg.entity_of(st.speaker)
    if speaker is None:
        return
    node = iri(statement_id(st))
    g.add(node, R.type, K.Statement)
    g.add(node, K.speaker, entity_node(speaker.id))
    for prop, value in ((K.text, st.text), (K.kind, st.kind), (K.cue, st.cue), (K.rule, st.rule)):
        g.add(node, prop, text(value))
    if st.polarity:
        g.add(node, K.polarity, text(st.polarity))
    g.add(node, K.confidence, decimal(round(st.confidence, 2)))
    add_evidence(g, node, st.evidence)
    add_time(g, node, st.when, st.date)
    for note in st.corrections:
        g.add(node, K.correction, text(note))
    relay = kg.entity_of(st.reported_by)
    if relay is not None and relay.id != speaker.id:
        g.add(node, K.reportedBy, entity_node(relay.id))
    for about in about_ids(kg, st, speaker.id):
        g.add(node, K.about, entity_node(about))


def statement_id(st: Statement) -> str:
    """The IRI of a statement's node, as a plain string."""
    return fact_id("statement", st.evidence.doc, st.evidence.start, st.evidence.end, st.kind)


def about_ids(kg: KnowledgeGraph, st: Statement, speaker: str) -> list[str]:
    """The ids of the entities a statement is about (kg:about), its speaker left out."""
    found = (kg.entity_of(m) for m in st.about)
    return [about.id for about in found if about is not None and about.id != speaker]


DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}  # by the length of the ISO text


def date_type(value: str) -> URIRef:
    """The datatype of the date a fact names (kg:date), by the length of its ISO text."""
    return DATE_TYPES[len(value)]


def add_time(g: Lines | Parts, node: str, words: str | None, when: str | None) -> None:
    """The time words of a fact as written (kg:when) and the date they name (kg:date), when known."""
    if words:
        g.add(node, K.when, text(words))
    if when:
        g.add(node, K.date, text(when, datatype=date_type(when)))


def add_relation(g: Lines | Parts, kg: KnowledgeGraph, rel: Relation) -> None:
    ends = relation_ends(kg, rel)
    if ends is not None:
        add_assertion(g, ends[0], rel.predicate, ends[1], id_iri(f"doc/{rel.evidence.doc}"), rel.rule,
                      rel.confidence, rel.evidence)


def relation_ends(kg: KnowledgeGraph, rel: Relation) -> tuple[str, str] | None:
    """The subject and object entity IRIs (plain strings) of a relation, None when it is not written (an end
    not resolved, or both ends one entity)."""
    s, o = kg.entity_of(rel.subject), kg.entity_of(rel.object)
    if s is None or o is None or s.id == o.id:
        return None
    return id_iri(f"entity/{s.id}"), id_iri(f"entity/{o.id}")


def assertion_id(s: str, predicate: str, o: str, source: str, ev: Evidence | None, rule: str) -> str:
    """The IRI of a relation assertion's node, as a plain string (s, o and source: plain IRI strings)."""
    return fact_id("assertion", s, predicate, o, source, ev.start if ev else "", rule)


def add_assertion(g: Lines | Parts, s: str, predicate: str, o: str, source: str, rule: str, confidence: float,
                  ev: Evidence | None) -> None:
    """The plain triple and its reified assertion node with provenance (s, o and source: plain IRI strings)."""
    subject, verb, obj = iri(s), K[predicate], iri(o)
    g.add_shared(subject, verb, obj)
    node = iri(assertion_id(s, predicate, o, source, ev, rule))
    g.add(node, R.type, K.RelationAssertion)
    g.add(node, R.subject, subject)
    g.add(node, R.predicate, verb)
    g.add(node, R.object, obj)
    g.add(node, K.rule, text(rule))
    g.add(node, K.confidence, decimal(round(confidence, 2)))
    if ev is not None:
        add_evidence(g, node, ev)
    else:
        g.add(node, P.wasDerivedFrom, iri(source))


def add_figure(g: Lines | Parts, kg: KnowledgeGraph, fig: Figure) -> None:
    node = iri(fact_id("figure", fig.evidence.doc, fig.evidence.start, fig.evidence.end))
    g.add(node, R.type, K.Figure)
    g.add(node, K.quantityText, text(fig.text))
    g.add(node, K.minValue, decimal(fig.low))
    g.add(node, K.maxValue, decimal(fig.high))
    if fig.low == fig.high:
        g.add(node, K.value, decimal(fig.low))
    g.add(node, K.approximate, boolean(fig.approximate))
    if fig.counted:
        g.add(node, K.counted, text(fig.counted))
    add_time(g, node, fig.when, fig.date)
    for prop, m in ((K.whose, fig.whose), (K.claimedBy, fig.claimant)):
        e = kg.entity_of(m)
        if e is not None:
            g.add(node, prop, entity_node(e.id))
    add_evidence(g, node, fig.evidence)


def gazetteer_facts(kg: KnowledgeGraph, gazetteer: Gazetteer) -> list[tuple[str, str, str]]:
    """Facts the gazetteer states between two entities of the graph."""
    facts = []
    for e in kg.entities.values():
        entry = gazetteer.get(e.id) if not e.unnamed else None
        if entry is None:
            continue
        if entry.get("leader_of"):
            facts.append((e.id, "leaderOf", entry["leader_of"]))
        if entry["type"] == "MilitaryUnit" and entry.get("kind") == "armed_forces" and entry.get("country"):
            facts.append((e.id, "armedForcesOf", entry["country"]))
        if entry["type"] == "Place" and entry.get("country"):
            facts.append((e.id, "locatedIn", entry["country"]))
        facts.extend((p, "partyTo", e.id) for p in entry.get("parties", []))
    return [f for f in facts if f[0] in kg.entities and f[2] in kg.entities]


def add_gazetteer_facts(g: Lines | Parts, kg: KnowledgeGraph, gazetteer: Gazetteer) -> None:
    """Gazetteer knowledge between mentioned entities, sourced to the gazetteer, never to an article."""
    g.add(iri(GAZETTEER), R.type, K.Gazetteer)
    g.add(iri(GAZETTEER), S.label, text("kg gazetteer (ontology/gazetteer)"))
    for s, p, o in gazetteer_facts(kg, gazetteer):
        add_assertion(g, id_iri(f"entity/{s}"), p, id_iri(f"entity/{o}"), str(GAZETTEER), "gazetteer", 0.9, None)
