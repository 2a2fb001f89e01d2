"""Event segments: the stretches of one document that report one happening.

Consecutive event mentions (``signatures.is_event_sentence``) of one document form a *segment*
(discourse continuity: a story keeps talking about its incident) until a sentence starts a new
anchor — a facility hit, a day, a weekday or a cumulative period the segment does not have — turns
to another time (a month, a year: "In February, Russian air strikes ...") or tells of another
happening (``events.new_happening``: "struck a second medical facility"; or a harm of its own at a
place the story has not named, on a day it names before the story's: ``_elsewhere_before``, "on March
14 a strike on the centre of Donetsk killed 17", told to its paragraph's end). A sentence that only
names another victim and refers back to the happening told (``events.refers_back``: "another of the
dozens to die in the attack") goes on with it. A segment is a happening only when it says what harm
was done or by whom (a figure, a victim or suspect, a facility hit, a count of attacks or arrests)
and has an anchor (a day, weekday, period, facility, person or figure); the rest is background and
stays unattached. ``build_segments`` hands on the anchored segments with their signatures.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, timedelta

from ..ingest.textfile import headline_of
from ..models import Claim, TimeValue
from ..rules import RuleSet
from .signatures import (
    EMPTY,
    ISO_DAY,
    EntitySets,
    Signature,
    clash,
    happening_days,
    is_event_sentence,
    name_key,
    recalls_named,
    runs_since,
    signature,
)


@dataclass
class Segment:
    """One stretch of a document about one happening: its claims, in text order, and their signature.

    index: its position in the list ``build_segments`` returns; linking: a whole document's thin
    story, linked only as a document, never alone an event; background: it tells a happening dated
    long before the document was published ("Back in 2009, ..."), never the document's lead story;
    apart: the text sets it beside the story told ("Also on Tuesday, ...", "a second hospital";
    ``events.new_happening``): it never follows that story as one of its stretches; elsewhen: it
    opens on a month or a year and no day ("last year, when 41 miners died"): no day of its own,
    yet not undated either; followed: it opens with the earlier happening a sentence tells its own
    as following ("The shooting came a day after a boy killed eight at a school": ``events.sequel``).
    """

    doc: str
    claims: list[Claim]
    sig: Signature
    index: int = 0
    linking: bool = False  # a whole document's thin story: linked only as a document, never alone an event
    background: bool = False
    apart: bool = False
    resumes: Segment | None = (
        None  # one happening a tally's paragraph turns to: the tally, which goes on after the paragraph
    )
    archive: bool = False  # opened by an old photo's caption: its paragraph only tells that happening
    elsewhen: bool = False
    followed: bool = False  # opened by the earlier happening a sentence tells its own as following
    elsewhere: bool = False  # opened by another place's happening on a day before the story's (``_elsewhere_before``)
    named_back: bool = False  # the page came back to it by name after a stretch it set apart (``_story_named_back``)


_PERIODS = ("month", "year")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_LINE_BREAK = re.compile(r"\n")
#: Roles of a time claim that date a happening of its sentence, or bound one ("since 2019, when ...").
_HAPPENING_ROLES = ("event", "bound")


def _other_time(claims: list[Claim]) -> bool:
    """A month or a year and no day: the sentence turns to another time. The day a statement was
    made ("the minister warned last night") dates no happening, so it keeps no sentence on the
    story's time ("the highest since floods claimed 300 lives in October 1973", he warned last night)."""
    times = [c.as_time() for c in claims if c.kind == "time"]
    grains = {t.get("granularity") for t in times}
    days = any(t.get("granularity") == "day" and t.get("role") != "statement" for t in times)
    return bool(grains & {"month", "year"}) and not days


