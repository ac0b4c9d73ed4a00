"""Write an answer key in the format of ../shared/gold/seeds.gold.json from the tables of a make_*_gold.py script."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace


def build(t: SimpleNamespace) -> dict:
    """The key's JSON object from the tables (DOCS, ENTITIES, STATEMENTS, …) of a gold script."""
    return {
        "documents": t.DOCS,
        "entities": [{"id": i, "type": ty, "label": label, "aliases": aliases, "docs": docs}
                     for i, ty, label, aliases, docs in t.ENTITIES],
        "neutral": t.NEUTRAL,
        "junk": t.JUNK,
        "boilerplate": t.BOILERPLATE,
        "statements": [{"doc": d, "speakers": s, "key": k, "kind": kind} for d, s, k, kind in t.STATEMENTS],
        "optional_statements": [{"doc": d, "key": k} for d, k in t.OPTIONAL_STATEMENTS],
        "relations": [{"s": s, "p": p, "o": o} for s, p, o in t.RELATIONS],
        "optional_relations": [{"s": s, "p": p, "o": o} for s, p, o in t.OPTIONAL_RELATIONS],
        "symmetric": t.SYMMETRIC,
        "who_stated": [{"query": q, "speakers": s} for q, s in t.WHO_STATED],
        "quantities": [{"doc": d, "value": v, "what": w, "claimants": c} for d, v, w, c in t.QUANTITIES],
    }


def write(tables: dict, out: Path) -> None:
    """Write the key built from a script's globals() to out and say what it holds."""
    gold = build(SimpleNamespace(**tables))
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.name}: {len(gold['entities'])} entities, {len(gold['statements'])} statements, "
          f"{len(gold['relations'])} relations, {len(gold['who_stated'])} who-stated queries")
