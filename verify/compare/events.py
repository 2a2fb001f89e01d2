"""Methods, dates and attribution of one event: compatible in the taxonomy, the same day, one perpetrator.

A method or cause claim may give alternatives ("a missile or negligence"): it is compatible with
a claim when one of them is. A method only in a condition ("if a drone dropped it") is no position
and is left out. Attribution claims about one actor share a ``key`` (``Israeli`` and ``Israel``);
the stances that say an actor did it are ``POSITIVE``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date, timedelta
from functools import partial

from ..cluster.signatures import happening_days
from ..extract.attribution import ARMED_GROUPS
from ..models import Claim, Finding
from ..rules import Rule, RuleSet
from ..text import fold_phrase
from .clock import event_offset
from .context import (
    Context,
    Position,
    by_event,
    cite_position,
    emit_positions,
    event_day,
    event_label,
    in_the_story_s_year,
    make_finding,
    position_side,
    positions_of,
)
from .elsewhere import about_event

#: The stances of a source that says an actor did it.
POSITIVE = ("asserted", "accused")


def method_nodes(claim: Claim) -> list[str]:
    """The taxonomy nodes a method claim gives: its alternatives, or its one method."""
    value = claim.as_method()
    return list(value.get("alternatives") or [value["method"]])


def method_verdict(rules: RuleSet, a: Claim, b: Claim) -> str:
    """``agree`` (the same nodes), ``compatible`` (one of each compatible in the taxonomy) or ``conflict``."""
    na, nb = method_nodes(a), method_nodes(b)
    if set(na) == set(nb):
        return "agree"
    return "compatible" if any(rules.methods.are_compatible(x, y) for x in na for y in nb) else "conflict"


def actor_key(claim: Claim, entities: Mapping[str, str] | None = None) -> str:
    """What attribution claims about one actor share: the actor's key, or for an actor that
    ``entities`` (``actor_entities``) names by its words, its name or its key, that organisation
    ("Islamic Jihad" and "Palestinian Islamic Jihad" are one)."""
    value = claim.as_attribution()
    key = str(value.get("key") or value["actor"])
    if not entities:
        return key
    # "a coast guard vessel": its key ("coast guard") may be the organisation's spelling
    return entities.get(claim.text.lower()) or entities.get(str(value["actor"]).lower()) or entities.get(key) or key


def tells_more_precisely(group: str, other: str, names: Mapping[str, set[str]], rules: RuleSet) -> bool:
    """True when ``group``, the key of a people's armed groups ("palestine armed groups", from
    "Palestinian militants"), and ``other`` can be one actor, ``other`` telling it more precisely:
    that people itself ("Palestinians"), or a named organisation that names no other country and no
    state's force ("Hamas", "Palestinian Islamic Jihad"; not "the Israel Defense Forces", not "the
    Syrian government"). ``names`` maps an actor key to its spellings (an organisation's variants)."""
    suffix = f" {ARMED_GROUPS}"
    if not group.endswith(suffix) or other.endswith(suffix):
        return False
    country = group[: -len(suffix)]
    if other == country:
        return True
    state = _state_words(rules)
    for name in names.get(other) or {other}:
        words = fold_phrase(name).split()
        phrases = _phrases(words)
        named = {fold_phrase(c) for p in phrases if (c := rules.countries.get(p))}
        if named - {country} or state & set(words) or fold_phrase(name) in named:
            return False  # another country's, a state's force, or a country
    return True


def names_the_generic(generic: str, other: str, names: Mapping[str, set[str]], rules: RuleSet) -> bool:
    """True when ``generic`` is a generic actor (``attribution.generic``: "the government", from
    "government forces") and ``other`` names one such actor more precisely: a spelling of it holds
    one of the generic actor's words ("the Syrian government", "the Sudanese army")."""
    words = rules.attribution.generic.get(generic)
    if not words or other in rules.attribution.generic:
        return False
    wanted = {fold_phrase(w) for w in words}
    return any(_phrases(fold_phrase(name).split()) & wanted for name in names.get(other) or {other})


