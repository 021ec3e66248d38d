"""Three tense shapes of Arabic MT that SYN004's time-expression passes do not reach, each found
by its structure and word classes, with the tagger not needed:

- a statement frame: a present verb whose past time sits inside the phrase that names the
  statement or meeting it was made in ("The union condemns in a statement issued last Thursday
  the arrest…", "The parliament approves in its session yesterday…");
- "since" + a point in time with a simple present ("The toll rises to 230 since the start of the
  fighting", "The crossing is closed since last Friday"): English needs the present perfect;
- a change of quantity reported in the past and kept in the present ("The ministry said the number
  of cases rises to 400"): the reported event is over.

Also: a present perfect in an "after" clause of a past event ("…, a day after the tribes have
announced"), and verbs in -s coordinated by "and" with a present already found (used by SYN004).

Each returns (start, end, fix, message) in document offsets, or None."""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa import regexes, verbs

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"

# Nouns of a statement, a meeting or a message: the time of their phrase is the time of the verb
# that was done in them ("condemns in a statement issued yesterday").
STATEMENT_NOUNS = ("statement", "statements", "communique", "communiqué", "session", "meeting", "speech", "address",
                   "interview", "conference", "briefing", "report", "letter", "message", "tweet", "post",
                   "bulletin", "declaration", "announcement", "remarks", "comments", "call", "sermon",
                   "resolution", "circular", "notice", "letters", "messages", "talks", "phone call", "telephone call")
_PARTICIPLES = ("issued", "released", "published", "made", "delivered", "given", "held", "sent", "broadcast",
                "aired", "posted", "read", "carried", "distributed", "circulated", "signed", "conducted", "written")
# Words before a verb in -s that make it a noun ("the calls in…", "two reports in…").
_NOT_BEFORE_VERB = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "of", "for", "to", "with", "by",
                              "and", "or", "these", "those", "this", "that", "many", "several", "some", "no", "two",
                              "three", "four", "five", "whose", "in", "on", "at", "from", "new", "recent", "such",
                              "all", "any", "more", "most", "other", "further", "fresh", "repeated", "whose"})


@lru_cache(maxsize=1)
def _statement_frame() -> re.Pattern:
    from mtqa.rules.syntax import words

    adverbials = "|".join(re.escape(a).replace(r"\ ", r"[ \t]+")
                          for a in sorted(words()["past_adverbials"], key=len, reverse=True))
    nouns = "|".join(n.replace(" ", r"[ \t]+") for n in sorted(STATEMENT_NOUNS, key=len, reverse=True))
    participles = "|".join(_PARTICIPLES)
    return regexes.compile(
        rf"(?<![\w'’-])(?P<verb>[a-z]{{3,20}})[ \t]+(?:in|during|through|via|at)[ \t]+"
        rf"(?:(?:a|an|the|its|his|her|their)[ \t]+)?(?:[a-z][a-z-]{{1,19}}[ \t]+){{0,2}}?(?:{nouns})"
        rf"(?:[ \t]+(?P<part>{participles}|[a-z]{{2,18}}ed))?[ \t]+"
        rf"(?P<time>(?i:{adverbials})\b|(?P<weekday>(?i:on[ \t]+(?:{_WEEKDAYS}))\b))"
    )


_CHANGE = ("rises", "reaches", "increases", "decreases", "climbs", "drops", "falls", "jumps", "declines", "soars",
           "doubles", "grows", "slumps", "plunges", "dips", "mounts", "edges", "shrinks", "triples")
# Their base forms, after a plural subject ("said exports rise by 5 percent"): nouns as often,
# so their sentences are read only when the report's pattern matches (may_report_change).
_CHANGE_BASE_FORMS = ("rise", "reach", "increase", "decrease", "climb", "drop", "fall", "jump", "decline", "soar",
                 "double", "grow", "slump", "plunge", "dip", "shrink", "triple")
_SINCE_WORDS = frozenset({"since"})
_STATEMENT_WORDS = frozenset(n for n in STATEMENT_NOUNS if " " not in n)
# Events over in a moment (an arrest, a seizure, a killing): under a past reporting verb, their
# simple present is MT's imperfect ("The army said it arrests 20 suspects in the raid").
_EVENT_BASES = ("kill", "arrest", "seize", "destroy", "shoot", "detain", "capture", "intercept", "bomb", "shell",
                "raid", "storm", "injure", "wound", "rescue", "evacuate", "dismantle", "thwart", "foil",
                "confiscate", "demolish", "abduct", "kidnap", "execute", "deport", "expel", "apprehend", "arrest",
                "neutralise", "neutralize", "repel", "repulse", "liberate", "recapture", "ambush")


def _third_person(base: str) -> str:
    from mtqa import verbs

    return verbs.third_person(base)


# Acts over in a moment that a report under a past verb tells (not habits: the object that follows
# must be one thing or a count: "said it targets a ship", "said its forces launch an operation").
_REPORTED_ACT_BASES = _EVENT_BASES + (
    "target", "launch", "suspend", "score", "strike", "hit", "fire", "down", "attack", "sign", "inaugurate",
    "sentence", "convict", "acquit", "release", "free", "appoint", "dismiss", "sack", "impose", "lift", "close",
    "reopen", "postpone", "cancel", "approve", "reject", "ratify", "conclude", "receive", "recover", "burn",
    "sink", "hijack", "assassinate", "behead", "hang", "dissolve")
_SPAN_AFTER = re.compile(r"\b(?:hours|days|weeks|months|a[ \t]+day|a[ \t]+week|a[ \t]+month)[ \t]+after\b")  # "weeks after the strikes"
# A time to come after the verb: "said on Monday that it launches a campaign next week", "…in March".
_COMING = re.compile(r"\b(?:next|tomorrow|coming|soon|later|starting|until|will|this[ \t]+(?:week|month|year)"
                     r"|from[ \t]+(?:the[ \t]+)?(?:next|tomorrow|coming|start|beginning|first|\d|" + _MONTHS + "|" + _WEEKDAYS + r")"
                     r"|in[ \t]+(?:" + _MONTHS + r")|on[ \t]+(?:" + _WEEKDAYS + r"))\b", re.IGNORECASE)  # ("from a penalty": no time)
_PRONOUN_VERB = re.compile(r"\b(?:he|she|it|they|we|i|you)[ \t]+[a-z]{2,20}s?[ \t]", re.IGNORECASE)  # "said he hopes the team…"
_EVENT_FORMS = tuple(sorted({_third_person(b) for b in _REPORTED_ACT_BASES} | set(_REPORTED_ACT_BASES),
                            key=lambda w: (-len(w), w)))  # (one pattern text in every run)
_CHANGE_WORDS = frozenset(_CHANGE) | frozenset(_EVENT_FORMS)


@lru_cache(maxsize=1)
def _next_step_words() -> frozenset[str]:
    """The forms a next step of narrative_present can have (its verb: a news verb of one act,
    "hold" or a verb of reporting "that"; in -s, or its base after a plural subject)."""
    from mtqa.rules import syntax

    bases = (_STEP_VERBS | {"hold"} | _REPORT_THAT) & syntax._news_verbs()
    forms = set(bases)
    for base in bases:
        forms.update(form for form in (base + "s", base + "es", base[:-1] + "ies")
                     if not form.endswith(("ss", "us", "is")) and syntax._verb_base(form) == base)
    return frozenset(forms)


@lru_cache(maxsize=1)
def candidate_words() -> tuple[frozenset[str], ...]:
    """The words whose sentences the shapes read (scan.sentences_with_any): a statement noun,
    "since", a verb of change, a verb a next step can have (narrative_present), a word that links
    a clause (coordinated_clause, subordinate_tense, relative_event; see may_link_clause), a month
    (perfect_with_month; see may_date_perfect), a change verb's base (reported_change; see
    may_report_change)."""
    return (_STATEMENT_WORDS, _SINCE_WORDS, _CHANGE_WORDS, _next_step_words(), _LINK_WORDS, _MONTH_WORDS,
            frozenset(_CHANGE_BASE_FORMS))


_LINK_WORDS = frozenset({"and", "where", "which", "during", "after", "when", "who"})


