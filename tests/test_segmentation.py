"""Sentence splitting on tricky news text: tests/data/segmentation.txt lists cases, one
expected sentence a line, cases separated by `---`; the input is the lines joined by a space."""

from __future__ import annotations

import pytest
from conftest import DATA

from mtqa.segment import sentence_spans


def _cases():
    cases, current = [], []
    for line in (DATA / "segmentation.txt").read_text("utf-8").splitlines():
        if line.strip() == "---":
            if current:
                cases.append(current)
            current = []
        elif line.startswith("#") and not current:
            continue
        elif line.strip():
            current.append(line)
    if current:
        cases.append(current)
    return cases


CASES = _cases()


def test_fixture_is_big_enough():
    assert len(CASES) >= 40


@pytest.mark.parametrize("expected", CASES, ids=[c[0][:40] for c in CASES])
def test_split_exactly_as_expected(expected):
    text = " ".join(expected)
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_paragraphs_never_merge_and_offsets_hold():
    text = "First para ends here\n\nSecond para. It has two sentences.\n"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["First para ends here", "Second para.", "It has two sentences."]


def test_unpunctuated_line_ends_a_sentence_but_wrapped_prose_does_not():
    text = ("Port reopens after three months\nThe port of Misrata reopened on Monday, officials said, "
            "after forces loyal to\nKhalifa Haftar withdrew.\nTraders welcomed the news")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Port reopens after three months",
        "The port of Misrata reopened on Monday, officials said, after forces loyal to\nKhalifa Haftar withdrew.",
        "Traders welcomed the news",
    ]


def test_automaton_iter_by_windows_finds_what_one_pass_finds():
    import random

    import ahocorasick

    from mtqa.segment import automaton_iter

    rng = random.Random(7)
    for _ in range(200):
        automaton = ahocorasick.Automaton()
        for key in {"".join(rng.choice("ab c") for _ in range(rng.randint(1, 9))) for _ in range(rng.randint(1, 30))}:
            automaton.add_word(key, (key, len(key)))
        automaton.make_automaton()
        text = "".join(rng.choice("ab c") for _ in range(rng.randint(0, 3000)))
        assert list(automaton_iter(automaton, text, rng.randint(1, 200))) == list(automaton.iter(text))


def test_word_before_as_a_walk_back():
    """_word_before (one match over the characters before a position, then a walk back for a
    longer run) gives the run a character-by-character walk back gives."""
    import random

    from mtqa import segment

    def walked(text, position):
        start = position
        while start > 0 and not text[start - 1].isspace() and text[start - 1] not in segment._OPENING:
            start -= 1
        return text[start:position]

    rng = random.Random(5)
    pieces = [c for c in map(chr, range(0x3001)) if c.isspace()] + list("\"'“‘«([¿¡ab.”»") + ["x" * 40]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for position in range(len(text) + 1):
            assert segment._word_before(text, position) == walked(text, position), (text, position)
