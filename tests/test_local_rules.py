"""Rules declared local (Rule.local) are checked once on a batch of records joined by blank
lines (engine._Joined), each record getting the findings inside its text: for every such
rule, the findings on the joined batch must be exactly those on each record alone, on our
own texts (every rule's examples, our corpora whole, by paragraph and by line, the clean news
lines when ../shared is there), each joined with two different sets of neighbours."""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

import pytest

from mtqa import engine
from mtqa.config import Config
from mtqa.document import Document
from mtqa.findings import Severity
from mtqa.rules import Rule, all_rules, parse_example
from mtqa.rules.context import Context

from conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent
LOCAL = [rule for rule in all_rules() if rule.local]


def _texts() -> list[str]:
    texts = [parse_example(str(example))[0] for rule in all_rules() for example in (*rule.bad, *rule.good)
             if getattr(example, "source", None) is None]
    for path in sorted((ROOT / "corpora").rglob("*.txt")):
        whole = path.read_text("utf-8")
        texts.append(whole)
        texts.extend(whole.split("\n\n"))
        texts.extend(whole.splitlines())
    news = SHARED / "data" / "clean-en" / "ntrex128_newstest2019-src.eng.txt"
    if news.exists():
        texts.extend(news.read_text("utf-8").splitlines())
    joinable = [text.strip() for text in texts if text.strip()]  # (the engine joins no record with white space at an end)
    return list(dict.fromkeys(joinable))


TEXTS = _texts()


def _shape(finding) -> tuple:
    return dataclasses.astuple(finding) + (finding.extra,)


def _mismatches(rule: Rule, texts: list[str], size: int = 32) -> list[str]:
    """The texts whose findings of `rule` differ between the text alone and the text joined
    with its neighbours (in the order given, and shuffled), as the engine joins a batch."""
    ctx = Context(Config())
    alone = [[_shape(f) for f in rule.check(Document(text), ctx)] for text in texts]
    shuffled = list(range(len(texts)))
    random.Random(16).shuffle(shuffled)
    wrong = set()
    for order in (list(range(len(texts))), shuffled):
        for at in range(0, len(order), size):
            numbers = order[at : at + size]
            found = [[] for _ in numbers]
            joined = engine._Joined(list(zip((Document(texts[n]) for n in numbers), found)), [])
            assert joined.check(rule, ctx)
            wrong.update(texts[n][:120] for n, got in zip(numbers, found)
                         if [_shape(f) for f in got] != alone[n])
    return sorted(wrong)


def test_most_cheap_rules_are_local():
    assert len(LOCAL) >= 30 and not any(rule.needs_source or rule.scope != "document" for rule in LOCAL)


@pytest.mark.parametrize("rule", LOCAL, ids=[r.id for r in LOCAL])
def test_a_local_rule_finds_on_joined_records_what_it_finds_on_each(rule):
    assert len(TEXTS) > 1000
    assert not _mismatches(rule, TEXTS)


class _SecondMention(Rule):
    """Declared local wrongly: it reports a word that the document names a second time."""

    id, name, category, severity, local = "ZZZ002", "second-mention", "style/awkward", Severity.MINOR, True

    def check(self, doc, ctx):
        seen = set()
        for match in re.finditer(r"\b[A-Z][a-z]{3,}\b", doc.text):
            if match.group() in seen:
                yield self.finding(doc, match.start(), match.end(), "named again")
            seen.add(match.group())


def test_a_rule_that_reads_the_whole_document_is_caught():
    """The test above fails for a rule declared local that reads beyond its paragraph."""
    assert _mismatches(_SecondMention(), TEXTS[:400])


@pytest.mark.parametrize("rule", [r for r in all_rules() if r.id in ("NAM001", "NAM004", "TYP010")])
def test_rules_that_weigh_the_whole_document_are_not_local(rule):
    """These read evidence from the whole document (names elsewhere, quotes across
    paragraphs): joined, their findings on some records change."""
    assert not rule.local and _mismatches(rule, TEXTS)


