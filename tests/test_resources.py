"""mtqa reads NLTK's tagger and cmudict, and pyphen's patterns, without nltk, textstat or
pyphen: the tags, syllable counts and readability figures must be theirs exactly."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys

import pytest
from conftest import shared_file

from mtqa import cache, hyphenation, readability, resources

ODD = ["DON'T STOP. Go!", "'Hello' he said... Ok? Yes.", "", "...", "İSTANBUL ǅemal Straße",
       "Co-operation in 2019: 3,000 km/h!", "ﬁnance ﬂows", "a b. c d e f g h."]


def _news_lines() -> list[str]:
    path = shared_file("data/clean-en/ntrex128_newstest2019-src.eng.txt")
    return path.read_text("utf-8").splitlines()


def test_tags_are_nltks():
    from nltk.tag.perceptron import PerceptronTagger

    theirs = PerceptronTagger()
    lines = _news_lines()[:700]
    sentences = [re.findall(r"\w+|[^\w\s]", line) for line in lines] + [line.split() for line in lines[:200]]
    sentences += [["-x", "1999", "12abc", "", "Anti-war", "THE"], ["İ"]]
    for words in sentences:
        assert resources.pos_tag(words) == [tag for _, tag in theirs.tag(words)], words


def test_remembered_tags_are_nltks(monkeypatch):
    """The tags the tagger remembers (a word not in its dictionary, by the two tags before it and
    the words around it) are those nltk gives in each new context: the same words tagged again,
    shifted, cut short and mixed across sentences; the memo stays within its size."""
    from nltk.tag.perceptron import PerceptronTagger

    theirs, tagger = PerceptronTagger(), resources._tagger()
    monkeypatch.setattr(resources, "_MEMO_SIZE", 300)
    tagger._memo.clear()
    lines = [re.findall(r"\w+|[^\w\s]", line) for line in _news_lines()[:120]]
    windows = [*lines, *lines, *(w[k:] for w in lines for k in (1, 2, 5)), *(w[:-2] for w in lines),
               *(a[:8] + b[-8:] for a, b in zip(lines, lines[1:]))]
    hits = 0
    for words in windows:
        before = len(tagger._memo)
        assert list(tagger.tags(words)) == [tag for _, tag in theirs.tag(words)], words
        hits += len(tagger._memo) == before and any(w not in tagger.tagdict for w in words)
        assert len(tagger._memo) <= 300
    assert hits > 50  # (windows tagged from the memo alone)


def test_lazy_tags_are_the_whole_lists():
    """Tags read one by one, in any order, are those of the whole list; none read, none computed."""
    lines = _news_lines()[:60]
    for n, line in enumerate(lines):
        words = re.findall(r"\w+|[^\w\s]", line)
        lazy = resources.lazy_pos_tags(words)
        assert len(lazy) == len(words) and lazy._done == []
        whole = resources.pos_tag(words)
        order = list(range(len(words)))[:: -1 if n % 2 else 1]
        assert [lazy[i] for i in order] == [whole[i] for i in order]
        if words:
            assert lazy[-1] == whole[-1]
        with pytest.raises(IndexError):
            lazy[len(words)]

def test_backward_tags_are_the_whole_lists():
    """Tags read from the end backwards (or in any order), each tagged from the nearest restart
    point at or before it, are those of the whole list; tags set by the caller stay; the
    restart points are where the tagger's dictionary fixes the two tags before."""
    import random

    rng = random.Random(3)
    lines = _news_lines()[:300]
    restarted = 0
    for n, line in enumerate(lines):
        words = re.findall(r"\w+|[^\w\s]", line)[-16:]
        tags = resources.BackwardTags(words)
        whole = resources.pos_tag(words)
        order = list(range(len(words) - 1, -1, -1)) if n % 3 else rng.sample(range(len(words)), len(words))
        for i in order[: rng.randint(1, len(order))] if words else ():
            assert tags[i] == whole[i], (words, i)
        restarted += tags._done > 0
        assert [tags[i] for i in range(len(words))] == whole
        if words:
            tags[0] = "XX"
            assert tags[0] == "XX" and tags[-1] == whole[-1]
    assert restarted > 100  # (most windows were not tagged from their first word)
    known = resources._tagger().tagdict
    words = ["the", "of", "Xyzzy", "in", "the", "qwerty"]
    assert resources.restart_points(words) == [0, *(k for k in range(2, 6) if words[k - 1] in known and words[k - 2] in known)]
    assert 5 in resources.restart_points(words)  # ("in the")


