"""The rule set as one typed, frozen model: the sections the cluster and compare stages read, the
rules the report cites, and ``RuleSet`` over every section (see ``sections`` for the extract stage's).

``RuleSet`` is compared and hashed by identity, so a stage may cache what it compiles from one.
Its JSON Schema (``verify rules schema``) gives editors autocompletion and checks for rule files.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Annotated, Any

from pydantic import AfterValidator, ConfigDict, Field, PrivateAttr

from ..models import CHECK_NAMES, CLAIM_KINDS, SEVERITIES, VERDICTS
from ..text import fold_phrase
from .fields import Amount, Count, Flag, Fraction, Number, Pattern, Positive, Score, Section, Text, Word, one_of
from .figures import FigureReading
from .patterns import compile_pattern
from .sections import (
    Attribution,
    Background,
    Counts,
    Entities,
    Fates,
    Furniture,
    Limits,
    Methods,
    Names,
    Nlp,
    Quantities,
    Sourcing,
    Time,
)


class Weights(Section):
    """``events.weights``: what each kind of shared evidence adds to a link between two segments."""

    person: Number = 0.0  # per shared victim or suspect (identities resolved), at most two
    people_differ: Number = 0.0  # both name victims in full, none in common
    facility_kind: Number = 0.0  # the same kind of facility hit
    facility: Number = 0.0  # a shared facility or address
    date: Number = 0.0  # the same resolved day
    weekday: Number = 0.0  # the same weekday when neither side resolved it to a date
    period: Number = 0.0  # the same cumulative period, or tallies of one subject
    tally: Number = 0.0  # tallies of one named subject from known starts within the tolerance
    place: Number = 0.0  # never enough alone: a city has many incidents
    method: Number = 0.0
    disaster: Number = 0.0  # one disaster (no attacker: a flood, a collapse) in one place, one day or undated
    figure: Number = 0.0  # per equal toll figure, at most two
    text: Number = 0.0  # times the IDF-weighted cosine of the segments' words (0..1)


class Tallies(Section):
    """``events.tallies``: counts of attacks or facilities hit over a period, one happening when their starts agree."""

    attributes: tuple[Text, ...] = ()
    start_tolerance_months: Count = 3
    subjects: dict[Text, tuple[Word, ...]] = Field(default_factory=dict)


class DocumentLinking(Section):
    """``events.documents``: documents' main happenings linked as whole stories (average linkage)."""

    suggest: Fraction = 0.2  # mean cosine that links with structured support
    confirm: Fraction = 0.5  # mean cosine that links on its own
    confirm_ages_differ: Fraction = 0.5  # ... when the lead victims' ages differ ("a 6-year-old", "a 2-year-old")
    # the lead victim's age is the first "N-year-old" of at most this many years (0: any) whose next
    # words name none of ``aged_things``: "a 143-year-old bridge" gives no victim's age
    oldest_person: Count = 0
    aged_things: tuple[Word, ...] = ()
    strong: Fraction = 0.03  # mean cosine that links with strong support (one disaster in one place ...)
    # ... or one facility hit and at least this many of the same toll figures, each at least
    # ``shared_figure_floor`` (0: never)
    shared_figures: Count = 0
    shared_figure_floor: Count = 0
    terms: Positive = 12  # each document's heaviest words used as candidate keys
    partners: Positive = 25  # a candidate pair is kept when it is among either document's this many closest
    rarity_ceiling: Amount = 7.0  # a word's weight: this minus its frequency in English (Zipf), never below 0,
    corpus_idf: Amount = 1.0  # ... times 1 + this x how few of the corpus's documents hold it (log, scaled)
    followup_days: Count = 30  # days apart allowed with a shared person
    victim_days: Count = 365  # days apart allowed with a shared fully named victim of one age


