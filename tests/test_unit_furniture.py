"""Unit tests of kg.ingest.furniture: which page-furniture lines are dropped, which are kept, and why."""
from __future__ import annotations

import pytest

from kg.ingest import furniture
from kg.model import ArticleState, Document

TITLE = "Scholz et Macron promettent une aide accrue à Kiev après les frappes sur Zaporijjia"
BODY_1 = ("Le chancelier allemand Olaf Scholz et le président français Emmanuel Macron se sont retrouvés mardi "
          "à Berlin pour discuter d'un nouveau paquet d'aide militaire destiné à l'Ukraine.")
BODY_2 = ("Les deux dirigeants ont insisté sur la nécessité de livrer rapidement des systèmes de défense "
          "aérienne supplémentaires, estimant que les frappes russes s'intensifient.")
BODY_3 = ("Selon le ministère ukrainien de la Défense, plus de quarante drones ont été interceptés au-dessus "
          "de la région de Kharkiv, où plusieurs immeubles ont été endommagés.")
BODY_4 = ("Le ministre russe Sergueï Choïgou a affirmé de son côté que les troupes russes avaient atteint "
          "leurs objectifs dans le secteur, ce que Kiev conteste fermement.")
BODY_5 = ("Les négociations doivent reprendre à Genève la semaine prochaine, selon une source diplomatique "
          "citée par plusieurs agences de presse européennes.")
BODY_6 = ("Boris Petrov, porte-parole d'une organisation humanitaire, a décrit une situation très difficile "
          "pour les habitants restés dans la ville.")
CAPTION = "Des secouristes ukrainiens inspectent un immeuble touché par un drone près de Kharkiv."
RELATED = "Kharkiv sous le feu des drones pendant la nuit"


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def reasons(text: str) -> dict[str, str]:
    """Stripped text of each dropped line -> reason."""
    _, dropped = furniture.classify(text)
    return {text[s:e].strip(): r for s, e, r in dropped}


def kept(text: str) -> list[str]:
    _, dropped = furniture.classify(text)
    spans = {(s, e) for s, e, _ in dropped}
    return [ln.text for ln in furniture.split_lines(text) if ln.text.strip() and (ln.start, ln.end) not in spans]


def test_title_is_found_and_body_paragraphs_kept():
    text = page(TITLE, "", BODY_1, BODY_2, BODY_3)
    title, dropped = furniture.classify(text)
    assert title == TITLE
    assert dropped == []
    assert kept(text) == [TITLE, BODY_1, BODY_2, BODY_3]


def test_no_title_when_first_long_line_is_a_sentence():
    title, _ = furniture.classify(page(BODY_1, BODY_2))
    assert title is None


@pytest.mark.parametrize("first, title", [
    ("Au sommet de Lisbonne, la ministre a défendu le budget de la défense devant ses pairs. Le général Paul Roy "
     "a ensuite détaillé les commandes d'obus", None),  # a lead of two sentences, its last stop cut off
    ("Lisbonne. La ministre défend le budget de la défense",) * 2,
    ("Pour M. Roy et Mme Morel, la guerre des drones a changé les commandes d'obus de l'armée de terre cette année",
     "Pour M. Roy et Mme Morel, la guerre des drones a changé les commandes d'obus de l'armée de terre cette année"),
])
def test_a_lead_of_two_sentences_is_no_title_and_a_short_or_abbreviated_one_is(first, title):
    assert furniture.classify(page(first, "", BODY_1))[0] == title


def test_separator_bounded_related_link_headline_is_dropped():
    text = page(TITLE, BODY_1, "-", RELATED, "-", "Trump reconnaîtra-t-il un cessez-le-feu ?", BODY_2, BODY_3)
    r = reasons(text)
    assert r[RELATED] == "related-link"
    assert r["Trump reconnaîtra-t-il un cessez-le-feu ?"] == "related-link"
    assert r["-"] == "separator"
    assert kept(text) == [TITLE, BODY_1, BODY_2, BODY_3]


def test_body_sentence_after_separator_is_kept():
    text = page(TITLE, BODY_1, "—", BODY_2, BODY_3)
    assert BODY_2 in kept(text)


