"""Build mtqa/data/romanised_shape.tsv: letter n-gram counts of romanised Arabic and of English
words, for the shape test of LNG004 (mtqa/rules/romanised_shape.py reads the file).

Development-time only. Arabic side: the Latin halves of the Arabic-Latin word pairs of
google/transliteration (ar2en.txt, Apache-2.0; see mtqa/data/NOTICE-translit). English side:
the words of the CMU pronouncing dictionary (BSD-style licence), less any word the Arabic side
also has. The table holds counts of letter 1- to 4-grams only, never a word of either list.

    python3 bench/build_romanised_shape.py AR2EN_TXT CMUDICT_FILE [--min 4]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ORDER = 4  # letters of context + 1
_WORD = re.compile(r"[a-z']{3,}")


def grams(word: str):
    """Every n-gram (n = 1..ORDER) ending at each letter of ^^^word$ (the form the rule scores)."""
    padded = "^" * (ORDER - 1) + word + "$"
    for i in range(ORDER - 1, len(padded)):
        for n in range(ORDER):
            yield padded[i - n : i + 1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ar2en")
    parser.add_argument("cmudict")
    parser.add_argument("--min", type=int, default=4)
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "mtqa/data/romanised_shape.tsv"))
    args = parser.parse_args()
    arabic = set()
    for line in open(args.ar2en, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 2:
            arabic.update(w for w in parts[1].lower().replace("’", "'").replace("-", " ").split() if _WORD.fullmatch(w))
    english = set()
    for line in open(args.cmudict, encoding="latin-1"):
        word = line.split(" ")[0].lower()
        if _WORD.fullmatch(word) and word not in arabic:
            english.add(word)
    counts = {"a": Counter(g for w in arabic for g in grams(w)), "e": Counter(g for w in english for g in grams(w))}
    kept = sorted(g for g in set(counts["a"]) | set(counts["e"]) if counts["a"][g] + counts["e"][g] >= args.min)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(f"# letter n-gram\tromanised Arabic count\tEnglish count (bench/build_romanised_shape.py; {len(arabic)} and {len(english)} words)\n")
        for g in kept:
            out.write(f"{g}\t{counts['a'][g]}\t{counts['e'][g]}\n")
    print(f"{len(kept)} n-grams -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
