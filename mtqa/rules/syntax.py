"""Arabic syntax carried into English (SYN…): verb-first clauses, reversed adjective order,
doubled reporting verbs, present tense with a past time, "will" in a past frame. Word lists
live in data/syntax.toml."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from functools import cached_property, lru_cache

from mtqa import cache, regexes
from mtqa.document import KEEP_VIEWS_BELOW, Token
from mtqa.findings import Severity, Suggestion
from mtqa.resources import BackwardTags, lazy_pos_tags, pos_tag
from mtqa.rules import Rule, register
from mtqa.scan import (LONG_TEXT, at_literals, expect, joined_words, regex_fold, sentences_with_any,
                       sentences_with_literals, sentences_with_words, starts_of_any, tried_at, whole_words)
from mtqa.segment import LETTERS, TOKEN
from mtqa import article_date, tense_shapes, verbs, word_order


@lru_cache(maxsize=1)
def words() -> dict:
    return cache.package_toml("data/syntax.toml")


@lru_cache(maxsize=1)
def _past_adverbial() -> re.Pattern:
    """Past time expressions (data/syntax.toml), shared by SYN004 and SYN005."""
    return regexes.compile(_phrases_any_case(words()["past_adverbials"]))


@lru_cache(maxsize=1)
def _past_adverbial_words() -> frozenset[str] | None:
    """A word of each past time expression: a sentence with none of them has none of the
    expressions (scan.sentences_with_words)."""
    return whole_words(words()["past_adverbials"])


def _alternation(items) -> str:
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(items, key=len, reverse=True))


# ASCII letters that match, ignoring case, only themselves in either case (i, k and s also
# match ı/İ, K (Kelvin) and ſ)
_TWO_CASES = frozenset("abcdefghjlmnopqrtuvwxyz")


def _phrases_any_case(items) -> str:
    """A pattern for the phrases `items` as whole words in any case, longest first (a space in
    one matches any whitespace). When each starts with a letter of _TWO_CASES, the pattern opens
    with a class of those letters in both cases, which the regex engine scans for in C, and then
    tries only the phrases that start with the letter found."""
    if not items or not all(i[:1].lower() in _TWO_CASES for i in items):
        return rf"(?i:\b(?:{_alternation(items)})\b)"
    by_first: dict[str, list[str]] = {}
    for item in items:
        by_first.setdefault(item[0].lower(), []).append(item[1:])
    letters = "".join(sorted(by_first)) + "".join(sorted(by_first)).upper()
    rests = "|".join(f"(?<={first})(?:{_alternation(rest)})" for first, rest in sorted(by_first.items()))
    # the first letter starts a word: no word character before it
    return rf"[{letters}](?<!\w.)(?i:{rests})\b"


def _in_quotes(text: str, position: int, start: int) -> bool:
    """Whether `position` lies inside a quotation opened after `start` (sentence start)."""
    before = text[start:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# A dateline before the first clause: "Sanaa - ", "Tunis (TAP) - ", "GAZA CITY, Dec 3 (Agency) – ".
_DATELINE = regexes.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z]|(?:al|el|ez|es|ed|ad|as|ash|at|az|an|ar|ibn|bin|abu)-[A-Z])[\w'’.-]*){0,3}"
    r"(?:,[ \t]*[\w.]+(?:[ \t]+[\w.]+){0,2})?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[-–—]{1,2}[ \t]+")


_DASH_LITERALS = ("- ", "-\t", "–", "—")  # what the end of a dateline holds


def _has_dash(text: str) -> bool:
    """Whether `text` has the dash + space or tab that ends a dateline (a word test before _DATELINE):
    one of _DASH_LITERALS (tested one by one: the quickest for a sentence)."""
    return "- " in text or "-\t" in text or "–" in text or "—" in text


# A fronted time, place or source before the first clause: "On Sunday, ", "In a statement, ".
_FRONTED = regexes.compile(
    r"(?:(?:and|but)[ \t]+)?(?:[Oo]n|[Ii]n|[Aa]t|[Ee]arlier|[Ll]ater|[Yy]esterday|[Tt]oday|[Mm]eanwhile|[Ll]ast|[Dd]uring|[Ff]ollowing|[Aa]fter)"
    r"\b[^,.;:\n]{0,50},[ \t]+")
_FRONTED_FIRST = frozenset({"and", "but", "on", "in", "at", "earlier", "later", "yesterday", "today", "meanwhile", "last",
                            "during", "following", "after"})  # the words _FRONTED opens with
# ", and" (or "; and") inside a sentence: a second clause that may also put its verb first.
_AND_CLAUSE = regexes.compile(r"[,;][ \t]+and[ \t]+(?=[a-z])")
# After an agent noun phrase in a ", and" clause, what shows it was the subject, not the object.
_SUBJECT_CUE = regexes.compile(
    r"[ \t]*(?:,|that\b|in[ \t]+a[ \t]+statement\b|(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b|yesterday\b|today\b|(?:an?|the|its|his|her|their)[ \t]+(?:new|plan|decision|number|series|package|set|list|death|arrest|launch|start|end|opening|closure|release|resumption)\b)")

# Verbs that open English participial phrases ("Called the Pearl of the Gulf, the city…",
# "Considered the father of the constitution, he…"): with a later ", the/he/…" they are not VSO.
# Irregular past forms that open a verb-first clause as "-ed" verbs do ("Fell the dinar…").
# Forms that are also names or ordinary sentence openers (Rose, Left, Lost, Made, Led) stay out.
_IRREGULAR_PAST = ("fell", "won", "struck", "sent", "took", "gave", "chose", "sold", "paid", "broke",
                   "drew", "flew", "froze", "swept", "sank")
_NAMING_VERBS = frozenset({"called", "considered", "named", "dubbed", "described", "known", "regarded",
                           "hailed", "seen", "crowned", "nicknamed", "elected", "appointed", "accused",
                           "welcomed", "praised", "criticised", "criticized", "rejected", "received"})
_PARTICIPLE_TAIL = regexes.compile(r",[ \t]+(?:the|a|an|it|he|she|they|this|these|its|his|her|their|[A-Z][a-z]+[ \t]+[a-z]+(?:ed|s)\b)")

# The rest of a capitalised title or name after an agent noun: "the Minister of Investment
# Khalid Al-Falih", "the Central Bank of Oman" (each word starts with a capital: linear).
_TITLE_TAIL = (r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){0,3})?"
               r"(?:[ \t]+[A-Z][\w'’-]*){0,4}(?<!['’]s)")
# Verbs that take no person or body as their object: "announced the ministry a plan" can only be
# verb + subject + object.
_ANNOUNCE = frozenset({"announced", "declared", "revealed", "unveiled", "reported"})
_OBJECT_AFTER = regexes.compile(r"[ \t]+(?:an?|the|its|his|her|their|\d+)\b")


@register
class VerbFirstClause(Rule):
    id = "SYN001"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "verb-first-clause"
    category = "fluency/grammar"
    severity = Severity.MAJOR
    explanation = (
        "An Arabic verbal sentence keeps its verb-subject order in English: \"And monitored "
        "several sources loyal to the government the withdrawal…\", \"Said the minister that…\". "
        "English needs the subject first (\"Several pro-government sources reported…\"). A clause "
        "start is the start of a sentence, the point after a dateline (\"Sanaa - Announced the "
        "group…\", \"Tunis (TAP) - Said the ministry…\") and the point after \", and\" (\"…, and "
        "announced the ministry a new plan\"; there only a reporting verb followed by an agent such "
        "as \"the ministry\" (or \"the Minister of Trade Ali Hassan\") and a sign that it is the subject counts, "
        "or a verb of calling with its agent and then whom it calls on: \"and called the movement the "
        "United Nations to act\"). Ordinary openers (\"And "
        "yet\", \"And so\"), names that are also verbs (Said, Saeed), quoted speech (\"…,\" said "
        "the minister), inversions such as \"Hit hardest were…\" and questions are left alone."
    )
    bad = (
        "⟦And monitored⟧ several sources loyal to the government the withdrawal of the mercenaries.",
        "⟦Announced⟧ the Ministry of Health on Sunday the death of three children.",
        "⟦And ordered⟧ the prosecution the detention of the two drivers.",
        "⟦Said⟧ the interior minister that the crossing would reopen.",
        "Aden - ⟦Confirmed⟧ the coalition that its jets had struck the port.",
        "Rabat (MAP) - ⟦Said⟧ the ministry in a statement that exports rose.",
        "Floods cut the main road, ⟦and announced⟧ the governorate a state of emergency.",
        "On Sunday, ⟦announced⟧ the ministry the reopening of the crossing.",
        "⟦Chaired⟧ the prime minister a meeting of the cabinet.",
        "⟦Fell⟧ the dinar against the dollar for a third day.",
        "⟦Continues⟧ the army its raids in the northern mountains.",
        "Sales rose, ⟦and said⟧ the Minister of Trade Ali Hassan that the figures were strong.",
        "Rates were kept, ⟦and expected⟧ the central bank that prices would ease.",
        "Two people died, ⟦and called⟧ the party the Security Council to act.",
        "⟦Spoke⟧ the Sudanese envoy to reporters after the session.",
        "Tripoli (LANA) - ⟦Held⟧ the Presidential Council a meeting with tribal elders.",
        "⟦Took⟧ part delegations from twelve countries in the forum.",
        "⟦Hosts⟧ the Qatari capital next week a conference on water.",
        "Gaza - ⟦Bombed⟧ Israeli warplanes a house in Rafah.",
        "The talks ended, ⟦and stressed⟧ the minister the importance of a truce.",
        "Clashes broke out, ⟦and killed⟧ the shelling three civilians.",
        "Meanwhile, ⟦condemned⟧ the Arab League the attack on the convoy.",
        "⟦Kicked⟧ off in Rabat the meetings of the joint committee.",
        "⟦Died⟧ three people in a blast in Idlib.",
        "⟦Was killed⟧ three soldiers in an ambush near Sirte.",
        "The storm hit the coast, ⟦and received⟧ the hospitals dozens of injured.",
        "⟦Erupted⟧ clashes on Thursday between tribesmen in Kufra.",
        "The talks ended, where ⟦stressed⟧ the envoy the need for calm.",
        "⟦Participated⟧ in the forum delegations from 40 countries.",
        "The meeting was held in Amman, ⟦and reviewed⟧ the participants the latest developments.",
        "The new road was opened, ⟦and attended⟧ the ceremony the governor and several officials.",
        "⟦Received⟧ Sheikh Tamim, on Sunday, the visiting delegation.",
        "Rabat - ⟦Presided⟧ King Mohammed VI, may God assist him, over a meeting of the cabinet.",
        "The agency reported that ⟦stormed⟧ the police the offices of the newspaper.",
        "Prices fell after ⟦announced⟧ the central bank a cut in rates.",
        "Residents fled when ⟦shelled⟧ the militias the northern districts.",
        "Also ⟦participated⟧ in the talks the foreign ministers of Egypt and Jordan.",
        "According to the agency, ⟦stormed⟧ the police the headquarters of the party.",
        "⟦Broke⟧ out a fire in a warehouse near the port on Sunday.",
    )
    good = (
        "And yet the talks went on.",
        "Said al-Masri, a lawyer, denied the charges.",
        "Several sources monitored the withdrawal of the mercenaries.",
        "\"We will stay,\" said the spokesman.",
        "Killed in the attack were two soldiers.",
        "Armed men stormed the building.",
        "And then the talks resumed.",
        "Aden - The coalition said its jets had struck the port.",
        "The minister visited the site, and announced the plan on Monday.",
        "He met the envoy, and told the minister that talks would resume.",
        "She resigned, and called the party the worst in Europe.",
        "He wrote the report, and asked the ministry to reply.",
        "She resigned, and asked the minister Ahmed Ali to resign.",
        "She resigned, and called the party the best placed to win.",
        "Port Said - Said Ahmed, a fisherman, lost his boat.",
        "On Sunday, the ministry announced the reopening of the crossing.",
        "In the morning, said the guide, the market is busiest.",
        "Called the Pearl of the Gulf, the island draws many tourists.",
        "Considered the father of the constitution, he died in 1990.",
        "Asked the reason for the delay, the minister blamed the weather.",
        "Left the party in 2019 and never returned.",
        "Armed men stormed the building.",
        "Rose the Hammer is a film about a boxer.",
        "Plans the size of a city were drawn up.",
        "Continues, the sign said.",
        "Raymond Lee, a student, helped Professor Smith design the course.",
        "Police in Baton Rouge, La., announced Saturday that a suspect was held.",
        "Rose Mansour, a nurse, treated the wounded.",
        "Joined by his wife, the president visited the site.",
        "The delegation arrived, and met the minister the next day.",
        "He won the vote, and gave the minister a medal.",
        "She resigned, and warned the minister that the plan would fail.",
        "Gone are the days when the port was busy.",
        "Founded in 1950, the club has won many titles.",
        "Meanwhile, the ministry said the road was open.",
        "Hit hardest were the villages near the river.",
        "The firm, which builds roads, is a leader in Asia.",
        "Died in 1990, the poet left many works.",
        "Arrived in Cairo, the minister held talks.",
        "The army advanced, and returned the town to government control.",
        "Released the same day, the report showed a sharp rise.",
        "The minister visited the camp, where he met the families.",
        "Was the attack planned, the court asked.",
        "Participants in the forum came from 40 countries.",
        "He said that armed men stormed the offices.",
        "The army said that wounded soldiers were taken to hospital.",
        "Prices fell after the central bank announced a cut in rates.",
        "Residents fled when shelling hit the northern districts.",
        "He added that the rumour was false.",
        "Also killed were two soldiers.",
        "And then the minister left.",
        "According to the agency, the police stormed the headquarters.",
        "Also attending the talks were the foreign ministers.",
        "The road was opened, and inspected the work the minister had ordered.",
        "The team won, and gave the fans the trophy they wanted.",
        "Accompanied by President Aoun, the envoy toured the port.",
        "Received President Macron's letter? No, the king did not.",
        "Emerging from the meeting, the minister spoke.",
        "Happened to be in town, he said.",
        "Visited by thousands each year, the site is a national treasure.",
        "Kicked off the pitch in the first half, the striker sat in the stands.",
        "Broke out of jail in 1990 and was never caught.",
    )

    @cached_property
    def listed_verbs(self) -> frozenset[str]:
        return frozenset(words()["vso_verbs"])

    @cached_property
    def pattern(self) -> re.Pattern:
        data = words()
        return regexes.compile(
            rf"(?i:(?:(?:{_alternation(data['vso_openers'])})\s+)?({_alternation(data['vso_verbs'])}|{_alternation(_IRREGULAR_PAST)}|{_alternation(data['vso_present_verbs'])}|[a-z]{{3,}}ed))"
            rf"(?:\s+(?i:out|off))?\s+(?:(?i:{_alternation(data['subject_starts'])})|[A-Z][a-z]+)\b"
        )

    @cached_property
    def inner_pattern(self) -> re.Pattern:
        """A reporting verb and an agent noun phrase after ", and": "announced the ministry"."""
        data = words()
        return regexes.compile(
            rf"({_alternation(data['vso_inner_verbs'])})[ \t]+(?:the|a|an)[ \t]+"
            rf"(?:[\w'’-]+[ \t]+){{0,3}}?(?i:{_alternation(data['agent_nouns'])})\b(?!['’])"
            rf"{_TITLE_TAIL}")

    @cached_property
    def call_pattern(self) -> re.Pattern:
        """A verb of calling, its agent, then whom it calls on and "to" + verb: "called the
        movement the United Nations to act" (English: the movement called on the UN to act)."""
        data = words()
        return regexes.compile(
            rf"(called|urged|demanded|asked|invited)[ \t]+the[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?"
            rf"(?i:{_alternation(data['agent_nouns'])})\b(?!['’])"
            rf"(?=[ \t]+(?:on[ \t]+)?the[ \t]+(?:[A-Z][\w'’-]*|international|world|warring|concerned|relevant)"
            rf"(?:[ \t]+[\w'’-]+){{0,3}}?[ \t]+to[ \t]+[a-z]+)")

    @cached_property
    def opening_words(self) -> frozenset[str]:
        """The lower-cased first runs of letters of the openers and verbs `pattern` opens with
        (besides any word in -ed): a sentence whose first word is none of them does not match it."""
        data = words()
        return frozenset(re.match(r"[^\W\d_]+", item).group().lower()
                         for item in (*data["vso_openers"], *data["vso_verbs"], *_IRREGULAR_PAST, *data["vso_present_verbs"]))

    def check(self, doc, ctx):
        inner = _structural_candidates(doc)
        anded = _and_clause_sentences(doc)
        offsets, lowered, firsts = doc.lowered_words.offsets, doc.lowered_words.words, doc._sentence_words
        sentences = doc.sentences
        for at in sorted(inner | anded | sentences_with_literals(doc, _DASH_LITERALS) | self._may_open_at(lowered, firsts)):
            sentence = sentences[at]
            if sentence.text.rstrip().endswith("?"):
                continue
            n = firsts[at]
            first = lowered[n] if n < len(lowered) and offsets[n] == sentence.start else ""
            if not first.isascii():
                first = regex_fold(first)  # (as the pattern's case-blind matching reads it)
            may_open = first in self.opening_words or (len(first) >= 5 and first.endswith("ed"))
            found = (list(self._listed(doc, sentence, sentence.index in anded, may_open))
                     if may_open or first in _FRONTED_FIRST or sentence.index in anded or _has_dash(sentence.text) else [])
            yield from found
            if at in inner:
                for finding in self._structural(doc, sentence):
                    if not any(f.start < finding.end and finding.start < f.end for f in found):
                        yield finding

    def _may_open_at(self, lowered, firsts) -> set[int]:
        """The sentences whose first run of letters (found or not where the sentence starts) is
        one check's loop tests further: an opening word, a word in -ed, one of _FRONTED_FIRST, or
        a word outside ASCII (folded there); a look-up a sentence in C."""
        count = bisect.bisect_left(firsts, len(lowered))  # (the sentences after the last word have none)
        words_ = list(map(lowered.__getitem__, itertools.islice(firsts, count)))
        tested = {w for w in set(words_) if w in self.opening_words or w in _FRONTED_FIRST or not w.isascii()
                  or (len(w) >= 5 and w.endswith("ed"))}
        return set(itertools.compress(range(count), map(tested.__contains__, words_)))

    def _structural(self, doc, sentence):
        """Verb-first clauses found from their structure (mtqa/word_order.py)."""
        text = sentence.text
        if not text.rstrip().endswith((".", "!", '"', "”", ")")):
            return  # a headline
        words_ = word_order.words_of(text, sentence.start)
        if len(words_) < 4:
            return
        prose = doc.prose
        starts = [(0, False)]
        dateline = _has_dash(text) and _DATELINE.match(prose, sentence.start, sentence.end)
        if dateline:
            starts.append((next((k for k, w in enumerate(words_) if w[0] >= dateline.end()), len(words_)), False))
        fronted = words_[starts[-1][0]][2].lower() in word_order.FRONT_OPENERS if starts[-1][0] < len(words_) else False
        first = starts[-1][0]
        if words_[first][2] in _OPENERS and first + 1 < len(words_) and words_[first + 1][2][:1].islower():
            starts.append((first + 1, None))  # "Also participated in the talks the ministers of…"
        for k, w in enumerate(words_):
            if w[2] in _SUBORDINATORS and k + 1 < len(words_) and not _in_quotes(prose, w[0], sentence.start):
                starts.append((k + 1, True))  # "…said that stormed the forces the town…"
            if w[2] in (",", ";") and k + 1 < len(words_) and not _in_quotes(prose, w[0], sentence.start):
                if words_[k + 1][2] in ("and", "where", "when", "whereby"):
                    starts.append((k + 2, True))  # "…, where stressed the minister…"
                elif words_[k + 1][2] in ("during", "in") and k + 2 < len(words_) and words_[k + 2][2] == "which":
                    starts.append((k + 3, True))  # "…, during which discussed the two sides…"
                elif fronted:
                    starts.append((k + 1, True))  # "Meanwhile, condemned the League…"
                fronted = False
        for index, lower in starts:
            if index >= len(words_):
                continue
            end = word_order.verb_first(words_, index, prose[words_[index][1]:sentence.end], lower)
            if end is None and not lower:
                end = word_order.passive_first(words_, index)
            if end is not None:
                start = words_[index - 1][0] if lower and words_[index - 1][2] == "and" else words_[index][0]
                verb = prose[words_[index][0]:words_[end - 1][1]]
                yield self.finding(doc, start, words_[end - 1][1],
                                   f"Verb-first clause (Arabic word order): put the subject before \"{verb}\".")

    def _listed(self, doc, sentence, anded=True, may_open=True):
        """Verb-first clauses opened by a listed verb (data/syntax.toml); after ", and" only
        when `anded` (the sentence has such a clause); at the sentence start only when `may_open`
        (its first word is one `pattern` can open with)."""
        prose = doc.prose
        starts = [sentence.start]
        dateline = _has_dash(sentence.text) and _DATELINE.match(prose, sentence.start, sentence.end)
        if dateline:
            starts.append(dateline.end())
        for position in starts:
            verb = (self._verb_at(prose, position, sentence.end, after_dateline=position != sentence.start)
                    if may_open or position != sentence.start else None)
            if verb:
                yield self.finding(doc, verb[0], verb[1],
                                   f"Verb-first clause (Arabic word order): put the subject before \"{prose[verb[2]:verb[1]]}\".")
                break
        else:
            fronted = _FRONTED.match(prose, starts[-1], sentence.end)
            verb = self._after_fronted(prose, fronted.end(), sentence.end) if fronted else None
            if verb:
                yield self.finding(doc, verb.start(1), verb.end(1),
                                   f"Verb-first clause (Arabic word order): put the subject before \"{verb.group(1)}\".")
                return
            if anded:
                yield from self._inner_clauses(doc, sentence)

    def _verb_at(self, prose, position, end, after_dateline):
        """(start, end, verb start) of a verb-first clause opening at `position`, if any."""
        match = self.pattern.match(prose, position, end)
        if not match:
            return None
        verb = match.group(1)
        opener = match.start(1) > match.start()
        following = prose[match.end(1):match.end()].strip()
        phrasal = following.split()[0].lower() in ("out", "off") and len(following.split()) > 1
        if phrasal:  # "Broke out a fire in…", "Kicked off the talks…": the particle, then the subject
            following = following.split(None, 1)[1]
            if _PARTICIPLE_TAIL.search(prose, match.end(), end):
                return None  # "Kicked off the season with a win, the team…"
        if not opener and verb.lower() not in self.listed_verbs and not phrasal:
            # any past verb at the very start, when "the" + its subject follows and no
            # participial opener's comma + subject does: "Chaired the minister a meeting",
            # "Fell the dinar…" (not "Armed men stormed…", "Asked the reason, he said…")
            if following != "the" or _PARTICIPLE_TAIL.search(prose, match.end(), end) or verb[:1].islower():
                return None
        if not opener and verb[:1].islower():
            return None
        if not opener and verb.lower() == "said" and following[:1].isupper():
            return None  # "Said al-Masri…", "Said Ahmed, a fisherman": a name, not a verb
        if opener and not verb[:1].islower():
            return None  # "And Said…"
        if not opener and verb.lower() in _NAMING_VERBS and _PARTICIPLE_TAIL.search(prose, match.end(), end):
            return None  # "Called the Pearl of the Gulf, the city…": a participial opener
        return match.start(), match.end(1), match.start(1)

    def _after_fronted(self, prose, position, end):
        """A listed verb right after a fronted time or place and its comma, then an agent:
        "On Sunday, announced the ministry…", "In a statement, said the army that…"."""
        return self.inner_pattern.match(prose, position, end) if prose[position:position + 1].islower() else None

    def _inner_clauses(self, doc, sentence):
        prose = doc.prose
        for clause in _AND_CLAUSE.finditer(prose, sentence.start, sentence.end):
            if _in_quotes(prose, clause.start(), sentence.start):
                continue
            match = self.inner_pattern.match(prose, clause.end(), sentence.end) or self.call_pattern.match(
                prose, clause.end(), sentence.end)
            if match and (_SUBJECT_CUE.match(prose, match.end(), sentence.end) or match.re is self.call_pattern or (
                    match.group(1).lower() in _ANNOUNCE and _OBJECT_AFTER.match(prose, match.end(), sentence.end))):
                start = clause.start() + 1 + (len(prose[clause.start() + 1:clause.end()]) - len(prose[clause.start() + 1:clause.end()].lstrip()))
                yield self.finding(doc, start, match.end(1),
                                   f"Verb-first clause (Arabic word order): put the subject before \"{match.group(1)}\".")


