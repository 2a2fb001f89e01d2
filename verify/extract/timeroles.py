"""What a date or clock time in a sentence is the time of: the event, a statement, a caption ...

``time_role(sent, start, end, ctx, rules)`` gives one of:

- ``publication``: part of the page's own stamp ("Updated: 14 June 2017 09:12 BST", "Update 10:30
  5 August", "BEIRUT, Aug 5 (Reuters) -", a date line under the headline), found by the same
  reader ingest uses for publication (``verify.ingest.stamps.find_stamps``);
- ``caption``: on a photo caption or an embedded post's line (``time.roles.caption_lines``);
- ``statement``: the day something was said, announced, published: the time hangs in the parse
  from a reporting word ("the agency said on Friday", "in a statement on Monday", "told reporters
  Tuesday"; ``time.roles.statement``);
- ``event``: it hangs from a word of the happening ("killed on Tuesday", "the blast on Aug. 4";
  ``time.roles.event``, the count words and the method words of the rules);
- ``bound``: the start or end of a span ("killed since Oct 7", "until Friday"; ``time.roles.bounds``);
  a day a count stood at ("reaching 19,300 by Thursday"; ``time.roles.as_of``) is a ``statement``'s;
- ``after``: the day of what came after the happening, its end or the response to it ("firefighters
  contained the wildfire on Thursday", "the minister, who visited the town on Wednesday";
  ``time.roles.after``): a day near the happening, as ``other``, but never one a story turns to
  another happening on;
- ``journey``: the day a journey began ("the boat, which left Qasr on June 6"; ``time.roles.journey``);
- ``biography``: a day of a life's or a body's history ("Hashem Abedi, born in 1997", "a group
  founded in 2014"; ``time.roles.biography``): it dates no happening;
- ``later``: the day of what followed a happening the sentence names by an earlier time of its own
  ("ended the search for survivors of last week's sinking on Thursday"; ``verify.extract.timex``),
  or of deaths after the first ("25 more people died on Thursday"; ``time.roles.further``; "the
  woman, who died Saturday morning, is the 11th person to have died in the hospital"), or of
  the courts' account of it ("were indicted on Thursday"; ``time.roles.proceedings``): it dates no
  happening;
- ``other``: anything else (a vigil, a visit, a funeral, or a parse that says nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..ingest.stamps import PublicationWords, Stamp, dotted_entries, entry_days, find_stamps, headed_entries
from ..rules import RuleSet
from .base import SentenceContext, facts_of

ROLES = (
    "event",
    "statement",
    "caption",
    "publication",
    "page",
    "bound",
    "journey",
    "biography",
    "after",
    "later",
    "other",
)

# what a time expression hangs from: "on Friday" (pobj -> prep -> head), "Friday" (npadvmod)
_CLIMB = {"npadvmod", "tmod", "nmod", "poss", "compound", "appos", "nummod", "amod", "dep"}


@dataclass(frozen=True)
class RoleWords:
    statement: frozenset[str]
    event: frozenset[str]
    happening: frozenset[str]  # the event words that name the happening itself (not "bodies", "dead")
    after: frozenset[str]  # verbs of what came after it: its end, the response ("contained", "investigated")
    response_acts: frozenset[str]  # verbs of the happening done by someone as a response ("authorities evacuate")
    owned: frozenset[str]  # verbs whose object is the happening, dated by their own act ("claimed the attack")
    tallied: frozenset[str]  # verbs whose object is a toll in figures, dated by their own act ("confirmed 125 deaths")
    planned: frozenset[str]  # verbs of what is called for or planned ("called for a strike on Sunday")
    idioms: frozenset[str]  # objects that make a verb give nothing ("gave way"): ``sourcing.idiom_objects``
    bounds: frozenset[str]
    bound_marks: frozenset[str]
    as_of: frozenset[str]
    took_place: frozenset[str]  # verbs that only say a happening took place ("took place", "happened")
    named: frozenset[str]  # nouns that name a happening (``RuleSet.happening_words``: "outbreak", "strike")
    described_times: frozenset[str]  # "the year", "the day" a clause describes beside a date
    other_senses: frozenset[str]  # an event verb with a particle that is another verb ("broke down in tears")
    onset: frozenset[str]  # verbs of a start: the happening's only when what started names it ("the fire started")
    journey: frozenset[str]
    journey_places: frozenset[str]
    arrival: frozenset[str]
    arrival_places: frozenset[str]
    biography: frozenset[str]  # "born in 1997", "founded in 2014": a life's or a body's history
    proceedings: frozenset[str]  # "indicted on Thursday": the courts' account of a happening, later
    preceding: frozenset[str]
    known_articles: frozenset[str]  # "the crash": the happening named as one already known
    aftercare: frozenset[str]  # where or of what the hurt died later ("died in hospital on Tuesday")
    aftercare_articles: frozenset[str]  # articles making a word of care one such place ("at a hospital")
    further: frozenset[str]  # "more", "another": a death verb's subjects died after those counted before
    statement_nouns: frozenset[str]  # nouns of saying a time right after dates ("in a statement this evening")
    topic_preps: frozenset[
        str
    ]  # "on", "about": the happening a noun of saying is about ("the briefing on the stampede")
    rise: frozenset[str]  # verbs of a rise: a statement's only when what rose is a count (``time.roles.rise``)
    continuing: frozenset[str]  # adverbs of a happening still going on ("still burning"): ``time.roles.continuing``
    market: frozenset[str]  # nouns of a market's measures ("share price"): ``time.roles.market_nouns``
    said_day_adverbs: frozenset[str]  # "late", "early": between a verb of saying and its day ("said late on Saturday")
    tolls: frozenset[str]  # nouns that name a toll by themselves ("toll", "tally": ``counts.revisions.toll_words``)
    counted: frozenset[str]  # nouns of a count or of the people it counts ("toll", "number", "deaths", "people")
    attackers: frozenset[str]  # who carried it out (``figures.people.groups.attackers``): their deaths end it
    captions: tuple[re.Pattern[str], ...]
    publication: PublicationWords
    zones: frozenset[str] = frozenset()  # zone abbreviations (``time.zones``), upper case: "IST", "GMT"
    hurt: frozenset[str] = frozenset()  # the words of the hurt (``counts.words`` of ``counts.injured``)


@lru_cache(maxsize=8)
def role_words(rules: RuleSet) -> RoleWords:
    roles = rules.time.roles
    happening = set(roles.event) | rules.methods.single_words
    # the words of the harm done ("killed", "injured"), not of what followed it ("charged", "arrested")
    event = happening | {
        w for a, words in rules.counts.words.items() if a in rules.counts.tolls for w in words if " " not in w
    }
    return RoleWords(
        statement=frozenset(roles.statement),
        event=frozenset(event),
        happening=frozenset(happening),
        after=frozenset(roles.after),
        response_acts=frozenset(roles.response_acts),
        owned=frozenset(roles.owned),
        tallied=frozenset(roles.tallied),
        planned=frozenset(roles.planned),
        idioms=frozenset(rules.sourcing.idiom_objects),
        bounds=frozenset(roles.bounds),
        bound_marks=frozenset(roles.bound_marks),
        as_of=frozenset(roles.as_of),
        onset=frozenset(roles.onset),
        took_place=frozenset(roles.took_place),
        named=rules.happening_words,
        described_times=frozenset(roles.described_times),
        other_senses=frozenset(roles.other_senses),
        journey=frozenset(roles.journey),
        journey_places=frozenset(roles.journey_places),
        arrival=frozenset(roles.arrival),
        arrival_places=frozenset(roles.arrival_places),
        biography=frozenset(roles.biography),
        proceedings=frozenset(roles.proceedings),
        preceding=frozenset(roles.preceding),
        known_articles=frozenset(roles.known_articles),
        aftercare=frozenset(roles.aftercare),
        aftercare_articles=frozenset(roles.aftercare_articles),
        further=frozenset(roles.further),
        statement_nouns=frozenset(roles.statement_nouns),
        topic_preps=frozenset(roles.topic_preps),
        rise=frozenset(roles.rise),
        continuing=frozenset(roles.continuing),
        market=frozenset(roles.market_nouns),
        said_day_adverbs=frozenset(roles.said_day_adverbs),
        tolls=frozenset(w.split()[-1].lower() for w in rules.counts.revisions.toll_words),
        counted=frozenset(
            {w.lower() for w in rules.counts.revisions.toll_words}
            | set(rules.figures.bare_tolls)
            | set(rules.figures.people.general)
            | {w for words in rules.counts.words.values() for w in words if " " not in w}
        ),
        attackers=frozenset(rules.figures.people.groups.get("attackers", ())),
        captions=roles.caption_patterns,
        publication=PublicationWords.of(rules),
        zones=frozenset(rules.time.zone_minutes),
        hurt=frozenset(rules.counts.words.get(rules.counts.injured or "", ())),
    )


def line_of(text: str, start: int, end: int) -> tuple[int, str]:
    """The line of ``text`` holding ``start``..``end``: its offset and its text."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, text[first : last if last >= 0 else len(text)]


