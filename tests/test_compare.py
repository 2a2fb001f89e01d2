"""The compare stage on hand-made records: each check, each verdict, and rules driving them."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from verify.compare import apply_rules
from verify.models import Claim, Clustering, Document, Entity, Event, Variant
from verify.rules import load_rules


def _doc(doc_id: str, published: str | None = None) -> Document:
    return Document(doc_id, f"{doc_id}.txt", "x", "0" * 64, published=published)


def _count(
    doc: str,
    text: str,
    low: int,
    high: int | None,
    attribute: str = "deaths",
    start: int = 0,
    event: str = "e1",
    unit: str = "people",
    source: str | None = None,
) -> Claim:
    value = {"low": low, "high": high, "best": low, "qualifier": None, "unit": unit}
    return Claim(
        Claim.make_id(doc, "count", attribute, start, start + len(text)),
        doc,
        "count",
        attribute,
        text,
        text,
        start,
        start + len(text),
        start,
        value,
        cited_source=source,
        event=event,
    )


def _claim(
    doc: str, kind: str, attribute: str, text: str, value: dict, event: str | None = "e1", start: int = 100
) -> Claim:
    return Claim(
        Claim.make_id(doc, kind, attribute, start, start + len(text)),
        doc,
        kind,
        attribute,
        text,
        text,
        start,
        start + len(text),
        start,
        value,
        event=event,
    )


def _findings(claims, docs, rules=None, copies=None):
    rules = rules or load_rules()
    event = Event(
        "e1", "strike on the hospital", None, None, tuple(sorted({c.doc for c in claims})), tuple(c.id for c in claims)
    )
    clustering = Clustering(tuple(claims), (), (event,), copies or {})
    return apply_rules(docs, clustering, rules)


def _verdicts(findings, rule="figures.interval"):
    return sorted(f.verdict for f in findings if f.rule == rule)


@pytest.mark.parametrize(
    "a, b, dates, verdict",
    [
        ((24, 99), (51, None), (None, None), "compatible"),  # "dozens" vs "more than 50"
        ((50, 50), (50, 50), (None, None), "agree"),
        ((4, 4), (50, 50), (None, None), "conflict"),
        ((20, 20), (50, 50), ("2016-04-27", "2016-04-29"), "update"),  # a rising toll
        ((50, 50), (20, 20), ("2016-04-27", "2016-04-29"), "update"),  # a toll revised down is an update too
        ((50, 50), (20, 20), ("2016-04-27", "2016-04-27"), "update"),  # the same day, no hour, no bodies: a revision
    ],
)
def test_figures(a, b, dates, verdict):
    claims = [_count("d1", "first figure", *a), _count("d2", "second figure", *b)]
    findings = _findings(claims, [_doc("d1", dates[0]), _doc("d2", dates[1])])
    assert _verdicts(findings) == [verdict]


def test_two_bodies_the_same_day_contradict_each_other():
    claims = [
        _count("d1", "50", 50, 50, source="the Red Cross"),
        _count("d2", "20", 20, 20, source="the health minister"),
    ]
    (finding,) = [
        f
        for f in _findings(claims, [_doc("d1", "2016-04-27"), _doc("d2", "2016-04-27")])
        if f.rule == "figures.interval"
    ]
    assert finding.verdict == "conflict" and [s.bodies for s in finding.sides] == [
        ("the health minister",),
        ("the Red Cross",),
    ]
    same_source_unnamed = [_count("d1", "50", 50, 50), _count("d2", "20", 20, 20)]
    (finding,) = [
        f
        for f in _findings(same_source_unnamed, [_doc("d1", "2016-04-27"), _doc("d2", "2016-04-27")])
        if f.rule == "figures.interval"
    ]
    assert finding.verdict == "update" and finding.note == "said the same day, hour unknown: read as a revision"


def test_conflict_without_dates_says_it_could_be_a_revision():
    claims = [_count("d1", "four", 4, 4), _count("d2", "fifty", 50, 50)]
    (finding,) = [f for f in _findings(claims, [_doc("d1"), _doc("d2")]) if f.rule == "figures.interval"]
    assert finding.verdict == "conflict" and finding.severity == "high"
    assert finding.note == "no date for one side, so this may be a revision"


def test_copies_of_one_story_are_one_source():
    claims = [_count("d1", "four", 4, 4), _count("d2", "fifty", 50, 50)]
    findings = _findings(claims, [_doc("d1"), _doc("d2")], copies={"d2": "d1"})
    assert _verdicts(findings) == []
    # a story and its copy are one source: an event only they tell has no fact a second source lacks
    assert "uncorroborated" not in {f.verdict for f in findings}
    # beside an independent third page, what the story and its copy alone say is uncorroborated
    claims = [_count("d1", "four", 4, 4), _count("d2", "four", 4, 4), _count("d3", "four", 4, 4)]
    claims.append(dataclasses.replace(_count("d1", "3 hospitals", 3, 3, attribute="facilities_hit"), start=300))
    claims.append(dataclasses.replace(_count("d2", "3 hospitals", 3, 3, attribute="facilities_hit"), start=300))
    findings = _findings(claims, [_doc("d1"), _doc("d2"), _doc("d3")], copies={"d2": "d1"})
    (alone,) = [f for f in findings if f.verdict == "uncorroborated"]
    assert alone.attribute == "facilities_hit" and alone.summary.startswith("Only 1 independent source")


def test_subsets_are_not_compared_with_totals():
    total = _count("d1", "nearly 60", 48, 59, attribute="injured")
    subset = dataclasses.replace(
        _count("d2", "40 children", 40, 40, attribute="injured", unit="people"),
        value={"low": 40, "high": 40, "best": 40, "unit": "people", "part": True, "qualifier": None},
    )
    assert _verdicts(_findings([total, subset], [_doc("d1"), _doc("d2")])) == []


def test_editing_the_yaml_severity_changes_the_finding(tmp_path):
    claims = [_count("d1", "dozens", 24, 99), _count("d2", "more than 50", 51, None)]
    (finding,) = _findings(claims, [_doc("d1"), _doc("d2")])
    # "dozens" (24 at the least) and "more than 50": figures a third or more apart weigh medium
    assert (finding.verdict, finding.severity) == ("compatible", "medium")
    near = [_count("d1", "at least 300", 300, None), _count("d2", "more than 330", 331, None)]
    (finding,) = _findings(near, [_doc("d1"), _doc("d2")])
    assert (finding.verdict, finding.severity) == ("compatible", "low")
    # within 5% of each other: a rounding, no more than information
    nearer = [_count("d1", "at least 300", 300, None), _count("d2", "more than 310", 311, None)]
    (finding,) = _findings(nearer, [_doc("d1"), _doc("d2")])
    assert (finding.verdict, finding.severity) == ("compatible", "info")
    # the severity policy is one list in compare.severity: a newsroom puts its own line first
    (tmp_path / "newsroom.yaml").write_text(
        "compare:\n"
        "  severity:\n"
        "    subjects: {tolls: [deaths, injured]}\n"
        "    rules:\n"
        "      - {verdict: compatible, subject: tolls, severity: high}\n",
        encoding="utf-8",
    )
    (finding,) = _findings(claims, [_doc("d1"), _doc("d2")], rules=load_rules(tmp_path))
    assert (finding.verdict, finding.severity) == ("compatible", "high")


@pytest.mark.parametrize(
    "a, b, severity",
    [
        ((45, 45), (46, None), "info"),  # "45" vs "more than 45": the same figure rounded
        ((12, 12), (50, 50), "high"),  # a toll four times another
        ((100, 100), (108, 108), "medium"),  # a toll 8% apart
    ],
)
def test_severity_weighs_the_gap_between_figures(a, b, severity):
    claims = [
        _count("d1", "first", *a, source="the Red Cross"),
        _count("d2", "second", *b, source="the health ministry"),
    ]
    (finding,) = [
        f
        for f in _findings(claims, [_doc("d1", "2016-04-27"), _doc("d2", "2016-04-27")])
        if f.rule == "figures.interval"
    ]
    assert finding.severity == severity and finding.gap is not None


@pytest.mark.parametrize(
    "m1, m2, verdict",
    [
        ("shelling", "air_strike", "conflict"),
        ("barrel_bomb", "air_strike", "compatible"),
        ("air_strike", "air_strike", "agree"),
    ],
)
def test_methods(m1, m2, verdict):
    claims = [
        _claim("d1", "method", "method", "m1", {"method": m1}),
        _claim("d2", "method", "method", "m2", {"method": m2}),
    ]
    assert _verdicts(_findings(claims, [_doc("d1"), _doc("d2")]), "methods.taxonomy") == [verdict]


def test_a_method_conflict_states_one_disagreement_with_only_its_sides():
    """Two sources say shelled, one says air strike, one a rocket, and all four say "blast": one
    finding per odd method, each set against the shelling most sources give (not against each
    other), and each side holds only the claims that take it — never the agreeing "blast" lines."""
    claims = [
        _claim("d1", "method", "method", "shelled", {"method": "shelling"}),
        _claim("d2", "method", "method", "shelling", {"method": "shelling"}),
        _claim("d3", "method", "method", "air strike", {"method": "air_strike"}),
        _claim("d4", "method", "method", "rocket", {"method": "rocket"}),
    ] + [_claim(d, "method", "method", "blast", {"method": "explosion"}, start=300) for d in ("d1", "d2", "d3", "d4")]
    findings = [
        f for f in _findings(claims, [_doc(d) for d in ("d1", "d2", "d3", "d4")]) if f.rule == "methods.taxonomy"
    ]
    conflicts = sorted((f for f in findings if f.verdict == "conflict"), key=lambda f: f.sides[1].label)
    assert [(f.sides[0].label, f.sides[1].label) for f in conflicts] == [("shelled", "air strike")]
    (shelling_vs_air,) = conflicts
    assert shelling_vs_air.sides[0].documents == ("d1", "d2") and shelling_vs_air.sides[1].documents == ("d3",)
    assert set(shelling_vs_air.claims) == {c.id for c in claims if c.text in ("shelled", "shelling", "air strike")}
    # rocket artillery is shelling's kin (``methods.compatible``): no conflict; the blast agrees with all
    assert not any("rocket" in (s.label for s in f.sides) for f in conflicts)
    assert sorted(f.sides[0].label for f in findings if f.verdict == "agree") == ["blast", "shelled"]


def test_a_lone_odd_method_is_set_against_what_most_say_not_against_another_lone_one():
    claims = [_claim(d, "method", "method", "quake", {"method": "earthquake"}) for d in ("d1", "d2", "d3")] + [
        _claim("d4", "method", "method", "gunfire", {"method": "firearm"}, start=200),
        _claim("d5", "method", "method", "air raid", {"method": "air_strike"}, start=200),
    ]
    findings = _findings(claims, [_doc(d) for d in ("d1", "d2", "d3", "d4", "d5")])
    pairs = sorted(
        tuple(s.label for s in f.sides) for f in findings if f.rule == "methods.taxonomy" and f.verdict == "conflict"
    )
    assert pairs == [("quake", "air raid"), ("quake", "gunfire")]


def test_positions_the_same_sources_take_are_no_disagreement():
    """Both sources call it shelling and an air strike: neither disagrees with the other."""
    claims = [
        _claim("d1", "method", "method", "shelled", {"method": "shelling"}),
        _claim("d1", "method", "method", "air strike", {"method": "air_strike"}, start=200),
        _claim("d2", "method", "method", "shelling", {"method": "shelling"}),
        _claim("d2", "method", "method", "airstrike", {"method": "air_strike"}, start=200),
    ]
    assert _verdicts(_findings(claims, [_doc("d1"), _doc("d2")]), "methods.taxonomy") == ["agree", "agree"]


def test_denial_against_assertion():
    claims = [
        _claim(
            "d1", "attribution", "perpetrator", "Assad regime", {"actor": "Syrian government", "stance": "asserted"}
        ),
        _claim("d2", "attribution", "perpetrator", "Syria", {"actor": "Syrian government", "stance": "denied"}),
    ]
    (finding,) = [f for f in _findings(claims, [_doc("d1"), _doc("d2")]) if f.rule == "attribution.stance"]
    assert finding.verdict == "conflict" and "disputed" in finding.summary


def _blame(doc: str, written: str, actor: str, key: str, start: int = 0):
    return _claim(
        doc, "attribution", "perpetrator", written, {"actor": actor, "key": key, "stance": "asserted"}, start=start
    )


@pytest.mark.parametrize(
    "other, verdict",
    [
        # a named group that names no other country tells "Palestinian militants" more precisely
        (("Hamas", "Hamas", "hamas"), "compatible"),
        (("Palestinian Islamic Jihad", "Palestinian Islamic Jihad", "palestinian islamic jihad"), "compatible"),
        (("Palestinians", "Palestine", "palestine"), "compatible"),
        # another country's force, or a state, is another actor
        (("the Israel Defense Forces", "Israel Defense Forces", "israel defense forces"), "conflict"),
        (("Israeli jets", "Israel", "israel"), "conflict"),
    ],
)
def test_a_peoples_armed_groups_and_a_named_group_differ_in_precision(other, verdict):
    claims = [
        _blame("d1", "Palestinian militants", "Palestinian militants", "palestine armed groups"),
        _blame("d2", *other),
    ]
    found = [f for f in _findings(claims, [_doc("d1"), _doc("d2")]) if f.rule == "attribution.stance"]
    assert [f.verdict for f in found] == [verdict]


def test_armed_groups_and_the_government_of_their_country_conflict():
    claims = [
        _blame("d1", "Syrian militants", "Syrian militants", "syria armed groups"),
        _blame("d2", "the Syrian government", "Syrian government", "syrian government"),
    ]
    found = [f for f in _findings(claims, [_doc("d1"), _doc("d2")]) if f.rule == "attribution.stance"]
    assert [f.verdict for f in found] == ["conflict"]


@pytest.mark.parametrize(
    "other, verdict",
    [
        (("the Syrian army", "Syrian government", "syrian government"), "agree"),  # told more precisely
        (("the Sudanese armed forces", "Sudanese armed forces", "sudanese armed forces"), "agree"),
        (("rebels", "rebels", "rebels"), "conflict"),  # another actor
    ],
)
def test_the_generic_government_is_told_more_precisely_by_a_named_one(other, verdict):
    """A source blaming "government forces" blames the government of wherever it happened
    (``attribution.generic``): when the story names that government or its army, the generic blame
    is that one actor's, so the two sources agree; rebels are another actor."""
    claims = [_blame("d1", "government forces", "the government", "the government"), _blame("d2", *other)]
    found = [f for f in _findings(claims, [_doc("d1"), _doc("d2")]) if f.rule == "attribution.stance"]
    assert [f.verdict for f in found] == [verdict]


