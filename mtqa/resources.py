"""NLTK resources: found through NLTK_DATA and NLTK's standard paths, never downloaded at run time.

`mtqa setup` is the one command that downloads them (it is the only part of mtqa that uses
the network, and the only one that imports nltk). A run without them skips only the rules that
declare a missing resource in `Rule.needs` and warns once (`missing_warning`); readability
then counts syllables by hyphenation alone.

Checking text does not import nltk (nor numpy): the data folders are found here the way nltk
finds them, and the two resources mtqa reads are read here from NLTK's own files:
- the English averaged-perceptron POS tagger (weights, tag dictionary, classes as JSON),
  applied exactly as nltk's PerceptronTagger applies it (tests compare the tags);
- the CMU pronouncing dictionary, as syllable counts (see mtqa.readability).
Both are kept in the on-disk cache (mtqa.cache) once read.
"""

from __future__ import annotations

import bisect
import itertools
import json
import operator
import os
import re
import struct
import sys
import zipfile
from collections.abc import Iterator
from functools import lru_cache

from mtqa import cache
from mtqa.errors import ResourceError

# package name for nltk.downloader -> path of the resource inside an NLTK data folder
RESOURCES = {
    "averaged_perceptron_tagger_eng": "taggers/averaged_perceptron_tagger_eng/",
    "cmudict": "corpora/cmudict",
}
_TAGGER_FILES = tuple(f"averaged_perceptron_tagger_eng.{part}.json" for part in ("weights", "tagdict", "classes"))


def data_paths() -> list[str]:
    """NLTK's data search path (as nltk.data.path is at import): $NLTK_DATA's folders,
    ~/nltk_data, then the folders under the Python prefix and the system ones."""
    paths = [os.path.expanduser(d) for d in os.environ.get("NLTK_DATA", "").split(os.pathsep) if d]
    if "APPENGINE_RUNTIME" not in os.environ and os.path.expanduser("~/") != "~/":
        paths.append(os.path.expanduser("~/nltk_data"))
    prefix = [os.path.join(sys.prefix, "nltk_data"), os.path.join(sys.prefix, "share", "nltk_data"),
              os.path.join(sys.prefix, "lib", "nltk_data")]
    if os.name == "nt":
        paths += [*prefix, os.path.join(os.environ.get("APPDATA", "C:\\"), "nltk_data"),
                  r"C:\nltk_data", r"D:\nltk_data", r"E:\nltk_data"]
    else:
        paths += [*prefix, "/usr/share/nltk_data", "/usr/local/share/nltk_data",
                  "/usr/lib/nltk_data", "/usr/local/lib/nltk_data"]
    return paths


def locate(name: str) -> str | None:
    """Folder or zip file of resource `name` in the first data folder that has it."""
    relative = RESOURCES[name].rstrip("/")
    for base in data_paths():
        candidate = os.path.join(base, *relative.split("/"))
        if os.path.isdir(candidate):
            return candidate
        if os.path.isfile(candidate + ".zip"):
            return candidate + ".zip"
    return None


def _read(name: str, member: str) -> tuple[bytes, str]:
    """The bytes of file `member` of resource `name`, and a signature for the cache key."""
    where = locate(name)
    if where is None:
        require(name)
    if where.endswith(".zip"):
        prefix = RESOURCES[name].rstrip("/").rsplit("/", 1)[-1]
        with zipfile.ZipFile(where) as archive:
            return archive.read(f"{prefix}/{member}"), cache.file_signature(where) + "|" + member
    path = os.path.join(where, member)
    with open(path, "rb") as file:
        return file.read(), cache.file_signature(path)


def _signature(name: str, member: str) -> str:
    where = locate(name)
    if where is None:
        require(name)
    if where.endswith(".zip"):
        return cache.file_signature(where) + "|" + member
    return cache.file_signature(os.path.join(where, member))


def missing() -> list[str]:
    """Names of the NLTK resources that cannot be found."""
    return [name for name in RESOURCES if locate(name) is None]


def require(name: str) -> None:
    """Raise ResourceError, naming the install command, when resource `name` is missing."""
    if locate(name) is None:
        raise ResourceError(
            f"NLTK resource '{name}' not found (searched NLTK_DATA and NLTK's standard paths); "
            f"install it with: mtqa setup   (or: python -m nltk.downloader {name})",
            resource=name,
        )


