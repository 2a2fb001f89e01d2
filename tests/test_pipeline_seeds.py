"""End to end on seeds/: provenance, the report contract, the design card's two findings."""

from __future__ import annotations

import json
import random

import jsonschema
import pytest

from verify.ingest import load_corpus
from verify.pipeline import verify_corpus
from verify.report import report_schema

from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _claims(report, **match):
    return [c for c in report["claims"] if all(c.get(k) == v for k, v in match.items())]


def test_every_claim_points_at_its_words(seeds_corpus, seeds_report):
    texts = {d.id: d.text for d in seeds_corpus.documents}
    assert len(seeds_report["claims"]) > 100
    for claim in seeds_report["claims"]:
        text = texts[claim["doc"]]
        assert text[claim["start"]:claim["end"]] == claim["text"], claim
        assert text[claim["sentence_start"]:claim["sentence_start"] + len(claim["sentence"])] == claim["sentence"]
        assert claim["sentence_start"] <= claim["start"] and claim["end"] <= claim["sentence_start"] + len(claim["sentence"]) \
            or claim["kind"] == "quote"


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
    assert {"Dr. Mohammed Maaz", "Dr. Muhammad Waseem Maaz"} <= spellings
    ahmad = [e for e in seeds_report["entities"] if any("Ahmad" in v["text"] for v in e["variants"])]
    assert ahmad and all(e["id"] != entity["id"] for e in ahmad)


def test_shelled_versus_air_strike_is_a_method_conflict(seeds_report):
    finding = _finding_with(seeds_report, "conflict", "shelled", "air strike")
    assert finding is not None and finding["severity"] == "high"


def test_denial_against_assertion_is_a_conflict(seeds_report):
    finding = next((f for f in seeds_report["findings"]
                    if f["verdict"] == "conflict" and f["attribute"] == "perpetrator"), None)
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
