"""SYN004 on the generators of tense slips rather than their words: any event verb of the lexicon
after "and" in a past clause (not a hand list of steps), a weekday with its part of the day ("on
Friday evening"), a verb in -s the tagger reads as a past after a name ("The Crown Prince
chairs"), and base forms coordinated with a base form already found after a plural subject.
Our own variants and ordinary English that must stay silent."""

from __future__ import annotations

import pytest

from mtqa.document import Document
from mtqa.engine import Context
from mtqa.rules import get

RULE = get("SYN004")


def _words(text: str) -> list[str]:
    return sorted(f.text for f in RULE.check(Document(text), Context()))


@pytest.mark.parametrize("text,expected", [
    # "and" + the present of any event verb after a past clause
    ("The council met yesterday and approves the new budget.", ["approves"]),
    ("The cabinet convened last night and endorses the draft law on rents.", ["endorses"]),
    ("The court heard the case on Monday and acquits the two journalists.", ["acquits"]),
    # a weekday with its part of the day
    ("The army announces on Friday evening the capture of a gang that had robbed three banks.", ["announces"]),
    ("The coalition announces on Sunday night the downing of two drones over the sea.", ["announces"]),
    ("Rabat - The council adopts on Tuesday morning a plan for the ports, after a debate that lasted a year.",
     ["adopts"]),
    # a verb in -s after a name, tagged as a past
    ("The Crown Prince chairs the weekly security meeting on Thursday, in which officials reviewed the crime figures.",
     ["chairs"]),
    ("Prime Minister Ali Hassan chairs the emergency meeting on Sunday, during which ministers approved aid.",
     ["chairs"]),
    # base forms coordinated with a base form already found
    ("The ministry said on Monday that its units dismantle a smuggling ring in the south and seize weapons and cash.",
     ["dismantle", "seize"]),
    ("Police said on Saturday that officers raid two farms near the border and arrest five men.", ["arrest", "raid"]),
])
def test_fires(text, expected):
    assert _words(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The council met yesterday and approved the new budget.",
    "She joined the ministry in 2010 and now heads its legal department.",
    "The company was founded in 1990 and employs 300 people.",
    "The council met yesterday, and the mayor says the budget is fair.",
    "The festival opens on Friday evening with a concert in the old port.",
    "The Crown Prince chairs the weekly cabinet meeting every Tuesday.",
    "Shops close on Friday evening and reopen on Sunday morning.",
    "The ministry said on Monday that its units would dismantle the camp and seize any weapons.",
    "The troops withdrew on Monday and the roads reopened.",
    "The army launched raids and attacks on the hideouts yesterday.",
])
def test_silent(text):
    assert _words(text) == []
