"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint, a small JSON API and French evidence pages over one
graph, on Starlette (served by uvicorn).

Every SPARQL query runs in a forked child under the time limit (kg.limits.bounded), from a worker thread, so a
long query is stopped with an error while the server goes on answering others."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg import limits, query
from kg.errors import KgError, NoMatchError, QueryError, QueryTimeoutError
from kg.names import fold

SOLUTION_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                  "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                  "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "text/plain": ox.RdfFormat.N_TRIPLES}
ENTITY = "https://w3id.org/kg-fr/id/entity/"
DOC = "https://w3id.org/kg-fr/id/doc/"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def accepted(header: str | None, offered: Iterable[str]) -> str:
    """The first media type of the Accept header (by q, then order) that is offered, else the first offered."""
    offered = list(offered)
    ranked = []
    for i, part in enumerate((header or "").split(",")):
        media, _, params = part.strip().partition(";")
        q = next((float(p.split("=")[1]) for p in params.split(";") if p.strip().startswith("q=")), 1.0)
        ranked.append((-q, i, media.strip().lower()))
    for _, _, media in sorted(ranked):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            break
    return offered[0]


def first(rows: Iterable, limit: int) -> list:
    """At most limit rows; QueryError when there are more."""
    out = []
    for row in rows:
        if len(out) == limit:
            raise QueryError(f"more than {limit:,} results: add a LIMIT to the query (or start kg serve with a "
                             "higher --max-rows)")
        out.append(row)
    return out


