"""Network questions over a built graph: the analysis files, and how two entities connect."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg import analyze, export
from kg.errors import NoMatchError
from kg.query import find_entities, graph_path


def load(graph: str | Path | None = None) -> tuple[Path, nx.MultiDiGraph]:
    path = graph_path(graph)
    return path, analyze.project(Graph().parse(path, format="turtle"))


def analyze_graph(graph: str | Path | None = None) -> dict:
    """Metrics of the graph's entity network, also written beside it (analysis.json, report.md, network.png)."""
    path, net = load(graph)
    metrics = analyze.metrics(net)
    export.write_json(metrics, path.parent / "analysis.json")
    export.write_text(path.parent / "report.md", export.report(metrics, {"graph": str(path)}))
    export.write_png(net, metrics, path.parent / "network.png")
    return metrics


def find_path(source: str, target: str, graph: str | Path | None = None) -> list[dict]:
    """Hops from the entity called source to the one called target, each with its predicates and evidence."""
    _, net = load(graph)
    a, b = find_entities(source, graph)[0]["iri"], find_entities(target, graph)[0]["iri"]
    try:
        hops = analyze.path(net, a, b)
    except (nx.NetworkXNoPath, nx.NodeNotFound) as err:
        raise NoMatchError(f"{source} and {target} are not connected") from err
    label = lambda n: net.nodes[n]["label"]  # noqa: E731
    return [{"from": label(h["from"]), "to": label(h["to"]),
             "predicate": ", ".join(f"{label(e['subject'])} {e['predicate']} {label(e['object'])}" for e in h["edges"]),
             "articles": max(e["weight"] for e in h["edges"]),
             "evidence": " | ".join(sorted({f for e in h["edges"] for f in e["facts"]}))} for h in hops]
