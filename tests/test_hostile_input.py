"""Issue 11, hostile input: the inputs that hung (items 5-7), the memory bound (item 8) and the
JSONL reader (items 10 and 12). The time bounds here are generous (the machine may be loaded);
tests/test_linear_time.py is the real guard, by ratio."""

from __future__ import annotations

import json
import time

import pytest
from test_reliability_io import mtqa

from mtqa import engine
from mtqa.config import Config
from mtqa.document import Document
from mtqa.markdown import non_prose_spans
from mtqa.segment import sentence_spans
from mtqa.suppress import find_markers

pytestmark = pytest.mark.reliability

HANGS = {
    # item 5: a table-of-contents line (50 dots took 139 s) and a run of question marks
    "dots.txt": "Contents" + "." * 50 + "5\nThe talks resumed. They ended.\n",
    "questions.txt": "?" * 131_072,
    # item 6: an unclosed ignore marker with ids two spaces apart (156 bytes took 65 s)
    "marker.txt": "<!-- mtqa-ignore" + "  TYP" * 28 + "\n",
    # item 7: tatweel without letters (512 KB took 390 s), an unclosed comment, a line of <a
    "tatweel.txt": "\u0640" * 262_144,
    "comment.md": "Text <!--" + " word" * 52_000,
    "tags.txt": "<a " * 43_690,
}


@pytest.mark.parametrize("name", list(HANGS))
def test_inputs_that_hung_check_quickly(tmp_path, name):
    path = tmp_path / name
    path.write_text(HANGS[name], encoding="utf-8")
    start = time.process_time()
    code, _out, err = mtqa("check", str(path), "--no-config", "-f", "json")
    assert code in (0, 1), err
    assert time.process_time() - start < 20  # each took from a minute to hours before


def test_sentence_splitter_still_splits_at_runs_of_marks():
    text = "Really?! He left... Then he came back. Why?? “Now.” She said."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Really?!", "He left...", "Then he came back.", "Why??", "“Now.”", "She said.",
    ]


def test_ignore_markers_take_ids_separated_by_commas_or_spaces():
    markers = find_markers("a <!-- mtqa-ignore NAM001,TYP -->\n<!-- mtqa-ignore  TYP006 ,  SYN -->\nb\n")
    assert [m.rules for m in markers] == [("NAM001", "TYP"), ("TYP006", "SYN")]
    assert [m.line for m in markers] == [1, 3]
    assert find_markers("<!-- mtqa-ignore  TYP  NAM") == []  # unclosed: no marker, no hang


def test_markdown_link_definition_skips_its_line_only():
    text = "[1]: https://example.org/a\nThe the talks ended.\n"
    assert [text[s:e] for s, e in non_prose_spans(text)] == ["[1]: https://example.org/a"]


def test_markdown_inline_code_needs_a_closing_run_of_the_same_length():
    text = "Run ``a ` b`` then `c` and ``` never closed; `d`."
    assert [text[s:e] for s, e in non_prose_spans(text)] == ["``a ` b``", "`c`", "`d`"]


def test_markdown_unclosed_comment_is_text_and_later_comments_still_count():
    text = "One <!-- two --> three <!-- four"
    assert [text[s:e] for s, e in non_prose_spans(text)] == ["<!-- two -->"]


