"""Where the memory goes after extraction: resident memory at each step of the cluster stage and
after compare, build and write, and (``--trace``) the allocation sites holding most at the cluster
stage's peak (inside document merging) and after the report is built.

    /work/venv/bin/python bench/memory_breakdown.py --lines 10000            # RSS per step
    /work/venv/bin/python bench/memory_breakdown.py --lines 10000 --trace    # + tracemalloc sites

The input is bench_hostile.py's JSONL of tiny documents (``bench/out/tiny_<N>.jsonl``, made when
missing). Its claims are extracted once with 2 worker processes and kept in
``bench/out/claims_<N>.pickle`` (git-ignored), so the later steps can be measured again without
parsing. Figures are this process's resident memory (``psutil``), the peak sampled every 20 ms
between two marks; ``--trace`` slows the run about threefold and counts only Python allocations.
"""

from __future__ import annotations

import argparse
import linecache
import pickle
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import verify.cluster as cluster  # noqa: E402
import verify.cluster.merge as merge  # noqa: E402
from verify.cluster.documents import DocumentLinks  # noqa: E402
from verify.rules import load_rules  # noqa: E402

MIB = 2**20


class Marks:
    """Resident memory at marks, with the peak since the last mark (a sampling thread)."""

    def __init__(self) -> None:
        self.process = psutil.Process()
        self.peak = self.rss()
        self.t = time.perf_counter()
        threading.Thread(target=self._loop, daemon=True).start()

    def rss(self) -> int:
        return self.process.memory_info().rss

    def _loop(self) -> None:
        while True:
            self.peak = max(self.peak, self.rss())
            time.sleep(0.02)

    def mark(self, label: str) -> None:
        now = self.rss()
        print(
            f"  {label:<34}{now / MIB:9,.0f} MiB   peak since last {max(self.peak, now) / MIB:7,.0f} MiB"
            f"{time.perf_counter() - self.t:9.1f} s",
            flush=True,
        )
        self.peak, self.t = now, time.perf_counter()


def claims_of(lines: int):
    path = OUT / f"claims_{lines}.pickle"
    if path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)
    from bench_hostile import inputs

    from verify.extract import load_nlp
    from verify.ingest import load_corpus
    from verify.run.local import extract_claims_local

    rules = load_rules()
    [(_, jsonl)] = inputs({"jsonl"}, lines, 0, 0)
    corpus = load_corpus([jsonl], rules=rules)
    claims = list(extract_claims_local(corpus.documents, load_nlp(rules.nlp.model), rules, processes=2))
    with path.open("wb") as handle:
        pickle.dump((corpus, claims), handle, protocol=pickle.HIGHEST_PROTOCOL)
    return corpus, claims


def top_sites(label: str, base: tracemalloc.Snapshot, n: int = 12) -> None:
    current, peak = tracemalloc.get_traced_memory()
    print(f"\n  -- {label}: traced {current / MIB:,.0f} MiB (peak so far {peak / MIB:,.0f} MiB); top sites:")
    for stat in tracemalloc.take_snapshot().compare_to(base, "lineno")[:n]:
        frame = stat.traceback[0]
        where = frame.filename.split("/verify/")[-1].split("site-packages/")[-1]
        line = linecache.getline(frame.filename, frame.lineno).strip()[:70]
        print(f"  {stat.size_diff / MIB:8.1f} MiB {stat.count_diff:>10,}  {where}:{frame.lineno}  {line}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=10_000, help="JSONL lines (default 10,000)")
    parser.add_argument("--trace", action="store_true", help="also list tracemalloc's top allocation sites")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    corpus, claims = claims_of(args.lines)
    rules = load_rules()
    marks = Marks()
    print(f"{len(corpus.documents):,} documents, {len(claims):,} claims")
    marks.mark("documents and claims loaded")
    base = None
    if args.trace:
        tracemalloc.start()
        base = tracemalloc.take_snapshot()

    def step(module, name: str) -> None:
        real = getattr(module, name)

        def timed(*a, **k):
            out = real(*a, **k)
            marks.mark(f"cluster: {name}")
            return out

        setattr(module, name, timed)

    for name in ("find_copies", "resolve_entities", "build_segments", "link_documents", "group_segments"):
        step(cluster, name)
    step(merge, "merge_documents")
    if base is not None:
        threshold = DocumentLinks.threshold
        seen = []

        def first_threshold(self, *a, **k):
            if not seen:
                seen.append(True)
                top_sites("document merging, its heap full", base)
            return threshold(self, *a, **k)

        DocumentLinks.threshold = first_threshold  # type: ignore[method-assign]

    from verify.compare import apply_rules, build_timelines
    from verify.report import build_report, write_report

    clustering = cluster.cluster_claims(corpus.documents, claims, rules)
    marks.mark("cluster done")
    findings = apply_rules(corpus.documents, clustering, rules)
    timelines = build_timelines(corpus.documents, clustering, rules)
    marks.mark("compare")
    report = build_report(corpus.documents, corpus.skipped, clustering, findings, rules, timelines, corpus.warnings)
    marks.mark("build")
    if base is not None:
        top_sites("report built", base)
    with tempfile.TemporaryDirectory() as out:
        write_report(report, out)
    marks.mark("write")


if __name__ == "__main__":
    main()
