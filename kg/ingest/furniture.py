"""Separate an article body from page furniture with rules on line shape, position and cue words."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg import lexicon

SEPARATOR = re.compile(r"^\s*[-–—_*•=~·.]{1,}\s*$")
SENTENCE_END = re.compile(r"[.!?…:»”\"')\]]\s*$")
CREDIT_MARK = re.compile(r"\b[A-Z]{2,}/[A-Z][a-z]+|\bby way of\b|©|\b(Photo|Crédit|Credit)s?\s*:"
                         r"|\bvia (Getty|AFP|Reuters|AP|EPA|Sipa|Abaca)\b")
# a wire service's credits in brackets at the end of a paragraph: "(Reportage X, rédigé par Y; version française Z)"
CREDIT_TAIL = re.compile(r"\((?i:reportage|rédigé par|rédaction|version française|édité par|écrit par|avec la contribution"
                         r"|traduit par|traduction)[^()]{0,250}\)\s*$")
CREDIT_SLASH = re.compile(r"\S\s/\s")
AGENCIES = "|".join(re.escape(a) for a in lexicon.furniture_cues()["agency"])
AGENCY = re.compile(rf"\b(?:{AGENCIES})\b")
# a photographer and his agencies ending a caption: '… (Julien Martin/AFP)', '… — Marc Petit/AP/SIPA'
PHOTOGRAPHER = re.compile(r"(?:[—–-]\s*|\()(?!(?:Le|La|Les|L')\s)[A-ZÀ-Ý][\w'’.-]+"
                          r"(?:\s(?:de\s|d'|da\s|van\s)?[A-ZÀ-Ý][\w'’.-]+){1,3}"
                          rf"\s?/\s?(?:{AGENCIES})"
                          r"(?:\s?/\s?[A-Z][\w -]{1,20})*\)?\s*$")
TAGS = re.compile(r"(\s\|\s.*){2,}|(\s>\s.*){2,}|^[^.!?]{0,80}?(\s/\s[^/.!?]{1,30}){2,}$"
                  r"|^\s*(?i:mots-clés|mots clés|tags|thèmes|sujets)\s*:")
COPYRIGHT = re.compile(r"(?i)copyright|droits réservés|droits sont (protégés|réservés)|all rights reserved")
DATE_STAMP = re.compile(r"^\s*(?:date|published|publié)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?(?:[T ][\d:]+)?\s+(?=\S)", re.I)
DATELINE = re.compile(r"(?i)^\s*(publié|mis à jour|mise à jour|modifié|actualisé|posted|updated)\b.{0,60}\d")
DAY = (rf"(?:(?:{lexicon.weekday_names()})\s+)?(?:\d{{1,2}}(?:er)?\s+(?:{lexicon.month_names()})\s+\d{{4}}"
       r"|\d{1,2}/\d{1,2}/\d{2,4})")
# a line of a date and a time, after a source's or an author's name: '12 mai 2025 - 06h41', 'Reuters • 01/11/2020
# à 18:41', '« Le Soir », Marc Petit, 26 février 2025' (not a caption's place: 'Pokrovsk, Ukraine, 12 avril 2025')
SOURCE_BEFORE = r"(?:«[^»\n]{1,30}»\s*,\s*(?:[\w .'-]{1,30},\s*)?|[\w .'-]{1,30}\s*[•|·]\s*)"
TIMESTAMP = re.compile(rf"(?i)^\s*{SOURCE_BEFORE}?(?:le\s+)?{DAY}"
                       r"(?:\s*(?:[-–,•|]|à)?\s*\d{1,2}\s*[h:]\s*\d{2})?\s*$")
# an update note in brackets before the lead: '[Mis à jour le 24 janvier 2023 à 13h09] …', '(Actualisé avec …) …'
UPDATE_STAMP = re.compile(r"(?i)^\s*[\[(]\s*(?:mis à jour|mise à jour|actualisé|actualisée|modifié|modifiée|màj|publié)"
                          r"\s*(?:le\s+\d|à\s+\d|avec\b|:|\d)[^\])\n]{0,80}[\])]\s*(?=\S)")
NOTE = re.compile(r"(?i)^\s*(ce|cet|cette)\s+\w+\s+a été (mis|mise) à jour|ont contribué à (ce|cet|cette) \w+|"
                  r"contributed to this report|avec (afp|reuters|ap)\)?\s*$|^\s*\(avec ")
INTERVIEW_WORDS = (r"((deux|trois|quatre|cinq|\d+) questions? à|questions? à|entretien avec|interview (de|avec)|"
                   r"rencontre avec)\s+\S")
INTERVIEW = re.compile(rf"(?i)^\s*{INTERVIEW_WORDS}")
INTERVIEW_LINE = re.compile(INTERVIEW.pattern, re.MULTILINE)
INTERVIEW_IN_TITLE = re.compile(rf"(?i)[:–—|]\s*{INTERVIEW_WORDS}")  # '« … » : entretien avec X'
# an embedded post's signature: '— Emmanuel Macron (@EmmanuelMacron) November 5, 2024', '… (@x) Voir le tweet'
LINK = r"(?:(?:pic\.twitter\.com|https?://t\.co)/\w+\s*)?"  # the post's picture or link, before its signature
MONTH = lexicon.month_names(english=True)
SIGNATURE = re.compile(rf"{LINK}(?:—|–|--)\s*[^()\n—]{{2,60}}?\s(?P<handle>\(@\w{{1,30}}\)\s*"
                       rf"(?:(?:{MONTH})\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}(?:er)?\s+(?:{MONTH})\s+\d{{4}}"
                       r"|(?i:voir le tweet|view on twitter|voir sur x)))")


def cue_pattern(kind: str, tail: str, *more: str) -> re.Pattern:
    """A regex of the furniture cue phrases of one kind or more (kg/lexicon/furniture_cues.tsv) at the start of
    a line (after bullets or an opening bracket: '[ Publicité ]'), followed by tail."""
    phrases = sorted((p for k in (kind, *more) for p in lexicon.furniture_cues()[k]), key=len, reverse=True)
    words = "|".join(re.escape(p).replace("'", "['’]") for p in phrases)
    return re.compile(rf"(?i)^[\s•*>»·–—■▪►▶\[(-]*(?:{words})(?!\w){tail}")


START_CUE = cue_pattern("start", "")
RELATED = cue_pattern("related", "")
LINK_BLOCK = cue_pattern("related", r"\s*:?\s*$")
LINK_LINE = cue_pattern("related", r"\s*:\s*\S", "link")
TAIL = cue_pattern("tail", r".{0,40}$")
ENGLISH = frozenset(lexicon.furniture_cues()["english"])
FRENCH = frozenset({"le", "la", "les", "de", "des", "du", "et", "un", "une", "à", "en", "que", "qui", "est", "pour",
                    "dans", "par", "sur", "au", "aux", "il", "elle", "ne", "pas"})


@dataclass(frozen=True)
class Line:
    """One line of an article with its character offsets."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def split_lines(text: str) -> list[Line]:
    """Lines with their offsets in text (line breaks excluded)."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


QUOTED = re.compile(r"«[^»]*»|“[^”]*”")
# 'son pays. Le général …', not 'M. X'
INNER_SENTENCE_END = re.compile(r"\b[a-zà-ÿ]{3,}[.!]\s+[«\"“]?\s*[A-ZÀ-Ý]")


def is_headline_shaped(line: Line) -> bool:
    """Short, and not a plain sentence: no final full stop, or a question; not a lead of two sentences or more
    ('… contre une intervention. Le général X …')."""
    text = line.text.strip()
    return line.words <= 30 and (not text.endswith(".") or text.endswith("?")) and not lead_of_sentences(line, text)


def lead_of_sentences(line: Line, text: str) -> bool:
    """Over fifteen words with a sentence of five words or more ended inside by '.' or '!', outside quotation
    marks."""
    plain = QUOTED.sub("«»", text)
    stop = INNER_SENTENCE_END.search(plain)
    return line.words > 15 and stop is not None and len(plain[:stop.start()].split()) >= 5


BYLINE = re.compile(r"(?i)^\s*(par|by)\s+[A-ZÉ][\w'-]+(\s+[A-ZÉ][\w'-]+){0,3}\s*$")


INITIALS = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\.(?:-?[A-Za-z]{1,4}\.?)*|et|de|[A-Z]),?")  # 'C.d.S,', 'C.M.', 'C.POH'
INNER_DOT = re.compile(r"\w\.-?\w")  # initials run together ('C.M.'), not a word and its stop ('Non.')


def is_byline(line: Line) -> bool:
    """A few capitalised words, no sentence punctuation: a byline or section label; or the authors' initials
    ('C.d.S, C.M.', 'C.POH et C de S.')."""
    words = line.text.split()
    caps = [w for w in words if w[:1].isupper() or not w[:1].isalpha()]
    if 0 < len(words) <= 6 and INNER_DOT.search(line.text) and all(INITIALS.fullmatch(w) for w in words):
        return True
    return 0 < len(words) <= 6 and len(caps) == len(words) and not SENTENCE_END.search(line.text)


PARTICLES = frozenset({"de", "du", "des", "la", "le", "et", "von", "van", "da", "di", "d'", "ben", "al", "el"})


def is_name_like(text: str) -> bool:
    """One to eight words, each capitalised or a name particle: 'Marie Dupont', 'Jean de La Fontaine et Ali Ben'."""
    words = text.replace(",", " ").split()
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w.lower() in PARTICLES for w in words)


def is_english(text: str) -> bool:
    """A line in English (a wire photo caption, an untranslated credit): English function words, no French ones."""
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    english = sum(w in ENGLISH for w in words)
    return len(words) >= 5 and english >= max(2, len(words) // 5) and sum(w in FRENCH for w in words) <= english // 4


def credit(text: str) -> bool:
    """A photo credit: 'KCNA/Reuters', '© AFP', 'Photo :', or an agency after ' / ' ('Kim Jong Un / AFP');
    linear in the line (a pattern with '.*?' between the two was quadratic on lines full of ' / ')."""
    slash = CREDIT_SLASH.search(text)
    return bool(CREDIT_MARK.search(text) or (slash and AGENCY.search(text, slash.end())))


def own_credit(text: str) -> bool:
    """A credit line of its own ('© AFP', 'Photo : X', 'Kim Jong Un / AFP'), not a caption that ends in one
    ('X décrit une « situation difficile » Photo: AFP'), nor a copyright notice."""
    mark = CREDIT_MARK.search(text) or CREDIT_SLASH.search(text)
    return credit(text) and not COPYRIGHT.search(text) and mark is not None and len(text[:mark.start()].split()) <= 4


SENTENCE_BREAK = re.compile(r"(?<=[\w)»]{2})[.!?…]\s+(?=[«“\"A-ZÀ-Ý])")  # not after an initial: "M. X"
INCISE = re.compile(r"[»”\"]\s*,\s*(?:a|ont|avait|avaient)(?:-t-(?:il|elle))?\s+\w+", re.IGNORECASE)


def caption_shaped(text: str) -> bool:
    """One sentence that reports no speech: a photo's caption, not the paragraph a credit closes the article
    after ('« … », a précisé une source.' then '© AFP')."""
    return not SENTENCE_BREAK.search(text.rstrip()) and not INCISE.search(text)


LINE_SHAPES = (("separator", SEPARATOR.match), ("credit", credit), ("tags", TAGS.search),
               ("date", DATELINE.match), ("date", TIMESTAMP.match), ("related-link", RELATED.match),
               ("note", NOTE.search))


@dataclass(frozen=True)
class Around:
    """A line with what the context rules look at: its stripped text, the lines before and after it, and
    whether it is the title."""

    line: Line
    text: str
    prev: Line | None
    nxt: Line | None
    title: bool


CONTEXT_RULES = (  # in order; the first that holds gives the reason
    ("cue", lambda a: bool(START_CUE.match(a.text) or COPYRIGHT.search(a.text)) and a.line.words <= 12),
    ("related-link", lambda a: bool(LINK_LINE.match(a.text)) and a.line.words <= 40),  # 'Lire : <a headline>'
    ("foreign", lambda a: is_english(a.text)),
    ("shouting", lambda a: a.text.isupper() and a.line.words <= 8),
    ("related-link", lambda a: a.prev is not None and bool(SEPARATOR.match(a.prev.text.strip()))
     and is_headline_shaped(a.line)),
    ("caption", lambda a: a.nxt is not None and own_credit(a.nxt.text) and a.line.words <= 60
     and a.nxt.words <= 10 and caption_shaped(a.text)),
    ("label", lambda a: not a.title and a.line.words <= 3 and not SENTENCE_END.search(a.text)),
    ("byline", lambda a: is_byline(a.line) or bool(BYLINE.match(a.line.text))),
)


def neighbour(lines: list[Line], i: int, step: int) -> Line | None:
    """The nearest non-blank line before (step -1) or after (step 1) line i."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].text.strip():
        j += step
    return lines[j] if 0 <= j < len(lines) else None