@pytest.mark.parametrize(
    "blames, places, verdict",
    [
        # a force named by no country is the story's one force of that name with a country's adjective
        (
            [("the Air Force", "Air Force", "air"), ("the Zaverian air force", "Zaverian air force", "zaverian air")],
            ("Zaveria",),
            "agree",
        ),
        (
            [("the air force", "air force", "air"), ("Zaveria's air force", "Zaveria's air force", "zaveria s air")],
            ("Zaveria",),
            "agree",
        ),
        ([("the army", "army", "army"), ("the Sudanese army", "Sudanese army", "sudan")], (), "agree"),
        # an adjective of no place the story names is no country's
        (
            [("the Air Force", "Air Force", "air"), ("the Zaverian air force", "Zaverian air force", "zaverian air")],
            (),
            "conflict",
        ),
        # two countries' air forces: "the air force" is neither's
        (
            [
                ("the Air Force", "Air Force", "air"),
                ("the Zaverian air force", "Zaverian air force", "zaverian air"),
                ("the Qareshi air force", "Qareshi air force", "qareshi air"),
            ],
            ("Zaveria", "Qaresh"),
            "conflict",
        ),
    ],
)
def test_a_force_named_by_no_country_is_the_story_s_one_force_of_that_name(blames, places, verdict):
    claims = [_blame(f"d{i}", *b, start=10 * i) for i, b in enumerate(blames, 1)]
    entities = tuple(
        Entity(f"p{i}", "place", name, name.lower(), (Variant(name, "d1", 0, len(name), claims[0].id),))
        for i, name in enumerate(places)
    )
    event = Event("e1", "strike", None, None, tuple(sorted({c.doc for c in claims})), tuple(c.id for c in claims))
    clustering = Clustering(tuple(claims), entities, (event,), {})
    found = apply_rules([_doc(c.doc) for c in claims], clustering, load_rules())
    verdicts = {f.verdict for f in found if f.rule == "attribution.stance"}
    assert verdicts == ({"agree"} if verdict == "agree" else {"conflict"})


def test_different_days_conflict():
    claims = [
        _claim("d1", "time", "date", "Wednesday", {"granularity": "day", "start": "2016-04-27"}),
        _claim("d2", "time", "date", "Monday", {"granularity": "day", "start": "2016-04-25"}),
    ]
    assert _verdicts(_findings(claims, [_doc("d1"), _doc("d2")]), "dates.same_day") == ["conflict"]


def test_reworded_quote_is_altered():
    a = _claim(
        "d1",
        "quote",
        "quote",
        "q1",
        {"quote": "Where is the outrage among those with the power to stop this carnage?"},
        event=None,
    )
    b = _claim(
        "d2",
        "quote",
        "quote",
        "q2",
        {"quote": "Where is the outrage among those with the power to stop this slaughter?"},
        event=None,
    )
    same = _claim(
        "d3",
        "quote",
        "quote",
        "q3",
        {"quote": "Where is the outrage among those with the power to stop this carnage?"},
        event=None,
    )
    findings = [f for f in _findings([a, b, same], [_doc("d1"), _doc("d2"), _doc("d3")]) if f.rule == "quotes.wording"]
    # d1 and d3 word it the same (one finding); d2's wording against theirs (one finding, all three)
    assert sorted((f.verdict, f.documents) for f in findings) == [
        ("agree", ("d1", "d3")),
        ("altered_quote", ("d1", "d2", "d3")),
    ]


def test_findings_are_ordered_by_severity_then_verdict():
    claims = [
        _count("d1", "four", 4, 4),
        _count("d2", "fifty", 50, 50),
        _claim("d1", "method", "method", "m1", {"method": "shelling"}),
        _claim("d2", "method", "method", "m2", {"method": "shelling"}, start=200),
    ]
    order = {"high": 0, "medium": 1, "low": 2, "info": 3}
    severities = [order[f.severity] for f in _findings(claims, [_doc("d1"), _doc("d2")])]
    assert severities == sorted(severities)


def test_vague_word_meaning_comes_from_yaml(tmp_path, nlp):
    """Changing "dozens" in YAML changes the interval of the claim and so the verdict."""
    from verify.extract import extract_claims

    text = "The Assad regime shelled the al-Quds hospital on Wednesday, killing dozens of people."
    doc = Document("d1", "d1.txt", text, "0" * 64)
    default = [c for c in extract_claims([doc], nlp, load_rules()) if c.kind == "count"]
    (tmp_path / "x.yaml").write_text(
        "quantities:\n  vague:\n    dozens: {low: 12, high: 48, best: 12}\n", encoding="utf-8"
    )
    edited = [c for c in extract_claims([doc], nlp, load_rules(tmp_path)) if c.kind == "count"]
    assert (default[0].value["low"], default[0].value["high"]) == (24, 99)
    assert (edited[0].value["low"], edited[0].value["high"]) == (12, 48)
    other = _count("d2", "more than 50", 51, None)
    default_claim = dataclasses.replace(default[0], event="e1")
    assert _verdicts(_findings([default_claim, other], [_doc("d1"), _doc("d2")])) == ["compatible"]
    edited_claim = dataclasses.replace(edited[0], event="e1")
    assert _verdicts(_findings([edited_claim, other], [_doc("d1"), _doc("d2")])) == ["conflict"]


def test_paraphrase_presented_as_a_quotation():
    quote = _claim(
        "d1",
        "quote",
        "quote",
        "q",
        {"quote": "the government is deliberately targeting hospitals across the city"},
        event=None,
    )
    reported = _claim("d2", "organization", "organization", "MSF", {"canonical": "MSF"}, event=None)
    reported = dataclasses.replace(
        reported, sentence="MSF said the government was deliberately targeting hospitals across the city."
    )
    unrelated = _claim("d3", "organization", "organization", "ICRC", {"canonical": "ICRC"}, event=None)
    unrelated = dataclasses.replace(unrelated, sentence="The ICRC said hospitals in the city were running out of fuel.")
    findings = [
        f
        for f in _findings([quote, reported, unrelated], [_doc("d1"), _doc("d2"), _doc("d3")])
        if f.rule == "quotes.wording"
    ]
    assert [(f.verdict, f.documents) for f in findings] == [("altered_quote", ("d1", "d2"))]
    assert "without quotation marks" in findings[0].summary


def test_a_shorter_summary_of_a_quotation_is_not_a_paraphrase():
    quote = _claim(
        "d1",
        "quote",
        "quote",
        "q",
        {"quote": "All the information we have so far indicates that the driver passed a red signal"},
        event=None,
    )
    summary = dataclasses.replace(
        _claim("d2", "organization", "organization", "NNR", {"canonical": "NNR"}, event=None),
        sentence="NNR says the driver passed a red signal.",
    )
    assert [f for f in _findings([quote, summary], [_doc("d1"), _doc("d2")]) if f.rule == "quotes.wording"] == []


def test_the_same_words_quoted_in_both_are_not_a_paraphrase():
    a = _claim(
        "d1",
        "quote",
        "quote",
        "q",
        {"quote": "the government is deliberately targeting hospitals across the city"},
        event=None,
    )
    b = dataclasses.replace(
        _claim("d2", "organization", "organization", "MSF", {"canonical": "MSF"}, event=None),
        sentence="MSF said “the government is deliberately targeting hospitals across the city”.",
    )
    assert [f for f in _findings([a, b], [_doc("d1"), _doc("d2")]) if f.rule == "quotes.wording"] == []


def test_a_period_total_is_not_set_against_one_incident():
    strike = _count("d1", "dozens of people", 24, 99)
    total = dataclasses.replace(
        _count("d2", "as many as 2,000 civilians", 1000, 2000, unit="civilians"),
        value={
            "low": 1000,
            "high": 2000,
            "best": 1000,
            "qualifier": "as many as",
            "unit": "civilians",
            "period": "in six months",
        },
    )
    assert _verdicts(_findings([strike, total], [_doc("d1"), _doc("d2")])) == []


