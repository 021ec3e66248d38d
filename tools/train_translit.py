"""Learn the Arabic→Latin character model of names (SRC007/SRC008) from name pairs and write
it as a compact table, mtqa/data/translit_ar_en.tsv (Arabic letter, Latin chunk, log p).

    python tools/train_translit.py ../shared/data/names > mtqa/data/translit_ar_en.tsv

Each normalised Arabic letter emits a Latin chunk of 0–3 letters (short vowels, which Arabic
does not write, ride on the chunks: م → m, ma, mu, mo). The chunk probabilities are found by
expectation–maximisation over all monotone alignments (forward–backward), starting uniform.
Only the table ships; its data sources and licences are in mtqa/data/NOTICE-translit.
"""

from __future__ import annotations

import math
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from mtqa.source.arabic import normalise  # noqa: E402

MAX_CHUNK = 3
_LATIN = re.compile(r"[^a-z]")


def read_pairs(folder: Path) -> list[tuple[str, str]]:
    """(normalised Arabic, lower-case Latin letters) of both name lists."""
    pairs = []
    for line in (folder / "google_transliteration_ar2en.txt").read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2:
            pairs.append((parts[0], parts[1]))
    for line in (folder / "netranslit_wd_arabic.normalized.aligned.tokens").read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            pairs.append((parts[1].replace(" ", ""), parts[0]))
    out = []
    for ar, la in pairs:
        ar = "".join(c for c in normalise(ar) if "\u0621" <= c <= "\u064a")
        la = _LATIN.sub("", la.lower())
        if 2 <= len(ar) <= 12 and 2 <= len(la) <= 16 and len(la) <= MAX_CHUNK * len(ar):
            out.append((ar, la))
    return sorted(set(out))


def train(pairs: list[tuple[str, str]], iterations: int = 6) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(lambda: 1e-3))
    for _ in range(iterations):
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for ar, la in pairs:
            _expect(ar, la, table, counts)
        table = defaultdict(lambda: defaultdict(lambda: 1e-6))
        for a, chunks in counts.items():
            total = sum(chunks.values())
            for chunk, value in chunks.items():
                table[a][chunk] = value / total
    return table


def _expect(ar: str, la: str, table, counts) -> None:
    n, m = len(ar), len(la)
    alpha = [[0.0] * (m + 1) for _ in range(n + 1)]
    alpha[0][0] = 1.0
    for i in range(n):
        probs = table[ar[i]]
        for j in range(m + 1):
            if alpha[i][j]:
                for k in range(0, min(MAX_CHUNK, m - j) + 1):
                    alpha[i + 1][j + k] += alpha[i][j] * probs[la[j : j + k]]
    total = alpha[n][m]
    if total <= 0:
        return
    beta = [[0.0] * (m + 1) for _ in range(n + 1)]
    beta[n][m] = 1.0
    for i in range(n - 1, -1, -1):
        probs = table[ar[i]]
        for j in range(m, -1, -1):
            value = 0.0
            for k in range(0, min(MAX_CHUNK, m - j) + 1):
                value += probs[la[j : j + k]] * beta[i + 1][j + k]
            beta[i][j] = value
    for i in range(n):
        probs = table[ar[i]]
        for j in range(m + 1):
            if alpha[i][j]:
                for k in range(0, min(MAX_CHUNK, m - j) + 1):
                    chunk = la[j : j + k]
                    posterior = alpha[i][j] * probs[chunk] * beta[i + 1][j + k] / total
                    if posterior > 1e-6:
                        counts[ar[i]][chunk] += posterior


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    pairs = read_pairs(Path(argv[0]))
    rng = random.Random(15)
    rng.shuffle(pairs)
    table = train(pairs[:40000])
    print("# Arabic letter\tLatin chunk\tlog p  (tools/train_translit.py; sources in NOTICE-translit)")
    for a in sorted(table):
        for chunk, p in sorted(table[a].items(), key=lambda kv: -kv[1]):
            if p >= 0.002:
                print(f"{a}\t{chunk}\t{math.log(p):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
