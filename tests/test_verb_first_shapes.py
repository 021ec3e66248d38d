"""SYN001 on shapes its structure pass now reads: two names as one subject ("Signed Morocco and
Spain an agreement"), a name with an "al-" part ("Receives President Abdel Fattah al-Sisi…"), a
place before the subject of a passive put first ("Was held yesterday in Baghdad the meeting…").
Our own sentences, with traps."""

from __future__ import annotations

import pytest

from mtqa import api
from mtqa.config import Config


def verb_first(text: str) -> list[str]:
    report = api.check_text(text, config=Config(select=("SYN001",)))
    return [f.text for d in report.documents for f in d.findings]


@pytest.mark.parametrize("text, flagged", [
    ("Rabat (MAP) - Signed Morocco and Spain an agreement on fishing.", "Signed"),
    ("Amman - Discussed Jordan and Iraq the extension of the oil pipeline.", "Discussed"),
    ("Cairo - Receives President Abdel Fattah al-Sisi today the King of Jordan.", "Receives"),
    ("Chaired Prime Minister Mustafa al-Kadhimi a meeting of the security council.", "Chaired"),
    ("Was held yesterday in Baghdad the meeting of the joint committee.", "Was held"),
    ("Was opened on Sunday in Tunis the book fair of the capital.", "Was opened"),
])
def test_verb_first_fires(text, flagged):
    assert verb_first(text) == [flagged]


@pytest.mark.parametrize("text", [
    "Morocco and Spain signed an agreement on fishing.",
    "Signed by Morocco and Spain, the agreement covers fishing.",
    "Hit by the storm, Tunisia and Libya closed their ports.",
    "Said Ali and Omar Hassan, two farmers, lost their land.",
    "President Abdel Fattah al-Sisi received the King of Jordan.",
    "Was the meeting held in Baghdad, or in Erbil?",
    "Held in Baghdad, the meeting ended with a statement.",
    "Was it worth it, the minister asked.",
])
def test_verb_first_traps(text):
    assert verb_first(text) == []
