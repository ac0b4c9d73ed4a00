"""Relations between entities, found over the parse: roles, signatures, deployments, fighting, places, meetings."""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg import lexicon, names
from kg.extract.common import article_state, evidence, parsed, sentences, text_of, tokens_among
from kg.extract.entities import STOP as STOP_WORDS
from kg.extract.reference import LEADER_OFFICES, SPEECH_NOUNS as SPEECH, Context, body_leader, body_leader_named_after, \
    body_member, definite, former, is_subject, leads, np_tokens, office_of, office_reference, possessor, role_query, \
    speaker_of_np
from kg.extract.roles import ACRONYM, BODY_LEADERS, FORMER, LEADER_NOUNS, LEADING_OFFICES, PLACE_LEADERS, RANKS, \
    ROLE_NOUNS, Role, known_party, person_word, role_nouns
from kg.gazetteer import Gazetteer
from kg.model import Mention, Relation, Statement

FORCES = frozenset({"MilitaryUnit", "State"})
DEPLOY = frozenset({"envoyer", "déployer", "dépêcher", "transférer", "stationner", "expédier", "acheminer"})
FIGHT_VERBS = frozenset({"combattre", "repousser", "vaincre", "affronter", "attaquer", "écraser", "éliminer",
                         "anéantir", "défaire", "chasser", "bombarder", "envahir", "pilonner", "traquer", "assiéger"})
FIGHT_NOUNS = frozenset({"défense", "offensive", "opération", "opérations", "guerre", "combat", "combats", "lutte",
                         "bataille", "assaut", "assauts", "contre-offensive", "battre", "défaite", "invasion",
                         "attaque", "attaques", "frappe", "frappes", "raid", "raids", "agression", "incursion",
                         "incursions", "riposte", "bombardement", "bombardements"})
MEET_VERBS = frozenset({"rencontrer", "recevoir", "accueillir", "retrouver"})
MEET_NOUNS = frozenset({"réunion", "rencontre", "entretien", "sommet", "entrevue", "visioconférence", "tête-à-tête",
                        "réunions", "rencontres", "entretiens", "pourparlers", "discussions"})
OUTSIDERS = role_nouns("outsider", "correspondent")  # of a state, not in it
ELECTED = role_nouns("elected")
ENVOYS = role_nouns("envoy")
POSTED = ENVOYS | role_nouns("correspondent")  # not of the body they are sent to
COUNTERPARTS = frozenset({"homologue"})
TROOPS = frozenset({"troupe", "soldat", "militaire", "force", "unité", "homme", "combattant", "renfort", "contingent",
                    "bataillon", "brigade", "régiment", "division", "effectif", "recrue", "mercenaire", "conscrit"})
ALONGSIDE = ("aux côtés", "au côté", "en coopération avec", "aux cotés", "main dans la main avec")
CONTAINED = re.compile(r"(?i)\s*[,(”»\"]?\s*(en|au|aux|\(|dans|dans la région de|dans l'oblast de|dans la province de|"
                       r"un village de la région de|une ville de la région de|une localité de la région de|"
                       r"un village de|une ville de|une localité de|une région de|et ailleurs (?:en|au|aux|dans)|"
                       r"dans (?:le |l')(?:nord|sud|est|ouest|centre)(?:-est|-ouest)? (?:de|du|d')|"
                       r"(?:la |le |une |un )?(?:\w+ )?(?:ville|capitale|cité|localité|commune|chef-lieu|port|village)"
                       r"(?: la plus \w+)? (?:de|du|d')|)?\s*(la |l'|le )?")
PLACE_DEMONYM = re.compile(r"(?i)\b(?:région|province|oblast|ville|villes|port|village|localité|capitale|"
                           r"territoire|station|base|aéroport)s?\s+([\w-]+)(?:\s+de\s+|\s+d'|\s+du\s+|\s*,\s*dont\s+)$")
DESTINATION_CASES = frozenset({"en", "dans", "vers", "à", "au", "aux"})


def relations(doc: Doc, *, mentions: list[Mention], roles: list[Role], gazetteer: Gazetteer,
              statements: list[Statement] | None = None) -> Iterator[Relation]:
    """Every relation the rules find in doc."""
    ctx = Context(doc=doc, name=article_state(doc).name, mentions=mentions, roles=roles, gazetteer=gazetteer)
    yield from role_relations(ctx)
    yield from office_relations(ctx)
    yield from unit_relations(ctx)
    for sent in sentences(doc):
        if not text_of(sent).strip():
            continue
        for rule in (signatures, treaty_parties, deployments, alongside, against, strikes, between, opposed, places,
                     meetings, meeting_between, listed_members, party_in_brackets, party_after_name, party_before_name,
                     led_by, appointed, at_the_head, own_party, from_body, government_of, possessed, composed_of):
            yield from rule(ctx, sent)


def relation(ctx: Context, s: Mention | None, p: str, o: Mention | None, where: Span | Token, rule: str,
             confidence: float) -> Iterator[Relation]:
    """One relation when both ends are named entities of fitting kinds and differ."""
    if s is None or o is None or s.unnamed or o.unnamed or same(s, o):
        return
    yield Relation(subject=s, predicate=p, object=o, evidence=evidence(ctx.name, where), rule=rule,
                   confidence=confidence)


def same(a: Mention, b: Mention) -> bool:
    """Whether two mentions name one entity: one mention, one gazetteer id, or one standing for the other."""
    return a is b or bool(a.key and a.key == b.key) or (a.alias_of is not None and a.alias_of == b.id) \
        or (b.alias_of is not None and b.alias_of == a.id)


def state_ref(ctx: Context, state: str, at: Token) -> Mention:
    """A mention of a state made from a demonym or a role ('russe' -> Russia)."""
    return ctx.new(at, "State", key=state, role="reference")


def token_at(ctx: Context, pos: int) -> Token:
    return ctx.doc.char_span(pos, pos + 1, alignment_mode="expand")[0]


def role_relations(ctx: Context) -> Iterator[Relation]:
    """'le président russe X' -> leaderOf; 'X, chef d'état-major des forces armées russes' -> memberOf; 'le maire
    PS de Marseille X' -> memberOf the party too."""
    for role in ctx.roles:
        where = ctx.doc.char_span(min(role.start, role.person.start), max(role.end, role.person.end),
                                  alignment_mode="expand")
        found = list(role_relation(ctx, role, where))
        yield from found
        party = party_modifier(ctx, role)
        if party is not None and not any(r.object is party or (r.object.key and r.object.key == party.key)
                                         for r in found):
            yield from relation(ctx, role.person, "memberOf", party, where, "role-party", 0.8)


def party_modifier(ctx: Context, role: Role) -> Mention | None:
    """'le maire PS de Marseille', 'un autre député EFF', 'élus RN': the party named right after the role noun."""
    span = ctx.doc.char_span(role.start, role.end, alignment_mode="expand")
    head = next((t for t in span if t.lower_ == role.head), None) if span is not None else None
    after = head.doc[head.i + 1] if head is not None and head.i + 1 < span.end else None
    if after is None:
        return None
    named = ctx.at(after)
    if named is not None:
        return named if named.type == "Organization" and is_party(ctx, named) else None
    return ctx.new(after, "Organization") if ACRONYM.fullmatch(after.text) else None


def role_relation(ctx: Context, role: Role, where: Span) -> Iterator[Relation]:
    """The one relation a role gives its holder, by the first kind of role it is."""
    at = token_at(ctx, role.start)
    if place_led(role):
        yield from relation(ctx, role.person, "leaderOf", role.place, where, "role-leader", 0.8)
    elif role.leads_org:  # 'le chef du Hezbollah libanais': the body, not the state of its demonym
        yield from relation(ctx, role.person, "leaderOf", role.org, where, "role-leader", 0.85)
    elif role.is_leader:
        yield from relation(ctx, role.person, "leaderOf", state_ref(ctx, role.state, at), where, "role-leader", 0.9)
    elif (led := known_leader(ctx, role)) is not None:
        yield from relation(ctx, role.person, "leaderOf", led, where, "role-known-leader", 0.85)
    elif role.org is not None and not hosts(ctx, role):  # 'l'émissaire de l'ONU au Soudan': of the ONU
        yield from relation(ctx, role.person, "memberOf", role.org, where, "role-member", 0.85)
    elif (seat := seat_of(ctx, role, at)) is not None:
        yield from relation(ctx, role.person, "memberOf", seat, where, "role-seat", 0.8)
    elif role.head in ENVOYS and role.state is not None:
        yield from relation(ctx, role.person, "memberOf", state_ref(ctx, role.state, at), where, "role-member", 0.8)
    elif role.state is not None and role.head not in OUTSIDERS:
        yield from relation(ctx, role.person, "memberOf", state_ref(ctx, role.state, at), where, "role-member", 0.8)
    elif role.head not in OUTSIDERS | ELECTED | BODY_LEADERS:  # 'le président X' leads no body of the sentence before
        yield from relation(ctx, role.person, "memberOf", context_org(ctx, role), where, "role-context", 0.6)


