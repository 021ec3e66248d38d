"""Rule triggers (Rule.trigger): the engine skips a rule on a record whose text lacks its
trigger, so a trigger must be in every text the rule finds anything in. Checked on every
rule's examples and on our corpora, a sentence at a time and whole; and the reports of a
batch of records are those of each record checked alone, triggers or not."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from mtqa import engine
from mtqa.config import Config
from mtqa.document import Document
from mtqa.rules import Rule, all_rules, parse_example
from mtqa.rules.context import Context

from conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent
TRIGGERED = [rule for rule in all_rules() if rule.trigger is not None]
WORD_TRIGGERED = [rule for rule in all_rules() if rule.trigger_words is not None]


def _texts() -> list[tuple[str, str | None]]:
    """(text, Arabic source) of every rule's examples, and our corpora whole and a line at a time."""
    texts = []
    for rule in all_rules():
        for example in (*rule.bad, *rule.good):
            texts.append((parse_example(str(example))[0], getattr(example, "source", None)))
    for path in sorted((ROOT / "corpora").rglob("*.txt")):
        whole = path.read_text("utf-8")
        texts.append((whole, None))
        texts.extend((line, None) for line in whole.splitlines() if line.strip())
    news = SHARED / "data" / "clean-en" / "ntrex128_newstest2019-src.eng.txt"  # real news, when ../shared is there
    if news.exists():
        texts.extend((line, None) for line in news.read_text("utf-8").splitlines() if line.strip())
    return texts


TEXTS = _texts()


def _texts_it_fires_on(rule) -> list[str]:
    """The TEXTS on which the rule reports something (at least one: a rule that fires on none
    of its examples and our corpora proves nothing about its trigger)."""
    fired = [text for text, source in TEXTS if list(rule.check(Document(text, source=source), Context()))]
    assert fired, f"{rule.id}: no example or corpus text fires it"
    return fired


def test_some_rules_declare_triggers():
    assert len(TRIGGERED) >= 20


@pytest.mark.parametrize("rule", TRIGGERED, ids=[r.id for r in TRIGGERED])
def test_trigger_is_in_every_text_the_rule_fires_on(rule):
    trigger = re.compile(rule.trigger)
    assert trigger.search("") is None and trigger.search(" \n\t ") is None  # (prose blanks skipped regions)
    for text in _texts_it_fires_on(rule):
        assert trigger.search(text), f"{rule.id} fired on a text without its trigger {rule.trigger!r}: {text[:200]!r}"


@pytest.mark.parametrize("rule", TRIGGERED, ids=[r.id for r in TRIGGERED])
def test_bad_examples_hold_the_trigger(rule):
    trigger = re.compile(rule.trigger)
    for example in rule.bad:
        assert trigger.search(parse_example(str(example))[0]), f"{rule.id}: {example!r}"


def test_some_rules_declare_trigger_words():
    assert {"LNG002", "LNG003", "SYN009"} <= {rule.id for rule in WORD_TRIGGERED}


@pytest.mark.parametrize("rule", WORD_TRIGGERED, ids=[r.id for r in WORD_TRIGGERED])
def test_trigger_words_are_in_every_text_the_rule_fires_on(rule):
    words = rule.trigger_words
    assert words and all(word == word.lower() and word.isalpha() for word in words)
    for text in _texts_it_fires_on(rule):
        assert not words.isdisjoint(Document(text).lowered_words.distinct), \
            f"{rule.id} fired on a text without any of its trigger words: {text[:200]!r}"


@pytest.mark.parametrize("rule", WORD_TRIGGERED, ids=[r.id for r in WORD_TRIGGERED])
def test_bad_examples_hold_a_trigger_word(rule):
    for example in rule.bad:
        assert not rule.trigger_words.isdisjoint(Document(parse_example(str(example))[0]).lowered_words.distinct), \
            f"{rule.id}: {example!r}"


def test_a_record_without_the_trigger_words_is_not_handed_to_the_rule():
    """The engine skips a rule on a record that has none of its trigger words, and only there."""
    calls = []

    class Probe(Rule):
        id, trigger_words = "PRB001", frozenset({"qala"})

        def check(self, doc, ctx):
            calls.append(doc.id)
            return iter(())

    docs = [Document(text, path="t.jsonl", id=str(n)) for n, text in
            enumerate(["The minister spoke.", "Then qala al-wazir that it was over.", "QALA, he wrote."])]
    list(engine.check_documents(docs, Context(Config()), [Probe()], []))
    assert calls == ["1", "2"]


def test_a_batch_with_triggers_gives_the_reports_of_records_checked_alone():
    lines = [text for text, _ in TEXTS if "\n" not in text.strip() and len(text) < 2000][:400]
    docs = [Document(text, path="t.jsonl", id=str(n)) for n, text in enumerate(lines)]
    again = [Document(text, path="t.jsonl", id=str(n)) for n, text in enumerate(lines)]
    ctx = Context(Config())
    rules = engine.selected_rules(ctx.config)
    per_document = [r for r in rules if r.scope == "document"]
    per_run = [r for r in rules if r.scope == "run"]
    batched = [(doc.id, dataclasses.asdict(report)) for doc, report, _ in engine.check_documents(docs, ctx, per_document, per_run)]
    alone = [(doc.id, dataclasses.asdict(engine.check_document(doc, ctx, per_document, per_run)[0])) for doc in again]
    assert batched == alone
    assert sum(bool(report["findings"]) for _, report in batched) > 50


@pytest.mark.parametrize("pattern, non_ascii", [
    ("[،؛؟]", True), ("ـ", True), ("é|[à-ÿ]", True), ("(?:é)+", True), ("ab(?:é|ü)c", True),
    ("[^a]", False), ("é|a", False), ("(?:é)*", False), ("x\\w", False), ("(?i)é", False), ("(?i:\u212a)", False),
])
def test_a_trigger_of_characters_outside_ascii_is_known_as_such(pattern, non_ascii):
    """The engine does not search an ASCII text for a trigger every match of which holds a
    character outside ASCII; with case folding (the Kelvin sign matches "k") it searches."""
    assert engine._trigger(pattern)[1] is non_ascii


def test_triggers_taken_for_non_ascii_match_no_ascii_text():
    ascii_text = "".join(map(chr, range(128))) * 2
    for rule in TRIGGERED:
        compiled, non_ascii = engine._trigger(rule.trigger)
        assert not (non_ascii and compiled.search(ascii_text)), rule.id
