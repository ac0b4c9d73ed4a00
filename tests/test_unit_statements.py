"""Pieces of kg.extract.statements on hand-built Docs (no model)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.attribution import names_a_noun_before, names_speaker, refers_to_words, relative, subject_candidates
from kg.extract.statements import past_quotation, que_clause, relative_end, run_on_end, writers_imperative

VOCAB = spacy.blank("fr").vocab


@pytest.mark.parametrize("words, end", [
    (["Le", "maire", ",", "qui", "a", "dit", "«", "non", ",", "jamais", "»", ",", "est", "parti", "."], ", est parti ."),
    (["Le", "maire", ",", "qui", "a", "dit", "non", ",", "est", "parti", "."], ", est parti ."),
    (["Le", "maire", ",", "qui", "a", "dit", "«", "non", ",", "jamais", "»", "hier", "."], ""),
])
def test_a_relative_clause_ends_at_its_first_comma_outside_quotation_marks(words, end):
    doc = Doc(VOCAB, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    assert doc.text[relative_end(doc[5]):].rstrip() == end


def parsed_doc(words: list[str], heads: list[int], deps: list[str], pos: list[str] | None = None,
               morphs: list[str] | None = None, lemmas: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))


FINITE, PARTICIPLE = "Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part"


def test_an_auxiliary_the_parse_hung_on_the_verb_across_another_clause_lends_it_no_subject():
    words = ["Les", "électeurs", "ont", "besoin", "d'", "aide", ",", "et", "Paul", "ferait", "tout", ",", "a",
             "déclaré", "Vidal", "."]
    heads = [1, 2, 13, 2, 5, 3, 9, 9, 9, 13, 9, 13, 13, 13, 13, 13]
    deps = ["det", "nsubj", "aux:tense", "obj", "case", "nmod", "punct", "cc", "nsubj", "advcl", "obj", "punct",
            "aux:tense", "ROOT", "obj", "punct"]
    pos = ["DET", "NOUN", "AUX", "NOUN", "ADP", "NOUN", "PUNCT", "CCONJ", "PROPN", "VERB", "PRON", "PUNCT", "AUX",
           "VERB", "PROPN", "PUNCT"]
    morphs = ["", "", FINITE, "", "", "", "", "", "", FINITE, "", "", FINITE, PARTICIPLE, "", ""]
    assert subject_candidates(parsed_doc(words, heads, deps, pos, morphs)[13]) == []


def test_one_of_some_names_a_speaker():
    doc = parsed_doc(["un", "de", "ses", "responsables"], [0, 3, 3, 0], ["ROOT", "case", "det", "nmod"],
                     ["PRON", "ADP", "DET", "NOUN"])
    assert names_speaker(doc[0])


def test_the_subject_of_an_auxiliary_before_a_circumstance_is_the_verb_s():
    words = ["Paul", "a", "dans", "la", "nuit", "déclaré", "la", "guerre", "."]
    heads = [1, 5, 4, 4, 5, 5, 7, 5, 5]
    deps = ["nsubj", "aux:tense", "case", "det", "obl:mod", "ROOT", "det", "obj", "punct"]
    pos = ["PROPN", "AUX", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    morphs = ["", FINITE, "", "", "", PARTICIPLE, "", "", ""]
    assert [t.text for t in subject_candidates(parsed_doc(words, heads, deps, pos, morphs)[5])] == ["Paul"]


def test_a_que_after_the_verb_s_object_refers_back_to_it():
    doc = parsed_doc(["Il", "a", "démenti", "tout", "transfert", ",", "que", "Paul", "avait", "annoncé"],
                     [2, 2, 2, 4, 2, 9, 9, 9, 9, 4], ["nsubj", "aux", "ROOT", "det", "obj", "punct", "obj", "nsubj",
                                                      "aux", "acl:relcl"])
    assert relative(doc[2], doc[6])


def test_an_object_the_parse_found_inside_the_que_clause_is_not_before_it():
    doc = parsed_doc(["Il", "a", "affirmé", "que", "les", "informations", "étaient", "précieuses"],
                     [2, 2, 2, 7, 5, 7, 7, 2], ["nsubj", "aux", "ROOT", "mark", "det", "nsubj", "cop", "obj"])
    assert not relative(doc[2], doc[3])


def test_phrases_hung_on_the_verb_right_after_its_que_clause_run_on_in_it():
    words = ["Il", "a", "souligné", "que", "Paul", "a", "interdit", "par", "décret", "en", "mai", "2022", "toute",
             "réunion", ",", "hier", "."]
    heads = [2, 2, 2, 6, 6, 6, 2, 8, 6, 10, 8, 2, 13, 2, 2, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "mark", "nsubj", "aux", "ccomp", "case", "obl:mod", "case", "nmod", "advmod",
            "det", "obj", "punct", "advmod", "punct"]
    pos = ["PRON", "AUX", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "ADP", "NOUN", "ADP", "NOUN", "NUM", "DET", "NOUN",
           "PUNCT", "ADV", "PUNCT"]
    doc = parsed_doc(words, heads, deps, pos)
    assert doc.text[:run_on_end(doc[2], doc[6])].endswith("2022 toute réunion")
    assert run_on_end(doc[2], doc[13]) is None
    assert doc.text[:que_clause(doc[2])[1]].endswith("2022 toute réunion")


@pytest.mark.parametrize("lower, lemma, expected", [
    ("déclaré", "déclarer", True), ("remarquer", "remarquer", True), ("inquiète", "inquiéter", True),
    ("maison", "maison", False), ("a", "avoir", False),
])
def test_a_word_no_lexicon_entry_can_stand_for_is_set_aside_before_its_parse_is_read(lower, lemma, expected):
    from kg.extract.cues import may_be_cue
    assert may_be_cue(lower, lemma) is expected


@pytest.mark.parametrize("before, named", [(["sur", "sa", "plateforme"], True), (["mardi"], False)])
def test_a_name_after_a_noun_a_preposition_opens_names_that_noun(before, named):
    """'« … », a indiqué Paul Renard sur sa plateforme Vox Social' parsed with 'Social' the subject."""
    words = ["«", "Oui", "»", ",", "a", "indiqué", "Paul", "Renard", *before, "Vox", "Social", "."]
    n = len(before)
    noun = 8 + n - 1
    heads = [1, 5, 1, 5, 5, 5, 5, 6, *([noun] * (n - 1)), 5, 5, 8 + n, 5]
    deps = ["punct", "ccomp", "punct", "punct", "aux", "ROOT", "obj", "flat:name", *(["case", "det"][:n - 1]),
            "obl", "nsubj", "flat:name", "punct"]
    pos = ["PUNCT", "ADV", "PUNCT", "PUNCT", "AUX", "VERB", "PROPN", "PROPN", *(["ADP", "DET"][:n - 1]), "NOUN",
           "PROPN", "PROPN", "PUNCT"]
    doc = parsed_doc(words, heads, deps, pos)
    assert names_a_noun_before(doc[5], doc[8 + n]) is named


@pytest.mark.parametrize("end, expected", [(20, 31), (30, 30), (31, 31), (5, 5)])
def test_reported_words_never_end_inside_a_quotation(end, expected):
    """'…, louant leur « détermination et héroïsme »' cut by the parse after 'détermination' ends past the mark."""
    assert past_quotation(SimpleNamespace(quotes=[(10, 30)]), end) == expected


@pytest.mark.parametrize("words, heads, deps, writer", [
    (["Rappelons", "que", "Paul", "affirme", "tout"], [0, 3, 3, 0, 3], ["ROOT", "mark", "nsubj", "ccomp", "obj"], True),
    (["Nous", "rappelons", "que", "Paul", "ment"], [1, 1, 4, 4, 1], ["nsubj", "ROOT", "mark", "nsubj", "ccomp"], False),
    (["Paul", "rappelle", "que", "Anne", "ment"], [1, 1, 4, 4, 1], ["nsubj", "ROOT", "mark", "nsubj", "ccomp"], False),
])
def test_the_writer_s_imperative_opens_its_sentence_with_no_subject(words, heads, deps, writer):
    doc = parsed_doc(words, heads, deps)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert writers_imperative(verb) is writer


@pytest.mark.parametrize("before, negated", [(["un", "grand"], False), (["ne"], True)])
def test_pas_after_a_determiner_or_an_adjective_is_a_noun(before, negated):
    """'a annoncé que c'était un grand pas' (the parse hangs 'pas' on the verb) is no 'n'a pas annoncé'."""
    from kg.extract.cues import negated as is_negated
    words = ["Il", *before, "pas", "annonce", "."]
    n = len(before)
    doc = parsed_doc(words, [n + 2] * (n + 2) + [n + 2, n + 2], ["nsubj", *(["det", "amod"] if n == 2 else ["advmod"]),
                                                               "advmod", "ROOT", "punct"],
                     ["PRON", *(["DET", "ADJ"] if n == 2 else ["ADV"]), "ADV", "VERB", "PUNCT"])
    assert is_negated(doc[n + 2]) is negated


def test_a_participle_of_the_second_group_stands_for_its_verb():
    from kg.extract.cues import may_be_cue, spellings
    assert "avertir" in spellings("avertissant", "avertissant") and may_be_cue("avertissant", "avertissant")


def test_a_gerund_the_tagger_took_for_a_noun_before_que_is_a_participle():
    """'…, tout en avertissant que …' with 'avertissant' tagged NOUN."""
    from kg.extract.cues import adjective_participle
    doc = parsed_doc(["tout", "en", "avertissant", "que", "rien"], [2, 2, 2, 4, 2],
                     ["advmod", "case", "ROOT", "mark", "obj"], ["ADV", "ADP", "NOUN", "SCONJ", "PRON"])
    assert adjective_participle(doc[2]) and not adjective_participle(doc[4])


def test_a_participle_after_an_auxiliary_and_an_aside_set_off_by_commas_is_no_adjective():
    """'Le député a, de son côté, ironisé' parsed with 'a' a verb and 'ironisé' hung on 'côté'."""
    from kg.extract.cues import passive_participle
    words = ["Le", "député", "a", ",", "de", "son", "côté", ",", "ironisé", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 2, 2, 6, 6, 6, 2, 8, 6, 2],
              deps=["det", "nsubj", "ROOT", "punct", "case", "det", "obl:mod", "punct", "acl", "punct"],
              pos=["DET", "NOUN", "VERB", "PUNCT", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
              lemmas=["le", "député", "avoir", ",", "de", "son", "côté", ",", "ironiser", "."],
              morphs=[""] * 8 + ["Tense=Past|VerbForm=Part", ""], sent_starts=[True] + [False] * 9)
    assert not passive_participle(doc[8])
    doc = Doc(VOCAB, words=["Les", "élus", ",", "accusés", "."], heads=[1, 1, 3, 1, 1],
              deps=["det", "ROOT", "punct", "acl", "punct"], pos=["DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
              lemmas=["le", "élu", ",", "accuser", "."], morphs=["", "", "", "Tense=Past|VerbForm=Part", ""])
    assert passive_participle(doc[3])


def test_a_verb_with_an_inverted_clitic_after_a_comma_has_no_subject_before_it():
    """'… à l'avant-garde, a-t-il ajouté' parsed with 'avant-garde' the subject of 'ajouté'."""
    from kg.extract.attribution import subject_inverted
    words = ["Le", "pays", "sera", "à", "l'", "avant-garde", ",", "a", "-t", "-il", "ajouté", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 5, 5, 5, 5, 10, 10, 10, 10, 10, 10, 10],
              deps=["det", "nsubj", "cop", "case", "det", "nsubj:pass", "punct", "aux:tense", "expl:subj",
                    "expl:subj", "ROOT", "punct"],
              pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "AUX", "PRON", "PRON", "VERB", "PUNCT"],
              lemmas=["le", "pays", "être", "à", "le", "avant-garde", ",", "avoir", "-t", "il", "ajouter", "."],
              morphs=["", "", "Mood=Ind|Tense=Fut|VerbForm=Fin"] + [""] * 9, sent_starts=[True] + [False] * 11)
    assert subject_inverted(doc[10])