def test_one_named_victim_is_not_a_toll():
    toll = _count("d1", "dozens of people", 24, 99)
    named = dataclasses.replace(
        _count("d2", "Maaz", 1, 1),
        value={"low": 1, "high": 1, "best": 1, "qualifier": None, "unit": "people", "individual": True},
    )
    assert _verdicts(_findings([toll, named], [_doc("d1"), _doc("d2")])) == []
    other = dataclasses.replace(named, id="c-other", doc="d3")
    assert _verdicts(_findings([named, other], [_doc("d2"), _doc("d3")])) == ["agree"]


def _total(
    doc: str,
    text: str,
    low: int,
    high: int | None,
    attribute: str,
    period: str,
    start: str | None,
    unit: str = "facilities",
) -> Claim:
    claim = _count(doc, text, low, high, attribute=attribute, unit=unit)
    extra = {"period": period} | ({"period_start": start} if start else {})
    return dataclasses.replace(claim, value={**claim.value, **extra})


def test_totals_over_different_periods_are_not_set_against_each_other():
    """13 hospitals hit since December 2015 and 27 since September 2015 do not contradict each other."""
    since_december = _total("d1", "13 hospitals", 13, 13, "facilities_hit", "since December 2015", "2015-12")
    since_september = _total("d2", "27 hospitals", 27, 27, "facilities_hit", "since September 2015", "2015-09")
    assert _verdicts(_findings([since_december, since_september], [_doc("d1"), _doc("d2")])) == []
    tolls = [
        _total("d1", "246 civilians", 246, None, "deaths", "since April 22", "2016-04-22", unit="civilians"),
        _total("d2", "over 200 civilians", 201, None, "deaths", "in the past week", None, unit="civilians"),
    ]
    assert _verdicts(_findings(tolls, [_doc("d1"), _doc("d2")])) == []


@pytest.mark.parametrize(
    "first, second, verdict",
    [
        # "at least 27 hospitals were targeted since September 2015" vs "attacks on as many as 27 hospitals
        # between September and early March" (undated report: no year): one start, compared
        (
            ("at least 27 hospitals", 27, None, "facilities_hit", "since September 2015", "2015-09"),
            ("as many as 27 hospitals", 13, 27, "attacks", "between September and early March", "--09"),
            "compatible",
        ),
        (
            ("27 hospitals", 27, 27, "facilities_hit", "since September 2015", "2015-09"),
            ("40 hospitals", 40, 40, "facilities_hit", "since September 2015", "2015-09"),
            "conflict",
        ),
        (
            ("246 civilians", 246, 246, "deaths", "since April 22", "2016-04-22"),
            ("246 civilians", 246, 246, "deaths", "since April 22", "2016-04-22"),
            "agree",
        ),
    ],
)
def test_totals_over_the_same_period_are_compared(first, second, verdict):
    claims = [_total("d1", *first), _total("d2", *second)]
    assert _verdicts(_findings(claims, [_doc("d1"), _doc("d2")])) == [verdict]


# --------------------------------------------------------------------------------------------
# The quote check groups claims worded the same; these tests hold it to the pairwise check it
# replaced, written out here as the oracle.


def _pairwise_quote_findings(rule, ctx):
    """The quote check before grouping: every candidate pair of claims blocked and scored alone."""
    from collections import defaultdict

    from verify.compare.context import make_finding
    from verify.compare.quotes import MAX_QUOTE_POSTING, match_quotes, quote_form

    quotes = [
        c
        for c in ctx.clustering.claims
        if c.kind == "quote" and len(quote_form(c).split()) >= ctx.rules.compare.quotes.min_words
    ]
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
                for j in posting[x + 1 :]:
                    candidates[(i, j)] += 1
    out = []
    for i, j in sorted(pair for pair, shared in candidates.items() if shared >= 2):
        a, b = quotes[i], quotes[j]
        if ctx.origin(a) == ctx.origin(b):
            continue
        judged = match_quotes(forms[i], forms[j], ctx.rules)  # the judgement of one pair is not under test here
        if judged is None:
            continue
        if judged.verdict == "agree":
            verdict, summary = "agree", f"The quotation {ctx.cite(a)} is worded the same in {b.doc}."
        else:
            verdict = "altered_quote"
            summary = (
                f"The same quotation is worded differently: {ctx.cite(a)} vs {ctx.cite(b)} "
                f"({judged.similarity:.0f}% alike)."
            )
        finding = make_finding(
            rule, verdict, "quote", [a, b], summary, event=a.event if a.event == b.event else None, rules=ctx.rules
        )
        if finding is not None:
            out.append(finding)
    return out


_CARRIED = "Where is the outrage among those with the power to stop this carnage?"
_ALTERED = "Where is the outrage among those with the power to stop this slaughter?"


def _many_outlets(outlets: int):
    """``outlets`` documents carrying one quotation word for word (two of them copies of one
    story, one quoting it twice), one altering it, one with an unrelated quotation."""
    docs = [_doc(f"d{n:02d}", f"2016-04-{n % 28 + 1:02d}") for n in range(outlets + 2)]
    claims = [
        _claim(d.id, "quote", "quote", f"q{d.id}", {"quote": _CARRIED}, event="e1" if n % 3 else None)
        for n, d in enumerate(docs[:outlets])
    ]
    claims.append(_claim("d00", "quote", "quote", "again", {"quote": _CARRIED}, event="e1", start=900))
    claims.append(_claim(docs[outlets].id, "quote", "quote", "altered", {"quote": _ALTERED}))
    claims.append(
        _claim(
            docs[outlets + 1].id,
            "quote",
            "quote",
            "other",
            {"quote": "The hospital was struck twice within minutes by outrage among the power"},
        )
    )
    return docs, claims, {"d01": "d00"}


@pytest.mark.parametrize("outlets", [2, 12, 40, 60])
def test_quote_findings_group_the_pairwise_findings_and_drop_no_claim(outlets):
    """One finding per wording carried by several sources and one per pair of wordings; every pair
    of claims the pairwise check flags sits in a grouped finding with its verdict."""
    from verify.compare import Context
    from verify.compare.quotes import MAX_QUOTE_POSTING, check_quote

    rules = load_rules()
    docs, claims, copies = _many_outlets(outlets)
    event = Event(
        "e1", "strike on the hospital", None, None, tuple(sorted({c.doc for c in claims})), tuple(c.id for c in claims)
    )
    clustering = Clustering(tuple(claims), (), (event,), copies)
    ctx = Context(rules, {d.id: d for d in docs}, copies, {c.id: c for c in claims}, clustering, {"e1": event.label})
    rule = next(r for r in rules.active if r.check == "quote")
    grouped = [f for f in check_quote(rule, ctx) if "without quotation marks" not in f.summary]
    carried = {c.id for c in claims if c.value["quote"] == _CARRIED}
    if len(carried) > MAX_QUOTE_POSTING:  # its words are in too many quotations to block on
        assert grouped == _pairwise_quote_findings(rule, ctx) == []
        return
    altered = next(f for f in grouped if f.verdict == "altered_quote")
    assert set(altered.claims) == carried | {next(c.id for c in claims if c.text == "altered")}
    if outlets == 2:  # d00 and its copy d01 are one source: nothing agrees with anything
        assert [f.verdict for f in grouped] == ["altered_quote"]
    else:  # one agree finding, whatever the number of outlets
        assert sorted(f.verdict for f in grouped) == ["agree", "altered_quote"]
        agree = next(f for f in grouped if f.verdict == "agree")
        assert set(agree.claims) == carried and agree.event is None  # some carry it with no event
        assert f"by {outlets - 2} other independent source(s)" in agree.summary  # d01 is d00's copy
    for pair in _pairwise_quote_findings(rule, ctx):  # below the blocking limit: every pair
        assert any(f.verdict == pair.verdict and set(pair.claims) <= set(f.claims) for f in grouped)


def test_a_quotation_quoted_twice_in_one_document_is_one_finding_with_both():
    docs = [_doc("d1"), _doc("d2")]
    claims = [
        _claim("d1", "quote", "quote", "a", {"quote": _CARRIED}, event=None),
        _claim("d1", "quote", "quote", "b", {"quote": _CARRIED}, event=None, start=500),
        _claim("d2", "quote", "quote", "c", {"quote": _ALTERED}, event=None),
    ]
    findings = [f for f in _findings(claims, docs) if f.rule == "quotes.wording"]
    assert [(f.verdict, f.documents, len(f.claims)) for f in findings] == [("altered_quote", ("d1", "d2"), 3)]


def test_one_source_quoting_itself_twice_is_no_finding():
    docs = [_doc("d1"), _doc("d2")]
    claims = [
        _claim("d1", "quote", "quote", "a", {"quote": _CARRIED}, event=None),
        _claim("d2", "quote", "quote", "b", {"quote": _ALTERED}, event=None),
    ]
    assert [f for f in _findings(claims, docs, copies={"d2": "d1"}) if f.rule == "quotes.wording"] == []


def test_a_start_without_a_year_is_the_same_period_as_that_month_with_a_year():
    from verify.compare.figures import same_unit_class

    undated = _total("d1", "27 hospitals", 27, 27, "facilities_hit", "since September", "--09")
    dated = _total("d2", "27 hospitals", 27, 27, "facilities_hit", "since September 2015", "2015-09")
    other_month = _total("d3", "13 hospitals", 13, 13, "facilities_hit", "since December 2015", "2015-12")
    assert same_unit_class(undated, dated) and same_unit_class(dated, undated)
    assert not same_unit_class(undated, other_month) and not same_unit_class(dated, other_month)
    assert not same_unit_class(undated, _count("d4", "27 hospitals", 27, 27, "facilities_hit", unit="facilities"))


def _clock(
    doc: str,
    text: str,
    minutes: int,
    zone: str | None,
    sentence: str,
    *,
    offset: int | None = None,
    approx: str | None = None,
    role: str = "other",
    paired: int | None = None,
) -> Claim:
    start = sentence.index(text)
    value = {
        "original": text,
        "minutes": minutes,
        "zone": zone,
        "utc_offset_minutes": offset,
        "approx": approx,
        "day": None,
        "role": role,
    }
    if paired is not None:
        value["paired_offset_minutes"] = paired
    return Claim(
        Claim.make_id(doc, "time", "clock", start, start + len(text)),
        doc,
        "time",
        "clock",
        text,
        sentence,
        start,
        start + len(text),
        0,
        value,
        event="e1",
    )


def _clock_findings(*claims):
    place = [_claim(d, "place", "place", "Lisbon", {"canonical": "Lisbon"}, start=500) for d in ("d1", "d2")]
    # the extract stage reads "fire" in each sentence as the kind of happening
    place += [
        dataclasses.replace(
            _claim(c.doc, "method", "method", "fire", {"method": "fire"}, start=600),
            sentence=c.sentence,
            sentence_start=c.sentence_start,
        )
        for c in claims
        if "fire" in c.sentence
    ]
    docs = [_doc("d1", "2024-07-03"), _doc("d2", "2024-07-03")]
    event = Event(
        "e1", "fire at the market", "2024-07-03", "Lisbon", ("d1", "d2"), tuple(c.id for c in [*claims, *place])
    )
    clustering = Clustering((*claims, *place), (), (event,), {})
    return [f for f in apply_rules(docs, clustering, load_rules()) if f.rule == "times.same_moment"]


