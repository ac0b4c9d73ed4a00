"""Helpers shared by the extractors: evidence, spans and word lists."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from kg.model import Evidence

AGENT_TYPES = frozenset({"Person", "State", "MilitaryUnit", "Organization"})
DETERMINERS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces",
                         "son", "sa", "ses", "leur", "leurs", "notre", "nos"})


def sentence_index(token: Token) -> int:
    """Index of the sentence holding token among the sentences of its doc."""
    starts = token.doc.user_data.get("kg_sent_starts")
    if starts is None:
        starts = token.doc.user_data["kg_sent_starts"] = [s.start for s in token.doc.sents]
    return bisect.bisect_right(starts, token.i) - 1


def evidence(name: str, span: Span | Token, start: int | None = None, end: int | None = None) -> Evidence:
    """Evidence for a span of doc: the whole sentence around it and the given character range."""
    first = span if isinstance(span, Token) else span[0]
    sent = first.sent
    s = span.idx if isinstance(span, Token) else span.start_char
    e = span.idx + len(span) if isinstance(span, Token) else span.end_char
    text = original(first.doc)
    return Evidence(doc=name, start=s if start is None else start, end=e if end is None else end,
                    sent_start=sent.start_char, sent_end=sent.end_char,
                    sent_index=sentence_index(first), sentence=" ".join(text[sent.start_char:sent.end_char].split()))


def original(doc: Doc) -> str:
    """The article body as written, furniture blanked (the parser saw plain apostrophes; offsets are the same)."""
    text = doc.user_data.get("kg_text")
    return text if text is not None else parsed(doc)


def parsed(doc: Doc) -> str:
    """The text the parser saw, furniture blanked; computed once (Doc.text rebuilds it on every call)."""
    text = doc.user_data.get("kg_parsed")
    if text is None:
        text = doc.user_data["kg_parsed"] = doc.text
    return text
