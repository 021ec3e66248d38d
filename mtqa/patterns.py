"""A small pattern language for calque families (data/calque_patterns.toml), compiled to
regular expressions that the phrase matcher (rules/phrases.py) runs in one pass.

A pattern is a sequence of slots separated by spaces; words match case-insensitively:

    word          the word itself ("turn", "sidelines", "2023")
    a|b|c         one of these words; "_" inside one stands for a space ("in_turn|by_role")
    {class}       one of the words or phrases of a class ([classes] in the data file)
    =a|b          these words in lower case only, as written ("the =citizen [Cap]": not "The
                  Citizen Lab", a name)
    [Cap]         a capitalised word (a name: "Egypt", "Khartoum")
    [word]        any one word
    [ing]         a word ending in "-ing" ("distributing", "implementing")
    [num]         a number in figures ("24", "1,500")
    [year]        a year in figures, 1800 to 2099
    [score]       a score or a tally in figures ("1-1", "3–0")
    ...N          up to N words of any kind (N ≤ 6), the fewest that let the rest match
    slot?         the slot is optional
    !a|b|{class}  the next word is none of these (looks ahead, matches nothing)
    , ( ) . ; :   punctuation, matched with or without a space before it (also ",|.|;")
    ^             (first) the pattern applies at the start of a sentence only

Every repetition is bounded (a gap of at most six words), so matching stays linear in the
length of the text.
"""

from __future__ import annotations

import re

from mtqa.errors import LexiconError

_WORD = r"[\w'’-]+"
_PUNCT = {",", "(", ")", ".", ";", ":", "-"}
_MAX_GAP = 6


def _words(items) -> str:
    """An alternation of literal words or phrases, longest first."""
    alternatives = sorted({i.strip() for i in items if i.strip()}, key=lambda s: (-len(s), s))
    return "(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+").replace(" ", r"\s+") for a in alternatives) + ")"


def _slot(token: str, classes: dict[str, list[str]], where: str) -> str:
    """The regular expression of one slot (without its optional mark)."""
    if token in _PUNCT:
        return re.escape(token)
    if token.startswith("=") and len(token) > 1:  # (case as written: lower case)
        return "(?-i:" + _slot(token[1:], classes, where) + ")"
    if "|" in token and not re.fullmatch(r"[\w'’-]+(?:\|[\w'’-]+)*", token):  # words, classes, marks mixed
        return "(?:" + "|".join(_slot(part, classes, where) for part in token.split("|")) + ")"
    if token.startswith("{") and token.endswith("}"):
        name = token[1:-1]
        if name not in classes:
            raise LexiconError(f"{where}: unknown class {{{name}}}")
        return _words(classes[name])
    if token == "[Cap]":
        return r"(?-i:[A-Z])[\w'’-]*"
    if token == "[word]":
        return _WORD
    if token == "[ing]":
        return r"[A-Za-z]{2,}ing"
    if token == "[num]":
        return r"\d[\d,.]*"
    if token == "[year]":
        return r"(?:1[89]|20)\d\d"
    if token == "[score]":
        return r"\d{1,3}[-–]\d{1,3}"
    if re.fullmatch(r"[\w'’-]+(?:\|[\w'’-]+)*", token):
        return _words(part.replace("_", " ") for part in token.split("|"))
    raise LexiconError(f"{where}: cannot read slot {token!r}")


_RUN = re.compile(r"[^\W\d_]+")
_MAX_LEADS = 600


def _alternatives(token: str, classes: dict[str, list[str]]) -> list[str] | None:
    """The words or phrases a plain slot stands for (None for names, numbers, any word)."""
    out = []
    for part in token.removeprefix("=").split("|"):
        if part.startswith("{") and part.endswith("}") and part[1:-1] in classes:
            out += classes[part[1:-1]]
        elif re.fullmatch(r"[\w'’-]+", part) and not part.startswith("["):
            out.append(part.replace("_", " "))
        else:
            return None
    return out


def lead_words(pattern: str, classes: dict[str, list[str]]) -> list[str] | None:
    """The lower-case two-word openings ("the past", "in his") a match of `pattern` must start
    with, so that a matcher can look a pattern up by a word and the next one instead of trying
    it at every "the"; when only the first slot is plain words, those words ("sunday "); None
    when the first slot is a name, a number or punctuation."""
    tokens = [t for t in pattern.split() if t != "^"]
    first = _alternatives(tokens[0], classes) if tokens else None
    if first is None:
        return None
    runs = [[w.lower() for w in _RUN.findall(a)] for a in first]
    if not all(runs):
        return None
    single = sorted({f"{words[0]} " for words in runs})  # looked up by the first word alone
    if len(tokens) < 2 or tokens[1].endswith("?") or tokens[1].startswith(("!", "...")):
        return single
    second = _alternatives(tokens[1], classes)
    if second is None:
        return single
    # Words are looked up as runs of letters: "far-sighted" is "far", "president's" "president".
    seconds = {(_RUN.findall(b) or [""])[0].lower() for b in second}
    if "" in seconds:
        return single
    leads = set()
    for words in runs:
        if len(words) >= 2:
            leads.add(" ".join(words[:2]))
        else:
            leads.update(f"{words[0]} {b}" for b in seconds)
    return sorted(leads) if len(leads) <= _MAX_LEADS else None


def compile_pattern(pattern: str, classes: dict[str, list[str]], where: str = "pattern") -> tuple[str, bool]:
    """(regular expression, whether it applies only at a sentence start) of a pattern."""
    tokens = pattern.split()
    at_start = bool(tokens) and tokens[0] == "^"
    if at_start:
        tokens = tokens[1:]
    if not tokens:
        raise LexiconError(f"{where}: empty pattern")
    parts: list[str] = []
    previous = ""
    for n, token in enumerate(tokens):
        if token.startswith("!") and len(token) > 1:
            alternatives = []
            for part in token[1:].split("|"):
                alternatives.append(_slot(part, classes, where))
            parts.append(r"(?!\s*(?:" + "|".join(alternatives) + r")(?![\w'’-]))")
            continue
        if token.startswith("...") and token[3:].isdigit():
            gap = int(token[3:])
            if not 0 < gap <= _MAX_GAP or n == 0:
                raise LexiconError(f"{where}: a gap is ...1 to ...{_MAX_GAP} and not first")
            parts.append(rf"(?:\s+{_WORD}){{0,{gap}}}?")
            previous = "gap"
            continue
        optional = token.endswith("?") and len(token) > 1
        body = _slot(token[:-1] if optional else token, classes, where)
        if n == 0 or (n == 1 and previous == "") and not parts:
            separator = ""
        elif all(part in _PUNCT for part in token.rstrip("?").split("|")) or previous == "(":
            separator = r"\s*"
        else:
            separator = r"\s+"
        if not parts:
            separator = ""
        if optional:
            if not parts:
                raise LexiconError(f"{where}: a pattern cannot start with an optional slot")
            parts.append(f"(?:{separator}{body})?")
        else:
            parts.append(f"{separator}{body}")
        previous = token.rstrip("?")
    source = "".join(parts)
    if not all(part in _PUNCT for part in previous.split("|")):
        source += r"(?![\w'’-])"
    try:
        compiled = re.compile(source, re.IGNORECASE)
    except re.error as exc:  # pragma: no cover - slots are escaped
        raise LexiconError(f"{where}: bad pattern ({exc})") from None
    if compiled.match(""):
        raise LexiconError(f"{where}: pattern matches empty text")
    return source, at_start
