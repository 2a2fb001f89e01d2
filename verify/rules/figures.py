"""The ``figures`` section: what each number of a sentence counts (``verify.extract.counts``).

Roles of people ("deaths", "missing", "evacuated" ...) with the words that govern a figure, the
phrases that name a toll, the negated words that mean a role ("have not been found") and the nouns
some roles need ("six bodies ... recovered"); phrases that give a role outright; who is counted;
counts of things and quantities with a unit; status words (projected, hypothetical, presumed,
denied). The YAML lists are the fields; the look-up tables the extractor reads are cached
properties beside them (``role_words``, ``tolls``, ``phrase_patterns``, ``thing_table`` ...).
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Annotated

from pydantic import Field, model_validator

from .fields import Flag, Fraction, Number, Pattern, Section, Text, Word
from .patterns import compile_pattern


class NounWords(Section):
    """Words that mean a role only of the counted nouns: inmates who "fled" escaped, where residents
    who fled are displaced."""

    nouns: tuple[Word, ...]
    words: tuple[Word, ...]


class FigureRole(Section):
    """A role of people: words that govern the figure, tolls that name it, negated words that mean
    it, and nouns that restrict it (a role with nouns is read only with them); ``of``: further words
    that mean it of some nouns only; ``not_under``: words of a compound before one of its words that
    give that word another sense ("shooting cases", "court cases": cases at law, no one sick)."""

    words: tuple[Word, ...] = ()
    tolls: tuple[Word, ...] = ()
    negated: tuple[Word, ...] = ()
    nouns: tuple[Word, ...] = ()
    of: tuple[NounWords, ...] = ()
    not_under: tuple[Word, ...] = ()


class RolePhrase(Section):
    """A phrase (regular expression, any case) that gives a figure its roles outright, with a status."""

    pattern: Pattern
    roles: tuple[Text, ...]
    status: Text | None = None
    # counted nouns it gives no role to: "two survivors taken to a hospital" are survivors, not injured
    unless_nouns: frozenset[Word] = frozenset()
    # it says more than the count word it holds, whose role it replaces: "saved 176 lives" are
    # people rescued, though "lives" alone counts the dead
    overrides: bool = False


class OwnTeams(Section):
    """A body's own teams (``nouns``, lemmas or as written) as the subject of a verb of handling the
    hurt or the dead (``verbs``, lemmas): the share they handled."""

    nouns: frozenset[Word]
    verbs: frozenset[Word]


class CountedPeople(Section):
    """Who is counted: general words, groups ("children") compared under <role>_<group>, nationality nouns."""

    general: frozenset[Word] = frozenset()
    groups: dict[Text, tuple[Word, ...]] = Field(default_factory=dict)
    nationality_nouns: frozenset[Word] = frozenset()
    own: frozenset[Word] = frozenset()  # "two of its nurses": the body's own, compared under <role>_own_<group>
    own_groups: frozenset[Word] = frozenset()  # ... for these groups (not "his two children": a family's)
    own_staff: frozenset[Word] = frozenset()  # "eight of its workers": a body's own staff ("workers" alone: anyone)
    # a body's own teams doing the counted work ("its medical teams treated another 23 injured"):
    # the share they handled, a part of the toll others count
    own_teams: OwnTeams | None = None
    # a mourner's own losses ("In my family, we lost about 52 people", "he lost 50 members of his
    # family"): a figure of one of ``kin_verbs`` (lemmas) told of a ``kin`` noun a possessive of
    # ``kin_owners`` owns, the figure's own or its clause's ("in my family") — a part of the toll
    kin: frozenset[Word] = frozenset()
    kin_owners: frozenset[Word] = frozenset()
    kin_verbs: frozenset[Word] = frozenset()
    # ... and one family's dead ("14 people from one family also died", "five members of the same
    # family"): a figure whose noun is "from"/"of" a ``kin`` noun one of ``kin_one`` sets apart —
    # with "also", a part of the toll; without, a figure of the group ``kin_group`` (compared apart
    # when that group is in ``apart``: alone, it is the count)
    kin_one: frozenset[Word] = frozenset()
    kin_group: Text = "family"
    # words that make a group noun say what most of those counted are, not all ("nearly 100, mostly
    # firefighters"): the figure counts everyone, no group
    mostly: frozenset[Word] = frozenset()
    # nouns of everyone the happening harmed, whatever befell them: a figure counted out of them ("two of
    # the victims had serious injuries") is a part of them, as of a role's own noun ("two of the wounded")
    harmed: frozenset[Word] = frozenset()
    # groups whose figures are compared apart from the count's others when the event gives those
    # too ("32 members of the security forces were wounded" beside "more than 150 wounded");
    # ``nationalities`` stands for every people's name ("two Ardenians")
    apart: frozenset[Text] = frozenset()
    # groups compared apart in these attributes only: inmates killed are a part of the dead, while
    # the inmates who escaped are all who escaped ("612 inmates" beside "840")
    apart_in: dict[Text, frozenset[Text]] = Field(default_factory=dict)
    # words of another group ("militants", a responders' word) that name the attackers in an event
    # whose method words hold one of the attackers' ("Al-Shabaab gunmen"): an attack's "five
    # militants were killed" are its attackers, never its responders nor its victims
    armed_attackers: frozenset[Word] = frozenset()


class Areas(Section):
    """Areas of control a figure may be limited to ("in the rebel-held northwest", "in areas under
    government control", "in government areas"): a word joined by a hyphen to one of ``suffixes``,
    a word between "under" and one of ``controls``, or a word of ``sides`` before one of ``nouns``;
    ``sides`` names the side a word stands for (an unlisted word names its own: "Russian-held");
    ``extents``: the words that widen a figure to a whole country, by the name the report gives that
    scope ("nationally", "the national toll": ``the whole country``); ``divisions``: the nouns of the
    parts a story may be told by, in the singular ("state", "province"): "across six states" spans
    several, "in the state" is the speaker's own."""

    suffixes: tuple[Word, ...] = ()
    controls: tuple[Word, ...] = ()
    nouns: tuple[Word, ...] = ()
    sides: dict[Word, Word] = Field(default_factory=dict)
    extents: dict[Text, tuple[Text, ...]] = Field(default_factory=dict)
    divisions: frozenset[Word] = frozenset()

    @cached_property
    def extent_words(self) -> dict[str, str]:
        """Each word of ``extents`` (lower case) -> the extent it widens a figure to."""
        return {w.lower(): name for name, words in self.extents.items() for w in words}

    @cached_property
    def extent_pattern(self) -> re.Pattern[str] | None:
        """The words that widen a figure to a whole country ("nationally", "the national toll",
        "across the country"): a figure so widened is not the toll of the place the story is about."""
        if not self.extent_words:
            return None
        words = "|".join(re.escape(w) for w in sorted(self.extent_words, key=len, reverse=True))
        return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)

    def extent_in(self, text: str) -> str | None:
        """The extent ``text`` widens a figure to, if any (its name in ``extents``)."""
        found = self.extent_pattern.search(text) if self.extent_pattern is not None else None
        return None if found is None else self.extent_words[found.group(0).lower()]

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """A side word, a hyphen, a suffix ("rebel-held", "government - controlled"); or "under", a
        side word, a control word ("under government control", "under the rebels' control")."""
        if not self.suffixes and not self.controls and not (self.nouns and self.sides):
            return None
        forms = []
        if self.suffixes:
            suffixes = "|".join(re.escape(s) for s in sorted(self.suffixes, key=len, reverse=True))
            forms.append(rf"\b([a-z]+)\s*-\s*(?:{suffixes})\b")
        if self.controls:
            controls = "|".join(re.escape(s) for s in sorted(self.controls, key=len, reverse=True))
            forms.append(rf"\bunder\s+(?:the\s+)?([a-z]+)(?:'s|’s|'|’)?\s+(?:{controls})\b")
        if self.nouns and self.sides:
            sides = "|".join(re.escape(s) for s in sorted(self.sides, key=len, reverse=True))
            nouns = "|".join(re.escape(s) for s in sorted(self.nouns, key=len, reverse=True))
            forms.append(rf"\b({sides})\s+(?:{nouns})\b")
        return re.compile("|".join(forms), re.IGNORECASE)

    def sides_in(self, text: str) -> set[str]:
        """The sides of the areas of control ``text`` names."""
        if self.pattern is None:
            return set()
        return {self.side(next(g for g in m.groups() if g)) for m in self.pattern.finditer(text)}

    def side(self, word: str) -> str:
        return self.sides.get(word.lower(), word.lower())


