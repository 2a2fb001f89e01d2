"""verify: a source cross-verification engine.

Read a corpus, extract claims with provenance, cluster them into events and identities, and apply a
YAML rule set that flags agreements, differences of precision, conflicts, spelling variants,
revisions and uncorroborated claims.

    >>> from verify import load_rules, load_corpus, verify_corpus
    >>> rules = load_rules()
    >>> report, seconds = verify_corpus(load_corpus(["seeds"]), rules)
"""

__version__ = "0.1.0"

from .errors import InputError, RuleError, VerifyError  # noqa: E402
from .models import Claim, Document, Entity, Event, Finding, Skipped  # noqa: E402
from .rules import RuleSet, load_rules  # noqa: E402


def __getattr__(name: str):
    # The NLP-heavy stages import spaCy; load them only when asked for.
    lazy = {
        "load_corpus": ("ingest", "load_corpus"),
        "extract_claims": ("extract", "extract_claims"),
        "load_nlp": ("extract", "load_nlp"),
        "cluster_claims": ("cluster", "cluster_claims"),
        "apply_rules": ("compare", "apply_rules"),
        "build_report": ("report", "build_report"),
        "write_report": ("report", "write_report"),
        "verify_corpus": ("run", "verify_corpus"),
    }
    if name in lazy:
        import importlib

        module, attr = lazy[name]
        return getattr(importlib.import_module(f".{module}", __name__), attr)
    raise AttributeError(name)


__all__ = [
    "__version__",
    "Claim",
    "Document",
    "Entity",
    "Event",
    "Finding",
    "Skipped",
    "RuleSet",
    "InputError",
    "RuleError",
    "VerifyError",
    "load_rules",
    "load_corpus",
    "extract_claims",
    "load_nlp",
    "cluster_claims",
    "apply_rules",
    "build_report",
    "write_report",
    "verify_corpus",
]
