"""Hand-made documents, mentions, extractions and a tiny gazetteer for the unit tests (no spaCy)."""
from __future__ import annotations

from kg.gazetteer import Gazetteer
from kg.model import Document, Evidence, Extraction, Mention

ENTRIES = [
    {"id": "olaf_scholz", "type": "Person", "qid": "Q61053", "label": "Olaf Scholz", "label_fr": "Olaf Scholz",
     "aliases": ["Scholz", "Olaf Scholtz"], "country": "germany", "leader_of": "germany"},
    {"id": "emmanuel_macron", "type": "Person", "label": "Emmanuel Macron", "label_fr": "Emmanuel Macron",
     "aliases": ["Macron"], "country": "france", "leader_of": "france"},
    {"id": "sergei_shoigu", "type": "Person", "label": "Sergei Shoigu", "label_fr": "Sergueï Choïgou",
     "aliases": ["Choïgou", "Shoigu"], "country": "russia"},
    {"id": "germany", "type": "State", "qid": "Q183", "label": "Germany", "label_fr": "Allemagne",
     "aliases": ["RFA"], "demonyms": ["allemand", "allemande", "allemands"]},
    {"id": "france", "type": "State", "label": "France", "label_fr": "France", "demonyms": ["français", "française"]},
    {"id": "russia", "type": "State", "label": "Russia", "label_fr": "Russie", "demonyms": ["russe", "russes"]},
    {"id": "ukraine", "type": "State", "label": "Ukraine", "label_fr": "Ukraine", "demonyms": ["ukrainien"]},
    {"id": "ruthenia", "type": "State", "label": "Principality of Ruthenia", "label_fr": "Principauté de Ruthénie",
     "aliases": ["Ruthénie"]},
    {"id": "people_s_rally", "type": "Organization", "label": "People's Rally", "label_fr": "Rassemblement populaire",
     "aliases": ["Front populaire"]},  # an old name
    {"id": "berlin", "type": "Place", "label": "Berlin", "label_fr": "Berlin", "country": "germany",
     "capital_of": "germany"},
    {"id": "kharkiv", "type": "Place", "label": "Kharkiv", "label_fr": "Kharkiv", "aliases": ["Kharkov", "Kharkiv"],
     "country": "ukraine"},
    {"id": "bundeswehr", "type": "MilitaryUnit", "label": "Bundeswehr", "label_fr": "Bundeswehr",
     "kind": "armed_forces", "country": "germany"},
    {"id": "rhine_defence_pact", "type": "Treaty", "label": "Rhine Mutual Defence Pact",
     "label_fr": "Pacte rhénan de défense mutuelle", "parties": ["france", "germany"],
     "keywords": ["défense", "mutuelle", "rhénan"]},
    {"id": "steppe_energy_accord", "type": "Treaty", "label": "Steppe Energy Accord",
     "label_fr": "Accord énergétique des steppes", "parties": ["russia", "ukraine"],
     "keywords": ["énergie", "énergétique", "gaz", "cessez-le-feu"]},
]


def gazetteer() -> Gazetteer:
    return Gazetteer(entries={e["id"]: dict(e) for e in ENTRIES})


def make_extraction(name: str, specs: list) -> Extraction:
    """An article made of the given mention texts joined by sentences; a spec is text, (text, type) or
    (text, type, {mention fields}). Mention ids are their index."""
    text, mentions = "", []
    for i, spec in enumerate(specs):
        if isinstance(spec, str):
            spec = (spec, "Person")
        surface, type_, *rest = spec
        extra = dict(rest[0]) if rest else {}
        text += "Selon l'article, "
        start = len(text)
        text += surface
        mentions.append(Mention(doc=name, start=start, end=start + len(surface), text=surface, type=type_, id=i,
                                sent_index=i, **extra))
        text += " a parlé.\n"
    return Extraction(doc=Document(name=name, text=text), mentions=mentions)


def evidence(doc: str, start: int = 0, end: int = 5, sentence: str = "Une phrase.") -> Evidence:
    return Evidence(doc=doc, start=start, end=end, sent_start=0, sent_end=len(sentence), sent_index=0,
                    sentence=sentence)


def article_folder(tmp_path, articles: dict[str, str]):
    """A folder 'in' under tmp_path holding one file per (name, text) of articles."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
