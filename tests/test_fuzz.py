"""Fuzz test (hypothesis) of the readers and the whole check through the CLI entry point, in
process: random bytes and random JSONL/XLIFF/PO/TMX/Markdown structure. Whatever the input,
mtqa exits 0, 1 or 2; an exit 2 is one line `mtqa: error: …`; never an internal error, never
a traceback. MTQA_FUZZ_EXAMPLES sets the number of examples per test (default 50)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_reliability_io import mtqa

pytestmark = pytest.mark.reliability

EXAMPLES = int(os.environ.get("MTQA_FUZZ_EXAMPLES", "50"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SUFFIXES = [".txt", ".md", ".jsonl", ".xlf", ".tmx", ".po"]
FORMATS = ["text", "json", "junit", "sarif", "github", "markdown", "html"]

# text with what hostile input carries: controls, escapes, bidi marks, Arabic, markup, quotes
NASTY = st.lists(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("\x00\x1b\x07\x9b\u202e\u2028\u2029\x85\ufeff\r\n\t<>&\"'`#*[](){}.?!،؟٪ـ")),
        st.sampled_from(["<!--", "-->", "mtqa-ignore", "```", "---", "\\", "msgid", "The the", " ."]),
    ),
    max_size=60,
).map("".join)


def assert_clean_exit(result, what) -> None:
    code, _out, err = result
    assert code in (0, 1, 2), (code, err, what)
    assert "Traceback" not in err and "internal error" not in err, (err, what)
    if code == 2:
        assert err.startswith("mtqa: error:") and len(err.strip().splitlines()) == 1, (err, what)


def check_file(name: str, data: bytes, *flags: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        report = Path(folder) / "out" / "report"
        assert_clean_exit(mtqa("check", str(path), "--no-config", "-o", str(report), *flags), data[:300])
        assert path.read_bytes() == data  # check never writes its input


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES), fmt=st.sampled_from(FORMATS))
def test_random_bytes_in_every_format(data, suffix, fmt):
    check_file(f"input{suffix}", data, "-f", fmt)


@FUZZ
@given(data=st.binary(max_size=2000), encoding=st.sampled_from(["cp1256", "utf-16-le", "iso-8859-6", "latin-1"]))
def test_random_bytes_with_a_named_encoding(data, encoding):
    check_file("input.txt", data, "--encoding", encoding, "-f", "json")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats(allow_nan=False) | NASTY,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["id", "mt", "text", "src", "ref", "x"]), inner, max_size=5),
    max_leaves=12,
)
RECORDS = st.fixed_dictionaries(
    {"mt": NASTY},
    optional={"id": st.one_of(NASTY, st.integers(-10**12, 10**12)), "src": NASTY, "ref": NASTY, "text": JSON_VALUES},
)


@FUZZ
@given(lines=st.lists(st.one_of(RECORDS, JSON_VALUES).map(lambda v: json.dumps(v, ensure_ascii=False)) | NASTY, max_size=8),
       newline=st.sampled_from(["\n", "\r\n"]), fmt=st.sampled_from(FORMATS))
def test_random_jsonl_structure(lines, newline, fmt):
    check_file("input.jsonl", newline.join(lines).encode("utf-8", "surrogatepass"), "-f", fmt)


@FUZZ
@given(units=st.lists(st.tuples(NASTY, NASTY, NASTY), max_size=5), broken=st.booleans(), fmt=st.sampled_from(FORMATS))
def test_random_xliff_structure(units, broken, fmt):
    body = "".join(
        f"<trans-unit id={quoteattr(uid)}><source>{escape(src)}</source><target>{escape(tgt)}</target></trans-unit>"
        for uid, src, tgt in units
    )
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2"><file original="x" source-language="ar" '
           f'target-language="en" datatype="plaintext"><body>{body}</body></file></xliff>')
    if broken:
        xml = xml[: len(xml) // 2]
    check_file("input.xlf", xml.encode("utf-8", "surrogatepass"), "-f", fmt)


@FUZZ
@given(units=st.lists(st.tuples(NASTY, NASTY), max_size=5), charset=st.sampled_from(["UTF-8", "ISO-8859-1", "CP1256", "bogus"]),
       comment=st.booleans())
def test_random_po_structure(units, charset, comment):
    def quoted(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    header = f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n\n'
    body = "".join(f"{'#: file.c:1' + chr(10) if comment else ''}msgid {quoted(s)}\nmsgstr {quoted(t)}\n\n" for s, t in units)
    text = header + body
    try:
        data = text.encode(charset if charset != "bogus" else "utf-8")
    except (UnicodeEncodeError, LookupError):
        data = text.encode("utf-8", "surrogatepass")
    check_file("input.po", data, "-f", "json")


@FUZZ
@given(units=st.lists(st.tuples(NASTY, NASTY), max_size=4))
def test_random_tmx_structure(units):
    body = "".join(
        f'<tu><tuv xml:lang="ar"><seg>{escape(a)}</seg></tuv><tuv xml:lang="en"><seg>{escape(b)}</seg></tuv></tu>'
        for a, b in units
    )
    xml = f'<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="ar"/><body>{body}</body></tmx>'
    check_file("input.tmx", xml.encode("utf-8", "surrogatepass"), "-f", "json")


MARKDOWN_PARTS = st.sampled_from([
    "---\ntitle: x\n---\n", "```\ncode .\n```\n", "```", "<!--", "-->", "<!-- mtqa-ignore TYP007 -->",
    "<!-- mtqa-ignore-next-line -->\n", "    indented code .\n", "`inline .`", "[link](http://x.y/ .)",
    "<a href='x'>", "# Heading .\n", "> quote .\n", "* item\n", "| a | b |\n|---|---|\n", "\n\n",
])


@FUZZ
@given(parts=st.lists(st.one_of(MARKDOWN_PARTS, NASTY), max_size=12), fmt=st.sampled_from(FORMATS))
def test_random_markdown_structure(parts, fmt):
    check_file("input.md", "".join(parts).encode("utf-8", "surrogatepass"), "-f", fmt)


@FUZZ
@given(data=st.binary(max_size=1000), suffix=st.sampled_from([".txt", ".md"]))
def test_fix_on_random_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        code, _out, err = mtqa("fix", str(path), "--no-config")
        assert_clean_exit((code, _out, err), data[:300])
        if code == 2:
            assert path.read_bytes() == data


# crashes of the JSONL reader (issue 11 item 10)
@pytest.mark.parametrize("line", [
    pytest.param('{"id": "a", "mt": "talks \\ud800 ended ."}', id="lone-surrogate"),
    pytest.param("[" * 5000 + "]" * 5000, id="nested-5000"),
    pytest.param('{"id": ' + "1" * 5000 + ', "mt": "x"}', id="id-5000-digits"),
])
def test_jsonl_reader_refuses_hostile_records_in_one_line(tmp_path, line):
    path = tmp_path / "r.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    assert_clean_exit(mtqa("check", str(path), "--no-config"), line[:80])
