"""The people and places of the coverage tables tools/lexicon_coverage/people-*.psv and
places-*.psv, generatively: every correct form is silent where a name stands, and MT-style
re-spellings of them (one letter as Arabic script spells it back) are reported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mtqa import check_text
from mtqa.config import Config
from mtqa.lexicon import load_entries

FILES = ("cov-people-", "cov-places-")
ENTRIES = [e for e in load_entries() if Path(e.file).name.startswith(FILES)]
PEOPLE = [e for e in ENTRIES if e.category == "person"]
PLACES = [e for e in ENTRIES if e.category == "place"]


def nam(text):
    return [f for f in check_text(text, config=Config(select=("NAM",))).findings if f.rule in ("NAM002", "NAM004")]


def test_the_tables_cover_people_and_places():
    assert len(PEOPLE) >= 250 and len(PLACES) >= 300, (len(PEOPLE), len(PLACES))


def test_correct_forms_are_silent():
    noisy = []
    for e in PEOPLE:
        for form in e.correct_forms:
            if nam(f"Officials said {form} met the delegation on Monday."):
                noisy.append(form)
    for e in PLACES:
        for form in e.correct_forms:
            if nam(f"Residents fled from {form} after the shelling, and the governor of {form} appealed for aid."):
                noisy.append(form)
    assert not noisy, noisy[:10]


# how Arabic script spells a foreign or French letter back, one change at a time
_RESPELL = ((r"p", "b"), (r"v", "f"), (r"ou", "u"), (r"(?<=[^aeiou])e(?=[^aeiou])", "i"), (r"ch", "sh"))


def _respelt(word: str):
    for pattern, replacement in _RESPELL:
        found = re.search(pattern, word)
        if found:
            return word[: found.start()] + replacement + word[found.end():]
    return None


def test_respelt_family_names_are_reported():
    tried = hits = 0
    for e in PEOPLE:
        words = e.name.split()
        family = words[-1]
        new = _respelt(family)
        if len(words) < 2 or not new or len(family) < 5 or new.lower() in {w.lower() for f in e.correct_forms for w in f.split()}:
            continue
        tried += 1
        hits += bool(nam(f"Officials said {' '.join([*words[:-1], new])} met the delegation on Monday."))
    assert tried >= 40 and hits / tried >= 0.8, (hits, tried)
