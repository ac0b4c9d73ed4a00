"""Reported figures: troops sent, killed, wounded, with whose soldiers, who claims them and when."""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc
from text_to_num import alpha2digit

from kg.extract import dates
from kg.extract.common import article_state, evidence, original, parsed, sentences, text_of
from kg.gazetteer import Gazetteer
from kg.model import Figure, Mention, Statement

NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+"
APPROX = r"(?:environ|quelque|près de|plus de|au moins|au minimum|jusqu'à|moins de|presque|approximativement)"
RANGE = re.compile(rf"(?P<approx>{APPROX}\s+)?(?P<low>{NUMBER})(?:\s*(?:à|-|–|et)\s*(?P<high>{NUMBER}))?", re.I)
VAGUE = {"plusieurs centaines": (200, 900), "des centaines": (100, 999), "quelques centaines": (200, 500),
         "plusieurs milliers": (2000, 9000), "des milliers": (1000, 9999), "quelques milliers": (2000, 5000),
         "des dizaines": (20, 99), "plusieurs dizaines": (20, 90), "quelques dizaines": (20, 50),
         "une centaine": (80, 120), "un millier": (800, 1200), "des dizaines de milliers": (20000, 99000)}
VAGUE_RE = re.compile(r"(?i)\b(" + "|".join(re.escape(v).replace(r"\ ", r"\s+")
                                            for v in sorted(VAGUE, key=len, reverse=True)) + r")\b")
MARKS = re.compile(r"[«»“”\"]")
COUNTED = re.compile(r"(?i)^\W{0,3}(?:de\s+|d')?(soldats?|militaires?|troupes?|hommes|combattants?|victimes?|morts?|"
                     r"blessés?|tués?|autres|nord-coréens?|officiers?|recrues?|mercenaires?|réservistes?)\b")
CATEGORIES = [("killedOrWounded", r"tués? ou blessés?|blessés? ou tués?|morts? ou blessés?|blessés? ou morts?"),
              ("casualties", r"victimes|pertes"), ("killed", r"\btués?\b|\bmorts?\b|éliminés?|décédés?"),
              ("wounded", r"blessés?"), ("sent", r"envoy|déploy|dépêch|renfort|arrivés?|transférés?"),
              ("present", r"rassembl|mass|présents?|stationn")]
SEND = frozenset({"envoyer", "déployer", "dépêcher", "transférer", "masser", "rassembler"})

def figures(doc: Doc, *, mentions: list[Mention], statements: list[Statement], gazetteer: Gazetteer) -> Iterator[Figure]:
    """Every figure of soldiers, troops or casualties in doc."""
    name = article_state(doc).name
    asides = article_state(doc).asides
    for sent in sentences(doc):
        text = text_of(sent)
        if not text.strip() or any(s <= sent.start_char < e for s, e in asides):
            continue
        previous = None
        for start, end, low, high, approx in sorted(numbers(text)):
            tail = COUNTED.match(MARKS.sub(" ", text[end:end + 40]))
            if tail is None and not (previous and text[max(0, start - 16):start].rstrip().endswith(("dont", "quelque"))):
                continue
            s, e = sent.start_char + start, sent.start_char + end + (tail.end() if tail else 0)
            owner = whose(doc, sent.start_char + end, mentions, gazetteer) or sender(doc, s, mentions, gazetteer) \
                or (previous.whose if previous else None)
            previous = Figure(low=low, high=high, text=original(doc)[s:e].strip(), approximate=approx,
                              counted=category(text, start, e - sent.start_char), evidence=evidence(name, sent, s, e),
                              whose=owner, claimant=claimant(statements, s))
            dates.stamp(previous, original(doc), published=article_state(doc).published)
            yield previous


def numbers(text: str) -> Iterator[tuple[int, int, float, float, bool]]:
    """(start, end, low, high, approximate) of the numbers of text: digits, ranges, words, vague amounts."""
    for m in VAGUE_RE.finditer(MARKS.sub(" ", text)):
        low, high = VAGUE[" ".join(m.group(1).lower().split())]
        yield m.start(), m.end(), low, high, True
    for m in RANGE.finditer(text):
        low = value(m.group("low"))
        high = value(m.group("high")) if m.group("high") else low
        if low is None or high is None or not m.group("low")[0].isdigit() or is_year(m, text):
            continue
        yield m.start(), m.end(), low, max(low, high), bool(m.group("approx")) or m.group("approx") is not None
    yield from word_numbers(text)


def word_numbers(text: str) -> Iterator[tuple[int, int, float, float, bool]]:
    """'dix mille soldats': numbers written in words, found through text2num."""
    for m in re.finditer(r"(?i)\b((?:(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
                         r"quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille)[- ]?){1,6})", text):
        words = m.group(1).strip(" -")
        digits = alpha2digit(words, "fr")
        if digits.isdigit() and int(digits) >= 10 and len(words.split()) + words.count("-") >= 1:
            yield m.start(), m.start() + len(m.group(1).rstrip(" -")), float(digits), float(digits), False


def value(text: str | None) -> float | None:
    if not text:
        return None
    digits = re.sub(r"[ \u00a0\u202f.]", "", text)
    return float(digits) if digits.isdigit() else None


def is_year(m: re.Match, text: str) -> bool:
    """1950-1953, juin 2024: a year, not a count."""
    low = value(m.group("low")) or 0
    return 1900 <= low <= 2100 and "." not in m.group("low") and " " not in m.group("low")


def category(text: str, start: int, end: int) -> str | None:
    """What a figure counts: the category whose words stand nearest to it in its sentence."""
    best, best_distance = None, len(text) + 1
    for name, pattern in CATEGORIES:
        for m in re.finditer(pattern, text, re.I):
            distance = max(0, m.start() - end, start - m.end())
            if distance < best_distance:
                best, best_distance = name, distance
    return best


def whose(doc: Doc, pos: int, mentions: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """Whose soldiers: the demonym after the counted noun ('soldats nord-coréens'), or the unit named there."""
    for m in mentions:
        if m.type == "MilitaryUnit" and m.start <= pos <= m.end + 1 and m.country:
            return Mention(doc=m.doc, start=m.start, end=m.end, text=m.text, type="State", key=m.country,
                           role="reference", sent_index=m.sent_index)
    words = re.findall(r"[\w-]+", parsed(doc)[pos:pos + 40])[:3]
    for w in words:
        state = gazetteer.state_of_demonym(w)
        if state:
            return Mention(doc=article_state(doc).name, start=pos, end=pos + len(w), text=w, type="State",
                           key=state, role="reference")
    return None


def sender(doc: Doc, pos: int, mentions: list[Mention], gazetteer: Gazetteer) -> Mention | None:
    """'la Corée du Nord a envoyé 14 000 soldats' (or 'Pyongyang a envoyé'): the state that sends the soldiers."""
    token = doc.char_span(pos, pos + 1, alignment_mode="expand")[0]
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_ not in SEND:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    found = [m for m in mentions if subject is not None and m.start <= subject.idx < m.end]
    for m in found:
        entry = gazetteer.get(m.key) or {}
        state = m.key if entry.get("type") == "State" else entry.get("capital_of")
        if state:
            return Mention(doc=m.doc, start=m.start, end=m.end, text=m.text, type="State", key=state,
                           role="reference" if state != m.key else None, sent_index=m.sent_index)
    return None


def claimant(statements: list[Statement], pos: int) -> Mention | None:
    """Who claims a figure: the speaker of the statement that reports it."""
    for st in statements:
        if st.evidence.sent_start <= pos < st.evidence.sent_end:
            return st.speaker
    return None
