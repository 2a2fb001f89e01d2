"""A parsed chunk of a document to claims: every sentence through every extractor, provenance attached.

``claims_from_chunk`` runs each sentence through ``EXTRACTORS`` (and the quotation extractor over
the whole chunk), resolves short person names across the chunk, and turns mentions into ``Claim``
records with the sentence, the cited source and hedging; ``document.text[claim.start:claim.end] ==
claim.text`` holds for every claim.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import cast

from spacy.tokens import Span

from ..ingest.stamps import entry_days
from ..models import Claim, ClaimValue, CountValue, Document
from ..rules import RuleSet
from ..text.dates import iso_day
from .attribution import extract_attributions
from .base import DocFacts, Mention, SentenceContext
from .counts import (
    carry_place,
    extract_counts,
    group_parts,
    restated_parts,
    revised_across,
    running_steps,
    vague_parts,
)
from .entities import extract_entities
from .fates import extract_fates
from .methods import extract_methods
from .people import extract_people, resolve_short_names
from .quotes import extract_quotes
from .readings import NAMED, outlet_names, settle, short_facilities, surnames_as_people
from .repairs import repair_parse
from .sources import find_sourcing
from .timex import extract_times
from .weekdays import weekdays_a_week_back

SentenceExtractor = Callable[[Span, SentenceContext, RuleSet], Iterable[Mention]]

#: Sentence-level extractors, in the order their claims are listed.
EXTRACTORS: dict[str, SentenceExtractor] = {
    "count": extract_counts,
    "person": extract_people,
    "entity": extract_entities,
    "time": extract_times,
    "method": extract_methods,
    "attribution": extract_attributions,
}


def published_day(document: Document) -> date | None:
    return iso_day(document.published)  # a day or a moment ("2020-08-05T19:56+04:00")


def placed_value(value: ClaimValue, offset: int) -> ClaimValue:
    """A mention's value for its claim: a copy, with the offsets of an earlier figure the value
    names (``revision.earlier``) moved from the chunk into the document."""
    copied = value.copy()
    if "revision" not in copied:
        return copied
    count = cast(CountValue, copied)
    earlier = (count.get("revision") or {}).get("earlier")
    if offset and earlier:
        count["revision"] = {
            **count["revision"],
            "earlier": {**earlier, "start": earlier["start"] + offset, "end": earlier["end"] + offset},
        }
    return count


def claims_from_chunk(
    document: Document, parsed, offset: int, rules: RuleSet, original: str | None = None
) -> list[Claim]:
    """The claims of one parsed window of ``document`` that starts at ``offset``. ``original``: the
    window's own text as read (furniture not blanked), when the caller has only the window and
    not ``document.text`` (a worker handed one window of a long document)."""
    repair_parse(parsed, rules)  # the known misparses of tolls mended before any extractor reads them
    facts = DocFacts.of(parsed)  # Doc.text and Doc.ents are rebuilt on every access: take them once
    ctx = SentenceContext(document.id, published_day(document), facts=facts)
    text = document.text if original is None else _Shifted(original, offset)
    chunk_text = facts.text
    found: dict[tuple, Claim] = {}
    people: list[tuple[Mention, Span]] = []
    named: list[tuple[Mention, Span]] = []
    # one string per sentence, shared by its claims: a long page's claims then hold (and send
    # between processes) each sentence once, not once per claim
    sentence_text: dict[tuple[int, int], str] = {}

    def add(mention: Mention, sent: Span, sourcing) -> None:
        start, end = mention.start + offset, mention.end + offset
        words = text[start:end]
        if not words.strip() or words != words.strip():
            return
        local = chunk_text[sent.start_char : sent.end_char]  # furniture is blank here, so strip() drops it
        s_start = sent.start_char + offset + (len(local) - len(local.lstrip()))
        s_end = sent.start_char + offset + len(local.rstrip())
        s_start, s_end = min(s_start, start), max(s_end, end)  # "Sgt." cut off by the splitter stays with its name
        inside_source = (
            sourcing.source_start is not None
            and sourcing.source_start <= mention.start
            and mention.end <= sourcing.source_end
        )
        # "X claimed the attack, as the toll rose to 47": X is cited for what it claims only
        beside = sourcing.covers is not None and not (
            sourcing.covers[0] <= mention.start and mention.end <= sourcing.covers[1]
        )
        # "X was arrested, police said, hours after a collision that left 36 dead": police are
        # cited for the arrest, not for a figure of the background its clause tells
        beside = beside or (
            mention.kind == "count" and any(s <= mention.start and mention.end <= e for s, e in sourcing.outside)
        )
        key = (mention.kind, mention.attribute, start, end)
        if key in found:
            return
        sentence = sentence_text.get((s_start, s_end))
        if sentence is None:
            sentence = sentence_text[s_start, s_end] = text[s_start:s_end]
        found[key] = Claim(
            id=Claim.make_id(document.id, mention.kind, mention.attribute, start, end),
            doc=document.id,
            kind=mention.kind,
            attribute=mention.attribute,
            text=words,
            sentence=sentence,
            start=start,
            end=end,
            sentence_start=s_start,
            value=placed_value(mention.value, offset),
            cited_source=mention.cited_source or (None if inside_source or beside else sourcing.cited_source),
            hedged=sourcing.hedge is not None,
            hedge=sourcing.hedge,
        )

    sourcings = {}
    # a live blog's entry stamped "Friday 08.10" counts its "last night" from the Friday, not from
    # the page's last update on the Saturday
    entries = entry_days(chunk_text, ctx.published)
    entry_starts = [at for at, _ in entries]
    before: set[str] = set()  # the places the sentence before limits its counts of people to
    for sent in parsed.sents:
        if not sent.text.strip():
            continue
        sourcing = find_sourcing(sent, rules, chunk_text)
        sourcings[sent.start] = sourcing
        k = bisect_right(entry_starts, sent.start_char) - 1
        said = ctx if k < 0 else replace(ctx, published=entries[k][1])
        told: list[Mention] = []
        for extractor in EXTRACTORS.values():
            for mention in extractor(sent, said, rules):
                if mention.kind == "person":
                    people.append((mention, sent))
                elif mention.kind in NAMED:
                    named.append((mention, sent))
                else:
                    told.append(mention)
        before = carry_place(sent, told, before, rules)
        for mention in told:
            add(mention, sent, sourcing)
    sentences = [s for s in parsed.sents if s.text.strip()]
    starts = [s.start_char for s in sentences]
    for mention in short_facilities([m for m, _ in named], parsed, rules):
        named.append((mention, sentences[bisect_right(starts, mention.start) - 1]))
    keep_people, keep_named = settle(
        [m for m, _ in people], [m for m, _ in named], rules, chunk_text, outlet_names(document, chunk_text)
    )
    people = [p for p, keep in zip(people, keep_people, strict=True) if keep]
    named = [n for n, keep in zip(named, keep_named, strict=True) if keep]
    persons = surnames_as_people([m for m, _ in named], [m for m, _ in people], chunk_text, rules)
    people = sorted(people + [(persons[j], named[j][1]) for j in persons], key=lambda ms: ms[0].start)
    for j, (mention, sent) in enumerate(named):
        if j not in persons:
            add(mention, sent, sourcings[sent.start])
    resolved = resolve_short_names([m for m, _ in people], rules, chunk_text)
    for mention, (_, sent) in zip(resolved, people, strict=True):
        add(mention, sent, sourcings[sent.start])

    def person_id(mention: Mention) -> str:
        return Claim.make_id(document.id, mention.kind, mention.attribute, mention.start + offset, mention.end + offset)

    for mention, sent in extract_fates(
        [(m, s) for m, (_, s) in zip(resolved, people, strict=True)], chunk_text, rules, person_id
    ):
        add(mention, sent, sourcings[sent.start])
    for mention, holder in extract_quotes(parsed, ctx, rules):
        sourcing = sourcings.get(holder.start) or find_sourcing(holder, rules, chunk_text)
        add(mention, holder, sourcing)
    apart = frozenset(rules.figures.people.apart)
    back = rules.events.refers_back_patterns
    dated = weekdays_a_week_back(found.values(), ctx.published, rules)
    return vague_parts(
        group_parts(restated_parts(revised_across(running_steps(dated))), rules.figures.groups, apart, back)
    )


class _Shifted:
    """A window's text sliced with document offsets: ``_Shifted(window, offset)[a:b]`` is
    ``document.text[a:b]`` for any ``a <= b`` inside the window."""

    def __init__(self, window: str, offset: int):
        self.window, self.offset = window, offset

    def __getitem__(self, cut: slice) -> str:
        return self.window[cut.start - self.offset : cut.stop - self.offset]


def position(claim: Claim) -> tuple:
    return (claim.start, claim.end, claim.kind, claim.attribute)
