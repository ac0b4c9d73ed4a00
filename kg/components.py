"""spaCy components kg adds to the French pipeline, registered in this one place."""
from __future__ import annotations

import bisect
import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy

from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LENGTH, SENT_START
from spacy.lang.tokenizer_exceptions import URL_PATTERN
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex

from kg import lexicon
from kg.gazetteer import Gazetteer

RULER = "kg_gazetteer"
Doc.set_extension("kg", default=None, force=True)  # kg.model.ArticleState of the article
GLUED_QUOTES = (r'(?<=[.!?])["“”«»]+(?=[A-ZÀ-Ý])', r'(?<=[a-zà-ÿ]{2}[.!?])["“”«»]+',
                r'[»”](?=[.,][a-zà-ÿ])', r'(?<=[»”])[.,](?=[a-zà-ÿ])',
                r'(?<=[a-zà-ÿ]{2})[.!?](?=[A-ZÀ-Ý][a-zà-ÿ])')  # 'diplomatique.La puissante', 'Corées.Avant'
GLUED_STOP = r'[.!?](?=[A-ZÀ-Ý][a-zà-ÿ])'  # what is left of '».Enfin' once the quote mark is cut off
URL_WITHOUT_QUOTES = re.compile(r"(?!\S*[«»“”])" + URL_PATTERN, re.UNICODE)  # 'bien».dit-il' is no web address
HYPHENED = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]+)-([A-ZÀ-Ý][a-zà-ÿ]+)")
ELIDED_NAME = re.compile(r"[NM]'[A-ZÀ-Ý][\w-]*")  # 'N'Goran', 'N'Djamena', 'M'Baye': no elided 'ne' or 'me'

CLOSING = frozenset({"»", "”"})
FULL_STOPS = frozenset({".", "!", "?", "…", "..."})
SENTENCE_END = frozenset({".", "!", "?", "…", "»", "”", '"', "...", ")"})
TOKENIZER_CACHE = 200_000  # chunks (space-delimited strings) the tokenizer keeps the tokens of


