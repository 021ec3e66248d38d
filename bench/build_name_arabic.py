"""Build mtqa/data/name_arabic.tsv: the Arabic spelling of common Latin name tokens, so that
NAM002 can tell another name from another spelling ("Hassan" حسن is not "Husni" حسني misspelt;
"Salih" and "Saleh" are both صالح).

Development-time only. Source: person-name tokens from Wikidata, steveash/NETransliteration-
COLING2018 @ 5d5f59e5, data/wd_arabic.normalized.aligned.tokens (CC0 1.0; see
mtqa/data/NOTICE-translit): `latin<TAB>arabic letters spaced<TAB>count`. Tokens seen at least
--min times are kept, lower case, with their Arabic letters joined and normalised as the
lexicon's gloss keys are (one alif, final ya, no diacritics).

    python3 bench/build_name_arabic.py WD_ARABIC_TOKENS [--min 3] > mtqa/data/name_arabic.tsv
"""

from __future__ import annotations

import argparse
import re
import sys

_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
_ALIF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tokens")
    parser.add_argument("--min", type=int, default=3)
    args = parser.parse_args()
    table: dict[str, set[str]] = {}
    with open(args.tokens, encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not parts[2].isdigit() or int(parts[2]) < args.min:
                continue
            latin = parts[0].strip().lower()
            arabic = _DIACRITICS.sub("", parts[1].replace(" ", "")).translate(_ALIF)
            if re.fullmatch(r"[a-z][a-z'-]{1,24}", latin) and arabic:
                table.setdefault(latin, set()).add(arabic)
    out = sys.stdout
    out.write("# Latin name token -> its Arabic spelling(s); bench/build_name_arabic.py from Wikidata\n"
              "# person-name tokens (CC0 1.0: see NOTICE-translit)\n")
    for latin in sorted(table):
        out.write(f"{latin}\t{' '.join(sorted(table[latin]))}\n")


if __name__ == "__main__":
    main()