def test_tagger_vocabulary_is_its_word_features(tmp_path, monkeypatch):
    """The vocabulary (from the cache or built) holds the words with an "i word" feature, and
    reading it neither loads the tagger nor counts as loaded until asked for."""
    from mtqa.rules import romanised_shape

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    expected = {f[len("i word "):] for f in resources._tagger().weights if f.startswith("i word ")}
    for _ in range(2):  # built, then read back
        resources.tagger_vocabulary.cache_clear()
        assert resources.tagger_vocabulary() == expected
    resources._tagger.cache_clear()
    resources.tagger_vocabulary.cache_clear()
    try:
        assert resources.loaded_vocabulary() is None
        assert romanised_shape._tagger_knows("government") and not romanised_shape._tagger_knows("mukhayyam")
        assert resources.loaded_vocabulary() == expected
        assert resources.loaded_tagger() is None  # LNG004's test did not load the weights
    finally:
        resources.tagger_vocabulary.cache_clear()


def test_readability_is_textstats():
    textstat = pytest.importorskip("textstat")
    textstat.set_lang("en_US")
    texts = _news_lines()[:600] + ODD
    texts.append("\n".join(texts))
    texts.append("\n".join(_news_lines() + ODD))  # longer than one piece (segment.chunks)
    # long texts are counted by distinct token: tokens that lose every mark, odd whitespace
    texts.append(" \u2028 ".join(ODD + ["ΟΔΟΣ Σ. 'tis rock'n'roll — ' ’ «ok» x_y 4.5\x1c\ttail"]) * 200)
    # sentences of odd openings: "_", digits and marks, one or two words, whitespace outside ASCII
    rng = random.Random(11)
    odd = ["a", "Bc", "1", "_", "_x", " ", "  ", "\n", ".", "!", "?", "'", "-", "é", "²", "\xa0", ",", "(", "..."]
    texts += ["".join(rng.choice(odd) for _ in range(rng.randint(1, 30))) for _ in range(300)]
    for text in texts:
        assert readability.flesch(text) == (textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text)), text


def test_longest_sentences_are_the_sorted_ones():
    """measure's longest sentences: the first LONGEST of all sorted by (-words, start), ties to
    the first (equal lengths, equal word counts), each with the line line_column gives."""
    import random

    from mtqa.document import Document

    rng = random.Random(3)
    vocabulary = ["a", "bb", "ccc", "dddd", "the", "x,", "y."]
    for _ in range(300):
        lines = [" ".join(" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 6))) + "."
                          for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 5))]
        doc = Document("\n".join(lines))
        ranked = sorted(doc.sentences, key=lambda s: (-len(s.text.split()), s.start))[: readability.LONGEST]
        found = readability.measure(doc)["longest_sentences"]
        assert [(f["start"], f["line"]) for f in found] == [(s.start, doc.line_column(s.start)[0]) for s in ranked]


def test_hyphenation_is_pyphens():
    pyphen = pytest.importorskip("pyphen")
    reference = pyphen.Pyphen(lang="en_US")
    words = {w.lower() for line in _news_lines()[:800] for w in re.findall(r"\w+", line)}
    words |= {"", "a", "ab", "ﬁnance", "i̇stanbul", "straße", "co-operate", "x" * 40}
    assert [w for w in words if hyphenation.points(w) != len(reference.positions(w))] == []


def test_data_paths_follow_nltk(monkeypatch):
    monkeypatch.setenv("NLTK_DATA", os.pathsep.join(["/first", "/second"]))
    code = "import nltk.data, json; print(json.dumps(nltk.data.path))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy())
    import json

    assert resources.data_paths() == json.loads(out.stdout)


def test_checking_imports_neither_nltk_nor_numpy(tmp_path):
    (tmp_path / "a.txt").write_text("The minister said the talks would resume in Cairo soon.\n", "utf-8")
    code = ("import sys, mtqa.cli\nsys.argv = ['mtqa', 'check', sys.argv[1], '-f', 'json']\n"
            "try:\n    mtqa.cli.main()\nexcept SystemExit:\n    pass\n"
            "print([m for m in ('nltk', 'numpy', 'textstat', 'pyphen', 'langdetect') if m in sys.modules], file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.txt")], capture_output=True, text=True)
    assert out.stderr.strip().splitlines()[-1] == "[]"


