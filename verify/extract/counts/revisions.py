"""Revision language in a sentence: a figure the source itself says replaced an earlier one.

``find_revisions(sent, rules)`` returns one ``RevisionCue`` per cue of ``counts.revisions`` in the
rules, in sentence order:

- ``rise`` ("rose to", "has risen to", "climbed to", "jumped to", "raising the toll to") and
  ``fall`` ("fell to", "revised down to", "fallen from 80 to 71"): the NEW figure follows "to" or
  "at" (or the cue itself: "surpassed 50,000"), an EARLIER one follows "from";
- ``revised`` ("now stands at", "is now", "reached", "revised to"): a new figure, direction unsaid
  (up or down when an earlier figure is stated beside it);
- ``earlier`` ("up from", "down from", "previously reported", "an earlier toll of", "an initial"):
  the figure that follows is the earlier one; the new one is the nearest figure before the cue
  ("six hospitals, up from an initial three");
- ``stamp`` ("(3rd UPDATE)", "Update 10:30", "... - UPDATED"): the whole sentence is an update; no
  figure.

Each cue gives its words and document offsets, and the token indices of the numbers of the new and
earlier figures when the sentence states them (``new``, ``earlier``), so the count extractor can
mark the new figure ``revision`` and the earlier one ``earlier_of`` (``verify.extract.counts``).
``revision_attribute`` reads what a revised figure counts from the cue's subject ("the death
toll", "the number of people killed", "the toll": ``counts.revisions.toll_words``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from spacy.tokens import Span, Token

from ...rules import RuleSet
from ..base import doc_text
from ..numbers import parse_quantity
from .figures import Figure, count_word, figure_at, is_number, successive
from .scope import group_of_noun

__all__ = [
    "RevisionCue",
    "anaphoric_cues",
    "find_revisions",
    "is_difference",
    "revised_figures",
    "revises_an_estimate",
    "revision_marks",
    "revision_attribute",
    "revision_noun",
    "revision_phrase_role",
]

CueKind = Literal["rise", "fall", "revised", "earlier", "stamp"]
Direction = Literal["up", "down"]
_GAP = 4  # words "..." may stand for
_REACH = 5  # words between a cue and its figure (qualifiers: "rose to at least 64")


@dataclass(frozen=True)
class RevisionCue:
    """One revision cue of a sentence.

    kind: rise, fall, revised, earlier or stamp; text: the cue's words as written; start, end: their
    document offsets; new, earlier: token indices (in the parsed document) of the first number of
    the new and the earlier figure, or None; direction: up, down or None; verb: the token index
    of the cue's first word (its subject says what is counted); replaced: the cue says the new
    figure replaced another ("revised to", ``counts.revisions.replacing``), not only where it stands.
    """

    kind: CueKind
    text: str
    start: int
    end: int
    new: int | None
    earlier: int | None
    direction: Direction | None
    verb: int
    replaced: bool = False


@dataclass(frozen=True)
class _Words:
    phrases: dict[str, tuple[tuple[CueKind, tuple[str, ...]], ...]]  # by first word, longest first
    stamps: tuple[re.Pattern[str], ...]
    tolls: dict[str, str]
    replacing: frozenset[str]
    estimates: dict[str, str]
    successive: frozenset[str]


@lru_cache(maxsize=8)
def _words(rules: RuleSet) -> _Words:
    table = rules.counts.revisions
    kinds: tuple[CueKind, ...] = ("rise", "fall", "revised", "earlier")
    phrases = [(kind, tuple(w.split())) for kind in kinds for w in getattr(table, kind)]
    # the most words said outright first: "revised down to 118" is a fall, not "revised ... to"
    phrases.sort(key=lambda p: (-sum(w != "..." for w in p[1]), p[1].count("...")))
    by_first: dict[str, list[tuple[CueKind, tuple[str, ...]]]] = {}
    for kind, phrase in phrases:
        by_first.setdefault(phrase[0], []).append((kind, phrase))
    return _Words(
        {k: tuple(v) for k, v in by_first.items()},
        table.stamp_patterns,
        dict(table.toll_words),
        frozenset(w.lower() for w in table.replacing),
        dict(table.estimate_words),
        frozenset(w.lower() for w in table.successive),
    )


def find_revisions(sent: Span, rules: RuleSet) -> list[RevisionCue]:
    """The revision cues of one sentence (see the module docstring)."""
    words = _words(rules)
    doc = sent.doc
    cues: list[RevisionCue] = []
    taken: set[int] = set()
    lowers = [t.lower_ for t in sent]  # once per sentence: a Doc builds a Token per index access
    for i in range(sent.start, sent.end):
        if i in taken:
            continue
        for kind, phrase in words.phrases.get(lowers[i - sent.start], ()):
            end = _match(sent, i, phrase, lowers)
            if end is None:
                continue
            cue = _cue(sent, kind, i, end, words.successive)
            if (
                cue is not None
                and kind == "revised"
                and revision_attribute(cue, sent, rules) is None
                and not _points_back_at_one(cue, sent, rules)
            ):
                cue = None  # "rescuers reached 12 survivors", "the ship is now 3 miles out": no count named
            if cue is not None:
                if kind == "revised" and lowers[i - sent.start] in words.replacing:
                    cue = dataclasses.replace(cue, replaced=True)  # "revised to 275": another figure replaced
                cues.append(cue)
                taken.update(range(i, end))
            break
    for pattern in words.stamps:
        for found in pattern.finditer(sent.text):
            start, stop = sent.start_char + found.start(), sent.start_char + found.end()
            span = doc.char_span(start, stop, alignment_mode="expand")
            text = doc_text(doc)[start:stop].strip()
            offset = doc_text(doc).index(text, start) if text else start
            cues.append(
                RevisionCue(
                    "stamp",
                    text,
                    offset,
                    offset + len(text),
                    None,
                    None,
                    None,
                    span.start if span is not None else sent.start,
                )
            )
    return _merged(sorted(cues, key=lambda c: c.start), doc_text(doc))


def _match(sent: Span, i: int, phrase: tuple[str, ...], lowers: list[str]) -> int | None:
    """The token index after ``phrase`` matched from token ``i`` ("..." skips 1-4 words, or the
    whole object of the verb before it: "revised the death toll from the siege at the hotel down
    to 35"), or None. ``lowers``: the sentence's tokens in lower case."""
    doc, base = sent.doc, sent.start
    k = i
    for n, word in enumerate(phrase):
        if word == "...":
            nxt = phrase[n + 1] if n + 1 < len(phrase) else None
            for skip in [*range(1, _GAP + 1), *_object_lengths(doc[k - 1], k)]:
                if (
                    skip > 0
                    and k + skip < sent.end
                    and nxt is not None
                    and lowers[k + skip - base] == nxt
                    and not any(is_number(doc[j]) for j in range(k, k + skip))
                ):
                    k += skip
                    break
            else:
                return None
            continue
        if k >= sent.end or lowers[k - base] != word:
            return None
        k += 1
    return k


def _object_lengths(verb: Token, at: int) -> list[int]:
    """How many words the verb's object runs to when it starts at token ``at``: the object alone,
    and with the phrases without a figure the parser hangs on the verb right after it ("revised the
    death toll | from Saturday's crush | down to 118"); none when no object starts there."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != at:
        return []
    end = obj.right_edge.i + 1
    # "reduced the total number of dead | and missing | to 50": the parse may hang the last word
    # of a coordination inside the object on the verb instead; the object runs through it
    doc = verb.doc
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.i == end + 1 and doc[end].dep_ == "cc"):
        if not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in conj.children):
            end = conj.i + 1
    # "raised its estimate of the number of people killed | to 2,000": the parse may hang the new
    # figure's "to" inside the object (on "killed"); the object then ends where that word starts
    lengths = [p.i - at for p in obj.subtree if p.dep_ == "prep" and p.lower_ in ("to", "from", "at") and p.i > at]
    lengths.append(end - at)
    for prep in sorted((c for c in verb.children if c.dep_ == "prep" and c.i >= end), key=lambda c: c.i):
        if prep.i != end:
            break
        # to its noun ("from Sunday's ferry sinking", the rest hung on it: "down to 61"), or whole
        lengths += [c.i + 1 - at for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        # "raised the death toll | from a wildfire that raged through a coastal area | to 91": the
        # parse may hang the new figure's "to" on a clause inside the phrase; the phrase then ends
        # where that word starts
        lengths += [p.i - at for p in prep.subtree if p.dep_ == "prep" and p.lower_ == "to" and p.i > prep.i]
        end = prep.right_edge.i + 1
        lengths.append(end - at)
    return lengths  # (``_match`` skips no figure)


def _cue(sent: Span, kind: CueKind, first: int, after: int, later: frozenset[str] = frozenset()) -> RevisionCue | None:
    doc = sent.doc
    new = earlier = None
    if kind == "earlier":
        earlier = _number_after(sent, after)
        if earlier is None:
            return None
        new = _number_before(sent, first)
    elif doc[after - 1].lower_ == "from":
        # "raised its toll from seven to 11", "lowered the figure for Friday from 80 to 71": the
        # earlier figure after "from", the new one after "to"
        pair = _from_to(sent, after - 1)
        if pair is None:
            return None
        earlier, new = pair
    else:
        following = doc[after].lower_ if after < sent.end else ""
        if following == "with" and kind != "revised":
            return None  # "the plane went down with 169 people on board": what it carried, no level
        if following in ("from", "by"):
            # "fallen from 80 to 71", "rose by 3 to 64": the new figure is the one after "to"
            new = _number_after(sent, after, through=("to", "at"))
        else:
            new = _number_after(sent, after)
        earlier = _number_after(sent, after, through=("from",))
        past = _past_object(sent, first, after) if new is None and earlier is None else None
        if past is not None:
            # "revised down the death toll of the January 30 blast to 84": the cue's own object
            # first, however long, then the new figure after "to" (the earlier one after "from")
            new = _number_after(sent, past, through=("to", "at"))
            earlier = _number_after(sent, past, through=("from",))
        if new is None and earlier is None:
            return None
        if new is not None and earlier is None and (last := _last_successive(doc[new], later)) is not None:
            # "the toll rose to 35 and now 58": the last value is the new figure, the one before it the earlier
            new, earlier = last, new
    direction: Direction | None = {"rise": "up", "fall": "down"}.get(kind)  # type: ignore[assignment]
    if kind == "earlier":
        direction = "up" if doc[first].lower_ == "up" else "down" if doc[first].lower_ == "down" else None
    if direction is None and new is not None and earlier is not None:
        a, b = _value(doc[new]), _value(doc[earlier])
        if a is not None and b is not None and a != b:
            direction = "up" if a > b else "down"
    start, end = doc[first].idx, doc[after - 1].idx + len(doc[after - 1])
    return RevisionCue(kind, doc_text(doc)[start:end], start, end, new, earlier, direction, first)


def _last_successive(number: Token, words: frozenset[str]) -> int | None:
    """The number of the last figure told right after ``number`` as its successive value ("35 and
    now 58", "40, then to 65": only "and", commas, "to" and ``counts.revisions.successive`` words
    between, one of those at least), or None."""
    doc = number.doc
    last, at = None, number.i
    while True:
        found = None
        for j in range(at + 1, min(len(doc), at + 5)):
            token = doc[j]
            if _is_figure(token):
                found = j if successive(doc, at, j, words) else None
                break
            if not (token.dep_ == "cc" or token.text == "," or token.lower_ in words or token.lower_ == "to"):
                break
        if found is None:
            return last
        last = at = found


def _past_object(sent: Span, first: int, after: int) -> int | None:
    """The token index right after the object a cue's words govern when it starts right after the
    cue ("revised down | the death toll of the January 30 blast | to 84": the parse hangs the toll
    on "down"), else None."""
    doc = sent.doc
    for word in doc[first:after]:
        for child in word.children:
            if child.dep_ in ("dobj", "pobj") and child.left_edge.i == after and child.right_edge.i + 1 < sent.end:
                return int(child.right_edge.i) + 1
    return None


def _number_after(sent: Span, start: int, through: tuple[str, ...] = ()) -> int | None:
    """The first number within reach after ``start`` (qualifiers may come between: "to at least
    64"); with ``through``, the first number after one of those words ("from 80": 80). A clause
    boundary (punctuation, a verb, the conjunction opening a clause of its own) ends the search:
    "the toll could rise further as 29 people were in critical condition" states no new toll."""
    doc = sent.doc
    stop = min(sent.end, start + _REACH + (3 if through else 0))
    gate = not through
    for j in range(start, stop):
        token = doc[j]
        if through and token.lower_ in through:
            gate = True
            continue
        if token.is_quote:
            continue  # a figure quoted as said ("revised to \"about 253\"") is still the cue's
        if token.is_punct and token.text not in ("-", "–") or token.pos_ == "VERB" and j > start:
            return None
        if _opens_clause(token):
            return None
        if gate and _is_figure(token):
            return j
    return None


def _opens_clause(token: Token) -> bool:
    """A subordinating conjunction of a clause with its own verb ("as", "after", "while" before "29
    people were in critical condition"): the figures past it are that clause's, not the cue's."""
    return token.dep_ == "mark" and token.head.pos_ in ("VERB", "AUX") and token.head.i > token.i


def _from_to(sent: Span, start: int, reach: int = 12) -> tuple[int, int] | None:
    """The numbers of the first "from A to B" within ``reach`` words of ``start`` in its clause (the
    words between may name what was counted: "from Friday's shooting at the square from 7 to 11")."""
    doc = sent.doc
    for j in range(start, min(sent.end, start + reach)):
        token = doc[j]
        if j > start and (token.is_punct and token.text not in ("-", "–", "'s") or token.pos_ == "VERB"):
            return None
        if token.lower_ != "from":
            continue
        earlier = _number_after(sent, j + 1)
        if earlier is None:
            continue
        new = _number_after(sent, earlier + 1, through=("to",))
        if new is not None:
            return earlier, new
    return None


def _number_before(sent: Span, index: int) -> int | None:
    """The nearest figure's number before the cue, within its clause ("six, up from three")."""
    doc = sent.doc
    for j in range(index - 1, max(sent.start, index - 15) - 1, -1):
        if _is_figure(doc[j]):
            while j > sent.start and _is_figure(doc[j - 1]):
                j -= 1
            return j
    return None


def _is_figure(token: Token) -> bool:
    """A number that can be a figure: ``is_number``, or digits the tagger put in a date ("up from
    12 earlier") that are not a year."""
    if is_number(token):
        return True
    return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})*", token.text)) and token.ent_type_ in ("DATE", "TIME", "")


def _value(token: Token) -> float | None:
    text = token.text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def _merged(cues: list[RevisionCue], text: str) -> list[RevisionCue]:
    """One cue per earlier figure: "up from an earlier toll of 31" is one restatement, not two."""
    out: list[RevisionCue] = []
    for cue in cues:
        twin = next((c for c in out if c.kind == cue.kind == "earlier" and c.earlier == cue.earlier), None)
        if twin is None:
            out.append(cue)
            continue
        start, end = min(twin.start, cue.start), max(twin.end, cue.end)
        out[out.index(twin)] = RevisionCue(
            "earlier",
            text[start:end],
            start,
            end,
            twin.new if twin.new is not None else cue.new,
            twin.earlier,
            twin.direction or cue.direction,
            min(twin.verb, cue.verb),
        )
    return out


def revision_attribute(cue: RevisionCue, sent: Span, rules: RuleSet) -> str | None:
    """What the cue's figures count, read from the cue's subject or object: "the death toll rose
    to 64" -> deaths, "the number of people missing fell to 21" -> missing; an estimate counts
    what its own words name ("raised its estimate of the dead to 670" -> deaths), alone what
    ``counts.revisions.estimate_words`` says ("lowered their estimate to 84"); None when unsaid."""
    tolls, estimates = _words(rules).tolls, _words(rules).estimates
    for holder in _holders(cue, sent):
        if holder.lemma_.lower() in estimates:
            return _estimate_of(holder, rules)
        words = [t for t in holder.subtree if t.i < cue.verb or t.i == holder.i]
        for token in words:
            attribute = count_word(token, rules)
            if attribute is not None:
                return attribute
        text = " ".join(t.lower_ for t in words)
        for phrase in sorted(tolls, key=len, reverse=True):
            if re.search(rf"\b{re.escape(phrase)}\b", text):
                return tolls[phrase]
    return None


def revision_noun(cue: RevisionCue, sent: Span, rules: RuleSet) -> Token | None:
    """The group of people named in the words that say what the cue's figures count, when they
    count a group, not everyone ("the number of foreigners killed has risen to 40": foreigners;
    "the death toll rose to 64": None): the noun a bare new or earlier figure counts
    (``Figure.elided``). Only the holder whose words name the count (``revision_attribute``), never
    the body revising it ("Kohatpur police revised down the death toll to 79"), and only the
    people it is "of"."""
    tolls = _words(rules).tolls
    for holder in _holders(cue, sent):
        words = [t for t in holder.subtree if t.i < cue.verb or t.i == holder.i]
        text = " ".join(t.lower_ for t in words)
        if not any(count_word(t, rules) is not None for t in words) and not any(
            re.search(rf"\b{re.escape(phrase)}\b", text) for phrase in tolls
        ):
            continue  # (the body that revised it, or other words: no count named)
        # the people the count is "of" ("the number of foreigners"), or "among" ("the number of
        # martyrs among the Guards", the parse hanging "among" on the count), never a noun of the
        # happening the count is from ("the toll from the bombing at the police lines")
        return next(
            (
                t
                for prep in ("of", "among")
                for t in words
                if t.dep_ == "pobj"
                and t.head.lower_ == prep
                and t.head.head.i == holder.i
                and group_of_noun(t, rules) is not None
            ),
            None,
        )
    return None


def revision_phrase_role(cue: RevisionCue, sent: Span, rules: RuleSet) -> str | None:
    """The role an overriding phrase of ``figures.role_phrases`` gives the words that say what a
    cue's figures count ("reduced the total number of dead and missing to 50 from 60",
    "the toll of dead and missing was revised down to 50"): dead_or_missing for both figures,
    however the parse hangs either number (on "missing" here), or None."""
    words = {t.i for h in _holders(cue, sent) for t in h.subtree if t.i < cue.verb or t.i == h.i}
    doc = sent.doc
    pieces = [doc[i].text for i in sorted(words)] + [cue.text]
    text = " ".join(pieces)
    for pattern, roles, status, _unless, overrides in rules.figures.phrase_patterns:
        if overrides and len(roles) == 1 and status is None and pattern.search(text):
            return roles[0]
    return None


def revises_an_estimate(cue: RevisionCue, sent: Span, rules: RuleSet) -> bool:
    """The cue revises an estimate ("raised its estimate of the dead to 670", "increased its
    estimated death toll to 670", "the estimate rose to 670"): a presumption, as any estimate
    (``figures.status.presumed``), set against other estimates, not against the bodies counted."""
    estimates = _words(rules).estimates
    return any(
        h.lemma_.lower() in estimates or any(c.dep_ == "amod" and c.lemma_.lower() in estimates for c in h.children)
        for h in _holders(cue, sent)
    )


def _estimate_of(estimate: Token, rules: RuleSet) -> str | None:
    """What an estimate noun counts: what its own words name ("its death toll estimate", "its
    estimate of the number of people killed"), else, with no "of" naming another thing ("its
    estimate of the damage"), what ``counts.revisions.estimate_words`` gives it."""
    tolls = _words(rules).tolls
    others = ("relcl", "acl", "appos")
    words: list[Token] = []
    named_other = False
    for child in estimate.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            words.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "of":
            # (the parse may hang the figure's own "to 2,000" inside: those words are no name)
            said = [
                t
                for t in child.subtree
                if not is_number(t)
                and not any(
                    a.dep_ == "prep" and a.lower_ in ("to", "from", "at") and a in t.ancestors for a in child.subtree
                )
                and not any(a.dep_ in others and a in t.ancestors for a in child.subtree)
            ]
            words.extend(said)
            named_other = True
    for token in words:
        attribute = count_word(token, rules)
        if attribute is not None:
            return attribute
    text = " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))
    for phrase in sorted(tolls, key=len, reverse=True):
        if re.search(rf"\b{re.escape(phrase)}\b", text):
            return tolls[phrase]
    return None if named_other else _words(rules).estimates[estimate.lemma_.lower()]


def _holders(cue: RevisionCue, sent: Span) -> list[Token]:
    """The nouns that may say what a cue's figures count: the cue verb's subject and object (or
    what a participle cue describes), nearest the verb first."""
    doc = sent.doc
    verb = doc[cue.verb]
    while verb.dep_ in ("aux", "auxpass", "advmod", "prt") and verb.head is not verb:
        verb = verb.head
    holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    # "revised down the death toll to 84": the parse hangs the object on the cue's particle (as a
    # preposition, or as a particle with an object of its own)
    holders += [
        o
        for c in verb.children
        if c.dep_ in ("prep", "prt") and cue.start <= c.idx < cue.end
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if verb.dep_ in ("acl", "relcl", "amod") and verb.head is not verb:
        holders.append(verb.head)  # "a toll revised down to 71"
    # "Nearly 100 people missing ..., officials say, as death toll rises to 112": a headline the
    # parse gave two subjects; the one next to the verb is its own, the other a clause's before it
    holders.sort(key=lambda h: abs(h.i - verb.i))
    return holders


# ---------------------------------------------------------------------------------------------
# For the count extractor


def _covering(figures: list[Figure], index: int) -> Figure | None:
    return next((f for f in figures if f.first <= index <= f.last or f.node.i == index), None)


_POINTERS = frozenset(("the", "this", "that", "its", "their"))


def anaphoric_cues(cues: list[RevisionCue], figures: list[Figure], sent: Span, rules: RuleSet) -> list[RevisionCue]:
    """``cues`` with the earlier figure filled in where a cue's words only point back at a figure
    stated before it ("368 were rescued, but later revised the figure down to 164": 368 is the
    earlier figure, and 164 counts the rescued too; ``counts.revisions.anaphora``)."""
    anaphora = frozenset(w.lower() for w in rules.counts.revisions.anaphora)
    out = []
    for cue in cues:
        if (
            cue.kind in ("rise", "fall", "revised")
            and cue.new is not None
            and cue.earlier is None
            and revision_attribute(cue, sent, rules) is None
            and any(_points_back(h, anaphora) for h in _holders(cue, sent))
        ):
            before = [
                f
                for f in figures
                if f.last < cue.verb and f.kind == "people" and not f.singular and f.attribute is not None
            ]
            if before:
                earlier = before[-1]
                new, old = _value(sent.doc[cue.new]), _value(earlier.node) if is_number(earlier.node) else None
                direction = cue.direction
                if direction is None and new is not None and old is not None and new != old:
                    direction = "up" if new > old else "down"
                cue = dataclasses.replace(cue, earlier=_number_of(earlier, sent), direction=direction)
            elif cue.kind == "revised":
                continue  # kept only for the figure it points back at: none is stated
        out.append(cue)
    return out


def _points_back_at_one(cue: RevisionCue, sent: Span, rules: RuleSet) -> bool:
    """The cue's words point back at a figure stated before it ("revised the number to 164" after
    "368 were rescued"): the sentence has a number before the cue."""
    anaphora = frozenset(w.lower() for w in rules.counts.revisions.anaphora)
    return any(_points_back(h, anaphora) for h in _holders(cue, sent)) and any(
        _is_figure(t) for t in sent.doc[sent.start : cue.verb]
    )


def _points_back(holder: Token, anaphora: frozenset[str]) -> bool:
    """ "the figure", "this number": a noun of ``anaphora`` with a pointing determiner and no other
    words of its own."""
    if holder.lemma_.lower() not in anaphora:
        return False
    kids = list(holder.children)
    return any(c.dep_ in ("det", "poss") and c.lower_ in _POINTERS for c in kids) and all(
        c.dep_ in ("det", "poss", "amod") and not is_number(c) for c in kids
    )


def _number_of(figure: Figure, sent: Span) -> int:
    """The token index of the figure's first number."""
    doc = sent.doc
    return next((i for i in range(figure.first, figure.last + 1) if _is_figure(doc[i])), figure.node.i)


def revised_figures(figures: list[Figure], cues: list[RevisionCue], sent: Span, rules: RuleSet) -> list[Figure]:
    """``figures`` completed by the cues: a new or earlier figure no count word governs gets what
    the cue's subject counts ("the death toll rose to 64 from 31": both deaths), or what the
    other figure of the cue counts ("135 killed, up from 12"); a range read across a revision
    ("fallen from 80 to 71") becomes its two figures."""
    doc = sent.doc
    out = list(figures)
    for cue in cues:
        if cue.kind == "stamp":
            continue
        pair = [i for i in (cue.new, cue.earlier) if i is not None]
        found: list[Figure | None] = []
        for index in pair:
            figure = _covering(out, index)
            if figure is not None and len(pair) == 2 and all(figure.first <= i <= figure.last for i in pair):
                out.remove(figure)  # "from 80 to 71" read as a range
                figure = None
            if figure is None:
                last = index
                while last + 1 < sent.end and is_number(doc[last + 1]):
                    last += 1
                figure = figure_at(sent, index, last, rules)
                if figure is not None:
                    out.append(figure)
            found.append(figure)
        if cue.new is not None and found and found[0] is not None:
            _unqualified(found[0], cue, sent, rules)
        attribute = next((f.attribute for f in found if f is not None and f.attribute), None) or revision_attribute(
            cue, sent, rules
        )
        for figure in found:
            if figure is not None and figure.attribute is None and attribute is not None:
                figure.attribute = attribute
        counted = revision_noun(cue, sent, rules)
        if counted is None:
            # "87 students were seized, then police raised the figure to 121": 121 students
            counted = next((f.noun or f.elided for f in found if f is not None and (f.noun or f.elided)), None)
        for figure in found:
            if figure is not None and figure.noun is None and figure.elided is None and counted is not None:
                figure.elided = counted  # "the number of foreigners killed rose to 40": 40 foreigners
        if cue.new is not None and found and found[0] is not None and found[0].status == "reported":
            if cue.kind != "earlier" and revises_an_estimate(cue, sent, rules):
                found[0].status = "presumed"  # "raised its estimate of the dead to 670": still an estimate
    return sorted(out, key=lambda f: f.first)


def _unqualified(figure: Figure, cue: RevisionCue, sent: Span, rules: RuleSet) -> None:
    """ "the toll goes up to 2,921": the words "up to" are the cue's, not the qualifier "up to"
    (at most 2,921): the figure is read again from the words after the cue."""
    doc = sent.doc
    if doc[figure.first].idx >= cue.end or cue.new is None:
        return
    if " ".join(cue.text.lower().split()) in _qualifier_words(rules):
        return  # "the toll passed 21,000", "has exceeded 41,000": the cue is the qualifier (more than)
    first = next((i for i in range(figure.first, cue.new + 1) if doc[i].idx >= cue.end), cue.new)
    while first < cue.new and doc[first].lower_ in ("to", "at"):
        first += 1
    last = cue.new
    while last + 1 < sent.end and is_number(doc[last + 1]):
        last += 1
    quantity = parse_quantity(doc[first : last + 1].text, rules)
    if quantity is not None:
        figure.first, figure.quantity = first, quantity


@lru_cache(maxsize=8)
def _qualifier_words(rules: RuleSet) -> frozenset[str]:
    return frozenset(w.lower() for q in rules.quantities.qualifiers.values() for w in q.words)


def revision_marks(figure: Figure, figures: list[Figure], cues: list[RevisionCue], sent: Span) -> dict:
    """The value keys the cues give one figure:

    ``revision``: ``{"direction": "up"|"down"|None, "cue", "kind", "earlier": {"text", "start",
    "end", "low", "high", "best"} | None}`` for the NEW figure of a cue (or every figure of a
    sentence stamped "(3rd UPDATE)"); ``earlier_of``: for a figure the source names as the
    earlier one, the words of the figure that replaced it (the cue's words when the sentence names
    none: "previously reported 31"). An ``earlier_of`` figure is never a current toll.
    """
    marks: dict = {}
    span = range(figure.first, figure.last + 1)
    for cue in cues:
        if cue.kind == "stamp":
            continue
        if cue.new is not None and (cue.new in span or cue.new == figure.node.i):
            earlier = _covering(figures, cue.earlier) if cue.earlier is not None else None
            found: dict[str, Any] = {
                "direction": cue.direction,
                "cue": cue.text,
                "kind": cue.kind,
                "earlier": None if earlier is None else _described(earlier, sent),
            }
            if cue.replaced:
                found["replaced"] = True
            if "revision" not in marks:
                marks["revision"] = found
            elif marks["revision"]["earlier"] is None and found["earlier"] is not None:
                # "raised the toll to 40, up from an earlier toll of 31": the second cue names the earlier
                marks["revision"] = {
                    **found,
                    "direction": marks["revision"]["direction"] or found["direction"],
                    "cue": marks["revision"]["cue"],
                    "kind": marks["revision"]["kind"],
                }
        if cue.earlier is not None and (cue.earlier in span or cue.earlier == figure.node.i):
            new = _covering(figures, cue.new) if cue.new is not None else None
            marks["earlier_of"] = _words_of(new, sent) if new is not None else cue.text
    if "earlier_of" in marks:
        marks.pop("revision", None)  # "revising down an earlier figure of 500": 500 is the earlier one
    elif "revision" not in marks:
        stamp = next((c for c in cues if c.kind == "stamp"), None)
        if stamp is not None:
            marks["revision"] = {"direction": None, "cue": stamp.text, "kind": "stamp", "earlier": None}
    return marks


def is_difference(figure: Figure, figures: list[Figure], cues: list[RevisionCue]) -> bool:
    """``figure`` is what a revision the sentence states added or took away: "raised its toll from
    seven to 11, saying four people who were wounded had died" (four = 11 - 7), a change, not a
    toll of its own."""
    best = figure.quantity.get("best")
    if best is None:
        return False
    for cue in cues:
        if cue.new is None or cue.earlier is None:
            continue
        new, earlier = _covering(figures, cue.new), _covering(figures, cue.earlier)
        if new is None or earlier is None or figure in (new, earlier) or new is earlier:
            continue
        a, b = new.quantity.get("best"), earlier.quantity.get("best")
        if a is not None and b is not None and a != b and best == abs(a - b):
            return True
    return False


def _words_of(figure: Figure, sent: Span) -> str:
    doc = sent.doc
    last = figure.last
    while last > figure.first and doc[last].is_punct:
        last -= 1
    return doc[figure.first : last + 1].text


def _described(figure: Figure, sent: Span) -> dict:
    doc = sent.doc
    last = figure.last
    while last > figure.first and doc[last].is_punct:
        last -= 1
    start, end = doc[figure.first].idx, doc[last].idx + len(doc[last])
    q = figure.quantity
    return {
        "text": doc_text(doc)[start:end],
        "start": start,
        "end": end,
        "low": q.get("low"),
        "high": q.get("high"),
        "best": q.get("best"),
    }
