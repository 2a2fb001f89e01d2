"""End to end: a hospital blast whose toll two bodies dispute, in articles of our own about an
invented hospital (in a real town: a "Sidon hospital" names no hospital because Sidon is in the
gazetteer).

- A headline that names the place only by kind ("Sidon hospital blast") and a lead that gives
  another body's estimate belong to the story the article goes on to tell, not to an event of
  their own (``cluster.entities.unnamed_facilities``); the event is labelled with the hospital's
  name, not "Sidon hospital".
- "a memo Reuters saw on Thursday" is the day a statement was seen, not the blast's.
- "the 210 deaths that the ministry first reported" is the ministry's figure, not the estimate's
  author's (``extract.sources.speaker_of``).
- A later, lower figure from a body that gave none of the earlier ones disputes the higher one
  (``compare.figures.cumulative``): a conflict, not "revised down". A count that falls in its
  normal course (patients in critical condition) is revised down whoever gives the lower figure.
- Two bodies' figures the same day conflict even when an undated page's figure, placed on the
  timeline by inference, lies between them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verify.ingest import load_corpus
from verify.report import write_report
from verify.run import verify_corpus

ARTICLES = {
    "01_wire": (
        "Northern Wire",
        "2031-05-06",
        "Blast at St Brigid's Hospital in Sidon kills at least 200",
        "At least 200 people were killed on Tuesday when an explosion tore through St Brigid's Hospital "
        "in Sidon, the health ministry said.\n\nSpeaking to a local radio station, the head of the civil "
        "defence put the number of people killed at the hospital at more than 120. The health ministry "
        "gave a toll of at least 200 dead.\n\nTwenty people were in critical condition, a hospital "
        "doctor said.",
    ),
    "02_daily": (
        "Sidon Daily",
        "2031-05-07",
        "St Brigid's Hospital blast: ministry says 210 dead",
        "The health ministry said on Wednesday that 210 people were killed in Tuesday's explosion at "
        "St Brigid's Hospital in Sidon.\n\nThe regional health authority said nine people remained in "
        "critical condition on Wednesday evening.",
    ),
    "03_memo": (
        "Capital Post",
        "2031-05-09",
        "US officials put Sidon hospital blast toll at 40 to 90",
        "WASHINGTON: American officials have estimated that probably 40 to 90 people died in the blast "
        "at St Brigid's Hospital in Sidon, according to a memo Reuters saw on Thursday, well below the "
        "210 deaths that the health ministry first reported.\n\nThe explosion happened on Tuesday evening "
        "at St Brigid's Hospital, when the ministry said a shell had struck the building.",
    ),
}


def _run(tmp_path_factory, rules, nlp, name: str, articles: dict) -> dict:
    """``report.json`` of a run over ``articles`` (stem: outlet, published day or None, title, body)."""
    corpus = tmp_path_factory.mktemp(name)
    for stem, (outlet, day, title, body) in articles.items():
        published = f"published: {day}\n" if day else ""
        (corpus / f"{stem}.md").write_text(
            f'---\ntitle: "{title}"\nsource: {outlet}\n{published}---\n# {title}\n\n{body}\n', encoding="utf-8"
        )
    result, _ = verify_corpus(load_corpus([str(corpus)]), rules, nlp)
    out = tmp_path_factory.mktemp(f"{name}-report")
    write_report(result, out)
    return json.loads((Path(out) / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(tmp_path_factory, rules, nlp) -> dict:
    return _run(tmp_path_factory, rules, nlp, "brigid", ARTICLES)


def _claims(report: dict, doc: str, attribute: str) -> list[dict]:
    return [c for c in report["claims"] if c["doc"] == doc and c["attribute"] == attribute]


def _sides(report: dict, finding: dict) -> list[set[float]]:
    best = {c["id"]: c["value"].get("best") for c in report["claims"]}
    return [{best[c] for c in side["claims"]} for side in finding["sides"]]


def test_the_headline_and_the_estimate_are_the_story_the_article_tells(report):
    (main,) = [e for e in report["events"] if len(e["documents"]) == 3]
    assert "St Brigid" in main["label"] and main["date"] == "2031-05-06"
    estimate = [c for c in _claims(report, "03_memo", "deaths") if c["value"]["best"] == 40]
    assert estimate and {c["event"] for c in estimate} == {main["id"]}


def test_the_day_a_memo_was_seen_is_a_statement_day(report):
    (thursday,) = [c for c in report["claims"] if c["doc"] == "03_memo" and c["text"] == "Thursday"]
    assert thursday["value"]["role"] == "statement"


def test_a_figure_reported_in_a_relative_clause_is_that_body_s(report):
    deaths = {c["value"]["best"]: c for c in _claims(report, "03_memo", "deaths")}
    assert "ministry" in deaths[210]["cited_source"]
    assert deaths[40]["cited_source"] == "American officials"


def test_a_lower_toll_from_another_body_is_a_dispute_not_a_revision(report):
    deaths = [f for f in report["findings"] if f["attribute"] == "deaths"]
    conflicts = [_sides(report, f) for f in deaths if f["verdict"] == "conflict"]
    assert [{210}, {40}] in conflicts
    assert not any(f["verdict"] == "update" and {40} in _sides(report, f) for f in deaths)


def test_two_bodies_the_same_day_conflict(report):
    deaths = [f for f in report["findings"] if f["attribute"] == "deaths"]
    assert any(f["verdict"] == "conflict" and _sides(report, f) == [{121}, {200}] for f in deaths)


def test_a_falling_critical_count_is_revised_down_whoever_gives_it(report):
    critical = [f for f in report["findings"] if f["attribute"] == "critical"]
    assert [(f["verdict"], _sides(report, f)) for f in critical if f["verdict"] != "agree"] == [("update", [{20}, {9}])]


RELAYED = {
    "05_agency": (
        "Harbour Post",
        "2031-08-04",
        "Warehouse blast in Tessin kills at least 14",
        "According to The Associated Press, the warehouse explosion in Tessin on Monday left upwards of 14 "
        "people dead.",
    ),
    "06_live": (
        "Tessin Live",
        "2031-08-04",
        "Tessin warehouse explosion: 60 dead",
        "At least 60 people were killed in Monday's warehouse explosion in Tessin, Reuters reported.",
    ),
}


@pytest.fixture(scope="module")
def relayed(tmp_path_factory, rules, nlp) -> dict:
    return _run(tmp_path_factory, rules, nlp, "tessin", RELAYED)


def test_news_media_relaying_a_toll_are_no_bodies_to_contradict(relayed):
    """The same day, no hour: a news agency's early toll and a page's own later one are a revision,
    not two bodies contradicting each other."""
    deaths = [f for f in relayed["findings"] if f["attribute"] == "deaths" and f["verdict"] != "agree"]
    assert [(f["verdict"], _sides(relayed, f)) for f in deaths] == [("update", [{15}, {60}])]
    bodies = {e["body"] for t in relayed["timelines"] for e in t["entries"]}
    assert bodies == {None}


UNDATED = {
    "07_blog": (
        "Tower Watch",
        None,
        "Orley House fire",
        "UPDATE: 1:31 a.m., Wednesday —\n\nFive hospitals have taken in thirty people hurt in the Orley House "
        "fire, the ambulance service said.\n\nThe fire at Orley House broke out on 10 June, residents said.",
    ),
    "08_wire": (
        "Northern Wire",
        "2031-06-11",
        "Orley House fire: 12 dead, 50 injured",
        "At least 12 people died in a fire at Orley House in Varnel on Wednesday, the fire "
        "service said.\n\nFifty people were injured in the fire at Orley House, the ambulance service said "
        "on Wednesday evening.\n\nThe council confirmed that 12 people had been killed, and the coroner "
        "said the 12 dead had all lived on the upper floors.",
    ),
}


@pytest.fixture(scope="module")
def undated(tmp_path_factory, rules, nlp) -> dict:
    return _run(tmp_path_factory, rules, nlp, "orley", UNDATED)


def test_an_undated_page_with_no_death_toll_is_placed_by_the_weekday_it_names(undated):
    (injured,) = [t for t in undated["timelines"] if t["attribute"] == "injured"]
    said = {e["doc"]: (e["said"], e["said_from"]) for e in injured["entries"]}
    assert said["07_blog"] == ("2031-06-11", "weekday")
    updates = [
        _sides(undated, f) for f in undated["findings"] if f["attribute"] == "injured" and f["verdict"] == "update"
    ]
    assert updates == [[{30}, {50}]]


def test_a_day_without_a_year_in_an_undated_page_is_in_the_story_s_year(undated):
    """ "on 10 June" in a page with no date is 2031-06-10, a day before the one the wire gives."""
    (conflict,) = [f for f in undated["findings"] if f["attribute"] == "date" and f["verdict"] == "conflict"]
    assert "2031-06-10" in conflict["summary"] and "2031-06-11" in conflict["summary"]


LIVE = {
    "10_live": (
        "Coast Live",
        "2031-09-02",
        "Quake in Tessin: toll rises to 1,200",
        "The number of dead has climbed to 1,200, the disaster agency said.\n\nRescuers reached the "
        "old town overnight.\n\nThe toll rose to 900 as rescuers reached the villages, the disaster agency "
        "said.\n\nAt least 600 people were killed in the earthquake in Tessin on Monday, the disaster "
        "agency said in its first count.",
    ),
}


@pytest.fixture(scope="module")
def live(tmp_path_factory, rules, nlp) -> dict:
    return _run(tmp_path_factory, rules, nlp, "live", LIVE)


def test_a_live_page_without_stamps_restating_a_rising_toll_is_read_lowest_first(live):
    updates = [
        (_sides(live, f), f["note"])
        for f in live["findings"]
        if f["attribute"] == "deaths" and f["verdict"] == "update"
    ]
    assert sorted(updates, key=lambda u: min(u[0][0])) == [
        ([{600}, {900}, {1200}], "one page's successive figures, read lowest first"),
    ]


PEAK = {
    "11_a": (
        "Harbour Post",
        "2031-10-07",
        "Port blast toll reaches 158",
        "The port explosion in Tessin on Monday has killed 158 people.",
    ),
    "12_b": (
        "City Wire",
        "2031-10-08",
        "Port blast: 220 dead",
        "The number of dead from Monday's port explosion in Tessin is now 220.",
    ),
    "13_c": (
        "Coast Radio",
        "2031-10-09",
        "Port blast: 171 dead",
        "At least 171 people died in Monday's port explosion in Tessin.",
    ),
    "14_d": (
        "Evening Post",
        "2031-10-10",
        "Port blast: 178 dead",
        "Monday's port explosion in Tessin killed 178 people.",
    ),
}


@pytest.fixture(scope="module")
def peak(tmp_path_factory, rules, nlp) -> dict:
    return _run(tmp_path_factory, rules, nlp, "peak", PEAK)


def test_one_source_s_figure_above_the_reports_after_it_is_a_conflict_not_a_step(peak):
    deaths = [(f["verdict"], _sides(peak, f)) for f in peak["findings"] if f["attribute"] == "deaths"]
    assert ("conflict", [{220}, {171}]) in deaths
    assert ("update", [{158}, {171}, {178}]) in deaths  # the series goes on from 158, past the 220
    assert not any(v == "update" and {220} in s for v, s in deaths)


TWO_COUNTRIES = {
    "15_live": (
        "Andes Live",
        "2031-11-04",
        "Chile, Peru quake: toll rises to over 2,000",
        "Chile, Peru: number of dead rises to over 2,000\n\n"
        "The toll in Chile has risen to 1,650, the National Emergency Office said.\n\n"
        "Peru's toll has climbed to at least 450.\n\n"
        "In Peru, the number of dead is close to 450.\n\n"
        "According to the newest figures released by the National Emergency Office (ONEMI), at least "
        "1,200 people in Chile have died in the earthquake.\n\n"
        "In Peru, at least 300 people died in the earthquake on Monday.",
    ),
}


@pytest.fixture(scope="module")
def two_countries(tmp_path_factory, rules, nlp) -> dict:
    return _run(tmp_path_factory, rules, nlp, "two", TWO_COUNTRIES)


def test_a_live_page_s_entries_in_each_country_are_read_lowest_first(two_countries):
    """A live page that says the toll rose is live in every country it gives figures for: Peru's 300
    then 450 ("close to 450" beside "at least 450" is no figure of its own), Chile's 1,200 then
    1,650, both the emergency office's (named two ways, the short form in brackets), none of them
    a contradiction; "the figures released by" the office cite the office."""
    deaths = sorted(
        (f["verdict"], _sides(two_countries, f)) for f in two_countries["findings"] if f["attribute"] == "deaths"
    )
    assert ("update", [{300}, {450}]) in deaths
    assert ("update", [{1200}, {1650}]) in deaths
    assert not [d for d in deaths if d[0] == "conflict"]
    claims = {c["value"]["best"]: c for c in two_countries["claims"] if c["attribute"] == "deaths"}
    assert claims[1200]["cited_source"] == "the National Emergency Office"


OWN_COUNTS = {
    "21_wire": (
        "Northern Wire",
        "2031-06-06",
        "Police fire on protest in Tarsa",
        "Security forces shot dead seven protesters in Tarsa on Friday, the interior ministry said.",
    ),
    "22_daily": (
        "The Daily Ledger",
        "2031-06-07",
        "Rights group says 23 killed in Tarsa",
        "A rights group, the Tarsa Monitor, said on Saturday that 23 people were killed when police fired on "
        "protesters in Tarsa on Friday.\n\nThe interior ministry said the toll remained at seven.",
    ),
    "23_post": (
        "The Morning Post",
        "2031-06-08",
        "Ministry raises Tarsa toll to 11",
        "The interior ministry on Sunday raised its toll from Friday's shooting in Tarsa from seven to 11.",
    ),
}


@pytest.fixture(scope="module")
def own_counts(tmp_path_factory, rules, nlp) -> dict:
    return _run(tmp_path_factory, rules, nlp, "own", OWN_COUNTS)


def test_a_body_keeping_its_own_count_disputes_the_other_s_and_revises_its_own(own_counts):
    """The ministry's 7, then its 11, while a rights group says 23: each ministry figure is set
    against the group's (the 7 it stands by the Saturday, the 11 said the day after the 23), and its
    11 revises its own 7 — never the group's 23 revised down to 11."""
    deaths = [(f["verdict"], _sides(own_counts, f)) for f in own_counts["findings"] if f["attribute"] == "deaths"]
    conflicts = [sorted(min(s) for s in sides) for verdict, sides in deaths if verdict == "conflict"]
    assert [7, 23] in conflicts and [11, 23] in conflicts
    updates = [[min(s) for s in sides] for verdict, sides in deaths if verdict == "update"]
    assert [7, 11] in updates and [23, 11] not in updates


