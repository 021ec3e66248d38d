"""Name shapes of unseen MT text (issue 13, third pass): Arabic words of names the gloss table
lacked, and generic heads ("group", "camp", "crossing", "division") that make gloss words a
name only in lower case. Our own sentences: variants that must fire, traps that must not."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config


def found(text, rule):
    """Texts of the findings of `rule` ("NAM" alone: of any name rule)."""
    report = check_text(text, config=Config(select=(rule[:3],)))
    return [f.text for f in report.findings if f.rule.startswith(rule)]


NEW_GLOSS_WORDS = [
    ("Leaders of the Marchers coalition met in Najaf on Monday.", "NAM", "Marchers"),
    ("The Legion of the Merciful pulled its fighters out of Douma.", "NAM", "Legion of the Merciful"),  # (a lexicon name now)
    ("Clashes broke out between the army and the Levantine front near Azaz in Syria.", "NAM", "Levantine front"),
    ("Residents fled the Father of the Raven district west of Baghdad.", "NAM008", "Father of the Raven district"),
    ("The Fighter newspaper in Algiers published the decree on Sunday.", "NAM", "Fighter"),
    ("In Aden, the Trustees newspaper said the governor had resigned.", "NAM", "Trustees"),
    ("Thousands marched in Khartoum on Thursday behind the Uprising movement.", "NAM", "Uprising movement"),
    ("Members of the Full Moon organization were arrested in Basra.", "NAM", "Full Moon"),
    ("The Alternative party won two seats in the Tunisian parliament.", "NAM008", "Alternative party"),
]


@pytest.mark.parametrize("text,rule,span", NEW_GLOSS_WORDS)
def test_new_gloss_words_name(text, rule, span):
    assert any(span in f for f in found(text, rule))


STRICT_HEADS = [
    ("Aid convoys entered Idlib through the Rain Gate crossing on Monday, the aid groups said.", "Rain Gate crossing"),
    ("Israeli drones struck the Cold Spring camp near Sidon in Lebanon.", "Cold Spring camp"),
    ("Fighters of the Glory division withdrew from Afrin, Syrian sources said.", "Glory division"),
    ("Members of the Loyalty and Dignity group were arrested in Tunis.", "Loyalty and Dignity group"),
    ("Supporters of the Uprising movement marched in Khartoum on Thursday.", "Uprising movement"),
]

STRICT_HEAD_TRAPS = [
    "The Falcon Group reported higher profits in Riyadh on Monday.",
    "The Diamond Group opened a new hotel in Dubai, the Emirati company said.",
    "The Iron Division was deployed near Baghdad in 2003, Iraqi officials recalled.",
    "The Elite division of the Egyptian league resumed on Saturday.",
    "She joined the Girl Guides group in Amman.",
    "The Gold Coast area drew many Gulf tourists last summer.",
    "Aid was handed out in the Beach camp in Gaza City.",
    "The Lebanese army deployed in the Palm Islands area off Tripoli.",
    "The Rapid Response group of the Lebanese army was deployed.",
    "The Women's division of the Arab Cup starts in Doha on Friday.",
    "Police cleared the protest camp near the square in Cairo.",
]


@pytest.mark.parametrize("text,span", STRICT_HEADS)
def test_strict_heads_fire_in_lower_case(text, span):
    assert any(span in f for f in found(text, "NAM008"))


@pytest.mark.parametrize("text", STRICT_HEAD_TRAPS)
def test_strict_head_traps_silent(text):
    assert found(text, "NAM008") == []


QUOTED = [
    ('Supporters of the "Renewal" movement marched in Tunis on Monday.', "Renewal"),
    ("Fighters of the “Guardians of the Dawn” brigades withdrew from Deir ez-Zor.", "Guardians of the Dawn"),
    ("Gunmen of the 'Thunder' militia shelled the town near Misrata overnight.", "Thunder"),
    ('Officials in Aden told the "Compass" website that the port had reopened.', "Compass"),
]

QUOTED_TRAPS = [
    'He told the "Guardian" newspaper in London that Syria was safe.',
    'She said the "peace" movement in Cairo was weak.',
    'The "Green" party won seats in Germany.',
    'Kuwaiti officials met the "Gulf" committee on Monday.',
    'The "National" party of Egypt was dissolved in 2011.',
    'Residents of the "Palace" district in Tripoli fled the fighting.',
]


@pytest.mark.parametrize("text,span", QUOTED)
def test_quoted_translated_names_fire(text, span):
    assert span in found(text, "NAM")


@pytest.mark.parametrize("text", QUOTED_TRAPS)
def test_quoted_ordinary_words_silent(text):
    assert found(text, "NAM") == []


COMPANY_NAMES = [
    "The Crescent Group reported higher profits in Sharjah on Monday.",
    "Shares of the Island Holding rose in Kuwait after the results.",
    "The Dawn Company signed a contract with the Iraqi oil ministry.",
]


@pytest.mark.parametrize("text", COMPANY_NAMES)
def test_a_capitalised_company_head_makes_an_english_name(text):
    assert found(text, "NAM") == []


def test_a_lower_case_head_after_the_same_words_still_fires():
    assert found("Fighters of the Supporters of God group shelled Marib.", "NAM") == ["Supporters of God"]


LITERAL_BODIES = [
    ("The General Intelligence Circle in Amman foiled a plot, officials said.", "General Intelligence Circle"),
    ("Officers of the Land Survey Circle in Irbid were questioned.", "Land Survey Circle"),
    ("The Interest of Prisons in Egypt released 500 inmates before Eid.", "Interest of Prisons"),
    ("The Taxes Interest in Cairo raised the fees on Sunday.", "Taxes Interest"),
    ("The Apparatus of State Security in Abu Dhabi arrested the cell.", "Apparatus of State Security"),
    ("The Prince of Riyadh region opened the new hospital.", "Prince of Riyadh region"),
    ("The Emir of the Eastern Province received the Saudi minister in Riyadh.", "Emir of the Eastern Province"),
]

LITERAL_BODY_TRAPS = [
    "The Inner Circle of the Saudi king met on Monday in Riyadh.",
    "The National Interest magazine interviewed the Iraqi minister.",
    "The Public Interest Lawyers in London took the Saudi case.",
    "The Arctic Circle council met in Norway with a Saudi observer.",
    "The Emir of Qatar met the Prince of Wales in London.",
    "In the Interest of Justice, the Egyptian court delayed the trial.",
    "Troops found an Improvised Explosive Device near Mosul.",
]


@pytest.mark.parametrize("text,span", LITERAL_BODIES)
def test_literal_heads_of_bodies_fire(text, span):
    assert span in found(text, "NAM")


@pytest.mark.parametrize("text", LITERAL_BODY_TRAPS)
def test_literal_head_traps_silent(text):
    assert found(text, "NAM008") == []


POSSESSIVE_OUTLETS = [
    ("The Compass's correspondent in Baghdad said the shelling continued.", "Compass"),
    ("The Candle's correspondent in Aden was detained on Sunday.", "Candle"),
    ("Officials told the Ink's reporter in Rabat that the port was closed.", "Ink"),
]

POSSESSIVE_OUTLET_TRAPS = [
    "The Guardian's correspondent in Cairo said the talks failed.",
    "The Defence correspondent of the Times visited Baghdad.",
    "The Economist's correspondent in Cairo wrote that the pound fell.",
    "The Culture correspondent of the BBC toured the museum in Doha.",
]


@pytest.mark.parametrize("text,span", POSSESSIVE_OUTLETS)
def test_outlet_before_a_possessive_correspondent(text, span):
    assert span in found(text, "NAM")


@pytest.mark.parametrize("text", POSSESSIVE_OUTLET_TRAPS)
def test_english_outlets_and_beats_silent(text):
    assert found(text, "NAM") == []


OUTLETS_NAMED_LIKE_PLACES = [
    ("The Gulf newspaper reported on Sunday that two ministers in Sharjah had resigned.", "The Gulf"),
    ("According to the Gulf newspaper, schools in Ajman will reopen.", "the Gulf"),
    ("The Gulf newspaper's correspondent in Fujairah said the road was open.", "The Gulf"),
]

GULF_TRAPS = [
    "Gulf newspapers reported that the Saudi king had left hospital.",
    "The Gulf newspaper market shrank in 2020, Emirati officials said.",
    "The Gulf newspaper Al Khaleej reported the decision on Monday.",
    "Oil prices in the Gulf rose on Monday, Saudi officials said.",
]


@pytest.mark.parametrize("text,span", OUTLETS_NAMED_LIKE_PLACES)
def test_an_outlet_named_like_a_region_speaks(text, span):
    assert span in found(text, "NAM")


@pytest.mark.parametrize("text", GULF_TRAPS)
def test_the_gulf_region_and_gulf_newspapers_silent(text):
    assert found(text, "NAM") == []


LOCATIVE_PLACES = [
    ("Heavy rain closed two roads in Head of the Tent on Monday, officials in Dubai said.", "Head of the Tent"),
    ("Ships were turned back from Mother of the Palace after the storm, Iraqi officials said.", "Mother of the Palace"),
]

LOCATIVE_TRAPS = [
    "Floods hit villages in Green Mountain in eastern Libya.",
    "Officials in Dubai said the tent at the head of the camp had burned.",
]


@pytest.mark.parametrize("text,span", LOCATIVE_PLACES)
def test_a_place_rendering_after_a_locative(text, span):
    assert span in found(text, "NAM")


@pytest.mark.parametrize("text", LOCATIVE_TRAPS)
def test_locative_traps_silent(text):
    assert found(text, "NAM") == []


@pytest.mark.parametrize("text,span", [
    ("Gunmen of the Peace Companies closed the road to Samarra on Friday.", "Peace Companies"),
    ("A deputy of the Conquest Alliance said in Baghdad that the budget would pass.", "Conquest Alliance"),
    ("The Thunderbolt forces took the port of Benghazi, the Libyan army said.", "Thunderbolt forces"),
])
def test_literal_names_once_listed_as_english(text, span):
    assert span in found(text, "NAM")


def test_an_english_ngo_with_the_same_words_is_silent():
    assert found("Peace Brigades International sent observers to Colombia and Iraq.", "NAM") == []


ADMIN_UNITS = [
    ("The director of the Al-Rashad aspect told Iraqi media that the flood had receded.", "Al-Rashad aspect"),
    ("Officials of the Sinjar judiciary said the road to Mosul had reopened.", "Sinjar judiciary"),
    ("The Baghdad Secretariat began to repave the streets of Karrada on Sunday.", "Baghdad Secretariat"),
    ("Workers of the Amman Secretariat cleared the snow in Jordan.", "Amman Secretariat"),
    ("The Secretary of the Capital, Ahmed Saleh, opened the water project in Sanaa.", "Secretary of the Capital"),
]

ADMIN_UNIT_TRAPS = [
    "The UN Secretariat in New York received the Iraqi letter.",
    "The Arab League Secretariat in Cairo issued a statement.",
    "The Secretary of State met the Iraqi minister in Baghdad.",
    "The Egyptian judiciary rejected the appeal in Cairo.",
    "The security aspect of the Iraqi plan was discussed in Baghdad.",
    "The Capital Secretariat in Sanaa announced a curfew.",
]


@pytest.mark.parametrize("text,span", ADMIN_UNITS)
def test_literal_heads_of_admin_units_fire(text, span):
    assert span in found(text, "NAM008")


@pytest.mark.parametrize("text", ADMIN_UNIT_TRAPS)
def test_admin_unit_traps_silent(text):
    assert found(text, "NAM008") == []


@pytest.mark.parametrize("text,span", [
    ("Production at Messaoud Well fell by three percent, the Algerian oil company said.", "Messaoud Well"),
    ("Floods trapped two families in Thursday Mushait in the Asir region of Saudi Arabia.", "Thursday Mushait"),
    ("The official October newspaper in Damascus said the talks had failed.", "October"),
])
def test_new_gloss_words_of_places_and_outlets(text, span):
    assert span in found(text, "NAM")


def test_a_word_after_a_datelines_dash_is_sentence_initial():
    assert found("Medina - Authorities said that a million people prayed in the mosque.", "NAM") == []


def test_a_town_takes_no_plural():
    text = "The president said the state would restore the old blue-and-white houses, the presidency said."
    assert found(text, "NAM") == []


@pytest.mark.parametrize("text,span", [
    ("Police in the white house city arrested eleven suspects, Moroccan media said.", "the white house"),
    ("Gunmen set up a checkpoint near Sheep Well, south of Zawiya, in Libya.", "Sheep Well"),
    ("A sniper wounded two men in the Patience Mountain area of Taiz, Yemeni media said.", "Patience Mountain"),
])
def test_rare_phrases_before_their_head_and_new_places(text, span):
    assert any(span in f for f in found(text, "NAM"))


@pytest.mark.parametrize("text", [
    "The white house staff met the Moroccan envoy in Rabat.",
    "Fighting reached the island state south of Khartoum.",
    "Residents of the fifth district of Cairo protested on Sunday.",
])
def test_common_phrases_before_a_head_stay_quiet(text):
    assert found(text, "NAM") == []


@pytest.mark.parametrize("text,span", [
    ("Fires broke out in Oleander Spring, west of Algiers, on Monday.", "Oleander Spring"),
    ("Refugees returned to the Cold River camp near Tripoli in Lebanon.", "Cold River"),
    ("The speaker received the envoy at Fig Spring in Beirut.", "Fig Spring"),
])
def test_places_of_the_region_named_by_their_meaning(text, span):
    assert any(span in f for f in found(text, "NAM"))


@pytest.mark.parametrize("text", [
    "The Saudi prince stayed in Hot Springs, Arkansas, last summer.",
    "Hot springs near the Dead Sea attract Jordanian tourists.",
    "The cold river water slowed the divers near Tripoli.",
])
def test_english_places_and_phrases_with_the_same_words_stay_quiet(text):
    assert found(text, "NAM") == []


def test_a_synonym_variant_of_a_bodys_translated_english_name():
    text = "In Cairo, the Administrative Oversight Commission arrested a deputy governor on Monday."
    assert any("Administrative Oversight Commission" in f for f in found(text, "NAM"))


def test_the_bodys_english_name_itself_is_silent():
    assert found("In Cairo, the Administrative Control Authority arrested a deputy governor.", "NAM") == []


HEAD_FIRST_OUTLETS = [
    ("According to the website Compass, the Iraqi talks failed.", "Compass"),
    ("The newspaper Ink of the Nation reported that the Yemeni minister had resigned.", "Ink of the Nation"),
    ("Officials in Aden told the weekly Breeze that the port was closed.", "Breeze"),
]

HEAD_FIRST_TRAPS = [
    "The newspaper Al-Watan reported that the Syrian minister had resigned.",
    "He told the newspaper The Guardian that Syria was safe.",
    "The magazine Time named the Saudi prince among the year's figures.",
    "The channel Sky News Arabia reported the Saudi decision.",
]


@pytest.mark.parametrize("text,span", HEAD_FIRST_OUTLETS)
def test_an_outlet_translated_after_its_head_noun(text, span):
    assert any(span in f for f in found(text, "NAM"))


@pytest.mark.parametrize("text", HEAD_FIRST_TRAPS)
def test_outlets_after_their_head_noun_in_english_silent(text):
    assert found(text, "NAM") == []