def stamp_at(sent: Span, start: int, end: int, ctx: SentenceContext, rules: RuleSet) -> Stamp | None:
    """The page's own stamp (``verify.ingest.stamps.Stamp``) the words at ``start``..``end``
    are part of, or None; its offsets are the line's ("Update 8:05 a.m. EDT Aug. 6:")."""
    words = role_words(rules)
    text = facts_of(sent, ctx.facts).text
    line_start, line = line_of(text, start, end)
    for stamp in find_stamps(line, None, words.publication, dotted_entries(text)):
        for part in (stamp.written, stamp.clock):
            if part is not None and part.start + line_start < end and start < part.end + line_start:
                return stamp
    return None


def time_role(sent: Span, start: int, end: int, ctx: SentenceContext, rules: RuleSet) -> str:
    """The role of the time expression at document offsets ``start``..``end`` of ``sent``."""
    words = role_words(rules)
    text = facts_of(sent, ctx.facts).text
    line_start, line = line_of(text, start, end)
    body = line.strip(" \t#*•·-–—")
    if any(p.match(body) for p in words.captions):
        return "caption"
    stamp = stamp_at(sent, start, end, ctx, rules)
    alone = _alone_on_its_line(line, start, end)
    bare = alone if stamp is None else stamp.kind == "line" and stamp.clock is None
    if bare and _above_the_headline(facts_of(sent, ctx.facts).text, start):
        return "page"  # a bare date above the headline: the site's "today" when the page was saved
    if stamp is not None or start in headed_entries(text):
        return "publication"  # (a live blog's "15:40 - What happened?": when the entry was posted)
    if line_start in {at for at, _ in entry_days(text, ctx.published)}:
        return "publication"  # the weekday of a live blog's entry stamp "Tuesday 23.10"
    if alone:
        return "other"  # a date that is its line and no page stamp: a site's header ("Monday, 20 May 2024")
    if _labels_its_line(sent, line_start, line, start, end, frozenset(w.lower() for w in rules.time.roles.label_words)):
        # "Earlier on Thursday: ... the train of at least 292 dead people": a heading of a part of
        # the page, as a live blog's entry stamp: the day what follows it was told, no happening's
        return "statement"
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "other"
    return _governed_role(span.root, span, words)


