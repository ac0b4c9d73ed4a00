"""Pieces of kg.extract.statements on hand-built Docs (no model)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.statements import relative_end

VOCAB = spacy.blank("fr").vocab


@pytest.mark.parametrize("words, end", [
    (["Le", "maire", ",", "qui", "a", "dit", "«", "non", ",", "jamais", "»", ",", "est", "parti", "."], ", est parti ."),
    (["Le", "maire", ",", "qui", "a", "dit", "non", ",", "est", "parti", "."], ", est parti ."),
    (["Le", "maire", ",", "qui", "a", "dit", "«", "non", ",", "jamais", "»", "hier", "."], ""),
])
def test_a_relative_clause_ends_at_its_first_comma_outside_quotation_marks(words, end):
    doc = Doc(VOCAB, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    assert doc.text[relative_end(doc[5]):].rstrip() == end
