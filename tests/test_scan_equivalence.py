"""The scan shortcuts rules use instead of a whole-text finditer find the same matches: random
texts made of the pieces the patterns care about, compared with finditer itself."""

from __future__ import annotations

import random

import pytest

from mtqa import scan
from mtqa.rules import marks, resumptive


def _texts(pieces, count=4000, seed=7):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(pieces) + rng.choice(("", " ", " ", "\t", "  ")) for _ in range(rng.randint(1, 16)))


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_title_case_links_as_finditer():
    pieces = ["Minister", "Ministry", "Minister-General", "Of", "For", "And", "Office", "Forces", "Andes", "the",
              "x", ",", "Bank", "America", "Peace", "\n", "e", "-", "Council"]
    found = 0
    for text in _texts(pieces):
        expected = _spans(marks._TITLE_CASE_LINK.finditer(text))
        found += bool(expected)
        assert _spans(scan.before_spaced_literals(marks._TITLE_CASE_LINK, text, marks._LINKS,
                                                  marks._LINKED_LONGEST)) == expected, text
    assert found > 100  # (the texts do hold matches)


def test_resumptive_pattern_at_its_literals_as_finditer():
    rng = random.Random(11)
    choices = (["the bridge", "a truck", "somewhat", "thatch"], ["which", "whom", "that", "Which", "whichever"],
               ["the engineers", "Ali Hassan", "they", "the army of"], ["repaired", "had attacked", "released", "x"],
               ["it", "them", "him", "her", "its"], [".", " on Sunday", ",", " last year", " and"])
    pattern = resumptive._pattern()
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choice(options) for options in choices for _ in range(rng.choice((1, 1, 1, 2))))
        expected = _spans(pattern.finditer(text))
        found += bool(expected)
        assert _spans(scan.at_literals(pattern, text, ("which", "whom", "that"))) == expected, text
    assert found > 100


@pytest.mark.parametrize("text", ["", "Of", " Of Peace", "\t\tFor Peace", "Ministry Of Peace", "x" * 50 + " Of Peace"])
def test_title_case_links_edges(text):
    assert _spans(scan.before_spaced_literals(marks._TITLE_CASE_LINK, text, marks._LINKS, marks._LINKED_LONGEST)) \
        == _spans(marks._TITLE_CASE_LINK.finditer(text))


def test_romanised_heads_at_their_literals_as_finditer():
    from mtqa.rules import get
    from mtqa.document import Document
    from mtqa.rules import language
    from mtqa.rules.language import romanised_heads

    rule = get("LNG003")
    heads = romanised_heads()
    rng = random.Random(5)
    choices = (["the", "xDiwan", "-", ""], sorted(heads) + ["Diwanx", "diwan"], ["", "Royal", "al"],
               ["al-Malaki", "al-", "al-Amiri's", "Al-Sham", "al-x"], ["", "-", ".", " met"])
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choice(options) for options in choices for _ in range(rng.choice((1, 1, 2))))
        expected = _spans(rule.head_pattern.finditer(text))
        found += bool(expected)
        assert _spans(scan.at_literals(rule.head_pattern, text, heads)) == expected, text
        words = set(Document(text).lowered_words.words)
        for match in rule.head_pattern.finditer(text):  # the word test that skips a head rightly
            assert dict(language._head_words())[match.group(1)] in words, text
    assert found > 100


def test_line_starts_with_a_needle_as_finditer():
    from mtqa.rules.names import _DATELINE_SOURCE
    from mtqa.segment import at_line_starts

    rng = random.Random(2)
    choices = ([" ", "", "\t", "x "], ["Aden", "Sanaa", "the", "Al-Ayyam Mukalla"], [" ", "", "  "],
               ["(The Days)", "(AFP)", "(", "((", "(Al Ayyam Post)", ")"], [" ", ""], ["-", "—", ":", "x"],
               [" text", " (more) - ", "\n", ""])
    found = 0
    for _ in range(3000):
        text = "\n".join("".join(rng.choice(options) for options in choices) for _ in range(rng.randint(1, 4)))
        expected = _spans(_DATELINE_SOURCE.finditer(text))
        found += bool(expected)
        assert _spans(at_line_starts(_DATELINE_SOURCE, text, "(")) == expected, text
        assert _spans(at_line_starts(_DATELINE_SOURCE, text)) == expected, text
    assert found > 100


