"""People's and places' names on unseen MT text (issue 13): spellings with fatha written e
("Remadi"), a short place with a doubled letter ("Mekkah"), a one-word place cut where a
kinship word reads ("Ben Zart"), a man's surname after "the forces of"/"loyal to", and
consistency of a full name in a word other than the last ("Moqtada … Muqtada al-Sadr"), of
one Arabic name joined and split ("Salahuddin … Salah al-Din"), and of a one-word place
respelt after a locative ("Saada … in Sadah"); places named by meaning after "the emirate
of", in lower case after a bare locative, with an apposition, from new glosses and entries. Our own sentences: variants that must fire,
traps (real places, English names, other men) that must not."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config


def found(text, rule="NAM"):
    """Texts of the findings of `rule` ("NAM" alone: of any name rule)."""
    report = check_text(text, config=Config(select=("NAM",)))
    return [f.text for f in report.findings if f.rule.startswith(rule)]


# (text, rule, span that must be reported)
MUST_FIRE = [
    # fatha written e where English writes a
    ("Gunmen struck a checkpoint in Remadi on Monday.", "NAM002", "Remadi"),
    ("Aid reached families in Fellujah last week.", "NAM002", "Fellujah"),
    ("Thousands of pilgrims walked to Kerbela for the anniversary.", "NAM002", "Kerbela"),
    # e written for i in a short place name
    ("Police in Menya arrested two men on Sunday.", "NAM002", "Menya"),
    # a short place name of two consonants with a doubled letter
    ("Pilgrims arrived in Mekkah on Friday.", "NAM002", "Mekkah"),
    # a one-word exonym's Arabic letters cut where "Ben"/"Bin" reads
    ("Police deployed in Ben Zart overnight.", "NAM002", "Ben Zart"),
    # a surname after words that put a man's name after them
    ("Army units clashed with the forces of Hamidati near El Fasher.", "NAM002", "Hamidati"),
    # an article joined and assimilated ("Essebsi" is es-Sebsi), a French c read as s or k
    ("The funeral of Beji Caid al-Sibsi drew thousands.", "NAM002", "Beji Caid al-Sibsi"),
    ("Crowds mourned Baji Qaed al-Cibci in the capital.", "NAM002", "Baji Qaed al-Cibci"),
    # a surname alone as the subject of a verb of speech
    ("Later Mikaty's office stated that the Lebanese cabinet would meet.", "NAM002", "Mikaty"),
    ("Speaking in western Sudan, Hamidati told reporters his men had withdrawn.", "NAM002", "Hamidati"),
    # a place before "airport", "governor", "city"
    ("Flights resumed at the Binghazi airport on Monday.", "NAM002", "Binghazi"),
    # one full name, its given name spelt two ways
    ("Moqtada al-Sadr spoke in Kufa. Hours later Muqtada al-Sadr called for calm.", "NAM003", "Muqtada al-Sadr"),
    # one Arabic name joined, then split (two entries of one Arabic name)
    ("Rockets hit Salahuddin at dawn, and the Salah al-Din governor said no one was hurt.", "NAM003", "Salah al-Din"),
    # a one-word place respelt after a locative, vowels aside
    ("Jets struck the governorate of Saada, and residents in Sadah said ten homes were hit.", "NAM004", "Sadah"),
    ("Houthi fighters entered Amran on Monday; later the tribes in Omran said the road was open.", "NAM004", "Omran"),
    # a place named by meaning after the kind of place and "of"
    ("Investors from the emirate of the Head of the Tent signed the deal.", "NAM001", "the Head of the Tent"),
    # a place's rendering in lower case after a locative without an article
    ("Militiamen set up a checkpoint near rock cliff on Friday, police said.", "NAM001", "rock cliff"),
    # generated from the gloss table: شرم "bay"
    ("Ministers met in the Bay of the Sheikh resort on Sunday.", "NAM001", "the Bay of the Sheikh"),
    # Oman's governorates named by a direction
    ("Floods cut roads in the Southern Eastern governorate on Tuesday.", "NAM001", "the Southern Eastern governorate"),
    # an epithet of Mecca in Title Case
    ("Hail fell on Taif and the Holy Capital overnight.", "NAM001", "the Holy Capital"),
    # a lexicon person's surname alone later, e written for a or i
    ("Aguila Saleh opened the session. Hours later the office of Seleh denied the report.", "NAM004", "Seleh"),
    ("Faisal al-Fayez chaired the meeting, and Al-Feyez later thanked the deputies.", "NAM004", "Al-Feyez"),
    # a family name respelt as an English word after the same given name ("Said" breaks a name run)
    ("Kais Saied addressed the nation. Hours later Kais Said met the ministers.", "NAM004", "Said"),
    # a place's rendering in a text that names the place's country
    ("Sahrawi fighters said they shelled positions near the Eyes, and the army denied losses.", "NAM001", "the Eyes"),
    # ولاية of Oman and Algeria is no state
    ("Floods closed the road to the state of Sohar, the Omani police said.", "NAM008", "the state of Sohar"),
    ("Algerian civil defence fought fires in the state of Tizi Ouzou.", "NAM008", "the state of Tizi Ouzou"),
    # a patronym translated before a title word that opens the father's name (Mauritanian Ould Cheikh)
    ("Deputy Ahmed son of Sidi Baba won the seat in Nouakchott.", "NAM008", "son of"),
    # the epithet of a holy place or religious institution before its name
    ("The venerable Azhar condemned the bombing in Minya.", "NAM010", "The venerable Azhar"),
    ("Pilgrims flocked to the Illuminated Medina after the Hajj.", "NAM010", "the Illuminated Medina"),
    # a Sudanese district by meaning
    ("Artillery pounded Omdurman and Khartoum Sea overnight.", "NAM001", "Khartoum Sea"),
]


MUST_NOT_FIRE = [
    # a real place whose vowels differ in a and i from another's (Karameh is not Karima)
    "Veterans met in Karameh to remember the battle.",
    # English names after "the forces of" / "loyal to"
    "The forces of Hamilton crossed the river at dawn.",
    "Troops loyal to Napoleon held the bridge.",
    # "Bin"/"Ben" before a name that is no respelt place
    "The men met in Bin Jawad before the offensive.",
    "The family moved to Ben Arous last year.",
    # an Arabic given name that is no respelt place: not after a locative
    "Jets struck Amran on Monday. Omran Ali, a farmer, said his wells were hit.",
    # two places, both known
    "Troops entered Amman. Later protests in Oman grew.",
    # the same full name written the same way, and the surname alone
    "Moqtada al-Sadr spoke in Kufa. Later Moqtada al-Sadr left, and Sadr's aides stayed.",
    "Bashar al-Assad spoke on Monday. Assad later left Damascus.",
    # an article dropped is no other spelling
    "Fighting hit Al-Hasakah on Monday. By evening Hasakah was calm.",
    # an English surname with a c after a title is no respelt Arabic or Italian name
    'Last week, Mark Albence testified. "We will pursue them," Mr. Albence said.',
    # "the state of" a country, a US state, a state of affairs; "son of" with a comma or article
    "The Omani envoy praised the state of Palestine and visited the state of Texas.",
    "Oman said the state of emergency had ended.",
    "Khalid, son of Sheikh Mohammed, met the envoy; he later met the son of Sheikh Zayed.",
    # two common given names of their own are two names, not one spelt two ways
    "Ibrahim Jaber opened the session. Hours later the office of Jabir, his deputy, denied it.",
    # real towns in a place position: no speaker after "in", no short place with other doubling
    "Residents in Nefta said the shelling had stopped, and traders in Mellah agreed.",
    # places outside the Arab world and usual spellings
    "She grew up in Selma and later lived in Reno; students in Benha joined her.",
    # a surname as the speaker in a text that does not name the person's country
    "Later Mikaty's office stated that the cabinet would meet in Paris.",
    # an English surname or given name as the speaker; a full name read by its own rule
    "Smith said the report was false, and Nasser said he would resign.",
    "The Boston city council met on Monday.",
    # men named Said, Saeed, Amer, Amir, Hamad, Hamed: different men, each his own spelling
    "Ahmed Said and Mohamed Saeed, two officials of the ministry, signed the deal.",
    "The minister, Said Hamad, met his counterpart Saeed Hamed in Cairo.",
    "Nizar Amer and Nizar Amir are cousins who live in Sidon.",
    "Supporters of Said Karam gathered outside the court in Port Said.",
    "Veterans met in Karameh, and Karam Haddad, a farmer, spoke.",
    "Students in the state of Kerala, India, and in Oman protested.",
    # an English name the place's country does not turn into a rendering
    "Tourists in Oman flocked to Jebel Akhdar, the Green Mountain, for the cool air.",
    # an English name of a place that a rendering's word opens ("Garden City" is a Cairo district)
    "The British embassy in Sudan moved from Garden City, near the Nile, last year.",
    # the same words as ordinary English
    "The state of the union is strong, the president said.",
    "The head of the tent company said sales rose.",
    "Climbers rested near a rock cliff on the coast.",
    "Jerusalem is a holy capital for three faiths.",
    "The south-eastern governorate of Basra was flooded.",
]


@pytest.mark.parametrize("text,rule,span", MUST_FIRE)
def test_fires(text, rule, span):
    assert span in found(text, rule)


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_stays_silent(text):
    assert found(text) == []
