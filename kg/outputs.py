"""The output folder as one set: a build is written aside and swapped in whole, the set it replaces kept.

A build writes into a staging folder inside the output folder; renaming that folder to READY is the commit.
`install` then moves the current set into BACKUP and the READY set into place, and BACKUP becomes previous/.
Every step is a rename, and `install` picks up where a killed one stopped, so the folder always ends with one
whole set: the old one (kill before the commit) or the new one (kill after). A lock keeps two builds apart.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kg import limits
from kg.errors import OutputError

STORE = "kg.oxigraph"   # the persistent store kg build writes beside kg.ttl
STAMP = "kg.store.json"  # ties the store to the kg.ttl it was loaded from
OUTPUTS = ("kg.ttl", STORE, STAMP, "kg.search.sqlite", "kg.graphml", "analysis.json", "report.md", "furniture.tsv",
           "articles.jsonl", "network.png", "kg.build.json")
READY = ".kg-ready"
BACKUP = ".kg-backup"
STAGING = ".kg-staging-"
PREVIOUS = "previous"
LOCK = ".kg-lock"


@contextmanager
def alongside(work: Callable[[], None]) -> Iterator[None]:
    """Run work in a forked process while the block runs (outputs that read the same records are written on
    two cores); its failure is raised when the block ends. The forked process must not log: a lock another
    thread held at the fork (the progress display's) would never be released in it."""
    process, receive = limits.forked(work)
    try:
        yield
    except BaseException:
        process.kill()
        process.join()
        raise
    try:
        kind, value = receive.recv()
    except EOFError:
        kind, value = "bug", "it stopped without an answer (out of memory?)"
    process.join()
    if kind == "kg":
        raise value
    if kind == "bug":
        raise OutputError(f"writing outputs beside the graph failed: {value}")


def turtle_stamp(ttl: Path) -> dict:
    """What identifies a Turtle file cheaply: its size and a hash of its first and last 64 KiB."""
    size = ttl.stat().st_size
    digest = hashlib.sha256()
    with ttl.open("rb") as f:
        digest.update(f.read(1 << 16))
        f.seek(max(0, size - (1 << 16)))
        digest.update(f.read(1 << 16))
    return {"turtle_size": size, "turtle_sha256": digest.hexdigest()}


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the output folder's lock (one build or swap at a time)."""
    with open(out / LOCK, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def staged(out: Path) -> Iterator[Path]:
    """A fresh folder to write a whole set of outputs in; swapped into out only when the block succeeds."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with locked(out):
            finish(out)
            stage = Path(tempfile.mkdtemp(dir=out, prefix=STAGING))
            try:
                yield stage
                os.replace(stage, out / READY)
            finally:
                shutil.rmtree(stage, ignore_errors=True)
            install(out)
    except OSError as err:
        where = err.filename or out
        raise OutputError(f"{where}: cannot write the outputs ({err.strerror}); the previous ones are as they were") from err


def finish(out: Path) -> None:
    """Complete a swap a killed build left half done, and remove the staging folders of killed builds."""
    install(out)
    for stale in out.glob(f"{STAGING}*"):
        shutil.rmtree(stale, ignore_errors=True)


def install(out: Path) -> None:
    """Move the current set aside and the READY set in (each step a rename, safe to run again)."""
    ready, backup = out / READY, out / BACKUP
    if ready.is_dir() and not backup.is_dir():
        moving = out / (BACKUP + ".tmp")
        moving.mkdir(exist_ok=True)
        for name in OUTPUTS:
            if (out / name).exists():
                os.replace(out / name, moving / name)
        os.replace(moving, backup)
    if ready.is_dir():
        for item in ready.iterdir():
            os.replace(item, out / item.name)
        ready.rmdir()
    if backup.is_dir():
        keep(backup, out / PREVIOUS)


def keep(backup: Path, previous: Path) -> None:
    """Make backup the previous/ set; an empty backup (first build) leaves previous/ as it was."""
    if not any(backup.iterdir()):
        backup.rmdir()
        return
    shutil.rmtree(previous, ignore_errors=True)
    os.replace(backup, previous)


def settle(folder: Path) -> None:
    """Before reading a graph folder: finish a swap that a killed build left half done."""
    if (folder / READY).is_dir() or (folder / BACKUP).is_dir():
        with locked(folder):
            install(folder)
