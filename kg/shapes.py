"""Check a built graph against the SHACL shapes shipped with kg (ontology/shapes.ttl)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.gazetteer import ontology_dir
from kg.query import graph_path, read_graph, store

TARGETS = """SELECT DISTINCT ?s WHERE { ?s a <https://w3id.org/kg-fr/ontology#%s> } ORDER BY ?s"""
AROUND = """CONSTRUCT { ?s ?p ?o . ?o a ?t } WHERE { VALUES ?s { %s } ?s ?p ?o OPTIONAL { ?o a ?t } }"""


def validate(graph: str | Path | None = None, *, sample: int = 0) -> tuple[bool, str]:
    """(conforms, pySHACL's report text) for the graph at graph (see query.graph_path); with sample, only
    that many nodes of each shape's class, spread evenly over them, with their triples."""
    import pyshacl

    path = graph_path(graph)
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    focus = sample_nodes(path, shapes, sample) if sample else None
    data = around(path, focus) if focus is not None else read_graph(path)
    ontology = Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                         focus_nodes=focus)
    return bool(conforms), text


def sample_nodes(path: Path, shapes: Graph, size: int) -> list[str]:
    """Every k-th node of each target class of the shapes, up to size of each (reproducible)."""
    from rdflib.namespace import SH
    chosen: list[str] = []
    for cls in sorted({str(c).rsplit("#", 1)[-1] for c in shapes.objects(None, SH.targetClass)}):
        nodes = [str(row["s"].value) for row in store(path).query(TARGETS % cls)]
        chosen += nodes[::max(1, len(nodes) // size)][:size]
    return chosen


def around(path: Path, nodes: list[str]) -> Graph:
    """The triples of nodes and the types of what they point to (enough for every shape of a node)."""
    data = Graph()
    for start in range(0, len(nodes), 500):
        batch = " ".join(f"<{n}>" for n in nodes[start:start + 500])
        triples = store(path).query(AROUND % batch)
        data.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return data
