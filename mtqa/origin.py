"""Where a record's text stands in its file: the line of a JSONL record or a translation unit,
and for JSONL the column of every character of the record's JSON string, so that reports can
point into the file (and SARIF fixes can edit it) without ever touching another field."""

from __future__ import annotations

import bisect
import json
import re
from array import array
from dataclasses import dataclass, field

_WHITESPACE = json.decoder.WHITESPACE
_DECODER = json.JSONDecoder()
_QUOTE_OR_ESCAPE = re.compile(r'["\\]')


@dataclass(frozen=True)
class Origin:
    """`line`: 1-based line of the record (JSONL) or of the unit's translation (XLIFF, TMX, PO)
    in its file. For JSONL, `column` is the 1-based column of the first character inside the
    quotes of the text's JSON string; `escapes` lists (offset in the text, raw characters
    beyond one) of every character written as an escape, cumulated: columns are exact."""

    line: int
    column: int = 0  # 0: the columns in the file are not known
    escape_offsets: array = field(default_factory=lambda: array("q"), compare=False)
    escape_extra: array = field(default_factory=lambda: array("q"), compare=False)  # running sums

    def __reduce__(self):
        """Pickled as its fields (with every record's state and report, in spill files and to
        worker processes): arrays pickle slowly, and a record without escapes has none."""
        if not self.escape_offsets:
            return _without_escapes, (self.line, self.column)
        return Origin, (self.line, self.column, self.escape_offsets, self.escape_extra)

    @property
    def has_columns(self) -> bool:
        return self.column > 0

    def column_of(self, offset: int) -> int:
        """The column in the file of text offset `offset` (an end offset gives the column just
        after the last character)."""
        before = bisect.bisect_left(self.escape_offsets, offset)  # escapes of characters before it
        return self.column + offset + (self.escape_extra[before - 1] if before else 0)


def json_string_origin(line: str, key: str, number: int, text: str | None = None) -> Origin:
    """The Origin of the string value of top-level `key` in the JSON object `line` (already
    known to parse; as json.loads does, the last of repeated keys counts). Columns stay
    unknown if the value is not found as a string. `text`: the value, when the caller has it
    (a line without a backslash, where it stands quoted only once, is found by one search)."""
    if text is not None and "\\" not in line:
        # no escape anywhere: every " delimits a string and the value is written as it is; if
        # it stands quoted only once in the line, that is where it stands
        quoted = f'"{text}"'
        start = line.find(quoted)
        if start >= 0 and line.find(quoted, start + 1) < 0:
            return _without_escapes(number, start + 2)
    start = _value_start(line, key)
    if start is None or line[start] != '"':
        return Origin(number)
    offsets, extra = array("q"), array("q")
    total, text_offset, i = 0, 0, start + 1
    while True:
        plain = _QUOTE_OR_ESCAPE.search(line, i).start()  # characters written as themselves up to here
        text_offset += plain - i
        i = plain
        if line[i] == '"':
            break
        width = 6 if line[i + 1] == "u" else 2
        if width == 6 and 0xD800 <= int(line[i + 2 : i + 6], 16) < 0xDC00 and line[i + 6 : i + 8] == "\\u":
            width = 12  # a surrogate pair: two escapes, one character
        total += width - 1
        offsets.append(text_offset)
        extra.append(total)
        i += width
        text_offset += 1
    return Origin(number, start + 2, offsets, extra)


_NO_ESCAPES = array("q")  # (shared by the origins of strings without escapes: never changed)


def _without_escapes(line: int, column: int) -> Origin:
    """The Origin of a string written without escapes (most records'; also as unpickled):
    its fields set as the frozen dataclass's own __init__ sets them, at half the cost."""
    origin = _new(Origin)
    origin.__dict__.update(line=line, column=column, escape_offsets=_NO_ESCAPES, escape_extra=_NO_ESCAPES)
    return origin


_new = object.__new__


def _value_start(line: str, key: str) -> int | None:
    """Index in `line` where the value of the last top-level `key` begins."""
    i = _WHITESPACE.match(line, 0).end()
    if line[i : i + 1] != "{":
        return None
    found = None
    i += 1
    while True:
        i = _WHITESPACE.match(line, i).end()
        if line[i : i + 1] != '"':
            return found
        name, i = json.decoder.scanstring(line, i + 1)
        i = _WHITESPACE.match(line, i).end() + 1  # past the colon
        i = _WHITESPACE.match(line, i).end()
        if name == key:
            found = i
        _, i = _DECODER.raw_decode(line, i)
        i = _WHITESPACE.match(line, i).end()
        if line[i : i + 1] != ",":
            return found
        i += 1
