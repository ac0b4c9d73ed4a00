"""Reporting cues: the verbs, locutions and 'selon' that say something was said, from the lexicon and the parse."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile

from spacy.tokens import Doc, Token

from kg import gazetteer, lexicon
from kg.extract import quotes
from kg.extract.common import article_state, per_token
from kg.names import fold

NEGATIONS = frozenset({"ne", "n'", "pas", "ni", "jamais"})
QUOTE_MARKS = frozenset({"«", "»", "“", "”", '"'})
MODALS = frozenset({"pouvoir", "vouloir", "devoir", "savoir", "oser"})
REFLEXIVE = frozenset({"se", "s'"})
HYPOTHETICAL = frozenset({"pourrait", "pourraient", "devrait", "devraient", "aurait", "auraient", "serait", "seraient"})
RELAY_VERBS = frozenset({"citer", "rapporter", "relayer", "reprendre", "diffuser", "publier"})
RELAY_FORMS = frozenset({"cit", "rapport", "relay", "repris", "diffus", "publi"})
MEDIUM_NOUNS = frozenset(fold(w) for w in lexicon.source_nouns()["medium"])  # "l'agence", "un communiqué"


def verbs() -> dict[str, lexicon.ReportingVerb]:
    return lexicon.reporting_verbs()


AVOIR = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "avoir", "ayant"})
PAST_PARTICIPLE = re.compile(r"ée?s?$")
PRESENT_PARTICIPLE = re.compile(r"ant$")
SECOND_GROUP = re.compile(r"issant$")  # 'avertissant' -> 'avertir'
RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "que", "qu'", "quoi"})
RELATIVE_PRONOUNS = RELATIVES | {"qui", "dont", "où"}
FILLERS = frozenset({"le", "la", "les", "l'", "d'", "de", "du", "des", "en", "un", "une", "à", "au"})


def _locutions() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """First word -> (lexicon name, its other content words) for each locution ('mettre en garde')."""
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for name in verbs():
        parts = name.replace("'", "' ").split()
        if len(parts) > 1 and parts[0] not in REFLEXIVE:
            out.setdefault(parts[0], []).append((name, frozenset(p for p in parts[1:] if p not in FILLERS)))
    return out


LOCUTIONS = _locutions()


def locution(token: Token) -> str | None:
    """'faire valoir', 'mettre en garde', 'tirer la sonnette d'alarme': the longest lexicon locution that
    starts at token (its other words within the next five, none of them in another verb's clause)."""
    candidates = LOCUTIONS.get(token.lemma_.lower(), ())
    if not candidates:
        return None
    ahead = [t for t in token.doc[token.i + 1:token.i + 6] if not t.is_space and not in_other_clause(t, token)]
    words = {t.lower_ for t in ahead} | {t.lemma_ for t in ahead}
    found = [(len(rest), name) for name, rest in candidates if rest and rest <= words]
    return max(found)[1] if found else None


def in_other_clause(word: Token, verb: Token) -> bool:
    """Whether the parse puts word under another verb before it reaches verb ('mettre fin à la guerre avant de
    parler': 'avant' is 'parler''s, so no 'mettre en avant')."""
    head = word.head
    for _ in range(6):
        if head.i == verb.i or head.i == head.head.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            return True
        head = head.head
    return False


def made_to(token: Token, lemma: str) -> str | None:
    """'fait valoir', 'a fait remarquer' where the tagger took 'fait' for an auxiliary: the infinitive stands for
    the locution."""
    before = [t for t in token.doc[max(0, token.i - 3):token.i] if t.pos_ != "ADV"]
    name = f"faire {lemma}"
    return name if before and before[-1].lemma_ == "faire" and before[-1].pos_ == "AUX" and name in verbs() else None


def causative(token: Token) -> bool:
    """The infinitive of a locution with 'faire' ('a fait remarquer'): the verb group is finite."""
    return made_to(token, token.lemma_.lower()) is not None


def cue_lemma(token: Token) -> str:
    """The lexicon entry a verb token stands for: a locution, a pronominal verb ('s'inquiéter'), or its lemma
    (the model leaves some forms half-lemmatised: 'estime' -> 'estimer'); found once per token."""
    known = article_state(token.doc).cue_lemmas
    if token.i not in known:
        known[token.i] = lexicon_name(token)
    return known[token.i]


def lexicon_name(token: Token) -> str:
    """cue_lemma, worked out."""
    lemma = lexicon.verb_forms()[token.lower_] if mistagged(token) else token.lemma_.lower()
    found = locution(token) or made_to(token, lemma)
    if found is not None:
        return found
    forms = spellings(token.lower_, lemma)
    if any(c.lower_ in REFLEXIVE for c in token.children) or (token.i and token.doc[token.i - 1].lower_ in REFLEXIVE):
        # 'se sont relayés', 's'est appuyé sur': a pronominal verb the lexicon lacks says nothing
        pronominal = (f"{se}{form}" for form in forms for se in ("se ", "s'"))
        return next((form for form in pronominal if form in verbs()), f"se {lemma}")
    return next((form for form in forms if form in verbs()), lemma)


def pronominal(token: Token) -> bool:
    """Whether a verb stands for a pronominal entry of the lexicon ('s'est félicité', 'se disent')."""
    return cue_lemma(token).startswith(("se ", "s'"))


def entry(token: Token) -> lexicon.ReportingVerb | None:
    return verbs().get(cue_lemma(token))


@lru_cache(maxsize=65536)
def may_be_cue(lower: str, lemma: str) -> bool:
    """Whether a word could stand for a lexicon entry at all, whatever its context: the test lexicon_name makes,
    on the word alone, so that most words of an article are set aside without looking at their parse."""
    known = verbs()
    return lower in lexicon.verb_forms() or lemma in LOCUTIONS or any(
        form in known for form in (*spellings(lower, lemma), f"faire {lemma}", f"se {lemma}", f"s'{lemma}"))


def spellings(lower: str, lemma: str) -> tuple[str, ...]:
    """The entries a word may stand for: its lemma, and the infinitives of its participles when the model left
    them unlemmatised ('salué' -> 'saluer', 'insinuant' -> 'insinuer', 'avertissant' -> 'avertir')."""
    second = SECOND_GROUP.sub("ir", lower) if SECOND_GROUP.search(lower) else lemma
    return lemma, f"{lemma}r", PAST_PARTICIPLE.sub("er", lower), PRESENT_PARTICIPLE.sub("er", lower), second


@per_token
def is_cue(token: Token) -> bool:
    """A reporting verb that says something was said: not negated, not hypothetical, not a passive participle."""
    return may_be_cue(token.lower_, token.lemma_.lower()) and verbal(token) and entry(token) is not None \
        and not negated(token) \
        and not (passive_participle(token) and not has_agent(token)) and not hypothetical(token) \
        and not agentless_passive(token) \
        and not names_a_nickname(token)


NICKNAME_WORDS = frozenset({"dit", "dite", "dits", "dites"})


def names_a_nickname(token: Token) -> bool:
    """'Luiz Inácio Lula da Silva, dit Lula, …': 'dit' between a name and the name it is known by, then a comma,
    a stop or a bracket."""
    doc, i = token.doc, token.i
    if token.lower_ not in NICKNAME_WORDS or i < 2 or doc[i - 1].text != "," or doc[i - 2].pos_ != "PROPN":
        return False
    after = [t for t in doc[i + 1:i + 5] if t.text not in "«»\"“”"]
    named = list(takewhile(lambda t: t.text[:1].isupper(), after))
    return 0 < len(named) <= 3 and len(after) > len(named) and after[len(named)].text in (",", ".", ")")


def has_agent(token: Token) -> bool:
    """'le gouvernement, accusé par les syndicats de …': a passive verb or participle with its agent."""
    return any(c.dep_ == "obl:agent" for c in token.children)


def agentless_passive(token: Token) -> bool:
    """'les sanctions devaient être maintenues': a passive with nobody named as the one who speaks; not an 'être'
    of another clause the parse hung on the verb ('X est « en cohérence … », a pour sa part réagi le ministre'),
    nor that of 'c'est ainsi que X a rejeté …'."""
    doc = token.doc
    return any(c.dep_ == "aux:pass" and not any(t.is_punct or t.dep_ == "mark" for t in doc[c.i + 1:token.i])
               for c in token.children) and not has_agent(token)


def verbal(token: Token) -> bool:
    """A verb, or a past participle after its auxiliary that the tagger took for an adjective or a name
    ('a-t-il martelé', 'a tweeté')."""
    if token.pos_ == "VERB" or mistagged(token) or before_clitic(token) or adjective_participle(token):
        return True
    if token.pos_ not in ("ADJ", "NOUN", "X", "PROPN") or not token.text[:1].islower():
        return False
    doc = token.doc
    before = next((doc[i] for i in range(token.i - 1, max(0, token.i - 4) - 1, -1)
                   if not doc[i].lower_.startswith("-") and doc[i].pos_ != "ADV"), None)
    return before is not None and (before.lower_ in AVOIR or (before.pos_ == "AUX" and before.lemma_ == "avoir"))


CLITICS_AFTER = frozenset({"-t", "-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-ils", "-t-elles",
                           "-t-on"})


def before_clitic(token: Token) -> bool:
    """'« … », estime-t-il': a word before an inverted subject pronoun is a verb, whatever the tagger says."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.lower_ in CLITICS_AFTER and token.is_alpha and token.text[:1].islower() \
        and token.pos_ != "AUX" and token.lower_ not in AVOIR and token.lower_ not in ("est", "sont", "était")


def mistagged(token: Token) -> bool:
    """'Stellantis dément tout projet', 'Le président juge que …', 'X avait sous-entendu que …': a form of a reporting
    verb the tagger took for another word (kg/lexicon/verb_forms.tsv), right after a subject, a comma or an
    auxiliary, never after a determiner."""
    if token.pos_ == "VERB" or token.lower_ not in lexicon.verb_forms() or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.pos_ in ("PROPN", "NOUN", "PRON") or bool(before.ent_type_) or before.text in (",", "»", "”", '"') \
        or before.lower_ in AVOIR or ends_subject(before)


LATTER = frozenset({"dernier", "dernière"})  # 'ce dernier', 'cette dernière'


def subject_top(token: Token) -> Token:
    """The first noun of the phrase a word closes ('Affaires sociales' -> 'ministre' in 'Le ministre des Affaires
    sociales')."""
    while token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token


def ends_subject(token: Token) -> bool:
    """An adjective that closes a subject: after its noun ('Le ministre des Affaires sociales | critique …') or in
    'ce dernier', 'cette dernière' ('Ce dernier | note que …'); not one before its noun ('la dernière note'), nor
    one of a phrase that is the subject of a verb further on ('Un député centriste critique du projet a quitté …')."""
    if token.pos_ != "ADJ" or token.i == 0:
        return False
    if token.lower_ in LATTER:
        return token.doc[token.i - 1].lower_ in ("ce", "cette")
    top = subject_top(token)
    verb_after = top.dep_.startswith("nsubj") and top.head.i > token.i + 1 and top.head.pos_ in ("VERB", "AUX")
    return top is not token and not verb_after


def restricted(token: Token) -> bool:
    """A verb that reports speech only with a clause or a quotation ('lancer', 'intervenir', 'poursuivre')."""
    found = entry(token)
    return found is not None and found.restricted


def takes_object(token: Token) -> bool:
    """'dénoncer une agression': what the verb's object says is the statement."""
    found = entry(token)
    return found is not None and found.object


def passive_participle(token: Token) -> bool:
    """'les États-Unis, accusés de …': a past participle used as an adjective, with no auxiliary (not even one
    before an aside the parse hung it on: 'X a pour sa part dénoncé')."""
    return "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense") and not is_participle(token) \
        and not any(c.dep_.startswith("aux") for c in token.children) and token.dep_ in ("acl", "amod", "advcl") \
        and not auxiliary_before_aside(token) and not avoir_head(token) and not auxiliary_before_quote(token) \
        and not inverted_present(token) and PAST_PARTICIPLE_END.search(token.lower_) is not None


SAME_AS_PRESENT = frozenset({"dit", "écrit", "décrit", "prédit", "redit"})  # present and participle alike


def inverted_present(token: Token) -> bool:
    """'Le projet doit être abandonné, dit l'opposition': a present spelt like its participle, after a comma and
    before its subject, is the verb of an incise."""
    doc, i = token.doc, token.i
    return token.lower_ in SAME_AS_PRESENT and i > 0 and doc[i - 1].text == "," and i + 1 < len(doc) \
        and doc[i + 1].pos_ in ("DET", "PROPN")


PAST_PARTICIPLE_END = re.compile(r"[éiuts]e?s?$")  # 'accusés', 'dite', 'pris'; not 'déplore', which the tagger may call one


def avoir_head(token: Token) -> bool:
    """'L'armée a dans la nuit indiqué …' parsed with the participle hung on 'a': a form of 'avoir' before it, a
    circumstance with no verb between."""
    head = token.head
    return head.i < token.i and head.lemma_ == "avoir" and head.pos_ in ("AUX", "VERB") and token.i - head.i <= 7 \
        and not any(t.pos_ in ("VERB", "AUX") for t in token.doc[head.i + 1:token.i])


def auxiliary_before_quote(token: Token) -> bool:
    """'L'Union a aussi « condamné fermement » …', 'ont « fermement rejeté »': a form of 'avoir' before the opening
    quotation mark of its participle, with only adverbs around the mark."""
    return quoted_group_start(token) < getattr(quote_opener_before(token), "i", -1)


def quoted_group_start(token: Token) -> int:
    """Where the verb group of a verb opening a quotation starts: at the 'avoir' before the opening mark, else
    at the mark ('a « fermement condamné »', '« salue … »'); -1 when no mark opens right before it."""
    opener = quote_opener_before(token)
    if opener is None:
        return -1
    i = before_adverbs(token.doc, opener.i - 1)
    return i if i >= 0 and token.doc[i].lemma_ == "avoir" and token.doc[i].pos_ in ("AUX", "VERB") else opener.i


def before_adverbs(doc: Doc, i: int) -> int:
    """The last token at or before i that is no adverb nor a word of an adverbial locution ('d'abord')."""
    while i >= 0 and adverbial(doc[i]):
        i -= 1
    return i


def adverbial(token: Token) -> bool:
    """An adverb or a word of an adverbial locution ('d'abord', 'à nouveau')."""
    return token.pos_ == "ADV" or token.dep_ in ("advmod", "fixed")


@per_token
def quoted_predicate(token: Token) -> bool:
    """'Le ministre « salue le courage des soignants » et « promet des renforts »', 'a « fermement condamné »':
    a verb opening a quotation whose subject or auxiliary stands before it is the writer's report, not words
    quoted; not one of a subordinate clause, nor of a sentence that another source's 'selon' opens."""
    opener = quote_opener_before(token)
    if opener is None or any(c.dep_ == "mark" for c in token.children) \
            or any(t.lower_ in SOURCE_RELAYS and is_relay(t) for t in token.doc[token.sent.start:opener.i]):
        return False
    if auxiliary_before_quote(token) or any(c.dep_ == "nsubj" and c.i < opener.i for c in token.children):
        return True
    return token.dep_ == "conj" and token.head.i < opener.i and quoted_predicate(token.head)


def quote_opener_before(token: Token) -> Token | None:
    """The opening quotation mark right before a word, past adverbs."""
    i = before_adverbs(token.doc, token.i - 1)
    return token.doc[i] if i >= 1 and opening_mark(token.doc[i]) else None


def opening_mark(token: Token) -> bool:
    """A mark that opens a quotation: '«', '“' …, or a straight '"' with an even number of them before it in
    its paragraph ('Le journal "Le Monde" affirme …': the second closes)."""
    if token.text != '"':
        return token.text in quotes.OPENERS
    start = next((t.i + 1 for t in reversed(token.doc[:token.i]) if "\n" in t.text), 0)
    return sum(t.text == '"' for t in token.doc[start:token.i]) % 2 == 0


STRESSED = frozenset({"lui", "elle", "eux", "elles"})


def auxiliary_before_aside(token: Token) -> bool:
    """'a pour sa part dénoncé', 'a quant à lui affirmé', 'a, lui, appelé': a form of 'avoir' or 'être' right
    before an aside or a stressed pronoun set off by commas."""
    doc, i = token.doc, token.i - 1
    n = 3 if stressed_set_off(doc, i) else set_off_aside(doc, i) if token.i else 0
    before = token.doc[token.i - 1 - n] if n and token.i - 1 - n >= 0 else None
    return before is not None and before.pos_ in ("AUX", "VERB") and before.lemma_ in ("avoir", "être")


def stressed_set_off(doc: Doc, i: int) -> bool:
    """A stressed pronoun set off by commas ending at token i (', lui,')."""
    return i >= 2 and doc[i].text == "," and doc[i - 1].lower_ in STRESSED and doc[i - 2].text == ","


def set_off_aside(doc: Doc, i: int) -> int:
    """The length of an aside of the lexicon that ends at token i, with the commas that set it off when it has
    them ('a, de son côté, ironisé'), else 0."""
    if i < 0:
        return 0
    if doc[i].text != "," or i == 0:
        return aside_ending(doc, i)
    n = aside_ending(doc, i - 1)
    return n + 2 if n and i - 1 - n >= 0 and doc[i - 1 - n].text == "," else 0


def aside_ending(doc: Doc, i: int) -> int:
    """The length of the aside of the lexicon that ends at token i ('pour sa part'), else 0. Called for every
    word before a verb, so the asides are looked up by their last word."""
    for words in asides_ending_with().get(fold(doc[i].text), ()):
        n = len(words)
        if i + 1 >= n and tuple(fold(t.text) for t in doc[i + 1 - n:i + 1]) == words:
            return n
    return 0


def aside_from(doc: Doc, i: int) -> int:
    """The length of an aside of the lexicon that starts at token i ('quant à elle' in '…, estime quant à elle
    X'), else 0."""
    return next((n for n in range(1, 6) if i + n <= len(doc) and aside_ending(doc, i + n - 1) == n), 0)


@lru_cache(maxsize=1)
def asides_ending_with() -> dict[str, list[tuple[str, ...]]]:
    """Last word -> the asides of the lexicon that end with it, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in lexicon.asides():
        out.setdefault(words[-1], []).append(words)
    return out


def negated(token: Token) -> bool:
    """'n'a pas confirmé', 'ne pouvaient pas dire', 'sans (toutefois) expliquer comment': negation on the verb or on the
    modal it depends on."""
    if any(negation(c) and not quoted_between(token, c) for c in token.children):
        return True
    before = [t.lower_ for t in token.doc[max(0, token.i - 4):token.i]]
    if after_sans(token):
        return True
    if before and before[-1] in ("pas", "jamais", "plus", "guère") and ("ne" in before or "n'" in before):
        return True
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_ in MODALS and any(c.lower_ in NEGATIONS for c in head.children)


def after_sans(token: Token) -> bool:
    """'sans expliquer comment', 'sans toutefois préciser si …': 'sans' before the verb, past adverbs."""
    i = before_adverbs(token.doc, token.i - 1)
    return i >= max(0, token.i - 4) and token.doc[i].lower_ == "sans"


HEAD_DEPS = frozenset({"ccomp", "obj", "nsubj", "conj", "xcomp", "obl:arg", "obl:mod", "nmod", "advcl", "parataxis"})


def negation(word: Token) -> bool:
    """A word of negation, not the noun 'pas' of 'un grand pas' (after a determiner or an adjective, or heading a
    phrase of its own in the parse)."""
    return word.lower_ in NEGATIONS and word.dep_ not in HEAD_DEPS \
        and not (word.lower_ == "pas" and word.i and word.doc[word.i - 1].pos_ in ("DET", "ADJ", "NUM"))


def quoted_between(verb: Token, word: Token) -> bool:
    """A quote mark between a verb and a word of negation on either side of it: 'a répondu « certainement
    pas »', '« … n'était pas … », écrit X' are not negated."""
    return any(t.text in QUOTE_MARKS for t in verb.doc[min(verb.i, word.i) + 1:max(verb.i, word.i)])


def hypothetical(token: Token) -> bool:
    """'pourrait annoncer', 'devrait déclarer': speech that has not happened."""
    return token.dep_ == "xcomp" and token.head.lower_ in HYPOTHETICAL or any(
        c.lower_ in HYPOTHETICAL for c in token.children if c.dep_.startswith("aux"))


@per_token
def relays(token: Token) -> bool:
    """'cité par', 'rapporte', 'relayé': a verb by which a medium passes on what someone said; so does any verb
    whose subject after it is a medium's noun ('…, a confirmé X, indique l'agence Y')."""
    return token.lemma_ in RELAY_VERBS or fold(token.text).rstrip("es") in RELAY_FORMS or medium_after(token)


def group_start(verb: Token) -> int:
    """Where a verb and the auxiliaries before it start ('a annoncé')."""
    i = verb.i
    while i > 0 and verb.doc[i - 1].pos_ == "AUX":
        i -= 1
    return i


FRONTING = frozenset({"puisque", "puisqu'", "comme", "lorsque", "lorsqu'", "quand", "si", "s'"})
FRONTING_BEFORE_QUE = frozenset({"alors", "bien", "dès", "parce", "tandis", "même", "après", "avant", "pendant"})


def in_fronted_clause(token: Token) -> bool:
    """In a clause that opens the sentence on a conjunction ('Puisque X avait prévenu …, Y …', 'Alors que …'),
    before its first comma; or the participle that opens it ('Tout en reconnaissant que …, X a assuré …')."""
    if opening_participle(token):
        return True
    words = [t for t in token.doc[token.sent.start:token.i] if not t.is_space]
    return bool(words) and (words[0].lower_ in FRONTING or (words[0].lower_ in FRONTING_BEFORE_QUE and len(words) > 1
                                                            and words[1].lower_ in ("que", "qu'", "si"))) \
        and not any(t.text == "," for t in words)


def main_clause_comma(cue: Token) -> Token | None:
    """The comma, outside quotation marks, after which the main clause's subject comes ('Puisque X avait prévenu
    qu'il …, le Premier ministre …'), or None."""
    depth = 0
    for t in cue.doc[cue.i + 1:cue.sent.end]:
        depth += (t.text in quotes.OPENERS) - (t.text in quotes.CLOSERS and depth > 0)
        if t.text == "," and not depth and main_subject_after(t):
            return t
    return None


def opening_participle(token: Token) -> bool:
    """A participle that opens its sentence, perhaps after 'en' or 'tout en' and a reflexive pronoun ('Tout en
    reconnaissant que …', 'S'exprimant devant la presse, …')."""
    words = [t.lower_ for t in token.doc[token.sent.start:token.i] if not t.is_space]
    words = words[:-1] if words and words[-1] in ("se", "s'", "s’") else words
    return (not words or words in GERUND_OPENINGS) and is_participle(token)


GERUND_OPENINGS = (["en"], ["tout", "en"])  # 'En précisant que …', 'Tout en reconnaissant que …'


def main_subject_after(comma: Token) -> bool:
    """A clause with its subject right after a comma: a noun phrase, then a finite verb past its clitics ('…, le
    Premier ministre X s'est permis …'), whatever the parse hung the phrase on."""
    words = [t for t in comma.doc[comma.i + 1:comma.sent.end] if not t.is_space]
    phrase = noun_phrase_end(words)
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words[:phrase]):
        return False
    verb = next((t for t in past_apposition(words[phrase:])
                 if not ((t.pos_ == "PRON" and t.lower_ not in RELATIVE_PRONOUNS) or t.lower_ in ("ne", "n'"))), None)
    return verb is not None and verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm")


def past_apposition(words: list[Token]) -> list[Token]:
    """The words after a noun phrase set off by commas that opens them ('…, une élue, Mme X, a dit' → 'a dit')."""
    if not words or words[0].text != ",":
        return words
    phrase = noun_phrase_end(words[1:])
    return words[phrase + 2:] if phrase and len(words) > phrase + 1 and words[phrase + 1].text == "," else words


OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})


def noun_phrase_end(words: list[Token]) -> int:
    """How many words a noun phrase opening words takes: determiners, numbers, adjectives, nouns and names, with a
    'de' complement ('les deux rivaux de X'); 0 when it ends on 'de'."""
    end = next((n for n, t in enumerate(words) if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
                and t.lower_ not in OF_WORDS), len(words))
    return end if end == len(words) or words[end - 1].lower_ not in OF_WORDS else 0


def relay_incise(token: Token) -> bool:
    """', a annoncé l'agence X', ', rapporte le journal': a relaying verb after a comma (it ends what it relays)."""
    i = group_start(token) - 1
    return i >= 0 and token.doc[i].text == "," and token.pos_ == "VERB" and relays(token)


