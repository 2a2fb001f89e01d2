"""People: who is named in a sentence, and what the story says happened to them.

``extract_people`` yields one ``person`` mention per name as written (a title directly before it
included in the span). The attribute is the person's part in the story — ``victim`` (killed or
injured), ``suspect`` (shooter, accused, arrested), ``speaker`` (quoted) or ``person`` — read from
the dependency parse: the verb the name is subject or object of, the noun it is in apposition to
("the victim, John Smith"), a relative clause ("who was shot"). The value holds the name, title,
matching key (``verify.names.name_key``), the role as written, the status and the age.

spaCy's small model misses and mislabels names, so candidates are its PERSON entities minus what
is plainly an organisation or a place, plus proper-noun runs that behave like a person (an age in
apposition, a title before them, subject of "said", object of "shot"). ``resolve_short_names``
then gives a later lone surname ("Maaz") the key of the full name earlier in the same document.
Every word list used here lives in the ``names`` section of the rules.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from spacy.tokens import Span, Token

from ..names import name_key, strip_title
from ..rules import RuleSet
from .base import Mention, SentenceContext

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_AGE_WORD = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_AGE_AFTER = (
    re.compile(r"^\s*,\s*(?:aged?\s+)?(\d{1,3})(?![\d,.:/]\d)(?!\s*(?:%|percent|people|times|rounds|shots|"
               r"minutes|hours|days|weeks|months|miles|feet|a\.m|p\.m|am\b|pm\b))"),
    re.compile(r"^\s*\(\s*(?:aged?\s+)?(\d{1,3})\s*\)"),
    re.compile(r"^\s*,?\s*aged?\s+(\d{1,3})\b"),
)
_YEARS_OLD = re.compile(_AGE_WORD + r"[\s-]*(?:years?|yrs?)[\s-]*old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(_AGE_WORD + r"[\s-]*(?:years?|yrs?)[\s-]*old,?\s+(?:[A-Za-z]+\s+){0,2}$", re.IGNORECASE)
_GLUED = re.compile(r"[a-z][A-Z]{2,}")  # "HomeROSEBUD": a title glued to the text
_NOT_PERSON_LABELS = ("GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE")
_PRONOUNS = ("he", "she", "him", "her")
_GLUED_TITLE = re.compile(r"^[A-Z][a-z]{3,}(?=[A-Z][a-z])")
_NAMING = ("name", "identify", "call", "know", "list")
_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")
_SAY_EXTRA = ("say", "tell", "add", "state", "explain", "describe", "recall", "write", "tweet", "testify")

Role = tuple[str, str | None]  # (attribute, status)


def _words(rules: RuleSet, key: str) -> frozenset[str]:
    return rules.person_words.get(key, frozenset())


# --------------------------------------------------------------------------------------------
# Candidate names


def _is_namelike(tok: Token) -> bool:
    text = tok.text
    return bool(text) and (text[0].isupper() or text in ("al", "el", "de", "van", "von", "bin", "ibn", "da"))


def _trim(span: Span) -> Span | None:
    """The name inside a candidate span: no leading article, trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or not doc[start].text[:1].isupper()):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text != "." or doc[end - 1].lower_ in ("'s", "’s", "'") or doc[end - 1].is_space):
        end -= 1
    for i in range(start, end):  # a name never crosses a line
        if "\n" in doc[i].text_with_ws[:-1] or (i > start and "\n" in doc[i - 1].whitespace_ + doc[i].text):
            end = i
            break
    if end <= start:
        return None
    return doc[start:end]


