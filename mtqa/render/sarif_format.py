"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others)."""

from __future__ import annotations

import json

from mtqa import __version__
from mtqa.report import Report
from mtqa.rules import all_rules

LEVELS = {"minor": "note", "major": "warning", "critical": "error"}


def render(report: Report, color: bool = False) -> str:
    rules = all_rules()
    index = {r.id: i for i, r in enumerate(rules)}
    results = []
    for doc in report.documents:
        for f in doc.findings:
            region = {
                "startLine": f.line,
                "startColumn": f.column,
                "charOffset": f.start,
                "charLength": f.end - f.start,
                "snippet": {"text": f.text},
            }
            end_line = f.line + f.text.count("\n")
            if end_line != f.line:
                region["endLine"] = end_line
            else:
                region["endColumn"] = f.column + (f.end - f.start)
            result = {
                "ruleId": f.rule,
                "ruleIndex": index.get(f.rule, -1),
                "level": LEVELS[f.severity.value],
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": doc.path}, "region": region}}],
                "partialFingerprints": {"mtqa/v1": f.fingerprint},
                "properties": {"category": f.category, "severity": f.severity.value, "document": doc.id},
            }
            if f.suggestions:
                result["fixes"] = [
                    {
                        "description": {"text": f"Replace with {s.replacement!r}"},
                        "artifactChanges": [{
                            "artifactLocation": {"uri": doc.path},
                            "replacements": [{"deletedRegion": {"charOffset": f.start, "charLength": f.end - f.start},
                                              "insertedContent": {"text": s.replacement}}],
                        }],
                    }
                    for s in f.suggestions
                ]
            results.append(result)
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "mtqa",
                "version": __version__,
                "informationUri": "https://pypi.org/project/mtqa/",
                "rules": [
                    {
                        "id": r.id,
                        "name": r.name,
                        "shortDescription": {"text": r.name.replace("-", " ")},
                        "fullDescription": {"text": r.explanation},
                        "defaultConfiguration": {"level": LEVELS[r.severity.value]},
                        "properties": {"category": r.category},
                    }
                    for r in rules
                ],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
