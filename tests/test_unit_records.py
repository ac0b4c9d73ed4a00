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
    export.write_graph(rdf.unique_parts(kg, GAZ), rdf.prefixes(), folder)
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


def line(s: str, o: int) -> str:
    return f"<http://x/{s}> <http://x/p> <http://x/{o}> ."


def graph_files(folder, parts, previous=None, keep=1000):
    """The N-Triples and Turtle of parts ((name, lines)), written in folder, each part keyed by its name."""
    folder.mkdir()
    files = export.GraphFiles(folder / "kg.nt", folder / "kg.ttl", previous, keep)
    return files.write(((name, lines, name.encode()) for name, lines in parts), {"x": "http://x/"})


def test_the_graph_files_are_written_part_by_part_and_compared_by_the_parts_that_changed(tmp_path):
    """Only the parts whose digest changed are read back: the lines taken out and put in are those that differ,
    and too much change to keep gives None (the store is then loaded whole)."""
    import pyoxigraph as ox
    before = [("doc a", [line("a", 1)]), ("doc b", [line("b", 1), line("b", 2)]), ("rest", [])]
    after = [("doc a", [line("a", 1)]), ("doc b", [line("b", 1), line("b", 3)]), ("doc c", [line("c", 1)]),
             ("rest", [])]
    old = graph_files(tmp_path / "old", before)
    previous = export.Previous(tmp_path / "old" / "kg.nt", tmp_path / "old" / "kg.ttl", old.index)
    new = graph_files(tmp_path / "new", after, previous)
    assert new.lines == 4 and (tmp_path / "new" / "kg.nt").read_text().splitlines() == [x for _, ls in after for x in ls]
    turtle = {str(t) for t in ox.parse(path=str(tmp_path / "new" / "kg.ttl"), format=ox.RdfFormat.TURTLE)}
    assert turtle == {str(t) for t in ox.parse(path=str(tmp_path / "new" / "kg.nt"), format=ox.RdfFormat.N_TRIPLES)}
    assert new.changes() == ([line("b", 2).encode()], [line("b", 3).encode(), line("c", 1).encode()])
    assert graph_files(tmp_path / "big", after, previous, keep=10).changes() is None
    assert old.changes() is None  # no previous files: the store is loaded whole


def test_a_part_made_from_the_same_key_is_copied_from_the_previous_files(tmp_path):
    before = [("facts a", [line("a", 1), line("a", 2)]), ("rest", [line("r", 1)])]
    old = graph_files(tmp_path / "old", before)
    previous = export.Previous(tmp_path / "old" / "kg.nt", tmp_path / "old" / "kg.ttl", old.index)
    new = graph_files(tmp_path / "new", [("facts a", None), ("rest", [line("r", 1)])], previous)
    assert new.made("facts a", b"facts a") and not new.made("facts b", b"facts b")
    assert (tmp_path / "new" / "kg.nt").read_bytes() == (tmp_path / "old" / "kg.nt").read_bytes()
    assert (tmp_path / "new" / "kg.ttl").read_bytes() == (tmp_path / "old" / "kg.ttl").read_bytes()
    assert new.changes() == ([], [])


def test_a_search_past_its_time_is_stopped_by_sqlite_with_a_typed_error(tmp_path, monkeypatch):
    import pytest

    from kg.errors import QueryTimeoutError
    kg = keyed_kg()
    written(kg, tmp_path)
    search.write_index(tmp_path, search.statement_rows(kg))
    ttl = tmp_path / "kg.ttl"
    assert search.find(ttl, "rien", seconds=30) == search.find(ttl, "rien")
    clock = iter([0.0, 100.0])  # the deadline is taken at 0 s, every later look at the clock is past it
    monkeypatch.setattr(search.time, "monotonic", lambda: next(clock, 100.0))
    monkeypatch.setattr(search, "STEPS", 1)
    with pytest.raises(QueryTimeoutError, match="time limit of 1 s"):
        search.find(ttl, "e", seconds=1)


