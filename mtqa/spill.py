"""SpillList: a list that keeps its first items in memory and the rest in a temporary file, so
that a run over a million documents holds a bounded number of them at a time."""

from __future__ import annotations

import pickle
import tempfile
from array import array
from typing import Generic, Iterator, TypeVar

T = TypeVar("T")

IN_MEMORY = 1000  # items kept in memory before the rest go to disk
STRIDE = 64  # the file position of every 64th item on disk is kept (8 bytes per 64 items)


class SpillList(Generic[T]):
    """Append, iterate (any number of times), index and count; items past the first
    `in_memory` are pickled to an anonymous temporary file (deleted when closed or collected).
    Items read back from disk are copies: change them before appending, not after. Memory per
    item on disk is a fraction of a byte: only every STRIDE-th item's position is kept, and an
    index reads forward from the nearest one.

    The items of one stride are pickled by one Pickler and read back by one Unpickler, so what
    they have in common (classes, field names, a shared path string) is written once: an
    object appended twice within a stride comes back as one object, as it was appended."""

    def __init__(self, items=(), in_memory: int = IN_MEMORY):
        self._head: list[T] = []
        self._in_memory = in_memory
        self._file = None
        self._pickler = None
        self._on_disk = 0
        self._offsets = array("q")  # position of items 0, STRIDE, 2*STRIDE… of those on disk
        self._cursor: object = None  # who put the file position where it is (_END: appending)
        for item in items:
            self.append(item)

    def append(self, item: T) -> None:
        if len(self._head) < self._in_memory:
            self._head.append(item)
            return
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="mtqa-spill-")
        if self._cursor is not _END:
            self._file.seek(0, 2)
            self._cursor = _END
        if self._on_disk % STRIDE == 0:
            self._offsets.append(self._file.tell())
            self._pickler = pickle.Pickler(self._file, pickle.HIGHEST_PROTOCOL)
        self._pickler.dump(item)
        self._on_disk += 1

    def __len__(self) -> int:
        return len(self._head) + self._on_disk

    def __iter__(self) -> Iterator[T]:
        yield from self._head
        if self._file is None:
            return
        me, position, unpickler = object(), 0, None
        for number in range(self._on_disk):
            if self._cursor is not me:  # another reader or an append moved the file position
                self._file.seek(position)
                self._cursor = me
            if number % STRIDE == 0:
                unpickler = pickle.Unpickler(self._file)
            item = unpickler.load()
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
        index -= len(self._head)
        self._file.seek(self._offsets[index // STRIDE])
        self._cursor = None
        unpickler = pickle.Unpickler(self._file)
        for _ in range(index % STRIDE):
            unpickler.load()
        return unpickler.load()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = self._pickler = self._cursor = None
            self._offsets = array("q")
            self._on_disk = 0

    def __repr__(self) -> str:
        return f"SpillList({len(self)} items, {self._on_disk} on disk)"


_END = object()  # SpillList._cursor when the file position is at its end, after an append
