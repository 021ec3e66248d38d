"""Checking documents on every core (`--jobs N`) or on a Dask cluster (`--scheduler`).

The main process reads the documents and sends them, in batches, to workers that check them
with the document rules (`engine.check_document`); the reports come back and are yielded in
input order. Run-wide rules, the baseline, the scores and the summary stay in the main process
(mtqa.engine), so the report is the same, byte for byte, as a run in one process.

Worker processes are forked after the rules and the lexicon are loaded (they share that
memory); where fork is missing they are spawned and load the data once each, as Dask workers
do. At most a few batches per worker are in flight, so memory does not grow with the input.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import os
import sys
import threading
from collections import deque
from multiprocessing.reduction import ForkingPickler
from typing import Iterable, Iterator

from mtqa import regexes, segment
from mtqa.config import Config
from mtqa.document import Document, WordIndex
from mtqa.engine import BATCH_CHARACTERS, BATCH_DOCUMENTS  # (a worker's batch is one of the engine's)
from mtqa.errors import MtqaError

CLUSTER_BATCH = 8  # batches sent to a Dask cluster are this many times larger (fewer tasks)
IN_FLIGHT = 4  # batches per worker sent ahead of the results read back

# A paragraph checked once before the workers start, so that everything the rules load on
# first use (lexicon, tagger, patterns) is in memory when the workers are forked.
_WARM_UP = (
    "The minister of foreign affairs said on Monday that talks in Cairo would resume next week, "
    "according to a statement. He added that 3,500 people had left the city since the start of the year."
)


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def check_jobs(jobs: int | None) -> int:
    """The number of worker processes for `--jobs` (None or 0: one per usable core)."""
    if jobs is None or jobs == 0:
        return usable_cores()
    if jobs < 0:
        raise MtqaError(f"--jobs {jobs}: give a number of processes (1 or more), or 0 for one per core")
    return jobs


# -- worker side ---------------------------------------------------------------------------

_SETUP: list = []  # [(config, rule ids), (context, document rules, run rules)] of this process
_SETUP_LOCK = threading.Lock()


def _prepared(config: Config, rule_ids: tuple[str, ...]):
    """The context and rules of this process for a run's settings, built once (the lexicon is
    then loaded once per process, on the first document that needs it)."""
    key = (config, rule_ids)
    with _SETUP_LOCK:
        if not _SETUP or _SETUP[0] != key:
            from mtqa.engine import Context
            from mtqa.rules import get

            rules = [get(rule_id) for rule_id in rule_ids]
            _SETUP[:] = [key, (Context(config), [r for r in rules if r.scope == "document"],
                               [r for r in rules if r.scope == "run"])]
        return _SETUP[1]


def check_batch(config: Config, rule_ids: tuple[str, ...], states: list[tuple]) -> list:
    """(words, findings, readability figures, gathered run-rule data) of each document of a
    batch, given as their states (mtqa.engine._state): what of its report the main process
    cannot make from the document it holds (engine.report_of)."""
    from mtqa.engine import _restored, check_documents

    ctx, per_document, per_run = _prepared(config, rule_ids)
    return [(doc_report.words, doc_report.findings, doc_report.readability, gathered)
            for _, doc_report, gathered in check_documents(map(_restored, states), ctx, per_document, per_run)]


def _warm(config: Config, rule_ids: tuple[str, ...], ctx=None) -> None:
    """Load what the rules load on first use, in this process (before forking)."""
    from mtqa.engine import check_document

    prepared_ctx, per_document, per_run = _prepared(config, rule_ids)
    if ctx is not None and "lexicon" in ctx.cache:  # share the main run's lexicon
        prepared_ctx.cache.setdefault("lexicon", ctx.cache["lexicon"])
    check_document(Document(_WARM_UP, path="<warm-up>", id="warm-up"), prepared_ctx, per_document, per_run)
    if ctx is not None:  # the run rules' conclusions in the main process use the same lexicon
        ctx.cache.update(prepared_ctx.cache)


def _quiet_worker() -> None:
    """Ctrl-C is the main process's business: it stops the workers, which print nothing."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


# -- main side -----------------------------------------------------------------------------


def _batches(documents: Iterable[Document], scale: int = 1) -> Iterator[list[Document]]:
    """Documents in batches that grow from 1 to `scale` × BATCH_DOCUMENTS (a short run still
    spreads over the workers), of `scale` × BATCH_CHARACTERS of text at most unless one
    document is longer (so that a worker checks a batch as the engine's batches, not split)."""
    batch, characters, size = [], 0, 1
    limit = BATCH_CHARACTERS * scale
    for doc in documents:
        if batch and characters + len(doc.text) > limit:
            yield batch
            batch, characters, size = [], 0, min(size * 2, BATCH_DOCUMENTS * scale)
        batch.append(doc)
        characters += len(doc.text)
        if len(batch) >= size:
            yield batch
            batch, characters, size = [], 0, min(size * 2, BATCH_DOCUMENTS * scale)
    if batch:
        yield batch


