"""Ordinary English words misspelt (TYP015): "goverment", "parliment", "recieved", "millitary".

A lower-case word of plain letters is a candidate only when no English word list knows it: the
n-gram counts of clean news (mtqa/lexicon/ngram_counts.bin), the tagger's vocabulary when it is
loaded, and the hashed words of pyspellchecker's English dictionary (lexicon/english_words.bin),
also after British spellings are mapped to American ("organise", "defence"). A word that is
two known words glued ("peacebuilding"), looks like a name (capitalised elsewhere in the
document, known to news as a name) or like romanised Arabic (LNG003's words, LNG004's shape,
an Arabic letter cluster its correction lacks) is left alone. Only then is the spellchecker
loaded to make the strings one edit away, and those the dictionary counts often enough
(english_words.bin holds the counts, derived from the library's own dictionary by
bench/build_spelling_words.py) are the corrections. Most documents never load it.
"""

from __future__ import annotations

import itertools
import re
import sys
from array import array
from bisect import bisect_left
from functools import lru_cache
from importlib import resources

from mtqa import cache
from mtqa.findings import Severity, Suggestion
from mtqa.rules import Rule, register
from mtqa.lexicon.ngrams import ngram_counts, phrase_hash
from mtqa.memo import memo
from mtqa.resources import loaded_vocabulary

_PLAIN = re.compile(r"[a-z]{5,24}")  # four-letter words have too many neighbours ("apps": apes, amps, alps)
# The characters that may touch a word in running text: punctuation and quotes, not a hyphen,
# an apostrophe, a digit, a slash or an @ (parts of compounds, web addresses and e-mail).
_EDGE = frozenset(" \t\n\r\f\v.,;:!?\"“”«»()[]{}…—–")
# Letter clusters of romanised Arabic (mukhtar, sheikh, qadi, Ghouta, Dhahran, Baath, Amou).
_ARABIC_CLUSTERS = ("q", "kh", "gh", "dh", "aa", "ou", "ee", "ii", "uu", "sh", "th", "dj", "zz")
# British spellings → American (the library's dictionary is American): each rewrite tried alone
# and all together.
_BRITISH = (
    (re.compile(r"is(e|ed|es|ing|ation|ations|er|ers|able)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|able|ite|ites|er|ers|ful|less)?$"), r"or\1"),
    (re.compile(r"(?<=[bcdfgkmnptv])re(s|d)?$"), r"er\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ll(ed|ing|er|ers|ist|ists)$"), r"l\1"),
    (re.compile(r"(?<=[lmnr])t$"), "ed"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"gement(s)?$"), r"gment\1"),
    (re.compile(r"(?<=[^aeiou])l(s|ment|ments)?$"), r"ll\1"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe"), "e"),
    (re.compile(r"llous$"), "lous"),  # marvellous
    (re.compile(r"^scep"), "skep"),  # sceptic, sceptics
    (re.compile(r"^pyjama"), "pajama"),
    (re.compile(r"oult"), "olt"),  # moult
    (re.compile(r"^gaol"), "jail"),
)
_BRITISH_HINT = re.compile("|".join(pattern.pattern for pattern, _ in _BRITISH))  # one search before a dozen
_SAFE_RATIO = 20  # a fix is safe when its word is this much commoner than the next candidate
_SAFE_COUNT = 1000  # ... and common itself (counts of the library's dictionary)
_COMMON_COUNT = 300  # the least count of a correction


@lru_cache(maxsize=1)
def _english_words() -> tuple[array, array]:
    """The sorted hashes of the dictionary's words and their counts (bench/build_spelling_words.py)."""
    data = resources.files("mtqa").joinpath("lexicon/english_words.bin").read_bytes()
    if not data.startswith(b"MTQAWS2\0"):
        raise ValueError("not an mtqa word-count table")
    size = int.from_bytes(data[8:12], "little")
    hashes, counts = array("I"), array("I")
    hashes.frombytes(data[12 : 12 + 4 * size])
    counts.frombytes(data[12 + 4 * size : 12 + 8 * size])
    if sys.byteorder != "little":
        hashes.byteswap()
        counts.byteswap()
    return hashes, counts


