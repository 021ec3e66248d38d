"""Name shapes of unseen MT text (issue 13, fifth pass): general shapes rather than single
names — a government body named in the Arabic word order (head noun, "of", its domain).
Our own sentences: variants that must fire, traps (ordinary English with the same words) that
must not."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config


def found(text, rule="NAM"):
    """Texts of the findings of `rule` ("NAM" alone: of any name rule)."""
    report = check_text(text, config=Config(select=(rule[:3],)))
    return [f.text for f in report.findings if f.rule.startswith(rule)]


ARABIC_ORDER_BODIES = [
    ("Baghdad - The Authority of Transparency said it had opened files on 20 officials.", "Authority of Transparency"),
    ("An official at the Ministry of the Health in Erbil said the hospital was full.", "Ministry of the Health"),
    ("The Jordanian Agency for News reported that the king received the envoy in Amman.", "Agency for News"),
    ("The Authority of Civil Aviation in Beirut suspended flights to Tehran.", "Authority of Civil Aviation"),
    ("The Commission of Media and Communications in Baghdad banned the programme.", "Commission of Media and Communications"),
    ("In Tripoli the Council of the Presidency named a new defence minister.", "Council of the Presidency"),
    ("The Company of Oil in Basra raised its exports, Iraqi officials said.", "Company of Oil"),
]

ARABIC_ORDER_TRAPS = [
    "The Council of Ministers in Beirut approved the budget on Monday.",
    "The Commission of Inquiry in Baghdad heard ten witnesses.",
    "The Ministry of the Interior in Rabat said the border was closed.",
    "The Ministry of Health in Amman reported 40 new cases.",
    "The Council of Europe criticised the law passed in Ankara and Cairo.",
    "The Council of Higher Education in Jordan approved two new universities.",
    "The Office of the Presidency in Cairo denied the report.",
    "Riyadh - The General Authority of Civil Aviation said flights were normal.",
    "The Supreme Council of Antiquities in Cairo announced a new find.",
    "Tunisia's Independent High Authority for Elections set the date of the vote.",
    "Egypt's Commission for Racial Equality does not exist, but Britain had one.",
]
NOT_ARAB = "The Commission of Integrity met in Berlin on Monday."  # not about the Arab world


@pytest.mark.parametrize("text", ARABIC_ORDER_TRAPS)
def test_arabic_order_traps_silent(text):
    assert not [f for f in found(text, "NAM008") if " of " in f or " for " in f], found(text)


def test_arabic_order_needs_an_arab_text():
    assert found(NOT_ARAB, "NAM008") == []


# The cases of NAM010 (withdrawn: the same shape as this one), given an Arab place where they had
# none: (text, span or None, first suggestion)
CONSTRUCT_CASES = [
    ("Inspectors from the Authority of Tourism visited the hotels in Hurghada.", "Authority of Tourism", "Tourism Authority"),
    ("In Beirut the Company of Electricity said the grid would be repaired by Friday.", "Company of Electricity", "Electricity Company"),
    ("A statement by the Directorate of Health in Erbil was read out.", None, None),  # (Directorate: English names it so)
    ("Officers of the Police of Traffic stopped the convoy in Zarqa.", "Police of Traffic", "Traffic Police"),
    ("The Supreme Council of Security met in Khartoum.", "Supreme Council of Security", "Supreme Security Council"),
    ("In Rabat the National Commission of Human Rights called for the release of the detainees.",
     "National Commission of Human Rights", "National Human Rights Commission"),
    ("The Independent High Commission of the Elections in Baghdad will publish the results on Sunday.",
     "Independent High Commission of the Elections", "Independent High Electoral Commission"),
    ("In Aleppo crews of the Forces of Civil Defence put out the fire.", "Forces of Civil Defence", "Civil Defence Forces"),
    ("The Establishment of Ports in Latakia raised its fees.", "Establishment of Ports", "Ports Establishment"),
    ("In Sanaa the Office of Media of the army denied the report.", None, None),  # (the name goes on)
    ("Saba, the Agency for News, reported the attack on Sanaa.", "Agency for News", "News Agency"),
    ("Members of the Council of the Province voted to dismiss the governor of Basra.",
     "Council of the Province", "Provincial Council"),
    ("The Cell of Crisis met after the floods in Derna.", "Cell of Crisis", "Crisis Cell"),
    ("The Committee of Coordination of the unions met in Khartoum on Sunday.", None, None),  # (the name goes on)
    ("Leaders of the Committee of Coordination met in Omdurman.", "Committee of Coordination", "Coordination Committee"),
    ("The Minister of the Higher Education opened the new campus in Mosul.",
     "Minister of the Higher Education", "Minister of Higher Education"),
    ("In Cairo staff of the Ministry of the Health and Population went on strike.",
     "Ministry of the Health and Population", "Ministry of Health and Population"),
    ("The Ministry of the Foreign Affairs in Rabat summoned the ambassador.",
     "Ministry of the Foreign Affairs", "Ministry of Foreign Affairs"),
]

CONSTRUCT_TRAPS = [
    "In Cairo the Court of Appeal upheld the sentence.",
    "The Chamber of Commerce in Amman welcomed the decision.",
    "The Department of Homeland Security issued a warning about travel to Iraq.",
    "The Bureau of Statistics in Amman publishes the figures each month.",
    "The Central Office of Information in Beirut closed in 2012.",
    "The Public Authority for Housing in Kuwait said the flats were ready.",
    "The Organization for Security and Co-operation in Europe sent observers to Tunisia.",
    "The Centre for Media Studies in Doha published its annual survey.",
    "The Agency for International Development funds the clinic in Gaza.",
    "The Council of Security Studies meets in Amman in June.",
    "The Council of the Nation, Algeria's upper house, passed the bill.",
    "The Minister of the Economy in Cairo resigned.",
    "The Ministry of the Environment in Amman banned the pesticide.",
    "In Beirut the agency of news and views was founded by two friends.",
    "In Baghdad the forces of security and order were everywhere.",
    "Iraq's Commission of Integrity opened an inquiry into the contracts.",
    "The Office of Communications in London fined the channel over its Syria report.",
]


@pytest.mark.parametrize("text,span,first", CONSTRUCT_CASES)
def test_construct_cases(text, span, first):
    report = check_text(text, config=Config(select=("NAM",)))
    found_here = [(f.text, [s.replacement for s in f.suggestions]) for f in report.findings if f.rule == "NAM008"]
    if span is None:
        assert found_here == []
    else:
        assert [t for t, _ in found_here] == [span], found_here
        assert found_here[0][1][0] == first


TITLE_CALQUES = [
    ("The Qatari prince received the Lebanese prime minister in Doha on Sunday.", "The Qatari prince"),
    ("Kuwait's prince opened the new session of parliament.", "Kuwait's prince"),
    ("A cable from the Kuwaiti prince congratulated the Algerian president.", "the Kuwaiti prince"),
    ("Fighters of the martyr Abu Ali Mustafa brigades fired rockets from Gaza.", "the martyr Abu Ali Mustafa brigades"),
    ("The Martyr Ahmed Yassin Brigades said they had shelled the base near Gaza.", "The Martyr Ahmed Yassin Brigades"),
    ("Members of the Martyr Omar al-Mukhtar Battalion patrolled the streets of Derna.", "the Martyr Omar al-Mukhtar Battalion"),
]

TITLE_TRAPS = [
    "The Kuwaiti crown prince received the envoy in Kuwait City.",
    "The Crown Prince of Kuwait received the envoy.",
    "A Qatari prince bought the London hotel.",
    "The Qatari prince Sheikh Jassim attended the race in Doha.",
    "The martyr Ahmed Yassin was buried in Gaza.",
    "The al-Aqsa Martyrs Brigades fired rockets from Gaza.",  # (nor "Martyrs Brigades" after an al- name)
    "The Saudi prince met the Emir of Qatar in Riyadh.",
]


@pytest.mark.parametrize("text", TITLE_TRAPS)
def test_title_calque_traps_silent(text):
    assert not [f for f in found(text, "NAM008") if "rince" in f or "artyr" in f], found(text)


def test_rendering_with_its_article_inside_a_correct_name_silent():
    """with_article's "the" must not carry a rendering out of the correct name it begins."""
    text = "Hassan Fadlallah, head of the Loyalty to the Resistance bloc, said the bloc would vote no."
    assert found(text, "NAM001") == []