def check_documents(documents: Iterable[Document], ctx, rules, jobs: int, scheduler: str | None = None,
                    off: set[str] | None = None, on_missing=None):
    """(document, report, gathered) for each document, in input order, checked by `jobs`
    processes or on the Dask cluster at `scheduler` ("local" starts one on this machine).
    A run of one document is checked in this process as with one job (`off` and `on_missing`
    as engine.check_documents takes them), a long one with its rules shared among `jobs`
    processes (split_rule_findings)."""
    from mtqa.engine import check_documents as check_documents_here
    from mtqa.rules import get

    config = ctx.config
    rule_ids = tuple(r.id for r in rules)
    per_document = [r for r in rules if r.scope == "document"]
    per_run = [r for r in rules if r.scope == "run"]
    documents = iter(documents)
    first = list(itertools.islice(documents, 2))
    in_process = len(first) < 2 or any(get(r.id) is not r for r in rules)  # rules not in the registry
    if in_process or (scheduler is None and jobs == 1):
        split = jobs if scheduler is None else 1  # (one long document: its rules on `jobs` cores)
        yield from check_documents_here(itertools.chain(first, documents), ctx, per_document, per_run,
                                        off, on_missing, jobs=split)
        return
    documents = itertools.chain(first, documents)
    if scheduler is not None:
        from mtqa import dask as mtqa_dask

        with mtqa_dask.executor(scheduler, jobs) as (pool, workers):
            yield from _ordered(pool, workers, documents, config, rule_ids, CLUSTER_BATCH)
        return
    from concurrent.futures import ProcessPoolExecutor

    import gc

    _warm(config, rule_ids, ctx)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    gc.freeze()  # the loaded data is not touched by the collector in the forked workers (no copies)
    try:
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method), initializer=_quiet_worker) as pool:
            yield from _ordered(pool, jobs, documents, config, rule_ids)
    finally:
        gc.unfreeze()


def _ordered(pool, workers: int, documents, config: Config, rule_ids, scale: int = 1):
    """Submit batches to `pool`, a few per worker ahead, and yield the results in order."""
    from concurrent.futures.process import BrokenProcessPool

    from mtqa.engine import _state, report_of

    pending: deque = deque()

    def finish():
        batch, future = pending.popleft()
        try:
            results = future.result()
        except MtqaError:
            raise
        except BrokenProcessPool:
            raise MtqaError("a worker process stopped unexpectedly (killed, or out of memory?); "
                            "try fewer --jobs") from None
        except Exception as exc:
            where = f"{batch[0].path}#{batch[0].id}"
            raise MtqaError(f"a worker failed on the batch starting at {where}: {type(exc).__name__}: {exc}") from None
        for doc, (words, findings, figures, gathered) in zip(batch, results):
            yield doc, report_of(doc, words, findings, figures), gathered

    try:
        for batch in _batches(documents, scale):
            future = pool.submit(check_batch, config, rule_ids, [_state(doc) for doc in batch])
            pending.append((batch, future))
            if len(pending) >= workers * IN_FLIGHT:
                yield from finish()
        while pending:
            yield from finish()
    finally:
        for _, future in pending:
            future.cancel()


# -- one long document on several cores ----------------------------------------------------

SPLIT_FROM = 1 << 17  # characters: a document this long has its rules shared among the cores
#: Units of work handed out to the cores, the costliest first (CPU as measured on 1 MB of clean
#: news: NAM 0.64 s, SYN 0.45, TRN 0.19, TYP 0.16, LNG 0.09, readability 0.08, STY 0.05, NUM
#: 0.02), so that the cores finish at about the same time: each process takes the next unit
#: when it is done with one. A unit is a family of rules (they share views of the document and
#: memos, so one process does all of a family) or "readability". Families not named here come
#: last, in the order of the rules.
SPLIT_ORDER = ("NAM", "SYN", "TRN", "TYP", "LNG", "readability", "STY", "NUM")
#: Views of the document that rules of every family read: computed once before the fork, or,
#: with one helper process, half in each process and the halves swapped (_halves). (The word
#: count is the readability unit's: its process sends it back with the figures.)
SHARED_VIEWS = ("sentences", "lowered_words", "_sentence_starts")


