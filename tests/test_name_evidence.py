"""Names on unseen text: renderings generated from the Arabic name, weighed evidence, and
consistency of person names. Our own examples: shapes that must be reported and traps that
must not."""

from __future__ import annotations

import pytest
from conftest import run_cli

from mtqa import check_text
from mtqa.config import Config
from mtqa.lexicon import load_lexicon, parse_file
from mtqa.lexicon.generate import entry_renderings, generated_renderings, lookup
from mtqa.lexicon.ngrams import ngram_counts

EXTRA = """
[[entry]]
id = "test-evening-daily"
arabic = "المساء"
name = "Al-Massae"
category = "media-outlet"
country = "Morocco"
note = "Test entry: a daily whose name means 'the evening'."

[[entry]]
id = "test-gulf-news-paper"
arabic = "أخبار الخليج"
name = "Akhbar Al Khaleej"
category = "media-outlet"
country = "Bahrain"
note = "Test entry: its literal rendering is the real name of another paper."

[[entry]]
id = "test-vetoed"
arabic = "الشروق"
name = "Al-Shorouk"
category = "media-outlet"
country = "Egypt"
never = ["sunrises"]
note = "Test entry with a veto."

[[entry]]
id = "test-envoy-grundberg"
arabic = "هانس غروندبرغ"
name = "Hans Grundberg"
category = "person"
country = "Yemen"
note = "Test entry: UN special envoy for Yemen since 2021."

[[entry]]
id = "test-not-generated"
arabic = "الفجر"
name = "Al-Fajr"
category = "media-outlet"
country = "Algeria"
generate = false
note = "Test entry that opts out of generation."
"""


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    path = tmp_path_factory.mktemp("lex") / "extra.toml"
    path.write_text(EXTRA, "utf-8")
    return Config(select=("NAM001", "NAM002", "NAM003", "NAM004"), lexicons=(str(path),))


def findings(text, config, rule="NAM001"):
    return [f for f in check_text(text, config=config).findings if f.rule == rule]


# --- generation --------------------------------------------------------------------------

def test_gloss_lookup_strips_article_and_clitics():
    assert lookup("الجزيرة")[1][0] == "island"
    assert lookup("وبالجزيرة") is not None and lookup("للجزيرة") is not None
    assert lookup("الشعبية") == ("adjective", ("popular",))
    assert lookup("زيزفون") is None


def test_generated_shapes():
    forms = [f.lower() for f in generated_renderings("بركان الغضب")]
    for shape in ("volcano of anger", "anger volcano", "volcano of the wrath", "rage volcano", "fury's volcano"):
        assert shape in forms, shape
    assert "popular crowd" in [f.lower() for f in generated_renderings("الحشد الشعبي")]
    assert "evenings" in generated_renderings("المساء")  # plural
    assert generated_renderings("طرابلس") == []  # a word with no meaning in the table: nothing
    # a long name also without its trailing adjectives (news shorthand)
    assert "accord society" in [f.lower() for f in generated_renderings("جمعية الوفاق الوطني الإسلامية")]


def test_vetoes_correct_forms_and_opt_out():
    entries = {e.id: e for e in parse_file("extra.toml", EXTRA)}
    assert "sunrise" in entry_renderings(entries["test-vetoed"], frozenset())
    assert "sunrises" not in entry_renderings(entries["test-vetoed"], frozenset())
    assert entry_renderings(entries["test-not-generated"], frozenset()) == ()
    assert "gulf news" not in [f.lower() for f in entry_renderings(entries["test-gulf-news-paper"], frozenset())]
    pmf = load_lexicon().by_id["popular-mobilization-forces"]
    assert not any("mobilization forces" in f.lower() for f in load_lexicon().generated[pmf.id])


def test_lexicon_show_marks_generated():
    result = run_cli("lexicon", "show", "al-bayan")
    assert result.returncode == 0
    assert b"generated (weighed)" in result.stdout and b"statement" in result.stdout
    missing = run_cli("lexicon", "show", "no-such-entry")
    assert missing.returncode == 2 and b"unknown lexicon entry" in missing.stderr


def test_ngram_table_holds_counts_not_text():
    counts = ngram_counts()
    assert counts.count("island") > counts.count("anger volcano") == 0
    assert counts.count("middle east", title=True) > 0


# --- shapes that must be reported ----------------------------------------------------------

