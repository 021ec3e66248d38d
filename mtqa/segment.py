"""Sentence splitting and tokenisation for news text, with no downloaded model.

The splitter is rule based: a boundary candidate is a run of terminal punctuation (. ? ! … or
...) plus closing quotes and brackets, followed by whitespace. Abbreviations, initials and
lower-case continuations veto a candidate; the abbreviation lists live in
`data/abbreviations.toml`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from mtqa import cache, regexes

# A run of terminal marks starts only where the previous character is not one (so a long run
# that is not followed by space is scanned once, not once per position); possessive
# quantifiers never backtrack into it. Linear time, see tests/test_linear_time.py.
# (= (?<![.?!…])[.?!…]++…, written to start with the mark class: the scan skips to marks.)
_CANDIDATE = re.compile(r"""[.?!…](?<![.?!…][.?!…])[.?!…]*+["'”’»)\]]*+(?=\s)""")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_OPENING = "\"'“‘«([¿¡"
_NEXT_WORD = re.compile(r"""\s*(["'“‘«(\[]*)(\S*)""")

TOKEN = regexes.compile(
    r"""[^\W\d_](?:\.[^\W\d_])+\.?       # dotted abbreviations: U.S. a.m.
      | \d+(?:[.,:]\d+)*(?:[^\W\d_]+)?   # numbers: 3.5 01:00 1,200 2.5m 20th
      | \w+(?:['’\-]\w+)*                # words with inner apostrophes and hyphens
      | \.\.\.                           # ellipsis
      | \S                               # any other single character
    """,
    re.VERBOSE,
)
WORD = re.compile(r"\w+(?:['’\-]\w+)*")
LETTERS = re.compile(r"(?<!\w)[^\W\d_]+")  # a run of letters that starts a word


# Scans by bytes.translate and str.split or a literal search (no Python code a character or
# a word), on the text made one byte a character (one_byte): ASCII as it is; outside it a
# letter becomes a stand-in (\xff), a digit "0", anything else a space, as LETTERS classes it.
# For the runs of letters, what is no letter becomes a space and a capital is lowered; for the
# edges, a letter becomes "a" and a digit or "_" "0" (a run right after one, "20th", "a1b",
# does not start a word); for numbers, a digit becomes "0" and a word character, "." or ","
# "a" (before a digit, they make it no number's start: "x2", "1,500").
_ASCII_LETTER, _ASCII_WORD = (bytes(c for c in range(128) if re.match(p, chr(c))) for p in (r"[^\W\d_]", r"\w"))
_RUNS_TABLE = bytes(ord(chr(c).lower()) if c in _ASCII_LETTER else ord("X") if c == 0xFF else 32 for c in range(256))
_EDGES_TABLE = bytes(97 if c in _ASCII_LETTER or c == 0xFF else 48 if c in _ASCII_WORD else 32 for c in range(256))
_NUMBERS_TABLE = bytes(48 if chr(c).isdigit() else 97 if c in _ASCII_WORD or c in b".,\xff" else 32 for c in range(256))
_AFTER_DIGIT = re.compile(rb"0a")
_NUMBER_AFTER_SPACE = re.compile(rb" 0")
_ASCII_BYTES = bytes(range(128))
_IS_LETTER, _IS_WORD = re.compile(r"[^\W\d_]"), re.compile(r"\w")


def one_byte(text: str) -> bytes | None:
    """`text` one byte a character (see above), or None for a text mostly outside ASCII (one
    character in 16: then a regex scan is as fast)."""
    if text.isascii():
        return text.encode("ascii")
    found = text.encode("utf-8").translate(None, _ASCII_BYTES).decode("utf-8")  # (its characters outside ASCII)
    if len(found) * 16 > len(text):
        return None
    for char in set(found):
        text = text.replace(char, "\xff" if _IS_LETTER.match(char) else "0" if _IS_WORD.match(char) else " ")
    return text.encode("latin-1")


