"""Organisations, places and facilities: mentions grouped into one group per named thing.

spaCy's small model calls one name an organisation in one sentence and a place in the next, so the
three kinds are resolved together and a group takes the kind most of its mentions have. A name is
compared by its *words* (``name_words``): lower-case ASCII of the alias table's canonical name,
``entities.word_folds`` applied (defence = defense, centre = center), particles ("al-") and
``entities.skip_words`` ("of", "the") left out, a street abbreviation last expanded. Two names are
one thing, from the most certain link to the least:

1. the same words, in any order ("King's College Hospital" = "Kings College Hospital", "Ministry
   of Health in Gaza" = "Gaza Health Ministry", "Al Jazeera" = "al-Jazeera");
2. as many words, each spelt alike (``spelling.close``: "Gazientep" = "Gaziantep", "Hatayaspor" =
   "Hatayspor"), unless two differ and both are places of the gazetteer (Iran, Iraq);
3. an acronym the text defines ("Internal Security Forces (ISF)", "Metropolitan Police
   (@metpoliceuk)") or made of the initials of the one name it can stand for ("NNA", "USGS", "U.N.");
4. a shorter name read inside a longer one, its words spelt alike ("London Ambulance" in "London
   Ambulance Service", "France Press" in "Agence France-Presse",
   "al-Ahli hospital" in "al-Ahli Arab Hospital"; or two words of its own and the same last word:
   "Baptist Arab National Hospital" in "Al-Ahli Arab Baptist Hospital") when it can mean one group
   only — among several, the one that adds only generic words or places ("Metropolitan Police" in
   "London Metropolitan Police", not "Metropolitan Police Detective"). The shorter name needs a word
   of its own (not only ``entities.generic_words`` such as "hospital", "ministry"; for a facility,
   not only a place: "a Gaza hospital" names none), and a place is never read inside a body named
   after it ("Gaza" is not the "Gaza Health Ministry"). So al-Shifa hospital stays apart from
   al-Ahli, and "the health ministry" of a story naming Turkey's and Syria's stays alone.

``match_named`` places a new mention (a draft's) among existing entities by the same rules.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..extract.lexicon import lookup
from ..models import Claim, Entity
from ..rules import RuleSet
from ..text.places import city_alias, known_places
from ..text.spelling import close, deletion_keys, form, plain
from .merge import UnionFind

NAMED_KINDS = ("organization", "place", "facility")
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,7}$")
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_JOINED = re.compile(r"#?\b((?:[A-Z][a-z]{2,}){2,})\b")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_OWNER = re.compile(r"\b([A-Z][\w-]*)['’]s\b")
Name = tuple[str, ...]


@dataclass(frozen=True)
class Words:
    """A name's comparison words, in order, and its distinctive ones (generic words left out)."""

    words: Name
    own: frozenset[str]


@dataclass(frozen=True)
class _Tables:
    folds: dict[str, str]
    generic: frozenset[str]
    skip: frozenset[str]
    particles: frozenset[str]
    streets: dict[str, str]
    lengths: tuple[int, int]  # letters before one added or dropped, one changed letter is a typo
    places: dict[str, str]


@lru_cache(maxsize=8)
def _tables(rules: RuleSet) -> _Tables:
    e = rules.entities
    return _Tables(
        {plain(k): plain(v) for k, v in e.word_folds.items()},
        frozenset(plain(w) for w in e.generic_words),
        frozenset(plain(w) for w in e.skip_words),
        frozenset(rules.names.surname_particles),
        dict(rules.events.street_abbreviations),
        (e.min_typo_length, e.min_change_length),
        {k: v for k, v in rules.alias_of.get("place", {}).items() if " " not in k},
    )


