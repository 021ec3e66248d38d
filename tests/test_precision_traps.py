"""Our own trap corpus (tests/data/precision_traps.txt): correct English news written to look
like the errors mtqa reports. Each line is checked as its own document, as the records of a
JSONL run are, and must raise no finding at all."""

from __future__ import annotations

from pathlib import Path

from mtqa.api import check_documents
from mtqa.document import Document

TRAPS = Path(__file__).parent / "data" / "precision_traps.txt"


def test_trap_corpus_raises_no_finding():
    lines = [l for l in TRAPS.read_text("utf-8").splitlines() if l.strip() and not l.startswith("#")]
    assert len(lines) >= 700
    report = check_documents(Document(line, path="traps", id=str(n)) for n, line in enumerate(lines, 1))
    found = [(f.rule, f.text, lines[int(d.id) - 1]) for d in report.documents for f in d.findings]
    assert not found, "\n".join(f"{rule} {text!r} in: {line}" for rule, text, line in found)
