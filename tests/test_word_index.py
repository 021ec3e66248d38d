"""The word index of a record (document.WordIndex in one piece: an ASCII text lowered before
it is split, another text's runs lowered one by one) is every run of letters of
segment.LETTERS, at its offset, lower-cased."""

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
