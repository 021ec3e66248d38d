"""Weighed evidence: is an ambiguous rendering used as a name here, or as ordinary English?

Features and weights live in evidence.toml (each with a comment); `weigh` adds the weights
of the features that fire and compares the sum with the threshold. Used for an entry's
`literal_in_context` renderings and for every generated rendering.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from mtqa import cache, regexes
from mtqa.lexicon.ngrams import ngram_counts

_MEDIA = ("media-outlet", "news-agency")  # English names of channels and papers end in TV/newspaper too
_FUNCTION_WORDS = frozenset("the of a an and or in on to for with by at from 's".split())
_WORD_RUN = re.compile(r"[\w']+")  # what words_of keeps: every other character separates
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def words_of(text: str) -> str:
    """Punctuation removed (apostrophes kept), single spaces: what cues are compared with."""
    return " ".join(_WORD_RUN.findall(text))


@dataclass(frozen=True)
class Weighing:
    score: float
    evidence: tuple[str, ...]
    is_name: bool


@dataclass(frozen=True)
class Settings:
    threshold: float
    weights: dict
    limits: dict
    head_nouns: dict[str, tuple[str, ...]]
    verbs_after: tuple[str, ...]
    verbs_before: tuple[str, ...]
    determiners: frozenset[str]
    apposition: re.Pattern
    meaning: tuple[str, ...]
    not_name_words: frozenset[str]
    foreign_owners: tuple[str, ...] = ()
    country_words: dict[str, tuple[str, ...]] | None = None
    sports: re.Pattern | None = None


@lru_cache(maxsize=1)
def settings() -> Settings:
    data = cache.package_toml("lexicon/evidence.toml")
    heads = {k: tuple(v) for k, v in data["head_nouns"].items()}
    nouns = sorted({n for v in heads.values() for n in v} | {"outlet", "mouthpiece", "broadcaster"},
                   key=lambda n: (-len(n), n))  # (the longest first; the same pattern text in every run)
    apposition = regexes.compile(
        r"^(?:'s?)?\s*,\s*(?:the|a|an|its|their)\s+(?:[\w'-]+\s+){0,4}?(?:" + "|".join(map(re.escape, nouns)) + r")\b"
    )
    return Settings(
        threshold=float(data["threshold"]), weights=data["weights"], limits=data["limits"],
        head_nouns=heads, verbs_after=tuple(data["verbs"]["after"]),
        verbs_before=tuple(data["verbs"]["before"]),
        determiners=frozenset(data["determiners"]["before"]), apposition=apposition,
        meaning=tuple(data["meaning"]["before"]),
        not_name_words=frozenset(data["not_name_words"]["before"]),
        foreign_owners=tuple(data.get("foreign_owners", {}).get("before", ())),
        country_words={k: tuple(v) for k, v in data.get("country_words", {}).items()},
        sports=regexes.compile(r"(?<![\w-])\d{1,2}[-–]\d{1,2}(?![\w-])|\b(?:" + "|".join(
            map(re.escape, data.get("sports", {}).get("words", ()))) + r")\b", re.IGNORECASE),
    )


def _ends_with(text: str, phrase: str) -> bool:
    return text == phrase or text.endswith(" " + phrase)


def _starts_with(text: str, phrase: str) -> bool:
    return text == phrase or text.startswith(phrase + " ")


class _Phrases:
    """A list of phrases indexed by their first and by their last word, so that finding the
    first of them (in list order) that a text starts or ends with looks at a few of them only.
    A phrase can start `text` (as `_starts_with`) only if its first space-separated piece is
    that of `text`, and end it only if its last piece is: the answers are those of a scan."""

    def __init__(self, phrases: tuple[str, ...]):
        self.phrases = phrases
        self.by_first: dict[str, list[int]] = {}
        self.by_last: dict[str, list[int]] = {}
        for i, phrase in enumerate(phrases):
            self.by_first.setdefault(phrase.split(" ", 1)[0], []).append(i)
            self.by_last.setdefault(phrase.rsplit(" ", 1)[-1], []).append(i)

    def starting(self, text: str) -> str | None:
        """The first phrase `text` starts with (a whole-word prefix), or None."""
        phrases = self.phrases
        for i in self.by_first.get(text.split(" ", 1)[0], ()):
            if _starts_with(text, phrases[i]):
                return phrases[i]
        return None

    def ending(self, text: str) -> str | None:
        """The first phrase `text` ends with (a whole-word suffix), or None."""
        phrases = self.phrases
        for i in self.by_last.get(text.rsplit(" ", 1)[-1], ()):
            if _ends_with(text, phrases[i]):
                return phrases[i]
        return None

    def first(self, starts: str, ends: str, test) -> str | None:
        """The first phrase p (in list order) that `starts` starts with or `ends` ends with and
        for which test(p) holds."""
        phrases = self.phrases
        for i in sorted({*self.by_first.get(starts.split(" ", 1)[0], ()), *self.by_last.get(ends.rsplit(" ", 1)[-1], ())}):
            p = phrases[i]
            if (_starts_with(starts, p) or _ends_with(ends, p)) and test(p):
                return p
        return None


_INDEXED: dict[int, tuple[tuple[str, ...], _Phrases]] = {}


def _indexed(phrases: tuple[str, ...]) -> _Phrases:
    """The index of a tuple of phrases, built once per tuple (kept alive beside its index)."""
    found = _INDEXED.get(id(phrases))
    if found is None or found[0] is not phrases:
        found = _INDEXED[id(phrases)] = (phrases, _Phrases(phrases))
    return found[1]


def _always(_phrase: str) -> bool:
    return True


def _has_upper(text: str) -> bool:
    """Whether any character of `text` is upper case (an ASCII text: whether lower() changes it)."""
    return text != text.lower() if text.isascii() else any(c.isupper() for c in text)


_DATELINE_PLACE_AFTER = re.compile(r"^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-–—][ \t]")


# a dateline opening a sentence: "Rabat - ", "Abu Dhabi (WAM) – "
_DATELINE_OPENING = re.compile(r"[^\W\d_][\w' .]{0,30}?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-–—][ \t]+")


def _opening_the(lead: str) -> bool:
    """Whether the text of a sentence before a match is its opening "The", a dateline before
    it allowed ("Rabat – The Bank of the West decided")."""
    lead = lead.strip()
    if lead == "The":
        return True
    if not lead.endswith(" The"):
        return False
    dateline = _DATELINE_OPENING.match(lead)
    return dateline is not None and dateline.end() == len(lead) - 3


def _dateline_place(text: str, start: int, end: int) -> bool:
    """Whether the match is the place of a dateline: "The White House (MAP) - …" (الدار
    البيضاء, Casablanca), "Head of the Tent - …"."""
    if not _DATELINE_PLACE_AFTER.match(text[end : end + 50]):
        return False  # (tested first: the line before the match may be long)
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip() in ("", "The")


_POSSESSIVE_AFTER = re.compile(r"(?<=\w)'s?\b|^'s? ?")
_POSSESSIVE_S = re.compile(r"'s?\b")
_DATELINE_BEFORE = re.compile(r"^[^\W\d_][\w' .-]{0,40}\(\s*(?:the\s+)?$", re.IGNORECASE)
_DATELINE_AFTER = re.compile(r"^\s*\)\s*[-–—:]")


def decided_alone(written: str, generated: bool) -> Weighing | None:
    """The weighing of a rendering that its written form decides without its context, else
    None: a generated one-word rendering in lower case is ordinary English ("told the news
    site"). Lets a caller skip finding the sentence of most matches."""
    if generated and " " not in written.strip() and not _has_upper(written):
        return Weighing(settings().weights["lower-case-word"], ("lower-case-word",), False)
    return None


_PHRASE_FACTS: dict = {}  # (written, folded, heads) -> _phrase_facts (a document repeats its phrases)
_PHRASE_FACTS_BOUND = 1 << 14  # entries kept before the table starts again


def _phrase_facts(written: str, folded: str, heads: tuple[str, ...], head_index: _Phrases) -> tuple:
    """What `weigh` reads of a rendering as written, whatever its context: (its words as
    compared, those words without possessives, the head noun of `heads` it holds with words
    besides, its content words), worked out once per spelling and category's head nouns."""
    key = (written, folded, heads)
    found = _PHRASE_FACTS.get(key)
    if found is None:
        if len(_PHRASE_FACTS) >= _PHRASE_FACTS_BOUND:
            _PHRASE_FACTS.clear()
        phrase = words_of(folded)
        phrase_words = (_POSSESSIVE_S.sub("", phrase) if "'" in phrase else phrase).split()
        joined = " ".join(phrase_words)
        inner = head_index.first(joined, joined, lambda h: len(phrase_words) > len(h.split()))
        content = tuple(t for t in _WORD.findall(written) if t.lower() not in _FUNCTION_WORDS and t.lower() not in heads)
        found = _PHRASE_FACTS[key] = (phrase, phrase_words, inner, content)
    return found


def weigh(
    *,
    text: str,
    folded: str,
    start: int,
    end: int,
    sentence_start: int,
    sentence_end: int,
    category: str,
    generated: bool,
    cues: tuple[tuple[str, ...], tuple[str, ...]] | None,
    document_names: bool,
    stop_words: frozenset[str],
    own_heads: tuple[str, ...] | None = None,
    country: str = "",
    floor: float | None = None,
) -> Weighing:
    """Weigh one occurrence text[start:end] of an ambiguous rendering (see evidence.toml).
    With `floor`, a weighing whose score cannot reach it (the cheap features summed, the
    costly negative ones not yet) stops there: score and evidence are then those of the cheap
    features only, and is_name False (the caller drops any weighing below `floor`)."""
    s = settings()
    w = s.weights
    written = text[start:end]
    alone = decided_alone(written, generated)
    if alone is not None:
        return alone
    fired: list[tuple[str, float]] = []
    # (the folded text around the match read once: a FoldedText folds each slice it gives)
    low, high = min(max(sentence_start, start - 80), start), max(min(sentence_end, end + 80), end)
    around = folded[low:high]
    after_raw = around[end - low : max(0, min(sentence_end, end + 80) - low)]
    after = words_of(after_raw)
    if _starts_with(after, "of") and (_has_upper(written) or not _ends_in_group_head(folded[start:end], category, s)
                                      or not _OWNER_AFTER_OF.match(text, end, end + 40)):
        return Weighing(0.0, ("followed-by-of",), False)
    before = words_of(around[max(sentence_start, start - 80) - low : start - low])
    had_the = _ends_with(before, "the")
    before_core = before[:-3].rstrip() if had_the else before
    # possessives: "the X newspaper's" (every match of the pattern holds an apostrophe)
    after_core = (_POSSESSIVE_AFTER.sub("", after) if "'" in after else after).strip()

    cue = None
    if cues:
        cue = _indexed(cues[0]).ending(before_core) or _indexed(cues[1]).starting(after)
        if cue:
            fired.append((f"cue:{cue}", w["generated-cue" if generated else "cue"]))
    heads = s.head_nouns.get(category, ())
    head_index = _indexed(heads)
    phrase, phrase_words, inner, content = _phrase_facts(written, around[start - low : end - low], heads, head_index)
    head = head_index.first(after_core, before_core, _always)
    if head and not (cue and (cue == head or cue.endswith(" " + head))):
        fired.append((f"head-noun:{head}", w["head-noun"]))
        if _title_before_head(text, start, end, head, had_the):
            fired.append(("title-before-head", w["title-before-head"]))
    if own_heads:
        # a head noun after the match that translates another head word than the entry's own:
        # "the Independence Movement" (حركة) is not حزب الاستقلال, the Independence Party
        following = after_core.split(" ", 1)[0] if after_core else ""
        if following in _BODY_HEADS and following not in own_heads:
            fired.append((f"other-head:{following}", w["other-head"]))
    elif category in _MEDIA:
        # an outlet's rendering before the head noun of a group or place names that, not the
        # outlet: "the Glory division" is no المجد channel
        following = after_core.split(" ", 1)[0] if after_core else ""
        if following in _BODY_HEADS or following in _GROUP_AND_PLACE_HEADS:
            fired.append((f"other-head:{following}", w["other-head"]))
    if inner and category not in _MEDIA and any(t[0].isupper() for t in content):
        fired.append((f"head-noun-inside:{inner}", w["head-noun-inside"]))
    elif inner and had_the and category in _GROUPS and len(phrase_words) > 1 and phrase_words[-1] == inner:
        # "the zeal movement", "the quick support forces": a group named in lower case
        fired.append((f"head-noun-inside-lower:{inner}", w["head-noun-inside-lower"]))
    counts = ngram_counts()
    lower_count = counts.count(phrase)
    if content and all(t[0].isupper() for t in content) and start > sentence_start \
            and not _AFTER_DATELINE.search(text, max(sentence_start, start - 4), start):
        # (a capital right after a dateline's dash opens the sentence: "Medina - Authorities said")
        title_count = counts.count(phrase, title=True)
        share = title_count / lower_count if lower_count else 0.0
        if share < s.limits["title-share"] and not _headline(text, sentence_start, sentence_end, s.limits["headline-share"]):
            if _opening_the(text[sentence_start:start]):
                fired.append(("sentence-initial-title-case", w["sentence-initial-title-case"]))
            else:
                fired.append(("title-case", w["title-case"]))
                if category == "place" and before_core.rsplit(" ", 1)[-1] in _LOCATIVES:
                    fired.append(("locative", w["locative"]))
    if category == "place" and not had_the and len(phrase_words) >= 2 and not _has_upper(written) \
            and before_core.rsplit(" ", 1)[-1] in _LOCATIVES:
        # "a drone struck a car near rock cliff": a common noun phrase needs an article there
        fired.append(("bare-after-locative", w["bare-after-locative"]))
    window = after_core.split()[: int(s.limits["citation-window"]) + 3]
    verb, adjacent = None, False
    verbs_after = _indexed(s.verbs_after)
    for i in range(min(len(window), int(s.limits["citation-window"]))):
        if window[i] not in verbs_after.by_first:  # no verb starts with this word
            continue
        verb = verbs_after.starting(" ".join(window[i:]))
        if verb:
            adjacent = i == 0 and after_core == after  # not across a possessive
            break
    verb = verb or _indexed(s.verbs_before).ending(before_core)
    if verb and verb != cue:
        if adjacent:
            fired.append((f"citation-verb-adjacent:{verb}", w["citation-verb-adjacent"]))
        else:
            fired.append((f"citation-verb:{verb}", w["citation-verb"]))
    # (what follows first: reading the line up to the match takes as long as the line is)
    if _DATELINE_AFTER.match(text[end : end + 8]) and _DATELINE_BEFORE.match(text[text.rfind("\n", 0, start) + 1 : start].lstrip()):
        fired.append(("dateline", w["dateline"]))
    if category == "place" and _dateline_place(text, start, end):
        fired.append(("dateline-place", w["dateline"]))
    if s.apposition.match(after_raw):
        fired.append(("apposition", w["apposition"]))
    if document_names:
        fired.append(("document-names", w["document-names"]))
    if generated and len(phrase.split()) >= 2 and any(
        t[0].isupper() and counts.count(t.lower()) == 0 for t in content
    ) and not all(t[0].isupper() for t in content):
        # "the inn of Younis": a proper name that no English word is, beside translated words
        fired.append(("proper-name-inside", w["proper-name-inside"]))
    if len(phrase.split()) >= 2 and lower_count == 0 and not (inner and category in _MEDIA):
        # (an outlet's rendering with its head noun inside is rare only for the head noun)
        fired.append(("rare-phrase", w["rare-phrase"]))
    elif len(phrase.split()) >= 2 and (after_head := head_index.first(after_core, "", _always)) \
            and counts.count(f"{phrase} {after_head}") == 0:
        # "the white house city": a common phrase, but never before its head noun in English
        fired.append(("rare-phrase-with-head", w["rare-phrase"]))
    if lower_count:
        per_million = lower_count * 1_000_000 / max(counts.tokens, 1)
        fired.append(("common-phrase", max(w["common-phrase-cap"], w["common-phrase"] * math.log10(1 + per_million))))
    name_after = category in _TITLES and _person_name_follows(text, end, counts)
    if name_after:
        # "President of the Parliament Nabih Berri": a title's rendering before the name of the
        # person who holds it (the name is no part of the title's English name)
        fired.append(("name-follows", w["name-follows"]))
    inside_at = len(fired)  # (inside-name goes here: weighed last, it only lowers the score)
    own_country = _own_country(before, country, head_index, s)
    if own_country:
        # "the Egyptian Council of Elders", "Algerian daily The News": named as that country's
        fired.append(("own-country", w["own-country"]))
    if category == "organization" and (had_the or text[start:start + 4] == "The ") \
            and s.sports.search(text, sentence_start, sentence_end):
        fired.append(("sports-result", w["sports-result"]))  # "The Dam won the league" ("Police said…" is no club)
    negatives_at = len(fired)  # (english-name … explained-meaning go here, as inside-name)
    if not _has_upper(written):
        fired.append(("lower-case", w["lower-case"]))
        if start and text[start - 1] in "-‐" and text[start - 2 : start - 1].isalpha():
            fired.append(("in-compound", w["in-compound"]))  # "blue-and-white houses"
    last = before.rsplit(" ", 1)[-1] if before else ""
    if not had_the and last in s.determiners:
        fired.append((f"determiner:{last}", w["determiner"]))
    if floor is not None and (score := round(sum(v for _, v in fired), 3)) < floor:
        return Weighing(score, tuple(name for name, _ in fired), False)  # (what follows only lowers it)
    # the costly features that only lower the score, put where they stand in the evidence
    negatives = []
    if content and all(t[0].isupper() for t in content) and not own_country \
            and _english_name(("The " if had_the else "") + written):
        # (not after another country's adjective: "the Bahraini Gulf News newspaper")
        negatives.append(("english-name", w["english-name"]))
    if category in _MEDIA and _foreign_owner(before_core, head_index, s.foreign_owners):
        negatives.append(("foreign-owner", w["foreign-owner"]))
    if not document_names and content and all(t[0].isupper() for t in content) \
            and foreign_sentence(text[sentence_start:sentence_end]):
        # (a name in Title Case, in a document with no other Arabic-news name: another
        # country's English name; MT's lower-case scars stay)
        negatives.append(("foreign-country", w["foreign-country"]))
    if _indexed(s.meaning).ending(before_core) is not None:
        negatives.append(("explained-meaning", w["explained-meaning"]))
    fired[negatives_at:negatives_at] = negatives
    if not name_after and _joined_capitalised(text, start, end, sentence_start, s.not_name_words, s.head_nouns.get(category, ())):
        fired.insert(inside_at, ("inside-name", w["inside-name"]))
    score = round(sum(v for _, v in fired), 3)
    return Weighing(score, tuple(name for name, _ in fired), score >= s.threshold)


def _own_country(before: str, country: str, heads: _Phrases, s: Settings) -> bool:
    """Whether `before` (the words before a match) ends with the adjective or possessive of the
    entry's country, "the" and one head noun of its category allowed between: "the egyptian",
    "algerian daily", "egypt's"."""
    words = s.country_words.get(country) if s.country_words else None
    if not words or not before:
        return False
    before = before[:-4].rstrip() if _ends_with(before, "the") else before
    head = heads.ending(before)
    if head:
        before = before[: len(before) - len(head)].rstrip()
    return any(_ends_with(before, word) for word in words)


def _ends_in_group_head(phrase: str, category: str, s: Settings) -> bool:
    """Whether the rendering of a party or armed group ends in a head noun of its category: in
    lower case, "of" after it then names what the group belongs to ("the zeal movement of
    Ismail Haniyeh"), not a whole it is part of ("the island of Malta"); a Title Case one before "of"
    is left alone ("the Peace Brigades of Moqtada al-Sadr" is English)."""
    if category not in _GROUPS:
        return False
    last = phrase.rstrip().rsplit(" ", 1)[-1]
    return " " in phrase.strip() and last in s.head_nouns.get(category, ())


_GROUPS = frozenset(("armed-group", "party"))
# "of" + what a group belongs to: a name ("of Haftar's army") or a body ("of the army")
_OWNER_AFTER_OF = re.compile(r"[ ]of[ ](?:the[ ])?(?:[A-Z]|(?:army|government|ministry|state|movement|party|forces)\b)")
_AFTER_DATELINE = re.compile(r"[ ][-–—][ ]++$")
# Head nouns of parties, movements and bodies (the meanings of حزب, حركة, جبهة, تيار, تجمع…)
_BODY_HEADS = frozenset(("party", "movement", "front", "alliance", "coalition", "union", "current", "stream",
                         "trend", "gathering", "rally", "grouping", "society", "association", "organization",
                         "organisation", "group", "council", "assembly", "bloc"))
# Head nouns of armed groups, operations and places (an outlet's rendering before one is not the outlet)
_GROUP_AND_PLACE_HEADS = frozenset(("brigade", "brigades", "battalion", "battalions", "division", "divisions",
                                    "forces", "force", "militia", "militias", "army", "corps", "regiment",
                                    "faction", "factions", "operation", "offensive", "battle", "camp", "city",
                                    "town", "village", "district", "governorate", "province", "neighbourhood",
                                    "neighborhood", "quarter"))
_LOCATIVES = frozenset(("in", "near", "from", "to", "at", "into", "towards", "toward", "outside", "inside", "around"))


def _title_before_head(text: str, start: int, end: int, head: str, had_the: bool) -> bool:
    """"the" + a Title Case match + its head noun in lower case right after: "The Hope club",
    "the Fairness party" (English writes "the Hope Club" or no head noun)."""
    if not had_the or not text[end : end + 1].isspace():
        return False
    written = _WORD.findall(text[start:end])
    following = text[end + 1 : end + 1 + len(head)]
    return bool(written) and all(t[0].isupper() for t in written if t.lower() not in _FUNCTION_WORDS) \
        and following == head and following.islower()


_PREVIOUS = re.compile(r"(?<![\w'’])([^\W\d_][\w'’]*+)[ -]$")  # from word starts only: linear
_OF_NAME = re.compile(r"(?<![\w'’])([A-Z][a-z]++) of (?:the )?$")
_AND_NAME = re.compile(r"(?<![\w'’])([A-Z][a-z]++) and $")
_POSSESSIVE_NAME = re.compile(r"['’]s[ ][A-Z]")
_NEXT = re.compile(r"^[ -]([^\W\d_][\w'’]*)")


# Heads that, capitalised after a match, make it a company's English name ("the Crescent
# Group", "Dawn Holding"): a translated name keeps its head in lower case.
_COMPANY_WORDS = frozenset(("group", "holding", "holdings", "company", "corporation", "bank"))


def _joined_capitalised(text, start, end, sentence_start, allowed, heads) -> bool:
    """Whether a capitalised word is joined to the match (by a space or hyphen) so that the match
    is part of a longer English name ("Fox News", "Wafa news agency", "News Corp")."""
    previous = _PREVIOUS.search(text[max(sentence_start, start - 40) : start])
    window = max(sentence_start, start - 40)
    of_name = _OF_NAME.search(text[window:start])
    if of_name and text[sentence_start : window + of_name.start()].strip(" \"'“‘(") and \
            of_name.group(1).lower() not in allowed and of_name.group(1).lower() not in heads:
        # "the Government of Hope", "the Queen of Sheba": an English "X of Y" name (not when a
        # head noun ends the match or follows it: "the Revolutionary Council of the Conquest
        # movement", "Chief of Staff of the National People's Army")
        if not _ends_with_head(text, start, end, heads):
            return True
    and_name = _AND_NAME.search(text[window:start])
    if and_name and text[sentence_start : window + and_name.start()].strip(" \"'“‘(") and \
            and_name.group(1).lower() not in allowed and _ends_with_head(text, start, end, heads):
        return True  # "the Law and Justice party": the match ends an English "X and Y" name
        # (not two names side by side: "the White Hill and Spring Head")
    if previous:
        word = previous.group(1)
        if word[0].isupper() and word.lower() not in allowed and not word.lower().endswith(("'s", "’s")):
            return True
    if _POSSESSIVE_NAME.match(text, end, end + 40):
        return True  # "The People's Daily": a possessive before a capitalised word is an English name
    following = _NEXT.match(text[end : end + 40])
    if following:
        word = following.group(1)
        if word[0].isupper() and (word.lower() in _COMPANY_WORDS or word.lower() not in heads and word.lower() not in allowed) \
                and not _person_follows(word, text[end : end + 40]):
            return True
    return False


def _ends_with_head(text: str, start: int, end: int, heads) -> bool:
    """Whether the match ends with a head noun of its category or one follows it ("party")."""
    last = text[start:end].rsplit(None, 1)[-1].lower() if text[start:end].strip() else ""
    following = _NEXT.match(text[end : end + 40])
    return last in heads or bool(following and following.group(1).lower() in heads)


_TITLES = frozenset({"title"})
# a person's name right after a title: one to four capitalised words, particles allowed
_NAME_AFTER = re.compile(
    r"[ ](?:(?:al|el|bin|ibn|abu|abdel|abdul)[- ])?+([A-Z][a-z'’]++)(?:[ -](?:(?:al|el|bin|ibn|abu|bint|ould)[ -])?+[A-Z][\w'’]*+){1,3}"
)


def _person_name_follows(text: str, end: int, counts) -> bool:
    """Whether a person's name follows text[:end]: capitalised words, the first a common given
    name or no English word ("Nabih Berri", "Abdel Fattah al-Burhan"; not "Building Works")."""
    from mtqa.translit import common_given_names

    match = _NAME_AFTER.match(text, end, end + 80)
    if not match:
        return False
    first = match.group(1).lower()
    return first in common_given_names() or counts.count(first) == 0


def _person_follows(word: str, after: str) -> bool:
    """Whether the capitalised words after a match are a person's name in apposition ("the
    Arab University Ahmed Aboul Gheit"), not more of the match's name: a common given name
    followed by another capitalised word."""
    from mtqa.translit import common_given_names

    return word.lower() in common_given_names() and bool(re.match(r"^[ -][^\W\d_][\w'’]*\s+[A-Z]", after))


def _foreign_owner(before: str, heads: _Phrases, owners: tuple[str, ...]) -> bool:
    """Whether `before` (the words before a match, "the" taken off) ends with a country of
    English-language papers, or with one and a head noun ("pakistani daily")."""
    head = heads.ending(before)
    if head:
        before = before[: len(before) - len(head)].rstrip()
        before = before[:-4].rstrip() if _ends_with(before, "the") else before
    return _indexed(owners).ending(before) is not None


def foreign_owner_before(lead: str, category: str = "media-outlet") -> bool:
    """`_foreign_owner` for the raw text before an outlet's name ("Pakistan's ", "the
    Indian daily ")."""
    s = settings()
    before = words_of(lead.lower().replace("’", "'"))
    before = before[:-4].rstrip() if _ends_with(before, "the") else before
    return _foreign_owner(before, _indexed(s.head_nouns.get(category, ())), s.foreign_owners)


def _english_name(written: str) -> bool:
    from mtqa.lexicon.generate import english_names

    phrase = words_of(written.lower().replace("’", "'"))
    names = english_names()
    return phrase in names or phrase.removeprefix("the ") in names


@lru_cache(maxsize=1)
def _foreign_countries() -> re.Pattern:
    words = cache.package_toml("lexicon/evidence.toml").get("foreign_countries", {}).get("words", ())
    return regexes.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True) or ["(?!)"]) + r")\b",
                           re.IGNORECASE)