_OPENING_WORD = regexes.compile(r"[\"“‘'(]?([A-Z][a-z]{1,20})\b")
_AFTER_COMMA = regexes.compile(r"[,;][ \t]+(?:(?:and|where|when|whereby|(?:during|in)[ \t]+which)[ \t]+)?([a-z]{2,20})"
                          r"[ \t]+(?:the|a|an|[A-Z]|several|dozens|hundreds|thousands|\d|[a-z]{2,20}[ \t]+(?:the|a|an|[A-Z]))")
_DASH = regexes.compile(r"(?: - | – | — | -- |\t- )([A-Z][a-z]{1,20})\b")  # a dateline's dash, then a word
# _AFTER_COMMA and _DASH as patterns that each open with a literal (a scan for a literal is
# fast; one for a class, such as the spaces that open _DASH, tries every character): together
# they find the same words (no match of one can overlap a match of another)
_AFTER_COMMAS = tuple(regexes.compile(re.escape(mark) + _AFTER_COMMA.pattern[len("[,;]"):]) for mark in ",;")
_DASH_OPENINGS = (" - ", " – ", " — ", " -- ", "\t- ")
_DASHES = tuple(regexes.compile(re.escape(dash) + _DASH.pattern[_DASH.pattern.index(")") + 1:]) for dash in _DASH_OPENINGS)
expect(_DASH_OPENINGS)  # (each of _DASHES tried only where its dash is: scan.at_literals)


# Sentence adverbs that may stand before a verb-first clause with no comma ("Also met the envoy…").
_OPENERS = frozenset({"And", "Also", "Then", "Meanwhile", "Moreover", "Furthermore", "Likewise", "Similarly"})
_OPENER_WORDS = frozenset(w.lower() for w in _OPENERS)
_SUBORDINATORS = frozenset({"that", "after", "when", "since", "because", "while", "until", "before"})


def _and_clause_sentences(doc) -> set[int]:
    """Indices of the sentences with an ", and" clause (_AND_CLAUSE), from one scan of the prose:
    a match within a sentence's bounds is one in the whole prose too (matches cannot overlap)."""
    return {sentence.index for match in _AND_CLAUSE.finditer(doc.prose)
            if (sentence := doc.sentence_at(match.start())) is not None}


def _structural_candidates(doc) -> set[int]:
    """Indices of the sentences with a verb form of the lexicon at a clause start — the
    sentence's first word, after a dateline's dash, after a comma, ", and", ", where", "that",
    "after"… — found by one scan of the prose and set look-ups in the word index, so that
    SYN001's structural pass tokenises only those sentences."""
    prose, sentences = doc.prose, doc.sentences
    starts = [s.start for s in sentences]
    forms = _OPENING_FORMS()
    index = doc.lowered_words
    lowered, offsets = index.words, index.offsets
    found = set()
    # the first word of a sentence (after an opening quote or bracket at most): the word at or
    # right after each start, found by a binary search in the offsets
    first_words = sorted({n for s, n in zip(starts, doc._sentence_words) if n < len(offsets) and offsets[n] <= s + 1})
    for n in first_words:
        if (lowered[n] in forms or (lowered[n] in _OPENER_WORDS and n + 1 < len(lowered) and lowered[n + 1] in forms)
                or (lowered[n] in ("is", "are") and n + 1 < len(lowered) and lowered[n + 1] in word_order.RAISING)) \
                and prose[offsets[n]].isupper():
            found.add(bisect.bisect_right(starts, offsets[n]) - 1)
    dashes = ((dash.finditer(prose) if len(prose) < LONG_TEXT else at_literals(dash, prose, (literal,)))
              for literal, dash in zip(_DASH_OPENINGS, _DASHES))  # (a long text: tried only where the dash is)
    for match in itertools.chain.from_iterable(dashes):  # after a dateline "Sanaa - "
        if match.group(1).lower() in forms or (
                match.group(1) in ("Is", "Are") and prose[match.end(1) : match.end(1) + 12].split()[:1] in _RAISING_FIRST()):
            found.add(bisect.bisect_right(starts, match.start(1)) - 1)  # ("Gaza - Is expected to arrive…")
    for match in (match for comma in _AFTER_COMMAS for match in comma.finditer(prose)):
        if match.group(1) in forms:
            found.add(bisect.bisect_right(starts, match.start(1)) - 1)
    # "that stormed the…": a subordinator, then a verb form
    for n in itertools.compress(range(len(lowered) - 1), map(_SUBORDINATORS.__contains__, lowered)):
        if lowered[n + 1] in forms and prose[offsets[n + 1]].islower():
            found.add(bisect.bisect_right(starts, offsets[n + 1]) - 1)
    return found


@lru_cache(maxsize=1)
def _RAISING_FIRST() -> list[list[str]]:
    """Each participle of an expected event as a one-word list (the first word after "Is"/"Are")."""
    return [[w] for w in sorted(word_order.RAISING)]


@lru_cache(maxsize=1)
def _OPENING_FORMS() -> frozenset[str]:
    """The lexicon's verb forms and "was"/"were" (a passive put first)."""
    return verbs.forms() | {"was", "were"}


_WORD_BEFORE = regexes.compile(r"(?<![\w'’-])([\w'’-]+)[ \t]+$")  # a word start only: linear
_NOT_NOUNS = frozenset({"most", "more", "less", "least", "very", "first", "second", "third", "last", "next", "only",
                        "average", "typical", "ordinary", "young", "old", "new", "same", "other", "former", "late",
                        "great", "true", "real", "good", "proud", "whole", "entire", "best", "top", "leading"})
_REGIONAL = frozenset({"Arab", "Islamic", "African", "European", "Gulf", "Kurdish", "Maghreb"})
_NEXT_WORD = regexes.compile(r"\s*([\w'’-]+)")
_FUNCTION_WORDS = frozenset(
    "in into on at from to of and or with near that which who the a an for by as is are was were "
    "has have had said says will would also has said announced".split())


# "a delegation ministerial…": determiner, an optional adjective, a noun, right before the adjective.
_DET_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([Tt]he|[Aa]n?)[ \t]{1,3}(?:([a-z]{3,20})[ \t]{1,3})?([a-z]{3,20})[ \t]{1,3}$")
_AFTER_POSTPOSED = re.compile(r"(?:[ \t]{0,3}[,.;:)]|[ \t]{1,3}([\w-]{1,30}))")
_POSTPOSED_FOLLOWERS = frozenset({"from", "because", "due", "and", "or", "was", "were", "is", "are", "has", "had",
                                  "will", "would", "said", "amid", "after", "with"})
# Prepositions that follow a relational adjective put after its noun ("the situation humanitarian in
# the camps") but may open the complement of others ("a crisis unprecedented in its history").
_PLACE_FOLLOWERS = frozenset({"in", "at", "on", "of", "between", "during"})
_TAKES_COMPLEMENT = frozenset({"unprecedented", "high-level", "top-level"})
_IN_RESPECT = regexes.compile(r"[ \t]{1,4}(?:nature|scope|character|origin|tone|form|focus|outlook|kind|appearance|style)\b")
_ADJECTIVE_SHAPE = r"[A-Z][a-z]{3,15}(?:al|ic|ary|ive)"


@lru_cache(maxsize=1)
def _nationality_names() -> tuple[str, ...]:
    """The listed nationalities and those generated from country names (mtqa/word_order.py)."""
    return tuple(sorted(set(words()["nationalities"]) | (word_order.nationalities() - {"English"})))


# "the agency KUNA reported" (وكالة كونا): the agency's name after the noun, as Arabic puts it.
_AGENCY_NAME = regexes.compile(
    r"([Tt]he)[ \t]+agency[ \t]+([A-Z]{2,8}|[A-Z][a-z]{2,12})\b(?![ \t]+[A-Z])(?!['’-])"
    r"(?=[ \t]*[,.;:]|[ \t]+(?:reported|said|says|quoted|published|announced|cited|added|stated|carried|that)\b)")


@lru_cache(maxsize=1)
def _nationality_names_set() -> frozenset[str]:
    return frozenset(_nationality_names())


@lru_cache(maxsize=1)
def _present_exempt() -> frozenset[str]:
    """Present forms SYN004 never reports (data/syntax.toml), as a set built once."""
    return frozenset(words()["present_exempt"])


@lru_cache(maxsize=1)
def _postposed_adjective_set() -> frozenset[str]:
    return frozenset(word_order.classes()["postposed_adjectives"])


# Titles English writes with "General" after them: "the Office of the Attorney General".
_GENERAL_TITLES = frozenset({"Attorney", "Secretary", "Director", "Inspector", "Consul", "Governor", "Surgeon",
                             "Solicitor", "Postmaster", "Auditor", "Accountant", "Advocate", "Commissioner",
                             "Prosecutor", "Adjutant", "Quartermaster", "Registrar", "Receiver"})


