"""Huge input: peak memory and time of ``verify run`` on a 5 MB single-line document, a 40 MB
article and a 1,000,000-line JSONL of tiny documents (issue 18's size policy).

    /work/venv/bin/python bench/bench_hostile.py                      # all three, 1,000,000 lines
    /work/venv/bin/python bench/bench_hostile.py --only jsonl --lines 100000

The inputs are made from real news prose (bench/make_corpus.py's pool: the GVC and GVDB articles,
each copy a variant with other names, places and dates), written to bench/out/ when missing:

- ``line_5mb.txt``: variant articles joined by spaces, one line of 5 MB (no paragraph to cut at);
- ``article_40mb.txt``: variant articles as paragraphs of one 40 MB document (under the 50 MB
  ``limits.max_document_mb``);
- ``tiny_<N>.jsonl``: N lines, each one or two sentences of a variant article with its own id and
  publication date (a wire feed or a social stream).

Each run is ``verify run`` (local engine, 2 worker processes, every report file written to a
temporary folder) in a fresh process; peak memory is that process plus its workers, sampled every
50 ms (bench_pipeline's sampler), twice: RSS summed (an upper bound, counting the pipeline's pages
the forked workers share with the parent once per process) and PSS summed (each shared page split
between its sharers: what the run takes of the machine). The spaCy floor is bench_pipeline's:
``nlp.pipe`` over the 436 GVC articles with 2 processes and batch 50, its words per second the
rate the JSONL is held to.
Targets: peak <= 2 GiB for each input; the JSONL at >= the floor's word rate.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "bench"))

from bench_pipeline import GIB, GVC, STAGES, _child, _mib  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _variants(seed: int = 18):
    """Variant articles of the real pool, endlessly, in a fixed order."""
    from make_corpus import Varier, load_pool

    articles, firsts, lasts, places = load_pool()
    varier = Varier(firsts, lasts, places)
    copy = 0
    while True:
        for article in articles:
            yield varier.vary(article, copy, seed)
        copy += 1


def make_line(path: Path, size: int) -> None:
    parts, total = [], 0
    for article in _variants():
        text = " ".join(article["text"].split())
        parts.append(text)
        total += len(text) + 1
        if total >= size:
            break
    path.write_text(" ".join(parts)[:size] + "\n", encoding="utf-8")


def make_article(path: Path, size: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        total = 0
        for article in _variants():
            text = article["text"].strip() + "\n\n"
            handle.write(text[: size - total])
            total += len(text)
            if total >= size:
                break


def make_tiny(path: Path, lines: int) -> None:
    rng = random.Random(18)
    with path.open("w", encoding="utf-8") as handle:
        n = 0
        for article in _variants():
            sentences = [s for s in _SENTENCE.split(" ".join(article["text"].split())) if 20 <= len(s) <= 300]
            for i in range(0, len(sentences), 2):
                text = " ".join(sentences[i : i + rng.choice((1, 2))])
                record = {"id": f"t{n:07d}", "text": text}
                if article.get("published"):
                    record["published"] = article["published"]
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
                if n >= lines:
                    return


def inputs(only: set[str], lines: int, line_mb: float, article_mb: float) -> list[tuple[str, Path]]:
    OUT.mkdir(parents=True, exist_ok=True)
    made = []
    if "line" in only:
        path = OUT / f"line_{line_mb:g}mb.txt"
        if not path.exists():
            make_line(path, int(line_mb * 1_000_000))
        made.append((f"{line_mb:g} MB single-line document", path))
    if "article" in only:
        path = OUT / f"article_{article_mb:g}mb.txt"
        if not path.exists():
            make_article(path, int(article_mb * 1_000_000))
        made.append((f"{article_mb:g} MB article", path))
    if "jsonl" in only:
        path = OUT / f"tiny_{lines}.jsonl"
        if not path.exists():
            make_tiny(path, lines)
        made.append((f"{lines:,}-line JSONL of tiny documents", path))
    return made


def _print(label: str, path: Path, res: dict, floor: dict | None) -> None:
    words = res["words"]
    print(
        f"\n== {label} ({path.name}, {path.stat().st_size / 1e6:,.1f} MB): {res['documents']:,} documents, "
        f"{words:,} words, {res['claims']:,} claims, {res['events']:,} events"
    )
    print(f"  {'stage':<10}{'seconds':>10}{'words/s':>12}{'peak RSS':>14}{'peak PSS':>14}")
    pss = res.get("pss_peaks", {})
    for stage in STAGES:
        if stage in res["seconds"]:
            s = res["seconds"][stage]
            print(
                f"  {stage:<10}{s:10.1f}{words / s if s > 0 else 0:12,.0f}"
                f"{_mib(res['peaks'].get(stage, 0)):>14}{_mib(pss.get(stage, 0)):>14}"
            )
    rate = words / res["total"]
    print(f"  {'total':<10}{res['total']:10.1f}{rate:12,.0f}{_mib(res['peak']):>14}{_mib(res.get('pss_peak', 0)):>14}")
    for name, peak in (("RSS summed (upper bound)", res["peak"]), ("PSS summed", res.get("pss_peak", 0))):
        print(f"  peak {name} {peak / GIB:.2f} GiB <= 2 GiB: {'met' if peak <= 2 * GIB else 'MISSED'}")
    if floor is not None:
        floor_rate = floor["words"] / floor["seconds"]
        extract_rate = words / res["seconds"]["extract"]
        print(
            f"  rate {rate:,.0f} words/s (extract alone {extract_rate:,.0f}) vs the spaCy floor's "
            f"{floor_rate:,.0f} words/s: {rate / floor_rate:.2f}x -> {'met' if rate >= floor_rate else 'MISSED'}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="line,article,jsonl", help="which inputs (default line,article,jsonl)")
    parser.add_argument("--lines", type=int, default=1_000_000, help="JSONL lines (default 1,000,000)")
    parser.add_argument("--line-mb", type=float, default=5, help="single-line document size (default 5 MB)")
    parser.add_argument("--article-mb", type=float, default=40, help="article size (default 40 MB)")
    parser.add_argument("--processes", type=int, default=2, help="worker processes (default 2)")
    args = parser.parse_args()
    only = set(args.only.split(","))
    made = inputs(only, args.lines, args.line_mb, args.article_mb)
    floor = _child(["floor", str(GVC)]) if "jsonl" in only else None
    if floor is not None:
        print(
            f"spaCy floor (GVC, nlp.pipe, 2 processes, batch 50): {floor['words']:,} words in "
            f"{floor['seconds']:.1f} s = {floor['words'] / floor['seconds']:,.0f} words/s, peak {_mib(floor['peak'])}"
        )
    for label, path in made:
        res = _child(["run", str(path), str(args.processes), "local", "", "write"])
        _print(label, path, res, floor if path.suffix == ".jsonl" else None)


if __name__ == "__main__":
    main()
