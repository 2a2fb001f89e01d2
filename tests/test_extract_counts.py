"""Tests for verify/extract/counts.py: which figures a sentence states, what they count, where they are."""

from __future__ import annotations

import pytest
import spacy

from verify.extract.base import SentenceContext
from verify.extract.counts import extract_counts
from verify.rules import load_rules

RULES = load_rules()


@pytest.fixture(scope="session")
def nlp():
    return spacy.load(RULES.nlp.model)


def _mentions(nlp, sentence: str, link: bool = False):
    doc = nlp(sentence)
    ctx = SentenceContext("doc", link=link)
    return doc, [m for sent in doc.sents for m in extract_counts(sent, ctx, RULES)]


# (sentence, [(attribute, low, high, best, qualifier, text), ...]) — every figure the sentence states.
CASES = [
    # "the 24 deceased": the dead, whom the part identified is counted out of (no figure of the
    # identified 24, with 19 a part of it)
    (
        "Out of the 24 deceased, 19 have been identified, police said.",
        [("deaths", 24, 24, 24, None, "24"), ("identified", 19, 19, 19, None, "19")],
    ),
    # a total of passengers and crew is one figure, whatever subject the parse gave the verb; no
    # other subject of that verb is a toll of the dead
    (
        "A total of 60 passengers and four crew members were on board the plane, which departed from"
        " Tarsen, Ulmark, according to Volo Airlines.",
        [("people_present", 64, 64, 64, "A total of", "A total of 60 passengers and four crew members")],
    ),
    # the bodies of each aircraft: parts of the bodies recovered, the bare "two" counting bodies too
    (
        "Eleven bodies had been recovered from the seaplane, a turboprop operated by Nordfly, and two had"
        " been recovered from the helicopter, said police chief Anna Brekke.",
        [
            ("bodies_recovered_part", 11, 11, 11, None, "Eleven bodies"),
            ("bodies_recovered_part", 2, 2, 2, None, "two"),
        ],
    ),
    # a verbless list after a semicolon that adds up to the figure before it is its breakdown
    (
        "So far, 13 bodies have been recovered, Brekke told reporters; 11 bodies from the seaplane and two"
        " from the helicopter.",
        [
            ("bodies_recovered", 13, 13, 13, None, "13 bodies"),
            ("bodies_recovered_part", 11, 11, 11, None, "11 bodies"),
            ("bodies_recovered_part", 2, 2, 2, None, "two"),
        ],
    ),
    # victims recovered are bodies recovered, also as the remains of them
    (
        "The remains of all 23 victims of the collision have been recovered, authorities said.",
        [("bodies_recovered", 23, 23, 23, None, "23 victims")],
    ),
    # the dead given hospital by hospital in one sentence: each site's count is a part, not the toll
    (
        "Minister Rafiq Dasgupta said 27 people were pronounced dead at Kestrel General Hospital and"
        " 9 others at the Norvale Burn Institute.",
        [
            ("deaths_part", 27, 27, 27, None, "27 people"),
            ("deaths_part", 9, 9, 9, None, "9 others"),
        ],
    ),
    # ... or one hospital's alone, as the toll rises hospital by hospital: a part, never the toll
    (
        "Seven people died at the Central Trauma Hospital, the chief medical superintendent said.",
        [("deaths_part", 7, 7, 7, None, "Seven people")],
    ),
    (
        "At least three protesters died while receiving treatment at the Central Trauma Hospital.",
        [("deaths_part", 3, None, 3, "At least", "At least three protesters")],
    ),
    # ... but those killed at a hospital are the dead of what struck it
    ("Gunmen killed 20 people at the Rosa Hospital on Monday.", [("deaths", 20, 20, 20, None, "20 people")]),
    ("Twelve people died in the blast at the Rosa Hospital.", [("deaths", 12, 12, 12, None, "Twelve people")]),
    (
        "Of the deceased, 27 died at Kestrel General Hospital and 9 in Norvale Burn Institute, the minister said.",
        [("deaths_part", 27, 27, 27, None, "27"), ("deaths_part", 9, 9, 9, None, "9")],
    ),
    # ... and a figure listed after the first one's site counts what that one does
    (
        "The minister said that 27 bodies were brought to Kestrel General Hospital and 9 others to the"
        " Norvale Burn Institute.",
        [
            ("bodies_recovered_part", 27, 27, 27, None, "27 bodies"),
            ("bodies_recovered_part", 9, 9, 9, None, "9 others"),
        ],
    ),
    # ... but one site that is the scene keeps the toll
    (
        "At least 20 people were killed at Kestrel General Hospital, the minister said.",
        [("deaths", 20, None, 20, "At least", "At least 20 people")],
    ),
    # "rescuing" people counts the rescued, whatever total the phrase says
    (
        "The firefighters were successful at rescuing a total of 60 people from the rooftop.",
        [("rescued", 60, 60, 60, "a total of", "a total of 60 people")],
    ),
    ("Crews succeeded in rescuing 60 people from the roof.", [("rescued", 60, 60, 60, None, "60 people")]),
    # the bodies "of" people identified count the identified, no toll
    pytest.param(
        "So far the bodies of 31 people have been identified.",
        [("identified", 31, 31, 31, None, "31 people")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="'the bodies of 31 people' takes the dead's role from 'bodies'; a body-noun role for"
            " 'identified' overrode the negated 'not identified' and 'Of the 278 bodies' (tried, reverted)",
        ),
    ),
    # a "with" clause of its own after the dead gives its figure the participle's role: the injured
    (
        "The floods have claimed the lives of at least 40 people, with over 70 others injured.",
        [
            ("deaths", 40, None, 40, "at least", "at least 40 people"),
            ("injured", 71, None, 71, "over", "over 70 others"),
        ],
    ),
    (
        "The storm killed 12 people, with 30 others hurt.",
        [("deaths", 12, 12, 12, None, "12 people"), ("injured", 30, 30, 30, None, "30 others")],
    ),
    # ... also when the tagger reads its participle as a past tense after a list of groups
    (
        "The toll from the riots in Karvel has risen to at least 41, with 22 reporters and 96 police officers injured.",
        [
            ("deaths", 41, None, 41, "at least", "at least 41"),
            ("injured", 118, 118, 118, None, "22 reporters and 96 police officers"),
            ("injured_responders", 96, 96, 96, None, "96 police officers"),
        ],
    ),
    # a state said of the subject of a clause of its own ("as many of the wounded were in critical
    # condition") is theirs, not the state of the toll the sentence gives
    (
        "The rights group Morland Watch put the toll higher, at 131, and said it could rise further as many "
        "of the wounded were in critical condition.",
        [("deaths", 131, 131, 131, None, "131")],
    ),
    # bodies examined by forensic doctors, or found, are no toll of the dead
    ("Forensic surgeons autopsied 95 bodies on Thursday.", [("autopsied", 95, 95, 95, None, "95 bodies")]),
    (
        "Rescue workers discovered 22 dismembered bodies.",
        [("bodies_recovered", 22, 22, 22, None, "22 dismembered bodies")],
    ),
    # a participle on the first conjunct's noun is its own: the "hundreds more" did not drown, nor
    # are they added to those who did
    (
        "At least 63 migrants drowned early on Sunday and hundreds more were missing and likely dead after their overloaded boat capsized and sank in open seas off Thaloria.",
        [("deaths", 63, None, 63, "At least", "At least 63 migrants"), ("missing", 200, 999, 200, None, "hundreds")],
    ),
    # "about a hundred": the article is the number's, the qualifier before it still its own
    (
        "Coast guard crews pulled about a hundred people from the water.",
        [("rescued", 80, 120, 100, "about", "about a hundred people")],
    ),
    (
        "Nearly a thousand people have been evacuated.",
        [("evacuated", 800, 999, 999, "Nearly", "Nearly a thousand people")],
    ),
    # a figure's own "in" phrase of a state gives its role, whatever the parse hangs it on
    (
        "The director said 15 bodies had arrived on Tuesday and that 22 wounded were still being treated, five of them in intensive care.",
        [
            ("deaths", 15, 15, 15, None, "15 bodies"),
            ("injured", 22, 22, 22, None, "22"),
            ("critical", 5, 5, 5, None, "five"),
        ],
    ),
    # a present participle after a figure states its role ("about 20 missing"): never a sum with the
    # hurt before it, nor with the dead
    (
        "The slide buried a path near Forvella on Sunday, leaving five injured and about 30 missing, officials said.",
        [("injured", 5, 5, 5, None, "five"), ("missing", 24, 36, 30, "about", "about 30")],
    ),
    (
        "Glacier break leaves three dead and multiple missing",
        [("deaths", 3, 3, 3, None, "three"), ("missing", 2, None, 2, None, "multiple")],
    ),
    # a number word the tagger takes for a name, a subject the parse hangs on the auxiliary: still counts
    ("Thirteen were injured.", [("injured", 13, 13, 13, None, "Thirteen")]),
    ("13 are missing.", [("missing", 13, 13, 13, None, "13")]),
    # "N of the victims": a part of everyone harmed, never the count of the hurt or the dead ...
    ("Three of the victims had serious injuries.", [("injured_part", 3, 3, 3, None, "Three of the victims")]),
    ("Two of the victims died in hospital.", [("deaths_part", 2, 2, 2, None, "Two of the victims")]),
    # ... but those identified are always some of the victims: the count of the identified
    ("Five of the victims have been identified.", [("identified", 5, 5, 5, None, "Five of the victims")]),
    # "N of the dead": a part of the dead, of the group they are said to be
    ("Three of the dead were children.", [("deaths_children", 3, 3, 3, None, "Three")]),
    # a figure in a clause asked about, not told, is a hypothesis; not the told one beside it
    (
        "Officials said medical examiners were determining whether another four deaths were due to the storm.",
        [("deaths_projected", 4, 4, 4, None, "four deaths")],
    ),
    (
        "At least 17 people were killed, and it was unclear whether anyone was still trapped.",
        [("deaths", 17, None, 17, "At least", "At least 17 people")],
    ),
    # a bare toll noun's figure counts what the sentence's figure before it counts
    (
        "The ministry said 41 people were killed, while the railway stuck to its figure of 38.",
        [("deaths", 41, 41, 41, None, "41 people"), ("deaths", 38, 38, 38, None, "38")],
    ),
    # a second noun with its own participle, hung by the parse on the first clause's verb: the
    # participle says what befell it, not the verb before ("killed")
    (
        "So far 640 villagers have died and 990 people injured in the district, the agency said.",
        [("deaths", 640, 640, 640, None, "640 villagers"), ("injured", 990, 990, 990, None, "990 people")],
    ),
    (
        "To date, 812 people are reported to have been killed and 1,340 people injured across nine villages.",
        [("deaths", 812, 812, 812, None, "812 people"), ("injured", 1340, 1340, 1340, None, "1,340 people")],
    ),
    # a figure said of the dead or the hurt, either, counts both: casualties, no toll of the dead
    (
        "At least 3,000 people were either dead or injured as a result of the quake.",
        [("casualties", 3000, None, 3000, "At least", "At least 3,000 people")],
    ),
    ("Rebels killed or wounded 30 soldiers.", [("casualties", 30, 30, 30, None, "30 soldiers")]),
    (
        "The storm killed 12 people or more and injured 30.",
        [("deaths", 12, 12, 12, None, "12 people"), ("injured", 30, 30, 30, None, "30")],
    ),
    # casualties are the dead and the hurt together, or people brought in hurt: neither toll alone
    (
        "About 350 casualties of the blast were rushed in ambulances and private cars to the main hospital.",
        [("casualties", 280, 420, 350, "About", "About 350 casualties")],
    ),
    (
        "The attack caused 50 casualties, including 12 dead.",
        [("casualties", 50, 50, 50, None, "50 casualties"), ("deaths", 12, 12, 12, None, "12 dead")],
    ),
    # several tolls given one after another are each a figure, no range
    (
        "Officials put out death tolls anywhere from 300 to 645 and then settled on 290.",
        [
            ("deaths", 300, 300, 300, None, "300"),
            ("deaths", 645, 645, 645, None, "645"),
            ("deaths", 290, 290, 290, None, "290"),
        ],
    ),
    # a projection whose cue governs the figure's infinitive ("likely to be", "expected to
    # reach"): the model's or the official's forecast, no toll
    (
        "The estimated death toll is likely to be at least 5,000, according to models by the institute.",
        [("deaths_projected", 5000, None, 5000, "at least", "at least 5,000")],
    ),
    (
        "The council chief said the toll was expected to reach 2,000.",
        [("deaths_projected", 2000, 2000, 2000, None, "2,000")],
    ),
    # an open bound said as a comparison: above 600, not 600 (and a projection)
    (
        "Relief workers say the toll could eventually be higher than 600.",
        [("deaths_projected", 601, None, 601, "higher than", "higher than 600")],
    ),
    # "can reach" projects as "could reach" does
    (
        'The mayor said: "It can reach 18,000 to 20,000 deaths."',
        [("deaths_projected", 18000, 20000, 18000, None, "18,000 to 20,000 deaths")],
    ),
    (
        "The number of dead is now greater than 40, the mayor said.",
        [("deaths", 41, None, 41, "greater than", "greater than 40")],
    ),
    # a part counted in a place of its own is that place's toll, no bare part
    (
        "The storm killed at least 7,513 people, at least 5,672 of them in Chile, officials said.",
        [
            ("deaths", 7513, None, 7513, "at least", "at least 7,513 people"),
            ("deaths", 5672, None, 5672, "at least", "at least 5,672"),
        ],
    ),
    # "another" beside a death toll adds the injured to the dead, no change of an earlier count
    (
        "The minister said the toll had climbed to 434 and that another 1,777 people had been injured.",
        [("deaths", 434, 434, 434, None, "434"), ("injured", 1777, 1777, 1777, None, "1,777 people")],
    ),
    # a count over several happenings is a tally, not one incident's toll
    (
        "The weekend left nine people dead in 21 shootings across the city.",
        [("deaths_tally", 9, 9, 9, None, "nine people"), ("attacks", 21, 21, 21, None, "21 shootings")],
    ),
    (
        "More than 1,200 people have been injured in those shootings.",
        [("injured_tally", 1201, None, 1201, "More than", "More than 1,200 people")],
    ),
    # the span of "in 15 shootings" is said of both clauses "and" joins, however the parse hangs them
    (
        "A rainy weekend in the city that left six people dead and 11 others hurt in 15 shootings across town.",
        [
            ("deaths_tally", 6, 6, 6, None, "six people"),
            ("injured_tally", 11, 11, 11, None, "11 others"),
            ("attacks", 15, 15, 15, None, "15 shootings"),
        ],
    ),
    # the members listed under a count of bodies are bodies too, the second of the list as well
    (
        "County officials said at least 36 bodies have been recovered so far, including 24 adults and 12 children.",
        [
            ("bodies_recovered", 36, None, 36, "at least", "at least 36 bodies"),
            ("bodies_recovered_part", 24, 24, 24, None, "24 adults"),
            ("bodies_recovered_children", 12, 12, 12, None, "12 children"),
        ],
    ),
    # each of the two figures with its own state word: the missing are never added to the dead
    (
        "Before sunrise on Friday, a slow storm dropped a foot of rain on the hills, sending floodwaters over the"
        " banks of the Verrin River, leaving at least 19 people dead and numerous others missing, Dallow County"
        " Sheriff Tom Brenner told reporters Friday evening.",
        [("deaths", 19, None, 19, "at least", "at least 19 people"), ("missing", 3, None, 3, None, "numerous others")],
    ),
    # people in the car with the victim, listed after "with", are no victims (the parse hangs the
    # list's last member on "shot")
    (
        "Police said a girl was shot while sitting in a car with her aunt, her aunt's friend, and three other children.",
        [("injured", 1, None, None, None, "a girl")],
    ),
    # "the innocent victim" after the boy is the boy again, no second victim
    (
        "A 6-year-old girl was shot and killed on Friday near the park, the innocent victim of a feud.",
        [("deaths", 1, None, None, None, "A 6-year-old girl"), ("deaths", 1, None, None, None, "the innocent victim")],
    ),
    # every member of a breakdown after the total is a part of it
    (
        "Nine people are still missing: five Peruvian nationals and four Chilean nationals.",
        [
            ("missing", 9, 9, 9, None, "Nine people"),
            ("missing_peruvians", 5, 5, 5, None, "five Peruvian nationals"),
            ("missing_chileans", 4, 4, 4, None, "four Chilean nationals"),
        ],
    ),
    # "another N", with the new total the sentence gives: a change, and the total
    (
        "Another eight people reached hospital on their own, taking the number being treated to 52.",
        [("injured_increment", 8, 8, 8, None, "eight people"), ("injured", 52, 52, 52, None, "52")],
    ),
    # a part of what the story is about: among those, in only some of the flats, N of the whole
    ("Among those homes the tally is 14 people dead.", [("deaths_part", 14, 14, 14, None, "14 people")]),
    (
        "Investigators said at least 40 people died in only 12 flats.",
        [("deaths_part", 40, None, 40, "at least", "at least 40 people"), ("flats", 12, 12, 12, None, "12 flats")],
    ),
    (
        "Police have reached someone from 96 of the block's 120 flats.",
        # the part, and the whole the block has
        [("flats_part", 96, 96, 96, None, "96 of the block's 120 flats"), ("flats", 120, 120, 120, None, "120 flats")],
    ),
    # two bodies' figures "respectively": two figures, never a range or a sum
    (
        "The ministry and the rescuers have put the dead at 1,414 and 2,274 respectively.",
        [("deaths", 1414, 1414, 1414, None, "1,414"), ("deaths", 2274, 2274, 2274, None, "2,274")],
    ),
    # "it" is the toll the sentence named before it
    (
        "The number of dead has kept climbing; it has now risen to 5,978.",
        [("deaths", 5978, 5978, 5978, None, "5,978")],
    ),
    # a toll that is the subject of a chain of verbs ("kept rising, reaching")
    (
        "The toll from the storm that swept the islands kept rising, reaching more than 1,300 by Friday.",
        [("deaths", 1301, None, 1301, "more than", "more than 1,300")],
    ),
    # ... but up the chain only its subject: the body another verb's object is no toll of 911
    (
        "A neighbour said she saw the man's body while walking her dog and called 911.",
        [],
    ),
    # "one" person described by a relative clause, or speaking, is a person, not a count of one ...
    ("One resident who had just been rescued said no alarm went off.", []),
    ("One survivor told reporters the stairs were full of smoke.", []),
    # ... and "one" killed is a toll of one
    (
        "One person was killed and two were injured.",
        [("deaths", 1, 1, 1, None, "One person"), ("injured", 2, 2, 2, None, "two")],
    ),
    # a negated "fewer than" is a floor
    (
        "Not fewer than 500 people have died.",
        [("deaths", 500, None, 500, "Not fewer than", "Not fewer than 500 people")],
    ),
    # a participle the tagger calls a noun still states the role of the figure hung on it
    (
        "At least 52 people were killed and 318 hurt, state radio said.",
        [("deaths", 52, None, 52, "At least", "At least 52 people"), ("injured", 318, 318, 318, None, "318 hurt")],
    ),
    # a rise whose cue is itself a qualifier: "passed 21,000" is more than 21,000
    ("The death toll has passed 21,000.", [("deaths", 21001, None, 21001, "passed", "passed 21,000")]),
    ("Quake death toll surpasses 50,000", [("deaths", 50001, None, 50001, "surpasses", "surpasses 50,000")]),
    # people named by their nationality, which the parser tags as proper nouns
    (
        "The strikes killed at least 300 Syrians and wounded 12,000.",
        [
            ("deaths", 300, None, 300, "at least", "at least 300 Syrians"),
            ("injured", 12000, 12000, 12000, None, "12,000"),
        ],
    ),
    # a headline's reduced passive: the parsed subject is the one it was done to; "Ministry" is no one
    (
        "# Ministry: over 3,300 Palestinians killed in strikes on Gaza",
        [("deaths", 3301, None, 3301, "over", "over 3,300 Palestinians")],
    ),
    # "upwards of" parsed as an adverb over "of 25 people": the figure's own words are climbed through
    (
        "The explosion left upwards of 25 people dead and over 2,500 injured.",
        [
            ("deaths", 26, None, 26, "upwards of", "upwards of 25 people"),
            ("injured", 2501, None, 2501, "over", "over 2,500"),
        ],
    ),
    # seeds/000
    (
        "A dentist identified as Dr. Mohammed Ahmad was another of the dozens to die in the attack.",
        [("deaths", 24, 99, 24, None, "dozens")],
    ),
    (
        "At least 246 civilians have been killed in the military escalation between regime and opposition forces "
        "in Aleppo since April 22, the Syrian Observatory for Human Rights said.",
        [("deaths", 246, None, 246, "At least", "At least 246 civilians")],
    ),
    # seeds/001
    (
        "The forces of Syrian dictator Bashar al-Assad continued bombing rebel-held areas of Aleppo on Friday, "
        "striking a medical clinic and killing two doctors just days after destroying a hospital in the city.",
        [("deaths", 2, 2, 2, None, "two doctors")],
    ),
    (
        "The White Helmets, a local civil defense force, said several people were wounded, including a nurse.",
        [("injured", 3, 9, 3, None, "several people"), ("injured", 1, None, None, None, "a nurse")],
    ),
    (
        "An AFP photographer said he heard nearly a dozen air raids within the span of a few minutes on Friday.",
        [("attacks", 9, 11, 11, "nearly", "nearly a dozen air raids")],
    ),
    (
        "At least two civilians, including a child, were killed during the assault, according to the Syrian "
        "Observatory for Human Rights.",
        [("deaths", 2, None, 2, "At least", "At least two civilians"), ("deaths", 1, None, None, None, "a child")],
    ),
    (
        "The Assad regime shelled the al-Quds hospital in Aleppo on Wednesday, killing dozens of people, "
        "including the city's last pediatrician.",
        [("deaths", 24, 99, 24, None, "dozens of people")],
    ),
    (
        "Over 200 civilians have been killed in Aleppo during the military escalation between government and "
        "rebel forces in the past week.",
        [("deaths", 201, None, 201, "Over", "Over 200 civilians")],
    ),
    (
        "According to Syrian state television, rebels attacked government-held territory with rockets and "
        "artillery fire, killing three worshippers as they were exiting a mosque.",
        [("deaths", 3, 3, 3, None, "three worshippers")],
    ),
    # seeds/002
    (
        "Evidence has been gathered by the organization of at least six deliberate attacks on hospitals, medical "
        "centres and clinics in northern Aleppo in the past 12 weeks.",
        [("attacks", 6, None, 6, "at least", "at least six deliberate attacks")],
    ),
    (
        "The Syrian Network for Humans Rights, a local monitoring group, have said that at least 27 hospital "
        "were targeted by Russian and Syrian government's forces since September 2015.",
        [("facilities_hit", 27, None, 27, "at least", "at least 27 hospital")],
    ),
    (
        "The 14 attacks left a total of four medical staff workers and 45 civilians killed.",
        [
            ("attacks", 14, 14, 14, None, "14 attacks"),
            ("deaths", 49, 49, 49, "a total of", "a total of four medical staff workers and 45 civilians"),
            # a member of the sum that counts a group is that group's figure too, a part
            ("deaths_staff", 4, 4, 4, "a total of", "a total of four medical staff workers"),
        ],
    ),
    (
        "They reported that since the conflict began, at least 346 attacks on medical facilities have been "
        "carried out by parties to the conflict, which left 705 health workers killed.",
        [
            ("attacks", 346, None, 346, "at least", "at least 346 attacks"),
            ("deaths", 705, 705, 705, None, "705 health workers"),
        ],
    ),
    (
        "The latest string of attacks appears to be part of a strategy that has destroyed scores of medical "
        "facilities and killed hundreds, commented Hassan.",
        [
            ("facilities_hit", 40, 199, 40, None, "scores of medical facilities"),
            ("deaths", 200, 999, 200, None, "hundreds"),
        ],
    ),
    # seeds/003
    (
        "The clinic treated more than 1,800 patients, most of them women and children.",
        [("patients", 1801, None, 1801, "more than", "more than 1,800 patients")],
    ),
    (
        "That's the same language used after more than 50 people died in an air strike on the hospital.",
        [("deaths", 51, None, 51, "more than", "more than 50 people")],
    ),
    (
        "Human rights groups estimate as many as 2,000 civilians died in six months of Russian-led airstrikes.",
        [("deaths", 1000, 2000, 2000, "as many as", "as many as 2,000 civilians")],
    ),
    (
        "The bombing claimed the life of the last pediatrician in Aleppo, Syria's second-largest city with a "
        "population between two and three million before the start of the war in 2011.",
        [("population", 2_000_000, 3_000_000, 2_000_000, None, "between two and three million")],
    ),
    ("Dahman said of Maaz's work at the 30-bed Al-Quds hospital.", [("beds", 30, 30, 30, None, "30-bed")]),
    # seeds/004
    (
        "According to the museum's figures, the Assad government is responsible for the deaths of over 400,000 "
        "Syrian civilians since the beginning of the civil war.",
        [("deaths", 400_001, None, 400_001, "over", "over 400,000 Syrian civilians")],
    ),
    (
        "Four people were reported dead and nearly 60 injured – including 40 children – when the Assad regime "
        "dropped two barrel bombs.",
        [
            ("deaths", 4, 4, 4, None, "Four people"),
            ("injured", 48, 59, 59, "nearly", "nearly 60"),
            ("injured_children", 40, 40, 40, None, "40 children"),
        ],
    ),
    # composition
    (
        "Dr Hasan Ahmed, five colleagues and at least three children died in the strike.",
        [
            ("deaths", 9, None, 9, "at least", "Dr Hasan Ahmed, five colleagues and at least three children"),
            ("deaths_children", 3, None, 3, "at least", "at least three children"),
        ],
    ),
    (
        # a victim described by an apposition is one person; a list the parse hangs as appositions is not
        "Rania Suleiman, 29, a mother of two, was killed.",
        [("deaths", 1, None, None, None, "Rania Suleiman")],  # (no "a mother", no "two")
    ),
    (
        "Russell Smith, his wife, Shawna Smith, and their two children were found dead.",
        [
            ("deaths", 4, None, 4, None, "Russell Smith, his wife, Shawna Smith, and their two children"),
            ("deaths_children", 2, 2, 2, None, "two children"),
            ("deaths", 1, None, None, None, "Shawna Smith"),
        ],
    ),
    (
        "Police said the man fatally shot his two children, then himself.",
        [
            ("deaths", 3, None, 3, None, "two children, then himself"),
            ("deaths_children", 2, 2, 2, None, "two children"),
        ],
    ),
    (
        "Three females and a male were wounded when gunfire erupted during a fight involving more than 30 people.",
        [("injured", 4, None, 4, None, "Three females and a male")],
    ),
    # singular victims and the Gun Violence Archive's "injured = shot, not killed"
    ("A 25-year-old man was shot and killed Sunday.", [("deaths", 1, None, None, None, "A 25-year-old man")]),
    (
        "Darin Booker, 13, was killed Sunday night just blocks from his home.",
        [("deaths", 1, None, None, None, "Darin Booker")],
    ),
    (
        "A person was found shot to death Saturday morning in northwest Indiana.",
        [("deaths", 1, None, None, None, "A person")],
    ),
    ("Two men were shot, one fatally.", [("injured", 1, 1, 1, None, "Two men"), ("deaths", 1, 1, 1, None, "one")]),
    (
        "Police said two men were shot, one of whom died.",
        [("injured", 1, 1, 1, None, "two men"), ("deaths", 1, 1, 1, None, "one")],
    ),
    (
        "The gunman opened fire, killing four and wounding one.",
        [("deaths", 4, 4, 4, None, "four"), ("injured", 1, 1, 1, None, "one")],
    ),
    # a count of none is a figure of 0, not one victim described ("figures.zeros")
    ("No one was injured.", [("injured", 0, 0, 0, None, "No one")]),
    ("Nobody was hurt.", [("injured", 0, 0, 0, None, "Nobody")]),
    ("No injuries were reported.", [("injured", 0, 0, 0, None, "No injuries")]),
    ("Two gunmen killed three people.", [("deaths", 3, 3, 3, None, "three people")]),
    ("A man who was shot Sunday died.", [("deaths", 1, None, None, None, "A man")]),
    ("Two men who were shot were taken to hospital.", [("injured", 2, 2, 2, None, "Two men")]),
    # a rescue on the figure's own clause is how it began; the verb above says how it ended
    ("Twelve people who were rescued from the rubble have died.", [("deaths", 12, 12, 12, None, "Twelve people")]),
    (
        "Twelve people who were rescued from the rubble were given blankets.",
        [("rescued", 12, 12, 12, None, "Twelve people")],
    ),
    # taken out of a building by others: evacuated; bodies brought out stay bodies recovered
    (
        "The fire brigade brought sixty-five occupants out of the building.",
        [("evacuated", 65, 65, 65, None, "sixty-five occupants")],
    ),
    ("Rescuers brought six bodies out of the building.", [("bodies_recovered", 6, 6, 6, None, "six bodies")]),
    # a day's recoveries told by a participle the bodies govern: bodies recovered, never the toll
    (
        "The coroner said the three bodies retrieved on Friday were those of fishermen.",
        [("bodies_recovered", 3, 3, 3, None, "three bodies")],
    ),
    (
        "Rescuers said the five bodies pulled from the river belonged to one family.",
        [("bodies_recovered", 5, 5, 5, None, "five bodies")],
    ),
    # the dead not yet named: a negated word governing them says what is counted, not their noun
    ("Three bodies have not yet been identified, the coroner said.", [("unidentified", 3, 3, 3, None, "Three bodies")]),
    # moved out of harm's way before it struck: evacuated (figures.role_phrases)
    (
        "More than 300,000 people had been moved to shelters before the storm arrived.",
        [("evacuated", 300001, None, 300001, "More than", "More than 300,000 people")],
    ),
    (
        "Officials said 5,000 villagers were taken to higher ground.",
        [("evacuated", 5000, 5000, 5000, None, "5,000 villagers")],
    ),
    # driven from their homes: displaced (figures.role_phrases)
    (
        "The blaze has scorched the hills, forcing 20,000 residents from their homes.",
        [("displaced", 20000, 20000, 20000, None, "20,000 residents")],
    ),
    (
        "The floods forced more than 3,000 people to flee.",
        [("displaced", 3001, None, 3001, "more than", "more than 3,000 people")],
    ),
    # negation: "not hurt" is no count; "no one else" is a zero
    ("No one else was injured.", [("injured", 0, 0, 0, None, "No one")]),
    # murder-suicide: the shooter's own death, added to the victims of a linked clause
    (
        "Police said the man killed his 8-year-old son before fatally shooting himself.",
        [("deaths", 2, None, 2, None, "his 8-year-old son before fatally shooting himself")],
    ),
    (
        "The man killed his wife and two children before turning the gun on himself.",
        [
            ("deaths", 4, None, 4, None, "his wife and two children before turning the gun on himself"),
            ("deaths_children", 2, 2, 2, None, "two children"),
        ],
    ),
    (
        "He shot his wife and then took his own life.",
        [("injured", 1, None, None, None, "his wife"), ("deaths", 1, None, None, None, "his own life")],
    ),
    (
        "A man who police say shot and killed his son had a history of abuse.",
        [("deaths", 1, None, None, None, "his son")],
    ),
    # coordination and "along with"
    (
        "Two young boys are dead along with their father.",
        [
            ("deaths", 3, None, 3, None, "Two young boys are dead along with their father"),
            ("deaths_children", 2, 2, 2, None, "Two young boys"),
        ],
    ),
    (
        "Police discovered one man and two children dead inside the residence following a call for an "
        "unresponsive man.",
        [("deaths", 3, 3, 3, None, "one man and two children"), ("deaths_children", 2, 2, 2, None, "two children")],
    ),
    ("Her sister and mother were injured by gunfire.", [("injured", 2, None, 2, None, "Her sister and mother")]),
    # a name restating a person is a part, not a second victim
    (
        "Detectives said she killed her daughter, Meredith Jessie.",
        [("deaths", 1, None, None, None, "her daughter"), ("deaths", 1, None, None, None, "Meredith Jessie")],
    ),
    # ages after a name are not counts
    (
        "Victims identified Ruben Rigoberto-Reyes, 60, and Edmundo Amaro-Bajonero, 26, died at the scene.",
        [("deaths", 1, None, None, None, "Edmundo Amaro-Bajonero")],
    ),
    # the parser hangs "30" on the verb after it: it is still the subject that remains missing
    (
        "The blast killed 178 people in the capital, and at least 30 remain missing.",
        [("deaths", 178, 178, 178, None, "178 people"), ("missing", 30, None, 30, "at least", "at least 30")],
    ),
    # people whose fate no one knows yet are the missing
    ("The whereabouts of another 40 people are still unknown.", [("missing", 40, 40, 40, None, "40 people")]),
    (
        "The fate of 35 more residents of the building is unclear.",
        [("missing", 35, 35, 35, None, "35 more residents")],
    ),
    # still under the ruins: the trapped, whatever toll the sentence names
    (
        "The toll could rise further, as dozens of residents remain under the rubble.",
        [("trapped", 24, 99, 24, None, "dozens of residents")],
    ),
    # a toll of a number is that toll, whatever follows "of"
    ("The ministry gave a lower toll of 38.", [("deaths", 38, 38, 38, None, "38")]),
    # the hurt who die later are dead, and more of them a rise of the toll ("succumbed")
    (
        "Four more fans succumbed to their injuries, the hospital said.",
        [("deaths_increment", 4, 4, 4, None, "Four more fans")],
    ),
    # a match's score is no figure of people, whatever "broke out" says
    ("Chaos broke out after the derby, with a final score of 1-3.", []),
    # "N <group> were among the dead": a part of the dead
    ("At least nine girls were among the dead.", [("deaths_children", 9, None, 9, "At least", "At least nine girls")]),
    # what befell the subject of a clause of its own ("because some bodies were taken home") is no
    # role of the sentence's figure
    (
        "The charity said the toll could be as high as 90, because some bodies were taken home by relatives.",
        [("deaths_projected", 90, 90, 90, None, "90")],
    ),
    # a number written with the British "and" after its hundred is one number, not "Three hundred"
    (
        "Three hundred and twelve persons were aboard the ferry when it sank.",
        [("people_present", 312, 312, 312, None, "Three hundred and twelve persons")],
    ),
    # the survivor a toll is told "with" lived: no death of the verb above
    (
        "The jet crashed on Thursday shortly after takeoff, killing 140 people on board with only one survivor.",
        [("deaths", 140, 140, 140, None, "140 people"), ("survived", 1, 1, 1, None, "one survivor")],
    ),
    # the dead whose identities were confirmed are the identified, whatever the relative clause says
    (
        "The identities of 98 persons who died in the crash have been confirmed through DNA testing.",
        [("identified", 98, 98, 98, None, "98 persons")],
    ),
    # bodies returned to their families are bodies handed over, no toll
    (
        "So far, 61 bodies have been returned to their families for last rites.",
        [("handed_over", 61, 61, 61, None, "61 bodies")],
    ),
    # those killed where the plane came down are counted apart from those on board
    (
        "At least 20 people were killed on the ground.",
        [("ground_deaths", 20, None, 20, "At least", "At least 20 people")],
    ),
    ("The crash also killed 19 people on ground.", [("ground_deaths", 19, 19, 19, None, "19 people")]),
    # none of the bodies found yet, or handed over: a count of those, never a toll of none dead
    (
        "No bodies have been recovered yet, according to the district police chief.",
        [("bodies_recovered", 0, 0, 0, None, "No bodies")],
    ),
    ("No bodies have been handed over to the families.", [("handed_over", 0, 0, 0, None, "No bodies")]),
]

