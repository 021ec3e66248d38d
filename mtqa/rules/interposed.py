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

import itertools
import re
from functools import lru_cache

from mtqa import regexes, verbs, word_order
from mtqa.findings import Severity
from mtqa.rules import Rule, register
from mtqa.scan import tried_at

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_SP = r"[ \t]{1,3}"


def _data() -> dict:
    return word_order.classes()["interposed"]


def _words(items) -> str:
    """The items as an alternation, the longest first (ties in alphabetical order: the same
    pattern text in every process, so its compiled code is found in the on-disk cache)."""
    return "|".join(re.escape(i).replace(r"\ ", _SP) for i in sorted(items, key=lambda i: (-len(i), i)))


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
        adverbial_starts, shape_starts = _starts(doc)
        taken = []
        for match in tried_at(_adverbial_pattern(), prose, adverbial_starts):
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
        for (pattern, message), starts in zip(_noun_phrase_shapes(), shape_starts):
            for match in tried_at(pattern, prose, starts):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                end = match.end("end") if "end" in pattern.groupindex else match.end()
                yield self.finding(doc, match.start(), end, message)


def _first_words(items) -> frozenset[str]:
    """The lower-cased first run of letters of each item (what the word index holds for it)."""
    return frozenset(re.match(r"[^\W\d_]+", item).group().lower() for item in items)


# Roles of a word in the shapes (bits): where a match can start, read from the words around it
_ADVERBIAL_FIRST, _TIME_UNIT, _CIRCUMSTANCE, _ORDERED_NOUN, _TITLE, _OFFICIAL_HEAD = 1, 2, 4, 8, 16, 32
_DETERMINERS = frozenset({"a", "its", "his", "her", "their"})


@lru_cache(maxsize=1)
def _roles() -> dict[str, int]:
    """word -> the roles it has (bits above): "yesterday", "today", "during", "dawn" (after "at")
    open or close an adverbial; "week"… after "next"/"last"/"this"; a circumstance's first word;
    the first word of an ordered noun, a title or an official's head."""
    data = _data()
    roles: dict[str, int] = {}
    for words, role in (({"yesterday", "today", "during", "dawn"}, _ADVERBIAL_FIRST),
                        ({"week", "month", "year"}, _TIME_UNIT),
                        (_first_words(data["circumstances"]), _CIRCUMSTANCE),
                        (_first_words(data["ordered_nouns"]), _ORDERED_NOUN),
                        (_first_words(data["titles"]), _TITLE),
                        (_first_words(data["official_heads"]), _OFFICIAL_HEAD)):
        for word in words:
            roles[word] = roles.get(word, 0) | role
    return roles


def _starts(doc):
    """Where a match of the adverbial pattern, and of each noun-phrase shape, can start (sorted
    offsets), from one pass over the document's word index: each match holds one of the words of
    _roles at a known place (the adverbial pattern: its verb is the word before the adverbial;
    "at dawn", "next week", "in a statement", "earlier today" found from their last words), so
    the patterns are tried only there (scan.tried_at) instead of scanned across the text."""
    index = doc.lowered_words
    words, offsets = index.words, index.offsets
    roles = _roles()
    adverbial, ordinal, titled, official = set(), [], set(), []
    for n in itertools.compress(range(len(words)), map(roles.__contains__, words)):
        word, role = words[n], roles[words[n]]
        if role & _ADVERBIAL_FIRST:
            if word != "dawn":
                adverbial.add(n)  # "yesterday", "today", "during"
            if n and (word, words[n - 1]) in (("dawn", "at"), ("today", "earlier")):
                adverbial.add(n - 1)
        if role & _TIME_UNIT and n and words[n - 1] in ("next", "last", "this"):
            adverbial.add(n - 1)
        if role & _CIRCUMSTANCE:
            for k in (n - 2, n - 3):  # "in a statement", "in its weekly session"
                if k > 0 and words[k] == "in" and words[k + 1] in _DETERMINERS:
                    adverbial.add(k)
        if role & _ORDERED_NOUN:
            ordinal.append(offsets[n])
        if role & _TITLE:
            titled.add(offsets[n])
            if n and words[n - 1] == "the":
                titled.add(offsets[n - 1])
        if role & _OFFICIAL_HEAD and n and words[n - 1] == "the":
            official.append(offsets[n - 1])
    return ([offsets[k - 1] for k in sorted(adverbial) if k > 0],
            (ordinal, sorted(titled), official))
