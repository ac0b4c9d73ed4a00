"""Resolve mentions to entities: one node per real-world entity across spellings and articles."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import cached_property

from kg import lexicon, names
from kg.gazetteer import Gazetteer
from kg.model import Entity, Extraction, KnowledgeGraph, Mention

STOPWORDS = frozenset({"de", "du", "des", "la", "le", "les", "l'", "d'", "sur", "en", "et", "a", "pour", "ce", "cet"})
ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,6}")
WORD_ACRONYM = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,5}")
BODIES = frozenset({"Organization", "MilitaryUnit"})
PLACES = frozenset({"State", "Place"})
TREATY_PREDICATES = frozenset({"signed", "partyTo"})
NO_LABEL_ROLES = frozenset({"anaphor", "pronoun", "reference", "metonymy", "office"})


def slug(text: str) -> str:
    """ASCII slug for IRIs."""
    return re.sub(r"[^a-z0-9]+", "_", names.fold(text)).strip("_") or "x"


def person_tokens(m: Mention) -> list[str]:
    return names.tokens(m.name or m.text)


def short_name(m: Mention) -> bool:
    """A surname, or a given name and surname: two words at most, a hyphenated one counting once ('St-Pierre
    Plamondon')."""
    return len(person_tokens(m)) <= 2 or len(names.TITLES.sub("", (m.name or m.text).strip()).split()) <= 2


def acronym_like(m: Mention) -> bool:
    """An acronym in capitals, or a body's one capitalised short word ('Fwa'), which may be an acronym."""
    return ACRONYM.fullmatch(m.text) is not None or (m.type in BODIES and WORD_ACRONYM.fullmatch(m.text) is not None)


def spelt_out(m: Mention) -> bool:
    """A body's name written in full: opening on a capital, with no acronym in it ('députés RN' is not)."""
    text = m.name or m.text
    return m.type != "Person" and not m.unnamed and m.role not in NO_LABEL_ROLES and text[:1].isupper() \
        and not any(ACRONYM.fullmatch(w) for w in re.split(r"[\s'’-]+", text))


def short_polity(m: Mention) -> bool:
    """'la Principauté', 'la Région': a place named by a noun of polity alone (kg/lexicon/place_words.tsv), which may
    be short for a longer name; not a place's own name ('Afrique' of 'Afrique du Sud')."""
    return names.fold(m.name or m.text) in lexicon.place_words()["polity"]


def begins(words: list[str], longer: list[str]) -> bool:
    """Whether a name's words begin a longer name and the word after them opens on a small letter; not when all
    the rest is 'du' and a cardinal point ('Afrique' of 'Afrique du Sud', 'Corée' of 'Corée du Nord': another
    place; 'Front' of 'Front de libération du Sud' is short for it)."""
    n = len(words)
    return len(longer) > n and names.key(" ".join(longer[:n])) == names.key(" ".join(words)) \
        and not longer[n][:1].isupper() and not points_elsewhere(longer[n:])


def points_elsewhere(rest: list[str]) -> bool:
    """'du Sud', 'de l'Ouest': the words after a short name are only a cardinal point (kg/lexicon/place_words.tsv)."""
    folded = names.fold(" ".join(rest)).replace("'", "' ").split()
    return len(folded) in (2, 3) and folded[0] in ("du", "de") and folded[-1] in lexicon.place_words()["compass"]


def local_key(m: Mention, doc_mentions: list[Mention]) -> str:
    """Cluster key of a mention from what its own article says."""
    m = alias_root(m, doc_mentions)
    if m.key:
        return f"g:{m.key}"
    if m.unnamed:
        return f"u:{m.doc}:{m.type}:{names.key(m.name or m.text)}"
    if m.type == "Person" and short_name(m):
        full = surname_owner(m, doc_mentions)
        if full is not None:
            return local_key(full, doc_mentions)
    return f"n:{'Person' if m.type == 'Person' else 'Thing'}:{names.key(m.name or m.text)}"


def alias_root(m: Mention, doc_mentions: list[Mention]) -> Mention:
    """The mention a chain of aliases ends at (a mention with a key, or none further); a chain that loops or
    points outside the article ends where it breaks, so one bad reference never stops a build."""
    seen = {id(m)}
    while not m.key and m.alias_of is not None and 0 <= m.alias_of < len(doc_mentions):
        nxt = doc_mentions[m.alias_of]
        if id(nxt) in seen:
            break
        seen.add(id(nxt))
        m = nxt
    return m


def surname_owner(m: Mention, doc_mentions: list[Mention], key: Callable[[Mention], str] | None = None) \
        -> Mention | None:
    """The full-name person of the same article this lone surname (or Korean family name) refers to; a surname
    of two words ('Al-Khater') only as the end of a longer name ('Lulwa Al-Khater'); a given name and surname
    as the start of a longer name ('Patrick Muyaya' of 'Patrick Muyaya Katembwe'); a lone word that is no given
    name, inside a longer name ('Tchiroma' of 'Issa Tchiroma Bakary'). Longer names that key (default: their
    own spelling) puts together count as one."""
    words, key = person_tokens(m), key or (lambda o: names.key(o.name or o.text))
    fulls = [o for o in doc_mentions if o.type == "Person" and not o.unnamed and len(person_tokens(o)) > len(words)]
    for position in positions(m, words):
        owners = {key(o): o for o in fulls if at_edge(person_tokens(o), words, position)}
        if len(owners) == 1:
            return next(iter(owners.values()))
    return None


def positions(m: Mention, words: list[str]) -> tuple[int, ...]:
    """Where in a longer name a shorter one may stand (kg.resolve.at_edge), in the order they are tried."""
    given = lexicon.given_name((m.name or m.text).split()[0]) is not None
    if len(words) == 1:
        return (-1, 0) if given else (-1, 0, 1)
    return (-1, 0) if given else (-1,)


def at_edge(full: list[str], words: list[str], position: int) -> bool:
    """full starts (position 0) or ends (position -1) with words, or holds them between its first and last
    word (position 1)."""
    if position == 1:
        return len(words[0]) >= 4 and words[0] in full[1:-1]
    return full[:len(words)] == words if position == 0 else full[-len(words):] == words


def variants(a: str, b: str) -> bool:
    """Two spellings of one person's name in one article: the same first and last words, one with middle names
    the other leaves out ('Bassirou Diomaye Faye', 'Bassirou Diomaye Diakhar Faye'); or one word misspelt by a
    letter ('Benoît Payan', 'Benoît Payant'), not a given name of the other gender ('Louis', 'Louise')."""
    short, long_ = sorted((names.tokens(a), names.tokens(b)), key=len)
    if len(short) != len(long_):
        return len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1] and subsequence(short, long_)
    spelt = [re.findall(r"[a-z0-9']+", names.TITLES.sub("", names.fold(n))) for n in (a, b)]
    differ = [(x, y) for x, y in zip(*spelt) if x != y]
    return len(spelt[0]) == len(spelt[1]) and len(differ) == 1 and misspelt(*differ[0])


