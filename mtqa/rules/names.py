"""Names (NAM…): literal translations of Arabic names, non-standard spellings, and one name
spelled several ways in a document or run."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from bisect import bisect_right
from collections import Counter, defaultdict
from array import array
from itertools import accumulate, compress

from mtqa import translit
from mtqa.findings import Severity, Suggestion
from mtqa.lexicon import _stop_words, derived, load_lexicon
from mtqa.lexicon.evidence import decided_alone, settings as evidence_settings
from mtqa.lexicon.matcher import (
    AMBIGUOUS,
    CORRECT,
    GENERATED,
    IN_CONTEXT,
    LITERAL,
    MISSPELLED,
    REORDERED,
    resolve,
    with_article,
)
from mtqa.rules import Rule, register, sourced
from mtqa.scan import word_trigger
from mtqa.segment import at_line_starts, chunks
from mtqa.source import names as source_names
from mtqa.lexicon.evidence import _headline, foreign_owner_before, settings
from mtqa.lexicon.generate import english_meanings, english_names
from mtqa.lexicon.ngrams import ngram_counts
from mtqa.scan import at_literals, expect, literals_in
from mtqa.translit import common_given_names
from mtqa.rules.foreign_places import respelled_places
from mtqa.rules.name_forms import _bare, _spell_key, full_form_spellings, near_person_spellings, shared_arabic_spellings, variant_spellings, wide_skeleton
from mtqa.rules.place_spellings import place_spellings
from mtqa.rules.unseen_spellings import arabic_form_places, given_skeletons, titled_surnames

CONSISTENCY_CATEGORIES = ("person", "place")


def lexicon(ctx):
    found = ctx.cache.get("lexicon")  # (asked a dozen times a record: one look-up once loaded)
    return found if found is not None else ctx.cached("lexicon", lambda: load_lexicon(tuple(ctx.config.lexicons)))


_DECIDED_IN_CONTEXT = frozenset((LITERAL, *AMBIGUOUS))  # kinds the Arabic source or the context decide
_WEIGHED = frozenset(AMBIGUOUS)
_NAMING = frozenset((LITERAL, MISSPELLED, CORRECT))


def known_name_at(doc, ctx, start: int, end: int) -> bool:
    """Whether a correct form of a lexicon name covers text[start:end] ("Hay'at" in "Hay'at
    Tahrir al-Sham"); in a batch of records joined, those of the record there (Document.record_at)."""
    doc, at = doc.record_at(start)
    _, correct = entity_matches(doc, ctx)
    return any(m.start <= start - at and end - at <= m.end for m in correct)


def entity_matches(doc, ctx):
    """(wrong renderings, correct occurrences) of lexicon names in `doc`, computed once."""
    lex = ctx.cache.get("lexicon") or lexicon(ctx)
    cache = doc.__dict__.get("_entity_matches")
    if cache is not None and (found := cache.get(id(lex))) is not None:
        return found[0]  # (the name rules ask a dozen times a record)
    cache = doc.__dict__.setdefault("_entity_matches", {})
    if id(lex) not in cache:
        prose = doc.prose
        weights, threshold = evidence_settings().weights, evidence_settings().threshold
        # Without a source, a lower-case one-word generated rendering is decided alone as ordinary
        # English and nothing lifts it (see _named_again): the scan leaves those out.
        plain_out = source_names.in_source(doc, lex) is None \
            and weights["lower-case-word"] + weights["named-in-document"] < threshold
        # (the text folded a window at a time: never the whole of it)
        candidates, folded = lex.scan(prose, lower_generated_words=not plain_out)
        candidates = [m for m in candidates if not _acronym_in_lower_case(m, prose)]
        # Arabic-news names or MT renderings elsewhere in the document are evidence too.
        names = any(m.kind in _NAMING and m.entry.category != "person" for m in candidates)
        kept = []
        near = []  # ambiguous renderings just short of the threshold: (match, score, evidence)
        # (only those that `named-in-document` can lift over it: most matches are far below)
        threshold, lift = evidence_settings().threshold, evidence_settings().weights["named-in-document"]
        decide = source_names.verdict(doc, lex, candidates)  # the Arabic source, when given
        # a weighing below `floor` is dropped whatever else it holds: no bonus below can lift it
        # to the threshold, nor to `near` (weigh then skips its costly lowering features)
        floor = threshold - max(lift, weights["country-named"], weights["word-in-source"] if decide else 0.0)
        for m in candidates:
            if m.kind not in _DECIDED_IN_CONTEXT:
                kept.append(m)  # a correct name or a listed misspelling
                continue
            decided = decide(m, folded) if decide else None
            if decided is False:
                continue
            if decided is True and m.kind in _WEIGHED:
                m = replace(m, evidence=("named-in-source",))
            elif m.kind in _WEIGHED:
                if _needs_capital_the(m, prose):
                    continue
                weighing = decided_alone(prose[m.start : m.end], m.kind == GENERATED)
                if weighing is None:
                    sentence = doc.sentence_at(m.start)
                    s_start, s_end = (sentence.start, sentence.end) if sentence else (0, len(folded))
                    weighing = lex.weigh(m, prose, folded, s_start, s_end, names, floor)
                evidence, is_name = weighing.evidence, weighing.is_name
                if decided == source_names.WEAK:  # the source has the Arabic word: evidence too
                    bonus = evidence_settings().weights["word-in-source"]
                    evidence = (*evidence, "word-in-source")
                    is_name = weighing.score + bonus >= evidence_settings().threshold
                if not is_name and _own_country_named(doc, m):
                    # "near the Eyes" in a text on Western Sahara, "Rabat - The Bank of the West":
                    # the entry's own country is named
                    score = weighing.score + evidence_settings().weights["country-named"]
                    evidence = (*evidence, "country-named")
                    is_name = score >= evidence_settings().threshold
                score = weighing.score
                if is_name and _other_country(doc, m.entry):
                    # "the Integrity Authority" in a text on Kuwait is no Iraqi body: the document
                    # names Arab countries, and not the entry's own (a group or an outlet acts
                    # and is quoted across borders: "the zeal movement" in Doha is Hamas)
                    score += evidence_settings().weights["other-country"]
                    evidence = (*evidence, "other-country")
                    is_name = score >= threshold
                headed = any(e.startswith("head-noun") for e in evidence)  # "The Olive University"
                if is_name and not headed and _lone_place_word(m, prose) and _CAPITAL_AFTER.match(prose, m.end):
                    is_name, evidence = False, (*evidence, "capital-after")  # "Garden City" is Cairo's
                if is_name and not headed and _lone_place_word(m, prose) and m.entry.country in _country_phrases() \
                        and m.entry.country not in _per_document(doc, "_countries_or_cities", _find_countries_or_cities):
                    # "roses in the Garden" in a text that names no place of Sudan is no El Geneina
                    # (a head noun beside it makes it a name still: "The Olive University")
                    score += evidence_settings().weights["country-unnamed"]
                    evidence = (*evidence, "country-unnamed")
                    is_name = score >= threshold
                if not is_name:
                    if score + lift >= threshold:  # (as _named_again tests it)
                        near.append((m, weighing.score, evidence))
                    continue
                m = replace(m, evidence=evidence)
            else:  # a listed literal
                m = replace(m, evidence=("listed-literal",))
            kept.append(with_article(m, folded))
        kept += _named_again(kept, near, folded)
        kept = _outlets_over_places(kept, prose)
        kept = _owned_over_homonyms(kept)
        kept = _own_state_over_homonyms(kept, doc)
        wrong, correct = resolve(kept, folded)
        kept_wrong = _not_explained(wrong, correct, prose)
        # (the glosses stay taken: no other name rule reports them)
        cache[id(lex)] = ((kept_wrong, correct), [m for m in wrong if m not in kept_wrong])
    return cache[id(lex)][0]


def explained_names(doc, ctx) -> list:
    """The renderings entity_matches found explained as a gloss of the name before them."""
    entity_matches(doc, ctx)
    return doc.__dict__["_entity_matches"][id(lexicon(ctx))][1]


# Between a correct name and its meaning given as a gloss: "Hezbollah (Party of God)",
# "Al-Ahram, or the Pyramids,", "Al Jazeera - the island -"
_GLOSS_BETWEEN = re.compile(r"[ ]?+(?:\(|,[ ]or|[-–—])[ ]?+[\"“‘']?+(?:the[ ])?+", re.IGNORECASE)


def _not_explained(wrong, correct, prose: str) -> list:
    """The wrong renderings that are not the meaning of the same name given right after it as
    a gloss: an English writer explaining "Hezbollah (Party of God)" is not MT."""
    if not wrong or not correct:
        return wrong
    ends: dict[str, list[int]] = {}
    for c in correct:
        ends.setdefault(c.entry.id, []).append(c.end)
    kept = []
    for w in wrong:
        start = w.start + 4 if prose[w.start : w.start + 4].lower() == "the " else w.start
        if any(0 < start - end <= 12 and _GLOSS_BETWEEN.fullmatch(prose, end, start) for end in ends.get(w.entry.id, ())):
            continue
        kept.append(w)
    return kept


def _needs_capital_the(m, prose: str) -> bool:
    """Whether a hand-listed rendering that opens with a capital "The" ("The News" for الخبر,
    El Khabar) is written here otherwise: "told the news site", "The news reported by…" are
    English; only "The News" so written is the name."""
    if m.kind != IN_CONTEXT or prose[m.start : m.start + 4].lower() != "the ":
        return False
    written = prose[m.start : m.end]
    forms = [f for f in m.entry.literal_in_context if f.startswith("The ") and f.lower() == written.lower()]
    return bool(forms) and written not in forms


def _acronym_in_lower_case(m, prose: str) -> bool:
    """Whether a correct match is an acronym of the entry written in lower case: "is" is no
    "IS" (the Islamic State group), "amal" no "AMAL"; the scan folds case."""
    if m.kind != CORRECT:
        return False
    written = prose[m.start : m.end]
    return not written.isupper() and any(f.isupper() and f.lower() == written.lower() for f in m.entry.correct_forms)


# "The Gulf newspaper quoted…": after an outlet's rendering, its singular head noun, then a
# verb of speech or the clause's end (not "the Gulf newspaper market", "Gulf newspapers")
_OUTLET_SPEAKS = re.compile(
    r"[ ](?:newspaper|daily|channel|website|TV|television|agency|radio)(?:['’]s)?+"
    r"(?=[.,;:)]|[ ](?:said|says|reported|reports|quoted|stated|published|wrote|cited|revealed|"
    r"learned|added|claimed|broadcast|aired|carried|obtained|correspondent|reporter|editor)\b)"
)


def _outlets_over_places(kept, prose: str):
    """Drop the correct place name that holds an outlet's rendering when the rendering is used
    as the outlet's name: "the" before it, its head noun after it, then a verb of speech ("The
    Gulf newspaper quoted…" is الخليج, Al Khaleej, not the Gulf region), or the source of a
    dateline ("Abu Dhabi (The Gulf) -")."""
    outlets = [m for m in kept if m.kind in _WEIGHED and m.entry.category in ("media-outlet", "news-agency")
               and ("dateline" in m.evidence
                    or any(e.startswith(("cue:", "head-noun:")) for e in m.evidence)
                    and "the " in (prose[max(0, m.start - 4) : m.start].lower(), prose[m.start : m.start + 4].lower())
                    and _OUTLET_SPEAKS.match(prose, m.end))]
    if not outlets:
        return kept
    return [m for m in kept if not (m.kind == CORRECT and m.entry.category == "place"
                                     and any(m.start <= o.start and o.end <= m.end for o in outlets))]


def _owned_over_homonyms(kept):
    """Drop the correct name of another country's body or outlet that a rendering named as its
    own country's covers: "the Bahraini Gulf News newspaper" is أخبار الخليج (Akhbar Al
    Khaleej), not the Dubai daily Gulf News (evidence own-country)."""
    owned = [m for m in kept if "own-country" in m.evidence]
    if not owned:
        return kept
    return [m for m in kept if not (m.kind == CORRECT and any(
        o.start <= m.start and m.end <= o.end and o.entry.country != m.entry.country for o in owned))]


def _own_state_over_homonyms(kept, doc):
    """Drop the correct name of one state's body that a body of the state the document is about
    renders wrongly with the same words: "the Council of the Nation" is Algeria's upper house,
    but in a text on Kuwait it is مجلس الأمة, the National Assembly (evidence.toml
    [other_country]: the document names Arab countries and not the correct name's)."""
    rivals = [m for m in kept if m.kind in _WEIGHED and m.evidence and not _other_country(doc, m.entry)
              and m.entry.category in _other_country_settings()[0]]
    if not rivals:
        return kept
    return [m for m in kept if not (m.kind == CORRECT and any(
        r.start == m.start and r.end == m.end and r.entry.country != m.entry.country for r in rivals)
        and _other_country(doc, m.entry))]


def _named_again(kept, near, folded):
    """Ambiguous renderings of a name the document already renders wrongly elsewhere, with the
    weight `named-in-document` added ("the Door city … the Door's council", "The Supreme
    Reference … the Reference"): a second mention needs less evidence."""
    named = {m.entry.id for m in kept if m.kind in (LITERAL, *AMBIGUOUS)}
    if not named or not near:
        return []
    settings = evidence_settings()
    bonus = settings.weights["named-in-document"]
    return [
        with_article(replace(m, evidence=(*evidence, "named-in-document")), folded)
        for m, score, evidence in near
        if m.entry.id in named and score + bonus >= settings.threshold
    ]


def preferred(entry, ctx) -> str:
    """The form to suggest: the house style if configured, else the entry's name."""
    return ctx.config.house_style.get(entry.id, entry.name)


def shortened(form: str, like: str) -> str:
    """`form` cut to as many words as `like` has, the ones that sound like it ("Khalifa Haftar"
    like "Hafter" -> "Haftar")."""
    words = form.split()
    written = like.split()
    count = len(written)
    if count >= len(words):
        return form
    # the run of words that sounds like `like` ("Mishal al-Ahmad" -> "Meshal al-Ahmad", not the
    # last two words of "Meshal al-Ahmad al-Jaber al-Sabah"); the last words when none does
    windows = [words[i : i + count] for i in range(len(words) - count + 1)]
    score = lambda window: sum(skeleton(a) == skeleton(b) for a, b in zip(window, written))
    best = max(range(len(windows)), key=lambda i: (score(windows[i]), i))
    return " ".join(windows[best])


def respelled(written: str, target: str) -> str:
    """`written` with its last word (the one that carries the spelling) taken from `target`."""
    words = written.split()
    at = len(_name_words_of(written)) - 1  # (not a regnal number: "Abdallah II")
    wanted = _name_words_of(target)
    if at == 0 and len(wanted) > 1 and all(w.lower() in ("al", "el") for w in wanted[:-1]):
        words[0] = " ".join(wanted)  # "Al-Genaina" for "El Geneina": the article as the target writes it
    else:
        words[at] = wanted[-1]
    return " ".join(words)


@register
class LiteralName(Rule):
    id = "NAM001"
    name = "literal-name"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    _text = (
        "Machine translation rendered an Arabic proper name by its meaning: a TV channel, party, "
        "armed group, operation or place came out as ordinary English words (الجزيرة al-Jazeera "
        "becomes \"the island\", بركان الغضب becomes \"Volcano of Wrath\"). mtqa knows the "
        "renderings listed in the lexicon and generates more from each name's Arabic words "
        "(gloss.toml: \"A of B\", \"B A\", \"B's A\", plurals; `mtqa lexicon show ID` lists them). "
        "A listed `literal` is reported anywhere. A rendering that is also ordinary English (a "
        "listed `literal_in_context` or any generated one) is weighed: evidence that it is a name "
        "(a context cue such as \"told\" or \"channel\", a head noun such as newspaper/party/"
        "operation next to or inside it, Title Case inside a sentence or after a sentence-initial "
        "\"The\", a citation verb, a dateline \"Aden (The Union) -\", an apposition, other "
        "Arabic-news names in the document, a phrase clean English never uses) against evidence "
        "that it is ordinary English (how common the phrase is in clean English news, lower case, "
        "a determiner as in \"a volcano\", a capitalised word joined to it as in \"Fox News\", "
        "a sentence explaining what a name means). A match followed by \"of\" is never a name "
        "(\"the island of Malta\"), unless a party or armed group named in lower case ends in its "
        "head noun and what it belongs to follows (\"the zeal movement of Ismail Haniyeh\"). The JSON finding lists the evidence that fired. The fix is "
        "safe only for a listed literal. Also a known Arab person's name surname first (\"Barzani Masoud\") "
        "or with its article translated (\"Mohammed the Halbousi\"), unless the surname is a given "
        "name too (\"Abbas Mahmoud\" may be another man)."
    )

    explanation = _text

    def scoring(self) -> str:
        """The weights and threshold of the evidence (printed by `mtqa explain NAM001`)."""
        s = settings()
        weights = ", ".join(f"{name} {value:+g}" for name, value in s.weights.items())
        return f"Scoring (mtqa/lexicon/evidence.toml): threshold {s.threshold:g}; {weights}."

    bad = (
        "The mayor said in statements to ⟦the island→Al Jazeera⟧ that the forces had left.",
        "The media office of the ⟦Volcano of Wrath→Volcano of Rage⟧ operation published pictures.",
        "Fighters of the ⟦Volcano of Wrath→Operation Volcano of Rage⟧ advanced.",
        "⟦Al-Wefaq government→Government of National Accord⟧ forces took control of the camps.",
        "The withdrawal of the mercenaries of the Russian ⟦\"Wagner\" company→Wagner Group⟧ continued.",
        # with the Arabic source, its name decides, whatever the English context
        sourced("حصلت الجزيرة على نسخة من الوثائق.", "⟦The island→Al Jazeera⟧ obtained a copy of the documents."),
    )
    good = (
        "The ferry reached the island of Malta on Monday.",
        "A Greek island was evacuated after the fire.",
        "Al Jazeera reported that the forces had left.",
        "Forces of the Government of National Accord took control of the camps.",
        # the source has a real peninsula (شبه الجزيرة), not the channel
        sourced("قال المحافظ في تصريحات لوسائل إعلام شبه الجزيرة إن الطريق مفتوح.",
                "The governor said in statements to the peninsula media that the road was open."),
    )

    def check(self, doc, ctx):
        wrong, _ = entity_matches(doc, ctx)
        for m in wrong:
            if m.kind == MISSPELLED:
                continue
            entry = m.entry
            if m.kind == REORDERED:
                finding = _reordered_person(self, doc, m, ctx)
                if finding:
                    yield finding
                continue
            target = _without_repeated_head(preferred(entry, ctx), doc.prose[m.end : m.end + 30])
            if _operation_in_arabic_order(entry, doc.prose[m.start : m.end]):
                message = (f"The operation's English name in the Arabic order of عملية X: English news "
                           f"writes {target}.")
                finding = self.finding(doc, m.start, m.end, message, [Suggestion(target, False)],
                                       severity=Severity.MINOR)
            else:
                message = (
                    f"Literal translation of the name {target} ({entry.arabic}): "
                    f"machine translation rendered it by its meaning."
                )
                finding = self.finding(doc, m.start, m.end, message, [Suggestion(target, m.kind == LITERAL)])
            finding.extra.update(source_names.source_span(doc, entry.id))  # where the source names it
            finding.extra["evidence"] = list(m.evidence)
            yield finding
        yield from _shorthand_heads(self, doc, ctx, wrong)


def _shorthand_heads(rule, doc, ctx, wrong):
    """The later bare mentions of a body MT named by meaning, by the head noun of that
    rendering where the body's English name has another: "the Iraqi Football Union … the union
    fined the club" (the association), "the Royal Moroccan University of Football … the
    university" (the federation). Heads in evidence.toml [shorthand]; lower case or "the"
    + a capital, not before "of" or a capitalised word ("the union of journalists")."""
    heads = _shorthand_head_words()
    prose, found = doc.prose, {}
    for m in wrong:
        if m.entry.category not in ("government-body", "organization") or m.kind not in (LITERAL, *AMBIGUOUS):
            continue
        head, correct = _head_word(prose[m.start : m.end]), _head_word(m.entry.name)
        if head in heads and correct.isalpha() and correct != head and head not in found:
            found[head] = (m.end, correct, m.entry)
    for head, (after, correct, entry) in found.items():
        for match in _mention(head).finditer(prose, after):
            start, end = match.span()
            message = (f"'{match.group()}' names {preferred(entry, ctx)} again by the head of its "
                       f"word-by-word rendering; English calls it the {correct}.")
            finding = rule.finding(doc, start, end, message, [Suggestion(f"the {correct}", False)])
            finding.extra["evidence"] = ["shorthand-of-rendering"]
            yield finding


@lru_cache(maxsize=64)
def _mention(head: str) -> re.Pattern:
    """A bare mention by `head` ("the union", "The Union"), not before "of", a capital, a
    possessive or a hyphen ("the Foundation's board", "the Foundation Council")."""
    return re.compile(rf"\b[Tt]he [{head[0].upper()}{head[0]}]{re.escape(head[1:])}\b(?![ -](?:of\b|[A-Z])|['’-])")


def _head_word(name: str) -> str:
    """The head noun of a body's name, lower case: the last word before "of"/"for", else the
    last word ("Royal Moroccan University of Football", "Iraqi Football Union")."""
    words = name.split(" of ")[0].split(" for ")[0].split()
    return words[-1].lower() if words else ""


@lru_cache(maxsize=1)
def _shorthand_head_words() -> frozenset[str]:
    from mtqa import cache

    return frozenset(cache.package_toml("lexicon/evidence.toml")["shorthand"]["heads"])


def _operation_in_arabic_order(entry, written: str) -> bool:
    """Whether `written` is an operation's own English name put before "operation" ("the
    Decisive Storm operation" for Operation Decisive Storm): the name is right, its order is not
    (a minor finding, not a mistranslation)."""
    if entry.category != "military-operation" or not written.lower().endswith(" operation"):
        return False
    bare = written[: -len(" operation")].lower().removeprefix("the ")
    return any(form.lower().removeprefix("operation ") == bare for form in entry.correct_forms)


def _reordered_person(rule, doc, m, ctx):
    """NAM001 for a known person's name surname first ("Safadi Ayman") or with its article
    translated ("Hussein the Sheikh"): written as a name (every word capitalised but "the"),
    and, surname first, only when the surname is no given name of its own ("Abbas Mahmoud",
    "Hassan Ahmed" are other men) nor a word English capitalises anyway."""
    written = doc.prose[m.start : m.end]
    if written.startswith("the ") or written.startswith("The "):
        written, start = written[4:], m.start + 4  # (with_article's "the"; the name is the span)
    else:
        start = m.start
    words = written.split(" ")
    if not all(w[:1].isupper() or w == "the" for w in words):
        return None
    translated_article = "the" in words
    if not translated_article:
        first = translit.strip_article(words[0].lower())
        if first in common_given_names() or first in _TITLES or wide_skeleton(first) in given_skeletons(lexicon(ctx)):
            return None
    target = preferred(m.entry, ctx)
    how = "with the Arabic article translated" if translated_article else "surname first"
    message = f"{written} is {target} ({m.entry.arabic}) {how}; English writes {target}."
    return rule.finding(doc, start, m.end, message, [Suggestion(target, False)], evidence=[f"person-{'article' if translated_article else 'order'}"])


def _without_repeated_head(name: str, after: str) -> str:
    """Drop a leading head noun the text repeats: "the ⟦Volcano of Wrath⟧ operation" ->
    "Volcano of Rage", not "Operation Volcano of Rage operation"."""
    head, _, rest = name.partition(" ")
    following = re.match(r"[\s\"'”’»]*(\w+)", after)
    if rest and following and following.group(1).lower() == head.lower():
        return rest
    return name


@register
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
        reported = []
        for finding in self._check(doc, ctx):
            reported.append((finding.start, finding.end))
            yield finding
        for finding in titled_surnames(self, doc, ctx, reported):
            reported.append((finding.start, finding.end))
            yield finding
        for finding in arabic_form_places(self, doc, ctx, reported):
            reported.append((finding.start, finding.end))
            yield finding
        for finding in respelled_places(self, doc, ctx, reported):
            reported.append((finding.start, finding.end))
            yield finding
        yield from place_spellings(self, doc, ctx, reported)

    def _check(self, doc, ctx):
        wrong, correct = entity_matches(doc, ctx)
        for m in wrong:
            if m.kind != MISSPELLED:
                continue
            entry = m.entry
            written = doc.text[m.start : m.end]
            if entry.category == "person" and _given_name_of_another(written, doc.prose, m.start, m.end, lexicon(ctx)):
                continue  # "Abdulkarim Dhuwaib": another man's given name, not a misspelt surname
            if entry.category == "person" and _usual_variant(written, entry):
                continue  # "Muhammad bin Salman", "Abdul Fattah al-Burhan": a usual transliteration
            target = shortened(preferred(entry, ctx), written)
            message = f"Non-standard spelling of {target} ({entry.arabic})."
            yield self.finding(doc, m.start, m.end, message, [target])
        unlisted = list(_unlisted_person_spellings(self, doc, ctx, wrong, correct))
        yield from unlisted
        yield from (f for f in _near_person_spellings(self, doc, ctx, wrong, correct)
                    if not any(u.start < f.end and f.start < u.end for u in unlisted))


# (matched right after a word; the lookbehind keeps a scan linear on a long run of spaces)
_NEXT_NAME = re.compile(r"(?<![ \t])[ \t]++(?:(?:al|el|bin|ibn|abu|ben|ould)[- \t])?[A-Z][a-z]")


_ROYAL_BEFORE = re.compile(r"\b(?:Sheikh|Shaikh|Emir|Amir|Prince|King|Sultan)[ \t]+$")


def _given_name_of_another(written: str, prose: str, start: int, end: int, lex) -> bool:
    """Whether a one-word misspelling of a person's name is the given name of another person:
    followed by a capitalised name (with or without al-/bin: "Abdulkarim Dhuwaib", "Mishal
    al-Ahmad"), or after a royal title with the skeleton of a given name of another person of
    the lexicon ("Sheikh Mishal": Gulf rulers are named by title and given name)."""
    if " " in written.strip():
        return False
    if _NEXT_NAME.match(prose, end):
        return True
    return bool(_ROYAL_BEFORE.search(prose[max(0, start - 12) : start])) \
        and wide_skeleton(_bare(written)) in given_skeletons(lex)


def _near_person_spellings(rule, doc, ctx, wrong, correct):
    """NAM002 for a lexicon person written with one word transliterated another way
    (name_forms.near_person_spellings), where no other NAM002 finding is."""
    known = _Spans((m.start, m.end) for m in (*wrong, *correct))
    taken = _Spans((m.start, m.end) for m in wrong)
    runs = _name_runs(doc)
    for start, end, message, entry in near_person_spellings(doc, lexicon(ctx), _with_given_before(doc, runs), known):
        if not taken.overlaps(start, end):
            yield rule.finding(doc, start, end, message, [preferred(entry, ctx)], safe=False)


# a capitalised word right before a name run, inside a sentence (not after its first word)
_WORD_BEFORE = re.compile(r"(?<=[a-z,][ ])([A-Z][a-z]{1,10})[ ]\Z")


def _with_given_before(doc, runs):
    """The name runs of two tokens or more, and runs after a common given name that is also
    an English word and so breaks a run ("General Said Chanqriha": "Said" opens the name),
    with that given name joined to them."""
    given, prose = common_given_names(), doc.prose
    starts, ends, words = runs.tokens.starts, runs.tokens.ends, runs.tokens.words
    members, bounds = runs.members, runs.bounds
    for number in range(len(bounds) - 1):  # (a run of one token is built only after a given name)
        i, j = bounds[number], bounds[number + 1]
        first = members[i]
        start = starts[first]
        # (a given name that does not break a run is inside it already; the word _WORD_BEFORE
        # finds is the name token right before the run's first, so that token is looked at first)
        before = _WORD_BEFORE.search(prose, max(0, start - 14), start) \
            if first and ends[first - 1] == start - 1 and words[first - 1].lower() in given else None
        if before and before.group(1).lower() in given:
            yield [(before.start(1), before.end(1), before.group(1)), *runs._run(i, j)]
        elif j - i >= 2:
            yield runs._run(i, j)


def _person_index(lex) -> dict[str, list[tuple]]:
    """Family-name skeleton -> [(entry, given-name skeleton, family names as written)] for the
    people of the lexicon, from every form of their name with two words or more (built once:
    lexicon.derived)."""
    return derived(lex, "person-skeletons", _build_person_index)


def _build_person_index(lex) -> dict[str, list[tuple]]:
    index = defaultdict(list)
    for entry in lex.entries:
        if entry.category != "person":
            continue
        seen = set()
        families = family_keys = None  # (the same for every form of the entry: worked out once)
        for form in (*entry.correct_forms, *entry.misspelled):
            words = _joined_compounds(
                [w for w in _WHITESPACE_RUN.split(form) if w.lower() not in _PARTICLES and w.lower().rstrip(".") not in _TITLES]
            )
            if len(words) < 2:
                continue
            key = (skeleton(words[-2]), skeleton(words[-1]))
            if key in seen or (len(key[1]) < 2 and len(key[0]) < 4):  # "Sisi" only with "Abdel Fattah"
                continue
            seen.add(key)
            if families is None:
                families = {translit.strip_article(w.split()[-1].lower()) for w in entry.correct_forms}
                family_keys = {translit.key(f) for f in families}
            index[key[1]].append((entry, key[0], families, family_keys))
            if len(words) >= 3:  # "Recep Tayyip Erdogan": the last two words identify the person
                index[("exact", words[-2].lower(), words[-1].lower())].append((entry, words[-3], None, None))
    return dict(index)


_WHITESPACE_RUN = re.compile(r"[\s]+")


_SHORT = 4096  # characters: a record, whose views are built by the shortest way, not a piece at a time


class _Spans:
    """Sorted spans with fast overlap and containment tests (bisect over starts)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        if not self.spans:  # (most records: no lexicon name)
            self.starts = self.reach = self.spans
            return
        self.starts = [s for s, _ in self.spans]
        self.reach = list(accumulate((e for _, e in self.spans), max))  # furthest end so far

    def inside(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] >= end and any(
            s <= start and end <= e for s, e in self.spans[max(0, i - 8) : i + 1]
        )

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end - 1) - 1  # spans starting before `end`
        return i >= 0 and self.reach[i] > start


_PARTICLES = frozenset(("al", "el", "bin", "ibn", "abu", "bint", "ben", "ould"))
_TITLES = frozenset((
    "king", "queen", "prince", "princess", "sheikh", "shaikh", "sheikha", "sultan", "emir", "amir",
    "president", "general", "gen", "field", "marshal", "colonel", "col", "imam", "sayyed", "sayyid",
    "mr", "mrs", "dr", "minister", "prime", "crown", "his", "her", "highness", "majesty",
    "ayatollah", "grand", "mufti", "pope", "patriarch", "lieutenant", "major", "brigadier",
))
_COMPOUND_HEADS = frozenset(("abdel", "abdul", "abd", "abdal", "abdol", "abu", "abou", "bou", "abi", "umm", "um"))


_ABD = re.compile(r"^abd(?:el|ul|al|ol|-el|-al|-ul)?-?")
# Words that English news spells several usual ways: any one of them is no misspelling of
# another (the ways of writing محمد, the ways of writing عبد ال before a name, the article).
_USUAL_SPELLINGS = (
    (re.compile(r"\b(?:mohammed|muhammad|mohamed|mohammad|muhammed|mohamad)\b"), "mohammed"),
    (re.compile(r"\babd(?:el|ul|al|ol)?[- ]"), "abd "),  # (two words: "Abdulfattah" is a misspelling)
    (re.compile(r"\b(?:al|el)[- ](?=[a-z])"), "al-"),
)


def usual_given_variant(written: str, listed: str) -> bool:
    """Whether one given name is a usual spelling of another: the same once _USUAL_SPELLINGS
    are folded ("Muhammad" for Mohammed), or a common given name with the same spelling key
    ("Mohamed"/"Mohammed", "Youssef"/"Yousef")."""
    a, b = written.lower().replace("-", ""), listed.lower().replace("-", "")
    for pattern, to in _USUAL_SPELLINGS:
        a, b = pattern.sub(to, a).replace(" ", ""), pattern.sub(to, b).replace(" ", "")
    return a == b or (written.lower() in translit.common_given_names() and _spell_key(written.lower()) == _spell_key(listed.lower()))


def _usual_variant(written: str, entry) -> bool:
    """Whether `written` is one of the entry's correct forms once the words English news
    spells several usual ways (_USUAL_SPELLINGS) are folded: a variant, not a misspelling."""
    def fold(text: str) -> str:
        text = text.lower().replace("‐", "-")
        for pattern, to in _USUAL_SPELLINGS:
            text = pattern.sub(to, text)
        return " ".join(text.split())

    folded = fold(written)
    return any(fold(form) == folded for form in entry.correct_forms)


def _abd_key(given: str) -> str:
    """A compound given name with عبد ال in one spelling: "abdelhamid", "abdulhamid" -> "abdhamid"."""
    return _ABD.sub("abd", given)


def _given_forms(entry) -> set[str]:
    """The given names of an entry's correct forms, compounds joined, lower case ("abdelfattah")."""
    forms = set()
    for form in entry.correct_forms:
        words = _joined_compounds([w for w in form.split() if w.lower() not in _PARTICLES and w.lower() not in _TITLES])
        if len(words) >= 2:
            forms.add(words[-2].lower())
    return forms


_ARABIC_NAME_WORD = re.compile(r"[\u0621-\u064a]+")
_ARABIC_LINKS = frozenset(("بن", "ابن", "ولد", "ال", "آل", "اال"))


def _another_name(given: str, family: str, entry) -> bool:
    """Whether the written given or family name is a common name of its own, other than the
    entry's (data/name_arabic.tsv gives the Arabic a Latin name token usually stands for):
    "Hassan" (حسن) is not "Husni" (حسني) misspelt, "Rami" (رامي) not "Reem" (ريم); "Salih"
    and "Saleh" are both صالح. A token the table lacks decides nothing."""
    words = [translit.arabic_key(w) for w in _ARABIC_NAME_WORD.findall(entry.arabic)]
    words = [w for w in words if w not in _ARABIC_LINKS]
    latin = [w for w in _WHITESPACE_RUN.split(entry.name) if w.lower() not in _PARTICLES and w.lower().rstrip(".") not in _TITLES]
    if len(words) < 2 or len(latin) < 2:
        return False
    for written, arabic, own in ((family, words[-1], latin[-1]), (given, words[0], latin[0])):
        known, spelt = translit.arabic_of(written), translit.arabic_of(own)
        # (not where the table spells the entry's own word otherwise: names of other languages
        # have several Arabic spellings, Joseph جوزيف/جوزاف)
        if known and arabic not in known and (not spelt or arabic in spelt):
            return True
    return False


def _near(a: str, b: str) -> bool:
    """Skeletons equal or one substitution apart ("rjb" ~ "rcb": Rajab for Recep)."""
    return a == b or (len(a) == len(b) >= 3 and sum(x != y for x, y in zip(a, b)) == 1)


def _joined_compounds(words: list[str]) -> list[str]:
    """Compound names as one word: ["Karim", "Abdel", "Aziz"] -> ["Karim", "AbdelAziz"]."""
    out: list[str] = []
    for word in words:
        if out and out[-1].lower() in _COMPOUND_HEADS:
            out[-1] += word
        else:
            out.append(word)
    return out


def _joined_compound_tokens(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`_joined_compounds` over (start, end, written) tokens of a name run."""
    out: list[tuple[int, int, str]] = []
    for start, end, written in run:
        if out and out[-1][2].lower() in _COMPOUND_HEADS:
            out[-1] = (out[-1][0], end, out[-1][2] + written)
        else:
            out.append((start, end, written))
    return out


_RUN_IN_ARTICLE = re.compile(r"[AaEe]l(?=[a-z]{4})")


def _unlisted_person_spellings(rule, doc, ctx, wrong, correct):
    """NAM002 for a person of the lexicon written in a spelling it does not list: a given name
    and a family name whose skeletons are those of the person's name, the family name spelt
    differently from every correct form ("Hans Grondberg" for Hans Grundberg)."""
    index = None  # built at the first run of two names (a text without one never needs it)
    for run in _name_runs(doc).longer(2):
        run = _joined_compound_tokens(run)
        if len(run) < 2:
            continue
        if index is None:
            index = _person_index(lexicon(ctx))
            if not index:
                return
            known = _Spans((m.start, m.end) for m in (*wrong, *correct))
            # a one-word name of a body is a given name before a family name ("Badr Abdel Aati")
            named = _Spans((m.start, m.end) for m in (*wrong, *correct)
                           if m.entry.category in ("person", "place") or " " in doc.prose[m.start : m.end].strip())
            listed_wrong = _Spans((m.start, m.end) for m in wrong)
        given, family = run[-2], run[-1]
        if len(run) >= 3 and not known.overlaps(run[-3][0], family[1]):
            first = run[-3]
            for entry, entry_first, _, _ in index.get(("exact", given[2].lower(), family[2].lower()), ()):
                if first[2].lower() != entry_first.lower() and first[2][0].lower() == entry_first[0].lower() \
                        and first[2].lower() not in _TITLES and _near(skeleton(first[2]), skeleton(entry_first)) \
                        and not usual_given_variant(first[2], entry_first):
                    target = shortened(preferred(entry, ctx), "x x x")
                    message = f"Non-standard spelling of {target} ({entry.arabic}): written {doc.prose[first[0]:family[1]]!r}."
                    yield rule.finding(doc, first[0], family[1], message, [target], safe=False)
                    break
        if named.overlaps(given[0], given[1]) or listed_wrong.overlaps(family[0], family[1]):
            continue  # a known name, or a spelling NAM002 reports already
        found = index.get(skeleton(family[2]), ())
        if not found and _RUN_IN_ARTICLE.match(family[2]):  # "Alburhan": the article run into the name
            found = index.get(skeleton(family[2][2:]), ())
        if len(skeleton(family[2])) < 3 and given[2].lower() in translit.common_given_names():
            continue  # a common given name and a short family name are another man ("Ahmed Alawi")
        for entry, given_skeleton, families, family_keys in found:
            if skeleton(given[2]) != given_skeleton or given[2].lower() in _TITLES:
                continue
            if _another_name(given[2], family[2], entry):
                continue  # "Ahmed Hassan" (حسن) is not Ahmed Husni (حسني), "Rami" (رامي) not Reem (ريم)
            written_family = translit.strip_article(family[2].lower())
            if written_family in families:
                # the family name is spelt right: another person, unless the given name is a
                # compound spelt another way ("Abdulfattah" for Abdel Fattah)
                joined = given[2].lower().replace(" ", "")
                spaced = re.search(r"[ -]", doc.prose[given[0]:given[1]]) is not None
                if re.match(r"ab[du]", joined) and joined not in _given_forms(entry) \
                        and not (spaced and _abd_key(joined) in {_abd_key(g) for g in _given_forms(entry)}):
                    # ("Abdel Hamid" for Abdul Hamid: عبد ال written the other usual way, as
                    # two words; run together, "Abdelhamid", it is a misspelling)
                    start, end = given[0], family[1]
                    target = shortened(preferred(entry, ctx), "x x x")
                    message = f"Non-standard spelling of {target} ({entry.arabic}): written {doc.prose[start:end]!r}."
                    yield rule.finding(doc, start, end, message, [target], safe=False)
                break
            if translit.key(written_family) in family_keys and _ARABIC_TRAIT.search(written_family):
                break  # another usual transliteration ("al-Moualem"): NAM003's business, not a misspelling
            start, end = given[0], family[1]
            # a given name run together from two words ("Abdulfattah") stands for both
            target = shortened(preferred(entry, ctx), "x x x" if re.match(r"(?i)ab[du]|abu", given[2]) else "x x")
            message = f"Non-standard spelling of {target} ({entry.arabic}): written {doc.prose[start:end]!r}."
            yield rule.finding(doc, start, end, message, [target], safe=False)
            break


@register
class MixedTransliteration(Rule):
    id = "NAM003"
    name = "mixed-transliteration"
    category = "terminology/inconsistent"
    severity = Severity.MINOR
    scope = "run"
    explanation = (
        "One person or place spelled in two accepted ways in the same document or run "
        "(\"Tarhuna\" and \"Tarhouna\", \"Haftar\" and \"Hifter\"). Each spelling is correct on its "
        "own, but a text should use one; a short quotation keeps its owner's spelling (a title: "
        "'the book \"Qaddafi's Libya\"'). mtqa suggests the spelling used most often, or the house "
        "style when one is configured (`house_style` in config)."
    )
    bad = (
        "The forces of Khalifa Haftar entered Tarhuna. Haftar said the city of ⟦Tarhouna→Tarhuna⟧ had fallen. Officials in Tarhuna denied it.",
    )
    good = (
        "The forces of Khalifa Haftar entered Tarhuna. Haftar said the city of Tarhuna had fallen.",
        'Gaddafi fell in 2011. The book "Qaddafi\'s Libya" had come out years before.',
    )

    def gather(self, doc, ctx):
        """(entry id, start, end, written) of the lexicon's people and places in `doc`."""
        _, correct = entity_matches(doc, ctx)
        found = []
        for m in correct:
            if m.entry.category in CONSISTENCY_CATEGORIES or m.entry.category in _BODY_CATEGORIES:
                start = m.start
                if _ARTICLE_JUST_BEFORE.match(doc.text, max(0, start - 4), start):
                    start -= 3  # the article the name was matched without: "al-" in "al-Hudaydah"
                written = doc.text[start : m.end]
                if not written.isupper() and not _in_quoted_title(doc, m.start, m.end):
                    # (acronyms are not spellings; a quoted title keeps its own: "Qaddafi's Libya")
                    found.append((m.entry.id, start, m.end, written))
        return found

    def check_run(self, docs, ctx):
        return self.conclude([(index, self.gather(doc, ctx)) for index, doc in enumerate(docs)], docs, ctx)

    def conclude(self, gathered, docs, ctx):
        by_id = lexicon(ctx).by_id
        occurrences = defaultdict(list)  # entry id -> [(doc index, start, end, written)]
        for index, found in gathered:
            for entry_id, start, end, written in found:
                occurrences[entry_id].append((index, start, end, written))
        for entry_id, found in occurrences.items():
            entry = by_id[entry_id]
            house = ctx.config.house_style.get(entry_id)
            if entry.category not in CONSISTENCY_CATEGORIES:
                if not house:
                    yield from _body_spellings(self, entry, found, docs)
                continue
            counts = Counter(_spelling(w) for *_, w in found)
            if house:
                target_key, target = _spelling(house), house
            elif len(counts) > 1:
                target_key = _dominant(counts, found, entry)
                target = next(w for *_, w in found if _spelling(w) == target_key)
            else:
                target_key = target = None
            # a document that writes the name two ways itself is held to its own first spelling
            # ("Tarhouna … Tarhuna": the later one is the odd one out, whatever the run prefers)
            own = {} if house else _document_targets(found)
            reported = set()  # (document index, start) of the findings below
            for index, start, end, written in found:
                key, wanted = own.get(index, (target_key, target))
                if key is None:
                    continue
                # a translation next to a transliteration ("Green Mountain", "Jebel Akhdar") is two
                # names, not two spellings: only forms with the target's skeleton are compared
                if _spelling(written) != key and (house or skeleton(_spelling(written)) == skeleton(key)):
                    doc = docs[index]
                    if not house and _another_person(doc.prose, start, end):
                        continue
                    suggestion = respelled(written, wanted)
                    message = (f"{written!r} here but {wanted!r} elsewhere in this run: two spellings of "
                               f"{entry.name} ({entry.arabic}); use one.")
                    if house:
                        message = f"House style spells {entry.name} as {house!r}, not {written!r}."
                    reported.add((index, start))
                    yield index, self.finding(doc, start, end, message, [suggestion], safe=bool(house))
                elif not house and index in own and _article(written) and _article(wanted) \
                        and _article(written) != _article(wanted) and _spelling(written) == key:
                    # "Al-Hasakah … El-Hasakah": one name with its article written two ways in one text
                    doc = docs[index]
                    suggestion = _article_replaced(written, _article_as_written(wanted))
                    message = (f"{written!r} here but {wanted!r} earlier in this text: the article of "
                               f"{entry.name} ({entry.arabic}) written two ways; use one.")
                    reported.add((index, start))
                    yield index, self.finding(doc, start, end, message, [suggestion], safe=False)
            if not house:  # "Moqtada al-Sadr … Muqtada al-Sadr", "Salahuddin … Salah al-Din"
                yield from self._full_forms(full_form_spellings(entry, found, docs, reported), docs)
        yield from self._full_forms(shared_arabic_spellings(by_id, occurrences, docs), docs)

    def _full_forms(self, found, docs):
        for index, start, end, message, target in found:
            if not _another_person(docs[index].prose, start, end):
                yield index, self.finding(docs[index], start, end, message, [target], safe=False)


# bodies, outlets and groups held to one spelling within a text (not across a run: two
# articles may name a group as its own sources do)
_BODY_CATEGORIES = frozenset(("armed-group", "party", "organization", "media-outlet", "news-agency"))
_BODY_SEPARATORS = re.compile(r"[-‐\s]+")
_NAME_GOES_ON = re.compile(r"[ ][A-Z][a-z]")


def _body_key(form: str) -> str:
    """A body's name for comparing spellings: lower case, hyphens as spaces, no "the"."""
    words = _BODY_SEPARATORS.split(form.lower())
    return " ".join(w for w in words if w and w != "the")


def _body_spellings(rule, entry, found, docs):
    """NAM003 for a body, outlet or group of the lexicon written two ways in one text with the
    same consonants ("Kataib Hezbollah … Kataeb Hezbollah"; not "Hezbollah Brigades" beside it,
    a translation): the later or rarer spelling, held to the text's most frequent (first on a
    tie). "Al Jazeera" and "Al-Jazeera" are one spelling."""
    by_doc: dict[int, list] = defaultdict(list)
    for occurrence in found:
        index, _, end, _ = occurrence
        if not _NAME_GOES_ON.match(docs[index].prose, end):  # not inside a longer name: "the Al-Qaida Sanctions Committee"
            by_doc[index].append(occurrence)
    for index, occurrences in by_doc.items():
        keys = [_body_key(w) for *_, w in occurrences]
        if len(set(keys)) < 2:
            continue
        counts = Counter(keys)
        first: dict[str, int] = {}
        for k in keys:
            first.setdefault(k, len(first))
        target_key = max(counts, key=lambda k: (counts[k], -first[k]))
        target = next(w for (*_, w), k in zip(occurrences, keys) if k == target_key)
        for (_, start, end, written), key in zip(occurrences, keys):
            if key != target_key and skeleton(key) == skeleton(target_key):
                message = (f"{written!r} here but {target!r} earlier in this text: two spellings of "
                           f"{entry.name} ({entry.arabic}); use one.")
                yield index, rule.finding(docs[index], start, end, message, [target], safe=False)


def _document_targets(found) -> dict[int, tuple[str, str]]:
    """Document index -> (spelling key, form) that the document's other spellings of one name
    are held to, for each document that writes the name two ways (spellings with one skeleton,
    or one spelling with two articles): its most frequent spelling, the first written on a tie."""
    by_doc: dict[int, list[str]] = defaultdict(list)
    for index, _, _, written in found:
        by_doc[index].append(written)
    out = {}
    for index, forms in by_doc.items():
        if len(forms) < 2:
            continue
        keys = [_spelling(w) for w in forms]
        articles = {_article(w) for w in forms} - {""}
        if len(set(keys)) < 2 and len(articles) < 2:
            continue
        counts = Counter(keys)
        first = {}
        for k in keys:
            first.setdefault(k, len(first))
        key = max(counts, key=lambda k: (counts[k], -first[k]))
        with_key = [w for w in forms if _spelling(w) == key]
        with_article = [w for w in with_key if _article(w)]
        out[index] = (key, with_article[0] if with_article else with_key[0])
    return out


def _article(form: str) -> str:
    """The Arabic article written before the last word of a name form, lower case ("el" in
    "El-Hasakah", "al" in "Abdel Fattah al-Sisi"), or ""."""
    words = _name_words_of(form)
    if not words:
        return ""
    last = words[-1].lower().replace("‐", "-")
    found = _ARTICLE_PREFIX.match(last)
    if found:
        return found.group()[:-1]
    if len(words) > 1 and words[-2].lower() in ("al", "el"):
        return words[-2].lower()
    return ""


def _article_as_written(form: str) -> str:
    words = _name_words_of(form)
    last = words[-1].replace("‐", "-")
    found = _ARTICLE_PREFIX.match(last.lower())
    if found:
        return last[: found.end() - 1]
    return words[-2] if len(words) > 1 else ""


def _article_replaced(written: str, article: str) -> str:
    """`written` with the article of its last word replaced by `article` (its case kept at
    the start: "al-Arish" with "El" -> "el-Arish" only where the text wrote it in lower case)."""
    words = written.split()
    tail = len(words) - 1
    while tail > 0 and _REGNAL.fullmatch(words[tail]):
        tail -= 1
    last = words[tail]
    found = _ARTICLE_PREFIX.match(last.lower().replace("‐", "-"))
    if found:
        old = last[: found.end() - 1]
        new = article.lower() if old[:1].islower() else article[:1].upper() + article[1:].lower()
        words[tail] = new + last[found.end() - 1 :]
    elif tail > 0 and words[tail - 1].lower() in ("al", "el"):
        old = words[tail - 1]
        words[tail - 1] = article.lower() if old[:1].islower() else article[:1].upper() + article[1:].lower()
    return " ".join(words)


_REGNAL = re.compile(r"[IVX]{1,5}|[0-9]{1,2}(?:st|nd|rd|th)")  # "Mohammed VI", "Abdullah II"


def _name_words_of(form: str) -> list[str]:
    """The words of a name form without a regnal number after it."""
    words = form.split()
    while len(words) > 1 and _REGNAL.fullmatch(words[-1]):
        words.pop()
    return words


_ARTICLE_JUST_BEFORE = re.compile(r"(?:^|[^\w'’-])[AaEe]l-\Z")  # (tried on the four characters before a name)


_QUOTE_CLOSE = {'"': '"', "“": "”", "‘": "’"}

# A mention introduced as someone else than the name's earlier bearer: "a man named Hasan
# Nasrallah", "his namesake Ahmad Shahid", "Omar el-Bashir, a farmer from Kassala,", "(no relation)"
_OTHER_BEFORE = re.compile(r"\b(?:named|called|namesake|unrelated|another)[ ]++(?:[A-Z][\w'’-]*+[ ]){0,3}+$")
_OTHER_AFTER = re.compile(
    r"(?:[ ][A-Z][\w'’-]*+){0,2}+(?:[ ]?+,[ ](?:a|an)[ ][a-z]|[ ]\((?:no relation|not related|unrelated)\b"
    r"|,[ ](?:no relation|who is not related|not related)\b)"
)


def _another_person(prose: str, start: int, end: int) -> bool:
    """Whether the mention prose[start:end] is introduced as another person than the name's
    other bearer: "named"/"namesake" before it, an indefinite apposition (", a teacher in
    Gaza,", after a full name: "Hifter, a field marshal," is the same man) or "(no relation)"
    after it. Two people may spell the same name their own way."""
    if _OTHER_BEFORE.search(prose, max(0, start - 60), start):
        return True
    after = _OTHER_AFTER.match(prose, end, end + 60)
    if not after:
        return False
    before = _CAPITALISED_BEFORE.search(prose, max(0, start - 30), start)
    # (the text just before that word: never a copy of the whole text up to it)
    ahead = prose[max(0, before.start() - 40) : before.start()].rstrip() if before else ""
    given_before = bool(before) and (
        (before.start() > 0 and not ahead.endswith((".", "!", "?", ":")))
        or before.group().strip().lower() in _common_given())  # a sentence-initial given name
    full = " " in prose[start:end].strip() or given_before or bool(re.match(r"[ ][A-Z]", prose[end : end + 2]))
    return full or "relat" in after.group()


_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*+[ ]$")  # (a word start only: linear)


def _common_given() -> frozenset[str]:
    from mtqa.translit import common_given_names

    return common_given_names()


def _in_quoted_title(doc, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a short quotation (six words at most) of its
    sentence: a title or a name quoted as its owner spells it ('the book "Qaddafi's Libya"',
    'the "Al-Qaida Sanctions Committee"'), not the writer's own spelling. (The sentence is
    read back to the last full stop, so that no sentence view is needed.)"""
    text = doc.text
    window = max(0, start - 200)
    stop = max(text.rfind(mark, window, start) for mark in (". ", "? ", "! ", "\n"))
    before = text[(stop + 1 if stop >= 0 else window) : start]
    for opening, closing in _QUOTE_CLOSE.items():
        at = before.rfind(opening)
        if at < 0 or (opening == '"' and before.count('"') % 2 == 0) or (opening != '"' and before.rfind(closing) > at):
            continue
        close = text.find(closing, end, end + 120)
        if close >= 0 and len(before[at + 1 :].split()) + len(text[start:close].split()) <= 6:
            return True
    return False


def _spelling(form: str) -> str:
    """The part of a name form that carries its spelling: the last word, case-folded, without
    an Al-/El- prefix (news style writes "Bashar al-Assad" first and "Assad" after)."""
    return _ARTICLE_PREFIX.sub("", _name_words_of(form)[-1].lower().replace("‐", "-"))


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez)-")


def _dominant(counts: Counter, found: list, entry) -> str:
    """The most frequent spelling; ties go to the entry's own name, then to the first seen."""
    order = {_spelling(found[i][-1]): i for i in reversed(range(len(found)))}
    name_key = _spelling(entry.name)
    return max(counts, key=lambda k: (counts[k], k == name_key, -order[k]))


# Written to start with a letter class (= \b[a-z][a-z]+\b and \b[A-Z][a-z]+…): the scan
# skips quickly to candidate letters.
_LOWER_WORD = re.compile(r"[a-z](?<=\b[a-z])[a-z]++\b")
_NAME_TOKEN = re.compile(r"[A-Z](?<=\b[A-Z])[a-z]+(?:[-‐’'][A-Za-z][a-z]+)*\b")
_NAME_TOKEN_SPLIT = re.compile(f"({_NAME_TOKEN.pattern})")
# Spelling traits of romanised Arabic; a group of look-alike names is reported only when one of
# its forms has one, so that English pairs such as Allan/Alan or Conor/Connor stay silent.
_ARABIC_TRAIT = re.compile(r"^(?:al|el)[-‐]|kh|gh|dh|q(?!u)|aa|ou|ee|oo|ii|['’]|ah$|^(?:abd|abu)", re.IGNORECASE)


@register
class InconsistentName(Rule):
    id = "NAM004"
    name = "inconsistent-name-spelling"
    category = "terminology/inconsistent"
    severity = Severity.MINOR
    scope = "document"  # groups never cross documents: checked as each document is read
    explanation = (
        "Within one document, a name that the lexicon does not know is spelled in two ways that differ only as "
        "transliterations of one Arabic name do (ou/u, ee/i, ei/ay, o/u, q/k, ph/f, dh/d, doubled "
        "letters, a final h, an Al-/El- prefix): \"Mahmoud\" and \"Mahmud\", \"Al-Sisi\" and "
        "\"El-Sisi\". Names that differ in a vowel that separates real names, such as "
        "Hassan/Hussein or Saleh/Salah, are never grouped. The suggestion (the most frequent "
        "spelling) is not applied automatically: the two may be different people."
    )
    bad = (
        "The spokesman Mahmoud Sharqawi spoke first. Later ⟦Sharkawi→Sharqawi⟧ denied the report, and Sharqawi left.",
    )
    good = (
        "Hassan Ali met Hussein Ali in Amman. Hassan later left.",
        "Saleh Omran and Salah Omran are brothers.",
        "The teacher Khaled Nasser spoke first. Then Khalid Omran, a farmer, said the well was dry.",
    )

    def check(self, doc, ctx):
        return (finding for _, finding in self.check_run([doc], ctx))

    def check_run(self, docs, ctx):
        # Per document: a name the lexicon does not know may belong to different people in
        # different articles. (Known names, NAM003, are held consistent across the whole run.)
        groups = defaultdict(list)  # (doc index, key) -> [(doc index, start, end, written)]
        anchors: set[tuple[int, int]] = set()  # (doc index, start) of correct lexicon names
        for index, doc in enumerate(docs):
            lowercase, tokens = _lowercase_words(doc), _name_tokens(doc)
            # Only names with a look-alike among the document's distinct names can be reported:
            # the occurrences of the others are not looked at.
            names = {w for w in set(tokens.words) if len(w) >= 4 and w.lower() not in lowercase}
            spellings = defaultdict(set)
            for name in names:
                spellings[_token_key(name)].add(name.lower())
            wanted = {name for name in names if len(spellings[_token_key(name)]) > 1}
            if not wanted:
                continue
            wrong, correct = entity_matches(doc, ctx)
            correct_spans = _Spans((m.start, m.end) for m in correct if m.entry.category in CONSISTENCY_CATEGORIES)
            wrong_spans = _Spans((m.start, m.end) for m in wrong)
            known = sorted((m.start, m.end) for m in (*wrong, *correct))
            known_starts = [start for start, _ in known]
            reach = list(accumulate((end for _, end in known), max))  # furthest end so far
            sentence_starts = {s.start for s in doc.sentences}
            for number in compress(range(len(tokens)), map(wanted.__contains__, tokens.words)):
                start, end, written = tokens.starts[number], tokens.ends[number], tokens.words[number]
                if start in sentence_starts and not _ARABIC_TRAIT.search(written) and written.lower() not in _common_given():
                    continue  # (a sentence-initial capital may be an English word; "Al-Aradah said", "Mohamed" are names)
                at = bisect_right(known_starts, start) - 1
                if at >= 0 and reach[at] >= end:
                    # inside a span the lexicon already matched: a correct name is the spelling
                    # others are compared with ("Tamim bin Hamad … Tameem"), never reported
                    if correct_spans.inside(start, end) and not wrong_spans.overlaps(start, end):
                        anchors.add((index, start))
                        groups[(index, _token_key(written))].append((index, start, end, written))
                    continue
                groups[(index, _token_key(written))].append((index, start, end, written))
        flagged: set[tuple[int, int]] = set()
        for index, doc in enumerate(docs):
            for start, end, message, target in _deviant_names(doc, *entity_matches(doc, ctx)):
                flagged.add((index, start))
                if not _another_person(doc.prose, start, end):
                    yield index, self.finding(doc, start, end, message, [target], safe=False)
            yield from _variant_spellings(self, index, doc, ctx, flagged)
        for found in groups.values():
            if any((i, start) in flagged for i, start, _, _ in found):
                continue
            counts = Counter(w.lower() for *_, w in found)
            anchored = {w.lower() for i, start, _, w in found if (i, start) in anchors}
            if len(counts) < 2 or not (anchored or any(_ARABIC_TRAIT.search(w) for w in counts)
                                       or all(_PARTICLE_JUST_BEFORE.search(docs[i].prose, max(0, b - 6), b) for i, b, _, _ in found)):
                continue  # (a name the lexicon knows is Arabic without a trait: Haitham/Haytham; after
                # a kunya every time it is Arabic too: "Abu Zaid … Abu Zeid")
            if len(anchored) > 1 or (anchored and all((i, start) in anchors for i, start, _, _ in found)):
                continue  # two accepted spellings of a known name: NAM003's business
            if _given_names_of_others(found, docs):
                continue  # "Youssef Karam … Yousef Haddad": two men, each spelling his own name
            if _family_names_of_others(found, docs):
                continue  # "Ahmed Said … Mohamed Saeed": two men's family names, each spelt his own way
            if _patronyms_of_others(found, docs):
                continue  # "Khaled bin Waleed … Saad bin Walid": two men's fathers, each spelt his own way
            if _place_and_nisba(counts) or all(_english_word(w) for w in counts):
                continue  # "Sudan … al-Sudani", "the Good Party … God": not one name two ways
            articles = {w[: len(w) - len(translit.strip_article(w))] for w in counts} - {""}
            if len({translit.strip_article(w) for w in counts}) == 1 and len(articles) <= 1:
                continue  # "bin Saleh Al-Saleh", "al-Assad … Assad": an article dropped, not a spelling
            first_seen = {}
            for *_, w in found:
                first_seen.setdefault(w.lower(), len(first_seen))
            dominant = max(counts, key=lambda w: (counts[w], -first_seen[w]))
            target = next(w for *_, w in found if w.lower() == dominant)
            for index, start, end, written in found:
                if written.lower() != dominant and (index, start) not in anchors \
                        and not _another_person(docs[index].prose, start, end):
                    message = f"{written!r} and {target!r} look like one name spelled two ways; use one spelling."
                    yield index, self.finding(docs[index], start, end, message, [target], safe=False)


# a kunya (Abu, Umm) right before a name: "Abu Zaid" (not a patronym: "bin Zaid … bin Zeid" may
# be the sons of two fathers)
_PARTICLE_JUST_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]bu|[Uu]mm)[ ]\Z")


