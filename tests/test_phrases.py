"""Every entry of the phrase lists (TRN001 calques, SYN006 verb-object calques) fires on its
own bad sentences and stays silent on its good ones; the lists are valid and large enough."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config
from mtqa.errors import LexiconError
from mtqa.rules import get
from mtqa.rules.phrases import load_phrases

LISTS = {"TRN001": "calques.toml", "SYN006": "verb_calques.toml"}
CASES = [(rule, p) for rule, name in LISTS.items() for p in load_phrases(name)]


def _findings(rule, text):
    return [f for f in check_text(text, config=Config(select=(rule,))).findings if f.rule == rule]


def test_calque_list_is_large_and_spread():
    calques = load_phrases("calques.toml")
    assert len(calques) >= 100
    assert {p.kind for p in calques} >= {"discourse-marker", "reporting", "formula", "collocation",
                                         "time-expression", "framing"}


@pytest.mark.parametrize("rule,phrase", CASES, ids=[p.id for _, p in CASES])
def test_entry_fires_on_bad_and_not_on_good(rule, phrase):
    for sentence in phrase.bad:
        found = [f for f in _findings(rule, sentence) if f.message.startswith(phrase.message)]
        assert found, (phrase.id, sentence)
    for sentence in phrase.good:
        assert _findings(rule, sentence) == [], (phrase.id, sentence)


def test_sentence_initial_deletion_capitalises_next_word():
    found = _findings("TRN001", "He left. For his part, the minister denied it.")
    assert [(f.text, f.suggestions[0].replacement) for f in found] == [("For his part, the", "The")]


def test_sentence_initial_formula_mid_sentence_is_silent():
    assert _findings("TRN001", "He said that, for his part, he had no objection.") == []


def test_invalid_pattern_is_reported_with_file_and_line(monkeypatch, tmp_path):
    from importlib import resources

    bad = '[[calque]]\nid = "x"\narabic = "ا"\nmatch = "(unclosed"\nmessage = "m"\nbad = ["a"]\ngood = ["b"]\n'

    class Fake:
        def joinpath(self, _):
            return self

        def read_text(self, _):
            return bad

    monkeypatch.setattr(resources, "files", lambda _: Fake())
    with pytest.raises(LexiconError, match=r"mtqa/data/calques.toml:1: bad pattern"):
        load_phrases("calques.toml")


def test_rules_are_registered():
    assert get("TRN001").phrases and get("SYN006").phrases
