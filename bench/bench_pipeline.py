"""Benchmark the whole pipeline against spaCy's own parsing speed, at 1x, 4x and 16x the GVC corpus.

    /work/venv/bin/python bench/bench_pipeline.py                 # 1x, 4x, 16x + Dask 1 and 2 workers
    /work/venv/bin/python bench/bench_pipeline.py --scales 1 --no-dask    # a quick look

For each corpus (1x: the 436 GVC articles; 4x and 16x: bench/out/corpus_*.jsonl, made by
bench/make_corpus.py when missing) it runs, each in a fresh process so peak memory is its own:

- the floor: spaCy ``nlp.pipe(texts, n_process=2, batch_size=50)`` over the same document texts
  (model already loaded, nothing else done) — what any pipeline that parses everything pays;
- ``verify run`` (``verify.run.run``, local engine, ``--processes`` workers) writing the reports to a
  temporary folder: wall time, words per second and peak memory (this process plus its workers,
  sampled every 50 ms) per stage;
- on the largest corpus, the Dask engine on a LocalCluster of 1 and of 2 workers.

Then it prints the ratios the project targets (whole run <= 1.25x the floor at 1x and 16x;
cluster+compare+report <= 10% of the run at 16x; 16x time <= 18x the 1x time; peak memory at 16x
<= 2 GiB) and the Dask speed-up. Timings on a shared machine move with its load; the ratios are
measured within one run for that reason.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The child measures this checkout's verify, not whichever one is installed (an editable install of
# another worktree would be measured instead: a script's own folder, bench/, heads sys.path).
sys.path.insert(0, str(ROOT))
GVC = Path("/work/shared/data/gvc/documents.jsonl")
OUT = ROOT / "bench" / "out"
STAGES = ("ingest", "load", "extract", "cluster", "compare", "build", "write")
AFTER_EXTRACT = ("cluster", "compare", "build", "write")
GIB = 1024**3


# --------------------------------------------------------------------------------------------
# Child process: one measurement, printed as one JSON line


class _Sampler:
    """Peak resident memory of this process and its children, per stage (sampled every 50 ms).

    ``peaks``: the sum of the processes' resident sets (RSS), an upper bound: the forked workers
    share the loaded pipeline's pages with the parent, and each RSS counts them again.
    ``pss_peaks``: the sum of their proportional set sizes (PSS, Linux), each shared page split
    between the processes sharing it: what the run takes of the machine's memory (sampled once a
    second and at each stage's start and end: reading it walks every page table)."""

    def __init__(self) -> None:
        import psutil

        self.process = psutil.Process()
        self.stage = "start"
        self.peaks: dict[str, int] = {}
        self.pss_peaks: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def rss(self) -> int:
        import psutil

        total = self.process.memory_info().rss
        for child in self.process.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total

    def pss(self) -> int:
        """The processes' proportional set sizes summed (0 where the system does not report PSS)."""
        import psutil

        total = 0
        for proc in [self.process, *self.process.children(recursive=True)]:
            try:
                total += getattr(proc.memory_full_info(), "pss", 0)
            except psutil.Error:
                pass
        return total

    def _loop(self) -> None:
        n = 0
        while not self._stop.wait(0.05):
            n += 1
            self.mark(pss=n % 20 == 0)  # PSS walks every page table: once a second, RSS every 50 ms

    def mark(self, pss: bool = True) -> None:
        stage = self.stage
        self.peaks[stage] = max(self.peaks.get(stage, 0), self.rss())
        if pss:
            self.pss_peaks[stage] = max(self.pss_peaks.get(stage, 0), self.pss())

    def enter(self, stage: str) -> None:
        self.mark()
        self.stage = stage
        self.mark()

    def stop(self) -> dict[str, int]:
        self._stop.set()
        self._thread.join()
        self.mark()
        return self.peaks


def _recording_progress(sampler: _Sampler):
    from verify.progress import Progress

    class Recording(Progress):
        """Draws nothing; tells the sampler which stage is running."""

        def __init__(self) -> None:
            super().__init__(enabled=False)

        def bar(self, stage, total=None, unit=""):
            sampler.enter(stage)
            return super().bar(stage, total, unit)

    return Recording()


def _words(path: Path) -> tuple[int, int]:
    from verify.ingest import load_corpus

    documents = load_corpus([path]).documents
    return len(documents), sum(len(d.text.split()) for d in documents)


def child_floor(path: Path) -> dict:
    from verify.extract import load_nlp
    from verify.ingest import load_corpus
    from verify.rules import load_rules

    sampler = _Sampler()
    texts = [d.text for d in load_corpus([path]).documents]
    nlp = load_nlp(load_rules().nlp.model)
    sampler.enter("parse")
    t = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=2, batch_size=50):
        pass
    seconds = time.perf_counter() - t
    return {
        "seconds": seconds,
        "peak": max(sampler.stop().values()),
        "words": sum(len(t.split()) for t in texts),
        "documents": len(texts),
    }


def child_run(path: Path, processes: int, engine: str, workers: int | None, write: bool = True) -> dict:
    from verify.rules import load_rules
    from verify.run import run

    sampler = _Sampler()
    rules = load_rules()
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        result = run(
            [path],
            rules,
            out=out if write else None,
            processes=workers if engine == "dask" else processes,
            engine=engine,
            progress=_recording_progress(sampler),
        )
        total = time.perf_counter() - t
    peaks = sampler.stop()
    documents = result.corpus.documents
    return {
        "total": total,
        "seconds": result.seconds,
        "peaks": peaks,
        "peak": max(peaks.values()),
        "pss_peaks": sampler.pss_peaks,
        "pss_peak": max(sampler.pss_peaks.values()),
        "words": sum(len(d.text.split()) for d in documents),
        "documents": len(documents),
        "claims": len(result.report["claims"]),
        "events": result.report["summary"]["events"],
    }


