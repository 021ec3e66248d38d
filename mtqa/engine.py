"""Run the selected rules over documents and build the Report."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from mtqa import baseline, gate, readability, suppress
from mtqa.config import Config
from mtqa.document import Document
from mtqa.errors import InputError
from mtqa.findings import Finding
from mtqa.fingerprint import fingerprint, normalise
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
    """Drop findings in non-prose regions, silenced by a marker or accepted by config; apply
    severity overrides, add line/column and fingerprint, sort."""
    result = {}
    accept = frozenset(normalise(p) for p in config.accept)
    accept_rules = {k: frozenset(normalise(p) for p in v) for k, v in config.accept_rules.items()}
    markers = suppress.marker_index(doc.markers)
    for finding in findings:
        if doc.is_skipped(finding.start, finding.end):
            continue
        line, column = doc.line_column(finding.start)
        if suppress.silenced_by_marker(finding.rule, line, markers):
            continue
        if (accept or accept_rules) and suppress.accepted(finding.rule, doc.text[finding.start : finding.end], accept, accept_rules):
            continue
        finding = dataclasses.replace(
            finding,
            severity=config.severity_for(finding.rule, finding.severity),
            line=line,
            column=column,
            text=doc.text[finding.start : finding.end],
            fingerprint=fingerprint(finding.rule, doc.text, finding.start, finding.end),
        )
        result.setdefault(finding.sort_key, finding)
    return [result[k] for k in sorted(result)]


def _new_only(findings: list[Finding], known) -> list[Finding]:
    """Findings not in the baseline; each baseline entry silences one finding."""
    new = []
    for finding in findings:
        key = (finding.rule, finding.fingerprint)
        if known[key] > 0:
            known[key] -= 1
        else:
            new.append(finding)
    return new


def run(
    documents: Iterable[Document],
    config: Config | None = None,
    on_document: Callable[[Document], None] | None = None,
    rules: list[Rule] | None = None,
) -> Report:
    """Check documents; `on_document` is called after each one (progress display)."""
    config = config or Config()
    known = baseline.load(Path(config.baseline)) if config.baseline else None
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
    report = Report(config=config)
    for doc, findings in zip(docs, raw):
        final = _finalise(doc, findings, config)
        if known is not None:
            final = _new_only(final, known)
        report.documents.append(
            DocumentReport(
                path=doc.path,
                id=doc.id,
                words=doc.words,
                text=doc.text,
                findings=final,
                score=gate.score(final, doc.words, config),
                source=doc.source,
                reference=doc.reference,
                readability=readability.measure(doc),
            )
        )
    _add_metrics(report, docs)
    return report


def _add_metrics(report: Report, docs: list[Document]) -> None:
    """Reference-based scores per document and for the run, and their gate."""
    from mtqa import metrics

    hypotheses: list[str] = []
    references: list[str] = []
    for doc, doc_report in zip(docs, report.documents):
        if doc.reference is None:
            continue
        hyp, ref = metrics.segments(doc.text), metrics.segments(doc.reference)
        if len(hyp) != len(ref):
            raise InputError(f"{doc.path}#{doc.id}: {len(hyp)} lines but the reference has {len(ref)}")
        doc_report.metrics = (
            metrics.sentence_scores(hyp[0], ref[0]) if len(hyp) == 1 else metrics.corpus_scores(hyp, ref)
        )
        hypotheses += hyp
        references += ref
    if hypotheses:
        config = report.config
        report.metrics = metrics.corpus_scores(hypotheses, references)
        report.metric_failures = metrics.gate_failures(report.metrics, config.min_bleu, config.min_chrf, config.max_ter)
