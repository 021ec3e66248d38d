"""The one place where mtqa writes files: `mtqa fix`, reports (`-o`) and baselines.

How a file is written:
- the new content goes to a temporary file `.NAME.XXXX.mtqa-tmp` in the target's own folder,
  is flushed and fsynced, gets the old file's permission bits and owner/group, and then
  replaces the target with one atomic rename (the folder is fsynced too); a reader sees
  either the old file or the new one, never half of it;
- a symlink is followed: the file it points to is replaced and the link stays a link;
- a file with more than one hard link is refused (a rename would split the links, and writing
  in place is not atomic); so is a file whose owner cannot be kept (the fixing user is not
  allowed to give it back to its owner);
- for `fix`, the file must still be what was read (same size, mtime and SHA-256) just before
  the rename, or nothing is written;
- several files (a `fix` run) are all prepared first; renames start only when every
  temporary file is ready, and the caller learns exactly which files were replaced;
- temporary files are removed on any error and on SIGTERM/SIGHUP/Ctrl-C (not on SIGKILL);
- a target that is not a regular file (a terminal, /dev/null, a pipe) is written directly.
Every failure is a WriteError: one line naming the file and the reason.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import stat
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from mtqa.errors import MtqaError

TEMP_SUFFIX = ".mtqa-tmp"


class WriteError(MtqaError):
    """A file that mtqa cannot (or must not) write."""


class PartialWrite(WriteError):
    """Some files of a multi-file write were replaced before one failed."""

    def __init__(self, message: str, applied: list[str]):
        super().__init__(message)
        self.applied = applied


@dataclass(frozen=True)
class Snapshot:
    """What a file was when it was read: size, modification time and content hash."""

    size: int
    mtime_ns: int
    sha256: str


def read_snapshot(path: str, limit: int | None = None) -> tuple[bytes, Snapshot]:
    """The bytes of `path` and its snapshot, taken from one open file; OSError as is.
    With `limit`, at most limit + 1 bytes are read (the caller refuses larger files)."""
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        data = handle.read() if limit is None else handle.read(limit + 1)
    return data, Snapshot(info.st_size, info.st_mtime_ns, hashlib.sha256(data).hexdigest())


def _unchanged(target: str, expected: Snapshot) -> bool:
    try:
        data, now = read_snapshot(target)
    except OSError:
        return False
    return now == expected


@dataclass
class _Prepared:
    path: str  # as the user named it
    target: str  # symlinks resolved
    temp: str | None  # None: write directly (not a regular file)
    data: bytes | Iterable[bytes]  # chunks: written as they come (a streamed report)
    expected: Snapshot | None


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_data(handle, data: bytes | Iterable[bytes]) -> None:
    if isinstance(data, (bytes, bytearray)):
        handle.write(data)
    else:
        for chunk in data:
            handle.write(chunk)


def _prepare(path: str, data: bytes | Iterable[bytes], expected: Snapshot | None, create_dirs: bool) -> _Prepared:
    target = os.path.realpath(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise WriteError(f"{path}: cannot write ({_reason(exc)})") from None
    if info is None and expected is not None:
        raise WriteError(f"{path}: disappeared while being checked; nothing written")
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise WriteError(f"{path}: is a directory; name a file to write")
    if info is not None and not stat.S_ISREG(info.st_mode):
        return _Prepared(path, target, None, data, expected)
    if info is not None and info.st_nlink > 1:
        raise WriteError(
            f"{path}: has {info.st_nlink} hard links; mtqa writes by atomic rename, which would "
            "split them, so it refuses (work on a copy, or remove the extra links)"
        )
    folder = os.path.dirname(target) or "."
    if create_dirs:
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            raise WriteError(f"{path}: cannot create folder {folder} ({_reason(exc)})") from None
    temp = None
    try:
        try:
            fd, temp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=TEMP_SUFFIX, dir=folder)
        except OSError as exc:
            raise WriteError(f"{path}: cannot write in {folder} ({_reason(exc)})") from None
        with os.fdopen(fd, "wb") as handle:
            _write_data(handle, data)
            handle.flush()
            os.fsync(handle.fileno())
            if info is None:
                os.fchmod(handle.fileno(), 0o666 & ~_umask())
            else:
                os.fchmod(handle.fileno(), stat.S_IMODE(info.st_mode))
                if (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
                    try:
                        os.fchown(handle.fileno(), info.st_uid, info.st_gid)
                    except PermissionError:
                        raise WriteError(
                            f"{path}: owned by user {info.st_uid}, group {info.st_gid}; writing it would "
                            "change its owner, so mtqa refuses (run as its owner)"
                        ) from None
    except BaseException as exc:
        _remove(temp)
        if isinstance(exc, OSError):
            raise WriteError(f"{path}: cannot write ({_reason(exc)})") from None
        raise
    return _Prepared(path, target, temp, data, expected)


def _remove(temp: str | None) -> None:
    if temp:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _fsync_folder(folder: str) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _commit(item: _Prepared) -> None:
    if item.expected is not None and not _unchanged(item.target, item.expected):
        raise WriteError(f"{item.path}: changed while mtqa was working on it; nothing written to it (run again)")
    if item.temp is None:
        try:
            with open(item.target, "wb") as handle:
                _write_data(handle, item.data)
        except OSError as exc:
            raise WriteError(f"{item.path}: cannot write ({_reason(exc)})") from None
        return
    try:
        os.replace(item.temp, item.target)
    except OSError as exc:
        raise WriteError(f"{item.path}: cannot replace ({_reason(exc)})") from None
    item.temp = None
    _fsync_folder(os.path.dirname(item.target) or ".")


class _Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP while writing: unwinds like Ctrl-C so temporary files are removed."""


