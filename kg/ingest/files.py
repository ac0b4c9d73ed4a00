"""Find the input files under the paths a user names, and decode their bytes into text."""
from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

log = logging.getLogger("kg")
# what each file suffix holds; a file named on the command line with another suffix is read as text
KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
         ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
STDIN = "-"
COMPANIONS = frozenset({"kg-corrections.toml"})  # files beside the articles that kg reads for another purpose
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")  # not allowed in XML outputs


@dataclass(frozen=True)
class Skipped:
    """A path that was not built, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Source:
    """An input file (or standard input when path is None), the name its articles go by, and what it holds."""

    path: Path | None
    name: str
    kind: str

    def read(self) -> bytes:
        """Its bytes; InputError when it cannot be read."""
        if self.path is None:
            return sys.stdin.buffer.read()
        try:
            return self.path.read_bytes()
        except OSError as err:
            raise InputError(f"{shown(self.path)}: cannot read ({err.strerror})") from err


def expand(paths: Iterable[str | Path]) -> Iterator[Source | Skipped]:
    """Files named directly (with "-" for standard input), and the article files inside named folders (hidden
    ones and symlinked folders left out, other suffixes reported), in sorted order; an unreadable folder is
    reported."""
    for raw in paths:
        if str(raw) == STDIN:
            yield Source(None, "stdin", "sniff")
            continue
        path = Path(raw)
        try:
            kind = "folder" if path.is_dir() else "file" if path.is_file() else None
        except (OSError, ValueError) as err:  # a name the OS refuses (too long, NUL byte)
            yield Skipped(shown(path), f"{shown(path)}: not a usable path ({err}), skipped")
            continue
        if kind == "folder":
            yield from walk(path)
        elif kind == "file":
            yield Source(path, shown(path.name), KINDS.get(path.suffix.lower(), "text"))
        else:
            yield Skipped(shown(path), f"{shown(path)}: no such file or folder, skipped")


def walk(folder: Path) -> list[Source | Skipped]:
    """The article files under folder, named by their path inside it, and a Skipped for each subfolder that
    cannot be listed and each file of a kind kg does not read."""
    found: list[Source | Skipped] = []

    def unreadable(err: OSError) -> None:
        found.append(Skipped(shown(err.filename), f"{shown(err.filename)}: cannot list the folder ({err.strerror}), skipped"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            path = Path(root, f)
            if f.startswith(".") or f in COMPANIONS or not path.is_file():
                continue
            kind = KINDS.get(path.suffix.lower())
            found.append(Source(path, shown(path.relative_to(folder)), kind) if kind else
                         Skipped(shown(path), f"{shown(path)}: not a kind of file kg reads "
                                              f"({', '.join(sorted(KINDS))}), skipped"))
    return sorted(found, key=lambda p: p.path if isinstance(p, Skipped) else str(p.path))
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