CORRECTED = {
    "01_wire": (
        "Northern Wire",
        "2031-08-02",
        "Train crash near Dalpur kills 288",
        "A passenger train crashed into a goods train near Dalpur on Friday night. The Railways said "
        "on Saturday that 288 people were killed in the crash.",
    ),
    "02_daily": (
        "Dalpur Daily",
        "2031-08-03",
        "Dalpur train crash toll is 275, not 288",
        "The state government on Sunday said the death toll in the Dalpur train crash has been revised "
        "to 275, as some bodies had been counted twice.",
    ),
}


@pytest.fixture(scope="module")
def corrected(tmp_path_factory, rules, nlp) -> dict:
    return _run(tmp_path_factory, rules, nlp, "dalpur", CORRECTED)


def test_a_lower_figure_said_as_revised_is_a_revision_whoever_gives_it(corrected):
    # "revised to 275" says the 288 was replaced: the state's 275 is the next step of the toll,
    # not a dispute of the railways' figure (as "puts the toll at 40 to 90" is, above)
    deaths = [f for f in corrected["findings"] if f["attribute"] == "deaths" and f["verdict"] != "agree"]
    assert [(f["verdict"], _sides(corrected, f)) for f in deaths] == [("update", [{288}, {275}])]
    # when it was said is no part of who said it ("The Railways said on Saturday" / "on Saturday")
    (railways,) = [c for c in _claims(corrected, "01_wire", "deaths") if "Railways" in c["sentence"]]
    assert railways["cited_source"] == "The Railways"


