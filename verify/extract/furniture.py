"""Page furniture: lines of a scraped page that are not the article's content.

``mask_furniture`` blanks such lines with spaces of the same length, so that the text handed to the
parser keeps every character offset of the document, and returns the spans it blanked and why.
"Story continues below advertisement" and newsletter blurbs are *dropped*; a "READ MORE: ..." line
is a *link* to another story, never a claim about this one; a wire's slug before a headline ("UPDATE
2-Death toll rises to 26") is dropped, the headline kept. The lists live in the rules' YAML.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..rules import RuleSet


@dataclass(frozen=True)
class Furniture:
    start: int
    end: int
    why: Literal["drop", "link"]


_BLOCK_LINE_WORDS = 25  # a link block's lines are headlines: short, without a full stop at the end


def find_furniture(text: str, rules: RuleSet) -> list[Furniture]:
    """Every line of ``text`` that the rules call furniture, with its offsets. A line that is a link
    block's heading ("Related posts") makes it and the headline-like lines after it links, up to the
    first line that reads as prose; one that opens a page's closing boilerplate (``furniture.tail``:
    "About Blue Horizon Rescue") drops it and every line after it."""
    found: list[Furniture] = []
    pos = 0
    in_block = in_tail = False
    for line in text.split("\n"):
        stripped = line.strip()
        # a press release's closing boilerplate ("About X", "Notes to editors"): to the end of the page
        # (in the page's second half only: an "About us" link of a page's menu is no closing)
        in_tail = in_tail or (
            bool(stripped)
            and pos > len(text) // 2
            and not stripped.endswith((".", "!", "?", '"', "”"))
            and any(_whole_line(p, stripped) for p in rules.furniture.tail_patterns)
        )
        if in_tail and stripped:
            found.append(Furniture(pos, pos + len(line), "drop"))
        elif stripped:
            why: Literal["drop", "link"] | None = None
            if any(_whole_line(p, stripped) for p in rules.furniture.link_block_patterns):
                why, in_block = "link", True
            elif (
                in_block
                and len(stripped.split()) <= _BLOCK_LINE_WORDS
                and not stripped.endswith((".", "!", "?", '"', "”"))
            ):
                why = "link"
            else:
                in_block = False
                if any(p.match(stripped) for p in rules.furniture.link_patterns):
                    why = "link"
                elif any(_whole_line(p, stripped) for p in rules.furniture.drop_patterns):
                    why = "drop"
            if why is not None:
                found.append(Furniture(pos, pos + len(line), why))
            else:
                # a wire's slug before its headline ("UPDATE 2-Death toll rises"): the slug alone
                slug = next((m for p in rules.furniture.slug_patterns if (m := p.match(line))), None)
                if slug is not None and slug.end() > 0:
                    found.append(Furniture(pos, pos + slug.end(), "drop"))
        pos += len(line) + 1
    return found


def _whole_line(pattern, line: str) -> bool:
    match = pattern.match(line)
    return match is not None and match.end() >= len(line.rstrip(" .:!"))


def mask_furniture(text: str, spans: list[Furniture]) -> str:
    """``text`` with each furniture span replaced by spaces (offsets unchanged)."""
    if not spans:
        return text
    parts, last = [], 0
    for span in spans:
        parts.append(text[last : span.start])
        parts.append(" " * (span.end - span.start))
        last = span.end
    parts.append(text[last:])
    return "".join(parts)