def dates_the_happening(sent: Span, start: int, end: int, rules: RuleSet) -> bool:
    """The time expression at ``start``..``end`` hangs from a method word, which names the happening
    itself ("Tuesday's crash", "the blast on Aug. 4"), not from a count word ("died on Thursday")."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = _governor(span.root, span)
    return head is not None and _is_word(head, rules.methods.single_words)


def act_noun(sent: Span, start: int, end: int, rules: RuleSet) -> Token | None:
    """The noun of an act the time expression at ``start``..``end`` hangs from, when it is no word of
    the happening nor of its harm ("the transition on Thursday", "the discovery of the device
    Monday"), else None: not a noun that tells a happening of its own, by a clause of harm ("the
    ambush on March 28 in which 14 soldiers were killed") or as the bound of a span ("since the
    ambush on March 28")."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = _governor(span.root, span)
    words = role_words(rules)
    if head is None or head.pos_ != "NOUN" or _is_word(head, words.event):
        return None
    if head.ent_type_ in ("DATE", "TIME"):
        return None  # "in the early hours of Wednesday": a part of the day, no act of its own
    if head.dep_ == "pobj" and head.head.lower_ in words.bounds:
        return None
    if any(c.dep_ in ("relcl", "acl") and _is_word(c, words.event) for c in head.children):
        return None
    return head


def _above_the_headline(text: str, at: int) -> bool:
    """``at`` is before the page's first heading line ("# ..."), the article's headline."""
    heading = 0 if text.startswith("# ") else text.find("\n# ") + 1
    return heading > 0 and at < heading


def _alone_on_its_line(line: str, start: int, end: int) -> bool:
    """The time expression at ``start``..``end`` is all its line says (punctuation aside)."""
    rest = line.strip(" \t#*•·-–—|,.:;")
    return bool(rest) and len(rest) <= (end - start) + 2


def _labels_its_line(sent: Span, line_start: int, line: str, start: int, end: int, opening: frozenset[str]) -> bool:
    """The time expression at ``start``..``end`` ends a short label that opens its line with one of
    ``opening``'s words and a colon closes ("Earlier on Thursday: Nothing much to say ..."): no verb
    in it, text after the colon. (A bare day, "Jan. 5: a man shot ...", heads a chronology's entry.)"""
    head, colon = line[: end - line_start], line[end - line_start :].lstrip(" )")
    if not colon.startswith(":") or not colon[1:].strip():
        return False
    words = head[: start - line_start].strip(" \t#*•·>-–—").lower().replace(",", " ").split()
    if not words or words[0] not in opening or len(words) > 2:
        return False  # "Earlier on", "Update," before the day, no more
    label = sent.doc.char_span(line_start, end, alignment_mode="expand")
    return label is not None and not any(t.pos_ in ("VERB", "AUX") for t in label)


def _governed_role(token: Token, span: Span, words: RoleWords, joined: bool = False) -> str:
    top = token
    while top.head.i != top.i and span.start <= top.head.i < span.end:
        top = top.head
    other = _joined_time(top)
    if _opened_by_bound(span, words):
        # "Between 3 March 2022 through 3 February 2023, 36,943 cases": the parse may hang the
        # "between" on the day as a modifier, not take the day for its object
        return "bound"
    if top.dep_ == "conj" and top.head.dep_ == "pobj" and top.head.head.lower_ in words.bounds:
        # "between June 12 and June 25", "between 3 am and 4 am" (the parse may take the clock
        # times for quantities): the span's other end
        return "bound"
    if other is not None and not joined:
        # "died in hospital on Monday and Tuesday", "As of 12:00 on Monday": a day joined to, or
        # hung from, another time expression is of that one's moment
        whole = next((e for e in other.doc.ents if e.start <= other.i < e.end), other.doc[other.i : other.i + 1])
        role = _governed_role(whole.root, whole, words, joined=True)
        if role == "event" and top.dep_ == "conj" and other.i < top.i:
            # "47 fires broke out Monday and early Tuesday": the happening began on the first day,
            # the one joined after it is a later day of it, as "still burning on Tuesday" is
            return "after"
        return role
    if top.dep_ == "pobj" and top.head.lower_ in words.bounds:
        return "bound"  # "since Oct 7": a span's start, the day of nothing the sentence reports
    if top.dep_ == "pobj" and _as_of(top.head, words):
        return "statement"  # "reaching more than 19,300 by Thursday", "as of 12:00": the day the count stood there
    if _closes_the_subject(span, top, words):
        # "the death toll from a building collapse in Bangladesh yesterday has risen to 160": the
        # parse hangs the day on the verb, but it ends the subject's phrase, after its happening
        return "event"
    if _when_clause_tells(top, words):
        return "event"  # "came in 2014, when a turboprop crashed": the day of what its "when" clause tells
    if _after_a_statement_noun(span, words):
        return "statement"  # "in a statement this evening", "at a briefing on Monday"
    if _right_after_saying(span, words) or _opens_what_was_said(span, words):
        return "statement"  # "police said late on Saturday they had discovered ...": the parse hangs it on the finding
    if _right_after_the_happening(top, words):
        return "event"  # "said all 14 victims of the shooting on December 21 ...", "on" hung on "said"
    head = _past_a_described_time(_governor(token, span, words.zones), span, words)
    if head is None:
        return "other"
    if _took_place(head, words) and _what_took_place(head, words) is not None:
        return "other"  # "the demolition, which occurred at 10:30 p.m.": the demolition's time
    if _took_place(head, words) and _when_clause_tells(head, words):
        # "took place in June last year, when nine people were killed": the parse hangs the "when"
        # clause on the verb the date hangs from, not on the date
        return "event"
    if _phrasal(head, words.after):
        return "after"  # "firefighters put out the blaze at 9:46": not "put the toll at 41"
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in words.bound_marks for c in head.children):
        return "bound"  # "ever since militants mounted an attack on October 7": a span's start
    # "the river, which rose rapidly early Friday morning": a thing's rise dates no statement
    if _about_the_happening(head, words):
        # "the briefing on the first stampede at 7pm": the time the parse hangs on a noun of saying
        # whose topic is the happening is the time of what followed it, not the happening's
        return "after"
    verb = _clause_verb(head, words)
    if _sets_a_toll(verb, words):
        return "statement"  # "officials on Wednesday set the death toll at 111": the day it was set
    if _is_word(verb, words.proceedings):
        # "the captain was indicted on murder charges Thursday", "authorities on Jan. 29 arrested
        # three employees": the case's day, not the happening's
        return "later"
    said = _is_word(head, words.statement) and not _a_thing_rose(head, words)
    if said and _after_the_happening(span, head, words):
        return "event"  # "143 deaths were confirmed from the shooting at the hall on Friday": the shooting's day
    if said and not any(c.dep_ == "dobj" and c.lemma_.lower() in words.idioms for c in head.children):
        return "statement"  # (not "the dam gave way on Tuesday")
    if head.dep_ in ("oprd", "acomp") and _is_word(head.head, words.statement):
        return "statement"  # "were reported missing Saturday": the day of the report
    if _is_word(head, words.after):
        return "after"  # "firefighters contained the wildfire on Thursday": the day it ended
    if _done_in_response(head, words):
        return "after"  # "as authorities rush to evacuate residents ... on Tuesday": the rescue's day
    if head.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and _names_a_response(c, words) for c in head.children
    ):
        # "the army, which launched a rescue operation on Thursday", "today investigations will be
        # carried out", "a check was carried out last night": the rescue's, the inquiry's, the check's day
        return "after"
    if head.dep_ == "dobj" and head.head is not head and _is_word(head.head, words.owned):
        return "statement"  # "claimed the attack on Tuesday", "claimed responsibility on Tuesday": the claim's day
    if _tallied(head, words):
        return "statement"  # "confirmed the 125 casualties on Sunday evening": the day it was confirmed
    if _planned(head, words):
        return "other"  # "called for a general strike on Sunday": the day of what is to come
    if _journey(head, words):
        return "journey"  # "the boat, which left Qasr on June 6": the day its journey began
    if _arrived(head, words):
        return "journey"  # "the helicopter landed at the old airport around 5:00pm": its arrival
    if _is_word(head, words.biography):
        return "biography"  # "Hashem Abedi, born in 1997 in Britain, was arrested": his birth's year
    if _one_who_died_in_care(head, words) or _died_after_care(head, words):
        # "the woman, who died Saturday morning, is the 11th person to have died in the hospital",
        # "a man hospitalized in a burn unit for more than a month died on Sunday": one who was
        # in care before dying died since, a day of no happening
        return "later"
    if _more_died(head, words):
        return "later"  # "25 more people died on Thursday": the day of deaths after the first, dating no happening
    if died_later(head, words):
        return "other"  # "two of them died in hospital on Tuesday night": a later death's day
    if _something_else_started(head, words):
        return "other"  # "the concert started on Saturday night": the concert's day, not the fire's
    if _phrasal(head, words.other_senses):
        return "other"  # "broke down in tears outside the hall on Thursday": no happening's day
    if _is_word(head, words.event) and _at_the_ruins(head, words):
        return "after"  # "a fire broke out at the collapsed building at 10:45pm": a later happening at its site
    if _is_word(head, words.event) and _attackers_befallen(head, words):
        return "after"  # "the last of the gunmen was shot dead at about 7 a.m.": the siege's end
    if _is_word(head, words.event) and any(c.dep_ == "advmod" and c.lower_ in words.continuing for c in head.children):
        return "after"  # "two cars were still burning on Sunday": a later day of it, not the day it began
    if _is_word(head, words.event) and _a_market_moved(head, words):
        return "other"  # "Vale's share price plunged on Monday": a market's fall, no happening's day
    if _is_word(head, words.event):
        return "event"
    if head.pos_ == "VERB" and any(c.dep_ == "dobj" and _is_word(c, words.happening) for c in head.children):
        return "event"  # "made landfall on Saturday": a verb whose object is the happening (not
        # "pull bodies from the rubble on Thursday": the rescue's day)
    if head.pos_ == "AUX" or head.lemma_.lower() == "be":
        # "The blast was on Tuesday": the day is the subject's
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and _is_word(subject, words.event):
            return "event"
        if subject is not None and _names_a_response(subject, words):
            return "after"  # "search and rescue efforts were underway by 2 a.m.": the rescue's time
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
        # "the explosion at the hospital on Tuesday": the hospital's own head, when it is the
        # happening (never a reporting word: "reported ahead of a visit on Wednesday" is the visit's)
        above = _governor(head, None)
        if (
            above is not None
            and _is_word(above, words.event)
            and not _phrasal(above, words.other_senses)
            # (not "restoration work started Saturday afternoon", the day hung on "work": the
            # start of another thing than the happening)
            and not _something_else_started(above, words)
        ):
            return "event"
    return "other"


_PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def _closes_the_subject(span: Span, top: Token, words: RoleWords) -> bool:
    """The time expression ``span`` (its top word ``top``) closes the subject phrase of a verb, after
    a happening the phrase goes on to ("the toll from a building collapse in Bangladesh yesterday
    has risen", "the toll from the worst industrial accident on 24 April has been rising"): the day
    is the happening's, whether the parse hangs it on the verb or on the subject's head. Not a
    subject with no happening after its head ("the death toll yesterday rose to 160"), nor a day
    set after the subject by a comma ("the toll, on Friday, stood at 40")."""
    first = top.head if top.dep_ == "pobj" and top.head.dep_ == "prep" else top
    holder = first.head
    if first.dep_ not in ("npadvmod", "tmod", "prep") or holder.i == first.i:
        return False
    if holder.pos_ in ("VERB", "AUX") and holder.i > span.end:
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i), None)
        if subject is None or subject.right_edge.i + 1 != min(first.i, span.start):
            return False
    elif holder.dep_ in ("nsubj", "nsubjpass") and holder.head.pos_ in ("VERB", "AUX") and holder.head.i > span.end:
        subject = holder
        if subject.right_edge.i != span.end - 1:
            return False
    else:
        return False
    # a noun the subject's phrase goes on to ("from a building collapse"), not its own compound ("death toll")
    nouns = [t for t in subject.subtree if subject.i < t.i < first.i and t.pos_ in ("NOUN", "PROPN")]
    return any(_is_word(t, words.happening) or t.lemma_.lower() in words.named for t in nouns)


def _clause_verb(head: Token, words: RoleWords) -> Token:
    """The verb of the clause when a time expression hangs from its subject, set between the two
    ("Maui County officials on Wednesday set the toll at 111", "authorities on Jan. 29 arrested
    three employees"): the parse hangs the day on the subject, but it dates the verb's act (read
    so for a toll set and for proceedings only; other verbs keep the reading they had). A
    subject that names the happening itself ("the explosion on Tuesday killed 12") keeps it."""
    verb = head.head
    if (
        head.pos_ in ("NOUN", "PROPN")
        and head.dep_ in ("nsubj", "nsubjpass")
        and verb.i > head.i
        and verb.pos_ in ("VERB", "AUX")
        and not _is_word(head, words.event)
    ):
        return verb
    return head


