"""Unit tests of kg.rdf on a hand-made KnowledgeGraph: stable IRIs, Turtle round trip, reified assertions."""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, SKOS, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV

from kg import rdf
from kg.model import (RELATIONS, Document, Entity, Extraction, Figure, KnowledgeGraph, Mention, Relation,
                      Statement)
from kg.rdf import GAZETTEER, KG, doc_iri, entity_iri, fact_iri, to_rdf

try:
    from unit_helpers import evidence, gazetteer
except ImportError:  # tests/ imported as a package
    from tests.unit_helpers import evidence, gazetteer


def mention(doc, i, text, type_="Person"):
    return Mention(doc=doc, start=10 * i, end=10 * i + len(text), text=text, type=type_, id=i)


def hand_made_kg() -> KnowledgeGraph:
    """a.txt: Ivan Petrov met Olaf Scholz, Scholz leads Germany, Scholz speaks about Petrov, a figure.
    b.txt: an unnamed official says Germany is party to a pact; Kharkiv in Ukraine; Bundeswehr."""
    a = Document(name="a.txt", text="Ivan Petrov a rencontré Olaf Scholz à Berlin. " * 3,
                 title="Ivan Petrov a rencontré Olaf Scholz", dropped=[(0, 5)], dropped_reasons=["label"])
    b = Document(name="b.txt", text="Un responsable allemand évoque le pacte rhénan. " * 3)
    ma = [mention("a.txt", 0, "Ivan Petrov"), mention("a.txt", 1, "Olaf Scholz"),
          mention("a.txt", 2, "Allemagne", "State"), mention("a.txt", 3, "Petrov"), mention("a.txt", 4, "il")]
    mb = [mention("b.txt", 0, "un responsable allemand"), mention("b.txt", 1, "Allemagne", "State"),
          mention("b.txt", 2, "pacte rhénan", "Treaty"), mention("b.txt", 3, "Kharkov", "Place"),
          mention("b.txt", 4, "Ukraine", "State"), mention("b.txt", 5, "Bundeswehr", "MilitaryUnit")]
    ea, eb = evidence("a.txt", 0, 30, "Ivan Petrov a rencontré Olaf Scholz."), evidence("b.txt", 5, 40)
    ex_a = Extraction(doc=a, mentions=ma,
                      relations=[Relation(ma[0], "met", ma[1], ea, "meeting_verb", 0.8),
                                 Relation(ma[1], "leaderOf", ma[2], evidence("a.txt", 40, 60), "role", 0.9),
                                 Relation(ma[0], "met", ma[3], ea, "self", 0.5),  # same entity: no triple
                                 Relation(ma[0], "met", ma[4], ea, "unresolved", 0.5)],  # no entity: no triple
                      statements=[Statement(ma[1], "Nous soutenons « Kiev ».\nSans réserve", "direct", "a déclaré",
                                            evidence("a.txt", 70, 90), about=[ma[0], ma[1]])],
                      figures=[Figure(low=40.0, high=40.0, text="quarante drones", counted="drones",
                                      evidence=evidence("a.txt", 100, 115), approximate=False, whose=ma[2]),
                               Figure(low=1000.0, high=2000.0, text="entre 1000 et 2000 soldats", counted="soldats",
                                      evidence=evidence("a.txt", 120, 150), approximate=True)])
    ex_b = Extraction(doc=b, mentions=mb,
                      relations=[Relation(mb[1], "partyTo", mb[2], eb, "party_rule", 0.7),
                                 Relation(mb[3], "locatedIn", mb[4], evidence("b.txt", 60, 70), "place", 0.66666)],
                      statements=[Statement(mb[0], "le pacte tiendra", "indirect", "estime", evidence("b.txt", 80, 99),
                                            about=[mb[2]])])
    entities = {
        "ivan_petrov": Entity("ivan_petrov", "Person", "Ivan Petrov", {"Ivan Petrov", "Petrov"}, docs={"a.txt"},
                              mentions=2),
        "olaf_scholz": Entity("olaf_scholz", "Person", "Olaf Scholz", {"Olaf Scholz"}, qid="Q61053",
                              label_fr="Olaf Scholz", docs={"a.txt"}, mentions=1),
        "germany": Entity("germany", "State", "Germany", {"Allemagne"}, qid="Q183", label_fr="Allemagne",
                          docs={"a.txt", "b.txt"}, mentions=2),
        "b_un_responsable_allemand": Entity("b_un_responsable_allemand", "Person", "un responsable allemand",
                                            {"un responsable allemand"}, unnamed=True, docs={"b.txt"}, mentions=1),
        "rhine_defence_pact": Entity("rhine_defence_pact", "Treaty", "Rhine Mutual Defence Pact", {"pacte rhénan"},
                                     docs={"b.txt"}, mentions=1),
        "kharkiv": Entity("kharkiv", "Place", "Kharkiv", {"Kharkov"}, docs={"b.txt"}, mentions=1),
        "ukraine": Entity("ukraine", "State", "Ukraine", {"Ukraine"}, docs={"b.txt"}, mentions=1),
        "bundeswehr": Entity("bundeswehr", "MilitaryUnit", "Bundeswehr", {"Bundeswehr"}, docs={"b.txt"}, mentions=1),
        "france": Entity("france", "State", "France", {"France"}, docs={"b.txt"}, mentions=0),
    }
    resolved = {("a.txt", 0): "ivan_petrov", ("a.txt", 1): "olaf_scholz", ("a.txt", 2): "germany",
                ("a.txt", 3): "ivan_petrov", ("b.txt", 0): "b_un_responsable_allemand", ("b.txt", 1): "germany",
                ("b.txt", 2): "rhine_defence_pact", ("b.txt", 3): "kharkiv", ("b.txt", 4): "ukraine",
                ("b.txt", 5): "bundeswehr"}
    return KnowledgeGraph(documents=[a, b], entities=entities, resolved=resolved, extractions=[ex_a, ex_b])


