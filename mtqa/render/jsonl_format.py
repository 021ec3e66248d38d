"""JSON Lines: one document report a line (as in the JSON report), then one summary line
{"summary": …} with the schema, the version and the run's metrics. Written a document at a
time, so a run of a million records never holds its report in memory."""

from __future__ import annotations

import json
from typing import Iterator

from mtqa.report import Report

_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(…, ensure_ascii=False), built once


def render(report: Report, color: bool = False) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    for doc in report.documents:
        yield _ENCODE(doc.to_dict()) + "\n"
    data = report.to_dict(documents=[])
    del data["documents"]
    summary = {"summary": data.pop("summary"), **data}
    yield json.dumps(summary, ensure_ascii=False) + "\n"
