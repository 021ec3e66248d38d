"""Stray spaces and marks inside a name or a figure (TYP014): "Al- Sabah", "12 %",
"Authority’s’". Kept apart from typography.py: each pattern is looked for only where its
one-character seam occurs."""

from __future__ import annotations

import re

from mtqa.findings import Severity
from mtqa.rules import Rule, register

# A name particle cut from its name by a space: "Al- Sabah", "bin- Zayed", "Abdel- Aziz".
_PARTICLE = re.compile(r"(?<![\w'’-])((?:[Aa][Ll]|[Ee][Ll]|[Aa]bu|[Bb]in|[Bb]en|[Ii]bn|[Aa]bd|[Aa]bdel|[Aa]bdul|[Aa]bd[ -]?[Aa]l))-[ \t]+([A-Z][\w'’]{1,30})")
# A space between a number and its percent sign: "12 %".
_PERCENT = re.compile(r"(?<![\w.,])(\d[\d.,]{0,12})[ \t]+%")
# A possessive with a second apostrophe after it: "Authority’s’", "minister's'".
_DOUBLE_POSSESSIVE = re.compile(r"(?<![\w'’‘-])([^\W\d_][\w-]{0,40})(['’])s['’](?![\w'’])")


@register
class StraySpaceInName(Rule):
    id = "TYP014"
    name = "stray-space-or-mark"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    explanation = (
        "A space or mark that splits a name or a figure: a name particle cut off its name "
        "(\"Al- Sabah\", \"Abdel- Aziz\"), a space before a percent sign (\"12 %\"), and a "
        "possessive with a second apostrophe (\"Authority’s’\"). Right-to-left copy and MT join "
        "errors produce all three; English news writes \"Al-Sabah\", \"12%\", \"Authority’s\". "
        "A possessive inside single quotation marks ('the people’s') is left alone."
    )
    bad = (
        "The emir, Sheikh Nawaf ⟦Al- Ahmad→Al-Ahmad⟧, received the envoy.",
        "Exports rose by ⟦12 %→12%⟧ in the second quarter.",
        "The ⟦Authority’s’→Authority’s⟧ budget crisis deepened.",
    )
    good = (
        "Sheikh Nawaf Al-Ahmad received the envoy.",
        "The Al- and El- prefixes are spelt in many ways.",
        "Exports rose by 12% in the second quarter.",
        "He called it ‘the people’s’ victory.",
        "The ministers’ talks ended.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        if "- " in prose or "-\t" in prose:
            for match in _PARTICLE.finditer(prose):
                particle, name = match.groups()
                yield self.finding(doc, match.start(), match.end(), "Space after a name particle.",
                                   [f"{particle}-{name}"])
        if "%" in prose:
            for match in _PERCENT.finditer(prose):
                yield self.finding(doc, match.start(), match.end(), "Space before the percent sign.",
                                   [f"{match.group(1)}%"])
        if "s’" in prose or "s'" in prose:
            for match in _DOUBLE_POSSESSIVE.finditer(prose):
                if "‘" in prose[max(0, match.start() - 80) : match.start()]:
                    continue  # inside single quotation marks
                word, mark = match.groups()
                yield self.finding(doc, match.start(), match.end(), "Second apostrophe after a possessive.",
                                   [f"{word}{mark}s"])
