"""Structure for the word-order rules (SYN001, SYN003): a verb-first clause found from its shape —
a clause start, a verb form from the generated lexicon (mtqa/verbs.py), a subject noun phrase,
then what only a verb-subject-object clause puts there (a second noun phrase, "that", a time) —
and nationality adjectives generated from country names. Word classes live in
data/word_order.toml."""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa import cache, verbs


@lru_cache(maxsize=1)
def classes() -> dict:
    return cache.package_toml("data/word_order.toml")


def nationality_of(country: str) -> str:
    """The nationality adjective of a country name: Syria → Syrian, Libya → Libyan, Iraq → Iraqi."""
    listed = classes()["nationality_exceptions"].get(country)
    if listed:
        return listed
    if country.endswith("ia"):
        return country + "n"
    if country.endswith("a"):
        return country + "n"
    if country.endswith("o"):
        return country[:-1] + "an"
    if country.endswith("y"):
        return country[:-1] + "ian"
    if country.endswith(("stan", "q", "t", "r", "n", "sh")):
        return country + "i"
    return country + "ian"


@lru_cache(maxsize=1)
def nationalities() -> frozenset[str]:
    """Nationality and people adjectives: generated from the countries, plus the peoples."""
    data = classes()
    names = {nationality_of(c) for c in data["countries"]}
    names.update(data["nationality_exceptions"].values())
    names.update(data["peoples"])
    return frozenset(n for n in names if " " not in n)


# --- verb-first clauses --------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*%?|[,;:()\"“”]")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DETERMINERS = frozenset({"the", "a", "an"})
_QUANTIFIERS = frozenset({"several", "dozens", "hundreds", "thousands", "scores", "tens", "many", "some",
                          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "numerous",
                          "both", "all", "most"})
# What starts a second noun phrase (the object after verb + subject).
_OBJECT_STARTS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "several", "dozens",
                            "hundreds", "thousands", "two", "three", "four", "five", "six", "seven", "eight",
                            "nine", "ten", "new", "further", "more"})
# Objects that are really times: "met the minister the next day", "a week later".
_TIME_AFTER_DET = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "time",
                             "moment", "while", "few", "little", "lot", "bit", "next", "following", "same",
                             "previous", "last", "other", "night", "morning", "evening", "hour", "hours",
                             "minute", "minutes", "second", "first", "whole", "entire", "rest"})
_FUNCTION = frozenset(
    "in into on at from to of and or but with near that which who whom whose where when while as by for "
    "is are was were be been being has have had do does did will would can could may might must shall should "
    "not no than then also if because after before since until during about against between among over under "
    "this these those it he she they we you i there here what how why".split())
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                     "may", "might", "must", "should", "shall", "does", "did"})
_BOUNDARY = frozenset({"that", "who", "which", "where", "when", "after", "because", "while", "whereas",
                       "to", "as", "and", "but", "if", "since", "until", ",", ";", ":", "(", ")", '"', "“", "”"})
# Words that open a fronted phrase ("On Sunday,", "Meanwhile,", "For his part,"): after its comma a
# lower-case verb can only start a verb-first clause.
FRONT_OPENERS = frozenset({"on", "in", "at", "for", "meanwhile", "earlier", "later", "yesterday", "today",
                           "during", "following", "after", "before", "since", "with", "within", "amid", "despite",
                           "elsewhere", "separately", "similarly", "likewise", "moreover", "furthermore", "however", "according",
                           "also", "accordingly", "thus", "hence", "besides", "overnight", "last", "from", "by",
                           "under", "upon", "tonight", "this", "shortly", "recently", "then", "subsequently",
                           "additionally", "consequently", "meantime", "and", "but"})
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_PERIODS = frozenset({"week", "month", "year", "weekend", "night", "morning", "evening", "afternoon"})
_STATEMENT = frozenset({"statement", "speech", "interview", "tweet", "post", "letter", "press", "conference",
                        "communique", "communiqué", "briefing", "meeting", "session", "call", "message"})


@lru_cache(maxsize=1)
def _sets() -> dict[str, frozenset[str]]:
    data = classes()
    two = frozenset(data["two_object_verbs"])
    return {
        "heads": frozenset(data["subject_heads"]) | frozenset(_plural(h) for h in data["subject_heads"]),
        "two_object": two,
        "person_that": frozenset(data["person_that_verbs"]),
        "name_like": frozenset(data["name_like_forms"]),
        "particles": frozenset(data["particles"]),
        "intransitive": frozenset(data["intransitive"]),
        "times": frozenset(data["time_words"]),
    }


def _plural(noun: str) -> str:
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("sh", "ch", "x")) else "s")


def is_subject_head(word: str) -> bool:
    """Whether `word` is a noun that heads a subject (an agent, place or event: data/word_order.toml)."""
    return word.lower() in _sets()["heads"]


