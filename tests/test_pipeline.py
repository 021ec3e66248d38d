"""Issue 17, items 7–12: what a pipeline engineer wiring mtqa into CI meets first — locations
of JSONL records and translation units in every file-pointing format, SARIF fixes that stay
inside their JSON string, rule patterns that match nothing, the ruff/Vale-style options, the
report's JSON Schema, the CI and pre-commit recipes, and several references for `mtqa score`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.config import Config
from mtqa.errors import ConfigError
from mtqa.origin import json_string_origin
from mtqa.render import FORMATS

# one finding of TYP006 (safe fix) and one of NAM001 (unsafe suggestion) per record, with
# escapes before them, keys in odd orders and a repeated "mt" key (json.loads keeps the last)
RECORDS = [
    {"id": "r1", "src": "وقال في النهاية للجزيرة", "mt": "He said \"now\" \u2014 in the the end he told the island."},
    {"mt": "A line\nbreak, tab\t and the the end \U0001F600 told the island.", "id": "r2"},
    {"note": "x", "text": "Plain text with the the doubled word."},
]


def _write_jsonl(path: Path) -> list[str]:
    lines = [
        json.dumps(RECORDS[0], ensure_ascii=True),
        "",
        '{ "mt" : "overwritten", ' + json.dumps(RECORDS[1], ensure_ascii=False)[1:],
        json.dumps(RECORDS[2], ensure_ascii=True),
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return lines


# --- item 7: locations of records and units ----------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.text(), st.dictionaries(st.sampled_from(["id", "src", "ref"]), st.text(max_size=5)),
       st.booleans(), st.data())
def test_json_string_columns_are_exact(text, others, ascii_only, data):
    """For any text however escaped, the columns of any span cut the raw line at exactly that
    span's JSON form."""
    line = json.dumps({**others, "mt": text}, ensure_ascii=ascii_only)
    origin = json_string_origin(line, "mt", 7)
    assert origin.line == 7
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    raw = line[origin.column_of(start) - 1 : origin.column_of(end) - 1]
    assert json.loads(f'"{raw}"') == text[start:end]
    # given the value (as the JSONL reader does), the same origin by the short way when it can
    told = json_string_origin(line, "mt", 7, text)
    assert (told.column, list(told.escape_offsets), list(told.escape_extra)) == \
        (origin.column, list(origin.escape_offsets), list(origin.escape_extra))


@pytest.mark.parametrize("line, text", [
    ('{"id": "a", "mt": "a"}', "a"),  # the value stands quoted twice: found by walking the object
    ('{"id": "x", "mt": ", "}', ", "),  # a closing and an opening quote around the value's text
    ('{"mt": "b", "mt": "a"}', "a"),  # a repeated key: the last counts
    ('{"meta": {"mt": "a"}, "mt": "c"}', "c"),
    ('{"mt": ""}', ""),
])
def test_json_string_origin_given_the_value(line, text):
    assert json.loads(line)["mt"] == text
    assert json_string_origin(line, "mt", 3, text) == json_string_origin(line, "mt", 3)
    assert json_string_origin(line, "mt", 3, text).column == json_string_origin(line, "mt", 3).column


def test_github_junit_markdown_point_at_the_record_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = _write_jsonl(path)
    github = run_cli("check", str(path), "-f", "github", "--no-config").stdout.decode()
    annotations = re.findall(r"file=([^,]+),line=(\d+),col=(\d+),endColumn=(\d+),title=(\w+) [\w-]+ ([^:]+)::", github)
    assert {a[5].rsplit("#", 1)[1] for a in annotations} == {"r1", "r2", "4"}
    assert len(annotations) == 5
    for _file, line, col, end, _rule, name in annotations:
        raw = lines[int(line) - 1]
        record = json.loads(raw)
        assert name.endswith(f"#{record.get('id', line)}")
        assert json.loads(f'"{raw[int(col) - 1:int(end) - 1]}"') in record.get("mt", record.get("text"))
    parallel = run_cli("check", str(path), "-f", "github", "--no-config", "--jobs", "2")
    assert parallel.returncode != 2 and parallel.stdout.decode() == github  # workers keep the origins
    junit = run_cli("check", str(path), "-f", "junit", "--no-config").stdout.decode()
    assert f'name="{path}#r2" file="{path}" line="3"' in junit
    assert f"{path}#r1 (line 1, col " in junit
    markdown = run_cli("check", str(path), "-f", "markdown", "--no-config").stdout.decode()
    assert f"`{path}#4 (line 4, col " in markdown and ":1:" not in markdown


