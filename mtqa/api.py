"""The Python API for pipelines: check text, paths or Documents and render the report."""

from __future__ import annotations

from typing import Iterable

from mtqa import engine, readers
from mtqa.config import Config
from mtqa.document import Document
from mtqa.report import Report


def check_text(
    text: str,
    source: str | None = None,
    reference: str | None = None,
    config: Config | None = None,
    id: str = "text",
) -> Report:
    """Check one translated text (optionally with its source and a reference translation)."""
    return engine.run([Document(text=text, path="<text>", id=id, source=source, reference=reference)], config)


def check_documents(documents: Iterable[Document], config: Config | None = None, jobs: int = 1) -> Report:
    """Check Documents built by the caller (`jobs` worker processes: see mtqa.parallel)."""
    return engine.run(documents, config, jobs=jobs)


def check_paths(paths: list[str], config: Config | None = None, jobs: int = 1) -> Report:
    """Check files and directories (.txt, .md, .jsonl) as `mtqa check` does."""
    config = config or Config()
    return engine.run(readers.read_documents(paths, config.encoding, config.max_file_mb), config, jobs=jobs)


def render(report: Report, format: str = "json", color: bool = False) -> str:
    """The report as text in one of the output formats (see mtqa.render.FORMATS)."""
    from mtqa.render import render as _render

    return _render(report, format, color=color)