def term_json(term) -> dict:
    """A term as SPARQL 1.1 Query Results JSON."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def term_xml(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    attr = f" xml:lang={quoteattr(term.language)}" if term.language else (
        f" datatype={quoteattr(term.datatype.value)}" if term.datatype.value != XSD_STRING else "")
    return f"<literal{attr}>{escape(term.value)}</literal>"


def json_solutions(names: list[str], rows: list) -> bytes:
    bindings = [{n: term_json(r[n]) for n in names if r[n] is not None} for r in rows]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()


def xml_solutions(names: list[str], rows: list) -> bytes:
    head = "".join(f"<variable name={quoteattr(n)}/>" for n in names)
    body = "".join("<result>" + "".join(f"<binding name={quoteattr(n)}>{term_xml(r[n])}</binding>"
                                       for n in names if r[n] is not None) + "</result>" for r in rows)
    return (f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>{head}</head>'
            f"<results>{body}</results></sparql>").encode()


def csv_solutions(names: list[str], rows: list) -> bytes:
    """CSV results: plain values (IRIs and literals' lexical forms)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows([("" if r[n] is None else r[n].value) for n in names] for r in rows)
    return out.getvalue().encode()


def tsv_solutions(names: list[str], rows: list) -> bytes:
    """TSV results: terms written as in N-Triples."""
    lines = ["\t".join(f"?{n}" for n in names)]
    lines += ["\t".join("" if r[n] is None else str(r[n]) for n in names) for r in rows]
    return ("\n".join(lines) + "\n").encode()


SOLUTION_WRITERS = {"json": json_solutions, "xml": xml_solutions, "csv": csv_solutions, "tsv": tsv_solutions}


def solutions(names: list[str], rows: list, kind: str) -> bytes:
    """SELECT results in one of the SPARQL 1.1 result formats (json, xml, csv, tsv)."""
    return SOLUTION_WRITERS[kind](names, rows)


def boolean(value: bool, kind: str) -> bytes:
    """ASK results in one of the SPARQL 1.1 result formats."""
    if kind == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if kind == "xml":
        return (f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{str(value).lower()}</boolean></sparql>").encode()
    return f"_askResult\n{str(value).lower()}\n".encode()


def answer(text: str, graph: Path, accept: str | None, max_rows: int) -> tuple[bytes, str]:
    """Run a read-only query and serialise its results as the client asked: (body, media type)."""
    query.refuse(text)
    try:
        result = query.store(graph).query(text)
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {str(err).splitlines()[0][:200]}") from err
    if isinstance(result, ox.QueryTriples):
        media = accepted(accept, GRAPH_TYPES)
        triples = first(result, max_rows)
        return ox.serialize(triples, format=GRAPH_TYPES[media]), media
    media = accepted(accept, SOLUTION_TYPES)
    if isinstance(result, (bool, ox.QueryBoolean)):
        return boolean(bool(result), SOLUTION_TYPES[media]), media
    names = [v.value for v in result.variables]
    return solutions(names, first(result, max_rows), SOLUTION_TYPES[media]), media


async def query_of(request: Request) -> str:
    """The query of a SPARQL Protocol request: GET ?query=, POST form query=, or POST application/sparql-query."""
    if request.method == "GET":
        return request.query_params.get("query", "")
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/sparql-query":
        return (await request.body()).decode("utf-8", "replace")
    if kind == "application/sparql-update" or "update" in (await request.form()):
        raise QueryError("updates are refused: this endpoint is read-only")
    return str((await request.form()).get("query", ""))


def status_of(err: KgError) -> int:
    """The HTTP status of a kg error: 404 when nothing matches, 503 past the time limit, else 400."""
    if isinstance(err, NoMatchError):
        return 404
    return 503 if isinstance(err, QueryTimeoutError) else 400


class Server:
    """The endpoint, API and pages over one graph, with its limits."""

    def __init__(self, graph: Path, *, timeout: float = 10.0, max_rows: int = 10_000):
        self.graph, self.timeout, self.max_rows = graph, timeout, max_rows
        self.folder = graph.parent

    async def bounded(self, call: Callable):
        """call() in a forked child under the time limit, from a worker thread (the server goes on)."""
        return await run_in_threadpool(limits.bounded, call, seconds=self.timeout)

    async def sparql(self, request: Request) -> Response:
        try:
            text = await query_of(request)
            if not text.strip():
                raise QueryError("give a query: ?query=… (GET), a query= form field or an application/sparql-query body")
            accept = request.headers.get("accept")
            body, media = await self.bounded(lambda: answer(text, self.graph, accept, self.max_rows))
        except QueryTimeoutError as err:
            return PlainTextResponse(str(err), status_code=503)
        except QueryError as err:
            return PlainTextResponse(str(err), status_code=400)
        return Response(body, media_type=media)

    async def api(self, call: Callable) -> Response:
        """A JSON answer of a kg.query function: 404 when nothing matches, 400 for a bad request."""
        try:
            return JSONResponse(await self.bounded(call))
        except KgError as err:
            return JSONResponse({"error": str(err)}, status_code=status_of(err))

    async def api_who_stated(self, request: Request) -> Response:
        return await self.api(lambda: query.who_stated(request.query_params.get("q", ""), self.graph))

    async def api_statements(self, request: Request) -> Response:
        return await self.api(lambda: query.statements_by(request.query_params.get("speaker", ""), self.graph))

    async def api_entity(self, request: Request) -> Response:
        return await self.api(lambda: entity_page(ENTITY + request.path_params["id"], self.graph))

    def routes(self) -> list[Route]:
        from kg import pages
        view = pages.Pages(self)
        return [Route("/sparql", self.sparql, methods=["GET", "POST"]),
                Route("/api/who-stated", self.api_who_stated), Route("/api/statements", self.api_statements),
                Route("/api/entity/{id:path}", self.api_entity),
                Route("/", view.home), Route("/recherche", view.search), Route("/entite/{id:path}", view.entity),
                Route("/article/{key}", view.article), Route("/reseau", view.network),
                Route("/reseau.png", self.picture)]

    async def picture(self, request: Request) -> Response:
        path = self.folder / "network.png"
        return FileResponse(path) if path.is_file() else PlainTextResponse("pas d'image du réseau", 404)


def rows(name: str, graph: Path, **bind: str) -> list[dict]:
    """The rows of a shipped query with values bound."""
    return query.sparql(query.query_text(name), graph, bind=bind)[1]


def entity_page(iri: str, graph: Path) -> dict:
    """Everything about one entity: labels, type, Wikidata id, relations with evidence, what it said, what was
    said about it, the figures it put forward."""
    found = rows("entity", graph, entity=iri)
    if not found:
        raise NoMatchError(f"no entity {iri}")
    card = query.card_of({"iri": iri, "label": found[0]["label"], "type": query.local(found[0]["type"])}, graph)
    card.update(prefLabel=found[0].get("prefLabel"), wikidata=found[0].get("qid"),
                said=query.statements_by_iri(iri, graph), about=rows("about", graph, entity=iri),
                figures=rows("claimed", graph, entity=iri))
    return card


@lru_cache(maxsize=8)
def articles(path: Path, stamp: float) -> dict[str, dict]:
    """The articles of a build (articles.jsonl) by key; stamp (the file's mtime) renews the cache."""
    out = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                out[record["key"]] = record
    return out


def find_folded(text: str, needle: str) -> tuple[int, int] | None:
    """Where needle occurs in text, case, accents and apostrophes folded (offsets in text)."""
    folded, starts = [], []
    for i, ch in enumerate(text):
        for c in fold(ch) or " ":
            folded.append(c)
            starts.append(i)
    at = "".join(folded).find(fold(needle))
    if at < 0 or not needle.strip():
        return None
    end = at + len(fold(needle)) - 1
    return starts[at], starts[end] + 1


def create_app(graph: Path, *, timeout: float = 10.0, max_rows: int = 10_000) -> Starlette:
    """The ASGI application serving graph (a kg.ttl with its store, as kg build writes them)."""
    return Starlette(routes=Server(graph, timeout=timeout, max_rows=max_rows).routes())
