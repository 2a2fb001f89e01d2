"""Editor mode's verdicts: one function per kind of draft claim, against the candidate source claims.

``judge`` gives a draft claim its verdict (see ``verify.check`` for what each means), or None for a
claim an editor need not look at (an organisation spelled as a source spells it).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ..cluster.entities import person_entity
from ..cluster.named import match_named
from ..cluster.signatures import EVENT_TIME_ROLES, dates_happening, happening_days
from ..compare.events import POSITIVE, actor_key, method_verdict
from ..compare.figures import figure_interval, figure_relation, same_unit_class
from ..compare.quotes import match_quotes, quote_form
from ..compare.spelling import spelling
from ..models import Claim, PersonValue
from ..text import fold_phrase
from .match import shown, weekday_of
from .reference import Citation, Reference

_NAMED = ("organization", "place", "facility", "happening")


@dataclass(frozen=True)
class ClaimCheck:
    """The verdict on one draft claim.

    claim: the draft claim (offsets into the draft text). sources: how many independent sources
    support it. support / against: the source claims that say the same / otherwise. summary: one
    readable sentence. suggestion: the spelling or wording the sources use, when it differs.
    """

    claim: Claim
    verdict: str
    sources: int
    summary: str
    support: tuple[Citation, ...] = ()
    against: tuple[Citation, ...] = ()
    suggestion: str | None = None


def origins(ref: Reference, claims: Iterable[Claim]) -> int:
    return len({ref.origin(c) for c in claims})


def verdict_on(
    ref: Reference,
    claim: Claim,
    verdict: str,
    summary: str,
    support: Sequence[Claim] = (),
    against: Sequence[Claim] = (),
    suggestion: str | None = None,
) -> ClaimCheck:
    return ClaimCheck(
        claim,
        verdict,
        origins(ref, support),
        summary,
        tuple(ref.cite(c) for c in support),
        tuple(ref.cite(c) for c in against),
        suggestion,
    )


def listed(claims: Sequence[Claim], limit: int = 3) -> str:
    text = "; ".join(f"“{c.text}” [{shown(c)}] ({c.doc})" for c in claims[:limit])
    return text + (f" and {len(claims) - limit} more" if len(claims) > limit else "")


def check_count(ref: Reference, d: Claim, candidates: list[Claim]) -> ClaimCheck:
    ctx = ref.ctx
    same = [
        c
        for c in candidates
        if c.kind == "count"
        and c.attribute == d.attribute
        and same_unit_class(c, d)
        and c.as_count().get("low") is not None
    ]
    if not d.as_count().get("individual") and any(not c.as_count().get("individual") for c in same):
        same = [c for c in same if not c.as_count().get("individual")]  # one named victim is not a toll
    what = d.attribute.replace("_", " ")
    if not same:
        return verdict_on(ref, d, "unsupported", f"No source gives a figure for {what} of this event.")
    support: list[Claim] = []
    precise: list[Claim] = []
    against: list[Claim] = []
    (dl, dh) = figure_interval(d)
    for s in same:
        relation = figure_relation(d, s, ctx)
        sl, sh = figure_interval(s)
        if relation in ("agree", "compatible"):
            inside = sl <= dl and dh <= sh and (dh - dl) < (sh - sl)
            (precise if inside else support).append(s)
        else:
            against.append(s)
    agreeing = support + precise
    # outdated: the corpus's timeline puts a revision after every source agreeing with the draft
    # (or, for a report without timelines, every other figure is a later publication's revision)
    revised = ref.later_revisions(agreeing, against)
    outdated = (
        bool(revised)
        if ref.said
        else all(
            any(
                figure_relation(a, s, ctx) == "update" and (ctx.published(s) or "") > (ctx.published(a) or "")
                for a in agreeing
            )
            for s in against
        )
    )
    if agreeing and d.as_count().get("status") == "earlier":
        # the draft itself tells the figure as replaced ("earlier, the ministry had put the toll at
        # 5,500"): sources giving it bear it out, whatever came after
        return verdict_on(
            ref,
            d,
            "supported",
            f"{origins(ref, agreeing)} independent source(s) give this earlier figure for {what}: {listed(agreeing)}.",
            agreeing,
            against,
        )
    if agreeing and against and outdated:
        return verdict_on(
            ref, d, "outdated", f"A later source revises {what}: {listed(revised or against)}.", agreeing, against
        )
    later = ref.later_disputes(agreeing, against)
    if later:
        return verdict_on(
            ref,
            d,
            "contradicted",
            f"Later reports dispute every source giving {what} [{shown(d)}]: {listed(agreeing)}; "
            f"said after them: {listed(later)}.",
            agreeing,
            later,
        )
    disputed = f"; {origins(ref, against)} source(s) say otherwise: {listed(against)}" if against else ""
    if support:
        return verdict_on(
            ref,
            d,
            "supported",
            f"{origins(ref, agreeing)} independent source(s) give a matching "
            f"figure for {what}: {listed(agreeing)}{disputed}.",
            agreeing,
            against,
        )
    if precise:
        return verdict_on(
            ref,
            d,
            "more_precise",
            f"The draft's {what} [{shown(d)}] is more precise than the sources: {listed(precise)}{disputed}.",
            precise,
            against,
        )
    return verdict_on(
        ref, d, "contradicted", f"Sources give a different figure for {what}: {listed(against)}.", (), against
    )


def check_date(ref: Reference, d: Claim, candidates: list[Claim]) -> ClaimCheck:
    tolerance = ref.ctx.rules.time.same_day_tolerance_days
    support: list[Claim] = []
    against: list[Claim] = []
    role = d.as_time().get("role", "event")
    # a day of the happening against the sources' days of it; a span's bound ("since April 22") or
    # a statement's day against theirs; a day tied to nothing ("rescuers pulled eleven out on
    # Thursday": the rescue's day, maybe) may be any day the sources tie to nothing, too
    same_role = [c for c in candidates if c.kind == "time" and c.as_time().get("role") == role]
    pool = happening_days(candidates) if role in EVENT_TIME_ROLES else same_role
    if role in ("other", "after"):
        pool += [c for c in same_role if c not in pool and dates_happening(c)]
    for s in pool:
        if d.as_time().get("start") and s.as_time().get("start"):
            gap = abs(
                (date.fromisoformat(str(d.as_time()["start"])) - date.fromisoformat(str(s.as_time()["start"]))).days
            )
            (support if gap <= tolerance else against).append(s)
        elif weekday_of(d) and weekday_of(s):
            (support if weekday_of(d) == weekday_of(s) else against).append(s)
        elif fold_phrase(str(d.as_time().get("original") or d.text)) == fold_phrase(
            str(s.as_time().get("original") or s.text)
        ):
            support.append(s)
    if support:
        return verdict_on(
            ref,
            d,
            "supported",
            f"{origins(ref, support)} independent source(s) give the same day: {listed(support)}.",
            support,
            against,
        )
    if against:
        return verdict_on(
            ref, d, "contradicted", f"Sources give another day for this event: {listed(against)}.", (), against
        )
    return verdict_on(ref, d, "unsupported", "No source dates this event this way.")


def check_method(ref: Reference, d: Claim, candidates: list[Claim]) -> ClaimCheck:
    rules = ref.ctx.rules
    methods = [c for c in candidates if c.kind == "method"]
    support = [c for c in methods if method_verdict(rules, d, c) != "conflict"]
    against = [c for c in methods if c not in support]
    if support:
        return verdict_on(
            ref,
            d,
            "supported",
            f"{origins(ref, support)} independent source(s) describe a compatible method: {listed(support)}.",
            support,
            against,
        )
    if against:
        return verdict_on(
            ref, d, "contradicted", f"Sources describe an incompatible method: {listed(against)}.", (), against
        )
    return verdict_on(ref, d, "unsupported", "No source says how this event was carried out.")


def check_attribution(ref: Reference, d: Claim, candidates: list[Claim]) -> ClaimCheck:
    rules = ref.ctx.rules
    actor, stance = d.as_attribution()["actor"], d.as_attribution()["stance"]
    key = actor_key(d, ref.actors)
    found = [c for c in candidates if c.kind == "attribution"]
    support = [
        c
        for c in found
        if actor_key(c, ref.actors) == key
        and frozenset((stance, c.as_attribution()["stance"])) not in rules.attribution.contradicting
    ]
    against = [c for c in found if actor_key(c, ref.actors) == key and c not in support]
    if stance in (*POSITIVE, "suspected"):  # a source that blames only someone else names another perpetrator
        by_origin: dict[str, list[Claim]] = defaultdict(list)
        for c in found:
            if c.as_attribution()["stance"] in POSITIVE:
                by_origin[ref.origin(c)].append(c)
        against += [
            c for group in by_origin.values() if all(actor_key(x, ref.actors) != key for x in group) for c in group
        ]
    if support:
        return verdict_on(
            ref,
            d,
            "supported",
            f"{origins(ref, support)} independent source(s) attribute it the same way: {listed(support)}.",
            support,
            against,
        )
    if against:
        return verdict_on(
            ref,
            d,
            "contradicted",
            f"Sources attribute it otherwise or report a denial: {listed(against)}.",
            (),
            against,
        )
    return verdict_on(ref, d, "unsupported", f"No source says who was responsible ({actor}, {stance}).")


def check_person(ref: Reference, d: Claim) -> ClaimCheck:
    """A person: the corpus entity ``cluster.entities.person_entity`` places the name in (the cluster
    stage's own judgement: a transliteration, a doubled or dropped letter, a middle name left out,
    a title with the surname), then the spelling: one a source uses is supported, another differs."""
    rules = ref.ctx.rules
    written = spelling(d)
    best = person_entity(d, ref.people, rules)
    if best is None:
        return verdict_on(ref, d, "unsupported", f"No source names {written}.")
    mentions = [ref.by_id[v.claim] for v in best.variants if v.claim in ref.by_id]
    spellings = {spelling(c) for c in mentions}
    full: dict[str, set[str]] = defaultdict(set)
    for c in mentions:
        if len(spelling(c).split()) > 1:
            full[spelling(c)].add(ref.origin(c))
    usual = sorted(full.items(), key=lambda kv: (-len(kv[1]), -len(kv[0].split()), kv[0]))
    suggestion = usual[0][0] if usual else best.name
    same = [c for c in mentions if spelling(c) == written]
    surname_only = len(written.split()) == 1 and any(s.split()[-1] == written for s in spellings)
    if written in spellings or surname_only:
        support = same or [c for c in mentions if spelling(c).split()[-1] == written]
        return verdict_on(
            ref, d, "supported", f"{origins(ref, support)} independent source(s) spell it “{written}”.", support
        )
    variants = "; ".join(f"“{s}” ({len(o)} source(s))" for s, o in usual) or f"“{best.name}”"
    return verdict_on(
        ref,
        d,
        "spelling_differs",
        f"Sources spell this person {variants}; most use “{suggestion}”.",
        mentions,
        suggestion=suggestion,
    )


def check_named(ref: Reference, d: Claim) -> ClaimCheck | None:
    """An organisation, place or facility: the corpus entity ``cluster.named.match_named`` places it
    in (the cluster stage's judgement). Spelled as a source spells it: nothing to say; spelled
    otherwise ("Gazientep", "Dar Saleem"): spelling differs; named by no source: unsupported."""
    written = spelling(d)
    entity = match_named(d, ref.named, ref.ctx.rules)
    if entity is None:
        return verdict_on(ref, d, "unsupported", f"No source names “{written}”.")
    mentions = [ref.by_id[v.claim] for v in entity.variants if v.claim in ref.by_id]
    forms = {fold_phrase(spelling(c)) for c in mentions} | {fold_phrase(v.text) for v in entity.variants}
    if fold_phrase(written) in forms or d.value.get("known"):
        return None
    return verdict_on(
        ref,
        d,
        "spelling_differs",
        f"“{d.text}” is close to “{entity.name}”, spelled differently.",
        mentions,
        suggestion=entity.name,
    )


def check_quote(ref: Reference, d: Claim) -> ClaimCheck:
    """A draft quotation against every source quotation, judged by ``compare.quotes.match_quotes``."""
    rules = ref.ctx.rules
    form = quote_form(d)
    matches = [
        (m, c)
        for c in ref.claims
        if c.kind == "quote"
        for m in [match_quotes(form, quote_form(c), rules)]
        if m is not None
    ]
    same = [c for m, c in matches if m.verdict == "agree"]
    if same:
        return verdict_on(
            ref, d, "supported", f"{origins(ref, same)} independent source(s) quote it in these words.", same
        )
    close = sorted(
        ((m, c) for m, c in matches if len(form.split()) >= rules.compare.quotes.min_words),
        key=lambda mc: (-mc[0].similarity, mc[1].doc),
    )
    if close:
        match, source = close[0]
        return verdict_on(
            ref,
            d,
            "altered_quote",
            f"The quotation is worded differently from the source "
            f"({match.similarity:.0f}% alike): “{source.as_quote().get('quote') or source.text}” ({source.doc}).",
            [c for _, c in close],
            suggestion=str(source.as_quote().get("quote") or source.text),
        )
    return verdict_on(ref, d, "unsupported", "No source has this quotation.")


def check_fate(ref: Reference, d: Claim) -> ClaimCheck:
    """What became of a person: the sources' fates of the person the draft names (the corpus entity
    ``person_entity`` places the name in), weighed as the report weighs them (``fates`` in the
    rules: ``same_as``, ``revisions``). A fate sources have moved on from ("still missing", when a
    source reports the body found) is outdated; one the sources give, supported; one that neither
    they give nor follows from what they give, contradicted."""
    fates = ref.ctx.rules.fates
    value = d.as_fate()
    mine = fates.compared_as(str(value.get("fate")))
    name = str(value.get("person") or d.text)
    named: PersonValue = {"name": name, "key": str(value.get("key") or "")}
    as_person = dataclasses.replace(d, kind="person", attribute="person", value=named)
    person = person_entity(as_person, ref.people, ref.ctx.rules)
    said = {v.claim for v in person.variants} if person is not None else set()
    told = [c for c in ref.claims if c.kind == "fate" and c.as_fate().get("of") in said]
    if not told:
        return verdict_on(ref, d, "unsupported", f"No source tells what became of {name}.")

    def as_(c: Claim) -> str:
        return fates.compared_as(str(c.as_fate().get("fate")))

    same = [c for c in told if as_(c) == mine]
    later = [c for c in told if (mine, as_(c)) in fates.revisions]
    against = [c for c in told if c not in same and c not in later and (as_(c), mine) not in fates.revisions]
    if later:
        return verdict_on(
            ref, d, "outdated", f"Sources later report what became of {name}: {listed(later)}.", same, later
        )
    if same:
        return verdict_on(
            ref, d, "supported", f"{origins(ref, same)} independent source(s) say so: {listed(same)}.", same, against
        )
    if against:
        return verdict_on(ref, d, "contradicted", f"Sources say otherwise of {name}: {listed(against)}.", (), against)
    earlier = [c for c in told if c not in same]
    return verdict_on(ref, d, "unsupported", f"No source reports this yet; they say: {listed(earlier)}.", (), earlier)


def judge(ref: Reference, d: Claim, candidates: list[Claim], event_sentence: bool) -> ClaimCheck | None:
    """The verdict on one draft claim; ``candidates``: the source claims its sentence links to;
    ``event_sentence``: whether its sentence reports a happening (a date is checked only then)."""
    if d.kind == "count":
        return check_count(ref, d, candidates)
    if d.kind == "time" and d.attribute == "date" and event_sentence:
        return check_date(ref, d, candidates)
    if d.kind == "method":
        return check_method(ref, d, candidates)
    if d.kind == "attribution":
        return check_attribution(ref, d, candidates)
    if d.kind == "person":
        return check_person(ref, d)
    if d.kind == "quote":
        return check_quote(ref, d)
    if d.kind == "fate":
        return check_fate(ref, d)
    if d.kind in _NAMED:
        return check_named(ref, d)
    return None
