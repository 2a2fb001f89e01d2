"""Compact forms that bound memory on large corpora give the very results of the plain ones.

Signatures share one empty set and are copied only when a group grows (``verify/cluster/signatures.py``,
``verify/cluster/merge.py``); report.json is written in pieces (``verify/report/files.py``,
``verify.outputs.Chunks``).
"""

from __future__ import annotations

import copy
import hashlib
import json
import pickle
import random

import pytest

from verify.cluster.documents import PairList
from verify.cluster.merge import group_segments
from verify.cluster.segments import Segment
from verify.cluster.signatures import EMPTY, FIELDS, Signature
from verify.report.files import render_files, report_json, report_json_pieces, write_report


def test_an_empty_field_is_the_one_shared_empty_set_and_is_never_changed():
    a, b = Signature(), Signature(days={"2016-07-10"})
    assert all(getattr(a, name) is EMPTY for name in FIELDS)
    a.absorb(b)
    a.add_all("people", {"p1"})
    assert a.days == {"2016-07-10"} and a.people == {"p1"}
    assert EMPTY == frozenset() and Signature().days is EMPTY


def test_copies_and_merges_never_share_a_set():
    a = Signature(days={"2016-07-10"}, people={"p1"})
    b = a.copy()
    b.add_all("days", {"2016-07-11"})
    c = Signature()
    c.absorb(a)
    c.add_all("people", {"p2"})
    assert a.days == {"2016-07-10"} and a.people == {"p1"}
    assert b.days == {"2016-07-10", "2016-07-11"} and c.people == {"p1", "p2"}


def test_a_signature_survives_pickling():
    """The Dask engine ships segments' signatures to its workers."""
    a = Signature(days={"2016-07-10"}, figures={("deaths", 3)})
    back = pickle.loads(pickle.dumps(a))
    assert back == a and back.days is not a.days


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_grouping_leaves_every_segment_s_own_signature_as_it_was(rules, seed):
    """A group of one segment holds that segment's signature (no copy); merging must copy it first,
    or a segment's signature would take its group's and change what later steps read."""
    rng = random.Random(seed)
    segments = [
        Segment(
            f"d{i}",
            [],
            Signature(people={f"p{rng.randrange(8)}"}, facilities={f"f{rng.randrange(8)}"}, places={"town"}),
        )
        for i in range(40)
    ]
    before = [copy.deepcopy(s.sig) for s in segments]
    groups = group_segments(segments, rules)
    assert any(len(g) > 1 for g in groups)
    assert [s.sig for s in segments] == before


def _report(n: int) -> dict:
    rng = random.Random(n)
    return {
        "summary": {"claims": n},
        "claims": [{"id": f"c{i}", "text": "é" * rng.randrange(5), "value": {"best": i}} for i in range(n)],
        "events": [],
        "findings": [{"id": "f1"}],
    }


@pytest.mark.parametrize("n", [0, 1, 5, 4001])
@pytest.mark.parametrize("records", [1, 2, 2000])
def test_report_json_in_pieces_is_report_json(n, records):
    report = _report(n)
    text = "".join(report_json_pieces(report, records))
    assert text == report_json(report)
    assert json.loads(text) == report


def test_written_report_json_is_the_rendered_text_and_its_manifest_hash(seeds_report, tmp_path):
    write_report(seeds_report, tmp_path / "out")
    data = (tmp_path / "out" / "report.json").read_bytes()
    assert data.decode("utf-8") == report_json(seeds_report) == render_files(seeds_report)["report.json"]
    manifest = json.loads((tmp_path / "out" / ".verify-outputs.json").read_text())
    assert hashlib.sha256(data).hexdigest() in json.dumps(manifest)


def test_a_pair_list_gives_back_its_triples_in_order():
    triples = [(0.25, "b", "c"), (1 / 3, "a", "b"), (0.1 + 0.2, "b", "c")]
    pairs = PairList(triples)
    assert list(pairs) == triples and len(pairs) == 3


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_block_edges_taken_segment_by_segment_are_every_block_pair_s(rules, seed):
    """Oracle: the pairs of every block, deduplicated with a set of all of them (as before), scored;
    and scoring a partition of the blocks part by part gives the same edges (the Dask engine's way)."""
    from verify.cluster.scoring import block_edges, link_score

    rng = random.Random(seed)
    segments = [
        Segment(
            f"d{rng.randrange(12)}",
            [],
            Signature(
                people={f"p{rng.randrange(6)}"},
                facilities={f"f{rng.randrange(6)}"},
                places={"town"},
                days={f"2016-07-{rng.randrange(10, 13)}"},
                words={f"w{rng.randrange(9)}" for _ in range(4)},
            ),
        )
        for _ in range(60)
    ]
    idf = {f"w{i}": 1.0 + i / 10 for i in range(9)} | {"": 5.0}
    blocks = [sorted(rng.sample(range(60), rng.randrange(2, 9))) for _ in range(40)]
    pairs = {(min(i, j), max(i, j)) for b in blocks for x, i in enumerate(b) for j in b[x + 1 :]}
    scored = ((link_score(segments[i], segments[j], idf, rules), i, j) for i, j in pairs)
    expected = sorted(e for e in scored if e[0] >= rules.events.link_threshold)
    assert expected and sorted(block_edges(segments, blocks, idf, rules)) == expected
    parts = [blocks[k::3] for k in range(3)]
    assert sorted({e for part in parts for e in block_edges(segments, part, idf, rules)}) == expected
