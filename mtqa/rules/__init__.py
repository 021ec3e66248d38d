"""The rule registry and the Rule contract.

A rule is a pure function of a Document (plus the run's shared context) to Findings, with
stable metadata and examples. Bad examples mark the expected span as ⟦text⟧ or, with the
exact expected suggestions, as ⟦text→suggestion⟧ (several joined by |); good examples must
produce no finding of the rule. An example may carry the Arabic source it translates
(`sourced(source, text)`); it is then checked with that source. `tests/test_rule_examples.py` runs all of them.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from mtqa.findings import Finding, Severity, Suggestion

if TYPE_CHECKING:
    from mtqa.document import Document
    from mtqa.rules.context import Context

MQM_CATEGORIES = (
    "accuracy/mistranslation",
    "accuracy/untranslated",
    "accuracy/omission",
    "accuracy/addition",
    "terminology/inconsistent",
    "terminology/wrong-term",
    "fluency/grammar",
    "fluency/punctuation",
    "fluency/spelling",
    "fluency/inconsistency",
    "style/awkward",
    "locale-convention/number-format",
)

_MARK = re.compile(r"⟦(.*?)(?:→(.*?))?⟧", re.S)


class Example(str):
    """An example text that carries the Arabic source it translates (None: no source)."""

    source: str | None

    def __new__(cls, text: str, source: str | None = None):
        example = super().__new__(cls, text)
        example.source = source
        return example


def sourced(source: str, text: str) -> Example:
    """An example checked against `source`."""
    return Example(text, source)


@dataclass(frozen=True)
class ExpectedSpan:
    start: int
    end: int
    suggestions: tuple[str, ...] | None  # None: not checked


def parse_example(marked: str) -> tuple[str, list[ExpectedSpan]]:
    """Plain text and expected spans of an example written with ⟦…⟧ markers."""
    plain, spans, position = [], [], 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[position : match.start()]
        plain.append(before)
        length += len(before)
        inner = match.group(1)
        suggestions = tuple(match.group(2).split("|")) if match.group(2) is not None else ()
        spans.append(ExpectedSpan(length, length + len(inner), suggestions))
        plain.append(inner)
        length += len(inner)
        position = match.end()
    plain.append(marked[position:])
    return "".join(plain), spans


class Rule:
    """Base class. Subclasses set the metadata and implement `check` (or `check_run`)."""

    id: str = ""
    name: str = ""
    category: str = ""
    severity: Severity = Severity.MINOR
    explanation: str = ""
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    #: "document" rules see one document; "run" rules see every document of a run at once.
    scope: str = "document"
    #: NLTK resources (names in mtqa.resources.RESOURCES) the rule cannot run without; a run
    #: where one is missing skips the rule (and says so) instead of failing.
    needs: tuple[str, ...] = ()
    #: True for a rule that can only find something in a document with an Arabic source: the
    #: engine skips it, without calling it, for a document that has none (a whole-record test).
    needs_source: bool = False
    #: A regular expression that every text the rule can find anything in contains (a
    #: character class, a literal the rule anchors on): before a short document (a record) is
    #: handed to the rule, the engine searches its text for the trigger once (shared by the
    #: rules that declare the same one) and skips the rule where it is absent. None: always
    #: called. Only for rules whose findings depend on the text alone (not on the source, the
    #: config's word lists or other documents); tests/test_triggers.py checks the examples.
    trigger: str | None = None
    #: Lower-case words (runs of letters that start a word, as Document.lowered_words holds
    #: them) of which every text the rule can find anything in has one: the engine skips the
    #: rule on a short document (a record) that has none of them (a set test on the words its
    #: other rules look up anyway). The same contract as `trigger`; tests/test_triggers.py.
    trigger_words: frozenset[str] | None = None
    #: True for a rule whose findings on a paragraph depend on that paragraph's text alone (not
    #: on other paragraphs, the source, the document's other words or names): the engine checks
    #: a batch of records joined by blank lines in one call and hands each record its findings
    #: (engine._Joined). tests/test_local_rules.py checks the joined batch against the records.
    local: bool = False

    @property
    def family(self) -> str:
        """The rule's family: the letters of its id ("TYP" for TYP006), as reports group it."""
        return re.match(r"[A-Z]*", self.id).group()

    def check(self, doc: "Document", ctx: "Context") -> Iterable[Finding]:
        raise NotImplementedError

    def check_run(self, docs: list["Document"], ctx: "Context") -> Iterable[tuple[int, Finding]]:
        """For scope == "run": (document index, finding) pairs."""
        raise NotImplementedError

    def gather(self, doc: "Document", ctx: "Context"):
        """For scope == "run": what `conclude` needs of one document, as small picklable data,
        taken while the document is checked (in a worker process under --jobs). None (or
        anything empty): nothing to remember of this document."""
        return None

    def conclude(self, gathered: Iterable[tuple[int, object]], docs: Sequence["Document"], ctx: "Context") -> Iterable[tuple[int, Finding]]:
        """For scope == "run": (document index, finding) pairs from the (document index, data)
        pairs that `gather` returned, in document order, documents with empty data left out
        (`gathered` may be iterated more than once); computed once in the main process.
        `docs[i]` rebuilds document i for a finding. Default: `check_run(docs)`, for rules that
        gather nothing and read the documents again."""
        return self.check_run(docs, ctx)

    def finding(
        self,
        doc: "Document",
        start: int,
        end: int,
        message: str,
        suggestions: Iterable[str | Suggestion] = (),
        severity: Severity | None = None,
        safe: bool = True,
        evidence: Iterable[str] = (),
    ) -> Finding:
        """A Finding of this rule over doc.text[start:end]; `evidence` names what made it fire
        (shown in JSON as "evidence")."""
        finding = Finding(
            rule=self.id,
            name=self.name,
            category=self.category,
            severity=severity or self.severity,
            start=start,
            end=end,
            text=doc.text[start:end],
            message=message,
            suggestions=tuple(
                s if isinstance(s, Suggestion) else Suggestion(s, safe) for s in suggestions
            ),
        )
        if evidence:
            finding.extra["evidence"] = list(evidence)
        return finding