def may_link_clause(text: str) -> bool:
    """The first tests of the linked-clause shapes (coordinated_clause, subordinate_tense,
    relative_event): a sentence ending in a full stop, without quotes, that has their link."""
    if not text.rstrip().endswith(".") or '"' in text or "“" in text:
        return False
    # (each link's pattern only where its literal words are: a search of the sentence each)
    return (_AND_CLAUSE.search(text) is not None
            or ("after" in text or "when" in text) and _TIME_LINK.search(text) is not None
            or ("who" in text or "which" in text) and _RELATIVE_ACT.search(text) is not None)


def statement_frame(sentence, exempt: frozenset[str]):
    """"<subject> condemns in a statement issued last Thursday…": the verb in -s (or a news verb's
    base after a plural subject) right before the phrase; a weekday counts only after a participle
    ("issued on Sunday"), since "discusses in its session on Sunday" may be a plan."""
    from mtqa.rules import syntax

    text = sentence.text
    for match in _statement_frame().finditer(text):
        verb = match.group("verb")
        if match.group("weekday") and not match.group("part"):
            continue  # "discusses in its session on Sunday" may be a plan
        if verb.endswith("s") and not verb.endswith(("ss", "us", "is")):
            base = syntax._verb_base(verb)
        elif verb in syntax._news_verbs():
            base = verb  # "The unions call in a statement…"
        else:
            continue
        if base not in syntax._news_verbs() and base not in syntax._REPORTING_BASES:
            continue
        if verb in exempt and verb not in ("says", "say"):
            continue
        before = text[: match.start("verb")].rstrip()
        previous = before.rsplit(None, 1)[-1] if before else ""
        if (not previous or previous.lower() in _NOT_BEFORE_VERB or previous[:1].isdigit()
                or previous.endswith(("'s", "’s", ",", "(", ":")) or not previous[-1:].isalnum()):
            continue
        if verb == base and not (previous.endswith("s") and previous.lower() not in syntax._NOT_SUBJECTS):
            continue  # a base form needs a plural subject
        start = sentence.start + match.start("verb")
        fix = syntax.past_tense(verb if verb != base else verb + "s")
        return start, start + len(verb), fix, f"Present tense \"{verb}\" in a statement dated in the past."
    return None


# --- since + a point in time ----------------------------------------------------------------
_SINCE = regexes.compile(
    rf"(?i:\bsince[ \t]+(?:the[ \t]+(?:start|beginning|outbreak|onset|launch|eruption|end|middle|first|early|morning"
    rf"|evening|dawn|night)\b|(?:early|late|mid|last|dawn|yesterday|then)\b|(?:{_MONTHS}|{_WEEKDAYS})\b|(?:19|20)\d\d\b))")
_CLAUSE_WORD = re.compile(r"[;:()\"“”]|,(?!\d)|\b(?:which|that|who|when|while|after|before|because|if|as|and|but)\b",
                          re.IGNORECASE)
_RELATIVES = frozenset({"who", "which", "that"})
_PERFECT_OR_PAST = frozenset({"has", "have", "had", "was", "were", "been", "will", "would", "did", "can", "could",
                              "may", "might", "should", "must"})
# Words that tie "since" to a noun or a comparison, not to the verb: "its lowest level since",
# "up 5 percent since", "the first visit since".
_COMPARISON = frozenset({"highest", "lowest", "largest", "biggest", "worst", "best", "most", "least", "first",
                         "only", "greatest", "strongest", "weakest", "deadliest", "heaviest", "longest", "fastest",
                         "sharpest", "steepest", "up", "down", "higher", "lower", "record",
                         "ever", "earliest", "latest", "last", "second", "third", "gain", "loss", "rise", "fall",
                         "increase", "decline", "drop", "jump"})
_NOT_SUPERLATIVE = frozenset({"arrest", "protest", "interest", "harvest", "forest", "request", "contest", "suggest",
                              "digest", "honest", "modest", "manifest", "conquest", "inquest", "invest", "unrest"})
_WORD = re.compile(r"[\w'’%.-]+")
_IRREGULAR_PARTICIPLES = {"rise": "risen", "fall": "fallen", "grow": "grown", "take": "taken", "give": "given",
                          "see": "seen", "drive": "driven", "write": "written", "break": "broken", "choose": "chosen",
                          "speak": "spoken", "steal": "stolen", "show": "shown", "beat": "beaten", "go": "gone",
                          "do": "done", "fly": "flown", "draw": "drawn", "throw": "thrown", "flee": "fled",
                          "know": "known", "shake": "shaken", "ride": "ridden"}


_PAST_TO_PARTICIPLE = frozenset({"rose", "fell", "grew", "fled", "shut", "cut", "hit", "went", "came", "began"})
_AUXILIARY_BEFORE = frozenset({"has", "have", "had", "been", "being", "be", "is", "are", "was", "were", "get", "got",
                               "the", "a", "an", "of", "and", "or", "who", "which", "that", "to", "not", "never",
                               "recently", "newly", "most", "least", "ever", "first", "last", "only", "those", "people"})
# Verbs whose past with "since" becomes "has" + participle ("rose" → "has risen"); the others are
# states of what was done to the subject ("closed" → "has been closed").
_CHANGE_BASES = frozenset({"rise", "fall", "grow", "flee", "increase", "decrease", "decline", "drop", "jump", "climb",
                           "die", "go", "come", "begin", "collapse", "soar", "plunge", "slump", "surge", "double", "triple",
                           "shrink", "arrive", "return", "disappear", "stop", "start", "resume"})


def verbs_past_base(word: str) -> str | None:
    from mtqa import verbs

    return verbs.past_base(word)


# Verbs of a state that lasts, and their participles: "remains closed since…" → "has remained".
_STAYING = {"remains": "remained", "remain": "remained", "stays": "stayed", "stay": "stayed"}
_SINCE_WORD = re.compile(r"\b[Ss]ince\b")
_SINCE_CLAUSE_WORDS = re.compile(r"[\w'’-]+|[,;:.()]")


def _since_points(text: str):
    """The matches of "since" + a point in time (_SINCE), and of a bare "since" that opens a
    clause of its own with a past verb up to five words on ("since the emir dissolved it")."""
    from mtqa import verbs

    for word in _SINCE_WORD.finditer(text):
        if (point := _SINCE.match(text, word.start())) is not None:
            yield point
            continue
        for token in _SINCE_CLAUSE_WORDS.findall(text[word.end() : word.end() + 60])[:6]:
            if not token[0].isalnum() or token.lower() in ("been", "then", "when"):
                break
            if token.islower() and verbs.past_base(token):
                yield word
                break


def _participle(base: str) -> str:
    from mtqa import verbs

    return _IRREGULAR_PARTICIPLES.get(base) or verbs.past(base)


def _comparison(word: str) -> bool:
    lower = word.lower()
    return lower in _COMPARISON or (lower.endswith("est") and len(lower) > 5 and lower not in _NOT_SUPERLATIVE)


# Plural presents of a state that "since" does not make a slip of ("who live since…" is rare and
# a reading of "since" as "because" is likelier).
_PLURAL_STATIVE = frozenset({"are", "have", "do", "live", "remain", "stay", "seem", "need", "want", "know", "believe",
                             "hope", "think", "say", "see", "hear", "feel", "mean", "own", "belong"})


def _was_done(words: list[str], told: bool, irregular) -> str | None:
    """"was detained" / "were closed" right before "since" + a point in time: the present perfect
    ("has been detained"); None when the clause holds a perfect, a comparison or a modal."""
    if told or len(words) < 2 or words[-2].lower() not in ("was", "were") or not words[-1].islower():
        return None
    if not (words[-1].endswith("ed") or words[-1] in irregular) or words[-1] in _STAYING:
        return None
    if any(w.lower() in ("has", "have", "had", "been", "would", "will", "could") or _comparison(w) for w in words):
        return None
    return ("has been " if words[-2].lower() == "was" else "have been ") + words[-1]


def _plural_before(tokens) -> bool:
    """The last word before a relative pronoun (commas aside) is a plural noun ("lecturers, who")."""
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    return bool(words) and words[-1].islower() and words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is"))


def _present_participle(base: str) -> str:
    """strike → striking, warn → warning, protest → protesting (enough for news verbs)."""
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    return base + "ing"


