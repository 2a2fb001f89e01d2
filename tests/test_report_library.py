"""The report as library data: claims and findings as pandas DataFrames, and the event/entity graph
(networkx, and GraphML for Gephi), from a report dict or a saved report.json."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd

from verify.cli import EXIT_ERROR, EXIT_OK, main
from verify.report import write_report
from verify.report.frames import frames
from verify.report.graph import report_graph, write_graphml
from verify.report.tables import CLAIM_COLUMNS, FINDING_COLUMNS


def test_frames_hold_every_claim_and_finding_with_typed_columns(seeds_report):
    claims, findings = frames(seeds_report)
    assert list(claims.columns) == list(CLAIM_COLUMNS) and list(findings.columns) == list(FINDING_COLUMNS)
    assert list(claims["id"]) == [c["id"] for c in seeds_report["claims"]]
    assert list(findings["id"]) == [f["id"] for f in seeds_report["findings"]]
    assert str(claims["low"].dtype) == "Int64" and str(claims["start"].dtype) == "Int64"
    texts = {c["id"]: c["text"] for c in seeds_report["claims"]}
    assert all(texts[i] == t for i, t in zip(claims["id"], claims["text"], strict=True))


def test_frames_answer_a_notebook_question(seeds_report):
    """The highest death toll each event's sources give, as a notebook would ask it."""
    claims, _ = frames(seeds_report)
    deaths = claims[(claims.kind == "count") & (claims.attribute == "deaths") & claims.event.notna()]
    highest = deaths.groupby("event")["best"].max()
    expected: dict[str, int] = {}
    for c in seeds_report["claims"]:
        if c["kind"] == "count" and c["attribute"] == "deaths" and c["event"] and c["value"].get("best") is not None:
            expected[c["event"]] = max(expected.get(c["event"], 0), c["value"]["best"])
    assert highest.to_dict() == expected and len(expected) >= 3


def test_frames_of_a_saved_report_equal_those_of_the_report(seeds_report, tmp_path):
    write_report(seeds_report, tmp_path)
    saved = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    for made, read in zip(frames(seeds_report), frames(saved), strict=True):
        pd.testing.assert_frame_equal(made, read)


def test_the_graph_joins_documents_events_and_entities(seeds_report):
    graph = report_graph(seeds_report)
    kinds = nx.get_node_attributes(graph, "kind")
    assert sum(k == "document" for k in kinds.values()) == len(seeds_report["documents"])
    assert sum(k == "event" for k in kinds.values()) == len(seeds_report["events"])
    assert sum(k == "entity" for k in kinds.values()) == len(seeds_report["entities"])
    for event in seeds_report["events"]:
        reporters = {n for n in graph.neighbors(f"event:{event['id']}") if kinds[n] == "document"}
        assert reporters == {f"document:{d}" for d in event["documents"]}
    maaz = next(e for e in seeds_report["entities"] if e["kind"] == "person" and "maaz" in e["key"])
    (event,) = {c["event"] for c in seeds_report["claims"] if c["entity"] == maaz["id"] and c["event"]}
    edge = graph.edges[f"entity:{maaz['id']}", f"event:{event}"]
    assert edge["relation"] == "named in" and edge["weight"] >= 2


def test_graphml_round_trips_without_nulls(seeds_report, tmp_path):
    path = write_graphml(seeds_report, tmp_path / "seeds.graphml")
    again = nx.read_graphml(path)
    graph = report_graph(seeds_report)
    assert set(again.nodes) == set(graph.nodes) and again.number_of_edges() == graph.number_of_edges()
    for node, data in graph.nodes(data=True):
        assert again.nodes[node] == data
        assert None not in data.values()


def test_graph_command_writes_graphml_from_a_saved_report(seeds_report, tmp_path, capsys):
    write_report(seeds_report, tmp_path / "reports")
    out = tmp_path / "seeds.graphml"
    assert main(["graph", str(tmp_path / "reports"), str(out)]) == EXIT_OK
    assert nx.read_graphml(out).number_of_nodes() == report_graph(seeds_report).number_of_nodes()
    assert "nodes" in capsys.readouterr().out
    (tmp_path / "not-a-report.json").write_text("{}", encoding="utf-8")
    assert main(["graph", str(tmp_path / "not-a-report.json"), str(out)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("verify: error:") and "Traceback" not in err
