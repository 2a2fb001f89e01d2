"""CPU seconds per extractor and per stage, in one process, on a fixed input (issue 18's JSONL).

    /work/venv/bin/python bench/profile_extract.py                       # first 5,000 tiny documents
    /work/venv/bin/python bench/profile_extract.py --lines 2000 --cprofile 30
    /work/venv/bin/python bench/profile_extract.py --input bench/data/... --lines 0

The input is bench_hostile.py's JSONL of tiny documents (``bench/out/tiny_<N>.jsonl``, made when
missing; ``--lines 0`` reads the whole ``--input``). Everything runs in this process (no worker
processes), and every figure is this process's CPU time (``time.process_time``), so it moves far
less with the load of a shared machine than wall time does. Printed: the spaCy parse alone
(``nlp.pipe`` over the same texts), then extraction with the CPU time spent in each of verify's
extractors (and the sentence sourcing, quotations and name settling around them), the rest of
extraction (parsing, chunking, claim records), and the stages after it: cluster, compare, build and
write. ``--cprofile N`` profiles extraction instead and prints its N costliest functions.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import verify.extract as extract  # noqa: E402
import verify.extract.claims as claims_module  # noqa: E402
from verify.cluster import cluster_claims  # noqa: E402
from verify.compare import apply_rules, build_timelines  # noqa: E402
from verify.extract import load_nlp  # noqa: E402
from verify.ingest import load_corpus  # noqa: E402
from verify.report import build_report, write_report  # noqa: E402
from verify.rules import load_rules  # noqa: E402

SPENT: dict[str, float] = defaultdict(float)

#: Functions of verify.extract.claims timed by name, besides the sentence extractors.
AROUND = (
    "find_sourcing",
    "extract_quotes",
    "short_facilities",
    "settle",
    "surnames_as_people",
    "resolve_short_names",
    "extract_fates",
    "running_steps",
)


def timed(label: str, function: Callable) -> Callable:
    """``function`` with its CPU time (its iterable consumed) added to ``SPENT[label]``."""

    def wrapper(*args, **kwargs):
        t = time.process_time()
        result = function(*args, **kwargs)
        if not isinstance(result, (list, tuple, dict)) and hasattr(result, "__iter__"):
            result = list(result)
        SPENT[label] += time.process_time() - t
        return result

    return wrapper


def instrument() -> None:
    for name, extractor in list(claims_module.EXTRACTORS.items()):
        claims_module.EXTRACTORS[name] = timed(name, extractor)
    for name in AROUND:
        setattr(claims_module, name, timed(name, getattr(claims_module, name)))
    extract.claims_from_chunk = timed("verify, per chunk", extract.claims_from_chunk)


def tiny_input(lines: int) -> Path:
    from bench_hostile import OUT, make_tiny

    path = OUT / f"tiny_{lines}.jsonl"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        make_tiny(path, lines)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=5000, help="tiny documents (default 5,000)")
    parser.add_argument("--input", type=Path, help="another corpus (a file or folder verify reads)")
    parser.add_argument("--cprofile", type=int, default=0, metavar="N", help="profile extraction, print top N")
    args = parser.parse_args()

    rules = load_rules()
    path = args.input or tiny_input(args.lines)
    corpus = load_corpus([path], rules=rules)
    documents = corpus.documents
    words = sum(len(d.text.split()) for d in documents)
    nlp = load_nlp(rules.nlp.model)
    print(f"{path}: {len(documents):,} documents, {words:,} words")

    texts = [d.text for d in documents]
    list(nlp.pipe(texts[:50]))  # warm up
    t = time.process_time()
    for _ in nlp.pipe(texts, batch_size=rules.nlp.batch_size):
        pass
    parse = time.process_time() - t
    print(f"{'spaCy nlp.pipe alone':<28} {parse:8.2f} s  {words / parse:8,.0f} words/CPU-s")

    if args.cprofile:
        profile = cProfile.Profile()
        profile.enable()
        list(extract.extract_claims(documents, nlp, rules))
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.cprofile)
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.cprofile)
        return

    instrument()
    t = time.process_time()
    claims = list(extract.extract_claims(documents, nlp, rules))
    total = time.process_time() - t
    own = SPENT.pop("verify, per chunk")
    print(f"{'extract (all)':<28} {total:8.2f} s  {words / total:8,.0f} words/CPU-s, {len(claims):,} claims")
    print(f"  {'parse, chunking, records':<26} {total - own:8.2f} s")
    print(f"  {'verify, per chunk':<26} {own:8.2f} s  ({own / total:.0%} of extraction)")
    for label, seconds in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        print(f"    {label:<24} {seconds:8.2f} s")
    print(f"    {'(rest of claims_from_chunk)':<24} {own - sum(SPENT.values()):8.2f} s")

    # The stages after extract, as verify.run.stages.report_claims chains them.
    t = time.process_time()
    clustering = cluster_claims(documents, claims, rules)
    t = stage("cluster", t)
    findings = apply_rules(documents, clustering, rules)
    timelines = build_timelines(documents, clustering, rules)
    t = stage("compare", t)
    report = build_report(documents, corpus.skipped, clustering, findings, rules, timelines, corpus.warnings)
    stage("build", t)
    with tempfile.TemporaryDirectory() as out:
        t = time.process_time()
        write_report(report, out)
        stage("write", t)


def stage(label: str, since: float) -> float:
    """Print the CPU seconds since ``since`` under ``label``; the time now."""
    now = time.process_time()
    print(f"{label:<28} {now - since:8.2f} s")
    return now


if __name__ == "__main__":
    main()