FIRE = [
    ("The Pyramids newspaper said on Monday that the talks had stalled.", "The Pyramids", "cue:newspaper"),
    ("Officials told the Statement daily that the port would reopen.", "the Statement", "title-case"),
    ("Commanders of the rage volcano operation said the front line held.", "rage volcano", "rare-phrase"),
    ("Fighters of the Volcano of the Wrath operation advanced on the airport.", "Volcano of the Wrath", None),
    ("The Evenings newspaper reported that the party wants three ministries.", "The Evenings", "sentence-initial-title-case"),
    ("The Day newspaper's editor said the cabinet would meet on Tuesday.", "The Day", None),
    ("Beirut (The Day) - The cabinet met on Monday to discuss the budget.", "The Day", "dateline"),
    ("The Lighthouse, the party's satellite channel, said two fighters were killed.", "The Lighthouse", "apposition"),
    ("God's Party and its allies won the most seats.", "God's Party", "head-noun-inside:party"),
    ("In statements to the island, the minister denied the report.", "the island", "cue:in statements to"),
    ("Leaders of the Accord Society met the envoy in Manama on Monday.", "Accord Society", "head-noun-inside:society"),
    ("Shelling hit the inn of Younis before dawn.", "inn of Younis", "proper-name-inside"),
    ("Fighters of the Free Men of the Levant movement withdrew from the town.", "Free Men of the Levant", None),
    ("Residents told the Palestinian agency Loyalty that the roads were closed.", "Loyalty", "head-noun:agency"),
    # a title's rendering before the holder's name (name-follows)
    ("President of the Parliament Nabih Berri called a session for Thursday.", "President of the Parliament", "name-follows"),
    ("Chairman of the Parliament Ali Hamdan received the delegation in Aden.", "Chairman of the Parliament", "name-follows"),
    ("Head of the Parliament Aguila Saleh met the envoy in Cairo on Monday.", "Head of the Parliament", "name-follows"),
]


@pytest.mark.parametrize("text,span,evidence", FIRE)
def test_shapes_fire(text, span, evidence, config):
    found = findings(text, config)
    assert len(found) == 1 and span in found[0].text, found
    if evidence:
        assert evidence in found[0].extra["evidence"]


def test_json_finding_carries_evidence(config):
    data = check_text("The Pyramids newspaper said the talks had stalled.", config=config).to_dict()
    finding = data["documents"][0]["findings"][0]
    assert finding["rule"] == "NAM001" and "cue:newspaper" in finding["evidence"]


# --- traps: ordinary English ---------------------------------------------------------------

