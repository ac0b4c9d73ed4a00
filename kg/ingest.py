"""Read articles from files and folders: decode, report what cannot be read, set furniture aside."""
from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg import furniture
from kg.errors import InputError
from kg.model import Document

log = logging.getLogger("kg")
SUFFIXES = {".txt", ".text"}  # read from folders; a file named on the command line is read whatever its name
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")  # not allowed in XML outputs
MAX_CHARS = 1_000_000  # spaCy's own limit (Language.max_length); longer articles are skipped before any rule runs


@dataclass(frozen=True)
class Skipped:
    """A path that was not built, and why."""

    path: str
    reason: str


def expand(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Files named directly, and the text files inside named folders (hidden ones and symlinked folders left
    out), in sorted order; an unreadable folder is reported."""
    for raw in paths:
        path = Path(raw)
        try:
            kind = "folder" if path.is_dir() else "file" if path.is_file() else None
        except (OSError, ValueError) as err:  # a name the OS refuses (too long, NUL byte)
            yield Skipped(shown(path), f"{shown(path)}: not a usable path ({err}), skipped")
            continue
        if kind == "folder":
            yield from walk(path)
        elif kind == "file":
            yield path
        else:
            yield Skipped(shown(path), f"{shown(path)}: no such file or folder, skipped")


def walk(folder: Path) -> list[Path | Skipped]:
    """The article files under folder, and a Skipped for each subfolder that cannot be listed."""
    found: list[Path | Skipped] = []

    def unreadable(err: OSError) -> None:
        found.append(Skipped(shown(err.filename), f"{shown(err.filename)}: cannot list the folder ({err.strerror}), skipped"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root, f) for f in files
                  if not f.startswith(".") and Path(f).suffix.lower() in SUFFIXES and Path(root, f).is_file()]
    return sorted(found, key=lambda p: str(p) if isinstance(p, Path) else p.path)


def shown(path: Path | str) -> str:
    """A path as it can be printed and stored: bytes that are not UTF-8 and control characters escaped."""
    text = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NUL bytes fill one side of most byte pairs, as in UTF-16 text."""
    pairs = len(data) // 2
    if pairs < 4 or len(data) % 2:
        return None
    if data[1::2].count(0) > pairs * 0.6:
        return "utf-16-le"
    if data[0::2].count(0) > pairs * 0.6:
        return "utf-16-be"
    return None


STRAY = re.compile(r"[\udc80-\udcff]")  # bytes that are not UTF-8, as "surrogateescape" decodes them


def mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few stray bytes of another encoding read as Windows-1252, and how many, when the UTF-8
    sequences outnumber the stray bytes (a file pasted together from two sources); else None."""
    text = data.decode("utf-8-sig", "surrogateescape")
    stray = len(STRAY.findall(text))
    if sum(1 for c in text if ord(c) > 0x7F) - stray <= stray:
        return None
    return STRAY.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", "replace"), text), stray


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and encoding of data: UTF-8 or UTF-16 (with or without byte-order mark); UTF-8 with stray bytes,
    Windows-1252 or Latin-1 with a warning."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        log.warning("%s: UTF-16 text", name)
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data:
        utf16 = utf16_without_bom(data)
        try:
            return data.decode(utf16), utf16
        except (TypeError, UnicodeDecodeError):
            raise InputError(f"{name}: binary file (NUL bytes), skipped") from None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = mostly_utf8(data)
    if mixed is not None:
        log.warning("%s: UTF-8 with %d stray bytes of another encoding, read as Windows-1252", name, mixed[1])
        return mixed[0], "utf-8"
    return legacy(data, name)


def legacy(data: bytes, name: str) -> tuple[str, str]:
    """Text of data in Windows-1252 or Latin-1, with a warning; InputError when neither looks like text."""
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
        raise InputError(f"{shown(path)}: cannot read ({err.strerror})") from err
    text, encoding = decode(data, shown(path))
    text = CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(f"{shown(path)}: empty file, skipped")
    if len(text) > MAX_CHARS:
        raise InputError(f"{shown(path)}: {len(text):,} characters, more than the parser takes ({MAX_CHARS:,}), skipped")
    title, lines = furniture.classify(text)
    dropped = [(s, e, r) for s, e, r in lines if r not in furniture.ASIDES]
    total = sum(1 for line in text.splitlines() if line.strip())
    if len(dropped) > total / 2:
        log.warning("%s: %d of its %d lines set aside as page furniture (see furniture.tsv)", shown(path),
                    len(dropped), total)
    return Document(name=shown(path.name), text=text, title=title, encoding=encoding,
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
            skipped.append(Skipped(shown(item), str(err)))
            continue
        if doc.name in seen:
            skipped.append(Skipped(shown(item), f"{shown(item)}: another article is already named {doc.name}, skipped"))
            continue
        seen.add(doc.name)
        docs.append(doc)
    return docs, skipped
