"""Reports and origins are pickled as their fields (spill files, worker processes): what comes
back equals what went in, every field included."""

from __future__ import annotations

import dataclasses
import pickle

from mtqa import engine
from mtqa.config import Config
from mtqa.document import Document
from mtqa.origin import Origin, json_string_origin
from mtqa.report import DocumentReport, Score


def _round_trip(value):
    return pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


def test_origins_come_back_with_their_escapes():
    plain = json_string_origin('{"id": 1, "mt": "Talks resumed."}', "mt", 3, "Talks resumed.")
    escaped = json_string_origin('{"id": 2, "mt": "Caf\\u00e9 \\"Nour\\" opened."}', "mt", 4)
    for origin in (plain, escaped, Origin(7)):
        back = _round_trip(origin)
        assert back == origin
        assert list(back.escape_offsets) == list(origin.escape_offsets)
        assert list(back.escape_extra) == list(origin.escape_extra)
        assert [back.column_of(n) for n in range(20)] == [origin.column_of(n) for n in range(20)]


def test_reports_come_back_field_for_field():
    docs = [Document("The the minister said on Sunday that 3,5 percent left.", path="r.jsonl", id="1",
                     origin=json_string_origin('{"mt": "x"}', "mt", 1, "x")),
            Document("Forces loyal to Khalifa Hiftar withdrew.", path="r.jsonl", id="2", source="انسحبت القوات.")]
    report = engine.run(docs, Config())
    reports = list(report.documents)
    assert any(r.findings for r in reports)
    for original in reports:
        assert len(original.__reduce__()[1]) == len(dataclasses.fields(DocumentReport))  # (a new field: add it there)
        back = _round_trip(original)
        assert back == original
        for field in dataclasses.fields(DocumentReport):
            assert getattr(back, field.name) == getattr(original, field.name), field.name
    assert _round_trip(Score(1.5, 30.0, False, 70.0)) == Score(1.5, 30.0, False, 70.0)
