"""Editor mode's reference: the verified corpus a draft is checked against, indexed.

``load_reference`` gives the report dict to check against: a saved ``report.json`` read back with
``read_saved_report`` (validated against its schema, then ``report_value_problem`` refuses values the
matching cannot use: an impossible day, an empty method or actor), or a corpus verified with
``verify_corpus``.
``Reference`` indexes that report and hands the verdicts the candidate claims for each draft
sentence (``verify.check.match`` says which corpus segments a draft sentence links to).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..cluster.segments import Segment
from ..compare import Context
from ..compare.events import actor_entities
from ..errors import InputError
from ..models import Claim, Clustering, Document, Entity, Variant
from ..rules import RuleSet
from .match import CorpusSegments, shown


@dataclass(frozen=True)
class Citation:
    """One source claim cited for or against a draft claim: where it is and what it says."""

    doc: str
    outlet: str | None
    published: str | None
    claim: str
    text: str
    sentence: str
    value: str


def load_reference(paths: Sequence[str | Path], rules: RuleSet, nlp=None) -> dict[str, Any]:
    """The report dict to check against: a saved ``report.json`` (a .json file, or a folder holding
    one) is read back; anything else is read as a corpus and verified with ``verify_corpus``."""
    saved = saved_report_path(paths)
    if saved is not None:
        return read_saved_report(saved)
    from ..ingest import load_corpus
    from ..run import verify_corpus

    report, _ = verify_corpus(load_corpus(paths, rules=rules), rules, nlp)
    return report


def saved_report_path(paths: Sequence[str | Path]) -> Path | None:
    """The saved report.json among ``paths`` (a .json file, or a folder holding report.json); None
    when they are articles. InputError when a saved report is mixed with other inputs."""
    found = []
    for p in map(Path, paths):
        if p.is_file() and p.suffix.lower() == ".json":
            found.append(p)
        elif p.is_dir() and (p / "report.json").is_file():
            found.append(p / "report.json")
    if found and len(list(paths)) > 1:
        raise InputError(
            f"--against: {found[0]} is a saved report; it cannot be mixed with other inputs",
            hint="give either one report.json or folders/files of articles",
        )
    return found[0] if found else None


def read_saved_report(path: Path) -> dict[str, Any]:
    """A ``report.json`` written by ``verify run``, validated against its schema."""
    import jsonschema

    from ..report import report_schema

    hint = "pass the report.json that `verify run CORPUS --out DIR` wrote, or the corpus itself"
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"--against {path}: cannot read it as JSON ({exc})", hint=hint) from None
    except RecursionError:
        raise InputError(f"--against {path}: not a verify report (nested too deeply to read)", hint=hint) from None
    try:
        jsonschema.validate(report, report_schema())
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "(top level)"
        raise InputError(f"--against {path}: not a verify report ({where}: {exc.message[:120]})", hint=hint) from None
    except RecursionError:
        raise InputError(f"--against {path}: not a verify report (nested too deeply to check)", hint=hint) from None
    problem = report_value_problem(report)
    if problem is not None:
        raise InputError(f"--against {path}: not a usable verify report ({problem})", hint=hint)
    return report


def _day(value: Any) -> bool:
    try:
        date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return True


def report_value_problem(report: dict[str, Any]) -> str | None:
    """The first value of a schema-valid report that editor mode cannot use, as
    ``claims[3].value.start: '2016-02-30' is not a real day``; None when every value is usable.

    The schema checks shapes; this checks what the matching relies on: real days, claims naming
    documents the report has, a method and an actor where a claim has one, low <= high."""
    docs = set()
    for n, d in enumerate(report["documents"]):
        docs.add(d["id"])
        if d.get("published") is not None and not _day(d["published"]):
            return f"documents[{n}].published: {d['published']!r} is not a real day"
    for n, c in enumerate(report["claims"]):
        where, v = f"claims[{n}]", c.get("value") or {}
        if c["doc"] not in docs:
            return f"{where}.doc: {c['doc']!r} is not a document of the report"
        if c["kind"] == "time":
            for key in ("start", "end"):
                if v.get(key) is not None and not _day(v[key]):
                    return f"{where}.value.{key}: {v[key]!r} is not a real day"
            if v.get("start") and v.get("end") and str(v["start"])[:10] > str(v["end"])[:10]:
                return f"{where}.value: start {v['start']!r} is after end {v['end']!r}"
        elif c["kind"] == "method" and not (isinstance(v.get("method"), str) and v["method"].strip()):
            return f"{where}.value.method: empty; a method claim names its method"
        elif c["kind"] == "attribution":
            for key in ("actor", "stance"):
                if not (isinstance(v.get(key), str) and v[key].strip()):
                    return f"{where}.value.{key}: empty; an attribution claim names its {key}"
        elif c["kind"] == "count" and v.get("high") is not None and v.get("low") is not None and v["high"] < v["low"]:
            return f"{where}.value: high {v['high']} is below low {v['low']}"
    return None


class Reference:
    """The corpus report, indexed for checking."""

    def __init__(self, report: dict[str, Any], rules: RuleSet):
        self.report = report
        self.documents = {d["id"]: d for d in report["documents"]}
        self.claims = [Claim(**c) for c in report["claims"]]
        self.by_id = {c.id: c for c in self.claims}
        self.events = {e["id"]: e for e in report["events"]}
        self.entities = report["entities"]
        records = [
            Entity(e["id"], e["kind"], e["name"], e["key"], tuple(Variant(**v) for v in e["variants"]))
            for e in self.entities
        ]
        self.people = [e for e in records if e.kind == "person"]
        self.named = [e for e in records if e.kind != "person"]
        self.segments = CorpusSegments(
            self.claims, records, {d: doc.get("published") for d, doc in self.documents.items()}, rules
        )
        copies = {d["id"]: d["copy_of"] for d in report["documents"] if d.get("copy_of")}
        docs = {
            d["id"]: Document(
                d["id"], d["path"], "", d["sha256"], d.get("title"), d.get("source"), d.get("published"), d.get("url")
            )
            for d in report["documents"]
        }
        self.ctx = Context(
            rules, docs, copies, dict(self.by_id), Clustering(tuple(self.claims), tuple(records), (), copies)
        )
        # each spelling of an organisation the sources name -> its entity: blame is judged by the
        # organisation, as in the report ("Islamic Jihad" is "Palestinian Islamic Jihad")
        self.actors = actor_entities(self.ctx)
        # the corpus's figure timelines (report.json ``timelines``): when each figure was said, and
        # whether it revised an earlier one; a report written before timelines has none
        self.said: dict[str, tuple[str, str]] = {
            e["claim"]: (e["said"], e["verdict"])
            for t in report.get("timelines") or ()
            for e in t["entries"]
            if e.get("said")
        }

    def later_revisions(self, agreeing: Sequence[Claim], against: Sequence[Claim]) -> list[Claim]:
        """The figures of ``against`` the corpus's timeline places after every one of ``agreeing``
        and reads as revisions ("rose", "revised down"): what makes a draft's figure outdated."""
        agreed = [self.said[c.id][0] for c in agreeing if c.id in self.said]
        if not agreed:
            return []
        latest = max(agreed)
        return [
            c
            for c in against
            if c.id in self.said and self.said[c.id][0] > latest and self.said[c.id][1] in ("rose", "revised down")
        ]

    def later_disputes(self, agreeing: Sequence[Claim], against: Sequence[Claim]) -> list[Claim]:
        """The figures of ``against`` the corpus's timeline places after every one of ``agreeing`` and
        sets against them, when every source agreeing with the draft is itself disputed there (one
        agency's 32, the reports after it back at 23): the draft rests on a figure the later reports
        went back on."""
        agreed = [self.said.get(c.id) for c in agreeing]
        if not agreed or any(a is None or a[1] != "conflict" for a in agreed):
            return []
        latest = max(a[0] for a in agreed if a is not None)
        return [
            c for c in against if c.id in self.said and self.said[c.id][0] > latest and self.said[c.id][1] == "conflict"
        ]

    def origin(self, claim: Claim) -> str:
        return self.ctx.origin(claim)

    def cite(self, claim: Claim) -> Citation:
        doc = self.documents.get(claim.doc, {})
        return Citation(
            claim.doc, doc.get("source"), doc.get("published"), claim.id, claim.text, claim.sentence, shown(claim)
        )

    def candidates(self, segments: Sequence[Segment]) -> list[Claim]:
        """Claims of the corpus segments a draft sentence links to (``match.match_draft``), and of their events."""
        found: dict[str, Claim] = {}
        for s in segments:
            for c in s.claims:
                found[c.id] = c
                if c.event in self.events:
                    found.update((i, self.by_id[i]) for i in self.events[c.event]["claims"] if i in self.by_id)
        return sorted(found.values(), key=lambda c: (c.doc, c.start, c.kind))
