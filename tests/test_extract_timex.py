"""Time claims: weekdays anchored to publication, absolute dates, months, years; non-dates."""

from __future__ import annotations

from datetime import date

import pytest

from verify.extract.base import SentenceContext
from verify.extract.timex import extract_times

FRIDAY = date(2016, 4, 29)


def _times(parse, rules, sentence, published=FRIDAY):
    doc = parse(sentence)
    out = []
    for sent in doc.sents:
        for m in extract_times(sent, SentenceContext("d", published), rules):
            assert doc.text[m.start : m.end] == m.value["original"]
            out.append((doc.text[m.start : m.end], m.value["start"], m.value["end"], m.value["granularity"]))
    return out


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The hospital was hit on Wednesday evening.", [("Wednesday evening", "2016-04-27", "2016-04-27", "day")]),
        ("The clinic was struck on Friday.", [("Friday", "2016-04-29", "2016-04-29", "day")]),
        ("Rebels attacked last Friday.", [("last Friday", "2016-04-22", "2016-04-22", "day")]),
        ("Civilians have been killed since April 22.", [("April 22", "2016-04-22", "2016-04-22", "day")]),
        ("It was posted on August 12, 2016.", [("August 12, 2016", "2016-08-12", "2016-08-12", "day")]),
        ("She was shot Tuesday, Jan. 27, at home.", [("Tuesday, Jan. 27", "2016-01-27", "2016-01-27", "day")]),
        ("In February, forces advanced.", [("February", "2016-02-01", "2016-02-29", "month")]),
        ("The war began in 2011.", [("2011", "2011-01-01", "2011-12-31", "year")]),
        # a month and year naming a happening, as "the 2014 crash" does; not "the April 2022 budget"
        (
            "The attack recalls the April 2022 jailbreak at Korin prison.",
            [("April 2022", "2022-04-01", "2022-04-30", "month")],
        ),
        ("The minister defended the April 2022 budget.", []),
        # a year before a happening's name ("the 1900 Galveston hurricane") names it too
        (
            "Only the 1911 Caspera hurricane, which killed 4,000 people, was deadlier.",
            [("1911", "1911-01-01", "1911-12-31", "year")],
        ),
        ("The 2014 Kessling Report found no fault.", []),
        ("Police said he died yesterday.", [("yesterday", "2016-04-28", "2016-04-28", "day")]),
    ],
)
def test_time_expressions(parse, rules, sentence, expected):
    assert _times(parse, rules, sentence) == expected


@pytest.mark.parametrize(
    "sentence, day",
    [
        # a forecast or a warning, written before the happening: the coming Monday (published Friday)
        ("The storm is expected to cross the coast on Monday evening, forecasters said.", "2016-05-02"),
        ("The cyclone will make landfall on Monday, the department said.", "2016-05-02"),
        ("Cyclone Sarvan to strike Kelam coast on Monday, met department warns", "2016-05-02"),
        ("Schools will stay closed until Monday.", "2016-05-02"),
        # said of what happened: the Monday before
        ("The storm crossed the coast on Monday.", "2016-04-25"),
        ("He tried to leave on Monday.", "2016-04-25"),
        ("The minister said on Monday that the storm will weaken.", "2016-04-25"),
        # "the Nth one to die Monday" is the subject of what follows, no headline's "to" clause
        ("The ninth person to die Monday was the driver, Tarek Olvane.", "2016-04-25"),
        ("The first man to die Monday was a baker from Vessa.", "2016-04-25"),
    ],
)
def test_a_weekday_said_to_come_is_the_next_one(parse, rules, sentence, day):
    (found,) = [t for t in _times(parse, rules, sentence) if t[0].startswith("Monday")]
    assert found[1] == day