def subsequence(short: list[str], long_: list[str]) -> bool:
    """Whether the words of short stand in long_ in the same order."""
    rest = iter(long_)
    return all(w in rest for w in short)


def misspelt(x: str, y: str) -> bool:
    """Two words of four letters or more one letter apart (one added, dropped or changed), not given names of
    two genders."""
    if min(len(x), len(y)) < 4 or abs(len(x) - len(y)) > 1:
        return False
    genders = {lexicon.given_name(x), lexicon.given_name(y)}
    if len(genders - {None}) > 1:
        return False
    short, long_ = sorted((x, y), key=len)
    i = next((i for i, (c, d) in enumerate(zip(short, long_)) if c != d), len(short))
    return short[i + (len(short) == len(long_)):] == long_[i + 1:]


class Resolver:
    """Groups the mentions of a corpus into entities."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.keys: dict[tuple[str, int], str] = {}

    def run(self, extractions: list[Extraction]) -> KnowledgeGraph:
        extractions = sorted(extractions, key=lambda x: (x.doc.name, x.doc.key))
        drop_retold(extractions)
        for ex in extractions:
            for m in ex.mentions:
                self.keys[(m.doc, m.id)] = self.known(local_key(m, ex.mentions), alias_root(m, ex.mentions))
            self.spread_acronyms(ex)
            self.expand_acronyms(ex)
            self.join_short_forms(ex)
            self.join_kinds(ex)
            self.join_variants(ex)
            self.join_surnames(ex)
        self.resolve_treaties(extractions)
        self.resolve_lone_names(extractions)
        self.resolve_short_names(extractions)
        self.follow_aliases(extractions)
        entities, resolved = self.build_entities(extractions)
        return KnowledgeGraph(documents=[x.doc for x in extractions], entities=entities, resolved=resolved,
                              extractions=extractions)

    def known(self, key: str, m: Mention) -> str:
        """A body or place named with no gazetteer id (a role's 'de la Fédération de Russie') that is spelt as one
        gazetteer name is that entry."""
        if not key.startswith("n:Thing:"):
            return key
        found = self.gazetteer.lookup(m.name or m.text)
        return f"g:{found}" if found is not None else key

    def spread_acronyms(self, ex: Extraction) -> None:
        """'Forces de soutien rapide (FSR)' once, then 'les FSR' anywhere in the article: the same entity, whatever
        else the gazetteer calls the acronym."""
        expanded = {names.key(m.text): self.keys[(m.doc, m.id)] for m in ex.mentions
                    if m.alias_of is not None and m.text.isupper()}
        for m in ex.mentions:
            k = self.keys[(m.doc, m.id)]
            if k[:2] in ("n:", "g:") and m.alias_of is None and names.key(m.text) in expanded:
                self.keys[(m.doc, m.id)] = expanded[names.key(m.text)]

    def expand_acronyms(self, ex: Extraction) -> None:
        """'QS' in an article that names 'Québec solidaire': an acronym the article defines nowhere names the one
        body of the article whose initials spell it, before any other sense the gazetteer gives it ('PCC' beside
        'Parti conservateur du Canada'); three letters or more may come in any order ('TSE' of 'Tribunal
        électoral supérieur'); a body's one capitalised word of three letters or more counts ('la Fwa', 'l'Arsa')."""
        defined = {m.text for m in ex.mentions if m.alias_of is not None}
        bodies = [(names.initials(m.name or m.text), self.keys[(m.doc, m.id)]) for m in ex.mentions if spelt_out(m)]
        for m in ex.mentions:
            if acronym_like(m) and m.text not in defined and m.alias_of is None:
                found = {k for spelt, k in bodies if names.spells(spelt, m.text)}
                if len(found) == 1:
                    self.keys[(m.doc, m.id)] = found.pop()

    def join_short_forms(self, ex: Extraction) -> None:
        """'la Ligue', 'le ministère russe', 'la Principauté' in an article that names 'la Ligue des pays arabes', 'le
        ministère russe de la Défense', 'la Principauté de Monaco': a body's name the gazetteer does not know, or a
        noun of polity alone, whose words begin a name of one other body or place of the article (as written, or
        as the gazetteer labels it), is that one, unless a capital follows them there ('la Chambre des
        représentants Jerry …': a name run on into another)."""
        written, short = self.written_names(ex)
        known = {k: self.spellings(k, spelt) for k, spelt in written.items()}
        into = {}
        for k in short:
            found = {o for o in known if o != k for words in written[k] for longer in known[o]
                     if begins(list(words), list(longer))}
            if len(found) == 1:
                into[k] = found.pop()
        for m in ex.mentions:
            self.keys[(m.doc, m.id)] = into.get(self.keys[(m.doc, m.id)], self.keys[(m.doc, m.id)])

    def written_names(self, ex: Extraction) -> tuple[dict[str, set[tuple[str, ...]]], set[str]]:
        """The words of each body's and place's names in the article, and the keys of those that may be short forms
        of another (a body the gazetteer does not know, a noun of polity alone)."""
        written: dict[str, set[tuple[str, ...]]] = {}
        short = set()
        for m in ex.mentions:
            if m.type in BODIES | PLACES and not m.unnamed and m.role not in NO_LABEL_ROLES:
                k = self.keys[(m.doc, m.id)]
                written.setdefault(k, set()).add(tuple((m.name or m.text).split()))
                if k.startswith("n:") and (m.type in BODIES or short_polity(m)):
                    short.add(k)
        return written, short

    def spellings(self, key: str, written: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
        """The names an entity goes by: as the article writes them, and the gazetteer's labels ('Union européenne'
        for an article that writes 'UE'; not its other aliases, which may be old names: 'Front national')."""
        entry = self.gazetteer.get(key[2:]) if key.startswith("g:") else None
        known = [entry.get("label_fr") or "", entry.get("label") or ""] if entry else []
        return written | {tuple(name.split()) for name in known if name}

    def join_kinds(self, ex: Extraction) -> None:
        """A name the gazetteer does not know, typed a person in one place of an article and something else in
        another ('Hemidti'), is one entity, keyed as the kind most of its mentions have (a person's on a tie); its
        type is voted as any entity's (kg.resolve.voted_type)."""
        count = Counter(self.keys[(m.doc, m.id)] for m in ex.mentions)
        for m in ex.mentions:
            k = self.keys[(m.doc, m.id)]
            kind, _, name = k[2:].partition(":")
            other = f"n:{'Thing' if kind == 'Person' else 'Person'}:{name}"
            if k.startswith("n:") and count[other] and (count[other], kind != "Person") > (count[k], kind == "Person"):
                self.keys[(m.doc, m.id)] = other

    def join_variants(self, ex: Extraction) -> None:
        """Spellings of one person's name in an article (kg.resolve.variants) become one entity: the gazetteer's,
        else the spelling the article uses most."""
        spelling, count = {}, Counter()
        for m in ex.mentions:
            k = self.keys[(m.doc, m.id)]
            if k and m.type == "Person" and not m.unnamed and m.role not in NO_LABEL_ROLES:
                spelling[k] = max(spelling.get(k, ""), m.name or m.text, key=len)
                count[k] += 1
        ranked = sorted(spelling, key=lambda k: (k.startswith("g:"), count[k], len(spelling[k]), k), reverse=True)
        into = {}
        for i, k in enumerate(ranked):
            into[k] = next((into[o] for o in ranked[:i] if not (o.startswith("g:") and k.startswith("g:"))
                            and variants(spelling[o], spelling[k])), k)
        for m in ex.mentions:
            k = self.keys[(m.doc, m.id)]
            if k in into:
                self.keys[(m.doc, m.id)] = into[k]

    def join_surnames(self, ex: Extraction) -> None:
        """A lone surname two spellings of one full name left without an owner ('Faye' of 'Bassirou Diomaye Faye'
        and 'Bassirou Diomaye Diakhar Faye') joins it once they are one entity."""
        for m in ex.mentions:
            own = f"n:Person:{names.key(m.name or m.text)}"
            if m.type == "Person" and m.alias_of is None and self.keys[(m.doc, m.id)] == own \
                    and short_name(m):
                owner = surname_owner(m, ex.mentions, key=lambda o: self.keys[(o.doc, o.id)])
                self.keys[(m.doc, m.id)] = self.keys[(owner.doc, owner.id)] if owner else own

    def resolve_treaties(self, extractions: list[Extraction]) -> None:
        """Treaty descriptions: the gazetteer treaty between the article's states, else the description;
        'le traité' / 'cet accord' and generic descriptions refer to the treaty named before them in the
        article (else the first one)."""
        for ex in extractions:
            treaties = [m for m in ex.mentions if m.type == "Treaty"]
            generic = self.name_treaties(ex, treaties)
            self.refer_back(treaties, generic, self.bound_treaty(ex, treaties, generic))

    def bound_treaty(self, ex: Extraction, treaties: list[Mention], generic: set[int]) -> list[Mention]:
        """An article that names no treaty but describes one that parties sign or are party to ('le Kenya et
        l'Ouganda ont signé un accord de paix'): that description, keyed as the article's own treaty."""
        if any(m.role != "anaphor" and m.id not in generic for m in treaties):
            return []
        objects = {r.object.id for r in ex.relations if r.predicate in TREATY_PREDICATES}
        bound = [m for m in treaties if m.id in objects and m.role != "anaphor"][:1]
        for m in bound:
            self.keys[(m.doc, m.id)] = f"t:{m.doc}:{names.key(m.name or m.text)}"
        return bound

    def refer_back(self, treaties: list[Mention], generic: set[int], named: list[Mention]) -> None:
        """'le traité', 'cet accord', 'l'accord de paix': the treaty named before in the article, else its first
        (named: the article's own treaty, when it names none)."""
        named = [m for m in treaties if m.role != "anaphor" and m.id not in generic] or named
        for m in treaties:
            if m.role == "anaphor" or m.id in generic:
                before = [n for n in named if n.start < m.start] or named[:1]
                self.keys[(m.doc, m.id)] = self.keys[(before[-1].doc, before[-1].id)] if before else None

    def name_treaties(self, ex: Extraction, treaties: list[Mention]) -> set[int]:
        """Key each treaty description of an article (gazetteer treaty, else the fullest description); the ids
        of the generic ones, which name no treaty."""
        states, generic = self.state_counts(ex), set()
        for m in (m for m in treaties if m.role != "anaphor" and not m.key):
            gid = self.treaty_for(m.name or m.text, states)
            self.keys[(m.doc, m.id)] = f"g:{gid}" if gid else fuller_treaty(m, ex, self.keys)
            if not gid and self.is_generic(m):
                generic.add(m.id)
        return generic

    @staticmethod
    def is_generic(m: Mention) -> bool:
        """'accord de paix', 'traité international': a description whose words after its head are all generic
        (lexicon source_nouns, kind generic_treaty); it refers to the treaty the article named before, if any."""
        generic = {names.fold(w) for w in lexicon.source_nouns().get("generic_treaty", {})}
        words = [w for w in re.split(r"\s+|(?<=\b[dl]')", names.fold(m.name or m.text)) if w][1:]
        return all(w in generic or w in STOPWORDS for w in words)

    def state_counts(self, ex: Extraction) -> dict[str, int]:
        """How often each state is named in an article, its capital and its leaders counting for it."""
        counts: dict[str, int] = defaultdict(int)
        for m in ex.mentions:
            entry = self.gazetteer.get(m.key)
            if entry and entry["type"] == "State":
                counts[m.key] += 1
            elif entry and (entry.get("capital_of") or entry.get("leader_of")):
                counts[entry.get("capital_of") or entry["leader_of"]] += 1
        return counts

    @cached_property
    def treaties(self) -> list[tuple[str, frozenset[str], list[str]]]:
        """The gazetteer's treaties that have parties: id, parties, and keywords folded and spaced for treaty_for
        (worked out once, not for every description)."""
        return [(gid, frozenset(entry["parties"]), [f" {names.fold(k)} " for k in entry.get("keywords", [])])
                for gid, entry in self.gazetteer.entries.items() if entry["type"] == "Treaty" and entry.get("parties")]

    def treaty_for(self, text: str, states: dict[str, int]) -> str | None:
        """The gazetteer treaty whose parties are all named in the article and whose keywords text shares;
        ties go to the treaty whose parties the article names most often."""
        folded, named = f" {names.fold(text)} ", set(states)
        hits = []
        for gid, parties, keywords in self.treaties:
            shared = sum(k in folded for k in keywords)
            if shared and parties <= named:
                hits.append((shared, min(states[p] for p in parties), gid))
        hits.sort(reverse=True)
        if hits and (len(hits) == 1 or hits[0][:2] > hits[1][:2]):
            return hits[0][2]
        return None

    def resolve_lone_names(self, extractions: list[Extraction]) -> None:
        """A lone surname with no full name in its article: the one full name of the corpus it ends or starts."""
        fulls: dict[str, set[str]] = defaultdict(set)
        for ex in extractions:
            for m in ex.mentions:
                toks = person_tokens(m)
                if m.type == "Person" and len(toks) > 1 and not m.unnamed:
                    fulls[toks[-1]].add(self.keys[(m.doc, m.id)])
                    fulls[toks[0]].add(self.keys[(m.doc, m.id)])
        for ex in extractions:
            for m in ex.mentions:
                k = self.keys[(m.doc, m.id)]
                if m.type == "Person" and k.startswith("n:") and len(person_tokens(m)) == 1 and m.alias_of is None:
                    owners = fulls.get(person_tokens(m)[0], set())
                    if len(owners) == 1:
                        self.keys[(m.doc, m.id)] = next(iter(owners))

    def follow_aliases(self, extractions: list[Extraction]) -> None:
        """A pronoun or a description stands for the entity its antecedent ended as, once lone and short names
        found their full name ('Traoré … -t-il' is Ibrahim Traoré when 'Traoré' is)."""
        for ex in extractions:
            for m in ex.mentions:
                root = alias_root(m, ex.mentions) if m.alias_of is not None and not m.key else m
                if root is not m:
                    self.keys[(m.doc, m.id)] = self.keys[(root.doc, root.id)]

    def resolve_short_names(self, extractions: list[Extraction]) -> None:
        """A given name and surname an article joined to a longer name ('Patrick Muyaya' of 'Patrick Muyaya
        Katembwe') is that person in every article, when no article joined it to another."""
        longer: dict[str, set[str]] = defaultdict(set)
        for ex in extractions:
            for m in (m for m in ex.mentions if m.type == "Person" and not m.unnamed and not m.key):
                own, k = f"n:Person:{names.key(m.name or m.text)}", self.keys[(m.doc, m.id)]
                if k != own and len(person_tokens(m)) == 2:
                    longer[own].add(k)
        for ex in extractions:
            for m in ex.mentions:
                owners = longer.get(self.keys[(m.doc, m.id)] or "", set())
                if len(owners) == 1:
                    self.keys[(m.doc, m.id)] = next(iter(owners))

    def build_entities(self, extractions: list[Extraction]) -> tuple[dict[str, Entity], dict[tuple[str, int], str]]:
        """One Entity per cluster key, with its labels, type, documents and a stable id."""
        groups: dict[str, list[Mention]] = defaultdict(list)
        for ex in extractions:
            for m in ex.mentions:
                if self.keys.get((m.doc, m.id)):
                    groups[self.keys[(m.doc, m.id)]].append(m)
        entities, by_key, taken = {}, {}, set()
        for k in sorted(groups):
            entity = self.entity_for(k, groups[k])
            if entity is None:
                continue
            base, n = entity.id, 2
            while entity.id in taken:
                entity.id, n = f"{base}_{n}", n + 1
            taken.add(entity.id)
            entities[entity.id] = entity
            by_key[k] = entity.id
        resolved = {mk: by_key[k] for mk, k in self.keys.items() if k in by_key}
        return entities, resolved

    def entity_for(self, k: str, ms: list[Mention]) -> Entity | None:
        """The entity of one cluster; None when no mention of it carries a name."""
        surface = sorted({m.text.strip() for m in ms if m.role not in NO_LABEL_ROLES and not m.unnamed})
        entry = self.gazetteer.get(k[2:]) if k.startswith("g:") else None
        if entry is not None:
            return Entity(id=entry["id"], type=entry["type"], label=entry["label"], labels=set(surface),
                          qid=entry.get("qid"), label_fr=entry.get("label_fr"), docs={m.doc for m in ms},
                          mentions=len(ms))
        return named_entity(k, ms, surface)


def named_entity(k: str, ms: list[Mention], surface: list[str]) -> Entity | None:
    """The entity of a cluster the gazetteer does not know; an unnamed one's and an article's own treaty's id
    starts with the article's name."""
    unnamed = any(m.unnamed for m in ms)
    if not surface and not unnamed:
        return None
    forms = surface or sorted({(m.name or m.text).strip() for m in ms})
    label = best_label(forms, ms)
    prefix = f"{slug(ms[0].doc.rsplit('.', 1)[0])}_" if unnamed or k.startswith("t:") else ""
    return Entity(id=f"{prefix}{slug(label)}", type=voted_type(ms), label=label, labels=set(forms), unnamed=unnamed,
                  docs={m.doc for m in ms}, mentions=len(ms))


def best_label(forms: list[str], ms: list[Mention]) -> str:
    """The fullest form of a name; of two as full, the one its mentions use most, then the longer."""
    used = Counter(m.text.strip() for m in ms)
    return max(forms, key=lambda f: (len(names.tokens(f)), used[f], len(f), f))


TYPE_ORDER = ("MilitaryUnit", "Organization", "State", "Person", "Treaty", "Place")  # ties go to the first


def voted_type(ms: list[Mention]) -> str:
    """The type most mentions of one name carry (NER types one name differently from one sentence to the next)."""
    votes = Counter(m.type for m in ms)
    return max(votes, key=lambda t: (votes[t], -TYPE_ORDER.index(t) if t in TYPE_ORDER else -99))


def fuller_treaty(m: Mention, ex: Extraction, keys: dict[tuple[str, int], str]) -> str:
    """Key of a treaty of the same article whose description holds every word of m's, else m's own."""
    words = set(names.tokens(m.name or m.text))
    for other in ex.mentions:
        if other.type == "Treaty" and other is not m and other.role != "anaphor" \
                and words < set(names.tokens(other.name or other.text)):
            return keys[(other.doc, other.id)]
    return keys[(m.doc, m.id)]


def drop_retold(extractions: list[Extraction]) -> None:
    """Keep a quotation once per story: in articles telling the same story (kg.ingest.stories), a statement
    whose words an article earlier in the story already gave (by publication date, then name) is dropped."""
    told: dict[str, set[str]] = {}
    for ex in sorted(extractions, key=lambda x: (x.doc.published or "~", x.doc.name, x.doc.key)):
        if not ex.doc.same_story:
            continue
        seen = told.setdefault(min([ex.doc.key, *ex.doc.same_story]), set())
        words = [" ".join(names.fold(st.text).split()) for st in ex.statements]
        ex.statements = [st for st, w in zip(ex.statements, words) if w not in seen]
        seen.update(words)


def resolve(extractions: list[Extraction], gazetteer: Gazetteer) -> KnowledgeGraph:
    """The knowledge graph of a corpus of extractions."""
    return Resolver(gazetteer).run(extractions)