KG_ = hand_made_kg()
GAZ = gazetteer()


def relation_triples(g: Graph):
    preds = {KG[p] for p in RELATIONS}
    return [(s, p, o) for s, p, o in g if p in preds]


def assertions_for(g: Graph, s, p, o):
    return [a for a in g.subjects(RDF.type, KG.RelationAssertion)
            if (a, RDF.subject, s) in g and (a, RDF.predicate, p) in g and (a, RDF.object, o) in g]


# --- IRIs ---------------------------------------------------------------------------------------------------

def test_iris():
    assert str(entity_iri("olaf_scholz")) == "https://w3id.org/kg-fr/id/entity/olaf_scholz"
    assert str(doc_iri("0123456789abcdef")) == "https://w3id.org/kg-fr/id/doc/0123456789abcdef"
    assert fact_iri("assertion", "a", 1) == fact_iri("assertion", "a", 1)
    assert fact_iri("assertion", "a", 1) != fact_iri("assertion", "a", 2)
    assert fact_iri("statement", "a", 1) != fact_iri("assertion", "a", 1)


@settings(deadline=None, database=None)
@given(st.sampled_from(["assertion", "statement", "figure"]),
       st.lists(st.one_of(st.text(max_size=20), st.integers(), st.floats(allow_nan=False)), max_size=6))
def test_fact_iri_deterministic(kind, parts):
    a, b = fact_iri(kind, *parts), fact_iri(kind, *list(parts))
    assert a == b
    assert str(a).startswith(f"https://w3id.org/kg-fr/id/{kind}/")
    assert len(str(a).rsplit("/", 1)[-1]) == 16


def test_a_document_is_named_by_its_body_not_its_file_name():
    same = [Document(name=n, text="Un  article.\n") for n in ("a.txt", "b/a.txt")]
    assert len({doc_iri(d.key) for d in same}) == 1
    assert Document(name="x.txt", text="Un article.").key == same[0].key  # whitespace does not count
    assert Document(name="a.txt", text="Un autre article.").key != same[0].key
    furniture = Document(name="c.txt", text="Lire aussi\nUn article.\n", dropped=[(0, 10)])
    assert furniture.key == same[0].key  # nor does the furniture around the body