def letter_runs(text: str, base: int = 0) -> tuple[list[int], list[str]] | None:
    """(base + start, lower-cased run) of what LETTERS finds in `text`, as two lists, the runs
    lowered one by one (str.lower): `[m.group().lower() for m in LETTERS.finditer(text)]`.
    None for a text mostly outside ASCII."""
    raw = one_byte(text)
    if raw is None:
        return None
    parts = raw.translate(_RUNS_TABLE).decode("ascii").split(" ")
    starts = list(itertools.compress(itertools.accumulate(map((1).__add__, map(len, parts)), initial=base), parts))
    runs = list(filter(None, parts))
    drop = [bisect.bisect_left(starts, base + m.start() + 1) for m in _AFTER_DIGIT.finditer(raw.translate(_EDGES_TABLE))]
    if drop:  # (runs right after a digit or "_": a few, cut out)
        cuts = list(zip([0] + [n + 1 for n in drop], drop + [len(runs)]))
        starts, runs = ([item for a, b in cuts for item in values[a:b]] for values in (starts, runs))
    at = raw.find(b"\xff")
    if at >= 0:  # the runs with a stand-in: lowered from the text
        lengths = list(map(len, runs))
        while at >= 0:
            n = bisect.bisect_right(starts, base + at) - 1
            if n >= 0 and base + at < starts[n] + lengths[n]:
                at = starts[n] - base + lengths[n] - 1
                runs[n] = text[starts[n] - base : at + 1].lower()
            at = raw.find(b"\xff", at + 1)
    return starts, runs


def word_positions(words: list[str], word: str) -> list[int]:
    """The indices of `word` in `words`, in order (list.index: a C-level scan, 3-4x faster on a
    long list than comparing every item in Python's map)."""
    found, at, index = [], -1, words.index
    try:
        while True:
            at = index(word, at + 1)
            found.append(at)
    except ValueError:
        return found


def digit_word_starts(text: str) -> list[int] | None:
    """Where each run of word characters (\\w+) that holds a digit or "_" starts, in order
    (None for a text mostly outside ASCII)."""
    raw = one_byte(text)
    if raw is None:
        return None
    edges, starts = raw.translate(_EDGES_TABLE), []
    at = edges.find(b"0")
    while at >= 0:
        starts.append(edges.rfind(b" ", 0, at) + 1)
        end = edges.find(b" ", at)
        at = edges.find(b"0", end) if end >= 0 else -1
    return starts


def number_starts(text: str) -> list[int] | None:
    """What `(?<![\\w.,])\\d` finds, as offsets in order (None for a text mostly outside ASCII)."""
    raw = one_byte(text)
    if raw is None:
        return None
    numbers = raw.translate(_NUMBERS_TABLE)
    return [0] * numbers.startswith(b"0") + [m.start() + 1 for m in _NUMBER_AFTER_SPACE.finditer(numbers)]


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, frozenset[str]]:
    raw = cache.package_toml("data/abbreviations.toml")
    return {key: frozenset(values) for key, values in raw.items()}


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (blocks separated by blank lines), whitespace trimmed."""
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [trimmed for s, e in spans if (trimmed := _trim(text, s, e))]


_LINE_END = re.compile(r"(?<=[^\W\d_])[ \t]*\n(?=[ \t]*[\"'“‘«(]?[A-Z])")
_LETTER = re.compile(r"[^\W\d_]")
_CAPITAL_NEXT = re.compile(r"[ \t]*[\"'“‘«(]?[A-Z]")
_CARRIES_ON = frozenset(
    "a an the of and or but to in on at for with by from that as into than its his her their".split()
)


def _line_boundaries(text: str, start: int, end: int) -> list[re.Match]:
    """Line breaks that end an unpunctuated line (a headline or a one-segment-a-line file):
    the line ends in a lower-case word that does not carry on (not "the", "of", "to"…) and the
    next line starts with a capital. Hard-wrapped prose ("loyal to\nKhalifa") stays joined."""
    found = []
    newline = text.find("\n", start, end)
    while newline >= 0:  # what _LINE_END.finditer(text, start, end) finds, a line at a time
        line_end = newline
        while line_end > start and text[line_end - 1] in " \t":
            line_end -= 1
        if line_end > 0 and _LETTER.match(text, line_end - 1) and _CAPITAL_NEXT.match(text, newline + 1, end):
            word = _word_before(text, line_end)
            if word.islower() and word not in _CARRIES_ON:
                found.append(_LINE_END.match(text, line_end, end))
        newline = text.find("\n", newline + 1, end)
    return found


def sentence_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence in `text`; sentences never cross paragraph breaks
    (`paragraphs`: the text's paragraph_spans, when the caller has them)."""
    result = []
    for p_start, p_end in paragraph_spans(text) if paragraphs is None else paragraphs:
        start = p_start
        candidates = [m for m in _CANDIDATE.finditer(text, p_start, p_end) if _is_boundary(text, m, p_end)]
        candidates += _line_boundaries(text, p_start, p_end)
        for match in sorted(candidates, key=lambda m: m.start()):
            if match.start() >= start:
                if span := _trim(text, start, match.end()):
                    result.append(span)
                start = match.end()
        if span := _trim(text, start, p_end):
            result.append(span)
    return result


