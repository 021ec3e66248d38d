"""SYN008: a time, place or "with whom" adverbial between a verb and its object, the Arabic
order (استقبل أمس في قصر قرطاج رئيس الحكومة → "received yesterday at Carthage Palace the Prime
Minister"). The adverbials are generated from word classes (data/adverbial_order.toml) and
matched as one pattern; the verb before them is any form of the verb lexicon (mtqa/verbs.py)."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from mtqa import cache, regexes, verbs
from mtqa.findings import Severity
from mtqa.rules import Rule, register

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MODALS = frozenset({"to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not"})
# Words after which an -ing form is a verb rather than a noun ("its weekly meeting").
_BEFORE_ING = frozenset({"is", "are", "was", "were", "be", "been", "after", "before", "while", "by", "when",
                         "since", "without", "upon", ","})
# Words in -s before a base form that are not a plural subject ("this", "its", "has").
_NOT_PLURAL_SUBJECT = frozenset({"this", "its", "his", "has", "was", "is", "does", "as", "us", "thus", "yes", "plus",
                                 "unless", "always", "perhaps", "towards", "afterwards", "whereas", "besides"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d]")


@lru_cache(maxsize=1)
def _data() -> dict:
    return cache.package_toml("data/adverbial_order.toml")


def _alt(items) -> str:
    return "|".join(re.escape(i) for i in sorted(set(items), key=lambda s: (-len(s), s)))


def _either_case(items) -> str:
    """An alternation that matches each word lower case or capitalised ("last Monday", "last week")."""
    return _alt([*items, *(i[:1].upper() + i[1:] for i in items)])


@lru_cache(maxsize=1)
def _time() -> str:
    """The pattern of a time adverbial ("yesterday", "on Monday evening", "last week", "on 3 May")."""
    d = _data()
    part = rf"(?:\s+(?:{_alt(d['day_parts'])}))?"
    weekday = _alt(_WEEKDAYS)
    month = _alt(_MONTHS)
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    time = (
        rf"(?:{_alt(d['time_words'])}){part}"
        rf"|(?:earlier|later)\s+today"
        rf"|(?:on\s+)?(?:{weekday}){part}"
        rf"|(?:last|this|next)\s+(?:{_either_case(d['periods'])})"
        rf"|on\s+(?:{day}\s+(?:of\s+)?(?:{month})|(?:{month})\s+{day})(?:,?\s+\d{{4}})?"
        rf"|in\s+(?:(?:{month})(?:\s+\d{{4}})?|(?:19|20)\d\d)"
        rf"|at\s+(?:dawn|noon|midnight)(?:\s+(?:today|yesterday))?"
    )
    return time


@lru_cache(maxsize=1)
def _time_only() -> re.Pattern:
    return regexes.compile(f"(?:{_time()})")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """Verb-free part of the shape: one to three adverbials, then an object's first word and the
    word after it. Every repetition is bounded."""
    d = _data()
    time = _time()
    calendar = _alt((*_WEEKDAYS, *_MONTHS))
    place_word = rf"(?:(?!(?:{calendar})\b)[A-Z][\w'’-]*+|(?:al|el|ad|as|ash|ar|at|az)-[\w'’-]++|(?:{_alt(d['place_nouns'])}|presidential|royal)\b)"
    place = rf"(?:in|at|inside)\s+(?:the\s+)?{place_word}(?:\s+(?:(?:of|in)\s+(?:the\s+)?)?{place_word}){{0,5}}"
    frame = (
        rf"(?:in|during|through)\s+(?:a|an|its|his|her|their|the)\s+(?:[a-z][\w-]*+\s+){{0,2}}?"
        rf"(?:{_alt(d['statement_nouns'])})\b(?:\s+(?:{_alt(d['statement_participles'])}))?"
    )
    with_ = r"(?P<with>with\s+(?:(?:the|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    unit = rf"(?:{time}|{frame}|{place}|{with_})"
    objects = _alt(d["object_starts"]) + r"|\d++(?:[.,]\d++)*+"
    return regexes.compile(
        rf"\b(?=[a-zA-Z])(?P<one>{unit})(?P<more>(?:,?\s+(?:{time}|{frame}|{place})){{0,2}})\s+(?P<obj>{objects})\s+(?P<next>[\w'’-]+)(?:\s+(?P<then>[\w'’-]+))?"
    )


@lru_cache(maxsize=1)
def _sets() -> dict[str, frozenset[str]]:
    d = _data()
    return {k: frozenset(d[k]) for k in ("with_verbs", "clause_verbs", "no_object", "not_object", "time_modifiers", "finite")}


@lru_cache(maxsize=1)
def _unit_openers() -> frozenset[str]:
    """The first words an adverbial can open with (lower case)."""
    d = _data()
    return frozenset({*d["time_words"], "earlier", "later", "on", "last", "this", "next", "in", "at",
                      "inside", "during", "through", "with", *(w.lower() for w in _WEEKDAYS)})


@lru_cache(maxsize=1)
def _verb_like() -> frozenset[str]:
    """Every past, -s and base form of the verb lexicon: the words a candidate must follow."""
    return verbs.forms() | verbs.bases()


def _candidates(doc) -> list[int]:
    """Offsets of the words that may open an adverbial right after a verb form: one pass over
    the document's shared word index with two set look-ups, so the pattern is tried only there."""
    index = doc.lowered_words
    words, offsets = index.words, index.offsets
    openers, forms = _unit_openers(), _verb_like()
    return [
        offsets[i + 1]
        for i, (word, following) in enumerate(zip(words, itertools.islice(words, 1, None)))
        if following in openers and (word in forms or word.endswith("ing"))
    ]


