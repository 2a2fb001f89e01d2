"""Measure count extraction against the Gun Violence Corpus registry (num_killed, num_injured).

Run: /work/venv/bin/python bench/eval_counts.py --split dev     (or --split train, --split all)

Every document of the split is parsed with ``nlp.pipe`` and ``extract_counts`` is run on each
sentence with ``SentenceContext(doc_id, published)`` only; the gold ``event`` id is used here, to group
documents by incident, never by the extractor.

How the engine's figure for an incident is derived from its articles' claims (attribute A is
``deaths`` or ``injured``). It mirrors what verify does with a rising toll (``compare.figures.
rising_toll_is_update``: a later publication revises an earlier figure), because the registry
records the final outcome while an article written before a victim died says "shot":
  * per document, the claims of attribute A that are not a subset (``part``), count people (unit
    not a facility, attack, bed or patient) and are not a period total (``period``: "so far this
    year", another event); the document's figure is the claim with the largest ``best``;
  * the incident's deaths figure D is that of the latest-published article stating one (the
    largest among articles of that date);
  * "shot" and "wounded" of the same victims are superseded when a later article says they died:
    an ``injured`` claim read only from "shot" (``hit``, no ``minus``) has D taken off it (GVA counts
    a victim who was shot as injured only if they survived); any other ``injured`` claim has taken
    off it the deaths the document did not know of yet (D minus the document's own deaths figure);
    never below 0;
  * the incident's injured figure is then that of the latest-published article stating one, as for D;
  * the interval of A is the union of the documents' (adjusted) figures [min low, max high] (high
    None = open): everything the articles allow;
  * an incident whose articles state no claim of A gets 0 for A, interval [0, 0]: a registry record
    says 0 when nobody died / was injured, and articles rarely state a zero.
Then: share of incidents with best == gold and with gold inside the interval, and the misses by cause;
each miss shows the claim chosen for the incident (its words as written and its sentence).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from verify.extract.base import Mention, SentenceContext  # noqa: E402
from verify.extract.counts import extract_counts  # noqa: E402
from verify.models import CountValue, counted  # noqa: E402
from verify.rules import RuleSet, load_rules  # noqa: E402

DATA = Path("/work/shared/data/gvc")
NOT_PEOPLE = {"facilities", "attack", "attacks", "bed", "beds", "patient", "patients"}


def read_split(split: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    docs = [json.loads(line) for line in (DATA / "documents.jsonl").open(encoding="utf-8")]
    events = [json.loads(line) for line in (DATA / "events.jsonl").open(encoding="utf-8")]
    if split != "all":
        docs = [d for d in docs if d["split"] == split]
        events = [e for e in events if e["split"] == split]
    return docs, events


def parse(nlp: spacy.Language, docs: list[dict[str, Any]], cache: Path | None) -> tuple[list[spacy.tokens.Doc], float]:
    if cache is not None and cache.is_file():
        parsed = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in parsed] == [d["text"] for d in docs]:
            return parsed, float("nan")
    started = time.perf_counter()
    parsed = list(nlp.pipe((d["text"] for d in docs), batch_size=32))
    seconds = time.perf_counter() - started
    if cache is not None:
        DocBin(store_user_data=False, docs=parsed).to_disk(cache)
    return parsed, seconds


Claim = tuple[dict[str, Any], Mention, str]  # value, mention, sentence


# Bodies recovered or found are a lower bound on the dead (issue 14): "three bodies were found".
LOWER_BOUNDS = {"deaths": ("bodies_recovered",)}
# Figures that are not a current level of the attribute: projections, changes, earlier figures, denials.
NOT_LEVELS = ("projected", "hypothetical", "increment", "earlier", "denied")


def people_claims(mentions: list[tuple[Mention, str]], attribute: str) -> list[Claim]:
    names = (attribute, *LOWER_BOUNDS.get(attribute, ()))
    return [
        (_as_registry(m.value), m, sent)
        for m, sent in mentions
        if m.attribute in names
        and not m.value.get("part")
        and m.value.get("unit") not in NOT_PEOPLE
        and "period" not in m.value
        and m.value.get("status") not in NOT_LEVELS
    ]


def _as_registry(value: dict[str, Any]) -> dict[str, Any]:
    """A victim named or described ("a man was killed", "his son and himself") states no figure, "at
    least one" (its best None, its high open); a registry counts each such victim, exactly."""
    if not value.get("individual"):
        return value
    best = counted(cast(CountValue, value))
    return dict(value, best=best, high=best)


def _less(value: dict[str, Any], k: int) -> dict[str, Any]:
    return dict(
        value,
        low=max(0, value["low"] - k),
        best=max(0, value["best"] - k),
        high=None if value["high"] is None else max(0, value["high"] - k),
    )


def doc_figures(mentions: list[tuple[Mention, str]], dead: int) -> dict[str, Claim | None]:
    """The document's deaths and injured figures; ``dead`` is the incident's deaths figure."""
    out: dict[str, Claim | None] = {}
    deaths = people_claims(mentions, "deaths")
    out["deaths"] = max(deaths, key=lambda c: c[0]["best"]) if deaths else None
    known = 0 if out["deaths"] is None else out["deaths"][0]["best"]
    injured = []
    for value, mention, sent in people_claims(mentions, "injured"):
        if value.get("hit") and "minus" not in value:
            value = _less(value, dead)
        elif not value.get("hit"):
            value = _less(value, max(0, dead - known))
        injured.append((value, mention, sent))
    out["injured"] = max(injured, key=lambda c: c[0]["best"]) if injured else None
    return out


