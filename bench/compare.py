"""mtqa against the tools people know, on the same text: words/s on ~1 MB, cold start on a
1,000-word article, peak memory.

    pip install -e '.[bench]'
    python bench/compare.py [--size-mb 1] [--repeat 3] [--markdown]

The text is our own MT-style sample plus the clean English news of ../shared/data/clean-en
(or $MTQA_SHARED), repeated to the size asked for. proselint checks the text file; pofilter
(translate-toolkit) checks a PO file whose units hold the same paragraphs as source and
translation, so both read the same words. Every tool runs as its own command, timed from the
outside with /usr/bin/time (wall time, peak resident memory); the best of --repeat runs counts.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_speed import build_text  # noqa: E402

from mtqa.segment import count_words  # noqa: E402

BIN = Path(sys.executable).parent


def write_po(text: str, path: Path) -> None:
    from translate.storage import po

    store = po.pofile()
    for n, paragraph in enumerate(p for p in text.split("\n\n") if p.strip()):
        unit = store.addsourceunit(paragraph)
        unit.target = paragraph
        unit.addlocation(f"text:{n + 1}")
    store.savefile(str(path))


def timed(command: list[str]) -> tuple[float, float]:
    """(seconds, peak MB) of one run of `command`."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *command], capture_output=True, text=True)
    last = result.stderr.strip().splitlines()[-1]
    match = re.fullmatch(r"([\d.]+) (\d+)", last)
    if not match:
        raise RuntimeError(f"{command[0]} failed: {result.stderr[-500:]}")
    return float(match.group(1)), int(match.group(2)) / 1024


def best(command: list[str], repeat: int) -> tuple[float, float]:
    runs = [timed(command) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    big = build_text(args.size_mb)
    words = count_words(big)
    small_words = big.split()[:1000]
    small = " ".join(small_words)
    work = Path(tempfile.mkdtemp(prefix="mtqa-bench-"))
    try:
        (work / "big.txt").write_text(big, "utf-8")
        (work / "small.txt").write_text(small, "utf-8")
        write_po(big, work / "big.po")
        write_po(small, work / "small.po")
        tools = {
            "mtqa": lambda f: [str(BIN / "mtqa"), "check", str(work / f"{f}.txt"), "--no-config",
                               "--format", "json", "--output", str(work / "out.json"), "--fail-on", "never"],
            "proselint": lambda f: [str(BIN / "proselint"), "check", str(work / f"{f}.txt")],
            "pofilter": lambda f: [str(BIN / "pofilter"), "--progress=none", str(work / f"{f}.po"),
                                   str(work / "out.po")],
        }
        rows = []
        for name, command in tools.items():
            if not shutil.which(command("big")[0]):
                rows.append((name, None, None, None))
                continue
            seconds, memory = best(command("big"), args.repeat)
            cold, _ = best(command("small"), args.repeat)
            rows.append((name, words / seconds, cold, memory))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    size = len(big.encode("utf-8")) / 1024 / 1024
    print(f"input: {size:.2f} MB, {words:,} words; cold start on a 1,000-word article; "
          f"best of {args.repeat}; {os.cpu_count()} cores")
    header = ("tool", "words/s (1 MB)", "cold start, 1,000 words (s)", "peak memory, 1 MB (MB)")
    if args.markdown:
        print("| " + " | ".join(header) + " |\n|" + "---|" * len(header))
    for name, speed, cold, memory in rows:
        if speed is None:
            print(f"{name}: not installed")
        elif args.markdown:
            print(f"| {name} | {speed:,.0f} | {cold:.2f} | {memory:,.0f} |")
        else:
            print(f"{name:<10} {speed:>12,.0f} words/s   cold {cold:6.2f} s   peak {memory:8,.0f} MB")


if __name__ == "__main__":
    main()
