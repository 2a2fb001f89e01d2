"""The sections of the rule set that the extract stage reads: one typed model per YAML section.

Each field is declared once, here, with its type and constraint; a derived form a stage needs (a
lookup table, compiled patterns) is a cached property beside the fields it comes from. Field
comments say what a setting does; ``verify/rules/default.yaml`` says why it has its value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import cached_property
from typing import Annotated, Literal

from pydantic import Field, StrictInt

from ..models import STANCES
from ..text import fold_phrase
from .fields import (
    Amount,
    Count,
    Flag,
    IanaZone,
    Number,
    Pattern,
    Positive,
    Score,
    Section,
    Text,
    Title,
    Whole,
    Word,
    one_of,
)
from .patterns import compile_pattern

StanceName = Annotated[Text, one_of("stance", STANCES)]


class Nlp(Section):
    """``nlp``: the spaCy pipeline and how documents are fed to it."""

    model: Text  # any installed spaCy pipeline with a parser and NER
    batch_size: Positive  # texts per nlp.pipe batch
    n_process: Positive  # above 1: forked workers parse and extract (large corpora only)


#: The smallest document size limit (1 kB): below it nothing useful could be read.
MIN_DOCUMENT_MB = 0.001


class Limits(Section):
    """``limits``: the size policy (README "Size policy"): what verify reads, and how much it parses at once."""

    max_document_mb: Annotated[Number, Field(ge=MIN_DOCUMENT_MB)] = (
        50.0  # a larger document (a file, one JSONL line) is skipped
    )
    max_token_chars: Annotated[Whole, Field(ge=50)] = 200  # longer runs without a space are blanked before tokenizing
    window_chars: Annotated[Whole, Field(ge=1000)] = 100_000  # a longer document is parsed in windows of this size
    batch_chars: Annotated[Whole, Field(ge=1000)] = 100_000  # the parser's memory budget: characters per batch


class Furniture(Section):
    """``furniture``: lines of a scraped page that are not the article (whole lines, any case)."""

    drop: tuple[Pattern, ...] = ()  # lines never read for claims
    links: tuple[Pattern, ...] = ()  # a line starting so is another story's headline
    link_blocks: tuple[Pattern, ...] = ()  # a line that is only this heads a block of links ("Related posts")
    tail: tuple[Pattern, ...] = ()  # a line that is only this opens the page's closing boilerplate ("About X")
    slugs: tuple[Pattern, ...] = ()  # a line starting so starts with a wire's slug ("UPDATE 2-"), not words of it

    @cached_property
    def drop_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p, r"^\s*") for p in self.drop)

    @cached_property
    def link_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p, r"^\s*") for p in self.links)

    @cached_property
    def link_block_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p, r"^\s*") for p in self.link_blocks)

    @cached_property
    def tail_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p, r"^\s*") for p in self.tail)

    @cached_property
    def slug_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p, r"^\s*") for p in self.slugs)


class Vague(Section):
    """A vague quantity word: what it can mean, [low, high] (high null: open above), and its best figure."""

    low: Count
    high: Count | None
    best: Count


class Qualifier(Section):
    """A qualifier turns a stated figure n into [low * n + low_add, high * n + high_add] (high null: open)."""

    words: tuple[Word, ...]
    low: Number
    high: Number | None
    low_add: Whole = 0
    high_add: Whole = 0

    def apply(self, n: float) -> tuple[int, int | None]:
        low = max(0, math.floor(self.low * n + self.low_add))
        high = None if self.high is None else math.ceil(self.high * n + self.high_add)
        if high is not None and high < low:
            high = low
        return low, high


class Quantities(Section):
    """``quantities``: vague words and qualifiers of figures."""

    vague: dict[Word, Vague]
    qualifiers: dict[Text, Qualifier]


#: What a count attribute counts; the stages read roles, never attribute names:
#: - killed: people killed (one attribute at most: a shooter's own death, "himself", "He died");
#: - injured: people injured (one at most: a figure read only from ``hit_words``, "shot", goes here);
#: - harmed: other people an incident harms or takes ("missing", "arrested");
#: - attacks: attacks, counted by their own noun ("six attacks");
#: - targets: facilities hit (one at most: "attacks on 27 hospitals" counts here too);
#: - things: other things, counted by their own noun ("30 beds");
#: - people: other people ("a population of 250,000").
CountRole = Literal["killed", "injured", "harmed", "attacks", "targets", "things", "people"]
#: Roles whose figures report harm: they make a sentence an event mention, and a lone source is uncorroborated.
HARM_ROLES = frozenset({"killed", "injured", "harmed", "attacks", "targets"})
#: Roles of people an incident harms: one named person can be such a count ("Maaz was killed").
VICTIM_ROLES = frozenset({"killed", "injured", "harmed"})
#: Roles whose equal figures are evidence that two reports tell one incident.
TOLL_ROLES = frozenset({"killed", "injured"})
#: Roles whose unit is the counted noun itself ("attacks", "beds"), not people.
NOUN_ROLES = frozenset({"attacks", "things"})
#: Roles at most one attribute may have.
SINGLE_ROLES = ("killed", "injured", "targets")


class CountAttribute(Section):
    """One attribute figures can count: its role and the words that say a figure counts it."""

    role: CountRole
    words: tuple[Word, ...]


class Revisions(Section):
    """``counts.revisions``: the language of a revised toll (``verify.extract.counts.revisions``):
    cue phrases by kind ("rose to", "down from", "now stands at", "up from"; "..." stands for the
    words between), update stamps (patterns) and the words that name a toll, with its attribute."""

    rise: tuple[Word, ...] = ()
    fall: tuple[Word, ...] = ()
    revised: tuple[Word, ...] = ()
    earlier: tuple[Word, ...] = ()
    # first words of a `revised` cue that say the new figure replaced another ("revised to 275"), not
    # only where it stands ("stands at"): a lower figure so cued is a revision, never another body's
    # dispute of the higher one
    replacing: tuple[Word, ...] = ()
    stamps: tuple[Pattern, ...] = ()
    toll_words: dict[Word, Text] = Field(default_factory=dict)
    # nouns (lemmas) of an estimate, with what one counts when its own words name nothing
    estimate_words: dict[Word, Text] = Field(default_factory=dict)
    # nouns (lemmas) that name no count but point back at one stated before ("368 were rescued, but
    # later revised the figure down to 164"): the cue revises that figure
    anaphora: tuple[Word, ...] = ()
    # words between two coordinated figures that make them one toll's successive values ("rose to 35
    # and now 58"): the later replaced the earlier, never a sum
    successive: frozenset[Word] = frozenset()
    # nouns of the second of two coordinated numbers after a cue ("reached 19 and some 20 others were
    # wounded"): the first number is the cue's new figure, never the others' (``verify.extract.repairs``)
    paired_others: frozenset[Word] = frozenset()

    @cached_property
    def stamp_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.stamps)


class Counts(Section):
    """``counts``: what a figure counts and how it is read."""

    attributes: dict[Text, CountAttribute]  # the first whose words govern a figure wins
    subjects: dict[Text, tuple[Word, ...]]  # what is counted: the first list with the head noun
    facility_subjects: tuple[Text, ...]  # subjects that make a figure a count of facilities
    hit_words: tuple[Word, ...] = ()  # a victim hit, the outcome unsaid ("shot")
    former: frozenset[Word] = frozenset()  # "formerly missing": what they were, not what they are
    remains: frozenset[Word] = frozenset()  # "the remains of 33 people who went missing": no one missing now
    periods: tuple[Pattern, ...] = ()  # a total over a period, not one incident's toll
    self_kill: tuple[Pattern, ...] = ()  # the shooter's own death ("took his own life")
    fatal: tuple[Pattern, ...] = ()  # a happening that makes the shots of its clause deaths ("murder-suicide")
    revisions: Revisions = Field(default_factory=Revisions)

    @cached_property
    def words(self) -> dict[str, tuple[str, ...]]:
        """Each attribute's words, in the order attributes are tried."""
        return {name: a.words for name, a in self.attributes.items()}

    def having(self, *roles: str) -> frozenset[str]:
        """The attributes with one of ``roles``."""
        return frozenset(name for name, a in self.attributes.items() if a.role in roles)

    def the(self, role: str) -> str | None:
        """The one attribute with ``role`` (killed, injured, targets), or None."""
        return next((name for name, a in self.attributes.items() if a.role == role), None)

    @cached_property
    def killed(self) -> str | None:
        """The attribute of people killed ("deaths"), if any."""
        return self.the("killed")

    @cached_property
    def injured(self) -> str | None:
        """The attribute of people injured ("injured"), if any."""
        return self.the("injured")

    @cached_property
    def targets(self) -> str | None:
        """The attribute of facilities hit ("facilities_hit"), if any."""
        return self.the("targets")

    @cached_property
    def attacks(self) -> frozenset[str]:
        """The attributes of attacks ("attacks")."""
        return self.having("attacks")

    @cached_property
    def strikes(self) -> frozenset[str]:
        """The attributes of attacks and of facilities hit."""
        return self.having("attacks", "targets")

    @cached_property
    def harm(self) -> frozenset[str]:
        return self.having(*HARM_ROLES)

    @cached_property
    def victims(self) -> frozenset[str]:
        return self.having(*VICTIM_ROLES)

    @cached_property
    def tolls(self) -> frozenset[str]:
        return self.having(*TOLL_ROLES)

    @cached_property
    def by_noun(self) -> frozenset[str]:
        return self.having(*NOUN_ROLES)

    @cached_property
    def period_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.periods)

    @cached_property
    def self_kill_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.self_kill)

    @cached_property
    def fatal_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.fatal)