def _sets_a_toll(verb: Token, words: RoleWords) -> bool:
    """``verb`` takes a word that names a toll as its object ("set the death toll at 111", "fixed
    the tally at 40"; ``counts.revisions.toll_words``): whatever the verb, it tells the count, not
    the happening."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and _is_word(c, words.tolls) for c in verb.children)


_TIME_ENTITIES = ("DATE", "TIME")


def _took_place(verb: Token, words: RoleWords) -> bool:
    """``verb`` only says a happening took place (``time.roles.took_place``: "happened", "took place")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "AUX") and (
        lemma in words.took_place
        or any(c.dep_ == "dobj" and f"{lemma} {c.lower_}" in words.took_place for c in verb.children)
    )


def _what_took_place(verb: Token, words: RoleWords) -> Token | None:
    """The noun a verb of taking place (``time.roles.took_place``) says took place when it names no
    happening and no count: its subject, or the noun its relative clause describes ("the demolition,
    which occurred at 10:30 p.m."). None for the happening ("the blast occurred at 1 a.m."), a
    pronoun ("it happened at dawn") or no subject."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "the demolition, which occurred ..."
    if subject is None or subject.pos_ != "NOUN":
        return None
    if _is_word(subject, words.event) or _is_word(subject, words.named) or _is_word(subject, words.counted):
        return None
    return subject


def _past_a_described_time(head: Token | None, span: Span, words: RoleWords) -> Token | None:
    """The verb a date dates when the parse hangs it on a clause that only describes the date: "In
    1981, the year the high-rise was built, walkways ... collapsed" ("In 1981" and "the year" both
    hung on "built", itself a clause of "collapsed"): the verb above that clause, or the one joined
    to it when the parse makes it the root. A clause with a noun of ``time.roles.described_times``
    for modifier, after the date and before its verb."""
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return head
    if not any(
        c.dep_ in ("npadvmod", "tmod") and c.lemma_.lower() in words.described_times and span.end <= c.i < head.i
        for c in head.children
    ):
        return head
    if head.dep_ in ("ccomp", "advcl", "parataxis") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if head.head.i == head.i:
        # "In 1994, the year the condo was completed, a deck ... collapsed": the describing clause
        # read as the sentence's root, the main clause joined to it
        return next((c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), head)
    return head


def _when_clause_tells(token: Token, words: RoleWords) -> bool:
    """``token`` has a "when" clause whose verb is a word of the happening ("in 2014, when a
    turboprop crashed"): a date hung there is that clause's day."""
    return any(
        c.dep_ in ("relcl", "advcl") and _is_word(c, words.event) and any(g.lower_ == "when" for g in c.children)
        for c in token.children
    )


def _right_after_the_happening(top: Token, words: RoleWords) -> bool:
    """The day follows at once the happening a noun is "of" ("all 14 victims of the shooting on
    December 21 have been identified"): it dates the happening, though the parse hung its "on" on
    that noun or on the verb of saying before it."""
    prep = top.head
    if top.dep_ != "pobj" or prep.lower_ != "on" or prep.i == 0:
        return False
    before = top.doc[prep.i - 1]
    if not (before.pos_ == "NOUN" and _is_word(before, words.event) and before.dep_ == "pobj"):
        return False
    owner = before.head.head  # "victims" of "victims of the shooting"
    return before.head.lower_ == "of" and (
        prep.head.i == owner.i or _is_word(prep.head, words.statement) and owner.i > prep.head.i
    )


def _names_a_response(noun: Token, words: RoleWords) -> bool:
    """The noun names what came after the happening: "a rescue operation", "a search", "an inquiry"."""
    said = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    said += [g for c in said for g in c.children if g.dep_ == "conj"]  # "search and rescue efforts"
    return _is_word(noun, words.after) or any(_is_word(c, words.after) for c in said)


def _after_the_happening(span: Span, verb: Token, words: RoleWords) -> bool:
    """The time phrase of ``span`` comes right after a phrase of ``verb`` that names the happening
    ("confirmed from the shooting at the concert hall near the city on Friday"): the parse may hang
    the time on the verb, but it closes the happening's phrase and dates it."""
    prep = span.root.head if span.root.dep_ == "pobj" else span.root
    if prep.i == 0 or prep.i <= verb.i:
        return False
    before = span.doc[prep.i - 1]
    for c in verb.children:
        if c.dep_ == "dobj" and _is_word(verb, words.owned):
            continue  # "claimed the Colombo bombings on Tuesday": the claim's day, the happening its object
        noun = next((p for p in c.children if p.dep_ == "pobj"), None) if c.dep_ == "prep" else c
        if (
            noun is not None
            and noun.pos_ == "NOUN"
            and _is_word(noun, words.happening)
            and noun.i < prep.i
            and noun.left_edge.i <= before.i <= noun.right_edge.i
        ):
            return True
    return False


def _about_the_happening(noun: Token, words: RoleWords) -> bool:
    """``noun`` is a noun of saying (``time.roles.statement_nouns``) about the happening: "the
    briefing on the first stampede", "a statement about the blast"."""
    if noun.pos_ != "NOUN" or not _is_word(noun, words.statement_nouns):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in words.topic_preps
        and any(p.dep_ == "pobj" and _is_word(p, words.happening) for p in c.children)
        for c in noun.children
    )


def _attackers_befallen(verb: Token, words: RoleWords) -> bool:
    """What ``verb`` tells befell those who carried out the attack ("the last of the gunmen was shot
    dead", "killing all four attackers"), not the people it harmed: the day or time is its end's.
    Attackers are ``figures.people.groups.attackers``, not every perpetrator noun: an army's "killed
    12 militants in an overnight air strike" is the strike itself."""
    for c in verb.children:
        if c.dep_ not in ("nsubjpass", "dobj"):
            continue
        if c.lemma_.lower() in words.attackers or c.lower_ in words.attackers:
            return True
        of = (p for k in c.children if k.dep_ == "prep" and k.lower_ == "of" for p in k.children if p.dep_ == "pobj")
        if any(p.lemma_.lower() in words.attackers or p.lower_ in words.attackers for p in of):
            return True  # "the last of the gunmen"
    return False