@contextlib.contextmanager
def _signals_unwind():
    """Within the block, SIGTERM and SIGHUP raise instead of killing the process outright."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, _frame):
        raise _Terminated(signal.Signals(signum).name)

    previous = {}
    for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            previous[sig] = signal.signal(sig, stop)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def replace_all(items: list[tuple[str, bytes, Snapshot | None]], create_dirs: bool = False) -> list[str]:
    """Write each (path, bytes, expected snapshot); return the paths written, in order.
    Every temporary file is prepared (and every snapshot checked) before the first rename;
    a failure before that writes nothing; a failure after it raises PartialWrite."""
    prepared: list[_Prepared] = []
    applied: list[str] = []
    with _signals_unwind():
        try:
            for path, data, expected in items:
                prepared.append(_prepare(path, data, expected, create_dirs))
            for item in prepared:
                if item.expected is not None and not _unchanged(item.target, item.expected):
                    raise WriteError(f"{item.path}: changed while mtqa was working on it; nothing written (run again)")
            for item in prepared:
                try:
                    _commit(item)
                except WriteError as exc:
                    if applied:
                        raise PartialWrite(f"{exc} (already written: {len(applied)} file(s))", applied) from None
                    raise
                applied.append(item.path)
        finally:
            for item in prepared:
                _remove(item.temp)
    return applied


def write_bytes(path: str | Path, data: bytes, expected: Snapshot | None = None, create_dirs: bool = False) -> None:
    """Replace (or create) one file atomically; see the module docstring."""
    replace_all([(os.fspath(path), data, expected)], create_dirs=create_dirs)


def write_chunks(path: str | Path, chunks: Iterable[str], create_dirs: bool = True) -> None:
    """A report given as pieces of text (UTF-8, as write_text), streamed into the temporary
    file and then renamed into place: the same guarantees as write_text without holding the
    whole report in memory. An error while the pieces are made writes nothing."""
    encoded = (chunk.encode("utf-8", "backslashreplace") for chunk in chunks)
    replace_all([(os.fspath(path), encoded, None)], create_dirs=create_dirs)


def write_text(path: str | Path, text: str, create_dirs: bool = True) -> None:
    """A report or baseline as UTF-8 (characters UTF-8 cannot hold, such as the lone surrogates
    of undecodable file names, become backslash escapes), written atomically."""
    write_bytes(path, text.encode("utf-8", "backslashreplace"), create_dirs=create_dirs)