class PeopleWords(Section):
    """``names.people``: the people extractor's words (lower case; verbs as lemmas), see ``verify.extract.people``."""

    not_person: frozenset[Word] = frozenset()
    region_abbreviations: frozenset[Word] = frozenset()
    victim_nouns: frozenset[Word] = frozenset()
    suspect_nouns: frozenset[Word] = frozenset()
    kill: frozenset[Word] = frozenset()
    wound: frozenset[Word] = frozenset()
    harm: frozenset[Word] = frozenset()
    death: frozenset[Word] = frozenset()
    injury: frozenset[Word] = frozenset()
    arrest: frozenset[Word] = frozenset()
    accuse: frozenset[Word] = frozenset()
    plead: frozenset[Word] = frozenset()
    attack: frozenset[Word] = frozenset()
    # attack verbs that attack only with one of these objects ("opened fire"; not "opened an inquiry")
    attack_objects: dict[Word, frozenset[Word]] = Field(default_factory=dict)
    identifiers: frozenset[Word] = frozenset()
    person_nouns: frozenset[Word] = frozenset()
    male_nouns: frozenset[Word] = frozenset()
    female_nouns: frozenset[Word] = frozenset()
    animal_nouns: frozenset[Word] = frozenset()  # "Niko, an Akita": a pet's name, not a person's
    # a lone word at least this common in English (wordfreq Zipf) is no speaker's name: "Staff said"
    common_word_zipf: Amount = 4.0


#: The genders a title or a given name can say.
Gender = Literal["male", "female"]


class Names(Section):
    """``names``: titles, surname particles, transliteration folds and the same-person thresholds."""

    titles: frozenset[Title]
    surname_particles: frozenset[Word] = frozenset()
    generational_suffixes: frozenset[Word] = frozenset()  # "Jr", "III": house style in a name's spelling
    fold: dict[Word, tuple[Word, ...]]  # one key, its transliterations
    match_threshold: Score  # same person at or above (verify.extract.names.same_person)
    suggest_threshold: Score  # a lone surname against a full name scores this at most
    people: PeopleWords = Field(default_factory=PeopleWords)
    gendered_titles: dict[Gender, frozenset[Word]] = Field(default_factory=dict)  # "Mr", "Mrs"
    given_names: dict[Gender, frozenset[Word]] = Field(default_factory=dict)  # by gender; never one misspelt
    short_forms: dict[Word, tuple[Word, ...]] = Field(default_factory=dict)  # a given name, its short forms
    alias_cues: tuple[Text, ...] = ()  # "also known as": two names of one person
    min_typo_length: Count = 5  # letters a name needs before one edit is a typo

    @cached_property
    def fold_of(self) -> dict[str, str]:
        """Each spelling (the key included) -> its key."""
        return {v: key for key, variants in self.fold.items() for v in (key, *variants)}

    @cached_property
    def given_forms(self) -> dict[str, frozenset[str]]:
        """Each given name or short form in ``short_forms``, folded -> the full names it can be ("tim" -> {"timothy"})."""
        out: dict[str, set[str]] = {}
        for full, shorts in self.short_forms.items():
            for n in (full, *shorts):
                out.setdefault(self.fold_of.get(n, n), set()).add(self.fold_of.get(full, full))
        return {n: frozenset(fulls) for n, fulls in out.items()}

    @cached_property
    def given_gender(self) -> dict[str, str]:
        """Each listed given name, folded -> its gender ("" when listed for both)."""
        out: dict[str, str] = {}
        for gender, names in self.given_names.items():
            for n in names:
                k = self.fold_of.get(n, n)
                out[k] = "" if out.get(k, gender) != gender else gender
        return out


class GazetteerAliases(Section):
    """``entities.gazetteer_aliases``: the other names the gazetteer lists for a city ("Vizag",
    "Vishakhapatnam" for Visakhapatnam; "Kiev" for Kyiv), read as that city (``text.places.city_alias``).
    ``min_length``: letters an alternate needs; ``code_length``: an alternate in capitals up to this
    long is a code ("VTZ"), never a name; ``prefix``: an alternate given in one form only, starting
    this many letters like neither the city's name nor another of its names, is a region's or a
    district's name listed beside the city ("Hatay" for Antakya), never read as it; ``common_zipf``: an alternate at least this common in
    English (wordfreq's Zipf scale) is a word, not a name ("Media", "Market", "Africa" are some
    city's); ``stopwords``: words of the news under that bar some city has as an alternate, never
    read as one ("Grenade", "Hamas")."""

    enabled: Flag = True
    min_length: Annotated[StrictInt, Field(ge=2)] = 4
    code_length: Count = 4
    prefix: Positive = 3
    common_zipf: Amount = 4.0
    stopwords: frozenset[Word] = frozenset()


