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