def _place_and_nisba(spellings) -> bool:
    """Whether two spellings are a place and its adjective or family name: Sudan, al-Sudani."""
    bare = {translit.strip_article(w.lower()) for w in spellings}
    return any(w + "i" in bare or w + "y" in bare for w in bare)


def _english_word(word: str) -> bool:
    """Whether a capitalised word is a common English word ("Good", "God": clean English news
    writes it in lower case), not a romanised name."""
    return len(word) > 2 and word.isalpha() and ngram_counts().count(word.lower()) >= 5


# the family name after a given name: "Karam" in "Youssef Karam", "Houthi" in "Mohammed al-Houthi"
# (matched right after a word; the lookbehind keeps a scan linear on a long run of spaces)
_FAMILY_AFTER = re.compile(r"(?<![ ])[ ]++(?:(?:al|el|bin|ibn|abu|Al|El|Abu)[- ])?+([A-Z][\w'’-]++)")


def _given_names_of_others(found, docs) -> bool:
    """Whether every occurrence in a group of look-alike spellings is a given name before a
    family name and no family name (by its consonants: Lakjaa ~ Lekjaa) goes with two
    spellings: different people, each with his own spelling ("Khaled Nasser … Khalid Omran"),
    not one man written two ways ("Fouzi Lekjaa … Fawzi Lakjaa")."""
    families: dict[str, set[str]] = defaultdict(set)  # family name's skeleton -> spellings before it
    for index, _, end, written in found:
        after = _FAMILY_AFTER.match(docs[index].prose, end)
        if after is None:
            return False
        family = after.group(1)
        # (a family name that is a common given name is one name by its key: Hamad is not Hamed)
        families[_token_key(family) if family.lower() in _common_given() else skeleton(family)].add(written.lower())
    return all(len(spellings) == 1 for spellings in families.values())