class Events(Section):
    """``events``: how claims from different documents are grouped into one real-world happening."""

    weights: Weights
    link_threshold: Amount
    date_veto: Flag
    max_span_days: Count
    max_block: Positive
    # a happening that lasts (``Methods.lasts``: a heatwave) may span this many days, its days no clash
    lasting_days: Count = 45
    candidates: Positive = 10  # each record's closest partners in the blocks compared (``closest_pairs``)
    background_days: Count = 30  # a sentence dated this long before publication starts a background segment
    # "comes ten years after a fishing boat sank": a span this long after an indefinite happening tells that one
    earlier_articles: tuple[Word, ...] = ()
    label_facility_share: Fraction = 0.25  # a facility names an event's place when this share of its documents name it
    label_inner_share: Fraction = 0.5  # a place set inside the label's names it when this share of its documents do
    label_part_documents: Count = (
        2  # ... unless the event's figures are counted in a place beside it by this many documents
    )
    care_words: tuple[
        Word, ...
    ] = ()  # "treated at X", "taken to X": where the hurt were cared for, not where it happened
    care_roles: tuple[Word, ...] = ()  # "the director of X", "who runs X": X is whom a speaker works for
    care_after: tuple[Word, ...] = ()  # "X say", "X had received", "X director": X speaks, counts, or employs
    # "21 at X, 160 at Y": how many of the hurt each place holds (patterns ending where the name starts)
    care_shares: tuple[Pattern, ...] = ()
    # "one citizen of X", "two from X": the country people are of, not where it happened
    origins: tuple[Pattern, ...] = ()
    journey_words: tuple[
        Word, ...
    ] = ()  # "took off from X", "30 km north of X": where a journey began or ended, or a landmark
    street_abbreviations: dict[Word, Word] = Field(default_factory=dict)
    facility_kinds: dict[Text, tuple[Word, ...]] = Field(default_factory=dict)
    tallies: Tallies = Field(default_factory=Tallies)
    refers_back: tuple[Pattern, ...] = ()
    new_happening: tuple[Pattern, ...] = ()
    # "the shootings at two mosques", "twin attacks": the happening told struck several sites, so
    # a `new_happening` match that is only a `next_site` ("a second mosque", "a second shooting")
    # is that happening going on at its next site, never another happening
    several_sites: tuple[Pattern, ...] = ()
    next_site: tuple[Pattern, ...] = ()
    # "a day after pagers blew up killing 12", "a second wave of": the stretch follows another
    # happening of the kind, told as earlier than its own
    sequel: tuple[Pattern, ...] = ()
    # "police arrested a suspect after another violent attack", "a second mass shooting has killed
    # 8": a document's lead that tells its own happening as following another of the kind
    lead_sequel: tuple[Pattern, ...] = ()
    # "on alert after a suicide bombing killed 175": a clause recalling a happening, told apart only
    # when its method is of another kind than the stretch's own (``segments``)
    recalled_clause: tuple[Pattern, ...] = ()
    # "the deadliest since a gunman killed 26 at X": background to the end of its paragraph only
    record: tuple[Pattern, ...] = ()
    # "since then", "that year": a sentence tied to the time of the earlier happening just told
    then: tuple[Pattern, ...] = ()
    # "In northern California, meanwhile, ...": a paragraph that turns to what goes on beside the story
    turns: tuple[Pattern, ...] = ()
    taken_to: tuple[Pattern, ...] = ()  # where the harmed were taken: no kind of facility hit
    archive_words: tuple[Word, ...] = ()  # "file photo": a caption's picture is of an earlier happening
    documents: DocumentLinking = Field(default_factory=DocumentLinking)
    duplicate_jaccard: Fraction
    duplicate_shingle: Positive

    @cached_property
    def care_pattern(self) -> re.Pattern[str] | None:
        """Words before a facility that make it where the hurt were taken or treated."""
        if not self.care_words:
            return None
        words = "|".join(re.escape(w) for w in sorted(self.care_words, key=len, reverse=True))
        return re.compile(
            rf"\b(?:{words})\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:at|to|in|into)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE
        )

    @cached_property
    def care_role_pattern(self) -> re.Pattern[str] | None:
        """Words before a facility that make it whom a speaker works for ("the director of",
        "medical workers at", "who runs"): where the hurt were counted, not where it happened."""
        if not self.care_roles:
            return None
        words = "|".join(re.escape(w) for w in sorted(self.care_roles, key=len, reverse=True))
        return re.compile(rf"\b(?:{words})(?:\s+(?:of|at|from|in))?\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)

    @cached_property
    def care_after_pattern(self) -> re.Pattern[str] | None:
        """Words after a facility that make it a speaker, a counter of the dead or an employer
        ("X say", "X had received 15 bodies", "X's director said"): not where it happened."""
        if not self.care_after:
            return None
        words = "|".join(re.escape(w) for w in sorted(self.care_after, key=len, reverse=True))
        return re.compile(
            rf"^(?:['’]s)?\s+(?:(?:has|had|have|was|were|is|are)\s+)?(?:(?:now|also|already)\s+)?(?:{words})\b",
            re.IGNORECASE,
        )

    @cached_property
    def journey_pattern(self) -> re.Pattern[str] | None:
        """Words before a facility that make it where a journey began or was bound, or a landmark
        the place is measured from: not where it happened."""
        if not self.journey_words:
            return None
        words = "|".join(re.escape(w) for w in sorted(self.journey_words, key=len, reverse=True))
        return re.compile(rf"\b(?:{words})\s+(?:from|for|to|of)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)

    @cached_property
    def refers_back_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.refers_back)

    @cached_property
    def new_happening_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.new_happening)

    @cached_property
    def several_sites_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.several_sites)

    @cached_property
    def next_site_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.next_site)

    @cached_property
    def sequel_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.sequel)

    @cached_property
    def recalled_clause_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.recalled_clause)

    @cached_property
    def lead_sequel_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.lead_sequel)

    @cached_property
    def record_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.record)

    @cached_property
    def then_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.then)

    @cached_property
    def turn_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.turns)

    @cached_property
    def origin_patterns(self) -> tuple[re.Pattern[str], ...]:
        """Text before a place that makes it the country people are of or from."""
        return tuple(re.compile(f"(?:{p.pattern})$", re.IGNORECASE) for p in map(compile_pattern, self.origins))

    @cached_property
    def care_share_patterns(self) -> tuple[re.Pattern[str], ...]:
        """Text before a facility that makes it one of the places the hurt are shared among."""
        return tuple(re.compile(f"(?:{p.pattern})$", re.IGNORECASE) for p in map(compile_pattern, self.care_shares))

    @cached_property
    def taken_to_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.taken_to)