# --- content ------------------------------------------------------------------------------------------------

def test_documents_and_entities():
    g = to_rdf(KG_)
    a = doc_iri(KG_.documents[0].key)
    assert (a, RDF.type, KG.Document) in g
    assert (a, KG.fileName, Literal("a.txt")) in g
    assert (a, KG.droppedLines, Literal(1)) in g
    assert g.value(a, KG.wordCount).toPython() == len(KG_.documents[0].body.split())
    scholz = entity_iri("olaf_scholz")
    assert (scholz, RDF.type, KG.Person) in g
    assert (scholz, RDFS.label, Literal("Olaf Scholz")) in g
    assert (scholz, OWL.sameAs, rdf.WD["Q61053"]) in g
    germany = entity_iri("germany")
    assert (germany, SKOS.prefLabel, Literal("Allemagne", lang="fr")) in g
    assert (germany, SKOS.altLabel, Literal("Allemagne")) in g
    assert set(g.objects(germany, KG.mentionedIn)) == {doc_iri("a.txt"), doc_iri("b.txt")}
    assert (entity_iri("b_un_responsable_allemand"), RDF.type, KG.UnnamedAgent) in g
    # the canonical label is not repeated as an alternative label
    assert (entity_iri("ivan_petrov"), SKOS.altLabel, Literal("Ivan Petrov")) not in g
    assert (entity_iri("ivan_petrov"), SKOS.altLabel, Literal("Petrov")) in g


def test_relations_skip_self_loops_and_unresolved_mentions():
    g = to_rdf(KG_)
    petrov, scholz = entity_iri("ivan_petrov"), entity_iri("olaf_scholz")
    assert (petrov, KG.met, scholz) in g
    assert (petrov, KG.met, petrov) not in g
    assert set(relation_triples(g)) == {(petrov, KG.met, scholz), (scholz, KG.leaderOf, entity_iri("germany")),
                                        (entity_iri("germany"), KG.partyTo, entity_iri("rhine_defence_pact")),
                                        (entity_iri("kharkiv"), KG.locatedIn, entity_iri("ukraine"))}


def test_every_relation_triple_has_its_reified_assertion_sourced_to_its_document():
    g = to_rdf(KG_)
    docs = {doc_iri(d.name) for d in KG_.documents}
    triples = relation_triples(g)
    assert triples
    for s, p, o in triples:
        nodes = assertions_for(g, s, p, o)
        assert nodes, (s, p, o)
        for a in nodes:
            sources = set(g.objects(a, PROV.wasDerivedFrom))
            assert sources and sources <= docs
            assert g.value(a, KG.rule) is not None
            assert g.value(a, KG.sentence) is not None
            assert g.value(a, KG.startChar) is not None
    met = assertions_for(g, entity_iri("ivan_petrov"), KG.met, entity_iri("olaf_scholz"))
    assert len(met) == 1
    assert set(g.objects(met[0], PROV.wasDerivedFrom)) == {doc_iri("a.txt")}
    assert g.value(met[0], KG.rule) == Literal("meeting_verb")
    conf = [g.value(a, KG.confidence).toPython() for a in
            assertions_for(g, entity_iri("kharkiv"), KG.locatedIn, entity_iri("ukraine"))]
    assert [str(c) for c in conf] == ["0.67"]


