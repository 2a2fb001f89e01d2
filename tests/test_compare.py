"""The compare stage on hand-made records: each check, each verdict, and rules driving them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from verify.cluster import Clustering
from verify.compare import apply_rules
from verify.models import Claim, Document, Event
from verify.rules import load_rules


def _doc(doc_id: str, published: str | None = None) -> Document:
    return Document(doc_id, f"{doc_id}.txt", "x", "0" * 64, published=published)


def _count(doc: str, text: str, low: int, high: int | None, attribute: str = "deaths", start: int = 0,
           event: str = "e1", unit: str = "people") -> Claim:
    value = {"low": low, "high": high, "best": low, "qualifier": None, "unit": unit}
    return Claim(Claim.make_id(doc, "count", attribute, start, start + len(text)), doc, "count", attribute, text,
                 text, start, start + len(text), start, value, event=event)


def _claim(doc: str, kind: str, attribute: str, text: str, value: dict, event: str | None = "e1",
           start: int = 100) -> Claim:
    return Claim(Claim.make_id(doc, kind, attribute, start, start + len(text)), doc, kind, attribute, text,
                 text, start, start + len(text), start, value, event=event)


def _findings(claims, docs, rules=None, copies=None):
    rules = rules or load_rules()
    event = Event("e1", "strike on the hospital", None, None, tuple(sorted({c.doc for c in claims})),
                  tuple(c.id for c in claims))
    clustering = Clustering(tuple(claims), (), (event,), copies or {})
    return apply_rules(docs, clustering, rules)


def _verdicts(findings, rule="figures.interval"):
    return sorted(f.verdict for f in findings if f.rule == rule)


@pytest.mark.parametrize("a, b, dates, verdict", [
    ((24, 99), (51, None), (None, None), "compatible"),     # "dozens" vs "more than 50"
    ((50, 50), (50, 50), (None, None), "agree"),
    ((4, 4), (50, 50), (None, None), "conflict"),
    ((20, 20), (50, 50), ("2016-04-27", "2016-04-29"), "update"),     # a rising toll
    ((50, 50), (20, 20), ("2016-04-27", "2016-04-29"), "conflict"),   # a falling one is not an update
])
def test_figures(a, b, dates, verdict):
    claims = [_count("d1", "first figure", *a), _count("d2", "second figure", *b)]
    findings = _findings(claims, [_doc("d1", dates[0]), _doc("d2", dates[1])])
    assert _verdicts(findings) == [verdict]


def test_conflict_without_dates_says_it_could_be_a_revision():
    claims = [_count("d1", "four", 4, 4), _count("d2", "fifty", 50, 50)]
    (finding,) = [f for f in _findings(claims, [_doc("d1"), _doc("d2")]) if f.rule == "figures.interval"]
    assert "publication dates unknown" in finding.summary and finding.severity == "high"


def test_copies_of_one_story_are_one_source():
    claims = [_count("d1", "four", 4, 4), _count("d2", "fifty", 50, 50)]
    findings = _findings(claims, [_doc("d1"), _doc("d2")], copies={"d2": "d1"})
    assert _verdicts(findings) == []
    assert "uncorroborated" in {f.verdict for f in findings}


def test_subsets_are_not_compared_with_totals():
    total = _count("d1", "nearly 60", 48, 59, attribute="injured")
    subset = dataclasses.replace(_count("d2", "40 children", 40, 40, attribute="injured", unit="people"),
                                 value={"low": 40, "high": 40, "best": 40, "unit": "people", "part": True, "qualifier": None})
    assert _verdicts(_findings([total, subset], [_doc("d1"), _doc("d2")])) == []


def test_editing_the_yaml_severity_changes_the_finding(tmp_path):
    (tmp_path / "newsroom.yaml").write_text(
        "rules:\n"
        "  - id: figures.interval\n"
        "    description: Figures compared as intervals.\n"
        "    check: interval\n"
        "    kinds: [count]\n"
        "    severity: {compatible: high}\n", encoding="utf-8")
    claims = [_count("d1", "dozens", 24, 99), _count("d2", "more than 50", 51, None)]
    (finding,) = _findings(claims, [_doc("d1"), _doc("d2")], rules=load_rules(tmp_path))
    assert (finding.verdict, finding.severity) == ("compatible", "high")


@pytest.mark.parametrize("m1, m2, verdict", [
    ("shelling", "air_strike", "conflict"),
    ("barrel_bomb", "air_strike", "compatible"),
    ("air_strike", "air_strike", "agree"),
])
def test_methods(m1, m2, verdict):
    claims = [_claim("d1", "method", "method", "m1", {"method": m1}), _claim("d2", "method", "method", "m2", {"method": m2})]
    assert _verdicts(_findings(claims, [_doc("d1"), _doc("d2")]), "methods.taxonomy") == [verdict]


def test_denial_against_assertion():
    claims = [_claim("d1", "attribution", "perpetrator", "Assad regime", {"actor": "Syrian government", "stance": "asserted"}),
              _claim("d2", "attribution", "perpetrator", "Syria", {"actor": "Syrian government", "stance": "denied"})]
    (finding,) = [f for f in _findings(claims, [_doc("d1"), _doc("d2")]) if f.rule == "attribution.stance"]
    assert finding.verdict == "conflict" and "disputed" in finding.summary


def test_different_days_conflict():
    claims = [_claim("d1", "time", "date", "Wednesday", {"granularity": "day", "start": "2016-04-27"}),
              _claim("d2", "time", "date", "Monday", {"granularity": "day", "start": "2016-04-25"})]
    assert _verdicts(_findings(claims, [_doc("d1"), _doc("d2")]), "dates.same_day") == ["conflict"]


def test_reworded_quote_is_altered():
    a = _claim("d1", "quote", "quote", "q1", {"quote": "Where is the outrage among those with the power to stop this carnage?"}, event=None)
    b = _claim("d2", "quote", "quote", "q2", {"quote": "Where is the outrage among those with the power to end this slaughter?"}, event=None)
    same = _claim("d3", "quote", "quote", "q3", {"quote": "Where is the outrage among those with the power to stop this carnage?"}, event=None)
    findings = [f for f in _findings([a, b, same], [_doc("d1"), _doc("d2"), _doc("d3")]) if f.rule == "quotes.wording"]
    assert sorted(f.verdict for f in findings) == ["agree", "altered_quote", "altered_quote"]


def test_findings_are_ordered_by_severity_then_verdict():
    claims = [_count("d1", "four", 4, 4), _count("d2", "fifty", 50, 50),
              _claim("d1", "method", "method", "m1", {"method": "shelling"}),
              _claim("d2", "method", "method", "m2", {"method": "shelling"}, start=200)]
    order = {"high": 0, "medium": 1, "low": 2, "info": 3}
    severities = [order[f.severity] for f in _findings(claims, [_doc("d1"), _doc("d2")])]
    assert severities == sorted(severities)


def test_vague_word_meaning_comes_from_yaml(tmp_path, nlp):
    """Changing "dozens" in YAML changes the interval of the claim and so the verdict."""
    from verify.extract import extract_claims

    text = "The Assad regime shelled the al-Quds hospital on Wednesday, killing dozens of people."
    doc = Document("d1", "d1.txt", text, "0" * 64)
    default = [c for c in extract_claims([doc], nlp, load_rules()) if c.kind == "count"]
    (tmp_path / "x.yaml").write_text("quantities:\n  vague:\n    dozens: {low: 12, high: 48, best: 12}\n", encoding="utf-8")
    edited = [c for c in extract_claims([doc], nlp, load_rules(tmp_path)) if c.kind == "count"]
    assert (default[0].value["low"], default[0].value["high"]) == (24, 99)
    assert (edited[0].value["low"], edited[0].value["high"]) == (12, 48)
    other = _count("d2", "more than 50", 51, None)
    default_claim = dataclasses.replace(default[0], event="e1")
    assert _verdicts(_findings([default_claim, other], [_doc("d1"), _doc("d2")])) == ["compatible"]
    edited_claim = dataclasses.replace(edited[0], event="e1")
    assert _verdicts(_findings([edited_claim, other], [_doc("d1"), _doc("d2")])) == ["conflict"]


def test_paraphrase_presented_as_a_quotation():
    quote = _claim("d1", "quote", "quote", "q", {"quote": "the government is deliberately targeting hospitals across the city"},
                   event=None)
    reported = _claim("d2", "organization", "organization", "MSF", {"canonical": "MSF"}, event=None)
    reported = dataclasses.replace(reported, sentence="MSF said the government was deliberately targeting hospitals across the city.")
    unrelated = _claim("d3", "organization", "organization", "ICRC", {"canonical": "ICRC"}, event=None)
    unrelated = dataclasses.replace(unrelated, sentence="The ICRC said hospitals in the city were running out of fuel.")
    findings = [f for f in _findings([quote, reported, unrelated], [_doc("d1"), _doc("d2"), _doc("d3")])
                if f.rule == "quotes.wording"]
    assert [(f.verdict, f.documents) for f in findings] == [("altered_quote", ("d1", "d2"))]
    assert "without quotation marks" in findings[0].summary


def test_the_same_words_quoted_in_both_are_not_a_paraphrase():
    a = _claim("d1", "quote", "quote", "q", {"quote": "the government is deliberately targeting hospitals across the city"},
               event=None)
    b = dataclasses.replace(_claim("d2", "organization", "organization", "MSF", {"canonical": "MSF"}, event=None),
                            sentence="MSF said “the government is deliberately targeting hospitals across the city”.")
    assert [f for f in _findings([a, b], [_doc("d1"), _doc("d2")]) if f.rule == "quotes.wording"] == []


def test_a_period_total_is_not_set_against_one_incident():
    strike = _count("d1", "dozens of people", 24, 99)
    total = dataclasses.replace(_count("d2", "as many as 2,000 civilians", 1000, 2000, unit="civilians"),
                                value={"low": 1000, "high": 2000, "best": 1000, "qualifier": "as many as",
                                       "unit": "civilians", "period": "in six months"})
    assert _verdicts(_findings([strike, total], [_doc("d1"), _doc("d2")])) == []


def test_one_named_victim_is_not_a_toll():
    toll = _count("d1", "dozens of people", 24, 99)
    named = dataclasses.replace(_count("d2", "Maaz", 1, 1),
                                value={"low": 1, "high": 1, "best": 1, "qualifier": None, "unit": "people",
                                       "individual": True})
    assert _verdicts(_findings([toll, named], [_doc("d1"), _doc("d2")])) == []
    other = dataclasses.replace(named, id="c-other", doc="d3")
    assert _verdicts(_findings([named, other], [_doc("d2"), _doc("d3")])) == ["agree"]
