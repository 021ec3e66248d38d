"""How common a phrase is in clean English news: counts of hashed word 1- to 3-grams.

The table (ngram_counts.bin) is built at development time by bench/build_ngram_counts.py from
clean English prose; it holds 32-bit hashes and counts only, never text. A phrase of more than
three words is estimated by its rarest trigram. Lookups are binary searches over the sorted
hashes; the file is read once.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from bisect import bisect_left
from functools import lru_cache
from importlib import resources

HEADER = b"MTQANG1\0"


def phrase_hash(phrase: str) -> int:
    return zlib.crc32(phrase.encode("utf-8"))


def title_key(phrase: str) -> str:
    """The key under which Title Case (non-sentence-initial) occurrences are counted."""
    return "T|" + phrase


class NgramCounts:
    def __init__(self, data: bytes):
        if not data.startswith(HEADER):
            raise ValueError("not an mtqa n-gram table")
        size = int.from_bytes(data[8:12], "little")
        self.tokens = int.from_bytes(data[12:16], "little")
        self._counted: dict[tuple[str, bool], int] = {}  # phrases looked up (the table never changes)
        offset = 16
        self.hashes = array("I")
        self.hashes.frombytes(data[offset : offset + 4 * size])
        self.values = array("H")
        self.values.frombytes(data[offset + 4 * size : offset + 6 * size])
        if sys.byteorder != "little":
            self.hashes.byteswap()
            self.values.byteswap()

    def _get(self, key: str) -> int:
        h = phrase_hash(key)
        i = bisect_left(self.hashes, h)
        return self.values[i] if i < len(self.hashes) and self.hashes[i] == h else 0

    def count(self, phrase: str, title: bool = False) -> int:
        """Occurrences of a lower-case phrase (or of its Title Case form, `title`)."""
        found = self._counted.get((phrase, title))
        if found is None:
            found = self._counted[(phrase, title)] = self._count(phrase, title)
        return found

    def _count(self, phrase: str, title: bool) -> int:
        words = phrase.lower().split()
        if not words:
            return 0
        grams = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))]
        return min(self._get(title_key(g) if title else g) for g in grams)

    def per_million(self, phrase: str, title: bool = False) -> float:
        return self.count(phrase, title) * 1_000_000 / max(self.tokens, 1)


@lru_cache(maxsize=1)
def ngram_counts() -> NgramCounts:
    data = resources.files("mtqa").joinpath("lexicon/ngram_counts.bin").read_bytes()
    return NgramCounts(data)
