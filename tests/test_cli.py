"""The command line: output formats, exit codes, bad input, determinism, rules/explain."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, run_cli, shared_file

SAMPLE_OURS = ROOT / "corpora" / "mt" / "misrata-port.txt"


def _one_line_error(result):
    err = result.stderr.decode()
    assert result.returncode == 2, (result.returncode, err)
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("mtqa: error:")
    return err


def test_text_format_lines_and_summary():
    result = run_cli("check", str(SAMPLE_OURS))
    lines = result.stdout.decode().splitlines()
    # location, severity, rule, the flagged words, the suggestion, then the message
    assert f'{SAMPLE_OURS}:3:164: minor TYP006 "the the" → the: Doubled word "the".' in lines
    assert f"{SAMPLE_OURS}:3:38: major NAM001 \"the island\" → Al Jazeera: Literal translation" in result.stdout.decode()
    finding_lines = [l for l in lines if l.startswith(f"{SAMPLE_OURS}:")]
    assert lines[-1].startswith(f"{len(finding_lines)} findings (")
    assert lines[-2].startswith("readability: Flesch reading ease ")
    assert "\x1b[" not in result.stdout.decode()  # no colour when not a terminal


def test_text_format_quotes_long_spans_on_one_line():
    from mtqa.render.text_format import QUOTED_MAX, quoted

    assert quoted("the\nisland") == '"the island"'
    long = " ".join(f"word{i}" for i in range(40))
    shown = quoted(long)
    assert shown.startswith('"word0 word1') and shown.endswith('word39"') and " … " in shown
    assert len(shown) <= QUOTED_MAX + 20


def test_text_report_to_a_file_prints_the_summary_on_stderr(tmp_path):
    report = tmp_path / "report.txt"
    result = run_cli("check", str(SAMPLE_OURS), "-o", str(report))
    assert result.stdout == b""
    err = result.stderr.decode()
    assert err.count("\n") == 1 and " findings (" in err and f"report written to {report}" in err
    assert report.read_text("utf-8").splitlines()[-1] == err.split("; report written")[0]


def test_json_contract_and_offsets():
    result = run_cli("check", str(SAMPLE_OURS), "--format", "json", "--fail-on", "never")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["schema"] == 1 and report["mtqa_version"]
    assert set(report["summary"]) >= {"documents", "findings", "passed"}
    doc = report["documents"][0]
    assert set(doc) >= {"path", "id", "words", "findings", "score"}
    assert set(doc["score"]) >= {"penalty", "penalty_per_1000_words", "passed"}
    text = SAMPLE_OURS.read_text("utf-8")
    assert doc["findings"]
    for f in doc["findings"]:
        assert set(f) >= {"rule", "name", "category", "severity", "start", "end", "line", "column",
                          "text", "message", "suggestions"}
        assert f["severity"] in ("minor", "major", "critical")
        assert f["text"] == text[f["start"] : f["end"]]
        line_start = text.rfind("\n", 0, f["start"]) + 1
        assert f["line"] == text.count("\n", 0, f["start"]) + 1
        assert f["column"] == f["start"] - line_start + 1


def test_user_sample_json_offsets_and_apostrophe():
    sample = shared_file("samples/bani-walid-airport.txt")
    result = run_cli("check", str(sample), "--format", "json")
    report = json.loads(result.stdout)
    text = sample.read_text("utf-8")
    findings = report["documents"][0]["findings"]
    for f in findings:
        assert f["text"] == text[f["start"] : f["end"]]
    apostrophe = [f for f in findings if f["rule"] == "TYP008"]
    assert [(f["text"], f["suggestions"][0]["replacement"]) for f in apostrophe] == [
        ("forces ’withdrawal", "forces’ withdrawal")
    ]


def test_output_is_deterministic(tmp_path):
    first = run_cli("check", str(SAMPLE_OURS), "--format", "json").stdout
    second = run_cli("check", str(SAMPLE_OURS), "--format", "json").stdout
    assert first == second


@pytest.mark.parametrize(
    "fail_on,code", [("minor", 1), ("major", None), ("critical", 0), ("never", 0)]
)
def test_fail_on_sets_exit_code(tmp_path, fail_on, code):
    path = tmp_path / "a.txt"
    path.write_text("The talks ended on Tuesday .\n", encoding="utf-8")  # one minor finding
    result = run_cli("check", str(path), "--fail-on", fail_on)
    assert result.returncode == (0 if code is None else code)


def test_major_finding_fails_default_gate(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The minister said that الحكومة would meet.\n", encoding="utf-8")
    assert run_cli("check", str(path)).returncode == 1


def test_stdin_and_directory(tmp_path):
    result = run_cli("check", "-", stdin="Talks ended on Tuesday .\n".encode())
    assert "<stdin>:1:" in result.stdout.decode() and result.returncode == 0
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("One the the two.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fine text.\n", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x the the y\n", encoding="utf-8")
    report = json.loads(run_cli("check", str(tmp_path), "--format", "json").stdout)
    assert [d["id"] for d in report["documents"]] == ["b.txt", "a.md"]


def test_jsonl_records(tmp_path):
    path = tmp_path / "batch.jsonl"
    records = [{"id": "s1", "mt": "It rose by 5 ٪ today.", "src": "ارتفع"}, {"id": 2, "text": "Fine."}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n", encoding="utf-8")
    report = json.loads(run_cli("check", str(path), "--format", "json").stdout)
    assert [d["id"] for d in report["documents"]] == ["s1", "2"]
    finding = report["documents"][0]["findings"][0]
    assert finding["text"] == records[0]["mt"][finding["start"] : finding["end"]]
    lines = run_cli("check", str(path)).stdout.decode().splitlines()
    assert lines[0].startswith(f"{path}#s1:1:")


def test_empty_file_passes(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run_cli("check", str(path))
    assert result.returncode == 0
    assert result.stdout.decode().startswith("0 findings")


@pytest.mark.parametrize(
    "name,content,needle",
    [
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin.txt", "caf\u00e9 ".encode("latin-1") * 3, "--encoding"),
        ("bad.jsonl", b'{"id": 1, "mt": "ok"}\n{"id": 2, "mt": \n', ":2: invalid JSON"),
        ("nomt.jsonl", b'{"id": 1, "src": "x"}\n', ':1: record needs a string "mt"'),
        ("list.jsonl", b'[1, 2]\n', ":1: a record must be a JSON object"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, name, content, needle):
    path = tmp_path / name
    path.write_bytes(content)
    assert needle in _one_line_error(run_cli("check", str(path)))


def test_missing_path_and_empty_directory(tmp_path):
    assert "no such file" in _one_line_error(run_cli("check", str(tmp_path / "nope.txt")))
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "x.csv").write_text("a", encoding="utf-8")
    assert "no supported files" in _one_line_error(run_cli("check", str(tmp_path / "empty")))


def test_unknown_option_and_encoding_are_errors(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    _one_line_error(run_cli("check", str(path), "--format", "yaml"))
    assert "unknown encoding" in _one_line_error(run_cli("check", str(path), "--encoding", "nonsense-enc"))


def test_huge_file_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 300_000)  # 1.5 MB
    (tmp_path / "mtqa.toml").write_text("max_file_mb = 1\n", encoding="utf-8")
    assert "larger than 1 MB" in _one_line_error(run_cli("check", str(path), cwd=tmp_path))


def test_cp1256_needs_and_accepts_encoding(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("قال الوزير، إن المحادثات ستستأنف.".encode("cp1256"))
    assert "cp1256" in _one_line_error(run_cli("check", str(path)))
    result = run_cli("check", str(path), "--encoding", "cp1256", "--format", "json")
    doc = json.loads(result.stdout)["documents"][0]
    assert [f["rule"] for f in doc["findings"]] == ["TYP005"]


def test_rules_and_explain():
    listing = run_cli("rules").stdout.decode()
    assert "TYP008" in listing and "misplaced-apostrophe" in listing
    explained = run_cli("explain", "typ008")
    assert explained.returncode == 0
    assert "⟦forces ’withdrawal→forces’ withdrawal⟧" in explained.stdout.decode()
    assert "unknown rule" in _one_line_error(run_cli("explain", "NOPE99"))


def test_fix_applies_safe_suggestions_atomically(tmp_path):
    path = tmp_path / "a.txt"
    original = "The talks ended on Tuesday .\nThe the army withdrew.\n"
    path.write_text(original, encoding="utf-8")
    dry = run_cli("fix", str(path), "--dry-run")
    assert dry.returncode == 0 and path.read_text("utf-8") == original
    result = run_cli("fix", str(path))
    assert result.returncode == 0
    assert path.read_text("utf-8") == "The talks ended on Tuesday.\nThe army withdrew.\n"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_fix_keeps_utf16_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Cost 5 ٪ more.\n".encode("utf-16"))
    run_cli("fix", str(path))
    assert path.read_bytes().startswith(b"\xff\xfe") or path.read_bytes().startswith(b"\xfe\xff")
    assert path.read_bytes().decode("utf-16") == "Cost 5% more.\n"


def test_check_never_writes_input(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The the end .\n", encoding="utf-8")
    before = path.read_bytes()
    run_cli("check", str(path), "--format", "json", "--output", str(tmp_path / "out" / "r.json"))
    assert path.read_bytes() == before
    assert json.loads((tmp_path / "out" / "r.json").read_text("utf-8"))["summary"]["findings"] == 2


def test_a_command_run_builds_that_command_alone_with_the_same_usage():
    """`mtqa check …` makes only the check command's options (typer makes every command's at
    each start); its help is the same as the whole app's, and anything else gets the whole app."""
    from typer.testing import CliRunner

    from mtqa import cli

    alone = cli._app_for(["check", "a.txt"])
    assert [c.callback.__name__ for c in alone.registered_commands] == ["check"] and not alone.registered_groups
    assert len(cli.app.registered_commands) > 1 and cli.app.registered_groups  # (the app itself untouched)
    for args in ([], ["--help"], ["lexicon", "list"], ["nosuch"]):
        assert cli._app_for(args) is cli.app
    assert cli._app_for(["rules"]).registered_commands[0].name == "rules"  # (a command named apart from its function)
    runner = CliRunner()
    assert runner.invoke(alone, ["check", "--help"]).output == runner.invoke(cli.app, ["check", "--help"]).output
