"""`kg export`: the built graph as analysts' files: CSV tables, an Excel workbook, JSON-LD, N-Triples, GEXF."""
from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

from kg import export, query
from kg.errors import InputError

# table -> (query, [(column, row key)])
TABLES = {
    "statements": ("who_stated", [("speaker", "speakerLabel"), ("words", "text"), ("cue", "cue"), ("kind", "kind"),
                                  ("article", "document"), ("published", "published"), ("date", "date"),
                                  ("sentence", "sentence"), ("polarity", "polarity"), ("strategy", "rule"),
                                  ("confidence", "confidence"), ("reported_by", "reportedByLabel"),
                                  ("speaker_iri", "speaker"), ("statement_iri", "statement")]),
    "relations": ("assertions", [("subject", "subjectLabel"), ("predicate", "predicate"), ("object", "objectLabel"),
                                 ("source", "source"), ("sentence", "sentence"), ("rule", "rule"),
                                 ("confidence", "confidence"), ("subject_iri", "subject"), ("object_iri", "object")]),
    "figures": ("figures", [("quantity", "quantityText"), ("min", "minValue"), ("max", "maxValue"),
                            ("counted", "counted"), ("whose", "whoseLabel"), ("claimed_by", "claimantLabel"),
                            ("when", "when"), ("date", "date"), ("article", "document"), ("sentence", "sentence")]),
    "entities": ("entity_table", [("label", "label"), ("type", "type"), ("label_fr", "prefLabel"),
                                  ("other_spellings", "altLabels"), ("wikidata", "wikidata"),
                                  ("articles", "articles"), ("iri", "entity")]),
}
FORMATS = ("csv", "xlsx", "jsonld", "nt", "gexf")


def table(name: str, graph: Path) -> tuple[list[str], list[list]]:
    """(columns, rows) of one analysts' table of the graph."""
    text, columns = TABLES[name]
    _, rows = query.sparql(query.query_text(text), graph, max_rows=10**9)
    value = (lambda v: query.local(v) if isinstance(v, str) and v.startswith("https://w3id.org/kg-fr/ontology#")
             else v)
    return [c for c, _ in columns], [[value(r.get(key)) for _, key in columns] for r in rows]


def write_csv(graph: Path, out: Path) -> Path:
    """A folder of CSV tables (UTF-8, one header line): statements, relations, figures, entities."""
    out.mkdir(parents=True, exist_ok=True)
    for name in TABLES:
        columns, rows = table(name, graph)

        def write(path: Path, columns=columns, rows=rows) -> None:
            with path.open("w", encoding="utf-8", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(columns)
                writer.writerows(rows)
        export.atomic_write(out / f"{name}.csv", write)
    return out


def write_xlsx(graph: Path, out: Path) -> Path:
    """One workbook with a sheet per table."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name in TABLES:
        columns, rows = table(name, graph)
        sheet = book.create_sheet(name)
        sheet.append(columns)
        for row in rows:
            sheet.append(row)
        sheet.freeze_panes = "A2"
    return export.atomic_write(out, lambda p: book.save(p))


def write_jsonld(graph: Path, out: Path) -> Path:
    """The whole graph as JSON-LD, with kg's prefixes as its context."""
    g = query.read_graph(graph)
    context = {prefix: str(ns) for prefix, ns in g.namespaces() if prefix in export.PREFIXES}
    text = g.serialize(format="json-ld", context=context, indent=1)
    return export.write_text(out, text)


def write_nt(graph: Path, out: Path) -> Path:
    """The whole graph as N-Triples, sorted."""
    import pyoxigraph as ox

    store = query.store(graph)
    lines = sorted(ox.serialize(store, format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines())
    return export.write_text(out, "".join(f"{line}\n" for line in lines))


def write_gexf(graph: Path, out: Path) -> Path:
    """The entity network as GEXF (Gephi's own format), with the metrics of the build."""
    import networkx as nx

    from kg import analyze, network
    net = network.built_network(graph)
    net = net if net is not None else network.load(graph)[1]
    gephi = export.gephi_graph(net, analyze.metrics(net))
    return export.atomic_write(out, lambda p: nx.write_gexf(gephi, p))


WRITERS: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "csv": (write_csv, "export-csv"), "xlsx": (write_xlsx, "kg.xlsx"), "jsonld": (write_jsonld, "kg.jsonld"),
    "nt": (write_nt, "kg.nt"), "gexf": (write_gexf, "kg.gexf")}


def export_graph(fmt: str, graph: str | Path | None = None, out: Path | None = None) -> Path:
    """Write the graph in one of FORMATS (out defaults to a file or folder beside the graph); the path written."""
    if fmt not in WRITERS:
        raise InputError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    path = query.graph_path(graph)
    write, default = WRITERS[fmt]
    return write(path, out or path.parent / default)


def summary(path: Path) -> str:
    """One line saying what was written."""
    files = sorted(p.name for p in path.iterdir()) if path.is_dir() else [path.name]
    return json.dumps({"written": str(path), "files": files}, ensure_ascii=False)