def _rival_articles(rebels_day: str) -> dict:
    """A ministry's toll, 48 then 93, and an armed group's 140 given on ``rebels_day``."""
    return {
        "31_wire": (
            "Northern Wire",
            "2031-09-01",
            "Airstrike on Velmora bus depot",
            "An airstrike hit the bus depot in Velmora on Monday. The defence ministry said 48 people "
            "were killed in the airstrike.",
        ),
        "32_daily": (
            "The Daily Ledger",
            rebels_day,
            "Hill Front gives its own Velmora toll",
            "The Hill Liberation Front said 140 people were killed in the airstrike on the Velmora bus depot.",
        ),
        "33_post": (
            "The Morning Post",
            "2031-09-03",
            "Ministry raises Velmora toll",
            "The defence ministry said on Wednesday that 93 people were killed in Monday's airstrike on "
            "the Velmora bus depot.",
        ),
    }


@pytest.fixture(scope="module", params=["2031-09-01", "2031-09-02"], ids=["same-day", "day-after"])
def rival(request, tmp_path_factory, rules, nlp) -> dict:
    return _run(tmp_path_factory, rules, nlp, "rival", _rival_articles(request.param))


def test_a_rival_body_s_higher_toll_is_a_dispute_not_a_step_of_the_other_s_series(rival):
    """The ministry's 48, then its 93, while an armed group says 140 between them: the ministry
    revises its own count (48 -> 93), and the group's 140 disagrees with it — never the toll read as
    rising 48 -> 140 and then falling to 93."""
    deaths = [(f["verdict"], _sides(rival, f)) for f in rival["findings"] if f["attribute"] == "deaths"]
    updates = [[min(s) for s in sides] for verdict, sides in deaths if verdict == "update"]
    assert updates == [[48, 93]]
    conflicts = [sorted(min(s) for s in sides) for verdict, sides in deaths if verdict == "conflict"]
    assert [93, 140] in conflicts


