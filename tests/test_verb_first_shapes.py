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


def test_sentences_read_together_as_alone():
    """SYN001 reads only the sentences one of its passes may report on (an opening word, a word
    in -ed, a fronted frame, an ", and" clause, a dateline's dash, a verb form at a clause start):
    each sentence of a text gives there the findings it gives alone."""
    sentences = ["Rabat (MAP) - Signed Morocco and Spain an agreement on fishing.",
                 "Chaired Prime Minister Mustafa al-Kadhimi a meeting of the security council.",
                 "Was held yesterday in Baghdad the meeting of the joint committee.",
                 "The talks ended, and stressed the minister the need for calm.",
                 "Morocco and Spain signed an agreement on fishing.",
                 "The council said that stormed the forces the town at dawn.",
                 "Also participated in the talks the ministers of the two countries.",
                 "Was the meeting held in Baghdad, or in Erbil?",
                 # a listed verb outside the lexicon: no verb form at a clause start, read for its
                 # opening word, or for its dateline's dash
                 "Spotted the patrol a group of armed men near the border.",
                 "Gaza - Spotted the patrol a group of armed men near the border."]
    alone = [verb_first(s) for s in sentences]
    assert alone == [["Signed"], ["Chaired"], ["Was held"], ["and stressed"], [], ["stormed"], ["participated"], [],
                     ["Spotted"], ["Spotted"]]
    assert verb_first(" ".join(sentences)) == [text for found in alone for text in found]