# the given name right before a family name: "Ahmed" in "Ahmed Said" (a word start only: linear)
_GIVEN_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]++)[ ]\Z")


def _family_names_of_others(found, docs) -> bool:
    """Whether every occurrence in a group of look-alike spellings is a family name after a
    given name, the given names before the spellings are two names or more (given_key), and
    none goes with two spellings: different men ("Ahmed Said … Mohamed Saeed"), not one man
    written two ways ("Kais Saied … Kais Said")."""
    givens: dict[str, set[str]] = defaultdict(set)  # given name's key -> family spellings after it
    for index, start, _, written in found:
        before = _GIVEN_BEFORE.search(docs[index].prose, max(0, start - 24), start)
        if before is None or before.group(1).lower() in _TITLE_WORDS_BEFORE:
            return False
        givens[given_key(before.group(1))].add(written.lower())
    return len(givens) > 1 and all(len(spellings) == 1 for spellings in givens.values())


_TITLE_WORDS_BEFORE = frozenset(("president", "minister", "sheikh", "king", "prince", "emir", "mr", "dr", "general",
                                 "the", "and", "but", "said", "later", "when", "as", "by"))
_SON_OF_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]++)[ ](?:bin|ibn|ben|bint)[ ]\Z")


def _patronyms_of_others(found, docs) -> bool:
    """Whether every occurrence in a group of look-alike spellings is a patronym ("bin X")
    after a given name, and the given names are two or more different names, each with one
    spelling of the patronym: the fathers of different men ("Khaled bin Waleed … Saad bin
    Walid"), not one man written two ways ("Khaled bin Waleed … Khaled bin Walid")."""
    fathers: dict[str, set[str]] = defaultdict(set)  # given name's key -> patronym spellings after it
    for index, start, _, written in found:
        before = _SON_OF_BEFORE.search(docs[index].prose, max(0, start - 24), start)
        if before is None:
            return False
        fathers[_token_key(before.group(1))].add(written.lower())
    return len(fathers) > 1 and all(len(spellings) == 1 for spellings in fathers.values())