@pytest.mark.parametrize(
    "sentence",
    [
        "The doctors may leave the city.",
        "He is 25 years old and has two children.",
        "Resolution 2254 called for an end to sieges.",
        "",
    ],
)
def test_sentences_without_dates_yield_nothing(parse, rules, sentence):
    assert _times(parse, rules, sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Last year, floods killed 200 people in the region.", [("Last year", "2015-01-01", "2015-12-31", "year")]),
        ("A hotel fell there last month.", [("last month", "2016-03-01", "2016-03-31", "month")]),
        ("A bridge fell two years ago, killing nine.", [("two years ago", "2014-01-01", "2014-12-31", "year")]),
        ("The plant closed 3 months ago.", [("3 months ago", "2016-01-01", "2016-01-31", "month")]),
        # the year of the day before it, no period of its own; a period to come sets nothing apart
        ("Victims of the fire on June 14 last year were remembered.", [("June 14", "2015-06-14", "2015-06-14", "day")]),
        ("He will be sentenced next month.", []),
        # a month said as the last one of its name: the one before publication
        ("Last November, police killed 14 people in Basira.", [("Last November", "2015-11-01", "2015-11-30", "month")]),
        ("A march was banned last April.", [("last April", "2015-04-01", "2015-04-30", "month")]),
        ("Troops moved in last March.", [("last March", "2016-03-01", "2016-03-31", "month")]),
        # a decade is ten years, however nearly ("almost a decade ago")
        ("A gunman killed 14 at a school almost a decade ago.", [("a decade ago", "2006-01-01", "2006-12-31", "year")]),
        ("The dam was built two decades ago.", [("two decades ago", "1996-01-01", "1996-12-31", "year")]),
    ],
)
def test_past_periods_are_the_whole_year_or_month_before_publication(parse, rules, sentence, expected):
    assert _times(parse, rules, sentence) == expected


def test_a_past_period_without_a_publication_date_is_no_time(parse, rules):
    assert _times(parse, rules, "A bridge fell two years ago.", None) == []
    assert _times(parse, rules, "He met Maaz during a trip to Aleppo last July.", None) == []


def test_weekday_without_publication_date_is_kept_unresolved(parse, rules):
    doc = parse("The hospital was shelled on Wednesday.")
    (mention,) = [m for s in doc.sents for m in extract_times(s, SentenceContext("d", None), rules)]
    assert mention.value["weekday"] == "Wednesday"
    assert mention.value["resolved"] is False and mention.value["start"] is None


def test_a_weekday_on_the_day_of_publication_is_that_day(parse, rules):
    assert _times(parse, rules, "It happened Friday.", FRIDAY)[0][1] == "2016-04-29"


# --------------------------------------------------------------------------------------------
# Relative days, roles and clock times


def _claims(parse, rules, text, published=FRIDAY):
    from verify.extract.base import DocFacts

    doc = parse(text)
    ctx = SentenceContext("d", published, facts=DocFacts.of(doc))
    out = []
    for sent in doc.sents:
        for m in extract_times(sent, ctx, rules):
            assert doc.text[m.start : m.end] == m.value["original"]
            out.append((m.attribute, doc.text[m.start : m.end], m.value))
    return out


@pytest.mark.parametrize(
    "sentence, words, day",
    [
        ("The ferry sank last night.", "last night", "2016-04-28"),
        ("The ferry will be raised tomorrow.", "tomorrow", "2016-04-30"),
        ("The ferry sank the day before yesterday.", "the day before yesterday", "2016-04-27"),
        ("The ferry sank on Tuesday.", "Tuesday", "2016-04-26"),
    ],
)
def test_relative_days_count_from_publication(parse, rules, sentence, words, day):
    ((attribute, text, value),) = _claims(parse, rules, sentence)
    assert (attribute, text, value["start"]) == ("date", words, day)


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are a small town and we are broken today," said the superintendent.',
        "“Tonight we pray for them,” the mayor told the vigil.",
    ],
)
def test_a_relative_day_in_a_quotation_is_the_speaker_s_and_dates_nothing(parse, rules, sentence):
    assert _claims(parse, rules, sentence) == []


