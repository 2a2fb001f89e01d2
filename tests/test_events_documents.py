"""Document links (``verify/cluster/documents.py``): keys, vetoes and thresholds of whole stories."""

from __future__ import annotations

import pytest

from verify.cluster import cluster_claims
from verify.cluster.documents import DocumentLinks, PairList, Story, addresses, main_segments
from verify.cluster.segments import Segment
from verify.cluster.signatures import EntitySets, Signature, signature
from verify.models import Claim, Document


def _claims(doc: str, sentence: int, text: str, *parts: tuple[str, str, dict]) -> list[Claim]:
    start = sentence * 1000
    return [
        Claim(
            Claim.make_id(doc, kind, attribute, start + k, start + k + 1),
            doc,
            kind,
            attribute,
            text,
            text,
            start + k,
            start + k + 1,
            start,
            dict(value),
        )
        for k, (kind, attribute, value) in enumerate(parts)
    ]


def _day(iso: str) -> tuple[str, str, dict]:
    return ("time", "date", {"start": iso, "end": iso, "granularity": "day", "resolved": True})


def _deaths(n: int) -> tuple[str, str, dict]:
    return ("count", "deaths", {"low": n, "high": n, "best": n})


def _place(name: str) -> tuple[str, str, dict]:
    return ("place", "place", {"name": name, "canonical": name, "key": name.lower()})


_SHOT = ("method", "method", {"method": "firearm"})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police were called to the 5300 block of Patton Avenue at 1:18 p.m.", {"5300 avenue"}),
        ("He was killed at 13915 County Road 3.", {"13915 road"}),
        ("The shooting at 13915 Road 3, Pandora.", {"13915 road"}),
        ("in the 1500 block of South Kedzie Ave. on Friday", {"1500 avenue"}),
        ("shot outside 4661 Chariot Circle", {"4661 circle"}),
        ("He lived at 12 Main St.", set()),  # two digits: too common to key on
        ("a 2015 Supreme Court ruling", set()),  # a year, not a house
        ("Officers said 300 people attended the vigil.", set()),  # no street type
    ],
)
def test_addresses(rules, text, expected):
    assert addresses(text, rules) == expected


def _segment(doc: str, n: int, **sig) -> Segment:
    claims = _claims(doc, n, "x", *[_SHOT] * (n + 1))
    return Segment(doc, claims, Signature(**{k: set(v) for k, v in sig.items()}))


def test_the_main_happening_is_an_incident_before_a_tally():
    tally = _segment("a", 5, periods={"deaths:2016"})
    incident = _segment("a", 1, days={"2016-05-05"})
    assert main_segments([tally, incident]) == {"a": 1}
    assert main_segments([tally]) == {"a": 0}  # a document of tallies only keeps one


def _links(**stories: Story) -> DocumentLinks:
    return DocumentLinks(stories=dict(stories))


def test_a_follow_up_restating_the_incident_s_day_is_not_vetoed(rules):
    shooting = Signature(days={"2016-07-09"})
    trial = Signature(days={"2016-09-20"})
    silent = _links(a=Story(days={"2016-07-09"}), b=Story(days={"2016-09-20"}))
    assert silent.refuses({"a"}, {"b"}, shooting, trial, rules)
    restating = _links(a=Story(days={"2016-07-09"}), b=Story(days={"2016-09-20", "2016-07-09"}))
    assert not restating.refuses({"a"}, {"b"}, shooting, trial, rules)
    assert not restating.refuses({"b"}, {"a"}, trial, shooting, rules)  # symmetric