def since_perfect(sentence, exempt: frozenset[str]):
    """A simple present (a news verb in -s after its subject, or "is/are" + a participle) as the
    only finite verb of the clause that "since" + a point in time closes: "rises to 12,000 since
    the start of…" → "has risen", "is closed since last Friday" → "has been closed". Words first
    (a perfect, a past or a modal in the clause settles it), then the tags of the sentence."""
    from mtqa.resources import pos_tag
    from mtqa.rules import syntax

    text = sentence.text
    if "since" not in text and "Since" not in text:
        return None
    tokens = sentence.tokens
    for since in _since_points(text):
        told = since.group(0) == "since"  # "since" + a clause of its own ("since the emir dissolved it")
        clause_start, relative = 0, False
        for mark in _CLAUSE_WORD.finditer(text, max(0, since.start() - 120), since.start()):
            clause_start, relative = mark.end(), mark.group(0).lower() in _RELATIVES
        first = next((i for i, t in enumerate(tokens) if t.start >= sentence.start + clause_start), len(tokens))
        at = next((i for i, t in enumerate(tokens) if t.start >= sentence.start + since.start()), len(tokens))
        clause = tokens[first:at][-12:]
        words = [t.text for t in clause]
        if (was := _was_done(words, told, syntax._IRREGULAR_PARTICIPLES)) is not None:
            return (clause[-2].start, clause[-1].end, was,
                    f"Simple past \"{words[-2]} {words[-1]}\" with \"since\": use the present perfect.")
        if not words or any(w.lower() in _PERFECT_OR_PAST or _comparison(w) for w in words):
            continue
        candidate = None
        for i in range(len(words) - 1, -1 if relative else 0, -1):  # ("who is detained since…": the pronoun is the subject)
            word, previous = words[i], words[i - 1] if i else ""
            if previous.lower() in _NOT_BEFORE_VERB or previous[:1].isdigit() or previous.endswith("ed"):
                continue
            if word in ("is", "are") and i + 1 < len(words) and words[i + 1].islower() and (
                    words[i + 1].endswith("ed") or words[i + 1] in syntax._IRREGULAR_PARTICIPLES
                    or (words[i + 1].endswith("ing") and not told)):  # "are fighting since Monday"
                candidate = i
                break
            if (relative and not told and i == 0 and len(words) <= 4 and word in syntax._news_verbs() and word not in _PLURAL_STATIVE
                    and word not in syntax._REPORTING_BASES and _plural_before(tokens[max(0, first - 4): first - 1])):
                return (clause[0].start, clause[0].end, "have been " + _present_participle(word),
                        f"Simple present \"{word}\" with \"since\": use the present perfect.")
            if not i and not (word.islower() and word.endswith("s") and len(words) > 1):
                break  # after "who/which": only "is/are + participle", a verb in -s with its object,
                # or (below) a plural's base form ("the lecturers, who strike since October")
            if word in _STAYING and i + 1 < len(words) and words[i + 1].islower():
                candidate = i  # "remains closed since…": a state that has lasted
                break
            if (not told and i == len(words) - 1 and word.islower() and (word.endswith("ed") or word in _PAST_TO_PARTICIPLE)
                    and (previous[:1].isupper() or previous.islower()) and previous.lower() not in _AUXILIARY_BEFORE):
                candidate = i  # "The road closed since 2015": a simple past right before "since"
                break
            if (word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))
                    and word not in exempt and word not in syntax._STATIVE
                    and syntax._verb_base(word) in syntax._news_verbs()
                    and syntax._verb_base(word) not in syntax._REPORTING_BASES):
                candidate = i
                break
        if candidate is None:
            continue
        # the tags: the candidate is a verb and no other finite verb stands in its clause, nor
        # between "since" and the end of the sentence's next clause ("strikes since 2019 killed…")
        rest = [t.text for t in tokens[at: at + 10]]
        tags = pos_tag(words + rest)
        word = words[candidate]
        if candidate == len(words) - 1 and (word.endswith("ed") or word in _PAST_TO_PARTICIPLE) and word not in _STAYING:
            if tags[candidate] != "VBD" or not tags[candidate - 1].startswith("NN"):
                continue  # ("the people displaced/VBN since 2011"): a participle after its noun
            joined = words + [t.text for t in tokens[at: at + 10]]
            rest_tags = pos_tag(joined)
            cut = next((j for j in range(len(words), len(joined)) if joined[j] in (",", ";", ":")), len(joined))
            if any(rest_tags[j] in ("VBD", "VBZ", "VBP", "MD") for j in range(cut) if j != candidate):
                continue  # "the migrants arrived since May are…": another verb governs
            base = verbs_past_base(word)
            if base is None:
                continue
            has = "have " if words[candidate - 1].lower().endswith("s") and not words[candidate - 1][:1].isupper() else "has "
            fix = has + (_participle(base) if base in _CHANGE_BASES else "been " + _participle(base))
            return (clause[candidate].start, clause[candidate].end, fix,
                    f"Simple past \"{word}\" with \"since\": use the present perfect.")
        if word in ("is", "are") or word in _STAYING:
            if tags[candidate + 1] not in ("VBN", "VBD", "JJ") and not (tags[candidate + 1] == "VBG" and (
                    word in _STAYING or words[candidate + 1].endswith("ing"))):
                continue
            if told and tags[candidate + 1] == "JJ":
                continue  # "remains cautious since it lost…": "since" may give a reason
        elif told:
            continue  # "cuts jobs since demand fell": a reason as often as a time
        elif tags[candidate] not in ("VBZ", "NNS") or (tags[candidate] == "NNS" and candidate + 1 < len(words)
                                                        and tags[candidate + 1] not in ("TO", "CD", "DT", "JJ", "RB", "IN", "PRP$", "JJR")):
            continue
        joined = words + rest
        cut = next((j for j in range(len(words), len(joined)) if joined[j] in (",", ";", ":")), len(joined))
        if any(tags[j] in ("VBD", "VBZ", "VBP", "MD") for j in range(len(words) if told else cut) if j != candidate):
            continue  # another finite verb governs the clause: "strikes since 2019 killed…"
        start = clause[candidate].start
        if word in _STAYING:
            fix = ("has " if word.endswith("s") else "have ") + _STAYING[word]
            return (start, clause[candidate].end, fix,
                    f"Simple present \"{word}\" with \"since\": use the present perfect.")
        if word in ("is", "are"):
            participle = words[candidate + 1]
            fix = ("has been " if word == "is" else "have been ") + participle
            return (start, clause[candidate + 1].end, fix,
                    f"Simple present \"{word} {participle}\" with \"since\": use the present perfect.")
        return (start, clause[candidate].end, "has " + _participle(syntax._verb_base(word)),
                f"Simple present \"{word}\" with \"since\": use the present perfect.")
    return None


# --- a change of quantity reported in the past ------------------------------------------------
_REPORTED_CHANGE = regexes.compile(
    r"\b(?:said|announced|reported|stated|added|confirmed|revealed|indicated|noted|explained|disclosed|stressed)"
    rf"(?:[ \t]+(?:on[ \t]+(?i:{_WEEKDAYS})|yesterday|today|last[ \t]+[a-z]{{3,9}}))?(?:[ \t]+that)?[ \t]+"
    r"(?P<subject>(?:[\w'’%,.-]{1,25}[ \t]+){1,7}?)"
    rf"(?P<verb>{'|'.join(_CHANGE + _CHANGE_BASE_FORMS)})[ \t]+(?=to\b|by\b|from\b|nearly\b|about\b|around\b|almost\b|over\b|more\b|\d)"
)
_REPORTED_EVENT = regexes.compile(
    r"\b(?:said|announced|reported|stated|added|confirmed|revealed|indicated|noted|explained|disclosed|stressed"
    r"|affirmed|declared|claimed|mentioned|wrote|told[ \t]+[a-z]{2,20})"
    rf"(?:[ \t]+(?:on[ \t]+(?i:{_WEEKDAYS})|yesterday|today|last[ \t]+[a-z]{{3,9}}))?(?:[ \t]+that)?[ \t]+"
    r"(?P<subject>(?:[\w'’-]{1,25}[ \t]+){1,6}?)"
    rf"(?P<verb>{'|'.join(_EVENT_FORMS)})[ \t]+(?=\d|(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|dozens"
    r"|several|scores|hundreds|his|its|their|more|at[ \t]+least|nearly|about|some)\b)"
)
_PLURAL_SUBJECTS = frozenset({"they", "we", "police", "forces", "troops", "soldiers", "units", "authorities",
                              "services", "guards", "gunmen", "militants", "rebels", "fighters", "militias",
                              "agents", "officers", "personnel", "army", "navy", "coastguard"})