class Thing(Section):
    """A count of things: its nouns, and the words that must govern it (none: the noun alone);
    ``described``: words one of which must describe the things themselves, as a modifier of the
    counted noun or what its own participle carries ("10 rail cars carrying hazardous materials",
    "20 hazardous material cars"): a kind of the things, a part of their count, never a rival of it."""

    nouns: tuple[Word, ...]
    words: tuple[Word, ...] = ()
    described: tuple[Word, ...] = ()


class Conversion(Section):
    """A unit stated in one system, compared in another's: ``factor`` of ``unit`` make one of it."""

    unit: Text
    factor: Annotated[Number, Field(gt=0)]


class Measures(Section):
    """Quantities with a unit, named measures ("magnitude 7.8"), money."""

    units: dict[Text, tuple[Word, ...]] = Field(default_factory=dict)
    # a figure in one of these units is compared in the other ("30,000 acres" as hectares), its
    # interval widened by ``conversion_tolerance`` either side: a converted figure is a rounded one
    conversions: dict[Text, Conversion] = Field(default_factory=dict)
    conversion_tolerance: Fraction = 0.05
    named: dict[Text, tuple[Word, ...]] = Field(default_factory=dict)
    # a named measure of one of these things ("a 6.4-magnitude aftershock") is that thing's,
    # compared as ``<key>_<measure>``, never with the event's own ("the 7.7 quake")
    apart: dict[Text, tuple[Word, ...]] = Field(default_factory=dict)
    currencies: dict[Text, tuple[Word, ...]] = Field(default_factory=dict)
    scales: dict[Text, tuple[Word, ...]] = Field(default_factory=dict)
    # what an amount of money is, by the words that say so ("losses of $10 billion" is damage)
    money_words: dict[Text, tuple[Word, ...]] = Field(default_factory=dict)
    depth_words: tuple[Word, ...] = ()
    # a length followed by one of these is how far from a place ("23 km east of Nurdagi")
    offset_words: frozenset[Word] = frozenset()
    # qualifiers (names in ``quantities.qualifiers``) a measure hands on to the next one of its unit
    # joined to it by "and" or "or" with none of its own ("about 250 km south of X and 170 km from Y")
    shared_qualifiers: frozenset[Text] = frozenset()
    # a measure over a stretch of time ("240 mm of rain in 24 hours", "close to 300 mm over 36
    # hours"): one of ``window_preps`` on its verb or itself, with a number of one of ``window_units``
    window_preps: frozenset[Word] = frozenset()
    window_units: frozenset[Word] = frozenset()

    @model_validator(mode="after")
    def _known_units(self) -> Measures:
        known = set(self.units) | {f"{u}_per_hour" for u in self.units}
        unknown = sorted({u for k, c in self.conversions.items() for u in (k, c.unit)} - known)
        if unknown:
            raise ValueError(f"conversions name units that `units` does not define: {', '.join(unknown)}")
        return self


