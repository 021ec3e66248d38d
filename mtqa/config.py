"""Configuration: `[tool.mtqa]` in pyproject.toml or a mtqa.toml, found upward from the
working directory; CLI flags override it. Config is data only; unknown keys are errors."""

from __future__ import annotations

import math
import tomllib
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from mtqa.errors import ConfigError
from mtqa.findings import Severity

FAIL_ON = ("minor", "major", "critical", "never")


@dataclass(frozen=True)
class Config:
    """Everything a run can be told; defaults are the documented behaviour."""

    select: tuple[str, ...] = ()  # rule ids or prefixes; empty = all rules
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)  # rule id or prefix -> severity
    fail_on: str = "major"
    lexicons: tuple[str, ...] = ()  # extra lexicon files (paths relative to the config file)
    house_style: dict[str, str] = field(default_factory=dict)  # lexicon entry id -> preferred form
    encoding: str | None = None
    max_file_mb: float = 64.0
    max_sentence_words: int = 45  # run-on threshold (STY001)
    max_annotations: int = 50  # --format github: annotations shown before a summary line
    max_findings_per_rule: int = 200  # per document; the rest become one summary finding
    accept: tuple[str, ...] = ()  # phrases/names never reported, whatever the rule
    accept_rules: dict[str, list[str]] = field(default_factory=dict)  # rule id or prefix -> phrases
    baseline: str | None = None  # baseline or reviewer-decisions file
    max_penalty: float | None = None  # gate: penalty per 1,000 words
    weights: dict[str, float] = field(default_factory=lambda: {"minor": 1.0, "major": 5.0, "critical": 25.0})
    min_bleu: float | None = None
    min_chrf: float | None = None
    max_ter: float | None = None
    unsafe_fixes: bool = False  # SARIF: also offer suggestions not marked safe
    date: str | None = None  # the articles' own date, YYYY-MM-DD (tense rules; mtqa.article_date)
    source: str = ""  # where the config came from, for messages

    def __post_init__(self):
        """A Config made in Python is validated as a config file is: rule patterns in
        `select`, `ignore`, `severity` and `accept_rules` must each match a rule."""
        for key in ("select", "ignore"):
            value = getattr(self, key)
            if isinstance(value, str):
                value = (value,)
            if not isinstance(value, (tuple, list)) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{self.source or 'Config'}: {key} must be a sequence of rule ids or prefixes, not {value!r}")
            object.__setattr__(self, key, tuple(value))
        if self.date is not None:
            object.__setattr__(self, "date", check_date(self.date, f"{self.source or 'Config'}: date"))
        if self.select or self.ignore or self.severity or self.accept_rules:
            check_rule_patterns(self, self.source or "Config")

    def overridden(self, **changes) -> "Config":
        """A copy with the non-None values of `changes` applied (CLI flags)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def without_baseline(self) -> "Config":
        return replace(self, baseline=None)

    def uncapped(self) -> "Config":
        """No limit of findings per rule: `fix` applies every safe suggestion, not only those
        of the first `max_findings_per_rule` findings a report shows."""
        return replace(self, max_findings_per_rule=sys.maxsize)

    def severity_for(self, rule_id: str, default: Severity) -> Severity:
        """The configured severity of a rule: the longest matching id or prefix wins."""
        best = ""
        for key in self.severity:
            if rule_id.startswith(key.upper()) and len(key) > len(best):
                best = key
        return Severity(self.severity[best]) if best else default


_KEYS = {f.name for f in fields(Config)} - {"source"}


def find_config_file(start: Path | None = None) -> Path | None:
    """The nearest mtqa.toml, or pyproject.toml with a [tool.mtqa] table, upward from `start`."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        candidate = folder / "mtqa.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "mtqa" in _read_toml(candidate).get("tool", {}):
            return candidate
    return None


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None


def load_config(path: Path | None = None, search: bool = True) -> Config:
    """Load config from `path`, or from the nearest config file when `search` is true."""
    if path is None and search:
        path = find_config_file()
    if path is None:
        return Config()
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    data = _read_toml(path)
    table = data.get("tool", {}).get("mtqa", {}) if path.name == "pyproject.toml" else data
    if path.name != "pyproject.toml" and "tool" in data and "mtqa" in data["tool"]:
        table = data["tool"]["mtqa"]
    return from_mapping(table, path)


