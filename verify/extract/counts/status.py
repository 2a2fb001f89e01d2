"""Counts, the status of a figure: reported, or something less — or other — than a reported toll.

* ``projected``: "the toll could reach 5,000", "is expected to rise to 300";
* ``hypothetical``: "speculation that more than 100 could have died";
* ``presumed``: "79 people are feared dead", "80 people are now thought to have died";
* ``denied``: "the ministry denied that 500 were killed";
* ``earlier``: a figure the sentence itself says was replaced — "up from 12", "fallen from 80 to
  71" (80), "the earlier figure for the wounded had been 5,000";
* ``increment``: a change, not a level — "jumped by more than 3,000", "three more bodies"; and
  ``decrement``, a fall — "52 fewer than first announced", "a drop of 12";
* ``tally``: a count over several happenings — "seven dead and 14 hurt in 17 shootings across the city";
* ``witnessed``: what one witness says they saw — "she said she saw two bodies near the gate".
* ``unconfirmed``: said not to be confirmed — "unconfirmed rumours that more than 100 died";
* ``claimed``: a party's claim of its own killings — "the militants said they had killed 137
  hostages": theirs to prove, never set against the toll.
* ``excess``: deaths above the usual for the time, of every cause — "an estimated 1,200 excess
  deaths", "1,200 more deaths than expected": another measure than the toll.
Word lists and patterns come from ``figures.status``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...rules import RuleSet
from ..sources import figure_owner, past_a_semicolon
from .compose import rejected
from .figures import Figure, is_number
from .roles import verb_of
from .scope import beyond_a_place, died_at, reports, shared_modifiers

_MODALS = ("could", "can", "may", "might", "would", "will")


def _running_total(sent: Span, rules: RuleSet) -> bool:
    """The sentence gives the new total the figure adds to: "another ten ..., taking the number
    being treated to 74", "bringing the toll to 31" (``figures.status.taking``)."""
    return any(
        t.lemma_.lower() in rules.figures.status.taking
        and any(c.lower_ == "to" and any(_numeral(g) for g in c.children) for c in t.subtree if c.dep_ == "prep")
        for t in sent
    )


def _numeral(token: Token) -> bool:
    """A number, or a noun counted by one ("to 79", "to at least 79 people")."""
    return token.like_num or any(c.dep_ == "nummod" and c.like_num for c in token.children)


def _chain(token: Token, limit: int = 5) -> list[Token]:
    out, here = [token], token
    while here.head.i != here.i and len(out) <= limit:
        here = here.head
        out.append(here)
    return out


def _over_incidents(figure: Figure, node: Token, rules: RuleSet) -> bool:
    """The figure counts over several happenings: "left seven people dead and 14 others hurt in 17
    shootings across the city", "killed 40 in three attacks" — a tally, not one incident's toll."""

    verb = node.head
    while verb.pos_ not in ("VERB", "AUX", "ADJ") and verb.head.i != verb.i:
        verb = verb.head
    holders = [verb, *(c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp"))]
    for holder in [*holders, *_coordinated_after(figure, node)]:
        for prep in [*holder.children, *shared_modifiers(holder)]:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "across", "from"):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.i != node.i):
                if obj.tag_ == "NNS" and obj.lemma_.lower() in rules.happening_words:
                    counts = [c for c in obj.children if c.dep_ == "nummod" and c.like_num]
                    if counts and counts[0].lower_ not in ("one", "1"):
                        return True
                    if any(c.dep_ == "det" and c.lower_ in ("those", "these", "all") for c in obj.children):
                        return True  # "injured in those shootings": the ones the text has been counting
    return False


def _caused_by_incidents(node: Token, rules: RuleSet) -> bool:
    """The figure counts what happenings the text counts caused: its noun, or its verb's subject,
    is "caused by" them ("deaths caused by the 25 attacks"), or by a plural pronoun standing for
    such happenings before it ("militant attacks increased from 14 to 25, and deaths caused by them
    rose from 20 to 131") — a tally over many incidents, not one incident's toll. Happenings not
    counted ("injured by the explosions", "killed by the earthquakes") may be one event's."""
    verb = node.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    nouns = [node, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
    for noun in nouns:
        for clause in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in rules.figures.status.caused):
            for agent in (c for c in clause.children if c.dep_ == "agent"):
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    if obj.pos_ == "PRON" and "Plur" in obj.morph.get("Number", []):
                        told = [t for t in node.sent if t.i < obj.i and _happenings(t, rules)]
                        if told and _counted(told[-1]):
                            return True
                    elif _happenings(obj, rules) and _counted(obj):
                        return True
    return False


