"""SYN004 on verbs coordinated by "and" with a present already found in a past frame: Arabic
chains imperfect verbs under one subject and MT keeps each one present. Our own variants and
ordinary English that must stay silent."""

from __future__ import annotations

import pytest

from mtqa.document import Document
from mtqa.engine import Context
from mtqa.rules import get

RULE = get("SYN004")


def _words(text: str) -> list[str]:
    return [f.text for f in RULE.check(Document(text), Context())]


@pytest.mark.parametrize("text,expected", [
    ("The syndicate condemns in a statement issued last Sunday the closure of two newspapers, and "
     "demands their reopening.", ["condemns", "demands"]),
    ("Yesterday, the governor inspects the flooded villages and orders the evacuation of the valley.",
     ["inspects", "orders"]),
    ("The minister visits Amman two days ago and also signs a memorandum on trade.", ["visits", "signs"]),
    ("Last week the party rejects the new electoral law and calls for a boycott of the vote.",
     ["rejects", "calls"]),
])
def test_coordinated_verbs_fire(text, expected):
    assert sorted(_words(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # no present was found: nothing to echo
    ("The ministry announced the plan last week and says it will consult the unions.", []),
    # plural nouns after "and", not verbs
    ("The group condemns in a statement issued yesterday the raids and attacks on civilians.", ["condemns"]),
    ("The council rejects in its session yesterday the claims and demands of the traders.", ["rejects"]),
    # a new subject after "and" is judged by the rule itself
    ("Yesterday, the army withdraws from the town and the residents return.", ["withdraws"]),
])
def test_coordinated_traps(text, expected):
    assert sorted(_words(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # a present perfect passive with a past time
    ("The ministry said the pilot has been released yesterday.", ["has been released"]),
    ("The vaccine has been approved last month in Europe.", ["has been approved"]),
    ("Two journalists have been detained on Sunday near the border.", ["have been detained"]),
    # a present perfect in an "after" clause of a past event
    ("The road was reopened on Sunday, two days after the protesters have blocked it.", ["have blocked"]),
    ("Prices fell on Monday, hours after the central bank has cut its main rate.", ["has cut"]),
    ("Residents returned to their homes after the army has withdrawn from the town.", ["has withdrawn"]),
])
def test_perfect_in_past_frame_fires(text, expected):
    assert _words(text) == expected


@pytest.mark.parametrize("text", [
    "The bridge has been closed since last week.",
    "The plan has been criticised over the past year.",
    "The prisoner has been held for two years.",
    "Exports have been rising since last year.",
    "The talks will resume after the two sides have agreed on an agenda.",
    "The minister said the border would open after the committee has finished its work.",
    "The council meets after the mayor has signed the order.",
])
def test_perfect_traps(text):
    assert _words(text) == []
