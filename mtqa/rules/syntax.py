"""Arabic syntax carried into English (SYN…): verb-first clauses, reversed adjective order,
doubled reporting verbs, present tense with a past time, "will" in a past frame. Word lists
live in data/syntax.toml."""

from __future__ import annotations

import re
import tomllib
from functools import cached_property, lru_cache
from importlib import resources

from mtqa.document import Token
from mtqa.findings import Severity, Suggestion
from mtqa.resources import pos_tag
from mtqa.rules import Rule, register


@lru_cache(maxsize=1)
def words() -> dict:
    return tomllib.loads(resources.files("mtqa").joinpath("data/syntax.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _past_adverbial() -> re.Pattern:
    """Past time expressions (data/syntax.toml), shared by SYN004 and SYN005."""
    return re.compile(rf"\b(?:{_alternation(words()['past_adverbials'])})\b", re.IGNORECASE)


def _alternation(items) -> str:
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(items, key=len, reverse=True))


def _in_quotes(text: str, position: int, start: int) -> bool:
    """Whether `position` lies inside a quotation opened after `start` (sentence start)."""
    before = text[start:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


class VerbFirstClause(Rule):
    id = "SYN001"
    name = "verb-first-clause"
    category = "fluency/grammar"
    severity = Severity.MAJOR
    explanation = (
        "An Arabic verbal sentence keeps its verb-subject order in English: \"And monitored "
        "several sources loyal to the government the withdrawal…\", \"Announced the ministry on "
        "Sunday that…\". English needs the subject first (\"Several pro-government sources "
        "reported…\"). Ordinary openers (\"And yet\", \"And so\"), names that are also verbs "
        "(Said, Saeed), quoted speech and questions are left alone."
    )
    bad = (
        "⟦And monitored⟧ several sources loyal to the government the withdrawal of the mercenaries.",
        "⟦Announced⟧ the Ministry of Health on Sunday the death of three children.",
        "⟦And ordered⟧ the prosecution the detention of the two drivers.",
    )
    good = (
        "And yet the talks went on.",
        "Said al-Masri, a lawyer, denied the charges.",
        "Several sources monitored the withdrawal of the mercenaries.",
        "\"We will stay,\" said the spokesman.",
        "Killed in the attack were two soldiers.",
        "Armed men stormed the building.",
        "And then the talks resumed.",
    )

    @cached_property
    def listed_verbs(self) -> frozenset[str]:
        return frozenset(words()["vso_verbs"])

    @cached_property
    def pattern(self) -> re.Pattern:
        data = words()
        return re.compile(
            rf"(?i:(?:(?:{_alternation(data['vso_openers'])})\s+)?({_alternation(data['vso_verbs'])}|[a-z]{{3,}}ed))"
            rf"\s+(?:(?i:{_alternation(data['subject_starts'])})|[A-Z][a-z]+)\b"
        )

    def check(self, doc, ctx):
        pattern = self.pattern
        for sentence in doc.sentences:
            match = pattern.match(doc.prose, sentence.start, sentence.end)
            if not match or sentence.text.rstrip().endswith("?"):
                continue
            verb = match.group(1)
            opener = match.start(1) > match.start()
            if not opener and verb.lower() not in self.listed_verbs:
                continue  # any "-ed" verb counts only after "And"/"Also": "Armed men stormed…"
            if not opener and (verb[:1].islower() or verb.lower() == "said"):
                continue  # "Said al-Masri…": a name, not a verb
            if opener and not verb[:1].islower():
                continue  # "And Said…"
            yield self.finding(doc, match.start(), match.end(1),
                               f"Verb-first clause (Arabic word order): put the subject before \"{verb}\".")


class ReversedAdjectiveOrder(Rule):
    id = "SYN003"
    name = "reversed-adjective-order"
    category = "fluency/grammar"
    severity = Severity.MAJOR
    explanation = (
        "Arabic puts adjectives after the noun (وزارة الداخلية الليبية, ministry-the-interior-the-"
        "Libyan); word-by-word MT yields \"the Ministry Libyan Interior\". English puts the "
        "nationality and the department first: \"the Libyan Interior Ministry\"."
    )
    bad = (
        "Security services of ⟦the Ministry Libyan Interior→the Libyan Interior Ministry⟧ arrested him.",
        "⟦The Ministry Iraqi Defense→The Iraqi Defense Ministry⟧ denied the report.",
    )
    good = (
        "The Libyan Interior Ministry arrested him.",
        "The Ministry of Interior of Libya denied the report.",
        "The Army Syrian units withdrew",  # no department after the nationality
    )

    @cached_property
    def pattern(self) -> re.Pattern:
        data = words()
        return re.compile(
            rf"\b(?:([Tt]he)\s+)?({_alternation(data['reversed_heads'])})\s+({_alternation(data['nationalities'])})"
            rf"\s+({_alternation(data['departments'])})\b"
        )

    def check(self, doc, ctx):
        for match in self.pattern.finditer(doc.prose):
            article, head, nationality, department = match.groups()
            fixed = f"{nationality} {department} {head}"
            if article:
                fixed = f"{article} {fixed}"
            yield self.finding(doc, match.start(), match.end(),
                               "Reversed word order (Arabic adjective after the noun).", [fixed])


class RedundantReportingVerb(Rule):
    id = "SYN002"
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
        verbs = _alternation(words()["reporting_verbs"])
        return re.compile(rf"\b({verbs}),?\s+saying\b|\b(\w+?)(?:ed|d),\s+(\2)ing\b", re.IGNORECASE)

    def check(self, doc, ctx):
        for match in self.pattern.finditer(doc.prose):
            if match.group(1):
                verb = match.group(1)
            else:
                verb = match.group(0).split(",")[0]
                if len(match.group(2)) < 3:
                    continue
            yield self.finding(doc, match.start(), match.end(),
                               f"Doubled reporting verb: \"{verb}\" needs no participle after it.", [verb])


class PresentWithPastTime(Rule):
    id = "SYN004"
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
        "(\"events of last year\", \"higher than a year ago\", \"last year's figures\") are left alone."
    )
    bad = (
        "The notables and the council ⟦refuse→refused⟧ to support the attack more than a year ago.",
        "The ministry ⟦announces→announced⟧ the closure of the crossing two days ago.",
        "Last year, the union ⟦refuses→refused⟧ to take part in the dialogue.",
        "Residents ⟦oppose→opposed⟧ the deployment two years ago, but the town was calm.",
    )
    good = (
        "The council refused to support the attack more than a year ago.",
        "The town, which lies on the coast, fell two years ago.",
        "He says the attack began a year ago.",
        "The report covers the events of last year.",
        "Prices are higher than a year ago.",
        "Last year's figures show a rise in exports.",
        "The law passed last year requires new elections.",
    )

    @property
    def adverbial(self) -> re.Pattern:
        return _past_adverbial()

    def check(self, doc, ctx):
        exempt = frozenset(words()["present_exempt"])
        for sentence in doc.sentences:
            if '"' in sentence.text or "“" in sentence.text:
                continue  # quoted speech keeps its own tenses
            for time in self.adverbial.finditer(sentence.text):
                if sentence.text[time.end() : time.end() + 1] in ("'", "’"):
                    continue  # "last year's figures": a noun phrase
                verb = _governing_present_verb(sentence.tokens, sentence.start + time.start(),
                                               sentence.start + time.end(), exempt)
                if verb is not None:
                    yield self.finding(doc, verb.start, verb.end,
                                       f"Present tense \"{verb.text}\" with a past time reference.",
                                       [Suggestion(past_tense(verb.text), False)])
                    break


# Words before a past time expression that make it a noun phrase, not a time of the verb:
# "events of last year", "since last week", "higher than a year ago", "compared with…".
_NOMINAL_BEFORE = frozenset({"of", "since", "than", "from", "until", "till", "with", "to", "as", "before", "after"})
_WINDOW = 16  # tokens looked at before (or after) the time expression
_CLAUSE_STARTERS = frozenset({"which", "that", "who", "where", "to", "when", "while"})


def _governing_present_verb(tokens: list[Token], start: int, end: int, exempt: frozenset[str]) -> Token | None:
    """The verb a past time expression belongs to, when it is a present-tense verb that should
    be past: the nearest finite verb before the expression, or after it when the expression
    opens the sentence ("Last year, the council refuses…"). Only those few tokens are tagged."""
    before = [t for t in tokens if t.end <= start]
    after = [t for t in tokens if t.start >= end]
    if before and before[-1].text.lower() in _NOMINAL_BEFORE:
        return None
    opening = not [t for t in before if t.text[:1].isalnum() and t.text.lower() not in ("and", "but", "so")]
    window = after[:_WINDOW] if opening else before[-_WINDOW:]
    if any(t.text.lower() in _PAST_OR_FUTURE for t in window):
        return None  # a past (or future) verb stands nearer: settled without the tagger
    tags = pos_tag([t.text for t in window])
    order = range(len(window)) if opening else range(len(window) - 1, -1, -1)
    for i in order:
        tag = tags[i]
        if tag in ("VBD", "MD", "VBN"):
            return None
        if _present_verb(tags, i):
            token = window[i]
            previous = window[i - 1].text.lower() if i else ""
            if token.text.lower() in exempt or not token.text.islower() or previous in _CLAUSE_STARTERS:
                return None
            return token
    return None


# Forms that are a past-tense verb (or "will"/"would") whatever the tagger says.
_PAST_OR_FUTURE = frozenset({"will", "would", "had", "was", "were", "did", "said", "told"})


def _present_verb(tags: list[str], i: int) -> bool:
    """A present-tense verb, including one the tagger took for a noun before "to" + verb
    ("the council refuse/NN to/TO support/VB")."""
    if tags[i] in ("VBP", "VBZ"):
        return True
    return (
        tags[i] == "NN" and 0 < i and i + 2 < len(tags)
        and tags[i - 1] in ("NN", "NNS", "NNP", "NNPS", "PRP") and tags[i + 1] == "TO" and tags[i + 2] == "VB"
    )


def past_tense(verb: str) -> str:
    """Simple past of a present-tense form (regular rules plus data/syntax.toml exceptions)."""
    irregular = words()["irregular_past"]
    lower = verb.lower()
    if lower in irregular:
        return irregular[lower]
    base = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
    if base.endswith("ie"):
        base = base[:-1]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    if lower.endswith("es") and lower[:-2].endswith(("sh", "ch", "ss", "x", "z")):
        return lower[:-2] + "ed"
    return base + "ed"


class WillInPastFrame(Rule):
    id = "SYN005"
    name = "will-in-past-frame"
    category = "fluency/grammar"
    severity = Severity.MINOR
    explanation = (
        "\"Will\" inside reported speech whose reporting verb is in the past and whose event is "
        "also placed in the past (\"He said on Sunday that the forces will leave yesterday\"): "
        "the Arabic future particle was kept. Sequence of tenses asks for \"would\". Only "
        "sentences with an explicit past time are reported (after \"will\", or opening the "
        "sentence: \"In 2023, the ministry said that it will rebuild…\"), since wire style keeps "
        "\"will\" for events still to come."
    )
    bad = (
        "He said that the forces ⟦will→would⟧ leave the airport the day before yesterday.",
        "In 2023, the ministry said that it ⟦will→would⟧ rebuild the network within six months.",
    )
    good = (
        "He said that the forces will leave the airport next week.",
        "The ministry said in 2023 that it will rebuild the network by 2030.",
        "He said that the forces would leave the airport yesterday.",
    )
    pattern = re.compile(r"\b(?:said|announced|stated|added|stressed|confirmed|explained)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,10}?(will)\b", re.IGNORECASE)

    # A sentence that opens in the past: "Last year, …", "In March 2023, …", "In 2021, …".
    past_opening = re.compile(
        r"(?:(?:and|but)\s+)?(?:last\s+(?:year|month|week)|in\s+(?:(?:january|february|march|april|may|june|july|"
        r"august|september|october|november|december)\s+)?(?:19|20)\d\d)\s*,", re.IGNORECASE)

    def check(self, doc, ctx):
        adverbial = _past_adverbial()
        for sentence in doc.sentences:
            match = self.pattern.search(sentence.text)
            if match and (adverbial.search(sentence.text, match.end(1)) or self.past_opening.match(sentence.text)):
                start = sentence.start + match.start(1)
                yield self.finding(doc, start, start + 4, "\"Will\" in a past frame: use \"would\".",
                                   [Suggestion("would", False)])


for _rule in (VerbFirstClause, ReversedAdjectiveOrder, RedundantReportingVerb, PresentWithPastTime, WillInPastFrame):
    register(_rule())
