"""Shared fixtures for the tests that run the real spaCy French pipeline.

The model is loaded once per process (kg.nlp.load is cached) and the five seed articles are
built once per session into a temporary folder (``seeds_build``). Under CI (``CI`` set), hypothesis
draws the same examples every run, so a red build always means a change, never a new random draw.
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

if "KG_CACHE_DIR" not in os.environ:  # never the user's ~/.cache/kg; removed when the tests end
    os.environ["KG_CACHE_DIR"] = tempfile.mkdtemp(prefix="kg-user-cache-")
    atexit.register(shutil.rmtree, os.environ["KG_CACHE_DIR"], True)
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
HEADLINE = "Guerre en Ukraine : les dernières déclarations des dirigeants"


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Output folder (kg.ttl, kg.graphml, analysis.json, report.md, furniture.tsv, network.png) of the seeds."""
    from kg import pipeline

    out = tmp_path_factory.mktemp("seeds_build")
    start = time.perf_counter()
    result = pipeline.build([SEEDS])
    assert not result.skipped, result.skipped
    pipeline.write_outputs(result, out, seconds=time.perf_counter() - start)
    out.joinpath(".result").touch()
    _RESULTS[out] = result
    return out


_RESULTS: dict[Path, object] = {}


@pytest.fixture(scope="session")
def seeds_result(seeds_build: Path):
    """The kg.pipeline.BuildResult behind seeds_build (same objects, not rebuilt)."""
    return _RESULTS[seeds_build]


def build_article(folder: Path, body: str, *, name: str = "a.txt", headline: str | None = HEADLINE,
                  encoding: str = "utf-8"):
    """Write one hand-made article (a headline line, a blank line, then body) and build it.

    Returns (result, extraction): the BuildResult and the Extraction of that single article.
    """
    from kg import pipeline

    text = f"{headline}\n\n{body}\n" if headline else body
    path = folder / name
    path.write_bytes(text.encode(encoding))
    result = pipeline.build([path])
    assert not result.skipped, result.skipped
    assert len(result.graph.extractions) == 1
    return result, result.graph.extractions[0]


@pytest.fixture
def article(tmp_path: Path) -> Callable:
    """article(body, **kw) -> (BuildResult, Extraction) of a one-article build in tmp_path."""
    counter = iter(range(1000))

    def make(body: str, **kw):
        kw.setdefault("name", f"article_{next(counter)}.txt")
        return build_article(tmp_path, body, **kw)

    return make


def build_many(folder: Path, bodies: dict[str, str], *, headline: str = HEADLINE):
    """Build several hand-made articles in one batch (one model pass, cheaper than one build each).

    Returns (result, {name: extraction}); each article is the headline line, a blank line and its body.
    """
    from kg import pipeline

    paths = []
    for name, body in bodies.items():
        path = folder / f"{name}.txt"
        path.write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    result = pipeline.build(paths)
    assert not result.skipped, result.skipped
    by_name = {ex.doc.name.removesuffix(".txt"): ex for ex in result.graph.extractions}
    assert set(by_name) == set(bodies)
    return result, by_name


def said(built, name: str) -> list:
    """[(statement, speaker entity)] of one article of a build_many result."""
    result, extractions = built
    return [(st, result.graph.entity_of(st.speaker)) for st in extractions[name].statements]


def only_statement(built, name: str) -> tuple:
    """(statement, speaker entity) of the one statement of an article; fails when there are more or none."""
    found = said(built, name)
    assert len(found) == 1, [(s.speaker.text, s.kind, s.text) for s, _ in found]
    return found[0]


def triples(built, name: str) -> set:
    """(subject label, predicate, object label) of an article's relations."""
    result, extractions = built
    g = result.graph
    return {(g.entity_of(r.subject).label, r.predicate, g.entity_of(r.object).label)
            for r in extractions[name].relations}
