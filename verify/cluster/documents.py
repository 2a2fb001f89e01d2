"""Document links: each document's main happening matched across documents as whole stories.

Sentence segments miss follow-ups (an arrest reported days later is dated by its own news) and
stories whose extracted anchors are thin. So each document's *main* segment — the one with most
claims, an incident before a cumulative toll — is also compared with other documents' through the
documents' whole content words: an IDF-weighted cosine (sublinear term frequency) where rare words
(names, streets) weigh most. Street abbreviations are folded first ("Rd" = "Road"); a word only one
document has counts in the norm.

``link_documents`` hands on the candidate pairs, the similarity and ``DocumentLinks.threshold``;
the cluster stage merges groups by average linkage (the mean cosine over all their documents'
pairs, most alike first). Two thresholds, as Meedan Check suggests and confirms matches: from
``documents.confirm`` the text links on its own; from ``documents.suggest`` it needs structured
support — a shared victim or suspect (named anywhere in the documents' happenings), a shared
facility, a shared house or block number on one street type ("the 5300 block of Patton Avenue"),
or the same day and the same city, a surname or the lead victim's age ("a 14-year-old girl") —
never a city alone. Vetoes come first (``DocumentLinks.refuses``): both name their victims in
full, none in common, and neither mentions the other's; main happenings dated more than the day
tolerance apart — up to ``documents.followup_days`` with a shared person, ``documents.victim_days``
with a shared fully named victim of one age — unless one document restates the other's day
("shot on Sept. 13": a follow-up dated by its own news); an undated report, a happening dated
beyond that window after its first publication (it told of what had happened); another weekday or
period; one page placing the other's happening where only a happening it sets apart is
(``DocumentLinks._told_apart``).

Candidates come from an inverted index over each document's ``documents.terms`` heaviest words,
its people and its house numbers; a key held by more than ``events.max_block`` documents proposes
nothing, and each document is compared with its ``events.candidates`` closest partners only (the
keys they share, rare ones weighing most: ``blocking.closest_pairs``), so the work grows with the
number of documents, not with how many share a word. Of the pairs that reach a threshold, one
is kept when it is among either document's ``documents.partners`` most similar
(``PairList.strongest``): a story many short items retell gives no document dozens of neighbours.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy
from wordfreq import zipf_frequency

from ..models import Claim, Document
from ..rules import RuleSet
from .blocking import closest_pairs
from .segments import Segment
from .signatures import Signature, containing, days_apart, follows, other_names, span

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_AGE = re.compile(r"\b(\d{1,3})[- ]year[- ]old\b", re.IGNORECASE)


def lead_age(text: str, rules: RuleSet) -> int | None:
    """The first "N-year-old" of a person in ``text``: none older than ``documents.oldest_person``,
    none with one of ``documents.aged_things`` in the two words after it ("a 143-year-old
    suspension bridge" is no victim)."""
    settings = rules.events.documents
    things = {w.lower() for w in settings.aged_things}
    for m in _AGE.finditer(text):
        age = int(m.group(1))
        if settings.oldest_person and age > settings.oldest_person:
            continue
        after = [w.lower() for w in _TOKEN.findall(text[m.end() : m.end() + 60])[:2]]
        if things.intersection(after):
            continue
        return age
    return None


def fold_words(text: str, rules: RuleSet) -> list[str]:
    """Lowercase words of three letters or more, street abbreviations expanded (``rd`` -> ``road``)."""
    abbreviations = rules.events.street_abbreviations
    words = (w.lower().strip("'’-") for w in _TOKEN.findall(text))
    return [w for w in (abbreviations.get(w, w) for w in words) if len(w) >= 3]


def main_segments(segments: Sequence[Segment]) -> dict[str, int]:
    """Each document's main happening: the segment with most claims (the first on a tie), an
    incident before a cumulative toll ("131 wounded or killed this year" is the story's context),
    the story told before a background happening dated long before publication, and never the
    earlier happening the page tells its own story as following ("the second mass shooting in two
    days", then the first told at length: ``signatures.follows``; "The shooting came a day after a
    boy killed eight at a school": ``Segment.followed``), however many claims it has; nor a
    happening the text sets beside its story (``Segment.apart``: "Months later, another jet went
    down, killing 157") when the page comes back to that story by name after it
    (``Segment.named_back``: "the investigator of the first crash said ...")."""
    sequels = defaultdict(list)
    back = {s.doc for s in segments if s.named_back}
    for s in segments:
        if s.sig.sequel:
            sequels[s.doc].append(s.sig)
    best: dict[str, tuple[tuple[bool, bool, bool, bool, int], int]] = {}
    for i, s in enumerate(segments):
        followed = s.followed or any(follows(own, s.sig) for own in sequels.get(s.doc, ()) if own is not s.sig)
        aside = s.apart and s.doc in back
        weight = (not followed, not aside, not s.sig.periods, not s.background, len(s.claims))
        if s.doc not in best or weight > best[s.doc][0]:
            best[s.doc] = (weight, i)
    return {d: i for d, (_, i) in best.items()}


def _vectors(words: dict[str, list[str]], rules: RuleSet) -> dict[str, dict[str, float]]:
    """Each document's word vector (unit length) from its folded words.

    A word weighs by how rare it is in English at large (wordfreq's Zipf scale: "the" 7.7, "fire"
    5.3, "Grenfell" 2.6; ``documents.rarity_ceiling`` minus it, never below 0) times, by
    ``documents.corpus_idf``, how few of the corpus's documents hold it. The first makes a story's
    own words (a tower's name, an official's) link its documents even when every document of the
    corpus tells that story; the second keeps many alike stories (shootings in one city) apart.
    """
    counts = {doc: Counter(ws) for doc, ws in words.items()}
    df = Counter(w for c in counts.values() for w in c)
    n = len(words) + 1
    ceiling, beta = rules.events.documents.rarity_ceiling, rules.events.documents.corpus_idf
    top = math.log(n)
    vectors = {}
    for doc, c in counts.items():
        v = {
            w: (1 + math.log(k)) * max(0.0, ceiling - zipf(w)) * (1 + beta * math.log(n / df[w]) / top)
            for w, k in c.items()
        }
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        # A word no other document has counts in the norm (it makes the stories differ) but is
        # not kept: it can match nothing.
        vectors[doc] = {w: x / norm for w, x in v.items() if df[w] > 1 and x > 0}
    return vectors


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """How common ``word`` is in English at large, on wordfreq's Zipf scale (0: unknown)."""
    return zipf_frequency(word, "en")


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    """The dot product of two sparse vectors: the cosine of two documents' (unit) vectors."""
    # fsum is exactly rounded, so the set's (hash-seeded) order cannot change a bit of the result.
    if len(b) < len(a):
        a, b = b, a
    return math.fsum([a[w] * b[w] for w in filter(b.__contains__, a)])


def _profile(doc_segments: list[Segment], main: Segment) -> Signature:
    """The main happening's signature, with the people named anywhere in the document's happenings."""
    sig = main.sig  # shared until another segment adds to it: profiles are only read
    for s in doc_segments:
        for name in ("people", "named", "victims"):
            values = getattr(s.sig, name)
            if not values <= getattr(sig, name):
                if sig is main.sig:
                    sig = sig.copy()
                sig.add_all(name, values)
    return sig


def same_disaster(a: Signature, b: Signature) -> bool:
    """One kind of happening that needs no attacker (a fire, an earthquake, a flood) in one place:
    two reports of it, days apart, tell one disaster — a city has many shootings, rarely two floods."""
    return bool(a.happenings & b.happenings and a.places & b.places)


def supports(a: Signature, b: Signature, rules: RuleSet) -> bool:
    """Structured evidence that two happenings are one: a shared victim or suspect, a shared
    facility or address, or the same day (within the tolerance) in the same place — a city, or a
    name one report reads as a place and the other as a facility ("a lounge called The
    Underground") — never a city, a weekday or a figure alone (a city has many shootings, most of
    them killing one)."""
    if a.people & b.people or a.facilities & b.facilities or same_disaster(a, b):
        return True
    gap = days_apart(a.days, b.days)
    where = a.places & b.places or a.places & b.facilities or a.facilities & b.places
    return bool(where) and gap is not None and gap <= rules.time.same_day_tolerance_days


def _same_tolls(x: Signature, y: Signature, rules: RuleSet) -> bool:
    """Both give at least ``documents.shared_figures`` of the same toll figures, each at least
    ``documents.shared_figure_floor`` ("26 dead", "47 wounded"): one happening at one facility."""
    settings = rules.events.documents
    shared = {f for f in x.figures & y.figures if f[1] >= settings.shared_figure_floor}
    return settings.shared_figures > 0 and len(shared) >= settings.shared_figures


def strong_support(x: Signature, y: Signature, days_a: set[str], days_b: set[str], rules: RuleSet) -> bool:
    """``DocumentLinks.strongly_supported`` for happenings ``x`` and ``y`` whose groups' documents
    give the days ``days_a`` and ``days_b`` (the merging keeps them per group, as it merges)."""
    if not (
        x.facilities & y.facilities and (x.happenings & y.happenings or _same_tolls(x, y, rules)) or same_disaster(x, y)
    ):
        return False  # attacks keep their stricter evidence: a city sees many shootings
    gap = days_apart(days_a | x.days, days_b | y.days)
    return gap is not None and gap <= rules.time.same_day_tolerance_days


@dataclass
class Story:
    """What a whole document says beyond its main happening's signature.

    ``days``: every day its happenings are dated (a follow-up restates the incident's: "shot on
    Sept. 13"); ``shown``: the day the page showed as its "today" when it was saved (time role
    ``page``), if any: it tells of nothing later; ``apart_places``: the places only the happenings
    it sets apart name, ``apart_region`` those and the wider places the texts put them in ("The
    Qasr blast came hours after a suicide bombing at a market in Dunmar": Dunmar, and the country
    another page puts Dunmar in); ``words``: its folded words (does it mention another story's
    victim?); ``ages``: the ages it gives its victims and suspects, by
    surname; ``lead_age``: the first age it gives, the lead victim's as a rule ("a 14-year-old girl
    was shot"); ``addresses``: house and block numbers with their street type ("5300 avenue").
    """

    days: set[str] = field(default_factory=set)
    shown: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    ages: dict[str, set[int]] = field(default_factory=dict)
    lead_age: set[int] = field(default_factory=set)
    addresses: set[str] = field(default_factory=set)
    published: str | None = None  # the ISO day of publication
    apart_places: set[str] = field(default_factory=set)
    apart_region: set[str] = field(default_factory=set)


def addresses(text: str, rules: RuleSet) -> set[str]:
    """House and block numbers with their street type: "the 5300 block of Patton Avenue" -> "5300 avenue"."""
    out = set()
    for m in _house_pattern(tuple(sorted(rules.events.street_abbreviations.items()))).finditer(text):
        if _YEAR.fullmatch(m.group(1)):
            continue  # "the 2015 Supreme Court ruling": a year, not a house
        kind = m.group(2).lower()
        out.add(f"{m.group(1)} {rules.events.street_abbreviations.get(kind, kind)}")
    return out


@lru_cache(maxsize=8)
def _house_pattern(abbreviations: tuple[tuple[str, str], ...]) -> re.Pattern:
    """A number of three digits or more, "block of", up to three capitalised words, a street type."""
    types = sorted({w for pair in abbreviations for w in pair}, key=lambda w: (-len(w), w))
    return re.compile(
        r"\b(\d{3,6})\s+(?:block\s+of\s+)?(?:[A-Z0-9][\w.'’-]*\s+){0,3}?("
        + "|".join(re.escape(w.capitalize()) for w in types)
        + r")\b"
    )


def _story(
    doc_segments: list[Segment],
    words: set[str],
    text: str,
    rules: RuleSet,
    published: str | None = None,
    main: Segment | None = None,
    within: Mapping[str, set[str]] | None = None,
) -> Story:
    story = Story(words=words, addresses=addresses(text, rules), published=published)
    if main is not None:
        told_apart = [s for s in doc_segments if s is not main and f"~{s.doc}" in s.sig.tellers]
        apart = set().union(*(s.sig.places for s in told_apart)) - main.sig.places
        wider = set().union(*(containing(q, within or {}) for q in apart))
        story.apart_places, story.apart_region = apart, apart | wider
    lead = lead_age(text, rules)
    if lead is not None:
        story.lead_age.add(lead)
    for s in doc_segments:
        if s.linking:
            continue
        story.days |= s.sig.days
        for c in s.claims:
            age, key = c.as_person().get("age"), str(c.as_person().get("key") or "").split()
            if c.kind == "person" and key and isinstance(age, int) and key[-1] in s.sig.surnames:
                story.ages.setdefault(key[-1], set()).add(age)
    return story


class PairList:
    """``(cosine, doc, doc)`` triples held as three arrays, 16 bytes a pair rather than about 100
    as a list of tuples (a run of 100,000 short documents keeps millions). Iterating gives the
    triples in the order they were appended."""

    def __init__(self, triples: Iterable[tuple[float, str, str]] = ()):
        self._cos = array("d")
        self._a = array("l")
        self._b = array("l")
        self._number: dict[str, int] = {}
        self._names: list[str] = []
        for triple in triples:
            self.append(triple)

    def _of(self, doc: str) -> int:
        n = self._number.get(doc)
        if n is None:
            n = self._number[doc] = len(self._names)
            self._names.append(doc)
        return n

    def append(self, triple: tuple[float, str, str]) -> None:
        cos, a, b = triple
        self._cos.append(cos)
        self._a.append(self._of(a))
        self._b.append(self._of(b))

    def __len__(self) -> int:
        return len(self._cos)

    def __iter__(self) -> Iterator[tuple[float, str, str]]:
        names = self._names
        for cos, a, b in zip(self._cos, self._a, self._b, strict=True):
            yield cos, names[a], names[b]

    def strongest(self, partners: int) -> PairList:
        """The pairs among the ``partners`` most similar of either of their documents (a pair tied
        with a document's last one is kept too), in the order they were appended. What is kept
        depends only on the pairs and their cosines, not on their order."""
        cos = numpy.frombuffer(self._cos, dtype=numpy.float64)
        a = numpy.frombuffer(self._a, dtype=self._a.typecode)
        b = numpy.frombuffer(self._b, dtype=self._b.typecode)
        if not len(cos):
            return self
        ends = numpy.concatenate((a, b)).astype(numpy.int32)
        degree = numpy.bincount(ends, minlength=len(self._names))
        if degree.max() <= partners:
            return self
        # Each document's cosines, most similar first; its ``partners``-th is the least it keeps.
        both = numpy.concatenate((cos, cos))
        order = numpy.lexsort((-both, ends))
        del ends
        first = numpy.concatenate(([0], numpy.cumsum(degree)[:-1]))
        least = numpy.full(len(degree), -numpy.inf)
        many = degree > partners
        least[many] = both[order[first[many] + partners - 1]]
        del order, both
        keep = (cos >= least[a]) | (cos >= least[b])
        out = PairList()
        out._names, out._number = self._names, self._number
        out._cos = array("d", cos[keep].tobytes())
        out._a = array(self._a.typecode, a[keep].tobytes())
        out._b = array(self._b.typecode, b[keep].tobytes())
        return out


@dataclass
class DocumentLinks:
    """Documents' main happenings and their text similarity, for average-linkage merging.

    ``main`` maps a document to its main segment's index; ``pairs`` holds ``(cosine, doc, doc)`` (a ``PairList``)
    for the candidate pairs (sharing a heavy word, a person or a house number) not refused and at
    or above ``documents.suggest``; ``similarity`` gives the cosine of any two documents (computed,
    not kept: the pairs a run asks for grow faster than its documents); ``stories`` and
    ``profiles`` what each whole document tells, for ``threshold``.
    """

    main: dict[str, int] = field(default_factory=dict)
    pairs: PairList = field(default_factory=PairList)
    vectors: dict[str, dict[str, float]] = field(default_factory=dict)
    stories: dict[str, Story] = field(default_factory=dict)
    profiles: dict[str, Signature] = field(default_factory=dict)

    def similarity(self, a: str, b: str) -> float:
        return dot(self.vectors.get(a, {}), self.vectors.get(b, {}))

    def centroid(self, docs: set[str]) -> dict[str, float]:
        """The sum of the documents' vectors: the summed cosine over every pair of documents across
        two groups is the dot product of their centroids (``dot``)."""
        out: dict[str, float] = {}
        for d in sorted(docs):
            for w, x in self.vectors.get(d, {}).items():
                out[w] = out.get(w, 0.0) + x
        return out

    def threshold(
        self, a: set[str], b: set[str], x: Signature, y: Signature, rules: RuleSet, *, widened: bool = False
    ) -> float | None:
        """The mean cosine the groups ``a`` and ``b`` (main happenings ``x``, ``y``) need to merge,
        or None when they cannot be one: ``documents.suggest`` with structured support, else
        ``documents.confirm`` (``documents.confirm_ages_differ`` when the lead victims' ages differ).
        The people named anywhere in the documents' happenings count; the same city on the same day
        supports only if the lead victims' ages do not differ ("a 6-year-old" and "a 2-year-old"
        shot that day are two shootings). ``widened``: ``x`` and ``y`` are already ``whole`` (the
        merging keeps them so, group by group), so they are not widened again."""
        if not widened:
            x, y = self.whole(a, x), self.whole(b, y)
        if self.refuses(a, b, x, y, rules):
            return None
        if self.strongly_supported(a, b, x, y, rules):
            return rules.events.documents.strong
        ages_a, ages_b = self._union(a, "lead_age"), self._union(b, "lead_age")
        if (
            x.people & y.people
            or x.facilities & y.facilities
            or self._keyed(a, b, x, y, rules)
            or supports(x, y, rules)
            and not (ages_a and ages_b and not ages_a & ages_b)
        ):
            return rules.events.documents.suggest
        if ages_a and ages_b and not ages_a & ages_b:
            return max(rules.events.documents.confirm, rules.events.documents.confirm_ages_differ)
        return rules.events.documents.confirm

    def strongly_supported(self, a: set[str], b: set[str], x: Signature, y: Signature, rules: RuleSet) -> bool:
        """The same kind of happening that needs no attacker (a fire, an explosion) at one place (a
        tower, a port), or one disaster in one place, on a day both groups give: a report about one
        victim of it shares few words with the others, but it is about that happening
        (``documents.strong``). ``strong_support`` with the groups' days."""
        return strong_support(x, y, self.days(a), self.days(b), rules)

    def days(self, docs: set[str]) -> set[str]:
        """Every day the happenings of ``docs`` are dated."""
        return self._union(docs, "days")

    def _union(self, docs: set[str], name: str) -> set:
        return set().union(*(getattr(self.stories[d], name) for d in docs if d in self.stories))

    def _keyed(self, a: set[str], b: set[str], x: Signature, y: Signature, rules: RuleSet) -> bool:
        """Support from the whole texts: a shared house or block number on one street type, or the
        same day and a surname or the lead victim's age in common."""
        if self._union(a, "addresses") & self._union(b, "addresses"):
            return True
        gap = days_apart(x.days, y.days)
        if gap is None or gap > rules.time.same_day_tolerance_days:
            return False
        return bool(x.surnames & y.surnames or self._union(a, "lead_age") & self._union(b, "lead_age"))

    def whole(self, docs: set[str], sig: Signature) -> Signature:
        out = sig.copy()
        for d in docs:
            if d in self.profiles:
                for name in ("people", "named", "victims", "surnames"):
                    out.add_all(name, getattr(self.profiles[d], name))
        return out

    def refuses(self, a: set[str], b: set[str], x: Signature, y: Signature, rules: RuleSet) -> bool:
        """True when the happenings ``x`` and ``y`` of the document groups ``a`` and ``b`` cannot be one.

        Each carries a name of its own (``Signature.names``: "Cyclone Kenneth", "Cyclone Idai"). Both name victims in full, none in common, and
        neither group's documents mention a surname of the other's victims or suspects (unless both
        tell one kind of happening at one place hit, or one disaster: a tower fire has many dead and
        each report names its own); main days
        further apart than the window — the tolerance, ``documents.followup_days`` with a shared
        person, ``documents.victim_days`` with a shared fully named victim whose age, where given,
        agrees — unless a document of one group restates the other's day (a follow-up dated by
        its own news); a group spanning more than that window; another weekday or period.
        """
        if other_names(x.names, y.names):
            return True  # each page's lead happening has a name of its own: "Cyclone Kenneth", "Cyclone Idai"
        if (
            x.named
            and y.named
            and not (x.named & y.named or x.surnames & y.surnames)
            and not self._mentions(a, y)
            and not self._mentions(b, x)
            and not (x.facilities & y.facilities and x.happenings & y.happenings or same_disaster(x, y))
        ):
            return True  # (one fire, one collapse at one place hit: each report names its own dead)
        if x.days or y.days:
            if self._same_victim(a, b, x, y):
                window = rules.events.documents.victim_days
            elif x.people & y.people or x.facilities & y.facilities or same_disaster(x, y):
                window = (
                    rules.events.documents.followup_days
                )  # a later report on the same victims or the same place hit
            else:
                window = rules.time.same_day_tolerance_days + 1
            if follows(x, y) or follows(y, x):
                return True  # "a day after pagers blew up killing 12": that earlier happening is another
            if x.days and y.days:
                gap = days_apart(x.days, y.days)
                far = (gap is not None and gap > window) or span(x.days | y.days) > max(
                    window, rules.events.documents.followup_days
                )
                if far and not self._restates(a, y, rules) and not self._restates(b, x, rules):
                    return True
            elif self._before(b if x.days else a, x if x.days else y, window, rules):
                return True  # an undated report told of a happening before it was published
        if self._after_shown(a, y, rules) or self._after_shown(b, x, rules):
            return True
        if self._told_apart(a, b) or self._told_apart(b, a):
            return True
        if (
            not (x.days or y.days)
            and x.weekdays
            and y.weekdays
            and not (x.weekdays & y.weekdays)
            and not x.people & y.people
        ):
            return True
        if x.periods and y.periods and not (x.periods & y.periods):
            return True
        return bool(x.periods) != bool(y.periods)

    def _after_shown(self, docs: set[str], other: Signature, rules: RuleSet) -> bool:
        """Every day of ``other`` is after a day a page of ``docs`` showed as its "today" (by more than
        the day tolerance and a day for the site's time zone): the page was on screen before that
        happening, so it cannot tell it."""
        shown = self._union(docs, "shown")
        if not shown or not other.days:
            return False
        first, slack = date.fromisoformat(min(shown)), rules.time.same_day_tolerance_days + 1
        return all((date.fromisoformat(d) - first).days > slack for d in other.days)

    def _told_apart(self, docs: set[str], others: set[str]) -> bool:
        """A page of ``docs`` tells the main happening of a page of ``others`` as one apart from its
        own: that page places it only where a happening the first sets apart is, or in the wider
        places the texts put that place in (a roadside bomb's page that adds "it came hours after a
        suicide bombing at a market in Dunmar" is not the page of the market bombing in Dunmar,
        Karsenia, though it shares its day, country and words; a page placing its story in Dunmar
        and elsewhere may be either). Page by page: a page of the group that also tells the roadside
        bomb does not make the bombing's own page one with it."""
        telling = [story for d in sorted(docs) if (story := self.stories.get(d)) and story.apart_places]
        for o in sorted(others) if telling else ():
            places = self.profiles[o].places if o in self.profiles else set()
            if any(places & story.apart_places and places <= story.apart_region for story in telling):
                return True
        return False

    def writes(self, docs: set[str], words: AbstractSet[str]) -> bool:
        """Whether one of the documents ``docs`` writes every one of ``words`` (lower case)."""
        return any(words <= self.stories[d].words for d in sorted(docs) if d in self.stories)

    def _before(self, undated: set[str], dated: Signature, window: int, rules: RuleSet) -> bool:
        """True when the happening of ``dated`` comes more than ``window`` days (and the tolerance)
        after the first publication of the undated group ``undated``, whose documents restate none of
        its days: a report tells of what happened before it was published, so ``dated`` can be one
        with it only as a later report of it (a person or a place hit in common widens ``window``)."""
        published = [day for d in undated if d in self.stories and (day := self.stories[d].published)]
        if not published or self._restates(undated, dated, rules):
            return False
        first = date.fromisoformat(min(published))
        earliest = date.fromisoformat(min(dated.days))
        return (earliest - first).days > window + rules.time.same_day_tolerance_days

    def _mentions(self, docs: set[str], other: Signature) -> bool:
        return any(other.surnames & self.stories[d].words for d in docs if d in self.stories)

    def _restates(self, docs: set[str], other: Signature, rules: RuleSet) -> bool:
        for d in docs:
            gap = days_apart(self.stories[d].days, other.days) if d in self.stories else None
            if gap is not None and gap <= rules.time.same_day_tolerance_days:
                return True
        return False

    def _same_victim(self, a: set[str], b: set[str], x: Signature, y: Signature) -> bool:
        """A fully named victim both tell of, with an age in one at least and no other age in the other."""
        if not x.named & y.named:
            return False
        for surname in x.surnames & y.surnames:
            ages_a = set().union(*(self.stories[d].ages.get(surname, set()) for d in a if d in self.stories))
            ages_b = set().union(*(self.stories[d].ages.get(surname, set()) for d in b if d in self.stories))
            if ages_a & ages_b or bool(ages_a) != bool(ages_b):
                return True
        return False


def link_documents(
    documents: Sequence[Document],
    segments: Sequence[Segment],
    rules: RuleSet,
    shown: Mapping[str, set[str]] | None = None,
    within: Mapping[str, set[str]] | None = None,
) -> DocumentLinks:
    """The candidate links between documents' main happenings (see the module docstring).
    ``shown``: the days each page showed as its "today" (``page_days``); ``within``: each place
    (entity id) -> the places the texts put it in (``labels.stated_inside``)."""
    main = main_segments(segments)
    if len(main) < 2:
        return DocumentLinks(main)
    by_doc: dict[str, list[Segment]] = defaultdict(list)
    for s in segments:
        by_doc[s.doc].append(s)
    profiles = {d: _profile(by_doc[d], segments[i]) for d, i in main.items()}
    texts = {d.id: f"{d.title or ''} {d.text}" for d in documents if d.id in main}
    words = {d: fold_words(text, rules) for d, text in texts.items()}
    vectors = _vectors(words, rules)
    published = {d.id: d.published[:10] for d in documents if d.id in main and d.published}
    stories = {
        d: _story(by_doc[d], set(words[d]), texts[d], rules, published.get(d), segments[i], within)
        for d, i in main.items()
    }
    for d, days in (shown or {}).items():
        if d in stories:
            stories[d].shown = set(days)
    index: dict[str, list[str]] = defaultdict(list)
    for doc in sorted(vectors):
        heaviest = sorted(vectors[doc].items(), key=lambda kv: (-kv[1], kv[0]))[: rules.events.documents.terms]
        for word, _ in heaviest:
            index[word].append(doc)
    for s in segments:
        for p in s.sig.people:
            index[f"\0person:{p}"].append(s.doc)
    for doc, story in stories.items():
        for address in story.addresses:
            index[f"\0address:{address}"].append(doc)
        for place in profiles[doc].places:  # the same city on the same day; one disaster in one place
            for day in profiles[doc].days:
                index[f"\0place-day:{place}:{day}"].append(doc)
            for happening in profiles[doc].happenings:
                index[f"\0disaster:{happening}:{place}"].append(doc)
        for facility in profiles[doc].facilities:
            index[f"\0facility:{facility}"].append(doc)
    pairs = PairList()
    links = DocumentLinks(main, pairs, vectors, stories, profiles)
    for a, b in candidate_pairs(index, rules.events.max_block, rules.events.candidates):
        if links.refuses({a}, {b}, profiles[a], profiles[b], rules):  # the cheap structured test first
            continue
        cos = links.similarity(a, b)
        if (
            cos >= rules.events.documents.suggest
            or cos >= rules.events.documents.strong
            and links.strongly_supported({a}, {b}, profiles[a], profiles[b], rules)
        ):
            pairs.append((cos, a, b))
    # A document many others resemble (a story retold by many short items) keeps its closest
    # partners, and every pair it is among the closest of: the pairs grow with the documents.
    links.pairs = pairs.strongest(rules.events.documents.partners)
    return links


def page_days(claims: Iterable[Claim]) -> dict[str, set[str]]:
    """The days each document's page showed as its "today" (time role ``page``, day-precise)."""
    out: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "time" and c.attribute == "date":
            v = c.as_time()
            start = v.get("start")
            if v.get("role") == "page" and v.get("granularity") == "day" and isinstance(start, str):
                out[c.doc].add(start)
    return dict(out)


def candidate_pairs(index: dict[str, list[str]], max_block: int, k: int) -> Iterator[tuple[str, str]]:
    """The pairs of documents sharing a key of ``index`` held by at most ``max_block`` documents,
    each document with its ``k`` closest partners (``blocking.closest_pairs``), once, in order."""
    return closest_pairs((m for m in index.values() if len(set(m)) <= max_block), k)