def _not_a_person(span: Span, rules: RuleSet) -> bool:
    text = span.text
    words = [w.lower() for w in re.findall(r"[\w']+", text)]
    if not words or not any(t.text[:1].isupper() for t in span):
        return True
    if any(w in _words(rules, "not_person") for w in words):
        return True
    if any(ch.isdigit() for ch in text) or any(_GLUED.search(t.text) for t in span):
        return True
    if all(not ch.isalpha() or ch.isupper() for ch in text):
        return True  # all capitals: an acronym, or a shouted headline that NER cannot read
    if any(w in _words(rules, k) for w in words for k in ("kill", "wound", "harm", "death", "injury", "arrest", "accuse",
                                                             "victim_nouns", "suspect_nouns")):
        return True  # a title-case headline ("Driver Shot In ..."), not a name
    if any(len(t.text) >= 2 and t.text.isalpha() and t.text.isupper() and t.lower_ not in _SUFFIXES for t in span):
        return True  # an acronym inside: "CBS Chicago", "LAPD Officer"
    root = span.root
    for det in (c for c in root.children if c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that")):
        between = span.doc[det.i + 1:span.start]
        if det.i < span.start and all(t.pos_ in ("ADJ", "NUM", "PROPN", "PUNCT", "VERB") for t in between):
            return True  # "a parked 2002 Ford Explorer", "the Chevrolet Malibu": names take no article
    if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN" and root.head.i >= span.end:
        return True  # "a 22-year-old Milwaukee man", "the Crown Point resident"
    low = text.lower()
    for table in ("organization", "place", "facility"):
        if low in rules.aliases.get(table, {}):
            return True
    if low in rules.actors:
        return True
    return False


def _propn_runs(sent: Span) -> Iterator[Span]:
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        if doc[i].pos_ == "PROPN" and _is_namelike(doc[i]):
            j = i + 1
            while j < sent.end and (
                (doc[j].pos_ == "PROPN" and _is_namelike(doc[j]))
                or (doc[j].text in ("-",) and not doc[j - 1].whitespace_ and j + 1 < sent.end and doc[j + 1].pos_ == "PROPN")
            ):
                j += 1
            yield doc[i:j]
            i = j
        else:
            i += 1


def _candidates(sent: Span, rules: RuleSet) -> Iterator[tuple[Span, bool]]:
    """(span, is_person_entity) for every name-like span in the sentence, without overlaps."""
    taken: set[int] = set()
    doc = sent.doc
    for ent in sent.ents:
        if ent.label_ == "PERSON":
            start = ent.start  # the small model often drops a first name: "Deangelo [Damone Reid]"
            while start > sent.start and doc[start - 1].pos_ == "PROPN" and _is_namelike(doc[start - 1]) \
                    and not doc[start - 1].ent_type_ and doc[start - 1].lower_.rstrip(".") not in rules.titles \
                    and doc[start - 1].lower_ not in _words(rules, "not_person"):
                start -= 1
            span = _trim(doc[start:ent.end])
            if span is not None:
                taken.update(range(span.start, span.end))
                yield span, True
    blocked = {i for ent in sent.ents if ent.label_ in ("DATE", "TIME", "CARDINAL", "MONEY", "ORDINAL", "PERCENT", "QUANTITY", "LAW", "EVENT") for i in range(ent.start, ent.end)}
    for run in _propn_runs(sent):
        if any(i in taken or i in blocked for i in range(run.start, run.end)):
            continue
        span = _trim(run)
        if span is not None:
            yield span, False


def _title_before(span: Span, rules: RuleSet) -> int:
    """The start of a title written directly before the name ("Dr.", "Deputy Chief"), else span.start."""
    doc = span.doc
    start = span.start
    while start > 0:  # the sentence splitter may have cut after "Sgt."
        prev = doc[start - 1]
        if prev.text == "." and start >= 2 and doc[start - 2].lower_ in rules.titles and not doc[start - 2].whitespace_ \
                and doc[start - 2].text[:1].isupper():
            start -= 2
            continue
        if prev.text[:1].isupper() and prev.lower_.rstrip(".") in rules.titles and prev.whitespace_:
            start -= 1
            continue
        break
    return start


# --------------------------------------------------------------------------------------------
# Age and role as written


def _age_of(span: Span, root: Token) -> int | None:
    doc = span.doc
    after = doc.text[span.end_char:span.end_char + 40]
    for pattern in _AGE_AFTER:
        m = pattern.match(after)
        if m:
            return _age_value(m.group(1))
    before = doc.text[max(span.sent.start_char, span.start_char - 40):span.start_char]
    m = _AGE_BEFORE.search(before)
    if m:
        return _age_value(m.group(1))
    for noun in _role_nouns(root):
        m = _YEARS_OLD.search(_phrase(noun, root).text if _phrase(noun, root) is not None else "")
        if m:
            return _age_value(m.group(1))
    return None


def _age_value(text: str) -> int | None:
    value = _NUMBER_WORDS.get(text.lower()) if not text.isdigit() else int(text)
    return value if value is not None and 0 <= value <= 120 else None


def _role_nouns(root: Token) -> list[Token]:
    """Nouns that describe the person: in apposition either way, or "a dentist identified as X"."""
    out = [c for c in root.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and not c.like_num
           and c.ent_type_ not in ("PERSON", "GPE")]
    before = [t for t in root.lefts if t.dep_ in ("compound", "nmod", "amod") and t.pos_ == "NOUN"]
    out.extend(before[-1:])  # "victim Victoria Cantu", "gunman Omar Mateen"
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN",):
        out.append(root.head)
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    if root.dep_ in ("pobj", "oprd") and verb.lemma_.lower() in _NAMING:
        if root.dep_ == "pobj" or verb.dep_ in ("acl", "relcl"):
            if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
                out.append(verb.head)  # "a 30-year-old man, who was identified as X"
            out.extend(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN")
    return out


def _phrase(noun: Token, name_root: Token) -> Span | None:
    """The noun phrase of a role noun as written, without the name and its clauses."""
    doc = noun.doc
    lefts = [t for t in noun.subtree if t.i <= noun.i]
    start = min(t.i for t in lefts) if lefts else noun.i
    end = noun.i + 1
    for child in noun.rights:
        if child.dep_ in ("prep", "compound", "amod", "poss") and not (child.i <= name_root.i <= child.right_edge.i):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    if start <= name_root.i < end:
        start = name_root.i + 1
    while start < end and (doc[start].is_punct or doc[start].dep_ in ("cc",)):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end <= start or any(_GLUED_TITLE.match(t.text) for t in doc[start:end]):
        return None
    return doc[start:end]


# --------------------------------------------------------------------------------------------
# Part in the story


def _verb_words(verb: Token, objects: bool = True) -> set[str]:
    """Lemmas and complements of a verb and the verbs coordinated with it ("shot and killed").

    ``objects=False`` leaves out the direct object: "the coroner pronounced the boy dead" says
    nothing about the coroner.
    """
    words = {verb.lemma_.lower(), verb.lower_}
    if not objects and any(c.dep_ == "dobj" for c in verb.children):
        return words
    deps = ("conj", "xcomp", "oprd", "acomp", "prt", "advmod") + (("dobj",) if objects else ())
    for c in verb.children:
        if c.dep_ in deps or (c.dep_ == "prep" and c.lower_ in ("in", "into")):
            words.update({c.lemma_.lower(), c.lower_})
            if c.dep_ in ("conj", "xcomp"):
                words.update(g.lemma_.lower() for g in c.children if g.dep_ in ("oprd", "acomp", "prt", "dobj"))
            if c.dep_ == "prep":
                words.update(g.lemma_.lower() for g in c.children)
    for d in verb.subtree:  # "seen leaving ... minutes before being killed": a subjectless passive
        if d.tag_ == "VBN" and any(a.lower_ == "being" for a in d.children if a.dep_ == "auxpass") and \
                not any(a.dep_ in ("nsubj", "nsubjpass") for a in d.children):
            words.add(d.lemma_.lower())
    return words


def _noun_role(noun: Token, rules: RuleSet) -> Role | None:
    lemma = noun.lemma_.lower()
    if lemma in _words(rules, "suspect_nouns") or noun.lower_ in _words(rules, "suspect_nouns"):
        return "suspect", None
    if lemma in _words(rules, "victim_nouns") or noun.lower_ in _words(rules, "victim_nouns"):
        return "victim", _status_from(_verb_words(noun.head) | {lemma}, rules) if noun.head is not noun else None
    if lemma in _words(rules, "death"):
        return "victim", "killed"
    for acl in (c for c in noun.children if c.dep_ == "acl"):  # "the two civilians killed"
        if _harmed(_verb_words(acl), rules):
            return "victim", _status_from(_verb_words(acl), rules)
    return None


def _status_from(words: set[str], rules: RuleSet) -> str | None:
    if words & (_words(rules, "kill") | _words(rules, "death")):
        return "killed"
    if words & (_words(rules, "wound") | _words(rules, "injury")):
        return "injured"
    return None


def _harmed(words: set[str], rules: RuleSet) -> bool:
    return bool(words & (_words(rules, "kill") | _words(rules, "wound") | _words(rules, "harm")))


def _clause_role(node: Token, verb: Token, rules: RuleSet) -> Role | None:
    """The part of ``node`` (the name, or a relative pronoun standing for it) in the clause of ``verb``."""
    words = _verb_words(verb)
    dep = node.dep_
    passive = dep in ("nsubjpass",) or any(c.dep_ == "auxpass" for c in verb.children) or (
        # "officers found X shot to death": a reduced passive under "find"
        verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.lemma_ == "find" and not any(c.dep_ == "dobj" for c in verb.children))
    if dep in ("nsubjpass", "dobj") or (dep == "nsubj" and passive):
        if words & _words(rules, "arrest"):
            return "suspect", "arrested"
        if words & _words(rules, "accuse"):
            return "suspect", "accused"
        if _harmed(words, rules) or _status_from(words, rules):
            return "victim", _status_from(words, rules)
    if dep == "nsubj" and not passive:
        if any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in verb.children) and _harmed(words, rules):
            return "victim", _status_from(words, rules)  # "killed himself": casualty counts list the dead
        if verb.lower_ in rules.cue_verbs or verb.lemma_.lower() in rules.cue_verbs or verb.lemma_.lower() in _SAY_EXTRA:
            return "speaker", "quoted"
        state = _verb_words(verb, objects=False)
        if verb.lemma_.lower() in ("suffer", "sustain", "receive"):
            state = _verb_words(verb)
        if state & (_words(rules, "death") | _words(rules, "injury")):
            return "victim", _status_from(state, rules)
        for c in verb.children:
            if c.dep_ == "attr":
                return _noun_role(c, rules)
        if words & _words(rules, "plead"):
            return "suspect", "accused"
        if verb.lemma_.lower() in ("suffer", "sustain", "receive") and state & (_words(rules, "wound") | _words(rules, "injury")):
            return "victim", _status_from(state, rules)
        if _harmed(state, rules) or state & _words(rules, "attack"):
            return "suspect", None
    if dep == "attr":
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return _noun_role(c, rules)
    if dep == "pobj" and node.head.lower_ == "by" and node.head.head is verb and passive:
        if _harmed(words, rules) or words & _words(rules, "attack"):
            return "suspect", None
    return None


def _pick(found: list[Role]) -> Role | None:
    for attribute in ("suspect", "victim", "speaker"):
        statuses = [s for a, s in found if a == attribute]
        if statuses:
            return attribute, next((s for s in statuses if s is not None), None)
    return None


def _own_roles(root: Token, rules: RuleSet) -> list[Role]:
    """What the name's own modifiers say: nouns in apposition, "who was shot", "charged with"."""
    found = [r for r in (_noun_role(n, rules) for n in _role_nouns(root)) if r is not None]
    for child in root.children:
        if child.dep_ not in ("relcl", "acl"):
            continue
        attrs = [t for t in child.subtree if t.dep_ == "attr"]
        role = next((r for r in (_noun_role(a, rules) for a in attrs) if r is not None), None)
        pron = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")), None)
        if role is None and pron is not None:
            role = _clause_role(pron, child, rules)
        if role is None and child.dep_ == "acl":
            words = _verb_words(child)
            if words & _words(rules, "accuse"):
                role = "suspect", "accused"
            elif words & _words(rules, "arrest"):
                role = "suspect", "arrested"
            elif _harmed(words, rules) or _status_from(words, rules):
                role = "victim", _status_from(words, rules)
        if role is not None:
            found.append(role)
    return found


def _clause_roles(root: Token, rules: RuleSet) -> tuple[list[Role], bool]:
    """Climb from the name to the predicate of its clause; also says whether a list was climbed."""
    found: list[Role] = []
    node, shared = root, False
    for _ in range(8):
        head = node.head
        if node.dep_ in ("conj", "appos", "compound") and head is not node:
            shared = shared or node.dep_ == "conj"
            node = head
            if node.pos_ == "NOUN":
                role = _noun_role(node, rules)
                if role is not None:
                    found.append(role)
            continue
        if node.dep_ in ("oprd", "pobj", "attr") and head.lemma_.lower() in _NAMING + ("as",):
            verb = head if head.lemma_.lower() in _NAMING else head.head
            if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PRON"):
                node = verb.head  # "a man named X was killed": X stands for the man
                continue
        if node.dep_ == "poss" or (node.dep_ == "pobj" and head.lower_ == "of"):
            noun = head if node.dep_ == "poss" else head.head
            role = _noun_role(noun, rules)
            lemma = noun.lemma_.lower()
            if role is None and lemma in (_words(rules, "arrest") | _words(rules, "accuse")):
                role = "suspect", "arrested" if lemma in _words(rules, "arrest") else "accused"
            if role is not None:
                found.append(role)
            break
        if node.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            found.append(("speaker", "quoted"))
            break
        if node.dep_ == "pobj" and head.lower_ == "as":
            verb = head.head
            for c in verb.children:
                if c.dep_ in ("nsubjpass", "dobj", "nsubj"):
                    role = _noun_role(c, rules)
                    if role is not None:
                        found.append(role)
            if not found and verb.lemma_.lower() in _NAMING:
                # "family members identified him as X": relatives and coroners name the dead
                agents = [c for c in verb.children if c.dep_ == "nsubj"]
                agents += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                if any(a.lemma_.lower() in _words(rules, "identifiers") or
                       any(t.lemma_.lower() in _words(rules, "identifiers") for t in a.lefts) for a in agents):
                    found.append(("victim", None))
            break
        if head.pos_ in ("VERB", "AUX"):
            role = _clause_role(node, head, rules)
            if role is not None:
                found.append(role)
        break
    return found, shared


def _role(root: Token, rules: RuleSet) -> Role:
    """The person's part: their own modifiers win over a predicate shared by a list of names;
    otherwise what the clause says happened to them wins over the noun they are called by."""
    own = _pick(_own_roles(root, rules))
    clause_found, shared = _clause_roles(root, rules)
    clause = _pick(clause_found)
    if own is not None and (shared or clause is None):
        return own
    return clause or own or ("person", None)


def _pronoun_role(span: Span, rules: RuleSet) -> Role | None:
    """The part of a person the sentence itself leaves open, read from the next "he"/"she".

    News names a person, then says what happened to them: "Jose Lopez was sitting outside. He was
    shot in the chest." The first personal pronoun after the name, in the same sentence or the next
    one, stands for the name when no other name comes between.
    """
    doc = span.doc
    end = span.sent.end
    if end < len(doc):
        end = doc[end].sent.end
    for tok in doc[span.end:end]:
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.dep_ in ("nsubj", "nsubjpass")):
            return None
        if tok.lower_ in _PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            role = _pick(_clause_roles(tok, rules)[0])
            return role if role is not None and role[0] in ("victim", "suspect") else None
    return None


