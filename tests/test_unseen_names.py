"""Names on unseen text: spellings and consistency (NAM002, NAM004). Our own examples: shapes
that must be reported and traps that must not."""

from __future__ import annotations

import pytest

from mtqa import check_text
from mtqa.config import Config


def found(text, rule):
    report = check_text(text, config=Config(select=("NAM",)))
    return [f.text for f in report.findings if f.rule == rule]


GIVEN_NAME_TRAPS = [
    # a one-word misspelling the lexicon lists for a person is another man's given name here
    "Mayor Abdulkarim Dhuwaib inspected the port on Sunday.",
    "The minister Abdulmalek Saleh visited the clinic in Taiz.",
    "Abdulmalek al-Mikhlafi met the envoy in Riyadh.",
]


@pytest.mark.parametrize("text", GIVEN_NAME_TRAPS)
def test_a_given_name_is_not_a_misspelt_surname(text):
    assert found(text, "NAM002") == []


def test_a_lone_misspelt_surname_is_still_reported():
    assert found("The former president Abdoulkarem died in Moroni.", "NAM002") == ["Abdoulkarem"]