class Entities(Section):
    """``entities``: how two names of an organisation, place or facility are compared (verify/cluster/named.py)."""

    min_typo_length: Count = 4  # letters a word needs before one edit is a typo
    min_change_length: Count = 5  # ... before one changed letter is ("Sada" is not "Sana")
    demonym_endings: tuple[Word, ...] = ()  # "Kaldoria" + "n": its people's word, no respelling
    acronym_length: Count = 0  # a word in capitals up to this long is an acronym ("IRNA"), no respelling of "Iran"
    word_folds: dict[Word, Word] = Field(default_factory=dict)  # defence -> defense, authority -> agency
    skip_words: frozenset[Word] = frozenset()  # left out: "of", "the"
    generic_words: frozenset[Word] = frozenset()  # say what kind of thing, not which one
    bodies: tuple[Text, ...] = ()  # public bodies named in lower case ("civil defence")
    lead_words: frozenset[Word] = frozenset()  # open a clause, never a name: "Citing France Press"
    place_nouns: frozenset[Word] = frozenset()  # "the town of X": X is a place
    place_preps: frozenset[Word] = frozenset()  # "in X", X with no title nor listed given name: a place
    place_before: frozenset[Word] = frozenset()  # "nearby X": a place
    place_after: frozenset[Word] = frozenset()  # "the X and Y areas", with place_nouns: places
    structure_after: frozenset[Word] = frozenset()  # "the Genoa highway bridge": a known town, a place
    vessel_prefixes: frozenset[Word] = frozenset()  # "MV X", "HMS X": a ship's name, no place
    weapon_heads: frozenset[Word] = frozenset()  # "Tochka-U missiles": a weapon's name, no place
    happening_names: tuple[Text, ...] = ()  # "Cyclone X", "Hurricane X": X names the happening
    recall_words: frozenset[Word] = frozenset()  # "another cyclone, X": X is an earlier happening
    recall_preps: frozenset[Word] = frozenset()  # "weeks after Cyclone X (struck)": X is an earlier happening
    flight_heads: tuple[Text, ...] = ()  # "Flight JT610", "MH17" on a page writing one: a flight's name
    operation_heads: tuple[Text, ...] = ()  # "Operation Protective Edge": an operation's name
    fire_heads: tuple[Text, ...] = ()  # "the Camp Fire": a fire's name
    organisation_words: frozenset[Word] = frozenset()  # "X Observatory for Human Rights": a body's name
    country_before: tuple[Text, ...] = ()  # "neighbouring X", "the country of X": X is a country
    country_offices: frozenset[Word] = frozenset()  # "X's interior minister": X is a country
    country_nouns: frozenset[Word] = frozenset()  # "X and two neighbouring states": X is one of them
    not_country_offices: frozenset[Word] = frozenset()  # "X's provincial government": X is none
    acting_verbs: frozenset[Word] = frozenset()  # "Kyiv said", "Moscow denied": X stands for a body
    acting_nouns: frozenset[Word] = frozenset()  # "the Kyiv regime", "Moscow's officials": likewise
    gazetteer_aliases: GazetteerAliases = Field(default_factory=GazetteerAliases)  # "Vizag" = Visakhapatnam


#: What kind of happening a taxonomy root is: an attack (by a method), or one that needs no attacker.
HappeningKind = Literal["attack", "disaster", "accident", "unknown"]


class Method(Section):
    """A kind of happening or a method of attack: its parent (null: a root), the words that name it;
    kind (a root's own, inherited below it: ``Methods.kind_of``); generic: words too general to be a
    claim ("attack", "hit") that still tell an event's kind; not_before / not_after: words that, right
    after or right before a match, make it something else ("fire engines", "under fire"); attribute:
    the attribute of its claims and those below it (``Methods.attribute_of``; ``cause`` for causes,
    else ``method``); label: the noun an event's label calls it by ("shooting" for ``firearm``),
    else its name with spaces; rival: false for a method no other is set against (crowd control);
    in_attack: the node its words are in a sentence that names an attack method; lasting: a happening
    of days or weeks whose toll "since" a day is its own (``Methods.lasts``); verbs / into: a verb of
    these lemmas driven "into" or "through" a phrase headed by one of ``into`` names it too ("drove a
    pickup truck into a crowd", "ploughed his car through the market"); yields: a means that names an
    event only when its texts tell no happening that needs no attacker (``Methods.names``); movers:
    what moves in it, one of which a verb of it with a common noun for subject must have for subject
    or object ("the plane crashed", never "one of the towers crashed down")."""

    parent: Text | None
    words: tuple[Word, ...]
    kind: HappeningKind | None = None
    generic: Flag = False
    attribute: Word | None = None
    not_before: tuple[Word, ...] = ()
    not_after: tuple[Word, ...] = ()
    label: Text | None = None  # what an event of this method is called ("shooting"), else its name
    # false: never a rival of another method or cause (tear gas beside live rounds, or fired at a
    # protest after a blast): compatible with every node
    rival: Flag = True
    # the node its words are in a sentence that names an attack ("barrel bombs filled with
    # chlorine": a chemical attack, where "chlorine gas leaked from a plant" is a leak)
    in_attack: Text | None = None
    # a happening that lasts days or weeks over a country (a heatwave): a toll "since" a day is its
    # own toll and that day its start, not a tally over other happenings
    lasting: Flag = False
    # verbs (lemmas) that name it when driven "into" or "through" one of ``into`` ("drove a truck
    # into the crowd"): how a vehicle became the weapon, read from the parse
    verbs: tuple[Word, ...] = ()
    into: tuple[Word, ...] = ()
    # a means used on a crowd (tear gas): the event is the crush, the fire or the blast the texts tell
    # beside it, however often the means is named; only with none of those is it the event's name
    yields: Flag = False
    # what moves in it (lemmas): a verb of it whose subject is a common noun (or "one of" one) and
    # neither that subject nor its object is one of these tells no such happening ("one of the
    # towers crashed down": a structure's fall, no vehicle's crash)
    movers: tuple[Word, ...] = ()


