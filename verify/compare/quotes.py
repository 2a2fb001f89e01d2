"""Quotations: the same words quoted alike by every source, and reported speech passed off as a quotation.

``quote_form`` is a quotation's comparison form (its words, lower case, an ellipsis kept as "…", an
editor's [insertion] kept as a stand-in for a few words); ``match_quotes`` the one judgement of two forms — not the same
quotation, the same quotation worded the same (``agree``), or worded differently (``altered_quote``)
— shared with editor mode. Two sources that cut one quotation at different points, or skip words at
an ellipsis, quote the same words (``same_words``); a word changed, added or left out without an
ellipsis inside the words both give is an alteration. Single or double quotation marks, and a post
embedded without marks, are the extractor's business: the words are what is compared.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

from rapidfuzz import fuzz

from ..models import Claim, Finding
from ..rules import Rule, RuleSet
from ..text import NUMBER_WORDS
from .context import Context, make_finding

MAX_QUOTE_POSTING = 50  # a word in more quotations than this is too common to block on
MAX_SENTENCE_POSTING = 50
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
#: A separator between a number's groups of thousands ("2,000", "12 500" with a no-break space): an
#: outlet's house style, not the speaker's words ("2,000" and "2000" are one word said).
_THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f](?=\d{3}(?!\d))")


#: An ellipsis in a quotation: words left out on purpose.
GAP = "…"
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")
#: An editor's words in a quotation ("caused by [Israeli] fire", "by (Israeli military) fire"): they
#: stand for a few words the speaker said, which another outlet may give ("caused by IDF fire");
#: kept as ``EDIT``, which stands for at most ``EDIT_WORDS`` words of another wording.
_EDITORIAL = re.compile(r"\[[^\]]*\]|\([^)]*\)")
EDIT = "[…]"
EDIT_WORDS = 3


def quote_words(text: str) -> list[str]:
    """The words of a quotation in lower case, each ellipsis kept as ``GAP`` (none at the ends),
    an editor's [insertion] or (insertion) as ``EDIT``: it stands for a few words the speaker said;
    a number one word whatever separates its thousands ("2,000" and "2000": ``_THOUSANDS``)."""
    out: list[str] = []
    for k, part in enumerate(_ELLIPSIS.split(text)):
        if k and out and out[-1] != GAP:
            out.append(GAP)
        for m, piece in enumerate(_EDITORIAL.split(part)):
            if m and out and out[-1] not in (GAP, EDIT):
                out.append(EDIT)
            out.extend(w.lower() for w in _WORD.findall(_THOUSANDS.sub("", piece)))
    while out and out[-1] in (GAP, EDIT):
        out.pop()
    return out


def quote_form(claim: Claim) -> str:
    """A quotation's comparison form: its words (``quote_words``), one space apart."""
    return " ".join(quote_words(str(claim.as_quote().get("quote") or claim.text)))


class Place(NamedTuple):
    """Where two wordings of one quotation differ: the words of each there, and whether the place
    is before the words both give (``head``), between them (``inside``) or after them (``tail``)."""

    a: list[str]
    b: list[str]
    edge: Literal["head", "inside", "tail"]