# Numbers that are not counts: nothing may come out of these.
NOTHING = [
    # what was done for the dead is not what befell them: a burial "held" for them arrests no one
    "A mass burial was held for the initial 147 victims on Wednesday.",
    "Funeral prayers were held for 23 of the victims in the town square.",
    # "on board" describes the whole the none are drawn from: no count of those aboard
    "None of the pilgrims on board was wearing a life vest.",
    # a relative clause on a place has its own figure: "the arrests" of the main clause count no one in it
    "The arrests were made in Corvalo, the harbour town where 212 survivors were taken.",
    # a role word with a particle that makes it another verb (figures.other_senses): no one held
    "Young people held up placards, one for each victim, and sat on the steps.",
    # what people were, not what they are; the dead found, no one missing now
    "Rescuers reunited 12 formerly missing children with their parents.",
    "The remains of 33 people reported missing after the blast had been identified.",
    "Police said Smith, 32, was arrested at 202 Childers Drive.",
    "Officers were called at 7:17 a.m. to the 1000 block of McFarland Avenue.",
    "A 4-year-old boy found the gun in 2011.",
    "The shooting happened around 8:20 a.m. on April 22.",
    "The family offered a $5,000 reward and 20% of the money.",
    "Call (219) 755-3855 with information, Channel 4 reported.",
    "The U.S. and Russia managed to pass United Nations Security Council Resolution 2254.",
    "Jan Egeland said that Aleppo has suffered a catastrophic deterioration within the past 24 to 48 hours.",
    "The situation prompted 15 of Aleppo's remaining doctors to issue a public plea to President Barack Obama.",
    "The Assad regime dropped two barrel bombs on the city.",
    "It was the third shooting this year and one of the worst.",
    "One of the victims was taken to hospital.",
    "A neighbor said he heard about 10 gunshots while more than 30 people were fighting.",
    "Other centers for medical care are struggling to take care of the thousands in need.",
    "The woman's two other kids, ages 13 and 21, were not hurt.",
    "Two other people were not injured.",
    "Thorne was the first of two teenagers killed over the weekend.",
    # one man described as one of many like him: no count ("one of about 90 who carry visitors")
    "The guide, one of about 90 who carry visitors up to the meadow, was also killed.",
    "Police found the victim with multiple gunshot wounds.",
    "Both victims had multiple injuries.",
    # a span of ages opened by "from" or "between" after an age word: ages, no count of the hurt
    "The injured range in age from 19 to 72 and include visitors from abroad.",
    "The wounded were aged between 8 and 70.",
    # a total of people no toll names is those people, no death toll
    "The total number of residents of the block is 1,100.",
    "The total number of residents is 1,100, according to the city council.",
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_extract_counts(nlp, sentence, expected):
    doc, mentions = _mentions(nlp, sentence)
    got = [
        (m.attribute, m.value["low"], m.value["high"], m.value["best"], m.value["qualifier"], doc.text[m.start : m.end])
        for m in mentions
    ]
    assert got == expected
    for m in mentions:
        assert m.kind == "count"
        text = doc.text[m.start : m.end]
        assert text and text == text.strip()
        assert {"low", "high", "best", "qualifier", "unit", "subject", "words"} <= set(m.value)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the parse hangs "a nurse" on "Four doctors" as an apposition: one list, four and two more
        (
            "Four doctors, a nurse and a pharmacist were also abducted.",
            [("abducted", 6, "Four doctors, a nurse and a pharmacist"), ("abducted_staff", 4, "Four doctors")],
        ),
        # as many persons beside the group as it counts: its breakdown, the group's figure stands
        ("Two people, a man and a woman, were killed.", [("deaths", 2, "Two people")]),
    ],
)
def test_persons_set_beside_a_counted_group(nlp, sentence, expected):
    doc, mentions = _mentions(nlp, sentence)
    got = [(m.attribute, m.value["best"], doc.text[m.start : m.end]) for m in mentions if not m.value.get("individual")]
    assert got == expected


