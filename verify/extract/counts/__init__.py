"""Find the figures a sentence states about an incident: killed, injured, attacks, beds ...

``extract_counts(sent, ctx, rules)`` yields one ``Mention(kind="count")`` per figure. A figure is a
worded number ("At least 246 civilians", "nearly 60", "dozens of people") or a singular victim ("A
25-year-old man", a named person, "himself"); what it counts is read from the dependency parse: the
attribute is the first count word (``rules.counts.words``) that governs it — its own noun ("six
attacks"), a participle on it ("45 civilians killed"), or the verb it is subject or object of
("were killed", "killing two doctors", "reported dead"). A figure no count word governs, or whose
noun is not a counted subject (``rules.counts.subjects``), is not a count: ages, addresses, dates, bombs.

Value keys: ``low``, ``high`` (None = open above), ``best``, ``qualifier`` (as worded or None),
``unit`` (a key of ``rules.counts.subjects``, or the attribute noun for attacks/beds/patients; "people" when
unstated), ``subject`` (head noun as written or None), ``words`` (the number words as written),
``parts`` (composed figures: the parts' texts and values), ``part`` (True for a subset such as
"including 40 children": never add it to a total), ``hit`` (True for an ``injured`` figure read
only from "shot" or from a wound had, "suffered a gunshot wound": the Gun Violence Archive counts
such victims as injured unless they died),
``minus`` (the fatal subset subtracted from a "shot" figure: "two men were shot, one fatally"),
``shooter`` (True for the shooter's own death: "before killing himself", "took his own life") and
``period`` (the period words as written, for a cumulative toll over a period rather than one
incident: "131 people wounded or killed in the city so far this year"; ``rules.counts.period_patterns``), with
``period_start`` (a partial ISO date: ``2015-09``, ``2016-04-22``, ``2011``, ``--09`` when no year is
stated nor published) and ``period_length`` (``P12W`` for "in the past 12 weeks") as far as the words
and the publication date give them (``special.period_bounds``).

A figure whose governing word is negated ("two other kids ... were not hurt") is not a count.

Revisions (``verify.extract.revisions``): the new figure of a cue such as "the toll rose to 64
from 31" carries ``revision`` (``{"direction", "cue", "kind", "earlier"}``) and the earlier one
``earlier_of`` (the new figure's words): never a second current toll. A figure only a cue
governs ("the death toll has risen to 154") counts what the cue's subject names.

Composition: coordinated figures governed by one word are ONE claim whose value is the sum of its
parts ("Dr X, five colleagues and at least three children died" -> low 9, high None); the
shooter's own death joins the victims' figure of a clause it is linked to ("killed his son before
fatally shooting himself" -> 2).

The work is split by step: ``figures`` finds the figures, ``govern`` reads what each
counts, ``special`` handles the shooter's own death and period tolls, ``compose``
joins coordinated figures and writes the values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

from spacy.tokens import Span, Token

from ...models import CountValue
from ...rules import RuleSet
from ...text.places import country_or_state
from ..base import Mention, SentenceContext, facts_of
from ..datelines import dateline_end
from ..entities import bare_name, towns_named
from ..setting import read_setting, years_before
from ..sources import speaker_of, speaker_text
from ..timeroles import died_later, role_words
from .carry import carry_place
from .compose import (
    claim_value,
    co_subject,
    doc_text,
    elsewhere,
    group_figures,
    in_care,
    link_later_deaths,
    link_parts,
    qualified_attribute,
    share_list_roles,
    value_of,
    victim_role,
)
from .figures import PERSONAL, REFLEXIVE, Figure, count_word, find_numbers, find_singulars
from .govern import govern_figures, kin_told, remains_of
from .measures import find_measures
from .revisions import (
    anaphoric_cues,
    find_revisions,
    is_difference,
    revised_figures,
    revision_marks,
    revision_phrase_role,
)
from .roles import (
    adjacent_role,
    inclusive_suffix,
    negated_role,
    noun_role,
    ordinal_victims,
    phrase_roles,
    thing_attribute,
    toll_role,
    verb_of,
)
from .scope import (
    area_of,
    beyond_a_place,
    died_at,
    group_of,
    group_of_noun,
    in_a_room,
    level_of,
    spans_of,
    where_of,
    within_of,
)
from .sites import named_site, site_name, site_of, split_by_site
from .special import find_periods, join_agents, join_shooters, period_bounds, self_kills
from .status import status_of, wished_for
from .steps import group_parts, restated_parts, revised_across, running_steps, vague_parts

# A period that starts on a day ("since June 12": 2025-06-12, or --06-12 when no year is known)
_A_DAY = re.compile(r"(?:\d{4}|-)-\d\d-\d\d")

__all__ = [
    "carry_place",
    "extract_counts",
    "group_parts",
    "restated_parts",
    "revised_across",
    "running_steps",
    "vague_parts",
]


def extract_counts(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    """Yield one ``count`` mention per figure the sentence states (see the module docstring)."""
    if ctx.link:
        return
    measures = list(find_measures(sent, rules))
    measured = {i for f in measures for i in range(f.first, f.last + 1)}
    # "BEIRUT: A gas attack ...", "Kerrin, April 5 (Wire) - ...": the dateline names no victim
    opening = dateline_end(sent)
    measured |= set(range(sent.start, opening))
    figures = [
        f
        for f in find_numbers(sent, rules)
        if not measured & set(range(f.first, f.last + 1)) and not _a_ratio(f, rules)
    ]
    for f in figures:
        if _one_described(f, rules):
            f.singular = True  # "One resident who had just been rescued said ...": a witness, no count
    taken = {i for f in figures for i in range(f.first, f.last + 1)} | measured
    towns = towns_named(facts_of(sent, ctx.facts), rules)
    # "None of the dead were civilians": a "none" with no counted noun is read as a zero of its role
    nones = {f.first for f in figures if f.noun is None and sent.doc[f.first].lower_ in rules.figures.zeros.none}
    singles = list(find_singulars(sent, taken - nones, rules))
    zeros = {f.first for f in singles if f.zero}
    figures = [f for f in figures if f.first not in nones or f.first not in zeros]
    figures += [
        f
        for f in singles
        if not (
            f.node.pos_ == "PROPN"
            and f.node.ent_type_ == "PERSON"
            and bare_name(sent.doc[f.first : f.last + 1].text) in towns
        )
    ]  # (a town the model took for a person's name: "the rebel-held town of Kafr Talun" is no one held)
    figures.sort(key=lambda f: f.first)
    govern_figures(figures, rules)
    cues = find_revisions(sent, rules)
    if cues:
        cues = anaphoric_cues(cues, figures, sent, rules)
        figures = revised_figures(figures, cues, sent, rules)
    figures += list(self_kills(sent, figures, rules))
    figures.sort(key=lambda f: f.first)
    killed = rules.counts.killed
    for figure in figures:
        if figure.node.lower_ in REFLEXIVE and killed is not None and figure.attribute == killed:
            figure.shooter = True
        if (
            figure.singular
            and not figure.shooter
            and (
                figure.attribute not in rules.counts.victims
                or not victim_role(figure.node)
                or figure.node.lower_ in PERSONAL
                and figure.attribute != killed
            )
        ):
            figure.attribute = None  # "Smith lives at ...": one person is a victim count or nothing
    _elided_nouns(figures, rules)
    extra = _read_roles(figures, sent, rules)
    _revision_roles(figures, cues, sent, rules)
    _respective_roles(figures, sent, rules)
    for figure in figures:
        _killed_and_hurt(figure, rules)
    _fill_gaps(figures)
    _bare_tolls(figures, rules)
    _rival_figures(figures, rules)
    for figure in figures:
        if (
            remains_of(figure, figure.attribute, rules)
            or kin_told(figure, rules)
            or _of_another_year(figure, sent, ctx, rules)
            or _of_an_earlier_happening(figure, sent, rules)
        ):
            figure.attribute = None
        elif figure.kind == "people" and figure.attribute in (None, rules.counts.killed, rules.counts.injured):
            care = in_care(figure, rules)
            if care == "still":
                # "the toll has risen to 63 while 123 are still under treatment": those still in
                # care, whatever role the parse hung the number on — a count that falls as they go
                # home, never the toll of the hurt
                figure.attribute = rules.figures.in_care.role
            elif care == "of the hurt":
                figure.attribute, figure.part = rules.counts.injured, True  # some of the hurt
            elif care == "treated" and figure.attribute == rules.counts.killed:
                # "a total of 88 victims are undergoing treatment": the dead are treated by no one,
                # whatever made the figure a toll ("a total of"); those in care now
                figure.attribute = rules.figures.in_care.role
            elif care == "treated":
                figure.treated = True  # everyone hurt the day it happened; those in care when said later
    for figure in figures:
        if figure.kind == "people" and (not figure.singular or figure.zero):
            figure.group = group_of(figure, rules)
        if figure.zero and figure.status == "reported" and wished_for(figure, rules):
            figure.status = "hypothetical"  # "hoping there will be no more fatalities": no toll of nought
    link_parts(
        figures,
        sent,
        rules.figures.role_words,
        rules.figures.present_wholes,
        rules.figures.population_wholes,
        rules.figures.present_marks,
    )
    _severely_hurt(figures, rules)
    link_later_deaths(figures, lambda verb: died_later(verb, role_words(rules)))
    for figure in figures:
        if not figure.part and (
            # (the dead identified, "Of those who died, nine have been identified", are a measure of their own)
            _of_a_subset(
                figure, rules.figures.partitive_openers if figure.attribute in rules.counts.tolls else frozenset()
            )
            or _of_a_group(figure, rules)
            or _own_people(figure)
            or _by_own_team(figure, rules)
            or _kin_lost(figure, rules)
            or _one_family(figure, rules)
            or _none_among_some(figure, rules)
            or _died_escaping(figure, rules)
        ):
            figure.part = True
        elif not figure.part and figure.kind == "people" and _of_one_family(figure, rules):
            figure.group = rules.figures.people.kin_group  # "18 members of a single family were confirmed dead"
    split_by_site(figures, rules.figures.sites)
    for figure in figures:
        if figure.attribute is not None and not figure.singular:
            if figure.status == "reported":
                figure.status = status_of(figure, sent, rules)
            figure.within = within_of(figure, rules)
            if figure.kind == "people":
                figure.where, figure.where_said = where_of(figure, sent, rules)
                if died_at(figure.noun or figure.node, rules):
                    figure.part = True  # one hospital's dead, counted hospital by hospital: no toll
                if beyond_a_place(figure, rules):
                    figure.part = True  # "170 more killed outside of Derna": the rest's, no toll
                if in_a_room(figure, rules):
                    figure.part = True  # "ten people were found dead in the refectory": one room's, no toll
                figure.spans = spans_of(figure, rules)
                figure.level, named = level_of(figure, rules)
                figure.where = figure.where or named  # "in the city of Merrick", a name the parser missed
                figure.area = area_of(figure, sent, rules)
                if figure.area in rules.figures.areas.extents and figure.where and not _countrywide(figure.where):
                    # "In Sunsari, two died ..., bringing the nationwide toll to 19": the whole
                    # country's figure, not the fronted town's
                    figure.where = None
        elif figure.attribute is not None and figure.zero and figure.kind == "people":
            # "No fatalities have been reported in Cuba": a zero of that country's, never of the whole
            figure.where, figure.where_said = where_of(figure, sent, rules)
    for figure in figures:
        if figure.like is not None and figure.status == "reported":
            figure.status = figure.like.status  # "1,200 excess deaths, with a range of 980 to 1,420"
    _shared_area(figures)
    _sum_of_places(figures, sent)
    share_list_roles(figures)
    roots = group_figures(
        [
            f
            for f in figures
            if f.attribute is not None
            or f.node.dep_ in ("conj", "appos")
            or f.node.lower_ in REFLEXIVE
            or co_subject(f, figures) is not None
        ],
        rules.figures.in_care.places,
        rules.counts.revisions.successive,
        rules.figures.beside_phrases,
    )
    deaths = [f for f in roots if killed is not None and f.attribute == killed and f.governor is not None]
    periods = find_periods(sent, rules) if roots else []
    join_shooters(roots, deaths)
    join_agents(roots, deaths)
    roots += _ranked_victims(sent, rules)
    for figure in roots + measures:
        if figure.attribute is None:
            continue
        if figure.measure and figure.status == "reported":
            # "the valley normally receives about 110 mm", "up to 150 mm could fall": no measure of it
            figure.status = status_of(figure, sent, rules)
        if figure.measure:
            figure.within = within_of(figure, rules)  # "the Palisades Fire has grown to 21,317 acres"
        value = (
            claim_value(figure, sent, rules, deaths, periods)
            if not figure.measure
            else cast(CountValue, dict(figure.quantity))
        )
        if cues:
            value.update(cast(CountValue, revision_marks(figure, figures, cues, sent)))
        if value.get("period"):
            bounds = period_bounds(value["period"], ctx.published)
            begins = str(bounds.get("period_start") or "")
            if value.get("revision") and (bounds.get("period_length") or not begins or _A_DAY.fullmatch(begins)):
                # "three more bodies in 24 hours, lifting the toll to 149": 149 is a level, and so is
                # a toll risen "since June 12" (most often the happening's own first day); but a
                # toll counted from a year or a month ("so far in 2024 the toll has reached 923",
                # "has risen to 26,924 since 2014") is still that period's total
                del value["period"]
            else:
                value.update(cast(CountValue, bounds))
        value["status"] = "earlier" if value.get("earlier_of") else figure.status
        if (
            value["status"] == "reported"
            and cues
            and not value.get("revision")
            and is_difference(figure, figures, cues)
        ):
            value["status"] = figure.status = "increment"  # compared under <attribute>_increment
        risen = revision_marks(figure.total, figures, cues, sent).get("revision") if cues and figure.total else None
        if value["status"] == "reported" and not value.get("revision") and risen and risen.get("direction") == "up":
            # "the toll has risen to 17, including 15 children": the part rose with its toll
            value["revision"] = {**risen, "earlier": None}
        if figure.group:
            value["group"] = figure.group
        if figure.treated and figure.attribute == rules.counts.injured:
            value["in_care"] = True
        if figure.where:
            value["where"] = figure.where
        elif figure.total is not None and figure.total.where:
            value["where"] = figure.total.where  # "154 killed in Iran, including nine children": Iran's too
        if (
            figure.kind == "people"
            and not figure.singular
            and any(f is figure for f in figures)  # (no ranked victim: "the 50th victim was found at ...")
            and not any(f.total is figure for f in figures)  # (a total broken down site by site is no site's)
            and (site := site_of(figure, rules.figures.sites)) is not None
            and named_site(site, rules.figures.sites)
            # (a hospital's dead or hurt are those it took in or cared for, counted hospital by
            # hospital: no count of a site the attack hit, compared with no other hospital's)
            and site.lemma_.lower() not in rules.figures.in_care.places
        ):
            value["site"] = site_name(site, rules.figures.sites)  # compared only with its site's counts
        if figure.where_said:
            value["where_said"] = figure.where_said
        if figure.within:
            value["within"] = figure.within
        if figure.spans and not figure.where:
            value["spans"] = figure.spans
        if figure.area:
            value["area"] = figure.area
        if figure.level and not figure.where:
            value["level"] = figure.level
        if figure.total is not None:
            value["part_of"] = doc_text(sent, figure.total)
        last = max(p.last for p in [figure, *figure.members])
        start, end = _span(sent, figure.first, last)
        speaker = speaker_of(figure.node, sent, rules)  # its own speaker before the sentence's source
        by = speaker_text(speaker, facts_of(sent, ctx.facts).text) if speaker is not None else None
        attribute = qualified_attribute(figure)
        if attribute == figure.attribute and figure.kind == "people" and not figure.singular:
            # "the toll of 42 ... includes the attackers": no step of the toll without them
            suffix = inclusive_suffix(figure, sent, rules)
            attribute = attribute if suffix is None else f"{attribute}_{suffix}"
        yield Mention("count", attribute, start, end, value, cited_source=by)
        for other, status in extra.get(id(figure), ()):
            yield Mention(
                "count",
                other,
                start,
                end,
                cast(CountValue, {**value, "status": status or value["status"]}),
                cited_source=by,
            )
        if figure.members and not figure.measure and figure.attribute is not None and value["status"] == "reported":
            # the members of a sum that count a group ("three Syrians, one Egyptian and three
            # Lebanese citizens") are that group's figures too, parts of the sum
            whole = sent.doc[figure.first : last + 1].text
            for member in [figure, *figure.members]:
                if member.group and not member.singular:
                    m_start, m_end = _span(sent, member.first, member.last)
                    part = cast(CountValue, {**value_of(member, rules, sent), "part": True, "group": member.group})
                    part["status"] = "reported"
                    part["part_of"] = whole
                    # counted where and over the span the sum is ("two women and six children in
                    # Kashmore" in the past day: six children of Kashmore's day, not of the toll)
                    for key in _SCOPE_KEYS:
                        if key in value and key not in part:
                            part[key] = value[key]  # type: ignore[literal-required]
                    yield Mention("count", f"{figure.attribute}_{member.group}", m_start, m_end, part, cited_source=by)


#: What limits a sum to a place or a span, and so each of its members too.
_SCOPE_KEYS = ("where", "level", "period", "period_start", "period_length")

_RESTRICTING = ("only", "just", "merely")


def _happening_years(noun: Token, rules: RuleSet) -> list[str]:
    """The years that date ``noun`` when it names a happening ("the 2017 mudslide", "a 2011 quake");
    none for any other noun. (The year may be tagged a part of the happening's name: "the 2016
    Ridgeback Fire", EVENT.)"""
    if noun.lemma_.lower() not in rules.happening_words and noun.lower_ not in rules.happening_words:
        return []
    return [c.text for c in noun.children if c.dep_ in ("nummod", "compound", "amod", "nmod") and c.like_num]


def _earlier_measured(noun: Token, ctx: SentenceContext, rules: RuleSet) -> bool:
    """``noun`` is a happening dated by a year before the story's ("the 2018 Camp Fire", "a 2011
    quake") that the sentence measures the story's happening against: the object of a word of
    comparison or sequence ("since", "than", ``background``) or of a verb of surpassing, within a
    few steps up. What a clause describing it tells is that happening's, whatever the sentence's
    other dates: the story's own toll may stand beside it ("36 had died, the deadliest since ...")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("in", "at", "near"):
        noun = noun.head.head  # "the 2018 Camp Fire in the north, which killed ...": hung on the place
    if not any(years_before(year, ctx.published) for year in _happening_years(noun, rules)):
        return False
    words = rules.background
    cues = {*words.comparison_words, *(w for w in words.sequence_words if " " not in w)}
    node = noun
    for _ in range(4):
        up = node.head
        if up.i == node.i:
            return False
        if node.dep_ == "pobj" and up.lower_ in cues:
            return True
        if node.dep_ == "dobj" and up.lemma_.lower() in words.comparison_verbs:
            return True
        node = up
    return False


def _of_another_year(figure: Figure, sent: Span, ctx: SentenceContext, rules: RuleSet) -> bool:
    """The figure's own clause sets what befell them in a year before the story's ("the same place
    where five people went missing in a 2019 landslide"): a figure of that happening, which the
    sentence only recalls beside the story's own (a whole sentence dated so is a background
    segment of its own: ``verify.cluster.segments``)."""
    if figure.attribute is None or figure.kind != "people":
        return False
    # "surpassing the 103 people killed during Hurricane Omar in August 2019": the verb of a clause
    # that describes the counted noun tells what befell them, before any verb above the figure
    noun = figure.noun
    described = (
        next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
        if noun is not None
        else None
    )
    verb = described or next((t for t in [figure.node, *figure.node.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if verb.dep_ in ("relcl", "acl") and _earlier_measured(verb.head, ctx, rules):
        return True  # "the deadliest since the 2018 Camp Fire, which killed at least 85 people"
    when = read_setting(verb, sent, rules).when
    # ... or any date the verb takes by a preposition ("killed during Hurricane Omar in August 2019")
    dates = [when] if when is not None else []
    dates += [
        e.text for e in sent.ents if e.label_ == "DATE" and e.root.head.dep_ == "prep" and e.root.head.head.i == verb.i
    ]
    # (a span's start is no other year's: "between 3 March 2031 and 4 February 2032, 36,900 cases")
    bounds = frozenset(rules.time.roles.bounds)
    text = sent.text.lower()
    dates = [d for d in dates if not _opens_a_span(d.lower(), text, bounds)]
    if verb.dep_ in ("relcl", "acl"):
        # ... or the year of the happening its clause describes ("the 2017 mudslide that killed
        # some 1,000 people"): what that clause tells is the earlier happening's
        dates += _happening_years(verb.head, rules)
    if not any(years_before(d, ctx.published) for d in dates):
        return False
    # only beside a day of the story's own ("Earlier on Sunday, ..."): a sentence all of whose dates
    # are of that year is the background segment's to tell
    return any(e.label_ == "DATE" and not years_before(e.text, ctx.published) for e in sent.ents)


def _opens_a_span(when: str, text: str, bounds: frozenset[str]) -> bool:
    """The date ``when`` (lower case) is a bound of a span in the sentence ``text`` (lower case):
    it opens with a word of ``time.roles.bounds`` or comes right after one ("between 3 march 2031")."""
    first = when.split(" ", 1)[0]
    return first in bounds or any(f"{b} {when}" in text for b in bounds)


def _of_an_earlier_happening(figure: Figure, sent: Span, rules: RuleSet) -> bool:
    """The figure's clause tells an earlier happening the story's own is set after, at a place it
    names ("The collapse comes three years since a dam burst in Mariana, killing 19 people"): a
    clause the setting reads as a ``sequence`` (``background.sequence_verbs`` with
    ``sequence_words``) whose main clause has one of ``background.story_nouns`` for subject — the
    story's happening set beside another. ("The arrests come days after a blast in X killed 12" may
    well tell the story's own toll: arrests are no happening.)"""
    if figure.attribute is None or figure.kind != "people":
        return False
    nouns, verbs = frozenset(rules.background.story_nouns), frozenset(rules.background.sequence_verbs)
    path = [figure.node, *figure.node.ancestors]
    for below, verb in zip(path, path[1:], strict=False):
        if not sent.start <= verb.i < sent.end or verb.lemma_.lower() not in verbs:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lemma_.lower() not in nouns:
            return False
        # the clause or phrase below the sequence verb that holds the figure, read as a setting
        heads = [t for t in path[: path.index(below) + 1] if t.pos_ in ("VERB", "AUX", "NOUN", "PROPN")]
        return any(read_setting(t, sent, rules).aside == "sequence" for t in heads)
    return False


def _one_described(figure: Figure, rules: RuleSet) -> bool:
    """ "One" person described as a particular one — by a relative clause ("one resident who had
    just been rescued"), or as the speaker of a reporting verb ("one survivor told reporters") —
    is a person, like "a resident", not a count of one."""
    noun = figure.noun
    if noun is None or noun.tag_ != "NN" or figure.quantity.get("best") != 1:
        return False
    if noun.doc[figure.first].lower_ not in ("one", "1"):
        return False  # "at least one person"
    if any(c.dep_ == "relcl" for c in noun.children):
        return True
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in rules.sourcing.cue_verbs


def _of_a_group(figure: Figure, rules: RuleSet) -> bool:
    """A figure counted out of a group its role names: "two of the wounded died overnight", "five of
    the dead were children", or out of everyone harmed ("two of the victims had serious injuries",
    ``figures.people.harmed``) — a part of that group (or people moving from it to this role),
    never the toll itself."""
    # (those identified or discharged are always some of the victims: "four of the victims have been
    # identified" is the count of the identified, ``figures.noun_yields``)
    wholes = rules.figures.people.harmed if figure.attribute not in rules.figures.noun_yields else frozenset()
    for prep in figure.node.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if (
                    obj.dep_ == "pobj"
                    and (obj.lower_ in rules.figures.role_words or obj.lower_ in wholes)
                    and any(d.lower_ in ("the", "those", "these") for d in obj.children)
                ):
                    return True
    return False


def _none_among_some(figure: Figure, rules: RuleSet) -> bool:
    """A count of none said of some of the people only: "no injuries among the crew", "all 22 crew
    members were accounted for with no injuries" — the crew's none, a part, never set against the
    toll of those hurt elsewhere. (A people word of ``figures.people.general`` is everyone: "no
    injuries among the people inside" is the event's none.)"""
    general = rules.figures.people.general
    if not figure.zero or figure.noun is None or figure.noun.lower_ in general:
        return False

    def some(noun: Token) -> bool:
        """A people noun that names a group ("the crew", "crew members", "the nurses")."""
        if noun.pos_ != "NOUN":
            return False
        named = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i] + [noun]
        return any(bool(group_of_noun(t, rules)) or t.lower_ in rules.figures.people.own_staff for t in named) and not (
            len(named) == 1 and (noun.lower_ in general or noun.lemma_.lower() in general)
        )

    node = figure.noun
    if any(
        p.dep_ == "prep" and p.lower_ == "among" and any(some(o) for o in p.children if o.dep_ == "pobj")
        for p in node.children
    ):
        return True
    if node.dep_ == "pobj" and node.head.lower_ in ("with", "without") and node.head.head.pos_ == "VERB":
        verb = node.head.head
        return any(c.dep_ in ("nsubj", "nsubjpass") and some(c) for c in verb.children)
    return False