def _ing_base(word: str) -> str | None:
    """The base of an -ing form of a listed verb ("discussing" → "discuss", "holding" → "hold")."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base and verbs.is_base(base):
            return base
    return None


def _verb_before(prose: str, start: int) -> tuple[int, str, str] | None:
    """(start, word, base) of a verb right before `start` (only spaces between), or None: a past
    or -s form of the lexicon, an -ing form, or a base after "to" or a modal."""
    words = _WORD.findall(prose[max(0, start - 40) : start])
    if not words or not prose[start - 1 : start].isspace():
        return None
    word = words[-1]
    if not word.isalpha() or not word.islower():
        return None
    base = verbs.past_base(word) or verbs.present_base(word)
    if base is None and len(words) > 1 and words[-2].lower() in _BEFORE_ING:
        base = _ing_base(word)  # "was discussing with…", "after signing with…"; not "its meeting on Monday"
    if base is None and verbs.is_base(word) and len(words) > 1 and (
            words[-2].lower() in _MODALS or words[-2].lower() in ("they", "we")
            or (words[-2].islower() and words[-2].endswith("s") and not words[-2].endswith("ss")
                and words[-2] not in _NOT_PLURAL_SUBJECT and not verbs.present_base(words[-2]))):
        base = word  # "will hold tomorrow", "the militias shell yesterday"
    if base is None:
        return None
    return prose.rfind(word, 0, start), word, base


def _frame_participle(prose: str, start: int, word: str) -> bool:
    """Whether `word` (at `start`) is the participle of a statement or session frame: "in a
    statement issued", "its session held"."""
    if word not in _data()["statement_participles"]:
        return False
    before = _WORD.findall(prose[max(0, start - 30) : start])
    return bool(before) and before[-1].lower() in _data()["statement_nouns"]


def _clause_follows(prose: str, start: int, reach: int, clause_verb: bool) -> bool:
    """Whether a finite verb follows within `reach` words after `start` before a punctuation
    mark: the "object" opens a clause ("said on Monday the talks would resume")."""
    finite = _sets()["finite"]
    for word in _WORD.findall(prose[start : start + 80])[:reach]:
        if not word[0].isalnum():
            return False
        low = word.lower()
        if low in finite or (clause_verb and verbs.past_base(low) and low != "united"):
            return True
    return False


