"""False-alarm budget on real clean English news (../shared/data/clean-en, 1,997 sentences):
the translationese, syntax, style and language rules raise at most 1 finding per 1,000 words at
severity major or above and at most 3 of any severity. Per-rule counts are printed (-s)."""

from __future__ import annotations

from collections import Counter

from conftest import shared_file

from mtqa import check_text
from mtqa.config import Config
from mtqa.findings import Severity

FAMILIES = ("TRN", "SYN", "STY", "LNG")


def test_clean_english_news_budget_per_rule():
    path = shared_file("data/clean-en/ntrex128_newstest2019-src.eng.txt")
    report = check_text(path.read_text("utf-8"), config=Config(select=FAMILIES))
    words = report.documents[0].words
    found = report.findings
    per_rule = Counter(f.rule for f in found)
    major = [f for f in found if f.severity.rank >= Severity.MAJOR.rank]
    print(f"\nclean English news, {words} words: {len(found)} findings "
          f"({1000 * len(found) / words:.2f} per 1,000 words), {len(major)} major or above")
    for rule, count in sorted(per_rule.items()):
        print(f"  {rule}: {count}")
    for f in found:
        print(f"  {f.rule} line {f.line}: {f.text!r}")
    assert words > 40_000
    assert 1000 * len(major) / words <= 1.0
    assert 1000 * len(found) / words <= 3.0
