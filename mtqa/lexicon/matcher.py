"""One-pass matching of every lexicon form (an Aho-Corasick automaton), hand-listed and
generated, and the weighed evidence that decides whether an ambiguous rendering is a name."""

from __future__ import annotations

import bisect
import collections
from functools import lru_cache
import dataclasses
import itertools
import re
from dataclasses import dataclass, fields

import ahocorasick

from mtqa.lexicon import Entry, _stop_words, cue_sets
from mtqa.lexicon.evidence import Weighing, _has_upper, weigh
from mtqa.lexicon.generate import entry_renderings, person_reorderings

LITERAL, IN_CONTEXT, MISSPELLED, CORRECT = "literal", "in_context", "misspelled", "correct"
GENERATED = "generated"  # a rendering generated from the Arabic name (weighed like in_context)
REORDERED = "reordered"  # a person's name surname first or with its article translated (generate.person_reorderings)
AMBIGUOUS = (IN_CONTEXT, GENERATED)
_KIND_FIELDS = {LITERAL: "literal", IN_CONTEXT: "literal_in_context", MISSPELLED: "misspelled"}
# Cue set of an entry without a `context`, for its generated renderings.
_CATEGORY_CONTEXT = {
    "media-outlet": "media", "news-agency": "media", "place": "place", "person": "person",
    "title": "person",
}

_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "ʼ": "'", "`": "'",
    "‐": "-", "‑": "-", "\n": " ", "\t": " ", "\r": " ", "\u00a0": " ",
})
_FOLD_PAIRS = tuple((chr(code), replacement) for code, replacement in _FOLD.items())
assert not {new for _, new in _FOLD_PAIRS} & {old for old, _ in _FOLD_PAIRS}
_ARTICLE_PREFIX = re.compile(r"\b(al|el|ad|an|ar|as|ash|at|az|ud|ul) ")
_CLEAN = re.compile(r"[^\w\s']+")
_SPACES = re.compile(r"\s+")


# The characters whose lower case is longer than one character (only "İ", U+0130, in current
# Unicode; tests/test_matcher.py checks every code point): fold keeps them as they are.
LONG_LOWER = ("\u0130",)


def fold(text: str) -> str:
    """Lower case, one quote and hyphen style, whitespace as spaces; same length as `text`.
    Linear for any input: characters whose lower case is longer stay as they are, and then
    every character is lowered on its own (a final capital sigma too, as "σ").
    A long text is folded in pieces cut before whitespace (segment.chunks): str.lower of a
    whole non-ASCII text takes a buffer of twelve bytes a character, and no case rule looks
    across whitespace, so the pieces fold as the whole would."""
    special = any(char in text for char in LONG_LOWER)
    if len(text) <= _PIECE:
        folded = _fold_piece(text, special)
        return folded if folded is not None else _fold_piece(text, True)
    from mtqa.segment import chunks

    pieces = []
    for piece in chunks(text, _PIECE):
        folded = _fold_piece(piece, special)
        if folded is None:  # a Unicode version with more long lower cases: the per-character way
            return "".join(_fold_piece(piece, True) for piece in chunks(text, _PIECE))
        pieces.append(folded)
    return "".join(pieces)


_PIECE = 1 << 16
_LOOK_UP_TEXT = 4000  # characters: a text this short is matched by look-ups while no automaton is built…
_LOOK_UP_RUN = 20000  # …until a run has matched this many characters so (then building it is cheaper)


def _fold_piece(text: str, special: bool) -> str | None:
    """`fold` of one piece; `special`: the whole text has a character of LONG_LOWER (then no
    character is lowered by its context). None when not `special` and lowering changes the
    length."""
    if not special:
        lowered = text.lower()
        if len(lowered) != len(text):
            return None
    else:
        lowered = text.replace("\u03a3", "\u03c3")  # what Σ.lower() is out of context
        for char in LONG_LOWER:
            lowered = char.join(part.lower() for part in lowered.split(char))
        if len(lowered) != len(text):  # a Unicode version with more such characters
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # = lowered.translate(_FOLD), one fast pass a character present (translate looks every
    # character up in the table: slow on a long text); no replacement is itself replaced
    for old, new in _FOLD_PAIRS:
        if old in lowered:
            lowered = lowered.replace(old, new)
    return lowered


def _fold_short(text: str, special: bool) -> str:
    """`_fold_piece` of a short piece (one translate call: quick on a few characters)."""
    lowered = text.lower() if not special else None
    if lowered is None or len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text.replace("\u03a3", "\u03c3"))
    return lowered.translate(_FOLD)


