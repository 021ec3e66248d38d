"""Speed of `mtqa check` on about 1 MB of news text, and the share of lexicon matching.

    python bench/check_speed.py [--size-mb 1] [--repeat 3]

The input is the clean English news of ../shared/data/clean-en (or $MTQA_SHARED), its lines
repeated to the requested size (the text bench/compare.py uses). Times are CPU seconds of this
process (the machine may be shared). Figures are printed, not asserted: speed targets live
here, not in unit tests.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from mtqa import engine
from mtqa.config import Config
from mtqa.document import Document
from mtqa.engine import Context
from mtqa.rules.names import entity_matches, lexicon

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from compare import build_text as _build, source_lines  # noqa: E402


def build_text(size_mb: float) -> str:
    """The real news of ../shared/data/clean-en, its lines repeated to `size_mb` (as compare.py)."""
    return _build(source_lines([]), int(size_mb * 1024 * 1024))


def best_of(repeat: int, func) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        func()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = build_text(args.size_mb)
    config = Config()
    ctx = Context(config)
    lexicon(ctx)  # load once, as a run does
    words = Document(text).words

    def full():
        engine.run([Document(text)], config)

    def lexicon_only():
        doc = Document(text)
        doc.sentences  # noqa: B018 (shared by all rules, so not counted as lexicon cost)
        entity_matches(doc, ctx)

    def segmentation():
        Document(text).sentences  # noqa: B018

    full_s = best_of(args.repeat, full)
    seg_s = best_of(args.repeat, segmentation)
    both_s = best_of(args.repeat, lexicon_only)
    lex_s = max(both_s - seg_s, 0.0)
    size = len(text.encode("utf-8")) / 1024 / 1024
    print(f"input: {size:.2f} MB, {words} words, {len(lexicon(ctx).entries)} lexicon entries")
    print(f"full check:        {full_s:.3f} s CPU  ({words / full_s:,.0f} words/CPU s)")
    print(f"segmentation:      {seg_s:.3f} s")
    print(f"lexicon matching:  {lex_s:.3f} s  ({100 * lex_s / full_s:.1f} % of the full check)")


if __name__ == "__main__":
    main()
