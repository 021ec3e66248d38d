"""Calque families written as patterns (mtqa/data/calque_patterns.toml, engine mtqa/patterns.py):
every pattern fires on its own bad example, every family stays silent on its traps, findings
name the family, and the compiled patterns stay cheap on long text."""

from __future__ import annotations

import re

import pytest

from mtqa import check_text
from mtqa.config import Config
from mtqa.errors import LexiconError
from mtqa.patterns import compile_pattern, lead_words
from mtqa.rules.phrases import PATTERN_FILES, load_patterns
from pathological import cpu_time, grows_linearly

PATTERNS = load_patterns()
FAMILIES = {p.family: p for p in PATTERNS}
# every pattern file's patterns and families (calque_generators.toml, calque_sweep.toml too)
EVERY_PATTERN = [p for name in PATTERN_FILES for p in load_patterns(name)]
EVERY_FAMILY = {(name, p.family): p for name in PATTERN_FILES for p in load_patterns(name)}


def _calques(text):
    return [f for f in check_text(text, config=Config(select=("TRN001",))).findings if f.rule == "TRN001"]


def test_many_patterns_in_many_families():
    assert len(PATTERNS) >= 200
    assert len(FAMILIES) >= 25


@pytest.mark.parametrize("phrase", EVERY_PATTERN, ids=[p.id for p in EVERY_PATTERN])
def test_pattern_fires_on_its_bad_example(phrase):
    (sentence,) = phrase.bad
    assert re.search(phrase.match, sentence, re.IGNORECASE), (phrase.id, sentence)
    assert _calques(sentence), (phrase.id, sentence)


@pytest.mark.parametrize("family", sorted(EVERY_FAMILY), ids="/".join)
def test_family_is_silent_on_its_traps(family):
    for sentence in EVERY_FAMILY[family].good:
        assert _calques(sentence) == [], (family, sentence)


def test_finding_names_the_family():
    (finding,) = _calques("The envoy arrived to Amman on Monday.")
    assert "preposition-of-the-verb" in finding.message


def test_unquoted_family_is_silent_inside_quotes():
    assert _calques('"Our national team will win," he said.') == []
    assert _calques("The win put our national team in the final.")


@pytest.mark.parametrize("pattern,error", [
    ("in {nope} turn", "unknown class"),
    ("x? y", "optional"),
    ("", "empty"),
    ("a ...9 b", "gap"),
    ("a <b>", "cannot read"),
])
def test_engine_rejects_bad_patterns(pattern, error):
    with pytest.raises(LexiconError, match=error):
        compile_pattern(pattern, {"poss": ["his"]})


def test_engine_slots():
    source, at_start = compile_pattern("^ in {poss} turn ,", {"poss": ["his", "her"]})
    assert at_start and re.match(source, "In her  turn,", re.IGNORECASE)
    source, _ = compile_pattern("arrived to [Cap]", {})
    assert re.match(source, "arrived to Cairo", re.IGNORECASE)
    assert not re.match(source, "arrived to cheers", re.IGNORECASE)
    source, _ = compile_pattern("called the world to !the|a", {})
    assert re.match(source, "called the world to act", re.IGNORECASE)
    assert not re.match(source, "called the world to the table", re.IGNORECASE)


def test_lower_case_slot():
    """`=a|b`: the words as written, in lower case only; the other slots still any case."""
    source, _ = compile_pattern("the =citizen|young_man [Cap]", {})
    assert re.match(source, "The citizen Ahmed", re.IGNORECASE)
    assert re.match(source, "the young man Omar", re.IGNORECASE)
    assert not re.match(source, "The Citizen Lab", re.IGNORECASE)
    assert not re.match(source, "the Young Man Band", re.IGNORECASE)
    assert lead_words("the =citizen|young_man [Cap]", {}) == ["the citizen", "the young"]


def test_patterns_stay_linear_on_long_text():
    """Near-misses ("the day of the", "in his turn to") repeated: twice the text costs about
    twice the CPU time, not four times (a measure, not a wall-clock limit)."""
    sentence = ("The envoy waited in his turn to speak on the day of the vote, and the many "
                "people who arrived to cheers discussed with them in Paris the sons of the. ")

    def measure(repeats):
        text = sentence * repeats
        return cpu_time(lambda: _calques(text), repeats=1)

    ok, small, large = grows_linearly(measure, 1500, floor=0.05)
    assert ok, f"{small:.3f}s -> {large:.3f}s"


def test_every_pattern_is_looked_up_not_scanned():
    """Each pattern is tried only at its first word (or two), a number's next word or a
    bracket, never by scanning the whole text: the families cost little per megabyte."""
    from mtqa.rules.phrases import phrase_keys

    scanned = [p.id for p in PATTERNS if p.position != "start" and not p.anchor and not p.leads
               and phrase_keys(p.match) is None]
    assert scanned == []
    assert any(len(lead.split()) == 2 for p in PATTERNS for lead in p.leads)


def test_number_led_pattern_is_found_by_the_word_after_the_number():
    assert [f.text for f in _calques("The wall was rebuilt in 1998 AD by the city.")] == ["1998 AD"]
    assert _calques("In AD 70 the temple fell.") == []
