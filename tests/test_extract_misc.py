"""Furniture, methods, attribution, organisations/places/facilities, quotes, sourcing, and a few
counts and people read alongside them (whose toll, a group's members, a noun of people)."""

from __future__ import annotations

import hashlib

import pytest
from spacy.tokens import Doc

from verify.extract.attribution import extract_attributions
from verify.extract.base import SentenceContext
from verify.extract.claims import claims_from_chunk
from verify.extract.counts import extract_counts
from verify.extract.entities import extract_entities
from verify.extract.furniture import find_furniture, mask_furniture
from verify.extract.methods import extract_methods
from verify.extract.people import extract_people
from verify.extract.quotemarks import find_quotations
from verify.extract.quotes import extract_quotes
from verify.extract.sources import find_sourcing, speaker_of
from verify.models import Document

CTX = SentenceContext("d")


def _run(parse, rules, extractor, sentence):
    doc = parse(sentence)
    found = []
    for sent in doc.sents:
        for m in extractor(sent, CTX, rules):
            assert doc.text[m.start : m.end].strip() == doc.text[m.start : m.end] != ""
            found.append((doc.text[m.start : m.end], m.value))
    return found


# ---- furniture ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, why",
    [
        ("Story continues below advertisement", "drop"),
        ("Click to play video: 'Hospital bombed in Aleppo'", "drop"),
        ("READ MORE: Obama to send up to 250 military personnel to Syria", "link"),
        ("READ  Port blast: over 150 killed, more than 60 still missing", "link"),  # a link in capitals
        ("Read the full statement below.", None),
        ("Sponsored content", "drop"),
        ("[Photo: Channel 4 News / Youtube]", "drop"),
        ("The latest health and medical news emailed to you every Sunday.", "drop"),
        ("More than 50 people died in an air strike.", None),
        ("Advertisements for the clinic were posted in the city.", None),
    ],
)
def test_furniture_lines(rules, line, why):
    text = f"First line.\n{line}\nLast line."
    spans = find_furniture(text, rules)
    assert [s.why for s in spans] == ([why] if why else [])
    masked = mask_furniture(text, spans)
    assert len(masked) == len(text)
    if why:
        assert line not in masked and masked.startswith("First line.\n")


@pytest.mark.parametrize(
    "line, kept",
    [
        ("UPDATE 2-Death toll in train crash rises to 26", "Death toll in train crash rises to 26"),
        ("EXCLUSIVE-Railway ignored signal warnings", "Railway ignored signal warnings"),
        ("Update 2-Death toll rises", None),  # no slug: not in capitals
        ("COVID-19 cases rise", None),
    ],
)
def test_a_wire_slug_is_blanked_and_its_headline_kept(rules, line, kept):
    text = f"First line.\n{line}\nLast line."
    masked = mask_furniture(text, find_furniture(text, rules))
    assert len(masked) == len(text)
    assert masked.split("\n")[1].strip() == (kept or line)


