"""Security forces firing on worshippers who protested after Friday prayers at a police post in a
provincial capital, told by four outlets over six days (``tests/data/zahedan``, written for these
tests after the real coverage of "Bloody Friday" in Zahedan, Iran, 30 September 2022): a state
wire, a rights group's count, state television on the Guards' dead and a watchdog's findings.

On Friday 14 March 2031 forces fired on a crowd outside a police post in Qasrabad. The governor gave
19 dead and 20 wounded; the state wire added "32 IRGC members" wounded; a rights network counted at
least 58 dead and more than 200 wounded; state television said "the number of martyrs among the
Revolutionary Guards" had risen to five and that "five members of the Islamic Revolutionary Guard
Corps and its Basij volunteer force" were killed; a watchdog found at least 66 dead.

A fact-checker expects one event; the corps' own dead (five) and wounded (32) a part counted apart
from the toll of the crowd and from the governor's 20 wounded, never a rival of 19, 58 or 66, nor a
step of their series, however the body is named ("IRGC members", "members of the Islamic
Revolutionary Guard Corps", "martyrs among the Revolutionary Guards").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from stories import findings_of, main_event, timeline_bests

ZAHEDAN = Path(__file__).resolve().parent / "data" / "zahedan"


@pytest.fixture(scope="module")
def zahedan_report(story_report):
    return story_report(ZAHEDAN)


def test_one_shooting_event(zahedan_report):
    main = main_event(zahedan_report)
    assert main["date"] == "2031-03-14"
    assert len(main["documents"]) == 4


def test_the_corps_dead_are_a_part_apart_from_the_toll(zahedan_report):
    assert timeline_bests(zahedan_report, "deaths_guards") == {5}
    assert 5 not in timeline_bests(zahedan_report, "deaths")
    assert {19, 58, 66} <= timeline_bests(zahedan_report, "deaths")


def test_the_corps_wounded_are_a_part_apart_from_the_wounded(zahedan_report):
    assert timeline_bests(zahedan_report, "injured_guards") == {32}
    assert 32 not in timeline_bests(zahedan_report, "injured")


def test_no_figure_of_the_corps_disputes_the_toll(zahedan_report):
    for finding in findings_of(zahedan_report, "conflict") + findings_of(zahedan_report, "update"):
        assert "IRGC" not in finding["summary"] and "five" not in finding["summary"].lower()