@lru_cache(maxsize=1)
def _common_filter() -> bytes:
    """One bit per value of a hash's low _FILTER_BITS bits, set for the hashes (ngrams.phrase_hash)
    of the dictionary's words counted _COMMON_COUNT times or more: an edit whose bit is clear is
    no correction (a set bit is checked exactly). 128 KB where a set of the 30,000 hashes took 3 MB.
    Kept in the on-disk cache, keyed by the table's bytes (made in ~10 ms CPU, read in ~1 ms)."""
    table = resources.files("mtqa").joinpath("lexicon/english_words.bin").read_bytes()
    key = cache.key_of("spelling-filter", str(_COMMON_COUNT), str(_FILTER_BITS), _made_filter.__code__.co_code, table)
    return cache.cached("spelling-filter", key, _made_filter)


def _made_filter() -> bytes:
    """_common_filter's bits, made from the table."""
    hashes, counts = _english_words()
    bits = bytearray(1 << (_FILTER_BITS - 3))
    for key in itertools.compress(hashes, (count >= _COMMON_COUNT for count in counts)):
        key &= _FILTER_MASK
        bits[key >> 3] |= 1 << (key & 7)
    return bytes(bits)


_FILTER_BITS = 20
_FILTER_MASK = (1 << _FILTER_BITS) - 1


def dictionary_count(word: str) -> int:
    """How often the dictionary counted `word` (0: not a word of it)."""
    hashes, counts = _english_words()
    key = phrase_hash(word)
    i = bisect_left(hashes, key)
    return counts[i] if i < len(hashes) and hashes[i] == key else 0


def _in_dictionary(word: str) -> bool:
    return dictionary_count(word) > 0


@lru_cache(maxsize=16384)
def known(word: str) -> bool:
    """Whether an English word list knows the lower-case `word` (British spellings included)."""
    counts = ngram_counts()
    if counts.count(word) or _in_dictionary(word):
        return True
    if not _BRITISH_HINT.search(word):
        return False
    variants = {pattern.sub(american, word) for pattern, american in _BRITISH}
    every = word
    for pattern, american in _BRITISH:
        every = pattern.sub(american, every)
    variants.add(every)
    variants.discard(word)
    return any(counts.count(v) or _in_dictionary(v) for v in variants)


@lru_cache(maxsize=1)
def _spellchecker():
    """pyspellchecker's SpellChecker, for its edits only (imported lazily): its dictionary holds
    just the alphabet it edits with; the words it proposes are looked up in english_words.bin."""
    from spellchecker import SpellChecker

    spell = SpellChecker(language=None, distance=1)
    spell.word_frequency.load_words(["abcdefghijklmnopqrstuvwxyz"])  # its letters come from its words
    return spell


# Prefixes that make new words of known ones ("upsize", "rebook", "outpolled").
_PREFIXES = ("up", "re", "un", "de", "mis", "non", "pre", "out", "sub", "over", "post", "anti", "semi", "under", "inter", "multi", "micro", "counter")


_INNER_DOT = re.compile(r"\w\.\w")


def _in_address(prose: str, start: int, end: int) -> bool:
    """Whether the run of non-space characters around prose[start:end] is a web or e-mail
    address or a file name ("www.parliment.example", "info@goverment.example")."""
    left, right = start, end
    while left > 0 and not prose[left - 1].isspace() and start - left < 80:
        left -= 1
    while right < len(prose) and not prose[right].isspace() and right - end < 80:
        right += 1
    token = prose[left:right]
    return "@" in token or "/" in token or _INNER_DOT.search(token) is not None


_WORDS = re.compile(r"\w+")


