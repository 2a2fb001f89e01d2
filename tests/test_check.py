"""Editor mode (verify/check/): drafts checked against the seeds.

The drafts in tests/data/drafts/ were written for these tests: faithful.md says only what the seeds
say; planted.md carries one planted error per verdict; outdated.md is checked against the dated
two-article corpus in tests/data/drafts/revised/.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from verify.check import FAILING_VERDICTS, check_draft, check_to_dict, load_reference
from verify.check.render import render_check_html, render_check_markdown, render_check_terminal, write_check
from verify.cli import EXIT_CHECK_FAILED, EXIT_ERROR, EXIT_OK, main
from verify.ingest import read_draft

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "tests" / "data" / "drafts"
SCHEMA = json.loads((ROOT / "verify" / "schema" / "check.schema.json").read_text(encoding="utf-8"))


def _check(path: Path, report, rules, nlp) -> dict:
    return check_to_dict(check_draft(read_draft(path), report, rules, nlp))


@pytest.fixture(scope="session")
def planted(seeds_report, rules, nlp):
    return _check(DRAFTS / "planted.md", seeds_report, rules, nlp)


@pytest.fixture(scope="session")
def faithful(seeds_report, rules, nlp):
    return _check(DRAFTS / "faithful.md", seeds_report, rules, nlp)


@pytest.fixture(scope="session")
def revised(rules, nlp):
    report = load_reference([DRAFTS / "revised"], rules, nlp)
    return _check(DRAFTS / "outdated.md", report, rules, nlp)


def _verdict(check: dict, text: str) -> dict:
    found = [c for c in check["checks"] if c["claim"]["text"] == text]
    assert found, f"no checked claim “{text}” in {[c['claim']['text'] for c in check['checks']]}"
    return found[0]


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("12 people", "contradicted"),  # al-Quds killed dozens / more than 50
        ("Monday", "contradicted"),  # the sources say Wednesday
        ("Dr. Muhammad Wasim Maaz", "spelling_differs"),
        (
            "This terrible attack has destroyed a vital hospital in Aleppo, the main referral centre for children "
            "in the whole area",
            "altered_quote",
        ),
        ("80 people", "unsupported"),  # no source gives anyone injured at al-Quds
        ("Assad regime", "supported"),
        ("shelled", "supported"),
        ("Muskilda Zancada", "supported"),
    ],
)
def test_planted_errors_get_their_verdict(planted, text, verdict):
    assert _verdict(planted, text)["verdict"] == verdict


def test_planted_details_name_the_sources(planted):
    toll = _verdict(planted, "12 people")
    assert {c["doc"] for c in toll["against"]} >= {"001_79cb30fd9b0ce360", "003_55e62f36134bca8e"}
    assert any(c["value"] == "24–99" for c in toll["against"])
    day = _verdict(planted, "Monday")
    assert {c["value"] for c in day["against"]} == {"Wednesday"}
    name = _verdict(planted, "Dr. Muhammad Wasim Maaz")
    assert name["suggestion"] == "Muhammad Waseem Maaz"
    quote = _verdict(
        planted,
        "This terrible attack has destroyed a vital hospital in Aleppo, the main referral centre "
        "for children in the whole area",
    )
    assert quote["suggestion"].startswith("This devastating attack") and quote["support"][0]["doc"].startswith("001_")
    assert planted["summary"]["failed"] is True


def test_nothing_faithful_is_flagged(faithful):
    flagged = [(c["claim"]["text"], c["verdict"]) for c in faithful["checks"] if c["verdict"] in FAILING_VERDICTS]
    assert flagged == []
    assert faithful["summary"]["failed"] is False
    dozens = _verdict(faithful, "dozens of people")
    assert dozens["verdict"] == "supported" and "001_79cb30fd9b0ce360" in {c["doc"] for c in dozens["support"]}
    assert dozens["sources"] >= 1
    assert _verdict(faithful, "Dr. Muhammad Waseem Maaz")["verdict"] == "supported"
    assert _verdict(faithful, "Friday")["verdict"] == "supported"
    assert _verdict(faithful, "At least 246 civilians")["verdict"] == "supported"


def test_a_revised_toll_makes_the_draft_outdated(revised):
    early = _verdict(revised, "20 people")
    assert early["verdict"] == "outdated"
    assert [c["doc"] for c in early["support"]] == ["early"] and [c["doc"] for c in early["against"]] == ["late"]
    assert _verdict(revised, "25 people")["verdict"] == "contradicted"


@pytest.mark.parametrize(
    "sentence, text, verdict",
    [
        ("The shelling of al-Quds hospital in Aleppo on Wednesday killed 55 people.", "55 people", "more_precise"),
        (
            "The shelling of al-Quds hospital in Aleppo on Wednesday killed dozens of people.",
            "dozens of people",
            "supported",
        ),
        ("The shelling of al-Quds hospital in Aleppo on Wednesday killed five people.", "five people", "contradicted"),
        ("The al-Quds hospital in Aleppo was hit by chlorine gas on Wednesday.", "Wednesday", "supported"),
    ],
)
def test_figures_and_days_against_the_seeds(tmp_path, seeds_report, rules, nlp, sentence, text, verdict):
    draft = tmp_path / "draft.txt"
    draft.write_text(sentence + "\n", encoding="utf-8")
    assert _verdict(_check(draft, seeds_report, rules, nlp), text)["verdict"] == verdict


@pytest.mark.parametrize("fixture", ["planted", "faithful", "revised"])
def test_check_json_follows_its_schema_and_keeps_offsets(request, fixture):
    check = request.getfixturevalue(fixture)
    jsonschema.validate(check, SCHEMA)
    text = check["draft"]["text"]
    for c in check["checks"]:
        assert text[c["claim"]["start"] : c["claim"]["end"]] == c["claim"]["text"]
    assert sum(check["summary"]["verdicts"].values()) == check["summary"]["checked"] == len(check["checks"])


def test_renderers_mark_every_claim_and_escape_the_draft(planted, tmp_path):
    md, html = render_check_markdown(planted), render_check_html(planted)
    assert "**12 people**✗[^" in md and "[^1]:" in md
    assert '<mark class="v-contradicted"' in html and 'title="contradicted' in html
    hostile = json.loads(json.dumps(planted))
    hostile["draft"]["text"] = hostile["draft"]["text"].replace("doctors said", "<script>alert(1)</script>")
    assert "<script>alert" not in render_check_html(hostile)
    assert "\\<script\\>" in render_check_markdown(hostile)
    terminal = render_check_terminal(planted)
    assert "CONTRADICTED" in terminal and "draft:" in terminal and "source:" in terminal
    written = write_check(planted, tmp_path / "out")
    assert [p.name for p in written] == ["check.json", "check.md", "check.html"]
    assert json.loads(written[0].read_text(encoding="utf-8")) == planted
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_cli_exit_codes_with_a_saved_report(seeds_report, tmp_path, capsys):
    saved = tmp_path / "run"
    saved.mkdir()
    (saved / "report.json").write_text(json.dumps(seeds_report), encoding="utf-8")
    out = tmp_path / "chk"
    assert (
        main(["check", str(DRAFTS / "planted.md"), "--against", str(saved / "report.json"), "--out", str(out)])
        == EXIT_CHECK_FAILED
    )
    printed = capsys.readouterr()
    assert "contradicted 2" in printed.out and f"exit code {EXIT_CHECK_FAILED}" in printed.err
    assert (
        main(["check", str(DRAFTS / "faithful.md"), "--against", str(saved), "--out", str(out), "--quiet"]) == EXIT_OK
    )
    assert capsys.readouterr().out == ""
    jsonschema.validate(json.loads((out / "check.json").read_text(encoding="utf-8")), SCHEMA)


def test_cli_errors_are_one_line(tmp_path, capsys):
    bad = tmp_path / "report.json"
    bad.write_text('{"version": "1.0"}', encoding="utf-8")
    assert main(["check", str(DRAFTS / "planted.md"), "--against", str(bad), "--out", str(tmp_path)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "not a verify report" in err and "Traceback" not in err
    assert main(["check", str(tmp_path / "missing.md"), "--against", "seeds"]) == EXIT_ERROR
    assert "draft not found" in capsys.readouterr().err


def test_check_help_ends_with_an_example(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["check", "--help"])
    assert stopped.value.code == 0
    assert "example:" in capsys.readouterr().out[-300:]


def test_a_draft_blaming_an_organisation_by_its_shorter_name_is_supported(tmp_path, rules, nlp):
    # the report keys blame by the organisation entity; editor mode shares that judgement, so the
    # draft's "Islamic Jihad" is the army's "Palestinian Islamic Jihad", not another perpetrator
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        "---\ntitle: Blast at market kills nine\nsource: Alpha News\npublished: 2024-03-02\n---\n"
        "A blast tore through the central market in Ramlet on Friday, killing nine people, officials said.\n\n"
        "The army said Palestinian Islamic Jihad carried out the bombing. The group has fighters in the area.\n",
        encoding="utf-8",
    )
    (corpus / "b.md").write_text(
        "---\ntitle: Nine dead in Ramlet market explosion\nsource: Beta Wire\npublished: 2024-03-02\n---\n"
        "Nine people were killed on Friday when an explosion hit the central market in Ramlet.\n\n"
        "Police blamed a local gang for the attack. Islamic Jihad did not comment.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "draft.md"
    draft.write_text(
        "A bombing at the central market in Ramlet on Friday killed nine people. "
        "The army said Islamic Jihad carried out the bombing.\n",
        encoding="utf-8",
    )
    blame = _verdict(_check(draft, load_reference([corpus], rules, nlp), rules, nlp), "Islamic Jihad")
    assert blame["verdict"] == "supported"
    assert [c["text"] for c in blame["support"]] == ["Palestinian Islamic Jihad"] and blame["against"] == []


def test_a_projection_and_an_earlier_figure_go_on_with_the_draft_s_story(tmp_path, rules, nlp):
    # a sentence that tells no happening of its own ("the governor warned the toll could reach 900")
    # is checked against the story the sentence before it links to; a figure the draft itself tells
    # as replaced ("earlier, ... had put the toll at 120") is borne out by the sources that gave it
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        "---\ntitle: Floods kill 120 in Varsk\nsource: Alpha News\npublished: 2031-09-12\n---\n"
        "Floods swept through the town of Varsk on Sunday night after a dam burst, killing at least 120 people, "
        "the health ministry said.\n\nGovernor Ilya Morant said the toll could reach 900.\n",
        encoding="utf-8",
    )
    (corpus / "b.md").write_text(
        "---\ntitle: Varsk flood toll rises to 410\nsource: Beta Wire\npublished: 2031-09-14\n---\n"
        "The toll from the floods that hit Varsk on Sunday night has risen to 410, the Red Crescent said.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "draft.md"
    draft.write_text(
        "The toll from the floods in Varsk has risen to 410, the Red Crescent said.\n\n"
        "The governor warned that the toll could reach 900. Earlier, the health ministry had put the toll at 120.\n",
        encoding="utf-8",
    )
    check = _check(draft, load_reference([corpus], rules, nlp), rules, nlp)
    assert _verdict(check, "900")["verdict"] == "supported"
    earlier = _verdict(check, "120")
    assert earlier["verdict"] == "supported" and [c["doc"] for c in earlier["support"]] == ["a"]
