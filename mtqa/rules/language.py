"""Wrong-language and untranslated text (LNG…). A cheap character and word test picks
candidates; langdetect (seeded, so results are deterministic) runs only on those."""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cached_property, lru_cache

from mtqa import cache, regexes
from mtqa.findings import Severity
from mtqa.rules import Rule, register
from mtqa.scan import at_literals

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# A romanised word the writer explains is a loanword used on purpose, not a word MT left
# untranslated: a gloss right after it ("hudna, or truce", "the ayyala (a stick dance)",
# "tahajjud, the late-night prayer,"), a naming phrase before it ("a practice known as"), or
# the word quoted as a term ('"sumud"'). Bounded: linear.
_GLOSS_AFTER = re.compile(
    r"['’\"”]?+(?:,[ ]or[ ](?:the[ ]|a[ ]|an[ ])?+[a-z][\w'’-]*+(?:[ ][\w'’-]++){0,4}?[ ]?+[,.;:)—–]"
    r"|[ ]\((?:or[ ]|i\.e\.[ ]|literally[ ]|meaning[ ]|lit\.[ ])?+[\"'‘“]?+[a-z][^()\n]{0,48}\)"
    r"|,[ ](?:the|a|an)[ ](?![\w'’-]*+[ ](?:said|says|told|added|stated|reported))[\w'’-]++"
    r"(?:[ ](?!(?:said|says|told|added|stated|reported)\b)[\w'’-]++){0,4}?[,;—–])")
_GLOSS_BEFORE = re.compile(
    r"(?:known[ ]as|called|so-called|the[ ]term|the[ ]word|the[ ]practice[ ]of|the[ ]tradition[ ]of|"
    r"the[ ]art[ ]of|what[ ]\w+[ ]call)[ ]['‘\"“]?+$", re.IGNORECASE)


def explained(prose: str, start: int, end: int) -> bool:
    """Whether the word prose[start:end] is explained or quoted as a term by its writer (see
    _GLOSS_AFTER): an English text using a loanword on purpose."""
    if _GLOSS_BEFORE.search(prose, max(0, start - 24), start):
        return True
    if start and prose[start - 1] in "'‘\"“" and prose[end : end + 1] in ("'", "’", '"', "”"):
        return True  # the word alone in quotes, as a term: '"sumud"' (not a quoted Arabic phrase)
    return _GLOSS_AFTER.match(prose, end, end + 80) is not None
_ASCII_WORD = re.compile(r"\w+")  # on ASCII text: the runs the pattern's (?<!\w)…(?!\w) delimit


def _word_char(char: str) -> bool:
    """Whether `char` is what \\w matches."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = cache.package_toml("data/language.toml")
    return {k: frozenset(v) for k, v in raw.items()}


@lru_cache(maxsize=4096)
def detect(text: str) -> tuple[str, float]:
    """Most probable language of `text` and its probability (langdetect, seed 0)."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return "unknown", 0.0
    return best.lang, best.prob


