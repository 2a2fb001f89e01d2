"""Spelling: one entity written in different ways by different sources.

``spelling`` is how a mention writes a name (title left out, spaces normalised); the report's
variant findings and editor mode's spelling verdicts compare these forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator

from anyascii import anyascii

from ..models import Claim, Finding
from ..rules import Rule, RuleSet
from ..text import fold_phrase
from ..text.places import city_alias, known_places
from ..text.spelling import close, plain
from .context import Context, make_finding, side_of


def spelling(claim: Claim) -> str:
    """How a mention writes a name: without its title ("Dr."), white space normalised."""
    name = claim.as_person().get("name") if claim.kind == "person" else claim.as_named().get("name")
    return " ".join(str(name or claim.text).split())


def trivial_form(name: str, particles: frozenset[str]) -> str:
    """A name with what house style varies left out: case, accents, punctuation, particles ("al-")
    and suffixes ("Jr", both in ``particles``), single-letter initials, a plural's "s" ("Nepali",
    "Nepalis") — "Bashar al-Assad" and "Bashar Al Assad" have one trivial form."""
    folded = unicodedata.normalize("NFKD", name)
    folded = anyascii("".join(ch for ch in folded if not unicodedata.combining(ch))).lower()  # "ı" too
    words = re.split(r"[\s\-‐–'’.]+", folded)
    kept = (w for w in words if w and len(w) > 1 and w not in particles)
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in kept)


def _respelled(
    a: str, b: str, lengths: tuple[int, int], endings: tuple[str, ...] = (), acronym_length: int = 0
) -> bool:
    """Two names that write the same words, one or more of them two ways ("Hatayaspor",
    "Hatayspor"; "civil defence", "civil defense"), or that differ only in case, accents or
    punctuation ("Kahramanmaraş", "Kahramanmaras"); not a longer or a reworded name ("government
    in Syria" of the "Syrian government"), nor a place and its people's word (``endings``:
    "Kaldoria", "Kaldorian")."""
    if a == b:
        return False
    if _acronym(a, acronym_length) != _acronym(b, acronym_length) and a.casefold() != b.casefold():
        return False  # "IRNA" (an agency's initials) is no spelling of "Iran"
    wa, wb = plain(a).split(), plain(b).split()
    if wa == wb:
        return True
    only_a, only_b = set(wa) - set(wb), set(wb) - set(wa)
    return len(only_a) == len(only_b) > 0 and all(
        any(close(x, y, *lengths) and not _demonym(x, y, endings) for y in only_b) for x in only_a
    )


def _one_city(written: list[str], rules: RuleSet) -> dict[str, str]:
    """Each spelling that names a gazetteer place, by its own name or another the gazetteer lists
    for a city ("Vizag", "Visakhapatnam"), -> that place's plain name ("visakhapatnam")."""
    out = {}
    for name in written:
        city = city_alias(name, rules.entities.gazetteer_aliases) or (name if plain(name) in known_places() else None)
        if city is not None:
            out[name] = plain(city)
    return out


def _nested(spellings: list[str]) -> bool:
    """Every spelling's words, as written (case aside), are all among the longest one's: a name
    and fuller tellings of it, no word written two ways."""
    words = [set(s.casefold().split()) for s in spellings]
    longest = max(words, key=len)
    return all(w <= longest for w in words)


def _acronym(name: str, length: int) -> bool:
    """A single word in capitals of up to ``length`` letters ("IRNA", "UNRWA")."""
    return " " not in name.strip() and name.isupper() and len(name.strip()) <= length


def _demonym(x: str, y: str, endings: tuple[str, ...]) -> bool:
    """One word is the other with an ending of ``endings`` ("kaldoria", "kaldorian")."""
    short, long = sorted((x.lower(), y.lower()), key=len)
    return long.startswith(short) and long[len(short) :] in endings


def _as_written(claims: list[Claim]) -> dict[str, str]:
    """Each mention's spelling, those that differ only in case shown as most of them write it (not
    in capitals, where another case is written)."""
    cased: dict[str, Counter[str]] = defaultdict(Counter)
    for c in claims:
        cased[spelling(c).casefold()][spelling(c)] += 1
    shown = {
        key: sorted(forms.items(), key=lambda kv: (kv[0].isupper(), -kv[1], kv[0]))[0][0]
        for key, forms in cased.items()
    }
    return {c.id: shown[spelling(c).casefold()] for c in claims}


