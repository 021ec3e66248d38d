"""Fit the length model of SRC003 on correct Arabic→English pairs and print the [length]
table for mtqa/data/source.toml (only the fitted numbers ship, never the data).

    python tools/calibrate_length.py ../shared/data/parallel-ar-en/ntrex128_newstest2019-ref.arb.txt \
        ../shared/data/clean-en/ntrex128_newstest2019-src.eng.txt

Model: x = log(target letters / source letters); its mean is a + b·log(L) and its spread
sqrt(c + d/L), L the source length in letters (short segments vary more). z = (x - mean) /
spread; the thresholds are the z beyond which a correct pair almost never falls.
"""

from __future__ import annotations

import math
import sys

from mtqa.source import length


def _least_squares(xs: list[float], ys: list[float], weights: list[float]) -> tuple[float, float]:
    """Weighted fit of y = p + q·x."""
    total = sum(weights)
    mx = sum(w * x for w, x in zip(weights, xs)) / total
    my = sum(w * y for w, y in zip(weights, ys)) / total
    sxx = sum(w * (x - mx) ** 2 for w, x in zip(weights, xs))
    sxy = sum(w * (x - mx) * (y - my) for w, x, y in zip(weights, xs, ys))
    q = sxy / sxx
    return my - q * mx, q


def fit(sources: list[str], targets: list[str]) -> dict:
    rows = []
    for src, tgt in zip(sources, targets):
        a, b = length.letters(src, arabic=True), length.letters(tgt, arabic=False)
        if a >= length.MIN_LETTERS and b:
            rows.append((a, math.log(b / a)))
    rows.sort()
    # bins of equal count: mean and variance per bin, then the two curves through them
    size = max(20, len(rows) // 12)
    bins = [rows[i : i + size] for i in range(0, len(rows), size)]
    centres, means, variances, counts = [], [], [], []
    for chunk in bins:
        if len(chunk) < 10:
            continue
        xs = [x for _, x in chunk]
        mean = sum(xs) / len(xs)
        centres.append(sum(a for a, _ in chunk) / len(chunk))
        means.append(mean)
        variances.append(sum((x - mean) ** 2 for x in xs) / len(xs))
        counts.append(len(chunk))
    a, b = _least_squares([math.log(c) for c in centres], means, counts)
    c, d = _least_squares([1 / c for c in centres], variances, counts)
    model = {"mean_a": a, "mean_b": b, "var_c": max(c, 1e-4), "var_d": max(d, 0.0)}
    zs = sorted(length.z_score(src_len, x, model) for src_len, x in rows)
    model["z_low_quantile_0.1%"] = zs[int(0.001 * len(zs))]
    model["z_high_quantile_99.9%"] = zs[int(0.999 * len(zs)) - 1]
    model["pairs"] = len(rows)
    model["max_letters"] = rows[int(0.99 * len(rows))][0]  # the fitted range ends here
    return model


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    sources = open(argv[0], encoding="utf-8").read().splitlines()
    targets = open(argv[1], encoding="utf-8").read().splitlines()
    model = fit(sources, targets)
    print("[length]")
    for key in ("mean_a", "mean_b", "var_c", "var_d"):
        print(f"{key} = {model[key]:.5f}")
    print(f"max_letters = {model['max_letters']}")
    print(f"# fitted on {model['pairs']} pairs; z at 0.1 %: {model['z_low_quantile_0.1%']:.2f}, "
          f"at 99.9 %: {model['z_high_quantile_99.9%']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
