"""mtqa.regexes.compile gives the pattern re.compile gives (the same code: Pattern == compares
it), whether compiled afresh or rebuilt from the on-disk cache."""

from __future__ import annotations

import re

import pytest

from mtqa import regexes

PATTERNS = [
    (r"\b(?:last|earlier)\s+(?:week|month)\b", re.IGNORECASE),
    (r"(?P<verb>said|added),?\s+(?P=verb)ing", 0),
    (r"""[^\W\d_](?:\.[^\W\d_])+\.?   # dotted
         | \w+(?:['’\-]\w+)*""", re.VERBOSE),
    (r"(?<![.?!…])[.?!…]++[\"'”’»)\]]*+(?=\s)", 0),
    (r"(?i:ſaying|K)|İstanbul|\d{1,3}(?:,\d{3})*", 0),
    (r"(a)(b)?(?(2)c|d)", re.MULTILINE | re.DOTALL),
    ("", 0),
]


@pytest.fixture()
def fresh(monkeypatch, tmp_path):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexes, "_codes", None)
    monkeypatch.setattr(regexes, "_made", {})
    return tmp_path


def test_same_patterns_fresh_and_from_the_cache(fresh, monkeypatch):
    for pattern, flags in PATTERNS:
        assert regexes.compile(pattern, flags) == re.compile(pattern, flags)
    regexes._store()
    assert list(fresh.glob("regex-code-*.marshal"))
    monkeypatch.setattr(regexes, "_codes", None)  # a new process: the code comes from the file
    monkeypatch.setattr(regexes, "_made", {})
    assert len(regexes._stored()) == len(PATTERNS)
    for pattern, flags in PATTERNS:
        compiled = regexes.compile(pattern, flags)
        reference = re.compile(pattern, flags)
        assert compiled == reference and compiled.groupindex == reference.groupindex
        assert compiled.groups == reference.groups and compiled.flags == reference.flags
    text = "He said, saiding it. ſaying K last  week U.S. 1,200 İstanbul"
    for pattern, flags in PATTERNS:
        assert ([m.span() for m in regexes.compile(pattern, flags).finditer(text)]
                == [m.span() for m in re.compile(pattern, flags).finditer(text)])


def test_errors_and_other_inputs_as_re(fresh, monkeypatch):
    with pytest.raises(re.error):
        regexes.compile("(unclosed")
    assert regexes.compile(rb"\d+") == re.compile(rb"\d+")
    monkeypatch.setattr(regexes, "_codes", {("x+", 0): (0, b"damaged", 1, {})})
    assert regexes.compile("x+") == re.compile("x+")
    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    monkeypatch.setattr(regexes, "_codes", None)
    assert regexes.compile("y+", re.I) == re.compile("y+", re.I)


def test_the_entry_keeps_this_runs_patterns_first_within_its_size(fresh, monkeypatch):
    for n in range(40):
        regexes.compile(f"(?:old{n}|older{n})+")
    regexes._store()
    monkeypatch.setattr(regexes, "_codes", None)  # a new run with patterns of its own
    monkeypatch.setattr(regexes, "_made", {})
    for n in range(5):
        regexes.compile(f"new{n}[a-z]+")
    one = len(regexes._stored()[("(?:old0|older0)+", 0)][1]) + len("(?:old0|older0)+")
    monkeypatch.setattr(regexes, "_KEPT_BYTES", 15 * one)
    regexes._store()
    monkeypatch.setattr(regexes, "_codes", None)
    stored = regexes._stored()
    assert all((f"new{n}[a-z]+", 0) in stored for n in range(5))
    assert 5 < len(stored) < 20
    assert sum(len(code) + len(pattern) for (pattern, _), (_, code, _, _) in stored.items()) <= 15 * one


def test_a_damaged_entry_is_cut_down_not_fatal(fresh, monkeypatch):
    monkeypatch.setattr(regexes, "_codes", {("x+", 0): "damaged", 7: (1, 2)})
    assert regexes.compile("x+") == re.compile("x+")
    regexes._store()
    monkeypatch.setattr(regexes, "_codes", None)
    assert list(regexes._stored()) == [("x+", 0)]
