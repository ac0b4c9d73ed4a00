"""Hostile input: every odd file is built or skipped with one line, and none stops the batch."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg import ingest
from kg.cli import app

BODY = "Le ministre a déclaré que « la paix est possible », selon l'agence.\n"


def body(n: int) -> str:
    """A different article each time (the same text twice is one document)."""
    return BODY.replace("ministre", f"ministre {n}")

LONG_LINE = ("mot " * 2_600_000).encode()  # a 10 MB single line

# name -> (bytes, "built" or "skipped")
CASES = {
    "empty.txt": (b"", "skipped"),
    "whitespace.txt": (b" \n\t \n  ", "skipped"),
    "binary.txt": (bytes(range(256)) * 8, "skipped"),
    "nul in text.txt": (BODY.encode() + b"\x00" + BODY.encode(), "skipped"),
    "utf16 bom.txt": (body(1).encode("utf-16"), "built"),
    "utf16le no bom.txt": (body(2).encode("utf-16-le"), "built"),
    "utf16be no bom.txt": (body(3).encode("utf-16-be"), "built"),
    "mixed encodings.txt": (BODY.encode() * 3 + "Très".encode("cp1252") + b"\n", "built"),
    "long line.txt": (LONG_LINE, "skipped"),
    "unbalanced quotes.txt": ("Il a dit « sans fin et “ encore « et ».\n« « »\n".encode(), "built"),
    "scripts.txt": ("Путин заявил. 김정은 위원장. قال الرئيس. Le président a dit « 평화 ».\n".encode(), "built"),
    "controls.txt": ("Le texte\x07 avec\x0b des\x1b contrôles, a-t-il dit.\n".encode(), "built"),
    "quote's \"name\".txt": (body(4).encode(), "built"),
    "new\nline.txt": (body(5).encode(), "built"),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, (data, _) in CASES.items():
        (folder / name).write_bytes(data)
    (folder / "folder.txt").mkdir()  # a directory named like an article
    (folder / "folder.txt" / "inside.txt").write_bytes(body(6).encode())
    os.symlink(folder / "loop_b.txt", folder / "loop_a.txt")
    os.symlink(folder / "loop_a.txt", folder / "loop_b.txt")
    os.symlink(folder, folder / "self")  # a folder that contains itself
    (folder / "odd \udcff name.txt").write_bytes(body(7).encode()) if os.name == "posix" else None
    return folder


def test_every_case_is_built_or_skipped_with_one_line(corpus):
    docs, skipped = ingest.read_all([corpus])
    built = {d.name for d in docs}
    expected_built = {ingest.shown(n) for n, (_, fate) in CASES.items() if fate == "built"}
    assert expected_built | {"folder.txt/inside.txt", "odd \\xff name.txt"} == built
    expected_skipped = {ingest.shown(n) for n, (_, fate) in CASES.items() if fate == "skipped"}
    assert {Path(s.path).name for s in skipped} == expected_skipped
    for item in skipped:
        assert "\n" not in item.reason and item.reason.encode("utf-8")


def test_texts_are_clean_for_every_output(corpus):
    docs, _ = ingest.read_all([corpus])
    for doc in docs:
        assert not ingest.CONTROL.search(doc.text), doc.name
        assert "Ã" not in doc.text and "\ufffd" not in doc.text, doc.name
    by_name = {d.name: d for d in docs}
    assert by_name["mixed encodings.txt"].text.endswith("Très\n")
    assert by_name["utf16le no bom.txt"].text == body(2)


def test_an_unreadable_file_is_reported_and_the_rest_read(corpus, monkeypatch):
    real = Path.read_bytes

    def refuse(path):
        if path.name == "scripts.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    docs, skipped = ingest.read_all([corpus])
    assert "scripts.txt" not in {d.name for d in docs} and len(docs) > 5
    assert any("scripts.txt: cannot read (Permission denied)" in s.reason for s in skipped)


@given(st.binary(max_size=400))
def test_no_bytes_crash_decoding(data):
    try:
        text, _ = ingest.decode(data, "x")
    except ingest.InputError:
        return
    assert isinstance(text, str)


@pytest.mark.model
def test_a_hostile_folder_builds_with_one_line_per_skipped_file(corpus, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(out)])
    assert result.exit_code == 1, (result.output, result.exception)
    lines = [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert len(lines) == sum(fate == "skipped" for _, fate in CASES.values())
    assert "documents 11" in result.stdout
    validated = CliRunner().invoke(app, ["validate", "--graph", str(out)])
    assert validated.stdout.strip() == "conforms", validated.output


def test_names_the_os_refuses_are_skipped_not_fatal(tmp_path):
    (tmp_path / "ok.txt").write_text(BODY)
    docs, skipped = ingest.read_all(["x" * 300 + ".txt", "nul\x00.txt", tmp_path / "ok.txt"])
    assert [d.name for d in docs] == ["ok.txt"]
    assert len(skipped) == 2 and all("skipped" in s.reason for s in skipped)


def test_a_line_full_of_slashes_does_not_stall_the_batch(tmp_path):
    from kg import limits
    from kg.ingest import furniture
    line = "Kim / Séoul / " * 8000  # 110 kB: the old credit pattern took minutes on such a line
    title, lines = limits.bounded(lambda: furniture.classify(f"Titre de l'article\n\n{line}\n{BODY}"), seconds=20,
                                  what="furniture on a 110 kB line")
    assert lines is not None


def test_a_stray_byte_keeps_the_article_utf8_and_says_how_many(caplog):
    data = ("Le président a déclaré que « l'été sera chaud ».\n" * 20).encode() + b"caf\xe9\n"
    text, encoding = ingest.decode(data, "mixed.txt")
    assert encoding == "utf-8" and "été sera chaud" in text and text.endswith("café\n")
    assert "mixed.txt: UTF-8 with 1 stray bytes" in caplog.text


def test_an_article_mostly_furniture_is_named(tmp_path, caplog):
    path = tmp_path / "menu.txt"
    path.write_text("Titre de la page\n\n" + "\n".join(["Partager", "Newsletter", "Lire aussi", "Commentaires",
                                                        "Accueil", "Monde"]) + "\n" + BODY, encoding="utf-8")
    ingest.read_document(path)
    assert "menu.txt:" in caplog.text and "set aside as page furniture" in caplog.text


@pytest.mark.model
def test_an_article_past_its_time_budget_is_skipped_and_the_batch_goes_on(tmp_path, monkeypatch):
    from kg import pipeline
    from kg.extract import figures
    for name in ("slow", "fine"):
        (tmp_path / f"{name}.txt").write_text(f"Un titre pour l'article {name}\n\n{BODY}", encoding="utf-8")
    real = figures.figures

    def stalls(doc, **kw):
        while "article slow" in doc.text:
            pass
        return real(doc, **kw)

    monkeypatch.setattr(pipeline.figures, "figures", stalls)
    result = pipeline.build([tmp_path], article_seconds=1)
    assert [x.doc.name for x in result.graph.extractions] == ["fine.txt"]
    assert [s.reason for s in result.skipped] == ["slow.txt: extraction took more than 1 s (--article-timeout), skipped"]


FRAGMENTS = ["« «", "« »", "« , »", "“”", '""', "»", "«", "Il a dit", "a-t-il ajouté.", "Selon lui,", "\n\n",
             "Emmanuel Macron", "a déclaré que", "la paix", "« La guerre est finie »", ":", "« Nous", "Ukraine ».",
             "Lire aussi", "© AFP", "Par Jean Dupont", "|", "/"]


@pytest.mark.model
@settings(max_examples=12, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=3, max_size=40))
@example(fragments=["Selon lui,", "« , »", "|", "\n\n"])  # a 'selon' clause of marks and bars says nothing
def test_every_graph_kg_builds_validates(tmp_path_factory, fragments):
    from kg import pipeline, shapes
    folder = tmp_path_factory.mktemp("prop")
    (folder / "a.txt").write_text("Titre d'un article de test\n\n" + " ".join(fragments) + " " + BODY,
                                  encoding="utf-8")
    result = pipeline.build([folder / "a.txt"])
    assert all(any(c.isalnum() for c in st_.text) for x in result.graph.extractions for st_ in x.statements)
    pipeline.write_outputs(result, folder / "out", seconds=0)
    conforms, report = shapes.validate(folder / "out")
    assert conforms, report
