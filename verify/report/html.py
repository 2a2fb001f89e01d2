"""Render a report dict as one self-contained HTML page (``report.html``).

Same order as the Markdown report: summary, the first screen (per event more than one source
tells: its figures over time, conflicts, revisions, name variants), findings needing attention
(with evidence, the claim's words in ``<mark>``), the claims only one source makes (collapsed, per
event), one section per event with its inline SVG chart and table, names
spelled several ways, documents, skipped inputs. Inline CSS and one small inline script only;
a Content-Security-Policy with their hashes forbids everything else, so the page makes no
request and no script found in a document could run even if escaping failed. Every piece of
report text goes through ``html.escape``. Checkboxes filter findings by verdict and severity
(``data-verdict`` / ``data-severity``); printing shows everything.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterator
from html import escape
from itertools import chain
from typing import Any
from urllib.parse import urlsplit

from verify.report.assets import CSS, SCRIPT
from verify.report.chart import render_svg
from verify.report.glance import GLANCE_LIST_MAX, EventGlance, TimelineRow, glance, uncorroborated_by_event
from verify.report.tables import (
    SEVERITY_ORDER,
    VERDICT_ORDER,
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


def csp_hash(text: str) -> str:
    """The Content-Security-Policy source that allows exactly this inline style or script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


CSP = f"default-src 'none'; style-src {csp_hash(CSS)}; script-src {csp_hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'"


def escape_html(text: Any) -> str:
    """Text (None as empty) safe inside HTML elements and quoted attributes."""
    return escape("" if text is None else str(text), quote=True)


_e = escape_html  # the short name the many call sites below use


def _or_unknown(text: str | None, unknown: str) -> str:
    return _e(text) if text else f'<span class="unknown">{_e(unknown)}</span>'


def _anchor(prefix: str, ident: str) -> str:
    return _e(f"{prefix}-{ident}")


def _highlighted(ev: Evidence) -> str:
    if not ev.words:
        return f'{_e(ev.before)} <span class="unknown">(claim:</span> <mark>{_e(ev.claim["text"])}</mark>)'
    return f"{_e(ev.before)}<mark>{_e(ev.words)}</mark>{_e(ev.after)}"


def _provenance(ev: Evidence) -> str:
    doc, claim = ev.document, ev.claim
    parts = [
        f'<a class="id" href="#{_anchor("doc", doc["id"])}">{_e(doc["id"])}</a>',
        _or_unknown(doc.get("source"), "outlet unknown"),
        _or_unknown(doc.get("published"), "date unknown"),
    ]
    if claim.get("cited_source"):
        parts.append(f"citing {_e(claim['cited_source'])}")
    if claim.get("hedged"):
        parts.append(f'<span class="hedge">hedged: “{_e(claim.get("hedge"))}”</span>')
    return " · ".join(parts)


def _badges(finding: dict[str, Any]) -> str:
    v, s = finding["verdict"], finding["severity"]
    return (
        f'<span class="badge verdict v-{_e(v)}">{_e(verdict_label(v))}</span>'
        f'<span class="badge sev-{_e(s)}">{_e(s)}</span>'
    )


def _finding(
    report: dict[str, Any], index: Index, events: dict[str, dict[str, Any]], n: int, finding: dict[str, Any]
) -> str:
    rule = finding["rule"]
    description = report["rules"]["descriptions"].get(rule, "(no description for this rule)")
    where = ""
    if finding.get("event") in events:
        event = events[finding["event"]]
        where = f'<a class="where" href="#{_anchor("event", event["id"])}">{_e(event["label"])}</a>'
    elif finding.get("entity") in index.entities:
        where = f'<span class="where">{_e(index.entities[finding["entity"]]["name"])}</span>'
    items = "".join(
        f'<li><blockquote>{_highlighted(ev)}</blockquote><p class="prov">{_provenance(ev)}</p></li>'
        for ev in evidence(index, finding)
    )
    return (
        f'<li class="finding sev-{_e(finding["severity"])}" id="{_anchor("finding", finding["id"])}" '
        f'data-verdict="{_e(finding["verdict"])}" data-severity="{_e(finding["severity"])}">'
        f'<div class="head"><span class="num">{n}.</span>{_badges(finding)}'
        f'<span class="attr">{_e(finding["attribute"])}</span>{where}</div>'
        f'<p class="text">{_e(finding["summary"])}</p>'
        f'<p class="rule">Rule <code>{_e(rule)}</code> — {_e(description)}</p>'
        f'<ul class="evidence">{items}</ul></li>'
    )


