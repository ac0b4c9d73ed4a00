"""The words of the gazetteer's patterns kept in kg's user cache folder (kg.components.pretokenised): the second
load reads them instead of tokenising, the Docs are the tokenizer's, another pipeline has a file of its own, and
the folder keeps only the latest files of another kg."""
from __future__ import annotations

import pytest
import spacy

from kg import cache, components

TEXTS = ["Vladimir Poutine", "Corée du Nord", "l'Union européenne", "Jean-Pierre Raffarin", "États-Unis"]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "kg"))
    return tmp_path / "kg"


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("fr")


def test_the_patterns_words_are_kept_then_read_without_tokenising(folder, nlp, monkeypatch):
    first = components.pattern_words(nlp, TEXTS)
    assert len(list(folder.glob("patterns-*.json"))) == 1
    monkeypatch.setattr(nlp, "tokenizer", lambda text: pytest.fail(f"tokenised again: {text}"))
    assert components.pattern_words(nlp, TEXTS) == {t: [list(w), list(s)] for t, (w, s) in first.items()}


def test_another_pipeline_has_a_file_of_its_own(folder, nlp):
    components.pattern_words(nlp, TEXTS)
    other = spacy.blank("fr")
    other.meta["name"] = "autre"
    components.pattern_words(other, TEXTS)
    assert len(list(folder.glob("patterns-*.json"))) == 2


def test_a_pretokenised_doc_is_the_tokenizers(folder, nlp):
    texts = [*TEXTS, "un texte nouveau"]
    tokenizer = nlp.tokenizer
    with components.pretokenised(nlp, TEXTS):
        docs = [nlp.make_doc(t) for t in texts]
    assert [[t.text for t in d] for d in docs] == [[t.text for t in nlp.tokenizer(t)] for t in texts]
    assert [d.text for d in docs[:-1]] == TEXTS
    assert nlp.tokenizer is tokenizer  # given back


def test_the_folder_keeps_the_latest_files_of_a_prefix_and_a_failed_write_leaves_nothing(folder, tmp_path,
                                                                                          monkeypatch):
    folder.mkdir()
    for i in range(5):
        (folder / f"patterns-old{i}.json").write_text("{}")
    cache.keep_in_user_folder("patterns-new.json", "{}")
    assert len(list(folder.glob("patterns-*"))) == cache.USER_FILES_KEPT
    assert (folder / "patterns-new.json").exists() and not list(folder.glob(".*"))
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "file" / "kg"))  # cannot be a folder: only logged
    cache.keep_in_user_folder("patterns-new.json", "{}")
    assert cache.read_user_json("patterns-new.json") is None


def test_an_unknown_fingerprint_means_no_file(folder, nlp, monkeypatch):
    def unknown():
        raise ImportError("kg is not installed")
    monkeypatch.setattr(cache, "fingerprint", unknown)
    assert components.pattern_words(nlp, TEXTS)["Corée du Nord"][0] == ["Corée", "du", "Nord"]
    assert not folder.exists()