def test_a_list_after_a_harm_word_s_preposition_is_of_the_harmed(nlp):
    """ "killed along with his brother, his cousin, and two other men": the list's last member is
    among the dead, unlike a list after "in a car with"."""
    doc, mentions = _mentions(nlp, "He was killed along with his brother, his cousin, and two other men.")
    assert ("deaths", 2) in [
        (m.attribute, m.value["best"]) for m in mentions if doc.text[m.start : m.end] == "two other men"
    ]


@pytest.mark.parametrize("sentence", NOTHING)
def test_not_a_count(nlp, sentence):
    _, mentions = _mentions(nlp, sentence)
    assert mentions == []


def test_subset_is_flagged_not_added(nlp):
    _, mentions = _mentions(
        nlp,
        "Four people were reported dead and nearly 60 injured – including 40 "
        "children – when the regime dropped two barrel bombs.",
    )
    assert [(m.value["best"], m.value["unit"]) for m in mentions if m.value.get("part")] == [(40, "children")]
    doc, mentions = _mentions(nlp, "Nearly 60 people were injured, including 40 children.")
    parts = [m for m in mentions if m.value.get("part")]
    assert [(m.attribute, m.value["best"], m.value["unit"], doc.text[m.start : m.end]) for m in parts] == [
        ("injured_children", 40, "children", "40 children")
    ]