def _own_people(figure: Figure) -> bool:
    """A group the speaker owns ("the deaths of its two employees", ``figures.people.own``): the
    body's own people, a part of the toll others count, with or without "of"."""
    return (figure.group or "").startswith("own_")


def _severely_hurt(figures: list[Figure], rules: RuleSet) -> None:
    """A part of the hurt told by how badly ("including dozens with serious injuries",
    ``figures.severe``): those so hurt, in the rules' role, never a count of all the hurt."""
    severe = rules.figures.severe
    if severe.role is None:
        return
    for figure in figures:
        if (
            figure.total is not None
            and figure.attribute == rules.counts.injured
            and any(t.lower_ in severe.words for t in figure.node.subtree)
        ):
            figure.attribute = severe.role


def _by_own_team(figure: Figure, rules: RuleSet) -> bool:
    """A figure of the work a body's own teams did (``figures.people.own_teams``: "its medical
    teams had recovered bodies of 23 and treated another 23 injured"): the subject of the figure's
    verb, or of the verb it is coordinated with, is one of its teams — the share they handled."""
    people, teams = rules.figures.people, rules.figures.people.own_teams
    if teams is None:
        return False
    verb = verb_of((figure.noun or figure.node).head)
    if verb.lemma_.lower() not in teams.verbs:
        return False  # "its teams counted 140 wounded": who gives the toll, not a share of it
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(
        c.dep_ == "nsubj"
        and (c.lower_ in teams.nouns or c.lemma_.lower() in teams.nouns)
        and any(p.dep_ == "poss" and p.lower_ in people.own for p in c.children)
        for v in verbs
        for c in v.children
    )


