"""The gazetteer of well-known entities shipped in ontology/gazetteer/*.json, indexed for lookup."""
from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg import names
from kg.errors import KgError


def ontology_dir() -> Path:
    """Folder holding kg.ttl, shapes.ttl and the gazetteer: the package data kg.ontology ($KG_ONTOLOGY overrides).

    Found through importlib.resources, never through the current directory, so an installed wheel works anywhere."""
    folder = Path(os.environ.get("KG_ONTOLOGY") or str(resources.files("kg.ontology")))
    if not (folder / "kg.ttl").is_file() or not any((folder / "gazetteer").glob("*.json")):
        raise KgError(f"kg's ontology and gazetteer are missing from {folder}: reinstall kg")
    return folder


@dataclass
class Gazetteer:
    """Entries by id, with indexes by name key, demonym, and by country for roles and forces."""

    entries: dict[str, dict]
    terms: list[dict] = field(default_factory=list)
    by_key: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_skeleton: dict[tuple[str, ...], set[str]] = field(default_factory=lambda: defaultdict(set))  # long names
    demonyms: dict[str, str] = field(default_factory=dict)
    forces: dict[str, str] = field(default_factory=dict)
    special_forces: dict[str, str] = field(default_factory=dict)
    leaders: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    offices: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))  # office -> its terms
    organizations: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # state -> its bodies
    held: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))  # holder -> the terms he held

    def __post_init__(self) -> None:
        for term in self.terms:
            self.offices[term["office"]].append(term)
            self.held[term["holder"]].append(term)
        for gid, entry in self.entries.items():
            if entry["type"] == "Organization" and entry.get("country"):
                self.organizations[entry["country"]].append(gid)
        for gid, entry in sorted(self.entries.items()):
            self.index_names(gid, entry)
            kind, country = entry.get("kind"), entry.get("country")
            if entry["type"] == "MilitaryUnit" and kind == "armed_forces" and country:
                self.forces.setdefault(country, gid)
            if entry["type"] == "MilitaryUnit" and kind == "special_forces" and country:
                self.special_forces.setdefault(country, gid)
            if entry.get("leader_of"):
                self.leaders[entry["leader_of"]].append(gid)

    def index_names(self, gid: str, entry: dict) -> None:
        """Index an entry by each of its names and demonyms."""
        for name in self.names(entry):
            self.by_key[names.key(name)].add(gid)
            if entry["type"] == "Person" and long_name(skeleton := names.skeleton(name)):
                self.by_skeleton[skeleton].add(gid)
        for demonym in entry.get("demonyms", []):
            self.demonyms.setdefault(names.fold(demonym), gid)

    @staticmethod
    def names(entry: dict) -> list[str]:
        """Every name of an entry: English label, French label, aliases; for a state, also 'État' and its first
        demonym ('État libanais')."""
        state = [f"État {entry['demonyms'][0]}"] if entry.get("type") == "State" and entry.get("demonyms") else []
        return [n for n in [entry.get("label"), entry.get("label_fr"), *entry.get("aliases", []), *state] if n]

    def lookup(self, name: str, type_: str | None = None) -> str | None:
        """The one entry whose name has the same key (and type, if given), else the one person whose long name is
        spelt alike (kg.gazetteer.Gazetteer.spelt_alike), else None; a short acronym must be one of its names
        letter for letter ('EFF' is not the agency EFE, though their keys are alike)."""
        found = self.by_key.get(names.key(name)) or self.spelt_alike(name)
        ids = sorted(i for i in found if (type_ is None or self.entries[i]["type"] == type_) and self.spelt_as(name, i))
        if SHORT_ACRONYM.fullmatch(name.strip()):
            ids = [i for i in ids if name.strip() in {n.upper() for n in self.names(self.entries[i])}]
        return ids[0] if len(ids) == 1 else None

    def spelt_as(self, name: str, gid: str) -> bool:
        """Whether a one-word name is a person's as written, accents aside ('Raabe' is no 'Raab', whose key it
        shares); a longer name, or another entity's, may be spelt otherwise."""
        entry = self.entries[gid]
        if " " in name.strip() or entry["type"] != "Person":
            return True
        return names.fold(name.strip()) in {names.fold(w) for n in self.names(entry) for w in n.split()}

    def spelt_alike(self, name: str) -> set[str]:
        """The persons with a long name of the same consonants whose every word is one letter off at most
        ('ben Abdelrahmane' is 'bin Abdulrahman'; 'Slimane' is not 'Salman', nor 'Hussein' 'Hassan')."""
        words = names.key(name).split()
        return {gid for gid in self.by_skeleton.get(names.skeleton(name), ())
                if any(one_letter_off(words, names.key(n).split()) for n in self.names(self.entries[gid]))}

    def state_of_demonym(self, word: str) -> str | None:
        return self.demonyms.get(names.fold(word))

    def holders(self, office: str, jurisdiction: str | None) -> list[dict]:
        """Terms of an office in a jurisdiction, or in any when it is None (holder id, start, end), earliest first."""
        return sorted((t for t in self.offices.get(office, ()) if jurisdiction in (None, t["jurisdiction"])),
                      key=lambda t: t.get("start") or "")

    def led(self, gid: str | None, offices: Iterable[str]) -> set[str]:
        """The jurisdictions a person led: the one of his entry's leader_of, and those of his terms of those offices."""
        entry = self.entries.get(gid or "") or {}
        found = {t["jurisdiction"] for t in self.held.get(gid or "", ()) if t["office"] in offices}
        return found | ({entry["leader_of"]} if entry.get("leader_of") else set())

    def get(self, gid: str | None) -> dict | None:
        return self.entries.get(gid) if gid else None


SHORT_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,3}")


def one_letter_off(words: list[str], others: list[str]) -> bool:
    """Whether two names have as many words, each the same but for one letter added, dropped or changed."""
    return len(words) == len(others) and all(close(a, b) for a, b in zip(words, others))


def close(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[i + 1:] == b[i + 1:] or a[i:] == b[i + 1:] or a[i + 1:] == b[i:]


def long_name(skeleton: tuple[str, ...]) -> bool:
    """A name long enough that its consonants name one person: three words or more, ten consonants or more."""
    return len(skeleton) >= 3 and sum(map(len, skeleton)) >= 10


def load(folder: Path | None = None) -> Gazetteer:
    """Read every gazetteer file in folder (default: ontology/gazetteer)."""
    folder = folder or ontology_dir() / "gazetteer"
    entries: dict[str, dict] = {}
    terms: list[dict] = []
    for path in sorted(folder.glob("*.json")):
        try:
            for entry in json.loads(path.read_text(encoding="utf-8")):
                if "holder" in entry:
                    terms.append(entry)
                else:
                    entries.setdefault(entry["id"], entry)
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise KgError(f"gazetteer file {path} is unreadable: {err}") from err
    return Gazetteer(entries, terms)


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    """The shipped gazetteer, loaded once."""
    return load()
