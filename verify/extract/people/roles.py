"""A named person's part in the story, status and age, read from the dependency parse.

``role`` climbs from the name to what describes it: the verb it is subject or object of, the noun
it is in apposition to ("the victim, John Smith"), a relative clause ("who was shot"). The part is
``victim`` (killed or injured), ``suspect`` (shooter, accused, arrested), ``speaker`` (quoted) or
``person``; the status ``killed``, ``injured``, ``arrested``, ``accused``, ``quoted`` or None.
``pronoun_role`` reads the next "he"/"she" when the name's own sentence says nothing; ``age_of``
and ``described_as`` give the age and the role noun as written. Every word list comes from the
``names.people`` section of the rules, through ``word_list``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...rules import RuleSet
from ...text import NUMBER_WORDS
from ..base import doc_text
from ..quotemarks import find_marked

_NUMBER_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n <= 20}  # ages written out: "a twelve-year-old"
_AGE_WORD = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_AGE_AFTER = (
    re.compile(
        r"^\s*,\s*(?:aged?\s+)?(\d{1,3})(?!\d)(?![,.:/]\d)(?!-(?!years?\b)[A-Za-z])(?!\s*(?:%|percent|people|times|rounds|shots|"
        r"minutes|hours|days|weeks|months|miles|feet|a\.m|p\.m|am\b|pm\b))"
    ),
    re.compile(r"^\s*\(\s*(?:aged?\s+)?(\d{1,3})\s*\)"),
    re.compile(r"^\s*,?\s*aged?\s+(\d{1,3})\b"),
)
_YEARS_OLD = re.compile(_AGE_WORD + r"[\s-]*(?:years?|yrs?)[\s-]*old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(_AGE_WORD + r"[\s-]*(?:years?|yrs?)[\s-]*old,?\s+(?:[A-Za-z]+\s+){0,2}$", re.IGNORECASE)
_PRONOUNS = ("he", "she", "him", "her")
GLUED_TITLE = re.compile(r"^[A-Z][a-z]{3,}(?=[A-Z][a-z])")
_GLUED_HOST = re.compile(r"^[\w.-]*\.(?i:com|net|org|tv|co|uk|io|info|news)(?=[A-Z][a-z])")


def glued_at(tok: Token) -> int | None:
    """Where a name glued to a page's title or address begins inside a token, else None: a scraped
    page runs its title into the first line ("Augusta ChronicleGeoffrey" -> 9, "abc7ny.comMichael" -> 10)."""
    m = GLUED_TITLE.match(tok.text) or _GLUED_HOST.match(tok.text)
    return m.end() if m else None


_NAMING = ("name", "identify", "call", "know", "list")
_SAY_EXTRA = ("say", "tell", "add", "state", "explain", "describe", "recall", "write", "tweet", "testify")

Role = tuple[str, str | None]  # (attribute, status)


def word_list(rules: RuleSet, key: str) -> frozenset[str]:
    """One word list of the ``names.people`` rules (empty when the rules leave it out)."""
    return getattr(rules.names.people, key)


# --------------------------------------------------------------------------------------------
# Age and role as written


def age_of(span: Span, root: Token, text: str | None = None) -> int | None:
    """The age written beside the name ("John Smith, 34", "34-year-old John Smith") or in a role noun.

    ``text``: the document text, when the caller has it (``Doc.text`` is rebuilt on every access).
    """
    if text is None:
        text = doc_text(span.doc)
    after = text[span.end_char : span.end_char + 40]
    for pattern in _AGE_AFTER:
        m = pattern.match(after)
        if m:
            return _age_value(m.group(1))
    before = text[max(span.sent.start_char, span.start_char - 40) : span.start_char]
    m = _AGE_BEFORE.search(before)
    if m:
        return _age_value(m.group(1))
    for noun in _role_nouns(root):
        phrase = _phrase(noun, root)
        m = _YEARS_OLD.search(phrase.text if phrase is not None else "")
        if m:
            return _age_value(m.group(1))
    return None


def _age_value(text: str) -> int | None:
    value = _NUMBER_WORDS.get(text.lower()) if not text.isdigit() else int(text)
    return value if value is not None and 0 <= value <= 120 else None


def _role_nouns(root: Token) -> list[Token]:
    """Nouns that describe the person: in apposition either way, or "a dentist identified as X"."""
    out = [
        c
        for c in root.children
        if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and not c.like_num and c.ent_type_ not in ("PERSON", "GPE")
    ]
    name = [root] + [t for t in root.lefts if t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod")]
    before = sorted(
        (t for n in name for t in n.lefts if t.dep_ in ("compound", "nmod", "amod") and t.pos_ == "NOUN"),
        key=lambda t: t.i,
    )
    out.extend(before[-1:])  # "victim Victoria Cantu", "gunman Omar Mateen", "victim Eduardo "Eddy" Villagomez"
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
    if end <= start or any(glued_at(t) is not None for t in doc[start:end]):
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
        purpose = c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        state = c.dep_ == "ccomp" and c.pos_ == "ADJ" and not any(g.dep_.startswith("nsubj") for g in c.children)
        if (
            c.dep_ in deps
            or purpose
            or state
            or (c.dep_ == "prep" and (c.lower_ in ("in", "into", "from") or _to_death(c)))
        ):
            words.update({c.lemma_.lower(), c.lower_})
            if c.dep_ in ("conj", "xcomp"):  # "found shot and killed": the conj of the complement too
                words.update(
                    g.lemma_.lower()
                    for g in c.children
                    if g.dep_ in ("oprd", "acomp", "prt") + (("dobj",) if objects else ())
                    or (c.dep_ == "xcomp" and g.dep_ == "conj" and g.tag_ == "VBN")
                    or _to_death(g)
                )
            if c.dep_ == "prep":
                words.update(g.lemma_.lower() for g in c.children)
    for d in verb.subtree:  # "seen leaving ... minutes before being killed": a subjectless passive
        if (
            d.tag_ == "VBN"
            and any(a.lower_ == "being" for a in d.children if a.dep_ == "auxpass")
            and not any(a.dep_ in ("nsubj", "nsubjpass") for a in d.children)
        ):
            words.add(d.lemma_.lower())
    return words


def _to_death(prep: Token) -> bool:
    """ "shot to death", "beaten to death": the outcome sits in a prepositional phrase."""
    return prep.dep_ == "prep" and prep.lower_ == "to" and any(g.lemma_.lower() == "death" for g in prep.children)


def _noun_role(noun: Token, rules: RuleSet) -> Role | None:
    lemma = noun.lemma_.lower()
    if noun.pos_ in ("NUM", "PRON"):  # "two of the victims"
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return _noun_role(of[0], rules) if of else None
    if lemma in word_list(rules, "suspect_nouns") or noun.lower_ in word_list(rules, "suspect_nouns"):
        return "suspect", None
    if lemma in word_list(rules, "victim_nouns") or noun.lower_ in word_list(rules, "victim_nouns"):
        return "victim", _status_from(_verb_words(noun.head) | {lemma}, rules) if noun.head is not noun else None
    if lemma in word_list(rules, "death"):
        return "victim", "killed"
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ != "VBG"):  # "the two civilians killed"
        if _harmed(_verb_words(acl), rules):
            return "victim", _status_from(_verb_words(acl), rules)
    return None


def _status_from(words: set[str], rules: RuleSet) -> str | None:
    if words & (word_list(rules, "kill") | word_list(rules, "death")):
        return "killed"
    if words & (word_list(rules, "wound") | word_list(rules, "injury")):
        return "injured"
    return None


def _harmed(words: set[str], rules: RuleSet) -> bool:
    return bool(words & (word_list(rules, "kill") | word_list(rules, "wound") | word_list(rules, "harm")))


def _clause_role(node: Token, verb: Token, rules: RuleSet, as_dep: str | None = None) -> Role | None:
    """The part of ``node`` (the name, or a relative pronoun standing for it) in the clause of ``verb``;
    ``as_dep``: the relation to read the node in when the parse left it out of the clause.

    A negated harm is none ("X was not hurt"); a negated accusation or statement still says who the
    story is about ("decided not to indict X", "X would not say"), so it keeps its part."""
    role = _clause_part(node, verb, rules, as_dep)
    if role is not None and role[0] == "victim" and any(c.dep_ == "neg" for c in verb.children):
        return None
    return role


def _clause_part(node: Token, verb: Token, rules: RuleSet, as_dep: str | None) -> Role | None:
    words = _verb_words(verb)
    dep = node.dep_ if as_dep is None else as_dep
    passive = (
        dep in ("nsubjpass",)
        or any(c.dep_ == "auxpass" for c in verb.children)
        or (
            # "officers found X shot to death": a reduced passive under "find"
            verb.dep_ in ("ccomp", "xcomp", "oprd")
            and verb.head.lemma_ == "find"
            and not any(c.dep_ == "dobj" for c in verb.children)
        )
    )
    if dep in ("nsubjpass", "dobj") or (dep == "nsubj" and passive):
        for conj in node.conjuncts:  # "found X and a dog fatally stabbed": the list shares the participle
            words |= {w for a in conj.children if a.dep_ == "acl" for w in _verb_words(a)}
        if words & word_list(rules, "arrest"):
            return "suspect", "arrested"
        if words & word_list(rules, "accuse"):
            return "suspect", "accused"
        if _harmed(words, rules) or _status_from(words, rules):
            return "victim", _status_from(words, rules)
    if dep == "nsubj" and not passive:
        if any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in verb.children) and _harmed(
            words, rules
        ):
            return "victim", _status_from(words, rules)  # "killed himself": casualty counts list the dead
        if (
            verb.lower_ in rules.sourcing.cue_verbs
            or verb.lemma_.lower() in rules.sourcing.cue_verbs
            or verb.lemma_.lower() in _SAY_EXTRA
        ):
            return "speaker", "quoted"
        state = _verb_words(verb, objects=False)
        if verb.lemma_.lower() in ("suffer", "sustain", "receive"):
            state = _verb_words(verb)
        if state & (word_list(rules, "death") | word_list(rules, "injury")):
            return "victim", _status_from(state, rules)
        if verb.lemma_.lower() == "have" and _verb_words(verb) & word_list(rules, "injury"):
            return "victim", _status_from(_verb_words(verb), rules)  # "X had gunshot wounds"
        for c in verb.children:
            if c.dep_ == "attr":
                return _noun_role(c, rules)
        among = _among(verb, rules)
        if among is not None:
            return among
        if words & word_list(rules, "plead"):
            return "suspect", "accused"
        if verb.lemma_.lower() in ("suffer", "sustain", "receive") and state & (
            word_list(rules, "wound") | word_list(rules, "injury")
        ):
            return "victim", _status_from(state, rules)
        if _harmed(state, rules) or _attacks(verb, state, rules):
            return "suspect", None
    if dep == "attr":
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return _noun_role(c, rules)
    if dep == "pobj" and node.head.lower_ == "by" and node.head.head is verb and passive:
        if _harmed(words, rules) or words & word_list(rules, "attack"):
            return "suspect", None
    return None


def _attacks(verb: Token, state: set[str], rules: RuleSet) -> bool:
    """The verb's words attack: "opened fire", "stabbed"; a verb that attacks only with its object
    (``names.people.attack_objects``) not without it ("opened an investigation")."""
    needs = rules.names.people.attack_objects
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    return any(w not in needs or objects & needs[w] for w in state & word_list(rules, "attack"))


def _among(verb: Token, rules: RuleSet) -> Role | None:
    """ "Among the dead was X", "X was among those killed", "among the wounded": the group X is in."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "among":
            continue
        for group in (g for g in prep.children if g.dep_ == "pobj"):
            role = _noun_role(group, rules) if group.pos_ == "NOUN" else None
            if role is None and group.lower_ in ("those", "people", "the"):
                words = {w for a in group.children if a.dep_ in ("acl", "relcl", "amod") for w in _verb_words(a)}
                if _harmed(words, rules) or _status_from(words, rules):
                    role = "victim", _status_from(words, rules)
            if role is None and group.lemma_.lower() in word_list(rules, "injury") | word_list(rules, "wound"):
                role = "victim", _status_from({group.lemma_.lower()}, rules)  # "among the wounded"
            if role is not None:
                return role
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
            if words & word_list(rules, "accuse"):
                role = "suspect", "accused"
            elif words & word_list(rules, "arrest"):
                role = "suspect", "arrested"
            elif child.tag_ != "VBG" and (_harmed(words, rules) or _status_from(words, rules)):
                role = "victim", _status_from(words, rules)  # not "X, hitting a woman": what X did
        if role is not None:
            found.append(role)
    for child in root.lefts:  # "fatally shot LeGrier", "a bullet hit Maleah Williams": a participle before the name
        if child.dep_ == "amod" and child.tag_ == "VBN" and _harmed(_verb_words(child), rules):
            found.append(("victim", _status_from(_verb_words(child), rules)))
    return found


