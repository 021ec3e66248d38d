"""Markdown input: find what is not prose (front matter, code, HTML comments, URLs) so that it
is not checked, while offsets keep pointing into the original file."""

from __future__ import annotations

import bisect
import re

from markdown_it import MarkdownIt

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Inline constructs that are not prose. Every pattern runs in linear time: no repetition can
# run past the next opener of its own kind, or it is bounded (tests/test_linear_time.py).
_INLINE = re.compile(
    r"""\]\([^)\s\[\]]*+(?:\s++"[^"]*+")?\)    # link targets ](url "title")
      | <(?:https?|ftp|mailto):[^<>\s]*+>   # autolinks
      | </?[A-Za-z][^<>\n]*+>              # HTML tags
      | ^[ \t]*+\[[^\[\]]{1,999}+\]:[ \t]*+\S[^\n]*+  # link reference definitions
    """,
    re.X | re.M,
)
_URL_TOKEN = re.compile(r"""[^\s<>()\[\]"']+""")
_URL_START = re.compile(r"https?://|ftp://|www\.")
_URL_TAIL_PUNCTUATION = ".,;:!?"
_BACKTICKS = re.compile(r"`+")
_LINE_END = re.compile(r"\r\n?|\n")
_BLOCK_TYPES = {"fence", "code_block", "html_block"}


def _block_parser() -> MarkdownIt:
    """CommonMark block structure only: inline parsing (emphasis, links) is not needed for the
    block tokens used here, and it is where markdown-it spends its time."""
    parser = MarkdownIt("commonmark")
    parser.disable("inline")
    return parser


def non_prose_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans of `text` that are not prose."""
    spans: list[tuple[int, int]] = []
    body_start = 0
    if match := _FRONT_MATTER.match(text):
        spans.append(match.span())
        body_start = match.end()
    # markdown-it counts lines ended by \r\n, \r or \n; so must we
    line_starts = [0] + [m.end() for m in _LINE_END.finditer(text)]
    line_starts.append(len(text))
    body = text[body_start:]
    first_line = len(_LINE_END.findall(text, 0, body_start))
    for token in _block_parser().parse(body):
        if token.type in _BLOCK_TYPES and token.map:
            begin, end = token.map
            last = len(line_starts) - 1
            spans.append((line_starts[min(first_line + begin, last)], line_starts[min(first_line + end, last)]))
    spans.extend(m.span() for m in _INLINE.finditer(text, body_start))
    spans.extend(_comments(text, body_start))
    spans.extend(_code_spans(text, body_start))
    spans.extend(_bare_urls(text, body_start))
    return _merge(spans)


def _comments(text: str, start: int) -> list[tuple[int, int]]:
    """HTML comments <!-- … -->; an opener with no closer after it is text, and so is every
    later one (a scan, not a regex: an unclosed opener is looked past once, not once per opener)."""
    spans = []
    while (opening := text.find("<!--", start)) >= 0:
        closing = text.find("-->", opening + 4)
        if closing < 0:
            break
        start = closing + 3
        spans.append((opening, start))
    return spans


def _code_spans(text: str, start: int) -> list[tuple[int, int]]:
    """Inline code: a run of backticks up to the next run of the same length (CommonMark); a
    run without a partner is text."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text, start)]
    by_length: dict[int, list[int]] = {}
    for index, (s, e) in enumerate(runs):
        by_length.setdefault(e - s, []).append(index)
    spans = []
    index = 0
    while index < len(runs):
        s, e = runs[index]
        same = by_length[e - s]
        partner = bisect.bisect_right(same, index)
        if partner < len(same):
            spans.append((s, runs[same[partner]][1]))
            index = same[partner] + 1
        else:
            index += 1
    return spans


def _bare_urls(text: str, start: int) -> list[tuple[int, int]]:
    """Bare URLs: in each token of URL characters, from the first http://, ftp:// or www. to the
    token's end, without closing punctuation."""
    spans = []
    for token in _URL_TOKEN.finditer(text, start):
        found = _URL_START.search(text, token.start(), token.end())
        if found:
            end = token.end()
            while end > found.end() and text[end - 1] in _URL_TAIL_PUNCTUATION:
                end -= 1
            if end > found.end():
                spans.append((found.start(), end))
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif start < end:
            merged.append((start, end))
    return merged
