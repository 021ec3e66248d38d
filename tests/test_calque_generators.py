"""Calque families written by their generator (mtqa/data/calque_generators.toml): every pattern
fires on its own bad example, every family stays silent on its traps, and more variants of our
own (other words, other structures) fire while ordinary English stays silent."""

from __future__ import annotations

import re

import pytest

from mtqa import check_text
from mtqa.config import Config
from mtqa.rules.phrases import load_patterns

PATTERNS = load_patterns("calque_generators.toml")
FAMILIES = {p.family: p for p in PATTERNS}


def _calques(text):
    return [f.text for f in check_text(text, config=Config(select=("TRN001",))).findings if f.rule == "TRN001"]


@pytest.mark.parametrize("phrase", PATTERNS, ids=[p.id for p in PATTERNS])
def test_pattern_fires_on_its_bad_example(phrase):
    (sentence,) = phrase.bad
    assert re.search(phrase.match, sentence, re.IGNORECASE), (phrase.id, sentence)
    assert _calques(sentence), (phrase.id, sentence)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_family_is_silent_on_its_traps(family):
    for sentence in FAMILIES[family].good:
        assert _calques(sentence) == [], (family, sentence)


@pytest.mark.parametrize("text", [
    "Tens of students sat the exam in a tent.",
    "Police detained tens of young men after the match.",
    "The foreign minister arrived to the Sultanate of Oman on a two-day visit.",
    "The convoy arrived to the Zaatari camp before noon.",
    "Revenues of the month of March fell sharply.",
    "The king conducted a telephone conversation with the emir about the summit.",
    "The ministers held a session of official talks in the capital.",
    "Crowds came to offer the duty of condolences to the family.",
    "The army raised the state of alertness on the border.",
    "The minister held the occupation the full responsibility for the attack.",
    "The movement reaffirmed its commitment to the Palestinian constants.",
    "Egypt is working to strengthen the calming between the two sides.",
    "Markets returned to their nature after the holiday.",
    "He wished him lasting health and success.",
    "The parties agreed on a Yemeni-Yemeni dialogue in Muscat.",
    "The works of the Arab youth conference kicked off in Tunis.",
    "The agreement calls for the exit of foreign forces within 90 days.",
    "The sides reviewed the path of the negotiations in Doha.",
    "The dinar rose in front of the euro on Tuesday.",
    "The prince arrived in Paris on top of a large delegation.",
    "The people must choose away from external dictates.",
    "The forum opened with the attendance of three ministers.",
    "The talks were led by Engineer Hassan Idris, the head of the utility.",
    "The funeral was attended by a crowd of ministers and notables.",
])
def test_variants_fire(text):
    assert _calques(text), text


@pytest.mark.parametrize("text", [
    "Tens of thousands of people fled the city.",
    "She arrived to the applause of the whole hall.",
    "The month of Ramadan ends on Sunday.",
    "He made a phone call to his brother on Monday.",
    "The committee held a session on the new law.",
    "It is the duty of the state to protect its citizens.",
    "The calming effect of the rain was welcome.",
    "The court held him responsible for the damage.",
    "The river returned to its course after the flood.",
    "The Egyptian-Sudanese border was closed.",
    "The works of the artist were shown in Cairo.",
    "The exit of the tunnel was blocked by rocks.",
    "The path of the hurricane moved north.",
    "A crowd of protesters gathered in the square.",
    "The engineer Hassan Idris said the pumps worked.",
    "Engineers repaired the pipe on Monday.",
])
def test_traps_silent(text):
    assert _calques(text) == [], text


@pytest.mark.parametrize("text", [
    "The United States exercised pressures on the two sides to accept the truce.",
    "The ministry did not provide any informations about the victims.",
    "In a step that is the first of its kind, the bank opened a branch in the camp.",
    "The governor listened to a detailed explanation about the progress of work in the project.",
    "The prices of the meat rose by twenty percent.",
    "The number of the dead rose to 40, according to a new toll.",
    "The project comes within the plan of the government to develop the region.",
    "The operation resulted in the killing of five militants and the injury of three others.",
    "The army pushed military reinforcements to the border area.",
    "He said the work is proceeding according to the plan drawn up.",
])
def test_more_variants_fire(text):
    assert _calques(text), text


@pytest.mark.parametrize("text", [
    "Financial pressures forced the sale.",
    "He exerted pressure on the clan.",
    "He listened to the briefing in silence.",
    "The plant is the first of its kind in the region.",
    "In a step toward peace, the sides swapped prisoners.",
    "The injury of the striker worried the coach.",
    "The price of gold rose on Monday.",
    "Police pushed the crowd back.",
    "The plan was drawn up in May.",
    "The bill comes within days of the vote.",
    "He sent a written reply.",
])
def test_more_traps_silent(text):
    assert _calques(text) == [], text


@pytest.mark.parametrize("text", [
    "Rain flooded streets in Sousse and Monastir and Mahdia on Sunday.",
    "The convoy moved from Homs and Hama and Idlib toward the border.",
    "Aid was sent to the wounded and the sick and the displaced.",
    "The Arabs foreign ministers met in Cairo on Sunday.",
    "The envoy addressed the summit of the Arabs leaders.",
])
def test_order_variants_fire(text):
    assert _calques(text), text


@pytest.mark.parametrize("text", [
    "Tripoli, Misrata and Zawiya were calm.",
    "Shares of Marks and Spencer and ITV fell.",
    "The Arabs who fled returned to their homes.",
    "The Syrians voted on Sunday.",
    "Trade between Egypt and Sudan and between Sudan and Chad grew.",
])
def test_order_traps_silent(text):
    assert _calques(text) == [], text