@register
class ForeignSentence(Rule):
    id = "LNG001"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "foreign-language-sentence"
    category = "accuracy/untranslated"
    severity = Severity.MAJOR
    explanation = (
        "A sentence (or a JSONL record) that is not English: MT left it in the source's second "
        "language, typically French in Maghreb copy. Only sentences of six or more words with "
        "hardly any English function words and at least two function words of another language "
        "are passed to language identification (langdetect, seeded)."
    )
    bad = (
        "The minister spoke on Monday. ⟦Le gouvernement a annoncé la fermeture des frontières avec la Libye.⟧",
    )
    good = (
        "The government announced the closure of the border with Libya.",
        "He shouted \"Vive la Tunisie\" as the crowd cheered.",
        "Livingston 1 - 0 Rangers: Menga goal sinks Gerrard's men",
    )

    @cached_property
    def _foreign(self) -> re.Pattern:
        """Function words of the languages MT leaves untranslated (data/language.toml)."""
        words = sorted(_data()["foreign_function_words"], key=len, reverse=True)
        return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)

    def foreign_words(self, text: str) -> int:
        """How many words of `text` are foreign function words. ASCII text (nearly all) is
        counted by set lookups of its lower-cased words; other text by the pattern, whose
        case-insensitive matching also pairs letters like "ı" and "i"."""
        if text.isascii():
            return sum(map(_data()["foreign_function_words"].__contains__, _ASCII_WORD.findall(text.lower())))
        return len(self._foreign.findall(text))

    def candidates(self, doc):
        """The sentences with two or more foreign function words (as foreign_words counts
        them): the document's words are looked up in the set once, and each hit counted for
        its sentence (a whole \\w+ token: not followed by a digit or "_"). A sentence that is
        not ASCII, or that starts or ends inside a word, is counted by foreign_words."""
        foreign, prose, sentences = _data()["foreign_function_words"], doc.prose, doc.sentences
        index = doc.lowered_words
        offsets, words, size = index.offsets, index.words, len(prose)
        starts = [s.start for s in sentences]
        counts: dict[int, int] = {}
        for n in itertools.compress(range(len(words)), map(foreign.__contains__, words)):
            offset, end = offsets[n], offsets[n] + len(words[n])
            if end < size and _word_char(prose[end]):
                continue  # part of a longer token ("de2")
            j = bisect.bisect_right(starts, offset) - 1
            if j >= 0 and offset < sentences[j].end:
                counts[j] = counts.get(j, 0) + 1
        all_ascii = prose.isascii()
        for j, sentence in enumerate(sentences):
            start, end = sentence.start, sentence.end
            if ((all_ascii or sentence.text.isascii())
                    and not (start and _word_char(prose[start - 1]) and _word_char(prose[start]))
                    and not (end < size and _word_char(prose[end - 1]) and _word_char(prose[end]))):
                count = counts.get(j, 0)
            else:
                count = self.foreign_words(sentence.text)
            if count >= 2:
                yield sentence

    def check(self, doc, ctx):
        english = _data()["english_function_words"]
        for sentence in self.candidates(doc):  # not English, a headline, a score line, a list of names
            words = [w.lower() for w in _WORD.findall(sentence.text)]
            if len(words) < 6 or sum(w in english for w in words) / len(words) >= 0.12:
                continue
            lang, prob = detect(sentence.text)
            if lang not in ("en", "unknown") and prob >= 0.9:
                yield self.finding(doc, sentence.start, sentence.end,
                                   f"Sentence is not in English (language identified: {lang}).")


@register
class RomanisedArabic(Rule):
    id = "LNG002"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "romanised-arabic"
    category = "accuracy/untranslated"
    severity = Severity.MAJOR
    explanation = (
        "Arabic left untranslated but written in Latin letters (\"wa qad akkada al-mutahaddith\"): "
        "a run of three or more romanised Arabic function words and al- forms that mean nothing "
        "in English, or of two when one is a romanised verb of saying (\"qala al-mas'oul\"). Names with al- (\"Hamza al-Masri\") are not runs and are left alone."
    )
    bad = (
        "The spokesman said ⟦wa qad akkada al-mutahaddith⟧ that the road was open.",
        "Prices will rise, and ⟦qalat al-wazira⟧ that subsidies would end.",
    )
    good = (
        "The spokesman, Hamza al-Masri, said the road was open.",
        "Fighters of al-Qaeda in the Islamic Maghreb claimed the attack.",
    )
    # A token: a listed word, an al- form ("wa-al-", "bil-") or a wal/bil/lil/fil- form.
    _FORMS = r"(?:wa|fa|bi|li)?-?al-[a-z][a-z'’]*|(?:wal|bil|lil|fil)-?[a-z]+"
    _FORM_WORDS = frozenset({"al", "wa", "fa", "bi", "li", "waal", "faal", "bial", "lial"})  # their first letter runs
    _FORM_HEADS = ("wal", "bil", "lil", "fil")

    @cached_property
    def trigger_words(self) -> frozenset[str] | None:
        """The first run of letters of each listed word and verb: a run is reported only when
        two of its tokens are listed words or one is a listed verb (see check), and a token
        starts a word. (None if a listed word does not start with a letter.)"""
        runs = [_LETTER_RUN.match(w) for w in (*_data()["romanised_arabic"], *_data()["romanised_verbs"])]
        return frozenset(run.group().lower() for run in runs) if all(runs) else None

    @cached_property
    def _runs(self) -> re.Pattern:
        """Three or more romanised Arabic words in a row (function words and al- forms)."""
        words = sorted(_data()["romanised_arabic"], key=lambda w: (-len(w), w))  # (one pattern text in every run)
        token = rf"(?:{'|'.join(map(re.escape, words))}|{self._FORMS})(?![\w-])"
        return regexes.compile(rf"(?<![\w-]){token}(?:\s+{token}){{1,}}")

    @cached_property
    def _may_start(self) -> dict[str, bool]:
        """Lower-cased word -> whether a token can start with it (worked out once a word)."""
        return {}

    def runs(self, doc):
        """The matches of _runs in the prose, as finditer finds them, but tried only at the
        words a token can start with (the first letter run of a listed word or of a form; and
        the "-" before an "al")."""
        index, prose, pattern = doc.lowered_words, doc.prose, self._runs
        offsets, words, known = index.offsets, index.words, self._may_start
        if not known:
            known.update((_LETTER_RUN.match(w).group(), True) for w in _data()["romanised_arabic"])
        distinct = index.distinct  # (the word index keeps its distinct words: no set of every word made)
        for word in distinct.difference(known):
            known[word] = word in self._FORM_WORDS or word.startswith(self._FORM_HEADS)
        wanted = {w for w in distinct if known[w]}
        reached = 0
        for n in itertools.compress(range(len(words)), map(wanted.__contains__, words)):
            offset = offsets[n]
            for start in (offset - 1, offset) if words[n] == "al" and prose[offset - 1 : offset] == "-" else (offset,):
                if start >= reached and (run := pattern.match(prose, start)):
                    reached = run.end()
                    yield run

    def check(self, doc, ctx):
        roman = _data()["romanised_arabic"]
        verbs = _data()["romanised_verbs"]
        for run in self.runs(doc):
            tokens = run.group(0).split()
            listed = sum(word in roman for word in tokens)
            if (len(tokens) >= 3 and listed >= 2) or (any(word in verbs for word in tokens) and len(tokens) >= 2):
                yield self.finding(doc, run.start(), run.end(), "Untranslated Arabic in Latin letters.")


