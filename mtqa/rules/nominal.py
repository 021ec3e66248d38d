"""SYN010: a clause with no verb, the Arabic nominal sentence (الوضع في المدينة هادئ → "The
situation in the city calm"): Arabic needs no "is" between a subject and its predicate and MT
leaves it out. Found by shape at a clause start (sentence start, after a dateline, "that" or
", and"): "the" + a noun and up to four words of a prepositional phrase, then a predicate from a
word class (calm, stable, tense, under control…) and the clause's end."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from mtqa import regexes, verbs
from mtqa.findings import Severity, Suggestion
from mtqa.resources import pos_tag
from mtqa.rules import Rule, register

# Predicates an Arabic nominal sentence ends in (a state of a place, a body or a person).
_PREDICATES = (
    "calm", "quiet", "stable", "tense", "normal", "unclear", "unknown", "critical", "serious", "dire",
    "catastrophic", "volatile", "cautious", "good", "bad", "difficult", "dangerous", "safe", "unsafe",
    "unavailable", "high", "low", "excellent", "satisfactory", "worrying",
    "alarming", "deteriorating", "precarious", "fragile", "positive", "negative", "under control", "in full control", "in control",
    "out of control", "under way", "on alert", "in a state of alert", "on high alert", "in good health",
)
# What ends the clause after the predicate.
_END = r"(?=[ \t]*(?:[.,;:]|$)|[ \t]+(?:after|despite|amid|following|since|and|but|with|in|on|at|of|across|throughout|along|near|for|until|again|as|by|now|today|yesterday)\b)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """From "the" at a clause start: the subject, the predicate and what ends the clause."""
    predicates = "|".join(re.escape(p).replace(r"\ ", "[ \t]+") for p in sorted(_PREDICATES, key=len, reverse=True))
    return regexes.compile(
        rf"(?P<subj>(?-i:[Tt])he[ \t]+(?P<head>[a-z][\w-]*+(?:[ \t]+[a-z][\w-]*+)?)(?:[ \t]+(?:in|of|on|at|across|along|inside|to|from|near|between|around)"
        rf"[ \t]+(?:the[ \t]+)?[\w'’-]+(?:[ \t]+[\w'’-]+){{0,2}}?)?)[ \t]+(?P<pred>{predicates})\b{_END}",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(p.split()[0] for p in _PREDICATES)


# What a clause start has before it: a text or line start, a sentence end, a dateline's dash,
# "that", ", and".
_OPENER = regexes.compile(r"(?:^|\n|[.!?]|\s-|\bthat|,[ \t]+and)[ \t]*$", re.IGNORECASE)


def _candidates(doc):
    """Offsets of each "the" up to nine words before a predicate's first word: the pattern is
    tried only there (one pass over the shared word index with a set look-up)."""
    index = doc.lowered_words
    words, offsets, firsts = index.words, index.offsets, _first_words()
    seen = set()
    for i in itertools.compress(range(len(words)), map(firsts.__contains__, words)):  # (a C-level pass)
        for k in range(max(0, i - 9), i - 1):
            if words[k] == "the" and k not in seen:
                seen.add(k)
                yield offsets[k]


_FINITE = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
                     "could", "may", "might", "must", "should", "remains", "remained", "seems", "seemed", "looks",
                     "looked", "appears", "appeared", "became", "becomes", "stays", "stayed", "kept", "keeps",
                     "proved", "proves", "that", "which", "who", "what", "when", "where"})


@register
class MissingCopula(Rule):
    id = "SYN010"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "missing-copula"
    category = "fluency/grammar"
    severity = Severity.MINOR
    needs = ("averaged_perceptron_tagger_eng",)
    explanation = (
        "Arabic joins a subject and its predicate with no verb (the nominal sentence: الوضع في "
        "المدينة هادئ), and MT leaves the English verb out: \"The situation in the city calm after "
        "two days of clashes\", \"…adding that the army in full control of the roads\". English "
        "needs \"is\"/\"are\" (or \"was\"/\"were\"). Found at a clause start (a sentence start, after "
        "a dateline, after \"that\" or \", and\"): \"the\" + a noun with up to a short prepositional "
        "phrase, then a predicate of a state (calm, stable, tense, critical, under control, in full "
        "control…) and the end of the clause. Left alone: any verb between them (\"the situation "
        "remained calm\"), phrases after \"with\" (\"with the army in full control\") and headlines."
    )
    bad = (
        "⟦The situation in the border town calm→The situation in the border town is calm⟧ after a night of shelling, residents said.",
        "The police said that ⟦the road to the airport unsafe→the road to the airport is unsafe⟧ at night.",
        "Fighting stopped on Sunday, and ⟦the troops in full control→the troops are in full control⟧ of the bridge.",
        "Khartoum - ⟦The health of the injured minister stable→The health of the injured minister is stable⟧, doctors said.",
    )
    good = (
        "The situation in the border town remained calm after the shelling.",
        "With the army in full control of the roads, traders returned.",
        "The doctors said the patient was stable.",
        "They kept the situation calm.",
        "The open market reopened on Monday.",
        "He said that the situation was critical.",
        "Situation in the city calm after clashes",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        pattern = _pattern()
        for at in sorted(_candidates(doc)):
            if at > 0 and not _OPENER.search(prose, max(0, at - 12), at):
                continue
            match = pattern.match(prose, at)
            if match is None:
                continue
            words = [w.lower() for w in re.findall(r"[\w'’-]+", match.group("subj"))]
            if any(w in _FINITE or (verbs.past_base(w) and words[k] not in ("the", "a", "an"))
                   for k, w in enumerate(words[1:])):
                continue  # a verb between: "the situation remained calm" (not "the wounded")
            tags = pos_tag(re.findall(r"[\w'’-]+", match.group(0)))
            if any(tag in ("VBZ", "VBP", "VBD", "MD") for tag in tags[1 : len(words)]):
                continue  # "the ministry aims to bring exports to normal": a verb the lists do not hold
            sentence = doc.sentence_at(match.start())
            if sentence is not None and not sentence.text.rstrip().endswith((".", "!", "?", '"', "”", ")")):
                continue  # a headline
            head = match.group("head").split()[-1]
            verb = "are" if head.endswith("s") and not head.endswith("ss") else "is"
            fix = f"{match.group('subj')} {verb} {match.group('pred')}"
            yield self.finding(
                doc, match.start(), match.end(),
                f"No verb between \"{match.group('subj')}\" and \"{match.group('pred')}\" (an Arabic "
                f"nominal sentence): \"{fix}\" (or \"was\"/\"were\").",
                [Suggestion(fix, False)],
            )
