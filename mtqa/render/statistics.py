"""`mtqa check --statistics`: the number of findings per rule instead of the findings."""

from __future__ import annotations

import json
from collections import Counter


def render_statistics(report, fmt: str = "text") -> str:
    """Findings per rule, most frequent first: count, id, name, highest severity, and how many
    have a safe fix ([*] in text, as ruff marks fixable rules)."""
    counts, fixable, worst, names = Counter(), Counter(), {}, {}
    for doc in report.documents:
        for f in doc.findings:
            counts[f.rule] += 1
            fixable[f.rule] += bool(f.suggestions and f.suggestions[0].safe)
            worst[f.rule] = max(worst.get(f.rule, f.severity), f.severity, key=lambda s: s.rank)
            names[f.rule] = f.name
    ranked = sorted(counts, key=lambda rule: (-counts[rule], rule))
    rows = [{"rule": r, "name": names[r], "severity": worst[r].value, "count": counts[r], "fixable": fixable[r]}
            for r in ranked]
    if fmt == "json":
        return json.dumps(rows, indent=2) + "\n"
    width = max((len(str(row["count"])) for row in rows), default=1)
    return "".join(f"{row['count']:>{width}}\t{row['rule']}\t{'[*] ' if row['fixable'] else ''}{row['name']}\t{row['severity']}\n"
                   for row in rows)

