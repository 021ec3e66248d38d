"""Suggestions that read right in their sentence.

Two general steps, used by every rule:

- `carry_over`: a rewrite written for a rule's example ("(31 years)" → ", 31,") is adapted to
  the words actually matched ("(24 years)" → ", 24,"; "asking from the" → "asking"): the
  words the rewrite takes from the example's span are taken from the actual span instead,
  aligned word by word (difflib). A rewrite that cannot be aligned is withheld (None).
- `fitted`: a finding's suggestions are fitted to the text around the span (engine, for every
  finding): a replacement that ends with the word that follows the span leaves it out ("Hope"
  → "Amal", not "Amal Movement", before "Movement") or, spelt otherwise, absorbs it ("popular
  crowd" → "Popular Mobilization Forces" before "forces"), a "told" after "said" absorbs the
  reporting verb ("said in statements to" → "told"), a replacement that starts with a comma
  takes the space before it, one that ends with punctuation drops it before punctuation, a
  deletion takes one of the two spaces it would leave, and a replacement identical to the
  span is dropped (a finding left with nothing to suggest but its own text is no finding).
"""

from __future__ import annotations

import dataclasses
import re
from difflib import SequenceMatcher
from functools import lru_cache

from mtqa import cache

# possessive, and tried only at word starts: linear whatever the text
_TOKEN = re.compile(r"\w++(?:['’-]\w++)*+|[^\w\s]")
_WORD_AFTER = re.compile(r"^([ \t]++)(\w++(?:['’-]\w++)*+)")
_CONTEXT = 40  # characters of text looked at on each side of a span


def _word_before(before: str) -> tuple[str, str] | None:
    """(word, word + the spaces after it) at the end of `before`, when it ends so."""
    stripped = before.rstrip(" \t")
    if len(stripped) == len(before):
        return None
    at = len(stripped)
    while at and (stripped[at - 1].isalnum() or stripped[at - 1] in "_'’-"):
        at -= 1
    word = stripped[at:].strip("'’-")
    if not word or stripped[at:] != word:
        return None
    return word, before[at:]


# --- carrying a rewrite over from its example --------------------------------------------


def carry_over(example_span: str, replacement: str, actual_span: str) -> str | None:
    """`replacement` (written for `example_span`) rewritten for `actual_span`; None when the
    words it takes from the example have no counterpart in the actual span."""
    example = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(example_span)]
    actual = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(actual_span)]
    example_lower = [t.lower() for t, _, _ in example]
    actual_lower = [t.lower() for t, _, _ in actual]
    if example_lower == actual_lower or not replacement:
        return replacement
    where = _alignment(tuple(example_lower), tuple(actual_lower))  # example index -> actual (first, last) or None
    out, last, k = [], 0, 0
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(replacement)]
    used = set()
    while k < len(tokens):
        word, start, end = tokens[k]
        index = _example_index(word.lower(), example_lower, used)
        if index is None:
            k += 1
            continue
        # a run of replacement words that are consecutive words of the example
        run = 1
        while (k + run < len(tokens) and index + run < len(example_lower)
               and tokens[k + run][0].lower() == example_lower[index + run] and index + run not in used):
            run += 1
        spans = [where[i] for i in range(index, index + run)]
        if any(s is None for s in spans):
            return None
        first, final = spans[0][0], spans[-1][1]
        if any(b[0] < a[1] for a, b in zip(spans, spans[1:])) or spans[0][2] or spans[-1][3]:
            return None  # out of order, or only part of a rewritten stretch of words
        used.update(range(index, index + run))
        text = actual_span[actual[first][1] : actual[final][2]]
        if word[:1].isupper() and example[index][0][:1].islower():
            text = text[:1].upper() + text[1:]
        out += [replacement[last:start], text]
        last = tokens[k + run - 1][2]
        k += run
    out.append(replacement[last:])
    return "".join(out)


def _example_index(word: str, example_lower: list[str], used: set[int]) -> int | None:
    for i, candidate in enumerate(example_lower):
        if candidate == word and i not in used:
            return i
    return None


@lru_cache(maxsize=4096)
def _alignment(example: tuple[str, ...], actual: tuple[str, ...]) -> list:
    """For each example word: (first, last, cut_before, cut_after) of the actual words it
    stands for, or None when the actual span has nothing there. A stretch of example words
    replaced by a stretch of another length maps as a whole: only its first word may open a
    run (cut_before False) and only its last may close one (cut_after False)."""
    where: list = [None] * len(example)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, example, actual, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for n in range(i2 - i1):
                where[i1 + n] = (j1 + n, j1 + n, False, False)
        elif tag == "replace":
            for i in range(i1, i2):
                where[i] = (j1, j2 - 1, i != i1, i != i2 - 1)
    return where


# --- fitting a suggestion to the words around its span ------------------------------------

@lru_cache(maxsize=1)
def _reporting() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """(tense -> reporting verbs, tense -> form of "tell"), from data/suggest.toml."""

    data = cache.package_toml("data/suggest.toml")
    verbs = data["reporting_verbs"]
    tell = verbs["tell"]
    return {tense: frozenset(verbs[tense]) for tense in tell}, dict(tell)


