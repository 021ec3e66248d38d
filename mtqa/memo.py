"""Run-wide memos of per-form verdicts: what a rule decides about a word or a name as written,
whatever document it stands in, worked out once per process instead of once per document.

A long document meets each distinct form once and pays for it once; a million short records
meet the same forms again and again, and without these memos pay for them in every record.
Each memo hangs on the object its verdicts depend on (the lexicon, a rule) and is bounded: it
is emptied when it holds `BOUND` forms, so memory stays flat whatever the run's length."""

from __future__ import annotations

BOUND = 1 << 16  # forms kept per memo before it starts again (a few MB at most)

MISSING = object()  # what memo.get returns for a form not decided yet (None is a verdict)


def memo(owner, name: str) -> dict:
    """The memo `name` of `owner` (an object with a __dict__): form -> verdict."""
    table = owner.__dict__.get(name)
    if table is None or len(table) >= BOUND:
        table = owner.__dict__[name] = {}
    return table


def decided(table: dict, form, decide):
    """`decide(form)`, remembered in `table` (a memo of `memo`)."""
    verdict = table.get(form, MISSING)
    if verdict is MISSING:
        verdict = table[form] = decide(form)
    return verdict