# --------------------------------------------------------------------------------------------
# The extractor


def _person_evidence(span: Span, root: Token, role: Role, age: int | None, titled: bool, rules: RuleSet) -> bool:
    """Whether a span spaCy did not tag PERSON still behaves like a person."""
    labels = {t.ent_type_ for t in span}
    if titled or (age is not None and not labels & set(_NOT_PERSON_LABELS[3:])):
        return True
    if labels & set(_NOT_PERSON_LABELS):
        return False
    last = span[-1].lower_
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == last for e in span.doc.ents):
        return True  # the document names this surname as a person elsewhere
    if role[0] in ("victim", "suspect", "speaker") and len(span) <= 4:
        return True
    return False


def extract_people(sent: Span, ctx: SentenceContext, rules: RuleSet) -> Iterator[Mention]:
    """Yield a ``person`` mention for every person named in ``sent`` (see the module docstring)."""
    if ctx.link:
        return
    text = sent.doc.text
    for span, is_entity in _candidates(sent, rules):
        if _not_a_person(span, rules):
            continue
        start = _title_before(span, rules)
        written = sent.doc[start:span.end]
        title, name = strip_title(written.text, rules)
        if not name or name.lower().rstrip(".") in rules.titles:
            continue  # "Sgt" alone: a title the tagger took for a name
        root = span.root
        age = _age_of(span, root)
        role = _role(root, rules)
        if re.search(r"\baccording to\s*$", text[max(0, written.start_char - 20):written.start_char], re.IGNORECASE):
            role = "speaker", "quoted"
        if role[0] == "person" and root.dep_ in ("nsubj", "nsubjpass", "dobj"):
            role = _pronoun_role(span, rules) or role
        glued_in = any(_GLUED_TITLE.match(t.text) for t in span)
        if not is_entity and (root.dep_ == "appos" and root.head.ent_type_ == "PERSON" and not glued_in
                              or not _person_evidence(span, root, role, age, title is not None, rules)):
            continue  # "Tirana Hassan, Crisis Response Director at ...": a job title, not a second person
        if not is_entity and len(span) == 1 and title is None and role[0] != "speaker" and not any(
                e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == span[0].lower_ for e in sent.doc.ents):
            continue
        described = None
        for noun in _role_nouns(root):
            phrase = _phrase(noun, root)
            if phrase is not None and not phrase.text.isdigit():
                described = phrase.text
                break
        start_char, end_char = written.start_char, written.end_char
        for tok in span:  # "Los Angeles TimesJassely Lupoe": the page title runs into the first name
            glued = _GLUED_TITLE.match(tok.text)
            if glued:
                start_char, title = tok.idx + glued.end(), None
                name = text[start_char:end_char]
        yield Mention(
            kind="person",
            attribute=role[0],
            start=start_char,
            end=end_char,
            value={"name": name, "title": title, "key": name_key(name, rules), "role": described,
                   "status": role[1], "age": age},
        )


def resolve_short_names(mentions: list[Mention]) -> list[Mention]:
    """Give lone surnames the key of the full name they refer back to, within ONE document.

    ``mentions`` are the person mentions of a single document in text order. A one-word key
    ("maaz") takes the key of the nearest earlier full name ending in it ("mohammed maaz"), or else
    the nearest later one; failing a surname, a full name starting with it (a child called by first
    name). Offsets, spelling and everything else stay the mention's own.
    """
    out: list[Mention] = []
    people = [m for m in mentions if m.kind == "person"]
    for m in mentions:
        key = m.value.get("key", "") if m.kind == "person" else ""
        if key and " " not in key:
            full = [p for p in people if " " in p.value.get("key", "") and p.value["key"].split()[-1] == key]
            if not full:
                full = [p for p in people if " " in p.value.get("key", "") and p.value["key"].split()[0] == key]
            if full:
                earlier = [p for p in full if p.start < m.start]
                chosen = earlier[-1] if earlier else full[0]
                m = replace(m, value={**m.value, "key": chosen.value["key"]})
        out.append(m)
    return out
