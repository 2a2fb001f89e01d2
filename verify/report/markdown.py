"""Render a report dict as Markdown (``report.md``).

Leads with the first screen (``glance``): the summary line, then per event more than one source
tells, the timeline of its main figures, its conflicts, revisions and name variants; then every
finding a person must read, in display order, with its rule and evidence (each sentence with the
claim's words in bold); then the claims only one source makes, grouped per event; then one section
per event (what each source says, attribute by attribute, and its chart); then entities spelled
several ways, the documents, and the inputs that were skipped. Every string from an input goes
through ``verify.text.escape`` (``escape_md`` for text, ``md_code`` for ids), so Markdown or HTML in an
article, a title or a document id shows literally.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from verify.report.chart import PNG_MAX_DOCUMENTS, PNG_MIN_DOCUMENTS
from verify.report.glance import GLANCE_LIST_MAX, EventGlance, TimelineRow, glance, uncorroborated_by_event
from verify.report.tables import (
    Evidence,
    Index,
    attention_findings,
    event_findings,
    event_rows,
    evidence,
    index_report,
    published_label,
    sorted_events,
    spelled_entities,
    summary_parts,
    verdict_label,
)
from verify.text.escape import escape_md, md_code


def _cell(text: str | None) -> str:
    """A table cell: escaped, never empty (an em dash stands for "not given")."""
    return escape_md(text) or "—"


def _bold(text: str) -> str:
    # Emphasis cannot start or end on white space, so the spaces go outside the markers.
    stripped = text.strip()
    if not stripped:
        return escape_md(text)
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return f"{lead}**{escape_md(stripped)}**{trail}"


def highlighted(ev: Evidence) -> str:
    """The claim's sentence with its words in bold, escaped; the claim text alone as a fallback."""
    if not ev.words:
        return f"{escape_md(ev.before)} (claim: {_bold(ev.claim['text'])})"
    before = escape_md(ev.before) + (" " if ev.before[-1:].isspace() else "")
    after = (" " if ev.after[:1].isspace() else "") + escape_md(ev.after)
    return before + _bold(ev.words).strip() + after


def _provenance(ev: Evidence) -> str:
    doc, claim = ev.document, ev.claim
    parts = [
        md_code(doc["id"]),
        escape_md(doc.get("source")) or "outlet unknown",
        escape_md(doc.get("published")) or "date unknown",
    ]
    if claim.get("cited_source"):
        parts.append(f"citing {escape_md(claim['cited_source'])}")
    if claim.get("hedged"):
        parts.append(f"hedged: “{escape_md(claim.get('hedge'))}”")
    return " · ".join(parts)


def _where(index: Index, events: dict[str, dict[str, Any]], finding: dict[str, Any]) -> list[str]:
    """The line naming the event (or entity) a finding is about, when the report knows it."""
    if finding.get("event") in events:
        return [f"**Event:** {escape_md(events[finding['event']]['label'])}", ""]
    if finding.get("entity") in index.entities:
        return [f"**About:** {escape_md(index.entities[finding['entity']]['name'])}", ""]
    return []


def _finding(
    report: dict[str, Any], index: Index, events: dict[str, dict[str, Any]], n: int, finding: dict[str, Any]
) -> list[str]:
    rule = finding["rule"]
    description = report["rules"]["descriptions"].get(rule, "(no description for this rule)")
    lines = [
        f"### {n}. {verdict_label(finding['verdict']).upper()} · {finding['severity']} · {escape_md(finding['attribute'])}",
        "",
        f"**Finding:** {escape_md(finding['summary'])}",
        "",
        *_where(index, events, finding),
        f"*Rule* {md_code(rule)} — {escape_md(description)}",
        "",
    ]
    for ev in evidence(index, finding):
        lines.append(f"- {_provenance(ev)}  ")
        lines.append(f"  > {highlighted(ev)}")
    lines.append("")
    return lines