def test_an_undated_page_tells_of_nothing_after_the_day_it_showed(rules):
    # a saved page with no date of its own whose site header read "Monday, 20 May 2024" shares a
    # hospital with a strike a year later: it cannot be about that strike, whatever words they share
    hospital = Signature(facilities={"f1"})
    later = Signature(days={"2025-04-13"}, facilities={"f1"})
    shown = _links(a=Story(shown={"2024-05-20"}), b=Story(days={"2025-04-13"}))
    assert shown.refuses({"a"}, {"b"}, hospital, later, rules)
    assert shown.refuses({"b"}, {"a"}, later, hospital, rules)  # symmetric
    assert shown.threshold({"a"}, {"b"}, hospital, later, rules) is None
    earlier = Signature(days={"2023-10-17"}, facilities={"f1"})  # what it can tell: a happening before it
    assert not shown.refuses({"a"}, {"b"}, hospital, earlier, rules)
    the_day_after = Signature(days={"2024-05-21"}, facilities={"f1"})  # the site's "today" may lag a time zone
    assert not shown.refuses({"a"}, {"b"}, hospital, the_day_after, rules)
    two_days_after = Signature(days={"2024-05-22"}, facilities={"f1"})
    assert shown.refuses({"a"}, {"b"}, hospital, two_days_after, rules)
    unshown = _links(a=Story(), b=Story(days={"2025-04-13"}))
    assert not unshown.refuses({"a"}, {"b"}, hospital, later, rules)


def test_a_fully_named_victim_of_one_age_stretches_the_window(rules):
    x = Signature(days={"2015-10-17"}, people={"n1"}, named={"n1"}, victims={"n1"}, surnames={"lynch"})
    y = Signature(days={"2016-01-17"}, people={"n1"}, named={"n1"}, victims={"n1"}, surnames={"lynch"})
    aged = _links(a=Story(ages={"lynch": {8}}), b=Story())
    assert not aged.refuses({"a"}, {"b"}, x, y, rules)  # 92 days: a trial
    other_age = _links(a=Story(ages={"lynch": {8}}), b=Story(ages={"lynch": {31}}))
    assert other_age.refuses({"a"}, {"b"}, x, y, rules)  # two people of one name
    no_age = _links(a=Story(), b=Story())
    assert no_age.refuses({"a"}, {"b"}, x, y, rules)  # a name alone: followup_days


def test_different_named_victims_veto_unless_one_story_mentions_the_other_s(rules):
    x = Signature(people={"n1"}, named={"n1"}, victims={"n1"}, surnames={"avery"})
    y = Signature(people={"n2"}, named={"n2"}, victims={"n2"}, surnames={"bolden"})
    strangers = _links(a=Story(words={"shot", "avery"}), b=Story(words={"shot", "bolden"}))
    assert strangers.refuses({"a"}, {"b"}, x, y, rules)
    mentioned = _links(a=Story(words={"shot", "avery"}), b=Story(words={"shot", "bolden", "avery"}))
    assert not mentioned.refuses({"a"}, {"b"}, x, y, rules)


@pytest.mark.parametrize(
    "a, b, days_b, supported",
    [
        (Story(addresses={"5300 avenue"}), Story(addresses={"5300 avenue"}), set(), True),
        (Story(addresses={"5300 avenue"}), Story(addresses={"5300 street"}), set(), False),
        (Story(lead_age={14}), Story(lead_age={14}), {"2016-01-17"}, True),
        (Story(lead_age={14}), Story(lead_age={14}), {"2016-01-18"}, False),  # the next day
        (Story(lead_age={14}), Story(lead_age={6}), {"2016-01-17"}, False),
        (Story(), Story(), {"2016-01-17"}, False),  # a day alone
    ],
)
def test_structured_support_lowers_the_threshold(rules, a, b, days_b, supported):
    links = _links(a=a, b=b)
    need = links.threshold({"a"}, {"b"}, Signature(days={"2016-01-17"}), Signature(days=set(days_b)), rules)
    differ = a.lead_age and b.lead_age and not a.lead_age & b.lead_age  # a higher bar: see below
    unsupported = rules.events.documents.confirm_ages_differ if differ else rules.events.documents.confirm
    assert need == (rules.events.documents.suggest if supported else unsupported)


def test_a_vetoed_pair_has_no_threshold(rules):
    links = _links(a=Story(), b=Story())
    assert links.threshold({"a"}, {"b"}, Signature(days={"2016-01-01"}), Signature(days={"2016-03-01"}), rules) is None


# End to end: the cluster stage over small claim sets, with unrelated stories to weigh the words.

_FILLER = [
    f"Police said a man was shot and killed Monday night in town {i}. Officers found the victim on a "
    f"sidewalk or in a parked car after neighbours called; no arrests have been made."
    for i in range(30)
]