def _variant_spellings(rule, index, doc, ctx, flagged):
    """NAM004 for a full name written later in another transliteration
    (name_forms.variant_spellings), where `_deviant_names` found nothing; adds to `flagged`."""
    wrong, correct = entity_matches(doc, ctx)
    known = _Spans((m.start, m.end) for m in correct)
    reported = _Spans((m.start, m.end) for m in wrong)
    done = {start for i, start in flagged if i == index}
    for start, end, message, target in variant_spellings(doc, correct, _name_runs(doc), known.inside):
        if start in done or reported.overlaps(start, end):
            continue
        flagged.add((index, start))
        if not _another_person(doc.prose, start, end):
            yield index, rule.finding(doc, start, end, message, [target], safe=False)


_OUTLET_HEADS = ("newspaper", "daily", "channel", "satellite channel", "television", "TV", "agency",
                 "news agency", "website", "site", "radio", "magazine", "weekly", "FM", "club",
                 "correspondent", "reporter")
# heads that name an outlet only after a possessive: "the Homeland's correspondent" (not "the
# Defence correspondent", a British reporter's beat)
_POSSESSIVE_HEADS = frozenset(("correspondent", "reporter"))
_OUTLET = re.compile(
    r"(?<![\w'’-])(?:[Tt]he )?((?:[A-Z][a-z]+(?:['’]s)? (?:of (?:the )?)?){1,3}?)("
    + "|".join(sorted(map(re.escape, _OUTLET_HEADS), key=len, reverse=True))
    + r")\b"
)
# Where _OUTLET can match: every match ends in " " + a head noun, and starts at a word start at
# most _OUTLET_REACH entries of the word index before it ("The", then three groups of a word,
# its "'s" and "of the", then the head's first word).
_OUTLET_HEAD = re.compile(r" (?:" + "|".join(sorted(map(re.escape, _OUTLET_HEADS), key=len, reverse=True)) + r")\b")
_OUTLET_REACH = 16
_OUTLET_WORDS = word_trigger(_OUTLET_HEADS)  # every match holds one (a record without any has none)
_OUTLET_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZt")  # "The"/"the" or a capitalised word


