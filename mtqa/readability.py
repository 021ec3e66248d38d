"""Readability figures for a document and its longest sentences: Flesch reading ease and
Flesch-Kincaid grade, counted exactly as textstat 0.7 counts them for en_US (tests compare
the figures with textstat's), without importing textstat (which imports nltk):

- words: the text without punctuation (apostrophes of contractions kept), split on space;
- sentences: runs of text up to . ! or ?, those of two words or fewer not counted (at least 1);
- syllables: from the CMU pronouncing dictionary, else from the en_US hyphenation patterns
  (hyphenation points + 1), see mtqa.resources and mtqa.hyphenation.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from itertools import filterfalse, islice

from mtqa.document import Document
from mtqa.segment import chunks

LONGEST = 3
_TEXT = operator.attrgetter("text")

_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_WORDY_TOKEN = re.compile(r"(?<!\S)[^\s\w]*+\w")  # the start of a token that has a word character
# three tokens (split on whitespace) that start with a letter or digit (isalnum: \w but "_"), from
# a sentence's start (a word character: _SENTENCE starts at \b): counted, as _sentences finds
_THREE_WORDY_TOKENS = re.compile(r"[^\W_]\S*+\s+[^\W_]\S*+\s+[^\W_]")


def _without_punctuation(text: str) -> str:
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text))


def _words(text: str) -> list[str]:
    return _without_punctuation(text).split()


def _sentences(text: str) -> int:
    if not text:
        return 0
    found = ignored = 0
    for match in _SENTENCE.finditer(text):  # (one at a time: no list of every sentence)
        found += 1
        if _THREE_WORDY_TOKENS.match(text, match.start(), match.end()):
            continue  # (most sentences: the test below, in the text, no string of the sentence made)
        sentence = match.group()
        tokens = sentence.split(None, 3)
        if len(tokens) < 3:
            ignored += 1  # two tokens or fewer: two words or fewer (removing marks splits no token)
            continue
        if tokens[0][0].isalnum() and tokens[1][0].isalnum() and tokens[2][0].isalnum():
            continue  # three tokens that start with a letter or digit (\w): three wordy tokens
        # three tokens with a letter or digit stay three words: only other sentences are counted out
        if len(list(islice(_WORDY_TOKEN.finditer(sentence), 3))) < 3 and len(_words(sentence)) <= 2:
            ignored += 1
    return max(1, found - ignored)


_SHORT = 4096  # characters: flesch counts a shorter text's words without a Counter
_LONGEST_WORD = 64  # longer "words" are not hyphenated (hostile input: 512 KB without a space)


class _Syllables:
    """Syllable counts of lower-case words, remembered for the run; without the CMU
    dictionary (`use_dictionary(False)`) by hyphenation alone."""

    def __init__(self):
        self.known: dict[str, int] = {}
        self.dictionary = True

    def use_dictionary(self, available: bool) -> None:
        if available != self.dictionary:
            self.known, self.dictionary = {}, available

    def __call__(self, word: str) -> int:
        count = self.known.get(word)
        if count is None:
            self.learn([word])
            count = self.known[word]
        return count

    def learn(self, words) -> None:
        """Count the syllables of `words` (not known yet), in one loop."""
        from mtqa import hyphenation, resources

        known, points = self.known, hyphenation.points
        in_cmudict = resources.syllables_in_cmudict if self.dictionary else lambda word: None
        for word in words:
            count = in_cmudict(word)
            if count is None and len(word) > _LONGEST_WORD:
                count = len(word) // 3  # not a word (a run of marks, a URL): about 3 letters a syllable
            elif count is None:
                count = points(word) + 1
            known[word] = count


_syllables = _Syllables()
use_dictionary = _syllables.use_dictionary  # engine.run: whether the CMU dictionary is there


def flesch(text: str) -> tuple[float, float]:
    """(Flesch reading ease, Flesch-Kincaid grade) of `text`, unrounded; (0.0, 0.0) when
    it has no words or no syllables."""
    known = _syllables.known
    if len(text) <= _SHORT:  # a record: its words as they come (no table of distinct words)
        spelt = _without_punctuation(text).lower().split()
        words = len(spelt)
        if not words:
            return 0.0, 0.0
        new = set(filterfalse(known.__contains__, spelt))  # new words (a C-level filter)
        if new:  # (in a long run of records, most have none)
            _syllables.learn(new)
        syllables = sum(map(known.__getitem__, spelt))
    else:
        # the distinct tokens, counted a piece at a time, then each cleaned and lower-cased once
        # (neither removing marks nor lower case crosses or makes whitespace: a token gives one
        # word or none, the same as in the whole text)
        tokens = Counter()
        for piece in chunks(text):
            tokens.update(piece.split())
        cleaned = _without_punctuation("\n".join(tokens)).lower().split("\n")  # one line a token
        spellings = Counter()
        for word, count in zip(cleaned, tokens.values()):
            if word:
                spellings[word] += count
        words = sum(spellings.values())
        if not words:
            return 0.0, 0.0
        _syllables.learn(list(filterfalse(known.__contains__, spellings)))  # new words (a C-level filter)
        syllables = sum(map(operator.mul, map(known.__getitem__, spellings), spellings.values()))
    per_sentence = words / _sentences(text)
    per_word = syllables / words
    if per_sentence == 0 or per_word == 0:
        return 0.0, 0.0
    return 206.835 - 1.015 * per_sentence - 84.6 * per_word, (0.39 * per_sentence) + (11.8 * per_word) - 15.59


def measure(doc: Document) -> dict:
    """Flesch reading ease and Flesch-Kincaid grade of the document, and its longest sentences."""
    if not doc.words:
        return {"flesch_reading_ease": None, "flesch_kincaid_grade": None, "longest_sentences": []}
    prose = doc.prose
    ease, grade = flesch(prose)
    longest = _longest(doc.sentences)
    ease_of = lambda text: ease if text == prose else flesch(text)[0]  # a one-sentence record: once
    return {
        "flesch_reading_ease": round(float(ease), 1),
        "flesch_kincaid_grade": round(float(grade), 1),
        "longest_sentences": [
            {
                "start": s.start,
                "end": s.end,
                "line": doc.text.count("\n", 0, s.start) + 1,  # (as line_column: no table of every line start)
                "words": len(s.text.split()),
                "flesch_reading_ease": round(float(ease_of(s.text)), 1),
            }
            for s in longest
        ],
    }


def _longest(sentences) -> list:
    """The LONGEST sentences by words (whitespace-separated), ties to the first: the same as
    sorting all of them by (-words, start), with only the longest in characters split (a
    sentence of n characters has at most (n + 1) // 2 words)."""
    if len(sentences) == 1:
        return list(sentences)  # (a record of one sentence)
    best: list[tuple[int, int, object]] = []  # (-words, start, sentence), the longest so far
    lengths = list(map(len, map(_TEXT, sentences)))  # (the sort's keys made in C)
    for sentence in map(sentences.__getitem__, sorted(range(len(sentences)), key=lengths.__getitem__, reverse=True)):
        if len(best) == LONGEST and (len(sentence.text) + 1) // 2 < -best[-1][0]:
            break  # neither this sentence nor a shorter one has as many words as the last kept
        best.append((-len(sentence.text.split()), sentence.start, sentence))
        best = sorted(best, key=lambda item: item[:2])[:LONGEST]
    return [sentence for _, _, sentence in best]
