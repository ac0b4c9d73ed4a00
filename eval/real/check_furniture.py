"""Check that the furniture pass loses no body sentence: every keyed statement's anchor words must lie in the
article body kg keeps (not in a line set aside as page furniture).

    python eval/real/check_furniture.py [--split dev|test|all] [-v]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from score_real import index, key, norm  # noqa: E402

from kg import ingest  # noqa: E402


def lost_anchors(split: str) -> tuple[int, list[str]]:
    """How many anchors were checked, and those found in the text but not in the body."""
    checked, lost = 0, []
    gold = key()
    for row in index(split):
        doc_id, statements = row["id"], gold.get(row["id"], {}).get("statements", [])
        doc = ingest.read_document(HERE / "texts" / f"{doc_id}.txt")
        text, body = norm(doc.text), norm(doc.body)
        for st in statements:
            anchor = norm(st["anchor"])
            if anchor not in text:
                continue
            checked += 1
            if anchor not in body:
                lost.append(f"{doc_id}: {st['anchor']}")
    return checked, lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all", choices=["dev", "test", "all"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    for split in (["dev", "test"] if args.split == "all" else [args.split]):
        checked, lost = lost_anchors(split)
        print(f"{split}: {checked} keyed statements, {len(lost)} lost to the furniture pass")
        if args.verbose:
            print("\n".join(f"  {line}" for line in lost))


if __name__ == "__main__":
    main()
