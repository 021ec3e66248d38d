"""Short documents are checked in batches, rule-major (engine.check_documents): the reports
must be those of checking each document alone, in the same order."""

from __future__ import annotations

import dataclasses

from mtqa import engine
from mtqa.config import Config
from mtqa.document import Document
from mtqa.errors import ResourceError
from mtqa.findings import Severity
from mtqa.rules import Rule
from mtqa.rules.context import Context

# our own sentences: names, calques, numbers, a source, doubled words, quotes
TEXTS = [
    "The the minister said on Sunday that talks would resume.",
    "Forces loyal to Khalifa Hiftar withdrew from the town of Tarhouna on Monday.",
    "He said: \"We will not accept this\", and left.",
    "Prices rose by 3,5 percent in March, the agency said.",
    "The spokesman Mahmoud Sharqawi spoke first. Later Sharkawi denied the report.",
    "",
    "The head of the Government of National Accord, Fayez al-Sarraj, arrived in Tunis.",
    "A quiet day in the capital.\n\nThe second paragraph has  two spaces.",
]


def _documents(count: int) -> list[Document]:
    docs = []
    for number in range(count):
        text = TEXTS[number % len(TEXTS)]
        source = "قال الوزير إن المحادثات ستستأنف." if number % 5 == 0 else None
        docs.append(Document(text, path="batch.jsonl", id=str(number), source=source))
    return docs


def _alone(docs, ctx, per_document, per_run):
    return [(doc, *engine.check_document(doc, ctx, per_document, per_run)) for doc in docs]


def _plain(results):
    return [(doc.id, dataclasses.asdict(report), gathered) for doc, report, gathered in results]


def test_batches_give_the_reports_of_documents_checked_alone():
    ctx = Context(Config())
    rules = engine.selected_rules(ctx.config)
    per_document = [r for r in rules if r.scope == "document"]
    per_run = [r for r in rules if r.scope == "run"]
    batched = list(engine.check_documents(_documents(150), ctx, per_document, per_run))
    alone = _alone(_documents(150), ctx, per_document, per_run)
    assert _plain(batched) == _plain(alone)
    assert any(report.findings for _, report, _ in batched)


def test_batches_are_bounded_and_keep_order():
    docs = [Document("A short record.", id=str(i)) for i in range(3 * engine.BATCH_DOCUMENTS)]
    long_doc = Document("word " * (engine.RELEASE_FROM // 5 + 1), id="long")
    docs[70:70] = [long_doc]
    batches = list(engine._batches(docs))
    assert [d.id for b in batches for d in b] == [d.id for d in docs]
    assert max(len(b) for b in batches) == engine.BATCH_DOCUMENTS
    assert [long_doc] in batches  # a long document goes alone (its views are released rule by rule)
    many = [Document("x" * 5000, id=str(i)) for i in range(40)]
    assert all(sum(len(d.text) for d in b) <= engine.BATCH_CHARACTERS for b in engine._batches(many))


class _ShortOfAResource(Rule):
    """A rule that finds the word 'the' and meets a missing resource on its third document."""

    id = "ZZZ001"
    name = "short-of-a-resource"
    category = "fluency/grammar"
    severity = Severity.MINOR

    def __init__(self):
        self.seen = 0

    def check(self, doc, ctx):
        self.seen += 1
        at = doc.text.find("the")
        if at >= 0:
            yield self.finding(doc, at, at + 3, "the")
        if self.seen == 3:
            raise ResourceError("planted", resource="planted")


def test_a_rule_switched_off_in_a_batch_is_off_for_the_rest_as_alone():
    texts = [f"Record {i} names the town." for i in range(10)]

    def findings(batched: bool):
        rule = _ShortOfAResource()
        off: set[str] = set()
        warnings = []
        on_missing = lambda r, exc: (off.add(r.id), warnings.append(r.id))
        docs = [Document(t, id=str(i)) for i, t in enumerate(texts)]
        ctx = Context(Config())
        if batched:
            results = engine.check_documents(docs, ctx, [rule], [], off, on_missing)
        else:
            results = ((d, *engine.check_document(d, ctx, [rule], [], off, on_missing)) for d in docs)
        return [len(report.findings) for _, report, _ in results], warnings

    assert findings(batched=True) == findings(batched=False) == ([1, 1, 1] + [0] * 7, ["ZZZ001"])
