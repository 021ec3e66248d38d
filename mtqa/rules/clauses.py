"""Clause starts shared by rules that look at how a sentence opens: every sentence start, and
the place after a dateline ("Sanaa - ", "Tunis (TAP) - ") where a news text's first clause
really begins, so that a sentence-initial formula ("For his part,", "It is worth noting that")
is found after a dateline as at any other sentence start."""

from __future__ import annotations

import bisect

from mtqa.rules import syntax


def clause_starts(doc) -> list[int]:
    """Sentence starts of `doc` and, where a sentence opens with a dateline, the offset after
    it; sorted, cached on the document."""
    cached = doc.__dict__.get("_clause_starts")
    if cached is not None:
        return cached
    prose, starts = doc.prose, []
    for sentence in doc.sentences:
        starts.append(sentence.start)
        if "-" in sentence.text[:80] or "–" in sentence.text[:80] or "—" in sentence.text[:80]:
            match = syntax._DATELINE.match(prose, sentence.start, min(sentence.end, sentence.start + 120))
            if match and match.end() < sentence.end:
                starts.append(match.end())
    doc.__dict__["_clause_starts"] = starts
    return starts


# --- TYP020: two main clauses joined by a comma alone (comma splice) --------------------------

import re  # noqa: E402

from mtqa.errors import ResourceError  # noqa: E402
from mtqa.findings import Severity, Suggestion  # noqa: E402
from mtqa.rules import Rule, register  # noqa: E402

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOUN = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NP_INSIDE = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "VBN"})
# Words after which a comma does not end a main clause: the clause was subordinate, relative,
# a complement, a question or speech.
_NOT_MAIN = frozenset({"that", "which", "who", "whom", "whose", "what", "when", "where", "while", "whether", "if",
                       "because", "as", "although", "though", "since", "until", "unless", "once", "how", "why",
                       "whereas", "so"})
# Words that, opening a sentence, make its first clause subordinate ("After the army arrived, …").
_NOT_MAIN_START = _NOT_MAIN | {"before", "after", "until", "since", "following", "despite", "amid"}
_SPEAKERS = frozenset({"i", "we", "you"})  # first and second person: speech, left alone
_SUBJECT_PRONOUNS = frozenset({"it", "he", "she", "they"})
_REPORTING = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "reported",
                        "reports", "announced", "announces", "announce", "explained", "noted", "notes", "stressed",
                        "warned", "warns", "confirmed", "confirms", "showed", "shows", "indicated", "wrote", "writes",
                        "suggested", "suggests", "argued", "argues", "insisted", "claimed", "claims", "believes",
                        "believe", "thinks", "think", "estimated", "estimates", "predicted", "predicts", "recalled",
                        "tweeted", "posted", "concluded", "continued", "acknowledged", "admitted", "cautioned"})
# What may stand after a closing reporting verb before the sentence ends: "…, the army said
# in a statement on Monday."
_TAIL_WORDS = frozenset({"in", "on", "a", "an", "the", "statement", "late", "early", "last", "this", "week", "month",
                         "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "yesterday", "today", "tonight", "reporters", "journalists", "told", "at", "news", "conference",
                         "briefing", "interview", "with", "to", "its", "his", "her", "their", "website", "evening",
                         "morning", "afternoon", "night", "weekly", "daily", "report", "earlier", "later", "also",
                         "previously", "recently", "separately", "online", "by", "phone", "telephone", "via", "x",
                         "facebook", "twitter", "telegram", "channel", "press", "release", "agency"})
_VERB_LIKE = (
    r"(?:[a-z]+ed|[a-z]{2,}[^s\W]s|will|would|can|could|may|might|must|shall|should|is|are|was|were|has|have|had|"
    r"did|does|do|said|says|told|began|came|comes|went|goes|took|takes|gave|gives|made|makes|left|held|holds|kept|"
    r"keeps|sent|sends|set|sets|won|lost|fell|rose|saw|met|meets|brought|spent|paid|sold|led|leads|found|shot|hit|"
    r"struck|broke|chose|drew|flew|grew|ran|stood|thought|wrote|became|fled|fought|built|bought|caught|sought)")
