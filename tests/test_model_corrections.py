"""A user's corrections (kg-corrections.toml beside the articles): each kind changes the graph, records that it
did, survives a rebuild, and one that matches nothing is reported."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf import ID, KG

pytestmark = pytest.mark.model

ARTICLES = {
    "a.txt": "Diplomatie : Moscou parle de paix\n\nLe président russe Vladimir Poutine a déclaré mardi que « la paix "
             "est proche ». Le ministre russe des Affaires étrangères Sergueï Lavrov a affirmé que la Russie était "
             "prête à négocier à Genève.\n",
    "b.txt": "Diplomatie : le Kremlin dénonce une provocation\n\nM. Poutine a dénoncé mercredi « une provocation "
             "occidentale ». Selon le porte-parole du Kremlin, Dmitri Peskov, « rien n'est encore décidé » pour le "
             "sommet de Genève.\n",
}
CORRECTIONS = """
[[same]]
names = ["Sergei Lavrov", "Dmitry Peskov"]

[[different]]
entity = "Vladimir Putin"
names = ["M. Poutine", "Poutine"]

[[speaker]]
words = "rien n'est encore décidé"
article = "b.txt"
speaker = "Sergei Lavrov"

[[not_statement]]
words = "la paix est proche"

[[type]]
entity = "Genève"
type = "State"

[[same]]
names = ["Personne Inconnue", "Vladimir Putin"]
"""
E = "https://w3id.org/kg-fr/id/entity/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corrections")
    (folder / "in").mkdir()
    for name, text in ARTICLES.items():
        (folder / "in" / name).write_text(text, encoding="utf-8")
    (folder / "in" / "kg-corrections.toml").write_text(CORRECTIONS, encoding="utf-8")
    graphs = []
    for _ in range(2):  # a build, then a rebuild (from the cache): the corrections hold both times
        result = CliRunner().invoke(app, ["build", str(folder / "in"), "--out", str(folder / "out")])
        assert result.exit_code == 0, result.output
        graphs.append((Graph().parse(folder / "out" / "kg.ttl"), result.output))
    return graphs


def node(g: Graph, label: str) -> URIRef:
    """The one entity node carrying this label."""
    [found] = {s for s in g.subjects(None, Literal(label)) if str(s).startswith(E)}
    return found


def speaker_of(g: Graph, words: str) -> URIRef | None:
    return next((g.value(s, KG.speaker) for s, text in g.subject_objects(KG.text) if words in str(text)), None)


@pytest.mark.parametrize("run", [0, 1])
def test_each_kind_of_correction_changes_the_graph_and_survives_a_rebuild(built, run):
    g, _ = built[run]
    lavrov = node(g, "Sergueï Lavrov")
    assert node(g, "Dmitri Peskov") == lavrov  # one node now
    split = [s for s in g.subjects(None, Literal("M. Poutine"))]
    assert split and URIRef(E + "vladimir_putin") not in split
    assert speaker_of(g, "rien n'est encore décidé") == lavrov
    assert speaker_of(g, "la paix est proche") is None
    assert (URIRef(E + "geneva"), None, KG.State) in g or any(
        (s, None, KG.State) in g for s in g.subjects(None, Literal("Genève")))
    notes = [str(o) for o in g.objects(ID["corrections"], KG.correction)]
    assert len(notes) == 5 and all(n.startswith("kg-corrections.toml [[") for n in notes)
    assert any(True for _ in g.objects(lavrov, KG.correction))


def test_a_correction_that_matches_nothing_is_reported(built):
    _, output = built[0]
    assert "matches nothing" in output and "Personne Inconnue" in output
    assert "unmatched_corrections 1" in output and "skipped 0" in output