def test_clock_times_of_a_happening_are_compared_after_conversion():
    # Lisbon is UTC+1 in July: 21:40 local is 20:40 UTC, 20 minutes after "8.20pm GMT"
    a = _clock("d1", "21:40 local time", 21 * 60 + 40, "local", "The fire broke out at 21:40 local time.")
    b = _clock("d2", "8.20pm GMT", 20 * 60 + 20, "GMT", "Flames were seen at 8.20pm GMT as the fire spread.", offset=0)
    (finding,) = _clock_findings(a, b)
    assert finding.verdict == "conflict" and [s.label for s in finding.sides] == ["20:20 UTC", "20:40 UTC"]
    same = _clock(
        "d2", "8.40pm GMT", 20 * 60 + 40, "GMT", "Flames were seen at 8.40pm GMT as the fire spread.", offset=0
    )
    assert _clock_findings(a, same) == []  # one moment, written in two zones


def test_an_approximate_clock_time_is_a_difference_of_precision():
    a = _clock("d1", "21:40", 21 * 60 + 40, None, "The fire broke out at 21:40.")
    b = _clock("d2", "about 21:50", 21 * 60 + 50, None, "The fire started at about 21:50.", approx="about")
    (finding,) = _clock_findings(a, b)
    assert finding.verdict == "compatible" and finding.note == "approximate times"


def test_an_approximate_time_to_the_hour_is_rounded_to_the_hour():
    """ "around 10pm" fits 22:20 (it rounds to the hour); "around 9.30pm" does not fit 21:55."""
    a = _clock("d1", "22:20", 22 * 60 + 20, None, "The fire broke out at 22:20.")
    b = _clock("d2", "around 10pm", 22 * 60, None, "The fire started around 10pm.", approx="around")
    (finding,) = _clock_findings(a, b)
    assert finding.verdict == "compatible"
    c = _clock("d1", "21:55", 21 * 60 + 55, None, "The fire broke out at 21:55.")
    d = _clock("d2", "around 9.30pm", 21 * 60 + 30, None, "The fire started around 9.30pm.", approx="around")
    (finding,) = _clock_findings(c, d)
    assert finding.verdict == "conflict"


def test_a_minute_of_silence_and_a_paired_conversion_are_not_the_happening():
    a = _clock("d1", "21:40", 21 * 60 + 40, None, "The fire broke out at 21:40.")
    silence = _clock("d2", "11am", 11 * 60, None, "A minute's silence for those killed in the fire was held at 11am.")
    assert _clock_findings(a, silence) == []
    local = _clock(
        "d2", "21:40 local time", 21 * 60 + 40, "local", "The fire began at 21:40 local time (18:40 GMT).", paired=180
    )
    wrong = _clock("d2", "18:40 GMT", 18 * 60 + 40, "GMT", "The fire began at 21:40 local time (18:40 GMT).", offset=0)
    assert _clock_findings(a, local, wrong) == []  # the outlet's own conversion is no second time


def _event_findings(claims, docs, day):
    event = Event(
        "e1", "explosion at the port", day, None, tuple(sorted({c.doc for c in claims})), tuple(c.id for c in claims)
    )
    return apply_rules(docs, Clustering(tuple(claims), (), (event,), {}), load_rules())


def _weekday(doc: str, name: str, start: int = 200) -> Claim:
    return _claim(
        doc,
        "time",
        "date",
        name,
        {"start": None, "end": None, "weekday": name, "granularity": "day", "role": "statement"},
        start=start,
    )


def _elapsed(doc: str, text: str, days: float, start: int = 300) -> Claim:
    return _claim(
        doc,
        "time",
        "elapsed",
        text,
        {"days": days, "approx": False, "granularity": "span", "role": "elapsed"},
        start=start,
    )


def test_an_undated_report_is_dated_by_the_time_it_says_has_passed():
    # Tuesday 4 August: 73 dead; Friday 7 August: 154; an undated page "four days after the blast",
    # "said on Saturday": 158, the Saturday after — a revision of Friday's figure, not a conflict
    claims = [
        _count("d1", "73", 73, 73),
        _count("d2", "154", 154, 154),
        _count("d3", "158", 158, 158),
        _elapsed("d3", "four days after", 4),
        _weekday("d3", "Saturday"),
    ]
    findings = [
        f
        for f in _event_findings(claims, [_doc("d1", "2020-08-04"), _doc("d2", "2020-08-07"), _doc("d3")], "2020-08-04")
        if f.rule == "figures.interval"
    ]
    assert sorted((f.verdict, [s.said for s in f.sides]) for f in findings if f.verdict != "agree") == [
        ("update", ["2020-08-04", "2020-08-07", "2020-08-08"]),  # one series of revisions, a side per figure
    ]


def test_one_misread_report_does_not_move_an_undated_one():
    # a page whose "5,001 dead" was the injured count sits among dated reports of 73 and 154; the
    # undated report of 149, said "on Friday", is still placed on the Friday of the 154
    claims = [
        _count("d1", "73", 73, 73),
        _count("d2", "5001", 5001, 5001),
        _count("d3", "154", 154, 154),
        _count("d4", "171", 171, 171),
        _count("d5", "149", 149, 149),
        _weekday("d5", "Friday"),
    ]
    docs = [
        _doc("d1", "2020-08-04"),
        _doc("d2", "2020-08-05"),
        _doc("d3", "2020-08-07"),
        _doc("d4", "2020-08-11"),
        _doc("d5"),
    ]
    findings = [f for f in _event_findings(claims, docs, "2020-08-04") if f.rule == "figures.interval"]
    placed = {s.said for f in findings for s in f.sides if s.label == "149"}
    assert placed == {"2020-08-07"}


def test_one_page_giving_two_bodies_figures_sets_them_against_each_other():
    # "the Red Cross's top official said 100 had died, whereas the health minister gave a toll of 80"
    claims = [
        _count("d1", "100", 100, 100, source="the Red Cross's top official"),
        _count("d1", "80", 80, 80, start=40, source="health minister Hamad Hassan"),
    ]
    (finding,) = [f for f in _findings(claims, [_doc("d1", "2020-08-05")]) if f.rule == "figures.interval"]
    assert finding.verdict == "conflict"
    unnamed = [_count("d1", "100", 100, 100), _count("d1", "80", 80, 80, start=40)]
    assert [
        f
        for f in _findings(unnamed, [_doc("d1", "2020-08-05")])
        if f.rule == "figures.interval" and f.verdict != "agree"
    ] == []


def _updates(findings) -> list[list[str]]:
    return sorted(
        [s.label for s in f.sides] for f in findings if f.rule == "figures.interval" and f.verdict == "update"
    )


def test_a_misprint_between_two_reports_is_no_step_of_the_revisions():
    # 135 on Wednesday, a page's "more than 5,000 were killed" on Thursday (the injured count), 149
    # on Friday: 135 -> 149 is the revision; the misprint revises nothing and is revised by nothing
    claims = [_count("d1", "135", 135, 135), _count("d2", "5,001", 5001, 5001), _count("d3", "149", 149, 149)]
    docs = [_doc("d1", "2020-08-05"), _doc("d2", "2020-08-06"), _doc("d3", "2020-08-07")]
    assert _updates(_event_findings(claims, docs, "2020-08-04")) == [["135", "149"]]


def test_a_page_s_lower_figure_beside_its_toll_is_no_revision():
    # a page gives "around 80" dead and "at least 60 died in the upper flats" (investigators): the
    # earlier 79 rose to 80; it was not revised down to 60
    claims = [
        _count("d1", "79", 79, 79),
        _count("d2", "80", 80, 80),
        _count("d2", "60", 60, None, start=40, source="investigators"),
    ]
    docs = [_doc("d1", "2017-06-19"), _doc("d2", "2017-06-28")]
    assert _updates(_event_findings(claims, docs, "2017-06-14")) == [["79", "80"]]


def test_an_inferred_day_orders_figures_but_sets_none_against_another():
    # the ministry's 154 on a dated page; an undated page's 149 "said on Friday" by the authorities,
    # placed on that Friday: a step of the sequence, not two bodies at odds the same day
    claims = [
        _count("d1", "73", 73, 73),
        _count("d2", "154", 154, 154, source="the health minister"),
        _count("d3", "149", 149, 149, source="the authorities"),
        _weekday("d3", "Friday"),
    ]
    docs = [_doc("d1", "2020-08-04"), _doc("d2", "2020-08-07"), _doc("d3")]
    findings = _event_findings(claims, docs, "2020-08-04")
    assert not [f for f in findings if f.rule == "figures.interval" and f.verdict == "conflict"]


def test_an_undated_page_s_date_without_a_year_is_read_in_the_story_s_year():
    # an undated page: "the agency said on August 6 that 154 had died" (no year written); the story
    # is of 4 August 2020, so that is 6 August 2020: a revision of 73, revised to 158 two days later
    said = _claim(
        "d2",
        "time",
        "date",
        "August 6",
        {"start": None, "end": None, "granularity": "day", "month_day": "--08-06", "role": "statement"},
        start=0,
    )
    claims = [_count("d1", "73", 73, 73), _count("d2", "154", 154, 154), said, _count("d3", "158", 158, 158)]
    docs = [_doc("d1", "2020-08-04"), _doc("d2"), _doc("d3", "2020-08-08")]
    findings = [f for f in _event_findings(claims, docs, "2020-08-04") if f.rule == "figures.interval"]
    assert sorted([s.said for s in f.sides] for f in findings if f.verdict == "update") == [
        ["2020-08-04", "2020-08-06", "2020-08-08"],
    ]


def test_a_day_said_months_before_the_story_is_a_slip_not_next_year():
    # "the agency reported January 17" in a story of 6 February: no year puts it in the story's time
    # (next January is eleven months on), so it dates nothing; "January 2" in a story of 30
    # December is three days on, in the next year
    from verify.compare.context import in_the_story_s_year

    def said(month_day):
        return _claim(
            "d2",
            "time",
            "date",
            month_day,
            {"start": None, "end": None, "granularity": "day", "month_day": month_day, "role": "statement"},
        )

    slip = in_the_story_s_year([said("--01-17")], date(2023, 2, 6), True, 183)
    assert slip[0].value.get("start") is None
    turn = in_the_story_s_year([said("--01-02")], date(2022, 12, 30), True, 183)
    assert turn[0].value.get("start") == "2023-01-02"


def test_one_undated_page_giving_two_bodies_figures_still_sets_them_against_each_other():
    # the page is placed on its Wednesday by inference; its two bodies' figures are still said together
    claims = [
        _count("d0", "73", 73, 73),
        _count("d1", "100", 100, 100, source="the Red Cross's top official"),
        _count("d1", "80", 80, 80, start=40, source="health minister Hamad Hassan"),
        _weekday("d1", "Wednesday"),
    ]
    findings = _event_findings(claims, [_doc("d0", "2020-08-04"), _doc("d1")], "2020-08-04")
    assert [
        sorted(s.label for s in f.sides) for f in findings if f.rule == "figures.interval" and f.verdict == "conflict"
    ] == [["100", "80"]]


