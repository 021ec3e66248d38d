"""Score and gate: arithmetic on findings and config, nothing else.

The penalty is MQM-style: each finding weighs by severity (minor 1, major 5, critical 10);
the normalised figure is penalty per 1,000 words. A document passes when it has no finding at
or above the `fail_on` severity.
"""

from __future__ import annotations

from mtqa.findings import Finding, Severity
from mtqa.report import Score

WEIGHTS = {Severity.MINOR: 1.0, Severity.MAJOR: 5.0, Severity.CRITICAL: 10.0}


def score(findings: list[Finding], words: int, fail_on: str) -> Score:
    penalty = sum(WEIGHTS[f.severity] for f in findings)
    per_1000 = round(penalty * 1000 / words, 2) if words else 0.0
    if fail_on == "never":
        passed = True
    else:
        threshold = Severity(fail_on).rank
        passed = all(f.severity.rank < threshold for f in findings)
    return Score(penalty=penalty, penalty_per_1000_words=per_1000, passed=passed)
