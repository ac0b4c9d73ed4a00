"""Write the outputs atomically: Turtle, Gephi-ready GraphML, analysis JSON, report, picture, furniture log."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from itertools import islice
from pathlib import Path
from typing import NamedTuple

import networkx as nx
import numpy as np
import pyoxigraph as ox

from kg import outputs
from kg.errors import OutputError
from kg.model import Document

PICTURE_NODES = 120
LOAD_LINES = 25_000  # N-Triples lines bulk-loaded into the store at a time (its memory grows with the chunk: +55 MB a chunk of 25,000 lines, +160 MB of 100,000, at the same speed)
KAMADA_NODES = 60  # Kamada-Kawai draws small networks best but took 12 s on 120 nodes of a big graph
PREFIXES = frozenset({"kg", "id", "entity", "doc", "statement", "assertion", "figure", "wd", "skos", "prov",
                      "dcterms", "owl", "rdf", "rdfs", "xsd", "schema", "outlet", "author"})
COLORS = {"Person": (228, 87, 46), "State": (41, 115, 178), "MilitaryUnit": (87, 117, 61),
          "Organization": (155, 89, 182), "Treaty": (230, 180, 30), "Place": (120, 144, 156)}


def atomic_write(path: Path, write: Callable[[Path], None]) -> Path:
    """Run write on a temporary file beside path, then rename it over path."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as err:
        raise OutputError(f"{path}: cannot write ({err.strerror or err}); what was there is left as it was") from err
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
    return path


def write_text(path: Path, text: str) -> Path:
    return atomic_write(path, lambda p: p.write_text(text, encoding="utf-8"))


class Part(NamedTuple):
    """Where a part of the graph (kg.rdf.unique_parts) is in its N-Triples file and in kg.ttl, its line count, a
    digest of its lines, and the key its lines were made from (None when they were not made from one)."""

    offset: int
    length: int
    lines: int
    digest: bytes
    key: bytes | None
    ttl_offset: int
    ttl_length: int
    ttl_digest: bytes


class Previous(NamedTuple):
    """The N-Triples file and kg.ttl the previous build wrote, and the index of their parts."""

    ntriples: Path
    turtle: Path
    index: dict[str, Part]


class GraphFiles:
    """The graph's N-Triples file and kg.ttl, written part by part (kg.rdf.unique_parts) with the index of their
    parts. Given what the previous build wrote, a part it already holds (same key, or same lines) is copied from
    its files, not made or serialized again; and the text of the parts that changed is kept for changes, as long
    as it stays under keep bytes (else changed is None)."""

    def __init__(self, ntriples: Path, turtle: Path, previous: Previous | None = None, keep: int = 0) -> None:
        self.ntriples, self.turtle, self.previous, self.keep = ntriples, turtle, previous, keep
        self.old = previous.index if previous else {}
        self.index: dict[str, Part] = {}
        self.changed: dict[str, bytes] | None = {} if previous else None
        self.lines = 0

    def made(self, name: str, key: bytes) -> bool:
        """Whether the previous build made this part from the same key (its lines are then copied, not made)."""
        old = self.old.get(name)
        return old is not None and old.key == key

    def write(self, parts: Iterable[tuple[str, list[str] | None, bytes | None]], prefixes: dict[str, str]) -> GraphFiles:
        """Write every part, in order: (name, its lines or None when made says they are the previous ones, key)."""
        wanted = {prefix: ns for prefix, ns in prefixes.items() if prefix in PREFIXES}
        with ExitStack() as files:
            old = [files.enter_context(path.open("rb")) for path in self.previous[:2]] if self.previous else None
            nt = Sink(files.enter_context(self.ntriples.open("wb")), old[0] if old else None)
            ttl = files.enter_context(self.turtle.open("wb"))
            ttl.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(wanted.items())).encode("utf-8"))
            for name, lines, key in parts:
                data = "".join(f"{line}\n" for line in lines).encode("utf-8") if lines is not None else None
                self.add(name, key, data, nt, ttl, old, wanted)
            nt.flush()
        return self

    def add(self, name: str, key: bytes | None, data: bytes | None, nt: Sink, ttl, old, wanted: dict[str, str]) -> None:
        """Write one part (copied from the previous files when its data is None or the same) and index it."""
        before = self.old.get(name)
        offset = nt.at
        if data is None:  # the previous build's lines, made from the same key: copied as they are
            nt.copy(before.offset, before.length)
            length, lines, digest = before.length, before.lines, before.digest
        else:
            nt.write(data)
            length, lines, digest = len(data), data.count(b"\n"), blake(data)
        same = before is not None and before.digest == digest
        text, text_digest = turtle_of(before if same else None, data, old, wanted)
        self.index[name] = Part(offset, length, lines, digest, key, ttl.tell(), len(text), text_digest)
        ttl.write(text)
        self.lines += lines
        if not same:
            self.note(name, data)

    def note(self, name: str, data: bytes) -> None:
        """Keep the text of a part that changed (while the kept text is under keep)."""
        if self.changed is None:
            return
        self.changed[name] = data
        self.keep -= len(data)
        if self.keep < 0:
            self.changed = None

    def changes(self) -> tuple[list[bytes], list[bytes]] | None:
        """The previous file's lines not in this one (removed), and this one's not in it (added), comparing only the
        parts whose digest changed; None without a previous file, or when too much changed to keep."""
        if self.changed is None or self.previous is None:
            return None
        before: set[bytes] = set()
        with self.previous.ntriples.open("rb") as f:
            for name, part in self.old.items():
                if name not in self.index or self.index[name].digest != part.digest:
                    before.update(read_at(f, part.offset, part.length).splitlines())
        after = {line for data in self.changed.values() for line in data.splitlines()}
        return sorted(before - after), sorted(after - before)