def test_a_bare_date_above_the_headline_is_the_site_s_not_the_article_s(parse, rules):
    """A site's "today" display above the headline dates nothing the article says; the same line
    under the headline is the article's date (``verify.ingest.stamps`` reads pages alike)."""
    header = "Dark mode\nThursday, 9 March 2023\n\n# Ferry sinks off the coast\n\nThe ferry sank on Tuesday."
    under = "# Ferry sinks off the coast\nThursday, 9 March 2023\n\nThe ferry sank on Tuesday."
    roles = [
        {t: v["role"] for a, t, v in _claims(parse, rules, text) if a == "date"}["Thursday, 9 March 2023"]
        for text in (header, under)
    ]
    assert roles == ["page", "publication"]


@pytest.mark.parametrize(
    "text, words, role",
    [
        ("The ferry capsized on Tuesday, the coastguard said.", "Tuesday", "event"),
        # a vehicle's fall or crash is the happening
        ("A minibus plunged into the ravine near Dorva on Tuesday, killing nine.", "Tuesday", "event"),
        ("The lorry veered off the bridge on Sunday night.", "Sunday night", "event"),
        ("The coastguard said on Thursday that the ferry capsized.", "Thursday", "statement"),
        ("In a statement on Wednesday, the operator apologised.", "Wednesday", "statement"),
        ("Officials told reporters Thursday the search would go on.", "Thursday", "statement"),
        ("The explosion at the depot on Monday injured nine.", "Monday", "event"),
        ("Mourners gathered at a vigil on Thursday evening.", "Thursday evening", "other"),
        ("Strikes on the city since October 7 have killed 3,000 people.", "October 7", "bound"),
        # a clause "ever since" opens dates the start of a span, not the happening the page tells
        (
            "The army, which has shelled the valley ever since rebels seized the dam on March 3, denied that it hit the school.",
            "March 3",
            "bound",
        ),
        ("On 10 December, four ministers were charged with causing the deaths.", "10 December", "other"),
        ("More than 50 people died in a raid carried out on Monday, October 16.", "Monday, October 16", "event"),
        ("The estimate comes from a memo Reuters saw on Thursday.", "Thursday", "statement"),
        # the day a count stood at a figure, not the day of the happening
        ("On Thursday the combined death toll in both provinces rose to over 2,000.", "Thursday", "statement"),
        ("The toll from the flood kept climbing, reaching more than 900 by Friday.", "Friday", "statement"),
        ("The two hikers were reported missing Saturday.", "Saturday", "statement"),
        # a thing's rise, not a count's: the day the river rose, no day a figure was said
        (
            "Rescues went on along the Verrin River, which rose rapidly early Friday morning to the height of a house.",
            "Friday morning",
            "other",
        ),
        ("The toll from the flood rose to 70 on Sunday.", "Sunday", "statement"),
        ("[Photo caption: Divers search the harbour on April 27, 2016. (AP Photo/Staff)]", "April 27, 2016", "caption"),
        # a caption known only by the photographer's credit that ends it
        (
            "Rescuers search the rubble of the flattened block on March 3, 2021 [Jane Roe/ AFP]",
            "March 3, 2021",
            "caption",
        ),
        # ... or by an agency's bare credit after its sentence
        ("Rescuers search the wreckage of the carriages near the station on Saturday.(AFP)", "Saturday", "caption"),
        ("Updated: 29 April 2016 09:12 BST", "29 April 2016", "publication"),
        ("TUNIS, April 28 (Reuters) - The ferry capsized overnight.", "April 28", "publication"),
        # the day of what is called for or planned, not of the happening
        ("The opposition called for a general strike on Sunday.", "Sunday", "other"),
        ("Protesters plan new marches on Friday.", "Friday", "other"),
        # what is set to begin, its subject no happening: its own day ("the festival is set to begin")
        ("The festival is set to begin on August 9.", "August 9", "other"),
        # a "when" clause the parse hangs on the verb, not the date: the date is its happening's
        (
            "The last major attack took place in March last year, when seven people were killed.",
            "March",
            "event",
        ),
        ("The strike on the market on Sunday killed 12.", "Sunday", "event"),
        # a happening named by an earlier time that gives it no day ("last week's sinking"): the
        # sentence's other day is of what followed it, never the happening's; named by its own day
        # ("Monday's"), that day dates it
        ("Divers on Thursday called off the search for survivors of last week's ferry sinking.", "Thursday", "later"),
        ("The navy on Thursday ended its hunt for the missing of Monday's ferry sinking.", "Monday's", "event"),
        ("Divers on Thursday called off the search for survivors of the ferry sinking.", "Thursday", "other"),
        (
            "The charity, which raised the alarm hours before the sinking, renewed its appeal on Thursday.",
            "Thursday",
            "later",
        ),
        # the day a journey began: the day of no happening
        ("Witnesses said 300 people were aboard the trawler, which left Marvosa on April 20.", "April 20", "journey"),
        ("The trawler departed on Sunday and sank the next morning.", "Sunday", "journey"),
        ("The flood left thousands homeless on Tuesday.", "Tuesday", "other"),
        # a plane's take-off is its flight's start, not the crash minutes later
        ("The trainer jet took off from Varlo air base on Tuesday and crashed into a school.", "Tuesday", "journey"),
        # one hurt in it who died later in care: a "while" clause of treatment, a ward named by care
        ("The girl died early Sunday while undergoing treatment in the intensive care unit.", "Sunday", "other"),
        ("The boy died early Wednesday at the National Institute of Burn Surgery.", "Wednesday", "other"),
        ("The boy died early Wednesday at the Intensive Care Unit of the city hospital.", "Wednesday", "other"),
        # ... never a place the happening struck, named by its head noun alone
        ("Eleven people were killed at the Ardmore hospital on Tuesday.", "Tuesday", "event"),
        # both ends of a span: the day of nothing the sentence reports
        ("An estimated 1,200 excess deaths occurred between June 12 and June 25.", "June 12", "bound"),
        ("An estimated 1,200 excess deaths occurred between June 12 and June 25.", "June 25", "bound"),
        # a verb whose object names the response is the response's day ("launched a rescue operation")
        (
            "The army, which launched a rescue operation on Thursday, said troops were not involved.",
            "Thursday",
            "after",
        ),
        ("Gunmen launched an attack on the school on Thursday.", "Thursday", "event"),
        # a search is the response's day; a mourning that starts, the mourning's
        ("Rescuers scoured fields and stranded cars on Thursday for those still missing.", "Thursday", "after"),
        ("The government declared three days of mourning starting on Thursday.", "Thursday", "other"),
        ("Three days of mourning starting on Thursday were declared.", "Thursday", "other"),
        ("The fire starting on Thursday destroyed 40 homes.", "Thursday", "event"),
        # a verb with its particle is one word: firefighters putting out a blaze is the response
        ("Firefighters put out the blaze on Thursday.", "Thursday", "after"),
        ("The rescue operation was wrapped up on Sunday.", "Sunday", "after"),
        ("Officials put the toll at 41 on Sunday.", "Sunday", "statement"),
        # ... and so is a verb whose passive subject names it: the inquiry's day, never the happening's
        ("Today investigations will be carried out on the remains found near the hut.", "Today", "after"),
        ("An inquiry was carried out on Friday by the regional office.", "Friday", "after"),
        ("The attack was carried out on Friday by two gunmen.", "Friday", "event"),
        # those held to account after it: their day, not the happening's
        ("The ministry removed the town's police chief on Monday.", "Monday", "after"),
        # a response told in the passive, its noun the subject ("a check was carried out")
        ("A verification of the toll was carried out on Tuesday by the health office.", "Tuesday", "after"),
        # one hurt in the happening who died since: the day of a later death, not of the happening
        ("A girl who was wounded in the school shooting died on Monday.", "Monday", "other"),
        ("A man injured in the blast died on Friday, raising the toll to 12.", "Friday", "other"),
        ("Nine people died on Wednesday when a gunman opened fire.", "Wednesday", "event"),
        # a day the parse hangs on a clock's zone is the clock's verb's: the happening's here
        ("The blaze at the depot started at around 2:15 am IST on Friday, killing 6 people.", "Friday", "event"),
        ("The blaze at the depot started at around 2:15 am on Friday, killing 6 people.", "Friday", "event"),
        # what a relative clause says started is its noun: a concert's start, not the fire's
        ("The concert that started at midnight on Friday drew mostly students.", "Friday", "other"),
        ("The show, which began on Friday, was sold out.", "Friday", "other"),
        ("The fire that started on Friday killed nine people.", "Friday", "event"),
        # a day of a life's history dates no happening
        ("Tomas Reyl, born in 2009 in Verin, was arrested on Tuesday.", "2009", "biography"),
        ("The Kanu Front, founded in 2014, claimed the attack.", "2014", "biography"),
        # ... never a verb whose lemma is the same word: remains found, a brunt borne
        ("Investigators found human remains in a burned lot on Monday.", "Monday", "other"),
        ("The coast bore the brunt of the storm on Monday.", "Monday", "other"),
        # a claim or a denial whose object is the happening: the day of the claim, not the attack's
        ("Islamic State claimed the Colombo bombings on Tuesday.", "Tuesday", "statement"),
        ("The militia denied the market bombing on Wednesday.", "Wednesday", "statement"),
        ("Police confirmed the market bombing on Wednesday killed 12.", "Wednesday", "event"),
    ],
)
def test_date_roles(parse, rules, text, words, role):
    found = {t: v["role"] for a, t, v in _claims(parse, rules, text) if a == "date"}
    assert found[words] == role