@register
class AdverbialBeforeObject(Rule):
    id = "SYN008"
    name = "adverbial-before-object"
    category = "fluency/grammar"
    severity = Severity.MINOR
    explanation = (
        "Arabic puts the time, the place and the partner of an event between the verb and its "
        "object (استقبل أمس في قصر قرطاج رئيس الحكومة), and MT keeps that order: \"received "
        "yesterday at Carthage Palace the Prime Minister\", \"discussed with his counterpart the "
        "situation\". English puts the object right after the verb and the adverbials after it. "
        "The adverbials are built from word classes (`mtqa/data/adverbial_order.toml`): a time "
        "(\"yesterday\", \"on Monday evening\", \"last week\", \"on 3 May\", \"in 2019\"), a place "
        "(\"in Damascus\", \"at the Carthage Palace\", \"at the presidency headquarters in "
        "Baabda\"), a statement or session (\"in a statement issued\", \"in its session\"), and for "
        "verbs of talks and agreements (discuss, sign, review…) \"with\" + whom; up to three in a "
        "row. The verb is any past, -s, -ing or modal form of the verb lexicon, except verbs that "
        "take no object (arrive, die, rise…). Left alone: times and measures after the article "
        "(\"met on Monday the next day\", \"on Sunday the 5th\"), a new clause (\"said on Monday "
        "the talks would resume\", \"left in May the company was sold\") and a place that ends a "
        "clause before a capitalised subject."
    )
    bad = (
        "The governor ⟦opened yesterday⟧ a new water pumping station in the south.",
        "The police ⟦detained on Tuesday⟧ three men suspected of smuggling fuel.",
        "The king ⟦received at Marmoum Palace on Sunday⟧ the visiting envoy of the Chinese president.",
        "The two ministers ⟦reviewed with the delegation⟧ the results of the joint committee.",
        "The president ⟦met in Nouakchott⟧ his Senegalese counterpart.",
        "The council will ⟦hold tomorrow⟧ an extraordinary meeting on the budget.",
        "The ministry ⟦condemned in a statement issued⟧ the shelling of the market.",
        "The cabinet ⟦approved last week⟧ the draft law on investment.",
        "The army ⟦seized on 4 June⟧ two boats loaded with weapons.",
    )
    good = (
        "The minister said on Monday the talks would resume next week.",
        "The minister met on Monday with his Egyptian counterpart.",
        "The delegation arrived yesterday in the capital.",
        "The two leaders met again the next day.",
        "The court will rule on Sunday the 5th of May.",
        "He worked in London the whole year.",
        "The company moved its offices in 2019 and hired more staff.",
        "The talks took place on Monday the day after the attack.",
        "He lived in Paris a few years before returning.",
        "The museum opened in March the new wing was finished.",
        "Prices fell yesterday the central bank said.",
        "The ministry held talks with the union a week ago.",
        "The Brexit deal passed in Parliament the same week.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        s = _sets()
        pattern = _pattern()
        done = 0
        for at in _candidates(doc):
            match = pattern.match(prose, at) if at >= done else None
            if match is None:
                continue
            nxt = match.group("next")
            if nxt.lower() in s["not_object"] or nxt[:1].isdigit() or nxt in _MONTHS:
                continue
            if nxt.lower() in s["time_modifiers"] and (match.group("then") or "").lower() in s["not_object"]:
                continue
            if match.group("obj")[0].isdigit() and (
                nxt.lower() in ("percent", "per") or prose[: match.start("obj")].rstrip().endswith(_MONTHS)
            ):
                continue
            verb = _verb_before(prose, match.start())
            if verb is None:
                continue
            start, word, base = verb
            if _frame_participle(prose, start, word):
                continue  # "in its session held today the law…": the frame, not the verb of the clause
            if base in s["no_object"]:
                continue
            if match.group("with") and base not in s["with_verbs"]:
                continue
            clause = base in s["clause_verbs"]
            if clause and not match.group("more") and _time_only().fullmatch(match.group("one")):
                continue  # "revealed on Thursday the dismantling of…": a long object may follow a time
            if _clause_follows(prose, match.start("obj"), 7 if clause else 5, clause):
                continue
            adverbial = prose[match.start() : match.start("obj")].strip().rstrip(",")
            end = match.start() + len(prose[match.start() : match.start("obj")].rstrip().rstrip(","))
            done = match.end("one")
            yield self.finding(
                doc, start, end,
                f"Arabic order: \"{adverbial}\" stands between \"{word}\" and its object; put the "
                f"object right after the verb (\"{word} {match.group('obj')} {nxt} … {adverbial}\").",
            )
