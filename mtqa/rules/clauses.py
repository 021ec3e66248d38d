"""Sentences joined the Arabic way (STY002, STY003): Arabic prose runs clause after clause
with commas and و, and machine translation keeps the commas where English needs a full stop.

A comma splice is found by clause structure, not by length: after a comma, a subject (a
pronoun, a determiner and its noun phrase, a capitalised name, a bare plural) and a finite
verb, while the clause before the comma has a finite verb of its own and is not subordinate
("When …,", "If …,"), not a participle ("Asked about …,") and not a quotation. An attribution
tag ("…, the ministry said in a statement.") is a clause of its own in English news too and is
left alone. Verb forms are read from word lists (data/clauses.toml, data/syntax.toml), not
from the tagger: the comma is found by one literal scan and the words after it are looked up.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa import cache
from mtqa.findings import Severity
from mtqa.rules import Rule, register
from mtqa.rules.syntax import past_tense, words as syntax_words


@lru_cache(maxsize=1)
def data() -> dict:
    return cache.package_toml("data/clauses.toml")


@lru_cache(maxsize=None)
def word_class(key: str) -> frozenset[str]:
    return frozenset(data()[key])


def _third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


@lru_cache(maxsize=1)
def finite_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(finite forms for any subject, base forms finite after a plural subject): the news verbs
    of data/syntax.toml in their past and third-person forms, irregular pasts, auxiliaries."""
    syntax = syntax_words()
    bases = set(syntax["news_verbs"]) | {v for v in syntax["present_exempt"] if not v.endswith("s")}
    forms = set(word_class("finite")) | set(syntax["irregular_past"].values()) | set(syntax["irregular_past"])
    forms |= {past_tense(b) for b in bases} | {_third_person(b) for b in bases}
    forms |= set(syntax["vso_verbs"]) | set(syntax["vso_present_verbs"]) | set(syntax["vso_inner_verbs"])
    plural_bases = bases | {b for b in syntax["irregular_past"] if not b.endswith("s")}
    never = {"according", "compared", "relative", "prior", "due", "subject", "close", "next", "pointed out", "went on"}
    return frozenset(forms - never - set(word_class("np_stops"))), frozenset(plural_bases - never)


# A comma before a word that may open a subject: one scan, a literal comma first.
_COMMA = re.compile(r",[ \t]++(?!(?:and|but|or|which|who|whose|where|while|as|in|on|at|to|for|with|from|by|including|according|said|says|is|was|if|when|after|before|because|although|though|not|so|then|even|such|than|despite|like|saying|adding|that|of)\b)([A-Za-z0-9][\w'’-]*+)")
# The words of a clause (a word, a figure, a mark), read a few at a time.
_WORD = re.compile(r"[A-Za-z][\w'’-]*+(?:\.\w[\w'’-]*+)*+|\d++(?:[.,]\d++)*+|[^\s\w]")
_QUOTES = "\"“”«»"
# The mark that ends a clause's words (the words after it are not read).
_CLAUSE_END = re.compile(r"[,;:!?()\"“”«»]|\.(?!\w)")
_ARTICLES = frozenset({"the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our"})
_BE = frozenset({"is", "are", "was", "were", "will", "has", "have", "had", "remain", "remains", "remained"})
_DEMONSTRATIVES = frozenset({"this", "these", "those"})
_ADVERBS = frozenset({"also", "then", "later", "still", "now", "already", "again", "subsequently"})
_CONJUNCTIONS = frozenset({"and", "but", "or", "so", "yet", "then", "also", "thus"})
_OBJECT_PRONOUNS = frozenset({"they", "we", "he", "she", "it", "you", "i"})
# Past forms that are also participles: after a noun with a preposition, a name or "and" next,
# they head a reduced relative ("…, an area called Donggala", "…, a couple executed after…").
_PARTICIPLES = frozenset({"hit", "cut", "put", "set", "left", "sent", "held", "built", "paid", "spent", "kept",
                          "told", "made", "found", "lost", "brought", "bought", "caught", "met", "led", "won",
                          "shot", "struck", "hung", "spread", "shut", "known", "seen", "taken", "given"})
