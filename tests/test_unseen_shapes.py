"""Shapes of Arabic news MT on unseen text (issue 14): each mechanism checked on sentences of our
own that differ in wording and structure from the examples in the data files, and on ordinary
English that looks alike. Formulas after a dateline ("Aden - For her part,") count as sentence
starts."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config

CALQUE_VARIANTS = [
    'Aden - In her turn, the governor said the port would reopen.',
    'Mosul (INA) - In a related context, the police arrested two men.',
    'Rabat - It is mentioned that the dam is full.',
    'Clashes broke out in the western countryside of Idlib overnight.',
    'Farmers in the countryside of Daraa lost their crops.',
    'The southern countryside of Aleppo was shelled.',
    'The minister warned of the phenomenon of early marriage.',
    'Officials discussed the phenomena of smuggling and theft.',
    'Doctors are worried about the phenomenon of drug abuse among teenagers.',
    'The meeting reviewed the mechanisms of supporting small farmers.',
    'They agreed on the mechanisms of returning the displaced.',
    'The two sides discussed mechanisms of financing the project.',
    'The envoy raised the file of the detainees with the minister.',
    'The talks covered the file of the displaced and the reconstruction.',
    'Pilgrims arrived for the season of Umrah.',
    'Farmers prepared for the season of olive picking.',
    'A car exploded on the road of Al-Hamra.',
    'Drones struck a truck on the highway of Khalda.',
    'Fuel ran out in the hospitals of the province.',
    'Schools of the governorate closed for the heat.',
    'The rebels attacked positions of the militia near the dam.',
    'Aircraft struck gatherings of the rebels in the valley.',
    'Inflation rose, according to data of the Central Statistics Office.',
    'Figures of the Health Ministry showed 40 new cases.',
    'The government will pay the salaries of the public sector next week.',
    'The dues of the private sector workers were delayed.',
    'The heroes of the police arrested the gang.',
    'The lions of the army crossed the river.',
    'The elements of the national guard stopped the truck.',
    'Police killed an armed element who fired at them.',
    'Two terrorist elements were arrested in the city.',
    'The minister inspected the works of the new hospital.',
    'The king began a state visit of two days to Spain.',
    'Farmers called a strike of three days.',
    'The ministers will hold a workshop of four hours on water.',
    'The president greeted citizens on the advent of the holy month.',
    'The emir sent greetings on the coming of Eid.',
    'He congratulated the king on the national day of his kingdom.',
    'The president offered condolences, praying to Allah Almighty to grant him mercy.',
    'The sheikh, may his life be prolonged, received the delegation.',
    'The king asked God to cover the victims with his wide mercy.',
    'The two parties reached to a deal on prisoners.',
    'They reached to the final formula late at night.',
    'He was appointed a member in the executive board.',
    'The ministry warned from continuing the strike.',
    'The army warned from targeting civilians.',
    'A source stated to the channel that the talks had failed.',
    'The official disclosed to the newspaper that the deal was off.',
    'The spokesman declared to Al-Arabiya that the army was ready.',
    'Police arrested the driver on charge of smuggling.',
    'Three men were jailed on accusations of fraud.',
    'The president held with them talks on the crisis.',
    'The minister received his counterpart and exchanged with him views on trade.',
    'The governor followed up with the engineers the implementation of the plan.',
    'The prisoners were released for humanitarian motives.',
    'The road was closed due to security considerations.',
    'The army dealt with the sources of fire.',
    'The unit silenced the source of shelling.',
    'The bank wants to bring inflation back to its normal rates.',
    'The minister stressed the keenness of the kingdom on regional stability.',
    "He praised the country's keenness on supporting peace.",
    'The drone entered the Iraqi territory from the east.',
    'The missiles fell inside the Lebanese territory.',
    'A boy was killed by the bullets of the occupation.',
    'A woman was hurt by the fire of the soldiers.',
    'Members of the Hamas movement arrived in Cairo.',
    'The ISIS organisation claimed the attack.',
    'The king received a written letter from the sultan.',
    'The law was passed by majority of the members.',
    'The elections passed in calm conditions.',
    'The draft law related to the budget was sent to parliament.',
    'The ceremony was attended by their excellencies the ministers.',
    'A source who asked to withhold his name said the deal was signed.',
]

ORDINARY_ENGLISH = [
    'The countryside was beautiful in spring.',
    'The English countryside is green.',
    'The phenomenon has been studied for decades.',
    'The mechanism of the virus is unclear.',
    'The road to the airport is closed.',
    'The season opened with a big win.',
    'Data from the central bank showed growth.',
    'The salaries of teachers rose by 5 percent.',
    'He was a hero of the revolution.',
    'The elements of the deal were agreed.',
    'The court gave him a sentence of five years.',
    'After a delay of two hours, the flight left.',
    'The advent of the internet changed the press.',
    'He reached to the top shelf for the book.',
    'She is a member of the council.',
    'Party members in the region voted.',
    'He warned from the outset that the plan was risky.',
    'The minister confirmed to reporters that talks had ended.',
    'He is in charge of the budget.',
    'He held the child in his arms.',
    'Firefighters were able to rescue the family.',
    'The source of the fire is still unknown.',
    'The Palestinian territories face a crisis.',
    'The bullets were found at the scene.',
    'The Hamas leader spoke on Monday.',
    'Islamic State claimed the attack.',
    'He sent a written statement to the court.',
    'A majority of the members voted yes.',
    'The patient is in good condition.',
    'The law relating to tax was amended.',
    '"We ask God to protect us," she said.',
    'He asked the court to grant him bail.',
    'The shadow of the war hung over the talks.',
    'Their Royal Highnesses visited the school.',
    'The visit of two ministers was cancelled.',
    'Officials met in Doha in a positive atmosphere.',
    'The police said the prisoners were released for good behaviour.',
    "The country's economy grew.",
    'He was keen on football.',
    'The project was financed under the auspices of the UN.',
    'The plan was approved by a majority of the board.',
    'The statement was issued on the occasion of the anniversary.',
    'He spoke of his keenness to help.',
]


def _rules(text, select=("TRN001",)):
    return [f.rule for f in check_text(text, config=Config(select=select)).findings]


@pytest.mark.parametrize("sentence", CALQUE_VARIANTS)
def test_calque_variant_fires(sentence):
    assert "TRN001" in _rules(sentence), sentence


@pytest.mark.parametrize("sentence", ORDINARY_ENGLISH)
def test_ordinary_english_is_silent(sentence):
    assert _rules(sentence, ("TRN001", "LNG", "TYP")) == [], sentence


def test_dateline_opens_a_clause():
    from mtqa.document import Document
    from mtqa.rules.clause_starts import clause_starts

    doc = Document("Aden (SABA) - For her part, the governor spoke. Then he left.")
    starts = clause_starts(doc)
    assert doc.prose.index("For her part") in starts and 0 in starts
    assert _rules("Aden (SABA) - In her turn, the governor spoke.") == ["TRN001"]
    assert _rules("Aden - the port, for her part in the deal, was paid.") == []


ROMANISED_VARIANTS = [
    ("The mudeer of the water company was sacked.", "mudeer"),
    ("Police sealed off the mukhayyam after the clashes.", "mukhayyam"),
    ("The elders urged sabr and calm between the clans.", "sabr"),
    ("The preacher opened with al-hamdu lillah and prayed.", "al-hamdu"),
    ("The Majlis al-Umma passed the bill.", "Majlis al-Umma"),
    ("The Majlis Nuwwab al-Shaab met in Tunis.", "Majlis Nuwwab al-Shaab"),
    ("Ra'is al-Wuzara opened the bridge on Sunday.", "Ra'is al-Wuzara"),
    ("Al-Diwan Al-Amiri said the ruler would travel.", "Al-Diwan Al-Amiri"),
    ("Pilgrims walked for days for Ziyarat al-Arbaeen.", "Ziyarat al-Arbaeen"),
    ("Greetings were exchanged on Eid al-Adha al-Mubarak.", "al-Mubarak"),
    ("The two tribes agreed on ta'awun in the valley.", "ta'awun"),
]

ROMANISED_TRAPS = [
    "The sheikh and the imam spoke about sharia and zakat.",
    "Saif al-Islam Gaddafi and Nour al-Din Zenki were named.",
    "Jaish al-Adl and Hayat Tahrir al-Sham claimed attacks.",
    "The wilayat of Ibri and the wilaya of Oran were flooded.",
    "The gingham shirts and the roughest seas were sold at the bazaar.",
    "The raffia baskets and the ushabti figures were shown at the museum.",
    "He dreamt that the sultanate would host the hajj pilgrims.",
    "Muslims celebrated Eid al-Fitr and the month of Ramadan.",
    "Don't say it's the nation's o'clock news.",
]


@pytest.mark.parametrize("sentence,span", ROMANISED_VARIANTS)
def test_romanised_shape_fires(sentence, span):
    findings = check_text(sentence, config=Config(select=("LNG",))).findings
    assert any(span in sentence[f.start:f.end] or sentence[f.start:f.end] in span for f in findings), (sentence, findings)


@pytest.mark.parametrize("sentence", ROMANISED_TRAPS)
def test_romanised_shape_silent(sentence):
    assert _rules(sentence, ("LNG004",)) == [], sentence


def test_spelling_key_folds_long_vowels_and_doubles():
    from mtqa.rules.romanised_shape import fold

    assert fold("mudeer") == fold("mudir") == fold("mudiir")
    assert fold("ta'awun") == fold("taawun") == "tawun"


def test_single_guillemets_are_reported():
    assert _rules("He called it ‹a first step› on Monday.", ("TYP013",)) == ["TYP013", "TYP013"]


SPLICE_VARIANTS = [
    'Tripoli - The central bank raised the price of the dollar, the decision angered traders in the capital.',
    'The storm hit the coast on Tuesday, it destroyed dozens of fishing boats.',
    'The governor opened a new school in the village, the school will take 300 pupils.',
    'Gunmen attacked a checkpoint near the border, the army said in a statement that two soldiers were hurt.',
    'The ministry closed the crossing on Monday, officials gave no reason for the move.',
    'Aden (SABA) - The power station stopped working overnight, the company blamed a fuel shortage.',
    'Fuel prices rose by a fifth in March, the government has promised to review them.',
    'The delegation arrived in Cairo on Sunday, its members will meet the foreign minister.',
]

SPLICE_TRAPS = [
    'The storm hit the coast on Tuesday, the weather office said.',
    'The storm hit the coast, destroying dozens of boats.',
    'As the storm hit the coast, residents fled inland.',
    'The storm, which hit the coast on Tuesday, destroyed boats.',
    'The storm hit the coast on Tuesday, a day earlier than forecast.',
    'Egypt, Jordan, Iraq and the UAE signed the deal on Monday.',
    'The company said that on Monday, the plant was closed.',
    '"The road is shut, the bridge is down," the mayor said.',
    'Oil rose 2 percent, gold fell 1 percent and the dollar held steady.',
    'We tried our best, we lost anyway.',
    'Despite the rain, the match went ahead.',
    'The minister, the envoy and the general met in Rome.',
    'The talks collapsed on Monday, the third round to fail this year.',
    'The talks ended on Monday, the minister said, and a new round will follow.',
]


@pytest.mark.parametrize("sentence", SPLICE_VARIANTS)
def test_comma_splice_fires(sentence):
    assert "STY002" in _rules(sentence, ("STY002",)), sentence


@pytest.mark.parametrize("sentence", SPLICE_TRAPS)
def test_comma_splice_silent(sentence):
    assert _rules(sentence, ("STY002",)) == [], sentence


def test_comma_splice_chain_after_attribution():
    text = ("Doha - The council will meet next week, the council said in a statement, the meeting will "
            "last two days, it will be held in the capital.")
    assert _rules(text, ("STY002",)) == ["STY002", "STY002"]


# (Natural news English is no calque, whatever its Arabic origin: "were able to thwart", "under
# the sponsorship of", "the efforts exerted by", "ways of strengthening", "the Egyptian side
# said" are left alone; tests/data/precision_traps.txt holds them.)
MORE_CALQUE_VARIANTS = [
    'The union demanded from the ministry to pay the bonuses.',
    'A witness said to the channel that the shooting lasted an hour.',
    'The spokesman told to Al-Arabiya that the army was ready.',
    'The statement called for the necessity of a ceasefire.',
    'Where the minister stressed that the budget would rise.',
    'The occupation forces raided the camp at dawn.',
    'Farmers suffer in the shadow of the ongoing water crisis.',
    "In the context of the government's plan to cut waste, the ministry closed two offices.",
    'The ceremony will be held on the twentieth of the next month.',
    'Residents complained about the crisis of the bread in the south.',
    'Smugglers drove up the prices of the diesel.',
    'The sultan stressed the ties during his reception of the Indian envoy.',
    'He met the king on the sidelines of his participation in the summit.',
    'The concluding communique urged restraint.',
    'The Yemeni citizen faces rising prices every day.',
]

MORE_ORDINARY_ENGLISH = [
    'He demanded to know why the road was closed.',
    "The film was said to the critics' delight to be a hit.",
    'He told Reuters that the talks would go on.',
    'The efforts of the rescue teams were praised.',
    'The council called for a ceasefire.',
    'There are ways of working that suit everyone.',
    'Where the road ends, the village begins.',
    'The occupation of the city lasted a year.',
    'He grew up in the shadow of the mountains.',
    'In the context of rising rates, the bank held steady.',
    'The 20th of the month is a holiday.',
    'The price of oil rose on Monday.',
    'The crisis of confidence deepened.',
    'Troops on the Lebanese side of the border fired flares.',
    'The reception at the embassy was crowded.',
    'His participation in the talks was confirmed.',
    'The closing statement was read by the judge.',
    'A citizen of France was arrested.',
]


@pytest.mark.parametrize("sentence", MORE_CALQUE_VARIANTS)
def test_more_calque_variants_fire(sentence):
    assert "TRN001" in _rules(sentence), sentence


@pytest.mark.parametrize("sentence", MORE_ORDINARY_ENGLISH)
def test_more_ordinary_english_is_silent(sentence):
    assert _rules(sentence, ("TRN001", "LNG", "TYP")) == [], sentence


MARK_SEAMS = [
    ("The militias ’ leaders met on Monday.", "militias ’ leaders"),
    ("The governor ’ s convoy was hit.", "governor ’ s"),
    ("The army (in a statement ) denied it.", " )"),
    ("The talks were held in Muscat(Oman) last week.", "Muscat("),
    ("The minister added:the crossing is open.", "added:"),
    ("The blast killed 14,among them three children.", "14,"),
    ("The council met the mayor.it approved the plan.", "mayor."),
    ("The crowd chanted ((no to corruption)) outside.", "((no to corruption))"),
    ("He said \" the ceasefire holds\" on Monday.", "\" "),
    ("The envoy stressed that, the truce must hold.", "stressed that,"),
    ("The vote ended on Sunday. the results come on Monday.", "Sunday. the"),
]


@pytest.mark.parametrize("sentence,span", MARK_SEAMS)
def test_spacing_around_marks(sentence, span):
    findings = check_text(sentence, config=Config(select=("TYP021",))).findings
    assert [sentence[f.start:f.end] for f in findings] == [span], sentence


def test_noun_slots_are_found_around_every_the_of():
    """LNG004's noun slots ("the X of", "the Houthi X of", "of the X"), looked at only where
    "of" stands two or three words after "the" or right before it: each shape is found, and a
    "the X" with no "of" beside it is not a slot."""
    from mtqa.document import Document
    from mtqa.rules import get

    doc = Document("The crowd carried the mawakib of the city. They met the Houthi mushrif of the area. "
                   "The head of the hussainiyat spoke. They saw the munasabat in the city.")
    found = [doc.prose[f.start:f.end] for f in get("LNG004")._in_noun_slots(doc, set(), set())]
    assert found == ["mawakib", "mushrif", "hussainiyat"]
