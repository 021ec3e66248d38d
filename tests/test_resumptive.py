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


@pytest.mark.parametrize("text,pronoun", [
    ("The Supreme Security Committee, it decided on Sunday to extend the curfew.", ", it"),
    ("Tunis - The Minister of Education, Salma Ben Ali, she announced the new timetable.", ", she"),
    ("The fishermen of the southern coast, they demanded compensation for the storm.", ", they"),
    ("Khalid Al-Mansouri, he affirmed that the elections would go ahead.", ", he"),
])
def test_topic_taken_up_by_a_pronoun_fires(text, pronoun):
    assert [f.text for f in RULE.check(Document(text), Context())] == [pronoun]


@pytest.mark.parametrize("text", [
    "The committee, it said, will meet again on Monday.",
    "The ship, it emerged, was overweight.",
    '"Prices will fall," he said.',
    "Announcing the change on Monday, he wrote a long letter.",
    "Also, it emerged that the plan had failed.",
    "The following week, they returned to the capital.",
    "After the vote, they celebrated in the streets.",
    "The minister said the plan was ready, and it announced a date.",
])
def test_topic_traps(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text,pronoun", [
    ("The farmer who the soldiers arrested him was released.", "him"),
    ("The cars which the army seized them were returned to their owners.", "them"),
    ("The reporter whose his camera was broken filed a complaint.", "his"),
    ("The clinic which it was damaged in the shelling reopened.", "it"),
    ("The officers who they were wounded on Friday are in hospital.", "they"),
])
def test_who_whose_and_passive_subject_fire(text, pronoun):
    assert _spans(text) == [pronoun]


@pytest.mark.parametrize("text", [
    "Nobody knew who he was arrested by.",
    "The speed at which it was driven was high.",
    "The job which he was hired to do was hard.",
    "He said the vote was fair, which it was not.",
    "The crime which he was accused of was serious.",
    "The award which she was given was new.",
    "The house which they built him was large.",
    "The man who he believed was guilty left.",
    "The car which he bought was red.",
])
def test_who_whose_and_passive_subject_silent(text):
    assert _spans(text) == []