def _died_escaping(figure: Figure, rules: RuleSet) -> bool:
    """The dead a clause counts by how they tried to get away (``figures.escape_deaths``: "two
    victims died after jumping from the building", "were confirmed to have died after jumping"):
    some of the dead, never the toll."""
    escape = rules.figures.escape_deaths
    if figure.attribute != rules.counts.killed or not escape.acts:
        return False
    verb = (figure.noun or figure.node).head
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in escape.prepositions:
                acts = [g for g in c.children if g.dep_ == "pcomp"]
            elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in escape.prepositions for m in c.children):
                acts = [c]  # "died after they jumped"
            else:
                continue
            if any(
                (a.lemma_.lower() in escape.acts or a.lower_ in escape.acts)
                and any(p.dep_ in ("prep", "prt") and p.lower_ in escape.away for p in a.children)
                for a in acts
            ):
                return True  # (not "died after jumping into the river to save a child": no getting away)
    return False


def _kin_lost(figure: Figure, rules: RuleSet) -> bool:
    """A mourner's own losses (``figures.people.kin``): "In my family, we lost about 52 people",
    "he lost 50 members of his family" — a figure under a verb of ``kin_verbs`` with a kin noun a
    possessive owns, in the figure's own words or a phrase of its clause. A part of the toll."""
    people = rules.figures.people
    node = figure.noun if figure.noun is not None else figure.node
    verb = verb_of(node.head)
    if verb.lemma_.lower() not in people.kin_verbs:
        return False

    def owned_kin(token: Token) -> bool:
        return token.lower_ in people.kin and any(
            c.dep_ == "poss" and c.lower_ in people.kin_owners for c in token.children
        )

    own = [t for t in node.subtree if t.i != node.i]
    clause = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(owned_kin(t) for t in own) or any(owned_kin(t) for t in clause)