@register
class ReversedAdjectiveOrder(Rule):
    id = "SYN003"
    local = True  # its findings on a paragraph depend on that paragraph alone
    needs = ("averaged_perceptron_tagger_eng",)
    name = "reversed-adjective-order"
    category = "fluency/grammar"
    severity = Severity.MAJOR
    explanation = (
        "Arabic puts adjectives after the noun (وزارة الداخلية الليبية, ministry-the-interior-the-"
        "Libyan); word-by-word MT yields \"the Ministry Libyan Interior\". English puts the "
        "nationality and the department first: \"the Libyan Interior Ministry\". Any institution "
        "or title head (Ministry, Council, Commission, League, Union, Minister…) followed by one to "
        "four capitalised adjectives (a nationality, Supreme, High, Independent, General…) is "
        "reported, as are a postposed adjective after a plural noun (\"gangs terrorist\") and a "
        "general adjective after a nationality (\"the Iraqi relevant authorities\"). Real names "
        "of that shape (\"Army National Guard\") are listed as exceptions in data/syntax.toml. A head + "
        "\"of\" + its complement + the adjectives that close the name (\"the Organization of Health "
        "World\", \"the Forces of Support Rapid\") is reported when a lower-case word or a mark follows: "
        "English names of that shape end in a noun (\"the Council of Arab Economic Unity\")."
    )
    bad = (
        "Security services of ⟦the Ministry Libyan Interior→the Libyan Interior Ministry⟧ arrested him.",
        "⟦The Ministry Iraqi Defense→The Iraqi Defense Ministry⟧ denied the report.",
        "⟦The Council Supreme Military→The Supreme Military Council⟧ met on Monday.",
        "The envoy praised the role of ⟦the League Arab→the Arab League⟧ in the talks.",
        "⟦The Federation General Moroccan for Labour→The Moroccan General Federation for Labour⟧ called a strike.",
        "Troops pursued the ⟦gangs terrorist→terrorist gangs⟧ into the hills.",
        "He thanked ⟦the Iraqi relevant authorities→the relevant Iraqi authorities⟧ for their help.",
        "⟦The talks Egyptian→The Egyptian talks⟧ ended without a deal.",
        "Officers joined ⟦the drills Jordanian-French→the Jordanian-French drills⟧ on Monday.",
        "The army held ⟦the exercises Saudi-Egyptian→the Saudi-Egyptian exercises⟧ Desert Shield near Tabuk.",
        "The plan is paid for by ⟦donors international→international donors⟧.",
        "Fuel was sent to the ⟦clinics public→public clinics⟧ in the south.",
        "⟦The Ministry of Health Iraqi→The Iraqi Ministry of Health⟧ said the toll rose.",
        "He met ⟦the President Palestinian→the Palestinian President⟧ Mahmoud Abbas in Ramallah.",
        "⟦The Ambassador Saudi→The Saudi Ambassador⟧ to Lebanon visited the ministry.",
        "⟦The Parliament Iraqi→The Iraqi Parliament⟧ voted on the budget.",
        "⟦The forces Somali→The Somali forces⟧ regained the town.",
        "⟦The army chief Bangladeshi→The Bangladeshi army chief⟧ arrived in Juba.",
        "⟦The Sovereign Council Sudanese→The Sudanese Sovereign Council⟧ met on Wednesday.",
        "⟦The Council of Ministers Lebanese→The Lebanese Council of Ministers⟧ approves the plan.",
        "⟦The Council Provincial of Kirkuk→The Provincial Council of Kirkuk⟧ held a session.",
        "⟦A delegation ministerial high-level⟧ will visit Khartoum.",
        "The town faces ⟦a crisis humanitarian⟧ after the floods.",
        "They signed ⟦an agreement economic⟧, the ministry said.",
        "⟦The Council of Security National→The National Security Council⟧ met on Sunday.",
        "Fighters of ⟦the Forces of Support Rapid→the Rapid Support Forces⟧ attacked the town.",
        "He met ⟦the minister Iraqi→the Iraqi minister⟧ Fuad Hussein in Baghdad.",
        "The head of ⟦the government Tunisian→the Tunisian government⟧ Ahmed Hachani opened the fair.",
    )
    good = (
        "The Libyan Interior Ministry arrested him.",
        "The Ministry of Interior of Libya denied the report.",
        "The Army Syrian units withdrew",  # no department after the nationality
        "The Supreme Military Council met on Monday.",
        "The Army National Guard was deployed.",
        "The authorities concerned were told.",
        "The Arab League met in Cairo.",
        "The militias armed by the state withdrew.",
        "An Iraqi official said the talks failed.",
        "The Communist Party Central Committee met in Beijing.",
        "The average Egyptian is paying more for bread.",
        "The most Egyptian of dishes is koshari.",
        "The team Saudi Arabia sent to the games won gold.",
        "He met the referee Egyptian officials had chosen.",
        "An Egyptian, the first Egyptian in space, spoke.",
        "The firm made the results public in May.",
        "Amnesty International said the aid agencies were slow.",
        "President Emmanuel Macron met the envoy.",
        "The Ambassador said Saudi officials would attend.",
        "Team Saudi Arabia won the relay.",
        "The ambassador, a Saudi, spoke first.",
        "He thanked the prime minister Jordanian voters had elected.",
        "The union chief Egyptian workers trust resigned.",
        "The Premier League English clubs agreed a deal.",
        "The rise was unprecedented because of the drought.",
        "The country faces a crisis unprecedented in its history.",
        "The Premier League Egyptian strikers scored twice.",
        "The Army Medical Corps treated the wounded.",
        "The vote made the issue political, critics said.",
        "The Presidential Council met, and the Judicial Council agreed.",
        "The Office of the High Representative said the talks would resume.",
        "The Council of Arab Economic Unity met in Cairo.",
        "The club Egyptian Mohamed Salah joined in 2017 won the league.",
        "The carrier Emirates Airlines cut fares.",
        "The team Saudi National Guard fielded won the cup.",
    )

    @cached_property
    def pattern(self) -> re.Pattern:
        data = words()
        return regexes.compile(
            rf"\b(?:([Tt]he)\s+)?({_alternation(data['reversed_heads'])})\s+({_alternation(_nationality_names())})"
            rf"\s+({_alternation(data['departments'])})\b"
        )

    @cached_property
    def chain(self) -> re.Pattern:
        """Head + one to four capitalised adjectives: "Commission Independent High", "League Arab"."""
        data = words()
        adjectives = _alternation([*_nationality_names(), *data["institution_adjectives"]])
        adjectives += "|" + _ADJECTIVE_SHAPE  # "Provincial", "Ministerial": adjectives by their ending
        return regexes.compile(
            rf"\b(?:([Tt]he)\s+)?({_alternation(data['institution_heads'])})((?:\s+(?:{adjectives})(?![\w'’-])){{1,4}})"
            rf"(\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*|\s+[A-Z][a-z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][a-z][\w'’-]*){{0,2}})?")

    @cached_property
    def of_chain(self) -> re.Pattern:
        """Head + "of" + its complement + one to three listed adjectives that close the name:
        "the Council of Security National", "the Organization of Health World", "the Forces of
        Support Rapid". An English name of that shape ends in a noun ("the Council of Arab
        Economic Unity"), so a lower-case word or a mark must follow the adjectives."""
        data = words()
        adjectives = _alternation([*_nationality_names(), *data["institution_adjectives"], *data["of_chain_adjectives"]])
        return regexes.compile(
            rf"\b(?:([Tt]he)[ \t]+)?({_alternation(data['institution_heads'])})[ \t]+of[ \t]+(?:the[ \t]+)?"
            rf"([A-Z][a-z]{{2,20}}(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]{{2,20}})??)"
            rf"((?:[ \t]+(?:{adjectives})(?![\w'’-])){{1,3}})(?=[ \t]*[,.;:)]|[ \t]*$|[ \t]+[a-z])")

    @cached_property
    def lowercase(self) -> re.Pattern:
        """"gangs terrorist" (noun + postposed adjective), "Iraqi relevant authorities"."""
        data = words()
        return regexes.compile(
            rf"\b({_alternation(data['postposed_nouns'])})\s+({_alternation(data['postposed_adjectives'])})"
            rf"(?=\s*[,.;:)]|\s*$|\s+(?:in|into|on|at|from|to|of|and|or|with|near|that|which|who|the|a|an|across|inside|outside|after|before|since|during|is|are|was|were|have|has|had)\b|\s+(?:{_alternation(_nationality_names())})\b)"
            rf"|\b(?:([Tt]he)\s+)?({_alternation(_nationality_names())})\s+({_alternation(data['general_adjectives'])})"
            rf"\s+(authorities|bodies|agencies|sides|parties|institutions|departments|services|circles|sources|organs|entities|ministries)\b")

    @cached_property
    def postposed_nationality(self) -> re.Pattern:
        """"the talks Egyptian", "the Ministry of Health Iraqi": a nationality after the noun
        it describes, with nothing after it that it could describe instead."""
        data = words()
        nationality = _alternation(_nationality_names())
        return regexes.compile(
            rf"([Tt]he)[ \t]+([a-z]{{3,20}}(?:[ \t][a-z]{{3,20}})?|[A-Z][a-z]{{2,20}}[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]{{2,20}}"
            rf"|[A-Z][a-z]{{2,20}}[ \t]+(?:{_alternation(data['institution_heads'])}))"
            rf"[ \t]+((?:{nationality})-(?:{nationality})(?![\w'’-])|(?:{nationality})(?![\w'’-])"
            rf"(?=[ \t]*[,.;:)]|[ \t]*$|[ \t]+(?:in|on|at|from|to|for|with|and|or|that|which|who|during|after|near|"
            rf"inside|outside|across|along|within|under|between|"
            rf"before|since|is|are|was|were|has|have|had|said|ended|began|met|announced|withdrew|left|took|struck|"
            rf"fought|fled|came|went|made|gave|sent|won|lost|fell|rose|held|[a-z]+ed|(?P<verb_s>[a-z]{{2,20}}s))\b"
            rf"|[ \t]+(?!{_NOT_A_GIVEN_NAME})(?P<named>[A-Z][a-z]{{1,20}})[ \t]+(?:(?:al|el|bin|ben|abu|abdel|abdul)[- \t])?[A-Z][a-z]))")

    @cached_property
    def title(self) -> re.Pattern:
        """A title with its nationality after it: "the President Palestinian Mahmoud Abbas",
        "the Ambassador Saudi to Lebanon" (data/word_order.toml)."""
        titles = _alternation(word_order.classes()["title_heads"])
        return regexes.compile(
            rf"(?:([Tt]he)[ \t]+)?({titles})[ \t]+({_alternation(_nationality_names())})(?![\w'’-])"
            rf"(?=[ \t]+(?:[A-Z][a-z]|to\b|in\b|at\b|on\b|and\b|said\b|[a-z]+ed\b)|[ \t]*[,.;:)])")

    @cached_property
    def keys(self) -> tuple[frozenset[str], frozenset[str]]:
        """Lower-cased words where a match can start: capitalised heads; lower-case nouns and
        nationalities (the third pattern)."""
        data = words()
        heads = frozenset(w.lower() for w in [*data["reversed_heads"], *data["institution_heads"]])
        heads |= frozenset(t.split()[0].lower() for t in word_order.classes()["title_heads"])
        lower = frozenset(w.lower() for w in [*data["postposed_nouns"], *_nationality_names()])
        return heads, lower

    @cached_property
    def nationality_starts(self) -> frozenset[str] | None:
        """The first run of letters of each nationality, lower-cased (None when one does not
        start with a letter)."""
        starts = set()
        for nationality in _nationality_names():
            run = LETTERS.match(nationality)
            if not run or run.start():
                return None
            starts.add(run.group().lower())
        return frozenset(starts)

    @staticmethod
    def _hits(doc, keys, near=None, hits=None) -> list[int]:
        """Indices in doc.lowered_words of the words in `keys` (among `hits` when given); with
        `near`, only those with one of these words among the five after them."""
        lowered_words = doc.lowered_words.words
        if hits is None:
            hits = itertools.compress(range(len(lowered_words)), map(keys.__contains__, lowered_words))  # C-level filter
        else:
            hits = [n for n in hits if lowered_words[n] in keys]
        if near is None:
            return list(hits)
        return [n for n in hits if not near.isdisjoint(lowered_words[n + 1 : n + 6])]

    def _matches_at(self, doc, pattern, hits, capitalised):
        """Matches of `pattern` at the words `hits` (_hits; with "the" before them when present),
        leftmost first, not overlapping: the words are looked up instead of scanning the text."""
        prose, last = doc.prose, -1
        offsets = doc.lowered_words.offsets
        for n in hits:
            offset = offsets[n]
            if offset < last or (capitalised and not prose[offset].isupper()):
                continue
            match = None
            if offset >= 4 and prose[offset - 4 : offset - 1] in ("the", "The") and prose[offset - 1] == " ":
                match = pattern.match(prose, offset - 4)
            match = match or pattern.match(prose, offset)
            if match and match.start() >= last:
                last = match.end()
                yield match

    def _postposed_adjectives(self, doc, hits=None):
        """"a delegation ministerial high-level", "a crisis unprecedented because…": a relational
        adjective after a singular noun (data/word_order.toml), then another adjective, a
        punctuation mark or a word that cannot take it as a complement."""
        adjectives = _postposed_adjective_set()
        prose, index = doc.prose, doc.lowered_words
        for n in self._hits(doc, adjectives, hits=hits):
            offset = index.offsets[n]
            word = index.words[n]
            if not prose.startswith(word, offset):
                continue  # capitalised: a name ("the Presidential Council")
            before = _DET_NOUN_BEFORE.search(prose, max(0, offset - 60), offset)
            after = _AFTER_POSTPOSED.match(prose, offset + len(word))
            if not before or not after:
                continue
            nxt = after.group(1) or ""
            place = nxt.lower() in _PLACE_FOLLOWERS and word not in _TAKES_COMPLEMENT
            if nxt and nxt.lower() not in adjectives and not nxt.endswith("-level") and nxt.lower() not in _POSTPOSED_FOLLOWERS \
                    and not verbs.past_base(nxt) and not place:
                continue
            article, modifier, noun = before.groups()
            verb = _WORD_BEFORE.search(prose, max(0, before.start() - 30), before.start())
            two_object = word_order.classes()["two_object_verbs"]
            if verb and ((verbs.past_base(verb.group(1)) or verbs.present_base(verb.group(1)) or verbs.is_base(verb.group(1)))
                         in two_object or verb.group(1).lower() in two_object):
                continue  # "made the situation political": an object and its complement
            if nxt.lower() == "in" and _IN_RESPECT.match(prose, after.end(1)):
                continue  # "military in nature": an adjective with its complement
            if noun in _FUNCTION_WORDS or noun in _NOT_NOUNS or (modifier and modifier in _FUNCTION_WORDS):
                continue
            tags = pos_tag([article.lower(), *([modifier] if modifier else []), noun, word])
            if tags[-2] not in ("NN", "NNS") or (modifier and tags[1] not in ("JJ", "NN")):
                continue
            end = offset + len(word)
            if nxt.lower() in adjectives or nxt.endswith("-level"):
                end = after.end(1)
            yield self.finding(doc, before.start(), end, "Reversed word order (Arabic adjective after the noun).")

    def _of_chains(self, doc, head_hits, taken, listed):
        """The of_chain matches whose complement is a noun, not an adjective ("the Office of the
        High Representative") nor the first half of a title ("the Attorney General")."""
        for match in self._matches_at(doc, self.of_chain, head_hits, True):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            article, head, complement, chain = match.groups()
            adjectives = chain.split()
            parts = complement.split()
            if any(p in listed for p in parts) or (adjectives[0] == "General" and parts[-1] in _GENERAL_TITLES):
                continue
            if all(a in _nationality_names_set() for a in adjectives):
                continue  # "the Ministry of Health Iraqi": the postposed-nationality pattern's
            before = _WORD_BEFORE.search(doc.prose, max(0, match.start() - 40), match.start())
            if match.group(1) is None and before and before.group(1)[:1].isupper() and before.group(1) not in ("The", "A"):
                continue  # the head ends a longer name
            nationalities = [a for a in adjectives if a in _nationality_names_set()]
            order = nationalities + [a for a in adjectives if a not in nationalities]
            fixed = " ".join(order + [complement, head])
            if article:
                fixed = f"{article} {fixed}"
            taken.append(match.span())
            yield self.finding(doc, match.start(), match.end(),
                               "Reversed word order (Arabic adjective after the noun).", [fixed])

    @cached_property
    def _word_sets(self):
        """The word sets check() looks words up in (built once, not once per document)."""
        data = words()
        nationalities = _nationality_names_set()
        listed = nationalities | frozenset(data["institution_adjectives"])
        heads, lower = self.keys
        wanted = heads | lower | _postposed_adjective_set() | {"the", "agency"}
        of_chain_listed = listed | frozenset(data["of_chain_adjectives"])
        return nationalities, listed, tuple(data["reversed_exceptions"]), heads, lower, wanted, of_chain_listed

    def check(self, doc, ctx):
        nationalities, listed, exceptions, heads, lower, wanted, of_chain_listed = self._word_sets
        # the places of every word looked up below, from one C-level filter over the words
        hits = list(itertools.compress(range(len(doc.lowered_words.words)), map(wanted.__contains__, doc.lowered_words.words)))
        head_hits = self._hits(doc, heads, hits=hits)
        taken: list[tuple[int, int]] = []
        for match in self._matches_at(doc, self.pattern, head_hits, True):
            article, head, nationality, department = match.groups()
            fixed = f"{nationality} {department} {head}"
            if article:
                fixed = f"{article} {fixed}"
            taken.append(match.span())
            yield self.finding(doc, match.start(), match.end(),
                               "Reversed word order (Arabic adjective after the noun).", [fixed])
        for match in self._matches_at(doc, self.chain, head_hits, True):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            before = _WORD_BEFORE.search(doc.prose, max(0, match.start() - 40), match.start())
            if match.group(1) is None and before and before.group(1)[:1].isupper() and before.group(1) not in ("The", "A"):
                continue  # "the Communist Party Central Committee": the head ends a longer name
            article, head, chain, rest = match.groups()
            adjectives = chain.split()
            rest = (rest or "").strip()
            named = f"{head} {chain.strip()} {rest}".strip()
            if named.startswith(exceptions) or rest.split(" ")[:1] == [head]:
                continue
            national = [a for a in adjectives if a in nationalities or a in _REGIONAL]
            if any(a not in listed for a in adjectives) and not rest.startswith(("for ", "of ")):
                continue  # an adjective known by its ending only: "the Army Medical Corps" is a name
            if not rest:
                following = _NEXT_WORD.match(doc.prose, match.end())
                word = following.group(1) if following else ""
                if (len(adjectives) == 1 and word[:1].islower() and word not in _FUNCTION_WORDS
                        and not verbs.past_base(word)):
                    continue  # "the Army Syrian units": the adjective may belong to the next noun
                if not (national or len(adjectives) >= 2):
                    continue
            order = national + [a for a in adjectives if a not in national]
            if rest.startswith(("for ", "of ")):
                fixed = " ".join(order + [head, rest])
            else:
                fixed = " ".join(order + ([rest] if rest else []) + [head])
            if article:
                fixed = f"{article} {fixed}"
            yield self.finding(doc, match.start(), match.end(),
                               "Reversed word order (Arabic adjective after the noun).", [fixed])
        yield from self._of_chains(doc, head_hits, taken, of_chain_listed)
        for match in self._matches_at(doc, self.title, head_hits, True):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            before = _WORD_BEFORE.search(doc.prose, max(0, match.start() - 40), match.start())
            if match.group(1) is None and before and before.group(1)[:1].isupper() and before.group(1) not in ("The", "A"):
                continue  # the title ends a longer name
            article, head, nationality = match.groups()
            taken.append(match.span())
            fixed = f"{article} {nationality} {head}" if article else f"{nationality} {head}"
            yield self.finding(doc, match.start(), match.end(),
                               "Reversed word order (Arabic adjective after the noun).", [fixed])
        # "the" + a noun (or "Minister of (the) Health") + a nationality: the nationality's first
        # word is among the five words after a "the" (one after, when the match starts at a "the" before it)
        the = self._hits(doc, frozenset({"the"}), self.nationality_starts, hits)
        for match in self._matches_at(doc, self.postposed_nationality, the, False):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            article, noun, nationality = match.group(1, 2, 3)
            if match.group("verb_s") and not verbs.present_base(match.group("verb_s")):
                continue  # "the Premier League Egyptian strikers": the nationality goes with the next noun
            if match.group("named") and noun.split()[-1].lower() not in _ROLE_NOUNS:
                continue  # "the club Egyptian Mohamed Salah joined": a name in apposition to a person's role only
            if noun[:1].islower():
                nouns = noun.split()
                if any(n in _FUNCTION_WORDS or n in _NOT_NOUNS or n.endswith("ly") or verbs.past_base(n) for n in nouns):
                    continue
                if any(tag not in ("NN", "NNS") for tag in pos_tag([article.lower(), *nouns, nationality])[1:-1]):
                    continue  # "the average Egyptian": an adjective before a nationality used as a noun
            taken.append(match.span())
            yield self.finding(doc, match.start(), match.end(),
                               "Reversed word order (Arabic adjective after the noun).",
                               [f"{article} {nationality} {noun}"])
        yield from self._postposed_adjectives(doc, hits)
        for match in self._matches_at(doc, _AGENCY_NAME, self._hits(doc, frozenset({"agency"}), hits=hits), False):
            article, name = match.group(1), match.group(2)
            yield self.finding(doc, match.start(), match.end(),
                               "Reversed word order (Arabic apposition): name the agency before the noun.",
                               [f"{article} {name} news agency"])
        for match in self._matches_at(doc, self.lowercase, self._hits(doc, lower, hits=hits), False):
            if match.group(1):
                fixed = f"{match.group(2)} {match.group(1)}"
            else:
                article = f"{match.group(3)} " if match.group(3) else ""
                fixed = f"{article}{match.group(5)} {match.group(4)} {match.group(6)}"
            yield self.finding(doc, match.start(), match.end(),
                               "Reversed word order (Arabic adjective after the noun).", [fixed])


@register
class RedundantReportingVerb(Rule):
    id = "SYN002"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "doubled-reporting-verb"
    category = "style/awkward"
    severity = Severity.MINOR
    explanation = (
        "Arabic reinforces a reporting verb with a participle (وأضاف قائلا, \"he added, saying\"; "
        "\"he warned, warning\"). In English one verb does the work: \"he added that…\"."
    )
    bad = (
        "The spokesman ⟦added, saying→added⟧ that the army would respond.",
        "He ⟦warned, warning→warned⟧ of a new escalation in the south.",
    )
    good = (
        "The spokesman added that the army would respond.",
        "He issued a statement, saying the army would respond.",
    )

    @cached_property
    def pattern(self) -> re.Pattern:
        items = words()["reporting_verbs"]
        verbs = _alternation(items)
        # lookaheads that fail fast: the first letters of the verbs; a word that ends at a comma
        firsts = "".join(sorted({i[0] for i in items})) if all(i[:1].isalpha() for i in items) else ""
        look = f"(?=[{firsts}])" if firsts else ""
        return regexes.compile(rf"{look}\b({verbs}),?\s+saying\b|\b(?=\w++,)(\w+?)(?:ed|d),\s+(\2)ing\b", re.IGNORECASE)

    def check(self, doc, ctx):
        for match in self._matches(doc.prose):
            if match.group(1):
                verb = match.group(1)
            else:
                verb = match.group(0).split(",")[0]
                if len(match.group(2)) < 3:
                    continue
            yield self.finding(doc, match.start(), match.end(),
                               f"Doubled reporting verb: \"{verb}\" needs no participle after it.", [verb])

    def _matches(self, prose: str):
        """pattern.finditer(prose), tried only where a match can start: before each "saying"
        (at each listed verb's length back) and at each word that ends in "d" + comma + space.
        The first match at or after the previous one's end is the one finditer finds."""
        shapes = self.verb_shapes
        if shapes is None:  # a verb the walk below cannot measure: scan the text
            yield from self.pattern.finditer(prose)
            return
        starts = set()
        for saying in _SAYING.finditer(prose):
            end = _space_before(prose, saying.start())
            if end == saying.start():
                continue  # "saying" needs whitespace before it
            if prose[end - 1 : end] == ",":
                end -= 1
            for parts in shapes:  # the verb's words, from the last: lengths and whitespace runs
                position = end - parts[0]
                for length in parts[1:]:
                    if position <= 0:
                        break
                    before = _space_before(prose, position)
                    position = before - length if before < position else -1
                if position >= 0:
                    starts.add(position)
        for stem in _D_COMMA.finditer(prose):  # "…ed, …ing": the start of the word before the comma
            position = stem.start() - 1  # (the "d")
            while position and (prose[position - 1].isalnum() or prose[position - 1] == "_"):  # \w
                position -= 1
            starts.add(position)
        reached = 0
        for start in sorted(starts):
            if start >= reached and (match := self.pattern.match(prose, start)):
                yield match
                reached = match.end()

    @cached_property
    def verb_shapes(self) -> list[tuple[int, ...]] | None:
        """The lengths of each listed verb's words, last word first (None when a verb has an
        empty word: two spaces in a row, or a space at an end)."""
        shapes = {tuple(len(word) for word in reversed(verb.split(" "))) for verb in words()["reporting_verbs"]}
        return None if any(0 in shape for shape in shapes) else sorted(shapes)


# = "saying" case-insensitively ("ſ" is an "s" so), opening with a set of three letters: scanned
# faster than a case-insensitive literal, which is tried at every character
_SAYING = regexes.compile("[Ssſ](?i:aying)")
_D_COMMA = regexes.compile(r",(?<=[dD],)\s")  # "d, ": written to open with the comma, a literal the scan finds fast


def _space_before(text: str, position: int) -> int:
    """The start of the run of whitespace (\\s) that ends at `position` (`position` if none)."""
    while position and text[position - 1].isspace():
        position -= 1
    return position