@lru_cache(maxsize=1 << 18)
def name_words(name: str, rules: RuleSet) -> Words:
    """The comparison words of a name (see the module docstring)."""
    t = _tables(rules)
    name = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), name)
    # a hashtag's joined words: "#GrenfellTower", "GrenfellTower" = "Grenfell Tower"
    name = _JOINED.sub(lambda m: _CAMEL.sub(" ", m.group(1)), name)
    # a place owning a body: "Nepal's Civil Aviation Authority" = "Civil Aviation Authority of Nepal"
    # (not "King's College", whose owner is no place)
    name = _OWNER.sub(lambda m: m.group(1) if _is_place(m.group(1), t) else m.group(0), name)
    words = []
    for w in plain(name).split():
        if w in t.skip or w in t.particles:
            continue
        place = t.places.get(w)  # a place's alias inside a name: "US Geological Survey"
        words.extend(plain(place).split() if place and len(name.split()) > 1 else [t.folds.get(w, w)])
    if len(words) > 1 and words[-1] in t.streets:
        words[-1] = t.streets[words[-1]]
    return Words(tuple(words), frozenset(w for w in words if w not in t.generic))


def _is_place(word: str, t: _Tables) -> bool:
    return plain(word) in known_places() or plain(word) in t.places


def names_none(text: str, rules: RuleSet) -> bool:
    """True when a facility's words are only places (of the gazetteer) and generic words: "a Gaza
    hospital", "Gaza City hospital" say what kind of place it is, not which one."""
    known = known_places()
    return all(w in known for w in name_words(text, rules).own)


def acronym_of(text: str) -> str | None:
    """ "USGS", "U.N." -> "usgs", "un"; None for a word that is not an acronym."""
    text = text.strip()
    return text.replace(".", "").lower() if _ACRONYM.match(text) else None


def initials(name: str, rules: RuleSet) -> set[str]:
    """The acronyms a name can have: the first letters of its words (function words and particles
    left out, or kept), an all-capital word giving all its letters ("US Geological Survey" -> "usgs")."""
    t = _tables(rules)
    out = set()
    for keep_small in (False, True):
        letters = []
        for raw_word in re.split(r"[\s\-]+", name.strip()):
            word = re.sub(r"[^\w.]", "", raw_word)
            if not word:
                continue
            if acronym_of(word):
                letters.append(word.replace(".", "").lower())
                continue
            p = plain(word)
            if p and (keep_small or (p not in t.skip and p not in t.particles)):
                letters.append(p[0])
        if len(letters) >= 2:
            out.add("".join(letters))
    return out


def claim_name(claim: Claim) -> str:
    """The name a mention stands for: the alias table's canonical name, else the name as written."""
    return str(claim.value.get("canonical") or claim.value.get("name") or claim.text)


def _definitions(claims: Sequence[Claim], rules: RuleSet) -> list[tuple[Claim, Claim]]:
    """(name, acronym) pairs a sentence defines: "Internal Security Forces (ISF)", "ISF (Internal ...)".
    Not a dateline's credit ("Turkey (AP)"): no place, and no acronym the alias table gives another name."""
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[(c.doc, c.sentence_start)].append(c)
    out = []
    for group in by_sentence.values():
        group.sort(key=lambda c: c.start)
        for a, b in zip(group, group[1:], strict=False):
            between = a.sentence[a.end - a.sentence_start : b.start - a.sentence_start]
            after = b.sentence[b.end - b.sentence_start : b.end - b.sentence_start + 2]
            if between.strip() != "(" or not after.lstrip().startswith(")") or "place" in (a.kind, b.kind):
                continue
            long_, short = (a, b) if acronym_of(b.text) or b.text.startswith("@") else (b, a)
            if not (acronym_of(short.text) or short.text.startswith("@")) or acronym_of(long_.text):
                continue
            if short.value.get("known") and claim_name(short) != claim_name(long_):
                continue
            out.append((long_, short))
    return out