# A cheap test before any tagging: a comma, a subject, a word that may be a finite verb.
_CANDIDATE = re.compile(
    r",[ \t]+(?:(?:the|its|their|his|her|this|these)[ \t]+(?:[\w'’.-]+[ \t]+){0,6}?|(?:it|he|she|they)[ \t]+"
    r"|(?:[A-Z][\w'’.-]*[ \t]+){1,4}|(?:residents|officials|witnesses|sources|police|doctors|activists|analysts|"
    r"protesters|authorities|troops|rescuers|observers|experts|farmers|families|workers)[ \t]+)"
    + _VERB_LIKE + r"\b")
# Some word of the first clause must look like a finite verb too (tested before any tagging).
_FINITE_LIKE = re.compile(r"\b" + _VERB_LIKE + r"\b")
# Openers of a fronted phrase, not of a subject: "In June, …", "However, …", "Speaking to…, …".
_FRONTED_OPENER = re.compile(
    r"(?:in|on|at|for|with|without|within|during|throughout|according|under|over|among|amid|across|"
    r"against|by|from|to|into|after|before|since|until|despite|following|like|unlike|instead|however|"
    r"also|meanwhile|now|then|still|yet|and|but|so|or|nor|moreover|furthermore|besides|later|earlier|"
    r"today|yesterday|tonight|here|there|thus|hence|indeed|sadly|finally|overall|separately|elsewhere|"
    r"[a-z]+ly|[a-z]+ing|[a-z]+ed)", re.IGNORECASE)


_FIRST_WORD = re.compile(r"[ \t\"“‘'(]*([A-Za-z][\w'’.-]*)")
_WORDS = re.compile(r"[a-z]+")
_TAIL_ONLY = re.compile(
    r",[ \t]+(?:[\w'’.-]+[ \t]+){1,5}?(?:has[ \t]+|have[ \t]+|had[ \t]+|will[ \t]+|would[ \t]+)?"
    r"(?:said|says|told|added|stated|reported|announced|explained|noted|warned|confirmed|showed|shows|"
    r"suggested|argued|insisted|claimed|wrote|tweeted|estimated|believes|thinks|predicted)\b"
    r"(?:[ \t]+(?:(?:" + "|".join(sorted(_TAIL_WORDS, key=len, reverse=True)) + r")\b|(?-i:[A-Z])[\w'’.-]*|\d[\d,.]*)){0,8}"
    r"[ \t]*(?:[.!?\"”’)]*[ \t]*$|,[ \t]+(?:adding|saying|noting|but|and|with|as|while|which|who|although|though|so)\b)",
    re.IGNORECASE)


def _main_clause_start(tokens, tags, first: int) -> bool:
    """Whether the clause opening at token `first` starts with its subject (a determiner, a
    name, a pronoun of the third person, a number), not with a fronted phrase."""
    while first < len(tokens) and tokens[first].text in ("\"", "“", "‘", "'", "("):
        first += 1
    if first >= len(tokens):
        return False
    word, tag = tokens[first].text.lower(), tags[first]
    if word in _SPEAKERS or word in _NOT_MAIN_START:
        return False
    return tag in ("DT", "NNP", "NNPS", "PRP", "PRP$", "CD", "NN", "NNS") and word not in ("there", "here", "all", "both", "each", "no", "another")


