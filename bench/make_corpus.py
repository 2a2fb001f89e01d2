"""Make larger benchmark corpora of realistic news articles from the real ones in /work/shared/data.

The base pool is every GVC article (gvc/documents.jsonl) and every GVDB full text (gvdb/dev.tsv).
A corpus of SCALE times the GVC word count is filled by cycling through the pool; every copy of an
article is a *variant*: people's names, places, weekdays, months and years are
swapped for others drawn (with a fixed seed) from the names and places the two gold files list,
the publication date moves with them, and the article opens with a dateline naming its new place
and an outlet. No two articles in a corpus are identical (checked).

    python bench/make_corpus.py --scale 4 --scale 16        # writes bench/out/corpus_4x.jsonl, ...
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

from verify.text import MONTH_NAMES, WEEKDAY_NAMES

DATA = Path("/work/shared/data")
OUT = Path(__file__).resolve().parent / "out"
WEEKDAYS = list(WEEKDAY_NAMES)
MONTHS = list(MONTH_NAMES)
OUTLETS = [
    "AP",
    "Reuters",
    "Herald",
    "Tribune",
    "Gazette",
    "Courier",
    "Daily News",
    "Post",
    "Star",
    "Chronicle",
    "Sentinel",
    "Observer",
    "Journal",
    "Times",
    "Register",
    "Dispatch",
]
_WORD = re.compile(r"^[A-Z][a-z][A-Za-z'\-]+$")


def load_pool() -> tuple[list[dict], set[str], set[str], set[str]]:
    """The real articles, and the first names, surnames and places named in the gold files."""
    articles: list[dict] = []
    firsts: set[str] = set()
    lasts: set[str] = set()
    places: set[str] = set()
    for line in (DATA / "gvc" / "documents.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        articles.append(
            {"id": row["id"], "title": row.get("title"), "published": row.get("published"), "text": row["text"]}
        )
    for line in (DATA / "gvc" / "events.jsonl").open(encoding="utf-8"):
        event = json.loads(line)
        for key in ("city_or_county", "state"):
            if _WORD.match(event.get(key) or ""):
                places.add(event[key])
        for person in event.get("participants", []):
            _add_name(person.get("Name", ""), firsts, lasts)
    csv.field_size_limit(1 << 30)
    with (DATA / "gvdb" / "dev.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            gold = json.loads(row["Json"] or "{}")
            when = gold.get("date-and-time", {})
            city = (when.get("city") or {}).get("value", "")
            if _WORD.match(city):
                places.add(city)
            for section in ("victim-section", "shooter-section"):
                for person in gold.get(section) or []:
                    _add_name((person.get("name") or {}).get("value", ""), firsts, lasts)
            published = when.get("date") if re.fullmatch(r"\d{4}-\d\d-\d\d", when.get("date") or "") else None
            articles.append(
                {
                    "id": f"gvdb{row['Article id']}",
                    "title": row["Article title"],
                    "published": published,
                    "text": row["Full text"],
                }
            )
    places -= firsts | lasts
    return articles, firsts, lasts, places


def _add_name(name: str, firsts: set[str], lasts: set[str]) -> None:
    parts = name.split()
    if len(parts) >= 2 and _WORD.match(parts[0]) and _WORD.match(parts[-1]):
        firsts.add(parts[0])
        lasts.add(parts[-1])


class Varier:
    """Rewrites one article into a variant: other names, places, dates; deterministic per seed."""

    def __init__(self, firsts: set[str], lasts: set[str], places: set[str]):
        self.firsts, self.lasts, self.places = sorted(firsts), sorted(lasts), sorted(places)
        self.kind = (
            dict.fromkeys(self.firsts, "first")
            | dict.fromkeys(self.lasts, "last")
            | dict.fromkeys(self.places, "place")
        )
        words = sorted(self.kind, key=len, reverse=True) + WEEKDAYS + MONTHS
        self.pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r"|(?:19|20)\d\d)\b")

    def vary(self, article: dict, copy: int, seed: int) -> dict:
        rng = random.Random(f"{seed}:{article['id']}:{copy}")
        shift = rng.randrange(-900, 900)
        chosen: dict[str, str] = {}
        pools = {"first": self.firsts, "last": self.lasts, "place": self.places}

        def swap(match: re.Match) -> str:
            word = match.group(0)
            if word not in chosen:
                if word in WEEKDAYS:
                    chosen[word] = WEEKDAYS[(WEEKDAYS.index(word) + shift) % 7]
                elif word in MONTHS:
                    chosen[word] = MONTHS[(MONTHS.index(word) + shift // 30) % 12]
                elif word.isdigit():
                    chosen[word] = str(int(word) + round(shift / 365))
                else:
                    chosen[word] = rng.choice(pools[self.kind[word]])
            return chosen[word]

        text = self.pattern.sub(swap, article["text"])
        title = self.pattern.sub(swap, article["title"]) if article.get("title") else None
        place = rng.choice(self.places)
        outlet = rng.choice(OUTLETS)
        published = None
        if article.get("published"):
            published = (date.fromisoformat(article["published"]) + timedelta(days=shift)).isoformat()
        return {
            "id": f"{article['id']}-v{copy}",
            "title": title,
            "published": published,
            "source": outlet,
            "text": f"{place.upper()} ({outlet}) — {text}",
        }


def make_corpus(scale: float, seed: int = 13, out: Path = OUT) -> Path:
    """Write ``corpus_{scale}x.jsonl``: about ``scale`` times the GVC word count; returns its path."""
    articles, firsts, lasts, places = load_pool()
    gvc_words = sum(len(a["text"].split()) for a in articles if not a["id"].startswith("gvdb"))
    target = scale * gvc_words
    varier = Varier(firsts, lasts, places)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"corpus_{scale:g}x.jsonl"
    seen: set[str] = set()
    words = 0
    copy = 0
    with path.open("w", encoding="utf-8") as handle:
        while words < target:
            for article in articles:
                if words >= target:
                    break
                row = varier.vary(article, copy, seed)
                digest = hashlib.sha1(row["text"].encode()).hexdigest()
                if digest in seen:
                    continue
                seen.add(digest)
                words += len(row["text"].split())
                handle.write(json.dumps({k: v for k, v in row.items() if v is not None}) + "\n")
            copy += 1
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, action="append", help="multiple of the GVC word count (repeatable)")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    for scale in args.scale or [4, 16]:
        path = make_corpus(scale, args.seed)
        rows = path.read_text(encoding="utf-8").splitlines()
        print(f"{path}: {len(rows)} articles, {sum(len(json.loads(r)['text'].split()) for r in rows):,} words")


if __name__ == "__main__":
    main()
