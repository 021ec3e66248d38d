"""Phrase-list rules: calques (TRN001, data/calques.toml) and verb–object calques (SYN006,
data/verb_calques.toml). Format: docs/calque-format.md. All patterns of a list are compiled
once and matched in one pass over the words of a text (see PhraseRule.matches)."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
import re._constants as _sre  # the parsed form of a pattern, for its literal openings
import re._parser as _parser
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from mtqa import cache, regexes
from mtqa.document import WordIndex
from mtqa.errors import LexiconError
from mtqa.findings import NEEDS_CONTEXT, Severity, Suggestion
from mtqa.rules import Rule, register
from mtqa.rules.clause_starts import clause_starts
from mtqa.scan import joined_words, regex_fold, word_text
from mtqa.segment import LETTERS, automaton_windows, number_starts
from mtqa.suggest import carry_over

_KEYS = {"id", "arabic", "match", "position", "replace", "severity", "kind", "message", "bad", "good", "unquoted",
         "needs_context"}
_KINDS = {"discourse-marker", "reporting", "formula", "collocation", "time-expression", "framing", "verb-object"}
# What may stand before a sentence-initial formula: an opening quote or bracket, "And"/"But".
_START_PREFIX = r"""[\"'“‘(\[]?(?:(?:and|but|so|also) )?"""


@dataclass(frozen=True)
class Phrase:
    id: str
    arabic: str
    match: str
    position: str
    replace: tuple[str, ...]
    severity: Severity
    kind: str
    message: str
    bad: tuple[str, ...]
    good: tuple[str, ...]
    unquoted: bool = False  # reported only outside quotations ("our", "God willing")
    family: str = ""  # the calque family of a pattern entry (data/calque_patterns.toml)
    anchor: str = ""  # "digit" or "(": the pattern can only start there (tried only there)
    leads: tuple[str, ...] = ()  # two-word openings ("the past") it is looked up by, when known
    needs_context: bool = False  # natural English too ("For his part,"): reported only beside other findings


def load_phrases(name: str) -> list[Phrase]:
    """Validated entries of a phrase list in mtqa/data (kept in the on-disk cache once valid)."""
    text = resources.files("mtqa").joinpath(f"data/{name}").read_text("utf-8")
    fields = [f.name for f in dataclasses.fields(Phrase)]
    rows = cache.cached(f"phrases-{name}", cache.key_of("phrases", name, text),
                        lambda: [[_plain(getattr(p, f)) for f in fields] for p in _validated(name, text)])
    return [_phrase(fields, row) for row in rows]


def _plain(value):
    return value.value if isinstance(value, Severity) else value


def _phrase(fields: list[str], row: list) -> Phrase:
    values = dict(zip(fields, row))
    values["severity"] = Severity(values["severity"])
    return Phrase(**values)


def _validated(name: str, text: str) -> list[Phrase]:
    path = f"mtqa/data/{name}"
    try:
        raw_entries = tomllib.loads(text).get("calque", [])
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: invalid TOML ({exc})") from None
    lines = [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == "[[calque]]"]
    phrases, seen = [], set()
    for index, raw in enumerate(raw_entries):
        where = f"{path}:{lines[index] if index < len(lines) else 0}"
        unknown = set(raw) - _KEYS
        missing = {"id", "arabic", "match", "message", "bad", "good"} - set(raw)
        if unknown or missing:
            raise LexiconError(f"{where}: {'unknown key ' + repr(sorted(unknown)[0]) if unknown else 'missing key ' + repr(sorted(missing)[0])}")
        if raw["id"] in seen:
            raise LexiconError(f"{where}: duplicate id {raw['id']!r}")
        seen.add(raw["id"])
        try:
            compiled = re.compile(raw["match"], re.IGNORECASE)
        except re.error as exc:
            raise LexiconError(f"{where}: bad pattern ({exc})") from None
        if compiled.groups or compiled.match(""):
            raise LexiconError(f"{where}: pattern must have no capturing groups and not match empty text")
        if raw.get("position", "anywhere") not in ("start", "anywhere"):
            raise LexiconError(f"{where}: position must be 'start' or 'anywhere'")
        if raw.get("kind", "collocation") not in _KINDS:
            raise LexiconError(f"{where}: unknown kind {raw.get('kind')!r}")
        phrases.append(Phrase(
            id=raw["id"], arabic=raw["arabic"], match=raw["match"],
            position=raw.get("position", "anywhere"), replace=tuple(raw.get("replace", [])),
            severity=Severity(raw.get("severity", "minor")), kind=raw.get("kind", "collocation"),
            message=raw["message"], bad=tuple(raw["bad"]), good=tuple(raw["good"]),
            unquoted=bool(raw.get("unquoted", False)), needs_context=bool(raw.get("needs_context", False)),
        ))
    return phrases


# The calque families written as patterns: the listed families, those written by their generator,
# and those swept from the Arabic side (stock formulas of Arabic news, family by family).
PATTERN_FILES = ("calque_patterns.toml", "calque_generators.toml", "calque_sweep.toml")
_FAMILY_KEYS = {"id", "arabic", "kind", "message", "replace", "position", "severity", "unquoted", "needs_context",
                "good", "patterns"}


def load_patterns(name: str = "calque_patterns.toml") -> list[Phrase]:
    """The calque families of a pattern file (format: mtqa/patterns.py), one Phrase per pattern,
    each with its own bad example and its family's good examples (ordinary English traps).
    Kept in the on-disk cache once valid (keyed by the file and the pattern compiler's code)."""
    text = resources.files("mtqa").joinpath(f"data/{name}").read_text("utf-8")
    code = resources.files("mtqa").joinpath("patterns.py").read_text("utf-8")
    fields = [f.name for f in dataclasses.fields(Phrase)]
    rows = cache.cached(f"patterns-{name}", cache.key_of("patterns", name, text, code),
                        lambda: [[_plain(getattr(p, f)) for f in fields] for p in _patterns_validated(name, text)])
    shared: dict = {}  # one copy of what a family's patterns have in common (message, Arabic, traps…)
    return [_phrase(fields, [shared.setdefault(v, v) if isinstance(v, (str, tuple)) and f in _FAMILY_WIDE else v
                             for f, v in zip(fields, row)]) for row in rows]


_FAMILY_WIDE = frozenset({"arabic", "message", "good", "replace", "family", "kind", "position", "leads"})


def _patterns_validated(name: str, text: str) -> list[Phrase]:
    from mtqa.patterns import compile_pattern, lead_words

    path = f"mtqa/data/{name}"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: invalid TOML ({exc})") from None
    classes = data.get("classes", {})
    phrases, seen = [], set()
    for family in data.get("family", []):
        where = f"{path}: family {family.get('id', '?')!r}"
        unknown = set(family) - _FAMILY_KEYS
        missing = {"id", "arabic", "message", "good", "patterns"} - set(family)
        if unknown or missing:
            raise LexiconError(f"{where}: {'unknown key ' + repr(sorted(unknown)[0]) if unknown else 'missing key ' + repr(sorted(missing)[0])}")
        if family["id"] in seen:
            raise LexiconError(f"{where}: duplicate family")
        seen.add(family["id"])
        kind = family.get("kind", "collocation")
        if kind not in _KINDS:
            raise LexiconError(f"{where}: unknown kind {kind!r}")
        for n, entry in enumerate(family["patterns"], 1):
            if set(entry) - {"p", "bad", "replace"} or not {"p", "bad"} <= set(entry):
                raise LexiconError(f"{where}, pattern {n}: keys are p, bad and replace")
            source, at_start = compile_pattern(entry["p"], classes, f"{where}, pattern {n}")
            slots = entry["p"].split()[1 if at_start else 0 :]
            anchor = "digit" if slots[0] in ("[num]", "[year]") else "(" if slots[0] == "(" else ""
            leads = lead_words(" ".join(slots[1:]), classes) if anchor == "digit" else lead_words(entry["p"], classes)
            phrases.append(Phrase(
                id=f"{family['id']}/{n}", arabic=family["arabic"], match=source,
                position="start" if at_start else family.get("position", "anywhere"),
                replace=tuple(entry.get("replace", family.get("replace", []))),
                severity=Severity(family.get("severity", "minor")), kind=kind,
                message=f"Calque ({family['id']}): {family['message']}",
                bad=(entry["bad"],), good=tuple(family["good"]),
                unquoted=bool(family.get("unquoted", False)), family=family["id"], anchor=anchor,
                needs_context=bool(family.get("needs_context", False)),
                leads=tuple(lead for lead in leads or () if not anchor or lead.endswith(" ")),
            ))
    return phrases


def _quoted(text: str, start: int, position: int) -> bool:
    """Whether `position` lies inside a quotation opened after `start` (a sentence start)."""
    before = text[start:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_NEXT_WORD = re.compile(r"\s*(\S+)")
_NAME_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NAME_GLUE = frozenset(("of", "the", "a", "an", "and", "in", "for", "to", "al", "el", "bin"))
# "the Sons of Suleiman tribe" (Bani Suleiman): kinship words in Title Case are the MT scar itself
_KIN_WORDS = frozenset(("sons", "daughters", "children", "brothers", "sisters", "fathers", "mothers", "grandsons"))


def _proper_name(prose: str, start: int, end: int, at_start: bool) -> bool:
    """Whether a matched collocation is an "X of Y" name in Title Case: two words or more
    besides the glue words (of, the, and…), every one capitalised ("The Sons of Iraq", "the
    Eagles of the Whirlwind"). English writes a name so, and a name that took its words from
    Arabic is still its English name; the calque is written in lower case ("the sons of the
    city"). Not when it opens with a kinship word: "the Sons of Suleiman tribe" is Bani
    Suleiman word by word. (Word-order calques around a title and a name, "the Ambassador
    Kuwaiti Ali Saleh", have no "of" and stay reported.)"""
    found = _NAME_WORD.findall(prose, start, end)
    words = [w for w in found if w.lower() not in _NAME_GLUE]
    if not words or (at_start and found[0] == words[0]):
        return False  # a sentence's first word is capitalised anyway: "Figures of the Health Ministry"
    return "of" in found and len(words) >= 2 and all(w[0].isupper() for w in words) \
        and words[0].lower() not in _KIN_WORDS


def _spaces(pattern: str) -> str:
    """Let a literal space in a pattern match any run of whitespace."""
    return re.sub(r"(?<!\\) ", r"\\s+", pattern)


_OPENER = re.compile(_spaces(_START_PREFIX), re.IGNORECASE)
_NUMBER_START = re.compile(r"\d(?<![\w.,]\d)")  # = (?<![\w.,])\d (segment.number_starts finds it faster; this outside ASCII)
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*[ \t]+$")
_PAREN = re.compile(r"\(")


# --- The openings a match must start with, looked up in one automaton pass over the words ---

_KEYS_PER_PHRASE = 64  # beyond this many, a phrase keeps the shorter openings reached so far
_SPACE = (_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_SPACE)])
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def phrase_keys(pattern: str) -> list[str] | None:
    """The lower-case literal openings ("the past ", "emphasi") one of which every match of
    `pattern` (matched case-insensitively, a space standing for any whitespace) starts with,
    written as in `word_text`: words joined by one space, a trailing space where the word must
    end. None when a match need not start with a letter."""
    try:
        items = list(_parser.parse(_spaces(pattern), re.IGNORECASE))
    except re.error:
        return None
    done, crowded = _openings(items, None)
    for words in _KEYS_WORDS if crowded else ():  # too many: the openings cut where they stood may be
        shorter, _ = _openings(items, words)      # short ("the "); openings of a few words may be longer
        if min(map(len, shorter)) > min(map(len, done)):
            done = shorter
    if "" in done:
        return None
    kept = []  # an opening that extends a shorter one adds nothing: sorted, it follows that one
    for key in sorted(done):
        if not kept or not key.startswith(kept[-1]):
            kept.append(key)
    return kept


