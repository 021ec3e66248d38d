"""GitHub Actions workflow commands: one annotation per finding, capped (GitHub shows only
a few per step), then a summary line."""

from __future__ import annotations

from mtqa.report import Report
from mtqa.terminal import clean

LEVELS = {"minor": "notice", "major": "warning", "critical": "error"}


def _escape(text: str, property: bool = False) -> str:
    """Workflow-command escaping; other control characters become visible escapes."""
    text = clean(text, keep_newlines=True).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property else text


def render(report: Report, color: bool = False) -> str:
    from mtqa.render import place
    from mtqa.render.text_format import summary

    limit = report.config.max_annotations
    lines = []
    findings = [(d, f) for d in report.documents for f in d.findings]
    ordered = sorted(findings, key=lambda pair: (-pair[1].severity.rank, pair[0].path, pair[1].start))
    for doc, f in ordered[:limit]:
        suggestion = f" → {f.suggestions[0].replacement}" if f.suggestions else ""
        where = place(doc, f)  # a JSONL record: its line in the file; a unit: its line, no column
        columns = f",col={where.column},endColumn={where.end_column or where.column}" if where.column else ""
        title = f"{f.rule} {f.name}" + (f" {where.name}" if where.record else "")
        lines.append(
            f"::{LEVELS[f.severity.value]} file={_escape(doc.path, True)},line={where.line}{columns},"
            f"title={_escape(title, True)}::{_escape(f.message + suggestion)}"
        )
    if len(ordered) > limit:
        lines.append(f"::notice title=mtqa::{len(ordered) - limit} more findings not shown as annotations")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"