def _happenings(token: Token, rules: RuleSet) -> bool:
    return token.tag_ == "NNS" and token.lemma_.lower() in rules.happening_words


def _counted(noun: Token) -> bool:
    """True when the text counts the happenings a plural noun names: a number on it ("25 attacks"),
    or figures on the verb it is the subject of ("attacks increased from 14 to 25")."""
    if any(c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1") for c in noun.children):
        return True
    return noun.dep_ == "nsubj" and any(t.like_num for c in noun.head.children if c.dep_ == "prep" for t in c.subtree)


def _coordinated_after(figure: Figure, node: Token) -> list[Token]:
    """The clause joined to the figure's by "and" right after it ("seven people dead and 14 others
    hurt in 17 shootings"): what modifies that clause is said of both. The parse often hangs the
    second clause elsewhere, so it is found in the words: "and", at most two words after the
    figure, then a clause whose subject is a number."""
    doc = node.doc
    end = (figure.noun or figure.node).i
    for t in doc[end + 1 : min(end + 4, len(doc))]:
        if t.lower_ == "and":
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if after is None or not after.like_num:
                return []
            head = after.head
            while head.dep_ in ("nummod", "compound", "amod") and head.head.i != head.i:
                head = head.head
            return [head.head] if head.dep_ in ("nsubj", "nsubjpass") else []
    return []


def _told_sight(verb: Token, rules: RuleSet) -> bool:
    """A verb of seeing (``figures.status.witnessed``) in what someone says they saw ("a nurse said
    she saw two bodies"): a witness's account, not a count of the dead ("deputies saw two bodies on
    the floor" tells what was found)."""
    if verb.lemma_.lower() not in rules.figures.witnessed:
        return False
    cues = rules.sourcing.cue_verbs
    return verb.dep_ == "ccomp" and (verb.head.lower_ in cues or verb.head.lemma_.lower() in cues)


def _after_to(number: Token, prep: Token) -> bool:
    """ "rose from seven to 11", parsed as one phrase under "from" ("seven to" a modifier of 11):
    the number after "to" is the new figure, not the earlier one."""
    return any(t.lower_ == "to" for t in number.doc[prep.i + 1 : number.i])


_RATE_DETERMINERS = ("every", "each", "a", "per")


def _per_period(verb: Token, rules: RuleSet) -> bool:
    """Whether the verb counts per a stretch of time (``figures.status.rate_periods``): "die every
    year", "are killed each year", "die a year", "per year"."""
    periods = rules.figures.status.rate_periods
    for c in verb.children:
        if c.dep_ in ("npadvmod", "obl", "advmod", "dobj") and c.lemma_.lower() in periods:
            if any(d.dep_ != "det" for d in c.children):
                continue  # "a week after the cyclone struck", "a year ago": a point in time, no rate
            if any(d.dep_ == "det" and d.lower_ in _RATE_DETERMINERS for d in c.children):
                return True
        if c.dep_ == "prep" and c.lower_ == "per":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in periods for o in c.children):
                return True
    return False


def _excess(figure: Figure, node: Token, sent: Span, rules: RuleSet) -> bool:
    """The figure counts deaths above the usual (``figures.status.excess``): a word on its noun
    ("1,200 excess deaths"), or "more" right after the number with "than" and a word of the usual
    after it in the sentence ("1,200 more deaths were registered than expected"; "1,200 more
    than the 300 of last week" is no excess)."""
    words = rules.figures.status
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in words.excess for c in node.children):
        return True
    doc = sent.doc
    more = next(
        (
            t
            for t in doc[figure.first + 1 : min(figure.last + 2, sent.end)]
            if t.lower_ == "more" and doc[t.i - 1].like_num
        ),
        None,
    )
    if more is None:
        return False
    return any(
        t.lower_ == "than"
        and (
            any(w.lower_ in words.excess_than for w in doc[t.i + 1 : min(t.i + 3, sent.end)])
            or _other_years(doc[t.i + 1 : sent.end], words.excess_than_periods)
        )
        for t in doc[more.i + 1 : sent.end]
    )