def test_vague_words_beside_several_stated_figures_are_no_difference_of_precision():
    # "thousands" injured beside 4,000 and 5,000 tells nothing; "dozens" beside a lone "more than 50" does
    claims = [
        _count("d1", "thousands", 2000, 9999, attribute="injured"),
        _count("d2", "4,000", 4000, 4000, attribute="injured"),
        _count("d3", "5,000", 5000, 5000, attribute="injured"),
    ]
    claims = [
        dataclasses.replace(c, value={**c.value, "vague": "thousands"}) if c.text == "thousands" else c for c in claims
    ]
    docs = [_doc("d1", "2020-08-05"), _doc("d2", "2020-08-05"), _doc("d3", "2020-08-06")]
    assert not [f for f in _event_findings(claims, docs, "2020-08-04") if f.verdict == "compatible"]
    lone = [
        dataclasses.replace(
            _count("d1", "dozens", 24, 99),
            value={"low": 24, "high": 99, "best": 24, "vague": "dozens", "unit": "people"},
        ),
        _count("d2", "more than 50", 51, None),
    ]
    assert [f.verdict for f in _findings(lone, [_doc("d1"), _doc("d2")]) if f.rule == "figures.interval"] == [
        "compatible"
    ]


def test_an_undated_page_is_placed_where_its_tolls_fit_every_scope():
    """A story told in two countries: an undated page giving 250 dead in one and 26 in the other
    fits the first country's reports anywhere between its first (100) and last (300), but the
    second's only on the third day (25 then, 30 the next): it is placed there."""
    from datetime import datetime

    from verify.compare.timeline import Entry, Moment, infer_moments

    def entry(doc: str, best: int, day: int | None) -> Entry:
        at = datetime(2023, 2, day, 12) if day else None
        return Entry(
            _count(doc, str(best), best, best), Moment(at, "day" if at else "none", "document" if at else "none"), None
        )

    first = [entry("d1", 100, 6), entry("d4", 300, 9), entry("x", 250, None)]
    second = [entry("d1", 10, 6), entry("d2", 20, 7), entry("d3", 25, 8), entry("d4", 30, 9), entry("x", 26, None)]
    both = infer_moments([first, second], {}, date(2023, 2, 6))
    assert both["x"].at is not None and both["x"].at.date() == date(2023, 2, 8)
    alone = infer_moments([first], {}, date(2023, 2, 6))
    assert alone["x"].at is not None and alone["x"].at.date() == date(2023, 2, 6)


def test_areas_of_control_are_timelines_of_their_own():
    """The rescuers count the rebel-held north (21, then 38), the ministry the government-held
    areas (24, then 59): each body revises its own area's toll, and the rescuers' 38 beside the
    ministry's 24 on one day is no conflict. The ministry's figure that names no area is of its
    area; an area named without its country is in the country the event gives it for."""

    def counted(doc, best, start, area=None, where=None, source=None):
        c = _count(doc, str(best), best, best, start=start, source=source)
        value = {**c.value, **({"area": area} if area else {}), **({"where": where} if where else {})}
        return dataclasses.replace(c, value=value)

    claims = [
        counted("d1", 21, 0, "rebel", "Syria", "the rescue group"),
        counted("d1", 24, 40, "government", "Syria", "the health ministry"),
        counted("d2", 38, 0, "rebel", None, "the rescue group"),
        counted("d2", 59, 40, None, "Syria", "Syria's health ministry"),
    ]
    docs = [_doc("d1", "2023-03-01"), _doc("d2", "2023-03-02")]
    findings = [f for f in _event_findings(claims, docs, "2023-03-01") if f.rule == "figures.interval"]
    got = sorted((f.verdict, sorted(s.label for s in f.sides)) for f in findings if f.verdict != "agree")
    assert got == [("update", ["21", "38"]), ("update", ["24", "59"])]


def test_an_undated_page_is_no_earlier_than_a_day_it_says_something_was_said_on():
    """The ministry gave 500 on the first day and revised it down to 471 the next; an undated page
    giving 471 fits the count's rise best on the first day, but it says the ministry spoke "on
    Wednesday": it is placed on the Wednesday."""
    from datetime import datetime

    from verify.compare.timeline import Entry, Moment, infer_moments

    def entry(doc: str, best: int, day: int | None) -> Entry:
        at = datetime(2023, 10, day, 12) if day else None
        return Entry(
            _count(doc, str(best), best, best), Moment(at, "day" if at else "none", "document" if at else "none"), None
        )

    series = [[entry("d1", 500, 17), entry("d2", 471, 18), entry("d3", 480, 19), entry("x", 471, None)]]
    named = {"x": ["Tuesday", "Wednesday"]}  # "the blast late on Tuesday"; "the ministry said on Wednesday"
    free = infer_moments(series, named, date(2023, 10, 17))
    floored = infer_moments(series, named, date(2023, 10, 17), floors={"x": date(2023, 10, 18)})
    assert free["x"].at is not None and free["x"].at.date() == date(2023, 10, 17)
    assert floored["x"].at is not None and floored["x"].at.date() == date(2023, 10, 18)


def test_a_lower_figure_disputing_a_monitor_s_still_takes_the_count_on():
    """The officials' count runs 2,530, 3,377; a monitor puts it at 7,000; the officials then give
    3,688: that disputes the monitor's figure and revises their 3,377. A ministry's 1,414 said
    after 3,377 disputes the monitor too, but revises nothing: the count was past it already."""
    from datetime import datetime, timedelta

    from verify.compare.timeline import Entry, Moment, judge_positions

    def entry(doc: str, best: int, day: int, body: str | None) -> Entry:
        return Entry(_count(doc, str(best), best, best), Moment(datetime(2023, 2, day, 12), "day", "document"), body)

    entries = [
        entry("d1", 2530, 9, None),
        entry("d2", 3377, 10, None),
        entry("d3", 7000, 14, "the monitor"),
        entry("d5", 1414, 15, "the ministry"),
        entry("d4", 3688, 16, "officials"),
    ]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(entries, timedelta(minutes=60), cumulative=True)}
    assert {("conflict", 7000, 3688), ("update", 3377, 3688), ("conflict", 7000, 1414)} <= got
    assert not {j for j in got if j[0] == "update" and 1414 in j[1:]}


def test_a_disputed_body_s_figure_is_still_revised_by_its_own_next_one():
    """Officials count 2,530 then 3,377; a monitor says 7,000; officials then 3,688, disputing it;
    ten days later the monitor itself gives 6,760: its own revision down of its 7,000."""
    from datetime import datetime, timedelta

    from verify.compare.timeline import Entry, Moment, judge_positions

    def entry(doc: str, best: int, day: int, body: str | None) -> Entry:
        return Entry(_count(doc, str(best), best, best), Moment(datetime(2023, 2, day, 12), "day", "document"), body)

    entries = [
        entry("d1", 2530, 9, "officials"),
        entry("d2", 3377, 10, "officials"),
        entry("d3", 7000, 14, "the monitor"),
        entry("d4", 3688, 16, "officials"),
        entry("d5", 6760, 24, "the monitor"),
    ]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(entries, timedelta(minutes=60), cumulative=True)}
    assert ("conflict", 7000, 3688) in got
    assert ("update", 7000, 6760) in got


def test_two_bodies_overlapping_ranges_are_two_estimates_whenever_said():
    """One agency puts the toll at 40 to 120, another two days later at 90 to 250, while the
    ministry's 310 heads each page: the two ranges are compatible estimates (neither revises the
    other); an "up to" or a range on the same page is no such estimate."""
    from datetime import datetime, timedelta

    from verify.compare.timeline import Entry, Moment, judge_positions

    def entry(doc: str, text: str, low: int, high: int, day: int, body: str | None) -> Entry:
        moment = Moment(datetime(2023, 3, day, 12), "day", "document")
        return Entry(_count(doc, text, low, high), moment, body)

    entries = [
        entry("d1", "310", 310, 310, 4, "the ministry"),
        entry("d1", "40 to 120", 40, 120, 4, "an agency"),
        entry("d2", "310", 310, 310, 6, "the ministry"),
        entry("d2", "90 to 250", 90, 250, 6, "another agency"),
    ]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(entries, timedelta(minutes=60))}
    assert ("compatible", 40, 90) in got
    # the same body's two ranges are its revision, not two estimates
    same = [*entries[:3], entry("d2", "90 to 250", 90, 250, 6, "an agency")]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(same, timedelta(minutes=60))}
    assert ("compatible", 40, 90) not in got


def test_a_group_s_parts_are_compared_and_a_bare_part_is_not():
    """ "four Syrians" among one page's missing and "three Syrians" among another's are figures of
    one group, set against each other; "eight of them" with no group is no figure to compare."""

    def part(doc, attribute, best, group=None):
        c = _count(doc, str(best), best, best, attribute=attribute)
        return dataclasses.replace(c, value={**c.value, "part": True, **({"group": group} if group else {})})

    claims = [
        part("d1", "missing_syrians", 4, "syrians"),
        part("d2", "missing_syrians", 3, "syrians"),
        part("d1", "deaths_part", 8),
        part("d2", "deaths_part", 5),
    ]
    docs = [_doc("d1", "2020-08-10"), _doc("d2", "2020-08-10")]
    findings = [f for f in _event_findings(claims, docs, "2020-08-04") if f.rule == "figures.interval"]
    assert {f.attribute for f in findings if f.verdict != "agree"} == {"missing_syrians"}


def test_a_live_page_takes_the_count_on_from_its_lowest_entry():
    """The count stood at 2,921; a live page then gives 3,703, 4,544 and 5,434 in turn: 2,921 is
    revised by its first entry, 3,703, not only by its last."""
    from datetime import datetime, timedelta

    from verify.compare.timeline import Entry, Moment, judge_positions

    def entry(doc: str, best: int, day: int, start: int = 0, rose: bool = False) -> Entry:
        c = _count(doc, str(best), best, best, start=start)
        if rose:  # "the toll rises to ..."
            c = dataclasses.replace(c, value={**c.value, "revision": {"kind": "rise", "direction": "up"}})
        return Entry(c, Moment(datetime(2023, 2, day, 12), "day", "document"), None)

    entries = [entry("d0", 2316, 6), entry("d1", 2921, 7)]
    entries += [entry("live", b, 8, start=100 * k, rose=k > 0) for k, b in enumerate((3703, 4544, 5434))]
    judged = judge_positions(entries, timedelta(minutes=60), cumulative=True, live=frozenset({"live"}))
    updates = {(j.a.best, j.b.best) for j in judged if j.verdict == "update"}
    assert {(2316, 2921), (2921, 3703), (3703, 4544), (4544, 5434)} <= updates


def test_a_toll_told_as_it_rose_is_one_series_of_revisions():
    """12, then 31, then 64 as bodies are found, then 60 when the ministry corrects its count: one
    update finding, a side per figure in the order said, the note only on the step that needs one."""
    claims = [
        _count("d1", "12", 12, 12, source="the ministry"),
        _count("d2", "31", 31, 31, source="the ministry"),
        _count("d3", "64", 64, 64, source="the ministry"),
        _count("d4", "60", 60, 60, source="the ministry"),
    ]
    docs = [_doc("d1", "2016-04-27"), _doc("d2", "2016-04-28"), _doc("d3", "2016-04-29"), _doc("d4", "2016-04-30")]
    (series,) = [f for f in _findings(claims, docs) if f.rule == "figures.interval" and f.verdict != "agree"]
    assert series.verdict == "update"
    assert [s.label for s in series.sides] == ["12", "31", "64", "60"]
    assert [s.said for s in series.sides] == ["2016-04-27", "2016-04-28", "2016-04-29", "2016-04-30"]
    assert "12 → 31 → 64 → 60" in series.summary and "revised 3 times" in series.summary
    assert series.note == "revised down: 64 → 60"


