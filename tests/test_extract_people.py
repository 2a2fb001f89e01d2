"""verify/extract/people/: who is named, and what the sentence says happened to them."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from verify.extract.base import Mention, SentenceContext
from verify.extract.people import extract_people, resolve_short_names
from verify.rules import load_rules


@pytest.fixture(scope="session")
def people_rules():
    return load_rules()


@pytest.fixture(scope="session")
def people_nlp(people_rules):
    return spacy.load(people_rules.nlp.model)


def _people(text: str, nlp, rules) -> list[Mention]:
    doc = nlp(text)
    ctx = SentenceContext(doc_id="t")
    found = [m for sent in doc.sents for m in extract_people(sent, ctx, rules)]
    for m in found:  # provenance: the span is the name as written, title included
        written = text[m.start : m.end]
        assert written == written.strip() and written.endswith(m.value["name"])
    return found


def _by_name(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.value["name"]: m for m in mentions}


# (sentence, {name: (attribute, status, age)})
ROLES = [
    (
        "Erica Rodriguez, 21, Paula Nino, 20, an unidentified three-year-old boy, and Alejandro Martinez, 20, "
        "who witnesses said is the alleged gunman, were killed.",
        {
            "Erica Rodriguez": ("victim", "killed", 21),
            "Paula Nino": ("victim", "killed", 20),
            "Alejandro Martinez": ("suspect", None, 20),
        },
    ),
    (
        "Jassely Lupoe, a 5-year-old Latina, was shot and killed Tuesday, Jan. 27, at her family's home.",
        {"Jassely Lupoe": ("victim", "killed", 5)},
    ),
    (
        "A dentist identified as Dr. Mohammed Ahmad was another of the dozens to die in the attack.",
        {"Mohammed Ahmad": ("victim", "killed", None)},
    ),
    (
        "The city's last pediatrician, Dr. Mohammed Maaz, is seen leaving an intensive care unit minutes before "
        "being killed in the blast.",
        {"Mohammed Maaz": ("victim", "killed", None)},
    ),
    ('"We are afraid," Dahman said.', {"Dahman": ("speaker", "quoted", None)}),
    ("Police identified the victim as John Smith, 32.", {"John Smith": ("victim", None, 32)}),
    (
        "Police arrested 19-year-old Tyrone Banks in connection with the shooting.",
        {"Tyrone Banks": ("suspect", "arrested", 19)},
    ),
    (
        "Tracie Dierks, a 40-year-old woman who lives at the address, was taken into custody and charged with "
        "manslaughter, Sadler said.",
        {"Tracie Dierks": ("suspect", "arrested", 40), "Sadler": ("speaker", "quoted", None)},
    ),
    (
        "Police said a man named Ronnie Chambers, 33, was fatally struck when a gunman opened fire.",
        {"Ronnie Chambers": ("victim", "killed", 33)},
    ),
    ("Smith was pronounced dead at the scene.", {"Smith": ("victim", "killed", None)}),
    (
        "John Jones shot Mary Smith in the leg.",
        {"John Jones": ("suspect", None, None), "Mary Smith": ("victim", None, None)},
    ),
    (
        "Officer Jon Richey suffered three gunshot wounds, including one in the torso.",
        {"Jon Richey": ("victim", "injured", None)},
    ),
    (
        "Stephens, 32, and Paul J. Rayer, 51, were shot and killed during a robbery.",
        {"Paul J. Rayer": ("victim", "killed", 51)},
    ),
    ("According to Sgt. Mike Jones, the shop was closed.", {"Mike Jones": ("speaker", "quoted", None)}),
    # who opens an inquiry is no attacker: only "opened fire" attacks
    (
        "The district prosecutor, Irena Kovac, has opened an investigation into possible negligence.",
        {"Irena Kovac": ("person", None, None)},
    ),
    ("Witnesses said Dario Lenz opened fire on the crowd.", {"Dario Lenz": ("suspect", None, None)}),
    (
        "Jessie Boswell had just finished visiting his grandmother when he was shot.",
        {"Jessie Boswell": ("victim", None, None)},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ROLES, ids=[s[:40] for s, _ in ROLES])
def test_roles_status_age(sentence, expected, people_nlp, people_rules):
    found = _by_name(_people(sentence, people_nlp, people_rules))
    for name, (attribute, status, age) in expected.items():
        assert name in found, f"{name!r} not found in {sorted(found)}"
        m = found[name]
        assert (m.attribute, m.value["status"], m.value["age"]) == (attribute, status, age), m


# (sentence, name, title, role as written)
DESCRIBED = [
    (
        "A dentist identified as Dr. Mohammed Ahmad was another of the dozens to die in the attack.",
        "Mohammed Ahmad",
        "Dr.",
        "A dentist",
    ),
    (
        "The city's last pediatrician, Dr. Mohammed Maaz, is seen leaving an intensive care unit.",
        "Mohammed Maaz",
        "Dr.",
        "The city's last pediatrician",
    ),
    (
        "Pablo Marazzi, the head of Doctors Without Borders's Syria program, said the hospital was hit.",
        "Pablo Marazzi",
        None,
        "the head of Doctors Without Borders's Syria program",
    ),
    (
        "Tirana Hassan, Crisis Response Director at Amnesty International, said it was a war crime.",
        "Tirana Hassan",
        None,
        "Crisis Response Director at Amnesty International",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "title", "role"), DESCRIBED, ids=[d[1] for d in DESCRIBED])
def test_title_and_role_as_written(sentence, name, title, role, people_nlp, people_rules):
    found = _by_name(_people(sentence, people_nlp, people_rules))
    m = found[name]
    assert m.value["title"] == title
    assert m.value["role"] == role
    written = sentence[m.start : m.end]
    assert written == (f"{title} {name}" if title else name)


# Sentences that name no person: organisations, places, outlets, products, headline furniture.
NO_PERSON = [
    # a mountain's, a peak's or a glacier's name: a place, never a person
    "A serac fell near Punta Gelsa on Monte Sorvan, the regional rescue service said.",
    # an agency's photo credit under a caption
    "The regional police chief speaks at a news conference in Veltrano on March 2. (Merida Photo)",
    "Doctors Without Borders said the hospital was hit.",
    "The Los Angeles Police Department said the investigation continues.",
    "LAPD officers responded to the call.",
    "A 22-year-old Milwaukee man was taken to the hospital.",
    "The Syrian Observatory for Human Rights reported 20 dead.",
    "Gunmen fired at a parked 2002 Ford Explorer.",
    "CBS Chicago reported the shooting on Friday.",
    "Driver Shot In Suspected Road Rage Incident In Farmers Branch",
    "The city council met on Tuesday in Aleppo.",
    "Trucks could not reach the city, Agence France-Presse reported Thursday.",  # an organisation's alias
    "Harakat al Nujaba, an Iraqi Shiite militia backed by Iran, sent fighters to the city.",
    "Mourners prayed to Jesus Christ for the families.",
    # a town of two words heads the story
    "Chapel Hill drive-by shooting critically injures child | wtvd.comA 2-year-old boy is at the children's "
    "hospital receiving care around the clock after he was hurt during a shooting on New Year's Day.",
    "Storm knocks out power | Valley News - KTVB.comA tree fell on the line.",  # a host glued to "A"
]


def test_a_province_after_its_town_is_not_a_person(people_nlp, people_rules):
    names = {
        m.value["name"]
        for m in _people(
            "“This has to stop,” Al-Kassem said in a Skype interview from Oakville, Ont. on Friday.",
            people_nlp,
            people_rules,
        )
    }
    assert "Ont" not in names and "Ont." not in names
    assert "Al-Kassem" in names


@pytest.mark.parametrize("sentence", NO_PERSON)
def test_no_person(sentence, people_nlp, people_rules):
    assert _people(sentence, people_nlp, people_rules) == []


def test_without_borders_is_not_a_person(people_nlp, people_rules):
    names = {
        m.value["name"]
        for m in _people(
            "Pablo Marazzi, the head of Doctors Without Borders's Syria program, said the hospital was hit.",
            people_nlp,
            people_rules,
        )
    }
    assert names == {"Pablo Marazzi"}


def test_glued_page_title_is_cut_off(people_nlp, people_rules):
    text = "Juan Mercado, 21 - The Homicide Report - Los Angeles TimesJuan Mercado, a 21-year-old man, died Wednesday."
    found = _people(text, people_nlp, people_rules)
    assert [text[m.start : m.end] for m in found] == ["Juan Mercado", "Juan Mercado"]
    assert all(m.value["key"] == "juan mercado" and m.attribute == "victim" for m in found)
    assert [m.value["age"] for m in found] == [21, 21]


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Dog rescued from flooded river | The Valley ChronicleMarta Kowalski, 34, of Oak Ridge, was taken to "
            "Mercy Hospital in critical condition.",
            "Marta Kowalski",
            34,
        ),
        (  # a common given name, not the religious figure
            "Jesus Ortega, 41 - Crime Log - The Daily HeraldJesus Ortega, a 41-year-old man, died Monday.",
            "Jesus Ortega",
            41,
        ),
        (
            "Two charged after robbery in Queens | news4ny.comDarnell Fisk, 19, of Astoria, who is still "
            "hospitalized with a leg wound, has been charged with robbery.",
            "Darnell Fisk",
            19,
        ),
    ],
)
def test_name_glued_to_a_page_title_or_address_is_found(text, name, age, people_nlp, people_rules):
    m = _people(text, people_nlp, people_rules)[-1]
    assert (text[m.start : m.end], m.value["age"]) == (name, age)


def test_two_touching_person_entities_are_one_name(people_nlp, people_rules):
    text = "Wiggins was charged with murder in the death of Deangelo Damone Reid."
    doc = people_nlp(text)
    first = next(t.i for t in doc if t.text == "Deangelo")
    doc.ents = [Span(doc, first, first + 1, label="PERSON"), Span(doc, first + 1, first + 3, label="PERSON")]
    found = [m for sent in doc.sents for m in extract_people(sent, SentenceContext(doc_id="t"), people_rules)]
    assert [(text[m.start : m.end], m.attribute) for m in found] == [("Deangelo Damone Reid", "victim")]


def test_link_sentences_yield_nothing(people_nlp, people_rules):
    doc = people_nlp("John Smith was shot and killed.")
    ctx = SentenceContext(doc_id="t", link=True)
    assert list(extract_people(next(iter(doc.sents)), ctx, people_rules)) == []


def test_value_keys(people_nlp, people_rules):
    (m,) = _people("Police identified the victim as John Smith, 32.", people_nlp, people_rules)
    assert m.kind == "person"
    assert set(m.value) == {"name", "title", "key", "role", "status", "age"}


def test_resolve_short_names_fills_the_key_and_keeps_offsets(people_nlp, people_rules):
    text = (
        "Dr. Mohammed Maaz, the city's last pediatrician, was killed in the blast. "
        "Colleagues said Maaz had worked there for years. Mohammed Ahmad, a dentist, also died."
    )
    found = _people(text, people_nlp, people_rules)
    resolved = resolve_short_names(found)
    assert [(m.start, m.end) for m in resolved] == [(m.start, m.end) for m in found]
    keys = {text[m.start : m.end]: m.value["key"] for m in resolved}
    assert keys["Maaz"] == "mohammed maaz"
    assert keys["Dr. Mohammed Maaz"] == "mohammed maaz"
    assert keys["Mohammed Ahmad"] == "mohammed ahmad"


def test_resolve_short_names_prefers_the_nearest_earlier_full_name():
    def person(start: int, key: str) -> Mention:
        return Mention("person", "person", start, start + 5, {"name": key, "key": key})

    mentions = [
        person(0, "john smith"),
        person(10, "smith"),
        person(20, "mary smith"),
        person(30, "smith"),
        person(40, "jones"),
    ]
    keys = [m.value["key"] for m in resolve_short_names(mentions)]
    assert keys == ["john smith", "john smith", "mary smith", "mary smith", "jones"]


def test_resolve_short_names_keeps_a_suffix_to_its_full_name():
    def person(start: int, key: str) -> Mention:
        return Mention("person", "person", start, start + 5, {"name": key, "key": key})

    mentions = [
        person(0, "walter green jr"),
        person(10, "walter green sr"),
        person(20, "green jr"),  # the son, though the father was named last
        person(30, "green"),  # the nearest earlier full name
        person(40, "walter sr"),  # a first name with a suffix
    ]
    keys = [m.value["key"] for m in resolve_short_names(mentions)]
    assert keys == ["walter green jr", "walter green sr", "walter green jr", "walter green sr", "walter green sr"]


# Sentence-level outcomes the verb's complements carry: (sentence, {name: (attribute, status)}).
OUTCOMES = [
    # a pronoun in the quoted words is someone else
    ('Sgt. Ray Ortiz continued, "The homeowner feared for his life and shot him."', {"Ray Ortiz": ("person", None)}),
    ("Officers found William Gyger shot to death in his apartment.", {"William Gyger": ("victim", "killed")}),
    ("Lelangel Holmes was found shot and killed inside the home.", {"Lelangel Holmes": ("victim", "killed")}),
    ("Byungeun Lee had gunshot wounds to the chest.", {"Byungeun Lee": ("victim", "injured")}),
    # must not be affected: a coordinated active verb is what the subject did, not an outcome
    (
        "John Ganobick was taken to University Hospital to be treated for his injuries.",
        {"John Ganobick": ("victim", "injured")},
    ),
    ("Geoffrey Reavis tried to run the truck off the road and hit it twice.", {"Geoffrey Reavis": ("person", None)}),
    ("Geoffrey Reavis tried to open the door and shot the dog.", {"Geoffrey Reavis": ("suspect", None)}),
    ("Mark Davis had a long talk with the detectives.", {"Mark Davis": ("person", None)}),
]


@pytest.mark.parametrize(("sentence", "expected"), OUTCOMES, ids=[s[:40] for s, _ in OUTCOMES])
def test_outcomes_in_complements(sentence, expected, people_nlp, people_rules):
    found = _by_name(_people(sentence, people_nlp, people_rules))
    for name, (attribute, status) in expected.items():
        assert (found[name].attribute, found[name].value["status"]) == (attribute, status), found[name]


# What other sentences of the story say: (document, {name: (attribute, status, age)}), after
# resolve_short_names, every mention of the name.
STORY = [
    # an unnamed victim, named in a later sentence
    (
        "A 37-year-old man was fatally shot Sunday night. Police identified him as John Smith.",
        {"John Smith": ("victim", "killed", 37)},
    ),
    (
        "A woman was wounded in the leg on Friday. The victim was identified as Mary Jones.",
        {"Mary Jones": ("victim", "injured", None)},
    ),
    (
        "A 42-year-old man was shot and killed outside a restaurant. Police said the 42-year-old man, "
        "identified as Rodney Jones, had argued with his brother.",
        {"Rodney Jones": ("victim", "killed", 42)},
    ),
    # a named victim whose death a later "he" states
    (
        "The victim was identified as John Smith, 32. He was pronounced dead at the scene.",
        {"John Smith": ("victim", "killed", 32)},
    ),
    # the same person by surname: every mention of the key shares the status and age
    (
        "John Smith, 32, was shot on Main Street. Smith was pronounced dead at the hospital.",
        {"John Smith": ("victim", "killed", 32), "Smith": ("victim", "killed", 32)},
    ),
    # must not be affected: the one identified is the suspect
    (
        "A 37-year-old man was fatally shot Sunday. Police identified the suspect as Tom Brown.",
        {"Tom Brown": ("suspect", None, None)},
    ),
    # must not be affected: a named victim comes between the description and the name
    (
        "A 37-year-old man was fatally shot Sunday. John Smith was also shot and killed. "
        "Police identified the driver as Tom Brown.",
        {"Tom Brown": ("person", None, None)},
    ),
    # must not be affected: "him" cannot be the woman described
    ("A woman was fatally shot Sunday. Police identified him as Tom Brown.", {"Tom Brown": ("person", None, None)}),
    # must not be affected: another person becomes the subject before "she died"
    (
        "John Smith was shot on Friday. Mary Jones called the police. She died later.",
        {"John Smith": ("victim", None, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORY, ids=[s[:40] for s, _ in STORY])
def test_story_completes_role_status_age(text, expected, people_nlp, people_rules):
    found = _people(text, people_nlp, people_rules)
    resolved = resolve_short_names(found)
    assert [(m.start, m.end) for m in resolved] == [(m.start, m.end) for m in found]
    for name, (attribute, status, age) in expected.items():
        mentions = [m for m in resolved if text[m.start : m.end] == name]
        assert mentions, f"{name!r} not found in {[text[m.start : m.end] for m in resolved]}"
        for m in mentions:
            assert (m.attribute, m.value["status"], m.value["age"]) == (attribute, status, age), m


def _mention(
    start: int, key: str, attribute: str = "person", status: str | None = None, age: int | None = None
) -> Mention:
    return Mention("person", attribute, start, start + 5, {"name": key, "key": key, "status": status, "age": age})


def test_resolve_short_names_shares_part_status_and_age_within_a_key():
    mentions = [
        _mention(0, "john smith", "victim"),
        _mention(10, "smith", "victim", "killed", 32),
        _mention(20, "john smith"),
        _mention(30, "mary jones", "speaker", "quoted"),
    ]
    resolved = resolve_short_names(mentions)
    assert [(m.attribute, m.value["status"], m.value["age"]) for m in resolved] == [
        ("victim", "killed", 32),
        ("victim", "killed", 32),
        ("victim", "killed", 32),
        ("speaker", "quoted", None),
    ]
    assert [(m.start, m.end) for m in resolved] == [(m.start, m.end) for m in mentions]


def test_resolve_short_names_leaves_open_what_the_key_contradicts():
    mentions = [
        _mention(0, "john smith", "victim", "injured", 30),
        _mention(10, "john smith", "suspect", None, 31),
        _mention(20, "john smith"),
        _mention(30, "john smith", "victim", "killed"),
    ]
    resolved = resolve_short_names(mentions)
    # victim and suspect both said: the plain mention stays a person; two ages: none is filled in;
    # each mention's own status is kept
    assert [(m.attribute, m.value["status"], m.value["age"]) for m in resolved] == [
        ("victim", "injured", 30),
        ("suspect", None, 31),
        ("person", None, None),
        ("victim", "killed", None),
    ]


# Parses the victim role used to miss or get wrong (GVDB, issue 15): (sentence, {name: (attribute, status)}).
PARSE_SLIPS = [
    (  # a list of aged names the tagger hung on an earlier name: the verb after the list is theirs
        "According to the county coroner Ellen Marsh, Rita Jane Dolan, 23, and Carla Mae Vance, 29, were "
        "both pronounced dead of gunshot wounds on Elm Drive.",
        {
            "Ellen Marsh": ("speaker", "quoted"),
            "Rita Jane Dolan": ("victim", "killed"),
            "Carla Mae Vance": ("victim", "killed"),
        },
    ),
    (  # the participle the tagger hung on the name: a bullet hit her
        "Close friends said a bullet hit Aniyah Brooks in the head during a drive-by shooting.",
        {"Aniyah Brooks": ("victim", None)},
    ),
    (  # listed beside "the victim", not the victim
        "The police said the shooting occurred during an argument and was the result of a long, running "
        "dispute between the victim and Okafor.",
        {"Okafor": ("person", None)},
    ),
    (  # the name given to a man the same clause says was shot
        "Fairview police have identified the man who was shot on March 3 near the river, as Delmar Kent Voss III.",
        {"Delmar Kent Voss III": ("victim", None)},
    ),
    (  # "him" in the name's own clause chain is the deputy, not the subject
        "Witnesses said Darnell Pike jumped out of his truck and began firing at a deputy, hitting him in the arm.",
        {"Darnell Pike": ("person", None)},
    ),
    (  # a later clause with its own subject: "him" may be the name
        "Jose Alvarez was walking home. Police said a man shot him twice.",
        {"Jose Alvarez": ("victim", None)},
    ),
    (  # a plural noun the names enumerate still gives them its part
        "The bodies of Clarence and Shauna Washington, both 35, and their three daughters -- 4-year-old Olivia, "
        "6-year-old Onya and 13-year-old Omesha -- were found inside the home.",
        {"Omesha": ("victim", "killed")},
    ),
    (  # a negated accusation still says who the story is about
        "A grand jury decided not to indict Karen Loomis or Dale Loomis.",
        {"Karen Loomis": ("suspect", "accused")},
    ),
    (  # and one who will not say is still the one speaking, not the boy shot
        "Sheriff Ray Dorsett would not say if the boy was alone when he was shot.",
        {"Ray Dorsett": ("speaker", "quoted")},
    ),
    (  # a negated outcome is no outcome
        "Officials said Grady Pell was not hurt in the exchange.",
        {"Grady Pell": ("person", None)},
    ),
    (  # the wound is the object of what she failed to do, not hers
        "However, Marla Keene failed to mention the gunshot wound to her son's chest.",
        {"Marla Keene": ("person", None)},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PARSE_SLIPS, ids=[s[:40] for s, _ in PARSE_SLIPS])
def test_victim_role_survives_parse_slips(sentence, expected, people_nlp, people_rules):
    found = _by_name(_people(sentence, people_nlp, people_rules))
    for name, (attribute, status) in expected.items():
        assert name in found, f"{name!r} not found in {sorted(found)}"
        assert (found[name].attribute, found[name].value["status"]) == (attribute, status), found[name]


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        (
            "Bella, a pit bull, suffered three gunshot wounds during a break-in Tuesday, her owner, Dana Reyes, said.",
            {"Dana Reyes"},
            {"Bella"},
        ),
        ("Max Shepherd, 40, was shot in the leg.", {"Max Shepherd"}, set()),  # the animal word is part of the name
        ("Shepherd Jones, 40, was shot in the leg.", {"Shepherd Jones"}, set()),
    ],
)
def test_an_animal_named_in_apposition_is_not_a_person(sentence, kept, dropped, people_nlp, people_rules):
    names = set(_by_name(_people(sentence, people_nlp, people_rules)))
    assert kept <= names and not (dropped & names), names
