"""The command line (typer app kg.cli.app) against the seeds build, through typer's CliRunner.

With click >= 8.2 the runner keeps stderr apart: result.stdout / result.stderr (result.output mixes both).
"""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import lexicon
from kg.cli import app

pytestmark = pytest.mark.model  # every test here needs the seeds build (real model)

STATEMENT_FIELDS = {"speaker", "speaker_iri", "text", "kind", "document", "sentence"}


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def graph(seeds_build) -> str:
    return str(seeds_build)


def run(runner, *args, code=0):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    return result


def stdout_json(result):
    return json.loads(result.stdout)


POLARITIES = {v.polarity for v in lexicon.reporting_verbs().values()}


def test_who_stated_json(runner, graph):
    rows = stdout_json(run(runner, "who-stated", "héroïsme", "--graph", graph, "--format", "json"))
    assert rows
    for r in rows:
        assert STATEMENT_FIELDS <= set(r), r
        assert r["speaker"] == "Valery Gerasimov"
        assert r["speaker_iri"].endswith("/entity/valery_gerasimov")
        assert r["kind"] in ("direct", "indirect")
        assert r["document"].endswith(".txt")
        assert "roïsme" in r["text"]
        assert r["sentence"]
        assert "/" in r["strategy"] and 0 < float(r["confidence"]) <= 1, r
        assert r["polarity"] is None or r["polarity"] in POLARITIES, r


def test_who_stated_table(runner, graph):
    out = run(runner, "who-stated", "héroïsme", "--graph", graph).stdout
    assert "Gerasimov" in out  # the table wraps cells at the terminal width


def test_who_stated_shows_the_first_rows_and_says_so(runner, graph):
    every = stdout_json(run(runner, "who-stated", "e", "--graph", graph, "--format", "json", "--limit", "0"))
    first = run(runner, "who-stated", "e", "--graph", graph, "--format", "json", "--limit", "3")
    assert len(every) > 3 and stdout_json(first) == every[:3]
    assert "--limit 0" in first.stderr


def test_statements_json(runner, graph):
    rows = stdout_json(run(runner, "statements", "Guérassimov", "-g", graph, "--format", "json"))
    assert len(rows) >= 5
    assert {r["speaker"] for r in rows} == {"Valery Gerasimov"}
    assert all(STATEMENT_FIELDS <= set(r) for r in rows)


def test_entity_json_and_table(runner, graph):
    cards = stdout_json(run(runner, "entity", "Kim Jong Un", "--graph", graph, "--format", "json"))
    assert len(cards) == 1
    card = cards[0]
    assert (card["label"], card["type"]) == ("Kim Jong Un", "Person")
    assert card["documents"] and card["relations"]
    assert {"iri", "labels", "statements"} <= set(card)
    table = run(runner, "entity", "Kim Jong Un", "--graph", graph).stdout
    assert "Kim Jong Un" in table and "(Person)" in table