def test_statements_and_figures():
    g = to_rdf(KG_)
    [st_a] = [s for s in g.subjects(RDF.type, KG.Statement) if (s, KG.speaker, entity_iri("olaf_scholz")) in g]
    assert set(g.objects(st_a, KG.about)) == {entity_iri("ivan_petrov")}  # not the speaker himself
    assert (st_a, PROV.wasDerivedFrom, doc_iri("a.txt")) in g
    assert g.value(st_a, KG.text) == Literal("Nous soutenons « Kiev ».\nSans réserve")
    figs = set(g.subjects(RDF.type, KG.Figure))
    assert len(figs) == 2
    exact = [f for f in figs if g.value(f, KG.value) is not None]
    assert len(exact) == 1 and g.value(exact[0], KG.whose) == entity_iri("germany")
    assert all((f, PROV.wasDerivedFrom, doc_iri("a.txt")) in g for f in figs)


def test_gazetteer_facts_are_sourced_to_the_gazetteer_only():
    g = to_rdf(KG_, GAZ)
    assert (GAZETTEER, RDF.type, KG.Gazetteer) in g
    facts = set(rdf.gazetteer_facts(KG_, GAZ))
    assert facts == {("olaf_scholz", "leaderOf", "germany"), ("bundeswehr", "armedForcesOf", "germany"),
                     ("kharkiv", "locatedIn", "ukraine"), ("germany", "partyTo", "rhine_defence_pact"),
                     ("france", "partyTo", "rhine_defence_pact")}
    docs = {doc_iri(d.name) for d in KG_.documents}
    gaz_nodes = [a for a in g.subjects(RDF.type, KG.RelationAssertion) if g.value(a, KG.rule) == Literal("gazetteer")]
    assert len(gaz_nodes) == len(facts)
    for a in gaz_nodes:
        assert set(g.objects(a, PROV.wasDerivedFrom)) == {GAZETTEER}
        assert not set(g.objects(a, PROV.wasDerivedFrom)) & docs
        assert g.value(a, KG.sentence) is None
    for s, p, o in facts:
        assert (entity_iri(s), KG[p], entity_iri(o)) in g
        nodes = assertions_for(g, entity_iri(s), KG[p], entity_iri(o))
        assert any(set(g.objects(a, PROV.wasDerivedFrom)) == {GAZETTEER} for a in nodes)
    # the article's own leaderOf assertion stays sourced to the article
    art = [a for a in assertions_for(g, entity_iri("olaf_scholz"), KG.leaderOf, entity_iri("germany"))
           if g.value(a, KG.rule) != Literal("gazetteer")]
    assert len(art) == 1 and set(g.objects(art[0], PROV.wasDerivedFrom)) == {doc_iri("a.txt")}
    # every relation triple, gazetteer ones included, has an assertion
    for s, p, o in relation_triples(g):
        assert assertions_for(g, s, p, o)


def test_no_gazetteer_facts_without_gazetteer_and_unnamed_never_gazetteer():
    g = to_rdf(KG_)
    assert (GAZETTEER, RDF.type, KG.Gazetteer) not in g
    assert not any(g.value(a, KG.rule) == Literal("gazetteer") for a in g.subjects(RDF.type, KG.RelationAssertion))


def test_to_rdf_is_deterministic_and_order_independent():
    g1, g2 = to_rdf(KG_, GAZ), to_rdf(hand_made_kg(), GAZ)
    assert set(g1) == set(g2)
    shuffled = hand_made_kg()
    rng = random.Random(3)
    shuffled.documents.reverse()
    shuffled.extractions.reverse()
    for ex in shuffled.extractions:
        rng.shuffle(ex.relations)
        rng.shuffle(ex.figures)
    shuffled.entities = dict(reversed(list(shuffled.entities.items())))
    assert set(to_rdf(shuffled, GAZ)) == set(g1)


def test_turtle_round_trip_of_hand_made_graph():
    g = to_rdf(KG_, GAZ)
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(g, back)
    assert len(back) == len(g)


# --- property tests on generated graphs ---------------------------------------------------------------------

LABEL = st.text(alphabet=st.characters(categories=("L", "N", "P", "Zs"), exclude_characters="\x85"),
                min_size=1, max_size=20).filter(lambda s: s.strip())
ENTITY_TYPES = st.sampled_from(["Person", "State", "MilitaryUnit", "Organization", "Treaty", "Place"])


