"""Patterns tried only near a cheap trigger instead of scanned across a whole text: the same
matches, found from where a literal or a short pattern says one can be (one place for the rules
that do this: TYP014, TYP021, LNG004, the NUM and NAM families). The literals rules declare
(`expect`) are found in a long text in one automaton pass, not one str.find each."""

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
    """Offsets of every occurrence of each literal (str.find: no regular-expression scan; in a
    long text, from the one pass of `expect`ed literals)."""
    index = _index(prose) if len(prose) >= LONG_TEXT else None
    for literal in literals:
        if index is not None:
            found = index[0].get(literal)
            if found is not None:
                yield from found
                continue
            if literal in index[1]:
                continue  # (expected, and not in the text)
            _searched_alone(literal)
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
    if len(text) < LONG_TEXT:  # (a short text holds few of them: tested first in one quick loop)
        literals = [literal for literal in literals if literal in text]
        if not literals:
            return []
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
    if len(prose) < LONG_TEXT:  # (a short text holds few of them: tested first in one quick loop)
        needles = [needle for needle in needles if needle in prose]
    for needle in needles:
        for at in apart(prose, needle):
            match = pattern.search(prose, max(0, at - back), at + len(needle) + 40)
            if match and match.start() <= at + 1 and match.start() not in seen:
                seen.add(match.start())
                yield match


def apart(text: str, literal: str):
    """The offsets of the occurrences of `literal` that do not overlap the one before (each
    searched for from the end of the last, as a str.find loop does; in a long text, from the
    one pass of `expect`ed literals)."""
    found = _indexed(text, literal) if len(text) >= LONG_TEXT else None
    if found is None:
        if len(text) >= LONG_TEXT:
            _searched_alone(literal)
        at = text.find(literal)
        while at >= 0:
            yield at
            at = text.find(literal, at + len(literal))
        return
    next_at = 0
    for at in found:
        if at >= next_at:
            yield at
            next_at = at + len(literal)


def apart_each(text: str, literals):
    """(literal, offset) for each of `literals` in turn, its occurrences as `apart` gives them
    (in a short text, the literals it holds picked first in one quick loop)."""
    if len(text) < LONG_TEXT:
        for literal in [literal for literal in literals if literal in text]:
            at = text.find(literal)
            while at >= 0:
                yield literal, at
                at = text.find(literal, at + len(literal))
        return
    for literal in literals:
        for at in apart(text, literal):
            yield literal, at


# -- the literals of many rules in one long text: one pass ---------------------------------

#: characters: in a text this long, the `expect`ed literals are found in one automaton pass
#: (each str.find over 1 MB of text takes about 1 ms; ~200 of them on the rules' literals)
LONG_TEXT = 1 << 16
_EXPECTED: list = []  # callables that give literals rules look for (expect)
_automaton = None  # over every expected literal, built at the first long text
_last: list = [None, None, None]  # the last long text indexed, {literal: its offsets in it}, the automaton


def expect(literals) -> None:
    """Declare literals that a rule looks for with occurrences, at_literals or near_literals
    (a collection, or a callable that returns one, called when the first long text comes): in
    a long text they are all found in one pass of an automaton, once per text. The same
    offsets either way; a literal not declared is searched for with str.find."""
    global _automaton
    _EXPECTED.append(literals)
    _automaton = None
    _last[:] = None, None, None


def _indexed(text: str, literal: str) -> list[int] | tuple | None:
    """The offsets of every occurrence of `literal` in `text` (increasing, overlapping ones
    too) from the one pass over a long text, or None (a short text, or a literal not expected)."""
    index = _index(text) if len(text) >= LONG_TEXT else None
    if index is None:
        return None
    found = index[0].get(literal)
    if found is not None:
        return found
    return () if literal in index[1] else None


def _searched_alone(literal: str) -> None:
    """Called for each literal of a long text that no rule `expect`ed (searched for with
    str.find on its own): tests/test_scan_equivalence.py counts them."""


def _index(text: str):
    """({expected literal: its offsets in `text`}, the automaton of the expected literals), from
    one pass over `text` (kept for the last text), or None when no literal is expected."""
    if _last[0] is not text:
        automaton = _expected_automaton()
        if automaton is None:
            return None
        offsets: dict[str, list[int]] = {}
        for end, found in automaton.iter(text):
            offsets.setdefault(found, []).append(end - len(found) + 1)
        _last[:] = text, offsets, automaton
    return _last[1], _last[2]


def _expected_automaton():
    global _automaton
    if _automaton is None and _EXPECTED:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for source in _EXPECTED:
            for literal in (source() if callable(source) else source):
                if literal:
                    automaton.add_word(literal, literal)
        automaton.make_automaton()
        _automaton = automaton
    return _automaton


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


def sentences_with_any(doc, groups) -> list[set[int]]:
    """For each group of lower-case words, the indices of the sentences of `doc` that hold one of
    them whole, as sentences_with_words finds them (a word of Document.lowered_words, folded as
    case-blind patterns read it: regex_fold), from one pass over the word index for all the
    groups (one C-level look-up a word, then a binary search a word found)."""
    index = doc.lowered_words
    found: list[set[int]] = [set() for _ in groups]
    member, copied = _members(groups), False
    for word in itertools.filterfalse(str.isascii, index.distinct):
        folded = regex_fold(word)
        if folded != word and folded in member:
            if not copied:  # (the cached table is left as it is)
                member, copied = dict(member), True
            member[word] = member[folded]
    if member.keys().isdisjoint(index.distinct):  # (most records: no such word)
        return found
    words, offsets, starts = index.words, index.offsets, doc._sentence_starts
    hits = list(itertools.compress(range(len(words)), map(member.__contains__, words)))
    places = list(map(offsets.__getitem__, hits))
    ends = [sentence.end for sentence in doc.sentences]
    # the sentence of each word found, as doc.sentence_at finds it (the binary searches in C)
    for n, offset, at in zip(hits, places, map(bisect.bisect_right, itertools.repeat(starts), places)):
        at -= 1
        if at >= 0 and offset < ends[at]:
            for k in member[words[n]]:
                found[k].add(at)
    return found


_MEMBERS: dict[int, tuple[object, dict[str, tuple[int, ...]]]] = {}


def _members(groups) -> dict[str, tuple[int, ...]]:
    """word -> the indices of the groups that hold it, worked out once per tuple of groups (kept
    by identity), not once per document."""
    found = _MEMBERS.get(id(groups))
    if found is None or found[0] is not groups:
        if len(_MEMBERS) >= 64:
            _MEMBERS.clear()
        member: dict[str, tuple[int, ...]] = {}
        for k, words in enumerate(groups):
            for word in words:
                member[word] = member.get(word, ()) + (k,)
        found = _MEMBERS[id(groups)] = (groups, member)
    return found[1]


def sentences_with_literals(doc, literals) -> set[int]:
    """The indices of the sentences of `doc` whose text may hold one of `literals` (each
    occurrence in the prose counted in the sentence it starts in: str.find, or the one pass of
    `expect`ed literals, not a search of each sentence)."""
    sentence_starts = doc._sentence_starts
    return {bisect.bisect_right(sentence_starts, at) - 1 for at in occurrences(doc.prose, *literals)} - {-1}


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