_KEYS_WORDS = (3, 2)  # whole words an opening may stop at when a phrase has too many longer ones


def _openings(items: list, words: int | None) -> tuple[set[str], bool]:
    """The openings of `items`, each grown until the pattern no longer gives plain letters
    (or holds `words` whole words), and whether there were too many (more than
    _KEYS_PER_PHRASE): then those still growing are cut where they stood."""
    done, growing = set(), [("", items)]
    while growing:
        grown = []
        for prefix, rest in growing:
            prefix, options, rest = _opening(prefix, rest)
            if options is None or (words and prefix.count(" ") >= words):
                done.add(prefix)
            else:
                grown += [(prefix, option + rest) for option in options]
        if len(done) + len(grown) > _KEYS_PER_PHRASE:
            done.update(prefix for prefix, _ in grown)
            return done, True
        growing = grown
    return done, False


def _opening(prefix: str, items: list) -> tuple[str, list | None, list]:
    """`prefix` extended by the plain letters and whitespace that open `items`; then the
    alternatives of the next item if it branches (and the items after it), else None."""
    for j, (op, av) in enumerate(items):
        if op is _sre.LITERAL and (letter := _ascii_letter(av)):
            prefix += letter
            continue
        if (op, av) == _SPACE or (op in _REPEATS and av[0] >= 1 and list(av[2]) == [_SPACE]):
            if not prefix:
                return prefix, None, []
            prefix += "" if prefix.endswith(" ") else " "
            continue
        rest = items[j + 1 :]
        if op is _sre.IN and av and all(o is _sre.LITERAL and _ascii_letter(v) for o, v in av):
            return prefix, [[(_sre.LITERAL, ord(c))] for c in sorted({_ascii_letter(v) for _, v in av})], rest
        if op is _sre.SUBPATTERN:
            return prefix, [list(av[3])], rest
        if op is _sre.BRANCH:
            return prefix, [list(branch) for branch in av[1]], rest
        if op in _REPEATS and av[0] == 0 and av[1] == 1:
            return prefix, [list(av[2]), []], rest
        if op is _sre.LITERAL and prefix and not _LETTER.match(chr(av)):
            prefix += "" if prefix.endswith(" ") else " "  # a mark after a word: the word ends
        return prefix, None, []
    return (prefix + " " if prefix and not prefix.endswith(" ") else prefix), None, []  # (?!\w) follows


