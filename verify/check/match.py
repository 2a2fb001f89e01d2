"""Editor mode, matching: which happenings of the corpus a draft's sentences are about.

One judgement for ``verify run`` and ``verify check``: the draft is read as the cluster stage reads
a document. Its names are placed in the corpus's entities (``cluster.entities.place_mentions``), its
event sentences (``cluster.signatures.is_event_sentence``) are cut into segments
(``cluster.segments.cut_segments``), and each draft segment is scored against the corpus's own
segments — ``cluster.segments.build_segments`` over the report's claims, the segments the cluster
stage grouped — with the cluster stage's ``cluster.scoring.link_score``, linked at
``events.link_threshold``. One difference: the draft's days never veto a link, since the draft's
date is what is being checked. When some linked segment shares a facility or a person with the
draft's, only such links count (a name beats a weekday). The draft's claims are then checked
against the linked segments' claims and every claim of their events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from ..cluster.blocking import idf_of
from ..cluster.entities import entity_sets, place_mentions, spelled
from ..cluster.scoring import link_score
from ..cluster.segments import Segment, build_segments, cut_segments
from ..cluster.signatures import clash
from ..compare.figures import interval_text
from ..models import Claim, Entity
from ..rules import RuleSet
from ..text import WEEKDAY_NAMES

SentenceKey = tuple[str, int]  # (document id, sentence start)


def claim_order(claim: Claim) -> tuple:
    """The order the cluster stage reads claims in: by document, sentence and position."""
    return (claim.doc, claim.sentence_start, claim.start, claim.end, claim.kind, claim.attribute, claim.id)


def sentences_of(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Claims grouped by sentence, in (document, offset) order."""
    grouped: dict[SentenceKey, list[Claim]] = defaultdict(list)
    for c in sorted(claims, key=claim_order):
        grouped[(c.doc, c.sentence_start)].append(c)
    return [grouped[k] for k in sorted(grouped)]


class CorpusSegments:
    """The corpus's event segments, as the cluster stage cut them, with what placing a draft needs.

    entities: the corpus's entities; known: what segments' signatures need to know of them.
    """

    def __init__(
        self, claims: Sequence[Claim], entities: Sequence[Entity], published: dict[str, str | None], rules: RuleSet
    ):
        self.entities = list(entities)
        self.known = entity_sets(self.entities, rules)
        entity_of = {c.id: c.entity for c in claims if c.entity is not None}
        ordered = sorted(claims, key=claim_order)
        # Linking-only segments (thin stories) link only as whole documents in the cluster stage.
        self.segments = [s for s in build_segments(ordered, entity_of, self.known, rules, published) if not s.linking]


def match_draft(
    draft_claims: Sequence[Claim],
    corpus: CorpusSegments,
    rules: RuleSet,
    published: dict[str, str | None] | None = None,
) -> dict[SentenceKey, list[Segment]]:
    """For each draft sentence, the corpus segments its event segment links to; a sentence in no
    segment takes the links of the draft's linked sentence before it.

    ``published``: the draft's publication day by document id (it anchors the draft's weekdays).
    """
    entity_of = place_mentions(draft_claims, corpus.entities, rules)
    draft = cut_segments(sorted(draft_claims, key=claim_order), entity_of, corpus.known, rules, published)
    idf = idf_of(corpus.segments + draft)
    out: dict[SentenceKey, list[Segment]] = {}
    before: tuple[str, list[Segment]] | None = None  # the draft's last linked segment: its document, its links
    for segment in draft:
        linked = [
            s
            for s in corpus.segments
            if link_score(_dated_like(segment, s), s, idf, rules, dates=False) >= rules.events.link_threshold
        ]
        named = [s for s in linked if segment.sig.facilities & s.sig.facilities or segment.sig.people & s.sig.people]
        links = named or linked
        if not links and before is not None and before[0] == segment.doc and _goes_on(segment):
            links = [s for s in before[1] if not clash(_dated_like(segment, s).sig, s.sig, rules, dates=False)]
        if links:
            before = (segment.doc, links)
        for claim in segment.claims:
            out[(claim.doc, claim.sentence_start)] = links
    # a sentence that tells no happening of its own, so is in no segment ("the mayor warned the toll
    # could reach 20,000"), goes on with the story the draft's sentence before it links to
    last: tuple[str, list[Segment]] | None = None
    for claim in sorted(draft_claims, key=claim_order):
        key = (claim.doc, claim.sentence_start)
        if key not in out:
            out[key] = last[1] if last is not None and last[0] == claim.doc else []
        elif out[key]:
            last = (claim.doc, out[key])
    return out


def _goes_on(segment: Segment) -> bool:
    """A draft segment that goes on with the story before it: it names no place, facility or person
    of its own, and is no background, no tally over a period and no happening the text sets apart
    ("in a separate incident"). A draft tells one story, and its later sentences rarely repeat the
    town ("Rescuers pulled eleven miners out on Thursday" after "an explosion at a mine in Karvel");
    such a sentence links to nothing on its own, as a thin paragraph of a source does, and is checked
    against what the sentence before it linked to (the cluster stage joins it by its document)."""
    sig = segment.sig
    return not (sig.places or sig.facilities or sig.people or sig.periods or segment.background or segment.apart)


def _dated_like(segment: Segment, other: Segment) -> Segment:
    """An undated draft's segment as it reads beside ``other``: its weekday ("on Tuesday", with no
    publication date to resolve it) is the day of ``other`` that falls on that weekday, when one
    does. A draft is rarely dated; the corpus's weekdays are resolved to days."""
    sig = segment.sig
    if sig.days or not sig.weekdays:
        return segment
    days = {d for d in other.sig.days if WEEKDAY_NAMES[date.fromisoformat(d).weekday()].lower() in sig.weekdays}
    if not days:
        return segment
    dated = sig.copy()
    dated.days = days
    return replace(segment, sig=dated)


def weekday_of(claim: Claim) -> str | None:
    """The weekday a time claim names or resolves to ("Wednesday"), when it has one."""
    if claim.as_time().get("start") and claim.as_time().get("granularity") == "day":
        return WEEKDAY_NAMES[date.fromisoformat(str(claim.as_time()["start"])).weekday()]
    return claim.as_time().get("weekday")


def shown(claim: Claim) -> str:
    """A claim's value as editor mode cites it: a figure's interval (as the report shows it), a method,
    an actor and stance, a day, or the words."""
    if claim.kind == "count":
        return interval_text(claim.as_count())
    if claim.kind == "method":
        return str(claim.as_method().get("method", "")).replace("_", " ")
    if claim.kind == "attribution":
        a = claim.as_attribution()
        return f"{a.get('actor')} ({a.get('stance')})"
    if claim.kind == "time":
        t = claim.as_time()
        return str(t.get("start") or t.get("weekday") or t.get("original") or claim.text)
    if claim.kind == "quote":
        return str(claim.as_quote().get("quote") or claim.text)
    if claim.kind == "fate":
        return str(claim.as_fate().get("fate"))
    return spelled(claim)