def line_reason(lines: list[Line], i: int, title_index: int) -> str | None:
    """Why line i is furniture, or None when it belongs to the body: its shape alone (LINE_SHAPES), else the
    first of CONTEXT_RULES that holds."""
    line, text = lines[i], lines[i].text.strip()
    if INTERVIEW.match(text):
        return None
    shape = next((reason for reason, test in LINE_SHAPES if test(text)), None)
    if shape:
        return shape
    around = Around(line, text, neighbour(lines, i, -1), neighbour(lines, i, 1), i == title_index)
    return next((reason for reason, test in CONTEXT_RULES if test(around)), None)


def dropped_part(line: Line, reason: str | None) -> tuple[int, int, str] | None:
    """What of a line is set aside: all of it (with reason), the dateline before a lead sentence, the wire
    credits in brackets or a photographer's that end a paragraph or caption, an embedded post's signature after its
    words, or nothing."""
    lead = lead_after_dateline(line) if reason == "tags" else None
    if lead is not None:
        return line.start, line.start + lead, "date"
    stamp = (DATE_STAMP.match(line.text) or UPDATE_STAMP.match(line.text)) if not reason else None
    if stamp:  # ' date 2025-11-03 L'ambassadeur …': a scraper's date field or an update note glued to the lead
        return line.start, line.start + stamp.end(), "date"
    credits = (CREDIT_TAIL.search(line.text) or PHOTOGRAPHER.search(line.text)) if not reason else None
    if credits:
        return line.start + credits.start(), line.end, "credit"
    post = SIGNATURE.search(line.text) if not reason else None
    if post:  # the post's words and its author's name stay, the handle and date go
        return line.start + post.start("handle"), line.start + post.end(), "social-post"
    return (line.start, line.end, reason) if reason else None


