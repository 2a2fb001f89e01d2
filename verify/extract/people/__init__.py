"""People: who is named in a sentence, and what the story says happened to them.

``extract_people`` yields one ``person`` mention per name as written (a title directly before it
included in the span). The attribute is the person's part in the story — ``victim`` (killed or
injured), ``suspect`` (shooter, accused, arrested), ``speaker`` (quoted) or ``person`` — read from
the dependency parse: the verb the name is subject or object of, the noun it is in apposition to
("the victim, John Smith"), a relative clause ("who was shot"). The value holds the name, title,
matching key (``verify.extract.names.name_key``), the role as written, the status and the age.

The work is split by responsibility: ``candidates`` finds the names (spaCy PERSON entities
minus organisations and places, plus proper-noun runs that behave like a person), ``roles``
reads each one's part, status and age in its sentence, ``story`` completes them from the
rest of the document ("Police identified him as X"), and ``document`` (``resolve_short_names``) works
across the mentions of one document. Every word list used lives in the ``names`` section of the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token
from wordfreq import zipf_frequency

from ...models import PersonValue
from ...rules import RuleSet
from ...text.places import known_places
from ...text.spelling import plain
from ..base import Mention, SentenceContext, facts_of
from ..names import name_key, strip_title, title_gender
from .candidates import behaves_like_person, find_candidates, not_a_person, title_start
from .document import resolve_short_names
from .roles import age_of, described_as, glued_at, is_animal, person_role, pronoun_role, word_list
from .story import story_role

__all__ = ["extract_people", "resolve_short_names"]


_AGED = re.compile(r",\s*(?:aged?\s+)?\d{1,2},")


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether a name is all its line holds (a "By" before it allowed): a byline or a label, no story."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].strip().lower()
    after = text[end : len(text) if line_end < 0 else line_end].strip()
    return before in ("", "by") and after in ("", ":", "|", "-", "—")


def _person_value(
    name: str, title: str | None, key: str, described: str | None, status: str | None, age: int | None, rules: RuleSet
) -> PersonValue:
    """A person mention's value, with ``gender`` when the title ("Mrs") or the noun the name is
    described by ("her husband") says it."""
    value: PersonValue = {"name": name, "title": title, "key": key, "role": described, "status": status, "age": age}
    gender = title_gender(title, rules)
    if gender is None and described:
        last = described.lower().split()[-1]
        gender = next((g for g in ("male", "female") if last in word_list(rules, f"{g}_nouns")), None)
    if gender:
        value["gender"] = gender
    return value


def _people_noun(token: Token, rules: RuleSet) -> bool:
    """A word the rules count people by (``figures.people``: "medics", "mourners", "protesters")."""
    words = {token.lower_, token.lemma_.lower()}
    return bool(words & rules.figures.general or words & rules.figures.groups.keys())


def extract_people(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    """Yield a ``person`` mention for every person named in ``sent`` (see the module docstring)."""
    if ctx.link:
        return
    facts = facts_of(sent, ctx.facts)
    text = facts.text
    for span, is_entity in find_candidates(sent, rules, facts):
        if not_a_person(span, rules, facts) and not (is_entity and len(span) > 1 and _AGED.match(text, span.end_char)):
            continue  # but "Brandon Borders, 29, was suffering ...": a name with an age is a person
        start = title_start(span, rules)
        written = sent.doc[start : span.end]
        title, name = strip_title(written.text, rules)
        if not name or name.lower().rstrip(".") in rules.names.titles:
            continue  # "Sgt" alone: a title the tagger took for a name
        if len(span) == 1 and title is None and _people_noun(span[0], rules) and span[0].lower_ not in facts.surnames:
            continue  # "Medics at al-Rahma hospital say ...": a noun the rules count people by, not a name
        root = span.root
        if is_animal(span, rules):
            continue  # "Niko, an Akita", "K-9 Rex": a pet or a police dog
        age = age_of(span, root, text)
        role = person_role(root, rules)
        if re.search(r"\baccording to\s*$", text[max(0, written.start_char - 20) : written.start_char], re.IGNORECASE):
            role = "speaker", "quoted"
        if role[0] == "person" and root.dep_ in ("nsubj", "nsubjpass", "dobj"):
            role = pronoun_role(span, rules) or role
        role, age = story_role(span, role, age, rules)
        glued_in = any(glued_at(t) is not None for t in span)
        if not is_entity and (
            root.dep_ == "appos"
            and root.head.ent_type_ == "PERSON"
            and not glued_in
            or not behaves_like_person(span, root, role, age, title is not None, rules, facts)
        ):
            continue  # "Tirana Hassan, Crisis Response Director at ...": a job title, not a second person
        if (
            not is_entity
            and len(span) == 1
            and title is None
            and (role[0] != "speaker" or zipf_frequency(span[0].lower_, "en") >= rules.names.people.common_word_zipf)
            and span[0].lower_ not in facts.surnames
        ):
            continue  # a lone word that is no known surname: a speaker only if no common word ("Staff said")
        if age is None and (
            _alone_on_its_line(text, written.start_char, written.end_char)
            or (title is None and plain(span.text) in known_places() and span[-1].lower_ not in facts.surnames)
        ):
            continue  # a byline, a credit, a heading ("Dark Mode"), or a town ("Antakya", "Chapel Hill")
        described = described_as(root)
        start_char, end_char = written.start_char, written.end_char
        for tok in span:  # "Los Angeles TimesJassely Lupoe": the page title runs into the first name
            glued = glued_at(tok)
            if glued is not None:
                start_char, title = tok.idx + glued, None
                name = text[start_char:end_char]
        yield Mention(
            kind="person",
            attribute=role[0],
            start=start_char,
            end=end_char,
            value=_person_value(name, title, name_key(name, rules), described, role[1], age, rules),
        )
