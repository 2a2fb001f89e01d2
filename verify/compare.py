"""The compare stage: the rule set's verdicts on each attribute of each event.

For every rule in the YAML (``rules:``) the named check in ``CHECKS`` compares the claims of one
event (or one entity) made by *different independent sources* — copies of one story count once —
and returns findings: agree, compatible, conflict, variant, update, uncorroborated, altered_quote.
A rule reports only the verdicts its ``severity`` map lists, at that severity.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Callable, Iterable, Iterator, Sequence

from rapidfuzz import fuzz

from .cluster import Clustering
from .models import Claim, Document, Finding, stable_id
from .rules import Rule, RuleSet, fold_phrase

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}
VERDICT_ORDER = {"conflict": 0, "variant": 1, "altered_quote": 2, "compatible": 3, "update": 4,
                 "uncorroborated": 5, "agree": 6}


@dataclass(frozen=True)
class Context:
    """What every check may look at."""

    rules: RuleSet
    documents: dict[str, Document]
    copies: dict[str, str]
    claims: dict[str, Claim]
    clustering: Clustering
    labels: dict[str, str] = field(default_factory=dict)

    def origin(self, claim: Claim) -> str:
        return self.copies.get(claim.doc, claim.doc)

    def published(self, claim: Claim) -> str | None:
        return self.documents[claim.doc].published if claim.doc in self.documents else None

    def cite(self, claim: Claim) -> str:
        date = self.published(claim) or "no date"
        return f"“{claim.text}” ({claim.doc}, {date})"


Check = Callable[[Rule, Context], Iterator[Finding]]


def _finding(rule: Rule, verdict: str, attribute: str, claims: Iterable[Claim], summary: str,
             event: str | None = None, entity: str | None = None) -> Finding | None:
    severity = rule.severity.get(verdict)
    if severity is None:
        return None
    claims = sorted({c.id: c for c in claims}.values(), key=lambda c: c.id)
    ids = tuple(c.id for c in claims)
    return Finding(
        id=stable_id("f", rule.id, verdict, event, entity, attribute, *ids),
        event=event, entity=entity, attribute=attribute, verdict=verdict, severity=severity, rule=rule.id,
        summary=summary, claims=ids, documents=tuple(sorted({c.doc for c in claims})),
    )


def _by_event(ctx: Context, kinds: Sequence[str]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = defaultdict(list)
    for claim in ctx.clustering.claims:
        if claim.event is not None and claim.kind in kinds:
            out[claim.event].append(claim)
    return {k: out[k] for k in sorted(out)}


def _event_label(ctx: Context, event_id: str) -> str:
    return ctx.labels.get(event_id, event_id)


def _pairs(claims: list[Claim], ctx: Context) -> Iterator[tuple[Claim, Claim]]:
    for a, b in combinations(sorted(claims, key=lambda c: (c.doc, c.start)), 2):
        if ctx.origin(a) != ctx.origin(b):
            yield a, b


def _emit(rule: Rule, attribute: str, event: str | None, groups: dict[str, list[tuple[Claim, Claim]]],
          describe: Callable[[str, list[tuple[Claim, Claim]]], str], entity: str | None = None) -> Iterator[Finding]:
    for verdict in sorted(groups, key=lambda v: VERDICT_ORDER[v]):
        pairs = groups[verdict]
        finding = _finding(rule, verdict, attribute, [c for p in pairs for c in p], describe(verdict, pairs),
                           event=event, entity=entity)
        if finding is not None:
            yield finding


# --------------------------------------------------------------------------------------------
# Figures


def figure_interval(claim: Claim) -> tuple[float, float]:
    low = claim.value.get("low")
    high = claim.value.get("high")
    if claim.value.get("individual") and low:
        # "Maaz was killed", "a 25-year-old man was shot": at least one, not a toll of exactly one
        return float(low), float("inf")
    return float(low if low is not None else 0), float("inf") if high is None else float(high)


def _shown(claim: Claim) -> str:
    low, high = figure_interval(claim)
    low = int(low)
    span = f"{low}+" if high == float("inf") else (f"{low}" if low == high else f"{low}–{int(high)}")
    return f"“{claim.text}” [{span}]"


def figure_relation(a: Claim, b: Claim, ctx: Context) -> str:
    """agree, compatible, update or conflict for two figures of one attribute."""
    (al, ah), (bl, bh) = figure_interval(a), figure_interval(b)
    if (al, ah) == (bl, bh):
        return "agree"
    tol = ctx.rules.figure_tolerance
    if al <= bh * (1 + tol) and bl <= ah * (1 + tol):
        return "compatible"
    if ctx.rules.rising_toll_is_update and a.attribute in ctx.rules.update_attributes:
        pa, pb = ctx.published(a), ctx.published(b)
        if pa and pb and pa != pb:
            earlier, later = (a, b) if pa < pb else (b, a)
            if figure_interval(later)[0] > figure_interval(earlier)[1]:
                return "update"
    return "conflict"


def unit_class(claim: Claim) -> str:
    """What a figure counts, for comparison: people and civilians alike; a total over a period
    ("since April 22", "in six months") is never set against one incident's toll, nor against a
    total over another period: its class names the period's start (``period_start``: "people,
    total since 2016-04-22"), or its words when the start is unknown ("people, total in six months")."""
    unit = str(claim.value.get("unit") or "people")
    unit = "people" if unit in ("people", "civilians") else unit
    if not claim.value.get("period"):
        return unit
    start = claim.value.get("period_start")
    return f"{unit}, total since {start}" if start else f"{unit}, total {str(claim.value['period']).lower()}"