def _outlet_matches(doc):
    """The matches of _OUTLET.finditer(doc.prose), tried only at the word starts just before
    a head noun (found by a scan for " " + head) instead of at every position. (Windows of
    heads close together overlap: a start tried again fails again, or lies before `done`.)"""
    if _OUTLET_WORDS is not None and _OUTLET_WORDS.isdisjoint(doc.lowered_words.distinct):
        return
    prose, offsets = doc.prose, doc.lowered_words.offsets
    done = 0  # finditer returns no overlapping matches
    for head in _OUTLET_HEAD.finditer(prose):
        at = bisect_right(offsets, head.start())
        for start in offsets[max(0, at - _OUTLET_REACH) : at]:
            if start < done or prose[start] not in _OUTLET_FIRST:
                continue
            match = _OUTLET.match(prose, start)
            if match:
                done = match.end()
                yield match


@register
class TranslatedOutletName(Rule):
    id = "NAM005"
    name = "translated-outlet-name"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    explanation = (
        "An outlet the lexicon does not know, named by the meaning of its Arabic name: English "
        "words that translate Arabic words common in the names of newspapers, channels and "
        "agencies (gloss.toml), written as a name (capitalised inside the sentence or after a "
        "sentence-initial \"The\") before a lower-case head noun: \"the Morning newspaper\" "
        "(الصباح, Assabah), \"the Sunrise channel\" (الشروق, Echorouk). English news transliterates such "
        "names; also before a possessive's correspondent or reporter (\"the Compass's correspondent\") and after its head noun (\"the website Compass said\"). No suggestion: mtqa does not know the outlet; the message names the Arabic words "
        "the English may translate. Real English names (gloss.toml `english_names`: \"The "
        "Independent\", \"Gulf News\"), names with a capitalised head (\"Middle East News "
        "Agency\"), nationality adjectives (\"the Saudi channel\") and phrases English often "
        "capitalises are left alone. The same for a sports club (\"the Unity club\", الوحدة Al "
        "Wahda) and for the source in a dateline's parentheses (\"Aden (The Days) -\", الأيام); an outlet "
        "named by a people's adjective used as a noun after a citation verb (\"a source told the "
        "Babylonian, adding…\": البابلية)."
    )
    bad = (
        "The ⟦Horizon⟧ channel broadcast the speech live on Friday.",
        "Officials told the ⟦Depth⟧ agency that the convoy had left.",
        "On Sunday the ⟦Pledge⟧ club won the national cup after extra time.",
        "Mukalla (The ⟦Horizon⟧) - The governor opened the new school.",
        "A source in Baghdad told ⟦the Babylonian⟧, adding that the talks had failed.",
    )
    good = (
        "The Independent newspaper ran the story on its front page.",
        "The Middle East News Agency said the talks would resume.",
        "The Saudi channel broadcast the match.",
        "She read the morning newspaper on the train.",
        "Members of the golf club met on Sunday.",
        "Washington (Reuters) - The talks resumed.",
        "London (The Times) - The talks resumed.",
        "Pakistan's Dawn newspaper reported the resignation.",
        "An official in Baghdad told the Iraqi delegation that the road was open.",
    )

    def check(self, doc, ctx):
        wrong, correct = entity_matches(doc, ctx)
        taken = _Spans((m.start, m.end) for m in (*wrong, *correct, *explained_names(doc, ctx)))
        meanings = names = counts = None  # read at the first outlet-like phrase (most texts have none)
        for match in _outlet_matches(doc):
            if meanings is None:
                meanings, names, counts = english_meanings(), english_names(), ngram_counts()
            phrase = match.group(1).strip()
            start = match.start(1)
            end = start + len(phrase)
            head = match.group(2)
            found = [t for t in re.finditer(r"[A-Za-z]+(?:['’]s)?", phrase) if t.group().lower() not in ("of", "the")]
            glossed = [_meaning(t.group(), meanings) for t in found]
            unknown = [i for i, g in enumerate(glossed) if g is None]
            if unknown == [0] and len(found) > 1 and _opens_sentence(doc, start):
                # "Fans of the Star club": a sentence-initial capital is no part of the name
                cut = found[1].start()
                phrase, start = phrase[cut:], start + cut
                found, glossed = found[1:], glossed[1:]
            words = [t.group() for t in found]
            if not words or any(g is None for g in glossed) or not any(g[0] == "noun" for g in glossed):
                continue
            if head in _POSSESSIVE_HEADS and not phrase.endswith(("'s", "’s")):
                continue
            if phrase.endswith(("'s", "’s")):  # the span is the name, without its possessive
                phrase = phrase[:-2]
                end = start + len(phrase)
            sentence = doc.sentence_at(start)
            s_start, s_end = (sentence.start, sentence.end) if sentence else (0, len(doc.prose))
            lead = doc.prose[s_start:start]
            if start == s_start or (lead.strip() and not lead.strip().endswith(("the", "The")) and _capitalised_before(lead)):
                continue  # sentence-initial capital, or part of a longer name ("Fox News channel")
            if _headline(doc.prose, s_start, s_end, settings().limits["headline-share"]):
                continue
            lower = re.sub(r"['’]s$", "", phrase.lower())
            if {lower, f"the {lower}", f"{lower} {head.lower()}", f"the {lower} {head.lower()}"} & names:
                continue
            total = counts.count(lower)
            if total and counts.count(lower, title=True) / total >= settings().limits["title-share"]:
                continue  # English capitalises it anyway ("Gulf", "Nation")
            if taken.overlaps(start, end):
                continue
            if re.search(r"\b(?:a|an|one|another|every|each|its|their|his|her)\s*$", lead, re.IGNORECASE):
                continue
            if foreign_owner_before(lead):
                continue  # "Pakistan's Dawn newspaper": a paper of a country that names papers in English
            arabic = "; ".join(f"{w} = {' / '.join(g[1][:2])}" for w, g in zip(words, glossed))
            kind = "a club" if head.lower() == "club" else "an outlet"
            message = (
                f"{phrase} {head} looks like the name of {kind} translated word by word "
                f"({arabic}); English news transliterates such names."
            )
            yield self.finding(doc, start, end, message, [], evidence=["gloss-words", f"head-noun:{head.lower()}"])
        yield from _translated_dateline_source(self, doc, taken)
        yield from _head_before_outlet(self, doc, taken, wrong, correct)
        yield from _cited_adjective_outlet(self, doc, taken, wrong, correct)