def build_segments(
    claims: Sequence[Claim],
    entity_of: dict[str, str],
    known: EntitySets,
    rules: RuleSet,
    published: dict[str, str | None] | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[Segment]:
    """The anchored segments of every document, in (document, offset) order, and one linking-only
    segment per document with none, or only background ones and tallies (see ``cut_segments`` for the
    arguments)."""
    segments = cut_segments(claims, entity_of, known, rules, published, texts)
    kept = [s for s in segments if s.sig.anchored]
    anchored = {s.doc for s in kept}
    kept += _linking_segments([s for s in segments if s.doc not in anchored])
    # a document whose only happenings are background ("Its only other fatal accident came in 2014,
    # when ... 48 lives") links as a whole by the story it tells of a day ("the Airbus that crashed
    # near Morvik on Tuesday"), as one with none does (a report on a happening long past keeps it).
    # A period's tally is no one happening's story either: a page that gives one beside its
    # background ("such attacks have killed 83 people this year", after the group's attack of
    # 2023) is a page of now, and links by what it tells of the story, dated or not.
    fore = {s.doc for s in kept if not s.background and not s.sig.periods}
    now = {s.doc for s in kept if s.sig.periods}
    # (never from a stretch the text sets beside its story: "Months later, another jet went down")
    told = _linking_segments(
        [s for s in segments if s.doc not in fore and not (s.background or s.apart) and not s.sig.periods]
    )
    kept += [s for s in told if s.doc in anchored and (s.sig.days or s.sig.weekdays or s.doc in now)]
    # a page whose every happening is background of a year or a month gone, and no sentence of it
    # tells the story ("the worst accident before this week was the derailment near Ostrel in 2011":
    # an explainer) links as a whole by its other sentences, so that background never stands for it
    # (never the story's figures). A happening of a day long gone may be the story, told later (a
    # report weeks on): it still stands for its page.
    only_background = {s.doc for s in kept if s.background} - {
        s.doc for s in kept if not s.background or s.sig.days or s.sig.weekdays
    }
    kept += _plain_segments(claims, segments, only_background, entity_of, known, rules, published or {})
    kept.sort(key=lambda s: (s.doc, s.claims[0].sentence_start if s.claims else -1))
    for i, s in enumerate(kept):
        s.index = i
    _name_page_stories(kept)
    return kept


def _set_apart(s: Segment) -> bool:
    """A stretch the text sets apart from the page's story: background, another stretch beside it,
    another time, the earlier happening it follows, another place's, an old photo's."""
    return s.background or s.apart or s.elsewhen or s.followed or s.elsewhere or s.archive


def lead_names(segments: Sequence[Segment]) -> dict[str, AbstractSet[str]]:
    """Each document's lead named happening: the names (entity ids) of its first stretch that names
    one and is not set apart from its story (``_set_apart``). A name the page recalls as another,
    earlier happening ("six weeks after Cyclone Idai") is none of a stretch's (``signature``), nor is
    an old storm of a caption or of background ("Hurricane Kessia, in 2018, killed 11").
    ``segments`` are in (document, offset) order."""
    out: dict[str, AbstractSet[str]] = {}
    for s in segments:
        if s.doc not in out and s.sig.names and not _set_apart(s):
            out[s.doc] = s.sig.names
    return out


def _name_page_stories(segments: Sequence[Segment]) -> None:
    """A stretch of a page that names no happening of its own tells the page's lead named happening
    (``lead_names``) — unless the text sets it apart from the story (``_set_apart``): "A powerful
    cyclone made landfall on Thursday, six weeks after Cyclone Idai" on a page of Cyclone Kenneth
    is Kenneth's, and never joins Idai's event."""
    lead = lead_names(segments)
    for s in segments:
        names = lead.get(s.doc)
        if names is not None and not s.sig.names and not _set_apart(s):
            s.sig.add_all("names", names)


def cut_segments(
    claims: Sequence[Claim],
    entity_of: dict[str, str],
    known: EntitySets,
    rules: RuleSet,
    published: dict[str, str | None] | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[Segment]:
    """Every document's event sentences cut into segments, in (document, offset) order, anchored or not.

    ``entity_of`` maps claims to their entities; ``known`` (``entities.entity_sets``) says which
    entities are people known by a full name, facilities naming none, and places; ``published`` maps
    documents to their ISO publication day: days after the next are
    dropped; ``texts`` maps documents to their text, where paragraphs end (without it, sentences
    more than a space apart are read as paragraphs apart).
    """
    texts = texts or {}
    published_day = _published_days(published or {})
    latest = _days_after(published_day)
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_sentence[(claim.doc, claim.sentence_start)].append(claim)
    recalled = recalled_names(claims, entity_of)
    segments: list[Segment] = []
    first_of: dict[str, Segment] = {}  # each document's first segment, read without a scan
    story_of: dict[str, Segment] = {}  # each document's last segment that is no background, likewise
    current: Segment | None = None
    heading: list[Claim] = []
    parts = [
        (key[0], part, earlier_part, whole)
        for key in sorted(by_sentence)
        for part, earlier_part, whole in _sequel_parts(by_sentence[key], rules)
    ]
    # the stretch a sentence's own part went to, when it tells a happening by its method and the rest
    # of it an earlier one by another: that earlier happening is told to the sentence's end, and the
    # next sentence goes back to the own one
    # ("A drone struck a car on Saturday in reprisal for the bombing that killed 170. One commander
    # was killed in the strike.")
    own_part: tuple[str, int, Segment, set[str]] | None = None
    back_to: Segment | None = None
    # a sentence whose recalled clause (``events.recalled_clause``) was read as its own happening:
    # its other part is already in the whole sentence
    read_whole: list[Claim] | None = None
    for doc, group, earlier_part, whole in parts:
        if whole is not None:
            if whole is read_whole:
                continue
            if not _recalls_another_kind(whole, current, doc, rules):
                group, earlier_part, read_whole = whole, False, whole
        if heading and heading[0].doc != doc:
            heading = []
        if back_to is not None and back_to.doc == doc and not earlier_part:
            current = back_to
        back_to = None
        if is_place_heading(group):
            heading = list(group)
            continue
        if heading and is_event_sentence(group, rules):
            # the paragraph under a heading of a place and a day ("Magdeburg, Germany, December 20,
            # 2024" in a list of earlier attacks) tells the happening the heading names
            group, heading = heading + group, []
        # an archive photo's caption opens a stretch of background of its own (what it shows, and
        # what its paragraph goes on to say of it), after which the story resumes
        # the days of the story told so far (not of its background or of what it sets apart)
        archive = _archive_caption(group, published_day.get(doc), rules, _story_days(segments, doc))
        # a sentence that opens by setting itself beside the story ("Earlier this month, police said
        # they foiled a plot"; an ``events.new_happening`` pattern anchored at its start) turns to
        # another happening even when it tells no harm of it yet: what follows in its paragraph
        # ("six men were killed") is that one's
        # (and the earlier happening a sentence tells its own as following: ``_sequel_parts``)
        # -- but a document's first report of harm (under its headline) sets nothing aside: "police arrested a suspect
        # after another violent attack", "a second mass shooting has killed 8" is its own story,
        # told as following an earlier one (which a later sentence or clause may tell apart)
        opens_apart = any(
            p.pattern.startswith("^") and p.search(group[0].sentence) for p in rules.events.new_happening_patterns
        )
        # the earlier happening a sentence tells its own as following, told with a toll of the
        # stretch before ("nearly 24 hours after a major gas leak ... that left 12 dead, fumes billowed
        # for the second time" after "the toll from the gas leak rose to 12"), is that stretch's
        # story retold: no earlier happening, and that stretch no sequel of it
        retold = earlier_part and _retells_toll(group, current, entity_of, known, rules, latest.get(doc))
        earlier_part = earlier_part and not retold
        first = current is None or current.doc != doc or _headline_alone(current, first_of, texts.get(doc))
        apart = earlier_part or opens_apart or (not first and _told_apart(group, current, rules, texts.get(doc)))
        if not is_event_sentence(group, rules) and not archive and not opens_apart:
            continue
        # a story of a happening that lasts (a heatwave) dates its tolls "since" a day from that day
        lasting = bool(
            current is not None and current.doc == doc and any(rules.methods.lasts(h) for h in current.sig.happenings)
        )
        own_days = current.sig.days if current is not None and current.doc == doc and not current.background else EMPTY
        # ... and a story of a disaster its running toll "since" a month or a day (``signature``)
        # (the page's: its lead, its story so far or the stretch just told)
        disaster = any(
            s is not None and s.doc == doc and s.sig.happenings for s in (current, story_of.get(doc), first_of.get(doc))
        )
        sig = signature(group, entity_of, known, rules, latest.get(doc), lasting, own_days, disaster)
        # a sentence naming only a happening the page recalls as an earlier one ("Cyclone Idai
        # killed more than 1,000 people" on a page of Cyclone Kenneth that told it "six weeks after
        # Cyclone Idai") tells that one: set apart from the story, never the page's lead stretch
        if (
            sig.names
            and sig.names <= recalled.get(doc, EMPTY)
            and not (current is not None and current.doc == doc and current.sig.names & sig.names)
        ):
            apart = True
        if first and not earlier_part and any(p.search(group[0].sentence) for p in rules.events.lead_sequel_patterns):
            sig.add_all("sequel", {"after"})  # the lead's "a second mass shooting": after an earlier one
        if retold:
            sig.sequel = EMPTY
        if earlier_part:
            sig.sequel = EMPTY  # it is the happening followed, not the one that follows: the story is
            if current is not None and current.doc == doc and not current.background:
                current.sig.add_all("sequel", {"after"})
        if current is not None and current.doc == doc:
            _inherit_subject(sig, current.sig, rules)
        # the day of what followed the happening ("the minister, who visited the town on Wednesday")
        # dates the stretch as before, but never turns it to another happening
        cut = sig
        if any(c.kind == "time" and c.as_time().get("role") == "after" for c in group):
            cut = signature(
                [c for c in group if not (c.kind == "time" and c.as_time().get("role") == "after")],
                entity_of,
                known,
                rules,
                latest.get(doc),
                lasting,
                own_days,
                disaster,
            )
            if current is not None and current.doc == doc:
                _inherit_subject(cut, current.sig, rules)
        # a tally's paragraph turning to one happening with a figure of its own ("that total
        # includes the 471 who died in last week's hospital explosion"): a segment of its own, which
        # ends with its paragraph, when the tally goes on
        nested = bool(
            current is not None
            and current.doc == doc
            and current.sig.periods
            and not sig.periods
            and sig.happenings
            and sig.figures
            and not current.sig.happenings
        )
        if (
            current is not None
            and current.resumes is not None
            and _new_paragraph(current, group, texts.get(doc))
            and not (_harmless_aside(current) and _bare_toll(sig))
        ):
            current = current.resumes
        if current is not None and current.doc == doc and not archive and not apart:
            told_before = _story_named_again(group, cut, current, segments, rules)
            if told_before is None:
                told_before = _story_named_back(group, cut, current, segments, entity_of, known, rules)
                if told_before is not None:
                    told_before.named_back = True
            if told_before is not None:
                current = told_before
        # a month's toll is set against the page's story, not the background just told (a
        # year's statistic between "62 were killed on Tuesday" and "Last month, 27 were killed")
        story = story_of.get(doc, current) if current is not None and current.background else current
        earlier = (
            current is not None
            and current.doc == doc
            and story is not None
            and (_toll_before(sig, current.sig) or _month_before(group, sig, story.sig, rules, published_day.get(doc)))
        )
        # a sentence telling a happening of its own on a day it names, before the page's story, at a
        # place that story has not named ("The ministry also said that on March 14 a strike on the
        # centre of Donetsk killed 17"): that other happening's stretch, to its paragraph's end
        # (``_elsewhere_before``) -- never the page's first happening (a follow-up's only story)
        told_story = _page_story(segments, doc) if current is not None and current.doc == doc else None
        elsewhere = bool(
            not first
            and not earlier_part
            and told_story is not None
            and _elsewhere_before(group, sig, told_story.sig, rules, published_day.get(doc))
        )
        starts_new = (
            current is None
            or current.doc != doc
            or (clash(current.sig, cut, rules) and not _refers_back(group, cut, current.sig, rules))
            or bool(sig.periods and not current.sig.periods)
            # a disaster's running toll ("1,314 have died since June 14") after a span's tally ("19
            # died in the past 24 hours"): the whole toll, no part of that span
            or bool(current.sig.periods and not sig.periods and disaster and _runs_since(group))
            # a lead telling an incident under a headline that gives a tally ("3,300 killed since Oct
            # 7" over "the strike on a Gaza hospital killed at least 471")
            or bool(
                current.sig.periods
                and not sig.periods
                and (sig.targets or sig.days or sig.weekdays or sig.figures)
                and _opening(current, first_of)
            )
            or nested
            or apart
            or _turns_aside(group, sig, current, rules, texts.get(doc))
            or _entry_of_another(group, sig, current.sig)
            or (_other_time(group) and not (sig.days or sig.weekdays or sig.periods))
            or _long_after_another(group, rules)
            or _turns_back(sig, current.sig, published_day.get(doc), rules)
            # back from an earlier happening told as background ("The hospital was also hit in
            # October 2023 ...") to one dated near publication ("workers who survived Monday's strike")
            or bool(current.background and sig.days and not _long_before(sig, published_day.get(doc), rules))
            or earlier
            or elsewhere
            or archive
            # a caption's paragraph over, with no story before it to resume (a caption under the headline)
            or bool(current.archive and _new_paragraph(current, group, texts.get(doc)))
        )
        if current is None or starts_new:
            background = (
                _long_before(sig, published_day.get(doc), rules)
                or _long_after_another(group, rules)
                or _period_before(group, published_day.get(doc), rules)
                or archive
            )
            # an archive photo's caption is background to the end of its paragraph only: the next
            # one goes back to the story it interrupted (other background may run on for paragraphs)
            # and so is a sentence measuring the story against the worst since an earlier happening
            # ("the deadliest since a gunman killed 26 at X a decade ago"): the story goes on after it
            # ("the deadliest this year, after the quake in X that killed 9,000 in March": a month ago
            # is no background by its days, yet it only measures the story against that happening)
            record = (background or _other_time(group)) and any(
                p.search(group[0].sentence) for p in rules.events.record_patterns
            )
            told = (archive or record) and current is not None and current.doc == doc and not current.background
            # so is a stretch the text sets apart ("Separately, flash floods killed 14 in Hazra"): its
            # paragraph over, the page goes back to its own story ("Welcome to our live coverage of
            # the cyclone"), unless what follows clashes with that story too
            aside = bool(
                apart
                and current is not None
                and current.doc == doc
                and not (current.background or current.elsewhen)
                and current.sig.anchored
            )
            current = Segment(
                doc,
                [],
                Signature(),
                background=background,
                apart=apart or earlier or elsewhere,
                resumes=told_story if elsewhere else current if nested or told or aside else None,
                archive=archive,
                elsewhen=_other_time(group),
                followed=earlier_part,
                elsewhere=elsewhere,
            )
            segments.append(current)
            first_of.setdefault(doc, current)
            if not current.background:
                story_of[doc] = current
            if not current.background:  # a stretch the text itself sets apart tells another happening
                current.sig.tellers = frozenset({f"~{doc}" if apart or elsewhere else doc})
        current.claims.extend(group)
        sentence = (doc, group[0].sentence_start)
        methods = {str(c.as_method().get("method")) for c in group if c.kind == "method"}
        if (
            earlier_part
            and own_part is not None
            and own_part[:2] == sentence
            and not own_part[2].background
            and methods
            and not methods & own_part[3]
        ):
            back_to = own_part[2]
        # (only when both parts tell a happening by a method, and not the same: "the union said on
        # Tuesday, a day after a leak killed 12" tells the leak, the page's story, and goes on with it)
        own_part = (*sentence, current, methods) if not earlier_part and methods else None
        # "This was the second shooting in as many days" further on in the page's first story: that
        # story, too, is told as following an earlier one of the kind (``events.lead_sequel``)
        if (
            not (first or apart or earlier_part or current.background)
            and first_of[doc] is current
            and any(p.search(group[0].sentence) for p in rules.events.lead_sequel_patterns)
        ):
            current.sig.add_all("sequel", {"after"})
        # ... and never dates a stretch alone: "parents of the girls abducted kept a vigil on
        # Saturday" opens no Saturday's happening for another page's Tuesday raid to clash with
        current.sig.absorb(cut if not (current.sig.days or cut.days) else sig)
    _keep_only_story(segments)
    return segments


def recalled_names(claims: Sequence[Claim], entity_of: Mapping[str, str]) -> dict[str, AbstractSet[str]]:
    """Each document's named happenings (``name_key``) it recalls as earlier ones and does not
    tell as its own: names it recalls somewhere ("six weeks after Cyclone Idai"), other than its
    lead, the first name it tells plainly that it has not recalled before. A page that recalls a
    name before it tells it plainly ("A powerful cyclone made landfall on Thursday, six weeks
    after Cyclone Idai. Cyclone Idai killed more than 1,000") tells another happening as its own."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "happening" and c.id in entity_of:
            by_doc[c.doc].append(c)
    out: dict[str, AbstractSet[str]] = {}
    for doc, named in by_doc.items():
        named.sort(key=lambda c: c.start)
        recalled = {name_key(c, entity_of) for c in named if c.as_named().get("recalled")}
        if not recalled:
            continue
        seen: set[str] = set()
        fresh: list[str] = []
        for c in named:
            key = name_key(c, entity_of)
            if c.as_named().get("recalled"):
                seen.add(key)
            elif key not in seen:
                fresh.append(key)
        out[doc] = frozenset(recalled - set(fresh[:1]))
    return out


def _runs_since(group: list[Claim]) -> bool:
    """The sentence gives a toll running since a month or a day (``signatures.runs_since``)."""
    return any(c.kind == "count" and runs_since(c.as_count()) for c in group)


def _sequel_parts(group: list[Claim], rules: RuleSet) -> list[tuple[list[Claim], bool, list[Claim] | None]]:
    """One sentence's claims, cut where an ``events.sequel`` pattern's ``earlier`` group starts ("...
    on Wednesday when radios exploded, a day after pagers blew up killing 10 and wounding 2,100"):
    the claims before it, of the sentence's own happening, then those from it on, of the earlier
    happening it tells its own as following (flagged True). A sentence that is all of the earlier
    one ("The previous day's explosions ... a death toll of 12") is that part alone.

    A clause of ``events.recalled_clause`` ("on alert after a suicide bombing killed 175") with a
    figure is cut out the same way, each part carrying the whole sentence (third item): whether it
    tells another happening depends on the stretch it follows (``_recalls_another_kind``)."""
    start = group[0].sentence_start
    for p in rules.events.sequel_patterns:
        m = p.search(group[0].sentence)
        if m is None or "earlier" not in p.groupindex or m.start("earlier") < 0:
            continue
        cut = start + m.start("earlier")
        own = [c for c in group if c.start < cut]
        earlier = [c for c in group if c.start >= cut]
        return [(part, flag, None) for part, flag in ((own, False), (earlier, True)) if part]
    for p in rules.events.recalled_clause_patterns:
        m = p.search(group[0].sentence)
        if m is None or "earlier" not in p.groupindex or m.start("earlier") < 0:
            continue
        lo, hi = start + m.start("earlier"), start + m.end("earlier")
        told = [c for c in group if lo <= c.start < hi]
        if not any(c.kind == "count" for c in told):
            continue
        own = [c for c in group if not lo <= c.start < hi]
        return [(part, flag, group) for part, flag in ((own, False), (told, True)) if part]
    return [(part, flag, None) for part, flag in _recalled_parts(group)]


def _recalls_another_kind(whole: list[Claim], current: Segment | None, doc: str, rules: RuleSet) -> bool:
    """A sentence's recalled clause (``events.recalled_clause``) tells another happening than the
    stretch it follows: the clause names a method, the stretch (its document's, no background)
    names its own, and none of the one is compatible with any of the other ("after a suicide
    bombing killed 175" under a drone strike's stretch; "after a gunman killed five" under a
    shooting's is the shooting itself)."""
    if current is None or current.doc != doc or current.background or not current.sig.methods:
        return False
    told = _sequel_parts(whole, rules)[-1][0]  # the clause's part is the last
    told_methods = {str(c.as_method().get("method")) for c in told if c.kind == "method"}
    return bool(told_methods) and not any(
        rules.methods.are_compatible(a, b) for a in told_methods for b in current.sig.methods
    )


def _recalled_parts(group: list[Claim]) -> list[tuple[list[Claim], bool]]:
    """One sentence's claims, with the telling of a named happening it recalls as an earlier one
    apart (``EntityValue.reach``: "five months after Flight 610 plunged into the sea, killing all
    189"): the figures in it are that happening's (flagged True), with the span counting back to
    it ("five months after"); the rest are the sentence's own. Whole when the telling holds no figure."""
    for h in group:
        reach = h.as_named().get("reach") if h.kind == "happening" else None
        if not isinstance(reach, int):
            continue
        lo = h.start
        for c in group:
            if c.kind == "time" and c.attribute == "elapsed" and recalls_named(c, [h]):
                lo = min(lo, c.start)
        told = [c for c in group if lo <= c.start < reach]
        if not any(c.kind == "count" for c in told):
            continue
        own = [c for c in group if not lo <= c.start < reach]
        return [(part, flag) for part, flag in ((own, False), (told, True)) if part]
    return [(group, False)]


def _story_named_again(
    group: list[Claim], sig: Signature, current: Segment, segments: list[Segment], rules: RuleSet
) -> Segment | None:
    """The page's story, when a sentence after a stretch of an earlier happening (one opened on a
    year or a month, or dated long before: "As many as 1,800 died in 2005 when Hurricane K struck
    New Orleans") names, with no time of its own, a place or a named happening of that story and
    none of the earlier one's ("Later, the governor said the toll in Puerto Rico included 19 ..."):
    the page is back to its story, which goes on — unless it ties itself to the earlier time
    (``events.then``: "since then"). None otherwise."""
    if not (current.background or current.elsewhen) or any(c.kind == "time" for c in group):
        return None
    if any(p.search(group[0].sentence) for p in rules.events.then_patterns):
        return None
    if sig.days or sig.weekdays or sig.periods or sig.places & current.sig.places or sig.people & current.sig.people:
        return None
    mine = _of_the_page(segments, current.doc)
    at = next((k for k, g in enumerate(mine) if g is current), 0)
    story = mine[at - 1] if at > 0 else None
    if story is None or story.background or story.apart:
        return None
    # a stretch opened on a year tells an earlier happening when it is dated long before or names a
    # happening or person the story does not ("2005's Hurricane K"); not "the tower, built in 1974"
    if not (current.background or current.sig.people - story.sig.people):
        return None
    return story if sig.places & story.sig.places or sig.people & story.sig.people else None


def _story_named_back(
    group: list[Claim],
    sig: Signature,
    current: Segment,
    segments: list[Segment],
    entity_of: Mapping[str, str],
    known: EntitySets,
    rules: RuleSet,
) -> Segment | None:
    """The page's story, when a sentence after a stretch the text sets apart as another happening
    (``Segment.apart``: "Months later, an Ethiopian Airlines jet went down, killing all 157") names
    what identifies the story told before it -- its place, its craft, carrier or building, a named
    happening, its day, its toll (``_identifiers``) -- and nothing that identifies only the other
    one, or names the happening it tells by the story's ("the lead investigator on the Lion Air
    crash said ... data from Boeing", the maker of both craft): the page is back to its story,
    which goes on. Not a sentence of a day that story does not give, nor one tied to the time just
    told (``events.then``: "since then"). None otherwise."""
    if not current.apart or any(p.search(group[0].sentence) for p in rules.events.then_patterns):
        return None
    story = _lead_story(segments, current)
    if story is None or sig.days - story.sig.days:
        return None
    told = _identifiers(story.claims, story.sig, entity_of, known)
    other = _identifiers(current.claims, current.sig, entity_of, known)
    # the names the sentence gives its happening by ("the Lion Air crash") say which one it tells,
    # whatever else it names (the maker of both craft); else all it names
    spans = [(c.start, c.end) for c in group if c.kind == "method"]
    naming = [c for c in group if any(a <= c.start and c.end <= b for a, b in spans)]
    for own in (_identifiers(naming, Signature(), entity_of, known), _identifiers(group, sig, entity_of, known)):
        if own & (told - other) and not own & (other - told):
            return story
    return None


def _lead_story(segments: list[Segment], current: Segment) -> Segment | None:
    """The story the page told before the stretch ``current`` (its last stretch before it that is
    not set apart), or, when every stretch before it is background or another time, its first
    one: the page's lead, however long ago it is dated (a report months on tells its story as
    "last year")."""
    mine = _of_the_page(segments, current.doc)
    before = mine[: next((k for k, s in enumerate(mine) if s is current), len(mine))]
    told = [s for s in before if not (s.background or s.apart or s.elsewhen)]
    if told:
        return told[-1]
    return before[0] if before and not before[0].apart else None


#: Kinds of claim that name what a happening is told by: where, which craft, carrier or building, its own name.
_IDENTIFYING = ("place", "facility", "organization", "happening")


def _identifiers(claims: Sequence[Claim], sig: Signature, entity_of: Mapping[str, str], known: EntitySets) -> set[str]:
    """What names one happening in ``claims`` (signature ``sig``): the entities of its places,
    facilities, organisations (a carrier stands for its flight; not a known outlet or agency that
    reports it) and named happenings, its days and its tolls of more than one."""
    out = {
        entity_of[c.id]
        for c in claims
        if c.kind in _IDENTIFYING and c.id in entity_of and not (c.kind == "organization" and c.value.get("known"))
    }
    out |= {f"day:{d}" for d in sig.days}
    out |= {f"toll:{a}:{n}" for a, n in sig.figures if n > 1}
    return out


def _told_apart(group: list[Claim], current: Segment | None, rules: RuleSet, text: str | None) -> bool:
    """The sentence tells another happening (``events.new_happening``: "struck a second medical
    facility") — unless the page has counted the sites its happening struck (``events.several_sites``:
    "the shootings at two mosques") and each such words is only its next site ("a second mosque": a
    ``events.next_site`` phrase), the happening told going on there."""
    sentence = group[0].sentence
    found = [m.group(0) for p in rules.events.new_happening_patterns for m in p.finditer(sentence)]
    if not found:
        return False
    if text is not None:
        before = text[: group[0].sentence_start]
    else:
        before = " ".join(dict.fromkeys(c.sentence for c in current.claims)) if current is not None else ""
    if not any(p.search(before) for p in rules.events.several_sites_patterns):
        return True
    return not all(any(q.search(words) for q in rules.events.next_site_patterns) for words in found)


def _retells_toll(
    group: list[Claim],
    current: Segment | None,
    entity_of: dict[str, str],
    known: EntitySets,
    rules: RuleSet,
    latest: str | None,
) -> bool:
    """The earlier part of a sentence (``_sequel_parts``) gives a toll of more than one that the
    stretch of its document before it gives too: the story told so far, not an earlier happening."""
    if current is None or current.doc != group[0].doc or current.background:
        return False
    figures = signature(group, entity_of, known, rules, latest).figures & current.sig.figures
    return any(n > 1 for _, n in figures)


def _turns_aside(group: list[Claim], sig: Signature, current: Segment, rules: RuleSet, text: str | None) -> bool:
    """The sentence opens a paragraph of its document by turning to what goes on beside the story
    told so far (``events.turns``), at a place that story has not named, with a toll of its own
    ("In Ostrava, meanwhile, the death toll from the warehouse fire has risen to 14" after a lead on
    a wildfire in the hills): a stretch of its own, which may tell another happening or the
    corpus's story. ("Meanwhile, the ministry said the foreigners killed rose to 30" names no other
    place; "Meanwhile, an official said rebuilding has begun" tells no toll: the story goes on.)"""
    return (
        bool(sig.figures)
        and bool(sig.places - current.sig.places)
        and current.doc == group[0].doc
        and _new_paragraph(current, group, text)
        and any(p.search(group[0].sentence) for p in rules.events.turn_patterns)
    )


def _harmless_aside(segment: Segment) -> bool:
    """A stretch the text sets apart that has only brought its happening in ("Another earthquake
    of magnitude 6.3 struck on Wednesday in the same area."), no harm of it told yet: a next
    paragraph that only gives a toll (``_bare_toll``: "Officials said one person died") tells that
    harm, not the story's."""
    sig = segment.sig
    # (one that brought no happening in, "Separately, the minister called off a summit", has none
    # whose harm a next paragraph could tell)
    brought = sig.methods or sig.happenings
    return segment.apart and bool(brought) and not (sig.figures or sig.people or sig.harms or sig.targets)


def _bare_toll(sig: Signature) -> bool:
    """A sentence giving harm and nothing that places it (no day, weekday, period, facility, person,
    place or method): "Officials said two people died and 95 were injured" tells the harm of the
    happening just brought in, and only that."""
    anchors = (sig.days, sig.weekdays, sig.periods, sig.facilities, sig.targets, sig.people, sig.places, sig.methods)
    return bool(sig.figures) and not any(anchors)


#: Most words a heading of a place and a day has ("Zhuhai, China, November 11, 2024").
_HEADING_WORDS = 10


def is_place_heading(group: list[Claim]) -> bool:
    """The claims' sentence is a heading naming a place and a day, no sentence of its own: short,
    without closing punctuation ("Magdeburg, Germany, December 20, 2024" over a paragraph)."""
    text = group[0].sentence.strip()
    return (
        bool(text)
        and text[-1] not in '.!?:;"”’)'
        and len(text.split()) <= _HEADING_WORDS
        and any(c.kind == "place" for c in group)
        and any(c.kind == "time" and c.attribute == "date" and c.as_time().get("granularity") == "day" for c in group)
        and all(c.kind in ("place", "time") for c in group)
    )


def entry_stamp(claim: Claim) -> bool:
    """A clock the page stamps an entry with (time role ``publication``), not a time it tells."""
    return claim.kind == "time" and claim.attribute == "clock" and claim.as_time().get("role") == "publication"


def _entry_of_another(group: list[Claim], sig: Signature, current: Signature) -> bool:
    """A live page's entry opening on a happening of another kind than the stretch it follows
    ("11:40 - Wildfire near Castelmar" in a heatwave's live page): that happening's entry, not
    the story's, though a heat may dry the land a fire runs over."""
    return (
        any(entry_stamp(c) for c in group)
        and bool(sig.happenings and current.happenings)
        and not sig.happenings & current.happenings
    )


def _toll_before(sig: Signature, current: Signature) -> bool:
    """A sentence giving a toll of a day before every day of the stretch it follows, which gives a
    toll of its own ("Two people were killed in that shelling on Sunday" after Monday's strike and
    its dead): the document turns to an earlier happening, however near (one text's days are read
    from one publication day, so the day tolerance between reports does not apply) — unless both
    name one person: a follow-up dated by its news ("charged Wednesday") tells the shooting after; or
    both tell one disaster of a kind (``Signature.happenings``: a shipwreck, a quake): a live page's
    opening entry ("in which 78 died on Wednesday") under its later ones ("bringing the dead to 81"
    this afternoon) gives that disaster's toll then; or the sentence retells a toll of the stretch."""
    if not (sig.figures and current.figures and sig.days and current.days) or sig.people & current.people:
        return False  # (a follow-up told by its news, then the shooting its suspect is charged with)
    if sig.happenings & current.happenings:
        return False
    if any(n > 1 for _, n in sig.figures & current.figures):
        return (
            False  # the stretch's own toll retold ("the 50th victim was found at the mosque, where ... died on Friday")
        )
    return max(sig.days) < min(current.days)


def _month_before(
    group: list[Claim], sig: Signature, current: Signature, rules: RuleSet, published: date | None = None
) -> bool:
    """A sentence dated only by a month or a year that ended more than ``time.same_day_tolerance_days``
    before every day of the stretch it follows (a stretch of no day: before the page's publication
    day), giving a toll of its own after that stretch's ("In March it killed 14 soldiers in an
    ambush" after Tuesday's strike and its dead; "Last month, at least 48 people were killed when a
    fuel tanker exploded" after this week's tanker blast): another month's happening, however near
    publication — unless both name one person or tell one disaster that lasts (``Methods.lasts``: a
    heatwave's earlier month is its own). A sudden disaster of one kind a month before is another."""
    days = current.days or ({published.isoformat()} if published is not None else set())
    if not (_other_time(group) and sig.figures and current.figures and days):
        return False
    if sig.people & current.people or any(rules.methods.lasts(h) for h in sig.happenings & current.happenings):
        return False
    if not all(ISO_DAY.fullmatch(d) for d in days):
        return False
    first = min(date.fromisoformat(d) for d in days) - timedelta(days=rules.time.same_day_tolerance_days)
    periods = [c.as_time() for c in group if c.kind == "time" and c.as_time().get("granularity") in _PERIODS]
    ends = [t.get("end") for t in periods]
    return any(t.get("role") in _HAPPENING_ROLES for t in periods) and all(
        isinstance(e, str) and ISO_DAY.fullmatch(e) and date.fromisoformat(e) < first for e in ends
    )


def _page_story(segments: list[Segment], doc: str) -> Segment | None:
    """The stretch the page ``doc`` (the one being cut: the last segments of the list) has told as
    its own story so far: its last one neither background nor set apart nor opened on another
    month or year; None when it has told none yet."""
    for s in reversed(_of_the_page(segments, doc)):
        if not (s.background or s.apart or s.elsewhen):
            return s
    return None


def _keep_only_story(segments: list[Segment]) -> None:
    """A page whose stretches opened by another place's earlier happening (``Segment.elsewhere``)
    are all the happening it tells -- no other of its stretches is anchored (a follow-up told by a
    funeral or a statement: "Mourners gathered in Lviv on Wednesday." then "On April 8 a strike on
    the station in Kramatorsk killed 57") -- tells that happening as its own story: those
    stretches are not set apart."""
    told = {s.doc for s in segments if s.sig.anchored and not s.elsewhere}
    for s in segments:
        if s.elsewhere and s.doc not in told:
            s.elsewhere = s.apart = False
            s.resumes = None
            s.sig.tellers = frozenset({s.doc})


def _elsewhere_before(
    group: list[Claim], sig: Signature, story: Signature, rules: RuleSet, published: date | None
) -> bool:
    """A sentence telling harm of its own (a figure) on a day it names in full ("on March 14", "on
    3 July": a day number, not a weekday or "yesterday"), every day it gives falling more than
    ``time.same_day_tolerance_days`` before the ``story`` the page has told (a story of no day: its
    publication day), at a place that story has not named ("on March 14 the army struck the centre
    of Donetsk, killing 17" on a page about a strike in Kramatorsk): another happening, however near
    in time (``events.background_days`` need not pass) -- unless it names a victim or a suspect (a
    follow-up told by an arrest or a funeral gives its own story so: "Justin Burns died Sept. 13 of
    a gunshot wound at Big Creek Reservoir"; another happening told in passing is told by its toll),
    tells one disaster of a kind with the story, or one at all when the story names no way it came
    about (its "hajj disaster", "the tragedy": "the Sept. 24 stampede" a page weeks on names is its
    own), or retells a toll of the story (as ``_toll_before``)."""
    if not (sig.figures and sig.days and sig.places - story.places):
        return False
    if sig.people or sig.happenings & story.happenings or (sig.happenings and not story.methods):
        return False
    if any(n > 1 for _, n in sig.figures & story.figures):
        return False
    named = [c for c in happening_days(group) if c.as_time().get("resolved", True) and _names_day(c)]
    days = story.days or ({published.isoformat()} if published is not None else set())
    if not named or not days or not all(ISO_DAY.fullmatch(d) for d in (*days, *sig.days)):
        return False
    first = min(date.fromisoformat(d) for d in days) - timedelta(days=rules.time.same_day_tolerance_days)
    return all(date.fromisoformat(d) < first for d in sig.days)


def _names_day(claim: Claim) -> bool:
    """A date written with its day's number ("March 14", "14/3", "Friday, April 8"), not only a
    weekday or a word for a day ("on Friday", "yesterday"), which are read from the page's day."""
    return any(ch.isdigit() for ch in claim.as_time().get("original", ""))


def _new_paragraph(current: Segment, group: list[Claim], text: str | None = None) -> bool:
    """The sentence of ``group`` starts a paragraph after the segment's last one: a blank line
    between them in the document's ``text`` (sentences of no claim may lie between, "Two days
    later, troops went in."); without the text, more than one space-like character between them (a
    blank line; sentences of one paragraph are one space apart). A text with no blank line at all
    (a page saved one paragraph a line) ends a paragraph at each line break."""
    last = max(current.claims, key=lambda c: c.sentence_start, default=None)
    if last is None:
        return False
    end = last.sentence_start + len(last.sentence)
    if text is not None:
        breaks = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_BREAK
        return breaks.search(text, end, group[0].sentence_start) is not None
    return group[0].sentence_start - end > 1


def _opening(current: Segment, first_of: Mapping[str, Segment]) -> bool:
    """``current`` is its document's first event sentence alone (its headline, or its lead);
    ``first_of`` maps each document to its first segment."""
    return first_of.get(current.doc) is current and len({c.sentence_start for c in current.claims}) == 1


def _headline_alone(current: Segment, first_of: Mapping[str, Segment], text: str | None) -> bool:
    """``current`` is its document's headline alone (``ingest.headline_of``): the lead under it
    tells the same story."""
    if text is None or not _opening(current, first_of):
        return False
    headline = headline_of(text)
    said = current.claims[0].sentence.strip().strip("#*_ ")
    return headline is not None and bool(said) and headline.startswith(said)


def _turns_back(sig: Signature, current: Signature, published: date | None, rules: RuleSet) -> bool:
    """A sentence dated long before publication ("Back on 3 July 2009, six people died in ...") tells
    an earlier happening, when the stretch before it is not itself dated that long ago: it starts a
    new segment (background), so the story's lead does not take its day."""
    return _long_before(sig, published, rules) and not _long_before(current, published, rules)


def _long_before(sig: Signature, published: date | None, rules: RuleSet) -> bool:
    """All the days ``sig`` gives fall more than ``events.background_days`` before publication."""
    if published is None or not sig.days:
        return False
    limit = published - timedelta(days=rules.events.background_days)
    return all(date.fromisoformat(d) < limit for d in sig.days)


def _long_after_another(claims: list[Claim], rules: RuleSet) -> bool:
    """A sentence that sets the story a span of more than ``events.background_days`` after a
    happening it names with an indefinite word (``events.earlier_articles``: "comes ten years after
    a fishing boat sank off Pelon, killing about 800 people"): it tells that earlier happening."""
    for c in claims:
        if c.kind != "time" or c.attribute != "elapsed":
            continue
        if float(c.as_time().get("days") or 0) <= rules.events.background_days:
            continue
        rest = c.sentence[c.end - c.sentence_start :].split()
        if rest and rest[0].lower() in rules.events.earlier_articles:
            return True
    return False


def _period_before(claims: list[Claim], published: date | None, rules: RuleSet) -> bool:
    """A sentence dated only by a month or a year ("since 2019, when a hotel fell ...", "in March
    2021") whose every such period ended more than ``events.background_days`` before publication:
    it tells an earlier happening, as a day that long before does — when the period dates or bounds
    a happening of the sentence (not "Grenfell Tower, built in 1974, is 24 storeys high"), or dates
    what was said of it then ("In May 2016, dozens of migrants are reported missing after a boat
    sinks": a report that old is of a happening that old)."""
    if published is None or not _other_time(claims):
        return False
    limit = published - timedelta(days=rules.events.background_days)
    periods = [c.as_time() for c in claims if c.kind == "time" and c.as_time().get("granularity") in _PERIODS]
    ends = [t.get("end") for t in periods]
    return any(t.get("role") in (*_HAPPENING_ROLES, "statement") for t in periods) and all(
        isinstance(e, str) and ISO_DAY.fullmatch(e) and date.fromisoformat(e) < limit for e in ends
    )


def _archive_caption(
    claims: list[Claim], published: date | None, rules: RuleSet, told: Collection[str] = frozenset()
) -> bool:
    """A photo caption (a date of time role ``caption``, or a line marked as an archive picture:
    ``events.archive_words``, "FILE PHOTO") whose every date ended more than
    ``events.background_days`` before publication ("Residents wade through floodwater in September
    2015"; "Riot police fire tear gas at protesters in Basira in November 2024") shows an earlier
    happening: it and the rest of its paragraph tell that one. (A caption of the day, "Wednesday
    June 14, 2017", only dates the picture.) So does one, whatever its age, whose every date is one
    it names itself ("after a strike on March 14", no weekday) more than ``time.same_day_tolerance_days``
    before every day of the story ``told`` above it: the picture is of an earlier happening."""
    if published is None:
        return False
    times = [c.as_time() for c in claims if c.kind == "time" and c.attribute == "date"]
    words = rules.events.archive_words
    marked = any(t.get("role") == "caption" for t in times) or any(w in claims[0].sentence.lower() for w in words)
    if not marked or not times:
        return False
    limit = published - timedelta(days=rules.events.background_days)
    # (a weekday read from the publication day is no date the caption names of its own)
    if told and all(ISO_DAY.fullmatch(d) for d in told) and all(t.get("weekday") is None for t in times):
        first = min(date.fromisoformat(d) for d in told)
        limit = max(limit, first - timedelta(days=rules.time.same_day_tolerance_days))
    # every date of the sentence that long before (not "on Wednesday morning. [Photo] ... 2007" run
    # into one sentence with the story's own day)
    return _all_before(times, limit)


def _of_the_page(segments: list[Segment], doc: str) -> list[Segment]:
    """The segments of ``doc``, the page being cut: the last ones of the list, in order."""
    mine: list[Segment] = []
    for s in reversed(segments):
        if s.doc != doc:
            break
        mine.append(s)
    return mine[::-1]


def _story_days(segments: list[Segment], doc: str) -> set[str]:
    """The days of the story ``doc`` has told so far (its last segments, in order), not of its
    background or of what it sets apart."""
    days: set[str] = set()
    for s in reversed(segments):
        if s.doc != doc:
            break
        if not (s.background or s.apart):
            days |= s.sig.days
    return days


def _all_before(times: list[TimeValue], limit: date) -> bool:
    """Every one of the dates ``times`` ended before ``limit``."""
    return all(
        isinstance(e := t.get("end") or t.get("start"), str)
        and ISO_DAY.fullmatch(e) is not None
        and date.fromisoformat(e) < limit
        for t in times
    )


def _inherit_subject(sig: Signature, context: Signature, rules: RuleSet) -> None:
    """A tally whose sentence names no subject ("it has only focused on six attacks between December
    and February") counts the subject of the tallies the story is telling, when they have one."""
    own = {s for s, _ in sig.tallies if s not in rules.events.tallies.subjects}
    told = {s for s, _ in context.tallies if s in rules.events.tallies.subjects}
    if not own or len(told) != 1:
        return
    subject = told.pop()
    sig.tallies = {(subject if s in own else s, start) for s, start in sig.tallies}
    sig.periods = {f"tally:{subject}" if p.startswith("tally:") and p[6:] in own else p for p in sig.periods}


def _refers_back(group: list[Claim], sig: Signature, context: Signature, rules: RuleSet) -> bool:
    """True when a sentence that clashes with the story's segment only by naming another victim, and
    brings no day, period, facility or new place of its own, refers back to the happening just told
    (``events.refers_back``: "another of the dozens to die in the attack"): it goes on with it."""
    if sig.days or sig.weekdays or sig.periods or sig.facilities or not sig.places <= context.places:
        return False
    if not any(p.search(group[0].sentence) for p in rules.events.refers_back_patterns):
        return False
    unnamed = dataclasses.replace(sig.copy(), people=EMPTY, victims=EMPTY, named=EMPTY, surnames=EMPTY)
    return not clash(context, unnamed, rules)


def _plain_segments(
    claims: Sequence[Claim],
    segments: Sequence[Segment],
    docs: set[str],
    entity_of: dict[str, str],
    known: EntitySets,
    rules: RuleSet,
    published: dict[str, str | None],
) -> list[Segment]:
    """For each of ``docs``, one linking-only segment of its claims in no segment (sentences that
    report no happening: the names, places and days its story is told by), when it has any."""
    told = {c.id for s in segments for c in s.claims}
    latest = _days_after(_published_days(published))
    rest: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.doc in docs and c.id not in told:
            rest[c.doc].append(c)
    return [
        Segment(doc, found, signature(found, entity_of, known, rules, latest.get(doc)), linking=True)
        for doc, found in sorted(rest.items())
    ]


def _published_days(published: dict[str, str | None]) -> dict[str, date]:
    """Each document's ISO publication day, where it has one."""
    return {d: date.fromisoformat(p) for d, p in published.items() if p and ISO_DAY.fullmatch(p)}


def _days_after(published_day: dict[str, date]) -> dict[str, str]:
    """The day after each publication day: a later day is no day of the happening reported."""
    return {d: (day + timedelta(days=1)).isoformat() for d, day in published_day.items()}


def _linking_segments(unanchored: list[Segment]) -> list[Segment]:
    """One linking-only segment per document that reports something of an incident but has no
    anchored happening (a thin follow-up: "the suspect appeared in court"): it may join another
    document's event as a whole story, and makes no event on its own."""
    by_doc: dict[str, list[Segment]] = defaultdict(list)
    for s in unanchored:
        by_doc[s.doc].append(s)
    out = []
    for doc, parts in by_doc.items():
        sig = Signature()
        for s in parts:
            sig.absorb(s.sig)
        if sig.harms or sig.people or sig.figures or sig.methods or sig.days:
            out.append(Segment(doc, [c for s in parts for c in s.claims], sig, linking=True))
    return out