def same_unit_class(a: Claim, b: Claim) -> bool:
    """``unit_class`` alike, a start with no year stated ("since September") matching a start of
    that month with a year ("since September 2015")."""
    ua, ub = unit_class(a), unit_class(b)
    if ua == ub:
        return True
    for undated, dated in ((ua, ub), (ub, ua)):
        head, _, month = undated.partition(", total since --")
        if month and re.fullmatch(re.escape(head) + r", total since \d{4}-" + re.escape(month), dated):
            return True
    return False


def check_interval(rule: Rule, ctx: Context) -> Iterator[Finding]:
    hit = "facilities_hit" if "facilities_hit" in ctx.rules.count_words else None
    for event, claims in _by_event(ctx, rule.kinds).items():
        by_attr: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for c in claims:
            if c.kind == "count" and not c.value.get("part") and not c.value.get("earlier_of") \
                    and c.value.get("low") is not None:   # an earlier figure a source says was replaced is no current toll
                # "attacks on 27 hospitals" counts the hospitals hit, as "27 hospitals were targeted" does
                facilities = hit is not None and c.attribute == "attacks" and c.value.get("unit") in ctx.rules.facility_subjects
                by_attr[(hit if facilities else c.attribute, unit_class(c))].append(c)
        # A start with no year stated ("since September", undated report) is the event's one start
        # of that month with a year ("since September 2015"), when it has exactly one.
        for attribute, unit in [k for k in by_attr if ", total since --" in k[1]]:
            head, _, start = unit.partition(", total since --")
            dated = [k for k in by_attr if k[0] == attribute and re.fullmatch(
                re.escape(head) + r", total since \d{4}-" + re.escape(start), k[1])]
            if len(dated) == 1:
                by_attr[dated[0]].extend(by_attr.pop((attribute, unit)))
        for (attribute, unit), group in sorted(by_attr.items()):
            if any(not c.value.get("individual") for c in group):
                # "Maaz was killed" names one victim among many: it is not a toll to set against one
                group = [c for c in group if not c.value.get("individual")]
            verdicts: dict[str, list[tuple[Claim, Claim]]] = defaultdict(list)
            for a, b in _pairs(group, ctx):
                verdicts[figure_relation(a, b, ctx)].append((a, b))
            label = _event_label(ctx, event)
            what = attribute if unit == "people" else f"{attribute} ({unit})"

            def describe(verdict: str, pairs: list[tuple[Claim, Claim]], what=what, label=label) -> str:
                a, b = pairs[0]
                more = f" and {len(pairs) - 1} more pair(s)" if len(pairs) > 1 else ""
                if verdict == "agree":
                    return f"Sources agree on {what} in {label}: {_shown(a)}{more}."
                if verdict == "compatible":
                    return (f"Figures for {what} in {label} overlap but differ in precision: "
                            f"{_shown(a)} in {a.doc} vs {_shown(b)} in {b.doc}{more}.")
                if verdict == "update":
                    early, late = sorted((a, b), key=lambda c: ctx.published(c) or "")
                    return (f"The figure for {what} in {label} rose from {_shown(early)} ({early.doc}, "
                            f"{ctx.published(early)}) to {_shown(late)} ({late.doc}, {ctx.published(late)}): "
                            f"a later report revises it{more}.")
                dates = "" if ctx.published(a) and ctx.published(b) else \
                    " (publication dates unknown, so this cannot be told apart from a later revision)"
                return (f"Figures for {what} in {label} contradict each other: {_shown(a)} in {a.doc} "
                        f"vs {_shown(b)} in {b.doc}{dates}{more}.")

            yield from _emit(rule, attribute, event, verdicts, describe)