class Background(Section):
    """``background``: what sets a method or an act in a sentence apart from the story's happening
    (``verify.extract.setting``, ``verify.compare.elsewhere``). place_preps / time_preps: the
    prepositions whose place or time object is kept as the claim's ``where`` / ``when``;
    other_times: words of a ``when`` that make it another time whatever the event's day;
    comparison_nouns measured by comparison_measures ("a tenth of the strength of X") and comparison_words ("like X", "than X"): X is measured
    against, not a method; comparison_verbs (lemmas: "surpassing the 103 killed during Hurricane X"):
    their object and what it tells are another happening's; sequence_verbs with sequence_words ("it came after X"): X is an earlier
    happening; intent_verbs ("trying to lay explosives"): a method only intended is hypothetical;
    before_words with one of story_nouns ("shelled for three days before the strike"): a method
    set before the story's happening is another, earlier one; campaign_nouns ("a siege marked by
    starvation and heavy bombardment"): a method told of a long campaign is the campaign's, not how
    the story's happening was done; risk_nouns ("the danger of sinking", "at risk of collapse"): a
    method only feared is hypothetical."""

    place_preps: tuple[Word, ...] = ()
    time_preps: tuple[Word, ...] = ()
    other_times: tuple[Word, ...] = ()
    comparison_nouns: tuple[Word, ...] = ()
    comparison_measures: tuple[Word, ...] = ()
    comparison_words: tuple[Word, ...] = ()
    comparison_verbs: tuple[Word, ...] = ()
    sequence_verbs: tuple[Word, ...] = ()
    sequence_words: tuple[Word, ...] = ()
    intent_verbs: tuple[Word, ...] = ()
    before_words: tuple[Word, ...] = ()
    story_nouns: tuple[Word, ...] = ()
    campaign_nouns: tuple[Word, ...] = ()
    risk_nouns: tuple[Word, ...] = ()


class Downing(Section):
    """``methods.downing``: what a shoot-down brought down tells which account it is. ``verbs``
    (lemmas) of shooting down, for the words of the node ``reads``; ``aircraft``: nouns of what a shoot-down brought down as its target,
    read as ``node`` ("the airliner was shot down by a missile"); ``weapons``: nouns of a weapon shot
    down, which stays the interception it names ("the missile was shot down by air defences")."""

    reads: Text | None = None  # the node whose words of shooting down are read ("shot down": interception)
    node: Text | None = None
    verbs: tuple[Word, ...] = ()
    aircraft: frozenset[Word] = frozenset()
    weapons: frozenset[Word] = frozenset()


class Methods(Section):
    """``methods``: a taxonomy. Two are compatible when one is the other or an ancestor of it, or when
    a pair of their ancestors is declared compatible (``explosion`` and ``explosive`` make an
    explosion compatible with an air strike). ``figurative``: phrases whose word is no method nor
    happening ("a bombshell report", "exploded in anger"); ``figurative_into``: states a method's
    verb drives something into ("sank Lebanon further into crisis"), which make it no method;
    ``figurative_subjects``: subjects that make a method's verb tell how they began ("protests erupted");
    ``hindering_verbs``: verbs whose subject only hampered the response ("strong winds hampered the
    search"); ``conditions`` and ``condition_verbs``: weather fought or driving a happening of
    another kind ("boats battled gale force winds" beside a fire), no method; ``perceived_verbs``: verbs whose object was only heard or felt ("heard loud
    explosions"); ``destroying_verbs``: verbs whose object was destroyed or taken, no cause ("ammunition
    stored inside was destroyed"); ``found_verbs``: verbs whose object is a weapon of ``found_weapons``
    found or carried, no method ("a device was found at the scene"); ``referring_determiners``: "the accident" refers to the event, no claim of its cause;
    ``answered_cues``: words before a method phrase that another attack of its clause answered ("air
    defences were firing due to a drone strike"), no method of the event; ``exception_cues``: words
    that set some victims apart from the rest ("all died of the heat, except for one hurt in a
    crush"): a method inside their phrase is what befell those few, no method of the event;
    ``spewed_matter``: what a volcano, a geyser or a blast throws out ("jets of scalding steam",
    "shot an ash plume into the air"): an attack's word whose "of" phrase or object is one of them
    tells matter thrown out, no weapon; ``downing``: what a shoot-down brought down, an aircraft
    (its own node, one account with what downed it) or a weapon (an interception)."""

    taxonomy: dict[Text, Method]
    compatible: tuple[tuple[Text, Text], ...] = ()
    # faults (with their descendants) that say why it happened, never what: an event most told by
    # one is labelled as ``cause_label`` ("accident")
    faults: tuple[Text, ...] = ()
    cause_label: Text = "accident"
    figurative: tuple[Word, ...] = ()
    # states a verb drives something into ("sank the country into crisis"): the verb is no method
    figurative_into: tuple[Word, ...] = ()
    # nouns (lemmas) of a gathering or a quarrel: a method's verb whose subject is one of them tells
    # how that began ("protests erupted", "violence exploded"), no happening of the verb's kind
    figurative_subjects: tuple[Word, ...] = ()
    # verbs (lemmas) whose subject only got in the way of the response ("strong winds hampered the
    # search"): a circumstance, no method or cause of the event
    hindering_verbs: tuple[Word, ...] = ()
    # nodes of the weather (themselves and those below) that drive or hamper a happening of another
    # kind: a phrase of one that is the object or subject of ``condition_verbs`` ("boats battled
    # gale force winds", "strong winds fanned the flames") in a sentence that names a happening of
    # another node is a condition of that one, no method of the event
    conditions: tuple[Text, ...] = ()
    condition_verbs: tuple[Word, ...] = ()
    # verbs (lemmas) of hearing or feeling: a happening of unknown cause that is their object is a
    # sound or a jolt someone perceived ("residents heard loud explosions as the dams gave way"), no claim of
    # what caused the event
    perceived_verbs: tuple[Word, ...] = ()
    # verbs (lemmas) whose object is what the act destroyed or took ("weapons and ammunition stored
    # inside were destroyed", "seized an arms cache"): the thing hit, no cause of the event
    destroying_verbs: tuple[Word, ...] = ()
    # verbs (lemmas) whose object is a weapon found or carried ("an improvised explosive device was
    # found at the scene", "he was carrying a rifle"): evidence of what the attacker had, no claim of
    # how the attack was done
    found_verbs: tuple[Word, ...] = ()
    # verbs (lemmas) of a thing holding a weapon "in" or "inside" it ("a car which had two bombs in
    # it", "a bag containing explosives inside"): a weapon found, as with ``found_verbs``
    holding_verbs: tuple[Word, ...] = ()
    # the nodes (themselves, not those below) ``found_verbs`` apply to: weapons carried or left
    # behind, not munitions fired from afar whose remains tell what struck
    found_weapons: tuple[Text, ...] = ()
    # determiners that make a word naming the kind of happening refer to the event told ("the
    # accident was caused by ...") rather than say what caused it ("it was an accident")
    referring_determiners: tuple[Word, ...] = ()
    # nouns of a hypothesis weighed: a method word naming one ("the sabotage theory") or "of" one
    # ("the possibility of sabotage") is hypothetical
    hypothesis_nouns: frozenset[Word] = frozenset()
    # what a cause is only suspected on: nouns of evidence ("serious indications that the fire was
    # set deliberately", "signs of arson"), verbs of suspicion ("they suspect it resulted from
    # arson", "suggested that arsonists were behind it") above a method word, and words on it
    # ("suspected arson", "possible arson"): a hypothesis its holder weighs, no cause told
    suspicion_nouns: frozenset[Word] = frozenset()
    suspicion_verbs: frozenset[Word] = frozenset()
    suspicion_modifiers: frozenset[Word] = frozenset()
    # nouns of a body a method word may name ("the fire department's arson section", "earthquake
    # experts"): the body's name, no method
    body_nouns: frozenset[Word] = frozenset()
    # words right before a method phrase in the clause of a verb another attack is the subject of
    # ("air defences were firing due to a drone strike"): what that attack answered, no method
    answered_cues: tuple[Word, ...] = ()
    # words that set a few apart from the rest ("except for one who was hurt in a crush"): a method
    # inside the phrase they head is what befell those few, never the event's
    exception_cues: tuple[Word, ...] = ()
    # what a shoot-down brought down: an aircraft (``downing.node``) or a weapon (interception)
    downing: Downing = Field(default_factory=Downing)
    # nouns (lemmas or as written) of matter a happening throws out: an attack's word whose "of"
    # phrase or direct object is one ("jets of steam", "shot an ash plume") is no weapon
    spewed_matter: tuple[Word, ...] = ()

    @cached_property
    def compatible_pairs(self) -> frozenset[frozenset[str]]:
        return frozenset(frozenset(p) for p in self.compatible)

    @cached_property
    def single_words(self) -> frozenset[str]:
        """Every one-word name of a method or kind of happening, lower case ("airstrike", "quake")."""
        return frozenset(w.lower() for node in self.taxonomy.values() for w in node.words if " " not in w)

    @cached_property
    def attack_words(self) -> frozenset[str]:
        """The one-word names of methods of attack ("airstrike", "shelling"), no happening's that
        needs no attacker ("floods", "quake")."""
        return frozenset(
            w.lower()
            for name, node in self.taxonomy.items()
            if self.kind_of(name) == "attack"
            for w in node.words
            if " " not in w
        )

    def ancestors(self, name: str) -> list[str]:
        """``name`` and its ancestors, nearest first."""
        chain: list[str] = []
        while name and name in self.taxonomy and name not in chain:
            chain.append(name)
            name = self.taxonomy[name].parent or ""
        return chain

    def kind_of(self, name: str) -> str:
        """A node's kind of happening: its own, else the nearest ancestor's, else attack."""
        return next((k for n in self.ancestors(name) if (k := self.taxonomy[n].kind) is not None), "attack")

    def happening(self, name: str) -> bool:
        """A node under a root that needs no attacker (a crush, a fire, a blast), the root's own
        generic words aside."""
        if name not in self.taxonomy or self.taxonomy[name].generic:
            return False
        return self.kind_of(name) != "attack"

    def names(self, name: str, told: Iterable[str]) -> bool:
        """A node may name an event whose methods are ``told``: always, unless it ``yields`` and one
        of them is a happening (tear gas fired at a crowd that then crushed: a crush)."""
        node = self.taxonomy.get(name)
        return node is None or not node.yields or not any(self.happening(t) for t in told)

    def lasts(self, name: str) -> bool:
        """A node (or an ancestor) is a happening that lasts days or weeks (``lasting``)."""
        return name in self.taxonomy and any(self.taxonomy[n].lasting for n in self.ancestors(name))

    def attribute_of(self, name: str) -> str:
        """The attribute of a node's claims: its own, else the nearest ancestor's, else ``method``."""
        return next((a for n in self.ancestors(name) if (a := self.taxonomy[n].attribute) is not None), "method")

    def are_compatible(self, a: str, b: str) -> bool:
        if a == b:
            return True
        up_a, up_b = self.ancestors(a) or [a], self.ancestors(b) or [b]
        if a in up_b or b in up_a:
            return True
        if not all(self.taxonomy[n].rival for n in (*up_a, *up_b) if n in self.taxonomy):
            return True  # crowd control: beside any happening, a rival of none
        return any(frozenset((x, y)) in self.compatible_pairs for x in up_a for y in up_b)