def _clause_roles(root: Token, rules: RuleSet) -> tuple[list[Role], bool]:
    """Climb from the name to the predicate of its clause; also says whether a list was climbed."""
    found: list[Role] = []
    node, shared = root, False
    for _ in range(8):
        head = node.head
        if node.dep_ in ("conj", "appos", "compound") and head is not node:
            listed = node.dep_ == "conj"
            shared = shared or listed
            node = head
            # "between the victim and Grantham": a singular noun listed beside the name is someone else;
            # "their three daughters -- Olivia, Onya and Omesha": a plural one the names enumerate
            if node.pos_ == "NOUN" and not (listed and node.tag_ != "NNS"):
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
            if role is None and lemma in (word_list(rules, "arrest") | word_list(rules, "accuse")):
                role = "suspect", "arrested" if lemma in word_list(rules, "arrest") else "accused"
            if role is not None:
                found.append(role)
            break
        verb = head.head.head if head.head.lower_ == "along" else head.head
        if node.dep_ == "pobj" and head.lower_ == "with" and verb.pos_ == "VERB":
            # "X was killed along with Y": Y shares the passive subject's fate
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and _harmed(_verb_words(verb), rules):
                found.append(("victim", _status_from(_verb_words(verb), rules)))
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
                if any(
                    a.lemma_.lower() in word_list(rules, "identifiers")
                    or any(t.lemma_.lower() in word_list(rules, "identifiers") for t in a.lefts)
                    for a in agents
                ):
                    found.append(("victim", None))
            break
        if head.pos_ in ("VERB", "AUX"):
            role = _clause_role(node, head, rules)
            if role is not None:
                found.append(role)
        break
    return found, shared