@pytest.mark.parametrize(
    "sentence, subset",
    [
        ("The White Helmets said several people were wounded, including a nurse.", "a nurse"),
        ("At least two civilians, including a child, were killed during the assault.", "a child"),
    ],
)
def test_named_subset_is_a_part(nlp, sentence, subset):
    doc, mentions = _mentions(nlp, sentence)
    assert [doc.text[m.start : m.end] for m in mentions if m.value.get("part")] == [subset]


def test_units_and_parts(nlp):
    doc, mentions = _mentions(nlp, "The 14 attacks left a total of four medical staff workers and 45 civilians killed.")
    deaths = next(m for m in mentions if m.attribute == "deaths")
    assert [p["text"] for p in deaths.value["parts"]] == ["a total of four medical staff workers", "45 civilians"]
    assert [p["unit"] for p in deaths.value["parts"]] == ["medical_staff", "civilians"]
    assert deaths.value["unit"] == "people"


def test_shot_is_flagged_as_hit(nlp):
    _, mentions = _mentions(nlp, "A teenager was shot in the leg on Monday.")
    assert [(m.attribute, m.value["best"], m.value.get("hit")) for m in mentions] == [("injured", None, True)]


def test_link_sentence_yields_nothing(nlp):
    _, mentions = _mentions(nlp, "READ MORE: Shelling kills 10 children in Aleppo as Syria violence rises", link=True)
    assert mentions == []


def test_offsets_point_into_the_document(nlp):
    text = "Intro sentence here.\n\nAt least 246 civilians have been killed, the Observatory said."
    doc = nlp(text)
    mentions = [m for s in doc.sents for m in extract_counts(s, SentenceContext("d"), RULES)]
    assert [text[m.start : m.end] for m in mentions] == ["At least 246 civilians"]


# (sentence, [(attribute, best, period or None), ...]): period totals are marked, the incident is not.
PERIODS = [
    # a toll over several happenings is no one incident's
    (
        "Two students have died in separate gun-related incidents this semester.",
        [("deaths", 2, "in separate gun-related incidents")],
    ),
    (
        "At least seven people had been killed across the city in 33 separate shooting incidents since Friday.",
        [
            ("deaths_tally", 7, "in 33 separate shooting incidents"),
            ("attacks", 33, "in 33 separate shooting incidents"),
        ],
    ),
    (
        "The police calculate that 131 people have been wounded or killed in the city so far this year.",
        [("casualties", 131, "so far this year")],  # wounded or killed: both together
    ),
    (
        "A man was shot and killed Sunday, bringing the number of people shot in Toledo this year to 104.",
        [("deaths", None, None), ("injured", 104, "this year")],  # a victim described: no figure
    ),
    ("In 2015, at least four kids died in Harris County in accidental shootings.", [("deaths", 4, "In 2015")]),
    ("A man was killed Sunday, the city's 40th homicide this year.", [("deaths", None, None)]),
    ("Two men were shot Sunday night.", [("injured", 2, None)]),
    # seeds/003, seeds/001, seeds/002, seeds/004: tolls over months, a week, the whole war
    (
        "Human rights groups estimate as many as 2,000 civilians died in six months of Russian-led airstrikes "
        "to support Syrian forces.",
        [("deaths", 2000, "in six months")],
    ),
    (
        "Over 200 civilians have been killed in Aleppo during the military escalation between government and "
        "rebel forces in the past week.",
        [("deaths", 201, "in the past week")],
    ),
    (
        "They reported that since the conflict began, at least 346 attacks on medical facilities have been carried "
        "out by parties to the conflict, which left 705 health workers killed.",
        [("attacks", 346, "since the conflict began"), ("deaths", 705, "since the conflict began")],
    ),
    ("At least 30 people have been killed over the past week, activists said.", [("deaths", 30, "over the past week")]),
    ("At least 30 people have been killed since the start of the war.", [("deaths", 30, "since the start of the war")]),
    ("Dozens of civilians were killed in the last three days of fighting.", [("deaths", 24, "in the last three days")]),
    ("Three men were shot in the past 24 hours.", [("injured", 3, "in the past 24 hours")]),
    # seeds/002, seeds/003: a start's year is kept; a span between two months is a period
    (
        "The Syrian Network for Humans Rights, a local monitoring group, have said that at least 27 hospital were "
        "targeted by Russian and Syrian government’s forces since September 2015.",
        [("facilities_hit", 27, "since September 2015")],
    ),
    (
        "Even though Amnesty International have gathered many claims, it has only focused on six attacks between "
        "December 2015 and February 2016 in the conflicted area.",
        [("attacks", 6, "between December 2015 and February 2016")],
    ),
    (
        "The organization noted reports of attacks on as many as 27 hospitals and health facilities in Aleppo between "
        "the start of the Russian bombing campaign in September and early March.",
        [("facilities_hit", 27, "between the start of the Russian bombing campaign in September and early March")],
    ),
    # what a campaign's acts did since a day is its toll over the period (", killing dozens")
    (
        "Kastovia has struck the power grid with hundreds of missiles since October 10, killing dozens of civilians.",
        [("deaths", 24, "since October 10")],
    ),
    ("Rebels have shelled the town since Oct. 3, killing 50 civilians.", [("deaths", 50, "since Oct. 3")]),
    # not a period: one incident dated, or a period in a clause that leaves the figure out
    ("A missile hit the block on Saturday, killing 40 people.", [("deaths", 40, None)]),
    # ... nor a toll the clause sets: a level, no count over the period
    (
        "At least three more bodies have been pulled out over the past 24 hours, lifting the death toll to 149.",
        [("bodies_recovered_increment", 3, "over the past 24 hours"), ("deaths", 149, None)],
    ),
    ("Two people were killed in an airstrike in the week before the ceasefire.", [("deaths", 2, None)]),
    ("Four people were killed on the sixth day of the offensive.", [("deaths", 4, None)]),
    ("Two people were killed last week when a bomb hit the market.", [("deaths", 2, None)]),
    (
        "Two people were killed as the shelling, which has gone on since the conflict began, hit the town.",
        [("deaths", 2, None)],
    ),
    # ... nor the span an ordinal happening counts in: "the second such shooting in two days"
    (
        "Six people were killed and 12 hurt in Tarvia in the country's second such mass shooting in two days.",
        [("deaths", 6, None), ("injured", 12, None)],
    ),
    # (a guard: a span of clashes is still a toll's period)
    ("Five people were killed in the region in two days of clashes.", [("deaths", 5, "in two days")]),
]

