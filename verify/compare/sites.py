"""The figures an event gives site by site ("42 died at the Al Noor mosque, seven at the Linwood
mosque"): each is compared only with the same site's counts, on a line of its own, never with the
event's toll (``verify.compare.figures``)."""

from __future__ import annotations

from collections import defaultdict

from ..models import Claim
from .timeline import CURRENT

_PART = "_part"
#: Value keys that make a figure a wider tally than the happening's own toll (a country's, an
#: area's, a period's): no page toll a site's count is measured against.
_WIDER = ("where", "within", "spans", "area", "level", "period")


def site_lines(counts: list[Claim]) -> dict[str, tuple[str, str]]:
    """Claim id -> (attribute, site) for each figure counted at a named site (its value's ``site``)
    that is a site's count: a part of the toll told site by site, or a figure at one of the sites so
    told lower than a toll the same page gives for no site ("the Al Noor mosque, where more than 40
    people died" on a page whose toll is 50), or any figure at a site lower than the toll its own
    page gives the whole happening (no group's, no wider place's or period's: "129 were killed ...
    the Bataclan, where 89 died"). A page's highest figure at its one site ("20 were killed at the
    market"), with no higher toll of its own beside it, is the toll's."""
    tops: dict[tuple[str, str], float] = defaultdict(float)
    own: dict[tuple[str, str], float] = defaultdict(float)
    for c in counts:
        value = c.as_count()
        if not value.get("part") and not value.get("site") and value.get("status", "reported") in CURRENT:
            tops[(c.doc, c.attribute)] = max(tops[(c.doc, c.attribute)], float(value.get("best") or 0))
            if not value.get("group") and not any(value.get(k) for k in _WIDER):
                # the page's own toll of the whole happening, told for no site, no group and no
                # wider place or period ("129 were killed in the attacks")
                own[(c.doc, c.attribute)] = max(own[(c.doc, c.attribute)], float(value.get("best") or 0))
    # the sites the event is told site by site at (a page's one sentence giving two or more): a
    # figure at one site alone is a site's count only there ("471 killed at al-Ahli hospital" of a
    # strike on that hospital is the toll, lower than another page's or not)
    split = {str(c.as_count().get("site")) for c in counts if c.as_count().get("part") and c.as_count().get("site")}
    out: dict[str, tuple[str, str]] = {}
    for c in counts:
        value = c.as_count()
        site = value.get("site")
        if not site:
            continue
        if value.get("part") and not c.attribute.endswith(_PART):
            continue  # a group's part ("two children died at ..."): compared as the group's figure
        attribute = c.attribute.removesuffix(_PART)
        best = float(value.get("best") or 0)
        if (
            value.get("part")
            or (str(site) in split and best < tops.get((c.doc, attribute), 0.0))
            # "129 were killed ...; the Bataclan concert hall, where 89 people died": a figure at a
            # site below the toll its own page gives the whole happening is that site's count --
            # a toll other pages bear out (none above all theirs: a page's background "101 hostages
            # and 30 militants" is no toll of the story's)
            # (a figure the page gives as its earlier one, "raised from seven to 11", is that toll
            # before, no site's count)
            or (
                not value.get("group")
                and value.get("status", "reported") in CURRENT
                and best < _borne_out(own, c.doc, attribute)
            )
        ):
            out[c.id] = (attribute, str(site))
    return out


def _borne_out(own: dict[tuple[str, str], float], doc: str, attribute: str) -> float:
    """The page's own toll of ``attribute`` when no higher than the highest another page gives (0.0
    when higher, or when no other page gives one)."""
    toll = own.get((doc, attribute), 0.0)
    others = [v for (d, a), v in own.items() if a == attribute and d != doc]
    return toll if others and toll <= max(others) else 0.0
