"""The reference resolver on hand-built Docs (kg.extract.reference): which phrase names whom."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg import gazetteer
from kg.extract.reference import Context, np_tokens, speaker_of_np
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