# (phrase, period words matched or None): the period patterns of the rules on their own.
PERIOD_PHRASES = [
    ("in six months", "in six months"),
    ("in the past 12 weeks", "in the past 12 weeks"),
    ("in the last 3 days", "in the last 3 days"),
    ("over the past week", "over the past week"),
    ("in the past week", "in the past week"),
    ("within the past 24 to 48 hours", "within the past 24 to 48 hours"),
    ("since the start of the war", "since the start of the war"),
    ("since the beginning of the civil war", "since the beginning of the civil war"),
    ("since the conflict began", "since the conflict began"),
    ("in the week before", None),
    ("on the sixth day", None),
    ("last week", None),
    ("in two hospitals", None),
    ("since the start of the operation", None),
    # the day and year of a start are kept: they resolve it
    ("since September 2015", "since September 2015"),
    ("since April 22, the", "since April 22"),
    ("between December 2015 and February 2016", "between December 2015 and February 2016"),
    (
        "between the start of the Russian bombing campaign in September and early March",
        "between the start of the Russian bombing campaign in September and early March",
    ),
    ("from May to July 2016", "from May to July 2016"),
    ("since Oct 7, the", "since Oct 7"),
    ("since Sept. 12, the", "since Sept. 12"),
    ("since Octavia arrived", None),  # a name, no month
    # the first days of the happening told are its own; the first months of a war are a span
    ("rescuers saved about 450 people in the first two days", None),
    ("in the first 48 hours", None),
    ("in the first six months of the war", "in the first six months of the war"),
    ("between two and three million", None),
]


# (period words, publication date, expected bounds): the start a period's words and the date give.
PERIOD_BOUNDS = [
    ("since September 2015", None, {"period_start": "2015-09"}),
    ("since December", None, {"period_start": "--12"}),  # no year, no date: the month
    ("since December", "2016-04-29", {"period_start": "2015-12"}),  # the last December before
    ("since April 22", "2016-04-29", {"period_start": "2016-04-22"}),
    ("since April 22", None, {"period_start": "--04-22"}),
    ("since Oct 7", "2023-10-18", {"period_start": "2023-10-07"}),  # a month as newspapers shorten it
    ("since Sept. 12", "2023-10-18", {"period_start": "2023-09-12"}),
    ("between December 2015 and February 2016", None, {"period_start": "2015-12"}),
    ("between the start of the Russian bombing campaign in September and early March", None, {"period_start": "--09"}),
    ("since 2011", None, {"period_start": "2011"}),
    ("so far this year", "2016-04-29", {"period_start": "2016"}),
    ("so far this year", None, {}),
    ("in the past 12 weeks", None, {"period_length": "P12W"}),
    ("in the past 12 weeks", "2016-04-29", {"period_length": "P12W", "period_start": "2016-02-05"}),
    ("within the past 24 to 48 hours", "2016-04-29", {"period_length": "PT48H", "period_start": "2016-04-27"}),
    ("over the past week", None, {"period_length": "P1W"}),
    ("in the last few days", None, {"period_length": "P3D"}),
    ("since the conflict began", "2016-04-29", {}),  # from an event: no date
    ("in the first six months", None, {}),
]


@pytest.mark.parametrize("words, published, expected", PERIOD_BOUNDS)
def test_period_bounds(words, published, expected):
    from datetime import date

    from verify.extract.counts.special import period_bounds

    assert period_bounds(words, date.fromisoformat(published) if published else None) == expected


@pytest.mark.parametrize("sentence, expected", PERIODS)
def test_period_totals_are_marked(nlp, sentence, expected):
    _, mentions = _mentions(nlp, sentence)
    assert [(m.attribute, m.value["best"], m.value.get("period")) for m in mentions] == expected


@pytest.mark.parametrize("phrase, expected", PERIOD_PHRASES)
def test_period_patterns(phrase, expected):
    found = [m.group(0) for p in RULES.counts.period_patterns for m in [p.search(phrase)] if m]
    assert (max(found, key=len) if found else None) == expected


@pytest.mark.parametrize(
    "sentence, shooter",
    [
        ("Police said the man fatally shot his two children, then himself.", [False, True]),
        ("Then he turned the gun on himself.", [True]),
        ("He shot his wife and then took his own life.", [True]),
    ],
)
def test_the_shooters_death_is_flagged(nlp, sentence, shooter):
    _, mentions = _mentions(nlp, sentence)
    deaths = [m for m in mentions if m.attribute == "deaths"]
    assert len(deaths) == 1
    parts = deaths[0].value.get("parts") or [deaths[0].value]
    assert [bool(p.get("shooter")) for p in parts] == shooter


@pytest.mark.parametrize(
    "text, expected",
    [
        # "martyrs" counts the dead; "people with various injuries" the injured, whatever toll the
        # sentence opens with
        (
            "The ministry said the toll reached 212 martyrs, with 96 people with various injuries.",
            {("deaths", 212), ("injured", 96)},
        ),
        # hospitals caring for people count the hospitalised
        ("Two hospitals are still caring for 23 people.", {("hospitals", 2), ("hospitalised", 23)}),
        # survivors taken to hospital are survivors counted, no count of the injured; people taken to
        # hospital are
        (
            "The navy raised its count to 58, saying three survivors rushed straight to a hospital in Dorva had been missed.",
            set(),
        ),
        ("Three passengers were taken to a hospital in Dorva.", {("injured", 3)}),
        # "out of" names the whole as "of the" does; bodies the verb says were named or given back
        # are those, a part of the dead, and the whole is the dead
        ("Out of 1,175 injured, 793 have been discharged.", {("injured", 1175), ("discharged", 793)}),
        ("Out of the 1,100 injured, 200 are still in hospital.", {("injured", 1100), ("hospitalised", 200)}),
        ("Out of 275, 88 bodies have been identified.", {("deaths", 275), ("identified", 88)}),
        ("Of the 275, 88 bodies have been identified.", {("deaths", 275), ("identified", 88)}),
        ("Ten other dead bodies have been identified.", {("identified", 10)}),
        ("Sixty bodies have been handed over to their families.", {("handed_over", 60)}),
        ("Police handed over three suspects to the army.", set()),
        ("Six bodies have been recovered.", {("bodies_recovered", 6)}),
        ("Volunteers say they have to bury several bodies together.", {("buried", 3)}),
        (
            "Of the 278 bodies, 177 have been identified while 101 more are yet to be identified.",
            {("deaths", 278), ("identified", 177), ("unidentified", 101)},
        ),
        # one figure two joined verbs share, of killing and of hurting, counts both: casualties
        ("The group said it killed and injured about 160 people.", {("casualties", 160)}),
        ("The blasts killed 12 people and injured 30.", {("deaths", 12), ("injured", 30)}),
        ("Five people have died and 68 were injured.", {("deaths", 5), ("injured", 68)}),
        ("Gunmen shot and killed one guard.", {("deaths", 1)}),
        # the dead and the missing counted together are neither toll
        ("Current figures, including the missing and dead, are around 400 people.", {("dead_or_missing", 400)}),
        ("The agency counts 158 dead or missing.", {("dead_or_missing", 158)}),
        ("The storm left 40 dead and 12 missing.", {("deaths", 40), ("missing", 12)}),
        # the hurt sent home are no toll of the hurt
        ("The official said 793 injured passengers have been discharged.", {("discharged", 793)}),
        ("So far 640 patients have been released from hospital.", {("discharged", 640)}),
        # people at work a body owns are its own staff, a part of the toll; anyone's alone
        (
            "The candle company said eight of its workers were confirmed dead.",
            {("deaths_own_staff", 8)},
        ),
        ("The explosion killed 11 workers at the plant.", {("deaths", 11)}),
        # a jailbreak: who broke out, who was caught again or came back, who is still out; inmates
        # who "fled" or whom gunmen "freed" escaped, residents who fled are displaced
        ("The governor said more than 700 inmates broke out.", {("escaped", 701)}),
        ("Our members counted the cells and 840 inmates had fled.", {("escaped", 840)}),
        ("More than 2,000 residents fled the fighting.", {("displaced", 2001)}),
        ("In April 2022, gunmen freed 837 inmates from Korin prison.", {("escaped", 837)}),
        (
            "The service says 137 inmates have now been recaptured or returned voluntarily.",
            {("recaptured", 137)},
        ),
        ("By noon, 54 of the escaped inmates had been recaptured.", {("recaptured", 54)}),
        ("Spokesman Daniel Ekwor said 475 remain at large.", {("at_large", 475)}),
        (
            "Authorities have recaptured 248 of the 612 inmates who escaped, and 364 are still on the run.",
            {("recaptured", 248), ("at_large", 364)},
        ),
        ("Karvenia says 364 still at large", {("at_large", 364)}),
        # a prison's capacity and the inmates it held are the people in it, no one harmed or arrested
        (
            "The centre was built for 400 inmates. At the time of the attack it held 1,104 inmates.",
            {("capacity", 400), ("people_present", 1104)},
        ),
        (
            "The prison was built for 400 inmates but held 1,104 at the time of the attack.",
            {("capacity", 400), ("people_present", 1104)},
        ),
        # what a vehicle can take is its capacity, never the people it held when it crashed
        ("The cable car can carry more than 30 people.", {("capacity", 31)}),
        ("Each tram could hold up to 34 passengers.", {("capacity", 34)}),
        ("The ferry seats up to 120 people.", {("capacity", 120)}),
        ("The bus was carrying 52 passengers when it overturned.", {("people_present", 52)}),
        # ... while the police holding suspects arrested them
        ("Police held 12 suspects overnight.", {("arrested", 12)}),
    ],
)
def test_roles_read_from_the_figure_s_own_words(parse, rules, text, expected):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    got = {
        (m.attribute, m.value["best"])
        for s in parse(text).sents
        for m in extract_counts(s, SentenceContext("d", None), rules)
    }
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place the sentence opens with scopes its figures
        ("In Peru, the interior minister reported on Monday that at least 41 people were dead.", [(41, "Peru", None)]),
        # ... and one the figure is left "dead in"
        ("The storm flattened the coast, leaving at least 50 people dead in Peru alone.", [(50, "Peru", None)]),
        # the place whose office gives the figure
        ("The governor of Peru, Ana Ruiz, said six people had been evacuated.", [(6, None, "Peru")]),
        # ... which is the figure's own when it is counted "in her state"
        ("The governor of Peru, Ana Ruiz, said six people died in her state.", [(6, "Peru", None)]),
        ("North Dakota Gov. Hal Brenner said 88 people had died in the state.", [(88, "North Dakota", None)]),
        # a place that itself gives a figure counts its own, not what it says it did
        (
            "South Dakota confirmed 19 deaths and Iowa reported 15, officials said.",
            [(19, "South Dakota", None), (15, "Iowa", None)],
        ),
        ("Russia said it had killed 300 soldiers.", [(300, None, "Russia")]),
        # the place a "where" clause says it of
        (
            '"We are continuing to find survivors," Ohio\'s Pell County, where more than 60 people are confirmed'
            " dead, said in its latest update.",
            [(61, "Pell County", None)],
        ),
        # a clause joined to another keeps its own place
        (
            "One man died in Kansas when a tree fell on his car, and three people were killed in Missouri when a"
            " tornado struck a mobile home park, officials said.",
            [(1, "Kansas", None), (3, "Missouri", None)],
        ),
        # the country owning the toll, in a clause under the reporting verb
        ("Chile's health minister said Chile's death toll had reached 1,230.", [(1230, "Chile", None)]),
        # who gives a figure is kept apart from where it is counted
        (
            "Chilean officials have confirmed 812 deaths, and a further 97 deaths are reported in Peru.",
            [(812, None, "Chile"), (97, "Peru", None)],
        ),
        ("US intelligence puts the toll at 100 to 300 people.", [(100, None, "United States")]),
        (
            "US intelligence assessments have indicated a true toll of 40-90 in the blast.",
            [(40, None, "United States")],
        ),
        ("According to Peru's civil defence agency, the flood has killed 64 people.", [(64, None, "Peru")]),
        # who struck is no scope
        ("An Israeli airstrike killed 30 people.", [(30, None, None)]),
        ("Over 300 Palestinians were killed in Israeli strikes on Gaza.", [(301, None, None)]),
        # a place phrase on the last of coordinated verbs with no subject of their own scopes them all
        (
            "The storm had killed 4,574 people and injured 9,133, and had flattened 744 homes across 10 Peruvian provinces.",
            [(4574, "Peru", None), (9133, "Peru", None), (744, None, None)],
        ),
        ("At least 40 people died across ten Turkish provinces.", [(40, "Turkey", None)]),
        # the places of the happening the toll is of
        (
            "The toll from the floods in northern Chile and southern Peru had passed 2,100.",
            [(2101, "Chile+Peru", None)],
        ),
        # a list of places, however the parser hangs its second member
        ("Officials said 1,450 people in Chile and neighbouring Peru were killed.", [(1450, "Chile+Peru", None)]),
        ("Across Ecuador and neighboring Peru it has killed more than 900 people.", [(901, "Ecuador+Peru", None)]),
        ("Chile, Peru toll climbs to 2,415", [(2415, "Chile+Peru", None)]),
        ("Chile and Peru flood death toll climbs to over 3,200", [(3201, "Chile+Peru", None)]),
        # where the happening that killed them struck
        ("At least 4,210 people have now been killed by the floods in Chile and Peru.", [(4210, "Chile+Peru", None)]),
        (
            "Officials say 5,380 people have died in the storm that hit Chile and Peru on Monday.",
            [(5380, "Chile+Peru", None)],
        ),
        # a list of places and their tolls
        (
            "By Friday the toll had passed 9,000: Chile had 6,114 confirmed dead.",
            [(9001, None, None), (6114, "Chile", None)],
        ),
        # a place's figure with its verb and noun left out, and the total of the places
        (
            "By Friday, Chile had 6,114 confirmed dead and Peru 2,977 reported dead.",
            [(6114, "Chile", None), (2977, "Peru", None)],
        ),
        (
            "Chile lost 8,044 people and Peru 3,688 to the storm, a confirmed total of 11,732.",
            [(8044, "Chile", None), (3688, "Peru", None), (11732, "Chile+Peru", None)],
        ),
        # "for the whole of" a place scopes the figure
        (
            "Aid groups have so far recorded around 2,000 deaths for the whole of Peru.",
            [(2000, "Peru", None)],
        ),
        # a place written after a part of the toll is the part's
        (
            "The storm killed at least 7,513 people, at least 5,672 of them in Chile, officials said.",
            [(7513, None, None), (5672, "Chile", None)],
        ),
        # each place's own figure, never summed into one ("19 ... and four": not 23 in Chile)
        (
            "The cyclone killed at least 19 people in Chile and four in neighbouring Peru, officials said.",
            [(19, "Chile", None), (4, "Peru", None)],
        ),
        # ... and the second counts what the first does, though only the first hangs from the phrase
        (
            "More than 300,000 people in Chile and about 85,000 in Peru were moved to shelters.",
            [(300001, "Chile", None), (85000, "Peru", None)],
        ),
        # two places sharing their last words, written once ("North and South Dakota")
        (
            "Officials have confirmed 64 deaths across North and South Dakota, Iowa and Nebraska.",
            [(64, "Iowa+Nebraska+North Dakota+South Dakota", None)],
        ),
        # a place owning the toll, without its possessive ending
        (
            "With the corrected figures from Pell County, North Carolina's overall death toll from the flooding"
            " now stands at 88, with more than 30 people still reported missing.",
            [(88, "North Carolina", None), (31, "North Carolina", None)],
        ),
        # the bodies a hospital or a morgue received are counted there: that place's intake
        (
            "Karvel General Hospital received 19 bodies on Monday, as the toll climbed to 87.",
            [(19, "Karvel General Hospital", None), (87, None, None)],
        ),
        (
            "Dr Emre Vasko, a pathologist at the Karvel city morgue, said he received 29 bodies on Friday evening.",
            [(29, "Karvel city morgue", None)],
        ),
    ],
)
def test_where_a_figure_is_counted_and_who_gives_it(parse, rules, text, expected):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    got = [
        (m.value["best"], m.value.get("where"), m.value.get("where_said"))
        for s in parse(text).sents
        for m in extract_counts(s, SentenceContext("d", None), rules)
    ]
    assert got == expected