PLACE_OF = re.compile(r"(?:\s+ministre)?\s+(?:de la|de l'|du|des|de|d')\s*")


def place_led(role: Role) -> bool:
    """'le maire de Craon'; 'le premier ministre du Québec', 'la présidente de la région Occitanie': the leader of a
    place that is no state, named right after the office (not a former one)."""
    if role.head in PLACE_LEADERS and role.place is not None:
        return True
    if role.head not in LEADER_NOUNS or role.place is None or role.state or role.org or FORMER.search(role.text):
        return False
    before = role.text[:role.text.find(role.place.text)].lower()
    after_head = re.search(rf"\b{re.escape(role.head)}\b(.*)$", before)
    return after_head is not None and PLACE_OF.fullmatch(after_head.group(1)) is not None


def seat_of(ctx: Context, role: Role, at: Token) -> Mention | None:
    """'l'eurodéputée grecque X', 'le député européen X', 'le député insoumis X': the body or party the role's
    words seat its holder in, though they name none (kg/lexicon/role_bodies.tsv)."""
    words = f" {role.folded.replace(chr(39), ' ')} "
    body = next((b for phrase, b in lexicon.role_bodies().items() if f" {phrase} " in words), None)
    return ctx.new(at, "Organization", key=body, role="reference") if ctx.gazetteer.get(body) else None


def known_leader(ctx: Context, role: Role) -> Mention | None:
    """'son homologue russe Vladimir Poutine': a counterpart whose demonym names a state the gazetteer says he led
    -> that state (a leader's own role is Role.is_leader's). With no demonym, no state: 'le chancelier Olaf
    Scholz' states no country even when the sentence names Germany (keyers key what is stated; a guess from the
    gazetteer cost precision in three sessions)."""
    if role.state is None or role.head not in COUNTERPARTS or FORMER.search(role.text):
        return None
    led = ctx.gazetteer.led(role.person.key, LEADING_OFFICES)
    return state_ref(ctx, role.state, token_at(ctx, role.start)) if role.state in led else None


def hosts(ctx: Context, role: Role) -> bool:
    """'l'ambassadrice américaine à l'ONU', 'correspondant à la Maison-Blanche': the body an envoy or a
    correspondent is sent to, not one he belongs to."""
    before = [w for w in parsed(ctx.doc)[max(0, role.org.start - 12):role.org.start].lower().replace("'", "' ").split()
              if w not in ("l'", "la", "le", "les")]
    return role.head in POSTED and bool(before) and before[-1] in ("à", "au", "aux", "auprès")


def office_relations(ctx: Context) -> Iterator[Relation]:
    """'a déclaré le président américain', 'le chef du gouvernement israélien a …': a description of the leading
    office of a state names its holder (the reference resolver finds whom) -> leaderOf that state."""
    for head in tokens_among(ctx.doc, ROLE_NOUNS):
        if head.pos_ != "NOUN" or not definite(head) or ctx.inside_quote(head.idx) or former(head) \
                or ctx.at(head) is not None or any(r.start <= head.idx < r.end for r in ctx.roles):
            continue  # a role beside its holder's name is role_relations' work
        tokens = np_tokens(head, stop_at_comma=True)
        state = leading_office(ctx, head, tokens)
        if state is not None:
            holder = office_reference(ctx, head, tokens)
            yield from relation(ctx, holder, "leaderOf", state_ref(ctx, state, head), head, "office-leader", 0.75)
        else:
            yield from body_leadership(ctx, head, tokens)


def body_leadership(ctx: Context, head: Token, tokens: list[Token]) -> Iterator[Relation]:
    """'a répété le chef du PS' -> leaderOf that body, 'la porte-parole de la Maison-Blanche' -> memberOf it, for
    the person the article or the gazetteer gives that role."""
    q = role_query(ctx, head, tokens)
    found = body_leader(ctx, q) or body_member(ctx, q) or body_leader_named_after(ctx, q)
    if found:
        holder = ctx.new(head, "Person", role="office", alias_of=found[-1].id)
        predicate = "leaderOf" if leads(q) else "memberOf"
        yield from relation(ctx, holder, predicate, q.body, head, f"office-body-{predicate[:-2]}", 0.75)


def leading_office(ctx: Context, head: Token, tokens: list[Token]) -> str | None:
    """The state whose head of state or government a description names ('le président américain', 'le chef du
    gouvernement israélien'); none for the head of a body ('le président du Parlement ukrainien', 'le chef du
    Hezbollah libanais')."""
    found = office_of(ctx, head, tokens)
    if found is None or found[1] is None or found[0].office not in LEADER_OFFICES:
        return None
    words = set(names.fold(found[0].phrase).replace("'", " ").split())
    bodies = [c for c in head.children if c.dep_ == "nmod" and c.i > head.i and names.fold(c.text) not in words
              and any(g.dep_ == "case" and g.lower_ in OF_BODY for g in c.children)  # not 'aux journalistes'
              and not ((m := ctx.at(c)) is not None and m.type == "State")]
    return None if bodies else found[1]


OF_BODY = frozenset({"de", "du", "des", "d'", "d’"})


def context_org(ctx: Context, role: Role) -> Mention | None:
    """'Le porte-parole X' with no body named: the body subject of the sentence before (right 2 times in 8 on
    the real and team development sets, kept for the seeds' and team sets' spokespeople)."""
    of = re.search(rf"(?i)\b{re.escape(role.head)}\s+(?:de|du|des|d')\b(.*)", role.text)
    words = set(words_of(of.group(1))) - STOP_WORDS if of else set()  # 'un porte-parole des Affaires étrangères'
    before = [m for m in ctx.mentions if m.type == "Organization" and m.role is None
              and m.sent_index == role.person.sent_index - 1 and is_subject(ctx, m)
              and words <= set(words_of(m.text))]  # not 'X, présidente du groupe souverainiste' for 'le groupe RN'
    return before[-1] if before else None


def unit_relations(ctx: Context) -> Iterator[Relation]:
    """'forces armées nord-coréennes', 'armée de la Russie' -> armedForcesOf the state they name."""
    for m in ctx.mentions:
        if m.type != "MilitaryUnit" or not m.country:
            continue
        entry = ctx.gazetteer.get(m.key)
        if entry is None or entry.get("kind") == "armed_forces":
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            yield from relation(ctx, m, "armedForcesOf", state_ref(ctx, m.country, span[-1]), span, "unit-name", 0.95)


def mention_of(ctx: Context, token: Token, types: frozenset[str]) -> Mention | None:
    """The named entity (of the given types) a phrase headed by token stands for, through pronouns and metonymy;
    else the first one named inside the phrase ('les soldats et officiers de l'APC')."""
    m = ctx.at(token)
    if not fits(ctx, m, types):
        m = speaker_of_np(ctx, token)
    if not fits(ctx, m, types) and token.pos_ in ("ADJ", "NOUN"):
        m = demonym_ref(ctx, token) if token.lower_ not in SPEECH else None
    if not fits(ctx, m, types):
        inside = (ctx.at(t) for t in np_tokens(token))
        m = next((x for x in inside if fits(ctx, x, types)), None)
    return m if fits(ctx, m, types) and not m.unnamed else None


ARMED_KINDS = frozenset({"armed_group", "private_military_company"})


def fits(ctx: Context, m: Mention | None, types: frozenset[str]) -> bool:
    """Whether a mention is of one of the types; an armed group or a private military company (an organisation
    for the gazetteer: no state's army) fights where a military unit would."""
    if m is None or m.type in types:
        return m is not None
    entry = ctx.gazetteer.get(m.key) if m.type == "Organization" and m.key else None
    return "MilitaryUnit" in types and entry is not None and entry.get("kind") in ARMED_KINDS


