"""verify's errors: a shallow tree the CLI turns into one clear line and exit code 1."""

from __future__ import annotations


class VerifyError(Exception):
    """Base of every error verify raises on purpose. ``hint`` says how to fix it."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint


class InputError(VerifyError):
    """The corpus, a draft or an output path cannot be used."""


class RuleError(VerifyError):
    """The rule set is invalid. ``problems`` holds every problem found, one line each."""

    def __init__(self, problems: list[str], hint: str | None = None):
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the rule set"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in self.problems), hint)
