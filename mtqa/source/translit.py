"""Does an English word transliterate an Arabic one? A character model learned from name
pairs (tools/train_translit.py → data/translit_ar_en.tsv; sources in data/NOTICE-translit):
each normalised Arabic letter emits a Latin chunk of 0–3 letters with a learned probability.
`score` is the best alignment's log-probability per letter of both words (Viterbi); pairs of a
name and its transliteration score high, unrelated words low (threshold in source.toml)."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

from mtqa.source.arabic import normalise, stems

_UNSEEN = math.log(1e-4)  # an Arabic letter the table does not know, emitting one letter
_RARE = -9.0  # a chunk of 0–2 letters the table does not list for a letter
_LATIN = re.compile(r"[^a-z]")


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, float]]:
    rows: dict[str, dict[str, float]] = {}
    text = resources.files("mtqa").joinpath("data/translit_ar_en.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        letter, chunk, logp = line.split("\t")
        rows.setdefault(letter, {})[chunk] = float(logp)
    return rows


@lru_cache(maxsize=65536)
def score(arabic: str, latin: str) -> float:
    """Best log-probability of `latin` (any case, letters only used) given the normalised
    Arabic word, divided by the letters of both; -inf when no alignment exists."""
    latin = _LATIN.sub("", latin.lower())
    n, m = len(arabic), len(latin)
    if not n or not m or m > 3 * n + 2:
        return float("-inf")
    rows = table()
    worst = float("-inf")
    best = [[worst] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n):
        chunks = rows.get(arabic[i])
        for j in range(m + 1):
            here = best[i][j]
            if here == worst:
                continue
            if chunks is None:  # unknown letter: one Latin letter at a low price
                if j < m and here + _UNSEEN > best[i + 1][j + 1]:
                    best[i + 1][j + 1] = here + _UNSEEN
                continue
            for k in range(0, min(3, m - j) + 1):
                logp = chunks.get(latin[j : j + k], _RARE if k < 3 else None)
                if logp is not None and here + logp > best[i + 1][j + k]:
                    best[i + 1][j + k] = here + logp
    total = best[n][m]
    return total / (n + m) if total != worst else worst


def best_score(arabic_word: str, latin: str) -> float:
    """`score` over the forms of an Arabic word with and without its clitics and article."""
    return max(score(form, latin) for form in stems(normalise(arabic_word)))