def _other_years(after: Span, periods: tuple[str, ...]) -> bool:
    """The words after a "than", up to the clause's end, name the same stretch of time in other
    years ("than in the same period of the previous year"; ``figures.status.excess_than_periods``)
    and no number of their own ("than the 300 of last week" compares with a figure)."""
    words: list[str] = []
    for t in after:
        if t.is_punct:
            break
        if t.like_num:
            return False
        words.append(t.lower_)
    text = " ".join(words)
    return any(re.search(rf"\b{re.escape(p.lower())}\b", text) for p in periods)


def _noun_in(figure: Figure, words: frozenset[str]) -> bool:
    """The figure's counted noun, as written or as its lemma, is one of ``words``."""
    noun = figure.noun
    return noun is not None and (noun.lower_ in words or noun.lemma_.lower() in words)


def _stepwise(figure: Figure, rules: RuleSet) -> bool:
    """The figure counts what is found batch after batch (``figures.status.stepwise``: bodies, remains)."""
    return _noun_in(figure, rules.figures.status.stepwise)


def _followed_by_another(node: Token, another: frozenset[str]) -> bool:
    """A conjunct of the figure's noun, or of the verb it is the subject or object of, is "another"
    number ("two bodies were found overnight and another two on Sunday morning"): the figure is the
    first of the batches the sentence adds up, no total."""
    heads = [node]
    if node.dep_ in ("nsubj", "nsubjpass", "dobj") and node.head.pos_ in ("VERB", "AUX"):
        heads.append(node.head)
    return any(
        c.dep_ == "conj" and c.i > node.i and any(g.dep_ == "det" and g.lower_ in another for g in c.children)
        for h in heads
        for c in h.children
    )


def wished_for(figure: Figure, rules: RuleSet) -> bool:
    """A figure in a clause a verb of wishing governs (``figures.status.wished``): "I am hoping
    that there will be no more fatalities" hopes for nought, it counts none."""
    verb = next((t for t in _chain(figure.noun or figure.node) if t.pos_ in ("VERB", "AUX")), None)
    return (
        verb is not None
        and verb.dep_ == "ccomp"
        and bool({verb.head.lemma_.lower(), verb.head.lower_} & rules.figures.status.wished)
    )


def _toll_noun(figure: Figure, rules: RuleSet) -> bool:
    """The figure's noun names the toll itself (``figures.status.counted_nouns``: deaths, fatalities)."""
    return _noun_in(figure, rules.figures.status.counted_nouns)


def _told_of_a_place(sent: Span, rules: RuleSet) -> bool:
    """The sentence puts a figure in a named place or an area (``figures.status.place_preps``):
    "a further 1,293 deaths are reported in Syria", "plus another 1,262 deaths in the
    government-controlled parts" — more deaths of another place beside the first, no increment."""
    areas = rules.figures.areas
    return any(
        t.dep_ == "pobj"
        and t.head.lower_ in rules.figures.status.place_preps
        and (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC") or t.lower_ in areas.nouns)
        for t in sent
    )


def _first_telling(clause: Token, rules: RuleSet) -> bool:
    """``clause`` is a "when" clause of the first telling of a count ("When the tally of the missing
    was first announced, it stood at 159"): a reporting verb with an adverb of
    ``figures.status.earlier`` ("first", "initially"). The figure its main clause gives is the one
    said then, an earlier figure, whatever the page says now."""
    return (
        reports(clause, rules)
        and any(c.lower_ == "when" for c in clause.children if c.dep_ in ("advmod", "mark"))
        and any(c.dep_ == "advmod" and c.lower_ in rules.figures.status.earlier for c in clause.children)
    )


def _difference(figure: Figure, rules: RuleSet) -> str | None:
    """A figure that is the difference from one told before (``figures.status.difference_words``
    with a "than" clause holding a word of ``earlier``: "52 higher than previously announced";
    the value of a ``difference_nouns`` noun: "an increase of 52"), no level of the count: an
    ``increment``, or a ``decrement`` for the words of a fall (``decrease_words``, ``decrease_nouns``:
    "52 fewer than first announced", "a drop of 12")."""
    status = rules.figures.status
    number, node = figure.node, figure.noun or figure.node
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        lemma = node.head.head.lemma_.lower()
        if lemma in status.difference_nouns:
            return "increment"
        if lemma in status.decrease_nouns:
            return "decrement"
    word = number.head
    if number.dep_ not in ("npadvmod", "nummod", "quantmod", "amod") or word.i < number.i:
        return None
    if word.lower_ in status.difference_words:
        change = "increment"
    elif word.lower_ in status.decrease_words:
        change = "decrement"
    else:
        return None
    than = next((t for t in word.subtree if t.lower_ == "than" and t.i > word.i), None)
    told = than is not None and any(t.lower_ in status.earlier for t in word.subtree if t.i > than.i)
    return change if told else None


def _own_killing(figure: Figure, rules: RuleSet) -> bool:
    """The figure is what a party says it killed (``figures.status.own_kill_verbs``, the verb's
    subject one of ``own_kill_subjects``, its clause given by a reporting verb with a subject: "the
    militants said they had killed 137 hostages"): the party's claim, not a toll told of the
    happening."""
    status = rules.figures.status
    node = figure.noun or figure.node
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in status.own_kill_verbs:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in status.own_kill_subjects for c in verb.children):
        return False
    said = verb.head
    return (
        verb.dep_ == "ccomp"
        and said.i != verb.i
        and reports(said, rules)
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in said.children)
    )


