"""SYN008: Arabic order inside a clause or a noun phrase, found by shape over word classes.

- a time or a circumstance between a verb and its object (Arabic puts it right after the verb):
  "will discuss next week a draft law", "rejected in a statement the outcomes", "arrested during
  the month of Ramadan 40 employees";
- an ordinal after its noun with its own article (القمة الخليجية الخامسة والأربعون): "the Gulf
  summit the forty-fifth";
- a nationality with its article after a title and its field (وزير المالية الكويتي): "the Minister
  of Finance the Kuwaiti Noura…";
- "official" after the owner of a spokesman (المتحدث الرسمي باسم التحالف): "the spokesman of the
  coalition official".
Word classes: data/word_order.toml ([interposed]); verbs from the generated lexicon."""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa import regexes, verbs, word_order
from mtqa.findings import Severity
from mtqa.rules import Rule, register

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_SP = r"[ \t]{1,3}"


def _data() -> dict:
    return word_order.classes()["interposed"]


def _words(items) -> str:
    return "|".join(re.escape(i).replace(r"\ ", _SP) for i in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def _adverbial_pattern() -> re.Pattern:
    """A verb, a time or circumstance, then the start of a noun phrase (its object)."""
    data = _data()
    # (not "on Sunday": English news writes "announced on Sunday a plan to…" too; on text nobody
    # had read, 5 of 6 such findings were English)
    adverbial = (rf"(?:yesterday|today)(?:{_SP}(?:morning|evening|afternoon))?|(?:next|last|this){_SP}(?:week|month|year)"
                 rf"|in{_SP}(?:a|its|his|her|their){_SP}(?:[a-z]+{_SP})?(?:{_words(data['circumstances'])})"
                 rf"|during{_SP}(?:the{_SP}month{_SP}of{_SP})?(?:{_MONTHS}|[A-Z][a-z]{{3,12}})(?:{_SP}\d{{4}})?"
                 rf"|at{_SP}dawn|earlier{_SP}today")
    return regexes.compile(
        rf"(?<![\w'’-])(?P<verb>[a-z]{{3,20}})(?P<adverbial>{_SP}(?:{adverbial}))"
        rf"(?P<object>{_SP}(?:a|an|the|its|his|her|their|two|three|four|five|six|several|dozens|hundreds|thousands|former|new|both|all|\d[\d,.]*)"
        rf"{_SP}[a-z][\w-]{{1,20}})\b")


_MODALS = frozenset({"will", "would", "to", "can", "could", "should", "must", "may", "might", "shall"})
_PERFECT = frozenset({"has", "have", "had"})


@lru_cache(maxsize=1)
def _excluded() -> frozenset[str]:
    """Verbs that take a clause, two objects or none: "said on Sunday the plan…", "gave on Monday
    the winners their medals", "died on Monday two…" are not a verb and its object apart."""
    classes = word_order.classes()
    return (frozenset(_data()["clause_verbs"]) | frozenset(classes["two_object_verbs"])
            | frozenset(classes["person_that_verbs"]) | frozenset(classes["intransitive"]))


def _verb_base(word: str, before: str) -> str | None:
    """The base of `word` as a finite verb of its clause: a simple past or present in -s, a
    participle after has/have/had, or a base form after will/would/to…"""
    if before in _MODALS:
        return word if verbs.is_base(word) else None
    if verbs.is_base(word) and before.endswith("s") and before.isalpha() and before not in _PERFECT:
        return word  # a base form after a plural subject ("the militias shell yesterday the…")
    return verbs.past_base(word) or verbs.present_base(word)


@lru_cache(maxsize=1)
def _noun_phrase_shapes() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, message) of the three noun-phrase shapes: an ordinal after its noun, a
    nationality after a title and its field, "official" after a spokesman's owner (a match ends
    at its group "end" when it has one)."""
    data = _data()
    return (
        (regexes.compile(
            rf"(?<![\w'’-])(?:{_words(data['ordered_nouns'])}){_SP}the{_SP}(?:{_words(data['ordinals'])}|\d{{1,3}}(?:st|nd|rd|th))\b"
            rf"(?=[ \t]*[,.;:]|{_SP}(?:will|would|is|was|are|were|has|had|in|on|at|of|which|that|held|to|and|for|with|from"
            rf"|opened|ended|began|starts|kicked)\b)"),
         "An ordinal after its noun with its own article (Arabic order): put it before the noun (\"the 45th Gulf summit\")."),
        (regexes.compile(
            rf"(?<![\w'’-])(?:[Tt]he{_SP})?(?:{_words(data['titles'])}){_SP}of{_SP}(?:the{_SP})?[A-Z][\w'’-]+"
            rf"(?:{_SP}(?:and{_SP})?[A-Z][\w'’-]+){{0,3}},?{_SP}the{_SP}(?P<end>{_words(word_order.nationalities())}){_SP}(?=[A-Z])"),
         "A nationality with its article after a title (Arabic order): \"Kuwaiti Finance Minister Noura…\"."),
        (regexes.compile(
            rf"(?<![\w'’-])[Tt]he{_SP}(?:{_words(data['official_heads'])}){_SP}of{_SP}the{_SP}[a-z][\w-]{{2,20}}{_SP}official\b"
            rf"(?=[ \t]*[,;:]|{_SP}(?:said|says|told|added|stated|announced|noted|confirmed|denied|in|on|at)\b)"),
         "\"official\" after the owner (Arabic order): \"the official spokesman of…\" or \"the ministry's official spokesman\"."),
    )


@register
class InterposedOrder(Rule):
    id = "SYN008"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "arabic-phrase-order"
    category = "fluency/grammar"
    severity = Severity.MINOR
    explanation = (
        "Arabic order inside a clause or a noun phrase: a time or circumstance between a verb and "
        "its object (\"will discuss next week a draft law\", \"rejected in a statement the "
        "outcomes\"; not verbs of saying, two-object verbs or verbs that take a clause: \"said on "
        "Sunday the plan…\"); an ordinal with its own article after its noun (\"the Gulf summit the "
        "forty-fifth\"); a nationality after a title and its field (\"the Minister of Finance the "
        "Kuwaiti Noura…\"); \"official\" after the owner of a spokesman (\"the spokesman of the "
        "coalition official\"). Word classes: `mtqa/data/word_order.toml` [interposed]."
    )
    bad = (
        "The cabinet ⟦will approve next week⟧ a new budget for the ports.",
        "The union ⟦condemned in a statement⟧ the arrest of two reporters.",
        "Inspectors ⟦detained during the month of Ramadan⟧ 30 traders for hoarding.",
        "The book ⟦fair the twentieth⟧ opened in the capital.",
        "⟦The Minister of Health the Iraqi⟧ Salih Hassan visited the ward.",
        "⟦The spokesman of the ministry official⟧ said the roads were open.",
    )
    good = (
        "The minister said on Sunday the plan would go ahead.",
        "The cabinet will approve a new budget next week.",
        "The union condemned the arrest in a statement.",
        "He gave on Monday the winners their medals.",
        "The court will rule on Sunday the 12th.",
        "The fair opened on Sunday and closed on Friday.",
        "The ministry announced on Sunday a plan to repave the coast road.",
        "It was the twentieth book fair the city has held.",
        "Henry the Eighth had six wives.",
        "The Minister of Health, Salih Hassan, visited the ward.",
        "The ministry's official spokesman said the roads were open.",
        "He met the spokesman of the ministry on Monday.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        if " " not in prose:
            return
        taken = []
        for match in _adverbial_pattern().finditer(prose):
            verb = match.group("verb")
            before = prose[max(0, match.start() - 20) : match.start()].split()
            previous = before[-1].lower() if before else ""
            base = _verb_base(verb, previous)
            if base is None or base in _excluded() or (previous in _PERFECT and verb == base):
                continue
            if previous in ("the", "a", "an", "its", "his", "her", "their", "of"):
                continue  # "the planned on…": not a verb
            obj = match.group("object").split()
            if obj[-1] in ("that", "which", "who", "of") or (obj[0].lower() == "the" and obj[-1] in ("day", "week", "month", "year")):
                continue
            start = prose.rfind(before[-1], 0, match.start()) if previous in _MODALS | _PERFECT else match.start("verb")
            end = match.end("adverbial")
            taken.append((start, end))
            yield self.finding(doc, start, end,
                               f"\"{match.group('adverbial').strip()}\" between the verb and its object (Arabic order): "
                               f"put it after the object.")
        for pattern, message in _noun_phrase_shapes():
            for match in pattern.finditer(prose):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                end = match.end("end") if "end" in pattern.groupindex else match.end()
                yield self.finding(doc, match.start(), end, message)
