"""Sanity checks for test.gold.json against ./articles (independent of the kg tool)."""
import json, re, sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from score_kg import norm  # same normalisation as the scorer

here = Path(__file__).parent
gold = json.loads((here / "test.gold.json").read_text(encoding="utf-8"))
texts = {k: (here / "articles" / f).read_text(encoding="utf-8") for k, f in gold["documents"].items()}
problems = []
ids = {e["id"] for e in gold["entities"]}
boiler = gold["boilerplate"]

def furniture(doc, line):
    return any(norm(b) in norm(line) for b in boiler.get(doc, []))

body = {d: "\n".join(l for l in t.splitlines() if not furniture(d, l)) for d, t in texts.items()}
nbody = {d: norm(t) for d, t in body.items()}

def has(hay, needle):
    return re.search(r"(?<![\w])" + re.escape(needle) + r"(?![\w])", hay) is not None

# statements
for s in gold["statements"] + gold["optional_statements"]:
    if norm(s["key"]) not in nbody[s["doc"]]:
        problems.append(f"key not in body of {s['doc']}: {s['key']}")
    for sp in s.get("speakers", []):
        if sp not in ids:
            problems.append(f"unknown speaker {sp}")
    for b in boiler.get(s["doc"], []):
        if norm(b) in norm(s["key"]) or norm(s["key"]) in norm(b):
            problems.append(f"key overlaps boilerplate {b!r}: {s['key']}")
# boilerplate occurs, and only on furniture lines
for d, bs in boiler.items():
    for b in bs:
        lines = [l for l in texts[d].splitlines() if norm(b) in norm(l)]
        if not lines:
            problems.append(f"boilerplate not found in {d}: {b}")
        for l in lines:
            print(f"  [{d}] furniture: {l[:100]}")
# aliases unique
owner = {}
for e in gold["entities"]:
    for a in set(norm(x) for x in e["aliases"] + [e["label"]]):
        if a in owner and owner[a] != e["id"]:
            problems.append(f"alias {a!r} in {owner[a]} and {e['id']}")
        owner[a] = e["id"]
for n in gold["neutral"] + gold["junk"]:
    if norm(n) in owner:
        problems.append(f"neutral/junk {n!r} is alias of {owner[norm(n)]}")
if set(map(norm, gold["neutral"])) & set(map(norm, gold["junk"])):
    problems.append("neutral/junk overlap")
for j in gold["junk"]:
    if any(has(nb, norm(j)) for nb in nbody.values()):
        problems.append(f"junk in body: {j}")
    if not any(norm(j) in norm(t) for t in texts.values()):
        problems.append(f"junk nowhere: {j}")
# entity docs
for e in gold["entities"]:
    found = sorted(d for d in texts if any(has(nbody[d], norm(a)) for a in e["aliases"]))
    if found != sorted(e["docs"]):
        problems.append(f"docs of {e['id']}: listed {e['docs']} found {found}")
# relations, quantities, who-stated
for r in gold["relations"] + gold["optional_relations"]:
    for i in r["s"] + r["o"]:
        if i not in ids:
            problems.append(f"unknown id in relation {i}")
for q in gold["quantities"]:
    for i in q["claimants"]:
        if i not in ids:
            problems.append(f"unknown claimant {i}")
for w in gold["who_stated"]:
    nq = norm(w["query"])
    hits = [d for d in texts if nq in nbody[d]]
    st = [s for s in gold["statements"] if nq in norm(s["key"]) or norm(s["key"]) in nq]
    if len(hits) != 1 or not st or any(w["speakers"][0] != s["speakers"][0] for s in st):
        problems.append(f"who-stated {w['query']!r}: docs {hits}, statements {[(s['doc'], s['speakers']) for s in st]}")
for d, t in texts.items():
    print(d, len(t.split()), "words")
print("\n".join(problems) or "ALL CHECKS PASSED")
sys.exit(1 if problems else 0)
