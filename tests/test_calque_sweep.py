"""Calque families swept from the Arabic side (mtqa/data/calque_sweep.toml). Every pattern's bad
example and every family's traps are tested in tests/test_calque_patterns.py; here: the sweep
spans the groups of Arabic news formulas, and a family marked needs_context is reported only
beside another finding."""

from __future__ import annotations

import re

from mtqa import check_text
from mtqa.config import Config
from mtqa.rules.phrases import PATTERN_FILES, load_patterns

SWEEP = load_patterns("calque_sweep.toml")


def _calques(text):
    return [f for f in check_text(text, config=Config(select=("TRN001",))).findings if f.rule == "TRN001"]


def test_sweep_is_loaded_by_the_rule_and_broad():
    assert "calque_sweep.toml" in PATTERN_FILES
    families = {p.family for p in SWEEP}
    assert len(families) >= 35 and len(SWEEP) >= 150
    assert {p.kind for p in SWEEP} >= {"discourse-marker", "reporting", "formula", "collocation",
                                       "time-expression", "framing"}
    assert all(re.search(r"[\u0600-\u06FF]", p.arabic) for p in SWEEP)  # each names its Arabic original


def test_needs_context_family_alone_is_silent_and_beside_a_scar_is_reported():
    alone = "To that, the ministry opened two new bus routes in the capital."
    assert _calques(alone) == []
    beside = alone + " It is mentioned that the old routes closed."
    assert any("to-that-opener" in f.message for f in _calques(beside))


def test_sweep_finds_formulas_in_running_text():
    text = ("Sanaa - A responsible source in the ministry said the war aviation launched fire on a market, "
            "and the owners of the ground scored in the minute 90. The ministry denied the validity of the news "
            "and took the necessary procedures.")
    families = {f.message.split(")")[0].removeprefix("Calque (") for f in _calques(text)}
    assert {"responsible-source", "military-vocabulary-2", "launched-fire", "sport-vocabulary-2",
            "validity-of-the-news", "at-the-nearest-time"} <= families