def _event_section(report: dict[str, Any], index: Index, event: dict[str, Any], chart: str | None) -> list[str]:
    lines = [f"### {escape_md(event['label'])}", ""]
    lines.append(f"- **Date:** {_cell(event.get('date'))}")
    lines.append(f"- **Place:** {_cell(event.get('place'))}")
    docs = ", ".join(md_code(d) for d in event["documents"]) or "—"
    lines += [f"- **Documents:** {docs}", f"- **Event id:** {md_code(event['id'])}", ""]
    rows = event_rows(report, index, event)
    if rows:
        lines += [
            "| Attribute | Value as worded | Interval | Best | Document | Outlet | Cited source | Published | Verdict |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for r in rows:
            attribute = escape_md(r.attribute)
            value = escape_md(r.claim["text"])
            if r.claim.get("hedged"):
                value += f" (hedged: {escape_md(r.claim.get('hedge'))})"
            verdicts = ", ".join(verdict_label(v) for v in r.verdicts) or "—"
            lines.append(
                f"| {attribute} | {value} | {r.interval or '—'} | {r.best or '—'} | {md_code(r.document['id'], table=True)} "
                f"| {_cell(r.document.get('source'))} | {_cell(r.claim.get('cited_source'))} "
                f"| {escape_md(r.document.get('published')) or 'date unknown'} | {verdicts} |"
            )
        lines.append("")
    if chart:
        lines += [f"![Figures each source gives for {escape_md(event['label'])}]({quote(chart)})", ""]
    findings = event_findings(report, index, event)
    if findings:
        lines.append("Findings for this event:")
        lines.append("")
        for f in findings:
            lines.append(
                f"- **{verdict_label(f['verdict'])}** ({f['severity']}, {escape_md(f['attribute'])}): "
                f"{escape_md(f['summary'])}"
            )
        lines.append("")
    return lines


def _figure(row: TimelineRow) -> str:
    """A timeline row's figure with its parts and status: "23 (four doctors, 19 patients)"."""
    return f"{row.interval} ({_cell(row.detail)})" if row.detail else row.interval


def _said(row: TimelineRow) -> str:
    if row.said is None:
        return "date unknown"
    shown = row.said.replace("T", " ")
    return f"~{shown} ({row.said_from})" if row.inferred else shown


_GLANCE_LISTS = (
    ("conflict", "Disagreements"),
    ("altered_quote", "Quotations worded differently"),
    ("update", "Revisions"),
    ("variant", "Names spelled differently"),
)


def _glance(g: EventGlance, numbers: dict[str, int]) -> list[str]:
    """One event on the first screen: its timelines, then its findings by kind, each by number."""
    event = g.event
    facts = [f"{g.sources} independent sources"] + [escape_md(x) for x in (event.get("date"), event.get("place")) if x]
    lines = [f"### {escape_md(event['label'])}", "", " · ".join(facts), ""]
    for view in g.timelines:
        what = escape_md(view.what) + (f" in {escape_md(view.where)}" if view.where else "")
        lines += [
            f"**{what} over time** ({view.entries} figures)",
            "",
            "| Said | Outlet | As written | Figure | Attributed to | Verdict |",
            "|---|---|---|---|---|---|",
        ]
        for row in view.rows:
            verdict = row.verdict or "—"
            if row.more:
                verdict += f" (and {row.more} more source{'s' if row.more > 1 else ''})"
            lines.append(
                f"| {escape_md(_said(row))} | {_cell(row.outlet)} | {_cell(row.words)} | {_figure(row)} "
                f"| {_cell(row.body)} | {verdict} |"
            )
        lines.append("")
    if g.hidden_timelines:
        lines += [f"{g.hidden_timelines} more figure timeline(s) in the event's section below.", ""]
    for verdict, title in _GLANCE_LISTS:
        found = g.findings.get(verdict, [])
        if found:
            lines += [f"**{title} ({len(found)})**", ""]
            lines += [
                f"- [{numbers[f['id']]}] {f['severity']} · {escape_md(f['attribute'])} — {escape_md(f['summary'])}"
                for f in found[:GLANCE_LIST_MAX]
                if f["id"] in numbers
            ]
            if len(found) > GLANCE_LIST_MAX:
                lines.append(f"- and {len(found) - GLANCE_LIST_MAX} more under Needs attention")
            lines.append("")
    rest = [
        (len(g.findings.get(v, [])), word)
        for v, word in (
            ("compatible", "difference(s) of precision"),
            ("uncorroborated", "claim(s) only one source makes"),
        )
    ]
    if any(n for n, _ in rest):
        lines += ["Also: " + ", ".join(f"{n} {word}" for n, word in rest if n) + " (below).", ""]
    return lines


def render_markdown(report: dict[str, Any], charts: dict[str, str] | None = None, index: Index | None = None) -> str:
    """The whole report as Markdown; ``charts`` maps event id -> relative path of its PNG;
    ``index`` is the report's ``index_report``, built here when not given."""
    return "".join(render_markdown_pieces(report, charts, index))


def render_markdown_pieces(
    report: dict[str, Any], charts: dict[str, str] | None = None, index: Index | None = None
) -> Iterator[str]:
    """``render_markdown``'s text in pieces made as they are written (``verify.outputs.Chunks``): an
    event's section is rendered when the writer reaches it, so the text is never held whole."""
    for n, line in enumerate(_lines(report, charts, index)):
        yield line if n == 0 else "\n" + line


def _lines(report: dict[str, Any], charts: dict[str, str] | None, index: Index | None) -> Iterator[str]:
    """The report's Markdown, line by line."""
    charts = charts or {}
    index = index_report(report) if index is None else index
    yield from ["# Verification report", "", " · ".join(summary_parts(report)), ""]

    attention = [f for f in attention_findings(report) if f["verdict"] != "uncorroborated"]
    numbers = {f["id"]: n for n, f in enumerate(attention, 1)}
    glances = glance(report)
    yield from ["## At a glance", ""]
    if not glances:
        yield from ["No event is told by more than one independent source.", ""]
    for g in glances:
        yield from _glance(g, numbers)
    single = len(report["events"]) - len(glances)
    if single and glances:
        yield from [f"{single} more event(s), each told by one source, are listed under Events.", ""]

    yield from [f"## Needs attention ({len(attention)})", ""]
    if not attention:
        yield from ["Nothing: every compared value agrees or rests on one source.", ""]
    events_by_id = {e["id"]: e for e in report["events"]}
    for n, finding in enumerate(attention, 1):
        yield from _finding(report, index, events_by_id, n, finding)

    alone = uncorroborated_by_event(report)
    yield from [f"## Claims only one source makes ({sum(len(fs) for _, fs in alone)})", ""]
    if not alone:
        yield from ["None.", ""]
    for event, found in alone:
        yield from [f"**{escape_md(event['label']) if event else 'Not tied to an event'}** ({len(found)})", ""]
        for f in found:
            for ev in evidence(index, f):
                yield f"- {_provenance(ev)}  "
                yield f"  > {highlighted(ev)}"
        yield ""

    events = sorted_events(report, index)
    yield from ["## Events", ""]
    if not events:
        yield from ["No event has claims.", ""]
    else:
        yield from [
            f"An event has a chart of the figures each source gives when {PNG_MIN_DOCUMENTS} to "
            f"{PNG_MAX_DOCUMENTS} documents give a count; report.html charts every event with counts.",
            "",
        ]
    for event in events:
        yield from _event_section(report, index, event, charts.get(event["id"]))

    spelled = spelled_entities(report)
    if spelled:
        yield from [
            "## Names spelled more than one way",
            "",
            "| Entity | Kind | Spellings (documents) |",
            "|---|---|---|",
        ]
        for entity, spellings in spelled:
            variants = "; ".join(
                f"{escape_md(s.text)} ({', '.join(md_code(d, table=True) for d in s.documents)})" for s in spellings
            )
            yield f"| {escape_md(entity['name'])} | {escape_md(entity['kind'])} | {variants} |"
        yield ""

    yield from ["## Documents", "", "| Id | Title | Outlet | Published | URL | Copy of |", "|---|---|---|---|---|---|"]
    for doc in report["documents"]:
        copy = md_code(doc["copy_of"], table=True) if doc.get("copy_of") else "—"
        # A URL is shown as code, never linked (GFM would autolink it as text): it is document data.
        url = md_code(doc["url"], table=True) if doc.get("url") else "—"
        yield (
            f"| {md_code(doc['id'], table=True)} | {_cell(doc.get('title'))} | {_cell(doc.get('source'))} "
            f"| {escape_md(published_label(doc)) or 'date unknown'} | {url} | {copy} |"
        )
    yield ""

    yield from [f"## Skipped inputs ({len(report['skipped'])})", ""]
    if not report["skipped"]:
        yield "None: every input was read."
    for s in report["skipped"]:
        yield f"- {escape_md(s['path'])} — {escape_md(s['reason'])}"
    yield ""

    warnings = report.get("warnings") or []
    if warnings:
        yield from [f"## Warnings ({len(warnings)})", "", "Read, with something ignored:", ""]
        yield from [f"- {escape_md(w['path'])} — {escape_md(w['reason'])}" for w in warnings]
        yield ""

    rules = report["rules"]
    files = ", ".join(escape_md(f) for f in rules["files"])
    yield from [
        "---",
        "",
        f"Rules: {files} (sha256 {md_code(rules['sha256'])}) · report format {report['version']}",
        "",
    ]
