"""The search index kg build writes beside the graph (kg.search.sqlite): every statement's words, folded, in
an SQLite FTS5 trigram table, with the row `kg who-stated` prints, so a search reads only what matches.

The words searched for are a bound parameter of the SQL query, never part of its text."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pyoxigraph as ox

from kg import outputs
from kg.names import fold

INDEX = "kg.search.sqlite"


def write_index(folder: Path) -> Path:
    """Index every statement of the store in folder (kg.oxigraph) into folder/kg.search.sqlite."""
    from kg import query

    store = ox.Store.read_only(str(folder / outputs.STORE))
    result = store.query(query.query_text("who_stated"))
    names = [v.value for v in result.variables]
    rows = query.statement_rows([{n: query.plain(sol[n]) for n in names} for sol in result])
    path = folder / INDEX
    with sqlite3.connect(path) as db:
        db.execute("CREATE VIRTUAL TABLE statements USING fts5(folded, row UNINDEXED, tokenize='trigram')")
        db.executemany("INSERT INTO statements VALUES (?, ?)",
                       ((fold(r["text"]), json.dumps(r, ensure_ascii=False)) for r in rows))
    db.close()
    return path


def available(ttl: Path) -> bool:
    """Whether the graph at ttl has a search index from the same build."""
    from kg import query
    return (ttl.parent / INDEX).is_file() and query.built_together(ttl)


def find(ttl: Path, folded: str) -> list[dict]:
    """The who-stated rows whose folded words contain folded."""
    db = sqlite3.connect(f"file:{ttl.parent / INDEX}?mode=ro", uri=True)
    try:
        if len(folded) >= 3:  # a phrase of trigrams: a substring, found through the index
            found = db.execute("SELECT row FROM statements WHERE statements MATCH ?",
                               ('"' + folded.replace('"', '""') + '"',)).fetchall()
        else:  # too short for a trigram: every row is read (an ESCAPE clause keeps LIKE off the index)
            escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            found = db.execute("SELECT row FROM statements WHERE folded LIKE ? ESCAPE '\\'", (f"%{escaped}%",)).fetchall()
    finally:
        db.close()
    return [json.loads(row) for (row,) in found]