class FoldedText:
    """fold(text) read by slices and single characters, each folded when read: the whole text
    is never folded at once (Lexicon.scan). A capital sigma, the one character whose lower
    case depends on its neighbours, reads as the whole text's fold has it (`sigmas`: its
    folded form at each of its offsets, from the scan's whitespace-bounded windows)."""

    def __init__(self, text: str, special: bool, sigmas: dict[int, str]):
        self.text, self.special, self.sigmas = text, special, sigmas
        self._sigma_offsets = sorted(sigmas)

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            if not -len(self.text) <= index < len(self.text):
                raise IndexError("FoldedText index out of range")
            index = index % len(self.text)
            return self[index : index + 1]
        start, end, step = index.indices(len(self.text))
        if step != 1:
            raise ValueError("FoldedText slices have no step")
        if start >= end:
            return ""
        piece = self.text[start:end]
        # (a piece of a few dozen characters or more is folded as `fold` folds it, one replace a
        # folded character present: quicker than translate, which looks every character up)
        folded = _fold_piece(piece, False) if len(piece) >= 32 and not self.special else None
        if folded is None:
            folded = _fold_short(piece, self.special)
        if self.sigmas and "\u03a3" in self.text[start:end]:
            chars = list(folded)
            offsets = self._sigma_offsets
            for i in range(bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)):
                chars[offsets[i] - start] = self.sigmas[offsets[i]]
            folded = "".join(chars)
        return folded


def _variants(form: str) -> set[str]:
    """The folded form with its hyphen/space variants ("Al-Wefaq" ~ "Al Wefaq")."""
    base = _SPACES.sub(" ", fold(form).strip())
    spaced = base.replace("-", " ")
    return {base, spaced, _ARTICLE_PREFIX.sub(r"\1-", spaced)}


def _words(text: str) -> str:
    """Punctuation removed (apostrophes kept), single spaces: what cues are compared with."""
    return _SPACES.sub(" ", _CLEAN.sub(" ", text)).strip()


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    kind: str
    start: int
    end: int
    evidence: tuple[str, ...] = ()  # features that made an ambiguous rendering a name


