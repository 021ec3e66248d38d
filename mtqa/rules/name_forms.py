"""Name forms on unseen text (helpers of NAM002/NAM004/NAM005 and rules NAM006, NAM007).

- `variant_spellings` (NAM004): a person named in full (by the lexicon or as a run of
  capitalised words), or a one-word place of the lexicon, later written with another
  transliteration of the same name: "Rashad al-Alimi … Al-Olaimi", "Abdelmadjid Tebboune …
  Tabboune", "Mohamed Ould Bilal … Mohammed Ould Bilal", "Salman bin Hamad … Salman ben
  Hamad", "Ouadane … Wadan".
- `near_person_spellings` (NAM002): a lexicon person written with its words as other
  transliterations of the listed ones ("Hamad bin Eisa Al Khalifa", "Hassan Sheikh Mahmoud",
  "Jibran Baseel").
- NAM006: a known multi-word name written in lower case ("the gulf cooperation council").
- NAM007: a dateline naming the country where the city is meant: "Algeria (APS) -" (الجزائر
  is both Algeria and Algiers).

Words are compared by the spelling key of mtqa/translit.py, and more loosely by a wide
consonant skeleton only with more evidence: an attached article, a trait of romanised Arabic,
a person the lexicon knows, or other words of the name written exactly.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from itertools import compress
from operator import itemgetter, sub

from mtqa import cache, translit
from mtqa.findings import Severity
from mtqa.rules import Rule, register
from mtqa.scan import expect, occurrences, tried_at
from mtqa.segment import at_line_starts
from mtqa.lexicon import derived
from mtqa.lexicon.ngrams import ngram_counts

_ARTICLE = re.compile(r"^(?:al|el)[-‐ ]", re.IGNORECASE)
_PARTICLE_WORDS = frozenset(("al", "el", "bin", "ibn", "abu", "bint", "ben", "ould"))
_TITLE_WORDS = frozenset((
    "king", "queen", "prince", "princess", "sheikh", "shaikh", "sheikha", "sultan", "emir", "amir",
    "president", "general", "gen", "field", "marshal", "colonel", "imam", "sayyed", "sayyid",
    "mr", "mrs", "dr", "minister", "prime", "crown", "his", "her", "highness", "majesty",
    "ayatollah", "grand", "mufti", "the", "late", "foreign", "envoy", "secretary",
))


@lru_cache(maxsize=1)
def _data() -> dict:
    return cache.package_toml("data/name_forms.toml")


def _given_names() -> frozenset[str]:
    """Given names that differ from each other in vowels only (Hassan/Hussein): a single word
    is taken for another spelling of a surname only when the spelling key says so."""
    return translit.common_given_names()


# Consonant skeleton with the letter variants of Arabic transliteration folded (wider than
# names.skeleton: th/s/t for ث, j/g for ج, ou/w for و in French spellings).
_WIDE_FOLDS = (  # (pattern, replacement, a text each match holds: see translit.consonant_skeleton)
    (re.compile(r"['’ʿʾ`\-‐‑\s]"), "", ""),
    (re.compile(r"(?<=[ae])h$"), "", "h"),  # Guelleh/Jila, Hamzah/Hamza
    (re.compile(r"^ou(?=[aeiou])"), "w", "ou"),  # Ouadane/Wadan
    (re.compile(r"ph"), "f", "ph"),
    (re.compile(r"th"), "s", "th"),  # Al Thani/Al Sani
    (re.compile(r"ch|sh"), "s", "h"),
    (re.compile(r"dh|z"), "d", ""),
    (re.compile(r"gu(?=[ie])"), "g", "gu"),
    (re.compile(r"[qgjk]"), "k", ""),  # qaf as q/g/k; jim as j/g (Guelleh/Jileh, Daqlo/Dagalo)
    (re.compile(r"p"), "b", "p"),
)


@lru_cache(maxsize=65536)
def wide_skeleton(word: str) -> str:
    """Consonants of a name with transliteration variants folded ("Eidros" ~ "Aidarous")."""
    return translit.consonant_skeleton(word, _WIDE_FOLDS, "aeiouy")


_FOREIGN_LETTERS = re.compile(r"gh|v|c(?![hk])")
_FOREIGN = {"gh": "g", "v": "f"}


def _foreign_letter(match: re.Match) -> str:
    found = match.group()
    if found == "c":  # French c: s before e, i, y ("Cibci" ~ Sibsi), else k ("Caid" ~ Qaed)
        return "s" if match.string[match.end() : match.end() + 1] in ("e", "i", "y") else "k"
    return _FOREIGN[found]


@lru_cache(maxsize=65536)
def person_skeleton(word: str) -> str:
    """`wide_skeleton` with the letters Arabic writes foreign names with folded too: gh for g
    (غ: "Ghebaly" ~ Gebaly, "Boghdanov"), f for v (ف: "Peskof" ~ Peskov) and a French c as
    s or k ("Caid" ~ Qaed). For people only: a place's gh tells its Arabic spelling from an
    English exonym (Ghazza, Gaza)."""
    return wide_skeleton(_FOREIGN_LETTERS.sub(_foreign_letter, word.lower()))


_spell_key = translit.key_final_i  # spelling key with a final y read as i (Alimy/Alimi)


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    return translit.strip_article(word.lower().replace("‐", "-").replace("’", "'"))


_WHITESPACE_RUN = re.compile(r"\s+")


def _name_words(form: str) -> list[str]:
    """The words of a person's name that identify them: particles, titles and a trailing
    ", known as …" left out."""
    words = [w for w in _WHITESPACE_RUN.split(form.split(",")[0].strip()) if w and w.lower() not in _PARTICLE_WORDS]
    while words and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words.pop(0)  # leading titles only: "Hassan Sheikh Mohamud" keeps its Sheikh
    return words


def _same_name(a: str, b: str, strict: bool, given: bool = False) -> bool:
    """Whether two single words are spellings of one name: equal spelling keys (for a given
    name, a French final e aside: Imane/Iman), or (unless `strict`) equal wide skeletons of
    four letters or more."""
    key_a, key_b = _spell_key(_bare(a)), _spell_key(_bare(b))
    if given:
        key_a, key_b = (re.sub(r"(?<=[^aeiou])e$", "", k) if len(k) > 3 else k for k in (key_a, key_b))
    if key_a == key_b:
        return True
    return not strict and len(_bare(a)) >= 4 and len(_bare(b)) >= 4 and wide_skeleton(a) == wide_skeleton(b) \
        and len(wide_skeleton(a)) >= 3


def variant_spellings(doc, correct, runs, inside_known) -> list[tuple[int, int, str, str]]:
    """(start, end, message, target): later spellings of a full name named earlier (see the
    module docstring). `correct`: the lexicon's correct matches; `runs`: the capitalised name
    runs of the document (names._name_runs); `inside_known(start, end)`: inside a lexicon match."""
    prose = doc.prose
    anchors = []  # token lists [(start, end, word)] of full names, first occurrences first
    firsts: set = set()  # the keys of the anchors (see below) taken so far

    def add_anchor(tokens, listed):
        """Add an anchor unless an earlier one of its source has its key: (each source gives
        its anchors in text order, so the one kept is the one the dedup below keeps)."""
        key = (tuple(t[2] for t in tokens), _particles(prose[tokens[0][0] : tokens[-1][1]]), listed)
        if key not in firsts:
            firsts.add(key)
            anchors.append((tokens, listed))

    for m in correct:
        written = prose[m.start : m.end]
        if m.entry.category != "person" and " " not in written.strip() and (_ARTICLE.match(written) or m.entry.category == "place"):
            # "Al-Faisaly": the spelling key only; a place: its wide skeleton beside a trait of
            # romanised Arabic or French ("Ouadane … Wadan")
            add_anchor([(m.start, m.end, written)], "place" if m.entry.category == "place" else False)
        if m.entry.category == "person":
            tokens = [(m.start + t.start(), m.start + t.end(), t.group()) for t in _WORD.finditer(prose[m.start : m.end].split(",")[0])]
            tokens = [t for t in tokens if t[2].lower() not in _PARTICLE_WORDS and t[2].lower() not in _TITLE_WORDS]
            if len(tokens) >= 2:
                add_anchor(tokens, True)
    # the runs with their titles left out: those of two tokens or more by run number (in run
    # order), and the (run number, token number) of the one-token runs, built only when needed
    starts, ends, words = runs.tokens.starts, runs.tokens.ends, runs.tokens.words
    members, bounds = runs.members, runs.bounds
    titles = {w for w in set(words) if w.lower() in _TITLE_WORDS}
    named: dict[int, list[tuple[int, int, str]]] = {}
    titled: list[tuple[int, int, str]] = []  # the given name after a royal title, alone
    sizes = list(map(sub, bounds[1:], bounds[:-1]))  # tokens in each run (most runs have one)
    for number in compress(range(len(sizes)), map((1).__lt__, sizes)):
        i, j = bounds[number], bounds[number + 1]
        names = [(starts[k], ends[k], words[k]) for k in members[i:j] if words[k] not in titles]
        if names:
            named[number] = names
        if j - i == 2 and words[members[i]].lower() in _ROYAL_TITLES and len(names) == 1:
            titled.append(names[0])  # "Sheikh Nawwaf": a ruler named by title and given name
    # (the one-token runs by C-level passes: run numbers, then their tokens, titles left out)
    single_runs = list(compress(range(len(sizes)), map((1).__eq__, sizes)))
    single_tokens = list(map(members.__getitem__, map(bounds.__getitem__, single_runs)))
    if titles:
        kept = [words[k] not in titles for k in single_tokens]  # (a title alone is no name)
        single_runs, single_tokens = list(compress(single_runs, kept)), list(compress(single_tokens, kept))
    covered: dict[int, bool] = {}  # run number -> every name word inside a lexicon match (asked once)

    def is_covered(number: int, names) -> bool:
        found = covered.get(number)
        if found is None:
            found = covered[number] = all(inside_known(s, e) for s, e, _ in names)
        return found

    firsts = set()  # (a run may have the key of a lexicon name: the dedup below decides)
    for number, names in named.items():
        if len(names) >= 2 and not is_covered(number, names):
            add_anchor(names, False)
    if not anchors:
        return []
    anchors.sort()
    seen, unique = set(), []
    for anchor in anchors:  # a name written again the same way adds nothing (and would make this quadratic)
        tokens = anchor[0]
        key = (tuple(t[2] for t in tokens), _particles(prose[tokens[0][0] : tokens[-1][1]]), anchor[1])
        if key not in seen:
            seen.add(key)
            unique.append(anchor)
    anchors = [(tokens, listed, tuple(_bare(t[2]) for t in tokens)) for tokens, listed in unique]  # + bare words
    # Only an anchor whose word aligned with the run's last word has the same wide skeleton can
    # match (equal spellings and spelling keys have it too): index them by that skeleton, as a
    # suffix of the anchor or as a prefix of k words.
    index: dict = {}
    for anchor in anchors:
        tokens = anchor[0]
        index.setdefault(wide_skeleton(tokens[-1][2]), []).append(anchor)
        if _JOINED_ARTICLE.match(tokens[-1][2]) and len(tokens[-1][2]) >= 6:  # "Alhumaidi": also as "Humaidi"
            index.setdefault(wide_skeleton(tokens[-1][2][2:]), []).append(anchor)
        for k in range(2, len(tokens)):
            index.setdefault((k, wide_skeleton(tokens[k - 1][2])), []).append(anchor)
    given = _given_names()
    ordered: dict = {}  # (length, last skeleton) -> the candidate anchors in text order, and their one-word places
    verdicts: dict = {}  # what each anchor decides about a name as written (see _variant_of)
    results = []
    # a one-token run whose skeleton indexes no anchor has no candidate: passed over unbuilt
    # ((1, skeleton) is no key of `index`: its keys of k words have k >= 2)
    found_words = {w for w in set(map(words.__getitem__, single_tokens)) if wide_skeleton(w) in index}
    found_singles = ((number, [(starts[k], ends[k], words[k])]) for number, k in compress(
        zip(single_runs, single_tokens), map(found_words.__contains__, map(words.__getitem__, single_tokens))))
    for number, names in sorted([*named.items(), *found_singles], key=itemgetter(0)):  # in run order (two sorted runs: merged)
        last = wide_skeleton(names[-1][2])
        group = ordered.get((len(names), last))
        if group is None:
            candidates = sorted(index.get(last, []) + index.get((len(names), last), []))
            places = [anchor for anchor in candidates if anchor[1] == "place" and len(anchor[0]) == 1]
            group = ordered[(len(names), last)] = candidates, places  # (+ the one-word places _place_respelt reads)
        candidates, places = group
        if not candidates:
            continue  # (without candidates nothing is found, the surname alone neither)
        found = _variant_of(prose, names, candidates, given, verdicts=verdicts)
        if found is None and len(names) > 1 and index.get(last):  # "Later Al-Elaimi": the surname alone
            found = _variant_of(prose, names[-1:], index[last], given, alone=True, verdicts=verdicts)
            names = names[-1:] if found else names
        start, end = names[0][0], names[-1][1]
        if found is None and len(names) == 1 and places:  # "the governorate of Amran … strikes in Omran"
            found = _place_respelt(prose, names[0], places)
        if found and len(names) == 1 and _not_a_spelling(names[0][2], found):
            continue
        if found and not is_covered(number, named.get(number) or names):
            message = f"{prose[start:end]!r} and {found!r} look like one name spelled two ways; use one spelling."
            results.append((start, end, message, _with_article_of(prose[start:end], found) if len(names) == 1 else found))
    results += _split_place_spellings(prose, anchors, named, is_covered, {r[0] for r in results})
    results += _family_after_given(prose, correct, {r[0] for r in results}, inside_known)
    if titled:
        done = {r[0] for r in results}
        results += [r for r in _titled_given_names(titled, anchors, given) if r[0] not in done]
        results.sort()
    return results


# a place position: a locative right before the word, no possessive or name after it
_LOCATIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:in|near|from|to|into|towards|outside|around|of)[ ]\Z")
_NO_NAME_AFTER = re.compile(r"(?![\w'’-]|[ ](?:[A-Z]|al-|el-|bin\b|ibn\b))")


def _place_respelt(prose, token, anchors) -> str | None:
    """The one-word place of the lexicon named earlier that a lone word in a place position
    spells another way, vowels aside ("Amran … in Omran"): same wide skeleton, vowels or the
    same letter first, close spelling keys, no English word; else None. (A given name is
    compared too: after "in" it names a place.)"""
    from difflib import SequenceMatcher

    start, end, word = token
    bare = _bare(word)
    if len(bare) < 4 or not _LOCATIVE_BEFORE.search(prose, max(0, start - 12), start) \
            or not _NO_NAME_AFTER.match(prose, end) or ngram_counts().count(bare):
        return None
    for tokens, listed, bares in anchors:
        if listed != "place" or len(tokens) != 1 or tokens[0][1] > start:
            continue
        other = bares[0]
        a, b = _spell_key(bare), _spell_key(other)
        if a == b or wide_skeleton(bare) != wide_skeleton(other) or len(wide_skeleton(bare)) < 3 \
                or not (bare[0] == other[0] or (bare[0] in "aeiou" and other[0] in "aeiou")):
            continue
        if SequenceMatcher(None, a, b).ratio() >= 0.75:
            return tokens[0][2]
    return None


def _family_after_given(prose, correct, done, inside_known) -> list[tuple[int, int, str, str]]:
    """NAM004 for the family name of a lexicon person named in full, written again after the
    same given name in another spelling that is also an English word and so breaks a name run
    ("Kais Saied … Kais Said"): same wide skeleton and first letter, another spelling key."""
    out = []
    seen = set()
    for m in correct:
        if m.entry.category != "person":
            continue
        words = _name_words(prose[m.start : m.end])
        if len(words) != 2 or (words[0], words[1]) in seen or len(words[1]) < 4:
            continue
        seen.add((words[0], words[1]))
        given, family = words
        literal = given + " "
        at = prose.find(literal, m.end) - 1  # (str.find: no regular-expression scan per name)
        while (at := prose.find(literal, at + 1)) >= 0:
            found = _NEXT_WORD.match(prose, at + len(literal))
            if not found or (at and (prose[at - 1].isalnum() or prose[at - 1] in "'’-")):
                continue
            word = found.group(1)
            start, end = found.span(1)
            if start in done or inside_known(start, end) or word == family \
                    or _spell_key(word.lower()) == _spell_key(family.lower()) or word[0] != family[0] \
                    or wide_skeleton(word) != wide_skeleton(family):
                continue
            message = f"{word!r} and {family!r} look like one name spelled two ways; use one spelling."
            out.append((start, end, message, family))
    return out


_NEXT_WORD = re.compile(r"([A-Z][a-z]{2,}+)\b(?![-'’])")


def _split_place_spellings(prose, anchors, named, is_covered, done) -> list[tuple[int, int, str, str]]:
    """NAM004 for a one-word place of the lexicon written later as words of the same consonants
    ("Salahuddin … Salah al-Din"): the run of capitalised words with the place's joined key
    skeleton (_full_key, names.skeleton) but another spelling, inside no lexicon name."""
    places = {}
    for tokens, listed, _ in anchors:
        if listed == "place" and len(tokens) == 1 and len(key := _full_key(tokens[0][2])) >= 6:
            places.setdefault(_full_skeleton(key), (tokens[0], key))
    out = []
    keys: dict[str, str] = {}  # run as written -> its _full_key (a name is written again and again)
    for number, names in (named.items() if places else ()):
        start, end = names[0][0], names[-1][1]
        written = prose[start:end]
        key = keys.get(written)
        if key is None:
            key = keys[written] = _full_key(written)
        found = places.get(_full_skeleton(key))
        if found and found[0][1] <= start and key != found[1] and start not in done and not is_covered(number, names):
            message = f"{prose[start:end]!r} and {found[0][2]!r} look like one name spelled two ways; use one spelling."
            out.append((start, end, message, found[0][2]))
    return out


# titles before a ruler's or a cleric's given name alone ("Sheikh Nawwaf", "Sultan Haytham")
_ROYAL_TITLES = frozenset(("sheikh", "shaikh", "sheikha", "emir", "amir", "prince", "princess", "king",
                           "queen", "sultan", "sayyed", "sayyid"))


def _titled_given_names(titled, anchors, given) -> list[tuple[int, int, str, str]]:
    """NAM004 for a given name after a royal title ("Sheikh Nawwaf") that spells the given
    name of a lexicon person named in full before ("Sheikh Mishal al-Ahmad …") another way:
    same wide skeleton and first letter, and either the same spelling key or neither a common
    given name (Hassan/Hussein are two names). Silent when an earlier full name has this very
    given name (another person: "Mohammed bin Salman … Mohamed bin Zayed … Sheikh Mohamed")."""
    out = []
    for start, end, word in titled:
        bare = _bare(word)
        if len(bare) < 4:
            continue
        earlier = [a for a in anchors if a[0][-1][1] <= start and len(a[0]) >= 2]
        if any(a[2][0] == bare for a in earlier):
            continue  # the given name of someone named before, as written
        skeleton = wide_skeleton(bare)
        found = None
        for tokens, listed, words in reversed(earlier):  # the nearest one first
            other = words[0]
            if listed is not True or wide_skeleton(other) != skeleton or len(skeleton) < 3 or other[:1] != bare[:1]:
                continue
            if _spell_key(other) != _spell_key(bare) and (other in given or bare in given):
                continue
            found = tokens[0][2]
            break
        if found:
            message = f"{word!r} and {found!r} look like one name spelled two ways; use one spelling."
            out.append((start, end, message, found))
    return out


def _not_a_spelling(word: str, found: str) -> bool:
    """Whether a one-word name is no other spelling of `found`: two English words ("Good"
    beside "God"; not "Said" beside "Saied"), or a place beside its adjective or family name
    ("Sudan" beside "al-Sudani")."""
    from mtqa.rules.names import _english_word, _place_and_nisba

    last = found.split()[-1]
    return (_english_word(word) and _english_word(last)) or _place_and_nisba({word, last})


# spelling traits of romanised Arabic (an English pair such as Smith/Smyth has none)
_TRAIT = re.compile(r"kh|gh|dh|hh|q(?!u)|aa|ou|ee|oo|['’]|^(?:abd|abu)", re.IGNORECASE)
# (a doubled h is the shadda of ح or ه: "Qahhar … Qahar")
_JOINED_ARTICLE = re.compile(r"^[Aa]l(?=[bcdfghjklmnpqrstvwxz])")  # "Alhumaidi", "Alsaadi"
_WORD = re.compile(r"[A-Za-z][\w'’‐-]*")


_GO_ON = object()  # an anchor that decides nothing: the next one is looked at
_UNSET = object()


def _variant_of(prose, names, anchors, given, alone: bool = False, verdicts: dict | None = None) -> str | None:
    """The earlier full name that `names` spells another way, or None (same spelling, or no
    earlier name of that shape). `alone`: the last word of a longer run, compared with the
    spelling key or beside an article only (not by the wide skeleton of a listed person).
    `verdicts`: a memo of _verdict for the names of one document (a name written again
    meets the same anchors again)."""
    n = len(names)
    start = names[0][0]
    if not anchors or anchors[0][0][0][0] >= start:
        return None  # (no earlier name: the loop below would find none)
    b_words, b_text = [t[2] for t in names], prose[start : names[-1][1]]
    key = (tuple(b_words), _particles(b_text) if n > 1 else (), alone)  # all _verdict reads of the name
    for anchor in anchors:  # (tokens, listed, their bare words), in text order
        tokens = anchor[0]
        if tokens[0][0] >= start:
            break
        if tokens[-1][1] > start:
            continue
        verdict = verdicts.get((key, id(tokens)), _UNSET) if verdicts is not None else _UNSET
        if verdict is _UNSET:
            verdict = _verdict(prose, anchor, n, b_words, b_text, given, alone)
            if verdicts is not None:
                verdicts[(key, id(tokens))] = verdict
        if verdict is not _GO_ON:
            return verdict
    return None


def _verdict(prose, anchor, n, b_words, b_text, given, alone):
    """What one earlier full name decides about the name `b_words` (written `b_text`): its own
    text (the name spelled another way), None (the same name, or not to report) or _GO_ON. It
    depends on the two names alone, not on where the later one stands."""
    tokens, listed, bare = anchor
    b_bare = tuple(map(_bare, b_words))
    slices = [(tokens[-n:], bare[-n:])] if len(tokens) >= n else []
    if len(tokens) > n > 1:
        slices.append((tokens[:n], bare[:n]))
    for part, a_bare in slices:
        a_words = [t[2] for t in part]
        a_text = prose[part[0][0] : part[-1][1]]
        if a_bare == b_bare:
            if n > 1 and _particles(a_text) != _particles(b_text):
                return a_text
            if n > 1 or not (_ARTICLE.match(b_words[0]) and _ARTICLE.match(a_words[0]) and
                             b_words[0][:2].lower() != a_words[0][:2].lower()):
                return None  # the same name
            return a_text
        trait = any(_ARTICLE.match(w) or _TRAIT.search(w) or w.lower() in given for w in (*a_words, *b_words))
        arab = n == 1 and not alone and not trait and _arab_person(tokens, given) \
            and not _english_name(b_words[0], a_words[0])  # "Salma Qudsi … Qudsy"
        if not trait and not arab and listed is not True:
            continue  # no trait of romanised Arabic: English names (Harris/Haris) stay silent
        if n == 1:
            word, other = b_words[0], a_words[0]
            if word.lower() in given or len(_bare(word)) < 4:
                return None
            # a lone word is compared by its wide skeleton only beside an article or a
            # person the lexicon knows ("Tebboune … Tabboune"; not "Paltrow … Poulter")
            strict = not (trait or arab) or not ((listed is True and not alone) or _ARTICLE.match(word) or _ARTICLE.match(other)
                                       or (listed == "place" and (_TRAIT.search(word) or _TRAIT.search(other))))
            # (without a trait, a lexicon person is compared by the spelling key only:
            # "Mikati … Mikaty", not "Putin … Patton")
            if _same_name(word, other, strict):  # (equal wide skeletons begin alike)
                return other
            if (trait or arab or _arab_person(tokens, given)) and _joined_article_only(word, other):
                return other  # "Khalid Alhumaidi … Humaidy": the article joined to the name, dropped
            if strict and (arab or trait and _arab_person(tokens, given) and not alone) and _lone_surname(word, other):
                return other
            if listed is True and not alone and _vowel_variant(word, other, given):
                return other  # "Aguila Saleh … Seleh": a lexicon person's surname with e for a or i
            continue
        # (a common given name is one name of its own as a surname too: "Nizar Amer … Nizar Amir")
        if all(_same_name(x, y, strict=not trait or y.lower() in given or (i == n - 1 and x.lower() in given), given=i < n - 1)
               for i, (x, y) in enumerate(zip(a_words, b_words))):
            return a_text
    return _GO_ON


_FINAL_VOWEL = re.compile(r"[aei]$")


def _vowel_variant(word: str, other: str, given) -> bool:
    """Whether a lone word spells a lexicon person's surname with e where it has a or i (fatha
    and kasra are both written e) or another final vowel ("Seleh" ~ Saleh, "Al-Feyez" ~ Fayez,
    "Faleh" ~ Falih, "Badawe" ~ Badawi): same wide skeleton and first letter class, no English
    word, not two common given names of their own (Jaber/Jabir, Bassel/Bassil are names)."""
    a, b = _bare(word), _bare(other)
    if len(a) < 4 or len(b) < 4 or wide_skeleton(a) != wide_skeleton(b) or _english_word_lower(a) \
            or (a in given and b in given) or not (a[0] == b[0] or (a[0] in "aeiou" and b[0] in "aeiou")):
        return False
    ka, kb = _spell_key(a), _spell_key(b)
    if ka == kb:
        return False
    ka, kb = _FINAL_VOWEL.sub("a", ka), _FINAL_VOWEL.sub("a", kb)
    return ka == kb or ka.replace("e", "a") == kb.replace("e", "a") or ka.replace("e", "i") == kb.replace("e", "i")


def _english_word_lower(word: str) -> bool:
    return ngram_counts().count(word) > 0


def _joined_article_only(word: str, other: str) -> bool:
    """Whether two spellings of a surname differ by an article joined to one of them and by
    their spelling otherwise ("Alhumaidi" / "Humaidy"; not "Alhumaidi" / "Humaidi", the same
    name shortened)."""
    for joined, bare in ((other, word), (word, other)):
        if _JOINED_ARTICLE.match(joined) and not _JOINED_ARTICLE.match(bare):
            rest = joined[2:].lower()
            return len(rest) >= 4 and rest != bare.lower() and _spell_key(rest) == _spell_key(_bare(bare))
    return False


def _arab_person(tokens, given) -> bool:
    """Whether a full name (two words or more) has a common Arabic given name, male or female,
    before its surname: the surname alone is then compared as a romanised Arabic name."""
    return len(tokens) >= 2 and any(t[2].lower() in given or t[2] in _female_given() for t in tokens[:-1])


def _english_name(*words: str) -> bool:
    """Whether clean English news writes one of the words in Title Case (Harris, Nasser)."""
    counts = ngram_counts()
    return any(counts.count(_bare(w), title=True) for w in words)


def _lone_surname(word: str, other: str) -> bool:
    """A lone word that spells the surname of an earlier full name of an Arab person with
    other vowels or letters doubled: "Talal Khreis … Khris", "Wafa Bseiso … Bseisu". The
    spelling keys must stay close letter by letter; a nisba of the surname ("Abbas …
    Abbasi") is another name, and so is a word clean English news writes (Harris / Haris)."""
    a, b = _bare(word), _bare(other)
    if len(a) < 4 or len(b) < 4 or a[:1] != b[:1] or wide_skeleton(a) != wide_skeleton(b) or len(wide_skeleton(a)) < 3:
        return False
    if a.rstrip("iy") == b or b.rstrip("iy") == a:
        return False  # a nisba: Abbas / Abbasi
    from difflib import SequenceMatcher

    if _english_name(a, b):
        return False  # a name English news writes itself (Harris, Nasser): two names, not two spellings

    return SequenceMatcher(None, _spell_key(a), _spell_key(b)).ratio() >= 0.7


@lru_cache(maxsize=1)
def _female_given() -> frozenset[str]:
    """Female given names (data/pronoun_gender.toml): an Arab woman's full name anchors too."""
    from mtqa.rules.pronoun_gender import _data as pronoun_data

    return pronoun_data()["given"]


_PATRONYM_PARTICLE = re.compile(r"\b(?:bin|ben|ibn|ould|abu|bint)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)  # (a document writes the same names again and again)
def _particles(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _PATRONYM_PARTICLE.findall(text))


def _with_article_of(written: str, target: str) -> str:
    """`target`'s spelling with `written`'s capitalised article, if it has one."""
    art = _ARTICLE.match(written)
    bare = translit.strip_article(target)
    bare = bare[0].upper() + bare[1:] if bare else target
    return (written[: art.end()] + bare) if art else bare


_NAME_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|ud|ul)-")
_ADDIN = re.compile(r"[aeiou]d(?=d[aeiy]++n)|(?<=din)e$")  # "Salahuddin", "Nureddine": al-Din joined


@lru_cache(maxsize=65536)  # (a document writes the same names again and again)
def _full_key(form: str) -> str:
    """A name form's words as one spelling: titles, particles and articles out ("Salah al-Din"
    -> "salahdin", "Salahuddin" -> "salahuddin")."""
    words = [_NAME_ARTICLE.sub("", w.lower().replace("‐", "-")) for w in _name_words(form)]
    words = [w for w in words if not _REGNAL_WORD.fullmatch(w)]
    return "".join(words).replace("-", "").replace("'", "").replace("’", "")


@lru_cache(maxsize=65536)
def _full_skeleton(key: str) -> str:
    """The consonants (names.skeleton) of a _full_key with the article of a joined al-Din
    folded: "salahuddin" and "salahdin" have one."""
    from mtqa.rules.names import skeleton

    return skeleton(_ADDIN.sub("", key))


_REGNAL_WORD = re.compile(r"[ivx]{1,5}|[0-9]{1,2}(?:st|nd|rd|th)")


def full_form_spellings(entry, found, docs, reported):
    """(document index, start, end, message, first form): a person or place of the lexicon
    written two ways in one text in a word other than the last one NAM003 compares ("Moqtada
    al-Sadr … Muqtada al-Sadr") or joined one way and split the other ("Salahuddin … Salah
    al-Din"). The later form with the same consonants (names.skeleton) but another spelling
    is the odd one; `found`: (document index, start, end, written) in text order; `reported`:
    (document index, start) already reported."""
    firsts: dict = {}  # (document index, skeleton) -> (key, written, entry) of the first form
    for index, start, end, written, *owner in found:
        key = _full_key(written)
        if len(key) < 4:
            continue
        first = firsts.setdefault((index, _full_skeleton(key)), (key, written, owner))
        if first[0] != key and (index, start) not in reported and (not owner or owner != first[2]):
            message = (f"{written!r} here but {first[1]!r} earlier in this text: two spellings of "
                       f"{entry.name} ({entry.arabic}); use one.")
            yield index, start, end, message, first[1]


def shared_arabic_spellings(by_id, occurrences, docs):
    """full_form_spellings across entries of one Arabic name ("Salahuddin" the Iraqi province,
    "Salah al-Din" the Libyan district): a text writing it two ways is inconsistent whichever
    place it means. `occurrences`: entry id -> [(document index, start, end, written)]; only
    a form held to another entry's is reported (full_form_spellings has the rest)."""
    groups: dict = {}
    for entry_id, found in occurrences.items():
        entry = by_id[entry_id]
        if entry.category in ("person", "place") and entry.arabic:
            groups.setdefault((entry.category, translit.arabic_key(entry.arabic)), []).append(entry_id)
    for ids in groups.values():
        if len(ids) > 1:
            merged = sorted((*o, entry_id) for entry_id in ids for o in occurrences[entry_id])
            yield from full_form_spellings(by_id[ids[0]], merged, docs, set())


def near_person_spellings(doc, lex, runs, known) -> list[tuple[int, int, str, object]]:
    """(start, end, message, entry): a lexicon person whose name is written with its words as
    other transliterations of the listed ones (see `_near_form`): "Hamad bin Eisa Al
    Khalifa", "Hassan Sheikh Mahmoud", "Eidros al-Zubaidi", "Qabous bin Said" (a patronym
    after "bin" is read even when it is also an English word). A usual spelling of a given
    name the entry has ("Mohamed", "Muhammad" for Mohammed; "Abdul" for Abdel) is no misspelling."""
    index = None  # built at the first run of two names (a text without one never needs it)
    given = _given_names()
    out = []
    verdicts: dict = {}  # the words of a name as written -> what _near_person says of them
    for run in runs:
        if len(run) < 2 or known.inside(run[0][0], run[-1][1]):
            continue
        index = _person_index(lex) if index is None else index
        words = list(run)
        while words and words[0][2].lower() in _TITLE_WORDS:
            words.pop(0)
        patronym = _PATRONYM.match(doc.prose, words[-1][1]) if words else None
        if patronym:  # "Qabous bin Said": a name word that is also an English word ends the run
            words.append((patronym.start(1), patronym.end(1), patronym.group(1)))
        if len(words) < 2:
            continue
        written = tuple(t[2] for t in words)
        found = verdicts.get(written, _UNSET)  # (the same name written again is judged once)
        if found is _UNSET:
            found = verdicts[written] = _near_person(words, index, given)
        if found is not None:
            entry, n = found
            start, end = words[-n][0], words[-1][1]
            message = f"Non-standard spelling of {entry.name} ({entry.arabic}): written {doc.prose[start:end]!r}."
            out.append((start, end, message, entry))
    return out


def _near_person(words, index, given):
    """(entry, number of words of its form) for the lexicon person that the name `words`
    ((start, end, written) tokens, titles left out) spells another way, or None; it depends on
    the words as written alone."""
    from mtqa.rules.names import _another_name, usual_given_variant

    lower = [_bare(t[2]) for t in words]
    seen = set()
    for entry, form in (*index.get(lower[-1], ()), *index.get(("last", person_skeleton(lower[-1])), ())):
        if (entry.id, tuple(form)) in seen:
            continue
        seen.add((entry.id, tuple(form)))
        odd = _near_form(lower, words, form, given)
        if odd:  # a usual spelling of one of the entry's given names is no misspelling
            odd = [t for t in odd if not any(usual_given_variant(_bare(t[2]), w) for w in _spellings(entry))]
        if not odd or all(_bare(t[2]) in _spellings(entry) for t in odd):
            continue  # (every differing word is a spelling the entry lists elsewhere)
        if _another_name(words[-len(form)][2], words[-1][2], entry):
            continue  # a common name of its own ("Rami Hashem" is not Reem Al Hashimy)
        return entry, len(form)
    return None


# (matched right after a word; the lookbehind keeps a scan linear on a long run of spaces)
_PATRONYM = re.compile(r"(?<![ \t])[ \t]++(?:bin|ibn|ben)[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])")


def _near_form(lower, words, form, given):
    """The tokens of `words` that spell `form`'s words another way (the others equal), else
    None. A differing word must have the wide skeleton
    and first letter class of the form's word; a common given name of its own (Hassan for
    Hussein) differs only by its spelling key unless two other words are exact; at least one word is exact unless every
    differing word is a rare name of four letters or more ("Jubran Basil" for Gebran Bassil);
    a two-word name differs in one word only."""
    n = len(form)
    if len(lower) < n:
        return None
    tail, tail_words = lower[-n:], words[-n:]
    diffs = []
    for i in range(n):
        if tail[i] == form[i] or (tail[i] in _ABD_WORDS and form[i] in _ABD_WORDS):
            continue  # (Abdel/Abdul: عبد ال in either usual spelling is no misspelling)
        same_key = _spell_key(tail[i]) == _spell_key(form[i])
        if not same_key and not (len(tail[i]) >= 3 and tail[i][0] in _FIRST.get(form[i][0], form[i][0])
                                 and person_skeleton(tail[i]) == person_skeleton(form[i])):
            return None
        diffs.append(i)
    # a usual spelling of a common given name (Muhammad for Mohammed) counts as written exactly
    # when each other differing word is no usual spelling of a name of its own (name_arabic.tsv):
    # "Muhammad bin Salmaan" has one word spelled another way; "Ahmad al-Khatib" is another man
    usual = [i for i in diffs if tail_words[i][2].lower() in given and _spell_key(tail[i]) == _spell_key(form[i])]
    if usual and len(usual) < len(diffs) and not any(translit.arabic_of(tail[i]) for i in diffs if i not in usual):
        diffs = [i for i in diffs if i not in usual]
    exact = n - len(diffs)
    if exact < 2 and any(_spell_key(tail[i]) != _spell_key(form[i]) and tail_words[i][2].lower() in given for i in diffs):
        return None  # another common name, not another spelling (two exact words around it settle it)
    if not diffs or (n == 2 and len(diffs) > 1 and not all(len(tail[i]) >= 4 for i in diffs)):
        return None
    if len(diffs) == 1 and _spell_key(tail[diffs[0]]) == _spell_key(form[diffs[0]]) \
            and tail_words[diffs[0]][2].lower() in given:
        return None  # a usual variant of a common given name (Mohammed/Mohamed Salah, Mohamed Shia al-Sudani)
    if len(diffs) == n and not all(len(tail[i]) >= 4 and tail_words[i][2].lower() not in given for i in diffs):
        return None
    return [tail_words[i] for i in diffs]


_ABD_WORDS = frozenset(("abdel", "abdul", "abdal", "abdol", "abd"))
_FIRST = {"a": "aeiou", "e": "aeiou", "i": "aeiou", "o": "aeiou", "u": "aeiou", "q": "qgkjc",
          "g": "qgkj", "k": "qgkjc", "j": "gj", "t": "ts", "s": "stc", "z": "zd", "d": "dz",
          "p": "pb", "b": "bp", "v": "vf", "f": "fv", "c": "cskq"}  # (Arabic has no p or v: Bompeo, Folker)


def _spellings(entry) -> frozenset[str]:
    """Every word of the entry's correct forms, bare and lower case."""
    return frozenset(_bare(w) for f in entry.correct_forms for w in f.split())


def _person_index(lex) -> dict:
    """Last name word, and ("last", its wide skeleton) -> [(entry, words)] (built once:
    lexicon.derived)."""
    return derived(lex, "near-person-index", _build_person_index)


_ASSIMILATED = re.compile(r"^e([dlnrstz])\1")  # an article joined and assimilated: "Essebsi", "Ennaifer"


def _build_person_index(lex) -> dict:
    index = {}
    for entry in lex.entries:
        if entry.category != "person":
            continue
        forms = []
        for form in entry.correct_forms:
            words = [_bare(w) for w in _name_words(form)]
            if len(words) >= 2 and words not in forms:
                forms.append(words)
            if len(words) == 3 and [words[0], words[2]] not in forms and not _PATRONYM_PARTICLE.search(form):
                forms.append([words[0], words[2]])  # the middle name left out: "Ismail Guelleh"
        for words in list(forms):
            last = words[-1]
            if _ASSIMILATED.match(last) and len(last) >= 6:  # "Essebsi" is es-Sebsi: also "Sebsi", "al-Sibsi"
                forms.append([*words[:-1], last[2:]])
        for words in forms:
            index.setdefault(words[-1], []).append((entry, words))
            index.setdefault(("last", person_skeleton(words[-1])), []).append((entry, words))
    return index


# --- NAM006: a known name in lower case ---------------------------------------------------

@register
class LowerCaseName(Rule):
    id = "NAM006"
    name = "lower-case-name"
    category = "fluency/spelling"
    severity = Severity.MINOR
    explanation = (
        "A name the lexicon knows (an organisation, body, party, group or outlet of two words or "
        "more) written all in lower case: \"the gulf cooperation council\", \"the arab league\". "
        "Reported only when the name has a word English always capitalises (Gulf, Arab, "
        "Islamic, a country): \"the presidential council\" stays silent, and so do words that go "
        "on as an English phrase (\"an islamic state of mind\", \"a gulf news agency\"). The fix "
        "restores the lexicon's capitals."
    )
    bad = ("Foreign ministers of the ⟦gulf cooperation council→Gulf Cooperation Council⟧ met on Sunday.",)
    good = (
        "Foreign ministers of the Gulf Cooperation Council met on Sunday.",
        "The presidential council met on Sunday.",
        "There is an islamic state of mind in the village, he joked.",
        "A gulf news agency reported the visit.",
        "The gulf between the two sides has widened since the war.",
    )

    def check(self, doc, ctx):
        from mtqa.rules.names import entity_matches

        _, correct = entity_matches(doc, ctx)
        for m in correct:
            if m.entry.category in ("person", "title"):
                continue
            written = doc.prose[m.start : m.end]
            if any(c.isupper() for c in written) or len(_LEADING_THE.sub("", written).split()) < 2:
                continue  # one word after "the" may be a common noun: "the gulf between them"
            form = next((f for f in m.entry.correct_forms if f.lower() == written.lower().replace("‐", "-")), None)
            if form is None or not _has_proper_word(form):
                continue
            if _LOWER_PHRASE_AFTER.match(doc.prose, m.end) or _LOWER_PHRASE_BEFORE.search(doc.prose[max(0, m.start - 8) : m.start]):
                continue  # "an islamic state of mind", "a gulf news agency": ordinary English words
            yield self.finding(doc, m.start, m.end, f"The name {form} is written in lower case.", [form])


# NAM006 is silent on words that go on as an English phrase ("an islamic state of mind") or
# that a determiner makes a common noun ("a gulf news agency"), as a name is neither
_LOWER_PHRASE_AFTER = re.compile(r"[ ]of\b|[ ](?:agency|agencies|site|sites|outlet|outlets|channel|channels)\b")
_LEADING_THE = re.compile(r"^the\s+")  # "the" is no word of a name here ("the Gulf" is one word)
_LOWER_PHRASE_BEFORE = re.compile(r"\b(?:a|an|any|some|every|each|another)[ ]$")


def _has_proper_word(form: str) -> bool:
    """Whether a name has a word that clean English news nearly always capitalises."""
    counts = ngram_counts()
    for word in re.findall(r"[A-Z][a-z]+", form):
        lower = word.lower()
        total = counts.count(lower)
        if lower in _data()["proper_words"] or (total >= 5 and counts.count(lower, title=True) / total >= 0.9):
            return True
    return False


# --- NAM007: the country in a dateline where its capital is meant --------------------------

# "in the capital, Algeria", "the Tunisian capital Tunisia"
# (= \b[Tt]he…, written to start with a class: the scan skips to t and T)
_CAPITAL_COUNTRY = re.compile(r"[Tt](?<=\b[Tt])he[ \t]+(?:[A-Z][a-z]+[ \t]+)?capital,?[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])")
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][a-z]+)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-–—:]")


