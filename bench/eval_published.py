"""Publication dates inferred for the coverage articles, scored against bench/data/published.yaml.

For every article whose address or text states its publication day, is the inferred day right?
Two ways: as ``verify run`` reads them (front matter first), and with the front matter's
``published`` withheld, so the address and the text alone must give it. Also scored: the
"Updated" day (``modified``) where the page prints one, and dates inferred for pages that state
none (a caption's or a tweet's date taken for the page's). Each story is read on its own, as a run
on one story would read it (a day without a year borrows its year from the story's other pages).

    python bench/eval_published.py [--data /work/shared/data/coverage]

Prints the misses, then one line per measure; the target is 0.90 on the first two.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verify.ingest import load_corpus  # noqa: E402
from verify.ingest.published import date_documents  # noqa: E402
from verify.rules import load_rules  # noqa: E402

DATA = Path("/work/shared/data/coverage")
GOLD = ROOT / "bench" / "data" / "published.yaml"


def read_story(folder: Path, rules, withhold: bool) -> dict[str, tuple[str | None, str, str | None]]:
    """stem -> (published, published_from, modified) for one story's articles."""
    documents = load_corpus([folder / "articles"], rules=rules).documents
    if withhold:
        documents = date_documents(
            [replace(d, published=None, published_from="none", modified=None) for d in documents], rules
        )
    return {d.id: (d.published, d.published_from, d.modified) for d in documents}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    rules = load_rules()
    tally = {"as_run": [0, 0], "withheld": [0, 0], "modified": [0, 0], "false": [0, 0]}
    misses: list[str] = []
    seconds = 0.0
    for story, expected in gold.items():
        t = time.perf_counter()
        runs = {
            "as_run": read_story(args.data / story, rules, False),
            "withheld": read_story(args.data / story, rules, True),
        }
        seconds += time.perf_counter() - t
        for stem, want in expected.items():
            day = None if want.get("day") is None else str(want["day"])
            for mode, found in runs.items():
                published, origin, modified = found[stem]
                got = None if published is None else published[:10]
                if day is not None and want.get("stated"):
                    tally[mode][1] += 1
                    if got == day:
                        tally[mode][0] += 1
                    else:
                        misses.append(
                            f"{mode:8} {story}/{stem}: expected {day} ({'/'.join(want['stated'])}), "
                            f"got {published} from {origin}"
                        )
                if mode == "withheld" and day is None:
                    tally["false"][1] += 1
                    if got is not None:
                        tally["false"][0] += 1
                        misses.append(f"false    {story}/{stem}: states no date, got {published} from {origin}")
                if mode == "as_run" and want.get("modified"):
                    tally["modified"][1] += 1
                    if (modified or "")[:10] == str(want["modified"]):
                        tally["modified"][0] += 1
                    else:
                        misses.append(f"modified {story}/{stem}: expected {want['modified']}, got {modified}")
    for line in misses:
        print(line)

    def rate(key: str) -> str:
        right, total = tally[key]
        return f"{right}/{total} = {right / total:.3f}" if total else "0/0"

    print(f"published day right, front matter withheld (address and text only): {rate('withheld')}")
    print(f"published day right, as verify run reads them:                       {rate('as_run')}")
    print(f"'Updated' day right where the page prints one:                       {rate('modified')}")
    print(f"pages stating no date that got one anyway (lower is better):         {rate('false')}")
    print(f"time: {seconds:.2f} s for {len(gold)} stories read twice (ingest included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
