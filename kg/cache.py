"""Per-article extraction cache for incremental builds, under the output folder.

An article's records are stored under the hash of what extraction reads from it (its text, title and
publication date), in a folder named by a fingerprint of everything else that changes extraction: kg's
version and code, its lexicons and gazetteer, spaCy's and the model's versions. A cache from another
fingerprint is never read and is removed after the next build; entries of articles no longer in the build
are pruned. Beside them, what each input file gave when it was read (Files), so an unchanged file is not read
again."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
import tempfile
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.ingest.files import Source
from kg.model import Document, Extraction

if TYPE_CHECKING:
    from kg.export import Previous

log = logging.getLogger("kg")
FOLDER = ".kg-cache"
BUILT = "kg.build.json"  # in the output set: the manifest of the build that wrote it
GRAPH = "graph.nt"  # in the cache: the N-Triples of the output folder's graph (Graph), with graph.nt.json
PARTS = f"{GRAPH}.parts"  # in the cache: the index of graph.nt's parts (kg.export.NTriples)
LAYOUT = 2  # how graph.nt is laid out: in parts (kg.rdf.unique_parts), indexed in PARTS
FILES = "inputs.files"  # in the cache, beside the articles' .pickle entries: what each input file gave (Files)
KEPT = frozenset({FILES, GRAPH, f"{GRAPH}.json", PARTS})  # what pruning leaves
PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of kg's code, lexicons, queries and gazetteer, and of the spaCy and model versions."""
    from importlib import metadata

    import spacy

    from kg import gazetteer, nlp

    digest = hashlib.sha256(f"{metadata.version('kg')}|{spacy.__version__}|{metadata.version(nlp.MODEL)}".encode())
    files = [p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".tsv", ".rq")]
    files += list((gazetteer.ontology_dir() / "gazetteer").glob("*.json"))
    for path in sorted(files, key=lambda p: str(p.relative_to(p.anchor))):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def user_folder() -> Path:
    """kg's cache folder for this user: $KG_CACHE_DIR, else $XDG_CACHE_HOME/kg, else ~/.cache/kg."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"


def user_file_name(prefix: str, *parts: object) -> str | None:
    """The name of a file of the user cache folder for this kg (its fingerprint) and parts ('patterns-<hash>.json'),
    None when kg cannot tell its fingerprint (a checkout never installed)."""
    try:
        key = "|".join([fingerprint(), *map(str, parts)])
    except (ImportError, OSError):
        return None
    return f"{prefix}-{hashlib.sha256(key.encode()).hexdigest()[:20]}.json"


def read_user_json(name: str | None) -> dict | None:
    """The JSON of a file of the user cache folder, None when there is none or it cannot be read."""
    try:
        return json.loads((user_folder() / name).read_text(encoding="utf-8")) if name else None
    except (OSError, RuntimeError, ValueError):  # RuntimeError: no home folder
        return None


def write_atomically(path: Path, data: bytes) -> None:
    """Write data through a file renamed into place, so that a killed process leaves no torn file (and a failed
    write no file at all)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


USER_FILES_KEPT = 3  # files of one prefix the user cache folder keeps (other kg installs may share it)