def _as_of(prep: Token, words: RoleWords) -> bool:
    """``prep`` is, or is a word of, one of ``time.roles.as_of`` ("by", "as of": the parse hangs the
    time from "of", or from "as" beside its "of")."""
    phrases = {prep.lower_, f"{prep.head.lower_} {prep.lower_}"}
    phrases |= {f"{prep.lower_} {c.lower_}" for c in prep.children if c.dep_ == "prep" and c.i == prep.i + 1}
    return bool(phrases & words.as_of)


def _opened_by_bound(span: Span, words: RoleWords) -> bool:
    """The time expression opens with, or comes right after, a word of ``time.roles.bounds`` that the
    parse hangs on a word of it ("Between" a quantmod of "3", or an nmod of "March", in "Between 3
    March 2022 and ...")."""
    if span[0].lower_ in words.bounds and len(span) > 1:
        return True  # the entity took the word in: "Between 1 January 2023 and 31 December 2023"
    first = span.doc[span.start - 1] if span.start else None
    return first is not None and first.lower_ in words.bounds and span.start <= first.head.i < span.end


def _joined_time(top: Token) -> Token | None:
    """The time expression ``top`` is a conjunct of ("Monday and Tuesday") or hangs from by a
    preposition ("12:00 on Monday"), if any."""
    if top.dep_ == "conj" and top.head.ent_type_ in _TIME_ENTITIES:
        return top.head
    if top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.ent_type_ in _TIME_ENTITIES:
        return top.head.head
    return None


def _tallied(noun: Token, words: RoleWords) -> bool:
    """``noun`` is a counted noun with its figure ("the 125 casualties", "12 deaths"), the object
    of a verb that tells a toll (``time.roles.tallied``: "confirmed", "reported"), or with that verb
    for its modifier, as the parse may read a verb whose subject it took for a possessive ("the Fire
    Service's announced 74 fatalities late on Tuesday")."""
    if not (_is_word(noun, words.counted) and any(c.dep_ == "nummod" for c in noun.children)):
        return False
    if noun.dep_ == "dobj" and noun.head.i != noun.i and _is_word(noun.head, words.tallied):
        return True
    return any(c.dep_ == "amod" and c.pos_ == "VERB" and _is_word(c, words.tallied) for c in noun.children)


def _journey(head: Token, words: RoleWords) -> bool:
    """``head`` is a verb of a journey's start (``time.roles.journey``) whose object, if any, is where
    it started: a named place or one of ``time.roles.journey_places`` ("left Qasr", "left port"; not
    "left thousands homeless")."""
    if head.pos_ not in ("VERB", "AUX") or not _is_word(head, words.journey):
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")]
    return all(
        o.dep_ == "dobj" and (o.ent_type_ in _PLACE_ENTITIES or o.pos_ == "PROPN" or o.lower_ in words.journey_places)
        for o in objects
    )


def _arrived(head: Token, words: RoleWords) -> bool:
    """``head`` is a verb of a journey's end (``time.roles.arrival``) with a place ("at", "in")
    that is one of ``time.roles.arrival_places`` ("landed at Tejgaon old airport"; not "arrived at
    the home": the responders', whose day the happening's own words give)."""
    if head.pos_ not in ("VERB", "AUX") or not _is_word(head, words.arrival):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("at", "in")
        and any(o.dep_ == "pobj" and o.lower_ in words.arrival_places for o in p.children)
        for p in head.children
    )


def _planned(head: Token, words: RoleWords) -> bool:
    """``head`` is, or is what is asked for by, a verb of calling or planning within a few steps
    up ("called for a strike", "plans a march", "urged ... to rally"), before a verb of another kind."""
    token = head
    for _ in range(4):
        if _is_word(token, words.planned):
            return True
        if token.pos_ in ("VERB", "AUX") and token is not head or token.head is token:
            return False
        token = token.head
    return False


def _is_word(token: Token, table: frozenset[str]) -> bool:
    """The token's lemma or form is in ``table``, or, for a verb with a particle, the two together
    ("put out": firefighters put out the blaze)."""
    return token.lemma_.lower() in table or token.lower_ in table or _phrasal(token, table)


def _phrasal(token: Token, table: frozenset[str]) -> bool:
    """The verb with its particle is in ``table`` ("put out")."""
    return any(c.dep_ == "prt" and f"{token.lemma_.lower()} {c.lower_}" in table for c in token.children)


def _governor(token: Token, span: Span | None, zones: frozenset[str] = frozenset()) -> Token | None:
    """The word a time expression (or a noun) hangs from, skipping its preposition and a clock
    zone the parse hangs it on ("started at 1:30 am IST on Tuesday": "on Tuesday" under "IST")."""
    steps = 0
    while steps < 5:
        steps += 1
        head = token.head
        if head is token:
            return None
        if span is not None and span.start <= head.i < span.end:
            token = head
            continue
        if token.dep_ == "pobj" and head.dep_ == "prep":
            above = head.head
            if above.i != head.i and above.text.upper() in zones and above.head.i != above.i:
                token = above  # "1:30 am IST on Tuesday": the day is the clock's verb's, not the zone's
                continue
            return above if above.i != head.i else None
        if token.dep_ in _CLIMB and head.pos_ in ("NUM", "PROPN") and head.dep_ in _CLIMB | {"pobj"}:
            token = head  # "Tuesday (Aug. 4)": climb to the weekday first
            continue
        if token.dep_ == "compound" and head.pos_ == "NOUN" and head.ent_type_ in _TIME_ENTITIES:
            token = head  # "inched up yesterday morning": the part of the day the parse hangs the day on
            continue
        return head
    return None


