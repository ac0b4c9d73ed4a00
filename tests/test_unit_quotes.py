"""Unit tests of kg.extract.quotes.quote_spans (pure string code, no spaCy model)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.quotes import quote_spans


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quote_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("Macron a affirmé : « Nous tiendrons bon » mardi.", ["Nous tiendrons bon"]),
    ("Olaf Scholz a promis “une aide rapide” à Kiev.", ["une aide rapide"]),
    ('Boris Petrov a parlé de "provocation" à Kharkiv.', ["provocation"]),
    ("Scholz a dit „Frieden jetzt“ à Berlin.", ["Frieden jetzt"]),
    ("«\u00a0Zaporijjia tiendra\u00a0», selon Kiev.", ["Zaporijjia tiendra"]),
    ("Il a dit ‹ non › sèchement.", ["non"]),
])
def test_quote_styles(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Il a écrit : 'Je ne partirai pas'. Puis il est parti.", ["Je ne partirai pas"]),
    ("Le juge a dit : 'chacun a droit à l'accueil', hier.", ["chacun a droit à l'accueil"]),
    ("L'homme d'affaires a dit qu'il partirait : c'est l'heure. Aujourd'hui l'école.", []),
    ("Il a dit : « Bonjour ». Puis : 'Salut'.", ["Bonjour", "Salut"]),
])
def test_single_quote_marks_after_a_colon_quote_and_apostrophes_do_not(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ce qui lui fait dire que » trahir ses alliés est inacceptable « .", ["trahir ses alliés est inacceptable"]),
    ("« Il viendra », a dit le maire. » Non « , a répondu le préfet.", ["Il viendra", "Non"]),
    ("Il a répondu « oui » à la presse, puis » rien de plus.", ["oui"]),
])
def test_marks_a_page_turned_around(text, expected):
    assert quoted(text) == expected


def test_nested_quotes_only_outermost():
    text = "« Ivan Petrov parle d’un “ accord historique ” avec Kiev », a rapporté l’agence."
    assert quoted(text) == ["Ivan Petrov parle d’un “ accord historique ” avec Kiev"]


def test_nested_same_marks_only_outermost():
    text = "« Il a répondu « jamais » puis il est parti », a raconté Petrov."
    assert quoted(text) == ["Il a répondu « jamais » puis il est parti"]


def test_slip_mark_holding_a_whole_quotation_gives_way_to_it():
    text = "Au quotidien « le Matin, la ministre a affirmé que le plan « est enterré » et qu'il fallait agir.\nSuite."
    assert quoted(text) == ["est enterré"]


def test_open_mark_without_inner_quotation_still_ends_with_its_line():
    assert quoted("« Nous resterons ici, a-t-elle dit.\nSuite.") == ["Nous resterons ici"]


def test_guillemets_inside_straight_quotes():
    assert quoted('Il a écrit "la ville de « Kharkov » est perdue" hier.') == ["la ville de « Kharkov » est perdue"]


def test_mixed_style_closing_mark_used_as_opener():
    text = "Choïgou a salué l’ »héroïsme » des soldats russes."
    assert quoted(text) == ["héroïsme"]


def test_mixed_style_after_plain_apostrophe_and_followed_by_normal_quote():
    text = "Il évoque l' »héroïsme » et « la paix » à Koursk."
    assert quoted(text) == ["héroïsme", "la paix"]


def test_mixed_style_nested_in_guillemets():
    text = "« Nous saluons l’ »héroïsme » des soldats », a dit Choïgou."
    assert quoted(text) == ["Nous saluons l’ »héroïsme » des soldats"]


def test_unclosed_quote_ends_at_line_end():
    text = "Petrov a déclaré : « nous ne reculerons pas\nLa suite de l’article parle d’autre chose."
    assert quoted(text) == ["nous ne reculerons pas"]


def test_unclosed_quote_then_next_line_quote():
    text = "Il a dit « non\nPuis Scholz a répondu « oui » aussitôt."
    assert quoted(text) == ["non", "oui"]


def test_unclosed_quote_at_end_of_text():
    assert quoted('Ivan Petrov a lancé "nous verrons') == ["nous verrons"]


def test_adjacent_quotes():
    assert quoted("«Kharkiv»«Zaporijjia»") == ["Kharkiv", "Zaporijjia"]
    assert quoted("« paix »,« guerre »") == ["paix", "guerre"]
    assert quoted('"Kiev""Moscou"') == ["Kiev", "Moscou"]
    assert quoted("“un” “deux”") == ["un", "deux"]


def test_empty_quotes_give_no_span():
    assert quote_spans("« »") == []
    assert quote_spans('""') == []
    assert quote_spans("Rien de cité ici.") == []


def test_spans_are_trimmed_offsets():
    text = "Macron :  «   Nous tiendrons   »  fin."
    [(s, e)] = quote_spans(text)
    assert text[s:e] == "Nous tiendrons"
    assert not text[s].isspace() and not text[e - 1].isspace()


@settings(max_examples=60, deadline=None, database=None)
@given(st.text(alphabet="ab «»“”\"’'\n", max_size=40))
def test_spans_are_ordered_disjoint_and_within_lines(text):
    spans = quote_spans(text)
    prev_end = -1
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert s >= prev_end
        assert "\n" not in text[s:e]
        assert text[s:e] == text[s:e].strip()
        prev_end = e


def test_opening_guillemet_used_as_closing_mark():
    text = "« Ces accusations sont fausses« , a-t-il dit. « Nous répondrons », a-t-il ajouté."
    assert [text[s:e] for s, e in quote_spans(text)] == ["Ces accusations sont fausses", "Nous répondrons"]


def test_a_doubled_opening_mark_opens_once():
    assert quote_spans("Il a dit « « » hier.") == []
    text = "Il a dit « « Nous reviendrons » hier."
    assert [text[s:e] for s, e in quote_spans(text)] == ["Nous reviendrons"]


@pytest.mark.parametrize("text, expected", [
    # a closing curly mark used as an opening one after a space
    ("“Je suis solidaire” a-t-il déclaré. ”Ce n’est pas un droit de retrait”, estime le patron.",
     ["Je suis solidaire", "Ce n’est pas un droit de retrait"]),
    # a quotation left open ends before the incise that ends its line
    ("« Nous fermerons la frontière, a-t-il déclaré.\nLe ministre est reparti.", ["Nous fermerons la frontière"]),
])
def test_slips_of_real_pages(text, expected):
    assert quoted(text) == expected