def from_mapping(table: dict, path: Path | str = "<config>") -> Config:
    """Validate a config table and turn it into a Config."""
    where = str(path)
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown config key {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})")
    values: dict = {}
    for key in ("select", "ignore", "lexicons", "accept"):
        if key in table:
            values[key] = tuple(_string_list(table[key], key, where))
    for key in ("severity", "house_style"):
        if key in table:
            if not isinstance(table[key], dict) or not all(isinstance(v, str) for v in table[key].values()):
                raise ConfigError(f"{where}: {key!r} must be a table of strings")
            values[key] = dict(table[key])
    for rule, level in values.get("severity", {}).items():
        if not rule.strip():
            raise ConfigError(f"{where}: an empty severity key would match every rule; name a rule id or prefix")
        if level not in ("minor", "major", "critical"):
            raise ConfigError(f"{where}: severity of {rule!r} must be minor, major or critical, not {level!r}")
    if "accept_rules" in table:
        value = table["accept_rules"]
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: 'accept_rules' must be a table of rule id -> list of phrases")
        values["accept_rules"] = {k.upper(): _string_list(v, f"accept_rules.{k}", where) for k, v in value.items()}
    if "weights" in table:
        value = table["weights"]
        if not isinstance(value, dict) or set(value) - {"minor", "major", "critical"} or not all(
            _is_number(v) and v >= 0 for v in value.values()
        ):
            raise ConfigError(f"{where}: 'weights' must map minor/major/critical to non-negative finite numbers")
        values["weights"] = {**Config().weights, **{k: float(v) for k, v in value.items()}}
    for key in ("max_penalty", "min_bleu", "min_chrf", "max_ter"):
        if key in table:
            if not _is_number(table[key]) or table[key] < 0:
                raise ConfigError(f"{where}: {key} must be a non-negative finite number, not {table[key]!r}")
            values[key] = float(table[key])
    if "baseline" in table:
        if not isinstance(table["baseline"], str):
            raise ConfigError(f"{where}: baseline must be a path")
        values["baseline"] = str((path.parent / table["baseline"]).resolve()) if isinstance(path, Path) else table["baseline"]
    if "fail_on" in table:
        if table["fail_on"] not in FAIL_ON:
            raise ConfigError(f"{where}: fail_on must be one of {', '.join(FAIL_ON)}")
        values["fail_on"] = table["fail_on"]
    if "encoding" in table:
        if not isinstance(table["encoding"], str):
            raise ConfigError(f"{where}: encoding must be a string")
        from mtqa.codec import check_encoding_name

        values["encoding"] = check_encoding_name(table["encoding"], f"{where}: encoding")
    if "max_file_mb" in table:
        if not _is_number(table["max_file_mb"]) or table["max_file_mb"] <= 0:
            raise ConfigError(f"{where}: max_file_mb must be a positive finite number, not {table['max_file_mb']!r}")
        values["max_file_mb"] = float(table["max_file_mb"])
    for key, low in (("max_sentence_words", 10), ("max_annotations", 1), ("max_findings_per_rule", 1)):
        if key in table:
            if not isinstance(table[key], int) or isinstance(table[key], bool) or table[key] < low:
                raise ConfigError(f"{where}: {key} must be a whole number of at least {low}")
            values[key] = table[key]
    if "unsafe_fixes" in table:
        if not isinstance(table["unsafe_fixes"], bool):
            raise ConfigError(f"{where}: unsafe_fixes must be true or false")
        values["unsafe_fixes"] = table["unsafe_fixes"]
    if "date" in table:
        values["date"] = check_date(table["date"], f"{where}: date")
    if "lexicons" in values and isinstance(path, Path):
        values["lexicons"] = tuple(str((path.parent / p).resolve()) for p in values["lexicons"])
    config = Config(source=where, **values)  # checks the rule patterns
    if config.house_style:
        _check_house_style(config, where)
    return config


def to_toml(config: Config) -> str:
    """The settings of `config` as TOML that `from_mapping` reads back (unset ones as
    comments), for `mtqa check --show-config`."""
    import json

    def value(v) -> str:
        if isinstance(v, dict):
            return "{" + ", ".join(f"{json.dumps(str(k))} = {value(x)}" for k, x in v.items()) + "}"
        if isinstance(v, (tuple, list)):
            return json.dumps(list(v), ensure_ascii=False)
        return json.dumps(v, ensure_ascii=False)

    lines = ["# settings after command-line options:"]
    for item in fields(config):
        v = getattr(config, item.name)
        if item.name != "source":
            lines.append(f"# {item.name} = (not set)" if v is None else f"{item.name} = {value(v)}")
    return "\n".join(lines) + "\n"


def _is_number(value) -> bool:
    """A finite int or float (TOML booleans are not numbers here; inf and nan are refused)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def unmatched_rule_patterns(**groups) -> list[str]:
    """`name 'PATTERN'` for every pattern (empty, or matching no rule id) of the groups given
    as name=patterns."""
    from mtqa.rules import all_rules

    ids = [r.id for r in all_rules()]
    return [
        f"{name} {pattern!r}"
        for name, patterns in groups.items()
        for pattern in patterns
        if not pattern.strip() or not any(i.startswith(pattern.upper()) for i in ids)
    ]


def check_rule_patterns(config: Config, where: str = "") -> None:
    """Every select/ignore pattern and severity/accept_rules key must name at least one rule;
    all that do not are named in one ConfigError."""
    unmatched = unmatched_rule_patterns(select=config.select, ignore=config.ignore,
                                        severity=tuple(config.severity), accept_rules=tuple(config.accept_rules))
    raise_unmatched(unmatched, where)


def raise_unmatched(unmatched: list[str], where: str = "") -> None:
    if unmatched:
        prefix = f"{where}: " if where else ""
        verb = "matches" if len(unmatched) == 1 else "match"
        raise ConfigError(f"{prefix}{', '.join(unmatched)} {verb} no rule (`mtqa rules` lists them)")


def _check_house_style(config: Config, where: str) -> None:
    """house_style keys must be lexicon entry ids (built-in or from the configured lexicons)."""
    from mtqa.errors import LexiconError
    from mtqa.lexicon import load_entries

    try:
        known = {e.id for e in load_entries(tuple(config.lexicons))}
    except LexiconError:
        return  # a lexicon that cannot be loaded reports its own error when the rules load it
    for entry_id, form in config.house_style.items():
        if entry_id not in known:
            raise ConfigError(f"{where}: house_style names an unknown lexicon entry {entry_id!r} (`mtqa lexicon search` finds ids)")
        if not form.strip():
            raise ConfigError(f"{where}: house_style form for {entry_id!r} is empty")


def check_date(value, where: str) -> str:
    """`value` when it is a YYYY-MM-DD date (a TOML date too), else a ConfigError naming `where`."""
    import datetime

    from mtqa.article_date import parse_iso

    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        value = value.isoformat()
    if parse_iso(value) is None:
        raise ConfigError(f"{where} must be a date as YYYY-MM-DD, not {value!r}")
    return value.strip()


def _string_list(value, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key!r} must be a list of strings")
    return value
