"""Arabic-aware spelling keys for Latin transliterations of Arabic names.

Two spellings with the same key are taken as one name written two ways: "Mahmoud" and
"Mahmud", "Al-Sisi" and "El-Sisi", "Hamzah" and "Hamza", "Kareem" and "Karim". The key only
folds differences that transliteration systems make for the same Arabic letters; it keeps the
vowel contrasts that separate different names (Hassan/Hussein, Saleh/Salah, Amer/Amir).
Spellings that differ in those vowels but belong to one common Arabic name (Mohammed,
Muhammad, Mohamed) are linked by the groups of data/name_variants.toml.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import methodcaller
from importlib import resources

from mtqa import cache

_ARTICLE = re.compile(r"^(?:al|el|ul|ad|an|ar|as|ash|at|az|ed|es|et|ez)[-‐‑](?=\w)")
_FOLDS = (  # (pattern, replacement, a text each match holds with the letter before it: not tried without it)
    (re.compile(r"['’ʿʾ`\-‐‑]"), "", ""),  # ayn/hamza marks and hyphens
    (re.compile(r"ou|oo"), "u", "o"),  # Mahmoud/Mahmud, Nour/Nur
    (re.compile(r"ee"), "i", "ee"),  # Kareem/Karim, Saeed/Said
    (re.compile(r"ei|ai"), "ay", "i"),  # Hussein/Husain/Husayn
    (re.compile(r"o"), "u", "o"),  # Omar/Umar, Osama/Usama
    (re.compile(r"ph"), "f", "ph"),  # Mustapha/Mustafa
    (re.compile(r"q"), "k", "q"),  # Qassem/Kassem
    (re.compile(r"dh"), "d", "dh"),  # Kadhafi/Kadafi
    (re.compile(r"(?<=a)h$"), "", "ah"),  # Hamzah/Hamza (ta marbuta)
    (re.compile(r"(?<=y)eh$"), "a", "yeh"),  # Hayyeh/Hayya, Sumayyeh/Sumayya (ta marbuta after y, Levantine)
    (re.compile(r"(.)\1+"), methodcaller("group", 1), ""),  # doubled letters: Hassan/Hasan
)
# (a replacement "\1" written as a callable: re.sub expands a template through Python code
# on every call, matched or not - a few microseconds a word, most of a key's cost)


@lru_cache(maxsize=1)
def _variant_table() -> dict[str, str]:
    """spelling -> the first spelling of its group (data/name_variants.toml), lower case."""
    table = {}
    for group in cache.package_toml("data/name_variants.toml")["groups"]:  # (read back from the cache)
        for spelling in group:
            table[spelling.lower()] = group[0].lower()
    return table


def strip_article(word: str) -> str:
    """`word` without an attached Arabic article ("al-Saleh" -> "Saleh")."""
    if word[2:3] not in _ARTICLE_HYPHENS and word[3:4] not in _ARTICLE_HYPHENS:
        return word  # no hyphen where an article would end (most words: no search)
    return _ARTICLE.sub("", word)


_ARTICLE_HYPHENS = frozenset("-‐‑")  # the hyphens of _ARTICLE


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """The spelling key of one name token."""
    if word.isascii():  # (NFKD changes no ASCII text, which has no combining marks)
        text = word.lower()
    else:
        text = unicodedata.normalize("NFKD", word)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = strip_article(text)
    text = _variant_table().get(text, text)
    for pattern, replacement, needle in _FOLDS:
        if needle in text:
            text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=1)
def common_given_names() -> frozenset[str]:
    """Common Arabic given names, lower case: the spellings of data/name_variants.toml and
    the `given_names` of data/name_forms.toml (names that differ from one another in vowels
    only, Hassan/Hussein)."""
    variants = cache.package_toml("data/name_variants.toml")["groups"]
    listed = cache.package_toml("data/name_forms.toml")["given_names"]
    return frozenset({n.lower() for group in variants for n in group} | {n.lower() for n in listed})


_AR_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
_AR_ALIF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def arabic_key(word: str) -> str:
    """An Arabic name word reduced for comparison: no diacritics, one alif, final ya, ta
    marbuta as ha, and no article ("الجبير" -> "جبير")."""
    word = _AR_DIACRITICS.sub("", word).translate(_AR_ALIF)
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@lru_cache(maxsize=1)
def _name_arabic() -> dict[str, frozenset[str]]:
    text = resources.files("mtqa").joinpath("data/name_arabic.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            latin, _, arabic = line.partition("\t")
            table[latin] = frozenset(arabic_key(a) for a in arabic.split())
    return table


def arabic_of(word: str) -> frozenset[str]:
    """The Arabic spellings of a Latin name token that names commonly carry (data/
    name_arabic.tsv, from Wikidata): "Hassan" -> {حسن}; empty for a token not listed."""
    return _name_arabic().get(strip_article(word.lower()), frozenset())


@lru_cache(maxsize=65536)
def key_final_i(word: str) -> str:
    """The transliteration key with a final y read as i ("al-Alimy" ~ "al-Alimi", "Fawzy")."""
    return _FINAL_Y.sub("i", key(word))


def consonant_skeleton(word: str, folds, first_vowels: str) -> str:
    """The consonants of a name once its article is gone and `folds` (pattern, replacement,
    needle) are applied: a first letter of `first_vowels` becomes "a", later vowels (y and w
    too) go, doubled letters are one. `needle`: a text every match of the pattern holds (the
    pattern is not tried on a text without it; "" for none)."""
    text = strip_article(word.lower())
    for pattern, replacement, needle in folds:
        if needle in text:
            text = pattern.sub(replacement, text)
    if not text:
        return ""
    head = "a" if text[0] in first_vowels else text[0]
    return _DOUBLED.sub(_FIRST_GROUP, head + text[1:].translate(_NO_LATER_VOWELS))


_FINAL_Y = re.compile(r"y$")
_DOUBLED = re.compile(r"(.)\1+")
_FIRST_GROUP = methodcaller("group", 1)  # (= the replacement "\1": see _FOLDS)
_NO_LATER_VOWELS = str.maketrans("", "", "aeiouyw")