def demonym_ref(ctx: Context, token: Token) -> Mention | None:
    """'une offensive ukrainienne' stands for Ukraine."""
    for t in [token, *token.children]:
        state = ctx.gazetteer.state_of_demonym(t.text)
        if state:
            return state_ref(ctx, state, t)
    return None


def conjuncts(token: Token) -> list[Token]:
    return [token, *(c for c in token.children if c.dep_ == "conj")]


def clause_subject(ctx: Context, verb: Token, types: frozenset[str]) -> Mention | None:
    """The agent of a verb: its subject, the antecedent of 'qui', or the subject of the verb it depends on."""
    for _ in range(8):
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubj:pass"):
                head = verb.head if c.lower_ in ("qui", "qu'") and verb.dep_ == "acl:relcl" else c
                m = mention_of(ctx, head, types)
                if m is not None:
                    return m
        if verb.dep_ in ("acl", "acl:relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            m = mention_of(ctx, verb.head, types)
            if m is not None:
                return m
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


LEAD_VERBS = ("diriger", "présider", "commander", "mener")
LED = frozenset({"Organization", "MilitaryUnit", "State"})
PEOPLE = frozenset({"Person"})


def led_by(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'X dirige le parti', 'X, qui dirigeait le Gabon', 'le parti Rêve géorgien, dirigé par X', 'les forces
    commandées par le général X', 'le parti, mené par X' -> leaderOf; not 'pourrait diriger', 'ne dirige plus'."""
    for verb in tokens_among(sent, lemma=LEAD_VERBS):
        if verb.pos_ != "VERB" or hedged(verb):
            continue
        agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        if agent is not None and verb.dep_ == "acl":
            leader, body = mention_of(ctx, agent, PEOPLE), named(ctx, verb.head)
        else:
            led = next((c for c in verb.children if c.dep_ == "obj"), None)
            leader, body = clause_subject(ctx, verb, PEOPLE), named(ctx, led)
        yield from relation(ctx, leader, "leaderOf", body, sent, "led-by", 0.75)


OF_PERSON = re.compile(r"\s+(?:de|d'|d’|du)\s*(?:(?:M\.|Mme|le|la|l'|l’)\s+)?(?:(?:[a-zé-]+)\s+)?$")


def possessed(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'la Hongrie de Viktor Orban', 'l'UDR d'Éric Ciotti', 'l'armée soudanaise du général X' -> the person leads
    the state or body named right before 'de', when the parse hangs the name (or its rank) on it; not a body named
    by a description ('le ministère de X')."""
    inside = [m for m in ctx.starting(sent.start_char, sent.end_char) if not m.unnamed]
    for person in (m for m in inside if m.type == "Person" and m.role is None):
        body = owner_before(ctx, person, inside)
        if body is not None and (hung_on(ctx, person, body) or ranked_on(ctx, person, body)):
            yield from relation(ctx, person, "leaderOf", body, sent, "possessed", 0.7)


def ranked_on(ctx: Context, person: Mention, body: Mention) -> bool:
    """'l'armée soudanaise du général X': the parse hangs the name on its rank, and the rank on the body."""
    span = ctx.span_of(person)
    rank = span.root.head if span is not None else None
    return rank is not None and rank.lower_ in RANKS and body.start <= rank.head.idx < body.end


def owner_before(ctx: Context, person: Mention, inside: list[Mention]) -> Mention | None:
    """The state or body named right before 'de' and the person's name, with at most a rank between ('du
    général')."""
    text = parsed(ctx.doc)
    body = next((m for m in inside if m.end <= person.start and m.type in LED and m.role is None
                 and OF_PERSON.fullmatch(text[m.end:person.start])), None)
    words = text[body.end:person.start].split() if body is not None else []
    title = words[-1].lower() if len(words) > 1 and words[-1].islower() else None
    return body if title is None or title in RANKS else None


def appointed(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'X a été élu président des Républicains', 'X, nommée présidente de la Croix-Rouge' -> leaderOf; not 'pourrait
    être élu'."""
    for verb in tokens_among(sent, lemma=lexicon.appointment_verbs()):
        role = next((c for c in verb.children if c.dep_ in ("xcomp", "obj") and c.lower_ in BODY_LEADERS), None)
        if verb.pos_ != "VERB" or role is None or hedged(verb):
            continue
        body = next((named(ctx, c) for c in role.children if c.dep_ == "nmod"), None)
        yield from relation(ctx, clause_subject(ctx, verb, PEOPLE), "leaderOf", body, sent, "appointed", 0.75)


def named(ctx: Context, token: Token | None) -> Mention | None:
    """The body, force or state a phrase headed by token names by its name ('le parti Rêve géorgien', 'le Gabon'),
    not by a demonym ('la délégation russe') or a description ('la cité phocéenne')."""
    found = (ctx.at(t) for t in ([token, *(c for c in token.children if c.dep_ == "appos")] if token is not None else []))
    m = next((m for m in found if m is not None), None)  # 'du parti Slovenska Demokracija': the name in apposition
    return m if m is not None and m.type in LED and not m.unnamed and m.role is None else None


def at_the_head(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'X, à la tête du parti Fratelli d'Italia', 'X est à la tête de l'OMS' -> leaderOf."""
    for head in tokens_among(sent, ("tête",)):
        if [t.lower_ for t in head.doc[max(0, head.i - 2):head.i]] != ["à", "la"] or hedged(head.head):
            continue
        body = next((named(ctx, c) for c in head.children if c.dep_ == "nmod"), None)
        leader = clause_subject(ctx, head, PEOPLE) if head.dep_ != "ROOT" else None
        before = [m for m in ctx.starting(sent.start_char, head.idx) if m.type == "Person"
                  and re.fullmatch(r"\s*,\s*", parsed(ctx.doc)[m.end:head.idx - 5])]
        yield from relation(ctx, leader or (before[-1] if before else None), "leaderOf", body, sent, "at-the-head", 0.75)


FROM_BODY = re.compile(r"\s*,\s*(?:de la |de l'|du |des |de |d')$")


def from_body(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'Yuanqiong Hu, de Médecins sans frontières (MSF), a dit …' -> memberOf the body set off after the name."""
    text = parsed(ctx.doc)
    inside = [m for m in ctx.starting(sent.start_char, sent.end_char) if not m.unnamed]
    for person in (m for m in inside if m.type == "Person" and m.role is None):
        body = next((m for m in inside if 0 < m.start - person.end <= 12 and m.type == "Organization"
                     and FROM_BODY.match(text[person.end:m.start])), None)
        if body is not None and re.match(r"\s*(?:[,.;)]|\(|$)", text[body.end:body.end + 2]):
            yield from relation(ctx, person, "memberOf", body, sent, "from-body", 0.7)


PARTY_NOUNS = frozenset({"parti", "formation", "mouvement"})


def own_party(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'Theresa May a affirmé que son parti conservateur …', 'la défaite de son parti de centre-gauche, les
    sociaux-démocrates (SPD)' -> the person 'son' stands for is memberOf the party."""
    for head in tokens_among(sent, PARTY_NOUNS):
        owner = possessor(ctx, head)
        party = party_named(ctx, head)
        if owner is not None and owner.type == "Person":
            yield from relation(ctx, owner, "memberOf", party, sent, "own-party", 0.7)


def party_named(ctx: Context, head: Token) -> Mention | None:
    """The party a 'parti' noun names: its own name, or one set off after it before any verb (at most 12 words)."""
    for t in head.doc[head.i:min(head.sent.end, head.i + 13)]:
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":", "«", "»"):
            return None
        m = ctx.at(t)
        if m is not None and m.type == "Organization" and not m.unnamed and m.role is None:
            return m
    return None


def government_of(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'le gouvernement Bayrou' -> Bayrou leaderOf it."""
    for m in ctx.starting(sent.start_char, sent.end_char):
        span = ctx.span_of(m) if m.type == "Organization" else None
        if span is not None and len(span) > 1 and span[0].lower_ == "gouvernement" and person_word(span[-1]):
            head = ctx.new(span[-1], "Person", key=ctx.gazetteer.lookup(span[-1].text, "Person"))
            yield from relation(ctx, head, "leaderOf", m, span, "government-of", 0.8)


def hedged(verb: Token) -> bool:
    """A verb in the conditional, negated, or under a modal ('pourrait diriger', 'ne dirige plus')."""
    return "Cnd" in verb.morph.get("Mood") or verb.head.lemma_ in ("pouvoir", "devoir", "vouloir", "souhaiter") \
        or any(c.dep_ == "advmod" and c.lower_ in ("ne", "n'", "plus", "jamais") for c in verb.children)


def alleged(verb: Token) -> bool:
    """'aurait envoyé', 'auraient été déployés': a past told in the conditional, an allegation."""
    return any(c.dep_.startswith("aux") and "Cnd" in c.morph.get("Mood") for c in verb.children)


SIGNING = {"signer": ("signed", "partyTo"), "parapher": ("signed", "partyTo"), "conclure": ("partyTo",),
           "ratifier": ("partyTo",)}  # what each verb makes of its subject: a person only signs, only a state ratifies


def signatures(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'X et Y ont signé un traité', 'un traité signé par X et Y', 'X et Y ont conclu un accord', 'les ministres de
    X et de Y ont paraphé l'accord' -> signed; a state or a body that signs, concludes or ratifies is party to it."""
    for verb in tokens_among(sent, lemma=tuple(SIGNING)):
        treaty = signed_treaty(ctx, verb)
        if treaty is None or hedged(verb):
            continue
        for signer in signers(ctx, verb):
            for p in SIGNING[verb.lemma_]:
                if p == "signed" or signer.type in (PARTIES if verb.lemma_ != "ratifier" else ("State",)):
                    yield from relation(ctx, signer, p, treaty, sent, "signature", 0.85)
            state = (ctx.gazetteer.get(signer.key) or {}).get("leader_of")
            if state:
                yield from relation(ctx, state_ref(ctx, state, verb), "partyTo", treaty, sent, "signature-by-leader",
                                    0.6)


def signed_treaty(ctx: Context, verb: Token) -> Mention | None:
    """The treaty a verb of signing governs, or the one it qualifies ('un accord signé en 2018')."""
    if verb.pos_ != "VERB":
        return None
    treaty = next((ctx.at(t) for t in verb.subtree if ctx.at(t) is not None and ctx.at(t).type == "Treaty"), None)
    if treaty is None and verb.dep_ == "acl":
        treaty = ctx.at(verb.head)
    return treaty if treaty is not None and treaty.type == "Treaty" else None


SIGNERS = frozenset({"Person", "State", "Organization"})
PARTIES = frozenset({"State", "Organization"})
SIGNING_FOR = frozenset({w for w, kind in lexicon.role_nouns().items() if kind in ("leader", "envoy", "role")}
                        | set(lexicon.source_nouns()["delegation"]))  # who signs for a state


def signers(ctx: Context, verb: Token) -> list[Mention]:
    """The named subjects of a verb of signing and those listed with them ('le Kenya et l'Ouganda'); for
    ministers, delegations or leaders of states ('les ministres du Kenya et de l'Ouganda', 'les délégations
    kényane et ougandaise'), those states."""
    agents = [c for c in verb.children if c.dep_ in ("nsubj", "obl:agent")]
    agents += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and agents]
    found: list[Mention] = []
    for agent in (t for a in agents for t in conjuncts(a)):
        m = mention_of(ctx, agent, SIGNERS)
        if (agent.lower_ in SIGNING_FOR or agent.lemma_ in SIGNING_FOR) and (m is None or m.role == "reference"):
            found += envoys_states(ctx, agent)
        elif m is not None:
            found += listed(ctx, m, SIGNERS)
    return unique(found)


def envoys_states(ctx: Context, noun: Token) -> list[Mention]:
    """The states whose ministers or delegations a noun names: named in its complement, or by demonyms."""
    found = [m for t in noun.subtree if t.i > noun.i for m in ctx.covering(t.idx) if m.type == "State"]
    adjectives = [c for c in noun.children if c.dep_ in ("amod", "conj") and c.pos_ == "ADJ"]
    adjectives += [g for c in adjectives for g in c.children if g.dep_ == "conj"]
    return found + [ref for a in adjectives if (ref := demonym_ref(ctx, a)) is not None]


def unique(found: list[Mention]) -> list[Mention]:
    """Mentions in order, each entity once (by gazetteer id, else by mention)."""
    seen, out = set(), []
    for m in found:
        k = m.key or id(m)
        if k not in seen:
            seen.add(k)
            out.append(m)
    return out


LIST_JOIN = re.compile(r"\s*(?:,\s*(?:et\s+)?|et\s+)(?:(?:le|la|les|du|des|de la|de)\s+|(?:l|d|de l)['’])?",
                       re.IGNORECASE)


def listed(ctx: Context, m: Mention, types: frozenset[str]) -> list[Mention]:
    """A mention and the named ones of the same kinds listed with it, before and after, joined by commas and
    'et' ('le Pérou, la Bolivie et l'Équateur'); a capital of the list stands for its state."""
    text, found = parsed(ctx.doc), [m]
    while (nxt := joined(ctx, text, found[-1].end, types)) is not None:
        found.append(nxt)
    while (prev := joined_before(ctx, text, found[0].start, types)) is not None:
        found.insert(0, prev)
    return [x for x in (party(ctx, x, types) for x in found) if x is not None]


def joined(ctx: Context, text: str, end: int, types: frozenset[str]) -> Mention | None:
    return next((m for m in ctx.starting(end, end + 24) if listable(ctx, m, types)
                 and LIST_JOIN.fullmatch(text[end:m.start])), None)


def joined_before(ctx: Context, text: str, start: int, types: frozenset[str]) -> Mention | None:
    return next((m for m in reversed(ctx.starting(max(0, start - 80), start)) if m.end <= start
                 and listable(ctx, m, types) and LIST_JOIN.fullmatch(text[m.end:start])), None)


def listable(ctx: Context, m: Mention, types: frozenset[str]) -> bool:
    return not m.unnamed and m.role is None and (fits(ctx, m, types) or m.type == "Place")


def party(ctx: Context, m: Mention, types: frozenset[str]) -> Mention | None:
    """A listed mention of the kinds wanted; a capital, when states are, its state."""
    if fits(ctx, m, types):
        return m
    capital = (ctx.gazetteer.get(m.key) or {}).get("capital_of") if "State" in types else None
    span = ctx.span_of(m)
    return state_ref(ctx, capital, span[0]) if capital and span is not None else None


def treaty_parties(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'l'accord … entre Moscou et Pyongyang', 'l'accord de libre-échange entre le Pérou, la Bolivie et
    l'Équateur' -> each named state or body is party to it."""
    for t in tokens_among(sent, ("entre",)):
        treaty = next((ctx.at(a) for a in t.head.ancestors if ctx.at(a) is not None and ctx.at(a).type == "Treaty"), None)
        if treaty is None:
            continue
        first = mention_of(ctx, t.head, PARTIES)
        parties = [mention_of(ctx, c, PARTIES) for c in conjuncts(t.head)]
        parties += listed(ctx, first, PARTIES) if first is not None else []
        for p in unique([p for p in parties if p is not None]):
            yield from relation(ctx, p, "partyTo", treaty, sent, "between", 0.8)


def deployments(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'X a envoyé des troupes en Russie', 'les soldats ont été déployés dans la région de Koursk'; not a hedged
    deployment ('pourraient être déployés', 'aurait envoyé')."""
    for verb in tokens_among(sent, lemma=DEPLOY):
        if verb.pos_ != "VERB" or hedged(verb) or alleged(verb):
            continue
        theme = next((c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")), None)
        unit = mention_of(ctx, theme, frozenset({"MilitaryUnit"})) if theme is not None else None
        if theme is not None and unit is None and theme.lemma_ not in TROOPS:
            continue
        sender = unit or clause_subject(ctx, verb, FORCES)
        for place in destinations(ctx, verb):
            yield from relation(ctx, sender, "deployedTo", place, sent, "deployment", 0.8)


def destinations(ctx: Context, verb: Token) -> list[Mention]:
    """Places and states named after en/dans/vers/à in a verb's phrase."""
    found = []
    for t in verb.subtree:
        if t.dep_ == "case" and t.lower_ in DESTINATION_CASES and t.head.i != verb.i and not subject_side(t, verb):
            m = ctx.at(t.head)
            if m is not None and m.type in ("Place", "State") and m not in found:
                found.append(m)
    return found


def subject_side(t: Token, verb: Token) -> bool:
    return any(a.dep_.startswith("nsubj") for a in t.ancestors if a.i != verb.i and verb in a.ancestors)


def alongside(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'… ont combattu aux côtés des troupes russes' -> foughtAlongside."""
    low = text_of(sent).lower()
    for phrase in ALONGSIDE:
        at = low.find(phrase)
        if at < 0:
            continue
        start = sent.start_char + at + len(phrase)
        partner = next((m for m in ctx.starting(start, start + 12) if fits(ctx, m, FORCES)), None)
        trigger = ctx.doc.char_span(sent.start_char + at, start, alignment_mode="expand")
        subject = clause_subject(ctx, trigger.root.head, frozenset({"MilitaryUnit", "State"})) or nearest_force(ctx, sent, sent.start_char + at)
        yield from relation(ctx, subject, "foughtAlongside", partner, sent, "alongside", 0.75)


def nearest_force(ctx: Context, sent: Span, before: int) -> Mention | None:
    """The last military unit or armed group (else state) named before a position in the sentence."""
    found = [m for m in ctx.starting(sent.start_char, before + 1) if m.end <= before and fits(ctx, m, FORCES)]
    units = [m for m in found if m.type != "State"]
    return (units or found or [None])[-1]


def against(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'repousser les troupes ukrainiennes', 'la défense … contre une offensive ukrainienne' -> foughtAgainst."""
    for t in tokens_among(sent, ("contre", "défaite"), FIGHT_VERBS):
        enemy_head, agent_from = enemy_of(t)
        if enemy_head is None:
            continue
        enemy = mention_of(ctx, enemy_head, FORCES)
        by = next((c for c in agent_from.children if c.dep_ == "obl:agent"), None)  # 'l'attaque menée par l'Iran'
        fighter = mention_of(ctx, by, FORCES) if by is not None else clause_subject(ctx, agent_from, FORCES)
        fighter = fighter or nearest_force(ctx, sent, t.idx)
        if enemy is not None and fighter is not None and fighter.country != enemy.key:
            yield from relation(ctx, fighter, "foughtAgainst", enemy, sent, "fight", 0.7)


STRIKES = lexicon.strikes()
TARGET_CASES = frozenset({"sur", "contre", "vers"})


def strikes(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'Israël a frappé des sites iraniens', 'le Hezbollah a tiré des roquettes sur Israël' -> foughtAgainst the
    one struck; a state strikes only with a weapon named in the clause ('les États-Unis visent la Chine' with
    tariffs is no fight); not a hedged or denied strike."""
    for verb in tokens_among(sent, lemma=STRIKES["verb"] | STRIKES["shot"]):
        if verb.pos_ != "VERB" or hedged(verb) or any(c.lower_ in ("pas", "jamais") for c in verb.children):
            continue
        target = struck(verb)
        enemy = mention_of(ctx, target, FORCES) if target is not None else None
        fighter = clause_subject(ctx, verb, FORCES)
        armed = fighter is not None and (fighter.type != "State" or any(
            t.lower_ in STRIKES["weapon"] for t in verb.subtree))
        if armed and enemy is not None and fighter.country != enemy.key:
            yield from relation(ctx, fighter, "foughtAgainst", enemy, sent, "strike", 0.7)


def struck(verb: Token) -> Token | None:
    """What a verb of striking hits: its object, or for a verb of firing the phrase after 'sur', 'contre', 'vers'
    or 'en direction de', hung on the verb or on what it fires."""
    objects = [c for c in verb.children if c.dep_ == "obj"]
    if verb.lemma_ in STRIKES["verb"]:
        return objects[0] if objects else None
    aimed = (target_of(c) for head in [verb, *objects] for c in head.children if c.dep_.startswith(("obl", "nmod")))
    return next((t for t in aimed if t is not None), None)


def target_of(phrase: Token) -> Token | None:
    """The target a phrase names: itself after 'sur', 'contre', 'vers'; what follows 'en direction de'."""
    cases = {g.lower_ for g in phrase.children if g.dep_ == "case"}
    if cases & TARGET_CASES:
        return phrase
    if phrase.lower_ == "direction" and "en" in cases:
        return next((g for g in phrase.children if g.dep_ == "nmod"), None)
    return None


def enemy_of(t: Token) -> tuple[Token | None, Token]:
    """The phrase naming who is fought, and the word whose subject or agent fights: the object of a fighting verb
    (not a hedged one: 'la Chine pourrait envahir Taïwan'), what 'contre' governs, the complement of 'défaite'."""
    if t.lemma_ in FIGHT_VERBS and t.pos_ == "VERB":
        return (None if hedged(t) else next((c for c in t.children if c.dep_ == "obj"), None)), t
    if t.lower_ == "contre" and fighting(t.head.head):
        return t.head, t.head.head
    if t.lower_ == "défaite":
        return next((c for c in t.children if c.dep_ == "nmod"), None), t
    return None, t


def fighting(word: Token) -> bool:
    """A word of fighting, or a verb that carries one out ('l'attaque menée par l'Iran contre Israël')."""
    return word.lemma_ in FIGHT_NOUNS | FIGHT_VERBS or (word.dep_ == "acl" and word.head.lemma_ in FIGHT_NOUNS)


CLASH_NOUNS = FIGHT_NOUNS | frozenset({"affrontement", "affrontements", "conflit", "conflits", "hostilités", "heurts",
                                       "escarmouches", "frappes", "bombardements", "combat", "combats", "guerre"})


def between(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'les affrontements entre l'armée et les FSR', 'la guerre entre Israël et le Hamas' -> each foughtAgainst
    the other."""
    for t in tokens_among(sent, CLASH_NOUNS, CLASH_NOUNS):
        if war_to_come(t):
            continue
        for side in entre_sides(t):
            yield from each_against(ctx, sent, side, "fight-between")
    for side in (t.head for t in tokens_among(sent, ("entre",)) if t.dep_ == "case" and clash_beside(t.head)):
        yield from each_against(ctx, sent, side, "fight-between")


def war_to_come(clash: Token) -> bool:
    """A war that may come, not one fought: 'une guerre entre X et Y pourrait éclater', 'la perspective d'une
    guerre entre X et Y' (but 'la guerre entre X et Y pourrait durer' is fought)."""
    verb, words = clash.head, lexicon.clash_hedges()
    onset = verb.lemma_ in words["onset"] or any(c.dep_ == "xcomp" and c.lemma_ in words["onset"] for c in verb.children)
    return clash.head.lemma_ in words["noun"] or (verb.pos_ in ("VERB", "AUX") and hedged(verb) and onset)


def entre_sides(noun: Token) -> Iterator[Token]:
    """The first side of each 'entre X et Y' a noun governs."""
    return (c for c in noun.children if c.dep_ == "nmod" and any(g.lower_ == "entre" for g in c.children))


def clash_beside(side: Token) -> bool:
    """'la guerre entre la Russie et l'Ukraine', 'les combats se poursuivaient entre l'armée et les FSR', 'freinée
    par la guerre entre …', 'le début de la guerre entre …', which the parse hangs on the verb or on the noun above
    the fighting: a noun of fighting before the side, hung on the same word (not a war to come: 'une guerre entre X
    et Y pourrait éclater'; under a noun, with its own article: not 'le traité de défense entre X et Y')."""
    head = side.head
    on_verb = side.dep_.startswith("obl") and head.pos_ in ("VERB", "AUX")
    on_noun = side.dep_ == "nmod" and head.pos_ in ("NOUN", "PROPN")
    return (on_verb or on_noun) and any(
        c.i < side.i and c.lower_ in CLASH_NOUNS and c.dep_ in CLASH_DEPS and not war_to_come(c)
        and (on_verb or any(d.dep_ == "det" for d in c.children)) for c in head.children)


CLASH_DEPS = frozenset({"nsubj", "obj", "obl:arg", "obl:mod", "obl", "obl:agent", "nmod"})


def opposed(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'des affrontements ont opposé, samedi, l'armée et les FSR' -> each foughtAgainst the other."""
    for verb in tokens_among(sent, lemma=("opposer",)):
        if verb.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lemma_ in CLASH_NOUNS for c in verb.children):
            side = next((c for c in verb.children if c.dep_ in ("obj", "obl:mod")  # 'ont opposé, samedi, l'armée et …'
                         and any(g.dep_ == "conj" for g in c.children) and not any(g.dep_ == "case" for g in c.children)), None)
            yield from each_against(ctx, sent, side, "fight-opposed") if side is not None else ()


def each_against(ctx: Context, sent: Span, side: Token, rule: str) -> Iterator[Relation]:
    """A side and the side joined to it ('l'armée et les FSR') each foughtAgainst the other."""
    other = next((c for c in side.children if c.dep_ == "conj"), None)
    a, b = mention_of(ctx, side, FORCES), mention_of(ctx, other, FORCES) if other is not None else None
    if a is not None and b is not None:
        yield from relation(ctx, a, "foughtAgainst", b, sent, rule, 0.75)
        yield from relation(ctx, b, "foughtAgainst", a, sent, rule, 0.75)


def places(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'à Pyongyang, en Corée du Nord', 'SEOUL, Corée du Sud –', 'Koursk (Russie)', 'zones de Koursk en Russie',
    'le port nord-coréen de Rajin', 'Lgov, dans la région de Koursk', 'Plekhovo, un village de la région de
    Koursk', 'des villes ukrainiennes, dont Kharkiv'."""
    inside = [m for m in ctx.starting(sent.start_char, sent.end_char) if m.role is None]
    text = parsed(ctx.doc)
    for place in (m for m in inside if m.type == "Place" and not agent(ctx, m) and not water(m)):
        container = next((m for m in inside if m.start > place.end and m.type in ("State", "Place")
                          and CONTAINED.fullmatch(text[place.end:m.start])), None)
        bare = container is not None and not text[place.end:container.start].strip(" ,(”»\"")
        if container is not None and consistent(ctx, place, container) and not agent(ctx, container) \
                and not (bare and container.type != "State"):
            yield from relation(ctx, place, "locatedIn", container, sent, "place-in", 0.8)
        state = demonym_before(ctx, place, text)
        if state is not None:
            yield from relation(ctx, place, "locatedIn", state, sent, "place-demonym", 0.75)
    yield from places_where(ctx, sent, inside)
    yield from places_in_brackets(ctx, inside, text)
    yield from places_set_off(ctx, sent, inside, text)
    yield from seats(ctx, sent, inside, text)


SEAT_AT = re.compile(r"\s+(?:à|a)\s+(?:la |l'|le )?")
AT_BODY = re.compile(r"(?:\s|^)(?:à|au)\s+(?:la |l'|le )?$")  # 'reçu à la Maison-Blanche à Washington'
NOT_SEATED = frozenset({"international", "party", "news_agency", "media", "armed_group", "alliance", "coalition"})


def seats(ctx: Context, sent: Span, inside: list[Mention], text: str) -> Iterator[Relation]:
    """'l'institut Chatham House à Londres', 'reçu à la Maison-Blanche à Washington': a body and the town right
    after its name with 'à', when the parse hangs the town on the body's name or the body is itself where
    something happens; not a body present in many places or that acts there ('l'ONU à Genève', 'le RN à
    Marseille')."""
    for body in (m for m in inside if m.type == "Organization" and not m.unnamed):
        seat = next((m for m in inside if m.start > body.end and m.type == "Place"
                     and SEAT_AT.fullmatch(text[body.end:m.start])), None)
        kind = (ctx.gazetteer.get(body.key) or {}).get("kind")
        at_body = AT_BODY.search(text[max(0, body.start - 12):body.start])
        if seat is not None and kind not in NOT_SEATED and (hung_on(ctx, seat, body) or at_body):
            yield from relation(ctx, body, "locatedIn", seat, sent, "seat", 0.7)


def hung_on(ctx: Context, m: Mention, on: Mention) -> bool:
    """Whether the parse hangs a mention's phrase on a word of another mention."""
    span = ctx.span_of(m)
    return span is not None and on.start <= span.root.head.idx < on.end


PLACE_WORDS = lexicon.place_words()
IN_WORDS = frozenset({"a", "au", "aux", "en", "dans"})
DETERMINERS = frozenset({"le", "la", "les", "l'", "un", "une"})
WORD = re.compile(r"\w[\w-]*'|[\w-]+")


def places_set_off(ctx: Context, sent: Span, inside: list[Mention], text: str) -> Iterator[Relation]:
    """'Place Vauban, à Paris', 'Djibo, ville sous blocus depuis trois mois, dans le nord du Burkina Faso',
    'Debrecen, la deuxième plus grande ville de Hongrie', 'Sanaa, la capitale yéménite': a place set off by a
    comma, then words that put it inside the next place or state named (or the state of a demonym), lies in it;
    not what 'près de', 'au large de', 'à 30 km de' place outside it."""
    for place in (m for m in inside if m.type == "Place" and not agent(ctx, m) and not water(m)):
        following = next((m for m in inside if m.start >= place.end), None)
        container = following if set_off_in(ctx, place, following, text) else demonym_set_off(ctx, place, text, following)
        if container is not None:
            yield from relation(ctx, place, "locatedIn", container, sent, "place-set-off", 0.75)


def set_off_in(ctx: Context, place: Mention, following: Mention | None, text: str) -> bool:
    """Whether the place or state named next after a place contains it, by the words set off between them (not
    the next of a list: 'à Kiev, à Odessa et dans l'ouest'; but 'à Lampedusa, à la pointe sud de l'Italie')."""
    if following is None or following.type not in ("State", "Place") or agent(ctx, following):
        return False
    between = text[place.end:following.start]
    before = words_of(text[max(0, place.start - 12):place.start])[-1:]
    listed = bool(before) and before[0] in IN_WORDS and words_of(between)[:1] == before \
        and not PLACE_WORDS["setting"] & set(words_of(between))  # 'à Kiev, à Odessa'
    return not listed and not CONTAINED.fullmatch(between) and situates(between) and consistent(ctx, place, following)


def words_of(text: str) -> list[str]:
    return WORD.findall(names.fold(text).replace("’", "'"))


def situates(between: str) -> bool:
    """Whether the words between a place and a later one, set off by a comma, put the first inside the second:
    ', à', ', dans le nord du', ', la deuxième ville de', ', ville sous blocus depuis trois mois, dans le nord du'
    (one describing phrase at most before the last)."""
    between = between.strip()
    if not between.startswith(",") or len(between) > 120 or any(c in between for c in ".;:!?()[]«»\""):
        return False
    *described, tail = [words_of(part) for part in between[1:].split(",")]
    if len(described) > 1 or any(w in PLACE_WORDS["away"] for part in described + [tail] for w in part):
        return False
    return all(0 < len(d) <= 8 and PLACE_WORDS["unit"] & set(d) for d in described) and inside_tail(tail)


def inside_tail(tail: list[str]) -> bool:
    """', à', ', en', ', dans le nord du', ', à la pointe sud de l'', ', la deuxième ville de', ', Etat de'; not
    ', au sud de', ', une ville au nord de'."""
    if tail and tail[0] in IN_WORDS and set(tail[1:]) <= DETERMINERS:
        return True
    if tail and tail[-1] in DETERMINERS:
        tail = tail[:-1]
    if len(tail) < 2 or len(tail) > 8 or tail[-1] not in OF_BODY \
            or any(a in ("a", "au", "aux") and b in PLACE_WORDS["compass"] for a, b in zip(tail, tail[1:])):
        return False
    if tail[0] in IN_WORDS:  # 'dans le nord du', 'à la pointe de'; 'au nord de' is outside
        return bool((PLACE_WORDS["setting"] | (PLACE_WORDS["compass"] if tail[0] == "dans" else set())) & set(tail[1:-1]))
    return bool(PLACE_WORDS["unit"] & set(tail[:-1]))


def demonym_set_off(ctx: Context, place: Mention, text: str, following: Mention | None) -> Mention | None:
    """'Sanaa, la capitale yéménite, …' -> the state of the demonym that ends a description of the place."""
    described = re.match(r"\s*,([^,.;:()]{1,60})[,.;)]", text[place.end:place.end + 64])
    if described is None or (following is not None and following.start < place.end + described.end()):
        return None
    words = words_of(described.group(1))
    state = ctx.gazetteer.state_of_demonym(words[-1]) if 1 < len(words) <= 6 else None
    if state is None or not PLACE_WORDS["unit"] & set(words[:-1]):
        return None
    return state_ref(ctx, state, token_at(ctx, place.end + described.start(1) + described.group(1).rstrip().rfind(" ") + 1))


WATERS = frozenset({"mer", "ocean", "golfe", "fleuve", "detroit", "canal", "lac"})


def water(m: Mention) -> bool:
    """A sea, gulf, strait or river: it borders states rather than lying in one ('la mer Rouge, dans l'est du
    Soudan' places the port before it)."""
    return names.fold(m.text).split(" ")[0] in WATERS


def places_in_brackets(ctx: Context, inside: list[Mention], text: str) -> Iterator[Relation]:
    """'Pontoise (Val-d'Oise)', 'Millerovo, Briansk et Shatalovo (Russie)', 'San Francisco (Californie,
    États-Unis)': the places or states in brackets right after a place, or after a list of places, contain them."""
    places = [m for m in inside if m.type == "Place"]
    for i, place in enumerate(places):
        last = listed_after(places[i:], text)[-1]
        for container in bracketed_chain(inside, last.end, text) if not water(place) else ():
            if container is not place and consistent(ctx, place, container):
                where = ctx.doc.char_span(place.start, container.end + 1, alignment_mode="expand")
                yield from relation(ctx, place, "locatedIn", container, where, "place-in-brackets", 0.8)


def listed_after(places: list[Mention], text: str) -> list[Mention]:
    """The first place and those listed after it ('Millerovo, Briansk et Shatalovo')."""
    listed = places[:1]
    for other in places[1:]:
        if not LIST_GAP.fullmatch(text[listed[-1].end:other.start]):
            break
        listed.append(other)
    return listed


def bracketed(inside: list[Mention], end: int, text: str, types: tuple[str, ...] = ("State", "Place")) -> Mention | None:
    """The place or state (or entity of other types) alone in brackets right after character end ('(Val-d'Oise)',
    '(LR)'), not a compass point."""
    chain = bracketed_chain(inside, end, text, types)
    return chain[0] if len(chain) == 1 else None


BRACKET_ARTICLE = re.compile(r"(?i)(?:\b(?:la|le|les)\s+|\bl['’])\s*$")


def bracketed_chain(inside: list[Mention], end: int, text: str, types: tuple[str, ...] = ("State", "Place")) \
        -> list[Mention]:
    """The places or states (or entities of other types) that are all a bracket right after character end holds,
    separated by commas ('(Val-d'Oise)', '(Californie, États-Unis)'), no compass point among them."""
    opening = text.find("(", end)
    if opening < 0 or text[end:opening].strip():
        return []
    chain, at = [], opening + 1
    for m in sorted((m for m in inside if m.start >= at), key=lambda m: m.start):
        gap = BRACKET_ARTICLE.sub("", text[at:m.start]).strip()  # '(La Gauche)': the article is outside the name
        if gap != ("," if chain else "") or m.type not in types or names.fold(m.text) in COMPASS:
            break
        chain.append(m)
        at = m.end
    return chain if text[at:at + 1] == ")" else []


COMPASS = frozenset({"nord", "sud", "est", "ouest", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest"})
LIST_GAP = re.compile(r"\s*(,|et)\s*")


def agent(ctx: Context, m: Mention) -> bool:
    """A place name standing for its government ('la guerre menée par Moscou')."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("obl:agent", "nsubj", "nsubj:pass")


def consistent(ctx: Context, place: Mention, container: Mention) -> bool:
    """No locatedIn that the gazetteer contradicts (a capital of one state placed in another)."""
    entry, where = ctx.gazetteer.get(place.key), ctx.gazetteer.get(container.key)
    if entry is None or where is None or not entry.get("country"):
        return True
    return container.key in (entry.get("country"), entry.get("capital_of")) or where.get("country") == entry["country"]


def demonym_before(ctx: Context, place: Mention, text: str) -> Mention | None:
    """'la région russe de Koursk', 'le port nord-coréen de Rajin', 'des villes ukrainiennes, dont Kharkiv'."""
    m = PLACE_DEMONYM.search(text[max(0, place.start - 60):place.start])
    state = ctx.gazetteer.state_of_demonym(m.group(1)) if m else None
    if state is None:
        return None
    at = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")[0]
    return state_ref(ctx, state, at)


def places_where(ctx: Context, sent: Span, inside: list[Mention]) -> Iterator[Relation]:
    """'… en Corée du Nord, où il a été accueilli à Wonsan': the places of the 'où' clause lie in the state."""
    text = parsed(ctx.doc)
    for state in (m for m in inside if m.type == "State"):
        if not re.match(r"\s*,\s*où\b", text[state.end:state.end + 8]):
            continue
        stop = next((i for i in range(state.end + 4, sent.end_char) if text[i] in ".;,"), sent.end_char)
        for place in (m for m in inside if m.type == "Place" and state.end < m.start < stop and not is_subject(ctx, m)):
            yield from relation(ctx, place, "locatedIn", state, sent, "place-where", 0.7)


def passive_sides(ctx: Context, verb: Token, sides: list[list]) -> list[list]:
    """'X a été accueilli … par son homologue, le ministre Y': fill in X and Y where the parse lost them."""
    host = sides[0] if any(sides[0]) else [next((m for m in reversed(ctx.mentions) if m.type == "Person"
                                                 and verb.sent.start_char <= m.start and m.end <= verb.idx), None)]
    guest = sides[1] if any(sides[1]) else [agent_after(ctx, verb)]
    return [host, guest]


def agent_after(ctx: Context, verb: Token) -> Mention | None:
    """'a été accueilli … par son homologue, le ministre X': the first person named after 'par'."""
    by = next((t for t in verb.doc[verb.i + 1:min(verb.sent.end, verb.i + 8)] if t.lower_ == "par"), None)
    if by is None:
        return None
    return next((m for m in ctx.starting(by.idx + 1, by.idx + 90) if m.type == "Person"
                 and m.end <= verb.sent.end_char), None)


def meetings(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'X et Y se sont rencontrés', 'X a reçu Y', 'X a été accueilli par Y', 'lors d'un entretien avec Y'."""
    for t in tokens_among(sent, MEET_NOUNS, MEET_VERBS | {"entretenir"}):
        if t.lemma_ in MEET_VERBS and t.pos_ == "VERB":
            pairs = verb_meeting(ctx, t)
        elif (t.lower_ in MEET_NOUNS or t.lemma_ == "entretenir") and any(c.lower_ == "avec" for c in t.subtree):
            pairs = meeting_with(ctx, t)
        else:
            continue
        for a, b in pairs:
            yield from relation(ctx, a, "met", b, sent, "meeting", 0.75)


def verb_meeting(ctx: Context, verb: Token) -> list[tuple[Mention, Mention]]:
    """'X a reçu Y', 'X a été accueilli par Y': subject and object; 'X et Y se sont rencontrés': each subject."""
    sides = [[mention_of(ctx, c, PEOPLE) for a in verb.children if a.dep_ in deps for c in side_words(a)]
             for deps in (("nsubj", "nsubj:pass"), ("obj", "obl:agent"))]
    if any(c.dep_ == "aux:pass" for c in verb.children):
        sides = passive_sides(ctx, verb, sides)
    sides = [list({id(m): m for m in side if m is not None}.values()) for side in sides]
    return [(a, b) for a in sides[0] for b in sides[1]] or list(zip(sides[0], sides[0][1:]))


def meeting_with(ctx: Context, t: Token) -> list[tuple[Mention | None, Mention | None]]:
    """'lors d'un entretien avec Y', 'X s'est entretenu avec Y': the clause's subject and the one after 'avec';
    with no other subject, 'son entretien avec Y a duré', '… a évoqué sa rencontre avec Y' is the one 'sa' stands
    for (not when it opens the sentence before its subject: 'Lors de sa rencontre avec Y, le ministre X …')."""
    partner = mention_of(ctx, next(c.head for c in t.subtree if c.lower_ == "avec"), PEOPLE)
    host = clause_subject(ctx, t if t.pos_ == "VERB" else t.head, PEOPLE)
    backwards = t.dep_.startswith("nsubj") or any(w.pos_ in ("VERB", "AUX") for w in t.doc[t.sent.start:t.i])
    if (host is None or partner is not None and same(host, partner)) and t.pos_ == "NOUN" and backwards:
        owner = possessor(ctx, t)
        host = owner if fits(ctx, owner, PEOPLE) else host
    return [(host, partner)]


def side_words(side: Token) -> list[Token]:
    """The words that may name one side of a meeting: the side and its conjuncts, or for a plural noun, the names
    set beside it ('les présidents X et Y', 'les deux dirigeants, X et Y, se sont rencontrés')."""
    if side.pos_ == "NOUN" and "Plur" in side.morph.get("Number"):
        beside = [w for c in side.children if c.i > side.i and (c.dep_ == "appos" or c.dep_ == "nmod" and not any(
            g.dep_ == "case" for g in c.children)) for w in conjuncts(c)]  # not 'les conseillers de X et de Y'

        return beside or conjuncts(side)
    return conjuncts(side)


MEETERS = frozenset({"Person", "State"})
PLANNING = frozenset({"prévoir", "envisager", "préparer", "proposer", "souhaiter", "vouloir", "organiser", "espérer",
                      "demander", "réclamer", "appeler", "annoncer", "exclure", "refuser", "attendre"})


def meeting_between(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'la rencontre entre X et Y', 'une réunion en Écosse entre X et Y' -> each met the other; not a meeting to
    come or a hedged one ('une rencontre entre X et Y est prévue', 'pourrait avoir lieu')."""
    for t in tokens_among(sent, MEET_NOUNS):
        sides = sides_between(t)
        if sides is None or to_come(t):
            continue
        a, b = own_mention(ctx, sides[0]), own_mention(ctx, sides[1])
        if a is not None and b is not None and a.type == b.type and a.key != b.key:
            yield from relation(ctx, a, "met", b, sent, "meeting-between", 0.7)


def sides_between(noun: Token) -> tuple[Token, Token] | None:
    """The two sides of 'entre X et Y' hung on a noun."""
    side = next(entre_sides(noun), None)
    other = next((c for c in side.children if c.dep_ == "conj"), None) if side is not None else None
    return (side, other) if other is not None else None


def own_mention(ctx: Context, side: Token) -> Mention | None:
    """The person or state a side of 'entre X et Y' names in its own words (not in the side joined to it), else
    the one its phrase stands for."""
    own = [side] + [t for c in side.children if c.dep_ not in ("conj", "cc", "punct") for t in c.subtree]
    named = [m for t in sorted(own, key=lambda t: t.i) if (m := ctx.at(t)) is not None and m.role is None and not m.unnamed]
    return next((m for kind in ("Person", "State") for m in named if m.type == kind), None) \
        or mention_of(ctx, side, MEETERS)


def to_come(noun: Token) -> bool:
    """Whether the verb a noun hangs on plans it, hedges it or puts it in the future ('est prévue', 'souhaite',
    'aura lieu')."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    return verb.lemma_ in PLANNING or hedged(verb) or "Fut" in verb.morph.get("Tense") \
        or any(c.lemma_ in PLANNING for c in verb.children if c.dep_.startswith("xcomp") or c.dep_ == "acl")


LIST_WORDS = frozenset({",", "et", "le", "la", "les", "l'", "ainsi", "que"})


def listed_members(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'le Mercosur (Brésil, Argentine, Uruguay et Paraguay)', 'les membres permanents du Conseil de sécurité (les
    États-Unis, la Russie, …)', 'le front commun syndical (FGTB, CSC et CGSLB)': the states, or the bodies, listed in
    brackets right after a body are its members."""
    for opening in tokens_among(sent, ("(",)):
        closing = next((t for t in ctx.doc[opening.i + 1:min(sent.end, opening.i + 40)] if t.text == ")"), None)
        body = next((m for m in ctx.mentions if m.type == "Organization" and 0 <= opening.idx - m.end <= 1), None)
        inside = ctx.doc[opening.i + 1:closing.i] if closing is not None and body is not None else None
        for member in (only_states(ctx, inside) or only_states(ctx, inside, "Organization")) if inside else []:
            yield from relation(ctx, member, "memberOf", body, sent, "listed-members", 0.8)


COMPOSE_VERBS = frozenset({"comprendre", "regrouper", "inclure", "composer", "compter"})  # not 'réunir' (a meeting)


def composed_of(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'Les pays BRICS comprennent le Brésil, la Russie, l'Inde …', 'le G7 regroupe …', 'l'alliance est composée de
    …': the states a body's verb of composition lists (two or more in a row, joined by commas and 'et') are its
    members."""
    for verb in tokens_among(sent, lemma=COMPOSE_VERBS):
        if verb.pos_ != "VERB" or hedged(verb):
            continue
        listed = next((c for c in verb.children if c.dep_ in ("obj", "obl:arg", "obl:mod")), None)
        body = clause_subject(ctx, verb, frozenset({"Organization"}))
        members = only_states(ctx, state_run(ctx, listed.left_edge.i, sent.end)) if listed is not None else []
        for state in members if body is not None else []:
            yield from relation(ctx, state, "memberOf", body, sent, "composed-of", 0.75)


def state_run(ctx: Context, start: int, end: int) -> Span:
    """The words from start that name states or join them in a list ('le Brésil, la Russie et l'Inde')."""
    stop = next((t.i for t in ctx.doc[start:end] if t.lower_ not in LIST_WORDS
                 and ((m := ctx.at(t)) is None or m.type != "State")), end)
    return ctx.doc[start:stop]


def only_states(ctx: Context, tokens: Span, kind: str = "State") -> list[Mention]:
    """The states (or entities of another kind) a list names when it names two or more and nothing else ('Brésil,
    Argentine et Uruguay')."""
    inside = [(t, ctx.at(t)) for t in tokens]
    if any((m is None or m.type != kind) and t.lower_ not in LIST_WORDS for t, m in inside):
        return []
    states = list({id(m): m for _, m in inside if m is not None}.values())
    return states if len(states) >= 2 else []


PARTY_HEADS = frozenset({"parti", "alliance", "union", "front", "rassemblement", "mouvement", "congres", "coalition"})
OF_ARTICLE = re.compile(r"\s*(?:de la|de l'|du|de|d')\s*")


def party_after_name(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'Macky Sall de l'Alliance pour la République (APR)': a party named right after a person's name, after
    'de', is his (a party the gazetteer knows, or a name a party's noun opens)."""
    text = parsed(ctx.doc)
    inside = ctx.starting(sent.start_char, sent.end_char)
    for person in (m for m in inside if m.type == "Person" and not m.unnamed):
        body = next((m for m in inside if m.type == "Organization" and m.start > person.end
                     and OF_ARTICLE.fullmatch(text[person.end:m.start])), None)
        if body is not None and is_party(ctx, body):
            yield from relation(ctx, person, "memberOf", body, sent, "party-after-name", 0.75)


PARTY_BEFORE = re.compile(r"(?i)(?:^|\b(?:le|la|les|l'|un|une|du|de la|au|à la|des|aux)\s+)$")


def party_before_name(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'la PLR Isabel Rochat', 'pour le LR Jean Martin': a party standing before a person's name as his title is
    his."""
    text = parsed(ctx.doc)
    inside = ctx.starting(sent.start_char, sent.end_char)
    for person in (m for m in inside if m.type == "Person" and not m.unnamed):
        body = next((m for m in inside if m.type == "Organization" and m.end < person.start
                     and not text[m.end:person.start].strip()), None)
        if body is not None and is_party(ctx, body) and PARTY_BEFORE.search(text[sent.start_char:body.start]):
            yield from relation(ctx, person, "memberOf", body, sent, "party-before-name", 0.75)


def is_party(ctx: Context, body: Mention) -> bool:
    return known_party(body, ctx.gazetteer) or names.fold(body.text.split()[0]) in PARTY_HEADS


def party_in_brackets(ctx: Context, sent: Span) -> Iterator[Relation]:
    """'Jean Martin (LR)', 'Marine Le Pen (RN)': the body in brackets right after a person's name is his party."""
    text = parsed(ctx.doc)
    inside = ctx.starting(sent.start_char, sent.end_char)
    for person in (m for m in inside if m.type == "Person" and not m.unnamed):
        body = bracketed(inside, person.end, text, ("Organization",))
        if body is not None:
            yield from relation(ctx, person, "memberOf", body, sent, "party-in-brackets", 0.8)
