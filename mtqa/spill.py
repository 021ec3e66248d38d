"""SpillList: a list that keeps its first items in memory and the rest in a temporary file, so
that a run over a million documents holds a bounded number of them at a time."""

from __future__ import annotations

import pickle
import tempfile
from array import array
from typing import Generic, Iterator, TypeVar

T = TypeVar("T")

IN_MEMORY = 1000  # items kept in memory before the rest go to disk


class SpillList(Generic[T]):
    """Append, iterate (any number of times), index and count; items past the first
    `in_memory` are pickled to an anonymous temporary file (deleted when closed or collected).
    Items read back from disk are copies: change them before appending, not after."""

    def __init__(self, items=(), in_memory: int = IN_MEMORY):
        self._head: list[T] = []
        self._in_memory = in_memory
        self._file = None
        self._offsets = array("q")
        for item in items:
            self.append(item)

    def append(self, item: T) -> None:
        if len(self._head) < self._in_memory:
            self._head.append(item)
            return
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="mtqa-spill-")
        self._file.seek(0, 2)
        self._offsets.append(self._file.tell())
        pickle.dump(item, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def __len__(self) -> int:
        return len(self._head) + len(self._offsets)

    def __iter__(self) -> Iterator[T]:
        yield from self._head
        if self._file is None:
            return
        position = self._offsets[0] if self._offsets else 0
        for _ in range(len(self._offsets)):
            self._file.seek(position)
            item = pickle.load(self._file)
            position = self._file.tell()
            yield item

    def __getitem__(self, index: int) -> T:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("SpillList index out of range")
        if index < len(self._head):
            return self._head[index]
        self._file.seek(self._offsets[index - len(self._head)])
        return pickle.load(self._file)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
            self._offsets = array("q")

    def __repr__(self) -> str:
        return f"SpillList({len(self)} items, {len(self._offsets)} on disk)"
