"""Blame, claims of responsibility and denials, one sentence at a time: each blame claim with its
actor (who is said to be responsible), its stance and who says so (``by``), so that "X claims
it", "the government blames Y" and "Y denies it" come out as the blame disagreement they are.
Every sentence is written for these tests, with invented names.
"""

from __future__ import annotations

import pytest

from verify.extract.attribution import extract_attributions
from verify.extract.base import DocFacts, SentenceContext
from verify.extract.claims import claims_from_chunk
from verify.extract.methods import extract_methods
from verify.models import Document


def _blame(parse, rules, text):
    """(actor, stance, by) of every blame claim of ``text``, in order."""
    doc = parse(text)
    ctx = SentenceContext("d", facts=DocFacts.of(doc))
    return [
        (m.value["actor"], m.value["stance"], m.value["by"])
        for sent in doc.sents
        for m in extract_attributions(sent, ctx, rules)
    ]


# ---- a group that claims an act: its own claim, the group says so ------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The Vorn Liberation Army (VLA) claimed responsibility on Wednesday for the bombing of a bus depot in Ostrel.",
            [("Vorn Liberation Army", "asserted", "Vorn Liberation Army")],
        ),
        (
            "The Sable Hand, an armed faction, claimed responsibility for the attack in a statement posted online.",
            [("Sable Hand", "asserted", "Sable Hand")],
        ),
        (
            "The Kedrin People's Front claimed the raid on Friday.",
            [("Kedrin People's Front", "asserted", "Kedrin People's Front")],
        ),
        # the act said done by the group's own people, in a clause the parser hangs on the medium
        (
            "The Western Frontier Brigade said in a video posted online that its fighters had carried out the attack.",
            [("Western Frontier Brigade", "asserted", "Western Frontier Brigade")],
        ),
        # a relative clause that claims the act: on the group's name, or on the act's target
        (
            "Among the escapees is Usman Dadabe, a commander of the Western Frontier Brigade, which has claimed the attack.",
            [("Western Frontier Brigade", "asserted", "Western Frontier Brigade")],
        ),
        (
            "Three guards were killed in the attack on the Ugwar Custodial Centre, which the Western Frontier Brigade has claimed.",
            [("Western Frontier Brigade", "asserted", "Western Frontier Brigade")],
        ),
        # no one claims it: no claim, no actor
        ("No group has claimed the attack.", []),
    ],
)
def test_a_claim_of_responsibility_is_the_groups_own(parse, rules, sentence, expected):
    assert _blame(parse, rules, sentence) == expected


def test_the_claims_day_is_not_the_acts(parse, rules):
    doc = parse("The Kedrin People's Front claimed the raid on Friday.")
    ctx = SentenceContext("d", facts=DocFacts.of(doc))
    (mention,) = [m for sent in doc.sents for m in extract_attributions(sent, ctx, rules)]
    assert "when" not in mention.value


# ---- a denial in a relative clause, or by a name the parse tells only once ---------------------


def test_a_denial_beside_an_accusation_is_the_deniers_own(parse, rules):
    text = "The interior ministry has blamed a rival faction, the Morrow Battalions, which has denied any role."
    assert _blame(parse, rules, text) == [
        ("Morrow Battalions", "accused", "interior ministry"),
        ("Morrow Battalions", "denied", "Morrow Battalions"),
    ]


def test_a_name_the_parse_tells_once_is_an_actor_wherever_it_is_written(parse, rules):
    # the second sentence's parse names no organisation; the first one's does
    text = (
        "The government has blamed the Morrow Battalions for the attack. The Morrow Battalions have denied involvement."
    )
    assert _blame(parse, rules, text) == [
        ("Morrow Battalions", "accused", "government"),
        ("Morrow Battalions", "denied", "Morrow Battalions"),
    ]


# ---- an accusation in a relative clause on a phrase beside the name ----------------------------


def test_the_accuser_of_a_relative_clause_says_so(parse, rules):
    text = (
        "The Sable Hand broke away in 2019 from the Morrow Battalions, "
        "the older militia the government still holds responsible for the market attack."
    )
    assert _blame(parse, rules, text) == [("Morrow Battalions", "accused", "government")]


