"""Pieces of kg.extract.entities on hand-built Docs (no model)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.entities import without_affiliation

VOCAB = spacy.blank("fr").vocab


@pytest.mark.parametrize("words, kept", [
    (["Emmanuel", "Shadari", "du", "FCC"], "Emmanuel Shadari"),
    (["Marie", "Roy", "de", "la", "CGT"], "Marie Roy"),
    (["Charles", "de", "Gaulle"], "Charles de Gaulle"),
    (["Jean", "Martin", "du", "Nord"], "Jean Martin du Nord"),
])
def test_a_name_run_on_into_an_acronym_after_du_stops_before_it(words, kept):
    """'a déclaré Emmanuel Shadari du FCC': the person is Emmanuel Shadari; NER took the party into the name."""
    assert without_affiliation(Doc(VOCAB, words=words)[:]).text == kept
