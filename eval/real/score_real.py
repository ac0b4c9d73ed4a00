"""Score the statements of a graph built from the real-text excerpts against their key (parts/*.json).

    python eval/real/score_real.py --list dev            # the text files of the dev half, for kg build
    python eval/real/score_real.py --split dev --graph output/real-dev/kg.ttl [-v]

A graph statement matches a keyed statement of its article when the keyed anchor words lie in its text
(case, accents, quote marks and apostrophes folded). It is right when its speaker node carries one of the
keyed aliases as a label (for an "unnamed" speaker: an UnnamedAgent whose label holds an alias).
Precision = right / graph statements (those matching an optional anchor left out); recall = keyed statements
found with the right speaker / keyed statements; speaker right = right / graph statements that match a key
anchor. who-stated: for each keyed statement, whether `kg who-stated <anchor>` names only right speakers
(right as for a statement: the answered node carries a keyed name among its labels).
The texts are third-party and not committed: index.tsv gives each one's URL, the search query that finds
it in the search tool's "pages" corpus, and the SHA-256 of the excerpt as saved in texts/<id>.txt.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from rdflib import RDF, Graph

HERE = Path(__file__).resolve().parent
LABELS = {"label", "prefLabel", "altLabel"}


def norm(text: str) -> str:
    """Case, accents, apostrophes, quote marks, hyphens and spacing folded away."""
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"[«»“”„\"]", " ", text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("-", " ").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def local(term) -> str:
    return re.split(r"[#/]", str(term))[-1]


def index(split: str) -> list[dict]:
    with (HERE / "index.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [r for r in rows if split == "all" or r["split"] == split]


def key() -> dict[str, dict]:
    out = {}
    for part in sorted((HERE / "parts").glob("*.json")):
        for e in json.loads(part.read_text(encoding="utf-8"))["excerpts"]:
            for name in ("optional", "not_statements"):  # plain anchors, or statements written in full
                e[name] = [o["anchor"] if isinstance(o, dict) else o for o in e.get(name, [])]
            out[e["id"]] = e
    return out


def check_texts(rows: list[dict]) -> list[str]:
    """Paths of the texts; exits with a message naming the ones missing or changed."""
    bad = []
    for r in rows:
        path = HERE / "texts" / f"{r['id']}.txt"
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != r["sha256"]:
            bad.append(f"{r['id']}: {r['url']} (search 'pages' for: {r['query']})")
    if bad:
        sys.exit("texts missing or changed; find them again with the search tool and save the excerpt as "
                 "texts/<id>.txt:\n  " + "\n  ".join(bad))
    return [str(HERE / "texts" / f"{r['id']}.txt") for r in rows]


def graph_statements(graph: Graph) -> list[dict]:
    """Statements of the graph: document file, text, speaker labels, whether the speaker is unnamed."""
    unnamed = {s for s, _, c in graph.triples((None, RDF.type, None)) if local(c) == "UnnamedAgent"}
    out = []
    for node, _, cls in graph.triples((None, RDF.type, None)):
        if local(cls) != "Statement":
            continue
        props = defaultdict(list)
        for p, o in graph.predicate_objects(node):
            props[local(p)].append(o)
        speaker = props["speaker"][0] if props["speaker"] else None
        docs = [str(o) for d in props["wasDerivedFrom"] for p, o in graph.predicate_objects(d) if local(p) == "fileName"]
        labels = [norm(str(o)) for p, o in graph.predicate_objects(speaker) if local(p) in LABELS] if speaker else []
        out.append({"doc": Path(docs[0]).stem if docs else "", "text": norm(" ".join(map(str, props["text"]))),
                    "labels": labels, "unnamed": speaker in unnamed, "shown": (labels or ["(nobody)"])[0],
                    "strategy": str((props.get("rule") or [""])[0])})
    return out


ARTICLE = re.compile(r"^(?:le |la |les |l'|un |une |des |du |de la |de l')?(?:m\. |mme |mlle |me |maitre |dr |pr )?")


def bare(name: str) -> str:
    """name without its leading articles and honorifics, however many ('l'un d'eux' and 'un d'eux' alike)."""
    while (shorter := ARTICLE.sub("", name)) != name:
        name = shorter
    return name


def right_speaker(keyed: dict, labels: list[str], unnamed: bool) -> bool:
    """One of the speaker node's labels is one of the keyed names, a leading article or honorific aside ('le
    bourgmestre' is the label 'bourgmestre', 'Me Bauwens' the label 'Bauwens'); for a key of 'unnamed', an
    unnamed agent whose label holds one."""
    aliases = [bare(norm(a)) for a in keyed["aliases"] + [keyed["speaker"]] if a]
    labels = [bare(lab) for lab in labels]
    if keyed["speaker"] == "unnamed":
        return unnamed and any(a in lab for a in aliases for lab in labels)
    return any(lab == a for a in aliases for lab in labels)


def score(rows: list[dict], gold: dict[str, dict], stmts: list[dict]) -> dict:
    found, out = set(), Counter()
    wrong, by_strategy = [], Counter()
    scored = {r["id"] for r in rows}
    for st in stmts:
        if st["doc"] not in scored:
            continue
        e = gold[st["doc"]]
        hits = [i for i, k in enumerate(e["statements"]) if norm(k["anchor"]) in st["text"]]
        good = [i for i in hits if right_speaker(e["statements"][i], st["labels"], st["unnamed"])]
        if good:
            out["right"] += 1
            found.update((st["doc"], i) for i in good)
            by_strategy[st["strategy"], "right"] += 1
        elif hits:
            out["misattributed"] += 1
            by_strategy[st["strategy"], "wrong"] += 1
            k = e["statements"][hits[0]]
            wrong.append(f"{st['doc']} misattributed to {st['shown']} (want {k['speaker']}, {k['how']}): {k['anchor']}")
        elif any(norm(o) in st["text"] for o in e.get("optional", [])):
            out["neutral"] += 1
        else:
            out["extra"] += 1
            by_strategy[st["strategy"], "wrong"] += 1
            wrong.append(f"{st['doc']} not in key: {st['shown']}: {st['text'][:90]}")
    keyed = [(r["id"], i, k) for r in rows for i, k in enumerate(gold[r["id"]]["statements"])]
    missed = [(d, k) for d, i, k in keyed if (d, i) not in found]
    made = out["right"] + out["misattributed"] + out["extra"]
    return {
        "excerpts": len(rows), "keyed": len(keyed), "graph_statements": made + out["neutral"],
        "precision": out["right"] / made if made else 0.0,
        "recall": (len(keyed) - len(missed)) / len(keyed) if keyed else 0.0,
        "speaker_right": out["right"] / (out["right"] + out["misattributed"]) if out["right"] else 0.0,
        "missed_by_how": dict(Counter(k["how"] for _, k in missed)),
        "keyed_by_how": dict(Counter(k["how"] for _, _, k in keyed)),
        "missed": [f"{d} {k['speaker']} ({k['how']}, {k['kind']}): {k['anchor']}" for d, k in missed],
        "wrong": wrong,
        "strategies": {f"{s or '?'} {v}": n for (s, v), n in sorted(by_strategy.items())},
    }


def who_stated(rows: list[dict], gold: dict[str, dict], graph_path: str, unnamed: set[str],
               labels: dict[str, list[str]]) -> tuple[int, int, list[str]]:
    """For each keyed statement: do the who-stated answers for its anchor name only right speakers? An answer is
    right as a statement's speaker is: its node carries a keyed name among its labels ('Dmitry Peskov' shown,
    'Dmitri Peskov' keyed)."""
    from kg import query

    right, total, bad = 0, 0, []
    for r in rows:
        for k in gold[r["id"]]["statements"]:
            total += 1
            answers = [a for a in query.who_stated(k["anchor"], graph_path) if Path(a["document"]).stem == r["id"]]
            ok = bool(answers) and all(right_speaker(k, labels.get(a["speaker_iri"]) or [norm(a["speaker"])],
                                                     a["speaker_iri"] in unnamed) for a in answers)
            right += ok
            if not ok:
                bad.append(f"{r['id']} {k['anchor']!r}: {[a['speaker'] for a in answers] or '(none)'}")
    return right, total, bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    ap.add_argument("--list", metavar="SPLIT", help="print the text files of a split and stop")
    ap.add_argument("--graph", help="the kg.ttl built from the split's texts")
    ap.add_argument("--json", help="also write the full report here")
    ap.add_argument("--part", default="", help="only the excerpts whose id starts with one of these (comma-separated: keyers' parts)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.list:
        print("\n".join(check_texts([r for r in index(args.list) if r["id"].startswith(tuple(args.part.split(",")))])))
        return 0
    rows, gold = [r for r in index(args.split) if r["id"].startswith(tuple(args.part.split(",")))], key()
    graph = Graph().parse(args.graph, format="turtle")
    report = score(rows, gold, graph_statements(graph))
    unnamed = {str(s) for s, _, c in graph.triples((None, RDF.type, None)) if local(c) == "UnnamedAgent"}
    labels = defaultdict(list)
    for node, p, o in graph:
        if local(p) in LABELS:
            labels[str(node)].append(norm(str(o)))
    report["who_stated"] = who_stated(rows, gold, args.graph, unnamed, labels)
    ws_right, ws_total, ws_bad = report["who_stated"]
    print(f"{args.split}: {report['excerpts']} excerpts, {report['keyed']} keyed statements, "
          f"{report['graph_statements']} in the graph")
    print(f"statements  P {report['precision']:.2f}  R {report['recall']:.2f}  speaker right "
          f"{report['speaker_right']:.2f}  who-stated {ws_right}/{ws_total}")
    print(f"missed by how the speaker is signalled: {report['missed_by_how']} of {report['keyed_by_how']}")
    if args.verbose:
        for name in ("missed", "wrong"):
            print(f"\n[{name}]\n  " + "\n  ".join(report[name]))
        print("\n[who-stated wrong]\n  " + "\n  ".join(ws_bad))
        print("\n[strategies]\n  " + "\n  ".join(f"{k}: {v}" for k, v in report["strategies"].items()))
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