def missing_warning(absent: list[str], skipped: list[str]) -> str:
    """The one warning of a run without some NLTK resources: what is missing, what was not
    done for it, and the two ways to install it."""
    lost = [f"rule(s) {', '.join(skipped)} skipped"] if skipped else []
    if "cmudict" in absent:
        lost.append("readability syllables counted by hyphenation only")
    return (
        f"NLTK resource(s) {', '.join(absent)} not found in NLTK_DATA or NLTK's standard paths: "
        f"{'; '.join(lost) or 'nothing skipped'}. Install them with `mtqa setup` (offline: "
        f"`mtqa setup --from DIR`, DIR a copy of nltk_data), or set NLTK_DATA to a folder that has them."
    )


def default_target() -> str:
    """Where `mtqa setup --from` copies resources: the first NLTK_DATA folder, else ~/nltk_data."""
    first = next((d for d in os.environ.get("NLTK_DATA", "").split(os.pathsep) if d), "~/nltk_data")
    return os.path.expanduser(first)


def copy_from(folder: str, names: list[str], target: str | None = None) -> list[str]:
    """Copy resources `names` from `folder` (a copy of an nltk_data folder) into `target`
    (default_target()); return the names `folder` does not have."""
    import shutil

    target = target or default_target()
    absent = []
    for name in names:
        relative = RESOURCES[name].rstrip("/")
        origin = os.path.join(folder, *relative.split("/"))
        destination = os.path.join(target, *relative.split("/"))
        if os.path.isdir(origin):
            shutil.copytree(origin, destination, dirs_exist_ok=True)
        elif os.path.isfile(origin + ".zip"):
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            shutil.copyfile(origin + ".zip", destination + ".zip")
        else:
            absent.append(name)
    return absent


def install(names: list[str] | None = None, quiet: bool = True) -> list[str]:
    """Download the given (default: all missing) resources; return those still missing."""
    import nltk

    for name in names if names is not None else missing():
        nltk.download(name, quiet=quiet, raise_on_error=False)
    return missing()


# --- POS tagging ---------------------------------------------------------------------------

_START, _END = ["-START-", "-START2-"], ["-END-", "-END2-"]
_PAIR = struct.Struct("<Hd")  # label index, weight (a float64, exactly as read from the JSON)


_MEMO_SIZE = 4096  # PerceptronTagger._memo is emptied when it holds this many tags