def can_split(doc: Document, jobs: int) -> bool:
    """Whether `doc` is long enough, and this system able, to share its rules among `jobs` processes."""
    return jobs > 1 and len(doc.text) >= SPLIT_FROM and "fork" in multiprocessing.get_all_start_methods()


def _units(rules) -> list[tuple[str, tuple]]:
    """The rules grouped by family (in rule order within a family), plus the readability
    measure, in the order of SPLIT_ORDER."""
    families: dict[str, list] = {}
    for rule in rules:
        families.setdefault(rule.family, []).append(rule)
    rank = {name: number for number, name in enumerate(SPLIT_ORDER)}
    units = [(family, tuple(members)) for family, members in families.items()] + [("readability", ())]
    return sorted(units, key=lambda unit: rank.get(unit[0], len(rank)))  # (stable: the rest in rule order)


def _run_unit(unit: tuple[str, tuple], doc: Document, ctx, runs) -> tuple:
    """A unit's results: the readability figures, or each rule's findings with the
    ResourceError that stopped it (None when it ran to the end)."""
    from mtqa import readability
    from mtqa.errors import ResourceError

    name, members = unit
    if name == "readability":
        return readability.measure(doc), doc.words
    results = []
    for rule in members:
        found: list = []
        if runs(rule):
            try:
                found.extend(rule.check(doc, ctx))
            except ResourceError as exc:
                results.append((found, exc))
                continue
        results.append((found, None))
    return tuple(results)


def _take_units(units, counter, doc: Document, ctx, runs, done: dict) -> None:
    """Run units taken from the shared `counter` until none is left; results into `done`."""
    while True:
        with counter.get_lock():
            number = counter.value
            counter.value += 1
        if number >= len(units):
            return
        done[number] = _run_unit(units[number], doc, ctx, runs)


def _split_worker(units, counter, doc: Document, ctx, runs, conn, halves=None) -> None:
    """A forked process's share: its units' results sent back, or an empty dict when any
    fails (the main process then runs them itself and reports the error as usual); with them,
    the patterns it compiled that the on-disk cache lacks (the main process stores them: this
    one ends without the exit hooks that would). `halves`: (connection, cut) when this process
    makes the shared views of the text after `cut` (_halves)."""
    _quiet_worker()
    done: dict = {}
    try:
        if halves is not None:
            _halves(doc, halves[1], halves[0], first=False)
        _take_units(units, counter, doc, ctx, runs, done)
        # a ResourceError is raised again by the main process, which knows what to do with it
        conn.send(({n: r for n, r in done.items() if units[n][0] == "readability" or not _has_error(r)},
                   regexes.unstored()))
    except BaseException:  # noqa: BLE001 — never a traceback from a helper process
        conn.send(({}, {}))
    finally:
        conn.close()
        os._exit(0)  # (not multiprocessing's exit: it would flush this copy of the parent's output buffers)


def _has_error(result) -> bool:
    """Whether a family's results hold a ResourceError."""
    return any(exc is not None for _, exc in result)


def split_rule_findings(doc: Document, ctx, rules, jobs: int, off: set[str] | None, on_missing):
    """The findings of `rules` on `doc`, in rule order as engine._rule_findings yields them,
    and its readability figures: the families of rules are shared among this process and
    `jobs` - 1 forked ones (after the views every family reads are computed). The result is
    the same as in one process; a unit whose process fails is run again here."""
    sourced = bool(doc.source and doc.source.strip())  # (= mtqa.source.has_source)

    def runs(rule) -> bool:
        return (off is None or rule.id not in off) and (sourced or not rule.needs_source)

    units = _units(rules)
    with _collector_paused():
        done = _shared_out(units, doc, ctx, runs, jobs)
    for number, unit in enumerate(units):
        if number not in done:
            done[number] = _run_unit(unit, doc, ctx, runs)
    by_rule: dict[str, tuple] = {}
    measured = None
    for number, (name, members) in enumerate(units):
        if name == "readability":
            measured, doc.__dict__["words"] = done[number]  # (a view: as if computed here)
        else:
            by_rule.update(zip((rule.id for rule in members), done[number]))
    findings = []
    for rule in rules:
        found, exc = by_rule[rule.id]
        findings.extend(found)
        if exc is not None:
            if on_missing is None:
                raise exc
            on_missing(rule, exc)
    return findings, measured


