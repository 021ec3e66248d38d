"""Document: the text exactly as decoded, plus derived views (lines, sentences, tokens, tags).

Every later stage speaks in offsets (Python string indices) into `Document.text`. Parts of
the text that are not prose (Markdown code, front matter, URLs…) are listed in `skipped`;
rules analyse `Document.prose`, the same text with those parts blanked out, so that offsets
stay the same.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
from collections.abc import Iterator, Sequence
import re
from dataclasses import dataclass, field
from functools import cached_property

from mtqa import segment

_NEWLINE = re.compile("\n")
_LETTER_RUNS = re.compile(f"({segment.LETTERS.pattern})")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass
class Sentence:
    """One sentence: its span, its text and its tokens; POS tags on request."""

    index: int
    start: int
    end: int
    text: str
    _prose: str = field(repr=False, compare=False)  # the document's prose (not the document: no cycle)

    @cached_property
    def tokens(self) -> list[Token]:
        prose = self._prose
        return [Token(s, e, prose[s:e]) for s, e in segment.token_spans(prose, self.start, self.end)]

    @cached_property
    def tags(self) -> list[str]:
        """Penn Treebank POS tags, one per token (computed only when a rule asks)."""
        from mtqa.resources import pos_tag

        return pos_tag([t.text for t in self.tokens])


@dataclass
class Document:
    """A text to check, with optional source and reference texts."""

    text: str
    path: str = "<text>"
    id: str = ""
    source: str | None = None
    reference: str | None = None
    skipped: list[tuple[int, int]] = field(default_factory=list)
    encoding: str = "utf-8"  # codec that writes the text back as it was read (for `mtqa fix`)
    origin: "Origin | None" = None  # where a record or translation unit stands in its file (mtqa.origin)
    date: "datetime.date | None" = None  # the article's own date (a JSONL record's "date"; mtqa.article_date)

    def __post_init__(self):
        from mtqa.suppress import find_markers

        self.markers = find_markers(self.text) if "mtqa-ignore" in self.text else []
        if self.markers:
            self.skipped = sorted([*self.skipped, *((m.start, m.end) for m in self.markers)])

    @cached_property
    def prose(self) -> str:
        """`text` with skipped regions replaced by spaces (newlines kept)."""
        if not self.skipped:
            return self.text
        chars = list(self.text)
        for start, end in self.skipped:
            for i in range(start, end):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0, *(match.end() for match in _NEWLINE.finditer(self.text))]

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return segment.paragraph_spans(self.prose)

    @cached_property
    def sentences(self) -> list[Sentence]:
        prose = self.prose
        return [
            Sentence(i, s, e, prose[s:e], prose)
            for i, (s, e) in enumerate(segment.sentence_spans(prose))
        ]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains `offset`, if any."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def words(self) -> int:
        return segment.count_words(self.prose)

    @cached_property
    def distinct_pieces(self) -> frozenset[str]:
        """The distinct whitespace-separated pieces of the prose: a pattern that never crosses
        whitespace finds the same words in them as in the prose, in far fewer searches."""
        return frozenset(self.prose.split())

    @cached_property
    def lowered_words(self) -> "WordIndex":
        """(offset, lower-cased text) of every run of letters in the prose, for rules that look
        words up in a table (one pass shared by all of them)."""
        return WordIndex(self.prose)

    @cached_property
    def folded(self) -> str:
        """The prose folded for lexicon matching (lexicon.matcher.fold): same length."""
        from mtqa.lexicon.matcher import fold

        return fold(self.prose)

    @cached_property
    def _skipped_index(self) -> tuple[list[int], list[int]]:
        """Starts of the skipped regions in order, and the furthest end reached so far."""
        ordered = sorted(self.skipped)
        return [s for s, _ in ordered], list(itertools.accumulate((e for _, e in ordered), max))

    def is_skipped(self, start: int, end: int) -> bool:
        """Whether the span touches a non-prose region (a binary search: findings × regions
        must not be quadratic)."""
        starts, reach = self._skipped_index
        before = bisect.bisect_left(starts, end)  # regions that start before the span ends
        return before > 0 and reach[before - 1] > start


class WordIndex(Sequence):
    """The (offset, lower-cased word) pairs of every run of letters (segment.LETTERS) in a
    text, kept compactly: the offsets in an array, each distinct word once."""

    def __init__(self, text: str):
        self.offsets, self.words = array("q"), []
        seen: dict[str, str] = {}
        base = 0
        for piece in segment.chunks(text):  # a run of letters never crosses whitespace
            # one split keeps the gaps and the runs in turn, so the offsets are the running sums
            # of their lengths (no Python code runs per word)
            parts = _LETTER_RUNS.split(piece)
            count = len(parts) // 2
            self.offsets.extend(itertools.islice(itertools.accumulate(map(len, parts), initial=base), 1, 2 * count, 2))
            self.words.extend(seen.setdefault(w, w) for w in map(str.lower, itertools.islice(parts, 1, None, 2)))
            base += len(piece)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(zip(self.offsets[index], self.words[index]))
        return self.offsets[index], self.words[index]

    def __iter__(self) -> Iterator[tuple[int, str]]:
        return zip(self.offsets, self.words)