_AFTER_PARTICIPLE = frozenset({"by", "to", "and", "or", "after", "before", "in", "as", "at", "from", "for", "with",
                               "into", "on", "under", "during", "over", "near", "since", "until", ",", ".", ")"})
_PLURAL_WORDS = frozenset({"people", "police", "children", "men", "women", "staff", "personnel"})


def _plural(word: str) -> bool:
    return word in _PLURAL_WORDS or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _is_finite(word: str, previous: str, plural: bool, after: str) -> bool:
    """Whether `word` (lower case) is a finite verb where it stands: after the subject whose
    last word is `previous`, before `after`."""
    forms, plural_bases = finite_forms()
    if word in forms:
        if word.endswith("s") and word not in word_class("finite") and after in (",", ".", "and", "or", ""):
            return False  # "…, the government plans and the budget": a plural noun
        return True
    if plural and word in plural_bases:
        return True
    return (len(word) > 4 and word.endswith("ed") and word.isalpha() and word not in word_class("not_verbs_in_ed")
            and previous not in word_class("determiners"))


def _participle(word: str, following: list[str], indefinite: bool) -> bool:
    """Whether a past form reads as a participle from what follows it ("hit hardest by",
    "called Donggala", "contracted to work", "twisted and collapsed"); after an indefinite
    subject ("…, a couple executed after…") also before a preposition."""
    if not (word.endswith("ed") or word in _PARTICIPLES):
        return False
    if "by" in following[:3]:
        return True
    nxt = following[0] if following else ""
    if nxt[:1].isupper() or nxt in ("to", "and", "or"):
        return True
    return indefinite and nxt.lower() in _AFTER_PARTICIPLE


