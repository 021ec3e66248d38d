"""Phrase-list rules: calques (TRN001, data/calques.toml) and verb–object calques (SYN006,
data/verb_calques.toml). Format: docs/calque-format.md. All patterns of a list are compiled
once and matched in one pass over the words of a text (see PhraseRule.matches)."""

from __future__ import annotations

import dataclasses
import itertools
import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from importlib import resources

from mtqa.document import WordIndex
from mtqa.errors import LexiconError
from mtqa.findings import Severity, Suggestion
from mtqa.rules import Rule, register
from mtqa.segment import LETTERS

_KEYS = {"id", "arabic", "match", "position", "replace", "severity", "kind", "message", "bad", "good"}
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


def load_phrases(name: str) -> list[Phrase]:
    """Validated entries of a phrase list in mtqa/data (kept in the on-disk cache once valid)."""
    from mtqa import cache

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
        ))
    return phrases


_FAMILY_KEYS = {"id", "arabic", "kind", "message", "replace", "position", "severity", "unquoted", "good", "patterns"}


def load_patterns(name: str = "calque_patterns.toml") -> list[Phrase]:
    """The calque families of a pattern file (format: mtqa/patterns.py), one Phrase per pattern,
    each with its own bad example and its family's good examples (ordinary English traps).
    Kept in the on-disk cache once valid (keyed by the file and the pattern compiler's code)."""
    from mtqa import cache

    text = resources.files("mtqa").joinpath(f"data/{name}").read_text("utf-8")
    code = resources.files("mtqa").joinpath("patterns.py").read_text("utf-8")
    fields = [f.name for f in dataclasses.fields(Phrase)]
    rows = cache.cached(f"patterns-{name}", cache.key_of("patterns", name, text, code),
                        lambda: [[_plain(getattr(p, f)) for f in fields] for p in _patterns_validated(name, text)])
    return [_phrase(fields, row) for row in rows]


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
                leads=tuple(lead for lead in leads or () if not anchor or lead.endswith(" ")),
            ))
    return phrases