class FigureStatus(Section):
    """Status words: a projection, a hypothesis, a norm (patterns over the figure's clause), a
    presumption, a denial."""

    projected: tuple[Pattern, ...] = ()
    # modals that, on a verb whose subject is the figure, foresee it ("More than 1,000 people could
    # be dead"); "would" is left out, the tense of reported speech ("said 8.8 million would be affected")
    subject_modals: frozenset[Word] = frozenset()
    hypothetical: tuple[Pattern, ...] = ()
    usual: frozenset[Word] = frozenset()  # "the valley normally receives about 110 mm": a norm, not this event's
    # a stretch of time a figure is counted per ("about 1,100 people die every year", "a year", "per
    # year"): a rate, what is usual, not this event's
    rate_periods: frozenset[Word] = frozenset()
    asked: frozenset[Word] = frozenset()  # "determining whether four deaths were due to it": asked, not told
    # verbs (lemmas) of wishing: a figure in the clause they govern is hoped for, not told ("I am
    # hoping that there will be no more fatalities")
    wished: frozenset[Word] = frozenset()
    presumed: frozenset[Word] = frozenset()
    # people presumed dead who, as the subject of a toll's verb or "including" them, make the toll a
    # presumption ("the missing bring the final death count to 50"): the dead and the missing, no count
    # of the confirmed dead
    presumed_with: frozenset[Word] = frozenset()
    denied: frozenset[Word] = frozenset()
    # words saying a figure is untrue ("the figure of 300 was false"): the figure is denied
    untrue: frozenset[Word] = frozenset()
    witnessed: frozenset[Word] = frozenset()  # "she saw two bodies": what one witness saw, no toll
    # words saying a figure is not confirmed ("unconfirmed rumours that more than 100 died"): compared
    # under <attribute>_unconfirmed, never a step of the toll
    unconfirmed: frozenset[Word] = frozenset()
    # adverbs on the verb that make its figure an earlier one: with another number in the sentence
    # ("which first put the toll at seven, now says 11"), or alone for the `earlier_alone` ones
    # ("health authorities previously put the toll at 5,500"); "earlier, five were killed in
    # another attack" needs the second number
    earlier: frozenset[Word] = frozenset()
    earlier_alone: frozenset[Word] = frozenset()
    # deaths above the usual for the time, of every cause: "1,200 excess deaths" (a word on the
    # counted noun), "1,200 more deaths than expected" (``excess_than`` after "more ... than"); an
    # estimate of another measure, compared under <attribute>_excess, never against a toll
    excess: frozenset[Word] = frozenset()
    excess_than: frozenset[Word] = frozenset()
    # ... or the same stretch of time in other years after that "than" ("1,427 more people died than
    # in the same period of the previous year"): phrases, whole words, any case
    excess_than_periods: tuple[Text, ...] = ()
    # a difference from a figure told before, never a toll: a number on one of ``difference_words``
    # whose "than" clause holds a word of ``earlier`` ("769, 52 higher than previously announced"),
    # or the value of one of ``difference_nouns`` (lemmas: "769, an increase of 52"): an increment
    difference_words: frozenset[Word] = frozenset()
    difference_nouns: frozenset[Word] = frozenset()
    # ... and the same for a fall ("the toll is 52 fewer than first announced", "a drop of 12"): a
    # decrement, compared under <attribute>_decrement, never a toll nor a rise
    decrease_words: frozenset[Word] = frozenset()
    decrease_nouns: frozenset[Word] = frozenset()
    # a party's claim of its own killings ("the militants said they had killed 137 hostages"): a
    # figure that is the object of one of ``own_kill_verbs`` (lemmas) whose subject is one of
    # ``own_kill_subjects``, in a clause a reporting verb with a subject gives; compared under
    # <attribute>_claimed, never against the toll others give
    own_kill_verbs: frozenset[Word] = frozenset()
    own_kill_subjects: frozenset[Word] = frozenset()
    # nouns of things found one batch after another ("two more bodies were found", "15 more bodies
    # recovered from the rubble"): "more" on them always adds to those found before, an increment
    # with or without the new total or a time span in the sentence
    stepwise: frozenset[Word] = frozenset()
    # nouns of the toll itself ("deaths", "fatalities"): "another", "more", "additional" or "further"
    # on them ("another four deaths were confirmed in the city", "an additional three deaths") adds
    # to the deaths counted before, an increment with or without a time span or the new total
    counted_nouns: frozenset[Word] = frozenset()
    # verbs (lemmas) of dying: "another", "more" or "further" on their subject ("another three
    # people injured in the fire died in hospital") adds to the toll counted before, as on a toll noun
    died_verbs: frozenset[Word] = frozenset()
    # prepositions putting such a figure in a named place or an area ("a further 1,293 deaths are
    # reported in Syria"): the deaths of another place beside the first, no increment
    place_preps: frozenset[Word] = frozenset()
    # verbs (lemmas) that put new figures on those counted before: "officials added 12 deaths to the
    # 13 announced on Sunday" (the object an increment, the figure after "to" the earlier total)
    added_to: frozenset[Word] = frozenset()
    # a change, not a level: lemmas of verbs of change ("rose by 12", "up from 12"), nouns an
    # earlier figure's subject is told by ("the initial toll was seven"), words of more counted
    # after the number ("three more", ``more``) or, for ``another``, before it with a time span or
    # the new total, or for ``more_before`` before a ``stepwise`` noun ("an additional 30 bodies");
    # ``new`` on the counted noun an increment by itself ("five new deaths"); ``windows``: words of
    # a time span; ``taking``: lemmas of verbs giving the new total ("taking the toll to 31")
    change_verbs: frozenset[Word] = frozenset()
    earlier_nouns: frozenset[Word] = frozenset()
    more: frozenset[Word] = frozenset()
    another: frozenset[Word] = frozenset()
    more_before: frozenset[Word] = frozenset()
    # words after "the" before the number that make it the final batch ("the bodies of the last two
    # miners were recovered"): an increment on those counted before, never the running total
    last: frozenset[Word] = frozenset()
    new: frozenset[Word] = frozenset()
    windows: frozenset[Word] = frozenset()
    taking: frozenset[Word] = frozenset()
    # nouns of a total that name no count by themselves: as the object of a ``taking`` verb hung on
    # another clause ("eight body bags were brought ashore, bringing the total to 56") the figure
    # is that clause's count's total, no toll
    running_totals: frozenset[Word] = frozenset()
    # verbs (lemmas) by which the happenings the text counts cause a figure ("deaths caused by the
    # 25 attacks", "deaths caused by them" after "attacks increased from 14 to 25"): a tally of
    # many incidents, not one incident's toll
    caused: frozenset[Word] = frozenset()


