"""SYN004's structural tense shapes (mtqa/tense_shapes.py): a statement dated in the past, a
simple present with "since" + a point in time, a change of quantity reported in the past.
Our own sentences: each shape with variants that must fire and ordinary English that must not."""

from __future__ import annotations

import pytest

from mtqa import api
from mtqa.config import Config


def tense(text: str) -> list[str]:
    report = api.check_text(text, config=Config(select=("SYN004",)))
    return [f.text for d in report.documents for f in d.findings]


@pytest.mark.parametrize("text, flagged", [
    # the time of the statement (or meeting) is the time of the verb made in it
    ("The Jordanian Teachers Syndicate condemns in a statement released last Thursday the detention of "
     "three of its members.", "condemns"),
    ("The Arab League rejects in a statement issued on Sunday the Israeli settlement plan.", "rejects"),
    ("The prime minister affirms in a speech delivered yesterday his commitment to reform.", "affirms"),
    ("The opposition coalition calls in a communique published last week for early elections.", "calls"),
    ("The central bank says in its monthly report issued yesterday that inflation slowed.", "says"),
    ("The bar association denounces in a statement on Friday evening the arrest of a lawyer.", None),
    # (no participle: a weekday may be a plan)
    # since + a point in time
    ("The number of displaced people rises to 12,000 since the start of the fighting.", "rises"),
    ("The death toll reaches 230 since the outbreak of the epidemic in March.", "reaches"),
    ("The coastguard rescues more than 900 migrants since the beginning of the year.", "rescues"),
    ("The border crossing is closed since last Friday because of the clashes.", "is closed"),
    ("Two journalists are detained since early January without charge.", "are detained"),
    ("Fighting goes on in the south, where the army is deployed since early March.", "is deployed"),
    # a change of quantity under a past reporting verb
    ("The health ministry said yesterday that the number of cases rises to 400.", "rises"),
    ("The agency reported that the price of bread increases by 20 percent.", "increases"),
    ("Officials announced on Sunday that the toll climbs to 35 dead.", "climbs"),
    # an event over in a moment, reported in the past
    ("The army said that it arrests 20 suspects in the raid.", "arrests"),
    ("Police said they seize two tonnes of hashish near the port.", "seize"),
    ("The ministry announced yesterday that its forces kill three gunmen in a clash.", "kill"),
    ("Officials said the coastguard rescues 60 migrants off the coast.", "rescues"),
    # a passive present before a past time
    ("Three soldiers are killed yesterday in an explosion near the border.", "are"),
    ("A journalist is arrested last week at the airport on his return from Istanbul.", "is"),
    ("Two fishermen are rescued on Sunday after their boat was hit by a wave.", "are"),
    ("Yesterday, three soldiers are killed in an explosion near the border.", "are"),
    ("Last week, dozens of families are evacuated from the flooded villages.", "are"),
    ("The meeting is held yesterday in Cairo with the participation of ten countries.", "is"),
    ("Two days ago, the new bridge is opened to traffic.", "is"),
    # frames outside the old list
    ("Last March, the government raises the price of fuel by 15 percent.", "raises"),
    ("The government raises the price of fuel last March.", "raises"),
    ("Recently, the ministry launches a campaign against smuggling.", "launches"),
    ("Earlier today, the council approves a new list of prices.", "approves"),
    ("Over the past week, the army arrests dozens of suspects in the south.", "arrests"),
    ("In March last year, the two countries sign a trade agreement.", "sign"),
    ("At the end of last month, the bank cuts its interest rate.", "cuts"),
    # a perfect with a point in the past; a plural noun the tagger reads as a verb
    ("The delegation has left the capital two days ago.", "has left"),
    ("The minister has visited the site on Sunday, where he met the workers.", "has visited"),
    ("Yesterday evening, the coalition warplanes target a weapons depot in the port.", "target"),
    # weekday frames: an event no one schedules, "announces … that", a verb + weekday + object
    ("A fire breaks out on Thursday night in a market in the old city, causing heavy damage.", "breaks"),
    ("A worker dies on Monday when a scaffold collapses at a building site.", "dies"),
    ("The army announces on Wednesday that it regained control of a key bridge.", "announces"),
    ("The coastguard deploys on Friday additional boats along the coast.", "deploys"),
    ("The Tunisian authorities deport last week a group of migrants to the border.", "deport"),
    # a step of the same event after "and" with no comma
    ("The Algerian president appointed on Tuesday a new prime minister and asks him to form a government.", "asks"),
    ("The emir received yesterday a phone call from the French president and they discuss bilateral relations.",
     "discuss"),
    ("The council approved the plan yesterday and calls on donors to help.", "calls"),
    # a verb of one act after "and", coordinated with a past verb, no time needed
    ("The army stormed the village and arrests 20 suspects.", "arrests"),
    ("The minister arrived in Tunis and meets his Tunisian counterpart.", "meets"),
    ("The president received the envoy and asks him to convey a message to the king.", "asks"),
    # a base form after a plural subject before a past year
    ("The two countries sign a trade agreement in 2023 after long talks.", "sign"),
    ("The rebels seize the town in March 2021.", "seize"),
    # a past relative clause between the subject and a present main verb; "holds talks"
    ("The minister, who arrived in Cairo yesterday, meets President Sisi to discuss the crisis.", "meets"),
    ("The envoy, who landed in Tripoli on Sunday, holds talks with the rival sides.", "holds"),
    ("The delegation, which reached Khartoum last week, inspects the damaged bridges.", "inspects"),
    ("The minister arrived in Tunis on Sunday. He holds talks with President Saied.", "holds"),
    ("The health ministry reported 20 new deaths yesterday. The ministry adds that most of the victims were "
     "children.", "adds"),
    # a name in quotes does not make the sentence quoted speech
    ("Yesterday, the \"Wagner\" group announces the withdrawal of its fighters from the town.", "announces"),
    ("The \"Hasm\" movement claims on Sunday responsibility for the attack, and the army said it killed two.",
     "claims"),
    # a fronted time with no comma
    ("On Sunday the cabinet approves the draft law on investment.", "approves"),
    ("Two days ago the authorities arrest a man suspected of smuggling.", "arrest"),
    # an opening phrase that holds a past time
    ("During his visit to Cairo yesterday, the minister inaugurates a new power station.", "inaugurates"),
    ("After talks with the envoy last week, the council approves a plan for elections.", "approves"),
    ("Following the attack that targeted the convoy on Sunday, the army launches a wide operation.", "launches"),
    ("In a speech two days ago, the president affirms his support for the reforms.", "affirms"),
    # the next step of an event told in the past
    ("The foreign minister arrived in Cairo on Sunday for a two-day visit. He meets President Sisi and "
     "discusses the situation in Gaza.", ("meets", "discusses")),  # the verb after "and" shares the frame
    ("Police arrested three men yesterday in the old city. They seize two pistols and a quantity of drugs.", "seize"),
    ("The army launched an operation last week in the north. The troops kill 12 militants and destroy three "
     "hideouts.", ("kill", "destroy")),
    ("The king received the envoy on Monday. He stresses the importance of dialogue.", "stresses"),
    ("The delegation reached Khartoum yesterday. The delegation then inspects the damaged bridge.", "inspects"),
    ("Gunmen stormed a police station at dawn on Friday. They kill two officers and free three detainees.", "kill"),
    # frames of "will", "earlier", "on the 5th", "at dawn today"
    ("The ministry announces on the 5th the start of the school year.", "announces"),
    ("The army destroys at dawn today a tunnel used by smugglers.", "destroys"),
    ("The minister announces earlier that the crossing will reopen.", "announces"),
    # a clause after ", and" with a new subject, joined to an event told in the past
    ("The criminal court sentenced four men to five years in prison for smuggling, and the court orders the "
     "seizure of their boats.", "orders"),
    ("The minister toured the flooded villages, and the ministry sends a team of engineers to the dam.", "sends"),
    ("The cabinet met at the palace and approved the budget, and the finance minister says that the deficit "
     "will shrink.", "says"),
    # a weekday between the verb and an object with no determiner
    ("The two ministers signed a memorandum on energy, and the two sides agree to form a joint committee.", "agree"),
    ("The federation suspended the coach for three matches, and the disciplinary committee imposes a fine on the "
     "club.", "imposes"),
    ("The appeals court upheld the verdict, and the court refers the case to the prosecution.", "refers"),
    # ", where" / ", during which" / ", in which" after a past meeting
    ("The president received the Saudi foreign minister, during which the two sides discuss the situation in "
     "Gaza.", "discuss"),
    ("The king received the envoy at the palace, where they review the latest developments.", "review"),
    ("The two leaders met in Paris, where they sign a defence pact.", "sign"),
    ("The minister met the ambassador, and they discuss ways to boost trade.", "discuss"),
    # "after" / "when" clauses whose tense breaks the main clause's
    ("The club signed the striker on a three-year deal after he spends two seasons in Spain.", "spends"),
    ("The company closed the factory in May after it loses its main customer.", "loses"),
    ("The national team qualifies for the final after it beat Ghana 2-1 in the semi-final.", "qualifies"),
    ("The president resigned after he loses the vote.", "loses"),
    # a relative clause telling one act of the past event
    ("The police arrested the driver who hits a pedestrian on the coastal road.", "hits"),
    ("Investigators identified the officer who shoots the protester, the ministry said.", "shoots"),
    ("The army shot down the drone which kills two soldiers near the base.", "kills"),
    ("The court in Oran sentences on Tuesday former prime minister Ali Salem to ten years.", "sentences"),
    ("The court sentences on Tuesday Salem Haddad to ten years in prison.", "sentences"),
    # an act under a past report, in a sentence that told the event in the past
    ("The club won the league after beating its rival, and the paper said that its captain scores the winning "
     "goal from a penalty.", "scores"),
    ("The army shelled the valley for hours, and monitors said that the strikes hits olive groves.", "hits"),
    ("The monitor reported that the strikes kill 12 people in the village.", "kill"),
])
def test_shapes_fire(text, flagged):
    assert tense(text) == (list(flagged) if isinstance(flagged, tuple) else [flagged] if flagged else [])