def _child(args: list[str]) -> dict:
    cmd = [sys.executable, __file__, "--child", json.dumps(args)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"bench child failed: {' '.join(args)}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------------------------
# Parent: run the measurements and print the table


def corpus_path(scale: float) -> Path:
    if scale == 1:
        return GVC
    path = OUT / f"corpus_{scale:g}x.jsonl"
    if not path.exists():
        sys.path.insert(0, str(ROOT / "bench"))
        from make_corpus import make_corpus

        make_corpus(scale)
    return path


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def _print_run(label: str, floor: dict, res: dict) -> None:
    words = res["words"]
    print(
        f"\n== {label}: {res['documents']:,} documents, {words:,} words, {res['claims']:,} claims, "
        f"{res['events']:,} events"
    )
    print(f"  {'stage':<10}{'seconds':>9}{'words/s':>12}{'peak memory':>14}")
    for stage in STAGES:
        if stage in res["seconds"]:
            s = res["seconds"][stage]
            print(f"  {stage:<10}{s:9.2f}{words / s if s > 0 else 0:12,.0f}{_mib(res['peaks'].get(stage, 0)):>14}")
    print(f"  {'total':<10}{res['total']:9.2f}{words / res['total']:12,.0f}{_mib(res['peak']):>14}")
    print(
        f"  {'spaCy floor':<10}{floor['seconds']:7.2f}{words / floor['seconds']:12,.0f}{_mib(floor['peak']):>14}"
        f"   (nlp.pipe, 2 processes, batch 50, model preloaded)"
    )
    print(
        f"  run / floor = {res['total'] / floor['seconds']:.2f}x  "
        f"(without model load: {(res['total'] - res['seconds'].get('load', 0)) / floor['seconds']:.2f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,4,16", help="comma-separated multiples of GVC (default 1,4,16)")
    parser.add_argument("--processes", type=int, default=2, help="local engine workers (default 2)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask runs")
    parser.add_argument(
        "--dask-scale", type=float, default=None, help="corpus for the Dask runs (default: the largest of --scales)"
    )
    parser.add_argument(
        "--no-write", action="store_true", help="build the report but do not write the files (times every other stage)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = json.loads(args.child)
        if kind == "floor":
            out = child_floor(Path(rest[0]))
        else:
            out = child_run(
                Path(rest[0]),
                int(rest[1]),
                rest[2],
                int(rest[3]) if rest[3] else None,
                len(rest) < 5 or rest[4] == "write",
            )
        print(json.dumps(out))
        return

    scales = [float(s) for s in args.scales.split(",")]
    write = "no-write" if args.no_write else "write"
    print(
        f"verify benchmark: local engine with {args.processes} processes; floor = spaCy nlp.pipe "
        f"(2 processes, batch 50){'; report files NOT written (--no-write)' if args.no_write else ''}"
    )
    runs: dict[float, tuple[dict, dict]] = {}
    for scale in scales:
        path = corpus_path(scale)
        floor = _child(["floor", str(path)])
        res = _child(["run", str(path), str(args.processes), "local", "", write])
        runs[scale] = floor, res
        _print_run(f"{scale:g}x ({path.name})", floor, res)

    big = max(scales)
    dask_scale = args.dask_scale or big
    dask: dict[int, dict] = {}
    if not args.no_dask:
        print(
            f"\n== Dask engine on {dask_scale:g}x (LocalCluster, 1 thread per worker; cluster start + model load "
            f"on workers counted in 'load')"
        )
        for workers in (1, 2):
            res = _child(["run", str(corpus_path(dask_scale)), "1", "dask", str(workers), write])
            dask[workers] = res
            s = res["seconds"]
            print(
                f"  {workers} worker{'s' if workers > 1 else ' '}: total {res['total']:7.2f} s  "
                f"(load {s['load']:.2f}, extract {s['extract']:.2f}, after extract "
                f"{sum(s.get(k, 0) for k in AFTER_EXTRACT):.2f})  peak {_mib(res['peak'])}  "
                f"claims {res['claims']:,}"
            )
        print(
            f"  speed-up 1 -> 2 workers: {dask[1]['total'] / dask[2]['total']:.2f}x "
            f"(extract only: {dask[1]['seconds']['extract'] / dask[2]['seconds']['extract']:.2f}x); "
            + (
                f"2 workers vs local engine: {dask[2]['total'] / runs[dask_scale][1]['total']:.2f}x the time"
                if dask_scale in runs
                else ""
            )
        )

    print("\n== targets")
    small = min(scales)

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    for scale in sorted({small, big}):
        floor, res = runs[scale]
        ratio = res["total"] / floor["seconds"]
        print(f"  run / floor at {scale:g}x          {ratio:6.2f}x   target <= 1.25x   {verdict(ratio <= 1.25)}")
    floor, res = runs[big]
    share = sum(res["seconds"].get(k, 0) for k in AFTER_EXTRACT) / res["total"]
    print(f"  cluster+compare+report at {big:g}x {share:6.1%}    target <= 10%     {verdict(share <= 0.10)}")
    if big != small:
        growth = res["total"] / runs[small][1]["total"]
        print(
            f"  time {big:g}x / time {small:g}x          {growth:6.2f}x   target <= {big / small * 18 / 16:g}x"
            f"     {verdict(growth <= big / small * 18 / 16)}"
        )
    print(
        f"  peak memory at {big:g}x         {res['peak'] / GIB:6.2f} GiB target <= 2 GiB  {verdict(res['peak'] <= 2 * GIB)}"
    )


if __name__ == "__main__":
    main()
