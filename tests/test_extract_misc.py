"""Furniture, methods, attribution, organisations/places/facilities, quotes and sourcing."""

from __future__ import annotations

import pytest

from verify.extract.attribution import extract_attributions
from verify.extract.base import SentenceContext
from verify.extract.entities import extract_entities
from verify.extract.furniture import find_furniture, mask_furniture
from verify.extract.methods import extract_methods
from verify.extract.quotes import extract_quotes, find_quotations
from verify.extract.sources import find_sourcing

CTX = SentenceContext("d")


def _run(parse, rules, extractor, sentence):
    doc = parse(sentence)
    found = []
    for sent in doc.sents:
        for m in extractor(sent, CTX, rules):
            assert doc.text[m.start:m.end].strip() == doc.text[m.start:m.end] != ""
            found.append((doc.text[m.start:m.end], m.value))
    return found


# ---- furniture ------------------------------------------------------------------------------

@pytest.mark.parametrize("line, why", [
    ("Story continues below advertisement", "drop"),
    ("Click to play video: 'Hospital bombed in Aleppo'", "drop"),
    ("READ MORE: Obama to send up to 250 military personnel to Syria", "link"),
    ("READ  Port blast: over 150 killed, more than 60 still missing", "link"),   # a link in capitals
    ("Read the full statement below.", None),
    ("Sponsored content", "drop"),
    ("[Photo: Channel 4 News / Youtube]", "drop"),
    ("The latest health and medical news emailed to you every Sunday.", "drop"),
    ("More than 50 people died in an air strike.", None),
    ("Advertisements for the clinic were posted in the city.", None),
])
def test_furniture_lines(rules, line, why):
    text = f"First line.\n{line}\nLast line."
    spans = find_furniture(text, rules)
    assert [s.why for s in spans] == ([why] if why else [])
    masked = mask_furniture(text, spans)
    assert len(masked) == len(text)
    if why:
        assert line not in masked and masked.startswith("First line.\n")


# ---- methods ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The facility was shelled by government forces.", [("shelled", "shelling")]),
    ("It was hit in an air strike on Friday.", [("air strike", "air_strike")]),
    ("The regime dropped two barrel bombs filled with chlorine.", [("barrel bombs", "barrel_bomb"), ("chlorine", "chemical")]),
    ("A gunman opened fire outside the bar.", [("gunman", "firearm"), ("opened fire", "firearm")]),
    ("The airstrikes continued overnight.", [("airstrikes", "air_strike")]),
    ("The hospital treated patients for free.", []),
])
def test_methods(parse, rules, sentence, expected):
    assert [(t, v["method"]) for t, v in _run(parse, rules, extract_methods, sentence)] == expected


# ---- attribution --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The Assad regime shelled the al-Quds hospital in Aleppo on Wednesday.", [("Syrian government", "asserted")]),
    ("Both Syria and Russia denied having anything to do with the strike.",
     [("Syrian government", "denied"), ("Russia", "denied")]),
    ("The strikes have been blamed on the Syrian regime or Russia.",
     [("Syrian government", "blamed"), ("Russia", "blamed")]),
    ("Amnesty International accused Syrian and Russian forces of deliberately attacking hospitals.",
     [("Syrian government", "blamed"), ("Russia", "blamed")]),
    ("Russia said in March it pulled out a significant portion of its military assets.", []),
    ("The clinic treated more than 1,800 patients.", []),
])
def test_attribution(parse, rules, sentence, expected):
    got = [(v["actor"], v["stance"]) for _, v in _run(parse, rules, extract_attributions, sentence)]
    assert got == expected


# ---- organisations, places, facilities ----------------------------------------------------------

@pytest.mark.parametrize("sentence, kind, canonical", [
    ("The hospital was supported by Doctors Without Borders.", "organization", "Médecins Sans Frontières"),
    ("MSF said the hospital was destroyed.", "organization", "Médecins Sans Frontières"),
    ("According to the ICRC, four facilities were hit.", "organization", "International Committee of the Red Cross"),
    ("The Al Marjeh Primary Health Care Centre was hit.", "facility", "Al Marjeh Primary Health Care Centre"),
    ("A strike hit the Doctors Without Borders-supported Al-Quds hospital.", "facility", "al-Quds hospital"),
    ("The shelling of al-Quds hospital in Aleppo killed dozens.", "place", "Aleppo"),
])
def test_entities(parse, rules, sentence, kind, canonical):
    doc = parse(sentence)
    found = [m for s in doc.sents for m in extract_entities(s, CTX, rules)]
    assert any(m.kind == kind and m.value["canonical"] == canonical for m in found), found


def test_entities_skip_link_lines(parse, rules):
    doc = parse("Doctors Without Borders supported hospital in Aleppo destroyed.")
    assert [m for s in doc.sents for m in extract_entities(s, SentenceContext("d", link=True), rules)] == []


# ---- quotes -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("He said: “The earth is shaking beneath our feet.” Then he left.", ["The earth is shaking beneath our feet."]),
    ('"We need action," they wrote.', ["We need action,"]),
    ("“An unbalanced quote runs to the end of the paragraph\nNext paragraph.", ["An unbalanced quote runs to the end of the paragraph"]),
    ("No quotation here.", []),
])
def test_find_quotations(text, expected):
    assert [text[s:e] for s, e in find_quotations(text)] == expected


def test_quote_speaker(parse, rules):
    doc = parse("“This devastating attack has destroyed a vital hospital in Aleppo,” Muskilda Zancada, "
                "the head of Doctors Without Borders’s Syria program, said of Wednesday’s attack.")
    ((mention, holder),) = list(extract_quotes(doc, CTX, rules))
    assert mention.value["speaker"] == "Muskilda Zancada"
    assert doc.text[mention.start:mention.end].startswith("This devastating attack")


def test_short_scare_quotes_are_not_quotations(parse, rules):
    doc = parse("Assad’s removal from power is a “red line” for Tehran.")
    assert list(extract_quotes(doc, CTX, rules)) == []


# ---- sourcing and hedging -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, source, hedge", [
    ("At least 246 civilians have been killed since April 22, the Syrian Observatory for Human Rights said.",
     "the Syrian Observatory for Human Rights", None),
    ("At least two civilians were killed, according to the Syrian Observatory for Human Rights.",
     "the Syrian Observatory for Human Rights", None),
    ("A large contingent of Hezbollah commandos reportedly arrived in Aleppo.", None, "reportedly"),
    ("The clinic was destroyed in an apparent strike by regime forces.", None, "apparent"),
    ("The clinic was destroyed.", None, None),
])
def test_sourcing(parse, rules, sentence, source, hedge):
    doc = parse(sentence)
    result = find_sourcing(next(iter(doc.sents)), rules)
    assert (result.cited_source, result.hedge) == (source, hedge)
