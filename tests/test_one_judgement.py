"""`verify run` and `verify check` judge a claim the same way.

A source document's own telling of an event, checked as a draft against the corpus, must be matched
to the very event the cluster stage put it in (one link judgement: ``cluster.scoring.link_score``),
and each figure must be shown with the same interval text in the report's findings and in editor
mode (one display: ``compare.figures.interval_text``). The drafts are built at run time from the
seeds' report, so no text is copied into the test.
"""

from __future__ import annotations

import re

import pytest

from verify.check import check_claims
from verify.check.match import match_draft
from verify.check.reference import Reference
from verify.compare.figures import interval_text
from verify.extract import extract_claims
from verify.models import Document

# Figures of events that several seed documents report: (document id prefix, words of the figure).
CROSS_DOCUMENT_FIGURES = [
    ("003_", "more than 50 people"),  # al-Quds hospital: 51+
    ("001_", "dozens of people"),  # the same event in another outlet: 24–99
    ("003_", "Maaz"),  # a named victim: at least one, 1+
    ("003_", "as many as 27 hospitals"),  # a tally of facilities hit since September 2015
    ("002_", "at least 27 hospital"),  # the same tally in another outlet
]


def _claim(report: dict, doc_prefix: str, text: str) -> dict:
    (claim,) = [
        c for c in report["claims"] if c["kind"] == "count" and c["doc"].startswith(doc_prefix) and c["text"] == text
    ]
    return claim


def _telling(report: dict, claim: dict) -> Document:
    """The draft: every sentence the claim's document gives about the claim's event, in order."""
    sentences = {
        c["sentence_start"]: c["sentence"]
        for c in report["claims"]
        if c["doc"] == claim["doc"] and c["event"] == claim["event"]
    }
    text = "\n".join(sentences[k] for k in sorted(sentences)) + "\n"
    return Document("draft", "draft.txt", text, "0")


@pytest.mark.parametrize("doc_prefix, text", CROSS_DOCUMENT_FIGURES)
def test_a_source_telling_checked_as_a_draft_meets_its_own_event(seeds_report, rules, nlp, doc_prefix, text):
    claim = _claim(seeds_report, doc_prefix, text)
    assert claim["event"] is not None
    draft_claims = list(extract_claims([_telling(seeds_report, claim)], nlp, rules))
    (mine,) = [d for d in draft_claims if d.kind == "count" and d.text == text]
    matched = match_draft(draft_claims, Reference(seeds_report, rules).segments, rules)
    events = {c.event for segment in matched[(mine.doc, mine.sentence_start)] for c in segment.claims}
    assert events == {claim["event"]}


@pytest.mark.parametrize("doc_prefix, text", CROSS_DOCUMENT_FIGURES)
def test_a_figure_shows_the_same_interval_in_the_report_and_in_editor_mode(seeds_report, rules, nlp, doc_prefix, text):
    claim = _claim(seeds_report, doc_prefix, text)
    shown = interval_text(claim["value"])
    draft_claims = list(extract_claims([_telling(seeds_report, claim)], nlp, rules))
    (check,) = [
        c for c in check_claims(draft_claims, seeds_report, rules) if c.claim.kind == "count" and c.claim.text == text
    ]
    cited = check.support + check.against
    assert [x.value for x in cited if x.claim == claim["id"]] == [shown]
    # The summary shows each cited figure with its citation's interval.
    listed = re.findall(r"“([^”]*)” \[([^\]]*)\] \(([^)]*)\)", check.summary)
    assert listed and all((t, v, d) in {(x.text, x.value, x.doc) for x in cited} for t, v, d in listed)


def test_every_figure_a_finding_cites_shows_its_interval(seeds_report):
    claims = {c["id"]: c for c in seeds_report["claims"]}
    checked = 0
    for finding in seeds_report["findings"]:
        counts = {
            claims[i]["text"]: interval_text(claims[i]["value"])
            for i in finding["claims"]
            if claims[i]["kind"] == "count"
        }
        for text, value in re.findall(r"“([^”]*)” \[([^\]]*)\]", finding["summary"]):
            if text in counts:
                assert value == counts[text], finding["summary"]
                checked += 1
    assert checked, "no finding of the seeds cites a figure: the check above checked nothing"


def test_a_named_victim_is_at_least_one_in_both(seeds_report):
    """The display both share: a named or described victim is one at least, not a toll of exactly one."""
    assert interval_text(_claim(seeds_report, "003_", "Maaz")["value"]) == "1+"
    assert interval_text({"low": 24, "high": 99}) == "24–99"
    assert interval_text({"low": 51, "high": None}) == "51+"
    assert interval_text({"low": 12, "high": 12}) == "12"
    assert interval_text({"low": None, "high": None}) == ""
    # a measure keeps its decimals: a magnitude 7.8 is never shown as 7
    assert interval_text({"low": 7.8, "high": 7.8}) == "7.8"
    assert interval_text({"low": 17.9, "high": 24.1}) == "17.9–24.1"