class Lexicon:
    """All entries compiled into one automaton over folded text."""

    def __init__(
        self, entries: list[Entry], patterns: dict | None = None, cues: dict | None = None,
        generated: dict | None = None,
    ):
        self.entries = entries
        self.by_id = {e.id: e for e in entries}
        if patterns is None or generated is None:
            patterns, generated = {}, {}
            stop_words = _stop_words()
            for index, entry in enumerate(entries):
                forms = [(f, kind) for kind, field in _KIND_FIELDS.items() for f in getattr(entry, field)]
                forms += [(f, CORRECT) for f in entry.correct_forms]
                generated[entry.id] = entry_renderings(entry, stop_words)
                forms += [(f, GENERATED) for f in generated[entry.id]]
                forms += [(f, REORDERED) for f in person_reorderings(entry)]
                for form, kind in forms:
                    for variant in _variants(form):
                        payload = patterns.setdefault(variant, [])
                        if (index, kind) not in payload:
                            payload.append((index, kind))
            # each pattern's value in the automaton: (its length, ((entry index, kind), …), whether
            # it is one word of generated renderings only: `scan` may leave its lower-case hits);
            # equal values, payloads and pairs are one object (the variants of a form share them:
            # 3.4 MB less in memory, and marshal keeps them shared in the on-disk cache)
            shared: dict = {}
            one = lambda value: shared.setdefault(value, value)  # noqa: E731
            patterns = {
                pattern: one((len(pattern), one(tuple(one(tuple(pair)) for pair in payload)),
                              " " not in pattern and all(kind == GENERATED for _, kind in payload)))
                for pattern, payload in patterns.items()
            }
        self._patterns = patterns  # kept in the on-disk cache as it is added
        self._longest = max(map(len, patterns), default=0)
        self.generated: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in generated.items()}
        self._automaton = None  # built when a text needs it (see `automaton`, `_short_hits`)
        self._looked_up = 0  # characters of short texts matched by look-ups so far
        if cues is None:
            sets = cue_sets()
            cues = {}
            base = {
                name: (tuple(_words(fold(c)) for c in cue["before"]), tuple(_words(fold(c)) for c in cue["after"]))
                for name, cue in sets.items()
            }
            for entry in entries:
                before, after = base[entry.context or _CATEGORY_CONTEXT.get(entry.category, "group")]
                if entry.before or entry.after:
                    before = before + tuple(_words(fold(c)) for c in entry.before)
                    after = after + tuple(_words(fold(c)) for c in entry.after)
                cues[entry.id] = (before, after)
        self._cues: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
            k: (tuple(b), tuple(a)) for k, (b, a) in cues.items()
        }

    @property
    def automaton(self) -> ahocorasick.Automaton:
        """Every pattern in one Aho-Corasick automaton, built when first asked for (30 ms: a
        start on a few words looks its words up instead, see `_short_hits`). The pattern table
        is then dropped (2.5 MB: the automaton holds the patterns and their values)."""
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            patterns = self._patterns
            collections.deque(map(automaton.add_word, patterns.keys(), patterns.values()), maxlen=0)  # (in C)
            automaton.make_automaton()
            self._automaton, self._patterns = automaton, None
        return self._automaton

    def _short_hits(self, window: str) -> list[tuple[int, int, tuple]] | None:
        """What the automaton finds in `window` (last character, value), in its order (by end,
        the longest first), each span that could be a whole-word hit looked up in the pattern
        table instead - for short texts while the automaton is not built (until look-ups have
        cost about what building it would); None when the automaton is to be used."""
        if self._automaton is not None or len(window) > _LOOK_UP_TEXT or self._looked_up > _LOOK_UP_RUN:
            return None
        self._looked_up += len(window)
        patterns, longest, size = self._patterns, self._longest, len(window)
        ends = [e for e in range(1, size + 1) if e == size or not window[e].isalnum()]
        found = []
        for start in range(size):
            if start and window[start - 1].isalnum():
                continue
            for end in ends[bisect.bisect_right(ends, start) : bisect.bisect_right(ends, start + longest)]:
                value = patterns.get(window[start:end])
                if value is not None:
                    found.append((end - 1, start, value))
        found.sort(key=lambda hit: (hit[0], hit[1]))
        return [(last, value) for last, _, value in found]

    def parts(self) -> tuple:
        """Plain data the Lexicon is rebuilt from (the on-disk cache keeps it)."""
        names = [f.name for f in fields(Entry)]
        patterns = self._patterns if self._patterns is not None else dict(self._automaton.items())
        return [[getattr(e, n) for n in names] for e in self.entries], patterns, self._cues, self.generated

    @classmethod
    def from_parts(cls, parts) -> "Lexicon":
        entries, patterns, cues, generated = parts
        # (the entries were validated when stored: their fields set as a frozen dataclass's
        # __init__ sets them, without its one object.__setattr__ call a field)
        names, new = [f.name for f in fields(Entry)], object.__new__
        made = []
        for values in entries:
            entry = new(Entry)
            entry.__dict__.update(zip(names, values))
            made.append(entry)
        return cls(made, patterns, cues, generated)

    def scan(self, text: str, lower_generated_words: bool = True) -> tuple[list[Match], FoldedText | str]:
        """`candidates(text)` and the folded text to weigh them with, found in windows of the
        text folded one at a time (never the whole text folded: that takes as much memory again
        as the text). Window i folds text[a:e] where a and e stand before whitespace (no case
        rule looks across it) and e is past b + the longest form (b: where window i + 1
        starts); it keeps the hits that start before b, with a character each side.
        Without `lower_generated_words`, the hits of one-word patterns of generated renderings
        only that are written in lower case are left out (evidence.decided_alone: ordinary
        English, most of the hits)."""
        from mtqa.segment import _WHITESPACE, chunks

        special = any(char in text for char in LONG_LOWER)
        longest, length = self._longest, len(text)
        iterate = lambda window: self.automaton.iter(window)  # (the automaton built only if used)
        keep_lower = lower_generated_words
        hits = []
        sigmas: dict[int, str] = {}
        a = 0
        for piece in chunks(text, _PIECE):
            b = a + len(piece)
            cut = _WHITESPACE.search(text, b + longest + 1) if b < length else None
            e = cut.start() if cut else length
            window = _fold_piece(text[a:e], special)
            if window is None:  # a Unicode version with more long lower cases
                return self.scan_folded(text, fold(text))
            if "\u03a3" in piece:
                at = text.find("\u03a3", a, b)
                while at != -1:
                    sigmas[at] = window[at - a]
                    at = text.find("\u03a3", at + 1, b)
            if self.entries:
                limit, size = b - a, e - a
                short = self._short_hits(window) if a == 0 and e == length else None
                hits += [
                    (a + last - count + 1, a + last + 1, payload)
                    for last, (count, payload, plain) in (iterate(window) if short is None else short)
                    if last - count + 1 < limit  # (else the next window has it)
                    and not ((last >= count and window[last - count].isalnum())
                             or (last + 1 < size and window[last + 1].isalnum()))  # whole words only
                    and (keep_lower or not plain or _has_upper(text[a + last - count + 1 : a + last + 1]))
                ]
            a = b
        entries = self.entries
        found = [Match(entries[index], kind, start, end) for start, end, payload in hits for index, kind in payload]
        return found, FoldedText(text, special, sigmas)

    def scan_folded(self, text: str, folded: str) -> tuple[list[Match], str]:
        """`scan` with the whole folded text at hand."""
        return self.candidates(text, folded), folded

    def candidates(self, text: str, folded: str | None = None) -> list[Match]:
        """Every whole-word occurrence of every form, before context tests and overlaps."""
        if not self.entries:
            return []
        folded = fold(text) if folded is None else folded
        entries = self.entries
        # whole words only: no letter or digit right before or after a hit (`padded` has a space
        # before and after the text, so it is one ahead and every hit has a character each side)
        padded = f" {folded} "
        hits = [
            (last - length + 1, last + 1, payload)
            for last, (length, payload, _) in self.automaton.iter(folded)
            if not (padded[last + 2].isalnum() or padded[last + 1 - length].isalnum())
        ]
        return [Match(entries[index], kind, start, end) for start, end, payload in hits for index, kind in payload]

    def weigh(
        self, match: Match, text: str, folded: str, sentence_start: int, sentence_end: int,
        document_names: bool = False, floor: float | None = None,
    ) -> Weighing:
        """The evidence that an ambiguous match is used as a name (evidence.toml); `floor` as
        for evidence.weigh."""
        return weigh(
            text=text, folded=folded, start=match.start, end=match.end,
            sentence_start=sentence_start, sentence_end=sentence_end,
            category=match.entry.category, generated=match.kind == GENERATED, cues=self._cues.get(match.entry.id),
            document_names=document_names, stop_words=_stop_words(), own_heads=own_heads(match.entry.arabic),
            country=match.entry.country, floor=floor,
        )

    def in_context(self, match: Match, text: str, folded: str, sentence_start: int, sentence_end: int) -> bool:
        """Whether the weighed evidence makes an ambiguous match a name."""
        return self.weigh(match, text, folded, sentence_start, sentence_end).is_name

    def renderings(self, entry: Entry) -> list[tuple[str, str]]:
        """Every wrong rendering of an entry with its kind (generated ones marked GENERATED)."""
        listed = [(f, kind) for kind, field in _KIND_FIELDS.items() for f in getattr(entry, field)]
        return listed + [(f, GENERATED) for f in self.generated.get(entry.id, ())]