def died_later(head: Token, words: RoleWords) -> bool:
    """A verb of the harm done whose own place or cause is one of ``time.roles.aftercare``: one hurt in
    the happening who died later ("died in hospital on Tuesday night", "died of her injuries", "a girl
    who was wounded in the shooting died on Monday"; a
    headline's "as three die in hospital", where the parse takes "die" for a noun); or who died in the
    care a clause or a ward names ("died early Sunday while undergoing treatment", "died at the
    intensive care unit", "at the institute of burn surgery": a word of care that names the place,
    never the bare place, so "killed at the hospital" in an attack on one stays the happening's)."""
    if not (head.pos_ in ("VERB", "NOUN") and _is_word(head, words.event)):
        return False
    if not _is_word(head, words.hurt) and any(
        _is_word(clause, words.hurt)
        for subject in head.children
        if subject.dep_ in ("nsubj", "nsubjpass")
        for clause in subject.children
        if clause.dep_ in ("relcl", "acl")
    ):
        return True  # "a girl who was wounded in the shooting died on Monday": one hurt in it, dead since
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "from"):
            if any(o.dep_ == "pobj" and _is_aftercare(o, words) for o in child.children):
                return True
        elif child.dep_ == "prep" and child.lower_ == "at":
            if any(o.dep_ == "pobj" and _cared_place(o, words) for o in child.children):
                return True
        elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "while" for m in child.children):
            # "while undergoing treatment", "while receiving care in hospital"
            if any(
                t is not child and t.dep_ in ("dobj", "pobj", "nsubjpass") and _is_aftercare(t, words)
                for t in child.subtree
            ):
                return True
    return False


def _one_who_died_in_care(head: Token, words: RoleWords) -> bool:
    """A death verb in a relative clause of a noun the sentence then says is one who died in care
    ("the woman, who died Saturday morning, is the 11th person to have died in the hospital from
    injuries sustained in the fire"): a later death's day, told through the noun's copula."""
    if head.dep_ != "relcl" or head.pos_ != "VERB" or not _is_word(head, words.event):
        return False
    noun = head.head
    copula = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or copula.lemma_.lower() != "be":
        return False
    said = [c for c in copula.children if c.dep_ == "attr"]
    return any(
        clause.i != head.i and died_later(clause, words)
        for attr in said
        for clause in attr.children
        if clause.dep_ in ("relcl", "acl")
    )


