"""The event chart as a PNG, drawn with Pillow: the same geometry as the inline SVG.

Pillow draws a chart in milliseconds where a matplotlib figure costs a good part of a second, which
matters when a monitoring desk's report has hundreds of events. Labels use DejaVu Sans where
matplotlib happens to be installed, else Pillow's own scalable default font; nothing is fetched. The PNG carries no timestamp or software metadata, so the same data gives the same bytes.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SCALE = 1            # the SVG's size; report.html has the vector chart for print
_LEFT, _TOP, _HEIGHT, _SLOT = 64, 44, 220, 92
_LABEL_ROOM = 40


@lru_cache(maxsize=4)
def _font(size: int):
    candidates = []
    try:
        import matplotlib

        candidates.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
    except ImportError:
        pass
    for path in candidates:
        if path.is_file():
            return ImageFont.truetype(str(path), size)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType
        return ImageFont.load_default()


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def draw_png(series, slots, top: float, ticks: list[int], layout, encoding: str, unknown: str,
             arrow: float) -> bytes:
    """Draw ``figure_series`` data (already laid out by chart.py) and return PNG bytes."""
    s = SCALE
    small, normal = _font(11 * s), _font(12 * s)
    labels = [f"{slot.doc}  ·  {slot.published or unknown}" for slot in slots]
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    widths = [probe.textlength(t, font=small) / s for t in labels]
    label_width = max(widths)
    # a label turned 35 degrees reaches 0.82 of its length to the left of its slot
    left = int(max([_LEFT] + [0.82 * w - _SLOT * (n + 0.5) + 12 for n, w in enumerate(widths)]))
    legend = sum(30 + probe.textlength(x.attribute, font=normal) / s for x in series) + \
        probe.textlength(encoding, font=small) / s + 16
    width = int(max(left + _SLOT * len(slots) + 24, left + legend + 8))
    height = int(_TOP + _HEIGHT + 20 + label_width * 0.574 + _LABEL_ROOM)
    image = Image.new("RGB", (width * s, height * s), "white")
    draw = ImageDraw.Draw(image)

    def y(v: float) -> float:
        return (_TOP + _HEIGHT - _HEIGHT * v / top) * s

    def x(slot: float) -> float:
        return (left + _SLOT * (slot + 0.5)) * s

    right = (left + _SLOT * len(slots)) * s
    for t in ticks:
        draw.line([(left * s, y(t)), (right, y(t))], fill=(227, 227, 227), width=s)
        draw.text((left * s - 6 * s, y(t)), str(t), font=small, fill=(85, 85, 85), anchor="rm")
    draw.line([(left * s, _TOP * s), (left * s, (_TOP + _HEIGHT) * s)], fill=(119, 119, 119), width=s)
    draw.line([(left * s, (_TOP + _HEIGHT) * s), (right, (_TOP + _HEIGHT) * s)], fill=(119, 119, 119), width=s)
    for n in range(1, len(slots)):
        if slots[n].published != slots[n - 1].published:
            sx = (left + _SLOT * n) * s
            for y0 in range(_TOP * s, (_TOP + _HEIGHT) * s, 6 * s):
                draw.line([(sx, y0), (sx, y0 + 3 * s)], fill=(187, 187, 187), width=s)
    for n, text in enumerate(labels):   # slot labels, turned 35 degrees, hanging left from the slot
        w = int(probe.textlength(text, font=small)) + 4
        tile = Image.new("RGBA", (w, 16 * s), (255, 255, 255, 0))
        ImageDraw.Draw(tile).text((0, 0), text, font=small, fill=(51, 51, 51))
        tile = tile.rotate(35, expand=True, resample=Image.BICUBIC)
        image.paste(tile, (int(x(n) - tile.width), int((_TOP + _HEIGHT + 8) * s)), tile)
    for series_item, mark, offset in layout:
        colour = _rgb(series_item.colour)
        cx = x(mark.slot + offset)
        low = y(mark.low)
        if mark.high is None:
            tip = low - _HEIGHT * arrow * s
            for y0 in range(int(tip + 8 * s), int(low), 7 * s):   # dashed shaft
                draw.line([(cx, y0), (cx, min(low, y0 + 4 * s))], fill=colour, width=3 * s)
            draw.polygon([(cx - 6 * s, tip + 9 * s), (cx + 6 * s, tip + 9 * s), (cx, tip)], fill=colour)
        else:
            draw.line([(cx, low), (cx, y(mark.high))], fill=colour, width=3 * s)
            draw.line([(cx - 6 * s, y(mark.high)), (cx + 6 * s, y(mark.high))], fill=colour, width=2 * s)
        draw.line([(cx - 6 * s, low), (cx + 6 * s, low)], fill=colour, width=2 * s)
        if mark.best is not None:
            r = 5 * s
            draw.ellipse([(cx - r, y(mark.best) - r), (cx + r, y(mark.best) + r)], fill=colour,
                         outline="white", width=s)
    lx = left * s
    for series_item in series:
        draw.rectangle([(lx, 12 * s), (lx + 12 * s, 24 * s)], fill=_rgb(series_item.colour))
        draw.text((lx + 16 * s, 18 * s), series_item.attribute, font=normal, fill=(34, 34, 34), anchor="lm")
        lx += int((30 + probe.textlength(series_item.attribute, font=normal) / s) * s)
    draw.text((lx + 8 * s, 18 * s), encoding, font=small, fill=(102, 102, 102), anchor="lm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()
