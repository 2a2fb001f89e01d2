"""The compare stage on hand-made records: each check, each verdict, and rules driving them."""

from __future__ import annotations

import dataclasses

import pytest

from verify.compare import apply_rules
from verify.models import Claim, Clustering, Document, Event
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
    # d1 and d3 word it the same (one finding); d2's wording against theirs (one finding, all three)
    assert sorted((f.verdict, f.documents) for f in findings) == [("agree", ("d1", "d3")),
                                                                  ("altered_quote", ("d1", "d2", "d3"))]


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


def _total(doc: str, text: str, low: int, high: int | None, attribute: str, period: str, start: str | None,
           unit: str = "facilities") -> Claim:
    claim = _count(doc, text, low, high, attribute=attribute, unit=unit)
    extra = {"period": period} | ({"period_start": start} if start else {})
    return dataclasses.replace(claim, value={**claim.value, **extra})


def test_totals_over_different_periods_are_not_set_against_each_other():
    """13 hospitals hit since December 2015 and 27 since September 2015 do not contradict each other."""
    since_december = _total("d1", "13 hospitals", 13, 13, "facilities_hit", "since December 2015", "2015-12")
    since_september = _total("d2", "27 hospitals", 27, 27, "facilities_hit", "since September 2015", "2015-09")
    assert _verdicts(_findings([since_december, since_september], [_doc("d1"), _doc("d2")])) == []
    tolls = [_total("d1", "246 civilians", 246, None, "deaths", "since April 22", "2016-04-22", unit="civilians"),
             _total("d2", "over 200 civilians", 201, None, "deaths", "in the past week", None, unit="civilians")]
    assert _verdicts(_findings(tolls, [_doc("d1"), _doc("d2")])) == []


@pytest.mark.parametrize("first, second, verdict", [
    # "at least 27 hospitals were targeted since September 2015" vs "attacks on as many as 27 hospitals
    # between September and early March" (undated report: no year): one start, compared
    (("at least 27 hospitals", 27, None, "facilities_hit", "since September 2015", "2015-09"),
     ("as many as 27 hospitals", 13, 27, "attacks", "between September and early March", "--09"), "compatible"),
    (("27 hospitals", 27, 27, "facilities_hit", "since September 2015", "2015-09"),
     ("40 hospitals", 40, 40, "facilities_hit", "since September 2015", "2015-09"), "conflict"),
    (("246 civilians", 246, 246, "deaths", "since April 22", "2016-04-22"),
     ("246 civilians", 246, 246, "deaths", "since April 22", "2016-04-22"), "agree"),
])
def test_totals_over_the_same_period_are_compared(first, second, verdict):
    claims = [_total("d1", *first), _total("d2", *second)]
    assert _verdicts(_findings(claims, [_doc("d1"), _doc("d2")])) == [verdict]


# --------------------------------------------------------------------------------------------
# The quote check groups claims worded the same; these tests hold it to the pairwise check it
# replaced, written out here as the oracle.


def _pairwise_quote_findings(rule, ctx):
    """The quote check before grouping: every candidate pair of claims blocked and scored alone."""
    from collections import defaultdict

    from rapidfuzz import fuzz

    from verify.compare.context import make_finding
    from verify.compare.quotes import MAX_QUOTE_POSTING, quote_form

    quotes = [c for c in ctx.clustering.claims if c.kind == "quote"
              and len(quote_form(c).split()) >= ctx.rules.quote_min_words]
    forms = [quote_form(c) for c in quotes]
    index = defaultdict(list)
    for i, form in enumerate(forms):
        for word in set(form.split()):
            if len(word) >= 5:
                index[word].append(i)
    candidates = defaultdict(int)
    for posting in index.values():
        if len(posting) <= MAX_QUOTE_POSTING:
            for x, i in enumerate(posting):
                for j in posting[x + 1:]:
                    candidates[(i, j)] += 1
    out = []
    for i, j in sorted(pair for pair, shared in candidates.items() if shared >= 2):
        a, b = quotes[i], quotes[j]
        if ctx.origin(a) == ctx.origin(b):
            continue
        similarity, partial = fuzz.ratio(forms[i], forms[j]), fuzz.partial_ratio(forms[i], forms[j])
        if max(similarity, partial) < ctx.rules.quote_same:
            continue
        if similarity >= ctx.rules.quote_identical or (partial >= ctx.rules.quote_identical
                                                      and min(len(forms[i]), len(forms[j])) >= 20):
            verdict, summary = "agree", f"The quotation {ctx.cite(a)} is worded the same in {b.doc}."
        else:
            verdict = "altered_quote"
            summary = (f"The same quotation is worded differently: {ctx.cite(a)} vs {ctx.cite(b)} "
                       f"({similarity:.0f}% alike).")
        finding = make_finding(rule, verdict, "quote", [a, b], summary, event=a.event if a.event == b.event else None)
        if finding is not None:
            out.append(finding)
    return out


_CARRIED = "Where is the outrage among those with the power to stop this carnage?"
_ALTERED = "Where is the outrage among those with the power to end this slaughter?"