def sentence_cut(text: str, paragraphs: list[tuple[int, int]], near: int, reach: int = 1 << 14) -> int | None:
    """An offset at or after `near` (within `reach` characters) where the text may be split in
    two for sentence_spans: the end of a run of terminal marks that ends a sentence, inside a
    paragraph (followed by whitespace). sentence_spans of the paragraphs cut there, each side
    alone, gives the spans of the whole. None when there is none."""
    for p_start, p_end in paragraphs:
        if p_start <= near < p_end:
            for match in _CANDIDATE.finditer(text, near, min(p_end, near + reach)):
                if _is_boundary(text, match, p_end):
                    return match.end()
            return None
    return None


def paragraphs_cut(paragraphs: list[tuple[int, int]], cut: int) -> tuple[list, list]:
    """The paragraphs before and after `cut` (from sentence_cut), the one it falls in split there."""
    before = [(s, min(e, cut)) for s, e in paragraphs if s < cut]
    after = [(max(s, cut), e) for s, e in paragraphs if e > cut]
    return before, after


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _next_word(text: str, position: int, limit: int) -> tuple[str, str]:
    """The opening quotes/brackets and the word that follow `position`."""
    match = _NEXT_WORD.match(text, position, limit)
    return (match.group(1), match.group(2)) if match else ("", "")


_LAST_BREAK = re.compile(r"(?s:.*)[\s\"'“‘«(\[¿¡]")  # up to the last whitespace or opening (linear: one backtrack)
_BEFORE_REACH = 32  # characters looked back at by one match; a longer run is walked back


def _word_before(text: str, position: int) -> str:
    """The non-space run that ends at `position`, without opening quotes or brackets."""
    low = position - _BEFORE_REACH
    if low > 0 and (found := _LAST_BREAK.match(text, low, position)):
        return text[found.end() : position]
    start = position
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _OPENING:
        start -= 1
    return text[start:position]


_EDGE_MARKS = re.compile(r"^\W+|(?<!\W)\W++$")  # from a run start only: linear
_DOTTED_LETTERS = re.compile(r"(?:[a-z]\.)+[a-z]")


def _is_boundary(text: str, match: re.Match, limit: int) -> bool:
    following = _NEXT_WORD.match(text, match.end(), limit)  # (= _next_word)
    opening, word = following.groups() if following else ("", "")
    if not word and not opening:
        return False
    first = (word or " ")[0]
    starts_sentence = first.isupper() or first.isdigit() or (bool(opening) and not first.islower())
    if not starts_sentence:
        return False
    punct = match.group(0)
    if not punct.startswith(".") or punct.startswith("..."):
        return True
    original = _word_before(text, match.start())
    token = original.lower()
    if not token or not token[-1].isalpha():
        return True
    abbreviations = _abbreviations()
    bare = token.rstrip(".")
    if bare in abbreviations["never_final"]:
        return False
    if bare in abbreviations["before_number"]:
        return not first.isdigit()
    if bare in abbreviations["may_end"] or _DOTTED_LETTERS.fullmatch(bare):
        return bool(opening) or _EDGE_MARKS.sub("", word).lower() in abbreviations["openers"]
    if len(bare) == 1 and original.isupper():
        return False  # an initial: "John F. Kennedy"
    return True


_LINE_BREAK = re.compile("\n")


