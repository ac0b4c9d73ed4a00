"""Name normalisation: accent folding and a transliteration key for French/English renderings."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

QUOTES = re.compile(r"[«»“”„\"‹›]")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
TITLES = re.compile(r"^(m\.|mme|mr\.?|monsieur|madame|dr\.?|le|la|les|l')\s+", re.I)
RULES = [  # applied in order to one folded word
    (re.compile(r"sch"), "sh"), (re.compile(r"ch"), "sh"), (re.compile(r"ou"), "u"),
    (re.compile(r"gu(?=[eiy])"), "g"), (re.compile(r"y"), "i"), (re.compile(r"w"), "v"),
    (re.compile(r"([a-z])\1+"), r"\1"), (re.compile(r"(?<=[^aeiou])e$"), ""),
]


@lru_cache(maxsize=1 << 17)  # the same words are folded again and again by every rule
def fold(text: str) -> str:
    """Lower case without accents, with plain apostrophes, hyphens as spaces and spacing collapsed.

    Decomposed before and after lower-casing ('𝖠' only becomes 'A' once decomposed), so folding is idempotent."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).lower())
    text = QUOTES.sub(" ", text.translate(APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[-‐‑–—_]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def translit_word(word: str) -> str:
    """One folded word with French/English transliteration differences removed."""
    for pattern, repl in RULES:
        word = pattern.sub(repl, word)
    return word


SHORTENED = {"st": "saint"}  # 'St-Gall', 'Ste-Foy' (a word's transliteration key: 'ste' -> 'st')


@lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """Transliteration-aware comparison key: Guérassimov, Gerasimov -> 'gerasimov'."""
    name = TITLES.sub("", fold(name))
    words = (translit_word(w) for w in re.findall(r"[a-z0-9']+", name))
    return " ".join(SHORTENED.get(w, w) for w in words)


def skeleton(name: str) -> tuple[str, ...]:
    """The consonants of each key word of a name, for names spelt with other vowels or doubled letters
    ('Abdul Fatah Al Burhan', 'Abdel Fattah al-Burhan' -> ('bdl', 'ft', 'l', 'brhn'))."""
    return tuple(re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy']", "", w)) or w for w in tokens(name))


LITTLE_WORDS = frozenset("de du des la le les l d et en a au aux sur pour par".split())


def initials(name: str) -> str:
    """The first letters of a name's words in capitals, its little words left out and a hyphenated word counted
    once ('Plate-forme démocratique unie' -> 'PDU', 'Fédération wallonne de l'Agriculture' -> 'FWA')."""
    words = (fold(w) for w in re.split(r"[\s'’]+", name))
    return "".join(w[0] for w in words if w and w not in LITTLE_WORDS).upper()


def spells(spelt: str, acronym: str) -> bool:
    """Whether a name's initials (kg.names.initials) spell an acronym: in order, or in any order from three letters
    on."""
    letters = fold(acronym).upper()
    return len(spelt) >= 2 and (spelt == letters or (len(letters) >= 3 and sorted(spelt) == sorted(letters)))


def tokens(name: str) -> list[str]:
    """The key words of a name."""
    return key(name).split()
