"""What `mtqa rules --format json` and `mtqa explain ID --format json` say about a rule: its
metadata, explanation, examples and fixability. Fixability is read off the rule's own bad
examples (run through the rule), so it cannot drift from what the rule does."""

from __future__ import annotations

from mtqa.rules import Rule, check_one, parse_example


def _example(example) -> dict:
    text, spans = parse_example(example)
    data = {"text": text, "marked": str(example),
            "spans": [{"start": s.start, "end": s.end, "suggestions": list(s.suggestions or ())} for s in spans]}
    if getattr(example, "source", None) is not None:
        data["source"] = example.source
    return data


def fixability(rule: Rule) -> str:
    """How `mtqa fix` treats the findings of the rule's examples that have suggestions:
    "safe" (all applied), "sometimes" (some applied, others only with --unsafe), "unsafe"
    (only with --unsafe), "none" (no suggestion)."""
    from mtqa.document import Document

    found = set()
    for example in rule.bad:
        text, _ = parse_example(example)
        for finding in check_one(rule, Document(text, source=getattr(example, "source", None))):
            if finding.suggestions:
                found.add("safe" if finding.suggestions[0].safe else "unsafe")
    return {frozenset(): "none", frozenset({"safe"}): "safe", frozenset({"unsafe"}): "unsafe"}.get(frozenset(found), "sometimes")


def describe(rule: Rule) -> dict:
    """A rule as JSON data."""
    scoring = getattr(rule, "scoring", None)
    return {
        "id": rule.id,
        "name": rule.name,
        "family": rule.family,
        "category": rule.category,
        "severity": rule.severity.value,
        "scope": rule.scope,
        "fix": fixability(rule),
        "explanation": rule.explanation,
        **({"scoring": scoring()} if scoring else {}),
        "examples": {"reported": [_example(e) for e in rule.bad], "not_reported": [_example(e) for e in rule.good]},
    }