_HABIT = re.compile(r"\b(?:every|each|annually|usually|often|typically|always|normally|whenever|when|if|unless"
                    r"|generally|per|a[ \t]+year|in[ \t]+winter|in[ \t]+summer)\b", re.IGNORECASE)
_SUBJECT_BREAK = re.compile(r"\b(?:if|when|whenever|unless|as|will|would|could|may|might|can|should|must|and|or)\b"
                            r"|[,;:]", re.IGNORECASE)


def _plural_subject(subject: str) -> bool:
    """The subject before a base form ends in a plural noun ("exports", "the prices of bread")."""
    last = subject.split()[-1]
    return (last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s"))
            and last not in _NOT_BEFORE_VERB)


def may_report_change(text: str) -> bool:
    """The first test of reported_change for a sentence found by a change verb's base form."""
    return any(not m.group("verb").endswith("s") and _plural_subject(m.group("subject"))
               for m in _REPORTED_CHANGE.finditer(text))


def reported_change(sentence, exempt: frozenset[str]):
    """"The ministry said (yesterday) (that) the number of cases rises to 400": a change of quantity
    in the present under a past reporting verb. Silent on habits and conditions ("said prices
    rise by 5 percent every winter", "said that if demand falls…")."""
    from mtqa.rules import syntax

    text = sentence.text
    for match in _REPORTED_CHANGE.finditer(text):
        subject = match.group("subject")
        if _SUBJECT_BREAK.search(subject) or _HABIT.search(text, match.end("verb")):
            continue
        start = sentence.start + match.start("verb")
        verb = match.group("verb")
        if not verb.endswith("s") and not _plural_subject(subject):
            continue  # a base form only after a plural: "said exports rise by…", not "said the rise to…"
        return (start, start + len(verb), syntax.past_tense(verb if verb.endswith("s") else _third_person(verb)),
                f"Present tense \"{verb}\" in a change reported in the past.")
    for match in _REPORTED_EVENT.finditer(text):
        subject, verb = match.group("subject"), match.group("verb")
        last = subject.split()[-1].lower()
        if _SUBJECT_BREAK.search(subject) or _HABIT.search(text, match.end("verb")) or last in _NOT_BEFORE_VERB:
            continue
        owned = len(words := subject.split()) > 1 and words[-2].lower() in ("its", "their") and last.endswith("s")
        if not verb.endswith("s") and last not in _PLURAL_SUBJECTS and not owned and not (
                last.endswith("s") and last in _EVENT_SUBJECTS):  # "said the strikes kill 12 people"
            continue  # a base form needs an agent in the plural: "said they arrest…", "the police arrest"
        if syntax._verb_base(verb) not in _EVENT_BASES and verb not in _EVENT_BASES and (
                not (_has_past_time(text) or _SPAN_AFTER.search(text) or _past_event_before(text, match.start()))
                or _PRONOUN_VERB.search(subject) or _COMING.search(text, match.end("verb"))):
            continue  # an act that may be a plan or an aim ("said it targets the youth market"): a past time, none to come
        start = sentence.start + match.start("verb")
        return (start, start + len(verb), syntax.past_tense(verb if verb.endswith("s") else _third_person(verb)),
                f"Present tense \"{verb}\" for an event reported in the past.")
    for match in _REPORTED_EVENT_NOUN.finditer(text):
        if match.group("noun") in _EVENT_SUBJECTS and _past_event_before(text, match.start()) and not _HABIT.search(
                text, match.end("verb")):
            verb = match.group("verb")
            start = sentence.start + match.start("verb")
            return (start, start + len(verb), syntax.past_tense(verb if verb.endswith("s") else _third_person(verb)),
                    f"Present tense \"{verb}\" for an event reported in the past.")
    return None


# "…launched 12 raids, and the channel said that the raids target(s) farmland": an event noun
# that takes up an event told in the past, doing its act in the present under a past report.
_REPORTED_EVENT_NOUN = regexes.compile(
    r"\b(?:said|announced|reported|stated|added|confirmed|revealed|indicated|noted|explained)(?:[ \t]+that)?[ \t]+"
    r"the[ \t]+(?:[a-z]{3,20}[ \t]+)?(?P<noun>[a-z]{3,14})[ \t]+"
    rf"(?P<verb>{'|'.join(_EVENT_FORMS)})[ \t]+(?=[a-z])")
_REPORTING_PASTS = frozenset({"said", "announced", "reported", "stated", "added", "confirmed", "revealed", "indicated",
                              "noted", "explained", "disclosed", "stressed", "affirmed", "declared", "claimed",
                              "mentioned", "wrote", "told", "quoted", "cited"})
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)[ \t]+(?:[a-z]+[ \t]+)?$")


def _past_event_before(text: str, end: int) -> bool:
    """Whether `text` before `end` tells an event in the past by a past form of the verb lexicon
    that is not one of saying nor inside a relative clause ("The team won the title…, and the
    paper said that…"; not "The firm, which launched a phone, said…")."""

    for match in _WORD.finditer(text, 0, end):
        word = match.group(0)
        if (word.islower() and word not in _REPORTING_PASTS and verbs.past_base(word)
                and not _RELATIVE_BEFORE.search(text, max(0, match.start() - 30), match.start())):
            return True
    return False


# --- the next sentence of a past narrative ------------------------------------------------------
# Arabic tells the steps of a past event with the imperfect ("ويلتقي", "he meets"); MT keeps it:
# "The minister arrived in Cairo on Sunday. He meets President Sisi and discusses…". Only verbs
# of a single event (not of habits or states: "It holds 300 paintings") after a short subject.
NARRATIVE_BASES = frozenset(_EVENT_BASES) | frozenset({
    "meet", "discuss", "sign", "inaugurate", "chair", "attend", "condemn", "denounce", "stress", "affirm",
    "announce", "visit", "tour", "confirm", "reiterate", "urge"})
_NARRATIVE = regexes.compile(
    r"(?:He|She|They|It|The[ \t]+[a-z]{3,20}(?:[ \t]+[a-z]{3,20}){0,2}|[A-Z][a-z]{2,20}(?:[ \t]+[A-Z][a-z]{2,20}){0,2})"
    r"[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?(?P<verb>[a-z]{3,20})[ \t]+"
    r"(?=(?:the|a|an|his|her|its|their|with|that|on|two|three|four|five|six|seven|eight|nine|ten|dozens|several"
    r"|more|at)\b|[A-Z]|\d)")
_OWN_TIME = re.compile(r"\b(?:will|would|next|tomorrow|later|soon|to[ \t]+be|every|each|regularly|usually|often"
                       r"|a[ \t]+(?:day|week|month|year)|per|annually|yearly|nightly|sometimes|never|rarely"
                       r"|weekly|monthly|annually|always|daily|today|tonight|now|currently|since|ago|yesterday|last"
                       r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + _MONTHS + r")\b", re.IGNORECASE)


_PAST_TIME = (r"\b(?:yesterday|ago|last|earlier|overnight|dawn|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
              r"|on[ \t]+the[ \t]+\d{1,2}(?:st|nd|rd|th)|(?:" + _MONTHS + r")[ \t]+\d{1,2}|\d{1,2}[ \t]+(?:" + _MONTHS + r"))\b")
_PAST_TIME_WORD = re.compile(f"(?i:{_PAST_TIME})")
_PAST_TIME_LOWER = re.compile(_PAST_TIME)  # the same on lower-cased ASCII text, several times faster


def _has_past_time(text: str) -> bool:
    """Whether _PAST_TIME_WORD finds something in `text` (an ASCII text is lower-cased and
    searched case-sensitively: the same matches, without case-blind tries of every word)."""
    if text.isascii():
        return _PAST_TIME_LOWER.search(text.lower()) is not None
    return _PAST_TIME_WORD.search(text) is not None


def past_narrative(sentence) -> bool:
    """Whether a sentence tells a past event: a past time (a weekday, a date, "yesterday", "last…",
    "ago", "earlier") and a past verb form."""
    from mtqa import verbs

    text = sentence.text
    if not _has_past_time(text):
        return False
    return any(w.islower() and verbs.past_base(w) for w in _WORD.findall(text))


