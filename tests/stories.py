"""What the story tests (``tests/test_*_story.py``) read from a report of a story written for them, and the
count claims the sentence tests read from a text."""

from __future__ import annotations

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts


def findings_of(report: dict, verdict: str, attribute: str | None = None) -> list[dict]:
    """The report's findings with ``verdict`` (and ``attribute``, when given), in report order."""
    return [f for f in report["findings"] if f["verdict"] == verdict and attribute in (None, f["attribute"])]


def main_event(report: dict) -> dict:
    """The report's event holding the most documents: the story's own."""
    return max(report["events"], key=lambda e: len(e["documents"]))


def event_claims(report: dict, event: dict) -> list[dict]:
    """The claims of ``event``, in its order."""
    by_id = {c["id"]: c for c in report["claims"]}
    return [by_id[i] for i in event["claims"]]


def main_bests(report: dict, attribute: str) -> set:
    """The best values of the main event's figures of ``attribute``."""
    return {c["value"]["best"] for c in event_claims(report, main_event(report)) if c["attribute"] == attribute}


def timeline_bests(report: dict, attribute: str) -> set:
    """The best values on the main event's timelines of ``attribute`` (every unit)."""
    main = main_event(report)
    by_id = {c["id"]: c for c in report["claims"]}
    return {
        by_id[e["claim"]]["value"]["best"]
        for t in report["timelines"]
        if t["event"] == main["id"] and t["attribute"] == attribute
        for e in t["entries"]
    }


def timeline_line(report: dict, attribute: str, where: str | None) -> list[int]:
    """The best values of the main event's one timeline of ``attribute`` limited to ``where``, in
    the order said."""
    main = main_event(report)
    by_id = {c["id"]: c for c in report["claims"]}
    (line,) = [
        t
        for t in report["timelines"]
        if t["event"] == main["id"] and t["attribute"] == attribute and t["where"] == where
    ]
    return [by_id[e["claim"]]["value"]["best"] for e in line["entries"]]


def page_counts(report: dict, doc: str) -> set[tuple[str, int | None]]:
    """(attribute, best) of every count claim one page of the story makes."""
    return {(c["attribute"], c["value"]["best"]) for c in report["claims"] if c["kind"] == "count" and c["doc"] == doc}


def quote_match_verdicts(report: dict, words: str) -> set[str | None]:
    """How ``match_quotes`` judges each pair of the report's distinct wordings of a quotation that
    holds ``words`` (None: not one quotation)."""
    from itertools import combinations

    from verify.compare.quotes import match_quotes, quote_words
    from verify.rules import load_rules

    rules = load_rules()
    forms = sorted(
        {
            " ".join(quote_words(c["value"]["quote"]))
            for c in report["claims"]
            if c["kind"] == "quote" and words in c["value"]["quote"]
        }
    )
    return {m.verdict if (m := match_quotes(a, b, rules)) else None for a, b in combinations(forms, 2)}


def sentence_counts(parse, rules, text: str) -> list[tuple[str, str, dict]]:
    """(attribute, text, value) of every count claim in ``text``, sentence by sentence."""
    doc = parse(text)
    return [
        (m.attribute, doc.text[m.start : m.end], m.value)
        for s in doc.sents
        for m in extract_counts(s, SentenceContext("d"), rules)
    ]