def changed_places(a: list[str], b: list[str], spelling: float = 100.0) -> list[Place]:
    """The places where two wordings of one quotation differ (``Place``): words changed, added or left out without an ellipsis between the words both give, or
    both going on differently before or after them. Where one starts or stops earlier, or skips
    words at an ellipsis, is no change (a word spelled differently, at least ``spelling`` alike,
    counts as the same word). Runs of fewer than three shared words (a stray "the") are not what
    they share; wordings sharing no such run differ as a whole."""
    shortest = min(len(a), len(b), 3)
    blocks = [m for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() if m.size >= shortest]
    if not blocks or shortest == 0:
        return [Place(a, b, "inside")]
    out: list[Place] = []
    head_a, head_b = a[: blocks[0].a], b[: blocks[0].b]
    if head_a and head_b and GAP not in head_a + head_b:
        out.append(Place(head_a, head_b, "head"))  # both start before the shared words, differently
    for left, right in zip(blocks, blocks[1:], strict=False):
        gap_a = a[left.a + left.size : right.a]
        gap_b = b[left.b + left.size : right.b]
        if GAP in gap_a or GAP in gap_b or (not gap_a and not gap_b):
            continue
        if (gap_a == [EDIT] and len(gap_b) <= EDIT_WORDS) or (gap_b == [EDIT] and len(gap_a) <= EDIT_WORDS):
            continue  # "caused by [Israeli] fire", "caused by IDF fire": the editor's word for the speaker's
        if len(gap_a) != len(gap_b) or any(fuzz.ratio(x, y) < spelling for x, y in zip(gap_a, gap_b, strict=False)):
            out.append(Place(gap_a, gap_b, "inside"))  # words changed, added or left out without an ellipsis
    tail_a, tail_b = a[blocks[-1].a + blocks[-1].size :], b[blocks[-1].b + blocks[-1].size :]
    if tail_a and tail_b and GAP not in tail_a + tail_b:
        out.append(Place(tail_a, tail_b, "tail"))  # both go on past the shared words, differently
    return out


def same_words(a: list[str], b: list[str], spelling: float = 100.0) -> bool:
    """True when two wordings differ only where one starts or stops earlier, or skips words at an
    ellipsis: the words both give are given alike and in order (``changed_places`` finds none)."""
    return not changed_places(a, b, spelling)


def _word_changes(place: Place) -> list[tuple[list[str], list[str]]]:
    """The separate changes a place holds, word by word ("without the strength or courage",
    "lacking the strength and courage": "without"/"lacking" and "or"/"and"). Before the shared
    words, the longer one starting earlier is no change (the shorter one's words there are set
    against as many of the longer one's last words); after them, the longer one going on is none."""
    a, b = place.a, place.b
    if place.edge == "head":  # the longer one's earlier words are no counterpart of anything
        a, b = a[-len(b) :], b[-len(a) :]
    elif place.edge == "tail":
        a, b = a[: len(b)], b[: len(a)]
    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        x, y = a[i1:i2], b[j1:j2]
        if tag == "equal":
            continue
        if place.edge == "head" and i1 == 0 and j1 == 0:
            if not x or not y:
                continue  # one starts earlier
            x, y = x[-len(y) :], y[-len(x) :]
        if place.edge == "tail" and i2 == len(a) and j2 == len(b):
            if not x or not y:
                continue  # one goes on
            x, y = x[: len(y)], y[: len(x)]
        out.append((x, y))
    return out or [(a, b)]


def _reworded(places: list[Place], rules: RuleSet) -> bool:
    """Two translations of one quotation, not one altered: the wordings differ in at least
    ``compare.quotes.translation_places`` separate changes ("an evil that has no limits ... it will
    never stop", "an evil without limits ... then it will never stop"), none of them a figure (a
    translator keeps the numbers: "in ten minutes", "in two minutes" is an alteration wherever it is)
    nor a denial on one side only (``compare.quotes.negations``)."""
    if any(_NUMBER.fullmatch(w) or w in NUMBER_WORDS for p in places for w in p.a + p.b):
        return False
    changes = [change for p in places for change in _word_changes(p)]
    negations = set(rules.compare.quotes.negations)
    if any(bool(negations.intersection(x)) != bool(negations.intersection(y)) for x, y in changes):
        return False  # "it will stop", "it will not stop": a denial added or dropped
    return len(changes) >= rules.compare.quotes.translation_places


class QuoteMatch(NamedTuple):
    """Two quotation forms judged one quotation: ``verdict`` agree or altered_quote; ``similarity``
    the rapidfuzz ratio of the whole forms (0..100), as findings and editor mode show it."""

    verdict: Literal["agree", "variant", "altered_quote"]
    similarity: float