class InCare(Section):
    """Those hurt who are being treated: said to be ``still`` in care ("123 are still under
    treatment"), those not yet sent home — counted under ``role`` (a count that falls as they go
    home), never the toll of the hurt; the hurt a clause names being treated ("some 123 people who
    had been wounded are being treated"), a part of the hurt. ``progressive``: lemmas of a verb with "being" ("being treated");
    ``phrases``: a verb or a preposition with its object ("under treatment", "undergo treatment");
    ``places``: lemmas of a place of care, whose people joined to a figure of the dead are no part of it."""

    role: Text = "hospitalised"
    still: frozenset[Word] = frozenset()  # "still", "currently": in care now
    progressive: frozenset[Word] = frozenset()
    phrases: frozenset[Text] = frozenset()
    # lemmas of a place of care: "80 people in the hospital" are in care, no member of a list of the dead
    places: frozenset[Word] = frozenset()


class Zeros(Section):
    """A count of none: "no civilians were harmed", "not a single civilian", "none of the dead were
    civilians", "denied that any civilians were killed" — a figure of 0, the speaker's, set against
    the others of its role and group. ``harm`` words say no one of the counted came to any harm:
    their zero is one of each of ``harm_roles``; ``none`` words count none "of" a role word ("none
    of the dead"), the noun they are said to be ("were civilians") the group; ``denial_dets``
    (or none) on a counted noun under a denial word (``status.denied``) make its zero ("denied that
    any civilians were killed"); ``single`` after "not a" makes one noun a zero ("not a single
    civilian")."""

    harm: frozenset[Word] = frozenset()
    harm_roles: tuple[Text, ...] = ()
    none: frozenset[Word] = frozenset()
    denial_dets: frozenset[Word] = frozenset()
    single: frozenset[Word] = frozenset()