def status_of(figure: Figure, sent: Span, rules: RuleSet) -> str:
    node = figure.noun or figure.node
    number = figure.node
    doc = sent.doc
    chain = _chain(node)
    status = rules.figures.status
    earlier_nouns = status.earlier_nouns
    if _excess(figure, node, sent, rules):
        return "excess"
    if _own_killing(figure, rules):
        return "claimed"  # "the militants said they had killed 137 hostages": their own claim
    if _over_incidents(figure, node, rules) or _caused_by_incidents(node, rules):
        return "tally"
    if rejected(figure):
        return "earlier"  # "the toll is 275 and not 288": the figure said before, corrected
    if node.dep_ == "dobj" and _told_sight(node.head, rules):
        return "witnessed"  # "she said she saw two bodies near the gate": one witness's sight
    # earlier: "up from 12", "from 80 to 71"; "the earlier figure ... had been 5,000"
    for t in _chain(number, 3):
        if t.dep_ == "pobj" and t.head.lower_ == "from" and not _after_to(number, t.head):
            above = t.head.head
            if above.lemma_.lower() in status.change_verbs or above.lower_ in ("up", "down"):
                return "earlier"
    # "added 12 deaths this morning to the 13 announced Sunday": the figure after "to" is the total
    # counted before, the verb's object the deaths put on top of it
    for t in _chain(number, 3):
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_.lower() in status.added_to:
            return "earlier"
    if (
        node.dep_ == "dobj"
        and node.head.lemma_.lower() in status.added_to
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in node.head.children)
    ):
        return "increment"
    holder = [t for t in chain[1:] if t.pos_ in ("VERB", "AUX")][:1]
    clause = holder[0] if holder else None
    for _ in range(2):
        # "the ministry initially said nine people were killed", "investigators had previously said
        # they believed about 50 people were dead": the saying a clause (or a belief in it) hangs from
        if clause is None or clause.dep_ != "ccomp" or clause.head.i == clause.i:
            break
        clause = clause.head
        if reports(clause, rules):
            holder.append(clause)
            break
    earlier = rules.figures.status.earlier
    for verb in holder:
        # (an auxiliary's adverbs are its predicate's: "Initially, 2,000 people were unaccounted for")
        said_on = [verb, verb.head] if verb.dep_ in ("aux", "auxpass") else [verb]
        adverbs = {c.lower_ for v in said_on for c in v.children if c.dep_ == "advmod"}
        if verb.dep_ == "conj":
            # an adverb opening the clauses joined is each one's ("Previously, there were 102
            # people accounted for and 99 people unaccounted for")
            # — one before the first clause's subject, not the first clause's own ("officials had
            # earlier announced 368, but later revised the figure down to 164": the 164 is no earlier)
            opening = min(
                (c.i for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), default=verb.head.i
            )
            adverbs |= {c.lower_ for c in verb.head.children if c.dep_ == "advmod" and c.i < opening}
        # (or the toll's own change told so: "the toll had earlier risen to 50", a step before the page's)
        pluperfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and (
            reports(verb, rules) or verb.lemma_.lower() in rules.figures.status.change_verbs
        )
        # "Earlier, OCHA said at least 11,300 people were dead": the adverb opening the sentence,
        # set off by a comma, on the saying itself
        fronted = reports(verb, rules) and any(
            c.dep_ == "advmod" and c.lower_ in earlier and c.i == sent.start and c.nbor().text == ","
            for c in verb.children
        )
        if (
            adverbs & rules.figures.status.earlier_alone
            or adverbs & earlier
            and (
                pluperfect  # "Earlier, health authorities had put the toll at 5,500"
                or fronted
                or any(t.like_num and t.lower_ not in earlier and not figure.first <= t.i <= figure.last for t in sent)
            )
        ):
            return "earlier"  # "the ministry, which first put the toll at seven, now says 11"
        if any(_first_telling(c, rules) for c in verb.children if c.dep_ == "advcl"):
            return "earlier"  # "When the tally was first announced, it stood at 159"
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                g.lower_ in earlier_nouns for g in child.children if g.dep_ in ("amod", "poss", "det", "compound")
            ):
                return "earlier"
        if verb.dep_ in ("acl", "ccomp") and any(
            g.dep_ == "amod" and g.lower_ in earlier_nouns for g in verb.head.children
        ):
            return "earlier"  # "correcting earlier reports that 12 Marines were killed"
    # increment: "jumped by more than 3,000", "three more bodies", "another 10"
    before = sent.doc[figure.first - 1] if figure.first - 1 >= sent.start else None
    if (
        before is not None
        and before.lower_ in status.last
        and before.i - 1 >= sent.start
        and sent.doc[before.i - 1].dep_ in ("det", "poss")
    ):
        return "increment"  # "the bodies of the last two miners were recovered": the final batch
    if number.dep_ == "pobj" and number.head.lower_ == "by" and number.head.head.lemma_.lower() in status.change_verbs:
        return "increment"
    if (change := _difference(figure, rules)) is not None:
        return change  # "769, 52 higher than previously announced", "an increase of 52", "a drop of 12"
    for t in sent.doc[max(sent.start, figure.first - 1) : min(figure.last + 2, sent.end)]:
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if (
            t.i < figure.first
            and t.lower_ not in status.another
            and not (t.lower_ in status.more_before and (_stepwise(figure, rules) or _toll_noun(figure, rules)))
        ):
            # only "another" stands before the number ("another ten"; "three more"), and "additional" or
            # "further" before bodies found batch after batch ("an additional 30 bodies"); "a further 324
            # people were injured", beside the dead, is the injured
            continue
        if t.lower_ in status.new and t.dep_ == "amod" and figure.noun is not None and t.head.i == figure.noun.i:
            return "increment"  # "five new deaths were recorded": deaths added to those counted before
        if (
            t.lower_ in status.more | status.another
            and (nxt is None or nxt.lower_ != "than")
            and t.i <= (figure.noun.i if figure.noun is not None else figure.node.i + 1)
        ):
            window = any(w.lower_ in status.windows for w in sent) or _running_total(sent, rules)
            stepwise = figure.noun is not None and t.i < figure.noun.i and _stepwise(figure, rules)
            alone = t.lower_ not in status.another
            # "another four deaths", "three additional deaths": more of the toll itself, whatever word
            counted = figure.noun is not None and t.i < figure.noun.i and _toll_noun(figure, rules)
            # "another three people injured in the fire died in hospital": the subject of dying
            counted = counted or (
                node.dep_ == "nsubj"
                and node.head.lemma_.lower() in status.died_verbs
                and t.i < node.head.i
                and not beyond_a_place(figure, rules)  # "another 30 people died outside the city": a part
            )
            # (but "checking whether three more deaths are storm-related" asks, adds nothing yet, and
            # "two more deaths were reported at St Ana Hospital" is that hospital's share: ``died_at``;
            # "a further 1,293 deaths are reported in Syria" another country's, beside the first)
            counted = counted and not (
                died_at(node, rules)
                or _told_of_a_place(sent, rules)
                or any(p.search(sent.text) for p in rules.figures.hypothetical)
                or any(c.dep_ == "mark" and c.lower_ in status.asked for v in _chain(node, 3) for c in v.children)
            )
            window = window or stepwise and alone or counted
            # "another" needs the new total or a time span: "another 31,777 were injured", beside
            # a death toll, is the injured beside the dead
            if window or alone and any(a.lemma_.lower() in status.change_verbs for a in _chain(node, 3)):
                return "increment"  # "three more bodies were recovered in 24 hours"
    if _stepwise(figure, rules) and _followed_by_another(node, status.another):
        return "increment"  # "two bodies were found overnight and another two on Sunday morning": one batch
    # clause text for modal patterns
    clause_verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    while clause_verb is not None and clause_verb.dep_ == "xcomp" and clause_verb.head is not clause_verb:
        # the verb a projection governs is its clause's ("the toll is likely to be at least
        # 10,000", "is expected to reach 300": the infinitive's own subtree lacks the cue)
        clause_verb = clause_verb.head.head if clause_verb.head.dep_ == "acomp" else clause_verb.head
    if clause_verb is not None:
        span = doc[min(clause_verb.left_edge.i, figure.first) : max(clause_verb.right_edge.i, figure.last) + 1]
        text = span.text
        lemmas = {t.lemma_.lower() for t in span}
        if any(p.search(text) for p in rules.figures.hypothetical):
            return "hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in rules.figures.status.asked for c in clause_verb.children):
            return "hypothetical"
        if wished_for(figure, rules):
            return "hypothetical"
        if (
            any(
                (c.dep_ == "advmod" and c.lower_ in rules.figures.status.usual)
                or (
                    c.dep_ == "prep"
                    and c.lower_ == "on"
                    and any(g.lower_ in rules.figures.status.usual for g in c.children)
                )
                for c in clause_verb.children
            )
            or _per_period(clause_verb, rules)
            or _usual_subject(clause_verb, figure, rules)
        ):
            return "usual"  # "the valley normally receives about 110 mm", "on average": what is usual
        # the figure must be what the projection reaches, not a past level in the same clause
        # (a phrase after the figure that tells of others foreseen is no projection of the figure:
        # "set the death toll at 111, with many more victims expected to be recovered")
        aside = {
            t.i
            for c in clause_verb.children
            if c.dep_ in ("prep", "advcl") and c.left_edge.i > figure.last
            for t in c.subtree
        }
        own = "".join(t.text_with_ws for t in span if t.i not in aside)
        if any(p.search(own) for p in rules.figures.projected) and (
            any(
                c.lower_ in _MODALS or c.lemma_.lower() in ("expect", "likely", "set", "project", "forecast")
                for c in clause_verb.subtree
                if c.i < figure.first
            )
            or _modal_over_subject(clause_verb, figure, rules.figures.status.subject_modals)
        ):
            return "projected"
        if _shares_a_modal(clause_verb, own, rules):
            return "projected"  # "could exceed 500 dead, or even approach 600": the modal is both verbs'
        if lemmas & rules.figures.denied and any(t.lemma_.lower() in rules.figures.denied for t in _chain(node, 6)):
            return "denied"
    if _denied(node, rules):
        return "denied"
    if _unconfirmed(node, rules):
        return "unconfirmed"
    chain = _chain(node, 6)
    cues = rules.sourcing.cue_verbs
    for k, t in enumerate(chain):
        if k and chain[k - 1].dep_ == "advcl":
            break  # "investigators believe ..., as the toll climbed to 21": a presumption above an
            # adverbial clause is about the main clause, not the figure's
        speaker = (
            next((c for c in t.children if c.dep_ == "nsubj"), None)
            if k and t.pos_ in ("VERB", "AUX") and (t.lower_ in cues or t.lemma_.lower() in cues)
            else None
        )
        if speaker is not None and past_a_semicolon(node, speaker):
            continue  # "The UN estimates 3,000 were killed; the government says 1,200": not the 3,000's verb
        if t.lower_ in rules.figures.presumed or t.lemma_.lower() in {"fear", "presume", "believe", "think", "assume"}:
            return "presumed"
        for c in t.children:
            if c.dep_ in ("acomp", "xcomp", "oprd", "advmod") and c.lower_ in rules.figures.presumed:
                return "presumed"
        if k and figure_owner(t, figure.node, rules) is not None:
            break  # "estimated that 4,645 died, far above the official toll of 64": the officials'
            # count, which the estimate above it is set against, not part of it
        if speaker is not None and node.dep_ == "dobj" and node.head.i == t.i:
            break  # "...; the government says 1,200": its speaker's own word, not the estimate above it
    if figure.attribute == rules.counts.killed and _with_the_presumed(figure, sent, rules):
        return "presumed"
    return "reported"


