"""SYN001 on an expected event put first, as Arabic MT renders من المتوقع أن يصل: "Is expected
to arrive a delegation…". Our own variants and ordinary English that must stay silent."""

from __future__ import annotations

import pytest

from mtqa.document import Document
from mtqa.engine import Context
from mtqa.rules import get

RULE = get("SYN001")


def _spans(text: str) -> list[str]:
    return [f.text for f in RULE.check(Document(text), Context())]


@pytest.mark.parametrize("text,span", [
    ("Baghdad - Is expected to arrive a Saudi delegation in the capital tomorrow.", "Is expected"),
    ("Are scheduled to begin the talks between the two sides next week.", "Are scheduled"),
    ("Was due to open the new terminal on Sunday the minister of transport.", "Was due"),
    ("Is likely to meet the envoy the leaders of the parties on Monday.", "Is likely"),
])
def test_fires(text, span):
    assert _spans(text) == [span]


@pytest.mark.parametrize("text", [
    "Is it expected to arrive on time?",
    "Is expected to rain?",
    "It is expected to arrive tomorrow.",
    "The delegation is expected to arrive tomorrow.",
    "Talks are scheduled to begin next week.",
])
def test_silent(text):
    assert _spans(text) == []