@pytest.mark.parametrize(
    "text, words, start",
    [
        # a date "last year" qualifies is in the year before the page's (published 2016-04-29),
        # even when its month comes before the page's own
        ("The last attack took place in March last year, when seven people were killed.", "March", "2015-03-01"),
        ("He was injured on June 14 last year.", "June 14", "2015-06-14"),
        ("The last attack took place in March, when seven people were killed.", "March", "2016-03-01"),
    ],
)
def test_a_date_last_year_is_in_the_year_before(parse, rules, text, words, start):
    found = {t: v["start"] for a, t, v in _claims(parse, rules, text) if a == "date"}
    assert found[words] == start


def test_clock_claims(parse, rules):
    text = "The ferry capsized at around 9:20 p.m. local time (6:20 p.m. GMT) on Wednesday."
    clocks = [(t, v) for a, t, v in _claims(parse, rules, text) if a == "clock"]
    assert [t for t, _ in clocks] == ["around 9:20 p.m. local time", "6:20 p.m. GMT"]
    local, gmt = clocks[0][1], clocks[1][1]
    assert (local["minutes"], local["zone"], local["utc_offset_minutes"], local["approx"]) == (
        1280,
        "local",
        None,
        "around",
    )
    assert local["paired_offset_minutes"] == 180  # what the source's own conversion implies
    assert (gmt["minutes"], gmt["zone"], gmt["utc_offset_minutes"]) == (1100, "GMT", 0)
    assert local["day"] == gmt["day"] == "2016-04-27"


