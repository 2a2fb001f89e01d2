"""What became of a named person: fate claims read from the parse (verify/extract/fates.py) and
one person's fates compared over time (verify/compare/fates.py). Sentences are our own."""

from __future__ import annotations

import dataclasses

import pytest
import spacy

from verify.compare import apply_rules
from verify.extract import extract_claims
from verify.models import Claim, Clustering, Document, Event
from verify.rules import load_rules

RULES = load_rules()


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(RULES.nlp.model)


def _fates(nlp, text: str) -> list[tuple[str, str, str]]:
    document = Document(id="d", path="d.txt", text=text, sha256="0")
    claims = list(extract_claims([document], nlp, RULES))
    people = {c.id: c for c in claims if c.kind == "person"}
    out = []
    for c in claims:
        if c.kind == "fate":
            assert c.as_fate()["of"] in people, "a fate names the person claim it is told of"
            assert text[c.start : c.end] == c.text
            assert c.as_fate()["words"] in c.text and c.as_fate()["person"] in c.text
            out.append((c.as_fate()["person"], c.as_fate()["fate"], c.as_fate()["words"]))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The striker Kofi Mensah was pulled from the collapsed hotel alive on Tuesday.",
            [("Kofi Mensah", "alive", "pulled from the collapsed hotel alive")],
        ),
        (
            "Kofi Mensah and the club's coach Ali Demir are still under the rubble, the club said.",
            [("Kofi Mensah", "missing", "still under the rubble"), ("Ali Demir", "missing", "still under the rubble")],
        ),
        (
            "Kofi Mensah's body was recovered on Saturday, his agent said.",
            [("Kofi Mensah", "dead", "body was recovered")],
        ),
        (
            "A newspaper said Kofi Mensah had been rescued with injuries and taken to hospital.",
            [("Kofi Mensah", "injured", "rescued with injuries")],
        ),
        # the last of a sequence told in one sentence, through a pronoun
        ("Maria Lopez was rushed to the clinic, where she later died.", [("Maria Lopez", "dead", "died")]),
        # a negated verb tells no fate; "not been found" says missing itself
        ("The pilot, Ann Reyes, was not injured.", []),
        ("The diver Tom Hale has not been found.", [("Tom Hale", "missing", "has not been found")]),
        # another person's body, another person's fate
        ("Kofi Mensah's wife was found dead in the car.", []),
        # a reported clause tells the fate of its own subject, not the speaker's
        ("Kofi Mensah said that his brother died in the fire.", []),
        # a "she" is not a man named before it
        ("Carlos Mendes lived in the house where she was shot and killed.", []),
        # a "he" that may be another man the sentence names
        ("Omar Haddad kept in constant touch with Karim Saleh until he died.", []),
        # what a person did to another is not what became of them
        ("Police said Jorge Ruiz shot and killed his neighbour.", []),
        ("Maria Lopez was pronounced dead at the hospital.", [("Maria Lopez", "dead", "pronounced dead")]),
        ("The pilot, Ann Reyes, escaped unhurt.", [("Ann Reyes", "alive", "unhurt")]),
        (
            "Kofi Mensah remains in critical condition, doctors said.",
            [("Kofi Mensah", "injured", "in critical condition")],
        ),
    ],
)
def test_the_fate_of_a_named_person(nlp, text, expected):
    assert _fates(nlp, text) == expected


def _fate(doc: str, fate: str, text: str, person: str = "p1", source: str | None = None, start: int = 0) -> Claim:
    return Claim(
        Claim.make_id(doc, "fate", "fate", start, start + len(text)),
        doc,
        "fate",
        "fate",
        text,
        text,
        start,
        start + len(text),
        start,
        {"fate": fate, "words": text, "person": "Kofi Mensah", "key": "kofi mensah", "of": person},
        cited_source=source,
        event="e1",
    )


def _doc(doc_id: str, published: str) -> Document:
    return Document(doc_id, f"{doc_id}.txt", "x", "0" * 64, published=published)


def _findings(claims: list[Claim], docs: list[Document]):
    event = Event("e1", "earthquake in Ruritania", None, None, tuple(d.id for d in docs), tuple(c.id for c in claims))
    return [f for f in apply_rules(docs, Clustering(tuple(claims), (), (event,), {}), RULES) if f.attribute == "fate"]


def test_rescued_and_still_missing_on_one_day_disagree_and_found_dead_later_updates_both():
    """Day 1: a paper has him pulled out alive, the club says he is still under the rubble; day 3
    his agent says he is still missing (the rescue report was wrong); day 12 his body is found."""
    docs = [_doc("a", "2023-03-01"), _doc("b", "2023-03-01"), _doc("c", "2023-03-03"), _doc("d", "2023-03-12")]
    claims = [
        _fate("a", "alive", "pulled out alive"),
        _fate("b", "missing", "still under the rubble", source="the club"),
        _fate("c", "missing", "still missing", source="his agent"),
        _fate("d", "dead", "body was found"),
    ]
    got = {(f.verdict, f.severity, tuple(s.label for s in f.sides)) for f in _findings(claims, docs)}
    assert ("conflict", "high", ("alive", "missing")) in got or ("conflict", "high", ("missing", "alive")) in got
    assert ("update", "medium", ("missing", "dead")) in got
    conflict = next(f for f in _findings(claims, docs) if f.verdict == "conflict")
    assert set(conflict.documents) == {"a", "b", "c"}
    assert "what became of Kofi Mensah" in conflict.summary