def blake(data: bytes) -> bytes:
    """A 16-byte digest of data."""
    return hashlib.blake2b(data, digest_size=16).digest()


def turtle_of(kept: Part | None, data: bytes | None, old, wanted: dict[str, str]) -> tuple[bytes, bytes]:
    """A part's Turtle and its digest: the previous kg.ttl's (open as old[1]) for a part kept as it was, when it
    is what was written there; else serialized from its lines (data, or the previous N-Triples' for the kept)."""
    if kept is not None:
        text = read_at(old[1], kept.ttl_offset, kept.ttl_length)
        if blake(text) == kept.ttl_digest:
            return text, kept.ttl_digest
    text = turtle_part(read_at(old[0], kept.offset, kept.length) if data is None else data, wanted)
    return text, blake(text)


class Sink:
    """An output file written from bytes and from byte ranges of a source file: the ranges are copied by the
    kernel (os.copy_file_range) and joined when one follows the other, not read into Python."""

    def __init__(self, out, source=None) -> None:
        self.out, self.source = out, source
        self.at = 0  # bytes written, those of ranges not yet copied included
        self.pending: tuple[int, int] | None = None  # (offset, length) of the source still to copy

    def write(self, data: bytes) -> None:
        self.flush()
        self.out.write(data)
        self.at += len(data)

    def copy(self, offset: int, length: int) -> None:
        if self.pending is not None and sum(self.pending) == offset:
            self.pending = (self.pending[0], self.pending[1] + length)
        else:
            self.flush()
            self.pending = (offset, length)
        self.at += length

    def flush(self) -> None:
        if self.pending is not None:
            copy_range(self.source, self.out, *self.pending)
            self.pending = None


def copy_range(source, out, offset: int, length: int) -> None:
    """length bytes of source from offset, appended to out: by the kernel where it can, else read and written."""
    out.flush()
    try:
        while length:
            copied = os.copy_file_range(source.fileno(), out.fileno(), length, offset)
            if not copied:
                break
            offset, length = offset + copied, length - copied
    except (AttributeError, OSError):  # not Linux, or not between these two files
        pass
    data = read_at(source, offset, length) if length else b""
    if len(data) != length:
        raise OutputError(f"{source.name}: shorter than its index says; build again with --no-cache")
    out.write(data)


def read_at(f, offset: int, length: int) -> bytes:
    """length bytes of an open file from offset."""
    f.seek(offset)
    return f.read(length)