@register
class PresentWithPastTime(Rule):
    id = "SYN004"
    needs = ("averaged_perceptron_tagger_eng",)
    name = "present-with-past-time"
    category = "fluency/grammar"
    severity = Severity.MINOR
    explanation = (
        "A present-tense verb governing a past time expression (\"ago\", \"last year\", "
        "\"yesterday\"): Arabic tense is carried by context, and MT often leaves the imperfect as "
        "an English present (\"the council refuse to support the attack more than a year ago\"). "
        "The verb checked is the nearest finite verb before the expression, or after it when the "
        "expression opens the sentence; only those few words are POS-tagged. Stative verbs that "
        "stay true (is, has, remains, lives…), quoted speech, and time expressions used as nouns "
        "(\"events of last year\", \"higher than a year ago\", \"last year's figures\") are left alone. "
        "A sentence that opens with its past time (\"Yesterday,\", \"On Sunday,\", \"Last week,\", "
        "\"In 2019,\" for a year before the current one, \"On March 4,\") is judged on its main verb "
        "(after \"On …,\" a verb of scheduled events such as \"visits\" or \"meets\" counts only "
        "when a past verb elsewhere in the sentence shows the event is over) "
        "and the verbs coordinated with it: a lower-case word ending in -s right after the subject, "
        "tagged as a verb or with a base form in the news-verb list of data/syntax.toml, so that "
        "\"approves\" or \"capsizes\" are found when the tagger takes them for nouns. Habitual "
        "frames (\"Every Monday\"), reported futures (\"said it will\"), headlines and quotations "
        "are left alone. A second pass looks at frames the list does not hold: a weekday between "
        "the subject and a non-scheduled verb (\"The council on Sunday approves\"), a reporting verb "
        "governing a weekday (\"says on Sunday\"), a present verb or passive (\"who arrives … on "
        "Sunday\", \"is shot down … on Monday\") in a sentence whose other verb is past, \"is\" + "
        "-ing or + a percentage, or \"has\" + participle, before a past time (\"is setting the rate last "
        "month\", \"has announced yesterday\"), and an "
        "event verb in -s after \", and\", \", while\" or \"after\" once the main clause is past "
        "(\"closed yesterday…, and the index rises 54 points\"). With the article's own date (--date, "
        "config date, a JSONL record's \"date\", a dateline date), a date before it is a past frame for "
        "any verb (\"visits Rome on 3 March\" in an article of 10 March) and a date after it a coming "
        "event that no finding rests on. Three shapes need no time expression next to the verb "
        "(mtqa/tense_shapes.py): a present verb right before the phrase of the statement or meeting "
        "it was made in, when that phrase carries a past time (\"condemns in a statement issued last "
        "Thursday\", \"approves in its session yesterday\"); a simple present as the only finite verb "
        "of a clause closed by \"since\" + a point in time (\"rises to 12,000 since the start of\", "
        "\"is closed since last Friday\" → present perfect; not after a superlative, \"first\" or \"up\"); "
        "a verb of changing quantity (rises, climbs, reaches…) + a figure under a past reporting verb "
        "(\"said the number of cases rises to 400\"; not habits or conditions: \"every year\", \"if\"), or of "
        "an event over in a moment with its object (\"said it arrests 20 suspects\"). A passive present "
        "(\"is\"/\"are\" + an event participle, not a state such as \"closed\" or \"wanted\") a few words "
        "before a past time (\"are killed yesterday\") is reported too, and so is the next step of an event "
        "told in the past: a sentence with no time of its own right after one with a past time and a "
        "past verb, opening with a short subject and a verb of a single event (meets, discusses, kills, "
        "stresses; not of states or habits such as \"holds\", \"receives\", \"meets every month\"): "
        "\"He arrived in Cairo on Sunday. He meets President Sisi…\". An opening phrase up to its comma "
        "that holds a past time (\"During his visit to Cairo yesterday,\") frames the main verb as a "
        "fronted time does. A verb in -s joined by \"and\" to a present already reported shares its "
        "frame and is reported with it (\"denounces … last week the arrests, and demands their "
        "release\"; not a plural noun: \"raids and attacks on\"). A present perfect passive before a "
        "past time (\"has been released yesterday\") and a present perfect in an \"after\" clause of a "
        "past event (\"resumed on Monday, a day after the tribes have announced\") are reported too. "
        "A clause joined to a past event with a new subject (\", and the court orders…\", \", during "
        "which the two sides discuss…\"), an \"after\"/\"when\" clause whose tense breaks the main "
        "clause's (\"signed him after he spends two seasons\", \"qualifies … after it beat\") and a relative "
        "clause telling one act of the event (\"arrested the driver who hits a pedestrian\") are reported too. "
        "Quoted speech (four words or more) keeps its tenses; a name in quotes does "
        "not, and nothing inside quotes is reported."
    )
    bad = (
        "On Monday, the cabinet ⟦approves→approved⟧ the new budget.",
        "Yesterday, the court ⟦suspends→suspended⟧ the decree and ⟦orders→ordered⟧ a new hearing.",
        "Last week, a migrant boat ⟦capsizes→capsized⟧ off the coast.",
        "In 2019, the company ⟦carries→carried⟧ out its first drilling.",
        "The notables and the council ⟦refuse→refused⟧ to support the attack more than a year ago.",
        "The ministry ⟦announces→announced⟧ the closure of the crossing two days ago.",
        "Last year, the union ⟦refuses→refused⟧ to take part in the dialogue.",
        "Residents ⟦oppose→opposed⟧ the deployment two years ago, but the town was calm.",
        "Egypt and Jordan ⟦sign→signed⟧ three trade deals last year.",
        "The ministry ⟦signs→signed⟧ the gas deal in March 2019 after long talks.",
        "The central bank yesterday ⟦raises→raised⟧ its main rate by half a point.",
        "The navy last week ⟦intercepts→intercepted⟧ a boat carrying weapons.",
        "The new museum in the old town ⟦opens→opened⟧ yesterday with a concert.",
        "The federal council on Tuesday ⟦approves→approved⟧ changes to the pension law.",
        "The rebel leader Ali Omar ⟦says→said⟧ on Monday that the north will not surrender.",
        "The king received the envoy, who ⟦arrives→arrived⟧ in the capital on Sunday for talks.",
        "The army said a drone ⟦is→was⟧ shot down near the border on Thursday.",
        "The central bank ⟦is→was⟧ setting the reference rate at 38 dinars last month.",
        "The bank said that inflation ⟦is→was⟧ 3.4 percent in the previous month.",
        "The bourse ended yesterday higher, and the main index ⟦rises→rose⟧ 40 points.",
        "The ministry launched a vaccination drive after the outbreak ⟦kills→killed⟧ 40 children.",
        "The ministry ⟦has announced→announced⟧ yesterday the closure of the crossing.",
        "The ministry ⟦rejects→rejected⟧ on Sunday a request by the union.",
        "The port company ⟦signs→signed⟧ on Tuesday an agreement to expand the terminal.",
        "The Council of Ministers Egyptian ⟦approves→approved⟧ yesterday a plan for the railways.",
        "Mosul - Yesterday, the provincial council ⟦opens→opened⟧ a new market in the old city.",
        "On Tuesday, the emirate ⟦signs→signed⟧ a deal with Japan to build a desalination plant.",
        "On Sunday, the prime minister ⟦chairs→chaired⟧ a meeting of the security cabinet.",
        "On Thursday, the crown prince ⟦receives→received⟧ the credentials of five ambassadors.",
        "Last month, the security services ⟦seize→seized⟧ a truck loaded with weapons.",
        "Two days ago, the protesters ⟦block→blocked⟧ the coastal road and ⟦burn→burned⟧ tyres.",
        "The Armed Forces ⟦announce→announced⟧ on Sunday that they downed a drone.",
        "The militias ⟦shell→shelled⟧ yesterday the outskirts of the town.",
        "The ministry ⟦announces→announced⟧ on the 12th of March the start of the harvest.",
        "Earlier on Sunday, the navy ⟦intercepts→intercepted⟧ a boat carrying 40 migrants.",
        "The port authority ⟦reopens→reopened⟧ on 3 May the berths damaged by the storm.",
        "The minister ⟦inspects→inspected⟧ on Tuesday the damaged dam and orders repairs.",
        "The delegation ⟦tours→toured⟧ the old city on Saturday after it arrived on Friday.",
        "The prime minister ⟦chairs→chaired⟧ yesterday a cabinet meeting on prices.",
        "The teachers' union ⟦rejects→rejected⟧ in a statement issued on Monday the new pay scale.",
        "The number of returnees ⟦rises→has risen⟧ to 5,000 since the start of the year.",
        "The road ⟦is closed→has been closed⟧ since last Friday because of the floods.",
        "The ministry said on Sunday that the price of fuel ⟦increases→increased⟧ by 10 percent.",
        "Police said they ⟦seize→seized⟧ a truck loaded with cigarettes near the border.",
        "Four workers ⟦are→were⟧ injured yesterday when a crane fell.",
        "Last April, the company ⟦opens→opened⟧ a second factory near the port.",
    )
    good = (
        "The council refused to support the attack more than a year ago.",
        "The town, which lies on the coast, fell two years ago.",
        "He says the attack began a year ago.",
        "The report covers the events of last year.",
        "Prices are higher than a year ago.",
        "Last year's figures show a rise in exports.",
        "The law passed last year requires new elections.",
        "Every Monday, the council meets in the town hall.",
        "On Monday, the ministry said it will open the bridge.",
        "On Monday, the team faces Arsenal",
        "On Friday, the president visits Paris for talks, his office said.",
        "Yesterday's vote shows the party remains divided.",
        "The study covers deaths in 2019 and 2020.",
        "The plan, adopted in 2019, sets targets for 2030.",
        "The deal signed last week gives farmers more water.",
        "Exports have grown since last year and rises are expected.",
        "The truce agreed yesterday holds for now.",
        "The attacks yesterday killed five people.",
        "Air strikes last week hit the depot.",
        "The president visits Paris on Sunday for talks.",
        "Voting on Sunday ends at 7 pm.",
        "The ministry said the road is closed on Fridays.",
        "The army withdrew on Sunday, and the town remains calm.",
        "The rate is 2.1 percent, down from 2.5 percent last month.",
        "The team won on Saturday, while the league leader faces Arsenal on Sunday.",
        "The ministry reported 20 cases yesterday, and the health agency warns of more.",
        "Kuwait began scheduled power cuts in several areas on Wednesday as temperatures climbed.",
        "The army confirms an attack on Sunday killed two soldiers.",
        "The bridge has been closed since last week.",
        "Prices have risen 5 percent from a year ago.",
        "The ministry launches its campaign on Sunday.",
        "The coach said his players were ready for the league, which begins on August 14.",
        "The ministers arrive on 3 May for the summit.",
        "The two leaders sign the agreement on Tuesday, officials said.",
        "Egyptian farmers yesterday welcomed the decision.",
        "The festival opens on the 12th of March, organisers said.",
        "Last week, the talks ended, and the two sides agreed to meet again.",
        "Yesterday, the players put the cup on display.",
        "Sanaa - The rebels said yesterday that they would attend.",
        "On Friday, the schools resume classes after the holiday.",
        "Two years ago, the brothers founded a bakery that still feeds the town.",
        "Last year, talks between the two sides broke down.",
        "A vendor prepares to open his stall at a market on June 2, 2004 in Fez.",
        "The party won the seat by 12 percentage points in 2016.",
        "Singer quits band after manager pulls out of tour\nThe band said on Monday it would go on.",
        "The union's remarks in a statement issued on Monday drew criticism.",
        "Unemployment reaches its highest level since 2015.",
        "The office said the population grows by 2 percent a year.",
        "Police said they arrest dozens of people every week.",
        "The suspects are wanted by police for a robbery last month.",
    )

    @property
    def adverbial(self) -> re.Pattern:
        return _past_adverbial()

    def check(self, doc, ctx):
        """The findings of _check, less those inside a short quotation ("the talks fail")."""
        findings = self._with_coordinated(doc, self._check(doc, ctx))
        if '"' not in doc.prose and "“" not in doc.prose:
            yield from findings
            return
        quoted = None  # (found at the first finding: a text with none is not searched for quotations)
        for finding in findings:
            if quoted is None:
                quoted = [m.span(1) for m in _quotations(doc.prose)]
            if not any(s <= finding.start < e for s, e in quoted):
                yield finding

    def _with_coordinated(self, doc, findings):
        """The findings, then the verbs in -s coordinated with each by "and" in its sentence
        (tense_shapes.coordinated_echo): "denounces … and calls for…"."""
        findings = list(findings)
        reported = {finding.start for finding in findings}
        yield from findings
        for finding in findings:
            sentence = doc.sentence_at(finding.start)
            if sentence is None or not finding.message.startswith("Present tense"):
                continue
            echo = tense_shapes.coordinated_echo if finding.text.endswith("s") else tense_shapes.coordinated_base_echo
            for start, end, word in echo(doc.prose, sentence.end, finding.end):
                if start not in reported:
                    reported.add(start)
                    yield self.finding(doc, start, end,
                                       f"Present tense \"{word}\" coordinated with a present already in a past frame.",
                                       [Suggestion(past_tense(word) if echo is tense_shapes.coordinated_echo
                                                   else verbs.past(word), False)])

    def _check(self, doc, ctx):
        exempt = _present_exempt()
        article = article_date.of_document(doc, ctx.config)
        keep = len(doc.prose) < KEEP_VIEWS_BELOW  # a record's few tokens and tags stay for the rules after this one
        # Which sentences each pass may report on, by the words they hold, then by the first test the
        # pass makes on their text: most sentences need none of the passes.
        sentences, prose = doc.sentences, doc.prose
        keys = _past_adverbial_words()
        *shaped, timed, on_days, after, later = sentences_with_any(doc, _word_groups())
        timed = None if keys is None else timed  # the sentences that may hold a past time
        weekdays = {i for i in on_days if _ON_WEEKDAY.search(sentences[i].text)}
        later = {i for i in later if _may_count_later(sentences[i].text)}
        if len(prose) < LONG_TEXT:  # (a record: its few sentences' texts tested one by one)
            dated = {i for i, s in enumerate(sentences) if ("19" in s.text or "20" in s.text) and _PAST_DATE.search(s.text)}
            cut = {i for i, s in enumerate(sentences) if _has_dash(s.text) and _after_dateline(s, prose) is not s}
            fronted = {i for i, s in enumerate(sentences) if _may_open_with_frame(s.text)}
            and_steps = {i for i, s in enumerate(sentences) if " and " in s.text and _may_step_after_and(s.text)}
        else:
            dated = {i for i in sentences_with_literals(doc, _YEAR_LITERALS) if _PAST_DATE.search(sentences[i].text)}
            cut = {i for i in sentences_with_literals(doc, _DASH_LITERALS) if _after_dateline(sentences[i], prose) is not sentences[i]}
            fronted = {i for i in _opening_time_sentences(doc) if _may_open_with_frame(sentences[i].text)}
            and_steps = _and_step_sentences(doc)
        steps = {i for i in shaped[3] if i and tense_shapes.may_tell_next_step(sentences[i])}
        linked = {i for i in shaped[4] if tense_shapes.may_link_clause(sentences[i].text)}
        dated_perfect = {i for i in shaped[5] if tense_shapes.may_date_perfect(sentences[i].text)}
        shaped[2] = shaped[2] | {i for i in shaped[6] if tense_shapes.may_report_change(sentences[i].text)}
        shaped_any = shaped[1] | shaped[2] | steps | linked | and_steps | after | cut | dated_perfect  # (the other shapes need a time)
        if timed is None or article is not None:
            candidates = range(len(sentences))  # (every sentence: a date before the article's is tried in each)
        else:
            candidates = sorted(timed | weekdays | later | dated | fronted | shaped_any)
        for index in candidates:
            original = sentences[index]
            before = sentences[index - 1] if index else None
            text = original.text
            sentence = _after_dateline(original, prose) if index in cut else original
            may_be_timed = timed is None or index in timed or index in cut
            on_day = index in weekdays or index in cut
            # the sentence is left as found: tokens and tags this rule made are not kept (a long
            # document would hold every sentence's tokens to the end of the syntax rules)
            had_tokens, had_tags = keep or original._tokens is not None, keep or original._tags is not None
            try:
                if ('"' in text or "“" in text) and _quotes_speech(text):
                    continue  # quoted speech keeps its own tenses (a quoted name does not: the "Wagner" group)
                if not on_day:
                    _weekday_known(sentence.text, None)  # no "on": no search of the sentence for it
                found = list(self._fronted_frame(doc, sentence, article, before)) if index in fronted or index in cut else []
                if found:
                    yield from found
                    continue
                if article is not None and (dated := list(self._before_article_date(doc, sentence, exempt, article))):
                    yield from dated
                    continue
                first = None
                for time in (self.adverbial.finditer(sentence.text) if may_be_timed else ()):
                    if not _is_time(time, sentence.text):
                        continue
                    first = first or time
                    if sentence.text[time.end() : time.end() + 1] in ("'", "’"):
                        continue  # "last year's figures": a noun phrase
                    verb = _governing_present_verb(sentence.tokens, sentence.start + time.start(),
                                                   sentence.start + time.end(), exempt)
                    if verb is not None:
                        yield self.finding(doc, verb.start, verb.end,
                                           f"Present tense \"{verb.text}\" with a past time reference.",
                                           [Suggestion(past_tense(verb.text), False)])
                        break
                else:
                    if (index in later or index in cut) and (found := list(self._relative_later(doc, sentence, before, exempt))):
                        yield from found
                        continue
                    found = list(self._past_date(doc, sentence, exempt, article)) if index in dated or index in cut else []
                    weekday = on_day and _weekday_in(sentence.text) is not None
                    found = found or (list(_narrative_frames(self, doc, sentence, exempt, first, article))
                                      if first or weekday or index in after or index in cut else [])
                    yield from found or (self._shapes(doc, sentence, exempt, shaped, first, before, and_steps)
                                         if first or weekday or index in shaped_any else ())
            finally:
                if not had_tokens:
                    original._tokens = None
                if not had_tags:
                    original._tags = None

    def _relative_later(self, doc, sentence, before, exempt):
        """A present verb governing a time counted from an event told in the past ("…arrived in
        Rome on Sunday and meets the pope the next day", "He was appointed on Monday. He is sworn
        in the following day"): the same test as for "yesterday", once the sentence or the one
        before holds a past verb."""
        text = sentence.text
        for time in _RELATIVE_LATER_ANY.finditer(text):
            if not (tense_shapes.tells_past(sentence, time.start()) or (before is not None and tense_shapes.tells_past(before))):
                return
            verb = _governing_present_verb(sentence.tokens, sentence.start + time.start(), sentence.start + time.end(), exempt)
            if verb is None:
                passive = _present_passive_before(sentence, time.start())
                if passive is None:
                    return
                token, fix = passive
                yield self.finding(doc, token.start, token.end,
                                   f"Present tense \"{token.text}\" with a time counted from a past event.",
                                   [Suggestion(fix, False)])
                return
            yield self.finding(doc, verb.start, verb.end,
                               f"Present tense \"{verb.text}\" with a time counted from a past event.",
                               [Suggestion(past_tense(verb.text), False)])
            return

    def _shapes(self, doc, sentence, exempt, shaped, adverbial, before=None, may_step=None):
        """The shapes of mtqa.tense_shapes, on the sentences that hold their words: a statement
        dated in the past (with a past time or a weekday), "since" + a point in time, a change
        reported in the past."""
        index = sentence.index
        shapes = []
        if index in shaped[0] and (adverbial is not None or _weekday_in(sentence.text)):
            shapes.append(tense_shapes.statement_frame)
        if index in shaped[1]:
            shapes.append(tense_shapes.since_perfect)
        if index in shaped[2]:
            shapes.append(tense_shapes.reported_change)
        if before is not None and index in shaped[3] and tense_shapes.may_tell_next_step(sentence) and (
                tense_shapes.past_narrative(before) or tense_shapes.event_subject_step(sentence, before)):
            shapes.append(tense_shapes.narrative_present)
        if " and " in sentence.text and (may_step is None or index in may_step):
            shapes.append(_past_then_present)
        if ", and " in sentence.text or ", where " in sentence.text or " which " in sentence.text:
            shapes.append(tense_shapes.coordinated_clause)
        if "after " in sentence.text and (" has " in sentence.text or " have " in sentence.text):
            shapes.append(tense_shapes.perfect_after_past)
        if index in shaped[5] and (" has " in sentence.text or " have " in sentence.text):
            shapes.append(tense_shapes.perfect_with_month)
        if "after " in sentence.text or "when " in sentence.text:
            shapes.append(tense_shapes.subordinate_tense)
        if "who " in sentence.text or "which " in sentence.text:
            shapes.append(tense_shapes.relative_event)
        if adverbial is not None or _weekday_in(sentence.text):
            shapes.append(tense_shapes.relative_frame)
        for shape in shapes:
            if (found := shape(sentence, exempt)) is not None:  # (start, end, fix, message)
                start, end, fix, message = found
                yield self.finding(doc, start, end, message, [Suggestion(fix, False)])
                return

    def _before_article_date(self, doc, sentence, exempt, article):
        """A present verb governing a date before the article's own date ("The minister visits
        Paris on 3 March" in an article of 10 March): such a date is as past as "yesterday"."""
        for date in _dates_in(sentence.text):
            if article_date.relation(date.group(0), article) != "past":
                continue
            verb = _governing_present_verb(sentence.tokens, sentence.start + date.start(),
                                           sentence.start + date.end(), exempt)
            between = [t for t in sentence.tokens if verb is not None and verb.end <= t.start < sentence.start + date.start()]
            if verb is not None and len(between) <= _DATE_REACH and _base_of(verb.text.lower()) not in _FORWARD_LOOKING:
                yield self.finding(doc, verb.start, verb.end,
                                   f"Present tense \"{verb.text}\" with a date before the article's own date.",
                                   [Suggestion(past_tense(verb.text), False)])
                return

    def _past_date(self, doc, sentence, exempt, article=None):
        """A date in a year before the current one after the verb ("The ministry signs the
        deal in March 2019"): only a listed news verb counts, since "The study covers deaths in
        2019" is ordinary English."""
        for date in _PAST_DATE.finditer(sentence.text):
            if not _frame_is_past(date.group(0), article):
                continue
            start = sentence.start + date.start()
            before = [t.text for t in sentence.tokens if t.end <= start][-16:]
            plural = [k for k, w in enumerate(before) if k and w.islower() and w in _news_verbs() and w not in _SAME_IN_PAST
                      and before[k - 1].endswith("s") and before[k - 1].lower() not in _NOT_SUBJECTS
                      and _verb_base(before[k - 1].lower()) not in _news_verbs()]
            if not plural and not any(w.endswith("s") and w.islower() and _verb_base(w) in _news_verbs() for w in before):
                continue  # no listed news verb to judge: the tagger is not needed
            verb = _governing_present_verb(sentence.tokens, sentence.start + date.start(),
                                           sentence.start + date.end(), exempt)
            if verb is not None and (
                    (verb.text.lower().endswith("s") and _verb_base(verb.text.lower()) in _news_verbs())
                    or verb.text in {before[k] for k in plural}):
                form = verb.text if verb.text.endswith("s") else verb.text + "s"
                yield self.finding(doc, verb.start, verb.end,
                                   f"Present tense \"{verb.text}\" with a past date.",
                                   [Suggestion(past_tense(form), False)])
                return

    def _fronted_frame(self, doc, sentence, article=None, before=None):
        """A sentence that opens with its past time ("Yesterday,", "On Sunday,", "Last week,",
        "In 2019,", "On March 4,"; or a time counted from the event of a sentence told in the past
        before it: "Two days later,", "The next morning,") and then puts its main verb, and any
        verb coordinated with it, in the present: "On Sunday, the cabinet approves the budget and sets…"."""
        frame = _fronted_past_frame().match(sentence.text) or _past_intro(sentence.text)
        if not frame and before is not None and (later := _RELATIVE_LATER_FRONT.match(sentence.text)):
            frame = later if tense_shapes.tells_past(before) else None
        if not frame or not _frame_is_past(frame.group(0), article):
            return
        before_article = article_date.relation(frame.group(0), article) == "past"
        text = sentence.text.rstrip()
        if not text.endswith((".", "!", "”", '"', "’", "'", ")")):
            return  # a headline
        tokens = [t for t in sentence.tokens if t.start >= sentence.start + frame.end()]
        window = tokens[:28]
        for token in window[:16]:  # the search below by its words: a past form ends it, a present form goes on
            if token.text.lower() in _PAST_OR_FUTURE:
                return
            if (_present_form(token.text) or (token.text in _news_verbs() and token.text not in _SAME_IN_PAST)
                    or token.text in ("is", "are")):
                break  # (a base form: _plural_present; "is"/"are": a passive present)
        else:
            return  # no present-tense candidate: the tagger is not needed
        tags = lazy_pos_tags([t.text for t in window])  # tagged as far as read
        first = None
        for i, token in enumerate(window[:16]):
            lower = token.text.lower()
            if lower in _PAST_OR_FUTURE or tags[i] == "MD" or (
                    tags[i] == "VBD" and i and _noun_like(window, tags, i - 1) and not _base_taken_for_past(window, tags, i)):
                return  # the main verb is past (or future): "On Sunday, the cabinet approved…"
            if _news_present(window, tags, i) or _plural_present(window, tags, i):
                first = i
                break
            definite = not _SCHEDULABLE_FRAME.match(frame.group(0)) or before_article
            if (passive := _present_passive_at(window, i, _HELD if definite else frozenset())) is not None:
                # "Yesterday, three soldiers are killed…"; after "On Sunday," only in a past sentence
                if definite or _past_elsewhere(window, tags, i):
                    token, fix = passive
                    yield self.finding(doc, token.start, token.end,
                                       f"Present tense \"{token.text}\" in a sentence set in the past.",
                                       [Suggestion(fix, False)])
                return
        if first is None:
            return
        first_word = window[first].text.lower()
        first_base = first_word if not first_word.endswith("s") else _verb_base(first_word)
        if (not before_article and _SCHEDULABLE_FRAME.match(frame.group(0))
                and (first_base in _FRONTED_SCHEDULED or first_base in _ALSO_SCHEDULED)
                and not any(tags[i] == "VBD" and window[i].text.lower() not in _ATTRIBUTION for i in range(len(window)))):
            return  # "On Friday, the president visits Paris": a scheduled event, unless the sentence is past
        found = [first]
        # Verbs coordinated with the first one: "… holds its meeting and approves the decree".
        i = first + 1
        while i < len(window):
            if window[i].text.lower() == "and":
                for j in range(i + 1, min(i + 8, len(window))):
                    if tags[j] in ("VBD", "MD") or window[j].text.lower() in _PAST_OR_FUTURE:
                        break
                    if _news_present(window, tags, j, after_and=j == i + 1) or (
                            j == i + 1 and _plural_present(window, tags, j, after_and=True)):
                        found.append(j)
                        i = j
                        break
            i += 1
        for i in found:
            verb = window[i]
            yield self.finding(doc, verb.start, verb.end,
                               f"Present tense \"{verb.text}\" in a sentence set in the past.",
                               [Suggestion(past_tense(verb.text), False)])