class Figures(Section):
    """``compare.figures``: figures of one attribute compared as intervals, on a timeline of when each
    source said them (``verify.compare.timeline``)."""

    tolerance: Amount  # relative slack when testing overlap (0.1 = 10%)
    open_factor: Amount = 1.5  # an open figure ("more than 300") read as at most this times its floor
    rounding: Fraction = 0.0  # an approximate figure this near another said at once is the same, rounded
    window_minutes: Count = 60  # both moments to the minute: said within this, a conflict
    infer_weeks: Count = 8  # an undated document placed by its weekday, up to this many weeks
    toll_attributes: tuple[Text, ...] = ()  # the attributes whose tolls place undated documents
    spike_factor: Amount = 5.0  # one source's figure this many times both neighbours' (or a
    #                                         fraction as small) is no step of the sequence of revisions
    cumulative: tuple[Text, ...] = ()  # counts that only rise: a later, lower one from another body disputes
    staged_by: Text = ""  # a count that only rises whose page figures date a day's reports of ...
    staged: tuple[Text, ...] = ()  # ... these counts that fall as it rises (the missing found dead)
    fixed: tuple[Text, ...] = ()  # counts of the moment it happened (people aboard): never revised, only told
    fixed_people: tuple[Text, ...] = ()  # those of ``fixed`` that count people: compared by who ...
    fixed_wholes: frozenset[Text] = frozenset()  # ... unless their noun counts everyone present
    # groups whose dead (or hurt) the event tells beside a count of civilians alone (words of
    # ``who_died.civilians``; never a ``who_died.combatants`` word's count): those civilians are a
    # part of the whole, compared under <attribute>_civilians, never a rival toll
    civilians_beside: frozenset[Text] = frozenset()
    # units of a length (a boat's length, a sea's depth, a distance from a place: attributes ``<unit>``,
    # ``depth_<unit>``, ``<unit>_from_<place>``): told like ``fixed``, unless one body gives two of them
    fixed_units: tuple[Text, ...] = ()
    current_cues: frozenset[Word] = frozenset()  # "12 still trapped": said as the count now
    # "no bodies have been recovered yet": a count of none said as the count so far, the first step
    # of the count found after it (whole words or phrases anywhere in the sentence of the none)
    so_far_cues: tuple[Text, ...] = ()
    # "their figure of 769 remains accurate": a body reaffirming its figure after another body's
    # higher one, the two rival counts (whole words or phrases, any case, in the figure's sentence)
    reaffirm_cues: tuple[Text, ...] = ()
    # "38 people have so far been confirmed dead": a count that only rises said as its running tally,
    # a step up from a lower figure said that day, whoever gave either (whole words or phrases, any case)
    running_cues: tuple[Text, ...] = ()
    contrast_cues: frozenset[Word] = (
        frozenset()
    )  # "the airline, however, said 167": one page sets two bodies' figures apart
    # "an investigation found the attack far deadlier than estimated, killing close to 600": a later,
    # higher figure said to exceed the earlier estimate, from another body, disputes it (regular
    # expressions, any case, searched in the sentence of the higher figure)
    disputing_cues: tuple[Text, ...] = ()
    # "a study estimated that 4,645 died", beside "the official toll of 64": words of the sentence of a
    # presumed figure that make it another body's estimate by its own reckoning, disputing the count
    # it is set beside, rather than a fear that takes in the missing (whole words)
    estimate_cues: frozenset[Word] = frozenset()
    media: tuple[Text, ...] = ()  # news media relaying a figure: no body of their own on the timeline
    # ... unless the medium counted on its own ("the BBC's findings", "a Reuters tally"): a body then
    own_counts: frozenset[Word] = frozenset()
    standing_for: tuple[Text, ...] = ()  # bodies that stand for one named before ("the group said")
    standing_for_chars: Count = 600  # ... within this many characters before them
    standing_pronouns: frozenset[Word] = frozenset()  # "..., it said": the body named before, as above

    @cached_property
    def media_words(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(re.findall(r"[a-z]+", m.lower())) for m in self.media)