# "the newspaper The Homeland reported", "according to the website Compass,": the head noun,
# then the outlet's name translated (Title Case words, "of", "the", "my"), then the clause goes
# on in lower case or ends (bounded: linear)
_HEAD_FIRST = re.compile(
    r"[Tt](?<=\b[Tt])he[ ](?:official[ ]|state[ ]|private[ ])?(newspaper|daily|channel|website|site|agency|magazine|weekly|radio)[ ]"
    r"[\"“]?((?:The[ ])?[A-Z][a-z]++(?:[ ](?:(?:of|and)[ ](?:the[ ]|[Mm]y[ ])?)?[A-Z][a-z]++){0,3}+)[\"”]?"
    r"(?=[,.;:]|[ ][a-z])"
)
_HEAD_FIRST_OPENINGS = tuple(f"{the} {head} " for the in ("the", "The") for head in
                             ("newspaper", "daily", "channel", "website", "site", "agency", "magazine", "weekly",
                              "radio", "official", "state", "private"))


def _head_before_outlet(rule, doc, taken, wrong, correct):
    """NAM005 for an outlet named after its head noun by the meaning of its Arabic name: "the
    newspaper The Homeland reported", "the website Compass said" (English writes "the newspaper
    Al-Watan"). Every word a gloss meaning, one a noun; no English outlet ("the newspaper The
    Guardian", "the magazine Time"), nationality or phrase English capitalises itself, in a text
    about the Arab world."""
    from mtqa.rules.translated_names import _data as tn_data, arab_context

    prose = doc.prose
    openings = literals_in(_HEAD_FIRST_OPENINGS, doc.lowered_words.distinct, starts_word=True)  # (those the text may hold)
    matches = at_literals(_HEAD_FIRST, prose, openings)
    if not matches or not arab_context(doc, wrong, correct):
        return
    meanings, names, counts = english_meanings(), english_names(), ngram_counts()
    data = tn_data()
    for match in matches:
        name = match.group(2)
        start, end = match.start(2), match.end(2)
        bare = name[4:] if name.startswith("The ") else name
        words = [w for w in re.findall(r"[A-Za-z]+", bare) if w.lower() not in ("of", "the", "and", "my")]
        glossed = [_meaning(w, meanings) for w in words]
        if not words or any(g is None for g in glossed) or not (
                any(g[0] == "noun" for g in glossed) or (len(words) == 1 and words[0].lower() not in data["heads"])):
            continue  # (or one adjective: 'the website "The Sincere"'; not a head: "the website Daily")
        lower = bare.lower()
        if {lower, f"the {lower}"} & names or lower in data["english_outlets"] or \
                any(w.lower() in data["nationalities"] for w in words) or taken.overlaps(start, end):
            continue
        total = counts.count(lower)
        if total and counts.count(lower, title=True) / total >= settings().limits["title-share"]:
            continue  # English capitalises it anyway ("Gulf", "Nation")
        arabic = "; ".join(f"{w} = {' / '.join(g[1][:2])}" for w, g in zip(words, glossed))
        message = (f"The {match.group(1)} {name} looks like an outlet named by translating its Arabic name "
                   f"({arabic}); English news transliterates such names.")
        yield rule.finding(doc, start, end, message, [], evidence=["gloss-words", f"head-before:{match.group(1)}"])


