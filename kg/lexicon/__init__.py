"""Word lists of a kind (reporting verbs, offices, metonyms), shipped as TSV files in this package."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.errors import KgError
from kg.names import fold


@dataclass(frozen=True)
class ReportingVerb:
    """A verb or locution of saying: its polarity, whether its object is what was said, and its restriction."""

    lemma: str
    polarity: str
    object: bool
    restricted: bool
    about: str | None = None  # the prepositions before what was said ('insister sur', 'se prononcer contre|pour')


@dataclass(frozen=True)
class Office:
    """An office noun phrase ('chef de la diplomatie'), the office it names, and a jurisdiction it fixes."""

    phrase: str
    office: str
    gender: str
    jurisdiction: str | None


@dataclass(frozen=True)
class Metonym:
    """A building or place that speaks for a state or one of its offices ('le Kremlin', 'Matignon')."""

    phrase: str
    jurisdiction: str
    office: str | None


def rows(name: str) -> list[dict[str, str]]:
    """The rows of one TSV file of the package, keyed by its header."""
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    except OSError as err:
        raise KgError(f"lexicon {name} is missing from the kg package: {err}") from err
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


def column(name: str, key: str) -> frozenset[str]:
    """One column of a TSV file of the package, as a set."""
    return frozenset(r[key] for r in rows(name))


@lru_cache(maxsize=1)
def etre_verbs() -> frozenset[str]:
    """Verbs whose compound tenses take 'être' ('est revenu'), which the parse may take for passives."""
    return column("etre_verbs.tsv", "lemma")


@lru_cache(maxsize=1)
def calling_verbs() -> frozenset[str]:
    """Verbs of saying whose 'de' complement is the word said ('a qualifié X de « fausses nouvelles »')."""
    return column("calling_verbs.tsv", "lemma")


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, ReportingVerb]:
    """Lemma (or locution, or 's'/se' + lemma) -> entry; the object column is 1 when the verb's object is what
    was said, else 0 or the prepositions before it ('sur' for 'insister', 'contre|pour' for 'se prononcer'); a
    note that starts with 'only' restricts the verb to a clause or a quotation, other notes are usage examples."""
    return {r["lemma"]: ReportingVerb(r["lemma"], r["polarity"], r["object"] == "1", r["note"].startswith("only"),
                                      r["object"] if r["object"] not in ("0", "1") else None)
            for r in rows("reporting_verbs.tsv")}


@lru_cache(maxsize=1)
def offices() -> dict[str, Office]:
    """Office phrase, folded (kg.names.fold) -> entry; the first line of a phrase wins."""
    out: dict[str, Office] = {}
    for r in rows("offices.tsv"):
        out.setdefault(fold(r["phrase"]), Office(r["phrase"], r["office"], r["gender"], r["jurisdiction"] or None))
    return out


@lru_cache(maxsize=1)
def metonyms() -> dict[str, Metonym]:
    """Phrase, folded -> the state or office it speaks for."""
    return {fold(r["phrase"]): Metonym(r["phrase"], r["jurisdiction"], r["office"] or None) for r in rows("metonyms.tsv")}


@lru_cache(maxsize=1)
def source_nouns() -> dict[str, dict[str, str]]:
    """kind ('speech', 'unnamed', 'institutional', 'state', 'title', 'court', 'delegation', …) -> word -> entity type
    (empty when the kind has none): nouns of speech ('communiqué'), of unnamed sources ('responsable'), of
    institutions ('état-major'), of those who sign for a state ('délégation'), of words said that a cleft points
    back to ('C'est l'appel qu'a lancé X': 'told'), and the words that introduce a quoted name ('l'opération
    « … »', 'intitulé « … »')."""
    out: dict[str, dict[str, str]] = {}
    for r in rows("source_nouns.tsv"):
        out.setdefault(r["kind"], {})[r["word"]] = r["type"]
    return out


@lru_cache(maxsize=1)
def role_nouns() -> dict[str, str]:
    """Role noun given to a person -> its kind: 'leader' (of a state or a body), 'body_leader' (of a body only),
    'place_leader' (of a town or a region), 'outsider', 'correspondent', 'elected', 'envoy', 'rank' (military) or
    'role'."""
    return {r["word"]: r["kind"] for r in rows("role_nouns.tsv")}


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given name, folded -> its usual gender ('m' or 'f'); names used for both are left out."""
    return {fold(r["name"]): r["gender"] for r in rows("first_names.tsv")}


def given_name(word: str) -> str | None:
    """The usual gender of a given name, or of two joined by a hyphen ('Anne-Sophie': the first one's); None
    for a word that is neither."""
    known, folded = first_names(), fold(word)
    parts = folded.split()
    return known.get(folded) or (known.get(parts[0]) if len(parts) == 2 and parts[1] in known else None)


@lru_cache(maxsize=1)
def joined_words() -> frozenset[str]:
    """Hyphened nouns the tokenizer would cut in three ('état-major'), in lower case."""
    return column("joined_words.tsv", "word")


@lru_cache(maxsize=1)
def time_words() -> dict[str, tuple[str, str]]:
    """Word or phrase of time, folded -> (kind, value): weekdays (0 = lundi), months (1–12), days counted from
    the publication date ('hier' = -1), and periods kept as written ('la veille', 'l'été dernier')."""
    return {fold(r["word"]): (r["kind"], r["value"]) for r in rows("time_words.tsv") if r["kind"] != "english_month"}


@lru_cache(maxsize=1)
def weekday_names() -> str:
    """A regex of the weekdays as written ('lundi', 'mardi' …)."""
    return "|".join(re.escape(r["word"]) for r in rows("time_words.tsv") if r["kind"] == "weekday")


@lru_cache(maxsize=2)
def month_names(english: bool = False) -> str:
    """A regex of the months as written, French ('janv.', 'février'), and English too with english ('November',
    the dates of an embedded post's signature)."""
    kinds = ("month", "english_month") if english else ("month",)
    words = {r["word"] for r in rows("time_words.tsv") if r["kind"] in kinds}
    forms = {f for w in words for f in [re.escape(w)] + [re.escape(w[:n]) + r"\." for n in range(3, len(w))]}
    return "|".join(sorted(forms, key=len, reverse=True))  # 'février', 'févr.', 'fév.'


@lru_cache(maxsize=1)
def furniture_cues() -> dict[str, list[str]]:
    """kind -> phrases that mark page furniture: 'start' (a short line starting with it), 'related' (a heading
    of related links), 'link' (a word that, followed by a colon, opens a link line: 'Lire : …'), 'tail' (a
    heading after which the rest of the page is furniture), 'english' (words of English furniture), 'agency' (a
    photo or wire agency named in a credit, as written)."""
    out: dict[str, list[str]] = {}
    for r in rows("furniture_cues.tsv"):
        out.setdefault(r["kind"], []).append(r["phrase"])
    return out


@lru_cache(maxsize=1)
def document_words() -> frozenset[str]:
    """Words for any document ('le texte'), which stand for the speech noun last used before them."""
    return column("document_words.tsv", "word")


@lru_cache(maxsize=1)
def press_jobs() -> frozenset[str]:
    """Nouns of jobs of the press, whose medium after them is where they work ('journaliste à l'AFP')."""
    return column("press_jobs.tsv", "word")


@lru_cache(maxsize=1)
def addressing_verbs() -> frozenset[str]:
    """Verbs of saying whose object is the one told, before what is told ('a informé les passagers que …')."""
    return column("addressing_verbs.tsv", "lemma")


@lru_cache(maxsize=1)
def appointment_verbs() -> frozenset[str]:
    """Verbs that give someone an office ('a été élu président du parti', 'nommée présidente de la Croix-Rouge')."""
    return column("appointment_verbs.tsv", "lemma")


@lru_cache(maxsize=1)
def decisions() -> dict[str, frozenset[str]]:
    """'verb' -> verbs of a vote or a decision ('rejeter', 'adopter'), 'object' -> what they decide on ('projet',
    'résolution'): 'le Sénat a rejeté le projet de loi' is an act, not words; 'verdict' -> verbs of a sentence
    ('condamner') and 'penalty' -> what it metes out after 'à' ('à six mois de prison')."""
    return words_by_kind("decisions.tsv")


@lru_cache(maxsize=1)
def questions() -> dict[str, frozenset[str]]:
    """'verb' -> verbs that ask ('demander', 's'interroger'), 'interrogative' -> the words that open an indirect
    question ('si', 'pourquoi'): 'a demandé au ministre s'il comptait démissionner' reports a question, not a
    statement."""
    return words_by_kind("questions.tsv")


@lru_cache(maxsize=1)
def strikes() -> dict[str, frozenset[str]]:
    """'verb' -> verbs of striking whose object is the target ('frapper', 'viser'), 'shot' -> verbs of firing
    whose target follows 'sur' or 'contre' ('tirer'), 'weapon' -> words that make a strike a military one
    ('missiles', 'frappes')."""
    return words_by_kind("strikes.tsv")


def words_by_kind(name: str, *, folded: bool = False) -> dict[str, frozenset[str]]:
    """The 'word' column of a data file grouped by its 'kind' column (folded if asked)."""
    out: dict[str, set[str]] = {}
    for r in rows(name):
        out.setdefault(r["kind"], set()).add(fold(r["word"]) if folded else r["word"])
    return {kind: frozenset(words) for kind, words in out.items()}


@lru_cache(maxsize=1)
def speech_frames() -> frozenset[str]:
    """Verbs whose infinitive is itself what the subject says ('s'est contenté de rappeler que', 'a tenu à dire')."""
    return column("speech_frames.tsv", "lemma")


@lru_cache(maxsize=1)
def telling_openers() -> tuple[str, ...]:
    """Openings of a sentence that tell the quotation before it ('c'est en ces termes que'), folded, with a
    space after each apostrophe."""
    return tuple(fold(r["phrase"]).replace("'", "' ") for r in rows("telling_openers.tsv"))


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, str]:
    """Forms of reporting verbs the tagger takes for another word ('dément', 'juge') -> their lemma."""
    return {r["form"]: r["lemma"] for r in rows("verb_forms.tsv")}


@lru_cache(maxsize=1)
def platforms() -> frozenset[str]:
    """Social networks and messaging services, folded: 'sur son compte Twitter Asif Ghafoor' names Asif Ghafoor."""
    return frozenset(fold(r["word"]) for r in rows("platforms.tsv"))


@lru_cache(maxsize=1)
def actor_nouns() -> dict[str, frozenset[str]]:
    """Noun -> the prepositions after which its complement acts ('les alliés de Moscou', 'un dialogue entre
    Téhéran et Washington', 'son soutien à Kiev'), besides the nouns of speech and spokespeople ('de')."""
    return {r["word"]: frozenset(r["after"].split(",")) for r in rows("actor_nouns.tsv")}


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """Particles that open a name ('al', 'ben', 'ould'), folded."""
    return frozenset(fold(r["particle"]) for r in rows("name_particles.tsv"))


@lru_cache(maxsize=1)
def asides() -> tuple[tuple[str, ...], ...]:
    """Asides that stand inside a verb group ('a pour sa part affirmé'), folded, as word tuples, longest first."""
    return tuple(sorted((tuple(fold(r["phrase"]).replace("'", "' ").split()) for r in rows("asides.tsv")),
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def kind_nouns() -> dict[str, tuple[str, frozenset[str]]]:
    """Common noun, folded -> (the type it gives a name right after it, the words that may stand between):
    'le groupe Auchan' is an organisation, 'la localité de Chanzu' a place."""
    return {fold(r["word"]): (r["type"], frozenset(r["after"].split(",")) - {""}) for r in rows("kind_nouns.tsv")}


@lru_cache(maxsize=1)
def role_bodies() -> dict[str, str]:
    """Folded words of a role -> the gazetteer id of the body they seat its holder in ('eurodéputée' -> the
    European Parliament, 'insoumis' -> La France insoumise)."""
    return {fold(r["phrase"]): r["body"] for r in rows("role_bodies.tsv")}


@lru_cache(maxsize=1)
def clash_hedges() -> dict[str, frozenset[str]]:
    """Kind -> words that make a war one that may come: 'noun' above it ('la perspective d'une guerre'), 'onset'
    (a verb of breaking out, hedged: 'pourrait éclater')."""
    return words_by_kind("clash_hedges.tsv")


@lru_cache(maxsize=1)
def office_bodies() -> dict[str, str]:
    """Gazetteer office -> the gazetteer id of the body it heads where that is not the office's jurisdiction
    ('commission_president' of the European Union heads the European Commission)."""
    return {r["office"]: r["body"] for r in rows("office_bodies.tsv")}


@lru_cache(maxsize=1)
def place_words() -> dict[str, frozenset[str]]:
    """Kind -> folded words that situate a place set off after it: 'unit' ('ville', 'capitale'), 'setting' (what
    follows 'dans le' or 'à la' and keeps it inside: 'pointe', 'province'), 'compass' ('nord': inside after 'dans'
    only), 'away' ('près', 'large': outside it); 'polity': a noun that, capitalised alone, is the short form of
    a state's or region's name ('la Principauté')."""
    return words_by_kind("place_words.tsv", folded=True)


@lru_cache(maxsize=1)
def name_heads() -> dict[str, str]:
    """First word of a name, folded -> the entity type it gives ('forces' -> MilitaryUnit, 'parti' ->
    Organization, 'région' -> Place); honorifics ('me', 'dr') give Person and are not part of the name."""
    return {fold(r["word"]): r["type"] for r in rows("name_heads.tsv")}
