"""SYN009: a relative clause that repeats its noun as a pronoun, as Arabic relative clauses do
(القافلة التي هاجمها المسلحون → "the convoy which the gunmen attacked it"). Found by its shape:
"which"/"whom"/"that" + a subject + a verb of the lexicon + it/them/him/her, then a clause end,
a preposition or a time."""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa import regexes, verbs
from mtqa.findings import Severity, Suggestion
from mtqa.rules import Rule, register
from mtqa.scan import at_literals
from mtqa.word_order import IRREGULAR_PARTICIPLES

# Verbs whose pronoun after them is an indirect object or the subject of what follows ("the
# books that she gave them", "the plan that they wanted him to sign").
_TWO_PLACE = frozenset({
    "give", "send", "tell", "show", "offer", "hand", "lend", "pay", "grant", "bring", "ask", "teach", "promise",
    "owe", "cost", "allow", "let", "make", "help", "want", "urge", "force", "order", "invite", "expect", "encourage",
    "call", "name", "consider", "find", "keep", "leave", "see", "hear", "get", "take", "put", "set", "buy", "sell",
    "write", "read", "serve", "assign", "award", "charge", "deny", "spare", "save", "wish", "bet", "like", "need",
    "have", "do", "be", "say", "think", "believe", "know", "feel", "mean", "guess", "suppose",
    # a pronoun after them may be a beneficiary ("the house which they built him was…")
    "build", "cook", "bake", "choose", "pour", "fetch", "sing", "play", "draw", "paint", "book", "reserve",
    "earn", "win", "cause", "prepare", "rent", "lease", "throw", "pass", "feed", "mail", "post", "forward",
    "return", "refund", "wire", "cut", "fix", "hire", "appoint", "elect", "label", "dub", "crown", "declare"})
# Nouns that "that" follows as a complement or an adverbial, with a pronoun of its own in
# ordinary English ("the fact that the army attacked it", "the way that he did it").
_NOT_ANTECEDENT = frozenset({
    "fact", "news", "idea", "belief", "claim", "claims", "report", "reports", "statement", "hope", "hopes", "fear",
    "fears", "assurance", "assurances", "sign", "signs", "evidence", "possibility", "impression", "condition",
    "conditions", "way", "manner", "reason", "time", "times", "day", "moment", "place", "extent", "year", "week",
    "month", "point", "case", "degree", "sense", "rumour", "rumor", "suggestion", "view", "notion", "argument",
    "allegation", "allegations", "warning", "promise", "proof", "thought", "feeling", "chance", "risk", "danger",
    "so", "such", "now", "given", "provided", "except", "so", "all", "everything", "anything", "something",
    "nothing", "much", "little", "only", "is", "was", "are", "were", "be", "been"})
_PREPOSITIONS = ("in", "on", "at", "near", "from", "by", "during", "after", "before", "outside", "inside", "over",
                 "along", "across", "last", "yesterday", "since", "with", "and", "but", "two", "three", "days",
                 "weeks", "months", "years",
                 # adverbs of time and number after the pronoun ("which the jets struck it twice")
                 "twice", "once", "again", "repeatedly", "recently", "earlier", "today", "tonight", "overnight",
                 "several", "many", "without", "amid", "following", "under")
# Group nouns that can be a subject without an article, or follow a name ("Egyptian police").
_GROUPS = "police|forces|troops|authorities|army|gunmen|militants|court|navy|government|militia|militias|rebels"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    word = r"[\w'’-]+"
    subject = (rf"(?:(?:the|a|an|its|his|her|their|these|those|this)[ \t]+(?:{word}[ \t]+){{0,3}}?{word}"
               rf"|(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?-i:[A-Z])[\w'’-]*){{0,3}}(?:[ \t]+(?:{_GROUPS}))?|he|she|they|we|{_GROUPS})")
    after = "|".join(_PREPOSITIONS)
    return regexes.compile(
        rf"\b(?P<rel>which|whom|that|who)[ \t]+(?P<subj>{subject})[ \t]+(?:(?:had|has|have)[ \t]+)?"
        rf"(?P<verb>[a-z]{{3,20}})[ \t]+(?P<pron>it|them|him|her)\b(?=[ \t]*[.,;:)]|[ \t]+(?:{after}|was|were|is|are|has|have|had|will|would)\b)"
    )


