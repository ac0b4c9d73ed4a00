"""Who said what: one hand-made French article per attribution pattern, run through the real pipeline.

The sentences are invented for the tests (none comes from seeds/). Every article is built in one
module-scoped batch; each test looks at the extraction of its own article.
"""
from __future__ import annotations

import pytest

from conftest import build_many, only_statement, said

pytestmark = pytest.mark.model

ARTICLES = {
    "before": "Emmanuel Macron a déclaré : « Nous ne laisserons pas la Russie gagner cette guerre. »",
    "inverted": "« Nous continuerons à soutenir l'Ukraine aussi longtemps qu'il le faudra », a déclaré Olaf Scholz mardi.",
    "inverted_pronoun": "Olaf Scholz s'est rendu à Kiev lundi. « L'Allemagne restera aux côtés de l'Ukraine », a-t-il dit.",
    "inverted_reflexive": "« Les sanctions ne fonctionnent pas », s'est félicité Sergueï Lavrov.",
    "fragment": "Vladimir Poutine a salué les soldats comme des « héros » de la patrie.",
    "que": "Emmanuel Macron a affirmé que la France enverrait de nouveaux missiles à l'Ukraine.",
    "infinitive": "Sergueï Lavrov a affirmé avoir reçu des garanties de la part de la Chine.",
    "object_cue": "Volodymyr Zelensky a dénoncé une violation flagrante du droit international par la Russie.",
    "selon_after": "Les négociations avec l'Ukraine sont dans une impasse totale, selon Sergueï Lavrov.",
    "selon_before": "Selon le Pentagone, la Russie a perdu plus de mille chars depuis le début de la guerre.",
    "selon_before_person": "Selon Sergueï Lavrov, les négociations avec l'Ukraine sont dans une impasse totale.",
    "pronoun": ("Olaf Scholz a rencontré des industriels à Berlin mardi. "
                "Il a souligné que l'Allemagne devait augmenter ses dépenses militaires."),
    "role_noun": ("Le président français Emmanuel Macron s'est rendu à Berlin. "
                  "Le président français a estimé que l'Europe devait se réarmer rapidement."),
    "ministry": ("Le ministère russe de la Défense a affirmé que ses troupes avaient pris le contrôle "
                 "de deux villages près de Kharkiv."),
    "agency": "L'agence Tass a rapporté que des drones ukrainiens avaient frappé une raffinerie.",
    "unnamed": ("Un haut responsable américain a indiqué que Washington préparait une nouvelle aide "
                "militaire à l'Ukraine."),
    "relay": "Sergueï Lavrov a déclaré que Moscou était prêt à négocier, selon le journal Izvestia.",
    "negation": "Olaf Scholz n'a pas confirmé la livraison de missiles Taurus à l'Ukraine.",
    "selon_ministry_number": ("Selon le ministère ukrainien de la Défense, 1 200 soldats russes ont été tués "
                              "la semaine dernière près de Kharkiv."),
    "present_tense": "Le Pentagone estime que dix mille soldats nord-coréens ont été envoyés en Russie.",
}
HEADLINE_ARTICLE = ("Macron a déclaré que la France soutiendrait l'Ukraine\n\n"
                    "Le président Emmanuel Macron a rencontré des soldats à Paris jeudi.\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_many(tmp_path_factory.mktemp("statements"), ARTICLES)




def test_speaker_before_the_quote(built):
    st, who = only_statement(built, "before")
    assert (who.label, who.type) == ("Emmanuel Macron", "Person")
    assert (st.kind, st.cue) == ("direct", "déclarer")
    assert st.text == "Nous ne laisserons pas la Russie gagner cette guerre."


def test_speaker_inverted_after_the_quote(built):
    st, who = only_statement(built, "inverted")
    assert who.label == "Olaf Scholz"
    assert (st.kind, st.cue) == ("direct", "déclarer")
    assert st.text == "Nous continuerons à soutenir l'Ukraine aussi longtemps qu'il le faudra"


def test_inverted_pronoun_after_a_sentence_naming_the_speaker(built):
    st, who = only_statement(built, "inverted_pronoun")
    assert who.label == "Olaf Scholz"
    assert (st.kind, st.cue) == ("direct", "dire")
    assert st.text == "L'Allemagne restera aux côtés de l'Ukraine"


def test_inverted_reflexive_cue(built):
    st, who = only_statement(built, "inverted_reflexive")
    assert who.label == "Sergei Lavrov"
    assert (st.kind, st.cue) == ("direct", "se féliciter")


def test_a_word_quoted_inside_the_writer_s_sentence_is_no_statement(built):
    assert said(built, "fragment") == []


def test_reported_speech_with_que(built):
    st, who = only_statement(built, "que")
    assert who.label == "Emmanuel Macron"
    assert (st.kind, st.cue) == ("indirect", "affirmer")
    assert "la France enverrait de nouveaux missiles à l'Ukraine" in st.text


def test_reported_speech_with_infinitive(built):
    st, who = only_statement(built, "infinitive")
    assert who.label == "Sergei Lavrov"
    assert (st.kind, st.cue) == ("indirect", "affirmer")
    assert "avoir reçu des garanties" in st.text


def test_object_cue(built):
    st, who = only_statement(built, "object_cue")
    assert who.label == "Volodymyr Zelensky"
    assert (st.kind, st.cue) == ("indirect", "dénoncer")
    assert "une violation flagrante du droit international" in st.text


def test_selon_after_the_clause(built):
    st, who = only_statement(built, "selon_after")
    assert who.label == "Sergei Lavrov"
    assert (st.kind, st.cue) == ("indirect", "selon")
    assert st.text == "Les négociations avec l'Ukraine sont dans une impasse totale"


def test_selon_institution_before_the_clause(built):
    st, who = only_statement(built, "selon_before")
    assert (who.label, who.type) == ("United States Department of Defense", "Organization")
    assert (st.kind, st.cue) == ("indirect", "selon")
    assert st.text.startswith("la Russie a perdu")


def test_selon_person_before_the_clause(built):
    st, who = only_statement(built, "selon_before_person")
    assert who.label == "Sergei Lavrov"
    assert st.cue == "selon"


def test_pronoun_subject_refers_to_the_person_named_before(built):
    st, who = only_statement(built, "pronoun")
    assert who.label == "Olaf Scholz"
    assert st.speaker.role == "pronoun"
    assert (st.kind, st.cue) == ("indirect", "souligner")


def test_role_noun_refers_to_the_person_given_that_role(built):
    st, who = only_statement(built, "role_noun")
    assert who.label == "Emmanuel Macron"
    assert (st.kind, st.cue) == ("indirect", "estimer")
    assert "l'Europe devait se réarmer" in st.text


def test_ministry_speaks(built):
    st, who = only_statement(built, "ministry")
    assert (who.label, who.type) == ("Ministry of Defence (Russia)", "Organization")
    assert (st.kind, st.cue) == ("indirect", "affirmer")


def test_news_agency_speaks(built):
    st, who = only_statement(built, "agency")
    assert (who.label, who.type) == ("TASS", "Organization")
    assert (st.kind, st.cue) == ("indirect", "rapporter")


def test_unnamed_speaker_is_never_a_named_person(built):
    st, who = only_statement(built, "unnamed")
    assert who.unnamed is True
    assert st.speaker.unnamed is True
    assert "responsable américain" in who.label
    assert (st.kind, st.cue) == ("indirect", "indiquer")
    result, _ = built
    named_people = {e.label for e in result.graph.entities.values() if e.type == "Person" and not e.unnamed}
    assert who.label not in named_people


def test_relay_sets_reported_by(built):
    st, who = only_statement(built, "relay")
    result, _ = built
    relay = result.graph.entity_of(st.reported_by)
    assert who.label == "Sergei Lavrov"
    assert relay is not None and "Izvestia" in relay.label
    assert (st.kind, st.cue) == ("indirect", "déclarer")


def test_negated_cue_yields_no_statement(built):
    _, extractions = built
    assert extractions["negation"].statements == []


def test_selon_ministry_then_a_number(built):
    st, who = only_statement(built, "selon_ministry_number")
    assert (who.label, who.type) == ("Ministry of Defence of Ukraine", "Organization")
    assert st.cue == "selon"
    assert st.text.startswith("1 200 soldats russes ont été tués")


def test_present_tense_cue(built):
    st, who = only_statement(built, "present_tense")
    assert who.label == "United States Department of Defense"
    assert st.cue == "estimer"


def test_headline_line_is_not_a_statement(tmp_path):
    from kg import pipeline

    path = tmp_path / "headline.txt"
    path.write_text(HEADLINE_ARTICLE, encoding="utf-8")
    result = pipeline.build([path])
    ex = result.graph.extractions[0]
    assert ex.doc.title == "Macron a déclaré que la France soutiendrait l'Ukraine"
    assert ex.statements == []
    # the headline still names entities
    assert "Emmanuel Macron" in {e.label for e in result.graph.entities.values()}
