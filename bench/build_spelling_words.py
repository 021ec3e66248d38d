"""Build the word lists of TYP015 (misspelt-word) from pyspellchecker's English dictionary.

Development-time only (pip install pyspellchecker). Writes two files under mtqa/lexicon/:
- english_words.bin: the 32-bit hashes (mtqa.lexicon.ngrams.phrase_hash) of every word of 4+
  plain letters in the dictionary, sorted, then each word's count in the same order: "is this
  an English word, and how common" without the word list (the library's own dictionary costs
  about 40 MB and a quarter of a second to load).
The dictionary is MIT-licensed (Copyright (c) 2018-2021 Tyler Barrus); see mtqa/lexicon/NOTICE-spelling.

    python3 bench/build_spelling_words.py
"""

from __future__ import annotations

import argparse
import gzip
import json
import pkgutil
import re
import sys
from array import array
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mtqa.lexicon.ngrams import phrase_hash  # noqa: E402

HEADER = b"MTQAWS2\0"
_PLAIN = re.compile(r"[a-z]{4,}")


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    data = json.loads(gzip.decompress(pkgutil.get_data("spellchecker", "resources/en.json.gz")))
    counts: dict[int, int] = {}
    for word, count in data.items():
        if _PLAIN.fullmatch(word):
            key = phrase_hash(word)
            counts[key] = max(counts.get(key, 0), min(count, 2**32 - 1))
    keys = sorted(counts)
    hashes, values = array("I", keys), array("I", (counts[k] for k in keys))
    if sys.byteorder != "little":
        hashes.byteswap()
        values.byteswap()
    out = Path(__file__).resolve().parents[1] / "mtqa" / "lexicon" / "english_words.bin"
    out.write_bytes(HEADER + len(keys).to_bytes(4, "little") + hashes.tobytes() + values.tobytes())
    print(f"{len(keys)} words hashed with their counts")


if __name__ == "__main__":
    main()
