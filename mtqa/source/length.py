"""How long an English translation of an Arabic text should be.

x = log(English letters / Arabic letters) has a mean and a spread that depend on the source
length (short texts vary more); both curves were fitted on correct pairs by
tools/calibrate_length.py and are kept in data/source.toml [length]. A translation is judged
by z = (x - mean) / spread.
"""

from __future__ import annotations

import math

from mtqa.source.arabic import normalise

MIN_LETTERS = 12  # below this a ratio says nothing


def letters(text: str, arabic: bool) -> int:
    """Letters and digits of `text` (Arabic normalised first: no diacritics or tatweel)."""
    if arabic:
        text = normalise(text)
    return sum(1 for c in text if c.isalnum())


def z_score(source_letters: int, log_ratio: float, model: dict) -> float:
    """How far a log ratio lies from the mean for a source of that length, in spreads; lengths
    beyond the fitted range count as its longest (the curves are not extrapolated)."""
    source_letters = min(source_letters, model.get("max_letters", source_letters))
    mean = model["mean_a"] + model["mean_b"] * math.log(source_letters)
    spread = math.sqrt(max(1e-4, model["var_c"] + model["var_d"] / source_letters))
    return (log_ratio - mean) / spread


def judge(source: str, target: str, model: dict) -> tuple[float, float] | None:
    """(z, ratio) of a pair, or None when the source is too short to judge."""
    a, b = letters(source, arabic=True), letters(target, arabic=False)
    if a < MIN_LETTERS:
        return None
    if b == 0:
        return float("-inf"), 0.0
    ratio = b / a
    return z_score(a, math.log(ratio), model), ratio


# Costs of the sentence alignment (in units of z²/2): one source sentence matched by two
# target sentences or the reverse, and a source sentence with no translation at all.
_MERGE_COST = 1.5
_DROP_COST = 4.5


def dropped_sentence(source: str, source_spans: list[tuple[int, int]], target: str,
                     target_spans: list[tuple[int, int]], model: dict) -> tuple[int, int] | None:
    """The span of the source sentence most likely left untranslated, by a length-based
    alignment of the sentences (as Gale and Church align parallel text): beads 1–1, 2–1, 1–2
    cost the squared z of their length ratio, a source sentence matched by nothing costs
    _DROP_COST. None when the best alignment drops nothing."""
    a = [letters(source[s:e], arabic=True) for s, e in source_spans]
    b = [letters(target[s:e], arabic=False) for s, e in target_spans]
    n, m = len(a), len(b)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0

    def bead(src_letters: int, tgt_letters: int) -> float:
        if src_letters < 1 or tgt_letters < 1:
            return _MERGE_COST
        z = z_score(max(src_letters, 1), math.log(tgt_letters / src_letters), model)
        return z * z / 2

    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == inf:
                continue
            moves = [(1, 1, 0.0), (2, 1, _MERGE_COST), (1, 2, _MERGE_COST), (1, 0, None)]
            for di, dj, extra in moves:
                if i + di > n or j + dj > m:
                    continue
                if extra is None:
                    step = _DROP_COST if a[i] >= MIN_LETTERS else 0.5
                else:
                    step = extra + bead(sum(a[i : i + di]), sum(b[j : j + dj]))
                if here + step < cost[i + di][j + dj]:
                    cost[i + di][j + dj] = here + step
                    back[i + di][j + dj] = (di, dj)
    if cost[n][m] == inf:
        return None
    i, j, dropped = n, m, []
    while i or j:
        step = back[i][j]
        if step is None:
            return None
        di, dj = step
        if dj == 0:
            dropped.append(i - 1)
        i, j = i - di, j - dj
    if not dropped:
        return None
    worst = max(dropped, key=lambda k: a[k])
    return source_spans[worst]
