"""Linear time, proved by measurement (issue 11 items 5-7): every compiled pattern of mtqa,
the whole check (every rule) and every reader run on the generated pathological inputs of
tests/data/pathological.toml at two sizes; the larger may cost at most about 3x the smaller
(CPU time, least of a few runs). A backtracking pattern is quadratic or worse on one of these
shapes, so it fails here long before a user's file hangs. Patterns and rules are enumerated,
so a new one is tested without being listed.

Inputs too fast at the larger size to tell anything (under a floor) pass without the second
measurement; that keeps the whole file near half a minute on a loaded machine."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest

import mtqa
from mtqa import codec, engine, readers
from mtqa.config import Config
from mtqa.document import Document
from mtqa.rules import all_rules
from pathological import cpu_time, grows_linearly, inputs, make

pytestmark = pytest.mark.reliability

INPUTS = inputs()
WHOLE_CHECK_INPUTS = [(name, parts) for name, parts in INPUTS if not name.startswith("mark-pair")]


def compiled_patterns() -> dict[str, re.Pattern]:
    """Every re.Pattern held by an mtqa module, a class in it or a rule instance (in lists,
    tuples and dicts too), by where it was found."""
    found: dict[int, tuple[str, re.Pattern]] = {}

    def visit(value, where: str, depth: int = 0) -> None:
        if isinstance(value, re.Pattern):
            found.setdefault(id(value), (where, value))
        elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
            for i, item in enumerate(value):
                visit(item, f"{where}[{i}]", depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for key, item in value.items():
                visit(item, f"{where}[{key!r}]", depth + 1)

    for info in pkgutil.walk_packages(mtqa.__path__, "mtqa."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            visit(value, f"{info.name}.{name}")
            if inspect.isclass(value) and value.__module__ == module.__name__:
                for attribute, item in vars(value).items():
                    visit(item, f"{info.name}.{name}.{attribute}")
    for rule in all_rules():
        for attribute, item in vars(rule).items():
            visit(item, f"{rule.id}.{attribute}")
    return {where: pattern for where, pattern in found.values()}


PATTERNS = compiled_patterns()
# Patterns only ever used with .match() at one position (they are not scanned across a text),
# with where that happens; finditer would try them at every position, which they are not for.
MATCHED_AT_A_POSITION = {
    "mtqa.rules.phrases._NEXT_WORD": "the word after a finding",
    "mtqa.segment._NEXT_WORD": "the word after a sentence-boundary candidate",
    "mtqa.segment._CAPITAL_NEXT": "the start of the line after a newline",
    "mtqa.segment._LAST_BREAK": "matched over the 32 characters before a sentence-boundary candidate",
    "mtqa.rules.syntax._NEXT_WORD": "the word after a match",
    "mtqa.rules.syntax._DATELINE": "the start of a sentence",
    "mtqa.rules.syntax._SUBJECT_CUE": "the words after a verb",
    "mtqa.rules.syntax._OBJECT_AFTER": "the words after a verb",
    "mtqa.rules.syntax.FeminineInstitution.subject": "the start of the previous sentence, once per sentence",
    "mtqa.lexicon.evidence._PREVIOUS": "searched in the 40 characters before a name",
    "mtqa.source.numbers._YEAR_RANGE": "the 6 characters before a number",
    "mtqa.rules.syntax._WORD_BEFORE": "searched in the 40 characters before a match",
    "mtqa.rules.marks._URL_BEFORE": "searched in the 90 characters around a mark",
    "mtqa.readability._THREE_WORDY_TOKENS": "the start of each sentence readability counts",
}


def test_the_patterns_are_found():
    assert len(PATTERNS) > 30
    assert "mtqa.segment._CANDIDATE" in PATTERNS and "mtqa.suppress.MARKER" in PATTERNS


@pytest.mark.parametrize("name,parts", INPUTS, ids=[name for name, _ in INPUTS])
def test_every_pattern_scans_in_linear_time(name, parts):
    texts = {size: make(*parts, size) for size in (4_000, 8_000)}
    as_bytes = {size: text.encode("utf-8", "surrogatepass") for size, text in texts.items()}
    slow = []
    for where, pattern in PATTERNS.items():
        subject = as_bytes if isinstance(pattern.pattern, bytes) else texts

        def measure(size, pattern=pattern, subject=subject):
            return cpu_time(lambda: sum(1 for _ in pattern.finditer(subject[size])), repeats=1 if size == 8_000 else 3)

        if where in MATCHED_AT_A_POSITION:
            continue
        ok, small, large = grows_linearly(measure, 4_000, floor=0.003)
        if not ok:
            slow.append(f"{where}: {small:.3f}s -> {large:.3f}s")
    assert not slow, f"{name}: superlinear: " + "; ".join(slow)


def _whole_check(text: str) -> None:
    engine.run([Document(text=text, path="t.txt", id="t.txt")], Config())


@pytest.mark.parametrize("name,parts", WHOLE_CHECK_INPUTS, ids=[name for name, _ in WHOLE_CHECK_INPUTS])
def test_every_rule_runs_in_linear_time(name, parts):
    def measure(size):
        text = make(*parts, size)
        return cpu_time(lambda: _whole_check(text), repeats=1 if size == 4_000 else 2)

    ok, small, large = grows_linearly(measure, 2_000, floor=0.25)
    if not ok:  # name the rule, or say it is the document (splitting, tokens) itself
        costs = _costs_by_rule(make(*parts, 4_000))
        pytest.fail(f"{name}: whole check {small:.3f}s -> {large:.3f}s; at 4,000 chars: {costs}")


def _costs_by_rule(text: str) -> str:
    ctx = engine.Context(Config())
    doc = Document(text=text)
    costs = {"document": cpu_time(lambda: [s.tokens for s in doc.sentences], repeats=1)}
    for rule in all_rules():
        check = (lambda r=rule: list(r.check_run([doc], ctx))) if rule.scope == "run" else (lambda r=rule: list(r.check(doc, ctx)))
        costs[rule.id] = cpu_time(check, repeats=1)
    return ", ".join(f"{k} {v:.3f}s" for k, v in sorted(costs.items(), key=lambda kv: -kv[1])[:5])


def _read(kind: str, text: str) -> None:
    if kind == "jsonl":
        import json

        docs = list(readers.parse_jsonl(json.dumps({"id": "a", "mt": text}) + "\n", "t.jsonl"))
    elif kind in (".xlf", ".po"):
        from xml.sax.saxutils import escape

        if kind == ".po":
            body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            data = f'msgid "source"\nmsgstr "{body}"\n'.encode()
        else:
            data = (
                '<?xml version="1.0"?><xliff version="1.2"><file original="f" source-language="ar" '
                f'target-language="en"><body><trans-unit id="1"><source>s</source><target>{escape(text)}'
                "</target></trans-unit></body></file></xliff>"
            ).encode()
        docs = list(readers.parse_store(data, "t" + kind, kind))
    else:
        docs = [readers.text_document(f"t.{kind}", codec.Decoded(text, "utf-8"), kind)]
    for doc in docs:
        doc.prose  # noqa: B018  (the skipped regions are applied here)


READER_KINDS = ["txt", "md", "jsonl", ".xlf", ".po"]


@pytest.mark.parametrize("kind", READER_KINDS)
def test_every_reader_runs_in_linear_time(kind):
    slow = []
    for name, parts in WHOLE_CHECK_INPUTS:

        def measure(size, name=name, parts=parts):
            text = make(*parts, size)
            return cpu_time(lambda: _read(kind, text), repeats=1 if size == 16_000 else 3)

        ok, small, large = grows_linearly(measure, 8_000, floor=0.02)
        if not ok:
            slow.append(f"{name}: {small:.3f}s -> {large:.3f}s")
    assert not slow, f"{kind} reader superlinear on: " + "; ".join(slow)


def test_the_measure_tells_a_backtracking_pattern_from_a_linear_one():
    """The yardstick itself: a pattern that backtracks (two runs of spaces before a letter that
    never comes: every split of every run tried again, eight times the cost at twice the size,
    well clear of the limit of three on a loaded machine) is caught; a plain scan passes."""
    backtracking, plain = re.compile(r"\s*\s*y"), re.compile(r"\s+")

    def measure_with(pattern):
        return lambda size: cpu_time(lambda: sum(1 for _ in pattern.finditer(" " * size + "x")), repeats=1)

    assert not grows_linearly(measure_with(backtracking), 400, floor=0.003)[0]
    assert grows_linearly(measure_with(plain), 4_000, floor=0.003)[0]
