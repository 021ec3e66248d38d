"""Baselines: accepted findings recorded by fingerprint (rule + normalised text + context,
never a line number). `mtqa check --baseline FILE` reports only findings that are not in it.
A reviewer-decisions file exported from the HTML report works as a baseline too: its
"rejected" findings (false alarms) are silenced, its "accepted" ones (confirmed errors) stay."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

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
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return len(entries)


def load(path: Path) -> Counter:
    """Fingerprints to silence, with multiplicity: (rule, fingerprint) -> count."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read baseline ({exc.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a baseline or decisions file (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or ("findings" not in data and "decisions" not in data):
        raise InputError(f"{path}: not a baseline or decisions file (needs 'findings' or 'decisions')")
    counts: Counter = Counter()
    for entry in data.get("findings", []):
        counts[(entry["rule"], entry["fingerprint"])] += 1
    for entry in data.get("decisions", []):
        if entry.get("decision") == "rejected":
            counts[(entry["rule"], entry["fingerprint"])] += 1
    return counts