def test_lowercase_words_from_the_joined_pieces():
    from mtqa.document import Document
    from mtqa.rules.names import _LOWER_WORD, _compute_lowercase_words

    for text in _texts(["the", "army", "Army", "x", "al-Sham", "don't", "U.S.", "ab1", "état", "c'est", "\n", "-"], 500):
        assert _compute_lowercase_words(Document(text)) == frozenset(
            w for piece in text.split() for w in _LOWER_WORD.findall(piece)), text


def test_capital_countries_as_finditer():
    from mtqa.rules.name_forms import _CAPITAL_COUNTRY, _capital_countries

    rng = random.Random(4)
    choices = (["", "x", "in", "At", "."], ["the", "The", "athe", "THE", "the  "], ["", "Moroccan", "Libyan  ", "x", "Économic"],
               ["capital", "capitals", "Capital", "capital,", "capital,  "], ["Rabat", "Tripoli Port", "rabat", "Rabat2", ""],
               ["", ".", " Road"])
    found = 0
    for _ in range(4000):
        text = rng.choice((" ", "\t", "  ")).join(rng.choice(options) for options in choices for _ in range(rng.choice((1, 1, 2))))
        expected = _spans(_CAPITAL_COUNTRY.finditer(text))
        found += bool(expected)
        assert _spans(_capital_countries(text)) == expected, text
    assert found > 50


def test_domain_first_as_finditer():
    from mtqa.rules.translated_names import _DOMAIN_FIRST, _domain_first

    rng = random.Random(6)
    choices = (["", "x", "the", "(", "a2", "é"], ["Elections", "Investment", "elections", "ElectionsX", "McDonald", "Élections"],
               ["National", "Supreme", "High", "Higher", "national", "Central,"], ["", "National", "Independent", "Public"],
               ["Commission", "Authority", "Commissions", "Authority-", "Council", "x"], ["", ".", " of"])
    found = 0
    for _ in range(4000):
        text = rng.choice((" ", " ", "  ", "")).join(rng.choice(options) for options in choices for _ in range(rng.choice((1, 1, 2))))
        expected = _spans(_DOMAIN_FIRST.finditer(text))
        found += bool(expected)
        assert _spans(_domain_first(text)) == expected, text
    assert found > 50


def test_literals_in_keeps_every_literal_a_text_holds():
    from mtqa.document import Document

    literals = ["the newspaper ", "The daily ", "Gen.", "Mr", "President", "Staff Team", "Daughter of ", "x9y ",
                "'s Dawn", "co-op ", "the \"", "état ", "al-Sham "]
    rng = random.Random(8)
    pieces = ["the", "The", "newspaper", "daily", "Gen.", "Mr.", "President", "Presidential", "Staff", "Team", "Daughter",
              "of", "x9y", "'s", "Dawn", "co-op", "\"", "état", "al-Sham", "xthe", "Mr2", "-", "\n"]
    for text in _texts(pieces, 3000, seed=8):
        kept = set(scan.literals_in(literals, Document(text).lowered_words.distinct))
        for literal in literals:
            if literal in text:  # a literal the text holds is never left out
                assert literal in kept, (literal, text)


def test_titled_and_outlet_openings_as_finditer():
    from mtqa.document import Document
    from mtqa.rules.names import _HEAD_FIRST, _HEAD_FIRST_OPENINGS
    from mtqa.rules.unseen_spellings import _TITLE_LITERALS, _TITLED

    rng = random.Random(9)
    choices = (["the", "The", "xthe", "Former"], ["newspaper", "official", "President", "Mr.", "Gen.", "envoy", "Sheikh"],
               ["daily", "Grundbergg", "Alimi", "Hope", "\"Dawn\"", "Mr"], ["reported", "said", ".", ",", "Al-Ahram"])
    found = 0
    for _ in range(3000):
        text = rng.choice((" ", "  ", "\t")).join(rng.choice(options) for options in choices for _ in range(rng.choice((1, 1, 2))))
        words = Document(text).lowered_words.distinct
        for pattern, literals in ((_TITLED, _TITLE_LITERALS), (_HEAD_FIRST, _HEAD_FIRST_OPENINGS)):
            expected = _spans(pattern.finditer(text))
            found += bool(expected)
            assert _spans(scan.at_literals(pattern, text, scan.literals_in(literals, words, starts_word=True))) == expected, text
    assert found > 100