# "the school which families took refuge in it", "the forum which he took part in it": a pronoun
# after a preposition at the clause end repeats the relative (المدرسة التي لجأت إليها العائلات).
# Only "it" after a place or topic preposition: "them"/"him" after "with"/"from" are often
# other people ("the firm which he founded with them").
_STRANDED = regexes.compile(
    r"\b(?P<rel>which|that)[ \t]+(?P<subj>(?:the|a|an|its|his|her|their|these|those)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+"
    r"|(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?-i:[A-Z])[\w'’-]*){0,3}|he|she|they|we|[a-z]{3,20}[ \t]+[a-z]{3,20})[ \t]+"
    r"(?:(?:had|has|have)[ \t]+)?(?P<verb>[a-z]{3,20})(?:[ \t]+[a-z]{2,20}){0,2}?[ \t]+"
    r"(?P<prep>in|inside|into|within|on|at|about|over)[ \t]+(?P<pron>it)"
    r"(?=[ \t]*[.,;:)]|[ \t]+(?:was|were|is|are|has|have|had|will|would|and|but|last|yesterday|since|during|after|before"
    r"|[a-z]{2,18}ed)\b)")
# "the tower which its height exceeds 50 metres": a possessive after "which" for "whose" (البرج
# الذي يتجاوز ارتفاعه). The verb after the noun must have an object of its own (a number, an
# article, "that"): "the book which its author revised in 2001" is English.
_WHICH_ITS = regexes.compile(
    r"\bwhich[ \t]+(?P<poss>its|his|her|their)[ \t]+(?P<noun>[a-z]{3,20})[ \t]+(?P<verb>[a-z]{3,20})[ \t]+"
    r"(?=\d|(?:that|about|nearly|almost|around|over|more|some|several)\b|(?:the|a|an)[ \t]+(?!(?:next|following|same|previous|first|last|day|week|month|year|morning|evening|night)\b))")

# "the journalist whose his car…": a possessive after "whose" (صحفي احترقت سيارته).
# (the word boundary tested after the literal: a pattern that opens with one is scanned fast)
_WHOSE = regexes.compile(r"whose(?<=\bwhose)[ \t]+(his|her|its|their)\b")
# "the building which it was damaged": the relative is the subject of a passive, and a pronoun
# repeats it (المبنى الذي تضرر). The word after the participle tells "which he was hired to do".
# ("w(?<!\w\w)h": \b before the "w", tested after it, so that the scan skips to the literal)
_PASSIVE = regexes.compile(
    r"w(?<!\w\w)h(?:ich|o)[ \t]+(it|he|she|they)[ \t]+(?:was|were|is|are|has[ \t]+been|have[ \t]+been|had[ \t]+been|"
    r"will[ \t]+be)[ \t]+([a-z]{3,20})\b(?![ \t]+(?:to|of|about)\b)"
    r"(?![ \t]+(?:in|on|at|for|with|by|from|into|over|under)[ \t]*(?:[.,;:)?!]|(?:was|were|is|are|has|have|had|will|would|and|but)\b))")
_RELATIVE_STOP = frozenset({"in", "on", "at", "to", "by", "for", "with", "from", "of", "under", "through", "during",
                            "about", "into", "over", "against", "upon", "after", "before", "as", "than"})

