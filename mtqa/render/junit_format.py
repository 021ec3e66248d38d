"""JUnit XML: one testcase per document, one failure per finding at or above the gate level."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from mtqa.report import Report


def render(report: Report, color: bool = False) -> str:
    from mtqa.findings import Severity

    fail_on = report.config.fail_on
    threshold = None if fail_on == "never" else Severity(fail_on).rank
    suite = ET.Element("testsuite", name="mtqa", tests=str(len(report.documents)))
    failures = 0
    for doc in report.documents:
        case = ET.SubElement(suite, "testcase", classname="mtqa", name=doc.id if doc.path.endswith(doc.id) else f"{doc.path}#{doc.id}")
        case.set("file", doc.path)
        blocking = [f for f in doc.findings if threshold is not None and f.severity.rank >= threshold]
        for f in blocking:
            failure = ET.SubElement(case, "failure", type=f.rule, message=f"{f.rule} {f.message}")
            suggestion = f" → {f.suggestions[0].replacement}" if f.suggestions else ""
            failure.text = f"{doc.path}:{f.line}:{f.column}: {f.severity.value} {f.rule} {f.text!r}: {f.message}{suggestion}"
        if blocking:
            failures += 1
        others = [f for f in doc.findings if f not in blocking]
        if others:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(f"{doc.path}:{f.line}:{f.column}: {f.severity.value} {f.rule} {f.message}" for f in others)
    suite.set("failures", str(failures))
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
