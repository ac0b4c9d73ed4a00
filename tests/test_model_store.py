"""The persistent Oxigraph store a build writes beside kg.ttl: queries open it read-only, and fall back to the
Turtle file whenever the store is missing or was made from another file."""
from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest

from kg import outputs, query

pytestmark = pytest.mark.model


@pytest.fixture
def copy(seeds_build, tmp_path):
    folder = tmp_path / "graph"
    shutil.copytree(seeds_build, folder, ignore=shutil.ignore_patterns("previous"))
    query.store.cache_clear()
    yield folder
    query.store.cache_clear()


def test_the_build_writes_a_store_of_its_own_turtle(copy):
    assert (copy / outputs.STORE).is_dir()
    store = query.persistent_store(copy / "kg.ttl")
    from_turtle = ox.Store()
    from_turtle.bulk_load(path=str(copy / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    assert store is not None and set(store) == set(from_turtle)
    assert query.who_stated("héroïsme", copy)


def test_a_store_from_another_turtle_file_is_not_used(copy):
    ttl = copy / "kg.ttl"
    ttl.write_text(ttl.read_text(encoding="utf-8").replace("héroïsme", "courage exemplaire"), encoding="utf-8")
    assert query.persistent_store(ttl) is None
    assert query.who_stated("courage exemplaire", copy)


def test_a_graph_without_a_store_is_read_from_turtle(copy):
    shutil.rmtree(copy / outputs.STORE)
    assert query.persistent_store(copy / "kg.ttl") is None
    assert query.who_stated("héroïsme", copy)


def test_the_index_gives_the_turtle_answer_best_first_and_stops_at_the_limit(copy):
    from kg import search
    assert search.available(copy / "kg.ttl")
    indexed = query.who_stated("de", copy)
    (copy / search.INDEX).unlink()  # the same question, answered from the graph itself
    assert not search.available(copy / "kg.ttl")
    assert indexed == query.who_stated("de", copy) and len(indexed) > 5
    assert [len(r["text"]) for r in indexed[:3]] == sorted(len(r["text"]) for r in indexed)[:3]
    search.write_index(copy, search.store_rows(copy))
    assert query.who_stated("de", copy, limit=5) == indexed[:5]


def test_an_index_of_another_layout_is_not_used(copy):
    import sqlite3
    from kg import search
    with sqlite3.connect(copy / search.INDEX) as db:
        db.execute("PRAGMA user_version = 1")
    db.close()
    assert not search.available(copy / "kg.ttl")
    assert query.who_stated("héroïsme", copy)


def test_the_index_rows_made_from_the_records_are_those_the_store_gives(seeds_build, seeds_result):
    from kg import search
    order = lambda rows: sorted(rows, key=lambda r: (r["document"], r["start"], r["end"], r["statement_iri"]))  # noqa: E731
    made = search.statement_rows(seeds_result.graph)
    assert made == order(made) and made == order(search.store_rows(seeds_build)) and len(made) > 10


def test_the_network_made_from_the_records_is_the_one_projected_from_the_store(seeds_build, seeds_result):
    from kg import analyze, gazetteer, network
    made = analyze.record_network(seeds_result.graph, gazetteer.default())
    projected = network.load(seeds_build / "kg.ttl")[1]
    assert list(made.nodes(data=True)) == list(projected.nodes(data=True))
    assert list(made.edges(keys=True, data=True)) == list(projected.edges(keys=True, data=True))
    assert made.number_of_edges() > 10
