"""Checks against the Arabic source: what the source says that the translation must carry.

`pairs(doc)` aligns a document with its source: line by line when both have the same number
of non-empty lines (`--source FILE`, multi-line records), else the whole text as one pair.
Arabic normalisation is in `arabic`, numbers in `numbers`, names in `names`, the length
model in `length`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mtqa import cache

# an Arabic sentence ends at . ! ? ؟ or … before a space (or the end), not inside numbers
_ARABIC_SENTENCE_END = re.compile(r"(?:[.!?؟…]|\.\.\.){1,4}[\"'”’»)\]]{0,3}(?=\s|$)")


@dataclass(frozen=True)
class Pair:
    """One aligned piece: source[src_start:src_end] is translated by text[start:end]."""

    src_start: int
    src_end: int
    start: int
    end: int


@lru_cache(maxsize=1)
def data() -> dict:
    return cache.package_toml("data/source.toml")


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of `text`."""
    spans, position = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def pairs(doc) -> list[Pair]:
    """The aligned pieces of a document that has a source (cached on the document)."""
    cached = doc.__dict__.get("_source_pairs")
    if cached is not None:
        return cached
    source, text = doc.source or "", doc.text
    src_raw, tgt_raw = source.removesuffix("\n").split("\n"), text.removesuffix("\n").split("\n")
    src_lines, tgt_lines = _lines(source), _lines(text)
    if len(src_raw) == len(tgt_raw) and len(src_raw) > 1:
        result, s_pos, t_pos = [], 0, 0
        for s_line, t_line in zip(src_raw, tgt_raw):
            if s_line.strip() and t_line.strip():
                result.append(Pair(s_pos, s_pos + len(s_line), t_pos, t_pos + len(t_line)))
            s_pos, t_pos = s_pos + len(s_line) + 1, t_pos + len(t_line) + 1
    elif len(src_lines) == len(tgt_lines) and len(src_lines) > 1:
        result = [Pair(s, e, ts, te) for (s, e), (ts, te) in zip(src_lines, tgt_lines)]
    else:
        src = _lines(source)
        tgt = _lines(text)
        result = [Pair(src[0][0] if src else 0, src[-1][1] if src else 0,
                       tgt[0][0] if tgt else 0, tgt[-1][1] if tgt else 0)]
    doc.__dict__["_source_pairs"] = result
    return result


def has_source(doc) -> bool:
    return bool(doc.source and doc.source.strip())


def arabic_sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of an Arabic text (each ends at . ! ? ؟ … before a space)."""
    spans, start = [], 0
    for match in _ARABIC_SENTENCE_END.finditer(text):
        if text[start : match.end()].strip():
            spans.append((start, match.end()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        piece = text[s:e]
        s += len(piece) - len(piece.lstrip())
        trimmed.append((s, e))
    return trimmed


def arabic_sentences(text: str) -> int:
    """The number of sentences in an Arabic text."""
    return len(arabic_sentence_spans(text))
