"""Language scars of Arabic news MT on unseen text, fourth batch: calque families of reports,
courts and operations (TRN001), tense shapes of reported acts and "since" (SYN004). Every
sentence is our own; each list of shapes that must fire has a list of ordinary English that
looks alike and must stay silent."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config


def _found(text, rule):
    return [f.text for f in check_text(text, config=Config(select=(rule,))).findings if f.rule == rule]


CALQUES = [
    "The two convicts will be deported upon the completion of the period of their sentence.",
    "He will leave the country after the execution of his sentence, the court ruled.",
    "Traffic on the bridge returned in a normal way on Sunday morning.",
    "The border post was shut in a final form in 2019.",
    "Rents rose by a third in a year, the matter that pushed families out of the centre.",
    "Heavy rain in the south caused the death of seven persons, the civil defence said.",
    "The phone call dealt with the bilateral relations and the situation in the region.",
    "Customs officers seized on a quantity of cocaine hidden in a shipment of bananas.",
    "The troops moved in to clean the last pockets of the militants in the hills.",
    "A leader in the front, who asked not to be named, said the talks had failed.",
    "The drill came in implementation of the plan of the general command.",
    "The central bank announced lowering the interest rate by half a point.",
    "The cabinet decided closing the schools for a week because of the storm.",
    "The ambassador handed to him a written message from the king.",
    "The emir received a cable from his brother President Hassan Sheikh Mohamud.",
    "A session of the council was held under the presidency of the minister of justice.",
    "Four mayors were charged with the exploitation of their functional influence.",
    "The fire was put out quickly and no human casualties were reported.",
    "Rescue work is still continuing until now in the flooded villages.",
    "The parliament passed the amendment with the status of urgency.",
    "A new fund will offer loans to the seekers of employment.",
    "The parties froze the vote to avoid the embarrassment of the prime minister.",
    "The senate passed the bill at its second deliberation on Monday.",
    "The governor opened the new hospital, and it is worth mentioning that he visited the wards.",
    "A plant for desalinated water will supply the island from next year.",
    "The ministry called upon the citizens to stay indoors during the sandstorm.",
]

CALQUE_TRAPS = [
    "The execution of the prisoner was delayed by a court order.",
    "She served her sentence in a prison near the capital.",
    "The children learn to swim in a natural way.",
    "The final form of the agreement was published on Friday.",
    "The matter that the judge raised was left for later.",
    "The death of three miners shocked the town.",
    "Firefighters dealt with the blaze in under an hour.",
    "The opposition seized on the minister's remarks.",
    "Volunteers clean the beach every Saturday.",
    "She is a leader in the field of solar power.",
    "The reply came in the form of a letter.",
    "The bank approved raising the fee for transfers.",
    "He announced during the meeting that he would step down.",
    "The medal was presented to him by the president.",
    "Prince William and his brother, Prince Harry, walked behind the coffin.",
    "Growth was strong under the presidency of Barack Obama.",
    "He was accused of exploiting his position to win contracts.",
    "The trial studied side effects in human volunteers.",
    "Until now, the talks have gone well.",
    "The character of the old town has changed.",
    "Seekers of truth gathered at the temple.",
    "The affair was an embarrassment to the government.",
    "The jury began its deliberations on Monday.",
    "It is worth mentioning that the road is closed.",
    "The water factory closed in 2010.",
    "He called on the citizens who had left to come back.",
]


@pytest.mark.parametrize("text", CALQUES)
def test_calque_families_fire(text):
    assert _found(text, "TRN001"), text


@pytest.mark.parametrize("text", CALQUE_TRAPS)
def test_calque_traps_silent(text):
    assert _found(text, "TRN001") == [], text


TENSES = [
    ("The rebels announced on Friday that they down a drone over the lake.", "down"),
    ("The group said yesterday that it hijacks a tanker off the coast.", "hijacks"),
    ("The ministry said its teams launch a vaccination drive a day after the outbreak.", "launch"),
    ("The union said in a statement that it suspends the strike, days after the talks.", "suspends"),
    ("The party said its founder, who is jailed since March 2021, was ill.", "is jailed"),
    ("The agency said that its crews are battling since Sunday six fires in the north.", "are battling"),
]

TENSE_TRAPS = [
    "The company said it targets the youth market with its new phone.",
    "Officials said the plan targets a 5 percent cut in emissions.",
    "The coach said on Sunday he hopes the team wins the cup.",
    "The ministry said it releases a report every year.",
    "He has been jailed since March 2021.",
    "The players have been training since dawn.",
    "Since Monday, the crews are battling six fires.",
]


@pytest.mark.parametrize("text,verb", TENSES)
def test_reported_act_and_since_fire(text, verb):
    assert verb in _found(text, "SYN004"), text


@pytest.mark.parametrize("text", TENSE_TRAPS)
def test_tense_traps_silent(text):
    assert _found(text, "SYN004") == [], text


ORDERS = [
    "The board will review next month a plan to sell the airline.",
    "The assembly endorsed in its session the new electoral law.",
    "Customs seized during the month of Shawwal 12 tonnes of sugar.",
    "The league launched on Friday evening a campaign against racism.",
    "Residents said the festival the thirtieth was cancelled.",
    "The Minister of Interior the Jordanian Mazen Farrayeh toured the crossing.",
    "The website of the army official said the road was shut.",
]

ORDER_TRAPS = [
    "The board said next month the plan would be put to a vote.",
    "The league launched a campaign against racism on Friday evening.",
    "The assembly endorsed the law in its session on Monday.",
    "It was the thirtieth festival the town had held.",
    "The Minister of Interior, Mazen Farrayeh, toured the crossing.",
    "He told on Sunday the story of his escape.",
    "The firm expects next year a rise in sales.",
]


@pytest.mark.parametrize("text", ORDERS)
def test_phrase_order_fires(text):
    assert _found(text, "SYN008") or _found(text, "SYN003"), text


@pytest.mark.parametrize("text", ORDER_TRAPS)
def test_phrase_order_traps_silent(text):
    assert _found(text, "SYN008") == [], text


def test_postposed_council_adjectives():
    assert _found("The head of the council sovereign transitional issued a decree.", "SYN003")
    assert _found("The transitional sovereign council met on Sunday.", "SYN003") == []


UNTRANSLATED = [
    ("The Mudir of the hospital resigned after the fire.", "LNG003"),
    ("The floods will end soon, Mashallah, the preacher said.", "LNG003"),
    ("Volunteers set up the mawkab of the tribe near the shrine.", "LNG004"),
    ("Reporters waited for the mutahaddith of the army outside.", "LNG004"),
    ("The goods were kept in the mustawdaa of the port.", "LNG004"),
]

UNTRANSLATED_TRAPS = [
    ("Mudir Ahmed Salem opened the school.", "LNG003"),
    ("The Wali of Khartoum ordered the markets closed.", "LNG003"),
    ("He is the midfielder of the year.", "LNG004"),
    ("The tarpaulin of the truck was torn.", "LNG004"),
    ("Volunteers set up a mawkab near the shrine.", "LNG004"),
]


@pytest.mark.parametrize("text,rule", UNTRANSLATED)
def test_untranslated_in_slots_fire(text, rule):
    assert _found(text, rule), text


@pytest.mark.parametrize("text,rule", UNTRANSLATED_TRAPS)
def test_untranslated_traps_silent(text, rule):
    assert _found(text, rule) == [], text


def test_able_to_of_security_bodies_and_brother_president():
    assert _found("The competent authorities were able to recover the stolen cars.", "TRN001")
    assert _found("Police were able to recover the stolen cars.", "TRN001") == []
    assert _found("The sultan thanked his brother, President of the Republic Ali Omar.", "TRN001")
    assert _found("The court sentences on Sunday former minister Ali Omar to ten years.", "SYN008")
    assert _found("Prices fell on Sunday more than two percent.", "SYN008") == []


def test_plural_subject_before_its_past_verb_is_no_present():
    text = ("The minister said output rose in June, while the station reported that water cuts "
            "continued on Monday evening in three districts, where the heat reached 48 degrees.")
    assert "cuts" not in _found(text, "SYN004")