def test_a_method_or_blame_set_in_another_country_is_no_position_on_the_event():
    """A story about a strike in Aleppo mentions a raid in another country: that raid's method and
    doer are no side of the Aleppo event's method or blame (``compare.elsewhere``)."""
    event = Event("e1", "strike on the hospital", "2016-04-27", "Aleppo", ("d1", "d2"), ())
    claims = [
        _claim("d1", "method", "method", "shelled", {"method": "shelling"}),
        _claim("d2", "method", "method", "shelling", {"method": "shelling"}),
        _claim("d2", "method", "method", "air raid", {"method": "air_strike", "where": "Yemen"}, start=300),
        _claim("d1", "attribution", "perpetrator", "rebels", {"actor": "rebels", "stance": "asserted"}, start=400),
        _claim(
            "d2",
            "attribution",
            "perpetrator",
            "Saudi-led coalition",
            {"actor": "Saudi-led coalition", "stance": "asserted", "where": "Yemen"},
            start=500,
        ),
    ]
    clustering = Clustering(tuple(claims), (), (dataclasses.replace(event, claims=tuple(c.id for c in claims)),), {})
    findings = apply_rules([_doc("d1"), _doc("d2")], clustering, load_rules())
    assert not [f for f in findings if f.verdict == "conflict"]
    # without the other country, the raid is a side again
    moved = [dataclasses.replace(c, value={k: v for k, v in c.value.items() if k != "where"}) for c in claims]
    clustering = Clustering(tuple(moved), (), (dataclasses.replace(event, claims=tuple(c.id for c in moved)),), {})
    assert {
        f.attribute for f in apply_rules([_doc("d1"), _doc("d2")], clustering, load_rules()) if f.verdict == "conflict"
    } == {
        "method",
        "perpetrator",
    }


def _variants(kind, *written):
    """The variant findings on one entity written each way by its own document."""
    from verify.models import Entity, Variant

    claims = [
        _claim(f"d{i}", kind, kind, text, {"name": text, "canonical": text, "key": text.lower()}, event=None)
        for i, text in enumerate(written)
    ]
    entity = Entity(
        "n1", kind, written[0], written[0].lower(), tuple(Variant(c.text, c.doc, c.start, c.end, c.id) for c in claims)
    )
    clustering = Clustering(tuple(claims), (entity,), (), {})
    findings = apply_rules([_doc(f"d{i}") for i in range(len(written))], clustering, load_rules())
    return [f for f in findings if f.verdict == "variant"]


@pytest.mark.parametrize(
    "kind, written, listed",
    [
        ("organization", ("civil defence", "civil defense"), ["civil defence", "civil defense"]),  # a word respelled
        ("facility", ("Rivermead Court", "Rivermeed Court", "Rivermead"), ["Rivermead Court", "Rivermeed Court"]),
        ("organization", ("Harbour Ambulance", "Harbour Ambulance Service"), []),  # a shorter name
        ("organization", ("Metropolitan Police", "Scotland Yard"), []),  # another name of it
        ("organization", ("Syrian government", "government in Syria"), []),  # reworded
    ],
)
def test_a_named_thing_is_a_spelling_variant_only_where_a_word_is_written_two_ways(kind, written, listed):
    found = _variants(kind, *written)
    assert [s.label for f in found for s in f.sides] == listed


@pytest.mark.parametrize(
    "written, severity",
    [
        (("Mohammed Maaz", "Muhammad Waseem Maaz"), "low"),  # a word respelled
        (("Éliane Parenteau", "Eliane Parenteau"), "info"),  # an accent
        (("Rose Roussos", "Saffie Rose Roussos"), "info"),  # a given name more
        (("Brenton Tarrant", "Brenton Harrison Tarrant"), "info"),  # a middle name more
    ],
)
def test_a_person_s_fuller_name_is_a_trivial_variant(written, severity):
    (found,) = _variants("person", *written)
    assert sorted(s.label for s in found.sides) == sorted(written) and found.severity == severity


def test_a_figure_a_page_gives_in_two_scopes_belongs_where_it_is_the_page_s_only_one():
    """One page's headline puts the two countries' toll (900) on Peru; its body gives Peru's own 310
    and the 900 for Peru and Chile. Peru's timeline reads 250, 310, 420 — the 900 is no figure of it."""

    def toll(doc, value, where, start):
        c = _count(doc, str(value), value, value, start=start)
        return dataclasses.replace(c, value={**c.value, "where": where})

    claims = [
        toll("d1", 250, "Peru", 0),
        toll("d1", 140, "Chile", 50),
        toll("d2", 900, "Peru", 0),  # the headline's misplaced copy
        toll("d2", 310, "Peru", 50),
        toll("d2", 900, "Chile+Peru", 100),
        toll("d3", 420, "Peru", 0),
        toll("d3", 1200, "Chile+Peru", 50),
    ]
    docs = [_doc("d1", "2021-03-01"), _doc("d2", "2021-03-02"), _doc("d3", "2021-03-03")]
    peru = [
        f
        for f in _event_findings(claims, docs, "2021-03-01")
        if f.rule == "figures.interval" and f.verdict != "agree" and "Peru" in f.summary and "Chile" not in f.summary
    ]
    assert [(f.verdict, [s.label for s in f.sides]) for f in peru] == [("update", ["250", "310", "420"])]


def test_a_body_named_as_the_group_is_the_one_the_page_named_before():
    """The rescue service put the toll at 80 ... "200 were hurt, the group said": the 200 is the
    rescue service's (``compare.figures.standing_for``); "the group" far down the page stays as written."""
    from verify.compare import Context

    first = dataclasses.replace(_count("d1", "80", 80, 80, start=0), cited_source="The rescue service")
    group = dataclasses.replace(_count("d1", "200", 200, 200, start=120, attribute="injured"), cited_source="the group")
    far = dataclasses.replace(_count("d1", "7", 7, 7, start=2000, attribute="injured"), cited_source="the group")
    claims = [first, group, far]
    ctx = Context(
        load_rules(), {"d1": _doc("d1")}, {}, {c.id: c for c in claims}, Clustering(tuple(claims), (), (), {})
    )
    from verify.compare.figures import figure_bodies

    assert figure_bodies(claims, ctx) == {
        first.id: "The rescue service",
        group.id: "The rescue service",
        far.id: "the group",
    }


def test_a_body_s_figure_with_no_area_is_of_the_area_its_other_figures_are_given_for():
    """The civil defence counts the dead of the rebel-held north; its injured figure that names no
    place is of that area too, and rises there. A body's second figure on a page that gives its
    area's own figure of the same count is wider: the UN's 4,400 for the north beside its 6,000."""

    def toll(doc, value, attribute, start, body, where=None, area=None):
        c = _count(doc, str(value), value, value, start=start, attribute=attribute)
        extra = {k: v for k, v in (("where", where), ("area", area)) if v}
        return dataclasses.replace(c, value={**c.value, **extra}, cited_source=body)

    claims = [
        toll("d1", 380, "deaths", 0, "the civil defence", "Syria", "rebel"),
        toll("d1", 1000, "injured", 100, "the civil defence"),
        toll("d2", 2000, "injured", 0, "the civil defence", "Syria", "rebel"),
        toll("d2", 700, "deaths", 100, "the civil defence", "Syria", "rebel"),
        toll("d3", 4400, "deaths", 0, "the UN", "Syria", "rebel"),
        toll("d3", 6000, "deaths", 100, "the UN", "Syria"),
    ]
    docs = [_doc("d1", "2023-02-06"), _doc("d2", "2023-02-07"), _doc("d3", "2023-02-08")]
    found = {
        (f.attribute, tuple(s.label for s in f.sides))
        for f in _event_findings(claims, docs, "2023-02-06")
        if f.rule == "figures.interval" and f.verdict == "update" and "rebel-held" in f.summary
    }
    assert found == {("injured", ("1000", "2000")), ("deaths", ("380", "700", "4400"))}


def test_a_figure_first_told_in_words_is_made_precise_by_the_first_in_numbers():
    """An early page says only "hundreds" were wounded; that day the ministry gives 310, later 330:
    "hundreds" -> 310 is an update of its own (the series stays in numbers). A page that says
    "hundreds" beside a number of its own, or says it after the numbers, revises nothing."""

    def vague(doc: str, text: str, low: int, high: int) -> Claim:
        c = _count(doc, text, low, high, attribute="injured")
        return dataclasses.replace(c, value={**c.value, "vague": True})

    claims = [
        vague("early", "hundreds", 200, 999),
        _count("d2", "310", 310, 310, attribute="injured", source="the ministry"),
        _count("d3", "330", 330, 330, attribute="injured", source="the ministry"),
        vague("late", "several hundred", 300, 900),
    ]
    docs = [_doc("early", "2023-10-18"), _doc("d2", "2023-10-18"), _doc("d3", "2023-10-19"), _doc("late", "2023-10-20")]
    updates = [f for f in _findings(claims, docs) if f.rule == "figures.interval" and f.verdict == "update"]
    precise = [f for f in updates if "made precise" in f.summary]
    assert [[s.label for s in f.sides] for f in precise] == [["200–999", "310"]]
    assert [s.documents for s in precise[0].sides] == [("early",), ("d2",)]
    assert precise[0].note == "first told in words, then in numbers"
    assert [[s.label for s in f.sides] for f in updates if f not in precise] == [["310", "330"]]
    # the same page giving a number of its own: its "hundreds" is no first telling
    numbered = [*claims[:3], _count("early", "250", 250, 250, attribute="injured", start=50)]
    assert not [f for f in _findings(numbered, docs) if "made precise" in f.summary]
    # a count of things first told in words is no toll's telling: no finding
    things = [dataclasses.replace(c, attribute="buildings_collapsed") for c in claims]
    assert not [f for f in _findings(things, docs) if "made precise" in f.summary]
    assert [f for f in _findings(things, docs) if f.verdict == "update"]


def test_a_method_one_source_only_tells_more_precisely_is_info(rules):
    """ "bombs" beside "explosive material": one says more, nobody disagrees (``compare.severity``)."""
    assert rules.compare.severity.severity_for("compatible", "method", "low") == "info"
    assert rules.compare.severity.severity_for("compatible", "deaths", "low") == "low"
    assert rules.compare.severity.severity_for("conflict", "method", "medium") == "high"


def test_one_number_qualified_differently_the_same_day_is_no_rise_and_no_dispute():
    """The ministry's "nearly 500" and "500" and the UN's "more than 500", all said on one day, write
    one number with other qualifiers: compatible, neither a rise nor a conflict. The next day's
    "more than 500" after "500" is a rise; other numbers the same day still disagree."""
    from datetime import datetime, timedelta

    from verify.compare.timeline import Entry, Moment, judge_positions

    def entry(doc: str, text: str, low: int, high: int | None, stated: int, day: int, body: str) -> Entry:
        c = _count(doc, text, low, high)
        qualifier = text.rsplit(" ", 1)[0] if " " in text else None
        value = {**c.value, "qualifier": qualifier, **({"stated": stated} if qualifier else {})}
        if qualifier == "nearly":
            value["best"] = high
        return Entry(dataclasses.replace(c, value=value), Moment(datetime(2024, 5, day, 12), "day", "document"), body)

    same_day = [
        entry("d1", "nearly 500", 400, 499, 500, 2, "the ministry"),
        entry("d2", "500", 500, 500, 500, 2, "the ministry"),
        entry("d3", "more than 500", 501, None, 500, 2, "the UN"),
    ]
    got = {(j.verdict, j.a.best, j.b.best, j.one_number) for j in judge_positions(same_day, timedelta(minutes=60))}
    assert got == {("compatible", 499, 500, True), ("compatible", 499, 501, True), ("compatible", 500, 501, True)}

    next_day = [same_day[1], entry("d4", "more than 500", 501, None, 500, 3, "the ministry")]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(next_day, timedelta(minutes=60))}
    assert got == {("update", 500, 501)}

    other = [same_day[1], entry("d5", "more than 700", 701, None, 700, 2, "the UN")]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(other, timedelta(minutes=60))}
    assert got == {("conflict", 500, 701)}


