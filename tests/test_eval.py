"""`mtqa eval`: scoring against gold spans, malformed gold, and the corpus regression gate."""

from __future__ import annotations

import json
import re

from conftest import ROOT, run_cli

CORPORA = ROOT / "corpora"


def _article(folder, name, text, gold):
    (folder / f"{name}.txt").write_text(text, "utf-8")
    if gold is not None:
        (folder / f"{name}.gold.toml").write_text(gold, "utf-8")


GOLD = '''country = "Libya"

[[span]]
text = "For his part,"
family = "TRN"
category = "style/awkward"
severity = "minor"

[[span]]
text = "the island"
family = "NAM"
category = "accuracy/mistranslation"
severity = "major"
fix = "Al Jazeera"

[[span]]
text = "the gate"
family = "SYN"
category = "fluency/grammar"
severity = "minor"

[[span]]
text = "strange"
family = "STY"
category = "style/awkward"
severity = "minor"
debatable = true
'''


def test_hits_misses_false_alarms_and_controls(tmp_path):
    _article(tmp_path, "one", "For his part, the mayor told the island that the gate was strange ، he said.\n", GOLD)
    _article(tmp_path, "clean", "The mayor said the gate was open. It is mentioned that he left.\n", None)
    result = run_cli("eval", str(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    fam = data["families"]
    assert (fam["TRN"]["gold"], fam["TRN"]["hits"]) == (1, 1)
    assert (fam["NAM"]["gold"], fam["NAM"]["recalled"], fam["NAM"]["precision"]) == (1, 1, 1.0)
    assert (fam["SYN"]["gold"], fam["SYN"]["recalled"], fam["SYN"]["recall"]) == (1, 0, 0.0)  # a miss
    assert fam["STY"]["gold"] == 0  # debatable spans count neither way
    assert fam["TYP"]["found"] == 1 and fam["TYP"]["hits"] == 0  # the Arabic comma was not annotated
    assert data["controls_false_alarms"]["findings"] == 1  # the calque in the control text
    text = run_cli("eval", str(tmp_path)).stdout.decode()
    assert re.search(r"^SYN\s+1\s+0\s+0\s+1\.000\s+0\.000\s+0\.000$", text, re.M)
    assert "misses (1):" in text and "'the gate'" in text
    assert "false alarms (2):" in text and "TYP001" in text and "TRN001" in text


def test_missing_span_text_is_a_clear_error(tmp_path):
    _article(tmp_path, "bad", "Nothing here.\n", GOLD)
    result = run_cli("eval", str(tmp_path))
    err = result.stderr.decode()
    assert result.returncode == 2 and len(err.strip().splitlines()) == 1
    assert "bad.gold.toml" in err and "For his part," in err and "Traceback" not in err


def test_thresholds_fail_with_exit_1(tmp_path):
    _article(tmp_path, "one", "For his part, the mayor told the island that the gate was strange.\n", GOLD)
    floors = tmp_path / "floors.toml"
    floors.write_text("[family.SYN]\nrecall = 0.5\n", "utf-8")
    result = run_cli("eval", str(tmp_path), "--thresholds", str(floors), "--quiet")
    assert result.returncode == 1
    assert "SYN recall 0.000 < 0.5" in result.stdout.decode() + result.stderr.decode()


def test_corpora_cover_what_the_issue_asks():
    mt = sorted((CORPORA / "mt").glob("*.txt"))
    clean = sorted((CORPORA / "clean").glob("*.txt"))
    assert len(mt) >= 30 and len(clean) >= 30
    assert all(p.with_suffix(".gold.toml").exists() for p in mt)
    golds = [p.with_suffix(".gold.toml").read_text("utf-8") for p in mt]
    countries = {re.search(r'^country = "([^"]+)"', g, re.M).group(1).split(" (")[0] for g in golds}
    assert len(countries) >= 8, countries
    families = {f for g in golds for f in re.findall(r'^family = "(\w+)"', g, re.M)}
    assert families == {"TYP", "NAM", "TRN", "SYN", "STY", "LNG", "NUM"}


def test_corpus_quality_never_drops_below_the_floors():
    """The regression gate: figures must stay at or above corpora/eval-thresholds.toml."""
    result = run_cli("eval", str(CORPORA), "--thresholds", str(CORPORA / "eval-thresholds.toml"), "--quiet")
    print(result.stdout.decode())
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