# ---- methods ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The facility was shelled by government forces.", [("shelled", "shelling")]),
        ("It was hit in an air strike on Friday.", [("air strike", "air_strike")]),
        (
            "The regime dropped two barrel bombs filled with chlorine.",
            [("barrel bombs", "barrel_bomb"), ("chlorine", "chemical")],
        ),
        ("A gunman opened fire outside the bar.", [("gunman", "firearm"), ("opened fire", "firearm")]),
        ("The airstrikes continued overnight.", [("airstrikes", "air_strike")]),
        ("The hospital treated patients for free.", []),
        ("Investigators believe the blaze was set deliberately.", [("blaze", "fire"), ("set deliberately", "arson")]),
        (
            "A downed power line may have sparked the wildfire.",
            [("downed power line", "electrical_fault"), ("wildfire", "wildfire")],
        ),
        # the investigators of a kind of crime are no claim that it happened
        ("Arson investigators were at the scene on Friday.", []),
        # weather that only hampered the response is no cause; weather that sank the ship is
        ("Rescuers said strong winds had hampered the search.", []),
        ("The start of the rescue operation was confounded by high winds.", []),
        ("Rescue efforts were slowed by a storm.", []),
        # a sound someone heard, or a jolt they felt, is no claim of what caused the event
        ("Residents heard loud explosions when the two dams collapsed.", [("collapsed", "collapse")]),
        ("People felt the blast across the city.", []),
        ("A photographer said he heard a dozen air raids.", [("air raids", "air_strike")]),
        ("The ferry capsized in strong winds.", [("capsized", "shipwreck"), ("strong winds", "storm")]),
        # "the accident" refers to the event told; "an accident" as what it was is a claim
        ("The operator said the accident was caused by a sudden storm.", [("sudden storm", "storm")]),
        ("Police said the fire was an accident.", [("fire", "fire"), ("accident", "accident")]),
        ("Survivors said the ferry was overloaded with passengers.", [("overloaded", "negligence")]),
        # "fire" after who fires, or before what is fired, is shooting, never a blaze
        ("Riot police fire tear gas at protesters.", [("Riot police fire tear gas", "crowd_control")]),
        ("Security forces fire on Qarsaba protest", []),
        (
            "Witnesses said police used live fire and rubber bullets.",
            [("live fire", "firearm"), ("rubber bullets", "crowd_control")],
        ),
        ("A fire on the fourth floor spread quickly.", [("fire", "fire")]),
        # what the strike destroyed, as an army tells it, is no cause; what exploded still is
        ("The site and the weapons and ammunition stored inside it were destroyed.", []),
        ("Troops seized an arms cache in the village.", []),
        (
            "The blast was caused by ammunition stored inside.",
            [("blast", "explosion"), ("ammunition stored", "hazardous_material")],
        ),
        # a drone strike is an air strike
        ("The drone strike flattened two houses.", [("drone strike", "air_strike")]),
        # a weapon shot down was intercepted, no shooting; a warning of raids is no raid
        (
            "Two cruise missiles were shot down over the capital.",
            [("cruise missiles", "missile"), ("shot down", "interception")],
        ),
        ("The air raid alert sounded across the region.", []),
        # what air defences fired against is why they fired, no method of the event; an attack that
        # was not meant is no accident set against it; a bird strike is a cause of its own
        (
            "Air defence systems were firing near the city due to a drone strike.",
            [("Air defence systems", "interception")],
        ),
        (
            "Officials refused to comment on speculation that air defence may have accidentally caused the crash.",
            [("air defence", "interception"), ("crash", "crash")],
        ),
        ("The jet accidentally shot down the airliner.", [("shot down", "shoot_down")]),
        ("The fire was accidentally started by a candle.", [("fire", "fire"), ("accidentally", "accident")]),
        (
            "The airline blamed the damage on a possible collision with a flock of birds.",
            [("possible collision with a flock of birds", "bird_strike")],
        ),
        # a body named for what it does is who speaks, no method; one that acts still is
        (
            "The block was hit by a Ks-17 missile, the Beloran Air Defense Command reported.",
            [("Ks-17 missile", "missile")],
        ),
        ("According to the Air Defense Command, the block was hit by a missile.", [("missile", "missile")]),
        (
            "Air defence units intercepted four drones.",
            [("Air defence units", "interception"), ("intercepted", "interception")],
        ),
        # a vehicle driven into people is the attack, told by the verb and whom it went into
        (
            "A man drove a grey van into a crowd of shoppers on Tessel Street.",
            [("drove a grey van into a crowd", "ramming")],
        ),
        ("The car ploughed through the market just after noon.", [("ploughed through the market", "ramming")]),
        # a gas measured is no leak that did it
        ("Methane levels in the shaft are now rising, officials said.", []),
        # a blast that tore through a crowd is the blast's reach, no vehicle driven into it
        ("The explosion tore through the crowd of fans.", [("explosion", "explosion")]),
        ("It was the explosion that tore through fans leaving the hall.", [("explosion", "explosion")]),
        ("The lorry slammed into a bridge on the ring road.", []),
        # a weapon found or carried is evidence of what the attacker had, no claim of how it was done
        ("An improvised explosive device was found in the van.", []),
        ("Police said he was carrying a knife, a rifle and a pipe bomb.", []),
        ("Investigators recovered two pipe bombs near the square.", []),
        ("The device was made safe by the bomb squad.", []),
        ("He drove a rented van and was carrying rifles, a possible improvised explosive device and a flag.", []),
        ("The bomb that was planted in the square exploded.", [("bomb", "explosive"), ("exploded", "explosion")]),
        # a rescue service named for fires is no fire
        ("The search was carried out by the army, the fire force and police teams.", []),
        ("Fire force personnel dug through the mud with their hands.", []),
        # a fire that "erupted" began; it is no volcano's eruption (a volcano's still is)
        (
            "Firefighters controlled the flames three hours after the blaze erupted.",
            [("flames", "fire"), ("blaze", "fire")],
        ),
        ("The volcano erupted on Sunday night.", [("erupted", "eruption")]),
        # ... nor is a jet or a tanker that "erupted" in a fireball or into flames
        ("The airliner lost height and erupted in a fireball as it hit a warehouse.", []),
        ("The tanker erupted into flames on the motorway.", [("flames", "fire")]),
        # what befell the few set apart from the rest is no method of the event
        (
            "All of them died of heatstroke, except for one who was hurt in a small stampede.",
            [("heatstroke", "heatwave")],
        ),
    ],
)
def test_methods(parse, rules, sentence, expected):
    assert [(t, v["method"]) for t, v in _run(parse, rules, extract_methods, sentence)] == expected