def _one_family(figure: Figure, rules: RuleSet) -> bool:
    """One family's dead told beside the others ("14 people from one family also died", "five
    members of the same family were also killed", ``figures.people.kin_one``): a part of the toll,
    never the toll. Without "also" the family's dead may be all the dead ("five members of one
    family were killed when their house burned"): the group ``kin_group`` (``_of_one_family``)."""
    node = figure.noun if figure.noun is not None else figure.node
    verb = verb_of(node.head)
    return _of_one_family(figure, rules) and any(
        c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in verb.children
    )


def _of_one_family(figure: Figure, rules: RuleSet) -> bool:
    """The figure counts the members of one family: its noun is "from" or "of" a ``kin`` noun one of
    ``kin_one`` sets apart ("18 members of a single family", "14 people from one family")."""
    people = rules.figures.people
    node = figure.noun if figure.noun is not None else figure.node
    return any(
        kin.lower_ in people.kin and any(c.lower_ in people.kin_one for c in kin.children)
        for prep in node.children
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
        for kin in prep.children
        if kin.dep_ == "pobj"
    )


def _of_a_subset(figure: Figure, openers: frozenset[str] = frozenset()) -> bool:
    """A figure counted among a part of what the story is about: "among those flats the tally is
    18", "among them, 12 died", "among them three of our own employees"; "60 people died in only
    23 flats"; a part of a total told before ("Two of them died in hospital", "The district's
    figure includes two people who died at home"). Never the toll itself, nor the total a list
    after it counts ("has reached 34, among them eight children"); a figure after a fronted "of"
    naming no figure (``openers``: "Of those killed, 42 died at the mosque", "Of the dead, ...")."""
    node = figure.noun or figure.node
    if (
        node.dep_ == "dobj"
        and node.head.lemma_.lower() == "include"
        and not any(c.dep_ == "det" and c.lower_ == "the" for c in node.children)
    ):
        # "the district's figure includes two people who died at home": a part of a total named,
        # not a toll ("that total includes the 471 people ..." names a toll known: the event's own)
        return True
    if {"the", "other"} <= {c.lower_ for c in node.children if c.dep_ in ("det", "amod")}:
        return True  # "could not confirm the other two deaths": the rest of a total, not a toll
    verb = verb_of(node.head)
    for holder in {node, verb, figure.node}:
        for prep in (c for c in holder.children if c.dep_ == "prep"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if (
                holder is figure.node
                and prep.lower_ == "of"
                and any(o.lower_ in ("them", "those", "whom") for o in objects)
            ):
                return True  # "Two of them died": of a total an earlier sentence gave
            if (
                holder is verb
                and prep.lower_ == "of"
                and prep.i < figure.first
                and any(o.lower_ in openers and not any(c.dep_ == "nummod" for c in o.children) for o in objects)
            ):
                return True  # "Of those killed in the massacre, 42 died at ...": of the page's own total
            if (
                prep.lower_ == "among"
                and prep.i < node.i
                and any(
                    o.lower_ in ("them", "those", "these") or any(d.lower_ in ("those", "these") for d in o.children)
                    for o in objects
                )
            ):
                return True
            if prep.lower_ in ("in", "at", "from", "inside") and any(
                any(n.dep_ == "nummod" and any(r.lower_ in _RESTRICTING for r in n.subtree) for n in o.children)
                or any(d.lower_ in _RESTRICTING for d in o.children if d.dep_ == "advmod")
                for o in objects
                if o.i != node.i
            ):
                return True
    return False


def _countrywide(where: str) -> bool:
    """Whether every place a figure is limited to is a country or a state."""
    return all(country_or_state(w) for w in where.split("+"))


def _shared_area(figures: list[Figure]) -> None:
    """Figures of different tolls given together ("371 killed and 1,089 injured in areas under
    government control") share the one area of control the sentence gives any of them, when they
    count the same place on one body's word and none names another area."""
    people = [f for f in figures if f.kind == "people" and f.attribute is not None and not f.part and not f.singular]
    areas = {f.area for f in people if f.area}
    if len(areas) != 1 or len({f.attribute for f in people}) < 2 or len({(f.where, f.where_said) for f in people}) > 1:
        return
    area = areas.pop()
    for f in people:
        if f.area is None:
            f.area = area


def _fill_gaps(figures: list[Figure]) -> None:
    """A place's figure with its verb and noun left out ("Turkey lost 38,044 people and Syria
    3,688", "300,000 people in Tamaria and about 85,000 in Orsania were moved to shelters") counts
    what the figure before it counts."""
    by_node = {f.node.i: f for f in figures}
    for figure in figures:
        if figure.attribute is not None:
            continue
        if figure.gapped:
            before = [f for f in figures if f.last < figure.first and f.attribute is not None and f.kind == "people"]
            if before:
                figure.attribute = before[-1].attribute
        elif (
            figure.node.dep_ == "conj"
            and (head := by_node.get(figure.node.head.i)) is not None
            and head.attribute is not None
            and head.kind == figure.kind == "people"
            and elsewhere(figure, head)
        ):
            figure.attribute = head.attribute


def _a_ratio(figure: Figure, rules: RuleSet) -> bool:
    """The figure multiplies another (``figures.ratios``: "about three times higher than the UN's
    estimate"): the word after it, or a child of its number, is a word of ratio."""
    doc = figure.node.doc
    after = doc[figure.last + 1].lower_ if figure.last + 1 < len(doc) else ""
    return after in rules.figures.ratios or any(
        c.dep_ == "quantmod" and c.lower_ in rules.figures.ratios for c in figure.node.children
    )


def _elided_nouns(figures: list[Figure], rules: RuleSet) -> None:
    """A bare figure, the subject of a clause joined to one whose subject is a figure with a noun
    ("At least 17 children were among the dead and seven were being treated in hospitals"), counts
    that noun's people (``Figure.elided``): seven children, not seven of everyone hurt. Remains
    (``figures.status.stepwise``) are found, never feared: "five bodies have been recovered but
    hundreds more are feared dead" counts the feared dead, not bodies."""
    for figure in figures:
        node = figure.node
        if (
            figure.noun is not None
            or figure.singular
            or figure.kind != "people"
            or node.dep_ not in ("nsubj", "nsubjpass")
            or node.head.dep_ != "conj"
        ):
            continue
        verb = node.head.head
        said = [
            f.noun
            for f in figures
            if f is not figure
            and f.noun is not None
            and f.noun.i < node.i
            and f.noun.dep_ in ("nsubj", "nsubjpass")
            and f.noun.head.i == verb.i
        ]
        feared = node.head.lower_ in rules.figures.presumed or node.head.lemma_.lower() in rules.figures.presumed
        if said and not (feared and said[0].lower_ in rules.figures.status.stepwise):
            figure.elided = said[0]


def _bare_tolls(figures: list[Figure], rules: RuleSet) -> None:
    """A figure given as the value of a bare toll noun (``figures.bare_tolls``) after a figure of people in its sentence ("41
    people were killed, while the railway stuck to its figure of 38") counts what that one counts,
    and in its way (its status, read later): the sentence sets the two side by side."""
    for figure in figures:
        node = figure.noun or figure.node
        if figure.kind != "people":
            continue
        if not (
            node.dep_ == "pobj"
            and node.head.lower_ == "of"
            and node.head.head.lemma_.lower() in rules.figures.bare_tolls
        ):
            continue
        before = [f for f in figures if f.last < figure.first and f.attribute is not None and f.kind == "people"]
        if before and figure.attribute in (None, before[-1].attribute):
            figure.attribute = before[-1].attribute
            figure.like = before[-1]


def _rival_figures(figures: list[Figure], rules: RuleSet) -> None:
    """A bare number another speaker gives after a figure of people in its sentence ("The UN
    estimates at least 3,000 were killed; the government says 1,200"): the object of a cue verb
    (``sourcing.cue_verbs``) of its own, with a subject of its own, counts what the figure before
    counts; its speaker and its status are its own clause's."""
    cues = set(rules.sourcing.cue_verbs)
    for figure in figures:
        node, verb = figure.node, figure.node.head
        if (
            figure.attribute is not None
            or figure.noun is not None
            or figure.singular
            or figure.kind != "people"
            or node.dep_ != "dobj"
            or not {verb.lower_, verb.lemma_.lower()} & cues
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < node.i), None)
        if subject is None:
            continue
        before = [
            f
            for f in figures
            if f.last < subject.left_edge.i and f.attribute is not None and f.kind == "people" and not f.singular
        ]
        if before:
            figure.attribute = before[-1].attribute


