"""How well mtqa's per-segment penalty separates bad translations from good ones, with and
without the Arabic source: the AUC (probability that a random bad segment gets a higher
penalty than a random good one, ties counting half) over the correct NTREX pairs and their
copies with one injected error each (tools/inject_source_errors.py, seeded).

    python bench/source_auc.py [SHARED]      # SHARED defaults to $MTQA_SHARED or ../shared
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

from inject_source_errors import build  # noqa: E402

from mtqa import engine  # noqa: E402
from mtqa.config import Config  # noqa: E402
from mtqa.document import Document  # noqa: E402


def auc(bad: list[float], good: list[float]) -> float:
    """Mann–Whitney AUC with ties counting half (sorting, so large sets are fast)."""
    scored = sorted([(v, 1) for v in bad] + [(v, 0) for v in good])
    rank_sum, i = 0.0, 0
    while i < len(scored):
        j = i
        while j < len(scored) and scored[j][0] == scored[i][0]:
            j += 1
        average_rank = (i + j + 1) / 2  # ranks are 1-based
        rank_sum += average_rank * sum(label for _, label in scored[i:j])
        i = j
    n_bad, n_good = len(bad), len(good)
    return (rank_sum - n_bad * (n_bad + 1) / 2) / (n_bad * n_good)


def penalties(records: list[dict], text_key: str, with_source: bool) -> list[float]:
    docs = [Document(r[text_key], id=str(i), source=r["src"] if with_source else None) for i, r in enumerate(records)]
    return [d.score.penalty for d in engine.run(docs, Config()).documents]


def main(argv: list[str]) -> int:
    shared = Path(argv[0] if argv else os.environ.get("MTQA_SHARED", ROOT.parent / "shared"))
    sources = (shared / "data/parallel-ar-en/ntrex128_newstest2019-ref.arb.txt").read_text("utf-8").splitlines()
    targets = (shared / "data/clean-en/ntrex128_newstest2019-src.eng.txt").read_text("utf-8").splitlines()
    good_records = [{"src": s, "mt": t} for s, t in zip(sources, targets)]
    rng = random.Random(15)
    sample = sorted(rng.sample(range(len(good_records)), 600))
    good = [good_records[i] for i in sample]
    print("kind     bad   AUC with source   AUC without")
    all_bad = []
    for kind in ("number", "cut", "copy", "drop"):
        records = build(sources, targets, kind, seed=15)
        records = random.Random(kind).sample(records, min(300, len(records)))
        if kind != "drop":
            all_bad += records
        row = []
        # a dropped line is judged against the same three lines complete
        reference = [{"src": r["src"], "mt": r["good"]} for r in records] if kind == "drop" else good
        for with_source in (True, False):
            row.append(auc(penalties(records, "mt", with_source), penalties(reference, "mt", with_source)))
        print(f"{kind:<8} {len(records):>4}   {row[0]:.3f}             {row[1]:.3f}")
    both = [auc(penalties(all_bad, "mt", ws), penalties(good, "mt", ws)) for ws in (True, False)]
    print(f"{'all':<8} {len(all_bad):>4}   {both[0]:.3f}             {both[1]:.3f}   (against {len(good)} correct pairs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
