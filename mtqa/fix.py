"""Apply suggestions to the original text: safe ones only (unless told otherwise), right to
left, never two edits that overlap; files are replaced atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mtqa.findings import Finding


def plan(findings: list[Finding], include_unsafe: bool = False) -> tuple[list[Finding], list[Finding]]:
    """(findings whose first suggestion will be applied, findings skipped for overlapping)."""
    candidates = [
        f for f in findings if f.suggestions and (include_unsafe or f.suggestions[0].safe)
    ]
    chosen: list[Finding] = []
    skipped: list[Finding] = []
    last_end = -1
    for finding in sorted(candidates, key=lambda f: (f.start, f.end)):
        if finding.start < last_end or (chosen and finding.start == chosen[-1].start):
            skipped.append(finding)
            continue
        chosen.append(finding)
        last_end = finding.end
    return chosen, skipped


def apply(text: str, findings: list[Finding]) -> str:
    """`text` with each finding's first suggestion applied, right to left."""
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        if text[finding.start : finding.end] != finding.text:
            raise ValueError(f"finding {finding.rule} at {finding.start} does not match the text")
        text = text[: finding.start] + finding.suggestions[0].replacement + text[finding.end :]
    return text


def write_atomically(path: str, text: str, encoding: str) -> None:
    """Replace `path` with `text` in one step: a temporary file in the same folder, then rename."""
    target = Path(path)
    mode = target.stat().st_mode
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
