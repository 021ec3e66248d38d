"""Names (NAM…): literal translations of Arabic names, non-standard spellings, and one name
spelled several ways in a document or run."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import accumulate

from mtqa import translit
from mtqa.findings import Severity, Suggestion
from mtqa.lexicon import load_lexicon
from mtqa.lexicon.matcher import (
    IN_CONTEXT,
    LITERAL,
    MISSPELLED,
    fold,
    resolve,
    with_article,
)
from mtqa.rules import Rule, register
from mtqa.segment import chunks

CONSISTENCY_CATEGORIES = ("person", "place")


def lexicon(ctx):
    return ctx.cached("lexicon", lambda: load_lexicon(tuple(ctx.config.lexicons)))


def entity_matches(doc, ctx):
    """(wrong renderings, correct occurrences) of lexicon names in `doc`, computed once."""
    cache = doc.__dict__.setdefault("_entity_matches", {})
    lex = lexicon(ctx)
    if id(lex) not in cache:
        folded = fold(doc.prose)
        kept = []
        for m in lex.candidates(doc.prose, folded):
            if m.kind == IN_CONTEXT:
                sentence = doc.sentence_at(m.start)
                s_start, s_end = (sentence.start, sentence.end) if sentence else (0, len(folded))
                if not lex.in_context(m, doc.prose, folded, s_start, s_end):
                    continue
            if m.kind in (LITERAL, IN_CONTEXT):
                m = with_article(m, folded)
            kept.append(m)
        cache[id(lex)] = resolve(kept)
    return cache[id(lex)]


def preferred(entry, ctx) -> str:
    """The form to suggest: the house style if configured, else the entry's name."""
    return ctx.config.house_style.get(entry.id, entry.name)


def shortened(form: str, like: str) -> str:
    """`form` cut to as many trailing words as `like` has ("Khalifa Haftar" like "Hafter" -> "Haftar")."""
    words = form.split()
    count = len(like.split())
    return " ".join(words[-count:]) if count < len(words) else form


def respelled(written: str, target: str) -> str:
    """`written` with its last word (the one that carries the spelling) taken from `target`."""
    words = written.split()
    words[-1] = target.split()[-1]
    return " ".join(words)


class LiteralName(Rule):
    id = "NAM001"
    name = "literal-name"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    explanation = (
        "Machine translation rendered an Arabic proper name by its meaning: a TV channel, party, "
        "armed group, operation or place came out as ordinary English words (الجزيرة al-Jazeera "
        "becomes \"the island\", بركان الغضب becomes \"Volcano of Wrath\"). The lexicon knows the "
        "literal renderings of several hundred names; renderings that are also ordinary English "
        "are reported only next to a cue that makes them a name (\"told the island\", \"the "
        "island channel\"), never in \"the island of Malta\". The fix is safe when the rendering "
        "can only be that name."
    )
    bad = (
        "The mayor said in statements to ⟦the island→Al Jazeera⟧ that the forces had left.",
        "The media office of the ⟦Volcano of Wrath→Volcano of Rage⟧ operation published pictures.",
        "Fighters of the ⟦Volcano of Wrath→Operation Volcano of Rage⟧ advanced.",
        "⟦Al-Wefaq government→Government of National Accord⟧ forces took control of the camps.",
        "The withdrawal of the mercenaries of the Russian ⟦\"Wagner\" company→Wagner Group⟧ continued.",
    )
    good = (
        "The ferry reached the island of Malta on Monday.",
        "A Greek island was evacuated after the fire.",
        "Al Jazeera reported that the forces had left.",
        "Forces of the Government of National Accord took control of the camps.",
    )

    def check(self, doc, ctx):
        wrong, _ = entity_matches(doc, ctx)
        for m in wrong:
            if m.kind == MISSPELLED:
                continue
            entry = m.entry
            target = _without_repeated_head(preferred(entry, ctx), doc.prose[m.end : m.end + 30])
            message = (
                f"Literal translation of the name {target} ({entry.arabic}): "
                f"machine translation rendered it by its meaning."
            )
            yield self.finding(doc, m.start, m.end, message, [Suggestion(target, m.kind == LITERAL)])