def words_of(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, word) for the words and the punctuation that bounds phrases."""
    return [(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]


def verb_form(word: str) -> str | None:
    """The base of a simple past or third-person present form of a listed verb, or None."""
    return verbs.past_base(word) or verbs.present_base(word)


def _adverbial(words, i: int) -> int:
    """The index after a time or statement adverbial at i ("on Sunday", "yesterday", "in a
    statement", "on Monday evening"), or i itself when there is none."""
    n = len(words)
    if i >= n:
        return i
    w = words[i][2].lower()
    if w in _sets()["times"]:
        return i + 1
    if w in ("next", "last", "this") and i + 1 < n and words[i + 1][2].lower() in _PERIODS:
        return i + 2
    if w == "on" and i + 1 < n and words[i + 1][2].lower() in _WEEKDAYS:
        j = i + 2
        if j < n and words[j][2].lower() in ("morning", "evening", "night", "afternoon"):
            j += 1
        return j
    if w == "in" and i + 2 < n and words[i + 1][2].lower() in ("a", "an", "its", "his", "her", "their"):
        j = i + 2
        for k in range(j, min(j + 3, n)):
            if words[k][2].lower() in _STATEMENT:
                return k + 1
    return i


def _subject(words, i: int, capital_names: bool) -> tuple[int, bool] | None:
    """(end index, strong) of a subject noun phrase starting at i: a determiner or quantifier and
    up to six words, or a capitalised name; strong when its head is a listed agent, place or
    event noun, or when it is (or holds) a capitalised name or a nationality."""
    n = len(words)
    if i >= n:
        return None
    heads = _sets()["heads"]
    first = words[i][2]
    lower = first.lower()
    j = i
    if lower in _DETERMINERS:
        j += 1
    elif lower in _QUANTIFIERS or first[:1].isdigit():
        j += 1
        if j < n and words[j][2] == "of":
            j += 1
    elif first[:1].isupper():
        if not capital_names or lower in _WEEKDAYS or lower in _MONTHS:
            return None
    elif lower not in heads and not (j + 1 < n and words[j + 1][2].lower() in heads and lower not in _FUNCTION):
        return None  # a bare noun phrase: "sources", "informed sources", "local residents"
    start = j
    strong = False
    last_head = None
    while j < n and j - start < 7:
        w = words[j][2]
        lw = w.lower()
        if w[:1].isupper() or (j > start and _NAME_PARTICLE.match(w) and words[j - 1][2][:1].isupper()):
            if lw in _WEEKDAYS or lw in _MONTHS:
                break
            strong = True
            j += 1
            continue
        if (lw == "and" and j > start and words[j - 1][2][:1].isupper() and j + 1 < n
                and words[j + 1][2][:1].isupper() and words[j + 1][2].lower() not in _WEEKDAYS):
            j += 1  # "Morocco and Spain": two names, one subject
            continue
        if j > start and words[j - 1][2][:1].isupper() and lw not in heads:
            break  # "Professor Czeisler design…": a name ends the phrase
        if lw == "of" and j + 1 < n and (words[j + 1][2][:1].isupper() or (
                words[j + 1][2] == "the" and j + 2 < n and words[j + 2][2][:1].isupper())):
            j += 2 if words[j + 1][2] != "the" else 3
            continue
        if not w[:1].isalpha() or lw in _FUNCTION or lw in _DETERMINERS:
            break
        if lw in _OBJECT_STARTS and not (j == start and lw in _QUANTIFIERS):
            break  # "the two sides" holds a number; "the minister the importance" starts a new phrase
        if verbs.past_base(lw) and j > start:
            break  # a verb after the subject: "the army stormed…"
        j += 1
        if lw in heads:
            last_head = j
    if j == start:
        return None
    if last_head is not None:
        strong = True
        if last_head < j and not words[j - 1][2][:1].isupper():
            j = last_head  # "the city heavy flooding": the subject ends at its head
    elif words[j - 1][2].lower() in nationalities() or words[j - 1][2] in nationalities():
        strong = True
    return j, strong


_NAME_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|az|ar|at|an|adh)-[A-Z]")  # "al-Sisi" inside a name


def _apposition(words, j: int) -> int:
    """Skip ", Name Name," after a subject: "the spokesman, Ali Hassan, that…"."""
    n = len(words)
    if j < n and words[j][2] == "," and j + 1 < n and words[j + 1][2][:1].isupper():
        k = j + 1
        while k < n and k - j <= 5 and (words[k][2][:1].isupper() or words[k][2] in ("al", "bin", "ibn", "de")):
            k += 1
        if k < n and words[k][2] == ",":
            return k + 1
    return j


