"""Score verify end to end on the retold coverage stories, one story at a time and all together.

    /work/venv/bin/python bench/eval_coverage.py [--data DIR] [--out DIR] [--story NAME] [--no-together] [--details]

For each story folder under ``--data`` (default ``../shared/data/coverage``) that has ``articles/`` and
``gold.yaml``, runs ``verify run <story>/articles`` in a fresh process and scores the report with the
independent scorer ``../shared/eval/score_coverage.py`` (read its docstring: event, figures, traps,
disagreements, updates, variants, precision). Then runs verify once over every story's articles
together — as a user pointing it at a mixed folder would, and as the project's before-stop check
does — and scores each story against that one report: where the two differ, stories leak into
each other.

Also printed per story, from the report's findings in the order the report presents them (issue 16):
how many non-agree findings a reader opens before reaching the last gold disagreement or update the
report finds, and how many non-agree findings concern the story in all. ``--details`` prints the
scorer's full output (what was missed) for every story.

Gold files are read only to score; nothing here feeds back into the engine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# The project's shared folder sits beside the checkout; VERIFY_SHARED points elsewhere (a worktree).
SHARED = Path(os.environ.get("VERIFY_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data" / "coverage"
SCORER = SHARED / "eval" / "score_coverage.py"


def run_verify(paths: list[Path], out: Path) -> float:
    """Run ``verify run`` on ``paths`` into ``out`` in a fresh process; the seconds it took."""
    out.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    cmd = [sys.executable, "-m", "verify", "run", *map(str, paths), "--out", str(out), "--quiet"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 3) or not (out / "report.json").exists():
        raise SystemExit(f"verify run failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return time.perf_counter() - t


def score(report: Path, gold: Path) -> tuple[str, list[str]]:
    done = subprocess.run([sys.executable, str(SCORER), str(report), str(gold)], capture_output=True, text=True)
    lines = done.stdout.strip().splitlines()
    return (lines[-1] if lines else f"scorer failed: {done.stderr[-500:]}"), lines[:-1]


def _best(claim: dict) -> int | None:
    v = claim.get("value")
    if isinstance(v, dict) and isinstance(v.get("best"), (int, float)):
        return int(v["best"])
    return None


def _side_hit(claims: list[dict], attribute: str, side: list) -> bool:
    for c in claims:
        if isinstance(side[0], (int, float)) or (isinstance(side[0], str) and side[0].isdigit()):
            if c.get("attribute") == attribute and _best(c) in {int(x) for x in side}:
                return True
        elif any(str(s).lower() in (c.get("text") or "").lower() for s in side):
            return True
    return False


def reading_cost(report: dict, gold: dict) -> tuple[int | None, int]:
    """(findings opened before the last gold disagreement/update found, non-agree findings of the story).

    The report's findings are read in the order ``report.json`` lists them (the order of the first
    screen); only findings whose evidence touches the story's documents count."""
    claims = {c["id"]: c for c in report.get("claims", [])}
    story_docs = set(map(str, gold.get("main_docs", []))) | set(map(str, (gold.get("other_docs") or {})))
    shown = [
        f
        for f in report.get("findings", [])
        if f.get("verdict") != "agree" and story_docs & {claims[i]["doc"] for i in f.get("claims", []) if i in claims}
    ]
    last = None
    wanted = [(d["attribute"], d["a"], d["b"], None) for d in gold.get("disagreements") or []]
    wanted += [(u["attribute"], u["from"], u["to"], "update") for u in gold.get("updates") or []]
    for attribute, a, b, verdict in wanted:
        for position, f in enumerate(shown, 1):
            if verdict and f["verdict"] != verdict:
                continue
            evidence = [claims[i] for i in f.get("claims", []) if i in claims]
            if _side_hit(evidence, attribute, a) and _side_hit(evidence, attribute, b):
                last = max(last or 0, position)
                break
    return last, len(shown)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=None, help="where reports go (default: a temporary folder)")
    ap.add_argument("--story", action="append", help="only these story folders (repeatable)")
    ap.add_argument("--no-together", action="store_true", help="skip the run over all stories at once")
    ap.add_argument("--details", action="store_true", help="print the scorer's full output per story")
    a = ap.parse_args(argv)
    stories = sorted(p for p in a.data.iterdir() if (p / "gold.yaml").exists() and (p / "articles").is_dir())
    if a.story:
        stories = [p for p in stories if p.name in a.story]
    out = a.out or Path(tempfile.mkdtemp(prefix="verify-coverage-"))
    print(f"reports in {out}")
    rows = []
    for story in stories:
        seconds = run_verify([story / "articles"], out / story.name)
        summary, details = score(out / story.name / "report.json", story / "gold.yaml")
        report = json.loads((out / story.name / "report.json").read_text(encoding="utf-8"))
        cost = reading_cost(report, yaml.safe_load((story / "gold.yaml").read_text(encoding="utf-8")))
        rows.append((story.name, "alone", seconds, summary, cost))
        if a.details:
            print(f"--- {story.name}")
            print("\n".join(details))
    if not a.no_together and len(stories) > 1:
        seconds = run_verify([s / "articles" for s in stories], out / "together")
        report = json.loads((out / "together" / "report.json").read_text(encoding="utf-8"))
        for story in stories:
            summary, _ = score(out / "together" / "report.json", story / "gold.yaml")
            cost = reading_cost(report, yaml.safe_load((story / "gold.yaml").read_text(encoding="utf-8")))
            rows.append((story.name, "together", seconds, summary, cost))
    print()
    for _name, mode, seconds, summary, (last, total) in rows:
        opened = "-" if last is None else str(last)
        print(f"{mode:8s} {seconds:5.1f}s  {summary}")
        print(f"{'':16s} findings opened before the last gold disagreement/update found: {opened} of {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
