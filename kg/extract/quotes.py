"""Quoted passages of a text: « », “ ”, " " and the mixed marks of real pages."""
from __future__ import annotations

import re

OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
CLOSERS = frozenset({"»", "”", "›"})
MARKS = re.compile('[«»“”„‹›"\n]')  # the only characters quote_spans acts on


def opens_here(text: str, i: int) -> bool:
    """A '»' or '”' used as an opening mark, as in l’ »héroïsme », ”Ça n’est pas …”: after a space or
    apostrophe, before a word."""
    before = text[i - 1] if i else " "
    after = text[i + 1:i + 2]
    return before in " '’\u00a0" and after[:1].isalnum()


def closes_here(text: str, i: int) -> bool:
    """A '«' used as a closing mark, as in « … outrageantes« , a-t-il dit: followed by punctuation or the end of
    its line, never by a word."""
    rest = text[i + 1:i + 40].lstrip(" \u00a0\u202f")
    return not rest or rest[0] in ",.;:!?)\n"


def closing(text: str, i: int, stack: list[tuple[str, int]]) -> bool:
    """Whether the mark at i closes the innermost open quotation."""
    c = text[i]
    if not stack or (c in "»”" and opens_here(text, i)):
        return False
    return c in CLOSERS or c == stack[-1][0] or (c == "«" and closes_here(text, i))


def opening(text: str, i: int, stack: list[tuple[str, int]]) -> bool:
    c = text[i]
    if c in "»”":
        return opens_here(text, i) or (not stack and reversed_pair(text, i))
    return c in OPENERS or c == '"'


def reversed_pair(text: str, i: int) -> bool:
    """'… dire que » s'essuyer les pieds … est inacceptable « .': a page that turns its marks around, a '»'
    nothing opened before a word, and a '«' before punctuation further on its line."""
    if not re.match(r"[ \u00a0\u202f]\w", text[i + 1:i + 3]):
        return False
    end = text.find("\n", i)
    line = text[i + 1:end if end >= 0 else len(text)]
    return "«" in line and "»" not in line[:line.index("«")] and closes_here(text, i + 1 + line.index("«"))


def doubled(text: str, i: int, stack: list[tuple[str, int]]) -> bool:
    """'« «': an opening mark right after the same opening mark, nothing between."""
    c = text[i]
    return bool(stack) and c in OPENERS and stack[-1][0] == OPENERS[c] and not text[stack[-1][1]:i].strip()


INCISE_TAIL = re.compile(r",\s+(?:a|ont|\w+)-(?:t-)?(?:il|elle|ils|elles)\b[^«»\n]{0,80}$")


def left_open(text: str, start: int, end: int) -> tuple[int, int]:
    """A quotation whose closing mark is missing ends with its line, or before the incise that ends the line
    ('« … nous interdirons ces produits, a-t-il déclaré.')."""
    tail = INCISE_TAIL.search(text, start, end)
    return (start, tail.start()) if tail else (start, end)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each outermost pair of quote marks; a mark left open ends with its line
    (or the incise that ends it), unless a whole quotation closed inside it: then that mark was a slip ('au
    journal « la Croix, le président a affirmé que … « est morte »') and the quotations inside it count; a
    doubled opening mark ('« «') opens once; single marks quote after a colon (single_quoted)."""
    spans, stack, inner = [], [], []
    for mark in MARKS.finditer(text):
        i, c = mark.start(), mark.group()
        if c == "\n":
            spans += unclosed(text, stack, inner, i)
            stack, inner = [], []
        elif closing(text, i, stack):
            start = stack.pop()[1]
            spans += [] if stack else [(start, i)]
            inner = inner + [(start, i)] if len(stack) == 1 else []
        elif doubled(text, i, stack):
            stack[-1] = (stack[-1][0], i + 1)
        elif opening(text, i, stack):
            stack.append((OPENERS.get(c, c), i + 1))
    spans = with_single_quoted(text, spans + unclosed(text, stack, inner, len(text)))
    return sorted((s, e) for s, e in (trim(text, s, e) for s, e in spans) if e > s)


SINGLE = re.compile(r"(?<=:)[ \u00a0\u202f]*'((?:[^'\n]|'(?=\w))+)'(?=[ \u00a0\u202f]*(?:[.,;:!?)]|$))", re.M)


def with_single_quoted(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spans and the quotations in single marks after a colon that overlap none of them."""
    return spans + [(s, e) for s, e in single_quoted(text) if not any(a <= s < b or s <= a < e for a, b in spans)]


def single_quoted(text: str) -> list[tuple[int, int]]:
    """(start, end) of a quotation in single quote marks after a colon ('il a indiqué : 'Je ne partirai pas'.'): an
    apostrophe inside it runs on into a word ('l'accueil'), the closing mark comes before punctuation or the end of
    its line."""
    return [m.span(1) for m in SINGLE.finditer(text)]


def unclosed(text: str, stack: list[tuple[str, int]], inner: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """At a line's end, a mark still open: the quotations closed inside it, else the mark's words to the end."""
    if not stack:
        return []
    return inner or [left_open(text, stack[0][1], end)]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
