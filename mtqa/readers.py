"""Input: turn paths, directories and stdin into Documents, and nothing else.

One reader per format (plain text, Markdown, JSONL, Word .docx through python-docx, and the
translation formats XLIFF, TMX and PO through translate-toolkit). Text is decoded exactly: UTF-8, UTF-8 with BOM, UTF-16/32 with
BOM, or the encoding the user names; anything else is an InputError that suggests --encoding.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import json
import mmap
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Callable, Iterable, Iterator

from mtqa import codec
from mtqa.document import Document
from mtqa.errors import InputError
from mtqa.origin import Origin, json_string_origin

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# translation files: each translated unit is a document (its source kept beside it)
STORE_SUFFIXES = {".xlf": "XLIFF", ".xliff": "XLIFF", ".tmx": "TMX", ".po": "PO"}
WORD_SUFFIXES = {".docx"}  # one paragraph a line: a finding's line is its paragraph's number
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | JSONL_SUFFIXES | set(STORE_SUFFIXES) | WORD_SUFFIXES
RECORD_SUFFIXES = JSONL_SUFFIXES | set(STORE_SUFFIXES)  # files of many documents


def decode(data: bytes, where: str, encoding: str | None = None) -> str:
    """Bytes to text, BOM removed and nothing else changed (rules in mtqa.codec)."""
    return codec.decode(data, where, encoding).text


def decode_with_codec(data: bytes, where: str, encoding: str | None = None) -> tuple[str, str]:
    """Decoded text and the name of the codec it was read with (BOM-writing for UTF-8)."""
    decoded = codec.decode(data, where, encoding)
    return decoded.text, decoded.name


def expand(paths: list[str]) -> list[str]:
    """Files to read, in a stable order: directories are searched recursively by extension."""
    files: list[str] = []
    for raw in paths:
        if raw == "-":
            files.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found = _walk(raw)
            if not found:
                raise InputError(
                    f"{raw}: no supported files in directory (looked for {', '.join(sorted(SUPPORTED))})"
                )
            files.extend(found)
        elif path.is_file():
            files.append(raw)
        elif path.exists():
            raise InputError(f"{raw}: not a regular file")
        else:
            raise InputError(f"{raw}: no such file or directory")
    return files


def _walk(top: str) -> list[str]:
    """Supported files under `top`, sorted; a folder that cannot be listed is an InputError
    (a gate must not pass on files it never saw)."""

    def refuse(error: OSError) -> None:
        raise InputError(f"{error.filename or top}: cannot read directory ({error.strerror})")

    found = []
    for folder, _dirs, names in os.walk(top, onerror=refuse):
        for name in names:
            full = os.path.join(folder, name)
            if name.startswith("~$"):  # Word's lock file beside a document being edited
                continue
            if Path(name).suffix.lower() in SUPPORTED and os.path.isfile(full):
                found.append(str(Path(full)))
    return sorted(found)


def read_bytes(path: str, max_mb: float) -> bytes:
    """The content of a file (or stdin for "-"), refusing files over the size limit."""
    limit = int(max_mb * 1024 * 1024)
    try:
        if path == "-":
            if sys.stdin is None or sys.stdin.closed:
                raise InputError("<stdin>: standard input is closed")
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(f"{path}: larger than {max_mb:g} MB (raise max_file_mb in config to check it)")
    return data


def read_documents(
    paths: list[str], encoding: str | None = None, max_mb: float = 64.0, stdin_format: str = "txt"
) -> Iterator[Document]:
    """Documents of every path, in order (files read one at a time)."""
    for path in expand(paths):
        yield from read_file(path, encoding, max_mb, stdin_format)


def read_file(path: str, encoding: str | None, max_mb: float, stdin_format: str = "txt") -> Iterator[Document]:
    kind = stdin_format if path == "-" else _kind(path)
    where = "<stdin>" if path == "-" else path
    if kind in STORE_SUFFIXES:
        yield from parse_store(read_bytes(path, max_mb), where, kind)
        return
    if kind == "docx":
        yield parse_docx(read_bytes(path, max_mb), where, max_mb)
        return
    if kind == "jsonl" and path != "-":
        yield from _stream_jsonl(path, encoding, max_mb)
        return
    decoded = codec.decode(read_bytes(path, max_mb), where, encoding)
    if kind == "jsonl":
        yield from parse_jsonl(decoded.text, where)
    else:
        yield text_document(path, decoded, kind)


_CHUNK = 1 << 20


def _stream_jsonl(path: str, encoding: str | None, max_mb: float) -> Iterator[Document]:
    """The records of a JSONL file, read a line at a time (memory stays bounded by the longest
    record, whatever the file's size; `max_mb` limits each record). Files in UTF-16/32 or in
    a legacy encoding are decoded whole, as other text files are."""
    limit = int(max_mb * 1024 * 1024)
    try:
        with open(path, "rb") as handle:
            if not _plain_utf8(handle):
                handle.seek(0)
                decoded = codec.decode(read_bytes(path, max_mb), path, encoding)
                yield from parse_jsonl(decoded.text, path)
                return
            size = handle.tell()
            handle.seek(0)
            # a record takes at least 10 bytes ({"mt":""} and its line end): size // 8 bounds their number
            yield from parse_jsonl(_utf8_lines(handle, limit, path, max_mb), path,
                                   again=lambda: _raw_lines(path), records_at_most=size // 8 + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _plain_utf8(handle) -> bool:
    """Whether the rest of the file is UTF-8 (with or without BOM) and has no NUL byte, checked
    a chunk at a time."""
    head = handle.read(4)
    if any(head.startswith(bom) for bom, name in codec._BOMS if name != "utf-8"):
        return False
    decoder = codecs.getincrementaldecoder("utf-8")()
    chunk = head
    while chunk:
        if b"\x00" in chunk:
            return False
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError:
            return False
        chunk = handle.read(_CHUNK)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _utf8_lines(handle, limit: int, where: str, max_mb: float) -> Iterator[str]:
    """Lines of a UTF-8 file split on \\n only (U+2028, U+2029 and U+0085 are characters
    inside a record), without their line ends; a UTF-8 BOM is dropped."""
    number = 0
    while line := handle.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            raise InputError(f"{where}:{number}: record larger than {max_mb:g} MB (raise max_file_mb in config)")
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        try:
            yield line.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:  # the file changed since it was checked
            raise InputError(f"{where}:{number}: not valid UTF-8 (byte {exc.start} of the line)") from None


def _raw_lines(path: str) -> Iterator[bytes]:
    """The lines of a UTF-8 JSONL file again, as bytes without their line ends (UTF-8 BOM
    dropped), numbered as `_utf8_lines` numbers them: for confirming a repeated record id."""
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8):]
            yield line.rstrip(b"\r\n")


def text_document(path: str, decoded: codec.Decoded, kind: str | None = None) -> Document:
    """The Document of a decoded text or Markdown file (Markdown's non-prose parts skipped)."""
    kind = kind or _kind(path)
    where = "<stdin>" if path == "-" else path
    name = where if path == "-" else Path(path).name
    skipped = []
    if kind == "md":
        # markdown-it is imported only for Markdown input
        from mtqa.markdown import non_prose_spans

        skipped = non_prose_spans(decoded.text)
    return Document(text=decoded.text, path=where, id=name, encoding=decoded.name, skipped=skipped)


def parse_store(data: bytes, where: str, suffix: str) -> Iterator[Document]:
    """The translated units of an XLIFF, TMX or PO file as documents: id = the unit's id (PO:
    its number in the file), text = the translation, source = the original.
    Untranslated units and the PO header are skipped; a file that does not parse is an
    InputError."""
    # translate-toolkit is imported only for these formats
    from translate.storage import po, tmx, xliff

    store_class = {"XLIFF": xliff.xlifffile, "TMX": tmx.tmxfile, "PO": po.pofile}[STORE_SUFFIXES[suffix]]
    if suffix == ".po":
        data = _po_as_utf8(data, where)
    try:
        store = store_class.parsestring(data)
    except Exception as exc:  # lxml and the PO parser raise many kinds; all mean "not this format"
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{where}: not a valid {STORE_SUFFIXES[suffix]} file ({first_line})") from None
    msgstr_lines = _msgstr_lines(data) if suffix == ".po" else []
    for number, unit in enumerate(store.units, 1):
        if unit.isheader() or unit.target is None or not str(unit.target).strip():
            continue
        # PO ids are the source texts themselves: such units are named by their number
        unit_id = str(number) if suffix == ".po" else (unit.getid() or "").split("\x04")[-1]
        yield Document(text=str(unit.target), path=where, id=unit_id or str(number),
                       source=str(unit.source) if unit.source else None, origin=_unit_origin(unit, msgstr_lines))


_MSGSTR = re.compile(rb"^(?:#~ ?)?msgstr", re.M)


def _msgstr_lines(data: bytes) -> list[int]:
    """Line numbers (1-based, ascending) of the msgstr lines of a PO file."""
    lines, line, position = [], 1, 0
    for match in _MSGSTR.finditer(data):
        line += data.count(b"\n", position, match.start())
        position = match.start()
        lines.append(line)
    return lines


def _unit_origin(unit, msgstr_lines: list[int]) -> Origin | None:
    """The line of a unit's translation in its file: the XLIFF <target>, the TMX target <tuv>,
    the PO entry's msgstr (the first one at or after the entry's start); None when the parser
    does not know it."""
    if getattr(unit, "xmlelement", None) is not None:  # XLIFF, TMX: the second language node
        node = unit.getlanguageNode(index=1)
        line = (unit.xmlelement if node is None else node).sourceline
    else:
        line = getattr(unit, "line_number", None)
        if isinstance(line, int) and (after := bisect.bisect_left(msgstr_lines, line)) < len(msgstr_lines):
            line = msgstr_lines[after]
    return Origin(line) if isinstance(line, int) and line > 0 else None


_PO_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]{1,40})")