@pytest.mark.parametrize(
    "text, words, role",
    [
        # a briefing about the happening, the time hung on the briefing: the time of what followed
        (
            "Officials were silent on it even during the briefing on the first crush at 8pm on Wednesday.",
            "8pm",
            "after",
        ),
        ("A statement about the blast at 9 p.m. gave no toll.", "9 p.m.", "after"),
        # the happening's own time, and a briefing with no topic: unchanged
        ("The crush struck at around 2 am near the bathing steps.", "around 2 am", "event"),
        ("The minister told a briefing at 6pm that the search would go on.", "6pm", "statement"),
    ],
)
def test_clock_roles(parse, rules, text, words, role):
    found = {t: v["role"] for a, t, v in _claims(parse, rules, text) if a == "clock"}
    assert found[words] == role


@pytest.mark.parametrize(
    "text, role",
    [
        # the clock of a later death in care, or of the take-off before the crash, is no time of the crash
        ("A pupil, Dara, died around 2:40 pm while undergoing treatment in the burn unit.", "other"),
        ("The jet took off from the air base at 1:02pm and crashed minutes later.", "journey"),
        ("The jet crashed into the school building at 1:15pm.", "event"),
    ],
)
def test_clock_roles_of_what_came_before_or_after(parse, rules, text, role):
    clocks = [v for a, _, v in _claims(parse, rules, text) if a == "clock"]
    assert [v["role"] for v in clocks] == [role]