def _subject_then_verb(tokens, tags, i: int) -> int | None:
    """Index of the finite verb of a clause whose subject starts at token `i`, if there is one:
    a third-person pronoun, or a noun phrase of at most seven words ending in a noun
    ("the Ministry of Irrigation", "the move", "residents") with one determiner at most (after
    "of" another may come)."""
    n = len(tokens)
    word = tokens[i].text.lower()
    if word in _SUBJECT_PRONOUNS:
        k = i + 1
    else:
        if word in ("a", "an") or word in _SPEAKERS or word in _NOT_MAIN:
            return None  # "…, a move that…", "…, a claim Washington denied": an apposition
        k = i + 1 if tags[i] in ("DT", "PRP$") else i
        while k < n and k - i < 8 and (tags[k] in _NP_INSIDE or tokens[k].text.lower() == "of"
                                       or (tags[k] in ("DT", "PRP$") and tokens[k - 1].text.lower() == "of")):
            k += 1
        if k == i or tags[k - 1] not in _NOUN:
            return None
    if k >= n or tags[k] not in _FINITE:
        return None
    if (tags[k] == "VBZ" and k + 1 < n and tags[k + 1] in _NOUN
            and _tagdict().get(tokens[k].text.lower()) != "VBZ"):
        return None  # "the morning's fourballs hero": an -s noun the tagger read as a verb
    return k


def _tagdict() -> dict:
    """The tagger's words with one sure tag ("includes": VBZ)."""
    from mtqa.resources import _tagger

    return _tagger().tagdict


def _closing_attribution(tokens, tags, verb: int) -> bool:
    """Whether the clause from a reporting verb on only closes the sentence ("…, the army said
    in a statement.", "…, Clark has said."): an attribution, not a second main clause."""
    k = verb
    while k < len(tokens) and tags[k] in ("MD", "VBZ", "VBP", "VBD", "VB", "VBN", "RB") and tokens[k].text.lower() not in _REPORTING:
        k += 1
    if k >= len(tokens) or tokens[k].text.lower() not in _REPORTING:
        return False
    for token in tokens[k + 1 :]:
        text = token.text.lower()
        if text in (".", "!", "?", "\"", "”", "’", "'", ")"):
            return True
        if text in (",", ";", ":"):
            return True  # an attribution set off inside the sentence: "…, the minister said, and…"
        if text not in _TAIL_WORDS and not token.text[:1].isupper() and not text[:1].isdigit():
            return False
    return True


