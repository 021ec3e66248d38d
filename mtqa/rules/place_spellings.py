"""NAM002 on unseen spellings of the lexicon's places ("the city of Binghazi", "in Tilimsan",
"the Dir al-Zur countryside", "in Tanja").

A place name MT has not memorised comes out as a fresh transliteration: vowels swapped (e/i,
o/u, ou/u), doubled letters single or the other way round, g written gh (غ for a foreign g),
c as s or k, or the Arabic letters spelt one by one where English has an exonym (طنجة "Tanja"
for Tangier). A run of capitalised words in a place position (after "in", "from", "near", "the
city of"…, or before "governorate", "province", "countryside"…) that is none of the lexicon's
spellings but has the place skeleton of one of its places — the wide consonant skeleton of
name_forms with c, x and gh folded too, word by word, articles left out — is that place
misspelt. The same holds when the run spells the place's Arabic letter by letter and the
transliteration model (mtqa/source/translit.py) agrees.

Precision: no word of the run is an English word (clean-news n-gram counts), a common given
name, or a correct spelling of any name of the lexicon; a one-word run has three consonants or
more and is close to the place letter by letter (its spelling key), with the same first letter
class.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from mtqa import cache, regexes, translit
from mtqa.lexicon import derived
from mtqa.lexicon.ngrams import ngram_counts
from mtqa.segment import at_line_starts
from mtqa.translit import _FIRST_GROUP

_PARTICLE = r"(?:al|el|ez|ed|es|ash|ad|an|ar|as|at|az|ul)"
# a place name: up to three capitalised words, with articles and hyphens between them
_RUN = (
    r"((?:(?:Al|El)[-‐ ])?+[A-Z][a-z'’]{2,20}+(?:(?:[ ]" + _PARTICLE + r"[-‐]|[ ]|[-‐]" + _PARTICLE + r"[-‐]|[-‐])"
    r"[A-Z][a-z'’]{1,20}+){0,2}+)"
)
# a run of capitalised words after a space (its place position is checked on the words around it)
_CAPITAL_RUN = regexes.compile(r"[ ](?=[A-Z])" + _RUN + r"(?![\w'’-]|[ ][A-Z])")
# a dateline: a place at the start of a line before an agency in brackets or a dash ("Binghazi (LANA) -")
_DATELINE = regexes.compile(r"(?m)^[ \t]*+" + _RUN + r"(?=[ \t]*+(?:\([^()\n]{1,40}\)[ \t]*+)?[-–—:])")
# words before a place ("in", "from", "the city of"…) and place head nouns after one
_CUES = frozenset(("in", "at", "from", "to", "into", "near", "outside", "around", "toward", "towards", "across",
                   "through", "of"))
_HEAD_AFTER = re.compile(r"[ ](?:governorate|province|district|countryside|wilaya|camp|region|municipality|city|governor|airport)\b")
_SPLIT = re.compile(r"[ \-‐]+")
_PARTICLES = frozenset(("al", "el", "ez", "ed", "es", "ash", "ad", "an", "ar", "as", "at", "az", "ul", "the"))
# letters transliterations write several ways, folded in one pass (name_forms.wide_skeleton's
# folds, with gh, c and x as well): ch/sh/th as s, dh/z as d, q/g/j/k/gh as k, p as b
_FOLD = re.compile(r"gh|ch|sh|th|ph|dh|ck|gu(?=[ie])|[cxzqgjkp]|['’ʿʾ`\-‐‑\s]")
_FOLDED = {"gh": "k", "ch": "s", "sh": "s", "th": "s", "ph": "f", "dh": "d", "ck": "k", "gu": "k", "c": "k",
           "x": "ks", "z": "d", "q": "k", "g": "k", "j": "k", "k": "k", "p": "b"}
_FINAL_H = re.compile(r"(?<=[ae])h$")  # Hamzah/Hamza
_DOUBLE = re.compile(r"(.)\1+")
_NOT_CONSONANT = str.maketrans("", "", "aeiouyw")


def _fold(match: re.Match) -> str:
    found = match.group()
    if found == "c":  # c as s before e, i, y (Tlemcen), else as k
        return "s" if match.string[match.end() : match.end() + 1] in ("e", "i", "y") else "k"
    return _FOLDED.get(found, "")


@lru_cache(maxsize=65536)
def place_skeleton(word: str) -> str:
    """The consonants of one word of a place name with the letters transliterations vary
    folded: "Tlemcen" -> "tlmsn" (c before e as s), "Binghazi" -> "bnkd" (gh as g)."""
    text = translit.strip_article(word.lower().replace("’", "'"))
    text = _FINAL_H.sub("", text.replace("'", "").replace("-", "").replace("‐", ""))
    if text.startswith("ou") and text[2:3] in ("a", "e", "i", "o", "u"):
        text = "w" + text[2:]  # Ouargla/Warqla
    text = _FOLD.sub(_fold, text)
    if not text:
        return ""
    head = "a" if text[0] in "aeiouy" else text[0]
    return _DOUBLE.sub(_FIRST_GROUP, head + text[1:].translate(_NOT_CONSONANT))


def _content_words(run: str) -> list[str]:
    """The words of a place name without its articles, lower case: "Deir ez-Zor" -> [deir, zor]."""
    return [w for w in _SPLIT.split(run.lower().replace("’", "'")) if w and w not in _PARTICLES]


def _run_key(words: list[str]) -> str:
    """The spelling keys of a name's words, joined."""
    return "".join(translit.key_final_i(w) for w in words)


