"""The local engine's bounds (``verify/run/local.py``, ``verify/run/spill.py``): tasks out at once,
claims kept packed until the workers are gone and unpacked equal with their strings shared, a long
document's windows cut as the pool asks for them."""

from __future__ import annotations

import gc
import multiprocessing
import queue
import random
import threading
import time

import pytest

from verify.extract import extract_claims, with_last
from verify.models import Claim, Document
from verify.rules import load_rules
from verify.run import local
from verify.run.spill import ClaimSpill, SharedStrings, pack_claims, unpack_claims


def _long_document() -> Document:
    rng = random.Random(5)
    towns = ["Leeds", "Ghent", "Perth", "Oaxaca"]
    paragraphs = [
        f"{rng.randint(2, 30)} people were hurt when a bus crashed in {rng.choice(towns)} on Friday, "
        f"police said. Dr. Ana Ruiz said {rng.randint(1, 9)} were in a serious condition."
        for _ in range(40)
    ]
    return Document(id="long", path="long.txt", text="\n".join(paragraphs), sha256="0" * 64, published="2020-03-06")


@pytest.fixture
def small(tmp_path):
    """Rules with 1,000-character windows."""
    (tmp_path / "small.yaml").write_text("limits:\n  window_chars: 1000\n  batch_chars: 2000\n")
    return load_rules(tmp_path)


@pytest.mark.parametrize(
    ("items", "expected"),
    [([], []), ([1], [(1, True)]), ([1, 2, 3], [(1, False), (2, False), (3, True)])],
)
def test_with_last(items, expected) -> None:
    assert list(with_last(iter(items))) == expected


def test_in_flight_never_exceeds_its_limit() -> None:
    flight = local.InFlight(3)
    handed: queue.Queue = queue.Queue()

    def feed() -> None:  # the pool's task thread
        for task in flight.feed(range(50)):
            handed.put(task)
        handed.put(None)

    feeder = threading.Thread(target=feed)
    feeder.start()
    got = []
    while (task := handed.get(timeout=10)) is not None:
        time.sleep(0.002)  # a slow taker: the feed waits for it
        assert flight.out <= 3
        got.append(task)
        flight.taken()
    feeder.join()
    assert got == list(range(50))
    assert flight.most == 3 and flight.out == 0


def test_a_stopped_feed_ends_without_a_free_slot() -> None:
    flight = local.InFlight(1)
    fed = flight.feed(range(10))
    assert next(fed) == 0  # out, never taken back
    threading.Timer(0.2, flight.stop).start()
    assert list(fed) == []  # waited for a slot until stopped


def _claim(n: int, doc: str = "d1", **value) -> Claim:
    sentence = "Twelve \u201cpeople\u201d died\nin Li\u00e8ge, police said."  # quotes, a line break, an accent
    return Claim(
        id=f"c{n}",
        doc=doc,
        kind="count",
        attribute="deaths",
        text="Twelve",
        sentence=sentence,
        start=100 * n,
        end=100 * n + 6,
        sentence_start=100 * n,
        value={"low": 12, "high": None, "best": 12, "stated": 12.5, "unit": "people", "individual": False, **value},
        cited_source="police" if n % 2 else None,
        hedged=bool(n % 3),
        hedge="reportedly" if n % 3 else None,
    )


def test_packed_claims_come_back_equal_with_their_strings_shared() -> None:
    first = [[_claim(0), _claim(1, parts=[{"text": "6 children", "low": 6}], path=["air strike", "attack"])], []]
    second = [[_claim(2, doc="d2", where="Li\u00e8ge")]]
    shared = SharedStrings()
    back = [unpack_claims(pack_claims(groups), shared) for groups in (first, second)]
    assert back == [first, second]
    assert all(b"\n" not in pack_claims(groups)[:-1] for groups in (first, second))  # one line each
    (a, b), _ = back[0]
    [(c,)] = back[1]
    assert a.sentence is b.sentence  # written once per result
    assert a.kind is c.kind and a.attribute is c.attribute and a.value["unit"] is c.value["unit"]  # across results
    assert b.cited_source is not None and b.value["parts"][0]["text"] == "6 children"


@pytest.mark.parametrize("memory", [0, 300, 10**6])  # a file at once, spilled after a few results, all in memory
def test_spilled_results_come_back_in_order(memory) -> None:
    spill = ClaimSpill(memory)
    results = [[[_claim(n)], [_claim(n + 1, doc="d2")]] for n in range(0, 100, 2)]
    for groups in results:
        spill.add(pack_claims(groups))
    assert list(spill.read()) == results
    spill.close()


def test_windows_are_cut_as_the_pool_asks(small, monkeypatch) -> None:
    cut = []
    real = local.document_windows

    def counting(document, rules):
        for window in real(document, rules):
            cut.append(window[0])
            yield window

    monkeypatch.setattr(local, "document_windows", counting)
    work = local.tasks([_long_document()], small)
    assert next(work)[0] == "window"
    assert len(cut) == 2  # the first window and the one read ahead to know it is not the last
    rest = list(work)
    assert len(cut) == 1 + len(rest) > 3 and rest[-1][-1] is True


def test_workers_claims_are_unpacked_once_the_workers_are_gone(small, nlp, monkeypatch) -> None:
    flights = []

    class Recording(local.InFlight):
        def __init__(self, limit: int) -> None:
            super().__init__(limit)
            flights.append(self)

    monkeypatch.setattr(local, "InFlight", Recording)
    monkeypatch.setattr(local, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(local, "TASKS_PER_WORKER", 1)
    monkeypatch.setattr(local, "CLAIMS_IN_MEMORY_BYTES", 0)  # every packed claim in the temporary file
    document = _long_document()
    here = list(extract_claims([document], nlp, small))
    done = []
    claims = local.extract_claims_local([document], nlp, small, processes=2, on_document=done.append)
    first = next(claims)
    assert multiprocessing.active_children() == []  # the workers have exited before the first claim
    assert [d.id for d in done] == ["long"]  # progress was told as the results arrived
    assert [first, *claims] == here and len(here) > 50
    [flight] = flights
    assert flight.limit == 2 and 1 <= flight.most <= 2 and flight.out == 0
    assert gc.get_freeze_count() == 0  # the parent's objects are collected again
