"""The kinds of value a rule file holds, each with its constraint and the message when it is broken.

Every number is finite (``.nan`` and ``.inf`` are refused), a whole number is never a string or a
boolean, a word is compared in lower case, a pattern compiles and cannot hang a run
(``patterns.check_pattern``), and a name from a closed list says which names it could have been.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, AllowInfNan, BaseModel, ConfigDict, Field, Strict, StrictBool, StrictInt, StrictStr
from pydantic_core import PydanticCustomError

from .patterns import PatternProblem, check_pattern


class Section(BaseModel):
    """A section of the rule set: unknown keys are errors, values are never changed after loading."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _lower(text: str) -> str:
    return text.lower()


def _title(text: str) -> str:
    return text.lower().rstrip(".")


def _pattern(text: str) -> str:
    try:
        return check_pattern(text)
    except PatternProblem as exc:
        raise PydanticCustomError("pattern", str(exc)) from None


def _zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        raise PydanticCustomError(
            "zone", "unknown time zone {shown} (expected an IANA name such as Asia/Beirut)", {"shown": repr(name)}
        ) from None
    return name


def one_of(what: str, names: Iterable[str]) -> AfterValidator:
    """A validator that accepts only ``names``: "unknown check 'x' (expected one of: a, b)"."""
    allowed = tuple(names)

    def check(value: str) -> str:
        if value not in allowed:
            raise PydanticCustomError(
                "one_of",
                "unknown {what} {shown} (expected one of: {allowed})",
                {"what": what, "shown": repr(value), "allowed": ", ".join(allowed)},
            )
        return value

    return AfterValidator(check)


Text = StrictStr
#: A word or phrase, compared in lower case.
Word = Annotated[StrictStr, AfterValidator(_lower)]
#: A title before a name ("Dr."), compared in lower case without its full stop.
Title = Annotated[StrictStr, AfterValidator(_title)]
#: A regular expression (any case; ``{MONTH}`` is any month name), checked against catastrophic backtracking.
Pattern = Annotated[StrictStr, AfterValidator(_pattern)]
#: An IANA time zone name ("Europe/London").
IanaZone = Annotated[StrictStr, AfterValidator(_zone)]
Flag = StrictBool
Whole = StrictInt
#: A whole number, 0 or more.
Count = Annotated[StrictInt, Field(ge=0)]
#: A whole number, 1 or more.
Positive = Annotated[StrictInt, Field(ge=1)]
#: A finite number (a whole number is accepted).
Number = Annotated[float, Strict(), AllowInfNan(False)]
#: A finite number, 0 or more.
Amount = Annotated[float, Strict(), AllowInfNan(False), Field(ge=0)]
#: A fraction from 0 to 1.
Fraction = Annotated[float, Strict(), AllowInfNan(False), Field(ge=0, le=1)]
#: A similarity score from 0 to 100 (rapidfuzz's scale).
Score = Annotated[float, Strict(), AllowInfNan(False), Field(ge=0, le=100)]