def parse_docx(data: bytes, where: str, max_mb: float = 64.0) -> Document:
    """A Word .docx file as one Document: its body paragraphs and the paragraphs of its tables'
    cells (row by row, in body order), one a line — so a finding's line:column is
    paragraph:column, empty paragraphs counted; line breaks inside a paragraph read as spaces.
    Headers, footnotes and comments are not read. A file that is not a .docx (or unpacks to
    more than 8 × max_mb) is an InputError."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise InputError(f"{where}: not a valid Word .docx file ({exc or 'not a zip archive'})") from None
    if unpacked > 8 * max_mb * 1024 * 1024:
        raise InputError(f"{where}: unpacks to more than {8 * max_mb:g} MB; not reading it (raise max_file_mb in config)")
    import docx  # python-docx, imported only for Word files

    try:
        paragraphs = list(_docx_paragraphs(docx.Document(io.BytesIO(data))))
    except Exception as exc:  # python-docx and lxml raise many kinds; all mean "not a .docx"
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{where}: not a valid Word .docx file ({first_line})") from None
    text = "\n".join(re.sub(r"[\n\r\v\f\x85\u2028\u2029]", " ", p) for p in paragraphs)
    return Document(text=text + "\n" if text else "", path=where, id=Path(where).name)


def _docx_paragraphs(container):
    """The texts of a body's (or a table cell's) paragraphs in reading order, descending into
    tables row by row; a cell merged across columns is read once."""
    for block in container.iter_inner_content():
        if hasattr(block, "rows"):  # a table
            for row in block.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        yield from _docx_paragraphs(cell)
        else:
            yield block.text


def _po_as_utf8(data: bytes, where: str) -> bytes:
    """A PO file in the charset its header declares, re-encoded as UTF-8 with the header
    saying so (translate-toolkit trips over legacy charsets in files with comments)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    declared = _PO_CHARSET.search(data[:4096])
    if not declared:
        raise InputError(f"{where}: not valid UTF-8 and no charset in the PO header")
    name = declared.group(1).decode("ascii")
    try:
        codec.check_encoding_name(name, f"{where}: PO header charset")
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not valid {name} (byte {exc.start}) as its PO header declares") from None
    except Exception as exc:
        raise InputError(str(exc)) from None
    return text.replace(f"charset={name}", "charset=UTF-8", 1).encode("utf-8")


