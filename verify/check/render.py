"""Render a ``check.json`` dict for people: the terminal summary, ``check.md`` and ``check.html``.

Both files show the draft's own text with every checked claim marked by its verdict — in Markdown
a bold span with a verdict sign and a footnote, in HTML a coloured ``<mark>`` whose ``title`` lists
the sources, with numbered notes below — followed by the problems. Draft and source text goes through
the report's escaping layer (``verify.text.escape`` for Markdown and the terminal, ``html.escape``).
``write_check`` replaces check.json, check.md and check.html as one set.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..outputs import check_out_dir, replace_set
from ..report.html import csp_hash, escape_html
from ..text.escape import escape_md, escape_terminal, md_code

LABELS = {
    "supported": "supported",
    "contradicted": "contradicted",
    "more_precise": "more precise",
    "spelling_differs": "spelling differs",
    "outdated": "outdated",
    "altered_quote": "altered quote",
    "unsupported": "unsupported",
}
SIGNS = {
    "supported": "✓",
    "contradicted": "✗",
    "more_precise": "≈",
    "spelling_differs": "Aa",
    "outdated": "⟳",
    "altered_quote": "❝",
    "unsupported": "?",
}
PROBLEM_ORDER = ("contradicted", "unsupported", "outdated", "altered_quote", "spelling_differs", "more_precise")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")

CSS = """
:root { --supported: #1e7b34; --contradicted: #b3261e; --more_precise: #1d5fa8; --spelling_differs: #7b3fa0;
  --outdated: #a15c00; --altered_quote: #b0407a; --unsupported: #6b6b6b; --line: #d9d9d9; --muted: #5f6368; }
body { font: 17px/1.6 Georgia, "Times New Roman", serif; color: #1f1f1f; margin: 0 auto; max-width: 46rem; padding: 1.5rem 1.5rem 4rem; }
h1, h2, .summary, .notes, .legend { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #222; }
.summary { color: #333; } .legend span { margin-right: .8rem; white-space: nowrap; }
mark { background: none; border-bottom: 3px solid var(--unsupported); padding: 0 .05em; }
mark.v-supported { border-color: var(--supported); background: #e9f6ec; }
mark.v-contradicted { border-color: var(--contradicted); background: #fbe4e2; }
mark.v-more_precise { border-color: var(--more_precise); background: #e6eef8; }
mark.v-spelling_differs { border-color: var(--spelling_differs); background: #f1e8f6; }
mark.v-outdated { border-color: var(--outdated); background: #fbefdc; }
mark.v-altered_quote { border-color: var(--altered_quote); background: #f9e6ef; }
mark.v-unsupported { border-color: var(--unsupported); background: #eeeeee; }
sup a { text-decoration: none; font-family: system-ui, sans-serif; font-size: .75em; }
.notes { font-size: .92rem; } .notes li { margin: 0 0 .8rem; }
.verdict { font-weight: 700; text-transform: uppercase; font-size: .8rem; letter-spacing: .03em; }
.verdict.v-supported { color: var(--supported); } .verdict.v-contradicted { color: var(--contradicted); }
.verdict.v-more_precise { color: var(--more_precise); } .verdict.v-spelling_differs { color: var(--spelling_differs); }
.verdict.v-outdated { color: var(--outdated); } .verdict.v-altered_quote { color: var(--altered_quote); }
.verdict.v-unsupported { color: var(--unsupported); }
blockquote { margin: .2rem 0 .2rem .8rem; padding: .2rem .7rem; border-left: 3px solid var(--line); background: #fafafa; }
.prov { color: var(--muted); font-size: .85rem; }
""".strip()
CSP = f"default-src 'none'; style-src {csp_hash(CSS)}; base-uri 'none'; form-action 'none'"


def _count_line(check: dict[str, Any]) -> str:
    return " · ".join(f"{LABELS[v]} {n}" for v, n in check["summary"]["verdicts"].items())


def _where(cite: dict[str, Any]) -> str:
    return f"{cite['doc']}, {cite.get('outlet') or 'outlet unknown'}, {cite.get('published') or 'date unknown'}"


def _problems(check: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    numbered = list(enumerate(check["checks"], 1))
    return sorted(
        ((n, c) for n, c in numbered if c["verdict"] in PROBLEM_ORDER),
        key=lambda nc: (PROBLEM_ORDER.index(nc[1]["verdict"]), nc[0]),
    )


def _one_line(text: str) -> str:
    """Input text for the terminal: white space folded, any control character shown as an escape."""
    return escape_terminal(" ".join(text.split()))


def render_check_terminal(
    check: dict[str, Any], seconds: float | None = None, written: list[Path] | None = None
) -> str:
    """The summary ``verify check`` prints: counts by verdict, then each problem with the draft's
    sentence and the sources' sentences."""
    took = f" in {seconds:.1f} s" if seconds is not None else ""
    corpus = check["corpus"]
    lines = [
        f"verify check: {escape_terminal(check['draft']['path'])} against {corpus['documents']} documents{took}",
        f"  claims checked  {check['summary']['checked']}",
        f"  verdicts        {_count_line(check)}",
    ]
    for n, c in _problems(check):
        claim = c["claim"]
        lines += [
            "",
            f"  [{n}] {LABELS[c['verdict']].upper()} · {claim['kind']} {claim['attribute']}: “{_one_line(claim['text'])}”",
            f"      {_one_line(c['summary'])}",
            f"      draft:  {_one_line(claim['sentence'])}",
        ]
        for cite in (c["against"] or c["support"])[:3]:
            lines.append(f"      source: {_one_line(cite['sentence'])} ({_one_line(_where(cite))})")
        if c.get("suggestion"):
            lines.append(f"      use:    {_one_line(c['suggestion'])}")
    for warning in check.get("warnings", []):
        lines.append(f"  warning: {escape_terminal(warning)}")
    if written:
        lines += ["", f"  wrote  {escape_terminal(written[0].parent)}/: " + ", ".join(p.name for p in written)]
    return "\n".join(lines)


def _spans(check: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """Checked claims that can be marked in the text: in order, none overlapping an earlier one."""
    spans, end = [], -1
    for n, c in sorted(enumerate(check["checks"], 1), key=lambda nc: (nc[1]["claim"]["start"], -nc[1]["claim"]["end"])):
        if c["claim"]["start"] >= end:
            spans.append((n, c))
            end = c["claim"]["end"]
    return spans


def _paragraphs(text: str, spans: list[tuple[int, dict[str, Any]]]):
    """Each paragraph as (start, end, the marked spans inside it)."""
    for m in _PARAGRAPH.finditer(text):
        yield (
            m.start(),
            m.end(),
            [(n, c) for n, c in spans if m.start() <= c["claim"]["start"] and c["claim"]["end"] <= m.end()],
        )


def _md_text(segment: str) -> str:
    """Draft text between two marks, escaped, keeping one space where it had white space at an edge."""
    if not segment.strip():
        return " " if segment else ""
    return (" " if segment[:1].isspace() else "") + escape_md(segment) + (" " if segment[-1:].isspace() else "")


def _cited(c: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """Support then against, one citation per source sentence."""
    seen, out = set(), []
    for cite in c["support"] + c["against"]:
        if (cite["doc"], cite["sentence"]) not in seen:
            seen.add((cite["doc"], cite["sentence"]))
            out.append(cite)
    return out[:limit]


def render_check_markdown(check: dict[str, Any]) -> str:
    """``check.md``: the annotated draft with footnotes, then the problems."""
    text = check["draft"]["text"]
    marked = {n for n, _ in _spans(check)}
    lines = [
        f"# Draft check: {escape_md(check['draft'].get('title') or check['draft']['path'])}",
        "",
        escape_md(_count_line(check)),
        "",
        "Signs: " + " · ".join(f"{SIGNS[v]} {LABELS[v]}" for v in LABELS),
        "",
        "## The draft",
        "",
    ]
    for start, end, inside in _paragraphs(text, _spans(check)):
        out, pos = [], start
        for n, c in inside:
            claim = c["claim"]
            out.append(_md_text(text[pos : claim["start"]]))
            out.append(f"**{escape_md(claim['text'])}**{SIGNS[c['verdict']]}[^{n}]")
            pos = claim["end"]
        out.append(_md_text(text[pos:end]))
        lines += ["".join(out), ""]
    lines += ["## Problems", ""]
    problems = _problems(check)
    if not problems:
        lines += ["None: every checked claim is supported by the sources.", ""]
    for n, c in problems:
        lines.append(
            f"- **[{n}] {LABELS[c['verdict']]}** — “{escape_md(c['claim']['text'])}”: {escape_md(c['summary'])}"
        )
    lines.append("")
    for n, c in enumerate(check["checks"], 1):
        note = f"[^{n}]: {SIGNS[c['verdict']]} **{LABELS[c['verdict']]}**"
        if n not in marked:
            note += f" (“{escape_md(c['claim']['text'])}”)"
        note += f" — {escape_md(c['summary'])}"
        for cite in _cited(c, 4):
            note += (
                f" {md_code(cite['doc'])} ({escape_md(cite.get('outlet')) or 'outlet unknown'}, "
                f"{escape_md(cite.get('published')) or 'date unknown'}): {escape_md(cite['sentence'])}"
            )
        lines.append(note)
    lines += [
        "",
        "---",
        "",
        f"Rules: {escape_md(', '.join(check['rules']['files']))} · check format {check['version']}",
        "",
    ]
    return "\n".join(lines)


def _hover(c: dict[str, Any]) -> str:
    cites = [f"{_where(x)}: {_one_line(x['sentence'])}" for x in _cited(c, 4)]
    return "\n".join([f"{LABELS[c['verdict']]} — {_one_line(c['summary'])}", *cites])


def render_check_html(check: dict[str, Any]) -> str:
    """``check.html``: one self-contained page, claims coloured by verdict, sources on hover and below."""
    text = check["draft"]["text"]
    title = check["draft"].get("title") or check["draft"]["path"]
    body = [
        f"<h1>Draft check: {escape_html(title)}</h1>",
        f'<p class="summary">{escape_html(_count_line(check))}</p>',
        '<p class="legend">'
        + "".join(f'<span><mark class="v-{v}">{escape_html(LABELS[v])}</mark></span>' for v in LABELS)
        + "</p>",
        "<h2>The draft</h2>",
    ]
    for start, end, inside in _paragraphs(text, _spans(check)):
        out, pos = [], start
        for n, c in inside:
            claim = c["claim"]
            out.append(escape_html(text[pos : claim["start"]]))
            out.append(
                f'<mark class="v-{escape_html(c["verdict"])}" title="{escape_html(_hover(c))}">{escape_html(claim["text"])}</mark>'
                f'<sup><a href="#note-{n}">{n}</a></sup>'
            )
            pos = claim["end"]
        out.append(escape_html(text[pos:end]))
        body.append(f"<p>{''.join(out)}</p>")
    body.append('<h2>Sources, claim by claim</h2><ol class="notes">')
    for n, c in enumerate(check["checks"], 1):
        cites = "".join(
            f'<blockquote>{escape_html(x["sentence"])}</blockquote><p class="prov">{"against" if x in c["against"] else "for"}: '
            f"{escape_html(_where(x))}</p>"
            for x in _cited(c, 6)
        )
        use = f"<p>Sources use: “{escape_html(c['suggestion'])}”</p>" if c.get("suggestion") else ""
        body.append(
            f'<li id="note-{n}"><span class="verdict v-{escape_html(c["verdict"])}">{escape_html(LABELS[c["verdict"]])}</span> '
            f"“{escape_html(c['claim']['text'])}” — {escape_html(c['summary'])}{use}{cites}</li>"
        )
    body.append("</ol>")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta http-equiv="Content-Security-Policy" content="{escape_html(CSP)}">',
            '<meta name="referrer" content="no-referrer">',
            f"<title>Draft check: {escape_html(title)}</title>",
            f"<style>{CSS}</style>",
            "</head>",
            "<body>",
            *body,
            f'<footer class="prov">Rules: {escape_html(", ".join(check["rules"]["files"]))} · check format {escape_html(check["version"])}</footer>',
            "</body>",
            "</html>",
            "",
        ]
    )


def write_check(check: dict[str, Any], out_dir: str | Path) -> list[Path]:
    """Write check.json, check.md and check.html into ``out_dir`` (created when missing) as one
    set that replaces the previous check set whole (``verify.outputs.replace_set``); a report
    set in the same folder is kept."""
    check_out_dir(out_dir)
    files = {
        "check.json": json.dumps(check, indent=2, ensure_ascii=False) + "\n",
        "check.md": render_check_markdown(check),
        "check.html": render_check_html(check),
    }
    return replace_set(out_dir, "check", files)