_LETTER = re.compile(r"[^\W\d_]")


def _ascii_letter(code: int) -> str:
    """The letter a … z a pattern's character `code` stands for case-insensitively, or ""."""
    lower = chr(code).lower()
    return lower if len(lower) == 1 and "a" <= lower <= "z" else ""


def _where_tried(phrase: Phrase) -> list[str] | None:
    """The openings a phrase is looked up by: those of its pattern (`phrase_keys`), and when the
    pattern file gives two-word openings (`Phrase.leads`), only where both agree (the longer of
    two that agree; a lead whose longer openings are more than _LONGER_PER_LEAD is cut after its
    third word, or kept as the lead itself, to keep the automaton small). None for a phrase tried
    at numbers or brackets, or scanned."""
    if phrase.anchor:
        return None
    keys = phrase_keys(phrase.match)
    if not phrase.leads:
        return keys
    leads = [lead if lead.endswith(" ") else lead + " " for lead in phrase.leads]  # whole words
    if keys is None:
        return leads
    tried = set()
    for lead in leads:
        longer = [key for key in keys if key.startswith(lead)]
        if len(longer) > _LONGER_PER_LEAD:  # many longer openings of one lead (a large automaton):
            third = {key if key.count(" ") <= 3 else " ".join(key.split(" ")[:3]) + " " for key in longer}
            if len(third) <= _LONGER_PER_LEAD:
                tried.update(third)  # cut after the third word
            elif lead.split(" ", 1)[0] not in _COMMON_LEAD_WORDS:
                tried.add(lead)  # the lead itself ("attempt of "), not a lead as common as "of the "
            else:
                tried.update(longer)
        else:
            tried.update(longer)
            tried.update(lead for key in keys if lead.startswith(key) and key != lead)
    return sorted(tried)


