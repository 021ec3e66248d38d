"""Pathological inputs for the linear-time tests, built from the recipes of
tests/data/pathological.toml (see the comment at its top)."""

from __future__ import annotations

import itertools
import time
import tomllib
from pathlib import Path

RECIPES = Path(__file__).resolve().parent / "data" / "pathological.toml"


def recipes() -> list[dict]:
    return tomllib.loads(RECIPES.read_text("utf-8"))["recipe"]


def _expanded(recipe: dict):
    """(name, prefix, unit, suffix) for each variant of a recipe."""
    parts = (recipe.get("prefix", ""), recipe["unit"], recipe.get("suffix", ""))
    if "each" in recipe:
        for c in recipe["each"]:
            yield f"{recipe['name']}[{c!r}]", *(p.replace("{c}", c) for p in parts)
    elif "pairs" in recipe:
        for c, d in itertools.permutations(recipe["pairs"], 2):
            yield f"{recipe['name']}[{c + d!r}]", *(p.replace("{c}", c).replace("{d}", d) for p in parts)
    else:
        yield recipe["name"], *parts


def make(prefix: str, unit: str, suffix: str, size: int) -> str:
    body = unit * (max(size - len(prefix) - len(suffix), 0) // len(unit) + 1)
    return (prefix + body)[: size - len(suffix)] + suffix


def inputs() -> list[tuple[str, tuple[str, str, str]]]:
    """(name, (prefix, unit, suffix)) of every generated input."""
    return [(name, (prefix, unit, suffix)) for recipe in recipes() for name, prefix, unit, suffix in _expanded(recipe)]


def cpu_time(action, repeats: int = 3) -> float:
    """The least CPU time of a few runs of `action()` (the least is the least disturbed)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    return best


def grows_linearly(measure, small: int, floor: float, limit: float = 3.0) -> tuple[bool, float, float]:
    """Whether measure(2 * small) costs at most `limit` times measure(small), give or take
    `floor` seconds (timer noise). Under `floor` at the larger size the input passes at once,
    too fast to tell. Returns (ok, t_small, t_large)."""
    large = measure(2 * small)
    if large < floor:
        return True, 0.0, large
    small_time = measure(small)
    if large <= limit * small_time + floor:
        return True, small_time, large
    # again, up to three times: on a loaded machine a single reading may be disturbed (a
    # superlinear cost stays over the limit however often it is measured)
    for _ in range(3):
        large = min(large, measure(2 * small))
        small_time = min(small_time, measure(small))
        if large <= limit * small_time + floor:
            return True, small_time, large
    return False, small_time, large
