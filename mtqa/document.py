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
from collections.abc import Iterable, Iterator, Sequence
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mtqa import segment

if TYPE_CHECKING:  # annotations only
    import datetime

    from mtqa.origin import Origin

_NEWLINE = re.compile("\n")

#: characters: the views of a shorter document (a record) are small and kept until it is done;
#: a longer one's are dropped once no later rule reads them (engine, rules.release_plan)
KEEP_VIEWS_BELOW = 1 << 16
_ONE_PIECE = 1 << 16  # characters: segment.chunks gives a text this long or shorter as one piece


def _find_markers(text: str) -> list:
    from mtqa.suppress import find_markers

    return find_markers(text)
_LETTER_RUNS = re.compile(f"({segment.LETTERS.pattern})")


class _view:
    """A view computed on first access and kept in the instance's __dict__ (functools'
    cached_property without the lock that Python 3.11 takes on each first access: a record of
    a few words computes half a dozen views)."""

    def __init__(self, compute):
        self.compute, self.name, self.__doc__ = compute, compute.__name__, compute.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass(slots=True, unsafe_hash=True)  # (not frozen: a frozen dataclass is three times slower to build)
class Token:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Sentence:
    """One sentence: its span, its text and its tokens; POS tags on request. (Slots: a long
    document has tens of thousands; tokens and tags are kept in slots once computed.)"""

    index: int
    start: int
    end: int
    text: str
    _prose: str = field(repr=False, compare=False)  # the document's prose (not the document: no cycle)
    _tokens: list[Token] | None = field(default=None, init=False, repr=False, compare=False)
    _tags: list[str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            # matched in the sentence's own text (= prose[start:end]; TOKEN has no lookaround, so the
            # tokens are those of prose[start:end]): a third faster than a search of the whole prose
            start = self.start
            self._tokens = [Token(m.start() + start, m.end() + start, m.group()) for m in segment.TOKEN.finditer(self.text)]
        return self._tokens

    @property
    def tags(self) -> list[str]:
        """Penn Treebank POS tags, one per token (computed only when a rule asks)."""
        if self._tags is None:
            from mtqa.resources import pos_tag

            self._tags = pos_tag([t.text for t in self.tokens])
        return self._tags


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
        self.markers = _find_markers(self.text) if "mtqa-ignore" in self.text else []
        if self.markers:
            self.skipped = sorted([*self.skipped, *((m.start, m.end) for m in self.markers)])

    @_view
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

    @_view
    def _line_starts(self) -> array:
        if "\n" not in self.text:
            return _offsets(len(self.text), (0,))  # (one line: most records)
        return _offsets(len(self.text), itertools.chain((0,), (match.end() for match in _NEWLINE.finditer(self.text))))

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    @_view
    def paragraphs(self) -> list[tuple[int, int]]:
        return segment.paragraph_spans(self.prose)

    @_view
    def sentences(self) -> list[Sentence]:
        return self.sentences_at(segment.sentence_spans(self.prose, self.paragraphs))

    def sentences_at(self, spans: Iterable[tuple[int, int]]) -> list[Sentence]:
        """The Sentence objects of the spans (start, end) of the prose, numbered in order."""
        prose = self.prose
        return [Sentence(i, s, e, prose[s:e], prose) for i, (s, e) in enumerate(spans)]

    @_view
    def _sentence_starts(self) -> array:
        return _offsets(len(self.prose), (s.start for s in self.sentences))

    @_view
    def _sentence_words(self) -> array:
        """For each sentence, the index in lowered_words of the first run of letters at or after
        its start (len(lowered_words) for none): its first word when that run starts where the
        sentence does (one binary search a sentence, in C)."""
        return _offsets(len(self.prose), map(bisect.bisect_left, itertools.repeat(self.lowered_words.offsets),
                                              self._sentence_starts))

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains `offset`, if any."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @_view
    def words(self) -> int:
        return segment.count_words(self.prose)

    @_view
    def distinct_pieces(self) -> frozenset[str]:
        """The distinct whitespace-separated pieces of the prose: a pattern that never crosses
        whitespace finds the same words in them as in the prose, in far fewer searches.
        (Split a chunk at a time: a list of every piece of 8 MB of text would take 80 MB.)"""
        if len(self.prose) <= _ONE_PIECE:  # a record: one piece (as segment.chunks cuts it)
            return frozenset(self.prose.split())
        pieces: set[str] = set()
        for chunk in segment.chunks(self.prose):
            pieces.update(chunk.split())
        return frozenset(pieces)

    @_view
    def lowered_words(self) -> "WordIndex":
        """(offset, lower-cased text) of every run of letters in the prose, for rules that look
        words up in a table (one pass shared by all of them)."""
        return WordIndex(self.prose)

    @_view
    def folded(self) -> str:
        """The prose folded for lexicon matching (lexicon.matcher.fold): same length."""
        from mtqa.lexicon.matcher import fold

        return fold(self.prose)

    @_view
    def _skipped_index(self) -> tuple[list[int], list[int]]:
        """Starts of the skipped regions in order, and the furthest end reached so far."""
        ordered = sorted(self.skipped)
        return [s for s, _ in ordered], list(itertools.accumulate((e for _, e in ordered), max))

    def release(self, view: str) -> None:
        """Forget a computed view ("sentence.tokens": every sentence's tokens) to free its
        memory; it is computed again, the same, if something asks for it later."""
        if view.startswith("sentence."):
            slot = "_" + view.removeprefix("sentence.")
            for sentence in self.__dict__.get("sentences", ()):
                setattr(sentence, slot, None)
        else:
            self.__dict__.pop(view, None)

    def record_at(self, offset: int) -> tuple["Document", int]:
        """The record that holds `offset` and where it starts, when this document is a batch of
        records joined by blank lines (engine._Joined): a rule declared local (Rule.local)
        weighs what it reads across the document (names written elsewhere, a dateline) in that
        record alone. Any other document: itself, at 0."""
        records = self.__dict__.get("_records")
        if records is None:
            return self, 0
        starts, docs = records
        number = bisect.bisect_right(starts, offset) - 1
        return docs[number], starts[number]

    def is_skipped(self, start: int, end: int) -> bool:
        """Whether the span touches a non-prose region (a binary search: findings × regions
        must not be quadratic)."""
        starts, reach = self._skipped_index
        before = bisect.bisect_left(starts, end)  # regions that start before the span ends
        return before > 0 and reach[before - 1] > start


def _offsets(length: int, values: Iterable[int]) -> array:
    """Offsets into a text of `length` characters, 4 bytes each (8 from 2 GB)."""
    if length < KEEP_VIEWS_BELOW and not isinstance(values, (list, tuple)):
        values = list(values)  # (a record's few: an array is built from a list in one step, from a generator item by item)
    return array("i" if length < 1 << 31 else "q", values)


class WordIndex(Sequence):
    """The (offset, lower-cased word) pairs of every run of letters (segment.LETTERS) in a
    text, kept compactly: the offsets in an array (4 bytes each below 2 GB of text), each
    distinct word once."""

    def __init__(self, text: str, start: int = 0, end: int | None = None):
        """The index of text[start:end] (offsets into `text`); `start` and `end` stand at
        whitespace or at the ends of the text, which no run of letters crosses."""
        if start == 0 and end is None and len(text) <= _ONE_PIECE:  # a record: one piece (as segment.chunks cuts it), its words kept as found
            if found := segment.letter_runs(text):
                starts, self.words = found
            else:  # (mostly outside ASCII)
                parts = _LETTER_RUNS.split(text)
                self.words = list(map(str.lower, itertools.islice(parts, 1, None, 2)))
                starts = list(itertools.islice(itertools.accumulate(map(len, parts)), 0, 2 * len(self.words), 2))
            self.offsets = array("i", starts)
            self.distinct = frozenset(self.words)
            return
        self.offsets, self.words = _offsets(len(text), ()), []
        seen: dict[str, str] = {}
        base = start
        for piece in segment.chunks(text if start == 0 and end is None else text[start:end]):  # (runs never cross whitespace)
            if found := segment.letter_runs(piece, base):
                starts, lowered = found
                self.offsets.extend(starts)
            else:  # one split keeps the gaps and the runs in turn, so the offsets are the running
                # sums of their lengths (no Python code runs per word)
                parts = _LETTER_RUNS.split(piece)
                count = len(parts) // 2
                self.offsets.extend(itertools.islice(itertools.accumulate(map(len, parts), initial=base), 1, 2 * count, 2))
                lowered = list(map(str.lower, itertools.islice(parts, 1, None, 2)))
            self.words.extend(map(seen.setdefault, lowered, lowered))  # each distinct word once
            base += len(piece)
        self.distinct = frozenset(seen)  # the distinct words (set tests without a pass over every word)

    @classmethod
    def joined(cls, first: "WordIndex", second: "WordIndex") -> "WordIndex":
        """The index of a text from those of two consecutive parts of it (WordIndex(text, 0,
        cut) and WordIndex(text, cut), made in two processes): `first` extended in place. (A
        word of both parts may be two equal strings, one from each.)"""
        first.offsets.extend(second.offsets)
        first.words.extend(second.words)
        first.distinct = first.distinct | second.distinct
        return first

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(zip(self.offsets[index], self.words[index]))
        return self.offsets[index], self.words[index]

    def __iter__(self) -> Iterator[tuple[int, str]]:
        return zip(self.offsets, self.words)