def _is_time(match: re.Match, text: str) -> bool:
    """Whether a past adverbial match is a time: "last March", not "the last march of the
    season" (a month is capitalised, and no article stands before "last")."""
    words = match.group(0).split()
    if words[0].lower() == "earlier" and len(words) == 1:
        # "announces earlier that…", not "an earlier report", "earlier than planned"
        before = text[:match.start()].split()[-1:]
        after = _NEXT_WORD.match(text, match.end())
        nxt = after.group(1).lower() if after else ""
        return not (before and before[0].lower() in _EARLIER_NOT_AFTER) and (
            nxt in _EARLIER_BEFORE or not nxt or not nxt[:1].isalpha())
    if len(words) < 2 or words[-1].lower() not in _MONTH_WORDS:
        return True
    return words[-1][:1].isupper() and not text[max(0, match.start() - 4):match.start()].lower().endswith("the ")


_EARLIER_NOT_AFTER = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "much", "even",
                                "no", "years", "days", "weeks", "months", "hours", "minutes", "decades", "year", "day",
                                "week", "month", "hour", "minute", "decade", "moments", "little", "bit"})
_EARLIER_BEFORE = frozenset({"that", "on", "in", "this", "today", "yesterday", "at", "the", "a", "an", "its",
                             "his", "her", "their", "to", "with", "for", "by", "during"})


# A fronted phrase that holds a past time: "During his visit to Cairo yesterday,", "After talks
# with the envoy last week,", "Two days after the attack on Sunday that killed…," — up to the
# first comma, with no quotation and no verb in -s of its own.
_INTRO_WORDS = ("After", "During", "Following", "At", "In", "On", "Before", "Shortly", "Hours", "Days", "Two", "Three",
                "Upon", "Amid", "Within", "Speaking", "Addressing")
_INTRO = regexes.compile(rf"(?:{'|'.join(_INTRO_WORDS)})\b[^,;:\"“”()\n]{{3,90}}?,")


def _past_intro(text: str):
    """An opening phrase (_INTRO) with a past time in it ("yesterday", "last week", "ago", "on
    Sunday" with a past verb in the phrase), as a frame for SYN004's fronted pass."""
    if not text.startswith(_INTRO_WORDS):
        return None  # (what _INTRO opens with: no search needed)
    intro = _INTRO.match(text)
    if intro is None:
        return None
    phrase = intro.group(0)
    if _past_adverbial().search(phrase) and "'s" not in phrase and "’s" not in phrase:
        return intro
    if _ON_WEEKDAY.search(phrase) and any(verbs.past_base(w) for w in phrase.split() if w.islower() and w.endswith("ed")):
        return intro
    return None


# The first words of a past time that opens a sentence (_fronted_past_frame, _INTRO,
# _RELATIVE_LATER_FRONT), and the words some of them need next ("the day before yesterday",
# "a week ago", "two days later"): a sentence that opens otherwise is not tried for a fronted frame.
_OPENING_TIME_WORDS = frozenset({
    "and", "but", "yesterday", "last", "on", "in", "at", "late", "early", "earlier", "recently", "over", "during",
    "by", "toward", "towards", "hours", "days", "weeks", "months", "moments", "minutes", "later", "after",
    "following", "before", "shortly", "upon", "amid", "within", "speaking", "addressing", "two", "three"})
_SPAN_UNITS = frozenset({"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                         "year", "years"})
_OPENING_TIME_PAIRS = {"the": frozenset({"day", "past", "next", "following"}),
                       **dict.fromkeys(("a", "an", "one", "four", "five", "six", "seven", "eight", "nine", "ten",
                                        "several", "few"), _SPAN_UNITS)}


_OPENING_HEADS = _OPENING_TIME_WORDS | _OPENING_TIME_PAIRS.keys()


def _may_open_with_time(text: str, words, n: int) -> bool:
    """Whether `text`, a sentence (or its first character) whose first word is word n of `words`
    (Document.lowered_words; n = len(words) when it opens with no letter), may open with a past
    time (word tests)."""
    if text[:1].isdigit():
        return True
    if n >= len(words):
        return False  # (each frame opens with a letter or a digit)
    word = words[n]
    if not word.isascii():
        word = regex_fold(word)  # (as the patterns' case-blind matching reads it: "İn" is "in")
    if word in _OPENING_TIME_WORDS:
        return True
    following = _OPENING_TIME_PAIRS.get(word)
    return following is not None and n + 1 < len(words) and regex_fold(words[n + 1]) in following


_YEAR_LITERALS = ("19", "20")  # what a year of _PAST_DATE's (19|20)dd holds
expect(_YEAR_LITERALS + _DASH_LITERALS)
_COUNTED_LATER = frozenset({"later", "next", "following", "after"})  # a word each _RELATIVE_LATER phrase holds


@lru_cache(maxsize=1)
def _word_groups() -> tuple[frozenset[str], ...]:
    """The words SYN004 finds the sentences of in one pass (scan.sentences_with_any): the shapes'
    (tense_shapes.candidate_words), the past times', "on", "after", those of a later time."""
    return (*tense_shapes.candidate_words(), _past_adverbial_words() or frozenset(), _ON, _AFTER, _COUNTED_LATER)


def _may_count_later(text: str) -> bool:
    """The word test of SYN004's times counted from a past event (_relative_later)."""
    return "later" in text or "next" in text or "following" in text or "day after" in text
_AFTER = frozenset({"after"})


def _may_open_with_frame(text: str) -> bool:
    """The first tests of SYN004's fronted pass (_fronted_frame): whether a frame opens `text`."""
    return bool(_fronted_past_frame().match(text) or _past_intro(text) or _RELATIVE_LATER_FRONT.match(text))


def _opening_time_sentences(doc) -> set[int]:
    """The indices of the sentences that may open with a past time (_may_open_with_time), from
    their first words in the word index (Document._sentence_words)."""
    index, prose, starts, firsts = doc.lowered_words, doc.prose, doc._sentence_starts, doc._sentence_words
    lowered, offsets, count = index.words, index.offsets, len(index.words)
    # (C-level passes: the first words, those that may open a frame or are not ASCII, the digits)
    heads = list(map(lowered.__getitem__, firsts[: bisect.bisect_left(firsts, count)]))
    maybe = list(itertools.compress(range(len(heads)), map(_OPENING_HEADS.__contains__, heads)))
    if not all(map(str.isascii, heads)):
        maybe += [i for i, head in enumerate(heads) if not head.isascii()]
    maybe += itertools.compress(range(len(starts)), map(str.isdigit, map(prose.__getitem__, starts)))
    found = set()
    for i in maybe:
        n, start = doc._sentence_words[i], starts[i]
        if _may_open_with_time(prose[start:start + 1], lowered, n if n < count and offsets[n] == start else count):
            found.add(i)
    return found


_QUOTED = regexes.compile(r"[\"“]([^\"“”\n]{0,200})[\"”]")
_OPENING_QUOTES = (re.compile('"'), re.compile("“"))  # where _QUOTED can start, a literal each


def _quotations(prose: str):
    """The matches of _QUOTED.finditer(prose), tried only at its opening marks (two literal
    scans: a scan for the set stops to test every character)."""
    return tried_at(_QUOTED, prose, starts_of_any(prose, *_OPENING_QUOTES))


def _quotes_speech(text: str) -> bool:
    """Whether `text` quotes speech: a quotation of four words or more, or one left open (a
    name or a term in quotes, "Hasm", "the Wagner group", is not speech)."""
    closed = 0
    for quote in _QUOTED.finditer(text):
        closed += 1
        if len(quote.group(1).split()) >= 4:
            return True
    return closed * 2 < text.count('"') + text.count("“") + text.count("”")


def _after_dateline(sentence, prose):
    """The sentence without its dateline ("Sanaa - ", "Tunis (TAP) - "), so that a time that
    opens the story ("Sanaa - Yesterday, the council approves…") is seen as fronted."""
    dateline = _has_dash(sentence.text) and _DATELINE.match(prose, sentence.start, sentence.end)
    if not dateline or dateline.end() >= sentence.end:
        return sentence
    return dataclasses.replace(sentence, start=dateline.end(), text=prose[dateline.end():sentence.end])


_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH_WORDS = frozenset(_MONTHS.split("|"))


@lru_cache(maxsize=1)
def _explicit_date() -> re.Pattern:
    """A date a sentence names after "on": "on 3 March", "on the third of March", "on 3/3", "on
    Monday, 3 March 2026" (a bare "3/4" is a fraction; a caption's ", September 29, 2018." dates
    a photo, not an event)."""
    date = article_date.DATE
    return regexes.compile(rf"(?i:\bon[ \t]+(?:(?:{_WEEKDAYS}),?[ \t]+)?{date})")


def _dates_in(text: str):
    """The explicit dates of `text` (cheap pre-test: a digit or a month's name)."""
    if not any(ch.isdigit() for ch in text) and not _MONTH_NAME.search(text):
        return ()
    return _explicit_date().finditer(text)


_MONTH_NAME = regexes.compile(rf"(?i:\b(?:{_MONTHS})\b)")


_ORDINAL_WORDS = "|".join(sorted(article_date.ORDINALS, key=len, reverse=True))  # "the third of March"


@lru_cache(maxsize=1)
def _fronted_past_frame() -> re.Pattern:
    """A past time that opens a sentence and is followed by a comma (or, with no comma, by the
    subject's article: "Yesterday the minister meets…")."""
    return regexes.compile(
        rf"(?i:(?:(?:and|but)\s+)?(?:"
        rf"yesterday(?:\s+(?:morning|evening|afternoon))?|the\s+day\s+before\s+yesterday"
        rf"|last\s+(?:night|week|weekend|month|year|(?:{_WEEKDAYS})(?:\s+(?:morning|evening|night|afternoon))?)"
        rf"|(?:on\s+)?the\s+past\s+(?:{_WEEKDAYS})"
        rf"|on\s+(?:{_WEEKDAYS})(?:\s+(?:morning|evening|night|afternoon))?"
        rf"|(?:on|in)\s+the\s+(?:morning|evening|night|afternoon|early\s+hours)\s+of\s+(?:(?:{_WEEKDAYS})|yesterday)"
        rf"|(?:at\s+dawn|late|early|earlier)\s+(?:on\s+(?:{_WEEKDAYS})|yesterday|last\s+night)"
        rf"|on\s+(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
        rf"|on\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?:,?\s+\d{{4}})?"
        rf"|on\s+the\s+(?:{_ORDINAL_WORDS})\s+of\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?"
        rf"|on\s+\d{{1,2}}/\d{{1,2}}(?:/(?:19|20)\d\d)?"
        rf"|in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d"
        rf"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago"
        rf"|earlier\s+(?:this|in\s+the)\s+(?:week|month|year)"
        rf"|earlier(?:\s+today)?|recently|last\s+(?:{_MONTHS})"
        rf"|in\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTHS})\s+(?:of\s+)?last\s+year"
        rf"|(?:at|by|towards?|in)\s+the\s+(?:end|beginning|start|middle)\s+of\s+(?:last|the\s+(?:past|previous))\s+(?:week|month|year)"
        rf"|(?:over|during|in)\s+the\s+(?:past|last)\s+(?:(?:few|two|three|four|five|several)\s+)?(?:days|weeks|months|years|hours|week|month|year)"
        rf")(?:\s*,\s*(?:{_WEEKDAYS}))?(?:\s*[,،]|(?=[ \t]+(?:the|a|an|its|his|their)[ \t])))")


# Times counted from an event already told ("two days later", "the next morning", "later that
# day"): past when the event is, that is when the sentence before (or the sentence itself) tells
# it in the past.
_RELATIVE_LATER = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d{1,2})[ \t]+"
                   r"(?:minutes?|hours?|days?|weeks?|months?|years?)|hours|days|weeks|months|moments|minutes)[ \t]+later"
                   r"|later[ \t]+(?:that|the[ \t]+same)[ \t]+(?:day|night|morning|evening|afternoon|week|month)"
                   r"|the[ \t]+(?:next|following)[ \t]+(?:day|morning|evening|night|afternoon|week)"
                   r"|the[ \t]+day[ \t]+after(?![ \t]+tomorrow)")
_RELATIVE_LATER_FRONT = regexes.compile(rf"(?i:(?:{_RELATIVE_LATER})[ \t]*,)")
_RELATIVE_LATER_ANY = regexes.compile(rf"(?i:\b(?:{_RELATIVE_LATER})\b)(?![ \t]*'|’)")


_PAST_DATE = regexes.compile(
    rf"(?i:\b(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d\b)")


def _frame_is_past(frame: str, article=None) -> bool:
    """A fronted frame naming a year is past only when the year is before the current one; with
    the article's own date, a date or year after it is not past (a plan, not an event)."""
    import datetime

    placed = article_date.relation(frame, article)
    if placed is not None:
        return placed == "past"
    years = re.findall(r"\b(?:19|20)\d\d\b", frame)
    return not years or int(years[-1]) < datetime.date.today().year


def _noun_like(window: list[Token], tags: list[str], i: int) -> bool:
    """Whether token i can end a subject noun phrase ("the cabinet", "Speaker Ali", "it")."""
    text = window[i].text
    return (tags[i] in ("NN", "NNS", "NNP", "NNPS", "PRP", "CD") or text[:1].isupper() or text == ")"
            or bool(_NAME_PART.search(text)) or word_order.is_subject_head(text))  # "the navy/JJ intercepts"


def _present_form(word: str) -> bool:
    """The word tests of _news_present: a lower-case word in -s that is not stative."""
    lower = word.lower()
    return (word.isalpha() and word.islower() and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
            and lower not in _STATIVE)


def _news_present(window: list[Token], tags: list[str], i: int, after_and: bool = False) -> bool:
    """A present-tense verb of a news event: a lower-case word ending in -s after a subject noun
    phrase (or right after "and"), tagged VBZ, or whose base form is a listed news verb."""
    word = window[i].text
    lower = word.lower()
    if not _present_form(word):
        return False
    if not after_and and not (i and _noun_like(window, tags, i - 1)):
        return False
    if (i + 1 < len(window) and window[i + 1].text in _news_verbs() and window[i + 1].text not in _SAME_IN_PAST
            and tags[i + 1] in ("VBP", "VB", "NN", "JJ") and _verb_base(lower) not in _listed_news_verbs()):
        return False  # "the coalition warplanes target…": the -s word heads the subject
    if tags[i] == "VBZ" or _verb_base(lower) in _news_verbs():
        return True
    # Any -s word between a singular subject noun and an object ("the bank prints/NNS new notes")
    return (tags[i] == "NNS" and i > 0 and tags[i - 1] in ("NN", "NNP") and i + 1 < len(tags)
            and tags[i + 1] in ("DT", "JJ", "CD", "PRP$"))


def _plural_present(window: list[Token], tags: list[str], i: int, after_and: bool = False) -> bool:
    """A news verb in its base form after a plural subject ("Israeli forces raid several…",
    "the customs services seize more than…") or right after "and", before its object."""
    word = window[i].text
    if not word.isalpha() or not word.islower() or word not in _news_verbs() or word in _SAME_IN_PAST:
        return False
    if tags[i] in ("VBG", "MD", "IN", "DT") or i + 1 >= len(window):  # (a base form tagged VBD is a misread)
        return False
    if tags[i + 1] not in ("DT", "CD", "JJ", "JJS", "PRP$", "NNS", "RBR", "JJR"):
        return False  # no object after it
    if after_and:
        return True
    previous = window[i - 1].text if i else ""
    plural_noun = (previous.endswith("s") and previous.islower() and previous.isalpha()
                   and _verb_base(previous) not in _news_verbs())  # "warplanes/VBZ target…"
    return bool(previous) and (tags[i - 1] in ("NNS", "NNPS") or (previous[:1].isupper() and previous.endswith("s"))
                               or plural_noun) \
        and previous.lower() not in _NOT_SUBJECTS


_NOT_SUBJECTS = frozenset({"its", "his", "this", "was", "has", "is", "as", "us", "yes", "thus", "plus"})


