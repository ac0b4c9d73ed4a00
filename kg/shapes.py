"""Check a built graph against the SHACL shapes shipped with kg (ontology/shapes.ttl)."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.gazetteer import ontology_dir
from kg.query import graph_path, read_graph


def validate(graph: str | Path | None = None) -> tuple[bool, str]:
    """(conforms, pySHACL's report text) for the graph at graph (see query.graph_path)."""
    import pyshacl

    data = read_graph(graph_path(graph))
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    return bool(conforms), text
