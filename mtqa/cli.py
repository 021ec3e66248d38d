"""The `mtqa` command line (typer). Errors become one line on stderr and exit code 2."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from mtqa import __version__, engine, fix as fixer, readers, resources
from mtqa.config import Config, load_config
from mtqa.errors import MtqaError
from mtqa.render import FORMATS, render
from mtqa.rules import all_rules, get, parse_example

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Quality checks for English news text machine-translated from Arabic.",
)

EXIT_PASSED, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


class FailOn(str, Enum):
    minor = "minor"
    major = "major"
    critical = "critical"
    never = "never"


OutputFormat = Enum("OutputFormat", {name: name for name in FORMATS}, type=str)


class StdinFormat(str, Enum):
    txt = "txt"
    md = "md"
    jsonl = "jsonl"


def _split(values: Optional[list[str]]) -> Optional[tuple[str, ...]]:
    if values is None:
        return None
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _config(config_path: Optional[Path], no_config: bool, **overrides) -> Config:
    base = Config() if no_config else load_config(config_path)
    return base.overridden(**overrides)


ConfigOption = Annotated[Optional[Path], typer.Option("--config", help="Config file (default: nearest mtqa.toml or pyproject.toml [tool.mtqa]).")]
NoConfigOption = Annotated[bool, typer.Option("--no-config", help="Ignore config files.")]
SelectOption = Annotated[Optional[list[str]], typer.Option("--select", help="Only these rule ids or prefixes (comma-separated, repeatable).")]
IgnoreOption = Annotated[Optional[list[str]], typer.Option("--ignore", help="Skip these rule ids or prefixes.")]
EncodingOption = Annotated[Optional[str], typer.Option("--encoding", help="Input encoding when it is not UTF-8/UTF-16 with BOM, e.g. cp1256.")]
StdinOption = Annotated[StdinFormat, typer.Option("--stdin-format", help="Format of text read from '-'.")]


def _read(paths: list[str], config: Config, stdin_format: str, show_progress: bool):
    """Documents of `paths`, with a progress bar on stderr for multi-file runs on a terminal."""
    files = readers.expand(paths)
    if not (show_progress and len(files) > 1 and sys.stderr.isatty()):
        for path in files:
            yield from readers.read_file(path, config.encoding, config.max_file_mb, stdin_format)
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("checking", total=len(files))
        for path in files:
            yield from readers.read_file(path, config.encoding, config.max_file_mb, stdin_format)
            progress.advance(task)


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = "text",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file.")] = None,
    fail_on: Annotated[Optional[FailOn], typer.Option("--fail-on", help="Lowest severity that fails the gate [default: major].")] = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    encoding: EncodingOption = None,
    stdin_format: StdinOption = StdinFormat.txt,
    config_path: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """Check texts and report findings; exit 0 (passed), 1 (gate failed) or 2 (error)."""
    config = _config(
        config_path, no_config, select=_split(select), ignore=_split(ignore), encoding=encoding,
        fail_on=fail_on.value if fail_on else None,
    )
    fmt = format.value if isinstance(format, Enum) else format
    report = engine.run(_read(paths, config, stdin_format.value, show_progress=True), config)
    color = fmt == "text" and output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    rendered = render(report, fmt, color=color)
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(rendered, encoding="utf-8")
        if fmt != "text":
            from mtqa.render.text_format import summary

            typer.echo(f"{summary(report)}; report written to {output}", err=True)
    else:
        sys.stdout.write(rendered)
    raise typer.Exit(EXIT_PASSED if report.passed else EXIT_FAILED)


@app.command()
def fix(
    paths: Annotated[list[str], typer.Argument(help="Text or Markdown files to fix in place.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; write nothing.")] = False,
    unsafe: Annotated[bool, typer.Option("--unsafe", help="Also apply suggestions not marked safe (first suggestion).")] = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    encoding: EncodingOption = None,
    config_path: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """Apply the safe suggestions to files, atomically (nothing else ever writes a user's file)."""
    config = _config(config_path, no_config, select=_split(select), ignore=_split(ignore), encoding=encoding)
    files = readers.expand(paths)
    for path in files:
        if path == "-" or Path(path).suffix.lower() in readers.JSONL_SUFFIXES:
            raise MtqaError(f"{path}: fix works on .txt and .md files only")
    docs = [d for path in files for d in readers.read_file(path, config.encoding, config.max_file_mb)]
    report = engine.run(docs, config)
    total = 0
    for doc, result in zip(docs, report.documents):
        chosen, skipped = fixer.plan(result.findings, include_unsafe=unsafe)
        total += len(chosen)
        for f in chosen:
            typer.echo(f"{doc.path}:{f.line}:{f.column}: {f.rule} {f.text!r} → {f.suggestions[0].replacement!r}")
        if chosen and not dry_run:
            fixer.write_atomically(doc.path, fixer.apply(doc.text, chosen), doc.encoding)
        if skipped:
            typer.echo(f"{doc.path}: {len(skipped)} overlapping fix(es) left for a second run", err=True)
    verb = "would apply" if dry_run else "applied"
    typer.echo(f"{verb} {total} fix(es) in {len(docs)} file(s)", err=True)


@app.command("rules")
def list_rules(
    format: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
) -> None:
    """List every rule: id, name, MQM category, default severity."""
    rules = all_rules()
    if format == "json":
        import json

        data = [{"id": r.id, "name": r.name, "category": r.category, "severity": r.severity.value} for r in rules]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if format != "text":
        raise MtqaError(f"unknown format {format!r} (text, json)")
    for r in rules:
        typer.echo(f"{r.id:<8} {r.name:<32} {r.category:<34} {r.severity.value}")


@app.command()
def explain(rule_id: Annotated[str, typer.Argument(help="A rule id, e.g. TYP008.")]) -> None:
    """Print a rule's explanation and its examples."""
    rule = get(rule_id)
    if rule is None:
        raise MtqaError(f"unknown rule {rule_id!r}; `mtqa rules` lists them")
    typer.echo(f"{rule.id} {rule.name}\ncategory: {rule.category}    severity: {rule.severity.value}\n")
    typer.echo(rule.explanation + "\n")
    typer.echo("Reported (span in ⟦ ⟧, suggestion after →):")
    for example in rule.bad:
        typer.echo(f"  ✗ {example}")
    typer.echo("Not reported:")
    for example in rule.good:
        typer.echo(f"  ✓ {example}")


@app.command()
def setup(
    check_only: Annotated[bool, typer.Option("--check", help="Only report what is missing.")] = False,
) -> None:
    """Install the NLTK resources mtqa uses (the only mtqa command that uses the network)."""
    absent = resources.missing()
    if check_only or not absent:
        for name in resources.RESOURCES:
            typer.echo(f"{name}: {'missing' if name in absent else 'ok'}")
        raise typer.Exit(EXIT_ERROR if absent else EXIT_PASSED)
    still = resources.install(absent)
    if still:
        raise MtqaError(f"could not install NLTK resource(s): {', '.join(still)}")
    typer.echo(f"installed: {', '.join(absent)}")


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"mtqa {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version.")] = False,
) -> None:
    """Quality checks for English news text machine-translated from Arabic."""


def main() -> None:
    """Console entry point: MtqaError -> one line on stderr, exit 2."""
    try:
        code = app(standalone_mode=False)  # click returns the code of typer.Exit here
    except MtqaError as exc:
        print(f"mtqa: error: {exc}", file=sys.stderr)
        sys.exit(EXIT_ERROR)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # click usage errors and the like
        if hasattr(exc, "format_message"):  # click (or typer's click) usage errors
            print(f"mtqa: error: {exc.format_message()}", file=sys.stderr)
            sys.exit(EXIT_ERROR)
        if type(exc).__name__ == "Abort":
            sys.exit(130)
        print(f"mtqa: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(EXIT_ERROR)
    sys.exit(code if isinstance(code, int) else EXIT_PASSED)