def check_name_variant(rule: Rule, ctx: Context) -> Iterator[Finding]:
    claims = ctx.claims
    for entity in ctx.clustering.entities:
        if entity.kind not in rule.kinds:
            continue
        members = [claims[v.claim] for v in entity.variants if v.claim in claims]
        longest = max((len(spelling(c).split()) for c in members), default=0)
        full = [c for c in members if len(spelling(c).split()) > 1 or longest == 1]
        forms: dict[str, list[Claim]] = defaultdict(list)
        for c in full:
            forms[fold_phrase(spelling(c))].append(c)
        if len(forms) < 2 or len({c.doc for c in full}) < 2:
            continue
        if entity.kind != "person" and all(ctx.rules.alias_of.get(entity.kind, {}).get(f) for f in forms):
            continue  # declared aliases ("MSF", "Doctors Without Borders") are not misspellings
        if entity.kind != "person":
            # an organisation, a place or a facility: only the names that write a word of it
            # another way, not a shorter name ("London Ambulance") or another one ("Scotland Yard")
            written = sorted({spelling(c) for c in full})
            lengths = (ctx.rules.entities.min_typo_length, ctx.rules.entities.min_change_length)
            endings = ctx.rules.entities.demonym_endings
            acronyms = ctx.rules.entities.acronym_length
            city = _one_city(written, ctx.rules) if entity.kind == "place" else {}
            kept = {
                x
                for x in written
                for y in written
                if _respelled(x, y, lengths, endings, acronyms) or x != y and city.get(x, x) == city.get(y, y)
            }
            full = [c for c in full if spelling(c) in kept]
            if len(kept) < 2 or len({c.doc for c in full}) < 2:
                continue
        # a spelling in capitals or another case is the same spelling ("DAR SALEM" in a dateline)
        as_written = _as_written(full)
        spellings = sorted(set(as_written.values()))
        if len(spellings) < 2:
            continue
        events = {c.event for c in full}
        by_spelling: dict[str, list[Claim]] = defaultdict(list)
        for c in full:
            by_spelling[as_written[c.id]].append(c)
        listed = "; ".join(
            f"“{s}” ({', '.join(sorted({ctx.outlet(c.doc) for c in by_spelling[s]}))})" for s in spellings
        )
        noun = "named happening" if entity.kind == "happening" else entity.kind  # "Cyclone Mira"
        summary = f"One {noun} is spelled {len(spellings)} ways across sources: {listed}."
        house_style = ctx.rules.names.surname_particles | ctx.rules.names.generational_suffixes
        trivial = len({trivial_form(s, house_style) for s in spellings}) == 1
        note = "differs only in case, accents, a particle, an initial or a suffix" if trivial else None
        if not trivial and entity.kind == "person" and _nested(spellings):
            # "Rose Roussos", "Saffie Rose Roussos"; "Brenton Tarrant", "Brenton Harrison Tarrant":
            # no word written two ways, only a given or middle name more
            trivial, note = True, "one name is told with a given or middle name more"
        if not trivial and entity.kind == "place":
            aliases = ctx.rules.entities.gazetteer_aliases
            known = [s for s in spellings if plain(s) in known_places()]
            city = _one_city(spellings, ctx.rules)
            if (
                len(city) == len(spellings)
                and len(set(city.values())) == 1
                and any(city_alias(s, aliases) for s in spellings)
            ):
                # "Vizag" beside "Visakhapatnam": names the gazetteer gives one city, no place in doubt
                own = next((a for s in spellings if (a := city_alias(s, aliases))), spellings[0])
                trivial, note = True, f"names the gazetteer gives one city, “{own}”"
            elif len(known) == 1:  # "Syra" beside "Syria": a slip of one outlet's copy, not a place in doubt
                trivial, note = True, f"a misspelling of the known place “{known[0]}”"
        sides = [side_of(s, by_spelling[s]) for s in spellings]
        finding = make_finding(
            rule,
            "variant",
            "name",
            full,
            summary,
            event=events.pop() if len(events) == 1 else None,
            entity=entity.id,
            sides=sides,
            note=note,
            rules=ctx.rules,
            trivial=trivial,
        )
        if finding is not None:
            yield finding