@contextlib.contextmanager
def _collector_paused():
    """The cyclic garbage collector off (and back as it was after): checking a document makes
    no reference cycles - its views, findings and memos are freed by reference counting - and
    the collector's passes over what the views and rules allocate cost 2-3 % of the run's CPU
    (the forked processes inherit the setting). After it, what it allocated is moved to the
    oldest generation unexamined (gc.freeze then unfreeze: the young generation's first pass
    would otherwise walk every view and memo still held, ~20 ms after 1 MB), unless objects are
    frozen (a forked worker keeps those of its parent frozen)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def _halves(doc: Document, cut: int, conn, first: bool) -> None:
    """The shared views of `doc` made by two processes: this one makes the word index and the
    sentence spans of the text before `cut` (`first`) or after it, sends them to the other and
    joins them with the other's (segment.sentence_cut: the spans of each side are those of the
    whole). If the other process sends nothing, this one makes that part too."""
    text = doc.prose
    before, after = segment.paragraphs_cut(doc.paragraphs, cut)

    def part(first_part: bool):
        if first_part:
            return WordIndex(text, 0, cut), segment.sentence_spans(text, before)
        return WordIndex(text, cut), segment.sentence_spans(text, after)

    mine, theirs, sender = part(first), None, None
    try:  # (the index pickled with each distinct word once, in both processes at the same time)
        payload = ForkingPickler.dumps(mine)
        if first:  # its part sent by a thread while it reads the other's: both go at once
            sender = threading.Thread(target=_send_quietly, args=(conn, payload), daemon=True)
            sender.start()
        else:
            conn.send_bytes(payload)
        theirs = ForkingPickler.loads(conn.recv_bytes())
    except (EOFError, OSError):
        pass
    finally:
        if sender is not None:
            sender.join()  # (before the connection is closed under it)
        conn.close()
    if theirs is None:
        theirs = part(not first)
    (index, spans), (later_index, later_spans) = (mine, theirs) if first else (theirs, mine)
    doc.__dict__["lowered_words"] = WordIndex.joined(index, later_index)
    doc.__dict__["sentences"] = doc.sentences_at(spans + later_spans)
    getattr(doc, "_sentence_starts")


def _send_quietly(conn, payload: bytes) -> None:
    """conn.send_bytes(payload), nothing raised (the other process may have died: _halves)."""
    with contextlib.suppress(OSError):
        conn.send_bytes(payload)


def _shared_out(units, doc: Document, ctx, runs, jobs: int) -> dict:
    """Unit number -> result of the units this process and `jobs` - 1 forked ones ran (after
    the views every family reads are computed); a unit whose process failed is missing."""
    helpers_wanted = min(jobs, len(units)) - 1
    cut = None
    if helpers_wanted == 1 and not any(view in doc.__dict__ for view in SHARED_VIEWS):
        cut = segment.sentence_cut(doc.prose, doc.paragraphs, len(doc.prose) // 2)  # (one helper: _halves)
    if cut is None:
        for view in SHARED_VIEWS:
            getattr(doc, view)
    fork = multiprocessing.get_context("fork")
    counter = fork.Value("i", 1)  # (unit 0 is this process's own, see below)
    helpers, answered = [], set()
    sys.stdout.flush()
    sys.stderr.flush()  # (nothing buffered is copied into the forked processes)
    gc.freeze()  # (the collector does not copy the shared objects into the forked processes)
    try:
        swap = None
        for _ in range(helpers_wanted):  # (no more processes than units)
            receive, send = fork.Pipe(duplex=False)
            extra = ()
            if cut is not None:
                swap, theirs = fork.Pipe()
                extra = ((theirs, cut),)
            process = fork.Process(target=_split_worker, args=(units, counter, doc, ctx, runs, send, *extra), daemon=True)
            process.start()
            send.close()
            if swap is not None:
                theirs.close()
            helpers.append((process, receive))
        if swap is not None:
            _halves(doc, cut, swap, first=True)
        # the costliest family (NAM) here: the run rules read its views of the document again
        done: dict = {0: _run_unit(units[0], doc, ctx, runs)}
        _take_units(units, counter, doc, ctx, runs, done)
        for process, receive in helpers:
            try:
                results, patterns = receive.recv()
            except (EOFError, OSError):
                continue  # (the process died: its units are run below)
            done.update(results)
            regexes.adopt(patterns)
            answered.add(process)
    finally:
        for process, receive in helpers:
            receive.close()
            if process not in answered:
                process.join(timeout=5)
                if process.is_alive():
                    process.kill()
        gc.unfreeze()
    # A process that answered is ending (os._exit after sending): it is not waited for here -
    # the kernel takes 10-20 ms to free a process of this size - but reaped later by
    # multiprocessing (when it starts another process, or at exit), once it is gone.
    return done
