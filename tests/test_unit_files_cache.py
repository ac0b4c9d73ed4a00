"""The cache of what each input file gave (kg.cache.Files): a file unchanged since the last build is not read
again, a changed, new or touched one is, another kg's entries are never read, and the articles are the same."""
from __future__ import annotations

import os

import pytest

from kg import cache, ingest, pipeline

from unit_helpers import article_folder

WIRE = ("Le président ukrainien Volodymyr Zelensky a appelé jeudi ses alliés occidentaux à livrer davantage de "
        "systèmes de défense antiaérienne, après une nuit de frappes russes sur les infrastructures énergétiques "
        "du pays. « Chaque missile abattu sauve des vies », a-t-il déclaré dans son allocution du soir.")
ARTICLES = {"a.txt": f"Zelensky appelle à l'aide\n\n{WIRE}\n",
            "b.txt": f"Kiev demande plus de défense\n\n{WIRE} Mis à jour à 18 heures.\n",
            "c.txt": "Paris et Berlin\n\nLe chancelier allemand Olaf Scholz a reçu mercredi le président français.\n",
            "notes.md": "not an article"}


@pytest.fixture
def corpus(tmp_path):
    return article_folder(tmp_path, ARTICLES)


@pytest.fixture
def reads(monkeypatch):
    """The names of the input files read from disk."""
    seen: list[str] = []
    real = ingest.read_source

    def spy(source):
        seen.append(source.name)
        return real(source)
    monkeypatch.setattr(ingest, "read_source", spy)
    return seen


def described(found):
    """What a build sees of the articles read: names, keys, furniture, stories, and the skipped reasons."""
    docs, skipped = found
    return [(d.name, d.key, d.dropped, d.asides, d.same_story) for d in docs], [s.reason for s in skipped]


def test_unchanged_files_are_not_read_again_and_give_the_same_articles(corpus, tmp_path, reads):
    out = tmp_path / "out"
    first = described(pipeline.read([corpus], cache.Cache(out)))
    assert sorted(reads) == ["a.txt", "b.txt", "c.txt"] and first[0][0][4]  # a and b: one story
    reads.clear()
    assert described(pipeline.read([corpus], cache.Cache(out))) == first and reads == []
    assert described(ingest.read_all([corpus])) == first


def test_a_changed_a_touched_and_a_new_file_are_read_and_a_story_ends(corpus, tmp_path, reads):
    out = tmp_path / "out"
    pipeline.read([corpus], cache.Cache(out))
    reads.clear()
    (corpus / "b.txt").write_text("Autre chose\n\nLe Parlement européen a adopté mardi un texte sur l'IA.\n",
                                 encoding="utf-8")
    os.utime(corpus / "c.txt")
    (corpus / "d.txt").write_text(ARTICLES["c.txt"].replace("mercredi", "jeudi"), encoding="utf-8")
    found = pipeline.read([corpus], cache.Cache(out))
    assert sorted(reads) == ["b.txt", "c.txt", "d.txt"]
    assert described(found) == described(ingest.read_all([corpus])) and not found[0][0].same_story


def test_the_entries_of_another_kg_or_of_a_fresh_build_are_not_read(corpus, tmp_path, reads, monkeypatch):
    out = tmp_path / "out"
    pipeline.read([corpus], cache.Cache(out))
    reads.clear()
    pipeline.read([corpus], cache.Cache(out, fresh=True))
    assert sorted(reads) == ["a.txt", "b.txt", "c.txt"]
    reads.clear()
    monkeypatch.setattr(cache, "fingerprint", lambda: "another-kg-version")
    pipeline.read([corpus], cache.Cache(out))
    assert sorted(reads) == ["a.txt", "b.txt", "c.txt"]


def test_an_unreadable_entry_file_means_reading_the_files(corpus, tmp_path, reads):
    out = tmp_path / "out"
    pipeline.read([corpus], cache.Cache(out))
    (cache.Cache(out).folder / cache.FILES).write_bytes(b"not a pickle")
    reads.clear()
    found = described(pipeline.read([corpus], cache.Cache(out)))
    assert sorted(reads) == ["a.txt", "b.txt", "c.txt"] and found == described(ingest.read_all([corpus]))
