"""Unit tests of kg.analyze (projection, metrics, path) and kg.export (Gephi GraphML) on a hand-made graph."""
from __future__ import annotations

import copy
import numbers

import igraph
import networkx as nx
import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg import analyze, export
from kg.rdf import GAZETTEER, ID, KG

E = {name: ID[f"entity/{name}"] for name in
     ("olaf_scholz", "emmanuel_macron", "ivan_petrov", "germany", "france", "ukraine", "kharkiv", "rhine_pact",
      "b_official", "lonely")}
DOC_A, DOC_B, DOC_C = ID["doc/a"], ID["doc/b"], ID["doc/c"]
TYPES = {"olaf_scholz": "Person", "emmanuel_macron": "Person", "ivan_petrov": "Person", "germany": "State",
         "france": "State", "ukraine": "State", "kharkiv": "Place", "rhine_pact": "Treaty", "b_official": "Person",
         "lonely": "Organization"}


def assertion(g: Graph, n: int, s: str, p: str, o, *sources):
    node = ID[f"assertion/{n:016x}"]
    g.add((node, RDF.type, KG.RelationAssertion))
    g.add((node, RDF.subject, E[s]))
    g.add((node, RDF.predicate, KG[p]))
    g.add((node, RDF.object, o if isinstance(o, URIRef) else E[o]))
    g.add((E[s], KG[p], o if isinstance(o, URIRef) else E[o]))
    for src in sources:
        g.add((node, PROV.wasDerivedFrom, src))
    return str(node)


def statement(g: Graph, n: int, speaker: str, about: list[str], source):
    node = ID[f"statement/{n:016x}"]
    g.add((node, RDF.type, KG.Statement))
    g.add((node, KG.speaker, E[speaker]))
    for a in about:
        g.add((node, KG.about, E[a]))
    g.add((node, PROV.wasDerivedFrom, source))
    return str(node)


def build() -> tuple[Graph, dict[str, str]]:
    g = Graph()
    for d in (DOC_A, DOC_B, DOC_C):
        g.add((d, RDF.type, KG.Document))
    g.add((GAZETTEER, RDF.type, KG.Gazetteer))
    for name, node in E.items():
        g.add((node, RDF.type, KG[TYPES[name]]))
        if name != "lonely":
            g.add((node, RDFS.label, Literal(name.replace("_", " ").title())))
    g.add((E["b_official"], RDF.type, KG.UnnamedAgent))
    facts = {
        "met_a": assertion(g, 1, "olaf_scholz", "met", "emmanuel_macron", DOC_A),
        "met_b": assertion(g, 2, "olaf_scholz", "met", "emmanuel_macron", DOC_B),
        "met_c": assertion(g, 10, "emmanuel_macron", "met", "olaf_scholz", DOC_C),
        "lead_gaz": assertion(g, 3, "olaf_scholz", "leaderOf", "germany", GAZETTEER),
        "lead_fr": assertion(g, 4, "emmanuel_macron", "leaderOf", "france", DOC_C),
        "party_de": assertion(g, 5, "germany", "partyTo", "rhine_pact", GAZETTEER),
        "kharkiv": assertion(g, 6, "kharkiv", "locatedIn", "ukraine", DOC_B, GAZETTEER),
        "dangling": assertion(g, 7, "ivan_petrov", "met", URIRef("https://example.org/not-an-entity"), DOC_A),
        "st_petrov": statement(g, 8, "ivan_petrov", ["olaf_scholz", "kharkiv"], DOC_A),
        "st_official": statement(g, 9, "b_official", ["ukraine"], DOC_B),
    }
    return g, facts


def triples(g: Graph):
    return sorted(g)


@pytest.fixture
def graph():
    return build()


@pytest.fixture
def net(graph):
    return analyze.project(graph[0])


def edges(net):
    return sorted((s, o, k, repr(sorted(d.items()))) for s, o, k, d in net.edges(keys=True, data=True))


# --- project ------------------------------------------------------------------------------------------------

def test_project_nodes(net):
    assert set(net.nodes) == {str(n) for n in E.values()}
    scholz = net.nodes[str(E["olaf_scholz"])]
    assert scholz == {"label": "Olaf Scholz", "type": "Person", "unnamed": False}
    assert net.nodes[str(E["b_official"])]["unnamed"] is True
    assert net.nodes[str(E["lonely"])]["label"] == "lonely"  # no rdfs:label: the IRI's local name


