"""Name shapes of unseen MT text (issue 13, fourth pass): category sweeps of the lexicon —
bodies named by the ordinary meaning of their domain word (الداخلية "the inside": Interior;
التموين "provisioning": Supply; الجنايات "felonies": Criminal; ديوان المظالم "court of
injustices": Board of Grievances), landmarks (palaces, gates, squares, universities, airports)
and city districts rendered by meaning. Our own sentences: variants that must fire, traps
(ordinary English with the same words) that must not."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config


def found(text, rule="NAM"):
    """Texts of the findings of `rule` ("NAM" alone: of any name rule)."""
    report = check_text(text, config=Config(select=(rule[:3],)))
    return [f.text for f in report.findings if f.rule.startswith(rule)]


BODIES = [
    ("The Minister of the Inside in the Tripoli government toured the checkpoints on Sunday.", "Minister of the Inside"),
    ("A spokesman for the Inside Ministry in Baghdad said the curfew was lifted.", "Inside Ministry"),
    ("The Ministry of the Outside in Algiers summoned the Spanish ambassador.", "Ministry of the Outside"),
    ("Egypt's Ministry of Provisioning raised the price of subsidised sugar.", "Ministry of Provisioning"),
    ("The Felonies Court in Giza adjourned the trial of the former minister.", "Felonies Court"),
    ("A Court of Felonies in Alexandria jailed three customs officers.", "Court of Felonies"),
    ("The Court of Injustices in Riyadh cancelled the ministry's decision.", "Court of Injustices"),
    ("Iraq's Sunni Endowment Court said the mosques would open for Eid prayers.", "Sunni Endowment Court"),
    ("The Shia Endowment Court in Baghdad announced the sighting of the new moon.", "Shia Endowment Court"),
    ("Beirut referred the bombing case to the Just Council on Friday.", "Just Council"),
]

BODY_TRAPS = [
    "Sources inside the ministry said the interior minister would resign.",
    "Protesters gathered outside the ministry in Cairo on Monday.",
    "The criminal court in Cairo sentenced him to three years in prison.",
    "The board heard grievances from workers of the Saudi port.",
    "He spoke of the injustices suffered by farmers in the Delta.",
    "The Sunni Endowment Office in Baghdad opened a new school.",
    "The Lebanese Judicial Council met on Tuesday.",
]


@pytest.mark.parametrize("text,span", BODIES)
def test_bodies_named_by_their_domain_word_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", BODY_TRAPS)
def test_body_traps_silent(text):
    assert found(text) == []


LANDMARKS = [
    ("Police closed the streets around the Union Palace in Heliopolis before the visit.", "Union Palace"),
    ("The sultan received the envoy at the Palace of the Flag in Muscat.", "Palace of the Flag"),
    ("The crown prince met the delegation at the Dove Palace in Riyadh.", "Dove Palace"),
    ("Worshippers entered Al-Aqsa through the Gate of the Tribes on Friday.", "Gate of the Tribes"),
    ("Settlers marched from the Hebron Gate to the Western Wall.", "Hebron Gate"),
    ("Israeli police opened the Moroccans' Gate to visitors on Sunday.", "Moroccans' Gate"),
    ("Houthi supporters filled Seventy Square in Sanaa after the prayers.", "Seventy Square"),
    ("Students at the University of the Eye of the Sun staged a protest in Cairo.", "Eye of the Sun"),
    ("Flights to the Arabs' Tower airport west of Alexandria resumed.", "Arabs' Tower"),
    ("Fighting reached the valley of our master base north of Omdurman.", "valley of our master"),
]

LANDMARK_TRAPS = [
    "The Peace Palace in The Hague hosted the hearing on Monday.",
    "Tourists queued at the Damascus Gate in Jerusalem.",
    "Pilgrims touched the Black Stone of the Kaaba during the hajj.",
    "The Lions' Gate was closed by Israeli police on Friday.",
    "The court sits in the Royal Palace in Rabat.",
]


@pytest.mark.parametrize("text,span", LANDMARKS)
def test_landmarks_rendered_by_meaning_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", LANDMARK_TRAPS)
def test_landmark_traps_silent(text):
    assert found(text) == []


DISTRICTS = [
    ("Shelling hit the foot district of southern Damascus overnight.", "foot district"),
    ("Bulldozers cleared rubble in the black stone neighbourhood south of Damascus.", "black stone neighbourhood"),
    ("An air strike destroyed a house in the apple neighbourhood of Gaza City.", "apple neighbourhood"),
    ("Kurdish fighters left the Intended Sheikh area of Aleppo.", "Intended Sheikh"),
    ("Volunteers cooked meals for families in Pilgrim Yousif in East Nile.", "Pilgrim Yousif"),
    ("Gunfire was heard near the speaker's residence in the fig spring in Beirut.", "fig spring"),
    ("The Libyan army secured the Spark field after the guards left.", "Spark field"),
    ("Output at the elephant field in the south stopped again.", "elephant field"),
    ("Production at the Smoke city fields in western Qatar rose.", "Smoke city"),
    ("Drones were shot down over the Mother of the Two Powers emirate.", "Mother of the Two Powers"),
    ("Trains between Tunis and Bin Qirdan were cancelled.", "Bin Qirdan"),
]

DISTRICT_TRAPS = [
    "He hurt his foot in the district match on Saturday.",
    "The apple harvest in the district was poor this year.",
    "A spark set the field on fire near the village.",
    "The elephant in the room was the budget, the minister said.",
    "Smoke rose over the city after the strike on Gaza.",
    "Children planted a tree in the area near the school in Amman.",
]


@pytest.mark.parametrize("text,span", DISTRICTS)
def test_districts_rendered_by_meaning_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", DISTRICT_TRAPS)
def test_district_traps_silent(text):
    assert found(text) == []


GROUPS_AND_OUTLETS = [
    ("Fighters of the Free Men of the East clashed with a rival faction near Afrin.", "Free Men of the East"),
    ("The Liberals of the East faction withdrew from the checkpoint near Jarablus.", "Liberals of the East"),
    ("The Thresholds Mobilisation said its units guarded the shrines in Karbala.", "Thresholds Mobilisation"),
    ("A commander of the lightning forces of the army was killed in Benghazi.", "lightning forces"),
    ("Gunmen of the thunderbolt forces of Haftar's army closed the road to Benghazi airport.", "thunderbolt forces"),
    ("The Baath party's mouthpiece, the resurrection daily, attacked the opposition in Damascus.", "resurrection"),
    ("Hamas's mouthpiece, the message newspaper, praised the fighters in Gaza.", "message newspaper"),
]


@pytest.mark.parametrize("text,span", GROUPS_AND_OUTLETS)
def test_groups_and_outlets_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


GROUP_TRAPS = [
    "The civil rights movement of the sixties changed the country.",
    "The Peace Brigades of Moqtada al-Sadr deployed in Baghdad.",
    "The mouthpiece of the regime, state television, said nothing about the protests in Damascus.",
]


@pytest.mark.parametrize("text", GROUP_TRAPS)
def test_group_traps_silent(text):
    assert found(text) == []


CITY_QUARTERS = [
    ("Shells fell on the Solidarity neighbourhood in south Damascus.", "Solidarity neighbourhood"),
    ("Worshippers left the church near Thomas Gate in old Damascus.", "Thomas Gate"),
    ("Crowds gathered in Meadow Square in central Damascus.", "Meadow Square"),
    ("A drone struck a flat in the Pomegranate Spring area east of Beirut.", "Pomegranate Spring"),
    ("The army reopened the Confluence district of Khartoum to traffic.", "Confluence district"),
    ("Looters emptied the shops of the Buildings district in Khartoum.", "Buildings district"),
    ("Protesters marched from the Gate of Yemen in old Sanaa.", "Gate of Yemen"),
    ("Traffic police closed Aviation Square in central Baghdad.", "Aviation Square"),
    ("A fire gutted a workshop in the Red Path district of old Cairo.", "Red Path district"),
    ("Rents rose in the Engineers district of Giza this year.", "Engineers district"),
]

CITY_QUARTER_TRAPS = [
    "The union called for solidarity with the workers of Damascus.",
    "The engineers of the district council met in Giza.",
    "Pomegranate juice is sold in every market in Beirut.",
    "The confluence of the two Niles lies in Khartoum.",
    "The old buildings of the district were restored in Cairo.",
    "He took the red path through the hills.",
]


@pytest.mark.parametrize("text,span", CITY_QUARTERS)
def test_city_quarters_rendered_by_meaning_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", CITY_QUARTER_TRAPS)
def test_city_quarter_traps_silent(text):
    assert found(text) == []


TITLES_AND_MINISTRIES = [
    ("The Guide of the Revolution received the Iraqi prime minister in Tehran.", "Guide of the Revolution"),
    ("The General Commander of the Armed Forces inspected the troops in Aden.", "General Commander of the Armed Forces"),
    ("The Ministry of Upbringing in Baghdad postponed the exams.", "Ministry of Upbringing"),
    ("The Civil Service Court in Kuwait published the new salary scale.", "Civil Service Court"),
]

TITLE_TRAPS = [
    "Iran's Supreme Leader received the Iraqi prime minister in Tehran.",
    "The commander-in-chief of the armed forces inspected the troops in Aden.",
    "Good upbringing matters, the minister of education said in Baghdad.",
]


@pytest.mark.parametrize("text,span", TITLES_AND_MINISTRIES)
def test_titles_and_ministries_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", TITLE_TRAPS)
def test_title_traps_silent(text):
    assert found(text) == []


MORE_PLACES_AND_PARTIES = [
    ("Families in the horror camp in Hasakah waited for repatriation.", "horror camp"),
    ("Residents of Isa City in Bahrain complained about the floods.", "Isa City"),
    ("Rain flooded the streets of Mubarak the Great governorate in Kuwait.", "Mubarak the Great"),
    ("Shelling hit Khartoum Maritime across the Blue Nile.", "Khartoum Maritime"),
    ("Clashes erupted near the Castle of Bin Ghashir south of Tripoli.", "Castle of Bin Ghashir"),
    ("The Extension Movement won seats in Dhi Qar, Iraqi officials said.", "Extension Movement"),
    ("The General Tunisian Union of Work called a strike in Sfax.", "General Tunisian Union of Work"),
]

MORE_TRAPS = [
    "The horror of the camp in Hasakah shocked the visitors.",
    "Mubarak was a great admirer of the Kuwaiti emir.",
    "The extension of the movement's mandate was approved in Baghdad.",
    "The Tunisian General Labour Union called a strike in Sfax.",
]


@pytest.mark.parametrize("text,span", MORE_PLACES_AND_PARTIES)
def test_more_places_and_parties_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", MORE_TRAPS)
def test_more_traps_silent(text):
    assert found(text) == []


SHORT_ARABIC_FORMS = [
    ("Israeli troops closed the road to Ariha, Palestinian officials said.", "Ariha"),
    ("Flights between Tanja and Casablanca resumed, Moroccan officials said.", "Tanja"),
    ("Syrian army units entered Hims after a long siege.", "Hims"),
]

SHORT_ARABIC_FORM_TRAPS = [
    "Shelling hit Ariha in Idlib province on Monday.",
    "Tanja Schmidt won the race in Berlin on Sunday.",
    "Flights between Tanja and the coast were cancelled.",
]


@pytest.mark.parametrize("text,span", SHORT_ARABIC_FORMS)
def test_short_arabic_forms_fire_where_the_country_is_named(text, span):
    assert span in found(text, "NAM002")


@pytest.mark.parametrize("text", SHORT_ARABIC_FORM_TRAPS)
def test_short_arabic_forms_silent_elsewhere(text):
    assert found(text, "NAM002") == []


PARTIES_AND_FACTIONS = [
    ("The Islamic Call Party nominated a candidate for prime minister in Baghdad.", "Islamic Call Party"),
    ("The People of the Cave group claimed the rocket attack on the convoy in Iraq.", "People of the Cave"),
    ("The Guardians of the Blood Brigades claimed the attack near Baghdad airport.", "Guardians of the Blood Brigades"),
    ("Fighters of the Legion of the Merciful left eastern Ghouta in 2018.", "Legion of the Merciful"),
    ("The Army of Revolutionaries joined the Kurdish-led forces near Raqqa.", "Army of Revolutionaries"),
    ("The Horizons of Tunisia party left the coalition in Tunis.", "Horizons of Tunisia"),
    ("The Yemeni Guidance Union called for calm in Aden.", "Yemeni Guidance Union"),
    ("Deputies of the Islamic Constitutional Movement (Intuition) walked out in Kuwait.", "Intuition"),
    ("He said the Liberation Organization had recognised Israel in 1993, Lebanese officials recalled.", "Liberation Organization"),
    ("The Supporters of Allah group fired a drone at a ship off Hodeidah.", "Supporters of Allah"),
]

PARTY_TRAPS = [
    "The story of the people of the cave is told in the Quran.",
    "The New Generation movement in Kurdistan rejected the results.",
    "Cave people lived in the valley thousands of years ago.",
    "The Kuwaiti minister said he trusted his intuition on the budget.",
    "The Palestine Liberation Organization met in Ramallah on Sunday.",
    "Supporters of Allah's word gathered at the mosque for Friday prayers in Cairo.",
]


@pytest.mark.parametrize("text,span", PARTIES_AND_FACTIONS)
def test_parties_and_factions_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", PARTY_TRAPS)
def test_party_traps_silent(text):
    assert found(text) == []


LATER_SPELLINGS = [
    ("Foreign Minister Badr Albusaidi called the talks useful, and Busaidy added that a deal was near.", "Busaidy"),
    ("Minister Khalid Alhumaidi opened the port in Doha on Monday. Humaidy said trade would double.", "Humaidy"),
    ("Wiam Wahhab, a Druze leader, spoke in Beirut. Wahab also criticised the cabinet.", "Wahab"),
    ("Abdul Fattah Qahhar spoke in Sanaa on Monday. Qahar said the talks had failed.", "Qahar"),
]

LATER_SPELLING_TRAPS = [
    "Foreign Minister Badr Albusaidi called the talks useful, and Albusaidi added that a deal was near.",
    "Albert Einstein lectured in Berlin. Later Bert Smith listened to the recording.",
    "The Italian Paolo Alberti spoke in Rome. Berti added a comment.",
]


@pytest.mark.parametrize("text,span", LATER_SPELLINGS)
def test_later_spellings_of_a_surname_fire(text, span):
    assert span in found(text, "NAM004")


@pytest.mark.parametrize("text", LATER_SPELLING_TRAPS)
def test_later_spelling_traps_silent(text):
    assert found(text, "NAM004") == []


GROUP_AND_PLACE_CUES = [
    ("The army said it had cleared the remnants of rapid support from the bridge in Khartoum.", "rapid support"),
    ("Elements of the Rapid Support looted the market in El Fasher, residents said.", "Rapid Support"),
    ("The Rapid Support said in a statement that its fighters had taken the town.", "Rapid Support"),
    ("Wad Madani, the capital of the island state, fell to the militia on Monday.", "island state"),
]

GROUP_AND_PLACE_CUE_TRAPS = [
    "The bank promised rapid support to small firms hit by the floods.",
    "Valletta, the capital of the island state of Malta, hosted the summit.",
    "The Rapid Support Forces shelled Omdurman on Monday.",
]


@pytest.mark.parametrize("text,span", GROUP_AND_PLACE_CUES)
def test_group_and_place_cues_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", GROUP_AND_PLACE_CUE_TRAPS)
def test_group_and_place_cue_traps_silent(text):
    assert found(text) == []


LOWER_CASE_PLACES = [
    ("Residents of the pearl neighbourhood in Manama protested on Friday.", "pearl neighbourhood"),
    ("Shells fell on the martyrs district of Baghdad overnight.", "martyrs district"),
    ("Police raided a flat in the engineers neighbourhood of Giza.", "engineers neighbourhood"),
    ("Rockets hit the smoke quarter of Homs, Syrian media said.", "smoke quarter"),
]

LOWER_CASE_PLACE_TRAPS = [
    "Tourists walked through the old quarter of Damascus.",
    "The garden district of New Orleans flooded again.",
    "He walked through the spring district in Amman.",
    "The pearl neighbourhood of the city was quiet.",  # no text about the Arab world
    "The Jewish quarter of Jerusalem was closed.",
]


@pytest.mark.parametrize("text,span", LOWER_CASE_PLACES)
def test_lower_case_places_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", LOWER_CASE_PLACE_TRAPS)
def test_lower_case_place_traps_silent(text):
    assert found(text) == []