class PerceptronTagger:
    """NLTK's English averaged-perceptron tagger, read from its resource files and applied the
    way nltk.tag.perceptron.PerceptronTagger.tag does (same features, same tie-break)."""

    def __init__(self, weights: dict[str, bytes], tagdict: dict, labels: list[str]):
        """`weights`: feature -> its (label index, weight) pairs packed as _PAIR (a compact form
        of NLTK's feature -> {label: weight}); `labels`: the label of each index."""
        self.weights, self.tagdict, self.labels = weights, tagdict, labels
        # the tag of a word not in tagdict, by all it depends on (the word, the two tags before it,
        # the words around it): the rules tag the same few words again (windows of one sentence)
        self._memo: dict[tuple[str, ...], str] = {}
        self.classes = sorted(set(labels))
        # the scores after the "bias" feature, every word's first: 0.0 + weight is the weight
        self._bias = [0.0] * len(labels)
        for i, weight in _PAIR.iter_unpack(weights.get("bias", b"")):
            self._bias[i] += weight

    @property
    def classes(self) -> list[str]:
        return self._classes

    @classes.setter
    def classes(self, classes: list[str]) -> None:
        self._classes = classes
        index = {label: i for i, label in enumerate(self.labels)}
        self._class_indices = [(label, index[label]) for label in classes]
        self._classes_are_labels = list(classes) == list(self.labels)  # class i is label i

    @classmethod
    def load(cls) -> "PerceptronTagger":
        require("averaged_perceptron_tagger_eng")
        key = cache.key_of("tagger-packed-1", *(_signature("averaged_perceptron_tagger_eng", f) for f in _TAGGER_FILES))

        def build():
            weights, tagdict, classes = (json.loads(_read("averaged_perceptron_tagger_eng", f)[0]) for f in _TAGGER_FILES)
            labels = sorted({label for by_label in weights.values() for label in by_label} | set(classes))
            index = {label: i for i, label in enumerate(labels)}
            packed = {feature: b"".join(_PAIR.pack(index[label], weight) for label, weight in by_label.items())
                      for feature, by_label in weights.items()}
            return packed, tagdict, labels, sorted(classes)

        weights, tagdict, labels, classes = cache.cached("tagger-eng", key, build)
        tagger = cls(weights, tagdict, labels)
        tagger.classes = classes
        return tagger

    @staticmethod
    def normalize(word: str) -> str:
        if "-" in word and word[0] != "-":
            return "!HYPHEN"
        if word.isdigit() and len(word) == 4:
            return "!YEAR"
        if word and word[0].isdigit():
            return "!DIGITS"
        return word.lower()

    def _best(self, scores: list[float]) -> str:
        """The label with the highest score, ties to the greatest label, as nltk."""
        if self._classes_are_labels:
            best = max(scores)
            if scores.count(best) == 1:
                return self.labels[scores.index(best)]
            return max(label for label, score in zip(self.labels, scores) if score == best)
        return max(self._class_indices, key=lambda item: (scores[item[1]], item[0]))[0]

    def tag(self, words: list[str]) -> list[str]:
        return list(self.tags(words))

    def tags(self, words: list[str], start: int = 0) -> Iterator[str]:
        """The tags of `words` one at a time, left to right (tag i needs tags 0 … i-1); from word
        `start` on when words start-2 and start-1 are in the tag dictionary (restart_points):
        their tags are fixed, and a tag depends only on the two before it and the words around."""
        prev, prev2 = _START if not start else (self.tagdict[words[start - 1]], self.tagdict[words[start - 2]])
        context = _START + [self.normalize(w) for w in words] + _END
        known, weights, unpack, bias, best = self.tagdict.get, self.weights.get, _PAIR.iter_unpack, self._bias, self._best
        memo = self._memo.get
        for i in range(start, len(words)):
            word = words[i]
            tag = known(word)
            if not tag and not (tag := memo(key := (word, prev, prev2, context[i], context[i + 1], context[i + 3], context[i + 4]))):
                # nltk's features after "bias", in its order, each with count 1 (no two of them can
                # be equal: no template's prefix is a prefix of another's); scores summed in that order
                at, before, after = context[i + 2], context[i + 1], context[i + 3]
                scores = bias.copy()
                for feature in ("i suffix " + word[-3:], "i pref1 " + word[:1], "i-1 tag " + prev, "i-2 tag " + prev2,
                            f"i tag+i-2 tag {prev} {prev2}", "i word " + at, f"i-1 tag+i word {prev} {at}",
                            "i-1 word " + before, "i-1 suffix " + before[-3:], "i-2 word " + context[i],
                            "i+1 word " + after, "i+1 suffix " + after[-3:], "i+2 word " + context[i + 4]):
                    packed = weights(feature)
                    if packed is not None:
                        for label, weight in unpack(packed):
                            scores[label] += weight
                tag = best(scores)
                if len(self._memo) >= _MEMO_SIZE:
                    self._memo.clear()
                self._memo[key] = tag
            yield tag
            prev2, prev = prev, tag


@lru_cache(maxsize=1)
def _tagger() -> PerceptronTagger:
    return PerceptronTagger.load()


def loaded_tagger() -> PerceptronTagger | None:
    """The tagger when it is already in memory, else None (this never loads it)."""
    return _tagger() if _tagger.cache_info().currsize else None


@lru_cache(maxsize=1)
def tagger_vocabulary() -> frozenset[str]:
    """The words the tagger has a feature of its own for ("i word X": the words it was trained
    on), read from the on-disk cache in about 1 ms, not with the tagger's weights (25 ms): a rule
    that only asks whether the tagger knows a word does not load the tagger."""
    require("averaged_perceptron_tagger_eng")
    key = cache.key_of("tagger-vocabulary-1", *(_signature("averaged_perceptron_tagger_eng", f) for f in _TAGGER_FILES))
    return frozenset(cache.cached("tagger-vocabulary", key, lambda: sorted(
        feature[7:] for feature in _tagger().weights if feature.startswith("i word "))))


def loaded_vocabulary() -> frozenset[str] | None:
    """tagger_vocabulary() when it or the tagger is already in memory, else None (this never
    loads either)."""
    if tagger_vocabulary.cache_info().currsize or _tagger.cache_info().currsize:
        return tagger_vocabulary()
    return None


def pos_tag(words: list[str]) -> list[str]:
    """Penn Treebank tags for `words` with NLTK's English perceptron tagger."""
    if not words:
        return []
    return _tagger().tag(list(words))


