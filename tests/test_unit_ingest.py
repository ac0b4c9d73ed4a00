"""Unit tests of kg.ingest: decoding, skipping unusable files, folder expansion, newline handling."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kg import ingest
from kg.errors import InputError

TITLE = "Les négociations sur Zaporijjia reprennent à Genève sous l'égide de l'ONU"
PARA = ("Le président français Emmanuel Macron a déclaré mercredi que la centrale nucléaire de Zaporijjia "
        "devait rester sous la surveillance des inspecteurs internationaux, selon l'Élysée.")
ARTICLE = f"{TITLE}\n\n{PARA}\n"


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def test_utf8_article_is_read(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    docs, skipped = ingest.read_all([tmp_path / "a.txt"])
    assert skipped == []
    [doc] = docs
    assert doc.name == "a.txt"
    assert doc.text == ARTICLE
    assert doc.encoding == "utf-8"
    assert doc.title == TITLE


def test_utf8_bom_is_removed(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    [doc], _ = ingest.read_all([tmp_path / "bom.txt"])
    assert doc.text == ARTICLE and doc.encoding == "utf-8"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encoding_read_with_warning(tmp_path, caplog, encoding):
    write(tmp_path / "old.txt", ARTICLE, encoding)
    with caplog.at_level(logging.WARNING, logger="kg"):
        docs, skipped = ingest.read_all([tmp_path / "old.txt"])
    assert skipped == []
    [doc] = docs
    assert doc.text == ARTICLE
    assert doc.encoding == "cp1252"  # Latin-1 letters used in French decode the same way under cp1252
    assert any("old.txt" in r.getMessage() and "not UTF-8" in r.getMessage() for r in caplog.records)


def test_cp1252_specific_characters(tmp_path, caplog):
    text = "« Nous ne céderons pas » – a répété Olaf Scholz… lors d’une conférence à Berlin.\n"
    write(tmp_path / "w.txt", text, "cp1252")
    with caplog.at_level(logging.WARNING, logger="kg"):
        [doc], _ = ingest.read_all([tmp_path / "w.txt"])
    assert doc.text == text
    assert doc.encoding == "cp1252"
    assert caplog.records


def test_utf8_file_logs_no_warning(tmp_path, caplog):
    write(tmp_path / "a.txt", ARTICLE)
    with caplog.at_level(logging.WARNING, logger="kg"):
        ingest.read_all([tmp_path / "a.txt"])
    assert not caplog.records


def test_decode_directly():
    assert ingest.decode("Kharkiv".encode("utf-8"), "x") == ("Kharkiv", "utf-8")
    assert ingest.decode("Kharkov été".encode("latin-1"), "x") == ("Kharkov été", "cp1252")
    with pytest.raises(InputError, match="binary"):
        ingest.decode(b"abc\x00def", "x.bin")


def test_unusable_files_are_skipped_and_others_still_read(tmp_path):
    write(tmp_path / "good1.txt", ARTICLE)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n \t\n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    write(tmp_path / "good2.txt", ARTICLE.replace("Genève", "Vienne"))
    missing = tmp_path / "absent.txt"
    paths = [tmp_path / "good1.txt", tmp_path / "empty.txt", tmp_path / "blank.txt", tmp_path / "binary.txt",
             missing, tmp_path / "good2.txt"]
    docs, skipped = ingest.read_all(paths)
    assert [d.name for d in docs] == ["good1.txt", "good2.txt"]
    by_path = {s.path: s.reason for s in skipped}
    assert set(by_path) == {str(tmp_path / n) for n in ("empty.txt", "blank.txt", "binary.txt", "absent.txt")}
    for path, reason in by_path.items():
        if not path.endswith("absent.txt"):
            assert path.rsplit("/", 1)[-1] in reason
    assert "empty" in by_path[str(tmp_path / "empty.txt")]
    assert "empty" in by_path[str(tmp_path / "blank.txt")]
    assert "binary" in by_path[str(tmp_path / "binary.txt")]
    assert "binary.txt" in by_path[str(tmp_path / "binary.txt")]
    assert "no such file" in by_path[str(missing)]


def test_missing_path_reason_names_the_file(tmp_path):
    _, [skipped] = ingest.read_all([tmp_path / "absent-article.txt"])
    assert skipped.path == str(tmp_path / "absent-article.txt")
    assert "absent-article.txt" in skipped.reason


def test_read_document_raises_input_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match="empty.txt"):
        ingest.read_document(tmp_path / "empty.txt")
    with pytest.raises(InputError, match="absent.txt"):
        ingest.read_document(tmp_path / "absent.txt")


def test_folders_are_expanded_in_sorted_order(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    for name in ("c.txt", "a.txt", "b"):
        write(folder / name, ARTICLE.replace("Genève", f"Genève ({name})"))
    write(folder / "sub" / "d.txt", ARTICLE.replace("Genève", "Vienne"))
    write(folder / ".hidden.txt", ARTICLE)
    write(folder / "notes.md", ARTICLE)
    write(folder / "image.jpg", ARTICLE)
    (folder / ".git").mkdir()
    write(folder / ".git" / "HEAD.txt", ARTICLE)
    docs, skipped = ingest.read_all([folder])
    assert [(Path(s.path).name, "not a kind of file kg reads" in s.reason) for s in skipped] == \
        [("b", True), ("image.jpg", True), ("notes.md", True)]  # reported, not read
    assert [d.name for d in docs] == ["a.txt", "c.txt", "sub/d.txt"]
    assert [d.name for d in ingest.read_all([folder / "b"])[0]] == ["b"]  # unless named on its own
    items = [str(i.path) for i in ingest.expand([folder])]
    assert items == sorted(items)


def test_duplicate_names_are_skipped(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    write(tmp_path / "x" / "same.txt", ARTICLE)
    write(tmp_path / "y" / "same.txt", ARTICLE)
    docs, skipped = ingest.read_all([tmp_path / "x", tmp_path / "y"])
    assert len(docs) == 1
    assert len(skipped) == 1 and "same.txt" in skipped[0].reason


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_are_normalised(tmp_path, newline):
    write(tmp_path / "dos.txt", ARTICLE.replace("\n", newline))
    [doc], _ = ingest.read_all([tmp_path / "dos.txt"])
    assert "\r" not in doc.text
    assert doc.text == ARTICLE
    assert doc.title == TITLE


def test_furniture_is_set_aside_with_reasons(tmp_path):
    caption = "Des inspecteurs de l'AIEA arrivent à la centrale de Zaporijjia, dans le sud de l'Ukraine."
    text = "\n".join([TITLE, PARA, "-", "Kharkiv sous le feu des drones pendant la nuit", "-", PARA,
                      caption, "REUTERS/Ivanova", PARA]) + "\n"
    write(tmp_path / "f.txt", text)
    [doc], _ = ingest.read_all([tmp_path / "f.txt"])
    assert doc.dropped_reasons == ["separator", "related-link", "separator", "credit"]
    assert len(doc.dropped) == len(doc.dropped_reasons)
    assert doc.dropped_lines == ["-", "Kharkiv sous le feu des drones pendant la nuit", "-", "REUTERS/Ivanova"]
    assert [doc.text[s:e] for s, e in doc.asides] == [caption]
    assert caption in doc.body
    assert len(doc.body) == len(doc.text)


def test_a_line_that_gives_the_title_again_is_set_aside_like_the_title(tmp_path):
    write(tmp_path / "a.txt", f"Accueil | Monde | {TITLE}\n\n{TITLE}\n\n{PARA}\n")
    [doc], _ = ingest.read_all([tmp_path / "a.txt"])
    again = doc.text.index(TITLE, doc.text.index(TITLE) + 1)
    assert doc.title == TITLE and (again, again + len(TITLE)) in doc.asides
    assert not any(s <= doc.text.index(PARA) < e for s, e in doc.asides)
