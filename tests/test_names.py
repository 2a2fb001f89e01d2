"""verify/names.py: titles, matching keys and the same-person score."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract.names import name_key, same_person, strip_title
from verify.rules import load_rules

RULES = load_rules()


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Dr. Mohammed Maaz", ("Dr.", "Mohammed Maaz")),
        ("Deputy Chief Kenneth Garner", ("Deputy Chief", "Kenneth Garner")),
        ("Sgt. Mike Jones", ("Sgt.", "Mike Jones")),
        ("Mohammed Maaz", (None, "Mohammed Maaz")),
        ("Dr.", (None, "Dr.")),  # a title alone is left alone
        ("Drew Peterson", (None, "Drew Peterson")),  # "Dr" must be a whole word
        ("Secretary-General Antonio Guterres", ("Secretary-General", "Antonio Guterres")),  # titles joined by a hyphen
        ("Jean-Pierre Dumas", (None, "Jean-Pierre Dumas")),  # a hyphenated given name is no title
        ("Director Steve Garrow", ("Director", "Steve Garrow")),  # an office before the name
        ("Chairwoman Ines Rautio", ("Chairwoman", "Ines Rautio")),
    ],
)
def test_strip_title(written, expected):
    assert strip_title(written, RULES) == expected


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Dr. Muhammad Waseem Maaz", "mohammed waseem maaz"),
        ("Mohammad Wassim Maaz", "mohammed waseem maaz"),
        ("Dr. Mohammed Maaz", "mohammed maaz"),
        ("Maaz's", "maaz"),
        ("Maaz’s", "maaz"),
        ("O'Brien", "obrien"),
        ("Bashar-al Assad", "bashar assad"),  # a surname particle leaves the key ...
        ("Bashar al-Assad", "bashar assad"),
        ("Al-Kassem", "kassem"),
        ("Dr. Anas Al-Kassem", "anas kassem"),
        ("Maria de la Cruz", "maria cruz"),
        ("Al Sharpton", "al sharpton"),  # ... but a capitalised first name stays
        ("Al", "al"),
        ("Supreme Leader Ali Khamenei", "ali khamenei"),
        ("José  Núñez", "jose nunez"),
        ("Caitlin L. Caskey", "caitlin l caskey"),
        ("Dr. Mohamed Ahmed", "mohammed ahmad"),
    ],
)
def test_name_key(written, key):
    assert name_key(written, RULES) == key


def _key(name: str) -> str:
    return name_key(name, RULES)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dr. Mohammed Maaz", "Dr. Muhammad Waseem Maaz"),
        ("Dr. Muhammad Waseem Maaz", "Mohammad Wassim Maaz"),
        ("Dr. Mohammed Maaz", "Mohammad Wassim Maaz"),
        ("J. Smith", "John Smith"),
        ("Kameisha Mills", "Kamesha Mills"),  # one article spells her both ways
        ("Richard Kalecki Jr.", "Richard Kalecki"),
        ("Tim Harlow", "Timothy James Harlow"),  # a short form of the given name
        ("Chris Lund", "Christine Lund"),
        ("Amir Daoud", "Amir Dawood"),  # the long "u" transliterated as "ou", and as "w" + "oo"
        ("Yahia Moussa", "Yahia Musa"),
        ("Salma Nour", "Salma Noor"),
        # a Ukrainian and a Russian spelling of one given name
        ("Valentyn Reznichenko", "Valentin Reznichenko"),
        ("Kyrylo Tymchuk", "Kirill Tymchuk"),
    ],
)
def test_same_person_high(a, b):
    assert same_person(_key(a), _key(b), RULES) >= RULES.names.match_threshold


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dr. Mohammed Maaz", "Dr. Mohammed Ahmad"),  # different surnames
        ("John Smith", "Mary Smith"),  # same surname, different first names
        ("John A. Smith", "John B. Smith"),  # conflicting middle initials
        ("Maaz", "Mohammed Maaz"),  # a lone surname is only a suggestion
        ("Walter Green Sr.", "Walter Green Jr."),  # a father and his son
        ("Green Jr.", "Walter Green Sr."),
        ("Tim Harlow", "Tom Harlow"),  # short forms of two different names
        ("Christopher Lund", "Christine Lund"),  # one short form ("Chris"), two people
        ("Ali Hassan", "Ali Hussein"),  # two names, not one transliterated two ways
        ("Amir Daoud", "Amir Dodd"),
    ],
)
def test_same_person_not_confirmed(a, b):
    assert same_person(_key(a), _key(b), RULES) < RULES.names.match_threshold


def test_lone_surname_is_a_suggestion():
    assert same_person("maaz", "mohammed maaz", RULES) == RULES.names.suggest_threshold


names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
name_like = st.lists(
    st.sampled_from(
        [
            "Dr.",
            "Mohammed",
            "Muhammad",
            "Maaz",
            "Waseem",
            "Wassim",
            "Ahmad",
            "J.",
            "Smith",
            "O'Brien",
            "al-Assad",
            "Jr.",
            "José",
            "Sgt.",
            "'s",
        ]
    ),
    min_size=1,
    max_size=5,
).map(" ".join)


@settings(max_examples=300)
@given(st.one_of(names, name_like))
def test_name_key_is_idempotent(text):
    key = name_key(text, RULES)
    assert name_key(key, RULES) == key


@settings(max_examples=300)
@given(st.one_of(names, name_like), st.one_of(names, name_like))
def test_same_person_is_symmetric_and_bounded(a, b):
    ka, kb = name_key(a, RULES), name_key(b, RULES)
    score = same_person(ka, kb, RULES)
    assert score == same_person(kb, ka, RULES)
    assert 0 <= score <= 100


@given(name_like)
def test_a_key_is_the_same_person_as_itself(text):
    key = name_key(text, RULES)
    if key:
        assert same_person(key, key, RULES) == 100


@pytest.mark.parametrize(
    "written, plain",
    [
        ("Łukasz Kowalski", "Lukasz Kowalski"),  # ł: no decomposition, folded all the same
        ("Søren Kierkegaard", "Soren Kierkegaard"),
        ("Đorđe Petrović", "Dorde Petrovic"),
        ("Владимир Путин", "Vladimir Putin"),  # another script, letter by letter
    ],
)
def test_letters_of_any_script_fold_to_the_latin_key(written, plain):
    assert name_key(written, RULES) == name_key(plain, RULES)
    assert name_key(written, RULES).isascii()


def test_the_rules_transliteration_folds_still_apply_after_the_script_fold(tmp_path):
    arabic = "محمد علي"
    assert name_key(arabic, RULES) != name_key("Mohammed Ali", RULES)  # m-h-m-d is not a spelling the rules know
    (tmp_path / "folds.yaml").write_text(
        "names:\n  fold:\n    mohammed: [muhammad, mohamed, mohammad, mhmd]\n    ali: [aly, ly]\n", encoding="utf-8"
    )
    with_fold = load_rules(tmp_path)
    assert name_key(arabic, with_fold) == name_key("Mohammed Ali", with_fold) == "mohammed ali"