def test_records_with_a_source_a_marker_or_edge_spaces_are_checked_alone():
    docs = [Document("The talks resumed."), Document("Talks resumed.", source="استؤنفت المحادثات."),
            Document(" Spaces first."), Document("The the end. <!-- mtqa-ignore -->"), Document("Last one.")]
    pairs = [(doc, []) for doc in docs]
    joined = engine._Joined.of(pairs, [bool(doc.source) for doc in docs])
    assert [doc.text for doc, _ in joined.members] == ["The talks resumed.", "Last one."]
    assert [doc for doc, _ in joined.alone] == docs[1:4]


def test_joined_batches_give_the_reports_of_records_checked_alone():
    texts = [text for text in TEXTS if len(text) < 2000][:600]
    texts[5:5] = ["  Spaces around.  ", "The the minister spoke. <!-- mtqa-ignore -->", ""]
    ctx = Context(Config())
    rules = engine.selected_rules(ctx.config)
    per_document = [r for r in rules if r.scope == "document"]
    per_run = [r for r in rules if r.scope == "run"]

    def documents():
        return [Document(text, path="t.jsonl", id=str(n), source="قال الوزير." if n % 7 == 0 else None)
                for n, text in enumerate(texts)]

    batched = [dataclasses.asdict(report) for _, report, _ in engine.check_documents(documents(), ctx, per_document, per_run)]
    alone = [dataclasses.asdict(engine.check_document(doc, ctx, per_document, per_run)[0]) for doc in documents()]
    assert batched == alone
    assert sum(bool(report["findings"]) for report in batched) > 50


def _joined_and_alone(rule: Rule, texts: list[str]) -> tuple[list, list]:
    """The findings of `rule` on each record of a joined batch, and on each record alone."""
    ctx = Context(Config())
    pairs = [(Document(text), []) for text in texts]
    assert engine._Joined(pairs, []).check(rule, ctx)
    alone = [[_shape(f) for f in rule.check(Document(text), ctx)] for text in texts]
    return [[_shape(f) for f in found] for _, found in pairs], alone


@pytest.mark.parametrize("rule_id, texts, across", [
    # a word capitalised in another record is no name in this one
    ("TYP015", ["Negotations, the agency's name, said nothing.", "The negotations resumed after a long pause."], "negotations"),
    # "the … of" slots are a record's own words: not "the" ending one record and "X of" opening the next
    ("LNG004", ["Fighters stormed the", "mushrif of the camp fled."], "mushrif"),
    ("LNG004", ["He spoke of the", "mushrif and the guards."], "mushrif"),
])
def test_what_a_local_rule_weighs_across_the_document_is_the_records_own(rule_id, texts, across):
    """Joined into one plain document the records would give another finding (`across`);
    joined as a batch (Document.record_at), each record gets what it gets alone."""
    from mtqa.rules import get

    rule = get(rule_id)
    whole = [f.text for f in rule.check(Document(engine.JOIN.join(texts)), Context(Config()))]
    joined, alone = _joined_and_alone(rule, texts)
    assert joined == alone
    assert (across in whole) != any(across == shape[6] for found in alone for shape in found)


def test_record_at_names_the_record_of_an_offset():
    docs = [Document("The talks resumed."), Document("Aid arrived."), Document("Rain fell.")]
    joined = engine._Joined([(doc, []) for doc in docs], [])
    starts = joined.starts
    assert [joined.doc.record_at(at) for at in (0, starts[1] - 1, starts[1], starts[2] + 3)] == \
        [(docs[0], 0), (docs[0], 0), (docs[1], starts[1]), (docs[2], starts[2])]
    assert docs[0].record_at(5) == (docs[0], 0)


def test_the_lexicon_names_a_joined_rule_weighs_are_those_of_the_record():
    """names.known_name_at on a joined batch reads the lexicon matches of the record (computed
    on it, and shared with the name rules that check it alone later), not of the batch."""
    from mtqa.rules.names import known_name_at

    ctx = Context(Config())
    texts = ["Hay'at Tahrir al-Sham took the town.", "The council met on Monday."]
    docs = [Document(text) for text in texts]
    joined = engine._Joined([(doc, []) for doc in docs], [])
    assert known_name_at(joined.doc, ctx, 0, 6) == known_name_at(Document(texts[0]), ctx, 0, 6)
    assert "_entity_matches" in docs[0].__dict__ and "_entity_matches" not in joined.doc.__dict__