def test_jsonl_records_may_hold_line_and_paragraph_separators(tmp_path):
    path = tmp_path / "r.jsonl"
    records = [{"id": "a", "mt": "The talks\u2028ended\u2029on Monday\x85in Tripoli."}, {"id": 2, "mt": "Fine."}]
    path.write_bytes(b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\r\n" for r in records))
    code, out, err = mtqa("check", str(path), "--no-config", "-f", "json")
    assert code == 0, err
    assert [d["id"] for d in json.loads(out)["documents"]] == ["a", "2"]


@pytest.mark.parametrize("line,message", [
    ('{"id": "a", "mt": "talks \\udc00 ended"}', "lone surrogate"),
    ("[" * 5000 + "]" * 5000, "nested too deeply"),
    ('{"id": ' + "1" * 5000 + ', "mt": "x"}', "number too long"),
    ('{"id": true, "mt": "x"}', '"id" must be a string or a number'),
])
def test_jsonl_hostile_records_are_one_line_errors(tmp_path, line, message):
    path = tmp_path / "r.jsonl"
    path.write_text('{"id": 1, "mt": "Fine."}\n' + line + "\n", encoding="utf-8")
    code, _out, err = mtqa("check", str(path), "--no-config")
    assert code == 2 and err.startswith(f"mtqa: error: {path}:2: ") and message in err, err


def test_jsonl_record_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "r.jsonl"
    big = json.dumps({"id": 2, "mt": "word " * 300_000})
    path.write_text('{"id": 1, "mt": "Fine."}\n' + big + "\n", encoding="utf-8")
    (tmp_path / "mtqa.toml").write_text("max_file_mb = 1\n", encoding="utf-8")
    code, _out, err = mtqa("check", str(path), "--config", str(tmp_path / "mtqa.toml"))
    assert code == 2 and ":2: record larger than 1 MB" in err, err


def test_findings_per_rule_are_capped_with_one_summary_finding():
    text = "([{" * 100_000  # 300,000 unbalanced brackets; each used to be a finding
    report = engine.run([Document(text=text, path="t.txt", id="t.txt")], Config())
    findings = report.documents[0].findings
    assert len(findings) == 201
    summary = [f for f in findings if "dropped" in f.extra]
    assert len(summary) == 1 and summary[0].extra["dropped"] == 300_000 - 200
    assert "max_findings_per_rule = 200" in summary[0].message and not summary[0].suggestions


def test_cap_is_configurable(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("The the talks. The the talks. The the talks.\n", encoding="utf-8")
    code, out, _err = mtqa("check", str(path), "--no-config", "--max-findings-per-rule", "1", "-f", "json")
    findings = json.loads(out)["documents"][0]["findings"]
    assert [f.get("dropped") for f in findings] == [None, 2]
    (tmp_path / "mtqa.toml").write_text("max_findings_per_rule = 0\n", encoding="utf-8")
    code, _out, err = mtqa("check", str(path), "--config", str(tmp_path / "mtqa.toml"))
    assert code == 2 and "max_findings_per_rule must be a whole number of at least 1" in err


def test_run_rules_see_every_document_beyond_the_in_memory_batch(monkeypatch):
    from mtqa import spill

    monkeypatch.setattr(spill, "IN_MEMORY", 3)
    monkeypatch.setattr(spill.SpillList.__init__, "__defaults__", ((), 3))
    texts = ["Forces entered Tarhuna on Monday."] * 5 + ["Forces entered Tarhouna on Monday."]
    docs = [Document(text=t, path="r.jsonl", id=str(i)) for i, t in enumerate(texts)]
    report = engine.run(docs, Config())
    assert len(report.documents) == 6 and report.documents._offsets  # some went to disk
    assert [[f.rule for f in d.findings] for d in report.documents][-1] == ["NAM003"]
    assert [d.id for d in report.documents] == [str(i) for i in range(6)]


def test_streamed_json_report_is_the_json_of_the_report():
    from mtqa.render import json_format

    docs = [Document(text=t, path="r.jsonl", id=str(i)) for i, t in enumerate(["The the talks.", "", "Fine «x»."])]
    report = engine.run(docs, Config())
    assert json_format.render(report) == json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
    empty = engine.run([], Config())
    assert json_format.render(empty) == json.dumps(empty.to_dict(), ensure_ascii=False, indent=2) + "\n"


def test_streamed_report_write_is_atomic(tmp_path):
    from mtqa import safe_write

    target = tmp_path / "report.json"
    target.write_text("old report\n", encoding="utf-8")

    def pieces():
        yield "new "
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        safe_write.write_chunks(target, pieces())
    assert target.read_text(encoding="utf-8") == "old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left
    safe_write.write_chunks(target, iter(["new ", "report\n"]))
    assert target.read_text(encoding="utf-8") == "new report\n"
