"""The rule API on its own: Context in mtqa.rules.context, registration by decorator (every
rule class registered), a rule's family, check_one."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import mtqa.rules
from mtqa import engine
from mtqa.document import Document
from mtqa.rules import Rule, all_rules, check_one, get, register
from mtqa.rules.context import Context


def _rule_classes() -> list[type]:
    """Every Rule subclass defined in the mtqa.rules package that names a rule (has an id)."""
    classes = []
    for info in pkgutil.walk_packages(mtqa.rules.__path__, "mtqa.rules."):
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, Rule) and value.__module__ == module.__name__ and value.id:
                classes.append(value)
    return classes


def test_every_rule_class_is_registered():
    registered = {type(rule) for rule in all_rules()}
    classes = _rule_classes()
    assert classes, "no rule classes found"
    assert [c.__qualname__ for c in classes if c not in registered] == []


def test_register_as_class_decorator_returns_the_class():
    class Probe(Rule):
        id = "ZZZ999"
        name = "probe"
        category = "style/awkward"

        def check(self, doc, ctx):
            yield self.finding(doc, 0, 3, "probe")

    try:
        assert register(Probe) is Probe
        assert isinstance(get("ZZZ999"), Probe)
        with pytest.raises(ValueError):
            register(Probe)  # ids stay unique
    finally:
        mtqa.rules._REGISTRY.pop("ZZZ999", None)


def test_family_is_the_id_letters():
    assert {rule.family for rule in all_rules()} >= {"TYP", "NAM", "TRN", "SYN", "STY", "LNG"}
    assert all(rule.id.startswith(rule.family) and rule.family.isalpha() for rule in all_rules())


def test_check_one_runs_a_single_rule():
    findings = check_one(get("TYP006"), Document("The delegation arrived in the the capital."))
    assert [(f.rule, f.text) for f in findings] == [("TYP006", "the the")]
    assert check_one(get("TYP006"), Document("The delegation arrived in the capital.")) == []


def test_context_lives_with_the_rules():
    assert engine.Context is Context
    ctx = Context()
    assert ctx.cached("k", lambda: [1]) is ctx.cached("k", lambda: [2])