class Wounds(Section):
    """A count of wounds is one victim's wounds, never people: a wound noun with a kind of wound
    ("multiple gunshot wounds"), after one of ``prepositions`` ("suffering from two wounds") or
    the object of one of ``verbs`` ("had three wounds")."""

    nouns: frozenset[Word] = frozenset()
    kinds: frozenset[Word] = frozenset()
    prepositions: frozenset[Word] = frozenset()
    verbs: frozenset[Word] = frozenset()


class NextOfKin(Section):
    """The families of the dead told of a death: a figure counting one of ``nouns`` (the words after
    its number, or the noun its counted people are "of": "relatives of 14 victims") that one of
    ``verbs`` (lemmas or as written) befalls ("39 next of kin were identified", "19 relatives have
    been notified") counts those told, never victims."""

    nouns: tuple[Word, ...] = ()
    verbs: frozenset[Word] = frozenset()


class PronounOne(Section):
    """ "one" as a pronoun, no count: before one of ``after`` ("one another": each other), or after
    one of ``before`` as the object of a verb that is no role word ("a train hit another one": a
    thing named before; "wounded another one" still counts one)."""

    before: frozenset[Word] = frozenset()
    after: frozenset[Word] = frozenset()


class Severe(Section):
    """Words that make the people a figure of the hurt "includes" its seriously hurt ("more than 200
    casualties, including dozens with serious injuries"): a part of the hurt in ``role``, never
    their count."""

    words: frozenset[Word] = frozenset()
    role: Text | None = None


class Intake(Section):
    """Bodies a hospital or a morgue took in ("Karvel Central Hospital received 19 bodies", "a
    pathologist at the city morgue said he received 21 bodies"): a count limited to that place —
    one of ``nouns`` (lemmas) the object of one of ``verbs`` (lemmas) — so a share of the toll
    where the page gives a higher one, and a step of it where the page gives none higher. The dead
    who died "at" a place of care (``facilities``, lemmas of its last word) are a part of the toll
    wherever the page stands, never the toll (the dead are counted hospital by hospital): the subject of one of ``died_verbs`` ("seven people died at the National
    Trauma Centre", "four died while receiving treatment at the Trauma Centre"), or one of
    ``death_nouns`` whatever its verb ("two more deaths were reported at Civil Hospital")."""

    nouns: frozenset[Word] = frozenset()
    verbs: frozenset[Word] = frozenset()
    died_verbs: frozenset[Word] = frozenset()
    death_nouns: frozenset[Word] = frozenset()
    facilities: frozenset[Word] = frozenset()


