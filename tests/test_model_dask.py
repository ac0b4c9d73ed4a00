"""Scale-out on Dask: a local cluster of 2 workers builds the same graph, triple for triple, as one process."""
from __future__ import annotations

import pytest

from kg import pipeline, rdf

pytestmark = pytest.mark.model


def test_two_dask_workers_build_the_same_graph_as_one_process(seeds_result):
    from conftest import SEEDS
    on_dask = pipeline.build([SEEDS], dask=(None, 2))
    assert not on_dask.skipped
    alone, spread = rdf.to_rdf(seeds_result.graph), rdf.to_rdf(on_dask.graph)
    assert set(spread) == set(alone) and len(alone) > 1000
