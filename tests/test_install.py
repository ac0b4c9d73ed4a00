"""kg installs like a package: the wheel carries its ontology, shapes, gazetteer, lexicons and queries.

Builds the wheel offline, installs it into a fresh virtualenv (its dependencies are lent from the test's own
environment through a .pth file, so nothing downloads), runs `kg build` from another folder and compares the
graph with the one this checkout builds.
"""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import pipeline

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "seeds").glob("*.txt"))[:2]


def run(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("KG_ONTOLOGY", "KG_GRAPH", "PYTHONPATH")}
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """bin/ of a fresh virtualenv holding kg from its wheel."""
    work = tmp_path_factory.mktemp("install")
    run(sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "--no-build-isolation", "-q", "-w", work / "dist",
        cwd=work)
    run(sys.executable, "-m", "venv", "--without-pip", work / "venv", cwd=work)
    fresh = Path(run(work / "venv/bin/python", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))",
                     cwd=work).stdout.strip())
    (fresh / "lent_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    wheel = next((work / "dist").glob("kg-*.whl"))
    run(sys.executable, "-m", "pip", "--python", work / "venv/bin/python", "install", "--no-deps", "--no-index", "-q",
        wheel, cwd=work)
    return work / "venv/bin"


def test_the_installed_wheel_builds_the_same_graph(installed, tmp_path):
    where = run(installed / "python", "-c", "import kg, kg.gazetteer as g; print(kg.__file__); print(g.ontology_dir())",
                cwd=tmp_path).stdout.split()
    assert all(str(installed.parent) in line for line in where), where  # not this checkout
    run(installed / "kg", "build", *ARTICLES, "--out", tmp_path / "wheel", cwd=tmp_path)
    pipeline.write_outputs(pipeline.build(ARTICLES), tmp_path / "editable", seconds=0)
    wheel_graph = Graph().parse(tmp_path / "wheel/kg.ttl")
    assert len(wheel_graph) > 500
    assert isomorphic(wheel_graph, Graph().parse(tmp_path / "editable/kg.ttl"))
    assert run(installed / "kg", "validate", "--graph", tmp_path / "wheel", cwd=tmp_path).stdout.strip() == "conforms"