@pytest.mark.parametrize("text", [
    # statement frame traps
    "The ministry, in a statement issued yesterday, said the road was open.",
    "The union said in a statement issued on Sunday that the strike would go ahead.",
    "The minister speaks at a conference in Paris on Monday.",
    "The council discusses in its session on Sunday the draft budget.",  # a plan: no participle
    "Calls in a statement published last week went unanswered.",
    "The president's remarks in a speech delivered yesterday drew criticism.",
    "The museum opens in a building completed last year.",
    "The agency publishes in its bulletin the prices of last month.",
    # since traps
    "The rate is the highest since 2009.",
    "Prices are up 5 percent since January.",
    "The region has been calm since the truce.",
    "Since the ministry closes on Fridays, residents queue on Thursdays.",
    "It is the first visit by a Saudi king since 2017.",
    "Turnout reaches its lowest level since the 1990s.",
    "Unemployment stands at 12 percent, its highest level since 2015.",
    "The team plays its first final since 1998 on Sunday.",
    "The Security Council has steadily tightened sanctions on the country since 2006.",
    "The valley has seen several similar raids since 2019, most of them at night.",
    "Israeli strikes since October killed 40 people in the camp.",
    "The town, under siege since March, receives aid by air.",
    "He has lived in Amman since 2012.",
    "Since January, the ministry has issued 400 permits.",
    "The company, which employs 400 people since its founding, is based in Tunis.",
    # reported change traps
    "The central bank said inflation rises by about 2 percent every year.",
    "The report said the risk rises to 40 percent if nothing is done.",
    "Officials said the toll could rise to 50.",
    "The agency said the number of visitors rose to 2 million last year.",
    "The statistics office said the population grows by 2 percent a year.",
    "Analysts said prices rise when the currency weakens.",
    "The river rises to its highest level in spring.",
    "The minister said that his country supports the initiative.",
    "Police said they arrest dozens of people every week.",
    "The ministry said the law bans the sale of the drug.",
    "The army said it would arrest anyone who crossed the line.",
    "The report said police arrest more people when unrest rises.",
    "Rights groups said the arrests of the activists were illegal.",
    "The agency said the bombs kill the fish in the lake.",
    "On Friday, the winners are announced at a ceremony in the capital.",
    "On Sunday, a journalist is arrested at the airport, police fear.",
    "The hall is closed on Fridays, and it was closed yesterday too.",
    # passive and new-frame traps
    "Elections are held on Sunday, the commission announced.",
    "The hostages are released on Sunday under the deal, officials said.",
    "Prices are compared with last year.",
    "What is needed now is calm, he said yesterday.",
    "The law passed last year is applied in all provinces.",
    "The suspects are wanted by police for a robbery last month.",
    "Two suspects are questioned after the robbery last month, police said.",
    "Those injured are treated at the hospital, which opened last year.",
    "The veterans hold the last march of the season in the old town.",
    "Over the past week, the army has arrested dozens of suspects.",
    "Last March, prices rose by 15 percent.",
    # weekday traps
    "A concert takes place on Friday night in the old theatre.",
    "The storm hits the coast on Sunday, forecasters warn.",
    "The council announces on Monday whether the market reopens.",
    "A heavy storm is expected to hit the coast on Sunday.",
    "The festival on Saturday features additional concerts.",
    # "and" traps
    "The minister arrived on Sunday and meets the king on Monday.",
    "The army withdrew on Sunday and remains outside the town.",
    "She studied law last year and works as a lawyer.",
    "The president met the envoy yesterday and discussed the crisis.",
    "The army took the town on Sunday and continues its advance.",
    "The committee was formed last year and meets every month.",
    "She studied law and works as a lawyer in Amman.",
    "The company was founded in 1990 and employs 300 people.",
    "The minister arrived in Tunis and meets his counterpart on Monday.",
    "He said the army stormed the village and arrests were made.",
    "The rebels captured the town and now control the road.",
    # the word after "and" heads the subject of a later verb: a plural noun, not a verb
    "The union rejected the offer yesterday and calls for more talks are growing.",
    "The ministry closed the crossing yesterday and calls for its reopening have grown louder.",
    "Police broke up the march on Sunday and arrests of students were reported in two towns.",
    "The minister says the army stormed the village and arrests suspects every day.",
    "The studies cover deaths in 2019 and 2020.",
    "The figures show a rise in 2022.",
    "The two countries signed a trade agreement in 2023.",
    "The museum, which opened last year, holds 300 paintings.",
    "The minister, who arrived yesterday, says the talks will go on.",
    "The minister, who arrives on Sunday, meets President Sisi on Monday.",
    "The company, which was founded two years ago, employs 300 people.",
    "The museum opened last year. It holds 300 paintings and a library.",
    "Protesters gathered outside parliament on Sunday. They demand the release of detainees.",
    "The opposition met on Monday. It rejects the plan and calls for new elections.",
    "The army withdrew from the village and denies any wrongdoing.",
    "The virus spread to the south last year. It kills about one in ten of those infected.",
    "The ministry reported 20 deaths yesterday. The ministry says that most were children.",
    "\"We will stay here,\" the minister says yesterday.",
    "He said yesterday: \"The army controls the town and holds the bridge.\"",
    "The minister said \"the talks fail\" yesterday.",
    # no-comma traps
    "On Friday the team plays its last match of the season.",
    "On Friday the president visits Paris for talks.",
    "Yesterday the minister met the envoy.",
    # perfect traps
    "The team has played on Sunday evenings for years.",
    "The minister has promised to visit on Sunday.",
    "The museum has been closed on Sundays since 2019.",
    "The ministry has said that the talks would resume on Sunday.",
    "The delegation has been in the capital since two days ago.",
    # opening-phrase traps
    "During his visit to Cairo next week, the minister inaugurates a new power station.",
    "After talks with the envoy last week, the council approved a plan for elections.",
    "In last year's elections, the party wins most of the seats.",
    "At a meeting on Sunday, the council approves the budget.",  # may be a plan: no past verb
    # narrative traps: states, habits, plans, a time of its own, a text's content, a new topic
    "The army said on Sunday it had retaken the town. The town lies on the main road to the coast.",
    "Police arrested two men yesterday. The men face charges of smuggling.",
    "The parliament passed the law last week. The law bans smoking in public places.",
    "The president signed the decree yesterday. It grants amnesty to hundreds of prisoners.",
    "The minister visited the dam on Sunday. The dam supplies water to three provinces.",
    "The agency published its report on Tuesday. The report warns of famine in the north.",
    "The army launched an offensive last week. The offensive aims to retake the city.",
    "The envoy met the president on Monday. Rosenberg oversees the talks on the border.",
    "The museum reopened last month. It receives about 300 visitors a day.",
    "The rebels seized the town in 2015. They control much of the north.",
    # "earlier" and "will" traps
    "The report, published earlier, shows a rise in prices.",
    "He arrived earlier than expected.",
    "An earlier version of the plan was rejected.",
    "Two years earlier, the company moved its headquarters.",
    "Earlier reports said the road was closed.",
    "The ministry announces on the 5th floor of the building a new service.",
    "The museum opened last year. It holds 300 paintings.",
    "The committee was formed last year. It meets every month in the capital.",
    "The charity was founded two years ago. It receives donations from abroad.",
    "Police arrested the man on Sunday. He faces charges of fraud.",
    "The company announced its results on Monday. It expects growth of 5 percent.",
    "The minister arrived in Cairo on Sunday. He will meet President Sisi on Monday.",
    "The minister arrived in Cairo on Sunday. He meets President Sisi on Monday.",
    "The minister arrived in Cairo on Sunday. The visit is his first since taking office.",
    "The rebels attacked the town. They kill civilians, residents say.",  # no past time: not told as an event
    # a clause after ", and": states, habits, stances, a present in the first clause, one past for "says that"
    "The cabinet approved the budget, and the finance minister says that the deficit will shrink.",
    "The bank raised its rates last year, and the governor expects more increases.",
    "The team won the cup in 2019, and the club now plays in the first division.",
    "The army withdrew from the town, and the situation remains calm.",
    "The council approved the plan, and the mayor hopes work starts in May.",
    "The company was founded in 1990, and its factory employs 300 workers.",
    "Police arrested two men, and the investigation continues.",
    "The rebels seized the airport, and the government denies the reports.",
    "The union is angry and the strike went ahead, and the minister orders an inquiry.",
    "The minister opened the hospital, and he stresses that the state will support the sector.",
    "The rebels attacked the town, and the two sides remain far apart.",
    "The talks ended, and the prices of fuel rise again.",
    # "after" / "when": relating verbs, plans, conditions, habits, a past on both sides
    "The move comes after the government raised fuel prices.",
    "The company expects growth after it cut costs last year.",
    "The company said it would hire more staff when demand picks up.",
    "The team won the cup after it beats the hosts every year.",
    "The minister resigned when the scandal broke.",
    "Prices rose after the bank cut rates, and analysts expect more increases when the new tax takes effect.",
    "The museum reopened after it underwent a two-year renovation.",
    "The film follows a man who leaves his village after the war ends.",
    # ", where" clauses of states, habits, roles and plans
    "He moved to London, where he works as a doctor.",
    "The minister visited the town, where residents hold a market every Friday.",
    "The team travelled to Rabat, where it faces Morocco on Sunday.",
    "The fire broke out in the market, where traders sell clothes.",
    "The company opened a plant in Tangier, where it employs 2,000 workers.",
    "The envoy arrived in Geneva, where talks resume on Monday.",
    "The minister arrived in Rabat, where he meets his counterpart on Tuesday.",
    # relative clauses of roles, habits, texts and coming events
    "The UN condemned the militia, which kills civilians in the north.",
    "Police arrested a man who sells fake medicines to pharmacies.",
    "The court jailed the gunman who kills three people every year.",
    "The council approved the law, which bans the sale of alcohol near schools.",
    "The ministry thanked a nurse who runs a clinic in the camp.",
    "The court convicted the man who kills his wife in a new trial next month.",
    # a weekday that belongs to the time, or a coming date
    "The parliament votes on Tuesday night on the draft budget.",
    "The museum opens on Friday March 3 with a concert.",
    "The general assembly meets on Tuesday local time in New York.",
    # an act under a past report that may be an aim or a habit
    "The firm, which launched a new phone, said it targets the youth market.",
    "The company said it targets the youth market.",
    "The army said the strikes target militant positions every night.",
    "The monitor said the floods kill livestock every spring.",
    "The team lost, and the coach said that the striker scores from next week on set pieces.",
])
def test_traps_stay_silent(text):
    assert tense(text) == []