_NAME_PART = regexes.compile(r"-[A-Z]")  # "al-Halbousi"
# A weekday or a date frame may also announce a coming event ("On Friday, the president visits
# Paris"); with these verbs a past verb elsewhere in the sentence must show that it is over.
_SCHEDULABLE_FRAME = regexes.compile(r"(?i:(?:(?:and|but)\s+)?on\s)")
_SCHEDULED = frozenset({"visit", "meet", "travel", "head", "host", "attend", "arrive", "leave", "fly",
                        "begin", "start", "open", "hold", "face", "play", "vote", "receive", "tour",
                        "address", "chair", "convene", "mark", "celebrate", "close", "launch", "sign"})
# After "On Sunday," only journeys, fixtures and starts read as coming events ("On Friday, the
# president visits Paris", "On Monday, the team faces Arsenal"); "On Monday, the sultanate signs
# an agreement" or "… the king chairs a council" is MT's present for a past event.
_FRONTED_SCHEDULED = frozenset({"visit", "travel", "head", "fly", "arrive", "leave", "tour", "face", "play",
                                "vote", "begin", "start", "meet"})
_ATTRIBUTION = frozenset({"said", "told", "added", "stated", "reported", "announced", "noted", "explained"})

# Verbs that stay present whatever the time frame: auxiliaries and states.
_STATIVE = frozenset({"is", "has", "does", "remains", "lives", "means", "seems", "belongs", "lies",
                      "stands", "exists", "needs", "wants", "knows", "believes", "contains", "owns",
                      "includes", "hopes", "thinks", "appears", "depends", "consists", "equals",
                      "costs", "weighs", "hosts", "houses", "borders"})


@lru_cache(maxsize=1)
def _listed_news_verbs() -> frozenset[str]:
    return frozenset(words()["news_verbs"])


@lru_cache(maxsize=1)
def _news_verbs() -> frozenset[str]:
    return frozenset(words()["news_verbs"]) | verbs.event_bases()


@lru_cache(maxsize=1)
def _s_forms() -> frozenset[str]:
    """Every word in -s whose _verb_base is a listed news verb, and the reporting verbs in -s:
    a word is one of them exactly when it is such a verb form (set lookups for SYN004's pre-test)."""
    forms = {form for base in _listed_news_verbs() for form in (base + "s", base + "es", base[:-1] + "ies")
             if form.isalpha() and _verb_base(form) == base}
    return frozenset(forms | _REPORTING_S)


@lru_cache(maxsize=1)
def _s_forms_automaton():
    """_s_forms() in an Aho-Corasick automaton: whether a lower-cased text holds one of them."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for form in _s_forms():
        automaton.add_word(form, form)
    automaton.make_automaton()
    return automaton


def _verb_base(form: str) -> str:
    """The base of a third-person -s form: approves → approve, carries → carry, pushes → push."""
    if form.endswith("ies") and len(form) > 4:
        return form[:-3] + "y"
    if form.endswith("es") and form[:-2].endswith(("sh", "ch", "ss", "x", "z", "o")):
        return form[:-2]
    return form[:-1]


# A date before the article's own belongs to the verb only a few words before it ("visits Rome
# on 3 March"), not to a noun far after it ("awaits a ruling by the court on 1 October"); verbs
# of waiting and planning look ahead whatever the date.
_DATE_REACH = 6
_FORWARD_LOOKING = frozenset({"await", "expect", "plan", "prepare", "intend", "aim", "hope", "seek", "anticipate",
                              "schedule", "want", "wait", "look", "eye", "set"})


def _base_of(word: str) -> str:
    """The base form of a present-tense verb, in -s or not ("expects", "expect" → "expect")."""
    return _verb_base(word) if word.endswith("s") and not word.endswith("ss") else word


# Words before a past time expression that make it a noun phrase, not a time of the verb:
# "events of last year", "since last week", "higher than a year ago", "compared with…".
_NOMINAL_BEFORE = frozenset({"of", "since", "than", "from", "until", "till", "with", "to", "as", "before", "after"})
_WINDOW = 16  # tokens looked at before (or after) the time expression
_CLAUSE_STARTERS = frozenset({"which", "that", "who", "where", "to", "when", "while"})


def _present_right_after(before: list[Token], after: list[Token], exempt: frozenset[str]) -> Token | None:
    """A listed news verb in -s right after a past time that follows its subject ("The emir
    yesterday accepts the resignation", "The army last week destroys a hideout"); not after a
    verb or preposition ("the deal signed last week gives…", "since last year")."""
    if not after or not before:
        return None
    verb, lower = after[0], after[0].text.lower()
    if not (verb.text.islower() and lower.endswith("s") and lower not in exempt and _verb_base(lower) in _news_verbs()):
        return None
    previous = before[-1].text
    if previous.lower() in _PAST_OR_FUTURE or previous.lower() in _NOMINAL_BEFORE:
        return None
    tags = pos_tag([t.text for t in before[-3:]] + [verb.text])
    if tags[-2] in ("VBD", "VBN", "IN", "TO", "VBG") or (previous[:1].islower() and tags[-2].startswith("VB")):
        return None
    return verb


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "that",
                          "of", "and", "or", "some", "many", "several", "new", "recent", "further", "two", "three"})


def _present_right_before(before: list[Token], after: list[Token], exempt: frozenset[str]) -> Token | None:
    """A listed news verb in -s right before a past time, after its subject ("The museum opens
    yesterday"); not a noun ("the attacks yesterday killed…": a determiner before it, or a past
    verb after the time)."""
    if len(before) < 2:
        return None
    verb, lower = before[-1], before[-1].text.lower()
    subject = before[-2].text
    plural = (lower in _news_verbs() and lower not in _SAME_IN_PAST and subject.endswith("s")
              and (subject[:1].isupper() or any(t.text.lower() in ("the", "their", "its") for t in before[-4:-2]))
              and subject.lower() not in _NOT_SUBJECTS)  # "The Rapid Support Forces shell yesterday…"
    if not (verb.text.islower() and (lower.endswith("s") and _verb_base(lower) in _news_verbs() or plural)
            and lower not in exempt):
        return None
    if before[-2].text.lower() in _DETERMINERS or not before[-2].text[:1].isalnum():
        return None
    following = [t.text for t in after[:2]]
    tags = pos_tag([before[-2].text, verb.text, *following])
    if (tags[0] in ("DT", "PRP$", "CD", "IN") or (tags[0] == "JJ" and not before[-2].text[:1].isupper())
            or any(t in ("VBD", "MD") for t in tags[2:])):  # ("the Council of Ministers Lebanese/JJ approves")
        return None
    if any(w.lower() in _PAST_OR_FUTURE for w in following):
        return None
    return verb


def _governing_present_verb(tokens: list[Token], start: int, end: int, exempt: frozenset[str]) -> Token | None:
    """The verb a past time expression belongs to, when it is a present-tense verb that should
    be past: the nearest finite verb before the expression, or after it when the expression
    opens the sentence ("Last year, the council refuses…"). Only those few tokens are tagged."""
    before = [t for t in tokens if t.end <= start]
    after = [t for t in tokens if t.start >= end]
    if before and before[-1].text.lower() in _NOMINAL_BEFORE:
        return None
    opening = not [t for t in before if t.text[:1].isalnum() and t.text.lower() not in ("and", "but", "so")]
    if not opening and (verb := _present_right_after(before, after, exempt) or _present_right_before(before, after, exempt)):
        return verb
    window = _up_to_past_or_future(after[:_WINDOW] if opening else before[-_WINDOW:], opening)
    if not window:
        return None  # a past (or future) verb stands nearer: settled without the tagger
    texts = [t.text for t in window]
    # tagged only as far as the search reads (from the time expression outwards)
    tags = lazy_pos_tags(texts) if opening else BackwardTags(texts)
    order = range(len(window)) if opening else range(len(window) - 1, -1, -1)
    finite = []

    def unsure() -> bool:
        """No finite verb found by the tagger in the window (all its tags read, once)."""
        if not finite:
            finite.append(any(tags[j] in ("VBP", "VBZ", "VBD") for j in range(len(texts))))
        return not finite[0]

    for i in order:
        tag = tags[i]
        if tag == "VBD" and _base_taken_for_past(window, tags, i):
            tag = tags[i] = "VBP"  # "Egypt and Jordan sign/VBD three deals": a base form, not a past
        if tag in ("VBD", "MD", "VBN"):
            return None
        if _present_verb(tags, i, texts, unsure):
            token = window[i]
            if (i + 1 < len(window) and texts[i + 1] in _news_verbs() and texts[i + 1].islower()
                    and texts[i].endswith("s") and _verb_base(texts[i].lower()) not in _news_verbs()):
                continue  # "the coalition warplanes target…": a plural noun before its verb
            previous = window[i - 1].text.lower() if i else ""
            if token.text.lower() in exempt or not token.text.islower() or previous in _CLAUSE_STARTERS:
                return None
            return token
    return None


# Verbs whose past is spelled like their base: a VBD tag on them may be right.
_SAME_IN_PAST = frozenset({"set", "cut", "put", "hit", "shut", "cast", "spread", "quit", "bet",
                           "hurt", "let", "cost", "split", "burst", "read", "broadcast", "lay"})


def _base_taken_for_past(window: list[Token], tags: list[str], i: int) -> bool:
    """A listed news verb in its base form that the tagger called a past tense, after a plural
    or coordinated subject ("Egypt and Jordan sign/VBD three deals")."""
    word = window[i].text
    return (word.islower() and word in _news_verbs() and word not in _SAME_IN_PAST
            and i > 0 and tags[i - 1] in ("NNS", "NNPS", "NNP"))


# Forms that are a past-tense verb (or "will"/"would") whatever the tagger says.
_PAST_OR_FUTURE = frozenset({"will", "would", "had", "was", "were", "did", "said", "told"})


def _present_verb(tags, i: int, words_: list[str], unsure=lambda: True) -> bool:
    """A present-tense verb, including one the tagger took for a noun before "to" + verb
    ("the council refuse/NN to/TO support/VB") or a listed news verb it took for a plural noun
    ("the court suspends/NNS the decree"); the last two only when `unsure()` (asked last: it
    may read every tag)."""
    if tags[i] in ("VBP", "VBZ"):
        return True
    return (
        tags[i] == "NNS" and 0 < i and i + 1 < len(tags) and _verb_base(words_[i].lower()) in _news_verbs()
        and tags[i - 1] in ("NN", "NNP", "NNPS", "PRP") and (i < 2 or tags[i - 2] != "IN")  # not "of air strikes"
        and tags[i + 1] in ("DT", "PRP$", "IN", "CD", "RP", "TO", "JJ", "NNP") and unsure()
    ) or (
        # a listed base form the tagger took for an adjective or noun after a plural or
        # coordinated subject: "the United States and Britain launch/JJ dozens of strikes"
        tags[i] in ("JJ", "NN", "VB") and 0 < i and i + 1 < len(tags)
        and words_[i].islower() and words_[i] in _news_verbs()
        and tags[i - 1] in ("NNS", "NNPS", "NNP") and (i < 2 or tags[i - 2] not in ("IN", "DT"))
        and tags[i + 1] in ("DT", "NNS", "CD", "PRP$", "JJ", "TO") and unsure()
    ) or (
        tags[i] == "NN" and 0 < i and i + 2 < len(tags)
        and tags[i - 1] in ("NN", "NNS", "NNP", "NNPS", "PRP") and tags[i + 1] == "TO" and tags[i + 2] == "VB"
    )


def past_tense(verb: str) -> str:
    """Simple past of a present-tense form (regular rules plus data/syntax.toml exceptions)."""
    irregular = words()["irregular_past"]
    lower = verb.lower()
    if lower in irregular:
        return irregular[lower]
    base = _verb_base(lower) if lower.endswith("s") else lower
    generated = verbs._data()["irregular_past"].get(base)
    if generated and generated != base + "t":  # (not the British "burnt", "learnt": the regular form below)
        return generated
    base = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
    if base.endswith("ie"):
        base = base[:-1]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    if lower.endswith("es") and lower[:-2].endswith(("sh", "ch", "ss", "x", "z")):
        return lower[:-2] + "ed"
    if verbs._doubles(base):
        return base + base[-1] + "ed"  # "refers" → "referred", "bans" → "banned"
    return base + "ed"


def _up_to_past_or_future(window: list[Token], opening: bool) -> list[Token]:
    """The tokens of `window` nearer to the time expression than any past or future form
    ("said", "was", "will"): the verb that governs the time cannot lie beyond one."""
    words_ = [t.text.lower() for t in window]
    if opening:
        cut = next((i for i, w in enumerate(words_) if w in _PAST_OR_FUTURE), len(window))
        return window[:cut]
    cut = next((i for i in range(len(words_) - 1, -1, -1) if words_[i] in _PAST_OR_FUTURE), -1)
    return window[cut + 1 :]


# --- past frames the adverbial list does not hold (SYN004, second pass) ---------------------
# A weekday ("on Sunday") is past or future by context; it counts as past when the verb sits
# between the subject and the weekday's slot in news order ("The council on Sunday approves"),
# when a reporting verb governs it ("says on Sunday"), or when another verb of the sentence is
# past ("received …, who arrives … on Sunday"). The other frames: "is setting … last month",
# "is 2.1 percent in the previous month", a coordinated or "after" clause in the present after
# a past main clause ("closed yesterday …, and the index rises 54 points").
# (the first letter as a class of its two cases, which the engine scans for: see _phrases_any_case);
# a date with no year counts as a weekday does ("on 3 May", "on the 12th of March", "on May 3")
_ON_WEEKDAY = regexes.compile(rf"[oO](?<!\w.)(?i:n[ \t]+(?:(?:{_WEEKDAYS})\b(?!s\b|'|’|[ \t]+(?:morning|evening|afternoon|night)s\b)(?:[ \t]+(?:morning|evening|afternoon|night)\b)?"
                              rf"|(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{_MONTHS})\b(?![ \t,]*\d)"
                              rf"|the[ \t]+\d{{1,2}}(?:st|nd|rd|th)\b(?![ \t]+(?:of|day|time|anniversary|floor|century|round|place|minute|time|edition|session|stage|lap|week|month|year|birthday)\b)"
                              rf"|(?:{_MONTHS})[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b(?![ \t,]*\d)))")
# Verbs of announcing: with "that" after the weekday they report a past statement.
_ANNOUNCING_S = frozenset({"announces", "reports", "reveals", "declares", "warns", "indicates", "clarifies",
                           "emphasizes", "emphasises", "reiterates", "acknowledges", "admits"})
_REPORTING_S = frozenset({"says", "states", "tells", "confirms", "denies", "claims", "stresses", "adds",
                          "notes", "explains", "insists", "asserts", "affirms"})
# Reporting verbs in the present may frame a past event ("The army confirms an attack on Sunday
# killed two"): not judged by the weekday.
_REPORTING_BASES = frozenset({"say", "tell", "add", "stress", "note", "state", "explain", "confirm", "deny",
                              "claim", "warn", "report", "announce", "reveal", "declare", "urge", "call",
                              "accuse", "demand", "insist", "allege"})
_STATE_PARTICIPLES = frozenset({"closed", "opened", "scheduled", "expected", "planned", "due", "set",
                                "held", "open", "shut", "located", "based", "needed", "allowed", "wanted", "known",
                                "believed", "thought", "considered", "accused", "suspected", "estimated", "feared",
                                "required", "supposed", "concerned", "involved", "interested", "worried", "divided",
                                "married", "related", "linked", "committed", "determined", "prepared", "entitled",
                                "used", "called", "named", "owned", "designed", "aimed", "intended", "compared",
                                "scheduled", "slated", "meant", "seen", "said", "reported", "listed", "ranked"})
# Events no one schedules: their simple present with a weekday is a past, never a plan ("A fire
# breaks out on Thursday night", "An earthquake strikes on Sunday").
_UNPLANNED = frozenset({"break", "erupt", "explode", "crash", "collapse", "capsize", "sink", "die", "derail",
                        "overturn"})  # (not "strike", "happen": a storm or an eclipse is forecast)
_EVENT_LINKS = frozenset({"and", "while", "whereas", "after"})
_ALSO_SCHEDULED = frozenset({"end", "finish", "expire", "run", "continue", "resume", "kick"})


_IRREGULAR_PARTICIPLES = frozenset({"shot", "hit", "struck", "caught", "found", "sent", "seized", "taken",
                                    "brought", "thrown", "beaten", "stolen", "sold", "built", "won", "lost", "sworn",
                                    "laid", "bought", "hung", "dug"})


def _event_participle(word: str, tag: str) -> bool:
    """A passive participle of an event ("shot", "arrested"), not of a state ("closed")."""
    return tag in ("VBN", "VBD", "JJ") and _event_participle_form(word)


def _event_participle_form(word: str) -> bool:
    """The word tests of _event_participle."""
    return (word.islower() and word not in _STATE_PARTICIPLES
            and (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES))


def _is_past_tag(tag: str, word: str) -> bool:
    return tag == "VBD" and word.lower() not in _ATTRIBUTION


_last_weekday: tuple = (None, None)  # (text, its _ON_WEEKDAY search): SYN004 asks up to three times


def _weekday_in(text: str) -> re.Match | None:
    """_ON_WEEKDAY.search(text), searched once for the sentence SYN004 is on."""
    last = _last_weekday
    if last[0] is text:
        return last[1]
    return _weekday_known(text, _ON_WEEKDAY.search(text))


def _weekday_known(text: str, found: re.Match | None) -> re.Match | None:
    """Keep `found` as _weekday_in's answer for `text` (known without a search: a sentence
    with no "on" has no match, every match holding "on")."""
    global _last_weekday
    _last_weekday = (text, found)
    return found


_ON = frozenset({"on"})


_HEADLINE_JOINED = regexes.compile(r"[^.!?:;\"”'’)\s][ \t]*\n")  # a line that ends with no full stop


def _narrative_frames(rule, doc, sentence, exempt, adverbial, article=None):
    """SYN004's second pass over a sentence with no finding yet (see the comment above);
    `adverbial`: the sentence's first past time expression, if any."""
    text = sentence.text
    if not text.rstrip().endswith((".", "!", ")", '"', "”")) or ("\n" in text and _HEADLINE_JOINED.search(text)):
        return  # a headline (or a headline run into its first line)
    weekday = _weekday_in(text)
    if weekday is not None and article_date.relation(weekday.group(0), article) == "future":
        weekday = None  # a date after the article's own: a coming event
    if weekday is None:
        # (", and"/", while" clauses need a weekday or an adverbial too, so "after" alone is tested here)
        lower = text.lower()  # a lower-cased token is a substring of it: word tests first
        if adverbial is None and "after" not in lower:
            return
        may_have_s_verb = next(_s_forms_automaton().iter(lower), None) is not None
        if adverbial is None and not may_have_s_verb:
            return
        # the token texts for the pre-test (the Token objects only for the sentences it keeps)
        lowered = {w.lower() for w in TOKEN.findall(text)}
        has_s_verb = may_have_s_verb and not lowered.isdisjoint(_s_forms())
        if not ((adverbial and (has_s_verb or not lowered.isdisjoint(("is", "are", "has", "have", "and"))))
                or (has_s_verb and "after" in lowered)):
            return
    tokens = sentence.tokens[:60]
    tags = lazy_pos_tags([t.text for t in tokens])  # tagged only as far as a finder reads
    for finder in (_weekday_verb, _progressive_or_figure, _coordinated_present):
        token, fix = finder(sentence, tokens, tags, exempt, weekday, adverbial)
        if token is not None:
            yield rule.finding(doc, token.start, token.end,
                               f"Present tense \"{token.text}\" in a sentence set in the past.",
                               [Suggestion(fix, False)])
            return


def _index_at(tokens: list[Token], position: int) -> int:
    """The index of the first token starting at or after `position`."""
    return next((i for i, t in enumerate(tokens) if t.start >= position), len(tokens))


def _past_elsewhere(tokens, tags, skip: int) -> bool:
    """Whether a verb other than token `skip` is an event past ("received", "deployed")."""
    return any(_is_past_tag(tags[i], tokens[i].text) for i in range(len(tokens)) if i != skip)


# Capitalised words that go on a nationality as part of a name, not a person's given name after it
# ("the team Saudi Arabia sent…", "the firm Emirates Airlines"): a nationality after a noun is
# reported before a person's full name only ("the government Algerian Aymen Benabderrahmane").
_NOT_A_GIVEN_NAME = (r"(?:Arabia|Emirates|Arab|Republic|League|Gulf|Airlines|Airways|Army|Navy|Air|Football|Federation"
                     r"|Union|Red|Crescent|National|Premier|Pro|Cup|Super|Armed|Forces|Government|Ministry|Kingdom"
                     r"|State|Authority|Coast|Central|Development|Investment|Petroleum|Oil|Gas|News|Press|Radio"
                     r"|Television|TV|Broadcasting|Telecom|Post|Stock|Exchange|Bank|Company|Group|Club)\b")
