"""The evidence pages of `kg serve`, in French, rendered on the server (no JavaScript): search, entity,
article and network."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from kg import query
from kg.model import blanked
from kg.errors import KgError, NoMatchError

TEMPLATES = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]))
SEARCH_LIMIT = 200  # statements a search page lists, best first


def colour(key: str) -> str:
    """A light background colour that stays the same for one speaker."""
    hue = int(hashlib.sha1(key.encode()).hexdigest()[:4], 16) % 360
    return f"hsl({hue}, 75%, 85%)"


def entity_href(iri: str) -> str:
    return "/entite/" + iri.rsplit("/entity/", 1)[-1]


def marked(sentence: str, needle: str) -> dict:
    """A sentence cut around the words searched for: {before, match, after}."""
    from kg.serve import find_folded
    where = find_folded(sentence, needle)
    if where is None:
        return {"before": sentence, "match": "", "after": ""}
    return {"before": sentence[:where[0]], "match": sentence[where[0]:where[1]], "after": sentence[where[1]:]}


def linked(text: str, names: dict[str, str]) -> list[dict]:
    """text cut into pieces, the names of entities ({name: href}, longest first) made links."""
    if not names:
        return [{"text": text}]
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in sorted(names, key=len, reverse=True)))
    pieces, pos = [], 0
    for m in pattern.finditer(text):
        pieces += [{"text": text[pos:m.start()]}, {"text": m.group(), "href": names[m.group()]}]
        pos = m.end()
    return pieces + [{"text": text[pos:]}]


def body(text: str, statements: list[dict], names: dict[str, str]) -> list[dict]:
    """The article text cut into segments: plain ones, and statements coloured by speaker (overlaps dropped)."""
    segments, pos = [], 0
    for st in sorted(statements, key=lambda s: int(s["start"])):
        start, end = int(st["start"]), int(st["end"])
        if start < pos:
            continue
        segments.append({"pieces": linked(text[pos:start], names)})
        segments.append({"pieces": linked(text[start:end], names), "speaker": st["speakerLabel"],
                         "href": entity_href(st["speaker"]), "cue": st.get("cue") or "",
                         "colour": colour(st["speaker"])})
        pos = end
    return segments + [{"pieces": linked(text[pos:], names)}]


class Pages:
    """The HTML pages over a Server's graph."""

    def __init__(self, server):
        self.server = server

    def render(self, name: str, status: int = 200, **values) -> HTMLResponse:
        return HTMLResponse(TEMPLATES.get_template(name).render(**values), status_code=status)

    async def run(self, call, name: str, **values) -> Response:
        """Render template name with what call() returns as `data`; a clear page when it fails."""
        from kg.serve import status_of
        try:
            data = await self.server.bounded(call)
        except KgError as err:
            return self.render("error.html", status_of(err), message=str(err))
        return self.render(name, data=data, **values)

    async def home(self, request: Request) -> Response:
        return await self.run(lambda: query.stats(self.server.graph), "home.html")

    async def search(self, request: Request) -> Response:
        needle = request.query_params.get("q", "").strip()
        if not needle:
            return self.render("search.html", data=[], q="")

        def hits() -> list[dict]:
            found = query.who_stated(needle, self.server.graph, limit=SEARCH_LIMIT)
            return [{**h, "marked": marked(h["sentence"], needle), "href": entity_href(h["speaker_iri"]),
                     "key": (h.get("document_iri") or "").rsplit("/doc/", 1)[-1]} for h in found]
        return await self.run(hits, "search.html", q=needle, limit=SEARCH_LIMIT)

    async def entity(self, request: Request) -> Response:
        from kg.serve import ENTITY, entity_page
        iri = ENTITY + request.path_params["id"]
        return await self.run(lambda: entity_page(iri, self.server.graph), "entity.html", href=entity_href)

    async def article(self, request: Request) -> Response:
        key = request.path_params["key"]
        return await self.run(lambda: article_page(self.server.graph, key), "article.html")

    async def network(self, request: Request) -> Response:
        path = self.server.folder / "analysis.json"
        data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        return self.render("network.html", data=top_nodes(data), picture=(self.server.folder / "network.png").is_file())


def top_nodes(analysis: dict, n: int = 30) -> list[dict]:
    """The n entities of highest PageRank in a build's analysis.json."""
    nodes = analysis.get("nodes", {})
    ranked = sorted(nodes.items(), key=lambda kv: -kv[1].get("pagerank", 0))[:n]
    return [{"iri": iri, "label": m.get("label", iri), "type": m.get("type", ""), "pagerank": m.get("pagerank", 0),
             "href": entity_href(iri)} for iri, m in ranked]


def article_page(graph: Path, key: str) -> dict:
    """One article with its statements highlighted, its entities linked and its furniture listed."""
    from kg.serve import DOC, articles, rows
    path = graph.parent / "articles.jsonl"
    record = articles(path, path.stat().st_mtime).get(key) if path.is_file() else None
    if record is None:
        raise NoMatchError(f"no article {key} in this build")
    statements = rows("document", graph, doc=DOC + key)
    names = {r["name"]: entity_href(r["entity"]) for r in rows("mentioned", graph, doc=DOC + key)
             if len(r["name"]) > 2}
    furniture = [{"reason": r, "text": record["text"][s:e].strip()} for s, e, r in record["furniture"]]
    text = blanked(record["text"], [(s, e) for s, e, _ in record["furniture"]])
    return {**record, "segments": body(text, statements, names), "furniture": furniture,
            "statements": len(statements)}
