"""NAM008 for the kinship words of an Arabic name translated ("Father of Mohammed al-Julani"
for Abu Mohammed al-Julani, "Mohammed son of Salman" for Mohammed bin Salman).

Arabic names carry kinship words that English news keeps as they are: a kunya (أبو "father
of", أم "mother of") before a given name, and a patronym (بن "son of", بنت "daughter of")
between two names. MT that translates them gives a person's name a shape English never uses:

- "Father of" / "Mother of" in Title Case, without an article or a possessive before it, before
  a common Arabic given name (and the rest of the name): "Father of Obeida said…" -> Abu
  Obeida. (A place of that shape, "Father of Kamal crossing", is NAM008's place words.)
- a given name, "son of" / "daughter of" without a comma, another given name: "Tamim son of
  Hamad" -> Tamim bin Hamad ("Abdullah, son of Hussein," is English apposition).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa import cache
from mtqa.scan import expect, near_literals
from mtqa.findings import Suggestion
from mtqa.translit import common_given_names

_KUNYA = re.compile(
    r"(?<![\w'’-])(Father|Mother)[ ]of[ ]((?:[Aa]l-|[Ee]l-)?+[A-Z][a-z]++)\b(?![-'’])"
)
_PATRONYM = re.compile(
    r"(?<![\w'’-])((?:[Aa]l-)?+[A-Z][a-z]++)[ ]([Ss]on|[Dd]aughter)[ ]of[ ]([A-Z][a-z]++)\b(?![-'’])"
)
_DETERMINERS = frozenset("the a an his her their its our my your this that".split())
_KUNYA_WORD = {"Father": "Abu", "Mother": "Umm"}
# title words that open a father's name after a patronym (Mauritanian "Ould Cheikh", "Ould Sidi")
_NAME_TITLES = frozenset(("Sheikh", "Cheikh", "Sidi", "Moulay", "Mulay", "Sayyid", "Sayed"))
_PATRONYM_WORD = {"son": "bin", "daughter": "bint"}


def _kinship_in_english(prose: str, start: int) -> bool:
    """Whether a determiner or a possessive stands right before `start`: "the Father of
    Mohammed", "Ahmed's Mother of…" are English."""
    lead = prose[max(0, start - 12) : start]
    if not lead.endswith(" "):
        return False
    word = lead.rstrip(" ").rsplit(" ", 1)[-1]
    return word.lower() in _DETERMINERS or word.endswith(("'s", "’s", "'", "’"))


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """Given names (lower case): the common ones, the female ones and data/kinship.toml's."""
    from mtqa.rules.name_forms import _female_given

    data = cache.package_toml("data/kinship.toml")
    return common_given_names() | {n.lower() for n in _female_given()} | {n.lower() for n in data["given_names"]}


_ROLES = frozenset("spokesman spokeswoman leader commander chief emir sheikh head founder official "
                   "member fighter militant cleric preacher imam mufti".split())
_SPEECH = re.compile(r"[ ]?+(?:said|says|told|added|announced|stated|warned|claimed|called|appeared|"
                     r"urged|threatened|confirmed|denied|vowed|declared|wrote|posted)\b")
_NAME_AFTER = re.compile(r"[ ](?:(?:al|el|Al|El)[-‐ ])?+[A-Z][a-z]")
_APPOSITION = re.compile(r",[^,.;:!?]{1,80}+,")


def _used_as_name(prose: str, start: int, end: int) -> bool:
    """Whether a kunya is used as a person's name: a surname follows ("Father of Mohammed
    al-Julani"), a role comes before ("the spokesman Father of Hamza"), or it is the subject of
    a verb of speech, an apposition aside ("Father of Obeida, the spokesman…, said"); not a
    nickname explained ("Father of Mohammed, the neighbours called him")."""
    if _NAME_AFTER.match(prose, end):
        return True
    lead = prose[max(0, start - 30) : start].rstrip(" ,").rsplit(" ", 1)[-1].lower()
    if lead in _ROLES:
        return True
    apposition = _APPOSITION.match(prose, end)
    return bool(_SPEECH.match(prose, apposition.end() if apposition else end))


def _given(word: str) -> bool:
    return re.sub(r"^al-", "", word.lower()) in _names()


@lru_cache(maxsize=1)
def _compound_data() -> tuple[dict, dict, dict, re.Pattern, re.Pattern]:
    """kinship.toml's compound given names and the patterns that find them translated."""
    data = cache.package_toml("data/kinship.toml")
    servant, divine, religion = data["servant"], data["divine_names"], data["religion_names"]
    alternatives = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    theophoric = re.compile(rf"(?<![\w'’-])({alternatives(servant)})[ ]of[ ](?:the[ ])?+({alternatives(divine)})\b(?![-'’])")
    title = re.compile(rf"(?<![\w'’-])({alternatives(religion)})[ ]of[ ](?:(the)[ ])?+(Religion|Faith|Islam)\b(?![-'’])")
    return servant, divine, religion, theophoric, title


def _compound_openings(words) -> tuple[str, ...]:
    """"Servant of ", "Glory of "…: where a match of a compound's pattern can start."""
    return tuple(f"{w} of " for w in words)


