"""Throughput: `dossier analyze` words/s against bare spaCy `nlp.pipe` with the same model, texts and process.

The ratio says what dossier's extraction costs on top of parsing. Both sides run in this one process (as
`dossier analyze` does: it analyses in a single process), on the same real news articles, and alternate
chunk by chunk (25 articles of bare spaCy, the same 25 with dossier, then the next 25 with dossier first, ...)
so that other load on the machine hits both alike.

- bare spaCy: ``spacy.load(<the model dossier resolves>)`` then ``list(nlp.pipe(texts, batch_size=B))``.
- dossier: ``dossier.api.analyze`` on a JSON Lines file of the same articles (the code path of
  ``dossier analyze news.jsonl --format json --out DIR``: reading, the language and size checks, the
  pipeline, the Analysis records), each record serialised with ``json.dumps(..., indent=2)`` as the JSON
  report does; only writing the files to disk is left out.

A per-component breakdown follows: the dossier pipeline is run once more stage by stage over the same
texts (each component over all docs, as ``nlp.pipe`` calls it), so the reader sees where the time goes.
dossier's pipeline is the bare model's plus ``dossier_paragraphs`` (before the parser: a line break ends a
sentence) and its five extractors at the end; the breakdown shows the cost of each.

    python benchmarks/throughput.py [--articles 300] [--source polnear|reuters|both] [--repeat 2] [--chunk 25]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def polnear_articles(limit: int) -> list[dict]:
    """PolNeAR news articles (2015-2016), in metadata order (train then dev), with their date and publisher."""
    root = SHARED / "polnear"
    rows = list(csv.DictReader((root / "metadata.tsv").open(encoding="utf-8"), delimiter="\t"))
    out = []
    for row in rows:
        path = root / row["compartment"] / "text" / f"{row['filename']}.txt"
        if path.exists():
            out.append(
                {
                    "id": row["filename"],
                    "text": path.read_text(encoding="utf-8"),
                    "title": row["title"],
                    "published": row["publication_date"],
                    "source": row["publisher"],
                }
            )
        if len(out) >= limit:
            break
    return out


def reuters_articles(limit: int) -> list[dict]:
    """Reuters-21578 newswire stories (1987) with a body of at least 100 words, in file order."""
    months = {
        m: i
        for i, m in enumerate(
            ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], start=1
        )
    }
    out = []
    for path in sorted((SHARED / "reuters21578").glob("reut2-*.json")):
        for rec in json.loads(path.read_text(encoding="utf-8", errors="replace")):
            body = (rec.get("body") or "").strip()
            if len(body.split()) < 100:
                continue
            parts = (rec.get("date") or "").strip().split("-")  # "26-FEB-1987 15:01:01.79"
            published = None
            if len(parts) == 3 and parts[0].isdigit() and parts[1] in months and parts[2][:4].isdigit():
                published = f"{parts[2][:4]}-{months[parts[1]]:02d}-{int(parts[0]):02d}"
            out.append(
                {
                    "id": f"reuters-{rec['attrs']['newid']}",
                    "text": body,
                    "title": rec.get("title"),
                    "published": published,
                    "source": "reuters",
                }
            )
            if len(out) >= limit:
                return out
    return out


def load_articles(source: str, n: int) -> list[dict]:
    if source == "polnear":
        return polnear_articles(n)
    if source == "reuters":
        return reuters_articles(n)
    return polnear_articles(n - n // 2) + reuters_articles(n // 2)


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        mem = f"{mem_kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        mem = "? RAM"
    return f"{os.cpu_count()} cores ({cpu}), {mem}, Python {platform.python_version()}"


def load_avg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def run_bare(nlp, texts: list[str], batch_size: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)."""
    start, cpu = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    del docs
    return elapsed, cpu


