"""The project keeps its promises: README's two commands at the top, CI runs the README's test
command, every rule is documented, the README's config example is valid config."""

from __future__ import annotations

import re
import tomllib

from conftest import ROOT

from mtqa.config import from_mapping
from mtqa.rules import all_rules

README = (ROOT / "README.md").read_text("utf-8")


def _top_commands() -> list[str]:
    head = README.split("\n---\n", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", head, re.S)


def test_readme_starts_with_exactly_two_setup_commands():
    commands = _top_commands()
    assert len(commands) == 2
    sample, tests = commands
    assert "mtqa check corpora/" in sample and "reports/" in sample
    assert "pytest" in tests
    assert all("\n" not in c for c in commands)  # one line each


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert _top_commands()[1] in ci.splitlines()
    assert "NLTK_DATA" in ci and "../shared/nltk_data" in ci


def test_every_rule_is_documented_in_readme():
    missing = [r.id for r in all_rules() if r.id not in README]
    assert missing == []


def test_readme_config_example_is_valid():
    block = re.search(r"## Configuration.*?```toml\n(.+?)```", README, re.S).group(1)
    table = tomllib.loads(block)["tool"]["mtqa"]
    config = from_mapping(table, ROOT / "pyproject.toml")
    assert config.fail_on == "major" and config.weights["critical"] == 25
