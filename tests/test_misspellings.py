"""TYP015 misspelt-word: ordinary English words misspelt in MT output or post-editing, found
without a list of misspellings; names, romanised Arabic, British spellings and rare but correct
words left alone; the spellchecker library loaded only when a word is unknown."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mtqa import check_text
from mtqa.config import Config

CONFIG = Config(select=("TYP015",))

# (sentence, misspelt word, expected first correction)
MUST_FIRE = [
    ("The ministry of foriegn affairs condemned the shelling of the port.", "foriegn", "foreign"),  # swapped
    ("Gunmen attacked a checkpoint near the vilage at dawn.", "vilage", "village"),  # dropped double
    ("Police said the crime was commited by two men on a motorcycle.", "commited", "committed"),
    ("The session was adjurned until the middle of next month.", "adjurned", "adjourned"),  # dropped letter
    ("The cabinet approved the anual budget after a long debate.", "anual", "annual"),
    ("The protesters demanded the goverment's resignation.", "goverment", "government"),  # before 's
    ("The violance spread to three more districts overnight.", "violance", "violence"),  # wrong vowel
    ("The militery operation in the east continued for a week.", "militery", "military"),
    ("An independant commission will investigate the killings.", "independant", "independent"),
    ("The embasy said its staff were safe.", "embasy", "embassy"),
    ("The comittee will submit its report to the speaker.", "comittee", "committee"),
    ("Thousands of refugess returned to their homes in the north.", "refugess", "refugees"),
    ("The two leaders discused the situation in the region by phone.", "discused", "discussed"),
    ("Aid convoys crossed accross the frontier on Tuesday.", "accross", "across"),
    ("The oposition boycotted the vote, saying it was rigged.", "oposition", "opposition"),
    ("The ceasfire largely held in the southern provinces.", "ceasfire", "ceasefire"),
    ("The summit ended with a sucessful agreement on trade.", "sucessful", "successful"),
    ("Members of parliment demanded an inquiry.", "parliment", "parliament"),
    ("The attack occured shortly after midnight.", "occured", "occurred"),  # doubled consonant dropped
    ("The mayor said the bridge would be rebuilt (with forign help).", "forign", "foreign"),
    ("The comission will publish its findings next month.", "comission", "commission"),  # not co+mission
    ("The security situaton in the south remains tense.", "situaton", "situation"),  # not situ+aton
    ("The negociations were held behind closed doors.", "negociations", "negotiations"),  # French-shaped
    ("The minister stressed the responsability of donors.", "responsability", "responsibility"),
    ("The sustainable developpment of the coast needs money.", "developpment", "development"),
]

TRAPS = [
    "The mukhtar of the village met the sheikh to discuss the intifada anniversary.",
    "The Houthis said they would organise the defence of the port and its centre.",
    "The programme travelled through the neighbouring regions; the labour minister analysed it.",
    "The post-war peacebuilding and counterterrorism efforts were praised.",
    "Fighters of the fedayeen and the shabiha clashed; jihadists fled the mukhabarat.",
    "The waqf paid the zakat, and the wilaya office reopened.",
    "The apps and financials of the firm were checked; shoppers may upsize their orders.",
    "Rebalancing the budget was an unpresidential move, the obstreperous senator said.",
    "He wrote to info@goverment.example and visited www.parliment.example/news.",
    "The covid19 vaccines and the f16s arrived; the ngos said so.",
    "Negotations, a consulting firm, said the Negotations report was late.",
    "The minister said: \"We recognise the sacrifices of our martyrs.\"",
    "Al-Tabqa and el-Fasher were shelled; al-sharq reported it.",
    "The shop sells homeware and headwear; the medallist dreamt of gold.",
    "The rebels sieged the town while the femme fatale fled.",
    "The charity fundraised for the victims, and the disused mine was sealed.",
]


@pytest.mark.parametrize("text, word, correction", MUST_FIRE, ids=[w for _, w, _ in MUST_FIRE])
def test_misspelt_word_fires(text, word, correction):
    findings = check_text(text, config=CONFIG).documents[0].findings
    assert [f.text for f in findings] == [word]
    assert findings[0].suggestions[0].replacement == correction


@pytest.mark.parametrize("text", TRAPS)
def test_trap_is_silent(text):
    assert check_text(text, config=CONFIG).documents[0].findings == []


def test_fix_is_safe_only_for_a_dominant_correction():
    sure = check_text("The goverment met on Sunday.", config=CONFIG).documents[0].findings[0]
    assert sure.suggestions[0].safe
    unsure = check_text("The ministry had recieved the letter.", config=CONFIG).documents[0].findings[0]
    assert [s.replacement for s in unsure.suggestions] == ["received", "relieved"]
    assert not any(s.safe for s in unsure.suggestions)


_PROBE = """
import sys
from mtqa import check_text
check_text({text!r})
print("spellchecker" in sys.modules)
"""


@pytest.mark.parametrize("text, loaded", [
    ("The government said the military council met the envoy in the capital on Sunday.", False),
    ("Gunmen attacked the Sheikh's house; Negotations is a firm.", False),
    ("The goverment said the council met.", True),
])
def test_library_loaded_only_for_an_unknown_word(text, loaded):
    out = subprocess.run([sys.executable, "-c", _PROBE.format(text=text)], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == str(loaded)


def test_words_of_a_sentence_left_in_french_are_not_typos():
    text = "The envoy spoke. Le ministre a appelé les pays garants à agir. La situation reste calme."
    assert check_text(text, config=CONFIG).documents[0].findings == []


def test_common_word_filter_from_the_cache_is_the_one_made_from_the_table(tmp_path, monkeypatch):
    """The bit filter of common words is read back from the on-disk cache: the same bits as made
    from english_words.bin, when first made (the cache empty) and when read back."""
    from mtqa.rules import misspellings

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    made = misspellings._made_filter()
    for _ in range(2):  # (stored by the first call, read back by the second)
        misspellings._common_filter.cache_clear()
        assert misspellings._common_filter() == made
    assert list(tmp_path.glob("spelling-filter-*.marshal"))
    assert sum(bin(byte).count("1") for byte in made) > 20_000  # (about 30,000 common words, a few sharing a bit)
    misspellings._common_filter.cache_clear()