def run_dossier(nlp, jsonl: Path, batch_size: int) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process, analyses produced)."""
    from dossier.api import Problem, analyze

    start, cpu = time.perf_counter(), time.process_time()
    n = 0
    for result in analyze([jsonl], nlp=nlp, batch_size=batch_size):
        if isinstance(result, Problem):
            print(f"  problem: {result.message}", file=sys.stderr)
            continue
        json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
        n += 1
    return time.perf_counter() - start, time.process_time() - cpu, n


def breakdown(nlp, articles: list[dict], batch_size: int) -> list[tuple[str, float]]:
    """CPU seconds per stage when the dossier pipeline runs stage by stage over all texts (CPU time, as
    wall time shifts with other load on the machine)."""
    from dossier.analysis import check_article, coded, collect, make_doc, model_label
    from dossier.config import load_settings
    from dossier.models import Article

    max_chars = load_settings().max_chars
    times: list[tuple[str, float]] = []
    t = time.process_time()
    arts = [check_article(Article(**a, origin=a["id"]), max_chars) for a in articles]
    times.append(("checks (size, language)", time.process_time() - t))
    t = time.process_time()
    docs = [make_doc(nlp, a) for a in arts]
    times.append(("tokenizer", time.process_time() - t))
    for name, proc in nlp.pipeline:
        t = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        times.append((name, time.process_time() - t))
    model = model_label(nlp)
    t = time.process_time()
    records = [collect(doc, model) for doc in docs]
    times.append(("Analysis records", time.process_time() - t))
    t = time.process_time()
    records = [coded(r) for r in records]
    times.append(("actor codes", time.process_time() - t))
    t = time.process_time()
    for rec in records:
        json.dumps(rec.to_dict(), ensure_ascii=False, indent=2)
    times.append(("JSON serialisation", time.process_time() - t))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="number of articles (default 300)")
    parser.add_argument(
        "--source",
        choices=["polnear", "reuters", "both"],
        default="polnear",
        help="PolNeAR political news (default), Reuters-21578 newswire, or half of each",
    )
    parser.add_argument("--repeat", type=int, default=2, help="repetitions over all the texts (default 2)")
    parser.add_argument("--chunk", type=int, default=25, help="articles per alternation of the two sides (default 25)")
    parser.add_argument("--batch-size", type=int, default=None, help="nlp.pipe batch size (default: dossier's setting)")
    parser.add_argument("--model", default=None, help="spaCy model (default: the one dossier resolves)")
    parser.add_argument("--no-breakdown", action="store_true", help="skip the per-component breakdown")
    args = parser.parse_args(argv)

    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is absent (the benchmark needs the shared corpora)")
        return 0

    import spacy

    from dossier.config import load_settings
    from dossier.nlp.pipeline import load_pipeline, resolve_model

    settings = load_settings(model=args.model)
    batch_size = args.batch_size or settings.batch_size
    choice = resolve_model(settings.model)
    articles = load_articles(args.source, args.articles)
    texts = [a["text"] for a in articles]
    words = sum(len(t.split()) for t in texts)

    bare = spacy.load(choice.name)
    nlp = load_pipeline(choice.name)
    print(f"machine: {machine()}; load average before: {load_avg()}")
    print(f"model: {choice.name} ({choice.reason}), spaCy {spacy.__version__}, batch size {batch_size}, 1 process")
    print(
        f"texts: {len(texts)} {args.source} articles, {words:,} words (whitespace-separated), "
        f"{sum(map(len, texts)):,} characters"
    )
    print(f"bare pipeline:    {', '.join(bare.pipe_names)}")
    print(f"dossier pipeline: {', '.join(nlp.pipe_names)}")

    with tempfile.TemporaryDirectory() as tmp:
        # the texts in chunks; each repetition runs every chunk on both sides, alternating which goes
        # first (bare, dossier, then dossier, bare, ...), so that load from other work hits both alike
        chunks = []
        for k in range(0, len(articles), args.chunk):
            part = articles[k : k + args.chunk]
            jsonl = Path(tmp) / f"chunk{k}.jsonl"
            jsonl.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in part), encoding="utf-8")
            chunks.append(([a["text"] for a in part], jsonl))
        # warm-up: first calls pay for lazy loading (lexicons, tables), not for throughput
        run_bare(bare, texts[:8], batch_size)
        warm = Path(tmp) / "warm.jsonl"
        warm.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles[:8]), encoding="utf-8")
        run_dossier(nlp, warm, batch_size)

        bare_s: list[float] = []
        dossier_s: list[float] = []
        bare_cpu: list[float] = []
        dossier_cpu: list[float] = []
        for r in range(args.repeat):
            totals = {"bare": [0.0, 0.0], "dossier": [0.0, 0.0]}
            n = 0
            for c, (chunk_texts, jsonl) in enumerate(chunks):
                for side in ("bare", "dossier") if (r + c) % 2 == 0 else ("dossier", "bare"):
                    if side == "bare":
                        elapsed, cpu = run_bare(bare, chunk_texts, batch_size)
                    else:
                        elapsed, cpu, done = run_dossier(nlp, jsonl, batch_size)
                        n += done
                    totals[side][0] += elapsed
                    totals[side][1] += cpu
            (b_wall, b_cpu), (d_wall, d_cpu) = totals["bare"], totals["dossier"]
            bare_s.append(b_wall)
            bare_cpu.append(b_cpu)
            dossier_s.append(d_wall)
            dossier_cpu.append(d_cpu)
            print(
                f"  repetition {r + 1}: bare spaCy {b_wall:6.1f} s ({words / b_wall:6,.0f} words/s, CPU {b_cpu:.1f} "
                f"s); "
                f"dossier {d_wall:6.1f} s ({words / d_wall:6,.0f} words/s, CPU {d_cpu:.1f} s, {n} analyses); "
                f"ratio {b_wall / d_wall:.2f}; load {load_avg()}",
                flush=True,
            )

    b, d = statistics.median(bare_s), statistics.median(dossier_s)
    bc, dc = statistics.median(bare_cpu), statistics.median(dossier_cpu)
    print()
    print(f"bare spaCy nlp.pipe:  {words / b:8,.0f} words/s  (median of {len(bare_s)}: {b:.1f} s wall, {bc:.1f} s CPU)")
    print(
        f"dossier analyze:      {words / d:8,.0f} words/s  (median of {len(dossier_s)}: {d:.1f} s wall, {dc:.1f} s CPU)"
    )
    print(
        f"ratio dossier / bare: {b / d:.2f}   (by CPU time: {bc / dc:.2f}, less sensitive to other load on the machine)"
    )

    if not args.no_breakdown:
        times = breakdown(nlp, articles, batch_size)
        total = sum(s for _, s in times)
        print()
        print(
            f"per-stage breakdown of the dossier pipeline (one stage-by-stage pass, CPU seconds; total {total:.1f} s):"
        )
        for name, s in times:
            mark = "" if name in bare.pipe_names or name == "tokenizer" else "  (dossier)"
            print(f"  {name:<26} {s:7.2f} s  {100 * s / total:5.1f} %{mark}")
        spacy_s = sum(s for name, s in times if name in bare.pipe_names or name == "tokenizer")
        print(f"  {'spaCy stages':<26} {spacy_s:7.2f} s  {100 * spacy_s / total:5.1f} %")
        print(f"  {'dossier stages':<26} {total - spacy_s:7.2f} s  {100 * (total - spacy_s) / total:5.1f} %")
    print(f"load average after: {load_avg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
