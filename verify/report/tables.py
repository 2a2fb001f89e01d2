"""The tabular views of a report dict, shared by every renderer.

Works only from the report dict (``verify/schema/report.schema.json``): the attention order of
findings, the evidence of a finding (each claim's sentence split around the claim's words), the
per-event table of what each source says, the entities spelled more than one way, and the rows of
``claims.csv`` and ``findings.csv`` (written with the csv module in the very bytes pandas writes
for the frames of ``verify.report.frames``, without building a frame). Nothing here formats Markdown
or HTML; ``markdown.py`` and ``html.py`` only escape and lay out what these functions hand on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from verify.compare.figures import interval_text
from verify.models import SEVERITIES, VERDICT_ORDER
from verify.report.glance import display_order
from verify.text.escape import csv_cell

# The order a reader works through findings: the most severe first, and within a severity the
# verdicts that most often mean a wrong figure or name before the merely different ones (``models``).
SEVERITY_ORDER: tuple[str, ...] = SEVERITIES
# Kinds whose values the per-event table lays side by side, in the order the table shows them.
TABLE_KINDS: tuple[str, ...] = ("count", "time", "method", "attribution", "person")

Report = dict[str, Any]


def _rank(order: tuple[str, ...], value: str) -> int:
    return order.index(value) if value in order else len(order)


def verdict_label(verdict: str) -> str:
    """``altered_quote`` -> ``altered quote``: how a verdict reads in prose."""
    return verdict.replace("_", " ")


def finding_key(finding: dict[str, Any]) -> tuple[int, int, str]:
    """Sort key by urgency alone: severity (high first), then verdict in ``VERDICT_ORDER``, then id."""
    return (
        _rank(SEVERITY_ORDER, finding["severity"]),
        _rank(VERDICT_ORDER, finding["verdict"]),
        finding["id"],
    )


def sorted_findings(report: Report) -> list[dict[str, Any]]:
    """Every finding in display order (``glance.display_order``: event by event, disagreements
    first), the order ``report.json`` lists them in; a report written otherwise is put in it."""
    return display_order(report)


def attention_findings(report: Report) -> list[dict[str, Any]]:
    """The findings a person must look at: every verdict but ``agree``, in display order."""
    return [f for f in sorted_findings(report) if f["verdict"] != "agree"]


def summary_parts(report: Report) -> list[str]:
    """The summary line in pieces: documents, skipped, claims, events, entities, findings by verdict."""
    s = report["summary"]

    def n(count: int, word: str, plural: str | None = None) -> str:
        return f"{count} {word if count == 1 else plural or word + 's'}"

    parts = [n(s["documents"], "document")]
    if s["skipped"]:
        parts.append(f"{n(s['skipped'], 'input')} skipped")
    parts += [n(s["claims"], "claim"), n(s["events"], "event"), n(s["entities"], "entity", "entities")]
    counts = s["findings"]
    total = sum(counts.values())
    verdicts = sorted(counts, key=lambda v: (_rank(VERDICT_ORDER, v), v))
    by_verdict = ", ".join(f"{counts[v]} {verdict_label(v)}" for v in verdicts if counts[v])
    parts.append(n(total, "finding") + (f" ({by_verdict})" if by_verdict else ""))
    return parts


class Index(NamedTuple):
    """Look-ups by id over one report dict, built once per render by ``index_report``.

    ``documents``, ``claims``, ``entities`` and ``events`` map ids to records (the first record
    of a repeated event id wins, as a scan would find it). ``findings`` is every finding in
    attention order; ``findings_by_claim`` lists, per claim id, the findings citing it in that
    order; ``finding_ranks_by_claim`` and ``finding_ranks_by_event`` give the positions in
    ``findings`` of the findings citing a claim / naming an event. ``claims_by_event`` lists, per
    event id, the claims whose ``event`` names it, in report order. ``count_attributes`` is every
    attribute of a count claim, sorted (the charts' colour order). ``event_claims`` keeps, per
    event id, what ``event_claims`` returned for the indexed event record (filled as asked: the
    charts, both renderers and the event order all ask for the same events).
    """

    documents: dict[str, dict[str, Any]]
    claims: dict[str, dict[str, Any]]
    entities: dict[str, dict[str, Any]]
    findings_by_claim: dict[str, list[dict[str, Any]]]
    events: dict[str, dict[str, Any]]
    findings: list[dict[str, Any]]
    finding_ranks_by_claim: dict[str, list[int]]
    finding_ranks_by_event: dict[str, list[int]]
    claims_by_event: dict[str, list[dict[str, Any]]]
    count_attributes: tuple[str, ...]
    event_claims: dict[str, list[dict[str, Any]]]


def index_report(report: Report) -> Index:
    """The look-ups every per-event helper uses; build it once per render and pass it down, so
    each event costs time in proportion to its own claims and findings, not the report's."""
    ranked = sorted_findings(report)
    by_claim: dict[str, list[dict[str, Any]]] = {}
    ranks_by_claim: dict[str, list[int]] = {}
    ranks_by_event: dict[str, list[int]] = {}
    for rank, f in enumerate(ranked):
        for cid in f["claims"]:
            by_claim.setdefault(cid, []).append(f)
            ranks_by_claim.setdefault(cid, []).append(rank)
        if f.get("event") is not None:
            ranks_by_event.setdefault(f["event"], []).append(rank)
    events: dict[str, dict[str, Any]] = {}
    for e in report["events"]:
        events.setdefault(e["id"], e)
    claims_by_event: dict[str, list[dict[str, Any]]] = {}
    for c in report["claims"]:
        if c.get("event") is not None:
            claims_by_event.setdefault(c["event"], []).append(c)
    return Index(
        documents={d["id"]: d for d in report["documents"]},
        claims={c["id"]: c for c in report["claims"]},
        entities={e["id"]: e for e in report["entities"]},
        findings_by_claim=by_claim,
        events=events,
        findings=ranked,
        finding_ranks_by_claim=ranks_by_claim,
        finding_ranks_by_event=ranks_by_event,
        claims_by_event=claims_by_event,
        count_attributes=tuple(sorted({c["attribute"] for c in report["claims"] if c["kind"] == "count"})),
        event_claims={},
    )


class Evidence(NamedTuple):
    """One claim cited by a finding, ready to show: its sentence split around its words.

    ``before + words + after`` is the claim's sentence; ``words`` is empty when the claim's
    offsets do not fall inside the sentence (then ``claim["text"]`` is shown on its own).
    """

    claim: dict[str, Any]
    document: dict[str, Any]
    before: str
    words: str
    after: str


def split_sentence(claim: dict[str, Any]) -> tuple[str, str, str]:
    """(before, words, after) of the claim's sentence, from its offsets; the text as a fallback."""
    sentence, text = claim["sentence"], claim["text"]
    lo, hi = claim["start"] - claim["sentence_start"], claim["end"] - claim["sentence_start"]
    if not (0 <= lo <= hi <= len(sentence) and sentence[lo:hi] == text):
        lo = sentence.find(text)
        if lo < 0:
            return sentence, "", ""
        hi = lo + len(text)
    return sentence[:lo], sentence[lo:hi], sentence[hi:]


_ORIGINS = {"front_matter": "front matter", "url": "the address", "text": "the text", "html": "the page's metadata"}


def published_label(doc: dict[str, Any]) -> str | None:
    """A document's date and where it came from, for the documents table: "2020-08-05 (from the
    address)", "2017-06-14 (from front matter; updated 2021-09-09 18:10)"; None when undated."""
    published = doc.get("published")
    if not published:
        return None
    notes = []
    origin = _ORIGINS.get(doc.get("published_from") or "")
    if origin:
        notes.append(f"from {origin}")
    if doc.get("modified") and doc["modified"] != published:
        notes.append(f"updated {doc['modified'].replace('T', ' ')}")
    shown = published.replace("T", " ")
    return f"{shown} ({'; '.join(notes)})" if notes else shown


def _unknown_document(doc_id: str) -> dict[str, Any]:
    return {
        "id": doc_id,
        "title": None,
        "source": None,
        "published": None,
        "published_from": "none",
        "url": None,
        "copy_of": None,
    }


def evidence(index: Index, finding: dict[str, Any]) -> list[Evidence]:
    """The claims a finding cites, by publication date (unknown last), document id and offset;
    unknown claim ids are left out."""
    out = []
    for cid in finding["claims"]:
        claim = index.claims.get(cid)
        if claim is None:
            continue
        doc = index.documents.get(claim["doc"]) or _unknown_document(claim["doc"])
        out.append(Evidence(claim, doc, *split_sentence(claim)))
    return sorted(out, key=lambda ev: (_date_key(ev.document), ev.document["id"], ev.claim["start"]))


def count_values(claim: dict[str, Any]) -> tuple[str, str] | None:
    """(interval, best) of a count claim, or None when it has no usable value."""
    value = claim.get("value") or {}
    if claim["kind"] != "count" or value.get("low") is None:
        return None
    best = value.get("best")
    return interval_text(value), "" if best is None else str(best)


class Row(NamedTuple):
    """One line of an event's table: what one source says about one attribute."""

    attribute: str
    claim: dict[str, Any]
    document: dict[str, Any]
    interval: str  # counts only: normalised interval, "" otherwise
    best: str  # counts only
    verdicts: tuple[str, ...]


def event_claims(report: Report, index: Index, event: dict[str, Any]) -> list[dict[str, Any]]:
    """The claims of an event: its listed ids, then any claim that names the event, no repeats.
    The list is shared between calls for the indexed event record: read it, don't change it."""
    indexed = index.events.get(event["id"]) is event
    if indexed and event["id"] in index.event_claims:
        return index.event_claims[event["id"]]
    ids = list(event["claims"]) + [c["id"] for c in index.claims_by_event.get(event["id"], ())]
    seen: set[str] = set()
    out = []
    for cid in ids:
        if cid in index.claims and cid not in seen:
            seen.add(cid)
            out.append(index.claims[cid])
    if indexed:
        index.event_claims[event["id"]] = out
    return out


def event_findings(report: Report, index: Index, event: dict[str, Any]) -> list[dict[str, Any]]:
    """Findings about an event (by id, or citing one of its claims), in attention order."""
    ranks = set(index.finding_ranks_by_event.get(event["id"], ()))
    for claim in event_claims(report, index, event):
        ranks.update(index.finding_ranks_by_claim.get(claim["id"], ()))
    return [index.findings[r] for r in sorted(ranks)]


def sorted_events(report: Report, index: Index | None = None) -> list[dict[str, Any]]:
    """Events with claims: those with findings needing attention first (worst severity first),
    then those with only ``agree`` findings or none, each group in report order."""
    index = index_report(report) if index is None else index
    keyed = []
    for n, event in enumerate(report["events"]):
        if not event_claims(report, index, event):
            continue
        pressing = [f for f in event_findings(report, index, event) if f["verdict"] != "agree"]
        worst = min((_rank(SEVERITY_ORDER, f["severity"]) for f in pressing), default=len(SEVERITY_ORDER))
        keyed.append(((0 if pressing else 1, worst, n), event))
    return [e for _, e in sorted(keyed, key=lambda pair: pair[0])]


def _date_key(doc: dict[str, Any]) -> tuple[int, str]:
    return (1, "") if doc.get("published") is None else (0, doc["published"])


def event_rows(report: Report, index: Index, event: dict[str, Any]) -> list[Row]:
    """Each attribute's value per source: grouped by attribute (kinds in ``TABLE_KINDS`` order),
    then by publication date (unknown last), document id and offset."""
    rows = []
    for claim in event_claims(report, index, event):
        if claim["kind"] not in TABLE_KINDS:
            continue
        doc = index.documents.get(claim["doc"]) or _unknown_document(claim["doc"])
        interval, best = count_values(claim) or ("", "")
        verdicts = tuple(dict.fromkeys(f["verdict"] for f in index.findings_by_claim.get(claim["id"], ())))
        rows.append(Row(claim["attribute"], claim, doc, interval, best, verdicts))
    return sorted(
        rows,
        key=lambda r: (
            _rank(TABLE_KINDS, r.claim["kind"]),
            r.attribute,
            _date_key(r.document),
            r.document["id"],
            r.claim["start"],
        ),
    )


class Spelling(NamedTuple):
    text: str
    documents: tuple[str, ...]


def spelled_entities(report: Report) -> list[tuple[dict[str, Any], list[Spelling]]]:
    """Entities written more than one way, each with its spellings and the documents using them."""
    out = []
    for entity in report["entities"]:
        docs: dict[str, list[str]] = {}
        for v in entity["variants"]:
            docs.setdefault(v["text"], [])
            if v["doc"] not in docs[v["text"]]:
                docs[v["text"]].append(v["doc"])
        if len(docs) > 1:
            out.append((entity, [Spelling(text, tuple(sorted(d))) for text, d in docs.items()]))
    return out


# ---------------------------------------------------------------------------------------------
# The CSV frames: one row per claim / finding, with provenance; integer columns stay integers.

CLAIM_COLUMNS: tuple[str, ...] = (
    "id",
    "doc",
    "source",
    "published",
    "kind",
    "attribute",
    "text",
    "low",
    "high",
    "best",
    "qualifier",
    "unit",
    "value",
    "cited_source",
    "hedged",
    "hedge",
    "start",
    "end",
    "sentence",
    "event",
    "entity",
)
FINDING_COLUMNS: tuple[str, ...] = (
    "id",
    "verdict",
    "severity",
    "rule",
    "event",
    "entity",
    "attribute",
    "summary",
    "claims",
    "documents",
)
INT_COLUMNS = ("low", "high", "best", "start", "end")


# one encoder for every row: ``json.dumps`` with options builds a new one per call
_compact_sorted = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def claim_rows(report: Report) -> list[dict[str, Any]]:
    """One dict per claim (``CLAIM_COLUMNS``), with its document's outlet and date, in report order."""
    return list(iter_claim_rows(report))


def iter_claim_rows(report: Report) -> Iterator[dict[str, Any]]:
    """``claim_rows`` one at a time."""
    docs = {d["id"]: d for d in report["documents"]}
    for c in report["claims"]:
        doc = docs.get(c["doc"], {})
        value = c.get("value") or {}
        is_count = c["kind"] == "count"
        yield (
            {
                "id": c["id"],
                "doc": c["doc"],
                "source": doc.get("source"),
                "published": doc.get("published"),
                "kind": c["kind"],
                "attribute": c["attribute"],
                "text": c["text"],
                "low": value.get("low") if is_count else None,
                "high": value.get("high") if is_count else None,
                "best": value.get("best") if is_count else None,
                "qualifier": value.get("qualifier") if is_count else None,
                "unit": value.get("unit") if is_count else None,
                "value": _compact_sorted(value),
                "cited_source": c["cited_source"],
                "hedged": bool(c["hedged"]),
                "hedge": c["hedge"],
                "start": c["start"],
                "end": c["end"],
                "sentence": c["sentence"],
                "event": c["event"],
                "entity": c["entity"],
            }
        )


def finding_rows(report: Report) -> list[dict[str, Any]]:
    """One dict per finding (``FINDING_COLUMNS``), ids joined by ``;``, in report order."""
    return [
        {
            "id": f["id"],
            "verdict": f["verdict"],
            "severity": f["severity"],
            "rule": f["rule"],
            "event": f["event"],
            "entity": f["entity"],
            "attribute": f["attribute"],
            "summary": f["summary"],
            "claims": ";".join(f["claims"]),
            "documents": ";".join(f["documents"]),
        }
        for f in report["findings"]
    ]


def _rows_csv(columns: tuple[str, ...], rows: Iterable[dict[str, Any]], ints: tuple[str, ...] = ()) -> str:
    return "".join(rows_csv_pieces(columns, rows, ints))


def rows_csv_pieces(
    columns: tuple[str, ...], rows: Iterable[dict[str, Any]], ints: tuple[str, ...] = (), every: int = 2000
) -> Iterator[str]:
    """A CSV file's text in pieces of ``every`` rows (``verify.outputs.Chunks``: never the whole text at once)."""
    # The csv module pandas itself writes with, fed the cells as pandas would format them: None
    # as empty, whole numbers of an Int64 column as integers. A fifth of the time of a DataFrame.
    # Text cells are quoted (a ``;`` inside cannot start a cell where ``;`` is the separator) and
    # formula-like ones prefixed (``csv_cell``): docs/report-format.md, "CSV files".
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(columns)
    for n, row in enumerate(rows, 1):
        for col in ints:
            if row[col] is not None:
                row[col] = int(row[col])
        writer.writerow([csv_cell(row[col]) for col in columns])
        if n % every == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def claims_csv(report: Report) -> str:
    """claims.csv: the bytes pandas writes for ``frames(report).claims`` (no index), without building the frame."""
    return "".join(claims_csv_pieces(report))


def claims_csv_pieces(report: Report) -> Iterator[str]:
    """``claims_csv`` in pieces, a few thousand rows each, made as they are written."""
    return rows_csv_pieces(CLAIM_COLUMNS, iter_claim_rows(report), INT_COLUMNS)


def findings_csv(report: Report) -> str:
    """findings.csv: the bytes pandas writes for ``frames(report).findings`` (no index), without building the frame."""
    return _rows_csv(FINDING_COLUMNS, finding_rows(report))
