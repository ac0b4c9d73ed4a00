"""Command line: build the graph from articles and ask it who said what."""
from __future__ import annotations

import json
import logging
import signal
import sys
import time
from enum import Enum
from importlib import metadata
from pathlib import Path
from typing import Optional

import click
import typer
from rich.console import Console
from rich.table import Table
from typer.core import TyperGroup

from kg import limits
from kg.errors import InputError, KgError

class Boundary(TyperGroup):
    """The one place where kg's typed errors become a message on stderr and the error's exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            for line in error.details:
                typer.echo(line, err=True)
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("error: interrupted; nothing was written, the previous outputs are as they were", err=True)
            raise typer.Exit(130) from None


def stop_on_term(signum: int, frame: object) -> None:
    """SIGTERM ends a command the way Ctrl-C does: workers stopped, previous outputs left whole."""
    raise KeyboardInterrupt


app = typer.Typer(cls=Boundary, add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="French news articles -> knowledge graph.")
out = Console()
err = Console(stderr=True)
log = logging.getLogger("kg")
GraphOpt = typer.Option(None, "--graph", "-g", help="kg.ttl or its folder (default: $KG_GRAPH, else output/)")
LimitOpt = typer.Option(50, "--limit", min=0, help="Show at most this many (0: all)")
TimeoutOpt = typer.Option(limits.DEFAULT_SECONDS, "--timeout", min=0, help="Stop after this many seconds (0: no limit)")
settings = {"quiet": False}


class Format(str, Enum):
    table = "table"
    json = "json"


class SparqlFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def show(rows: list[dict], fmt: Format, columns: list[str], title: str | None = None) -> None:
    """Print rows as JSON (a list, one row a line: written by json's C encoder, which indenting would forgo) or as
    a table of the given columns."""
    if fmt == Format.json:
        typer.echo("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]" if rows else "[]")
        return
    table = Table(title=title, show_lines=True)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in columns))
    out.print(table)


def print_version(value: bool) -> None:
    if value:
        typer.echo(f"kg {metadata.version('kg')}")
        raise typer.Exit()


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log each stage to stderr."),
         quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors on stderr: no progress, no skip lines."),
         version: bool = typer.Option(False, "--version", callback=print_version, is_eager=True,
                                      help="Print kg's version and exit.")) -> None:
    """French news articles -> knowledge graph. Data on stdout; progress, logs and errors on stderr."""
    signal.signal(signal.SIGTERM, stop_on_term)
    level = logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(message)s", force=True)
    settings["quiet"] = quiet


@app.command()
def build(paths: list[Path] = typer.Argument(..., help="Articles: .txt, .html, .jsonl or .csv files, folders of them, or - for standard input"),
          out_dir: Path = typer.Option(Path("output"), "--out", "-o", help="Folder for kg.ttl, kg.graphml, …"),
          jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Parser processes (2 is faster on 2+ cores)"),
          article_timeout: float = typer.Option(30.0, "--article-timeout", min=0,
                                                help="Skip an article whose extraction takes longer (0: no limit)"),
          no_cache: bool = typer.Option(False, "--no-cache", help="Parse every article again (the cache in "
                                                                  "OUT/.kg-cache is rebuilt)"),
          corrections_file: Optional[list[Path]] = typer.Option(None, "--corrections", help="A corrections file "
                                                                "(default: kg-corrections.toml beside the inputs)"),
          scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Parse on this Dask cluster "
                                                                            "(tcp://HOST:8786)"),
          workers: int = typer.Option(0, "--workers", min=0, help="Parse on a local Dask cluster of N workers")) -> None:
    """Build the knowledge graph of the articles under PATHS into OUT (the set it replaces goes to OUT/previous).

    Articles already parsed by the same kg into OUT are taken from its cache: only new and changed ones are
    parsed again."""
    from kg import corrections
    fixes = corrections.load(corrections_file or corrections.find(paths))
    dask = (scheduler, workers) if scheduler or workers else None
    summary, skipped = build_with_progress(paths, out_dir, err, jobs, article_timeout, not no_cache, fixes, dask)
    for item in [] if settings["quiet"] else skipped:
        typer.echo(f"skipped: {item.reason}", err=True)
    typer.echo(" · ".join(f"{k} {v}" for k, v in summary.items()))
    raise typer.Exit(1 if skipped else 0)


def build_with_progress(paths: list[Path], out_dir: Path, console: Console, jobs: int,
                        article_timeout: float, use_cache: bool = True, fixes: list | None = None,
                        dask: tuple | None = None) -> tuple[dict, list]:
    """Run the build with a progress bar on stderr (none when quiet); returns the summary and the skipped inputs."""
    from rich.progress import Progress

    from kg import pipeline
    from kg.cache import Cache
    start = time.perf_counter()
    with Progress(console=console, transient=True, disable=settings["quiet"]) as bar:
        task = bar.add_task("parsing articles", total=None)
        result = pipeline.build(paths, jobs=jobs, article_seconds=article_timeout,
                                cache=Cache(out_dir, fresh=not use_cache), fixes=fixes, dask=dask, release=True,
                                progress=lambda done, total: bar.update(task, completed=done, total=total))
        bar.update(task, description="writing graph")
        if result.unchanged:
            from kg import export
            return {**export.read_summary(out_dir), "unchanged": True}, result.skipped
        summary = pipeline.write_outputs(result, out_dir, seconds=time.perf_counter() - start)
    return summary, result.skipped


STATEMENT_COLUMNS = ["speaker", "text", "kind", "cue", "document", "sentence"]
FormatOpt = typer.Option(Format.table, "--format")


@app.command("who-stated")
def who_stated(text: str, graph: Optional[Path] = GraphOpt, fmt: Format = FormatOpt,
               timeout: float = TimeoutOpt, limit: int = LimitOpt) -> None:
    """Who said words containing TEXT (case, accents and quote marks do not matter), shortest statements first."""
    from kg import query
    rows = query.who_stated(text, graph, limit=limit or None, seconds=timeout)
    show(rows, fmt, STATEMENT_COLUMNS, f"who stated “{text}”")
    if limit and len(rows) == limit:
        log.warning("the first %d statements shown: --limit 0 shows them all", limit)


@app.command()
def statements(name: str, graph: Optional[Path] = GraphOpt, fmt: Format = FormatOpt,
               timeout: float = TimeoutOpt) -> None:
    """Everything the entity called NAME said (any spelling it has in the graph)."""
    from kg import query
    rows = limits.bounded(lambda: query.statements_by(name, graph), seconds=timeout)
    show(rows, fmt, STATEMENT_COLUMNS, f"statements of {name}")


@app.command()
def entity(name: str, graph: Optional[Path] = GraphOpt, fmt: Format = FormatOpt, timeout: float = TimeoutOpt) -> None:
    """Type, labels, relations and mentions of the entity called NAME."""
    from kg import query
    cards = limits.bounded(lambda: query.entity_card(name, graph), seconds=timeout)
    if fmt == Format.json:
        show(cards, fmt, [])
        return
    for card in cards:
        out.print(f"[bold]{card['label']}[/bold] ({card['type']}) {card['iri']}\n  labels: {', '.join(card['labels'])}"
                  f"\n  articles: {', '.join(card['documents'])}\n  statements: {card['statements']}", highlight=False)
        show(card["relations"], fmt, ["subject", "predicate", "object", "source", "sentence"])


@app.command()
def sparql(query_or_file: str, graph: Optional[Path] = GraphOpt,
           fmt: SparqlFormat = typer.Option(SparqlFormat.table, "--format"), timeout: float = TimeoutOpt,
           max_rows: int = typer.Option(200_000, "--max-rows", min=1, help="Refuse answers longer than this"),
           bind: list[str] = typer.Option([], "--bind", help="NAME=VALUE: give ?NAME a value (an IRI when it "
                                                            "starts with http), never pasted into the query")) -> None:
    """Run a read-only SPARQL query (text or .rq file) over the graph; updates and SERVICE are refused."""
    from kg import query
    values = dict(pair.split("=", 1) for pair in bind if "=" in pair)
    if len(values) != len(bind):
        raise InputError("--bind takes NAME=VALUE")
    columns, rows = limits.bounded(lambda: query.sparql(query_or_file, graph, max_rows=max_rows, bind=values),
                                   seconds=timeout)
    if fmt == SparqlFormat.csv:
        import csv
        writer = csv.DictWriter(sys.stdout, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
        return
    show(rows, Format(fmt.value), columns)


@app.command()
def stats(graph: Optional[Path] = GraphOpt, fmt: Format = FormatOpt, timeout: float = TimeoutOpt) -> None:
    """Counts of documents, entities by type, statements, relations and figures."""
    from kg import query
    rows = limits.bounded(lambda: query.stats(graph), seconds=timeout)
    show(rows, fmt, ["what", "count"], "graph statistics")


@app.command()
def validate(graph: Optional[Path] = GraphOpt, timeout: float = TimeoutOpt,
             sample: int = typer.Option(0, "--sample", min=0, help="Check only this many nodes of each class")) -> None:
    """Check the graph against the SHACL shapes shipped with kg (all of it, or a sample of each class)."""
    from kg import shapes
    conforms, report = limits.bounded(lambda: shapes.validate(graph, sample=sample), seconds=timeout,
                                      what="validation")
    scope = f" (a sample of up to {sample} nodes of each class, not the whole graph)" if sample else ""
    typer.echo(f"conforms{scope}" if conforms else report + scope)
    raise typer.Exit(0 if conforms else 1)


@app.command()
def analyze(graph: Optional[Path] = GraphOpt, fmt: Format = FormatOpt, timeout: float = TimeoutOpt,
            top: int = typer.Option(15, help="How many entities to list")) -> None:
    """Network metrics (degree, betweenness, PageRank, communities); rewrites analysis.json, report.md, network.png
    as kg build wrote them."""
    from kg import network
    metrics = limits.bounded(lambda: network.analyze_graph(graph), seconds=timeout, what="the analysis")
    rows = sorted(metrics["nodes"].values(), key=lambda n: -n["pagerank"])[:top]
    show(rows, fmt, ["label", "type", "pagerank", "degree", "betweenness", "community"], "most central entities")


class ExportFormat(str, Enum):
    csv = "csv"
    xlsx = "xlsx"
    jsonld = "jsonld"
    nt = "nt"
    gexf = "gexf"


@app.command("export")
def export_command(fmt: ExportFormat = typer.Option(..., "--format", help="csv (a folder of tables), xlsx, jsonld, nt or gexf"),
                   graph: Optional[Path] = GraphOpt,
                   out: Optional[Path] = typer.Option(None, "--out", "-o", help="Where to write (default: beside the graph)"),
                   timeout: float = TimeoutOpt) -> None:
    """Export the graph for other tools: statements, relations, figures and entities as CSV or Excel, the whole
    graph as JSON-LD or N-Triples, the entity network as GEXF."""
    from kg import tables
    written = limits.bounded(lambda: tables.export_graph(fmt.value, graph, out), seconds=timeout, what="the export")
    typer.echo(tables.summary(written))


LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(graph: Optional[Path] = GraphOpt, host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on"),
          port: int = typer.Option(7878, "--port"),
          timeout: float = typer.Option(10.0, "--timeout", min=0.1, help="Stop a query after this many seconds"),
          max_rows: int = typer.Option(10_000, "--max-rows", min=1, help="Refuse answers longer than this")) -> None:
    """Serve the graph: a read-only SPARQL endpoint (/sparql), a JSON API (/api/…) and pages in French (/)."""
    import uvicorn

    from kg import query, serve as server
    path = query.graph_path(graph)
    query.store(path)  # an unreadable graph fails here, not at the first request
    reach = "only this machine can reach it" if host in LOCAL_HOSTS else "other machines can reach it"
    typer.echo(f"kg serve: http://{host}:{port}/ and http://{host}:{port}/sparql ({reach}; read-only) — "
               "Ctrl-C to stop", err=True)
    uvicorn.run(server.create_app(path, timeout=timeout, max_rows=max_rows), host=host, port=port,
                log_level="warning")


@app.command()
def path(source: str, target: str, graph: Optional[Path] = GraphOpt, fmt: Format = FormatOpt,
         timeout: float = TimeoutOpt) -> None:
    """How SOURCE and TARGET connect: each hop with the facts behind it."""
    from kg import network
    hops = limits.bounded(lambda: network.find_path(source, target, graph), seconds=timeout, what="the path search")
    show(hops, fmt, ["from", "predicate", "to", "articles", "evidence"], f"{source} → {target}")
