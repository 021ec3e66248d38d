"""An on-disk cache of tables mtqa builds from its data (syllable counts, tagger weights,
hyphenation patterns, compiled lexicon), so that a run starts without rebuilding them.

- Where: $MTQA_CACHE_DIR, else the user cache folder ($XDG_CACHE_HOME or ~/.cache, macOS
  ~/Library/Caches, Windows %LOCALAPPDATA%) + /mtqa. MTQA_CACHE_DIR=off turns it off.
- Keyed by mtqa's version and a hash of the inputs the table is built from; an entry whose
  key, length or checksum does not match is rebuilt, as is a missing one. The key is part of
  the file name, so that installs of different versions (or data) side by side do not rebuild
  each other's entries on every run; the newest few entries of a table are kept.
- Never required: any error reading or writing it means the table is built in memory.
- Written atomically (a temporary file in the same folder, then one rename).

Entries are `marshal` data: only plain values (dicts, lists, strings, numbers), read back
only after their CRC-32 matches.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any, Callable

_MAGIC = b"MTQA-CACHE-1\n"
_KEPT = 8  # entries of one table kept (other versions, other data), the newest ones


def _entry(where: Path, name: str, key: str) -> Path:
    return where / f"{name}-{key[:16]}.marshal"


def folder() -> Path | None:
    """The cache folder, or None when caching is off."""
    chosen = os.environ.get("MTQA_CACHE_DIR", "")
    if chosen.strip().lower() == "off":
        return None
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~\\AppData\\Local")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    if base.startswith("~"):  # no home folder
        return None
    return Path(base) / "mtqa"


def file_signature(path: str | os.PathLike) -> str:
    """What identifies a data file we do not own (NLTK's, pyphen's): path, size and mtime."""
    info = os.stat(path)
    return f"{os.fspath(path)}|{info.st_size}|{info.st_mtime_ns}"


def key_of(*parts: str | bytes) -> str:
    """A key from mtqa's (and Python's) version and the inputs of a table."""
    from mtqa import __version__

    # marshal's format belongs to the Python version that wrote it
    digest = hashlib.sha256(f"{__version__}|{sys.version_info[:2]}|{marshal.version}".encode())
    for part in parts:
        digest.update(b"\0" + (part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass")))
    return digest.hexdigest()


def load(name: str, key: str) -> Any | None:
    """The cached value of entry `name` if its key matches and it is intact, else None."""
    where = folder()
    if where is None:
        return None
    try:
        data = _entry(where, name, key).read_bytes()
        head = _MAGIC + key.encode() + b"\n"
        if not data.startswith(head):
            return None
        crc, length = int.from_bytes(data[len(head) : len(head) + 4], "big"), len(data) - len(head) - 4
        payload = data[len(head) + 4 :]
        if length <= 0 or zlib.crc32(payload) != crc:
            return None
        return marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return None


def store(name: str, key: str, value: Any) -> None:
    """Write entry `name` atomically; errors are ignored (the cache is never required)."""
    where = folder()
    if where is None:
        return
    temp = None
    try:
        payload = marshal.dumps(value)
        where.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=where)
        with os.fdopen(fd, "wb") as file:
            file.write(_MAGIC + key.encode() + b"\n" + zlib.crc32(payload).to_bytes(4, "big") + payload)
        target = _entry(where, name, key)
        os.replace(temp, target)
        temp = None
        _prune(where, name, target)
    except (OSError, ValueError):
        pass
    finally:
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass


def _prune(where: Path, name: str, keep: Path) -> None:
    """Remove all but the newest `_KEPT` entries of table `name` (and `keep`, just written)."""
    entries = []
    for path in where.glob(f"{name}-*.marshal"):
        try:
            entries.append((path.stat().st_mtime, path))
        except OSError:
            pass
    for _, path in sorted(entries, reverse=True)[_KEPT:]:
        if path != keep:
            try:
                path.unlink()
            except OSError:
                pass


def cached(name: str, key: str, build: Callable[[], Any]) -> Any:
    """The entry from the cache, or `build()` (then stored)."""
    value = load(name, key)
    if value is None:
        value = build()
        store(name, key, value)
    return value


def package_toml(relative: str) -> dict:
    """A TOML data file of the mtqa package (e.g. "data/verbs.toml"), parsed: read back from
    the cache when the file's bytes are those it was parsed from (marshal loads a table several
    times faster than tomllib parses it), else parsed and stored."""
    import tomllib
    from importlib import resources

    raw = resources.files("mtqa").joinpath(relative).read_bytes()
    name = "toml-" + relative.replace("/", "-").removesuffix(".toml")
    return cached(name, key_of(relative, raw), lambda: tomllib.loads(raw.decode("utf-8")))