def test_a_part_of_another_measure_is_the_whole_count_of_its_own(parse, rules):
    """ "Of the 41 people still in hospital, 16 are in a critical condition": 16 is every critical
    patient (compared as a toll of its own), while "eight of them children" is a part of the dead."""
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    def read(text):
        return {
            (m.attribute, m.value["best"], bool(m.value.get("part")))
            for s in parse(text).sents
            for m in extract_counts(s, SentenceContext("d", None), rules)
        }

    assert read("Of the 41 people still in hospital, 16 are in a critical condition.") == {
        ("hospitalised", 41, False),
        ("critical", 16, False),
    }
    assert ("deaths_children", 8, True) in read("Fifteen people were killed, eight of them children.")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The rescuers said 70 people were killed and 200 injured in the rebel-held north.",
            [(70, "rebel"), (200, "rebel")],
        ),
        ("At least 45 people died in government-controlled parts of the province.", [(45, "government")]),
        ("Fighting killed 30 people in Russian-held districts.", [(30, "russian")]),
        # both sides at once is the whole; a clause of its own keeps its own place
        ("Monitors put the toll at about 900 across both government- and rebel-held areas.", [(900, None)]),
        (
            "Officials confirmed 316 deaths, and a further 93 deaths are reported in the opposition-held east.",
            [(316, None), (93, "rebel")],
        ),
        # "under X control"; the phrase hangs on one toll's verb and stands for the pair given together
        (
            "State television reported 64 people killed and 310 injured in districts under government control.",
            [(64, "government"), (310, "government")],
        ),
        ("Medics counted 52 dead in villages under the rebels' control.", [(52, "rebel")]),
        # a side word before an area noun; on the toll that is the verb's subject
        ("The death toll in government areas was put at 618.", [(618, "government")]),
        ("Residential areas were hit and 40 died.", [(40, None)]),
    ],
)
def test_the_area_of_control_a_figure_is_limited_to(parse, rules, text, expected):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    got = [
        (m.value["best"], m.value.get("area"))
        for s in parse(text).sents
        for m in extract_counts(s, SentenceContext("d", None), rules)
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text, total, part",
    [
        (
            "Twenty-nine people caught up in the city tower block fire are still in hospital - 14 of them in critical care.",
            ("hospitalised", 29),
            ("critical", 14),
        ),
        (
            "Eighty people are being treated in hospitals across the region, 19 of them in critical care",
            ("injured", 80),
            ("critical", 19),
        ),
    ],
)
def test_a_role_phrase_right_after_a_part_is_the_part_s(parse, rules, text, total, part):
    """ "14 of them in critical care": the phrase is the part's own state, however the parser hangs
    it (often from the verb whose subject is the total)."""
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    got = {
        (m.attribute, m.value["best"])
        for s in parse(text).sents
        for m in extract_counts(s, SentenceContext("d", None), rules)
    }
    assert total in got and part in got


@pytest.mark.parametrize(
    "sentence, by",
    [
        ("The depot fire, on the edge of the old town, has claimed nine lives.", None),
        ("The depot fire has claimed nine lives, the fire service said.", "the fire service"),
        ("The ministry claimed 40 people were killed.", "The ministry"),
    ],
)
def test_a_happening_that_claimed_lives_reports_nothing(nlp, sentence, by):
    """ "claimed nine lives": the verb does the harm, so its subject is no source of the figure."""
    _, mentions = _mentions(nlp, sentence)
    assert [m.cited_source for m in mentions] == [by]


def test_the_lives_a_happening_claimed_are_said_by_whoever_says_so(nlp):
    """ "The landslides have claimed the lives of 150 people": the landslides do the harm, they say nothing."""
    from verify.extract.sources import find_sourcing

    doc = nlp("The landslides have claimed the lives of at least 150 people, officials said.")
    assert find_sourcing(next(doc.sents), RULES).cited_source == "officials"
    doc = nlp("The landslides have claimed the lives of at least 150 people.")
    assert find_sourcing(next(doc.sents), RULES).cited_source is None


def test_a_figure_of_a_happening_of_another_year_beside_the_story_s_day_counts_nothing(nlp):
    """ "the same hillside where four people went missing in a 2018 landslide", told of a burial on the
    story's Sunday: the four are the 2018 landslide's. A sentence all of another year is its segment's."""
    from datetime import date

    def read(sentence):
        doc = nlp(sentence)
        ctx = SentenceContext("doc", published=date(2025, 7, 27))
        return [(m.attribute, doc.text[m.start : m.end]) for s in doc.sents for m in extract_counts(s, ctx, RULES)]

    assert read(
        "Earlier on Sunday, eleven bodies were buried at the same hillside where four people went missing in a 2018 landslide."
    ) == [("buried", "eleven bodies")]
    assert read("In 2018, a landslide at the same hillside killed 17 people.") == [("deaths", "17 people")]
    # the toll the story's is measured against: the verb describing the counted noun dates them
    assert read(
        "Governor Ada Holm said on Sunday the toll had climbed to 111, surpassing the 103 people killed"
        " during Hurricane Omar in August 2019."
    ) == [("deaths", "111")]


def test_a_sentence_whose_happening_claimed_lives_cites_no_one(nlp):
    from verify.extract.sources import find_sourcing

    doc = nlp("The depot fire, on the edge of the old town, has claimed nine lives.")
    assert find_sourcing(next(doc.sents), RULES).cited_source is None
    doc = nlp("The rebels claimed responsibility for the attack.")
    assert find_sourcing(next(doc.sents), RULES).cited_source == "The rebels"


def test_a_victim_named_states_no_figure(nlp):
    """ "Nizar Najarian died in the blast" names one victim among the toll: at least one dead, and no
    figure a report may show as the toll (its best is None), while a toll beside it keeps its own."""
    _, mentions = _mentions(nlp, "Nizar Najarian, a party leader, died in the blast that killed at least 135 people.")
    values = {
        (m.attribute, m.value["low"], m.value["high"], m.value["best"], bool(m.value.get("individual")))
        for m in mentions
    }
    assert values == {("deaths", 1, None, None, True), ("deaths", 135, None, 135, False)}


