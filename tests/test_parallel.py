"""Parallel checking: --jobs gives the same report, byte for byte, as one process (run-wide
findings included); worker errors are one-line errors; --format jsonl; the Dask cluster
(skipped when Dask is not installed)."""

from __future__ import annotations

import json
import multiprocessing
import shutil

import pytest
from conftest import ROOT, run_cli

from mtqa import engine, parallel
from mtqa.config import Config
from mtqa.document import Document
from mtqa.errors import MtqaError
from mtqa.render import render

# our own two records: one person's name spelled two accepted ways in two documents (NAM003,
# a finding of the whole run) beside a typo the document rules report
RECORDS = [
    {"id": "r1", "mt": "Khalifa Haftar visited Tarhuna on Sunday. Officials in Tarhuna welcomed the the visit."},
    {"id": "r2", "mt": "A day later, residents of Tarhouna said that Haftar had left the town."},
    {"id": "r3", "mt": "Prices rose again in Tarhuna last month, traders said."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A folder of our own articles (MT and clean) plus a JSONL file of short records."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted((ROOT / "corpora" / "mt").glob("*.txt"))[:8] + sorted((ROOT / "corpora" / "clean").glob("*.txt"))[:4]:
        shutil.copy(path, folder / path.name)
        gold = path.with_suffix(".gold.toml")
        if gold.exists():
            shutil.copy(gold, folder / gold.name)
    (folder / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS), "utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["json", "text", "jsonl"])
def test_jobs_two_gives_the_same_bytes_as_one(corpus, fmt):
    one = run_cli("check", str(corpus), "-f", fmt, "--jobs", "1")
    two = run_cli("check", str(corpus), "-f", fmt, "--jobs", "2")
    assert one.returncode == two.returncode and one.returncode in (0, 1), one.stderr
    assert one.stdout == two.stdout
    assert b"NAM003" in one.stdout  # the run-wide finding is there in both
    assert b"TYP" in one.stdout


@pytest.mark.parametrize("command", [["fix", "--dry-run"], ["eval"]])
def test_fix_and_eval_give_the_same_output_with_jobs(corpus, command):
    texts = [str(p) for p in sorted(corpus.glob("*.txt"))]
    one = run_cli(*command, *texts, "--jobs", "1")
    two = run_cli(*command, *texts, "--jobs", "2")
    assert one.returncode == two.returncode == 0, one.stderr
    assert one.stdout and (one.stdout, one.stderr) == (two.stdout, two.stderr)


def _docs():
    return [Document(r["mt"], path="records.jsonl", id=r["id"]) for r in RECORDS] * 3


def test_engine_jobs_on_short_runs():
    base = engine.run(_docs(), Config(), jobs=1)
    assert render(engine.run(_docs(), Config(), jobs=2), "json") == render(base, "json")
    # one document: checked in process, same result
    single = [Document(RECORDS[0]["mt"], id="one")]
    assert render(engine.run(single, Config(), jobs=2), "json") == render(engine.run(single, Config()), "json")


def test_jobs_flag_checked():
    assert parallel.check_jobs(None) == parallel.usable_cores() >= 1
    assert parallel.check_jobs(0) == parallel.usable_cores()
    with pytest.raises(MtqaError):
        parallel.check_jobs(-1)
    result = run_cli("check", "--jobs", "-3", str(ROOT / "corpora" / "clean"))
    assert result.returncode == 2 and b"--jobs" in result.stderr and b"Traceback" not in result.stderr


def test_batches_grow_and_keep_order():
    docs = [Document(f"Text {i}.", id=str(i)) for i in range(3 * parallel.BATCH_DOCUMENTS)]
    batches = list(parallel._batches(docs))
    assert [len(b) for b in batches[:4]] == [1, 2, 4, 8]
    assert max(len(b) for b in batches) == parallel.BATCH_DOCUMENTS
    assert [d.id for b in batches for d in b] == [d.id for d in docs]


def test_a_workers_batch_is_one_batch_of_the_engine():
    """A batch is cut before it would hold more text than the engine checks at once: the
    worker checks it as one batch (not one batch and a record left alone)."""
    docs = [Document("x" * 3000, id=str(i)) for i in range(200)] + [Document("y" * 70000, id="long")]
    batches = list(parallel._batches(docs))
    assert [d.id for b in batches for d in b] == [d.id for d in docs]
    assert all(sum(len(d.text) for d in b) <= parallel.BATCH_CHARACTERS for b in batches[:-1])
    assert batches[-1][0].id == "long" and len(batches[-1]) == 1
    assert all(len(list(engine._batches(b))) == 1 for b in batches)


needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="the failing worker is planted through fork")


@needs_fork
@pytest.mark.parametrize("how, expected", [("raise", "a worker failed on the batch starting at"),
                                           ("die", "a worker process stopped unexpectedly")])
def test_worker_failure_is_one_clean_error(monkeypatch, how, expected):
    real = engine._reported  # (every document's report is made there, alone or in a batch)

    def failing(doc, *args):
        if doc.id == "r2":
            if how == "die":
                import os

                os._exit(3)
            raise RuntimeError("planted failure")
        return real(doc, *args)

    monkeypatch.setattr(engine, "_reported", failing)
    with pytest.raises(MtqaError) as error:
        engine.run(_docs(), Config(), jobs=2)
    assert expected in str(error.value) and "\n" not in str(error.value)


def test_jsonl_format_one_document_a_line_then_the_summary(corpus):
    result = run_cli("check", str(corpus / "records.jsonl"), "-f", "jsonl", "--jobs", "1")
    lines = result.stdout.decode().splitlines()
    assert len(lines) == len(RECORDS) + 1
    documents = [json.loads(line) for line in lines[:-1]]
    summary = json.loads(lines[-1])
    assert [d["id"] for d in documents] == [r["id"] for r in RECORDS]
    assert summary["summary"]["documents"] == len(RECORDS)
    assert summary["summary"]["findings"] == sum(len(d["findings"]) for d in documents) > 0
    assert summary["schema"] == 1
    whole = json.loads(run_cli("check", str(corpus / "records.jsonl"), "-f", "json").stdout)
    assert whole["documents"] == documents and whole["summary"] == summary["summary"]


# -- Dask --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster():
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as local:
        yield local


def test_dask_cluster_gives_the_same_report(cluster):
    docs = _docs() * 4
    expected = render(engine.run(docs, Config(), jobs=1), "json")
    assert render(engine.run(docs, Config(), scheduler=cluster.scheduler_address), "json") == expected


def test_dask_bag_api(cluster, tmp_path):
    import dask.bag
    from distributed import Client

    from mtqa import dask as mtqa_dask

    for number in range(2):
        (tmp_path / f"shard-{number}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS), "utf-8")
    expected = engine.run([Document(r["mt"], path="x", id=r["id"]) for r in RECORDS], Config(ignore=("NAM003",)))
    expected = [[f.to_dict() for f in d.findings] for d in expected.documents]
    with Client(cluster):
        reports = mtqa_dask.check_bag(mtqa_dask.read_jsonl(str(tmp_path / "shard-*.jsonl"))).compute()
        assert [r["id"] for r in reports] == [r["id"] for r in RECORDS] * 2
        assert [r["findings"] for r in reports] == expected * 2
        strings = mtqa_dask.check_bag(dask.bag.from_sequence([r["mt"] for r in RECORDS], npartitions=2)).compute()
        assert [r["findings"] for r in strings] == expected


def test_scheduler_that_is_no_address_is_one_clean_error(corpus):
    pytest.importorskip("distributed")
    result = run_cli("check", str(corpus), "--scheduler", "no-port-here")
    assert result.returncode == 2, result.stderr
    err = result.stderr.decode()
    assert err.startswith("mtqa: error: --scheduler no-port-here:") and len(err.strip().splitlines()) == 1


def test_bad_record_in_the_middle_of_a_parallel_run(tmp_path):
    lines = [json.dumps({"id": n, "mt": f"The minister spoke on day {n}."}) for n in range(40)]
    lines[25] = '{"id": broken'
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    result = run_cli("check", str(path), "--jobs", "2")
    err = result.stderr.decode()
    assert result.returncode == 2 and err.startswith("mtqa: error:") and ":26: invalid JSON" in err
    assert len(err.strip().splitlines()) == 1 and not result.stdout


def test_spill_list_keeps_a_position_per_stride_and_finds_every_item():
    from mtqa.spill import STRIDE, SpillList

    items = SpillList(({"n": n, "text": "x" * (n % 7)} for n in range(10 + 3 * STRIDE + 5)), in_memory=10)
    assert len(items) == 10 + 3 * STRIDE + 5 and len(items._offsets) == 4
    assert [item["n"] for item in items] == list(range(len(items)))
    for index in (0, 9, 10, 11, 10 + STRIDE - 1, 10 + STRIDE, 10 + 2 * STRIDE + 7, len(items) - 1, -1):
        assert items[index]["n"] == range(len(items))[index]
    assert [item["n"] for item in items[5:15]] == list(range(5, 15))


def test_spill_list_readers_and_appends_interleaved():
    from mtqa.spill import STRIDE, SpillList

    items = SpillList(({"n": n} for n in range(3 * STRIDE + 3)), in_memory=2)
    first, second = iter(items), iter(items)
    seen, expected, length = [], [], len(items)
    for n in range(len(items)):  # two readers, an index and appends between their steps
        seen.append((next(first)["n"], next(second)["n"], items[(n * 7) % len(items)]["n"]))
        expected.append((n, n, (n * 7) % length))
        if n % 5 == 0:
            items.append({"n": len(items)})
            length += 1
    assert seen == expected
    assert [item["n"] for item in items] == list(range(len(items)))
    shared = {"same": "object"}
    again = SpillList([shared, shared, {"other": 1}], in_memory=0)
    assert again[0] == again[1] == shared and list(again)[2] == {"other": 1}
