"""Style (STY…): run-on sentences."""

from __future__ import annotations

import re

from mtqa.findings import Severity
from mtqa.rules import Rule, register

# Clause-level links: ", and/where/as/while/which" or "and" + a new subject.
_LINK = re.compile(
    r",\s+(?:and|where|as|while|which|whereas)\b"
    r"|\band\s+(?:he|she|it|they|we|the|its|their|his|her|this|these|that)\b",
    re.IGNORECASE,
)


@register
class RunOnSentence(Rule):
    id = "STY001"
    name = "run-on-sentence"
    category = "style/awkward"
    severity = Severity.MINOR
    explanation = (
        "A sentence longer than `max_sentence_words` (default 45) that chains clauses with "
        "\"and\", \"where\", \"as\" and commas, as Arabic prose does with و and حيث. English "
        "news splits it into two or three sentences. Long sentences without clause chains "
        "(lists, long names) are left alone."
    )
    bad = (
        "⟦The forces advanced towards the city and they took control of the airport, and they "
        "captured dozens of fighters, where the spokesman said that the operation continues until "
        "the liberation of all the areas and the return of the displaced families to their homes "
        "in the south of the country.⟧",
    )
    good = (
        "The forces advanced towards the city and seized the airport.",
        "Delegations from Egypt, Jordan, Iraq, Syria, Lebanon, Libya, Tunisia, Algeria, Morocco, "
        "Sudan, Yemen, Oman, Qatar, Kuwait, Bahrain, Saudi Arabia, the United Arab Emirates, "
        "Mauritania, Somalia, Djibouti, the Comoros and Palestine attended the summit in Cairo "
        "on Monday.",
    )

    def check(self, doc, ctx):
        limit = ctx.config.max_sentence_words
        for sentence in doc.sentences:
            words = len(sentence.text.split())
            if words > limit and len(_LINK.findall(sentence.text)) >= 2:
                yield self.finding(
                    doc, sentence.start, sentence.end,
                    f"Run-on sentence of {words} words chained with \"and\"/\"where\": split it.",
                )