@pytest.mark.parametrize("after, main", [(["a", "dit"], True), (["qui", "dit"], False)])
def test_a_main_clause_s_subject_may_have_a_name_set_beside_it(after, main):
    """'…, une élue, Anne Roy, a dit …' opens a main clause; '…, une élue, Anne Roy, qui dit …' does not."""
    from kg.extract.cues import main_subject_after
    words = ["Oui", ",", "une", "élue", ",", "Anne", "Roy", ",", *after, "."]
    pos = ["INTJ", "PUNCT", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT",
           "AUX" if after[0] == "a" else "PRON", "VERB", "PUNCT"]
    morphs = [""] * 8 + (["Mood=Ind|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part"] if main
                         else ["", "Mood=Ind|Tense=Pres|VerbForm=Fin"]) + [""]
    doc = Doc(VOCAB, words=words, pos=pos, morphs=morphs, sent_starts=[True] + [False] * 10)
    assert main_subject_after(doc[1]) is main


def test_a_negation_inside_a_quotation_before_its_incise_negates_nothing():
    """'« Rien n'est fini », écrit X' parsed with 'n'' hung on 'écrit'."""
    from kg.extract.cues import negated
    doc = parsed_doc(["«", "Rien", "n'", "est", "fini", "»", ",", "écrit", "Paul", "."], [7, 4, 7, 4, 7, 7, 7, 7, 7, 7],
                     ["punct", "nsubj", "advmod", "cop", "ccomp", "punct", "punct", "ROOT", "nsubj", "punct"])
    assert not negated(doc[7])


