"""Number formats machine translation carries over from Arabic (NUM…): dots and commas in the
Arabic and European roles ("12.500 families", "46,1 million"), figures with "thousand" and
compounds ("100 thousand", "2 million and 500 thousand"), the dollar after the figure
("800 million dollars"), Hijri dates left unconverted, "between 10 to 20", numeric
day/month/year dates and the percent sign before its figure ("% 50").

Each pattern runs only when a substring test finds its trigger in the text; figures with
separators are found by one scan and sorted out in Python (word classes in data/numbers.toml).
"""

from __future__ import annotations

import datetime
import math
import re
from functools import lru_cache

from mtqa import cache
from mtqa.findings import Severity
from mtqa.rules import Rule, register
from mtqa.rules.clauses import finite_verb_in
from mtqa.scan import around, occurrences

_CATEGORY = "locale-convention/number-format"


@lru_cache(maxsize=1)
def data() -> dict:
    return cache.package_toml("data/numbers.toml")  # (parsed once, then read back from the cache)


@lru_cache(maxsize=None)
def _words(key: str) -> frozenset[str]:
    return frozenset(data()[key])


# --- figures with separators ------------------------------------------------------------------

# A separator before a digit: the one scan of the text; figures are looked at only there.
_SEPARATOR = re.compile(r"[.,/-](?=\d)")

# A figure with separators between groups of digits: "12.500", "1.250.000", "46,1", "7/9/2025".
_FIGURE = re.compile(r"(?<![\w.,/$€£-])\d{1,4}(?:[.,/-]\d{1,4}){1,4}+(?![\w/]|[.,/-]\d)")
_DOTTED = re.compile(r"(\d{1,3})((?:\.\d{3})+)(?:,(\d{1,3}))?")
_DECIMAL_COMMA = re.compile(r"(\d{1,3}),(\d{1,2})")
_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)")
_NEXT = re.compile(r"(?<![ \t])[ \t]*+(%|°|[^\W\d_][\w.’']{0,20}+)(?:[ \t]++([^\W\d_]{1,12}+))?")
_PREVIOUS = re.compile(r"([^\W\d_][\w.]{0,15}+)[ \t]*+$")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _next_words(prose: str, end: int) -> tuple[str, str]:
    """The one or two words right after `end`, lower-cased ("" when there are none)."""
    match = _NEXT.match(prose, end, min(len(prose), end + 40))
    if not match:
        return "", ""
    return match.group(1).lower().rstrip(".,"), (match.group(2) or "").lower()


def _previous_word(prose: str, start: int) -> str:
    match = _PREVIOUS.search(prose, max(0, start - 20), start)
    return match.group(1).lower().rstrip(".") if match else ""


