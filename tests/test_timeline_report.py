"""End to end: a toll that rises over three days, two bodies disagreeing on the same day, and the
report's first screen (``report.json`` ``timelines``, the per-event glance in Markdown and HTML).

The four articles are our own, about an invented town.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from verify.ingest import load_corpus
from verify.report import write_report
from verify.run import verify_corpus

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "verify" / "schema" / "report.schema.json").read_text(encoding="utf-8")
)

ARTICLES = {
    "01_wire": (
        "Northern Wire",
        "2031-03-03",
        "Fuel depot blast kills 12 in Varnel",
        "At least 12 people were killed on Monday when a fuel depot exploded in the town of Varnel, "
        "the regional governor said.\n\nFirefighters fought the blaze for hours and dozens of homes near "
        "the depot were damaged.",
    ),
    "02_daily": (
        "Varnel Daily",
        "2031-03-04",
        "Varnel depot explosion: toll rises to 31",
        "The death toll from Monday's fuel depot explosion in Varnel has risen to 31, the health ministry "
        "said on Tuesday.\n\nInvestigators have not said what caused the blast.",
    ),
    "03_radio": (
        "Coast Radio",
        "2031-03-04",
        "Rescuers count 45 dead after Varnel depot explosion",
        "Rescue workers said 45 people died in Monday's fuel depot explosion in Varnel.\n\n"
        "The health ministry put the number of dead at 31.",
    ),
    "04_post": (
        "The Evening Post",
        "2031-03-06",
        "Varnel depot explosion toll climbs to 64",
        "The number of people killed in Monday's fuel depot explosion in Varnel climbed to 64 as more "
        "bodies were found, the regional governor said.",
    ),
}


@pytest.fixture(scope="module")
def written(tmp_path_factory, rules, nlp) -> Path:
    corpus = tmp_path_factory.mktemp("varnel")
    for stem, (outlet, day, title, body) in ARTICLES.items():
        (corpus / f"{stem}.md").write_text(
            f'---\ntitle: "{title}"\nsource: {outlet}\npublished: {day}\n---\n{title}\n\n{body}\n', encoding="utf-8"
        )
    report, _ = verify_corpus(load_corpus([str(corpus)]), rules, nlp)
    out = tmp_path_factory.mktemp("varnel-report")
    write_report(report, out)
    return out


@pytest.fixture(scope="module")
def report(written) -> dict:
    return json.loads((written / "report.json").read_text(encoding="utf-8"))


def _best(report: dict, claim_id: str) -> float:
    return next(c["value"]["best"] for c in report["claims"] if c["id"] == claim_id)


def test_the_report_is_valid_and_has_one_deaths_timeline(report):
    jsonschema.validate(report, SCHEMA)
    deaths = [t for t in report["timelines"] if t["attribute"] == "deaths"]
    assert len(deaths) == 1 and deaths[0]["where"] is None


def test_the_timeline_orders_the_figures_as_they_were_said(report):
    (deaths,) = [t for t in report["timelines"] if t["attribute"] == "deaths"]
    said = [e["said"] for e in deaths["entries"]]
    assert said == sorted(said)
    sequence: list[float] = []
    for e in deaths["entries"]:
        best = _best(report, e["claim"])
        if not sequence or sequence[-1] != best:
            sequence.append(best)
    assert sequence[0] == 12 and sequence[-1] == 64
    assert set(sequence) == {12, 31, 45, 64}
    verdicts = {_best(report, e["claim"]): e["verdict"] for e in deaths["entries"]}
    assert verdicts[45] == "conflict" and verdicts[64] == "rose"


def test_a_rise_is_an_update_and_two_bodies_the_same_day_a_conflict(report):
    def sides(f):
        return [{_best(report, c) for c in side["claims"]} for side in f["sides"]]

    deaths = [f for f in report["findings"] if f["attribute"] == "deaths"]
    updates = [sides(f) for f in deaths if f["verdict"] == "update"]
    conflicts = [f for f in deaths if f["verdict"] == "conflict"]
    assert [{12}, {31}] in updates
    assert any(s[-1] == {64} for s in updates)
    assert [sides(f) for f in conflicts] == [[{31}, {45}]]
    assert {b for side in conflicts[0]["sides"] for b in side["bodies"]} >= {"Rescue workers"}
    # nothing sets the first report against the last: 64 revises, it does not contradict
    assert not any({12} in sides(f) and {64} in sides(f) for f in conflicts)


def test_report_json_lists_the_disagreement_first(report):
    assert report["findings"][0]["verdict"] == "conflict"
    verdicts = [f["verdict"] for f in report["findings"]]
    assert verdicts.index("uncorroborated") > max(i for i, v in enumerate(verdicts) if v == "update")


def test_the_first_screen_shows_the_timeline_then_the_disagreement(written):
    md = (written / "report.md").read_text(encoding="utf-8")
    glance = md[md.index("## At a glance") : md.index("## Needs attention")]
    rows = [line for line in glance.splitlines() if line.startswith("| 20")]
    assert [r.split(" | ")[3] for r in rows] == ["12+", "31", "45", "64"]
    assert "Rescue workers" in rows[2] and rows[2].endswith("| conflict |")
    assert rows[3].endswith("| rose |")
    assert glance.index("**Deaths over time**") < glance.index("**Disagreements (1)**") < glance.index("**Revisions")
    page = (written / "report.html").read_text(encoding="utf-8")
    first_screen = page[page.index('<section id="glance"') : page.index('<section id="attention"')]
    assert first_screen.count("<tr><td") == 4 and "Deaths over time" in first_screen
    assert '<details class="alone">' in page[page.index('<section id="alone"') :]


@pytest.mark.parametrize("figure, verdict", [("31", "outdated"), ("64", "supported")])
def test_editor_mode_reads_the_same_timeline(report, rules, nlp, tmp_path, figure, verdict):
    from verify.check import check_draft, check_to_dict
    from verify.ingest import read_draft

    draft = tmp_path / "draft.md"
    draft.write_text(
        f"---\npublished: 2031-03-07\n---\nA fuel depot explosion in Varnel on Monday killed {figure} "
        "people, the authorities said.\n",
        encoding="utf-8",
    )
    checked = check_to_dict(check_draft(read_draft(draft), report, rules, nlp))
    (toll,) = [c for c in checked["checks"] if c["claim"]["kind"] == "count" and c["claim"]["attribute"] == "deaths"]
    assert toll["verdict"] == verdict
    if verdict == "outdated":
        assert "“64”" in toll["summary"] and "“45" not in toll["summary"]


def test_a_figure_shows_its_parts_beside_it(tmp_path, rules, nlp):
    """ "23 killed (four doctors, 19 patients) — the Red Cross": the first screen shows a toll with
    the parts its sentence names, in Markdown and HTML."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for stem, outlet, day, text in (
        (
            "a",
            "Alpha News",
            "2031-05-05",
            "An air strike hit the Hope Clinic in Tarsa on Monday. Twenty-three "
            "people were killed: four doctors and 19 patients, the Red Cross said.",
        ),
        (
            "b",
            "Beta Wire",
            "2031-05-06",
            "The death toll from Monday's air strike on the Hope Clinic in Tarsa has "
            "risen to 27, the Red Cross said on Tuesday.",
        ),
    ):
        (corpus / f"{stem}.md").write_text(f"---\nsource: {outlet}\npublished: {day}\n---\n{text}\n", encoding="utf-8")
    report, _ = verify_corpus(load_corpus([str(corpus)]), rules, nlp)
    write_report(report, tmp_path / "out")
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    (row,) = [line for line in md.splitlines() if line.startswith("| 2031-05-05")]
    assert row.split(" | ")[3:5] == ["23 (four doctors, 19 patients)", "the Red Cross"]
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert '23 <span class="unknown">(four doctors, 19 patients)</span>' in page


@pytest.mark.parametrize(
    "value, parts, shown",
    [
        ({"status": "presumed"}, (), "feared or presumed"),
        ({"status": "reported"}, (), ""),
        (
            {"status": "tally", "parts": [{"text": "two men"}, {"text": "a woman"}]},
            (),
            "two men, a woman · over several happenings",
        ),
        (
            {"status": "reported"},
            [{"text": "eight of them", "attribute": "deaths", "value": {"part_of": "12 dead"}}],
            "eight of them",
        ),
        (
            {"status": "reported"},
            [{"text": "nine", "attribute": "injured_staff", "value": {}}],
            "",
        ),  # another measure's
    ],
)
def test_figure_detail(value, parts, shown):
    from verify.report.glance import figure_detail

    assert figure_detail({"text": "12 dead", "attribute": "deaths", "value": value}, parts) == shown