# --- the on-disk cache -----------------------------------------------------------------------


def test_cache_round_trip_and_rebuild(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    built = []

    def build():
        built.append(1)
        return {"a": [1, 2.5, "x"]}

    key = cache.key_of("test", "input-1")
    assert cache.cached("t", key, build) == {"a": [1, 2.5, "x"]}
    assert cache.cached("t", key, build) == {"a": [1, 2.5, "x"]} and len(built) == 1
    assert cache.cached("t", cache.key_of("test", "input-2"), build) and len(built) == 2  # new key
    entry = tmp_path / f"t-{cache.key_of('test', 'input-2')[:16]}.marshal"
    assert entry.exists() and (tmp_path / f"t-{key[:16]}.marshal").exists()  # both versions kept
    data = bytearray(entry.read_bytes())
    data[-3] ^= 0xFF  # corrupt
    entry.write_bytes(bytes(data))
    assert cache.load("t", cache.key_of("test", "input-2")) is None
    assert cache.cached("t", cache.key_of("test", "input-2"), build) == {"a": [1, 2.5, "x"]} and len(built) == 3
    entry.write_bytes(entry.read_bytes()[:20])  # truncated
    assert cache.load("t", cache.key_of("test", "input-2")) is None
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    for n in range(12):  # only the newest entries of a table stay
        cache.cached("t", cache.key_of("test", f"more-{n}"), build)
    assert len(list(tmp_path.glob("t-*.marshal"))) == 8


def test_cache_off_and_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    assert cache.folder() is None
    assert cache.cached("t", "k", lambda: [1]) == [1]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MTQA_CACHE_DIR", str(blocker / "sub"))
    assert cache.cached("t", "k", lambda: [2]) == [2]  # cannot write: still works


def test_package_toml_is_parsed_once_then_read_back(tmp_path, monkeypatch):
    import tomllib
    from importlib import resources

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    parsed = tomllib.loads(resources.files("mtqa").joinpath("data/verbs.toml").read_text("utf-8"))
    assert cache.package_toml("data/verbs.toml") == parsed  # parsed and stored
    assert list(tmp_path.glob("toml-data-verbs-*.marshal"))
    monkeypatch.setattr(tomllib, "loads", lambda text: pytest.fail("parsed again"))
    assert cache.package_toml("data/verbs.toml") == parsed  # read back from the cache
    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    with pytest.raises(BaseException, match="parsed again"):
        cache.package_toml("data/verbs.toml")  # no cache: parsed every time


# --- folding (lexicon matching) -----------------------------------------------------------------


def _fold_by_character(text: str) -> str:
    from mtqa.lexicon.matcher import _FOLD

    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_FOLD)


def test_long_lower_lists_every_such_character():
    from mtqa.lexicon.matcher import LONG_LOWER

    assert [chr(c) for c in range(0x110000) if len(chr(c).lower()) != 1] == list(LONG_LOWER)


def test_fold_is_the_per_character_fold():
    from mtqa.lexicon.matcher import fold

    for text in ["İstanbul ΣΟΦΟΣ said “Al-Wefaq”", "ΟΔΟΣ İ", "plain text", "", "İ", "ΣİΣ Σ", "a\u00a0b\tİ"]:
        assert fold(text) == _fold_by_character(text) and len(fold(text)) == len(text)


def test_fold_is_linear_with_one_dotted_capital():
    from pathological import cpu_time, grows_linearly

    from mtqa.lexicon.matcher import fold

    sentence = "The minister İ said the talks would resume. "
    assert fold(sentence * 2000) == _fold_by_character(sentence * 2000)
    ok, small, large = grows_linearly(lambda n: cpu_time(lambda: fold(sentence * n), repeats=2), 20000, floor=0.01)
    assert ok, f"{small:.3f}s -> {large:.3f}s"


def test_foreign_word_count_is_the_patterns():
    from mtqa.rules.language import ForeignSentence

    rule = ForeignSentence()
    texts = _news_lines()[:1500] + ["Le gouvernement a annoncé la fermeture des frontières.", "LE DE la_de le2 de",
                                    "İÇİN bir şey de", "ſe la Kelvin"]
    for text in texts:
        assert rule.foreign_words(text) == len(rule._foreign.findall(text)), text


