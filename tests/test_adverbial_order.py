"""SYN008: a time, place or "with whom" adverbial between a verb and its object (Arabic order).
Each shape has variants of our own that must fire and ordinary English that must not."""

from __future__ import annotations

import pytest

from mtqa.document import Document
from mtqa.engine import Context
from mtqa.rules import get

RULE = get("SYN008")


def _spans(text: str) -> list[str]:
    return [f.text for f in RULE.check(Document(text), Context())]


FIRES = [
    # a time
    ("The Emir received yesterday a phone call from the Turkish president.", "received yesterday"),
    ("Border guards arrested last Friday a group of twelve migrants.", "arrested last Friday"),
    ("The authority launched this morning an online service for pilgrims.", "launched this morning"),
    ("The union organised on Thursday evening a sit-in outside the ministry.", "organised on Thursday evening"),
    ("The bank raised on 12 March its main interest rate.", "raised on 12 March"),
    ("The company will open tomorrow its first branch in Mosul.", "open tomorrow"),
    ("The army intercepted at dawn today two drones over the city.", "intercepted at dawn today"),
    # a place
    ("The crown prince received in Jeddah the visiting Iraqi delegation.", "received in Jeddah"),
    ("The minister inaugurated at the Al-Rashid Hotel a conference on water.", "inaugurated at the Al-Rashid Hotel"),
    ("Rescue teams found in the Wadi Hadramawt area the bodies of two hikers.", "found in the Wadi Hadramawt area"),
    # a frame
    ("The parliament approved in its session the draft budget for next year.", "approved in its session"),
    ("The movement denounced in a statement published the raid on the camp.", "denounced in a statement published"),
    # with whom
    ("The envoy discussed with the Libyan parties the timetable of the elections.", "discussed with the Libyan parties"),
    ("Jordan signed with Iraq an agreement on electricity.", "signed with Iraq"),
    ("The two sides are reviewing with UN experts the details of the plan.", "reviewing with UN experts"),
    ("The militias shell at dawn the villages east of the river.", "shell at dawn"),
    # two adverbials in a row
    ("The president met on Sunday at the presidential palace the leaders of the parties.",
     "met on Sunday at the presidential palace"),
    ("The governor opened in Tanta on Tuesday a new hospital for children.", "opened in Tanta on Tuesday"),
]


@pytest.mark.parametrize("text,span", FIRES)
def test_fires(text, span):
    assert _spans(text) == [span], text


SILENT = [
    # a clause after a reporting verb, not an object
    "The minister said on Monday the talks would resume next week.",
    "Officials told reporters yesterday the road was closed.",
    "The agency revealed on Thursday the arrest of a smuggling ring.",
    "The company confirmed on Sunday the sale of its Cairo plant.",
    # a preposition, not an object
    "The minister met on Monday with his Egyptian counterpart.",
    "The delegation arrived yesterday in the capital.",
    "Talks resumed in Geneva on Tuesday after a pause.",
    # times and measures after the article
    "The two leaders met in Rabat the next day.",
    "The bill passed in the Senate the same week.",
    "Fighters regrouped in Idlib a few days later.",
    "The court will sit on Sunday the 5th of May.",
    "The talks took place on Monday the day after the attack.",
    "He worked in London the whole year.",
    # verbs that take no object, a new clause, a noun in -ing
    "Prices fell yesterday the central bank said.",
    "The museum opened in March the new wing was finished.",
    "Three people died on Sunday a week after the storm.",
    "The cabinet at its weekly meeting on Monday a plan was approved.",
    "The ministry held talks with the union a week ago.",
    "Flights resumed on Monday, the airline said.",
    "The storm hit the coast on Monday and the rain continued.",
    # with: only verbs of talks and agreements
    "The army clashed with the rebels a second time.",
    "He left with his family the same night.",
    # a frame's participle is not the clause's verb
    "The council, in its session held yesterday, approved the plan.",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert _spans(text) == [], text