def _docs(texts: dict[str, str], published: dict[str, str]) -> list[Document]:
    docs = [Document(k, f"{k}.txt", t, "0", published=published[k]) for k, t in texts.items()]
    return docs + [Document(f"z{i}", f"z{i}.txt", t, "0", published="2016-03-01") for i, t in enumerate(_FILLER)]


def _filler_claims() -> list[Claim]:
    """The other shootings of the pool, one a day in February: they make the common words cheap."""
    return [
        c
        for i, t in enumerate(_FILLER)
        for c in _claims(f"z{i}", 0, t, _SHOT, _day(f"2016-02-{i % 28 + 1:02d}"), _deaths(1))
    ]


_SHOOTING = (
    "A 6-year-old boy was shot dead at the Quarry Hill Apartments on Tenbrook Road in Ashford "
    "on Saturday, police said; a neighbour heard three shots near the Tenbrook Road entrance."
)
_TRIAL = (
    "A teenager went on trial on Tuesday over the shooting at the Quarry Hill Apartments on Tenbrook "
    "Road in Ashford that killed a 6-year-old boy."
)
_RESTATED = "The boy was shot dead at the Quarry Hill Apartments on July 9."


def _event_of_sentence(result, doc: str, sentence: int) -> str | None:
    return next(c.event for c in result.claims if c.doc == doc and c.sentence_start == sentence * 1000)


@pytest.mark.parametrize("restated", [True, False])
def test_a_trial_weeks_later_joins_the_shooting_when_it_restates_its_day(rules, restated):
    claims = _claims("a", 0, _SHOOTING, _SHOT, _day("2016-07-09"), _deaths(1)) + _claims(
        "b",
        0,
        _TRIAL,
        _SHOT,
        ("count", "arrested", {"low": 1, "high": 1, "best": 1}),
        _day("2016-09-20"),
        _deaths(1),
        _place("Ashford"),
    )
    texts = {"a": _SHOOTING, "b": _TRIAL}
    if restated:
        claims += _claims("b", 1, _RESTATED, _SHOT, _day("2016-07-09"), _deaths(1))
        texts["b"] += " " + _RESTATED
    result = cluster_claims(_docs(texts, {"a": "2016-07-10", "b": "2016-09-21"}), claims + _filler_claims(), rules)
    assert (_event_of_sentence(result, "a", 0) == _event_of_sentence(result, "b", 0)) is restated


def test_a_day_a_toll_of_one_and_common_words_join_no_two_shootings(rules):
    """Two shootings on one day, one dead each, their leads alike: no person, place or address in
    common, so neither the segments nor the documents link (many shootings share a day)."""
    lead_a = "A man was shot and killed Monday night outside a convenience store in Brookfield."
    lead_b = "A man was shot and killed Monday night outside a convenience store in Dunmore."
    a = (
        f"{lead_a} Officers found the victim on a sidewalk behind a bakery; relatives gathered at the corner "
        "as detectives canvassed nearby shops and asked the bakery owner for camera footage."
    )
    b = (
        f"{lead_b} Officers found the victim in a parked car by the river bridge; witnesses described a dark "
        "sedan leaving toward the interstate, and troopers searched the highway ramps."
    )
    claims = _claims("a", 0, lead_a, _SHOT, _day("2016-03-07"), _deaths(1)) + _claims(
        "b", 0, lead_b, _SHOT, _day("2016-03-07"), _deaths(1)
    )
    result = cluster_claims(
        _docs({"a": a, "b": b}, {"a": "2016-03-08", "b": "2016-03-08"}), claims + _filler_claims(), rules
    )
    assert _event_of_sentence(result, "a", 0) != _event_of_sentence(result, "b", 0)


def _suspect(name: str) -> tuple[str, str, dict]:
    return ("person", "suspect", {"name": name, "key": name.lower()})


def _victim(name: str) -> tuple[str, str, dict]:
    return ("person", "victim", {"name": name, "key": name.lower(), "status": "killed"})


