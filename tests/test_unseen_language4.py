"""Language scars of Arabic news MT on unseen text, fourth batch: calque families of reports,
courts and operations (TRN001), tense shapes of reported acts and "since" (SYN004), Arabic order
in a clause or noun phrase (SYN008, SYN003), untranslated words in noun slots (LNG003, LNG004).
Every sentence is our own; what must fire stands beside ordinary English that looks alike and
must stay silent."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config


def _found(text, rule):
    return [f.text for f in check_text(text, config=Config(select=(rule,))).findings if f.rule == rule]


# (rule, sentence): each must be reported by its rule.
FIRES = [
    ("TRN001", "The two convicts will be deported upon the completion of the period of their sentence."),
    ("TRN001", "He will leave the country after the execution of his sentence, the court ruled."),
    ("TRN001", "Traffic on the bridge returned in a normal way on Sunday morning."),
    ("TRN001", "The border post was shut in a final form in 2019."),
    ("TRN001", "Rents rose by a third in a year, the matter that pushed families out of the centre."),
    ("TRN001", "Heavy rain in the south caused the death of seven persons, the civil defence said."),
    ("TRN001", "The phone call dealt with the bilateral relations and the situation in the region."),
    ("TRN001", "Customs officers seized on a quantity of cocaine hidden in a shipment of bananas."),
    ("TRN001", "The troops moved in to clean the last pockets of the militants in the hills."),
    ("TRN001", "The commander in the brigades, who asked not to be named, said the talks had failed."),
    ("TRN001", "The drill came in implementation of the plan of the general command."),
    ("TRN001", "The central bank announced lowering the interest rate by half a point."),
    ("TRN001", "The cabinet decided closing the schools for a week because of the storm."),
    ("TRN001", "The ambassador handed to him a written message from the king."),
    ("TRN001", "The emir received a cable from his brother President Hassan Sheikh Mohamud."),
    ("TRN001", "A session of the council was held under the presidency of the minister of justice."),
    ("TRN001", "Four mayors were charged with the exploitation of their functional influence."),
    ("TRN001", "The fire was put out quickly and no human casualties were reported."),
    ("TRN001", "Rescue work is still continuing until now in the flooded villages."),
    ("TRN001", "The parliament passed the amendment with the status of urgency."),
    ("TRN001", "A new fund will offer loans to the seekers of employment."),
    ("TRN001", "The parties froze the vote to avoid the embarrassment of the prime minister."),
    ("TRN001", "The senate passed the bill at its second deliberation on Monday."),
    ("TRN001", "The governor opened the new hospital, and it is worth mentioning that he visited the wards."),
    ("TRN001", "A plant for desalinated water will supply the island from next year."),
    ("TRN001", "The ministry called upon the citizens to stay indoors during the sandstorm."),
    ("TRN001", "The prime minister stressed the depth of the ties between the two kingdoms."),
    ("TRN001", "The mayor followed up the pace of the construction at the stadium."),
    ("TRN001", "The storm left material damages in the harbour."),
    ("TRN001", "The two envoys talked at the margins of the exhibition in Dubai."),
    ("TRN001", "The army denied in an absolute way that it had shelled the market."),
    ("TRN001", "The governor announced suspending classes in the flooded district."),
    ("TRN001", "The two journalists are still held until now in an unknown place."),
    ("SYN008", "The board will review next month a plan to sell the airline."),
    ("SYN008", "The assembly endorsed in its session the new electoral law."),
    ("SYN008", "Customs seized during the month of Shawwal 12 tonnes of sugar."),
    ("SYN008", "The league launched yesterday evening a campaign against racism."),
    ("SYN008", "Residents said the festival the thirtieth was cancelled."),
    ("SYN008", "The congress the ninth of the union opened in Tunis."),
    ("SYN008", "The Minister of Interior the Jordanian Mazen Farrayeh toured the crossing."),
    ("SYN008", "The website of the army official said the road was shut."),
    ("LNG003", "The Mudir of the hospital resigned after the fire."),
    ("LNG003", "The floods will end soon, Mashallah, the preacher said."),
    ("LNG004", "Volunteers set up the mawkab of the tribe near the shrine."),
    ("LNG004", "Reporters waited for the mutahaddith of the army outside."),
    ("LNG004", "The goods were kept in the mustawdaa of the port."),
]

# (rule, sentence): ordinary English that looks alike; its rule stays silent.
SILENT = [
    ("TRN001", "The execution of the prisoner was delayed by a court order."),
    ("TRN001", "She served her sentence in a prison near the capital."),
    ("TRN001", "The children learn to swim in a natural way."),
    ("TRN001", "The final form of the agreement was published on Friday."),
    ("TRN001", "The matter that the judge raised was left for later."),
    ("TRN001", "The death of three miners shocked the town."),
    ("TRN001", "Firefighters dealt with the blaze in under an hour."),
    ("TRN001", "The opposition seized on the minister's remarks."),
    ("TRN001", "Volunteers clean the beach every Saturday."),
    ("TRN001", "She is a leader in the field of solar power."),
    ("TRN001", "The reply came in the form of a letter."),
    ("TRN001", "The bank approved raising the fee for transfers."),
    ("TRN001", "He announced during the meeting that he would step down."),
    ("TRN001", "The medal was presented to him by the president."),
    ("TRN001", "Prince William and his brother, Prince Harry, walked behind the coffin."),
    ("TRN001", "Growth was strong under the presidency of Barack Obama."),
    ("TRN001", "He was accused of exploiting his position to win contracts."),
    ("TRN001", "The trial studied side effects in human volunteers."),
    ("TRN001", "Until now, the talks have gone well."),
    ("TRN001", "The character of the old town has changed."),
    ("TRN001", "Seekers of truth gathered at the temple."),
    ("TRN001", "The affair was an embarrassment to the government."),
    ("TRN001", "The jury began its deliberations on Monday."),
    ("TRN001", "It is worth mentioning that the road is closed."),
    ("TRN001", "The water factory closed in 2010."),
    ("TRN001", "He called on the citizens who had left to come back."),
    ("TRN001", "The court awarded damages to the widow."),
    ("TRN001", "She followed up on the progress of the repairs."),
    ("TRN001", "Leaders met on the margins of the summit in Rome."),
    ("TRN001", "The notes were written in the margin of the page."),
    ("TRN001", "She announced closing arguments would begin on Monday."),
    ("TRN001", "Until now, the prisoners had been held in the north."),
    ("SYN004", "The company said it targets the youth market with its new phone."),
    ("SYN004", "Officials said the plan targets a 5 percent cut in emissions."),
    ("SYN004", "The coach said on Sunday he hopes the team wins the cup."),
    ("SYN004", "The ministry said it releases a report every year."),
    ("SYN004", "The ministry said on Monday that it launches a vaccination drive next week."),
    ("SYN004", "The firm announced on Tuesday that it closes the plant in March."),
    ("SYN004", "He has been jailed since March 2021."),
    ("SYN004", "The players have been training since dawn."),
    ("SYN004", "Since Monday, the crews are battling six fires."),
    ("SYN008", "The board said next month the plan would be put to a vote."),
    ("SYN008", "The league launched a campaign against racism on Friday evening."),
    ("SYN008", "The assembly endorsed the law in its session on Monday."),
    ("SYN008", "It was the thirtieth festival the town had held."),
    ("SYN008", "The Minister of Interior, Mazen Farrayeh, toured the crossing."),
    ("SYN008", "He told on Sunday the story of his escape."),
    ("SYN008", "The league launched on Friday evening a campaign against racism."),
    ("SYN008", "The firm expects next year a rise in sales."),
    ("LNG003", "Mudir Ahmed Salem opened the school."),
    ("LNG003", "The Wali of Khartoum ordered the markets closed."),
    ("LNG004", "He is the midfielder of the year."),
    ("LNG004", "The tarpaulin of the truck was torn."),
    ("LNG004", "Volunteers set up a mawkab near the shrine."),
]

# (sentence, the verb SYN004 reports): reported acts and "since" shapes.
TENSES = [
    ("The rebels announced on Friday that they down a drone over the lake.", "down"),
    ("The group said yesterday that it hijacks a tanker off the coast.", "hijacks"),
    ("The ministry said its teams launch a vaccination drive a day after the outbreak.", "launch"),
    ("The union said in a statement that it suspends the strike, days after the talks.", "suspends"),
    ("The party said its founder, who is jailed since March 2021, was ill.", "is jailed"),
    ("The agency said that its crews are battling since Sunday six fires in the north.", "are battling"),
]


@pytest.mark.parametrize("rule,text", FIRES)
def test_fires(rule, text):
    assert _found(text, rule), (rule, text)


@pytest.mark.parametrize("rule,text", SILENT)
def test_stays_silent(rule, text):
    assert _found(text, rule) == [], (rule, text)


@pytest.mark.parametrize("text,verb", TENSES)
def test_reported_act_and_since_fire(text, verb):
    assert verb in _found(text, "SYN004"), text


def test_postposed_council_adjectives():
    assert _found("The head of the council sovereign transitional issued a decree.", "SYN003")
    assert _found("The transitional sovereign council met on Sunday.", "SYN003") == []


def test_able_to_of_security_bodies_and_brother_president():
    assert _found("The competent authorities were able to recover the stolen cars.", "TRN001")
    assert _found("Police were able to recover the stolen cars.", "TRN001") == []
    assert _found("The sultan thanked his brother, President of the Republic Ali Omar.", "TRN001")
    assert _found("The court sentences yesterday former minister Ali Omar to ten years.", "SYN008")
    assert _found("The court sentenced on Sunday former minister Ali Omar to ten years.", "SYN008") == []
    assert _found("Prices fell on Sunday more than two percent.", "SYN008") == []


def test_plural_subject_before_its_past_verb_is_no_present():
    text = ("The minister said output rose in June, while the station reported that water cuts "
            "continued on Monday evening in three districts, where the heat reached 48 degrees.")
    assert "cuts" not in _found(text, "SYN004")