_LONGER_PER_LEAD = 8
# Words that open the commonest two-word leads of English ("of the", "it was", "the two"): a
# phrase is not looked up at every one of those.
_COMMON_LEAD_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and",
                                "or", "it", "is", "was", "he", "she", "they", "his", "her", "its", "their", "this",
                                "that", "as", "be", "has", "had", "have", "will", "would", "not", "no"})


# --- Phrases looked up by a later word: those whose openings are common words ---
# A generated pattern that opens with "the", "in" or "of" and a wildcard ("the [word] and the
# [word] and the [word]") would be tried at every "the". It is looked up instead by the
# openings of what follows one of its top-level whitespace gaps (its "marker", " and the "):
# where the rest of the pattern matches at a marker, the words before it that carry one of the
# phrase's openings are tried, back to the first mark the part before the gap cannot match
# (_BARRIER). The same (word, phrase) pairs are tried where a match is possible, so the same
# matches are found; the common words are no longer looked up.

_BARRIER = re.compile(r"[^\w\s'’-]")  # what a walked-back part (words, gaps, ' ’ -) never holds
_WORD_CHAR = re.compile(r"[\w'’-]")


def _common(keys) -> int:
    """How many of `keys` are one common word ("the ", "in ")."""
    return sum(1 for key in keys if key.count(" ") == 1 and key.endswith(" ") and key[:-1] in _COMMON_LEAD_WORDS)


def _top_level_gaps(source: str) -> list[int]:
    """Where each top-level `\\s+` of a pattern source ends (none when the source has a
    top-level alternation or opens with global flags)."""
    if re.match(r"\(\?[a-zA-Z]+\)", source):
        return []
    gaps, depth, i, size = [], 0, 0, len(source)
    while i < size:
        char = source[i]
        if char == "\\":
            if depth == 0 and source.startswith("\\s+", i) and source[i + 3 : i + 4] not in ("?", "+", "*", "{"):
                gaps.append(i + 3)
            i += 2
            continue
        if char == "[":  # a class: to its closing bracket (one right after "[" or "[^" is a member)
            i += 2 if source.startswith("[^", i) else 1
            i += 1 if source[i : i + 1] == "]" else 0
            while i < size and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return []
        i += 1
    return gaps


def _word_chars_only(items) -> bool:
    """Whether parsed pattern `items` consume only what _BARRIER excludes (word characters,
    whitespace, apostrophes and hyphens)."""
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # (consume nothing)
        if op is _sre.LITERAL:
            if _BARRIER.match(chr(av)):
                return False
        elif op is _sre.IN:
            for kind, value in av:
                if kind is _sre.LITERAL and not _BARRIER.match(chr(value)):
                    continue
                if kind is _sre.RANGE and value[1] - value[0] < 256 and all(
                        _WORD_CHAR.match(chr(c)) for c in range(value[0], value[1] + 1)):
                    continue
                if kind is _sre.CATEGORY and value in (_sre.CATEGORY_WORD, _sre.CATEGORY_DIGIT, _sre.CATEGORY_SPACE):
                    continue
                return False
        elif op in _REPEATS:
            if not _word_chars_only(av[2]):
                return False
        elif op is _sre.SUBPATTERN:
            if not _word_chars_only(av[3]):
                return False
        elif op is _sre.BRANCH:
            if not all(_word_chars_only(branch) for branch in av[1]):
                return False
        else:
            return False
    return True


