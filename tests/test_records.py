"""Issue 16, many short records: what cuts their per-record cost must not change a finding.
Run-wide memos (mtqa.memo) stay bounded and give each record the findings it gets alone;
rules that need an Arabic source are skipped for records without one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_word_trigger_first_words_or_none():
    from mtqa.scan import word_trigger

    assert word_trigger(["Staff Brigade", "Team", "Mother"]) == {"staff", "team", "mother"}
    assert word_trigger(["Team", "'Ayn"]) is None  # a phrase that starts with no letter: no test


_WORDS = ["the", "The", "Team", "Major", "Ahmed", "al-Mismari", "Mother", "of", "Qasr", "Sons", "Son",
          "Spring", "springs", "Oleanders", "in", "Dates", "Monastery", "Daughter's", "Brigade,", "Wells.",
          "said", "2019", "Hill-top", "Gate"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14), st.sampled_from([" ", "  ", "\n"]))
def test_no_match_of_the_nam008_passes_in_a_record_their_trigger_rules_out(words, gap):
    """_absent(key, doc) -> the pass's pattern finds nothing: the test never drops a finding."""
    from mtqa.rules import translated_names as tn

    text = gap.join(words)
    doc = Document(text)
    patterns = {"ranks": [tn._RANK_THE, tn._RANK_BARE], "place_words": [tn._PLACE_WORD_OF],
                "place_features": [tn._LOCATIVE_RUN]}
    for key, found in patterns.items():
        if tn._absent(key, doc):
            matches = [m for p in found for m in p.finditer(text)]
            if key == "place_features":  # (the pass keeps the runs with a feature noun)
                features = tn._data()["place_features"]
                matches = [m for m in matches if any(w.lower() in features for w in m.group(1).split())]
            assert not matches, (key, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "The", "Al", "Ayyam", "newspaper", "satellite", "channel", "TV", "FM",
                                 "Nation", "club", "sites", "President", "Tebbon", "Gen.", "Mr", "Smith",
                                 "minister", "said", "of", "2019", "envoy's"]), min_size=1, max_size=12))
def test_outlet_and_title_triggers_never_drop_a_match(words):
    from mtqa.rules import names, unseen_spellings

    text = " ".join(words)
    doc = Document(text)
    if names._OUTLET_WORDS.isdisjoint(doc.lowered_words.words):
        assert not list(names._OUTLET.finditer(text))
    if unseen_spellings._TITLE_WORDS.isdisjoint(doc.lowered_words.words):
        assert not list(unseen_spellings._TITLED.finditer(text))
