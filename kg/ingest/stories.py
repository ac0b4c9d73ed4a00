"""Near-duplicates: the same wire story on several sites, found by shared word shingles."""
from __future__ import annotations

import logging
import zlib
from collections import defaultdict
from itertools import combinations

from kg import names
from kg.model import Document

log = logging.getLogger("kg")
SHINGLE = 5          # words per shingle
SAMPLE = 4           # keep the shingles whose hash is 0 modulo this (a fixed sample: the same on every document)
CONTAINMENT = 0.6    # share of the smaller document's sampled shingles the other must hold
MIN_SHINGLES = 8     # sampled shingles a document needs before it is compared (about 30 words)
COMMON = 50          # a shingle in more documents than this is boilerplate, not a story


def shingles(text: str) -> set[int]:
    """The sampled hashes of the five-word sequences of text (accents and case folded)."""
    words = names.fold(text).split()
    hashes = (zlib.crc32(" ".join(words[i:i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1))
    return {h for h in hashes if h % SAMPLE == 0}


def link(documents: list[Document], sets: list[frozenset[int]] | None = None) -> list[list[Document]]:
    """Groups of documents that tell the same story (each document's same_story lists the others' keys, and is
    emptied in the others), each group in the order given; found through an index of shared shingles (given in
    sets, one per document, or worked out), never by comparing all pairs."""
    sets = sets if sets is not None else [shingles(d.body) for d in documents]
    for doc in documents:
        doc.same_story = []
    index: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for h in s:
            index[h].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in index.values():
        if len(holders) <= COMMON:
            for pair in combinations(holders, 2):
                shared[pair] += 1
    parent = list(range(len(documents)))
    for (a, b), n in shared.items():
        smaller = min(len(sets[a]), len(sets[b]))
        if smaller >= MIN_SHINGLES and n >= CONTAINMENT * smaller:
            parent[find(parent, b)] = find(parent, a)
    return groups(documents, parent)


def find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def groups(documents: list[Document], parent: list[int]) -> list[list[Document]]:
    """The groups of more than one document, with same_story set and one log line each."""
    by_root: dict[int, list[Document]] = defaultdict(list)
    for i, doc in enumerate(documents):
        by_root[find(parent, i)].append(doc)
    found = [g for g in by_root.values() if len(g) > 1]
    for group in found:
        for doc in group:
            doc.same_story = sorted(d.key for d in group if d is not doc)
        log.warning("same story in %d articles: %s (its quotations are counted once)", len(group),
                    ", ".join(d.name for d in group))
    return found