def test_an_aside_set_off_by_commas_is_measured_with_its_commas():
    from kg.extract.cues import set_off_aside
    doc = Doc(VOCAB, words=["Il", "a", ",", "de", "son", "côté", ",", "dit", "non"])
    assert (set_off_aside(doc, 6), set_off_aside(doc, 5), set_off_aside(doc, 2), set_off_aside(doc, -1)) == (5, 3, 0, 0)


def test_a_comma_past_a_complement_the_parse_hung_on_the_verb_still_sets_off_the_name():
    """'…, selon le médiateur de l'UA pour le Soudan, Paul Mensah.' parsed with 'pour le Soudan' on the root."""
    from kg.extract.attribution import comma_after_phrase
    words = ["Tout", "va", "mal", ",", "selon", "le", "médiateur", "de", "l'", "UA", "pour", "le", "Soudan", ",",
             "Paul", "Mensah", "."]
    heads = [1, 1, 1, 1, 6, 6, 1, 9, 9, 6, 12, 12, 1, 14, 12, 14, 1]
    deps = ["nsubj", "ROOT", "advmod", "punct", "case", "det", "obl:mod", "case", "det", "nmod", "case", "det",
            "obl:mod", "punct", "conj", "flat:name", "punct"]
    pos = ["PRON", "VERB", "ADV", "PUNCT", "ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "ADP", "DET", "PROPN",
           "PUNCT", "PROPN", "PROPN", "PUNCT"]
    doc = parsed_doc(words, heads, deps, pos)
    assert comma_after_phrase(doc[6]) == 13
    words[10:13] = ["qui", "parle", "là"]  # past a verb, the comma closes another clause
    pos[10:13] = ["PRON", "VERB", "ADV"]
    assert comma_after_phrase(parsed_doc(words, heads, deps, pos)[6]) is None