def test_a_story_s_arrest_weeks_later_naming_its_suspect_stays_with_the_story(rules):
    """The arrest paragraph is dated by its own news; it names the suspect of the shooting it follows."""
    shooting = "Dion Avery was shot dead on Tenbrook Road on July 9; police named Marcus Bell as the suspect."
    arrest = "Marcus Bell was arrested on Aug. 20 and charged with murder."
    claims = (
        _claims("a", 0, shooting, _SHOT, _day("2016-07-09"), _deaths(1), _victim("Dion Avery"), _suspect("Marcus Bell"))
        + _claims(
            "b", 0, shooting, _SHOT, _day("2016-07-09"), _deaths(1), _victim("Dion Avery"), _suspect("Marcus Bell")
        )
        + _claims(
            "b",
            1,
            arrest,
            ("count", "arrested", {"low": 1, "high": 1, "best": 1}),
            _day("2016-08-20"),
            _suspect("Marcus Bell"),
        )
    )
    result = cluster_claims(
        _docs({"a": shooting, "b": f"{shooting} {arrest}"}, {"a": "2016-07-10", "b": "2016-08-21"}),
        claims + _filler_claims(),
        rules,
    )
    assert _event_of_sentence(result, "b", 1) == _event_of_sentence(result, "a", 0)


