"""Project the RDF graph onto an entity network and measure it; functions never change their input."""
from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Iterator

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import PROV

from kg import rdf
from kg.gazetteer import Gazetteer
from kg.model import KnowledgeGraph
from kg.rdf import KG

BETWEENNESS_SAMPLE = 500  # above this many nodes, betweenness is estimated from this many sources
ENTITY_CLASSES = ("Person", "State", "MilitaryUnit", "Organization", "Treaty", "Place")


def local(term: object) -> str:
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def entity_nodes(g: Graph) -> dict[str, dict]:
    """Entity IRI -> {label, type, unnamed}."""
    nodes = {}
    for cls in ENTITY_CLASSES:
        for node in g.subjects(RDF.type, KG[cls]):
            nodes[str(node)] = {"label": str(g.value(node, RDFS.label) or local(node)), "type": cls,
                                "unnamed": (node, RDF.type, KG.UnnamedAgent) in g}
    return nodes


def article_sources(g: Graph, node: URIRef) -> set[str]:
    """Articles a fact node is derived from (the gazetteer is not an article)."""
    return {str(d) for d in g.objects(node, PROV.wasDerivedFrom) if (d, RDF.type, KG.Document) in g}


def fact_rows(g: Graph) -> Iterator[tuple[str, str, str, str, set[str]]]:
    """(fact, subject, predicate, object, articles) of every relation assertion and statement-about."""
    for a in g.subjects(RDF.type, KG.RelationAssertion):
        s, p, o = g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)
        yield str(a), str(s), local(p), str(o), article_sources(g, a) or {"gazetteer"}
    for st in g.subjects(RDF.type, KG.Statement):
        speaker = g.value(st, KG.speaker)
        for about in g.objects(st, KG.about):
            yield str(st), str(speaker), "statedAbout", str(about), article_sources(g, st)


def project(g: Graph) -> nx.MultiDiGraph:
    """Entity network of an rdflib graph (see network_of)."""
    return network_of(entity_nodes(g), fact_rows(g))


def record_network(kg: KnowledgeGraph, gazetteer: Gazetteer | None) -> nx.MultiDiGraph:
    """The entity network of a resolved graph, from its records: the network kg.network.load projects from the
    graph kg.rdf writes of it (with the gazetteer's facts), without reading that graph back."""
    return network_of(record_nodes(kg), record_facts(kg, gazetteer))


def record_nodes(kg: KnowledgeGraph) -> dict[str, dict]:
    """Entity IRI -> {label, type, unnamed} of every entity of a resolved graph (as kg.network.entity_nodes)."""
    nodes = {}
    for e in kg.entities.values():
        node = rdf.id_iri(f"entity/{e.id}")
        if e.type in ENTITY_CLASSES:
            nodes[node] = {"label": e.label or local(node), "type": e.type, "unnamed": bool(e.unnamed)}
    return nodes


def record_facts(kg: KnowledgeGraph, gazetteer: Gazetteer | None) -> list[tuple[str, str, str, str, set[str]]]:
    """(fact, subject, predicate, object, articles) of a resolved graph's assertions and statements-about, as
    kg.network.fact_rows reads them from its graph: facts that share a node are one fact."""
    articles = {rdf.id_iri(f"doc/{d.key}") for d in kg.documents}
    facts: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for ex in kg.extractions:
        for rel in ex.relations:
            ends = rdf.relation_ends(kg, rel)
            if ends is not None:
                source = rdf.id_iri(f"doc/{rel.evidence.doc}")
                node = rdf.assertion_id(ends[0], rel.predicate, ends[1], source, rel.evidence, rel.rule)
                facts[(node, ends[0], rel.predicate, ends[1])].update({source} & articles)
    for s, p, o in rdf.gazetteer_facts(kg, gazetteer) if gazetteer is not None else []:
        s, o = rdf.id_iri(f"entity/{s}"), rdf.id_iri(f"entity/{o}")
        facts.setdefault((rdf.assertion_id(s, p, o, str(rdf.GAZETTEER), None, "gazetteer"), s, p, o), set())
    rows = [(*key, docs or {"gazetteer"}) for key, docs in facts.items()]
    return rows + statements_about(kg, articles)


def statements_about(kg: KnowledgeGraph, articles: set[str]) -> list[tuple[str, str, str, str, set[str]]]:
    """(statement, speaker, 'statedAbout', entity, articles) of every statement about an entity; statements
    that share a node pool their speakers, entities and articles, as the graph does."""
    said: dict[str, tuple[set[str], set[str], set[str]]] = defaultdict(lambda: (set(), set(), set()))
    for ex in kg.extractions:
        for st in ex.statements:
            speaker = kg.entity_of(st.speaker)
            if speaker is not None:
                speakers, abouts, docs = said[rdf.statement_id(st)]
                speakers.add(rdf.id_iri(f"entity/{speaker.id}"))
                abouts.update(rdf.id_iri(f"entity/{a}") for a in rdf.about_ids(kg, st, speaker.id))
                docs.update({rdf.id_iri(f"doc/{st.evidence.doc}")} & articles)
    return [(node, s, "statedAbout", o, set(docs)) for node, (speakers, abouts, docs) in said.items()
            for s in speakers for o in abouts]


