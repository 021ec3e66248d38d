"""Clause starts shared by rules that look at how a sentence opens: every sentence start, and
the place after a dateline ("Sanaa - ", "Tunis (TAP) - ") where a news text's first clause
really begins, so that a sentence-initial formula ("For his part,", "It is worth noting that")
is found after a dateline as at any other sentence start."""

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
        if "-" in sentence.text[:80] or "–" in sentence.text[:80] or "—" in sentence.text[:80]:
            match = syntax._DATELINE.match(prose, sentence.start, min(sentence.end, sentence.start + 120))
            if match and match.end() < sentence.end:
                starts.append(match.end())
    doc.__dict__["_clause_starts"] = starts
    return starts

