"""The property tests of `mtqa fix` over many generated files (issue 11 asks for 10,000).

    python bench/fix_properties.py [--files 10000] [--seed 0]

Each generated file is random MT-style text in one of the supported encodings (UTF-8 with and
without BOM, UTF-16/32 LE/BE with BOM, BOM-less UTF-16 LE/BE, cp1256 and ISO-8859-6 named with
--encoding), with one or mixed line-ending styles, sometimes with a legacy encoding in config
that must be ignored. For each file: reading and writing back without edits gives the same
bytes; check output is the same twice; `fix` changes exactly the bytes of the edits it applied.
Any failure stops the run with hypothesis's minimal failing example (exit 1).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, assume, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_fix_properties import ENCODINGS, articles, check_one  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    tally: Counter = Counter()

    @seed(args.seed)
    @settings(max_examples=args.files, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(text=articles(), encoding=st.sampled_from(ENCODINGS), unsafe=st.booleans(),
           config_encoding=st.sampled_from([None, "cp1256"]))
    def run(text, encoding, unsafe, config_encoding):
        with tempfile.TemporaryDirectory() as folder:
            edits = check_one(text, encoding, unsafe, Path(folder), config_encoding)
        tally["generated"] += 1
        if edits is None:
            tally["not applicable"] += 1
        assume(edits is not None)  # does not count towards --files; another file is generated
        tally["checked"] += 1
        tally["edited files" if edits else "files without edits"] += 1
        tally["edits"] += edits
        tally[f"encoding {encoding.codec}{'+bom' if encoding.bom else ''}{' (named)' if encoding.named else ''}"] += 1

    start = time.perf_counter()
    try:
        run()
    except AssertionError as exc:
        print(f"FAILED after {tally['checked']} files: {exc}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - start
    print(f"fix properties held on {tally['checked']} generated files "
          f"({tally['edited files']} edited, {tally['edits']} edits; {tally['files without edits']} without edits; "
          f"{tally['not applicable']} more generated but not applicable) in {seconds:.0f} s")
    for key in sorted(k for k in tally if k.startswith("encoding ")):
        print(f"  {key}: {tally[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
