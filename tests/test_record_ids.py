"""A repeated JSONL record id is refused exactly as a dict of every id would refuse it, though
the reader keeps only a Bloom filter of fixed size and reads the file again on a "maybe"."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from mtqa import readers
from mtqa.errors import InputError

# ids that look alike, need escapes in JSON, are numbers or the strings of numbers
ID = st.one_of(
    st.sampled_from(["a", "b", "A", "7", "07", "-1", "0", "a\"b", "a\\b", "é", "x y", "\u2028", "1", "2", "3"]),
    st.integers(min_value=-3, max_value=12),
    st.none(),  # no "id": the record is named by its line number
)
RECORD = st.tuples(ID, st.booleans(), st.booleans())  # id, blank line before, ASCII-only JSON


def _lines(records) -> list[str]:
    lines = []
    for record_id, blank, ascii_only in records:
        if blank:
            lines.append("")
        record = {"mt": f"News of {record_id}."} if record_id is None else {"id": record_id, "mt": "Talks resumed."}
        lines.append(json.dumps(record, ensure_ascii=ascii_only))
    return lines


def _expected(lines: list[str]) -> str | int:
    """What a dict of every id says: the message of the first repeated id, or the record count."""
    first: dict[str, int] = {}
    count = 0
    for number, line in enumerate(lines, start=1):
        if not line:
            continue
        record = json.loads(line)
        record_id = str(record.get("id", number))
        if record_id in first:
            seen = first[record_id]
            unnamed = ' (a record without "id" is named by its line number)' if "id" not in record or record_id == str(seen) else ""
            return f"t.jsonl:{number}: record id {record_id!r} is already used on line {seen}{unnamed}; ids must be unique"
        first[record_id] = number
        count += 1
    return count


def _read(lines: list[str], tmp_path, from_file: bool) -> str | int:
    try:
        if from_file:
            path = tmp_path / "t.jsonl"
            path.write_text("\n".join(lines) + "\n", "utf-8")
            return sum(1 for _ in readers.read_file(str(path), None, 64.0))
        return sum(1 for _ in readers.parse_jsonl("\n".join(lines), "t.jsonl"))
    except InputError as exc:
        return str(exc).replace(str(tmp_path) + "/", "")


@pytest.fixture(params=["sized", "tiny"])
def filter_size(request, monkeypatch):
    """The filter as sized for the file, and one of 64 bits that says "maybe" to nearly every id."""
    if request.param == "tiny":
        monkeypatch.setattr(readers, "_MIN_FILTER_BITS", 64)
        monkeypatch.setattr(readers, "_MAX_FILTER_BITS", 64)
    return request.param


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(RECORD, max_size=30), from_file=st.booleans())
def test_same_verdict_and_lines_as_a_dict(records, from_file, tmp_path_factory, filter_size):
    lines = _lines(records)
    assert _read(lines, tmp_path_factory.mktemp("ids"), from_file) == _expected(lines)


def test_a_tiny_filter_is_wrong_often_and_the_reading_again_corrects_it(monkeypatch, tmp_path):
    monkeypatch.setattr(readers, "_MIN_FILTER_BITS", 64)
    monkeypatch.setattr(readers, "_MAX_FILTER_BITS", 64)
    calls = []
    real = readers._first_line_of
    monkeypatch.setattr(readers, "_first_line_of", lambda *args: calls.append(real(*args)) or calls[-1])
    path = tmp_path / "t.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{i}", "mt": "Talks resumed."}) + "\n" for i in range(200)), "utf-8")
    assert len(list(readers.read_file(str(path), None, 64.0))) == 200
    assert len(calls) > 100 and set(calls) == {0}  # many wrong "maybe" answers, all found wrong
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"id": "n123", "mt": "Again."}) + "\n")
    with pytest.raises(InputError, match=r"t.jsonl:201: record id 'n123' is already used on line 124; ids must be unique$"):
        list(readers.read_file(str(path), None, 64.0))


def test_the_filter_is_sized_once_whatever_the_number_of_records():
    small = readers._SeenIds(lambda: [], "t", 10)
    assert len(small.bits) == readers._MIN_FILTER_BITS // 8
    assert len(readers._SeenIds(lambda: [], "t", 3 * 10**6).bits) == len(readers._SeenIds(lambda: [], "t", 10**8).bits) == 16 << 20
    assert all(small.add(f"id{number}", number) == 0 for number in range(1, 5001))  # distinct ids: all new
    assert len(small.bits) == readers._MIN_FILTER_BITS // 8  # never grows