@pytest.mark.parametrize("words, pos, cue, refers", [
    (["C'", "est", "ce", "qu'", "a", "déclaré", "Paul", "."], ["PRON", "AUX", "PRON", "PRON", "AUX", "VERB",
                                                               "PROPN", "PUNCT"], 5, True),
    (["Le", "projet", "est", "abandonné", ",", "comme", "l'", "a", "annoncé", "Paul", "."],
     ["DET", "NOUN", "AUX", "VERB", "PUNCT", "SCONJ", "PRON", "AUX", "VERB", "PROPN", "PUNCT"], 8, False),
    (["Il", "dit", "ce", "qu'", "il", "a", "vu", "."], ["PRON", "VERB", "PRON", "PRON", "PRON", "AUX", "VERB",
                                                       "PUNCT"], 6, False),
    (["Paul", "a", "déclaré", "que", "non", "."], ["PROPN", "AUX", "VERB", "SCONJ", "ADV", "PUNCT"], 2, False),
    (["Contrairement", "à", "ce", "qu'", "a", "affirmé", "Paul", ",", "non"], ["ADV", "ADP", "PRON", "PRON", "AUX",
                                                                           "VERB", "PROPN", "PUNCT", "ADV"], 5, False),
])
def test_a_verb_after_ce_qu_refers_to_words_and_inverts_its_subject(words, pos, cue, refers):
    lemmas = ["être" if w == "est" else w.lower() for w in words]
    doc = Doc(VOCAB, words=words, pos=pos, lemmas=lemmas, sent_starts=[True] + [False] * (len(words) - 1))
    assert refers_to_words(doc[cue]) is refers


def test_a_day_the_parse_took_for_an_object_does_not_turn_a_que_into_a_relative():
    """'a admis jeudi que Paul avait soulevé la question' is a clause the verb reports."""
    doc = parsed_doc(["Marc", "a", "admis", "jeudi", "que", "Paul", "avait", "soulevé", "la", "question"],
                     [2, 2, 2, 2, 7, 7, 7, 2, 9, 7], ["nsubj", "aux", "ROOT", "obj", "mark", "nsubj", "aux", "ccomp",
                                                      "det", "obj"])
    assert not relative(doc[2], doc[4])


