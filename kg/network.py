"""Network questions over a built graph: the analysis files, and how two entities connect.

The network is read from the pyoxigraph store with SPARQL (a graph of 800k triples loads in seconds there,
against a minute for rdflib) and projected by the same function kg build uses (analyze.network_of).
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx

from kg import analyze, export
from kg.errors import NoMatchError
from kg.query import built_together, find_entities, graph_path, sparql
from kg.vocab import KG

PREFIXES = """PREFIX kg: <https://w3id.org/kg-fr/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
ENTITIES = PREFIXES + """SELECT ?e ?cls (SAMPLE(?l) AS ?label) (BOUND(?u) AS ?unnamed) WHERE {
  VALUES ?cls { kg:Person kg:State kg:MilitaryUnit kg:Organization kg:Treaty kg:Place }
  ?e a ?cls . OPTIONAL { ?e rdfs:label ?l } OPTIONAL { ?e a kg:UnnamedAgent BIND(true AS ?u) }
} GROUP BY ?e ?cls ?u"""
ASSERTIONS = PREFIXES + """SELECT ?f ?s ?p ?o ?d WHERE {
  ?f a kg:RelationAssertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?f prov:wasDerivedFrom ?d . ?d a kg:Document } }"""
ABOUT = PREFIXES + """SELECT ?f ?s ?o ?d WHERE {
  ?f a kg:Statement ; kg:speaker ?s ; kg:about ?o .
  OPTIONAL { ?f prov:wasDerivedFrom ?d . ?d a kg:Document } }"""
EVIDENCE = PREFIXES + """SELECT ?f ?sentence ?name WHERE {
  VALUES ?f { %s } OPTIONAL { ?f kg:sentence ?sentence }
  OPTIONAL { ?f prov:wasDerivedFrom ?src . ?src kg:fileName ?name } }"""
ASSERTED = PREFIXES + """SELECT ?s ?p ?o ?f WHERE {
  ?f a kg:RelationAssertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }"""
STATED_ABOUT = PREFIXES + """SELECT ?s ?o ?f WHERE { ?f a kg:Statement ; kg:speaker ?s ; kg:about ?o }"""
ALL_ROWS = 10**9


def load(graph: str | Path | None = None) -> tuple[Path, nx.MultiDiGraph]:
    """The graph's file and its entity network."""
    path = graph_path(graph)
    return path, analyze.network_of(entity_nodes(path), fact_rows(path))


def built_network(path: Path) -> nx.MultiDiGraph | None:
    """The entity network the build wrote beside path (kg.graphml, read in a fraction of the time the
    assertions take to query), without its fact lists; None when it is not from the same build."""
    graphml = path.parent / "kg.graphml"
    if not built_together(path) or not graphml.is_file():
        return None
    g = nx.read_graphml(graphml)
    net = nx.MultiDiGraph()
    iri = {n: d["iri"] for n, d in g.nodes(data=True)}
    for n, d in g.nodes(data=True):
        net.add_node(iri[n], label=d["label"], type=d["type"], unnamed=bool(d["unnamed"]))
    for s, o, d in g.edges(data=True):
        net.add_edge(iri[s], iri[o], key=d["predicate"], predicate=d["predicate"], weight=int(d["weight"]), facts=None)
    return net


def network_for_paths(path: Path) -> nx.MultiDiGraph:
    """The build's network when it is there (fast), else the one projected from the graph."""
    net = built_network(path)
    return net if net is not None else load(path)[1]


def facts_of(path: Path, s: str, p: str, o: str) -> list[str]:
    """The fact nodes behind one edge of the network: assertions of s p o, or statements of s about o."""
    if p == "statedAbout":
        rows = sparql(STATED_ABOUT, path, bind={"s": s, "o": o}, max_rows=ALL_ROWS)[1]
    else:
        rows = sparql(ASSERTED, path, bind={"s": s, "p": str(KG[p]), "o": o}, max_rows=ALL_ROWS)[1]
    return sorted(r["f"] for r in rows)


def entity_nodes(path: Path) -> dict[str, dict]:
    """Entity IRI -> {label, type, unnamed}, as analyze.entity_nodes gives them from an rdflib graph."""
    _, rows = sparql(ENTITIES, path, max_rows=ALL_ROWS)
    return {r["e"]: {"label": r["label"] or analyze.local(r["e"]), "type": analyze.local(r["cls"]),
                     "unnamed": bool(r["unnamed"])} for r in rows}


def fact_rows(path: Path) -> list[tuple[str, str, str, str, set[str]]]:
    """(fact, subject, predicate, object, articles), as analyze.fact_rows gives them from an rdflib graph."""
    assertions: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for r in sparql(ASSERTIONS, path, max_rows=ALL_ROWS)[1]:
        assertions[(r["f"], r["s"], analyze.local(r["p"]), r["o"])].update(filter(None, [r["d"]]))
    about: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for r in sparql(ABOUT, path, max_rows=ALL_ROWS)[1]:
        about[(r["f"], r["s"], "statedAbout", r["o"])].update(filter(None, [r["d"]]))
    return [(*key, docs or {"gazetteer"}) for key, docs in assertions.items()] + [(*k, d) for k, d in about.items()]


def analyze_graph(graph: str | Path | None = None) -> dict:
    """Metrics of the graph's entity network, written beside it as kg build writes them (keeping its summary)."""
    path, net = load(graph)
    metrics = analyze.metrics(net)
    export.write_analysis(path.parent, net, metrics, export.read_summary(path.parent))
    return metrics


def find_path(source: str, target: str, graph: str | Path | None = None) -> list[dict]:
    """Hops from the entity called source to the one called target, each with its facts and their evidence."""
    path = graph_path(graph)
    net = network_for_paths(path)
    a, b = find_entities(source, graph)[0]["iri"], find_entities(target, graph)[0]["iri"]
    try:
        hops = analyze.path(net, a, b)
    except (nx.NetworkXNoPath, nx.NodeNotFound) as err:
        raise NoMatchError(f"{source} and {target} are not connected") from err
    for edge in (e for h in hops for e in h["edges"] if e["facts"] is None):
        edge["facts"] = facts_of(path, edge["subject"], edge["predicate"], edge["object"])
    said = evidence(path, {f for h in hops for e in h["edges"] for f in e["facts"]})
    label = lambda n: net.nodes[n]["label"]  # noqa: E731
    return [{"from": label(h["from"]), "to": label(h["to"]),
             "predicate": ", ".join(f"{label(e['subject'])} {e['predicate']} {label(e['object'])}" for e in h["edges"]),
             "articles": max(e["weight"] for e in h["edges"]),
             "evidence": " | ".join(sorted({said[f] for e in h["edges"] for f in e["facts"]}))} for h in hops]


def evidence(path: Path, facts: set[str]) -> dict[str, str]:
    """Fact IRI -> 'file: sentence', or its source when it has no sentence (the gazetteer)."""
    if not facts:
        return {}
    _, rows = sparql(EVIDENCE % " ".join(f"<{f}>" for f in sorted(facts)), path, max_rows=ALL_ROWS)
    out: dict[str, str] = {}
    for r in rows:
        name = r["name"] or "gazetteer"
        out.setdefault(r["f"], f"{name}: {r['sentence']}" if r["sentence"] else name)
    return {f: out.get(f, "gazetteer") for f in facts}