_TOTAL_WORDS = ("total", "combined", "altogether", "overall", "together")


def _sum_of_places(figures: list[Figure], sent: Span) -> None:
    """A total the sentence gives beside figures of two or more places ("Turkey lost 38,044 people
    and Syria 3,688, a confirmed total of 41,732") is the total of those places."""
    places = {f.where for f in figures if f.where and f.attribute is not None and "+" not in f.where}
    if len(places) < 2:
        return
    doc = sent.doc
    for figure in figures:
        words = {t.lower_ for t in doc[max(sent.start, figure.first - 3) : figure.last + 1]}
        if figure.attribute is not None and words & set(_TOTAL_WORDS) and not figure.part:
            figure.where = "+".join(sorted(places | set((figure.where or "").split("+")) - {""}))


def _shares_its_role(figure: Figure, figures: list[Figure]) -> bool:
    """The figure is joined to the one before it ("three bodies ... and 11 alleged terrorists") and
    counts what that one counts only by being joined to it."""
    return figure.node.dep_ == "conj" and any(
        f.node.i == figure.node.head.i and f.attribute == figure.attribute for f in figures if f is not figure
    )


def _read_roles(figures: list[Figure], sent: Span, rules: RuleSet) -> dict[int, list[tuple[str, str | None]]]:
    """What each figure the count words left open counts: a role word right after it, a role phrase,
    the counted noun, a toll it is the value of, a negated role; a thing by its noun. Returns the
    further roles a phrase gives some figures ("58 missing and presumed dead": missing and deaths)."""
    extra: dict[int, list[tuple[str, str | None]]] = {}
    for figure in figures:
        if figure.kind == "thing":
            figure.attribute = None  # a count of things is named by its noun, never by a people role
        elif not figure.singular:
            role = adjacent_role(figure, sent, rules)
            # "1,014 dead and more than 7,000 injured"; but "rescued 25 of the kidnapped pupils"
            # rescued 25: the verb says what befell them after the adjective (``figures.later_roles``)
            if role is not None and figure.attribute not in rules.figures.later_roles.get(role, ()):
                figure.attribute = role
    for figure in figures:
        if figure.singular:
            if figure.zero and figure.noun is not None and (role := noun_role(figure, rules)) is not None:
                # "no bodies have been recovered yet": none found so far, not none dead (the noun
                # and the word governing it, as for a numbered "20 bodies recovered")
                figure.attribute = role
            if figure.zero and figure.attribute is None:
                # "no civilians were harmed": none of them killed, none hurt
                roles = _harm_roles(figure, rules)
                if not roles and figure.noun is not None and (role := count_word(figure.noun, rules)) is not None:
                    roles = (role,)  # "there were no civilian casualties"
                if roles:
                    figure.attribute = roles[0]
                    extra[id(figure)] = [(other, None) for other in roles[1:]]
            continue
        if figure.kind == "people":
            roles, status, overrides = phrase_roles(figure, sent, rules, figures)
            if roles and (
                figure.attribute is None
                or overrides
                or figure.attribute == rules.counts.injured
                and roles[0] in ("critical", "hospitalised")
                or roles[0] in rules.figures.joined_roles
                and _shares_its_role(figure, figures)
            ):
                figure.attribute = roles[0]
                extra[id(figure)] = [(other, status) for other in roles[1:]]
                if status:
                    figure.status = status
            role = noun_role(figure, rules)
            if role is not None:
                figure.attribute = role
            # "two bodies have not been identified": a role the counted noun alone gave yields to a
            # negated word that means another ("unidentified")
            noun = figure.noun
            if (
                noun is not None
                and figure.attribute is not None
                and rules.figures.role_words.get(noun.lower_) == figure.attribute
            ):
                figure.attribute = negated_role(figure, rules) or _verb_role(noun, rules) or figure.attribute
            elif (
                noun is not None
                and figure.attribute is not None
                and any(
                    c.dep_ == "amod" and rules.figures.role_words.get(c.lower_) == figure.attribute
                    for c in noun.children
                )
            ):
                figure.attribute = (
                    _verb_role(noun, rules) or figure.attribute
                )  # "793 injured passengers have been discharged"
            if figure.attribute is None:
                figure.attribute = toll_role(figure, sent, rules, figures) or negated_role(figure, rules)
        if figure.attribute is None:
            figure.attribute = thing_attribute(figure, rules)
            if figure.attribute is not None and figure.kind == "people":
                figure.kind = "thing"  # "between 400 and 600 people lived there": residents
    return extra


