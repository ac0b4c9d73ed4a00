"""Turn the resolved knowledge graph into RDF: entities, documents, statements, relation assertions, figures."""
from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.gazetteer import Gazetteer
from kg.model import Document, Evidence, Figure, KnowledgeGraph, Relation, Statement
from kg.resolve import slug
from kg.vocab import KG  # the closed vocabulary generated from ontology/kg.ttl

ID = Namespace("https://w3id.org/kg-fr/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
GAZETTEER = ID["gazetteer"]


def entity_iri(entity_id: str) -> URIRef:
    return ID[f"entity/{entity_id}"]


def doc_iri(key: str) -> URIRef:
    """IRI of an article: its key, a hash of its normalised body (the same article under two names is one)."""
    return ID[f"doc/{key}"]


def fact_iri(kind: str, *parts: object) -> URIRef:
    """Stable IRI of a fact node: a hash of what identifies it."""
    digest = hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
    return ID[f"{kind}/{digest}"]


PREFIXES = (("rdf", RDF), ("rdfs", RDFS), ("xsd", XSD), ("kg", KG), ("id", ID), ("wd", WD), ("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS), ("owl", OWL),
            ("schema", SCHEMA), *((kind, ID[f"{kind}/"]) for kind in ("entity", "doc", "statement", "assertion",
                                                                     "figure", "outlet", "author")))


class Triples(set):
    """A plain set of triples with prefixes: what the build writes into (an rdflib Graph indexes every triple
    three ways, which the writer does not need and which cost most of the writing time and memory)."""

    def __init__(self) -> None:
        super().__init__()
        self.prefixes: dict[str, str] = {}

    def bind(self, prefix: str, namespace: str) -> None:
        self.prefixes[prefix] = str(namespace)


def new_graph() -> Graph:
    return bound(Graph())


def bound(g):
    """g (an rdflib Graph or Triples) with kg's prefixes bound."""
    for prefix, ns in PREFIXES:
        g.bind(prefix, ns)
    return g


def to_rdf(kg: KnowledgeGraph, gazetteer: Gazetteer | None = None, *, into: Triples | None = None) -> Graph:
    """The RDF graph of kg (into a plain set of triples when given one); with a gazetteer, also its facts
    between the entities the articles mention."""
    g = bound(into) if into is not None else new_graph()
    add_documents(g, kg)
    add_entities(g, kg)
    for ex in kg.extractions:
        for st in ex.statements:
            add_statement(g, kg, st)
        for rel in ex.relations:
            add_relation(g, kg, rel)
        for fig in ex.figures:
            add_figure(g, kg, fig)
    if gazetteer is not None:
        add_gazetteer_facts(g, kg, gazetteer)
    for note in kg.corrections:
        g.add((ID["corrections"], KG.correction, Literal(note)))
    return g


def add_documents(g: Graph, kg: KnowledgeGraph) -> None:
    for doc in kg.documents:
        node = doc_iri(doc.key)
        g.add((node, RDF.type, KG.Document))
        g.add((node, KG.fileName, Literal(doc.name)))
        g.add((node, KG.wordCount, Literal(len(doc.body.split()))))
        g.add((node, KG.droppedLines, Literal(len(doc.dropped))))
        if doc.title:
            g.add((node, DCTERMS.title, Literal(doc.title, lang="fr")))
        add_metadata(g, node, doc)
        for other in doc.same_story:
            g.add((node, KG.sameStoryAs, doc_iri(other)))


def add_metadata(g: Graph, node: URIRef, doc: Document) -> None:
    """What the input said of an article, in schema.org terms: url, publication date, outlet, author."""
    if doc.url:
        g.add((node, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)))
    if doc.published:
        g.add((node, SCHEMA.datePublished,
               Literal(doc.published, datatype=XSD.dateTime if "T" in doc.published else XSD.date)))
    for prop, kind, cls, name in ((SCHEMA.publisher, "outlet", SCHEMA.Organization, doc.outlet),
                                  (SCHEMA.author, "author", SCHEMA.Person, doc.author)):
        if name:
            who = ID[f"{kind}/{slug(name)}"]
            g.add((node, prop, who))
            g.add((who, RDF.type, cls))
            g.add((who, SCHEMA.name, Literal(name)))


def add_entities(g: Graph, kg: KnowledgeGraph) -> None:
    for e in kg.entities.values():
        node = entity_iri(e.id)
        g.add((node, RDF.type, KG[e.type]))
        if e.unnamed:
            g.add((node, RDF.type, KG.UnnamedAgent))
        g.add((node, RDFS.label, Literal(e.label)))
        if e.label_fr:
            g.add((node, SKOS.prefLabel, Literal(e.label_fr, lang="fr")))
        for label in sorted(e.labels - {e.label}):
            g.add((node, SKOS.altLabel, Literal(label)))
        if e.qid:
            g.add((node, OWL.sameAs, WD[e.qid]))
            g.add((node, KG.wikidata, Literal(e.qid)))
        for name in sorted(e.docs):
            g.add((node, KG.mentionedIn, doc_iri(name)))
        g.add((node, KG.mentionCount, Literal(e.mentions)))
        for note in e.corrections:
            g.add((node, KG.correction, Literal(note)))


def add_evidence(g: Graph, node: URIRef, ev: Evidence) -> None:
    g.add((node, PROV.wasDerivedFrom, doc_iri(ev.doc)))
    g.add((node, KG.sentence, Literal(ev.sentence)))
    g.add((node, KG.sentenceIndex, Literal(ev.sent_index)))
    g.add((node, KG.sentenceStart, Literal(ev.sent_start)))
    g.add((node, KG.sentenceEnd, Literal(ev.sent_end)))
    g.add((node, KG.startChar, Literal(ev.start)))
    g.add((node, KG.endChar, Literal(ev.end)))


def add_statement(g: Graph, kg: KnowledgeGraph, st: Statement) -> None:
    speaker = kg.entity_of(st.speaker)
    if speaker is None:
        return
    node = fact_iri("statement", st.evidence.doc, st.evidence.start, st.evidence.end, st.kind)
    g.add((node, RDF.type, KG.Statement))
    g.add((node, KG.speaker, entity_iri(speaker.id)))
    g.add((node, KG.text, Literal(st.text)))
    g.add((node, KG.kind, Literal(st.kind)))
    g.add((node, KG.cue, Literal(st.cue)))
    if st.polarity:
        g.add((node, KG.polarity, Literal(st.polarity)))
    g.add((node, KG.rule, Literal(st.rule)))
    g.add((node, KG.confidence, decimal(round(st.confidence, 2))))
    add_evidence(g, node, st.evidence)
    add_time(g, node, st.when, st.date)
    for note in st.corrections:
        g.add((node, KG.correction, Literal(note)))
    relay = kg.entity_of(st.reported_by)
    if relay is not None and relay.id != speaker.id:
        g.add((node, KG.reportedBy, entity_iri(relay.id)))
    for m in st.about:
        about = kg.entity_of(m)
        if about is not None and about.id != speaker.id:
            g.add((node, KG.about, entity_iri(about.id)))


DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}  # by the length of the ISO text