def _kind(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in STORE_SUFFIXES:
        return suffix
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in MARKDOWN_SUFFIXES:
        return "md"
    if suffix in WORD_SUFFIXES:
        return "docx"
    return "txt"


def parse_jsonl(
    lines: str | Iterable[str], where: str, again: Callable[[], Iterable[str | bytes]] | None = None,
    records_at_most: int | None = None,
) -> Iterator[Document]:
    """One Document per JSONL record: {"id", "mt" (or "text"), optional "src", "ref", "date"}.
    Text is split on \\n only: U+2028, U+2029 and U+0085 may stand inside a record.
    A record id used twice is an InputError naming both lines. `again()` gives the same lines
    once more from the first (a file is read again to confirm a repeated id; without it the
    lines are kept in a list), `records_at_most` sizes the table of ids seen."""
    if isinstance(lines, str):
        lines = lines.split("\n")
    if again is None:
        lines = lines if isinstance(lines, list) else list(lines)
        again, records_at_most = (lambda: lines), len(lines)
    seen_ids = _SeenIds(again, where, records_at_most or _MAX_FILTER_BITS)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record = _json_record(line, where, number)
        mt = record.get("mt", record.get("text"))
        if not isinstance(mt, str):
            raise InputError(f'{where}:{number}: record needs a string "mt" (or "text") field')
        for key in ("src", "ref"):
            if record.get(key) is not None and not isinstance(record[key], str):
                raise InputError(f'{where}:{number}: "{key}" must be a string')
        record_id = _record_id(record, where, number)
        for key, value in (("id", record_id), ("mt", mt), ("src", record.get("src")), ("ref", record.get("ref"))):
            if isinstance(value, str) and not value.isascii() and _SURROGATE.search(value):  # (an ASCII string has none)
                raise InputError(f'{where}:{number}: "{key}" holds a lone surrogate escape (such as \\ud800), not text')
        record_id = str(record_id)
        date = _record_date(record, where, number)
        if seen := seen_ids.add(record_id, number):
            unnamed = ' (a record without "id" is named by its line number)' if "id" not in record or record_id == str(seen) else ""
            raise InputError(f"{where}:{number}: record id {record_id!r} is already used on line {seen}{unnamed}; ids must be unique")
        yield Document(
            text=mt, path=where, id=record_id, source=record.get("src"), reference=record.get("ref"),
            origin=json_string_origin(line, "mt" if "mt" in record else "text", number, mt), date=date,
        )


def _record_date(record: dict, where: str, number: int):
    """A record's optional "date" (the article's own date, YYYY-MM-DD) as a datetime.date."""
    value = record.get("date")
    if value is None:
        return None
    from mtqa.article_date import parse_iso

    date = parse_iso(value)
    if date is None:
        raise InputError(f'{where}:{number}: "date" must be a date as YYYY-MM-DD, not {value!r}')
    return date


def _record_id(record: dict, where: str, number: int) -> str | int:
    """A record's "id", or its line number when it has none."""
    record_id = record.get("id", number)
    if not isinstance(record_id, (str, int)) or isinstance(record_id, bool):
        raise InputError(f'{where}:{number}: "id" must be a string or a number')
    return record_id


_SURROGATE = re.compile("[\ud800-\udfff]")

# the Bloom filter of record ids: 64 bits a record up to 16 MB (two million records), 7 bits set
# a record; with two million records a false "maybe" comes about once in 7 million ids
_MIN_FILTER_BITS, _MAX_FILTER_BITS, _HASHES = 1 << 13, 1 << 27, 7


class _SeenIds:
    """The record ids of one JSONL file, in memory that does not grow with their number: a
    Bloom filter of 64 bits a record (at most 16 MB, allocated once) answers "new" or "maybe
    seen"; a "maybe" is confirmed by reading the lines before again (`again()`), which gives
    the line the id was first used on (0 when the filter was wrong). With up to two million
    records a wrong "maybe" is rare (at most 1 in 7 million ids); past that it grows (about 1
    in 30,000 at five million, each costing one reading of the lines before)."""

    def __init__(self, again: Callable[[], Iterable[str | bytes]], where: str, records_at_most: int):
        bits = max(_MIN_FILTER_BITS, min(_MAX_FILTER_BITS, 1 << (64 * max(records_at_most, 1) - 1).bit_length()))
        # a large filter is an anonymous mapping, not a bytearray: its pages are not copied into
        # the page tables of worker processes forked after the first records are read
        self.bits = mmap.mmap(-1, bits // 8) if bits >= 1 << 23 else bytearray(bits // 8)
        self.mask = bits - 1
        self.again, self.where = again, where
        self.rereads = 0  # how many "maybe" answers were confirmed by reading again

    def add(self, record_id: str, line: int) -> int:
        """The line `record_id` was first seen on, or 0 (and it is recorded as seen)."""
        digest = hashlib.blake2b(record_id.encode("utf-8", "surrogatepass"), digest_size=4 * _HASHES).digest()
        bits, mask, new = self.bits, self.mask, False
        for position in array("I", digest):  # seven 32-bit positions (the filter has at most 2^27 bits)
            position &= mask
            byte, bit = position >> 3, 1 << (position & 7)
            if not bits[byte] & bit:
                bits[byte] |= bit
                new = True
        if new:
            return 0
        self.rereads += 1
        return _first_line_of(record_id, self.again(), line, self.where)


def _first_line_of(record_id: str, lines: Iterable[str | bytes], before: int, where: str) -> int:
    """The first line before line `before` whose record's id is `record_id`, or 0. Only the
    lines that can hold it are parsed: those with the id's characters as JSON writes them
    unescaped, those with an escape (a backslash), and the line whose number is the id."""
    text = re.escape(record_id)
    # a number id stands bare ("id": 7), a string id between quotes; "7" and 7 are the same id
    literal = f"(?<![0-9]){text}(?![0-9])" if re.fullmatch("-?[0-9]+", record_id) else f'"{text}"'
    patterns = {str: re.compile(literal), bytes: re.compile(literal.encode("utf-8", "surrogatepass"))}
    escapes = {str: "\\", bytes: b"\\"}
    by_number = int(record_id) if record_id.isdecimal() and record_id.isascii() else 0
    try:
        for number, line in enumerate(lines, start=1):
            if number >= before:
                break
            kind = type(line)
            if number != by_number and escapes[kind] not in line and not patterns[kind].search(line):
                continue
            if not line.strip():
                continue
            record = _json_record(line, where, number)
            if str(_record_id(record, where, number)) == record_id:
                return number
    finally:
        getattr(lines, "close", lambda: None)()
    return 0


def _json_record(line: str, where: str, number: int) -> dict:
    """A JSONL line as a dict; every way it can fail is an InputError naming the line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}:{number}: invalid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{where}:{number}: invalid JSON (nested too deeply)") from None
    except ValueError:  # an integer of more digits than Python converts (over 4,300)
        raise InputError(f"{where}:{number}: invalid JSON (a number too long to read)") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}:{number}: a record must be a JSON object")
    return record
