"""Query a built graph: SPARQL through pyoxigraph, and the who-said-what questions users ask most."""
from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg import limits, outputs
from kg.errors import GraphNotFoundError, InputError, NoMatchError, QueryError
from kg.names import fold

if TYPE_CHECKING:
    from rdflib import Graph

DEFAULT_GRAPH = "output"
log = logging.getLogger("kg")
MAX_ROWS = 200_000


def graph_path(path: str | Path | None = None) -> Path:
    """The Turtle file to query: the given path (a file or a folder holding kg.ttl), $KG_GRAPH, or output/."""
    path = Path(path or os.environ.get("KG_GRAPH") or DEFAULT_GRAPH)
    path = path / "kg.ttl" if path.is_dir() else path
    if path.parent.is_dir():
        outputs.settle(path.parent)
    if not path.is_file():
        raise GraphNotFoundError(f"no graph at {path}: run `kg build` first or pass --graph")
    return path


@lru_cache(maxsize=4)
def store(path: Path) -> ox.Store:
    """The build's persistent store beside the Turtle file at path, opened read-only, when it was made from
    that very file; else an in-memory store loaded with the Turtle file."""
    persistent = persistent_store(path)
    if persistent is not None:
        return persistent
    st = ox.Store()
    start = time.perf_counter()
    try:
        st.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, OSError, ValueError) as err:
        raise not_a_graph(path, err) from err
    if not len(st):
        raise not_a_graph(path, None)
    log.info("loaded %s: %d triples in %.2f s", path, len(st), time.perf_counter() - start)
    return st


def built_together(path: Path) -> bool:
    """Whether the store and the other outputs beside the Turtle file at path come from the build that wrote it
    (the stamp kg build wrote matches the file)."""
    try:
        stamp = json.loads((path.parent / outputs.STAMP).read_text(encoding="utf-8"))
        return (path.parent / outputs.STORE).is_dir() and stamp == outputs.turtle_stamp(path)
    except (OSError, ValueError):
        return False


def persistent_store(path: Path) -> ox.Store | None:
    """The read-only store kg build wrote next to path, if its stamp matches path (kg.export.write_graph)."""
    folder = path.parent / outputs.STORE
    try:
        if not built_together(path):
            return None
        st = ox.Store.read_only(str(folder))
    except (OSError, ValueError) as err:
        log.info("%s: not used (%s); reading %s", folder, err, path.name)
        return None
    log.info("opened the store %s", folder)
    return st


def read_graph(path: Path) -> Graph:
    """The graph at path as an rdflib Graph, for the commands that need one (validate, analyze, path)."""
    from rdflib import Graph
    try:
        g = Graph().parse(path, format="turtle")
    except Exception as err:  # noqa: BLE001 - rdflib raises many kinds (BadSyntax, UnicodeDecodeError, …)
        raise not_a_graph(path, err) from err
    if not len(g):
        raise not_a_graph(path, None)
    return g


def not_a_graph(path: Path, err: Exception | None) -> GraphNotFoundError:
    """The one message every command gives for a file that is not a graph it can read."""
    if err is None:
        return GraphNotFoundError(f"{path} is not a kg graph: it holds no triples (rebuild it with kg build)")
    text = " ".join(str(err).split())
    line = re.search(r"line:? ?(\d+)", text, re.I)
    where = f" at line {line.group(1)}" if line else ""
    kind = "it is not UTF-8 text" if isinstance(err, UnicodeDecodeError) else text[:160]
    return GraphNotFoundError(f"{path} is not a kg graph: cannot parse it{where} ({kind}); rebuild it with kg build")


def query_text(name: str) -> str:
    """The text of a shipped query kg/queries/NAME.rq."""
    return resources.files("kg.queries").joinpath(f"{name}.rq").read_text(encoding="utf-8")


def plain(term: object) -> object:
    """A SPARQL result term as a Python scalar."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return getattr(term, "value", str(term))


def read_query(text: str) -> str:
    """The query itself: text, or the contents of the .rq file it names."""
    looks_like_file = "\n" not in text and text.strip().lower().endswith((".rq", ".sparql"))
    if len(text) < 1000 and is_file(text):
        try:
            return Path(text).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"{text}: cannot read the query ({err})") from err
    if looks_like_file:
        raise InputError(f"{text}: no such query file")
    return text


def is_file(name: str) -> bool:
    """Whether name is a file (False, not an error, for names the OS refuses, such as over-long ones)."""
    try:
        return Path(name).is_file()
    except (OSError, ValueError):
        return False


TERMS = re.compile(r"""<[^<>"{}|^`\\\s]*>|"{3}.*?"{3}|'{3}.*?'{3}|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*""", re.S)
ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", re.I)