def claim_words(claim: Claim, rules: RuleSet) -> Name:
    """A mention's comparison words: its name's (``name_words``), a place's other name the gazetteer
    lists read as its city's ("Vizag" as "visakhapatnam", ``text.places.city_alias``)."""
    return kind_words(claim_name(claim), claim.kind, rules)


def kind_words(name: str, kind: str, rules: RuleSet) -> Name:
    """The comparison words of a name of ``kind`` (see ``claim_words``)."""
    if kind == "place":
        name = city_alias(name, rules.entities.gazetteer_aliases) or name
    return name_words(name, rules).words or (plain(name),)


def group_named(claims: Sequence[Claim], rules: RuleSet) -> list[list[Claim]]:
    """Organisation, place and facility mentions grouped into named things (see the module docstring)."""
    t = _tables(rules)
    by_words: dict[Name, list[Claim]] = defaultdict(list)
    for c in claims:
        by_words[claim_words(c, rules)].append(c)
    names = sorted(by_words)
    same: UnionFind[Name] = UnionFind(names)
    kinds = {n: Counter(c.kind for c in by_words[n]) for n in names}
    is_place = {n: kinds[n]["place"] * 2 > sum(kinds[n].values()) for n in names}
    places = known_places()
    own = {n: _own(n, rules, kinds[n], places) for n in names}
    # 1. the same words in any order
    anyorder: dict[Name, Name] = {}
    for n in names:
        first = anyorder.setdefault(tuple(sorted(n)), n)
        same.union(first, n)
    # 2. word by word, spelt alike: two such names share a blocking key at every word, so each name
    # is compared only with those sharing one at its rarest word ("Bamberg" of "Bamberg County")
    blocks: dict[tuple[int, int, str], list[Name]] = defaultdict(list)
    keys = {n: [deletion_keys(w, t.lengths[0]) for w in n] for n in names}
    for n in names:
        for at, word_keys in enumerate(keys[n]):
            for k in word_keys:
                blocks[(len(n), at, k)].append(n)
    for a in names:
        at = min(range(len(a)), key=lambda i: (sum(len(blocks[(len(a), i, k)]) for k in keys[a][i]), i))
        near = {b for k in keys[a][at] for b in blocks[(len(a), at, k)] if b > a}
        if len(near) > rules.events.max_block:
            continue
        if len(near) > rules.events.candidates:  # only the closest spellings (fewest edits, counted in C)
            written = " ".join(a)
            edits = {b: Levenshtein.distance(written, " ".join(b)) for b in near}
            near = set(heapq.nsmallest(rules.events.candidates, near, key=lambda b: (edits[b], b)))
        for b in sorted(near):
            if same.find(a) != same.find(b) and _alike(a, b, t.lengths, places):
                same.union(a, b)
    # 3. acronyms: defined in the text, else the initials of the one name they can stand for
    for long_, short in _definitions(claims, rules):
        same.union(claim_words(long_, rules), claim_words(short, rules))
    acronyms: dict[str, Name] = {}
    for c in claims:
        if (letters := acronym_of(c.text)) is not None:
            acronyms[letters] = claim_words(c, rules)
    stands_for: dict[str, set[Name]] = defaultdict(set)
    letters_of: dict[str, set[str]] = {}  # a name's initials, worked out once however often it is written
    for c in claims:
        if not acronym_of(c.text):
            for text in (claim_name(c), c.text):
                if text not in letters_of:
                    letters_of[text] = initials(text, rules)
            for letters in (letters_of[claim_name(c)] | letters_of[c.text]) & acronyms.keys():
                stands_for[letters].add(same.find(claim_words(c, rules)))
    for letters, roots in sorted(stands_for.items()):
        if len(roots) == 1:
            same.union(acronyms[letters], roots.pop())
    # 4. a shorter name inside the one longer name it can mean; a join can settle another's host
    index: dict[str, set[Name]] = defaultdict(set)
    for n in names:
        for w in n:
            index[form(w)].add(n)
    # a name spelt as a place's ("Bhelapoor", tagged a body on its page, beside "Bhelapur") is
    # read as that place when it is looked for inside longer names (not "Bhelapur airport")
    group_kinds: dict[Name, Counter] = defaultdict(Counter)
    for n in names:
        group_kinds[same.find(n)].update(kinds[n])
    placed = {
        n: is_place[n] or group_kinds[r]["place"] * 2 > sum(group_kinds[r].values())
        for n in names
        for r in [same.find(n)]
    }
    spelt = _spelt_alike({w for n in names for w in n}, t.lengths, places)
    within = _within(names, own, index, spelt, is_place, placed, places, t.lengths, rules.events.max_block)
    for _ in range(3):
        if not _contain(names, within, own, places, same):
            break
    groups: dict[Name, list[Claim]] = defaultdict(list)
    for n in names:
        groups[same.find(n)].extend(by_words[n])
    return [groups[r] for r in sorted(groups)]