COUNT_PEOPLE = ("PREFIX kg: <https://w3id.org/kg-fr/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                "SELECT ?label WHERE { ?p a kg:Person ; rdfs:label ?label } ORDER BY ?label")


def test_sparql_json(runner, graph):
    rows = stdout_json(run(runner, "sparql", COUNT_PEOPLE, "--graph", graph, "--format", "json"))
    labels = [r["label"] for r in rows]
    assert "Valery Gerasimov" in labels and "Vladimir Putin" in labels
    assert labels == sorted(labels)


def test_sparql_csv(runner, graph):
    out = run(runner, "sparql", COUNT_PEOPLE, "--graph", graph, "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and set(rows[0]) == {"label"}
    assert "Kim Jong Un" in {r["label"] for r in rows}


def test_sparql_table_and_query_file(runner, graph, tmp_path):
    out = run(runner, "sparql", COUNT_PEOPLE, "--graph", graph).stdout
    assert "Vladimir Putin" in out
    rq = tmp_path / "people.rq"
    rq.write_text(COUNT_PEOPLE, encoding="utf-8")
    rows = stdout_json(run(runner, "sparql", rq, "--graph", graph, "--format", "json"))
    assert "Vladimir Putin" in {r["label"] for r in rows}


def test_sparql_ask(runner, graph):
    rows = stdout_json(run(runner, "sparql", "ASK { ?s ?p ?o }", "--graph", graph, "--format", "json"))
    assert rows == [{"ask": True}]


def test_stats(runner, graph):
    rows = stdout_json(run(runner, "stats", "--graph", graph, "--format", "json"))
    counts = {r["what"]: r["count"] for r in rows}
    assert counts["Document"] == 5
    assert counts["Statement"] > 20 and counts["Person"] > 5 and counts["Figure"] > 5
    assert counts["triples"] > 500
    assert "graph statistics" in run(runner, "stats", "--graph", graph).stdout


def test_validate(runner, graph):
    assert run(runner, "validate", "--graph", graph).stdout.strip() == "conforms"


@pytest.fixture
def graph_copy(seeds_build, tmp_path) -> Path:
    """analyze writes analysis.json / report.md / network.png beside the graph: work on a copy."""
    for name in ("kg.ttl", "analysis.json", "report.md"):
        shutil.copy(seeds_build / name, tmp_path / name)
    return tmp_path


def test_analyze(runner, graph_copy):
    rows = stdout_json(run(runner, "analyze", "--graph", graph_copy, "--format", "json", "--top", "5"))
    assert len(rows) == 5
    ranks = [r["pagerank"] for r in rows]
    assert ranks == sorted(ranks, reverse=True)
    assert {"label", "type", "pagerank", "degree", "betweenness", "community"} <= set(rows[0])
    for name in ("analysis.json", "report.md", "network.png"):
        assert (graph_copy / name).stat().st_size > 0


def test_analyze_writes_what_the_build_wrote(runner, graph_copy, seeds_build):
    run(runner, "analyze", "--graph", graph_copy)
    for name in ("analysis.json", "report.md"):  # same summary, same communities as kg.graphml's
        assert (graph_copy / name).read_text() == (seeds_build / name).read_text(), name


def test_path_between_kim_and_putin(runner, graph):
    hops = stdout_json(run(runner, "path", "Kim Jong Un", "Vladimir Putin", "--graph", graph, "--format", "json"))
    assert hops
    assert hops[0]["from"] == "Kim Jong Un" and hops[-1]["to"] == "Vladimir Putin"
    for a, b in zip(hops, hops[1:]):
        assert a["to"] == b["from"]
    assert all(h["predicate"] and h["evidence"] for h in hops)


def one_line_error(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    return lines[0]


def test_missing_graph(runner, tmp_path):
    result = run(runner, "stats", "--graph", tmp_path / "nowhere", code=3)
    line = one_line_error(result)
    assert line.startswith("error:") and "no graph" in line


def test_missing_graph_short_path(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(runner, "who-stated", "x", "--graph", "nope", code=3)
    assert "no graph at nope" in one_line_error(result)


def test_bad_sparql(runner, graph):
    result = run(runner, "sparql", "SELECT WHERE {", "--graph", graph, code=4)
    line = one_line_error(result)
    assert "SPARQL syntax error" in line


def test_unknown_entity(runner, graph):
    result = run(runner, "entity", "Nobody Atall", "--graph", graph, code=5)
    assert "no entity is called" in one_line_error(result)


def test_build_missing_path(runner, tmp_path):
    missing = tmp_path / "absent.txt"
    result = runner.invoke(app, ["build", str(missing), "--out", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert "absent.txt" in result.stderr
    assert "absent.txt" not in result.stdout


def test_validate_a_sample_says_so_and_still_finds_faults(runner, seeds_build, tmp_path):
    result = run(runner, "validate", "--graph", seeds_build, "--sample", "3")
    assert result.stdout.strip() == "conforms (a sample of up to 3 nodes of each class, not the whole graph)"
    text = (seeds_build / "kg.ttl").read_text(encoding="utf-8")
    broken = text.replace("rdfs:label", "rdfs:comment")  # every entity loses its label
    (tmp_path / "kg.ttl").write_text(broken, encoding="utf-8")
    result = run(runner, "validate", "--graph", tmp_path, "--sample", "3", code=1)
    assert "exactly one rdfs:label" in result.stdout and "a sample of up to 3 nodes" in result.stdout


def test_sparql_binds_values_without_writing_them_into_the_query(runner, graph):
    iri = "https://w3id.org/kg-fr/id/entity/valery_gerasimov"
    rows = stdout_json(run(runner, "sparql", "kg/queries/statements_by.rq", "--bind", f"entity={iri}",
                           "--format", "json", "--graph", graph))
    assert rows and {r["speaker"] for r in rows} == {iri}
    hostile = run(runner, "sparql", "kg/queries/statements_by.rq", "--bind", "entity=x> } DELETE WHERE { ?s ?p ?o",
                  "--format", "json", "--graph", graph)
    assert stdout_json(hostile) == []  # a plain string: it matches nothing and runs nothing
    run(runner, "sparql", "kg/queries/statements_by.rq", "--bind", "entity", "--graph", graph, code=2)


def test_json_rows_are_one_a_line(runner, graph):
    out = run(runner, "who-stated", "e", "--graph", graph, "--format", "json", "--limit", "3").stdout
    lines = out.strip().splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and [json.loads(r.rstrip(",")) for r in lines[1:-1]] == json.loads(out)
