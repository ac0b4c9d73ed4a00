"""kg export: each format opens in the library made for it and holds what the graph holds."""
from __future__ import annotations

import csv
import shutil

import networkx as nx
import pytest
from openpyxl import load_workbook
from rdflib import Graph, Literal
from typer.testing import CliRunner

from kg.cli import app

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def graph(seeds_build, tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    shutil.copytree(seeds_build, folder / "g", ignore=shutil.ignore_patterns("previous"))
    return folder / "g"


def exported(graph, fmt):
    result = CliRunner().invoke(app, ["export", "--format", fmt, "--graph", str(graph)])
    assert result.exit_code == 0, result.output
    return graph


def test_csv_tables_hold_statements_relations_figures_and_entities(graph):
    folder = exported(graph, "csv") / "export-csv"
    rows = {name: list(csv.DictReader((folder / f"{name}.csv").open(encoding="utf-8")))
            for name in ("statements", "relations", "figures", "entities")}
    assert any(r["speaker"] == "Valery Gerasimov" and "héroïsme" in r["words"] and r["cue"] and r["sentence"]
               for r in rows["statements"])
    assert any(r["predicate"] == "signed" and r["source"].endswith(".txt") and r["sentence"] for r in rows["relations"])
    assert rows["figures"] and all(r["quantity"] and r["article"] for r in rows["figures"])
    kim = next(r for r in rows["entities"] if r["label"] == "Kim Jong Un")
    assert kim["type"] == "Person" and kim["wikidata"].startswith("Q") and "Kim Jong-un" in kim["other_spellings"]


def test_the_workbook_has_a_sheet_per_table(graph):
    book = load_workbook(exported(graph, "xlsx") / "kg.xlsx", read_only=True)
    assert book.sheetnames == ["statements", "relations", "figures", "entities"]
    header = next(book["statements"].iter_rows(values_only=True))
    assert header[:4] == ("speaker", "words", "cue", "kind") and book["statements"].max_row > 10


@pytest.mark.parametrize("fmt, name, rdf_format", [("jsonld", "kg.jsonld", "json-ld"), ("nt", "kg.nt", "nt")])
def test_rdf_exports_are_the_same_graph(graph, fmt, name, rdf_format):
    turtle = Graph().parse(graph / "kg.ttl", format="turtle")
    other = Graph().parse(exported(graph, fmt) / name, format=rdf_format)
    assert len(other) == len(turtle) and values(other) == values(turtle)  # "47.0" and "47" are one decimal


def values(g: Graph) -> set:
    """The triples of g with literals compared by value, not by how they are written."""
    return {(s, p, o.toPython() if isinstance(o, Literal) else o) for s, p, o in g}


def test_gexf_is_the_entity_network(graph):
    gexf = nx.read_gexf(exported(graph, "gexf") / "kg.gexf")
    graphml = nx.read_graphml(graph / "kg.graphml")
    assert gexf.number_of_nodes() == graphml.number_of_nodes() > 10
    assert {d["label"] for _, d in gexf.nodes(data=True)} == {d["label"] for _, d in graphml.nodes(data=True)}