_GLANCE_LISTS = (
    ("conflict", "Disagreements"),
    ("altered_quote", "Quotations worded differently"),
    ("update", "Revisions"),
    ("variant", "Names spelled differently"),
)


def _said(row: TimelineRow) -> str:
    if row.said is None:
        return '<span class="unknown">date unknown</span>'
    shown = _e(row.said.replace("T", " "))
    return f'<span class="inferred" title="{_e(row.said_from)}">~{shown}</span>' if row.inferred else shown


def _glance(g: EventGlance, numbers: dict[str, int]) -> str:
    """One event on the first screen (``glance.glance``), its findings linked by number."""
    event = g.event
    facts = [f"{g.sources} independent sources"] + [_e(x) for x in (event.get("date"), event.get("place")) if x]
    out = [
        f'<div class="event-glance"><h3><a href="#{_anchor("event", event["id"])}">{_e(event["label"])}</a></h3>',
        f'<p class="facts">{" · ".join(facts)}</p>',
    ]
    for view in g.timelines:
        what = _e(view.what) + (f" in {_e(view.where)}" if view.where else "")
        out.append(
            f'<h4>{what} over time <span class="unknown">({view.entries} figures)</span></h4>'
            '<div class="table-box"><table class="timeline"><thead><tr><th>Said</th><th>Outlet</th>'
            "<th>As written</th><th>Figure</th><th>Attributed to</th><th>Verdict</th></tr></thead><tbody>"
        )
        for row in view.rows:
            more = f' <span class="unknown">(and {row.more} more)</span>' if row.more else ""
            verdict = row.verdict.split()[0] if row.verdict else "none"
            detail = f' <span class="unknown">({_e(row.detail)})</span>' if row.detail else ""
            out.append(
                f'<tr><td class="date">{_said(row)}</td><td>{_e(row.outlet)}</td><td>{_e(row.words)}</td>'
                f'<td class="num-cell">{_e(row.interval)}{detail}</td><td>{_or_unknown(row.body, "—")}</td>'
                f'<td class="v-{_e(verdict)}">{_e(row.verdict) or "—"}{more}</td></tr>'
            )
        out.append("</tbody></table></div>")
    if g.hidden_timelines:
        out.append(f'<p class="unknown">{g.hidden_timelines} more figure timeline(s) in the event\'s section.</p>')
    for verdict, title in _GLANCE_LISTS:
        found = [f for f in g.findings.get(verdict, []) if f["id"] in numbers]
        if found:
            left = len(found) - GLANCE_LIST_MAX
            out.append(
                f"<h4>{title} ({len(found)})</h4><ul>"
                + "".join(
                    f'<li><a href="#{_anchor("finding", f["id"])}">{numbers[f["id"]]}.</a> '
                    f'<span class="badge sev-{_e(f["severity"])}">{_e(f["severity"])}</span> {_e(f["summary"])}</li>'
                    for f in found[:GLANCE_LIST_MAX]
                )
                + (
                    f'<li class="unknown">and {left} more under <a href="#attention">Needs attention</a></li>'
                    if left > 0
                    else ""
                )
                + "</ul>"
            )
    rest = [
        (len(g.findings.get(v, [])), word)
        for v, word in (
            ("compatible", "difference(s) of precision"),
            ("uncorroborated", "claim(s) only one source makes"),
        )
    ]
    if any(n for n, _ in rest):
        out.append('<p class="unknown">Also: ' + ", ".join(f"{n} {word}" for n, word in rest if n) + ".</p>")
    out.append("</div>")
    return "".join(out)


def _filters(report: dict[str, Any]) -> str:
    verdicts = Counter(f["verdict"] for f in report["findings"])
    severities = Counter(f["severity"] for f in report["findings"])

    def boxes(facet: str, order: tuple[str, ...], counts: Counter[str]) -> str:
        names = [v for v in order if counts[v]] + sorted(v for v in counts if v not in order)
        return "".join(
            f'<label><input type="checkbox" data-facet="{facet}" value="{_e(v)}" checked> '
            f'{_e(verdict_label(v))} <span class="unknown">({counts[v]})</span></label>'
            for v in names
        )

    return (
        '<form class="filters" aria-label="Filter findings">'
        f"<fieldset><legend>Verdict</legend>{boxes('verdict', VERDICT_ORDER, verdicts)}</fieldset>"
        f"<fieldset><legend>Severity</legend>{boxes('severity', SEVERITY_ORDER, severities)}</fieldset>"
        "</form>"
    )


