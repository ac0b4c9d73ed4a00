"""Incremental builds: the extraction cache under the output folder is used for unchanged articles only, and
a cache of another kg is never read."""
from __future__ import annotations

from contextlib import contextmanager

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import cache, pipeline, rdf

from unit_helpers import article_folder

pytestmark = pytest.mark.model

ARTICLES = {
    "a.txt": "Guerre en Ukraine : Kiev demande des armes\n\nLe président ukrainien Volodymyr Zelensky a déclaré "
             "mardi que l'Ukraine avait besoin « de plus de défense aérienne ».\n",
    "b.txt": "Diplomatie : Paris et Berlin se concertent\n\nLe chancelier allemand Olaf Scholz a reçu mercredi "
             "le président français Emmanuel Macron à Berlin.\n",
}


@pytest.fixture
def corpus(tmp_path):
    return article_folder(tmp_path, ARTICLES)


def parsed_names(monkeypatch) -> list[str]:
    """Record the names of the articles the build sends to be parsed (here or by its early parser)."""
    seen: list[str] = []
    real = pipeline.parse_and_extract

    def spy(documents, skipped, **kw):
        seen.extend(d.name for d in documents)
        return real(documents, skipped, **kw)

    monkeypatch.setattr(pipeline, "parse_and_extract", spy)
    return seen


def graph(result) -> Graph:
    return rdf.to_rdf(result.graph)