def test_a_title_cut_from_its_name_is_no_victim(nlp):
    """The splitter may end a sentence at "Cmdr." and the parse make the title alone an apposition
    of "those who died": a title on its own names no one, so no victim is read from it; with its
    name it is a victim as any."""
    doc, mentions = _mentions(nlp, "A priority was recovering all those who died, Cmdr. Cundy said.")
    assert [t.text for t in doc if t.ent_type_ == "PERSON"][0] == "Cmdr"  # the parse this guards against
    assert [(m.attribute, doc.text[m.start : m.end]) for m in mentions] == []
    doc, mentions = _mentions(nlp, "Cmdr. Cundy was killed on Monday.")
    assert [(m.attribute, doc.text[m.start : m.end], m.value.get("individual")) for m in mentions] == [
        ("deaths", "Cundy", True)
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the whole of a count of things is stated too, with its noun's attribute only
        (
            "Police have heard from 106 of the building's 129 flats.",
            [("flats_part", 106, True), ("flats", 129, False)],
        ),
        # a whole whose noun names no attribute of its own is not what befell its part
        ("Three of the 20 buildings collapsed.", [("buildings_collapsed_part", 3, True)]),
        # people: "one of the six doctors" is a position among them, not a count of six
        ("One of the six doctors was killed.", []),
    ],
)
def test_a_part_and_the_whole_it_is_counted_of(nlp, sentence, expected):
    _, mentions = _mentions(nlp, sentence)
    assert [(m.attribute, m.value["best"], bool(m.value.get("part"))) for m in mentions] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "including" and "among them" hang from the verb of the total: what they list are its parts
        (
            "The death toll has risen to 27, including six children, officials said.",
            [("deaths", 27, False), ("deaths_children", 6, True)],
        ),
        (
            "The toll has reached 34, among them eight children and three women, the directorate said.",
            [("deaths", 34, False), ("deaths_children", 8, True), ("deaths_part", 3, True)],
        ),
        # "among them" before the figure: a count within a group told before
        ("Among them, 12 died in hospital.", [("deaths_part", 12, True)]),
    ],
)
def test_a_list_after_a_toll_gives_its_parts(nlp, sentence, expected):
    _, mentions = _mentions(nlp, sentence)
    assert [(m.attribute, m.value["best"], bool(m.value.get("part"))) for m in mentions] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 6.1-magnitude quake struck at 3:10 a.m.", [("magnitude", 6.1)]),
        (
            "Its epicentre was 12 kilometres (7.5 miles) south of Lorca and 9.6 kilometres (6 miles) deep.",
            [("km_from_lorca", 12), ("km_from_lorca", 12), ("depth_km", 9.6), ("depth_km", 9.7)],
        ),
        ("Some 500 tonnes of fertiliser had been stored in the shed.", [("fertiliser_tonnes", 500)]),
        # a distance from a place is compared only with distances from that place; with no place, none
        ("The second tremor struck about 80 km from the first.", [("km_from_first", 80)]),
        ("The second tremor struck about 80 km to the north.", []),
        ("Volunteers drove 40 kilometres through the snow.", [("km", 40)]),
        # a speed is no distance: "km/h", "km per hour", "mph"
        # miles and mph are compared in km (figures.measures.conversions): 120 mph is 193 km/h
        ("Winds of up to 185 km/h and gusts of 120 mph hit the coast.", [("km_per_hour", 185), ("km_per_hour", 193)]),
        ("The storm moved inland at 15 km per hour.", [("km_per_hour", 15)]),
        ("Winds reached 97 km/h.", [("km_per_hour", 97)]),
        # a qualifier is read as for counts: "more than N" is N + 1, "nearly N" N - 1
        ("More than 2,750 tonnes of ammonium nitrate had been stored.", [("ammonium_nitrate_tonnes", 2751)]),
        ("The quake had a magnitude of about 7.8.", [("magnitude", 7.8)]),
        # a later shock's magnitude is its own, not the quake's (told beside it or measured apart)
        ("The quake was followed by a strong 5.9 magnitude aftershock.", [("aftershock_magnitude", 5.9)]),
        (
            "The 7.4 magnitude quake hit at midday, with the strongest aftershock measuring in at 5.9 magnitude.",
            [("magnitude", 7.4), ("aftershock_magnitude", 5.9)],
        ),
        # the height of what broke off is no altitude of the peak it broke from, nor its bare metres
        (
            "The ice front still hanging has a height of 45 metres, below a summit of 3,120 metres.",
            [("height_metres", 45), ("metres", 3120)],
        ),
        ("The refuge stands at an altitude of 2,900 metres.", [("altitude_metres", 2900)]),
    ],
)
def test_quantities_with_a_unit(parse, rules, text, expected):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    got = [
        (m.attribute, m.value["best"])
        for s in parse(text).sents
        for m in extract_counts(s, SentenceContext("d", None), rules)
        if m.value.get("unit") not in ("people",)
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text, attribute, low, high, stated",
    [
        # a whole number's qualifier as for counts
        ("The fire has burned more than 5,000 hectares.", "hectares", 5001, None, 5000),
        ("Nearly 40 km of road was washed away.", "road_km", 32, 39, 40),
        # a decimal's "about" says it was rounded at its last digit, not 20% either side; the added
        # one of "more than N" is no part of a decimal
        ("The quake had a magnitude of about 7.8.", "magnitude", 7.75, 7.85, 7.8),
        ("The storm caused more than $2.5 billion in damage.", "damage_usd_billion", 2.5, None, 2.5),
        # the currency written again at a range's other end; losses are damage (figures.measures.money_words)
        ("Losses have been estimated at $10 to $15 billion.", "damage_usd_billion", 10, 15, 10),
        # converted: the interval in the target unit, widened by conversion_tolerance (0.05)
        ("The wildfire has burned 30,000 acres.", "hectares", 11533, 12748, 30000),
        ("The town is 40 miles north of Sacramento.", "km_from_sacramento", 61, 68, 40),
    ],
)
def test_a_measure_is_qualified_and_converted(parse, rules, text, attribute, low, high, stated):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    (m,) = [
        m
        for s in parse(text).sents
        for m in extract_counts(s, SentenceContext("d", None), rules)
        if m.value.get("unit") not in ("people",)
    ]
    assert (m.attribute, m.value["low"], m.value["high"], m.value["stated"]) == (attribute, low, high, stated)


def test_acres_and_hectares_are_one_measure(parse, rules):
    """30,000 acres is about 12,141 hectares: the two are compatible; 50,000 acres is not 12,000 hectares."""
    from verify.compare.figures import figure_interval
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    def measure(text):
        (m,) = [m for s in parse(text).sents for m in extract_counts(s, SentenceContext("d", None), rules)]
        return m

    acres = measure("The wildfire has burned 30,000 acres.")
    hectares = measure("The wildfire has burned 12,000 hectares.")
    more = measure("The wildfire has burned 50,000 acres.")
    assert acres.attribute == hectares.attribute == more.attribute == "hectares"
    assert acres.value["stated_unit"] == "acres" and acres.value["best"] == 12141
    low, high = figure_interval(acres)
    assert low <= 12000 <= high
    low, high = figure_interval(more)
    assert low > 12000


@pytest.mark.parametrize(
    "sentence, stated",
    [
        ("The flood killed nearly 500 people.", 500),
        ("The flood killed more than 500 people.", 500),
        ("The flood killed about 1,200 people.", 1200),
        ("The flood killed 500 people.", None),  # no qualifier: the number is its best
        ("The flood killed hundreds of people.", None),  # words, not a number
    ],
)
def test_a_qualified_figure_keeps_the_number_written(nlp, sentence, stated):
    """ "nearly 500" means up to 499 and "more than 500" from 501, but both write 500: the number is
    kept (``stated``), so the compare stage can tell one number qualified differently from two."""
    _, mentions = _mentions(nlp, sentence)
    assert [m.value.get("stated") for m in mentions] == [stated]


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Seventy-nine people are feared dead after the fire, police said.", "presumed"),
        ("Police believe 12 people were killed when the building collapsed.", "presumed"),
        # a study's "likely" or "probably" is an estimate, set against other estimates
        ("The storm likely killed 4,600 people, a study found.", "presumed"),
        ("The storm probably killed 4,600 people, researchers said.", "presumed"),
        # the presumption is the main clause's; the toll is told in an adverbial clause beside it
        (
            "Investigators believe the train was going far too fast, two people familiar with the inquiry "
            "said, as the toll climbed to 21.",
            "reported",
        ),
    ],
)
def test_a_presumption_covers_the_clauses_it_governs(nlp, sentence, status):
    _, mentions = _mentions(nlp, sentence)
    assert [(m.attribute, m.value["status"]) for m in mentions] == [("deaths", status)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the estimate governs its own figure, not the count another clause says is someone else's
        (
            "Researchers from Harvard estimated that the storm killed 4,645 people on Morvania, far above the "
            "official toll of 64.",
            [(4645, "presumed"), (64, "reported")],
        ),
        (
            "A study estimated that 4,645 people died, ten times the government's toll of 64.",
            [(4645, "presumed"), (64, "reported")],
        ),
        # (its own estimate stays one: "the UN's estimate of 670")
        ("The figure is far above the UN's estimate of 670 deaths.", [(670, "presumed")]),
    ],
)
def test_a_presumption_stops_at_a_figure_owned_by_another(nlp, sentence, expected):
    _, mentions = _mentions(nlp, sentence)
    assert [(m.value["best"], m.value["status"]) for m in mentions if m.attribute == "deaths"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Hurricane Delmar killed eight people in Florida, three in North Carolina, one in Georgia and five "
            "in Virginia, officials said.",
            [("8", "Florida"), ("3", "North Carolina"), ("1", "Georgia"), ("5", "Virginia")],
        ),
        ("At least 19 people died in Tamaria and four in neighbouring Orsania.", [("19", "Tamaria"), ("4", "Orsania")]),
        (
            "The storm has killed 20 people in Florida, five in Virginia and one in Georgia, officials said.",
            [("20", "Florida"), ("5", "Virginia"), ("1", "Georgia")],
        ),
    ],
)
def test_each_figure_of_a_list_by_place_is_that_place_s(nlp, sentence, expected):
    """A figure of "killed eight people in Florida, three in North Carolina" is limited to
    its own place, not to the first figure's as well."""
    _, mentions = _mentions(nlp, sentence)
    assert [(str(m.value["best"]), m.value.get("where")) for m in mentions] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a count of none is a figure of 0 of its role and group, its speaker's: never one victim described
        ("No civilians were killed in the strike.", [("deaths", "No civilians", None, 0)]),
        ("Not a single civilian was killed, the army said.", [("deaths", "Not a single civilian", None, 0)]),
        ("None of the dead were civilians, the army said.", [("deaths", "None of the dead", None, 0)]),
        ("There were no civilian casualties, the army said.", [("casualties", "no civilian casualties", None, 0)]),
        # a denial of any: a zero, the denier's count (not a denied figure)
        ("It denies that any civilians were killed.", [("deaths", "any civilians", None, 0)]),
        ("The army has denied that civilians died.", [("deaths", "civilians", None, 0)]),
        # no harm: none killed and none hurt
        (
            "The General Command affirms that no civilians were harmed in the operation.",
            [("deaths", "no civilians", None, 0), ("injured", "no civilians", None, 0)],
        ),
        # the zero of a group is that group's, never set against everyone's toll
        ("No soldiers were hurt.", [("injured", "No soldiers", "responders", 0)]),
        (
            "The army says 12 militants were killed and no civilians.",
            [("deaths", "12 militants", "responders", 12), ("deaths", "no civilians", None, 0)],
        ),
    ],
)
def test_a_count_of_none_is_a_zero(nlp, sentence, expected):
    doc, mentions = _mentions(nlp, sentence)
    got = [(m.attribute, doc.text[m.start : m.end], m.value.get("group"), m.value["best"]) for m in mentions]
    assert got == expected
    for m in mentions:
        if m.value["best"] == 0:
            assert (m.value["low"], m.value["high"], m.value["status"]) == (0, 0, "reported")
            assert not m.value.get("individual")


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry denied that civilians were targeted.",  # no role: no count
        "No one has claimed responsibility for the attack.",  # "claimed" of no one's lives
        "The ministry denied that 500 people were killed.",  # a figure denied, no zero
    ],
)
def test_no_zero_without_a_role_of_none(nlp, sentence):
    _, mentions = _mentions(nlp, sentence)
    assert not [m for m in mentions if m.value["low"] == 0]


def test_a_part_of_the_dead_is_of_the_group_they_are_said_to_be(nlp):
    """ "Three of the dead were foreigners": a part of the dead (never a toll of three), the
    foreigners among them; "two of the wounded died" a part too."""
    _, mentions = _mentions(nlp, "Three of the dead were foreigners.")
    assert [(m.attribute, m.value["best"], m.value.get("group"), m.value.get("part")) for m in mentions] == [
        ("deaths_foreigners", 3, "foreigners", True)
    ]


# (sentence, [(attribute, best, status, part), ...]): harms beside the dead, a toll's value, a
# place's people, a rate and the figures in brackets that break a toll down
READINGS = [
    ("Twelve patients have lost their sight.", [("blinded", 12, "reported", False)]),
    ("Five villagers have been left blind.", [("blinded", 5, "reported", False)]),
    # the toll says what its value counts, not the headline's word above it
    ("Morvania bootleg liquor toll at 29, police say; dozen blinded", [("deaths", 29, "reported", False)]),
    (
        "In Beltrak, a village of some 900 people, three brothers died on Sunday.",
        [("population", 900, "reported", False), ("deaths", 3, "reported", False)],
    ),
    ("About 1,100 people die every year after drinking illicit liquor.", [("deaths", 1100, "usual", False)]),
    # a week after the storm is a point in time, no rate
    ("A week after the storm struck, 28 people are still missing.", [("missing", 28, "reported", False)]),
    (
        "Nineteen people have died so far (11 in Sorvani, 5 in Beltrak and 3 in Mirosa), officials said.",
        [
            ("deaths", 19, "reported", False),
            ("deaths", 11, "reported", True),
            ("deaths", 5, "reported", True),
            ("deaths", 3, "reported", True),
        ],
    ),
]