def _done_in_response(verb: Token, words: RoleWords) -> bool:
    """A verb of ``time.roles.response_acts`` that someone does: active with a subject ("police
    evacuated the building"), or "to" after the verb of one ("authorities rush to evacuate
    residents"). Told of the people it befell ("the residents evacuated on Friday", "thousands were
    evacuated") it is the happening's."""
    if verb.pos_ != "VERB" or not _is_word(verb, words.response_acts):
        return False
    if any(c.dep_ == "nsubj" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and any(c.dep_ == "nsubj" for c in verb.head.children)


def _died_after_care(head: Token, words: RoleWords) -> bool:
    """A death verb whose subject a clause of its own puts in care ("a 76-year-old man hospitalized
    in a burn unit for more than a month died on Sunday", "a woman who was being treated in
    hospital died on Friday"): one hurt in the happening who died since."""
    if not (head.pos_ == "VERB" and _is_word(head, words.event)) or _is_word(head, words.hurt):
        return False
    for subject in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
        for clause in (c for c in subject.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
            for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
                if any(o.dep_ == "pobj" and (_is_aftercare(o, words) or _cared_place(o, words)) for o in prep.children):
                    return True
    return False


def _more_died(head: Token, words: RoleWords) -> bool:
    """A verb of the harm done whose subject counts more dead than those before ("at least 25 more
    people died on Thursday", "another four died"; ``time.roles.further``): a later batch of deaths.
    A subject that counts no one is another happening's thing ("another dam collapsed in 2015")."""
    if not (head.pos_ == "VERB" and _is_word(head, words.event)):
        return False
    for subject in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
        if (
            subject.pos_ in ("NOUN", "PROPN")
            and subject.lower_ not in words.counted
            and subject.lemma_.lower() not in words.counted
            and not any(c.dep_ == "nummod" for c in subject.children)
        ):
            continue  # "another dam collapsed in 2015": another happening, no more dead
        marks = [subject, *(c for c in subject.children if c.dep_ in ("amod", "advmod", "det", "nummod"))]
        marks += [g for m in marks[1:] for g in m.children if g.dep_ in ("amod", "advmod")]
        # (not "more than 140 wounded": a qualifier of the figure, no batch after the first)
        if any(m.lower_ in words.further and m.nbor(1).lower_ != "than" for m in marks if m.i + 1 < len(m.doc)):
            return True
    return False


def _is_aftercare(token: Token, words: RoleWords) -> bool:
    return token.lower_ in words.aftercare or token.lemma_.lower() in words.aftercare


def _cared_place(place: Token, words: RoleWords) -> bool:
    """A place named by a word of care among its modifiers or what it is "of" ("the Intensive Care
    Unit", "the Institute of Burn and Plastic Surgery", "the burns ward"), not by its head noun; or
    one a word of care names with an indefinite article (``time.roles.aftercare_articles``: "died at
    a hospital in the early hours of Friday": one of the places the hurt were taken to, never the
    place an attack struck, which a story names or makes definite)."""
    modifiers = [c for c in place.children if c.dep_ in ("compound", "amod")]
    modifiers += [o for c in place.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.subtree]
    if any(t.i != place.i and _is_aftercare(t, words) for t in modifiers):
        return True
    return _is_aftercare(place, words) and any(
        c.dep_ == "det" and c.lower_ in words.aftercare_articles for c in place.children
    )


def _something_else_started(head: Token, words: RoleWords) -> bool:
    """``head`` is a verb of a start (``time.roles.onset``) whose subject, or the noun it describes,
    names no happening and no harm ("the concert started", "the concert that began", "the vigil began", "three days of
    mourning starting on Thursday"; not "the fire started", "it began")."""
    if head.pos_ != "VERB" or not _is_word(head, words.onset):
        return False
    if any(c.dep_ == "mark" and c.lower_ in words.bounds for c in head.children):
        return False  # "killed since protests began in March": the start of the span a count covers
    done = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if done is not None:
        # "Vale started on Wednesday to install barriers", "crews began clearing debris on Monday":
        # the start of the act its clause names, the happening's only when that is the happening's
        # ("the building began to collapse")
        return not _is_word(done, words.event)
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
        subject = head.head  # "the concert that started at midnight": the relative pronoun stands for its noun
    if subject is None and head.dep_ == "acl":
        subject = head.head  # "three days of mourning starting on Thursday": what the noun names began
    elif subject is None and head.dep_ == "xcomp":
        # "declared three days of mourning starting on Thursday": the object of the verb above;
        # "the pilgrimage is set to begin on July 3": with none, its subject
        above = list(head.head.children)
        subject = next((c for c in above if c.dep_ == "dobj"), None) or next(
            (c for c in above if c.dep_ in ("nsubj", "nsubjpass")), None
        )
    elif subject is None and head.dep_ == "conj":
        # "the bodies were taken to the city and funeral rites will begin on Tuesday": the parse
        # hangs the second clause's subject in the first's phrase; the noun just before the verb
        # and its auxiliaries is what began
        first = min([c.i for c in head.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < head.i] + [head.i])
        before = head.doc[first - 1] if first > head.sent.start else None
        if before is not None and before.dep_ in ("pobj", "dobj", "conj") and before.head.i < first:
            subject = before
    return subject is not None and subject.pos_ == "NOUN" and not _is_word(subject, words.event)


def _a_market_moved(verb: Token, words: RoleWords) -> bool:
    """An event verb whose subject is a market's measure (``time.roles.market_nouns``): "Vale's
    share price plunged by 25% on Monday", "shares tumbled on Tuesday"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in words.market


def _a_thing_rose(verb: Token, words: RoleWords) -> bool:
    """A verb of a rise (``time.roles.rise``) whose subject is a thing, not a count nor the people it
    counts: "the Guadalupe River, which rose rapidly early Friday" (the relative pronoun stands for
    its noun); "the toll rose", "deaths climbed", "82 have died" are counts."""
    if not _is_word(verb, words.rise):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    if subject.like_num or any(c.dep_ == "nummod" for c in subject.children):
        return False
    return (
        subject.pos_ in ("NOUN", "PROPN")
        and subject.lemma_.lower() not in words.counted
        and (subject.lower_ not in words.counted)
    )


def _right_after_saying(span: Span, words: RoleWords) -> bool:
    """The time expression follows a verb of saying and an adverb of ``time.roles.said_day_adverbs``,
    "on" or "at" aside ("police said late on Saturday they had discovered the
    remains of one victim"): the day it was said, however the parse hangs it. A day that is a
    happening's own ("said Saturday's blast killed 12") stays the happening's."""
    doc, i = span.doc, span.start - 1
    if span.root.dep_ == "poss" or (span.end < len(doc) and doc[span.end].tag_ == "POS"):
        return False
    if i >= 0 and doc[i].lower_ in ("on", "at"):
        i -= 1
    if i < 0 or doc[i].pos_ != "ADV" or doc[i].lower_ not in words.said_day_adverbs:
        # (only with the adverb: "the army said on Tuesday it had killed 12 in an overnight strike"
        # is read by the parse as before)
        return False
    i -= 1
    return i >= 0 and doc[i].pos_ == "VERB" and _is_word(doc[i], words.statement)


def _opens_what_was_said(span: Span, words: RoleWords) -> bool:
    """The time expression follows a verb of saying, "on" or "at" aside, and the parse hangs it on
    the happening's verb of the clause said, before all that clause's other words ("which an
    industry association said on Friday may have been started deliberately"): the day it was said,
    not the happening's. (A clause of what came after it, "firefighters said on Monday they had
    contained the wildfire", keeps the parse's reading: a later day all the same.)"""
    doc, i = span.doc, span.start - 1
    first = span.start
    if i >= 0 and doc[i].lower_ in ("on", "at"):
        first, i = i, i - 1
    if i < 0 or doc[i].pos_ != "VERB" or not _is_word(doc[i], words.statement):
        return False
    head = _governor(span.root, span)
    return (
        head is not None
        and head.i != i
        and head.dep_ == "ccomp"
        and head.head.i == i
        and head.left_edge.i == first
        and _is_word(head, words.event)
        and not _phrasal(head, words.after)
    )


def _at_the_ruins(verb: Token, words: RoleWords) -> bool:
    """``verb``'s subject names a happening ("a fire broke out") and a place phrase of it names the
    site another happening left ("at the southern side of the collapsed building", "in the bombed
    hospital"): a later happening at the story's site, whose time is not the story's own."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _is_word(subject, words.happening):
        return False
    todo = [c for c in verb.children if c.dep_ == "prep"]
    for _ in range(4):
        found = False
        nxt: list[Token] = []
        for prep in todo:
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                found = found or any(
                    a.dep_ == "amod" and _left_by(a, words) and not a.lower_.startswith(subject.lemma_.lower())
                    for a in noun.children
                )
                nxt.extend(c for c in noun.children if c.dep_ == "prep")
        if found:
            return True
        todo = nxt
    return False


def _left_by(word: Token, words: RoleWords) -> bool:
    """``word`` is the participle of a happening's verb ("collapsed", "bombed", "flooded"), which
    the parse may take for a verb or for an adjective."""
    if word.tag_ == "VBN" and _is_word(word, words.happening):
        return True
    form = word.lower_
    return word.tag_ in ("VBN", "JJ") and any(form in (w + "d", w + "ed") for w in words.happening)


def _after_a_statement_noun(span: Span, words: RoleWords) -> bool:
    """The time expression follows a noun of saying, "on" or "at" aside ("Norvane, in a statement
    this evening, put the toll at 15"; "told a briefing on Monday"): the day it was said, however
    the parse hangs it."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].lower_ in ("on", "at"):
        i -= 1
    return i >= 0 and doc[i].pos_ == "NOUN" and _is_word(doc[i], words.statement_nouns)