# ", it confirmed", ", he said": a subject pronoun after a comma, then a verb and no comma.
_TOPIC_PRONOUN = regexes.compile(r",[ \t]+(he|she|it|they)[ \t]+([a-z]{3,20})\b(?![ \t]*,)")
_DATELINE_DASH = regexes.compile(r"^[^\n]{0,60}?[ \t][-–—][ \t]")
_TOPIC_STOP = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "said",
                         "says", "told", "added", "that", "which", "who", "when", "while", "if", "as", "because",
                         "after", "before", "since", "although", "though", "but", "and", "day", "days", "week",
                         "weeks", "month", "months", "year", "years", "time", "morning", "evening", "night",
                         "later", "earlier", "ago", "however", "meanwhile", "moreover", "then", "so", "yet"})


def _topic_before(sentence_text: str, comma: int) -> str | None:
    """The noun phrase from the clause start to `comma` when it is only a subject ("The
    Presidential Council", "The minister, Ali Hassan"): capitalised first word, no verb, no
    time, no link word; None otherwise."""
    start = 0
    if (dash := _DATELINE_DASH.match(sentence_text)) and dash.end() <= comma:
        start = dash.end()
    topic = sentence_text[start:comma].strip()
    words = re.findall(r"[\w'’-]+", topic)
    if not words or len(words) > 10 or not words[0][:1].isupper() or topic.count(",") > 2 or not topic[:1].isalpha():
        return None
    if words[0] not in ("The", "A", "An") and not all(w[:1].isupper() or w in _NAME_LINKS for w in words):
        return None  # a subject is "the" + a noun or a name: not "Announcing the change…", "Also"
    if words[0].lower() in _OPENERS_OF_FRONTED or any(w.lower() in _TOPIC_STOP for w in words):
        return None
    if any(w.islower() and (verbs.past_base(w) or verbs.present_base(w)) and w not in ("forces", "troops")
           for w in words):
        return None
    return topic


_NAME_LINKS = frozenset({"of", "and", "the", "for", "al", "bin", "ibn", "bint", "abu", "el", "de"})
_OPENERS_OF_FRONTED = frozenset({"also", "in", "on", "at", "for", "after", "before", "during", "since", "yesterday", "today",
                                 "last", "this", "following", "despite", "amid", "with", "according", "like",
                                 "unlike", "as", "although", "while", "when", "if", "once", "by", "from", "under",
                                 "two", "three", "four", "five", "several", "many", "some", "most", "earlier",
                                 "later", "separately", "elsewhere", "overall", "instead", "still", "speaking",
                                 "asked", "born", "founded", "based", "here", "there", "now", "then", "today"})


def _verb_base(word: str) -> str | None:
    """The base of a verb form of the lexicon, or the word itself for any other past in -ed."""
    base = verbs.past_base(word) or verbs.present_base(word) or (word if verbs.is_base(word) else None)
    return base or (word if word.endswith("ed") and len(word) > 4 else None)


