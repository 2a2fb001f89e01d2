"""Editor mode: check a draft's claims against a verified corpus before publication.

``check_draft(draft, reference, nlp, rules)`` extracts the draft's claims with the same extract stage
and rules as ``verify run``, matches each to what the corpus says, and gives it one verdict
(``CHECK_VERDICTS``). The corpus is a report dict: built from articles by ``verify_corpus``, or a
saved ``report.json`` read back by ``load_reference`` so the corpus is not processed again.

Loading the corpus and matching a draft sentence to corpus sentences live in ``verify.check_match``;
this module gives the verdicts. Names are matched to corpus person entities with
``names.same_person`` wherever they appear; quotations to every corpus quotation.

Verdicts (independent sources: a document and its copies, ``copy_of``, count once):
- ``supported``: a source says the same (a figure's interval equal, overlapping or narrower; the same
  day; a compatible method; the same actor and stance; the spelling a source uses; the quotation).
- ``more_precise``: the draft's figure lies strictly inside every supporting source's and is narrower.
- ``outdated``: the draft agrees with an earlier source, and a later-published one gives a higher,
  disjoint figure (``compare.figure_relation`` says "update").
- ``contradicted``: no source supports it and at least one says otherwise (a disjoint figure, another
  day, an incompatible method, another perpetrator or a denial).
- ``spelling_differs``: a person (or an organisation/place/facility close to an alias) spelled
  differently from every source; the spelling most sources use is suggested.
- ``altered_quote``: a quotation like a source quotation but worded differently.
- ``unsupported``: no source says it.

A supported claim that another source disputes keeps its verdict and lists that source under
``against``. Exit code of ``verify check``: 0 when no claim is contradicted or unsupported,
4 (``EXIT_CHECK_FAILED``) otherwise, so a publishing pipeline can stop on it.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Literal, Sequence

from rapidfuzz import fuzz

from .check_match import (Citation, _is_event_sentence, _Reference, _score, _sentences, _shown, _weekday,
                          load_reference, read_saved_report, saved_report_path)
from .compare import figure_interval, figure_relation, same_unit_class
from .models import Claim, Document
from .names import name_key, same_person, strip_title
from .rules import RuleSet, dump_rules, fold_phrase

__all__ = ["CHECK_VERDICTS", "CHECK_VERSION", "FAILING_VERDICTS", "CheckResult", "CheckVerdict", "Citation",
           "ClaimCheck", "check_claims", "check_draft", "check_to_dict", "load_reference", "read_saved_report",
           "run_check"]

CheckVerdict = Literal["supported", "contradicted", "more_precise", "spelling_differs", "outdated",
                       "altered_quote", "unsupported"]
CHECK_VERDICTS: tuple[str, ...] = ("supported", "contradicted", "more_precise", "spelling_differs", "outdated",
                                   "altered_quote", "unsupported")
FAILING_VERDICTS = frozenset({"contradicted", "unsupported"})
CHECK_VERSION = "1.0"
_NAMED = ("organization", "place", "facility")


@dataclass(frozen=True)
class ClaimCheck:
    """The verdict on one draft claim.

    claim: the draft claim (offsets into the draft text). sources: how many independent sources
    support it. support / against: the source claims that say the same / otherwise. summary: one
    readable sentence. suggestion: the spelling or wording the sources use, when it differs.
    """

    claim: Claim
    verdict: str
    sources: int
    summary: str
    support: tuple[Citation, ...] = ()
    against: tuple[Citation, ...] = ()
    suggestion: str | None = None


@dataclass(frozen=True)
class CheckResult:
    """A checked draft: the draft, one ``ClaimCheck`` per checked claim in text order, and notes."""

    draft: Document
    checks: tuple[ClaimCheck, ...]
    corpus: dict[str, Any]
    rules: dict[str, Any]
    warnings: tuple[str, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        return {v: sum(1 for c in self.checks if c.verdict == v) for v in CHECK_VERDICTS}

    @property
    def failed(self) -> bool:
        return any(c.verdict in FAILING_VERDICTS for c in self.checks)


def _rules_sha(rules: RuleSet) -> str:
    return hashlib.sha256(dump_rules(rules).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------
# Values


_interval = figure_interval


def _origins(ref: _Reference, claims: Iterable[Claim]) -> int:
    return len({ref.origin(c) for c in claims})


def _check(ref: _Reference, claim: Claim, verdict: str, summary: str, support: Sequence[Claim] = (),
           against: Sequence[Claim] = (), suggestion: str | None = None) -> ClaimCheck:
    return ClaimCheck(claim, verdict, _origins(ref, support), summary,
                      tuple(ref.cite(c) for c in support), tuple(ref.cite(c) for c in against), suggestion)


def _listed(claims: Sequence[Claim], limit: int = 3) -> str:
    shown = "; ".join(f"“{c.text}” [{_shown(c)}] ({c.doc})" for c in claims[:limit])
    return shown + (f" and {len(claims) - limit} more" if len(claims) > limit else "")


# --------------------------------------------------------------------------------------------
# One check per kind of claim


def _check_count(ref: _Reference, d: Claim, candidates: list[Claim]) -> ClaimCheck:
    ctx = ref.ctx
    same = [c for c in candidates if c.kind == "count" and c.attribute == d.attribute
            and same_unit_class(c, d) and c.value.get("low") is not None]
    if not d.value.get("individual") and any(not c.value.get("individual") for c in same):
        same = [c for c in same if not c.value.get("individual")]   # one named victim is not a toll
    what = d.attribute.replace("_", " ")
    if not same:
        return _check(ref, d, "unsupported", f"No source gives a figure for {what} of this event.")
    support, precise, against = [], [], []
    (dl, dh) = _interval(d)
    for s in same:
        relation = figure_relation(d, s, ctx)
        sl, sh = _interval(s)
        if relation in ("agree", "compatible"):
            inside = sl <= dl and dh <= sh and (dh - dl) < (sh - sl)
            (precise if inside else support).append(s)
        else:
            against.append(s)
    agreeing = support + precise
    if agreeing and against and all(any(figure_relation(a, s, ctx) == "update" for a in agreeing) for s in against):
        return _check(ref, d, "outdated", f"A later source revises {what}: {_listed(against)}.", agreeing, against)
    disputed = f"; {_origins(ref, against)} source(s) say otherwise: {_listed(against)}" if against else ""
    if support:
        return _check(ref, d, "supported", f"{_origins(ref, agreeing)} independent source(s) give a matching "
                      f"figure for {what}: {_listed(agreeing)}{disputed}.", agreeing, against)
    if precise:
        return _check(ref, d, "more_precise", f"The draft's {what} [{_shown(d)}] is more precise than the sources: "
                      f"{_listed(precise)}{disputed}.", precise, against)
    return _check(ref, d, "contradicted", f"Sources give a different figure for {what}: {_listed(against)}.",
                  (), against)


def _check_date(ref: _Reference, d: Claim, candidates: list[Claim]) -> ClaimCheck:
    tolerance = ref.ctx.rules.same_day_tolerance
    support, against = [], []
    for s in (c for c in candidates if c.kind == "time" and c.value.get("granularity", "day") == "day"):
        if d.value.get("start") and s.value.get("start"):
            gap = abs((date.fromisoformat(d.value["start"]) - date.fromisoformat(s.value["start"])).days)
            (support if gap <= tolerance else against).append(s)
        elif _weekday(d) and _weekday(s):
            (support if _weekday(d) == _weekday(s) else against).append(s)
        elif fold_phrase(str(d.value.get("original") or d.text)) == fold_phrase(str(s.value.get("original") or s.text)):
            support.append(s)
    if support:
        return _check(ref, d, "supported", f"{_origins(ref, support)} independent source(s) give the same day: "
                      f"{_listed(support)}.", support, against)
    if against:
        return _check(ref, d, "contradicted", f"Sources give another day for this event: {_listed(against)}.",
                      (), against)
    return _check(ref, d, "unsupported", "No source dates this event this way.")


def _check_method(ref: _Reference, d: Claim, candidates: list[Claim]) -> ClaimCheck:
    rules = ref.ctx.rules
    methods = [c for c in candidates if c.kind == "method"]
    support = [c for c in methods if rules.methods_compatible(d.value["method"], c.value["method"])]
    against = [c for c in methods if c not in support]
    if support:
        return _check(ref, d, "supported", f"{_origins(ref, support)} independent source(s) describe a compatible "
                      f"method: {_listed(support)}.", support, against)
    if against:
        return _check(ref, d, "contradicted", f"Sources describe an incompatible method: {_listed(against)}.",
                      (), against)
    return _check(ref, d, "unsupported", "No source says how this event was carried out.")


def _check_attribution(ref: _Reference, d: Claim, candidates: list[Claim]) -> ClaimCheck:
    rules = ref.ctx.rules
    positive = ("asserted", "blamed", "suspected")
    actor, stance = d.value["actor"], d.value["stance"]
    found = [c for c in candidates if c.kind == "attribution"]
    support = [c for c in found if c.value["actor"] == actor
               and frozenset((stance, c.value["stance"])) not in rules.stance_contradicts]
    against = [c for c in found if c.value["actor"] == actor and c not in support]
    if stance in positive:   # a source that blames only someone else names another perpetrator
        by_origin: dict[str, list[Claim]] = defaultdict(list)
        for c in found:
            if c.value["stance"] in ("asserted", "blamed"):
                by_origin[ref.origin(c)].append(c)
        against += [c for group in by_origin.values() if all(x.value["actor"] != actor for x in group) for c in group]
    if support:
        return _check(ref, d, "supported", f"{_origins(ref, support)} independent source(s) attribute it the same "
                      f"way: {_listed(support)}.", support, against)
    if against:
        return _check(ref, d, "contradicted", f"Sources attribute it otherwise or report a denial: "
                      f"{_listed(against)}.", (), against)
    return _check(ref, d, "unsupported", f"No source says who was responsible ({actor}, {stance}).")


def _spelling(text: str, rules: RuleSet) -> str:
    return " ".join(strip_title(text, rules)[1].split())


def _check_person(ref: _Reference, d: Claim) -> ClaimCheck:
    rules = ref.ctx.rules
    key = str(d.value.get("key") or name_key(d.text, rules))
    best, score = None, 0.0
    for e in ref.entities:
        if e["kind"] != "person":
            continue
        s = same_person(key, e["key"], rules)
        if s < rules.name_match and key.split()[:1] == e["key"].split()[:1] and len(key.split()) > 1:
            s = fuzz.ratio(key, e["key"])   # a misspelt surname still names the person: "Maz" for "Maaz"
        if s > score:
            best, score = e, s
    written = _spelling(str(d.value.get("name") or d.text), rules)
    if best is None or score < rules.name_match:
        return _check(ref, d, "unsupported", f"No source names {written}.")
    mentions = [ref.by_id[v["claim"]] for v in best["variants"] if v["claim"] in ref.by_id]
    spellings = {_spelling(v["text"], rules) for v in best["variants"]}
    full: dict[str, set[str]] = defaultdict(set)
    for v, c in zip(best["variants"], mentions):
        if len(_spelling(v["text"], rules).split()) > 1:
            full[_spelling(v["text"], rules)].add(ref.origin(c))
    usual = sorted(full.items(), key=lambda kv: (-len(kv[1]), -len(kv[0].split()), kv[0]))
    suggestion = usual[0][0] if usual else best["name"]
    same = [c for c in mentions if _spelling(c.text, rules) == written]
    surname_only = len(written.split()) == 1 and any(s.split()[-1] == written for s in spellings)
    if written in spellings or surname_only:
        support = same or [c for c in mentions if _spelling(c.text, rules).split()[-1] == written]
        return _check(ref, d, "supported", f"{_origins(ref, support)} independent source(s) spell it “{written}”.",
                      support)
    variants = "; ".join(f"“{s}” ({len(o)} source(s))" for s, o in usual) or f"“{best['name']}”"
    return _check(ref, d, "spelling_differs", f"Sources spell this person {variants}; most use “{suggestion}”.",
                  mentions, suggestion=suggestion)


def _check_named(ref: _Reference, d: Claim) -> ClaimCheck | None:
    """Organisations, places and facilities are checked only for spelling against the alias table
    and the corpus's entities: a near miss is reported, anything else is not an editor's concern."""
    rules = ref.ctx.rules
    form = fold_phrase(str(d.value.get("name") or d.text))
    table = rules.aliases.get(d.kind, {})
    known = dict(table)
    known.update({fold_phrase(v["text"]): e["name"] for e in ref.entities if e["kind"] == d.kind
                  for v in e["variants"]})
    if form in known or not known:
        return None
    near = max(known, key=lambda k: (fuzz.ratio(form, k), k))
    if fuzz.ratio(form, near) < rules.name_match:
        return None
    support = [ref.by_id[v["claim"]] for e in ref.entities if e["kind"] == d.kind for v in e["variants"]
               if fold_phrase(v["text"]) == near and v["claim"] in ref.by_id]
    return _check(ref, d, "spelling_differs", f"“{d.text}” is close to “{known[near]}”, spelled differently.",
                  support, suggestion=known[near])


def _quote_form(claim: Claim) -> str:
    return " ".join(fold_phrase(w) for w in "".join(
        ch if ch.isalnum() else " " for ch in str(claim.value.get("quote") or claim.text).lower()).split())


def _check_quote(ref: _Reference, d: Claim) -> ClaimCheck:
    rules = ref.ctx.rules
    form = _quote_form(d)
    scored = []
    for c in ref.claims:
        if c.kind != "quote":
            continue
        other = _quote_form(c)
        ratio, partial = fuzz.ratio(form, other), fuzz.partial_ratio(form, other)
        identical = ratio >= rules.quote_identical or (partial >= rules.quote_identical and min(len(form), len(other)) >= 20)
        scored.append((identical, max(ratio, partial), c))
    same = [c for identical, _, c in scored if identical]
    if same:
        return _check(ref, d, "supported", f"{_origins(ref, same)} independent source(s) quote it in these words.", same)
    close = sorted((x for x in scored if x[1] >= rules.quote_same and len(form.split()) >= rules.quote_min_words),
                   key=lambda x: (-x[1], x[2].doc))
    if close:
        source = close[0][2]
        return _check(ref, d, "altered_quote", f"The quotation is worded differently from the source "
                      f"({close[0][1]:.0f}% alike): “{source.value.get('quote') or source.text}” ({source.doc}).",
                      [c for _, _, c in close], suggestion=str(source.value.get("quote") or source.text))
    return _check(ref, d, "unsupported", "No source has this quotation.")


# --------------------------------------------------------------------------------------------
# The stage


def check_claims(draft_claims: Sequence[Claim], report: dict[str, Any], rules: RuleSet) -> list[ClaimCheck]:
    """The verdict on every draft claim an editor cares about, in text order."""
    ref = _Reference(report, rules)
    checks: list[ClaimCheck] = []
    sentences = _sentences(draft_claims)
    events = [s for s in sentences if _is_event_sentence(s)]
    own = {id(s): ref.candidates(s, rules) for s in events}
    pooled = {id(s): list(own[id(s)]) for s in events}
    adjacent = rules.event_weights.get("adjacent", 0)
    for a, b in zip(events, events[1:]):   # neighbouring sentences of the draft, as the cluster stage links them
        if sentences.index(b) - sentences.index(a) == 1 and _score(a, b, rules) + adjacent >= rules.link_threshold:
            pooled[id(a)] += own[id(b)]
            pooled[id(b)] += own[id(a)]
    for sentence in sentences:
        candidates = list({c.id: c for c in pooled.get(id(sentence), [])}.values())
        for d in sorted(sentence.claims, key=lambda c: (c.start, c.end)):
            result: ClaimCheck | None = None
            if d.kind == "count":
                result = _check_count(ref, d, candidates)
            elif d.kind == "time" and _is_event_sentence(sentence):
                result = _check_date(ref, d, candidates)
            elif d.kind == "method":
                result = _check_method(ref, d, candidates)
            elif d.kind == "attribution":
                result = _check_attribution(ref, d, candidates)
            elif d.kind == "person":
                result = _check_person(ref, d)
            elif d.kind == "quote":
                result = _check_quote(ref, d)
            elif d.kind in _NAMED:
                result = _check_named(ref, d)
            if result is not None:
                checks.append(result)
    return sorted(checks, key=lambda c: (c.claim.start, c.claim.end, c.claim.kind))


def check_draft(draft: Document, report: dict[str, Any], rules: RuleSet, nlp, *,
                corpus_paths: Sequence[str] = ()) -> CheckResult:
    """Extract the draft's claims with ``nlp`` and ``rules`` and check them against ``report``."""
    from .extract import extract_claims

    if draft.id in {d["id"] for d in report["documents"]}:
        draft = dataclasses.replace(draft, id=f"draft:{draft.id}")
    claims = list(extract_claims([draft], nlp, rules))
    warnings = []
    if report["rules"]["sha256"] != _rules_sha(rules):
        warnings.append("the corpus report was made with a different rule set; rerun `verify run` to compare like with like")
    corpus = {"paths": [str(p) for p in corpus_paths], "documents": len(report["documents"]),
              "claims": len(report["claims"]), "events": len(report["events"]),
              "rules_sha256": report["rules"]["sha256"]}
    rules_info = {"files": [Path(f).name for f in rules.files], "sha256": _rules_sha(rules)}
    return CheckResult(draft, tuple(check_claims(claims, report, rules)), corpus, rules_info, tuple(warnings))


