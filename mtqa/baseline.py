"""Baselines: accepted findings recorded by fingerprint (rule + normalised text + context,
never a line number). `mtqa check --baseline FILE` reports only findings that are not in it.
A reviewer-decisions file exported from the HTML report works as a baseline too: its
"rejected" findings (false alarms) are silenced, its "accepted" ones (confirmed errors) stay."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from mtqa import safe_write
from mtqa.errors import InputError
from mtqa.report import Report

SCHEMA = 1


def write(report: Report, path: Path) -> int:
    """Record every finding of `report`; return how many."""
    entries = [
        {"rule": f.rule, "fingerprint": f.fingerprint, "text": f.text, "path": d.path}
        for d in report.documents
        for f in d.findings
    ]
    data = {"schema": SCHEMA, "kind": "mtqa-baseline", "findings": entries}
    safe_write.write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return len(entries)


def load(path: Path) -> Counter:
    """Fingerprints to silence, with multiplicity: (rule, fingerprint) -> count."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read baseline ({exc.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError, ValueError) as exc:
        raise InputError(f"{path}: not a baseline or decisions file (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or ("findings" not in data and "decisions" not in data):
        raise InputError(f"{path}: not a baseline or decisions file (needs 'findings' or 'decisions')")
    counts: Counter = Counter()
    for key in ("findings", "decisions"):
        entries = data.get(key, [])
        if not isinstance(entries, list):
            raise InputError(f"{path}: {key!r} must be a list of entries")
        for number, entry in enumerate(entries, 1):
            if not (isinstance(entry, dict) and isinstance(entry.get("rule"), str)
                    and isinstance(entry.get("fingerprint"), str)):
                raise InputError(f"{path}: {key} entry {number} needs string 'rule' and 'fingerprint' fields")
            if key == "findings" or entry.get("decision") == "rejected":
                counts[(entry["rule"], entry["fingerprint"])] += 1
    return counts