# ---- attribution --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Assad regime shelled the al-Quds hospital in Aleppo on Wednesday.", [("Syrian government", "asserted")]),
        # the agent of an act noun, a force a country leads, and an act only tried
        ("An air strike by Russia hit the hospital.", [("Russia", "asserted")]),
        (
            "The Saudi-led coalition denied that its aircraft had targeted the hospital.",
            [("Saudi-led coalition", "denied")],
        ),
        ("It came in response to an attempted attack by Hezbollah on the border.", [("Hezbollah", "hypothetical")]),
        (
            "Both Syria and Russia denied having anything to do with the strike.",
            [("Syrian government", "denied"), ("Russia", "denied")],
        ),
        (
            "The strikes have been blamed on the Syrian regime or Russia.",
            [("Syrian government", "accused"), ("Russia", "accused")],
        ),
        (
            "Amnesty International accused Syrian and Russian forces of deliberately attacking hospitals.",
            [("Syrian government", "accused"), ("Russia", "accused")],
        ),
        ("Russia said in March it pulled out a significant portion of its military assets.", []),
        # a state's forces and the armed men an authority blames: who fired on a crowd, or is said to
        ("Security forces opened fire on the protesters.", [("the security forces", "asserted")]),
        ("Riot police fired live ammunition at the crowd, the group said.", [("the security forces", "asserted")]),
        ("The ministry denied that police had used live ammunition.", [("the security forces", "denied")]),
        ("The ministry said the dead had been shot by armed infiltrators.", [("unidentified gunmen", "asserted")]),
        ("Police opened an investigation into the shooting.", []),
        ("The clinic treated more than 1,800 patients.", []),
    ],
)
def test_attribution(parse, rules, sentence, expected):
    got = [(v["actor"], v["stance"]) for _, v in _run(parse, rules, extract_attributions, sentence)]
    assert got == expected


# ---- organisations, places, facilities ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, kind, canonical",
    [
        ("The hospital was supported by Doctors Without Borders.", "organization", "Médecins Sans Frontières"),
        ("MSF said the hospital was destroyed.", "organization", "Médecins Sans Frontières"),
        (
            "According to the ICRC, four facilities were hit.",
            "organization",
            "International Committee of the Red Cross",
        ),
        ("The Al Marjeh Primary Health Care Centre was hit.", "facility", "Al Marjeh Primary Health Care Centre"),
        ("A strike hit the Doctors Without Borders-supported Al-Quds hospital.", "facility", "al-Quds hospital"),
        ("The shelling of al-Quds hospital in Aleppo killed dozens.", "place", "Aleppo"),
    ],
)
def test_entities(parse, rules, sentence, kind, canonical):
    doc = parse(sentence)
    found = [m for s in doc.sents for m in extract_entities(s, CTX, rules)]
    assert any(m.kind == kind and m.value["canonical"] == canonical for m in found), found