def restart_points(words: list[str]) -> list[int]:
    """0 and each index k whose two words before are in the tagger's dictionary: there the tags
    of `words` can be computed on their own (PerceptronTagger.tags with `start`)."""
    known = list(map(_tagger().tagdict.__contains__, words))  # (the tests in C: no Python code a word)
    return [0, *itertools.compress(range(2, len(words)), map(operator.and_, known[1:-1], known[:-2]))]


class BackwardTags:
    """The tags pos_tag(words) would give, each computed when read, from the nearest restart
    point at or before it (restart_points) up to the tags already computed: a search that reads
    tags from the end backwards tags only the words it reaches, and the few before them."""

    __slots__ = ("_words", "_tags", "_restarts", "_done")

    def __init__(self, words: list[str]):
        self._words = list(words)
        self._tags: list[str | None] = [None] * len(self._words)
        self._restarts = restart_points(self._words)
        self._done = len(self._words)  # tags[_done:] are computed (always a suffix)

    def __len__(self) -> int:
        return len(self._words)

    def __getitem__(self, i: int) -> str:
        if i < 0:
            i += len(self._words)
        if i >= self._done:
            return self._tags[i]
        if not 0 <= i < len(self._words):
            raise IndexError("tag index out of range")
        start = self._restarts[bisect.bisect_right(self._restarts, i) - 1]
        for at, tag in zip(range(start, self._done), _tagger().tags(self._words, start)):
            self._tags[at] = tag
        self._done = start
        return self._tags[i]

    def __setitem__(self, i: int, tag: str) -> None:
        self[i]  # (computed first: a tag set by the caller is not overwritten)
        self._tags[i] = tag


def lazy_pos_tags(words: list[str]) -> LazyTags:
    """The tags pos_tag(words) would give, each computed only when read (see LazyTags)."""
    return LazyTags(words)


class LazyTags:
    """The tags of a list of words, computed from the left only as far as they are read:
    `tags[i]` is the tag nltk gives word i of the whole list (it tags words 0 … i, looking at
    words i+1 and i+2). Reading no tag tags nothing."""

    __slots__ = ("_words", "_done", "_pending")

    def __init__(self, words: list[str]):
        self._words = list(words)
        self._done: list[str] = []
        self._pending: Iterator[str] | None = None  # the tagger is loaded at the first read

    def __len__(self) -> int:
        return len(self._words)

    def __getitem__(self, i: int) -> str:
        done = self._done
        if i < 0:
            i += len(self._words)
        if i >= len(done):
            if not 0 <= i < len(self._words):
                raise IndexError("tag index out of range")
            if self._pending is None:
                self._pending = _tagger().tags(self._words)
            done.extend(itertools.islice(self._pending, i + 1 - len(done)))
        return done[i]

    def __setitem__(self, i: int, tag: str) -> None:
        self[i]  # (tagged first, as pos_tag would have: the tags after it are the tagger's own)
        self._done[i] = tag


# --- syllables -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def cmudict_syllables() -> dict[str, str]:
    """Syllable counts of the CMU pronouncing dictionary, as textstat counts them (the phones
    with a stress digit in a word's first pronunciation), in a compact table: the words'
    first three letters -> "\\nword\\tcount\\n…" (looked up with `syllables_in_cmudict`)."""
    require("cmudict")
    key = cache.key_of("cmudict-syllables-3", _signature("cmudict", "cmudict"))

    def build() -> dict[str, str]:
        text = _read("cmudict", "cmudict")[0].decode("latin-1").lower()
        counts = dict(re.findall(r"^(\S+) 1 (.*)$", text, re.M))
        groups: dict[str, list[str]] = {}
        for word, phones in counts.items():
            vowels = sum(1 for phone in phones.split() if phone[-1].isdigit())
            groups.setdefault(word[:3], []).append(f"{word}\t{vowels}")
        return {prefix: "\n" + "\n".join(lines) + "\n" for prefix, lines in groups.items()}

    return cache.cached("cmudict-syllables", key, build)


def syllables_in_cmudict(word: str) -> int | None:
    """Syllables of lower-case `word` by the CMU dictionary, None when it is not there."""
    group = cmudict_syllables().get(word[:3])
    if group is None:
        return None
    at = group.find("\n" + word + "\t")
    if at < 0:
        return None
    start = at + len(word) + 2
    return int(group[start : group.index("\n", start)])