@Language.component("kg_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, and never after a token that cannot end one.

    Headlines without a full stop are then not glued to the next line, and the parser no longer
    cuts 'état-major' or a name in two. Works on the token offsets as arrays (a Token per word cost
    as much as the parser's sentence work)."""
    if len(doc) > 1:
        starts = sentence_starts(doc)
        for i in dateline_ends(doc):
            starts[i] = 1
        doc.from_array([SENT_START], numpy.array(starts, dtype="int64").view("uint64"))
    return doc


@Language.component("kg_joined_sentences")
def joined_sentences(doc: Doc) -> Doc:
    """Join again a sentence the parser started where kg_line_sentences said none starts (', a pour sa part mis
    …' after a name set off by commas): its root goes under the root of the sentence before, so the verb and its
    subject share one sentence (not after a dateline's dash). The parser overrides those marks in about one sentence
    in two thousand."""
    starts = numpy.flatnonzero(doc.to_array(SENT_START).view("int64") == 1)  # a few per article: no Span each
    cut = [i for i in starts.tolist() if i and cut_inside(doc, i)]
    datelines = set(dateline_ends(doc)) if cut else set()
    wrong = [(doc[i - 1].sent.root.i, doc[i].sent.root.i) for i in cut if i not in datelines]
    if not wrong:
        return doc
    rows = doc.to_array([HEAD, DEP]).view("int64")  # HEAD holds signed offsets
    parataxis = doc.vocab.strings.add("parataxis")
    for head, root in wrong:
        rows[root] = (head - root, parataxis)
    doc.from_array([HEAD, DEP], rows.view("uint64"))
    return doc


def cut_inside(doc: Doc, start: int) -> bool:
    """A sentence start with no line break and no sentence end before it."""
    before = doc[start - 1]
    return not before.is_space and before.text not in SENTENCE_END and "\n" not in before.whitespace_


DATELINE = re.compile(r"^[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]+(?:\([^)\n]{1,20}\))?[ \t]*[—–-][ \t]+(?=\S)", re.MULTILINE)
# a place's name in a dateline: 'Rome', 'La Havane', 'Port-au-Prince', 'Rio de Janeiro'
PLACE_WORDS = r"[A-ZÀ-Ý][\w'’.-]*(?:[ \t](?:(?:de|du|des|la|le|al|el)[ \t])?[A-ZÀ-Ý][\w'’-]*){0,3}"
WEEKDAYS = lexicon.weekday_names()
DAY = (rf"(?:(?:le|{WEEKDAYS})[ \t]+)?\d{{1,2}}(?:er)?[ \t]+(?:{lexicon.month_names()})(?:[ \t]+\d{{4}})?")
SOURCE = r"\([^()\n]{1,25}\)"  # the wire's name: '(AFP)', '(LaPresse)'
# 'Rome, le 26 nov. (LaPresse) –', 'Kinshasa, 15 décembre 2024-', 'Port-Soudan, Soudan (PANA) -'
DATED_LINE = re.compile(
    rf"(?i:^[ \t]*(?!(?:le|la|les|{WEEKDAYS})[ \t]+\d))(?-i:{PLACE_WORDS}(?:,[ \t]*{PLACE_WORDS})?)"
    rf"(?i:(?:,?[ \t]+{DAY})[.,]?(?:[ \t]*{SOURCE})?|[ \t]*,?[ \t]*{SOURCE})"
    r",?[ \t]*(?:--|[—–-])[ \t]*(?=[«\"“A-ZÀ-Ý])", re.MULTILINE)
LEAD_LINES = 3  # a dateline opens the article: it stands in its first lines (title, byline, lead)
LINE_START = re.compile(r"^[ \t]*\S", re.MULTILINE)


def lead_end(text: str) -> int:
    """Where the article's first LEAD_LINES non-blank lines end."""
    starts = [m.start() for m in itertools.islice(LINE_START.finditer(text), LEAD_LINES + 1)]
    return starts[LEAD_LINES] if len(starts) > LEAD_LINES else len(text)


def dateline_at(text: str, start: int) -> re.Match | None:
    """The dateline with a date or a wire's name that opens text at start, if one does, in the article's first
    lines (not a rubric in capitals: 'POLITIQUE - …'; not 'Jean Martin (LR) - …' further down)."""
    found = DATED_LINE.match(text, start)
    return found if found is not None and start < lead_end(text) else None


def dateline_ends(doc: Doc) -> list[int]:
    """The tokens right after a dateline or rubric in capitals and its dash at the start of a line ('QUÉBEC — La
    grève …', 'TUNIS (Reuters) - La …'), or after a place with a date or a wire's name and a dash ('Rome, le 26 nov.
    (LaPresse) – Le …'): they start a sentence, so the parse does not make the place a subject."""
    idx = doc.to_array(IDX).tolist()
    lead = lead_end(doc.text)
    ends = sorted({m.end() for m in DATELINE.finditer(doc.text)}
                  | {m.end() for m in DATED_LINE.finditer(doc.text, 0, lead)})
    found = [bisect.bisect_left(idx, end) for end in ends]
    return [i for i, end in zip(found, ends) if i < len(idx) and idx[i] == end]


def sentence_starts(doc: Doc) -> list[int]:
    """Per token: 1 starts a sentence, -1 does not, 0 leaves it to the parser."""
    text, rows = doc.text, doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()
    ends = [idx for idx, _, _ in rows[1:]] + [len(text)]
    starts, after_break, previous, stopped = [0] * len(rows), False, None, False
    for i, ((idx, length, space), following) in enumerate(zip(rows, ends)):
        word = text[idx:idx + length]
        if space:
            after_break = after_break or "\n" in word
            continue
        after = text[following:following + 3].lstrip()
        if i > 0:
            if after_break or (stopped and starts_sentence(word, after)):
                starts[i] = 1
            elif (previous is not None and previous not in SENTENCE_END) or never_starts(word, previous, after):
                starts[i] = -1
        stopped = stops(word, after, stopped)
        after_break, previous = "\n" in text[idx + length:following], word
    return starts


def stops(word: str, after: str, stopped: bool) -> bool:
    """Whether a sentence may end after word: a full stop, a closing mark after one ('… monde. » Toujours selon
    …'), a capital letter and its stop (one token, as an initial is) before an opening quote mark, which never
    follows an initial ('… sur le réseau social X. « Les dirigeants …')."""
    letter = len(word) == 2 and word[0].isupper() and word[1] == "." and after[:1] in ("«", "“")
    return word in FULL_STOPS or (stopped and word in CLOSING) or letter


def never_starts(word: str, previous: str | None, after: str) -> bool:
    """A closing quote mark, a lower-case word after one ('« … ! » crie un enseignant', '!" hurle …') and an
    inverted verb ('« … ».dit-il') never start a sentence."""
    closing = word in CLOSING or (word == '"' and after[:1].islower())
    return closing or (previous in CLOSING | {'"'} and word[:1].islower()) or (word[:1].islower() and after[:1] == "-")


def starts_sentence(word: str, after: str) -> bool:
    """A capitalised word or an opening quote mark; a straight quote mark before a lower-case word closes a
    quotation ('« … !" hurle un agriculteur')."""
    if word == '"':
        return not after[:1].islower()
    return word[:1].isupper() or word in ("«", "“", "—", "–")


def variants(name: str) -> set[str]:
    """Surface forms to match for a name: as written, upper case, unaccented, capitalised."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    forms = {name, name.upper(), plain, name[:1].upper() + name[1:], plain[:1].upper() + plain[1:]}
    if " " in name:
        forms |= {name[:1].lower() + name[1:], plain[:1].lower() + plain[1:]}
    return {f for f in forms if len(f) > 1}


def gazetteer_patterns(gazetteer: Gazetteer) -> list[dict]:
    """EntityRuler phrase patterns for every gazetteer name, labelled with its type and id."""
    patterns = []
    for gid, entry in sorted(gazetteer.entries.items()):
        for name in sorted({v for n in gazetteer.names(entry) for v in variants(n)}):
            patterns.append({"label": entry["type"], "pattern": name, "id": gid})
    return patterns


def with_given_names(token_match: Callable[[str], object] | None) -> Callable[[str], object]:
    """The tokenizer's whole-word test, two given names of the lexicon joined by a hyphen ('Yves-François' and
    'Anne-Sophie' stay one word as 'Jean-Pierre' does: cut in three, they break the parse of the sentence) and
    the lexicon's joined words ('état-major'), a name that opens on 'N'' or 'M'' ('N'Goran')."""
    def whole(text: str) -> object:
        return (token_match(text) if token_match else None) or text.lower() in lexicon.joined_words() or (
            HYPHENED.fullmatch(text) is not None and lexicon.given_name(text) is not None) \
            or ELIDED_NAME.fullmatch(text) is not None
    return whole


def unglue(nlp: Language) -> None:
    """Make nlp's tokenizer keep compound given names whole (with_given_names) and cut what scrapers that drop
    paragraph breaks glue together: a quote mark and the word after a full stop ('Rousseau."On va …') or before
    it ('bien».dit-il'), a full stop and the capitalised word after it ('tenue.La'); and leave whole a name that
    opens on 'N'' or 'M'' ('N'Djamena,')."""
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *GLUED_QUOTES]).finditer
    prefix = compile_prefix_regex([*nlp.Defaults.prefixes, GLUED_STOP]).search
    nlp.tokenizer.prefix_search = lambda text: None if ELIDED_NAME.match(text) else prefix(text)
    nlp.tokenizer.url_match = URL_WITHOUT_QUOTES.match
    nlp.tokenizer.token_match = with_given_names(nlp.tokenizer.token_match)


