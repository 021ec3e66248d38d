"""Names on unseen text, second round: one person's name spelt two ways in a document
(NAM004), a lexicon person with one word transliterated another way (NAM002), known names in
lower case (NAM006), a country in a dateline (NAM007), clubs and "X of Y" names (NAM001).
Our own examples: shapes that must be reported and traps that must not."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config


def found(text, rule, source=None):
    config = Config(select=("NAM",))
    report = check_text(text, config=config, source=source) if source else check_text(text, config=config)
    return [(f.text, f.suggestions[0].replacement if f.suggestions else None) for f in report.findings if f.rule == rule]


# --- NAM004: a full name and a later spelling of it ----------------------------------------

VARIANTS = [
    # a lexicon person, then the surname with another vowel and the article
    ("Rashad al-Alimi chaired the meeting in Aden. Later Al-Elaimi told reporters the talks went well.", "Al-Elaimi"),
    # a lexicon person, then the surname alone in another transliteration
    ("President Abdelmadjid Tebboune opened the fair. The next day Tabboune visited Oran.", "Tabboune"),
    # a full name not in the lexicon, then another spelling of the whole name
    ("The striker Youssef Khelifa scored twice. Coach Amine Brahimi praised Yusuf Khalifa after the match.", "Yusuf Khalifa"),
    # the same name with another particle
    ("Crown Prince Salman bin Hamad Al Khalifa met the envoy. Salman ben Hamad thanked him.", "Salman ben Hamad"),
    # a French final e on the given name
    ("The runner Imane Bouchra won the final. The coach of Iman Boushra said she trained at altitude.", "Iman Boushra"),
]

VARIANT_TRAPS = [
    # a different person who shares a vowel-only look-alike given name
    "Saddam Hussein ruled Iraq for decades. Hassan, a teacher in Basra, remembers the sanctions.",
    # English surnames that differ in vowels
    "Ian Poulter finished third. Gwyneth Paltrow watched from the stands, and Poulter waved.",
    "Mark Harris resigned. Later Haris, his deputy, took over.",
    # the same spelling with and without the article
    "Brigadier General Nasser al-Gaid said the attack failed.\n\nAl-Gaid added that three vehicles were seized.",
    # an accepted form of a lexicon person
    "Abdelmadjid Tebboune arrived in Rome. Tebboune met the prime minister.",
]


@pytest.mark.parametrize("text,span", VARIANTS)
def test_later_spelling_of_a_full_name(text, span):
    assert [t for t, _ in found(text, "NAM004")] == [span]


@pytest.mark.parametrize("text", VARIANT_TRAPS)
def test_variant_traps(text):
    assert found(text, "NAM004") == []


# --- NAM002: one word of a known person transliterated another way -------------------------

NEAR = [
    ("King Hamad bin Eissa Al Khalifa received the delegation.", "Hamad bin Eissa Al Khalifa"),
    ("President Hassan Sheikh Mahamud opened the new port.", "Hassan Sheikh Mahamud"),
    ("President Ismail Omar Gelleh returned to Djibouti.", "Ismail Omar Gelleh"),
]
NEAR_TRAPS = [
    "King Hamad bin Isa Al Khalifa received the delegation.",
    "Hassan Sheikh Mohamud opened the new port.",
    # two words only: another man may share the family name
    "Committee head Haidar al-Abadi spoke to the press.",
    # another given name that is a common name of its own
    "Ali bin Hamad Al Khalifa, a businessman, bought the hotel.",
]


@pytest.mark.parametrize("text,span", NEAR)
def test_near_spelling_of_a_known_person(text, span):
    assert span in [t for t, _ in found(text, "NAM002")]


@pytest.mark.parametrize("text", NEAR_TRAPS)
def test_near_spelling_traps(text):
    assert found(text, "NAM002") == []


# --- NAM006: a known name in lower case -----------------------------------------------------

def test_lower_case_name():
    assert found("Ministers of the gulf cooperation council met in Doha.", "NAM006") == [
        ("gulf cooperation council", "Gulf Cooperation Council")
    ]


@pytest.mark.parametrize("text", [
    "The presidential council met in Tripoli.",
    "The Gulf Cooperation Council met in Doha.",
    "Sovereign council members travelled to Port Sudan.",
])
def test_lower_case_traps(text):
    assert found(text, "NAM006") == []


# --- NAM007: a country in a dateline ----------------------------------------------------------

def test_dateline_country():
    assert found("Tunisia (TAP) - The president received the minister on Monday.", "NAM007") == [("Tunisia", "Tunis")]
    assert found("Algeria - The cabinet approved the budget.", "NAM007") == [("Algeria", "Algiers")]


@pytest.mark.parametrize("text", [
    "Tunis (TAP) - The president received the minister on Monday.",
    "Algeria beat Tunisia 2-0 in Oran on Sunday.",
    "Kuwait (KUNA) - The cabinet met on Monday.",
    "Tunisia's president received the minister.",
])
def test_dateline_traps(text):
    assert found(text, "NAM007") == []


# --- NAM001: clubs named by meaning, "X of Y" English names, short Arabic forms --------------

@pytest.mark.parametrize("text,span", [
    ("The Dam club beat its rival 3-0 in Doha on Friday.", "Dam"),
    ("Fans of the Mars club gathered outside the stadium in Omdurman.", "Mars"),
    ("The Hope club signed a new goalkeeper from Rabat.", "Hope"),
    ("Aden (Sheba) - The governor inspected the port.", "Sheba"),
])
def test_translated_club_and_agency_names(text, span):
    assert any(span in t for t, _ in found(text, "NAM001"))


@pytest.mark.parametrize("text", [
    "The new cabinet, which he calls the Government of Hope, took office.",
    "Engineers inspected the dam after the floods.",
    "The Hoover Dam club of retired engineers met.",
    "There is hope that the club will survive.",
    "A crescent moon was sighted over the bay.",
    "The Organisation of Islamic Cooperation met in Jeddah.",
])
def test_club_and_of_name_traps(text):
    assert found(text, "NAM001") == []


def test_sheba_outside_a_dateline_is_the_queen():
    assert not [f for f in found("The Queen of Sheba is a figure of legend.", "NAM001") if f[1] == "Saba News Agency"]


def test_short_arabic_form_in_source_does_not_deny_the_name():
    source = "تبنت حركة الشباب الهجوم على القاعدة."
    text = "The Youth Movement claimed the attack on the base."
    assert any("Youth Movement" in t for t, _ in found(text, "NAM001", source=source))


# --- generation: the clitic ل "for", transliterated articles -----------------------------------

def test_for_shape_of_agency_names():
    from mtqa.lexicon.generate import generated_renderings

    forms = {f.lower() for f in generated_renderings("وكالة السودان للأنباء", "Sudan News Agency")}
    assert "sudan agency for news" in forms and "agency of sudan for news" in forms
    assert "sudan agency" not in forms  # only the "for" shapes when the proper name is guessed
    # an English word of the name is not taken for a transliteration outside the "for" shape
    assert generated_renderings("قوات سوريا الديمقراطية", "Syrian Democratic Forces") == []


def test_agency_for_news_is_reported():
    assert any("Agency for News" in t for t, _ in found("The Sudan Agency for News said the council met in Port Sudan.", "NAM001"))


def test_article_kept_in_generated_proper_name():
    from mtqa.lexicon.generate import generated_renderings

    forms = {f.lower() for f in generated_renderings("كتائب شهداء الأقصى", "Al-Aqsa Martyrs' Brigades")}
    assert "brigades of the martyrs of al-aqsa" in forms and "brigades of the martyrs of aqsa" in forms


def test_two_word_person_with_a_rare_given_name_spelt_another_way():
    assert [t for t, _ in found("Council head Idarous al-Zubaidi returned to Aden.", "NAM002")] == ["Idarous al-Zubaidi"]


def test_dateline_place_rendered_by_meaning():
    assert any("White House" in t for t, _ in found("The White House (MAP) - Traders reopened the port.", "NAM001"))
    assert found("The White House said on Monday that talks would resume.", "NAM001") == []


# --- NAM005: clubs and dateline sources; sports verbs as evidence ----------------------------

def test_translated_club_and_dateline_source_unknown_to_the_lexicon():
    assert [t for t, _ in found("On Sunday the Pledge club won the national cup after extra time.", "NAM005")] == ["Pledge"]
    assert [t for t, _ in found("Mukalla (The Horizon) - The governor opened the new school.", "NAM005")] == ["Horizon"]


@pytest.mark.parametrize("text", [
    "Members of the golf club met on Sunday after the annual tournament.",
    "Washington (Reuters) - The talks resumed on Monday.",
    "London (The Times) - The talks resumed on Monday.",
    "Dubai (Gulf News) - The talks resumed on Monday.",
])
def test_nam005_traps(text):
    assert found(text, "NAM005") == []


def test_sports_verb_is_evidence_for_a_club():
    assert any("Victory" in t for t, _ in found("Two late goals helped The Victory beat its rival 3-1 in Riyadh.", "NAM001"))
    assert found("Hope defeated fear in the final chapter of the novel.", "NAM001") == []


def test_one_word_of_a_longer_english_name_is_not_confirmed_by_the_source():
    source = "ذكرت وكالة الأنباء والمعلومات الفلسطينية أن الوفد وصل."
    text = "The Palestinian News and Information Agency reported that the delegation arrived."
    assert [t for t, _ in found(text, "NAM001", source=source) if t == "News"] == []


def test_a_dropped_article_is_not_a_second_spelling():
    text = "The session was chaired by Khalid bin Saleh Al-Saleh, and Saleh's deputy read the agenda."
    assert found(text, "NAM004") == []


def test_near_spelling_with_every_word_respelt():
    assert any("Baseel" in t for t, _ in found("Minister Jibran Baseel met the delegation in Beirut.", "NAM002"))


@pytest.mark.parametrize("text", [
    "Alaa Salman, a trader, opened a shop in Manama.",  # the lexicon's Ali Salman is another man
])
def test_near_spelling_traps_for_other_people(text):
    assert found(text, "NAM002") == []


def test_a_person_named_after_a_rendering_is_an_apposition():
    text = "The secretary-general of the Arab University Ahmed Aboul Gheit condemned the attack."
    assert any("Arab University" in t for t, _ in found(text, "NAM001"))


def test_a_place_of_the_lexicon_and_its_french_spelling():
    text = "Tourists visited Ouadane on Monday. The mayor of Wadan said the road would be paved."
    assert [t for t, _ in found(text, "NAM004")] == ["Wadan"]


@pytest.mark.parametrize("text", [
    "Troops left Sanaa for Sinai.",  # two places, too short to compare
    "Rockets hit Jableh, and a ship docked at Jubail.",  # no trait of romanised Arabic
])
def test_place_variant_traps(text):
    assert found(text, "NAM004") == []


def test_a_sentence_initial_word_is_no_part_of_the_outlet_name():
    assert [t for t, _ in found("Fans of the Pledge club celebrated the title in Beirut on Sunday.", "NAM005")] == ["Pledge"]


def test_lexicon_person_then_surname_in_another_key_spelling():
    text = "Prime Minister Najib Mikati met the envoy. Later Mikaty said the talks went well."
    assert [t for t, _ in found(text, "NAM004")] == ["Mikaty"]


def test_western_lexicon_people_are_compared_by_spelling_key_only():
    text = "Vladimir Putin met the envoy in Moscow. General Patton's biography was on the table."
    assert found(text, "NAM004") == []


def test_patronym_that_is_also_an_english_word():
    assert [t for t, _ in found("The late Sultan Qabous bin Said ruled Oman for fifty years.", "NAM002")] == ["Qabous bin Said"]
    assert found("The late Sultan Qaboos bin Said ruled Oman for fifty years.", "NAM002") == []


def test_name_runs_are_the_capitalised_runs():
    """names._name_runs (kept as arrays) gives the runs a plain pass over the name tokens gives:
    particles joined in, lower-case words and stop words breaking a run."""
    from mtqa.document import Document
    from mtqa.lexicon import _stop_words
    from mtqa.rules import names

    text = ("Fayez Al Sarraj met Khalifa Haftar in Tripoli. The Prime Minister said Abu Bakr al-Baghdadi "
            "and Mohammed bin Salman spoke.\nSaid Ali left; the talks ended in Tripoli. Tripoli Said")
    doc = Document(text=text)
    lowercase, stop, prose = names._lowercase_words(doc), _stop_words(), doc.prose
    runs: list[list] = []
    for start, end, written in ((*m.span(), m.group()) for m in names._NAME_TOKEN.finditer(prose)):
        if written.lower() in names._PARTICLES:
            continue
        if written.lower() in lowercase or written.lower() in stop or len(written) < 3:
            runs.append([])
        elif runs and runs[-1] and ((start == runs[-1][-1][1] + 1 and prose[start - 1] == " ")
                                    or names._PARTICLE_GAP.match(prose[runs[-1][-1][1] : start])):
            runs[-1].append((start, end, written))
        else:
            runs.append([(start, end, written)])
    expected = [r for r in runs if r]
    found = names._name_runs(doc)
    assert list(found) == expected and len(found) == len(expected)
    assert list(found.longer(2)) == [r for r in expected if len(r) >= 2]
    assert [found[i] for i in range(len(found))] == expected


_SKELETON_WORDS = ["Hamzah", "Ouadane", "Guelleh", "Al Thani", "Chanegriha", "al-Sheikh", "Aguila", "Pedersen",
                   "Ma’rib", "ʿAli", "Dhahab", "Zouhair", "Qadhafi", "Jileh", "Phosphate", "Ahmed", "ou", "h", "Ah",
                   "Sumayyeh", "Kareem", "Hussein", "Mahmoud", "Moosa"]


def test_a_fold_needle_is_in_every_match_and_guarding_changes_no_skeleton():
    import re

    from mtqa import translit
    from mtqa.rules.name_forms import _WIDE_FOLDS
    from mtqa.rules.names import _SKELETON_FOLDS

    def unguarded(word, folds, first_vowels):
        text = translit.strip_article(word.lower())
        for pattern, replacement, _ in folds:
            text = pattern.sub(replacement, text)
        return re.sub(r"(.)\1+", r"\1", ("a" if text[:1] in first_vowels else text[:1]) + re.sub(r"[aeiouyw]", "", text[1:])) if text else ""

    for folds, vowels in ((_WIDE_FOLDS, "aeiouy"), (_SKELETON_FOLDS, "aeiou")):
        for pattern, _, needle in folds:
            for word in _SKELETON_WORDS:
                assert all(needle in m.group() for m in pattern.finditer(word.lower())), (pattern, word)
        for word in _SKELETON_WORDS:
            assert translit.consonant_skeleton(word, folds, vowels) == unguarded(word, folds, vowels), word
    assert translit.consonant_skeleton("Hamzah", _WIDE_FOLDS, "aeiouy") == "hmd"  # (each guarded fold applied)
    for pattern, _, needle in translit._FOLDS:  # (the spelling key's folds are guarded too: by a text
        for word in _SKELETON_WORDS:  # around each match, its lookbehind's letter included)
            assert all(needle in word.lower()[max(0, m.start() - 1) : m.end()] for m in pattern.finditer(word.lower())), (pattern, word)


@pytest.mark.parametrize("word,skeleton", [
    ("Hassan", "hsn"), ("Mohammed", "mhmd"), ("Aidarous", "adrs"), ("Eidros", "adrs"), ("Ouadane", "wdn"),
    ("al-Sisi", "s"), ("Guelleh", "kl"), ("Dagalo", "dkl"), ("Yaaqoub", "akb"),
])
def test_wide_skeleton_of_a_word(word, skeleton):
    """Vowels after the first letter go (y and w too), doubled letters are one, the letter
    variants are folded."""
    from mtqa.rules.name_forms import wide_skeleton

    assert wide_skeleton(word) == skeleton
