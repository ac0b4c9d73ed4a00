"""Helpers shared by the extractors: evidence, spans and word lists."""
from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import wraps

from spacy.tokens import Doc, Span, Token

from kg.model import ArticleState, Evidence

AGENT_TYPES = frozenset({"Person", "State", "MilitaryUnit", "Organization"})
DETERMINERS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces",
                         "son", "sa", "ses", "leur", "leurs", "notre", "nos"})


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """The token bounds of doc's sentences, computed once (Doc.sents walks every token on each call)."""
    article = article_state(doc)
    if article.sentences is None:
        article.sentences = [(s.start, s.end) for s in doc.sents]
    return article.sentences


def sentences(doc: Doc) -> list[Span]:
    """doc's sentences (see sentence_bounds)."""
    return [doc[s:e] for s, e in sentence_bounds(doc)]


def sentence_index(token: Token) -> int:
    """Index of the sentence holding token among the sentences of its doc."""
    return bisect.bisect_right(sentence_bounds(token.doc), (token.i, len(token.doc) + 1)) - 1


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
    return article_state(doc).text


def parsed(doc: Doc) -> str:
    """The text the parser saw, furniture blanked; computed once (Doc.text rebuilds it on every call)."""
    article = article_state(doc)
    if article.parsed is None:
        article.parsed = doc.text
    return article.parsed


LAST: list = [None, None]  # the Doc last asked for and its state: doc._ is slow, and extractors ask thousands of times


def article_state(doc: Doc) -> ArticleState:
    """The article state kg keeps on a Doc (doc._.kg); a bare Doc gets one named '' over its own text."""
    if LAST[0] is doc:
        return LAST[1]
    registered()
    if doc._.kg is None:
        doc._.kg = ArticleState(name="", text=doc.text)
    LAST[:] = [doc, doc._.kg]
    return doc._.kg


def registered() -> None:
    """The doc._.kg extension, registered once."""
    if not Doc.has_extension("kg"):
        Doc.set_extension("kg", default=None)


def attach(doc: Doc, state: ArticleState) -> ArticleState:
    """Keep state on doc as its article state (what article_state returns from now on)."""
    registered()
    doc._.kg = state
    LAST[:] = [doc, state]
    return state


def per_token(fn: Callable[[Token], object]) -> Callable[[Token], object]:
    """fn(token) worked out once per token of an article and kept with its state: for tests that depend only on
    the token and its parse, asked again for every candidate that looks at it."""
    @wraps(fn)
    def once(token: Token) -> object:
        memo = article_state(token.doc).memo
        known = memo.get(fn)
        if known is None:
            known = memo[fn] = {}
        i = token.i
        if i not in known:
            known[i] = fn(token)
        return known[i]
    return once