def network_of(nodes: dict[str, dict], facts: Iterable[tuple[str, str, str, str, set[str]]]) -> nx.MultiDiGraph:
    """Entity network: an edge per relation (from assertions) and per statement speaker -> about entity,
    weighted by the number of supporting articles; each edge keeps the fact nodes behind it."""
    net = nx.MultiDiGraph()
    for node, data in sorted(nodes.items()):  # sorted: metrics must not depend on triple order
        net.add_node(node, **data)
    support: dict[tuple[str, str, str], dict[str, set]] = defaultdict(lambda: {"docs": set(), "facts": set()})
    for fact, s, p, o, docs in facts:
        entry = support[(s, p, o)]
        entry["docs"] |= docs
        entry["facts"].add(fact)
    for (s, p, o), entry in sorted(support.items()):
        if s in net and o in net:
            net.add_edge(s, o, key=p, label=p, predicate=p, weight=len(entry["docs"]), facts=sorted(entry["facts"]))
    return net


def simple(net: nx.MultiDiGraph) -> nx.Graph:
    """Undirected weighted graph summing parallel edges (a new graph)."""
    out = nx.Graph()
    out.add_nodes_from(net.nodes(data=True))
    for s, o, data in net.edges(data=True):
        w = out[s][o]["weight"] + data["weight"] if out.has_edge(s, o) else data["weight"]
        out.add_edge(s, o, weight=w)
    return out


def metrics(net: nx.MultiDiGraph) -> dict:
    """Degree, betweenness, PageRank, Louvain communities and connected components of the network."""
    und = simple(net)
    if not len(und):
        return {"nodes": {}, "communities": [], "components": []}
    pagerank = nx.pagerank(und, weight="weight") if und.number_of_edges() else {n: 1 / len(und) for n in und}
    if len(und) > BETWEENNESS_SAMPLE:
        betweenness = sampled_betweenness(und, BETWEENNESS_SAMPLE, seed=42)
    else:
        betweenness = nx.betweenness_centrality(und, seed=42)
    communities = sorted((sorted(c) for c in nx.community.louvain_communities(und, weight="weight", seed=42)),
                         key=lambda c: (-len(c), c))
    community_of = {n: i for i, c in enumerate(communities) for n in c}
    components = sorted((sorted(c) for c in nx.connected_components(und)), key=lambda c: (-len(c), c))
    nodes = {n: {"label": und.nodes[n]["label"], "type": und.nodes[n]["type"], "degree": und.degree(n),
                 "betweenness": round(betweenness[n], 6), "pagerank": round(pagerank[n], 6),
                 "community": community_of[n]} for n in sorted(und)}
    return {"nodes": nodes, "communities": communities, "components": components,
            "edges": und.number_of_edges(), "density": round(nx.density(und), 6)}


def sampled_betweenness(und: nx.Graph, k: int, seed: int) -> dict:
    """nx.betweenness_centrality(und, k=k, seed=seed), number for number (the same sources, the same sums in the
    same order, the same scaling), several times faster: nodes are list positions, and each search sets up only
    the nodes it reaches, where networkx sets up every node of the graph for every source."""
    nodes = list(und)
    sources = random.Random(seed).sample(nodes, k)
    index = {v: i for i, v in enumerate(nodes)}
    adjacency = [[index[w] for w in und[v]] for v in nodes]
    betweenness = [0.0] * len(nodes)
    for s in sources:
        accumulate(betweenness, *shortest_paths(adjacency, index[s]), index[s])
    pairs = len(nodes) - 2  # the pairs (s, t), t not v, whose path from s can go through v
    source_scale, other_scale = 1 / ((k - 1) * pairs), 1 / (k * pairs)
    sampled = set(sources)
    return {v: b * (source_scale if v in sampled else other_scale) for v, b in zip(nodes, betweenness)}


def shortest_paths(adjacency: list[list[int]], s: int) -> tuple[list[int], dict[int, list[int]], list[float]]:
    """Brandes' breadth-first search from s: the nodes in the order reached, their predecessors on shortest paths
    and the numbers of shortest paths to them (as networkx counts them)."""
    dist, sigma, preds, order = [-1] * len(adjacency), [0.0] * len(adjacency), {s: []}, [s]
    dist[s], sigma[s] = 0, 1.0
    for v in order:  # order grows as the search reaches nodes: a queue
        after, paths = dist[v] + 1, sigma[v]
        for w in adjacency[v]:
            if dist[w] < 0:
                order.append(w)
                dist[w], preds[w] = after, []
            if dist[w] == after:
                sigma[w] += paths
                preds[w].append(v)
    return order, preds, sigma


def accumulate(betweenness: list[float], order: list[int], preds: dict[int, list[int]], sigma: list[float],
               s: int) -> None:
    """Add the dependencies of s's search to betweenness (networkx's own accumulation, step for step)."""
    delta = dict.fromkeys(order, 0)
    while order:
        w = order.pop()
        coeff = (1 + delta[w]) / sigma[w]
        for v in preds[w]:
            delta[v] += sigma[v] * coeff
        if w != s:
            betweenness[w] += delta[w]


def path(net: nx.MultiDiGraph, source: str, target: str) -> list[dict]:
    """Shortest chain of facts from source to target (either direction), each hop with its facts."""
    und = simple(net)
    hops = nx.shortest_path(und, source, target)
    out = []
    for a, b in zip(hops, hops[1:]):
        edges = [(a, b, d) for d in net.get_edge_data(a, b, default={}).values()]
        edges += [(b, a, d) for d in net.get_edge_data(b, a, default={}).values()]
        out.append({"from": a, "to": b, "edges": [{"subject": s, "predicate": d["predicate"], "object": o,
                                                    "weight": d["weight"], "facts": d["facts"]} for s, o, d in edges]})
    return out
