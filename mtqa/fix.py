"""Apply suggestions to the original text: safe ones only (unless told otherwise), right to
left, never two edits that overlap; files are replaced atomically (mtqa.safe_write).

Byte safety: the new file is the old file's bytes with only the edited spans replaced — the
bytes between edits are copied, not re-encoded, after checking that the file's encoding
reads and writes them identically. A file whose encoding was a guess (a config default for a
file that is neither UTF-8 nor BOM-marked) is refused, as is one that changed on disk while it
was checked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from mtqa import codec, readers, safe_write
from mtqa.config import Config
from mtqa.document import Document
from mtqa.errors import InputError, MtqaError
from mtqa.findings import Finding

FIXABLE_SUFFIXES = {".txt", ".text", ".md", ".markdown"}


def plan(findings: list[Finding], include_unsafe: bool = False) -> tuple[list[Finding], list[Finding]]:
    """(findings whose first suggestion will be applied, findings skipped for overlapping)."""
    candidates = [
        f for f in findings if f.suggestions and (include_unsafe or f.suggestions[0].safe)
    ]
    chosen: list[Finding] = []
    skipped: list[Finding] = []
    last_end = -1
    for finding in sorted(candidates, key=lambda f: (f.start, f.end)):
        if finding.start < last_end or (chosen and finding.start == chosen[-1].start):
            skipped.append(finding)
            continue
        chosen.append(finding)
        last_end = finding.end
    return chosen, skipped


def apply(text: str, findings: list[Finding]) -> str:
    """`text` with each finding's first suggestion applied, right to left."""
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        if text[finding.start : finding.end] != finding.text:
            raise ValueError(f"finding {finding.rule} at {finding.start} does not match the text")
        text = text[: finding.start] + finding.suggestions[0].replacement + text[finding.end :]
    return text


def splice(data: bytes, decoded: codec.Decoded, findings: list[Finding]) -> bytes:
    """`data` (the file's bytes, decoded as `decoded`) with each finding's span replaced by the
    encoded first suggestion; every other byte is copied. ValueError when the encoding does not
    give back the file's own bytes for the text between edits (nothing is written then)."""
    text = decoded.text
    out = [decoded.bom]
    char, byte = 0, len(decoded.bom)
    if data[:byte] != decoded.bom:
        raise ValueError("byte-order mark does not match")
    for finding in sorted(findings, key=lambda f: f.start):
        if text[finding.start : finding.end] != finding.text:
            raise ValueError(f"finding {finding.rule} at {finding.start} does not match the text")
        between = text[char : finding.start].encode(decoded.codec)
        old = text[finding.start : finding.end].encode(decoded.codec)
        if data[byte : byte + len(between) + len(old)] != between + old:
            raise ValueError(f"{decoded.codec} does not write back the file's own bytes")
        out += [between, finding.suggestions[0].replacement.encode(decoded.codec)]
        char, byte = finding.end, byte + len(between) + len(old)
    tail = text[char:].encode(decoded.codec)
    if data[byte:] != tail:
        raise ValueError(f"{decoded.codec} does not write back the file's own bytes")
    out.append(tail)
    return b"".join(out)


@dataclass
class FileFix:
    """One file of a fix run: what was read, the edits chosen, and the bytes to write."""

    path: str
    data: bytes
    snapshot: safe_write.Snapshot
    decoded: codec.Decoded
    document: Document
    chosen: list[Finding] = field(default_factory=list)
    skipped: list[Finding] = field(default_factory=list)
    new_data: bytes | None = None


def load(path: str, config: Config, encoding_confirmed: bool = False) -> FileFix:
    """Read one file for fixing; MtqaError when it must not be fixed."""
    if os.path.splitext(path)[1].lower() in readers.WORD_SUFFIXES:
        raise InputError(f"{path}: fix does not write Word files; apply the suggestions in Word "
                         "(`mtqa check` lists them as paragraph:column)")
    if path == "-" or os.path.splitext(path)[1].lower() not in FIXABLE_SUFFIXES:
        raise InputError(f"{path}: fix works on .txt and .md files only")
    limit = int(config.max_file_mb * 1024 * 1024)
    try:
        data, snapshot = safe_write.read_snapshot(path, limit)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(f"{path}: larger than {config.max_file_mb:g} MB (raise max_file_mb in config to fix it)")
    decoded = codec.decode(data, path, config.encoding)
    if decoded.fallback and not encoding_confirmed:
        raise MtqaError(
            f"{path}: neither UTF-8 nor marked by a BOM, so its encoding {decoded.codec!r} (from config) is a "
            f"guess; fix writes only files whose encoding is certain — confirm it with --encoding {decoded.codec}"
        )
    if decoded.encode(decoded.text) != data:
        raise MtqaError(f"{path}: {decoded.codec} does not write this file back byte for byte; not fixing it")
    return FileFix(path, data, snapshot, decoded, readers.text_document(path, decoded))


def prepare(files: list[FileFix], report, include_unsafe: bool = False) -> None:
    """Choose each file's edits from `report` (same order as `files`) and build its new bytes."""
    for item, result in zip(files, report.documents):
        item.chosen, item.skipped = plan(result.findings, include_unsafe=include_unsafe)
        if item.chosen:
            try:
                item.new_data = splice(item.data, item.decoded, item.chosen)
            except (ValueError, UnicodeEncodeError) as exc:
                raise MtqaError(f"{item.path}: cannot apply the fixes safely ({exc}); nothing written") from None


def write(files: list[FileFix]) -> list[FileFix]:
    """Write every file that has edits (all prepared before the first rename); return those
    written. On a failure after some were written, safe_write.PartialWrite names them."""
    pending = [f for f in files if f.new_data is not None]
    written = safe_write.replace_all([(f.path, f.new_data, f.snapshot) for f in pending])
    done = set(written)
    return [f for f in pending if f.path in done]


def unique_files(paths: list[str]) -> list[str]:
    """`paths` without repeats of the same file (by name, symlink or hard link)."""
    seen: set[tuple[int, int]] = set()
    result = []
    for path in paths:
        try:
            info = os.stat(path)
            key = (info.st_dev, info.st_ino)
        except OSError:
            result.append(path)
            continue
        if key not in seen:
            seen.add(key)
            result.append(path)
    return result


def unified_diff(item: FileFix) -> str:
    """A unified diff (a/PATH, b/PATH) of the file's text before and after its chosen fixes."""
    import difflib

    before = item.decoded.text
    after = apply(before, item.chosen)
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        f"a/{item.path}", f"b/{item.path}"))


def write_atomically(path: str, text: str, encoding: str) -> None:
    """Replace `path` with `text` in `encoding`, atomically (kept for API users)."""
    safe_write.write_bytes(path, text.encode(encoding))
