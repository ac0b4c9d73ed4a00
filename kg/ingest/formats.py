"""Turn the bytes of one input into articles: plain text, an HTML page (trafilatura), JSON lines, CSV."""
from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from kg.errors import InputError
from kg.ingest.files import Skipped, decode

log = logging.getLogger("kg")

# record fields that hold each piece of an article, in order of preference (case-insensitive)
FIELDS = {"text": ("text", "body", "content", "article", "maintext"),
          "title": ("title", "headline"),
          "url": ("url", "link", "canonical_url", "source_url"),
          "published": ("date", "published", "datepublished", "date_published", "pubdate", "published_at",
                        "publication_date"),
          "outlet": ("source", "outlet", "site", "sitename", "site_name", "publisher", "media", "domain"),
          "author": ("author", "authors", "byline")}


@dataclass
class Raw:
    """One article as its input gives it, before furniture and metadata are read from its lines."""

    name: str
    text: str
    encoding: str = "utf-8"
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None


def sniff(data: bytes) -> str:
    """The kind of standard input: an HTML page, JSON lines, or plain text."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    return "jsonl" if head.startswith(b"{") else "text"


def articles(data: bytes, name: str, kind: str) -> Iterator[Raw | Skipped]:
    """Every article in the bytes of one input, and a Skipped for each record that holds none."""
    kind = sniff(data) if kind == "sniff" else kind
    text, encoding = decode(data, name)
    if kind == "html":
        yield html_article(text, name, encoding)
    elif kind == "jsonl":
        yield from jsonl_articles(text, name)
    elif kind == "csv":
        yield from csv_articles(text, name)
    else:
        yield Raw(name, text, encoding)


def html_article(html: str, name: str, encoding: str) -> Raw:
    """The main text and metadata of a web page, as trafilatura finds them (comments and tables left out)."""
    import trafilatura  # imported here: lxml and its models load in ~0.3 s, only needed for pages

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                        favor_precision=True)
    meta = found.as_dict() if found is not None and hasattr(found, "as_dict") else (found or {})
    body = (meta.get("text") or "").strip()
    if not body:
        raise InputError(f"{name}: no article text found in the page, skipped")
    title = (meta.get("title") or "").strip() or None
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return Raw(name, body, encoding, title=title, url=meta.get("url"), published=meta.get("date"),
               outlet=meta.get("sitename") or meta.get("hostname"), author=meta.get("author"))


def record_article(record: dict, name: str) -> Raw | Skipped:
    """An article from one JSON or CSV record, found by the usual field names (see FIELDS)."""
    fields = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
    values = {part: next((text_of(fields[f]) for f in names if text_of(fields.get(f))), None)
              for part, names in FIELDS.items()}
    if not values["text"]:
        return Skipped(name, f"{name}: no text field ({', '.join(FIELDS['text'])}), skipped")
    body = values.pop("text").strip()
    title = values["title"]
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return Raw(name, body, **values)


def text_of(value: object) -> str | None:
    """A record value as text: strings as they are, lists of strings joined (several authors)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value)
    if isinstance(value, dict):
        return text_of(value.get("name"))
    return None


def jsonl_articles(text: str, name: str) -> Iterator[Raw | Skipped]:
    """One article per line of a JSON-lines export; a line that is not a JSON object is reported."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}#{number}"
        try:
            record = json.loads(line)
        except ValueError as err:
            yield Skipped(where, f"{where}: not JSON ({err.msg}), skipped")
            continue
        yield record_article(record, where) if isinstance(record, dict) else \
            Skipped(where, f"{where}: not a JSON object, skipped")


def csv_articles(text: str, name: str) -> Iterator[Raw | Skipped]:
    """One article per row of a CSV export with a header line (comma, semicolon or tab separated)."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096].split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(1 << 24)
    try:
        rows = list(csv.DictReader(io.StringIO(text), dialect=dialect))
    except csv.Error as err:
        raise InputError(f"{name}: not a readable CSV file ({err}), skipped") from err
    for number, row in enumerate(rows, 2):  # row 1 is the header
        yield record_article(row, f"{name}#{number}")