@pytest.mark.parametrize("marker, reason", [
    ("Laisser un commentaire", "cue"),
    ("Les plus lus", "cue"),
    ("Ukraine | Russie | Allemagne | Défense", "tags"),
])
def test_tail_marker_drops_itself_and_everything_after(marker, reason):
    text = page(TITLE, BODY_1, BODY_2, BODY_3, BODY_4, marker, BODY_5, BODY_6)
    r = reasons(text)
    assert r[marker] == reason
    assert r[BODY_5] == "tail"
    assert r[BODY_6] == "tail"
    assert kept(text) == [TITLE, BODY_1, BODY_2, BODY_3, BODY_4]


def test_a_byline_shaped_like_tags_before_a_paragraph_opens_the_body():
    """'AA / Tunis / X' past the first third of the lines, right before the lead paragraph."""
    byline = "AFP / Berlin / Anna Weber"
    lead = f"{BODY_1} {BODY_2}"
    text = page("Monde", TITLE, "Publié le 5 mars", TITLE, "Europe", byline, lead, BODY_3, BODY_4, BODY_5)
    r = reasons(text)
    assert r[byline] == "tags"
    assert kept(text)[-4:] == [lead, BODY_3, BODY_4, BODY_5]


@pytest.mark.parametrize("heading", ["Lire aussi", "Sur le même sujet"])
def test_a_related_heading_drops_only_its_links(heading):
    link = "Kharkiv : une nouvelle frappe de drones vise le réseau électrique"
    text = page(TITLE, BODY_1, BODY_2, BODY_5, heading, link, BODY_3, BODY_4)
    r = reasons(text)
    assert r[heading] == "related-link" and r[link] == "related-link"
    assert kept(text) == [TITLE, BODY_1, BODY_2, BODY_5, BODY_3, BODY_4]


def test_lire_aussi_drops_only_its_links():
    link = "Kharkiv : une nouvelle frappe de drones vise le réseau électrique"
    text = page(TITLE, BODY_1, BODY_2, "Lire aussi", link, BODY_3, BODY_4)
    r = reasons(text)
    assert r["Lire aussi"] == "related-link" and r[link] == "related-link"
    assert kept(text) == [TITLE, BODY_1, BODY_2, BODY_3, BODY_4]


def test_tail_marker_in_first_third_does_not_drop_the_rest():
    text = page(TITLE, "Lire aussi", BODY_1, BODY_2, BODY_3, BODY_4, BODY_5, BODY_6, "", "", "", "")
    r = reasons(text)
    assert r["Lire aussi"] == "related-link"
    assert kept(text) == [TITLE, BODY_1, BODY_2, BODY_3, BODY_4, BODY_5, BODY_6]


def test_uppercase_credit_is_dropped_and_caption_reported():
    text = page(TITLE, BODY_1, CAPTION, "REUTERS/Ivanova", BODY_2, BODY_3)
    r = reasons(text)
    assert r["REUTERS/Ivanova"] == "credit"
    assert r[CAPTION] == "caption"


@pytest.mark.parametrize("credit", ["Photo : Jean Dupont", "© Claire Martin", "Jean Dupont / AFP via Getty Images",
                                    "Jean Dupont / AFP", "Anna Koval / Reuters"])
def test_photo_credits_are_dropped(credit):
    text = page(TITLE, BODY_1, credit, BODY_2, BODY_3)
    assert credit in reasons(text)
    assert credit not in kept(text)


@pytest.mark.parametrize("credit", ["Photo : Jean Dupont", "© Claire Martin", "Jean Dupont / AFP via Getty Images"])
def test_caption_before_credit_is_reported_not_dropped(credit):
    text = page(TITLE, BODY_1, CAPTION, credit, BODY_2, BODY_3)
    r = reasons(text)
    assert r[credit] == "credit"
    assert r[CAPTION] == "caption"


def test_a_caption_ending_in_a_credit_makes_no_caption_of_the_paragraph_before():
    captioned = f"{CAPTION} Photo: Anna Koval via Getty Images"
    text = page(TITLE, BODY_1, captioned, BODY_2, BODY_3)
    r = reasons(text)
    assert r[captioned] == "credit" and BODY_1 not in r