@lru_cache(maxsize=1)
def _classes() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(determiners, noun-phrase stops, pronouns, words that never open a subject)."""
    closed = word_class("np_stops") | word_class("subordinators") | word_class("openers") | {"i", "we", "you"}
    return word_class("determiners"), word_class("np_stops"), word_class("pronouns"), frozenset(closed - word_class("determiners"))


def subject_and_verb(prose: str, start: int, limit: int | None = None, participles: bool = True) -> tuple[int, str] | None:
    """The clause opened at `start` when it has the shape subject + finite verb (a pronoun, a
    determiner and its noun phrase, a name, a short bare plural): (the number of words up to
    and with the verb, the verb in lower case); None otherwise."""
    end = min(limit or len(prose), start + 95)
    cut = _CLAUSE_END.search(prose, start, end)
    texts = _WORD.findall(prose, start, cut.end() if cut else end)[:14]
    if len(texts) < 2:
        return None
    first = texts[0].lower()
    determiners, stops, pronouns, closed = _classes()
    if first in pronouns:
        second = texts[1].lower()
        i = 2 if second.endswith("ly") or second in _ADVERBS else 1
        if i < len(texts) and texts[i].islower() and _is_finite(texts[i], first, first == "they", texts[i + 1].lower() if i + 1 < len(texts) else ""):
            return i + 1, texts[i]
        return None
    if first == "there" and texts[1].lower() in _BE:
        return 2, texts[1].lower()  # "…, there are still shortages"
    if first in closed:
        return None
    lowered = list(map(str.lower, texts))
    bare = False
    if first in determiners or texts[0][:1].isdigit():
        pass  # the noun phrase: words up to a finite verb; "of"/"for" phrases, names
    elif texts[0][:1].isupper():
        if first.endswith(("ing", "ly", "ed")) and not _is_finite(lowered[1], first, False, lowered[2] if len(lowered) > 2 else ""):
            return None  # a participle or an adverb opens the clause: "Speaking to…", "Asked about…" (not "Ahmed said")
    elif first.isalpha() and not first.endswith(("ing", "ly")) and first not in finite_forms()[0] and any(map(_plural, lowered[:3])):
        bare = True  # a bare plural: "residents complained", "civil protection units evacuated"
    else:
        return None
    for i in range(1, min(len(texts), 13)):
        word, text, previous = lowered[i], texts[i], lowered[i - 1]
        if not text[:1].isalnum() and text not in ("'", "’"):
            return None  # a mark ends the phrase before any verb
        if word in _ARTICLES and previous not in ("of", "for", "and", "in", "on", "at", "from"):
            return None  # "the more the families…", "the year the war began"
        if word in _OBJECT_PRONOUNS and i > 1:
            return None  # a relative clause without "that": "the advice they give"
        if text.islower() and word.endswith("ing") and i > 1 and _opens_complement(lowered[i + 1] if i + 1 < len(lowered) else "", texts[i + 1] if i + 1 < len(texts) else ""):
            return None  # an absolute construction: "…, the index gaining 3 percent" (not "the king received")
        if text[:1].isupper() and texts[i - 1].islower() and previous not in ("of", "for", "and", "in", "on", "at", "the", "'", "’"):
            return None  # a relative clause without "that": "…, a claim Washington denied"
        after = lowered[i + 1] if i + 1 < len(texts) else ""
        if text.islower() and previous not in ("of", "for") and _is_finite(word, previous, _plural(previous), after):
            if i == 1 and first in determiners and not (first in _DEMONSTRATIVES and word in word_class("finite")):
                continue  # right after the determiner: a noun or an adjective ("the protests", "the armed groups"), not "this is"
            if bare and (i > 3 or not _plural(previous)):
                return None  # a bare noun phrase is short and plural
            if participles and _participle(word, texts[i + 1 :], bare or first in ("a", "an")):
                return None
            return i + 1, word
        if word in stops and word not in ("of", "for", "in", "on", "at", "and"):
            return None
    return None


_ADVERB_ENDINGS = ("ly", "ing")
_TAG_END = frozenset('.,;:!?"”')
_CLOSING = frozenset(",.;:)")
# A plural among the first three words of a bare subject ("residents", "civil protection units").
_BARE_PLURAL = re.compile(r"(?<![a-z'’-])(?:[a-z'’-]++[ \t]++){0,2}?(?:[a-z'’-]{0,30}s|people|police|children|men|women)\b")


@lru_cache(maxsize=1)
def _never_subjects() -> frozenset[str]:
    """First words after a comma that never open a subject: the stop words, subordinators,
    openers, "we", "I" and the finite forms themselves (a verb after a comma has no subject)."""
    words = set(word_class("np_stops")) | set(word_class("subordinators")) | set(word_class("openers"))
    words |= set(finite_forms()[0]) | {"we", "i", "you", "said", "says", "adding", "saying", "who", "which"}
    return frozenset(words - set(word_class("determiners")) - set(word_class("pronouns")) - {"there"})


def _opens_complement(word: str, text: str) -> bool:
    """Whether the word after an -ing form opens its object or complement (a determiner, a
    figure, a preposition, nothing): the -ing form is then a participle, not a noun."""
    return not word or word in word_class("determiners") or text[:1].isdigit() or word in word_class("np_stops") or not text[:1].isalnum()


_CLAUSE_MARKS = (", ", ";", ":", "\n", ". ", "? ", "! ", " - ", "—", "–")


def _short_clause_before(prose: str, comma: int) -> bool:
    """Whether at most four words stand between the comma and the mark or sentence start
    before it (read from the 48 characters before the comma, no sentence lookup)."""
    window = prose[max(0, comma - 48) : comma]
    cut = max(window.rfind(mark) for mark in _CLAUSE_MARKS)
    if cut < 0:
        return comma <= 48 and len(window.split()) <= 4
    return len(window[cut + 1 :].split()) <= 4


def _offset_after(prose: str, start: int, count: int) -> int:
    """The offset where the `count`-th word from `start` ends."""
    end = start
    for n, match in zip(range(count), _WORD.finditer(prose, start)):
        end = match.end()
    return end


_TELLING = frozenset({"told", "tells", "asked", "asks", "informed", "informs", "briefed", "quoted"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "may", "might", "could", "did", "does", "do"})


def _is_attribution(prose: str, verb_end: int, verb: str, limit: int) -> bool:
    """Whether the clause is an attribution tag: a verb with nothing after it ("…, experts
    say."), or a reporting verb followed by nothing but adjuncts (a place, a time, "in a
    statement", whom it told) up to the comma or the end of the sentence ("…, the ministry
    said in a statement on Monday."). A "that" or an object or clause after the verb ("…, the
    army said that…", "…, the company reported revenues…") makes it a sentence of its own."""
    following = _WORD.findall(prose, verb_end, max(verb_end, min(limit, verb_end + 160)))[:16]
    lowered = [w.lower() for w in following]
    if lowered[:1] and lowered[0] in word_class("reporting") and verb in _AUXILIARIES:
        verb, lowered = lowered[0], lowered[1:]  # "…, the Prison Office has said."
    if not lowered or lowered[0] in (".", ",", ":", ";", "!", "?", ")", "—", "–") or lowered[0] in _QUOTES:
        return True  # nothing after the verb: "…, health officials say."
    if verb not in word_class("reporting"):
        return False
    at = 0
    if verb in _TELLING:  # whom it told: "told reporters", "told the agency", "told AFP", up to
        # six words: "told the official news agency WAFA"
        while at < min(len(lowered), 6) and lowered[at][:1].isalnum() and lowered[at] not in word_class("adjunct_starters"):
            at += 1
    if at < len(lowered):
        first = lowered[at]
        if first[:1].isalnum() and first not in word_class("adjunct_starters") and first not in _WEEKDAYS and not first.endswith("ly"):
            return False  # an object or a clause: "said the talks…", "reported revenues…"
    for word in lowered[at:]:
        if not word[:1].isalnum():
            return True  # the clause ends
        if word == "that":
            return False
    return True


def _main_clause(prose: str, start: int, end: int) -> bool:
    """Whether the words between `start` and `end` (the clause before a comma) are a main clause
    of their own: a subject and a finite verb at its start (after "and", "but"…), no
    subordinate clause that the comma closes ("…that if the talks failed,") and no "that"
    still waiting for its verb ("…said that on Monday,")."""
    found = list(_WORD.finditer(prose, start, end))
    texts = [m.group() for m in found]
    skip = 0
    while skip < len(texts) and (texts[skip].lower() in _CONJUNCTIONS or not texts[skip][:1].isalnum()):
        skip += 1
    if skip >= len(texts):
        return False
    if subject_and_verb(prose, found[skip].start(), end, participles=False) is None:
        return False
    subordinators = word_class("subordinators")
    relatives = ("that", "who", "which", "what", "whom")
    for i in range(skip + 1, len(texts)):
        word = texts[i].lower()
        if word in relatives or word in subordinators:
            if i + 1 >= len(found):
                if word in relatives:
                    return False
                continue
            rest = found[i + 1].start()
            if word in relatives:
                if not finite_verb_in(prose, rest, end):
                    return False  # "said that sometime after his death, …": the that-clause goes on
            elif subject_and_verb(prose, rest, end) is not None:
                return False  # "…that if the talks failed, the government would…"
    return True


def finite_verb_in(prose: str, start: int, end: int) -> bool:
    """Whether the words between `start` and `end` hold a finite verb after their first word."""
    found = _WORD.findall(prose, start, end)
    lowered = [w.lower() for w in found]
    for i in range(1, len(found)):
        if found[i].islower() and lowered[i - 1] not in word_class("determiners") and lowered[i - 1] != "to" and _is_finite(
                lowered[i], lowered[i - 1], _plural(lowered[i - 1]) or lowered[i - 1] in ("they", "we"), lowered[i + 1] if i + 1 < len(found) else ""):
            return True
    return False


def _quoted(prose: str, start: int, position: int) -> bool:
    """Whether `position` lies inside a quotation opened after `start`."""
    before = prose[start:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("«") > before.count("»")


# A dateline: "Sabha - ", "Kuwait City (KUNA) - ".
_DATELINE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*+[ \t]){1,4}(?:\([^()\n]{0,30}\)[ \t])?[-–—][ \t]")


def clause_start(doc, sentence, position: int) -> int:
    """Where the clause that ends at the comma `position` starts: after the previous comma,
    semicolon or dateline of the sentence, or at its start."""
    prose = doc.prose
    start = sentence.start
    dateline = _DATELINE.match(prose, start, position)
    if dateline:
        start = dateline.end()
    cut = max(prose.rfind(mark, start, position) for mark in (", ", ";", ":", "\n", "—", "–", " - "))
    return cut + 1 if cut >= 0 else start


@register
class CommaSplice(Rule):
    id = "STY002"
    local = True  # its findings on a paragraph depend on that paragraph alone
    trigger = ","  # every finding starts at a comma (_COMMA); not ", ": the space may be a blanked region
    name = "comma-splice"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    explanation = (
        "Two sentences joined by a comma, as Arabic prose joins clauses with commas and و: "
        "\"The ministry sent supplies to the south, the shipment includes insulin.\" English needs "
        "a full stop (or a semicolon, or \"and\"). Found by clause structure: after the comma a "
        "subject and a finite verb, before it a main clause with a verb of its own. Left alone: "
        "an attribution tag (\"…, the ministry said in a statement.\", \"…, a source told the state news "
        "agency KUNA.\"; but \"…, the army said "
        "that…\" is a new sentence), a clause after a subordinate one (\"When the convoy arrived, "
        "the drivers waited\"), a participle (\"Asked about it, the official said\"), an "
        "apposition (\"the talks, the first in years, ended\"), short clauses in a series "
        "(\"Prices rose, wages fell\") and quotations."
    )
    bad = (
        "The ministry sent medical supplies to the south⟦, the shipment includes→. The shipment includes⟧ insulin.",
        "The governorate reopened the market after two years⟦, the shops received→. The shops received⟧ customers.",
        "Rescue teams recovered six bodies⟦, they are→. They are⟧ still searching, the civil defence said.",
        "Police arrested three suspects in the robbery⟦, the police spokesman said→. The police spokesman said⟧ that the gold was recovered.",
        "Heavy rains flooded several neighbourhoods of the capital⟦, civil protection units evacuated→. Civil protection units evacuated⟧ dozens of families.",
        "The ministry distributed flour in the north⟦, there are→. There are⟧ still shortages.",
    )
    good = (
        "The ministry said on Monday that the road would reopen, a spokesman said.",
        "When the convoy reached the crossing, the drivers were told to wait.",
        "Asked about the delay, the official said funding had not arrived.",
        "The talks, the first in two years, ended without an agreement.",
        "Prices rose, wages fell and unemployment climbed.",
        "\"The situation is difficult, the people need help,\" the mayor said.",
        "The minister said that if the talks failed, the government would seek other options.",
        "The two sides will meet on Sunday, the foreign ministry said in a statement.",
        "The firm's shares fell 4 percent, their lowest level since March.",
        "The road reopened on Monday, the governor told the official news agency WAFA.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        rejected = _never_subjects()
        determiners, _, pronouns, _ = _classes()
        opening = determiners | pronouns | {"there"}
        for match in _COMMA.finditer(prose):
            first = match.group(1)
            if first.lower() in rejected or (first.islower() and first.endswith(_ADVERB_ENDINGS)):
                continue  # "…, and", "…, which", "…, including", "…, especially": no subject
            if prose[match.end(1) : match.end(1) + 1] in _CLOSING:
                continue  # a word and a mark: a list or an apposition ("…, Homs, Hama")
            if first.islower() and first not in opening and _BARE_PLURAL.match(prose, match.start(1)) is None:
                continue  # a bare subject is a plural among its first three words
            if _short_clause_before(prose, match.start()):
                continue  # short clauses in a series: "Prices rose, wages fell"; "In 2019, the…"
            found = subject_and_verb(prose, match.start(1))
            if found is None:
                continue
            count, verb = found
            verb_end = _offset_after(prose, match.start(1), count)
            if prose[verb_end : verb_end + 1] in _TAG_END:
                continue  # nothing after the verb: an attribution tag ("…, he said.")
            sentence = doc.sentence_at(match.start())
            if sentence is None:
                continue
            if self._exempt(doc, sentence, match.start(), verb_end, verb):
                continue
            following = prose[match.start(1):verb_end]
            yield self.finding(doc, match.start(), verb_end, "Comma splice: two sentences joined by a comma. "
                               "End the first with a full stop.", [f". {following[:1].upper()}{following[1:]}"], safe=False)

    @staticmethod
    def _exempt(doc, sentence, comma: int, verb_end: int, verb: str) -> bool:
        prose = doc.prose
        if _is_attribution(prose, verb_end, verb, sentence.end):
            return True
        if _quoted(prose, sentence.start, comma) or any(q in prose[comma:verb_end] for q in _QUOTES):
            return True
        start = clause_start(doc, sentence, comma)
        if len(prose[start:comma].split()) <= 4:
            return True  # short clauses in a series (after a dateline, say)
        return not _main_clause(prose, start, comma)


# "the" and a subject of up to five words before a reporting verb, inside a sentence.
_FUSED = re.compile(r"the[ \t]++(?:[A-Za-z][\w'’-]*+[ \t]++){1,5}?(?:said|says|announced|reported|stated|confirmed|added|warned|noted|explained|declared|revealed|stressed)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]{2,30}+)[ \t]++$")
# Verbs that take a clause without "that" ("He reported the UN said…"): not a fused sentence.
_CLAUSE_TAKING = frozenset({"knew", "thought", "believed", "felt", "heard", "learned", "saw", "showed", "found",
                            "suggested", "indicated", "meant", "hoped", "feared", "expected", "argued", "denied",
                            "insisted", "doubted", "realised", "realized", "understood", "assumed", "guessed"})


@register
class FusedSentence(Rule):
    id = "STY003"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "fused-sentence"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    explanation = (
        "Two sentences run together with no mark at all, the second a report (\"…deteriorated "
        "sharply the World Food Programme said that…\"): machine translation drops the full stop "
        "Arabic marks weakly or not at all. Found where a complete clause (a subject and a finite "
        "verb) ends in an adverb, a time word or a past verb and \"the …\" + a reporting verb "
        "follows. Silent after a noun (\"the figure the ministry said was wrong\") and after a "
        "verb that takes a clause (\"He reported the UN said…\")."
    )
    bad = (
        "The humanitarian situation deteriorated ⟦sharply the World Food Programme said→sharply. The World Food Programme said⟧ that famine had set in.",
        "The reconstruction of the old market was ⟦completed the governor said→completed. The governor said⟧ that shops will reopen next week.",
    )
    good = (
        "He rejected the figure the ministry said was correct.",
        "The envoy reported the UN said the talks would resume.",
        "On Monday the ministry said the talks would resume.",
        "The humanitarian situation deteriorated sharply, the World Food Programme said.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        reporting = word_class("reporting")
        for match in _FUSED.finditer(prose):
            before = _WORD_BEFORE.search(prose, max(0, match.start() - 34), match.start())
            if before is None:
                continue
            word = before.group(1)
            lower = word.lower()
            if not word.islower() or lower in reporting or lower in _CLAUSE_TAKING:
                continue
            if not (lower.endswith("ly") or lower in word_class("clause_closers") or _is_finite(lower, "", False, "the")):
                continue
            subject = _WORD.findall(prose, match.start(), match.end())[1:-1]
            if any(w.lower() in _ARTICLES or w.lower() in word_class("np_stops") and w.lower() not in ("of", "for")
                   or w.islower() and w.lower() in finite_forms()[0] for w in subject):
                continue  # the subject is one noun phrase: "the glasses from the scene and said" is not
            sentence = doc.sentence_at(match.start())
            if sentence is None or _quoted(prose, sentence.start, match.start()):
                continue
            start = clause_start(doc, sentence, before.start())
            if not _main_clause(prose, start, before.end()):
                continue
            following = prose[match.start():match.end()]
            yield self.finding(doc, before.start(), match.end(), "Two sentences run together: end the first with a full stop.",
                               [f"{word}. {following[:1].upper()}{following[1:]}"], safe=False)