def medium_after(verb: Token) -> bool:
    """'…, a confirmé X, indique l'agence …': a verb after a comma and another verb of saying, whose inverted
    subject is a medium's noun (the parse often makes it the object)."""
    doc, i = verb.doc, group_start(verb) - 1
    if i < 0 or doc[i].text != ",":
        return False
    after = [t for t in doc[verb.i + 1:verb.i + 3] if t.pos_ != "DET"]
    return bool(after) and (fold(after[0].text) in MEDIUM_NOUNS or after[0].ent_id_ in media_ids()) \
        and any(is_cue(t) for t in doc[verb.sent.start:i])


MEDIA_KINDS = frozenset({"media", "news_agency"})
AUDIENCE = frozenset({"presse", "journalistes", "journaliste", "médias", "agence", "chaîne", "radio", "télévision"})


@lru_cache(maxsize=1)
def media_ids() -> frozenset[str]:
    """The gazetteer's ids of media and news agencies ('…, indique Reuters')."""
    return frozenset(gid for gid, entry in gazetteer.default().entries.items() if entry.get("kind") in MEDIA_KINDS)


SOURCE_RELAYS = frozenset({"selon", "après", "d'après", "d’après"})  # 'selon X', 'd'après X' ('après' after "d'")


def is_relay(token: Token) -> bool:
    """'selon X', 'd'après X', 'à en croire X', 'à entendre X', 'de l'avis de X', 'aux yeux de X', 'a-t-on appris de
    X', 'Pour X, …'
    or 'Pour lui « … »' opening a sentence (after a connective or two: 'Cependant, pour X, …'); not 'les
    déclarations selon lesquelles …'."""
    if believed(token) or learnt_from(token) is not None or opinion_holder(token) is not None \
            or eyes_of(token) is not None:
        return True
    if token.lower_ not in ("selon", "d'après", "après", "pour"):
        return False
    nxt = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    if nxt in RELATIVES:
        return False
    return token.lower_ in ("selon", "d'après") or (
        token.lower_ == "après" and token.i > 0 and token.doc[token.i - 1].lower_ == "d'") or (
        token.lower_ == "pour" and opens_sentence(token) and ("," in token.doc[token.i:token.sent.end].text[:80]
                                                             or quoted_after_name(token)))