def _marker(phrase: Phrase, openings: list[str] | None) -> tuple[str, list[str]] | None:
    """(the rest of the pattern after a top-level gap, its openings) to look a phrase up by
    instead of `openings`, when that saves looking up common words (see _BARRIER); else None."""
    if phrase.position == "start" or phrase.anchor or not openings or not _common(openings):
        return None
    source, best = _spaces(phrase.match), None
    for gap in _top_level_gaps(source):
        rest, before = source[gap:], source[: gap - 3]
        keys = phrase_keys(rest)
        if not keys or _common(keys) >= _common(openings):
            continue
        try:
            items = _parser.parse(before, re.IGNORECASE)
            re.compile(rest, re.IGNORECASE)
        except re.error:
            continue
        if not _word_chars_only(list(items)):
            break  # (nor can any later gap's part before it)
        score = (_common(keys), -min(map(len, keys)))
        if best is None or score < best[0]:
            best = (score, rest, keys)
    return (best[1], best[2]) if best else None


@lru_cache(maxsize=None)
def _compiled(source: str) -> re.Pattern:
    """A phrase pattern (case-insensitive), made once a process when first needed."""
    return regexes.compile(source, re.IGNORECASE)


def _first_match(prose: str, position: int, phrases, index: "_Index") -> list[tuple[int, int, int]]:
    """The match at `position` of the first of `phrases` (in list order) that matches there."""
    for i in phrases:
        if match := (index.patterns[i] or index.pattern(i)).match(prose, position):
            return [(match.start(), match.end(), i)]
    return []


def _walk_back(index: "_Index", prose: str, text: str, starts, offsets, marked, tried: dict) -> None:
    """Add to `tried` (word number -> phrases, in list order) the phrases looked up by a marker
    (_Index.walks): where the rest of a phrase matches at its marker, each word before it that
    carries one of the phrase's openings, back to a _BARRIER mark or to the phrase's previous
    marker (whose walk saw the words before it)."""
    at_markers: dict[int, set[int]] = {}
    for m, phrases in marked:
        for i in phrases:
            at_markers.setdefault(i, set()).add(m)
    for i, markers in at_markers.items():
        rest, keys = index.walks[i]
        rest = _compiled(rest)
        floor = 0
        for m in sorted(markers):
            if not rest.match(prose, offsets[m]):
                continue
            n = m - 1
            while n >= floor and not _BARRIER.search(prose, offsets[n], offsets[n + 1]):
                if any(text.startswith(key, starts[n] - 1) for key in keys):
                    tried[n] = tuple(sorted({*tried[n], i})) if n in tried else (i,)
                n -= 1
            floor = m


_OPENER_WORDS = frozenset({"and", "but", "so", "also"})  # the words _START_PREFIX lets open a sentence


_LOOK_UP_BUDGET = 200_000  # dictionary look-ups of openings before the automaton is built (~ its cost)


def _automaton(openings: dict):
    """The Aho-Corasick automaton of the openings."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for key, value in openings.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


@dataclass
class _Index:
    """A phrase list ready to match: one automaton of the openings of its phrases (and of the
    words after a number that number-led ones are looked up by); each phrase's own pattern,
    made when first tried (mtqa.regexes: from its code in the on-disk cache); alternations of
    the few phrases tried at every sentence start, number or bracket, or scanned for."""

    openings: dict | None  # " opening" -> (length, word-led, number-led, sentence-start, marker-led phrases)
    sources: list[str]  # phrase index -> its pattern (a sentence-start one with its opener)
    every_start: str  # all sentence-start phrases as one alternation (see PhraseRule._at_starts)
    starter: re.Pattern | None  # the sentence-start phrases without an opening
    scanner: re.Pattern | None
    by_digit: re.Pattern | None
    by_paren: re.Pattern | None
    patterns: list = dataclasses.field(default_factory=list)  # phrase index -> its pattern, once made
    automaton: object | None = None  # the openings' automaton, built once looking them up costs more
    lengths: tuple[int, ...] = ()  # the openings' lengths, longest first
    looked_up: int = 0  # dictionary look-ups made so far (see windows_in)
    walks: dict = dataclasses.field(default_factory=dict)  # phrase looked up by a marker -> its rest, openings

    def windows_in(self, text: str):
        """(end index, value) of every opening in the word text `text`, in the order the
        automaton yields them (by end, the longer first), as segment.automaton_windows gives
        them: (offset, first, pairs) a window at a time. A run that checks one short article
        looks them up in the dictionary at each word (a few hundred look-ups), not worth the
        automaton's ~40 ms build; once the look-ups would cost about that, the automaton is
        built and used from then on (a long document, a run of many records)."""
        if self.automaton is None:
            cost = text.count(" ") * len(self.lengths)
            if self.looked_up + cost <= _LOOK_UP_BUDGET:
                self.looked_up += cost
                return [(0, 0, self._looked_up(text))]
            self.automaton = _automaton(self.openings)
        return automaton_windows(self.automaton, text)

    def _looked_up(self, text: str) -> list[tuple[int, object]]:
        found, get, lengths, size = [], self.openings.get, self.lengths, len(text)
        at = text.find(" ")
        while at >= 0:  # (every opening starts with a space: the gap before a word)
            for length in lengths:
                if at + length > size:
                    continue  # (a slice cut short by the end would look up a shorter opening)
                value = get(text[at : at + length])
                if value is not None:
                    found.append((at + length - 1, value))
            at = text.find(" ", at + 1)
        found.sort(key=lambda item: item[0])  # (stable: at one end, the one that starts first, longer)
        return found

    def pattern(self, i: int) -> re.Pattern:
        """Phrase i's pattern, made when first tried."""
        if not self.patterns:
            self.patterns = [None] * len(self.sources)
        self.patterns[i] = _compiled(self.sources[i])
        return self.patterns[i]


