"""The coverage lexicon (cov-*.toml, built from tools/lexicon_coverage/*.psv): size, required
fields, the build is current, generated misspellings fire, attested spellings never do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtqa import check_text
from mtqa.config import Config
from mtqa.lexicon import load_entries

ROOT = Path(__file__).resolve().parent.parent
ENTRIES = load_entries()
COVERAGE = [e for e in ENTRIES if Path(e.file).name.startswith("cov-")]
BY_ID = {e.id: e for e in ENTRIES}
ARAB_LEAGUE = (
    "Algeria", "Bahrain", "Comoros", "Djibouti", "Egypt", "Iraq", "Jordan", "Kuwait", "Lebanon",
    "Libya", "Mauritania", "Morocco", "Oman", "Palestine", "Qatar", "Saudi Arabia", "Somalia",
    "Sudan", "Syria", "Tunisia", "UAE", "Yemen",
)


def findings(text, rules=("NAM001", "NAM002")):
    return [f for f in check_text(text, config=Config(select=rules)).findings if f.rule in rules]


def test_lexicon_has_at_least_1200_entries():
    assert len(ENTRIES) >= 1200, len(ENTRIES)


def test_every_entry_has_arabic_english_and_evidence():
    for e in ENTRIES:
        assert any("\u0600" <= c <= "\u06ff" for c in e.arabic), e.id
        assert e.name.strip() and e.note.strip(), e.id
    for e in COVERAGE:
        assert "Evidence:" in e.note, e.id


def test_every_arab_league_state_is_covered():
    for country in ARAB_LEAGUE:
        mine = [e for e in ENTRIES if e.country.startswith(country)]
        categories = {e.category for e in mine}
        assert len(mine) >= 15, (country, len(mine))
        assert categories >= {"media-outlet", "person", "place"}, (country, categories)
        assert categories & {"party", "armed-group", "government-body"}, (country, categories)


@pytest.mark.skipif(not (Path(os.environ.get("MTQA_SHARED", ROOT.parent / "shared")) / "data" / "names").exists(),
                    reason="needs ../shared/data/names to rebuild")
def test_build_is_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_coverage_lexicon.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "text,written,expected",
    [
        ("Army chief Said Shangriha inspected the units in Tamanrasset.", "Shangriha", "Chanegriha"),
        ("Former president Buteflika died in 2021, the agency said.", "Buteflika", "Bouteflika"),
        ("Foreign Minister Nasser Burita met the envoy in Rabat.", "Burita", "Bourita"),
        ("The late emir Sheikh Sabah Alahmad Aljaber Alsabah was mourned.", "Sabah Alahmad Aljaber Alsabah", "Sabah al-Ahmad"),
        ("Envoy Geir Bedersen briefed the council.", "Geir Bedersen", "Geir Pedersen"),
        ("Comorian President Ghazali Othmani arrived in Jeddah.", "Ghazali Othmani", "Azali Assoumani"),
    ],
)
def test_generated_misspellings_fire(text, written, expected):
    found = findings(text)
    assert any(written in f.text and f.suggestions and expected in f.suggestions[0].replacement for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Gulf News and The Peninsula both carried the statement on their front pages.",
        "Al Jazeera, Asharq Al-Awsat and Al-Ahram reported the visit.",
        "Former president Abdelaziz Bouteflika died in 2021.",
        "Army chief Said Chanegriha inspected the units in Tamanrasset.",
    ],
)
def test_correct_names_never_fire(text):
    assert not findings(text), [f.text for f in findings(text)]


@pytest.mark.parametrize(
    "text,written,expected",
    [
        ("In a speech, Mr. Hassan Nasrallah said the group would respond.", "Mr. Hassan Nasrallah", "Hassan Nasrallah"),
        ("The Sheikh of Reason of the Druze community called for calm.", "Sheikh of Reason", "Sheikh Aql"),
        ("The Judge of Judges issued a ruling on the holiday.", "Judge of Judges", "Chief Islamic Justice"),
        ("Students of Mother of Villages University returned to class.", "Mother of Villages University", "Umm al-Qura University"),
        ("The Servant of the Two Holy Mosques received the delegation.", "Servant of the Two Holy Mosques", "Custodian of the Two Holy Mosques"),
        ("The Sumerian channel broadcast the speech live.", "Sumerian channel", "Alsumaria"),
        ("The Depths agency published a statement claiming the attack.", "Depths agency", "Amaq News Agency"),
        ("The enthusiasm movement said its fighters withdrew.", "enthusiasm", "Hamas"),
        ("Fighting reached the town of Great Palace north of Larache.", "Great Palace", "Ksar El Kebir"),
        # category sweeps (our own sentences)
        ("Settlers attacked the village of Red Inn east of Jerusalem on Friday.", "Red Inn", "Khan al-Ahmar"),
        ("Police clashed with youths in Mother of Coal on Monday night.", "Mother of Coal", "Umm al-Fahm"),
        ("The Planets magazine interviewed the actress in Cairo.", "Planets magazine", "Al-Kawakeb"),
        ("An official in Nouakchott told the Lamp website that the vote was delayed.", "Lamp website", "Al-Siraj"),
        ("The Levantine Pearls reported that the convoy reached Idlib.", "Levantine Pearls", "Al-Durar al-Shamiya"),
        ("Prince of Qatar Tamim bin Hamad received the envoy in Doha.", "Prince of Qatar", "Emir of Qatar"),
        ("The Elders' Council approved the budget in Cairo on Sunday.", "Elders' Council", "Senate"),
        ("Gunmen of the League of Partisans clashed with Fatah in Ain al-Hilweh.", "League of Partisans", "Usbat al-Ansar"),
        ("The Jerusalem Force commander was killed in a strike on Damascus.", "Jerusalem Force", "Quds Force"),
        ("Israeli tanks pushed into Rooster's Burrow in central Gaza.", "Rooster's Burrow", "Juhor al-Dik"),
        ("Civilians fled Bath of the Sick, south of Mosul, on Tuesday.", "Bath of the Sick", "Hammam al-Alil"),
        ("Fighters reached Palace of the Good, east of Tripoli, overnight.", "Palace of the Good", "Qasr al-Akhyar"),
    ],
)
def test_coverage_renderings_fire(text, written, expected):
    found = findings(text)
    assert any(written.lower() in f.text.lower() and f.suggestions and expected in f.suggestions[0].replacement for f in found), [(f.text, f.suggestions) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "Umm al-Qura University in Mecca opened a new faculty.",
        "The Custodian of the Two Holy Mosques, King Salman, received the delegation.",
        "Shelling hit al-Bab and Ksar El Kebir stayed calm; Al Ain hosted the summit.",
        "The Chief Islamic Justice and the Sheikh Aql attended, Amaq said.",
        "Hamas said Gebran Bassil and Samir Geagea met in Beirut.",
    ],
)
def test_correct_coverage_names_never_fire(text):
    assert not findings(text), [f.text for f in findings(text)]


TRAPS = [l for l in (ROOT / "tests" / "data" / "coverage_traps.txt").read_text("utf-8").splitlines() if l.strip()]


@pytest.mark.parametrize("text", TRAPS)
def test_ordinary_english_near_coverage_renderings_is_silent(text):
    """Our own sentences using the words of the coverage renderings in their ordinary sense."""
    assert not findings(text), [f.text for f in findings(text)]


def test_generated_misspellings_are_not_attested_spellings():
    """No generated or listed misspelling is a correct form of any entry."""
    correct = {f.lower() for e in ENTRIES for f in e.correct_forms}
    wrong = {f.lower(): e.id for e in COVERAGE for f in e.misspelled}
    assert not set(wrong) & correct, sorted(set(wrong) & correct)[:5]
