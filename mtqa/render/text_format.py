"""Plain lines `path:line:col: severity rule-id "flagged words" [→ suggestion]: message` and a
summary line.
Names, messages and suggestions pass through mtqa.terminal.clean: no control sequence from a
file name, record id or document reaches the terminal."""

from __future__ import annotations

import io
from typing import Iterator

from mtqa.report import Report
from mtqa.terminal import clean

_STYLES = {"critical": "bold red", "major": "red", "minor": "yellow"}


def render(report: Report, color: bool = False) -> str:
    return "".join(chunks(report, color))


def chunks(report: Report, color: bool = False, quiet: bool = False) -> Iterator[str]:
    """The report a line at a time (a run of a million documents is never one string);
    `quiet`: the findings only (no readability, scores or summary)."""
    from rich.console import Console  # only when a text report is made (not for `summary`)
    from rich.text import Text

    from mtqa.render import location

    console = None
    buffer = io.StringIO()
    if color:
        console = Console(file=buffer, force_terminal=True, color_system="standard", width=10_000,
                          highlight=False, soft_wrap=True)

    def out(text: Text) -> str:
        if console is None:
            return text.plain + "\n"
        buffer.seek(0)
        buffer.truncate()
        console.print(text)
        return buffer.getvalue()

    for doc in report.documents:
        where = clean(location(doc))
        for f in doc.findings:
            line = Text(f"{where}:{f.line}:{f.column}: ", style="bold" if color else "")
            line.append(f.severity.value, style=_STYLES[f.severity.value] if color else "")
            line.append(f" {f.rule} ", style="cyan" if color else "")
            line.append(clean(quoted(f.text)), style="bold" if color else "")
            if f.suggestions:
                line.append(" → " + clean(" | ".join(s.replacement or "(delete)" for s in f.suggestions)),
                            style="green" if color else "")
            line.append(": " + clean(f.message))
            yield out(line)
    if quiet:
        return
    if line := readability_line(report):
        yield out(Text(line))
    if report.metrics:
        for v in report.metrics.values():
            yield out(Text(f"{v['name']} = {v['score']}  ({v['signature']})"))
        for failure in report.metric_failures:
            yield out(Text(f"below threshold: {failure}"))
    yield out(Text(summary(report)))


QUOTED_MAX = 60  # characters of a flagged span shown; a longer one (a run-on sentence) is cut


def quoted(span: str) -> str:
    """The flagged words in double quotes, on one line; a long span keeps its start and end."""
    words = span.split()
    if len(" ".join(words)) > QUOTED_MAX:
        head, tail = [], []
        while words and len(" ".join(head)) < QUOTED_MAX // 2:
            head.append(words.pop(0))
        while words and len(" ".join(tail)) < QUOTED_MAX // 2 - 10:
            tail.insert(0, words.pop())
        words = [*head, "…", *tail] if words else [*head, *tail]
    return '"' + " ".join(words) + '"'


def readability_line(report: Report) -> str:
    """Word-weighted Flesch figures over the run and where its longest sentence is."""
    from mtqa.render import location

    measured = [d for d in report.documents if d.readability.get("flesch_reading_ease") is not None]
    words = sum(d.words for d in measured)
    if not words:
        return ""
    ease = sum(d.readability["flesch_reading_ease"] * d.words for d in measured) / words
    grade = sum(d.readability["flesch_kincaid_grade"] * d.words for d in measured) / words
    doc, longest = max(
        ((d, s) for d in measured for s in d.readability["longest_sentences"][:1]),
        key=lambda pair: pair[1]["words"],
    )
    return (
        f"readability: Flesch reading ease {ease:.1f}, grade {grade:.1f}; "
        f"longest sentence {longest['words']} words at {clean(location(doc))}:{longest['line']}"
    )


def summary(report: Report) -> str:
    counts = report.counts()
    words = report.totals().words
    penalty = report.totals().penalty
    per_1000 = round(penalty * 1000 / words, 2) if words else 0.0
    total = sum(counts.values())
    noun = "finding" if total == 1 else "findings"
    docs = len(report.documents)
    return (
        f"{total} {noun} ({counts['critical']} critical, {counts['major']} major, {counts['minor']} minor) "
        f"in {docs} document{'s' if docs != 1 else ''}, {words} words; "
        f"penalty {per_1000:g} per 1,000 words; {'passed' if report.passed else 'failed'}"
    )