def _index_parts(phrases: list[Phrase], keys: list) -> tuple[list[str], list[str], dict, dict, list[int]]:
    """What PhraseRule._index is built of: each phrase's pattern source; the alternations of the
    sentence-start phrases (all, and those without openings), of the phrases scanned for, tried
    at a digit and at a bracket; the automaton's table (" " + opening -> its length, word-led,
    number-led, start-led, marker-led phrase numbers); the phrases looked up by a marker
    (phrase number -> the rest of its pattern, its " " + openings; see _marker); the lengths
    of the openings, longest first."""
    sources, start_parts, unkeyed_starts, scanned, by_digit, by_paren = [], [], [], [], [], []
    openings: dict[str, tuple[list[int], ...]] = {}  # word-, number-, start-, marker-led
    walks = {}
    for i, (phrase, phrase_openings) in enumerate(zip(phrases, keys)):
        body = f"(?:{_spaces(phrase.match)})(?!\\w)"
        if phrase.position == "start":
            body = _spaces(_START_PREFIX) + body
            start_parts.append(f"(?P<p{i}>{body})")
            if phrase_openings is None:
                unkeyed_starts.append(f"(?P<p{i}>{body})")
            for key in phrase_openings or ():
                openings.setdefault(key, ([], [], [], []))[2].append(i)
        elif phrase.anchor == "digit" and phrase.leads:  # looked up by the word after the number
            for lead in phrase.leads:
                openings.setdefault(lead, ([], [], [], []))[1].append(i)
        elif phrase.anchor == "digit":  # tried only where a number starts
            by_digit.append(f"(?P<p{i}>{body})")
        elif phrase.anchor == "(":  # tried only at an opening bracket
            by_paren.append(f"(?P<p{i}>{body})")
        elif phrase_openings is None:
            scanned.append(f"(?<!\\w)(?P<p{i}>{body})")
        elif marker := _marker(phrase, phrase_openings):
            walks[i] = (marker[0], [" " + key for key in phrase_openings])
            for key in marker[1]:
                openings.setdefault(key, ([], [], [], []))[3].append(i)
        else:
            for key in phrase_openings:
                openings.setdefault(key, ([], [], [], []))[0].append(i)
        sources.append(body)
    alternations = ["|".join(parts) for parts in (start_parts, unkeyed_starts, scanned, by_digit, by_paren)]
    shared: dict = {}  # one copy of each value and phrase tuple: the cache stores them once (a start reads less)
    one = lambda value: shared.setdefault(value, value)
    table = {" " + key: one((len(key) + 1, *(one(tuple(numbers)) for numbers in led))) for key, led in openings.items()}
    return sources, alternations, table, walks, sorted({len(key) for key in table}, reverse=True)


