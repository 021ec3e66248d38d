"""Phrase-list rules: calques (TRN001, data/calques.toml) and verb–object calques (SYN006,
data/verb_calques.toml). Format: docs/calque-format.md. All patterns of a list are compiled
once and matched in one pass over the words of a text (see PhraseRule.matches)."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from importlib import resources

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
            following = (alternative[len(letters) :] or after_group)[:1]
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
        start_parts, scanned = [], []
        grouped: dict[str, dict[int, str]] = {}
        prefixes_by_key: dict[str, list[tuple[str, int]]] = {}  # key -> (literal start, phrase)
        for i, phrase in enumerate(self.phrases):
            body = f"(?P<p{i}>(?:{_spaces(phrase.match)})(?!\\w))"
            if phrase.position == "start":
                start_parts.append(f"(?P<p{i}>{_spaces(_START_PREFIX)}(?:{_spaces(phrase.match)})(?!\\w))")
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
        self._prefixes_by_key = prefixes_by_key
        self._bodies = {i: body for bodies in grouped.values() for i, body in bodies.items()}
        compiled: dict[str, re.Pattern] = {}  # keys that share their phrases share one pattern

        def compile_(parts):
            if not parts:
                return None
            source = "|".join(parts)
            if source not in compiled:
                compiled[source] = re.compile(source, re.IGNORECASE)
            return compiled[source]

        # compiled when a word first asks for it (a short text needs few of them)
        by_key = {key: "|".join(body for _, body in sorted(bodies.items())) for key, bodies in grouped.items()}
        return compile_(start_parts), by_key, compile_(scanned), compile_

    def matches(self, prose: str, sentence_starts, words=None) -> list[tuple[int, int, int]]:
        """(start, end, phrase index) of every phrase match, leftmost first, not overlapping;
        at one position the phrase listed first wins. `words` are the (offset, lower-cased word)
        pairs of the prose when the caller has them (Document.lowered_words)."""
        starter, by_key, scanner, compile_ = self._matchers
        found = []
        if starter:
            for position in sentence_starts:
                if match := starter.match(prose, position):
                    found.append((match.start(), match.end(), int(match.lastgroup[1:])))
        if by_key:
            if words is None:
                words = [(m.start(), m.group().lower()) for m in LETTERS.finditer(prose)]
            tried_at = self._tried_at
            tried_get = tried_at.get
            for position, lowered in words:
                tried = tried_get(lowered)
                if tried is None:
                    tried = tried_at[lowered] = self._patterns_for_word(lowered)
                patterns, first_only = tried
                for pattern in patterns:
                    if match := pattern.match(prose, position):
                        found.append((match.start(), match.end(), int(match.lastgroup[1:])))
                        if first_only:
                            break  # one phrase a pattern, in list order: the first match wins
        if scanner:
            found += [(m.start(), m.end(), int(m.lastgroup[1:])) for m in scanner.finditer(prose)]
        found.sort(key=lambda item: (item[0], item[2]))
        kept, last_end = [], -1
        for item in found:
            if item[0] >= last_end:
                kept.append(item)
                last_end = item[1]
        return kept

    @cached_property
    def _tried_at(self) -> dict[str, tuple[tuple[re.Pattern, ...], bool]]:
        """Lower-cased word -> (the patterns tried where it starts, whether the first match
        ends the search there), worked out once a word."""
        return {}

    def _patterns_for_word(self, lowered: str) -> tuple:
        """What is tried at a word. An ASCII word: the phrases whose literal start the word has
        (a whole first word, or the start of one), as one alternation in list order. Any
        other word (case-insensitive matching pairs letters that lower() does not, like "ſ"
        and "s"): the alternations of its two keys, as before."""
        starter, by_key, scanner, compile_ = self._matchers
        if not lowered.isascii():
            found = []
            for key in (lowered + " ", lowered[:2]):
                pattern = by_key.get(key)
                if type(pattern) is str:
                    pattern = by_key[key] = compile_([pattern])
                if pattern is not None:
                    found.append(pattern)
            return tuple(found), False
        indices = set()
        for key in (lowered + " ", lowered[:2]):
            for prefix, i in self._prefixes_by_key.get(key, ()):
                if prefix.endswith(" ") or lowered.startswith(prefix):
                    indices.add(i)
        if not indices:
            return (), True
        # one alternation in list order: its first matching branch is the phrase that wins
        return (compile_([self._bodies[i] for i in sorted(indices)]),), True

    def check(self, doc, ctx):
        prose = doc.prose
        sentence_starts = [s.start for s in doc.sentences]
        starts = set(sentence_starts)
        for start, end, i in self.matches(prose, sentence_starts, doc.lowered_words):
            phrase = self.phrases[i]
            if phrase.position == "start":
                opener = _OPENER.match(prose, start, end)
                start = opener.end() if opener else start
            suggestions = list(phrase.replace)
            if phrase.position == "start" and suggestions == [""]:
                following = _NEXT_WORD.match(prose, end)
                if following:
                    word = following.group(1)
                    end = following.end()
                    suggestions = [word[:1].upper() + word[1:]]
            elif start in starts or (start > 0 and prose[start - 1] in "\"'“‘([" and start - 1 in starts):
                suggestions = [s[:1].upper() + s[1:] for s in suggestions]
            message = f"{phrase.message} ({phrase.arabic})"
            yield self.finding(doc, start, end, message, [Suggestion(s, False) for s in suggestions],
                               severity=phrase.severity)


class Calque(PhraseRule):
    id = "TRN001"
    name = "calque"
    category = "style/awkward"
    severity = Severity.MINOR
    data_file = "calques.toml"
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


register(Calque())
register(VerbObjectCalque())
