"""kg serve over the seeds build, through Starlette's test client: the SPARQL 1.1 Protocol endpoint, its
limits, the JSON API and the French pages (no JavaScript: what the client gets is the page)."""
from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from kg import serve
from kg.cli import app

pytestmark = pytest.mark.model

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
STATES = "SELECT ?s WHERE { ?s a <https://w3id.org/kg-fr/ontology#State> } ORDER BY ?s LIMIT 3"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def client(seeds_build):
    return TestClient(serve.create_app(seeds_build / "kg.ttl", timeout=3, max_rows=50))


def count(client) -> int:
    answer = client.get("/sparql", params={"query": COUNT})
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("accept, media, check", [
    ("application/sparql-results+json", "application/sparql-results+json",
     lambda body: len(json.loads(body)["results"]["bindings"]) == 3),
    ("application/sparql-results+xml", "application/sparql-results+xml", lambda body: body.count("<result>") == 3),
    ("text/csv", "text/csv", lambda body: body.splitlines()[0] == "s" and len(body.splitlines()) == 4),
    ("text/tab-separated-values", "text/tab-separated-values", lambda body: body.splitlines()[1].startswith("<http")),
    ("*/*", "application/sparql-results+json", lambda body: "bindings" in body),
])
def test_select_results_in_every_format_the_client_asks_for(client, accept, media, check):
    answer = client.get("/sparql", params={"query": STATES}, headers={"Accept": accept})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(media)
    assert check(answer.text)


def test_post_as_form_and_as_sparql_query_and_graph_results(client):
    form = client.post("/sparql", data={"query": STATES})
    direct = client.post("/sparql", content=STATES, headers={"Content-Type": "application/sparql-query"})
    assert form.json() == direct.json() and len(form.json()["results"]["bindings"]) == 3
    ask = client.get("/sparql", params={"query": "ASK { ?s a <https://w3id.org/kg-fr/ontology#Person> }"})
    assert ask.json() == {"head": {}, "boolean": True}
    construct = client.get("/sparql", params={"query": "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 5"},
                           headers={"Accept": "application/n-triples"})
    assert construct.headers["content-type"].startswith("application/n-triples")
    assert len(construct.text.strip().splitlines()) == 5


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://x> <http://y> <http://z> }", "DELETE WHERE { ?s ?p ?o }", "CLEAR ALL",
    "LOAD <http://example.org/data.ttl>", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"])
def test_updates_and_service_are_refused_and_change_nothing(client, update):
    before = count(client)
    for answer in (client.post("/sparql", data={"update": update}),
                   client.post("/sparql", content=update, headers={"Content-Type": "application/sparql-query"}),
                   client.get("/sparql", params={"query": update})):
        assert answer.status_code == 400
    assert count(client) == before


def test_a_query_past_the_time_limit_is_stopped_and_the_next_one_answered(client):
    slow = client.get("/sparql", params={"query": SLOW})
    assert slow.status_code == 503 and "time limit" in slow.text
    assert count(client) > 0


def test_too_many_results_and_bad_queries_are_clear_errors(client):
    many = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o }"})
    assert many.status_code == 400 and "more than 50 results" in many.text
    bad = client.get("/sparql", params={"query": "SELEKT nothing"})
    assert bad.status_code == 400 and "syntax" in bad.text
    assert client.get("/sparql").status_code == 400


def test_the_json_api_answers_without_sparql(client):
    hits = client.get("/api/who-stated", params={"q": "heroisme"}).json()
    assert hits and {h["speaker"] for h in hits} == {"Valery Gerasimov"}
    card = client.get("/api/entity/kim_jong_un").json()
    assert card["label"] == "Kim Jong Un" and card["said"] and card["wikidata"]
    said = client.get("/api/statements", params={"speaker": "Guérassimov"}).json()
    assert said and all(s["speaker"] == "Valery Gerasimov" for s in said)
    assert client.get("/api/entity/nobody_at_all").status_code == 404


def test_the_search_page_shows_speaker_cue_article_and_the_words_highlighted(client):
    page = client.get("/recherche", params={"q": "héroïsme"})
    assert page.status_code == 200 and "<mark>héroïsme</mark>" in page.text
    assert 'href="/entite/valery_gerasimov"' in page.text and 'href="/article/' in page.text
    hostile = client.get("/recherche", params={"q": "<script>alert(1)</script>"})
    assert "<script>alert" not in hostile.text and "&lt;script&gt;" in hostile.text


def test_the_search_page_lists_the_best_hits_up_to_its_limit(client, monkeypatch):
    from kg import pages
    monkeypatch.setattr(pages, "SEARCH_LIMIT", 2)
    page = client.get("/recherche", params={"q": "e"})
    assert page.text.count("<li>") == 2 and "Les 2 premières déclarations" in page.text


def test_entity_article_and_network_pages(client):
    entity = client.get("/entite/kim_jong_un")
    assert entity.status_code == 200 and "Kim Jong-un" in entity.text and "wikidata.org/wiki/Q" in entity.text
    key = client.get("/api/who-stated", params={"q": "heroisme"}).json()[0]["document_iri"].rsplit("/", 1)[-1]
    article = client.get(f"/article/{key}")
    assert article.status_code == 200 and 'class="statement"' in article.text
    assert "Habillage de page" in article.text and 'href="/entite/' in article.text
    assert client.get("/reseau").status_code == 200 and client.get("/reseau.png").status_code == 200
    assert client.get("/article/0000000000000000").status_code == 404


def test_kg_serve_listens_on_localhost_unless_told_and_says_so(seeds_build, monkeypatch):
    import uvicorn
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app_, **kw: calls.append(kw))
    result = CliRunner().invoke(app, ["serve", "--graph", str(seeds_build)])
    assert result.exit_code == 0 and calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 7878
    assert "only this machine can reach it" in result.output
    result = CliRunner().invoke(app, ["serve", "--graph", str(seeds_build), "--host", "0.0.0.0"])
    assert "other machines can reach it" in result.output
