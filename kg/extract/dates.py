"""Time expressions in a sentence, as written and as a date normalised against the article's publication date.

Weekdays go to the publication week: "lundi" is the last Monday on or before the publication day ("lundi
dernier" strictly before, "lundi prochain" after), not dateparser's PREFER_DATES_FROM="past", which sends a
weekday of the publication week to the week before. A day and month without a year take the year that puts
them within about ten months before or two months after publication."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from kg import lexicon
from kg.model import Figure, Statement
from kg.names import fold

AHEAD = timedelta(days=65)  # a day-month without a year later than this after publication is last year's


@dataclass(frozen=True)
class When:
    """A time expression: its words as written, where they are, and the date they name ('2024-11-04',
    '2024-06', '2024') when it can be known."""

    text: str
    start: int
    date: str | None = None


def words_of(kind: str) -> str:
    """A regex alternation of the time words of one kind, accented and folded, longest first."""
    found = {w for w, (k, _) in lexicon.time_words().items() if k == kind}
    found |= {r["word"] for r in lexicon.rows("time_words.tsv") if r["kind"] == kind}
    return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(found, key=len, reverse=True))


@lru_cache(maxsize=1)
def pattern() -> re.Pattern:
    month, weekday = words_of("month"), words_of("weekday")
    return re.compile(
        rf"(?i)\b(?:(?:le\s+)?(?P<day>\d{{1,2}})(?:er)?\s+(?P<dmonth>{month})(?:\s+(?P<dyear>(?:19|20)\d\d))?"
        rf"|(?P<period>{words_of('period')})"
        rf"|(?:(?:en|depuis|début|fin|mi-|courant)\s+)?(?P<month>{month})(?:\s+(?:(?P<myear>(?:19|20)\d\d)|(?P<mlast>dernier)))?"
        rf"|(?P<weekday>{weekday})(?:\s+(?P<wmod>dernier|prochain))?"
        rf"|(?P<dayword>{words_of('day')})"
        rf"|en\s+(?P<year>(?:19|20)\d\d))\b")


def find(text: str, *, published: date | None, outside: tuple[int, int] | None = None) -> When | None:
    """The first time expression of text (outside the given span, e.g. a quotation), normalised when it can."""
    for m in pattern().finditer(text):
        if outside and outside[0] <= m.start() < outside[1]:
            continue
        return When(m.group(0), m.start(), normalise(m, published))
    return None


def stamp(record: Statement | Figure, text: str, *, published: date | None) -> None:
    """Set when (words) and date of a statement or figure from its sentence, outside its own words (the verb
    that reports them is outside: 'a déclaré hier que …')."""
    ev = record.evidence
    own = ev.start + words_start(text[ev.start:ev.end]) if getattr(record, "kind", None) == "indirect" else ev.start
    found = find(text[ev.sent_start:ev.sent_end], published=published,
                 outside=(own - ev.sent_start, ev.end - ev.sent_start))
    if found is not None:
        record.when, record.date = found.text, found.date


OPENING = re.compile(r"\bqu(?:e\b|['’])")


def words_start(reported: str) -> int:
    """Where the words of reported speech begin: after the 'que' that opens them among its first words."""
    m = OPENING.search(reported[:80])
    return m.end() if m else 0


def value(word: str) -> int:
    return int(lexicon.time_words()[fold(word)][1])


def normalise(m: re.Match, published: date | None) -> str | None:
    """The date a match names, as ISO text, or None when it needs a publication date it has not got."""
    g = m.groupdict()
    if g["year"]:
        return g["year"]
    if g["myear"]:
        return f"{g['myear']}-{value(g['month']):02d}"
    if g["dyear"]:
        return checked(int(g["dyear"]), value(g["dmonth"]), int(g["day"]))
    if published is None or g["period"]:
        return None
    if g["dmonth"]:
        return day_month(value(g["dmonth"]), int(g["day"]), published)
    if g["month"]:
        month = value(g["month"])
        late = month >= published.month if g["mlast"] else month > published.month + 2
        return f"{published.year - late}-{month:02d}"
    if g["weekday"]:
        return weekday(value(g["weekday"]), g["wmod"], published).isoformat()
    return (published + timedelta(days=value(g["dayword"]))).isoformat()


def checked(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def day_month(month: int, day: int, published: date) -> str | None:
    """A day and month without a year, in the year that puts it near the publication date."""
    this_year = checked(published.year, month, day)
    if this_year is None or date.fromisoformat(this_year) <= published + AHEAD:
        return this_year
    return checked(published.year - 1, month, day)


def weekday(day: int, modifier: str | None, published: date) -> date:
    """The weekday of the publication week (on or before publication), the one before it ('dernier') or after
    it ('prochain')."""
    if modifier and modifier.lower() == "prochain":
        return published + timedelta(days=(day - published.weekday() - 1) % 7 + 1)
    back = (published.weekday() - day) % 7
    if modifier and back == 0:
        back = 7
    return published - timedelta(days=back)
