"""Renderers: they only format a Report; they never analyse text."""

from __future__ import annotations

from typing import Iterator

from mtqa.render import (
    github_format,
    html_format,
    json_format,
    junit_format,
    markdown_format,
    sarif_format,
    text_format,
)
from mtqa.report import Report

FORMATS = {
    "text": text_format.render,
    "json": json_format.render,
    "sarif": sarif_format.render,
    "junit": junit_format.render,
    "github": github_format.render,
    "markdown": markdown_format.render,
    "html": html_format.render,
}


def render(report: Report, format: str = "text", color: bool = False) -> str:
    try:
        renderer = FORMATS[format]
    except KeyError:
        raise ValueError(f"unknown format {format!r}") from None
    return renderer(report, color=color)


def render_chunks(report: Report, format: str = "text", color: bool = False) -> Iterator[str]:
    """The rendered report in pieces: text and JSON a document at a time (bounded memory);
    the other formats are built whole."""
    if format == "text":
        return text_format.chunks(report, color=color)
    if format == "json":
        return json_format.chunks(report)
    return iter([render(report, format, color=color)])


def location(doc) -> str:
    """How a document is named in line-oriented output: its path, plus #id for records."""
    return doc.path if doc.path.endswith(doc.id) else f"{doc.path}#{doc.id}"
