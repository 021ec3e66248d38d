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


@pytest.mark.parametrize("text,expected", [
    # a time counted from an event told in the past
    ("The storm hit the coast last week. Two days later, the government declares a state of emergency.", ["declares"]),
    ("The council approved the budget in May. A month later, the governor signs it into law.", ["signs"]),
    ("The minister arrived in Rome on Sunday and meets the pope the next day.", ["meets"]),
    ("The president appointed a new premier on Wednesday. The new premier is sworn in the next day at the palace.",
     ["is"]),
    # an event noun that takes up the event of the sentence before, with no time of its own
    ("Rebels attacked an army post near the river. The attack kills three soldiers.", ["kills"]),
    ("A car bomb exploded near a market in the city. The blast wounds twelve people and damages several shops.",
     ["damages", "wounds"]),
])
def test_relative_frames_fire(text, expected):
    assert _words(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The minister will arrive in Rome on Sunday and meets the pope the next day.",
    "The ship is due in port on Monday. Two days later, it sails for Malta.",
    "The day after tomorrow, the council votes on the budget.",
    "The company posted a loss last year. A year later, it is the most profitable bank in the country.",
    "The talks collapsed in March. Weeks later, the two sides remain far apart.",
    "He was appointed in June. Months later, he still lives in the capital.",
    "Voters went to the polls on Sunday. The next day's results showed a tight race.",
    "The army attacked the town on Monday. The attack comes as talks resume in Geneva.",
    "Gunmen stormed the bank. The raid follows a string of robberies in the city.",
    "Police arrested three men. The arrests mark a turning point in the inquiry.",
    "The rain stopped in the morning. The storm leaves hundreds of homes without power.",
])
def test_relative_frames_silent(text):
    assert _words(text) == []


@pytest.mark.parametrize("text,expected", [
    ("The parliament remains dissolved since the president suspended it in 2021.", ["remains"]),
    ("The airport stays shut since the storm hit the coast.", ["stays"]),
    ("Three people remain missing since the boat sank on Friday.", ["remain"]),
    ("The crossing is closed since the army seized it.", ["is closed"]),
])
def test_since_clause_fires(text, expected):
    assert _words(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The company remains cautious since it lost money last year.",
    "The bank cuts jobs since demand fell.",
    "The factory has remained closed since 2015.",
    "The shop remains open until midnight.",
    "He stays at home since he is ill.",
])
def test_since_clause_silent(text):
    assert _words(text) == []


@pytest.mark.parametrize("text,expected", [
    ("The road between the two towns closed since 2015.", ["closed"]),
    ("Food prices rose since the start of the war.", ["rose"]),
    ("Exports dropped since January, the bank said.", ["dropped"]),
])
def test_past_with_since_fires(text, expected):
    assert _words(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "More than 360,000 people have died since 2011.",
    "It was the worst flooding recorded since 1990.",
    "Thousands of people displaced since 2011 returned home.",
    "The talks stalled since neither side would move.",
    "He said the index fell since the start of the year.",
])
def test_past_with_since_silent(text):
    assert _words(text) == []
