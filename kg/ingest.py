"""Read articles from files and folders: decode, report what cannot be read, set furniture aside."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg import furniture
from kg.errors import InputError
from kg.model import Document

log = logging.getLogger("kg")
SUFFIXES = {".txt", ".text", ""}


@dataclass(frozen=True)
class Skipped:
    """A path that was not built, and why."""

    path: str
    reason: str


def expand(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Files named directly, and the text files inside named folders, in sorted order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                              and not p.name.startswith("."))
        elif path.is_file():
            yield path
        else:
            yield Skipped(str(path), f"{path}: no such file or folder, skipped")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and encoding of data: UTF-8 (or UTF-16 with its byte-order mark), else Windows-1252 / Latin-1 with
    a warning."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        log.warning("%s: UTF-16 text", name)
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (NUL bytes), skipped")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum(not (c.isprintable() or c.isspace()) for c in text) > len(text) * 0.01:
            break
        log.warning("%s: not UTF-8, read as %s", name, encoding)
        return text, encoding
    raise InputError(f"{name}: not text in UTF-8, Windows-1252 or Latin-1, skipped")


def read_document(path: Path) -> Document:
    """One article from path, with its furniture lines found; raises InputError when unusable."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from err
    text, encoding = decode(data, str(path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path}: empty file, skipped")
    title, lines = furniture.classify(text)
    dropped = [(s, e, r) for s, e, r in lines if r not in furniture.ASIDES]
    return Document(name=path.name, text=text, title=title, encoding=encoding,
                    dropped=[(s, e) for s, e, _ in dropped], dropped_reasons=[r for _, _, r in dropped],
                    asides=[(s, e) for s, e, r in lines if r in furniture.ASIDES])


def read_all(paths: Iterable[str | Path]) -> tuple[list[Document], list[Skipped]]:
    """Every readable article under paths, and the paths skipped with their reasons."""
    docs, skipped, seen = [], [], set()
    for item in expand(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        try:
            doc = read_document(item)
        except InputError as err:
            skipped.append(Skipped(str(item), str(err)))
            continue
        if doc.name in seen:
            skipped.append(Skipped(str(item), f"{item}: another article is already named {doc.name}, skipped"))
            continue
        seen.add(doc.name)
        docs.append(doc)
    return docs, skipped