def test_unchanged_articles_come_from_the_cache_and_give_the_same_graph(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = pipeline.build([corpus], cache=cache.Cache(out))
    seen = parsed_names(monkeypatch)
    again = pipeline.build([corpus], cache=cache.Cache(out))
    assert seen == []
    assert isomorphic(graph(first), graph(again))


def test_only_a_changed_article_is_parsed_again_and_a_removed_one_leaves(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.build([corpus], cache=cache.Cache(out))
    (corpus / "b.txt").write_text(ARTICLES["b.txt"].replace("mercredi", "jeudi"), encoding="utf-8")
    seen = parsed_names(monkeypatch)
    pipeline.build([corpus], cache=cache.Cache(out))
    assert seen == ["b.txt"]
    (corpus / "a.txt").unlink()
    result = pipeline.build([corpus], cache=cache.Cache(out))
    assert [d.name for d in result.graph.documents] == ["b.txt"]
    assert len(list(cache.Cache(out).folder.glob("*.pickle"))) == 1  # a.txt's entry pruned


def test_a_cache_of_another_kg_is_not_read_and_is_removed(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.build([corpus], cache=cache.Cache(out))
    old = cache.Cache(out).folder
    monkeypatch.setattr(cache, "fingerprint", lambda: "another-kg-version")
    seen = parsed_names(monkeypatch)
    pipeline.build([corpus], cache=cache.Cache(out))
    assert sorted(seen) == ["a.txt", "b.txt"] and not old.exists()


def test_no_cache_parses_everything(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.build([corpus], cache=cache.Cache(out))
    seen = parsed_names(monkeypatch)
    pipeline.build([corpus], cache=cache.Cache(out, fresh=True))
    assert sorted(seen) == ["a.txt", "b.txt"]


def test_the_fingerprint_changes_with_the_gazetteer(tmp_path, monkeypatch):
    import shutil

    from kg import gazetteer
    before = cache.fingerprint()
    copy = tmp_path / "ontology"
    shutil.copytree(gazetteer.ontology_dir(), copy)
    (copy / "gazetteer" / "extra.json").write_text("[]", encoding="utf-8")
    monkeypatch.setenv("KG_ONTOLOGY", str(copy))
    cache.fingerprint.cache_clear()
    try:
        assert cache.fingerprint() != before
    finally:
        cache.fingerprint.cache_clear()


def test_a_rebuild_with_nothing_changed_keeps_the_outputs_and_any_change_writes_them(corpus, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app
    out = tmp_path / "out"

    def build() -> str:
        result = CliRunner().invoke(app, ["-q", "build", str(corpus), "--out", str(out)])
        assert result.exit_code == 0, result.output
        return result.output
    assert "unchanged" not in build()
    stamp = (out / "kg.ttl").stat().st_mtime_ns
    assert "unchanged True" in build() and (out / "kg.ttl").stat().st_mtime_ns == stamp
    (corpus / "kg-corrections.toml").write_text('[[type]]\nentity = "Berlin"\ntype = "State"\n', encoding="utf-8")
    assert "unchanged" not in build()  # new corrections: built again
    (out / "kg.ttl").unlink()
    assert "unchanged" not in build() and (out / "kg.ttl").is_file()  # an output missing: built again


def test_unchanged_files_are_not_read_and_a_touched_one_is_read_then_restamped(corpus, tmp_path, monkeypatch):
    import json
    import os

    from kg import ingest, pipeline
    out = tmp_path / "out"

    def build():
        result = pipeline.build([corpus], cache=cache.Cache(out))
        if not result.unchanged:
            pipeline.write_outputs(result, out, seconds=0)
        return result
    build()
    first = json.loads((out / "kg.build.json").read_text())["stamp"]
    real_read = ingest.read_all
    monkeypatch.setattr(ingest, "read_all", lambda paths: pytest.fail("an unchanged corpus was read"))
    assert build().unchanged
    article = sorted(corpus.glob("*.txt"))[0]
    os.utime(article, ns=(article.stat().st_atime_ns, article.stat().st_mtime_ns + 10**9))
    monkeypatch.setattr(ingest, "read_all", real_read)
    assert build().unchanged  # same bytes: read, found unchanged, and stamped again
    second = json.loads((out / "kg.build.json").read_text())["stamp"]
    assert second not in (None, first)
    monkeypatch.setattr(ingest, "read_all", lambda paths: pytest.fail("a restamped corpus was read"))
    assert build().unchanged


def spy_early(monkeypatch) -> list[bool]:
    """Record whether each build starts an early parser; once it has (the process forked), a model load in the
    build's own process fails the test."""
    started: list[bool] = []
    real = pipeline.early_parser

    @contextmanager
    def spied(start):
        started.append(start)
        with real(start) as early:
            if early is not None:
                monkeypatch.setattr(pipeline.nlp, "load", lambda *a: pytest.fail("the model was used here"))
            yield early
    monkeypatch.setattr(pipeline, "early_parser", spied)
    return started


def test_a_few_changed_articles_are_parsed_by_the_early_parser_and_give_the_same_graph(corpus, tmp_path,
                                                                                       monkeypatch):
    out = tmp_path / "out"
    pipeline.build([corpus], cache=cache.Cache(out))
    (corpus / "b.txt").write_text(ARTICLES["b.txt"].replace("mercredi", "jeudi"), encoding="utf-8")
    started = spy_early(monkeypatch)
    early = pipeline.build([corpus], cache=cache.Cache(out))
    monkeypatch.undo()
    assert started == [True]
    assert isomorphic(graph(early), graph(pipeline.build([corpus], cache=cache.Cache(tmp_path / "fresh"))))


def test_a_cold_cache_starts_no_early_parser(corpus, tmp_path, monkeypatch):
    started = spy_early(monkeypatch)
    pipeline.build([corpus], cache=cache.Cache(tmp_path / "out"))
    pipeline.build([corpus], cache=cache.Cache(tmp_path / "out", fresh=True))
    assert started == [False, False]


def test_an_early_parser_that_dies_is_an_error_not_a_hang(corpus, tmp_path, monkeypatch):
    import os

    from kg import scale
    from kg.errors import KgError
    out = tmp_path / "out"
    pipeline.build([corpus], cache=cache.Cache(out))
    (corpus / "b.txt").write_text(ARTICLES["b.txt"].replace("mercredi", "jeudi"), encoding="utf-8")
    monkeypatch.setattr(scale, "extract_batch", lambda *a: os._exit(1))
    with pytest.raises(KgError, match="early parser stopped"):
        pipeline.build([corpus], cache=cache.Cache(out))


def stores(monkeypatch) -> list[str]:
    """Record how each build makes its store: 'updated' (a copy of the previous one) or 'loaded' (whole)."""
    from kg import export
    made: list[str] = []
    update, load = export.update_store, export.load_store
    monkeypatch.setattr(export, "update_store", lambda *a: made.append("updated") or update(*a))
    monkeypatch.setattr(export, "load_store", lambda *a: made.append("loaded") or load(*a))
    return made


def store_quads(out) -> set:
    import pyoxigraph as ox
    return {str(q) for q in ox.Store.read_only(str(out / "kg.oxigraph"))}


def written(corpus, out, **kw):
    result = pipeline.build([corpus], cache=cache.Cache(out, **kw))
    assert not result.unchanged
    pipeline.write_outputs(result, out, seconds=0)
    return out


def test_a_rebuild_updates_a_copy_of_the_previous_store_and_gets_the_store_of_a_fresh_build(corpus, tmp_path,
                                                                                          monkeypatch):
    from kg import query
    out = written(corpus, tmp_path / "out")
    previous = store_quads(out)
    made = stores(monkeypatch)
    monkeypatch.setattr(pipeline, "CHANGED_SHARE", 1.0)  # two articles: one is half the graph
    (corpus / "b.txt").write_text(ARTICLES["b.txt"].replace("Olaf Scholz", "Friedrich Merz"), encoding="utf-8")
    written(corpus, out)
    assert made == ["updated"] and store_quads(out) != previous
    assert store_quads(out) == store_quads(written(corpus, tmp_path / "fresh", fresh=True))
    assert store_quads(out / "previous") == previous  # the copy shares the old store's files, never changes them
    query.store.cache_clear()
    assert query.who_stated("défense aérienne", out)


def test_the_store_is_loaded_whole_when_the_kept_lines_are_not_those_of_the_graph(corpus, tmp_path, monkeypatch):
    out = written(corpus, tmp_path / "out")
    made = stores(monkeypatch)

    def change(day: str) -> None:
        (corpus / "b.txt").write_text(ARTICLES["b.txt"].replace("mercredi", day), encoding="utf-8")
    (out / "kg.ttl").write_text((out / "kg.ttl").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    change("jeudi")
    written(corpus, out)  # the graph in out is not the one the lines were kept for
    change("vendredi")
    written(corpus, out, fresh=True)  # --no-cache: the kept lines are not used (and are kept anew)
    pipeline.write_outputs(pipeline.build([corpus]), out, seconds=0)  # a build without the cache writes out
    change("samedi")
    written(corpus, out)
    assert made == ["loaded", "loaded", "loaded", "loaded"]


def test_a_rebuild_makes_only_the_changed_articles_facts_and_writes_the_graph_of_a_fresh_build(corpus, tmp_path,
                                                                                              monkeypatch):
    out = written(corpus, tmp_path / "out")
    made: list[str] = []
    real = rdf.add_facts
    monkeypatch.setattr(rdf, "add_facts", lambda g, kg, ex: made.append(ex.doc.name) or real(g, kg, ex))
    (corpus / "b.txt").write_text(ARTICLES["b.txt"].replace("mercredi", "jeudi"), encoding="utf-8")
    written(corpus, out)
    assert made == ["b.txt"]
    fresh = written(corpus, tmp_path / "fresh", fresh=True)
    assert isomorphic(Graph().parse(out / "kg.ttl"), Graph().parse(fresh / "kg.ttl"))
    assert store_quads(out) == store_quads(fresh)


def test_a_build_that_releases_lets_go_of_the_model_once_its_articles_are_parsed(corpus, tmp_path, monkeypatch):
    from functools import lru_cache

    from kg import nlp
    released: list[int] = []
    monkeypatch.setattr(nlp, "release", lambda: released.append(len(released)))
    pipeline.build([corpus], cache=cache.Cache(tmp_path / "out"))
    assert released == []
    pipeline.build([corpus], cache=cache.Cache(tmp_path / "out", fresh=True), release=True)
    assert released == [0]
    monkeypatch.undo()
    fake = lru_cache(maxsize=1)(lambda model=nlp.MODEL: object())
    monkeypatch.setattr(nlp, "load", fake)
    fake()
    nlp.release()
    assert fake.cache_info().currsize == 0


def test_worker_processes_parse_and_extract_and_give_the_graph_of_one_process(corpus, tmp_path, monkeypatch):
    from kg import nlp
    nlp.load.cache_clear()
    read = []
    reader = pipeline.read
    monkeypatch.setattr(pipeline, "read", lambda *a: (found := reader(*a), read.extend(found[0]))[0])
    workers = pipeline.build([corpus], cache=cache.Cache(tmp_path / "two", fresh=True), jobs=2)
    assert nlp.load.cache_info().currsize == 0  # the build's own process never loaded the model
    assert {id(ex.doc) for ex in workers.graph.extractions} <= {id(d) for d in read}  # no worker's copy of a text
    here = pipeline.build([corpus], cache=cache.Cache(tmp_path / "one", fresh=True))
    assert isomorphic(graph(here), graph(workers))