class Sites(Section):
    """The named sites a figure is counted at ("41 killed at the Al Noor mosque", "7 at Linwood
    Mosque"): a common noun of ``facilities`` (lemmas) with a name of its own before it is a site as
    an organisation's or a building's name is. A site is known across pages by its name less
    ``generic`` words ("Masjid Al Noor mosque" and "the Al Noor mosque" are one site: Al Noor
    mosque). ``acts`` (lemmas) are the attacks a figure may be told "in", whose own "at"/"on"
    names the site ("89 were killed in the attack on the Bataclan concert hall")."""

    facilities: frozenset[Word] = frozenset()
    generic: frozenset[Word] = frozenset()
    acts: frozenset[Word] = frozenset()


def _table(mapping: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {w: name for name, words in mapping.items() for w in words}


class EscapeDeaths(Section):
    """The dead a clause singles out by how they tried to get away ("two victims died after jumping
    from the building", "lost their lives after leaping from windows"): a death verb with one of
    ``prepositions`` before a verb of one of ``acts`` (lemmas or as written) whose own particle or
    preposition is one of ``away`` counts some of the dead, never the toll (the fire killed them
    all; the figure says how a few died). "Died after jumping into the river" is no getting away."""

    prepositions: frozenset[Word] = frozenset()
    acts: frozenset[Word] = frozenset()
    away: frozenset[Word] = frozenset()


class Inclusive(Section):
    """A phrase (regular expression, any case) of a figure's clause that says its count takes in
    people counted apart ("the toll of 42 includes the attackers"): the figure is compared under
    <attribute>_<suffix>, never as a step of the count without them."""

    pattern: Pattern
    suffix: Text


class Scopes(Section):
    """Places inside places, each compared on its own line (``compare.scopes``): ``levels``, the kinds
    of place from the smallest ("city": [city, town, village]) to the widest ("state"), a place's kind
    read from its name ("Tarrow County"), from the text ("the city of Merrick", "Merrick, a city in
    Tarrow County") or from a figure's own words without a name ("the city's toll", "in the county",
    "statewide": the noun joined to one of ``wide``); ``alone``: the words after a place that limit a
    figure to it even when it is the event's own place ("in Buffalo alone"); ``outside``, the words
    whose named place a figure is counted beyond ("170 killed outside of Derna"), and ``elsewhere``,
    those that say so with no place ("170 died elsewhere in the country"): the rest of the event's
    area, a part of its toll, never the toll itself; ``rooms``, the nouns of a room or a part of a
    building inside the site ("ten people were found dead in the refectory"): that room's count, a
    part of the toll, never the toll itself; ``gatherings``, the nouns (lemmas) of unrest a toll is
    taken ``during`` ("killed during protests in Iran"), whose place is the toll's; ``set_in``, the
    prepositions that set a figure in the country around the event's place ("across Iran" of a
    shooting in Zahedan): that country's tally, a wider scope than the event's."""

    levels: dict[Text, tuple[Word, ...]] = Field(default_factory=dict)
    wide: tuple[Word, ...] = ()
    alone: tuple[Word, ...] = ()
    outside: frozenset[Word] = frozenset()
    elsewhere: frozenset[Word] = frozenset()
    rooms: frozenset[Word] = frozenset()
    during: tuple[Word, ...] = ()
    gatherings: frozenset[Word] = frozenset()
    set_in: tuple[Word, ...] = ()

    @cached_property
    def level_of_noun(self) -> dict[str, str]:
        """Each noun of ``levels`` (lower case) -> its level."""
        return {noun: level for level, nouns in self.levels.items() for noun in nouns}

    @cached_property
    def rank(self) -> dict[str, int]:
        """Each level -> its rank, the smallest 0."""
        return {level: i for i, level in enumerate(self.levels)}

    def level_of_word(self, word: str) -> str | None:
        """The level a noun ("counties") or a widened word ("statewide", "city-wide") names, if any."""
        word = word.lower()
        if word in self.level_of_noun:
            return self.level_of_noun[word]
        for suffix in self.wide:
            head = word.removesuffix(suffix).rstrip("-")
            if head != word and head in self.level_of_noun:
                return self.level_of_noun[head]
        return None


class FigureReading(Section):
    """``figures``: roles of people, role phrases, who is counted, things, measures and status words."""

    roles: dict[Text, FigureRole]
    role_phrases: tuple[RolePhrase, ...] = ()
    bare_tolls: frozenset[Word] = frozenset()  # "its figure of 38": a noun that names no role of its own
    # nouns of a sum that take the measure of the list they close ("14 unaccounted for: 9 residents
    # and 5 visitors, for a total of 14": missing), never a toll of the dead by themselves
    totals: frozenset[Word] = frozenset()
    # roles a phrase of a joined figure's own gives it over the role it shares with the figure it is
    # joined to ("three bodies in rubble and 11 alleged terrorists now in custody": arrested)
    joined_roles: frozenset[Text] = frozenset()
    # a number before one of these is a ratio of two figures ("about three times higher than the UN's
    # estimate", "a five-fold rise"), never a count
    ratios: frozenset[Word] = frozenset()
    escape_deaths: EscapeDeaths = Field(default_factory=EscapeDeaths)
    inclusive: tuple[Inclusive, ...] = ()
    people: CountedPeople = Field(default_factory=CountedPeople)
    areas: Areas = Field(default_factory=Areas)
    scopes: Scopes = Field(default_factory=Scopes)
    things: dict[Text, Thing] = Field(default_factory=dict)
    not_things: frozenset[Word] = frozenset()
    # verbs (lemmas) of going to or through a place: a count of facilities their object (or their
    # preposition's) is where someone went ("visited two hospitals"), never a measure of the event
    visited: frozenset[Word] = frozenset()
    # nouns that count those present ("Of the 64 occupants, 48 died"): a whole so named is the people
    # present, never the toll its part is of
    present_wholes: frozenset[Word] = frozenset()
    # words after a whole's noun that say it counts those present ("Of the 476 people on board, 174
    # were rescued"): the whole is the people present, whatever its noun
    present_marks: frozenset[Word] = frozenset()
    population_wholes: frozenset[Word] = frozenset()  # a whole of these counts the population
    # words of a part left uncounted ("how many of the 787 workers ... are still trapped", "most of the
    # 300 passengers died"): what the verb says befell the part, never the figure of the whole
    unstated_parts: frozenset[Word] = frozenset()
    # words that count people besides those the list names before them ("the pilot and six others",
    # "his aide and six other officials"): the figure's value is the named ones and these together
    beside_named: frozenset[Word] = frozenset()
    # possessives of a partitive figure listed after one person ("the captain and 14 of his crew"):
    # that person's people, counted besides them, never the speaker's own
    beside_owners: frozenset[Word] = frozenset()
    # words of a phrase that sets a figure beside the subject or object of the same verb ("In
    # addition to 14 of its staff, 24 patients were killed"): one casualty group, the two summed
    beside_phrases: frozenset[Word] = frozenset()
    # words by which a sentence goes on with the one before ("Authorities also announced ..."): its
    # counts of people, naming no place, are of the one place the sentence before limited its own to
    continued: frozenset[Word] = frozenset()
    kin: frozenset[Word] = frozenset()  # "a mother of two": the number counts a family, not people harmed
    states: tuple[Text, ...] = ()  # roles a figure's own "in" phrase gives ("five of them in intensive care")
    # a role word and the particles that make it another verb ("held up placards", "held back tears")
    other_senses: dict[Word, frozenset[Word]] = Field(default_factory=dict)
    other_things: Flag = False  # an unlisted noun names its own attribute ("17 rockets" -> rockets)
    wounds: Wounds = Field(default_factory=Wounds)
    next_of_kin: NextOfKin = Field(default_factory=NextOfKin)
    pronoun_one: PronounOne = Field(default_factory=PronounOne)
    intake: Intake = Field(default_factory=Intake)
    sites: Sites = Field(default_factory=Sites)
    # the words after a fronted "of" with no figure ("Of those killed, 42 died at ...", "Of the
    # dead, ..."): the figures after it are parts of the page's own total, never a toll
    partitive_openers: frozenset[Word] = frozenset()
    # prepositions whose object says what those counted are ("reported as missing", "listed as dead")
    predicative_preps: frozenset[Word] = frozenset()
    severe: Severe = Field(default_factory=Severe)
    zeros: Zeros = Field(default_factory=Zeros)
    in_care: InCare = Field(default_factory=InCare)
    before_the_end: tuple[Text, ...] = ()  # roles a figure's own clause gives that the verb above may end
    # roles a governing verb gives over the role the counted noun alone gives ("88 bodies have been
    # identified": identified, a part of the dead)
    noun_yields: tuple[Text, ...] = ()
    # verbs (lemmas) of waiting for or wanting what their complement's role word says ("waiting to be
    # evacuated"): the figure is ``waiting_role`` (those present), not that role
    waiting_verbs: frozenset[Word] = frozenset()
    waiting_role: Text | None = None
    # role -> the roles a verb above the figure's own clause may give those it counts later
    later_roles: dict[Text, tuple[Text, ...]] = Field(default_factory=dict)
    measures: Measures = Field(default_factory=Measures)
    status: FigureStatus = Field(default_factory=FigureStatus)

    @cached_property
    def role_words(self) -> dict[str, str]:
        """Word -> role, for the roles read from any governing word (not those with nouns)."""
        out: dict[str, str] = {}
        for role, spec in self.roles.items():
            if not spec.nouns:
                for word in spec.words:
                    out.setdefault(word, role)
        return out

    @cached_property
    def noun_roles(self) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
        """(role, nouns, words) of the roles read only with their nouns ("bodies ... recovered"), and of
        the words a role has for some nouns only ("inmates ... fled")."""
        only = tuple((r, frozenset(spec.nouns), frozenset(spec.words)) for r, spec in self.roles.items() if spec.nouns)
        some = tuple((r, frozenset(o.nouns), frozenset(o.words)) for r, spec in self.roles.items() for o in spec.of)
        return only + some

    @cached_property
    def negated_roles(self) -> dict[str, str]:
        return {w: r for r, spec in self.roles.items() for w in spec.negated}

    @cached_property
    def tolls(self) -> tuple[tuple[str, str], ...]:
        """(toll phrase, role), longest phrase first."""
        return tuple(sorted(((t, r) for r, spec in self.roles.items() for t in spec.tolls), key=lambda p: -len(p[0])))

    @cached_property
    def phrase_patterns(
        self,
    ) -> tuple[tuple[re.Pattern[str], tuple[str, ...], str | None, frozenset[str], bool], ...]:
        """(compiled role phrase, its roles, its status, the counted nouns it gives no role to,
        whether it replaces the role a count word gave)."""
        return tuple(
            (compile_pattern(p.pattern), p.roles, p.status, p.unless_nouns, p.overrides) for p in self.role_phrases
        )

    @cached_property
    def inclusive_patterns(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        """(compiled inclusive phrase, the suffix of the attribute it makes)."""
        return tuple((compile_pattern(p.pattern), p.suffix) for p in self.inclusive)

    @cached_property
    def general(self) -> frozenset[str]:
        return self.people.general

    @cached_property
    def groups(self) -> dict[str, str]:
        """Word -> group ("children")."""
        return _table(self.people.groups)

    def counted_apart(self, group: str | None, attribute: str | None = None) -> bool:
        """Whether a figure of ``group`` (of ``attribute``) is compared apart from the count's others
        (``people.apart``, ``people.apart_in``); ``nationalities`` there stands for every group a
        people's name makes ("two Ardenian citizens were killed": the Ardenians among the dead, never
        the toll)."""
        if not group:
            return False
        if group in self.people.apart or attribute in self.people.apart_in.get(group, ()):
            return True
        named = set(self.people.groups) | {f"own_{g}" for g in self.people.groups}
        return "nationalities" in self.people.apart and group not in named

    @cached_property
    def nationality_nouns(self) -> frozenset[str]:
        return self.people.nationality_nouns

    @cached_property
    def thing_table(self) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
        """(attribute, nouns, words) of every thing, the things with words (or descriptions) first."""
        return tuple(
            sorted(
                ((a, frozenset(t.nouns), frozenset(t.words)) for a, t in self.things.items()),
                key=lambda t: not (t[2] or self.things[t[0]].described),
            )
        )

    @cached_property
    def thing_descriptions(self) -> dict[str, frozenset[str]]:
        """The words that must describe a thing's nouns, of each thing that has them."""
        return {a: frozenset(t.described) for a, t in self.things.items() if t.described}

    @cached_property
    def units(self) -> dict[str, str]:
        return _table(self.measures.units)

    @cached_property
    def named_measures(self) -> dict[str, str]:
        return _table(self.measures.named)

    @cached_property
    def measured_apart(self) -> dict[str, str]:
        return _table(self.measures.apart)

    @cached_property
    def currencies(self) -> dict[str, str]:
        return _table(self.measures.currencies)

    @cached_property
    def scales(self) -> dict[str, str]:
        return _table(self.measures.scales)

    @cached_property
    def money_words(self) -> dict[str, str]:
        """Each word of ``measures.money_words`` -> what the money is."""
        return _table(self.measures.money_words)

    @cached_property
    def depth_words(self) -> tuple[str, ...]:
        return self.measures.depth_words

    @cached_property
    def offset_words(self) -> frozenset[str]:
        return self.measures.offset_words

    @cached_property
    def projected(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.status.projected)

    @cached_property
    def hypothetical(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compile_pattern(p) for p in self.status.hypothetical)

    @cached_property
    def presumed(self) -> frozenset[str]:
        return self.status.presumed

    @cached_property
    def denied(self) -> frozenset[str]:
        return self.status.denied

    @cached_property
    def witnessed(self) -> frozenset[str]:
        return self.status.witnessed
