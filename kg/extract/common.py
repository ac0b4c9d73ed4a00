"""Helpers shared by the extractors: evidence, spans and word lists."""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from functools import wraps

from spacy.attrs import LEMMA, LOWER
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
    return Evidence(doc=name, start=s if start is None else start, end=e if end is None else end,
                    sent_start=sent.start_char, sent_end=sent.end_char,
                    sent_index=sentence_index(first), sentence=sentence_text(first.doc, sent.start_char, sent.end_char))


def sentence_text(doc: Doc, start: int, end: int) -> str:
    """The text of doc between two sentence bounds, spaces made single: one string for every fact of those
    sentences (an article's records share it, in memory and in the cache)."""
    memo = article_state(doc).memo
    key = ("sentence", start, end)
    if key not in memo:
        memo[key] = " ".join(original(doc)[start:end].split())
    return memo[key]


def original(doc: Doc) -> str:
    """The article body as written, furniture blanked (the parser saw plain apostrophes; offsets are the same)."""
    return article_state(doc).text


def parsed(doc: Doc) -> str:
    """The text the parser saw, furniture blanked; computed once (Doc.text rebuilds it on every call)."""
    article = article_state(doc)
    if article.parsed is None:
        article.parsed = doc.text
    return article.parsed


def text_of(span: Span) -> str:
    """span.text, cut from the parsed text rather than joined from its tokens."""
    return parsed(span.doc)[span.start_char:span.end_char]


def tokens_among(where: Doc | Span, lower: Iterable[str] = (), lemma: Iterable[str] = ()) -> list[Token]:
    """The tokens of a doc or span whose lower-case form is one of lower or whose lemma is one of lemma, in text
    order: a look-up in the article's index rather than a walk over every token."""
    doc = where.doc if isinstance(where, Span) else where
    start, end = (where.start, where.end) if isinstance(where, Span) else (0, len(doc))
    at = among(doc, lower, lemma)
    return [doc[i] for i in at[bisect.bisect_left(at, start):bisect.bisect_left(at, end)]]


def among(doc: Doc, lower: Iterable[str], lemma: Iterable[str]) -> list[int]:
    """The indices of doc's tokens whose lower-case form is one of lower or whose lemma is one of lemma, in text
    order; found once per article for each pair of word lists (extractors ask sentence by sentence)."""
    memo = article_state(doc).memo
    key = ("among", as_key(lower), as_key(lemma))
    if key not in memo:
        found: set[int] = set()
        for attr, words in ((LOWER, key[1]), (LEMMA, key[2])):
            index = word_index(doc, attr)
            for w in words:
                found.update(index.get(w, ()))
        memo[key] = sorted(found)
    return memo[key]


def as_key(words: Iterable[str]) -> tuple[str, ...] | frozenset[str]:
    """A word list as a dictionary key."""
    return words if isinstance(words, (tuple, frozenset)) else frozenset(words)


def word_index(doc: Doc, attr: int) -> dict[str, list[int]]:
    """Token indices of doc by lower-case form or lemma, read once per article from the token array."""
    memo = article_state(doc).memo
    if ("words", attr) not in memo:
        found: dict[int, list[int]] = {}
        for i, value in enumerate(doc.to_array(attr).tolist()):
            found.setdefault(value, []).append(i)
        memo["words", attr] = {doc.vocab.strings[value]: where for value, where in found.items()}
    return memo["words", attr]


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
