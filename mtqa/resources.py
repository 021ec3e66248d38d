"""NLTK resources: found through NLTK_DATA and NLTK's standard paths, never downloaded at run time.

`mtqa setup` is the one command that downloads them (it is the only part of mtqa that uses
the network). Anything else that needs a missing resource stops with a message naming the
resource and that command.
"""

from __future__ import annotations

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


def flesch_reading_ease(text: str) -> float:
    """Flesch reading ease by textstat, which needs cmudict (checked first: textstat would
    otherwise try to download it)."""
    require("cmudict")
    import textstat

    textstat.set_lang("en_US")
    return float(textstat.flesch_reading_ease(text))
