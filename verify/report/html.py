"""Render a report dict as one self-contained HTML page (``report.html``).

Same order as the Markdown report: summary, findings needing attention (with evidence, the
claim's words in ``<mark>``), one section per event with its inline SVG chart and table, names
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
from html import escape
from typing import Any
from urllib.parse import urlsplit

from verify.report.chart import render_svg
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

CSS = """
:root { --high: #b3261e; --medium: #a15c00; --low: #1d5fa8; --info: #5f6368; --line: #d9d9d9; --muted: #5f6368; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1f1f1f; background: #fff; margin: 0 auto; max-width: 76rem; padding: 1.5rem 2rem 4rem; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
h2 { font-size: 1.45rem; margin: 2.4rem 0 .8rem; padding-bottom: .25rem; border-bottom: 2px solid #222; }
h3 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
code, .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .86em; }
a { color: #1a56a6; }
.summary { font-size: 1.05rem; color: #333; margin: 0 0 1rem; }
nav.toc a { margin-right: 1rem; }
.filters { display: none; gap: 1.5rem; flex-wrap: wrap; align-items: flex-start; background: #f6f6f4;
  border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; margin: 0 0 1rem; }
.js .filters { display: flex; }
.filters fieldset { border: 0; margin: 0; padding: 0; }
.filters legend { font-weight: 600; font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.filters label { margin-right: .8rem; white-space: nowrap; cursor: pointer; }
.shown { color: var(--muted); font-size: .9rem; margin: .2rem 0 0; align-self: center; }
ol.findings { list-style: none; padding: 0; margin: 0; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--info); border-radius: 6px;
  padding: .7rem 1rem .4rem; margin: 0 0 1rem; background: #fff; }
.finding.sev-high { border-left-color: var(--high); }
.finding.sev-medium { border-left-color: var(--medium); }
.finding.sev-low { border-left-color: var(--low); }
.head { display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; }
.num { color: var(--muted); font-weight: 600; }
.badge { display: inline-block; font-size: .78rem; font-weight: 700; letter-spacing: .03em; text-transform: uppercase;
  padding: .05rem .45rem; border-radius: 3px; color: #fff; background: var(--info); }
.badge.sev-high { background: var(--high); } .badge.sev-medium { background: var(--medium); }
.badge.sev-low { background: var(--low); } .badge.sev-info { background: var(--info); }
.badge.verdict { background: #fff; color: #222; border: 1px solid #999; }
.badge.v-conflict { color: var(--high); border-color: var(--high); }
.attr { font-weight: 600; }
.where { color: var(--muted); font-size: .92rem; }
.finding .text { font-size: 1.05rem; margin: .45rem 0; }
.rule { color: var(--muted); font-size: .9rem; margin: .2rem 0 .5rem; }
ul.evidence { list-style: none; padding: 0; margin: 0; }
ul.evidence li { margin: 0 0 .6rem; }
blockquote { margin: 0; padding: .3rem .8rem; border-left: 3px solid var(--line); background: #fafafa; }
mark { background: #ffe27a; padding: 0 .1em; border-radius: 2px; }
.prov { font-size: .86rem; color: var(--muted); margin: .15rem 0 0 .8rem; }
.event { border-top: 1px solid var(--line); padding-top: .4rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .3rem 0 1rem; }
dl.meta dt { font-weight: 600; color: var(--muted); } dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.chart-box { overflow-x: auto; margin: .5rem 0 1rem; }
svg.chart { max-width: 100%; height: auto; }
.table-box { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .3rem 0 1rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f1; font-weight: 600; }
tr.group-start td { border-top: 2px solid #bbb; }
td.date { white-space: nowrap; }
td.num-cell { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.hedge { color: var(--medium); font-size: .85em; }
.unknown { color: var(--muted); font-style: italic; }
ul.event-findings { padding-left: 1.2rem; }
ul.event-findings li { margin: .2rem 0; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media screen { .filtered-out { display: none; } }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .filters, nav.toc { display: none !important; }
  .filtered-out { display: block; }
  li.filtered-out { display: list-item; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  .finding, tr, figure, svg.chart, blockquote { break-inside: avoid; page-break-inside: avoid; }
  section#events, section#documents { break-before: page; page-break-before: always; }
  a { color: inherit; }
  .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
""".strip()

SCRIPT = """
(function () {
  document.documentElement.classList.add('js');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.filters input[type=checkbox]'));
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-verdict][data-severity]'));
  var shown = document.getElementById('shown-count');
  function apply() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) { off[b.getAttribute('data-facet') + ':' + b.value] = true; } });
    var visible = 0;
    items.forEach(function (el) {
      var hide = off['verdict:' + el.getAttribute('data-verdict')] || off['severity:' + el.getAttribute('data-severity')];
      el.classList.toggle('filtered-out', !!hide);
      if (!hide && el.classList.contains('finding')) { visible += 1; }
    });
    if (shown) { shown.textContent = String(visible); }
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
""".strip()


def csp_hash(text: str) -> str:
    """The Content-Security-Policy source that allows exactly this inline style or script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


CSP = f"default-src 'none'; style-src {csp_hash(CSS)}; script-src {csp_hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'"


def escape_html(text: Any) -> str:
    """Text (None as empty) safe inside HTML elements and quoted attributes."""
    return escape("" if text is None else str(text), quote=True)


_e = escape_html     # the short name the many call sites below use


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
    parts = [f'<a class="id" href="#{_anchor("doc", doc["id"])}">{_e(doc["id"])}</a>',
             _or_unknown(doc.get("source"), "outlet unknown"),
             _or_unknown(doc.get("published"), "date unknown")]
    if claim.get("cited_source"):
        parts.append(f"citing {_e(claim['cited_source'])}")
    if claim.get("hedged"):
        parts.append(f'<span class="hedge">hedged: “{_e(claim.get("hedge"))}”</span>')
    return " · ".join(parts)


def _badges(finding: dict[str, Any]) -> str:
    v, s = finding["verdict"], finding["severity"]
    return (f'<span class="badge verdict v-{_e(v)}">{_e(verdict_label(v))}</span>'
            f'<span class="badge sev-{_e(s)}">{_e(s)}</span>')


def _finding(report: dict[str, Any], index: Index, events: dict[str, dict[str, Any]], n: int,
             finding: dict[str, Any]) -> str:
    rule = finding["rule"]
    description = report["rules"]["descriptions"].get(rule, "(no description for this rule)")
    where = ""
    if finding.get("event") in events:
        event = events[finding["event"]]
        where = f'<a class="where" href="#{_anchor("event", event["id"])}">{_e(event["label"])}</a>'
    elif finding.get("entity") in index.entities:
        where = f'<span class="where">{_e(index.entities[finding["entity"]]["name"])}</span>'
    items = "".join(
        f"<li><blockquote>{_highlighted(ev)}</blockquote><p class=\"prov\">{_provenance(ev)}</p></li>"
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
        f'<fieldset><legend>Verdict</legend>{boxes("verdict", VERDICT_ORDER, verdicts)}</fieldset>'
        f'<fieldset><legend>Severity</legend>{boxes("severity", SEVERITY_ORDER, severities)}</fieldset>'
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
        out.append(f'<figure class="chart-box">{svg}<figcaption class="unknown">Figures each source gives, '
                   "by publication date: line low–high, dot best, arrow no upper bound.</figcaption></figure>")
    rows = event_rows(report, index, event)
    if rows:
        out.append('<div class="table-box"><table><thead><tr><th>Attribute</th><th>Value as worded</th>'
                   "<th>Interval</th><th>Best</th><th>Document</th><th>Outlet</th><th>Cited source</th>"
                   "<th>Published</th><th>Verdict</th></tr></thead><tbody>")
        previous = None
        for r in rows:
            first = r.attribute != previous
            previous = r.attribute
            hedge = (f' <span class="hedge">(hedged: {_e(r.claim.get("hedge"))})</span>'
                     if r.claim.get("hedged") else "")
            verdicts = " ".join(f'<span class="badge verdict v-{_e(v)}">{_e(verdict_label(v))}</span>'
                                for v in r.verdicts) or "—"
            row_class = ' class="group-start"' if first else ""
            out.append(
                f'<tr{row_class}><td class="attr">{_e(r.attribute) if first else ""}</td>'
                f"<td>“{_e(r.claim['text'])}”{hedge}</td>"
                f'<td class="num-cell">{_e(r.interval) or "—"}</td><td class="num-cell">{_e(r.best) or "—"}</td>'
                f'<td><a class="id" href="#{_anchor("doc", r.document["id"])}">{_e(r.document["id"])}</a></td>'
                f"<td>{_or_unknown(r.document.get('source'), 'unknown')}</td>"
                f"<td>{_e(r.claim.get('cited_source')) or '—'}</td>"
                f"<td class=\"date\">{_or_unknown(r.document.get('published'), 'date unknown')}</td><td>{verdicts}</td></tr>"
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
    index = index_report(report) if index is None else index
    events_by_id = {e["id"]: e for e in report["events"]}
    attention = attention_findings(report)
    body = [
        "<header><h1>Verification report</h1>",
        f'<p class="summary">{_e(" · ".join(summary_parts(report)))}</p>',
        '<nav class="toc"><a href="#attention">Needs attention</a><a href="#events">Events</a>'
        '<a href="#names">Names</a><a href="#documents">Documents</a><a href="#skipped">Skipped inputs</a></nav>',
        "</header>",
        '<section id="attention">',
        f'<h2>Needs attention (<span id="shown-count">{len(attention)}</span> of {len(attention)})</h2>',
        _filters(report),
    ]
    if attention:
        body.append('<ol class="findings">')
        body += [_finding(report, index, events_by_id, n, f) for n, f in enumerate(attention, 1)]
        body.append("</ol>")
    else:
        body.append("<p>Nothing: every compared value agrees.</p>")
    body.append("</section>")

    events = sorted_events(report, index)
    body.append('<section id="events"><h2>Events</h2>')
    body += [_event(report, index, e) for e in events] or ["<p>No event has claims.</p>"]
    body.append("</section>")

    body.append('<section id="names"><h2>Names spelled more than one way</h2>')
    spelled = spelled_entities(report)
    if spelled:
        body.append("<table><thead><tr><th>Entity</th><th>Kind</th><th>Spellings (documents)</th></tr></thead><tbody>")
        for entity, spellings in spelled:
            cells = "<br>".join(f"“{_e(s.text)}” ({_doc_links(s.documents)})" for s in spellings)
            body.append(f"<tr><td>{_e(entity['name'])}</td><td>{_e(entity['kind'])}</td><td>{cells}</td></tr>")
        body.append("</tbody></table>")
    else:
        body.append("<p>None.</p>")
    body.append("</section>")

    body.append('<section id="documents"><h2>Documents</h2><div class="table-box"><table><thead><tr><th>Id</th>'
                "<th>Title</th><th>Outlet</th><th>Published</th><th>URL</th><th>Copy of</th></tr></thead><tbody>")
    for doc in report["documents"]:
        copy = (f'<a class="id" href="#{_anchor("doc", doc["copy_of"])}">{_e(doc["copy_of"])}</a>'
                if doc.get("copy_of") else "—")
        body.append(
            f'<tr id="{_anchor("doc", doc["id"])}"><td class="id">{_e(doc["id"])}</td><td>{_e(doc.get("title")) or "—"}</td>'
            f"<td>{_or_unknown(doc.get('source'), 'unknown')}</td><td class=\"date\">{_or_unknown(published_label(doc), 'date unknown')}</td>"
            f"<td>{_url(doc.get('url'))}</td><td>{copy}</td></tr>"
        )
    body.append("</tbody></table></div></section>")

    body.append(f'<section id="skipped"><h2>Skipped inputs ({len(report["skipped"])})</h2>')
    if report["skipped"]:
        body.append("<ul>" + "".join(
            f'<li><code>{_e(s["path"])}</code> — {_e(s["reason"])}</li>' for s in report["skipped"]
        ) + "</ul>")
    else:
        body.append("<p>None: every input was read.</p>")
    body.append("</section>")

    rules = report["rules"]
    body.append(f"<footer>Rules: {_e(', '.join(rules['files']))} (sha256 <code>{_e(rules['sha256'])}</code>) · "
                f"report format {_e(report['version'])}</footer>")

    return "\n".join([
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
        *body,
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
        "",
    ])