@st.composite
def graphs(draw):
    n = draw(st.integers(1, 5))
    labels = [draw(LABEL) for _ in range(n)]
    types = [draw(ENTITY_TYPES) for _ in range(n)]
    doc = Document(name="gen.txt", text=" ".join(labels) + ".", title=draw(st.none() | LABEL))
    mentions = [Mention(doc="gen.txt", start=i, end=i + 1, text=labels[i], type=types[i], id=i) for i in range(n)]
    entities = {f"e{i}": Entity(f"e{i}", types[i], labels[i], {labels[i], draw(LABEL)}, docs={"gen.txt"},
                                mentions=1, qid=draw(st.none() | st.sampled_from(["Q1", "Q42"])))
                for i in range(n)}
    rels = []
    for _ in range(draw(st.integers(0, 6))):
        i, j = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))
        start = draw(st.integers(0, 500))
        sentence = draw(st.text(max_size=30).filter(lambda s: "\x00" not in s and not any(
            0xD800 <= ord(c) <= 0xDFFF for c in s)))
        ev = evidence("gen.txt", start, start + 3, sentence)
        rels.append(Relation(mentions[i], draw(st.sampled_from(RELATIONS)), mentions[j], ev,
                             draw(st.sampled_from(["r1", "r2"])), draw(st.floats(0, 1))))
    figures = [Figure(low=float(v), high=float(v + d), text=f"{v} soldats", counted="soldats",
                      evidence=evidence("gen.txt", k, k + 5), approximate=bool(d))
               for k, (v, d) in enumerate(draw(st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 1000)),
                                                        max_size=3)))]
    ex = Extraction(doc=doc, mentions=mentions, relations=rels, figures=figures)
    return KnowledgeGraph(documents=[doc], entities=entities, resolved={("gen.txt", i): f"e{i}" for i in range(n)},
                          extractions=[ex])


@settings(max_examples=20, deadline=None, database=None)
@given(graphs())
def test_generated_graph_iris_stable_and_turtle_round_trips(kg):
    g1, g2 = to_rdf(kg), to_rdf(kg)
    assert set(g1) == set(g2)
    back = Graph().parse(data=g1.serialize(format="turtle"), format="turtle")
    assert isomorphic(g1, back)
    for s, p, o in relation_triples(g1):
        nodes = assertions_for(g1, s, p, o)
        assert nodes
        assert all(set(g1.objects(a, PROV.wasDerivedFrom)) == {doc_iri("gen.txt")} for a in nodes)


@settings(max_examples=15, deadline=None, database=None)
@given(graphs(), st.randoms(use_true_random=False))
def test_generated_graph_independent_of_relation_order(kg, rnd):
    before = set(to_rdf(kg))
    rnd.shuffle(kg.extractions[0].relations)
    assert set(to_rdf(kg)) == before


def test_figure_with_extreme_value_round_trips():
    kg = hand_made_kg()
    kg.extractions[0].figures = [Figure(low=2e16, high=2e16, text="vingt millions de milliards", counted=None,
                                        evidence=evidence("a.txt", 1, 9))]
    g = to_rdf(kg)
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(g, back)