def _apply(lines: list[str], replacements: list[tuple[int, int, int, str]]) -> list[str]:
    """Apply (line, start column, end column, text) edits, right to left on each line."""
    lines = list(lines)
    for line, start, end, text in sorted(replacements, reverse=True):
        raw = lines[line - 1]
        lines[line - 1] = raw[: start - 1] + text + raw[end - 1 :]
    return lines


def test_sarif_fixes_stay_inside_the_json_string(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = _write_jsonl(path)
    safe = json.loads(run_cli("check", str(path), "-f", "sarif", "--no-config").stdout)["runs"][0]["results"]
    every = json.loads(run_cli("check", str(path), "-f", "sarif", "--unsafe-fixes", "--no-config").stdout)["runs"][0]["results"]
    assert {r["ruleId"] for r in safe if "fixes" in r} == {"TYP006"}  # only safe fixes by default
    assert {r["ruleId"] for r in every if "fixes" in r} == {"TYP006", "NAM001"}
    for result in every:
        (location,) = result["locations"]
        region = location["physicalLocation"]["region"]
        record = json.loads(lines[region["startLine"] - 1])
        (logical,) = location["logicalLocations"]
        assert logical["name"] == str(record.get("id", region["startLine"]))
    edits = [(r["deletedRegion"]["startLine"], r["deletedRegion"]["startColumn"], r["deletedRegion"]["endColumn"],
              r["insertedContent"]["text"])
             for result in every for fix in result.get("fixes", [])[:1]
             for change in fix["artifactChanges"] for r in change["replacements"]]
    fixed = _apply(lines, edits)
    for before, after in zip(lines, fixed):
        if not before:
            continue
        old, new = json.loads(before), json.loads(after)
        key = "mt" if "mt" in old else "text"
        assert {k: v for k, v in old.items() if k != key} == {k: v for k, v in new.items() if k != key}
        assert "the the" not in new[key] and "the island" not in new[key]


def test_translation_units_carry_their_line(tmp_path):
    xlf = tmp_path / "b.xlf"
    xlf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '<file original="a" source-language="ar" target-language="en" datatype="plaintext"><body>\n'
        '<trans-unit id="u1">\n<source>x</source>\n<target>It rained on the the coast.</target>\n</trans-unit>\n'
        '<trans-unit id="u2">\n<source>y</source>\n\n<target>Ships waited in the the port.</target>\n</trans-unit>\n'
        '</body></file></xliff>\n', "utf-8")
    po = tmp_path / "b.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgid "a"\nmsgstr "It rained on the the coast."\n\n#~ msgid "old"\n#~ msgstr "Gone."\n', "utf-8")
    github = run_cli("check", str(xlf), str(po), "-f", "github", "--no-config").stdout.decode()
    assert f"file={xlf},line=6,title=TYP006 doubled-word {xlf}#u1::" in github
    assert f"file={xlf},line=11,title=TYP006 doubled-word {xlf}#u2::" in github
    assert f"file={po},line=6,title=TYP006 doubled-word {po}#2::" in github  # its msgstr line
    sarif = json.loads(run_cli("check", str(xlf), "-f", "sarif", "--unsafe-fixes", "--no-config").stdout)
    results = sarif["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["region"] for r in results] == [{"startLine": 6}, {"startLine": 11}]
    assert all("fixes" not in r for r in results)  # no character position in the file: no fix


# --- item 8: rule patterns that match no rule ---------------------------------------------

def test_unmatched_select_and_ignore_are_named_together(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("The talks ended.\n", "utf-8")
    result = run_cli("check", str(text), "--select", "TYPO,NAM", "--ignore", "XYZ", "--no-config")
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "mtqa: error: --select 'TYPO', --ignore 'XYZ' match no rule (`mtqa rules` lists them)"
    (tmp_path / "mtqa.toml").write_text('ignore = ["TYP99"]\n[accept_rules]\nNAMX = ["x"]\n', "utf-8")
    result = run_cli("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 2 and "ignore 'TYP99', accept_rules 'NAMX' match no rule" in result.stderr.decode()


def test_python_config_validates_rule_patterns():
    assert Config(select=["NAM"], ignore="NAM003").ignore == ("NAM003",)
    with pytest.raises(ConfigError, match=r"select 'NAMX', severity 'QQ' match no rule"):
        Config(select=("NAMX",), severity={"QQ": "minor"})
    with pytest.raises(ConfigError, match="select must be a sequence"):
        Config(select=3)


# --- item 12: several references -----------------------------------------------------------

def test_score_takes_several_references(tmp_path):
    import sacrebleu

    hyp = ["The army left the city on Sunday.", "Talks resume in Geneva next week."]
    refs = [["The army withdrew from the city on Sunday.", "Talks will resume in Geneva next week."],
            ["On Sunday the army left the city.", "Negotiations resume next week in Geneva."]]
    paths = []
    for name, lines in (("hyp", hyp), ("ref1", refs[0]), ("ref2", refs[1])):
        paths.append(tmp_path / f"{name}.txt")
        paths[-1].write_text("\n".join(lines) + "\n", "utf-8")
    scored = json.loads(run_cli("score", *map(str, paths), "--format", "json").stdout)
    assert scored["bleu"]["score"] == round(sacrebleu.corpus_bleu(hyp, refs).score, 2)
    assert scored["chrf"]["score"] == round(sacrebleu.corpus_chrf(hyp, refs, word_order=2).score, 2)
    assert scored["ter"]["score"] == round(sacrebleu.corpus_ter(hyp, refs).score, 2)
    assert all("nrefs:2" in v["signature"] for v in scored.values())
    paths[-1].write_text("one line\n", "utf-8")
    short = run_cli("score", *map(str, paths))
    assert short.returncode == 2 and "reference 2 has 1" in short.stderr.decode()


# --- item 10: the report's JSON Schema -----------------------------------------------------

def _strict(schema):
    """The schema with every object closed (additionalProperties false where it lists its
    properties): a field the schema does not describe fails the tests, not the users."""
    if isinstance(schema, dict):
        schema = {k: _strict(v) for k, v in schema.items()}
        if "properties" in schema and "additionalProperties" not in schema:
            schema["additionalProperties"] = False
        return schema
    if isinstance(schema, list):
        return [_strict(v) for v in schema]
    return schema


@pytest.fixture(scope="module")
def validator():
    import jsonschema

    printed = run_cli("schema")
    assert printed.returncode == 0
    schema = json.loads(printed.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(_strict(schema))


def _checked(validator, *args, cwd=None) -> dict:
    result = run_cli("check", *args, "--format", "json", "--no-config", cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    validator.validate(report)
    if "jsonl" in FORMATS:  # the same report a line at a time: documents, then the summary
        import jsonschema

        lines = [json.loads(line) for line in run_cli("check", *args, "--format", "jsonl", "--no-config", cwd=cwd).stdout.splitlines()]
        for line, definition in zip(lines, ["document"] * (len(lines) - 1) + ["jsonl_summary"]):
            jsonschema.Draft202012Validator({"$ref": f"#/$defs/{definition}", "$defs": validator.schema["$defs"]}).validate(line)
        assert lines[:-1] == report["documents"] and lines[-1]["summary"] == report["summary"]
    findings = [f for d in report["documents"] for f in d["findings"]]
    summary = report["summary"]
    assert summary["findings"] == len(findings) == sum(summary["severities"].values()) == sum(summary["rules"].values())
    for rule, count in summary["rules"].items():
        assert count == sum(f["rule"] == rule for f in findings)
    for severity, count in summary["severities"].items():
        assert count == sum(f["severity"] == severity for f in findings)
    return report


def test_every_json_report_validates_against_the_schema(validator, tmp_path):
    from test_reports import _report  # the golden report: source, reference, metrics

    from mtqa import render

    validator.validate(json.loads(render(_report(), "json")))
    _write_jsonl(tmp_path / "batch.jsonl")
    report = _checked(validator, str(tmp_path / "batch.jsonl"))
    assert [d["line"] for d in report["documents"]] == [1, 3, 4]
    (tmp_path / "refs.jsonl").write_text(json.dumps({"id": "a", "mt": "He told the island.", "ref": "He told Al Jazeera."}) + "\n", "utf-8")
    assert "metrics" in _checked(validator, str(tmp_path / "refs.jsonl"))
    (tmp_path / "many.txt").write_text("x ( " * 50 + "\n", "utf-8")
    dropped = _checked(validator, str(tmp_path / "many.txt"), "--max-findings-per-rule", "1")
    assert any("dropped" in f for f in dropped["documents"][0]["findings"])
    (tmp_path / "empty.txt").write_text("", "utf-8")
    _checked(validator, str(tmp_path / "empty.txt"))
    (tmp_path / "b.xlf").write_text(
        '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="a" source-language="ar" target-language="en" datatype="plaintext"><body>\n'
        '<trans-unit id="u1"><source>قال للجزيرة</source><target>He told the island.</target></trans-unit>\n'
        '</body></file></xliff>\n', "utf-8")
    assert _checked(validator, str(tmp_path / "b.xlf"))["documents"][0]["line"] == 3


def test_duplicate_record_ids_name_both_lines(tmp_path):
    path = tmp_path / "dup.jsonl"
    path.write_text('{"id": "a", "mt": "One."}\n{"id": "b", "mt": "Two."}\n\n{"id": "a", "mt": "Three."}\n', "utf-8")
    result = run_cli("check", str(path), "--no-config")
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"mtqa: error: {path}:4: record id 'a' is already used on line 1; ids must be unique"
    path.write_text('{"mt": "One."}\n{"id": 1, "mt": "Two."}\n', "utf-8")
    message = run_cli("check", str(path), "--no-config").stderr.decode()
    assert f"{path}:2: record id '1' is already used on line 1 (a record without \"id\" is named by its line number)" in message


# --- item 9: the options people expect from ruff and Vale ----------------------------------

ARTICLE = "He said the the thing.\r\nThe minister told the island that talks ended .\n"


def test_quiet_statistics_exit_zero(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode())
    full = run_cli("check", str(path), "--no-config")
    quiet = run_cli("check", str(path), "--no-config", "--quiet")
    assert full.returncode == quiet.returncode == 1
    assert quiet.stdout.decode().splitlines() == full.stdout.decode().splitlines()[:3]  # the findings, no summary
    written = run_cli("check", str(path), "--no-config", "-q", "-f", "json", "-o", str(tmp_path / "r.json"))
    assert written.returncode == 1 and written.stderr == b"" and written.stdout == b""
    stats = run_cli("check", str(path), "--no-config", "--statistics")
    assert stats.returncode == 1
    assert stats.stdout.decode().splitlines() == ["1\tNAM001\tliteral-name\tmajor", "1\tTYP006\t[*] doubled-word\tminor",
                                                   "1\tTYP007\t[*] space-before-punctuation\tminor"]
    rows = json.loads(run_cli("check", str(path), "--no-config", "--statistics", "-f", "json").stdout)
    assert rows[0] == {"rule": "NAM001", "name": "literal-name", "severity": "major", "count": 1, "fixable": 0}
    assert run_cli("check", str(path), "--no-config", "--exit-zero").returncode == 0
    assert run_cli("check", str(tmp_path / "missing.txt"), "--exit-zero").returncode == 2  # errors still fail
    refused = run_cli("check", str(path), "--no-config", "--statistics", "-f", "sarif")
    assert refused.returncode == 2 and b"--statistics prints text or json" in refused.stderr


def test_fix_diff_writes_nothing(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode())
    result = run_cli("fix", str(path), "--diff", "--no-config", cwd=tmp_path)
    assert result.returncode == 1
    assert path.read_bytes() == ARTICLE.encode()
    assert result.stdout.decode() == (
        f"--- a/{path}\n+++ b/{path}\n@@ -1,2 +1,2 @@\n"
        "-He said the the thing.\r\n-The minister told the island that talks ended .\n"
        "+He said the thing.\r\n+The minister told the island that talks ended.\n")
    fixed = run_cli("fix", str(path), "--no-config", "-q")
    assert fixed.returncode == 0 and fixed.stderr == b""
    clean = run_cli("fix", str(path), "--diff", "--no-config")
    assert clean.returncode == 0 and clean.stdout == b""


def test_version_and_show_config(tmp_path):
    import tomllib

    from mtqa import __version__
    from mtqa.config import from_mapping

    assert run_cli("-V").stdout.decode().strip() == f"mtqa {__version__}"
    (tmp_path / "mtqa.toml").write_text('ignore = ["TYP010"]\nfail_on = "minor"\n[severity]\nTYP = "major"\n', "utf-8")
    shown = run_cli("check", "--show-config", "--select", "TYP", "--max-penalty", "40", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout.decode()
    assert text.splitlines()[0] == f"# config file: {(tmp_path / 'mtqa.toml').resolve()}"
    resolved = from_mapping(tomllib.loads(text))
    assert (resolved.select, resolved.ignore, resolved.fail_on, resolved.severity, resolved.max_penalty) == (
        ("TYP",), ("TYP010",), "minor", {"TYP": "major"}, 40.0)
    assert "# config file: none (--no-config)" in run_cli("check", "--show-config", "--no-config", cwd=tmp_path).stdout.decode()
    missing = run_cli("check", "--no-config")
    assert missing.returncode == 2 and b"Missing argument 'paths'" in missing.stderr


def test_rules_and_explain_as_json():
    rules = json.loads(run_cli("rules", "--format", "json").stdout)
    by_id = {r["id"]: r for r in rules}
    assert (by_id["TYP007"]["fix"], by_id["NAM001"]["fix"], by_id["TRN001"]["fix"], by_id["STY001"]["fix"]) == (
        "safe", "sometimes", "unsafe", "none")
    for rule in rules:
        assert rule["explanation"] and rule["examples"]["reported"] and rule["examples"]["not_reported"]
        for example in rule["examples"]["reported"]:
            for span in example["spans"]:
                assert 0 <= span["start"] <= span["end"] <= len(example["text"])
    explained = json.loads(run_cli("explain", "typ006", "--format", "json").stdout)
    assert explained == by_id["TYP006"]
    assert run_cli("explain", "TYP006", "--format", "xml").returncode == 2


# --- item 11: the CI and pre-commit recipes ------------------------------------------------

def _hook_pattern(hook_id: str) -> re.Pattern:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text("utf-8")
    (block,) = [b for b in re.split(r"^- id: ", text, flags=re.M) if b.startswith(f"{hook_id}\n")]
    assert "types" not in block  # a `types` filter would drop binary .docx
    return re.compile(re.search(r"^\s*files: (.+)$", block, re.M).group(1).strip())


def test_pre_commit_hooks_cover_what_check_and_fix_read():
    from mtqa import fix, readers

    check_files, fix_files = _hook_pattern("mtqa"), _hook_pattern("mtqa-fix")
    for suffix in sorted(readers.SUPPORTED | {".docx"}):
        assert check_files.search(f"news/article{suffix}"), suffix
    for suffix in sorted(fix.FIXABLE_SUFFIXES):
        assert fix_files.search(f"news/article{suffix}"), suffix
    assert not fix_files.search("batch.jsonl") and not fix_files.search("units.xlf")
    assert not check_files.search("notes.py")


def test_readme_ci_uploads_sarif_before_any_step_can_fail():
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = readme.split("### In CI", 1)[1].split("\n## ", 1)[0]
    workflow = re.search(r"```yaml\n(jobs:.+?)```", ci, re.S).group(1)
    steps = re.split(r"\n\s*- (?=uses|run)", workflow)
    upload = next(i for i, step in enumerate(steps) if "upload-sarif" in step)
    checks = [i for i, step in enumerate(steps) if "mtqa check" in step]
    for i in checks:
        if i < upload:  # a check before the upload must not fail the job, or the upload must run anyway
            assert "--fail-on never" in steps[i] or "if: always()" in steps[upload], steps[i]
    assert "--format sarif" in "".join(steps[i] for i in checks if i < upload)
    assert re.search(r"rev: [0-9a-f]{40}", ci) and "commit sha" in ci  # pinning without tags


def test_duplicate_ids_found_among_many_records():
    from mtqa.errors import InputError
    from mtqa.readers import parse_jsonl

    lines = [json.dumps({"id": f"n{i}", "mt": "Talks resumed."}) for i in range(5000)]
    assert len(list(parse_jsonl(lines, "big.jsonl"))) == 5000  # the id table grows several times
    with pytest.raises(InputError, match=r"^big.jsonl:5001: record id 'n1234' is already used on line 1235;"):
        list(parse_jsonl([*lines, json.dumps({"id": "n1234", "mt": "Again."})], "big.jsonl"))


def test_other_json_outputs_follow_their_definitions(validator, tmp_path):
    import jsonschema

    def check(definition: str, data) -> None:
        schema = {"$ref": f"#/$defs/{definition}", "$defs": validator.schema["$defs"]}
        jsonschema.Draft202012Validator(schema).validate(data)

    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode())
    check("statistics", json.loads(run_cli("check", str(path), "--no-config", "--statistics", "-f", "json").stdout))
    rules = json.loads(run_cli("rules", "--format", "json").stdout)
    check("rule", rules[0])
    for rule in rules:
        check("rule", rule)
    check("rule", json.loads(run_cli("explain", "NAM001", "--format", "json").stdout))
    (tmp_path / "ref.txt").write_text("He said the thing.\nThe minister told Al Jazeera that talks ended.\n", "utf-8")
    check("metrics", json.loads(run_cli("score", str(path), str(tmp_path / "ref.txt"), "-f", "json").stdout))
