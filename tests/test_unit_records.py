"""The search rows and the entity network a build makes from its records are those it used to read back from
the graph it wrote (the store and the who_stated query; kg.network's SPARQL projection)."""
from __future__ import annotations

from dataclasses import replace

from kg import analyze, export, network, query, search
from kg.model import Statement

try:
    from test_unit_rdf import GAZ, hand_made_kg
    from unit_helpers import evidence
except ImportError:  # tests/ imported as a package
    from tests.test_unit_rdf import GAZ, hand_made_kg
    from tests.unit_helpers import evidence


def keyed_kg():
    """The hand-made graph with documents keyed by the names its evidence uses, dated (one with a time zone
    the store writes otherwise), and a second statement on the node of the first with another speaker."""
    kg = hand_made_kg()
    a, b = kg.documents
    kg.documents = [replace(a, key="a.txt", published="2024-11-05T10:12:00+00:00"), replace(b, key="b.txt",
                                                                                           published="2024-11-06")]
    first = kg.extractions[0].statements[0]
    kg.extractions[0].statements[0] = replace(first, date="2024-11", when="en novembre")
    ex_b = kg.extractions[1]
    ex_b.statements.append(Statement(ex_b.mentions[4], "rien", "indirect", "dit", evidence("b.txt", 80, 99),
                                     about=[ex_b.mentions[1]]))
    return kg


def written(kg, folder):
    """The folder with kg's graph and store, as kg build writes them."""
    from kg import rdf
    lines = rdf.lines(kg, GAZ)
    export.write_graph(export.write_ntriples(lines, folder / "kg.nt"), lines.prefixes, folder)
    query.store.cache_clear()
    return folder


def test_the_search_rows_are_those_the_store_gives(tmp_path):
    kg = keyed_kg()
    kg.extractions[1].statements.pop()  # two statements on one node give the query two rows for it
    rows = search.statement_rows(kg)
    assert rows == search.store_rows(written(kg, tmp_path))
    assert {r["published"] for r in rows} == {"2024-11-05T10:12:00Z", "2024-11-06"} and rows[0]["date"] == "2024-11"


def test_the_network_is_the_one_projected_from_the_store(tmp_path):
    kg = keyed_kg()
    made, projected = analyze.record_network(kg, GAZ), network.load(written(kg, tmp_path) / "kg.ttl")[1]
    assert list(made.nodes(data=True)) == list(projected.nodes(data=True))
    assert list(made.edges(keys=True, data=True)) == list(projected.edges(keys=True, data=True))
    assert made.number_of_edges() >= 5 and any(len(d["facts"]) for *_, d in made.edges(data=True))


def test_the_n_triples_are_compared_part_by_part(tmp_path):
    """Only the parts whose digest changed are read back: the lines taken out and put in are those that differ,
    and too much change to keep gives None (the store is then loaded whole)."""
    before = [("doc a", ["<a> <p> <1> ."]), ("doc b", ["<b> <p> <1> .", "<b> <p> <2> ."]), ("rest", [])]
    after = [("doc a", ["<a> <p> <1> ."]), ("doc b", ["<b> <p> <1> .", "<b> <p> <3> ."]),
             ("doc c", ["<c> <p> <1> ."]), ("rest", [])]
    old = export.NTriples(tmp_path / "old.nt").write(before)
    new = export.NTriples(tmp_path / "new.nt", old.index, keep=1000).write(after)
    assert new.lines == 4 and (tmp_path / "new.nt").read_text().splitlines() == [x for _, ls in after for x in ls]
    assert new.changes(tmp_path / "old.nt") == ([b"<b> <p> <2> ."], [b"<b> <p> <3> .", b"<c> <p> <1> ."])
    assert export.NTriples(tmp_path / "big.nt", old.index, keep=10).write(after).changes(tmp_path / "old.nt") is None
    assert export.NTriples(tmp_path / "first.nt").write(after).changes(tmp_path / "old.nt") is None