def _same_word(a: str, b: str) -> bool:
    """The same word, ignoring case and a plural s ("Forces" and "forces", "force")."""
    a, b = a.lower(), b.lower()
    return a == b or a + "s" == b or a == b + "s"


def fitted(text: str, finding):
    """`finding` with its suggestions fitted to the text around its span (see the module's
    docstring); None when it suggested nothing but its own text."""
    if not finding.suggestions:
        return finding
    start, end = finding.start, finding.end
    span = text[start:end]
    kept = [s for s in finding.suggestions if s.replacement != span]
    if not kept:
        return None
    replacements = [s.replacement for s in kept]
    first = replacements[0]
    before = text[max(0, start - _CONTEXT) : start]
    after = text[end : end + _CONTEXT]
    new_start, new_end = start, end
    prefix = suffix = ""  # original text now inside the span, for the suggestions that keep it

    if first:
        # the head noun the rewrite already ends with ("… Forces" + "forces")
        following = _WORD_AFTER.match(after)
        last_word = first.split()[-1] if first.strip() else ""
        if following and last_word.isalnum() and _same_word(last_word, following.group(2)):
            if following.group(2) == last_word and len(first.split()) > 1:
                replacements[0] = first.rstrip()[: -len(last_word)].rstrip()  # "Hope" → "Amal" before "Movement"
            else:
                new_end = end + following.end()  # "popular crowd forces" → "Popular Mobilization Forces"
                suffix = after[: following.end()]
        # …or starts with the word before the span ("on" + "on May 5")
        preceding = _word_before(before)
        first_word = first.split()[0] if first.strip() else ""
        if preceding and first_word.isalnum() and first_word.lower() == preceding[0].lower():
            new_start = start - len(preceding[1])
            prefix = preceding[1]
            if preceding[0][:1].isupper() and not first_word[:1].isupper():
                replacements[0] = first[:1].upper() + first[1:]
        # a reporting verb followed by a rewrite that is one ("said" + "told")
        opening = _TOKEN.match(first)
        reporting, tell = _reporting()
        if opening and new_start == start and opening.group().lower() in tell.values() and preceding is None:
            # "said - in statements to X - that": the verb is across a dash or comma: withheld
            aside = _word_before(before.rstrip(" \t").rstrip("-–—,(").rstrip(" \t") + " ")
            if aside and any(aside[0].lower() in verbs for verbs in reporting.values()):
                kept, replacements = kept[1:], replacements[1:]
                if not kept:
                    return dataclasses.replace(finding, suggestions=())
        elif opening and preceding and new_start == start and opening.group().lower() in tell.values():
            verb = preceding[0].lower()
            tense = next((t for t, verbs in reporting.items() if verb in verbs), None)
            if tense is not None:
                new_start = start - len(preceding[1])
                prefix = preceding[1]
                told = tell[tense]
                if preceding[0][:1].isupper():
                    told = told.capitalize()
                replacements[0] = told + first[opening.end() :]
            elif verb.endswith("ed") or verb in ("said", "says", "say"):
                kept, replacements = kept[1:], replacements[1:]  # "confirmed told": withheld
                if not kept:
                    return dataclasses.replace(finding, suggestions=())
        first = replacements[0]
        # punctuation at the edges: ", 24," after a space and before a comma
        if first[:1] in ",.;:" and before.endswith((" ", "\t")):
            gap = len(before) - len(before.rstrip(" \t"))
            if new_start == start:
                new_start, prefix = start - gap, before[-gap:]
        if first[-1:] in ",;:" and after[:1] in ",.;:!?)":
            replacements[0] = first[:-1].rstrip()
    elif before.rstrip()[-1:] in (",", ";", ":") and after.lstrip(" ")[:1] in (",", ".", ";", ":", "!", "?", ")"):
        # a deleted aside between commas takes its commas: "The king, may God preserve him, opened"
        gap = len(before) - len(before.rstrip())
        new_start, prefix = start - gap - 1, before[-gap - 1 :]
        if after.lstrip(" ")[:1] == ",":
            new_end = end + after.index(",") + 1
            suffix = after[: after.index(",") + 1]
    elif before.rstrip()[-1:] in (".", "!", "?") and after[:1] == before.rstrip()[-1:]:
        # a deleted sentence ("Agar. May God save Sudan. Office…") takes its full stop and a space
        taken = 2 if before.endswith(" ") and after[1:2] == " " else 1
        new_end, suffix = end + taken, after[:taken]
    elif before.endswith(" ") and after.startswith(" "):
        new_end, suffix = end + 1, " "  # a deletion between two spaces takes one of them
    elif before.endswith(" ") and (not after or after[:1] in ",.;:!?)"):
        new_start, prefix = start - 1, " "  # …or the space before punctuation

    if (new_start, new_end) == (start, end) and replacements == [s.replacement for s in kept] \
            and len(kept) == len(finding.suggestions):
        return finding
    suggestions = []
    for n, (suggestion, replacement) in enumerate(zip(kept, replacements)):
        if n and replacement == suggestion.replacement:
            replacement = prefix + replacement + suffix  # the others keep the absorbed text
        suggestions.append(dataclasses.replace(suggestion, replacement=replacement))
    return dataclasses.replace(finding, start=new_start, end=new_end, text=text[new_start:new_end],
                               suggestions=tuple(suggestions))