@lru_cache(maxsize=4)
def _indexes(lex):
    """(skeleton tuple -> [(entry, form's content words)], Arabic skeleton -> [entry]) for the
    lexicon's places (built once: lexicon.derived)."""
    return derived(lex, "place-spelling-indexes", _build_indexes)


def _build_indexes(lex):
    from mtqa.rules.unseen_spellings import _ALIFS, _CONSONANTS

    by_form: dict[tuple, list] = {}
    by_arabic: dict[str, list] = {}
    for entry in lex.entries:
        if entry.category != "place":
            continue
        for form in entry.correct_forms:
            words = _content_words(form)
            if not words or len(words) > 3 or not all(w.isalpha() for w in words):
                continue
            key = tuple(place_skeleton(w) for w in words)
            found = by_form.setdefault(key, [])
            if not any(e is entry for e, _ in found):
                found.append((entry, words))
        latin = []
        for word in entry.arabic.split():
            if word.startswith("ال") and len(word) > 3:
                word = word[2:]
            latin.append(("a" if word[:1] in _ALIFS else "") + "".join(_CONSONANTS.get(c, "") for c in word))
        skeleton = place_skeleton("".join(latin))
        # only exonyms (Tangier, طنجة): where English writes the Arabic letters themselves
        # (Aqaba, Dakhla), a look-alike is another place as often as a misspelling
        if len(skeleton) >= 3 and all(place_skeleton("".join(_content_words(f))) != skeleton for f in entry.correct_forms):
            by_arabic.setdefault(skeleton, []).append(entry)
    return by_form, by_arabic


@lru_cache(maxsize=4)
def _known(lex) -> tuple[frozenset[str], frozenset[str]]:
    """(every word of every correct name of the lexicon, data/exonyms.toml and
    data/world_places.toml, lower case; the spelling keys of the places' words and names)
    (built once: lexicon.derived)."""
    return derived(lex, "place-spelling-known", _build_known)


def _build_known(lex) -> tuple[frozenset[str], frozenset[str]]:

    known: set[str] = set()
    places: set[str] = set()
    keys: set[str] = set()
    for entry in lex.entries:
        for form in entry.correct_forms:
            words = _content_words(form)
            known.update(words)
            if entry.category == "place":
                places.update(words)
                keys.add(_run_key(words))
    data = cache.package_toml("data/exonyms.toml")
    world = cache.package_toml("data/world_places.toml")
    for name in (*data["places"], *world["places"]):  # "in Dakar" is not Dhi Qar
        places.update(_content_words(name))
    keys.update(translit.key_final_i(w) for w in places)
    return frozenset(known | places), frozenset(keys)


# first letters one transliteration may write for another (name_forms._FIRST, with p/b, v/f
# and c for foreign names: Balmyra, Konstantine)
_FIRST = {"a": "aeiou", "e": "aeiou", "i": "aeiou", "o": "aeiou", "u": "aeiou", "q": "qgkjc",
          "g": "qgkj", "k": "qgkjc", "c": "ckqs", "j": "gj", "t": "ts", "s": "stc", "z": "zd",
          "d": "dz", "p": "pb", "b": "bp", "v": "vf", "f": "fv"}


_MUTE_E = re.compile(r"(?<=[^aeiou])e$")  # a French mute e, not pronounced in Arabic
_NISBA = re.compile(r"(?:iya|iyya|i)h?$")
_KIN_WORDS = frozenset(("bin", "ben", "ibn", "abu", "umm", "um", "wad", "ould"))  # English words that open Arabic names
_DOUBLED_LETTER = re.compile(r"([bcdfgklmnpqrstz])\1")


def _e_for_vowel(a: str, b: str) -> bool:
    """Whether two spelling keys differ only by e written for a or for i ("kerbela"/"karbala",
    "menya"/"minya")."""
    return a != b and (a.replace("e", "a") == b.replace("e", "a") or a.replace("e", "i") == b.replace("e", "i"))


