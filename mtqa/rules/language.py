"""Wrong-language and untranslated text (LNG…). A cheap character and word test picks
candidates; langdetect (seeded, so results are deterministic) runs only on those."""

from __future__ import annotations

import re
import tomllib
from functools import cached_property, lru_cache
from importlib import resources

from mtqa.findings import Severity
from mtqa.rules import Rule, register

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ASCII_WORD = re.compile(r"\w+")  # on ASCII text: the runs the pattern's (?<!\w)…(?!\w) delimit


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = tomllib.loads(resources.files("mtqa").joinpath("data/language.toml").read_text("utf-8"))
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


class ForeignSentence(Rule):
    id = "LNG001"
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

    def check(self, doc, ctx):
        english = _data()["english_function_words"]
        for sentence in doc.sentences:
            if self.foreign_words(sentence.text) < 2:
                continue  # English, or a headline, a score line, a list of names
            words = [w.lower() for w in _WORD.findall(sentence.text)]
            if len(words) < 6 or sum(w in english for w in words) / len(words) >= 0.12:
                continue
            lang, prob = detect(sentence.text)
            if lang not in ("en", "unknown") and prob >= 0.9:
                yield self.finding(doc, sentence.start, sentence.end,
                                   f"Sentence is not in English (language identified: {lang}).")


class RomanisedArabic(Rule):
    id = "LNG002"
    name = "romanised-arabic"
    category = "accuracy/untranslated"
    severity = Severity.MAJOR
    explanation = (
        "Arabic left untranslated but written in Latin letters (\"wa qad akkada al-mutahaddith\"): "
        "a run of three or more romanised Arabic function words and al- forms that mean nothing "
        "in English. Names with al- (\"Hamza al-Masri\") are not runs and are left alone."
    )
    bad = (
        "The spokesman said ⟦wa qad akkada al-mutahaddith⟧ that the road was open.",
    )
    good = (
        "The spokesman, Hamza al-Masri, said the road was open.",
        "Fighters of al-Qaeda in the Islamic Maghreb claimed the attack.",
    )
    @cached_property
    def _runs(self) -> re.Pattern:
        """Three or more romanised Arabic words in a row (function words and al- forms)."""
        words = sorted(_data()["romanised_arabic"], key=len, reverse=True)
        token = (rf"(?:{'|'.join(map(re.escape, words))}"
                 r"|(?:wa|fa|bi|li)?-?al-[a-z]+|(?:wal|bil|lil|fil)-?[a-z]+)(?![\w-])")
        return re.compile(rf"(?<![\w-]){token}(?:\s+{token}){{2,}}")

    def check(self, doc, ctx):
        roman = _data()["romanised_arabic"]
        for run in self._runs.finditer(doc.prose):
            if sum(word in roman for word in run.group(0).split()) >= 2:
                yield self.finding(doc, run.start(), run.end(), "Untranslated Arabic in Latin letters.")


register(ForeignSentence())
register(RomanisedArabic())
