"""Queries that would hurt are refused or stopped: updates, SERVICE, runaway queries, huge answers; and the
small things of the command line (--version, a missing .rq file, one error line and its exit code)."""
from __future__ import annotations

import socket
import threading
import time

import pytest
from typer.testing import CliRunner

from kg import limits, query
from kg.cli import app
from kg.errors import InputError, NoMatchError, QueryError, QueryTimeoutError

TINY = """@prefix kg: <https://w3id.org/kg-fr/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/kg-fr/id/entity/a> a kg:Person ; rdfs:label "A" .
<https://w3id.org/kg-fr/id/entity/b> a kg:Person ; rdfs:label "B" .
<https://w3id.org/kg-fr/id/entity/c> a kg:State ; rdfs:label "C" .
"""

REFUSED = [
    "INSERT DATA { <a:b> <a:c> <a:d> }",
    "delete where { ?s ?p ?o }",
    "PREFIX load: <http://x/> LOAD <http://example.org/data.ttl>",
    "CLEAR ALL", "DROP GRAPH <a:g>", "CREATE GRAPH <a:g>",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { service ?endpoint { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
]
ALLOWED = [
    "SELECT ?insert ?delete WHERE { ?insert ?p ?delete }",
    "PREFIX load: <http://x/load#> SELECT * WHERE { ?s load:drop ?o }",
    'SELECT * WHERE { ?s ?p "SERVICE INSERT DROP" }',
    "SELECT * WHERE { ?s ?p ?o } # SERVICE in a comment",
    "ASK { <http://x/service> ?p ?o }",
]


@pytest.mark.parametrize("text", REFUSED)
def test_updates_and_service_are_refused_before_running(text):
    with pytest.raises(QueryError, match="refused"):
        query.refuse(text)


@pytest.mark.parametrize("text", ALLOWED)
def test_read_queries_that_merely_mention_those_words_run(text):
    query.refuse(text)


def test_a_missing_query_file_is_no_such_file(tmp_path):
    with pytest.raises(InputError, match="no such query file"):
        query.read_query(str(tmp_path / "missing.rq"))
    (tmp_path / "q.rq").write_text("SELECT * WHERE { ?s ?p ?o }")
    assert query.read_query(str(tmp_path / "q.rq")).startswith("SELECT")


def test_bounded_returns_raises_and_stops():
    assert limits.bounded(lambda: {"rows": [1, 2]}, seconds=5) == {"rows": [1, 2]}
    with pytest.raises(NoMatchError, match="nobody"):
        limits.bounded(lambda: (_ for _ in ()).throw(NoMatchError("nobody")), seconds=5)
    start = time.perf_counter()
    with pytest.raises(QueryTimeoutError):
        limits.bounded(lambda: time.sleep(30), seconds=0.5)
    assert time.perf_counter() - start < 10


def test_capped_refuses_answers_over_the_limit():
    assert len(query.capped(iter([{}] * 3), 3)) == 3
    with pytest.raises(QueryError, match="more than 2 rows"):
        query.capped(iter([{}] * 3), 2)


@pytest.fixture
def tiny(tmp_path):
    (tmp_path / "kg.ttl").write_text(TINY, encoding="utf-8")
    return str(tmp_path)


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def one_error_line(result, code: int) -> str:
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert result.stdout == ""
    return lines[0]


def test_cli_exit_codes_of_query_faults(tiny, tmp_path):
    cartesian = "SELECT (COUNT(*) AS ?n) WHERE { " + " . ".join(f"?s{i} ?p{i} ?o{i}" for i in range(12)) + " }"
    assert "refused" in one_error_line(invoke("sparql", "DROP ALL", "-g", tiny), 4)
    assert "no such query file" in one_error_line(invoke("sparql", tmp_path / "nope.rq", "-g", tiny), 2)
    assert "time limit" in one_error_line(invoke("sparql", cartesian, "-g", tiny, "--timeout", "0.5"), 6)
    assert "more than 5 rows" in one_error_line(invoke("sparql", "SELECT * { ?s ?p ?o }", "-g", tiny,
                                                        "--max-rows", "5"), 4)
    assert invoke("sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "-g", tiny, "--format", "csv").stdout.split() == ["n", "6"]


def test_service_never_reaches_the_network(tiny):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(1.5)
    port = listener.getsockname()[1]
    contacted = []
    thread = threading.Thread(target=lambda: contacted.append(accept(listener)))
    thread.start()
    result = invoke("sparql", f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
                    "-g", tiny)
    thread.join()
    listener.close()
    assert "SERVICE is refused" in one_error_line(result, 4)
    assert contacted == [False]


def accept(listener: socket.socket) -> bool:
    try:
        listener.accept()[0].close()
        return True
    except TimeoutError:
        return False


def test_version_verbose_and_quiet(tiny):
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.startswith("kg ")
    stats = ("stats", "-g", tiny, "--timeout", "0", "--format", "json")
    logged = {}
    for flag in ("--verbose", "--quiet", None):
        query.store.cache_clear()  # each run loads the graph again
        logged[flag] = "loaded" in invoke(*([flag] if flag else []), *stats).stderr
    assert logged == {"--verbose": True, "--quiet": False, None: False}


def test_build_of_nothing_says_why_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    result = invoke("build", tmp_path / "typo", "--out", out)
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines[0].startswith("skipped: ") and "typo" in lines[0]
    assert lines[-1].startswith("error: no article was read")
    assert not out.exists() and result.stdout == ""


def test_a_long_one_line_query_is_a_query_not_a_path():
    text = "SELECT ?s WHERE { ?s ?p ?o . " + " ".join(f"FILTER(?o != {i})" for i in range(60)) + " }"
    assert query.read_query(text) == text
