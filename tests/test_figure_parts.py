"""Figures that meant something else than their sentence says (issue 14), in sentences of our own
about an invented monastery:

- parts listed without a total ("In addition to 14 of its staff, 24 patients and four caretakers
  were killed"): one casualty group, the parts summed (42), never 28 set against another's 42;
- a count of one room inside the site ("Ten people were found dead in the refectory"): a part of
  the toll, never a rival of it;
- a toll withdrawn as double-counted in the sentence after it ("The ministry had said 174 died. It
  later said 49 had been counted twice and revised the toll to 125."): a revision, not a conflict;
- two bodies' figures in one sentence ("The UN estimates at least 3,000 were killed; the
  government says 1,200."): each its own speaker's, with its own status.
"""

from __future__ import annotations

import pytest

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts
from verify.ingest import load_corpus
from verify.run import verify_corpus


def _counts(nlp, rules, text: str) -> list[tuple[str, int | None, str, bool, str | None]]:
    """Every figure of ``text``: (attribute, best, status, part, who gives it)."""
    doc = nlp(text)
    ctx = SentenceContext("doc")
    return [
        (m.attribute, m.value.get("best"), m.value.get("status"), bool(m.value.get("part")), m.cited_source)
        for sent in doc.sents
        for m in extract_counts(sent, ctx, rules)
    ]


CASES = [
    # a figure set beside the verb's own by "in addition to", "as well as", "besides", "together
    # with" is one more part of one casualty group: the sum, and each group's part
    (
        "In addition to 14 of its staff, 24 patients and four caretakers were killed.",
        [
            ("deaths", 42, "reported", False, None),
            ("deaths_patients", 24, "reported", True, None),
            ("deaths_own_staff", 14, "reported", True, None),
        ],
    ),
    (
        "As well as 14 of its staff, 24 patients were killed.",
        [
            ("deaths", 38, "reported", False, None),
            ("deaths_patients", 24, "reported", True, None),
            ("deaths_own_staff", 14, "reported", True, None),
        ],
    ),
    (
        "The shelling killed 24 patients in addition to 14 staff members.",
        [("deaths", 38, "reported", False, None), ("deaths_patients", 24, "reported", True, None)],
    ),
    (
        "Besides 14 worshippers, 24 pilgrims died in the fire.",
        [("deaths", 38, "reported", False, None)],
    ),
    # (an injured figure set beside the dead is no part of them)
    (
        "In addition to the 14 injured, 24 pilgrims were killed.",
        [("injured", 14, "reported", False, None), ("deaths", 24, "reported", False, None)],
    ),
    # one room's dead or bodies are a part of the toll
    ("Ten people were found dead in the refectory.", [("deaths_part", 10, "reported", True, None)]),
    ("Ten people were killed inside the basement of the school.", [("deaths_part", 10, "reported", True, None)]),
    ("Rescuers found ten bodies in the refectory.", [("bodies_recovered_part", 10, "reported", True, None)]),
    # (the site itself is the toll's place)
    ("Ten people were killed in the monastery.", [("deaths", 10, "reported", False, None)]),
    # those counted twice are the size of a correction, never a toll
    (
        "The ministry revised the toll to 125 after 49 deaths had been counted twice.",
        [("deaths", 125, "reported", False, "The ministry"), ("double_counted", 49, "reported", False, None)],
    ),
    # two bodies, two figures, each with its own speaker and status
    (
        "The UN estimates at least 3,000 were killed; the government says 1,200.",
        [("deaths", 3000, "presumed", False, "The UN"), ("deaths", 1200, "reported", False, "the government")],
    ),
    (
        "The UN estimates that at least 3,000 were killed, while the government says 1,200.",
        [("deaths", 3000, "presumed", False, "The UN"), ("deaths", 1200, "reported", False, "the government")],
    ),
    (
        "The UN says at least 3,000 people were killed; the government puts the toll at 1,200.",
        [("deaths", 3000, "reported", False, "The UN"), ("deaths", 1200, "reported", False, "the government")],
    ),
    # (a number a speaker gives with no figure of people before it counts nothing)
    ("The government says 1,200.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_figure_means_what_its_sentence_says(nlp, rules, text, expected):
    assert sorted(_counts(nlp, rules, text), key=repr) == sorted(expected, key=repr)


def _report(tmp_path_factory, rules, nlp, name: str, bodies: list[tuple[str, str]]) -> dict:
    """The run over pages of one day about one shelling (each: outlet, body)."""
    corpus = tmp_path_factory.mktemp(name)
    for k, (outlet, body) in enumerate(bodies):
        (corpus / f"{k:02d}_page.md").write_text(
            f"---\nsource: {outlet}\npublished: 2031-05-07\n---\nA mortar shell struck the Saint Brin monastery"
            f" in Veshtar on Monday. {body}\n",
            encoding="utf-8",
        )
    result, _ = verify_corpus(load_corpus([str(corpus)], rules=rules), rules, nlp, processes=1)
    return result


def _verdicts(report: dict, attribute: str = "deaths") -> list[str]:
    return sorted(f["verdict"] for f in report["findings"] if f["attribute"] == attribute)


def _deaths(report: dict, doc: str) -> list[tuple[str, int, str]]:
    return sorted(
        (c["attribute"], c["value"]["best"], c["value"]["status"])
        for c in report["claims"]
        if c["doc"] == doc and c["kind"] == "count" and c["attribute"].startswith("deaths")
    )


def test_parts_listed_without_a_total_agree_with_the_total(tmp_path_factory, rules, nlp):
    report = _report(
        tmp_path_factory,
        rules,
        nlp,
        "parts",
        [
            ("Daily A", "In addition to 14 of its staff, 24 patients and four caretakers were killed, the abbot said."),
            ("Daily B", "The shelling killed 42 people, officials said."),
        ],
    )
    assert ("deaths", 42, "reported") in _deaths(report, "00_page")
    assert _verdicts(report) == ["agree"]


def test_one_rooms_dead_are_no_rival_of_the_toll(tmp_path_factory, rules, nlp):
    report = _report(
        tmp_path_factory,
        rules,
        nlp,
        "room",
        [
            ("Daily A", "Ten people were found dead in the refectory, a monk said."),
            ("Daily B", "The shelling killed 37 people, officials said."),
            ("Daily C", "At least 37 people were killed, the ministry said."),
        ],
    )
    assert _deaths(report, "00_page") == [("deaths_part", 10, "reported")]
    assert "conflict" not in _verdicts(report)


def test_a_toll_withdrawn_the_sentence_after_is_revised(tmp_path_factory, rules, nlp):
    report = _report(
        tmp_path_factory,
        rules,
        nlp,
        "recount",
        [
            (
                "Daily C",
                "The ministry had said 174 people died. It later said 49 had been counted twice and revised the"
                " toll to 125.",
            ),
            ("Daily E", "The shelling killed 125 people, the ministry said."),
        ],
    )
    assert _deaths(report, "00_page") == [("deaths", 125, "reported"), ("deaths", 174, "earlier")]
    (revised,) = [
        c for c in report["claims"] if c["doc"] == "00_page" and c["kind"] == "count" and c["value"]["best"] == 125
    ]
    assert revised["value"]["revision"]["direction"] == "down"
    assert revised["value"]["revision"]["earlier"]["best"] == 174
    assert "conflict" not in _verdicts(report)
    assert "update" in _verdicts(report)