def tells_past(sentence, end: int | None = None) -> bool:
    """Whether a sentence (up to `end` of its text) holds a lower-case simple past form of the
    verb lexicon: it tells an event in the past, with or without a time."""
    from mtqa import verbs

    text = sentence.text if end is None else sentence.text[:end]
    return any(w.islower() and verbs.past_base(w) for w in _WORD.findall(text))


_EVENT_SUBJECTS = frozenset({
    "attack", "attacks", "blast", "blasts", "explosion", "explosions", "strike", "strikes", "airstrike", "airstrikes",
    "raid", "raids", "shelling", "bombing", "bombardment", "ambush", "assault", "incursion", "shooting", "stabbing",
    "fire", "blaze", "clashes", "crash", "collision", "accident", "storm", "flood", "floods", "earthquake", "quake",
    "landslide", "collapse", "bomb", "rocket", "rockets", "missile", "missiles", "shell", "shells", "drone"})


def event_subject_step(sentence, before) -> bool:
    """Whether a sentence opens with "The" + an event noun (up to one word between: "The
    Israeli strike") and the sentence before tells an event in the past with no time ("Gunmen
    stormed a checkpoint. The attack kills two…"): the event noun takes up that event."""
    words = _WORD.findall(sentence.text[:60])
    return (len(words) > 2 and words[0] == "The"
            and (words[1].lower() in _EVENT_SUBJECTS or words[2].lower() in _EVENT_SUBJECTS)
            and tells_past(before))


# Verbs news English keeps in the present after a past event, to relate it to others: "The move
# comes as…", "The attack follows…", "It marks the third…", "The blast brings the toll to 40".
_BACKGROUND = frozenset({"come", "follow", "mark", "bring", "raise", "take", "put", "leave", "make", "represent",
                         "reflect", "underline", "highlight", "show", "signal", "suggest", "indicate", "mean", "pose",
                         "coincide", "add", "continue", "remain", "face", "expect", "plan", "hope", "want", "need",
                         "seek", "aim", "include", "cover", "affect", "concern", "involve", "require", "allow",
                         "enable", "carry", "hold", "run", "serve", "lead", "head", "own", "employ", "host",
                         "house", "link", "connect", "border", "overlook", "contain", "remain", "stand", "lie",
                         "appear", "seem", "look", "sound", "feel", "cost", "weigh", "measure", "last", "end",
                         "begin", "start", "open", "close", "resume", "await", "wait", "depend", "rely",
                         # verbs of a role held, not an act: "Rosenstein oversees the inquiry"
                         "oversee", "supervise", "manage", "govern", "control", "command", "coordinate", "monitor",
                         "administer", "regulate", "chair", "direct", "operate", "support", "oppose", "back",
                         "fund", "finance", "sponsor", "produce", "supply", "provide", "offer", "sell", "buy",
                         "export", "import", "use", "play", "teach", "study", "work", "live", "believe", "know"})
_SUBJECT_WORDS = re.compile(r"(?:[A-Z][\w'’.-]*|the|a|an|of|and|al-[A-Z][\w'’-]*|[a-z][a-z-]{1,20})$")
_NOT_IN_SUBJECT = frozenset({"that", "which", "who", "whom", "whose", "when", "where", "while", "if", "as", "to",
                             "in", "on", "at", "for", "with", "by", "from", "after", "before", "since", "is", "are",
                             "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
                             "must", "should", "not", "also", "then", "later", "there", "here", "all"})
# Stances a group may hold for a long time: "They demand the release of…", "The opposition rejects
# the plan", "It condemns violence" are present states as well as past acts.
_STANCE = frozenset({"chair", "confirm", "urge", "demand", "condemn", "denounce", "reject", "accuse", "blame", "deny",
                     "welcome", "warn", "threaten", "praise", "oppose", "support", "pledge", "promise", "vow"})
# Verbs of one act of a person or a body, told as the next step of a past event.
_STEP_VERBS = (NARRATIVE_BASES | frozenset({
    "ask", "order", "instruct", "appoint", "dismiss", "express", "exchange", "inspect", "thank", "congratulate",
    "hand", "present", "deliver", "lay", "inaugurate", "launch", "sign", "award", "honour", "honor", "decorate",
    "release", "free"})) - _BACKGROUND - _STANCE

# Nouns of a text or a rule: what they "ban", "stress" or "grant" is their content, in the present.
_DOCUMENT_NOUNS = frozenset({"law", "bill", "deal", "agreement", "plan", "decree", "decision", "resolution", "text",
                             "report", "statement", "budget", "constitution", "rule", "rules", "measure", "measures",
                             "proposal", "accord", "treaty", "memorandum", "initiative", "programme", "program",
                             "project", "document", "charter", "letter", "study", "survey", "order", "ban", "policy",
                             "strategy", "scheme", "framework", "roadmap", "amendment", "ruling", "verdict", "video",
                             "footage", "book", "film", "declaration", "communique", "communiqué", "message", "tweet",
                             "post", "note", "article", "clause", "contract", "protocol", "list", "map", "poll"})
_ANAPHORIC_STARTS = frozenset({"He", "She", "They", "It", "The", "Its", "His", "Her", "Their", "This", "These"})
_ANAPHORIC_INITIALS = frozenset(word[0] for word in _ANAPHORIC_STARTS)
_ADVERBS = frozenset({"also", "then", "later", "subsequently", "further", "meanwhile"})
_OBJECT_NEXT = re.compile(r"(?:the|a|an|his|her|its|their|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                          r"|fifteen|twenty|thirty|forty|fifty|hundreds|scores|dozens|several"
                          r"|more|at|with|that|to|on|in|for|about|him|them|it|over|off|out|up|down|talks|consultations"
                          r"|[A-Z][\w'’-]{0,30}|\d[\d,.]{0,20})$")


def may_tell_next_step(sentence) -> bool:
    """False where `narrative_present` finds nothing whatever came before (a cheap test of its
    first conditions: a full stop at the end, "He", "The"… first), so that the costlier
    `past_narrative` of the sentence before is asked only when it can matter."""
    text = sentence.text
    first = text[:1]
    if first not in _ANAPHORIC_INITIALS and (first.isalnum() or first in "_'’%.-"):
        return False  # the first word (_WORD) starts the text, and with no letter of theirs: no search needed
    first = _WORD.search(text, 0, min(len(text), 160))
    return first is not None and first.group(0) in _ANAPHORIC_STARTS and text.rstrip().endswith(".")


def narrative_present(sentence, exempt: frozenset[str]):
    """The next step of an event told in the past, kept in the Arabic imperfect: "He arrived in
    Cairo on Sunday. He meets President Sisi…", "…yesterday. The delegation then visits…". The
    sentence has no time of its own; its first verb, after a subject of up to seven words, is a
    news event verb in -s (or its base after "They" or a plural noun), not a verb of state,
    relation or plan ("The move comes as…", "It marks…", "It holds 300 paintings")."""
    from mtqa.rules import syntax

    text = sentence.text
    if not text.rstrip().endswith(".") or _OWN_TIME.search(text):
        return None
    words = list(_WORD.finditer(text, 0, min(len(text), 160)))[:12]
    if not words or words[0].group(0) not in _ANAPHORIC_STARTS:
        return None  # a new name opens a new topic ("Rosenstein oversees…"); "He", "The minister" go on
    for i, match in enumerate(words):
        word = match.group(0)
        lower = word.lower()
        if i and lower in _ADVERBS:
            continue
        if i and word.islower() and word.isalpha() and i + 1 < len(words) and _OBJECT_NEXT.match(words[i + 1].group(0)):
            previous = next((w.group(0) for w in reversed(words[:i]) if w.group(0).lower() not in _ADVERBS), "")
            if word.endswith("s") and not word.endswith(("ss", "us", "is")):
                base = syntax._verb_base(word)
                plural_ok = True
            else:
                base, plural_ok = word, previous in ("They", "they") or (
                    previous.endswith("s") and previous.islower() and syntax._verb_base(previous) not in syntax._news_verbs())
            candidate = plural_ok and base in syntax._news_verbs()
            subject = [w.group(0) for w in words[:i] if w.group(0).lower() not in _ADVERBS]
            # ("It kills about one in ten of those infected": "It" may name a thing that acts by habit)
            allowed = frozenset() if subject[0] in ("It", "Its", "This", "These") else _STEP_VERBS
            if any(w.lower() in _DOCUMENT_NOUNS for w in subject):
                allowed = frozenset()  # "The law bans…", "The statement stresses…": a text's content
            held = candidate and allowed and (_held_event(base, text[match.end():]) or (
                base in _REPORT_THAT and words[i + 1].group(0) == "that"))  # "The ministry adds that…"
            if (candidate and (held or (base in allowed and base not in _BACKGROUND and word not in exempt))
                    and (held or word not in syntax._STATIVE)
                    and base not in ("say", "tell") and previous.lower() not in _NOT_IN_SUBJECT
                    and not (previous.islower() and syntax._verb_base(previous.lower()) in syntax._news_verbs())):
                start = sentence.start + match.start()
                fix = syntax.past_tense(word if word.endswith("s") else _third_person(word))
                return (start, start + len(word), fix,
                        f"Present tense \"{word}\" in the next step of an event told in the past.")
            if candidate:
                return None  # the first verb is not one of an event: the sentence is judged
        if lower in _NOT_IN_SUBJECT or not _SUBJECT_WORDS.match(word) or i >= 8:
            return None
    return None


