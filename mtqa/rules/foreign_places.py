"""NAM002 for a place outside the Arab world spelt as MT reads it back from Arabic script
("Balermo" for Palermo, "Fienna" for Vienna, "Jeneva" for Geneva, "Bakistan").

Arabic has no p, v or soft g: the Arabic spelling of Palermo has b, of Vienna f, of Geneva j.
For every place of data/world_places.toml the re-spellings are generated: every p -> b, every
v -> f, a g before e/i/y -> j (at least one of these), with at most two of the changes that
come with them (e -> i, o -> u, ch -> sh, c -> k, ph -> f, a doubled letter single, a final e
dropped). A re-spelling that is an English word (lower case or Title Case in the clean-English
counts), shorter than six letters, a common given name, a listed place, a name of its own
(`not_respellings`) or a word of a lexicon name is never generated. A capitalised word of the text equal to one is reported.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations, compress

from mtqa import cache
from mtqa import translit
from mtqa.lexicon.ngrams import ngram_counts

# the changes an Arabic spelling forces: at least one of them makes a re-spelling
_MARKERS = (
    (re.compile(r"p(?!h)"), "b"),
    (re.compile(r"v"), "f"),
    (re.compile(r"g(?=[eiy])"), "j"),
)
# the changes that come with them, at most two at once
_EXTRAS = (
    (re.compile(r"e"), "i"),
    (re.compile(r"o"), "u"),
    (re.compile(r"ch"), "sh"),
    (re.compile(r"c(?=[aoulrt])"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"([b-df-hj-np-tv-z])\1"), r"\1"),
    (re.compile(r"(?<=[^aeiou])e$"), ""),
)


def respellings(place: str) -> set[str]:
    """The lower-case re-spellings of a one-word place as MT reads it back from Arabic."""
    word = place.lower()
    markers = [m for m in _MARKERS if m[0].search(word)]
    extras = [e for e in _EXTRAS if e[0].search(word)]
    found = set()
    for n in range(1, len(markers) + 1):
        for chosen in combinations(markers, n):
            base = word
            for pattern, replacement in chosen:
                base = pattern.sub(replacement, base)
            for k in range(0, min(2, len(extras)) + 1):
                for more in combinations(extras, k):
                    variant = base
                    for pattern, replacement in more:
                        variant = pattern.sub(replacement, variant)
                    found.add(variant)
    found.discard(word)
    return found


@lru_cache(maxsize=4)
def _index(lex) -> dict[str, str]:
    """Re-spelling (lower case) -> the place, for every place of data/world_places.toml; kept in
    the on-disk cache (a start saves building it: 20 ms) under the lexicon's key, the rules'
    code and data (lexicon.derived's digest) and the n-gram table's file signature."""
    from importlib import resources

    from mtqa.lexicon import _rules_digest

    key = getattr(lex, "cache_key", None)
    try:
        counts_file = cache.file_signature(resources.files("mtqa").joinpath("lexicon/ngram_counts.bin"))
    except (OSError, TypeError):
        key = None
    if key is None:
        return _build_index(lex)
    return cache.cached("foreign-respellings", cache.key_of("foreign-respellings", key, _rules_digest(), counts_file),
                        lambda: _build_index(lex))


def _build_index(lex) -> dict[str, str]:
    data = cache.package_toml("data/world_places.toml")
    places = data["places"]
    listed = {p.lower() for p in places} | {n.lower() for n in data["not_respellings"]}
    counts, given = ngram_counts(), translit.common_given_names()
    known = {w.lower() for e in lex.entries for form in e.correct_forms for w in form.split()}
    index: dict[str, str] = {}
    for place in places:
        if " " in place:
            continue
        for variant in respellings(place):
            if len(variant) < 6 or variant in listed or variant in given or variant in known:
                continue
            if counts.count(variant) or counts.count(variant, title=True):
                continue
            index.setdefault(variant, place)
    return index


def respelled_places(rule, doc, ctx, reported):
    """NAM002 findings for foreign places re-spelt from Arabic (module docstring), where no
    NAM002 finding is yet (`reported`: spans of those)."""
    from mtqa.rules.names import _name_tokens, _Spans, lexicon

    tokens = _name_tokens(doc)
    if not tokens:
        return
    index = _index(lexicon(ctx))
    # each distinct spelling judged once, then only the places of those that are re-spellings
    words = tokens.words
    respelt = {written for written in set(words) if written[1:].islower() and written.lower() in index}
    if not respelt:
        return
    spans = None
    for n in compress(range(len(words)), map(respelt.__contains__, words)):
        start, end, written = tokens[n]
        place = index[written.lower()]
        if spans is None:
            spans = _Spans(list(reported))
        if spans.overlaps(start, end):
            continue
        message = (f"{written!r} is {place} spelt as MT reads it back from Arabic script (no p, v "
                   f"or soft g there); English writes {place}.")
        yield rule.finding(doc, start, end, message, [place], safe=False)
