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

# Ids (three letters, up to three digits) separated by spaces and/or commas. Every repetition
# is possessive and the separators cannot be confused with an id, so an unclosed marker is
# scanned once (linear time, see tests/test_linear_time.py).
MARKER = re.compile(r"<!--\s*+mtqa-ignore(?P<rules>(?:[\s,]++[A-Za-z]{3}\d{0,3}+)*+)[\s,]*+-->")
_SEPARATORS = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class Marker:
    start: int
    end: int
    line: int  # the 1-based line whose findings it silences
    rules: tuple[str, ...]  # empty: every rule


def find_markers(text: str) -> list[Marker]:
    """Every inline marker and the line it applies to."""
    markers = []
    line, line_start, counted = 1, 0, 0  # line and its start at offset `counted`, kept up to date
    for match in MARKER.finditer(text):
        line += text.count("\n", counted, match.start())
        line_start = max(line_start, text.rfind("\n", counted, match.start()) + 1)
        counted = match.start()
        alone = not text[line_start : match.start()].strip()
        rules = tuple(r.upper() for r in _SEPARATORS.split(match.group("rules")) if r)
        markers.append(Marker(match.start(), match.end(), line + 1 if alone else line, rules))
    return markers


def marker_index(markers: list[Marker]) -> dict[int, list[tuple[str, ...]]]:
    """Line -> the rule lists of the markers that silence it (for `silenced_by_marker`)."""
    index: dict[int, list[tuple[str, ...]]] = {}
    for marker in markers:
        index.setdefault(marker.line, []).append(marker.rules)
    return index


def silenced_by_marker(rule: str, line: int, markers: list[Marker] | dict[int, list[tuple[str, ...]]]) -> bool:
    """Whether a marker silences `rule` on `line` (markers as a list or a `marker_index`)."""
    index = markers if isinstance(markers, dict) else marker_index(markers)
    return any(not rules or rule.startswith(rules) for rules in index.get(line, ()))


def accepted(rule: str, text: str, accept: frozenset[str], accept_rules: dict[str, frozenset[str]]) -> bool:
    """Whether config accepts this matched text, for every rule or for this rule (or prefix)."""
    phrase = normalise(text)
    if phrase in accept:
        return True
    return any(rule.startswith(prefix) and phrase in phrases for prefix, phrases in accept_rules.items())
