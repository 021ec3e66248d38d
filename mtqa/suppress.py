"""Deliberate silencing: inline markers in the text and accept lists in config.

Inline markers work in plain text and Markdown alike (an HTML comment survives both):

    <!-- mtqa-ignore -->               on a line of its own: the next line, every rule
    <!-- mtqa-ignore NAM001,TYP -->    on a line of its own: the next line, these rules/prefixes
    text … <!-- mtqa-ignore TYP006 --> at the end of a line: that line

The markers themselves are not prose and are never checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mtqa.fingerprint import normalise

MARKER = re.compile(r"<!--\s*mtqa-ignore(?P<rules>(?:\s+[A-Za-z]{3}\d{0,3}\s*,?)*)\s*-->")


@dataclass(frozen=True)
class Marker:
    start: int
    end: int
    line: int  # the 1-based line whose findings it silences
    rules: tuple[str, ...]  # empty: every rule


def find_markers(text: str) -> list[Marker]:
    """Every inline marker and the line it applies to."""
    markers = []
    for match in MARKER.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        line_start = text.rfind("\n", 0, match.start()) + 1
        alone = not text[line_start : match.start()].strip()
        rules = tuple(r.upper() for r in re.split(r"[\s,]+", match.group("rules").strip()) if r)
        markers.append(Marker(match.start(), match.end(), line + 1 if alone else line, rules))
    return markers


def silenced_by_marker(rule: str, line: int, markers: list[Marker]) -> bool:
    return any(m.line == line and (not m.rules or rule.startswith(m.rules)) for m in markers)


def accepted(rule: str, text: str, accept: frozenset[str], accept_rules: dict[str, frozenset[str]]) -> bool:
    """Whether config accepts this matched text, for every rule or for this rule (or prefix)."""
    phrase = normalise(text)
    if phrase in accept:
        return True
    return any(rule.startswith(prefix) and phrase in phrases for prefix, phrases in accept_rules.items())
