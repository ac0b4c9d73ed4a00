"""A user's corrections (kg-corrections.toml next to the corpus), applied to the resolved graph at every build.

    [[same]]            names = ["Kim Jong Un", "Kim Jong-il"]      # these nodes are one (the first stays)
    [[different]]       entity = "Kim"  names = ["Kim Yo Jong"]     # these spellings of a node are another one
    [[speaker]]         words = "héroïsme"  article = "a.txt"  speaker = "Vladimir Putin"
    [[not_statement]]   words = "sans précédent"  article = "a.txt"
    [[type]]            entity = "Wagner"  type = "MilitaryUnit"

An entity is named by its id or by one of its labels (case and accents folded); a statement by words of it
(and optionally its article's file name). Every node a correction changes records it (kg:correction), and a
correction that matches nothing is reported."""
from __future__ import annotations

import logging
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import InputError
from kg.model import ENTITY_TYPES, Entity, KnowledgeGraph, Statement
from kg.names import fold
from kg.resolve import slug

log = logging.getLogger("kg")
FILE = "kg-corrections.toml"


@dataclass(frozen=True)
class Correction:
    """One correction: its kind, its fields, and where it was written (for the notes and the reports)."""

    kind: str
    fields: dict
    where: str

    def note(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in sorted(self.fields.items()))
        return f"{self.where}: {self.kind} {shown}"


def find(paths: Iterable[str | Path]) -> list[Path]:
    """The corrections files next to the inputs: in each folder given, or beside each file given."""
    found = []
    for raw in paths:
        path = Path(raw)
        candidate = (path if path.is_dir() else path.parent) / FILE
        if str(raw) != "-" and candidate.is_file() and candidate not in found:
            found.append(candidate)
    return found


def load(files: Iterable[Path]) -> list[Correction]:
    """The corrections written in files; InputError for a file that is not TOML or a kind kg does not know."""
    out = []
    for path in files:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            raise InputError(f"{path}: not a readable corrections file ({err})") from err
        for kind, items in data.items():
            if kind not in APPLY or not isinstance(items, list):
                raise InputError(f"{path}: unknown correction [[{kind}]] (known: {', '.join(APPLY)})")
            out += [Correction(kind, dict(item), f"{path.name} [[{kind}]] #{i}") for i, item in enumerate(items, 1)]
    return out


def entity_named(kg: KnowledgeGraph, name: str) -> Entity | None:
    """The one entity with this id, or with this label (folded)."""
    if name in kg.entities:
        return kg.entities[name]
    found = [e for e in kg.entities.values() if fold(name) in {fold(label) for label in {e.label, *e.labels}}]
    return found[0] if len(found) == 1 else None


def statements_with(kg: KnowledgeGraph, c: Correction) -> list[Statement]:
    """The statements whose words hold c's words (and of c's article, when given)."""
    words, article = fold(str(c.fields.get("words", ""))), c.fields.get("article")
    return [st for ex in kg.extractions if article in (None, ex.doc.name) for st in ex.statements
            if words and words in fold(st.text)]


def repoint(kg: KnowledgeGraph, old: str, new: str, keep: Callable[[tuple[str, int]], bool] = lambda key: True) -> int:
    """Resolve the mentions of entity old (those keep accepts) to entity new; how many moved."""
    moved = [key for key, eid in kg.resolved.items() if eid == old and keep(key)]
    for key in moved:
        kg.resolved[key] = new
    return len(moved)


def same(kg: KnowledgeGraph, c: Correction) -> bool:
    found = [entity_named(kg, str(n)) for n in c.fields.get("names", [])]
    if len(found) < 2 or any(e is None for e in found):
        return False
    keep = found[0]
    for other in found[1:]:
        if other.id == keep.id:
            continue
        repoint(kg, other.id, keep.id)
        keep.labels |= {other.label, *other.labels}
        keep.docs |= other.docs
        keep.mentions += other.mentions
        del kg.entities[other.id]
    keep.corrections.append(c.note())
    return True


def different(kg: KnowledgeGraph, c: Correction) -> bool:
    entity, forms = entity_named(kg, str(c.fields.get("entity", ""))), [str(n) for n in c.fields.get("names", [])]
    if entity is None or not forms:
        return False
    folded = set(map(fold, forms))
    mentions = {(m.doc, m.id): m for ex in kg.extractions for m in ex.mentions}
    new_id = free_id(kg, slug(forms[0]))
    moved = repoint(kg, entity.id, new_id, lambda key: key in mentions and fold(mentions[key].text) in folded)
    if not moved:
        return False
    moving = {f for f in entity.labels if fold(f) in folded}
    kg.entities[new_id] = Entity(id=new_id, type=entity.type, label=forms[0], labels=moving, corrections=[c.note()],
                                 docs={doc for (doc, _), eid in kg.resolved.items() if eid == new_id}, mentions=moved)
    entity.labels -= moving
    entity.corrections.append(c.note())
    return True


def free_id(kg: KnowledgeGraph, base: str) -> str:
    """base, or base_2, base_3 … : the first id no entity has."""
    n = 1
    while (candidate := base if n == 1 else f"{base}_{n}") in kg.entities:
        n += 1
    return candidate


def speaker(kg: KnowledgeGraph, c: Correction) -> bool:
    who, found = entity_named(kg, str(c.fields.get("speaker", ""))), statements_with(kg, c)
    if who is None or not found:
        return False
    for st in found:
        ex = next(x for x in kg.extractions if st in x.statements)
        st.speaker = replace(st.speaker, id=len(ex.mentions), unnamed=False)
        ex.mentions.append(st.speaker)
        kg.resolved[(st.speaker.doc, st.speaker.id)] = who.id
        st.rule, st.confidence = "correction", 1.0
        st.corrections.append(c.note())
    return True


def not_statement(kg: KnowledgeGraph, c: Correction) -> bool:
    found = statements_with(kg, c)
    for ex in kg.extractions:
        ex.statements = [st for st in ex.statements if st not in found]
    return bool(found)


def retype(kg: KnowledgeGraph, c: Correction) -> bool:
    entity, type_ = entity_named(kg, str(c.fields.get("entity", ""))), c.fields.get("type")
    if type_ not in ENTITY_TYPES:
        raise InputError(f"{c.where}: type must be one of {', '.join(ENTITY_TYPES)}")
    if entity is None:
        return False
    entity.type = type_
    entity.corrections.append(c.note())
    return True


APPLY: dict[str, Callable[[KnowledgeGraph, Correction], bool]] = {
    "same": same, "different": different, "speaker": speaker, "not_statement": not_statement, "type": retype}


def apply(kg: KnowledgeGraph, corrections: list[Correction]) -> list[Correction]:
    """Apply corrections in the order written; the ones that matched nothing, each reported."""
    unmatched = [c for c in corrections if not APPLY[c.kind](kg, c)]
    kg.corrections += [c.note() for c in corrections if c not in unmatched]
    for c in unmatched:
        log.warning("correction matches nothing in this build: %s", c.note())
    if corrections:
        log.info("applied %d corrections", len(corrections) - len(unmatched))
    return unmatched
