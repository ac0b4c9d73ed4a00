"""Read articles: find the input files, turn each into articles, set furniture aside, read what the input says
of each article, and keep one document per article."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from kg.ingest import furniture
from kg.errors import InputError
from kg.ingest import metadata, stories
from kg.ingest.files import CONTROL, KINDS, Skipped, Source, decode, expand, shown
from kg.ingest.formats import Raw, articles
from kg.model import Document

__all__ = ["CONTROL", "KINDS", "MAX_CHARS", "Skipped", "Source", "decode", "document", "expand", "read_all",
           "read_document", "shown"]
log = logging.getLogger("kg")
MAX_CHARS = 1_000_000  # spaCy's own limit (Language.max_length); longer articles are skipped before any rule runs


class Known(Protocol):
    """What input files gave when they were last read (kg.cache.Files)."""

    def get(self, source: Source) -> list[tuple[Document | Skipped, frozenset[int] | None]] | None: ...

    def put(self, source: Source, known: list[tuple[Document | Skipped, frozenset[int] | None]]) -> None: ...


def cleaned(raw: Raw) -> str:
    """The text of raw with plain line breaks and control characters blanked; InputError when it is empty or
    longer than the parser takes (checked before any rule runs)."""
    text = CONTROL.sub(" ", raw.text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(f"{raw.name}: empty article, skipped")
    if len(text) > MAX_CHARS:
        raise InputError(f"{raw.name}: {len(text):,} characters, more than the parser takes ({MAX_CHARS:,}), skipped")
    return text


def asides_of(text: str, lines: list[tuple[int, int, str]], title: str | None) -> list[tuple[int, int]]:
    """The lines that state facts but speak for nobody: captions, and the title given again."""
    return [(s, e) for s, e, r in lines if r in furniture.ASIDES] + title_repeats(text, title)


def title_repeats(text: str, title: str | None) -> list[tuple[int, int]]:
    """Lines after the first that give the title again ('Accueil | A la Une | <title>', then <title>): like the
    title, they state facts but speak for nobody."""
    if not title or not title.strip():
        return []
    wanted, found, start = " ".join(title.split()), [], 0
    for line in text.splitlines(keepends=True):
        if " ".join(line.split()) == wanted and text.find(title) != start:
            found.append((start, start + len(line.rstrip("\n"))))
        start += len(line)
    return found


def document(raw: Raw) -> Document:
    """The article of raw with its furniture lines found and its metadata completed from them; InputError
    when it is empty or too long."""
    text = cleaned(raw)
    title, lines = furniture.classify(text)
    dropped = [(s, e, r) for s, e, r in lines if r not in furniture.ASIDES]
    total = sum(1 for line in text.splitlines() if line.strip())
    if len(dropped) > total / 2:
        log.warning("%s: %d of its %d lines set aside as page furniture (see furniture.tsv)", raw.name,
                    len(dropped), total)
    found = metadata.from_lines(text, dropped)
    doc = Document(name=raw.name, text=text, title=raw.title or title, encoding=raw.encoding,
                    dropped=[(s, e) for s, e, _ in dropped], dropped_reasons=[r for _, _, r in dropped],
                    asides=asides_of(text, lines, raw.title or title), url=raw.url,
                    published=metadata.iso_date(raw.published) or found.get("published"),
                    outlet=raw.outlet, author=raw.author or found.get("author"))
    if not doc.body.strip():
        raise InputError(f"{raw.name}: nothing but page furniture (see furniture.tsv), skipped")
    return doc


def read_source(source: Source) -> Iterator[Document | Skipped]:
    """The articles of one input file, and what in it was skipped (named by its path, and "#N" for a record)."""
    where = shown(source.path) if source.path else source.name
    try:
        for raw in articles(source.read(), source.name, source.kind):
            if isinstance(raw, Skipped):
                yield Skipped(where + raw.path[len(source.name):], raw.reason)
                continue
            try:
                yield document(raw)
            except InputError as err:
                yield Skipped(where + raw.name[len(source.name):], str(err))
    except InputError as err:
        yield Skipped(where, str(err))


def read_document(path: str | Path) -> Document:
    """The one article of a plain-text file; raises InputError when it is unusable."""
    path = Path(path)
    got = next(read_source(Source(path, shown(path.name), "text")))
    if isinstance(got, Skipped):
        raise InputError(got.reason)
    return got


def read_all(paths: Iterable[str | Path], files: Known | None = None) -> tuple[list[Document], list[Skipped]]:
    """Every readable article under paths (the same text twice is read once), and what was skipped and why;
    documents telling the same story are linked (see kg.ingest.stories). With files (kg.cache.Files), a file
    read before, unchanged since, is not read again."""
    docs: list[Document] = []
    sets: list[frozenset[int]] = []
    skipped: list[Skipped] = []
    first: dict[str, str] = {}
    for item in expand(paths):
        for got, shingled in [(item, None)] if isinstance(item, Skipped) else read_known(item, files):
            if isinstance(got, Skipped):
                skipped.append(got)
            elif got.key in first:
                skipped.append(Skipped(got.name, f"{got.name}: same text as {first[got.key]}, skipped"))
            else:
                first[got.key] = got.name
                docs.append(got)
                sets.append(shingled)
    stories.link(docs, sets)
    return docs, skipped


def read_known(source: Source, files: Known | None) -> list[tuple[Document | Skipped, frozenset[int] | None]]:
    """What source gives (read_source), each article with its story shingles: from files when they hold this very
    file, else read (and handed to files)."""
    known = files.get(source) if files is not None else None
    if known is None:
        known = [(got, None if isinstance(got, Skipped) else frozenset(stories.shingles(got.body)))
                 for got in read_source(source)]
        if files is not None:
            files.put(source, known)
    return known
