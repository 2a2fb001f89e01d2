"""verify/extract/readings.py: one reading per name, a person or an organisation, over a document."""

from __future__ import annotations

import pytest
import spacy

from verify.extract.claims import claims_from_chunk
from verify.models import Document
from verify.rules import load_rules


@pytest.fixture(scope="session")
def readings_rules():
    return load_rules()


@pytest.fixture(scope="session")
def readings_nlp(readings_rules):
    return spacy.load(readings_rules.nlp.model)


def _readings(text: str, nlp, rules) -> dict[str, set[str]]:
    claims = claims_from_chunk(Document(id="t", path="t.txt", text=text, sha256=""), nlp(text), 0, rules)
    out: dict[str, set[str]] = {}
    for c in claims:
        if c.kind in ("person", "organization"):
            out.setdefault(c.text, set()).add(c.kind)
    return out


def test_a_relative_sharing_the_surname_of_a_person_is_a_person(readings_nlp, readings_rules):
    # the tagger reads "Lateefa Price" as an organisation; the story names Dana Price, 28, in full
    text = (
        "Dana Price, 28, was found shot in her apartment. The medical examiner determined that Dana Price, "
        "Lateefa Price, and Quill were homicide victims. Lateefa Price and Quill had single gunshot wounds."
    )
    found = _readings(text, readings_nlp, readings_rules)
    assert found["Lateefa Price"] == {"person"}
    assert found["Dana Price"] == {"person"}