def test_ranks_after_the_as_finditer():
    from mtqa.document import Document
    from mtqa.rules.translated_names import _RANK_THE, _ranks_after_the

    rng = random.Random(12)
    choices = (["the", "The", "xthe", "of"], ["Major", "Dean", "Staff Team", "Team", "Majors", "Brigadier", "Judge"],
               ["Ahmed", "ahmed", "Yahya-Saree", "Al"], ["al-Mismari", "Saree", "bin Zayed", "", "."])
    found = 0
    for _ in range(3000):
        text = rng.choice((" ", "  ", "\t")).join(rng.choice(options) for options in choices for _ in range(rng.choice((1, 1, 2))))
        expected = _spans(_RANK_THE.finditer(text))
        found += bool(expected)
        assert _spans(_ranks_after_the(text, Document(text).lowered_words.distinct)) == expected, text
    assert found > 100


# Patterns rewritten to open with a literal or a small set (a word boundary or look-behind tested
# after it): the scan skips to those characters instead of trying the pattern everywhere.
_REOPENED = [
    (r"\bwhose[ \t]+(his|her|its|their)\b", "resumptive", "_WHOSE", 0),
    (r"\b(?:which|who)[ \t]+(it|he|she|they)[ \t]+(?:was|were|is|are|has[ \t]+been|have[ \t]+been|had[ \t]+been|"
     r"will[ \t]+be)[ \t]+([a-z]{3,20})\b(?![ \t]+(?:to|of|about)\b)"
     r"(?![ \t]+(?:in|on|at|for|with|by|from|into|over|under)[ \t]*(?:[.,;:)?!]|(?:was|were|is|are|has|have|had|will|would|and|but)\b))",
     "resumptive", "_PASSIVE", 0),
    (r"(?<![\w.,])\d", "phrases", "_NUMBER_START", 0),
    ("saying", "syntax", "_SAYING", 2),  # (re.IGNORECASE)
]


@pytest.mark.parametrize("source, module, name, flags", _REOPENED, ids=[name for _, _, name, _ in _REOPENED])
def test_reopened_patterns_as_written_before(source, module, name, flags):
    import importlib
    import re

    rewritten = getattr(importlib.import_module(f"mtqa.rules.{module}"), name)
    original = re.compile(source, flags)
    pieces = ["whose", "his", "which", "who", "whom", "it", "they", "was", "has been", "damaged", "hired", "to", "in",
              ".", ",", "saying", "SAYING", "Saying", "ſaying", "sayings", "x", "_", "2", "2.5", "1,200", "a2", "٣",
              "Which", "awhich", "whose-", "\n", "whose his", "which it was damaged", "who they were hired"]
    found = 0
    for text in _texts(pieces, count=6000, seed=13):
        expected = _spans(original.finditer(text))
        found += bool(expected)
        assert _spans(rewritten.finditer(text)) == expected, text
    assert found > 50


def test_locative_runs_at_their_words_as_finditer():
    from mtqa.document import Document
    from mtqa.rules import translated_names as tn

    pieces = ["in", "In", "into", "of", "of the", "the", "to", "at", "near", "reached", "Oleander", "Spring", "Dates",
              "Monastery", "Valley", "x", ",", "-", "'s", "2in", "_in", "main", "Of", "\n", "Spring's", "é"]
    found = 0
    for text in _texts(pieces, count=4000, seed=5):
        expected = _spans(tn._LOCATIVE_RUN.finditer(text))
        found += bool(expected)
        assert _spans(tn._locative_runs(Document(text))) == expected, text
    assert found > 100


_AT_THEIR_MARKS = [
    ("syntax", "_QUOTED", "_quotations", ['"', "“", "”", "talks fail", "x", "\n", "'", "a b c d", '""', "“”"], 9),
    ("romanised_shape", "_AYN_MARK", "_ayn_marks", ["ta", "'", "’", "ʿ", "ʾ", "awun", "mas", "ul", "x", "AB", "abc", "''", "\n"], 3),
]


@pytest.mark.parametrize("module, pattern, shortcut, pieces, seed", _AT_THEIR_MARKS, ids=[row[2] for row in _AT_THEIR_MARKS])
def test_patterns_tried_at_their_marks_as_finditer(module, pattern, shortcut, pieces, seed):
    """SYN004's quotations tried at the opening quote marks, LNG004's ayn marks at the four marks."""
    import importlib

    rules = importlib.import_module(f"mtqa.rules.{module}")
    found = 0
    for text in _texts(pieces, count=4000, seed=seed):
        expected = _spans(getattr(rules, pattern).finditer(text))
        found += bool(expected)
        assert _spans(getattr(rules, shortcut)(text)) == expected, text
    assert found > 100