@pytest.mark.parametrize(
    "sentence, place, country",
    [
        ("In the neighbouring country of Orsania, people were told to move inland.", "Orsania", True),
        ("The cyclone then moved into neighbouring Orsania.", "Orsania", True),
        ("Tamaria's Interior Minister Rafiq Sodhani visited the coast.", "Tamaria", True),
        ("Kelam's provincial government opened shelters.", "Kelam", False),
        ("Officials in Sirapat said the town of Bhelapur was hit.", "Sirapat", False),
        # a state of a federation, called so or listed with states
        ("Tornadoes tore across Dalmora and two neighbouring states.", "Dalmora", True),
        ("There was no word on deaths in the neighbouring states of Orrin and Vessary.", "Orrin", True),
        ("Tornadoes tore across Dalmora and two neighbouring towns.", "Dalmora", False),
    ],
)
def test_a_place_the_page_calls_a_country(parse, rules, sentence, place, country):
    """A country neither the rules' demonyms nor the gazetteer know is one where the page calls it so."""
    doc = parse(sentence)
    found = [m for s in doc.sents for m in extract_entities(s, CTX, rules) if m.value.get("name") == place]
    assert found and all(bool(m.value.get("country")) is country for m in found), found


def test_a_city_naming_the_happening_is_a_place_whatever_the_tagger_read(parse, rules):
    """The small model tags "Colombo" in "the Colombo bombings" a body: a city of the gazetteer
    right before a noun of the happening it modifies is where it was."""
    doc = parse("Islamic State claimed the Colombo bombings on Tuesday.")
    found = [(m.kind, m.value["name"]) for s in doc.sents for m in extract_entities(s, CTX, rules)]
    assert ("place", "Colombo") in found and ("organization", "Colombo") not in found, found


@pytest.mark.parametrize(
    "sentence, town",
    [
        ("The runaway train exploded in Lac-Verrier, Que. on Saturday.", "Lac-Verrier"),
        ("The fire razed the town of Pinecrest, Calif., last week.", "Pinecrest"),
    ],
)
def test_a_town_before_its_region_s_abbreviation_is_a_place(parse, rules, sentence, town):
    """A town the model names no entity, followed by its state's or province's abbreviation."""
    doc = parse(sentence)
    found = [(m.kind, m.value["name"]) for s in doc.sents for m in extract_entities(s, CTX, rules)]
    assert ("place", town) in found, found


def test_a_clause_opening_word_is_no_part_of_a_name(parse, rules):
    """spaCy reads a capitalised sentence opener into the name after it."""
    found = _run(parse, rules, extract_entities, "Citing France Press, the agency reported more deaths.")
    assert [text for text, _ in found] == ["France Press"], found


def test_a_person_s_name_tagged_a_facility_is_no_facility(parse, rules):
    """The small model tags a newborn's name a facility; a name with no word of a building or site
    (``entities.generic_words``) is not one."""
    doc = parse("Stillborn baby Logan Gomes among victims of #GrenfellTower blaze, police say.")
    found = [m for s in doc.sents for m in extract_entities(s, CTX, rules)]
    assert not any(m.kind == "facility" and "Logan" in m.value["name"] for m in found), found


def test_entities_skip_link_lines(parse, rules):
    doc = parse("Doctors Without Borders supported hospital in Aleppo destroyed.")
    assert [m for s in doc.sents for m in extract_entities(s, SentenceContext("d", link=True), rules)] == []


# ---- quotes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said: “The earth is shaking beneath our feet.” Then he left.", ["The earth is shaking beneath our feet."]),
        ('"We need action," they wrote.', ["We need action,"]),
        (
            "“An unbalanced quote runs to the end of the paragraph\nNext paragraph.",
            ["An unbalanced quote runs to the end of the paragraph"],
        ),
        ("No quotation here.", []),
    ],
)
def test_find_quotations(text, expected):
    assert [text[q.start : q.end] for q in find_quotations(text)] == expected


def test_quote_speaker(parse, rules):
    doc = parse(
        "“This devastating attack has destroyed a vital hospital in Aleppo,” Muskilda Zancada, "
        "the head of Doctors Without Borders’s Syria program, said of Wednesday’s attack."
    )
    ((mention, holder),) = list(extract_quotes(doc, CTX, rules))
    assert mention.value["speaker"] == "Muskilda Zancada"
    assert doc.text[mention.start : mention.end].startswith("This devastating attack")