@register
class CommaSplice(Rule):
    id = "TYP020"
    name = "comma-splice"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    explanation = (
        "Two main clauses joined by a comma alone, as Arabic joins sentences with و or a comma "
        "(\"The ministry sent supplies to the south, the shipment includes insulin\"): a full "
        "stop (or a semicolon, or \"and\") is needed. Found from the clause structure: a sentence "
        "(or the clause after a dateline) that opens with its subject and has a finite verb, then "
        "a comma, a new subject (a noun phrase or he/she/it/they) and a finite verb. Fronted "
        "phrases (\"Given the risk, the bank…\"), subordinate and relative clauses, appositions "
        "with \"a\" (\"…, a claim Washington denied\"), speech in the first person, quotations and a "
        "closing attribution (\"…, the army said in a statement.\") are left alone."
    )
    bad = (
        "The ministry sent tents to the camps⟦, the convoy arrived→. The convoy arrived⟧ on Monday.",
        "Sanaa - The council met on Sunday⟦, it approved→. It approved⟧ the budget.",
        "Floods damaged the road in the valley⟦, residents complained→. Residents complained⟧ of losses.",
        "The army entered the town on Friday⟦, the army said→. The army said⟧ in a statement that mines were cleared.",
    )
    good = (
        "The ministry sent tents to the camps, the ministry said in a statement.",
        "Given the risk of floods, the council closed the road.",
        "When the army arrived, residents fled.",
        "The rebels fired a drone at the base, a claim the army denied.",
        "The ministry said that as of Monday, the crossing was shut.",
        "We tried to fix it, we thought it was a glitch.",
        "\"The road is closed, the bridge is down,\" he said.",
        "Egypt, Jordan and the UAE signed the deal.",
        "The council, which met on Sunday, approved the budget.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        starts = clause_starts(doc)
        starts_set = set(starts)
        for sentence in doc.sentences:
            found = list(self._splices(doc, sentence, starts, starts_set))
            if found and not self._ends_as_list(sentence, found[-1][3]):
                for start, end, fixed, _ in found:
                    yield self.finding(doc, start, end,
                                       "Two main clauses joined by a comma alone (a comma splice): end the sentence, "
                                       "or join the clauses with \"and\" or a semicolon.",
                                       [Suggestion(fixed, False)])

    @staticmethod
    def _ends_as_list(sentence, verb: int) -> bool:
        """Whether the clauses end as a list does, with "and" before the last ("CBS had 3
        million, NBC had 2 million and CNN had 1 million"): English, not a splice."""
        tokens, tags = sentence.tokens, sentence.tags
        for n in range(verb + 1, len(tokens) - 1):
            if tokens[n].text.lower() == "and" and _subject_then_verb(tokens, tags, n + 1) is not None:
                return True
            if tokens[n].text in (",", ";", "."):
                continue
        return False

    def _splices(self, doc, sentence, starts, starts_set):
        """(start, end, fix, verb token index) of each comma splice of one sentence."""
        prose = doc.prose
        text = sentence.text
        if ", " not in text:
            return
        # Cheap tests on the words before tagging: the first comma after the clause start must be
        # followed by a subject and a finite-looking word, and not be a closing attribution only.
        at = bisect.bisect_right(starts, sentence.start)
        begin = starts[at] - sentence.start if at < len(starts) and starts[at] < sentence.end else 0
        comma = text.find(", ", begin)
        if comma < 0 or not _CANDIDATE.match(text, comma):
            return
        opening = _FIRST_WORD.match(text, begin)
        if (opening is None or opening.group(1).lower() in _NOT_MAIN_START or opening.group(1).lower() in _SPEAKERS
                or _FRONTED_OPENER.fullmatch(opening.group(1))):
            return
        if not _FINITE_LIKE.search(text, opening.end(), comma):
            return  # no finite-looking verb before the comma: a fronted phrase or a list
        if not _NOT_MAIN.isdisjoint(_WORDS.findall(text[begin:comma].lower())):
            return  # a subordinate or relative clause before the comma
        if _TAIL_ONLY.match(text, comma):
            return  # "…, the minister said on Monday.", "…, he said, adding…": an attribution after it
        if '"' in text[:comma] or "“" in text[:comma]:
            return  # speech
        try:
            tokens, tags = sentence.tokens, sentence.tags
        except ResourceError:
            return  # no tagger installed: clause structure cannot be read (the rule stays quiet)
        first = 0
        for n, token in enumerate(tokens):  # the clause after a dateline ("Sanaa - ")
            if token.start in starts_set and token.start != sentence.start:
                first = n
                break
        if not _main_clause_start(tokens, tags, first):
            return
        main_verb = False
        n = first
        while n < len(tokens):
            token = tokens[n]
            lower = token.text.lower()
            if token.text in ("\"", "“", "”", "«", "»", "‘", "’") or token.text == "'":
                break  # a quotation: speech is left alone
            if lower in _NOT_MAIN or tags[n] in ("WDT", "WP", "WP$", "WRB"):
                break  # a subordinate, relative or complement clause: the comma may close it
            if tags[n] in _FINITE or (tags[n] == "VBN" and n > first and tags[n - 1] in _NOUN and not main_verb):
                main_verb = True  # "The army deployed/VBN on Friday…": a past tense read as a participle
            if token.text in (";", ":", "-", "–", "—", "(", ")"):
                break
            if token.text == ",":
                if not main_verb or n + 1 >= len(tokens) or tokens[n - 1].text.lower() in _REPORTING:
                    break  # no main verb yet, or "The minister said, the talks…": speech follows
                verb = _subject_then_verb(tokens, tags, n + 1)
                if verb is None:
                    break  # an apposition, a list, a fronted phrase: the chain of clauses ends
                if _closing_attribution(tokens, tags, verb):
                    n, main_verb = verb + 1, True
                    continue  # "…, the ministry said in a statement, the meeting will…"
                subject = tokens[n + 1]
                new_start = subject.text[:1].upper() + subject.text[1:]
                span_end = tokens[verb].end
                fixed = ". " + new_start + prose[subject.end : span_end]
                yield token.start, span_end, fixed, verb
                n, main_verb = verb + 1, True
                continue
            n += 1