PERSON_ORDER = [
    ("Baghdad - Parliament speaker Al-Halbousi Mohammed opened the session on Monday.", "Al-Halbousi Mohammed"),
    ("Kurdish leader Barzani Masoud received the delegation in Erbil.", "Barzani Masoud"),
    ("In Tunis, Ennahda's leader Ghannouchi Rached denied the charges.", "Ghannouchi Rached"),
    ("Speaker Mohammed the Halbousi said the vote would be held next week in Baghdad.", "Mohammed the Halbousi"),
    ("Former prime minister Kadhimi Mustafa left Baghdad for London.", "Kadhimi Mustafa"),
]

PERSON_ORDER_TRAPS = [
    "Palestinian President Abbas Mahmoud met the envoy in Ramallah.",  # (a given name first: another man)
    "Trump Donald and Biden Joe were listed in the index of the Cairo book.",  # (not an Arab name)
    "The sheikh spoke after Mohammed the baker had left the mosque in Baghdad.",
    "Masoud Barzani received the delegation in Erbil.",
    "Mohammed al-Halbousi opened the session in Baghdad.",
]


LANDMARKS = [
    ("Kuwait - The cabinet held its weekly meeting at the Sword Palace on Monday.", "Sword Palace"),
    ("Raqqa - Fighting continued around the Revolution Dam on the Euphrates.", "Revolution Dam"),
    ("Taiz - A sniper killed a child in the Mount of Thyme area.", "Mount of Thyme"),
    ("Homs - Shelling hit villages below the Falcon Mountain overnight.", "Falcon Mountain"),
    ("Muscat - The sultan received the new ambassadors at the Glory Palace.", "Glory Palace"),
]