def span(figures: list[Claim | None]) -> tuple[int, int | None]:
    """The union [min low, max high] of the documents' figures (high None = open); [0, 0] for none."""
    stated = [c[0] for c in figures if c is not None]
    if not stated:
        return 0, 0
    highs = [v["high"] for v in stated]
    return min(v["low"] for v in stated), None if any(h is None for h in highs) else max(highs)


def latest(figures: list[tuple[date, Claim | None]]) -> Claim | None:
    """The figure of the latest-published document that states one (the largest on that date)."""
    stated = [(day, c) for day, c in figures if c is not None]
    if not stated:
        return None
    last = max(day for day, _ in stated)
    return max((c for day, c in stated if day == last), key=lambda c: c[0]["best"])


def cause_of(attribute: str, gold: int, best: int, mentions: list[tuple[Mention, str]]) -> str:
    if best == gold:
        return "interval only"
    others = [
        m
        for m, _ in mentions
        if m.attribute != attribute and m.value.get("best") == gold and m.attribute in ("deaths", "injured")
    ]
    if not people_claims(mentions, attribute):
        if gold and others:
            return "wrong attribute"
        return "no figure found"
    if gold == 0:
        return "figure where gold is 0"
    if others:
        return "wrong attribute"
    return "partial count (under)" if best < gold else "over-count"


def run(split: str, cache: Path | None, examples: int = 3) -> None:
    rules: RuleSet = load_rules()
    nlp = spacy.load(rules.nlp.model)
    docs, events = read_split(split)
    parsed, parse_seconds = parse(nlp, docs, cache)
    words = sum(1 for doc in parsed for t in doc if not t.is_punct and not t.is_space)
    mentions: dict[str, list[tuple[Mention, str]]] = {}
    said: dict[int, str] = {}  # id of a mention -> its words as written
    published = {
        record["id"]: date.fromisoformat(record["published"]) if record.get("published") else date.min
        for record in docs
    }
    started = time.perf_counter()
    for record, doc in zip(docs, parsed, strict=True):
        ctx = SentenceContext(record["id"], published[record["id"]] if record.get("published") else None)
        mentions[record["id"]] = [(m, sent.text) for sent in doc.sents for m in extract_counts(sent, ctx, rules)]
        said.update((id(m), record["text"][m.start : m.end]) for m, _ in mentions[record["id"]])
    extract_seconds = time.perf_counter() - started

    by_event: dict[str, list[str]] = defaultdict(list)
    for record in docs:
        by_event[record["event"]].append(record["id"])
    exact = {"deaths": 0, "injured": 0}
    inside = {"deaths": 0, "injured": 0}
    causes: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event in events:
        doc_ids = [d for d in by_event.get(event["gvc_event_id"], []) if d in mentions]
        days = [published[d] for d in doc_ids]
        chosen = latest([(day, doc_figures(mentions[d], 0)["deaths"]) for day, d in zip(days, doc_ids, strict=True)])
        dead = 0 if chosen is None else chosen[0]["best"]
        figures = [(day, doc_figures(mentions[d], dead)) for day, d in zip(days, doc_ids, strict=True)]
        all_mentions = [m for d in doc_ids for m in mentions[d]]
        for attribute, gold_key in (("deaths", "num_killed"), ("injured", "num_injured")):
            gold = event[gold_key]
            claim = latest([(day, f[attribute]) for day, f in figures])
            best = 0 if claim is None else claim[0]["best"]
            low, high = span([f[attribute] for _, f in figures])
            hit_exact = best == gold
            hit_inside = low <= gold and (high is None or gold <= high)
            exact[attribute] += hit_exact
            inside[attribute] += hit_inside
            if hit_exact and hit_inside:
                continue
            cause = cause_of(attribute, gold, best, all_mentions)
            if claim is None:
                shown = ["(no claim of it in its articles)"]
            else:
                value, mention, sent = claim
                shown = [
                    f"chosen {attribute}={value['best']} from «{said[id(mention)]}» in «{' '.join(sent.split())[:160]}»"
                ]
            causes[(attribute, cause)].append(
                f"event {event['gvc_event_id']} gold {gold} engine {best} [{low}, {high}]: " + " | ".join(shown)
            )
    n = len(events)
    print(f"split={split}: {len(docs)} documents, {n} incidents, {words} words")
    for attribute in ("deaths", "injured"):
        print(
            f"  {attribute:8} best == gold: {exact[attribute] / n:.3f} ({exact[attribute]}/{n})   "
            f"gold in interval: {inside[attribute] / n:.3f} ({inside[attribute]}/{n})"
        )
    print(f"misses by cause (attribute / cause: count, {examples} examples):")
    for (attribute, cause), rows in sorted(causes.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        print(f"  {attribute} / {cause}: {len(rows)}")
        for row in rows[:examples]:
            print(f"      {row}")
    print(
        f"throughput: extract_counts {words / extract_seconds:,.0f} words/s ({extract_seconds:.2f} s); "
        + (
            f"spaCy nlp.pipe {words / parse_seconds:,.0f} words/s ({parse_seconds:.2f} s) over the same text"
            if parse_seconds == parse_seconds
            else "spaCy nlp.pipe not timed (parses read from --cache)"
        )
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Score extract_counts on the Gun Violence Corpus (deaths, injured per incident).",
        epilog="example: /work/venv/bin/python bench/eval_counts.py --split dev",
    )
    parser.add_argument("--split", choices=("train", "dev", "all"), default="dev")
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="a DocBin file to keep the parses in between runs (parsing is then not timed)",
    )
    parser.add_argument(
        "--misses", type=int, default=3, metavar="N", help="how many misses to show per cause (default 3)"
    )
    args = parser.parse_args(argv)
    run(args.split, args.cache, args.misses)


if __name__ == "__main__":
    main()