def test_it_denying_a_role_stands_for_the_group_named_before(parse, rules):
    """ "It denied any role" is the denial of the organisation the page named last before it; "it"
    as the subject of anything but a denial stands for no one."""
    text = (
        "The interior ministry blamed the Northern Front for the attack on the hotel. "
        "The group said in a statement that it had nothing to do with the siege. It denied any role."
    )
    assert _blame(parse, rules, text) == [
        ("Northern Front", "accused", "interior ministry"),
        ("Northern Front", "denied", "Northern Front"),
    ]
    text = "The Northern Front was blamed for the attack. It said the hotel had been warned."
    assert [b for b in _blame(parse, rules, text) if b[1] == "denied"] == []


@pytest.mark.parametrize(
    "sentence, denier",
    [
        ("Witnesses accused Hezbollah of shelling the market, a claim the group denies.", "Hezbollah"),
        (
            "Residents blamed the Rapid Support Forces for the attack, something the group denies.",
            "Rapid Support Forces",
        ),
        (
            "The Rapid Support Forces have been accused of shelling the hospital, which they deny.",
            "Rapid Support Forces",
        ),
    ],
)
def test_a_denial_in_a_clause_on_the_accusation_is_the_accused_s(parse, rules, sentence, denier):
    """A relative clause whose antecedent is the accusation ("a claim the group denies", "something
    ... denies") or whose pronoun denies ("which they deny") is the accused's denial."""
    assert [(a, s) for a, s, _ in _blame(parse, rules, sentence)] == [(denier, "accused"), (denier, "denied")]


def test_a_word_of_what_was_said_below_a_denial_is_no_denial_of_a_role(parse, rules):
    """ "this" of "earlier this month" somewhere below "ruled out" is not what is denied: only a
    denial's own object ("denies this") or a relative clause's antecedent stands for what was said."""
    text = (
        "The Assad regime has ruled out the possibility of the president's departure, and an adviser "
        "reiterated earlier this month that his removal is a red line."
    )
    assert [b for b in _blame(parse, rules, text) if b[1] == "denied"] == []


# ---- what is said is credited to whoever says it -------------------------------------------------


def _claims(parse, rules, text):
    document = Document("d", "d.md", text, "0")
    return claims_from_chunk(document, parse(text), 0, rules)


def test_a_claim_of_responsibility_cites_no_one_for_the_toll(parse, rules):
    text = "The Vorn Liberation Army claimed responsibility for the bombing in Ostrel, as the death toll rose to 31."
    (toll,) = [c for c in _claims(parse, rules, text) if c.kind == "count"]
    assert (toll.text, toll.cited_source) == ("31", None)


def test_a_method_is_credited_to_who_speaks_of_it(parse, rules):
    doc = parse("Police say a gunman on foot fired the shots, while a city councillor has spoken of a car bomb.")
    ctx = SentenceContext("d", facts=DocFacts.of(doc))
    cited = {m.value["method"]: m.cited_source for sent in doc.sents for m in extract_methods(sent, ctx, rules)}
    assert cited["car_bomb"] == "city councillor"


# ---- who is said to have caused the happening: blame, said by someone else an accusation -------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Fishermen told reporters that the coast guard caused the trawler to capsize by ramming it.",
            [("coast guard", "accused", "Fishermen")],
        ),
        (
            "Rescued passengers say a coast guard cutter tried to tow the dinghy and caused it to capsize.",
            [("coast guard cutter", "accused", "Rescued passengers")],
        ),
    ],
)
def test_a_cause_said_by_others_is_an_accusation(parse, rules, sentence, expected):
    assert _blame(parse, rules, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The coast guard said 60 people had been pulled from the water.",
        "Strong winds caused the trawler to capsize, the coast guard said.",
        "The coast guard caused a stir by publishing the video.",  # no happening caused
    ],
)
def test_a_cause_needs_a_causer_and_a_happening(parse, rules, sentence):
    assert _blame(parse, rules, sentence) == []


