"""mtqa, proselint and pofilter side by side on real news: words/s, cold start, peak memory.

    pip install -e '.[bench]'          # proselint; pofilter comes with translate-toolkit
    python bench/compare.py [FILE ...] [--repeat 5] [--cold-repeat 7] [--no-8mb] [--markdown]

The text is the clean English news of ../shared/data/clean-en (or $MTQA_SHARED/data/clean-en)
plus any FILEs given, one segment a line, its lines repeated until the file is 1 MB (and 8 MB
for the memory figure). Nothing is installed at run time: a tool that is not importable in this
environment is reported as missing. Each tool runs as its own command; runs are paired (every
round runs every tool once, in turn) and the median of the rounds counts. Wall time comes from
the clock, CPU time and peak resident memory from the kernel's accounting of the child process
(os.wait4); words per CPU second is the figure to trust on a loaded machine. Each command runs
once untimed first (Python's bytecode cache and mtqa's data cache, as after installation).
mtqa runs as users run it (every usable core: a long document's rule families are shared among
them) and with `--jobs 1` (one core); CPU time includes the forked process, peak memory is the
larger of the two processes (the kernel keeps the largest).
proselint reads the text file; pofilter reads a PO file whose units carry the same
lines as source and translation, so all three read the same words.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MTQA_SHARED", ROOT.parent / "shared"))
BIN = Path(sys.executable).parent
TINY = "The minister said the talks would resume in Cairo soon.\n"  # 10 words
MB = 1024 * 1024


def source_lines(extra: list[Path]) -> list[str]:
    """Non-empty lines of the clean-English news files and of the files given."""
    files = sorted((SHARED / "data" / "clean-en").glob("*.txt")) + extra
    lines = [line for f in files for line in f.read_text("utf-8").splitlines() if line.strip()]
    if not lines:
        sys.exit(f"no text: {SHARED / 'data' / 'clean-en'} is missing and no FILE was given")
    return lines


def build_text(lines: list[str], size: int) -> str:
    """The lines repeated, one a line, cut at a line end to at most `size` bytes."""
    out, total = [], 0
    while True:
        for line in lines:
            n = len(line.encode("utf-8")) + 1
            if total + n > size:
                return "\n".join(out) + "\n"
            out.append(line)
            total += n


def write_po(text: str, path: Path) -> None:
    from translate.storage import po

    store = po.pofile()
    for n, line in enumerate(text.splitlines()):
        unit = store.addsourceunit(line)
        unit.target = line
        unit.addlocation(f"text:{n + 1}")
    store.savefile(str(path))


# Tools run as a user runs them: Python may write its bytecode cache (a sandbox that sets
# PYTHONDONTWRITEBYTECODE would otherwise make every run recompile mtqa's editable sources).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_once(command: list[str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MB) of one run of `command`, its output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):  # 1: findings (proselint)
        raise RuntimeError(f"{command[0]} exited {process.returncode}: {stderr[-500:].decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def paired(commands: dict[str, list[str]], rounds: int) -> dict[str, tuple[float, float, float]]:
    """Median wall, median CPU and max peak memory of each command over paired rounds."""
    runs: dict[str, list] = {name: [] for name in commands}
    for command in commands.values():  # untimed: bytecode and data caches as after installation
        run_once(command)
    for _ in range(rounds):
        for name, command in commands.items():
            runs[name].append(run_once(command))
    return {
        name: (statistics.median(r[0] for r in rs), statistics.median(r[1] for r in rs), max(r[2] for r in rs))
        for name, rs in runs.items()
    }


def commands_for(tools: list[str], work: Path, stem: str) -> dict[str, list[str]]:
    every = {
        "mtqa": [str(BIN / "mtqa"), "check", str(work / f"{stem}.txt"), "--no-config",
                 "--format", "json", "--output", str(work / "out.json"), "--fail-on", "never"],
        "mtqa --jobs 1": [str(BIN / "mtqa"), "check", str(work / f"{stem}.txt"), "--no-config", "--jobs", "1",
                          "--format", "json", "--output", str(work / "out1.json"), "--fail-on", "never"],
        "proselint": [sys.executable, "-m", "proselint", "check", str(work / f"{stem}.txt")],
        "pofilter": [str(BIN / "pofilter"), "--progress=none", str(work / f"{stem}.po"), str(work / "out.po")],
    }
    return {name: every[name] for name in tools}


def available() -> tuple[list[str], list[str]]:
    """(tools importable here, notes on those that are not)."""
    tools, notes = ["mtqa", "mtqa --jobs 1"], []  # (by default every usable core; then one)
    if importlib.util.find_spec("proselint"):
        tools.append("proselint")
    else:
        notes.append("proselint: not installed in this environment (pip install -e '.[bench]'; "
                     "it needs the package index, so offline it cannot be added)")
    if importlib.util.find_spec("translate") and (BIN / "pofilter").exists():
        tools.append("pofilter")
    else:
        notes.append("pofilter: translate-toolkit is not installed in this environment")
    return tools, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="more text to mix into the input")
    parser.add_argument("--repeat", type=int, default=3, help="paired rounds on 1 MB (median)")
    parser.add_argument("--cold-repeat", type=int, default=7, help="paired rounds on the tiny file")
    parser.add_argument("--no-8mb", action="store_true", help="skip the 8 MB memory run")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from mtqa.segment import count_words

    tools, notes = available()
    lines = source_lines(args.files)
    big = build_text(lines, MB)
    words = count_words(big)
    with tempfile.TemporaryDirectory(prefix="mtqa-bench-") as tmp:
        work = Path(tmp)
        (work / "big.txt").write_text(big, "utf-8")
        (work / "tiny.txt").write_text(TINY, "utf-8")
        if "pofilter" in tools:
            write_po(big, work / "big.po")
            write_po(TINY, work / "tiny.po")
        cold = paired(commands_for(tools, work, "tiny"), args.cold_repeat)
        full = paired(commands_for(tools, work, "big"), args.repeat)
        huge = {}
        if not args.no_8mb:
            (work / "huge.txt").write_text(build_text(lines, 8 * MB), "utf-8")
            huge = paired(commands_for(["mtqa"], work, "huge"), 1)

    print(f"input: {len(big.encode()) / MB:.2f} MB of real news, {words:,} words; "
          f"median of {args.repeat} paired rounds (cold start: {args.cold_repeat}, {len(TINY.split())}-word file); "
          f"{os.cpu_count()} cores; load {os.getloadavg()[0]:.2f}")
    header = ("tool", "words/s 1 MB", "× proselint", "words/CPU s", "× proselint (CPU)", "cold wall s",
              "cold CPU s", "cold × proselint", "peak MB 1 MB")
    rows = []
    base = full.get("proselint"), cold.get("proselint")
    for name in tools:
        speed, cpu_speed = words / full[name][0], words / full[name][1]
        ratio = f"{speed / (words / base[0][0]):.2f}" if base[0] else "–"
        cpu_ratio = f"{cpu_speed / (words / base[0][1]):.2f}" if base[0] else "–"
        cold_ratio = f"{cold[name][0] / base[1][0]:.2f}" if base[1] else "–"
        rows.append((name, f"{speed:,.0f}", ratio, f"{cpu_speed:,.0f}", cpu_ratio, f"{cold[name][0]:.3f}",
                     f"{cold[name][1]:.3f}", cold_ratio, f"{full[name][2]:,.0f}"))
    if args.markdown:
        print("| " + " | ".join(header) + " |\n|" + "---|" * len(header))
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
        for row in (header, *rows):
            print("  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths))))
    if huge:
        print(f"mtqa peak memory on 8 MB: {huge['mtqa'][2]:,.0f} MB")
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