def will(text: str) -> list[str]:
    report = api.check_text(text, config=Config(select=("SYN005",)))
    return [f.text for d in report.documents for f in d.findings]


@pytest.mark.parametrize("text, fires", [
    ("Yesterday, the minister will inaugurate the new hospital in the north.", True),
    ("Last week, the council will approve the budget for next year.", True),
    ("Two days ago, the army will launch an operation against the rebels.", True),
    ("On Sunday, the minister will inaugurate the new hospital.", False),  # the coming Sunday
    ("Two days ago, the minister said the bridge will reopen next week.", False),
    ("Yesterday's decision will change the rules.", False),
    ("The ministry will publish the figures for last year.", False),
])
def test_will_after_a_past_opening(text, fires):
    assert will(text) == (["will"] if fires else [])


@pytest.mark.parametrize("text, fires", [
    ("The summit, which will be held on Sunday in Rabat, concluded with a call for calm.", True),
    ("The forum, which will be held in Doha, ended with a joint statement.", True),
    ("The minister, who will visit Paris on Sunday, said the talks were going well.", False),
    ("The bridge, which will open next year, cost 20 million dollars.", False),
    ("The envoy, who will arrive on Monday, met the king by phone.", False),
    ("The festival, which will be held next month, was announced yesterday.", False),
])
def test_will_in_a_relative_clause_told_as_over(text, fires):
    assert will(text) == (["will"] if fires else [])