# --------------------------------------------------------------------------------------------
# Names


def _spelling(claim: Claim) -> str:
    return " ".join(str(claim.value.get("name") or claim.text).split())


def check_name_variant(rule: Rule, ctx: Context) -> Iterator[Finding]:
    claims = ctx.claims
    for entity in ctx.clustering.entities:
        if entity.kind not in rule.kinds:
            continue
        members = [claims[v.claim] for v in entity.variants if v.claim in claims]
        longest = max((len(_spelling(c).split()) for c in members), default=0)
        full = [c for c in members if len(_spelling(c).split()) > 1 or longest == 1]
        forms: dict[str, list[Claim]] = defaultdict(list)
        for c in full:
            forms[fold_phrase(_spelling(c))].append(c)
        if len(forms) < 2 or len({c.doc for c in full}) < 2:
            continue
        if entity.kind != "person" and all(ctx.rules.aliases.get(entity.kind, {}).get(f) for f in forms):
            continue  # declared aliases ("MSF", "Doctors Without Borders") are not misspellings
        spellings = sorted({_spelling(c) for c in full})
        events = {c.event for c in full}
        docs = defaultdict(set)
        for c in full:
            docs[_spelling(c)].add(c.doc)
        listed = "; ".join(f"“{s}” ({', '.join(sorted(docs[s]))})" for s in spellings)
        summary = f"One {entity.kind} is spelled {len(spellings)} ways across sources: {listed}."
        finding = _finding(rule, "variant", "name", full, summary,
                           event=events.pop() if len(events) == 1 else None, entity=entity.id)
        if finding is not None:
            yield finding


# --------------------------------------------------------------------------------------------
# Methods, dates, attribution