def _unnamed(actor: str, names: Mapping[str, set[str]], rules: RuleSet) -> bool:
    """True when every spelling of ``actor`` is a bare noun of those who carried it out
    (``attribution.roles.attacker_nouns``: "Gunmen attacked the prison"), or one with words that
    still name no one before it (``attribution.roles.unnamed_words``: "unidentified gunmen"): it
    names no one, so no group claiming the attack disputes it."""
    nouns = {fold_phrase(n) for n in rules.attribution.roles.attacker_nouns}
    unnamed = {fold_phrase(w) for w in rules.attribution.roles.unnamed_words}
    # a creed's word ("Islamist gunmen", read as "Islamist") names no one group either
    creeds = {fold_phrase(w) for w in rules.attribution.roles.creed_words}
    nouns, unnamed = nouns | creeds, unnamed | creeds
    spellings = names.get(actor) or {actor}

    def bare(name: str) -> str:
        words = fold_phrase(name).removeprefix("the ").split()
        while len(words) > 1 and words[0] in unnamed:
            words = words[1:]  # "unidentified gunmen", "a group of masked attackers"
        return " ".join(words)

    return all(bare(n) in nouns for n in spellings)


def _a_state_force(actor: str, names: Mapping[str, set[str]], rules: RuleSet) -> bool:
    """True when a spelling of ``actor`` names a state's force ("the security forces", "police"):
    unnamed gunmen are no less precise telling of it, but another account ("the ministry blamed
    unidentified gunmen; witnesses blamed the security forces")."""
    state = {fold_phrase(w) for w in _state_words(rules)}
    return any(state & set(fold_phrase(name).split()) for name in names.get(actor) or {actor})


def _state_words(rules: RuleSet) -> set[str]:
    """The words of a state's force ("army", "police", "security forces"): forces no armed group."""
    table = rules.attribution
    return set(table.forces) - set(table.armed_groups)


def _phrases(words: list[str]) -> set[str]:
    """A name's words and its pairs of neighbouring words ("armed forces" of "Sudanese armed forces")."""
    return {*words, *(" ".join(pair) for pair in zip(words, words[1:], strict=False))}


def actor_entities(ctx: Context) -> dict[str, str]:
    """Each spelling of an organisation entity (lower case) -> the entity's id, but for the actors
    of the ``attribution.actors`` table, whose names stand for them ("Syria" is the Syrian government),
    and a country's force by its people's name ("the French military"), which is that country, as
    "French forces" the parse labels no organisation is."""
    table = ctx.rules.attribution.actor_of
    return {
        v.text.lower(): e.id
        for e in ctx.clustering.entities
        if e.kind == "organization"
        for v in e.variants
        if fold_phrase(v.text) not in table and not _a_country_s_force(v.text, ctx.rules)
    }


def _a_country_s_force(name: str, rules: RuleSet) -> bool:
    """``name`` is a country or its people and force words after it ("the French military",
    "Malian troops"; ``attribution.forces``)."""
    words = fold_phrase(name).split()
    if words and words[0] == "the":
        words = words[1:]
    return any(
        _a_country(words[:k], frozenset(), rules) and _force_words(" ".join(words[k:]), rules) is not None
        for k in range(1, len(words))
    )


def on_event(ctx: Context, event: str, counts: list[Claim]) -> Callable[[Claim], bool]:
    """Whether a method or blame claim of the event is about it (``elsewhere.about_event``): the
    event's place, with every place its figures are counted in ("Turkey", "Syria"), and its day."""
    found = next((e for e in ctx.clustering.events if e.id == event), None)
    places = [found.place] if found is not None and found.place else []
    for c in counts:
        where = c.as_count().get("where")
        if isinstance(where, str):
            places += where.split("+")
    place = ", ".join(dict.fromkeys(places)) or None
    day = event_day(ctx, event)
    return lambda c: about_event(c, place, day, ctx.rules)