class Roles(Section):
    """``attribution.roles``: the words that give a named actor a role in the parse (lower case, verbs as lemmas)."""

    agent_verbs: tuple[Word, ...] = ()  # whose subject or "by" agent did it
    weak_agent_verbs: tuple[Word, ...] = ()  # the same, only in a sentence that names an attack
    # a verb (lemma) and the objects that make it an agent verb: "opened fire" ({open: [fire]})
    agent_phrases: dict[Word, tuple[Word, ...]] = Field(default_factory=dict)
    acts: tuple[Word, ...] = ()  # nouns whose owner did it ("Israel's strike")
    # words before an act noun that make it a response, no one's attack ("a rescue operation")
    not_acts_after: frozenset[Word] = frozenset()
    responsible: tuple[Word, ...] = ()  # "X was responsible / behind it / involved"
    # nouns (lemmas) of an actor's part in it: "rejected any involvement of X", "denied X's role" is
    # the speaker's denial (or accusation) of X
    role_nouns: frozenset[Word] = frozenset()
    denial_of: tuple[Word, ...] = ()  # what a denial is about when it is the denier's own
    denial_of_said: frozenset[Word] = frozenset()  # ... standing for what was said: its object or antecedent only
    named_acts: tuple[Word, ...] = ()  # acts a name before them names ("the Qalamoun offensive"), not who
    # a verb (lemma) and the objects by which its subject claims the act as its own ("claimed
    # responsibility", "took credit"): its own claim, and no speech cue
    claim_phrases: dict[Word, tuple[Word, ...]] = Field(default_factory=dict)
    claim_acts: tuple[Word, ...] = ()  # verbs (lemmas) that claim the act itself too ("claimed the bombing")
    # verbs (lemmas) by which their subject claims an act it says it did ("the group said it had
    # carried out the attack"), the act's subject one of ``own_act_pronouns``
    own_act_verbs: tuple[Word, ...] = ()
    own_act_pronouns: frozenset[Word] = frozenset()
    # pronouns that stand for the claimant in what a verb of ``claim_acts`` says it did ("Islamic
    # State have claimed they are behind the attack"), besides ``own_act_pronouns``
    claim_pronouns: frozenset[Word] = frozenset()
    # verbs (lemmas) whose subject is said to have caused the happening ("X caused the boat to capsize")
    cause_verbs: tuple[Word, ...] = ()
    # who carried it out: the "by" agent of what befell them ("the gunmen were killed by security
    # forces") ended the attack, and did not carry it out
    attacker_nouns: tuple[Word, ...] = ()
    # words before an attacker noun that still name no one ("unidentified gunmen", "masked attackers")
    unnamed_words: tuple[Word, ...] = ()
    # words of a creed or a cause that name no group ("Islamist gunmen", "jihadists"): an actor named
    # by them alone is no one a group's claim of the attack disputes
    creed_words: tuple[Word, ...] = ()
    # nouns (lemmas) of one who speaks for an actor: "the group's spokesman", "a spokesman for X"
    # denies or claims for the actor
    speaking_for: frozenset[Word] = frozenset()
    # verbs (lemmas) of the law's work: an agent verb told beside one ("police raided the offices
    # and arrested the owner") is enforcement, no one's attack
    enforcement_verbs: frozenset[Word] = frozenset()
    # nouns (lemmas) of a dwelling or premises: an agent verb whose object is one ("police raided two
    # addresses", "officers searched his flat") is enforcement, unless a verb of `enforcement_unless`
    # (lemmas) is told beside it as one action ("soldiers raided homes, killing 12")
    enforcement_objects: frozenset[Word] = frozenset()
    enforcement_unless: frozenset[Word] = frozenset()
    # words (lemmas) of the law's bodies ("police", "gendarmes", "security forces") and the act nouns
    # of their work ("raid", "operation", "siege"): such a body's act ("the police's raid of the
    # venue", "a raid by security forces", "officers were involved in the operation") is the response
    # to the happening, no one's attack, unless a verb of `enforcement_unless` governs it ("a police
    # raid killed 12")
    enforcers: frozenset[Word] = frozenset()
    enforcement_acts: frozenset[Word] = frozenset()
    # words opening a phrase or clause that sets another act beside a verb ("were firing from the
    # hospital before an air strike killed 19"): an act named there is not the verb's
    other_act_links: frozenset[Word] = frozenset()
    # verbs (lemmas) of a purpose that ends or answers the happening ("to end the stand-off", "to
    # storm the mall"): an accusation of an act done for one is about the response, no blame
    response_purposes: frozenset[Word] = frozenset()
    # phrases (lemmas, words apart) of a failure to watch over another: an accusation "of" or "for"
    # one ("blamed previous governments of turning a blind eye to the highways") is blame for letting
    # it happen, told beside whoever did it, never a rival culprit
    oversight_failures: tuple[Text, ...] = ()