def _in_foreign_sentence(doc, offset: int) -> bool:
    """Whether the sentence at `offset` has two or more function words of French, Spanish…
    (LNG001's list): "les pays garants" is French left untranslated, not a typo."""
    from mtqa.rules.language import _data

    sentence = doc.sentence_at(offset)
    if sentence is None:  # (around it in its own record, when records are joined)
        doc, start = doc.record_at(offset)
        offset -= start
    text = sentence.text if sentence is not None else doc.prose[max(0, offset - 200) : offset + 200]
    foreign = _data()["foreign_function_words"]
    return sum(map(foreign.__contains__, _WORDS.findall(text.lower()))) >= 2


def _glued(word: str) -> bool:
    """Two words glued together ("peacebuilding", "homeware"), a prefix on a word of 4+
    letters ("upsize"), or a word with a plural -s ("financials"), the words known to news or
    common: ordinary word-making, not a typo."""
    counts = ngram_counts()

    def common(part: str) -> bool:
        return bool(counts.count(part) or dictionary_count(part) >= _COMMON_COUNT)

    if word.endswith("s") and not word.endswith("ss") and (common(word[:-1]) or _in_dictionary(word[:-1])):
        return True
    for prefix in _PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 4 and common(rest):
            return True
    for cut in range(4, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        if len(tail) < 5 and tail.endswith("ed"):
            continue  # "disc"+"used" is "discussed" misspelt ("fund"+"raised" is a compound)
        if common(head) and common(tail):
            return True
    return False


def _looks_arabic(word: str) -> bool:
    """A romanised Arabic word: one of LNG003's words (or a spelling of one), or one LNG004's
    letter models score as Arabic."""
    from mtqa.rules.language import romanised_words
    from mtqa.rules.romanised_shape import _CUE, _CUE_THRESHOLD, _THRESHOLD, _listed_keys, _loanwords, fold, shape_score

    if word in romanised_words() or word in _loanwords() or fold(word) in _listed_keys():
        return True
    score = shape_score(word)
    return score >= _THRESHOLD or (score >= _CUE_THRESHOLD and _CUE.search(word) is not None)


@lru_cache(maxsize=8192)
def corrections(word: str) -> tuple[tuple[str, int], ...]:
    """The common words one edit from the unknown lower-case `word`, commonest first, with
    their counts; () when the word should be left alone."""
    if known(word) or ngram_counts().count(word, title=True):
        return ()

    ranked = []
    common = _common_filter()
    for candidate in _spellchecker().edit_distance_1(word) - {word}:
        key = phrase_hash(candidate) & _FILTER_MASK
        if not common[key >> 3] >> (key & 7) & 1:
            continue  # (then dictionary_count(candidate) < _COMMON_COUNT: one bit test for most edits)
        count = dictionary_count(candidate)
        if count < _COMMON_COUNT:
            continue  # a correction is an ordinary word
        if word == candidate + "e" or (word == candidate + "d" and candidate.endswith("e")):
            return ()  # "fatale": a French or Italian form; "sieged": an -ed form, not a typo
        if any(c in word and c not in candidate for c in _ARABIC_CLUSTERS):
            continue  # "mukhtar" is not "muktar" misspelt: the cluster is Arabic, not a typo
        ranked.append((candidate, count))
    if not ranked or _glued(word) or _looks_arabic(word):
        return ()
    # a typo rarely touches the first letter: "oposition" is "opposition" before "position"
    ranked.sort(key=lambda pair: (pair[0][0] != word[0], -pair[1], pair[0]))
    return tuple(ranked)


@register
class MisspeltWord(Rule):
    id = "TYP015"
    name = "misspelt-word"
    category = "fluency/spelling"
    severity = Severity.MINOR
    local = True  # (a name: capitalised in the same record, Document.record_at)
    explanation = (
        "An ordinary English word misspelt: a lower-case word no English word list knows that is "
        "one edit (a letter added, dropped, changed or two swapped) from a common word: "
        "\"goverment\" → government, \"parliment\" → parliament, \"recieved\" → received, "
        "\"millitary\" → military. The fix is safe only when one correction is far commoner than "
        "any other. Capitalised words, names (a word written capitalised elsewhere in the "
        "document), romanised Arabic (mukhtar, intifada), British spellings (organise, defence), "
        "compounds, words glued to a hyphen, an apostrophe or a digit, words of fewer than five "
        "letters and words in a sentence of another language are left alone."
    )
    bad = (
        "The ⟦goverment→government⟧ announced new measures on Sunday.",
        "Members of ⟦parliment→parliament⟧ voted against the bill.",
        "The ministry said it had ⟦recieved→received|relieved⟧ the letter.",
        "The ⟦millitary→military⟧ council met in the capital.",
        "The clashes ⟦occured→occurred⟧ near the border crossing.",
        "The two sides held ⟦seperate→separate⟧ meetings with the envoy.",
        "The ⟦negotations→negotiations⟧ resumed after a long pause.",
        "Aid agencies warned of a worsening ⟦humanitarain→humanitarian⟧ crisis.",
    )
    good = (
        "The government announced new measures on Sunday.",
        "The mukhtar of the village met the sheikh after the intifada.",
        "The Houthis said the ministry would organise the defence of the port.",
        "Negotations, the agency's name, said nothing. Negotations is a brand.",
        "The post-conflict peacebuilding programme was praised by the envoy.",
        "He wrote to info@goverment.example and www.parliment.example.",
        "The colour of the centre's travelled banner was changed.",
        "Many sceptics called the marvellous plan a way to moult old debts; the gaols stay full.",
    )

    def check(self, doc, ctx):
        index = doc.lowered_words
        words, offsets = index.words, index.offsets
        tagger_words = loaded_vocabulary() or frozenset()  # its vocabulary first when another rule has loaded it
        counts = ngram_counts()
        verdicts = memo(self, "_unknown_tagged" if tagger_words else "_unknown")  # (a word's verdict, once a run)
        for word in [word for word in index.distinct if word not in verdicts]:
            verdicts[word] = len(word) >= 5 and word not in tagger_words and _PLAIN.fullmatch(word) is not None \
                and not counts.count(word) and not known(word)
        unknown = set(filter(verdicts.__getitem__, index.distinct))
        if not unknown:
            return
        prose = doc.prose
        places = list(itertools.compress(range(len(words)), map(unknown.__contains__, words)))
        record = doc.record_at  # (a batch of records joined: a name is capitalised in its own record)
        named = {(words[n], record(offsets[n])[1]) for n in places if not prose[offsets[n]].islower()}
        for n in places:
            word, start = words[n], offsets[n]
            end = start + len(word)
            if (word, record(start)[1]) in named or prose[start:end] != word:
                continue  # written capitalised somewhere: a name
            after = end + 2 if prose.startswith(("'s", "’s"), end) else end  # "the goverment's"
            if (start and prose[start - 1] not in _EDGE) or (after < len(prose) and prose[after] not in _EDGE):
                continue  # part of a compound, a contraction, a figure, an address
            ranked = corrections(word)
            if not ranked or _in_address(prose, start, end) or _in_foreign_sentence(doc, start):
                continue
            best, count = ranked[0]
            safe = count >= _SAFE_COUNT and (len(ranked) == 1 or count >= _SAFE_RATIO * max(c for _, c in ranked[1:]))
            others = ", ".join(f'"{c}"' for c, _ in ranked[1:4])
            message = f'Misspelt word "{word}": "{best}".' + (f" (Or {others}.)" if others else "")
            suggestions = [Suggestion(c, safe and i == 0) for i, (c, _) in enumerate(ranked[:4])]
            yield self.finding(doc, start, end, message, suggestions)