LANDMARK_TRAPS = [
    "Jerusalem - Pilgrims climbed the Mount of Olives at dawn.",
    "Addis Ababa - Talks on the Renaissance Dam resumed, Egypt said.",
    "The Hague - The court at the Peace Palace ruled on the Qatar case.",
    "Sanaa - Tourists visited the Rock Palace in Wadi Dhahr.",
    "Amman - The Desert Palace east of the city was restored.",
    "The Presidential Palace in Baghdad hosted the talks.",
    "Muscat - Farmers on the Green Mountain picked roses.",
    "London - Tourists queued at the Sword Palace exhibition.",  # (no Arab text)
]


MORE_TITLES_AND_PLACES = [
    ("Khartoum - The ruler of Gezira State said the road was open.", "ruler of Gezira State"),
    ("Algiers - The Ruler of Oran Province inaugurated the port.", "Ruler of Oran Province"),
    ("Kuwait - A fire broke out in the Ahmadi the Great governorate.", "Ahmadi the Great"),
    ("Deir ez-Zor - Gunmen killed an official in the squares city.", "squares city"),
    ("Baghdad - A bomb went off in the cities district on Sunday.", "cities district"),
    ("Amman - The Greater Irbid Secretariat closed a road on Monday.", "Greater Irbid Secretariat"),
    ("Amman - Veterans marked the anniversary of the Battle of Glory near the river.", "Battle of Glory"),
    ("Najaf - The religious reference Bashir al-Najafi received the envoy.", "The religious reference"),
    ("Baghdad - The religious references in Najaf called for calm.", "The religious references"),
    ("Karbala - A statement from the Shiite religious reference urged voters to take part.", "the Shiite religious reference"),
]

MORE_TRAPS = [
    "Dubai - The ruler of Dubai opened the new terminal.",
    "Raqqa - The ruler of the Islamic State group was killed.",
    "Moscow - The ship entered Peter the Great Bay.",
    "Cairo - A statue of Ramses the Great stands in the museum.",
    "Baghdad - The cities of the south were flooded.",
    "London - The Greater London Secretariat met.",
    "Medina - Historians studied the Battle of the Trench and the Battle of Badr.",
    "Baghdad - The Battle of Mosul ended in 2017.",
    "Cairo - The religious reference to Moses in the speech angered some.",
    "London - The religious reference Ali said nothing.",
]


def test_quoted_title_is_no_landmark():
    assert found('Baghdad - Critics praised "The Last Palace", a novel set in Cairo.', "NAM008") == []


YEH_ENDINGS = [
    ("Beirut - Lawyer Rami al-Hamiyya spoke on Monday. Al-Hamiyyeh added that the case would go on.", "Al-Hamiyyeh"),
    ("Amman - Writer Nabil al-Sharqiya spoke on Monday. Al-Sharqiyeh added that the book was ready.", "Al-Sharqiyeh"),
    ("Damascus - Engineer Fadi Sawiyeh spoke on Monday. Sawiya added that the bridge was safe.", "Sawiya"),
]

YEH_TRAPS = [
    "Sanaa - Ali Abdullah Saleh spoke on Monday. Salah Ahmed added that the talks went on.",
    "Beirut - Rami Hamiyyeh spoke on Monday. Rami Hammoud added that the case would go on.",
]


# each shape: (rule, examples that must fire with the span reported) and (rule, traps on which it stays silent)
# the same shape of a body the lexicon knows: NAM001 names it (the gloss table gives all its words)
LEXICON_ORDER_BODIES = [
    ("The Commission of Border Crossings in Iraq announced the closure of the Rabia crossing.", "Commission of Border Crossings"),
    ("The Independent Higher Commission of Elections in Baghdad counted the ballots.", "Independent Higher Commission of Elections"),
]

FIRING = [("NAM008", ARABIC_ORDER_BODIES), ("NAM001", LEXICON_ORDER_BODIES), ("NAM008", TITLE_CALQUES), ("NAM001", PERSON_ORDER),
          ("NAM008", LANDMARKS), ("NAM008", MORE_TITLES_AND_PLACES), ("NAM004", YEH_ENDINGS)]
SILENT = [("NAM008", CONSTRUCT_TRAPS), ("NAM001", PERSON_ORDER_TRAPS), ("NAM008", LANDMARK_TRAPS),
          ("NAM008", MORE_TRAPS), ("NAM004", YEH_TRAPS)]


@pytest.mark.parametrize("rule,text,span", [(rule, text, span) for rule, cases in FIRING for text, span in cases])
def test_shape_fires(rule, text, span):
    assert span in found(text, rule), found(text)


@pytest.mark.parametrize("rule,text", [(rule, text) for rule, traps in SILENT for text in traps])
def test_trap_silent(rule, text):
    assert found(text, rule) == [], found(text)
