"""Arabic normalisation, in one place: what two spellings of one Arabic word have in common.

Diacritics and tatweel go (pyarabic); alef and hamza forms fold to bare alef (أ إ آ ٱ → ا,
ؤ → و, ئ → ي), ta marbuta to ha (ة → ه), alef maqsura to ya (ى → ي). Words are tokenised with
their spans in the original text, and `stems` peels the clitics و ف (and), ب ل ك (in, to,
like) and the article ال, so that وبالجزيرة, للجزيرة and الجزيرة all reach جزيره.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pyarabic.araby as araby

# letters that spell one sound several ways in news copy
_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ۀ": "ه", "ھ": "ه",
})
# an Arabic word: letters of the Arabic blocks (diacritics and tatweel included)
ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06D5\u06EE-\u06FF\u064B-\u065F\u0670\u0640\uFB50-\uFDFF\uFE70-\uFEFF]+")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]")
_DIGITS = re.compile(r"[\u0660-\u0669\u06F0-\u06F9]+")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str  # as written
    norm: str  # normalised


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """`text` without diacritics or tatweel, with alef/hamza, ta marbuta and alef maqsura folded."""
    text = araby.normalize_ligature(araby.strip_tatweel(araby.strip_diacritics(text)))
    return text.translate(_FOLD)


_WORD_OR_NUMBER = re.compile(rf"{ARABIC_WORD.pattern}|[0-9A-Za-z]+")
_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def words(text: str, numbers: bool = False) -> list[Word]:
    """The Arabic words of `text`, with their spans; with `numbers`, digit runs and Latin
    words too (as tokens of their own, digits made Western)."""
    out = []
    for match in (_WORD_OR_NUMBER if numbers else ARABIC_WORD).finditer(text):
        if _DIGITS.fullmatch(match.group()):
            if numbers:
                out.append(Word(match.start(), match.end(), match.group(), match.group().translate(_INDIC)))
            continue
        if numbers and match.group()[0].isascii():
            out.append(Word(match.start(), match.end(), match.group(), match.group().lower()))
            continue
        norm = normalise(match.group())
        if norm:
            out.append(Word(match.start(), match.end(), match.group(), norm))
    return out


@lru_cache(maxsize=65536)
def stems(norm: str) -> tuple[str, ...]:
    """`norm` and the forms left after peeling the clitics و ف, then ب ل ك, then the article ال
    (ل + ال is written لل). Longest first; nothing shorter than two letters."""
    forms = [norm]
    conj = [norm]
    if len(norm) > 3 and norm[0] in "وف":
        conj.append(norm[1:])
    for word in conj:
        preps = [word]
        if len(word) > 3 and word[0] in "بلك":
            preps.append(word[1:])
        if word.startswith("لل") and len(word) > 3:
            preps.append("ال" + word[2:])
        for form in preps:
            forms.append(form)
            if form.startswith("ال") and len(form) > 3:
                forms.append(form[2:])
    seen: dict[str, None] = {}
    for form in forms:
        if len(form) >= 2:
            seen.setdefault(form, None)
    return tuple(seen)


def bare(norm: str) -> str:
    """The shortest stem: the word without its clitics and article."""
    return stems(norm)[-1]


def with_article(norm: str) -> str | None:
    """The article-bearing form of a word if it has one after its clitics ("وللجزيره" → "الجزيره")."""
    for form in stems(norm):
        if form.startswith("ال"):
            return form
    return None


def arabic_share(text: str) -> float:
    """The share of letters in `text` that are Arabic."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ARABIC_LETTER.match(c)) / len(letters)
