"""Patterns tried only near a cheap trigger instead of scanned across a whole text: the same
matches, found from where a literal or a short pattern says one can be (one place for the rules
that do this: TYP014, TYP021, LNG004 and the NUM family)."""

from __future__ import annotations

import bisect
import itertools
import re
import weakref
from array import array


def near_seams(pattern: re.Pattern, text: str, seam: re.Pattern, reach: int):
    """The matches of pattern.finditer(text), found by trying `pattern` only at the `reach`
    positions before each match of `seam` (every match of `pattern` holds one there): the
    same matches, in the same order, without a scan that starts at every letter."""
    return near_offsets(pattern, text, (found.start() for found in seam.finditer(text)), reach)


def near_offsets(pattern: re.Pattern, text: str, offsets, reach: int):
    """As `near_seams`, from the offsets (increasing) where a cheap search found the seam."""
    done = 0  # where the last match ended: finditer never returns overlapping matches
    for at in offsets:
        for start in range(max(done, at - reach), at + 1):
            match = pattern.match(text, start)
            if match:
                yield match
                done = match.end()
                break


def around(prose: str, anchors, pattern: re.Pattern, before: int, after: int) -> list[re.Match]:
    """The matches of `pattern` that contain one of the `anchors` (offsets), each searched in a
    window of `before` and `after` characters around its anchor: the text is not scanned by the
    pattern, only near where a cheap search found its trigger. In order, each once."""
    found, length = {}, len(prose)
    for anchor in anchors:
        end = min(length, anchor + after)
        for match in pattern.finditer(prose, max(0, anchor - before), end):
            if match.start() <= anchor < match.end() and (match.end() < end or end == length):
                found.setdefault(match.span(), match)
    return [found[span] for span in sorted(found)]


def occurrences(prose: str, *literals: str):
    """Offsets of every occurrence of each literal (str.find: no regular-expression scan)."""
    for literal in literals:
        at = prose.find(literal)
        while at >= 0:
            yield at
            at = prose.find(literal, at + 1)


def tried_at(pattern: re.Pattern, text: str, starts):
    """The matches of pattern.finditer(text) for a pattern that can only start at one of
    `starts` (increasing offsets, found by a cheap search): `pattern` is tried there alone,
    and a match that would overlap the one before it is skipped, as finditer skips it."""
    done = 0
    for start in starts:
        if start < done:
            continue
        match = pattern.match(text, start)
        if match:
            yield match
            done = max(match.end(), start + 1)


def run_starts(text: str, ends, run: str = " \t"):
    """Where each non-empty run of `run` characters that ends at one of the offsets `ends`
    (increasing: where a cheap search found what follows the run) begins, in order: a pattern
    such as "space run, then a closing bracket" can only start there."""
    for end in ends:
        start = end
        while start > 0 and text[start - 1] in run:
            start -= 1
        if start < end:
            yield start


def starts_of(pattern: re.Pattern, text: str, lead: int = 0):
    """The offsets where the matches of `pattern` start, less `lead` (a seam written as
    "l-(?<=[ae]l-)…" so that its scan starts on a literal begins one character earlier)."""
    return (found.start() - lead for found in pattern.finditer(text))


def starts_of_any(text: str, *patterns: re.Pattern) -> list[int]:
    """The offsets where the matches of any of `patterns` start, in order: several patterns
    that each open with a literal ("'…", "’…") are scanned faster, one after the other, than
    one that opens with a character class ("['’]…"), which is tried at every character."""
    if len(patterns) == 1:
        return [found.start() for found in patterns[0].finditer(text)]
    return sorted(found.start() for pattern in patterns for found in pattern.finditer(text))


def at_literals(pattern: re.Pattern, text: str, literals) -> list[re.Match]:
    """The matches of pattern.finditer(text), found by trying `pattern` only where one of the
    `literals` occurs (every match of `pattern` starts with one of them): the same matches, in
    the same order, from str.find instead of a scan that tries every position."""
    return list(tried_at(pattern, text, sorted(set(occurrences(text, *literals)))))


def before_spaced_literals(pattern: re.Pattern, text: str, literals, reach: int):
    """The matches of pattern.finditer(text) for a pattern whose every match is a word of at
    most `reach` characters right after a space (no space inside it), a run of spaces and
    tabs, then one of `literals`: tried only at the word before each literal that follows a
    space or tab (str.find instead of a scan that tries every position)."""
    starts = set()
    for at in occurrences(text, *literals):
        end = at
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end < at:
            starts.add(text.rfind(" ", max(0, end - reach - 1), end) + 1)
    return tried_at(pattern, text, sorted(starts))


def near_literals(prose: str, needles: tuple[str, ...], pattern: re.Pattern, back: int):
    """Matches of `pattern` found only where one of `needles` occurs (str.find is cheap, a
    scan of every capitalised word is not), starting up to `back` characters before it."""
    seen = set()
    for needle in needles:
        at = prose.find(needle)
        while at >= 0:
            match = pattern.search(prose, max(0, at - back), at + len(needle) + 40)
            if match and match.start() <= at + 1 and match.start() not in seen:
                seen.add(match.start())
                yield match
            at = prose.find(needle, at + len(needle))


def literals_in(literals, words, starts_word: bool = False) -> list[str]:
    """The literals that may occur in a text whose distinct lower-cased words (runs of letters
    that start a word, Document.lowered_words.distinct) are `words`: each run of letters that a
    literal holds whole - after a character that is no word character and before one that is
    no letter, both inside the literal - is such a word of any text it occurs in. With
    `starts_word` (every match starts a word with its literal and has no letter right after
    the literal's letters: scan.word_trigger's contract), the literal's first run counts too.
    For at_literals: a literal left out occurs nowhere a match can start."""
    return [literal for literal, needed in _needed_words(literals, starts_word) if needed <= words]