class PhraseRule(Rule):
    """One rule over a whole phrase list."""

    data_file = ""
    pattern_files: tuple[str, ...] = ()  # calque families written as patterns, after the list

    @cached_property
    def phrases(self) -> list[Phrase]:
        """The listed phrases, then the families' patterns (made when first needed: a run whose
        text matches none never builds them)."""
        return load_phrases(self.data_file) + [p for name in self.pattern_files for p in load_patterns(name)]

    @cached_property
    def _index(self) -> _Index:
        """Built once per rule (the openings kept in the on-disk cache, keyed by the data files
        and the code that reads them: a start reads it without making the phrases): a phrase is
        tried only where the automaton finds one of its openings, in list order, the first that
        matches winning. Matching 1 MB is one pass of the automaton over its words."""
        try:  # the openings depend on this module's code (an install without sources: on the version)
            code = [resources.files("mtqa").joinpath(f).read_text("utf-8") for f in ("rules/phrases.py", "patterns.py")]
        except OSError:
            code = []
        data = [resources.files("mtqa").joinpath(f"data/{name}").read_text("utf-8")
                for name in (self.data_file, *self.pattern_files)]

        def keys():
            fields = [f"{p.position}|{p.anchor}|{p.leads}|{p.match}" for p in self.phrases]
            return cache.cached(f"phrase-keys-{self.data_file}", cache.key_of("phrase-keys", *code, *fields),
                                lambda: [_where_tried(p) for p in self.phrases])

        # what the index is built of, plain data kept in the on-disk cache too (a start saves the loops)
        sources, alternations, openings, walks, lengths = cache.cached(
            f"phrase-index-{self.data_file}", cache.key_of("phrase-index", *code, *data),
            lambda: _index_parts(self.phrases, keys()))
        every_start, *others = alternations
        return _Index(openings or None, sources, every_start, *(_compiled(a) if a else None for a in others),
                      patterns=[None] * len(sources), lengths=tuple(lengths), walks=walks)

    def matches(self, prose: str, sentence_starts, words=None) -> list[tuple[int, int, int]]:
        """(start, end, phrase index) of every phrase match, leftmost first, not overlapping;
        at one position the phrase listed first wins. `words` are the (offset, lower-cased word)
        pairs of the prose when the caller has them (Document.lowered_words)."""
        index = self._index
        found = []
        if index.openings is not None:
            if words is None:
                words = [(m.start(), m.group().lower()) for m in LETTERS.finditer(prose)]
            if isinstance(words, WordIndex):
                offsets, lowered_words = words.offsets, words.words
                text, starts = joined_words(words)  # (one for both phrase rules)
            else:
                offsets, lowered_words = [p for p, _ in words], [w for _, w in words]
                text, starts = word_text(lowered_words)
            tried: dict[int, tuple[int, ...]] = {}  # word number -> the phrases whose opening is there
            start_led: dict[int, tuple[int, ...]] = {}  # word number -> sentence-start phrases opening there
            marked = []  # (word number, the phrases looked up by a marker there)
            for offset, first, pairs in index.windows_in(text):  # (the automaton by windows: less memory)
                offset += 2
                for last, (length, word_led, number_led, sentence_led, marker_led) in pairs:
                    if last < first:
                        continue
                    n = bisect.bisect_left(starts, last + offset - length)
                    if marker_led:
                        marked.append((n, marker_led))
                    if word_led:  # (each value's phrases are in list order; two openings at a word are merged)
                        tried[n] = tuple(sorted({*tried[n], *word_led})) if n in tried else word_led
                    if sentence_led:
                        start_led[n] = start_led[n] + sentence_led if n in start_led else sentence_led
                    if number_led:
                        position = offsets[n]
                        if number := _NUMBER_BEFORE.search(prose, max(0, position - 24), position):
                            found += _first_match(prose, number.start(), number_led, index)
            if marked:
                _walk_back(index, prose, text, starts, offsets, marked, tried)
            patterns = index.patterns
            for n, phrases in tried.items():  # _first_match, inline: this loop runs once a hit
                position = offsets[n]
                for i in phrases:
                    if match := (patterns[i] or index.pattern(i)).match(prose, position):
                        found.append((position, match.end(), i))
                        break
            if start_led:
                found += self._at_starts(prose, sentence_starts, offsets, lowered_words, start_led)
        if index.starter:
            for position in sentence_starts:
                if match := index.starter.match(prose, position):
                    found.append((match.start(), match.end(), int(match.lastgroup[1:])))
        if index.scanner:
            found += [(m.start(), m.end(), int(m.lastgroup[1:])) for m in index.scanner.finditer(prose)]
        for anchored, starts in ((index.by_digit, _NUMBER_START), (index.by_paren, _PAREN)):
            if anchored:
                at = number_starts(prose) if starts is _NUMBER_START else None
                for start in (m.start() for m in starts.finditer(prose)) if at is None else at:
                    if match := anchored.match(prose, start):
                        found.append((match.start(), match.end(), int(match.lastgroup[1:])))
        found.sort(key=lambda item: (item[0], item[2]))
        kept, last_end = [], -1
        for item in found:
            if item[0] >= last_end:
                kept.append(item)
                last_end = item[1]
        return kept

    def _at_starts(self, prose, sentence_starts, offsets, words, start_led) -> list[tuple[int, int, int]]:
        """Matches of the sentence-start phrases whose opening the automaton found as the first
        word of a sentence, or as the second after "and", "but", "so", "also" (what
        _START_PREFIX lets stand before one). A sentence starting inside a run of letters (no
        word of its own) is tried with all of them."""
        found, index, tried = [], self._index, {}
        for start in sentence_starts:
            if start and (prose[start - 1].isalnum() or prose[start - 1] == "_"):  # \w
                match = _compiled(index.every_start).match(prose, start)
                found += [(match.start(), match.end(), int(match.lastgroup[1:]))] if match else []
        for n, phrases in start_led.items():
            after = offsets[n - 2] if n >= 2 else -1  # the sentence's first word is word n - 1 or n
            for j in range(bisect.bisect_right(sentence_starts, after), bisect.bisect_right(sentence_starts, offsets[n])):
                start = sentence_starts[j]
                first = bisect.bisect_left(offsets, start)
                if (first == n or regex_fold(words[first]) in _OPENER_WORDS) and not (
                        start and (prose[start - 1].isalnum() or prose[start - 1] == "_")):
                    tried.setdefault(start, set()).update(phrases)
        for start, phrases in sorted(tried.items()):
            found += _first_match(prose, start, sorted(phrases), index)
        return found

    @cached_property
    def _example_spans(self) -> dict[int, str | None]:
        """Phrase index -> the span it matches in its own bad example (worked out on demand)."""
        return {}

    def example_span(self, i: int) -> str | None:
        """What phrase `i` matches in its first bad example: the words its rewrites were
        written for (mtqa.suggest.carry_over adapts them to what a text has)."""
        if i not in self._example_spans:
            from mtqa.document import Document

            self._example_spans[i] = None
            phrase = self.phrases[i]
            if phrase.bad:
                doc = Document(phrase.bad[0])
                for start, end, index in self.matches(doc.prose, [s.start for s in doc.sentences], doc.lowered_words):
                    if index == i:
                        self._example_spans[i] = doc.prose[self._opened(doc.prose, start, end, phrase) : end]
                        break
        return self._example_spans[i]

    @staticmethod
    def _opened(prose: str, start: int, end: int, phrase: Phrase) -> int:
        """Where the span of a sentence-start phrase begins: after its opener ("And", a quote)."""
        if phrase.position == "start":
            opener = _OPENER.match(prose, start, end)
            return opener.end() if opener else start
        return start

    def check(self, doc, ctx):
        prose = doc.prose
        sentence_starts = clause_starts(doc)  # and the clause after a dateline ("Sanaa - ")
        starts = set(sentence_starts)
        for start, end, i in self.matches(prose, sentence_starts, doc.lowered_words):
            phrase = self.phrases[i]
            if phrase.kind == "collocation" and _proper_name(prose, start, end, start in starts):
                continue  # "the Sons of Iraq", "the Eagles of the Whirlwind": a name English uses
            if phrase.unquoted:
                sentence = doc.sentence_at(start)
                if sentence is None or _quoted(prose, sentence.start, start):
                    continue
            start = self._opened(prose, start, end, phrase)
            suggestions = list(phrase.replace)
            if phrase.position == "start" and suggestions == [""]:
                following = _NEXT_WORD.match(prose, end)
                if following:
                    word = following.group(1)
                    end = following.end()
                    suggestions = [word[:1].upper() + word[1:]]
            else:
                example = self.example_span(i) if suggestions else None
                if example is not None:  # a rewrite written for the example, carried over to this span
                    suggestions = [s for s in (carry_over(example, r, prose[start:end]) for r in suggestions) if s is not None]
                if start in starts or (start > 0 and prose[start - 1] in "\"'“‘([" and start - 1 in starts):
                    suggestions = [s[:1].upper() + s[1:] for s in suggestions]
            message = f"{phrase.message} ({phrase.arabic})"
            finding = self.finding(doc, start, end, message, [Suggestion(s, False) for s in suggestions],
                                   severity=phrase.severity)
            if phrase.needs_context:
                finding.extra["evidence"] = [NEEDS_CONTEXT]  # the engine keeps it only beside another finding
            yield finding


