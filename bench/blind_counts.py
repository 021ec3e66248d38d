"""Figures of mtqa on annotated case sets that the team must not read: counts only, no case text.

    python bench/blind_counts.py SET.jsonl [SET.jsonl ...]

Each file is in blind-dev's format (`../shared/data/blind-dev/README.md`; how to have such a set
written: docs/blind-sets.md). For each set it prints recall per error kind, precision, then the
rule ids of the findings that hit an error, a trap, or nothing annotated (stray), and why each
missed entity error was missed: the correct name is no lexicon entry ("not-in-lexicon"), an
entry without the rendering used ("rendering-missing"), or an entry with that rendering whose
evidence weighed too little in the sentence ("weighed-too-little"). The scoring follows
`../shared/tools/score_cases.py` (a finding counts when it overlaps a span). Nothing of a case's
text is printed, so a set measured this way stays unread.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from mtqa.api import check_documents
from mtqa.config import Config
from mtqa.document import Document
from mtqa.lexicon import load_entries
from mtqa.lexicon.generate import generated_renderings


def _occurrences(text: str, sub: str) -> list[tuple[int, int]]:
    found, at = [], text.find(sub)
    while at >= 0:
        found.append((at, at + len(sub)))
        at = text.find(sub, at + 1)
    return found


def _plain(name: str) -> str:
    """A name compared loosely: lower case, no leading article, words of letters and digits."""
    name = re.sub(r"^(?:the|al|el)\b[\s-]*", "", name.lower().replace("’", "'"))
    return re.sub(r"[^a-z0-9]+", " ", name).strip()


def _entries_by_name() -> dict[str, list]:
    by_name: dict[str, list] = {}
    for entry in load_entries():
        for form in entry.correct_forms:
            by_name.setdefault(_plain(form), []).append(entry)
    return by_name


def _miss_cause(error: dict, by_name: dict[str, list]) -> str:
    fix = _plain(error["fix"])
    entries = [e for name, found in by_name.items() if name and (name == fix or (
        len(name) > 3 and re.search(r"\b" + re.escape(name) + r"\b", fix))) for e in found]
    if not entries:
        return "not-in-lexicon"
    written = _plain(error["span"])
    renderings = {_plain(r) for e in entries for r in (*e.literal, *e.literal_in_context, *e.misspelled,
                                                        *generated_renderings(e.arabic, e.name))}
    if any(r and re.search(r"\b" + re.escape(r) + r"\b", written) for r in renderings):
        return "weighed-too-little"
    return "rendering-missing"


def counts(cases: list[dict], by_name: dict[str, list]) -> dict:
    """Recall by kind, precision and the rule and cause counters of one set."""
    required, hit = Counter(), Counter()
    rules = {"hit": Counter(), "trap": Counter(), "stray": Counter()}
    causes, findings_on_errors, findings = Counter(), 0, 0
    # one run, as score_cases.py sends the cases (a run-wide rule sees them all)
    report = check_documents([Document(text=c["text"], path=c["id"], id=c["id"], source=c.get("source") or None)
                              for c in cases], Config())
    for case, checked in zip(cases, report.documents):
        text = case["text"]
        found = checked.findings
        errors = [(e, _occurrences(text, e["span"])[e.get("occurrence", 1) - 1]) for e in case["errors"]]
        traps = [span for t in case.get("traps", []) for span in _occurrences(text, t)]
        for error, (start, end) in errors:
            if error.get("optional"):
                continue
            required[error["kind"]] += 1
            if any(f.start < end and start < f.end for f in found):
                hit[error["kind"]] += 1
            elif error["kind"] == "entity":
                causes[_miss_cause(error, by_name)] += 1
        for f in found:
            findings += 1
            if any(f.start < end and start < f.end for _, (start, end) in errors):
                findings_on_errors += 1
                rules["hit"][f.rule] += 1
            elif any(f.start < end and start < f.end for start, end in traps):
                rules["trap"][f.rule] += 1
            else:
                rules["stray"][f.rule] += 1
    return {"required": required, "hit": hit, "rules": rules, "causes": causes,
            "precision": (findings_on_errors, findings)}


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__.strip().splitlines()[2].strip())
        return 2
    by_name = _entries_by_name()
    for path in paths:
        cases = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
        figures = counts(cases, by_name)
        required, hit = figures["required"], figures["hit"]
        on_errors, total = figures["precision"]
        print(f"== {path}: recall {sum(hit.values())}/{sum(required.values())}, "
              f"precision {on_errors}/{total}")
        for kind in sorted(required):
            print(f"  {kind:14s} {hit[kind]}/{required[kind]}")
        for what, counter in figures["rules"].items():
            print(f"  {what:6s} by rule: {dict(sorted(counter.items()))}")
        print(f"  entity misses by cause: {dict(figures['causes'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
