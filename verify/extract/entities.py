"""Organisations, places and facilities, resolved through the rules' alias tables.

Alias phrases are found directly in the text (spaCy's small model tags "Doctors Without Borders"
as a person); other names come from spaCy's ORG, GPE/LOC and FAC entities. Facilities are also found
by their form: a proper name followed by hospital, clinic or centre ("the Al Marjeh Primary Health
Care Centre"). Every claim's value holds the name as written, its canonical name and a key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span, Token

from ..ingest.stamps import DATELINE, UNDATED_DATELINE
from ..models import EntityValue
from ..rules import RuleSet
from ..text import fold_phrase
from ..text.places import known_places
from ..text.spelling import plain
from .base import DocFacts, Mention, SentenceContext, facts_of
from .bodies import find_bodies
from .happenings import named_happenings
from .lexicon import find_compiled, lookup, phrase_pattern
from .numbers import NUMBER_WORDS

_FACILITY = re.compile(
    r"(?<![\w-])((?:(?:[Aa]l|[Ee]l)[\s-])?[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*"
    r"(?:[^\S\n]+(?:(?:[Aa]l|[Ee]l)[\s-])?[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*){0,5})[^\S\n]+"
    r"((?:[Pp]rimary\s+)?(?:[Hh]ealth\s+[Cc]are\s+)?(?:[Mm]edical\s+)?(?:[Hh]ospital|[Cc]linic|Cent(?:re|er)|[Ii]nfirmary))\b"
)
# a facility word followed by "for" and a name ("Centre for Human Rights", "Center for Strategic
# Studies") heads an organisation's name
_ORGANISATION_AFTER = re.compile(r"[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
_FACILITY_STOP = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "another",
    "children's",
    "one",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "several",
    "both",
    "many",
    "some",
    "all",
    "at",
    "in",
    "from",
    "to",
    "by",
    "on",
    "near",
    "inside",
    "outside",
    "into",
    "of",
}
_KIND_BY_LABEL = {"ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "facility"}


def bare_dateline(line: str, text: str) -> str | None:
    """The town of a dateline with no date that opens ``line`` (``UNDATED_DATELINE``), as the page
    writes it elsewhere in ``text`` ("DAIR SULEIB - ..." and "the lanes of Dair Suleib": Dair
    Suleib), else None: a local paper's dateline is a place only when the page names it again."""
    found = UNDATED_DATELINE.match(line)
    if found is None:
        return None
    town = found["place"].title().replace("’S", "’s").replace("'S", "'s")
    return town if re.search(rf"\b{re.escape(town)}\b", text[found.end() :]) else None


@lru_cache(maxsize=8)
def _alias_patterns(rules: RuleSet) -> dict[str, re.Pattern[str] | None]:
    """Per kind, the compiled pattern of every canonical name and alias in the rules."""
    out = {}
    for kind in ("organization", "place", "facility"):
        names = []
        for canonical, aliases in rules.aliases.get(kind, {}).items():
            names.extend([canonical, *aliases])
        out[kind] = phrase_pattern(names)
    return out


def _value(kind: str, written: str, rules: RuleSet) -> EntityValue:
    canonical = lookup(rules.alias_of.get(kind, {}), written)
    name = canonical or written
    return {"name": written, "canonical": name, "key": fold_phrase(name), "known": canonical is not None}