def test_the_vocabulary_is_closed_and_generated_from_the_ontology():
    root = Path(__file__).resolve().parent.parent
    check = subprocess.run([sys.executable, str(root / "scripts" / "gen_vocab.py"), "--check"], capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stdout
    assert str(KG.speaker) == "https://w3id.org/kg-fr/ontology#speaker"
    with pytest.raises(AttributeError):
        KG.speakr  # noqa: B018 - a misspelt term fails


def test_lines_keep_every_character_of_a_literal_and_refuse_unknown_terms():
    tricky = 'Il a dit « non »\n\t"vraiment" \\ fin\r'
    parsed = Graph().parse(data=f"<urn:a> <urn:b> {rdf.text(tricky)} .", format="nt")
    assert [str(o) for o in parsed.objects()] == [tricky]
    assert rdf.decimal(3) == f'"3.0"^^<{rdf.XSD.decimal}>'
    assert rdf.K.speaker == "<https://w3id.org/kg-fr/ontology#speaker>"
    with pytest.raises(AttributeError):
        rdf.K.speakr  # noqa: B018 - a misspelt term fails in the writer too


# --- the graph in parts (what kg build writes) --------------------------------------------------------------

def doubled_kg() -> KnowledgeGraph:
    """hand_made_kg with lines given twice: one outlet for both articles, a relation repeated in an article, and
    a relation of b that a gazetteer fact also gives."""
    kg = hand_made_kg()
    for doc in kg.documents:
        doc.outlet = "Le Monde"
    ex_a = kg.extractions[0]
    ex_a.relations.append(ex_a.relations[0])
    return kg


def test_the_parts_give_each_line_of_the_graph_once():
    kg = doubled_kg()
    every = rdf.lines(kg, GAZ)
    parts = list(rdf.unique_parts(kg, GAZ))
    given = [line for _, lines in parts for line in lines]
    assert len(every) > len(set(every)) and sorted(given) == sorted(set(every))
    assert [name for name, _ in parts][-1] == rdf.LAST and len({name for name, _ in parts}) == len(parts)


def test_a_part_holds_only_its_own_lines():
    """A document's part, an entity's part and an article's facts: their lines are about their node (or a fact
    node of their article); what several parts may give is in the last one."""
    kg = doubled_kg()
    for name, lines in rdf.unique_parts(kg, GAZ):
        kind, _, key = name.partition(" ")
        if kind == "doc":
            assert all(line.startswith(rdf.doc_node(key)) for line in lines)
        elif kind == "entity":
            assert all(line.startswith(rdf.entity_node(key) + " ") for line in lines)
            assert not any(f"{KG}{p}>" in line for line in lines for p in RELATIONS)
        elif kind == "facts":
            assert all(line.split(" ", 1)[0].split("/")[-2] in ("statement", "assertion", "figure") for line in lines)


def test_an_article_whose_facts_are_not_made_still_gives_the_lines_it_shares():
    kg = doubled_kg()
    every = [line for _, lines in rdf.unique_parts(kg, None) for line in lines]
    parts = dict(rdf.unique_parts(kg, None, skip=lambda name, ex: name.startswith("facts ")))
    assert all(lines is None for name, lines in parts.items() if name.startswith("facts "))
    made = {line for lines in parts.values() if lines is not None for line in lines}
    assert made == set(every) - {line for name, lines in rdf.unique_parts(kg, None) if name.startswith("facts ")
                                 for line in lines}
    assert {f"{rdf.entity_node('ivan_petrov')} <{KG}met> {rdf.entity_node('olaf_scholz')} ."} <= set(parts[rdf.LAST])


def test_an_entity_whose_lines_are_not_made_gives_none_and_leaves_the_others_as_they_were():
    kg = doubled_kg()
    every = dict(rdf.unique_parts(kg, None))
    skipped = dict(rdf.unique_parts(kg, None, skip=lambda name, x: name == "entity ivan_petrov"))
    assert every["entity ivan_petrov"] and skipped["entity ivan_petrov"] is None
    assert {k: v for k, v in skipped.items() if k != "entity ivan_petrov"} == \
        {k: v for k, v in every.items() if k != "entity ivan_petrov"}


def test_a_document_whose_lines_are_not_made_still_gives_its_outlet():
    kg = doubled_kg()
    a = kg.documents[0].key
    every = dict(rdf.unique_parts(kg, None))
    skipped = dict(rdf.unique_parts(kg, None, skip=lambda name, x: name.startswith("doc ")))
    assert every[f"doc {a}"] and skipped[f"doc {a}"] is None
    outlet = [line for line in every[rdf.LAST] if "Le Monde" in line]
    assert outlet and skipped[rdf.LAST] == every[rdf.LAST]