def test_the_group_stands_for_the_organisation_named_before_it(parse, rules):
    """ "The group has denied involvement" after the minister blamed the Tarvel Liberation Front is
    the Front's denial; "the group" with no organisation named before it ("a group of men ... The
    group fled") stands for no one."""
    text = (
        "Interior Minister Oren Vaskel blamed the Tarvel Liberation Front for the bombing. "
        "The group has denied involvement, its spokesman said."
    )
    blame = [(actor, stance) for actor, stance, _ in _blame(parse, rules, text)]
    assert blame == [("Tarvel Liberation Front", "accused"), ("Tarvel Liberation Front", "denied")]
    unnamed = _blame(parse, rules, "A group of men fired at the crowd. The group fled on foot.")
    assert all(actor == "group" for actor, _, _ in unnamed)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a claim told in the passive, by what the group says it is, or by its own soldiers
        ("The bombing was claimed by the Kanu Front.", [("Kanu Front", "asserted", "Kanu Front")]),
        ("The Kanu Front claimed it was behind the bombing.", [("Kanu Front", "asserted", "Kanu Front")]),
        ("The Kanu Front said it was behind the bombing.", [("Kanu Front", "asserted", "Kanu Front")]),
        (
            "ISIS claimed one of its soldiers carried out the attack, but officials have not confirmed it.",
            [("Islamic State", "asserted", "ISIS")],
        ),
        # ... never a claim of not having done it, nor the police who look into the claim
        ("The Kanu Front claimed it was not behind the bombing.", []),
        (
            "The bombing was claimed by ISIL and police are investigating the claim.",
            [("Islamic State", "asserted", "ISIL")],
        ),
        # (two subjects of one verb are each its subject)
        (
            "Both Syria and Russia denied having anything to do with the strike.",
            [("Syrian government", "denied", "Syria"), ("Russia", "denied", "Russia")],
        ),
    ],
)
def test_a_group_claims_the_act_in_more_words_than_responsibility(parse, rules, sentence, expected):
    assert [b for b in _blame(parse, rules, sentence) if b[1] != "context_only"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Police said the attacks were carried out by seven suicide bombers from the Kanu Front.",
            [("Kanu Front", "asserted", "Police")],
        ),
        (
            "The bombing was carried out by gunmen from the Kanu Front, the army said.",
            [("Kanu Front", "asserted", "army")],
        ),
    ],
)
def test_the_group_the_attackers_came_from_did_it(parse, rules, sentence, expected):
    assert [b for b in _blame(parse, rules, sentence) if b[1] != "context_only"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a country's name the parser takes for an adjective of the strike: where it was
        ("Marestan wedding strike: What we know", []),
        ("Marestan wedding strike survivors describe second hit as guests fled", []),
        # a people's word of the rules' demonyms names who
        ("Russian strike on wedding convoy kills 15", [("Russia", "asserted", None)]),
        # a city of the gazetteer the tagger reads as a body, naming the act another claims: where
        (
            "Islamic State claimed the Colombo bombings on Tuesday.",
            [("Islamic State", "asserted", "Islamic State")],
        ),
    ],
)
def test_a_place_s_name_before_the_act_is_where_not_who(parse, rules, sentence, expected):
    assert [b for b in _blame(parse, rules, sentence) if b[1] != "context_only"] == expected


