"""A JSONL report line is written field by field (render.jsonl_format.line): the same text as
the JSON encoder gives for DocumentReport.to_dict, for reports of every shape and value."""

from __future__ import annotations

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa import engine
from mtqa.config import Config
from mtqa.document import Document
from mtqa.origin import Origin
from mtqa.render import jsonl_format
from mtqa.report import DocumentReport, Score


def _encoded(doc: DocumentReport) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False) + "\n"


def test_lines_of_checked_records_are_the_encoders():
    texts = ["The minister said on Sunday that 3,5 percent left.", "Forces loyal to Khalifa Hiftar withdrew .",
             "", "   ", "Talks resumed. They ended! Did they? " * 3, 'He said "no" \\ to the plan\t\u2028 café.',
             "One.\nTwo lines\n\nand a paragraph."]
    docs = [Document(t, path='r "x".jsonl', id=f"{n}\u00e9\\", origin=Origin(n + 1, 3) if n % 2 else None)
            for n, t in enumerate(texts)]
    reports = list(engine.run(docs, Config()).documents)
    assert any(r.findings for r in reports) and any(not r.findings for r in reports)
    assert any(r.readability["flesch_reading_ease"] is None for r in reports)
    for report in reports:
        assert jsonl_format.line(report) == _encoded(report)


_FLOATS = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([0.0, -0.0, 100.0, 1e16, 66.8, 5e-324])
_INTS = st.integers(-10, 10**20) | st.booleans()
_VALUES = _FLOATS | _INTS | st.none() | st.text(max_size=5)
_SENTENCE = st.fixed_dictionaries({"start": _INTS, "end": _INTS, "line": _INTS, "words": _INTS,
                                   "flesch_reading_ease": _FLOATS | st.none()})
_FINITE = st.floats(allow_nan=False, allow_infinity=False)
_NEAR_INTS = st.integers(0, 500) | st.booleans() | st.floats(0, 9)  # (mostly ints: the shape of readability.measure)
_MEASURED = st.fixed_dictionaries({
    "flesch_reading_ease": _FINITE, "flesch_kincaid_grade": _FINITE,
    "longest_sentences": st.lists(st.fixed_dictionaries({"start": _NEAR_INTS, "end": _NEAR_INTS, "line": _NEAR_INTS,
                                                         "words": _NEAR_INTS, "flesch_reading_ease": _FINITE | _VALUES}),
                                  max_size=3)})
_READABILITY = _MEASURED | st.fixed_dictionaries({"flesch_reading_ease": _FLOATS | st.none(),
                                      "flesch_kincaid_grade": _FLOATS | st.none(),
                                      "longest_sentences": st.lists(_SENTENCE | st.dictionaries(st.text(max_size=3), _VALUES, max_size=2), max_size=3)}) \
    | st.dictionaries(st.text(max_size=5), _VALUES, max_size=3)


@settings(max_examples=300, deadline=None)
@given(path=st.text(max_size=8), id_=st.text(max_size=8), line=st.none() | st.integers(1, 10**6),
       words=st.integers(0, 10**6), score=st.tuples(_FINITE, _FINITE, st.booleans(), _FINITE), readability=_MEASURED)
def test_lines_of_reports_as_measured_are_the_encoders(path, id_, line, words, score, readability):
    doc = DocumentReport(path=path, id=id_, words=words, text="", findings=[], score=Score(*score),
                         readability=readability, origin=None if line is None else Origin(line))
    assert jsonl_format.line(doc) == _encoded(doc)


@settings(max_examples=300, deadline=None)
@given(path=st.text(max_size=8) | _INTS, id_=st.text(max_size=8) | _INTS, line=st.none() | _INTS, words=_INTS,
       score=st.tuples(_FLOATS | _INTS, _FLOATS | _INTS, _VALUES, _FLOATS | _INTS), readability=_READABILITY,
       metrics=st.none() | st.dictionaries(st.text(max_size=4), _VALUES, max_size=2))
def test_lines_of_any_report_are_the_encoders(path, id_, line, words, score, readability, metrics):
    doc = DocumentReport(path=path, id=id_, words=words, text="", findings=[], score=Score(*score),
                         readability=readability, metrics=metrics, origin=None if line is None else Origin(line))
    assert jsonl_format.line(doc) == _encoded(doc)


def test_floats_outside_the_finite_are_left_to_the_encoder():
    for value in (math.nan, math.inf, -math.inf):
        doc = DocumentReport(path="p", id="1", words=1, text="", findings=[], score=Score(value, 0.0, True, 100.0),
                             readability={"flesch_reading_ease": value, "flesch_kincaid_grade": 1.0, "longest_sentences": []})
        assert jsonl_format.line(doc) == _encoded(doc)
        assert "NaN" in jsonl_format.line(doc) or "Infinity" in jsonl_format.line(doc)


def test_each_field_of_another_type_is_left_to_the_encoder():
    sentence = {"start": 0, "end": 9, "line": 1, "words": 2, "flesch_reading_ease": 50.5}
    base = {"path": "p", "id": "1", "words": 2, "origin": Origin(1), "score": Score(0.0, 0.0, True, 100.0),
            "readability": {"flesch_reading_ease": 50.5, "flesch_kincaid_grade": 3.0, "longest_sentences": [sentence]}}
    odd = [{"path": 7}, {"id": 7}, {"id": True}, {"words": True}, {"words": 2.0}, {"origin": Origin(True)},
           {"score": Score(0, 0.0, True, 100.0)}, {"score": Score(0.0, 0.0, 1, 100.0)}]
    for key in sentence:
        for value in (True, 1.5, None, "1"):
            odd.append({"readability": {**base["readability"], "longest_sentences": [{**sentence, key: value}]}})
    odd.append({"readability": {**base["readability"], "longest_sentences": [dict(reversed(sentence.items()))]}})
    renamed = {("begin" if key == "start" else key): value for key, value in sentence.items()}
    odd.append({"readability": {**base["readability"], "longest_sentences": [renamed]}})
    odd.append({"readability": {"flesch_kincaid_grade": 3.0, "flesch_reading_ease": 50.5, "longest_sentences": []}})
    for change in odd:
        doc = DocumentReport(text="", findings=[], **{**base, **change})
        assert jsonl_format.line(doc) == _encoded(doc), change
