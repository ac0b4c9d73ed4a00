"""Faults around the build: each ends in one line and its exit code, never a traceback, and loses nothing."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import export, outputs
from kg.errors import OutputError
from kg.cli import app

TINY = """@prefix kg: <https://w3id.org/kg-fr/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/kg-fr/id/entity/a> a kg:Person ; rdfs:label "Anna" .
<https://w3id.org/kg-fr/id/entity/b> a kg:Person ; rdfs:label "Boris" .
"""
BROKEN = {
    "truncated": TINY[:-40].encode(),
    "garbage": b"\x89PNG\r\n\x1a\n" + bytes(range(200)),
    "latin-1": TINY.replace("Anna", "Anaïs").encode("latin-1"),
    "empty": b"",
}
COMMANDS = [["stats"], ["who-stated", "mot"], ["statements", "Anna"], ["entity", "Anna"],
            ["sparql", "SELECT * { ?s ?p ?o }"], ["validate"], ["analyze"], ["path", "Anna", "Boris"]]


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def one_line(result, code: int) -> str:
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("kind", BROKEN)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_every_command_says_the_same_of_a_broken_graph(tmp_path, kind, command):
    (tmp_path / "kg.ttl").write_bytes(BROKEN[kind])
    line = one_line(invoke(*command, "--graph", tmp_path), 3)
    assert "is not a kg graph" in line and "rebuild it with kg build" in line


def test_the_parse_error_names_its_line(tmp_path):
    (tmp_path / "kg.ttl").write_text(TINY + "<a> <b> .\n", encoding="utf-8")
    assert "at line 5" in one_line(invoke("validate", "--graph", tmp_path), 3)


@pytest.mark.parametrize("where", ["a_file", "a_file/below", "/dev/null"])
def test_an_output_path_that_is_no_folder_is_one_line(tmp_path, where):
    (tmp_path / "a_file").write_text("mine")
    out = Path(where) if where.startswith("/") else tmp_path / where
    with pytest.raises(OutputError) as caught:
        with outputs.staged(out) as stage:
            (stage / "kg.ttl").write_text("x")
    assert caught.value.exit_code == 7 and "cannot write the outputs" in str(caught.value)
    assert (tmp_path / "a_file").read_text() == "mine"


def test_analyze_into_a_folder_it_cannot_write(tmp_path, monkeypatch):
    (tmp_path / "kg.ttl").write_text(TINY, encoding="utf-8")

    def refused(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(export.os, "replace", refused)
    line = one_line(invoke("analyze", "--graph", tmp_path, "--timeout", "0"), 7)
    assert "analysis.json: cannot write (Permission denied)" in line
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


SETPRIV = shutil.which("setpriv")


@pytest.fixture
def open_tmp():
    """A folder another user can reach (pytest's tmp_path sits under a folder only root may enter)."""
    folder = Path(tempfile.mkdtemp(prefix="kg-faults-"))
    folder.chmod(0o755)
    yield folder
    for sub in folder.rglob("*"):
        if sub.is_dir():
            sub.chmod(0o755)
    shutil.rmtree(folder)


@pytest.mark.skipif(os.geteuid() != 0 or SETPRIV is None, reason="needs root to run a step as another user")
def test_a_folder_without_write_permission_as_another_user(open_tmp):
    out = open_tmp / "out"
    out.mkdir()
    (out / "kg.ttl").write_text("old")
    out.chmod(0o755)
    (out / "kg.ttl").chmod(0o644)
    code = ("from pathlib import Path; from kg import outputs\n"
            "try:\n    with outputs.staged(Path(%r)) as s: (s / 'kg.ttl').write_text('new')\n"
            "except Exception as e: print(e.exit_code, e)") % str(out)
    done = subprocess.run([SETPRIV, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", code],
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith("7 ") and "Permission denied" in done.stdout, (done.stdout, done.stderr)
    assert (out / "kg.ttl").read_text() == "old"


@pytest.mark.skipif(os.geteuid() != 0 or SETPRIV is None, reason="needs root to run a step as another user")
def test_an_unreadable_subfolder_is_reported_and_skipped(open_tmp):
    corpus = open_tmp / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "ok.txt").write_text("Le ministre a déclaré que la paix était possible.\n", encoding="utf-8")
    (corpus / "locked" / "hidden.txt").write_text("texte", encoding="utf-8")
    corpus.chmod(0o755)
    (corpus / "ok.txt").chmod(0o644)
    (corpus / "locked").chmod(0o000)
    code = ("from kg import ingest; docs, skipped = ingest.read_all([%r]); "
            "print([d.name for d in docs]); print([s.reason for s in skipped])") % str(corpus)
    done = subprocess.run([SETPRIV, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", code],
                          capture_output=True, text=True, timeout=120)
    docs, skipped = done.stdout.splitlines()
    assert docs == "['ok.txt']", done.stderr
    assert "locked: cannot list the folder (Permission denied), skipped" in skipped
