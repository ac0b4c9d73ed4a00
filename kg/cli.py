"""Command line: build the graph from articles and ask it who said what."""
from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from kg.errors import KgError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, help="French news articles -> knowledge graph.")
out = Console()
err = Console(stderr=True)
GraphOpt = typer.Option(None, "--graph", "-g", help="kg.ttl or its folder (default: $KG_GRAPH, else output/)")


class Format(str, Enum):
    table = "table"
    json = "json"


class SparqlFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def fail(error: KgError) -> None:
    """One line on stderr, and the error's exit code."""
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(error.exit_code)


def show(rows: list[dict], fmt: Format, columns: list[str], title: str | None = None) -> None:
    """Print rows as JSON or as a table of the given columns."""
    if fmt == Format.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = Table(title=title, show_lines=True)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in columns))
    out.print(table)


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log details to stderr.")) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(message)s")


@app.command()
def build(paths: list[Path] = typer.Argument(..., help="Article files or folders of .txt files"),
          out_dir: Path = typer.Option(Path("output"), "--out", "-o", help="Folder for kg.ttl, kg.graphml, …"),
          jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Parser processes (2 is faster on 2+ cores)")) -> None:
    """Build the knowledge graph of the articles under PATHS into OUT."""
    try:
        summary, skipped = build_with_progress(paths, out_dir, err, jobs)
    except KgError as error:
        fail(error)
    for item in skipped:
        typer.echo(f"skipped: {item.reason}", err=True)
    typer.echo(" · ".join(f"{k} {v}" for k, v in summary.items()))
    raise typer.Exit(1 if skipped else 0)


def build_with_progress(paths: list[Path], out_dir: Path, console: Console, jobs: int) -> tuple[dict, list]:
    """Run the build with a progress bar on stderr; returns the summary and the skipped inputs."""
    from rich.progress import Progress

    from kg import pipeline
    start = time.perf_counter()
    with Progress(console=console, transient=True) as bar:
        task = bar.add_task("parsing articles", total=None)
        result = pipeline.build(paths, jobs=jobs,
                                progress=lambda done, total: bar.update(task, completed=done, total=total))
        bar.update(task, description="writing graph")
        summary = pipeline.write_outputs(result, out_dir, seconds=time.perf_counter() - start)
    return summary, result.skipped


STATEMENT_COLUMNS = ["speaker", "text", "kind", "cue", "document", "sentence"]


def show_statements(find: Callable[[], list[dict]], fmt: Format, title: str) -> None:
    """Run a statement query and print its rows, or fail with its error."""
    try:
        rows = find()
    except KgError as error:
        fail(error)
    show(rows, fmt, STATEMENT_COLUMNS, title)


@app.command("who-stated")
def who_stated(text: str, graph: Optional[Path] = GraphOpt, fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """Who said words containing TEXT (case, accents and quote marks do not matter)."""
    from kg import query
    show_statements(lambda: query.who_stated(text, graph), fmt, f"who stated “{text}”")


@app.command()
def statements(name: str, graph: Optional[Path] = GraphOpt, fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """Everything the entity called NAME said (any spelling it has in the graph)."""
    from kg import query
    show_statements(lambda: query.statements_by(name, graph), fmt, f"statements of {name}")


@app.command()
def entity(name: str, graph: Optional[Path] = GraphOpt, fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """Type, labels, relations and mentions of the entity called NAME."""
    from kg import query
    try:
        cards = query.entity_card(name, graph)
    except KgError as error:
        fail(error)
    if fmt == Format.json:
        show(cards, fmt, [])
        return
    for card in cards:
        out.print(f"[bold]{card['label']}[/bold] ({card['type']}) {card['iri']}\n  labels: {', '.join(card['labels'])}"
                  f"\n  articles: {', '.join(card['documents'])}\n  statements: {card['statements']}", highlight=False)
        show(card["relations"], fmt, ["subject", "predicate", "object", "source", "sentence"])


@app.command()
def sparql(query_or_file: str, graph: Optional[Path] = GraphOpt,
           fmt: SparqlFormat = typer.Option(SparqlFormat.table, "--format")) -> None:
    """Run a SPARQL query (text or .rq file) over the graph with pyoxigraph."""
    from kg import query
    try:
        columns, rows = query.sparql(query_or_file, graph)
    except KgError as error:
        fail(error)
    if fmt == SparqlFormat.csv:
        import csv
        writer = csv.DictWriter(sys.stdout, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
        return
    show(rows, Format(fmt.value), columns)


@app.command()
def stats(graph: Optional[Path] = GraphOpt, fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """Counts of documents, entities by type, statements, relations and figures."""
    from kg import query
    try:
        rows = query.stats(graph)
    except KgError as error:
        fail(error)
    show(rows, fmt, ["what", "count"], "graph statistics")


@app.command()
def validate(graph: Optional[Path] = GraphOpt) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl)."""
    from kg import shapes
    try:
        conforms, report = shapes.validate(graph)
    except KgError as error:
        fail(error)
    typer.echo("conforms" if conforms else report)
    raise typer.Exit(0 if conforms else 1)


@app.command()
def analyze(graph: Optional[Path] = GraphOpt, fmt: Format = typer.Option(Format.table, "--format"),
            top: int = typer.Option(15, help="How many entities to list")) -> None:
    """Network metrics (degree, betweenness, PageRank, communities); writes analysis.json, report.md, network.png."""
    from kg import network
    try:
        metrics = network.analyze_graph(graph)
    except KgError as error:
        fail(error)
    rows = sorted(metrics["nodes"].values(), key=lambda n: -n["pagerank"])[:top]
    show(rows, fmt, ["label", "type", "pagerank", "degree", "betweenness", "community"], "most central entities")


@app.command()
def path(source: str, target: str, graph: Optional[Path] = GraphOpt,
         fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """How SOURCE and TARGET connect: each hop with the facts behind it."""
    from kg import network
    try:
        hops = network.find_path(source, target, graph)
    except KgError as error:
        fail(error)
    show(hops, fmt, ["from", "predicate", "to", "articles", "evidence"], f"{source} → {target}")