def _figures(doc) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, suggestion) of every figure written with separators in an Arabic or
    European way, found by one scan of the text (cached on the document): "dotted" thousands
    ("12.500"), a "decimal-comma" ("46,1 million"), a numeric "date" ("7/9/2025")."""
    cached = doc.__dict__.get("_number_figures")
    if cached is not None:
        return cached
    prose, found = doc.prose, []
    anchors = (match.start() for match in _SEPARATOR.finditer(prose))
    for match in around(prose, anchors, _FIGURE, 16, 24):
        text, start, end = match.group(), match.start(), match.end()
        if (dotted := _DOTTED.fullmatch(text)) is not None:
            suggestion = _dotted_thousands(prose, start, end, dotted)
            if suggestion:
                found.append(("dotted", start, end, suggestion))
        elif (comma := _DECIMAL_COMMA.fullmatch(text)) is not None:
            first, second = _next_words(prose, end)
            if first in _words("magnitudes") or f"{first} {second}" in _words("magnitudes"):
                found.append(("decimal-comma", start, end, f"{comma.group(1)}.{comma.group(2)}"))
        elif (date := _DATE.fullmatch(text)) is not None:
            suggestion = _written_date(date)
            if suggestion and _previous_word(prose, start) not in _words("label_words"):
                found.append(("date", start, end, suggestion))
    doc.__dict__["_number_figures"] = found
    return found


def _dotted_thousands(prose: str, start: int, end: int, dotted: re.Match) -> str | None:
    """The English form of a figure with dots between groups of three digits when the dots are
    thousands separators ("12.500 families" -> "12,500"), else None (a decimal, a label)."""
    whole, groups, decimals = dotted.groups()
    english = whole + groups.replace(".", ",") + (f".{decimals}" if decimals else "")
    previous = _previous_word(prose, start)
    if previous in _words("label_words"):
        return None  # "version 4.100", "Article 1.100"
    if decimals or groups.count(".") >= 2:
        return english  # "1.250.000", "1.234,5": no decimal has two points
    if whole == "0":
        return None  # "0.105 dinars": a decimal
    first, second = _next_words(prose, end)
    if first in _words("decimal_words") or (first == "per" and second == "cent"):
        return None  # "1.375 percent", "3.250 dinars": three decimals are usual there
    if len(whole) == 1 and first in _words("unit_words"):
        return None  # "3.750 riyals to the dollar", "2.125 km": a precise decimal
    counted = first in _words("counted_nouns") or (len(first) > 3 and first.endswith("s") and not first.endswith(("ss", "us", "is")))
    if groups.endswith("0") or counted:
        return english  # a decimal has no trailing zero, a head count no decimals
    return None


def _written_date(date: re.Match) -> str | None:
    """"7/9/2025" as English news writes it ("7 September 2025"), read day first as Arabic
    writes it (month first when the second number cannot be a month); None when no reading is
    a date."""
    first, second, year = int(date.group(1)), int(date.group(3)), int(date.group(4))
    day, month = (first, second) if second <= 12 else (second, first)
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    return f"{day} {_MONTHS[month - 1]} {year}"


def _in_figures(doc, kind: str):
    return [item[1:] for item in _figures(doc) if item[0] == kind]


@register
class NumberSeparators(Rule):
    id = "NUM001"
    local = True  # its findings on a paragraph depend on that paragraph alone
    trigger = r"[.,/-]\d"  # a separator before a digit (= _SEPARATOR, where _figures looks)
    name = "number-separators"
    category = _CATEGORY
    severity = Severity.MINOR
    explanation = (
        "A figure written with the separators the other way round: Arabic sources (and European "
        "ones) may use a dot between thousands and a comma before decimals, and machine "
        "translation copies them: \"12.500 families\" for 12,500, \"46,1 million\" for 46.1 "
        "million. A dot before three digits is read as a thousands separator when the figure "
        "has two such dots, a decimal comma after it, a trailing zero (\"8.750\") or counts "
        "people or things (\"9.400 families\"); not after a label (\"version 4.100\"), before "
        "a percentage or a currency divided into 1,000 (\"0.105 dinars\", \"1.375 percent\"). "
        "A comma before one or two digits is read as a decimal comma before a magnitude or "
        "unit (\"2,3 percent\", \"155,2 billion\")."
    )
    bad = (
        "The centre handed out ⟦8.750→8,750⟧ winter kits.",
        "The ministry counted ⟦1.250.000→1,250,000⟧ foreign workers.",
        "The fund helped ⟦9.401→9,401⟧ families in Taiz.",
        "Inflation slowed to ⟦2,3→2.3⟧ percent in October.",
        "The population reached ⟦46,1→46.1⟧ million.",
        "Debt stood at ⟦1.234,5→1,234.5⟧ billion pounds.",
    )
    good = (
        "The centre handed out 8,750 winter kits.",
        "Users must install version 4.100 of the app.",
        "A litre of petrol costs 0.105 dinars.",
        "The Fed cut its rate to 4.375 percent.",
        "The peg has held at 3.750 riyals to the dollar since 1986.",
        "Some 1.5 million people and 53.7 million passengers; the match ended 2-1 at 10.30 pm.",
        "The winner ran it in 9.581 seconds.",
        "Articles 3,4 and 5 apply; the score was 6,3 in the second set.",
    )

    def check(self, doc, ctx):
        for start, end, suggestion in _in_figures(doc, "dotted"):
            yield self.finding(doc, start, end, "Dots as thousands separators (Arabic or European style): "
                               "English news writes commas.", [suggestion])
        for start, end, suggestion in _in_figures(doc, "decimal-comma"):
            yield self.finding(doc, start, end, "Decimal comma (Arabic or European style): English news "
                               "writes a decimal point.", [suggestion])


@register
class NumericDate(Rule):
    id = "NUM006"
    local = True  # its findings on a paragraph depend on that paragraph alone
    trigger = r"[.,/-]\d"  # a separator before a digit (= _SEPARATOR, where _figures looks)
    name = "numeric-date"
    category = _CATEGORY
    severity = Severity.MINOR
    explanation = (
        "A date written as numbers, day first as Arabic news writes it (\"7/9/2025\", "
        "\"25-3-2024\"). English news names the month: the reader of the translation cannot "
        "tell 7 September from July 9. The suggestion reads the day first unless the second "
        "number cannot be a month. \"24/7\", \"9/11\" and figures with no year are left alone."
    )
    bad = (
        "The elections will be held on ⟦7/9/2025→7 September 2025⟧, the authority said.",
        "The court adjourned the case to ⟦25-3-2024→25 March 2024⟧.",
    )
    good = (
        "The hotline works 24/7, and the 9/11 memorial opened in 2011.",
        "The elections will be held on September 7, 2025.",
        "Install version 1.10.2020 of the tool.",
    )

    def check(self, doc, ctx):
        for start, end, suggestion in _in_figures(doc, "date"):
            yield self.finding(doc, start, end, "Numeric date: name the month.", [suggestion], safe=False)


# --- "100 thousand", "2 million and 500 thousand" ----------------------------------------------

_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
_SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_COMPOUND = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,]\d{1,3})?|(?i:a|one|two|three|four|five|six|seven|eight|nine|ten))"
    r"[ \t]+(million|billion)[ \t]+(?:and[ \t]+)?(\d{1,3})[ \t]+(thousand|million)\b(?!-)")
_THOUSAND = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{1,2})?)[ \t]+thousand\b(?![-s])")
# A figure before a plural scale, as Arabic plurals it ("3 آلاف"): "3 thousands", "5 millions".
_PLURAL_SCALE = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{1,2})?)[ \t]+(thousand|million|billion)s\b")


def _value(figure: str) -> float:
    lower = figure.lower()
    if lower in _NUMBER_WORDS:
        return _NUMBER_WORDS[lower]
    return float(figure.replace(",", "."))


def _in_words(value: float) -> str:
    """A value as English news writes it: "2.5 million", "300,000"."""
    for word, scale in (("billion", 1_000_000_000), ("million", 1_000_000)):
        if value >= scale:
            return f"{value / scale:.3f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{round(value):,}"


@register
class SpelledThousands(Rule):
    id = "NUM002"
    local = True  # its findings on a paragraph depend on that paragraph alone
    trigger = "thousand|million|billion"  # the scales it anchors on
    name = "figure-with-thousand"
    category = _CATEGORY
    severity = Severity.MINOR
    explanation = (
        "A figure with \"thousand\" after it, as Arabic counts (\"100 ألف\"): \"100 thousand\", "
        "and the Arabic compound of two scales joined by \"and\": \"2 million and 500 "
        "thousand\". English news writes \"100,000\" and \"2.5 million\". Words alone (\"several "
        "thousand\", \"a thousand\", \"thousands of\") are left alone. A figure before a plural "
        "scale (\"3 thousands\", \"5 millions\") is reported too."
    )
    bad = (
        "The plant will serve ⟦500 thousand→500,000⟧ residents.",
        "About ⟦2 million and 300 thousand→2.3 million⟧ people have fled.",
        "The population reached ⟦107 million and 300 thousand→107.3 million⟧.",
        "Exports fell to ⟦one billion and 200 million→1.2 billion⟧ dollars.",
        "About ⟦3 thousands→3,000⟧ families returned, and ⟦2.5 millions→2.5 million⟧ voted.",
    )
    good = (
        "Several thousand people marched, and thousands more watched.",
        "The plant will serve 500,000 residents.",
        "A thousand volunteers and 2.3 million people.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        thousands = list(occurrences(prose, "thousand"))
        larger = list(occurrences(prose, "million", "billion"))
        taken = []
        for match in around(prose, larger, _COMPOUND, 16, 40):
            big, big_scale, small, small_scale = match.groups()
            if _SCALE[small_scale] >= _SCALE[big_scale]:
                continue
            value = _value(big) * _SCALE[big_scale] + int(small) * _SCALE[small_scale]
            taken.append(match.span())
            yield self.finding(doc, match.start(), match.end(), "Arabic compound of two scales: write one figure.",
                               [_in_words(value)])
        for match in around(prose, thousands + larger, _PLURAL_SCALE, 16, 12):
            taken.append(match.span())
            figure, scale = match.groups()
            value = _value(figure) * _SCALE[scale]
            yield self.finding(doc, match.start(), match.end(), f"\"{scale}s\" after a figure: the scale stays singular.",
                               [_in_words(value)])
        for match in around(prose, thousands, _THOUSAND, 16, 12):
            if any(s <= match.start() < e for s, e in taken):
                continue
            value = float(match.group(1)) * 1000
            yield self.finding(doc, match.start(), match.end(), "\"thousand\" after a figure: write the figure.",
                               [_in_words(value)])


# --- "800 million dollars" ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _dollar_pattern() -> re.Pattern:
    before = "|".join(re.escape(w) for w in data()["dollar_before"])
    return re.compile(
        r"(?<![\w.,$])(\d(?:[\d,.]{0,15}\d)?)(?:[ \t]+(million|billion|trillion|thousand|bn|mn))?"
        rf"[ \t]+(?:(?i:{before})[ \t]+)?((?i:dollars?|usd))\b(?!-)(?:[ \t]+([a-z]+))?")


@register
class DollarAfterFigure(Rule):
    id = "NUM003"
    local = True  # its findings on a paragraph depend on that paragraph alone
    trigger = "ollar|USD"  # the literals it anchors on
    name = "dollar-after-figure"
    category = _CATEGORY
    severity = Severity.MINOR
    explanation = (
        "The dollar written out after its figure, in the Arabic order (\"800 مليون دولار\"): "
        "\"800 million dollars\", \"5 million US dollars\", \"300 USD\". English news writes "
        "the sign before the figure: \"$800 million\". Other currencies written out (\"400 "
        "million euros\", \"450 pounds\", \"Canadian dollars\") and words alone (\"millions of "
        "dollars\") are left alone."
    )
    bad = (
        "The deal is worth ⟦800 million dollars→$800 million⟧.",
        "Qatar pledged ⟦5 million US dollars→$5 million⟧ to the fund.",
        "The fine was ⟦300 USD→$300⟧ per day.",
        "Each family received ⟦150 dollar→$150⟧ a month.",
    )
    good = (
        "The deal is worth $800 million.",
        "It will cost millions of dollars.",
        "The bank raised 400 million euros and 2 billion Canadian dollars.",
        "He held up a 100 dollar bill.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        anchors = occurrences(prose, "ollar", "USD")
        for match in around(prose, anchors, _dollar_pattern(), 48, 24):
            figure, magnitude, currency, after = match.groups()
            if currency.lower() == "dollar" and after in _words("dollar_compounds"):
                continue  # "a 100 dollar bill"
            end = match.end(3)
            suggestion = "$" + figure + (f" {magnitude}" if magnitude else "")
            yield self.finding(doc, match.start(), end, "Dollar written after the figure: write \"$\" before it.",
                               [suggestion])


# --- Hijri dates ----------------------------------------------------------------------------------

_ISLAMIC_EPOCH = 1948439.5  # Julian day of 1 Muharram 1 AH (tabular calendar)


def hijri_to_gregorian(year: int, month: int, day: int) -> datetime.date:
    """The Gregorian date of a Hijri date by the tabular Islamic calendar (the official
    calendars, by sighting or by Umm al-Qura, may differ by a day or two)."""
    julian_day = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _ISLAMIC_EPOCH - 1
    return datetime.date.fromordinal(int(julian_day - 1721424.5))


def _month_pattern(name: str) -> str:
    """A month name with its apostrophes optional and its hyphens optional or spaces."""
    words = []
    for word in name.split():
        parts = [re.escape(part) for part in re.split(r"['’]", word)]
        words.append("['’]?".join(parts).replace("\\-", "[- ]?"))
    return "[ \t]+".join(words)


@lru_cache(maxsize=1)
def _hijri_patterns() -> tuple[re.Pattern, re.Pattern]:
    months = sorted(data()["hijri_months"], key=len, reverse=True)
    names = "|".join(_month_pattern(m) for m in months)
    label = r"(?:[ \t]*+(?:AH\b|A\.H\.?|H\b\.?|(?i:hijri)\b|of[ \t]+the[ \t]+Hijr[ai]\b))"
    dated = re.compile(
        rf"(?:\b(\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?)?\b({names})\b(?:[ \t]+(\d{{1,2}})(?!\d))?,?[ \t]+"
        rf"(1[34]\d\d)\b{label}?")
    year = re.compile(rf"\b(?:(?i:the)[ \t]+)?(?:(?i:hijri)[ \t]+year[ \t]+(?:of[ \t]+)?(1[34]\d\d)\b{label}?|(1[34]\d\d){label})")
    return dated, year


# A year of the Hijri calendar in modern news, 1300-1499 (1882-2076): where the patterns look.
_YEAR = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")


_GREGORIAN_NEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b|\b(?:AD|CE|A\.D\.)(?!\w)")


def _month_of(name: str) -> int:
    key = re.sub(r"[\s'’-]", "", name).lower()
    for month, number in data()["hijri_months"].items():
        if re.sub(r"[\s'’-]", "", month).lower() == key:
            return number
    return 0


def _gregorian_span(year: int, month: int | None = None) -> str:
    """The Gregorian years a Hijri year (or month) falls in: "2024", "2024-25"."""
    first = hijri_to_gregorian(year, month or 1, 1)
    last = hijri_to_gregorian(year + (month is None or month == 12), (month % 12 + 1) if month else 1, 1) - datetime.timedelta(days=1)
    if month:
        if first.year == last.year and first.month == last.month:
            return f"{_MONTHS[first.month - 1]} {first.year}"
        if first.year == last.year:
            return f"{_MONTHS[first.month - 1]}-{_MONTHS[last.month - 1]} {first.year}"
        return f"{_MONTHS[first.month - 1]} {first.year}-{_MONTHS[last.month - 1]} {last.year}"
    return str(first.year) if first.year == last.year else f"{first.year}-{str(last.year)[2:]}"


@register
class HijriDate(Rule):
    id = "NUM004"
    trigger = r"1[34]\d\d"  # a Hijri year (= _YEAR, where it looks)
    name = "hijri-date"
    category = _CATEGORY
    severity = Severity.MINOR
    explanation = (
        "A date or year of the Hijri calendar left as the Arabic source gives it: \"1 Ramadan "
        "1446 AH\", \"the Hajj season of 1446 AH\", \"the Hijri year 1447\". English news gives "
        "the Gregorian date (the Hijri one may follow in brackets). The message gives the "
        "Gregorian equivalent by the tabular calendar (check it: the official date may differ by "
        "a day). Left alone when a Gregorian date or year stands next to it (\"10 Dhu al-Hijjah "
        "1446 AH (June 6, 2025)\"), and a month named without a year (\"1 Muharram\")."
    )
    bad = (
        "Eid al-Fitr falls on Monday, ⟦1 Shawwal 1446 AH→31 March 2025⟧.",
        "The ministry issued licences for the Hajj season of ⟦1446 AH→2024-25⟧.",
        "The fast begins on ⟦1 Ramadan 1447→18 February 2026⟧, the committee said.",
        "Budgets for ⟦the Hijri year 1447→2025-26⟧ were approved.",
    )
    good = (
        "Eid al-Adha falls on 10 Dhu al-Hijjah 1446 AH (June 6, 2025).",
        "The Hijri new year, 1 Muharram, is a public holiday.",
        "Ramadan, a trader, said prices rose in 2024.",
        "The manuscript was copied in 1123 AH (1711 AD).",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        years = [at for at in occurrences(prose, "13", "14") if _YEAR.match(prose, at)]
        if not years:
            return
        dated, year_only = _hijri_patterns()
        taken = []
        for match in around(prose, years, dated, 48, 24):
            day_before, month_name, day_after, year = match.groups()
            day = day_before or day_after
            if self._gregorian_near(prose, match.start(), match.end()):
                continue
            month, year = _month_of(month_name), int(year)
            if not month:
                continue
            taken.append(match.span())
            if day and 1 <= int(day) <= 30:
                date = hijri_to_gregorian(year, month, int(day))
                equivalent = f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
            else:
                equivalent = _gregorian_span(year, month)
            yield self.finding(doc, match.start(), match.end(),
                               f"Hijri date left unconverted: about {equivalent} (tabular calendar; check "
                               f"the official date). Give the Gregorian date.", [equivalent], safe=False)
        for match in around(prose, years, year_only, 32, 32):
            if any(s <= match.start() < e for s, e in taken) or self._gregorian_near(prose, match.start(), match.end()):
                continue
            equivalent = _gregorian_span(int(match.group(1) or match.group(2)))
            yield self.finding(doc, match.start(), match.end(),
                               f"Hijri year left unconverted: {equivalent} in the Gregorian calendar.",
                               [equivalent], safe=False)

    @staticmethod
    def _gregorian_near(prose: str, start: int, end: int) -> bool:
        """A Gregorian year or "AD" within a few words before or after (a bracketed equivalent)."""
        return bool(_GREGORIAN_NEAR.search(prose, max(0, start - 40), min(len(prose), end + 40)))


# --- "between 10 to 20", "% 50" ---------------------------------------------------------------

_FIGURE_WORDS = r"\$?\d[\d.,]*+(?:[ \t]*+(?:%|percent\b|per[ \t]cent\b|million\b|billion\b|thousand\b))?"
_BETWEEN_TO = re.compile(rf"\b([Bb]etween)[ \t]+({_FIGURE_WORDS})[ \t]*+(?:to|-|–|—)[ \t]*+(\$?\d[\d.,]*+)")
_PERCENT_FIRST = re.compile(r"(?<![\w%])%[ \t]?(\d{1,3}(?:[.,]\d{1,3})?)(?![\w%]|[.,]\d)")


@register
class BetweenTo(Rule):
    id = "NUM005"
    local = True  # its findings on a paragraph depend on that paragraph alone
    trigger = "etween"  # the literal it anchors on
    name = "between-to"
    category = _CATEGORY
    severity = Severity.MINOR
    explanation = (
        "A range written \"between 10 to 20\" or \"between 10-20\", from the Arabic \"بين 10 "
        "إلى 20\": English writes \"between 10 and 20\" (or \"from 10 to 20\")."
    )
    bad = (
        "Temperatures ranged ⟦between 45 to 50→between 45 and 50⟧ degrees.",
        "⟦Between 60-70→Between 60 and 70⟧ percent of them passed.",
    )
    good = (
        "Turnout was between 40 and 45 percent.",
        "Temperatures will range from 45 to 50 degrees.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        for match in around(prose, occurrences(prose, "etween"), _BETWEEN_TO, 2, 64):
            word, low, high = match.groups()
            yield self.finding(doc, match.start(), match.end(), f"\"{word} … to\": write \"{word.lower()} … and\".",
                               [f"{word} {low} and {high}"])


@register
class PercentBeforeFigure(Rule):
    id = "NUM007"
    local = True  # its findings on a paragraph depend on that paragraph alone
    trigger = r"%[ \t]?\d"  # (= the start of _PERCENT_FIRST)
    name = "percent-before-figure"
    category = _CATEGORY
    severity = Severity.MINOR
    explanation = (
        "The percent sign before its figure (\"% 50\", \"%12.5\"): the Arabic order (٪ stands "
        "after the figure in right-to-left text and lands before it when copied). English "
        "writes \"50%\"."
    )
    bad = ("The index rose by ⟦% 1.2→1.2%⟧ in the week.", "Turnout reached ⟦%45→45%⟧.")
    good = ("The index rose by 1.2% in the week.", "Rates rose 5% 3 years in a row.")

    def check(self, doc, ctx):
        prose = doc.prose
        for match in around(prose, occurrences(prose, "%"), _PERCENT_FIRST, 1, 16):
            before = prose[max(0, match.start() - 3) : match.start()].rstrip()
            if before[-1:].isdigit():
                continue  # "5 % 3": the sign belongs to the figure before it
            yield self.finding(doc, match.start(), match.end(), "Percent sign before the figure.",
                               [f"{match.group(1)}%"])


# A modern year labelled with the Gregorian era, as Arabic labels it (م, ميلادي): "2025 AD".
_ERA_LABEL = re.compile(r"(?<![\d.,])((?:19|20)\d\d)[ \t]*+(?:AD\b|A\.D\.|CE\b|C\.E\.)")


@register
class GregorianLabel(Rule):
    id = "NUM008"
    local = True  # its findings on a paragraph depend on that paragraph alone
    trigger = r" (?:AD|A\.D|CE)"  # the literals it anchors on
    name = "gregorian-label"
    category = _CATEGORY
    severity = Severity.MINOR
    explanation = (
        "A modern year labelled \"AD\" or \"CE\" (\"in 2025 AD\", \"March 5, 2024 AD\"): "
        "Arabic news marks Gregorian dates (م, ميلادي) beside Hijri ones, and machine translation "
        "keeps the label. English news gives modern years without it. Ancient years (\"AD 70\", "
        "\"1123 AH (1711 AD)\") are left alone."
    )
    bad = ("The budget for ⟦2025 AD→2025⟧ was approved.", "The agreement was signed on 5 March ⟦2024 AD→2024⟧.")
    good = ("The budget for 2025 was approved.", "The city was destroyed in AD 70 and rebuilt by 1711 AD.")

    def check(self, doc, ctx):
        prose = doc.prose
        for match in around(prose, occurrences(prose, " AD", " A.D", " CE"), _ERA_LABEL, 8, 5):
            yield self.finding(doc, match.start(), match.end(), "Era label on a modern year: drop it.", [match.group(1)])


# A figure opening a sentence (after a dateline "Erbil - " if any): "3 people were killed…".
_OPENING_FIGURE = re.compile(r"(?:(?<![\w'’.-])(?:[A-Z][\w'’.-]*+[ \t]){1,4}(?:\([^()\n]{0,30}\)[ \t])?[-–—][ \t]++)?(?<![\d,.])(\d[\d,.]*+)(?=[ \t]+[a-z])")
_SMALL = ("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")


@register
class FigureOpensSentence(Rule):
    id = "NUM009"
    local = True  # its findings on a paragraph depend on that paragraph alone
    trigger = r"\d"  # a figure (_OPENING_FIGURE)
    name = "figure-opens-sentence"
    category = _CATEGORY
    severity = Severity.MINOR
    explanation = (
        "A sentence that opens with a figure (\"3 people were killed…\", \"Erbil - 12 houses "
        "collapsed…\"): English news spells out a number that opens a sentence (\"Three people\") "
        "or rewords it (\"At least 12 houses…\"). A year (\"2024 was…\") is left alone."
    )
    bad = (
        "⟦3→Three⟧ people were killed in the blast.",
        "Erbil - ⟦12⟧ houses collapsed after the heavy rain.",
    )
    good = (
        "Three people were killed in the blast.",
        "2024 was the hottest year on record.",
        "At least 12 houses collapsed.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        for sentence in doc.sentences:
            first = prose[sentence.start : sentence.start + 1]
            if not first.isdigit():
                if not first.isupper() or sentence.start and prose[sentence.start - 1] != "\n":
                    continue  # a dateline opens a paragraph
                if " - " not in prose[sentence.start : sentence.start + 60] and " – " not in prose[sentence.start : sentence.start + 60]:
                    continue
            text = sentence.text
            match = _OPENING_FIGURE.match(prose, sentence.start, sentence.end)
            if match is None:
                continue
            figure = match.group(1).rstrip(".,")
            if len(figure) == 4 and figure[:2] in ("19", "20") or not figure[-1:].isdigit():
                continue  # a year
            line = text.split("\n", 1)[0].rstrip()
            if line[-1:] not in ".!?\"”’" or not finite_verb_in(prose, match.end(1), sentence.start + len(line)):
                continue  # a headline or a fragment ("18 holes to play."), not a sentence of news copy
            start, end = match.start(1), match.start(1) + len(figure)
            small = _SMALL[int(figure)] if figure.isdigit() and int(figure) <= 10 else None
            yield self.finding(doc, start, end, "A figure opens the sentence: spell it out or reword.",
                               [small] if small else [], safe=False)


# A figure alone in brackets inside a clause, as Arabic copy marks counts: "killed (15) militants",
# "reached ( 120 ) since".
_BRACKETED = re.compile(r"\([ \t]*+(\d{1,3}(?:,\d{3})*+|\d{1,7})[ \t]*+\)(?=[ \t]+[a-z])")
_BEFORE_BRACKETED = re.compile(r"(?<![A-Za-z'’-])([A-Za-z][a-z'’-]{0,30}+)[ \t]++$")
# Words that name what a bracketed figure refers to ("Article (5)", "item (3)", "No. (7)").
_REFERENCE_WORDS = frozenset({
    "article", "articles", "paragraph", "paragraphs", "item", "items", "clause", "clauses", "no", "number",
    "resolution", "law", "decree", "table", "figure", "page", "chapter", "section", "point", "step", "option",
    "phase", "stage", "line", "gate", "platform", "room", "building", "block", "route", "exit", "category",
    "level", "grade", "class", "round", "match", "season", "episode", "verse", "surah", "sura", "annex", "note",
    "footnote", "box", "appendix", "question", "part", "unit", "model", "version", "term", "rule", "code",
    "bylaw", "amendment", "protocol", "schedule", "list", "case", "file", "batch", "lot", "zone", "sector",
    "district", "ward", "hall", "camp", "checkpoint", "base", "road", "highway", "street", "tower", "flight",
})


@register
class BracketedFigure(Rule):
    id = "NUM010"
    local = True  # its findings on a paragraph depend on that paragraph alone
    trigger = r"\([ \t]*+\d"  # (= the start of _BRACKETED)
    name = "bracketed-figure"
    category = _CATEGORY
    severity = Severity.MINOR
    explanation = (
        "A count written in brackets inside the sentence (\"killed (15) militants\", \"distributed "
        "(250) food baskets\"): Arabic official copy brackets figures, and machine translation keeps "
        "the brackets. English writes the figure plainly. A bracketed reference (\"Article (5)\", "
        "\"item (3)\"), a year and a list marker at a clause start are left alone."
    )
    bad = ("The army killed ⟦(15)→15⟧ militants in the mountains.",
           "The ministry handed out ⟦( 250 )→250⟧ food baskets.")
    good = ("The army killed 15 militants.", "Article (5) of the law and item (3) were cited.",
            "Parasite (2019) won awards.", "The options are: (1) wait, (2) leave.")

    def check(self, doc, ctx):
        prose = doc.prose
        for match in around(prose, occurrences(prose, "("), _BRACKETED, 0, 16):
            figure = match.group(1)
            if len(figure) == 4 and figure[:2] in ("19", "20"):
                continue  # a year: "Parasite (2019) won"
            before = _BEFORE_BRACKETED.search(prose, max(0, match.start() - 30), match.start())
            if before is None or before.group(1)[:1].isupper() or before.group(1).lower() in _REFERENCE_WORDS:
                continue  # a clause start, a list marker, a name or a reference ("Article (5)")
            yield self.finding(doc, match.start(), match.end(), "Figure in brackets: write it plainly.", [figure])
