"""The event chart as a PNG, drawn with Pillow: the same geometry as the inline SVG.

Pillow draws a chart in milliseconds where a matplotlib figure costs a good part of a second, which
matters when a monitoring desk's report has hundreds of events. Labels use DejaVu Sans, found
among the system fonts or the copy matplotlib ships (located, never imported), else Pillow's own
scalable default font; nothing is fetched. Text widths and the turned slot labels are cached, since
the same documents label many charts. The PNG carries no timestamp or software metadata, so the
same data gives the same bytes.
"""

from __future__ import annotations

import importlib.util
import io
import math
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SCALE = 1  # the SVG's size; report.html has the vector chart for print
_LEFT, _TOP, _HEIGHT, _SLOT = 64, 44, 220, 92
_LABEL_ROOM = 40
_FONT_FILE = "DejaVuSans.ttf"
_FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/dejavu-sans-fonts",
    "/usr/local/share/fonts",
    "/Library/Fonts",
)


def _font_path() -> Path | None:
    """DejaVu Sans from the system fonts, else matplotlib's copy (found without importing it:
    the import alone costs half a second)."""
    candidates = [Path(d) / _FONT_FILE for d in _FONT_DIRS]
    try:
        spec = importlib.util.find_spec("matplotlib")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.origin:
        candidates.append(Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf" / _FONT_FILE)
    return next((path for path in candidates if path.is_file()), None)


@lru_cache(maxsize=4)
def _font(size: int):
    path = _font_path()
    if path is not None:
        return ImageFont.truetype(str(path), size)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType
        return ImageFont.load_default()


@lru_cache(maxsize=4096)
def _text_length(text: str, size: int) -> float:
    return _font(size).getlength(text)


# Anti-aliased text is stamped as shades of its colour over the white ground (text never overlaps
# a line), LEVELS shades per colour: so a chart has few colours and is drawn and written as a
# palette PNG, which PNG writes without the per-row filter search that dominates an RGB PNG.
# White and the text shades have fixed palette entries, so a stamped text is cached whole.
LEVELS = 32
_WHITE = (255, 255, 255)
_GRID, _AXIS, _SEPARATOR = (227, 227, 227), (119, 119, 119), (187, 187, 187)
_TICK, _LABEL, _LEGEND, _ENCODING = (85, 85, 85), (51, 51, 51), (34, 34, 34), (102, 102, 102)
_TEXT_COLOURS = (_TICK, _LABEL, _LEGEND, _ENCODING)
_SHADES = [
    tuple(round(255 + (c - 255) * k / LEVELS) for c in rgb) for rgb in _TEXT_COLOURS for k in range(1, LEVELS + 1)
]
_TO_LEVEL = [round(a * LEVELS / 255) for a in range(256)]
_COVER = [255 if level else 0 for level in _TO_LEVEL]
# coverage -> palette index of the shade, per text colour (white's 0 where nothing is drawn)
_INK = {rgb: [1 + LEVELS * n + level - 1 if level else 0 for level in _TO_LEVEL] for n, rgb in enumerate(_TEXT_COLOURS)}


def _stamp(mask: Image.Image, colour: tuple[int, int, int]) -> tuple[Image.Image, Image.Image]:
    """A coverage mask (mode L) as palette indices of the colour's shades, and where it is drawn."""
    ink = mask.point(_INK[colour])
    return Image.frombytes("P", ink.size, ink.tobytes()), mask.point(_COVER)


@lru_cache(maxsize=1024)
def _turned_label(text: str, size: int) -> tuple[Image.Image, Image.Image]:
    """The slot label stamped and turned 35 degrees: drawn once per label text."""
    mask = Image.new("L", (int(_text_length(text, size)) + 4, 16 * SCALE), 0)
    ImageDraw.Draw(mask).text((0, 0), text, font=_font(size), fill=255)
    return _stamp(mask.rotate(35, expand=True, resample=Image.Resampling.BICUBIC), _LABEL)


@lru_cache(maxsize=4096)
def _text(
    text: str, size: int, anchor: str, fx: float, fy: float, colour: tuple[int, int, int]
) -> tuple[Image.Image, Image.Image, int, int]:
    """Text stamped at the fractional position (fx, fy) on a canvas of its own, and the canvas's
    integer offset: drawn at any (X + fx, Y + fy) it rasterises the same."""
    font = _font(size)
    left, top, right, bottom = ImageDraw.Draw(Image.new("L", (1, 1))).textbbox((fx, fy), text, font=font, anchor=anchor)
    ox, oy = math.floor(left), math.floor(top)
    canvas = Image.new("L", (math.ceil(right) - ox + 1, math.ceil(bottom) - oy + 1), 0)
    ImageDraw.Draw(canvas).text((fx - ox, fy - oy), text, font=font, fill=255, anchor=anchor)
    return (*_stamp(canvas, colour), ox, oy)


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


class _Canvas:
    """A palette image: white, the text shades, then one entry per flat colour."""

    def __init__(self, size: tuple[int, int], flat: list[tuple[int, int, int]]):
        entries = [_WHITE, *_SHADES] + list(dict.fromkeys([_GRID, _AXIS, _SEPARATOR, *flat]))
        self.index = {rgb: n for n, rgb in reversed(list(enumerate(entries)))}  # first entry wins
        self.image = Image.new("P", size, 0)
        self.image.putpalette([c for rgb in entries for c in rgb])
        self.draw = ImageDraw.Draw(self.image)

    def stamp(self, ink: Image.Image, cover: Image.Image, at: tuple[int, int]) -> None:
        self.image.paste(ink, at, cover)

    def text(
        self, xy: tuple[float, float], text: str, size: int, colour: tuple[int, int, int], anchor: str = "la"
    ) -> None:
        ix, iy = math.floor(xy[0]), math.floor(xy[1])
        ink, cover, ox, oy = _text(text, size, anchor, xy[0] - ix, xy[1] - iy, colour)
        self.stamp(ink, cover, (ix + ox, iy + oy))


def draw_png(series, slots, top: float, ticks: list[int], layout, encoding: str, unknown: str, arrow: float) -> bytes:
    """Draw ``figure_series`` data (already laid out by chart.py) and return PNG bytes."""
    s = SCALE
    labels = [f"{slot.doc}  ·  {slot.published or unknown}" for slot in slots]
    widths = [_text_length(t, 11 * s) / s for t in labels]
    label_width = max(widths)
    # a label turned 35 degrees reaches 0.82 of its length to the left of its slot
    left = int(max([_LEFT] + [0.82 * w - _SLOT * (n + 0.5) + 12 for n, w in enumerate(widths)]))
    legend = sum(30 + _text_length(x.attribute, 12 * s) / s for x in series) + _text_length(encoding, 11 * s) / s + 16
    width = int(max(left + _SLOT * len(slots) + 24, left + legend + 8))
    height = int(_TOP + _HEIGHT + 20 + label_width * 0.574 + _LABEL_ROOM)
    canvas = _Canvas((width * s, height * s), [_rgb(x.colour) for x in series])
    draw, ink = canvas.draw, canvas.index

    def y(v: float) -> float:
        return (_TOP + _HEIGHT - _HEIGHT * v / top) * s

    def x(slot: float) -> float:
        return (left + _SLOT * (slot + 0.5)) * s

    right = (left + _SLOT * len(slots)) * s
    for t in ticks:
        draw.line([(left * s, y(t)), (right, y(t))], fill=ink[_GRID], width=s)
        canvas.text((left * s - 6 * s, y(t)), str(t), 11 * s, _TICK, anchor="rm")
    draw.line([(left * s, _TOP * s), (left * s, (_TOP + _HEIGHT) * s)], fill=ink[_AXIS], width=s)
    draw.line([(left * s, (_TOP + _HEIGHT) * s), (right, (_TOP + _HEIGHT) * s)], fill=ink[_AXIS], width=s)
    for n in range(1, len(slots)):
        if slots[n].published != slots[n - 1].published:
            sx = (left + _SLOT * n) * s
            for y0 in range(_TOP * s, (_TOP + _HEIGHT) * s, 6 * s):
                draw.line([(sx, y0), (sx, y0 + 3 * s)], fill=ink[_SEPARATOR], width=s)
    for n, text in enumerate(labels):  # slot labels, turned 35 degrees, hanging left from the slot
        label, cover = _turned_label(text, 11 * s)
        canvas.stamp(label, cover, (int(x(n) - label.width), int((_TOP + _HEIGHT + 8) * s)))
    for series_item, mark, offset in layout:
        colour = ink[_rgb(series_item.colour)]
        cx = x(mark.slot + offset)
        low = y(mark.low)
        if mark.high is None:
            tip = low - _HEIGHT * arrow * s
            for y0 in range(int(tip + 8 * s), int(low), 7 * s):  # dashed shaft
                draw.line([(cx, y0), (cx, min(low, y0 + 4 * s))], fill=colour, width=3 * s)
            draw.polygon([(cx - 6 * s, tip + 9 * s), (cx + 6 * s, tip + 9 * s), (cx, tip)], fill=colour)
        else:
            draw.line([(cx, low), (cx, y(mark.high))], fill=colour, width=3 * s)
            draw.line([(cx - 6 * s, y(mark.high)), (cx + 6 * s, y(mark.high))], fill=colour, width=2 * s)
        draw.line([(cx - 6 * s, low), (cx + 6 * s, low)], fill=colour, width=2 * s)
        if mark.best is not None:
            r = 5 * s
            draw.ellipse(
                [(cx - r, y(mark.best) - r), (cx + r, y(mark.best) + r)], fill=colour, outline=ink[_WHITE], width=s
            )
    lx = left * s
    for series_item in series:
        draw.rectangle([(lx, 12 * s), (lx + 12 * s, 24 * s)], fill=ink[_rgb(series_item.colour)])
        canvas.text((lx + 16 * s, 18 * s), series_item.attribute, 12 * s, _LEGEND, anchor="lm")
        lx += int((30 + _text_length(series_item.attribute, 12 * s) / s) * s)
    canvas.text((lx + 8 * s, 18 * s), encoding, 11 * s, _ENCODING, anchor="lm")
    buffer = io.BytesIO()
    canvas.image.save(buffer, format="PNG", compress_level=3)
    return buffer.getvalue()