_LISTED = re.compile(r"^\d{1,3}$|^(?:and|both|all|,|jr\.?|sr\.?|ii|iii)$", re.IGNORECASE)


def _listed_subject_role(root: Token, rules: RuleSet) -> Role | None:
    """The predicate of a list of names with ages the parse did not make its subject: in "X, 32, and
    Y, 51, were shot and killed" the tagger may hang the list on an earlier name, leaving the verb
    without a subject. Read past the names, ages and commas after ``root``; when the next word is the
    auxiliary of a verb that has no subject, the list is that verb's subject."""
    sent_end = root.sent.end
    if root.i + 3 >= sent_end or root.doc[root.i + 1].text != "," or not root.doc[root.i + 2].like_num:
        return None  # the name's own age follows it
    i = root.i + 3
    while i < sent_end and (root.doc[i].pos_ == "PROPN" or _LISTED.match(root.doc[i].text)):
        i += 1
    if i >= sent_end:
        return None
    aux = root.doc[i]
    verb = aux.head
    if aux.dep_ not in ("aux", "auxpass") or verb.i <= aux.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return _clause_role(root, verb, rules, as_dep="nsubjpass" if passive else "nsubj")


def person_role(root: Token, rules: RuleSet) -> Role:
    """The person's part: their own modifiers win over a predicate shared by a list of names;
    otherwise what the clause says happened to them wins over the noun they are called by; failing
    both, the predicate of a list of aged names the parse left without a subject."""
    own = _pick(_own_roles(root, rules))
    clause_found, shared = _clause_roles(root, rules)
    clause = _pick(clause_found)
    if own is not None and (shared or clause is None):
        return own
    listed = _listed_subject_role(root, rules)
    if listed is not None:  # a list the parse hung on an earlier name ("According to X, Y, 23, and Z, 29, were ...")
        return listed
    return clause or own or ("person", None)


