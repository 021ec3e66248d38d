"""NAM008 for names of venues, trade bodies, sports federations and festivals that the lexicon
lacks, found by their shape alone (no lexicon entry): a head noun, "of" and a romanised name or a
date in the Arabic order, a trade's members after "of the", a sports body's literal head, a
state Foundation, and word pairs only a word-by-word translation gives. Our own sentences:
variants that must fire, ordinary English that must not."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config


def found(text, rules=("NAM001", "NAM008")):
    """What NAM008 reports, or NAM001 where the lexicon has since listed the body."""
    report = check_text(text, config=Config(select=("NAM",)))
    return [f.text for f in report.findings if f.rule in rules]


FIRES = [
    ("Al-Quwa Al-Jawiya drew 1-1 with Al-Talaba at the Stadium of Al-Kashafa in Baghdad.", "the Stadium of Al-Kashafa"),
    ("The wounded were taken to the Hospital of Al-Shifa in Gaza on Monday.", "the Hospital of Al-Shifa"),
    ("Cairo - The Festival of El Qahira for Theatre opens next week.", "The Festival of El Qahira"),
    ("The final will be played at the stadium of 7 July in Aden.", "the stadium of 7 July"),
    ("Protesters crossed the Bridge of July 14 in Baghdad on Friday.", "the Bridge of July 14"),
    ("Amman - The Jordanian Handball Union suspended the league on Sunday.", "Jordanian Handball Union"),
    ("The Libyan Basketball Union fined Al-Ahli Benghazi.", "Libyan Basketball Union"),
    ("The Royal Moroccan University of Athletics named a new coach in Rabat.", "University of Athletics"),
    ("The Tunisian University for Handball said the cup final would go ahead.", "University for Handball"),
    ("Beirut - The Syndicate of the Journalists condemned the arrest.", "Syndicate of the Journalists"),
    ("In Amman, the Association of the Engineers called a strike.", "Association of the Engineers"),
    ("The Kuwaiti Petroleum Foundation raised output, Kuwaiti officials said.", "Kuwaiti Petroleum Foundation"),
    ("The assets were referred to the Apparatus of Illicit Gains in Cairo.", "Apparatus of Illicit Gains"),
    ("Tunis - The Carthage Theatrical Days close on Saturday.", "Theatrical Days"),
    ("Cairo - The Ministry of Agriculture and Animal Wealth banned imports.", "Animal Wealth"),
    ("Ramallah - The Palestinian Cash Authority told the banks to cut fees.", "Cash Authority"),
    ("Flights to Tunis resumed, the Gulf Falcon Aviation company said in Doha.", "Aviation company"),
    ("Algiers - The National Company for Hydrocarbons signed a deal in Algiers.", "National Company for Hydrocarbons"),
    ("Muscat - The Ministry of Agriculture, Fisheries Wealth and Water Resources said.", "Fisheries Wealth"),
]

QUIET = [
    "The Morning Star reported on the Egyptian elections.",
    "The Union of Concerned Scientists met in Cairo on Monday.",
    "Tourists from Egypt flew to the island of Malta.",
    "Residents of Hope Street in Amman complained about the noise.",
    "The Rugby Football Union met Saudi officials in London.",
    "The Bulgarian Football Union fined a club after a match against an Egyptian side.",
    "The Football Union of Russia hosted the Iraqi delegation.",
    "The Mosque of al-Hakim in Cairo reopened after restoration.",
    "Tanks reached the port of al-Hudaydah in Yemen.",
    "Troops entered the province of al-Anbar in Iraq.",
    "The Stadium of Light hosted an exhibition game against Al-Ahli.",
    "The Association of Banks in Lebanon said deposits fell.",
    "The Union of Journalists in Jordan elected a new head.",
    "The University of Jordan ranked first in Amman.",
    "The Health Foundation funded a clinic in Cairo.",
    "The Qatar Foundation opened a school in Doha.",
    "Jordan's mineral wealth lies in phosphate, Jordanian officials said.",
    "Saudi Arabia's Sovereign Wealth Fund bought shares in Riyadh.",
    "The Egyptian national team held a training camp at the stadium in Cairo.",
    "The company of soldiers left Baghdad on May 22.",
    "Aviation company shares fell in Dubai on Monday.",
    "Cash Authority rules do not exist in Jordan, Jordanian bankers said.",
]


@pytest.mark.parametrize("text,span", FIRES)
def test_names_by_shape_fire(text, span):
    assert any(span in f for f in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_english_stays_quiet(text):
    assert found(text, ("NAM008",)) == []


def test_outside_a_text_about_the_arab_world_nothing_fires():
    assert found("Fans met at the Stadium of El Dorado and the Bridge of July 14 in Paris.") == []


def test_the_venue_message_gives_the_english_order():
    report = check_text("Fans filled the Stadium of Al-Shaab in Baghdad.", config=Config(select=("NAM",)))
    assert any("Al-Shaab Stadium" in f.message for f in report.findings if f.rule == "NAM008")


def test_the_sports_body_named_again_by_its_head_alone():
    text = ("Rabat - The Royal Moroccan University of Football renewed the coach's contract, and the "
            "president of the university thanked him.")
    assert found(text) == ["Royal Moroccan University of Football", "the university"]  # (NAM001: now listed)


def test_the_union_alone_without_a_sports_union_before_stays_quiet():
    assert found("In Cairo the union of drivers called a strike; the union said fares would rise.") == []
    assert found("The union met before the Egyptian Football Union was founded in Cairo.") == ["Egyptian Football Union"]


def test_a_state_foundation_named_again_by_its_head_alone():
    text = "Tripoli - The Libyan Petroleum Foundation resumed output, and the Foundation said exports would rise."
    assert found(text) in (["Libyan Petroleum Foundation", "the Foundation"], ["Petroleum Foundation", "the Foundation"])


@pytest.mark.parametrize("text", [
    "Doha - The Qatar Foundation opened a school, and the Foundation said more would follow.",
    "Tripoli - The Libyan Petroleum Foundation met, and the Foundation's board and the Foundation Council agreed.",
    "Cairo - Workers laid the foundation of the new Egyptian museum.",
])
def test_the_foundation_named_again_traps(text):
    assert "the Foundation" not in found(text)
