"""Configuration: discovery, validation, select/ignore/severity, CLI overrides."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli

from mtqa.config import Config, find_config_file, from_mapping, load_config
from mtqa.errors import ConfigError
from mtqa.findings import Severity

TEXT = "The talks ended on Tuesday .\nThe the army left.\n"


def test_found_upward_in_pyproject(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.mtqa]\nignore = ["TYP006"]\n', "utf-8")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    monkeypatch.chdir(nested)
    assert find_config_file() == tmp_path / "pyproject.toml"
    assert load_config().ignore == ("TYP006",)


def test_pyproject_without_table_is_skipped(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    assert find_config_file() is None or find_config_file() != tmp_path / "pyproject.toml"


@pytest.mark.parametrize(
    "table,message",
    [
        ({"selct": ["TYP"]}, "unknown config key 'selct'"),
        ({"fail_on": "sometimes"}, "fail_on must be one of"),
        ({"severity": {"TYP006": "huge"}}, "must be minor, major or critical"),
        ({"select": [1, 2]}, "must be a list of strings"),
    ],
)
def test_invalid_config_is_a_clear_error(table, message):
    with pytest.raises(ConfigError, match=message):
        from_mapping(table, "mtqa.toml")


def test_severity_override_longest_prefix_wins():
    config = Config(severity={"TYP": "major", "TYP006": "critical"})
    assert config.severity_for("TYP006", Severity.MINOR) == Severity.CRITICAL
    assert config.severity_for("TYP007", Severity.MINOR) == Severity.MAJOR
    assert config.severity_for("NAM001", Severity.MAJOR) == Severity.MAJOR


def test_cli_flags_override_config(tmp_path):
    (tmp_path / "mtqa.toml").write_text('select = ["TYP006"]\nfail_on = "minor"\n[severity]\nTYP006 = "critical"\n', "utf-8")
    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    result = run_cli("check", str(path), "--format", "json", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert [(f["rule"], f["severity"]) for f in report["documents"][0]["findings"]] == [("TYP006", "critical")]
    assert result.returncode == 1
    result = run_cli("check", str(path), "--format", "json", "--select", "TYP007", "--fail-on", "never", cwd=tmp_path)
    assert [f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"]] == ["TYP007"]
    assert result.returncode == 0
    result = run_cli("check", str(path), "--format", "json", "--no-config", "--ignore", "TYP006,TYP007", cwd=tmp_path)
    assert json.loads(result.stdout)["summary"]["findings"] == 0


def test_bad_config_file_is_exit_2(tmp_path):
    (tmp_path / "mtqa.toml").write_text("colour = 'red'\n", "utf-8")
    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    result = run_cli("check", str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert "unknown config key 'colour'" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
