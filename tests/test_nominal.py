"""SYN010: a clause with no verb between its subject and a predicate of state (the Arabic
nominal sentence). Variants of our own that must fire and ordinary English that must not."""

from __future__ import annotations

import pytest

from mtqa.document import Document
from mtqa.engine import Context
from mtqa.rules import get

RULE = get("SYN010")


def _spans(text: str) -> list[str]:
    return [f.text for f in RULE.check(Document(text), Context())]


@pytest.mark.parametrize("text,span", [
    ("The situation in the camps tense after the floods, the agency said.", "The situation in the camps tense"),
    ("Officials said that the crossing unsafe for civilians.", "the crossing unsafe"),
    ("Rain fell all night, and the roads in the valley dangerous for drivers.", "the roads in the valley dangerous"),
    ("Mosul - The condition of the wounded critical, a hospital source said.", "The condition of the wounded critical"),
    ("The minister said that the security forces on high alert along the border.", "the security forces on high alert"),
    ("The atmosphere at the talks positive, a diplomat said.", "The atmosphere at the talks positive"),
])
def test_fires(text, span):
    assert _spans(text) == [span]


@pytest.mark.parametrize("text", [
    "The situation in the camps remained tense after the floods.",
    "With the security forces on high alert, the border was quiet.",
    "He said that the crossing was closed.",
    "They kept the roads open for the convoys.",
    "The open letter was signed by 40 writers.",
    "Situation in the camps tense after floods",
    "The ministry said that the closed schools would reopen.",
    "The talks in Geneva ended on Monday.",
    "The ministry aims to bring exports back to normal.",
])
def test_silent(text):
    assert _spans(text) == []