def test_a_stamp_clock_takes_the_stamps_day(parse, rules):
    clocks = [
        v for a, _, v in _claims(parse, rules, "Update 8:05 a.m. EDT April 28: Divers found two more.") if a == "clock"
    ]
    assert [(v["minutes"], v["zone"], v["utc_offset_minutes"], v["role"], v["day"]) for v in clocks] == [
        (485, "EDT", -240, "publication", "2016-04-28")
    ]


def test_a_live_blog_entry_time_is_the_pages_stamp(parse, rules):
    text = "Ferry sinks off the coast\n\n***18:12\n\nDivers found two more passengers."
    clocks = [v for a, _, v in _claims(parse, rules, text) if a == "clock"]
    assert [(v["minutes"], v["role"], v["day"]) for v in clocks] == [(1092, "publication", "2016-04-29")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the day given is of what came a span after the happening: the happening's is counted back
        (
            "The village buried its dead on Sunday, a day after an air strike hit a convoy.",
            [("date", "after", None), ("elapsed", "elapsed", "2016-04-23")],
        ),
        (
            "On Friday, three days after the quake, a boy was pulled out.",
            [("date", "other", None), ("elapsed", "elapsed", "2016-04-26")],
        ),
        # "about a week after": no day to count back to
        (
            "On Friday, about a week after the quake, a boy was pulled out.",
            [("date", "other", None), ("elapsed", "elapsed", None)],
        ),
    ],
)
def test_a_day_a_span_after_the_happening_counts_back_to_its_day(parse, rules, sentence, expected):
    found = [(a, v["role"], v.get("day")) for a, _, v in _claims(parse, rules, sentence) if a in ("date", "elapsed")]
    assert found == expected


@pytest.mark.parametrize(
    "text, roles",
    [
        # a live blog's entry stamps before their headings: when each entry was posted, even the one
        # whose heading asks what happened
        (
            "Strike on convoy\n\n11:05 - Hospital says 20 wounded\n\nThe hospital spoke.\n\n"
            "15:40 - What happened?\n\nThe convoy left at dusk.",
            [(665, "publication"), (940, "publication")],
        ),
        # one such line is prose: the clock is read in its sentence
        ("Strike on convoy\n\n15:40 - What happened then was a strike.", [(940, "other")]),
    ],
)
def test_a_live_blog_s_headed_entry_stamps_are_the_page_s(parse, rules, text, roles):
    clocks = [v for a, _, v in _claims(parse, rules, text) if a == "clock"]
    assert [(v["minutes"], v["role"]) for v in clocks] == roles