def _object_cue(words, j: int, base: str) -> bool:
    """Whether what follows the subject shows a verb-subject-object clause: a second noun phrase
    (not a time such as "the next day"), or "that" after a verb that takes no person before it."""
    n = len(words)
    j = _apposition(words, j)
    j = _adverbial(words, j)
    if j >= n:
        return False
    w = words[j][2].lower()
    if w == "that":
        return base not in _sets()["person_that"]
    if base in _sets()["two_object"]:
        return False
    if w in _OBJECT_STARTS or words[j][2][:1].isdigit():
        nxt = words[j + 1][2].lower() if j + 1 < n else ""
        if nxt == "of" and w in _QUANTIFIERS:
            return True  # "dozens of injured"
        return nxt not in _TIME_AFTER_DET and nxt not in _FUNCTION and nxt not in (",", ".")
    return False


_TITLE_WORDS = frozenset({"King", "President", "Prime", "Sheikh", "Emir", "Minister", "Crown", "Sultan", "Speaker",
                          "Prince", "General", "Lieutenant", "Colonel", "Foreign", "Defence", "Defense", "Interior",
                          "Sovereign", "Pope", "Patriarch", "Imam", "Ambassador", "Envoy", "Governor", "Mayor",
                          "Deputy", "Vice", "Secretary", "Chairman", "Commander", "Field", "Brigadier", "His", "Her"})


def _agent_closes(words, j: int) -> bool:
    """Whether the noun phrase at j (after an object) is an agent that ends the clause: "the
    opening the governor and a number of officials." — the subject put last."""
    n = len(words)
    j = _apposition(words, j)
    if j >= n or words[j][2].lower() not in _DETERMINERS:
        return False
    subject = _subject(words, j, capital_names=True)
    if subject is None or not subject[1]:
        return False
    end = subject[0]
    return (end >= n or words[end][2] in (",", ";", ".", "and")) and not _finite_after(words, end)


def _finite_after(words, j: int) -> bool:
    """A finite verb after the subject before a clause boundary: "Plans the size of a city were
    drawn up", "Hit hardest were": the opening word was not a verb."""
    for k in range(j, min(j + 12, len(words))):
        w = words[k][2].lower()
        if w in _BOUNDARY:
            return False
        if w in _FINITE:
            return True
    return False


# Verbs whose particle may come before the subject: "Took part…", "Kicked off…", "Broke out…".
_PHRASAL = frozenset({"take", "break", "kick", "carry", "get", "set", "break", "start", "wrap", "end"})


def _participial_opener(words, j: int) -> bool:
    """Whether the opening verb phrase ends at a comma followed by the real subject and its verb:
    "Asked the reason, the minister blamed…", "Called the Pearl of the Gulf, it draws…"."""
    n = len(words)
    k = next((k for k in range(j, min(j + 14, n)) if words[k][2] == ","), None)
    if k is None:
        return False
    if k + 2 < n and words[k + 1][2] == "may" and words[k + 2][2] in ("God", "Allah"):
        k = next((m for m in range(k + 1, min(k + 12, n)) if words[m][2] == ","), None)  # ", may God keep him,"
        if k is None:
            return False
    for m in range(k + 1, min(k + 8, n)):
        w = words[m][2]
        lw = w.lower()
        if lw in _FINITE or (m > k + 1 and w[:1].islower() and verb_form(w)):
            return True
        if lw in ("that", "which", "who", ",", ";", '"', "“"):
            return False
    return False


# Participles of an expected event that Arabic MT puts first ("Is expected to arrive…").
RAISING = _RAISING = frozenset({"expected", "scheduled", "due", "set", "likely", "planned", "supposed", "slated", "hoped"})


def passive_first(words, i: int) -> int | None:
    """"Was killed three soldiers…", "Were arrested the suspects…": a passive verb before its
    subject at a clause start (not a question: those are skipped before)."""
    n = len(words)
    if (i + 3 < n and words[i][2] in ("Is", "Are", "Was", "Were") and words[i + 1][2] in _RAISING
            and words[i + 2][2] == "to" and verbs.is_base(words[i + 3][2])):
        return i + 2  # "Is expected to arrive an Egyptian delegation…" (من المتوقع أن يصل), not a question
    if i + 2 >= n or words[i][2] not in ("Was", "Were"):
        return None
    participle = words[i + 1][2]
    if not (participle.islower() and (verbs.past_base(participle) or participle in _PARTICIPLES)):
        return None
    j = _adverbial(words, i + 2)
    if (j + 2 < n and words[j][2] in ("in", "at") and words[j + 1][2][:1].isupper()
            and words[j + 1][2].lower() not in _WEEKDAYS and words[j + 1][2].lower() not in _MONTHS):
        k = j + 2
        while k < n and k - j < 4 and words[k][2][:1].isupper():
            k += 1
        j = k  # "Was held yesterday in Baghdad the meeting…": a place before the subject
    elif j + 2 < n and words[j][2] in _PASSIVE_SCENE and words[j + 1][2] in _DETERMINERS:
        k = j + 2  # "Were wounded in the attack five soldiers…": a scene before a counted subject
        starts = _QUANTIFIERS | _NUMBER_WORDS | _DETERMINERS
        while k < n and k - j < 5 and words[k][2] not in starts and not words[k][2][:1].isdigit() \
                and words[k][2].isalpha():
            k += 1
        if k < n and k > j + 2 and (words[k][2] in starts or words[k][2][:1].isdigit()) \
                and not (k + 1 < n and words[k + 1][2].lower() in _TIME_AFTER_DET):
            j = k
    subject = _subject(words, j, capital_names=False)
    if subject is None or words[j][2].lower() not in _DETERMINERS | _QUANTIFIERS and not words[j][2][:1].isdigit():
        return None
    if _finite_after(words, subject[0]):
        return None
    return i + 2