@pytest.mark.parametrize("words, heads, deps, pos, quoted", [
    # 'Paul a aussi « condamné fermement » les violences': the auxiliary before the mark
    (["Paul", "a", "aussi", "«", "condamné", "fermement", "»", "les", "violences"], [0, 3, 4, 0, 0, 4, 4, 8, 4],
     ["ROOT", "aux:tense", "advmod", "punct", "acl", "advmod", "punct", "det", "obj"],
     ["PROPN", "AUX", "ADV", "PUNCT", "VERB", "ADV", "PUNCT", "DET", "NOUN"], True),
    # 'Paul « salue le courage »': the subject before the mark
    (["Paul", "«", "salue", "le", "courage", "»"], [2, 2, 2, 4, 2, 2],
     ["nsubj", "punct", "ROOT", "det", "obj", "punct"], ["PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"], True),
    # '… et qu'il a « remis en cause le jugement »': a subordinate clause's verb
    (["et", "qu'", "il", "a", "«", "remis", "»"], [5, 5, 5, 5, 5, 5, 5],
     ["cc", "mark", "nsubj", "aux:tense", "punct", "ROOT", "punct"],
     ["CCONJ", "SCONJ", "PRON", "AUX", "PUNCT", "VERB", "PUNCT"], False),
    # '« Nous saluons le courage », dit Paul': the quotation's own verb
    (["«", "Nous", "saluons", "le", "courage", "»"], [2, 2, 2, 4, 2, 2],
     ["punct", "nsubj", "ROOT", "det", "obj", "punct"], ["PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT"], False),
])
def test_a_verb_opening_a_quotation_after_its_subject_or_auxiliary_is_the_writer_s(words, heads, deps, pos, quoted):
    from kg.extract.cues import quoted_predicate
    doc = parsed_doc(words, heads, deps, pos, lemmas=["avoir" if w in ("a", "ont") else w for w in words])
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert quoted_predicate(verb) is quoted


@pytest.mark.parametrize("after, incise", [(["l'", "opposition"], True), (["par", "Paul"], False)])
def test_dit_after_a_comma_and_before_its_subject_is_the_present_of_an_incise(after, incise):
    """'Le projet doit être abandonné, dit l'opposition' is no 'le projet, dit par Paul'."""
    from kg.extract.cues import inverted_present
    doc = parsed_doc(["Le", "projet", "est", "mort", ",", "dit", *after], [1, 3, 3, 3, 5, 3, 7, 5],
                     ["det", "nsubj", "cop", "ROOT", "punct", "advcl", "det", "obj"],
                     ["DET", "NOUN", "AUX", "ADJ", "PUNCT", "VERB", "DET" if incise else "ADP", "NOUN"])
    assert inverted_present(doc[5]) is incise


def test_sans_before_adverbs_negates_the_verb():
    """'…, sans toutefois préciser si elle rencontrerait le pape' says nothing."""
    from kg.extract.cues import negated
    doc = parsed_doc(["sans", "toutefois", "préciser", "si", "elle", "viendrait"], [2, 2, 2, 5, 5, 2],
                     ["mark", "advmod", "ROOT", "mark", "nsubj", "ccomp"],
                     ["ADP", "ADV", "VERB", "SCONJ", "PRON", "VERB"])
    assert negated(doc[2])


def test_the_c_est_of_a_cleft_is_no_passive_auxiliary():
    """'C'est ainsi que Paul a rejeté toute idée de retrait' parsed with 'est' as the passive's auxiliary."""
    from kg.extract.cues import agentless_passive
    from kg.extract.statements import content
    words = ["C'", "est", "ainsi", "que", "Paul", "a", "rejeté", "toute", "idée", "de", "retrait"]
    doc = parsed_doc(words, [6, 6, 6, 6, 6, 6, 6, 8, 6, 10, 8],
                     ["nsubj", "aux:pass", "advmod", "mark", "nsubj", "aux:tense", "ROOT", "det", "obj", "case",
                      "nmod"],
                     ["PRON", "AUX", "ADV", "SCONJ", "PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN"],
                     ["", FINITE, "", "", "", FINITE, PARTICIPLE, "", "", "", ""])
    assert not agentless_passive(doc[6])
    assert doc.text[content(doc[6])[0]:].startswith("a rejeté")