def test_speakers_tried_at_their_verbs_as_finditer():
    """NAM002's surnames before a verb of speech, tried only where " said", " told"… read back."""
    from mtqa.rules import unseen_spellings as us

    pieces = ["Tebboun", "Al-Mikaty", "el-Sisi", "al-", "Abc", "Mikaty's", "office's", "’s", "'s", "office", "said",
              "told", "saidx", "says", "x", "Xsaid", "-", "\n", "é", "Ahmedé", "officeé", "Later", "A", "aid"]
    found = 0
    for text in _texts(pieces, count=4000, seed=13):
        expected = _spans(us._SPEAKER.finditer(text))
        found += bool(expected)
        assert _spans(scan.tried_at(us._SPEAKER, text, us._speaker_starts(text))) == expected, text
    assert found > 100


def test_epithets_at_their_openings_as_finditer():
    """NAM010's epithets before a name, tried only where an epithet (after "the") opens."""
    from mtqa.rules import honorifics

    pattern, _ = honorifics._epithets()
    pieces = ["the", "The", "bathe", "Honourable", "honourable", "Noble", "noble", "Azhar", "al-Azhar", "Al-", "Abc",
              "Nobles", "x", "-", "\n", "é", "Mecca", "Radiant", "the Noble", "THE", "'s"]
    found = 0
    for text in _texts(pieces, count=4000, seed=17):
        expected = _spans(pattern.finditer(text))
        found += bool(expected)
        assert _spans(scan.at_literals(pattern, text, honorifics._epithet_openings())) == expected, text
    assert found > 100


def test_state_places_at_their_opening_as_finditer():
    """NAM008's "the state of <town>", tried only where "the state of " occurs."""
    from mtqa.rules import place_meanings as pm

    pieces = ["the state of", "the", "state", "of", "bathe", "The state of", "Ibri", "Oran", "Ibri's", "al-", "x",
              "-", "\n", "é", "Abcé", "statehood", "Nizwa"]
    found = 0
    for text in _texts(pieces, count=4000, seed=19):
        expected = _spans(pm._STATE.finditer(text))
        found += bool(expected)
        assert _spans(scan.at_literals(pm._STATE, text, pm._STATE_OPENING)) == expected, text
    assert found > 100