_HELD_EVENT = re.compile(r"[ \t]{1,3}(?:(?:a|an|the|its|his|their)[ \t]{1,3})?(?:[a-z]{1,20}[ \t]{1,3})?(?:talks|meeting"
                         r"|meetings|session|consultations|press[ \t]{1,3}conference|news[ \t]{1,3}conference"
                         r"|phone[ \t]{1,3}call|summit|ceremony)\b")


_REPORT_THAT = frozenset({"add", "explain", "note", "indicate", "clarify", "state", "stress", "affirm", "confirm",
                          "reveal", "announce", "declare", "emphasise", "emphasize", "reiterate", "warn", "deny"})


def _held_event(base: str, after: str) -> bool:
    """"holds talks", "holds a meeting", "holds an emergency session": "hold" of an event."""
    return base == "hold" and _HELD_EVENT.match(after) is not None


# --- a past relative clause between the subject and a present main verb ------------------------
_RELATIVE_FRAME = regexes.compile(
    r"(?P<subject>(?:[\w'’.-]{1,30}[ \t]{1,3}){0,7}?[\w'’.-]{1,30}),[ \t]{1,3}(?:who|which)[ \t]{1,3}(?P<clause>[^,;:\"“”()]{3,100}),[ \t]{1,3}"
    r"(?:also[ \t]+|then[ \t]+)?(?P<verb>[a-z]{3,20})(?=[ \t]+(?:the|a|an|his|her|its|their|with|two|three|several|dozens"
    r"|talks|consultations|[A-Z]|\d))")


def relative_frame(sentence, exempt: frozenset[str]):
    """"The minister, who arrived in Cairo yesterday, meets President Sisi…": the subject's
    relative clause tells a past event with its time, and the main verb, a verb of one act,
    stays in the present."""
    from mtqa import verbs
    from mtqa.rules import syntax

    text = sentence.text
    match = _RELATIVE_FRAME.match(text)
    if match is None or _OWN_TIME.search(text, match.end("verb")):
        return None
    clause = match.group("clause")
    if not _has_past_time(clause) or not any(w.islower() and verbs.past_base(w) for w in _WORD.findall(clause)):
        return None
    verb = match.group("verb")
    if not verb.endswith("s") or verb.endswith("ss"):
        return None
    base = syntax._verb_base(verb)
    held = _held_event(base, text[match.end("verb"):])
    if not held and (verb in exempt or base not in _STEP_VERBS or base in _BACKGROUND):
        return None
    start = sentence.start + match.start("verb")
    return (start, start + len(verb), syntax.past_tense(verb),
            f"Present tense \"{verb}\" after a relative clause set in the past.")


# --- verbs coordinated with a present already found in a past frame ---------------------------

_AND_VERB = regexes.compile(r"\band[ \t]+(?:also[ \t]+|then[ \t]+)?([a-z]{3,20}s)\b(?=[ \t]+([\w'’-]+))")
# What follows a verb in -s and not a plural noun ("and calls for", "and demands their", "and
# stresses that"; not "and arrests of", "and threats against").
_AFTER_VERB = frozenset({"the", "a", "an", "him", "her", "them", "his", "its", "their", "that", "for", "on", "to",
                         "with", "about", "all", "an", "two", "three", "several", "dozens", "out", "up", "off",
                         "back", "in", "at", "into"})


_AND_BASE = regexes.compile(r"\band[ \t]+(?:also[ \t]+|then[ \t]+)?([a-z]{3,20})\b(?=[ \t]+([\w'’-]+))")


def coordinated_base_echo(prose: str, sentence_end: int, verb_end: int):
    """The base forms coordinated by "and" with a base form already found in a past frame after a
    plural subject ("its units dismantle a cell … and seize weapons"): (start, end, form) of
    each, a verb of the lexicon's events that the tagger reads as a verb here."""
    from mtqa import verbs

    found = []
    for match in _AND_BASE.finditer(prose, verb_end, sentence_end):
        word, following = match.group(1), match.group(2)
        if word not in verbs.event_bases() or prose[max(0, match.start() - 2) : match.start()].strip() == ",":
            continue
        if following.lower() in _PREPOSITIONS or not _tagged_verb(prose, verb_end, sentence_end, match.start(1), ("VB", "VBP")):
            continue
        found.append((match.start(1), match.end(1), word))
    return found


def coordinated_echo(prose: str, sentence_end: int, verb_end: int):
    """The verbs in -s coordinated by "and" with a present verb already found in a past frame
    ("The union denounces in a statement issued last week the arrests, and calls for…"): Arabic
    chains imperfect verbs under one subject (يدين … ويطالب) and MT keeps each one present.
    (start, end, form) of each, in document offsets; only a lexicon verb right after "and" with
    a word after it that no noun takes."""
    from mtqa import verbs

    found = []
    for match in _AND_VERB.finditer(prose, verb_end, sentence_end):
        word, following = match.group(1), match.group(2)
        if following.lower() not in _AFTER_VERB and not following[:1].isupper():
            continue
        if verbs.present_base(word) is None or word in ("is", "has", "does", "was"):
            continue
        comma = prose[max(0, match.start() - 2) : match.start()].strip() == ","  # ", and calls for": a clause
        if following.lower() in _PREPOSITIONS and not comma and not _tagged_verb(prose, verb_end, sentence_end, match.start(1)):
            continue  # "the raids and attacks on civilians": a plural noun before a preposition
        found.append((match.start(1), match.end(1), word))
    return found


_PREPOSITIONS = frozenset({"for", "on", "to", "with", "about", "in", "at", "into", "out", "up", "off", "back"})


def _tagged_verb(prose: str, start: int, end: int, at: int, wanted=("VBZ",)) -> bool:
    """Whether the tagger takes the word at `at` for a verb in -s (VBZ; or the `wanted` tags),
    reading from `start`."""
    from mtqa import segment
    from mtqa.resources import pos_tag

    spans = list(segment.token_spans(prose, start, end))[:60]
    tags = pos_tag([prose[s:e] for s, e in spans])
    return any(s == at and tag in wanted for (s, _), tag in zip(spans, tags))


# --- a present perfect in an "after" clause of a past event -----------------------------------

_AFTER_PERFECT = regexes.compile(
    r"\bafter[ \t]+(?!(?:it|he|she|this|that)[ \t]+(?:has|have)\b)(?:[\w'’-]+[ \t]+){1,5}?(has|have)[ \t]+(?:already[ \t]+)?([a-z]{3,20})\b")
_FINITE_PRESENT = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall", "should", "is", "are",
                             "am", "has", "have", "do", "does", "be", "'ll", "says", "tells"})
_AFTER_WORDS = re.compile(r"[A-Za-z'’-]+|[,;:()\"“”]")


def perfect_after_past(sentence, exempt: frozenset[str]):
    """A present perfect in an "after" clause whose main verb is past ("Clashes resumed on Monday,
    a day after the tribes have announced a mobilisation"): Arabic has no past perfect and MT
    reaches for "have" + participle; English needs "had announced" (or "announced")."""
    from mtqa import verbs

    text = sentence.text
    for match in _AFTER_PERFECT.finditer(text):
        participle = match.group(2)
        if participle == "been":
            continue
        if not (participle.endswith("ed") or verbs.past_base(participle) or participle in _IRREGULAR):
            continue
        main = None
        for word in reversed(_AFTER_WORDS.findall(text[: match.start()])[-30:]):
            low = word.lower()
            if low in _FINITE_PRESENT or (low.endswith("s") and verbs.present_base(low)):
                break
            if word.islower() and verbs.past_base(low) and low not in ("said", "told", "added", "noted"):
                main = low
                break
        if main is None:
            continue
        start = sentence.start + match.start(1)
        end = sentence.start + match.end(2)
        return (start, end, f"had {participle}",
                f"Present perfect \"{match.group(1)} {participle}\" after a past event: \"had {participle}\" or the simple past.")
    return None