# "a source told the Babylonian, adding…", "in an interview with the Assyrian on Monday": an
# outlet named by a people's adjective (البابلية, الآشورية), the object of
# a citation verb with no noun after it (bounded: linear)
_CITED_ADJECTIVE = re.compile(
    r"(?:told|[Ii]n[ ]statements[ ]to|[Ii]n[ ]remarks[ ]to|[Ii]n[ ]an[ ]interview[ ]with|[Ss]peaking[ ]to|"
    r"spoke[ ]to|revealed[ ]to|confirmed[ ]to|said[ ]to)[ ]the[ ]([A-Z][a-z]{2,20}+(?:(?<=ian)|(?<=[^aeiou]i)))"
    r"(?=[,;:]|[.](?:[ ]|$)|[ ](?:that|on|in|about|adding|saying|late|earlier|yesterday|today)\b)"
)
_CITED_OPENINGS = tuple(f"{verb} the " for verb in ("told", "in statements to", "In statements to", "in remarks to",
                                                    "In remarks to", "in an interview with", "In an interview with",
                                                    "speaking to", "Speaking to", "spoke to", "revealed to",
                                                    "confirmed to", "said to"))
expect(_HEAD_FIRST_OPENINGS + _CITED_OPENINGS)  # (found in one pass in a long text: scan.expect)


def _cited_adjective_outlet(rule, doc, taken, wrong, correct):
    """NAM005 for an outlet named by a people's or a nation's adjective used as a noun after a
    citation verb: "a source told the Babylonian, adding…" (البابلية), "said in an
    interview with the Iraqi that…" (العراقية: Al Iraqiya). English puts a noun after such an
    adjective ("told the Iraqi delegation"); bare, it names the channel, in a text about the
    Arab world. Not an English outlet's name, nor an adjective English uses as a noun (a
    person: "the Egyptian" only with no citation verb before), nor a people's plural ("told the
    Sudanese", "the Lebanese": the people)."""
    prose = doc.prose
    if "the " not in prose:
        return
    matches = at_literals(_CITED_ADJECTIVE, prose, _CITED_OPENINGS)
    if not matches:
        return
    from mtqa.rules.translated_names import _data as tn_data, arab_context

    if not arab_context(doc, wrong, correct):
        return
    data = tn_data()
    for match in matches:
        word = match.group(1)
        start, end = match.start(1) - 4, match.end(1)  # with its "the": the name has no article
        if word.lower() in data["english_outlets"] or taken.overlaps(match.start(1), end):
            continue
        if not word.endswith("ian") and word.lower() not in data["nationalities"]:
            continue  # an "-i" word is a nation's adjective here, not a title: "told the Mufti,"
        message = (f"the {word}: an adjective used as a noun after a citation verb; it looks like an outlet "
                   f"named by its Arabic name's meaning (al-…iya), which English news transliterates.")
        yield rule.finding(doc, start, end, message, [], evidence=["citation-verb", "adjective-as-noun"])


# "City (The Days) -": an outlet or agency in a dateline's parentheses
_DATELINE_SOURCE = re.compile(
    r"(?m)^[^\S\n]*+[A-Z][\w'’.-]*+(?:[^\S\n][A-Z][\w'’.-]*+){0,3}[^\S\n]*+"
    r"\((?:The[^\S\n])?([A-Z][a-z]++(?:[^\S\n][A-Z][a-z]++){0,2})\)[^\S\n]*+[-–—]"
)


def _translated_dateline_source(rule, doc, taken):
    """NAM005 for the source named in a dateline's parentheses by the meaning of its Arabic
    name ("Aden (The Days) -"), when the lexicon does not know it, or by its Arabic acronym read
    back as a word ("Riyadh (Was) -" for واس, SPA)."""
    from mtqa.rules.translated_names import _data as tn_data

    for match in at_line_starts(_DATELINE_SOURCE, doc.prose, "("):  # (every match has one)
        meanings, names, counts = english_meanings(), english_names(), ngram_counts()  # (read once)
        phrase = match.group(1)
        start, end = match.start(1), match.end(1)
        acronym = tn_data()["dateline_acronyms"].get(phrase)
        if acronym and not taken.overlaps(start, end):
            message = (f"The dateline's source ({phrase}) reads the Arabic acronym of a news agency as a word; "
                       f"English news writes {acronym}.")
            yield rule.finding(doc, start, end, message, [acronym], safe=False, evidence=["arabic-acronym", "dateline"])
            continue
        words = phrase.split()
        glossed = [_meaning(w, meanings) for w in words]
        if any(g is None for g in glossed) or not any(g[0] == "noun" for g in glossed) or taken.overlaps(start, end):
            continue
        lower = phrase.lower()
        if {lower, f"the {lower}"} & names:
            continue
        total = counts.count(lower)
        if total and counts.count(lower, title=True) / total >= settings().limits["title-share"]:
            continue
        arabic = "; ".join(f"{w} = {' / '.join(g[1][:2])}" for w, g in zip(words, glossed))
        message = (
            f"The dateline's source ({phrase}) looks like the name of an Arabic outlet or agency "
            f"translated word by word ({arabic}); English news transliterates such names."
        )
        yield rule.finding(doc, start, end, message, [], evidence=["gloss-words", "dateline"])


def _opens_sentence(doc, start: int) -> bool:
    """Whether `start` is the first word of its sentence."""
    sentence = doc.sentence_at(start)
    return sentence is not None and not doc.prose[sentence.start : start].strip(" \"'“‘(")


def _meaning(word: str, meanings: dict):
    """(kind, Arabic words) of an English word from the reverse gloss, plurals folded."""
    lower = re.sub(r"['’]s$", "", word.lower())
    for candidate in (lower, lower[:-1] if lower.endswith("s") else "", lower[:-3] + "y" if lower.endswith("ies") else ""):
        if candidate and candidate in meanings:
            return meanings[candidate]
    return None


def _capitalised_before(lead: str) -> bool:
    """Whether the word right before a phrase is capitalised (the phrase continues a name)."""
    last = re.search(r"([A-Za-z][\w'’]*)[\s-]*$", lead)
    return bool(last and last.group(1)[0].isupper() and lead[: last.start()].strip())


# --- skeleton keys: one name spelled two ways across full names, "al-" forms and known names ---

_SKELETON_FOLDS = (  # (pattern, replacement, a text each match holds: see translit.consonant_skeleton)
    (re.compile(r"['’ʿʾ`\-‐‑\s]"), "", ""),  # ayn/hamza marks, hyphens
    (re.compile(r"(?<=a)h$"), "", "h"),  # ta marbuta: Hamzah/Hamza
    (re.compile(r"ph"), "f", "ph"),
    (re.compile(r"ch"), "sh", "ch"),  # French transliteration: Chanegriha/Shanegriha
    (re.compile(r"dh"), "d", "dh"),
    (re.compile(r"gu(?=[ie])"), "g", "gu"),  # Aguila
    (re.compile(r"[qg]"), "k", ""),  # qaf as q, k or g: Aqila/Aguila, Qadhafi/Gaddafi
    (re.compile(r"p"), "b", "p"),  # Arabic has no p: Bedersen for Pedersen
)
_PARTICLE_GAP = re.compile(r"^(?:\s+|[-‐]|\s+(?:al|el|bin|ibn|abu|bint|ben|ould)[-‐\s]+)$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(al|el)[-‐ ]$", re.IGNORECASE)
# an ayn/hamza mark inside a name (Ya'bad, Ma’rib), not an English contraction (We're, don't)
_AYN_MARK = re.compile(r"^[A-Z][a-z]*['’ʿ](?!(?:s|t|re|ll|ve|d|m)$)[a-z]{2,}$")


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A coarse transliteration key: the consonants of a name with article, ayn marks,
    doubled letters and the usual letter variants folded ("Lekjaa" ~ "Lakjaa", "Ya'bad" ~
    "Yabed", "Saleh" ~ "Salih"). Too coarse alone (Hassan ~ Hussein): used only with more
    evidence (a matching given name, an ayn mark, a known name)."""
    return translit.consonant_skeleton(word, _SKELETON_FOLDS, "aeiou")


_token_key = translit.key_final_i  # the transliteration key with a final y read as i


@lru_cache(maxsize=65536)
def given_key(word: str) -> str:
    """The transliteration key of a given name, with qaf spelt g and a final y folded too."""
    key = translit.key(word)
    key = re.sub(r"gu(?=[ie])", "g", key).replace("g", "k")
    return re.sub(r"y$", "i", key)


def _two_given_names(a: str, b: str) -> bool:
    """Whether two family names are two common given names of their own, not two spellings of
    one ("Nizar Amer … Nizar Amir", "Ali Hassan … Ali Hussein")."""
    given = common_given_names()
    return a.lower() in given and b.lower() in given and _token_key(a) != _token_key(b)


def _own_country_named(doc, m) -> bool:
    """Whether the document names the country of match `m`'s entry: a place's by the country's
    name or people, a body's or club's (evidence.toml [country_named]) also by one of its
    cities outside the match ("Rabat - The Bank of the West decided…"; not "the youth of
    Constantine", whose city is the rendering's own word)."""
    entry = m.entry
    if entry.category == "place":
        return entry.country in _countries_named(doc)
    if entry.category not in _country_named_categories():
        return False
    if entry.country in _countries_named(doc):
        return True
    if entry.country not in _per_document(doc, "_countries_or_cities", _find_countries_or_cities):
        return False
    prose, words = doc.prose, doc.lowered_words.distinct
    for phrase, parts in _city_phrases().get(entry.country, ()):
        if all(p in words for p in parts):
            at = prose.find(phrase)
            while at != -1:
                if at + len(phrase) <= m.start or at >= m.end:
                    return True
                at = prose.find(phrase, at + 1)
    return False


@lru_cache(maxsize=1)
def _country_named_categories() -> frozenset[str]:
    from mtqa import cache

    return frozenset(cache.package_toml("lexicon/evidence.toml")["country_named"]["categories"])


def _other_country(doc, entry) -> bool:
    """Whether `entry` is of the categories and countries evidence.toml [other_country] weighs
    and the document names countries of the Arab world, by name, people or city
    (data/exonyms.toml [country_words] and [country_cities]), and not the entry's own."""
    country, table = entry.country, _other_country_settings()
    if entry.category not in table[0] or country in table[1] or country not in _country_phrases():
        return False  # ("pan-Arab", "Qatar / Kuwait": no one country's)
    named = _per_document(doc, "_countries_or_cities", _find_countries_or_cities)
    return bool(named) and country not in named


_CAPITAL_AFTER = re.compile(r"[ ][A-Z]")  # a capitalised word right after a match


def _lone_place_word(m, prose: str) -> bool:
    """Whether `m` is a place's rendering generated from its Arabic name, one word long ("the
    Garden" for الجنينة): an ordinary English word that only the text's country makes a name."""
    return m.kind == GENERATED and m.entry.category == "place" and " " not in prose[m.start : m.end].strip()


@lru_cache(maxsize=1)
def _other_country_settings() -> tuple[frozenset[str], frozenset[str]]:
    """(categories, countries left alone) of evidence.toml [other_country]."""
    from mtqa import cache

    table = cache.package_toml("lexicon/evidence.toml")["other_country"]
    return frozenset(table["categories"]), frozenset(table["not_countries"])


def _find_countries_or_cities(doc) -> frozenset[str]:
    words = doc.lowered_words.distinct
    found = set(_countries_named(doc))
    for country, phrases in _city_phrases().items():
        if country not in found and any(all(p in words for p in parts) and (len(parts) == 1 or phrase in doc.prose)
                                        for phrase, parts in phrases):
            found.add(country)
    return frozenset(found)


@lru_cache(maxsize=1)
def _city_phrases() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Country -> [(phrase, its lower-case words)] of data/exonyms.toml [country_cities]."""
    from mtqa import cache

    table = cache.package_toml("data/exonyms.toml")["country_cities"]
    return {country: [(p, tuple(p.lower().split())) for p in phrases] for country, phrases in table.items()}


def _countries_named(doc) -> frozenset[str]:
    """The countries of the Arab world the document names (data/exonyms.toml [country_words]),
    found by the document's distinct words (a phrase's words all there, then the phrase)."""
    return _per_document(doc, "_countries_named", _find_countries_named)


def _find_countries_named(doc) -> frozenset[str]:
    words = doc.lowered_words.distinct
    found = set()
    for country, phrases in _country_phrases().items():
        for phrase, parts in phrases:
            if all(p in words for p in parts) and (len(parts) == 1 or phrase in doc.prose):
                found.add(country)
                break
    return frozenset(found)


@lru_cache(maxsize=1)
def _country_phrases() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Country -> [(phrase, its lower-case words)] of data/exonyms.toml [country_words]."""
    from mtqa import cache

    table = cache.package_toml("data/exonyms.toml")["country_words"]
    return {country: [(p, tuple(p.lower().split())) for p in phrases] for country, phrases in table.items()}