def _revision_roles(figures: list[Figure], cues: list, sent: Span, rules: RuleSet) -> None:
    """A cue's new and earlier figure count what the cue's own words name, when a phrase of
    ``figures.role_phrases`` names it ("reduced the number of dead and missing to 50 from 60":
    both dead_or_missing), whichever word the parse hung each number on."""
    for cue in cues:
        if cue.kind == "stamp" or cue.new is None:
            continue
        role = revision_phrase_role(cue, sent, rules)
        if role is None:
            continue
        for index in (cue.new, cue.earlier):
            figure = next((f for f in figures if index is not None and f.first <= index <= f.last), None)
            if figure is not None and figure.kind == "people" and not figure.singular:
                figure.attribute = role


def _respective_roles(figures: list[Figure], sent: Span, rules: RuleSet) -> None:
    """Bare figures joined and said "respectively" of as many joined nouns before them ("the cases
    and deaths were 10,652 and 310, respectively") count, in turn, what each noun names: a role
    ("deaths") or a thing ("cases"). Nouns that name neither (bodies, places) leave them be."""
    after = [t.i for t in sent if t.lower_ == "respectively"]
    bare = [f for f in figures if f.noun is None and not f.singular and f.kind == "people"]
    if not after or len(bare) < 2:
        return
    chain = [f for f in bare if f.last < after[-1]]
    joined = {f.node.i for f in chain}
    if not all(f.node.dep_ == "conj" and f.node.head.i in joined for f in chain[1:]):
        return
    first = chain[0].first
    for head in (t for t in sent if t.i < first and t.pos_ == "NOUN" and t.dep_ != "conj"):
        nouns = [head]
        while (more := [c for c in nouns[-1].children if c.dep_ == "conj" and c.pos_ == "NOUN"]) and len(nouns) < 9:
            nouns.append(more[0])
        if len(nouns) != len(chain) or nouns[-1].i > first:
            continue
        things = {n: a for a, names, words in rules.figures.thing_table if not words for n in names}
        roles = [rules.figures.role_words.get(n.lower_) for n in nouns]
        named = [things.get(n.lower_) for n in nouns]
        if not all(r or t for r, t in zip(roles, named, strict=True)):
            return  # "police and the army put the dead at 1,414 and 2,274 respectively": each body's toll
        for figure, role, thing in zip(chain, roles, named, strict=True):
            figure.attribute = role or thing
            if role is None:
                figure.kind = "thing"
        return


