"""Datelines read from the parse: where a wire story was filed, never a claim of its own.

``dateline_end`` gives the token after the dateline that opens a paragraph ("BEIRUT: ...",
"Kerrin (Wire): ...", "GENEVA - ...", "Kerrin, April 5 (Wire) - ..."), so that the name is read
neither as a victim nor as who said what follows. The parser often hangs the whole sentence on the
town's name ("Beirut" the subject of "said"), so each stage asks here rather than trusting the roles.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..text.dates import MONTHS
from ..text.places import known_places
from ..text.spelling import plain

#: The marks that end a dateline.
_DASHES = frozenset({"-", "--", "–", "—"})
#: How many words a dateline runs to before its mark.
_DATELINE_WORDS = 12


def dateline_end(sent: Span) -> int:
    """The index of the first token after the dateline that opens ``sent``, ``sent.start`` when
    there is none. A dateline opens a paragraph: a name (proper nouns, its region after a comma), a
    date, an outlet in brackets, then a dash or a colon and a capital or a digit. A colon after a
    bare name ("Smith: we lost 30") is a speaker's label unless the name is written in capitals or
    is a known town ("Beirut: A suspected gas attack ...")."""
    doc = sent.doc
    start = sent.start
    # (read off the tokens: ``Doc.text`` is rebuilt on every access)
    if start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        return start
    first = doc[start]
    if first.pos_ != "PROPN" and not (first.is_alpha and first.is_upper and len(first) > 1):
        return start
    names: list[str] = []
    credit = region = False
    depth = 0
    for t in doc[start : min(sent.end, start + _DATELINE_WORDS)]:
        if depth:
            depth += t.text == "("
            depth -= t.text[:1] == ")"
            if depth or t.text[1:] != ":":
                continue  # (the tokenizer may keep a colon with the bracket: "Beirut (Reuters): ...")
        if t.text == "(":
            depth, credit = 1, True
            continue
        if t.text in ("-", "--") and not doc[t.i - 1].whitespace_:
            return start  # a hyphen within a name ("Al-Kassem", "el-Drese"), no dateline's dash
        if t.text in _DASHES or t.text[-1:] == ":":
            # (the sentence splitter may end the sentence at the dateline's dash)
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            while after is not None and after.is_space and after.i + 1 < len(doc):
                after = doc[after.i + 1]
            if after is None or not (after.text[:1].isupper() or after.text[:1].isdigit() or after.text[:1] in '"“'):
                return start
            if t.text == ":" and not credit:
                name = " ".join(names)
                if not (name.replace(" ", "").isupper() or plain(name) in known_places()):
                    return start
            return t.i + 1 if names else start
        if t.text == "," or t.like_num or t.lower_.rstrip(".") in MONTHS:
            region = region or t.text == ","
            continue
        if t.pos_ == "PROPN" or (t.is_alpha and t.is_upper):
            if not region:
                names.append(t.text)  # the town, not its region nor the outlet
            continue
        return start
    return start