def turtle_part(data: bytes, prefixes: dict[str, str]) -> bytes:
    """The Turtle of some N-Triples lines by pyoxigraph (literals as written), without its prefix lines: kg.ttl
    gives them once, at the top."""
    text = ox.serialize(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    head = 0
    while text.startswith(b"@prefix ", head):
        head = text.index(b"\n", head) + 1
    return text[head:]


def write_graph(parts: Iterable[tuple[str, list[str]]], prefixes: dict[str, str], folder: Path) -> Path:
    """kg.ttl, its N-Triples (kg.nt) and its persistent Oxigraph store (kg.oxigraph, with the stamp that ties them)
    in folder, from a graph's parts (kg.rdf.unique_parts), as a build without a previous one writes them."""
    GraphFiles(folder / "kg.nt", folder / "kg.ttl").write(((name, lines, None) for name, lines in parts), prefixes)
    load_store(folder / "kg.nt", folder)
    return stamp_store(folder / "kg.ttl", folder)


def load_store(ntriples: Path, folder: Path) -> None:
    """folder's store loaded with an N-Triples file, LOAD_LINES lines at a time: pyoxigraph's bulk loader holds
    what it is given in memory (1.6 GB for 4 million triples at once, 0.3 GB by 250,000 lines, 0.1 GB by 100,000)."""
    store = ox.Store(str(folder / outputs.STORE))
    with ntriples.open("rb") as f:
        while chunk := list(islice(f, LOAD_LINES)):
            store.bulk_load(b"".join(chunk), format=ox.RdfFormat.N_TRIPLES)
    store.flush()


def update_store(previous: Path, removed: list[bytes], added: list[bytes], folder: Path) -> None:
    """folder's store as a copy of the store at previous (a checkpoint: its files are shared, not copied) with the
    removed N-Triples lines taken out and the added ones put in."""
    ox.Store.read_only(str(previous)).backup(str(folder / outputs.STORE))
    store = ox.Store(str(folder / outputs.STORE))
    for quad in ox.parse(b"\n".join(removed), format=ox.RdfFormat.N_TRIPLES):
        store.remove(quad)
    store.extend(ox.parse(b"\n".join(added), format=ox.RdfFormat.N_TRIPLES))
    store.flush()


def stamp_store(ttl: Path, folder: Path) -> Path:
    """The stamp that ties folder's store to the Turtle file it holds (kg.query.built_together)."""
    write_json(outputs.turtle_stamp(ttl), folder / outputs.STAMP)
    return ttl


def gephi_graph(net: nx.MultiDiGraph, metrics: dict) -> nx.MultiDiGraph:
    """A copy of net with ids n0.., scalar attributes only, colours and metrics for Gephi."""
    ids = {node: f"n{i}" for i, node in enumerate(sorted(net))}
    out = nx.MultiDiGraph()
    for node, data in net.nodes(data=True):
        m = metrics["nodes"].get(node, {})
        r, g, b = COLORS.get(data["type"], (128, 128, 128))
        out.add_node(ids[node], label=data["label"], type=data["type"], iri=node, unnamed=bool(data["unnamed"]),
                     degree=np.int32(m.get("degree", 0)), pagerank=float(m.get("pagerank", 0.0)),
                     betweenness=float(m.get("betweenness", 0.0)), community=np.int32(m.get("community", -1)),
                     r=np.int32(r), g=np.int32(g), b=np.int32(b))
    for i, (s, o, data) in enumerate(sorted(net.edges(data=True), key=lambda e: (e[0], e[1], e[2]["predicate"]))):
        out.add_edge(ids[s], ids[o], key=f"e{i}", label=data["predicate"], predicate=data["predicate"],
                     weight=float(data["weight"]))
    return out


def write_graphml(net: nx.MultiDiGraph, metrics: dict, path: Path) -> Path:
    graph = gephi_graph(net, metrics)
    return atomic_write(path, lambda p: nx.write_graphml(graph, p))


def write_json(data: object, path: Path) -> Path:
    return write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def write_analysis(folder: Path, net: nx.MultiDiGraph, metrics: dict, summary: dict) -> None:
    """analysis.json, report.md and network.png: the one writer kg build and kg analyze share."""
    write_json({"summary": summary, **metrics}, folder / "analysis.json")
    write_text(folder / "report.md", report(metrics, summary))
    write_png(net, metrics, folder / "network.png")


def read_summary(folder: Path) -> dict:
    """The build summary kept in folder's analysis.json ({} when there is none)."""
    try:
        return dict(json.loads((folder / "analysis.json").read_text(encoding="utf-8")).get("summary") or {})
    except (OSError, ValueError, AttributeError):
        return {}


def write_furniture(documents: list[Document], path: Path) -> Path:
    """Tab-separated log of every line dropped as page furniture: file, offsets, reason, text."""
    rows = ["file\tstart\tend\treason\ttext"]
    for doc in documents:
        for (start, end), reason in zip(doc.dropped, doc.dropped_reasons):
            rows.append(f"{doc.name}\t{start}\t{end}\t{reason}\t{doc.text[start:end].strip()}")
    return write_text(path, "\n".join(rows) + "\n")


def write_articles(documents: list[Document], path: Path) -> Path:
    """One JSON line per article: its key, name, title, metadata, text as read and the furniture set aside
    (start, end, reason), for the evidence pages of kg serve."""
    lines = [json.dumps({"key": d.key, "name": d.name, "title": d.title, "url": d.url, "published": d.published,
                         "outlet": d.outlet, "author": d.author, "text": d.text,
                         "furniture": [[s, e, r] for (s, e), r in zip(d.dropped, d.dropped_reasons)]},
                        ensure_ascii=False) for d in documents]
    return write_text(path, "\n".join(lines) + "\n")


def write_png(net: nx.MultiDiGraph, metrics: dict, path: Path) -> Path:
    """Picture of the network: colour by type, size by PageRank, labels on the most central nodes."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    und = nx.Graph(net.to_undirected(as_view=True))  # a view: the edges' data is not copied twice
    und.remove_nodes_from([n for n in list(und) if und.degree(n) == 0])
    ranked = sorted(und, key=lambda n: -metrics["nodes"].get(n, {}).get("pagerank", 0.0))
    und = und.subgraph(ranked[:PICTURE_NODES]).copy()
    fig, ax = plt.subplots(figsize=(16, 11), dpi=110)
    if len(und):
        pos = nx.kamada_kawai_layout(und) if len(und) <= KAMADA_NODES else nx.spring_layout(und, seed=7, iterations=200)
        pr = {n: metrics["nodes"].get(n, {}).get("pagerank", 0.0) for n in und}
        top = sorted(pr, key=pr.get, reverse=True)[:30]
        colors = [tuple(c / 255 for c in COLORS.get(und.nodes[n]["type"], (128, 128, 128))) for n in und]
        nx.draw_networkx_edges(und, pos, ax=ax, alpha=0.2, width=0.8)
        nx.draw_networkx_nodes(und, pos, ax=ax, node_color=colors, node_size=[120 + 9000 * pr[n] for n in und])
        nx.draw_networkx_labels(und, pos, ax=ax, labels={n: und.nodes[n]["label"] for n in top}, font_size=8,
                                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 1})
        for t, c in COLORS.items():
            ax.scatter([], [], color=[v / 255 for v in c], label=t)
        ax.legend(loc="lower left", frameon=False)
    ax.set_title(f"kg entity network: the {len(und)} entities of highest PageRank (size: PageRank; colour: type)")
    ax.axis("off")
    atomic_write(path, lambda p: fig.savefig(p, format="png", bbox_inches="tight"))
    plt.close(fig)
    return path


def report(metrics: dict, summary: dict) -> str:
    """Readable Markdown summary of the build and of the network."""
    nodes = metrics["nodes"]
    lines = ["# kg report", "", *(f"- {k}: {v}" for k, v in summary.items()), "",
             "## Most central entities (PageRank)", "", "| entity | type | PageRank | degree | betweenness |",
             "|---|---|---|---|---|"]
    for n in sorted(nodes, key=lambda n: -nodes[n]["pagerank"])[:20]:
        d = nodes[n]
        lines.append(f"| {d['label']} | {d['type']} | {d['pagerank']:.3f} | {d['degree']} | {d['betweenness']:.3f} |")
    lines += ["", "## Communities (Louvain)", ""]
    for i, members in enumerate(metrics["communities"]):
        lines.append(f"{i}. " + ", ".join(nodes[n]["label"] for n in members))
    lines += ["", f"Connected components: {len(metrics['components'])}", ""]
    return "\n".join(lines)
