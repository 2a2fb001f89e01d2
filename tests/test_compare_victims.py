"""``verify.compare.victims``: one body's dead counted as fighters and another's as civilians are a
dispute over who died only when no toll holds both and no body gives both (tiny corpora of two
invented reports)."""

from __future__ import annotations

import pytest

ARMY = "The army said 12 militants were killed in the strike on the village of Tarvek on Saturday."
CASES = [
    # the same dead, told two ways: a dispute
    (ARMY, "Elders in Tarvek said 15 civilians were killed in the strike on Saturday.", 1),
    # a toll that holds both: fighters and civilians died
    (ARMY, "Officials said the strike on Tarvek on Saturday killed 30 people, 15 civilians among them.", 0),
    # one body gives both: two kinds of dead, no dispute
    (
        "The army said 12 militants and 15 civilians were killed in the strike on Tarvek on Saturday.",
        "The army said 12 militants and 15 civilians died in the strike on the village of Tarvek on Saturday.",
        0,
    ),
    # the attackers' dead are apart from a victims' toll told as civilians and security forces
    (
        "Police said two gunmen were killed in the attack on the village of Tarvek on Saturday.",
        "Officials said 15 civilians and four soldiers were killed in the attack on Tarvek on Saturday.",
        0,
    ),
    # soldiers are no party to who the dead were
    (
        "The army said 12 soldiers were killed in the attack on the village of Tarvek on Saturday.",
        "Elders in Tarvek said 15 civilians were killed in the attack on Saturday.",
        0,
    ),
]


@pytest.mark.parametrize(("first", "second", "disputes"), CASES)
def test_who_died(tmp_path, story_report, first, second, disputes):
    for i, (text, outlet) in enumerate([(first, "Wire One"), (second, "Wire Two")]):
        (tmp_path / f"{i}.md").write_text(
            f"---\ntitle: Strike on Tarvek\nsource: {outlet}\npublished: 2025-03-02\n---\n{text}\n", encoding="utf-8"
        )
    report = story_report(tmp_path)
    found = [f for f in report["findings"] if f["attribute"] == "victims"]
    assert len(found) == disputes, [f["summary"] for f in report["findings"]]