def at_line_starts(pattern: re.Pattern, text: str, needle: str | None = None) -> Iterator[re.Match]:
    """The matches of pattern.finditer(text) for a pattern that starts with (?m)^ and never
    matches a newline, tried only at the starts of lines (not at every position); with
    `needle`, a string every match holds, only at the starts of the lines that hold it."""
    starts = (0, *(m.end() for m in _LINE_BREAK.finditer(text))) if needle is None else _lines_with(text, needle)
    for start in starts:
        match = pattern.match(text, start)
        if match:
            yield match


def _lines_with(text: str, needle: str) -> Iterator[int]:
    """The start of each line that holds `needle`, in order (each line searched once)."""
    at = text.find(needle)
    while at >= 0:
        yield text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if end < 0:
            return
        at = text.find(needle, end)


def token_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each token of text[start:end], in document offsets."""
    return [m.span() for m in TOKEN.finditer(text, start, end)]


def count_words(text: str) -> int:
    """Words as a reader counts them (numbers included): what WORD finds."""
    if len(text) <= 1 << 16:  # one piece (as chunks cuts it)
        return _words_in(text)
    return sum(map(_words_in, chunks(text)))


_JOINER = re.compile(r"[’'\-](?<=\w.)(?=\w)")  # an apostrophe or hyphen inside a word (WORD's)


def _words_in(text: str) -> int:
    """len(WORD.findall(text)), counted without making the words: the runs of word characters
    (one_byte, their starts counted by bytes.count) less the joiners between two of them."""
    raw = one_byte(text)
    if raw is None:
        return len(WORD.findall(text))
    edges = raw.translate(_EDGES_TABLE)  # (a word character is "a" or "0", anything else a space)
    runs = edges.count(b" a") + edges.count(b" 0") + (edges[:1] in (b"a", b"0"))
    return runs - len(_JOINER.findall(text))


_WHITESPACE = re.compile(r"\s")


def chunks(text: str, size: int = 1 << 16) -> Iterator[str]:
    """`text` in pieces of about `size` characters, each cut just before a whitespace
    character: a word, or a match of any pattern that cannot cross whitespace, is never cut.
    Lets a whole-text pass keep one piece in memory at a time."""
    start, length = 0, len(text)
    while start < length:
        cut = _WHITESPACE.search(text, start + size) if start + size < length else None
        end = cut.start() if cut else length
        yield text[start:end]
        start = end


_LONGEST_KEYS: dict[int, tuple[object, int]] = {}  # id(automaton) -> (automaton, its longest key)


def automaton_iter(automaton, text: str, size: int = 1 << 16) -> Iterator[tuple[int, object]]:
    """What `automaton.iter(text)` yields (pyahocorasick: end index and value of every key
    found), the same pairs in the same order, a window of about `size` characters at a time:
    pyahocorasick copies the whole text it is given (about 2 bytes a character, 8 MB of text
    ~ 20 MB at once). A window takes the longest key's length - 1 characters before it as
    well and yields the keys that end inside it: the automaton's state at a position depends
    on those characters only, so it finds there what it finds in the whole text. (A text of
    one window, a record, gets the automaton's own iterator: no generator in between.)"""
    if len(text) <= size:
        return automaton.iter(text)
    return _windows(automaton, text, size)


def _windows(automaton, text: str, size: int) -> Iterator[tuple[int, object]]:
    """automaton_iter's pairs for a text of more than one window."""
    for offset, first, pairs in automaton_windows(automaton, text, size):
        for end, value in pairs:
            if end >= first:
                yield end + offset, value


def automaton_windows(automaton, text: str, size: int = 1 << 16) -> Iterator[tuple[int, int, Iterator]]:
    """automaton_iter's pairs a window at a time, for a caller that loops over them itself (no
    generator between it and the automaton): (offset, first, pairs) for each window, whose
    pairs (end, value) with end >= first are those of the text at end + offset."""
    if len(text) <= size:
        yield 0, 0, automaton.iter(text)
        return
    known = _LONGEST_KEYS.get(id(automaton))
    if known is None or known[0] is not automaton:
        if len(_LONGEST_KEYS) >= 64:  # (automata are built once a process: a handful)
            _LONGEST_KEYS.clear()
        known = _LONGEST_KEYS[id(automaton)] = (automaton, automaton.get_stats()["longest_word"])
    before = max(known[1] - 1, 0)
    for start in range(0, len(text), size):
        lead = min(start, before)
        yield start - lead, lead, automaton.iter(text[start - lead : start + size])