def _close(written: list[str], form: list[str]) -> bool:
    """Whether a written place name is near a listed form letter by letter: each word begins
    with a letter of the same class, and the spelling keys of the whole are alike."""
    for a, b in zip(written, form):
        if a[0] not in _FIRST.get(b[0], b[0]):
            return False
    a, b = (_MUTE_E.sub("", _run_key(w)) for w in (written, form))  # (Kasserine ~ Qasrin)
    if a == b:
        return False  # another usual transliteration ("Medinah"): NAM003's business
    if abs(len(a) - len(b)) > 2 or (_NISBA.search(a) and not _NISBA.search(b)):
        return False  # a longer word, or an adjective of the place: "Dakhiliyah" is not Dakhla
    if _e_for_vowel(a, b):
        return True  # fatha or kasra written e: "Kerbela" is Karbala as Turkish and old English wrote it
    ratio = SequenceMatcher(None, a, b).ratio()
    if len(written) > 1:  # every word has the skeleton of the form's word: evidence enough
        return ratio >= 0.7
    return ratio >= 0.75 and (a[:1] == b[:1] or ratio >= 0.8)


def _candidates(prose):
    """Capitalised runs after a space, then datelines (a dateline opens a line: no space before it)."""
    yield from _CAPITAL_RUN.finditer(prose)
    yield from at_line_starts(_DATELINE, prose)


def place_spellings(rule, doc, ctx, reported):
    """NAM002 findings for places of the lexicon written in a spelling it does not list (see
    the module docstring), where no NAM002 finding is yet (`reported`: spans of those)."""
    from mtqa.rules.names import _Spans, entity_matches, lexicon, preferred
    from mtqa.rules.unseen_spellings import _MIN_SCORE, _translit_score

    prose = doc.prose
    lex = known = counts = None
    spans = None
    for match in _candidates(prose):
        start, end = match.span(1)
        written = match.group(1)
        low = max(0, start - 13)
        before = "in" if match.re is _DATELINE else prose[max(prose.rfind(" ", low, start - 1) + 1, low) : start - 1].lower()
        first, _, rest = written.partition(" ")
        if rest and first.lower() in _CUES:  # "In Balmyra": the cue starts the run
            before, written, start = first.lower(), rest, start + len(first) + 1
        if before not in _CUES and not _HEAD_AFTER.match(prose, end):
            continue
        words = _content_words(written)
        if not words or len(words) > 3 or (len(words) == 1 and len(words[0]) < 5):
            continue  # (a short word is too often another place: Perm, Perim)
        if lex is None:
            lex = lexicon(ctx)
            by_form, by_arabic = _indexes(lex)
        skeletons = tuple(place_skeleton(w) for w in words)
        forms = by_form.get(skeletons, ())
        arabic = by_arabic.get(place_skeleton("".join(words))) if len(words) <= 2 else None
        if not forms and not arabic:
            continue
        if sum(len(k) for k in skeletons) < 3:
            if len(words) > 1 or sum(len(k) for k in skeletons) < 2:
                continue
            # two consonants only for a one-word name with a doubled letter and as many letters
            # ("Mekka" for Mecca, not "Mellah" for Melilla) or with e for a vowel ("Senaa")
            key, doubled = _run_key(words), bool(_DOUBLED_LETTER.search(words[0]))
            forms = [(e, f) for e, f in forms if doubled == bool(_DOUBLED_LETTER.search(f[0])) and (
                _e_for_vowel(key, _run_key(f)) or (doubled and len(key) == len(_run_key(f))))]
            arabic = None
            if not forms:
                continue
        if counts is None:
            counts, given = ngram_counts(), translit.common_given_names()

        def odd(word: str) -> bool:
            """A word that may be a misspelling: no English word or given name."""
            return word.isalpha() and word not in given and not counts.count(word)

        target, differing = None, words
        # (a place's own name before an epithet that lists it as accepted: Mecca, not Umm al-Qura)
        for entry, form in sorted(forms, key=lambda found: _content_words(found[0].name) != found[1]):
            differing = [w for w, f in zip(words, form) if w != f]
            # (the words written as the form writes them may be anything: "Wad Madni")
            if differing and all(odd(w) for w in differing) and _close(words, form):
                target = entry
                break
        if target is None and arabic and all(odd(w) or w in _KIN_WORDS for w in words) and not all(w in _KIN_WORDS for w in words):
            # ("Bin Zart" for Bizerte, بنزرت: an Arabic letter run cut where a kinship word reads)
            joined = "".join(words)
            score, entry = max(((_translit_score(e.arabic, joined), e) for e in arabic), key=lambda x: x[0])
            if score >= _MIN_SCORE:
                target, differing = entry, [w for w in words if w not in _KIN_WORDS]
        if target is None:
            continue
        if known is None:
            known, known_keys = _known(lex)
        if _run_key(words) in known_keys or any(w in known for w in differing):
            continue  # a name of the lexicon, or another spelling of one ("Medinah" is Medina)
        if spans is None:
            wrong, correct = entity_matches(doc, ctx)
            spans = _Spans([(m.start, m.end) for m in (*wrong, *correct)] + list(reported))
        if spans.overlaps(start, end):
            continue
        name = preferred(target, ctx)
        message = f"Non-standard spelling of {name} ({target.arabic}): written {written!r}."
        yield rule.finding(doc, start, end, message, [name], safe=False)