@pytest.mark.parametrize("sentence, expected", READINGS)
def test_readings_of_harms_places_and_rates(nlp, sentence, expected):
    _, mentions = _mentions(nlp, sentence)
    got = [(m.attribute, m.value["best"], m.value["status"], bool(m.value.get("part"))) for m in mentions]
    assert got == expected


# (sentence, [(attribute, low, high), ...]): a range the parser hangs on the reporting verb before
# it ("said between ..."), its clause parsed as that verb's complement
SAID_BETWEEN = [
    ("A councillor said between 400 and 600 people lived in the block.", [("residents", 400, 600)]),
    ("A councillor said between 400 and 600 people died.", [("deaths", 400, 600)]),
    ("A councillor said between 400 and 600 people were evacuated.", [("evacuated", 400, 600)]),
    ("Officials said between 90 and 95 people died.", [("deaths", 90, 95)]),
    # who did it is not counted as harmed
    ("Police said between 20 and 30 gunmen attacked the village.", []),
]


@pytest.mark.parametrize("sentence, expected", SAID_BETWEEN)
def test_a_range_hung_on_the_reporting_verb_counts_its_clause(nlp, sentence, expected):
    _, mentions = _mentions(nlp, sentence)
    assert [(m.attribute, m.value["low"], m.value["high"]) for m in mentions] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The number of deaths is 275 and not 288.",
        "Death toll in the crash is 275 and not 288, the chief secretary said.",
    ],
)
def test_a_figure_set_beside_another_to_be_rejected_is_no_part_of_a_sum(parse, rules, text):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    got = {
        (m.attribute, m.value["best"], m.value["status"])
        for s in parse(text).sents
        for m in extract_counts(s, SentenceContext("d", None), rules)
    }
    assert got == {("deaths", 275, "reported"), ("deaths", 288, "earlier")}


# Excess deaths (``figures.status.excess``): deaths above the usual for the time, of every cause —
# an estimate of another measure than the toll, compared under deaths_excess; a bare "range of"
# beside one is of its kind too. "More than expected" of a toll, or "more" of an increment, is none.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Statisticians said an estimated 1,200 excess deaths had occurred between June 12 and June 25.",
            [("deaths_excess", 1200, "excess")],
        ),
        (
            "An estimated 1,200 more deaths were registered than expected for the time of year, with a range of 980 to 1,420.",
            [("deaths_excess", 1200, "excess"), ("deaths_excess", 980, "excess")],
        ),
        ("More than 1,200 people died, more than expected.", [("deaths", 1201, "reported")]),
        # the same stretch of time in other years
        (
            "The government later conceded that 1,427 more people died than in the same period of the previous year.",
            [("deaths_excess", 1427, "excess")],
        ),
        (
            "The storm killed 1,200 more people than the 300 of the same period last year.",
            [("deaths", 1200, "reported")],
        ),
        (
            "41 people were killed, while the railway stuck to its figure of 38.",
            [("deaths", 41, "reported"), ("deaths", 38, "reported")],
        ),
    ],
)
def test_excess_deaths_are_another_measure(nlp, sentence, expected):
    _, mentions = _mentions(nlp, sentence)
    assert [(m.attribute, m.value["best"], m.value["status"]) for m in mentions] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # people said to be among the dead are a part of them, of the group they are
        (
            "It is with great sadness that the Minister learned that three French nationals were among those killed.",
            {("deaths_french", 3, True)},
        ),
        ("At least nine children were among the dead, a police spokesman said.", {("deaths_children", 9, True)}),
        ("Two doctors were among the injured.", {("injured_staff", 2, True)}),
        # a list of peoples among the missing: each its own people's part, none a count of Lebanon
        (
            "Three Lebanese nationals, three Syrians and one Egyptian are among those still unaccounted for.",
            {("missing_lebanese", 3, True), ("missing_syrians", 3, True), ("missing_egyptians", 1, True)},
        ),
        # the value of a verb of counting, whatever the parse hangs "dead" on
        ("The dead numbered 26, not counting the attackers, the Interior Ministry said.", {("deaths", 26, False)}),
        ("The protesters numbered about 2,000.", set()),
        # "were French": the people they are of
        ("Three of the dead were French.", {("deaths_french", 3, True)}),
        # the figure the victim is among is the toll itself, no part
        ("Aleppo's last paediatrician among dozens killed in hospital strike", {("deaths", 24, False)}),
        # a victim named among the dead is no figure
        ("Also among the dead were Tomas Helgo, 24, a bus driver, and his girlfriend.", set()),
        # a headline's credit is no counted noun: "- police" are not nine police officers
        ("Gunmen seize hotel in Kessaro, at least nine killed - police", set()),
        # those who hold people are not held
        ("The smoke rose from the hotel, where four gunmen held guests and staff for almost twelve hours.", set()),
    ],
)
def test_parts_among_the_dead_credits_and_holders(parse, rules, text, expected):
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    got = {
        (m.attribute, m.value["best"], bool(m.value.get("part")))
        for s in parse(text).sents
        for m in extract_counts(s, SentenceContext("d", None), rules)
    }
    assert got == expected


@pytest.mark.parametrize(
    "sentence, words, unit, group",
    [
        # a bare figure of a clause joined to one that names who it counts counts them too
        ("Nine children were among the dead and four were being treated in hospital.", "four", "children", "children"),
        ("Twelve soldiers were killed and three were wounded.", "three", "fighters", "responders"),
        ("Twelve people were killed and 30 were wounded.", "30", "people", None),
    ],
)
def test_a_bare_figure_counts_the_noun_its_joined_clause_names(nlp, sentence, words, unit, group):
    _, mentions = _mentions(nlp, sentence)
    (found,) = [m for m in mentions if m.value["words"] == words]
    assert (found.value["unit"], found.value.get("group")) == (unit, group)


@pytest.mark.parametrize(
    "sentence", ["The general confirmed the deaths of 11 Marines.", "Two service members were wounded."]
)
def test_service_members_are_responders(nlp, sentence):
    # marines and service members are of the forces that responded, counted apart from the toll
    _, mentions = _mentions(nlp, sentence)
    assert [m.value.get("group") for m in mentions] == ["responders"]


@pytest.mark.parametrize(
    "text, spans",
    [
        ("The storm has now killed at least 97 people across six states, officials said.", "six states"),
        ("At least 40 people died in several provinces.", "several provinces"),
        ("At least 40 people died in the provinces of the north.", None),
        ("At least 40 people died in Nebraska.", None),
    ],
)
def test_a_figure_across_places_counted_not_named_spans_them(parse, rules, text, spans):
    """ "across six states" limits a figure to several of a story's parts, none named: the whole of
    a story told state by state, never the one state its page names."""
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    got = [
        m.value.get("spans") for s in parse(text).sents for m in extract_counts(s, SentenceContext("d", None), rules)
    ]
    assert got == [spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Some 2.9 million homes and businesses were still without power across five states.", "without_power"),
        ("Around 900,000 customers remained without electricity.", "without_power"),
        # homes destroyed or in a block are still those
        ("The storm surge wrecked 120 homes.", "homes_destroyed"),
        ("The tower held 120 flats.", "flats"),
    ],
)
def test_homes_left_without_power_are_an_outage_s_count(parse, rules, text, expected):
    """ "2.9 million homes ... without power" counts an outage's customers, no building's flats."""
    from verify.extract.base import SentenceContext
    from verify.extract.counts import extract_counts

    got = [m.attribute for s in parse(text).sents for m in extract_counts(s, SentenceContext("d", None), rules)]
    assert got == [expected]


@pytest.mark.parametrize(
    "text, sources",
    [
        # those counted are what is reported, no one who reports it
        (
            "With the corrected figures from Pell County, the state's overall death toll now stands at 88, with"
            " more than 30 people still reported missing.",
            [None, None],
        ),
        # the happening whose toll it is gives no figure
        ("Hurricane Orla's death toll surpasses 150 people as rescuers search the mountains on Tuesday.", [None]),
        # ... while a body's toll is that body's word
        ("The health ministry's toll stands at 11.", ["The health ministry"]),
        ("Police reported 12 people missing after the flood.", ["Police"]),
    ],
)
def test_a_figure_s_own_people_or_happening_is_no_source(nlp, rules, text, sources):
    from verify.extract import extract_claims
    from verify.models import Document

    claims = extract_claims([Document(id="d", path="d", text=text, sha256="0" * 64)], nlp, rules)
    assert [c.cited_source for c in claims if c.kind == "count"] == sources


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # some of the things picked out are no count of them
        ("One of many aftershocks measured magnitude 5.7.", []),
        ("Two of the aftershocks were stronger than the first.", []),
        ("The quake was followed by five aftershocks.", [("aftershocks", 5)]),
        # what befell some of them is still counted
        ("Six of the houses were destroyed.", [("homes_destroyed", 6)]),
    ],
)
def test_some_things_picked_out_are_no_count_of_them(nlp, sentence, expected):
    _, mentions = _mentions(nlp, sentence)
    assert [(m.attribute, m.value["best"]) for m in mentions if m.attribute != "magnitude"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # one family's dead told beside the others: a part of the toll
        ("Fourteen people from one family also died in the fire.", [("deaths_part", 14, None)]),
        ("Five members of the same family were also killed in the blaze.", [("deaths_part", 5, None)]),
        # without "also" the family's dead may be all the dead: a count of the family, compared
        # apart from the toll when the event gives one (alone, it is the toll)
        ("Five members of the same family were killed in the blaze.", [("deaths", 5, "family")]),
        ("Eleven members of a single family were confirmed dead in Tarvo.", [("deaths", 11, "family")]),
        # ... not a family's members counted without one set apart
        ("Nine family members were killed in the blaze.", [("deaths", 9, None)]),
    ],
)
def test_one_family_s_dead_beside_the_others_are_a_part(nlp, sentence, expected):
    _, mentions = _mentions(nlp, sentence)
    assert [(m.attribute, m.value["best"], m.value.get("group")) for m in mentions] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a body's own teams handling the hurt: the share they handled, a part of the toll
        (
            "The Lumen Crescent said its medical teams had recovered 20 bodies and treated another 15 injured.",
            [("injured", 15, True)],
        ),
        ("Its ambulance crews carried 18 wounded people to the field hospital.", [("injured", 18, True)]),
        # ... never who gives the toll, nor teams no body owns
        ("The ministry said its teams had counted 140 wounded.", [("injured", 140, None)]),
        ("Paramedics treated 40 injured people at the scene.", [("injured", 40, None)]),
    ],
)
def test_a_bodys_own_teams_handle_a_share(nlp, sentence, expected):
    _, mentions = _mentions(nlp, sentence)
    got = [(m.attribute.removesuffix("_part"), m.value["best"], m.value.get("part")) for m in mentions]
    assert [g for g in got if g[0] == "injured"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the hurt a figure includes, told by how badly: the seriously hurt, never the count of the hurt
        (
            "The ministry said that more than 200 casualties had reached hospitals, including dozens with serious injuries.",
            [("casualties", 201), ("critical", 24)],
        ),
        (
            "The ministry said 140 people were wounded, including 12 with serious injuries.",
            [("injured", 140), ("critical", 12)],
        ),
        # ... but the hurt a sentence counts with their injuries are all of them
        ("Three people were taken to hospital with serious injuries.", [("injured", 3)]),
    ],
)
def test_the_seriously_hurt_a_toll_includes_are_a_part(nlp, sentence, expected):
    _, mentions = _mentions(nlp, sentence)
    assert [(m.attribute, m.value["best"]) for m in mentions] == expected