#: Views of a document that rules compute once and share (Document's cached properties, the
#: per-document tables of rule modules; "sentence.tokens": every sentence's tokens), and the
#: rules that read each (ids or id prefixes). The engine drops a view once the last of its
#: readers in a run has checked the document, so a long document does not hold them all to the
#: end. A view asked for again later is computed again: the same findings, only slower.
#: tests/test_view_readers.py checks that no other rule reads these views.
VIEW_READERS: dict[str, tuple[str, ...]] = {
    "folded": ("NAM001",),
    "distinct_pieces": ("NAM",),
    "_lowercase_words": ("NAM",),
    "_name_tokens": ("NAM",),
    "_name_runs": ("NAM",),
    "_number_figures": ("NUM",),
    "sentence.tokens": ("SYN",),
    "_clause_starts": ("SYN", "TRN"),
    "lowered_words": ("LNG", "NAM", "SYN", "TRN", "TYP006", "TYP015"),
    "_sentence_starts": ("NAM", "STY", "SYN", "TRN", "TYP"),
    "_sentence_words": ("SYN",),
    "_arabic_runs": ("TYP",),
    "paragraphs": ("TYP",),
}


def release_plan(rules: Sequence[Rule]) -> list[tuple[str, ...]]:
    """For each rule of `rules` (in the order they run), the views (VIEW_READERS) that no rule
    after it reads: the views to drop once it is done."""
    last: dict[str, int] = {}
    for view, readers in VIEW_READERS.items():
        at = [number for number, rule in enumerate(rules) if rule.id.startswith(readers)]
        last[view] = at[-1] if at else -1
    plan: list[list[str]] = [[] for _ in rules]
    for view, number in last.items():
        if number >= 0:
            plan[number].append(view)
    return [tuple(views) for views in plan]


_REGISTRY: dict[str, Rule] = {}


def register(rule):
    """Add a rule to the registry: an instance, or a Rule subclass (as a class decorator,
    `@register`), which is instantiated once. Ids must be unique and metadata complete."""
    if isinstance(rule, type):
        register(rule())
        return rule
    if rule.id in _REGISTRY:
        raise ValueError(f"duplicate rule id {rule.id}")
    if rule.category not in MQM_CATEGORIES:
        raise ValueError(f"{rule.id}: unknown MQM category {rule.category!r}")
    _REGISTRY[rule.id] = rule
    return rule


def all_rules() -> list[Rule]:
    """Every registered rule, sorted by id."""
    _load_builtin()
    return [_REGISTRY[k] for k in sorted(_REGISTRY)]


def get(rule_id: str) -> Rule | None:
    _load_builtin()
    return _REGISTRY.get(rule_id.upper())


def matching(patterns: Iterable[str]) -> Iterator[Rule]:
    """Rules whose id equals or starts with one of `patterns` (case-insensitive)."""
    prefixes = tuple(p.upper() for p in patterns)
    return (r for r in all_rules() if r.id.startswith(prefixes))


_loaded = False


def _load_builtin() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        with _patterns_from_cache():
            from mtqa.rules import clauses, language, name_forms, names, numbers, phrases, romanised_shape, source, spacing, style, syntax, translated_names, typography  # noqa: F401  (register on import)
            from mtqa.rules import pronoun_gender  # noqa: F401  (NAM009)
            from mtqa.rules import honorifics  # noqa: F401  (NAM010)
            from mtqa.rules import marks  # noqa: F401  (TYP021)
            from mtqa.rules import misspellings  # noqa: F401  (TYP015)
            from mtqa.rules import resumptive  # noqa: F401  (SYN009)
            from mtqa.rules import nominal  # noqa: F401  (SYN010)
            from mtqa.rules import interposed  # noqa: F401  (SYN008)


@contextlib.contextmanager
def _patterns_from_cache():
    """While the rule modules load, the patterns they compile at import (a few hundred word
    lists and shapes, about 30 ms of every start) are built from the compiled code kept in the
    on-disk cache (mtqa.regexes: the same pattern objects as re.compile's)."""
    from mtqa import regexes

    plain = re.compile

    def cached(pattern, flags=0):
        re.compile = plain  # (regexes.compile falls back on re.compile itself)
        try:
            return regexes.compile(pattern, flags)
        finally:
            re.compile = cached

    re.compile = cached
    try:
        yield
    finally:
        re.compile = plain


def check_one(rule: Rule, doc: "Document", ctx: "Context | None" = None) -> list[Finding]:
    """The findings of one rule on one document, as the rule yields them (before the engine
    drops those in skipped regions and adds lines and fingerprints); for tests and tools."""
    from mtqa.rules.context import Context

    ctx = ctx or Context()
    if rule.scope == "run":
        return [finding for _, finding in rule.check_run([doc], ctx)]
    return list(rule.check(doc, ctx))
