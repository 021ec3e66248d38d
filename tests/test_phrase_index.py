"""The phrase index of the evidence weighing answers exactly as a scan of its phrases would."""

from hypothesis import given, settings, strategies as st

from mtqa.lexicon.evidence import _ends_with, _Phrases, _starts_with

_WORDS = st.sampled_from(["the", "said", "news", "agency", "of", "told", "", "x"])
_TEXT = st.lists(_WORDS, max_size=5).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, max_size=8).map(tuple), _TEXT, _TEXT)
def test_index_answers_as_a_scan(phrases, starts, ends):
    index = _Phrases(phrases)
    assert index.starting(starts) == next((p for p in phrases if _starts_with(starts, p)), None)
    assert index.ending(ends) == next((p for p in phrases if _ends_with(ends, p)), None)
    short = lambda p: len(p) < 9
    assert index.first(starts, ends, short) == next(
        (p for p in phrases if (_starts_with(starts, p) or _ends_with(ends, p)) and short(p)), None
    )