def test_short_scare_quotes_are_not_quotations(parse, rules):
    doc = parse("Assad’s removal from power is a “red line” for Tehran.")
    assert list(extract_quotes(doc, CTX, rules)) == []


# ---- sourcing and hedging -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, source, hedge",
    [
        (
            "At least 246 civilians have been killed since April 22, the Syrian Observatory for Human Rights said.",
            "the Syrian Observatory for Human Rights",
            None,
        ),
        (
            "At least two civilians were killed, according to the Syrian Observatory for Human Rights.",
            "the Syrian Observatory for Human Rights",
            None,
        ),
        ("A large contingent of Hezbollah commandos reportedly arrived in Aleppo.", None, "reportedly"),
        ("The clinic was destroyed in an apparent strike by regime forces.", None, "apparent"),
        ("The clinic was destroyed.", None, None),
    ],
)
def test_sourcing(parse, rules, sentence, source, hedge):
    doc = parse(sentence)
    result = find_sourcing(next(iter(doc.sents)), rules)
    assert (result.cited_source, result.hedge) == (source, hedge)


def _figure_sources(parse, rules, text: str) -> dict[str, str | None]:
    """Each figure of ``text`` (its words) and the cited source its claim carries."""
    document = Document(id="d", path="d.md", text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
    claims = claims_from_chunk(document, parse(text), 0, rules)
    return {c.text: c.cited_source for c in claims if c.kind == "count"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # two speakers in one sentence: each figure is the one the parse ties it to, never its neighbour's
        (
            "Talking to a local radio station on Tuesday, the fire brigade's chief said 30 people had died, "
            "whereas interior minister Jane Okafor gave a toll of 25.",
            {"30 people": "the fire brigade's chief", "25": "interior minister Jane Okafor"},
        ),
        (
            "The coastguard put the number of dead at 12, while a hospital director said 15 had been brought in dead.",
            {"12": "The coastguard", "15": "a hospital director"},
        ),
        (
            "A toll of 44 dead was confirmed by the provincial governor, while rescuers said 50 had died.",
            {"44 dead": "the provincial governor", "50": "rescuers"},
        ),
        # a headline's second clause gives another figure, not this one
        ("Cyclone toll rises to 41, ministry gives lower figure", {"41": None}),
        # no verb above the figure names its speaker: the sentence's source
        ("Forty people died in the flood, the ministry said.", {"Forty people": "the ministry"}),
        ("He said 30 people had died, according to the ministry.", {"30 people": "the ministry"}),
        ("Nine people drowned when the ferry sank.", {"Nine people": None}),
        # a passive subject is what is reported, not who reports it
        ("Nearly 80 people were reported missing after the landslide.", {"Nearly 80 people": None}),
    ],
)
def test_a_figure_cites_its_own_speaker(parse, rules, text, expected):
    assert _figure_sources(parse, rules, text) == expected


def test_the_speaker_is_the_nearest_of_two_subjects(nlp, rules):
    # a parse that hangs two subjects on the speech verb ("the collapse ... rescuers are saying")
    words = [
        "The",
        "collapse",
        "killed",
        "12",
        "men",
        ",",
        "rescuers",
        "are",
        "saying",
        ",",
        "and",
        "3",
        "remain",
        "missing",
        ".",
    ]
    heads = [1, 8, 1, 4, 2, 8, 8, 8, 8, 8, 8, 12, 8, 12, 8]
    deps = [
        "det",
        "nsubj",
        "acl",
        "nummod",
        "dobj",
        "punct",
        "nsubj",
        "aux",
        "ROOT",
        "punct",
        "cc",
        "nsubj",
        "conj",
        "acomp",
        "punct",
    ]
    pos = [
        "DET",
        "NOUN",
        "VERB",
        "NUM",
        "NOUN",
        "PUNCT",
        "NOUN",
        "AUX",
        "VERB",
        "PUNCT",
        "CCONJ",
        "NUM",
        "VERB",
        "ADJ",
        "PUNCT",
    ]
    lemmas = [
        "the",
        "collapse",
        "kill",
        "12",
        "man",
        ",",
        "rescuer",
        "be",
        "say",
        ",",
        "and",
        "3",
        "remain",
        "missing",
        ".",
    ]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    speaker = speaker_of(doc[11], doc[:], rules)
    assert speaker is not None and speaker.text == "rescuers"


