"""Score and gate: arithmetic on findings and config, nothing else.

The penalty is MQM-style: the sum of severity weights (default minor 1, major 5, critical 25,
configurable); it is normalised per 1,000 words, and the quality figure is
max(0, 100 - penalty per 1,000 words / 10), i.e. 100 x (1 - penalty / words). A document fails
the gate when it has a finding at or above `fail_on`, or when its penalty per 1,000 words
exceeds `max_penalty`.
"""

from __future__ import annotations

from mtqa.config import Config
from mtqa.findings import Finding, Severity
from mtqa.report import Score


def score(findings: list[Finding], words: int, config: Config) -> Score:
    if not findings:  # (most records of a clean corpus: the same figures, without the arithmetic)
        return Score(penalty=0.0, penalty_per_1000_words=0.0,
                     passed=config.max_penalty is None or not 0.0 > config.max_penalty, quality=100.0)
    penalty = float(sum(config.weights[f.severity.value] for f in findings))
    per_1000 = round(penalty * 1000 / words, 2) if words else 0.0
    passed = True
    if config.fail_on != "never":
        threshold = Severity(config.fail_on).rank
        passed = all(f.severity.rank < threshold for f in findings)
    if config.max_penalty is not None and per_1000 > config.max_penalty:
        passed = False
    return Score(penalty=penalty, penalty_per_1000_words=per_1000, passed=passed, quality=quality(per_1000))


def quality(per_1000: float) -> float:
    return round(max(0.0, 100.0 - per_1000 / 10), 2)
