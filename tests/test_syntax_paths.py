"""The syntax rules' shortcuts give what the plain computation gives: SYN002's candidate
positions find every match finditer finds, SYN004's verb-form set is its predicate."""

from __future__ import annotations

import random

from mtqa.rules import syntax


def test_doubled_verb_matches_are_finditers():
    rule = syntax.RedundantReportingVerb()
    verbs = syntax.words()["reporting_verbs"]
    pieces = [*verbs, *(v.upper() for v in verbs), "saying", "SAYING", "ſaying", ",", ", ", " ", "\n", "\t",
              "\u00a0", "  ", "warned, warning", "listed, listing", "ed, ", "d, ", "ing", "x", "_", "7", "é",
              "pointed  out saying", "went\non,\n saying", "said, saying"]
    rng = random.Random(12)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    texts += ["The spokesman added, saying that the army would respond. He warned, warning of more.",
              "saying", "d, ding", "", "Pointed   out,  saying it."]
    for text in texts:
        assert [(m.span(), m.groups()) for m in rule._matches(text)] == [
            (m.span(), m.groups()) for m in rule.pattern.finditer(text)], text


def test_news_verb_forms_are_the_predicate():
    """SYN004's pre-test set: the -s forms of the listed news verbs (data/syntax.toml) and the reporting verbs."""
    words = ["approves", "carries", "pushes", "goes", "says", "stresses", "ties", "lies", "xies", "s", "es",
             "announce", "closes", "opens", "cuts", "watches", "fixes", "buzzes", "vetoes", "a1s", "hold's"]
    words += [verb + end for verb in syntax._listed_news_verbs() for end in ("s", "es", "ies", "d")]
    words += [verb[:-1] + "ies" for verb in syntax._listed_news_verbs()]
    for word in words:
        expected = (word.endswith("s") and word.isalpha()
                    and (syntax._verb_base(word) in syntax._listed_news_verbs() or word in syntax._REPORTING_S))
        assert (word in syntax._s_forms()) == expected, word


def test_past_times_match_as_the_plain_alternation():
    import re

    items = syntax.words()["past_adverbials"]
    plain = re.compile(rf"\b(?:{syntax._alternation(items)})\b", re.IGNORECASE)
    fast = syntax._past_adverbial()
    assert fast.pattern.startswith("[")  # the letter-class form
    pieces = [*items, *(i.upper() for i in items), *(i.title() for i in items), " ", "\n", "\t  ", "x", "1", "_",
              "'s", "-", "ago", "AGO", "Yesterday's", "lastweek", "ſ", "K", "é", ".", "the past"]
    rng = random.Random(4)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(4000)]
    texts += ["He left two years ago, and last  week the previous\nday.", "xlast week", "last weekend", ""]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_two_case_letters_match_only_their_cases():
    import re
    import sys

    every = "".join(map(chr, range(sys.maxunicode + 1))).replace("\n", "")
    for letter in syntax._TWO_CASES:
        assert set(re.findall(letter, every, re.IGNORECASE)) == {letter, letter.upper()}, letter


def test_weekday_pattern_is_the_plain_one():
    import re

    plain = re.compile(rf"(?i:\bon[ \t]+(?:{syntax._WEEKDAYS})\b(?!s\b|'|’))")
    pieces = ["on", "ON", "On", " ", "\t", "\n", "Sunday", "MONDAY", "fridays", "'s", "’", "x", "_", "1", "ön", "s"]
    rng = random.Random(5)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(4000)]
    for text in texts:
        assert ([m.span() for m in syntax._ON_WEEKDAY.finditer(text)]
                == [m.span() for m in plain.finditer(text)]), text
