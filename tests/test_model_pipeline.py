"""The whole build on the seed articles and on awkward batches: outputs, validation, queries, furniture,
order independence and unreadable inputs."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import SEEDS
from kg import pipeline, query

pytestmark = pytest.mark.model

NODE_KEYS = {"label", "type", "iri", "pagerank", "community", "degree", "r", "g", "b"}


def test_outputs_written(seeds_build):
    for name in ("kg.ttl", "kg.graphml", "analysis.json", "report.md", "furniture.tsv", "network.png"):
        assert (seeds_build / name).stat().st_size > 0, name


def test_turtle_parses_with_pyoxigraph(seeds_build):
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(seeds_build / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    assert len(store) > 500


def test_graph_conforms_to_shapes(seeds_build):
    from kg.shapes import validate

    conforms, report = validate(seeds_build)
    assert conforms, report


def test_graphml_loads_with_networkx_and_igraph(seeds_build):
    import igraph
    import networkx as nx

    net = nx.read_graphml(seeds_build / "kg.graphml")
    assert net.number_of_nodes() > 10 and net.number_of_edges() > 10
    assert all(n.startswith("n") and n[1:].isdigit() for n in net.nodes)
    for node, data in net.nodes(data=True):
        assert NODE_KEYS <= set(data), (node, data)
        assert data["iri"].startswith("https://w3id.org/kg-fr/id/entity/")
    labels = {d["label"] for _, d in net.nodes(data=True)}
    assert {"Valery Gerasimov", "Kim Jong Un", "Vladimir Putin", "North Korea", "Russia"} <= labels

    ig = igraph.Graph.Read_GraphML(str(seeds_build / "kg.graphml"))
    assert ig.vcount() == net.number_of_nodes()
    assert NODE_KEYS <= set(ig.vs.attributes())


def test_who_stated_heroism_is_gerasimov_only(seeds_build):
    rows = query.who_stated("héroïsme", seeds_build)
    assert rows
    assert {r["speaker"] for r in rows} == {"Valery Gerasimov"}
    # accents and case do not matter
    assert {r["statement_iri"] for r in query.who_stated("HEROISME", seeds_build)} == {r["statement_iri"] for r in rows}


def test_statements_by_french_spelling(seeds_build):
    rows = query.statements_by("Guérassimov", seeds_build)
    assert len(rows) >= 5
    assert {r["speaker"] for r in rows} == {"Valery Gerasimov"}
    assert {r["speaker_iri"] for r in rows} == {"https://w3id.org/kg-fr/id/entity/valery_gerasimov"}
    assert {r["kind"] for r in rows} == {"direct", "indirect"}
    assert len({r["document"] for r in rows}) >= 3


def furniture_rows(folder: Path) -> list[dict]:
    with open(folder / "furniture.tsv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_furniture_log(seeds_build, seeds_result):
    rows = furniture_rows(seeds_build)
    assert len(rows) == sum(len(d.dropped) for d in seeds_result.graph.documents)
    texts = " ".join(r["text"] for r in rows)
    assert "Matthew Perry" in texts and "Credit Suisse" in texts
    assert {"separator", "related-link", "credit", "tail"} <= {r["reason"] for r in rows}


def test_no_entity_from_furniture_lines(seeds_result):
    kg = seeds_result.graph
    labels = {lab.casefold() for e in kg.entities.values() for lab in {e.label, *e.labels}}
    for name in ("Matthew Perry", "Credit Suisse", "Chandler Bing", "Ali Larijani", "Joe Kent", "Pfizer"):
        assert name.casefold() not in labels, name


def inside(spans, start, end):
    return any(s <= start < e or s < end <= e for s, e in spans)


def test_no_fact_anchored_in_a_furniture_line(seeds_result):
    for ex in seeds_result.graph.extractions:
        dropped = ex.doc.dropped
        for m in ex.mentions:
            assert not inside(dropped, m.start, m.end), (ex.doc.name, m.text)
        for st in ex.statements:
            assert not inside(dropped, st.evidence.start, st.evidence.end), (ex.doc.name, st.text)
            assert not inside(dropped, st.speaker.start, st.speaker.end), (ex.doc.name, st.speaker.text)
        for r in ex.relations:
            assert not inside(dropped, r.subject.start, r.subject.end), (ex.doc.name, r)
            assert not inside(dropped, r.object.start, r.object.end), (ex.doc.name, r)
        for f in ex.figures:
            assert not inside(dropped, f.evidence.start, f.evidence.end), (ex.doc.name, f.text)


def test_evidence_sentences_hold_no_furniture_text(seeds_result):
    for ex in seeds_result.graph.extractions:
        lines = [line.strip() for line in ex.doc.dropped_lines if len(line.strip()) >= 20]
        for fact in (*ex.statements, *ex.relations, *ex.figures):
            for line in lines:
                assert line not in fact.evidence.sentence, (ex.doc.name, line)


def entity_ids(result) -> set[str]:
    return set(result.graph.entities)


def test_entity_iris_do_not_depend_on_input_order(seeds_result):
    from rdflib.compare import isomorphic

    from kg import gazetteer, rdf

    files = sorted(SEEDS.glob("*.txt"))
    from kg import ingest

    docs, _ = ingest.read_all(list(reversed(files)))
    assert [d.name for d in docs] == [f.name for f in reversed(files)]  # really read in the other order
    reversed_result = pipeline.build(list(reversed(files)))
    assert entity_ids(reversed_result) == entity_ids(seeds_result)
    gaz = gazetteer.default()
    assert isomorphic(rdf.to_rdf(reversed_result.graph, gaz), rdf.to_rdf(seeds_result.graph, gaz))


GOOD = ("Le président français Emmanuel Macron s'est rendu à Kharkiv, en Ukraine, mardi. Il a affirmé que "
        "la France livrerait de nouveaux canons Caesar à l'armée ukrainienne.")


def test_bad_inputs_are_skipped_and_the_rest_builds(tmp_path):
    (tmp_path / "good.txt").write_text(f"Macron en visite surprise en Ukraine\n\n{GOOD}\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    missing = tmp_path / "missing.txt"
    result = pipeline.build([tmp_path / "good.txt", tmp_path / "empty.txt", tmp_path / "binary.txt", missing])
    assert [d.name for d in result.graph.documents] == ["good.txt"]
    assert len(result.skipped) == 3
    reasons = {Path(s.path).name: s.reason for s in result.skipped}
    assert set(reasons) == {"empty.txt", "binary.txt", "missing.txt"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "no such file" in reasons["missing.txt"]
    ex = result.graph.extractions[0]
    assert [result.graph.entity_of(s.speaker).label for s in ex.statements] == ["Emmanuel Macron"]


def test_latin1_article_builds_like_utf8(tmp_path):
    text = f"Macron en visite surprise en Ukraine\n\n{GOOD}\n"
    (tmp_path / "utf8.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "latin1.txt").write_bytes(text.encode("latin-1"))

    def facts(path):
        result = pipeline.build([path])
        g, [ex] = result.graph, result.graph.extractions
        return (ex.doc, {(g.entity_of(s.speaker).label, s.kind, s.cue, s.text) for s in ex.statements},
                {(g.entity_of(r.subject).label, r.predicate, g.entity_of(r.object).label) for r in ex.relations},
                {(g.entity_of(m).label if g.entity_of(m) else None, m.start, m.end) for m in ex.mentions})

    (latin1, *found_latin1), (utf8, *found_utf8) = facts(tmp_path / "latin1.txt"), facts(tmp_path / "utf8.txt")
    assert utf8.encoding == "utf-8" and latin1.encoding in ("cp1252", "latin-1")
    assert latin1.text == utf8.text and latin1.key == utf8.key
    assert found_latin1 == found_utf8 and found_utf8[0]
    both = pipeline.build([tmp_path / "latin1.txt", tmp_path / "utf8.txt"])  # the same article under two names
    assert [d.name for d in both.graph.documents] == ["latin1.txt"]
    assert [s.reason for s in both.skipped] == ["utf8.txt: same text as latin1.txt, skipped"]
