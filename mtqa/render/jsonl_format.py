"""JSON Lines: one document report a line (as in the JSON report), then one summary line
{"summary": …} with the schema, the version and the run's metrics. Written a document at a
time, so a run of a million records never holds its report in memory."""

from __future__ import annotations

import json
import math
from typing import Iterator

from mtqa.report import DocumentReport, Report

_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(…, ensure_ascii=False), built once
_STRING = json.encoder.encode_basestring  # how _ENCODE writes a string (ensure_ascii=False)
_FLOAT = float.__repr__  # how _ENCODE writes a finite float
_TRUTH = {True: "true", False: "false"}
_READABILITY_KEYS = ["flesch_reading_ease", "flesch_kincaid_grade", "longest_sentences"]
_SENTENCE_KEYS = ["start", "end", "line", "words", "flesch_reading_ease"]


def render(report: Report, color: bool = False) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    for doc in report.documents:
        yield line(doc)
    data = report.to_dict(documents=[])
    del data["documents"]
    summary = {"summary": data.pop("summary"), **data}
    yield json.dumps(summary, ensure_ascii=False) + "\n"


def line(doc: DocumentReport) -> str:
    """_ENCODE(doc.to_dict()) and a newline, written field by field: a record's report has the
    same few fields every time, and the JSON encoder spends more on walking its dicts than on
    the few numbers in them. Each part is written as _ENCODE writes it (without indentation,
    JSON is the same nested or alone); a part of another shape or type goes to _ENCODE."""
    path, id_, origin, words = doc.path, doc.id, doc.origin, doc.words
    if type(path) is not str or type(id_) is not str or type(words) is not int \
            or (origin is not None and type(origin.line) is not int):
        return _ENCODE(doc.to_dict()) + "\n"
    findings = _ENCODE([f.to_dict() for f in doc.findings]) if doc.findings else "[]"
    metrics = "" if doc.metrics is None else f', "metrics": {_ENCODE(doc.metrics)}'
    where = "" if origin is None else f'"line": {origin.line}, '
    return (f'{{"path": {_STRING(path)}, "id": {_STRING(id_)}, {where}"words": {words}, "findings": {findings}, '
            f'"score": {_score(doc.score)}, "readability": {_readability(doc.readability)}{metrics}}}\n')


def _score(score) -> str:
    penalty, per_1000, quality, passed = score.penalty, score.penalty_per_1000_words, score.quality, score.passed
    if _finite(penalty) and _finite(per_1000) and _finite(quality) and type(passed) is bool:
        return (f'{{"penalty": {_FLOAT(penalty)}, "penalty_per_1000_words": {_FLOAT(per_1000)}, '
                f'"passed": {_TRUTH[passed]}, "quality": {_FLOAT(quality)}}}')
    return _ENCODE(score.to_dict())


def _readability(figures: dict) -> str:
    """readability.measure's figures (a few sentences at most), or _ENCODE's text of others."""
    if list(figures) == _READABILITY_KEYS:
        ease, grade, longest = figures["flesch_reading_ease"], figures["flesch_kincaid_grade"], figures["longest_sentences"]
        if _finite(ease) and _finite(grade) and type(longest) is list:
            sentences = []
            for sentence in longest:
                if type(sentence) is not dict or list(sentence) != _SENTENCE_KEYS:
                    break
                start, end, line_, words, sentence_ease = sentence.values()
                if not (type(start) is type(end) is type(line_) is type(words) is int and _finite(sentence_ease)):
                    break
                sentences.append(f'{{"start": {start}, "end": {end}, "line": {line_}, "words": {words}, '
                                 f'"flesch_reading_ease": {_FLOAT(sentence_ease)}}}')
            else:
                return (f'{{"flesch_reading_ease": {_FLOAT(ease)}, "flesch_kincaid_grade": {_FLOAT(grade)}, '
                        f'"longest_sentences": [{", ".join(sentences)}]}}')
    return _ENCODE(figures)


def _finite(value) -> bool:
    """Whether `value` is a float that _ENCODE writes as float.__repr__ does (not NaN or infinite)."""
    return type(value) is float and math.isfinite(value)
