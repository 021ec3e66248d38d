"""The Finding model: what a rule reports, in offsets into the document text."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    """MQM-style severity tiers, ordered minor < major < critical."""

    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.MINOR: 1, Severity.MAJOR: 2, Severity.CRITICAL: 3}


@dataclass(frozen=True)
class Suggestion:
    """A replacement for a finding's span; `safe` ones may be applied by `mtqa fix`."""

    replacement: str
    safe: bool = False

    def to_dict(self) -> dict:
        return {"replacement": self.replacement, "safe": self.safe}


#: Evidence mark of a finding on a wording English also writes without error ("For his part,"):
#: the engine reports it only in a document where some other finding (an MT scar) is reported.
NEEDS_CONTEXT = "needs-context"


@dataclass(frozen=True)
class Finding:
    """One problem at text[start:end]; line and column are filled in by the engine."""

    rule: str
    name: str
    category: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[Suggestion, ...] = ()
    line: int = 0
    column: int = 0
    fingerprint: str = ""
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def sort_key(self) -> tuple:
        return (self.start, self.end, self.rule, self.message)

    def to_dict(self) -> dict:
        data = {
            "rule": self.rule,
            "name": self.name,
            "category": self.category,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "message": self.message,
            "suggestions": [s.to_dict() for s in self.suggestions],
            "fingerprint": self.fingerprint,
        }
        data.update(self.extra)
        return data