TRAPS = [
    "The ferry reached the island of Malta on Monday.",
    "A volcano erupted near the village overnight.",
    "The popular crowd cheered as the team arrived.",
    "A man named Said opened a bakery on the corner.",
    "Port Said is a city on the Suez Canal.",
    "Gulf News reported that rents in Dubai rose again.",
    "Hezbollah, whose name means Party of God, was founded in 1982.",
    "Fox News reported the story first.",
    "They spent the day at the beach and read the evening newspaper.",
    "She read a statement to the press after the meeting.",
    "The analyst told the news site that turnout would be high.",
    "The holy city receives pilgrims all year round.",
    "Three islands were evacuated before the storm.",
    "The Middle East is warming faster than the global average.",
    "The President of the Parliament Building Committee met in Brussels.",
    "President of the Parliament Roberta Metsola visited Strasbourg on Monday.",
    # the meaning given as a gloss right after the name: an English writer explaining it
    "Hezbollah (Party of God) said it had fired rockets at the border.",
    "Al-Ahram, or the Pyramids, published the decree on Sunday.",
    "Al Jazeera (The Island) reported the strike first.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_do_not_fire(text, config):
    assert findings(text, config) == []


# --- consistency of person and place names -----------------------------------------------

CONSISTENCY_FIRE = [
    ("Karim Bennani opened the talks. Speaking in Rabat, Kareem Benani said the budget was agreed.",
     "Kareem Benani", "Karim Bennani"),
    ("Tarek al-Masri chaired the session. Later Tariq al-Masry closed it.", "Tariq al-Masry", "Tarek al-Masri"),
    ("Troops entered Ma'loula on Sunday. Residents of Maloula fled north.", "Maloula", "Ma'loula"),
    ("Shelling hit a camp in El Fasher. The Al-Fasher committees blamed the militia.", "Al-Fasher", "El Fasher"),
    ("The envoy Kamal al-Zubaidi arrived. Officials said Al-Zubaidy would stay a week.", "Al-Zubaidy", "Al-Zubaidi"),  # the article kept
]


@pytest.mark.parametrize("text,span,fix", CONSISTENCY_FIRE)
def test_inconsistent_names_fire(text, span, fix, config):
    found = findings(text, config, rule="NAM004")
    assert [(f.text, f.suggestions[0].replacement) for f in found] == [(span, fix)]


CONSISTENCY_TRAPS = [
    "Ahmed Qasim met Mohammed Qasim, his brother, in Amman.",
    "Hassan Zubi met officials. Later Hussein Zubi spoke.",
    "Saleh Omran and Salah Omran are brothers.",
    "Bashar al-Assad spoke. Al-Assad later left. Assad returned.",
    "We're told the war-era bridge will reopen. We're hopeful, War-era veterans said.",
    "A man named Said opened a bakery. Port Said welcomed the ship.",
    "Tourists drove to Jebel Akhdar, the Green Mountain, for the cooler air.",
    # two people who spell one name their own way: the later one introduced as someone else
    "Karim Bennani opened the talks. Separately, a man named Kareem Benani was fined in Rabat.",
    "Tarek al-Masri chaired the session. Tariq al-Masry, a teacher in Giza, said schools were full.",
    "Youssef Chahed spoke first. His namesake Yousef Shahed, a farmer, spoke later.",
]


# a later mention of the same person described by an apposition is still reported
CONSISTENCY_SAME_PERSON = [
    ("Mahmoud Sharqawi spoke first. Later Sharkawi, an adviser, denied the report.", "Sharkawi"),
]


@pytest.mark.parametrize("text,span", CONSISTENCY_SAME_PERSON)
def test_same_person_described_still_fires(text, span, config):
    assert span in [f.text for f in findings(text, config, rule="NAM004")]


@pytest.mark.parametrize("text", CONSISTENCY_TRAPS)
def test_consistency_traps(text, config):
    assert [f.text for f in check_text(text, config=config).findings if f.rule in ("NAM003", "NAM004")] == []


# --- people of the lexicon in spellings it does not list ----------------------------------

@pytest.mark.parametrize(
    "text,span,fix",
    [
        ("UN envoy Hans Grandberg arrived in Aden on Monday.", "Hans Grandberg", "Hans Grundberg"),
        ("Former premier Fayz Al Saraj left Tripoli.", "Fayz Al Saraj", "Fayez al-Sarraj"),
        ("Turkish President Rejep Tayyip Erdogan spoke by phone.", "Rejep Tayyip Erdogan", "Recep Tayyip Erdogan"),
        ("President Abdulfatah el-Sisi met the delegation.", "Abdulfatah el-Sisi", "Abdel Fattah al-Sisi"),
    ],
)
def test_unlisted_person_spelling(text, span, fix, config):
    found = findings(text, config, rule="NAM002")
    assert [(f.text, f.suggestions[0].replacement) for f in found] == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "UN envoy Hans Grundberg arrived in Aden on Monday.",
        "Actor Karim Abdel Aziz won the award.",
        "Hussein Nasrallah, a cousin of the leader, spoke.",
        "Sultan Haitham bin Tarik received the envoy.",
        "Bilal Erdogan, the president's son, spoke.",
        "Foreign Minister Walid al-Moualem spoke in Damascus.",
        "Labour MP Joan Ryan resigned.",
    ],
)
def test_unlisted_person_spelling_traps(text, config):
    assert findings(text, config, rule="NAM002") == []


def test_two_adjectives_in_either_order():
    forms = [f.lower() for f in generated_renderings("المجلس الشعبي الوطني")]
    assert "national popular council" in forms and "popular national council" in forms
    assert "accord society" in [f.lower() for f in generated_renderings("جمعية الوفاق الوطني الإسلامية")]


OTHER_HEAD_AFTER_OUTLET = [
    "Fighters of the Glory division withdrew from Afrin, Syrian sources said.",
    "The Lamp brigade shelled the town near Tripoli, residents said.",
]


@pytest.mark.parametrize("text", OTHER_HEAD_AFTER_OUTLET)
def test_an_outlets_rendering_before_a_groups_head_is_not_the_outlet(text):
    assert [f for f in check_text(text).findings if f.rule == "NAM001"] == []