@register
class Calque(PhraseRule):
    id = "TRN001"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "calque"
    category = "style/awkward"
    severity = Severity.MINOR
    data_file = "calques.toml"
    # the listed wordings, then the calque families written as patterns (the listed families,
    # those written by their generator, those swept from the Arabic side)
    pattern_files = PATTERN_FILES
    explanation = (
        "A word-for-word rendering of an Arabic news formula: a discourse marker (\"For his "
        "part,\", \"It is worth noting that\"), a reporting formula, a religious or honorific "
        "formula, or a collocation English news does not use. Each entry of the calque list "
        "(mtqa/data/calques.toml) gives the Arabic original and the natural rewrite or deletion. "
        "Sentence-initial formulas are reported only at the start of a sentence: \"Smith, for "
        "his part in the deal, was paid\" is ordinary English. A wording news English also "
        "writes (\"For his part,\": `needs_context` in the list) is reported only in a document "
        "where another finding is reported too, an MT scar beside it. Every entry's own examples "
        "are tested too (tests/test_phrases.py)."
    )
    bad = (
        "⟦In his turn, the→The⟧ media office of the operation published pictures.",
        "⟦It is mentioned that Bani→Bani⟧ Walid is the centre of a large tribe.",
    )
    good = (
        "Smith, for his part in the deal, was paid a fee.",
        "He said it was worth noting the risks before the vote.",
    )


@register
class VerbObjectCalque(PhraseRule):
    id = "SYN006"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "verb-object-calque"
    category = "style/awkward"
    severity = Severity.MINOR
    data_file = "verb_calques.toml"
    explanation = (
        "A verb that takes its object the Arabic way: \"granted the forces … to leave\" (منح "
        "القوات مهلة للمغادرة: gave the forces until … to leave), \"managed to control\" (تمكنت "
        "من السيطرة: took control of). The list is mtqa/data/verb_calques.toml."
    )
    bad = (
        "The elders ⟦granted the forces of the general to leave⟧ until Sunday.",
        "The forces ⟦managed to control→took control of⟧ the camps south of the city.",
    )
    good = (
        "The court granted the men leave to appeal.",
        "The pilots managed to land the plane safely.",
    )
