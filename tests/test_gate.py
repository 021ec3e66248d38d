"""Score, gate, the three ways to silence a finding, baselines and reference-based scores."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli

from mtqa import check_text
from mtqa.config import Config

TYP = ("TYP",)
TEXT = "The the army left .\nThe the convoy left .\n"


def found(text, **config):
    report = check_text(text, config=Config(select=TYP, **config))
    return [(f.rule, f.line, f.text) for f in report.findings]


def test_penalty_quality_and_weights():
    report = check_text("Talks ended on Tuesday .", config=Config(select=TYP))
    score = report.documents[0].score
    assert (score.penalty, score.penalty_per_1000_words, score.quality) == (1.0, 250.0, 75.0)
    heavy = check_text("Talks ended on Tuesday .", config=Config(select=TYP, weights={"minor": 4, "major": 5, "critical": 25}))
    assert heavy.documents[0].score.penalty == 4.0


@pytest.mark.parametrize(
    "fail_on,max_penalty,code",
    [("never", None, 0), ("minor", None, 1), ("major", None, 0), ("never", 500, 0), ("never", 100, 1),
     ("major", 100, 1), ("minor", 1000, 1), ("critical", 1000, 0)],
)
def test_exit_code_for_each_threshold_combination(tmp_path, fail_on, max_penalty, code):
    path = tmp_path / "a.txt"
    path.write_text("Talks ended on Tuesday . The army left.\n", "utf-8")  # one minor, 8 words: 125/1000
    args = ["check", str(path), "--select", "TYP", "--fail-on", fail_on]
    if max_penalty is not None:
        args += ["--max-penalty", str(max_penalty)]
    assert run_cli(*args).returncode == code


def test_inline_marker_next_line_and_same_line():
    assert found(TEXT) == [("TYP006", 1, "The the"), ("TYP007", 1, " ."), ("TYP006", 2, "The the"), ("TYP007", 2, " .")]
    marked = "The the army left .\n<!-- mtqa-ignore TYP006 -->\nThe the convoy left .\n"
    assert found(marked) == [("TYP006", 1, "The the"), ("TYP007", 1, " ."), ("TYP007", 3, " .")]
    trailing = "The the army left . <!-- mtqa-ignore TYP007 -->\nThe the convoy left .\n"
    assert found(trailing) == [("TYP006", 1, "The the"), ("TYP006", 2, "The the"), ("TYP007", 2, " .")]
    everything = "<!-- mtqa-ignore -->\nThe the army left .\nThe the convoy left .\n"
    assert found(everything) == [("TYP006", 3, "The the"), ("TYP007", 3, " .")]


def test_inline_marker_in_markdown(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Title\n\n<!-- mtqa-ignore TYP006 -->\nThe the army left.\n\nThe the convoy left.\n", "utf-8")
    report = json.loads(run_cli("check", str(path), "--format", "json", "--select", "TYP").stdout)
    assert [(f["rule"], f["line"]) for f in report["documents"][0]["findings"]] == [("TYP006", 6)]


def test_accept_lists_in_config():
    assert found(TEXT, accept=("the THE",)) == [("TYP007", 1, " ."), ("TYP007", 2, " .")]
    assert found(TEXT, accept_rules={"TYP007": [" ."]}) == [("TYP006", 1, "The the"), ("TYP006", 2, "The the")]
    assert found(TEXT, accept_rules={"TYP006": [" ."]}) == found(TEXT)  # pair must match rule AND text
    names = check_text("He told the island that talks failed.", config=Config(select=("NAM",), accept=("the island",)))
    assert names.findings == []


def test_accept_lists_from_config_file(tmp_path):
    (tmp_path / "mtqa.toml").write_text('accept = ["the the"]\n[accept_rules]\nTYP007 = [" ."]\n', "utf-8")
    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    report = json.loads(run_cli("check", str(path), "--format", "json", "--select", "TYP", cwd=tmp_path).stdout)
    assert report["summary"]["findings"] == 0


def test_baseline_survives_shifted_lines_and_reports_only_new(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    base = tmp_path / "baseline.json"
    assert run_cli("baseline", "write", str(base), str(path), "--select", "TYP").returncode == 0
    assert run_cli("check", str(path), "--select", "TYP", "--fail-on", "minor", "--baseline", str(base)).returncode == 0
    # shift every line and add one new error
    path.write_text("A new first line.\n\n" + TEXT + "Fighting resumed , officials said.\n", "utf-8")
    result = run_cli("check", str(path), "--select", "TYP", "--fail-on", "minor", "--baseline", str(base), "--format", "json")
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    assert [(f["rule"], f["text"], f["line"]) for f in findings] == [("TYP007", " ,", 5)]
    assert result.returncode == 1


def test_reviewer_decisions_work_as_baseline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    report = json.loads(run_cli("check", str(path), "--select", "TYP", "--format", "json").stdout)
    first, second = report["documents"][0]["findings"][:2]
    decisions = {"schema": 1, "decisions": [
        {"rule": first["rule"], "fingerprint": first["fingerprint"], "decision": "rejected", "comment": "style"},
        {"rule": second["rule"], "fingerprint": second["fingerprint"], "decision": "accepted"},
    ]}
    file = tmp_path / "decisions.json"
    file.write_text(json.dumps(decisions), "utf-8")
    after = json.loads(run_cli("check", str(path), "--select", "TYP", "--format", "json", "--baseline", str(file)).stdout)
    remaining = [f["fingerprint"] for f in after["documents"][0]["findings"]]
    assert first["fingerprint"] not in remaining and second["fingerprint"] in remaining
    assert len(remaining) == 3


def test_bad_baseline_is_exit_2(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    bad = tmp_path / "b.json"
    bad.write_text("[1, 2", "utf-8")
    result = run_cli("check", str(path), "--baseline", str(bad))
    assert result.returncode == 2 and "invalid JSON" in result.stderr.decode()


# --- reference-based scores ---------------------------------------------------------------

HYP = "The army left the city on Sunday.\nTalks resume in Geneva next week.\nThe crossing was closed.\n"
REF = "The army withdrew from the city on Sunday.\nTalks will resume in Geneva next week.\nThe border crossing was closed.\n"


def _sacrebleu_cli(ref: Path, hyp: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "sacrebleu", str(ref), "-i", str(hyp), "-m", "bleu", "chrf", "ter",
         "--chrf-word-order", "2", "-w", "2"],
        capture_output=True, text=True, check=True,
    ).stdout
    return {item["name"]: (item["score"], item["signature"]) for item in json.loads(out)}


def test_reference_scores_equal_sacrebleu_cli(tmp_path):
    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hyp.write_text(HYP, "utf-8")
    ref.write_text(REF, "utf-8")
    expected = _sacrebleu_cli(ref, hyp)
    scored = json.loads(run_cli("score", str(hyp), str(ref), "--format", "json").stdout)
    assert {v["name"]: (v["score"], v["signature"]) for v in scored.values()} == expected
    report = json.loads(run_cli("check", str(hyp), "--ref", str(ref), "--format", "json").stdout)
    assert {v["name"]: (v["score"], v["signature"]) for v in report["metrics"].values()} == expected


def test_jsonl_refs_give_segment_and_run_scores(tmp_path):
    lines = [json.dumps({"id": str(i), "mt": h, "ref": r}) for i, (h, r) in enumerate(zip(HYP.splitlines(), REF.splitlines()))]
    path = tmp_path / "b.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    report = json.loads(run_cli("check", str(path), "--format", "json").stdout)
    assert all("metrics" in d for d in report["documents"])
    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hyp.write_text(HYP, "utf-8")
    ref.write_text(REF, "utf-8")
    expected = _sacrebleu_cli(ref, hyp)
    assert report["metrics"]["bleu"]["score"] == expected["BLEU"][0]


@pytest.mark.parametrize("flag,value,code", [("--min-bleu", "90", 1), ("--min-bleu", "10", 0),
                                             ("--min-chrf", "99", 1), ("--max-ter", "1", 1), ("--max-ter", "99", 0)])
def test_metric_gates(tmp_path, flag, value, code):
    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hyp.write_text(HYP, "utf-8")
    ref.write_text(REF, "utf-8")
    result = run_cli("check", str(hyp), "--ref", str(ref), "--select", "TYP", flag, value)
    assert result.returncode == code


def test_mismatched_line_counts_are_a_clear_error(tmp_path):
    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hyp.write_text(HYP, "utf-8")
    ref.write_text("only one line\n", "utf-8")
    for args in (("score", str(hyp), str(ref)), ("check", str(hyp), "--ref", str(ref))):
        result = run_cli(*args)
        assert result.returncode == 2
        assert re.search(r"3 .*1", result.stderr.decode()) and "Traceback" not in result.stderr.decode()