def extract_entities(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    for mention in _entities(sent, ctx, rules):
        if mention.kind in ("place", "organization", "facility") and acting_name(
            sent, mention.start, mention.end, rules
        ):
            mention.as_named()["acting"] = True
        yield mention


def acting_name(sent: Span, start: int, end: int, rules: RuleSet) -> bool:
    """A name (document offsets ``start``-``end``) that stands for a body acting, as a capital stands for
    its government: the subject of a verb of ``entities.acting_verbs`` ("Kyiv said", "Moscow
    denied"), the agent after "by" ("allegations by Kyiv"), or the modifier or owner of a noun of
    ``entities.acting_nouns`` ("the Kyiv regime", "Kyiv's government")."""
    inside = [t for t in sent if start <= t.idx < end]
    heads = [t for t in inside if not start <= t.head.idx < end or t.head.i == t.i]
    if len(heads) != 1:
        return False
    name, head = heads[0], heads[0].head
    ents = rules.entities
    if name.dep_ == "nsubj" and {head.lemma_.lower(), head.lower_} & ents.acting_verbs:
        return True
    if name.dep_ == "pobj" and head.lower_ == "by":
        return True
    return (
        name.dep_ in ("compound", "poss", "amod", "nmod")
        and {head.lemma_.lower(), head.lower_} & ents.acting_nouns != set()
    )


def recalled_happening(sent: Span, start: int, end: int, rules: RuleSet) -> bool:
    """A happening's name (document offsets ``start``-``end``) the sentence recalls as another,
    earlier happening than the one it tells, read from the parse: its noun (the name, or the noun
    it is set beside: "another powerful cyclone, Idai") has a word of ``entities.recall_words``
    ("another", "previous"), is the object of a preposition of ``entities.recall_preps`` ("six
    weeks after Cyclone Idai"), or the subject of a clause such a word opens ("after Cyclone Idai
    devastated the country")."""
    return _recalling(sent, start, end, rules) is not None


def recalled_reach(sent: Span, start: int, end: int, rules: RuleSet) -> int | None:
    """Where the telling of a recalled happening (``recalled_happening``) ends, as a document
    offset: the end of its noun's phrase ("another cyclone, Idai, which killed 1,000") or of the
    clause it is the subject of ("after Flight 610 plunged into the sea, killing all 189"); what
    the sentence says up to there is that happening's. None when the name is not recalled."""
    top = _recalling(sent, start, end, rules)
    if top is None:
        return None
    return max(t.idx + len(t.text) for t in top.subtree)


def _recalling(sent: Span, start: int, end: int, rules: RuleSet) -> Token | None:
    """The word whose phrase tells a recalled happening (its noun, or the verb of the clause it is
    the subject of), or None (see ``recalled_happening``)."""
    inside = [t for t in sent if start <= t.idx < end]
    heads = [t for t in inside if not start <= t.head.idx < end or t.head.i == t.i]
    if len(heads) != 1:
        return None
    noun = heads[0]
    if noun.dep_ == "appos":
        noun = noun.head
    ents = rules.entities
    if any(c.lower_ in ents.recall_words for c in noun.children if c.dep_ in ("det", "amod")):
        return noun
    if noun.dep_ == "pobj" and noun.head.lower_ in ents.recall_preps:
        return noun
    if noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "mark" and c.lower_ in ents.recall_preps for c in noun.head.children
    ):
        return noun.head
    return None


def _mark_recalled(value: EntityValue, sent: Span, start: int, end: int, rules: RuleSet) -> None:
    if (reach := recalled_reach(sent, start, end, rules)) is not None:
        value["recalled"] = True
        value["reach"] = reach


