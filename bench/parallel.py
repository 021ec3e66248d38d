"""Throughput of `--jobs`, memory of `--format jsonl`, and the Dask cluster (issue 16).

    python bench/parallel.py jobs   [--documents 2000] [--jobs 2] [--repeat 3]
    python bench/parallel.py memory [--records 100000 1000000] [--jobs 1]
    python bench/parallel.py dask   [--records 100000] [--jobs 2]

Inputs are made from the clean English news of ../shared/data/clean-en (or $MTQA_SHARED):
`jobs` writes a folder of documents of 10 consecutive lines each; `memory` and `dask` write
JSONL files of one line a record. Each run is `mtqa check` in its own process, output to
/dev/null; its figures come from os.wait4 (CPU seconds of mtqa and of its workers, peak RSS of
the largest process) and, for memory, from /proc (the PSS of mtqa and its workers together,
sampled every 0.5 s: shared pages counted once).

On a machine that others are using, wall times say little (Linux's autogroup scheduling gives
mtqa and its workers together one share of the CPU when it is contended): `jobs` also prints the speed-up
expected on idle cores from CPU seconds: the start (CPU of a one-sentence run: imports, rules,
lexicon), then the main process's other CPU time (it reads, sends, merges and renders while the
workers check) and the workers' CPU time shared among `jobs` cores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MTQA_SHARED", ROOT.parent / "shared"))
NEWS = SHARED / "data" / "clean-en" / "ntrex128_newstest2019-src.eng.txt"
MTQA = [sys.executable, "-m", "mtqa"]


def news_lines() -> list[str]:
    if not NEWS.exists():
        sys.exit(f"{NEWS} not found (set MTQA_SHARED)")
    return [line for line in NEWS.read_text("utf-8").splitlines() if line.strip()]


def _tree(pid: int) -> list[int]:
    """`pid` and its descendants (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo.extend(int(child) for child in handle.read().split())
        except OSError:
            pass
    return found


def _pss_mb(pids: list[int]) -> float:
    """Proportional set size of these processes together (shared pages counted once), in MB."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as handle:
                total += next(int(line.split()[1]) for line in handle if line.startswith("Pss:"))
        except (OSError, StopIteration):
            pass
    return total / 1024


def run(args: list[str], stdout=subprocess.DEVNULL) -> dict:
    """Run `mtqa ARGS`: wall seconds, CPU seconds of it and its workers, peak RSS in MB of the
    largest process, exit code."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen([*MTQA, *args], stdout=stdout, stderr=subprocess.PIPE)
    peak_pss = [0.0]
    done = threading.Event()

    def sample():  # the whole tree's memory, every half second
        while not done.wait(0.5):
            peak_pss[0] = max(peak_pss[0], _pss_mb(_tree(process.pid)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    done.set()
    sampler.join()
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode()
    if process.returncode not in (0, 1):
        sys.exit(f"mtqa {' '.join(args)} failed ({process.returncode}): {error}")
    total_cpu = usage.ru_utime + usage.ru_stime  # mtqa's and its reaped workers'
    return {"wall": wall, "cpu": total_cpu, "peak_mb": usage.ru_maxrss / 1024, "pss_mb": peak_pss[0], "code": process.returncode,
            "stderr": error}


def words_of(texts) -> int:
    from mtqa.document import Document

    return sum(Document(t).words for t in texts)


def bench_jobs(documents: int, jobs: int, repeat: int) -> None:
    lines = news_lines()
    texts = ["\n".join(lines[(i * 10 + k) % len(lines)] for k in range(10)) + "\n" for i in range(documents)]
    words = words_of(texts)
    with tempfile.TemporaryDirectory(prefix="mtqa-bench-") as folder:
        for number, text in enumerate(texts):
            Path(folder, f"doc-{number:05d}.txt").write_text(text, "utf-8")
        outputs, figures = {}, {}
        least = lambda runs: min(runs, key=lambda f: f["self"] + f["workers"])  # the least disturbed
        for n in (1, jobs):
            out = Path(folder + f".{n}.json")
            figures[n] = least([_self_and_workers(["check", folder, "-f", "json", "--jobs", str(n)], out)
                                for _ in range(repeat)])
            outputs[n] = out.read_bytes()
            out.unlink()
        Path(folder, "tiny.txt").write_text("The minister spoke.\n", "utf-8")
        start = least([_self_and_workers(["check", str(Path(folder, "tiny.txt")), "--jobs", "1"], Path(folder + ".tiny"))
                       for _ in range(repeat)])["self"]
        Path(folder + ".tiny").unlink()
    one, many = figures[1], figures[jobs]
    # before the workers start, the main process imports mtqa and loads the rules (the CPU of
    # a one-sentence run); after, it reads, sends, merges and renders while they check
    # (all on `jobs` cores: the main process's share competes with the workers for them)
    rest = many["self"] - start
    estimate = start + max(rest, many["workers"] / jobs, (rest + many["workers"]) / jobs)
    print(f"{documents:,} documents, {words:,} words (10 news lines each); least CPU of {repeat} runs each")
    for n, f in figures.items():
        print(f"  --jobs {n}: wall {f['wall']:.2f} s, CPU main {f['self']:.2f} s + workers {f['workers']:.2f} s, "
              f"peak {f['peak_mb']:.0f} MB; {words / f['wall']:,.0f} words/s wall")
    print(f"  words per CPU second, --jobs 1: {words / one['self']:,.0f}")
    print(f"  wall-time ratio (meaningful on an idle machine): {one['wall'] / many['wall']:.2f}x")
    print(f"  expected on {jobs} idle cores from CPU seconds: {one['self'] / estimate:.2f}x "
          f"(start {start:.2f} s, then main {rest:.2f} s and workers {many['workers']:.2f} s on {jobs} cores)")
    print(f"  CPU overhead of --jobs {jobs}: {(many['self'] + many['workers']) / one['self']:.2f}x the CPU of --jobs 1")
    print(f"  identical output: {outputs[1] == outputs[jobs]}")


_SELF = (
    "import os, resource, runpy, sys\n"
    "sys.argv = ['mtqa', *sys.argv[2:]]\n"
    "try:\n"
    "    runpy.run_module('mtqa', run_name='__main__')\n"
    "finally:\n"
    "    me = resource.getrusage(resource.RUSAGE_SELF)\n"
    "    kids = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "    with open(os.environ['MTQA_BENCH_FIGURES'], 'w') as f:\n"
    "        f.write(f'{me.ru_utime + me.ru_stime} {kids.ru_utime + kids.ru_stime} {me.ru_maxrss} {kids.ru_maxrss}')\n"
)


def _self_and_workers(args: list[str], output: Path) -> dict:
    """Run mtqa with stdout to `output`; CPU of the main process and of its workers apart."""
    figures_file = output.with_suffix(".figures")
    env = {**os.environ, "MTQA_BENCH_FIGURES": str(figures_file)}
    start = time.perf_counter()
    with open(output, "wb") as out:
        process = subprocess.run([sys.executable, "-c", _SELF, "-", *args], stdout=out, stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - start
    if process.returncode not in (0, 1):
        sys.exit(f"mtqa {' '.join(args)} failed: {process.stderr.decode()}")
    me, kids, me_rss, kids_rss = figures_file.read_text().split()
    figures_file.unlink()
    return {"wall": wall, "self": float(me), "workers": float(kids), "peak_mb": max(int(me_rss), int(kids_rss)) / 1024}


def write_records(path: Path, count: int, lines: list[str]) -> int:
    """`count` JSONL records, one news line each; their number of words."""
    from mtqa.document import Document

    words_per_line = [Document(line).words for line in lines]
    words = 0
    with open(path, "w", encoding="utf-8") as out:
        for number in range(count):
            at = number % len(lines)
            out.write(json.dumps({"id": number, "mt": lines[at]}, ensure_ascii=False) + "\n")
            words += words_per_line[at]
    return words


def bench_memory(counts: list[int], jobs: int) -> None:
    lines = news_lines()
    peaks = {}
    with tempfile.TemporaryDirectory(prefix="mtqa-bench-") as folder:
        for count in counts:
            path = Path(folder, f"records-{count}.jsonl")
            words = write_records(path, count, lines)
            f = run(["check", str(path), "-f", "jsonl", "--jobs", str(jobs)])
            path.unlink()
            peaks[count] = (f["peak_mb"], f["pss_mb"])
            print(f"{count:,} records, {words:,} words, --format jsonl --jobs {jobs}: wall {f['wall']:.1f} s, "
                  f"CPU {f['cpu']:.1f} s (all processes), peak RSS {f['peak_mb']:.0f} MB (largest process), "
                  f"peak PSS {f['pss_mb']:.0f} MB (all processes, sampled); "
                  f"{words / f['wall']:,.0f} words/s wall, {words / f['cpu']:,.0f} words per CPU second")
    if len(counts) > 1:
        low, high = counts[0], counts[-1]
        print(f"peak at {high:,} / peak at {low:,} records: RSS {peaks[high][0] / peaks[low][0]:.2f}, "
              f"PSS {peaks[high][1] / max(peaks[low][1], 1):.2f} (target <= 1.2, and <= 300 MB)")


def bench_dask(count: int, jobs: int) -> None:
    lines = news_lines()
    with tempfile.TemporaryDirectory(prefix="mtqa-bench-") as folder:
        path = Path(folder, "records.jsonl")
        words = write_records(path, count, lines)
        results = {}
        for label, extra in (("--jobs 1", ["--jobs", "1"]), (f"--scheduler local --jobs {jobs}", ["--scheduler", "local", "--jobs", str(jobs)])):
            out = Path(folder, "out.jsonl")
            with open(out, "wb") as handle:
                f = run(["check", str(path), "-f", "jsonl", *extra], stdout=handle)
            results[label] = out.read_bytes()
            findings = json.loads(results[label].rsplit(b"\n", 2)[-2])["summary"]["findings"]
            print(f"{count:,} records, {words:,} words, {label}: wall {f['wall']:.1f} s, CPU of mtqa's process {f['cpu']:.1f} s, "
                  f"{findings} findings")
        first, second = results.values()
        print(f"same report, byte for byte: {first == second}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("jobs", "memory", "dask"))
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--records", type=int, nargs="+", default=None)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3, help="jobs: runs of each, the least CPU kept")
    args = parser.parse_args()
    if args.what == "jobs":
        bench_jobs(args.documents, args.jobs or 2, args.repeat)
    elif args.what == "memory":
        bench_memory(args.records or [100_000, 1_000_000], args.jobs or 1)
    else:
        bench_dask((args.records or [100_000])[0], args.jobs or 2)


if __name__ == "__main__":
    main()
