"""Readability figures (textstat) for a document and its longest sentences."""

from __future__ import annotations

from mtqa.document import Document
from mtqa.resources import textstat

LONGEST = 3


def measure(doc: Document) -> dict:
    """Flesch reading ease and Flesch-Kincaid grade of the document, and its longest sentences."""
    if not doc.words:
        return {"flesch_reading_ease": None, "flesch_kincaid_grade": None, "longest_sentences": []}
    stats = textstat()
    prose = doc.prose
    longest = sorted(doc.sentences, key=lambda s: (-len(s.text.split()), s.start))[:LONGEST]
    return {
        "flesch_reading_ease": round(float(stats.flesch_reading_ease(prose)), 1),
        "flesch_kincaid_grade": round(float(stats.flesch_kincaid_grade(prose)), 1),
        "longest_sentences": [
            {
                "start": s.start,
                "end": s.end,
                "line": doc.line_column(s.start)[0],
                "words": len(s.text.split()),
                "flesch_reading_ease": round(float(stats.flesch_reading_ease(s.text)), 1),
            }
            for s in longest
        ],
    }
