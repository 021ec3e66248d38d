"""Run the selected rules over documents and build the Report."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Callable, Iterable

from mtqa import gate
from mtqa.config import Config
from mtqa.document import Document
from mtqa.findings import Finding
from mtqa.report import DocumentReport, Report
from mtqa.rules import Rule, all_rules


@dataclass
class Context:
    """What rules share during one run: the config and data loaded once (e.g. lexicons)."""

    config: Config = field(default_factory=Config)
    cache: dict = field(default_factory=dict)

    def cached(self, key: str, build: Callable):
        """Build a shared resource once per run."""
        if key not in self.cache:
            self.cache[key] = build()
        return self.cache[key]


def selected_rules(config: Config) -> list[Rule]:
    """Rules after `select` and `ignore` (ids or prefixes)."""
    select = tuple(s.upper() for s in config.select)
    ignore = tuple(s.upper() for s in config.ignore)
    return [
        r
        for r in all_rules()
        if (not select or r.id.startswith(select)) and not (ignore and r.id.startswith(ignore))
    ]


def _finalise(doc: Document, findings: Iterable[Finding], config: Config) -> list[Finding]:
    """Drop findings in non-prose regions, apply severity overrides, add line/column, sort."""
    result = {}
    for finding in findings:
        if doc.is_skipped(finding.start, finding.end):
            continue
        line, column = doc.line_column(finding.start)
        finding = dataclasses.replace(
            finding,
            severity=config.severity_for(finding.rule, finding.severity),
            line=line,
            column=column,
            text=doc.text[finding.start : finding.end],
        )
        result.setdefault(finding.sort_key, finding)
    return [result[k] for k in sorted(result)]


def run(
    documents: Iterable[Document],
    config: Config | None = None,
    on_document: Callable[[Document], None] | None = None,
    rules: list[Rule] | None = None,
) -> Report:
    """Check documents; `on_document` is called after each one (progress display)."""
    config = config or Config()
    ctx = Context(config)
    rules = selected_rules(config) if rules is None else rules
    per_document = [r for r in rules if r.scope == "document"]
    per_run = [r for r in rules if r.scope == "run"]
    docs: list[Document] = []
    raw: list[list[Finding]] = []
    for doc in documents:
        findings = [f for rule in per_document for f in rule.check(doc, ctx)]
        docs.append(doc)
        raw.append(findings)
        if on_document:
            on_document(doc)
    for rule in per_run:
        for index, finding in rule.check_run(docs, ctx):
            raw[index].append(finding)
    report = Report()
    for doc, findings in zip(docs, raw):
        final = _finalise(doc, findings, config)
        report.documents.append(
            DocumentReport(
                path=doc.path,
                id=doc.id,
                words=doc.words,
                text=doc.text,
                findings=final,
                score=gate.score(final, doc.words, config.fail_on),
                source=doc.source,
                reference=doc.reference,
            )
        )
    return report