def _own(name: Name, rules: RuleSet, kinds: Counter, places: frozenset[str]) -> frozenset[str]:
    own = frozenset(w for w in name_words(" ".join(name), rules).own if not w[:1].isdigit())  # "20th" names no street
    if kinds["facility"] * 2 > sum(kinds.values()):
        own = frozenset(w for w in own if w not in places)  # "a Gaza hospital" names no hospital
    return own


def _word_alike(x: str, y: str, lengths: tuple[int, int], places: frozenset[str]) -> bool:
    """One word spelt alike (``spelling.close``), unless two different places of the gazetteer."""
    return close(x, y, *lengths) and not (form(x) != form(y) and x in places and y in places)


def _alike(a: Name, b: Name, lengths: tuple[int, int], places: frozenset[str]) -> bool:
    """As many words, each spelt alike, and no two different places of the gazetteer."""
    return len(a) == len(b) and all(_word_alike(x, y, lengths, places) for x, y in zip(a, b, strict=True))


def _spelt_alike(words: set[str], lengths: tuple[int, int], places: frozenset[str]) -> dict[str, set[str]]:
    """Each word and the words spelt alike with it (itself included): "Belvaine" and "Belvane"."""
    blocks: dict[str, set[str]] = defaultdict(set)
    for w in words:
        for k in deletion_keys(w, lengths[0]):
            blocks[k].add(w)
    return {
        w: {w}
        | {v for k in deletion_keys(w, lengths[0]) for v in blocks[k] if v != w and _word_alike(w, v, lengths, places)}
        for w in words
    }


def _within(
    names: list[Name],
    own: dict[Name, frozenset[str]],
    index: dict[str, set[Name]],
    spelt: dict[str, set[str]],
    is_place: dict[Name, bool],
    placed: dict[Name, bool],
    places: frozenset[str],
    lengths: tuple[int, int],
    max_block: int,
) -> dict[Name, list[Name]]:
    """Each name with words of its own, and the longer names it can be read in (a place, or a name
    ``placed`` as its group's place, only in places). A name whose own
    words more than ``max_block`` names hold ("Sheriff's Office") is too common to tell which it
    means, and is left out, as the spelling blocks leave out so common a key."""
    out: dict[Name, list[Name]] = {}
    holding: dict[str, set[Name]] = {}  # a word's names, gathered once however many names share the word
    for short in sorted(names, key=len):
        if not own[short]:
            continue
        # the longer names that hold each of its own words, spelt alike ("the Belvaine Royal" in
        # "Hotel Belvane Royal"); the smallest such set first, so a common word costs no more
        for w in own[short]:
            if w not in holding:
                holding[w] = {n for v in spelt.get(w, {w}) for n in index[form(v)]}
        pool = set.intersection(*sorted((holding[w] for w in own[short]), key=len))
        if len(pool) > max_block:
            continue
        out[short] = [
            n
            for n in sorted(pool)
            if n != short
            and not (placed[short] and not is_place[n])
            and (len(n) > len(short) and _inside(short, n, lengths, places) or _own_inside(short, n, own))
        ]
    return out


