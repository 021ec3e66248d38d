"""The report object that renderers format: documents, their findings, words and score."""

from __future__ import annotations

from dataclasses import dataclass, field

from mtqa import __version__
from mtqa.findings import Finding

SCHEMA_VERSION = 1


@dataclass
class Score:
    penalty: float
    penalty_per_1000_words: float
    passed: bool

    def to_dict(self) -> dict:
        return {
            "penalty": self.penalty,
            "penalty_per_1000_words": self.penalty_per_1000_words,
            "passed": self.passed,
        }


@dataclass
class DocumentReport:
    path: str
    id: str
    words: int
    text: str
    findings: list[Finding]
    score: Score
    source: str | None = None
    reference: str | None = None

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "id": self.id,
            "words": self.words,
            "findings": [f.to_dict() for f in self.findings],
            "score": self.score.to_dict(),
        }


@dataclass
class Report:
    documents: list[DocumentReport] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for d in self.documents for f in d.findings]

    @property
    def passed(self) -> bool:
        return all(d.score.passed for d in self.documents)

    def counts(self) -> dict[str, int]:
        """Number of findings per severity."""
        counts = {"critical": 0, "major": 0, "minor": 0}
        for finding in self.findings:
            counts[finding.severity.value] += 1
        return counts

    def to_dict(self) -> dict:
        return {
            "schema": SCHEMA_VERSION,
            "mtqa_version": __version__,
            "documents": [d.to_dict() for d in self.documents],
            "summary": {
                "documents": len(self.documents),
                "findings": len(self.findings),
                "passed": self.passed,
            },
        }
