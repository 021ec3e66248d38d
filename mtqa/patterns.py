"""A small pattern language for calque families (data/calque_patterns.toml), compiled to
regular expressions that the phrase matcher (rules/phrases.py) runs in one pass.

A pattern is a sequence of slots separated by spaces; words match case-insensitively:

    word          the word itself ("turn", "sidelines", "2023")
    a|b|c         one of these words; "_" inside one stands for a space ("in_turn|by_role")
    {class}       one of the words or phrases of a class ([classes] in the data file)
    [Cap]         a capitalised word (a name: "Egypt", "Khartoum")
    [word]        any one word
    [num]         a number in figures ("24", "1,500")
    [year]        a year in figures, 1800 to 2099
    ...N          up to N words of any kind (N ≤ 6), the fewest that let the rest match
    slot?         the slot is optional
    !a|b|{class}  the next word is none of these (looks ahead, matches nothing)
    , ( ) . ; :   punctuation, matched with or without a space before it
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
    if token == "[num]":
        return r"\d[\d,.]*"
    if token == "[year]":
        return r"(?:1[89]|20)\d\d"
    if re.fullmatch(r"[\w'’-]+(?:\|[\w'’-]+)*", token):
        return _words(part.replace("_", " ") for part in token.split("|"))
    raise LexiconError(f"{where}: cannot read slot {token!r}")


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
        elif token.rstrip("?") in _PUNCT or previous == "(":
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
    if previous not in _PUNCT:
        source += r"(?![\w'’-])"
    try:
        compiled = re.compile(source, re.IGNORECASE)
    except re.error as exc:  # pragma: no cover - slots are escaped
        raise LexiconError(f"{where}: bad pattern ({exc})") from None
    if compiled.match(""):
        raise LexiconError(f"{where}: pattern matches empty text")
    return source, at_start