def lead_after_dateline(line: Line) -> int | None:
    """Where the lead sentence starts on a line that opens with a dateline cut by ' | ' ('PARIS | 5 novembre
    2024 | Le ministre a déclaré …'), or None when the line is all furniture."""
    cut = line.text.rfind(" | ")
    lead = line.text[cut + 3:] if cut >= 0 else ""
    if len(lead.split()) >= 8 and SENTENCE_END.search(lead) and not tail_shaped(lead):
        return cut + 3
    return None


def tail_shaped(text: str) -> bool:
    return bool(TAIL.search(text) or START_CUE.match(text))


def find_title(lines: list[Line]) -> int:
    """Index of the first line of more than three words that reads as a headline (breadcrumbs, bylines,
    dates and credits before it are passed over), else -1."""
    for i, line in enumerate(lines):
        if line.words <= 3 or credit(line.text) or TAGS.search(line.text) or DATELINE.match(line.text) \
                or is_byline(line) or BYLINE.match(line.text):
            continue
        return i if is_headline_shaped(line) else -1
    return -1


ASIDES = frozenset({"caption"})


def classify(text: str) -> tuple[str | None, list[tuple[int, int, str]]]:
    """Title (if any) and the furniture lines of text as (start, end, reason).

    After a comment prompt, a "Les plus lus" / "Sur le même sujet" heading or a tag line, past the first
    third of the page, everything is furniture (pages put sidebars after the body). After a "Lire aussi"
    heading, only the short link lines that follow it are.
    """
    lines = split_lines(text)
    title_index = find_title(lines)
    flow, dropped = Flow(), []
    for i, line in enumerate(lines):
        if line.text.strip():
            dropped += [part for part in [dropped_part(line, flow.reason(lines, i, title_index))] if part]
    title = lines[title_index].text.strip() if title_index >= 0 else None
    return title, dropped


def body_follows(lines: list[Line], i: int) -> bool:
    """Whether the next line is a paragraph of the body (30 words or more, ending a sentence): a byline shaped
    like tags ('AA / Tunis / X') then opens the body instead of ending it."""
    line = next((line for line in lines[i + 1:] if line.text.strip()), None)
    return line is not None and line.words >= 30 and bool(SENTENCE_END.search(line.text))


@dataclass
class Flow:
    """What classify carries down the page: whether it is past the body (the tail), or in a block of links."""

    tail: bool = False
    links: bool = False

    def reason(self, lines: list[Line], i: int, title_index: int) -> str | None:
        """Why line i is furniture, given the lines above it."""
        line = lines[i]
        reason = "tail" if self.tail else line_reason(lines, i, title_index)
        self.links = self.links and (reason is not None or line.words <= 20) and not INTERVIEW.match(line.text)
        reason = reason or ("related-link" if self.links else None)
        if (reason == "tags" and not body_follows(lines, i)) or TAIL.search(line.text):
            self.tail = self.tail or i > len(lines) // 3
        self.links = self.links or bool(LINK_BLOCK.match(line.text))
        return reason