@lru_cache(maxsize=1)
def _romanised_table() -> dict:
    return cache.package_toml("data/romanised.toml")


def romanised_words() -> dict[str, str]:
    """Romanised Arabic words and their English (data/romanised.toml)."""
    return _romanised_table()["words"]


def romanised_heads() -> dict[str, str]:
    """Capitalised heads of romanised institution names ("Diwan al-Malaki")."""
    return _romanised_table().get("heads", {})


@lru_cache(maxsize=1)
def _head_words() -> tuple[tuple[str, str | None], ...]:
    """Each romanised head with its first run of letters in lower case ("Hay'at" -> "hay"),
    None when it does not start with a letter: a match of LNG003's head_pattern starts a word
    with its head, so the text's word index (Document.lowered_words) holds that run."""
    return tuple((head, first.group().lower() if (first := _LETTER_RUN.match(head)) else None)
                 for head in romanised_heads())


@register
class RomanisedArabicWord(Rule):
    id = "LNG003"
    name = "romanised-arabic-word"
    category = "accuracy/untranslated"
    severity = Severity.MAJOR
    local = True  # (the lexicon's names: those of the record, names.known_name_at)
    explanation = (
        "A single Arabic word left in Latin letters inside English text: an administrative title "
        "(\"the muhafiz of Alexandria\": governor), a council (\"the majlis\": parliament), a "
        "religious or social term (\"hisba\", \"shaheed\"). The list with each word's English is "
        "mtqa/data/romanised.toml. Only the lower-case word is reported (capitalised it is part of a "
        "name: \"Majlis Ash'shura\", \"the Shura Council\"), and accepted English loanwords "
        "(sheikh, imam, mufti, jihad, sharia, fatwa, zakat, wali…) are not listed. A word its "
        "writer explains is a loanword used on purpose and is left alone: a gloss right after it "
        "(\"a hudna, or truce,\", \"the ayyala (a stick dance)\", \"tahajjud, the late-night "
        "prayer,\"), \"known as\"/\"called\"/\"the term\" before it, or the word in quotes."
    )
    bad = (
        "The ⟦muhafiz→governor⟧ of Giza ordered the market closed.",
        "The ⟦majlis→council (or parliament)⟧ will vote on Sunday.",
        "Members of the ⟦al-hisba→religious police (moral policing)⟧ closed the shops.",
        "The ⟦Diwan al-Amiri⟧ announced the visit.",
        "The ⟦Muhafiz→governor⟧ of Aswan closed the river port.",
        "The rain will stop by Friday, ⟦Inshallah⟧, forecasters said.",
    )
    good = (
        "The Shura Council approved the budget.",
        "Majlis Ash'shura will meet on Thursday.",
        "Jaish al-Adl claimed the attack.",
        "The Amiri Diwan announced the visit.",
        "The sheikh and the imam spoke about zakat and sharia.",
        "The wali of Khartoum ordered the markets closed.",
        "Drought hit the Sahel.",
        "Mudir Ahmed Salem opened the school.",
        "Hamas offered a long-term hudna, or truce, through Egyptian mediators.",
    )

    @cached_property
    def pattern(self) -> re.Pattern:
        words = sorted(romanised_words(), key=len, reverse=True)
        return regexes.compile(rf"({'|'.join(map(re.escape, words))})(?![\w'’-])")

    @cached_property
    def first_runs(self) -> frozenset[str]:
        """The first run of letters of each listed word: the words of a text looked up."""
        return frozenset(_LETTER_RUN.match(w).group() for w in romanised_words())

    @cached_property
    def trigger_words(self) -> frozenset[str] | None:
        """A listed word's first run of letters or a head's first word: every finding starts
        with one (check, _romanised_names). (None if a head does not start with a letter.)"""
        heads = [first for _, first in _head_words()]
        return None if None in heads else frozenset(run.lower() for run in self.first_runs) | frozenset(heads)

    def check(self, doc, ctx):
        english, prose, keys, pattern = romanised_words(), doc.prose, self.first_runs, self.pattern
        index = doc.lowered_words
        offsets, words = index.offsets, index.words
        for n in itertools.compress(range(len(words)), map(keys.__contains__, words)):  # C-level filter
            offset = offsets[n]
            if prose[offset].isupper():
                yield from self._capitalised(doc, offset)
                continue
            if not (match := pattern.match(prose, offset)):
                continue
            start = offset
            if prose[offset - 3 : offset] == "al-" and offset >= 3:
                start = offset - 3  # "al-majlis"
            if start and (prose[start - 1].isalnum() or prose[start - 1] in "_'’-"):
                continue  # inside a longer word or name
            word = match.group(1)
            if explained(prose, start, match.end()):
                continue  # "a long-term hudna, or truce": a loanword its writer explains
            yield self.finding(doc, start, match.end(),
                               f"Arabic word \"{word}\" left untranslated (English: {english[word]}).",
                               [english[word]], safe=False)
        yield from self._romanised_names(doc, ctx)

    def _capitalised(self, doc, offset):
        """A listed word with a capital (data/romanised.toml [capitalised]): a speech formula
        anywhere ("…, Inshallah"), an office in the slot of an English title ("the Muhafiz of")."""
        prose, table = doc.prose, _romanised_table().get("capitalised", {})
        match = self.pattern.match(prose[offset : offset + 40].lower())
        if match is None or (offset and (prose[offset - 1].isalnum() or prose[offset - 1] in "_'’-")):
            return
        word, end = match.group(1), offset + match.end()
        if word in table.get("offices", ()):
            if not (prose[max(0, offset - 4) : offset].lower() == "the " and prose.startswith(" of ", end)):
                return
        elif word not in table.get("formulas", ()):
            return
        if explained(prose, offset, end):
            return
        office = word in table.get("offices", ())  # (a formula is dropped, not replaced: no suggestion)
        yield self.finding(doc, offset, end,
                           f"Arabic word \"{prose[offset:end]}\" left untranslated (English: {romanised_words()[word]}).",
                           [romanised_words()[word]] if office else [], safe=False)

    @cached_property
    def head_pattern(self) -> re.Pattern:
        """A listed head, at most one capitalised word, then "al-" + a word: "Diwan al-Malaki"."""
        heads = sorted(romanised_heads(), key=len, reverse=True)
        return re.compile(rf"(?<![\w'’-])({'|'.join(map(re.escape, heads))})(?:[ \t]+[A-Z][\w'’]{{1,20}})?"
                          rf"[ \t]+al-[A-Za-z][\w'’]{{1,20}}(?![\w-])")

    def _romanised_names(self, doc, ctx):
        """Romanised institution names in the Arabic construct (see data/romanised.toml [heads]);
        not a name the lexicon knows in that spelling ("Hay'at Tahrir al-Sham")."""
        from mtqa.rules.names import known_name_at

        heads, prose = romanised_heads(), doc.prose
        # the heads whose first word the text has (a set test instead of a search of the text for each)
        present = {first for _, first in _head_words()} & doc.lowered_words.distinct
        written = [head for head, first in _head_words() if (first is None or first in present) and head in prose]
        if not written:
            return
        for match in at_literals(self.head_pattern, prose, written):  # = finditer: every match opens with a head
            head = match.group(1)
            if known_name_at(doc, ctx, match.start(1), match.end(1)):
                continue  # (the head itself inside the known name: not "Jami'at al-Azhar")
            yield self.finding(doc, match.start(), match.end(),
                               f"Arabic name \"{match.group(0)}\" left in Latin letters (English: {heads[head]}).",
                               [], safe=False)
