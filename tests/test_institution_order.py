"""NAM010: names of official bodies in the Arabic construct order ("the Commission of Elections",
"the Agency for News", "the Ministry of the Health"). Our own sentences: shapes that must fire,
with the words a writer would choose, and the English names of the same shape that must not."""

from __future__ import annotations

import pytest
from pathological import cpu_time, grows_linearly

from mtqa.document import Document
from mtqa.engine import Context
from mtqa.rules import check_one, get
from mtqa.rules.institution_order import _shapes

RULE = get("NAM010")


def _found(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, tuple(s.replacement for s in f.suggestions)) for f in check_one(RULE, Document(text), Context())]


@pytest.mark.parametrize("text, span, first", [
    ("Inspectors from the Authority of Tourism visited the hotels in Hurghada.", "Authority of Tourism", "Tourism Authority"),
    ("The Company of Electricity said the grid would be repaired by Friday.", "Company of Electricity", "Electricity Company"),
    ("A statement by the Directorate of Health was read out.", None, None),  # (Directorate: English names it so)
    ("Officers of the Police of Traffic stopped the convoy in Zarqa.", "Police of Traffic", "Traffic Police"),
    ("The Supreme Council of Security met in Khartoum.", "Supreme Council of Security", "Supreme Security Council"),
    ("The National Commission of Human Rights called for the release of the detainees.",
     "National Commission of Human Rights", "National Human Rights Commission"),  # ("The National": a newspaper too)
    ("The rapporteur of the National Commission of Human Rights spoke first.",
     "National Commission of Human Rights", "National Human Rights Commission"),
    ("The Independent High Commission of the Elections will publish the results on Sunday.",
     "Independent High Commission of the Elections", "Independent High Electoral Commission"),
    ("Crews of the Forces of Civil Defence put out the fire.", "Forces of Civil Defence", "Civil Defence Forces"),
    ("The Establishment of Ports raised its fees.", "Establishment of Ports", "Ports Establishment"),
    ("The Office of Media of the army denied the report.", None, None),  # (the name goes on: "of the army")
    ("Saba, the Agency for News, reported the attack.", "Agency for News", "News Agency"),
    ("Members of the Council of the Province voted to dismiss the governor of Basra.",
     "Council of the Province", "Provincial Council"),
    ("The Cell of Crisis met after the floods in Derna.", "Cell of Crisis", "Crisis Cell"),
    ("The Committee of Coordination of the unions met on Sunday.", None, None),  # (the name goes on)
    ("Leaders of the Committee of Coordination met in Omdurman.", "Committee of Coordination", "Coordination Committee"),
    ("The Minister of the Higher Education opened the new campus in Mosul.",
     "Minister of the Higher Education", "Minister of Higher Education"),
    ("Staff of the Ministry of the Health and Population went on strike.",
     "Ministry of the Health and Population", "Ministry of Health and Population"),
])
def test_construct_order_fires(text, span, first):
    found = _found(text)
    if span is None:
        assert found == []
    else:
        assert [s for s, _ in found] == [span]
        assert found[0][1][0] == first


@pytest.mark.parametrize("text", [
    # English names of the shape "<kind> of <field>"
    "The Council of Ministers approved the budget.",
    "The Court of Appeal upheld the sentence.",
    "The Chamber of Commerce welcomed the decision.",
    "The Department of Homeland Security issued a warning.",
    "The Bureau of Statistics publishes the figures each month.",
    "The Central Office of Information closed in 2012.",
    "The National Commission of Audit reported to the treasurer.",
    # Arab bodies' own English names of the construct shape
    "Jeddah - The General Authority of Civil Aviation said flights were normal.",
    "The Public Authority for Housing said the flats were ready.",
    # a longer name: the field goes on
    "The Organization for Security and Co-operation in Europe sent observers.",
    "The Centre for Media Studies published its annual survey.",
    "The Agency for International Development funds the clinic.",
    "The Council of Security Studies meets in June.",
    "The Council of the City of London owns the market.",
    "The Committee of the Regions advises the European Union.",
    "The Council of the Nation, Algeria's upper house, passed the bill.",  # (its own English name)
    # portfolios English writes with "the"
    "The Ministry of the Interior said two men were arrested.",
    "The Minister of the Economy resigned.",
    "The Ministry of the Environment banned the pesticide.",
    # lower case, and ordinary English
    "The agency of news and views was founded by two friends.",
    "The forces of security and order were everywhere.",
    "He spoke of the authority of media owners over their editors.",
    # the lexicon's own English name of a body
    "Iraq's Commission of Integrity opened an inquiry into the contracts.",
])
def test_english_names_do_not_fire(text):
    assert _found(text) == []


def test_evidence_says_why():
    finding = check_one(RULE, Document("The Company of Oil raised its output."), Context())[0]
    assert finding.extra["evidence"] == ["construct-order", "head:company", "field:oil"]
    assert all(not s.safe for s in finding.suggestions)  # (never applied by fix: check the official name)


@pytest.mark.parametrize("unit", [
    "Commission of ",
    "High ",
    "Ministry of the ",
    "Agency for the ",
    "Company of Oil ",
])
def test_linear_time_on_pathological_input(unit):
    """The patterns and the whole rule on a unit repeated n and 2n times (then "Commission of
    Oil"): twice the text costs at most about twice the time."""
    data, construct, ministry, openings, leading = _shapes()

    def measure(n: int) -> float:
        text = unit * n + "Commission of Oil."
        return cpu_time(lambda: (list(construct.finditer(text)), list(ministry.finditer(text)),
                                 check_one(RULE, Document(text), Context())))

    ok, small, large = grows_linearly(measure, 4000, floor=0.05)
    assert ok, (small, large)
