"""Every rule proves itself: its bad examples fire exactly on the marked spans with the
expected suggestions, its good examples stay silent."""

from __future__ import annotations

import pytest

from mtqa.document import Document
from mtqa.engine import Context, _finalise
from mtqa.rules import all_rules, parse_example

RULES = all_rules()


def _findings(rule, text, source=None):
    doc = Document(text, source=source)
    ctx = Context()
    if rule.scope == "run":
        raw = [f for _, f in rule.check_run([doc], ctx)]
    else:
        raw = list(rule.check(doc, ctx))
    return doc, _finalise(doc, raw, ctx.config)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_has_metadata_and_examples(rule):
    assert rule.id and rule.name and rule.category and rule.explanation
    assert rule.bad, f"{rule.id} has no bad example"
    assert rule.good, f"{rule.id} has no good example"
    for example in rule.bad:
        assert parse_example(example)[1], f"{rule.id}: bad example without a ⟦marked⟧ span: {example}"


BAD = [(r, e) for r in RULES for e in r.bad]
GOOD = [(r, e) for r in RULES for e in r.good]


@pytest.mark.parametrize("rule,example", BAD, ids=[f"{r.id}-{i}" for i, (r, _) in enumerate(BAD)])
def test_bad_example_fires(rule, example):
    text, expected = parse_example(example)
    doc, findings = _findings(rule, text, getattr(example, "source", None))
    got = [(f.start, f.end) for f in findings]
    assert got == [(e.start, e.end) for e in expected], f"{rule.id} on {text!r}: {[f.text for f in findings]}"
    for finding, span in zip(findings, expected):
        assert finding.text == doc.text[finding.start : finding.end]
        assert [s.replacement for s in finding.suggestions] == list(span.suggestions)


@pytest.mark.parametrize("rule,example", GOOD, ids=[f"{r.id}-{i}" for i, (r, _) in enumerate(GOOD)])
def test_good_example_is_silent(rule, example):
    _, findings = _findings(rule, str(example), getattr(example, "source", None))
    assert findings == [], f"{rule.id} fired on good example {example!r}: {[f.text for f in findings]}"


def test_rule_ids_are_unique_and_stable_format():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert all(len(i) == 6 and i[:3].isalpha() and i[3:].isdigit() for i in ids)


def test_parse_example_marks():
    text, spans = parse_example("a ⟦bc→x|y⟧ d ⟦e⟧")
    assert text == "a bc d e"
    assert [(s.start, s.end, s.suggestions) for s in spans] == [(2, 4, ("x", "y")), (7, 8, ())]
