"""Numbers in an Arabic source and its English translation, and which of them agree.

A number is read into the set of values it may stand for, so that equal values written
differently meet: "1.5 million" is {1.5, 1500000}, "1,500,000" is {1500000}, "2.500" (a
thousands dot) is {2.5, 2500}, "first" and "1st" are {1}. Digits may be Western or
Arabic-Indic, with ٫ ٬ separators; Arabic and English number words, duals (مليونان, ألفين)
and ordinals are read too, but as *soft* numbers: a translator may drop or reword them, so
they are never reported missing, only used to account for numbers on the other side.
Word lists are in data/source.toml.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from dataclasses import dataclass
from functools import lru_cache

from mtqa import cache
from mtqa.source.arabic import normalise, stems

_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬،", "01234567890123456789.,,")
_D = "[0-9\u0660-\u0669\u06F0-\u06F9]"
# digits with separators; bounded groups keep the match linear
_DIGITS = re.compile(rf"(?<![0-9\u0660-\u0669\u06F0-\u06F9.,٫٬]){_D}{{1,15}}(?:(?:[.,٫٬]|،(?={_D}{{3}}(?!{_D})))(?={_D}){_D}{{1,15}}){{0,6}}")
_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?=\s?(?:am|pm|a\.m\.|p\.m\.|GMT|BST|ET|EST|PT)\b)")
_ARABIC_TIME = re.compile(r"(?<![\d.])(\d{1,2})[.:](\d{2})(?=\s?(?:صباح|مساء|ص\b|م\b))")
_YEAR_RANGE = re.compile(r"(\d{4})\s?[-–/]\s?$")
_TAG = re.compile(r"<[^<>\n]{0,200}>")
_ENGLISH_WORD = re.compile(r"[A-Za-z]+")
_ARABIC_TOKEN = re.compile(r"[\u0621-\u064A\u0640\u064B-\u065F\u0670\u0671]+")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    text: str
    values: frozenset[float]
    soft: bool = False  # written in words: accounts for numbers, never required
    scaled: frozenset[float] = frozenset()  # with a scale word: the scaled values only
    loose: bool = False  # an ordinal, or a word with the article (الأربع): not a count

    def agrees(self, other: "Number") -> bool:
        """Equal in some reading; two numbers that both carry a scale word compare scaled
        (1.5 million is not 1.5 billion)."""
        mine, theirs = self.values, other.values
        if self.scaled and other.scaled:
            mine, theirs = self.scaled, other.scaled
        return any(_close(a, b) for a in mine for b in theirs)

    @property
    def shown(self) -> str:
        return self.text


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


@lru_cache(maxsize=1)
def _words() -> dict:
    data = cache.package_toml("data/source.toml")
    numbers = data["numbers"]
    arabic = {}
    for kind, tag in (("arabic_values", "value"), ("arabic_ordinals", "ordinal")):
        for value, forms in numbers[kind].items():
            for form in forms:
                arabic[normalise(form)] = (float(value), tag)
    for scale, forms in numbers["arabic_scales"].items():
        for form in forms:
            arabic[normalise(form)] = (float(scale), "scale")
    english = {w: (float(v), "value") for v, ws in numbers["english_values"].items() for w in ws}
    english.update({w: (float(v), "ordinal") for v, ws in numbers["english_ordinals"].items() for w in ws})
    english.update({w: (float(v), "scale") for v, ws in numbers["english_scales"].items() for w in ws})
    suffix_scales = {w: float(v) for v, ws in numbers["english_suffix_scales"].items() for w in ws}
    not_numbers = frozenset(normalise(w) for w in numbers["arabic_not_numbers"])
    return {"arabic": arabic, "english": english, "suffix": suffix_scales, "not": not_numbers}


def _readings(raw: str) -> set[float]:
    """Values of a digit string with separators: a group of three after one separator may be
    a thousands group or a decimal part, so both readings are kept."""
    if "٫" in raw or "٬" in raw or "،" in raw:  # Arabic separators say which is which
        try:
            return {float(raw.replace("٬", "").replace("،", "").replace(",", "").translate(_INDIC))}
        except ValueError:
            pass
    text = raw.translate(_INDIC)
    parts = re.split(r"([.,])", text)
    groups, seps = parts[0::2], parts[1::2]
    values = set()
    if not seps:
        return {float(text)}
    if all(len(g) == 3 for g in groups[1:]) and len(set(seps)) == 1:
        values.add(float("".join(groups)))  # 1,500,000 or 1.500.000
    if len(seps) == 1 or (len(set(seps[:-1])) == 1 and seps[-1] != seps[0]):
        whole = "".join(groups[:-1])
        values.add(float(f"{whole}.{groups[-1]}"))  # 1.5 or 1,234.5
    return values or {float(groups[0])}


def _number(text: str, start: int, end: int, values: set[float], scale: float | None) -> Number:
    if not scale:
        return Number(start, end, text[start:end], frozenset(values))
    scaled = frozenset(v * scale for v in values)
    return Number(start, end, text[start:end], frozenset(values) | scaled, scaled=scaled)


def _covered(spans: list[tuple[int, int]]):
    """A test of whether an offset lies in one of `spans` (binary search, not a scan)."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))

    def inside(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < reach[i]

    return inside


def without_markup(text: str) -> str:
    """`text` with markup tags (<seg id="1">) blanked, offsets kept."""
    return _TAG.sub(lambda m: " " * len(m.group()), text)


def _times(text: str, pattern: re.Pattern) -> list[tuple[int, int, tuple[Number, Number]]]:
    """Clock times written with a dot (7.55am, 7.55 صباحا): hour and minutes, as 7:55 reads."""
    out = []
    for match in pattern.finditer(text):
        pair = tuple(Number(match.start(g), match.end(g), match.group(g), frozenset({float(match.group(g))})) for g in (1, 2))
        out.append((match.start(), match.end(), pair))
    return out


def _digits_outside_times(text: str, time_pattern: re.Pattern, found: list[Number]):
    """The clock times of `text` go into `found`; yields the digit runs outside them."""
    times = _times(text, time_pattern)
    found.extend(n for _, _, pair in times for n in pair)
    in_time = _covered([(s, e) for s, e, _ in times])
    return (m for m in _DIGITS.finditer(text) if not in_time(m.start()))


def arabic_numbers(text: str) -> list[Number]:
    """Numbers of an Arabic text: digits (with a following scale word) and number words."""
    table = _words()
    found = []
    text = _TAG.sub(lambda m: " " * len(m.group()), text)  # markup (<seg id="1">) is not text
    for match in _digits_outside_times(text, _ARABIC_TIME, found):
        values = _readings(match.group())
        end = match.end()
        scale = None
        follow = re.match(r"[ \u00a0]?([\u0621-\u064A\u0640]{2,12})", text[end : end + 14])
        if follow:
            entry = table["arabic"].get(normalise(follow.group(1)))
            if entry and entry[1] == "scale":
                scale = entry[0]
                end += follow.end()
        found.append(_number(text, match.start(), end, values, scale))
    inside = _covered([(n.start, n.end) for n in found])
    tokens = [t for t in _arabic_tokens(text) if not inside(t[0])]
    found.extend(_word_numbers(text, tokens, table["arabic"]))
    return sorted(found, key=lambda n: n.start)


def _arabic_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, form) of Arabic words, the form without و/ف and article when a number word
    hides behind them; "الاثنين" (Monday) and other listed forms stay themselves."""
    table, out = _words(), []
    for match in _ARABIC_TOKEN.finditer(text):
        norm = normalise(match.group())
        form = norm
        if norm not in table["not"]:
            for stem in stems(norm):
                if stem in table["arabic"] and stem not in table["not"]:
                    form = stem
                    break
        loose = form != norm and any(st.startswith("ال") and st.endswith(form) for st in stems(norm))
        out.append((match.start(), match.end(), form, loose))
    return out


def english_numbers(text: str) -> list[Number]:
    """Numbers of an English text: digits (with ordinal or scale suffix), number words."""
    table = _words()
    found = []
    for match in _digits_outside_times(text, _TIME, found):
        values = _readings(match.group())
        century = _YEAR_RANGE.search(text[max(0, match.start() - 6) : match.start()])
        if century and len(match.group()) == 2:
            values.add(float(century.group(1)[:2] + match.group()))  # 1950-53
        end = match.end()
        scale = None
        tail = text[end : end + 16]
        ordinal = re.match(r"(?:st|nd|rd|th|s)\b", tail)
        attached = re.match(r"([a-z]{1,2})\b", tail)
        spelled = re.match(r"[ \u00a0-]?([A-Za-z]{4,9})\b", tail)
        if ordinal:
            end += ordinal.end()
        elif attached and attached.group(1) in table["suffix"]:
            scale = table["suffix"][attached.group(1)]
            end += attached.end()
        elif spelled and table["english"].get(spelled.group(1).lower(), (0, ""))[1] == "scale":
            scale = table["english"][spelled.group(1).lower()][0]
            end += spelled.end()
        found.append(_number(text, match.start(), end, values, scale))
    inside = _covered([(n.start, n.end) for n in found])
    tokens = [(m.start(), m.end(), m.group().lower(), False) for m in _ENGLISH_WORD.finditer(text)
              if not inside(m.start())]
    found.extend(_word_numbers(text, tokens, table["english"], joiners=("and", "a")))
    return sorted(found, key=lambda n: n.start)


def _joins(previous: float, value: float) -> bool:
    """Whether two number words read as one number: twenty-five, خمسة وعشرون, ثلاثة عشر,
    three hundred (scales are handled apart); "three one" is two numbers."""
    tens = lambda v: 20 <= v <= 90 and v % 10 == 0
    hundreds = lambda v: 100 <= v < 1000 and v % 100 == 0
    return ((tens(previous) and value < 10) or (previous < 10 and (value == 10 or tens(value)))
            or (hundreds(previous) and value < 100) or (previous < 100 and hundreds(value)))


def _word_numbers(text: str, tokens: list[tuple[int, int, str, bool]], table: dict, joiners=()) -> list[Number]:
    """Runs of number words read as one value ("twenty-five", "خمسة وعشرون", "ثلاثة آلاف");
    a scale word alone ("million") is not a number."""
    out: list[Number] = []
    run: list[tuple[int, int, float, str, bool]] = []

    def close():
        while run and run[-1][3] == "join":
            run.pop()
        if run and any(kind in ("value", "ordinal") for _, _, _, kind, _ in run):
            total = current = 0.0
            for _, _, value, kind, _ in run:
                if kind in ("value", "ordinal"):
                    current += value
                elif kind == "scale":
                    if value == 100:
                        current = (current or 1) * value
                    else:
                        total += (current or 1) * value
                        current = 0.0
            value = total + current
            start, end = run[0][0], run[-1][1]
            loose = run[0][4] or any(kind == "ordinal" for _, _, _, kind, _ in run)
            out.append(Number(start, end, text[start:end], frozenset({value}), soft=True, loose=loose))
        run.clear()

    previous_end = -1
    for start, end, word, loose in tokens:
        gap = text[previous_end:start] if previous_end >= 0 else ""
        adjacent = previous_end >= 0 and len(gap) <= 2 and gap.strip(" -\u00a0") == ""
        if not adjacent:
            close()
        entry = table.get(word)
        if entry and entry[1] in ("value", "ordinal"):
            values = [v for _, _, v, kind, _ in run if kind in ("value", "ordinal")]
            last_kind = run[-1][3] if run else ""
            if values and last_kind != "scale" and not (last_kind == "join" and entry[0] < 10) and not _joins(values[-1], entry[0]):
                close()
            elif values and last_kind == "join" and not _joins(values[-1], entry[0]):
                close()
            if entry[0] >= 1000:
                close()  # a dual (ألفين, مليونين) is a number of its own
        if entry:
            run.append((start, end, entry[0], entry[1], loose))
        elif word in joiners and run:
            run.append((start, end, 0.0, "join", False))
        else:
            close()
        previous_end = end
    close()
    return out


@dataclass(frozen=True)
class Disagreement:
    source: Number
    target: Number | None  # None: missing from the translation


def compare(source: list[Number], target: list[Number], source_length: int, target_length: int) -> list[Disagreement]:
    """Source numbers the target does not account for, each with the target number that
    most likely stands in its place (None when there is none)."""
    by_value: dict[float, list[int]] = {}
    for index, number in enumerate(target):
        for value in number.values:
            by_value.setdefault(_key(value), []).append(index)
    used: set[int] = set()
    unmatched = []
    # exact agreements first, digits before words, so that a word never takes a digit's match
    for number in sorted(source, key=lambda n: n.soft):
        candidates = sorted({i for v in number.values for i in by_value.get(_key(v), ()) if i not in used})
        match = next((i for i in candidates if number.agrees(target[i])), None)
        if match is not None:
            used.add(match)
        else:
            unmatched.append(number)
    free = [t for i, t in enumerate(target) if i not in used]
    result = []
    hard_missing = [n for n in unmatched if not n.soft]
    soft_missing = [n for n in unmatched if n.soft and not n.loose and max(n.values) >= 2]
    partners = [t for t in free if not (t.soft and (max(t.values) < 2 or t.loose))]
    for number in hard_missing:
        partner = _nearest(number, partners, source_length, target_length)
        if partner is not None:
            partners.remove(partner)
        result.append(Disagreement(number, partner))
    # a number in words is reported only as the one clear substitution in its segment
    if len(soft_missing) == 1 and len(partners) == 1 and not hard_missing:
        result.append(Disagreement(soft_missing[0], partners[0]))
    return result


def _key(value: float) -> float:
    return float(f"{value:.9g}")


def _nearest(number: Number, candidates: list[Number], source_length: int, target_length: int) -> Number | None:
    if not candidates:
        return None
    where = number.start / max(1, source_length)
    return min(candidates, key=lambda t: (t.soft, abs(t.start / max(1, target_length) - where)))
