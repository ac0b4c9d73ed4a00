"""Find the real-text excerpts again: list the missing ones, and fit a re-found text to its index entry.

    python eval/real/refind.py --missing [--ids a01,a02]   # id, URL and search query of each missing text
    python eval/real/refind.py --fit a01 found.txt          # save found.txt as texts/a01.txt if it is the one

A text is found again with the search tool ("pages" corpus, the index's query; the result with the index's URL).
Copied by hand, an excerpt may lose its invisible characters (no-break spaces before French punctuation, a final
newline) or hold more than the saved excerpt; --fit tries those variants and every stretch of the indexed length,
and saves the one whose SHA-256 is the index's.
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import re
import sys

from score_real import HERE, index

SPACES = ("\u00a0", "\u202f", " ")


def variants(text: str):
    """text with each kind of space around French punctuation made plain, no-break or narrow no-break."""
    before = re.compile(r"[ \u00a0\u202f](?=[:;!?»%])")
    after = re.compile(r"(?<=«)[ \u00a0\u202f]")
    for end in ("", "\n"):
        for b, a in itertools.product(SPACES, SPACES):
            yield after.sub(a, before.sub(b, text)) + end
    yield text


def fit(text: str, row: dict) -> str | None:
    """The variant (or stretch of the indexed length) of text whose hash is the index's."""
    size = int(row["chars"])
    for variant in (*variants(text), *variants(text.strip("\n"))):
        for start in range(0, max(1, len(variant) - size + 1)):
            piece = variant[start:start + size]
            if hashlib.sha256(piece.encode("utf-8")).hexdigest() == row["sha256"]:
                return piece
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--missing", action="store_true")
    ap.add_argument("--ids", default="")
    ap.add_argument("--fit", nargs=2, metavar=("ID", "FILE"))
    args = ap.parse_args()
    rows = {r["id"]: r for r in index("all")}
    if args.fit:
        row = rows[args.fit[0]]
        found = fit(open(args.fit[1], encoding="utf-8").read(), row)
        if found is None:
            sys.exit(f"{args.fit[0]}: no variant of that text has the indexed hash ({row['chars']} chars)")
        (HERE / "texts").mkdir(exist_ok=True)
        (HERE / "texts" / f"{args.fit[0]}.txt").write_bytes(found.encode("utf-8"))
        print(f"{args.fit[0]}: saved")
        return
    wanted = set(filter(None, args.ids.split(",")))
    for r in rows.values():
        path = HERE / "texts" / f"{r['id']}.txt"
        ok = path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == r["sha256"]
        if not ok and (not wanted or r["id"] in wanted):
            print(f"{r['id']}\t{r['chars']}\t{r['url']}\t{r['query']}")


if __name__ == "__main__":
    main()