def match_quotes(a: str, b: str, rules: RuleSet) -> QuoteMatch | None:
    """None when two forms are not one quotation (neither the whole nor a part of one at least
    ``compare.quotes.same_quote`` alike, or fewer than ``compare.quotes.shared_words`` of the
    shorter one's words in the other); ``agree`` when they give the same words
    (``same_words``: cut at other points or at an ellipsis, a word spelled at least
    ``compare.quotes.identical`` alike); ``variant`` when they differ as two translations do
    (``_reworded``); else ``altered_quote``."""
    same, identical = rules.compare.quotes.same_quote, rules.compare.quotes.identical
    words_a, words_b = set(a.split()) - {GAP, EDIT}, set(b.split()) - {GAP, EDIT}
    shorter = min(words_a, words_b, key=len)
    if not shorter or len(words_a & words_b) < rules.compare.quotes.shared_words * len(shorter):
        return None  # a few words in common ("rubber bullets"): two quotations
    similarity = fuzz.ratio(a, b)
    # partial_ratio is the costly score; with a cutoff it returns 0 below it, exact above
    partial = 0.0 if similarity >= same else fuzz.partial_ratio(a, b, score_cutoff=same)
    if max(similarity, partial) < same:
        return None
    places = [] if a == b else changed_places(a.split(), b.split(), identical)
    if not places:
        return QuoteMatch("agree", similarity)
    if _reworded(places, rules):
        return QuoteMatch("variant", similarity)
    return QuoteMatch("altered_quote", similarity)


