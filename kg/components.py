"""spaCy components kg adds to the French pipeline, registered in this one place."""
from __future__ import annotations

import unicodedata

from spacy.language import Language
from spacy.tokens import Doc

from kg.gazetteer import Gazetteer

RULER = "kg_gazetteer"
Doc.set_extension("kg", default=None, force=True)  # kg.model.ArticleState of the article
FULL_STOPS = frozenset({".", "!", "?", "…", "..."})
SENTENCE_END = frozenset({".", "!", "?", "…", "»", "”", '"', "...", ")"})


@Language.component("kg_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, and never after a token that cannot end one.

    Headlines without a full stop are then not glued to the next line, and the parser no longer
    cuts 'état-major' or a name in two."""
    after_break, previous = False, None
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if token.i > 0:
            if after_break or (previous is not None and previous.text in FULL_STOPS and starts_sentence(token)):
                token.is_sent_start = True
            elif previous is not None and previous.text not in SENTENCE_END:
                token.is_sent_start = False
        after_break, previous = "\n" in token.whitespace_, token
    return doc


def starts_sentence(token) -> bool:
    """A capitalised word or an opening quote mark."""
    return token.text[:1].isupper() or token.text in ("«", "“", '"', "—", "–")


def variants(name: str) -> set[str]:
    """Surface forms to match for a name: as written, upper case, unaccented, capitalised."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    forms = {name, name.upper(), plain, name[:1].upper() + name[1:], plain[:1].upper() + plain[1:]}
    if " " in name:
        forms |= {name[:1].lower() + name[1:], plain[:1].lower() + plain[1:]}
    return {f for f in forms if len(f) > 1}


def gazetteer_patterns(gazetteer: Gazetteer) -> list[dict]:
    """EntityRuler phrase patterns for every gazetteer name, labelled with its type and id."""
    patterns = []
    for gid, entry in sorted(gazetteer.entries.items()):
        for name in sorted({v for n in gazetteer.names(entry) for v in variants(n)}):
            patterns.append({"label": entry["type"], "pattern": name, "id": gid})
    return patterns


def add_components(nlp: Language, gazetteer: Gazetteer) -> Language:
    """Add the line-break sentence starter before the parser and the gazetteer ruler first (it only needs
    tokens; placed first, its ten thousand phrase patterns are tokenised, not parsed, when it loads)."""
    nlp.add_pipe("kg_line_sentences", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name=RULER, first=True, config={"overwrite_ents": True})
    ruler.add_patterns(gazetteer_patterns(gazetteer))
    return nlp
