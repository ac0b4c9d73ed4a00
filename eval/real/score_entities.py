"""Score the entities and relations of a graph built from the real-text excerpts against a hand key.

    python eval/real/score_entities.py --graph output/real-test/kg.ttl --split test [-v] [--json out.json]
    python eval/real/score_entities.py --graph output/real-dev/kg.ttl --split dev --key eval/real/entities/dev.json

The key (entities/<split>.json) is {"split": ..., "excerpts": {"<id>": {"entities": [...], "relations": [...]}}}:
  entity   {"name", "aliases": [...], "type": Person|State|MilitaryUnit|Organization|Treaty|Place,
            optional "alt_types": [...] (other types accepted), optional "optional": true}
  relation {"s", "p", "o", "anchor", optional "s_alt"/"o_alt": [other key entity names accepted],
            optional "optional": true}
An optional entity or relation is neither rewarded nor penalised: a graph node or relation that matches
only optional key items is left out of precision, and optional items are left out of recall.

For each excerpt, the graph is restricted to the entities with kg:mentionedIn the kg:Document whose
kg:fileName is "<id>.txt" (kg:UnnamedAgent nodes are left out: the key lists named entities only).
A graph node matches a key entity when one of its labels (rdfs:label, skos:prefLabel, skos:altLabel)
equals one of the key entity's names once normalised (case, accents, punctuation and a leading article
or title folded away). Labels from rdfs:label / skos:prefLabel are tried first; the node's altLabels are
only used when no preferred label matches (altLabels gather forms seen in other articles too).

  entities   precision = graph nodes matching a key entity / graph nodes (matching only optional ones: out)
             recall    = key entities matched by a graph node / key entities
  types      a matched (node, key entity) pair whose graph type is not the key type (nor an alt_type)
  duplicates a key entity matched by two or more graph nodes;  merged: a graph node matching two key entities
  relations  the kg:RelationAssertion nodes with prov:wasDerivedFrom the excerpt's document (assertions whose
             only source is the gazetteer are not counted), one per distinct (subject, predicate, object).
             A graph relation is right when its predicate is the key's and its subject and object nodes match
             the key's s and o entities (either way round for met, foughtAlongside, foughtAgainst). A person
             memberOf a state that the key lacks is left out of precision (keyers were told such memberships
             are too indirect to key; the seeds' key counts them); the strict precision counts them wrong.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.namespace import SKOS

HERE = Path(__file__).resolve().parent
KG = Namespace("https://w3id.org/kg-fr/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
TYPES = ("Person", "State", "MilitaryUnit", "Organization", "Treaty", "Place")
SYMMETRIC = {"met", "foughtAlongside", "foughtAgainst"}
LEADING = re.compile(r"^(?:(?:l'|le |la |les |the |m\. ?|mme |mr\.? |mrs\.? )\s*)+")


def norm(text: str) -> str:
    """Casefolded, accents stripped, punctuation folded to spaces, a leading article or title dropped."""
    text = str(text).replace("’", "'").replace("‘", "'").replace("\u00a0", " ").replace("\u202f", " ")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.casefold()
    text = re.sub(r"[«»“”„\"()\[\],;:!?]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = LEADING.sub("", text)
    text = text.replace("-", " ").replace("'", " ").replace(".", " ")
    return re.sub(r"\s+", " ", text).strip()


def local(term) -> str:
    return re.split(r"[#/]", str(term))[-1]


# ---------------------------------------------------------------------------------------------- key

class KeyEntity:
    def __init__(self, d: dict):
        self.name = d["name"]
        self.names = {norm(n) for n in [d["name"], *d.get("aliases", [])] if norm(n)}
        self.type = d["type"]
        self.types = {d["type"], *d.get("alt_types", [])}
        self.optional = bool(d.get("optional"))


class KeyRelation:
    def __init__(self, d: dict):
        self.s, self.p, self.o = d["s"], d["p"], d["o"]
        self.subjects = {d["s"], *d.get("s_alt", [])}
        self.objects = {d["o"], *d.get("o_alt", [])}
        self.anchor = d.get("anchor", "")
        self.optional = bool(d.get("optional"))

    def matches(self, p: str, subj: set[str], obj: set[str]) -> bool:
        if p != self.p:
            return False
        if subj & self.subjects and obj & self.objects:
            return True
        return p in SYMMETRIC and bool(subj & self.objects) and bool(obj & self.subjects)

    def __str__(self) -> str:
        return f"{self.s} {self.p} {self.o}"


def load_key(path: Path) -> dict[str, dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for ex_id, ex in data["excerpts"].items():
        ents = [KeyEntity(e) for e in ex.get("entities", [])]
        known = {e.name for e in ents}
        rels = [KeyRelation(r) for r in ex.get("relations", [])]
        for r in rels:
            unknown = (r.subjects | r.objects) - known
            if unknown:
                sys.exit(f"{path}: {ex_id}: relation {r} names no key entity {sorted(unknown)}")
        out[ex_id] = {"entities": ents, "relations": rels}
    return out


# -------------------------------------------------------------------------------------------- graph

class GraphView:
    def __init__(self, graph: Graph):
        self.g = graph
        self.docs: dict[str, URIRef] = {}
        for doc in graph.subjects(RDF.type, KG.Document):
            for fn in graph.objects(doc, KG.fileName):
                self.docs[Path(str(fn)).name] = doc
        self.types: dict = defaultdict(set)
        self.unnamed = set(graph.subjects(RDF.type, KG.UnnamedAgent))
        for t in TYPES:
            for node in graph.subjects(RDF.type, KG[t]):
                self.types[node].add(t)

    def doc_for(self, ex_id: str):
        return self.docs.get(f"{ex_id}.txt")

    def entities_in(self, doc) -> list:
        return sorted({n for n in self.g.subjects(KG.mentionedIn, doc)
                       if n in self.types and n not in self.unnamed}, key=str)

    def labels(self, node) -> tuple[set[str], set[str], str]:
        pref = {str(l) for p in (RDFS.label, SKOS.prefLabel) for l in self.g.objects(node, p)}
        alt = {str(l) for l in self.g.objects(node, SKOS.altLabel)}
        shown = next(iter(sorted(str(l) for l in self.g.objects(node, SKOS.prefLabel))), None) \
            or next(iter(sorted(pref)), None) or local(node)
        return {norm(x) for x in pref} - {""}, {norm(x) for x in alt} - {""}, shown

    def relations_from(self, doc) -> set[tuple]:
        out = set()
        for a in self.g.subjects(PROV.wasDerivedFrom, doc):
            if (a, RDF.type, KG.RelationAssertion) not in self.g:
                continue
            s, p, o = (self.g.value(a, RDF.subject), self.g.value(a, RDF.predicate), self.g.value(a, RDF.object))
            if s is not None and p is not None and o is not None:
                out.add((s, local(p), o))
        return out


def match_node(view: GraphView, node, key_ents: list[KeyEntity]) -> set[str]:
    """Names of the key entities a graph node stands for (preferred labels first, then altLabels)."""
    pref, alt, _ = view.labels(node)
    hit = {k.name for k in key_ents if k.names & pref}
    return hit or {k.name for k in key_ents if k.names & alt}


# -------------------------------------------------------------------------------------------- score

def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_excerpt(view: GraphView, ex_id: str, key: dict) -> dict:
    ents: list[KeyEntity] = key["entities"]
    by_name = {k.name: k for k in ents}
    doc = view.doc_for(ex_id)
    res = {"id": ex_id, "document": str(doc) if doc is not None else None,
           "entity_tp": 0, "entity_fp": [], "entity_missed": [], "entity_ignored": [],
           "type_errors": [], "typed_pairs": 0, "duplicates": [], "merged": [],
           "relation_tp": [], "relation_fp": [], "relation_ignored": [], "relation_missed": [],
           "relation_convention": []}
    nodes = view.entities_in(doc) if doc is not None else []
    node_keys, shown = {}, {}
    for n in nodes:
        node_keys[n] = match_node(view, n, ents)
        shown[n] = view.labels(n)[2]

    found = defaultdict(list)
    for n in nodes:
        keys = node_keys[n]
        gtypes = sorted(view.types[n])
        if not keys:
            res["entity_fp"].append({"node": str(n), "label": shown[n], "types": gtypes})
            continue
        required = [k for k in keys if not by_name[k].optional]
        if required:
            res["entity_tp"] += 1
        else:
            res["entity_ignored"].append({"node": str(n), "label": shown[n], "key": sorted(keys)})
        if len(keys) > 1:
            res["merged"].append({"node": str(n), "label": shown[n], "keys": sorted(keys)})
        for k in keys:
            found[k].append(n)
            if not by_name[k].optional:
                res["typed_pairs"] += 1
            if not by_name[k].optional and not (set(gtypes) & by_name[k].types):
                res["type_errors"].append({"key": k, "key_type": by_name[k].type, "graph_types": gtypes,
                                           "node": str(n), "label": shown[n]})
    for k in ents:
        if k.optional:
            continue
        if not found.get(k.name):
            res["entity_missed"].append({"name": k.name, "type": k.type})
        elif len(found[k.name]) > 1:
            res["duplicates"].append({"key": k.name, "nodes": [shown[n] + " <" + str(n) + ">" for n in found[k.name]]})
    res["entity_keyed"] = sum(not k.optional for k in ents)
    res["entity_found"] = res["entity_keyed"] - len(res["entity_missed"])

    rels: list[KeyRelation] = key["relations"]
    hit = set()
    graph_rels = view.relations_from(doc) if doc is not None else set()
    for s, p, o in sorted(graph_rels, key=str):
        sk = node_keys.get(s) if s in node_keys else match_node(view, s, ents)
        ok = node_keys.get(o) if o in node_keys else match_node(view, o, ents)
        text = {"s": view.labels(s)[2], "p": p, "o": view.labels(o)[2]}
        required = [i for i, r in enumerate(rels) if not r.optional and r.matches(p, sk, ok)]
        optional = [i for i, r in enumerate(rels) if r.optional and r.matches(p, sk, ok)]
        if required:
            hit.update(required)
            res["relation_tp"].append(text)
        elif optional:
            res["relation_ignored"].append(text)
        elif p == "memberOf" and "Person" in view.types[s] and "State" in view.types[o]:
            res["relation_convention"].append(text)  # the keyers were told to leave these out
        else:
            res["relation_fp"].append(text)
    res["relation_keyed"] = sum(not r.optional for r in rels)
    res["relation_missed"] = [{"s": r.s, "p": r.p, "o": r.o, "anchor": r.anchor}
                              for i, r in enumerate(rels) if not r.optional and i not in hit]
    res["relation_found"] = res["relation_keyed"] - len(res["relation_missed"])
    res["per_predicate"] = {}
    for i, r in enumerate(rels):
        if not r.optional:
            c = res["per_predicate"].setdefault(r.p, Counter())
            c["keyed"] += 1
            c["found"] += i in hit
    return res


def summarise(results: list[dict]) -> dict:
    ent_tp = sum(r["entity_tp"] for r in results)
    ent_fp = sum(len(r["entity_fp"]) for r in results)
    keyed = sum(r["entity_keyed"] for r in results)
    found = sum(r["entity_found"] for r in results)
    ent = prf(ent_tp, ent_fp, 0)
    rec = found / keyed if keyed else 0.0
    f1 = 2 * ent["precision"] * rec / (ent["precision"] + rec) if ent["precision"] + rec else 0.0
    ent.update({"fn": keyed - found, "keyed": keyed, "found": found, "recall": round(rec, 4), "f1": round(f1, 4)})

    type_errors = Counter((t["key_type"], "/".join(t["graph_types"]) or "-") for r in results for t in r["type_errors"])
    n_type_errors = sum(len(r["type_errors"]) for r in results)
    typed_pairs = sum(r["typed_pairs"] for r in results)
    rel_tp = sum(len(r["relation_tp"]) for r in results)
    rel_fp = sum(len(r["relation_fp"]) for r in results)
    rkeyed = sum(r["relation_keyed"] for r in results)
    rfound = sum(r["relation_found"] for r in results)
    rel = prf(rel_tp, rel_fp, 0)
    rrec = rfound / rkeyed if rkeyed else 0.0
    rf1 = 2 * rel["precision"] * rrec / (rel["precision"] + rrec) if rel["precision"] + rrec else 0.0
    rel.update({"fn": rkeyed - rfound, "keyed": rkeyed, "found": rfound, "recall": round(rrec, 4), "f1": round(rf1, 4)})
    rel["convention"] = sum(len(r["relation_convention"]) for r in results)
    rel["strict_precision"] = round(rel_tp / (rel_tp + rel_fp + rel["convention"]), 4) if rel_tp + rel_fp else 0.0

    per_pred: dict = defaultdict(Counter)
    for r in results:
        for p, c in r["per_predicate"].items():
            per_pred[p].update(c)
    pred_graph: dict = defaultdict(Counter)
    for r in results:
        for kind in ("relation_tp", "relation_fp"):
            for g_rel in r[kind]:
                pred_graph[g_rel["p"]][kind] += 1
    per_predicate = {}
    for p in sorted(set(per_pred) | set(pred_graph)):
        tp, fp = pred_graph[p]["relation_tp"], pred_graph[p]["relation_fp"]
        k, f = per_pred[p]["keyed"], per_pred[p]["found"]
        per_predicate[p] = {"graph": tp + fp, "right": tp, "keyed": k, "found": f,
                            "precision": round(tp / (tp + fp), 4) if tp + fp else None,
                            "recall": round(f / k, 4) if k else None}
    return {
        "excerpts": len(results),
        "documents_missing": [r["id"] for r in results if r["document"] is None],
        "entities": ent,
        "type_errors": {"count": n_type_errors, "matched_pairs": typed_pairs,
                        "by_type": {f"{a} -> {b}": n for (a, b), n in sorted(type_errors.items())}},
        "duplicates": sum(len(r["duplicates"]) for r in results),
        "merged": sum(len(r["merged"]) for r in results),
        "relations": rel,
        "relations_per_predicate": per_predicate,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--graph", required=True, help="kg.ttl of a graph built from the excerpts of the split")
    ap.add_argument("--split", default="test", help="test or dev (selects entities/<split>.json)")
    ap.add_argument("--key", help="key file (default: eval/real/entities/<split>.json)")
    ap.add_argument("-v", "--verbose", action="store_true", help="misses, false positives and type errors per excerpt")
    ap.add_argument("--json", help="write the full results to this file")
    args = ap.parse_args(argv)

    key_path = Path(args.key) if args.key else HERE / "entities" / f"{args.split}.json"
    if not key_path.is_file():
        sys.exit(f"no key file {key_path}")
    key = load_key(key_path)
    graph = Graph()
    graph.parse(args.graph, format="turtle")
    view = GraphView(graph)

    results = [score_excerpt(view, ex_id, key[ex_id]) for ex_id in sorted(key)]
    summ = summarise(results)

    if args.verbose:
        for r in results:
            print(f"== {r['id']}" + ("  (document not in graph)" if r["document"] is None else ""))
            for m in r["entity_missed"]:
                print(f"   missed entity   {m['name']} ({m['type']})")
            for f in r["entity_fp"]:
                print(f"   false positive  {f['label']} ({'/'.join(f['types'])})")
            for t in r["type_errors"]:
                print(f"   type error      {t['key']}: key {t['key_type']}, graph {'/'.join(t['graph_types'])}")
            for d in r["duplicates"]:
                print(f"   duplicate       {d['key']}: {' | '.join(d['nodes'])}")
            for m in r["merged"]:
                print(f"   merged          {m['label']} = {' + '.join(m['keys'])}")
            for m in r["relation_missed"]:
                print(f"   missed relation {m['s']} {m['p']} {m['o']}  [{m['anchor']}]")
            for f in r["relation_fp"]:
                print(f"   wrong relation  {f['s']} {f['p']} {f['o']}")
        print()
        if summ["type_errors"]["by_type"]:
            print("type errors by type (key -> graph):")
            for k, n in summ["type_errors"]["by_type"].items():
                print(f"   {k}: {n}")
            print()

    e, rl = summ["entities"], summ["relations"]
    print(f"split {args.split}: {summ['excerpts']} excerpts, key {key_path}")
    if summ["documents_missing"]:
        print(f"documents missing from the graph: {' '.join(summ['documents_missing'])}")
    print(f"entities   P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}  "
          f"(graph right {e['tp']}, wrong {e['fp']}; key found {e['found']}/{e['keyed']})")
    te = summ["type_errors"]
    print(f"types      {te['count']} type errors among {te['matched_pairs']} matched (node, key entity) pairs"
          + (f"  ({', '.join(f'{k}: {n}' for k, n in te['by_type'].items())})" if te["by_type"] else ""))
    print(f"duplicates {summ['duplicates']} key entities matched by 2+ graph nodes; "
          f"{summ['merged']} graph nodes matching 2+ key entities")
    print(f"relations  P {rl['precision']:.3f}  R {rl['recall']:.3f}  F1 {rl['f1']:.3f}  "
          f"(graph right {rl['tp']}, wrong {rl['fp']}; key found {rl['found']}/{rl['keyed']})")
    print(f"           {rl['convention']} person memberOf state left out (the keyers were told to leave these "
          f"out; the seeds' key counts them); counted as wrong, P {rl['strict_precision']:.3f}")
    for p, c in summ["relations_per_predicate"].items():
        pp = "  -  " if c["precision"] is None else f"{c['precision']:.3f}"
        rr = "  -  " if c["recall"] is None else f"{c['recall']:.3f}"
        print(f"   {p:<16} P {pp}  R {rr}  (graph {c['right']}/{c['graph']} right; key {c['found']}/{c['keyed']} found)")

    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summ, "excerpts": results}, ensure_ascii=False,
                                              indent=1, default=lambda o: dict(o) if isinstance(o, Counter) else str(o)),
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
