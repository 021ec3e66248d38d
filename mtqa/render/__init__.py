"""Renderers: they only format a Report; they never analyse text."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Iterator

from mtqa.report import Report


def _on_demand(module: str):
    """The renderer of module `module`, imported when first used (rich, jinja2… load only
    for the format asked for)."""

    def render(report: Report, color: bool = False) -> str:
        return importlib.import_module(f"mtqa.render.{module}").render(report, color=color)

    render.__name__ = f"{module}.render"
    return render


FORMATS = {
    "text": _on_demand("text_format"),
    "json": _on_demand("json_format"),
    "jsonl": _on_demand("jsonl_format"),
    "sarif": _on_demand("sarif_format"),
    "junit": _on_demand("junit_format"),
    "github": _on_demand("github_format"),
    "markdown": _on_demand("markdown_format"),
    "html": _on_demand("html_format"),
}


def render(report: Report, format: str = "text", color: bool = False) -> str:
    try:
        renderer = FORMATS[format]
    except KeyError:
        raise ValueError(f"unknown format {format!r}") from None
    return renderer(report, color=color)


def render_chunks(report: Report, format: str = "text", color: bool = False, quiet: bool = False) -> Iterator[str]:
    """The rendered report in pieces: text, JSON and JSONL a document at a time (bounded memory);
    the other formats are built whole. `quiet` text is the findings only."""
    if format == "text":
        return importlib.import_module("mtqa.render.text_format").chunks(report, color=color, quiet=quiet)
    if format in ("json", "jsonl"):
        return importlib.import_module(f"mtqa.render.{format}_format").chunks(report)
    return iter([render(report, format, color=color)])


def location(doc) -> str:
    """How a document is named in line-oriented output: its path, plus #id for records."""
    return doc.path if doc.path.endswith(doc.id) else f"{doc.path}#{doc.id}"


@dataclass(frozen=True)
class Place:
    """Where a finding stands in its file, for formats that point into files (GitHub, SARIF,
    JUnit, Markdown). A JSONL record's finding: the record's line and the columns of the
    characters inside its JSON string; a translation unit's: the unit's line (column None)."""

    path: str
    name: str  # path, or path#id for a record or unit
    line: int
    column: int | None
    end_column: int | None  # None when the finding spans lines or its columns are unknown
    record: bool  # a record or unit whose line (and column) are those of its file

    def label(self) -> str:
        """`path:line:col`, or `path#id (line L, col C)` for records and units."""
        if not self.record:
            return f"{self.name}:{self.line}:{self.column}"
        column = f", col {self.column}" if self.column else ""
        return f"{self.name} (line {self.line}{column})"


def place(doc, finding) -> Place:
    """The Place of a finding of document report `doc`."""
    origin = getattr(doc, "origin", None)
    if origin is None:
        single_line = "\n" not in finding.text
        end = finding.column + (finding.end - finding.start) if single_line else None
        return Place(doc.path, doc.path, finding.line, finding.column, end, False)
    if origin.has_columns:
        return Place(doc.path, location(doc), origin.line, origin.column_of(finding.start),
                     origin.column_of(finding.end), True)
    return Place(doc.path, location(doc), origin.line, None, None, True)
