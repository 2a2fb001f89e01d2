"""One chart per event: the figures each source gives, drawn as ranges on one axis.

Each document that gives a count for the event gets a slot on the x axis, in publication-date
order (undated documents at the right, under "date unknown", in id order). In its slot each
count is a vertical range from ``low`` to ``high`` (a short dashed arrow up from ``low``
when ``high`` is null: "at least"), with a dot at ``best``, one colour per attribute. A rising toll shows as
ranges climbing left to right; an outlier as one range far from the others.

``figure_series`` computes the data; ``render_svg`` draws it as hand-written SVG for the HTML
report, ``render_png_bytes`` / ``series_png`` as a PNG drawn with Pillow (``chart_png``) for the Markdown
report. Every helper takes the report's ``Index`` (``tables.index_report``), so drawing all events
costs time in proportion to their claims; it is built on the spot when not given.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any, NamedTuple

from verify.report.chart_png import draw_png
from verify.report.tables import Index, event_claims, index_report
from verify.text.escape import visible

# Okabe-Ito: distinguishable with the common colour-vision deficiencies, and in greyscale print.
PALETTE: tuple[str, ...] = ("#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
UNKNOWN_DATE = "date unknown"
# An open-ended range ("at least 14") is drawn as an arrow this fraction of the axis long: long
# enough to read as "and more", short enough not to look like a figure of its own.
ARROW = 0.14
# report.md gets a PNG chart only for an event where at least this many documents give a count:
# a chart compares sources, and with one source the event's table already shows every figure.
# On a large corpus most events have a single counting source (GVC: 209 of 339). report.html
# draws the inline SVG chart of every event with counts.
PNG_MIN_DOCUMENTS = 2
# ... and at most this many: past it a PNG would be wider than a screen (92 px a document), and
# its table and report.html's chart show every source anyway. Bounds the canvas whatever the input.
PNG_MAX_DOCUMENTS = 50
# A slot or legend label shows at most this many characters of a document id or attribute (the
# whole id is in the table and in the SVG mark's tooltip): a 16,000-character id must not make a
# chart 100,000 pixels wide.
LABEL_CHARS = 40


class Mark(NamedTuple):
    """One count claim as drawn: its slot on the x axis and its range."""

    claim: str
    doc: str
    source: str | None
    published: str | None
    slot: int
    low: int
    high: int | None
    best: int | None
    text: str


class Series(NamedTuple):
    """All marks of one attribute (``deaths``, ``injured`` ...), drawn in one colour."""

    attribute: str
    colour: str
    marks: tuple[Mark, ...]


class Slot(NamedTuple):
    doc: str
    published: str | None


def _count_claims(report: dict[str, Any], index: Index, event_id: str) -> list[dict[str, Any]]:
    event = index.events.get(event_id)
    if event is None:
        return []
    return [
        c
        for c in event_claims(report, index, event)
        if c["kind"] == "count" and isinstance((c.get("value") or {}).get("low"), int)
    ]


def figure_series(report: dict[str, Any], event_id: str, index: Index | None = None) -> list[Series]:
    """The chart's data: one ``Series`` per attribute (sorted by name), marks in slot order.
    Empty when the event has no count claims (or no such event). Pass the report's ``Index``
    when drawing many events: building it costs time in proportion to the whole report."""
    index = index_report(report) if index is None else index
    claims = _count_claims(report, index, event_id)
    docs = {c["doc"]: index.documents.get(c["doc"], {}) for c in claims}
    order = sorted(docs, key=lambda d: (docs[d].get("published") is None, docs[d].get("published") or "", d))
    slot = {d: n for n, d in enumerate(order)}
    # Colours follow every count attribute of the report, so "deaths" is one colour in every chart.
    colour = {a: PALETTE[n % len(PALETTE)] for n, a in enumerate(index.count_attributes)}
    series = []
    for attribute in sorted({c["attribute"] for c in claims}):
        marks = sorted(
            (
                Mark(
                    c["id"],
                    c["doc"],
                    docs[c["doc"]].get("source"),
                    docs[c["doc"]].get("published"),
                    slot[c["doc"]],
                    c["value"]["low"],
                    c["value"].get("high"),
                    c["value"].get("best"),
                    c["text"],
                )
                for c in claims
                if c["attribute"] == attribute
            ),
            key=lambda m: (m.slot, m.low, m.claim),
        )
        series.append(Series(attribute, colour[attribute], tuple(marks)))
    return series


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """A label for a chart: control characters shown as escapes (Pillow cannot draw a line break
    in a measured label), cut to ``limit`` characters with an ellipsis."""
    shown = visible(text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def series_slots(series: list[Series]) -> list[Slot]:
    """The x-axis slots the marks occupy, in order."""
    slots = {m.slot: Slot(m.doc, m.published) for s in series for m in s.marks}
    return [slots[n] for n in sorted(slots)]


def _layout(series: list[Series]) -> list[tuple[Series, Mark, float]]:
    """Every mark with its x offset inside its slot (-0.5..0.5) so marks of one slot never overlap."""
    per_slot: dict[int, list[tuple[Series, Mark]]] = {}
    for s in series:
        for m in s.marks:
            per_slot.setdefault(m.slot, []).append((s, m))
    out = []
    for slot in sorted(per_slot):
        group = per_slot[slot]
        step = 0.6 / max(len(group), 1)
        for n, (s, m) in enumerate(group):
            out.append((s, m, (n - (len(group) - 1) / 2) * step))
    return out


def _axis_top(series: list[Series]) -> tuple[float, list[int]]:
    """A round top for the y axis above every drawn value, and its tick values."""
    highest: float = max(max(m.low, m.high or 0, m.best or 0) for s in series for m in s.marks)
    # Open-ended ranges need room above their low end for their arrow (ARROW of the axis).
    highest = max([highest] + [m.low / (1 - ARROW) * 1.02 for s in series for m in s.marks if m.high is None])
    highest = max(highest, 1)
    raw_step = highest / 5
    magnitude = 10 ** math.floor(math.log10(raw_step)) if raw_step >= 1 else 1
    step = next(k * magnitude for k in (1, 2, 5, 10) if k * magnitude >= raw_step)
    step = max(int(step), 1)
    top = step * math.ceil(highest * 1.05 / step)
    return float(top), list(range(0, int(top) + 1, step))


def _mark_title(attribute: str, m: Mark) -> str:
    high = "open-ended" if m.high is None else str(m.high)
    date = m.published or UNKNOWN_DATE
    return f"{attribute}: “{m.text}” — {m.doc} ({m.source or 'outlet unknown'}, {date}): low {m.low}, high {high}, best {m.best}"


# ---------------------------------------------------------------------------------------------
# SVG

_ENCODING = "line: low–high · dot: best · arrow: no upper bound"
_PLOT_LEFT, _PLOT_TOP, _PLOT_HEIGHT, _SLOT_WIDTH = 56.0, 34.0, 220.0, 92.0


def _f(x: float) -> str:
    return f"{x:.1f}"


def render_svg(report: dict[str, Any], event_id: str, index: Index | None = None) -> str | None:
    """The chart as a standalone ``<svg>`` element (no external resources, all text escaped);
    None when the event has no count claims."""
    series = figure_series(report, event_id, index)
    if not series:
        return None
    slots = series_slots(series)
    top, ticks = _axis_top(series)
    # Document ids hang down-left from their slot at 35 degrees: reserve room below and to the left.
    label_px = [6.2 * len(short_label(s.doc)) for s in slots]
    label_room = 14 + max(label_px) * 0.574
    left = max([_PLOT_LEFT] + [w * 0.819 - _SLOT_WIDTH * (n + 0.5) + 8 for n, w in enumerate(label_px)])
    y0, height = _PLOT_TOP, _PLOT_HEIGHT
    plot_width = _SLOT_WIDTH * len(slots)
    legend_end = left + sum(28 + 6.5 * len(short_label(s.attribute)) for s in series) + 8 + 6.0 * len(_ENCODING)
    width = max(left + plot_width + 24, legend_end + 8)
    total_height = y0 + height + 22 + label_room + 8

    def y(v: float) -> float:
        return y0 + height - height * v / top

    def x(slot: int, offset: float = 0.0) -> float:
        return left + _SLOT_WIDTH * (slot + 0.5 + offset)

    labels = ", ".join(s.attribute for s in series)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {_f(width)} {_f(total_height)}" '
        f'width="{_f(width)}" height="{_f(total_height)}" font-family="system-ui, sans-serif" font-size="11">',
        f"<title>Figures by source ({escape(labels)}); x: publication date, y: count</title>",
    ]
    for t in ticks:
        out.append(
            f'<line x1="{_f(left)}" x2="{_f(left + plot_width)}" y1="{_f(y(t))}" y2="{_f(y(t))}" stroke="#e3e3e3"/>'
        )
        out.append(f'<text x="{_f(left - 6)}" y="{_f(y(t) + 4)}" text-anchor="end" fill="#555">{t}</text>')
    out.append(f'<line x1="{_f(left)}" x2="{_f(left)}" y1="{_f(y0)}" y2="{_f(y0 + height)}" stroke="#777"/>')
    out.append(
        f'<line x1="{_f(left)}" x2="{_f(left + plot_width)}" y1="{_f(y0 + height)}" y2="{_f(y0 + height)}" stroke="#777"/>'
    )
    # Date labels once per run of slots with the same date, with a separator between runs.
    previous: str | None = None
    for n, slot in enumerate(slots):
        date = slot.published or UNKNOWN_DATE
        if date != previous:
            if n:
                sep = left + _SLOT_WIDTH * n
                out.append(
                    f'<line x1="{_f(sep)}" x2="{_f(sep)}" y1="{_f(y0)}" y2="{_f(y0 + height + 18)}" stroke="#bbb" stroke-dasharray="3 3"/>'
                )
            out.append(
                f'<text x="{_f(left + _SLOT_WIDTH * n + 4)}" y="{_f(y0 + height + 15)}" fill="#333" font-weight="600">{escape(date)}</text>'
            )
            previous = date
        lx, ly = x(n), y0 + height + 30
        out.append(
            f'<text x="{_f(lx)}" y="{_f(ly)}" text-anchor="end" fill="#333" transform="rotate(-35 {_f(lx)} {_f(ly)})">{escape(short_label(slot.doc))}</text>'
        )
    for s, m, offset in _layout(series):
        cx = x(m.slot, offset)
        colour = s.colour
        out.append(
            f'<g class="mark" data-attribute="{escape(s.attribute)}"><title>{escape(_mark_title(s.attribute, m))}</title>'
        )
        if m.high is None:
            tip = y(m.low) - height * ARROW
            out.append(
                f'<line x1="{_f(cx)}" x2="{_f(cx)}" y1="{_f(y(m.low))}" y2="{_f(tip + 7)}" stroke="{colour}" stroke-width="3" stroke-dasharray="4 3"/>'
            )
            out.append(
                f'<polygon points="{_f(cx - 6)},{_f(tip + 9)} {_f(cx + 6)},{_f(tip + 9)} {_f(cx)},{_f(tip)}" fill="{colour}"/>'
            )
        else:
            out.append(
                f'<line x1="{_f(cx)}" x2="{_f(cx)}" y1="{_f(y(m.low))}" y2="{_f(y(m.high))}" stroke="{colour}" stroke-width="3"/>'
            )
            out.append(
                f'<line x1="{_f(cx - 6)}" x2="{_f(cx + 6)}" y1="{_f(y(m.high))}" y2="{_f(y(m.high))}" stroke="{colour}" stroke-width="2"/>'
            )
        out.append(
            f'<line x1="{_f(cx - 6)}" x2="{_f(cx + 6)}" y1="{_f(y(m.low))}" y2="{_f(y(m.low))}" stroke="{colour}" stroke-width="2"/>'
        )
        if m.best is not None:
            out.append(
                f'<circle cx="{_f(cx)}" cy="{_f(y(m.best))}" r="4.5" fill="{colour}" stroke="#fff" stroke-width="1.5"/>'
            )
        out.append("</g>")
    # Legend across the top: one swatch per attribute, then the encoding.
    lx = left
    for s in series:
        out.append(f'<rect x="{_f(lx)}" y="10" width="12" height="12" fill="{s.colour}"/>')
        out.append(f'<text x="{_f(lx + 16)}" y="20" fill="#222">{escape(short_label(s.attribute))}</text>')
        lx += 28 + 6.5 * len(short_label(s.attribute))
    out.append(f'<text x="{_f(lx + 8)}" y="20" fill="#666">{_ENCODING}</text>')
    out.append("</svg>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# PNG


def render_png_bytes(report: dict[str, Any], event_id: str, index: Index | None = None) -> bytes | None:
    """The chart as PNG bytes (deterministic: no timestamp or version metadata); None when the
    event has no count claims or more than ``PNG_MAX_DOCUMENTS`` documents give one."""
    series = figure_series(report, event_id, index)
    if not series or len(series_slots(series)) > PNG_MAX_DOCUMENTS:
        return None
    return series_png(series)


def series_png(series: list[Series]) -> bytes:
    """``figure_series`` data drawn as PNG bytes with Pillow (see ``chart_png``); labels are
    ``short_label``s. Raises ``ValueError`` past ``PNG_MAX_DOCUMENTS`` slots (an unbounded canvas)."""
    slots = series_slots(series)
    if len(slots) > PNG_MAX_DOCUMENTS:
        raise ValueError(f"{len(slots)} documents: a PNG chart draws at most {PNG_MAX_DOCUMENTS}")
    slots = [slot._replace(doc=short_label(slot.doc)) for slot in slots]
    series = [s._replace(attribute=short_label(s.attribute)) for s in series]
    top, ticks = _axis_top(series)
    return draw_png(series, slots, top, ticks, _layout(series), _ENCODING, UNKNOWN_DATE, ARROW)
