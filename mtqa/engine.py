"""Run the selected rules over documents and build the Report."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from pathlib import Path
from collections import Counter
from collections.abc import Sequence
from typing import Callable, Iterable

from mtqa import baseline, gate, readability, resources, suggest, suppress
from mtqa.config import Config
from mtqa.document import Document
from mtqa.errors import InputError, ResourceError
from mtqa.findings import Finding
from mtqa.fingerprint import fingerprint, normalise
from mtqa.report import DocumentReport, Report
from mtqa.rules import Rule, all_rules
from mtqa.rules.context import Context  # noqa: F401  (re-exported: mtqa.engine.Context)
from mtqa.spill import SpillList




def selected_rules(config: Config) -> list[Rule]:
    """Rules after `select` and `ignore` (ids or prefixes)."""
    select = tuple(s.upper() for s in config.select)
    ignore = tuple(s.upper() for s in config.ignore)
    return [
        r
        for r in all_rules()
        if (not select or r.id.startswith(select)) and not (ignore and r.id.startswith(ignore))
    ]


def _without_missing_resources(rules: list[Rule], report: Report) -> list[Rule]:
    """The rules whose NLTK resources are all there; one warning in `report.warnings` names
    what is missing and what it costs (readability falls back to hyphenation)."""
    wanted = {"cmudict", *(name for r in rules for name in r.needs)}  # cmudict: readability
    absent = [name for name in resources.missing() if name in wanted]
    readability.use_dictionary("cmudict" not in absent)
    if not absent:
        return rules
    skipped = [r.id for r in rules if set(r.needs) & set(absent)]
    report.warnings.append(resources.missing_warning(absent, skipped))
    return [r for r in rules if r.id not in skipped]


def _guarded(rule: Rule, check: Callable, *args, report: Report, off: set[str]) -> Iterable:
    """`check(*args)` of a rule; a rule that meets a missing resource it did not declare in
    `needs` is switched off for the rest of the run with a warning, instead of ending the run."""
    if rule.id in off:
        return
    try:
        yield from check(*args)
    except ResourceError as exc:
        off.add(rule.id)
        report.warnings.append(resources.missing_warning([exc.resource or "?"], [rule.id]))


def _finalise(doc: Document, findings: Iterable[Finding], config: Config) -> list[Finding]:
    """Drop findings in non-prose regions, silenced by a marker or accepted by config; apply
    severity overrides, add line/column and fingerprint, sort. Each rule keeps at most
    `max_findings_per_rule` findings in a document; one more finding says how many were
    dropped (findings are consumed one at a time, so a million of them cost no memory)."""
    result = {}
    accept = frozenset(normalise(p) for p in config.accept)
    accept_rules = {k: frozenset(normalise(p) for p in v) for k, v in config.accept_rules.items()}
    markers = suppress.marker_index(doc.markers)
    kept: Counter = Counter()
    dropped: dict[str, list] = {}  # rule -> [count, first dropped finding, highest severity]
    for finding in findings:
        if doc.is_skipped(finding.start, finding.end):
            continue
        fitted = suggest.fitted(doc.text, finding)  # suggestions fitted to the words around them
        if fitted is None:
            continue
        if not doc.is_skipped(fitted.start, fitted.end):  # (a span widened into code stays as it was)
            finding = fitted
        line, column = doc.line_column(finding.start)
        if suppress.silenced_by_marker(finding.rule, line, markers):
            continue
        if (accept or accept_rules) and suppress.accepted(finding.rule, doc.text[finding.start : finding.end], accept, accept_rules):
            continue
        severity = config.severity_for(finding.rule, finding.severity)
        if kept[finding.rule] >= config.max_findings_per_rule:
            entry = dropped.setdefault(finding.rule, [0, finding, severity])
            entry[0] += 1
            entry[2] = max(entry[2], severity, key=lambda s: s.rank)
            continue
        kept[finding.rule] += 1
        finding = _located(doc, finding, severity, line, column)
        result.setdefault(finding.sort_key, finding)
    for rule, (count, first, severity) in dropped.items():
        summary = dataclasses.replace(
            first,
            message=f"{count} more {rule} finding(s) in this document not shown "
            f"(max_findings_per_rule = {config.max_findings_per_rule}); the first is here.",
            suggestions=(),
            extra={"dropped": count},
        )
        line, column = doc.line_column(first.start)
        summary = _located(doc, summary, severity, line, column)
        result.setdefault(summary.sort_key, summary)
    return [result[k] for k in sorted(result)]


def _located(doc: Document, finding: Finding, severity, line: int, column: int) -> Finding:
    return dataclasses.replace(
        finding,
        severity=severity,
        line=line,
        column=column,
        text=doc.text[finding.start : finding.end],
        fingerprint=fingerprint(finding.rule, doc.text, finding.start, finding.end),
    )


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


def _unguarded(rule: Rule, check: Callable, *args) -> Iterable:
    return check(*args)


def check_document(doc: Document, ctx: Context, per_document: list[Rule], per_run: list[Rule], guard: Callable = _unguarded):
    """One document's report (before baseline and score) and what each run rule gathers of it;
    the same in process and in a worker process (mtqa.parallel). `guard(rule, check, *args)`
    runs one rule's check (in process: `_guarded`, which switches off a rule short of a resource)."""
    findings = (f for rule in per_document for f in guard(rule, rule.check, doc, ctx))
    doc_report = DocumentReport(
        path=doc.path,
        id=doc.id,
        words=doc.words,
        text=doc.text,
        findings=_finalise(doc, findings, ctx.config),
        score=None,
        source=doc.source,
        reference=doc.reference,
        readability=readability.measure(doc),
        origin=doc.origin,
    )
    return doc_report, tuple(rule.gather(doc, ctx) for rule in per_run)


