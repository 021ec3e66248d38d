"""Every entry of the phrase lists (TRN001 calques, SYN006 verb-object calques) fires on its
own bad sentences and stays silent on its good ones; the lists are valid and large enough."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config
from mtqa.errors import LexiconError
from mtqa.rules import get
from mtqa.rules.phrases import load_phrases

LISTS = {"TRN001": "calques.toml", "SYN006": "verb_calques.toml"}
CASES = [(rule, p) for rule, name in LISTS.items() for p in load_phrases(name)]


def _findings(rule, text):
    return [f for f in check_text(text, config=Config(select=(rule,))).findings if f.rule == rule]


def test_calque_list_is_large_and_spread():
    calques = load_phrases("calques.toml")
    assert len(calques) >= 100
    assert {p.kind for p in calques} >= {"discourse-marker", "reporting", "formula", "collocation",
                                         "time-expression", "framing"}


@pytest.mark.parametrize("rule,phrase", CASES, ids=[p.id for _, p in CASES])
def test_entry_fires_on_bad_and_not_on_good(rule, phrase):
    for sentence in phrase.bad:
        found = [f for f in _findings(rule, sentence) if f.message.startswith(phrase.message)]
        assert found, (phrase.id, sentence)
    for sentence in phrase.good:
        assert _findings(rule, sentence) == [], (phrase.id, sentence)


def test_sentence_initial_deletion_capitalises_next_word():
    found = _findings("TRN001", "He left. In his turn, the minister denied it.")
    assert [(f.text, f.suggestions[0].replacement) for f in found] == [("In his turn, the", "The")]


def test_sentence_initial_formula_mid_sentence_is_silent():
    assert _findings("TRN001", "He said that, for his part, he had no objection.") == []


def test_invalid_pattern_is_reported_with_file_and_line(monkeypatch, tmp_path):
    from importlib import resources

    bad = '[[calque]]\nid = "x"\narabic = "ا"\nmatch = "(unclosed"\nmessage = "m"\nbad = ["a"]\ngood = ["b"]\n'

    class Fake:
        def joinpath(self, _):
            return self

        def read_text(self, _):
            return bad

    monkeypatch.setattr(resources, "files", lambda _: Fake())
    with pytest.raises(LexiconError, match=r"mtqa/data/calques.toml:1: bad pattern"):
        load_phrases("calques.toml")


def test_rules_are_registered():
    assert get("TRN001").phrases and get("SYN006").phrases


def _phrase_texts(rule) -> list[str]:
    """Every example of a phrase list, in one text, as it is, upper-cased and with the letters
    case-insensitive matching pairs with i and s ("ı", "ſ", "İ"); and clean news."""
    from conftest import shared_file

    from mtqa.rules import parse_example

    examples = "\n".join([parse_example(e)[0] for p in rule.phrases for e in p.bad] + [e for p in rule.phrases for e in p.good])
    news = "\n".join(shared_file("data/clean-en/ntrex128_newstest2019-src.eng.txt").read_text("utf-8").splitlines()[:150])
    return [examples, examples.upper(), examples.replace("s", "ſ").replace("i", "ı").replace("I", "İ"), news,
            "x2the tenth of May current.\tAnd also: ‘the 20th of June current’", _WALKED]


# Phrases looked up by a later word (phrases._marker): the words before a marker are walked back
# over digits, hyphens, apostrophes, tabs and line breaks, up to a mark; several markers in a row.
_WALKED = ("the 1990s and the 2000s and the 2010s. The al-Qaeda-linked and the\tarmy’s and the\npolice's men. "
           "the a and the b and the c and the d and the e. Word, the x and the y and the z; the p (and the q and "
           "the r). It was taken from before the war; it was 4x from before the war. They arrived in Gaza and "
           "Rafah and Khan Younis. In an exclusive TV interview to Reuters, in a interview to the BBC. The "
           "refugees returned so far, 2,000 people returned so far. He spoke of Soviet model and from X type.")


def test_common_word_openings_are_looked_up_by_a_later_word():
    """A generated pattern opening with "the" and any word is looked up by " and the ", not at
    every "the"; a pattern whose part before a gap can hold a comma, or that is an alternation
    at its top level, is not walked back (a walk stops at marks)."""
    from mtqa.rules.phrases import _marker, _top_level_gaps

    rule = get("TRN001")
    index = rule._index
    walked = {rule.phrases[i].id for i in index.walks}
    assert {"and-between-every-item/2", "interview-to/1"} <= walked
    assert " the " not in index.openings and " and the " in index.openings
    assert _top_level_gaps(r"(?:in)\s+(?:a|b)\s+[x\s+]\s+?c") == [9, 19]  # (not in the class, not the lazy one)
    assert _top_level_gaps(r"the\s+x|the\s+y") == []
    phrase = rule.phrases[next(iter(index.walks))]
    comma = type(phrase)(**{**phrase.__dict__, "match": r"(?:the)\s*,\s+(?:and)\s+(?:the)\s+x"})
    assert _marker(comma, ["the "]) is None
    plain = type(phrase)(**{**phrase.__dict__, "match": r"(?:the)\s+[\w'’-]+\s+(?:and)\s+(?:the)\s+[\w'’-]+"})
    assert _marker(plain, ["the "]) == (r"(?:and)\s+(?:the)\s+[\w'’-]+", ["and the "])


@pytest.mark.parametrize("rule_id", LISTS)
def test_a_phrase_is_found_where_its_pattern_matches(rule_id):
    """The openings (phrase_keys) are in the word text wherever a phrase's pattern matches at
    the start of a word, so looking phrases up by them misses nothing."""
    import re

    from mtqa.document import Document
    from mtqa.rules.phrases import _spaces, phrase_keys, word_text
    from mtqa.segment import LETTERS

    rule = get(rule_id)
    for text in _phrase_texts(rule):
        index = Document(text).lowered_words
        starts = {offset: n for n, offset in enumerate(index.offsets)}
        joined, positions = word_text(index.words)
        for phrase in rule.phrases:
            keys = phrase_keys(phrase.match)
            if keys is None:
                continue
            for match in re.finditer(f"(?:{_spaces(phrase.match)})(?!\\w)", text, re.IGNORECASE):
                if match.start() in starts and LETTERS.match(text, match.start()):
                    at = positions[starts[match.start()]] - 1
                    assert any(joined.startswith(" " + key, at) for key in keys), (phrase.id, match.group())


@pytest.mark.parametrize("rule_id", LISTS)
def test_lookup_matches_as_trying_every_phrase_everywhere(rule_id):
    """What the automaton lookup finds is what trying every phrase at every word (a pattern
    with two-word openings only where one of them is) and every sentence start finds."""
    import re

    from mtqa.document import Document
    from mtqa.rules.phrases import _START_PREFIX, _spaces, word_text

    rule = get(rule_id)
    compiled = [re.compile(f"{_spaces(_START_PREFIX) if p.position == 'start' else ''}(?:{_spaces(p.match)})(?!\\w)",
                           re.IGNORECASE) for p in rule.phrases]
    openers = "For his part, the x. And for his part, the y. \"Also for his part, the z.\" So, in turn, the w."
    cases = [(text, None) for text in _phrase_texts(rule)] + [(openers, range(len(openers)))]  # every offset a start
    # the phrases tried at a word: those with no opening, and those with an opening whose first
    # word it is (an opening ends with a space, so its first word is a whole word of the text);
    # in list order, the first that matches wins — the same as trying every phrase there
    leads = [[lead if lead.endswith(" ") else lead + " " for lead in p.leads] for p in rule.phrases]
    anywhere, by_first_word = [], {}
    for i, phrase in enumerate(rule.phrases):
        if phrase.position == "start" or phrase.anchor:
            continue
        if not leads[i]:
            anywhere.append(i)
        for lead in leads[i]:
            by_first_word.setdefault(lead.split(" ", 1)[0], set()).add(i)
    for text, sentence_starts in cases:
        doc = Document(text)
        index, sentence_starts = doc.lowered_words, list(sentence_starts or (s.start for s in doc.sentences))
        joined, positions = word_text(index.words)
        found = []
        for n, offset in enumerate(index.offsets):
            word = joined[positions[n] : joined.find(" ", positions[n])]
            for i in sorted(by_first_word.get(word, set()).union(anywhere)):
                if leads[i] and not any(joined.startswith(" " + lead, positions[n] - 1) for lead in leads[i]):
                    continue
                if match := compiled[i].match(text, offset):
                    found.append((match.start(), match.end(), i))
                    break
        for start in sentence_starts:
            for i, phrase in enumerate(rule.phrases):
                if phrase.position == "start" and (match := compiled[i].match(text, start)):
                    found.append((match.start(), match.end(), i))
                    break
        for i, phrase in enumerate(rule.phrases):
            if phrase.anchor == "(":
                found += [(m.start(), m.end(), i) for s in re.finditer(r"\(", text)
                          if (m := compiled[i].match(text, s.start()))]
            elif phrase.anchor == "digit":
                found += [(m.start(), m.end(), i) for s in re.finditer(r"(?<![\w.,])\d", text)
                          if (m := compiled[i].match(text, s.start()))]
        found.sort(key=lambda item: (item[0], item[2]))
        kept, last_end = [], -1
        for item in found:
            if item[0] >= last_end:
                kept.append(item)
                last_end = item[1]
        assert rule.matches(doc.prose, sentence_starts, index) == kept


@pytest.mark.parametrize("rule_id", LISTS)
def test_openings_looked_up_as_the_automaton_finds_them(rule_id):
    """A short text's openings looked up in the dictionary at each word are the pairs the
    automaton yields, in its order (the phrase lists' own examples, and random word texts)."""
    import random

    from mtqa.document import Document
    from mtqa.rules.phrases import _automaton, word_text
    from mtqa.segment import automaton_iter

    index = get(rule_id)._index
    automaton = _automaton(index.openings)
    examples = _phrase_texts(get(rule_id))[0].splitlines()
    vocabulary = sorted({w for line in examples for w in Document(line).lowered_words.words})
    rng = random.Random(5)
    texts = examples + [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 30))) for _ in range(500)]
    found = 0
    for line in texts:
        text = word_text(Document(line).lowered_words.words)[0]
        expected = list(automaton_iter(automaton, text))
        found += bool(expected)
        assert index._looked_up(text) == expected, line
    assert found > 50  # (the texts do hold openings)


@pytest.mark.parametrize("rule_id", LISTS)
def test_a_start_reads_the_index_without_making_the_phrases(rule_id):
    """Once stored, the index is read back by the data files' text alone: a run whose text
    matches no phrase never makes the list's 1,300 phrases (a tenth of mtqa's start)."""
    from mtqa.document import Document

    type(get(rule_id))()._index  # (stored)
    fresh = type(get(rule_id))()
    assert fresh._index.openings == get(rule_id)._index.openings
    assert list(fresh.check(Document("Zzz qqq."), None)) == []
    assert "phrases" not in vars(fresh)