def _killed_and_hurt(figure: Figure, rules: RuleSet) -> None:
    """A figure two joined verbs share, one of killing and one of hurting ("said it killed and
    injured about 160 people"), counts the dead and the hurt together: casualties, neither toll
    (not "killed 12 and injured 30", where each verb has its own figure). So does a figure said of
    either ("4,000 people were killed or injured", "either dead or hurt"), subject or object: it
    does not say how many died."""
    killed, injured = rules.counts.killed, rules.counts.injured
    verb = figure.governor
    if (
        verb is None
        or verb.pos_ not in ("VERB", "ADJ")
        or figure.attribute not in (killed, injured)
        or "casualties" not in rules.figures.roles
    ):
        return
    words = rules.figures.role_words
    hits = rules.counts.hit_words
    if verb.lower_ in hits:
        return  # "shot and killed one guard": one victim's end, the outcome said
    joined = [verb.head] if verb.dep_ == "conj" else [c for c in verb.children if c.dep_ == "conj"]
    for other in joined:
        role = words.get(other.lower_) or words.get(other.lemma_.lower())
        first, second = (other, verb) if other.i < verb.i else (verb, other)
        if (
            other.pos_ not in ("VERB", "ADJ")
            or other.lower_ in hits
            or role not in (killed, injured)
            or role == figure.attribute
            or second.dep_ != "conj"
        ):
            continue
        joiners = {c.lower_ for c in first.children if c.dep_ == "cc"}
        shared = (
            "and" in joiners
            and verb.pos_ == other.pos_ == "VERB"
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in first.children)
            and any(t.dep_ == "dobj" and t.head.i == second.i for t in (figure.node, figure.noun) if t is not None)
        )
        if "or" in joiners or shared:
            figure.attribute = "casualties"
            return


