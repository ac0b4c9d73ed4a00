"""Finer attribution, relation and furniture rules, one invented French article each (none from seeds/ or
eval/dev), all run through the real pipeline in one module-scoped batch."""
from __future__ import annotations

import pytest

from conftest import build_many, only_statement, said, triples

pytestmark = pytest.mark.model

LIRE_AUSSI = "Lire aussi : Guerre en Ukraine : Kiev affirme avoir capturé deux soldats"
BREADCRUMB = "Accueil / Monde / Europe / Guerre en Ukraine"
NOTE = "Ce texte a été mis à jour pour corriger une date."
BYLINE = "Par Jean Martin"
FURNITURE_BODY = "\n".join([
    BREADCRUMB,
    BYLINE,
    "Le président français Emmanuel Macron a affirmé que la France continuerait de soutenir l'Ukraine.",
    LIRE_AUSSI,
    "Des responsables européens se réuniront à Bruxelles la semaine prochaine pour discuter de la défense.",
    NOTE,
])

ARTICLES = {
    "inversion_after_clause": ("Moscou a livré des drones à Pyongyang en mars, a affirmé mardi le ministère "
                               "sud-coréen de la Défense, cité par l'agence Yonhap."),
    "subjunctive": ("Cette annonce intervient après que la Russie, par la voix de son ministre des Affaires "
                    "étrangères, Sergueï Lavrov, ait salué le « courage » des soldats."),
    "modal_negation": ("Le général Pat Ryder, porte-parole du Pentagone, s'est exprimé devant la presse. "
                       "Le porte-parole Pat Ryder a précisé que les États-Unis ne pouvaient pas dire "
                       "« si le retrait est définitif »."),
    "passive_participle": ("Le président Volodymyr Zelensky a dénoncé l'attitude de Moscou, "
                           "accusée de « saboter la paix »."),
    "nested_cue": ("Le ministère ukrainien des Affaires étrangères a estimé que Moscou reconnaissait ainsi "
                   "« sa responsabilité »."),
    "faire_savoir": "L'état-major interarmées sud-coréen a fait savoir qu'il surveillait la frontière.",
    "mettre_en_garde": ("Le président ukrainien Volodymyr Zelensky a parlé aux soldats. "
                        "« Nous devons rester vigilants », a-t-il mis en garde."),
    "relative_pronoun": ("Le ministre russe des Affaires étrangères, Sergueï Lavrov, est arrivé à Pyongyang. "
                         "Le ministre russe a mis en garde Séoul contre ce qu'il a appelé des "
                         "« provocations dangereuses »."),
    "short_quote": ("Son porte-parole, Jeon Ha-kyu, a assuré que l'armée suivait « de près » la coopération "
                    "militaire entre Moscou et Pyongyang."),
    "fragment_object": "La ministre Claire Dubois a réaffirmé un soutien « total » aux agriculteurs bretons.",
    "fragment_participle": ("Le maire de Nantes, Paul Girard, a critiqué le projet du gouvernement, affirmant que "
                            "sa ville était « oubliée » par l'État."),
    "participle_after_object": "Le Kremlin a condamné le plan européen, accusant l'Union européenne de vol.",
    "description": ("Le secrétaire du Conseil de sécurité russe, Sergueï Choïgou, est arrivé à Pyongyang. "
                    "« C'est une aide fraternelle », a déclaré le haut responsable russe."),
    "selon_lui": ("« Les soldats ne sont plus visibles », a déclaré le porte-parole du GUR, Andriy Youssov. "
                  "Selon lui, le commandement russe a retiré ces unités du front."),
    "passive_meeting": ("Le ministre russe de la Défense, Andreï Belooussov, a été accueilli à l'aéroport par son "
                        "homologue nord-coréen, le ministre de la Défense No Kwang Chol."),
    "org_leader": "Le président de la Douma, Viatcheslav Volodine, a salué le vote.",
    "furniture": FURNITURE_BODY,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_many(tmp_path_factory.mktemp("rules"), ARTICLES)








def test_inverted_reporting_verb_after_a_whole_clause(built):
    st, who = only_statement(built, "inversion_after_clause")
    assert who.label == "Ministry of National Defense (South Korea)"
    assert (st.kind, st.cue) == ("indirect", "affirmer")
    assert "Moscou a livré des drones" in st.text
    relay = built[0].graph.entity_of(st.reported_by) if st.reported_by is not None else None
    assert relay is not None and "Yonhap" in relay.label


def test_subjunctive_subordinate_verb_is_not_an_inversion(built):
    found = said(built, "subjunctive")
    assert [(st.kind, st.cue, who.label) for st, who in found] == [("indirect", "saluer", "Sergei Lavrov")]
    assert "le « courage » des soldats" in found[0][0].text
    assert not any(st.kind == "indirect" and st.text.startswith("Cette annonce") for st, _ in found)


def test_negation_through_a_modal_leaves_the_outer_cue(built):
    found = said(built, "modal_negation")
    quote = [(st, who) for st, who in found if "« si le retrait est définitif" in st.text]
    assert len(quote) == 1, [(st.kind, st.text) for st, _ in found]
    st, who = quote[0]
    assert (who.label, who.type) == ("Pat Ryder", "Person")
    assert (st.kind, st.cue) == ("indirect", "préciser")
    assert all(w.type == "Person" and w.label == "Pat Ryder" for _, w in found), [w.label for _, w in found]


def test_passive_participle_is_not_a_cue(built):
    st, who = only_statement(built, "passive_participle")
    assert who.label == "Volodymyr Zelensky"
    assert (st.kind, st.cue) == ("indirect", "dénoncer") and st.text.endswith("« saboter la paix »")


def test_nested_cue_keeps_the_outer_speaker(built):
    found = said(built, "nested_cue")
    assert [(st.kind, st.cue, who.label) for st, who in found] == [
        ("indirect", "estimer", "Ministry of Foreign Affairs of Ukraine")]  # not Moscou's, though 'reconnaître' is a cue
    assert "Moscou reconnaissait ainsi « sa responsabilité" in found[0][0].text


def test_faire_savoir_is_one_cue(built):
    st, who = only_statement(built, "faire_savoir")
    assert (st.kind, st.cue) == ("indirect", "faire savoir")
    assert who.label == "Joint Chiefs of Staff (South Korea)"
    assert "surveillait la frontière" in st.text


def test_mettre_en_garde_after_a_quote_with_t_il(built):
    st, who = only_statement(built, "mettre_en_garde")
    assert who.label == "Volodymyr Zelensky"
    assert (st.kind, st.cue, st.text) == ("direct", "mettre en garde", "Nous devons rester vigilants")


def test_pronoun_in_a_relative_clause_takes_the_main_subject(built):
    found = said(built, "relative_pronoun")
    quote = [(st, who) for st, who in found if st.text == "des « provocations dangereuses »"]
    assert len(quote) == 1, [(st.kind, st.text) for st, _ in found]
    assert quote[0][1].label == "Sergei Lavrov"
    assert quote[0][0].kind == "direct"


def test_short_quotation_is_told_by_its_reported_speech(built):
    found = said(built, "short_quote")
    indirect = [(st, who) for st, who in found if st.kind == "indirect"]
    assert [st.kind for st, _ in found] == ["indirect"], [st.text for st, _ in found]
    assert "« de près » la coopération militaire entre Moscou et Pyongyang" in indirect[0][0].text
    assert {who.label for _, who in found} == {"Jeon Ha-kyu"}
    assert {st.cue for st, _ in found} == {"assurer"}


def test_a_quoted_word_of_reported_words_is_told_with_them(built):
    found = said(built, "fragment_object")
    assert [(st.kind, st.cue, who.label) for st, who in found] == [("indirect", "réaffirmer", "Claire Dubois")]
    assert "un soutien « total » aux agriculteurs" in found[0][0].text
    found = said(built, "fragment_participle")
    assert all(st.kind == "indirect" for st, _ in found) and {who.label for _, who in found} == {"Paul Girard"}
    assert any("« oubliée » par l'État" in st.text for st, _ in found), [st.text for st, _ in found]


def test_words_cut_only_by_a_comma_are_given_as_written(built):
    found = said(built, "participle_after_object")
    assert [st.text for st, _ in found] == ["a condamné le plan européen, accusant l'Union européenne de vol"]


def test_definite_description_refers_back(built):
    st, who = only_statement(built, "description")
    assert who.label == "Sergei Shoigu"
    assert (st.kind, st.cue, st.text) == ("direct", "déclarer", "C'est une aide fraternelle")


def test_selon_lui_relays_the_previous_speaker(built):
    found = said(built, "selon_lui")
    indirect = [(st, who) for st, who in found if st.kind == "indirect"]
    assert len(indirect) == 1, [(st.kind, st.text) for st, _ in found]
    st, who = indirect[0]
    assert "Yusov" in who.label
    assert st.cue == "selon"
    assert "le commandement russe a retiré ces unités du front" in st.text


def test_meeting_in_the_passive(built):
    found = triples(built, "passive_meeting")
    assert found & {("Andrei Belousov", "met", "No Kwang Chol"), ("No Kwang Chol", "met", "Andrei Belousov")}, found


def test_head_of_an_organisation(built):
    found = triples(built, "org_leader")
    assert any(s == "Vyacheslav Volodin" and p == "leaderOf" and "Duma" in o for s, p, o in found), found


def test_furniture_lines_are_dropped_and_yield_nothing(built):
    from kg.ingest import furniture

    result, extractions = built
    ex = extractions["furniture"]
    text = ex.doc.text
    _, classified = furniture.classify(text)
    reasons = {text[s:e].strip(): r for s, e, r in classified}
    for line in (LIRE_AUSSI, BREADCRUMB, NOTE, BYLINE):
        assert line in reasons, (line, reasons)
        assert line in [d.strip() for d in ex.doc.dropped_lines]
    assert reasons[LIRE_AUSSI] == "related-link"
    assert reasons[BREADCRUMB] == "tags"
    assert reasons[NOTE] == "note"
    assert reasons[BYLINE] in ("byline", "label")  # three words: the short-label rule comes first

    spans = ex.doc.dropped
    inside = lambda a, b: any(s <= a < e or s < b <= e for s, e in spans)  # noqa: E731
    for m in ex.mentions:
        assert not inside(m.start, m.end), m.text
    for st in ex.statements:
        assert not inside(st.evidence.start, st.evidence.end), st.text
    labels = {result.graph.entity_of(m).label for m in ex.mentions}
    assert not any("Martin" in lab or "Kyiv" in lab or "Kiev" in lab or lab == "Europe" for lab in labels), labels
    # The body around the furniture is kept: Macron's statement only.
    found = said(built, "furniture")
    assert [(who.label, st.kind, st.cue) for st, who in found] == [("Emmanuel Macron", "indirect", "affirmer")]
    assert "continuerait de soutenir l'Ukraine" in found[0][0].text


def test_a_headline_quotation_is_kept_beside_a_short_body_quotation(tmp_path):
    title = "Ukraine : « Nous ne renoncerons jamais à nos terres », martèle Paul Girard"
    bodies = {"short_reply": "Le ministre a été interrogé sur une trêve. « Non », a-t-il répondu sèchement."}
    _, extractions = build_many(tmp_path, bodies, headline=title)
    assert [st.speaker.text for st in extractions["short_reply"].statements if "renoncerons" in st.text] == [
        "Paul Girard"]  # 'non' is no repeat of 'renoncerons'


def test_a_quotation_in_the_title_is_told_once_and_its_reported_speech_not_at_all(tmp_path):
    title = "Paul Girard : « Je ne vois pas de raison pour une grève »"
    bodies = {"quoted_title": f"{title}\n\nLe ministre Paul Girard a affirmé vendredi que les syndicats ne "
                              "l'impressionnaient pas.",
              "quoted_again": "« Je ne vois pas de raison pour une grève », a répété Paul Girard devant "
                              "les élus du conseil régional."}
    _, extractions = build_many(tmp_path, bodies, headline=title)
    alone = [st for st in extractions["quoted_title"].statements if "raison pour une grève" in st.text]
    assert [(st.speaker.text, st.evidence.end <= len(title)) for st in alone] == [("Paul Girard", True)]  # not its
    # repeat's too
    again = [st for st in extractions["quoted_again"].statements if "raison pour une grève" in st.text]
    assert [(st.speaker.text, st.cue) for st in again] == [("Paul Girard", "répéter")]  # the body's, once
