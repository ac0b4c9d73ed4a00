"""Scale-out on Dask (dask.distributed): articles are parsed and extracted on a cluster's workers, each loading
the model once; resolution and writing stay on the client, so the graph is the one a single process builds."""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from kg.ingest import Skipped
from kg.model import Document, Extraction

log = logging.getLogger("kg")
BATCH = 16  # articles per task: enough to keep a worker's parser busy, few enough to spread the work


def extract_batch(documents: list[Document], article_seconds: float | None) -> tuple[list[Extraction], list[Skipped]]:
    """A task on a worker: parse and extract a batch of articles (the model stays loaded in the worker)."""
    from kg import pipeline
    skipped: list[Skipped] = []
    found = list(pipeline.extract_all(documents, skipped, progress=None, batch_size=BATCH,
                                      article_seconds=article_seconds))
    return found, skipped


@contextmanager
def client_for(scheduler: str | None, workers: int):
    """A Dask client: of the cluster at scheduler (tcp://HOST:8786), else of a local cluster of workers
    processes of one thread each, closed on exit."""
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")  # the workers too: kg's own lines only
    from dask.distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.WARNING)
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        yield client


def extract_on_cluster(documents: list[Document], skipped: list[Skipped], *, scheduler: str | None, workers: int,
                       article_seconds: float | None,
                       progress: Callable[[int, int], None] | None = None) -> Iterator[Extraction]:
    """Every article's records, computed on the cluster in batches (in the order they finish)."""
    from dask.distributed import as_completed

    batches = [documents[i:i + BATCH] for i in range(0, len(documents), BATCH)]
    done = 0
    with client_for(scheduler, workers) as client:
        log.info("dask: %d batches on %s", len(batches), client.dashboard_link or client.scheduler.address)
        futures = client.map(extract_batch, batches, article_seconds=article_seconds, pure=False)
        for future in as_completed(futures):
            found, lost = future.result()
            skipped += lost
            done += len(found) + len(lost)
            if progress:
                progress(done, len(documents))
            yield from found