def _event(report: dict[str, Any], index: Index, event: dict[str, Any]) -> str:
    docs = _doc_links(event["documents"])
    out = [
        f'<article class="event" id="{_anchor("event", event["id"])}">',
        f"<h3>{_e(event['label'])}</h3>",
        '<dl class="meta">',
        f"<dt>Date</dt><dd>{_or_unknown(event.get('date'), 'unknown')}</dd>",
        f"<dt>Place</dt><dd>{_or_unknown(event.get('place'), 'unknown')}</dd>",
        f"<dt>Documents</dt><dd>{docs or '—'}</dd>",
        f'<dt>Event id</dt><dd class="id">{_e(event["id"])}</dd>',
        "</dl>",
    ]
    svg = render_svg(report, event["id"], index)
    if svg:
        out.append(
            f'<figure class="chart-box">{svg}<figcaption class="unknown">Figures each source gives, '
            "by publication date: line low–high, dot best, arrow no upper bound.</figcaption></figure>"
        )
    rows = event_rows(report, index, event)
    if rows:
        out.append(
            '<div class="table-box"><table><thead><tr><th>Attribute</th><th>Value as worded</th>'
            "<th>Interval</th><th>Best</th><th>Document</th><th>Outlet</th><th>Cited source</th>"
            "<th>Published</th><th>Verdict</th></tr></thead><tbody>"
        )
        previous = None
        for r in rows:
            first = r.attribute != previous
            previous = r.attribute
            hedge = f' <span class="hedge">(hedged: {_e(r.claim.get("hedge"))})</span>' if r.claim.get("hedged") else ""
            verdicts = (
                " ".join(f'<span class="badge verdict v-{_e(v)}">{_e(verdict_label(v))}</span>' for v in r.verdicts)
                or "—"
            )
            row_class = ' class="group-start"' if first else ""
            out.append(
                f'<tr{row_class}><td class="attr">{_e(r.attribute) if first else ""}</td>'
                f"<td>“{_e(r.claim['text'])}”{hedge}</td>"
                f'<td class="num-cell">{_e(r.interval) or "—"}</td><td class="num-cell">{_e(r.best) or "—"}</td>'
                f'<td><a class="id" href="#{_anchor("doc", r.document["id"])}">{_e(r.document["id"])}</a></td>'
                f"<td>{_or_unknown(r.document.get('source'), 'unknown')}</td>"
                f"<td>{_e(r.claim.get('cited_source')) or '—'}</td>"
                f'<td class="date">{_or_unknown(r.document.get("published"), "date unknown")}</td><td>{verdicts}</td></tr>'
            )
        out.append("</tbody></table></div>")
    findings = event_findings(report, index, event)
    if findings:
        out.append('<h4>Findings for this event</h4><ul class="event-findings">')
        for f in findings:
            out.append(
                f'<li data-verdict="{_e(f["verdict"])}" data-severity="{_e(f["severity"])}">{_badges(f)} '
                f'<span class="attr">{_e(f["attribute"])}</span>: {_e(f["summary"])}</li>'
            )
        out.append("</ul>")
    out.append("</article>")
    return "\n".join(out)


def _doc_links(ids: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f'<a class="id" href="#{_anchor("doc", d)}">{_e(d)}</a>' for d in ids)


def _url(url: str | None) -> str:
    if not url:
        return "—"
    if urlsplit(url).scheme.lower() in ("http", "https"):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>'
    return _e(url)  # anything else (javascript:, data:) is shown, never linked


def render_html(report: dict[str, Any], index: Index | None = None) -> str:
    """The whole report as one self-contained HTML document; ``index`` is the report's
    ``index_report``, built here when not given."""
    return "".join(render_html_pieces(report, index))


def render_html_pieces(report: dict[str, Any], index: Index | None = None) -> Iterator[str]:
    """``render_html``'s text as the pieces it is made of, made as they are written one after another
    (``verify.outputs.Chunks``): the page is never held whole, not even as its pieces (an event's
    section is rendered when the writer reaches it)."""
    index = index_report(report) if index is None else index
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">',
        '<meta name="referrer" content="no-referrer">',
        "<title>Verification report</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
    ]
    yield head[0]
    tail = [f"<script>{SCRIPT}</script>", "</body>", "</html>", ""]
    for line in chain(head[1:], _body(report, index), tail):
        yield "\n"
        yield line