def test_project_edges_weights_and_facts(graph, net):
    _, facts = graph
    s, m = str(E["olaf_scholz"]), str(E["emmanuel_macron"])
    met = net.get_edge_data(s, m)["met"]
    assert met["predicate"] == "met" and met["label"] == "met"
    assert met["weight"] == 2  # two articles
    assert met["facts"] == sorted([facts["met_a"], facts["met_b"]])
    assert net.get_edge_data(s, str(E["germany"]))["leaderOf"]["weight"] == 1  # gazetteer only
    assert net.get_edge_data(str(E["germany"]), str(E["rhine_pact"]))["partyTo"]["facts"] == [facts["party_de"]]
    # an article and the gazetteer: only the article counts as supporting document
    assert net.get_edge_data(str(E["kharkiv"]), str(E["ukraine"]))["locatedIn"]["weight"] == 1
    about = net.get_edge_data(str(E["ivan_petrov"]), str(E["kharkiv"]))["statedAbout"]
    assert about["facts"] == [facts["st_petrov"]] and about["weight"] == 1
    assert net.has_edge(str(E["b_official"]), str(E["ukraine"]), key="statedAbout")
    # the assertion to a non-entity is left out
    assert all(o in net for _, o in net.edges())
    assert net.number_of_edges() == 9
    assert net.get_edge_data(m, s)["met"]["facts"] == [facts["met_c"]]
    assert net.degree(str(E["lonely"])) == 0


def test_project_does_not_change_the_rdf_graph(graph):
    g, _ = graph
    before = triples(g)
    analyze.project(g)
    assert triples(g) == before


# --- metrics ------------------------------------------------------------------------------------------------

def test_metrics_for_every_node(net):
    m = analyze.metrics(net)
    assert set(m["nodes"]) == set(net.nodes)
    for node, values in m["nodes"].items():
        assert {"degree", "betweenness", "pagerank", "community", "label", "type"} <= set(values)
        assert isinstance(values["community"], int) and 0 <= values["community"] < len(m["communities"])
        assert 0 <= values["betweenness"] <= 1 and 0 < values["pagerank"] <= 1
        assert values["label"] == net.nodes[node]["label"]
    assert abs(sum(v["pagerank"] for v in m["nodes"].values()) - 1) < 1e-3
    assert sorted(n for c in m["communities"] for n in c) == sorted(net.nodes)
    assert sorted(n for c in m["components"] for n in c) == sorted(net.nodes)
    assert [str(E["lonely"])] in m["components"]
    assert m["nodes"][str(E["lonely"])]["degree"] == 0
    # Scholz-Macron: parallel directed edges count once in the undirected simple graph
    assert m["nodes"][str(E["olaf_scholz"])]["degree"] == 3
    assert m["edges"] == 8


def test_metrics_does_not_change_the_network(net):
    nodes_before = copy.deepcopy(dict(net.nodes(data=True)))
    edges_before = edges(net)
    deep = copy.deepcopy(net)
    analyze.metrics(net)
    analyze.simple(net)
    analyze.path(net, str(E["ivan_petrov"]), str(E["france"]))
    assert dict(net.nodes(data=True)) == nodes_before
    assert edges(net) == edges_before
    assert nx.utils.graphs_equal(net, deep)


def test_metrics_of_empty_and_edgeless_networks():
    assert analyze.metrics(nx.MultiDiGraph()) == {"nodes": {}, "communities": [], "components": []}
    lone = nx.MultiDiGraph()
    lone.add_node("x", label="X", type="Person", unnamed=False)
    lone.add_node("y", label="Y", type="State", unnamed=False)
    m = analyze.metrics(lone)
    assert m["nodes"]["x"]["pagerank"] == 0.5 and m["nodes"]["x"]["degree"] == 0


def test_metrics_deterministic(net):
    assert analyze.metrics(net) == analyze.metrics(analyze.project(build()[0]))


# --- path ---------------------------------------------------------------------------------------------------

def test_path_returns_hops_with_facts(graph, net):
    _, facts = graph
    hops = analyze.path(net, str(E["ivan_petrov"]), str(E["france"]))
    chain = [str(E[n]) for n in ("ivan_petrov", "olaf_scholz", "emmanuel_macron", "france")]
    assert [h["from"] for h in hops] + [hops[-1]["to"]] == chain
    for hop in hops:
        assert hop["edges"]
        for e in hop["edges"]:
            assert {e["subject"], e["object"]} == {hop["from"], hop["to"]}
            assert e["facts"]
            assert e["weight"] >= 1
    assert hops[0]["edges"] == [{"subject": chain[0], "predicate": "statedAbout", "object": chain[1], "weight": 1,
                                 "facts": [facts["st_petrov"]]}]
    assert [(e["subject"], e["facts"]) for e in hops[1]["edges"]] == [
        (chain[1], sorted([facts["met_a"], facts["met_b"]])), (chain[2], [facts["met_c"]])]


