"""NAM002 on unseen spellings of the lexicon's places (mtqa/rules/place_spellings.py). Our own
examples: MT-style respellings in a place position that must be reported, and traps."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config
from mtqa.rules.place_spellings import place_skeleton


def found(text):
    report = check_text(text, config=Config(select=("NAM",)))
    return [(f.text, f.suggestions[0].replacement if f.suggestions else None) for f in report.findings if f.rule == "NAM002"]


MUST_FIRE = [
    # vowels swapped, g written gh, after "the city of"
    ("Clashes broke out in the city of Binghazi on Friday night.", "Binghazi", "Benghazi"),
    # after a bare "in", sentence-final
    ("Two soldiers were wounded in a bombing in Karkouk.", "Karkouk", "Kirkuk"),
    # c read as s, vowels inserted
    ("The minister opened a hospital in Tilimsan on Monday.", "Tilimsan", "Tlemcen"),
    # before a head noun, with an article
    ("Shelling hit villages in the Al-Raqa countryside overnight.", "Al-Raqa", None),
    # a two-word place, articles spelt another way
    ("Hundreds of families fled from Dir al-Zur after the shelling.", "Dir al-Zur", "Deir ez-Zor"),
    # the Arabic letters spelt out where English has an exonym
    ("Police arrested three suspects in Tanja, in the north of the kingdom.", "Tanja", "Tangier"),
    # p written b, sentence-initial "In"
    ("In Balmyra, the army said it had cleared the old city of mines.", "Balmyra", "Palmyra"),
    # a word of the name written right ("Wad", "Tal") and another respelt
    ("The army regained the city of Wad Madni on Saturday.", "Wad Madni", "Wad Madani"),
    ("Rockets fell near Tal Afr, west of Mosul.", "Tal Afr", "Tal Afar"),
    # a dateline opens the line: no cue before it
    ("Binghazi (LANA) - Clashes broke out on Friday night.", "Binghazi", "Benghazi"),
    # the French mute e of the English form is not written
    ("Protesters gathered in Al-Qasrin after the funeral.", "Al-Qasrin", "Kasserine"),
]


@pytest.mark.parametrize("text,span,fix", MUST_FIRE)
def test_misspelt_places_are_reported(text, span, fix):
    hits = found(text)
    assert any(h[0] in span for h in hits), hits  # (another NAM002 check may report a part)
    if fix:
        assert (span, fix) in hits


TRAPS = [
    # correct and accepted spellings
    "Clashes broke out in Benghazi and in Misrata, and later in Deir ez-Zor.",
    "The delegation travelled from Tangier to Tlemcen and then to Palmyra.",
    # another usual transliteration (same spelling key) and a name of its own
    "Europe pulled off the miracle at Medinah.",
    # an adjective of a place (nisba) and a region named by it
    "Heavy rain hit the Dakhiliyah region and Al-Dakhiliyah governorate.",
    # another place: a town of its own, not a misspelling of a listed one
    "Fires spread near Akbou and in the hills around Tanta and Mahalla.",
    # ordinary English and English place names
    "The island of Malta, in Madison and at Brookline, the team won.",
    # a man named Said
    "A man named Said lives in the town of Sidi Said.",
    # datelines with correct places and an agency alone
    "Aden (Saba) - The government met.\nReuters - Talks resumed.\nWashington (AFP) - The envoy spoke.",
    # places outside the Arab world that look like a respelt Arab place
    "The delegation flew from Dakar to Ghent and then to Perm.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_stay_silent(text):
    assert found(text) == []


def test_place_skeleton_folds_mt_letters():
    assert place_skeleton("Tlemcen") == place_skeleton("Tilimsan")
    assert place_skeleton("Benghazi") == place_skeleton("Binghazi")
    assert place_skeleton("Sfax") != place_skeleton("Fez")


def test_foreign_respellings_from_the_cache_as_built(monkeypatch, tmp_path):
    """The re-spelling index of foreign places (NAM002) kept on disk is the one built."""
    from mtqa.lexicon import load_lexicon
    from mtqa.rules import foreign_places

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    lex = load_lexicon()
    built = foreign_places._build_index(lex)
    assert built and foreign_places._index.__wrapped__(lex) == built  # (stored)
    assert list(tmp_path.glob("foreign-respellings-*.marshal"))
    assert foreign_places._index.__wrapped__(lex) == built  # (read back)
