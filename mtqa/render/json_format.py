"""The JSON report (contract: schema 1, see README)."""

from __future__ import annotations

import json
from typing import Iterator

from mtqa.report import Report

_PLACE = "\x00documents\x00"  # where the documents go in the skeleton (dumped as \u0000…)


def render(report: Report, color: bool = False) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    """The same text as json.dumps(report.to_dict(), indent=2), a document at a time."""
    skeleton = json.dumps(report.to_dict(documents=_PLACE), ensure_ascii=False, indent=2) + "\n"
    before, after = skeleton.split(json.dumps(_PLACE), 1)
    if not report.documents:
        yield before + "[]" + after
        return
    yield before + "["
    separator = "\n"
    for doc in report.documents:
        text = json.dumps(doc.to_dict(), ensure_ascii=False, indent=2)
        yield separator + "    " + text.replace("\n", "\n    ")
        separator = ",\n"
    yield "\n  ]" + after