_NEEDED: dict[tuple[int, bool], tuple[object, list[tuple[str, frozenset[str]]]]] = {}


def _needed_words(literals, starts_word: bool) -> list[tuple[str, frozenset[str]]]:
    """(literal, the words a text that holds it must have) for each of `literals`, worked out
    once per collection of literals (kept by identity), not once per document."""
    key = (id(literals), starts_word)
    found = _NEEDED.get(key)
    if found is None or found[0] is not literals:
        if len(_NEEDED) >= 64:
            _NEEDED.clear()
        entries = []
        for literal in literals:
            needed = []
            for run in _LITERAL_RUN.finditer(literal):
                start, end = run.span()
                first = start == 0
                if (first and starts_word) or (not first and not (literal[start - 1].isalnum() or literal[start - 1] == "_")
                                               and end < len(literal)):
                    needed.append(run.group().lower())
            entries.append((literal, frozenset(needed)))
        found = _NEEDED[key] = (literals, entries)
    return found[1]


_LITERAL_RUN = re.compile(r"[^\W\d_]+")


def word_trigger(phrases) -> frozenset[str] | None:
    """A whole-record test for a pattern whose every match holds one of `phrases` as whole
    words (each starts a word and is followed by a space or a non-letter): the lower-cased
    first words of the phrases. When `trigger.isdisjoint(doc.lowered_words.words)`, the
    document has none of them and the pattern cannot match (one C-level test instead of a
    scan: a record of twenty words pays for the scan in Python calls, not characters).
    None when a phrase does not start with a letter (no such test then)."""
    firsts = set()
    for phrase in phrases:
        first = re.match(r"[^\W\d_]+", phrase)
        if first is None:
            return None
        firsts.add(first.group().lower())
    return frozenset(firsts)


# Letters that case-insensitive matching pairs with a, b, … z besides their own case (re
# pairs "ı" and "ſ" with i and s, and "İ" lowers to "i" + a combining dot): folded so in the
# word text, so that a word is found there wherever a pattern matched case-blind finds it.
REGEX_FOLD = (("i\u0307", "i"), ("\u0131", "i"), ("\u017f", "s"))


def regex_fold(word: str) -> str:
    for old, new in REGEX_FOLD:
        word = word.replace(old, new)
    return word


def word_text(words: list[str]) -> tuple[str, array]:
    """The lower-cased letter runs of a text joined by one space, with a space before and after
    (what phrase openings and whole words are looked up in), and where each run starts in it."""
    text = " " + " ".join(words) + " "
    if any(old in text for old, _ in REGEX_FOLD):
        words = list(map(regex_fold, words))
        text = " " + " ".join(words) + " "
    return text, array("i" if len(text) < 2**31 else "q", itertools.accumulate(map((1).__add__, map(len, words)), initial=1))


_WORD_TEXTS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def joined_words(index) -> tuple[str, array]:
    """word_text of a Document.lowered_words, made once for all the rules that read it (kept
    as long as the index is)."""
    found = _WORD_TEXTS.get(index)
    if found is None:
        found = _WORD_TEXTS[index] = word_text(index.words)
    return found


def sentences_with_words(doc, words: frozenset[str]) -> set[int]:
    """The indices of the sentences of `doc` in which a pattern matched case-blind may match
    whose every match holds one of `words` (lower-case ASCII letters) whole - after no word
    character and before no letter, a run of letters as Document.lowered_words holds them -
    found by str.find in the joined words (joined_words), not by a search of each sentence.
    (A sentence starts and ends at whitespace or an end of the text, segment.sentence_spans:
    a word edge in the sentence is one in the text.)"""
    index = doc.lowered_words
    text, starts = joined_words(index)
    sentence_starts, offsets = doc._sentence_starts, index.offsets
    found: set[int] = set()
    for word in words:
        needle = f" {word} "
        at = text.find(needle)
        while at >= 0:
            found.add(bisect.bisect_right(sentence_starts, offsets[bisect.bisect_left(starts, at + 1)]) - 1)
            at = text.find(needle, at + len(needle) - 1)
    return found


def whole_words(phrases) -> frozenset[str] | None:
    """Lower-case words one of which each of `phrases` holds (phrases of letters and single
    spaces, for a pattern that matches them as whole words, in any case, a space as any
    whitespace), for sentences_with_words: few, and none as common as "the" or "at" where a
    phrase has another (each time, the word that most phrases not yet covered hold, the first
    of them on a tie). None when a phrase is not written so."""
    left = []
    for phrase in phrases:
        if not _PLAIN_PHRASE.fullmatch(phrase):
            return None
        words = phrase.lower().split(" ")
        left.append([w for w in words if w not in _TOO_COMMON] or words)
    chosen = set()
    while left:
        counts: dict[str, int] = {}
        for words in left:
            for word in dict.fromkeys(words):
                counts[word] = counts.get(word, 0) + 1
        best = max(counts, key=counts.__getitem__)  # (the first of the most held)
        chosen.add(best)
        left = [words for words in left if best not in words]
    return frozenset(chosen)


_PLAIN_PHRASE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
_TOO_COMMON = frozenset({"the", "a", "an", "at", "in", "on", "of", "to", "this", "that"})
