"""The build: ingest -> nlp -> extract -> resolve, over a batch of articles."""
from __future__ import annotations

import ctypes
import gc
import hashlib
import logging
import multiprocessing
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from kg import gazetteer as gaz
from kg import corrections, ingest, limits, nlp, outputs, resolve
from kg.cache import BUILT, Cache, NoCache, article_key
from kg.errors import InputError, KgError
from kg.extract import common, dates, entities, figures, relations, roles, statements
from kg.ingest import Skipped
from kg.model import ArticleState, Document, Entity, Extraction, KnowledgeGraph, Mention

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from kg.export import GraphFiles, Previous

log = logging.getLogger("kg")
EARLY_MAX = 64  # articles the early parser of an incremental build takes; more go to kg.nlp's parser processes
CHANGED_SHARE = 0.1  # above this share of the graph's lines changed, the store is loaded whole, not updated
NTRIPLES = ".kg.nt"  # the graph's lines, in the staging folder while kg.ttl and the store are written


@dataclass
class BuildResult:
    """The resolved graph, what was skipped on the way, and the corrections that matched nothing."""

    graph: KnowledgeGraph | None
    skipped: list[Skipped] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    manifest: str | None = None  # what was built, hashed (kg.cache.Cache.manifest)
    stamp: str | None = None  # the input files' sizes and times, hashed (kg.cache.Cache.stamp)
    unchanged: bool = False  # the outputs already hold this very build: graph is None, nothing to write
    cache: Cache | NoCache | None = None  # the cache the build used: it keeps the graph's N-Triples for the next


def extract(document: Document, doc: Doc, gazetteer: gaz.Gazetteer) -> Extraction:
    """Every record one parsed article yields; mentions made by later extractors are numbered too."""
    common.attach(doc, ArticleState(name=document.key, text=document.body, title=document.title_span,
                                    captions=document.asides, published=document.published_day,
                                    parsed=nlp.prepare(document)))  # doc.text, without joining every token
    found = entities.mentions(doc, name=document.key, gazetteer=gazetteer)
    found_roles = list(roles.roles(doc, mentions=found, gazetteer=gazetteer))
    ex = Extraction(doc=document, mentions=found)
    ex.statements = list(statements.statements(doc, mentions=found, roles=found_roles, gazetteer=gazetteer))
    for st in ex.statements:
        dates.stamp(st, document.text, published=document.published_day)
    ex.relations = list(relations.relations(doc, mentions=found, roles=found_roles, gazetteer=gazetteer))
    ex.figures = list(figures.figures(doc, mentions=found, statements=ex.statements, gazetteer=gazetteer))
    register(ex)
    return ex


def register(ex: Extraction) -> None:
    """Give an id to every mention a fact points to that the entity extractor did not make."""
    known = {id(m) for m in ex.mentions}

    def add(m: Mention | None) -> None:
        if m is not None and id(m) not in known:
            m.id = len(ex.mentions)
            ex.mentions.append(m)
            known.add(id(m))

    for st in ex.statements:
        for m in (st.speaker, st.reported_by, *st.about):
            add(m)
    for rel in ex.relations:
        add(rel.subject)
        add(rel.object)
    for fig in ex.figures:
        add(fig.whose)
        add(fig.claimant)