class Quotes(Section):
    """``compare.quotes``: when two quotations are one, and worded alike (rapidfuzz scores)."""

    same_quote: Score
    identical: Score
    min_words: Count
    paraphrase: Score
    shared_words: Fraction = 0.5  # of the shorter quotation's words, the other must give this share
    translation_places: Count = 2  # wordings differing in this many places (no figure among them): two translations
    negations: tuple[Word, ...] = ()  # a place that has one of these on one side only changes the meaning


class Corroboration(Section):
    """``compare.corroboration``: independent sources a claim needs."""

    min_sources: Positive


def _reported(severity: dict[str, str | None]) -> dict[str, str]:
    """The verdicts a rule reports: a verdict set to null is not reported (an override's way to drop one)."""
    return {verdict: level for verdict, level in severity.items() if level is not None}


CheckName = Annotated[Text, one_of("check", CHECK_NAMES)]
KindName = Annotated[Text, one_of("claim kind", CLAIM_KINDS)]
VerdictName = Annotated[Text, one_of("verdict", VERDICTS)]
SeverityName = Annotated[Text, one_of("severity", SEVERITIES)]


class SeverityRule(Section):
    """One line of ``compare.severity.rules``: the conditions a finding must meet, and its severity."""

    severity: SeverityName
    verdict: VerdictName | None = None
    subject: Text | None = None  # one of ``compare.severity.subjects``
    min_gap: Number | None = None  # the relative gap between the figures, at least / at most
    max_gap: Number | None = None
    trivial: Flag | None = None  # a variant only in house style ("al-Assad", "Al Assad")


class Severity(Section):
    """``compare.severity``: a finding's severity by what it is about and how far apart its sides are;
    the first rule that fits wins, else the rule's own ``severity`` map."""

    subjects: dict[Text, frozenset[Text]] = Field(default_factory=dict)
    rules: tuple[SeverityRule, ...] = ()

    def severity_for(
        self, verdict: str, attribute: str, base: str | None, gap: float | None = None, trivial: bool = False
    ) -> str | None:
        for r in self.rules:
            if r.verdict is not None and r.verdict != verdict:
                continue
            if r.subject is not None and attribute not in self.subjects.get(r.subject, ()):
                continue
            if r.min_gap is not None and (gap is None or gap < r.min_gap):
                continue
            if r.max_gap is not None and (gap is None or gap > r.max_gap):
                continue
            if r.trivial is not None and r.trivial != trivial:
                continue
            return r.severity
        return base


class Clock(Section):
    """``compare.clock``: clock times of one event, compared after conversion to UTC."""

    tolerance_minutes: Count = 5  # times this close are one moment
    approx_minutes: Count = 15  # a time said "about", "around", "shortly before" may be this much further
    hour_approx_minutes: Count = 30  # ... and one said to the hour ("around 4 a.m."), this much
    not_happening: tuple[Word, ...] = ()  # a sentence with these words times a commemoration, not the happening
    # "at 16:00, ten hours before the sinking": a time set this far from the happening is another's
    offset_units: tuple[Word, ...] = ()
    offset_words: tuple[Word, ...] = ()
    # a page's times further apart than this are steps of a long happening ("began at 21:40", "stormed
    # the tenth floor at 03:00"): those fewer other sources give are no reading of its time (0: off)
    steps_minutes: Count = 0
    # "the siege ended at about 03:30": a time these words lead to times the end, not the happening
    end_words: tuple[Word, ...] = ()
    end_reach: Count = 0  # ... when one of them is at most this many words before the time
    # "shortly after midnight": a time these words lead to fits any moment up to after_minutes later
    after_words: tuple[Word, ...] = ()
    after_minutes: Count = 0
    # "before midnight", "shortly before 1am": a time these words lead to fits any moment up to
    # before_minutes earlier
    before_words: tuple[Word, ...] = ()
    before_minutes: Count = 0
    # a place named less than this share of the times the event's most named place is does not
    # give the event its UTC offset (a past attack's city, told in passing)
    offset_share: Fraction = 0.0


