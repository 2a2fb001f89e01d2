"""End to end on seeds/: provenance, the report contract, the design card's two findings."""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import pytest

from verify.ingest import load_corpus
from verify.report import report_schema
from verify.run import verify_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _claims(report, **match):
    return [c for c in report["claims"] if all(c.get(k) == v for k, v in match.items())]


def test_every_claim_points_at_its_words(seeds_corpus, seeds_report):
    texts = {d.id: d.text for d in seeds_corpus.documents}
    assert len(seeds_report["claims"]) > 100
    for claim in seeds_report["claims"]:
        text = texts[claim["doc"]]
        assert text[claim["start"] : claim["end"]] == claim["text"], claim
        assert text[claim["sentence_start"] : claim["sentence_start"] + len(claim["sentence"])] == claim["sentence"]
        assert (
            claim["sentence_start"] <= claim["start"]
            and claim["end"] <= claim["sentence_start"] + len(claim["sentence"])
            or claim["kind"] == "quote"
        )


def test_report_validates_against_the_schema(seeds_report):
    jsonschema.validate(seeds_report, report_schema())


def test_all_five_seeds_are_read(seeds_report):
    assert [d["id"] for d in seeds_report["documents"]] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert seeds_report["skipped"] == []


def _finding_with(report, verdict, *texts):
    claims = {c["id"]: c for c in report["claims"]}
    for finding in report["findings"]:
        if finding["verdict"] != verdict:
            continue
        worded = " | ".join(claims[c]["text"] for c in finding["claims"])
        if all(t in worded for t in texts):
            return finding
    return None


def test_al_quds_toll_dozens_versus_more_than_50(seeds_report):
    finding = _finding_with(seeds_report, "compatible", "dozens", "more than 50")
    assert finding is not None, [f["summary"] for f in seeds_report["findings"]]
    assert finding["attribute"] == "deaths"
    assert {"001_79cb30fd9b0ce360", "003_55e62f36134bca8e"} <= set(finding["documents"])
    assert finding["rule"] == "figures.interval"


def test_maaz_spelled_two_ways_is_one_person_and_a_variant(seeds_report):
    finding = _finding_with(seeds_report, "variant", "Mohammed Maaz", "Muhammad Waseem Maaz")
    assert finding is not None
    entity = next(e for e in seeds_report["entities"] if e["id"] == finding["entity"])
    assert entity["kind"] == "person"
    spellings = {v["text"] for v in entity["variants"]}
    assert {"Mohammed Maaz", "Muhammad Waseem Maaz", "Maaz"} <= spellings  # a title before a full name is no spelling
    ahmad = [e for e in seeds_report["entities"] if any("Ahmad" in v["text"] for v in e["variants"])]
    assert ahmad and all(e["id"] != entity["id"] for e in ahmad)


def test_shelled_versus_air_strike_is_a_method_conflict(seeds_report):
    finding = _finding_with(seeds_report, "conflict", "shelled", "air strike")
    assert finding is not None and finding["severity"] == "high"


def test_denial_against_assertion_is_a_conflict(seeds_report):
    finding = next(
        (f for f in seeds_report["findings"] if f["verdict"] == "conflict" and f["attribute"] == "perpetrator"), None
    )
    assert finding is not None
    stances = {c["value"]["stance"] for c in seeds_report["claims"] if c["id"] in finding["claims"]}
    assert "denied" in stances


def test_read_more_headlines_are_not_claims(seeds_report):
    for claim in seeds_report["claims"]:
        assert not claim["sentence"].lstrip().upper().startswith("READ MORE")
        assert "Story continues below advertisement" not in claim["sentence"]


def test_same_bytes_in_any_file_order(rules, nlp):
    files = sorted(SEEDS.glob("*.txt"))
    first, _ = verify_corpus(load_corpus(files), rules, nlp)
    shuffled = files[:]
    random.Random(7).shuffle(shuffled)
    second, _ = verify_corpus(load_corpus(shuffled), rules, nlp)
    assert json.dumps(first, sort_keys=False) == json.dumps(second, sort_keys=False)


@pytest.mark.parametrize("verdict", ["conflict", "variant", "compatible"])
def test_findings_name_a_rule_that_exists(seeds_report, verdict):
    described = seeds_report["rules"]["descriptions"]
    for finding in seeds_report["findings"]:
        assert finding["rule"] in described
        assert finding["summary"].endswith(".")


def _event_of(report, doc_prefix: str, words: str) -> dict | None:
    """The event holding the claims of the sentence of ``doc_prefix`` that has ``words``."""
    ids = {c["event"] for c in report["claims"] if c["doc"].startswith(doc_prefix) and words in c["sentence"]}
    ids.discard(None)
    assert len(ids) <= 1, (words, ids)
    return next((e for e in report["events"] if e["id"] in ids), None)


def _docs(event: dict) -> set[str]:
    return {d[:3] for d in event["documents"]}


def test_the_seed_events_are_the_real_happenings(seeds_report):
    strike = _event_of(seeds_report, "000", "footage recovered from a destroyed pediatric hospital")
    assert strike is not None and _docs(strike) == {"000", "001", "003"} and "al-Quds" in strike["label"]
    # "another of the dozens to die in the attack" follows the story it refers back to
    assert _event_of(seeds_report, "000", "A dentist identified as Dr. Mohammed Ahmad") is strike
    clinics = _event_of(seeds_report, "003", "The Al Marjeh Primary Health Care Centre was hit")
    assert clinics is not None and _docs(clinics) == {"001", "003"} and clinics is not strike
    assert _event_of(seeds_report, "004", "Four people were reported dead") is not None


def test_counts_of_attacks_on_health_facilities_since_2015_are_one_event(seeds_report):
    tally = _event_of(seeds_report, "002", "at least 27 hospital were targeted")
    assert tally is not None and _docs(tally) == {"002", "003"}
    assert tally["label"] == "attacks on health facilities reported in Aleppo since September 2015"
    for doc, words in [
        ("002", "at least six deliberate attacks"),
        ("002", "six attacks between December 2015"),
        ("002", "since December 2015 at least 13 hospital"),
        ("002", "The 14 attacks left"),
        ("003", "as many as 27 hospitals and health facilities"),
    ]:
        assert _event_of(seeds_report, doc, words) is tally, words
    # a count since the war began (2011) is another period
    war = _event_of(seeds_report, "002", "since the conflict began, at least 346 attacks")
    assert war is not None and war is not tally


def test_death_tolls_over_different_periods_stay_apart(seeds_report):
    tolls = [
        _event_of(seeds_report, "000", "in Aleppo since April 22"),
        _event_of(seeds_report, "001", "in the past week"),
        _event_of(seeds_report, "003", "died in six months"),
    ]
    assert all(tolls) and len({e["id"] for e in tolls}) == 3


def test_totals_over_different_periods_are_not_a_conflict(seeds_report):
    # 13 hospitals since December 2015 (002) is no contradiction of 27 since September (003) ...
    assert _finding_with(seeds_report, "conflict", "at least 13 hospital") is None
    # ... but 27 since September 2015 (002) and "as many as 27" since September (003) are one period's
    # figure, 27, which two independent sources give
    finding = _finding_with(seeds_report, "agree", "at least 27 hospital", "as many as 27 hospitals")
    assert finding is not None and finding["rule"] == "figures.interval"
