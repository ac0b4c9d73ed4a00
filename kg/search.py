"""The search index kg build writes beside the graph (kg.search.sqlite): every statement's words, folded, in
an SQLite FTS5 trigram table, with the row `kg who-stated` prints, so a search reads only what matches. Rows
are stored best first (shortest words, then article and offset): a search with a limit stops at the limit.

The words searched for are a bound parameter of the SQL query, never part of its text."""
from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pyoxigraph as ox

from kg import outputs
from kg.names import fold

INDEX = "kg.search.sqlite"
SCHEMA = 2  # PRAGMA user_version of the index's layout: an index of another layout is not used


def write_index(folder: Path) -> Path:
    """Index every statement of the store in folder (kg.oxigraph) into folder/kg.search.sqlite."""
    from kg import query

    store = ox.Store.read_only(str(folder / outputs.STORE))
    result = store.query(query.query_text("who_stated"))
    names = [v.value for v in result.variables]
    rows = query.statement_rows([{n: query.plain(sol[n]) for n in names} for sol in result])
    entries = sorted(((fold(r["text"]), r) for r in rows), key=lambda e: (len(e[0]), e[1]["document"], e[1]["start"]))
    path = folder / INDEX
    with closing(sqlite3.connect(path)) as db, db:
        db.execute(f"PRAGMA user_version = {SCHEMA}")
        db.execute("CREATE VIRTUAL TABLE statements USING fts5(folded, row UNINDEXED, tokenize='trigram')")
        db.executemany("INSERT INTO statements VALUES (?, ?)",
                       ((folded, json.dumps(r, ensure_ascii=False)) for folded, r in entries))
    return path


def available(ttl: Path) -> bool:
    """Whether the graph at ttl has a search index from the same build."""
    from kg import query
    if not ((ttl.parent / INDEX).is_file() and query.built_together(ttl)):
        return False
    with closing(sqlite3.connect(f"file:{ttl.parent / INDEX}?mode=ro", uri=True)) as db:
        return db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA


def find(ttl: Path, folded: str, *, limit: int | None = None) -> list[dict]:
    """The who-stated rows whose folded words contain folded, shortest words first (at most limit of them)."""
    order, most = " ORDER BY rowid LIMIT ?", -1 if limit is None else limit
    with closing(sqlite3.connect(f"file:{ttl.parent / INDEX}?mode=ro", uri=True)) as db:
        if len(folded) >= 3:  # a phrase of trigrams: a substring, found through the index
            found = db.execute("SELECT row FROM statements WHERE statements MATCH ?" + order,
                               ('"' + folded.replace('"', '""') + '"', most)).fetchall()
        else:  # too short for a trigram: every row is read (an ESCAPE clause keeps LIKE off the index)
            escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            found = db.execute("SELECT row FROM statements WHERE folded LIKE ? ESCAPE '\\'" + order,
                               (f"%{escaped}%", most)).fetchall()
    return [json.loads(row) for (row,) in found]