@register
class ResumptivePronoun(Rule):
    id = "SYN009"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "resumptive-pronoun"
    category = "fluency/grammar"
    severity = Severity.MINOR
    explanation = (
        "An Arabic relative clause repeats the noun it describes as a pronoun (القافلة التي "
        "هاجمها المسلحون, literally \"the convoy which the gunmen attacked it\"); MT keeps the "
        "pronoun and English must drop it: \"the convoy which the gunmen attacked\". Found by its "
        "shape: \"which\", \"whom\" or \"that\" after a noun, a subject (an article and up to four "
        "words, a name or a pronoun), a verb of the verb lexicon, then \"it\"/\"them\"/\"him\"/"
        "\"her\" before a clause end, a preposition or a time. Left alone: \"that\" after a verb "
        "(\"said that the army attacked it\") or after nouns that take a clause of their own (\"the "
        "fact that…\", \"the way that he did it\"); verbs whose pronoun is an indirect object or "
        "the subject of what follows (\"the books that she gave them\", \"the plan they wanted him "
        "to sign\"); \"in which\" and other prepositions before the relative. Also \"who\" (\"the "
        "farmer who the soldiers arrested him\"), a possessive after \"whose\" (\"whose his camera\") and a "
        "subject pronoun before a passive (\"the clinic which it was damaged\"). The same rule finds "
        "a subject taken up again by a pronoun after a comma (Arabic topic and comment: \"The "
        "Presidential Council, it confirmed…\"), when the subject is \"the\" + a noun or a name "
        "with no verb or time in it and no comma follows the verb (\"The council, it said, will…\"). Also \"it\" after a preposition that ends the "
        "relative clause (\"the school which families took refuge in it\") and \"which its\" + a noun "
        "+ a verb with an object of its own for \"whose\" (\"the tower which its height exceeds 300 metres\")."
    )
    bad = (
        "The bridge which the engineers repaired⟦ it→⟧ last year collapsed again.",
        "The prisoners whom the court released⟦ them→⟧ on Sunday returned home.",
        "The truck that the smugglers abandoned⟦ it→⟧ near the border was full of fuel.",
        "The envoy whom President Tebboune received⟦ him→⟧ in Algiers carried a letter.",
        "Rabat - The Ministry of Interior⟦, it→⟧ announced in a statement the arrest of four suspects.",
        "The governor of the province, Salem Ali⟦, he→,⟧ stressed that the roads were safe.",
        "The shelter which the families took refuge in⟦ it→⟧ was hit on Sunday.",
        "The dam ⟦which its→whose⟧ height exceeds 100 metres cracked.",
    )
    good = (
        "The minister said that the army attacked it on Sunday.",
        "The fact that the council approved it surprised many.",
        "The books that she gave them were old.",
        "The plan which they wanted him to sign was dropped.",
        "The village in which the army besieged them is in the north.",
        "He did not like the way that the press covered it.",
        "The report that the agency published on Monday was clear.",
        "The bill, which the senate passed, now goes to the president.",
        "The council, it said, will meet again on Monday.",
        "In the end, it rained all day.",
        "The next day, he flew to Paris.",
        "The ministry said the plan was ready, and it announced a date.",
        "Despite the delay, they reached the summit.",
        "Tired and hungry, they returned to the camp.",
        "He said that families had taken refuge in it.",
        "The house which they lived in was old.",
        "The firm which he founded with them grew fast.",
        "The book which its author revised in 2001 sold well.",
        "The company, which its founder sold the following year, is now public.",
    )

    #: every finding is one of these pronouns, written in lower case (see the patterns)
    trigger_words = frozenset({"he", "she", "it", "they", "them", "him", "her", "his", "its", "their"})

    def check(self, doc, ctx):
        yield from self._topic(doc)
        yield from self._subject_and_possessive(doc)
        yield from self._stranded_and_which_its(doc)
        prose = doc.prose
        if "which" not in prose and "whom" not in prose and "that" not in prose and "who" not in prose:
            return
        for match in at_literals(_pattern(), prose, ("which", "whom", "that", "who")):  # = finditer: every match opens with one
            base = _verb_base(match.group("verb"))
            if base is None or base in _TWO_PLACE:
                continue
            before = prose[max(0, match.start() - 30) : match.start()].split()
            previous = before[-1].lower().strip(",") if before else ""
            if previous in ("in", "on", "at", "to", "by", "for", "with", "from", "of", "under", "through", "during"):
                continue
            if match.group("rel") in ("that", "who") and (
                    not previous or previous in _NOT_ANTECEDENT or verbs.past_base(previous) or verbs.present_base(previous)
                    or verbs.is_base(previous) or not previous.isalpha()):
                continue
            start, end = match.start("pron"), match.end("pron")
            while start > 0 and prose[start - 1] in " \t":
                start -= 1
            yield self.finding(
                doc, start, end,
                f"Resumptive pronoun: the relative clause already refers to its noun; drop "
                f"\"{match.group('pron')}\" after \"{match.group('verb')}\".",
                [Suggestion("", True)],
            )

    def _stranded_and_which_its(self, doc):
        """'which families took refuge in it' (a pronoun after a clause-final preposition) and
        'which its height exceeds' (a possessive for "whose")."""
        prose = doc.prose
        if "which" not in prose and "that" not in prose:
            return
        for match in at_literals(_STRANDED, prose, ("which", "that")):
            if _verb_base(match.group("verb")) is None and match.group("verb") not in IRREGULAR_PARTICIPLES:
                continue  # (a pronoun after a preposition is no indirect object: "took part in it" counts)
            before = prose[max(0, match.start() - 30) : match.start()].split()
            previous = before[-1].lower().strip(",") if before else ""
            if not previous.isalpha() or previous in _RELATIVE_STOP or previous in _NOT_ANTECEDENT or (
                    match.group("rel") == "that" and (verbs.past_base(previous) or verbs.present_base(previous)
                                                      or verbs.is_base(previous))):
                continue  # "said that they lived in it", "in which…", "the fact that…"
            yield self.finding(doc, match.start("pron") - 1, match.end("pron"),
                               f"Resumptive pronoun: the relative clause already refers to its noun; drop "
                               f"\"{match.group('pron')}\" after \"{match.group('prep')}\".", [Suggestion("", True)])
        if "which" not in prose:
            return
        for match in at_literals(_WHICH_ITS, prose, ("which",)):
            noun, verb = match.group("noun"), match.group("verb")
            if _verb_base(noun) is not None and not noun.endswith(("th", "ht")) or not (
                    verbs.past_base(verb) or verbs.present_base(verb)):
                continue  # "which its" + a noun, then a finite verb with its own object
            yield self.finding(doc, match.start(), match.end("poss"),
                               f"Resumptive possessive: \"which {match.group('poss')} {noun}\" is Arabic "
                               f"word order; English says \"whose {noun}\".",
                               [Suggestion("whose", True)])

    def _subject_and_possessive(self, doc):
        """'whose his car' (a possessive repeating "whose") and 'which it was damaged' (a
        subject pronoun repeating the relative before a passive)."""
        prose = doc.prose
        if "whose" in prose:
            for match in _WHOSE.finditer(prose):
                yield self.finding(doc, match.start(1) - 1, match.end(1),
                                   f"Resumptive pronoun: \"whose\" already says whose it is; drop \"{match.group(1)}\".",
                                   [Suggestion("", True)])
        if "which" not in prose and "who" not in prose:
            return
        for match in _PASSIVE.finditer(prose):
            base = _verb_base(match.group(2))
            if base is None or base in _TWO_PLACE or not match.group(2).endswith(("ed", "en", "t", "wn")):
                continue
            before = prose[max(0, match.start() - 30) : match.start()].split()
            previous = before[-1].lower() if before else ""
            if not previous.isalpha() or previous in _RELATIVE_STOP or verbs.past_base(previous) \
                    or verbs.present_base(previous) or verbs.is_base(previous):
                continue  # ", which it was…" (a clause), "at which it was sold", "knew who he was"
            yield self.finding(doc, match.start(1) - 1, match.end(1),
                               f"Resumptive pronoun: \"{match.group(0).split()[0]}\" is already the "
                               f"subject; drop \"{match.group(1)}\".", [Suggestion("", True)])

    def _topic(self, doc):
        """A subject taken up again by a pronoun after a comma, Arabic topic and comment
        (المجلس الرئاسي، أكد…): "The Presidential Council, it confirmed…"."""
        prose = doc.prose
        for match in _TOPIC_PRONOUN.finditer(prose):
            verb = match.group(2)
            if (verbs.past_base(verb) or verbs.present_base(verb)) is None or verb in ("was", "is", "has", "had"):
                continue
            sentence = doc.sentence_at(match.start())
            if sentence is None:
                continue
            topic = _topic_before(sentence.text, match.start() - sentence.start)
            if topic is None:
                continue
            keep = "," if "," in topic else ""
            yield self.finding(
                doc, match.start(), match.end(1),
                f"Resumptive pronoun: \"{match.group(1)}\" repeats the subject \"{topic}\" (Arabic topic "
                f"and comment); drop it.",
                [Suggestion(keep, True)],
            )
