"""Write index.tsv from the keyed parts (parts/*.json, one per keyer: the key), with the dev/test split.

The split is made here, once, before kg runs on any text: inside each part the excerpts are ordered by the
SHA-1 of their URL and dealt alternately to dev and test, so every keyer's topics fall on both sides; a part
that says "split": "dev" (keyed later to widen the dev half) goes to dev whole.
Texts stay in texts/ (ignored by git); index.tsv keeps what finds them again and a hash to check them.
"""
from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["id", "split", "outlet", "topic", "url", "query", "sha256", "chars"]


def text_of(excerpt_id: str) -> str:
    return (HERE / "texts" / f"{excerpt_id}.txt").read_text(encoding="utf-8")


def deal(excerpts: list[dict]) -> dict[str, str]:
    """excerpt id -> 'dev' or 'test', alternating over the excerpts ordered by the hash of their URL."""
    ordered = sorted(excerpts, key=lambda e: hashlib.sha1(e["url"].encode()).hexdigest())
    return {e["id"]: ("dev", "test")[i % 2] for i, e in enumerate(ordered)}


def main() -> int:
    rows, statements = [], 0
    for part in sorted((HERE / "parts").glob("*.json")):
        data = json.loads(part.read_text(encoding="utf-8"))
        excerpts = data["excerpts"]
        split = {e["id"]: data["split"] for e in excerpts} if "split" in data else deal(excerpts)
        for e in excerpts:
            text = text_of(e["id"])
            rows.append({"id": e["id"], "split": split[e["id"]], "outlet": e["outlet"], "topic": e["topic"],
                         "url": e["url"], "query": e["query"],
                         "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "chars": len(text)})
            statements += len(e["statements"])
    with (HERE / "index.tsv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda r: r["id"]))
    outlets = {r["outlet"] for r in rows}
    topics = {r["topic"] for r in rows}
    print(f"{len(rows)} excerpts, {statements} statements, {len(outlets)} outlets, {len(topics)} topics", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