class Stances(Section):
    """``attribution.stances``: the words of each stance read from the parse (lemmas; a phrase is a
    word and the words its dependants hold: "put the blame" = put + blame)."""

    denied: tuple[Word, ...] = ()  # a denial above the mention
    accused: tuple[Word, ...] = ()  # an accusation above it
    suspected: tuple[Word, ...] = ()  # a hedge on its way up
    hypothetical: tuple[Word, ...] = ()  # the mark of a condition ("if", "whether")
    # "allegations that X shelled it are untrue": a claim noun (these, lemmas) above the mention,
    # the subject of a clause that calls it false (``falsity``: a predicate or a phrase)
    false_claims: tuple[Word, ...] = ()
    falsity: tuple[Word, ...] = ()
    # "has repeatedly accused X of killing civilians": an adverb of these on an accusation that
    # names no act of the event told makes it a habit, context rather than this event's blame
    habitual: frozenset[Word] = frozenset()


class Attribution(Section):
    """``attribution``: who is said to have done it, with what stance, and who says so."""

    actors: dict[Text, tuple[Text, ...]]  # canonical actor: the names that mean it
    entities: tuple[Text, ...] = ()  # spaCy entity labels that name an actor given a role
    # the labels of those whose name, once the parse gives it, is an actor wherever the document writes it
    named_elsewhere: tuple[Text, ...] = ()
    # "the group has denied involvement": a definite noun of these standing for the organisation
    # named last before it, within ``standing_for_chars``
    standing_for: tuple[Word, ...] = ()
    standing_for_chars: Count = 600
    # "It denied any role": a pronoun of these, the subject of a denial, stands for it too
    denying_pronouns: frozenset[Word] = frozenset()
    # "X was accused of shelling it, which they deny": these, denying in a relative clause, are the
    # actor named before them in the sentence
    clause_pronouns: frozenset[Word] = frozenset()
    # "The army blamed X for the attack. They denied any role": these, the subject of a denial,
    # are the organisation the sentence before accuses (never its accuser, which has no role to deny)
    accused_pronouns: frozenset[Word] = frozenset()
    # "The government blamed the operator. The company denies the charges": "the" and one of these,
    # the subject of a denial, is the one the sentence before accuses, as those pronouns are
    accused_nouns: frozenset[Word] = frozenset()
    # "He further denied it", "They accused the army": these, the subject of a denial or an
    # accusation, are who the sentence before names as its subject (who holds the stance)
    holder_pronouns: frozenset[Word] = frozenset()
    # "X and Y blamed each other": an accusation whose object is one of these lays it on each
    # subject, held by the other
    reciprocals: tuple[Text, ...] = ()
    # a state's body a page names by a common noun ("the coast guard"), where no name the parse gives covers it
    bodies: tuple[Text, ...] = ()
    forces: tuple[Word, ...] = ()  # "the Israeli military": a force names its owner
    armed_groups: tuple[Word, ...] = ()  # "Palestinian militants": a people's armed groups, not its state
    # nouns (lemmas) of people or a body that an accusation names as the one blamed, a common noun
    # phrase no table or parse names ("blamed separatist militants", "blamed the crush on pilgrims")
    blamed_groups: frozenset[Word] = frozenset()
    led_nouns: tuple[Word, ...] = ()  # "the Saudi-led coalition": an actor of its own, named as written
    # a generic actor ("government forces": the government of wherever it happened) -> the words of
    # an actor that tells it more precisely ("the Syrian government", "the Sudanese army")
    generic: dict[Text, tuple[Word, ...]] = Field(default_factory=dict)
    roles: Roles = Field(default_factory=Roles)
    stances: Stances = Field(default_factory=Stances)
    contradicts: tuple[tuple[StanceName, StanceName], ...] = ()  # stances set against each other for one actor

    @cached_property
    def actor_of(self) -> dict[str, str]:
        """``fold_phrase`` of every name (the canonical one included) -> the canonical actor."""
        return {fold_phrase(n): canonical for canonical, names in self.actors.items() for n in (canonical, *names)}

    @cached_property
    def contradicting(self) -> frozenset[frozenset[str]]:
        return frozenset(frozenset(p) for p in self.contradicts)


class Posts(Section):
    """``sourcing.posts``: how an embedded post shows in a text (regular expressions, any case)."""

    signatures: tuple[Pattern, ...] = ()  # the line that names its author: a ``speaker`` group
    links: tuple[Pattern, ...] = ()  # its link ("pic.twitter.com/..."), not its words
    labels: tuple[Pattern, ...] = ()  # a label before it ("[Embedded tweet]")
    bylines: tuple[Pattern, ...] = ()  # a whole line naming who said the words above it ("— Name, title")

    @cached_property
    def signature_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.signatures)

    @cached_property
    def link_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.links)

    @cached_property
    def label_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.labels)  # matched where a line starts

    @cached_property
    def byline_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.bylines)  # matched on a whole line


