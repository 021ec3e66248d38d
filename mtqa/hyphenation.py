"""Hyphenation points of a word by Liang's pattern method, with the en_US patterns shipped by
pyphen (the fallback textstat uses for words the CMU dictionary lacks). Counts are the same as
`len(pyphen.Pyphen(lang="en_US").positions(word))` (tests compare them); the parsed patterns
are kept in the on-disk cache, so pyphen itself is never imported.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache

from mtqa import cache

_NONE = []  # (no prefix of a pattern)
LEFT, RIGHT = 2, 2  # shortest first and last part, as pyphen's defaults
_HEX = re.compile(r"\^{2}([0-9a-f]{2})")
_DIGIT_LETTER = re.compile(r"(\d?)(\D?)")
_SETTINGS = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN")


def _patterns_file() -> str | None:
    spec = importlib.util.find_spec("pyphen")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = os.path.join(folder, "dictionaries", "hyph_en_US.dic")
        if os.path.isfile(path):
            return path
    return None


def parse(raw: bytes) -> dict[str, list]:
    """pattern letters -> [offset of the first non-zero value, the values from there]."""
    lines = raw.split(b"\n")
    encoding = lines[0].decode().strip()
    encoding = "cp1251" if encoding.lower() == "microsoft-cp1251" else encoding
    patterns: dict[str, list] = {}
    for line in raw.decode(encoding).split("\n")[1:]:
        line = line.strip()
        if not line or line.startswith(_SETTINGS):
            continue
        line = _HEX.sub(lambda m: chr(int(m.group(1), 16)), line)
        if "/" in line and "=" in line:
            line = line.split("/", 1)[0]  # non-standard hyphenation: only its points count here
        pairs = _DIGIT_LETTER.findall(line)
        values = [int(digit or "0") for digit, _ in pairs]
        if max(values) == 0:
            continue
        start, end = 0, len(values)
        while not values[start]:
            start += 1
        while not values[end - 1]:
            end -= 1
        patterns["".join(letter for _, letter in pairs)] = [start, values[start:end]]
    return patterns


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, list | None], int]:
    """(every prefix of a pattern -> the pattern's values when it is one, else None; the
    longest pattern). A substring that is no key starts no pattern, nor does any longer one
    from there: `points` stops looking."""
    path = _patterns_file()
    if path is None:
        return {}, 0
    by_prefix = cache.cached("hyphenation-en-US-prefixes", cache.key_of("hyphenation-prefixes", cache.file_signature(path)),
                             lambda: _with_prefixes(parse(open(path, "rb").read())))
    return by_prefix, max(map(len, by_prefix), default=0)


def _with_prefixes(patterns: dict[str, list]) -> dict[str, list | None]:
    table: dict[str, list | None] = {}
    for pattern in patterns:
        for end in range(1, len(pattern)):
            table.setdefault(pattern[:end], None)
    table.update(patterns)
    return table


def points(word: str) -> int:
    """Number of places where `word` may be hyphenated (none within 2 letters of either end)."""
    by_prefix, longest = _table()
    dotted = f".{word.lower()}."
    size = len(dotted)
    levels = [0] * (size + 1)
    get = by_prefix.get
    for i in range(size - 1):
        for j in range(i + 1, (i + longest if i + longest < size else size) + 1):
            found = get(dotted[i:j], _NONE)
            if found is _NONE:
                break  # no pattern starts with dotted[i:j]
            if found:
                at = i + found[0]
                values = found[1]
                levels[at : at + len(values)] = map(max, values, levels[at : at + len(values)])
    last = len(word) - RIGHT
    return sum(1 for i, level in enumerate(levels) if level % 2 and LEFT <= i - 1 <= last)