def test_a_turtle_part_that_is_not_what_was_written_is_serialized_again(tmp_path):
    import pyoxigraph as ox
    parts = [("doc a", [line("a", 1)]), ("rest", [line("r", 1)])]
    old = graph_files(tmp_path / "old", parts)
    ttl = tmp_path / "old" / "kg.ttl"
    ttl.write_bytes(ttl.read_bytes().replace(b"<http://x/1>", b"<http://x/9>"))  # same length, other triples
    previous = export.Previous(tmp_path / "old" / "kg.nt", ttl, old.index)
    graph_files(tmp_path / "new", parts, previous)
    turtle = {str(t) for t in ox.parse(path=str(tmp_path / "new" / "kg.ttl"), format=ox.RdfFormat.TURTLE)}
    assert turtle == {str(t) for t in ox.parse(path=str(tmp_path / "old" / "kg.nt"), format=ox.RdfFormat.N_TRIPLES)}


def test_ranges_that_follow_each_other_are_copied_in_one_call_and_read_where_the_kernel_cannot(tmp_path, monkeypatch):
    source, calls = tmp_path / "source", []
    source.write_bytes(b"abcdefghij")
    real = getattr(export.os, "copy_file_range", None)

    def counted(src, dst, count, offset_src=None, *rest):
        calls.append((offset_src, count))
        if real is None:
            raise OSError("no copy_file_range here")
        return real(src, dst, count, offset_src, *rest)

    def copied(name: str) -> bytes:
        with source.open("rb") as src, (tmp_path / name).open("wb") as out:
            sink = export.Sink(out, src)
            sink.copy(0, 2), sink.copy(2, 3), sink.write(b"-"), sink.copy(8, 2)
            sink.flush()
            assert sink.at == 8
        return (tmp_path / name).read_bytes()

    monkeypatch.setattr(export.os, "copy_file_range", counted, raising=False)
    assert copied("out") == b"abcde-ij" and calls == [(0, 5), (8, 2)]
    monkeypatch.setattr(export.os, "copy_file_range", lambda *a: (_ for _ in ()).throw(OSError(18, "EXDEV")))
    assert copied("fallback") == b"abcde-ij"


def test_previous_n_triples_shorter_than_their_index_fail_the_build_instead_of_copying_less():
    import io

    import pytest

    from kg.errors import OutputError
    short = io.BytesIO(b"abc")
    short.name = "graph.nt"
    with pytest.raises(OutputError, match="shorter than its index"):
        export.copy_range(short, io.BytesIO(), 0, 10)


def test_records_pickled_by_their_fields_come_back_equal_and_keep_what_was_set_after_they_were_made():
    import pickle
    kg = keyed_kg()
    ex = kg.extractions[1]
    assert pickle.loads(pickle.dumps(ex)) == ex
    doc = replace(kg.documents[0], key="named by hand")  # not the key its text would give
    assert pickle.loads(pickle.dumps(doc)).key == "named by hand"
    assert pickle.loads(pickle.dumps(list(kg.entities.values()))) == list(kg.entities.values())
    assert type(ex).__reduce__(ex)[1][0] is ex.doc  # a call with the fields, not the slots' state functions


def test_an_entity_keeps_its_key_whatever_the_order_of_its_sets_and_changes_it_with_any_field():
    from kg import pipeline
    e = next(iter(keyed_kg().entities.values()))
    same = replace(e, labels=set(reversed(sorted(e.labels | {"X", "Y"}))), docs=set(e.docs))
    e.labels |= {"Y", "X"}
    assert pipeline.record_key(same) == pipeline.record_key(e)
    assert pipeline.record_key(replace(e, mentions=e.mentions + 1)) != pipeline.record_key(e)
    assert pipeline.record_key(replace(e, docs=e.docs | {"c.txt"})) != pipeline.record_key(e)
