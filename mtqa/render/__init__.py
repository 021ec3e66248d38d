"""Renderers: they only format a Report; they never analyse text."""

from __future__ import annotations

import importlib
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


def render_chunks(report: Report, format: str = "text", color: bool = False) -> Iterator[str]:
    """The rendered report in pieces: text, JSON and JSONL a document at a time (bounded memory);
    the other formats are built whole."""
    if format == "text":
        return importlib.import_module("mtqa.render.text_format").chunks(report, color=color)
    if format in ("json", "jsonl"):
        return importlib.import_module(f"mtqa.render.{format}_format").chunks(report)
    return iter([render(report, format, color=color)])


def location(doc) -> str:
    """How a document is named in line-oriented output: its path, plus #id for records."""
    return doc.path if doc.path.endswith(doc.id) else f"{doc.path}#{doc.id}"
