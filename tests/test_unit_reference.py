"""The reference resolver on hand-built Docs (kg.extract.reference): which phrase names whom."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from kg import gazetteer
from kg.extract import cues
from kg.extract.attribution import by_subject, inverted, object_after
from kg.extract.reference import Context, np_tokens, set_off_before, speaker_of_np
from kg.model import Mention

VOCAB = spacy.blank("fr").vocab


def test_a_report_after_selon_is_nobody_s_words_when_the_parse_hangs_the_clause_on_it():
    """'Selon le rapport Hurun, Pékin compte …': the clause's subject is no source of the report."""
    words = ["Selon", "le", "rapport", "Hurun", ",", "Pékin", "compte", "des", "milliardaires", "."]
    heads = [2, 2, 2, 2, 5, 2, 2, 8, 6, 2]
    deps = ["case", "det", "ROOT", "flat:name", "punct", "nmod", "appos", "det", "obj", "punct"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps)
    pekin = Mention(doc="a", start=doc[5].idx, end=doc[5].idx + 5, text="Pékin", type="State", key="china", id=0)
    ctx = Context(doc=doc, name="a", mentions=[pekin], roles=[], gazetteer=gazetteer.default())
    assert [t.text for t in np_tokens(doc[2], stop_at_comma=True)] == ["Selon", "le", "rapport", "Hurun"]
    assert speaker_of_np(ctx, doc[2], stop_at_comma=True) is None


def test_a_subject_a_quotation_cuts_from_its_inverted_verb_yields_to_the_person_after_it():
    """'La famille de Jeanne, « attend la vérité », a déclaré leur avocat Pierre Garnier', parsed with the family
    as the subject and the lawyer as the object: the lawyer speaks."""
    words = ["La", "famille", "de", "Jeanne", ",", "«", "attend", "la", "vérité", "»", ",", "a", "déclaré", "leur",
             "avocat", "Pierre", "Garnier", "."]
    heads = [1, 12, 3, 1, 6, 6, 12, 8, 6, 6, 12, 12, 12, 14, 12, 14, 15, 12]
    deps = ["det", "nsubj", "case", "nmod", "punct", "punct", "advcl", "det", "obj", "punct", "punct", "aux:tense",
            "ROOT", "det", "obj", "appos", "flat:name", "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "AUX", "VERB",
           "DET", "NOUN", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words[:12]] +
              ["déclarer"] + [w.lower() for w in words[13:]])
    jeanne = Mention(doc="a", start=doc[3].idx, end=doc[3].idx + 6, text="Jeanne", type="Person", id=0)
    lawyer = Mention(doc="a", start=doc[15].idx, end=doc[16].idx + 7, text="Pierre Garnier", type="Person", id=1)
    ctx = Context(doc=doc, name="a", mentions=[jeanne, lawyer], roles=[], gazetteer=gazetteer.default(),
                  quotes=[(doc[5].idx, doc[9].idx + 1)])
    assert by_subject(ctx, doc[12]) is None
    assert inverted(ctx, doc[12]) is lawyer


@pytest.mark.parametrize("words, heads, deps, expected", [
    (["Paul", "a", "accusé", "le", "Conseil", "de", "mentir", "."], [2, 2, 2, 4, 2, 6, 2, 2],
     ["nsubj", "aux:tense", "ROOT", "det", "nsubj", "mark", "xcomp", "punct"], True),
    (["comme", "l'", "a", "dit", "le", "ministre", "."], [3, 3, 3, 3, 5, 3, 3],
     ["mark", "obj", "aux:tense", "ROOT", "det", "nsubj", "punct"], False),
    (["Non", ",", "a", "dit", "le", "ministre", "."], [3, 3, 3, 3, 5, 3, 3],
     ["advmod", "punct", "aux:tense", "ROOT", "det", "nsubj", "punct"], False),
])
def test_a_subject_right_after_a_verb_nothing_inverts_is_its_object(words, heads, deps, expected):
    pos = ["PUNCT" if w in ",." else "AUX" if w == "a" else "X" for w in words]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    cue = next(t for t in doc if t.dep_ == "ROOT")
    subject = [t for t in doc if t.dep_ == "nsubj"][-1]
    assert object_after(cue, subject) is expected


def test_the_person_set_off_by_commas_in_the_sentence_before_is_the_antecedent_of_last_resort():
    """'…, le conseiller du président Marc Aldo, Paul Ndiaye, a expliqué …' parsed with no subject."""
    words = ["le", "conseiller", "du", "président", "Marc", "Aldo", ",", "Paul", "Ndiaye", ",", "a", "expliqué", "."]
    doc = Doc(VOCAB, words=words)
    aldo = Mention(doc="a", start=doc[4].idx, end=doc[5].idx + 4, text="Marc Aldo", type="Person", id=0, sent_index=0)
    ndiaye = Mention(doc="a", start=doc[7].idx, end=doc[8].idx + 6, text="Paul Ndiaye", type="Person", id=1,
                     sent_index=0)
    ctx = Context(doc=doc, name="a", mentions=[aldo, ndiaye], roles=[], gazetteer=gazetteer.default())
    assert set_off_before(ctx, [aldo, ndiaye], 1) is ndiaye
    assert set_off_before(ctx, [aldo], 1) is None
    assert set_off_before(ctx, [aldo, ndiaye], 3) is None


@pytest.mark.parametrize(("word", "participle"), [("déplore", False), ("accusés", True), ("dite", True)])
def test_a_form_that_cannot_be_a_past_participle_stays_a_verb(word, participle):
    """'Le chef, quant à lui, déplore que …' tagged as a past participle hung on a noun: 'déplore' cannot be one."""
    doc = Doc(VOCAB, words=["Le", "chef", word, "que"], heads=[1, 1, 1, 2], deps=["det", "ROOT", "amod", "mark"],
              pos=["DET", "NOUN", "VERB", "SCONJ"], morphs=["", "", "Tense=Past|VerbForm=Part", ""])
    assert cues.passive_participle(doc[2]) is participle


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=25)


@settings(max_examples=150, deadline=None, database=None)
@given(SPANS, SPANS, st.integers(-5, 80), st.integers(-5, 80))
def test_the_context_s_look_ups_answer_what_a_walk_over_every_mention_and_quotation_would(spans, quoted, lo, hi):
    """Context.starting, covering, made_covering and inside_quote are indexes: the same answers, in the same
    order, as the scans they replace (an article may hold thousands of mentions and hundreds of quotations)."""
    doc = Doc(VOCAB, words=["x"] * 40)
    mentions = [Mention(doc="a", start=s, end=s + n, text="x", type="Person", id=i) for i, (s, n) in enumerate(spans)]
    ctx = Context(doc=doc, name="a", mentions=mentions, roles=[], gazetteer=gazetteer.default(),
                  quotes=[(s, s + n) for s, n in quoted])
    assert ctx.starting(lo, hi) == [m for m in mentions if lo <= m.start < hi]
    assert ctx.covering(lo) == [m for m in mentions if m.start <= lo < m.end]
    assert ctx.inside_quote(lo) == any(s <= lo < e for s, e in ctx.quotes)
    ctx.made.extend(mentions[::2])
    assert ctx.made_covering(hi) == [m for m in ctx.made if m.start <= hi < m.end]
    ctx.rollback(len(ctx.made) // 2)
    ctx.made.extend(mentions[1::3])
    assert ctx.made_covering(lo) == [m for m in ctx.made if m.start <= lo < m.end]