def check_method(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """One position per method (a claim giving alternatives is one position: "a missile or
    negligence"). Two methods the taxonomy cannot reconcile are a conflict; one more specific than
    the other (a barrel bomb, an air strike) differ in precision; two compatible aspects of one
    happening ("a blast", "a fire") are nothing to report."""
    taxonomy = ctx.rules.methods
    counts = by_event(ctx, ("count",))
    for event, claims in by_event(ctx, rule.kinds).items():
        about = on_event(ctx, event, counts.get(event, []))
        methods = [c for c in claims if c.kind == "method" and about(c)]
        found = positions_of(
            (c for c in methods if not _a_hypothesis(c)), lambda c: tuple(sorted(method_nodes(c))), ctx
        )
        hypotheses = positions_of(
            (c for c in methods if _a_hypothesis(c)), lambda c: tuple(sorted(method_nodes(c))), ctx
        )

        # the disasters several sources tell the happening was ("a cyclone"): what each befell
        # ("walls collapsed", "a boat capsized") is its doing, no rival of the other's
        disasters = {
            m
            for p in found
            if len({ctx.origin(c) for c in p.claims}) > 1
            for m in p.key
            if taxonomy.kind_of(m) == "disaster"
        }

        def relation(a: Position, b: Position, disasters: set[str] = disasters) -> str | None:
            na, nb = list(a.key), list(b.key)
            if not any(taxonomy.are_compatible(x, y) for x in na for y in nb):
                if any(
                    d not in (*na, *nb)
                    and any(taxonomy.are_compatible(d, x) for x in na)
                    and any(taxonomy.are_compatible(d, y) for y in nb)
                    for d in disasters
                ):
                    return None
                return "conflict"
            finer = any(x in taxonomy.ancestors(y) or y in taxonomy.ancestors(x) for x in na for y in nb)
            return "compatible" if finer else None

        label = event_label(ctx, event)

        def describe(verdict: str, a: Position, b: Position | None, label: str = label) -> str:
            name_a = " or ".join(m.replace("_", " ") for m in a.key)
            if b is None:
                return f"Sources agree on the method in {label}: {name_a}."
            name_b = " or ".join(m.replace("_", " ") for m in b.key)
            if verdict == "conflict":
                # an attack is carried out; an accident or a disaster has a cause
                attack = any(taxonomy.kind_of(m) == "attack" for m in (*a.key, *b.key))
                question = f"how {label} was carried out" if attack else f"what caused {label}"
                return (
                    f"Sources disagree on {question}: {cite_position(a, ctx)} ({name_a}) "
                    f"vs {cite_position(b, ctx)} ({name_b})."
                )
            return (
                f"Methods given for {label} differ in precision: {cite_position(a, ctx)} ({name_a}) "
                f"vs {cite_position(b, ctx)} ({name_b})."
            )

        yield from emit_positions(rule, "method", event, found, relation, describe, ctx)
        yield from _contested(rule, event, found, hypotheses, relation, label, ctx)


def _a_hypothesis(claim: Claim) -> bool:
    """A method only held open ("sabotage could not be ruled out", "if it was sabotage"): no cause
    told, so no rival of one. (A suspected one, "a possible bird strike", stays a cause a source
    gives, set against the others as any is.)"""
    return claim.as_method().get("stance") == "hypothetical"


def _contested(
    rule: Rule,
    event: str,
    found: list[Position],
    hypotheses: list[Position],
    relation: Callable[[Position, Position], str | None],
    label: str,
    ctx: Context,
) -> Iterator[Finding]:
    """Each hypothesis set against the strongest cause stated that the taxonomy cannot reconcile
    with it: a contested cause (``compatible``, with the hedge and who holds it), never a conflict
    between two causes told as facts."""
    taxonomy = ctx.rules.methods
    for h in hypotheses:
        # a cause stated ("signal failure"), never what happened ("collided")
        rivals = [p for p in found if relation(h, p) == "conflict"]
        causes = [p for p in rivals if any(c.attribute == "cause" for c in p.claims)]
        if not causes:
            continue
        # the cause stated most precisely ("signal failure" rather than "an accident")
        rival = max(causes, key=lambda p: max(len(taxonomy.ancestors(m)) for m in p.key))
        name_h = " or ".join(m.replace("_", " ") for m in h.key)
        name_r = " or ".join(m.replace("_", " ") for m in rival.key)
        held = "; ".join(
            dict.fromkeys(
                f"“{v.get('cue') or 'possible'}”" + (f", {v['by']}" if v.get("by") else "")
                for v in (c.as_method() for c in h.claims)
            )
        )
        summary = (
            f"The cause of {label} is contested: {cite_position(rival, ctx)} ({name_r}) is stated, "
            f"while {name_h} is only held possible ({held}): {cite_position(h, ctx)}."
        )
        finding = make_finding(
            rule,
            "compatible",
            "method",
            rival.claims + h.claims,
            summary,
            event=event,
            sides=[position_side(rival, ctx), position_side(h, ctx)],
            rules=ctx.rules,
        )
        if finding is not None:
            yield finding


def _local_days(days: list[Claim], claims: list[Claim], offset: int | None) -> dict[str, str]:
    """The day at the event's place (offset ``offset`` minutes from UTC) of each day claim whose
    sentence times the happening in a zone of its own: "at 8 pm GMT on Monday" is Tuesday 01:30 in
    a place five and a half hours ahead of GMT, the "Tuesday" the local press gives. Claim id -> ISO
    day, for the days shifted only."""
    if offset is None:
        return {}
    zoned: dict[tuple[str, int], list[int]] = defaultdict(list)  # (doc, sentence) -> UTC minutes
    for c in claims:
        clock = c.as_time()
        if c.attribute == "clock" and clock.get("utc_offset_minutes") is not None and clock.get("minutes") is not None:
            zoned[(c.doc, c.sentence_start)].append(int(clock["minutes"]) - int(clock["utc_offset_minutes"] or 0))
    shifted: dict[str, str] = {}
    for c in days:
        shifts = {(utc + offset) // (24 * 60) for utc in zoned.get((c.doc, c.sentence_start), ())}
        if len(shifts) == 1 and (shift := shifts.pop()):
            shifted[c.id] = (date.fromisoformat(str(c.as_time()["start"])[:10]) + timedelta(days=shift)).isoformat()
    return shifted


def _weekday_of_its_page(claim: Claim, ctx: Context) -> bool:
    """``claim`` is a bare weekday ("on Friday", no month nor day written) that names its own page's
    day of the week, and was read as that very day (``time.weekday_direction``): a page written on
    a Friday that tells "the tragedy on Friday" may mean the Friday a week before, as the other
    sources date it — the same weekday, only read against a later page."""
    value = claim.as_time()
    published = ctx.published(claim)
    original = str(value.get("original") or "")
    return (
        bool(value.get("weekday"))
        and not any(ch.isdigit() for ch in original)
        and published is not None
        and str(value.get("start"))[:10] == published[:10]
    )


def _news_days_apart(a: Position, b: Position, ctx: Context) -> bool:
    """Both positions are days the text ties to nothing (role ``other``: "a relief operation was
    under way on Monday", "a body met in Islamabad on Saturday"), each within
    ``time.news_day_days`` of its own page's publication, from pages published at least
    ``time.news_pages_apart_days`` apart: each page's news of its day in a story told over weeks,
    no rival days of the happening."""
    time = ctx.rules.time

    def news(c: Claim) -> str | None:
        published = ctx.published(c)
        if c.as_time().get("role", "event") != "other" or published is None:
            return None
        day, page = date.fromisoformat(str(c.as_time()["start"])[:10]), date.fromisoformat(published[:10])
        return published[:10] if 0 <= (page - day).days <= time.news_day_days else None

    pages_a, pages_b = [news(c) for c in a.claims], [news(c) for c in b.claims]
    if None in pages_a or None in pages_b:
        return False
    return all(
        abs((date.fromisoformat(str(x)) - date.fromisoformat(str(y))).days) >= time.news_pages_apart_days
        for x in pages_a
        for y in pages_b
    )


def check_date(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """One position per day of the happening, at the event's place (``_local_days``); two days
    further apart than ``time.same_day_tolerance_days`` are a conflict."""
    tolerance = ctx.rules.time.same_day_tolerance_days
    nights = frozenset(ctx.rules.time.night_parts)
    places = by_event(ctx, ("place",))
    for event, claims in by_event(ctx, rule.kinds).items():
        # not the day something was said, photographed or stamped
        # a day written without a year in an undated page ("on 14 October") is in the story's year
        day = event_day(ctx, event)
        times = in_the_story_s_year([c for c in claims if c.kind == "time"], day, said=False)
        days = [c for c in happening_days(times) if c.as_time().get("start")]
        local = _local_days(days, times, event_offset(places.get(event, []), ctx, day))

        def local_day(c: Claim, local: dict[str, str] = local) -> str:
            return local.get(c.id) or str(c.as_time()["start"])[:10]

        found = positions_of(days, local_day, ctx)

        def relation(a: Position, b: Position) -> str | None:
            first, then = sorted((a, b), key=lambda p: str(p.key))
            gap = (date.fromisoformat(str(then.key)) - date.fromisoformat(str(first.key))).days
            if gap == tolerance + 1 and all(c.as_time().get("part") in nights for c in first.claims):
                return None  # "on Saturday night" and "early on Sunday": one night
            if gap % 7 == 0 and all(_weekday_of_its_page(c, ctx) for c in then.claims):
                return None  # "on Friday" in a page of a Friday may be the Friday the others name
            if _news_days_apart(first, then, ctx):
                return None  # each page's news of its own day, pages days apart: no day of the happening
            return "conflict" if gap > tolerance else None

        label = event_label(ctx, event)

        def describe(verdict: str, a: Position, b: Position | None, label: str = label) -> str:
            if b is None:
                return f"Sources agree on the day of {label}: {a.key}."
            return (
                f"Sources give different days for {label}: {cite_position(a, ctx)} = {a.key} "
                f"vs {cite_position(b, ctx)} = {b.key}."
            )

        yield from emit_positions(rule, "date", event, found, relation, describe, ctx)


def story_places(ctx: Context) -> frozenset[str]:
    """The places the story names, folded ("zaveria"): the countries a force's name may be of."""
    return frozenset(fold_phrase(v.text) for e in ctx.clustering.entities if e.kind == "place" for v in e.variants)


def _force_words(name: str, rules: RuleSet) -> list[str] | None:
    """The folded words of a force named by no country ("the Air Force" -> ["air", "force"]), or
    None when a word of it is no ``attribution.forces`` word. A state's body named by its common
    noun (``attribution.bodies``: "the coast guard") is such a force too, the short form of "the
    Thalassan Coast Guard"."""
    words = fold_phrase(name).split()
    if words and words[0] == "the":
        words = words[1:]
    forces = {fold_phrase(f) for f in (*rules.attribution.forces, *rules.attribution.bodies)}
    i = 0
    while i < len(words):
        if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in forces:
            i += 2
        elif words[i] in forces:
            i += 1
        else:
            return None
    return words or None


def _a_country(words: list[str], places: frozenset[str], rules: RuleSet) -> bool:
    """``words`` name a country or its people: a country of the rules, a place the story names
    ("Zaveria", "Zaveria's"), or such a place with a demonym ending ("Zaverian")."""
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1] == "s":
        words = words[:-1]  # "Zaveria's" folds to "zaveria s"
    name = " ".join(words)
    if not name:
        return False
    if name in rules.countries or name in places:
        return True
    return any(
        name == f"{stem}{ending}"
        for place in places
        for stem in (place, place[:-1])
        for ending in rules.entities.demonym_endings
    )


def names_the_force(
    bare: str, other: str, names: Mapping[str, set[str]], places: frozenset[str], rules: RuleSet
) -> bool:
    """True when every spelling of ``bare`` is a force named by no country ("the Air Force") and a
    spelling of ``other`` is that force with a country's name or adjective ("the Zaverian air
    force", "Zaveria's air force")."""
    forces = [_force_words(n, rules) for n in names.get(bare) or {bare}]
    if not forces or any(f is None for f in forces):
        return False
    # a state's body ("the coast guard") is the one the story names with any name before it ("the
    # Thalassan Coast Guard"), whether or not the parse knows that name for a country's
    bodies = {fold_phrase(b) for b in rules.attribution.bodies}
    for name in names.get(other) or {other}:
        words = fold_phrase(name).split()
        for force in forces:
            assert force is not None
            k = len(force)
            if (
                len(words) > k
                and words[-k:] == force
                and (" ".join(force) in bodies and words[:-k] != ["the"] or _a_country(words[:-k], places, rules))
            ):
                return True
    return False


def meant_actors(
    claims: list[Claim], entities: Mapping[str, str], rules: RuleSet, places: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Each attribution claim's actor key, a generic actor's ("the coalition", "government forces")
    taken as the one actor of the event that names it more precisely, when there is one ("the
    Saudi-led coalition"): the page that says "the coalition" means the coalition the story names.
    So is a force named by no country ("the Air Force"), the one force of that name the story names
    with a country's name or adjective (``names_the_force``; ``places``: ``story_places``)."""
    keys = {c.id: actor_key(c, entities) for c in claims}
    names: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        names[keys[c.id]].add(str(c.as_attribution()["actor"]))
    generic = rules.attribution.generic
    meant = {}
    for key in names:
        if key in generic:
            precise = [k for k in names if k not in generic and names_the_generic(key, k, names, rules)]
            if len(precise) == 1:
                meant[key] = precise[0]
        else:
            whose = [k for k in names if k != key and names_the_force(key, k, names, places, rules)]
            if len(whose) == 1:
                meant[key] = whose[0]
    return {i: meant.get(k, k) for i, k in keys.items()}


def _actor_and_stance(keys: Mapping[str, str], claim: Claim) -> tuple[str, str]:
    return keys[claim.id], str(claim.as_attribution()["stance"])


def _actor_and_blame(keys: Mapping[str, str], claim: Claim) -> tuple[str, str]:
    """An attribution's actor and its stance, an accusation and an assertion read as one: the
    stance most of the position's sources take is shown (``_stance_shown``)."""
    actor, stance = _actor_and_stance(keys, claim)
    return actor, "blamed" if stance in POSITIVE else stance


def _same_actor(a: Position, b: Position) -> bool:
    return bool(a.key[0] == b.key[0])


def _other_actors(a: Position, b: Position) -> bool:
    return bool(a.key[0] != b.key[0])


def _disputed(
    relation: Callable[[Position, Position], str | None], kept: Callable[[Position, Position], bool]
) -> Callable[[Position, Position], str | None]:
    """``relation`` on positions keyed by ``_actor_and_blame`` that ``kept`` pairs (one actor's
    denial, or two actors each said to have done it, each pair its sides' strongest apart): each
    side as the stance it mostly takes."""

    def disputed(a: Position, b: Position) -> str | None:
        return relation(_stance_shown(a), _stance_shown(b)) if kept(a, b) else None

    return disputed


def _stance_shown(p: Position) -> Position:
    """A position keyed by ``_actor_and_blame`` as the stance most of its claims take."""
    if p.key[1] != "blamed":
        return p
    stances = Counter(str(c.as_attribution()["stance"]) for c in p.claims)
    return replace(p, key=(p.key[0], max(sorted(stances), key=lambda s: (stances[s], s == "asserted"))))


def _named(p: Position) -> str:
    """The actor a position is about as the sources name it most precisely."""
    return most_precise([str(c.as_attribution()["actor"]) for c in p.claims])


def most_precise(actors: Iterable[str]) -> str:
    """Of the names of one actor, the most precise: not a generic "the ...", then the longest."""
    return max(actors, key=lambda a: (not a.startswith("the "), len(a), a))


def _held_by(p: Position, rules: RuleSet) -> str:
    """Who holds a position's blame or denial when others than the actor itself ("accused by the
    governor and rights groups"; never "the Syrian government denied by Syria", a name of the
    actor in the rules' table): the sources a dispute sets against each other, named."""
    table = rules.attribution.actor_of
    actors = {fold_phrase(str(c.as_attribution()["actor"])) for c in p.claims} | {fold_phrase(c.text) for c in p.claims}

    def own(by: str) -> bool:
        return fold_phrase(by) in actors or fold_phrase(table.get(fold_phrase(by), "")) in actors

    holders = [str(by) for c in p.claims if (by := c.as_attribution().get("by")) and not own(str(by))]
    holders = list(dict.fromkeys(holders))
    if not holders:
        return ""
    more = f" and {len(holders) - 2} more" if len(holders) > 2 else ""
    return f" by {' and '.join(holders[:2])}{more}"


def _teller(claim: Claim, ctx: Context) -> tuple[str, str]:
    """Who tells an attribution: its independent source and the body it says says so."""
    return ctx.origin(claim), str(claim.as_attribution().get("by") or "").lower()


def _held_apart(ctx: Context) -> Callable[[Position, Position], bool]:
    """Whether two actors' blame the same sources tell is each held there by a named body of its
    own (``_teller``): a page that tells a dispute ("Iran blamed Saudi mismanagement, while Saudi
    officials blamed pilgrims"; "the army said rebels shelled the market; the rebels accused the
    army") sets its two sides against each other. One teller's mixed wording is no dispute, nor is a
    side no one on the page holds (the page's own telling, or a blame read with no accuser)."""

    def apart(a: Position, b: Position) -> bool:
        held_a = {t for c in a.claims if (t := _teller(c, ctx))[1]}
        held_b = {t for c in b.claims if (t := _teller(c, ctx))[1]}
        return bool(held_a - held_b) and bool(held_b - held_a)

    return apart


def check_attribution(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """One position per actor and stance. A denial against an assertion or an accusation of the
    same actor (``attribution.contradicting``) is a conflict; so are two different actors each
    said to have done it by a source that does not say the other did."""
    contradicts = ctx.rules.attribution.contradicting
    entities = actor_entities(ctx)
    counts = by_event(ctx, ("count",))
    for event, claims in by_event(ctx, rule.kinds).items():
        about = on_event(ctx, event, counts.get(event, []))
        attributions = [c for c in claims if c.kind == "attribution" and about(c)]
        keys = meant_actors(attributions, entities, ctx.rules, story_places(ctx))
        found = positions_of(attributions, partial(_actor_and_stance, keys), ctx)
        # (origin, who says so) -> actors it says did it: a wire that reports the group's claim
        # and the government's accusation of another group reports two bodies at odds
        blamed: dict[tuple[str, str], set[str]] = defaultdict(set)
        names: dict[str, set[str]] = defaultdict(set)  # actor key -> its spellings
        for c in attributions:
            names[keys[c.id]].add(str(c.as_attribution()["actor"]))
            if c.as_attribution()["stance"] in POSITIVE:
                blamed[_teller(c, ctx)].add(keys[c.id])

        def relation(
            a: Position,
            b: Position,
            blamed: dict[tuple[str, str], set[str]] = blamed,
            names: dict[str, set[str]] = names,
        ) -> str | None:
            (actor_a, stance_a), (actor_b, stance_b) = a.key, b.key
            if actor_a == actor_b:
                return "conflict" if frozenset((stance_a, stance_b)) in contradicts else None
            if stance_a not in POSITIVE or stance_b not in POSITIVE:
                return None
            if (
                tells_more_precisely(actor_a, actor_b, names, ctx.rules)
                or tells_more_precisely(actor_b, actor_a, names, ctx.rules)
                or names_the_generic(actor_a, actor_b, names, ctx.rules)
                or names_the_generic(actor_b, actor_a, names, ctx.rules)
                or _unnamed(actor_a, names, ctx.rules)
                and not _a_state_force(actor_b, names, ctx.rules)
                or _unnamed(actor_b, names, ctx.rules)
                and not _a_state_force(actor_a, names, ctx.rules)
            ):
                return "compatible"  # "Palestinian militants" and "Hamas": one names the group
            only_a = any(actor_b not in blamed[_teller(c, ctx)] for c in a.claims)
            only_b = any(actor_a not in blamed[_teller(c, ctx)] for c in b.claims)
            return "conflict" if only_a and only_b else None

        label = event_label(ctx, event)

        def describe(verdict: str, a: Position, b: Position | None, label: str = label) -> str:
            actor_a, stance_a = _named(a), a.key[1]
            if b is None:
                return f"Sources agree that {actor_a} is {stance_a} for {label}: {cite_position(a, ctx)}."
            actor_b, stance_b = _named(b), b.key[1]
            return (
                f"Responsibility for {label} is disputed: {actor_a} {stance_a}{_held_by(a, ctx.rules)} ({cite_position(a, ctx)}) "
                f"vs {actor_b} {stance_b}{_held_by(b, ctx.rules)} ({cite_position(b, ctx)})."
            )

        # agreement by actor and stance; disputes by actor and whether it did it: an accusation
        # and an assertion of one actor are one side ("the government blames X", "X was behind
        # it, the minister said"); an actor's denial and a dispute between two actors are found
        # apart, so that neither hides the other
        yield from emit_positions(rule, "perpetrator", event, found, lambda a, b: None, describe, ctx)
        sides = positions_of(attributions, partial(_actor_and_blame, keys), ctx)

        def shown(verdict: str, a: Position, b: Position | None) -> str:
            return describe(verdict, _stance_shown(a), None if b is None else _stance_shown(b))

        # a page may tell two actors' blame, each held by its own body, as a dispute; an actor's
        # accusation and its denial told together ("officials blamed the rebels, who denied any
        # role") stay that page's account of the accusation, set against other sources' only
        for kept, apart in ((_same_actor, None), (_other_actors, _held_apart(ctx))):
            disputed = _disputed(relation, kept)
            for finding in emit_positions(rule, "perpetrator", event, sides, disputed, shown, ctx, apart):
                if finding.verdict != "agree":
                    yield finding