def build(paths: Iterable[str | Path], *, progress: Callable[[int, int], None] | None = None,
          batch_size: int = 16, jobs: int = 1, article_seconds: float | None = 30.0,
          cache: Cache | None = None, fixes: list[corrections.Correction] | None = None,
          dask: tuple[str | None, int] | None = None, release: bool = False) -> BuildResult:
    """Read, parse, extract and resolve every article under paths; unreadable ones are reported, not fatal.

    With jobs > 1, that many worker processes parse (kg.nlp) while this one extracts. An article whose
    extraction takes more than article_seconds is skipped. With a cache, articles it holds are not parsed
    again, and the new ones are added to it. The user's corrections (fixes) are applied to the resolved graph.
    With dask (scheduler address or None, local workers), parsing and extraction run on a Dask cluster. With
    release, the model is let go of once the articles are parsed (kg.nlp.release: a one-build process)."""
    cache, fixes = cache or NoCache(), fixes or []
    sources = list(ingest.expand(paths))
    stamp = cache.stamp(sources, fixes)
    if cache.holds(stamp, "stamp"):
        log.info("no input file changed since the last build: its outputs are kept")
        return BuildResult(graph=None, skipped=[s for s in sources if isinstance(s, Skipped)],
                           manifest=cache.built(), stamp=stamp, unchanged=True)
    warm = cache.warm() and not dask
    with early_parser(warm) as early, worker_pool(jobs, start=not warm and not dask) as pool:
        documents, skipped = read(paths, cache)
        if not documents:
            raise nothing_read(skipped)
        manifest = cache.manifest(documents, fixes)
        if cache.holds(manifest):
            log.info("nothing changed since the last build: its outputs are kept")
            cache.restamp(manifest, stamp)
            return BuildResult(graph=None, skipped=skipped, manifest=manifest, stamp=stamp, unchanged=True)
        extractions = cached_or_extracted(documents, skipped, cache, dask=dask, progress=progress, early=early, pool=pool,
                                          batch_size=batch_size, jobs=jobs, article_seconds=article_seconds)
    if release:
        nlp.release()
    with frozen():
        graph = resolve.resolve(extractions, gaz.default())
        unmatched = corrections.apply(graph, fixes)
    log.info("resolved %d entities", len(graph.entities))
    return BuildResult(graph=graph, skipped=skipped, unmatched=[c.note() for c in unmatched], manifest=manifest,
                       stamp=stamp, cache=cache)


def read(paths: Iterable[str | Path], cache: Cache | NoCache) -> tuple[list[Document], list[Skipped]]:
    """The articles under paths; a file the cache saw as it is now is not read again (kg.cache.Files)."""
    files = cache.files()
    found = ingest.read_all(paths, files)
    if files is not None:
        files.save()
    return found


@contextmanager
def frozen() -> Iterator[None]:
    """The objects alive now (a corpus' records: millions) left out of the garbage collector's full passes for the
    block, and the collector paused in it: its passes would walk them and the records the block makes again and
    again (they hold no cycles worth collecting early); they are still freed as usual when no longer used."""
    enabled = gc.isenabled()
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


def cached_or_extracted(documents: list[Document], skipped: list[Skipped], cache: Cache | NoCache,
                        **options) -> list[Extraction]:
    """The records of every article: from the cache when it holds them, else parsed and extracted (and cached)."""
    with frozen():
        extractions = [ex for ex in map(cache.get, documents) if ex is not None]
    cached = {id(ex.doc) for ex in extractions}
    todo = [d for d in documents if id(d) not in cached]
    log.info("read %d articles (%d from the cache), skipped %d", len(documents), len(extractions), len(skipped))
    originals = {(d.name, d.key): d for d in todo}
    for ex in parse_and_extract(todo, skipped, **options):
        ex.doc = originals.get((ex.doc.name, ex.doc.key), ex.doc)  # not the worker's copy of the text
        extractions.append(ex)
        cache.put(ex)
    if not extractions:
        raise nothing_read(skipped)
    cache.prune()
    log.info("extracted %d articles", len(extractions))
    return extractions


