"""The engine drops a shared document view once the last rule that reads it is done
(mtqa.rules.VIEW_READERS): every rule that reads such a view must be listed as its reader, or
the view would be computed twice. Views are traced while every rule checks its own examples
and two articles of our corpora."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

from mtqa import engine, readability
from mtqa.config import Config
from mtqa.document import Document, Sentence
from mtqa.rules import VIEW_READERS, all_rules, parse_example, release_plan
from mtqa.rules.context import Context

ROOT = Path(__file__).resolve().parent.parent
_DOCUMENT_CODE = Document.line_column.__code__.co_filename


# Document's methods and the views they read for the caller
_METHOD_VIEWS = {"sentence_at": ("_sentence_starts", "sentences"), "line_column": ("_line_starts",),
                 "is_skipped": ("_skipped_index",)}


class _Reader:
    """Who is reading now, and what each reader read."""

    def __init__(self):
        self.now = "?"
        self.read: dict[str, set[str]] = defaultdict(set)

    def note(self, name: str) -> None:
        for view in _METHOD_VIEWS.get(name, (name,)):
            if view in VIEW_READERS:
                self.read[self.now].add(view)


class _NotedDict(dict):
    """A document's __dict__ that notes the views rules look up in it directly."""

    reader: _Reader

    def get(self, key, *default):
        self.reader.note(key)
        return super().get(key, *default)

    def setdefault(self, key, *default):
        self.reader.note(key)
        return super().setdefault(key, *default)

    def __getitem__(self, key):
        self.reader.note(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.reader.note(key)
        return super().__contains__(key)


class _TracedDocument(Document):
    reader = _Reader()  # (a class attribute: __post_init__ reads the text already)

    def __getattribute__(self, name):
        if name[:2] != "__" and sys._getframe(1).f_code.co_filename != _DOCUMENT_CODE:
            _TracedDocument.reader.note(name)  # (a view that reads another for itself does not count)
        return object.__getattribute__(self, name)


def _traced(text: str, source: str | None) -> Document:
    doc = _TracedDocument(text, source=source)
    noted = _NotedDict(doc.__dict__)
    noted.reader = _TracedDocument.reader
    doc.__dict__ = noted
    return doc


@pytest.fixture(scope="module")
def reads(tmp_path_factory):
    reader = _TracedDocument.reader
    real = {name: getattr(Sentence, name) for name in ("tokens", "tags")}

    def traced_property(name):
        compute = real[name].fget

        def get(sentence):
            reader.note(f"sentence.{name}")
            return compute(sentence)

        return property(get)

    rules = all_rules()
    texts = [(path.read_text("utf-8"), None) for path in sorted((ROOT / "corpora" / "mt").glob("*.txt"))[:2]]
    texts += [(parse_example(example)[0], getattr(example, "source", None)) for r in rules for example in (*r.bad, *r.good)]
    ctx = Context(Config())
    try:
        for name in real:
            setattr(Sentence, name, traced_property(name))
        for text, source in texts:
            doc = _traced(text, source)
            for rule in rules:
                reader.now = rule.id
                if rule.scope == "run":
                    list(rule.check_run([doc], ctx))
                    reader.now = "gather " + rule.id
                    rule.gather(doc, ctx)
                else:
                    list(rule.check(doc, ctx))
            reader.now = "readability"
            readability.measure(doc)
            reader.now = "finalise"
            engine._finalise(doc, [], ctx.config)
    finally:
        for name, prop in real.items():
            setattr(Sentence, name, prop)
    return reader.read


def test_every_reader_of_a_shared_view_is_listed(reads):
    unlisted = sorted(
        f"{who} reads {view}" for who, views in reads.items() for view in views if not who.startswith(VIEW_READERS[view])
    )
    assert not unlisted, "add them to mtqa.rules.VIEW_READERS: " + "; ".join(unlisted)


def test_the_plan_drops_each_view_after_its_last_reader():
    rules = all_rules()
    plan = release_plan(rules)
    for view, readers in VIEW_READERS.items():
        last = max(n for n, r in enumerate(rules) if r.id.startswith(readers))
        assert view in plan[last]
        assert all(view not in views for n, views in enumerate(plan) if n != last)


def test_a_dropped_view_is_computed_again_the_same():
    doc = Document("The minister met Ali Hassan in Cairo. They talked.\n\nA second paragraph follows here.")
    before = (list(doc.lowered_words), doc.folded, [s.tokens for s in doc.sentences], doc.paragraphs)
    for view in VIEW_READERS:
        doc.release(view)
    assert "lowered_words" not in doc.__dict__ and doc.sentences[0]._tokens is None
    assert (list(doc.lowered_words), doc.folded, [s.tokens for s in doc.sentences], doc.paragraphs) == before