def test_rescued_then_missing_again_is_no_revision():
    docs = [_doc("a", "2023-03-01"), _doc("b", "2023-03-04")]
    claims = [_fate("a", "alive", "pulled out alive"), _fate("b", "missing", "still missing")]
    assert [f.verdict for f in _findings(claims, docs)] == ["conflict"]


def test_injured_is_alive_and_one_source_alone_sets_nothing_against_itself():
    docs = [_doc("a", "2023-03-01"), _doc("b", "2023-03-01")]
    alive = [_fate("a", "alive", "pulled out alive"), _fate("b", "injured", "taken to hospital")]
    assert _findings(alive, docs) == []
    one_page = [_fate("a", "alive", "pulled out alive"), _fate("a", "missing", "still missing", start=40)]
    assert _findings(one_page, docs[:1]) == []


def test_another_person_s_fate_is_not_set_against_his():
    docs = [_doc("a", "2023-03-01"), _doc("b", "2023-03-01")]
    claims = [_fate("a", "alive", "pulled out alive"), _fate("b", "dead", "was killed", person="p2")]
    claims[1] = dataclasses.replace(claims[1], value={**claims[1].value, "key": "ali demir", "person": "Ali Demir"})
    assert _findings(claims, docs) == []


# ---- editor mode: a draft's fate of a person against the sources' ------------------------------

_STORY = {
    "wire.md": (
        "2023-03-01",
        "A strong earthquake struck the city of Veltra on Monday, killing at least 40 people. "
        "The striker Kofi Mensah was pulled from the collapsed hotel alive, a local newspaper said.",
    ),
    "club.md": (
        "2023-03-01",
        "The earthquake in Veltra on Monday killed at least 40 people. "
        "The club said Kofi Mensah was still under the rubble of the hotel.",
    ),
    "agent.md": (
        "2023-03-12",
        "Kofi Mensah's body was recovered from the ruins of the hotel in Veltra on Saturday, his agent said, "
        "twelve days after the earthquake that killed more than 300 people.",
    ),
}


@pytest.fixture(scope="module")
def story(tmp_path_factory, nlp):
    from verify.check import load_reference

    folder = tmp_path_factory.mktemp("story")
    for name, (day, text) in _STORY.items():
        (folder / name).write_text(f"---\ntitle: {name}\npublished: {day}\n---\n{text}\n", encoding="utf-8")
    return load_reference([folder], RULES, nlp)


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        ("Kofi Mensah's body was recovered on Saturday.", "supported"),
        ("The striker Kofi Mensah is still missing.", "outdated"),  # his body was found since
        ("Kofi Mensah was pulled out alive.", "outdated"),
        ("The coach Ali Demir was killed in the hotel.", "unsupported"),  # no source tells of him
    ],
)
def test_a_draft_s_fate_of_a_person(tmp_path, story, nlp, sentence, verdict):
    from verify.check import check_draft, check_to_dict
    from verify.ingest import read_draft

    draft = tmp_path / "draft.txt"
    draft.write_text(sentence + "\n", encoding="utf-8")
    checks = check_to_dict(check_draft(read_draft(draft), story, RULES, nlp))["checks"]
    fates = [c for c in checks if c["claim"]["kind"] == "fate"]
    assert [c["verdict"] for c in fates] == [verdict]


def test_the_story_s_report_sets_his_fates_against_each_other(story):
    found = {
        (f["verdict"], tuple(s["label"] for s in f["sides"])) for f in story["findings"] if f["attribute"] == "fate"
    }
    assert ("conflict", ("alive", "missing")) in found
    assert ("update", ("missing", "dead")) in found


def test_a_fate_takes_its_person_s_event_and_weighs_nothing_in_grouping(nlp):
    from verify.cluster import cluster_claims

    docs = [Document(id=name, path=name, text=text, sha256="0", published=day) for name, (day, text) in _STORY.items()]
    claims = list(extract_claims(docs, nlp, RULES))
    assert any(c.kind == "fate" for c in claims)
    with_fates = cluster_claims(docs, claims, RULES)
    without = cluster_claims(docs, [c for c in claims if c.kind != "fate"], RULES)
    assert [(e.id, e.documents) for e in with_fates.events] == [(e.id, e.documents) for e in without.events]
    placed = {c.id: c for c in with_fates.claims}
    for c in with_fates.claims:
        if c.kind == "fate":
            assert c.event is not None and c.event == placed[c.as_fate()["of"]].event


def test_a_name_in_brackets_is_a_credit_or_an_aside():
    from verify.extract.fates import in_brackets

    assert in_brackets("(")  # "(Jane Okafor | The Daily Ledger) Two brothers were found dead"
    assert in_brackets("Two brothers [photo: ")
    assert not in_brackets("The court (in Dallas) said ")
    assert not in_brackets("")