def test_language_lookups_find_what_the_patterns_find():
    """LNG001's candidate sentences (set lookups of the document's words) are those with two
    foreign words by foreign_words; LNG002's runs (tried at the words a token starts with) are
    what scanning with its pattern finds."""
    from mtqa.document import Document
    from mtqa.rules.language import ForeignSentence, RomanisedArabic

    odd = ("Le gouvernement a annoncé la fermeture. LE DE la_de le2 de. İÇİN bir şey de la. ſe la de. "
           "x -al-wazir wa-al-thani bil-x fil-y. billion walls filled. qalat al-wazira\nde la\nla de2 la")
    foreign, romanised = ForeignSentence(), RomanisedArabic()
    for text in ["\n".join(_news_lines()[:1500]), odd, odd.upper(), "de la " * 30, "abc-al-foo wa al-x"]:
        doc = Document(text)
        assert list(foreign.candidates(doc)) == [s for s in doc.sentences if foreign.foreign_words(s.text) >= 2]
        assert [m.span() for m in romanised.runs(doc)] == [m.span() for m in romanised._runs.finditer(doc.prose)]


def test_line_boundaries_are_the_patterns():
    from mtqa import segment

    def by_pattern(text, start, end):
        return [m.span() for m in segment._LINE_END.finditer(text, start, end)
                if (w := segment._word_before(text, m.start())).islower() and w not in segment._CARRIES_ON]

    texts = ["\n".join(_news_lines()[:400]), "a title\nThe text\n\n  x \t\nBody", "end of line  \n  \"Quote",
             "word²\nNext", "the\nThe", "tail\n", "\nLead", "ab \t \n \t(Open"]
    for text in texts:
        for start, end in [(0, len(text)), (1, max(1, len(text) - 2))]:
            assert [m.span() for m in segment._line_boundaries(text, start, end)] == by_pattern(text, start, end)


def test_word_count_is_the_words_pattern():
    """segment.count_words counts (runs less joins on one_byte's text) the matches of WORD:
    joiners ' ’ - single and doubled, at the edges, between digits, letters outside ASCII and
    word characters that are no letters (², _), texts mostly outside ASCII (the regex then)."""
    import random

    from mtqa import segment

    common = ["a", "Zb", "1", "_", "'", "-", " ", "\n", ".", "\t", "--", "''", "a-b", "a'b", "x-1", "a’b"]
    rare = ["’", "é", "²", "½", "ÿ", "ı", "中", "İ", "‘", "\u0301", "٣", "\xa0", "’’", "é’é"]
    rng = random.Random(7)
    for _ in range(20000):
        share = rng.choice([0.0, 0.03, 0.3])
        text = "".join(rng.choice(rare) if rng.random() < share else rng.choice(common) for _ in range(rng.randint(0, 40)))
        assert segment._count_words(text) == len(segment.WORD.findall(text)), text
    news = "\n".join(_news_lines()[:3000]) + " co-operate don’t ’90s rock-’n’-roll 3-2 l’État"
    assert len(news) > 1 << 17 and segment.one_byte(news) is not None
    assert segment.count_words(news) == len(segment.WORD.findall(news))


def test_chunks_cut_before_whitespace_only():
    from mtqa import segment

    text = "\n".join(_news_lines()[:300]) + " a\u00a0b  \u2003c" + "x" * 5000
    for size in (1, 7, 100, 1 << 16):
        pieces = list(segment.chunks(text, size))
        assert "".join(pieces) == text
        assert all(text[len("".join(pieces[: i + 1]))].isspace() for i in range(len(pieces) - 1))
        assert sum(len(segment.WORD.findall(p)) for p in pieces) == len(segment.WORD.findall(text))
    assert list(segment.chunks("")) == []


def test_word_index_is_the_letter_runs():
    from mtqa import segment
    from mtqa.document import Document

    long_text = "\n".join(_news_lines()) + " İx Σ a-b 3abc éa ǅemal " + "x" * 70000 + " tail"
    for text in ["", "12 !", "  ab", "ab  ", "ab cd İx Σ a-b 3abc", long_text]:
        expected = [(m.start(), m.group().lower()) for m in segment.LETTERS.finditer(text)]
        index = Document(text).lowered_words
        assert list(index) == expected and len(index) == len(expected)
        assert [index[i] for i in range(-len(expected), len(expected))] == expected * 2