def _verb_role(noun: Token, rules: RuleSet) -> str | None:
    """The role the verb of a counted noun gives, when it is one that outweighs the noun's own
    (``figures.noun_yields``): "88 bodies have been identified" -> identified."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    words = [f"{verb.lower_} {p}" for p in particles] + [verb.lower_, verb.lemma_.lower()]
    role = next((r for w in words if (r := rules.figures.role_words.get(w)) is not None), None)
    return role if role in rules.figures.noun_yields else None


def _harm_roles(figure: Figure, rules: RuleSet) -> tuple[str, ...]:
    """The roles a zero's harm word gives it (``figures.zeros``): "no civilians were harmed"."""
    zeros = rules.figures.zeros
    head = figure.node.head
    if figure.node.dep_ in ("nsubjpass", "dobj") and (head.lower_ in zeros.harm or head.lemma_.lower() in zeros.harm):
        return zeros.harm_roles
    return ()


def _ranked_victims(sent: Span, rules: RuleSet) -> list[Figure]:
    """ "the 72nd victim": a victim's rank, at least that many dead."""
    out: list[Figure] = []
    killed = rules.counts.killed
    if killed is None:
        return out  # no attribute counts people killed
    doc = sent.doc
    for first, last, rank in ordinal_victims(sent):
        quantity = {
            "low": rank,
            "high": None,
            "best": rank,
            "qualifier": None,
            "vague": None,
            "stated": rank,
            "words": doc[first].text,
        }
        victim = Figure(first, last, doc[last], doc[last], quantity, attribute=killed)
        victim.status = status_of(victim, sent, rules)
        out.append(victim)
    return out


def _span(sent: Span, first: int, last: int) -> tuple[int, int]:
    doc = sent.doc
    while last > first and doc[last].is_punct:
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last])