@pytest.mark.parametrize(
    "said_on, expected",
    [
        # "said on Tuesday evening" on a page stamped that Tuesday at 18:05: said by 18:05
        ("2025-03-11", ("2025-03-11T18:05", "minute", "document")),
        # "said on Monday" on that page: Monday's statement, to the day
        ("2025-03-10", ("2025-03-10", "day", "statement")),
    ],
)
def test_a_statement_s_day_is_read_to_the_page_s_minute_when_it_is_the_page_s_day(said_on, expected):
    from verify.compare.timeline import entries_of

    count = _count("d1", "19", 19, 19)
    said = Claim(
        "t1", "d1", "time", "date", "on Tuesday", count.sentence, 30, 40, count.sentence_start,
        {"role": "statement", "start": said_on, "end": said_on, "granularity": "day"},
    )  # fmt: skip
    documents = {"d1": _doc("d1", "2025-03-11T18:05:00+00:00")}
    (entry,) = entries_of([count], documents, [said])
    assert (entry.moment.iso(), entry.moment.precision, entry.moment.source) == expected


def test_an_approximate_figure_near_another_said_at_once_is_the_same_figure_rounded():
    """ "Around 230 homes" and "231 homes" the same day: one figure rounded (within
    compare.figures.rounding), compatible and no rise of 230 -> 231; "more than 4,000" and "around
    5,000" the same day are two figures, and the toll rose."""
    from datetime import datetime, timedelta

    from verify.compare.timeline import Entry, Moment, judge_positions

    def entry(doc: str, text: str, low: int, high: int | None, best: int, day: int) -> Entry:
        c = _count(doc, text, low, high)
        qualifier = text.rsplit(" ", 1)[0] if " " in text else None
        value = {**c.value, "best": best, "qualifier": qualifier, **({"stated": best} if qualifier else {})}
        return Entry(dataclasses.replace(c, value=value), Moment(datetime(2025, 8, day, 12), "day", "document"), None)

    rounded = [
        entry("d1", "210", 210, 210, 210, 5),
        entry("d2", "around 230", 184, 276, 230, 6),
        entry("d3", "231", 231, 231, 231, 6),
    ]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(rounded, timedelta(minutes=60), rounding=0.02)}
    assert ("compatible", 230, 231) in got and ("update", 210, 230) in got
    assert not [j for j in got if j[0] == "update" and {j[1], j[2]} == {230, 231}]
    # without the setting, 230 -> 231 is read as a rise
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(rounded, timedelta(minutes=60))}
    assert ("update", 230, 231) in got

    apart = [entry("d1", "more than 4,000", 4001, None, 4001, 5), entry("d2", "around 5,000", 4000, 6000, 5000, 5)]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(apart, timedelta(minutes=60), rounding=0.02)}
    assert ("update", 4001, 5000) in got


def _toll(doc: str, best: int, at, body: str | None, low: int | None = None, high: int | None = None, **value):
    """A deaths entry of a timeline: ``best`` (or ``low``..``high``) said at ``at`` on ``body``'s word."""
    from verify.compare.timeline import Entry, Moment

    c = _count(doc, str(best), best if low is None else low, best if high is None and low is None else high)
    c = dataclasses.replace(c, value={**c.value, "best": best, **value})
    return Entry(c, Moment(at, "day", "document"), body)


def test_a_toll_said_as_risen_is_the_revision_of_a_lower_one_said_that_day():
    """The fire service's "at least 8" at dawn and the governor's "rose to 15" the same day: the 15
    is said as risen, so the 8 is what it rose from — an update, though two bodies give them. A range
    another body gives that day ("50 to 150") is an assessment: still set against the risen toll."""
    from datetime import datetime, timedelta

    from verify.compare.timeline import judge_positions

    day = datetime(2025, 6, 3, 12)
    risen = {"revision": {"direction": "up", "cue": "rose", "kind": "rise", "earlier": None}}
    entries = [
        _toll("wire", 8, day, "the fire service", low=8, high=None, qualifier="at least", stated=8),
        _toll("daily", 15, day, "the governor", **risen),
    ]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(entries, timedelta(minutes=60), cumulative=True)}
    assert got == {("update", 8, 15)}

    plain = [entries[0], _toll("daily", 15, day, "the governor")]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(plain, timedelta(minutes=60), cumulative=True)}
    assert got == {("conflict", 8, 15)}  # without "rose", two bodies the same day disagree

    ranged = [
        _toll("intel", 100, day, "US intelligence", low=50, high=150),
        _toll("daily", 471, day, "the ministry", **risen),
    ]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(ranged, timedelta(minutes=60), cumulative=True)}
    assert got == {("conflict", 100, 471)}


def test_a_lone_top_figure_the_later_reports_go_back_below_is_disputed():
    """23 (the ministry), then one agency's 32, then the next day's report back at 23: the 32 is no
    step the toll took but a figure disputed by what was said after it. Had a later report given 32
    or more, or had the agency revised its own figure, it would stand."""
    from datetime import datetime, timedelta

    from verify.compare.timeline import judge_positions

    entries = [
        _toll("post", 15, datetime(2025, 6, 3, 12), "the governor"),
        _toll("post2", 23, datetime(2025, 6, 4, 12), "the ministry"),
        _toll("agency", 32, datetime(2025, 6, 4, 12), None),
        _toll("local", 23, datetime(2025, 6, 5, 12), None),
    ]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(entries, timedelta(minutes=60), cumulative=True)}
    assert got == {("update", 15, 23), ("conflict", 32, 23)}

    confirmed = [*entries, _toll("later", 34, datetime(2025, 6, 5, 18), None)]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(confirmed, timedelta(minutes=60), cumulative=True)}
    assert ("conflict", 32, 23) not in got and ("update", 23, 32) in got


def test_figures_of_one_day_stamped_to_the_minute_go_in_the_order_said():
    """Missing: "about 30" at 07:15 and 19 at 18:30 the same day, then 12 the next: the count fell
    30 -> 19 -> 12. Without the minutes, a day's figures are taken lowest first."""
    from datetime import datetime, timedelta

    from verify.compare.timeline import Entry, Moment, judge_positions

    def missing(doc: str, best: int, at: datetime, precision: str) -> Entry:
        c = _count(doc, str(best), best, best, attribute="missing")
        return Entry(c, Moment(at, precision, "document"), None)  # type: ignore[arg-type]

    stamped = [
        missing("wire", 30, datetime(2025, 6, 3, 7, 15), "minute"),
        missing("daily", 19, datetime(2025, 6, 3, 18, 30), "minute"),
        missing("post", 12, datetime(2025, 6, 4, 9, 0), "minute"),
    ]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(stamped, timedelta(minutes=60))}
    assert ("update", 30, 19) in got and ("update", 19, 12) in got


@pytest.mark.parametrize(
    "attribute, first, second, sources, verdict",
    [
        # a length, a depth, a distance is told, not revised: "up to 4,000 metres" deep, then "more than
        # 4,000 metres" a week on, write one number; 25 metres long, then 40, disagree
        (
            "depth_metres",
            (2000, 4000, "up to", 4000, 4000),
            (4001, None, "more than", 4000, 4001),
            (None, None),
            "compatible",
        ),
        ("metres", (25, 25), (40, 40), (None, None), "conflict"),
        ("depth_metres", (80, 80), (87, 87), ("the navy", "a port official"), "conflict"),
        # ... unless one body gives both: an agency revising its own measurement
        ("depth_metres", (17, 17), (24, 24), ("the survey", "the survey"), "update"),
        # kilometres are counted as told: a storm's distance from the coast moves ("420 km south"
        # the day before landfall, "40 km west" at it), a later figure revises the earlier
        ("km_from_dovrel", (420, 420), (40, 40), ("the met office", "the navy"), "update"),
        # a count of people is revised as before
        ("rescued", (104, 104), (106, 106), (None, None), "update"),
    ],
)
def test_a_measure_is_told_not_revised(attribute, first, second, sources, verdict):
    claims = [
        _count("d1", "first", *first[:2], attribute=attribute, source=sources[0]),
        _count("d2", "second", *second[:2], attribute=attribute, source=sources[1]),
    ]
    for claim, figure in zip(claims, (first, second), strict=True):
        if len(figure) > 2:  # as written: "up to 4,000", "more than 4,000"
            claim.value.update(qualifier=figure[2], stated=figure[3], best=figure[4])
    findings = _findings(claims, [_doc("d1", "2016-04-20"), _doc("d2", "2016-04-27")])
    assert _verdicts(findings) == [verdict]


def test_a_page_s_few_earlier_deaths_beside_its_feared_toll_are_no_step_of_the_toll():
    # one page: "three had already died aboard" and "hundreds are feared drowned"; the others count 5
    # then 6 dead: the page's three are a part of its dead, no revision down (5 -> 3 -> 6) nor a dispute
    feared = _count("d2", "hundreds", 200, 999, start=50)
    feared.value.update(status="presumed", vague="hundreds")
    claims = [
        _count("d1", "5", 5, 5),
        _count("d2", "three", 3, 3),
        feared,
        _count("d3", "6", 6, 6),
    ]
    findings = _findings(claims, [_doc("d1", "2016-04-20"), _doc("d2", "2016-04-21"), _doc("d3", "2016-04-22")])
    three = claims[1].id
    assert not [f for f in findings if three in f.claims]
    assert "update" in _verdicts(findings)


def test_a_group_counted_apart_is_one_count_whatever_its_noun():
    """ "four gunmen" (fighters) and "four attackers" (people) are one count of the attackers, set
    apart from the toll: corroborated by three sources, never a lone source's figure of the dead."""
    claims = [_count(f"d{i}", f"{n} people", n, n) for i, n in ((1, 26), (2, 26), (3, 26))]
    for i, (text, unit) in enumerate(
        (("four gunmen", "fighters"), ("four attackers", "people"), ("Four attackers", "people"))
    ):
        c = _count(f"d{i + 1}", text, 4, 4, start=50, unit=unit)
        claims.append(dataclasses.replace(c, value={**c.value, "group": "attackers"}))
    findings = _findings(claims, [_doc(f"d{i}", "2016-04-27") for i in (1, 2, 3)])
    agreed = {f.attribute for f in findings if f.verdict == "agree"}
    assert {"deaths", "deaths_attackers"} <= agreed
    assert not [f for f in findings if f.verdict in ("uncorroborated", "conflict", "update")]


