"""Reported figures: numbers in digits or words, ranges, vague amounts, what is counted and who claims it."""
from __future__ import annotations

import pytest

from conftest import build_many
from kg import query

pytestmark = pytest.mark.model

ARTICLES = {
    "space": "La Corée du Nord a envoyé 10 000 soldats en Russie.",
    "dot": "Environ 14.000 soldats nord-coréens ont été déployés.",
    "range": "Le Pentagone a annoncé que 3 000 à 5 000 soldats américains seraient déployés en Pologne.",
    "words": "Dix mille soldats ont été envoyés vers la frontière.",
    "vague": "Plusieurs centaines de soldats nord-coréens ont été tués ou blessés.",
    "claimed": "Selon le Pentagone, 300 soldats nord-coréens ont été tués et 2 700 blessés.",
    "ministry": ("Le ministère russe de la Défense a affirmé que 1 500 soldats ukrainiens avaient été tués "
                 "près de Kharkiv."),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_many(tmp_path_factory.mktemp("figures"), ARTICLES)


def figures(built, name):
    result, extractions = built
    g = result.graph
    return [(f.low, f.high, f.counted, f.approximate, getattr(g.entity_of(f.whose), "label", None),
             getattr(g.entity_of(f.claimant), "label", None)) for f in extractions[name].figures]


def test_digits_grouped_with_a_space(built):
    assert figures(built, "space") == [(10000, 10000, "sent", False, "North Korea", None)]


def test_digits_grouped_with_a_dot_and_approximate(built):
    assert figures(built, "dot") == [(14000, 14000, "sent", True, "North Korea", None)]


def test_range(built):
    assert figures(built, "range") == [(3000, 5000, "sent", False, "United States",
                                        "United States Department of Defense")]


def test_number_in_words(built):
    low, high, counted, *_ = figures(built, "words")[0]
    assert (low, high, counted) == (10000, 10000, "sent")


def test_vague_amount(built):
    assert figures(built, "vague") == [(200, 900, "killedOrWounded", True, "North Korea", None)]


def test_killed_and_wounded_with_claimant(built):
    assert figures(built, "claimed") == [
        (300, 300, "killed", False, "North Korea", "United States Department of Defense"),
        (2700, 2700, "wounded", False, "North Korea", "United States Department of Defense")]


def test_claimant_is_the_speaker_of_the_statement(built):
    assert figures(built, "ministry") == [(1500, 1500, "killed", False, "Ukraine", "Ministry of Defence (Russia)")]


def test_figure_text_and_evidence(built):
    _, extractions = built
    f = extractions["range"].figures[0]
    assert f.text == "3 000 à 5 000 soldats"
    assert f.text in f.evidence.sentence


# --- the seeds, read back from the built graph through the shipped SPARQL queries ----------------------

SEED_FIGURES = [  # (document prefix, min, max, counted, whose, claimant) as the current build gives them
    ("001", 3000, 3000, "sent", "North Korea", "Republic of Korea Armed Forces"),
    ("001", 4000, 4000, "killedOrWounded", "North Korea", "Republic of Korea Armed Forces"),
    ("001", 10000, 12000, "sent", "North Korea", "responsables du renseignement américain, sud-coréen"),
    ("002", 3000, 3000, "sent", "North Korea", "officiels sud-coréens"),
    ("002", 14000, 14000, "sent", "North Korea", "officiels sud-coréens"),
    ("003", 30, 30, "killedOrWounded", "North Korea", "Main Directorate of Intelligence (Ukraine)"),
    ("003", 47, 47, "wounded", "North Korea", "Special Operations Forces (Ukraine)"),
    ("003", 50, 50, "killed", "North Korea", "Special Operations Forces (Ukraine)"),
    ("003", 100, 999, "killedOrWounded", "North Korea", "haut responsable militaire américain"),
    ("003", 200, 900, "casualties", None, "haut responsable militaire américain"),
    ("003", 2000, 9000, "present", "North Korea", "Volodymyr Zelensky"),
    ("003", 2000, 9000, "sent", "North Korea", None),
    ("003", 50000, 50000, "present", None, "Volodymyr Zelensky"),
]


def rows(name, graph):
    _, found = query.sparql(query.query_text(name), graph)
    return found


def order(t):
    return tuple("" if x is None else str(x).zfill(8) for x in t)


def as_tuple(r):
    return (r["document"][:3], r["minValue"], r["maxValue"], r["counted"], r["whoseLabel"], r["claimantLabel"])


def test_seed_figures(seeds_build):
    found = sorted((as_tuple(r) for r in rows("figures", seeds_build)), key=order)
    assert found == sorted(SEED_FIGURES, key=order)


def test_seed_headline_figures(seeds_build):
    values = {(r["minValue"], r["maxValue"]) for r in rows("figures", seeds_build)}
    for v in [(10000, 12000), (4000, 4000), (3000, 3000), (14000, 14000), (30, 30), (50, 50), (47, 47),
              (50000, 50000)]:
        assert v in values


def test_seed_casualties_have_a_claimant_and_a_sentence(seeds_build):
    found = rows("casualties", seeds_build)
    assert sorted((as_tuple(r) for r in found), key=order) == sorted(
        (t for t in SEED_FIGURES if t[3] in ("killed", "wounded", "killedOrWounded", "casualties")), key=order)
    for r in found:
        assert r["claimantLabel"], r
        assert r["sentence"].strip() and r["quantityText"] in r["sentence"], r
