"""Language scars of Arabic news MT on unseen text, seventh batch: calque families with their slots
open (rankings, editions, halts that "lasted", court and trade phrases, the summit match, "since"
+ a bare span), not a weekday or a contest's round between a verb and its object (SYN008: on text
nobody had read such findings were English), "since" with a plural's base form or "was" + participle, a present perfect with a named past month
in a report (SYN004), and verbs of sport,
health and court reports in the verb lexicon (SYN001). Every sentence is our own; what must fire
stands beside ordinary English that looks alike and must stay silent."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config

# A second MT scar, for the findings that are weighed (reported only beside another finding).
_SCAR = " It is mentioned that the town was founded in 1920."


def _found(text, rule):
    findings = check_text(text, config=Config(select=(rule, "TRN001"))).findings
    return [f.text for f in findings if f.rule == rule and not f.text.startswith("It is mentioned")]


# (rule, sentence): each must be reported by its rule.
FIRES = [
    ("TRN001", "The club finished in the third place after a late defeat."),
    ("TRN001", "The airport ranked in the second position among the region's airports."),
    ("TRN001", "The film occupied the first rank at the box office."),
    ("TRN001", "The book fair, now in its 12th session, opened to the public on Friday."),
    ("TRN001", "Crowds came to the fifth session of the Muscat Book Fair."),
    ("TRN001", "Trains ran again after a stop that lasted nine days."),
    ("TRN001", "The refinery resumed work in June after a shutdown that lasts for four months."),
    ("TRN001", "Officials expect the reserves of the country from gold to rise."),
    ("TRN001", "The lawyer asked to hear the testimonies of the accused."),
    ("TRN001", "The court handed him ten years of actual prison."),
    ("TRN001", "The appeals court on Monday endorsed the sentence against the three smugglers."),
    ("TRN001", "The regulator cut the benchmark rate of interest to 4 percent."),
    ("TRN001", "The visitors lost the summit of the Qatari league by a single goal."),
    ("TRN001", "Tickets sold out for the summit match between the two leaders."),
    ("TRN001", "The bank cut the rate by 75 points of basis."),
    ("TRN001", "The side was crowned with the Gulf Cup title for the third time."),
    ("TRN001", "Doctors warn since years that the clinics lack staff."),
    ("TRN001", "Families have waited since a while for the new homes."),
    ("TRN001", "Bread prices registered a sharp rise of 9 percent in May." + _SCAR),
    ("TRN001", "The agency quoted officials that the port would reopen on Monday." + _SCAR),
    ("SYN001", "The winger scored the only goal, and dedicated the Tunisian the win to the fans."),
    ("TRN001", "The tribunal issued a decision of unconstitutionality against the decree."),
    ("TRN001", "A judge sentenced the two bankers to jail for seven years." + _SCAR),
    ("TRN001", "Flights will return to their normal rates next week." + _SCAR),
    ("TRN001", "The coach praised the players after their win over the Libyan Ittihad 2-0."),
    ("TRN001", "The hosts celebrated a draw against the league leaders 1–1."),
    ("TRN001", "The union urged its members to the importance of voting."),
    ("TRN001", "The driver was taken to hospital in a serious health condition."),
    ("TRN001", "The tribunal adjourned the hearing to the session of 14 October."),
    ("SYN001", "In front of the court, demonstrated dozens of lawyers against the verdict."),
    ("SYN001", "Gathered hundreds of fans at the airport to greet the team."),
]

# (rule, sentence): ordinary English that looks alike; its rule stays silent.
SILENT = [
    ("TRN001", "Why did the delegates come in the first place?"),
    ("TRN001", "In the second place, the plan costs too much."),
    ("TRN001", "The runner finished in second place."),
    ("TRN001", "The army occupied the first position on the hill."),
    ("TRN001", "The assembly, in its second session, passed the budget."),
    ("TRN001", "The third session of the trial was adjourned."),
    ("TRN001", "Talks resumed after a suspension that lasted a year."),
    ("TRN001", "The meeting resumes after a break that lasts an hour."),
    ("TRN001", "Exports of wheat from Ukraine rose."),
    ("TRN001", "Sales of fuel made from sugar cane grew."),
    ("TRN001", "The court heard the witnesses for the defence."),
    ("TRN001", "Effective prison reform takes years."),
    ("TRN001", "The mayor supported the ruling on the new road."),
    ("TRN001", "The rate of interest on the loan is fixed."),
    ("TRN001", "The climbers reached the summit of the mountain."),
    ("TRN001", "The club sits at the summit of the league table."),
    ("TRN001", "She was crowned with the laurel wreath of the games."),
    ("TRN001", "Things changed since years of war ended."),
    ("TRN001", "The paper quoted sources that the ministry trusts." + _SCAR),
    ("TRN001", "The thermometer registered a tremor of the needle." + _SCAR),
    ("SYN008", "The ministry announced on Sunday a plan to repair the road." + _SCAR),
    ("SYN008", "The governor inaugurated on Thursday a water plant in the south." + _SCAR),  # English news writes a weekday or a round there too
    ("SYN008", "The two firms signed in Doha on Monday an accord on shipping." + _SCAR),  # English news writes a weekday or a round there too
    ("SYN008", "The holders will meet in the next round the winner of the Oran tie." + _SCAR),  # English news writes a weekday or a round there too
    ("SYN008", "The army shelled on Friday the Yemeni Saada market." + _SCAR),  # English news writes a weekday or a round there too
    ("SYN008", "The court will rule on Monday the 3rd." + _SCAR),
    ("SYN008", "The governor inaugurated on Thursday a water plant in the south."),  # no scar beside it
    ("SYN001", "He scored twice and dedicated the win to his mother."),
    ("SYN008", "The holders will meet the winner of the Oran tie in the next round." + _SCAR),
    ("SYN008", "Voters will decide in the second round the fate of the reform." + _SCAR),  # a verb that takes a clause
    ("SYN008", "The holders will meet in the next round the winner of the Oran tie."),  # no scar beside it
    ("TRN001", "The tribunal ruled the decree unconstitutional."),
    ("TRN001", "He was sent to prison for life." + _SCAR),
    ("TRN001", "A judge sentenced the two bankers to seven years in jail." + _SCAR),
    ("TRN001", "Flights will return to normal next week." + _SCAR),
    ("TRN001", "Flights will return to their normal rates next week."),  # no scar beside it
    ("TRN001", "The coach praised the players after their 2-0 win over Ittihad."),
    ("TRN001", "Their win over Ittihad in 2021 was the last."),
    ("TRN001", "The union urged its members to vote."),
    ("TRN001", "The driver was taken to hospital in a serious condition."),
    ("TRN001", "Asthma is a common health condition."),
    ("TRN001", "The tribunal adjourned the hearing until 14 October."),
    ("TRN001", "The bill was sent to the session of parliament."),
    ("SYN001", "Outside the court, dozens of lawyers demonstrated against the verdict."),
    ("SYN001", "Gathered at the gate were hundreds of fans."),
    ("SYN001", "Outside the court, gathered reporters waited for the verdict."),
]


def test_score_slot_matches_a_tally_only():
    import re

    from mtqa.patterns import compile_pattern

    source, _ = compile_pattern("draw with [Cap] [score]", {}, "test")
    assert re.match(source, "draw with Zamalek 1-1", re.IGNORECASE)
    assert re.match(source, "draw with Zamalek 2–2", re.IGNORECASE)
    assert not re.match(source, "draw with Zamalek 2019", re.IGNORECASE)
    assert not re.match(source, "draw with Zamalek 1-", re.IGNORECASE)


# (sentence, the words SYN004 reports): "since" with a plural's base form or "was" + participle.
TENSES = [
    ("The nurses, who strike since January, met the minister.", "strike"),
    ("The drivers who protest since Monday blocked the road.", "protest"),
    ("The former governor was detained since May 2020 in the capital.", "was detained"),
    ("The two roads were closed since 2019, residents said.", "were closed"),
    ("The lira, which loses half of its value since the start of the war, fell again.", "loses"),
    ("The office said that wheat stocks have fallen by a tenth in April.", "have fallen"),
    ("The minister told reporters that he has visited the plant in July to see the damage.", "has visited"),
    ("The bureau said on Sunday that food prices climb by 4 percent in a month.", "climb"),
    ("The agency reported that sales of tractors drop by a fifth.", "drop"),
]

TENSE_TRAPS = [
    "The road was closed since the storm had cut it in two.",
    "It was the first time since 2010 that the side won.",
    "The farmers, who live since 2015 in tents, asked for help.",
    "The workers who strike since the company cut pay were fired.",
    "He has been detained since May 2020.",
    "The crash is said to have happened in May 2019.",
    "The council said it has scheduled the vote in June.",
    "Stocks have fallen in April, the office said.",
    "The office said stocks have fallen since April.",
    "The office said prices have risen in May and June.",
    "The bureau said the rise to 4 percent was expected.",
    "The bureau said the price increase by 4 percent was a shock.",
    "The bureau said prices climb by 4 percent every winter.",
]


@pytest.mark.parametrize("rule,text", FIRES)
def test_fires(rule, text):
    assert _found(text, rule), (rule, text)


@pytest.mark.parametrize("rule,text", SILENT)
def test_stays_silent(rule, text):
    assert _found(text, rule) == [], (rule, text)


@pytest.mark.parametrize("text,words", TENSES)
def test_since_with_a_plural_base_or_was_fires(text, words):
    assert words in _found(text, "SYN004"), text


@pytest.mark.parametrize("text", TENSE_TRAPS)
def test_since_traps_stay_silent(text):
    assert _found(text, "SYN004") == [], text


def test_since_fixes():
    found = {f.text: f.suggestions[0].replacement
             for f in check_text("The former governor was detained since May 2020 in the capital. "
                                 "The nurses, who strike since January, met the minister.",
                                 config=Config(select=("SYN004",))).findings}
    assert found == {"was detained": "has been detained", "strike": "have been striking"}
