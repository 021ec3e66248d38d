"""Property tests of `mtqa fix` (hypothesis): for random text in every supported encoding, BOM
and line-ending style, fix changes exactly the bytes of the edits it applies and nothing else;
reading and writing back without edits gives the same bytes; check output is deterministic.

The suite runs MTQA_FIX_EXAMPLES examples (default 300); bench/fix_properties.py runs 10,000."""

from __future__ import annotations

import codecs
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from mtqa import codec, engine
from mtqa import fix as fixer
from mtqa.config import Config
from mtqa.render import render

pytestmark = pytest.mark.reliability

EXAMPLES = int(os.environ.get("MTQA_FIX_EXAMPLES", "300"))


@dataclass(frozen=True)
class Encoding:
    """How a generated file is written, and what fix must be told to read it."""

    codec: str
    bom: bytes = b""
    named: str | None = None  # --encoding for files that are neither UTF-8 nor BOM-marked

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.codec)


ENCODINGS = [
    Encoding("utf-8"),
    Encoding("utf-8", codecs.BOM_UTF8),
    Encoding("utf-16-le", codecs.BOM_UTF16_LE),
    Encoding("utf-16-be", codecs.BOM_UTF16_BE),
    Encoding("utf-32-le", codecs.BOM_UTF32_LE),
    Encoding("utf-32-be", codecs.BOM_UTF32_BE),
    Encoding("utf-16-le", named="utf-16-le"),
    Encoding("utf-16-be", named="utf-16-be"),
    Encoding("cp1256", named="cp1256"),
    Encoding("iso-8859-6", named="iso-8859-6"),
]

# pieces of MT-style news text, with the errors that have safe fixes (space before punctuation,
# doubled words, Arabic punctuation and digits) and characters that stress encodings
PIECES = [
    "The", "the", "talks", "ended", "on", "Tuesday", "minister", "said", "Tripoli", "Misrata",
    "The the", " .", " ,", "،", "؛", "؟", "٪", "5", "٣", "2024", "Sánchez", "café", "naïve",
    "قال", "الوزير", "ـ", "\u064b", "\u200c", "“quoted”", "'s", "—", "...", "€", "😀", "\t",
    "al-Sarraj", "Dbeibah", "U.S.", "(", ")", "-", "  ",
]
NEWLINES = ["\n", "\r\n", "\r"]


@st.composite
def articles(draw) -> str:
    """A few lines of pieces joined by spaces, with one (or a mix of) line-ending style(s)."""
    style = draw(st.sampled_from([*NEWLINES, "mixed"]))
    lines = draw(st.lists(st.lists(st.sampled_from(PIECES), max_size=14), min_size=0, max_size=6))
    text = ""
    for words in lines:
        end = draw(st.sampled_from(NEWLINES)) if style == "mixed" else style
        text += " ".join(words) + end
    if draw(st.booleans()) and text:
        text = text.rstrip("\r\n")  # no final newline
    return text


def expected_bytes(text: str, encoding: Encoding, applied) -> bytes:
    """The oracle: the original bytes with each applied edit's span replaced, computed from the
    generated text and encoding (not from mtqa's decoding)."""
    data = encoding.encode(text)
    for finding in sorted(applied, key=lambda f: f.start, reverse=True):
        start = len(encoding.bom) + len(text[: finding.start].encode(encoding.codec))
        end = start + len(text[finding.start : finding.end].encode(encoding.codec))
        data = data[:start] + finding.suggestions[0].replacement.encode(encoding.codec) + data[end:]
    return data


def check_one(text: str, encoding: Encoding, unsafe: bool, folder: Path, config_encoding: str | None = None) -> int | None:
    """Write `text` in `encoding`, fix it, check the properties; the number of edits applied,
    or None when the case does not apply (text the encoding cannot hold, or ambiguous bytes).
    `config_encoding` is a legacy encoding named in config, which UTF-8 and BOM-marked files
    must ignore."""
    try:
        data = encoding.encode(text)
    except UnicodeEncodeError:
        return None
    if encoding.named and b"\x00" not in data:
        try:
            if data.decode("utf-8") != text:
                return None  # legacy bytes that are also valid UTF-8 are read as UTF-8, by the rule
        except UnicodeDecodeError:
            pass
    path = folder / "article.txt"
    path.write_bytes(data)
    config = Config(encoding=encoding.named or config_encoding)

    # reading then writing without edits gives the same bytes
    decoded = codec.decode(data, str(path), config.encoding)
    assert decoded.text == text
    assert decoded.encode(decoded.text) == data
    assert fixer.splice(data, decoded, []) == data

    item = fixer.load(str(path), config, encoding_confirmed=encoding.named is not None)
    report = engine.run([item.document], config)
    # check output is deterministic
    again = engine.run([fixer.load(str(path), config, True).document], config)
    assert render(report, "json") == render(again, "json")

    fixer.prepare([item], report, include_unsafe=unsafe)
    written = fixer.write([item])
    after = path.read_bytes()
    if not item.chosen:
        assert written == [] and after == data
        return 0
    assert [w.path for w in written] == [str(path)]
    assert after == expected_bytes(text, encoding, item.chosen)
    assert [p.name for p in folder.iterdir()] == ["article.txt"]  # no temporary file left
    return len(item.chosen)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(text=articles(), encoding=st.sampled_from(ENCODINGS), unsafe=st.booleans(),
       config_encoding=st.sampled_from([None, "cp1256"]))
def test_fix_changes_only_the_bytes_of_its_edits(text, encoding, unsafe, config_encoding):
    with tempfile.TemporaryDirectory() as folder:
        edits = check_one(text, encoding, unsafe, Path(folder), config_encoding)
    assume(edits is not None)
    event("edited" if edits else "no edit")


def test_the_generator_produces_edits_in_every_encoding(tmp_path):
    """Guard against a property test that never fixes anything: a known article gets edits
    in each encoding."""
    text = "The the talks ended on Tuesday .\r\nقال الوزير ، إن ٥ ٪\n"
    for number, encoding in enumerate(ENCODINGS):
        folder = tmp_path / str(number)
        folder.mkdir()
        legacy = encoding.codec in ("cp1256", "iso-8859-6")  # no Arabic-Indic digits or per cent sign there
        edits = check_one(text.replace("٥", "5").replace("٪", "%") if legacy else text, encoding, False, folder,
                          config_encoding="cp1256")
        assert edits, encoding