_SERVANT_WORDS = frozenset(("servant", "slave", "worshipper"))
_RELIGION_WORDS = frozenset(("religion", "faith", "islam"))
# a person's name (or the rest of one) right after: "al-Qassam", "Gaddafi", "Ahmed"
_NAME_PART = re.compile(r"[ ]((?:al|el|Al|El)[-‐ ][A-Z][\w'’-]*+|[A-Z][a-z'’]++)")


def _name_follows(prose: str, end: int) -> bool:
    """Whether a person's name (its next part) follows: an "al-" word, a common given name or a
    capitalised word that is no English word ("Gaddafi"; not "Mosque", "School")."""
    from mtqa.lexicon.ngrams import ngram_counts

    match = _NAME_PART.match(prose, end)
    if not match:
        return False
    word = match.group(1)
    return word[:3].lower() in ("al-", "el-", "al ", "el ") or _given(word) or not ngram_counts().count(word.lower())


def _translated_compounds(rule, doc, taken):
    """NAM008 for a compound given name translated word by word: "Servant of the Merciful" (Abd
    al-Rahman), "Glory of the Religion al-Qassam" (Izz al-Din al-Qassam), "Sword of Islam
    Gaddafi" (Saif al-Islam). Title Case, used as a name: the rest of a name after it, or a role
    before it or a verb of speech after it; after an article only with a name after it ("the
    Glory of the Religion al-Qassam Brigades"); "the Light of Islam" alone stays English."""
    servant, divine, religion, theophoric, title = _compound_data()
    prose = doc.prose
    words = doc.lowered_words.distinct  # (a set: tested against the distinct words, not every word)
    shapes = []  # (a cheap test first: most records hold no servant word and no religion word)
    if not _SERVANT_WORDS.isdisjoint(words):
        shapes.append((theophoric, "theophoric", _compound_openings(servant)))
    if not _RELIGION_WORDS.isdisjoint(words):
        shapes.append((title, "religion", _compound_openings(religion)))
    for pattern, shape, openings in shapes:
        for match in near_literals(prose, openings, pattern, 0):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            named = _name_follows(prose, end)
            if _kinship_in_english(prose, start):
                if not named:
                    continue  # "the Light of Islam", "his Servant of the Merciful"
            elif not (named or _used_as_name(prose, start, end)):
                continue
            if shape == "theophoric":
                target = f"{servant[match.group(1)]} {divine[match.group(2)]}"
            else:
                target = f"{religion[match.group(1)]} {'al-Islam' if match.group(3) == 'Islam' else 'al-Din'}"
            message = (f"{prose[start:end]!r} translates a compound Arabic given name word by word; "
                       f"English news keeps the name: {target}.")
            yield rule.finding(doc, start, end, message, [Suggestion(target, False)],
                               evidence=["translated-given-name", f"shape:{shape}"])


_KUNYA_NEEDLES = ("Father of ", "Mother of ")
_PATRONYM_NEEDLES = (" son of ", " daughter of ", " Son of ", " Daughter of ")
# (found in one pass in a long text: scan.expect)
expect(lambda: (*_KUNYA_NEEDLES, *_PATRONYM_NEEDLES, *_compound_openings(_compound_data()[0]),
                *_compound_openings(_compound_data()[2])))


def translated_kinship(rule, doc, taken):
    """NAM008 findings for translated kunyas and patronyms (module docstring), outside the
    spans `taken` already reported."""
    prose = doc.prose
    for match in near_literals(prose, _KUNYA_NEEDLES, _KUNYA, 0):
        word, name = match.group(1), match.group(2)
        if not _given(name) or taken.overlaps(match.start(), match.end(2)):
            continue
        if _kinship_in_english(prose, match.start()) or not _used_as_name(prose, match.start(), match.end()):
            continue
        start, end = match.start(), match.end(2)
        target = f"{_KUNYA_WORD[word]} {name}"
        message = (f"{prose[start:end]!r}: the kunya {_KUNYA_WORD[word]} (\"{word.lower()} of\") translated; "
                   f"English news keeps it as part of the name: {target}.")
        yield rule.finding(doc, start, end, message, [Suggestion(target, False)],
                           evidence=["translated-kunya", f"given-name:{name}"])
    for match in near_literals(prose, _PATRONYM_NEEDLES, _PATRONYM, 30):
        first, kin, second = match.group(1), match.group(2), match.group(3)
        if not (_given(first) and (_given(second) or (second in _NAME_TITLES and _name_follows(prose, match.end(3))))) \
                or taken.overlaps(match.start(2), match.end(2) + 3):
            continue  # ("Mohamed son of Cheikh al-Ghazouani": a title word that is part of the father's name)
        if _kinship_in_english(prose, match.start()):
            continue
        start, end = match.start(2), match.end(2) + 3
        particle = _PATRONYM_WORD[kin.lower()]
        message = (f"{prose[start:end]!r} between two names translates the patronym {particle}; "
                   f"English news writes {first} {particle} {second}.")
        yield rule.finding(doc, start, end, message, [Suggestion(particle, False)], evidence=["translated-patronym"])
    yield from _translated_compounds(rule, doc, taken)
