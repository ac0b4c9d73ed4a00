"""The search index kg build writes beside the graph (kg.search.sqlite): every statement's words, folded, in
an SQLite FTS5 trigram table, with the row `kg who-stated` prints, so a search reads only what matches. Rows
are stored best first (shortest words, then article and offset): a search with a limit stops at the limit.

The words searched for are a bound parameter of the SQL query, never part of its text."""
from __future__ import annotations

import json
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pyoxigraph as ox

from kg import outputs
from kg.errors import QueryTimeoutError
from kg.model import Document, Entity, KnowledgeGraph, Statement
from kg.names import fold

INDEX = "kg.search.sqlite"
SCHEMA = 2  # PRAGMA user_version of the index's layout: an index of another layout is not used
STEPS = 10_000  # SQLite instructions between two looks at the clock of a search with a time limit


def write_index(folder: Path, rows: list[dict]) -> Path:
    """Index who-stated rows (those of statement_rows, or of the who_stated query) into folder/kg.search.sqlite,
    best first: shortest words, then article and offset (a stable sort: rows given in article and offset order)."""
    entries = sorted(((fold(r["text"]), r) for r in rows), key=lambda e: (len(e[0]), e[1]["document"], e[1]["start"]))
    path = folder / INDEX
    with closing(sqlite3.connect(path)) as db, db:
        db.execute(f"PRAGMA user_version = {SCHEMA}")
        db.execute("PRAGMA journal_mode = OFF")  # a new file in the build's stage: a failed build throws it away
        db.execute("PRAGMA synchronous = OFF")  # as the other outputs, written without fsync before the swap
        db.execute("CREATE VIRTUAL TABLE statements USING fts5(folded, row UNINDEXED, tokenize='trigram')")
        db.executemany("INSERT INTO statements VALUES (?, ?)", ((folded, ROW(r)) for folded, r in entries))
    return path


ROW = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(r, ensure_ascii=False), its encoder made once


def store_rows(folder: Path) -> list[dict]:
    """The who-stated rows of the store in folder (kg.oxigraph), by the who_stated query."""
    from kg import query

    store = ox.Store.read_only(str(folder / outputs.STORE))
    result = store.query(query.query_text("who_stated"))
    names = [v.value for v in result.variables]
    return query.statement_rows([{n: query.plain(sol[n]) for n in names} for sol in result])


def statement_rows(kg: KnowledgeGraph) -> list[dict]:
    """The who-stated rows of a resolved graph, straight from its records: the rows the who_stated query gives
    over the graph kg.rdf writes of it (one per statement node, in article and offset order; ties by end offset
    and IRI, where the query leaves them in the store's order), without the store."""
    documents = {d.key: d for d in kg.documents}
    rows: dict[str, dict] = {}
    for ex in kg.extractions:
        for st in ex.statements:
            speaker = kg.entity_of(st.speaker)
            if speaker is not None and st.evidence.doc in documents:
                row = statement_row(kg, st, speaker, documents[st.evidence.doc])
                rows.setdefault(row["statement_iri"], row)
    return as_stored(sorted(rows.values(), key=lambda r: (r["document"], r["start"], r["end"], r["statement_iri"])))


def statement_row(kg: KnowledgeGraph, st: Statement, speaker: Entity, doc: Document) -> dict:
    """One statement's who-stated row (kg.query.statement_rows' shape), its dates as written in the graph."""
    from kg import rdf

    ev, relay = st.evidence, kg.entity_of(st.reported_by)
    return {"speaker": speaker.label, "speaker_iri": rdf.id_iri(f"entity/{speaker.id}"), "text": st.text,
            "kind": str(st.kind), "cue": str(st.cue), "document": doc.name, "sentence": ev.sentence,
            "start": ev.start, "end": ev.end,
            "reported_by": relay.label if relay is not None and relay.id != speaker.id else None,
            "polarity": st.polarity or None, "strategy": str(st.rule), "confidence": float(round(st.confidence, 2)),
            "statement_iri": rdf.statement_id(st),
            "document_iri": rdf.id_iri(f"doc/{ev.doc}"), "date": st.date or None, "published": doc.published or None}


def as_stored(rows: list[dict]) -> list[dict]:
    """rows with their dates as the store gives them back: it keeps typed values, not their text, and writes
    them canonically ('+00:00' as 'Z'), so they go through an in-memory store of their own."""
    from kg import rdf

    types = {"date": rdf.date_type, "published": rdf.published_type}
    typed = sorted({(f, r[f]) for r in rows for f in types if r[f] is not None})
    store = ox.Store()
    for i, (f, value) in enumerate(typed):
        store.add(ox.Quad(ox.NamedNode(f"urn:kg:{i}"), ox.NamedNode("urn:kg:value"),
                          ox.Literal(value, datatype=ox.NamedNode(str(types[f](value))))))
    canonical = {typed[int(q.subject.value.rsplit(":", 1)[1])]: q.object.value for q in store}
    for r in rows:
        r.update((f, canonical.get((f, r[f]))) for f in types)
    return rows


def available(ttl: Path) -> bool:
    """Whether the graph at ttl has a search index from the same build."""
    from kg import query
    if not ((ttl.parent / INDEX).is_file() and query.built_together(ttl)):
        return False
    with closing(sqlite3.connect(f"file:{ttl.parent / INDEX}?mode=ro", uri=True)) as db:
        return db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA


def find(ttl: Path, folded: str, *, limit: int | None = None, seconds: float | None = None) -> list[dict]:
    """The who-stated rows whose folded words contain folded, shortest words first (at most limit of them);
    QueryTimeoutError past seconds (SQLite stops the search itself: no process of its own is needed)."""
    with closing(sqlite3.connect(f"file:{ttl.parent / INDEX}?mode=ro", uri=True)) as db:
        if seconds:
            deadline = time.monotonic() + seconds
            db.set_progress_handler(lambda: time.monotonic() > deadline, STEPS)
        try:
            found = matching(db, folded, -1 if limit is None else limit)
        except sqlite3.OperationalError as err:
            if seconds and time.monotonic() > deadline:
                raise QueryTimeoutError(f"the search ran past its time limit of {seconds:g} s and was stopped "
                                        "(raise it with --timeout)") from err
            raise
    return [json.loads(row) for (row,) in found]


def matching(db: sqlite3.Connection, folded: str, most: int) -> list[tuple[str]]:
    """The stored rows whose folded words contain folded, in their order (at most most of them; -1: all)."""
    order = " ORDER BY rowid LIMIT ?"
    if len(folded) >= 3:  # a phrase of trigrams: a substring, found through the index
        return db.execute("SELECT row FROM statements WHERE statements MATCH ?" + order,
                          ('"' + folded.replace('"', '""') + '"', most)).fetchall()
    # too short for a trigram: every row is read (an ESCAPE clause keeps LIKE off the index)
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return db.execute("SELECT row FROM statements WHERE folded LIKE ? ESCAPE '\\'" + order,
                      (f"%{escaped}%", most)).fetchall()
