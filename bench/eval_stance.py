"""What the coverage stories' reports hold about cause, blame and quotations, apart from events.

    /work/venv/bin/python bench/eval_stance.py REPORT_DIR [--data DIR] [--claims]

REPORT_DIR holds one folder per story with its ``report.json`` (as ``bench/eval_coverage.py
--out DIR`` leaves them). For each story's gold ``cause`` disagreements (``gold.yaml``), prints
whether each side is among the story's method and cause claims at all, and whether a pair of them
from two sources is judged apart (compatible or conflict) by the compare stage's method judgement
— that is, whether the disagreement would be found if the event stage put both claims in one
event; the scorer's own line (found or missing) says whether it did. Then counts the story's
attribution claims by stance and its altered_quote and perpetrator findings. ``--claims`` lists
every method, cause and attribution claim with its stance and who says so, for reading.

Gold files are read only to score; nothing here feeds back into the engine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verify.compare.events import method_verdict  # noqa: E402
from verify.models import Claim  # noqa: E402
from verify.rules import load_rules  # noqa: E402

SHARED = Path(os.environ.get("VERIFY_SHARED", ROOT.parent / "shared"))


def _claim(c: dict) -> Claim:
    return Claim(
        c["id"],
        c["doc"],
        c["kind"],
        c["attribute"],
        c["text"],
        c["sentence"],
        c["start"],
        c["end"],
        c["sentence_start"],
        c["value"],
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reports", type=Path)
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "coverage")
    ap.add_argument("--claims", action="store_true", help="list every method, cause and attribution claim")
    a = ap.parse_args(argv)
    rules = load_rules()
    for story in sorted(p for p in a.data.iterdir() if (p / "gold.yaml").exists()):
        path = a.reports / story.name / "report.json"
        if not path.exists():
            continue
        report = json.loads(path.read_text(encoding="utf-8"))
        gold = yaml.safe_load((story / "gold.yaml").read_text(encoding="utf-8"))
        claims = [c for c in report["claims"] if c["kind"] in ("method", "attribution")]
        methods = [c for c in claims if c["kind"] == "method"]
        print(
            f"--- {story.name}: {len(methods)} method/cause claims "
            f"({sum(c['attribute'] == 'cause' for c in methods)} causes), "
            f"{len(claims) - len(methods)} attribution claims "
            f"{dict(Counter(c['value']['stance'] for c in claims if c['kind'] == 'attribution'))}"
        )
        for d in gold.get("disagreements") or []:
            if d["attribute"] != "cause":
                continue
            side_a = [c for c in methods if any(s in c["text"].lower() for s in d["a"])]
            side_b = [c for c in methods if any(s in c["text"].lower() for s in d["b"])]
            apart = [
                (x, y)
                for x in side_a
                for y in side_b
                if x["doc"] != y["doc"] and method_verdict(rules, _claim(x), _claim(y)) != "agree"
            ]
            print(
                f"cause {d['a'][:2]} vs {d['b'][:2]}: sides {len(side_a)}/{len(side_b)} claims, "
                f"{len(apart)} pairs judged apart"
                + (
                    f", e.g. {apart[0][0]['text']!r} ({apart[0][0]['doc']}) vs "
                    f"{apart[0][1]['text']!r} ({apart[0][1]['doc']})"
                    if apart
                    else ""
                )
            )
        verdicts = Counter(
            (f["attribute"], f["verdict"])
            for f in report["findings"]
            if f["attribute"] in ("quote", "perpetrator", "method", "cause") and f["verdict"] != "agree"
        )
        print("findings:", dict(sorted(verdicts.items())))
        if a.claims:
            for c in sorted(claims, key=lambda c: (c["doc"], c["start"])):
                v = c["value"]
                what = v.get("alternatives") or v.get("method") or v.get("actor")
                print(
                    f"  {c['doc'][:24]:24s} {c['kind'][:6]} {c['attribute'][:6]:6s} {c['text'][:40]!r:44s} {what} "
                    f"{v.get('stance')} by={v.get('by') or c.get('cited_source')}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