def pronoun_role(span: Span, rules: RuleSet) -> Role | None:
    """The part of a person the sentence itself leaves open, read from the next "he"/"she".

    News names a person, then says what happened to them: "Jose Lopez was sitting outside. He was
    shot in the chest." The first personal pronoun after the name, in the same sentence or the next
    one, stands for the name when no other name comes between; a pronoun inside a quotation is the
    speaker's word for someone else ('Ortiz continued, "the owner shot him"').
    """
    doc = span.doc
    end = span.sent.end
    if end < len(doc):
        end = doc[end].sent.end
    window = doc[span.sent.start : end]
    quoted = [(window.start_char + a, window.start_char + b) for a, b in find_marked(window.text)]
    for tok in doc[span.end : end]:
        if tok.ent_type_ == "PERSON" or (
            tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.dep_ in ("nsubj", "nsubjpass")
        ):
            return None
        if any(a <= tok.idx < b for a, b in quoted):
            continue  # 'X added, "he shot him"': a pronoun in someone's words is not X
        if tok.lower_ in _PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            if tok.dep_ == "dobj" and _bound_by(tok, span.root):
                return None  # "X got out and started shooting, hitting him": "him" is not X
            role = _pick(_clause_roles(tok, rules)[0])
            return role if role is not None and role[0] in ("victim", "suspect") else None
    return None