def test_a_body_sentence_about_comments_does_not_end_the_article():
    sentence = "Interrogé sur les commentaires de son homologue, le ministre a répondu sans détour aux journalistes."
    text = page(TITLE, BODY_1, BODY_2, sentence, BODY_3, BODY_4)
    assert kept(text) == [TITLE, BODY_1, BODY_2, sentence, BODY_3, BODY_4]


@pytest.mark.parametrize("last", [
    BODY_2 + " " + BODY_4,  # two sentences: a paragraph, not a caption
    "« Rien n'a été décidé sur les autres sujets », a précisé une source gouvernementale sous couvert d'anonymat.",
])
@pytest.mark.parametrize("credit", ["© AFP", "Credits: AFP", "© Agence France-Presse"])
def test_the_paragraph_an_agency_credit_closes_is_no_caption(last, credit):
    text = page(TITLE, BODY_1, last, credit)
    r = reasons(text)
    assert r[credit] == "credit" and last not in r


def test_a_short_caption_ending_in_a_credit_after_a_blank_line_makes_no_caption_of_the_paragraph_before():
    captioned = "Le ministre décrit une «situation difficile» Photo: AFP"
    text = page(TITLE, BODY_2, "", captioned, BODY_3)
    assert BODY_2 not in reasons(text)


@pytest.mark.parametrize("footer", ["© Copyright Le Quotidien", "© 2024 Le Quotidien. Tous droits réservés"])
def test_copyright_footer_makes_no_caption_of_the_last_paragraph(footer):
    text = page(TITLE, BODY_1, BODY_2, footer)
    r = reasons(text)
    assert footer in r
    assert BODY_2 not in r


@pytest.mark.parametrize("credit", ["Jean Dupont / AFP", "Anna Koval / Reuters"])
def test_name_slash_agency_is_a_credit_with_caption(credit):
    text = page(TITLE, BODY_1, CAPTION, credit, BODY_2, BODY_3)
    r = reasons(text)
    assert r[credit] == "credit"
    assert r.get(CAPTION) == "caption"


def test_byline_of_capitalised_words_is_dropped():
    text = page(TITLE, "Par Claire Martin Dubois", BODY_1, BODY_2)
    assert reasons(text)["Par Claire Martin Dubois"] == "byline"


@pytest.mark.parametrize("label", ["International", "Europe Ukraine", "Mis à jour"])
def test_short_label_lines_are_dropped(label):
    text = page(TITLE, label, BODY_1, BODY_2)
    assert reasons(text)[label] == "label"


def test_short_sentence_is_not_a_label():
    text = page(TITLE, BODY_1, "Kiev dément.", BODY_2)
    assert "Kiev dément." in kept(text)


def test_shouting_line_is_dropped():
    text = page(TITLE, BODY_1, "GUERRE EN UKRAINE", BODY_2, BODY_3, BODY_4, BODY_5)
    assert reasons(text)["GUERRE EN UKRAINE"] == "shouting"