# --- a present perfect with a named past month, in a report told in the past ---------------------
# "The bank said reserves have fallen by 2 percent in March": English dates a finished event in the
# simple past ("fell … in March"); the present perfect takes no named month.
_PERFECT_MONTH = regexes.compile(
    r"\b(has|have)[ \t]+([a-z]{3,20})\b(?:[ \t]+[\w%,.'’-]{1,20}){0,6}?[ \t]+in[ \t]+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?![ \t]+(?:and|or|through|until|till|next)\b|[ \t]+to[ \t]+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b)")
_PAST_REPORT = regexes.compile(r"\b(?:said|told|announced|reported|stated|showed|revealed|added|noted|indicated|explained"
                               r"|confirmed|disclosed|estimated)\b")


_MONTH_WORDS = frozenset(_MONTHS.split("|"))


def may_date_perfect(text: str) -> bool:
    """The first test of perfect_with_month: a perfect before "in <Month>" after a past report."""
    return (" has " in text or " have " in text) and any(
        _PAST_REPORT.search(text, 0, match.start()) is not None and not _infinitive(text, match.start())
        for match in _PERFECT_MONTH.finditer(text))


_NOT_FINITE_BEFORE = frozenset({"to", "would", "could", "should", "must", "may", "might", "will", "shall", "not"})


def _infinitive(text: str, at: int) -> bool:
    """Whether the "have" at `at` follows "to" or a modal ("is said to have taken place in June")."""
    before = text[max(0, at - 12): at].split()
    return bool(before) and before[-1].lower() in _NOT_FINITE_BEFORE


def perfect_with_month(sentence, exempt: frozenset[str]):
    """"have fallen … in March" after a past verb of saying in the same sentence: the simple past
    ("fell"); not "has been", nor with "since", "so far" or "this year" in the clause."""
    from mtqa import verbs

    text = sentence.text
    for match in _PERFECT_MONTH.finditer(text):
        participle = match.group(2)
        if participle == "been" or participle in _PLANNING or _infinitive(text, match.start()) or not (
                participle.endswith("ed") or participle in _IRREGULAR):
            continue  # ("has scheduled the vote in May": a coming event)
        between = text[match.end(2): match.end()]
        if re.search(r"\b(?:since|so far|this|until|by the end|each|every|ever|never|already|yet)\b", between):
            continue
        report = _PAST_REPORT.search(text, 0, match.start())
        if report is None:
            continue
        base = verbs.past_base(participle) or {"risen": "rise", "fallen": "fall", "grown": "grow",
                                                "taken": "take", "given": "give", "shown": "show"}.get(participle)
        if base is None:
            continue
        past = _SIMPLE_PAST.get(base) or verbs.past(base)
        return (sentence.start + match.start(1), sentence.start + match.end(2), past,
                f"Present perfect \"{match.group(1)} {participle}\" with a named past month: use the simple past (\"{past}\").")
    return None


# Participles of a plan, a call or a decision, whose month may be to come ("has called elections in June").
_PLANNING = frozenset({"scheduled", "planned", "set", "fixed", "called", "invited", "postponed", "delayed", "deferred",
                       "moved", "decided", "agreed", "proposed", "slated", "booked", "announced", "promised",
                       "pledged", "vowed", "asked", "urged", "requested", "ordered", "recommended", "suggested",
                       "expected", "arranged", "organised", "organized", "prepared", "approved", "allocated",
                       "earmarked", "budgeted", "targeted", "aimed", "intended", "chosen", "timed", "confirmed"})
_SIMPLE_PAST = {"rise": "rose", "fall": "fell", "grow": "grew", "take": "took", "give": "gave", "show": "showed"}


_IRREGULAR = frozenset({"taken", "given", "shown", "seen", "beaten", "stolen", "chosen", "spoken", "written", "driven",
                        "broken", "begun", "done", "gone", "known", "thrown", "drawn", "flown", "grown", "risen",
                        "fallen", "withdrawn", "undertaken", "overtaken"})


# --- a clause after ", and" with a new subject, in a sentence told in the past ------------------
# Arabic joins the next step of a past event with "و" + an imperfect under a new subject ("…,
# وتأمر المحكمة"); MT keeps it: "The court sentenced three men…, and the court orders the
# confiscation…". Verbs of one act of a body (not states, stances or habits) and, before "that",
# verbs of saying once the first clause tells at least two past events.
_CLAUSE_STEP_BASES = (_STEP_VERBS | frozenset({"sentence", "approve", "decide", "fine", "ban", "suspend", "refer",
                                               "summon", "charge", "convict", "acquit", "send", "dispatch", "impose",
                                               "agree", "review"})) - _BACKGROUND
_CLAUSE_SAYING = frozenset({"say", "add", "affirm", "stress", "confirm", "explain", "indicate", "note", "state",
                            "clarify", "reveal", "declare", "emphasise", "emphasize"})
_AND_CLAUSE = re.compile(r",[ \t]+(?:and|where|during[ \t]+which|in[ \t]+which)[ \t]+"
                         r"(?=the\b|its\b|his\b|her\b|their\b|he\b|she\b|they\b|[A-Z])")
# What may follow the verb as its object: a determiner, a name, a figure, or a noun ("discuss ways").
_CLAUSE_OBJECT = re.compile(r"(?:the|a|an|its|his|her|their|that|him|them|to|[A-Z][\w'’-]*|\d[\d,.]*"
                            r"|(?!(?:also|now|still|often|usually|regularly|again|together|daily|here|there|every"
                            r"|each|on|in|at|for|with|by|from|about|up|out|off|over)$)[a-z]{3,20})$")
_HEAD_PRESENT = frozenset({"is", "are", "am", "has", "have", "will", "would", "can", "may", "says", "does", "do"})


def coordinated_clause(sentence, exempt: frozenset[str]):
    """"…sentenced three men to ten years, and the court orders the confiscation of…": a verb in -s
    after a new subject of up to eight words in a clause opened by ", and", when the clause
    before it tells the event in the past (a past form, no present or modal, by words and tags)."""
    text = sentence.text
    for link in _AND_CLAUSE.finditer(text):
        if not text.rstrip().endswith(".") or '"' in text or "“" in text:
            return None
        from mtqa.resources import pos_tag
        from mtqa.rules import syntax

        head = _WORD.findall(text, 0, link.start())
        if any(w in _HEAD_PRESENT for w in head):
            return None  # a present or modal in the first clause: its tenses may be mixed on purpose
        pasts = sum(1 for w in head if w.islower() and verbs.past_base(w))
        if not pasts:
            continue
        words = _WORD.findall(text[link.end() : link.end() + 160])[:11]
        for i in range(1, min(len(words) - 1, 9)):
            word, previous = words[i], words[i - 1].lower()
            if previous in _NOT_IN_SUBJECT or (previous.islower() and verbs.past_base(previous)):
                break  # the subject ends: a link word, a verb already
            if not word.islower():
                continue
            if word.endswith("s") and not word.endswith(("ss", "us", "is")):
                base = syntax._verb_base(word)
            elif word in _CLAUSE_STEP_BASES and (previous in _PLURAL_SUBJECTS or (
                    previous.endswith("s") and not previous.endswith(("ss", "us", "is")))):
                base = word  # "…, and the two sides agree to…", "…, and police seize…"
            else:
                continue
            if word in exempt and base not in _CLAUSE_SAYING:
                break
            saying = base in _CLAUSE_SAYING and words[i + 1] == "that"
            if saying and pasts < 2:
                break  # "…raised rates, and the governor says that…": one past is not a narrative
            if not saying and (base not in _CLAUSE_STEP_BASES or not _CLAUSE_OBJECT.match(words[i + 1])):
                if word != base and _is_step(words[i + 1]):
                    continue  # a plural noun before its verb: "the two sides agree"
                break  # the first word in -s decides: a noun ("prices") or a verb of another kind
            first = head[-25:]
            tags = pos_tag([*first, ",", "and", *words[: i + 2]])
            own = tags[len(first) + 2 :]
            if "VBD" not in tags[: len(first)] or any(t in ("VBZ", "VBP", "MD") for t in tags[: len(first)]):
                return None
            if word == base and own[i] not in ("VBP", "VB"):
                break
            if word != base and own[i] != "VBZ" and not (own[i] == "NNS" and own[i - 1] in ("NN", "NNP")):
                break
            if not saying and (_COMING.search(text, link.end()) or _HABIT.search(text, link.end())):
                return None  # "…, where he meets his counterpart on Tuesday": a plan
            start = sentence.start + link.end() + _word_offset(text[link.end() :], i)
            return (start, start + len(word), syntax.past_tense(word if word != base else _third_person(base)),
                    f"Present tense \"{word}\" in a clause joined to an event told in the past.")
    return None


