"""Input kinds (HTML pages, JSON lines, CSV, standard input), article metadata, one document per article,
near-duplicate stories, and time words normalised against the publication date."""
from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest

from kg import ingest
from kg.extract import dates
from kg.ingest import metadata, stories
from kg.model import Document

BODY = ("Le ministre des Affaires étrangères a déclaré mercredi que la France « ne cédera pas ». "
        "Il s'exprimait devant les députés, à Paris, lors des questions au gouvernement.")
PAGE = f"""<!DOCTYPE html><html lang="fr"><head><title>Paris ne cédera pas | La Gazette</title>
<meta property="og:site_name" content="La Gazette"><meta name="author" content="Marie Dupont">
<meta property="article:published_time" content="2024-11-05T10:12:00+01:00">
<link rel="canonical" href="https://gazette.example/monde/paris"></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a> Passer au contenu principal</nav>
<article><h1>Paris ne cédera pas</h1><p>{BODY}</p>
<p>« Nous soutiendrons l'Ukraine aussi longtemps qu'il le faudra », a-t-il ajouté devant la presse.</p></article>
<aside><h3>Lire aussi</h3><ul><li><a href="/x">Moscou accuse Kiev de provocations</a></li></ul></aside>
<footer>Tous droits réservés. Gérer les cookies.</footer></body></html>"""


def test_an_html_page_gives_its_text_and_metadata_not_its_furniture(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [doc], skipped = ingest.read_all([tmp_path])
    assert not skipped
    assert doc.title == "Paris ne cédera pas" and doc.text.startswith("Paris ne cédera pas\n")
    assert BODY in doc.text and "a-t-il ajouté" in doc.text
    assert not any(w in doc.text for w in ("Accueil", "Lire aussi", "Moscou accuse", "cookies", "contenu principal"))
    assert (doc.url, doc.outlet, doc.author) == ("https://gazette.example/monde/paris", "La Gazette", "Marie Dupont")
    assert doc.published.startswith("2024-11-05")


def test_a_page_without_an_article_is_skipped_with_its_name(tmp_path):
    (tmp_path / "empty.html").write_text("<html><body><nav>Accueil</nav></body></html>", encoding="utf-8")
    docs, [skipped] = ingest.read_all([tmp_path / "empty.html"])
    assert not docs and "empty.html" in skipped.reason
    assert "no article text" in skipped.reason or "nothing but page furniture" in skipped.reason


def test_json_lines_give_one_article_per_record_and_report_bad_lines(tmp_path):
    records = [{"url": "https://a.example/1", "title": "Un premier titre d'article", "text": BODY,
                "date": "2024-11-05", "source": "Agence A", "author": ["Jean Dupont", "Ana Lima"]},
               {"link": "https://b.example/2", "content": BODY.replace("mercredi", "jeudi"),
                "published": "05/11/2024", "publisher": {"name": "Le Quotidien"}},
               {"url": "https://c.example/3"}]
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + ["{pas du json", "[1, 2]", ""]
    (tmp_path / "export.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs, skipped = ingest.read_all([tmp_path / "export.jsonl"])
    assert [d.name for d in docs] == ["export.jsonl#1", "export.jsonl#2"]
    first, second = docs
    assert first.text.startswith("Un premier titre d'article\n\n") and first.title == "Un premier titre d'article"
    assert (first.url, first.published, first.outlet, first.author) == \
        ("https://a.example/1", "2024-11-05", "Agence A", "Jean Dupont, Ana Lima")
    assert (second.url, second.published, second.outlet) == ("https://b.example/2", "2024-11-05", "Le Quotidien")
    assert [s.path.rsplit("/", 1)[-1] for s in skipped] == ["export.jsonl#3", "export.jsonl#4", "export.jsonl#5"]
    assert "no text field" in skipped[0].reason and "not JSON" in skipped[1].reason


def test_csv_rows_are_articles(tmp_path):
    (tmp_path / "export.csv").write_text(
        "Titre;Texte;Date;Site\n"
        "ignored;ignored;ignored;ignored\n", encoding="utf-8")  # no known text field: every row is reported
    (tmp_path / "good.csv").write_text(f'title,body,date,site\n"Un titre","{BODY}",2024-11-05,La Gazette\n',
                                       encoding="utf-8")
    docs, skipped = ingest.read_all([tmp_path])
    assert [(d.name, d.outlet, d.published) for d in docs] == [("good.csv#2", "La Gazette", "2024-11-05")]
    assert [s.path.rsplit("/", 1)[-1] for s in skipped] == ["export.csv#2"]


def test_standard_input_is_read_and_its_kind_sniffed(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-8"))))
    [doc], _ = ingest.read_all(["-"])
    assert doc.name == "stdin" and doc.outlet == "La Gazette"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"Un titre pour cet article\n\n{BODY}\n".encode())))
    [doc], _ = ingest.read_all(["-"])
    assert doc.title == "Un titre pour cet article" and doc.published is None


def test_a_folder_of_mixed_kinds_builds_together_and_reports_the_rest(tmp_path):
    (tmp_path / "a.txt").write_text(f"Un titre d'article en texte\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE.replace("mercredi", "mardi"), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": BODY.replace("mercredi", "lundi")}), encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    docs, skipped = ingest.read_all([tmp_path])
    assert [d.name for d in docs] == ["a.txt", "b.html", "c.jsonl#1"]
    assert [s.path.rsplit("/", 1)[-1] for s in skipped] == ["photo.jpg"]


