"""Network questions over a built graph: the analysis files, and how two entities connect."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import PROV

from kg import analyze, export
from kg.errors import NoMatchError
from kg.query import find_entities, graph_path, read_graph
from kg.rdf import KG


def load(graph: str | Path | None = None) -> tuple[Path, Graph, nx.MultiDiGraph]:
    """The graph's file, its RDF and its entity network."""
    path = graph_path(graph)
    rdf = read_graph(path)
    return path, rdf, analyze.project(rdf)


def analyze_graph(graph: str | Path | None = None) -> dict:
    """Metrics of the graph's entity network, written beside it as kg build writes them (keeping its summary)."""
    path, _, net = load(graph)
    metrics = analyze.metrics(net)
    export.write_analysis(path.parent, net, metrics, export.read_summary(path.parent))
    return metrics


def find_path(source: str, target: str, graph: str | Path | None = None) -> list[dict]:
    """Hops from the entity called source to the one called target, each with its facts and their evidence."""
    _, rdf, net = load(graph)
    a, b = find_entities(source, graph)[0]["iri"], find_entities(target, graph)[0]["iri"]
    try:
        hops = analyze.path(net, a, b)
    except (nx.NetworkXNoPath, nx.NodeNotFound) as err:
        raise NoMatchError(f"{source} and {target} are not connected") from err
    label = lambda n: net.nodes[n]["label"]  # noqa: E731
    return [{"from": label(h["from"]), "to": label(h["to"]),
             "predicate": ", ".join(f"{label(e['subject'])} {e['predicate']} {label(e['object'])}" for e in h["edges"]),
             "articles": max(e["weight"] for e in h["edges"]),
             "evidence": " | ".join(sorted({evidence(rdf, f) for e in h["edges"] for f in e["facts"]}))} for h in hops]


def evidence(rdf: Graph, fact: str) -> str:
    """'file: sentence' of a fact node, or its source when it has no sentence (the gazetteer)."""
    node = URIRef(fact)
    sentence = rdf.value(node, KG.sentence)
    source = rdf.value(node, PROV.wasDerivedFrom)
    name = rdf.value(source, KG.fileName) if source is not None else None
    return f"{name or 'gazetteer'}: {sentence}" if sentence else str(name or "gazetteer")
