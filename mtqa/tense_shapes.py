"""Three tense shapes of Arabic MT that SYN004's time-expression passes do not reach, each found
by its structure and word classes, with the tagger not needed:

- a statement frame: a present verb whose past time sits inside the phrase that names the
  statement or meeting it was made in ("The union condemns in a statement issued last Thursday
  the arrest…", "The parliament approves in its session yesterday…");
- "since" + a point in time with a simple present ("The toll rises to 230 since the start of the
  fighting", "The crossing is closed since last Friday"): English needs the present perfect;
- a change of quantity reported in the past and kept in the present ("The ministry said the number
  of cases rises to 400"): the reported event is over.

Each returns (start, end, fix, message) in document offsets, or None."""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa import regexes

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


_EVENT_FORMS = tuple(sorted({_third_person(b) for b in _EVENT_BASES} | set(_EVENT_BASES), key=len, reverse=True))
_CHANGE_WORDS = frozenset(_CHANGE) | frozenset(_EVENT_FORMS)


def candidate_sentences(doc) -> tuple[set[int], set[int], set[int]]:
    """The indices of the sentences that hold a statement noun, "since", or a verb of change:
    one look-up per word of the document's word index (the shapes read only those sentences)."""
    import itertools

    index = doc.lowered_words
    found = []
    for keys in (_STATEMENT_WORDS, _SINCE_WORDS, _CHANGE_WORDS):
        hits = itertools.compress(index.offsets, map(keys.__contains__, index.words))
        found.append({sentence.index for offset in hits if (sentence := doc.sentence_at(offset)) is not None})
    return found[0], found[1], found[2]


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


def _participle(base: str) -> str:
    from mtqa import verbs

    return _IRREGULAR_PARTICIPLES.get(base) or verbs.past(base)


def _comparison(word: str) -> bool:
    lower = word.lower()
    return lower in _COMPARISON or (lower.endswith("est") and len(lower) > 5 and lower not in _NOT_SUPERLATIVE)


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
    for since in _SINCE.finditer(text):
        clause_start = 0
        for mark in _CLAUSE_WORD.finditer(text, max(0, since.start() - 120), since.start()):
            clause_start = mark.end()
        first = next((i for i, t in enumerate(tokens) if t.start >= sentence.start + clause_start), len(tokens))
        at = next((i for i, t in enumerate(tokens) if t.start >= sentence.start + since.start()), len(tokens))
        clause = tokens[first:at][-12:]
        words = [t.text for t in clause]
        if not words or any(w.lower() in _PERFECT_OR_PAST or _comparison(w) for w in words):
            continue
        candidate = None
        for i in range(len(words) - 1, 0, -1):
            word, previous = words[i], words[i - 1]
            if previous.lower() in _NOT_BEFORE_VERB or previous[:1].isdigit() or previous.endswith("ed"):
                continue
            if word in ("is", "are") and i + 1 < len(words) and words[i + 1].islower() and (
                    words[i + 1].endswith("ed") or words[i + 1] in syntax._IRREGULAR_PARTICIPLES):
                candidate = i
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
        if word in ("is", "are"):
            if tags[candidate + 1] not in ("VBN", "VBD", "JJ"):
                continue
        elif tags[candidate] not in ("VBZ", "NNS") or (tags[candidate] == "NNS" and candidate + 1 < len(words)
                                                        and tags[candidate + 1] not in ("TO", "CD", "DT", "JJ", "RB", "IN", "PRP$", "JJR")):
            continue
        joined = words + rest
        cut = next((j for j in range(len(words), len(joined)) if joined[j] in (",", ";", ":")), len(joined))
        if any(tags[j] in ("VBD", "VBZ", "VBP", "MD") for j in range(cut) if j != candidate):
            continue  # another finite verb governs the clause: "strikes since 2019 killed…"
        start = clause[candidate].start
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
    rf"(?P<verb>{'|'.join(_CHANGE)})[ \t]+(?=to\b|by\b|from\b|nearly\b|about\b|around\b|almost\b|over\b|more\b|\d)"
)
_REPORTED_EVENT = regexes.compile(
    r"\b(?:said|announced|reported|stated|added|confirmed|revealed|indicated|noted|explained|disclosed|stressed)"
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
        return (start, start + len(verb), syntax.past_tense(verb),
                f"Present tense \"{verb}\" in a change reported in the past.")
    for match in _REPORTED_EVENT.finditer(text):
        subject, verb = match.group("subject"), match.group("verb")
        last = subject.split()[-1].lower()
        if _SUBJECT_BREAK.search(subject) or _HABIT.search(text, match.end("verb")) or last in _NOT_BEFORE_VERB:
            continue
        if not verb.endswith("s") and last not in _PLURAL_SUBJECTS:
            continue  # a base form needs an agent in the plural: "said they arrest…", "the police arrest"
        start = sentence.start + match.start("verb")
        return (start, start + len(verb), syntax.past_tense(verb if verb.endswith("s") else _third_person(verb)),
                f"Present tense \"{verb}\" for an event reported in the past.")
    return None


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
                       r"|weekly|monthly|annually|always|daily|today|tonight|now|currently|since|ago|yesterday|last"
                       r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + _MONTHS + r")\b", re.IGNORECASE)


def past_narrative(sentence) -> bool:
    """Whether a sentence tells a past event: a past time (or weekday) and a past verb form."""
    from mtqa import verbs

    text = sentence.text
    if not re.search(r"(?i:\b(?:yesterday|ago|last|earlier|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)", text):
        return False
    return any(w.islower() and w not in ("said", "told") and verbs.past_base(w) for w in _WORD.findall(text))


def narrative_present(sentence, exempt: frozenset[str]):
    """"He meets President Sisi…" right after a sentence that tells a past event, with no time of
    its own: the next step of the same event, kept in the Arabic imperfect."""
    from mtqa.rules import syntax

    text = sentence.text
    if not text.rstrip().endswith(".") or _OWN_TIME.search(text):
        return None
    match = _NARRATIVE.match(text)
    if match is None:
        return None
    verb = match.group("verb")
    subject = text[:match.start("verb")].split()
    subject = [w for w in subject if w not in ("also", "then", "later")]
    if verb.endswith("s"):
        base = syntax._verb_base(verb)
    elif subject[-1] == "They" or subject[-1].lower() in _PLURAL_SUBJECTS:
        base = verb  # "They seize two pistols"
    else:
        return None
    if base not in NARRATIVE_BASES or verb in exempt:
        return None
    start = sentence.start + match.start("verb")
    return (start, start + len(verb), syntax.past_tense(verb if verb.endswith("s") else _third_person(verb)),
            f"Present tense \"{verb}\" in the next step of an event told in the past.")
