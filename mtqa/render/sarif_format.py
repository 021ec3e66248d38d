"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others)."""

from __future__ import annotations

import json

from mtqa import __version__
from mtqa.render import place
from mtqa.report import Report
from mtqa.rules import all_rules

LEVELS = {"minor": "note", "major": "warning", "critical": "error"}


def _location(doc, f, where) -> dict:
    """A plain file: line, columns, character offset and length of the finding. A JSONL
    record: the record's line and the columns inside its JSON string; a translation unit: its
    line. Records and units also get a logical location named by their id."""
    if not where.record:
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
    elif where.column:
        region = {"startLine": where.line, "startColumn": where.column, "endColumn": where.end_column}
    else:
        region = {"startLine": where.line}
    location = {"physicalLocation": {"artifactLocation": {"uri": doc.path}, "region": region}}
    if where.record:
        kind = "object" if where.column else "element"
        location["logicalLocations"] = [{"name": doc.id, "fullyQualifiedName": where.name, "kind": kind}]
    return location


def _fix(doc, f, where, suggestion) -> dict | None:
    """A SARIF fix replacing the finding's span. In a JSONL record the region is the span's
    columns inside the record's JSON string and the new text is JSON-escaped, so a fix never
    reaches another field; translation units get none (their position in the file is not
    known to the character)."""
    if not where.record:
        deleted = {"charOffset": f.start, "charLength": f.end - f.start}
        inserted = suggestion.replacement
    elif where.column:
        deleted = {"startLine": where.line, "startColumn": where.column, "endColumn": where.end_column}
        inserted = json.dumps(suggestion.replacement, ensure_ascii=False)[1:-1]
    else:
        return None
    return {
        "description": {"text": f"Replace with {suggestion.replacement!r}"},
        "artifactChanges": [{
            "artifactLocation": {"uri": doc.path},
            "replacements": [{"deletedRegion": deleted, "insertedContent": {"text": inserted}}],
        }],
    }


def render(report: Report, color: bool = False) -> str:
    rules = all_rules()
    index = {r.id: i for i, r in enumerate(rules)}
    results = []
    unsafe = report.config.unsafe_fixes
    for doc in report.documents:
        for f in doc.findings:
            where = place(doc, f)
            result = {
                "ruleId": f.rule,
                "ruleIndex": index.get(f.rule, -1),
                "level": LEVELS[f.severity.value],
                "message": {"text": f.message},
                "locations": [_location(doc, f, where)],
                "partialFingerprints": {"mtqa/v1": f.fingerprint},
                "properties": {"category": f.category, "severity": f.severity.value, "document": doc.id},
            }
            offered = [s for s in f.suggestions if s.safe or unsafe]
            fixes = [fix for s in offered if (fix := _fix(doc, f, where, s)) is not None]
            if fixes:
                result["fixes"] = fixes
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
