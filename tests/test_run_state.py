"""What a run keeps of each checked document for its run rules (engine._rest beside the
report) and what it sends to worker processes (engine._state) rebuild the document: every
field, after a trip through a spill file, and run-rule findings past the spill file's head
are silenced by the markers of the rebuilt document."""

from __future__ import annotations

import datetime
import pickle

from mtqa import engine
from mtqa.config import Config
from mtqa.document import Document
from mtqa.origin import Origin
from mtqa.spill import IN_MEMORY

_FIELDS = engine._STATE_FIELDS


def _documents() -> list[Document]:
    return [
        Document("Talks resumed in Cairo.", path="r.jsonl", id="1", origin=Origin(1, 17)),
        Document("Talks resumed.\n<!-- mtqa-ignore TYP -->\nA line.", path="a.txt", id="a.txt"),
        Document("Intro\n\n```\ncode\n```\n", path="b.md", id="b.md", skipped=[(7, 19)]),
        Document("Talks resumed.", path="c.txt", id="c.txt", encoding="cp1256", source="استؤنفت المحادثات.",
                 reference="Talks resumed."),
        Document("Talks resumed on Monday.", path="r.jsonl", id="2", date=datetime.date(2024, 3, 4)),
    ]


def test_rest_and_state_rebuild_every_field():
    for doc in _documents():
        report = engine.report_of(doc, 3, [], {})
        kept = pickle.loads(pickle.dumps((report, engine._rest(doc)), pickle.HIGHEST_PROTOCOL))
        sent = pickle.loads(pickle.dumps(engine._state(doc), pickle.HIGHEST_PROTOCOL))
        for rebuilt in (engine._rebuilt(*kept), engine._restored(sent)):
            assert {name: rebuilt.__dict__[name] for name in _FIELDS} == {name: doc.__dict__[name] for name in _FIELDS}
    plain = _documents()[0]
    assert engine._rest(plain) is None  # (a plain record keeps nothing beside its report)
    assert all(engine._rest(doc) is not None for doc in _documents()[1:])


def test_run_rule_findings_past_the_spill_head_use_the_rebuilt_documents_markers():
    docs = [Document("Khalifa Haftar visited Tarhuna on Sunday. Officials in Tarhuna welcomed the visit.", path="r.jsonl", id="a")]
    docs += [Document("Prices rose again in Tarhuna last month, traders said.", path="r.jsonl", id=str(n))
             for n in range(IN_MEMORY + 5)]
    docs.append(Document("Residents of Tarhouna said Haftar had left.\nIn Tarhouna, shops closed. <!-- mtqa-ignore NAM003 -->\n",
                         path="r.jsonl", id="z"))
    last = list(engine.run(docs, Config(select=("NAM003",))).documents)[-1]
    assert [(f.rule, f.line, f.text) for f in last.findings] == [("NAM003", 1, "Tarhouna")]  # (line 2 silenced)
