"""Build the word lists of TYP015 (misspelt-word) from pyspellchecker's English dictionary.

Development-time only (pip install pyspellchecker). Writes two files under mtqa/lexicon/:
- english_words.bin: the 32-bit hashes (mtqa.lexicon.ngrams.phrase_hash) of every word of 4+
  plain letters in the dictionary, sorted: "is this an English word" without the word list;
- spelling_common.json.gz: {word: count} for the dictionary's words of 4+ letters counted at
  least --min times: the ordinary words a misspelling is corrected to (loaded into a
  spellchecker.SpellChecker, whose own dictionary costs about 40 MB).
The dictionary is MIT-licensed (Copyright (c) 2018-2021 Tyler Barrus); see mtqa/lexicon/NOTICE-spelling.

    python3 bench/build_spelling_words.py [--min 300]
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

HEADER = b"MTQAWS1\0"
_PLAIN = re.compile(r"[a-z]{4,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=300, help="least count of a correction word")
    args = parser.parse_args()
    data = json.loads(gzip.decompress(pkgutil.get_data("spellchecker", "resources/en.json.gz")))
    words = {word: count for word, count in data.items() if _PLAIN.fullmatch(word)}
    out = Path(__file__).resolve().parents[1] / "mtqa" / "lexicon"
    hashes = array("I", sorted({phrase_hash(word) for word in words}))
    if sys.byteorder != "little":
        hashes.byteswap()
    (out / "english_words.bin").write_bytes(HEADER + len(hashes).to_bytes(4, "little") + hashes.tobytes())
    common = dict(sorted((word, count) for word, count in words.items() if count >= args.min))
    text = json.dumps(common, separators=(",", ":"))
    (out / "spelling_common.json.gz").write_bytes(gzip.compress(text.encode("utf-8"), 9, mtime=0))
    print(f"{len(hashes)} words hashed, {len(common)} correction words (count >= {args.min})")


if __name__ == "__main__":
    main()
