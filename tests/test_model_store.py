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
