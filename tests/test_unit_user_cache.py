"""The words of the gazetteer's patterns kept in kg's user cache folder (kg.components.pretokenised): the second
load reads them instead of tokenising, the Docs are the tokenizer's, and another fingerprint's file goes."""
from __future__ import annotations

import json

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


def test_the_patterns_words_are_kept_then_read_without_tokenising(folder, nlp):
    first = components.pattern_words(nlp.tokenizer, TEXTS)
    assert [p.name for p in folder.iterdir()] == [f"patterns-{cache.fingerprint()}.json"]

    def refuse(text):
        raise AssertionError(f"tokenised again: {text}")
    assert components.pattern_words(refuse, TEXTS) == json.loads(json.dumps(first))


def test_a_pretokenised_doc_is_the_tokenizers(folder, nlp):
    texts = [*TEXTS, "un texte nouveau"]
    with components.pretokenised(nlp, TEXTS):
        docs = [nlp.make_doc(t) for t in texts]
    assert [[t.text for t in d] for d in docs] == [[t.text for t in nlp.tokenizer(t)] for t in texts]
    assert [d.text for d in docs[:-1]] == TEXTS
    assert not isinstance(nlp.tokenizer, type(lambda: None))  # the tokenizer is given back


def test_another_fingerprints_file_goes_and_an_unwritable_folder_is_no_error(folder, tmp_path, monkeypatch):
    folder.mkdir()
    (folder / "patterns-old.json").write_text("{}")
    cache.keep_in_user_folder("patterns-new.json", "{}")
    assert [p.name for p in folder.iterdir()] == ["patterns-new.json"]
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "file" / "kg"))
    cache.keep_in_user_folder("patterns-new.json", "{}")
