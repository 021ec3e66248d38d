"""Style (STY…): run-on sentences."""

from __future__ import annotations

import re

from mtqa.findings import Severity
from mtqa.rules import Rule, register
from mtqa.rules.clauses import finite_forms, finite_verb_in, subject_and_verb

# Clause-level links: ", and/where/as/while/which" or "and" + a new subject.
_LINK = re.compile(
    r",\s+(?:and|where|as|while|which|whereas)\b"
    r"|\band\s+(?:he|she|it|they|we|the|its|their|his|her|this|these|that)\b",
    re.IGNORECASE,
)


# Where the clause after a link starts: after ", and"/", where"… ("and" itself for "and he…").
_AFTER_LINK = re.compile(r"^(?:,\s+)?(?:and|where|as|while|which|whereas)\s+(?:that\s+)?", re.IGNORECASE)


def _clause_links(text: str) -> int:
    """How many links in `text` open a clause of their own: a subject and a finite verb after
    ", and", "where", "while"… ("…, and the residents came out"), or a finite verb of the same
    subject ("…, and took control"). A relative "which" or "where" with no new subject, or a
    list of nouns after "and", is not a clause link."""
    count = 0
    forms = finite_forms()[0]
    for match in _LINK.finditer(text):
        lead = _AFTER_LINK.match(text[match.start() : match.start() + 40])
        start = match.start() + (lead.end() if lead else 0)
        if subject_and_verb(text, start) is not None:
            count += 1
            continue
        if lead and lead.group().rstrip().lower().endswith("that"):
            comma = text.find(",", start)
            if finite_verb_in(text, start, comma if comma > 0 else min(len(text), start + 150)):
                count += 1  # "…, and that at least nine civilians were killed"
                continue
        following = text[start : start + 30].split(None, 1)
        if match.group().lstrip(", ").lower().startswith("and") and following and following[0].lower() in forms:
            count += 1  # "…, and took control of the airport"
    return count


@register
class RunOnSentence(Rule):
    id = "STY001"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "run-on-sentence"
    category = "style/awkward"
    severity = Severity.MINOR
    explanation = (
        "A sentence longer than `max_sentence_words` (default 45) that chains clauses with "
        "\"and\", \"where\", \"as\" and commas, as Arabic prose does with و and حيث. English "
        "news splits it into two or three sentences. Counted are links that open a clause of "
        "their own (a new subject and a finite verb, or \"and\" + a verb); long sentences "
        "without clause chains (lists, long names, relative clauses) are left alone."
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
            if words > limit and _clause_links(sentence.text) >= 2:
                yield self.finding(
                    doc, sentence.start, sentence.end,
                    f"Run-on sentence of {words} words chained with \"and\"/\"where\": split it.",
                )