def check_method(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for event, claims in _by_event(ctx, rule.kinds).items():
        methods = [c for c in claims if c.kind == "method"]
        verdicts: dict[str, list[tuple[Claim, Claim]]] = defaultdict(list)
        for a, b in _pairs(methods, ctx):
            ma, mb = a.value["method"], b.value["method"]
            verdict = "agree" if ma == mb else ("compatible" if ctx.rules.methods_compatible(ma, mb) else "conflict")
            verdicts[verdict].append((a, b))
        label = _event_label(ctx, event)

        def describe(verdict: str, pairs, label=label) -> str:
            a, b = next(((x, y) for x, y in pairs if x.value["method"] != y.value["method"]), pairs[0])
            if verdict == "conflict":
                return (f"Sources disagree on how {label} was carried out: {ctx.cite(a)} "
                        f"({a.value['method'].replace('_', ' ')}) vs {ctx.cite(b)} ({b.value['method'].replace('_', ' ')}).")
            if verdict == "compatible":
                return f"Methods given for {label} are compatible but differ in detail: {ctx.cite(a)} vs {ctx.cite(b)}."
            return f"Sources agree on the method in {label}: {a.value['method'].replace('_', ' ')}."

        yield from _emit(rule, "method", event, verdicts, describe)


def check_date(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for event, claims in _by_event(ctx, rule.kinds).items():
        days = [c for c in claims if c.kind == "time" and c.value.get("granularity") == "day" and c.value.get("start")]
        verdicts: dict[str, list[tuple[Claim, Claim]]] = defaultdict(list)
        from datetime import date as _date
        for a, b in _pairs(days, ctx):
            gap = abs((_date.fromisoformat(a.value["start"]) - _date.fromisoformat(b.value["start"])).days)
            verdicts["agree" if gap <= ctx.rules.same_day_tolerance else "conflict"].append((a, b))
        label = _event_label(ctx, event)

        def describe(verdict: str, pairs, label=label) -> str:
            a, b = pairs[0]
            if verdict == "conflict":
                return (f"Sources give different days for {label}: {ctx.cite(a)} = {a.value['start']} "
                        f"vs {ctx.cite(b)} = {b.value['start']}.")
            return f"Sources agree on the day of {label}: {a.value['start']}."

        yield from _emit(rule, "date", event, verdicts, describe)


def check_attribution(rule: Rule, ctx: Context) -> Iterator[Finding]:
    contradicts = ctx.rules.stance_contradicts
    for event, claims in _by_event(ctx, rule.kinds).items():
        found = [c for c in claims if c.kind == "attribution"]
        verdicts: dict[str, list[tuple[Claim, Claim]]] = defaultdict(list)
        for a, b in _pairs(found, ctx):
            if a.value["actor"] != b.value["actor"]:
                continue
            pair = frozenset((a.value["stance"], b.value["stance"]))
            if pair in contradicts:
                verdicts["conflict"].append((a, b))
            elif a.value["stance"] == b.value["stance"]:
                verdicts["agree"].append((a, b))
        # different perpetrators: one source asserts only X, another only Y
        asserted: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for c in found:
            if c.value["stance"] in ("asserted", "blamed"):
                asserted[ctx.origin(c)][c.value["actor"]].append(c)
        for oa, ob in combinations(sorted(asserted), 2):
            if not set(asserted[oa]) & set(asserted[ob]):
                verdicts["conflict"].append((asserted[oa][sorted(asserted[oa])[0]][0],
                                             asserted[ob][sorted(asserted[ob])[0]][0]))
        label = _event_label(ctx, event)

        def describe(verdict: str, pairs, label=label) -> str:
            a, b = pairs[0]
            if verdict == "conflict":
                return (f"Responsibility for {label} is disputed: {a.doc} has {a.value['actor']} "
                        f"{a.value['stance']} ({ctx.cite(a)}), {b.doc} has {b.value['actor']} {b.value['stance']} "
                        f"({ctx.cite(b)}).")
            return f"Sources agree that {a.value['actor']} is {a.value['stance']} for {label}."

        yield from _emit(rule, "perpetrator", event, verdicts, describe)


# --------------------------------------------------------------------------------------------
# Quotes


def _quote_form(claim: Claim) -> str:
    return " ".join(_WORD.findall(str(claim.value.get("quote") or claim.text).lower()))


def check_quote(rule: Rule, ctx: Context) -> Iterator[Finding]:
    """Quotations from different sources that share at least two words of five letters or more
    (each in at most ``_MAX_QUOTE_POSTING`` quotations) and are at least ``quote_same`` alike:
    ``agree`` when worded the same, else ``altered_quote``.

    One finding per wording carried by several sources (``agree``: every claim worded so), and one
    per pair of wordings (``altered_quote``: every claim of either wording with a counterpart from
    another source), so a quotation forty outlets carry is one finding that cites all forty, not
    780 pairs, and no claim of a flagged pair is left out. Claims worded the same are grouped first,
    so similarity is computed once per pair of distinct wordings. The blocking limit counts
    quotations, not wordings: counting wordings would let a quotation carried by more outlets
    through, but blocks on words common to many quotations would then cost more than the check
    itself (measured on the 4x corpus)."""
    quotes = [c for c in ctx.clustering.claims if c.kind == "quote"
              and len(_quote_form(c).split()) >= ctx.rules.quote_min_words]
    forms = [_quote_form(c) for c in quotes]
    members: dict[str, list[int]] = defaultdict(list)     # wording -> its claims, in claim order
    for i, form in enumerate(forms):
        members[form].append(i)
    distinct = list(members)
    index: dict[str, list[int]] = defaultdict(list)
    quotations: dict[str, int] = defaultdict(int)
    for n, form in enumerate(distinct):
        for word in set(form.split()):
            if len(word) >= 5:
                index[word].append(n)
                quotations[word] += len(members[form])
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for word, posting in index.items():
        if quotations[word] <= _MAX_QUOTE_POSTING:   # a word in more quotations is too common to block on
            for x, n in enumerate(posting):
                shared[(n, n)] += 1                   # two claims worded the same share all its words
                for m in posting[x + 1:]:
                    shared[(n, m)] += 1
    judged: dict[tuple[int, int], tuple[str, float] | None] = {}

    def judge(n: int, m: int) -> tuple[str, float] | None:
        if (n, m) not in judged:
            a, b = distinct[n], distinct[m]
            same, identical = ctx.rules.quote_same, ctx.rules.quote_identical
            similarity = fuzz.ratio(a, b)
            # partial_ratio is the costly score; with a cutoff it returns 0 below it, exact above
            partial = 0.0 if similarity >= identical else \
                fuzz.partial_ratio(a, b, score_cutoff=identical if similarity >= same else same)
            if max(similarity, partial) < same:
                judged[(n, m)] = None
            elif similarity >= identical or (partial >= identical and min(len(a), len(b)) >= 20):
                judged[(n, m)] = ("agree", similarity)
            else:
                judged[(n, m)] = ("altered_quote", similarity)
        return judged[(n, m)]

    for n, m in sorted(shared):
        if shared[(n, m)] < 2:
            continue
        left, right = members[distinct[n]], members[distinct[m]]
        origins_left = {ctx.origin(quotes[i]) for i in left}
        origins_right = origins_left if n == m else {ctx.origin(quotes[i]) for i in right}
        if len(origins_left | origins_right) < 2:
            continue     # every claim of both wordings comes from one source
        judgement = judge(n, m)
        if judgement is None or judgement[0] not in rule.severity:
            continue
        # The claims with a counterpart from another source: on both sides, in claim order.
        involved = sorted({i for i in left if origins_right - {ctx.origin(quotes[i])}}
                          | {j for j in right if origins_left - {ctx.origin(quotes[j])}})
        claims = [quotes[i] for i in involved]
        verdict, similarity = judgement
        first = claims[0]
        if verdict == "agree":
            others = sorted({ctx.origin(c) for c in claims} - {ctx.origin(first)})
            shown = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
            summary = (f"The quotation {ctx.cite(first)} is worded the same by {len(others)} other "
                       f"independent source(s): {shown}.")
        else:
            on_left = set(left)
            a = quotes[next(i for i in involved if i in on_left)]
            b = quotes[next(j for j in involved if j not in on_left)] if n != m else a
            more = len(claims) - 2
            summary = (f"The same quotation is worded differently: {ctx.cite(a)} vs {ctx.cite(b)} "
                       f"({similarity:.0f}% alike)" + (f"; {more} more quotation(s) worded as one of these" if more > 0 else "")
                       + ".")
        events = {c.event for c in claims}
        finding = _finding(rule, verdict, "quote", claims, summary, event=events.pop() if len(events) == 1 else None)
        if finding is not None:
            yield finding
    yield from _paraphrased_quotes(rule, ctx, quotes, forms)


_MAX_QUOTE_POSTING = 50
_MAX_SENTENCE_POSTING = 50
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_WORD = re.compile(r"\w+")


def _paraphrased_quotes(rule: Rule, ctx: Context, quotes: list[Claim], forms: list[str]) -> Iterator[Finding]:
    """Quotations whose words another source gives *without* quotation marks: one of the two
    presents reported speech as a direct quotation (or drops the marks from one). The sentences
    alike enough are looked up once per wording; only the origins are checked per claim."""
    if "altered_quote" not in rule.severity:
        return
    sentences: dict[tuple[str, int], Claim] = {}
    for claim in ctx.clustering.claims:
        if claim.kind != "quote":
            sentences.setdefault((claim.doc, claim.sentence_start), claim)
    plain = {key: " ".join(_WORD.findall(_QUOTED.sub(" ", c.sentence).lower())) for key, c in sentences.items()}
    index: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for key in sorted(plain):
        for word in set(plain[key].split()):
            if len(word) >= 5:
                index[word].append(key)
    alike: dict[str, list[tuple[tuple[str, int], float]]] = {}

    def unquoted(form: str) -> list[tuple[tuple[str, int], float]]:
        long_words = {w for w in form.split() if len(w) >= 5}
        if len(long_words) < 3:
            return []
        shared: dict[tuple[str, int], int] = defaultdict(int)
        for word in long_words:
            posting = index.get(word, ())
            if len(posting) <= _MAX_SENTENCE_POSTING:
                for key in posting:
                    shared[key] += 1
        out = []
        for key, count in sorted(shared.items()):
            if count < max(3, len(long_words) // 2):
                continue
            score = fuzz.partial_ratio(form, plain[key], score_cutoff=ctx.rules.quote_paraphrase)
            if score >= ctx.rules.quote_paraphrase:
                out.append((key, score))
        return out

    for quote, form in zip(quotes, forms):
        if form not in alike:
            alike[form] = unquoted(form)
        for key, score in alike[form]:
            holder = sentences[key]
            if ctx.origin(holder) == ctx.origin(quote):
                continue
            summary = (f"{quote.doc} quotes {ctx.cite(quote)} as direct speech, but {holder.doc} gives these "
                       f"words without quotation marks ({score:.0f}% alike): “{holder.sentence.strip()}”.")
            finding = _finding(rule, "altered_quote", "quote", [quote, holder], summary,
                               event=quote.event if quote.event == holder.event else None)
            if finding is not None:
                yield finding



# --------------------------------------------------------------------------------------------
# Corroboration


def _fact(claim: Claim) -> str:
    if claim.kind == "attribution":
        return f"perpetrator:{claim.value.get('actor')}"
    if claim.kind == "method":
        return f"method:{claim.value.get('method')}"
    return f"{claim.attribute}:{unit_class(claim)}" if claim.kind == "count" else claim.attribute


def check_corroboration(rule: Rule, ctx: Context) -> Iterator[Finding]:
    need = ctx.rules.min_sources
    for event, claims in _by_event(ctx, rule.kinds).items():
        facts: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            if c.kind == "count" and (c.value.get("part") or c.attribute not in ctx.rules.update_attributes
                                      and c.attribute not in ("attacks", "facilities_hit")):
                continue
            facts[_fact(c)].append(c)
        label = _event_label(ctx, event)
        for fact, group in sorted(facts.items()):
            origins = {ctx.origin(c) for c in group}
            if len(origins) >= need:
                continue
            what = fact.split(":", 1)[1].replace("_", " ") if fact.startswith(("perpetrator", "method")) else fact.split(":")[0]
            kind = fact.split(":", 1)[0]
            shown = ", ".join(ctx.cite(c) for c in group[:3])
            summary = (f"Only {len(origins)} independent source states the {kind} "
                       f"{'“' + what + '” ' if kind in ('perpetrator', 'method') else ''}for {label}: {shown}.")
            finding = _finding(rule, "uncorroborated", kind, group, summary, event=event)
            if finding is not None:
                yield finding


CHECKS: dict[str, Check] = {
    "interval": check_interval,
    "name_variant": check_name_variant,
    "method": check_method,
    "date": check_date,
    "attribution": check_attribution,
    "quote": check_quote,
    "corroboration": check_corroboration,
}


def apply_rules(documents: Sequence[Document], clustering: Clustering, rules: RuleSet) -> list[Finding]:
    """Every finding of every rule, most urgent first (severity, verdict, id)."""
    ctx = Context(rules, {d.id: d for d in documents}, clustering.copies,
                  {c.id: c for c in clustering.claims}, clustering, {e.id: e.label for e in clustering.events})
    findings: dict[str, Finding] = {}
    for rule in rules.rules:
        for finding in CHECKS[rule.check](rule, ctx):
            findings.setdefault(finding.id, finding)
    return sorted(findings.values(), key=lambda f: (SEVERITY_ORDER[f.severity], VERDICT_ORDER[f.verdict], f.id))
