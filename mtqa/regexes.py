"""Regular expressions compiled once per install, not once per run.

Python's regex parser and compiler are pure Python: a start of mtqa spent about 0.05 s CPU
compiling its patterns (the word-list alternations of the rules), a run over 1 MB about 0.13 s.
`compile` keeps the compiled code of each pattern in the on-disk cache (mtqa.cache) and builds
the pattern object from it with the regex engine's own constructor, exactly as re.compile does
after compiling. The cache is never required: without it, for bytes patterns, or when the engine
differs from the one that wrote the code, re.compile is used.
"""

from __future__ import annotations

import atexit
import re
import sys
from array import array

from mtqa import cache

try:  # the engine's internals, as re.compile itself uses them (CPython 3.11 and later)
    import _sre
    from re import _compiler, _parser

    _CODE_TYPE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    _KEY = cache.key_of("regex-code-1", sys.version, str(_sre.MAGIC), str(_sre.CODESIZE))
except Exception:  # pragma: no cover - another Python: plain re.compile
    _sre = None

_NAME = "regex-code"
_KEPT_BYTES = 5 << 19  # (2.5 MB) size of the entry at most (code + pattern text), this run's patterns first:
# the whole entry is read at every start, and the patterns of other runs, versions and worktrees
# (tests compile hundreds) had grown it to 6 MB, 15-20 ms of a 0.3 s start; at 1.5 MB the 711
# patterns of a long news text (1.8 MB) did not fit, so each such run compiled ~70 of them again
# (~0.05 s CPU) and pushed out those of a short run, which compiled them again in turn
_codes: dict | None = None  # (pattern, flags) -> (flags, code bytes, groups, group names), from the cache
_made: dict = {}  # entries compiled or used in this process
_exit_hook = False


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), from the stored code when there is one."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = _made.get(key) or _stored().get(key)
    if entry is not None:
        try:
            compiled = _build(pattern, entry)
            _made[key] = entry
            return compiled
        except Exception:  # a damaged entry: compile it afresh
            pass
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        entry = (flags | parsed.state.flags, array(_CODE_TYPE, code).tobytes(), parsed.state.groups,
                 dict(parsed.state.groupdict))
        compiled = _build(pattern, entry)
    except Exception:
        return re.compile(pattern, flags)  # (raises re.error for a bad pattern, as re.compile does)
    _made[key] = entry
    _remember()
    return compiled


def unstored() -> dict:
    """The entries this process compiled that the on-disk cache does not hold (a forked
    process sends them to the main one, which stores them: mtqa.parallel)."""
    if not _made:
        return {}
    stored = _stored()
    return {key: entry for key, entry in _made.items() if key not in stored}


def adopt(entries: dict) -> None:
    """Entries another process compiled (`unstored` there), stored when this one ends."""
    if entries:
        for key, entry in entries.items():
            _made.setdefault(key, entry)
        _remember()


def _build(pattern: str, entry) -> re.Pattern:
    """The pattern object from its code, as re._compiler.compile builds it."""
    flags, code, groups, groupindex = entry
    indexgroup = [None] * groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(pattern, flags, array(_CODE_TYPE, code).tolist(), groups - 1, groupindex, tuple(indexgroup))


def _stored() -> dict:
    global _codes
    if _codes is None:
        _codes = {}
        loaded = cache.load(_NAME, _KEY)
        if isinstance(loaded, dict):
            _codes = loaded
            if _size(loaded) > _KEPT_BYTES:
                _remember()  # cut down to size when the run ends
    return _codes


def _remember() -> None:
    """Store the new code when the process ends (once)."""
    global _exit_hook
    if not _exit_hook and cache.folder() is not None:
        _exit_hook = True
        atexit.register(_store)


def _store() -> None:
    stored = _stored()
    if all(key in stored for key in _made) and _size(stored) <= _KEPT_BYTES:
        return  # (an entry grown by an earlier mtqa is cut down to size)
    kept, size = {}, 0
    for key, entry in (*_made.items(), *stored.items()):  # this run's first, then the most recent
        if key in kept:
            continue
        size += _size({key: entry})
        if size > _KEPT_BYTES:
            break
        kept[key] = entry
    cache.store(_NAME, _KEY, kept)


def _size(entries: dict) -> int:
    """Bytes of code and characters of pattern in `entries` (more than the limit if one is damaged)."""
    try:
        return sum(len(code) + len(pattern) for (pattern, _), (_, code, _, _) in entries.items())
    except (TypeError, ValueError):
        return _KEPT_BYTES + 1
