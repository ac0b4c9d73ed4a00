"""kg serve started as users start it: its pages in a real browser (Debian's Chromium, headless, driven by
Selenium; screenshots go to tests/screenshots/, not committed), and its endpoint through SPARQLWrapper and curl."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.model
CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
SHOTS = Path(__file__).parent / "screenshots"
needs_browser = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="Debian's chromium and chromium-driver are "
                                   "not installed (make test installs them)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seeds_build):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import app; app()", "serve", "--graph",
                             str(seeds_build), "--port", str(port), "--timeout", "3"], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    SHOTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()


@needs_browser
def test_a_search_shows_the_speaker_and_the_highlighted_sentence(server, browser):
    from selenium.webdriver.common.by import By
    browser.get(server + "/")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("héroïsme")
    box.submit()
    time.sleep(0.5)
    browser.save_screenshot(str(SHOTS / "search.png"))
    assert "Valery Gerasimov" in browser.find_element(By.TAG_NAME, "ol").text
    assert [m.text for m in browser.find_elements(By.TAG_NAME, "mark")][0].lower() == "héroïsme"


@needs_browser
def test_entity_and_article_pages_render_with_their_evidence(server, browser):
    from selenium.webdriver.common.by import By
    browser.get(server + "/recherche?q=héroïsme")
    browser.find_element(By.LINK_TEXT, "Valery Gerasimov").click()
    browser.save_screenshot(str(SHOTS / "entity.png"))
    assert browser.find_element(By.TAG_NAME, "h1").text in ("Valéri Guérassimov", "Valery Gerasimov")
    assert "héroïsme" in browser.page_source and "Relations" in browser.page_source
    browser.get(server + "/recherche?q=héroïsme")
    browser.find_elements(By.CSS_SELECTOR, "a[href^='/article/']")[0].click()
    browser.save_screenshot(str(SHOTS / "article.png"))
    statements = browser.find_elements(By.CSS_SELECTOR, "span.statement")
    assert statements and statements[0].value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    assert "Habillage de page mis de côté" in browser.page_source


QUERY = ("SELECT ?s ?label WHERE { ?s a <https://w3id.org/kg-fr/ontology#Person> ; "
         "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s")


def cli_rows(seeds_build) -> list[dict]:
    import json
    out = subprocess.run([sys.executable, "-c", "from kg.cli import app; app()", "sparql", QUERY, "--format", "json",
                          "--graph", str(seeds_build)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def test_sparqlwrapper_and_curl_get_what_kg_sparql_gets(server, seeds_build):
    import json

    from SPARQLWrapper import JSON, SPARQLWrapper
    client = SPARQLWrapper(server + "/sparql")
    client.setQuery(QUERY)
    client.setReturnFormat(JSON)
    wrapped = [{k: v["value"] for k, v in b.items()} for b in client.query().convert()["results"]["bindings"]]
    curled = subprocess.run(["curl", "-s", "-H", "Accept: application/sparql-results+json", "--data-urlencode",
                             f"query={QUERY}", server + "/sparql"], capture_output=True, text=True, check=True).stdout
    by_curl = [{k: v["value"] for k, v in b.items()} for b in json.loads(curled)["results"]["bindings"]]
    expected = [{k: str(v) for k, v in r.items()} for r in cli_rows(seeds_build)]
    assert wrapped == by_curl == expected and len(expected) > 5


def test_a_runaway_query_an_update_and_service_fail_and_the_server_goes_on(server):
    def status(data: str) -> str:
        return subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--data-urlencode", data,
                               server + "/sparql"], capture_output=True, text=True).stdout
    assert status("update=DELETE WHERE { ?s ?p ?o }") == "400"
    assert status("query=SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }") == "400"
    assert status("query=SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }") == "503"
    assert status("query=ASK { ?s ?p ?o }") == "200"
