"""One country's body named in a text on another (evidence other-country), a place's one-word
rendering in a text that names none of its country (country-unnamed) and names English
news itself gives by translation (NAM008 not_names, a transliterated "Al-" opening the name).
Our own examples (facts only); each text is checked as its own run."""

from __future__ import annotations

import pytest

from mtqa.api import check_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(text).findings if f.rule.startswith("NAM")]


SILENT = [
    # other-country: Iraq's Integrity Commission in a text on Kuwait, Lebanon's mufti in Cairo
    "In Kuwait, the Integrity Authority said it had referred two former officials to prosecutors.",
    "Kuwait City - The Integrity Authority said on Monday that 40 officials had filed declarations.",
    "In Cairo, the Mufti of the Republic Shawki Allam said the crescent of Ramadan had been sighted.",
    "Egypt's Dar al-Ifta said the Mufti of the Republic would speak after the evening prayer.",
    # country-unnamed: a place's one-word generated rendering in a text naming none of its country
    "He planted roses in the Garden, the family said on Monday.",
    "Visitors from Chad toured the Garden, the museum said.",
    "The British embassy in Garden City stands near the Nile.",
    "Aid from Sudan reached Garden City, near the Nile, on Monday.",
    # correct names and ordinary words beside country names
    "Al Jazeera reported from Doha that the Kuwaiti emir had received the Iraqi envoy.",
    "Migrants from Libya reached the island of Malta on Sunday, Tunisian officials said.",
    # English's own translated names of armies and movements
    "The Chinese navy and the People's Liberation Army held drills, the Saudi ministry said.",
    "Saudi Arabia hosted officers of the People's Liberation Army in Riyadh on Monday.",
    "In Tunis, the Citizens Movement against the coup called for new protests.",
    "The Free Citizens Movement in Egypt backed the candidate, Cairo newspapers said.",
    # a name opening with a transliterated word in capitals
    "Gunmen from the Al-Aqsa Martyrs Brigades clashed with police in Nablus on Monday.",
    "The El-Nour Martyrs Brigades said in Gaza that two of its men were killed.",
]

REPORTED = [
    # the entry's own country named: still reported
    ("In Baghdad, the Integrity Authority said it had referred two former ministers to court.", "Integrity Authority"),
    ("Beirut - The Mufti of the Republic Abdul Latif Derian received the envoy on Monday.", "Mufti of the Republic"),
    # no Arab country named at all: the weighing alone decides
    ("The Integrity Authority said it had referred two former ministers to court.", "Integrity Authority"),
    # a head noun beside a one-word place rendering keeps it a name, in any text
    ("Students of The Olive University in Tunis marched on Monday.", "Olive"),
    # the place's country named (Darfur): الجنينة rendered "the Garden"
    ("Thousands fled to Chad from the Garden, the capital of West Darfur, the UN said.", "the Garden"),
    # NAM008 still reports a meaning-word name without an Al- opening
    ("Gunmen from the Martyrs Brigades clashed with police in Nablus on Monday.", "Martyrs Brigades"),
    # "Liberation" alone is no English name: MT's short form of the PLO
    ("In Beirut, MPs said the Liberation Organization had once ruled the south of Lebanon.", "Liberation Organization"),
    ("Fighters of the Loyalty Brigades said in Baghdad that the convoy had withdrawn.", "Loyalty Brigades"),
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert _found(text) == []


@pytest.mark.parametrize(("text", "span"), REPORTED)
def test_reported(text, span):
    assert any(span in found for _, found in _found(text)), _found(text)