def _many_outlets(outlets: int):
    """``outlets`` documents carrying one quotation word for word (two of them copies of one
    story, one quoting it twice), one altering it, one with an unrelated quotation."""
    docs = [_doc(f"d{n:02d}", f"2016-04-{n % 28 + 1:02d}") for n in range(outlets + 2)]
    claims = [_claim(d.id, "quote", "quote", f"q{d.id}", {"quote": _CARRIED}, event="e1" if n % 3 else None)
              for n, d in enumerate(docs[:outlets])]
    claims.append(_claim("d00", "quote", "quote", "again", {"quote": _CARRIED}, event="e1", start=900))
    claims.append(_claim(docs[outlets].id, "quote", "quote", "altered", {"quote": _ALTERED}))
    claims.append(_claim(docs[outlets + 1].id, "quote", "quote", "other",
                         {"quote": "The hospital was struck twice within minutes by outrage among the power"}))
    return docs, claims, {"d01": "d00"}


@pytest.mark.parametrize("outlets", [2, 12, 40, 60])
def test_quote_findings_group_the_pairwise_findings_and_drop_no_claim(outlets):
    """One finding per wording carried by several sources and one per pair of wordings; every pair
    of claims the pairwise check flags sits in a grouped finding with its verdict."""
    from verify.compare import Context
    from verify.compare.quotes import MAX_QUOTE_POSTING, check_quote

    rules = load_rules()
    docs, claims, copies = _many_outlets(outlets)
    event = Event("e1", "strike on the hospital", None, None, tuple(sorted({c.doc for c in claims})),
                  tuple(c.id for c in claims))
    clustering = Clustering(tuple(claims), (), (event,), copies)
    ctx = Context(rules, {d.id: d for d in docs}, copies, {c.id: c for c in claims}, clustering,
                  {"e1": event.label})
    rule = next(r for r in rules.rules if r.check == "quote")
    grouped = [f for f in check_quote(rule, ctx) if "without quotation marks" not in f.summary]
    carried = {c.id for c in claims if c.value["quote"] == _CARRIED}
    if len(carried) > MAX_QUOTE_POSTING:   # its words are in too many quotations to block on
        assert grouped == _pairwise_quote_findings(rule, ctx) == []
        return
    altered = next(f for f in grouped if f.verdict == "altered_quote")
    assert set(altered.claims) == carried | {next(c.id for c in claims if c.text == "altered")}
    if outlets == 2:     # d00 and its copy d01 are one source: nothing agrees with anything
        assert [f.verdict for f in grouped] == ["altered_quote"]
    else:                # one agree finding, whatever the number of outlets
        assert sorted(f.verdict for f in grouped) == ["agree", "altered_quote"]
        agree = next(f for f in grouped if f.verdict == "agree")
        assert set(agree.claims) == carried and agree.event is None    # some carry it with no event
        assert f"by {outlets - 2} other independent source(s)" in agree.summary   # d01 is d00's copy
    for pair in _pairwise_quote_findings(rule, ctx):     # below the blocking limit: every pair
        assert any(f.verdict == pair.verdict and set(pair.claims) <= set(f.claims) for f in grouped)


def test_a_quotation_quoted_twice_in_one_document_is_one_finding_with_both():
    docs = [_doc("d1"), _doc("d2")]
    claims = [_claim("d1", "quote", "quote", "a", {"quote": _CARRIED}, event=None),
              _claim("d1", "quote", "quote", "b", {"quote": _CARRIED}, event=None, start=500),
              _claim("d2", "quote", "quote", "c", {"quote": _ALTERED}, event=None)]
    findings = [f for f in _findings(claims, docs) if f.rule == "quotes.wording"]
    assert [(f.verdict, f.documents, len(f.claims)) for f in findings] == [("altered_quote", ("d1", "d2"), 3)]


def test_one_source_quoting_itself_twice_is_no_finding():
    docs = [_doc("d1"), _doc("d2")]
    claims = [_claim("d1", "quote", "quote", "a", {"quote": _CARRIED}, event=None),
              _claim("d2", "quote", "quote", "b", {"quote": _ALTERED}, event=None)]
    assert [f for f in _findings(claims, docs, copies={"d2": "d1"}) if f.rule == "quotes.wording"] == []


def test_a_start_without_a_year_is_the_same_period_as_that_month_with_a_year():
    from verify.compare.figures import same_unit_class

    undated = _total("d1", "27 hospitals", 27, 27, "facilities_hit", "since September", "--09")
    dated = _total("d2", "27 hospitals", 27, 27, "facilities_hit", "since September 2015", "2015-09")
    other_month = _total("d3", "13 hospitals", 13, 13, "facilities_hit", "since December 2015", "2015-12")
    assert same_unit_class(undated, dated) and same_unit_class(dated, undated)
    assert not same_unit_class(undated, other_month) and not same_unit_class(dated, other_month)
    assert not same_unit_class(undated, _count("d4", "27 hospitals", 27, 27, "facilities_hit", unit="facilities"))
