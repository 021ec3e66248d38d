"""Decoding, Markdown masking, JSONL records, the document model and NLTK resources."""

from __future__ import annotations

import pytest

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
    assert "tags" not in sentence.__dict__
    assert sentence.tags == ["DT", "NNS", "VBD", "DT", "NN", "IN", "NNP", "."]


def test_missing_resource_names_it_and_the_command(monkeypatch):
    import nltk

    monkeypatch.setattr(nltk.data, "path", [])
    monkeypatch.delenv("NLTK_DATA", raising=False)

    def not_found(*_args, **_kwargs):
        raise LookupError("nope")

    monkeypatch.setattr(nltk.data, "find", not_found)
    with pytest.raises(ResourceError) as error:
        resources.require("cmudict")
    assert "'cmudict'" in str(error.value) and "mtqa setup" in str(error.value)
    assert resources.missing() == list(resources.RESOURCES)


def test_readability_uses_cmudict():
    assert 0 < resources.flesch_reading_ease("The army withdrew from the city on Monday.") < 120