expect(("capital",))  # (found in one pass in a long text: scan.expect)


def _capital_countries(prose: str):
    """_CAPITAL_COUNTRY.finditer(prose), tried only where a match can start: "the" before each
    "capital", right before its spaces or before them and one more word."""
    starts = set()
    for at in occurrences(prose, "capital"):
        end = at
        while end > 0 and prose[end - 1] in " \t":
            end -= 1
        if end == at:
            continue  # no space before: no match holds this "capital"
        starts.add(end - 3)  # "the capital"
        word = end
        while word > 0 and prose[word - 1].isascii() and prose[word - 1].isalpha():
            word -= 1
        space = word
        while space > 0 and prose[space - 1] in " \t":
            space -= 1
        if word < end and space < word:
            starts.add(space - 3)  # "the <Word> capital"
    return tried_at(_CAPITAL_COUNTRY, prose, sorted(s for s in starts if s >= 0))



@register
class DatelineCountry(Rule):
    id = "NAM007"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "dateline-country"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    explanation = (
        "A dateline that names a country where its capital is meant, because the two share one "
        "Arabic name (الجزائر Algeria and Algiers, تونس Tunisia and Tunis): \"Algeria (APS) -\". "
        "A dateline names a city; so does \"the capital, Algeria\". The pairs are in data/name_forms.toml."
    )
    bad = (
        "⟦Algeria→Algiers⟧ (APS) - The president received the Italian prime minister.",
        "The delegation arrived in the capital, ⟦Tunisia→Tunis⟧, on Monday.",
    )
    good = (
        "Algiers (APS) - The president received the Italian prime minister.",
        "Algeria beat Tunisia 2-1 on Sunday.",
        "The capital of Algeria hosted the summit.",
        "Investors moved capital Tunisia needs abroad.",
    )

    @cached_property
    def trigger(self) -> str:
        """The countries of data/name_forms.toml's dateline_capitals: every finding is one."""
        return "|".join(map(re.escape, sorted(_data()["dateline_capitals"]))) or r"(?!)"

    def check(self, doc, ctx):
        capitals = _data()["dateline_capitals"]
        for matches, shape in ((at_line_starts(_DATELINE, doc.prose), "Dateline {!r}"),
                               (_capital_countries(doc.prose), "'the capital {}'")):
            for match in matches:
                country = match.group(1)
                if country in capitals:
                    city = capitals[country]
                    message = f"{shape.format(country)}: the city is {city} (the Arabic name is the same for both)."
                    yield self.finding(doc, match.start(1), match.end(1), message, [city])
