"""The report object that renderers format: documents, their findings, words and score."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from mtqa import __version__
from mtqa.config import Config
from mtqa.findings import Finding
from mtqa.origin import Origin

SCHEMA_VERSION = 1


def json_schema() -> str:
    """The JSON Schema (draft 2020-12) of the JSON report, as shipped in the package."""
    from importlib.resources import files

    return files("mtqa").joinpath("data/report.schema.json").read_text("utf-8")


@dataclass
class Score:
    penalty: float
    penalty_per_1000_words: float
    passed: bool
    quality: float = 100.0

    def __reduce__(self):  # (as its fields: one per record in spill files, faster than a dict)
        return Score, (self.penalty, self.penalty_per_1000_words, self.passed, self.quality)

    def to_dict(self) -> dict:
        return {
            "penalty": self.penalty,
            "penalty_per_1000_words": self.penalty_per_1000_words,
            "passed": self.passed,
            "quality": self.quality,
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
    readability: dict = field(default_factory=dict)
    metrics: dict | None = None  # reference-based scores, when a reference is given
    origin: Origin | None = None  # where a record or translation unit stands in its file

    def __reduce__(self):
        """Pickled as its fields in order (each record's report goes to a spill file, or comes
        back from a worker process): a tuple is written and read faster than a dict of them."""
        return DocumentReport, (self.path, self.id, self.words, self.text, self.findings, self.score, self.source,
                                self.reference, self.readability, self.metrics, self.origin)

    def to_dict(self) -> dict:
        data = {
            "path": self.path,
            "id": self.id,
            **({"line": self.origin.line} if self.origin else {}),
            "words": self.words,
            "findings": [f.to_dict() for f in self.findings],
            "score": self.score.to_dict(),
            "readability": self.readability,
        }
        if self.metrics is not None:
            data["metrics"] = self.metrics
        return data


@dataclass(frozen=True)
class Totals:
    """What a run's summary lines count (Report.totals)."""

    severities: dict[str, int]
    rules: dict[str, int]
    words: int
    penalty: float
    documents_passed: bool


class _RunningTotals:
    """Totals of the documents counted so far, in their order (the same sums as one pass)."""

    def __init__(self):
        self.documents, self.words, self.penalty, self.passed = 0, 0, 0.0, True
        self.severities = {"critical": 0, "major": 0, "minor": 0}
        self.rules: Counter = Counter()

    def count(self, doc: DocumentReport) -> None:
        for finding in doc.findings:
            self.severities[finding.severity.value] += 1
            self.rules[finding.rule] += 1
        self.documents += 1
        self.words += doc.words
        self.penalty += doc.score.penalty
        self.passed = self.passed and doc.score.passed

    def totals(self) -> Totals:
        return Totals(dict(self.severities), dict(sorted(self.rules.items())), self.words, self.penalty, self.passed)


@dataclass
class Report:
    documents: list[DocumentReport] = field(default_factory=list)
    config: Config = field(default_factory=Config)  # the settings the run was made with
    metrics: dict | None = None  # run-level reference-based scores
    metric_failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # for stderr (a missing NLTK resource…)

    _counted: "_RunningTotals | None" = field(default=None, init=False, repr=False, compare=False)

    @property
    def findings(self) -> list[Finding]:
        return [f for d in self.documents for f in d.findings]

    def add(self, doc: DocumentReport) -> None:
        """Append a finished document report and count it into the totals at once, so that the
        summary of a long run does not read its documents back from the spill file."""
        if self._counted is None and not self.documents:
            self._counted = _RunningTotals()
        self.documents.append(doc)
        if self._counted is not None and self._counted.documents == len(self.documents) - 1:
            self._counted.count(doc)

    def totals(self) -> Totals:
        """The run's findings per severity and per rule, words, penalty and whether every document
        passed: counted as documents are added (Report.add), or in one pass over the documents
        (which may wait in a spill file) when some were appended otherwise."""
        if self._counted is None or self._counted.documents != len(self.documents):
            self._counted = _RunningTotals()
            for doc in self.documents:
                self._counted.count(doc)
        return self._counted.totals()

    @property
    def passed(self) -> bool:
        return self.totals().documents_passed and not self.metric_failures

    def counts(self) -> dict[str, int]:
        """Number of findings per severity."""
        return dict(self.totals().severities)

    def rule_counts(self) -> dict[str, int]:
        """Number of findings per rule id, in id order."""
        return dict(self.totals().rules)

    def to_dict(self, documents=None) -> dict:
        """The report as JSON data; `documents`, when given, stands in for the list of
        documents (the streaming JSON writer puts a marker there)."""
        severities, rules = self.counts(), self.rule_counts()
        data = {
            "schema": SCHEMA_VERSION,
            "mtqa_version": __version__,
            "documents": [d.to_dict() for d in self.documents] if documents is None else documents,
            "summary": {
                "documents": len(self.documents),
                "findings": sum(rules.values()),
                "passed": self.passed,
                "severities": severities,
                "rules": rules,
            },
        }
        if self.metrics is not None:
            data["metrics"] = self.metrics
            data["summary"]["metric_failures"] = self.metric_failures
        return data