def _per_document(doc, key: str, compute):
    """A view of `doc` the names rules share, computed once per document."""
    found = doc.__dict__.get(key)
    if found is None:
        found = doc.__dict__[key] = compute(doc)
    return found


def _lowercase_words(doc) -> frozenset[str]:
    """The words the document writes in lower case (= \\b[a-z][a-z]+\\b): a capitalised token
    among them is an ordinary word. (The pattern never crosses whitespace: the document's
    distinct pieces are searched, not its every word.)"""
    return _per_document(doc, "_lowercase_words", _compute_lowercase_words)


def _compute_lowercase_words(doc) -> frozenset[str]:
    if len(doc.prose) <= _SHORT:  # a record: one search of its text (it repeats few pieces)
        return frozenset(_LOWER_WORD.findall(doc.prose))
    pieces: set[str] = set()  # the distinct pieces, gathered a chunk at a time (no list of every piece)
    for chunk in chunks(doc.prose):
        pieces.update(chunk.split())
    return frozenset(_LOWER_WORD.findall(" ".join(pieces)))  # (one search: a space starts and ends no word)


def _name_tokens(doc) -> "_NameTokens":
    """(start, end, written) of every capitalised name token (_NAME_TOKEN) of the document."""
    return _per_document(doc, "_name_tokens", lambda d: _NameTokens(d.prose))


class _NameTokens:
    """The (start, end, written) name tokens of a text, kept compactly: the offsets in arrays,
    each distinct spelling once. Iterating gives the tuples in text order."""

    def __init__(self, prose: str):
        if len(prose) <= _SHORT:  # a record: one split, its tokens kept as found
            parts = _NAME_TOKEN_SPLIT.split(prose)
            offsets = list(accumulate(map(len, parts)))
            self.starts, self.ends = array("q", offsets[0:-1:2]), array("q", offsets[1:-1:2])
            self.words = parts[1::2]
            return
        self.starts, self.ends, self.words = array("q"), array("q"), []
        seen: dict[str, str] = {}
        base = 0
        for piece in chunks(prose):  # a name token never crosses whitespace
            # one split keeps the gaps and the tokens in turn: the offsets are the running sums
            # of their lengths (no Python code runs per token)
            parts = _NAME_TOKEN_SPLIT.split(piece)
            count = len(parts) // 2
            offsets = list(accumulate(map(len, parts), initial=base))
            self.starts.extend(offsets[1 : 2 * count : 2])
            self.ends.extend(offsets[2 : 2 * count + 1 : 2])
            tokens = parts[1::2]
            self.words.extend(map(seen.setdefault, tokens, tokens))
            base += len(piece)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, number: int) -> tuple[int, int, str]:
        return self.starts[number], self.ends[number], self.words[number]

    def __iter__(self):
        return zip(self.starts, self.ends, self.words)


def _name_runs(doc, known_spans=None) -> "_NameRuns":
    """Runs of capitalised name tokens joined by spaces or al-/bin/abu particles: full names.
    Tokens that the document also writes in lower case (ordinary words) break a run.
    Computed once per document."""
    return _per_document(doc, "_name_runs", _NameRuns)


_PARTICLE_TOKEN, _BREAK_TOKEN, _RUN_TOKEN = 0, 1, 2


class _NameRuns:
    """The runs of `_name_runs`, kept compactly (the token numbers of each run in one array);
    iterating gives each run as a list of (start, end, written) in text order."""

    def __init__(self, doc):
        lowercase = _lowercase_words(doc)
        stop = _stop_words()
        prose = doc.prose
        tokens = self.tokens = _name_tokens(doc)
        starts, ends = tokens.starts, tokens.ends
        kinds: dict[str, int] = {}  # written token -> what it does to a run (decided once per spelling)
        for written in set(tokens.words):
            lower = written.lower()
            if lower in _PARTICLES:
                kinds[written] = _PARTICLE_TOKEN  # "Fayez Al Sarraj": the gap test below accepts the particle
            elif lower in lowercase or lower in stop or len(written) < 3:
                kinds[written] = _BREAK_TOKEN
            else:
                kinds[written] = _RUN_TOKEN
        members = self.members = array("q")  # token numbers, run after run
        bounds = self.bounds = array("q", [0])  # run i is members[bounds[i] : bounds[i + 1]]
        last_end = -2  # end of the last token of the open run (-2: no run open)
        for number, kind in enumerate(map(kinds.__getitem__, tokens.words)):
            if kind == _PARTICLE_TOKEN:
                continue
            if kind == _BREAK_TOKEN:
                if last_end != -2:
                    bounds.append(len(members))
                    last_end = -2
                continue
            start = starts[number]
            if last_end != -2 and not ((start == last_end + 1 and prose[last_end] == " ") or _PARTICLE_GAP.match(prose[last_end:start])):
                bounds.append(len(members))
            members.append(number)
            last_end = ends[number]
        if last_end != -2:
            bounds.append(len(members))

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def _run(self, i: int, j: int) -> list[tuple[int, int, str]]:
        starts, ends, words = self.tokens.starts, self.tokens.ends, self.tokens.words
        return [(starts[k], ends[k], words[k]) for k in self.members[i:j]]

    def __getitem__(self, number: int) -> list[tuple[int, int, str]]:
        number = range(len(self))[number]  # (IndexError past the end; -1 is the last run)
        return self._run(self.bounds[number], self.bounds[number + 1])

    def __iter__(self):
        bounds = self.bounds
        return (self._run(bounds[n], bounds[n + 1]) for n in range(len(bounds) - 1))

    def longer(self, size: int = 2):
        """The runs of `size` tokens or more, in order (the shorter ones are not built)."""
        bounds = self.bounds
        return (self._run(bounds[n], bounds[n + 1]) for n in range(len(bounds) - 1) if bounds[n + 1] - bounds[n] >= size)


def _with_article(doc, start: int) -> tuple[int, str]:
    """The start of a name token including an attached "al-"/"el-" and that article ('' if none)."""
    found = _ARTICLE_BEFORE.search(doc.prose[max(0, start - 3) : start])
    if found:
        return start - len(found.group(0)), found.group(1).lower()
    return start, ""


def _deviant_names(doc, wrong, correct):
    """(start, end, message, target) for later spellings of a name that an earlier full name or a
    known name of the lexicon spells differently:
    - full names: same number of words, given names equal by `given_key`, family names equal by
      `skeleton`, spelt differently ("Fouzi Lekjaa ... Fawzi Lakjaa");
    - a token with an ayn mark and a later one without, equal by skeleton ("Ya'bad ... Yabed");
    - a known person or place name of the lexicon and a later unknown token with its key but
      another article or spelling ("El Fasher ... Al-Fasher").
    The first spelling in the document is the target."""
    known = _Spans((m.start, m.end) for m in (*wrong, *correct))
    inside_known, near_known = known.inside, known.overlaps

    runs = _name_runs(doc)
    seen_full: dict[str, list[tuple[list[tuple[int, int, str]], str]]] = defaultdict(list)  # by family skeleton
    results = []
    taken: set[int] = set()
    # A full name written again as before meets the earlier names as it did then: where that
    # left off (the number of earlier names it differed from), or what it matched, is kept
    # by its text and words.
    progress: dict[tuple, tuple[int, tuple | None]] = {}
    for run in runs.longer(2):
        # (a run whose first word overlaps no known name is not inside known names: asked first)
        if len(run) <= 4 and (not near_known(run[0][0], run[0][1]) or not all(inside_known(s, e) for s, e, _ in run)):
            start, end = run[0][0], run[-1][1]
            text = doc.prose[start:end]
            family_key = skeleton(run[-1][2])
            earlier_names = seen_full[family_key]
            written = (text, tuple(t[2] for t in run))
            checked, matched = progress.get(written, (0, None))
            if matched is None:
                for number in range(checked, len(earlier_names)):
                    earlier = earlier_names[number][0]
                    k = min(len(earlier), len(run))  # compare the last k words: "Later Raed al-Salih"
                    a, b = earlier[-k:], run[-k:]
                    a_text, b_text = doc.prose[a[0][0] : a[-1][1]], doc.prose[b[0][0] : b[-1][1]]
                    if a_text.lower() == b_text.lower():
                        continue
                    given_ok = all(given_key(x[2]) == given_key(y[2]) for x, y in zip(a[:-1], b[:-1]))
                    family_ok = skeleton(a[-1][2]) == skeleton(b[-1][2]) and not _two_given_names(a[-1][2], b[-1][2])
                    if given_ok and family_ok:
                        message = f"{b_text!r} and {a_text!r} look like one name spelled two ways; use one spelling."
                        matched = (k, message, a_text)
                        break
                else:
                    if len(earlier_names) < 20:
                        earlier_names.append((run, text))
            progress[written] = (len(earlier_names), matched)
            if matched is not None:
                k, message, a_text = matched
                b = run[-k:]
                results.append((b[0][0], b[-1][1], message, a_text))
                taken.update(s for s, _, _ in b)
    # single tokens: ayn marks, and known names of the lexicon (token numbers of the runs; the
    # tokens themselves are built only for the spellings that can be reported)
    starts, ends, words = runs.tokens.starts, runs.tokens.ends, runs.tokens.words
    free = [k for k in runs.members if starts[k] not in taken] if taken else runs.members
    first_with_mark: dict[str, tuple[int, str]] = {}
    anchors: dict[str, tuple[str, str]] = {}  # translit key -> (article, written form of the known name)
    parsed: dict[str, tuple[str, str]] = {}  # written form -> (translit key of its last word, its article)
    for m in correct:
        if m.entry.category in CONSISTENCY_CATEGORIES:
            written = doc.prose[m.start : m.end]
            found = parsed.get(written)
            if found is None:
                last = re.split(r"[\s-]", written)[-1]
                article = _ARTICLE_BEFORE.search(written[: len(written) - len(last)])
                found = parsed[written] = (translit.key(last), article.group(1).lower() if article else "")
            anchors.setdefault(found[0], (found[1], written, m.start))
    spellings = set(map(words.__getitem__, free))
    marked = {w for w in spellings if _AYN_MARK.search(w)}  # looked at once per spelling
    for k in compress(free, map(marked.__contains__, map(words.__getitem__, free))):
        first_with_mark.setdefault(skeleton(words[k]), (starts[k], words[k]))
    # only a spelling with the skeleton of a marked one or the key of a known name can be reported
    wanted = {w for w in spellings if skeleton(w) in first_with_mark or translit.key(w) in anchors} \
        if first_with_mark or anchors else ()  # (neither: no spelling can be reported)
    for k in compress(free, map(wanted.__contains__, map(words.__getitem__, free))):
        start, end, written = starts[k], ends[k], words[k]
        if inside_known(start, end):
            continue
        mark = first_with_mark.get(skeleton(written))
        if mark and mark[0] < start and written not in marked and translit.key(written) != translit.key(mark[1]):
            message = f"{written!r} and {mark[1]!r} look like one place or name spelled two ways; use one spelling."
            results.append((start, end, message, mark[1]))
            continue
        anchor = anchors.get(translit.key(written))
        if anchor and anchor[2] < start:
            attached = re.match(r"(al|el)[-‐]", written, re.IGNORECASE)
            article_start, article = (start, attached.group(1).lower()) if attached else _with_article(doc, start)
            if article and anchor[0] and article != anchor[0]:
                shown = doc.prose[article_start:end]
                message = f"{shown!r} and {anchor[1]!r} are one name spelled two ways; use one spelling."
                results.append((article_start, end, message, anchor[1]))
    return results