@pytest.mark.parametrize("with_toll", [True, False])
def test_one_family_s_dead_are_compared_apart_from_the_toll(with_toll):
    """ "Eleven members of a single family were confirmed dead" beside tolls of 40 from three
    outlets is the family's count, no lone source's toll of 11 set against the 40; with no other
    toll in the event, the family's dead are the toll."""
    tolls = [_count(f"d{i}", "40 people", 40, 40) for i in (1, 2, 3)] if with_toll else []
    families = [_count(f"d{i}", "Eleven members", 11, 11, start=80) for i in (1, 2)]
    claims = [*tolls, *(dataclasses.replace(f, value={**f.value, "group": "family"}) for f in families)]
    findings = _findings(claims, [_doc(f"d{i}", "2016-04-27") for i in (1, 2, 3)])
    attributes = {f.attribute for f in findings if families[0].id in f.claims}
    assert attributes == ({"deaths_family"} if with_toll else {"deaths"})
    assert not [f for f in findings if f.verdict in ("conflict", "update")]


def test_a_group_s_claim_is_set_against_the_government_s_accusation_of_another():
    """A wire that reports both the group's own claim and the government's accusation of another
    group reports two bodies at odds: a dispute, beside the accused group's denial of it."""

    def blame(doc: str, actor: str, stance: str, by: str, start: int) -> Claim:
        value = {"actor": actor, "key": actor.lower(), "stance": stance, "by": by}
        return _claim(doc, "attribution", "perpetrator", actor, value, start=start)

    claims = [
        blame("d1", "Saraya al-Nasr", "asserted", "Saraya al-Nasr", 10),
        blame("d1", "Eastern Liberation Movement", "accused", "government", 60),
        blame("d1", "Eastern Liberation Movement", "denied", "Eastern Liberation Movement", 120),
        blame("d2", "Saraya al-Nasr", "asserted", "Saraya al-Nasr", 10),
        blame("d2", "Eastern Liberation Movement", "accused", "government", 60),
        blame("d3", "Eastern Liberation Movement", "accused", "Ministry", 10),
    ]
    findings = _findings(claims, [_doc(f"d{i}", "2016-04-27") for i in (1, 2, 3)])
    disputes = sorted(f.summary for f in findings if f.verdict == "conflict" and f.attribute == "perpetrator")
    assert len(disputes) == 2
    assert any("Saraya al-Nasr asserted" in s and "Eastern Liberation Movement accused" in s for s in disputes)
    assert any("Eastern Liberation Movement denied" in s for s in disputes)


def test_a_toll_said_risen_on_a_day_rises_from_that_evening_s_lower_figure():
    """A local station's page of 8:40 p.m. gives the governor's 10 dead; a wire quotes a senator
    who "said Tuesday" the toll "has risen to 17": a statement of that day, no hour given, is no
    earlier than the evening page, so 10 -> 17 is the rise, not two bodies at odds."""
    import dataclasses
    from datetime import datetime, timedelta

    from verify.compare.timeline import Entry, Moment, judge_positions

    risen = _count("d2", "17", 17, 17, source="a state senator")
    value = {**risen.value, "status": "reported", "revision": {"direction": "up", "cue": "risen", "kind": "rise"}}
    entries = [
        Entry(_count("d1", "10", 10, 10), Moment(datetime(2025, 4, 15, 20, 40), "minute", "document"), "the governor"),
        Entry(
            dataclasses.replace(risen, value=value), Moment(datetime(2025, 4, 15, 12), "day", "statement"), "a senator"
        ),
    ]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(entries, timedelta(minutes=60), cumulative=True)}
    assert got == {("update", 10, 17)}


def test_states_are_scopes_only_where_figures_are_counted_in_them():
    """A story told state by state ("25 in South Carolina", "17 in Georgia") counts its states apart,
    as countries, Georgia the state; a page naming "Washington" (the US government) and a reporter in
    California tells no story state by state, and Georgia stays a country there."""
    from verify.compare import Context

    def place(doc, name, start):
        return _claim(doc, "place", "place", name, {"name": name, "canonical": name, "key": name.lower()}, start=start)

    def toll(doc, value, where, start):
        c = _count(doc, str(value), value, value, start=start)
        return dataclasses.replace(c, value={**c.value, "where": where})

    def countries(claims):
        ctx = Context(
            load_rules(), {"d1": _doc("d1")}, {}, {c.id: c for c in claims}, Clustering(tuple(claims), (), (), {})
        )
        return ctx.countries

    named = [place("d1", "Washington", 10), place("d1", "California", 40), toll("d1", 40, None, 80)]
    assert "Georgia" in countries(named) and "California" not in countries(named)
    by_state = [toll("d1", 25, "South Carolina", 10), toll("d1", 17, "Georgia", 60)]
    assert {"South Carolina", "Georgia", "California"} <= countries(by_state)


def test_a_neighbourhood_s_share_of_the_city_s_toll_is_no_dispute_of_it():
    """ "In the Mirpala neighbourhood of Dalmora, at least four were killed", on a page whose toll is
    14, is that neighbourhood's share (read as Dalmora+Mirpala), though the event is placed in
    Dalmora: never a side set against the toll beside a hospital's own four on another page."""
    scoped = _count(
        "d1", "at least four protesters", 4, None, start=50, source="the superintendent of Mirpala Hospital"
    )
    claims = [
        _count("d1", "14", 14, 14),
        dataclasses.replace(scoped, value={**scoped.value, "qualifier": "at least", "where": "Dalmora+Mirpala"}),
        _count("d2", "16", 16, 16, source="AFP"),
        _count("d2", "Four people", 4, 4, start=60, source="Dr Lina Hosk"),
    ]
    event = Event("e1", "crowd control in Dalmora", "2025-03-12", "Dalmora", ("d1", "d2"), tuple(c.id for c in claims))
    docs = [_doc("d1", "2025-03-12T16:00:00Z"), _doc("d2", "2025-03-12T18:00:00Z")]
    findings = apply_rules(docs, Clustering(tuple(claims), (), (event,), {}), load_rules())
    assert _verdicts(findings) == ["update"]


def test_unidentified_gunmen_name_no_one_a_group_s_claim_could_dispute():
    """ "unidentified gunmen" opened fire, says one wire; a group claims the attack, says another:
    the gunmen name no one (``attribution.roles.unnamed_words`` before an attacker noun), so the
    group tells who they were, no dispute."""

    def blame(doc: str, actor: str, stance: str, by: str | None) -> Claim:
        value = {"actor": actor, "key": actor.lower(), "stance": stance, "by": by}
        return _claim(doc, "attribution", "perpetrator", actor, value, start=10)

    claims = [
        blame("d1", "unidentified gunmen", "asserted", None),
        blame("d2", "Kestrel Front", "asserted", "Kestrel Front"),
    ]
    findings = _findings(claims, [_doc("d1", "2016-04-27"), _doc("d2", "2016-04-28")])
    assert not [f for f in findings if f.verdict == "conflict" and f.attribute == "perpetrator"]


def test_figures_said_hours_apart_are_not_one_day_s_for_a_later_repeat_known_to_the_day():
    """The minister's 11 missing at 00:30, the police's nine at 18:00 the same day: hours apart, so
    a revision down, not a dispute — though a page three days later, dated only by its day, repeats
    the nine (the precision of the moments the two were first said decides)."""
    from datetime import datetime, timedelta

    from verify.compare.timeline import Entry, Moment, judge_positions

    def entry(doc: str, best: int, at: datetime, precision: str, body: str | None) -> Entry:
        claim = _count(doc, str(best), best, best, attribute="missing")
        return Entry(claim, Moment(at, precision, "document"), body, current=True)

    entries = [
        entry("d1", 11, datetime(2025, 7, 3, 0, 30), "minute", "the minister"),
        entry("d2", 9, datetime(2025, 7, 3, 18, 0), "minute", "the police"),
        entry("d3", 9, datetime(2025, 7, 6, 12), "day", None),
    ]
    got = {(j.verdict, j.a.best, j.b.best) for j in judge_positions(entries, timedelta(minutes=60))}
    assert got == {("update", 11, 9)}


def test_a_plural_s_is_house_style_in_a_spelling():
    """ "Nepali" and "Nepalis", "Trauma Centres" and "Trauma Centre": one trivial form (an ``info``
    variant at most); a letter changed inside a word is not ("Baneshwar", "Baneshwor")."""
    from verify.compare.spelling import trivial_form

    assert trivial_form("Nepali", frozenset()) == trivial_form("Nepalis", frozenset())
    assert trivial_form("Kestrel Trauma Centres", frozenset()) == trivial_form("Kestrel Trauma Centre", frozenset())
    assert trivial_form("New Baneshwar", frozenset()) != trivial_form("New Baneshwor", frozenset())
    assert trivial_form("Voss", frozenset()) == "voss"  # a double s is no plural


@pytest.mark.parametrize(
    "third, conflict",
    [
        # 8 pm GMT on Monday is 01:30 on Tuesday in India: one day, written in two zones
        ("The blaze at the Rampur hospital began at 8 pm GMT on Monday and killed 10 people.", False),
        # ... but a day written with no clock time of another zone is the day it says
        ("The blaze at the Rampur hospital began on Monday and killed 10 people.", True),
    ],
)
def test_a_day_written_in_another_zone_is_the_day_at_the_event_s_place(rules, nlp, third, conflict):
    from verify.models import Corpus, Document
    from verify.run import verify_corpus

    texts = (
        "A fire broke out at a hospital in Rampur, India, at 1.30 am on Tuesday, killing 10 people.",
        "The fire at the Rampur hospital in India started at around 1:30 am IST on Tuesday, killing 10 people.",
        third,
    )
    docs = tuple(
        Document(id=f"d{i}", path=f"d{i}.txt", text=t + "\n", sha256=str(i), published="2024-07-02", source=f"O{i}")
        for i, t in enumerate(texts)
    )
    report, _ = verify_corpus(Corpus(documents=docs, skipped=()), rules, nlp)
    dates = [f for f in report["findings"] if f["attribute"] == "date" and f["verdict"] == "conflict"]
    assert bool(dates) is conflict
    assert not [f for f in report["findings"] if f["attribute"] == "clock" and f["verdict"] == "conflict"]


def test_the_hurt_being_treated_days_later_are_those_in_care_not_the_hurt(rules, nlp):
    """ "Some 120 people were being treated", the day of a bombing, is everyone hurt (it agrees with
    "wounded 120"); "57 people were being treated", two days on, are those still in hospital: no
    revision of the hurt down to 57, no dispute with the 120."""
    from verify.models import Corpus, Document
    from verify.run import verify_corpus

    texts = (
        ("2024-03-05", "A bomb blast at a market in Tarsin killed 30 people and wounded 120 on Tuesday, police said."),
        (
            "2024-03-05",
            "The bombing at the Tarsin market on Tuesday killed 30 people. "
            "Some 120 people were being treated in hospitals, officials said.",
        ),
        (
            "2024-03-07",
            "The toll from Tuesday's bombing at the Tarsin market rose to 33. "
            "Some 57 people were being treated in hospital, doctors said.",
        ),
    )
    docs = tuple(
        Document(id=f"d{i}", path=f"d{i}.txt", text=t + "\n", sha256=str(i), published=day, source=f"O{i}")
        for i, (day, t) in enumerate(texts)
    )
    report, _ = verify_corpus(Corpus(documents=docs, skipped=()), rules, nlp)
    injured = [f for f in report["findings"] if f["attribute"].startswith("injured")]
    assert [f["verdict"] for f in injured] == ["agree"]
    assert not [f for f in report["findings"] if "57" in f["summary"] and f["verdict"] in ("conflict", "update")]
