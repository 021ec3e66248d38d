"""NAM008: parties, armed groups and places the lexicon does not know, named by the meaning
of their Arabic words. Our own examples: shapes that must be reported and traps that must not."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config


def found(text, rule="NAM008"):
    report = check_text(text, config=Config(select=("NAM",)))
    return [f.text for f in report.findings if f.rule.startswith(rule)]


MUST = [
    # a meaning word in Title Case before a lower-case head noun
    ("Thousands of supporters of the Dawn movement marched in Tunis on Friday.", "Dawn movement"),
    ("A spokesman for the Covenant current said in Baghdad that the list was ready.", "Covenant current"),
    ("Residents fled the Orchard district of Mosul after the shelling.", "Orchard district"),
    ("Families fled the Cave governorate after the floods, officials in Sanaa said.", "Cave governorate"),
    ("Fighting reached the Mound village north of Aleppo on Monday.", "Mound village"),
    # a head noun in Title Case, in a text about the Arab world
    ("Commanders of the Loyalty Brigades said in Beirut that the fighters had withdrawn.", "Loyalty Brigades"),
    ("In Sanaa, the Sword Battalions claimed the attack on the convoy.", "Sword Battalions"),
    ("The Harmony Party won four seats in the Jordanian parliament.", "Harmony Party"),
    ("The Sword Battalions' commander was killed in a strike near Idlib.", "Sword Battalions"),
    ("The head of the Dawn movement's political bureau spoke in Tunis.", "Dawn movement"),
    # the head noun first, then "of (the)"
    ("In Aden, the Brigades of the Martyrs announced a ceasefire.", "Brigades of the Martyrs"),
    ("The leader of the Movement of Dignity said in Tripoli that talks would resume.", "Movement of Dignity"),
    ("Gunmen of the Companies of Glory attacked a checkpoint near Deir ez-Zor.", "Companies of Glory"),
    # a word the gloss table lacks: an ordinary English noun before a lower-case head noun, in a
    # text about the Arab world
    ("The Lantern newspaper said in Amman that the minister had resigned.", "Lantern newspaper"),
    ("Leaders of the Compass movement met in Rabat to discuss the coming elections.", "Compass movement"),
    ("The Harvest channel broadcast the Iraqi match live.", "Harvest channel"),
    # an "of" name before a head noun, descriptors and all; a short sentence is no headline
    ("Fighters of the Sons of the Desert faction attacked a checkpoint near Deir ez-Zor.", "Sons of the Desert faction"),
    ("The Lions of Monotheism Brigades claimed the attack in Daraa.", "Lions of Monotheism Brigades"),
    ("The Knights of Pride Battalions said on Telegram that they had shelled the base near Idlib.", "Knights of Pride Battalions"),
    # a party English names by translation elsewhere is literal in a text about the Arab world
    ("Leaders of the Reform Party in Taiz condemned the shelling of the city.", "Reform Party"),
    ("The Sovereignty Party won the most seats in Morocco's local elections.", "Sovereignty Party"),
    # headless, opening the sentence with "The" and speaking
    ("The Morning Star Lighthouse reported that the Syrian minister had resigned.", "Morning Star Lighthouse"),
]


@pytest.mark.parametrize("text,span", MUST)
def test_translated_names_are_reported(text, span):
    assert span in " ".join(found(text)), found(text, "NAM")


TRAPS = [
    # English names made of meaning words
    "Supporters of the Green Party marched in Berlin on Friday.",
    "The Freedom Party of Austria lost votes in Vienna.",
    "The Red Army entered Berlin in 1945.",
    # a capitalised word that is no meaning word joined to the phrase
    "The Palestine Liberation Organization met in Ramallah.",
    "The Kurdistan Democratic Party won in Erbil.",
    # descriptors and generic nouns, or a nationality
    "The National Army said it had retaken the town near Benghazi.",
    "The Security Forces said the road to Baghdad was open.",
    "The Libyan Red Crescent said the bodies had washed ashore.",
    "The Syrian Democratic Forces said they had captured the village.",
    # a titled speaker, a meaning explained, lower case
    "The Head of Government said in Rabat that the plan was ready.",
    "The Ministry of National Defence said its units arrested smugglers near Oran.",
    'Hezbollah, whose name means "Party of God", was founded in Lebanon.',
    "The old city was crowded with tourists.",
    "The civil rights movement changed the country.",
    # a place with its head noun in Title Case or with "of"
    "Tourists visited the Pyramids area near Cairo.",
    "Families in the Beach camp in Gaza waited for bread.",
    "The Garden City district of Cairo is home to embassies.",
    # a headline
    "Hope Movement Wins Seats In Tunisian Vote",
    # an ordinary word without an Arab-world text, an English outlet, a place in English
    "The Lantern newspaper ran a story about the Ohio floods.",
    "The Daily Mail newspaper said in Amman that the minister had resigned.",
    "Gunmen entered the Crater district of Aden on Sunday.",
    "Fans of the Tiger Forces cheered in Damascus.",
    "Activists of the Friends of the Earth group protested in Amman.",
    "The Reform Party of the United States held its convention in Dallas.",
    # a name of a head noun without an Arab-world text
    "The Sword Battalions were a fantasy band from Ohio.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_english_stays_quiet(text):
    assert found(text) == []


def test_evidence_is_listed():
    report = check_text("Commanders of the Loyalty Brigades said in Beirut that the fighters had withdrawn.",
                        config=Config(select=("NAM008",)))
    [finding] = report.findings
    assert "gloss-words" in finding.extra["evidence"] and "head-noun:brigades" in finding.extra["evidence"]


def test_the_suggestion_spells_the_arabic_words_as_lexicon_names_do():
    report = check_text("Thousands of supporters of the Dawn movement marched in Tunis on Friday.",
                        config=Config(select=("NAM008",)))
    [finding] = report.findings
    assert [s.replacement for s in finding.suggestions] == ["Al-Fajr movement"]
    assert not finding.suggestions[0].safe


RANKS = [
    ("The army's spokesman, the Dean Khaled al-Mahjoub, said the road was reopened.", "the Dean", "Brigadier General"),
    ("Forces led by the Colonel Ahmed Abdulqader entered the town.", "the Colonel", "Colonel"),
    ("The statement was read by the Pioneer Osama Hammad at the base.", "the Pioneer", "Major"),
    ("The Lieutenant Khaled Saeed told reporters that the attack had been repelled.", "The Lieutenant", "Lieutenant"),
]


@pytest.mark.parametrize("text,span,rank", RANKS)
def test_a_rank_with_the_article_before_a_name(text, span, rank):
    report = check_text(text, config=Config(select=("NAM008",)))
    assert [(f.text, f.suggestions[0].replacement) for f in report.findings] == [(span, rank)]


RANK_TRAPS = [
    "Prayers were held at the Major Ahmed Mosque on Friday.",
    "The General Assembly voted on Monday.",
    "They met at the Colonel Sanders Foundation in Kentucky.",
    "The Captain America set was closed to visitors.",
    "The dean of the faculty, Ahmed Saleh, opened the conference.",
    "Major Ahmed al-Mismari said the units were deployed.",
]


@pytest.mark.parametrize("text", RANK_TRAPS)
def test_rank_traps(text):
    assert found(text) == []


PLACE_WORDS = [
    ("British troops reached the port of Mother of Qasr near Basra.", "Mother of Qasr", "Umm Qasr"),
    ("Shelling hit Spring of Hamdan, north of Raqqa, on Sunday.", "Spring of Hamdan", "Ain Hamdan"),
    ("Clashes broke out in Gate of Sbaa in Homs, officials said.", "Gate of Sbaa", "Bab Sbaa"),
    # first words added for unseen text (our own examples)
    ("Government troops entered Inn of Tuman, south of Aleppo, at dawn.", "Inn of Tuman", "Khan Tuman"),
    ("The families returned to House of Awwa near Hebron on Monday.", "House of Awwa", "Beit Awwa"),
    ("Drones struck Eye of Tamra, north of Raqqa, overnight.", "Eye of Tamra", "Ain Tamra"),
    ("The convoy stopped at Palace of Hiran, east of Amman.", "Palace of Hiran", "Qasr Hiran"),
    ("Fighting reached Castle of Mudiq in Hama on Sunday.", "Castle of Mudiq", "Qalaat Mudiq"),
]


@pytest.mark.parametrize("text,span,target", PLACE_WORDS)
def test_a_place_named_by_the_meaning_of_its_first_word(text, span, target):
    report = check_text(text, config=Config(select=("NAM008",)))
    spans = [(f.text, f.suggestions[0].replacement) for f in report.findings]
    assert spans == [(span, target)]


PLACE_WORD_TRAPS = [
    "Pilgrims prayed to the Mother of God in Beirut.",
    "Father of Mohammed, the neighbours called him in Gaza.",
    "Tourists visited the Valley of the Kings near Luxor.",
    "The Mother of Qasr is a novel set in Basra.",
    "Daughter of Jbeil is a poem by a writer from Tyre.",
    "Son of Ahmed, the fighters called him in Aleppo.",
    "Tourists in Beirut visited the House of Commons on a trip to London.",
    "Members of House of Saud met in Riyadh, a source in Jeddah said.",
    "An exhibition in Cairo showed the Eye of Horus amulet.",
    "Visitors to Tower of London queued, a guide from Amman said.",
]


@pytest.mark.parametrize("text", PLACE_WORD_TRAPS)
def test_place_word_traps(text):
    assert found(text) == []


OUTLETS_ENGLISH_SOMETIMES_CAPITALISES = [
    ("In Sanaa the Charter newspaper, the party's mouthpiece, published the speech in full.", "Charter newspaper"),
    ("Beirut's Ambassador newspaper reported that the cabinet would meet on Monday.", "Ambassador newspaper"),
    ("The minister told the Moon channel in Manama that talks would resume.", "Moon channel"),
]


@pytest.mark.parametrize("text,span", OUTLETS_ENGLISH_SOMETIMES_CAPITALISES)
def test_outlets_named_by_a_word_english_sometimes_capitalises(text, span):
    assert span in " ".join(found(text, "NAM00")), found(text, "NAM")


@pytest.mark.parametrize("text", [
    "The Gulf newspaper market is shrinking, an editor in Dubai said.",
    "In Sanaa the Friday newspaper supplement carried the speech.",
    "The National newspaper in Abu Dhabi ran the story.",
    "The Guardian newspaper in London ran the story about Beirut.",
])
def test_outlet_words_that_are_names_of_their_own(text):
    assert found(text) == []


TRANSLATED_PLACES = [
    ("Fires broke out in the Spring of the Oleanders near Algiers on Monday.", "Spring of the Oleanders"),
    ("Pilgrims walked to the Monastery of the Olive near Nablus.", "Monastery of the Olive"),
    ("Thousands of displaced people crowded into tents in the Dates Monastery, in central Gaza.", "Dates Monastery"),
    ("Shelling near the Well of the Martyrs killed two shepherds east of Deir ez-Zor.", "Well of the Martyrs"),
]


@pytest.mark.parametrize("text,span", TRANSLATED_PLACES)
def test_a_place_named_by_translating_its_words(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("place", ["Palm Springs", "the Cape of Good Hope", "the Tower of London", "Death Valley", "Tower Bridge", "Castle Hill", "Silicon Valley",
                                   "Cape Town", "Green Mountain", "Olive Hill", "the Valley of the Kings"])
def test_english_place_names_with_feature_nouns(place):
    assert found(f"Mohamed Salah trained in {place} on Monday before flying to Cairo.") == []
    assert found(f"Mohamed Salah trained in the {place} area before flying to Cairo.") == []


@pytest.mark.parametrize("text,span", [
    ("Residents of the Blue city, east of Amman, lost water on Monday.", "Blue city"),
    ("Floods cut the road to the Black city north of the capital, officials in Benghazi said.", "Black city"),
    ("A group calling itself the Knights of Blood Companies claimed the attack on the convoy.",
     "Knights of Blood Companies"),  # (the lexicon knows the Guardians of Blood: NAM001)
])
def test_a_city_named_by_an_adjective_and_an_of_name_of_an_armed_group(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    "Pilgrims reached the Holy city at dawn, officials in Riyadh said.",
    "Tourists in Jodhpur love the Blue City and its forts.",
    "Members of the Daughters of the American Revolution Society met in Ohio.",
])
def test_city_and_of_name_traps(text):
    assert found(text, "NAM008") == []


# --- compound given names translated word by word (our own examples) ----------------------
COMPOUND_NAMES = [
    ("Servant of the Merciful Saleh met the envoy in Aden on Monday.", "Servant of the Merciful", "Abd al-Rahman"),
    ("Slave of the Mighty Bouteflika ruled Algeria for twenty years.", "Slave of the Mighty", "Abd al-Aziz"),
    ("The spokesman Servant of the Generous said the talks had failed.", "Servant of the Generous", "Abd al-Karim"),
    ("The Glory of the Religion al-Qassam Brigades fired rockets at the border.", "Glory of the Religion", "Izz al-Din"),
    ("Fighters of the Light of the Religion al-Zenki movement left the town.", "Light of the Religion", "Nour al-Din"),
    ("Sword of the Faith Hamdan said the convoy had reached Marib.", "Sword of the Faith", "Saif al-Din"),
]


@pytest.mark.parametrize("text,span,target", COMPOUND_NAMES)
def test_compound_given_names_translated(text, span, target):
    report = check_text(text, config=Config(select=("NAM008",)))
    assert [(f.text, f.suggestions[0].replacement) for f in report.findings] == [(span, target)]


COMPOUND_NAME_TRAPS = [
    "The light of Islam spread across North Africa in the seventh century.",
    "Worshippers at the Light of Islam Mosque in Leeds prayed for peace.",
    "He praised the Sword of Islam in a sermon in Cairo.",
    "The Servant of God Pope John Paul II was beatified in Rome.",
    "Prayers to the Merciful were said in the mosque in Amman.",
    "The Pillar of the Faith award went to a Cairo charity.",
]


@pytest.mark.parametrize("text", COMPOUND_NAME_TRAPS)
def test_compound_given_name_traps(text):
    assert found(text) == []


# English names of aid groups made of gloss words, in a text about the Arab world
ENGLISH_GROUP_NAMES = [
    "Officials in Baghdad told Al Jazeera that Mercy Corps delivered aid to families in Idlib.",
    "A Peace Corps volunteer taught English in Rabat in the 1990s.",
    "Freedom House rated Tunisia partly free, officials in Tunis said.",
]


@pytest.mark.parametrize("text", ENGLISH_GROUP_NAMES)
def test_english_group_names_are_left_alone(text):
    assert found(text) == []
