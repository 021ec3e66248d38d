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
