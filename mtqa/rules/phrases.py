"""Phrase-list rules: calques (TRN001, data/calques.toml) and verb–object calques (SYN006,
data/verb_calques.toml). Format: docs/calque-format.md. All patterns of a list are compiled
into one alternation and matched in one pass."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from importlib import resources

from mtqa.errors import LexiconError
from mtqa.findings import Severity, Suggestion
from mtqa.rules import Rule, register

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
    """Validated entries of a phrase list in mtqa/data."""
    path = f"mtqa/data/{name}"
    text = resources.files("mtqa").joinpath(f"data/{name}").read_text("utf-8")
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


def _spaces(pattern: str) -> str:
    """Let a literal space in a pattern match any run of whitespace."""
    return re.sub(r"(?<!\\) ", r"\\s+", pattern)


class PhraseRule(Rule):
    """One rule over a whole phrase list."""

    data_file = ""

    @cached_property
    def phrases(self) -> list[Phrase]:
        return load_phrases(self.data_file)

    @cached_property
    def pattern(self) -> re.Pattern:
        parts = []
        for i, phrase in enumerate(self.phrases):
            body = _spaces(phrase.match)
            if phrase.position == "start":
                body = f"(?<![\\w.]){_spaces(_START_PREFIX)}(?:{body})"
            parts.append(f"(?P<p{i}>(?<!\\w)(?:{body})(?!\\w))")
        return re.compile("|".join(parts), re.IGNORECASE)

    def check(self, doc, ctx):
        prose = doc.prose
        starts = {s.start for s in doc.sentences} if any(p.position == "start" for p in self.phrases) else set()
        for match in self.pattern.finditer(prose):
            phrase = self.phrases[int(match.lastgroup[1:])]
            start, end = match.span()
            if phrase.position == "start":
                opener = re.match(_spaces(_START_PREFIX), prose[start:end], re.IGNORECASE)
                if start not in starts:
                    continue
                start += opener.end() if opener else 0
            suggestions = list(phrase.replace)
            if phrase.position == "start" and suggestions == [""]:
                following = re.compile(r"\s*(\S+)").match(prose, end)
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