RISING = {
    "41_wire": (
        "Northern Wire",
        "2031-10-06",
        "Ferry capsizes off Brenna",
        "A ferry capsized off Brenna on Monday, killing 48 people.",
    ),
    "42_daily": (
        "The Daily Ledger",
        "2031-10-07",
        "Brenna ferry toll climbs",
        "At least 93 people died when the ferry capsized off Brenna on Monday.",
    ),
    "43_post": (
        "The Morning Post",
        "2031-10-08",
        "Brenna ferry toll reaches 140",
        "The capsizing of the ferry off Brenna on Monday killed 140 people.",
    ),
}


@pytest.fixture(scope="module")
def rising(tmp_path_factory, rules, nlp) -> dict:
    return _run(tmp_path_factory, rules, nlp, "rising", RISING)


def test_tolls_no_body_gives_rising_over_days_are_one_series_of_revisions(rising):
    deaths = [f for f in rising["findings"] if f["attribute"] == "deaths" and f["verdict"] != "agree"]
    assert [(f["verdict"], _sides(rising, f)) for f in deaths] == [("update", [{48}, {93}, {140}])]


PARALLEL = {
    **_rival_articles("2031-09-02"),
    "34_gazette": (
        "City Gazette",
        "2031-09-04",
        "Hill Front raises its Velmora toll",
        "The Hill Liberation Front said on Thursday that 185 people were killed in Monday's airstrike "
        "on the Velmora bus depot.",
    ),
}


@pytest.fixture(scope="module")
def parallel(tmp_path_factory, rules, nlp) -> dict:
    return _run(tmp_path_factory, rules, nlp, "parallel", PARALLEL)


def test_two_bodies_revising_their_own_counts_in_turn_are_two_series(parallel):
    """The ministry goes 48 -> 93 and the group 140 -> 185, each on its own word: two series of
    revisions and a dispute between them, no step from one body's count to the other's."""
    deaths = [(f["verdict"], _sides(parallel, f)) for f in parallel["findings"] if f["attribute"] == "deaths"]
    updates = sorted([min(s) for s in sides] for verdict, sides in deaths if verdict == "update")
    assert updates == [[48, 93], [140, 185]]
    conflicts = [sorted(min(s) for s in sides) for verdict, sides in deaths if verdict == "conflict"]
    assert [93, 140] in conflicts
