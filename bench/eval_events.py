"""Measure the cluster stage's events against the GVC gold incidents, plus identity and cost.

    /work/venv/bin/python bench/eval_events.py [--refresh] [--split train|dev|all] [--errors] [--stress] [--cost]

Runs the real pipeline (``load_corpus -> extract_claims -> cluster_claims``) on
``/work/shared/data/gvc/documents.jsonl``. ``load_corpus`` drops the gold ``event`` field, so the
engine never sees it; this script reads it back only to score. The extracted claims are cached as
JSON lines of ``dataclasses.asdict`` in ``bench/out/gvc_claims.jsonl`` (``--refresh`` re-parses,
about a minute). Clustering runs once over the whole pool (train and dev together, as a user would
run it); each document is assigned to the event holding most of its claims (a document with no
event-attached claim is a singleton), and the assignment is scored per split with B-cubed, MUC
and CEAF-e (CoNLL F1 is their mean).

Also printed: the seeds' person entities, and the time and peak memory (tracemalloc) of
``cluster_claims`` on 1x, 4x and 16x the GVC claims, the copies made distinct by renamed
documents, shifted dates and renamed places and people. ``--stress`` scores the train incidents
made confusable, as a large pool is: each incident's dates shifted to a random day of a short
window and, optionally, every place renamed to one city (many shootings in one city within weeks);
the gold is used only to build the pool and to score.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verify.cluster import cluster_claims  # noqa: E402
from verify.ingest import load_corpus  # noqa: E402
from verify.models import Claim  # noqa: E402
from verify.rules import load_rules  # noqa: E402

DATA = Path("/work/shared/data/gvc/documents.jsonl")
CACHE = ROOT / "bench" / "out" / "gvc_claims.jsonl"


def load_claims(documents, rules, refresh: bool) -> list[Claim]:
    if CACHE.exists() and not refresh:
        with CACHE.open() as fh:
            return [Claim(**json.loads(line)) for line in fh]
    from verify.extract import extract_claims, load_nlp

    t = time.perf_counter()
    claims = list(extract_claims(documents, load_nlp(rules.nlp.model), rules))
    print(f"extracted {len(claims)} claims in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with CACHE.open("w") as fh:
        for c in claims:
            fh.write(json.dumps(dataclasses.asdict(c)) + "\n")
    return claims


def assign(doc_ids, clustering) -> dict[str, str]:
    """Each document's event: the one holding most of its claims; else a singleton of its own."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in clustering.claims:
        if c.event:
            votes[c.doc][c.event] += 1
    out = {}
    for d in doc_ids:
        if votes[d]:
            out[d] = sorted(votes[d].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        else:
            out[d] = f"single:{d}"
    return out


def _clusters(mapping: dict[str, str]) -> list[set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for d, e in mapping.items():
        groups[e].add(d)
    return list(groups.values())


def _prf(p: float, r: float) -> tuple[float, float, float]:
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bcubed(pred: dict[str, str], gold: dict[str, str]):
    pc, gc = _clusters(pred), _clusters(gold)
    pof = {d: c for c in pc for d in c}
    gof = {d: c for c in gc for d in c}
    p = sum(len(pof[d] & gof[d]) / len(pof[d]) for d in gold) / len(gold)
    r = sum(len(pof[d] & gof[d]) / len(gof[d]) for d in gold) / len(gold)
    return _prf(p, r)


def muc(pred: dict[str, str], gold: dict[str, str]):
    def score(key, response):
        rof = {d: i for i, c in enumerate(response) for d in c}
        num = sum(len(c) - len({rof[d] for d in c}) for c in key)
        den = sum(len(c) - 1 for c in key)
        return num / den if den else 0.0

    pc, gc = _clusters(pred), _clusters(gold)
    return _prf(score(pc, gc), score(gc, pc))


def ceafe(pred: dict[str, str], gold: dict[str, str]):
    pc, gc = _clusters(pred), _clusters(gold)
    g = nx.Graph()
    for i, a in enumerate(gc):
        for j, b in enumerate(pc):
            shared = len(a & b)
            if shared:
                g.add_edge(("g", i), ("p", j), weight=2 * shared / (len(a) + len(b)))
    matching = nx.max_weight_matching(g)
    total = sum(g.edges[u, v]["weight"] for u, v in matching)
    return _prf(total / len(pc), total / len(gc))


def score(pred, gold, name: str) -> None:
    b, m, c = bcubed(pred, gold), muc(pred, gold), ceafe(pred, gold)
    conll = (b[2] + m[2] + c[2]) / 3
    print(
        f"{name:10s} docs {len(gold):4d} gold {len(set(gold.values())):4d} pred {len(set(pred.values())):4d} | "
        f"B3 P {b[0]:.3f} R {b[1]:.3f} F1 {b[2]:.3f} | MUC F1 {m[2]:.3f} | CEAF-e F1 {c[2]:.3f} | "
        f"CoNLL F1 {conll:.3f}"
    )


def errors(pred, gold, titles, limit: int = 12) -> None:
    """Pairs split or merged wrongly, for reading while tuning (train only)."""
    shown = 0
    for e, docs in sorted((e, [d for d in gold if gold[d] == e]) for e in set(gold.values())):
        events = Counter(pred[d] for d in docs)
        if len(events) > 1 and shown < limit:
            shown += 1
            print(f"  SPLIT gold {e}: " + "; ".join(f"{pred[d][:10]} {titles[d][:50]!r}" for d in docs))
    shown = 0
    for e, docs in sorted((e, [d for d in pred if pred[d] == e]) for e in set(pred.values())):
        golds = Counter(gold[d] for d in docs)
        if len(golds) > 1 and shown < limit:
            shown += 1
            print(f"  MERGE {e[:10]}: " + "; ".join(f"{gold[d]} {titles[d][:50]!r}" for d in docs))


def seeds_identity(rules) -> None:
    from verify.extract import extract_claims, load_nlp

    corpus = load_corpus([ROOT / "seeds"])
    claims = list(extract_claims(corpus.documents, load_nlp(rules.nlp.model), rules))
    clustering = cluster_claims(corpus.documents, claims, rules)
    people = [e for e in clustering.entities if e.kind == "person"]
    print(f"seeds: {len(people)} person entities")
    for e in people:
        print(f"  {e.name!r:32s} " + "; ".join(sorted({f"{v.text} ({v.doc[:3]})" for v in e.variants})))
    print(f"seeds: {len(clustering.events)} events")
    for e in clustering.events:
        print(f"  {e.label} | docs {', '.join(d[:3] for d in e.documents)} | {len(e.claims)} claims")


def _shift(value: dict, days: int) -> dict:
    out = dict(value)
    for k in ("start", "end"):
        v = out.get(k)
        if isinstance(v, str) and len(v) == 10:
            try:
                out[k] = (date.fromisoformat(v) + timedelta(days=days)).isoformat()
            except ValueError:
                pass
    return out


_PROPER = re.compile(r"\b[A-Z][a-z]+")


def _shifted(word: str, i: int) -> str:
    """``word``'s letters shifted ``i`` places, case kept ("Chicago" -> "Dijdbhp" for i=1)."""
    return "".join(
        chr((ord(ch) - base + i) % 26 + base) if ch.isascii() and ch.isalpha() else ch
        for ch in word
        for base in (65 if ch.isupper() else 97,)
    )


def _rename(text: str | None, i: int) -> str | None:
    """Every capitalised word's letters shifted ``i`` places ("Chicago" -> "Dijdbhp" for i=1): the
    same length (claim offsets stay true), other people and places, and no copy of the text."""
    if not text or not i:
        return text

    return _PROPER.sub(lambda m: _shifted(m.group(), i), text)


def scaled(documents, claims, k: int):
    """``k`` copies of the corpus (``copy_of`` 0 .. k - 1)."""
    docs, out = [], []
    for i in range(k):
        more_docs, more_claims = copy_of(documents, claims, i)
        docs += more_docs
        out += more_claims
    return docs, out


def copy_of(documents, claims, i: int):
    """The ``i``-th copy of the corpus (0: the corpus itself): renamed docs, dates shifted and names
    made distinct, the same way in the claims' keys, their text and sentences and the documents' text
    (so that the duplicate detector sees no copy, and no copy shares a sentence's words or a
    surname's spelling keys with another: 16 copies are 16 other corpora, not 16 reprints)."""
    suffix = f"~{i}" if i else ""
    shift = 400 * i
    docs, out = [], []
    for d in documents:
        pub = (date.fromisoformat(d.published[:10]) + timedelta(days=shift)).isoformat() if d.published else None
        docs.append(
            dataclasses.replace(d, id=d.id + suffix, published=pub, text=_rename(d.text, i), title=_rename(d.title, i))
        )
    for c in claims:
        value = _shift(c.value, shift) if c.kind == "time" else dict(c.value)
        if i and c.kind in ("person", "place", "facility", "organization"):
            for key in ("key", "name_key", "canonical"):
                if isinstance(value.get(key), str):
                    value[key] = _shifted(value[key], i)  # "john carter" -> "kpio dbsufs": another person
        out.append(
            dataclasses.replace(
                c,
                id=c.id + suffix,
                doc=c.doc + suffix,
                value=value,
                text=_rename(c.text, i),
                sentence=_rename(c.sentence, i),
            )
        )
    return docs, out


def stress(documents, claims, gold, rules, seed: int = 0) -> None:
    """B-cubed on the gold documents squeezed into ``window`` days, in one city or their own."""
    documents = [d for d in documents if d.id in gold]
    claims = [c for c in claims if c.doc in gold]
    first: dict[str, str] = {}
    for d in documents:
        if d.published:
            day_of = d.published[:10]  # a page's stamp may give the time of day too
            first[gold[d.id]] = min(first.get(gold[d.id], day_of), day_of)
    for window, one_city in ((60, False), (14, False), (60, True), (14, True)):
        rng = random.Random(seed)
        day = {e: date(2016, 6, 1) + timedelta(days=rng.randrange(window)) for e in sorted(first)}
        shift = {
            d.id: (day[gold[d.id]] - date.fromisoformat(first[gold[d.id]])).days if gold[d.id] in first else 0
            for d in documents
        }
        docs = [
            dataclasses.replace(
                d,
                published=(date.fromisoformat(d.published[:10]) + timedelta(days=shift[d.id])).isoformat()
                if d.published
                else None,
            )
            for d in documents
        ]
        out = []
        for c in claims:
            value = _shift(c.value, shift[c.doc]) if c.kind == "time" else dict(c.value)
            if one_city and c.kind == "place":
                value.update(name="Springfield", canonical="Springfield", key="springfield")
            out.append(dataclasses.replace(c, value=value))
        pred = assign([d.id for d in docs], cluster_claims(docs, out, rules))
        p, r, f = bcubed(pred, {d.id: gold[d.id] for d in docs})
        where = ", one city" if one_city else " " * 10
        print(f"stress {window:3d} days{where} | B3 P {p:.3f} R {r:.3f} F1 {f:.3f}")


def cost(documents, claims, rules) -> None:
    """The cluster stage's time at 1x, 4x and 16x the corpus. The warm-up (imports, the rules'
    compiled patterns and tables) runs on a copy none of the timed inputs holds: warmed on the
    corpus itself, the 1x run found every name's readings, spellings and word weights already
    cached (``lru_cache``), while the copies' new names at 4x and 16x did not, and the ratio
    charged that to the scale."""
    cluster_claims(*copy_of(documents, claims, 25), rules)  # copy 25: no timed run holds it (16x holds 0-15)
    base = None
    for k in (1, 4, 16):
        docs, cl = scaled(documents, claims, k)
        t = time.perf_counter()
        result = cluster_claims(docs, cl, rules)
        seconds = time.perf_counter() - t
        copies = len(result.copies)
        del result
        tracemalloc.start()  # a second run for memory: tracing slows Python several times over
        cluster_claims(docs, cl, rules)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        base = base or seconds
        print(
            f"cost {k:2d}x: {len(docs):6d} docs {len(cl):7d} claims  {copies:4d} copies  {seconds:7.2f} s  "
            f"peak {peak:7.1f} MiB  time ratio {seconds / base:5.1f} (linear: {k})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--refresh", action="store_true", help="re-extract the claims cache")
    parser.add_argument("--errors", action="store_true", help="print train errors (for tuning)")
    parser.add_argument(
        "--split",
        choices=("train", "dev", "all"),
        default="all",
        help="which split to score (tune on train; look at dev once)",
    )
    parser.add_argument("--no-dev", action="store_true", help="score train only (same as --split train)")
    parser.add_argument("--stress", action="store_true", help="also score train squeezed into one city and weeks")
    parser.add_argument("--cost", action="store_true", help="also measure 1x/4x/16x cost")
    parser.add_argument("--seeds", action="store_true", help="also print the seeds' events and people")
    args = parser.parse_args()

    rules = load_rules()
    raw = [json.loads(line) for line in DATA.open()]
    gold = {r["id"]: r["event"] for r in raw}
    split = {r["id"]: r["split"] for r in raw}
    titles = {r["id"]: r.get("title") or "" for r in raw}
    documents = load_corpus([DATA]).documents
    claims = load_claims(documents, rules, args.refresh)
    t = time.perf_counter()
    clustering = cluster_claims(documents, claims, rules)
    print(
        f"clustered {len(claims)} claims of {len(documents)} docs into {len(clustering.events)} events "
        f"in {time.perf_counter() - t:.2f} s"
    )
    pred = assign([d.id for d in documents], clustering)
    split_name = "train" if args.no_dev else args.split
    parts = {
        "train": [("train", {"train"})],
        "dev": [("dev", {"dev"})],
        "all": [("train", {"train"}), ("dev", {"dev"}), ("train+dev", {"train", "dev"})],
    }[split_name]
    for name, splits in parts:
        ids = [d for d in gold if split[d] in splits]
        score({d: pred[d] for d in ids}, {d: gold[d] for d in ids}, name)
    if args.errors:
        ids = [d for d in gold if split[d] == "train"]
        errors({d: pred[d] for d in ids}, {d: gold[d] for d in ids}, titles)
    if args.stress:
        stress(documents, claims, {d: gold[d] for d in gold if split[d] == "train"}, rules)
    if args.seeds:
        seeds_identity(rules)
    if args.cost:
        cost(documents, claims, rules)


if __name__ == "__main__":
    main()
