"""JUnit XML: one testcase per document, one failure per finding at or above the gate level."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from mtqa.report import Report

# characters XML 1.0 does not allow (ElementTree writes them anyway, making the file ill-formed)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    """`text` with characters XML cannot hold shown as escapes (\\x1b)."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


def render(report: Report, color: bool = False) -> str:
    from mtqa.findings import Severity
    from mtqa.render import location, place

    fail_on = report.config.fail_on
    threshold = None if fail_on == "never" else Severity(fail_on).rank
    suite = ET.Element("testsuite", name="mtqa", tests=str(len(report.documents)))
    failures = 0
    for doc in report.documents:
        case = ET.SubElement(suite, "testcase", classname="mtqa", name=_xml(location(doc)))
        case.set("file", _xml(doc.path))
        if doc.origin is not None:  # a record or unit: its line in the file
            case.set("line", str(doc.origin.line))
        blocking = [f for f in doc.findings if threshold is not None and f.severity.rank >= threshold]
        for f in blocking:
            failure = ET.SubElement(case, "failure", type=f.rule, message=_xml(f"{f.rule} {f.message}"))
            suggestion = f" → {f.suggestions[0].replacement}" if f.suggestions else ""
            failure.text = _xml(f"{place(doc, f).label()}: {f.severity.value} {f.rule} {f.text!r}: {f.message}{suggestion}")
        if blocking:
            failures += 1
        others = [f for f in doc.findings if f not in blocking]
        if others:
            out = ET.SubElement(case, "system-out")
            out.text = _xml("\n".join(f"{place(doc, f).label()}: {f.severity.value} {f.rule} {f.message}" for f in others))
    suite.set("failures", str(failures))
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