def quoted_after_name(token: Token) -> bool:
    """'Pour lui « … »', 'Pour Marie Dupont "…"': a pronoun or a name, then a quotation."""
    words = list(takewhile(lambda t: t.pos_ in ("PROPN", "PRON"), token.doc[token.i + 1:token.sent.end]))
    end = token.i + 1 + len(words)
    return bool(words) and end < len(token.doc) and token.doc[end].text in QUOTE_MARKS


def opens_sentence(token: Token) -> bool:
    """The first word of its sentence, or after connectives only ('Mais', 'Cependant,', 'En revanche,')."""
    before = [t for t in token.doc[token.sent.start:token.i] if not t.is_space]
    return len(before) <= 3 and all(t.pos_ in ("ADV", "CCONJ") or t.text == "," for t in before)


def learnt_from(token: Token) -> Token | None:
    """'…, a-t-on appris de sources sécuritaires', 'a-t-on appris auprès de l'armée': the source the writer learnt
    from (the noun after 'de'), for a form of 'apprendre' with an inverted 'on'."""
    if token.lemma_ != "apprendre" or not any(t.lower_ in ("-on", "-t-on")
                                              for t in token.doc[max(0, token.i - 3):token.i]):
        return None
    near = [*token.children, *(g for c in token.children if c.lower_ == "auprès" for g in c.children)]
    return next((c for c in near if c.dep_.startswith("obl") and any(g.lower_ in ("de", "d'", "des", "du")
                                                                     for g in c.children)), None)