# Nouns of a person's role (and "government", of its head) that a nationality and the person's name
# follow in Arabic order: "the minister Iraqi Fuad Hussein".
_ROLE_NOUNS = frozenset({"minister", "president", "premier", "envoy", "ambassador", "coach", "player", "striker",
                         "midfielder", "defender", "goalkeeper", "champion", "boxer", "runner", "writer", "poet",
                         "singer", "actor", "director", "journalist", "activist", "official", "leader", "commander",
                         "spokesman", "spokeswoman", "government", "king", "emir", "prince", "sheikh", "cleric",
                         "businessman", "diplomat", "counterpart", "artist", "novelist", "footballer", "star",
                         "international", "referee", "judge", "lawyer", "researcher", "scientist", "expert"})
# Words after "on <weekday>" that belong to the time, not to an object ("on Tuesday night").
_MONTH_NAMES = frozenset(_MONTHS.split("|"))
_TIME_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight", "time", "local", "next",
                          "last", "week", "and", "or"})


def _object_after_weekday(tokens, tags, after: int) -> bool:
    """Whether the words after "<verb> on <weekday>" open the verb's object with no determiner: an
    adjective before a noun ("former prime minister") or a name ("Ahmed Ouyahia"), not a time of
    the day or a month ("on Tuesday night", "on Tuesday March 3")."""
    if after + 1 >= len(tokens):
        return False
    word, following = tokens[after].text, tokens[after + 1].text
    if word.lower() in _TIME_OF_DAY or following.lower() in _TIME_OF_DAY or word.lower() in _MONTH_NAMES:
        return False
    if tags[after] == "JJ":
        return word.islower() and tags[after + 1] in ("NN", "NNS", "NNP", "JJ")
    return tags[after] == "NNP" and word.isalpha() and tags[after + 1] == "NNP" and following.isalpha()


def _weekday_verb(sentence, tokens, tags, exempt, weekday, adverbial):
    """A present verb tied to "on <weekday>" in a past narrative."""
    if weekday is None:
        return None, ""
    at = _index_at(tokens, sentence.start + weekday.start())
    if at < 2 or at + 2 > len(tokens):
        return None, ""  # a fronted weekday: the first pass judged it
    dated = any(ch.isdigit() for ch in weekday.group(0))  # "on August 14" names coming events more often
    after = _index_at(tokens, sentence.start + weekday.end())
    # "has arrested on Sunday", "has visited the site on Sunday": a present perfect with a point
    # in the past, up to four words before the weekday
    for k in range(at - 1, max(1, at - 5) - 1, -1):
        if (perfect := _perfect_at(tokens, k)) is not None:
            return perfect
        if not tokens[k].text[:1].isalnum() or tokens[k].text.lower() in _PERFECT_STOPS:
            break
    # "The ministry launches on Sunday a campaign": verb, weekday, then its object.
    previous, base = tokens[at - 1].text, _verb_base(tokens[at - 1].text)
    # (a scheduled verb too: English puts a coming day after the object, never before it)
    if (previous.islower() and previous.endswith("s") and previous not in exempt and base in _news_verbs()
            and base not in _ALSO_SCHEDULED and tags[at - 1] in ("VBZ", "NNS", "NN")
            and after < len(tokens) and tags[at - 2].startswith("NN")
            and (tags[after] in ("DT", "CD", "PRP$")
                 or (tags[after] == "JJ" and after + 1 < len(tokens) and tags[after + 1] == "NNS")
                 or _object_after_weekday(tokens, tags, after))):
        return tokens[at - 1], past_tense(previous)  # ("deploys on Friday additional troops")
    # "The council on Sunday approves": subject, weekday, verb.
    if after < len(tokens):
        verb, word = tokens[after], tokens[after].text
        base = _verb_base(word) if word.endswith("s") else word
        subject = tokens[at - 1].text
        if (word.isalpha() and word.islower() and base in _news_verbs() and base not in _SCHEDULED
                and base not in _ALSO_SCHEDULED and word not in exempt
                and tokens[at - 1].text.lower() not in _NOMINAL_BEFORE
                and (subject[:1].isupper() or tags[at - 1] in ("NN", "NNS", "NNP", "NNPS"))
                and (word.endswith("s") or subject.endswith("s") or tags[after] in ("VBP", "VB"))
                and tags[after] not in ("VBD", "VBN", "MD", "IN", "DT")):
            return verb, past_tense(word if word.endswith("s") else word + "s")
    # "says on Sunday that": a reporting verb in -s right before the weekday.
    previous = tokens[at - 1].text
    that_after = after < len(tokens) and tokens[after].text == "that"
    if (previous in _REPORTING_S or (that_after and previous in _ANNOUNCING_S)) and (
            tags[at - 2] in ("NN", "NNS", "NNP", "NNPS", "PRP") or tokens[at - 2].text[:1].isupper()
            or _NAME_PART.search(tokens[at - 2].text)):
        return tokens[at - 1], past_tense(previous)  # ("announces on Wednesday that it regained…")
    # "The Armed Forces announce on Saturday that": the same verb in its base form after a plural subject.
    subject = tokens[at - 2].text
    if (previous + "s" in _REPORTING_S or previous in ("announce", "report", "reveal", "declare")) and subject.endswith("s") \
            and (subject[:1].isupper() or tags[at - 2] in ("NNS", "NNPS")) and subject.lower() not in _NOT_SUBJECTS:
        return tokens[at - 1], past_tense(previous + "s")
    # a verb in -s or "is/are" + participle a few words before the weekday, in a past sentence
    reach = range(at - 1, max(0, at - 7) - 1, -1)
    if not _verb_before_weekday_may_be(tokens, reach, at, exempt):
        return None, ""  # settled by the words: the tags are not read
    for i in reach:
        word, tag = tokens[i].text, _s_form_tag(tokens[i].text, tags[i])
        if (passive := _present_passive_at(tokens, i)) is not None and (
                any(tags[j] == "VBD" for j in range(i - 1)) or (not dated and _past_elsewhere(tokens, tags, i))):
            return passive  # "are rescued on Sunday after their boat was hit…": a past verb elsewhere dates it
        if tag in ("VBD", "MD") or word.lower() in _PAST_OR_FUTURE:
            return None, ""
        if tag == "VBN" and i and tags[i - 1] in ("NNS", "NNPS") and verbs.past_base(word):
            return None, ""  # "power cuts continued on Tuesday": a past verb after its plural subject
        if word in ("is", "are") and i + 1 < at and _event_participle(tokens[i + 1].text, tags[i + 1]):
            if any(tags[j] == "VBD" for j in range(i)) or _past_elsewhere(tokens, tags, i + 1):
                return tokens[i], "was" if word == "is" else "were"
            return None, ""
        relative = i and tokens[i - 1].text.lower() in ("who", "which")
        if (_event_s_verb(word, exempt)
                and not (dated and (_verb_base(word) in _SCHEDULED or _verb_base(word) in _ALSO_SCHEDULED))
                and (relative or (tag in ("VBZ", "NNS") and tags[i - 1].startswith("NN") and tags[i - 2 if i > 1 else 0] != "JJ"))):
            if _past_elsewhere(tokens, tags, i) or _verb_base(word) in _UNPLANNED:
                return tokens[i], past_tense(word)
            return None, ""
    return None, ""


def _s_form_tag(word: str, tag: str) -> str:
    """The tag of a word, less the tagger's "VBD" for a listed verb in -s after a name ("The Crown
    Prince chairs"): no past form ends in -s."""
    if tag == "VBD" and word.endswith("s") and not word.endswith("ss") and _verb_base(word) in _news_verbs():
        return "VBZ"
    return tag


def _event_s_verb(word: str, exempt: frozenset[str]) -> bool:
    """A lower-case listed news verb in -s that is neither exempt nor a reporting verb."""
    return (word.islower() and word.endswith("s") and word not in exempt and _verb_base(word) in _news_verbs()
            and word not in _REPORTING_S and _verb_base(word) not in _REPORTING_BASES)


def _verb_before_weekday_may_be(tokens, reach, at: int, exempt) -> bool:
    """The word tests of _weekday_verb's last search: whether a word in `reach` (walked from the
    weekday back) may be its verb before a past or future form ends the search."""
    for i in reach:
        word = tokens[i].text
        if word.lower() in _PAST_OR_FUTURE:
            return False
        if word in ("is", "are") and i + 1 < at and _event_participle_form(tokens[i + 1].text):
            return True
        if _event_s_verb(word, exempt):
            return True
    return False


# Words that end the search for "has" + participle before a weekday: "has promised to visit on Sunday".
_PERFECT_STOPS = frozenset({"to", "that", "which", "who", "since", "until", "been", "will", "would", "was", "were",
                            "and", "but", "for", "by", "before", "after"})


def _perfect_at(tokens: list[Token], i: int):
    """("has announced", "announced") when token i is a participle in -ed (or an irregular one:
    "has left") after "has"/"have"; ("has been released", "was released") after "has been"."""
    word = tokens[i].text
    if (i >= 2 and tokens[i - 1].text == "been" and tokens[i - 2].text.lower() in ("has", "have") and word.islower()
            and (word.endswith("ed") or word in word_order.IRREGULAR_PARTICIPLES or verbs.past_base(word))):
        # the passive: "has been released yesterday" → "was released"
        was = "was" if tokens[i - 2].text.lower() == "has" else "were"
        return Token(tokens[i - 2].start, tokens[i].end, f"{tokens[i - 2].text} been {word}"), f"{was} {word}"
    if i < 1 or tokens[i - 1].text.lower() not in ("has", "have") or not word.islower():
        return None
    if not (word.endswith("ed") or word in word_order.IRREGULAR_PARTICIPLES or (
            verbs.past_base(word) and word not in ("been", "had", "become", "come", "run"))):
        return None
    start, end = tokens[i - 1].start, tokens[i].end
    return Token(start, end, f"{tokens[i - 1].text} {word}"), word


def _progressive_or_figure(sentence, tokens, tags, exempt, weekday, adverbial):
    """"is setting the rate … last month", "inflation is 2.1 percent in the previous month"."""
    if adverbial is None:
        return None, ""
    at = _index_at(tokens, sentence.start + adverbial.start())
    if at and tokens[at - 1].text.lower() in _NOMINAL_BEFORE:
        return None, ""
    reach = range(at - 1, max(0, at - 10) - 1, -1)
    if not _progressive_may_be(tokens, reach):
        return None, ""  # settled by the words: the tags are not read
    for i in reach:
        word = tokens[i].text
        if (perfect := _perfect_at(tokens, i)) is not None:
            return perfect
        if (passive := _present_passive_at(tokens, i)) is not None and at - i <= 4:
            return passive  # "three soldiers are killed yesterday"
        if at - i == 1 and tokens[i].text in _HELD and i >= 2 and tokens[i - 1].text in ("is", "are"):
            return tokens[i - 1], "was" if tokens[i - 1].text == "is" else "were"  # "is held yesterday"
        tag = tags[i]
        if tag in ("VBD", "MD", "VBZ", "VBP") and word not in ("is", "are") or word.lower() in _PAST_OR_FUTURE:
            return None, ""
        if tokens[i].text.lower() in _NOMINAL_BEFORE or tokens[i].text in (",", ";"):
            return None, ""
        if word in ("is", "are") and i + 1 < len(tokens) and (
                tags[i + 1] == "VBG" or (tags[i + 1] == "CD" and i + 2 < len(tokens)
                                        and tokens[i + 2].text.lower() in ("percent", "per", "%"))):
            return tokens[i], "was" if word == "is" else "were"
    return None, ""


# State participles that, right before a past time, still name an event: "is held yesterday".
_HELD = frozenset({"held", "opened", "closed", "shut", "reopened"})


def _present_passive_before(sentence, position: int):
    """("is", "was") for "is"/"are" + an event participle up to six words before `position` of
    the sentence text ("is sworn in the next day"), else None."""
    tokens = [t for t in sentence.tokens if t.end <= sentence.start + position][-6:]
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].text.lower() in _PAST_OR_FUTURE:
            return None
        if (found := _present_passive_at(tokens, i)) is not None:
            return found
    return None


def _present_passive_at(tokens: list[Token], i: int, also: frozenset[str] = frozenset()):
    """(the "are" token, "were") when token i is an event participle after "is"/"are" that
    follows its subject ("Three soldiers are killed"; not "what is needed", "there are…")."""
    if i < 2 or tokens[i - 1].text not in ("is", "are") or not (
            _event_participle_form(tokens[i].text) or tokens[i].text in also):
        return None
    subject = tokens[i - 2].text
    if subject.lower() in ("there", "what", "which", "that", "who", "it", "this", "here") or not subject[:1].isalnum():
        return None
    return tokens[i - 1], "was" if tokens[i - 1].text == "is" else "were"


def _progressive_may_be(tokens, reach) -> bool:
    """The word tests of _progressive_or_figure's search: whether a "has" + participle or an
    "is"/"are" lies in `reach` before a word that ends the search."""
    for i in reach:
        if _perfect_at(tokens, i) is not None or _present_passive_at(tokens, i) is not None:
            return True
        word = tokens[i].text
        if word.lower() in _PAST_OR_FUTURE or word.lower() in _NOMINAL_BEFORE or word in (",", ";"):
            return False
        if word in ("is", "are") and i + 1 < len(tokens):
            return True
    return False


def _coordinated_present(sentence, tokens, tags, exempt, weekday, adverbial):
    """A present event verb in a clause after ", and", ", while" or "after" whose main clause
    is past: "closed yesterday …, and the index rises 54 points". The tags are read only for a
    link whose clause has a candidate verb by its words."""
    past_before, scanned = False, 1  # a past verb among tokens 1 … scanned-1 (the main clause)
    for i, token in enumerate(tokens):
        word = token.text
        if word.lower() not in _EVENT_LINKS:
            continue
        if word == "and" and i and tokens[i - 1].text != "," and (weekday or adverbial):
            j = _and_step(tokens, i)
            if j is not None:
                main_past = any(_is_past_tag(tags[k], tokens[k].text) or (
                    tags[k] == "VBN" and tags[k - 1] in ("NN", "NNS", "NNP", "NNPS") and verbs.past_base(tokens[k].text))
                    for k in range(1, i))  # ("the president appointed/VBN on Tuesday…")
                if main_past and tags[j] in ("VBZ", "VBP", "NNS", "NN", "VB"):
                    verb = tokens[j].text
                    return tokens[j], past_tense(verb if verb.endswith("s") else verb + "s")
            continue
        if word.lower() != "after" and not (i and tokens[i - 1].text == "," and (weekday or adverbial)):
            continue
        if not _coordinated_verb_may_be(tokens, i, exempt, adverbial):
            continue
        while not past_before and scanned < i:
            past_before = _is_past_tag(tags[scanned], tokens[scanned].text)
            scanned += 1
        if not past_before:
            continue
        for j in range(i + 1, min(i + 10, len(tokens))):
            w, tag = tokens[j].text, tags[j]
            if tag in ("VBD", "MD", "VBN") or w.lower() in _PAST_OR_FUTURE or w in (",", ";"):
                break
            if (_coordinated_verb_form(w, i, j, tokens, exempt, adverbial)
                    and (tag == "VBZ" or (tag == "NNS" and j + 1 < len(tokens) and (tags[j + 1] in ("DT", "CD", "PRP$")
                                                                               or (tags[j + 1] == "NN" and tags[j - 1] in ("NN", "NNP")))))
                    and tags[j - 1] in ("NN", "NNS", "NNP", "NNPS", "POS", "JJ")
                    and tags[j + 1] in ("DT", "CD", "PRP$", "PRP", "JJ", "NNS", "NN", "IN", "RP")):
                return tokens[j], past_tense(w)
    return None, ""


# Steps of one event told after "and" with no comma: "appointed on Tuesday a new prime minister
# and asks him to form a government", "received the envoy yesterday and they discuss…".
_STEP_BASES = frozenset({"ask", "order", "instruct", "direct", "appoint", "dismiss", "call", "urge", "demand",
                         "task", "charge", "express", "review", "exchange", "address", "inspect"})
# Event verbs of the lexicon whose present tells a habit, a state or a plan as often as a step
# ("and now heads", "and exports oil", "and expects growth"): left out of the generated class.
_NOT_STEPS = frozenset({
    "come", "go", "get", "make", "take", "give", "put", "set", "let", "become", "begin", "start", "follow", "help",
    "fall", "rise", "move", "turn", "bring", "leave", "find", "back", "advise", "advocate", "anticipate", "appreciate",
    "await", "bear", "bind", "compete", "consider", "cooperate", "deem", "drive", "eat", "exceed", "fly", "guard",
    "handle", "learn", "listen", "monitor", "observe", "owe", "oversee", "pray", "predict", "preside", "produce",
    "protect", "read", "rule", "speak", "spend", "suspect", "travel", "treat", "write", "pump", "export", "import",
    "print", "shoulder", "fight", "combat", "regret", "dispute", "sponsor", "spearhead", "press", "push", "patronise",
    "patronize", "recommend", "engage", "exploit", "forecast", "estimate", "hire", "lobby", "mediate", "pursue",
    "represent", "rally", "march", "plunge", "surge", "drop", "climb", "jump", "increase", "decrease", "decline",
    "reduce", "lower", "boost", "widen", "expand", "extend", "improve", "develop", "strengthen", "weaken", "promote",
    "preserve", "save", "win", "lose", "gain", "score", "beat", "fail", "succeed", "survive", "undergo", "experience",
    "vote", "veto", "abstain", "apply", "comply", "obey", "qualify", "perform", "enable", "allow", "permit", "forbid",
    "prohibit", "restrict", "limit", "ensure", "guarantee", "cover", "fill", "supply", "pay", "lend", "borrow", "buy",
    "sell", "purchase", "invest", "spend", "cost", "charge", "owe", "serve", "employ", "host", "house", "encourage",
    "welcome", "thank", "praise", "applaud", "hail", "laud", "salute", "commend", "bless", "greet", "congratulate",
    "blame", "accuse", "criticise", "criticize", "decry", "deplore", "slam", "threaten", "warn", "vow", "pledge",
    "promise", "propose", "expect", "reach", "enter", "cross", "attach", "compare", "describe", "focus", "highlight",
    "mention", "quote", "cite", "report", "reply", "respond", "react", "answer", "say", "tell", "speak", "testify"})


@lru_cache(maxsize=1)
def _step_bases() -> frozenset[str]:
    """Verbs of one act that "and" + their present may add to a past clause: the hand-listed
    steps and the lexicon's event verbs (mtqa/verbs.py) less those of habits, states and speech."""
    from mtqa.tense_shapes import NARRATIVE_BASES

    return NARRATIVE_BASES | _STEP_BASES | (verbs.event_bases() - _NOT_STEPS)


_STEP_TIME = regexes.compile(rf"(?i:\b(?:on[ \t]+(?:{_WEEKDAYS}|\d|the[ \t]+\d)|next|tomorrow|later|every|each|daily"
                             rf"|this[ \t]+(?:week|month|year|morning|evening))\b)")


# Finite verbs that agree with a plural subject, and what ends the clause before them.
_PLURAL_FINITE = frozenset({"are", "were", "have", "remain", "remained", "continue", "continued", "grow", "grew", "mount", "mounted"})
_CLAUSE_END = frozenset({",", ";", ":", ".", "and", "but", "or", "who", "which", "that", "whom", "where", "when", "while"})


def _heads_a_subject(tokens, j: int) -> bool:
    """Word j (an -s form after "and") is a plural noun heading the subject of a later finite
    verb of the same clause: "and calls for more talks are growing", "and arrests of activists
    have risen" - not a verb ("and calls on residents to leave")."""
    for token in tokens[j + 1 : j + 9]:
        word = token.text.lower()
        if word in _CLAUSE_END:
            return False
        if word in _PLURAL_FINITE:
            return True
    return False


