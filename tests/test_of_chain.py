"""SYN003's of-chain: head + "of" + complement + the adjectives Arabic puts last ("the Organization
of Health World"); English names of that shape end in a noun. Our own examples and traps."""

from __future__ import annotations

import pytest

from mtqa import api
from mtqa.config import Config


def reversed_order(text: str) -> list[tuple[str, str]]:
    report = api.check_text(text, config=Config(select=("SYN003",)))
    return [(f.text, f.suggestions[0].replacement if f.suggestions else "") for d in report.documents for f in d.findings]


@pytest.mark.parametrize("text, span, fix", [
    ("The Council of Security National met on Sunday.", "The Council of Security National", "The National Security Council"),
    ("The Commission of Elections Independent High published the results.",
     "The Commission of Elections Independent High", "The Independent High Elections Commission"),
    ("The Organization of Health World warned of cholera.", "The Organization of Health World", "The World Health Organization"),
    ("Fighters of the Forces of Support Rapid attacked the town.", "the Forces of Support Rapid", "the Rapid Support Forces"),
    ("The Front of Salvation National called for protests.", "The Front of Salvation National", "The National Salvation Front"),
    ("The Minister of Affairs Foreign Iraqi arrived in Amman.", "The Minister of Affairs Foreign Iraqi",
     "The Iraqi Foreign Affairs Minister"),
    ("A report by the Commission of Inquiry International, released on Monday, blamed both sides.",
     "the Commission of Inquiry International", "the International Inquiry Commission"),
])
def test_of_chain_fires(text, span, fix):
    assert reversed_order(text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    "The Office of the High Representative said the talks would resume.",
    "The Office of the Attorney General said the case was closed.",
    "The Office of the Director General said the reports were false.",
    "The Secretary General of the United Nations arrived on Monday.",
    "The Department of Homeland Security issued a warning.",
    "The Council of Europe met in Strasbourg.",
    "The Museum of Modern Art opened a new wing.",
    "The Organization of Islamic Cooperation held a summit.",
    "The Ministry of Foreign Affairs summoned the ambassador.",
    "The Council of Arab Economic Unity met in Cairo.",
    "The League of Arab States condemned the attack.",
    "The Party of European Socialists won seats.",
    "The Court of Appeal upheld the ruling.",
    "The Police Public Relations Office issued a statement.",
])
def test_of_chain_traps(text):
    assert reversed_order(text) == []


@pytest.mark.parametrize("text, span", [
    ("The authorities local ordered the evacuation of the village.", "The authorities local"),
    ("The operations military continued in the north.", "The operations military"),
    ("The situation humanitarian in the camps is getting worse.", "The situation humanitarian"),
    ("Donors pledged help for the sector agricultural in the south.", "the sector agricultural"),
])
def test_postposed_relational_adjective_fires(text, span):
    assert [t for t, _ in reversed_order(text)] == [span]


@pytest.mark.parametrize("text", [
    "The shop is run by a family local to the area.",
    "It is a problem local authorities face every winter.",
    "The team national anthem was played twice.",
    "He made the issue political, critics said.",
    "They consider the matter military in nature.",
    "The plan, described as economic in its goals, was approved.",
    "The council held a meeting national in scope.",
    "The party won the seat local elections had left vacant.",
    "The ship sank in waters international law protects.",
    "The soldiers military police arrested were released.",
])
def test_postposed_relational_adjective_traps(text):
    assert reversed_order(text) == []


@pytest.mark.parametrize("text, span", [
    ("Aid reached the town, the agency KUNA reported.", "the agency KUNA"),
    ("The agency SANA said the army shelled the town.", "The agency SANA"),
    ("According to the agency Petra, the king met the envoy.", "the agency Petra"),
])
def test_agency_name_after_the_noun_fires(text, span):
    assert [t for t, _ in reversed_order(text)] == [span]


@pytest.mark.parametrize("text", [
    "The news agency QNA reported the visit.",
    "The agency Reuters contacted did not reply.",
    "The agency, Reuters, reported the visit.",
    "The agency Saudi Press Agency reported the visit.",
    "The agency's director said the figures were wrong.",
])
def test_agency_name_traps(text):
    assert reversed_order(text) == []