#: The relations by which a figure is what a clause above it says: its content, not a clause beside it.
_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "pcomp", "pobj", "prep", "nsubj", "nsubjpass", "attr", "acl", "nummod"})


def _unconfirmed(node: Token, rules: RuleSet) -> bool:
    """A word of ``figures.status.unconfirmed`` on the figure's noun, on a word above it, or on
    the subject of a verb above it: "there are unconfirmed rumours that more than 100 people have
    lost their lives", "unverified reports say 200 were killed" — a rumour, not a count."""
    words = rules.figures.status.unconfirmed

    def marked(t: Token) -> bool:
        return t.lower_ in words or t.lemma_.lower() in words

    for t in _chain(node, 4):
        if marked(t) or any(c.dep_ in ("amod", "advmod") and marked(c) for c in t.children):
            return True
        subjects = (c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != node.i)
        if t.pos_ in ("VERB", "AUX") and any(
            marked(s) or any(g.dep_ == "amod" and marked(g) for g in s.children) for s in subjects
        ):
            return True
    return False


def _denied(node: Token, rules: RuleSet) -> bool:
    """A figure a body denies or calls false: "denied that the death toll had reached 11,300",
    "denied that 300 people had died" (a denial word, ``figures.status.denied``, over the clause
    that holds it), "said the toll of 300 was false" (a word of ``figures.status.untrue`` said of the
    phrase that holds it). Never a figure in a clause beside the denial ("denied any role and said
    30 died")."""
    status = rules.figures.status
    below = node
    for t in _chain(node, 6)[1:]:
        if below.dep_ not in _CONTENT:
            return False
        if t.lemma_.lower() in status.denied or t.lower_ in status.denied:
            return True
        if below.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("acomp", "attr") and c.lower_ in status.untrue for c in t.children
        ):
            return True  # "the figure of 300 was false"
        below = t
    return False


