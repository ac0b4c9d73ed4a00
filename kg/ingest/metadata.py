"""Read what a plain-text article says of itself in its furniture lines (dateline, byline), and normalise dates."""
from __future__ import annotations

import re
from datetime import datetime

from kg.ingest import furniture

PUBLISHED = re.compile(r"(?i)^\s*(publié|posted|mis en ligne|published|date)\b")
STAMPED = re.compile(r"^\s*\S+\s*:?\s*(\d{4}-\d{2}-\d{2}(?:T[\d:]+(?:Z|[+-]\d\d:\d\d)?)?)\s*$")
BYLINE = re.compile(r"(?i)^\s*(par|by)\s+(?P<who>.+?)\s*$")
BYLINE_END = re.compile(r"\s*(,|\||—|–|-\s|\ble\b|\bpublié|\bmis à jour|\bà\s+\d).*$", re.IGNORECASE)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_WORDS = re.compile(r"(?i)\b(\d{1,2}(er)?\s+\w+\.?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})"
                        r"([\s,]+(à\s+)?\d{1,2}\s*[h:]\s*\d{2})?")


def iso_date(text: str | None) -> str | None:
    """A publication date as xsd:date or xsd:dateTime text ('2024-11-05', '2024-11-05T10:12:00+01:00'), read
    from ISO 8601 or French ('5 novembre 2024 à 10h12', '05/11/2024'), else None."""
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = french_date(text)
    if parsed is None:
        return None
    if ISO_DATE.match(text) or (parsed.hour, parsed.minute, parsed.second) == (0, 0, 0) and parsed.tzinfo is None:
        return parsed.date().isoformat()
    return parsed.isoformat()


def french_date(text: str) -> datetime | None:
    """The first absolute date written in text, read by dateparser (day before month)."""
    import dateparser  # its language data loads in ~0.5 s: only when a date needs it

    m = DATE_WORDS.search(text)
    if not m:
        return None
    words = re.sub(r"(\d)\s*h\s*(\d)", r"\1:\2", m.group(0).replace(" à ", " "))
    return dateparser.parse(words, languages=["fr", "en"], settings={"DATE_ORDER": "DMY",
                                                                     "PREFER_DAY_OF_MONTH": "first"})


def from_lines(text: str, lines: list[tuple[int, int, str]]) -> dict[str, str]:
    """Publication date and author read from the dateline and byline lines furniture set aside."""
    found: dict[str, str] = {}
    for start, end, reason in lines:
        line = text[start:end]
        if reason == "date" and "published" not in found and PUBLISHED.match(line):
            stamp = STAMPED.match(line)  # 'date 2025-11-03'
            when = iso_date(stamp.group(1) if stamp else line)
            if when:
                found["published"] = when
        elif reason in ("byline", "label", "date") and "author" not in found and (m := BYLINE.match(line)):
            who = BYLINE_END.sub("", m.group("who")).strip()
            if who and furniture.is_name_like(who):
                found["author"] = who
    return found