@pytest.mark.parametrize(
    "sentence",
    [
        "The 41-year-old captain survived.",
        "Rescuers worked for 26 hours without rest.",
        "Relatives can call 0300 1234 567 for news.",
        "View all 27 updates",
        "The visitors won 3-1 on aggregate.",
        "A 5.8-magnitude aftershock followed.",
    ],
)
def test_no_clock_times(parse, rules, sentence):
    assert [t for a, t, _ in _claims(parse, rules, sentence) if a == "clock"] == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Dozens are still missing, four days after the port blast.", [("four days after", 4.0, False)]),
        ("A week on from the fire, the council met.", [("A week on from", 7.0, False)]),
        ("Nearly 11 full days after the quake, a girl was pulled out.", [("Nearly 11 full days after", 11.0, True)]),
        ("A boy was found with nine days gone since the landslide.", [("nine days gone since", 9.0, False)]),
        ("Two weeks have passed since the flood and roads are shut.", [("Two weeks have passed since", 14.0, False)]),
        (
            "Almost five months on from the explosion, the port is a ruin.",
            [("Almost five months on from", 150.0, True)],
        ),
        # what the span follows is no happening: a visit, an unnamed "first one"
        ("Rescuers searched on Friday, one day after the president visited.", []),
        ("A second tremor struck about nine hours after the first one.", []),
    ],
)
def test_time_since_the_happening(parse, rules, sentence, expected):
    doc = parse(sentence)
    found = [
        (doc.text[m.start : m.end], m.value["days"], m.value["approx"])
        for sent in doc.sents
        for m in extract_times(sent, SentenceContext("d", None), rules)
        if m.attribute == "elapsed"
    ]
    assert found == expected


@pytest.mark.parametrize(
    "text, words, role",
    [
        # the time those who carried it out were killed: when it ended, not when it began
        ("The last of the gunmen was shot dead at about 7 a.m., the police chief said.", "about 7 a.m.", "after"),
        ("Forces stormed the hotel, killing all four attackers at 07:00.", "07:00", "after"),
        ("Gunmen shot dead two guards at about 7 a.m.", "about 7 a.m.", "event"),
    ],
)
def test_the_attackers_killing_times_the_end(parse, rules, text, words, role):
    found = {t: v["role"] for a, t, v in _claims(parse, rules, text) if a == "clock"}
    assert found[words] == role


@pytest.mark.parametrize(
    "text, role",
    [
        # a full date alone in brackets that is the page's day: when the page was written
        ("Varnia - Attack on a hotel in Kessaro (29 April 2016)", "publication"),
        # another day in brackets, or the page's day in prose, is read as ever
        ("Varnia - Attack on a hotel in Kessaro (27 April 2016)", "event"),
        ("The hotel was attacked on 29 April 2016.", "event"),
    ],
)
def test_a_bracketed_date_of_the_page_s_day_is_its_publication(parse, rules, text, role):
    (found,) = [v["role"] for a, _, v in _claims(parse, rules, text) if a == "date"]
    assert found == role


def test_a_live_blog_s_weekday_entry_stamps_date_its_entries(parse, rules):
    # "Thursday 23.10" over an entry of a page published on the Friday: the entry's day and time
    text = (
        "Hotel attack - as it happened\n\nFriday 07.20\nThe siege is over.\n\n"
        "Thursday 23.10\nPolice now say 14 people have been killed."
    )
    times = [(a, t, v["role"], v.get("day") or v.get("start")) for a, t, v in _claims(parse, rules, text)]
    assert ("date", "Thursday", "publication", "2016-04-28") in times
    assert ("clock", "23.10", "publication", "2016-04-28") in times
    assert ("clock", "07.20", "publication", "2016-04-29") in times


@pytest.mark.parametrize(
    "sentence, part",
    [
        ("The trawler sank on the night of May 3-4, the coast guard said.", "night"),
        ("The trawler sank on the night of 3 May, the coast guard said.", "night"),
        ("The trawler sank on May 3, the coast guard said.", None),
    ],
)
def test_a_date_said_as_a_night_is_a_night(parse, rules, sentence, part):
    """ "on the night of June 13-14": a night that runs into the next day, so no rival of "early on
    Wednesday" the 14th (``time.night_parts``)."""
    doc = parse(sentence)
    days = [m for sent in doc.sents for m in extract_times(sent, SentenceContext("d", FRIDAY), rules)]
    assert [m.value["part"] for m in days] == [part]


def test_the_clock_of_a_concert_that_started_is_not_the_fire_s(parse, rules):
    text = "The concert that started at midnight on Friday drew students. The fire broke out at 2:40 a.m."
    clocks = {t: v["role"] for a, t, v in _claims(parse, rules, text) if a == "clock"}
    assert clocks == {"midnight": "other", "2:40 a.m.": "event"}
