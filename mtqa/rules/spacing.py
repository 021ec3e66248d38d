"""Stray spaces and marks inside a name or a figure (TYP014): "Al- Sabah", "12 %",
"Authority’s’", "Omani's citizens". Kept apart from typography.py: each pattern is looked for
only where its one-character seam occurs."""

from __future__ import annotations

import re

from functools import cached_property

from mtqa.findings import Severity
from mtqa.rules import Rule, register
from mtqa.rules.syntax import words as syntax_words
from mtqa.scan import near_offsets, near_seams, run_starts, starts_of, starts_of_any

# A name particle cut from its name by a space: "Al- Sabah", "bin- Zayed", "Abdel- Aziz".
# (Each pattern opens with a lookahead on its first characters: the scan skips other positions.)
_PARTICLE = re.compile(r"(?=[AaEeBbIi])(?<![\w'’-])((?:[Aa][Ll]|[Ee][Ll]|[Aa]bu|[Bb]in|[Bb]en|[Ii]bn|[Aa]bd|[Aa]bdel|[Aa]bdul|[Aa]bd[ -]?[Aa]l))-[ \t]+([A-Z][\w'’]{1,30})")
# A space between a number and its percent sign: "12 %".
_PERCENT = re.compile(r"(?=\d)(?<![\w.,])(\d[\d.,]{0,12})[ \t]+%")
# A possessive with a second apostrophe after it: "Authority’s’", "minister's'".
_DOUBLE_POSSESSIVE = re.compile(r"(?<![\w'’‘-])([^\W\d_][\w-]{0,40})(['’])s['’](?![\w'’])")


# Where each pattern can match: (seam, reach). Every match of the pattern contains a match of
# its seam (a short literal-led pattern the scan finds quickly) at most `reach` characters after
# the match's start, so the pattern is tried only at those positions (see `mtqa.scan.near_seams`).
_PARTICLE_SEAM = (re.compile(r"-[ \t]"), 6)  # the longest particle: "Abd al"
_DOUBLE_POSSESSIVE_SEAMS = (re.compile(r"'s['’]"), re.compile(r"’s['’]"))  # (each opens with a literal)
_DOUBLE_POSSESSIVE_REACH = 41  # the word: 41 characters at most
_POSSESSIVE_SEAMS = (re.compile(r"'s[ \t]"), re.compile(r"’s[ \t]"))
_PERCENT_SEAM = (re.compile(r"%(?<=[ \t]%)"), 13)  # the number ends where the spaces before it start: 13 at most


# Words before a nationality that make it a noun ("an Omani's house", "the Iraqi's lawyers").
_NOUN_MAKERS = frozenset({"a", "an", "the", "one", "each", "every", "this", "that", "young", "old", "elderly"})
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([\w'’-]+)[ \t]+$")


@register
class StraySpaceInName(Rule):
    id = "TYP014"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "stray-space-or-mark"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    explanation = (
        "A space or mark that splits a name or a figure: a name particle cut off its name "
        "(\"Al- Sabah\", \"Abdel- Aziz\"), a space before a percent sign (\"12 %\"), and a "
        "possessive with a second apostrophe (\"Authority’s’\"), and a possessive on a nationality "
        "adjective before a plural noun (\"Omani's citizens\" for \"Omani citizens\"; not \"an "
        "Omani's house\"). English news writes \"Al-Sabah\", \"12%\", \"Authority’s\". "
        "A possessive inside single quotation marks ('the people’s') is left alone."
    )
    bad = (
        "The emir, Sheikh Nawaf ⟦Al- Ahmad→Al-Ahmad⟧, received the envoy.",
        "Exports rose by ⟦12 %→12%⟧ in the second quarter.",
        "The ⟦Authority’s’→Authority’s⟧ budget crisis deepened.",
        "⟦Omani's citizens→Omani citizens⟧ abroad can vote online.",
    )
    good = (
        "Sheikh Nawaf Al-Ahmad received the envoy.",
        "The Al- and El- prefixes are spelt in many ways.",
        "Exports rose by 12% in the second quarter.",
        "He called it ‘the people’s’ victory.",
        "The ministers’ talks ended.",
        "An Omani's passport was found.",
        "The Iraqi's lawyers appealed.",
    )

    @cached_property
    def nationality_reach(self) -> int:
        """Characters from the start of a nationality possessive to its apostrophe."""
        return max(map(len, syntax_words()["nationalities"]), default=0)

    @cached_property
    def nationality_seams(self) -> tuple[re.Pattern, ...]:
        """Where a nationality possessive can end: an apostrophe after the last three letters of
        a nationality, then "s" and a space (any apostrophe and "s" when one is shorter); one
        pattern an apostrophe, each opening with it."""
        nationalities = syntax_words()["nationalities"]
        if any(len(n) < 3 for n in nationalities):
            return _POSSESSIVE_SEAMS
        endings = "|".join(sorted({re.escape(n[-3:]) for n in nationalities}))
        return tuple(re.compile(rf"{mark}(?<=(?:{endings}){mark})s[ \t]") for mark in "'’")

    @cached_property
    def nationality_possessive(self) -> re.Pattern:
        """A nationality with 's before a lower-case plural noun: "Omani's citizens"."""
        nationalities = syntax_words()["nationalities"]
        names = "|".join(sorted(nationalities, key=len, reverse=True))
        firsts = re.escape("".join(sorted({n[0] for n in nationalities if n})))
        look = f"(?=[{firsts}])" if firsts and all(nationalities) else ""
        return re.compile(rf"{look}(?<![\w'’-])({names})['’]s[ \t]+([a-z]{{3,20}}s)\b")

    def check(self, doc, ctx):
        prose = doc.prose
        if "- " in prose or "-\t" in prose:
            for match in near_seams(_PARTICLE, prose, *_PARTICLE_SEAM):
                particle, name = match.groups()
                yield self.finding(doc, match.start(), match.end(), "Space after a name particle.",
                                   [f"{particle}-{name}"])
        if "%" in prose:
            seam, reach = _PERCENT_SEAM
            for match in near_offsets(_PERCENT, prose, run_starts(prose, starts_of(seam, prose)), reach):
                yield self.finding(doc, match.start(), match.end(), "Space before the percent sign.",
                                   [f"{match.group(1)}%"])
        if "s’" in prose or "s'" in prose:
            seams = starts_of_any(prose, *_DOUBLE_POSSESSIVE_SEAMS)
            for match in near_offsets(_DOUBLE_POSSESSIVE, prose, seams, _DOUBLE_POSSESSIVE_REACH):
                if "‘" in prose[max(0, match.start() - 80) : match.start()]:
                    continue  # inside single quotation marks
                word, mark = match.groups()
                yield self.finding(doc, match.start(), match.end(), "Second apostrophe after a possessive.",
                                   [f"{word}{mark}s"])
        if "'s " in prose or "’s " in prose:
            seams = starts_of_any(prose, *self.nationality_seams)
            for match in near_offsets(self.nationality_possessive, prose, seams, self.nationality_reach):
                before = _WORD_BEFORE.search(prose, max(0, match.start() - 30), match.start())
                if before and before.group(1).lower() in _NOUN_MAKERS:
                    continue  # "an Omani's house": the nationality is a person
                nationality, noun = match.groups()
                yield self.finding(doc, match.start(), match.end(), "Possessive on a nationality adjective.",
                                   [f"{nationality} {noun}"])
