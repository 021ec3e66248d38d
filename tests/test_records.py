"""Issue 16, many short records: what cuts their per-record cost must not change a finding.
Run-wide memos (mtqa.memo) stay bounded and give each record the findings it gets alone;
rules that need an Arabic source are skipped for records without one."""

from __future__ import annotations

import pytest

from mtqa import engine, memo
from mtqa.config import Config
from mtqa.document import Document
from mtqa.rules import Rule, all_rules

# Our own short records: names, places, Arabic words in Latin letters, figures, tense.
RECORDS = [
    "Strikes hit the strategic Al-Wattia base on Sunday, the ministry said.",
    "Forces loyal to Khalifa Hiftar withdrew from Al-Iskandariya and Umm Durman.",
    "The delegation ministerial arrived in Benzart on Monday and meets the governor.",
    "The sheikh said inshallah the talks in Tarabulus would go on.",
    "President Tebbon visited the Qasbah of Algiers in 2019.",
    "A man named Said said the island of Malta was calm.",
]


def _findings(texts: list[str]) -> list[list[tuple]]:
    docs = [Document(text, path="records.jsonl", id=str(number)) for number, text in enumerate(texts)]
    report = engine.run(docs, Config())
    return [[(f.rule, f.start, f.end, f.message, tuple(map(str, f.suggestions))) for f in d.findings]
            for d in report.documents]


def test_a_record_gets_the_same_findings_alone_and_after_others():
    alone = [_findings([text])[0] for text in RECORDS]
    together = _findings(RECORDS + RECORDS[::-1])
    assert together[: len(RECORDS)] == alone
    assert together[len(RECORDS):] == alone[::-1]
    assert any(alone), "the examples should give findings"


def test_memo_remembers_none_and_is_bounded(monkeypatch):
    class Owner:
        pass

    owner, calls = Owner(), []

    def decide(form):
        calls.append(form)
        return None if form == "plain" else form.upper()

    table = memo.memo(owner, "_verdicts")
    assert memo.decided(table, "plain", decide) is None
    assert memo.decided(table, "plain", decide) is None  # None is a verdict, remembered
    assert memo.decided(table, "x", decide) == "X"
    assert calls == ["plain", "x"]
    monkeypatch.setattr(memo, "BOUND", 2)
    fresh = memo.memo(owner, "_verdicts")  # full: it starts again
    assert fresh == {} and memo.memo(owner, "_verdicts") is fresh


class _SourceOnly(Rule):
    id = "TST901"
    name = "source-only"
    category = "accuracy/omission"
    needs_source = True
    calls = 0

    def check(self, doc, ctx):
        type(self).calls += 1
        return iter(())


@pytest.mark.parametrize("source, called", [(None, 0), ("   ", 0), ("قال الوزير", 1)])
def test_rules_that_need_a_source_are_skipped_without_one(source, called):
    _SourceOnly.calls = 0
    engine.run([Document("The minister said.", source=source)], Config(), rules=[_SourceOnly()])
    assert _SourceOnly.calls == called


def test_only_source_rules_need_a_source():
    """needs_source says the rule finds nothing without a source: the SRC family only."""
    assert {r.id for r in all_rules() if r.needs_source} == {r.id for r in all_rules() if r.id.startswith("SRC")}
