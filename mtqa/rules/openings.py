"""Where a news text's clauses open, shared by rules that look at how a sentence starts: every
sentence start, and the place after a dateline ("Sanaa - ", "Tunis (TAP) - ") where the first
clause really begins, so that a sentence-initial formula ("For his part,", "It is worth noting
that") is found after a dateline as at any other sentence start."""

from __future__ import annotations

from mtqa.rules import syntax


def clause_starts(doc) -> list[int]:
    """Sentence starts of `doc` and, where a sentence opens with a dateline, the offset after
    it; sorted, cached on the document."""
    cached = doc.__dict__.get("_clause_starts")
    if cached is not None:
        return cached
    prose, starts = doc.prose, []
    for sentence in doc.sentences:
        starts.append(sentence.start)
        head = sentence.text[:80]
        if "-" in head or "–" in head or "—" in head:
            match = syntax._DATELINE.match(prose, sentence.start, min(sentence.end, sentence.start + 120))
            if match and match.end() < sentence.end:
                starts.append(match.end())
    doc.__dict__["_clause_starts"] = starts
    return starts