@pytest.mark.parametrize(
    "sentence, figure, body",
    [
        # whose figure its noun says it is: the owner of the toll, not a place whose toll it is
        ("The interior ministry's toll stands at 11.", "11", "The interior ministry"),
        ("The ministry's toll of 11 has not changed since Sunday.", "11", "The ministry"),
        (
            "Turkish Health Minister Fahrettin Koca said Turkey's death toll had reached 5,434.",
            "5,434",
            "Turkish Health Minister Fahrettin Koca",
        ),
        # an owner in another clause names no one's figure
        ("Adding Syria's toll of 5,914, the two countries' combined death toll went above 50,000.", "5,914", None),
    ],
)
def test_the_owner_of_a_toll_gives_it(parse, rules, sentence, figure, body):
    found = dict(_counts_with_source(parse, rules, sentence))
    assert found[figure] == body


def _counts_with_source(parse, rules, sentence):
    doc = parse(sentence)
    return [(doc.text[m.start : m.end], m.cited_source) for s in doc.sents for m in extract_counts(s, CTX, rules)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Medics at al-Rahma hospital say at least 19 people were killed.", []),
        ("Mourners said the police fired on the crowd.", []),
        ("Ministry spokesman Faris Qandil said seven people died.", ["Faris Qandil"]),
    ],
)
def test_a_lone_word_the_rules_count_people_by_is_no_person(parse, rules, sentence, expected):
    assert [t for t, _ in _run(parse, rules, extract_people, sentence)] == expected


@pytest.mark.parametrize(
    "sentence, group",
    [
        ("The ministry said 32 members of the security forces had been wounded.", "responders"),
        ("Twelve policemen were wounded.", "responders"),
        # one family's dead: the family, compared apart from a toll the event gives beside them
        ("Five members of one family were killed.", "family"),
        ("Five family members were killed.", None),
        # a toll told country by country: a country's pilgrims are its people, as "nine Malians" are
        ("Officials said 9 pilgrims from Mali died in the heat.", "mali"),
        ("At least 14 Chadian pilgrims died in the heat.", "chadians"),
        # ... and a people's name that is its own plural stays as it is
        ("Eighteen Chinese workers died in the fire.", "chinese"),
        ("Two Swiss climbers were killed.", "swiss"),
        # a town people came from names no people counted apart
        ("Six people from Kerrow were killed.", None),
    ],
)
def test_members_of_a_group_are_counted_as_that_group(parse, rules, sentence, group):
    doc = parse(sentence)
    (found,) = [m for s in doc.sents for m in extract_counts(s, CTX, rules)]
    assert found.value.get("group") == group


def test_a_storm_named_by_the_page_is_neither_a_person_nor_a_place(nlp, rules):
    """ "Cyclone Mira" names the storm: "Mira" alone, later, is the storm too, never a person nor a
    place; a person who shares the name in full ("Mira Castell") stays one, and a title-case
    headline's "Storm Kills Nine" names no storm."""
    from verify.extract import extract_claims
    from verify.models import Document

    text = (
        "Storm Kills Nine In Portavel\n\n"
        "Cyclone Mira made landfall near Portavel on Tuesday, killing at least nine people. "
        "Mira brought winds of 200 km/h, and Tropical Storm Ulla followed two days later. "
        "Forecasters said Ulla could bring 300mm of rain to Delmar. "
        '"The roof was gone," said Mira Castell, a farmer.'
    )
    document = Document(id="d", path="d.txt", text=text, sha256="0")
    claims = sorted(extract_claims([document], nlp, rules), key=lambda c: c.start)
    named = [(c.kind, c.text) for c in claims if c.kind in ("person", "place", "happening")]
    assert {t for k, t in named if k == "person"} == {"Mira Castell"}
    assert {t for k, t in named if k == "place"} == {"Portavel", "Delmar"}
    # (the tagger ends the headline's sentence after "Cyclone": the storm's mention there is "Mira")
    assert [t for k, t in named if k == "happening"] == ["Mira", "Mira", "Tropical Storm Ulla", "Ulla"]
