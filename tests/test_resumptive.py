"""SYN009: a relative clause that repeats its noun as a pronoun (Arabic resumptive pronoun).
Variants of our own that must fire and ordinary English that must not."""

from __future__ import annotations

import pytest

from mtqa.document import Document
from mtqa.engine import Context
from mtqa.rules import get

RULE = get("SYN009")


def _spans(text: str) -> list[str]:
    return [f.text.strip() for f in RULE.check(Document(text), Context())]


@pytest.mark.parametrize("text,pronoun", [
    ("The school which the storm damaged it last winter reopened on Sunday.", "it"),
    ("The fighters whom the coalition captured them near Marib were handed over.", "them"),
    ("The tanker that the navy seized it in the Gulf carried diesel.", "it"),
    ("The journalist whom the authorities arrested him on Monday was freed.", "him"),
    ("The activist whom Egyptian police detained her during the protest spoke to reporters.", "her"),
    ("The agreement which the two parties signed it, was welcomed by the UN.", "it"),
    ("The drones which the militia launched them from Yemen were intercepted.", "them"),
])
def test_fires(text, pronoun):
    assert _spans(text) == [pronoun]


@pytest.mark.parametrize("text", [
    "The ministry announced that the army had retaken it on Monday.",
    "Officials said that the rebels attacked it at dawn.",
    "The fact that the committee rejected it in March surprised nobody.",
    "It was the way that the government handled it in the crisis.",
    "The medals that the king gave them on Sunday were gold.",
    "The law which voters wanted it to change stayed in force.",
    "The town in which the militia held them for weeks was freed.",
    "The time that he spent there taught him a lot.",
    "The company which bought it in 2019 sold it again.",
    "Everything that they found there was catalogued.",
])
def test_silent(text):
    assert _spans(text) == []
