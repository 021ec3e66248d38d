"""The article's own date, and the dates a sentence names, placed before or after it.

An article's date comes from (first found wins) its JSONL record's "date" field, a dateline
date at the head of its text ("Tripoli, 5 March 2026 (LANA) - ", a first line "Thursday 5 March
2026"), or the run's `--date` / config `date`. Tense rules use it to tell a past date ("on 3
March" before the article's date: a past event) from a coming one (after it: a plan)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from mtqa import regexes

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
MONTHS = {name: i for i, name in enumerate(_MONTH_NAMES, start=1)}
MONTHS.update({name[:3]: i for name, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
ORDINALS = {w: i for i, w in enumerate(_ORDINAL_WORDS, start=1)}
ORDINALS.update({f"twenty-{w}": 20 + i for w, i in list(ORDINALS.items()) if i < 10})
ORDINALS.update({"thirtieth": 30, "thirty-first": 31})

_MONTH = r"(?P<{0}>(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|" + "|".join(_MONTH_NAMES) + ")"
_DAY = r"(?P<{0}>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)"

# A date as news text writes it: "3 March", "the 3rd of March", "the third of March", "March 3",
# "March 3rd, 2026", "3/3", "03/03/2026", "2026-03-03". Every part is bounded: linear.
def _date(tag: str = "") -> str:
    """DATE with its group names suffixed by `tag` (a pattern may hold it twice)."""
    d, m, y = (lambda n: n + tag), (lambda n: n + tag), (lambda n: n + tag)
    return (
        rf"(?:(?:the[ \t]+)?{_DAY.format(d('d1'))}[ \t]+(?:of[ \t]+)?{_MONTH.format(m('m1'))}(?:,?[ \t]+{_YEAR.format(y('y1'))})?"
        rf"|{_MONTH.format(m('m2'))}[ \t]+{_DAY.format(d('d2'))}(?:,?[ \t]+{_YEAR.format(y('y2'))})?"
        rf"|(?P<d3{tag}>[0-3]?\d)/(?P<m3{tag}>[01]?\d)(?:/(?P<y3{tag}>(?:19|20)\d\d))?"
        rf"|(?P<y4{tag}>(?:19|20)\d\d)-(?P<m4{tag}>[01]\d)-(?P<d4{tag}>[0-3]\d))(?![\w/-])"
    )


DATE = _date()


@dataclass(frozen=True)
class ArticleDate:
    """The article's date; `year_known` is false for a dateline with no year ("CAIRO, March 5")."""

    date: datetime.date
    year_known: bool = True


def parse_iso(value: str) -> datetime.date | None:
    """A YYYY-MM-DD date, or None when `value` is not one."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", value.strip()):
        return None
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        return None


def _int_day(text: str) -> int:
    text = text.lower()
    return ORDINALS.get(text) or int(re.match(r"\d+", text).group(0))


def _parts(match: re.Match) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) of a DATE match, or None when it names no real day."""
    g = match.groupdict()
    if g["d1"] or g["d2"]:
        day = _int_day(g["d1"] or g["d2"])
        month = MONTHS[(g["m1"] or g["m2"]).lower().rstrip(".")]
        year = g["y1"] or g["y2"]
    elif g["d3"]:
        first, second = int(g["d3"]), int(g["m3"])
        day, month = (first, second) if second <= 12 else (second, first)  # day first, as Arab news writes it
        year = g["y3"]
    else:
        day, month, year = int(g["d4"]), int(g["m4"]), g["y4"]
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return day, month, int(year) if year else None


def _real(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def resolve(match: re.Match, article: ArticleDate) -> datetime.date | None:
    """The date a DATE match names, a yearless one placed in the year that puts it nearest the
    article's date ("28 December" in an article of 3 January is last year's)."""
    parts = _parts(match)
    if parts is None:
        return None
    day, month, year = parts
    if year is not None:
        return _real(year, month, day) if article.year_known else None
    options = [d for y in (article.date.year - 1, article.date.year, article.date.year + 1)
               if (d := _real(y, month, day)) is not None]
    return min(options, key=lambda d: abs((d - article.date).days), default=None)


@lru_cache(maxsize=1)
def date_pattern() -> re.Pattern:
    """DATE as a whole-word pattern, in any case."""
    return regexes.compile(rf"(?i:(?<![\w/-]){DATE})")


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern:
    """The head of a text that carries its date: a line that is only a date (after an optional
    weekday or "Published:"), or a dateline "PLACE, DATE (Agency) -" / "PLACE (Agency), DATE -"."""
    weekday = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
    return regexes.compile(
        rf"(?i:[ \t]{{0,8}}(?:(?:published|updated|dated?|posted)[ \t]{{0,3}}:?[ \t]{{1,3}})?{weekday}(?P<alone>{_date('a')})[ \t.]*(?:\n|$)"
        rf"|[ \t]{{0,8}}(?-i:[A-Z])[\w'’.-]{{1,25}}(?:[ \t]+(?-i:[A-Z])[\w'’.-]{{1,25}}){{0,3}}[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?,[ \t]*"
        rf"{weekday}(?P<dateline>{_date('b')})[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:-|–|—|--|:))"
    )


def dateline_date(text: str, fallback: datetime.date | None = None) -> ArticleDate | None:
    """The date at the head of `text` (its first line), if it carries one; a date with no year
    takes the year of `fallback` (the run's date) or of today."""
    match = _dateline().match(text[:200])
    if match is None:
        return None
    inner = date_pattern().match(match.group("alone") or match.group("dateline"))
    parts = _parts(inner) if inner else None
    if parts is None:
        return None
    day, month, year = parts
    if year is None:
        base = fallback or datetime.date.today()
        date = _real(base.year, month, day)
        return ArticleDate(date, year_known=fallback is not None) if date else None
    date = _real(year, month, day)
    return ArticleDate(date) if date else None


def of_document(doc, config) -> ArticleDate | None:
    """The article date of `doc`: its record's date, a dateline date in its text, or the run's."""
    if getattr(doc, "date", None):
        return ArticleDate(doc.date)
    run = parse_iso(config.date) if getattr(config, "date", None) else None
    found = dateline_date(doc.text, run) if doc.text[:1].isalnum() or doc.text[:1] in " \t" else None
    if found is not None:
        return found
    return ArticleDate(run) if run else None


def relation(text: str, article: ArticleDate | None) -> str | None:
    """"past" or "future" when `text` names a date (or a year) before or after the article's
    date, else None (no article date, no date, or the same day/year)."""
    if article is None:
        return None
    match = date_pattern().search(text)
    if match is not None:
        date = resolve(match, article)
        if date is None:
            return None
        return "past" if date < article.date else "future" if date > article.date else None
    years = re.findall(r"\b(?:19|20)\d\d\b", text)
    if years and article.year_known:
        year = int(years[-1])
        return "past" if year < article.date.year else "future" if year > article.date.year else None
    return None