def _contain(
    names: list[Name],
    within: dict[Name, list[Name]],
    own: dict[Name, frozenset[str]],
    places: frozenset[str],
    same: UnionFind[Name],
) -> bool:
    """One pass joining each shorter name to the one longer name it is read in; whether any joined."""
    changed = False
    for short, longer in within.items():
        hosts = {same.find(n) for n in longer}
        if same.find(short) in hosts:
            continue  # already read in one of the longer names: the others are other things
            # ("Grenfell" is Grenfell Tower's, not also the Grenfell Inquiry's)
        if len(hosts) > 1:
            forms = {form(w) for w in short}
            plainer = {
                same.find(n) for n in longer if all(form(w) in forms or w not in own[n] or w in places for w in n)
            } - {same.find(short)}
            hosts = plainer if len(plainer) == 1 else hosts
        if len(hosts) == 1:
            same.union(short, hosts.pop())
            changed = True
    return changed


def _inside(short: Name, long_: Name, lengths: tuple[int, int], places: frozenset[str]) -> bool:
    """Whether the words of ``short`` are read in ``long_``, in order, each spelt alike ("France
    Press" in "Agence France-Presse")."""
    i = 0
    for w in long_:
        if i < len(short) and _word_alike(w, short[i], lengths, places):
            i += 1
    return i == len(short)


def _own_inside(short: Name, long_: Name, own: dict[Name, frozenset[str]]) -> bool:
    """Two or more words of its own, all among the longer name's own words, and the same last word."""
    mine = {form(w) for w in own[short]}
    return (
        len(mine) >= 2
        and len(own[long_]) > len(mine)
        and form(short[-1]) == form(long_[-1])
        and mine <= {form(w) for w in own[long_]}
    )


def group_kind(members: Sequence[Claim]) -> str:
    """The kind most of a group's mentions have (ties: facility, then organisation, then place); a
    place when a page calls it one ("the town of Karvel"), whatever the tagger read elsewhere."""
    if any(c.kind == "place" and c.value.get("called_place") for c in members):
        return "place"
    counts = Counter(c.kind for c in members)
    return max(NAMED_KINDS, key=lambda k: (counts[k], {"facility": 2, "organization": 1, "place": 0}[k]))


def match_named(claim: Claim, entities: Sequence[Entity], rules: RuleSet) -> Entity | None:
    """The one named entity a new mention names: the same words as one of its spellings (any order),
    else spelt alike, an acronym of it, or read inside the one entity it can mean."""
    t = _tables(rules)
    places = known_places()
    mine = claim_words(claim, rules)
    spellings: dict[str, set[Name]] = {}
    for e in entities:
        found = {tuple(e.key.split())}
        for v in e.variants:
            canonical = next(filter(None, (lookup(rules.alias_of.get(k, {}), v.text) for k in NAMED_KINDS)), None)
            found.add(kind_words(canonical or v.text, e.kind, rules))
        spellings[e.id] = found
    by_id = {e.id: e for e in entities}
    tests = (
        lambda n: sorted(n) == sorted(mine),
        lambda n: _alike(n, mine, t.lengths, places),
        lambda n: (
            acronym_of(claim.text) in initials(" ".join(n), rules)
            or (
                acronym_of(" ".join(n).upper()) is not None
                and len(n) == 1
                and n[0] in initials(claim_name(claim), rules)
            )
        ),
        lambda n: (
            bool(name_words(" ".join(mine), rules).own) and len(n) > len(mine) and _inside(mine, n, t.lengths, places)
        ),
    )
    for test in tests:
        hits = {i for i, forms in spellings.items() if any(test(n) for n in forms)}
        if len(hits) == 1:
            return by_id[hits.pop()]
        if hits:
            return None
    return None