def test_plain_text_datelines_and_bylines_are_read_not_kept(tmp_path):
    text = f"Un titre d'article sur Paris\nPar Marie Dupont\nPublié le 5 novembre 2024 à 10h12\n\n{BODY}\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    doc = ingest.read_document(tmp_path / "a.txt")
    assert (doc.author, doc.published) == ("Marie Dupont", "2024-11-05T10:12:00")
    assert "Marie Dupont" not in doc.body and "Publié" not in doc.body


@pytest.mark.parametrize("stamp, iso", [("date 2025-11-03", "2025-11-03"), ("date 2024-04", None)])
def test_a_scraper_s_date_stamp_glued_to_the_lead_is_read_and_set_aside(tmp_path, stamp, iso):
    text = f"Un titre d'article sur Paris\n\n {stamp} L'ambassadeur a affirmé que la ville était calme.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    doc = ingest.read_document(tmp_path / "a.txt")
    assert doc.published == iso
    assert "date" not in doc.body and "L'ambassadeur a affirmé" in doc.body


@pytest.mark.parametrize("written, iso", [
    ("2024-11-05", "2024-11-05"), ("2024-11-05T10:12:00+01:00", "2024-11-05T10:12:00+01:00"),
    ("Publié le 5 novembre 2024 à 10h12", "2024-11-05T10:12:00"), ("Mis en ligne le 1er mars 2023", "2023-03-01"),
    ("05/11/2024", "2024-11-05"), ("hier", None), ("", None), (None, None)])
def test_publication_dates(written, iso):
    assert metadata.iso_date(written) == iso


def test_the_same_article_under_two_names_is_one_document_and_two_articles_with_one_name_are_two(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "article.txt").write_text(f"Un titre d'article\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "y" / "article.txt").write_text(f"Un autre titre d'article\n\n{BODY} Fin.\n", encoding="utf-8")
    (tmp_path / "copy.txt").write_text(f"Un titre d'article\n\n{BODY}\n", encoding="utf-8")
    docs, skipped = ingest.read_all([tmp_path])
    assert [d.name for d in docs] == ["copy.txt", "y/article.txt"]
    assert [s.reason for s in skipped] == ["x/article.txt: same text as copy.txt, skipped"]


WIRE = ("Le président ukrainien Volodymyr Zelensky a appelé jeudi ses alliés occidentaux à livrer davantage de "
        "systèmes de défense antiaérienne, après une nuit de frappes russes sur les infrastructures énergétiques "
        "du pays. « Chaque missile abattu sauve des vies », a-t-il déclaré dans son allocution du soir, ajoutant "
        "que l'hiver serait difficile pour des millions d'Ukrainiens privés d'électricité et de chauffage.")


def test_the_same_wire_story_on_two_sites_is_linked_and_a_different_story_is_not():
    a = Document(name="site-a.txt", text=f"Zelensky appelle à l'aide\n\n{WIRE}\n")
    b = Document(name="site-b.txt", text=f"Kiev demande plus de défense\n\n{WIRE} Mis à jour à 18 heures.\n")
    c = Document(name="site-c.txt", text="Le Parlement européen a adopté mardi un texte sur l'intelligence "
                 "artificielle, après de longues négociations entre les États membres et les groupes politiques.")
    assert [[d.name for d in g] for g in stories.link([a, b, c])] == [["site-a.txt", "site-b.txt"]]
    assert a.same_story == [b.key] and b.same_story == [a.key] and c.same_story == []


PUBLISHED = date(2024, 11, 7)  # a Thursday


@pytest.mark.parametrize("sentence, words, iso", [
    ("Il a déclaré mercredi que la trêve tenait.", "mercredi", "2024-11-06"),
    ("Il a déclaré jeudi que la trêve tenait.", "jeudi", "2024-11-07"),  # the day of publication
    ("Il a déclaré lundi dernier que la trêve tenait.", "lundi dernier", "2024-11-04"),
    ("Il a déclaré vendredi que la trêve tenait.", "vendredi", "2024-11-01"),
    ("Il se rendra à Kiev lundi prochain.", "lundi prochain", "2024-11-11"),
    ("Hier, le ministre a parlé.", "Hier", "2024-11-06"),
    ("Le sommet s'est tenu le 3 mars.", "le 3 mars", "2024-03-03"),
    ("Le sommet se tiendra le 20 décembre.", "le 20 décembre", "2024-12-20"),
    ("Le sommet s'est tenu le 3 mars 2022.", "le 3 mars 2022", "2022-03-03"),
    ("Les troupes sont arrivées en juin.", "en juin", "2024-06"),
    ("Les troupes sont arrivées en décembre dernier.", "en décembre dernier", "2023-12"),
    ("Depuis février 2022, la guerre dure.", "Depuis février 2022", "2022-02"),
    ("Le traité a été signé en 2024.", "en 2024", "2024"),
    ("La veille, il avait parlé.", "La veille", None),
])
def test_time_words_are_dated_from_the_publication_day(sentence, words, iso):
    found = dates.find(sentence, published=PUBLISHED)
    assert (found.text, found.date) == (words, iso)


def test_without_a_publication_date_only_absolute_dates_are_dated():
    assert dates.find("Il a parlé mercredi.", published=None).date is None
    assert dates.find("Il a parlé le 3 mars 2022.", published=None).date == "2022-03-03"
    assert dates.find("« Mercredi, nous partirons », a-t-il dit.", published=PUBLISHED, outside=(0, 28)) is None