def _entities(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    if ctx.link:
        return
    base, text = sent.start_char, sent.text
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    facts = facts_of(sent, ctx.facts)
    for start, end, written in _happening_mentions(facts.text, base, sent.end_char, facts, rules):
        taken.append((start - base, end - base))
        value = _value("happening", written, rules)
        value["named_kind"] = "storm"
        _mark_recalled(value, sent, start, end, rules)
        yield Mention("happening", "happening", start, end, value)
    for own in named_happenings(facts.text, base, sent.end_char, rules):
        if not free(own.start - base, own.end - base):
            continue
        taken.append((own.start - base, own.end - base))
        written = facts.text[own.start : own.end]
        value = {**_value("happening", own.canonical, rules), "name": written, "named_kind": own.kind}
        _mark_recalled(value, sent, own.start, own.end, rules)
        yield Mention("happening", "happening", own.start, own.end, value)
    for start, end, matched in _facilities(text):
        taken.append((start, end))
        yield Mention("facility", "facility", base + start, base + end, _value("facility", matched, rules))
    ents = facts.ents_in(sent)
    longer = [
        (e.start_char - base + (len(e[0].text_with_ws) if e[0].lower_ == "the" else 0), e.end_char - base)
        for e in ents
        if e.label_ in ("ORG", "FAC") and 1 < len(e) <= 6
    ]
    for kind, pattern in _alias_patterns(rules).items():
        for start, end, matched in find_compiled(text, pattern):
            # an alias that begins a longer name is part of it: "US" of "US Geological Survey"
            inside = any(s == start and end < e for s, e in longer)
            if free(start, end) and not inside:
                taken.append((start, end))
                yield Mention(
                    kind,
                    kind if kind != "organization" else "organization",
                    base + start,
                    base + end,
                    _value(kind, matched, rules),
                )
    for start, end, core_end, written, canonical in find_bodies(sent, rules, ents):
        if free(start, core_end):
            taken.append((start, core_end))  # "in Gaza" after "Ministry of Health" is still a place
            body: EntityValue = {"name": written, "canonical": canonical, "key": fold_phrase(canonical), "known": False}
            yield Mention("organization", "organization", base + start, base + end, body)
    dateline = DATELINE.match(text)
    if dateline and free(*dateline.span("place")):
        # a wire's dateline names the town it was written in: a place, whatever the tagger read
        start, end = dateline.span("place")
        taken.append((start, end))
        yield Mention("place", "place", base + start, base + end, _value("place", dateline["place"], rules))
    elif (town := bare_dateline(text, facts.text)) is not None and free(0, len(town)):
        taken.append((0, len(town)))
        yield Mention("place", "place", base, base + len(town), _value("place", town, rules))
    towns = towns_named(facts, rules)
    for ent in ents:
        labelled = _KIND_BY_LABEL.get(ent.label_)
        cued = ent.label_ in ("PERSON", "ORG", "FAC") and bare_name(ent.text) in towns
        if cued:
            labelled = "place"  # "the town of Tel Marwan", "the town of Karvel", read as a person, a body or a building
        if labelled is None:
            continue
        kind = labelled
        start, end = ent.start_char - base, ent.end_char - base
        words = ent.text
        k = 0  # the name starts after a clause's opening word and an article: "Citing the UN"
        while k < len(ent) - 1 and ent[k].lower_ in rules.entities.lead_words:
            k += 1
        if k < len(ent) - 1 and ent[k].lower_ in ("the", "a", "an"):
            k += 1
        if k:
            start = ent[k].idx - base
            words = text[start:end]
        # a possessive ending, of a plural name too ("Malaysian Airlines' MH17"): no part of the name
        words = re.sub(r"['’]s$|(?<=[sS])['’]$", "", words).rstrip()
        words = words.rstrip(",;:").rstrip()
        end = start + len(words)
        if not words or not any(c.isalpha() for c in words) or not free(start, end):
            continue
        if words.upper() in rules.time.zone_minutes:
            continue  # "22.10 GMT": a clock's zone (``time.zones``), no body nor place
        if kind in ("facility", "place") and any(
            w.lower() in rules.entities.organisation_words for w in re.findall(r"[A-Za-z]+", words)
        ):
            kind = "organization"  # "the Tarsin Observatory for Human Rights", tagged a facility: a monitor
        if kind == "facility" and not any(c.isupper() for c in words):
            continue  # "the fourth floor of the wooden hotel structure": a description, no building's name
        if kind == "facility" and _unmarked_name(words, rules):
            continue  # "Logan Gomes", tagged a facility: a name with no word of a building or site
        if kind in ("place", "facility") and words.split()[0].lower() in _happening_words(rules):
            continue  # "Typhoon Marela", "Hurricane Ida": the happening's own name, not where it was
        if a_happening_name(words, facts, rules):
            continue  # "Delmar made landfall": the storm the page calls "Hurricane Delmar"
        if kind == "place" and _a_vessel(ent, rules):
            continue  # "the sunken MV Kisima": a ship, not where it sank
        if kind == "place" and _a_weapon(ent, towns, rules):
            continue  # "Tochka-U missiles": a weapon's name, not where it struck
        if kind == "place" and _people_adjective(ent, rules):
            continue  # "the besieged Ukrainian city of Mariupol": a people's adjective, not where it was
        taken.append((start, end))
        value = _value(kind, words, rules)
        if cued:
            value["called_place"] = True
        if kind in ("place", "organization") and " " not in words and called_country(ent, rules):
            kind, value = "place", {**_value("place", words, rules), "country": True}
        yield Mention(kind, kind, base + start, base + end, value)
    for token in sent:
        # a town the model names no entity ("tore through the tower in north Kensington"): the
        # gazetteer's, as the object of a place preposition (``entities.place_preps``), or one the
        # page calls a place (``towns_named``: its dateline's), with the
        # part of it written before it (``compare.places.parts``), as "West Kensington" has its own
        if (
            token.pos_ == "PROPN"
            and not token.ent_type_
            and (
                token.dep_ == "pobj"
                and token.head.lower_ in rules.entities.place_preps
                and plain(token.text) in known_places()
                or token.text in towns  # a name the page calls a place, wherever it stands ("north of Morvik")
            )
        ):
            first = token.nbor(-1) if token.i > sent.start else token
            part = first.lower_ in rules.compare.places.parts and first.head.i == token.i
            start, end = (first.idx if part else token.idx) - base, token.idx - base + len(token.text)
            if free(start, end):
                taken.append((start, end))
                yield Mention("place", "place", base + start, base + end, _value("place", text[start:end], rules))
        elif token.pos_ == "PROPN" and not token.ent_type_ and (named := _town_before_a_region(token, sent, rules)):
            # "the train disaster in Lac-Megantic, Que.", "in Paradise, Calif.": a town the model names
            # no entity, followed by its state's or province's abbreviation
            start, end = named[0].idx - base, token.idx - base + len(token.text)
            if free(start, end):
                taken.append((start, end))
                yield Mention("place", "place", base + start, base + end, _value("place", text[start:end], rules))


def _people_adjective(ent: Span, rules: RuleSet) -> bool:
    """The tagger's place is one adjective that names a country's people (the rules' ``demonyms``:
    "Ukrainian" in "the besieged Ukrainian city of Mariupol", "Brazilian" in "a Brazilian mining
    town"): it says whose, never where — the place is the noun it qualifies, or the name after it."""
    return len(ent) == 1 and ent[0].pos_ == "ADJ" and ent[0].lower_ in rules.countries


def _town_before_a_region(token: Token, sent: Span, rules: RuleSet) -> Span | None:
    """The name ending at ``token`` when a comma and a state's or a province's abbreviation follow
    it (``names.people.region_abbreviations``: "Lac-Megantic, Que.", "Paradise, Calif."), its
    hyphen-joined words taken with it; else None."""
    doc = token.doc
    after = token.i + 2
    if (
        after >= sent.end
        or doc[token.i + 1].text != ","
        or doc[after].lower_.rstrip(".") not in rules.names.people.region_abbreviations
    ):
        return None
    first = token.i
    while (
        first - 2 >= sent.start
        and doc[first - 1].text == "-"
        and not doc[first - 2].whitespace_
        and not doc[first - 1].whitespace_
        and doc[first - 2].pos_ == "PROPN"
    ):
        first -= 2
    return doc[first : token.i + 1]


def called_country(ent: Span, rules: RuleSet) -> bool:
    """Whether the page calls a place a country: written after one of ``entities.country_before``
    ("neighbouring Orsania", "the country of Orsania"), or owning, within three words, one of
    ``entities.country_offices`` and none of ``not_country_offices`` ("Tamaria's Interior Minister",
    not "Kelam's provincial government"), or listed with one of ``entities.country_nouns`` ("tore
    across Dalmora and two neighbouring states")."""
    table, doc = rules.entities, ent.doc
    before = doc[max(ent.start - 5, ent.sent.start) : ent.start].text.lower()
    if any(before == cue or before.endswith(" " + cue) for cue in table.country_before):
        return True
    root = ent.root
    listed = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    if any(t.lower_ in table.country_nouns for t in listed):
        return True
    if ent.end >= len(doc) or doc[ent.end].lower_ not in ("'s", "’s"):
        if not ent[-1].lower_.endswith(("'s", "’s")):
            return False
        after = doc[ent.end : ent.end + 3]
    else:
        after = doc[ent.end + 1 : ent.end + 4]
    words = {t.lower_ for t in after}
    return bool(words & table.country_offices) and not words & table.not_country_offices


def _a_vessel(ent: Span, rules: RuleSet) -> bool:
    """A name written after or starting with a ship's prefix (``entities.vessel_prefixes``: "MV", "HMS")."""
    prefixes = rules.entities.vessel_prefixes
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return ent[0].lower_ in prefixes or (before is not None and before.lower_ in prefixes and before.text[:1].isupper())


def _a_weapon(ent: Span, towns: frozenset[str], rules: RuleSet) -> bool:
    """A name neither known as a place nor named a town on the page whose chain of compounds ends on a
    noun of ``entities.weapon_heads`` ("Tochka-U missiles", "the Tochka-U tactical missile system")."""
    heads = rules.entities.weapon_heads
    if not heads or plain(ent.text) in known_places() or bare_name(ent.text) in towns:
        return False
    head = ent.root
    while head.dep_ in ("compound", "nmod") and head.head.i != head.i:
        head = head.head
    return head.i >= ent.end and head.lower_ in heads


@lru_cache(maxsize=4)
def _names_a_place_noun(root: Token, nouns: frozenset[str]) -> bool:
    """The name, or the list it ends or goes on ("the Mundakkai and Chooralmala areas"), modifies a
    noun of places: "X town", "the X and Y areas"."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return (
        root.dep_ in ("compound", "nmod")
        and root.head.i == root.right_edge.i + 1  # right after the name or its list, never a parse's reach
        and root.head.pos_ == "NOUN"
        and root.head.lemma_.lower() in nouns
    )


def _names_the_happening_s_place(ent: Span, rules: RuleSet) -> bool:
    """A town of the gazetteer the tagger read as a body, written right before a noun of the
    happening that it modifies ("claimed the Colombo bombings", "the Manchester attack"): where it
    happened, never who did it."""
    root = ent.root
    return (
        root.dep_ in ("compound", "nmod")
        and root.head.i == ent.end
        and (root.head.lower_ in rules.happening_words or root.head.lemma_.lower() in rules.happening_words)
        and plain(ent.text) in known_places()
    )


def _names_a_structure_s_place(ent: Span, rules: RuleSet) -> bool:
    """A one-word town of the gazetteer the tagger read as a person or a body, written before a
    structure's common noun that it qualifies, with only nouns between (``entities.structure_after``,
    by lemma: "the Genoa highway bridge", "the Mosul dam"): where the structure stands, never whose."""
    root = ent.root
    if len(ent) != 1 or root.dep_ not in ("compound", "nmod") or plain(ent.text) not in known_places():
        return False
    doc, i = ent.doc, ent.end
    while i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].dep_ == "compound" and doc[i].is_lower:
        i += 1  # "highway" of "the Genoa highway bridge"
    noun = doc[i] if i < len(doc) else None
    return (
        noun is not None
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and root.head.i == noun.i
        and noun.lemma_.lower() in rules.entities.structure_after
    )


def named_as_town(token: Token, rules: RuleSet) -> bool:
    """The name ``token`` heads is a place's, whatever the tagger read: the object of "of" after a
    place noun (``entities.place_nouns``, by lemma: "the town of Kassar", "the towns of Arle and
    Omar Tesh"), or a name joined to one by "and"."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return (
        first.dep_ == "pobj"
        and first.head.lower_ == "of"
        and first.head.head.lemma_.lower() in rules.entities.place_nouns
    )


def towns_named(facts: DocFacts, rules: RuleSet) -> frozenset[str]:
    """The names the tagger reads as persons' or bodies' that the document calls places
    (``entities.place_nouns``, ``place_before``, ``place_preps``): "the town of Tel Marwan", "in
    nearby Kafr Ula", "a market in Tel Marwan" (a person's name only: "in Congress" is a body's),
    and the town of a wire's dateline ("MORVIK, March 11 (Continental Press) -").
    Every mention of such a name in the document is a place."""
    table, names = rules.entities, rules.names
    doc, out = facts.doc, set()
    for ent in facts.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        before = doc[ent.start - 1].lower_ if ent.start >= 1 else ""
        before2 = doc[ent.start - 2].lower_ if ent.start >= 2 else ""
        first = ent[0].lower_.rstrip(".")
        plain_name = first not in names.titles and names.fold_of.get(first, first) not in names.given_gender
        cued = (
            (before == "of" and before2 in table.place_nouns)
            or (ent.root.dep_ == "conj" and named_as_town(ent.root, rules))  # "the towns of Arle and Omar Tesh"
            or before in table.place_before
            or (ent.label_ == "PERSON" and plain_name and before in table.place_preps and ent.root.dep_ == "pobj")
        )
        if (
            cued
            or _names_a_place_noun(ent.root, table.place_nouns | table.place_after)
            or _names_the_happening_s_place(ent, rules)
            or _names_a_structure_s_place(ent, rules)
        ):
            out.add(bare_name(ent.text))
    for line in facts.text.split("\n"):
        if (dateline := DATELINE.match(line.lstrip())) is not None:
            out.add(dateline["place"].strip().title())  # "MORVIK, March 11 (Continental Press) -": Morvik
        elif (town := bare_dateline(line.lstrip(), facts.text)) is not None:
            out.add(town)
    return frozenset(out)


@lru_cache(maxsize=8)
def _happening_name_pattern(rules: RuleSet) -> re.Pattern[str] | None:
    """A capitalised phrase of ``entities.happening_names`` ("Tropical Storm") followed by a
    capitalised name, which the pattern's group ``name`` holds."""
    phrases = sorted(rules.entities.happening_names, key=len, reverse=True)
    if not phrases:
        return None
    heads = "|".join(
        r"[^\S\n]+".join(re.escape(w[:1].upper()) + re.escape(w[1:]) for w in p.lower().split()) for p in phrases
    )
    return re.compile(rf"(?<![\w-])(?:{heads})[^\S\n]+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![^\S\n]+[A-Z])")


@lru_cache(maxsize=4)
def happenings_named(facts: DocFacts, rules: RuleSet) -> frozenset[str]:
    """The names the document gives a happening ("Cyclone Mira", "Tropical Storm Ulla": Mira,
    Ulla; ``entities.happening_names``). Every mention of such a name in the document is the
    happening's: "Mira made landfall" names neither a person nor a place. A name followed by another
    capitalised word is left alone, as a title-case headline's "Storm Kills Nine" is no name."""
    pattern = _happening_name_pattern(rules)
    if pattern is None:
        return frozenset()
    return frozenset(m["name"] for m in pattern.finditer(facts.text))


def _happening_mentions(
    text: str, begin: int, end: int, facts: DocFacts, rules: RuleSet
) -> Iterator[tuple[int, int, str]]:
    """Where a sentence names a happening the page names (``happenings_named``): "Cyclone Mira",
    "Mira", with the happening's words when written before the name in the sentence; not a person's
    first name ("Mira Castell"). ``text`` is the page's; the sentence runs from ``begin`` to ``end``."""
    names = happenings_named(facts, rules)
    if not names:
        return
    heads = _happening_name_pattern(rules)
    assert heads is not None
    for m in _names_pattern(names).finditer(text, begin, end):
        start = m.start()
        for head in heads.finditer(text, max(begin, start - 40), m.end()):
            if head.end() == m.end():
                start = head.start()
        yield start, m.end(), text[start : m.end()]


@lru_cache(maxsize=64)
def _names_pattern(names: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names))) + r")(?![\w-]|[^\S\n]+[A-Z])")