def _body(report: dict[str, Any], index: Index) -> Iterator[str]:
    """The page's body, piece by piece."""
    events_by_id = {e["id"]: e for e in report["events"]}
    attention = attention_findings(report)
    read = [f for f in attention if f["verdict"] != "uncorroborated"]
    numbers = {f["id"]: n for n, f in enumerate(read, 1)}
    glances = glance(report)
    yield from [
        "<header><h1>Verification report</h1>",
        f'<p class="summary">{_e(" · ".join(summary_parts(report)))}</p>',
        '<nav class="toc"><a href="#glance">At a glance</a><a href="#attention">Needs attention</a>'
        '<a href="#alone">One source</a><a href="#events">Events</a><a href="#names">Names</a>'
        '<a href="#documents">Documents</a><a href="#skipped">Skipped inputs</a></nav>',
        "</header>",
        '<section id="glance" class="glance"><h2>At a glance</h2>',
    ]
    yield from (_glance(g, numbers) for g in glances)
    if not glances:
        yield "<p>No event is told by more than one independent source.</p>"
    single = len(report["events"]) - len(glances)
    if single and glances:
        yield (
            f'<p class="unknown">{single} more event(s), each told by one source, are listed under '
            '<a href="#events">Events</a>.</p>'
        )
    yield from [
        "</section>",
        '<section id="attention">',
        f'<h2>Needs attention (<span id="shown-count">{len(read)}</span> of {len(read)})</h2>',
        _filters(report),
    ]
    if read:
        yield '<ol class="findings">'
        yield from (_finding(report, index, events_by_id, n, f) for n, f in enumerate(read, 1))
        yield "</ol>"
    else:
        yield "<p>Nothing: every compared value agrees or rests on one source.</p>"
    yield "</section>"

    alone = uncorroborated_by_event(report)
    yield f'<section id="alone"><h2>Claims only one source makes ({sum(len(fs) for _, fs in alone)})</h2>'
    n = len(read)
    for event, found in alone:
        label = event["label"] if event else "Not tied to an event"
        yield f'<details class="alone"><summary>{_e(label)} ({len(found)})</summary><ol class="findings">'
        for f in found:
            n += 1
            yield _finding(report, index, events_by_id, n, f)
        yield "</ol></details>"
    if not alone:
        yield "<p>None.</p>"
    yield "</section>"

    events = sorted_events(report, index)
    yield '<section id="events"><h2>Events</h2>'
    yield from (_event(report, index, e) for e in events)
    if not events:
        yield "<p>No event has claims.</p>"
    yield "</section>"

    yield '<section id="names"><h2>Names spelled more than one way</h2>'
    spelled = spelled_entities(report)
    if spelled:
        yield "<table><thead><tr><th>Entity</th><th>Kind</th><th>Spellings (documents)</th></tr></thead><tbody>"
        for entity, spellings in spelled:
            cells = "<br>".join(f"“{_e(s.text)}” ({_doc_links(s.documents)})" for s in spellings)
            yield f"<tr><td>{_e(entity['name'])}</td><td>{_e(entity['kind'])}</td><td>{cells}</td></tr>"
        yield "</tbody></table>"
    else:
        yield "<p>None.</p>"
    yield "</section>"

    yield (
        '<section id="documents"><h2>Documents</h2><div class="table-box"><table><thead><tr><th>Id</th>'
        "<th>Title</th><th>Outlet</th><th>Published</th><th>URL</th><th>Copy of</th></tr></thead><tbody>"
    )
    for doc in report["documents"]:
        copy = (
            f'<a class="id" href="#{_anchor("doc", doc["copy_of"])}">{_e(doc["copy_of"])}</a>'
            if doc.get("copy_of")
            else "—"
        )
        yield (
            f'<tr id="{_anchor("doc", doc["id"])}"><td class="id">{_e(doc["id"])}</td><td>{_e(doc.get("title")) or "—"}</td>'
            f'<td>{_or_unknown(doc.get("source"), "unknown")}</td><td class="date">{_or_unknown(published_label(doc), "date unknown")}</td>'
            f"<td>{_url(doc.get('url'))}</td><td>{copy}</td></tr>"
        )
    yield "</tbody></table></div></section>"

    yield f'<section id="skipped"><h2>Skipped inputs ({len(report["skipped"])})</h2>'
    if report["skipped"]:
        yield (
            "<ul>"
            + "".join(f"<li><code>{_e(s['path'])}</code> — {_e(s['reason'])}</li>" for s in report["skipped"])
            + "</ul>"
        )
    else:
        yield "<p>None: every input was read.</p>"
    yield "</section>"

    rules = report["rules"]
    yield (
        f"<footer>Rules: {_e(', '.join(rules['files']))} (sha256 <code>{_e(rules['sha256'])}</code>) · "
        f"report format {_e(report['version'])}</footer>"
    )