def _quoted(text: str, start: int, position: int) -> bool:
    """Whether `position` lies inside a quotation opened after `start` (a sentence start)."""
    before = text[start:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_NEXT_WORD = re.compile(r"\s*(\S+)")


def literal_prefixes(pattern: str) -> list[str] | None:
    """The lowercase letters a match of `pattern` must start with, one string per alternative,
    with a trailing space when they are a whole word ("(?:stress|emphasi[sz])ed on" ->
    ["stress", "emphasi"], "the (?:aforementioned|said)" -> ["the "]); None when a branch does
    not start with a plain letter."""
    prefixes = []
    for branch in _top_level(pattern, "|"):
        if branch.startswith("(?:"):
            close = _closing(branch, 0)
            if close is None or branch[close + 1 : close + 2] in ("*", "{"):
                return None
            alternatives = _top_level(branch[3:close], "|")
            if branch[close + 1 : close + 2] == "?":  # an optional group: or what follows it
                rest = literal_prefixes(branch[close + 2 :])
                if rest is None:
                    return None
                prefixes += rest
        else:
            alternatives = [branch]
        after_group = branch[_closing(branch, 0) + 1 :] if branch.startswith("(?:") else ""
        for alternative in alternatives:
            letters = re.match(r"[A-Za-z]*", alternative).group()
            rest = alternative[len(letters) :] or after_group
            following = " " if rest.startswith(("\\s", "\\ ")) else rest[:1]  # "\s+": the word ends
            if following in ("?", "*", "{"):
                letters, following = letters[:-1], ""  # the last letter is optional
            if not letters:
                return None
            prefixes.append(letters.lower() + (" " if following == " " else ""))
    return prefixes


def _top_level(pattern: str, separator: str) -> list[str]:
    """`pattern` split at `separator` outside groups, classes and escapes."""
    parts, depth, current, i = [], 0, [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[":
            end = pattern.index("]", i + 2)
            current.append(pattern[i : end + 1])
            i = end + 1
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def _closing(pattern: str, start: int) -> int | None:
    """Index of the parenthesis that closes the one at `start`."""
    depth, i = 0, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i
        i += 1
    return None


def _spaces(pattern: str) -> str:
    """Let a literal space in a pattern match any run of whitespace."""
    return re.sub(r"(?<!\\) ", r"\\s+", pattern)


_OPENER = re.compile(_spaces(_START_PREFIX), re.IGNORECASE)
_NUMBER_START = re.compile(r"(?<![\w.,])\d")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*[ \t]+$")
_PAREN = re.compile(r"\(")


class _OnDemand(dict):
    """key -> compiled pattern, each compiled from its parts when first asked for."""

    def __init__(self, compile_, parts: dict[str, list[str]]):
        super().__init__(parts)
        self._compile = compile_

    def __getitem__(self, key):
        value = dict.__getitem__(self, key)
        if type(value) is list:
            value = self._compile(value)
            dict.__setitem__(self, key, value)
        return value

    def get(self, key, default=None):
        return self[key] if key in self else default


class PhraseRule(Rule):
    """One rule over a whole phrase list."""

    data_file = ""

    @cached_property
    def phrases(self) -> list[Phrase]:
        return load_phrases(self.data_file)

    @cached_property
    def _matchers(self):
        """Compiled once per rule: the sentence-start phrases as one alternation (tried only at
        sentence starts); the other phrases grouped by the first one or two letters of their
        literal start, one alternation per group (tried only at words that start so); and one
        alternation of the phrases whose start is not plain letters (scanned). Matching a 1 MB
        text stays one cheap pass over its words."""
        start_parts, scanned, by_digit, by_paren = [], [], [], []
        grouped: dict[str, dict[int, str]] = {}
        prefixes_by_key: dict[str, list[tuple[str, int]]] = {}  # key -> (literal start, phrase)
        for i, phrase in enumerate(self.phrases):
            body = f"(?P<p{i}>(?:{_spaces(phrase.match)})(?!\\w))"
            if phrase.position == "start":
                start_parts.append(f"(?P<p{i}>{_spaces(_START_PREFIX)}(?:{_spaces(phrase.match)})(?!\\w))")
            elif phrase.anchor == "digit" and phrase.leads:  # looked up by the word after the number
                for lead in phrase.leads:
                    grouped.setdefault("#" + lead, {})[i] = body
            elif phrase.anchor == "digit":  # tried only where a number starts
                by_digit.append(body)
            elif phrase.anchor == "(":  # tried only at an opening bracket
                by_paren.append(body)
            elif phrase.leads:  # looked up by its first two words
                for lead in phrase.leads:
                    grouped.setdefault(lead, {})[i] = body
                    if lead.endswith(" "):
                        prefixes_by_key.setdefault(lead, []).append((lead, i))
            elif (prefixes := literal_prefixes(phrase.match)) is None:
                scanned.append(f"(?<!\\w){body}")
            else:
                for prefix in prefixes:
                    if prefix.endswith(" "):  # a whole first word: looked up as such
                        keys = [prefix]
                    elif len(prefix) > 1:  # a word start: looked up by its first two letters
                        keys = [prefix[:2]]
                    else:  # one letter ("an?"): the word itself and every second letter
                        keys = [prefix, *(prefix + c for c in _ALPHABET)]
                    for key in keys:
                        grouped.setdefault(key, {})[i] = body
                        prefixes_by_key.setdefault(key, []).append((prefix, i))
        compiled: dict[str, re.Pattern] = {}  # keys that share their phrases share one pattern

        def compile_(parts):
            if not parts:
                return None
            source = "|".join(parts)
            if source not in compiled:
                compiled[source] = re.compile(source, re.IGNORECASE)
            return compiled[source]

        # each group compiled when first looked up: a short text needs few of the ~1,000
        by_key = _OnDemand(compile_, {key: [body for _, body in sorted(bodies.items())] for key, bodies in grouped.items()})
        self._prefixes_by_key = prefixes_by_key
        self._bodies = {i: body for bodies in grouped.values() for i, body in bodies.items()}
        self._compile = compile_
        return compile_(start_parts), by_key, compile_(scanned), compile_(by_digit), compile_(by_paren)

    @cached_property
    def _word_patterns(self) -> dict[str, tuple[re.Pattern, ...]]:
        """Lower-cased word -> the patterns tried where it starts, worked out once a word."""
        return {}

    def _patterns_for_word(self, lowered: str, by_key) -> tuple[re.Pattern, ...]:
        """What is tried at a word. An ASCII word: one alternation, in list order, of the
        phrases whose literal start it has (a whole first word, or the start of one), so that
        "three" does not try the phrases keyed "th" for "the". Any other word (case-insensitive
        matching pairs letters that lower() does not, like "ſ" and "s"): the alternations of its
        two keys."""
        if not lowered.isascii():
            return tuple(p for p in (by_key.get(lowered + " "), by_key.get(lowered[:2])) if p is not None)
        indices = sorted({i for key in (lowered + " ", lowered[:2]) for prefix, i in self._prefixes_by_key.get(key, ())
                          if prefix.endswith(" ") or lowered.startswith(prefix)})
        pattern = self._compile([self._bodies[i] for i in indices])
        return (pattern,) if pattern is not None else ()

    @cached_property
    def _after_number(self) -> frozenset[str]:
        """Words after the number of a pattern that opens with one ("2023 AD"): looked up there."""
        return frozenset(lead.strip() for phrase in self.phrases if phrase.anchor == "digit" for lead in phrase.leads)

    @cached_property
    def _lead_firsts(self) -> frozenset[str]:
        """First words of the two-word openings patterns are looked up by."""
        return frozenset(lead.split(" ")[0] for phrase in self.phrases if not phrase.anchor
                         for lead in phrase.leads if not lead.endswith(" "))

    def matches(self, prose: str, sentence_starts, words=None) -> list[tuple[int, int, int]]:
        """(start, end, phrase index) of every phrase match, leftmost first, not overlapping;
        at one position the phrase listed first wins. `words` are the (offset, lower-cased word)
        pairs of the prose when the caller has them (Document.lowered_words)."""
        starter, by_key, scanner, by_digit, by_paren = self._matchers
        found = []
        if starter:
            for position in sentence_starts:
                if match := starter.match(prose, position):
                    found.append((match.start(), match.end(), int(match.lastgroup[1:])))
        if by_key:
            pattern_for = by_key.get
            if words is None:
                words = [(m.start(), m.group().lower()) for m in LETTERS.finditer(prose)]
            if isinstance(words, WordIndex):
                offsets, lowered_words = words.offsets, words.words
            else:
                offsets, lowered_words = [p for p, _ in words], [w for _, w in words]
            count, leads, after_number = len(lowered_words), self._lead_firsts, self._after_number
            cache = self._word_patterns
            distinct = set(lowered_words)
            for lowered in distinct.difference(cache):
                cache[lowered] = self._patterns_for_word(lowered, by_key)
            # only the words where a phrase may start are visited (a C-level filter over the words)
            wanted = {w for w in distinct if cache[w] or w in leads or w in after_number}
            for n in itertools.compress(range(count), map(wanted.__contains__, lowered_words)):
                position, lowered = offsets[n], lowered_words[n]
                patterns = cache[lowered]
                if lowered in leads and n + 1 < count and (pair := pattern_for(f"{lowered} {lowered_words[n + 1]}")):
                    patterns = (*patterns, pair)
                if lowered in after_number and (number := _NUMBER_BEFORE.search(prose, max(0, position - 24), position)):
                    if match := by_key["#" + lowered + " "].match(prose, number.start()):
                        found.append((match.start(), match.end(), int(match.lastgroup[1:])))
                for pattern in patterns:
                    if match := pattern.match(prose, position):
                        found.append((match.start(), match.end(), int(match.lastgroup[1:])))
        if scanner:
            found += [(m.start(), m.end(), int(m.lastgroup[1:])) for m in scanner.finditer(prose)]
        for anchored, starts in ((by_digit, _NUMBER_START), (by_paren, _PAREN)):
            if anchored:
                for start in starts.finditer(prose):
                    if match := anchored.match(prose, start.start()):
                        found.append((match.start(), match.end(), int(match.lastgroup[1:])))
        found.sort(key=lambda item: (item[0], item[2]))
        kept, last_end = [], -1
        for item in found:
            if item[0] >= last_end:
                kept.append(item)
                last_end = item[1]
        return kept

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
        from mtqa.suggest import carry_over

        from mtqa.rules.clauses import clause_starts

        prose = doc.prose
        sentence_starts = clause_starts(doc)  # and the clause after a dateline ("Sanaa - ")
        starts = set(sentence_starts)
        for start, end, i in self.matches(prose, sentence_starts, doc.lowered_words):
            phrase = self.phrases[i]
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
            yield self.finding(doc, start, end, message, [Suggestion(s, False) for s in suggestions],
                               severity=phrase.severity)


@register
class Calque(PhraseRule):
    id = "TRN001"
    name = "calque"
    category = "style/awkward"
    severity = Severity.MINOR
    data_file = "calques.toml"

    @cached_property
    def phrases(self) -> list[Phrase]:
        """The listed wordings, then the calque families written as patterns."""
        return load_phrases(self.data_file) + load_patterns()
    explanation = (
        "A word-for-word rendering of an Arabic news formula: a discourse marker (\"For his "
        "part,\", \"It is worth noting that\"), a reporting formula, a religious or honorific "
        "formula, or a collocation English news does not use. Each entry of the calque list "
        "(mtqa/data/calques.toml) gives the Arabic original and the natural rewrite or deletion. "
        "Sentence-initial formulas are reported only at the start of a sentence: \"Smith, for "
        "his part in the deal, was paid\" is ordinary English. Every entry's own examples are "
        "tested too (tests/test_phrases.py)."
    )
    bad = (
        "⟦For his part, the→The⟧ media office of the operation published pictures.",
        "⟦It is worth noting that Bani→Bani⟧ Walid is the centre of a large tribe.",
    )
    good = (
        "Smith, for his part in the deal, was paid a fee.",
        "He said it was worth noting the risks before the vote.",
    )


@register
class VerbObjectCalque(PhraseRule):
    id = "SYN006"
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