# ---- a response is no one's attack; a body the parse takes for a person still denies -----------
# ---- holding a group responsible; a group named beside its common noun ---------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a rescue operation" (``attribution.roles.not_acts_after``): the army did not carry out the raid
        ("12:55 - Army launches rescue operation", []),
        ("Rebels launched an attack on the town.", [("rebels", "asserted", None)]),
        # "The Sahel Companions", a person of the parse in this text: no person's name takes "the"
        (
            "Seventy-seven schoolgirls remain in the hands of kidnappers a week after gunmen raided their boarding "
            "school in the village of Zangoro in northern Adamora. The police have blamed a gang loyal to the bandit "
            "leader Dogo Halilu. The Sahel Companions have denied any involvement.",
            [("Sahel Companions", "denied", "Sahel Companions")],
        ),
        # the parse hangs "responsible" on the one held so, not on "holds"
        (
            "The Ministry holds the Eastern Liberation Movement responsible for this cowardly crime.",
            [("Eastern Liberation Movement", "accused", "Ministry")],
        ),
        (
            "Interior Minister Dana Korvel said the government held the Eastern Liberation Movement, "
            "a separatist group active in the east, responsible.",
            [("Eastern Liberation Movement", "accused", "government")],
        ),
        # a dateline's bracketed credit is the outlet, never the group "the group" stands for
        (
            "March 11 (Northline Wire) - Gunfire was heard overnight.\nIn a statement, the group said "
            "its fighters had carried out the attack.",
            [],
        ),
        # "the group Saraya al-Nasr" names its own group: no other body the page named before
        (
            "Guests fled the Belvane Royal Hotel.\nThe group Saraya al-Nasr said it carried out the attack.",
            [("Saraya al-Nasr", "asserted", "Saraya al-Nasr")],
        ),
    ],
)
def test_a_rescue_is_no_attack_and_a_misread_body_denies(parse, rules, text, expected):
    assert _blame(parse, rules, text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "DELTON, Norvada -- A gunman opened fire Tuesday at an elementary school, killing at least 11 children, officials said.",
        "DELTON, Norvada (KDLN) — A gunman opened fire Tuesday at an elementary school, killing 11 children, officials said.",
    ],
)
def test_an_undated_dateline_names_no_perpetrator(parse, rules, sentence):
    # the town of a dateline with no date, its region and the station say where the story was filed
    assert _blame(parse, rules, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Witnesses said the gunman fired for several minutes until police shot him.",
        "Twenty minutes passed between the moment the gunman began firing and the moment police shot him dead.",
    ],
)
def test_those_who_killed_the_attacker_did_not_carry_out_the_attack(parse, rules, sentence):
    # the subject of an act done to the gunman ("him", after him) ended the attack: no perpetrator
    assert _blame(parse, rules, sentence) == []


def test_who_named_the_attacker_did_not_carry_out_the_attack(parse, rules):
    assert (
        _blame(parse, rules, "The gunman, identified by police as Tobias Renner, was shot dead inside the school.")
        == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a town's name the tagger takes for a people's ("Baramgam" NORP), naming the act: where
        "The Highland Front issued a statement denying its involvement in the Baramgam terror attack.",
        "It was the deadliest attack on civilians since the Baramgam strike in 2019.",
    ],
)
def test_a_town_naming_the_attack_is_no_actor(parse, rules, sentence):
    assert "Baramgam" not in [a for a, _, _ in _blame(parse, rules, sentence)]


def test_a_people_s_word_naming_the_attack_is_still_its_actor(parse, rules):
    assert ("Russia", "asserted", None) in _blame(parse, rules, "The Russian strike on the market killed 12.")


# ---- the response to an attack: who hunts its authors did not carry it out ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Security forces launched a massive operation to hunt down the perpetrators of the attack.",
        "Police launched a manhunt for the attackers after the attack on the meadow.",
    ],
)
def test_who_pursues_the_attackers_is_no_perpetrator(parse, rules, sentence):
    assert _blame(parse, rules, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack on the Nuri Maternity Hospital, which local officials blamed on the Sahel Guard, came as the group lost ground.",
        "Ten guards died in the raid on the Ugwar Custodial Centre, which the governor blamed on the Sahel Guard.",
    ],
)
def test_what_a_relative_clause_blames_on_a_group_is_not_accused(parse, rules, sentence):
    """ "the hospital, which officials blamed on X": the clause lays the blame on X; the noun it
    describes is the act's target, never an actor."""
    assert [actor for actor, _, _ in _blame(parse, rules, sentence)] == ["Sahel Guard"]


# ---- who did it: a relief body's own work, a town's dateline, a state's army by its initials ------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a relief body's "operations" are its relief work, no act of the happening
        (
            "It was the deadliest incident linked to the Corvin Humanitarian Trust's operations since they began last week.",
            [],
        ),
        # the town and region of a title-case dateline say where the story was filed
        (
            "Tarsel, Velmora - Soldiers killed at least 27 people near an aid site on Sunday, witnesses said.",
            [],
        ),
    ],
)
def test_no_actor_where_none_is_blamed(parse, rules, sentence, expected):
    assert [a for a, _, _ in _blame(parse, rules, sentence) if a != "the government"] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Witnesses said Israeli forces opened fire on the crowd near the site.",
        "The health ministry blamed the Israeli military for the deaths.",
        "As the crowds reached the roundabout, the IDF opened fire, the witnesses said.",
    ],
)
def test_a_states_army_by_its_initials_is_the_state(parse, rules, sentence):
    # one actor whichever name the page gives its army: never "Israel" set against "the IDF"
    assert [a for a, _, _ in _blame(parse, rules, sentence)] == ["Israel"]