def _without_repeated_head(name: str, after: str) -> str:
    """Drop a leading head noun the text repeats: "the ⟦Volcano of Wrath⟧ operation" ->
    "Volcano of Rage", not "Operation Volcano of Rage operation"."""
    head, _, rest = name.partition(" ")
    following = re.match(r"[\s\"'”’»]*(\w+)", after)
    if rest and following and following.group(1).lower() == head.lower():
        return rest
    return name


class MisspelledName(Rule):
    id = "NAM002"
    name = "nonstandard-spelling"
    category = "fluency/spelling"
    severity = Severity.MINOR
    explanation = (
        "A transliteration of an Arabic name that English-language news does not use, such as "
        "\"Al-Wattia\" for the Al-Watiya air base or \"Hiftar\" for Haftar. The suggestion is the "
        "lexicon's name, or the house style when one is configured."
    )
    bad = (
        "Strikes hit the strategic ⟦Al-Wattia→Al-Watiya⟧ base on Sunday.",
        "Forces loyal to Khalifa ⟦Hiftar→Haftar⟧ withdrew.",
    )
    good = (
        "Strikes hit the strategic Al-Watiya base on Sunday.",
        "Forces loyal to Khalifa Haftar withdrew.",
    )

    def check(self, doc, ctx):
        wrong, _ = entity_matches(doc, ctx)
        for m in wrong:
            if m.kind != MISSPELLED:
                continue
            entry = m.entry
            written = doc.text[m.start : m.end]
            target = shortened(preferred(entry, ctx), written)
            message = f"Non-standard spelling of {target} ({entry.arabic})."
            yield self.finding(doc, m.start, m.end, message, [target])


class MixedTransliteration(Rule):
    id = "NAM003"
    name = "mixed-transliteration"
    category = "terminology/inconsistent"
    severity = Severity.MINOR
    scope = "run"
    explanation = (
        "One person or place spelled in two accepted ways in the same document or run "
        "(\"Tarhuna\" and \"Tarhouna\", \"Haftar\" and \"Hifter\"). Each spelling is correct on its "
        "own, but a text should use one. mtqa suggests the spelling used most often, or the house "
        "style when one is configured (`house_style` in config)."
    )
    bad = (
        "The forces of Khalifa Haftar entered Tarhuna. Haftar said the city of ⟦Tarhouna→Tarhuna⟧ had fallen. Officials in Tarhuna denied it.",
    )
    good = (
        "The forces of Khalifa Haftar entered Tarhuna. Haftar said the city of Tarhuna had fallen.",
    )

    def check_run(self, docs, ctx):
        occurrences = defaultdict(list)  # entry id -> [(doc index, match, spelling key)]
        for index, doc in enumerate(docs):
            _, correct = entity_matches(doc, ctx)
            for m in correct:
                if m.entry.category in CONSISTENCY_CATEGORIES:
                    written = doc.text[m.start : m.end]
                    if not written.isupper():  # acronyms are not spellings
                        occurrences[m.entry.id].append((index, m, written))
        for entry_id, found in occurrences.items():
            entry = found[0][1].entry
            house = ctx.config.house_style.get(entry_id)
            counts = Counter(_spelling(w) for _, _, w in found)
            if house:
                target_key, target = _spelling(house), house
            elif len(counts) > 1:
                target_key = _dominant(counts, found, entry)
                target = next(w for _, _, w in found if _spelling(w) == target_key)
            else:
                continue
            for index, m, written in found:
                if _spelling(written) != target_key:
                    doc = docs[index]
                    suggestion = respelled(written, target)
                    message = f"{entry.name} is also spelled {target!r} in this run; use one spelling."
                    if house:
                        message = f"House style spells {entry.name} as {house!r}."
                    yield index, self.finding(doc, m.start, m.end, message, [suggestion], safe=bool(house))


def _spelling(form: str) -> str:
    """The part of a name form that carries its spelling: the last word, case-folded, without
    an Al-/El- prefix (news style writes "Bashar al-Assad" first and "Assad" after)."""
    return _ARTICLE_PREFIX.sub("", form.split()[-1].lower().replace("‐", "-"))


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez)-")


def _dominant(counts: Counter, found: list, entry) -> str:
    """The most frequent spelling; ties go to the entry's own name, then to the first seen."""
    order = {_spelling(w): i for i, (_, _, w) in reversed(list(enumerate(found)))}
    name_key = _spelling(entry.name)
    return max(counts, key=lambda k: (counts[k], k == name_key, -order[k]))