# Prepositions of the scene a passive names before its counted subject ("Were killed in the clashes eight…").
_PASSIVE_SCENE = frozenset({"in", "during", "at", "near", "after", "following", "amid", "inside", "outside"})
_NUMBER_WORDS = frozenset({"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                           "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
IRREGULAR_PARTICIPLES = _PARTICIPLES = frozenset({"taken", "given", "shown", "seen", "beaten", "stolen", "chosen", "spoken", "written",
                          "driven", "broken", "frozen", "thrown", "drawn", "known", "grown", "done", "hidden",
                          "shaken", "forgotten", "forgiven", "overthrown", "withdrawn", "undertaken", "begun"})


def verb_first(words, i: int, text_after: str, lower_case: bool) -> int | None:
    """The index after the verb when words[i] opens a verb-first clause, else None.
    `lower_case`: the clause start is inside the sentence (after ", and", after a fronted phrase),
    where the verb is lower-case and the subject must be an agent, place or name."""
    n = len(words)
    if i >= n:
        return None
    word = words[i][2]
    if lower_case is None:  # after a sentence adverb ("Also participated…"): a sentence start, verb in lower case
        if not word.islower():
            return None
        lower_case = False
    elif lower_case != word[:1].islower():
        return None
    base = verb_form(word)
    if base is None:
        return None
    sets = _sets()
    j = i + 1
    particle = j < n and words[j][2].lower() in sets["particles"] and base in _PHRASAL
    if particle:
        j += 1
    j = _adverbial(words, j)
    if (not lower_case and j + 2 < n and words[j][2] in ("in", "at") and words[j + 1][2][:1].isupper()
            and words[j + 2][2] == "the"):
        j += 2  # "Kicked off in Rabat the meetings…"
    if j < n and words[j][2][:1].isupper() and word in sets["name_like"]:
        return None  # "Said Aziz, a teacher…", "Rose Mansour…"
    if (not lower_case and base in sets["intransitive"] and word not in sets["name_like"] and i + 1 < n
            and words[i + 1][2] not in ("by", ",", "to") and not _participial_opener(words, i + 1)
            and not _finite_after(words, i + 1)):
        return i + 1  # "Participated in the forum delegations from…": no English sentence opens so
    subject = _subject(words, j, capital_names=True)
    if subject is None:
        return None
    end, strong = subject
    if _finite_after(words, end):
        return None
    cue = _object_cue(words, end, base)
    if lower_case:
        if strong and base in sets["intransitive"] and (words[j][2].lower() in _DETERMINERS or words[j][2][:1].isupper()
                                                        or words[j][2].lower() in _QUANTIFIERS):
            return i + 1  # "…, where arrived the delegation…", "In the capital, protested hundreds of…"
        if strong and cue:
            return i + 1
        if cue and not strong and base not in sets["two_object"] and _agent_closes(words, end):
            return i + 1  # "…, and attended the opening the governor and…": verb, object, subject
        return None
    past = verbs.past_base(word) is not None
    if (past and word not in sets["name_like"] and words[j][2] in _TITLE_WORDS
            and not _participial_opener(words, end)):
        return i + 1  # "Chaired King Mohammed VI, may God…, a meeting"
    if particle and strong and words[i + 1][2].lower() in ("part", "place", "out", "off"):
        return i + 1  # "Took part delegations from…", "Broke out clashes…"
    if past and words[j][2] == "the" and word not in sets["name_like"] and not _participial_opener(words, end):
        return i + 1  # "Spoke the Sudanese envoy to reporters…"
    if base in sets["intransitive"] and word not in sets["name_like"] and not _participial_opener(words, end):
        return i + 1  # "Died three people…", "Arrives the envoy…": no object, so the noun phrase is the subject
    if cue and (strong or words[j][2].lower() in _DETERMINERS):
        return i + 1
    return None