def test_the_tense_rule_keeps_no_tokens_it_made():
    """SYN004 reads the tokens (and tags) of many sentences; it must not keep them on a long
    document (8 MB of text held every sentence's tokens: +78 MB), and its findings stay. A
    record's few tokens and tags stay for the rules after it (they would be made again)."""
    from mtqa.document import KEEP_VIEWS_BELOW, Document
    from mtqa.rules import check_one, get

    record = ("The army stormed the village and arrests 20 suspects. The minister visits Cairo yesterday. "
              "Talks resumed on Monday and the delegates said little.")
    text = "\n\n".join([record] * (KEEP_VIEWS_BELOW // len(record) + 1))
    doc = Document(text)
    findings = check_one(get("SYN004"), doc)
    assert [text[f.start:f.end] for f in findings[:2]] == ["arrests", "visits"]
    assert all(s._tokens is None and s._tags is None for s in doc.sentences)
    tokenised = Document(text)
    for sentence in tokenised.sentences:
        sentence.tokens  # made before the rule: left in place
    assert [(f.start, f.end) for f in check_one(get("SYN004"), tokenised)] == [(f.start, f.end) for f in findings]
    assert all(s._tokens is not None for s in tokenised.sentences)
    short = Document(record)
    assert [(f.start, f.end) for f in check_one(get("SYN004"), short)] == [(f.start, f.end) for f in findings[:2]]
    assert all(s._tokens is not None for s in short.sentences)


@pytest.mark.parametrize("text", [
    "The talks ended YESTERDAY.", "He left two weeks Ago.", "It rained overnight.", "At DAWN, they left.",
    "On The 3RD the court met.", "On 12\tJune the court met.", "Prices rose in MARCH 4.", "The blast hit Chicago.",
    "Lastly, the Mondays were quiet.", "Prices rose 4 percent.", "Die Gespräche endeten gestern, am Montag.",
    "Les pourparlers ont eu lieu le 3 mars.", "İt happened last week.", "He came on Sunday's train.",
])
def test_past_time_test_is_the_case_blind_search(text):
    from mtqa import tense_shapes

    assert tense_shapes._has_past_time(text) == (tense_shapes._PAST_TIME_WORD.search(text) is not None)


@pytest.mark.parametrize("present, past", [
    ("refers", "referred"), ("occurs", "occurred"), ("bans", "banned"), ("admits", "admitted"),
    ("visits", "visited"), ("opens", "opened"), ("targets", "targeted"), ("orders", "ordered")])
def test_past_tense_doubles_the_last_consonant_where_english_does(present, past):
    from mtqa.rules.syntax import past_tense

    assert past_tense(present) == past