def _with_the_presumed(figure: Figure, sent: Span, rules: RuleSet) -> bool:
    """The toll's own verb has people presumed dead for its subject, or "including" them ("the
    missing bring the final death count to 50"; ``figures.status.presumed_with``)."""
    words = rules.figures.status.presumed_with
    if not words:
        return False
    verb = verb_of(figure.node)
    if not sent.start <= verb.i < sent.end:
        return False
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in words and not any(is_number(g) for g in c.subtree):
            return True
        if c.dep_ in ("prep", "advcl") and c.lower_ in ("including", "includes", "include"):
            said = list(c.subtree)
            if any(g.lower_ in words for g in said) and not any(is_number(g) for g in said):
                return True  # (not "including 10 missing": a figure of its own)
    return False


def _usual_subject(verb: Token, figure: Figure, rules: RuleSet) -> bool:
    """The clause's subject is a usual measure, not a toll (a word of ``figures.status.usual`` on
    it): "the average number of daily deaths increased from 82 to 117" gives two averages, no toll."""
    usual = rules.figures.status.usual
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subject.left_edge.i <= figure.node.i <= subject.right_edge.i:
            continue  # the figure is the subject's own ("an average of 5 ...")
        if any(c.dep_ == "amod" and c.lower_ in usual for c in subject.children):
            return True
    return False


def _modal_over_subject(verb: Token, figure: Figure, modals: frozenset[str]) -> bool:
    """Whether the figure is the subject of a verb one of ``modals`` governs, not negated ("More
    than 1,000 people could be dead", "300 may die"): the modal stands after the figure, yet
    foresees it (``figures.status.subject_modals``)."""
    counted = figure.noun if figure.noun is not None else figure.node
    if counted.dep_ not in ("nsubj", "nsubjpass") or counted.head.i != verb.i:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "four people could not be reached": no projection
    if any(c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") for c in counted.children):
        return False  # "the eight workers who died will be remembered": their death is told, past
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def _shares_a_modal(verb: Token, own: str, rules: RuleSet) -> bool:
    """Whether a verb joined by "and"/"or" to one with a modal, with no auxiliary or subject of its
    own, reads as a projection with that modal ("the toll could exceed 500, or even approach 600")."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    modals = [c for c in verb.head.children if c.dep_ == "aux" and c.lower_ in _MODALS]
    return any(p.search(f"{m.lower_} {own}") for m in modals for p in rules.figures.projected)
