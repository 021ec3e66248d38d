"""The word index of a record (document.WordIndex in one piece: segment.letter_runs, or for a
text mostly outside ASCII a split by LETTERS) and of a long text (a piece at a time) is every
run of letters of segment.LETTERS, at its offset, lower-cased."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa import segment
from mtqa.document import WordIndex

_ASCII = st.text(st.sampled_from("aZq_9 .,'-\n\tIST"), max_size=60) | st.text(st.characters(max_codepoint=127), max_size=60)
_ANY = st.text(st.sampled_from("aZ_9 .'\u0130\u00dfé\u0131\u212a\u0645\u02b0\u1e9e\u01c5"), max_size=40)


def _expected(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group().lower()) for m in segment.LETTERS.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(_ASCII | _ANY)
def test_record_index_is_every_letter_run_lowered(text):
    index = WordIndex(text)
    assert list(index) == _expected(text)
    assert index.distinct == {word for _, word in _expected(text)}


def test_news_lines_and_odd_letters():
    for text in ("The U.S. envoy met Abu_Bakr al-Baghdadi's aide in 2019, AFP said.", "İstanbul KELVIN ǅemal ßtraße",
                 "x9y z_w 3rd", ""):
        assert list(WordIndex(text)) == _expected(text)


# Mostly ASCII with a few odd characters (letters outside ASCII, a digit of another script,
# a pound sign, a stand-in's own byte "ÿ"), as news is: segment.letter_runs's own path.
_SPARSE = st.lists(st.text(st.sampled_from("aZq_9 .,'-\n\tIST"), min_size=20, max_size=40)
                   | st.sampled_from(["é", "\u0130", "\u212a", "\u0663", "£", "ÿ", "\u01c5", "½", "ß"]),
                   max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(_SPARSE, st.integers(0, 9))
def test_letter_runs_are_the_letter_runs_lowered(text, base):
    expected = _expected(text)
    found = segment.letter_runs(text, base)
    if found is None:  # (a text mostly outside ASCII)
        assert sum(not c.isascii() for c in text) * 16 > len(text)
    else:
        assert list(zip(*found)) == [(base + start, word) for start, word in expected]


def test_a_long_text_is_indexed_a_piece_at_a_time_as_a_record_is():
    line = "In 2019, the 3rd envoy of İstanbul met Abu_Bakr al-Baghdadi’s aide (x9y) for £5 and 20th-century art.\n"
    text = line * 2000  # (more than one piece of segment.chunks)
    assert list(WordIndex(text)) == _expected(text)
    assert list(WordIndex(text, len(line), 5 * len(line))) == [(s, w) for s, w in _expected(text)
                                                               if len(line) <= s < 5 * len(line)]


def _digit_words(text: str) -> list[int]:
    """Where each \\w+ run holding a digit or "_" starts, by the regex."""
    import re

    return sorted({m.start() for m in re.finditer(r"\w+", text) if re.search(r"[\d_]", m.group())})


@settings(max_examples=500, deadline=None)
@given(_SPARSE | st.text(st.sampled_from("a1_ ,.x٣²"), max_size=30))
def test_digit_scans_find_what_their_patterns_find(text):
    """segment.digit_word_starts and number_starts (TYP006's and TRN001's scans for numbers)."""
    import re

    for found, expected in ((segment.digit_word_starts(text), _digit_words(text)),
                            (segment.number_starts(text), [m.start() for m in re.finditer(r"(?<![\w.,])\d", text)])):
        assert found is None or found == expected


def test_doubled_words_with_digits_are_found_as_a_whole_scan_finds_them():
    from mtqa.document import Document
    from mtqa.rules import get

    rule = get("TYP006")
    text = "In 2019 2019, the x_1 x_1 and 3rd 3rd men; 5 5 boats, 1,500 1,500 tons\nand ½ ½ cups. " * 3
    doc = Document(text)
    assert [m.span() for m in rule._matches(doc)] == [m.span() for m in rule.pattern.finditer(doc.prose)]
    assert len(list(rule._matches(doc))) >= 15


def test_word_positions_are_every_index_of_the_word():
    words = ["the", "x", "of", "the", "the", "of"]
    assert segment.word_positions(words, "the") == [0, 3, 4]
    assert segment.word_positions(words, "of") == [2, 5]
    assert segment.word_positions(words, "zz") == []


def test_words_doubled_across_a_link_are_found_as_a_whole_scan_finds_them():
    from mtqa.document import Document
    from mtqa.rules import get

    rule = get("TYP006")
    text = ("clear and clear, negligence, negligence. progress. progress or progress and and "
            "talks or talks; the and the or the x. Sense and sense") * 2
    doc = Document(text)
    found = [m.span() for m in rule._joined_matches(doc)]
    assert found == [m.span() for m in rule.joined.finditer(doc.prose) if not m.start() or not doc.prose[m.start() - 1].isalnum()]
    assert len(found) >= 8


_JOINED = st.lists(st.text(st.sampled_from("aZq_9 .,'-’\n\tIST"), min_size=10, max_size=30)
                   | st.sampled_from(["é", "\u0301", "\u0663", "’", "ÿ", "--", "'’", "_-_"]), max_size=12).map("".join)


@settings(max_examples=800, deadline=None)
@given(_JOINED | _SPARSE | _ANY)
def test_word_count_is_what_word_finds(text):
    """segment.count_words counts runs of word characters less the joiners inside words: the
    number of WORD matches, on the fast path (mostly ASCII) and off it."""
    assert segment.count_words(text) == len(segment.WORD.findall(text))


def test_word_count_of_a_long_text_and_of_joined_words():
    line = "Al-Baghdadi’s aide--a 20th-century man's son - said 3,500 o'clock x_y é\u0301 ’tis ab-’cd.\n"
    assert segment.count_words(line) == len(segment.WORD.findall(line)) == 15
    text = line * 2000  # (more than one piece of segment.chunks)
    assert segment.count_words(text) == 2000 * 15
