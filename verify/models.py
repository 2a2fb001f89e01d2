"""The records that flow between verify's stages.

ingest -> ``Corpus`` of ``Document``; extract -> ``Claim``; cluster -> ``Clustering`` of ``Entity``,
``Event`` (and claims with their ``event``/``entity`` filled in); compare -> ``Finding``. The closed
vocabularies (claim kinds, verdicts, severities, check names) are declared here once. Every record is a frozen
dataclass: a stage never mutates what it was given, it returns new records
(``dataclasses.replace``). Values that are mappings are plain dicts of JSON-ready scalars and
are treated as read-only by convention.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any, Literal, TypedDict, cast

ClaimKind = Literal[
    "count", "person", "organization", "place", "facility", "happening", "time", "method", "attribution", "quote"
]
CLAIM_KINDS: tuple[str, ...] = (
    "count",
    "person",
    "organization",
    "place",
    "facility",
    "happening",
    "time",
    "method",
    "attribution",
    "quote",
    "fate",
)
Verdict = Literal["agree", "compatible", "conflict", "variant", "update", "uncorroborated", "altered_quote"]
VERDICTS: tuple[str, ...] = ("agree", "compatible", "conflict", "variant", "update", "uncorroborated", "altered_quote")
#: The order a reader works through verdicts: those that most often mean a wrong figure or name
#: first, the merely different ones after, agreement last.
VERDICT_ORDER: tuple[str, ...] = (
    "conflict",
    "variant",
    "altered_quote",
    "compatible",
    "update",
    "uncorroborated",
    "agree",
)
Severity = Literal["high", "medium", "low", "info"]
#: Severities, most severe first (the order findings are listed in).
SEVERITIES: tuple[str, ...] = ("high", "medium", "low", "info")
PublishedFrom = Literal["front_matter", "url", "text", "html", "none"]
PUBLISHED_FROM: tuple[str, ...] = ("front_matter", "url", "text", "html", "none")
#: What a source asserts of an actor's role or a method (``verify.extract.stance``): said to have
#: done it, accused by someone, suspected, denied (the denier's own stance, or negated), only
#: background (never a claim), or only in a condition ("if X was responsible").
Stance = Literal["asserted", "accused", "suspected", "denied", "context_only", "hypothetical"]
STANCES: tuple[str, ...] = ("asserted", "accused", "suspected", "denied", "context_only", "hypothetical")
#: The named comparisons a rule may run (``rules[].check``); ``verify.compare.CHECKS`` implements each.
CheckName = Literal[
    "interval", "name_variant", "method", "date", "clock", "attribution", "quote", "corroboration", "fate"
]
CHECK_NAMES: tuple[str, ...] = (
    "interval",
    "name_variant",
    "method",
    "date",
    "clock",
    "attribution",
    "quote",
    "corroboration",
    "fate",
    "location",
    "who_died",
)


class CountValue(TypedDict, total=False):
    """A ``count`` claim's value: what the figure can mean, and how it was read.

    low, high: the interval the wording can mean (high None: open above, "at least 246"); best: the
    conservative single figure (None for an individual: a victim named states no figure); qualifier: as worded ("more than"); vague: the vague word ("dozens");
    stated: the number as stated; words: the figure's words; unit: what is counted (``people``,
    ``children``, ``facilities`` ...); subject: the counted noun's subject list; individual: one named
    or described victim (at least one, not a toll); part: one part of a total ("including 40
    children"); parts: the members summed in; period, period_start, period_length: a total over a
    period; hit: read only from a hit word ("shot"); shot, minus: the figure before the dead among
    the shot were taken out, and their words; shooter: the shooter's own death. revision: the revision
    cue that governs it (kind, direction, cue words, the earlier figure's words and offsets;
    replaced: true when the cue says another figure was replaced, "revised to"); earlier_of:
    the new figure's words when this is the earlier one ("up from 20"); where: the place the figure is
    limited to ("in Turkey"), when the sentence says; site: the named site it is counted at ("the Al
    Noor mosque": ``Al Noor mosque``), compared only with that site's counts; where_said: the country of the body a reporting
    verb gives it on ("Turkey's disaster agency said"), a scope only where the event's figures are
    split by that country; spans: the several places, counted but not named, it is limited to
    ("across six states": the whole of a story told state by state); within: the named happening
    it is limited to ("12 died in the Palisades fire": "Palisades fire"), a share of an event of
    several such happenings; area: the area of control it is limited to ("rebel" in "the rebel-held
    northwest"); level: the kind of place its own words limit it to without naming it ("the city's
    toll", "statewide": ``city``, ``state``; ``figures.scopes.levels``). status: ``reported``, ``presumed``, ``projected``,
    ``hypothetical``, ``denied``, ``earlier`` ...; group: the group counted ("children"); part_of: the
    words of the stated total this figure is a part of. stated_unit: a measure's unit as stated, when
    the rules convert it ("acres": the attribute and interval are in hectares). in_care: the hurt told
    as being treated ("78 people are being treated in hospitals"): everyone hurt when said the day it
    happened, those still in care when said on a later day.
    """

    low: int
    high: int | None
    best: int | None
    qualifier: str | None
    vague: str | None
    stated: int | float
    words: str
    unit: str
    subject: str | None
    individual: bool
    part: bool
    parts: list[dict[str, Any]]
    period: str
    period_start: str
    period_length: str
    hit: bool
    shot: int
    minus: list[str]
    shooter: bool
    in_care: bool
    revision: dict[str, Any]
    earlier_of: str
    where: str
    site: str
    where_said: str
    spans: str
    within: str
    area: str
    level: str
    status: str
    group: str
    part_of: str
    stated_unit: str


class PersonValue(TypedDict, total=False):
    """A ``person`` claim's value: name (as written, without title), title, key (the matching key:
    lower case, titles and particles dropped, transliterations folded), role (the noun it is described
    by), status (``killed``, ``injured``, ``quoted``, ``accused``, ``arrested`` or None), age."""

    name: str
    title: str | None
    key: str
    role: str | None
    status: str | None
    age: int | None
    gender: str  # "male" or "female" when a title or the describing noun says it
    alias: str  # the key of the name the document says is the same person's


class EntityValue(TypedDict, total=False):
    """An ``organization``, ``place`` or ``facility`` claim's value: name as written, canonical (through
    the alias tables), key (the canonical name folded), known (the alias tables have it)."""

    name: str
    canonical: str
    key: str
    known: bool
    short_of: str  # a facility named alone after its full name: that full name
    called_place: bool  # a name the tagger read as a person's or a body's that the page calls a place
    country: bool  # a place the page calls a country ("neighbouring Orsania", "Tamaria's interior minister")
    acting: bool  # a name standing for a body that acts ("Kyiv said", "the Kyiv regime"): not where it happened
    recalled: bool  # a happening's name told as another, earlier one ("six weeks after Cyclone Idai")
    reach: int  # a recalled happening's: the document offset where the sentence's telling of it ends
    named_kind: str  # the kind of a happening's own name: storm, flight, operation, fire (a key within its kind)


class TimeValue(TypedDict, total=False):
    """A ``time`` claim's value. A date (attribute ``date``): original words; start, end (ISO, equal
    for a day); granularity (``day``, ``month``, ``year``); resolved (False: a relative date with no
    publication date to anchor it); part (morning, evening ...); weekday. A clock time (attribute
    ``clock``): minutes after midnight; zone as written (or ``local``); utc_offset_minutes; approx (the
    word that makes it approximate); day (ISO) it falls on; paired_offset_minutes (the offset a
    source's own conversion implies). Time since the happening (attribute ``elapsed``): days, approx, day (the happening's, counted back
    from the one day the sentence gives what came after: ``extract.timex``),
    granularity ``span``. An unresolved date written without a year ("on Friday, February 24" in an
    undated page) keeps month_day (``--02-24``). All: role (``event``, ``statement``, ``caption``, ``publication``,
    ``bound``, ``after``, ``elapsed``, ``other``)."""

    original: str
    start: str | None
    end: str | None
    granularity: str
    resolved: bool
    part: str | None
    weekday: str
    role: str
    minutes: int
    zone: str | None
    utc_offset_minutes: int | None
    approx: str | None
    day: str | None
    paired_offset_minutes: int
    days: float
    month_day: str


class MethodValue(TypedDict, total=False):
    """A ``method`` claim's value (attribute ``method``, or ``cause`` for a node under the taxonomy's
    ``cause`` root): method (the taxonomy node), path (it and its ancestors), original (the words
    as written, modifiers included), alternatives (every node of "a missile or negligence", the
    first being ``method``; absent for one), stance (``STANCES``: asserted, accused, suspected or
    hypothetical), cue (the words that give the stance), by (who says so, when the parse names it);
    where, when: the place and the time the sentence sets it in, as written ("Syria" in "an air
    strike in Syria", "2006"), when it does (``verify.compare.elsewhere.about_event`` reads them)."""

    method: str
    path: list[str]
    original: str
    alternatives: list[str]
    stance: str
    cue: str | None
    by: str | None
    where: str
    when: str


class AttributionValue(TypedDict, total=False):
    """An ``attribution`` claim's value: actor (canonical: the rules' name, else the name as the
    sentence gives it), key (what two claims about one actor share: ``verify.extract.attribution.actor_key``),
    stance (``STANCES`` but context_only), cue (the words that say so), by (who says so: the accuser,
    the denier, the speaker; None when the parse names nobody); where, when: the place and the time
    the sentence sets the act in, as written, when it does (as a method's)."""

    actor: str
    key: str
    stance: str
    cue: str | None
    by: str | None
    where: str
    when: str


class QuoteValue(TypedDict, total=False):
    """A ``quote`` claim's value: quote (the quoted words), speaker (or None), cue (the speech verb),
    form (``marks``: in quotation marks; ``block``: a quoted block; ``post``: an embedded post)."""

    quote: str
    speaker: str | None
    cue: str | None
    form: str


class FateValue(TypedDict, total=False):
    """A ``fate`` claim's value: what became of a named person (``fates`` in the rules). fate:
    ``dead``, ``missing``, ``injured``, ``alive`` ...; words: the words that tell it ("still under
    the rubble"; the claim's text runs from the name to them); person: the name as written; key:
    its matching key; of: the id of the ``person`` claim it is said of."""

    fate: str
    words: str
    person: str
    key: str
    of: str


def counted(value: CountValue) -> int | None:
    """The number a count stands for: its ``best``, or for a victim named or described (``individual``,
    no figure stated) the one it counts; None when it has neither."""
    best = value.get("best")
    if best is None and value.get("individual"):
        return value.get("low")
    return best


#: A claim's value, by kind (``Claim.kind`` says which).
ClaimValue = (
    CountValue | PersonValue | EntityValue | TimeValue | MethodValue | AttributionValue | QuoteValue | FateValue
)


def stable_id(prefix: str, *parts: object, length: int = 12) -> str:
    """A short id derived from content, never from run order: ``prefix`` + sha1 of the parts."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:length]}"


@dataclass(frozen=True)
class Document:
    """One article of the corpus.

    id: the file stem, or the ``id`` of a JSONL line; unique within a run.
    path: where it was read from (for JSONL: ``file.jsonl:LINE``).
    text: the body exactly as decoded (front matter removed); every claim offset points into it.
    sha256: hex digest of ``text`` encoded as UTF-8.
    title, source (the outlet), url (the address it was read or captured from): metadata when known.
    published: when the document was published, ISO 8601: a day ``YYYY-MM-DD`` or a moment
        ``YYYY-MM-DDTHH:MM[+HH:MM]`` (an offset only when the source states a zone).
    published_from: where ``published`` came from: ``front_matter`` (or a JSONL field), ``url``
        (a date in the address), ``text`` (a dateline, byline or "Updated"/"Published" line),
        ``html`` (the page's own metadata), or ``none``.
    modified: when the page says it was last updated (ISO 8601, as ``published``), when known.
    author, canonical_url: the byline and the page's canonical address, when the input gives them.
    captured: when an archive (WARC) captured the page (ISO 8601), for web-archive input.
    """

    id: str
    path: str
    text: str
    sha256: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    published_from: PublishedFrom = "none"
    modified: str | None = None
    author: str | None = None
    canonical_url: str | None = None
    captured: str | None = None


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read as a document, and why. Nothing is dropped silently."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Claim:
    """One thing a document asserts, with exact provenance.

    id: stable id from (doc, kind, attribute, start, end).
    doc: the id of the document it comes from.
    kind: what sort of claim (see ``CLAIM_KINDS``).
    attribute: what it is about, named as the rules name it (``deaths``, ``injured``,
        ``perpetrator``, ``method``, ``date``, ``victim``, ``speaker`` ...).
    text: the verbatim words, ``document.text[start:end] == text``.
    sentence: the sentence it was found in, verbatim; ``sentence_start`` is its offset.
    value: the normalised value, a ``ClaimValue`` of the claim's kind (``CountValue`` for a count ...).
    cited_source: whom the document attributes the claim to ("the Syrian Observatory"), or None.
    hedged: True when the wording hedges ("reportedly", "apparent"); ``hedge`` is that word.
    event, entity: filled in by the cluster stage (ids), None before or when unattached.
    """

    id: str
    doc: str
    kind: str
    attribute: str
    text: str
    sentence: str
    start: int
    end: int
    sentence_start: int
    value: ClaimValue = field(default_factory=lambda: CountValue())
    cited_source: str | None = None
    hedged: bool = False
    hedge: str | None = None
    event: str | None = None
    entity: str | None = None

    @staticmethod
    def make_id(doc: str, kind: str, attribute: str, start: int, end: int) -> str:
        return stable_id("c", doc, kind, attribute, start, end)

    # Typed views of ``value`` for a claim whose kind the caller knows (the kinds' TypedDicts above).
    def as_count(self) -> CountValue:
        return cast(CountValue, self.value)

    def as_person(self) -> PersonValue:
        return cast(PersonValue, self.value)

    def as_fate(self) -> FateValue:
        return cast(FateValue, self.value)

    def as_named(self) -> EntityValue:
        """An organisation's, place's or facility's value."""
        return cast(EntityValue, self.value)

    def as_time(self) -> TimeValue:
        return cast(TimeValue, self.value)

    def as_method(self) -> MethodValue:
        return cast(MethodValue, self.value)

    def as_attribution(self) -> AttributionValue:
        return cast(AttributionValue, self.value)

    def as_quote(self) -> QuoteValue:
        return cast(QuoteValue, self.value)

    def placed(self, event: str | None, entity: str | None) -> Claim:
        """This claim with the cluster stage's ``event`` and ``entity`` set: ``dataclasses.replace``
        without its per-field checks, which cost seconds over a few hundred thousand claims."""
        if event == self.event and entity == self.entity:
            return self
        new = object.__new__(Claim)
        for name in _SHARED_FIELDS:
            object.__setattr__(new, name, getattr(self, name))
        object.__setattr__(new, "event", event)
        object.__setattr__(new, "entity", entity)
        return new


#: The fields a placed claim shares with the claim as extracted.
_SHARED_FIELDS = tuple(f.name for f in fields(Claim) if f.name not in ("event", "entity"))


@dataclass(frozen=True)
class Variant:
    """One spelling of an entity as a document wrote it, with its provenance."""

    text: str
    doc: str
    start: int
    end: int
    claim: str


@dataclass(frozen=True)
class Entity:
    """A real-world person, organisation, place or facility that several mentions refer to.

    key: the normalised matching key (titles stripped, transliterations folded, aliases resolved).
    name: the spelling most documents use (ties broken alphabetically).
    variants: every spelling with its provenance, in document/offset order.
    """

    id: str
    kind: str
    name: str
    key: str
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class Event:
    """One real-world happening that claims from one or more documents are about.

    label: a short human label ("air strike on al-Quds hospital, Aleppo, 2016-04-27").
    date: ISO date or ``start/end`` interval when known; place: the place or facility name.
    documents, claims: ids of what it groups, sorted.
    """

    id: str
    label: str
    date: str | None
    place: str | None
    documents: tuple[str, ...]
    claims: tuple[str, ...]


@dataclass(frozen=True)
class Side:
    """One position of a finding: what some sources say, and only the claims that say it.

    label: the position as the report shows it (a figure "471", a method "air strike", a spelling).
    claims, documents: the claims taking this position and their documents, sorted ids.
    bodies: whom those claims are attributed to ("the health ministry"), as written, sorted.
    said: when the earliest of them was said (ISO day or moment), when known.
    """

    label: str
    claims: tuple[str, ...]
    documents: tuple[str, ...]
    bodies: tuple[str, ...] = ()
    said: str | None = None


@dataclass(frozen=True)
class Finding:
    """A verdict of the rule set on one attribute of one event (or one entity).

    verdict: one of ``VERDICTS``; severity: one of ``SEVERITIES``.
    rule: the id of the YAML rule that produced it; summary: one readable sentence.
    claims, documents: all the evidence (every side's), sorted ids.
    sides: the positions set against each other, each with only its own claims: two for a conflict
        or a difference of precision, one per figure of a series of revisions (an update: 12, 31,
        64, in the order said), one per spelling for a variant, one for an agreement or an
        uncorroborated claim. Empty only for findings read from a report written before sides.
    note: what the verdict rests on, when it is not plain ("revised down", "the source says it
        replaced the earlier figure", "no date for one side").
    gap: for two figures, how far apart they are: |a - b| / max(a, b) (0.02: a rounding; 0.5: half).
    """

    id: str
    event: str | None
    entity: str | None
    attribute: str
    verdict: str
    severity: str
    rule: str
    summary: str
    claims: tuple[str, ...]
    documents: tuple[str, ...]
    sides: tuple[Side, ...] = ()
    note: str | None = None
    gap: float | None = None


@dataclass(frozen=True)
class TimelineEntry:
    """One figure on a timeline.

    claim, doc: the count claim and its document. said: when its source said it (ISO day or
    moment), when known; said_from: where that comes from (``statement``: its sentence's day,
    ``stamp``: the page's update line above it, ``document``: the page's date, ``said``, ``weekday``,
    ``elapsed``, ``toll``: inferred, ``none``). body: whom the figure is attributed to, as written.
    verdict: what the figure is beside the others (``TIMELINE_VERDICTS``): ``rose`` or ``revised
    down`` (it revises an earlier figure), ``conflict``, ``compatible``, ``agree`` (another
    independent source gives it), or empty (first or alone).
    """

    claim: str
    doc: str
    said: str | None
    said_from: str
    body: str | None
    verdict: str = ""


#: What a timeline entry is beside the others, most telling first (``TimelineEntry.verdict``).
TIMELINE_VERDICTS = ("conflict", "rose", "revised down", "compatible", "agree", "")


@dataclass(frozen=True)
class Timeline:
    """The figures of one attribute of one event, in the order their sources said them.

    attribute, unit: what is counted ("deaths", "people"); where: the countries the figures are
    limited to ("Turkey"), None for the event as a whole. entries: the figures said first first,
    undated last.
    """

    event: str
    attribute: str
    unit: str
    where: str | None
    entries: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class Corpus:
    """What ingest hands on.

    documents: the documents read, sorted by id; ids are unique.
    skipped: every input that was not read, with the reason, sorted by path (the lines of one
        JSONL file, ``file.jsonl:LINE``, in line order; the records of an archive,
        ``file.warc.gz#record-N``, in record order).
    warnings: documents that were read but had something ignored (unknown front-matter key, bad
        date, assumed encoding), same shape as ``skipped``, sorted by path.
    """

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]
    warnings: tuple[Skipped, ...] = ()


@dataclass(frozen=True)
class Clustering:
    """What the cluster stage hands on: claims with ``event``/``entity`` set, and the groups.

    claims: every claim, in the order given, with ``event`` and ``entity`` filled in where known.
    entities, events: the groups found. copies: ``{copy document id: origin document id}``.
    """

    claims: tuple[Claim, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    copies: dict[str, str]
