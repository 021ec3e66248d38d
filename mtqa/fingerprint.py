"""Stable identities for findings, for baselines and reviewer decisions: the rule, the matched
text and a little context from the same line, all whitespace- and case-normalised, never a
line number, so an edit on other lines does not change them."""

from __future__ import annotations

import hashlib
import re

CONTEXT = 24  # characters of context on each side
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Whitespace runs as one space, trimmed, case-folded (also how accept lists compare)."""
    return _SPACE.sub(" ", text).strip().casefold()


def fingerprint(rule: str, text: str, start: int, end: int) -> str:
    """16 hex digits identifying a finding of `rule` over text[start:end]."""
    # only CONTEXT characters either side matter: look no further for the line's ends (a long
    # line with many findings would otherwise be scanned once per finding)
    line_start = text.rfind("\n", max(0, start - CONTEXT), start) + 1
    line_end = text.find("\n", end, end + CONTEXT)
    line_end = len(text) if line_end < 0 else line_end
    before = normalise(text[max(line_start, start - CONTEXT) : start])[-CONTEXT // 2 :]
    after = normalise(text[end : min(line_end, end + CONTEXT)])[: CONTEXT // 2]
    key = "\x1f".join((rule, normalise(text[start:end]), before, after))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
