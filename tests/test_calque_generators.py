"""Calque families written by their generator (mtqa/data/calque_generators.toml): more variants
of our own (other words, other structures) fire while ordinary English stays silent. Each
pattern's own bad example and each family's traps are tested in tests/test_calque_patterns.py."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config


def _calques(text):
    return [f.text for f in check_text(text, config=Config(select=("TRN001",))).findings if f.rule == "TRN001"]


@pytest.mark.parametrize("text", [
    "Tens of students sat the exam in a tent.",
    "Police detained tens of young men after the match.",
    "The foreign minister arrived to the Sultanate of Oman on a two-day visit.",
    "The convoy arrived to the Zaatari camp before noon.",
    "Revenues of the month of March fell sharply.",
    "The minister held the occupation the full responsibility for the attack.",
    "The parties agreed on a Yemeni-Yemeni dialogue in Muscat.",
])
def test_variants_fire(text):
    assert _calques(text), text


@pytest.mark.parametrize("text", [
    "Tens of thousands of people fled the city.",
    "She arrived to the applause of the whole hall.",
    "The month of Ramadan ends on Sunday.",
    "The court held him responsible for the damage.",
    "The Egyptian-Sudanese border was closed.",
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
    "The Europeans finance ministers met in Luxembourg on Monday.",
    "The envoy addressed the summit of the Arabs leaders.",
])
def test_order_variants_fire(text):
    assert _calques(text), text


@pytest.mark.parametrize("text", [
    "Sousse, Monastir and Mahdia were calm.",
    "Shares of Marks and Spencer and ITV fell.",
    "The Arabs who fled returned to their homes.",
    "The Syrians voted on Sunday.",
    "Trade between Egypt and Sudan and between Sudan and Chad grew.",
])
def test_order_traps_silent(text):
    assert _calques(text) == [], text


@pytest.mark.parametrize("text", [
    "Customs officers managed to foil an attempt to smuggle gold.",
    "The forces managed to arrest the gang members.",
    "The king issued his directives to open the border.",
    "He described the visit as successful by all standards.",
    "The meeting discussed the means of enhancing joint cooperation.",
    "The army thwarted an infiltration attempt by terrorist elements.",
    "The ministry called on the citizens to cooperate with the security services.",
])
def test_ability_and_orders_fire(text):
    assert _calques(text), text


@pytest.mark.parametrize("text", [
    "Firefighters were able to contain the blaze.",
    "Rescuers managed to pull three people from the rubble.",
    "The EU issued new directives on data.",
    "The citizens of Paris voted.",
    "By all accounts the talks went well.",
    "The means of payment changed.",
    "He managed to shoot a short film.",
])
def test_ability_and_orders_silent(text):
    assert _calques(text) == [], text