def add_components(nlp: Language, gazetteer: Gazetteer) -> Language:
    """Add the line-break sentence starter before the parser and the gazetteer ruler first (it only needs
    tokens; placed first, its phrase patterns, some 28,000, are tokenised, not parsed, when it loads)."""
    unglue(nlp)
    nlp.add_pipe("kg_line_sentences", before="parser")
    nlp.add_pipe("kg_joined_sentences", after="parser")
    ruler = nlp.add_pipe("entity_ruler", name=RULER, first=True, config={"overwrite_ents": True})
    patterns = gazetteer_patterns(gazetteer)
    with pretokenised(nlp, [p["pattern"] for p in patterns]):
        ruler.add_patterns(patterns)
    fresh_cache(nlp)
    return nlp


@contextmanager
def pretokenised(nlp: Language, texts: list[str]) -> Iterator[None]:
    """Let nlp tokenise texts from the words its tokenizer gave them before (kept in kg's user cache folder
    under a fingerprint of kg, its data and the model), which spares the load a second of tokenising the
    gazetteer's patterns; any other text goes through the tokenizer."""
    tokenizer = nlp.tokenizer
    table = pattern_words(nlp, texts)
    nlp.tokenizer = lambda text: Doc(nlp.vocab, *table[text]) if text in table else tokenizer(text)
    try:
        yield
    finally:
        nlp.tokenizer = tokenizer


def pattern_words(nlp: Language, texts: list[str]) -> dict[str, tuple[list[str], list[bool]]]:
    """The words and spaces nlp's tokenizer gives each text, from the user cache when it holds them for this kg
    and this pipeline, else from the tokenizer (and kept there for the next load)."""
    from kg import cache  # not at the top: kg.cache's fingerprint imports kg.nlp, which imports this module
    name = cache.user_file_name("patterns", nlp.meta.get("lang"), nlp.meta.get("name"), nlp.meta.get("version"))
    table = cache.read_user_json(name) or {}
    if all(t in table for t in texts):
        return table
    table = {text: ([w.text for w in doc], [bool(w.whitespace_) for w in doc])
             for text, doc in zip(texts, map(nlp.tokenizer, texts))}
    if name:
        cache.keep_in_user_folder(name, json.dumps(table, ensure_ascii=False))
    return table


def fresh_cache(nlp: Language, size: int = TOKENIZER_CACHE) -> None:
    """Empty the tokenizer's cache, which tokenising the ruler's patterns filled, and let it hold size chunks:
    spaCy stops caching at 10,000, and past that every word of the articles went through the affix rules."""
    nlp.tokenizer._flush_cache()
    nlp.tokenizer.max_cache_size = size