def refuse(text: str) -> None:
    """Raise QueryError for what a graph query must never do: change the graph, or reach the network."""
    bare = TERMS.sub(" ", ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text))
    if re.search(r"\bSERVICE\b", bare, re.I):
        raise QueryError("SERVICE is refused: a kg query never reaches the network")
    verb = UPDATE.search(re.sub(r"\b(PREFIX\s+[^\s:]*:|BASE)\s*", " ", bare))
    if verb and not re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", bare[:verb.start()], re.I):
        raise QueryError(f"{verb.group(1).upper()} is refused: kg queries are read-only (rebuild with kg build)")


def sparql(text: str, graph: str | Path | None = None, *, max_rows: int = MAX_ROWS,
           bind: dict[str, str] | None = None) -> tuple[list[str], list[dict]]:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query (text or a path to a .rq file); (columns, plain rows).

    bind gives variables their values (an IRI when it starts with http:// or https://, else a string) without
    writing them into the query's text. Updates and SERVICE are refused before the query runs; more than
    max_rows rows is an error."""
    text = read_query(text)
    refuse(text)
    try:
        result = store(graph_path(graph)).query(text, substitutions=substitutions(bind or {}))
    except SyntaxError as err:
        raise QueryError(f"SPARQL syntax error: {str(err).splitlines()[0][:160]}") from err
    except RuntimeError as err:  # a bound variable the query does not select
        raise QueryError(f"cannot bind it: {str(err).splitlines()[0][:160]}") from err
    if isinstance(result, bool) or isinstance(result, ox.QueryBoolean):
        return ["ask"], [{"ask": bool(result)}]
    if isinstance(result, ox.QueryTriples):
        columns = ["subject", "predicate", "object"]
        return columns, capped(({"subject": plain(t.subject), "predicate": plain(t.predicate),
                                 "object": plain(t.object)} for t in result), max_rows)
    columns = [v.value for v in result.variables]
    return columns, capped(({c: plain(row[c]) for c in columns} for row in result), max_rows)


def substitutions(bind: dict[str, str]) -> dict:
    """pyoxigraph values for variables: IRIs for http(s) addresses, else plain strings."""
    return {ox.Variable(name): ox.NamedNode(value) if re.match(r"https?://\S+$", value) else ox.Literal(value)
            for name, value in bind.items()}


def capped(rows: Iterable[dict], max_rows: int) -> list[dict]:
    """The rows, or QueryError when there are more than max_rows."""
    out = list(islice(rows, max_rows + 1))
    if len(out) > max_rows:
        raise QueryError(f"the query gives more than {max_rows:,} rows: add a LIMIT (or raise --max-rows)")
    return out


def statement_rows(rows: list[dict]) -> list[dict]:
    """Statement query rows in the shape the CLI prints: one per statement node."""
    seen, out = set(), []
    for r in rows:
        if r["statement"] in seen:
            continue
        seen.add(r["statement"])
        out.append({"speaker": r["speakerLabel"], "speaker_iri": r["speaker"], "text": r["text"], "kind": r["kind"],
                    "cue": r.get("cue"), "document": r["document"], "sentence": r["sentence"],
                    "start": r["start"], "end": r["end"], "reported_by": r.get("reportedByLabel"),
                    "polarity": r.get("polarity"), "strategy": r.get("rule"), "confidence": r.get("confidence"),
                    "statement_iri": r["statement"], "document_iri": r.get("doc"), "date": r.get("date"),
                    "published": r.get("published")})
    return out


def who_stated(needle: str, graph: str | Path | None = None, *, limit: int | None = None,
               seconds: float | None = None) -> list[dict]:
    """Statements whose words contain needle (case, accents, apostrophes, quote marks folded), best first
    (the shortest words first); at most limit of them. Past seconds (None: no limit), QueryTimeoutError."""
    wanted = fold(needle)
    if not wanted:
        raise NoMatchError("give some words to look for")
    path = graph_path(graph)
    from kg import search
    if search.available(path):
        return search.find(path, wanted, limit=limit, seconds=seconds)
    return limits.bounded(lambda: searched(wanted, path, limit), seconds=seconds)


def searched(wanted: str, path: Path, limit: int | None) -> list[dict]:
    """who_stated without the search index: every statement of the graph, its words folded and compared."""
    hits = [r for r in statement_rows(sparql(query_text("who_stated"), path)[1]) if wanted in fold(r["text"])]
    return sorted(hits, key=lambda r: (len(fold(r["text"])), r["document"], r["start"]))[:limit]


def find_entities(name: str, graph: str | Path | None = None) -> list[dict]:
    """Entities one of whose labels matches name (same fold or transliteration key); failing that, the
    entities one of whose labels holds every word of name ('Koo' finds 'Koo Byoungsam')."""
    from kg.names import key
    _, rows = sparql(query_text("entities"), graph)
    wanted, wanted_key = fold(name), key(name)
    exact: dict[str, dict] = {}
    partial: dict[str, dict] = {}
    for r in rows:
        entry = {"iri": r["entity"], "label": r["label"], "type": local(r["type"])}
        if fold(r["name"]) == wanted or key(r["name"]) == wanted_key:
            exact.setdefault(r["entity"], entry)
        elif wanted_key and set(wanted_key.split()) <= set(key(r["name"]).split()):
            partial.setdefault(r["entity"], entry)
    found = exact or partial
    if not found:
        raise NoMatchError(f"no entity is called {name!r}")
    return sorted(found.values(), key=lambda e: e["label"])


def local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def statements_by(name: str, graph: str | Path | None = None) -> list[dict]:
    """Everything the entity (or entities) called name said."""
    return [row for entity in find_entities(name, graph) for row in statements_by_iri(entity["iri"], graph)]


LABELS = """SELECT DISTINCT ?entity ?l WHERE {
  ?entity <http://www.w3.org/2004/02/skos/core#altLabel>|<http://www.w3.org/2000/01/rdf-schema#label>|
          <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"""
MENTIONED_IN = """SELECT DISTINCT ?entity ?f WHERE {
  ?entity <https://w3id.org/kg-fr/ontology#mentionedIn>/<https://w3id.org/kg-fr/ontology#fileName> ?f } ORDER BY ?f"""


def entity_card(name: str, graph: str | Path | None = None) -> list[dict]:
    """Type, labels, relations (with sources) and mentions of the entities called name."""
    return [card_of(entity, graph) for entity in find_entities(name, graph)]


def card_of(entity: dict, graph: str | Path | None = None) -> dict:
    """An entity ({iri, label, type}) with its labels, articles, relations with their evidence, and how many
    statements it made."""
    iri = entity["iri"]
    _, labels = sparql(LABELS, graph, bind={"entity": iri})
    _, docs = sparql(MENTIONED_IN, graph, bind={"entity": iri})
    _, rels = sparql(query_text("relations"), graph, bind={"entity": iri})
    return {**entity, "labels": sorted({r["l"] for r in labels}), "documents": [r["f"] for r in docs],
            "relations": [{"subject": r["subjectLabel"], "predicate": local(r["predicate"]),
                           "object": r["objectLabel"], "source": r["source"], "rule": r["rule"],
                           "confidence": r["confidence"], "sentence": r["sentence"]} for r in rels],
            "statements": len(statements_by_iri(iri, graph))}


def statements_by_iri(iri: str, graph: str | Path | None = None) -> list[dict]:
    """Everything the entity with this IRI said."""
    return statement_rows(sparql(query_text("statements_by"), graph, bind={"entity": iri})[1])


def stats(graph: str | Path | None = None) -> list[dict]:
    """Counts of documents, entities by type, statements, assertions and figures."""
    text = """PREFIX kg: <https://w3id.org/kg-fr/ontology#>
    SELECT ?what (COUNT(DISTINCT ?x) AS ?count) WHERE {
      VALUES ?cls { kg:Document kg:Person kg:State kg:MilitaryUnit kg:Organization kg:Treaty kg:Place
                    kg:UnnamedAgent kg:Statement kg:RelationAssertion kg:Figure }
      ?x a ?cls . BIND(STRAFTER(STR(?cls), "#") AS ?what) } GROUP BY ?what ORDER BY ?what"""
    _, rows = sparql(text, graph)
    _, triples = sparql("SELECT (COUNT(*) AS ?count) WHERE { ?s ?p ?o }", graph)
    return rows + [{"what": "triples", "count": triples[0]["count"]}]