def test_offsets_point_at_lines():
    text = page(TITLE, BODY_1, "-", RELATED, "-", BODY_2)
    _, dropped = furniture.classify(text)
    for s, e, _ in dropped:
        assert "\n" not in text[s:e]
        assert (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n")


def test_document_body_blanks_dropped_lines_keeping_offsets():
    text = page(TITLE, "Par Claire Martin Dubois", BODY_1, "-", RELATED, "-", CAPTION, "REUTERS/Ivanova", BODY_2,
                BODY_3, BODY_4, "Lire aussi", BODY_5)
    title, lines = furniture.classify(text)
    dropped = [(s, e) for s, e, r in lines if r not in furniture.ASIDES]
    asides = [(s, e) for s, e, r in lines if r in furniture.ASIDES]
    doc = Document(name="a.txt", text=text, title=title, dropped=dropped, asides=asides)
    body = doc.body
    assert len(body) == len(text)
    for s, e in dropped:
        assert body[s:e] == " " * (e - s)
    for i, (a, b) in enumerate(zip(text, body)):
        assert a == b or b == " ", i
    for para in (BODY_1, BODY_2, BODY_3, BODY_4, CAPTION):
        start = text.index(para)
        assert body[start:start + len(para)] == para
    assert RELATED not in body and "Ivanova" not in body and BODY_5 not in body
    assert body.count("\n") == text.count("\n")
    assert doc.title_span == (0, len(TITLE))
    state = ArticleState(name=doc.name, text=doc.body, title=doc.title_span, captions=doc.asides)
    assert state.asides == [(0, len(TITLE))] + asides


def test_cue_words_count_at_the_start_of_a_line_not_inside_a_sentence():
    body = "Le président refuse de partager le pouvoir avec les commentaires de la presse."
    text = page(TITLE, "Partager sur Facebook", body, "Cet article est réservé aux abonnés", BODY_2,
                "Passer au contenu principal", "Traduit de l'anglais par Jean Martin")
    r = reasons(text)
    assert body not in r and BODY_2 not in r
    assert {r["Partager sur Facebook"], r["Cet article est réservé aux abonnés"], r["Passer au contenu principal"],
            r["Traduit de l'anglais par Jean Martin"]} == {"cue"}


def test_an_english_caption_is_furniture_and_a_french_line_is_not():
    caption = "Ukrainian soldiers fire at Russian positions near Bakhmut on Wednesday, in this handout photo."
    r = reasons(page(TITLE, BODY_1, caption, BODY_2, "Le président a dit « yes we can » à la foule, en anglais."))
    assert r[caption] == "foreign" and len(r) == 1


def test_a_dateline_cut_by_bars_keeps_the_lead_sentence_on_its_line():
    lead = "Le ministre des Affaires étrangères a déclaré mardi que la France ne céderait pas aux menaces."
    text = page(TITLE, f"PARIS | 5 novembre 2024 | {lead}", BODY_2)
    title, lines = furniture.classify(text)
    [(start, end, reason)] = lines
    assert reason == "date" and text[end:].startswith(lead)


def test_wire_credits_in_brackets_end_a_paragraph_and_are_set_aside():
    para = BODY_2 + " (Reportage Jean Martin, rédigé par Ana Lima; version française Paul Roux)"
    text = page(TITLE, BODY_1, para, "Tous les droits sont protégés Exemple.info - 2022", "| Marc Petit via Getty Images")
    _, lines = furniture.classify(text)
    cut = {text[s:e].strip(): r for s, e, r in lines}
    assert cut == {"(Reportage Jean Martin, rédigé par Ana Lima; version française Paul Roux)": "credit",
                   "| Marc Petit via Getty Images": "credit",
                   "Tous les droits sont protégés Exemple.info - 2022": "cue"}


@pytest.mark.parametrize("cue", ["Lire :", "Lire aussi :", "À lire également :"])
def test_a_long_link_line_after_a_read_cue_and_colon_is_dropped(cue):
    link = (f"{cue} La Commission voit une attitude positive dans les pourparlers pour rétablir les relations avec "
            "ses voisins, selon le ministre des Affaires étrangères")
    text = page(TITLE, BODY_1, BODY_2, link, BODY_3)
    assert reasons(text)[link] == "related-link"
    assert kept(text) == [TITLE, BODY_1, BODY_2, BODY_3]


def test_a_sentence_that_starts_with_lire_is_kept():
    line = "Lire entre les lignes de ce discours n'est pas aisé, estiment plusieurs diplomates présents à Genève."
    assert kept(page(TITLE, BODY_1, line, BODY_3)) == [TITLE, BODY_1, line, BODY_3]


POST = "Nous ne céderons rien face à la violence. La République tiendra."


@pytest.mark.parametrize("lines, cut", [
    ([POST, "pic.twitter.com/AbCd123 — Paul Girard (@PaulGirard) November 5, 2024"], "(@PaulGirard) November 5, 2024"),
    ([POST + " https://t.co/AbCd123 — Paul Girard (@PaulGirard) Voir le tweet"], "(@PaulGirard) Voir le tweet"),
    ([POST + " — Paul Girard (@PaulGirard) 5 novembre 2024"], "(@PaulGirard) 5 novembre 2024"),
    ([f"{BODY_1} {POST}-- Paul Girard (@PaulGirard) December 13, 2019 {BODY_2}"], "(@PaulGirard) December 13, 2019"),
])
def test_an_embedded_post_s_handle_and_date_are_set_aside_and_its_words_and_author_kept(lines, cut):
    """'… — Name (@handle) November 5, 2024' after a post embedded in the page: the handle and date make no
    entities ('November'); the post's words and its author's name stay, on their line or glued to a paragraph."""
    text = page(TITLE, BODY_3, *lines, BODY_4)
    assert reasons(text) == {cut: "social-post"}


@pytest.mark.parametrize("line", ["Le sommet s'est tenu mardi à Genève (Suisse/AFP)",
                                  "Le président a démenti ces informations, selon une dépêche (Le Monde/AFP)"])
def test_a_place_or_a_medium_before_an_agency_is_no_photographer(line):
    assert reasons(page(TITLE, BODY_1, line, BODY_2)) == {}


def test_a_handle_in_brackets_without_a_date_is_no_signature():
    line = "Le ministre Paul Girard (@PaulGirard) a répondu mardi aux critiques de l'opposition sur le budget."
    assert reasons(page(TITLE, BODY_1, line, BODY_2)) == {}


@pytest.mark.parametrize("line", ["Vous utilisez un AdBlock ? Désactivez-le pour lire la suite",
                                  "J'accède gratuitement à cet article en regardant une publicité",
                                  "[ Publicité ] Votre annonce ici", "Chargement du lecteur vidéo en cours...",
                                  "Ce direct est terminé, merci de l'avoir suivi",
                                  "■ Tous nos articles sur la grève des cheminots"])
def test_prompts_of_a_page_and_a_live_blog_are_furniture(line):
    assert reasons(page(TITLE, BODY_1, line, BODY_2)) == {line: "cue"}


@pytest.mark.parametrize("line", ["Lu sur la chaîne publique, le texte a ému tout le pays.",
                                  "Connectez-vous avec vos proches, conseille le ministre de la Santé."])
def test_a_short_sentence_opening_on_words_of_a_prompt_is_kept(line):
    assert reasons(page(TITLE, BODY_1, line, BODY_2)) == {}


@pytest.mark.parametrize("line", ["12 mai 2025 - 06h41", "Reuters • 01/11/2020 à 18:41", "Le 3 mars 2024",
                                  "mardi 12 mai 2025 à 06h41", "« Le Quotidien », Marc Petit, 26 février 2025"])
def test_a_line_of_a_date_and_a_time_is_furniture(line):
    assert reasons(page(TITLE, BODY_1, line, BODY_2)) == {line: "date"}


@pytest.mark.parametrize("stamp", ["[Mis à jour le 24 janvier 2023 à 13h09]",
                                   "(Actualisé avec les premiers résultats)"])
def test_an_update_note_in_brackets_before_the_lead_is_set_aside_and_the_lead_kept(stamp):
    assert reasons(page(TITLE, f"{stamp} {BODY_1}", BODY_2)) == {stamp: "date"}


@pytest.mark.parametrize("line", [
    "Le 3 mars 2024, le président a convoqué les syndicats pour discuter de la réforme des retraites.",
    "Élections : le scrutin présidentiel aura lieu le 26 février 2025", "Pokrovsk, Ukraine, 12 avril 2025",
    "Sommet de l'Otan à Vilnius, 11 juillet 2023", "Grève générale - 3 mars 2024",
    "(Publié hier, le rapport a fait grand bruit) Le ministre a réagi mardi devant les députés de la majorité."])
def test_a_sentence_that_opens_or_ends_on_a_date_is_kept(line):
    assert reasons(page(TITLE, BODY_1, line, BODY_2)) == {}


@pytest.mark.parametrize("line", ["C.d.S, C.M.", "C.POH et C de S.", "J.-Ph.d.B."])
def test_the_authors_initials_on_a_line_are_a_byline(line):
    assert reasons(page(TITLE, BODY_1, line, BODY_2)) == {line: "byline"}


@pytest.mark.parametrize("answer", ["Non.", "Oui.", "Bon."])
def test_a_one_word_answer_is_no_byline(answer):
    assert answer not in reasons(page(TITLE, BODY_1, "— Allez-vous démissionner ?", answer, BODY_2))


@pytest.mark.parametrize("credit", [" — Marc Petit/AP/SIPA", " (Julie de Rosa/AFP)"])
def test_a_photographer_and_his_agencies_ending_a_caption_are_set_aside_and_the_caption_kept(credit):
    caption = "Paul Girard et Anne Roy à leur arrivée au ministère mardi."
    assert reasons(page(TITLE, BODY_1, caption + credit, BODY_2)) == {credit.strip(): "credit"}