class Sourcing(Section):
    """``sourcing``: who a document cites for a claim, words that hedge it, and embedded posts."""

    cue_verbs: tuple[Word, ...]
    giving_verbs: tuple[Word, ...] = ()  # lemmas whose subject gives the figure they govern ("gave a toll of 80")
    idiom_objects: tuple[Word, ...] = ()  # a giving verb's object that makes it no giving ("gave way", "gave rise to")
    # lemmas of an inquiry's finding whose subject is cited for a figure in the clause it finds ("an
    # investigation found evidence that the attack killed 600"), never for a figure it finds itself
    finding_verbs: tuple[Word, ...] = ()
    figure_nouns: tuple[Word, ...] = ()  # "according to the numbers released by X": X is cited
    # adjectives on a figure noun that say whose figure it is ("the official toll of 56": the
    # authorities'), unless the nearest verb above the noun reports or gives it
    owner_adjectives: tuple[Word, ...] = ()
    # words opening a clause a trailing "X said" does not cite X for ("arrested, police said, hours
    # after a collision that left 36 dead": the arrest is police's word, the 36 not)
    background_links: tuple[Word, ...] = ()
    hedges: tuple[Word, ...]
    posts: Posts = Field(default_factory=Posts)


class Publication(Section):
    """``time.publication``: publication time read from a page's text (``verify.ingest.stamps``)."""

    published_words: tuple[Word, ...] = ("published",)  # a stamp: one of these words, then a date or time
    updated_words: tuple[Word, ...] = ("updated",)
    skip_lines: tuple[Pattern, ...] = ()  # lines never read for a date (start of line)
    head_lines: Positive = 25  # a date line counts among the first lines
    line_words: Count = 4  # ... with at most this many other words
    numeric_order: Literal["dmy", "mdy"] = "dmy"  # 17/06/2017: day first unless mdy
    borrow_year_days: Count = 60  # a day and month take a nearby document's year

    @cached_property
    def skip_patterns(self) -> tuple[re.Pattern[str], ...]:
        """The skip lines as one pattern (matched against every line of every document: one
        alternation costs a ninth of nine patterns)."""
        return (compile_pattern("|".join(f"(?:{p})" for p in self.skip_lines)),) if self.skip_lines else ()


class TimeRoles(Section):
    """``time.roles``: what a date in a sentence is the date of (``verify.extract.timeroles``)."""

    statement: tuple[Word, ...] = ()  # lemmas that make it the day something was said
    event: tuple[Word, ...] = ()  # lemmas that make it the day of the happening
    after: tuple[Word, ...] = ()  # verbs of what came after it ("contained the fire on Thursday"): its day is theirs
    # verbs of the happening that tell the response when someone does them ("authorities rush to
    # evacuate residents on Tuesday"): role ``after``; told of the people they befell ("residents
    # evacuated on Friday") they stay the happening's
    response_acts: tuple[Word, ...] = ()
    # verbs of what is called for or planned ("called for a general strike on Sunday"): a day of
    # what is to come, never the happening's
    planned: tuple[Word, ...] = ()
    # verbs whose object is the happening but whose day is their own act ("claimed the attack on
    # Tuesday", "claimed responsibility on Tuesday"): the day of a statement
    owned: tuple[Word, ...] = ()
    # verbs whose object is a toll told in figures ("confirmed the 125 casualties on Sunday
    # evening", "reported 12 deaths on Tuesday"): a day the parse hangs on the counted noun is the
    # day of the telling, never the happening's
    tallied: tuple[Word, ...] = ()
    bounds: tuple[Word, ...] = ()  # prepositions that make it a span's bound ("since Oct 7"), no day of anything
    bound_marks: tuple[
        Word, ...
    ] = ()  # conjunctions that make a clause's day a span's bound ("ever since ... on Oct 7")
    # verbs of a journey's start ("the boat, which left X on June 6", "departed on Sunday"): the day
    # of no happening (role ``journey``); with an object only when it is a place or one of
    # ``journey_places`` ("the flood left thousands homeless on Tuesday" is no journey)
    journey: tuple[Word, ...] = ()
    journey_places: tuple[Word, ...] = ()
    # verbs of a journey's end: a time hung on one whose place is one of ``journey_places`` ("the
    # helicopter landed at the old airport around 5pm") dates its arrival, no happening
    arrival: tuple[Word, ...] = ()
    # the places an arrival there is a journey's end ("landed at the airport"); a home is not one:
    # "authorities arrived at the home shortly after midnight" is the response, which the happening's
    # other words date
    arrival_places: tuple[Word, ...] = ()
    # verbs (lemmas) of a life's or a body's history ("Hashem Abedi, born in 1997", "a group founded
    # in 2014"): the day of no happening (role ``biography``)
    biography: tuple[Word, ...] = ()
    # verbs of the courts' account of a happening ("were indicted on murder charges Thursday"): the
    # day of what followed it, weeks on (role ``later``)
    proceedings: tuple[Word, ...] = ()
    # prepositions whose object, the happening, makes the act told one done before it ("alerted them
    # ten hours before the sinking"): the sentence's other days are of that act (role ``after``)
    preceding: tuple[Word, ...] = ()
    # articles naming the happening as one already known ("the crash"): a day hung on a noun of
    # another act in its sentence ("the discovery of the device Monday") is that act's (role ``later``)
    known_articles: tuple[Word, ...] = ()
    # prepositions that make it the day a count stood ("19,300 by Thursday", "as of 12:00"), dated as a statement
    as_of: tuple[Word, ...] = ()
    # verbs of a start whose day is the happening's only when what started is not a thing of another
    # kind named by a noun ("the fire started", "it began"; not "the concert started on Saturday night")
    onset: tuple[Word, ...] = ()
    # verbs that only say a happening took place: a date hung on one beside a "when" clause of the
    # happening is that clause's day ("took place in June last year, when nine were killed")
    took_place: tuple[Word, ...] = ()
    # nouns of a time a clause may describe ("In 1981, the year the high-rise was built, walkways
    # collapsed"): the parse may hang the date on that clause, whose verb dates nothing of it
    described_times: tuple[Word, ...] = ()
    # an event verb with its particle that is another verb ("broke down in tears outside the hall on
    # Thursday"): a date hung on it is of no happening (role ``other``)
    other_senses: tuple[Word, ...] = ()
    # where, or of what, one hurt in the happening died later ("two of them died in hospital on
    # Tuesday night", "died of his injuries on Friday"): that day is the death's, not the happening's
    aftercare: tuple[Word, ...] = ()
    # articles that make a word of care one of the places the hurt were taken to ("died at a hospital
    # in the early hours of Friday"), not the place an attack struck ("killed at the hospital")
    aftercare_articles: tuple[Word, ...] = ()
    # words that make a death verb's subjects more dead beyond those already counted ("25 more
    # people died on Thursday", "another four died"): that day is of the later deaths, dating no happening
    further: tuple[Word, ...] = ()
    # nouns of saying: a time right after one ("in a statement this evening", "at a briefing on
    # Monday") is the day it was said, however the parse hangs it
    statement_nouns: tuple[Word, ...] = ()
    # prepositions that make the happening the topic of a noun of saying ("the briefing on the
    # stampede at 7pm"): a time the parse hangs on that noun is of what followed (role ``after``)
    topic_preps: tuple[Word, ...] = ()
    # verbs of a rise among ``statement``: a count's rise is dated by the day it was said ("the toll
    # rose to 82 on Sunday"), a thing's rise is no statement ("the river, which rose early Friday")
    rise: tuple[Word, ...] = ()
    # adverbs that make a happening's verb tell it still going on ("two cars were still burning on
    # Sunday"): a date hung on that verb is a later day of it, not the day it began (role ``after``)
    continuing: tuple[Word, ...] = ()
    # nouns of a market's measures ("share price", "stocks", "value"): an event verb whose subject is
    # one ("Vale's share price plunged on Monday") tells a market's fall, dating no happening
    market_nouns: tuple[Word, ...] = ()
    # adverbs that may stand between a verb of saying and its day ("police said late on Saturday
    # they had found one body"): the day is still the saying's, however the parse hangs it
    said_day_adverbs: tuple[Word, ...] = ()
    # words that open a label a colon closes at the start of a line ("Earlier on Thursday: Nothing
    # much to say ..."): a day there heads what follows, the day it was told (``statement``)
    label_words: tuple[Word, ...] = ()
    caption_lines: tuple[Pattern, ...] = ()  # photo captions (start of line)

    @cached_property
    def caption_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.caption_lines)