class EarlyParser:
    """A forked process that loads the model as soon as an incremental build starts, while the build reads the
    articles and the cache, then parses and extracts the few articles the cache lacks (kg.scale.extract_batch):
    the model load overlaps the reading, and the build's own process never holds the model."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=serve_early, args=(child,), daemon=True)
        self.process.start()
        child.close()

    def extract(self, documents: list[Document], article_seconds: float | None) -> tuple[list[Extraction], list[Skipped]]:
        """The records of a batch of documents, and those skipped; KgError when the process died."""
        self.conn.send((documents, article_seconds))
        try:
            kind, value = self.conn.recv()
        except EOFError as err:
            raise KgError("the early parser stopped without an answer (out of memory?)") from err
        if kind == "kg":
            raise value
        if kind == "bug":
            raise RuntimeError(f"the early parser failed:\n{value}")
        return value

    def stop(self) -> None:
        self.process.kill()
        self.process.join()


def serve_early(conn) -> None:
    """The early parser's loop: die with the build (kg.nlp's worker set-up), load the model, then answer each
    batch with ('ok', records), ('kg', KgError) or ('bug', traceback), until the build hangs up."""
    from kg import scale
    nlp._start_worker()
    try:
        nlp.load()
    except KgError:
        pass  # raised again by the first batch, whose answer carries it
    while True:
        try:
            documents, article_seconds = conn.recv()
        except EOFError:
            return
        try:
            answer = ("ok", scale.extract_batch(documents, article_seconds))
        except KgError as error:
            answer = ("kg", error)
        except BaseException:  # noqa: BLE001 - sent to the build, which raises it there
            answer = ("bug", traceback.format_exc())
        conn.send(answer)


@contextmanager
def early_parser(start: bool) -> Iterator[EarlyParser | None]:
    """An EarlyParser when start (an incremental build), stopped on exit; else None."""
    if not start:
        yield None
        return
    early = EarlyParser()
    try:
        yield early
    finally:
        early.stop()


def extract_early(early: EarlyParser, documents: list[Document], skipped: list[Skipped], *,
                  progress: Callable[[int, int], None] | None, article_seconds: float | None,
                  **options) -> Iterator[Extraction]:
    """The records of documents, parsed and extracted by the early parser in batches."""
    from kg import scale
    answers = (early.extract(documents[i:i + scale.BATCH], article_seconds)
               for i in range(0, len(documents), scale.BATCH))
    yield from gathered(answers, len(documents), skipped, progress)


def gathered(answers: Iterable[tuple[list[Extraction], list[Skipped]]], total: int, skipped: list[Skipped],
             progress: Callable[[int, int], None] | None) -> Iterator[Extraction]:
    """The records of batch answers (records, skipped) in order, the skipped added to skipped, progress told."""
    done = 0
    for found, lost in answers:
        skipped += lost
        done += len(found) + len(lost)
        if progress:
            progress(done, total)
        yield from found


def parse_and_extract(documents: list[Document], skipped: list[Skipped], *, dask: tuple[str | None, int] | None,
                      early: EarlyParser | None = None, pool: Pool | None = None, **options) -> Iterator[Extraction]:
    """The records of documents, computed here, by worker processes (options["jobs"] > 1: those of pool when the
    build started them), by the early parser when it was started and they are few, or on a Dask cluster."""
    if early is not None and len(documents) <= EARLY_MAX:
        return extract_early(early, documents, skipped, **options)
    if dask and documents:
        from kg import scale
        return scale.extract_on_cluster(documents, skipped, scheduler=dask[0], workers=dask[1],
                                        article_seconds=options["article_seconds"], progress=options["progress"])
    jobs = options.pop("jobs")
    if jobs > 1 and len(documents) > 1:
        return extract_in_workers(documents, skipped, pool=pool, jobs=jobs, **options)
    return extract_all(documents, skipped, **options)


def extract_in_workers(documents: list[Document], skipped: list[Skipped], *, pool: Pool | None,
                       progress: Callable[[int, int], None] | None, batch_size: int, jobs: int,
                       article_seconds: float | None) -> Iterator[Extraction]:
    """The records of documents, parsed and extracted by jobs forked worker processes (pool's, else started
    here), batch by batch and in order (kg.scale.extract_batch): this process never holds the model or a Doc."""
    from kg import scale
    size = min(batch_size, -(-len(documents) // jobs))  # a few articles: a batch for each worker
    batches = [documents[i:i + size] for i in range(0, len(documents), size)]
    with worker_pool(jobs, start=pool is None) as own:
        answers = (pool or own).imap(partial(scale.extract_batch, article_seconds=article_seconds), batches)
        yield from gathered(answers, len(documents), skipped, progress)


@contextmanager
def worker_pool(jobs: int, *, start: bool) -> Iterator[Pool | None]:
    """jobs forked worker processes that load the model (start_parser) when start and jobs > 1, stopped on exit;
    else None. Started before the build reads its articles, they do not carry them in their memory."""
    if not start or jobs < 2:
        yield None
        return
    with multiprocessing.get_context("fork").Pool(jobs, initializer=start_parser) as pool:
        yield pool


def start_parser() -> None:
    """A worker process of extract_in_workers: dies with the build (kg.nlp's worker set-up), loads the model."""
    nlp._start_worker()
    try:
        nlp.load()
    except Exception:  # noqa: BLE001 - raised again by its first batch, which the build raises; a worker that
        pass  # failed to start would be started again and again


def extract_all(documents: list[Document], skipped: list[Skipped], *, progress: Callable[[int, int], None] | None,
                batch_size: int, article_seconds: float | None) -> Iterator[Extraction]:
    """Parse and extract documents in this process; one that fails or runs past article_seconds is added to
    skipped."""
    if not documents:
        return
    gazetteer = gaz.default()
    for i, (document, doc) in enumerate(nlp.parse(documents, batch_size=batch_size), 1):
        try:
            with limits.time_budget(article_seconds):
                yield extract(document, doc, gazetteer)
        except limits.OutOfTime:
            skipped.append(Skipped(document.name, f"{document.name}: extraction took more than {article_seconds:g} s "
                                                  "(--article-timeout), skipped"))
        except Exception as err:  # noqa: BLE001 - one bad article must not stop the batch
            log.error("%s: extraction failed (%s: %s), skipped", document.name, type(err).__name__, err)
            skipped.append(Skipped(document.name, f"{document.name}: extraction failed ({err}), skipped"))
        if progress:
            progress(i, len(documents))


def nothing_read(skipped: list[Skipped]) -> InputError:
    """The error of a build that read no article: it writes nothing."""
    return InputError(f"no article was read ({len(skipped)} skipped): nothing written, the outputs are as they were",
                      details=[f"skipped: {s.reason}" for s in skipped])


def write_outputs(result: BuildResult, out: Path, *, seconds: float) -> dict:
    """Turtle, GraphML, analysis, report, picture and furniture log of a build, swapped into out as one set
    (see kg.outputs); returns the summary."""
    from kg import export

    kg = result.graph
    summary = summarize(result, seconds)
    kept = result.cache.graph(out) if result.cache is not None else None
    give_back_memory()
    with frozen(), outputs.staged(out) as stage:
        with outputs.alongside(partial(write_network, kg, stage, summary)), \
                outputs.alongside(partial(write_search, kg, stage)):
            parts = write_graph(kg, stage, kept.new if kept else stage / NTRIPLES, kept.previous() if kept else None)
            export.write_furniture(kg.documents, stage / "furniture.tsv")
            export.write_articles(kg.documents, stage / "articles.jsonl")
        log.info("wrote the search index and measured the network")
        export.write_json({"manifest": result.manifest, "stamp": result.stamp}, stage / BUILT)
    if kept:
        kept.commit(result.manifest, parts)
    log.info("wrote %s (the set it replaced is in %s)", out, out / outputs.PREVIOUS)
    return summary


def give_back_memory() -> None:
    """Hand the heap's free pages back to the system (glibc's malloc_trim; elsewhere nothing): the process forked
    to write beside the graph would count them as its own."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def write_search(kg: KnowledgeGraph, stage: Path) -> None:
    """The search index of kg's statements in stage (kg.search.sqlite)."""
    from kg import search

    search.write_index(stage, search.statement_rows(kg))


def write_network(kg: KnowledgeGraph, stage: Path, summary: dict) -> None:
    """The entity network of kg with its metrics, in stage: kg.graphml, analysis.json, report.md, network.png."""
    from kg import analyze, export

    net = analyze.record_network(kg, gaz.default())  # the network kg analyze projects from the store
    metrics = analyze.metrics(net)
    export.write_graphml(net, metrics, stage / "kg.graphml")
    export.write_analysis(stage, net, metrics, summary)


def write_graph(kg: KnowledgeGraph, stage: Path, ntriples: Path, previous: Previous | None) -> dict:
    """kg.ttl and the store of kg in stage, from its N-Triples written first, part by part, to ntriples (removed
    when it is in stage); returns the index of their parts. With what the previous build wrote (previous), the
    parts it holds are copied, and its store is copied and updated when little changed; else loaded whole."""
    from kg import export, rdf

    keep = int(CHANGED_SHARE * sum(part.length for part in previous.index.values())) if previous else 0
    files = export.GraphFiles(ntriples, stage / "kg.ttl", previous, keep)
    reuse = Reuse(kg, files)
    parts = ((name, lines, reuse.keys.get(name)) for name, lines in rdf.unique_parts(kg, gaz.default(), reuse))
    files.write(parts, rdf.prefixes())
    log.info("wrote %d triples (%d parts made again)", files.lines, reuse.made)
    changes = files.changes()
    if changes is not None and len(changes[0]) + len(changes[1]) <= CHANGED_SHARE * files.lines:
        log.info("store: the previous one updated (%d triples out, %d in)", len(changes[0]), len(changes[1]))
        export.update_store(stage.parent / outputs.STORE, *changes, stage)
    else:
        log.info("store: loaded whole")
        export.load_store(ntriples, stage)
    export.stamp_store(stage / "kg.ttl", stage)
    if ntriples.parent == stage:
        ntriples.unlink()
    return files.index


class Reuse:
    """Whether the previous build made a document's or an entity's lines or an article's facts from the same key
    (record_key, facts_key): they are then copied from its files, not made again. Never when corrections were
    applied (they change records in place)."""

    def __init__(self, kg: KnowledgeGraph, files: GraphFiles) -> None:
        self.kg, self.files = kg, files
        self.keys: dict[str, bytes] = {}
        self.made = 0

    def __call__(self, name: str, made_from: Document | Entity | Extraction) -> bool:
        if self.kg.corrections:
            return False
        key = facts_key(self.kg, made_from) if isinstance(made_from, Extraction) else record_key(made_from)
        self.keys[name] = key
        same = self.files.made(name, key)
        self.made += not same
        return same


def record_key(record: Document | Entity) -> bytes:
    """What a document's or an entity's lines are made of, hashed: its fields, sets in order."""
    values = [getattr(record, f.name) for f in fields(record)]
    return blake(repr([sorted(v) if isinstance(v, set) else v for v in values]))


def facts_key(kg: KnowledgeGraph, ex: Extraction) -> bytes:
    """What an article's facts are made from, hashed: its records (by the hash of what extraction read), the
    entities its mentions resolve to, and the statements kept (another article of its story may drop some)."""
    parts = (article_key(ex.doc), [kg.resolved.get((m.doc, m.id)) for m in ex.mentions],
             [(st.evidence.start, st.evidence.end, st.kind, st.text) for st in ex.statements], len(ex.relations),
             len(ex.figures))
    return blake(repr(parts))


def blake(text: str) -> bytes:
    """A 16-byte digest of text."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def summarize(result: BuildResult, seconds: float) -> dict:
    """Counts of what a build made."""
    kg = result.graph
    return {"documents": len(kg.documents), "skipped": len(result.skipped),
            "entities": sum(not e.unnamed for e in kg.entities.values()),
            "unnamed_agents": sum(e.unnamed for e in kg.entities.values()),
            "statements": sum(len(x.statements) for x in kg.extractions),
            "relations": sum(len(x.relations) for x in kg.extractions),
            "figures": sum(len(x.figures) for x in kg.extractions),
            "furniture_lines": sum(len(d.dropped) for d in kg.documents), "corrections": len(kg.corrections),
            "unmatched_corrections": len(result.unmatched), "seconds": round(seconds, 2)}
