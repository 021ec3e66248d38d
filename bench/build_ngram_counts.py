"""Build mtqa/lexicon/ngram_counts.bin: how often word n-grams occur in clean English prose.

Development-time only. Reads plain-text corpora (paths given on the command line; a Brown-style
"word/tag" token is reduced to its word) and writes counts of *hashed* 1- to 3-grams — never
text — for the "ordinary English" evidence of NAM001 (mtqa/lexicon/ngrams.py reads the file).
Two counts per phrase: lower-cased, and "title" (every word capitalised, not sentence-initial:
"Middle East", "Gulf"), so a phrase English writes as a name is known as one.

    python3 bench/build_ngram_counts.py CORPUS_FILE_OR_DIR... [--min 2]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mtqa.lexicon.ngrams import HEADER, phrase_hash, title_key  # noqa: E402

_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|[.!?;:]")
_TAGGED = re.compile(r"(\S+)/[a-z$*+\-`'.,:()]+(?=\s|$)")


def files(paths):
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(("README", "LICENSE", "CONTENTS", "cats")))
        else:
            yield path


def sentences(text: str):
    if _TAGGED.search(text[:2000] or ""):
        text = _TAGGED.sub(r"\1", text)
    for line in text.splitlines():
        words: list[str] = []
        for token in _TOKEN.findall(line):
            if token in ".!?;:":
                if words:
                    yield words
                words = []
            else:
                words.append(token.split("'")[0] if token.lower().endswith("'s") else token)
        if words:
            yield words


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--min", type=int, default=2, help="drop phrases seen fewer times")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "mtqa/lexicon/ngram_counts.bin"))
    args = parser.parse_args()
    counts: Counter[int] = Counter()
    tokens = 0
    for path in files(args.paths):
        text = path.read_text("utf-8", errors="replace")
        for words in sentences(text):
            tokens += len(words)
            lower = [w.lower() for w in words]
            for n in (1, 2, 3):
                for i in range(len(words) - n + 1):
                    phrase = " ".join(lower[i : i + n])
                    counts[phrase_hash(phrase)] += 1
                    if i > 0 and all(w[0].isupper() for w in words[i : i + n]):
                        counts[phrase_hash(title_key(phrase))] += 1
    kept = sorted((h, min(c, 65535)) for h, c in counts.items() if c >= args.min)
    from array import array

    hashes = array("I", (h for h, _ in kept))
    values = array("H", (c for _, c in kept))
    with open(args.out, "wb") as out:
        out.write(HEADER + len(kept).to_bytes(4, "little") + tokens.to_bytes(4, "little"))
        if sys.byteorder != "little":
            hashes.byteswap()
            values.byteswap()
        out.write(hashes.tobytes())
        out.write(values.tobytes())
    print(f"{tokens} tokens, {len(kept)} phrases kept -> {args.out}")


if __name__ == "__main__":
    main()
