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
