"""The user's sample: the translationese and syntax scars named in the issue are found, with
the mechanical rewrites where there is one."""

from __future__ import annotations

import json

from conftest import run_cli, shared_file


def test_sample_translationese_and_syntax():
    sample = shared_file("samples/bani-walid-airport.txt")
    report = json.loads(run_cli("check", str(sample), "--format", "json").stdout)
    found = {(f["rule"], f["text"], f["suggestions"][0]["replacement"] if f["suggestions"] else None)
             for f in report["documents"][0]["findings"]}
    assert ("TRN001", "For his part, the", "The") in found
    assert ("TRN001", "It is worth noting that Bani", "Bani") in found
    assert ("SYN001", "And monitored", None) in found
    assert ("SYN003", "the Ministry Libyan Interior", "the Libyan Interior Ministry") in found
    assert ("SYN004", "refuse", "refused") in found
    assert any(rule == "SYN006" and text.startswith("granted the forces") and text.endswith("to leave")
               for rule, text, _ in found)
    assert ("SYN006", "managed to control", "took control of") in found
    assert report["documents"][0]["readability"]["flesch_reading_ease"] is not None