def add_time(g: Graph, node: URIRef, words: str | None, when: str | None) -> None:
    """The time words of a fact as written (kg:when) and the date they name (kg:date), when known."""
    if words:
        g.add((node, KG.when, Literal(words)))
    if when:
        g.add((node, KG.date, Literal(when, datatype=DATE_TYPES[len(when)])))


def add_relation(g: Graph, kg: KnowledgeGraph, rel: Relation) -> None:
    s, o = kg.entity_of(rel.subject), kg.entity_of(rel.object)
    if s is None or o is None or s.id == o.id:
        return
    add_assertion(g, entity_iri(s.id), rel.predicate, entity_iri(o.id), doc_iri(rel.evidence.doc), rel.rule,
                  rel.confidence, rel.evidence)


def add_assertion(g: Graph, s: URIRef, predicate: str, o: URIRef, source: URIRef, rule: str, confidence: float,
                  ev: Evidence | None) -> None:
    """The plain triple and its reified assertion node with provenance."""
    g.add((s, KG[predicate], o))
    node = fact_iri("assertion", s, predicate, o, source, ev.start if ev else "", rule)
    g.add((node, RDF.type, KG.RelationAssertion))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, KG[predicate]))
    g.add((node, RDF.object, o))
    g.add((node, KG.rule, Literal(rule)))
    g.add((node, KG.confidence, decimal(round(confidence, 2))))
    if ev is not None:
        add_evidence(g, node, ev)
    else:
        g.add((node, PROV.wasDerivedFrom, source))


def decimal(value: float) -> Literal:
    """An xsd:decimal literal written without exponent, always with a decimal point."""
    text = format(Decimal(str(value)), "f")
    return Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)


def add_figure(g: Graph, kg: KnowledgeGraph, fig: Figure) -> None:
    node = fact_iri("figure", fig.evidence.doc, fig.evidence.start, fig.evidence.end)
    g.add((node, RDF.type, KG.Figure))
    g.add((node, KG.quantityText, Literal(fig.text)))
    g.add((node, KG.minValue, decimal(fig.low)))
    g.add((node, KG.maxValue, decimal(fig.high)))
    if fig.low == fig.high:
        g.add((node, KG.value, decimal(fig.low)))
    g.add((node, KG.approximate, Literal(fig.approximate)))
    if fig.counted:
        g.add((node, KG.counted, Literal(fig.counted)))
    add_time(g, node, fig.when, fig.date)
    for prop, m in ((KG.whose, fig.whose), (KG.claimedBy, fig.claimant)):
        e = kg.entity_of(m)
        if e is not None:
            g.add((node, prop, entity_iri(e.id)))
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


def add_gazetteer_facts(g: Graph, kg: KnowledgeGraph, gazetteer: Gazetteer) -> None:
    """Gazetteer knowledge between mentioned entities, sourced to the gazetteer, never to an article."""
    g.add((GAZETTEER, RDF.type, KG.Gazetteer))
    g.add((GAZETTEER, RDFS.label, Literal("kg gazetteer (ontology/gazetteer)")))
    for s, p, o in gazetteer_facts(kg, gazetteer):
        add_assertion(g, entity_iri(s), p, entity_iri(o), GAZETTEER, "gazetteer", 0.9, None)
