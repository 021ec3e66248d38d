"""A Markdown summary that fits a pull-request comment: score, counts, top findings."""

from __future__ import annotations

from collections import Counter

from mtqa.render import place
from mtqa.report import Report
from mtqa.terminal import clean

TOP = 20


def _cell(text: str) -> str:
    """A table cell: pipes escaped, control characters visible, one line."""
    return clean(text.replace("\n", " ")).replace("|", "\\|")


def render(report: Report, color: bool = False) -> str:
    counts = report.counts()
    words = report.totals().words
    penalty = report.totals().penalty
    per_1000 = round(penalty * 1000 / words, 2) if words else 0.0
    status = "✅ passed" if report.passed else "❌ failed"
    out = [
        f"## mtqa: {status}",
        "",
        f"{len(report.documents)} document(s), {words:,} words · penalty **{per_1000:g}** per 1,000 words · "
        f"{counts['critical']} critical, {counts['major']} major, {counts['minor']} minor",
        "",
    ]
    categories = Counter(f.category for f in report.findings)
    if categories:
        out += ["| category | findings |", "| --- | ---: |"]
        out += [f"| {c} | {n} |" for c, n in sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))]
        out.append("")
    ranked = sorted(((d, f) for d in report.documents for f in d.findings),
                    key=lambda pair: (-pair[1].severity.rank, pair[0].path, pair[1].start))
    if ranked:
        out += ["| where | severity | rule | text | suggestion |", "| --- | --- | --- | --- | --- |"]
        for doc, f in ranked[:TOP]:
            suggestion = f.suggestions[0].replacement if f.suggestions else ""
            out.append(f"| `{_cell(place(doc, f).label())}` | {f.severity.value} | {f.rule} | "
                       f"{_cell(f.text[:80])} | {_cell(suggestion)} |")
        if len(ranked) > TOP:
            out.append(f"\n…and {len(ranked) - TOP} more.")
    return "\n".join(out) + "\n"