def test_victim_days_loads_overrides_and_is_validated(rules, tmp_path):
    from verify.errors import RuleError
    from verify.rules import load_rules

    assert rules.events.documents.victim_days == 365
    (tmp_path / "newsroom.yaml").write_text("events:\n  documents:\n    victim_days: 90\n", encoding="utf-8")
    assert load_rules(tmp_path).events.documents.victim_days == 90
    assert (
        load_rules(tmp_path).events.documents.followup_days == rules.events.documents.followup_days
    )  # merged, not replaced
    (tmp_path / "newsroom.yaml").write_text("events:\n  documents:\n    victim_days: long\n", encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    assert any("events.documents.victim_days" in p for p in caught.value.problems), caught.value.problems


@pytest.mark.parametrize("shared_detail, linked", [(True, True), (False, False)])
def test_one_city_one_day_one_dead_link_only_with_a_rare_detail_in_common(rules, shared_detail, linked):
    """A city's shootings of one day, one dead each, stay apart unless their words share a rare
    detail (a name the extractor missed, a street): the city and the day are shared by many."""
    lead_a = "Shauna Washington was shot and killed Monday night near the Culpeper rail depot."
    lead_b = (
        "Shauna was shot and killed Monday night near the Culpeper rail depot."
        if shared_detail
        else "A man was shot and killed Monday night in a parked car."
    )
    claims = _claims(
        "a", 0, lead_a, _SHOT, _place("Culpeper"), _day("2016-07-02"), _deaths(1), _victim("Shauna Washington")
    ) + _claims("b", 0, lead_b, _SHOT, _place("Culpeper"), _day("2016-07-02"), _deaths(1))
    texts = {
        "a": f"{lead_a} Relatives gathered at a church on Sunday.",
        "b": f"{lead_b} Detectives asked anyone with camera footage to call.",
    }
    result = cluster_claims(_docs(texts, {"a": "2016-07-03", "b": "2016-07-03"}), claims + _filler_claims(), rules)
    assert (_event_of_sentence(result, "a", 0) == _event_of_sentence(result, "b", 0)) is linked


@pytest.mark.parametrize("age_a, age_b, supported", [(set(), set(), True), ({6}, set(), True), ({6}, {2}, False)])
def test_one_city_one_day_supports_unless_the_lead_victims_ages_differ(rules, age_a, age_b, supported):
    links = _links(a=Story(lead_age=age_a), b=Story(lead_age=age_b))
    x = Signature(days={"2015-11-17"}, places={"little rock"})
    y = Signature(days={"2015-11-17"}, places={"little rock"})
    need = links.threshold({"a"}, {"b"}, x, y, rules)
    assert need == (rules.events.documents.suggest if supported else rules.events.documents.confirm_ages_differ)


def _brute_pairs(index: dict[str, list[str]], max_block: int) -> list[tuple[str, str]]:
    pairs = set()
    for members in index.values():
        members = sorted(set(members))
        if len(members) <= max_block:
            pairs |= {(a, b) for a in members for b in members if a < b}
    return sorted(pairs)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_candidate_pairs_are_the_blocks_pairs_in_order_without_the_oversized_keys(seed):
    import random

    from verify.cluster.documents import candidate_pairs

    rng = random.Random(seed)
    docs = [f"d{i:02d}" for i in range(40)]
    index = {f"k{k}": [rng.choice(docs) for _ in range(rng.randint(1, 12))] for k in range(30)}
    index["common"] = docs  # held by every document: proposes nothing
    pairs = list(candidate_pairs(index, 10, len(docs)))  # no document has more partners than that
    assert pairs == _brute_pairs(index, 10)
    assert len(pairs) == len(set(pairs))
    assert list(candidate_pairs({"common": docs}, 10, len(docs))) == []
    capped = list(candidate_pairs(index, 10, 2))  # each document's two closest (``closest_pairs``)
    assert capped == sorted(capped) and set(capped) < set(pairs) and len(capped) <= 2 * len(docs)


def _brute_average_linkage(vectors: dict[str, dict[str, float]], pairs, need: float) -> set[frozenset[str]]:
    """The documented merging, the slow way: the neighbouring groups (a candidate pair across them)
    with the highest mean cosine over all their documents' pairs merge while it reaches ``need``."""
    from verify.cluster.documents import dot

    groups = [frozenset([d]) for d in sorted(vectors)]
    order = {d: i for i, d in enumerate(sorted(vectors))}
    linked = {(a, b) for _, a, b in pairs} | {(b, a) for _, a, b in pairs}
    while True:
        best = None
        for x in groups:
            for y in groups:
                if min(order[d] for d in x) >= min(order[d] for d in y):
                    continue
                if not any((a, b) in linked for a in x for b in y):
                    continue
                mean = sum(dot(vectors[a], vectors[b]) for a in x for b in y) / (len(x) * len(y))
                key = (-round(mean, 9), min(order[d] for d in x), min(order[d] for d in y))
                if best is None or key < best[0]:
                    best = (key, x, y)
        if best is None or -best[0][0] < need:
            return set(groups)
        groups = [g for g in groups if g not in (best[1], best[2])] + [best[1] | best[2]]


@pytest.mark.parametrize("slack", [-(10**9), None])  # -(10**9): stale entries dropped at every pop
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("kinds", [None, 3])  # 3: documents share three vectors, so many means tie
def test_average_linkage_kept_by_parts_merges_as_the_mean_over_all_pairs_would(rules, seed, slack, kinds, monkeypatch):
    """``merge_documents`` keeps summed cosines per neighbouring groups and centroids; its groups
    are those of recomputing every mean over all document pairs (with no structured evidence the
    text must reach ``documents.confirm``), also when its heap drops stale entries at every pop."""
    import math
    import random

    from verify.cluster import merge
    from verify.cluster.merge import UnionFind, merge_documents

    if slack is not None:
        monkeypatch.setattr(merge, "HEAP_SLACK", slack)

    rng = random.Random(seed)
    words = [f"w{k}" for k in range(12)]
    vectors = {}
    for i in range(24):
        v = {w: rng.random() for w in rng.sample(words, rng.randint(2, 5))}
        norm = math.sqrt(sum(x * x for x in v.values()))
        vectors[f"d{i:02d}"] = {w: x / norm for w, x in v.items()}
    if kinds is not None:  # ties: the first entries' order (mean, then group) must be the heap's
        vectors = {d: dict(vectors[f"d{i % kinds:02d}"]) for i, d in enumerate(sorted(vectors))}
    docs = sorted(vectors)
    main = {d: i for i, d in enumerate(docs)}
    links = DocumentLinks(main, PairList(), vectors, {d: Story() for d in docs}, {d: Signature() for d in docs})
    links.pairs = PairList(
        (links.similarity(a, b), a, b)
        for a in docs
        for b in docs
        if a < b and rng.random() < 0.3 and links.similarity(a, b) >= rules.events.documents.suggest
    )
    groups: UnionFind[int] = UnionFind(range(len(docs)))
    before = {d: dict(v) for d, v in vectors.items()}
    merge_documents(links, groups, {i: Signature() for i in range(len(docs))}, rules)
    got = {frozenset(docs[i] for i in g) for g in groups.groups().values()}
    expected = _brute_average_linkage(vectors, links.pairs, rules.events.documents.confirm)
    assert got == expected
    assert any(len(g) > 2 for g in got)  # groups of groups were merged, by their means
    assert links.vectors == before  # a group's centroid starts as its document's vector, not changed in place


def test_pair_cosines_give_each_added_pair_s_cosine_either_way_round_and_none_for_others():
    """``PairCosines`` (sorted arrays searched by bisection) answers as a dict of the pairs would."""
    import random

    from verify.cluster.merge import PairCosines

    rng = random.Random(0)
    pairs = {(a, b): rng.random() for a in range(60) for b in range(a + 1, 60) if rng.random() < 0.2}
    known = PairCosines()
    for (a, b), cos in rng.sample(sorted(pairs.items()), len(pairs)):
        if rng.random() < 0.5:
            a, b = b, a
        known.add(a, b, cos)
    known.freeze()
    for a in range(61):
        for b in range(61):
            assert known.get(a, b) == pairs.get((min(a, b), max(a, b)))


def test_an_undated_report_tells_of_no_happening_after_its_publication(rules):
    """A report with no day of its own happened before it was published: a happening days after
    that is another one, unless a person in common makes it a later report of it, or the report
    restates its day."""
    undated, later = Signature(), Signature(days={"2016-06-30"})
    links = _links(a=Story(published="2016-06-13"), b=Story(days={"2016-06-30"}))
    assert links.refuses({"a"}, {"b"}, undated, later, rules)
    assert links.refuses({"b"}, {"a"}, later, undated, rules)  # symmetric
    restating = _links(a=Story(published="2016-06-13", days={"2016-06-30"}), b=Story(days={"2016-06-30"}))
    assert not restating.refuses({"a"}, {"b"}, undated, later, rules)
    earlier = _links(a=Story(published="2016-07-02"), b=Story(days={"2016-06-30"}))
    assert not earlier.refuses({"a"}, {"b"}, undated, later, rules)  # told two days after
    unknown = _links(a=Story(), b=Story(days={"2016-06-30"}))
    assert not unknown.refuses({"a"}, {"b"}, undated, later, rules)  # no publication day: nothing known
    shared = Signature(people={"n1"})
    followed = Signature(days={"2016-06-30"}, people={"n1"})
    assert not links.refuses({"a"}, {"b"}, shared, followed, rules)  # within followup_days of one person


_GRANDSON = "Dion Avery, 15, was shot dead on Tenbrook Road on July 9, police said."
_RELATIVE = "Carl Whitmore said the family was grieving the death."


@pytest.mark.parametrize("written", [True, False])
def test_a_stretch_naming_someone_the_story_s_other_reports_write_follows_the_story(rules, written):
    """A document's own stretch that names another person in full (a relative the extractor took
    for a victim) joins its story's event when the event's other reports write that surname; a
    name they never write keeps it apart (a roundup's other victim)."""
    family = " He was the grandson of state senator Carl Whitmore." if written else " Neighbours gathered."
    claims = (
        _claims("a", 0, _GRANDSON, _SHOT, _day("2016-07-09"), _deaths(1), _victim("Dion Avery"))
        + _claims("b", 0, _GRANDSON, _SHOT, _day("2016-07-09"), _deaths(1), _victim("Dion Avery"))
        + _claims("b", 1, _RELATIVE, _deaths(1), _victim("Carl Whitmore"))
    )
    result = cluster_claims(
        _docs({"a": _GRANDSON + family, "b": f"{_GRANDSON} {_RELATIVE}"}, {"a": "2016-07-10", "b": "2016-07-10"}),
        claims + _filler_claims(),
        rules,
    )
    assert _event_of_sentence(result, "a", 0) == _event_of_sentence(result, "b", 0)
    assert (_event_of_sentence(result, "b", 1) == _event_of_sentence(result, "a", 0)) is written


def test_a_stretch_s_full_names_set_nothing_apart_when_its_story_tells_them():
    """ "Gomez-Martinez" alone reads as a first and a last name; beside "Diego Gomez-Martinez" in the
    document's stretch of the story it is that victim, not another; a name one of the event's other
    reports writes in full is told too; "Raul Guzman" beside "Joshua Guzman" stays another victim."""
    from verify.cluster.merge import _unnamed_if_told

    def stretch(*names: str, days: frozenset[str] = frozenset()) -> Segment:
        claims = _claims("b", 1, "x", *[_victim(n) for n in names])
        return Segment("b", claims, Signature(named={f"id:{n}" for n in names}, days=set(days)))

    anchor = Segment("b", _claims("b", 0, "x", _victim("Diego Gomez Martinez"), _victim("Joshua Guzman")), Signature())
    alone = stretch("Gomez Martinez", days=frozenset({"2016-09-22"}))
    told = _unnamed_if_told(alone.sig, alone, anchor, set(), None)
    assert not told.named and told.days == {"2016-09-22"}  # any other clash stands
    other = stretch("Raul Guzman")
    assert _unnamed_if_told(other.sig, other, anchor, set(), None).named == other.sig.named
    relative = stretch("Carl Whitmore")
    assert _unnamed_if_told(relative.sig, relative, anchor, {"c"}, None).named  # no reports to read
    written = _links(c=Story(words={"grandson", "carl", "whitmore"}), d=Story(words={"carl"}))
    assert not _unnamed_if_told(relative.sig, relative, anchor, {"c"}, written).named
    apart = _links(c=Story(words={"whitmore"}), d=Story(words={"carl"}))  # no one report writes it
    assert _unnamed_if_told(relative.sig, relative, anchor, {"c", "d"}, apart).named


@pytest.mark.parametrize(
    "sentence, kinds",
    [
        ("Three people were shot and taken to the hospital early Sunday.", set()),
        ("The boy was shot and rushed to Mercy Hospital in critical condition.", set()),
        ("Four were shot; all were transported to area hospitals.", set()),
        ("A gunman opened fire inside the hospital, killing a nurse.", {"hospital"}),
        ("An airstrike hit a clinic and the wounded were taken to a hospital.", {"clinic"}),
    ],
)
def test_where_the_harmed_were_taken_is_no_kind_of_facility_hit(rules, sentence, kinds):
    from verify.cluster.signatures import EntitySets, signature

    sig = signature(_claims("a", 0, sentence, _SHOT, _deaths(1)), {}, EntitySets(), rules)
    assert set(sig.kinds) == kinds


def test_taken_to_loads_overrides_and_is_validated(rules, tmp_path):
    from verify.errors import RuleError
    from verify.rules import load_rules

    (tmp_path / "a.yaml").write_text("events:\n  taken_to: ['\\bflown to (?:the )?hospital\\b']\n")
    assert len(load_rules(tmp_path).events.taken_to_patterns) == 1
    (tmp_path / "a.yaml").write_text("events:\n  taken_to: ['(a+)+$']\n")
    with pytest.raises(RuleError):
        load_rules(tmp_path)


def test_stories_whose_lead_victims_ages_differ_need_more_alike_words_to_confirm(rules):
    docs = rules.events.documents
    assert docs.confirm_ages_differ > docs.confirm
    x, y = Signature(days={"2015-11-17"}), Signature(days={"2015-11-18"})
    differ = _links(a=Story(lead_age={6}), b=Story(lead_age={2}))
    assert differ.threshold({"a"}, {"b"}, x, y, rules) == docs.confirm_ages_differ
    one_told = _links(a=Story(lead_age={6}), b=Story())
    assert one_told.threshold({"a"}, {"b"}, x, y, rules) == docs.confirm
    shared = Signature(days={"2015-11-18"}, people={"n1"})
    assert differ.threshold({"a"}, {"b"}, Signature(people={"n1"}), shared, rules) == docs.suggest  # a person


@pytest.mark.parametrize(
    "x, y, supported",
    [
        (Signature(places={"underground"}), Signature(facilities={"underground"}), True),  # one name, two readings
        (Signature(facilities={"underground"}), Signature(places={"underground"}), True),
        (Signature(places={"toledo"}), Signature(facilities={"underground"}), False),
    ],
)
def test_a_name_read_as_a_place_in_one_report_and_a_facility_in_the_other_supports_on_one_day(rules, x, y, supported):
    from verify.cluster.documents import supports

    x, y = x.copy(), y.copy()
    x.add_all("days", {"2016-10-30"})
    y.add_all("days", {"2016-10-30"})
    assert supports(x, y, rules) is supported
    y.days = {"2016-11-06"}  # another day: a place is never enough alone
    assert not supports(x, y, rules)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("partners", [1, 3, 40])
def test_strongest_pairs_are_those_among_either_documents_closest(seed, partners):
    """``PairList.strongest`` keeps a pair when at most ``partners - 1`` of either document's
    pairs are more similar (so ties with its last kept one are kept), in the order appended, and
    what it keeps does not depend on that order."""
    import random

    from verify.cluster.documents import PairList

    rng = random.Random(seed)
    docs = [f"d{i:02d}" for i in range(30)]
    cosines = [0.1, 0.2, 0.3, 0.4]  # few values: many ties
    triples = [(rng.choice(cosines), a, b) for a in docs for b in docs if a < b and rng.random() < 0.4]
    of: dict[str, list[float]] = {}
    for cos, a, b in triples:
        of.setdefault(a, []).append(cos)
        of.setdefault(b, []).append(cos)

    def among_closest(cos: float, doc: str) -> bool:
        return sum(other > cos for other in of[doc]) < partners

    expected = [t for t in triples if among_closest(t[0], t[1]) or among_closest(t[0], t[2])]
    got = list(PairList(triples).strongest(partners))
    assert got == expected
    if partners < 40:
        assert len(got) < len(triples)
    shuffled = triples[:]
    rng.shuffle(shuffled)
    assert sorted(PairList(shuffled).strongest(partners)) == sorted(expected)
    assert list(PairList().strongest(partners)) == []


def test_partners_must_be_positive(tmp_path):
    from verify.errors import RuleError
    from verify.rules import load_rules

    (tmp_path / "a.yaml").write_text("events:\n  documents:\n    partners: 0\n", encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    assert any("events.documents.partners" in p for p in caught.value.problems), caught.value.problems


def test_the_main_happening_is_never_the_earlier_one_the_lead_follows():
    # "the second mass shooting in two days" (dated the 4th), then the first told at length (the 3rd)
    lead = _segment("a", 1, days={"2023-05-04"}, sequel={"after"})
    earlier = _segment("a", 4, days={"2023-05-03"})
    assert main_segments([lead, earlier]) == {"a": 0}
    # told as no sequel, the longer stretch stays the main one
    assert main_segments([_segment("a", 1, days={"2023-05-04"}), earlier]) == {"a": 1}


def test_the_earlier_happening_a_sentence_tells_its_story_after_is_not_the_main_one():
    # "The shooting came a day after a boy killed eight at a school": that stretch is the school's
    lead = _segment("a", 1, places={"serbia"})
    earlier = _segment("a", 3, days={"2023-05-03"})
    earlier.followed = True
    assert main_segments([lead, earlier]) == {"a": 0}
    # a stretch only set apart ("Also on Tuesday, ...") may still be the page's longest story
    earlier.followed, earlier.apart = False, True
    assert main_segments([lead, earlier]) == {"a": 1}


def _timed(iso: str, role: str) -> tuple[str, str, dict]:
    return ("time", "date", {"start": iso, "end": iso, "granularity": "day", "resolved": True, "role": role})


def test_a_day_tied_to_nothing_beside_the_happening_s_own_does_not_date_it(rules):
    # "a girl shot at the school on May 3 died in hospital on Monday": the shooting's day is May 3
    both = _claims("a", 0, "x", _timed("2023-05-03", "event"), _timed("2023-05-15", "other"), _SHOT)
    assert signature(both, {}, EntitySets(), rules).days == {"2023-05-03"}
    # alone, a day tied to nothing still dates the sentence's happening
    alone = _claims("a", 0, "x", _timed("2023-05-15", "other"), _SHOT)
    assert signature(alone, {}, EntitySets(), rules).days == {"2023-05-15"}