def a_happening_name(text: str, facts: DocFacts, rules: RuleSet) -> bool:
    """Whether a name as written is a happening's: one of ``happenings_named``, bare or after its
    happening word ("Mira", "Cyclone Mira")."""
    names = happenings_named(facts, rules)
    if not names:
        return False
    words = bare_name(text).split()
    return bool(words) and words[-1] in names and all(w.lower() in _happening_name_words(rules) for w in words[:-1])


@lru_cache(maxsize=8)
def _happening_name_words(rules: RuleSet) -> frozenset[str]:
    return frozenset(w for p in rules.entities.happening_names for w in p.lower().split())


def bare_name(text: str) -> str:
    """A name as ``towns_named`` keys it: without a possessive ending or trailing punctuation."""
    return re.sub(r"['’]s$|(?<=[sS])['’]$", "", text).rstrip(",;:. ")


@lru_cache(maxsize=8)
def _happening_words(rules: RuleSet) -> frozenset[str]:
    """The one-word names of happenings that need no attacker (``methods.taxonomy``: typhoon,
    hurricane, earthquake ...), which head a storm's or a quake's own name."""
    taxonomy = rules.methods
    return frozenset(
        w.lower()
        for name, node in taxonomy.taxonomy.items()
        if taxonomy.kind_of(name) != "attack" and not node.generic
        for w in node.words
        if " " not in w
    )


