"""The first screen: per event, what a fact-checker reads before anything else.

Works from the report dict, like ``tables``. ``display_order`` is the one order of findings every
output shares (``report.json`` lists them so, the renderers number them so): event by event, the
stories most sources tell first (``event_order``), and within an event by severity (``compare.severity``
in the rules: a toll's wide difference of precision before a spelling), then the disagreements, the
revisions, the spellings and the differences of precision; the claims only one source makes come
after every event's, grouped the same way, and agreements last. ``glance`` gathers, for each event
more than one independent source tells, the timelines of its figures (``report["timelines"]``, read
as rows: a run of sources giving the same figure is one row), its conflicts, revisions and name
variants, and counts of what the first screen leaves out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, NamedTuple

from verify.compare.figures import interval_text, value_interval
from verify.compare.timeline import INFERRED
from verify.models import SEVERITIES

Report = dict[str, Any]

#: A finding's place within its event on the first screen, by verdict.
SECTION_ORDER: tuple[str, ...] = (
    "conflict",
    "altered_quote",
    "update",
    "variant",
    "compatible",
    "uncorroborated",
    "agree",
)
#: How many timelines the first screen shows per event (the rest are in the event's section), and
#: how many findings of one kind it lists per event (all are numbered under Needs attention).
TIMELINES_SHOWN = 3
GLANCE_LIST_MAX = 5
#: Where a timeline entry's moment came from, as the first screen says it (inferred ones marked).
SAID_FROM = {
    "statement": "its sentence",
    "stamp": "the page's update line",
    "document": "the page's date",
    "said": "inferred from the last day it says something was said",
    "weekday": "inferred from the weekday it names",
    "elapsed": "inferred from the time since",
    "toll": "inferred from its toll",
}


def _rank(order: tuple[str, ...], value: str) -> int:
    return order.index(value) if value in order else len(order)


def origins(report: Report) -> dict[str, str]:
    """Document id -> the document it is a copy of, or itself: made once per report, not per event."""
    return {d["id"]: d.get("copy_of") or d["id"] for d in report.get("documents", ())}


def independent_documents(origin: dict[str, str], ids: list[str]) -> int:
    """How many independent sources the documents ``ids`` are (a copy counts with its ``origins``)."""
    return len({origin.get(i, i) for i in ids})


def event_order(report: Report) -> dict[str, int]:
    """Event id -> rank: the events more independent sources tell first; among those, the one whose
    most severe finding (a conflict, an altered quotation ...) is more severe; then report order."""
    origin = origins(report)
    severest: dict[str, int] = {}
    event_of_claim = {c["id"]: c.get("event") for c in report.get("claims", ())}
    for f in report.get("findings", ()):
        if f.get("verdict") in ("uncorroborated", "agree"):
            continue
        rank = _rank(SEVERITIES, f.get("severity", ""))
        # its own event, else the events of its claims (a quotation's, a name's)
        events = (
            {f["event"]} if f.get("event") else {e for cid in f.get("claims", ()) if (e := event_of_claim.get(cid))}
        )
        for event in events:
            severest[event] = min(severest.get(event, rank), rank)
    keyed = sorted(
        enumerate(report.get("events", ())),
        key=lambda ne: (
            -independent_documents(origin, ne[1]["documents"]),
            severest.get(ne[1]["id"], len(SEVERITIES)),
            ne[0],
        ),
    )
    ranks: dict[str, int] = {}
    for rank, (_, event) in enumerate(keyed):
        ranks.setdefault(event["id"], rank)
    return ranks


def finding_events(report: Report) -> dict[str, str | None]:
    """Finding id -> the event it is shown under: its own, else the first in ``event_order`` that
    holds one of its claims (a name variant is the event's where its spellings are)."""
    ranks = event_order(report)
    event_of_claim = {c["id"]: c.get("event") for c in report.get("claims", ())}
    out: dict[str, str | None] = {}
    for f in report["findings"]:
        if f.get("event") in ranks:
            out[f["id"]] = f["event"]
            continue
        held = [e for cid in f.get("claims", ()) if (e := event_of_claim.get(cid)) in ranks]
        out[f["id"]] = min(held, key=ranks.__getitem__) if held else None
    return out


def display_order(report: Report) -> list[dict[str, Any]]:
    """Every finding in the order every output shows it (module docstring)."""
    ranks = event_order(report)
    shown_under = finding_events(report)

    def key(f: dict[str, Any]) -> tuple:
        event = shown_under.get(f["id"])
        tail = {"uncorroborated": 1, "agree": 2}.get(f["verdict"], 0)
        return (
            tail,
            ranks.get(event, len(ranks)) if event else len(ranks),
            _rank(SEVERITIES, f["severity"]),
            _rank(SECTION_ORDER, f["verdict"]),
            -(f.get("gap") or 0.0),  # among equals, the figures further apart first,
            -len(f.get("documents") or ()),  # then the finding more documents give,
            f["id"],
        )

    return sorted(report["findings"], key=key)


class TimelineRow(NamedTuple):
    """A run of one timeline's entries giving the same figure: shown by its first entry."""

    said: str | None  # when its first source said it (ISO), None when unknown
    inferred: bool  # the moment was inferred (weekday, time since, toll)
    said_from: str  # where the moment came from, as the report says it
    doc: str  # the first entry's document
    outlet: str  # its outlet (or title, or id)
    words: str  # the figure as written
    interval: str  # what it can mean ("51+")
    detail: str  # its parts and a status other than reported ("4 doctors, 19 patients"; "feared")
    body: str | None  # whom it is attributed to
    verdict: str  # what it is beside the others ("rose", "conflict" ...)
    more: int  # further documents giving it in this run
    claims: tuple[str, ...]


class TimelineView(NamedTuple):
    attribute: str
    where: str | None
    rows: list[TimelineRow]
    entries: int
    unit: str = "people"

    @property
    def what(self) -> str:
        """What the timeline counts, as a heading says it: "Deaths", "Deaths (children)" for the
        children among the dead (``deaths_children`` counted in children)."""
        words = self.attribute.split("_")
        if self.unit in words[1:]:
            words.remove(self.unit)
            return f"{' '.join(words).capitalize()} ({self.unit})"
        return " ".join(words).capitalize()


class EventGlance(NamedTuple):
    """What the first screen says about one event."""

    event: dict[str, Any]
    sources: int  # independent sources telling it
    timelines: list[TimelineView]
    hidden_timelines: int
    findings: dict[str, list[dict[str, Any]]]  # verdict -> its findings, in display order


def outlet_of(doc: dict[str, Any] | None, doc_id: str) -> str:
    """How the report names a document's source: its outlet, else its title, else its id."""
    if not doc:
        return doc_id
    return doc.get("source") or doc.get("title") or doc_id


# how a figure's status reads beside it (a reported figure says nothing more)
STATUS_SHOWN = {
    "presumed": "feared or presumed",
    "projected": "projection",
    "hypothetical": "hypothetical",
    "usual": "what is usual",
    "denied": "denied",
    "earlier": "an earlier figure",
    "increment": "an increase",
    "decrement": "a decrease",
    "claimed": "a party's claim of its own killings",
    "tally": "over several happenings",
    "witnessed": "what a witness saw",
    "unconfirmed": "unconfirmed",
    "excess": "excess deaths, an estimate of all deaths above the usual",
}


def figure_parts(claims: dict[str, dict[str, Any]]) -> dict[tuple[str, int], list[dict[str, Any]]]:
    """The parts of totals, by document and sentence: the count claims the text marks as a part
    ("23 people were killed: four doctors and 19 patients": "four doctors", "19 patients")."""
    out: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for c in claims.values():
        if c.get("kind") == "count" and c["value"].get("part"):
            out[(c["doc"], c["sentence_start"])].append(c)
    return dict(out)


def figure_detail(claim: dict[str, Any], parts: Sequence[dict[str, Any]] = ()) -> str:
    """What the report shows beside a figure: its parts (in its sentence, a part of it by name or
    a part of its measure: "four doctors" of the dead, ``deaths_staff``; or the members it sums)
    and its status when it is not a plain report."""
    own = [
        str(p["text"])
        for p in parts
        if p["value"].get("part_of") == claim["text"]
        or p["value"].get("part_of") is None
        and str(p["attribute"]).startswith(f"{claim['attribute']}_")
    ]
    named = own or [str(p.get("text")) for p in claim["value"].get("parts") or () if p.get("text")]
    status = STATUS_SHOWN.get(str(claim["value"].get("status") or ""))
    return " · ".join(x for x in (", ".join(named), status) if x)


def timeline_rows(
    report: Report,
    timeline: dict[str, Any],
    claims: dict[str, dict[str, Any]],
    documents: dict[str, dict[str, Any]],
    parts: dict[tuple[str, int], list[dict[str, Any]]],
) -> list[TimelineRow]:
    """A timeline's entries as rows: consecutive entries of one figure and verdict are one row,
    shown by the entry that names who gave it (else the one in most words: "At least 12 people"
    over a headline's "12"), with the count of further sources. ``parts``: ``figure_parts``."""
    rows: list[TimelineRow] = []
    run: list[tuple[dict[str, Any], dict[str, Any]]] = []

    def flush() -> None:
        if not run:
            return
        entry, claim = max(run, key=lambda ec: (ec[0].get("body") is not None, len(ec[1]["text"])))
        first = run[0][0]
        rows.append(
            TimelineRow(
                said=first.get("said"),
                inferred=first.get("said_from") in INFERRED,
                said_from=SAID_FROM.get(first.get("said_from") or "", ""),
                doc=entry["doc"],
                outlet=outlet_of(documents.get(entry["doc"]), entry["doc"]),
                words=claim["text"],
                interval=interval_text(claim["value"]),
                detail=figure_detail(claim, parts.get((claim["doc"], claim["sentence_start"]), ())),
                body=entry.get("body"),
                verdict=entry.get("verdict") or "",
                more=len({e["doc"] for e, _ in run}) - 1,
                claims=tuple(c["id"] for _, c in run),
            )
        )
        run.clear()

    for entry in timeline["entries"]:
        claim = claims.get(entry["claim"])
        if claim is None:
            continue
        if run and (
            claim["value"].get("best") != run[0][1]["value"].get("best")
            or (entry.get("verdict") or "") != (run[0][0].get("verdict") or "")
        ):
            flush()
        run.append((entry, claim))
    flush()
    return rows


def _weight(origin: dict[str, str], timeline: dict[str, Any], claims: dict[str, dict[str, Any]]) -> tuple:
    """The main figures first: those more independent sources give, the largest first."""
    docs = [e["doc"] for e in timeline["entries"]]
    top = max(
        (value_interval(claims[e["claim"]]["value"])[0] for e in timeline["entries"] if e["claim"] in claims),
        default=0.0,
    )
    return (-independent_documents(origin, docs), -top, timeline["attribute"], timeline.get("where") or "")


def glance(report: Report, min_sources: int = 2) -> list[EventGlance]:
    """The first screen's events: those at least ``min_sources`` independent sources tell, in
    ``event_order``, each with its main timelines and its findings by verdict."""
    claims = {c["id"]: c for c in report["claims"]}
    documents = {d["id"]: d for d in report["documents"]}
    shown_under = finding_events(report)
    by_event: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for f in report["findings"]:
        event = shown_under.get(f["id"])
        if event is not None:
            by_event[event][f["verdict"]].append(f)
    timelines: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in report.get("timelines") or ():
        timelines[t["event"]].append(t)
    ranks = event_order(report)
    origin = origins(report)
    parts = figure_parts(claims)
    out = []
    for event in sorted(report["events"], key=lambda e: ranks[e["id"]]):
        sources = independent_documents(origin, event["documents"])
        if sources < min_sources:
            continue
        wanted = [
            t
            for t in timelines.get(event["id"], ())
            if independent_documents(origin, [e["doc"] for e in t["entries"]]) >= min_sources
        ]
        wanted.sort(key=lambda t: _weight(origin, t, claims))
        views = [
            TimelineView(
                t["attribute"],
                t.get("where"),
                timeline_rows(report, t, claims, documents, parts),
                len(t["entries"]),
                str(t.get("unit") or "people"),
            )
            for t in wanted[:TIMELINES_SHOWN]
        ]
        out.append(
            EventGlance(
                event, sources, views, max(0, len(wanted) - TIMELINES_SHOWN), dict(by_event.get(event["id"], {}))
            )
        )
    return out


def uncorroborated_by_event(report: Report) -> list[tuple[dict[str, Any] | None, list[dict[str, Any]]]]:
    """The claims only one source makes, grouped by the event they are shown under, in display order."""
    events = {e["id"]: e for e in report["events"]}
    shown_under = finding_events(report)
    groups: dict[str | None, list[dict[str, Any]]] = {}
    for f in report["findings"]:
        if f["verdict"] == "uncorroborated":
            groups.setdefault(shown_under.get(f["id"]), []).append(f)
    return [(events.get(e) if e else None, fs) for e, fs in groups.items()]