# ---- the attack a defence answered is no blame for the event told --------------------------------
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the strike the air defences fired against is why they fired: no one blamed for the crash
        (
            "The Kremlin said air defence systems were firing near Grozny on Wednesday due to a Ukrainian drone strike.",
            [],
        ),
        ("Air defence units opened fire in response to a Ukrainian drone attack.", []),
        # a strike said of its own is still its actor's
        ("A Ukrainian drone strike hit the depot on Wednesday.", [("Ukraine", "asserted", None)]),
    ],
)
def test_the_attack_a_defence_answered_is_no_blame(parse, rules, sentence, expected):
    assert [b for b in _blame(parse, rules, sentence) if b[1] != "context_only"] == expected


# ---- who accuses whom: each other, the subject a clause shares, a pronoun's speaker, a habit ----


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # joined subjects blaming each other: each is accused, and the other holds it
        (
            "Zaveria and Kostrovia blamed each other for the downing of the airliner.",
            [("Zaveria", "accused", "Kostrovia"), ("Kostrovia", "accused", "Zaveria")],
        ),
        (
            "The Zaverian government and the Velmoran rebels blamed each other for the downing of the airliner.",
            [("Zaverian government", "accused", "Velmoran rebels"), ("rebels", "accused", "Zaverian government")],
        ),
        # no one named: no claim; one subject alone accuses as before
        ("The two sides blamed each other for the collapse of the talks.", []),
        ("Zaveria blamed Kostrovia for the attack.", [("Kostrovia", "accused", "Zaveria")]),
    ],
)
def test_blaming_each_other_accuses_each_by_the_other(parse, rules, sentence, expected):
    assert _blame(parse, rules, sentence) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb joined to a denial, or a participle on the main clause: the main clause's subject holds it
        (
            "Kostrovia denied carrying out the strike and blamed the Kora Brigades for it.",
            [("Kostrovia", "denied", "Kostrovia"), ("Kora Brigades", "accused", "Kostrovia")],
        ),
        (
            "The regional president defended his government's response, blaming the Tarsun Water Authority for the late alert.",
            [("Tarsun Water Authority", "accused", "regional president")],
        ),
        # a pronoun accusing or denying: the one the sentence before names as its subject
        (
            "A spokesman for the Kora Brigades spoke to reporters on Friday. "
            "He accused the Zaverian army of carrying out the attack.",
            [("Zaverian army", "accused", "spokesman for the Kora Brigades")],
        ),
        (
            "Zaverian Foreign Minister Anton Kelo spoke to reporters on Friday. "
            "He further denied that Zaverian forces had fired the missile.",
            [("Zaverian forces", "denied", "Zaverian Foreign Minister Anton Kelo")],
        ),
        # ... and with no one named before it, no one
        ("They accused the Zaverian army of carrying out the attack.", [("Zaverian army", "accused", None)]),
    ],
)
def test_who_holds_an_accusation_or_a_denial(parse, rules, text, expected):
    assert _blame(parse, rules, text) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a habit of accusing, about no act of the event: context only
        ("Zaveria has repeatedly accused Kostrovia of killing civilians.", []),
        ("Zaveria has long blamed Kostrovia for attacks on its border towns.", []),
        # ... but a repeated accusation of the attack told, or a repeated denial, stands
        ("Zaveria has repeatedly blamed Kostrovia for the attack.", [("Kostrovia", "accused", "Zaveria")]),
        ("Kostrovia has repeatedly denied involvement in the attack.", [("Kostrovia", "denied", "Kostrovia")]),
    ],
)
def test_a_habitual_accusation_is_context(parse, rules, sentence, expected):
    assert _blame(parse, rules, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # separatists are a people's armed group, as militants are (``attribution.armed_groups``)
        (
            "The Kostrovian government blamed pro-Zaverian separatists for the attack.",
            [("pro-Zaverian separatists", "accused", "Kostrovian government")],
        ),
    ],
)
def test_separatists_are_an_armed_group(parse, rules, sentence, expected):
    assert _blame(parse, rules, sentence) == expected
