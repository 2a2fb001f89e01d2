"""Measure the people extractor on the Gun Violence Database (GVDB) dev split.

    /work/venv/bin/python bench/eval_people.py [--tsv PATH] [--cache PATH] [--samples N]

Parses every article's full text (``nlp.pipe``, batch 32) and takes the person claims the extract
stage makes of it (``claims_from_chunk``: the people extractor, names settled against organisations,
places and outlets, lone names resolved per document), grouped into people by key. A person counts as a
predicted victim (suspect) when one of their mentions says so; a person can be both (GVDB lists a
suspect shot by police among the victims).
A predicted person matches a gold victim when one of their mentions overlaps the gold name span,
or — for gold names without a span — when ``same_person`` of the keys reaches the rules' threshold.
The gold often lists a victim without a name although the article names them: a predicted person
left over in such an article is still counted a false positive, and the count of those that fit a
gold entry without a name (one each) is printed beside it, with the precision leaving them unscored.
Figures are printed for all articles, the first half (used while developing) and the second half
(held out), with a sample of errors from the chosen part.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verify.extract.claims import claims_from_chunk  # noqa: E402
from verify.extract.names import name_key, same_person  # noqa: E402
from verify.models import Document  # noqa: E402
from verify.rules import RuleSet, load_rules  # noqa: E402

DEV = Path("/work/shared/data/gvdb/dev.tsv")


@dataclass
class Person:
    key: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    votes: Counter = field(default_factory=Counter)
    statuses: list[str] = field(default_factory=list)
    ages: list[int] = field(default_factory=list)

    def has(self, role: str) -> bool:
        """GVDB lists a suspect shot by police among the victims too: one mention is enough."""
        return self.votes[role] > 0

    @property
    def role(self) -> str:
        return next((r for r in ("victim", "suspect", "speaker") if self.has(r)), "person")

    @property
    def status(self) -> str | None:
        for s in ("killed", "injured"):
            if s in self.statuses:
                return s
        return None


@dataclass
class Gold:
    name: str
    start: int
    end: int
    age: int | None
    status: str | None


def read_rows(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def gold_people(row: dict[str, str], section: str) -> list[Gold]:
    """The named people of one section; an entry repeated with the same name at the same place (two
    articles list a victim twice) is one person, scored once."""
    out = []
    seen: set[tuple[str, int]] = set()
    for item in json.loads(row["Json"]).get(section) or []:
        name = item.get("name") or {}
        if not (name.get("value") or "").strip() or (name["value"].strip(), name.get("startIndex", -1)) in seen:
            continue
        seen.add((name["value"].strip(), name.get("startIndex", -1)))
        age_text = (item.get("age") or {}).get("value") or ""
        m = re.search(r"\d+", age_text)
        was = item.get("victim-was") or []
        status = "killed" if "killed" in was else ("injured" if was else None)
        out.append(
            Gold(
                name["value"].strip(),
                name.get("startIndex", -1),
                name.get("endIndex", -1),
                int(m.group()) if m else None,
                status,
            )
        )
    return out


def unnamed_gold(row: dict[str, str], section: str) -> int:
    """How many people of one section the gold lists without a name (GVDB often leaves the name of a
    victim the article names blank: "the victim" in a row of an LA Times Homicide Report)."""
    items = json.loads(row["Json"]).get(section) or []
    return sum(1 for item in items if not ((item.get("name") or {}).get("value") or "").strip())


def parse(rows: list[dict[str, str]], nlp: spacy.Language, cache: Path | None) -> list[spacy.tokens.Doc]:
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(rows) and all(d.text == r["Full text"] for d, r in zip(docs, rows, strict=True)):
            return docs
    docs = list(nlp.pipe((r["Full text"] for r in rows), batch_size=32))
    if cache is not None:
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return docs


def predict(doc: spacy.tokens.Doc, doc_id: str, rules: RuleSet) -> list[Person]:
    """The people verify reports for one article: the person claims of the extract stage (every
    sentence through the extractors, names settled against organisations and places, short names
    resolved), grouped into people by key."""
    document = Document(id=doc_id, path=f"{doc_id}.txt", text=doc.text, sha256="")
    claims = [c for c in claims_from_chunk(document, doc, 0, rules) if c.kind == "person"]
    people: dict[str, Person] = {}
    for c in sorted(claims, key=lambda c: c.start):
        p = people.setdefault(c.value["key"], Person(c.value["key"]))
        p.spans.append((c.start, c.end))
        p.names.append(c.text)
        p.votes[c.attribute] += 1
        if c.value.get("status"):
            p.statuses.append(c.value["status"])
        if c.value.get("age") is not None:
            p.ages.append(c.value["age"])
    return merge_people(list(people.values()), rules)


def merge_people(people: list[Person], rules: RuleSet) -> list[Person]:
    """One person per identity: keys that ``same_person`` matches are merged (Kameisha ~ Kamesha)."""
    merged: list[Person] = []
    for p in people:
        into = next((m for m in merged if same_person(m.key, p.key, rules) >= rules.names.match_threshold), None)
        if into is None:
            merged.append(p)
            continue
        into.spans += p.spans
        into.names += p.names
        into.votes.update(p.votes)
        into.statuses += p.statuses
        into.ages += p.ages
    return merged


def matches(p: Person, g: Gold, rules: RuleSet) -> bool:
    if g.start >= 0 and any(s < g.end and g.start < e for s, e in p.spans):
        return True
    key = name_key(g.name, rules)
    if " " not in key:  # a gold lone surname: any person of that surname in the document
        return p.key.split()[-1:] == [key]
    return same_person(p.key, key, rules) >= rules.names.match_threshold


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    found_any_role: int = 0
    age_ok: int = 0
    age_n: int = 0
    status_ok: int = 0
    status_n: int = 0
    status_given: int = 0
    fps: list[str] = field(default_factory=list)
    fp_unnamed: int = 0  # false positives in articles whose gold names no one in this section
    fp_blank: int = 0  # false positives that fit a gold entry of the same article listed without a name
    fns: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def line(self, label: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        gold = self.tp + self.fn
        named = self.tp / (self.tp + self.fp - self.fp_unnamed) if self.tp + self.fp - self.fp_unnamed else 0.0
        text = (
            f"{label:<9} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn}; "
            f"gold names found with any role {self.found_any_role}/{gold})"
            f"\n          {self.fp_unnamed} of the fp are in articles whose gold names nobody; "
            f"P on the other articles {named:.3f}"
        )
        blank = self.tp / (self.tp + self.fp - self.fp_blank) if self.tp + self.fp - self.fp_blank else 0.0
        text += (
            f"\n          {self.fp_blank} of the fp fit a gold entry listed without a name (at most one each); "
            f"P leaving those unscored {blank:.3f}"
        )
        if self.age_n:
            text += f"\n          age correct {self.age_ok}/{self.age_n} = {self.age_ok / self.age_n:.3f}"
        if self.status_n:
            text += (
                f"; killed/injured correct {self.status_ok}/{self.status_n} = {self.status_ok / self.status_n:.3f}"
                f" (stated for {self.status_given}: {self.status_ok / max(1, self.status_given):.3f} of those right)"
            )
        return text


def score_doc(doc, row, people: list[Person], section: str, role: str, score: Score, rules: RuleSet) -> None:
    gold = gold_people(row, section)
    predicted = [p for p in people if p.has(role)]
    used: set[int] = set()
    for g in gold:
        if any(matches(p, g, rules) for p in people):
            score.found_any_role += 1
        hit = next((i for i, p in enumerate(predicted) if i not in used and matches(p, g, rules)), None)
        if hit is None:
            score.fn += 1
            where = doc.text[max(0, g.start - 60) : g.end + 60].replace("\n", " ") if g.start >= 0 else "(no span)"
            found = [p for p in people if matches(p, g, rules)]
            got = f" [predicted {dict(found[0].votes)}]" if found else " [not found]"
            score.fns.append(f"{row['Article id']}: {g.name!r}{got} … {where}")
            continue
        used.add(hit)
        score.tp += 1
        p = predicted[hit]
        if g.age is not None:
            score.age_n += 1
            score.age_ok += bool(p.ages) and p.ages[0] == g.age
            if not (p.ages and p.ages[0] == g.age):
                score.wrong.append(f"{row['Article id']}: {g.name!r} age gold {g.age}, predicted {p.ages}")
        if g.status is not None and role == "victim":
            score.status_n += 1
            score.status_ok += p.status == g.status
            score.status_given += p.status is not None
            if p.status != g.status:
                score.wrong.append(f"{row['Article id']}: {g.name!r} status gold {g.status}, predicted {p.status}")
    blanks = unnamed_gold(row, section)
    for i, p in enumerate(predicted):
        if i not in used:
            score.fp += 1
            score.fp_blank += blanks > 0
            blanks -= blanks > 0
            score.fp_unnamed += not gold
            s, e = p.spans[0]
            score.fps.append(
                f"{row['Article id']}: {p.names[0]!r} {dict(p.votes)} … {doc.text[max(0, s - 60) : e + 60]}".replace(
                    "\n", " "
                )
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], epilog="example: /work/venv/bin/python bench/eval_people.py --samples 15"
    )
    parser.add_argument("--tsv", type=Path, default=DEV, help="GVDB file (default: %(default)s)")
    parser.add_argument("--cache", type=Path, default=None, help="DocBin file to keep parses between runs")
    parser.add_argument("--samples", type=int, default=12, help="errors to print per kind (default: %(default)s)")
    parser.add_argument(
        "--show",
        choices=("first", "last", "all"),
        default="first",
        help="the part whose errors are printed (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    rules = load_rules()
    nlp = spacy.load(rules.nlp.model)
    rows = read_rows(args.tsv)
    docs = parse(rows, nlp, args.cache)
    half = len(rows) // 2
    parts = {"all": range(len(rows)), "first": range(half), "last": range(half, len(rows))}
    predictions = [predict(doc, row["Article id"], rules) for doc, row in zip(docs, rows, strict=True)]
    for section, role in (("victim-section", "victim"), ("shooter-section", "suspect")):
        print(f"== {role} names ({section}), {len(rows)} articles")
        for label, idx in parts.items():
            score = Score()
            for i in idx:
                score_doc(docs[i], rows[i], predictions[i], section, role, score, rules)
            print(score.line(f"{label} {len(idx)}"))
            if label == args.show and args.samples:
                rng = random.Random(0)
                for kind, items in (
                    ("false positives", score.fps),
                    ("false negatives", score.fns),
                    ("wrong age or status", score.wrong),
                ):
                    print(f"  -- {kind} (sample of {min(args.samples, len(items))}/{len(items)})")
                    for item in rng.sample(items, min(args.samples, len(items))):
                        print("    " + item[:260])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
