"""Sentence starts kg sets before the parser (kg.components.sentence_starts), on hand-built Docs."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.components import dateline_ends, sentence_starts

VOCAB = spacy.blank("fr").vocab


def starts(words: list[str], spaces: list[bool]) -> dict[str, int]:
    """word -> its start mark (the last occurrence of a word wins)."""
    doc = Doc(VOCAB, words=words, spaces=spaces)
    return {t.text: mark for t, mark in zip(doc, sentence_starts(doc))}


def test_a_closing_mark_and_the_verb_after_it_stay_in_the_quotation_s_sentence():
    marks = starts(["«", "Nous", "gagnerons", "!", "»", "crie", "un", "enseignant", "."],
                   [True, True, True, True, True, True, True, False, False])
    assert (marks["»"], marks["crie"]) == (-1, -1)


def test_a_capital_after_a_quotation_closed_on_a_full_stop_starts_a_sentence():
    marks = starts(["«", "Rien", "ne", "change", ".", "»", "Toujours", "selon", "lui", ",", "le", "vote", "tiendra", "."],
                   [True, True, True, False, True, True, True, True, False, True, True, True, False, False])
    assert (marks["»"], marks["Toujours"]) == (-1, 1)


def test_a_straight_mark_opens_before_a_capital_and_closes_before_a_lower_case_word():
    doc = Doc(VOCAB, words=["Il", "arrive", ".", '"', "On", "gagne", "!", '"', "hurle", "un", "élu", "."],
              spaces=[True, False, False, False, True, False, False, True, True, True, False, False])
    marks = sentence_starts(doc)
    assert (marks[3], marks[7], marks[8]) == (1, -1, -1)


def test_a_letter_and_its_stop_before_an_opening_mark_end_a_sentence():
    marks = starts(["Il", "l'", "a", "écrit", "sur", "X.", "«", "Nous", "tiendrons", "»", ",", "a", "-t-il", "dit", "."],
                   [True, False, True, True, True, True, True, True, True, False, True, False, True, False, False])
    assert marks["«"] == 1


def test_an_initial_before_a_name_ends_no_sentence():
    marks = starts(["Selon", "John", "F.", "Kennedy", ",", "tout", "va", "bien", "."],
                   [True, True, True, False, True, True, True, False, False])
    assert marks["Kennedy"] != 1


def test_an_inverted_verb_after_a_full_stop_does_not_start_a_sentence():
    marks = starts(["«", "Tout", "va", "bien", "»", ".", "dit", "-il", "."],
                   [True, True, True, False, False, False, False, False, False])
    assert marks["dit"] == -1


@pytest.mark.parametrize("words, first", [
    (["QUÉBEC", "—", "La", "grève", "commence", "."], "La"),
    (["TUNIS", "(", "Reuters", ")", "-", "La", "police", "arrive", "."], "La"),
    (["Il", "pleut", ".", "\n", "SAINT-DENIS", "–", "Le", "maire", "parle", "."], "Le"),
])
def test_a_dateline_in_capitals_and_its_dash_end_before_the_sentence(words, first):
    doc = Doc(VOCAB, words=words)
    assert [doc[i].text for i in dateline_ends(doc)] == [first]


@pytest.mark.parametrize("text, first", [
    ("Rome, le 26 nov. (LaPresse) – Le porte-parole a parlé.", "Le"),
    ("Kinshasa, 15 décembre 2024- Le ministre a parlé.", "Le"),
    ("La Havane, 20 novembre, (RHC)- Le président a parlé.", "Le"),
    ("Port-Soudan, Soudan (PANA) - Le chef a parlé.", "Le"),
    ("Rio de Janeiro, lundi 3 mai - « Nous gagnerons », dit-il.", "«"),
])
def test_a_place_with_a_date_or_a_wire_and_its_dash_end_before_the_sentence(text, first):
    doc = spacy.blank("fr")(text)
    assert [doc[i].text for i in dateline_ends(doc)] == [first]


@pytest.mark.parametrize("text", ["Le président a dit le 5 mai - et il l'a répété.",
                                  "Palmarès Cannes 2015 – Le prix revient à une actrice."])
def test_a_date_or_a_year_before_a_dash_in_a_sentence_is_no_dateline(text):
    assert dateline_ends(spacy.blank("fr")(text)) == []


def test_a_dash_inside_a_sentence_is_no_dateline():
    doc = Doc(VOCAB, words=["Le", "PSG", "–", "et", "ses", "joueurs", "–", "gagne", "."])
    assert dateline_ends(doc) == []


@pytest.mark.parametrize("text, words", [
    ("un interlocuteur diplomatique.La sœur", ["diplomatique", ".", "La", "sœur"]),
    ("le cours de l'Histoire ».Enfin, elle", ["»", ".", "Enfin", ",", "elle"]),
    ("M.Dupont et lemonde.fr", ["M.Dupont", "et", "lemonde.fr"]),
])
def test_a_full_stop_glued_to_the_capitalised_word_after_it_is_cut_off(text, words):
    """Scrapers that drop paragraph breaks glue the next paragraph to the full stop ('tenue.La')."""
    from kg.components import unglue
    nlp = spacy.blank("fr")
    unglue(nlp)
    assert [t.text for t in nlp(text)][-len(words):] == words


def test_tokens_among_a_span_are_those_of_the_article_s_index_inside_it_whatever_the_word_list_is_made_of():
    from kg.extract.common import tokens_among
    nlp = spacy.blank("fr")
    doc = nlp("Le traité est signé . Un autre traité suit ce traité .")
    second = doc[5:]
    assert [t.i for t in tokens_among(doc, ("traité",))] == [1, 7, 10]
    assert [t.i for t in tokens_among(second, frozenset({"traité", "suit"}))] == [7, 8, 10]
    assert [t.i for t in tokens_among(second, (w for w in ["traité"]))] == [7, 10]  # a generator, read once
    assert [t.i for t in tokens_among(second, ["autre"])] == [6]
