"""A folder of HTML pages, JSON lines and text files builds into one graph whose documents carry their
metadata, whose time words carry dates, whose retold wire story counts its quotation once, and which passes
kg validate."""
from __future__ import annotations

import json

import pytest
from rdflib import RDF, Graph, Literal, URIRef, namespace
from typer.testing import CliRunner

from kg import shapes
from kg.cli import app
from kg.rdf import KG, SCHEMA

pytestmark = pytest.mark.model

WIRE = ("Le président ukrainien Volodymyr Zelensky a appelé mercredi ses alliés occidentaux à livrer davantage de "
        "systèmes de défense antiaérienne, après une nuit de frappes russes sur les infrastructures énergétiques "
        "du pays. « Chaque missile abattu sauve des vies », a-t-il déclaré dans son allocution du soir, ajoutant "
        "que l'hiver serait difficile pour des millions d'Ukrainiens privés d'électricité.")
PAGE = """<!DOCTYPE html><html lang="fr"><head><title>Zelensky appelle à l'aide</title>
<meta property="og:site_name" content="La Gazette">
<meta property="article:published_time" content="2024-11-07">
<link rel="canonical" href="https://gazette.example/zelensky"></head>
<body><nav><a href="/">Accueil</a></nav><article><h1>Zelensky appelle à l'aide</h1><p>{}</p></article>
<aside>Lire aussi : Moscou menace Varsovie</aside></body></html>"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "page.html").write_text(PAGE.format(WIRE), encoding="utf-8")
    record = {"url": "https://quotidien.example/kiev", "title": "Kiev demande plus de défense aérienne",
              "text": WIRE + " Mis à jour à 18 heures.", "date": "2024-11-08", "source": "Le Quotidien"}
    (folder / "feed.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "note.txt").write_text("Le Kremlin répond à Varsovie sur les missiles\nPublié le 6 novembre 2024\n\n"
                                     "Le porte-parole du Kremlin Dmitri Peskov a déclaré hier que la Pologne "
                                     "« joue avec le feu ».\n", encoding="utf-8")
    out = folder / "out"
    result = CliRunner().invoke(app, ["-q", "build", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out / "kg.ttl", Graph().parse(out / "kg.ttl")


def test_documents_carry_what_their_input_said(built):
    _, g = built
    docs = {str(g.value(d, KG.fileName)): d for d in g.subjects(RDF.type, KG.Document)}
    assert set(docs) == {"page.html", "feed.jsonl#1", "note.txt"}
    page, feed, note = docs["page.html"], docs["feed.jsonl#1"], docs["note.txt"]
    assert g.value(page, SCHEMA.url) == Literal("https://gazette.example/zelensky", datatype=namespace.XSD.anyURI)
    assert g.value(page, SCHEMA.datePublished) == Literal("2024-11-07", datatype=namespace.XSD.date)
    assert str(g.value(g.value(feed, SCHEMA.publisher), SCHEMA.name)) == "Le Quotidien"
    assert g.value(note, SCHEMA.datePublished) == Literal("2024-11-06", datatype=namespace.XSD.date)


def test_a_retold_wire_story_is_linked_and_its_quotation_counted_once(built):
    _, g = built
    docs = {str(g.value(d, KG.fileName)): d for d in g.subjects(RDF.type, KG.Document)}
    assert (docs["page.html"], KG.sameStoryAs, docs["feed.jsonl#1"]) in g
    quotes = [s for s in g.subjects(KG.text, Literal("Chaque missile abattu sauve des vies"))]
    assert len(quotes) == 1


def test_time_words_are_dated_from_the_publication_day(built):
    _, g = built
    peskov = next(s for s in g.subjects(RDF.type, KG.Statement) if "feu" in str(g.value(s, KG.text)))
    assert (str(g.value(peskov, KG.when)), g.value(peskov, KG.date)) == ("hier", Literal("2024-11-05", datatype=namespace.XSD.date))


def test_the_graph_passes_validation(built):
    path, _ = built
    conforms, report = shapes.validate(path)
    assert conforms, report


def test_standard_input_builds(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["-q", "build", "-", "--out", str(out)], input=PAGE.format(WIRE))
    assert result.exit_code == 0, result.output
    g = Graph().parse(out / "kg.ttl")
    assert [str(g.value(d, KG.fileName)) for d in g.subjects(RDF.type, KG.Document)] == ["stdin"]
    assert URIRef("https://schema.org/publisher") in set(g.predicates())