def check_to_dict(result: CheckResult) -> dict[str, Any]:
    """The documented ``check.json`` (``verify/schema/check.schema.json``)."""
    d = result.draft
    claim_keys = ("id", "kind", "attribute", "text", "sentence", "start", "end", "sentence_start", "value",
                  "cited_source", "hedged", "hedge")
    return {
        "version": CHECK_VERSION,
        "draft": {"id": d.id, "path": d.path, "title": d.title, "sha256": d.sha256, "text": d.text},
        "corpus": result.corpus,
        "rules": result.rules,
        "summary": {"checked": len(result.checks), "verdicts": result.counts, "failed": result.failed},
        "checks": [
            {"claim": {k: getattr(c.claim, k) for k in claim_keys}, "verdict": c.verdict, "sources": c.sources,
             "summary": c.summary, "suggestion": c.suggestion,
             "support": [dataclasses.asdict(x) for x in c.support],
             "against": [dataclasses.asdict(x) for x in c.against]}
            for c in result.checks
        ],
        "warnings": list(result.warnings),
    }


def run_check(draft_path: str | Path, against: Sequence[str | Path], rules: RuleSet,
              out: str | Path | None = "reports", nlp=None) -> tuple[dict[str, Any], list[Path]]:
    """Read the draft, load or verify the corpus, check, and write check.json/.md/.html to ``out``
    (None: write nothing). Returns the check.json dict and the files written."""
    from .extract import load_nlp
    from .ingest import read_draft
    from .outputs import check_out_apart, check_out_dir
    from .report.check_render import write_check

    if out is not None:
        check_out_dir(out)
        if saved_report_path(against) is None:     # a corpus is read: --out may not be inside it
            check_out_apart(out, against)
    draft = read_draft(draft_path)          # a missing draft fails before the corpus is read
    nlp = nlp if nlp is not None else load_nlp(rules.model)
    report = load_reference(against, rules, nlp)
    result = check_to_dict(check_draft(draft, report, rules, nlp, corpus_paths=[str(p) for p in against]))
    return result, (write_check(result, out) if out is not None else [])
