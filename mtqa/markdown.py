"""Markdown input: find what is not prose (front matter, code, HTML comments, URLs) so that it
is not checked, while offsets keep pointing into the original file."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_INLINE = re.compile(
    r"""<!--.*?-->                     # HTML comments
      | (`+)[^`].*?\1                  # inline code
      | \]\([^)\s]*(?:\s+"[^"]*")?\)    # link targets ](url "title")
      | <(?:https?|ftp|mailto):[^>\s]*> # autolinks
      | (?:https?://|ftp://|www\.)[^\s<>()\[\]"']*[^\s<>()\[\]"'.,;:!?]  # bare URLs
      | </?[A-Za-z][^>\n]*>            # HTML tags
      | ^[ \t]*\[[^\]]+\]:[ \t]*\S+.*$ # link reference definitions
    """,
    re.S | re.X | re.M,
)
_LINE_END = re.compile(r"\r\n?|\n")
_BLOCK_TYPES = {"fence", "code_block", "html_block"}


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
    for token in MarkdownIt("commonmark").parse(body):
        if token.type in _BLOCK_TYPES and token.map:
            begin, end = token.map
            last = len(line_starts) - 1
            spans.append((line_starts[min(first_line + begin, last)], line_starts[min(first_line + end, last)]))
    spans.extend(m.span() for m in _INLINE.finditer(text, body_start))
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif start < end:
            merged.append((start, end))
    return merged