class Places(Section):
    """``compare.places``: the parts of one place sources put a happening in."""

    parts: dict[Word, Word] = Field(default_factory=dict)  # "northern" -> north: a word naming a part


class WhoDied(Section):
    """``compare.who_died``: the dead one body counts as fighters and another as civilians
    (``verify.compare.victims``)."""

    attributes: tuple[Text, ...] = ("deaths",)  # the tolls read
    combatants: frozenset[Word] = frozenset()  # a figure's subject naming fighters ("12 militants")
    civilians: frozenset[Word] = frozenset()  # a figure's subject or unit naming civilians ("15 civilians")


class Compare(Section):
    """``compare``: how each attribute is compared, what counts as corroboration, how severe a finding is."""

    figures: Figures
    quotes: Quotes
    corroboration: Corroboration
    clock: Clock = Field(default_factory=Clock)
    places: Places = Field(default_factory=Places)
    who_died: WhoDied = Field(default_factory=WhoDied)
    severity: Severity = Field(default_factory=Severity)


class Rule(Section):
    """A rule the report cites: which check runs on which kinds of claim, and each verdict's severity.

    A verdict the ``severity`` map leaves out is not reported; ``enabled: false`` turns the rule off
    (an override names it by id).
    """

    id: Text
    description: Text
    check: CheckName
    kinds: tuple[KindName, ...]
    severity: Annotated[dict[VerdictName, SeverityName | None], AfterValidator(_reported)]
    enabled: Flag = True


class RuleSet(Section):
    """The effective rule set: every section, validated. ``files`` are the files it was read from,
    in load order; ``raw`` the merged YAML (what ``verify rules show`` prints)."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="verify rules")

    nlp: Nlp
    limits: Limits = Field(default_factory=Limits)
    furniture: Furniture
    quantities: Quantities
    counts: Counts
    names: Names
    entities: Entities = Field(default_factory=Entities)
    aliases: dict[Text, dict[Text, tuple[Text, ...]]]  # kind: canonical name: the names that mean it
    methods: Methods
    background: Background = Field(default_factory=Background)
    attribution: Attribution
    sourcing: Sourcing
    time: Time
    events: Events
    figures: FigureReading
    demonyms: dict[Text, tuple[Text, ...]] = Field(default_factory=dict)  # a country: words for it and its people
    fates: Fates = Field(default_factory=Fates)
    compare: Compare
    rules: tuple[Rule, ...]

    _files: tuple[str, ...] = PrivateAttr(default=())
    _raw: dict[str, Any] = PrivateAttr(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        return self is other

    def __hash__(self) -> int:
        return id(self)

    def read_from(self, files: tuple[str, ...], raw: dict[str, Any]) -> RuleSet:
        """Record the files this set was read from and their merged YAML (the loader calls it once)."""
        self._files, self._raw = files, raw
        return self

    def with_limits(self, **changes: Any) -> RuleSet:
        """This set with some of ``limits`` changed (a command-line flag), validated like a rule file.
        The merged YAML (``raw``) and so the report's rules hash stay those of the files: the limits
        decide what is read, and the report lists every document skipped."""
        limits = Limits.model_validate({**self.limits.model_dump(), **changes})
        return self.model_copy(update={"limits": limits}).read_from(self.files, self.raw)

    @property
    def files(self) -> tuple[str, ...]:
        return self._files

    @property
    def raw(self) -> dict[str, Any]:
        return self._raw

    @cached_property
    def active(self) -> tuple[Rule, ...]:
        """The rules that run (``enabled``), in file order."""
        return tuple(r for r in self.rules if r.enabled)

    @cached_property
    def happening_words(self) -> frozenset[str]:
        """Words that name a happening: ``time.elapsed.nouns`` ("earthquake", "fire") and the single
        words of the methods taxonomy ("strike", "shelling"), lower case."""
        return frozenset(w.lower() for w in self.time.elapsed.nouns) | self.methods.single_words

    @cached_property
    def countries(self) -> dict[str, str]:
        """Every word that names a country or its people, lower case -> the country ("turkish" -> "Turkey")."""
        return {w.lower(): country for country, words in self.demonyms.items() for w in (country, *words)}

    @cached_property
    def alias_of(self) -> dict[str, dict[str, str]]:
        """Per kind, ``fold_phrase`` of every alias (the canonical name included) -> the canonical name."""
        return {
            kind: {fold_phrase(n): canonical for canonical, names in table.items() for n in (canonical, *names)}
            for kind, table in self.aliases.items()
        }