def opinion_holder(token: Token) -> Token | None:
    """'de l'avis du président, …': the holder of the opinion, for the 'de' that opens the phrase."""
    doc = token.doc
    if token.lower_ != "de" or token.i + 3 >= len(doc) or doc[token.i + 1].lower_ not in ("l'", "l’") \
            or doc[token.i + 2].lower_ != "avis" or doc[token.i + 3].lower_ not in ("de", "du", "des", "d'", "d’"):
        return None
    return next((c for c in doc[token.i + 2].children if c.dep_ == "nmod" and c.i > token.i + 3), None)


OWNERS = frozenset({"ses", "son", "sa", "leurs", "leur"})


def eyes_of(token: Token) -> Token | None:
    """'Aux yeux de X, …', 'À ses yeux, …' opening a sentence: whose view it tells (the noun after 'de', or the
    possessive)."""
    doc = token.doc
    if token.lower_ not in ("à", "aux") or token.i + 2 >= len(doc) or not opens_sentence(token):
        return None
    if token.lower_ == "à":
        return doc[token.i + 1] if doc[token.i + 1].lower_ in OWNERS and doc[token.i + 2].lower_ == "yeux" else None
    if doc[token.i + 1].lower_ != "yeux" or doc[token.i + 2].lower_ not in ("de", "du", "des", "d'", "d’"):
        return None
    return next((c for c in doc[token.i + 1].children if c.dep_ == "nmod" and c.i > token.i + 2), None)