def check_quote(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """Quotations from different sources that share at least two words of five letters or more
    (each in at most ``MAX_QUOTE_POSTING`` quotations) and are at least ``quote_same`` alike:
    ``agree`` when worded the same, else ``altered_quote``.

    One finding per wording carried by several sources (``agree``: every claim worded so), and one
    per pair of wordings (``altered_quote``: every claim of either wording with a counterpart from
    another source), so a quotation forty outlets carry is one finding that cites all forty, not
    780 pairs, and no claim of a flagged pair is left out. Claims worded the same are grouped first,
    so similarity is computed once per pair of distinct wordings. The blocking limit counts
    quotations, not wordings: counting wordings would let a quotation carried by more outlets
    through, but blocks on words common to many quotations would then cost more than the check
    itself (measured on the 4x corpus)."""
    quotes = [
        c
        for c in ctx.clustering.claims
        if c.kind == "quote" and len(quote_form(c).split()) >= ctx.rules.compare.quotes.min_words
    ]
    forms = [quote_form(c) for c in quotes]
    people = _people(ctx.clustering.claims)
    members: dict[str, list[int]] = defaultdict(list)  # wording -> its claims, in claim order
    for i, form in enumerate(forms):
        members[form].append(i)
    distinct = list(members)
    index: dict[str, list[int]] = defaultdict(list)
    quotations: dict[str, int] = defaultdict(int)
    for n, form in enumerate(distinct):
        for word in set(form.split()):
            if len(word) >= 5:
                index[word].append(n)
                quotations[word] += len(members[form])
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for word, posting in index.items():
        if quotations[word] <= MAX_QUOTE_POSTING:  # a word in more quotations is too common to block on
            for x, n in enumerate(posting):
                shared[(n, n)] += 1  # two claims worded the same share all its words
                for m in posting[x + 1 :]:
                    shared[(n, m)] += 1
    for n, m in sorted(shared):
        if shared[(n, m)] < 2:
            continue
        left, right = members[distinct[n]], members[distinct[m]]
        origins_left = {ctx.origin(quotes[i]) for i in left}
        origins_right = origins_left if n == m else {ctx.origin(quotes[i]) for i in right}
        if len(origins_left | origins_right) < 2:
            continue  # every claim of both wordings comes from one source
        if _other_speakers([quotes[i] for i in left], [quotes[j] for j in right], people):
            continue  # alike words from two people ("it is too early to say ..."): two quotations
        judgement = match_quotes(distinct[n], distinct[m], ctx.rules)
        if judgement is None or judgement[0] not in rule.severity:
            continue
        if judgement[0] == "altered_quote" and _a_later_statement(
            distinct[n], distinct[m], [quotes[i] for i in left], [quotes[j] for j in right], ctx
        ):
            continue  # a spokesman's briefing of one day and the next: two statements, each as said
        # The claims with a counterpart from another source: on both sides, in claim order.
        involved = sorted(
            {i for i in left if origins_right - {ctx.origin(quotes[i])}}
            | {j for j in right if origins_left - {ctx.origin(quotes[j])}}
        )
        claims = [quotes[i] for i in involved]
        verdict, similarity = judgement
        first = claims[0]
        if verdict == "agree":
            others = sorted({ctx.origin(c) for c in claims} - {ctx.origin(first)})
            shown = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
            summary = (
                f"The quotation {ctx.cite(first)} is worded the same by {len(others)} other "
                f"independent source(s): {shown}."
            )
        else:
            on_left = set(left)
            a = quotes[next(i for i in involved if i in on_left)]
            b = quotes[next(j for j in involved if j not in on_left)] if n != m else a
            more = len(claims) - 2
            summary = (
                f"The same quotation is worded differently: {ctx.cite(a)} vs {ctx.cite(b)} "
                f"({similarity:.0f}% alike)"
                + (f"; {more} more quotation(s) worded as one of these" if more > 0 else "")
                + "."
            )
        events = {c.event for c in claims}
        finding = make_finding(
            rule, verdict, "quote", claims, summary, event=events.pop() if len(events) == 1 else None, rules=ctx.rules
        )
        if finding is not None:
            yield finding
    yield from paraphrased_quotes(rule, ctx, quotes, forms)


def _a_later_statement(a: str, b: str, left: list[Claim], right: list[Claim], ctx: Context) -> bool:
    """Two wordings alike but for their figures, from pages of different days ("So far, 163 DNA
    samples have been matched" on one day, "Till Wednesday morning, 190 DNA samples have been
    matched" the next): the speaker's next statement, no quotation altered. A figure changed in
    pages of one day is still an altered quotation."""
    numbers_a, numbers_b = set(_NUMBER.findall(a)), set(_NUMBER.findall(b))
    if not numbers_a or not numbers_b or numbers_a == numbers_b:
        return False
    days_a = {str(day)[:10] for c in left if (day := ctx.published(c))}
    days_b = {str(day)[:10] for c in right if (day := ctx.published(c))}
    return bool(days_a) and bool(days_b) and not days_a & days_b


def _people(claims: Iterable[Claim]) -> set[tuple[str, str]]:
    """(document, surname) of every person a document names."""
    out = set()
    for c in claims:
        if c.kind == "person":
            words = str(c.as_person().get("name") or c.text).split()
            if words:
                out.add((c.doc, words[-1].lower()))
    return out


def _speaker_key(claim: Claim, people: set[tuple[str, str]]) -> str | None:
    """The surname of a quotation's speaker when the speaker is a person its document names ("Jonas
    Reidel", "Olse"), else None (no speaker, one named by a role, "the spokesman", or a pronoun
    resolved to a name the document does not give a person)."""
    speaker = claim.value.get("speaker") if isinstance(claim.value, dict) else None
    words = str(speaker or "").split()
    if not words or not all(w[:1].isupper() for w in words) or (claim.doc, words[-1].lower()) not in people:
        return None
    return words[-1].lower()


def _other_speakers(left: list[Claim], right: list[Claim], people: set[tuple[str, str]]) -> bool:
    """Every quotation of both wordings has a person for its speaker, and none is on both sides."""
    a, b = {_speaker_key(c, people) for c in left}, {_speaker_key(c, people) for c in right}
    return None not in a and None not in b and not a & b


def paraphrased_quotes(rule: Rule, ctx: Context, quotes: list[Claim], forms: list[str]) -> Iterator[Finding]:
    """Quotations whose words another source gives *without* quotation marks in a sentence that
    reports speech (a ``sourcing.cue_verbs`` word: "MSF said the government was ..."): one of the
    two presents reported speech as a direct quotation (or drops the marks from one). The sentences
    alike enough are looked up once per wording; only the origins are checked per claim."""
    if "altered_quote" not in rule.severity:
        return
    sentences: dict[tuple[str, int], Claim] = {}
    quoted: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for claim in ctx.clustering.claims:
        if claim.kind != "quote":
            sentences.setdefault((claim.doc, claim.sentence_start), claim)
        else:
            quoted[claim.doc].append((claim.start, claim.end))
    spans = {doc: merged_spans(found) for doc, found in quoted.items()}
    plain = {
        key: " ".join(_WORD.findall(_QUOTED.sub(" ", unquoted_text(c, spans.get(c.doc, ((), ())))).lower()))
        for key, c in sentences.items()
    }
    # a sentence in the outlet's own words that attributes nothing ("Two rockets hit the station.")
    # reports what happened, not what someone said: no quotation's words passed off as its own
    cues = set(ctx.rules.sourcing.cue_verbs)
    plain = {key: words for key, words in plain.items() if cues.intersection(words.split())}
    index: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for key in sorted(plain):
        for word in set(plain[key].split()):
            if len(word) >= 5:
                index[word].append(key)
    alike: dict[str, list[tuple[tuple[str, int], float]]] = {}

    def unquoted(form: str) -> list[tuple[tuple[str, int], float]]:
        long_words = {w for w in form.split() if len(w) >= 5}
        if len(long_words) < 3:
            return []
        shared: dict[tuple[str, int], int] = defaultdict(int)
        for word in long_words:
            posting = index.get(word, ())
            if len(posting) <= MAX_SENTENCE_POSTING:
                for key in posting:
                    shared[key] += 1
        out = []
        for key, count in sorted(shared.items()):
            if count < max(3, len(long_words) // 2):
                continue
            # the quotation's words inside the sentence; a sentence shorter than the quotation gives
            # only some of them ("NNR says the driver passed a red signal", beside "All the
            # information we have so far indicates that the driver passed a red signal"): a
            # summary of its gist, compared as a whole
            cutoff = ctx.rules.compare.quotes.paraphrase
            if len(plain[key]) >= len(form):
                score = fuzz.partial_ratio(form, plain[key], score_cutoff=cutoff)
            else:
                score = fuzz.ratio(form, plain[key], score_cutoff=cutoff)
            if score >= ctx.rules.compare.quotes.paraphrase:
                out.append((key, score))
        return out

    for quote, form in zip(quotes, forms, strict=True):
        if form not in alike:
            alike[form] = unquoted(form)
        for key, score in alike[form]:
            holder = sentences[key]
            if ctx.origin(holder) == ctx.origin(quote):
                continue
            summary = (
                f"{quote.doc} quotes {ctx.cite(quote)} as direct speech, but {holder.doc} gives these "
                f"words without quotation marks ({score:.0f}% alike): “{holder.sentence.strip()}”."
            )
            finding = make_finding(
                rule,
                "altered_quote",
                "quote",
                [quote, holder],
                summary,
                event=quote.event if quote.event == holder.event else None,
                rules=ctx.rules,
            )
            if finding is not None:
                yield finding


Spans = tuple[tuple[int, ...], tuple[int, ...]]


def merged_spans(quoted: list[tuple[int, int]]) -> Spans:
    """A document's quotation spans as disjoint sorted runs (starts, ends): blanking overlapping
    quotations is blanking their union, and sorted ends let a sentence find its runs by bisection."""
    starts: list[int] = []
    ends: list[int] = []
    for q_start, q_end in sorted(quoted):
        if ends and q_start <= ends[-1]:
            ends[-1] = max(ends[-1], q_end)
        else:
            starts.append(q_start)
            ends.append(q_end)
    return tuple(starts), tuple(ends)


def unquoted_text(claim: Claim, spans: Spans) -> str:
    """A claim's sentence with the words of its document's quotations blanked (whatever their
    marks, or none for an embedded post): what the document says in its own words. ``spans`` are
    the document's quotations as ``merged_spans`` gives them; only those the sentence overlaps are
    visited, so a long document's sentences cost no more than a short one's."""
    sentence, start = claim.sentence, claim.sentence_start
    starts, ends = spans
    i = bisect_right(ends, start)
    while i < len(starts) and starts[i] < start + len(sentence):
        lo, hi = max(starts[i] - start, 0), min(ends[i] - start, len(sentence))
        if lo < hi:
            sentence = sentence[:lo] + " " * (hi - lo) + sentence[hi:]
        i += 1
    return sentence
