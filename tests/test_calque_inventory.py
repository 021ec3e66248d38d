"""Our own inventory of Arabic news formulas (tests/data/own_cases_calque.jsonl, blind-dev format):
opening and "this came" formulas, platform attribution, verbs with an Arabic sense or preposition,
unity and stance rhetoric, verbal-noun chains, time and age formulas, romanised words, numbers in
brackets, spacing and comma splices. Written before the families that catch them and scored once
then: calque 12/46, untranslated 8/10, typography 10/11, punctuation 3/4. own_cases_calque_2.jsonl
was written after the first families (new wordings of them, and a second wave of families) and
scored once before the second wave: calque 26/36 (the first families' new wordings 25/26),
untranslated 6/8, typography 5/8, punctuation 1/5. own_cases_calque_3.jsonl (rewordings of both
waves and a third wave), scored once before the third wave: calque 10/18 (the rewordings 10/10,
the new families 0/8; three MT shapes I had left unannotated were marked after that run; two cases were
dropped because blind-dev's writers treat "a cable of congratulations" and "the military
institution" as ordinary English), typography 4/6, untranslated 4/8, punctuation 5/5. Each kind keeps its floor; the traps
(ordinary English that looks alike) stay silent."""

from __future__ import annotations

import json
from collections import Counter

from conftest import DATA

from mtqa import check_text
from mtqa.config import Config

CASES = [json.loads(line) for name in ("own_cases_calque.jsonl", "own_cases_calque_2.jsonl", "own_cases_calque_3.jsonl")
         for line in (DATA / name).read_text("utf-8").splitlines() if line.strip()]
FLOORS = {"calque": 0.95, "untranslated": 0.9, "typography": 0.9, "punctuation": 0.6}


def _span(text, sub, occurrence=1):
    start = -1
    for _ in range(occurrence):
        start = text.find(sub, start + 1)
    return start, start + len(sub)


def test_inventory_recall_per_kind_and_silent_traps():
    wanted, hit, trap_hits = Counter(), Counter(), []
    for case in CASES:
        spans = [(f.start, f.end) for f in check_text(case["text"], config=Config()).findings]
        errors = [_span(case["text"], e["span"], e.get("occurrence", 1)) for e in case["errors"]]
        for error, (start, end) in zip(case["errors"], errors):
            wanted[error["kind"]] += 1
            hit[error["kind"]] += any(s < end and start < e for s, e in spans)
        for trap in case["traps"]:
            start, end = _span(case["text"], trap)
            if any(s < end and start < e and not any(s < ee and ss < e for ss, ee in errors) for s, e in spans):
                trap_hits.append((case["id"], trap))
    low = {kind: f"{hit[kind]}/{wanted[kind]}" for kind in wanted if hit[kind] / wanted[kind] < FLOORS[kind]}
    assert not low, f"recall below floor: {low}"
    assert trap_hits == []


def test_trap_only_cases_stay_silent():
    """Cases with no error: nothing the calque, romanised or spacing rules report."""
    for case in (c for c in CASES if not c["errors"]):
        findings = check_text(case["text"], config=Config()).findings
        assert [f.rule for f in findings if f.rule.startswith(("TRN", "LNG", "TYP"))] == [], case["id"]