@lru_cache(maxsize=4096)
def own_heads(arabic: str) -> tuple[str, ...] | None:
    """The English meanings of the head word an entry's Arabic name opens with (حزب "party",
    حركة "movement"…), or None when it opens with no such word."""
    from mtqa.lexicon.generate import _ARABIC_WORD, _HEAD_WORDS, lookup, normalise

    words = _ARABIC_WORD.findall(arabic)
    if len(words) < 2 or normalise(words[0]) not in _HEAD_WORDS:
        return None
    found = lookup(words[0])
    return found[1] if found else None


def with_article(match: Match, folded: str) -> Match:
    """Extend a wrong rendering to a preceding "the" when the correct name takes none."""
    if match.entry.article == "drop" and match.start >= 4 and folded[match.start - 4 : match.start] == "the ":
        if match.start == 4 or not folded[match.start - 5].isalnum():
            return dataclasses.replace(match, start=match.start - 4)
    return match


def resolve(matches: list[Match], folded: str = "") -> tuple[list[Match], list[Match]]:
    """(wrong renderings, correct occurrences) with overlaps settled: a wrong rendering inside
    a correct name is dropped (also when only the "the " with_article put before it is outside:
    "the Loyalty" in "the Loyalty to the Resistance bloc"); among overlapping ones the longest,
    then leftmost, wins."""
    correct = sorted((m for m in matches if m.kind == CORRECT), key=lambda m: m.start)
    starts = [c.start for c in correct]
    reach = list(itertools.accumulate((c.end for c in correct), max))  # furthest end so far
    wrong = []
    for m in matches:
        if m.kind == CORRECT:
            continue
        i = bisect.bisect_right(starts, m.start) - 1
        if (i < 0 or reach[i] < m.end) and folded[m.start : m.start + 4] == "the ":
            i = bisect.bisect_right(starts, m.start + 4) - 1
            i = i if i >= 0 and reach[i] > m.end else -1  # (a longer name only: "Gulf news" may be either)
        if i < 0 or reach[i] < m.end:
            wrong.append(m)
    return _longest_first(wrong), _longest_first(correct)


def _longest_first(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches, scanning left to right and keeping the longer of two overlaps;
    of two equal spans, a hand-listed rendering wins over a generated one."""
    chosen: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.start, m.start - m.end, m.kind == GENERATED, m.entry.id)):
        if chosen and m.start < chosen[-1].end:
            if m.end - m.start > chosen[-1].end - chosen[-1].start:
                chosen[-1] = m
            continue
        chosen.append(m)
    return chosen
