"""Golden graph: tests/golden/article.txt built to RDF must stay isomorphic to tests/golden/article.ttl.

When a change of the extractors is intended, look at the diff and regenerate the golden file with

    KG_REGEN_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_model_golden.py

then review `git diff tests/golden/article.ttl` before committing it.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import gazetteer, pipeline, rdf

pytestmark = pytest.mark.model

GOLDEN = Path(__file__).parent / "golden"
ARTICLE = GOLDEN / "article.txt"
EXPECTED = GOLDEN / "article.ttl"


@pytest.fixture(scope="module")
def built():
    result = pipeline.build([ARTICLE])
    assert not result.skipped
    return result, rdf.to_rdf(result.graph, gazetteer.default())


def dump(g: Graph) -> str:
    return "\n".join(sorted(line for line in g.serialize(format="nt").splitlines() if line.strip()))


def test_golden_graph(built):
    _, graph = built
    if os.environ.get("KG_REGEN_GOLDEN"):
        graph.serialize(EXPECTED, format="turtle")
    expected = Graph().parse(EXPECTED, format="turtle")
    if not isomorphic(graph, expected):
        _, only_built, only_expected = graph_diff(to_isomorphic(graph), to_isomorphic(expected))
        pytest.fail(f"graph differs from {EXPECTED.name} (regenerate with KG_REGEN_GOLDEN=1 if intended)\n"
                    f"--- only in the build:\n{dump(only_built)}\n--- only in the golden file:\n{dump(only_expected)}")


def test_golden_article_content(built):
    """What the golden file is expected to hold, so that a careless regeneration is caught."""
    result, _ = built
    g = result.graph
    ex = g.extractions[0]
    said = {(g.entity_of(s.speaker).label, s.kind, s.cue) for s in ex.statements}
    assert ("Emmanuel Macron", "direct", "déclarer") in said
    assert ("Olaf Scholz", "indirect", "affirmer") in said
    rels = {(g.entity_of(r.subject).label, r.predicate, g.entity_of(r.object).label) for r in ex.relations}
    assert {("Emmanuel Macron", "leaderOf", "France"), ("Kharkiv", "locatedIn", "Ukraine")} <= rels
    assert [(f.low, f.counted, g.entity_of(f.claimant).label) for f in ex.figures] == [
        (1200, "killed", "Ministry of Defence of Ukraine")]
