"""The JSON report (contract: schema 1, see README)."""

from __future__ import annotations

import json

from mtqa.report import Report


def render(report: Report, color: bool = False) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
