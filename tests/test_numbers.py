"""Number formats (NUM…) and comma splices (STY002): the Hijri conversion against known dates,
and our own number and punctuation cases (tests/data/own_cases_4.jsonl, written before the
rules) keep their recall with no trap hit."""

from __future__ import annotations

import datetime
import json

from conftest import DATA

from mtqa import check_text
from mtqa.config import Config
from mtqa.rules.numbers import hijri_to_gregorian

CASES = [json.loads(line) for line in (DATA / "own_cases_4.jsonl").read_text("utf-8").splitlines() if line.strip()]


def test_hijri_conversion_is_within_a_day_of_the_official_dates():
    official = {(1446, 9, 1): datetime.date(2025, 3, 1), (1447, 1, 1): datetime.date(2025, 6, 26),
                (1445, 12, 10): datetime.date(2024, 6, 16), (1400, 1, 1): datetime.date(1979, 11, 21)}
    for (year, month, day), date in official.items():
        assert abs((hijri_to_gregorian(year, month, day) - date).days) <= 1, (year, month, day)


def _overlaps(spans, start, end):
    return any(s < end and start < e for s, e in spans)


import pytest


@pytest.mark.parametrize("kind,rules,floor", [("number", ("NUM", "TYP002"), 0.95), ("punctuation", ("STY002", "STY003"), 0.9)])
def test_own_cases_recall_and_traps(kind, rules, floor):
    wanted = hit = 0
    trap_hits = []
    for case in CASES:
        text = case["text"]
        spans = [(f.start, f.end) for f in check_text(text, config=Config(select=rules)).findings]
        errors = [(text.find(e["span"]), text.find(e["span"]) + len(e["span"])) for e in case["errors"]]
        for error, (start, end) in zip(case["errors"], errors):
            if error["kind"] == kind:
                wanted += 1
                hit += _overlaps(spans, start, end)
        for trap in case["traps"]:
            start = text.find(trap)
            if any(s < start + len(trap) and start < e and not _overlaps(errors, s, e) for s, e in spans):
                trap_hits.append((case["id"], trap))
    assert wanted >= 10 and hit / wanted >= floor
    assert not trap_hits
