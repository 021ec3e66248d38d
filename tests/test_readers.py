"""Decoding, Markdown masking, JSONL records, the document model and NLTK resources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from mtqa import check_text, readers, resources
from mtqa.document import Document
from mtqa.errors import InputError, ResourceError
from mtqa.markdown import non_prose_spans

ARABIC = "قال الوزير إن المحادثات ستستأنف."


@pytest.mark.parametrize(
    "data,expected",
    [
        ("Tripoli ،".encode("utf-8"), "Tripoli ،"),
        (b"\xef\xbb\xbf" + "Tripoli".encode("utf-8"), "Tripoli"),
        ("Tripoli\r\n".encode("utf-16"), "Tripoli\r\n"),
        ("Tripoli".encode("utf-16-be").join([b"\xfe\xff", b""]), "Tripoli"),
    ],
)
def test_decoding_keeps_text_exactly(data, expected):
    assert readers.decode(data, "x") == expected


def test_undecodable_bytes_suggest_encoding():
    with pytest.raises(InputError, match="--encoding cp1256"):
        readers.decode(ARABIC.encode("cp1256"), "x")
    assert readers.decode(ARABIC.encode("cp1256"), "x", "cp1256") == ARABIC


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        readers.decode(b"abc\x00def", "x")


def test_markdown_non_prose_is_not_checked():
    text = (
        "---\ntitle: The the title\n---\n\n"
        "Intro text , fine.\n\n"
        "```\ncode the the code\n```\n\n"
        "    indented the the code\n\n"
        "See `the the` and <!-- the the --> and https://example.org/the the.\n\n"
        "Real prose with the the error.\n"
    )
    doc = Document(text, skipped=non_prose_spans(text))
    report = check_text("", config=None)  # warm registry
    from mtqa import engine

    findings = engine.run([doc]).findings
    assert [(f.rule, f.text) for f in findings] == [("TYP007", " ,"), ("TYP006", "the the")]
    last = findings[-1]
    assert text[last.start : last.end] == "the the" and last.start > text.index("Real prose")
    assert report.findings == []


def test_line_and_column_are_one_based_code_points():
    doc = Document("ab\nجد x")
    assert doc.line_column(0) == (1, 1)
    assert doc.line_column(3) == (2, 1)
    assert doc.line_column(6) == (2, 4)


def test_tokens_have_offsets():
    doc = Document("Gen. Haftar's forces left at 01:00 GMT, U.S. officials said.")
    tokens = doc.sentences[0].tokens
    assert [t.text for t in tokens][:6] == ["Gen", ".", "Haftar's", "forces", "left", "at"]
    assert "01:00" in [t.text for t in tokens] and "U.S." in [t.text for t in tokens]
    assert all(doc.text[t.start : t.end] == t.text for t in tokens)


def test_pos_tags_are_lazy_and_work():
    doc = Document("The soldiers left the city on Monday.")
    sentence = doc.sentences[0]
    assert sentence._tags is None  # not computed until asked for
    assert sentence.tags == ["DT", "NNS", "VBD", "DT", "NN", "IN", "NNP", "."]


def test_missing_resource_names_it_and_the_command(monkeypatch):
    monkeypatch.setattr(resources, "data_paths", lambda: [])
    with pytest.raises(ResourceError) as error:
        resources.require("cmudict")
    assert "'cmudict'" in str(error.value) and "mtqa setup" in str(error.value)
    assert resources.missing() == list(resources.RESOURCES)


def test_readability_uses_cmudict():
    from mtqa.readability import flesch

    assert resources.syllables_in_cmudict("withdrew") == 2
    assert 0 < flesch("The army withdrew from the city on Monday.")[0] < 120


# --- translation files (translate-toolkit) ---------------------------------------------------

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="news.txt" source-language="ar" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="s1"><source>قال في تصريحات للجزيرة إن الطريق مغلق.</source><target>He told the island that the road was closed.</target></trans-unit>
      <trans-unit id="s2"><source>بدوره، نفى الوزير ذلك.</source><target>In his turn, the minister denied it.</target></trans-unit>
      <trans-unit id="s3"><source>لم يترجم بعد.</source></trans-unit>
    </body>
  </file>
</xliff>
"""
PO = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n#: news:1\nmsgid "بدوره"\nmsgstr "In his turn, the minister denied it."\n'
TMX = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="ar" datatype="plaintext" '
       'segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>'
       '<tu tuid="7"><tuv xml:lang="ar"><seg>بدوره</seg></tuv><tuv xml:lang="en"><seg>In his turn, the minister '
       'denied it.</seg></tuv></tu></body></tmx>\n')


def test_translation_files_give_one_document_per_translated_unit(tmp_path):
    (tmp_path / "news.xlf").write_text(XLIFF, "utf-8")
    (tmp_path / "news.po").write_text(PO, "utf-8")
    (tmp_path / "news.tmx").write_text(TMX, "utf-8")
    docs = list(readers.read_documents([str(tmp_path)]))
    assert [(Path(d.path).suffix, d.id) for d in docs] == [(".po", "2"), (".tmx", "7"), (".xlf", "s1"), (".xlf", "s2")]
    assert docs[2].text == "He told the island that the road was closed."
    assert docs[2].source.startswith("قال")
    result = run_cli("check", str(tmp_path / "news.xlf"), "--format", "json", "--select", "NAM001,TRN001")
    report = json.loads(result.stdout)
    found = [(d["id"], f["rule"], f["text"]) for d in report["documents"] for f in d["findings"]]
    assert found == [("s1", "NAM001", "the island"), ("s2", "TRN001", "In his turn, the")]


def test_translation_file_sources_show_beside_the_translation_in_html(tmp_path):
    (tmp_path / "news.xlf").write_text(XLIFF, "utf-8")
    out = tmp_path / "r.html"
    assert run_cli("check", str(tmp_path / "news.xlf"), "--format", "html", "-o", str(out), "--fail-on", "never").returncode == 0
    html = out.read_text("utf-8")
    assert "Source and translation, sentence by sentence" in html and "نفى الوزير" in html


@pytest.mark.parametrize("name,content", [("bad.xlf", "<xliff><file><body><trans-unit>"), ("bad.tmx", "<tmx><body"),
                                          ("bad.po", 'msgid "a"\nmsgstr "b\n')])
def test_malformed_translation_file_is_one_line_error(tmp_path, name, content):
    (tmp_path / name).write_text(content, "utf-8")
    result = run_cli("check", str(tmp_path / name))
    err = result.stderr.decode()
    assert result.returncode == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert err.startswith(f"mtqa: error: {tmp_path / name}: not a valid ")


def test_fix_refuses_translation_files(tmp_path):
    (tmp_path / "news.xlf").write_text(XLIFF, "utf-8")
    result = run_cli("fix", str(tmp_path / "news.xlf"))
    assert result.returncode == 2 and "fix works on .txt and .md files only" in result.stderr.decode()
    assert (tmp_path / "news.xlf").read_text("utf-8") == XLIFF