@lru_cache(maxsize=4096)
def foreign_sentence(sentence: str) -> bool:
    """Whether a sentence names a country or people outside the Middle East (evidence.toml
    [foreign_countries]) and no Arab place, people or name: it is about that country, whose
    own names English gives by translation ("Poland's Law and Justice party")."""
    from mtqa.rules.translated_names import _ARAB_CONTEXT

    return bool(_foreign_countries().search(sentence)) and not _ARAB_CONTEXT.search(sentence)


def _headline(text: str, start: int, end: int, share: float) -> bool:
    """Whether most words of the sentence after its first are capitalised (a Title Case headline)."""
    return _title_case_sentence(text[start:end], share)


@lru_cache(maxsize=4096)
def _title_case_sentence(sentence: str, share: float) -> bool:
    """_headline of one sentence (asked for each match in it: worked out once per sentence)."""
    tokens = _WORD.findall(sentence)[1:]
    counts = ngram_counts()
    long = [t for t in tokens if len(t) > 3 and not _proper_noun(t, counts)]
    return len(long) >= 3 and sum(t[0].isupper() for t in long) / len(long) > share


def _proper_noun(word: str, counts) -> bool:
    """Whether English capitalises `word` wherever it stands (Thursday, Arabia, Mushait): it is
    capitalised here and unknown to the clean-English counts or mostly capitalised there. Such
    words do not make a sentence a Title Case headline."""
    if not word[:1].isupper():
        return False
    lower = word.lower()
    total = counts.count(lower)
    return not total or counts.count(lower, title=True) / total > 0.5