# Written to start with a letter class (= \b[a-z][a-z]+\b and \b[A-Z][a-z]+…): the scan
# skips quickly to candidate letters.
_LOWER_WORD = re.compile(r"[a-z](?<=\b[a-z])[a-z]++\b")
_NAME_TOKEN = re.compile(r"[A-Z](?<=\b[A-Z])[a-z]+(?:[-‐’'][A-Za-z][a-z]+)*\b")
# Spelling traits of romanised Arabic; a group of look-alike names is reported only when one of
# its forms has one, so that English pairs such as Allan/Alan or Conor/Connor stay silent.
_ARABIC_TRAIT = re.compile(r"^(?:al|el)[-‐]|kh|gh|dh|q(?!u)|aa|ou|ee|oo|ii|['’]|ah$|^(?:abd|abu)", re.IGNORECASE)


class InconsistentName(Rule):
    id = "NAM004"
    name = "inconsistent-name-spelling"
    category = "terminology/inconsistent"
    severity = Severity.MINOR
    scope = "run"
    explanation = (
        "Within one document, a name that the lexicon does not know is spelled in two ways that differ only as "
        "transliterations of one Arabic name do (ou/u, ee/i, ei/ay, o/u, q/k, ph/f, dh/d, doubled "
        "letters, a final h, an Al-/El- prefix): \"Mahmoud\" and \"Mahmud\", \"Al-Sisi\" and "
        "\"El-Sisi\". Names that differ in a vowel that separates real names, such as "
        "Hassan/Hussein or Saleh/Salah, are never grouped. The suggestion (the most frequent "
        "spelling) is not applied automatically: the two may be different people."
    )
    bad = (
        "The spokesman Mahmoud Zarqawi spoke first. Later ⟦Zarkawi→Zarqawi⟧ denied the report, and Zarqawi left.",
    )
    good = (
        "Hassan Ali met Hussein Ali in Amman. Hassan later left.",
        "Saleh Omran and Salah Omran are brothers.",
    )

    def check_run(self, docs, ctx):
        # Per document: a name the lexicon does not know may belong to different people in
        # different articles. (Known names, NAM003, are held consistent across the whole run.)
        groups = defaultdict(list)  # (doc index, key) -> [(doc index, start, end, written)]
        for index, doc in enumerate(docs):
            lowercase, names = set(), set()
            for piece in chunks(doc.prose):  # neither pattern crosses whitespace
                lowercase.update(_LOWER_WORD.findall(piece))
                names.update(_NAME_TOKEN.findall(piece))
            # Only names with a look-alike among the document's distinct names can be reported:
            # the occurrences of the others are not looked at.
            names = {w for w in names if len(w) >= 4 and w.lower() not in lowercase}
            spellings = defaultdict(set)
            for name in names:
                spellings[translit.key(name)].add(name.lower())
            wanted = {name for name in names if len(spellings[translit.key(name)]) > 1}
            if not wanted:
                continue
            wrong, correct = entity_matches(doc, ctx)
            known = sorted((m.start, m.end) for m in (*wrong, *correct))
            known_starts = [start for start, _ in known]
            reach = list(accumulate((end for _, end in known), max))  # furthest end so far
            sentence_starts = {s.start for s in doc.sentences}
            for match in _NAME_TOKEN.finditer(doc.prose):
                written = match.group(0)
                if written not in wanted:
                    continue
                start, end = match.span()
                if start in sentence_starts:
                    continue
                at = bisect_right(known_starts, start) - 1
                if at >= 0 and reach[at] >= end:
                    continue  # inside a span the lexicon already matched
                groups[(index, translit.key(written))].append((index, start, end, written))
        for found in groups.values():
            counts = Counter(w.lower() for *_, w in found)
            if len(counts) < 2 or not any(_ARABIC_TRAIT.search(w) for w in counts):
                continue
            first_seen = {}
            for *_, w in found:
                first_seen.setdefault(w.lower(), len(first_seen))
            dominant = max(counts, key=lambda w: (counts[w], -first_seen[w]))
            target = next(w for *_, w in found if w.lower() == dominant)
            for index, start, end, written in found:
                if written.lower() != dominant:
                    message = f"{written!r} and {target!r} look like one name spelled two ways; use one spelling."
                    yield index, self.finding(docs[index], start, end, message, [target], safe=False)


for _rule in (LiteralName, MisspelledName, MixedTransliteration, InconsistentName):
    register(_rule())