def believed(token: Token) -> bool:
    """The 'à' of 'à en croire X', 'à entendre X' (written 'A' on pages that drop the accent of capitals)."""
    if token.text not in ("à", "À", "A") or token.i + 1 >= len(token.doc):
        return False
    verb = token.head
    heard = verb.lemma_ == "entendre" and verb.i == token.i + 1
    return (heard or (verb.lemma_ == "croire" and any(c.lower_ == "en" for c in verb.children))) \
        and any(c.dep_ in ("obj", "obl:arg") for c in verb.children)


def relay_np(token: Token) -> Token:
    """The noun phrase a 'selon' / 'd'après' / 'à en croire' introduces ('après' hangs on "d'" in the parse)."""
    if believed(token):
        return next(c for c in token.head.children if c.dep_ in ("obj", "obl:arg"))
    if (source := learnt_from(token) or opinion_holder(token) or eyes_of(token)) is not None:
        return source
    return token.head.head if token.dep_ == "fixed" else token.head


@per_token
def is_participle(token: Token) -> bool:
    """A present participle ('affirmant', 'en prédisant'), whatever tense or form the tagger gives it (no finite
    form of a French verb ends in '-ant')."""
    ending = token.lower_.endswith("ant")
    return ("Part" in token.morph.get("VerbForm") and ("Pres" in token.morph.get("Tense") or ending)) \
        or (ending and token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm")) or adjective_participle(token)


def adjective_participle(token: Token) -> bool:
    """'…, insinuant qu'il …', '…, tout en avertissant que …': a present participle between a comma or 'en' and
    'que' that the tagger took for an adjective or a noun."""
    doc = token.doc
    return token.pos_ in ("ADJ", "NOUN") and token.lower_.endswith("ant") and 0 < token.i < len(doc) - 1 \
        and doc[token.i - 1].lower_ in (",", "en") and doc[token.i + 1].lower_ in ("que", "qu'")


def subjunctive(cue: Token) -> bool:
    """'après que la Russie … ait salué': a subordinate verb, never an inverted reporting verb; a plain present
    ('…, raconte un participant') reads as indicative unless a 'que' opens its clause."""
    if any("Sub" in t.morph.get("Mood") for t in cue.children if t.i < cue.i and t.dep_.startswith("aux")):
        return True
    return "Sub" in cue.morph.get("Mood") and any(c.dep_ == "mark" and c.lower_ in ("que", "qu'") for c in cue.children)


def infinitive(token: Token) -> bool:
    """An infinitive, or a past infinitive ('avoir éliminé')."""
    return "Inf" in token.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in token.children)


def polarity(word: str) -> str | None:
    """What a cue does (assert, deny, condemn …), from the lexicon; None for 'selon' and unlisted verbs."""
    found = verbs().get(word)
    return found.polarity if found else None


def cue_word(cue: Token) -> str:
    """The cue as the graph records it: the lexicon entry, 'selon', or the verb's lemma for a verb in an incise."""
    if is_relay(cue):
        return "selon"
    return cue_lemma(cue)