def _and_step(tokens, i: int) -> int | None:
    """The index of a present verb of a single event right after "and" (or after "and they/he/
    she"), with an object after it and no time of its own after it; else None."""
    from mtqa.tense_shapes import _STANCE, NARRATIVE_BASES

    j = i + 1
    if j < len(tokens) and tokens[j].text in ("they", "he", "she", "it"):
        j += 1
    if j + 1 >= len(tokens):
        return None
    word = tokens[j].text
    if not word.isalpha() or not word.islower():
        return None
    plural = tokens[j - 1].text == "they"
    if plural:
        base = word  # "and they discuss…": the base form
    elif word.endswith("s") and not word.endswith("ss"):
        base = _verb_base(word)
    else:
        return None
    if base not in _step_bases() or base in _STANCE:
        return None  # (not a stance held on: "withdrew and denies any wrongdoing")
    if not plural and _heads_a_subject(tokens, j):
        return None  # "… and calls for talks are growing": a plural noun, the subject of "are"
    if not (tokens[j + 1].text[:1].isupper() or tokens[j + 1].text[:1].isdigit()
            or tokens[j + 1].text.lower() in _STEP_OBJECTS):
        return None
    if base not in NARRATIVE_BASES and base not in _STEP_BASES and tokens[j + 1].text.lower() in _PREPOSITION_NEXT:
        return None  # a verb of the generated class before a preposition: "raids and attacks on"
    rest = " ".join(t.text for t in tokens[j + 1:j + 12])
    if _STEP_TIME.search(rest):
        return None  # "and meets the king on Monday": a time of its own
    return j


_PREPOSITION_NEXT = frozenset({"with", "that", "for", "about", "on", "to"})
_STEP_OBJECTS = frozenset({"the", "a", "an", "him", "her", "them", "his", "its", "their", "bilateral", "ways",
                           "means", "two", "three", "several", "dozens", "with", "that", "for", "about", "on", "to"})


_AND_WORD = re.compile(r"\band\b")
# "and", a pronoun perhaps, and the letters of the word after them (= the tokens _and_step reads)
_AND_NEXT = re.compile(r"and(?<=\band)\s+(?:(they|he|she|it)\s+)?([^\W\d_]+)")


def _may_step_after_and(text: str) -> bool:
    """False where _and_step finds no verb after any "and" of the text (its tests of the word
    after "and", read from the text instead of the tokens)."""
    return any(_step_word(match.group(2), match.group(1) == "they") for match in _AND_NEXT.finditer(text))


@lru_cache(maxsize=4096)
def _step_word(word: str, plural: bool) -> bool:
    """_and_step's tests of the word after "and" (after "they" when `plural`)."""
    from mtqa.tense_shapes import _STANCE

    if not word.isalpha() or not word.islower():
        return False
    if plural:
        base = word
    elif word.endswith("s") and not word.endswith("ss"):
        base = _verb_base(word)
    else:
        return False
    return base in _step_bases() and base not in _STANCE


# "and", then a pronoun perhaps and the word after them, in the joined word text (scan.joined_words):
# read ahead, so that the next "and" is found even right after this one
_JOINED_AND_NEXT = re.compile(r"and (?<= and )(?=(?:(they|he|she|it) )?([^ ]+))")


def _and_step_sentences(doc) -> set[int]:
    """The indices of the sentences in which _may_step_after_and may find a word, from one scan
    of the document's joined words (every "and" of the text, then its next word, or the word
    after a pronoun after it)."""
    text, starts = joined_words(doc.lowered_words)
    offsets, sentence_starts = doc.lowered_words.offsets, doc._sentence_starts
    found = set()
    for match in _JOINED_AND_NEXT.finditer(text):
        if _step_word(match.group(2), match.group(1) == "they"):
            at = offsets[bisect.bisect_left(starts, match.start(2))]
            found.add(bisect.bisect_right(sentence_starts, at) - 1)
    return found


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _past_then_present(sentence, exempt):
    """"The army stormed the village and arrests 20 suspects": a verb of one act right after "and"
    (no comma, no time of its own) whose clause opened with a past verb; words first, then the tags."""
    text = sentence.text
    if not text.rstrip().endswith(".") or '"' in text or "“" in text:
        return None
    if not _may_step_after_and(text):
        return None  # no word after an "and" that _and_step could take: the sentence is not tokenised
    ands = [m.start() for m in _AND_WORD.finditer(text)]
    head = text[: ands[-1]] if ands else ""
    if not head or ("'" not in head and "’" not in head
                    and not any(w.islower() and verbs.past_base(w) for w in _LETTER_RUN.findall(head))):
        return None  # no past form before any "and": not tokenised either (nor its tokens kept)
    tokens = sentence.tokens[:50]
    for i, token in enumerate(tokens):
        if token.text != "and" or not i or tokens[i - 1].text == ",":
            continue
        j = _and_step(tokens, i)
        if j is None:
            continue
        before = [t.text for t in tokens[:i]]
        if not any(w.islower() and verbs.past_base(w) for w in before):
            continue  # no past form by its words: the tags are not read
        tags = pos_tag(before + [t.text for t in tokens[i:j + 2]])
        if not any((tags[k] == "VBD" or (tags[k] == "VBN" and tags[k - 1] in ("NN", "NNS", "NNP", "NNPS")))
                   and before[k].lower() not in ("said", "told") and verbs.past_base(before[k]) for k in range(1, i)):
            continue  # ("the minister arrived/VBN in Tunis and meets…")
        if any(tags[k] in ("VBZ", "VBP", "MD") for k in range(i)):
            continue  # a present or modal in the first clause: its tenses are mixed on purpose
        if tags[j] not in ("VBZ", "VBP", "NNS", "NN", "VB"):
            continue
        verb = tokens[j].text
        return (tokens[j].start, tokens[j].end, past_tense(verb if verb.endswith("s") else verb + "s"),
                f"Present tense \"{verb}\" after a past verb it is coordinated with.")
    return None


def _coordinated_verb_form(w: str, i: int, j: int, tokens, exempt, adverbial) -> bool:
    """The word tests of _coordinated_present on word j of the clause after link word i."""
    base = _verb_base(w)
    return (w.islower() and w.endswith("s") and w not in exempt and j > i + 1 and base in _news_verbs()
            and (adverbial or (base not in _SCHEDULED and base not in _ALSO_SCHEDULED))
            and w not in _REPORTING_S and base not in ("warn", "urge", "call", "demand", "say", "stress", "note")
            and j + 1 < len(tokens))


def _coordinated_verb_may_be(tokens, i: int, exempt, adverbial) -> bool:
    """Whether the clause after link word i has a word that may be _coordinated_present's verb
    before a past or future form or a comma ends it (words only)."""
    for j in range(i + 1, min(i + 10, len(tokens))):
        w = tokens[j].text
        if w.lower() in _PAST_OR_FUTURE or w in (",", ";"):
            return False
        if _coordinated_verb_form(w, i, j, tokens, exempt, adverbial):
            return True
    return False


# Words before a past time that make it part of a noun phrase: "will compare with last year".
_NOMINAL_STRETCH = re.compile(r"(?i:\b(?:of|since|than|from|until|till|with|to|as|before|after|for|like|over|by)[ \t]+$)")


@register
class WillInPastFrame(Rule):
    id = "SYN005"
    local = True  # its findings on a paragraph depend on that paragraph alone
    trigger = "[Ww](?i:ill)"  # every finding is on a "will" (matched as its case-insensitive patterns match; = (?i)will)
    name = "will-in-past-frame"
    category = "fluency/grammar"
    severity = Severity.MINOR
    explanation = (
        "\"Will\" inside reported speech whose reporting verb is in the past and whose event is "
        "also placed in the past (\"He said on Sunday that the forces will leave yesterday\"): "
        "the Arabic future particle was kept. Sequence of tenses asks for \"would\". Only "
        "sentences with an explicit past time are reported (after \"will\", or opening the "
        "sentence: \"In 2023, the ministry said that it will rebuild…\"), since wire style keeps "
        "\"will\" for events still to come. With the article's own date, \"will\" and a date before it "
        "in one clause (\"will open on 1 March\" in an article of 10 March) are reported too, outside "
        "quotes and reported speech, and so is \"will\" in the main clause of a sentence that opens with a "
        "time already past (\"Yesterday, the minister will inaugurate…\"; not \"On Sunday,\"), and \"will\" in a "
        "relative clause of an event (summit, meeting, elections…) that the main clause tells as over "
        "(\"The summit, which will be held on Sunday, concluded with…\"). Also a past joined by \"and\" to "
        "a future in one clause (\"will raise fares next month and reviewed the subsidy\" → review): no comma, "
        "clause word or other past between, and an object after it."
    )
    bad = (
        "He said that the forces ⟦will→would⟧ leave the airport the day before yesterday.",
        "In 2023, the ministry said that it ⟦will→would⟧ rebuild the network within six months.",
        "The council, which ⟦will⟧ be elected last May, met on Sunday.",
        "The summit, which ⟦will⟧ take place last week in Rabat, ended with a statement.",
        "The fair ⟦will⟧ open two days ago in the capital.",
        "The ministry will raise fares next month and ⟦reviewed→review⟧ the subsidy for buses.",
    )
    good = (
        "He said that the forces will leave the airport next week.",
        "The ministry said in 2023 that it will rebuild the network by 2030.",
        "He said that the forces would leave the airport yesterday.",
        "Exports will be higher than a year ago.",
        "The ministry will publish the figures for last year.",
        "The index will compare prices with last month.",
        "Officials will review last year's budget.",
        "The new rules will apply from next week, the ministry said yesterday.",
        "The bank will cut rates as prices rose and squeezed the poor.",
        "The team will be rested and rotated the next day.",
        "The minister will visit Paris, and signed a deal there last year.",
        "Farmers will plant wheat and cut the hay in June.",
    )
    pattern = regexes.compile(r"\b(?:said|announced|stated|added|stressed|confirmed|explained)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,10}?(will)\b", re.IGNORECASE)

    # A sentence that opens in the past: "Last year, …", "In March 2023, …", "In 2021, …".
    past_opening = regexes.compile(
        r"(?:(?:and|but)\s+)?(?:last\s+(?:year|month|week)|in\s+(?:(?:january|february|march|april|may|june|july|"
        r"august|september|october|november|december)\s+)?(?:19|20)\d\d)\s*,", re.IGNORECASE)

    # "will" and its verb, then a past time in the same clause: "which will be elected last November".
    future_clause = re.compile(r"\b(will)[ \t]+[^,.;:!?\n]{1,60}")
    past_time = re.compile(rf"(?i:\b(?:last[ \t]+(?:{_MONTHS}|{_WEEKDAYS}|year|month|week|night|weekend)|yesterday"
                           rf"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)[ \t]+"
                           rf"(?:days?|weeks?|months?|years?)[ \t]+ago)\b)")

    def check(self, doc, ctx):
        adverbial = _past_adverbial()
        article = article_date.of_document(doc, ctx.config)
        for sentence in doc.sentences:
            if sentence.text.isascii() and "will" not in sentence.text.lower():
                continue  # (other text: case-insensitive matching pairs more letters than lower())
            if found := self._past_and_after_will(doc, sentence):
                yield found
            match = self.pattern.search(sentence.text)
            if article is not None and not match and (found := self._will_before_article_date(doc, sentence, article)):
                yield found
                continue
            if not match and (found := self._will_after_past_opening(doc, sentence, article)
                              or self._will_in_relative_before_past(doc, sentence)):
                yield found
                continue
            time = adverbial.search(sentence.text, match.end(1)) if match else None
            if time is not None and not _is_time(time, sentence.text):
                time = None
            if match and (time or self.past_opening.match(sentence.text)):
                start = sentence.start + match.start(1)
                yield self.finding(doc, start, start + 4, "\"Will\" in a past frame: use \"would\".",
                                   [Suggestion("would", False)])
                continue
            for will in self.future_clause.finditer(sentence.text):
                time = self.past_time.search(sentence.text, will.end(1), will.end())
                if time is None or sentence.text[time.end():time.end() + 1] in ("'", "’"):
                    continue
                stretch = sentence.text[will.end(1):time.start()]
                if len(stretch.split()) <= 7 and not _NOMINAL_STRETCH.search(stretch):
                    start = sentence.start + will.start(1)
                    yield self.finding(doc, start, start + 4, "\"Will\" with a past time: use the past tense.")
                    break

    def _past_and_after_will(self, doc, sentence):
        """"The ministry will raise prices next month and reviewed the subsidy": a past verb joined
        by "and" to a future in one clause (no comma, no past verb or clause word between), with
        an object or "whether" after it: the second verb of the Arabic future kept its past form."""
        text = sentence.text
        if " and " not in text or '"' in text or "“" in text:
            return None
        for match in _WILL_AND_PAST.finditer(text):
            base, past = match.group("base"), match.group("past")
            if base in ("be", "have", "get") or not verbs.is_base(base):
                continue
            past_base = verbs.past_base(past)
            if past_base is None or verbs.is_base(past) or past in _SAYING_PAST or past in _ATTRIBUTION:
                continue
            middle = match.group("mid").split()
            if any(w.lower() in _CLAUSE_WORDS or (verbs.past_base(w) and not verbs.is_base(w)) for w in middle):
                continue  # "will cut rates as prices rose and…", "will visit the town he left and…"
            start = sentence.start + match.start("past")
            return self.finding(doc, start, start + len(past),
                                f"Past tense joined to \"will {base}\": keep the future (\"{past_base}\").",
                                [Suggestion(past_base, False)])
        return None

    def _will_in_relative_before_past(self, doc, sentence):
        """"The summit, which will be held on Sunday in Rabat, concluded with…": a relative clause
        in "will" whose subject the main clause then tells as over (a past verb of an event, not
        of saying: "The minister, who will visit Paris on Sunday, said…" is a plan)."""
        match = _WILL_RELATIVE.search(sentence.text)
        if match is None or '"' in sentence.text or "“" in sentence.text:
            return None
        main = match.group("main")
        if (match.group("noun") not in _EVENT_NOUNS or main in _ATTRIBUTION or main in _SAYING_PAST
                or not verbs.past_base(main) or main in _SAME_IN_PAST
                or re.search(r"\b(?:next|tomorrow|coming|later|soon)\b", match.group("clause"))):
            return None
        start = sentence.start + match.start("will")
        return self.finding(doc, start, start + 4,
                            "\"Will\" in a relative clause whose subject the sentence tells as past: use the past tense.")

    def _will_after_past_opening(self, doc, sentence, article):
        """"Yesterday, the minister will inaugurate…": "will" in the main clause of a sentence that
        opens with a time already past (not "On Sunday,", which may be the coming one; not in quotes)."""
        text = sentence.text
        if '"' in text or "“" in text:
            return None
        frame = _fronted_past_frame().match(text) or _past_intro(text)
        if frame is None or not _frame_is_past(frame.group(0), article):
            return None
        if _SCHEDULABLE_FRAME.match(frame.group(0)) and article_date.relation(frame.group(0), article) != "past":
            return None
        will = _WILL.search(text, frame.end(), min(len(text), frame.end() + 120))
        if will is None or _CLAUSE_BREAK.search(text, frame.end(), will.start()):
            return None
        start = sentence.start + will.start()
        return self.finding(doc, start, start + 4, "\"Will\" in a sentence set in the past: use the past tense.")

    def _will_before_article_date(self, doc, sentence, article):
        """"will" and its verb, then a date before the article's own date in the same clause
        ("The bridge will reopen on 3 March" in an article of 10 March); not inside quotes (a plan
        as it was announced) nor in reported speech (the caller skips "said … will")."""
        text = sentence.text
        if '"' in text or "“" in text:
            return None
        for will in self.future_clause.finditer(text):
            for date in _dates_in(text[will.end(1):will.end()]):
                stretch = text[will.end(1):will.end(1) + date.start()]
                if (article_date.relation(date.group(0), article) == "past" and len(stretch.split()) <= 8
                        and not _NOMINAL_STRETCH.search(stretch)):
                    start = sentence.start + will.start(1)
                    return self.finding(doc, start, start + 4,
                                        "\"Will\" with a date before the article's own date: use the past tense.")
        return None


# "will" + a verb, the rest of its clause, then "and" + a past with an object: "will raise prices and reviewed the…"
_WILL_AND_PAST = regexes.compile(
    r"\bwill[ \t]+(?:also[ \t]+|then[ \t]+)?(?P<base>[a-z]{2,20})\b(?P<mid>[^,.;:!?()\n]{0,80}?)[ \t]+and[ \t]+"
    r"(?:then[ \t]+|also[ \t]+)?(?P<past>[a-z]{3,20})[ \t]+(?=(?:the|a|an|its|his|her|their|whether|two|three|\d)\b)")
_CLAUSE_WORDS = frozenset({"as", "because", "since", "after", "before", "when", "while", "if", "though", "although",
                           "until", "once", "that", "which", "who", "whom", "whose", "where", "what", "than"})
_WILL_RELATIVE = regexes.compile(
    r"\b(?P<noun>[a-z]{3,20}),[ \t]+which[ \t]+(?P<will>will)[ \t]+(?:be[ \t]+)?[a-z]{3,20}\b(?P<clause>[^,;:()\"“”]{0,80}),[ \t]+"
    r"(?:also[ \t]+|then[ \t]+)?(?P<main>[a-z]{3,20})\b")
# Events a sentence can tell as over ("The summit, which will be held…, concluded…").
_EVENT_NOUNS = frozenset({"summit", "conference", "meeting", "session", "elections", "election", "talks", "festival",
                          "forum", "exhibition", "fair", "tournament", "match", "vote", "referendum", "ceremony",
                          "congress", "symposium", "workshop", "visit", "tour", "race", "marathon", "concert"})
_SAYING_PAST = frozenset({"said", "told", "added", "stated", "stressed", "warned", "announced", "affirmed", "confirmed",
                          "noted", "explained", "indicated", "pointed", "revealed", "declared", "urged", "called",
                          "expected", "hoped", "planned", "wanted", "promised", "pledged", "vowed", "insisted"})
_WILL = regexes.compile(r"\bwill(?=[ \t]+(?:not[ \t]+|also[ \t]+)?[a-z]{2,20}\b)")
_CLAUSE_BREAK = re.compile(r"[;:\"“]|\b(?:said|says|that|which|who|whether|if|when|after|before|until)\b")


_SHE = frozenset({"she"})


@register
class FeminineInstitution(Rule):
    id = "SYN007"
    trigger = r"She\s"  # (the opener every finding starts with)
    name = "she-for-an-institution"
    category = "accuracy/mistranslation"
    severity = Severity.MINOR
    explanation = (
        "Arabic nouns such as وكالة (agency), وزارة (ministry), هيئة (authority) or شركة (company) "
        "are feminine, and MT carries the agreement over: \"The agency reported that… She added "
        "that…\". A sentence that opens with \"She\" and a reporting verb is reported when the "
        "sentence before it has an institution as its subject and mentions no woman."
    )
    bad = (
        "The health ministry said 40 people were hurt. ⟦She added→It added⟧ that two were in a serious condition.",
        "The state news agency reported heavy rain in the north. ⟦She explained→It explained⟧ that roads were closed.",
    )
    good = (
        "The minister, Maryam Hassan, said the ministry would act. She added that funds were ready.",
        "The agency quoted its director, Ms Laila Omar. She said the report was accurate.",
        "The company said profits rose. It added that jobs were safe.",
    )
    opener = regexes.compile(r"[\"“]?She\s+(added|said|explained|noted|stated|continued|pointed out|stressed|confirmed|indicated|reported|affirmed|emphasi[sz]ed|clarified|announced|warned)\b")
    subject = regexes.compile(
        r"(?:[\w'’-]+\s+){0,6}?(agency|ministry|authority|company|organi[sz]ation|commission|committee|"
        r"embassy|presidency|government|administration|directorate|corporation|association|federation|"
        r"union|league|mission|municipality|observatory|network|channel|newspaper|television|radio|"
        r"station|court|bank|council|assembly|coalition|movement|group|army|police)\b(?:\s+[A-Z][\w'’-]*){0,3}"
        r"\s+(?:said|reported|announced|stated|added|explained|noted|confirmed|published|quoted|revealed|"
        r"warned|indicated|called|urged|condemned|denied|welcomed|issued|[a-z]+ed)\b", re.IGNORECASE)
    woman = regexes.compile(r"\b(?:she|her|hers|herself|Ms|Mrs|Miss|Madam|woman|women|mother|wife|daughter|sister|girl|"
                       r"queen|princess|lady|spokeswoman|chairwoman|businesswoman|actress)\b", re.IGNORECASE)

    def check(self, doc, ctx):
        sentences = doc.sentences
        for i in sorted(sentences_with_words(doc, _SHE)):  # (the opener holds "She")
            if i < 1:
                continue
            match = self.opener.match(sentences[i].text)
            if not match:
                continue
            before = sentences[i - 1].text
            earlier = sentences[i - 2].text if i > 1 else ""
            if not self.subject.match(before) or self.woman.search(before) or self.woman.search(earlier):
                continue
            start = sentences[i].start + match.start()
            if sentences[i].text[:1] in "\"“":
                continue  # quoted speech
            end = sentences[i].start + match.end()
            yield self.finding(doc, start, end,
                               "\"She\" for an institution (Arabic feminine agreement): use \"it\".",
                               [f"It {match.group(1)}"])
