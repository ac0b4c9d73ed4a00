"""Pieces of kg.extract.entities on hand-built Docs (no model)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.entities import portfolio, trim, without_affiliation, without_title

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


@pytest.mark.parametrize("words, kept", [
    (["l'", "Union", "des", "Petits", "Patrons", "juge"], "Union des Petits Patrons"),
    (["Jean", "Martin", "lundi"], "Jean Martin"),
    (["Juge"], "Juge"),
])
def test_a_name_ends_before_a_day_or_a_verb_ner_took_into_it(words, kept):
    assert trim(Doc(VOCAB, words=words)[:]).text == kept


@pytest.mark.parametrize("words, kept", [
    (["Président", "Lenoir"], "Lenoir"),
    (["Colonel", "Yacouba", "Ouédraogo"], "Yacouba Ouédraogo"),
    (["Général", "Marc", "Aubert"], "Marc Aubert"),
    (["Présidente", "de", "la", "Transition"], ""),
    (["Président", "du", "Faso"], ""),
    (["Général", "de", "Gaulle"], "de Gaulle"),
    (["Prince", "Harold"], "Prince Harold"),
    (["Président", "«", "Lenoir", "»"], "Président « Lenoir »"),
    (["Marc", "Aubert"], "Marc Aubert"),
])
def test_an_office_or_rank_in_capitals_is_no_part_of_a_persons_name(words, kept):
    """'le Président Lenoir', 'le Colonel Yacouba Ouédraogo', 'le Général de Gaulle': NER took the title into the
    name; 'la Présidente de la Transition' is a title and no name; a monarch's title is part of the name."""
    assert without_title(Doc(VOCAB, words=words)[:]).text == kept


@pytest.mark.parametrize("words, start, named", [
    (["le", "ministre", "de", "l'", "Action", "et", "des", "Comptes", "publics"], 7, False),
    (["la", "ministre", "des", "Affaires", "étrangères"], 3, False),
    (["le", "ministre", "de", "la", "Défense", "de", "la", "Fédération", "Unie"], 7, True),
    (["le", "secrétaire", "général", "du", "Front", "populaire"], 4, True),
    (["la", "délégation", "des", "Affaires", "étrangères"], 3, True),
])
def test_a_ministers_portfolio_names_no_body(words, start, named):
    """NER takes 'Comptes publics' in 'ministre de l'Action et des Comptes publics' for a body's name."""
    doc = Doc(VOCAB, words=words)
    assert portfolio(doc[start:]) is not named