def _unmarked_name(words: str, rules: RuleSet) -> bool:
    """Two or three capitalised words, the first a listed given name (``names.given_names``) and
    none a word of a building or site (``entities.generic_words``: hospital, tower, street ...): a
    person's name the tagger took for a facility ("Logan Gomes"; "Dollar General" stays one)."""
    parts = words.split()
    first = parts[0].lower() if parts else ""
    return (
        2 <= len(parts) <= 3
        and all(p[:1].isupper() and p.isalpha() for p in parts)
        and rules.names.fold_of.get(first, first) in rules.names.given_gender
        and not any(p.lower() in rules.entities.generic_words for p in parts)
    )


def _facilities(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _FACILITY.finditer(text):
        if _ORGANISATION_AFTER.match(text, match.end()):
            continue  # "Hurriya Centre for Human Rights": a body's name, no centre hit
        words = match.group(1).split()
        # the name starts after an article, a preposition or a place that has it: "At Gaza City's
        # al-Shifa Hospital", "London's Royal Free Hospital" (not "King's College Hospital")
        owner = max(
            (
                i + 1
                for i, w in enumerate(words[:-1])
                if w.endswith(("'s", "’s"))
                and (
                    re.match(r"(?:[Aa]l|[Ee]l)[-\s]", words[i + 1])
                    or plain(" ".join(words[: i + 1])[:-2]) in known_places()
                )
            ),
            default=0,
        )
        words = words[owner:]
        while words and (words[0].lower() in _FACILITY_STOP or words[0].lower() in NUMBER_WORDS):
            words = words[1:]  # ("Three hospital workers": a count of people, no hospital's name)
        if not words:
            continue
        head = match.group(1)
        start = match.start(1) + head.find(words[0], len(" ".join(match.group(1).split()[:owner])) if owner else 0)
        yield start, match.end(), text[start : match.end()]