def test_expected_literals_of_a_long_text_as_str_find():
    """In a long text, the literals rules declare (scan.expect) are found in one automaton pass:
    the same offsets as str.find gives (overlapping ones for occurrences, each after the last
    for near_literals), and a literal no rule declares is searched for as before."""
    import re

    literals = ("aa", "aba", "Mr", "the ", "he t", "x of ")
    saved = list(scan._EXPECTED)
    try:
        scan.expect(literals)
        rng = random.Random(5)
        text = "".join(rng.choice(("a", "b", "aa", "ab", "Mr ", "the ", "he ", "t", "x of ", "\n", "é"))
                       for _ in range(scan.LONG_TEXT // 2))
        assert len(text) >= scan.LONG_TEXT
        for literal in (*literals, "ba"):  # ("ba": declared by no rule)
            expected, at = [], text.find(literal)
            while at >= 0:
                expected.append(at)
                at = text.find(literal, at + 1)
            assert list(scan.occurrences(text, literal)) == expected, literal
            assert (scan._indexed(text, literal) is None) == (literal == "ba")
        pattern = re.compile(r"(?:th)?e t|a+b?a")
        plain = []
        for needle in ("he t", "aa", "aba"):
            at = text.find(needle)
            while at >= 0:
                plain.append(at)
                at = text.find(needle, at + len(needle))
        found = [m.span() for m in scan.near_literals(text, ("he t", "aa", "aba"), pattern, 2)]
        assert len(found) > 100 and len({a for a in plain}) >= len(found)
        scan._last[:] = None, None, None  # (the same text searched afresh with str.find alone)
        saved_expected, scan._EXPECTED[:] = list(scan._EXPECTED), []
        scan._automaton = None
        assert [m.span() for m in scan.near_literals(text, ("he t", "aa", "aba"), pattern, 2)] == found
        scan._EXPECTED[:] = saved_expected
    finally:
        scan._EXPECTED[:] = saved
        scan._automaton = None
        scan._last[:] = None, None, None


def test_the_name_rules_declare_every_literal_they_look_for():
    """Every literal a NAM rule looks for in a long text is found by the one pass (scan.expect):
    the name rules' examples, repeated into a long text, ask for no literal it lacks."""
    from mtqa.document import Document
    from mtqa.rules import all_rules, check_one, parse_example

    rules = [rule for rule in all_rules() if rule.id.startswith("NAM")]
    examples = [parse_example(text)[0] for rule in rules for text in (*rule.bad, *rule.good)]
    text = "\n".join(examples)
    text = "\n".join([text] * (scan.LONG_TEXT // len(text) + 1))
    alone, indexed = [], []
    plain_alone, plain_index = scan._searched_alone, scan._index

    def index(prose):
        indexed.append(prose is text)
        return plain_index(prose)

    scan._searched_alone, scan._index = alone.append, index
    try:
        doc = Document(text=text)
        for rule in rules:
            check_one(rule, doc)
    finally:
        scan._searched_alone, scan._index = plain_alone, plain_index
    assert sum(indexed) > 20  # (the rules did look for literals in the long text)
    assert not alone, "declare them with scan.expect"


def test_arab_context_words_as_the_search():
    """arab_context's word test (no word of _ARAB_CONTEXT_WORDS: no match) never says no where
    the search finds a match: random texts of the words, their look-alikes and articles."""
    from mtqa.document import Document
    from mtqa.rules.translated_names import _ARAB_CONTEXT, arab_context

    pieces = ["Gaza", "gaza", "Gazan", "xGaza", "Gaza2", "al-Qaeda", "Al-", "el-Sisi", "al-qaeda", "Tyre", "Tyres",
              "UAE's", "bin", "Bin", "Iraq", "the", "Oman", "woman", "é", "Omanis", "-", "(Cairo)", "_Cairo", "ISIS"]
    rng = random.Random(9)
    found = 0
    for _ in range(3000):
        text = rng.choice((" ", "  ", "-", "")).join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        expected = bool(_ARAB_CONTEXT.search(text))
        found += expected
        assert arab_context(Document(text=text), (), ()) == expected, text
    assert 300 < found < 2700


def test_name_tokens_of_a_record_as_of_a_long_text(monkeypatch):
    """A record's name tokens (one split) are those the piece-by-piece way finds."""
    from mtqa.rules import names

    rng = random.Random(3)
    pieces = ["Ahmed", "al-Sisi", "the", "Cairo", "X", "McDonald", "Abu-Dhabi", "o'Neil", " ", "  ", "\n", "É", "Zayed’s", "-", "Ab"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    short = [(list(t.starts), list(t.ends), list(t.words)) for t in map(names._NameTokens, texts)]
    monkeypatch.setattr(names, "_SHORT", -1)  # (every text the long way)
    assert [(list(t.starts), list(t.ends), list(t.words)) for t in map(names._NameTokens, texts)] == short
    assert sum(len(words) for _, _, words in short) > 2000


def _sentence_texts(pieces, count, seed):
    """Documents of random sentences (each of random pieces, ended by a mark), to test a
    sentence filter against a search of each sentence."""
    from mtqa.document import Document

    rng = random.Random(seed)
    for _ in range(count):
        sentences = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) + rng.choice((".", "!", "", "?"))
                     for _ in range(rng.randint(1, 6))]
        yield Document(rng.choice((" ", "\n", "\n\n", "  ")).join(sentences))


def test_sentences_with_past_times_hold_every_match():
    """SYN004's filter: every sentence in which the past-time pattern finds something is
    among those scan.sentences_with_words gives for its words (whole_words), and the words
    cut the sentences searched (not all are given)."""
    from mtqa.rules import syntax

    pattern, words = syntax._past_adverbial(), syntax._past_adverbial_words()
    pieces = ["last", "Last", "LAST", "lasted", "laſt", "LAST-ditch", "week", "year", "ago", "Ago", "5ago", "agony",
              "the", "day", "before", "yesterday", "Yesterday's", "earlier", "previous", "past", "at", "dawn", "today",
              "early", "this", "morning", "x", "it", "said", "(", ")", "\"", "’s", "İ", "ı", "_last", "last_", "4"]
    matched = skipped = 0
    for doc in _sentence_texts(pieces, 3000, 19):
        kept = scan.sentences_with_words(doc, words)
        for sentence in doc.sentences:
            if pattern.search(sentence.text):
                matched += 1
                assert sentence.index in kept, sentence.text
            skipped += sentence.index not in kept
    assert matched > 500 and skipped > 500


def test_whole_words_cover_every_phrase():
    words = scan.whole_words(["last week", "last year", "the previous day", "at dawn today", "ago", "the day"])
    # "day" holds for two phrases ("the day" has no other word), "dawn" comes first of its tie
    assert words == frozenset({"last", "day", "dawn", "ago"})
    assert scan.whole_words(["9/11"]) is None and scan.whole_words(["last  week"]) is None


def test_sentences_start_and_end_at_whitespace():
    """What sentences_with_words relies on: a sentence never starts or ends inside a word."""
    from mtqa.document import Document

    rng = random.Random(5)
    pieces = ["Mr.", "U.S.", "x.y", "ends.", "3.5", "Yes!", "e.g.", "word", "\n", "\n\n", "A", "b", "“Quote.”", ")", "—"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", "\n")) for _ in range(rng.randint(1, 20)))
        doc = Document(text)
        for sentence in doc.sentences:
            assert sentence.start == 0 or text[sentence.start - 1].isspace(), (text, sentence)
            assert sentence.end == len(text) or text[sentence.end].isspace(), (text, sentence)


def test_next_step_shortcut_as_the_first_word_search():
    """tense_shapes.may_tell_next_step's test of the first character gives what the search of
    the first word gives."""
    from types import SimpleNamespace

    from mtqa import tense_shapes

    def plain(text):
        first = tense_shapes._WORD.search(text, 0, min(len(text), 160))
        return first is not None and first.group(0) in tense_shapes._ANAPHORIC_STARTS and text.rstrip().endswith(".")

    pieces = ["He", "She", "The", "Their", "Then", "It's", "Its", "\"He", "“The", "(It", "_He", "-The", "'It", "’His",
              "%", "3", "I", ".", " ", "said", "met", "Hé", "ſhe", "Éte"]
    for text in _texts(pieces, 3000, 23):
        assert tense_shapes.may_tell_next_step(SimpleNamespace(text=text)) == plain(text), text


def test_she_openers_in_the_sentences_with_she():
    from mtqa.rules import get

    opener = get("SYN007").opener
    pieces = ["She", "she", "\"She", "“She", "Shed", "Sheikh", "said", "added", "The", "ministry", ",", "ſhe"]
    matched = 0
    for doc in _sentence_texts(pieces, 2000, 29):
        kept = scan.sentences_with_words(doc, frozenset({"she"}))
        for sentence in doc.sentences:
            if opener.match(sentence.text):
                matched += 1
                assert sentence.index in kept, sentence.text
    assert matched > 100


def test_weekday_dates_in_the_sentences_with_on():
    """SYN004 answers _weekday_in without a search in a sentence with no "on"."""
    from mtqa.rules import syntax

    pieces = ["on", "On", "ON", "onto", "Don", "on-", "Monday", "Mondays", "March", "3", "12th", "the", "of", "morning",
              "said", ",", "\t", "upon", "ſon", "Sunday's", "May"]
    matched = 0
    for doc in _sentence_texts(pieces, 3000, 31):
        kept = scan.sentences_with_words(doc, syntax._ON)
        for sentence in doc.sentences:
            if syntax._ON_WEEKDAY.search(sentence.text):
                matched += 1
                assert sentence.index in kept, sentence.text
    assert matched > 300


def test_translated_name_candidates_of_a_long_text_as_without_the_follower_test(monkeypatch):
    """NAM008's candidates in a long text, where a run that passes on the word after it is
    looked for only before the " party", " said"… found in one pass: the same as without."""
    from mtqa.document import Document
    from mtqa.rules import translated_names as tn

    rng = random.Random(23)
    words = ["The", "Hope", "Movement", "movement", "party", "said", "of", "the", "Glory", "Brigades", "Sunrise",
             "reported", "x", "  ", ".", "\n", "Gaza -", "Cairo", "'s", "Dignity", "parties", "saidx", "and"]
    text = " ".join(rng.choice(words) for _ in range(scan.LONG_TEXT // 4))
    assert len(text) >= scan.LONG_TEXT
    found = list(tn.candidates(Document(text)))
    monkeypatch.setattr(tn, "LONG_TEXT", len(text) + 1)
    assert list(tn.candidates(Document(text))) == found
    assert len(found) > 100


def test_given_names_before_runs_as_the_search_before_each_run():
    """NAM002's given name that breaks a name run ("General Said Chanqriha"): looked for only
    where the name token right before a run is a common given name, the same runs as the
    search before every run."""
    from mtqa.document import Document
    from mtqa.rules import names
    from mtqa.translit import common_given_names

    pieces = ["General", "Said", "said", "Chanqriha", "Ali", "Hassan", "Nasser", "the", "of", ",", "x", "Will",
              "Salem", "al-Sisi", "-", "\n", "é", "Ahmed", "Rose", "rose", "Mr", "Abcdefghijklm", "Bin", "O'Neil"]
    given = common_given_names()
    found = 0
    for text in _texts(pieces, count=3000, seed=31):
        doc = Document(text)
        runs = names._name_runs(doc)
        expected = []
        for run in runs:  # (the search before every run)
            before = names._WORD_BEFORE.search(text, max(0, run[0][0] - 14), run[0][0])
            if before and before.group(1).lower() in given:
                expected.append([(before.start(1), before.end(1), before.group(1)), *run])
                found += 1
            elif len(run) >= 2:
                expected.append(run)
        assert list(names._with_given_before(doc, runs)) == expected, text
    assert found > 20  # (texts where a run follows a given name)


def test_interposed_starts_give_the_matches_of_finditer():
    """SYN008 tries its patterns only where its word index says a match can start
    (interposed._starts): the same matches as a scan of the whole text."""
    from mtqa.document import Document
    from mtqa.rules import interposed
    from mtqa.scan import tried_at

    rng = random.Random(5)
    pieces = ["will approve", "Approve", "announced", "condemned", "the", "The", "a new budget", "its", "in", "In",
              "next week", "last year", "this month", "yesterday", "today", "earlier today", "at dawn", "during",
              "the month of Ramadan", "March 2019", "in a statement", "in its weekly session", "in a press conference",
              "the book fair the twentieth", "the summit the 45th", "The Minister of Health", "the Ministry of Finance",
              "the Iraqi", "the Kuwaiti", "Salih Hassan", "The spokesman of the ministry official", "the agency",
              "said", ",", ".", "30 traders", "the 3rd", "-", "'s", "opened", "and", "the arrest", "two reporters",
              "on Sunday", "on", "Monday", "in Tunis", "in Al-Bayda", "in the next round", "the final", "stage", "the Syrian"]
    seps = [" ", " ", " ", "  ", "\t", "\n", ""]
    patterns = [interposed._adverbial_pattern()] + [pattern for pattern, _ in interposed._noun_phrase_shapes()]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(3, 30)))
        adverbial, shapes = interposed._starts(Document(text))
        for pattern, starts in zip(patterns, [adverbial, *shapes]):
            expected = _spans(pattern.finditer(text))
            found += bool(expected)
            assert _spans(tried_at(pattern, text, starts)) == expected, (pattern.pattern[:40], text)
    assert found > 300


def test_sentences_with_any_as_sentences_with_words():
    """One pass over the word index for several groups of words (scan.sentences_with_any) finds
    the sentences sentences_with_words finds for each group, folded letters (ſ, ı, İ) included."""
    from mtqa.document import Document

    rng = random.Random(13)
    pieces = ["on", "On", "ON", "Monday", "after", "After", "yesterday", "yeſterday", "YESTERDAY", "last", "laſt", "İn",
              "in", "since", "ſince", "the", "rises", "xon", "on2", "_on", "on-line", "don't", ".", ",", "\n\n", "Ago", "agoı"]
    groups = (frozenset({"on", "after"}), frozenset({"yesterday", "last", "ago"}), frozenset({"in", "since"}),
              frozenset({"rises"}), frozenset())
    found = 0
    for _ in range(1500):
        text = " ".join(rng.choice(pieces) + rng.choice(("", "", ". ", "? ")) for _ in range(rng.randint(1, 30)))
        doc = Document(text)
        expected = [scan.sentences_with_words(doc, group) for group in groups]
        found += sum(map(bool, expected))
        assert scan.sentences_with_any(doc, groups) == expected, text
    assert found > 1000
