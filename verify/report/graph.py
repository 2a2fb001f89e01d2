"""The report as a graph of documents, events and entities, for networkx and for Gephi (GraphML).

    >>> from verify.report.graph import report_graph, write_graphml
    >>> graph = report_graph(report)                 # a report dict, or a saved report.json read back
    >>> [n for n, kind in graph.nodes(data="kind") if kind == "event"]
    >>> write_graphml(report, "report.graphml")      # File > Open in Gephi

Nodes are ``document:<id>`` (outlet, publication day, title), ``event:<id>`` (label, day, place,
number of documents, claims and findings, conflicts) and ``entity:<id>`` (kind, name, spellings).
Edges: a document *reports* an event (weight: its claims about it), an entity is *named in* an event
(weight: its mentions there), a document is a *copy of* another. Attributes are strings and numbers
only (GraphML has no null: an unknown value is left out), so the file opens in Gephi and yEd.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["report_graph", "write_graphml"]


def _attrs(**values: Any) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def report_graph(report: dict[str, Any]) -> nx.Graph:
    """The documents, events and entities of a report and how they connect (see the module docstring)."""
    graph = nx.Graph(name="verify report")
    event_of = {c["id"]: c["event"] for c in report["claims"] if c.get("event")}
    for d in report["documents"]:
        graph.add_node(
            f"document:{d['id']}",
            **_attrs(
                kind="document",
                label=d.get("title") or d["id"],
                outlet=d.get("source"),
                published=d.get("published"),
                url=d.get("url"),
            ),
        )
    findings = Counter(f["event"] for f in report["findings"] if f.get("event"))
    conflicts = Counter(f["event"] for f in report["findings"] if f.get("event") and f["verdict"] == "conflict")
    for e in report["events"]:
        node = f"event:{e['id']}"
        graph.add_node(
            node,
            **_attrs(
                kind="event",
                label=e["label"],
                date=e.get("date"),
                place=e.get("place"),
                documents=len(e["documents"]),
                claims=len(e["claims"]),
                findings=findings[e["id"]],
                conflicts=conflicts[e["id"]],
            ),
        )
    per_document = Counter((c["doc"], c["event"]) for c in report["claims"] if c.get("event"))
    for (doc, event), claims in sorted(per_document.items()):
        if graph.has_node(f"event:{event}"):
            graph.add_edge(f"document:{doc}", f"event:{event}", relation="reports", weight=claims)
    for entity in report["entities"]:
        node = f"entity:{entity['id']}"
        graph.add_node(
            node,
            kind="entity",
            entity_kind=entity["kind"],
            label=entity["name"],
            spellings=len({v["text"] for v in entity["variants"]}),
        )
        mentions = Counter(event_of[v["claim"]] for v in entity["variants"] if v["claim"] in event_of)
        for event, count in sorted(mentions.items()):
            if graph.has_node(f"event:{event}"):
                graph.add_edge(node, f"event:{event}", relation="named in", weight=count)
    for d in report["documents"]:
        if d.get("copy_of"):
            graph.add_edge(f"document:{d['id']}", f"document:{d['copy_of']}", relation="copy of", weight=1)
    return graph


def write_graphml(report: dict[str, Any], path: str | Path) -> Path:
    """Write ``report_graph(report)`` as GraphML to ``path``; return the path."""
    path = Path(path)
    nx.write_graphml(report_graph(report), path, encoding="utf-8", prettyprint=True)
    return path