def _is_step(word: str) -> bool:
    """Whether a word is a verb of _CLAUSE_STEP_BASES, in its base or in -s."""
    from mtqa.rules import syntax

    return word in _CLAUSE_STEP_BASES or (word.endswith("s") and syntax._verb_base(word) in _CLAUSE_STEP_BASES)


def _word_offset(text: str, index: int) -> int:
    """The offset in `text` of its word number `index` (as _WORD counts them)."""
    for k, match in enumerate(_WORD.finditer(text)):
        if k == index:
            return match.start()
    return len(text)


# --- "after" / "when" clauses whose tense breaks the main clause's ------------------------------
# Arabic puts the verb after بعد أن / عندما in the imperfect or the perfect regardless of the main
# verb, and MT keeps it: "Three people died when a bus overturns…", "The club signed him after he
# spends two seasons in Spain"; and the other way round, "The team qualifies for the final after it
# beat Ghana": the main verb of one past event left in the present.
_TIME_LINK = re.compile(r"\b(?:after|when)[ \t]+(?=(?:it|he|she|they|the|a|an|its|his|her|their|[A-Z][\w'’-]*)\b)")
_SUBORDINATE_OPENERS = frozenset({"it", "he", "she", "they", "the", "a", "an", "its", "his", "her", "their"})
_MAIN_PRESENT = frozenset({"is", "are", "am", "has", "have", "will", "would", "can", "could", "may", "might", "must",
                           "should", "shall", "does", "do", "to"})


def _subordinate_verb(words: list[str]):
    """(index, word) of the first verb form after a subject of up to four words at the start of
    `words` (the words after "after"/"when"), or None when a link word ends the subject first."""

    forms = verbs.forms()  # (every past and -s form of the lexicon, lower case)
    for i in range(1, min(len(words), 6)):
        word, previous = words[i], words[i - 1].lower()
        if previous in _NOT_IN_SUBJECT and previous not in _SUBORDINATE_OPENERS:
            return None
        if word in forms and (verbs.past_base(word) or (word.endswith("s") and verbs.present_base(word))):
            return i, word
    return None


def subordinate_tense(sentence, exempt: frozenset[str]):
    """A one-off event verb in -s in an "after"/"when" clause whose main clause is past ("died when
    a bus overturns"), or a main event verb in -s at the sentence's start whose "after" clause is
    past ("The team qualifies for the final after it beat…"); not habits, plans, conditions
    (will, would, to…, every…) nor verbs that relate events ("The move comes after…")."""
    text = sentence.text
    events, forms = verbs.event_bases(), verbs.forms()
    for link in _TIME_LINK.finditer(text):
        clause = _WORD.findall(text, link.end(), link.end() + 120)[:8]
        if forms.isdisjoint(clause[1:6]):
            continue  # no past or -s form of the lexicon where the clause's verb may stand
        found = _subordinate_verb(clause)
        if found is None:
            continue
        from mtqa.resources import pos_tag
        from mtqa.rules import syntax

        i, word = found
        subordinate_past = not word.endswith("s") and verbs.past_base(word) is not None
        if not subordinate_past:
            base = syntax._verb_base(word)
            if base not in events or base in _BACKGROUND or word in syntax._STATIVE or word in exempt:
                continue
        whole = _WORD.findall(text, 0, link.start())
        head = whole[-25:]
        if not head or any(w in _MAIN_PRESENT for w in head):
            return None
        if not text.rstrip().endswith(".") or '"' in text or "“" in text or _HABIT.search(text):
            return None
        if subordinate_past:
            main = _main_present(head, events) if len(whole) <= 25 else None
            if main is None:
                continue
            tags = pos_tag([*head, link.group(0).strip(), *clause[: i + 1]])
            verb_tag = tags[main] == "VBZ" or (tags[main] == "NNS" and tags[main - 1] in ("NN", "NNP")
                                                and tags[main + 1] in ("IN", "DT", "TO", "PRP$", "CD"))  # "team qualifies for"
            if not verb_tag or tags[len(head) + 1 + i] not in ("VBD", "VBN", "VBP", "VB"):
                continue
            start = sentence.start + _word_offset(text, main)
            return (start, start + len(head[main]), syntax.past_tense(head[main]),
                    f"Present tense \"{head[main]}\" for an event whose \"after\" clause is past.")
        if not any(w.islower() and verbs.past_base(w) for w in head):
            continue
        tags = pos_tag([*head, link.group(0).strip(), *clause[: i + 2]])
        own = tags[len(head) + 1 :]
        if "VBD" not in tags[: len(head)] or any(t in ("VBZ", "VBP", "MD") for t in tags[: len(head)]) or own[i] != "VBZ":
            continue
        start = sentence.start + link.end() + _word_offset(text[link.end() :], i)
        return (start, start + len(word), syntax.past_tense(word),
                f"Present tense \"{word}\" in an \"{link.group(0).strip()}\" clause of a past event.")
    return None


def _main_present(head: list[str], events: frozenset[str]) -> int | None:
    """The index in `head` (a sentence's words before "after") of its main verb when that is an
    event verb in -s after a subject of up to six words at the sentence's start, else None."""
    from mtqa.rules import syntax

    if not head or head[0] not in _ANAPHORIC_STARTS and not head[0][:1].isupper():
        return None
    for i in range(1, min(len(head), 8)):
        word = head[i]
        if not word.islower():
            continue
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            base = syntax._verb_base(word)
            if base in events and base not in _BACKGROUND and base not in _STANCE and word not in syntax._STATIVE:
                return i
            if base in syntax._news_verbs() or base in events:
                return None  # the main verb is of another kind
        if head[i - 1].lower() in _NOT_IN_SUBJECT:
            return None
    return None


# --- a relative clause that tells one act of a past event in the present ----------------------
_RELATIVE_ACT = regexes.compile(
    r"\b(?:who|which)[ \t]+(?P<verb>[a-z]{3,20}s)[ \t]+(?=(?:a|an|the|his|her|its|their|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|\d)\b)")


def relative_event(sentence, exempt: frozenset[str]):
    """"Police arrested the driver who hits a pedestrian…": a relative clause right after the object
    of a past main clause, its verb one of an act over in a moment (kill, hit, stab…) with one
    thing or a count as its object, kept in the Arabic imperfect."""
    text = sentence.text
    for match in _RELATIVE_ACT.finditer(text):
        from mtqa.resources import pos_tag
        from mtqa.rules import syntax

        verb = match.group("verb")
        base = syntax._verb_base(verb)
        if base not in _EVENT_BASES and base not in ("hit", "stab", "crash", "attack", "murder"):
            continue
        if not text.rstrip().endswith(".") or '"' in text or "“" in text or _HABIT.search(text):
            return None
        head = _WORD.findall(text[: match.start()])[-25:]
        if not head or any(w in _MAIN_PRESENT or w in _HEAD_PRESENT for w in head) or _COMING.search(text, match.end()):
            continue
        tags = pos_tag([*head, "who", verb, "the"])
        if "VBD" not in tags[: len(head)] or any(t in ("VBZ", "VBP", "MD") for t in tags[: len(head)]):
            continue
        if not tags[len(head) + 1].startswith(("VB", "NNS")):
            continue
        start = sentence.start + match.start("verb")
        return (start, start + len(verb), syntax.past_tense(verb),
                f"Present tense \"{verb}\" in a relative clause of an event told in the past.")
    return None
