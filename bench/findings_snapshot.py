"""Save or compare mtqa's JSON reports on fixed inputs: a guard that a speed change alters no finding.

    python bench/findings_snapshot.py save DIR      # reports of this checkout into DIR
    python bench/findings_snapshot.py diff DIR      # exit 1 and name the inputs whose report changed

Inputs: the clean English news of $MTQA_SHARED/data/clean-en (alone and with its Arabic source),
our corpora/ directory, the blind-dev cases as one JSONL file (as ../shared/tools/score_cases.py
sends them) and the 1 MB of real news bench/compare.py builds. Each runs as
`mtqa check --no-config --format json --fail-on never`; the reports are compared byte for byte
after the input paths are made relative.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MTQA_SHARED", ROOT.parent / "shared"))
MTQA = str(Path(sys.executable).parent / "mtqa")
sys.path.insert(0, str(ROOT / "bench"))
from compare import MB, build_text, source_lines  # noqa: E402


def inputs(work: Path) -> dict[str, list[str]]:
    """Name → arguments of `mtqa check` for every input."""
    clean = SHARED / "data" / "clean-en" / "ntrex128_newstest2019-src.eng.txt"
    arabic = SHARED / "data" / "parallel-ar-en" / "ntrex128_newstest2019-ref.arb.txt"
    cases = work / "blind-dev.jsonl"
    with cases.open("w", encoding="utf-8") as out:
        for line in (SHARED / "data" / "blind-dev" / "cases.jsonl").read_text("utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                record = {"id": case["id"], "mt": case["text"]}
                if case.get("source"):
                    record["src"] = case["source"]
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    news = work / "news1mb.txt"
    news.write_text(build_text(source_lines([]), MB), "utf-8")
    return {
        "clean-en": [str(clean)],
        "clean-en-source": [str(clean), "--source", str(arabic)],
        "corpora": [str(ROOT / "corpora")],
        "blind-dev": [str(cases)],
        "news1mb": [str(news)],
    }


def report(arguments: list[str], work: Path) -> str:
    command = [MTQA, "check", *arguments, "--no-config", "--format", "json", "--fail-on", "never"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} exited {done.returncode}: {done.stderr[-800:]}")
    return done.stdout.replace(str(work), "WORK").replace(str(ROOT), "ROOT").replace(str(SHARED), "SHARED")


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[1] not in ("save", "diff"):
        sys.exit(__doc__)
    mode, store = sys.argv[1], Path(sys.argv[2])
    store.mkdir(parents=True, exist_ok=True)
    changed = []
    with tempfile.TemporaryDirectory(prefix="mtqa-snap-") as tmp:
        work = Path(tmp)
        for name, arguments in inputs(work).items():
            text = report(arguments, work)
            path = store / f"{name}.json"
            if mode == "save":
                path.write_text(text, "utf-8")
                print(f"saved {path}")
            elif path.read_text("utf-8") != text:
                (store / f"{name}.new.json").write_text(text, "utf-8")
                changed.append(name)
                print(f"CHANGED {name} (see {store / name}.new.json)")
            else:
                print(f"same    {name}")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