class Elapsed(Section):
    """``time.elapsed``: how long after the happening a sentence is written ("four days after the
    port blast", "a week on from", "nearly two weeks after the earthquake"): a lower bound on when
    an undated document was current (``verify.compare.figures``), never the day of the happening."""

    units: dict[Word, Number] = Field(default_factory=dict)  # a unit word -> its length in days
    links: tuple[Word, ...] = ("after",)  # the words between the span and what it follows
    approx: tuple[Word, ...] = ()  # before the number: the span is approximate
    nouns: tuple[Word, ...] = ()  # what it follows names the happening (with the taxonomy's words)
    reach: Positive = 6  # ... within this many words

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """One pattern for every span: an optional approximation, a number in digits or words, a
        unit, a link ("nearly 11 full days after")."""
        if not self.units or not self.links:
            return None

        def alternation(words: tuple[str, ...] | list[str]) -> str:
            return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

        approx = rf"(?:(?P<approx>{alternation(self.approx)})\s+)?" if self.approx else ""
        return re.compile(
            rf"\b{approx}(?P<n>\d+|[a-z]+)\s+(?:full\s+|whole\s+)?(?P<unit>{alternation(list(self.units))})"
            rf"\s+(?P<link>{alternation(self.links)})\b",
            re.IGNORECASE,
        )


class Time(Section):
    """``time``: relative words resolved against the publication date; clock times and zones."""

    weekday_direction: Literal["past", "future"]  # a bare weekday: the last such day on or before publication
    # a weekday of a clause said to come ("will hit on Monday", "is expected to cross the coast on
    # Monday"): the next such day on or after publication, whatever ``weekday_direction`` says
    future_auxiliaries: tuple[Word, ...] = ()  # "will", "shall": an auxiliary of the weekday's verb
    future_heads: tuple[Word, ...] = ()  # "expected", "forecast": lemmas of a word the verb is "to" after
    # a possessive weekday that names its own page's weekday ("Monday's deadly wildfire" on a Monday's
    # page) is the same weekday a week before when the page dates its telling earlier, a day of one
    # of ``earlier_roles`` in the week between ("according to the fire brigade on Sunday"), and its
    # sentence says none of ``today_words``
    earlier_roles: tuple[Literal["statement", "after", "later"], ...] = ()
    today_words: tuple[Word, ...] = ()
    same_day_tolerance_days: Count  # two dates of one event may differ by this many days and agree
    # a day tied to nothing, at most this many days before its page ("on Monday"), is that page's news ...
    news_day_days: Count = 1
    # ... no rival day of the happening beside another such day of a page published this many days apart
    news_pages_apart_days: Count = 2
    night_parts: tuple[Word, ...] = ()  # "Saturday night": a part of a day that runs into the next day's early hours
    zones: dict[Text, Whole] = Field(default_factory=dict)  # zone abbreviation -> minutes east of UTC
    local_words: tuple[Word, ...] = ("local time", "local")  # after a clock time: the local time
    approx_words: tuple[Word, ...] = ()  # before a clock time: approximate
    places: dict[Text, IanaZone] = Field(default_factory=dict)  # place name -> IANA time zone
    publication: Publication = Field(default_factory=Publication)
    roles: TimeRoles = Field(default_factory=TimeRoles)
    elapsed: Elapsed = Field(default_factory=Elapsed)
    # a day said with no year, before the event's day, is read in the next year only within this
    # many days of the event; further, it is a slip ("reported January 17" of a February story)
    said_next_year_days: Count = 183
    # words that make a sentence tell of the day the page named before it ("Police put the toll at
    # 29 the same day"): its figures were said that day
    same_day_words: tuple[Word, ...] = ()
    # a page's word on the zone of its own stamps ("All times local (GMT+2)"): a regular
    # expression with the groups ``sign``, ``hours`` and optionally ``minutes``, read in the page's
    # first ``stamps_zone_chars`` characters
    stamps_zone: Pattern | None = None
    stamps_zone_chars: Count = 600

    @cached_property
    def stamps_zone_reading(self) -> tuple[re.Pattern[str], int] | None:
        """``stamps_zone`` compiled, with how far into a page it is looked for; None without one."""
        return None if self.stamps_zone is None else (compile_pattern(self.stamps_zone), self.stamps_zone_chars)

    @cached_property
    def same_day_pattern(self) -> re.Pattern[str] | None:
        """``same_day_words`` as one pattern (any case, whole words), or None when there are none."""
        if not self.same_day_words:
            return None
        words = sorted(self.same_day_words, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)

    @cached_property
    def zone_minutes(self) -> dict[str, int]:
        """Zone abbreviations in capitals -> minutes east of UTC."""
        return {name.upper(): minutes for name, minutes in self.zones.items()}


class Fates(Section):
    """``fates``: what became of a named person, read from the clause the name is the subject of
    (``verify.extract.fates``) and compared per person over time (``verify.compare.fates``).

    ``words``: a fate's patterns (regular expressions, any case); a clause several fates match gives
    the first of ``order``. ``same_as``: a fate compared as another ("injured" is alive).
    ``revisions``: [earlier, later] pairs a later report may move between without contradicting
    the earlier one (missing, then found dead); ``window_days``: fates said within this many days
    by different sources are said at once."""

    words: dict[Word, tuple[Pattern, ...]] = Field(default_factory=dict)
    order: tuple[Word, ...] = ()
    same_as: dict[Word, Word] = Field(default_factory=dict)
    revisions: tuple[tuple[Word, Word], ...] = ()
    window_days: Count = 1
    body_words: tuple[Word, ...] = ()  # "Atsu's body was found": the fate of the body's owner

    @cached_property
    def patterns(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """(fate, compiled pattern) in ``order``, then any fate ``order`` leaves out."""
        fates = [*self.order, *(f for f in self.words if f not in self.order)]
        return tuple((f, compile_pattern(p)) for f in fates for p in self.words.get(f, ()))

    def compared_as(self, fate: str) -> str:
        return self.same_as.get(fate, fate)