def _bound_by(pronoun: Token, name: Token) -> bool:
    """Whether an object pronoun sits in the clause chain whose subject is ``name``: climbing from
    its verb to the name's verb meets no other subject ("X ... started shooting, hitting him")."""
    verb = pronoun.head
    for _ in range(8):
        if verb.i == name.head.i:
            return name.dep_ in ("nsubj", "nsubjpass")
        if verb.head.i == verb.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        verb = verb.head
    return False


def is_animal(span: Span, rules: RuleSet) -> bool:
    """Whether a noun outside the name that describes it is an animal's ("Niko, an Akita"; "K-9 Rex");
    a name's own words ("Max Shepherd") do not count."""
    animals = word_list(rules, "animal_nouns")
    outside = [n for n in _role_nouns(span.root) if not span.start <= n.i < span.end]
    before = [t for t in span.doc[max(span.sent.start, span.start - 2) : span.start] if t.dep_ in ("compound", "nmod")]
    return any(n.lemma_.lower() in animals or n.lower_ in animals for n in outside + before)


def named_by_person_noun(span: Span, rules: RuleSet) -> bool:
    """Whether a noun outside the name that describes it is a person's: a title, a person noun or a
    victim's or suspect's noun ("The captain, Daudi Mwakasenge,"; "the driver, X")."""
    words = rules.names.titles | word_list(rules, "person_nouns") | word_list(rules, "victim_nouns")
    words |= word_list(rules, "suspect_nouns")
    outside = [n for n in _role_nouns(span.root) if not span.start <= n.i < span.end]
    return any(n.lemma_.lower() in words or n.lower_ in words for n in outside)


def described_as(root: Token) -> str | None:
    """The noun phrase the name is described by, as written ("The city's last pediatrician")."""
    for noun in _role_nouns(root):
        phrase = _phrase(noun, root)
        if phrase is not None and not phrase.text.isdigit():
            return phrase.text
    return None


def own_role(tok: Token, rules: RuleSet) -> Role | None:
    """The part the modifiers of ``tok`` give it ("the man who was shot", "the man found dead")."""
    return _pick(_own_roles(tok, rules))


def role_in_clause(tok: Token, rules: RuleSet) -> Role | None:
    """The part the clause of ``tok`` (a pronoun, "the victim", a name) gives the one it stands for."""
    return _pick(_clause_roles(tok, rules)[0])


def years_old(tok: Token) -> int | None:
    """The age written in the phrase of a common noun: "a 37-year-old man" -> 37."""
    m = _YEARS_OLD.search(tok.doc[tok.left_edge.i : tok.i + 1].text)
    return _age_value(m.group(1)) if m else None