def keep_in_user_folder(name: str, text: str) -> None:
    """Keep text in the user cache folder under name ('prefix-hash.json'), and of the other files of its prefix
    only the most recent ones; a folder that cannot be written to is only logged."""
    try:
        folder = user_folder()
        write_atomically(folder / name, text.encode("utf-8"))
        others = sorted((p for p in folder.glob(f"{name.split('-')[0]}-*") if p.name != name),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[USER_FILES_KEPT - 1:]:
            old.unlink(missing_ok=True)
    except (OSError, RuntimeError) as err:  # RuntimeError: no home folder
        log.debug("kg's user cache cannot be written to: %s", err)


def article_key(document: Document) -> str:
    """What extraction reads from an article, hashed."""
    parts = (document.text, document.title or "", document.published or "", repr(document.dropped),
             repr(document.asides))
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


class Cache:
    """The extraction cache of one output folder for this kg (see the module docstring)."""

    def __init__(self, out: Path, *, fresh: bool = False):
        self.root = out / FOLDER
        self.folder = self.root / fingerprint()
        self.fresh = fresh
        self.used: set[str] = set()

    def get(self, document: Document) -> Extraction | None:
        """The cached records of document, re-attached to it, or None (always None when fresh)."""
        key = article_key(document)
        self.used.add(key)
        if self.fresh:
            return None
        try:
            with (self.folder / f"{key}.pickle").open("rb") as f:
                ex = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        ex.doc = document
        return ex

    def put(self, ex: Extraction) -> None:
        """Store an article's records (written aside and renamed, so a killed build leaves no torn entry)."""
        key = article_key(ex.doc)
        self.used.add(key)
        write_atomically(self.folder / f"{key}.pickle", pickle.dumps(replace(ex, doc=None), pickle.HIGHEST_PROTOCOL))

    def graph(self, out: Path) -> Graph:
        """The N-Triples of the graph in out, kept for the next build (the kept ones not used when fresh)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        return Graph(self.folder, out, fresh=self.fresh)

    def warm(self) -> bool:
        """Whether this kg cached articles here before (a build that will likely parse few of them)."""
        return not self.fresh and any(self.folder.glob("*.pickle"))

    def files(self) -> Files:
        """What the input files gave when they were last read by this kg (none when fresh)."""
        return Files(self.folder / FILES, fresh=self.fresh)

    def manifest(self, documents: list[Document], fixes: list) -> str:
        """What a build of these articles with these corrections makes, hashed: when the outputs carry the same
        (kg.build.json), a rebuild would write them again unchanged."""
        parts = [fingerprint(), *sorted(f"{d.name}\x00{article_key(d)}\x00{d.key}" for d in documents),
                 *(repr(sorted(c.fields.items())) + c.kind for c in fixes)]
        return hashlib.sha256("\x01".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def stamp(self, sources: list, fixes: list) -> str | None:
        """The input files' names, sizes and modification times with kg's fingerprint and the corrections, hashed:
        when the outputs carry the same, nothing needs reading (None with standard input or an unstatable file)."""
        parts = [fingerprint(), *(repr(sorted(c.fields.items())) + c.kind for c in fixes)]
        for source in sources:
            if getattr(source, "reason", None) is not None:
                parts.append(f"skipped\x00{source.path}")
                continue
            try:
                st = source.path.stat()
            except (OSError, AttributeError):
                return None
            parts.append(f"{source.name}\x00{source.path}\x00{st.st_size}\x00{st.st_mtime_ns}")
        return hashlib.sha256("\x01".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def built(self, field: str = "manifest") -> str | None:
        """The manifest (or stamp) of the outputs in the folder, when they are all there (None when fresh)."""
        from kg import outputs
        out = self.root.parent
        if self.fresh or not out.is_dir():
            return None
        outputs.settle(out)
        if not all((out / name).exists() for name in outputs.OUTPUTS):
            return None
        try:
            return json.loads((out / BUILT).read_text(encoding="utf-8")).get(field)
        except (OSError, ValueError, AttributeError):
            return None

    def holds(self, value: str | None, field: str = "manifest") -> bool:
        """Whether the outputs in the folder are those of this very build (by manifest, or by stamp)."""
        return value is not None and value == self.built(field)

    def restamp(self, manifest: str, stamp: str | None) -> None:
        """Record a new stamp beside an unchanged manifest (files touched, not changed), atomically."""
        write_atomically(self.root.parent / BUILT, json.dumps({"manifest": manifest, "stamp": stamp}).encode())

    def prune(self) -> None:
        """Remove the entries of articles this build did not have, and caches of other fingerprints."""
        if not self.root.is_dir():
            return
        for other in self.root.iterdir():
            if other != self.folder:
                shutil.rmtree(other, ignore_errors=True)
        for entry in self.folder.glob("*"):
            if entry.stem not in self.used and entry.name not in KEPT:
                entry.unlink(missing_ok=True)


class Files:
    """What each input file gave when it was last read (its articles with furniture set aside, and their story
    shingles), by its name, path, kind, size, times and inode: a file unchanged since is not read again. Kept in
    one file of the fingerprint's folder, so another kg never reads it; standard input is never kept."""

    def __init__(self, path: Path, *, fresh: bool = False):
        self.path = path
        self.old: dict[tuple, list] = {} if fresh else self.load(path)
        self.new: dict[tuple, list] = {}
        self.keys: dict[Source, tuple | None] = {}

    @staticmethod
    def load(path: Path) -> dict[tuple, list]:
        """The kept entries ({} when there are none or they cannot be read)."""
        try:
            with path.open("rb") as f:
                known = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            return {}
        return known if isinstance(known, dict) else {}

    def key(self, source: Source) -> tuple | None:
        """What identifies the file as it is now, taken before it is read (None: standard input, or no stat)."""
        try:
            st = source.path.stat()
        except (OSError, AttributeError):
            return None
        return source.name, str(source.path), source.kind, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino

    def get(self, source: Source) -> list | None:
        """What the file gave when it was read as it is now, or None."""
        key = self.keys[source] = self.key(source)
        known = self.old.get(key) if key is not None else None
        if known is not None:
            self.new[key] = known
        return known

    def put(self, source: Source, known: list) -> None:
        """Keep what the file gave, under what identified it before it was read."""
        key = self.keys.get(source)
        if key is not None:
            self.new[key] = known

    def save(self) -> None:
        """Write the entries of this build's files (written aside and renamed), when they are not those kept."""
        if self.new.keys() == self.old.keys():
            return
        write_atomically(self.path, pickle.dumps(self.new, pickle.HIGHEST_PROTOCOL))


class Graph:
    """The N-Triples of the graph the output folder holds, kept in the cache by the build that wrote it, with what
    ties them to it (the build's manifest, the Turtle's stamp, pyoxigraph's version): with them, the next build
    copies the store and applies what changed instead of loading the whole graph again."""

    def __init__(self, folder: Path, out: Path, *, fresh: bool = False):
        self.path, self.record, self.new = folder / GRAPH, folder / f"{GRAPH}.json", folder / f"{GRAPH}.new"
        self.parts = folder / PARTS
        self.out, self.fresh = out, fresh

    def previous(self) -> Previous | None:
        """The kept N-Triples, the output folder's kg.ttl and the index of their parts when they are those of the
        store in the output folder, else None (always when fresh)."""
        from kg import query
        ttl = self.out / "kg.ttl"
        try:
            record = json.loads(self.record.read_text(encoding="utf-8"))
            built = json.loads((self.out / BUILT).read_text(encoding="utf-8"))["manifest"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if self.fresh or not (self.path.is_file() and ttl.is_file() and query.built_together(ttl)):
            return None
        return self.index() if built and record == self.tie(built) else None

    def index(self) -> Previous | None:
        """The kept N-Triples, the output folder's kg.ttl and the index of their parts, or None when the index
        cannot be read."""
        from kg.export import Previous
        try:
            with self.parts.open("rb") as f:
                parts = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            return None
        return Previous(self.path, self.out / "kg.ttl", parts) if isinstance(parts, dict) else None

    def tie(self, manifest: str) -> dict:
        """What ties N-Triples to the output folder's graph: the build's manifest, its Turtle's stamp, and the
        store's pyoxigraph."""
        import pyoxigraph

        from kg import outputs
        return {"manifest": manifest, **outputs.turtle_stamp(self.out / "kg.ttl"), "pyoxigraph": pyoxigraph.__version__,
                "layout": LAYOUT}

    def commit(self, manifest: str | None, parts: dict) -> None:
        """After the swap: the new N-Triples, whose parts are indexed by parts, are those of the output folder's
        graph, built from manifest (the old record goes first, so a build killed on the way leaves N-Triples that
        tie to nothing)."""
        self.record.unlink(missing_ok=True)
        os.replace(self.new, self.path)
        if manifest is None:
            return
        write_atomically(self.parts, pickle.dumps(parts, pickle.HIGHEST_PROTOCOL))
        write_atomically(self.record, json.dumps(self.tie(manifest)).encode())


class NoCache:
    """Stands in for a Cache when a build keeps none: nothing is found, kept or compared."""

    def get(self, document: Document) -> None:
        return None

    def put(self, ex: Extraction) -> None:
        pass

    def files(self) -> None:
        return None

    def warm(self) -> bool:
        return False

    def graph(self, out: Path) -> None:
        return None

    def prune(self) -> None:
        pass

    def manifest(self, documents: list[Document], fixes: list) -> None:
        return None

    def stamp(self, sources: list, fixes: list) -> None:
        return None

    def built(self, field: str = "manifest") -> None:
        return None

    def holds(self, value: str | None, field: str = "manifest") -> bool:
        return False

    def restamp(self, manifest: str, stamp: str | None) -> None:
        pass