def run(
    documents: Iterable[Document],
    config: Config | None = None,
    on_document: Callable[[Document], None] | None = None,
    rules: list[Rule] | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Report:
    """Check documents; `on_document` is called after each one (progress display).

    Documents are streamed: each is checked and reduced to its DocumentReport as it is read,
    in this process (`jobs` 1), by `jobs` worker processes, or on a Dask cluster (`scheduler`,
    see mtqa.parallel); reports come back in input order and the result is the same.
    Rules of scope "run" gather data from each document as it is checked; their findings are
    concluded here once the last document is in. Reports and document states wait in a
    SpillList (the first thousand in memory, the rest in a temporary file). The report's
    documents are a SpillList too."""
    config = config or Config()
    known = baseline.load(Path(config.baseline)) if config.baseline else None
    ctx = Context(config)
    rules = selected_rules(config) if rules is None else rules
    report = Report(config=config, documents=SpillList())
    rules = _without_missing_resources(rules, report)
    off: set[str] = set()  # rules switched off by a resource they did not declare
    per_document = [r for r in rules if r.scope == "document"]
    per_run = [r for r in rules if r.scope == "run"]
    scores = _MetricsSum()
    kept: SpillList = SpillList()  # (document state, partial report), for the run rules
    gathered_data: SpillList = SpillList()  # (document index, what each run rule gathered), when any

    def complete(doc_report: DocumentReport) -> None:
        if known is not None:
            doc_report.findings = _new_only(doc_report.findings, known)
        doc_report.score = gate.score(doc_report.findings, doc_report.words, config)
        scores.add(doc_report)
        report.add(doc_report)

    guard = functools.partial(_guarded, report=report, off=off)
    if jobs == 1 and scheduler is None:
        checked = ((doc, *check_document(doc, ctx, per_document, per_run, guard)) for doc in documents)
    else:
        from mtqa import parallel

        checked = parallel.check_documents(documents, ctx, rules, jobs, scheduler)
    for doc, doc_report, gathered in checked:
        scores.check_lines(doc)
        if per_run:
            kept.append((_state(doc), doc_report))
            if any(gathered):
                gathered_data.append((len(kept) - 1, gathered))
        else:
            complete(doc_report)
        if on_document:
            on_document(doc)
    if per_run:
        late: dict[int, list[Finding]] = {}
        # the last document is still in memory with its caches: rules that read it again use it as it is
        documents_again = _Documents(kept, {len(kept) - 1: doc} if kept else {})
        for number, rule in enumerate(per_run):
            for index, finding in guard(rule, rule.conclude, _Gathered(gathered_data, number), documents_again, ctx):
                late.setdefault(index, []).append(finding)
        for index, (state, doc_report) in enumerate(kept):
            if index in late:
                doc = _restored(state)
                merged = {f.sort_key: f for f in doc_report.findings}
                for finding in _finalise(doc, late.pop(index), config):
                    merged.setdefault(finding.sort_key, finding)
                doc_report.findings = [merged[k] for k in sorted(merged)]
            complete(doc_report)
        kept.close()
        gathered_data.close()
    scores.finish(report)
    return report


_STATE_FIELDS = ("text", "path", "id", "source", "reference", "skipped", "encoding", "markers", "origin", "date")


def _state(doc: Document) -> dict:
    """What rebuilds a Document without its caches (sentences, tokens, tags are recomputed)."""
    return {name: doc.__dict__[name] for name in _STATE_FIELDS}


def _restored(state: dict) -> Document:
    doc = Document.__new__(Document)
    doc.__dict__.update(state)
    return doc


class _Documents(Sequence):
    """The documents of a run, rebuilt one at a time from a SpillList of their states."""

    def __init__(self, kept: SpillList, live: dict[int, Document] | None = None):
        self._kept = kept
        self._live = live or {}  # index -> the document itself, still in memory

    def __len__(self) -> int:
        return len(self._kept)

    def __getitem__(self, index):
        if index < 0:
            index += len(self._kept)
        if index in self._live:
            return self._live[index]
        return _restored(self._kept[index][0])

    def __iter__(self):
        return (self._live[i] if i in self._live else _restored(state) for i, (state, _) in enumerate(self._kept))


class _Gathered:
    """(document index, data) of what run rule number `number` gathered, where it gathered any."""

    def __init__(self, gathered: SpillList, number: int):
        self._gathered, self._number = gathered, number

    def __iter__(self):
        return ((index, data[self._number]) for index, data in self._gathered if data[self._number])


class _MetricsSum:
    """Reference-based scores per document and for the run, and their gate, gathered as the
    documents go by (only the segments of documents that have a reference are kept)."""

    def __init__(self):
        self.hypotheses: list[str] = []
        self.references: list[str] = []

    @staticmethod
    def check_lines(doc: Document) -> None:
        """A reference must have as many lines as the text: refused before any output."""
        if doc.reference is None:
            return
        from mtqa import metrics

        hyp, ref = metrics.segments(doc.text), metrics.segments(doc.reference)
        if len(hyp) != len(ref):
            raise InputError(f"{doc.path}#{doc.id}: {len(hyp)} lines but the reference has {len(ref)}")

    def add(self, doc_report: DocumentReport) -> None:
        if doc_report.reference is None:
            return
        from mtqa import metrics

        hyp, ref = metrics.segments(doc_report.text), metrics.segments(doc_report.reference)
        doc_report.metrics = (
            metrics.sentence_scores(hyp[0], ref[0]) if len(hyp) == 1 else metrics.corpus_scores(hyp, ref)
        )
        self.hypotheses += hyp
        self.references += ref

    def finish(self, report: Report) -> None:
        if self.hypotheses:
            from mtqa import metrics

            config = report.config
            report.metrics = metrics.corpus_scores(self.hypotheses, self.references)
            report.metric_failures = metrics.gate_failures(report.metrics, config.min_bleu, config.min_chrf, config.max_ter)
