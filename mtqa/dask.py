"""mtqa on a Dask cluster (the optional extra: pip install 'mtqa[dask]').

- `mtqa check --scheduler tcp://HOST:8786 corpus/` (or `--scheduler local`) sends batches of
  documents to the cluster and gathers the reports in order (mtqa.parallel); run-wide rules,
  the baseline and the summary are computed here, so the report equals a one-process run.
- For pipelines that already use Dask: `read_jsonl(...)` turns JSONL shards into a bag of
  Documents (dask.bag.read_text) and `check_bag(bag)` into a bag of document reports (the
  JSON report's document objects). A bag has no run-wide step: `check_bag` applies the
  document rules; the consistency of names across documents (NAM003) is left out.

Each worker process builds the rules and loads the lexicon once (mtqa.parallel._prepared).
"""

from __future__ import annotations

import contextlib
from typing import Iterable

from mtqa.config import Config
from mtqa.document import Document
from mtqa.errors import MtqaError


def _require():
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise MtqaError("Dask is not installed: pip install 'mtqa[dask]'") from None


@contextlib.contextmanager
def executor(scheduler: str, jobs: int):
    """(a concurrent.futures executor on the cluster, its number of worker threads); "local"
    starts a LocalCluster of `jobs` single-threaded worker processes for the run."""
    _require()
    from distributed import Client, LocalCluster

    with contextlib.ExitStack() as stack:
        if scheduler == "local":
            import dask

            stack.enter_context(dask.config.set({"distributed.worker.profile.enabled": False}))
            cluster = stack.enter_context(LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None))
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(scheduler, timeout="10s"))
            except (OSError, TimeoutError, ValueError) as exc:
                raise MtqaError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})") from None
        threads = sum(client.nthreads().values()) or 1
        yield client.get_executor(pure=False), threads


def check_bag(bag, config: Config | None = None):
    """A bag of document reports (dicts, as in the JSON report) from a bag of Documents, JSONL
    record dicts ({"id", "mt" or "text", "src", "ref"}) or plain strings, with the document
    rules of `config`. Findings, scores and order are those of `mtqa check` on the same
    documents, but for the run-wide NAM003."""
    _require()
    config = config or Config()
    return bag.map_partitions(_check_partition, config)


def _check_partition(items: Iterable, config: Config) -> list[dict]:
    from mtqa import gate
    from mtqa.engine import check_documents, selected_rules
    from mtqa.parallel import _prepared

    rule_ids = tuple(r.id for r in selected_rules(config) if r.scope == "document")
    ctx, per_document, _ = _prepared(config, rule_ids)
    reports = []
    for _, doc_report, _ in check_documents(map(_document, items), ctx, per_document, []):
        doc_report.score = gate.score(doc_report.findings, doc_report.words, config)
        reports.append(doc_report.to_dict())
    return reports


def _document(item) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(item, path="<bag>", id="")
    if isinstance(item, dict):
        from mtqa.readers import parse_jsonl
        import json

        return next(parse_jsonl([json.dumps(item)], "<bag>"))
    raise MtqaError(f"check_bag: cannot check a {type(item).__name__} (give Documents, record dicts or strings)")


def read_jsonl(urlpath, **kwargs):
    """A bag of Documents from JSONL files (a path, a glob such as "shards/*.jsonl", or a list;
    any URL dask.bag.read_text reads): one partition per file, records checked as `mtqa check`
    reads them (a record without an id is named by its line number)."""
    _require()
    import dask.bag

    return dask.bag.read_text(urlpath, include_path=True, **kwargs).map_partitions(_parse_partition)


def _parse_partition(lines) -> list[Document]:
    import itertools

    from mtqa.readers import parse_jsonl

    documents = []
    for where, group in itertools.groupby(lines, key=lambda pair: pair[1]):
        documents.extend(parse_jsonl((line.rstrip("\r\n") for line, _ in group), where))
    return documents
