"""Name shapes of unseen MT text (issue 13, fourth pass): category sweeps of the lexicon —
bodies named by the ordinary meaning of their domain word (الخارجية "the outside": Foreign
Affairs; التربية "upbringing": Education; ديوان "court": Office), landmarks (palaces, gates, squares, universities, airports)
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
    ("The Ministry of the Exterior in Algiers summoned the Spanish ambassador.", "Ministry of the Exterior"),
    ("A spokesman for the Outside Ministry in Baghdad said the envoy had been summoned.", "Outside Ministry"),
    ("Egypt's Ministry of Rationing raised the price of subsidised sugar.", "Ministry of Rationing"),
    ("The Court of the Felonies in Giza adjourned the trial of the former minister.", "Court of the Felonies"),
    ("The Bureau of Injustices in Riyadh cancelled the ministry's decision.", "Bureau of Injustices"),
    ("The Christian Endowment Court in Baghdad restored the church.", "Christian Endowment Court"),
    ("Beirut referred the bombing case to the Council of the Just on Friday.", "Council of the Just"),
    ("The Ministry of Upbringing in Baghdad postponed the exams.", "Ministry of Upbringing"),
    ("The Civil Service Court in Kuwait published the new salary scale.", "Civil Service Court"),
]

BODY_TRAPS = [
    "Sources inside the ministry said the interior minister would resign.",
    "Protesters gathered outside the ministry in Cairo on Monday.",
    "The criminal court in Cairo sentenced him to three years in prison.",
    "The board heard grievances from workers of the Saudi port.",
    "He spoke of the injustices suffered by farmers in the Delta.",
    "The Sunni Endowment Office in Baghdad opened a new school.",
    "The Lebanese Judicial Council met on Tuesday.",
    "Good upbringing matters, the minister of education said in Baghdad.",
]


@pytest.mark.parametrize("text,span", BODIES)
def test_bodies_named_by_their_domain_word_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", BODY_TRAPS)
def test_body_traps_silent(text):
    assert found(text) == []


LANDMARKS = [
    ("Police closed the streets around the Palace of the Union in Heliopolis before the visit.", "Palace of the Union"),
    ("Protesters gathered at the Palace of the Dome in Cairo.", "Palace of the Dome"),
    ("The crown prince met the delegation at the Dove Palace in Riyadh.", "Dove Palace"),
    ("Worshippers entered Al-Aqsa through the Gate of Tribes on Friday.", "Gate of Tribes"),
    ("Settlers marched from the Hebron Gate to the Western Wall.", "Hebron Gate"),
    ("Israeli police opened the Moroccans' Gate to visitors on Sunday.", "Moroccans' Gate"),
    ("Supporters filled the Square of the Seventy in Sanaa after the prayers.", "Square of the Seventy"),
    ("Students at the Sun Eye University staged a protest in Cairo.", "Sun Eye University"),
    ("Flights to the Tower of the Arabs airport west of Alexandria resumed.", "Tower of the Arabs"),
    ("Fighting reached Our Master Valley north of Omdurman.", "Our Master Valley"),
]

LANDMARK_TRAPS = [
    "The Peace Palace in The Hague hosted the hearing on Monday.",
    "Tourists queued at the Damascus Gate in Jerusalem.",
    "Pilgrims touched the Black Stone of the Kaaba during the hajj.",
    "The Lions' Gate was closed by Israeli police on Friday.",
    "The court sits in the Royal Palace in Rabat.",
    "Crowds gathered in Liberation Square in Baghdad.",
]


@pytest.mark.parametrize("text,span", LANDMARKS)
def test_landmarks_rendered_by_meaning_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", LANDMARK_TRAPS)
def test_landmark_traps_silent(text):
    assert found(text) == []


DISTRICTS = [
    ("Shelling hit the Foot quarter of southern Damascus overnight.", "Foot quarter"),
    ("Bulldozers cleared rubble in the black stone district south of Damascus.", "black stone district"),
    ("An air strike destroyed a house in the Apples district of Gaza City.", "Apples district"),
    ("Kurdish fighters left the Desired Sheikh area of Aleppo.", "Desired Sheikh"),
    ("Volunteers cooked meals for families in Pilgrim Yusuf in East Nile.", "Pilgrim Yusuf"),
    ("Gunfire was heard near the speaker's residence at the Spring of the Fig in Beirut.", "Spring of the Fig"),
    ("The Libyan army secured the Spark oilfield after the guards left.", "Spark oilfield"),
    ("Output at the elephant oilfield in the south stopped again.", "elephant oilfield"),
    ("Production at the City of Smoke fields in western Qatar rose.", "City of Smoke"),
    ("Drones were shot down over the Mother of Two Forces emirate.", "Mother of Two Forces"),
    ("Trains between Tunis and Bin Gardan were cancelled.", "Bin Gardan"),
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
    ("Fighters of the Freemen of the East clashed with a rival faction near Afrin.", "Freemen of the East"),
    ("The Mobilisation of the Thresholds said its units guarded the shrines in Karbala.", "Mobilisation of the Thresholds"),
    ("Leaders of the zeal movement of Ismail Haniyeh met in Doha on Monday.", "zeal movement"),
    ("Gunmen of the quick support forces of the militia looted the market in Nyala.", "quick support forces"),
    ("The Baath party's mouthpiece, the resurrection daily, attacked the opposition in Damascus.", "resurrection"),
    ("The party's mouthpiece, the banner daily, attacked the government in Doha.", "banner daily"),
]

GROUP_TRAPS = [
    "The civil rights movement of the sixties changed the country.",
    "The Peace Brigades of Moqtada al-Sadr deployed in Baghdad.",
    "The mouthpiece of the regime, state television, said nothing about the protests in Damascus.",
]


@pytest.mark.parametrize("text,span", GROUPS_AND_OUTLETS)
def test_groups_and_outlets_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


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


TITLES = [
    ("The Guide of the Islamic Revolution received the Iraqi prime minister in Tehran.", "Guide of the Islamic Revolution"),
    ("The General Leader of the Armed Forces inspected the troops in Aden.", "General Leader of the Armed Forces"),
]

TITLE_TRAPS = [
    "Iran's Supreme Leader received the Iraqi prime minister in Tehran.",
    "The commander-in-chief of the armed forces inspected the troops in Aden.",
]


@pytest.mark.parametrize("text,span", TITLES)
def test_titles_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", TITLE_TRAPS)
def test_title_traps_silent(text):
    assert found(text) == []


RANKS = [
    ("Government forces repelled an attack near the port, military spokesman Pioneer Khalid al-Hamdani said.", "Pioneer"),
    ("Army officer Presenter Karim al-Saadi was wounded in the drone strike.", "Presenter"),
    ("The first team Ahmed al-Mahdi, deputy commander of the army, said the forces would advance.", "The first team"),
]

RANK_TRAPS = [
    "Dean Khaled al-Sharif of the law faculty opened the conference at the university.",
    "Presenter Khaled al-Saadi hosted the evening show on the channel.",
    "He made the first team Mohamed Salah joined last season.",
    "The army said Dean Baquet had not been informed.",
]


@pytest.mark.parametrize("text,span", RANKS)
def test_ranks_in_a_military_sentence_fire(text, span):
    assert span in found(text, "NAM008")


@pytest.mark.parametrize("text", RANK_TRAPS)
def test_rank_traps_silent(text):
    assert found(text, "NAM008") == []


MORE_PLACES_AND_PARTIES = [
    ("Families in the Camp of Horror in Hasakah waited for repatriation.", "Camp of Horror"),
    ("Residents of the City of Isa in Bahrain complained about the floods.", "City of Isa"),
    ("Rain flooded the streets of Great Mubarak governorate in Kuwait.", "Great Mubarak"),
    ("Shelling hit Naval Khartoum across the Blue Nile.", "Naval Khartoum"),
    ("Clashes erupted near Bin Ghashir Castle south of Tripoli.", "Bin Ghashir Castle"),
    ("The Continuation Movement won seats in Dhi Qar, Iraqi officials said.", "Continuation Movement"),
    ("The Tunisian Union of Work called a strike in Sfax.", "Tunisian Union of Work"),
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
    ("Moroccan police arrested two smugglers in Wajda on Monday.", "Wajda"),
    ("Trains from Wajda to Fez were cancelled, the Moroccan rail office said.", "Wajda"),
]

SHORT_ARABIC_FORM_TRAPS = [
    "The film Wajda won a prize at the festival in Venice.",
    "Wajda Schmidt won the race in Berlin on Sunday.",
    "Shelling hit Ariha in Idlib province on Monday.",
    "Moroccan officials met Ms Wajda in Rabat on Monday.",
    "The Moroccan minister thanked Tanja Fajon for her visit.",
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
    ("The Intuition bloc boycotted the session of the Kuwaiti parliament.", "Intuition bloc"),
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
    ("Minister Khalid Alhumaidi opened the port in Doha on Monday. Humaidy said trade would double.", "Humaidy"),
    ("Minister Salem Alsaadi spoke in Muscat on Monday. Saady said the port would open.", "Saady"),
    ("Abdul Fattah Qahhar spoke in Sanaa on Monday. Qahar said the talks had failed.", "Qahar"),
]

LATER_SPELLING_TRAPS = [
    "Minister Khalid Alhumaidi opened the port in Doha. Alhumaidi said trade would double.",
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
    ("The army said it had cleared the remnants of quick support from the bridge in Khartoum.", "quick support"),
    ("Elements of the Quick Support looted the market in El Fasher, residents said.", "Quick Support"),
    ("Wad Madani, the capital of the island province, fell to the militia on Monday.", "island province"),
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
    # a town's head after a noun English never uses to describe a town
    ("The army entered the monastery town near Deir ez-Zor on Sunday.", "monastery town"),
    ("Militants attacked the dawn village south of Sanaa overnight.", "dawn village"),
    ("Farmers in the wheat town east of Hasakah lost their harvest.", "wheat town"),
]

LOWER_CASE_PLACE_TRAPS = [
    "Tourists walked through the old quarter of Damascus.",
    "The garden district of New Orleans flooded again.",
    "He walked through the spring district in Amman.",
    "The pearl neighbourhood of the city was quiet.",  # no text about the Arab world
    "The Jewish quarter of Jerusalem was closed.",
    "The river city of Baghdad was quiet on Friday.",
    "He grew up in the mountain village near Ifrane in Morocco.",
    "Cape Town is known as the mother city, a visitor from Cairo said.",
]


@pytest.mark.parametrize("text,span", LOWER_CASE_PLACES)
def test_lower_case_places_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", LOWER_CASE_PLACE_TRAPS)
def test_lower_case_place_traps_silent(text):
    assert found(text) == []