def test_path_goes_against_edge_direction(net):
    hops = analyze.path(net, str(E["ukraine"]), str(E["kharkiv"]))
    assert len(hops) == 1
    predicates = {e["predicate"] for e in hops[0]["edges"]}
    assert predicates == {"locatedIn"}
    assert hops[0]["edges"][0]["subject"] == str(E["kharkiv"])


def test_path_to_itself_and_no_path(net):
    assert analyze.path(net, str(E["france"]), str(E["france"])) == []
    with pytest.raises(nx.NetworkXNoPath):
        analyze.path(net, str(E["france"]), str(E["lonely"]))


# --- Gephi export -------------------------------------------------------------------------------------------

def test_gephi_graph_ids_and_scalar_attributes(net):
    m = analyze.metrics(net)
    before = edges(net)
    out = export.gephi_graph(net, m)
    assert edges(net) == before
    assert sorted(out.nodes) == sorted(f"n{i}" for i in range(len(net)))
    assert {d["iri"] for _, d in out.nodes(data=True)} == set(net.nodes)
    for _, data in out.nodes(data=True):
        for k, v in data.items():
            assert v is not None and not isinstance(v, (list, dict, set, tuple)), k
            assert isinstance(v, (str, bool, numbers.Number)), (k, type(v))
        assert {"label", "type", "iri", "degree", "pagerank", "betweenness", "community", "r", "g", "b"} <= set(data)
    keys = [k for _, _, k in out.edges(keys=True)]
    assert len(keys) == len(set(keys)) == net.number_of_edges()
    for _, _, data in out.edges(data=True):
        for k, v in data.items():
            assert v is not None and not isinstance(v, (list, dict, set, tuple)), k
    by_iri = {d["iri"]: n for n, d in out.nodes(data=True)}
    assert out.nodes[by_iri[str(E["olaf_scholz"])]]["community"] == m["nodes"][str(E["olaf_scholz"])]["community"]


def test_write_graphml_reads_back_with_networkx_and_igraph(net, tmp_path):
    m = analyze.metrics(net)
    path = export.write_graphml(net, m, tmp_path / "out" / "graph.graphml")
    assert path.exists()
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == net.number_of_nodes()
    assert back.number_of_edges() == net.number_of_edges()
    assert {d["iri"] for _, d in back.nodes(data=True)} == set(net.nodes)
    edge_ids = [k for _, _, k in back.edges(keys=True)]
    assert len(set(edge_ids)) == len(edge_ids)
    text = path.read_text(encoding="utf-8")
    assert text.count("<edge ") == net.number_of_edges()
    ig = igraph.Graph.Read_GraphML(str(path))
    assert ig.vcount() == net.number_of_nodes() and ig.ecount() == net.number_of_edges()
    assert ig.is_directed()
    assert set(ig.vs["iri"]) == set(net.nodes)
    assert sorted(ig.vs["label"]) == sorted(d["label"] for _, d in net.nodes(data=True))
    assert sorted(ig.es["predicate"]) == sorted(d["predicate"] for _, _, d in net.edges(data=True))
    if "id" in ig.es.attributes():
        assert len(set(ig.es["id"])) == ig.ecount()


def test_atomic_write_replaces_and_cleans_up(tmp_path):
    target = tmp_path / "x.txt"
    export.write_text(target, "un")
    export.write_text(target, "deux")
    assert target.read_text() == "deux"

    def boom(p):
        p.write_text("partiel")
        raise RuntimeError("interrompu")

    with pytest.raises(RuntimeError):
        export.atomic_write(target, boom)
    assert target.read_text() == "deux"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.txt"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sampled_betweenness_is_networkx_number_for_number(seed):
    g = nx.gnm_random_graph(700, 650, seed=seed)  # many components, a few large
    g = nx.relabel_nodes(g, {n: f"https://w3id.org/kg-fr/id/entity/e{n}" for n in g})
    g.add_edge("https://w3id.org/kg-fr/id/entity/e1", "https://w3id.org/kg-fr/id/entity/e1")  # a self-loop
    assert analyze.sampled_betweenness(g, 120, seed=42) == nx.betweenness_centrality(g, k=120, seed=42)
