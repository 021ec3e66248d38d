"""The `mtqa` command line (typer). Errors become one line on stderr and exit code 2."""

from __future__ import annotations

import contextlib
import copy
import gc
import os
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

# A run allocates millions of small objects that reference counting frees (a document holds no
# reference cycle): the cyclic collector runs every 10,000 allocations instead of Python's 700,
# which spent about a tenth of a run's CPU (set before the imports below, which allocate a lot).
gc.set_threshold(10_000, 10, 10)

import typer  # noqa: E402

from mtqa import __version__, engine, readers, resources, safe_write
from mtqa import fix as fixer
from mtqa.config import Config, load_config, raise_unmatched, unmatched_rule_patterns
from mtqa.errors import MtqaError
from mtqa.terminal import clean
from mtqa.render import FORMATS, render_chunks
from mtqa.rules import all_rules, get

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
    if overrides.get("date") is not None:
        from mtqa.config import check_date

        check_date(overrides["date"], "--date")
    if overrides.get("encoding") is not None:
        from mtqa.codec import check_encoding_name

        check_encoding_name(overrides["encoding"], "--encoding")
    raise_unmatched(unmatched_rule_patterns(**{f"--{key}": overrides.get(key) or () for key in ("select", "ignore")}))
    return base.overridden(**overrides)


def _refuse_input_as_output(output, paths: list[str], what: str = "-o") -> None:
    """An output file that is one of the inputs (by name, symlink or hard link) is an error."""
    target = os.fspath(output)
    if not os.path.exists(target):
        return
    for path in readers.expand(paths):
        if path != "-" and os.path.samefile(path, target):
            raise MtqaError(f"{what} {target}: is the input file {path}; refusing to overwrite it")


def _emit(text: str) -> None:
    """Write the report to stdout; characters its encoding cannot hold become escapes."""
    stream = sys.stdout
    if stream is None or stream.closed:
        raise MtqaError("cannot write the report: standard output is closed (use -o FILE)")
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        return
    buffer.write(text.encode(stream.encoding or "utf-8", "backslashreplace"))
    buffer.flush()


ConfigOption = Annotated[Optional[Path], typer.Option("--config", help="Config file (default: nearest mtqa.toml or pyproject.toml [tool.mtqa]).")]
NoConfigOption = Annotated[bool, typer.Option("--no-config", help="Ignore config files.")]
SelectOption = Annotated[Optional[list[str]], typer.Option("--select", help="Only these rule ids or prefixes (comma-separated, repeatable).")]
IgnoreOption = Annotated[Optional[list[str]], typer.Option("--ignore", help="Skip these rule ids or prefixes.")]
JobsOption = Annotated[Optional[int], typer.Option("--jobs", "-j", help="Worker processes (default: one per usable core; 1: check in this process); the report is the same either way.")]
EncodingOption = Annotated[Optional[str], typer.Option("--encoding", help="Input encoding when it is not UTF-8/UTF-16 with BOM, e.g. cp1256.")]
StdinOption = Annotated[StdinFormat, typer.Option("--stdin-format", help="Format of text read from '-'.")]
DateOption = Annotated[Optional[str], typer.Option("--date", help="The articles' own date, YYYY-MM-DD: dates before it are past, after it coming (tense rules); a JSONL record's \"date\" or a dateline date in the text wins.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Only the findings: no summary, progress bar or notes on stderr.")]


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
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files, directories or - for stdin.", show_default=False)] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = "text",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file.")] = None,
    fail_on: Annotated[Optional[FailOn], typer.Option("--fail-on", help="Lowest severity that fails the gate [default: major].")] = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    encoding: EncodingOption = None,
    stdin_format: StdinOption = StdinFormat.txt,
    max_penalty: Annotated[Optional[float], typer.Option("--max-penalty", help="Fail when the penalty per 1,000 words exceeds this.")] = None,
    baseline_file: Annotated[Optional[Path], typer.Option("--baseline", help="Report only findings not in this baseline (or reviewer-decisions) file.")] = None,
    ref: Annotated[Optional[Path], typer.Option("--ref", help="Reference translation (line-aligned) for BLEU, chrF++ and TER.")] = None,
    source_file: Annotated[Optional[Path], typer.Option("--source", help="Arabic source (line-aligned) of a text input, for the SRC checks.")] = None,
    min_bleu: Annotated[Optional[float], typer.Option("--min-bleu", help="Fail when corpus BLEU is below this.")] = None,
    min_chrf: Annotated[Optional[float], typer.Option("--min-chrf", help="Fail when corpus chrF++ is below this.")] = None,
    max_ter: Annotated[Optional[float], typer.Option("--max-ter", help="Fail when corpus TER is above this.")] = None,
    max_findings_per_rule: Annotated[Optional[int], typer.Option("--max-findings-per-rule", min=1, help="Findings of one rule shown per document before one summary finding [default: 200].")] = None,
    unsafe_fixes: Annotated[bool, typer.Option("--unsafe-fixes", help="SARIF: also offer the suggestions not marked safe as fixes.")] = False,
    quiet: QuietOption = False,
    date: DateOption = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="Print the number of findings per rule instead of the findings (text or json).")] = False,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when the gate fails (errors still exit 2).")] = False,
    show_config: Annotated[bool, typer.Option("--show-config", help="Print the config file used and the resolved settings, then exit.")] = False,
    jobs: JobsOption = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Check on a Dask cluster: tcp://HOST:8786, or 'local' for one of --jobs processes here (needs mtqa's dask extra).")] = None,
    config_path: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """Check texts and report findings; exit 0 (passed), 1 (gate failed) or 2 (error)."""
    config = _config(
        config_path, no_config, select=_split(select), ignore=_split(ignore), encoding=encoding,
        fail_on=fail_on.value if fail_on else None, max_penalty=max_penalty,
        baseline=str(baseline_file) if baseline_file else None, min_bleu=min_bleu, min_chrf=min_chrf,
        max_ter=max_ter, max_findings_per_rule=max_findings_per_rule, unsafe_fixes=unsafe_fixes or None, date=date,
    )
    if show_config:
        from mtqa.config import find_config_file, to_toml

        found = None if no_config else config_path or find_config_file()
        origin = "none (--no-config)" if no_config else str(Path(found).resolve()) if found else "none found (defaults)"
        _emit(clean(f"# config file: {origin}\n", keep_newlines=True) + to_toml(config))
        raise typer.Exit(EXIT_PASSED)
    if not paths:
        raise MtqaError("Missing argument 'paths'.")
    fmt = format.value if isinstance(format, Enum) else format
    if statistics and fmt not in ("text", "json"):
        raise MtqaError("--statistics prints text or json, not " + fmt)
    if output is not None:
        _refuse_input_as_output(output, paths)
    documents = _read(paths, config, stdin_format.value, show_progress=not quiet)
    if ref is not None:
        documents = _with_reference(list(documents), ref, config)
    if source_file is not None:
        documents = _with_source(list(documents), source_file, config)
    report = engine.run(documents, config, **_parallel(jobs, scheduler))
    _warn(report)
    color = fmt == "text" and output is None and sys.stdout is not None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    rendered = _batched(render_chunks(report, fmt, color=color, quiet=quiet))  # text and JSON: a document at a time
    if statistics:
        from mtqa.render.statistics import render_statistics

        rendered = [render_statistics(report, fmt)]
    if fmt == "html" and output is None:
        output = _default_report_path(paths)
        _refuse_input_as_output(output, paths)
    if output:
        safe_write.write_chunks(output, rendered)
        if not quiet:  # every format, text too: the summary on stderr
            from mtqa.render.text_format import summary

            typer.echo(f"{summary(report)}; report written to {clean(str(output))}", err=True)
    else:
        for chunk in rendered:
            _emit(chunk)
    raise typer.Exit(EXIT_PASSED if report.passed or exit_zero else EXIT_FAILED)


def _warn(report) -> None:
    """The run's warnings (a missing NLTK resource and the rules it skipped), on stderr."""
    for warning in report.warnings:
        typer.echo(clean(f"mtqa: warning: {warning}"), err=True)


def _parallel(jobs: Optional[int], scheduler: Optional[str] = None) -> dict:
    """engine.run's `jobs` and `scheduler` from --jobs (default: one per usable core) and --scheduler."""
    from mtqa.parallel import check_jobs

    return {"jobs": check_jobs(jobs), "scheduler": scheduler}


def _batched(chunks, size: int = 1 << 16):
    """Pieces of text joined into blocks of about `size` characters (fewer, larger writes)."""
    block, length = [], 0
    for chunk in chunks:
        block.append(chunk)
        length += len(chunk)
        if length >= size:
            yield "".join(block)
            block, length = [], 0
    if block:
        yield "".join(block)


def _default_report_path(paths: list[str]) -> Path:
    """Where an HTML report goes without -o: reports/<input name>.html."""
    stem = Path(paths[0]).stem if len(paths) == 1 and paths[0] != "-" else "mtqa-report"
    return Path("reports") / f"{re.sub(r'[^A-Za-z0-9._-]+', '-', stem) or 'mtqa-report'}.html"


def _with_reference(documents, ref: Path, config: Config):
    """Attach a reference text to the one text document of the run."""
    if len(documents) != 1:
        raise MtqaError("--ref needs exactly one text input (JSONL records carry their own 'ref')")
    reference = next(readers.read_file(str(ref), config.encoding, config.max_file_mb)).text
    documents[0].reference = reference
    return documents


def _with_source(documents, source_file: Path, config: Config):
    """Attach the Arabic source to the one text document of the run (same number of lines)."""
    if len(documents) != 1 or Path(documents[0].path).suffix.lower() in readers.RECORD_SUFFIXES:
        raise MtqaError("--source needs exactly one text input (JSONL, XLIFF, TMX and PO carry their own sources)")
    source = next(readers.read_file(str(source_file), config.encoding, config.max_file_mb, "txt")).text
    lines = lambda text: len(text.removesuffix("\n").split("\n")) if text else 0
    if lines(source) != lines(documents[0].text):
        raise MtqaError(f"{source_file}: {lines(source)} lines but the translation has {lines(documents[0].text)}; --source must be line-aligned")
    documents[0].source = source
    return documents


@app.command()
def score(
    hypothesis: Annotated[Path, typer.Argument(help="Machine translation, one segment a line.")],
    references: Annotated[list[Path], typer.Argument(help="Reference translations, each line-aligned (one or more).")],
    format: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
) -> None:
    """BLEU, chrF++ and TER of HYPOTHESIS against one or more REFERENCES (sacrebleu), with signatures."""
    from mtqa import metrics

    config = Config()
    segments = [metrics.segments(next(readers.read_file(str(path), None, config.max_file_mb, "txt")).text)
                for path in (hypothesis, *references)]
    scores = metrics.corpus_scores(*segments)
    if format == "json":
        import json

        typer.echo(json.dumps(scores, indent=2))
    else:
        for value in scores.values():
            typer.echo(f"{value['name']} = {value['score']}  ({value['signature']})")


baseline_app = typer.Typer(no_args_is_help=True, help="Record accepted findings so that only new ones count.")
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("write")
def baseline_write(
    file: Annotated[Path, typer.Argument(help="Baseline file to (over)write.")],
    paths: Annotated[list[str], typer.Argument(help="Files or directories to check.")],
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    encoding: EncodingOption = None,
    config_path: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """Check PATHS and record every finding in FILE (keyed by rule, text and context)."""
    from mtqa import baseline

    config = _config(config_path, no_config, select=_split(select), ignore=_split(ignore), encoding=encoding)
    config = config.without_baseline()
    _refuse_input_as_output(file, paths, what="baseline")
    report = engine.run(_read(paths, config, "txt", show_progress=True), config)
    _warn(report)
    count = baseline.write(report, file)
    typer.echo(f"wrote {count} finding(s) to {clean(str(file))}", err=True)


@app.command()
def fix(
    paths: Annotated[list[str], typer.Argument(help="Text or Markdown files to fix in place.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; write nothing.")] = False,
    unsafe: Annotated[bool, typer.Option("--unsafe", help="Also apply suggestions not marked safe (first suggestion).")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff of the fixes; write nothing; exit 1 when there are some.")] = False,
    quiet: QuietOption = False,
    jobs: JobsOption = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    encoding: EncodingOption = None,
    date: DateOption = None,
    config_path: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """Apply the safe suggestions to files, atomically (nothing else ever writes a user's file)."""
    config = _config(config_path, no_config, select=_split(select), ignore=_split(ignore), encoding=encoding, date=date).uncapped()
    files = [fixer.load(path, config, encoding_confirmed=encoding is not None)
             for path in fixer.unique_files(_fixable(paths))]
    report = engine.run([f.document for f in files], config, **_parallel(jobs))
    _warn(report)
    fixer.prepare(files, report, include_unsafe=unsafe)
    if diff:
        patch = "".join(fixer.unified_diff(f) for f in files if f.chosen)
        _emit("\r\n".join(clean(part, keep_newlines=True) for part in patch.split("\r\n")))
        raise typer.Exit(EXIT_FAILED if patch else EXIT_PASSED)
    if dry_run:
        written = [f for f in files if f.chosen]
    else:
        try:
            written = fixer.write(files)
        except safe_write.PartialWrite as exc:
            _print_fixes([f for f in files if f.path in exc.applied])
            raise
    _print_fixes(written)
    if quiet:
        return
    for f in files:
        if f.skipped:
            typer.echo(f"{clean(f.path)}: {len(f.skipped)} overlapping fix(es) left for a second run", err=True)
    total = sum(len(f.chosen) for f in written)
    verb = "would apply" if dry_run else "applied"
    typer.echo(f"{verb} {total} fix(es) in {len(written)} of {len(files)} file(s)", err=True)


def _fixable(paths: list[str]) -> list[str]:
    """The files `fix` works on: Word files found in a folder are passed over (with a note);
    one named on the command line is refused by fixer.load."""
    files = []
    for path in paths:
        found = readers.expand([path])
        if path != "-" and os.path.isdir(path):
            word = [f for f in found if Path(f).suffix.lower() in readers.WORD_SUFFIXES]
            if word:
                typer.echo(clean(f"{path}: {len(word)} Word file(s) not fixed (fix does not write .docx)"), err=True)
                found = [f for f in found if f not in word]
        files += found
    return files


def _print_fixes(files) -> None:
    """The edits of files that were (or, with --dry-run, would be) written."""
    for item in files:
        for f in item.chosen:
            typer.echo(clean(f"{item.path}:{f.line}:{f.column}: {f.rule} {f.text!r} → {f.suggestions[0].replacement!r}"))


@app.command("rules")
def list_rules(
    format: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
) -> None:
    """List every rule: id, name, MQM category, default severity (json: also explanation,
    examples and fixability)."""
    rules = all_rules()
    if format == "json":
        import json

        from mtqa.rule_info import describe

        typer.echo(json.dumps([describe(r) for r in rules], ensure_ascii=False, indent=2))
        return
    if format != "text":
        raise MtqaError(f"unknown format {format!r} (text, json)")
    for r in rules:
        typer.echo(f"{r.id:<8} {r.name:<32} {r.category:<34} {r.severity.value}")


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(help="A rule id, e.g. TYP008.")],
    format: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
) -> None:
    """Print a rule's explanation and its examples."""
    rule = get(rule_id)
    if rule is None:
        raise MtqaError(f"unknown rule {rule_id!r}; `mtqa rules` lists them")
    if format not in ("text", "json"):
        raise MtqaError(f"unknown format {format!r} (text, json)")
    if format == "json":
        import json

        from mtqa.rule_info import describe

        typer.echo(json.dumps(describe(rule), ensure_ascii=False, indent=2))
        return
    typer.echo(f"{rule.id} {rule.name}\ncategory: {rule.category}    severity: {rule.severity.value}\n")
    typer.echo(rule.explanation + "\n")
    scoring = getattr(rule, "scoring", None)
    if scoring:
        typer.echo(scoring() + "\n")
    typer.echo("Reported (span in ⟦ ⟧, suggestion after →):")
    for example in rule.bad:
        typer.echo(f"  ✗ {example}")
        if getattr(example, "source", None) is not None:
            typer.echo(f"      source: {example.source}")
    typer.echo("Not reported:")
    for example in rule.good:
        typer.echo(f"  ✓ {example}")
        if getattr(example, "source", None) is not None:
            typer.echo(f"      source: {example.source}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON report (`check --format json`)."""
    from mtqa.report import json_schema

    _emit(json_schema())


@app.command()
def setup(
    check_only: Annotated[bool, typer.Option("--check", help="Only report what is missing.")] = False,
    from_folder: Annotated[Optional[Path], typer.Option("--from", help="Copy the resources from this folder (a copy of nltk_data) instead of downloading them.")] = None,
) -> None:
    """Install the NLTK resources mtqa uses (the only mtqa command that uses the network)."""
    absent = resources.missing()
    if check_only or not absent:
        for name in resources.RESOURCES:
            typer.echo(f"{name}: {'missing' if name in absent else 'ok'}")
        raise typer.Exit(EXIT_ERROR if absent else EXIT_PASSED)
    if from_folder is not None:
        if not from_folder.is_dir():
            raise MtqaError(f"--from {from_folder}: not a folder")
        lacking = resources.copy_from(str(from_folder), absent)
        if lacking:
            raise MtqaError(f"--from {from_folder}: has no {', '.join(lacking)} "
                            f"(looked for {', '.join(resources.RESOURCES[n].rstrip('/') for n in lacking)} in it)")
        typer.echo(f"copied {', '.join(absent)} from {clean(str(from_folder))} to {clean(resources.default_target())}")
        return
    still = resources.install(absent)
    if still:
        raise MtqaError(
            f"could not download NLTK resource(s) {', '.join(still)} (no network?); install them from a "
            f"folder that has them (a copy of nltk_data): mtqa setup --from DIR, or set NLTK_DATA=DIR; "
            f"checks still run without them, skipping only the rules that need them"
        )
    typer.echo(f"installed: {', '.join(absent)}")


@app.command("eval")
def evaluate_command(
    paths: Annotated[list[str], typer.Argument(help="Gold-annotated articles, control texts, or folders of them.")],
    format: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
    thresholds: Annotated[Optional[Path], typer.Option("--thresholds", help="TOML file of minimum figures; exit 1 when one is missed.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the tables, not the lists of misses and false alarms.")] = False,
    jobs: JobsOption = None,
    date: DateOption = None,
    config_path: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """Precision, recall and F1 per rule family against gold annotations (docs/gold-format.md)."""
    from mtqa import evaluate

    config = _config(config_path, no_config, date=date)
    result = evaluate.evaluate(evaluate.collect(paths, config.encoding), config, **_parallel(jobs))
    _warn(result)
    if format == "json":
        import json

        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif format == "text":
        typer.echo(evaluate.render_text(result, show_lists=not quiet), nl=False)
    else:
        raise MtqaError(f"unknown format {format!r} (text, json)")
    if thresholds:
        failures = evaluate.check_thresholds(result, thresholds)
        for failure in failures:
            typer.echo(f"below threshold: {failure}", err=True)
        raise typer.Exit(EXIT_FAILED if failures else EXIT_PASSED)


lexicon_app = typer.Typer(no_args_is_help=True, help="Inspect and validate the entity lexicon.")
app.add_typer(lexicon_app, name="lexicon")


def _lexicon_entries(config_path: Optional[Path], no_config: bool, files: Optional[list[Path]] = None):
    from mtqa.lexicon import load_entries

    config = _config(config_path, no_config)
    extra = tuple(config.lexicons) + tuple(str(f) for f in files or ())
    return load_entries(extra)


def _entry_line(entry) -> str:
    wrong = [*entry.literal, *entry.literal_in_context, *entry.misspelled]
    return f"{entry.id:<32} {entry.category:<19} {entry.country:<14} {entry.name} ({entry.arabic}) ← {'; '.join(wrong)}"


@lexicon_app.command("list")
def lexicon_list(
    category: Annotated[Optional[str], typer.Option("--category", help="Only this category.")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="Only this country.")] = None,
    config_path: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """List lexicon entries: id, category, country, name (Arabic) ← wrong renderings."""
    entries = _lexicon_entries(config_path, no_config)
    shown = [
        e for e in entries
        if (not category or e.category == category) and (not country or country.lower() in e.country.lower())
    ]
    for entry in shown:
        typer.echo(_entry_line(entry))
    typer.echo(f"{len(shown)} of {len(entries)} entries", err=True)


@lexicon_app.command("search")
def lexicon_search(
    query: Annotated[str, typer.Argument(help="Text to look for in names, renderings, Arabic forms and notes.")],
    config_path: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """Find entries whose forms, Arabic or note contain QUERY (case-insensitive)."""
    needle = query.casefold()
    hits = 0
    for entry in _lexicon_entries(config_path, no_config):
        fields = (entry.id, entry.arabic, entry.note, *entry.correct_forms, *entry.literal,
                  *entry.literal_in_context, *entry.misspelled)
        if any(needle in f.casefold() for f in fields):
            hits += 1
            typer.echo(_entry_line(entry))
    if not hits:
        typer.echo(f"no entry matches {query!r}", err=True)
        raise typer.Exit(EXIT_FAILED)


@lexicon_app.command("show")
def lexicon_show(
    entry_id: Annotated[str, typer.Argument(help="An entry id, as `mtqa lexicon list` prints it.")],
    config_path: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """Show one entry with every wrong rendering mtqa matches, generated ones marked."""
    from mtqa.lexicon.matcher import Lexicon

    config = _config(config_path, no_config)
    from mtqa.lexicon import load_lexicon

    lexicon: Lexicon = load_lexicon(tuple(config.lexicons))
    entry = lexicon.by_id.get(entry_id)
    if entry is None:
        raise MtqaError(f"unknown lexicon entry {entry_id!r}; `mtqa lexicon search` finds ids")
    typer.echo(f"{entry.id}: {entry.name} ({entry.arabic}) · {entry.category} · {entry.country}")
    typer.echo(f"  defined at {entry.where}")
    typer.echo(f"  correct forms: {'; '.join(entry.correct_forms)}")
    if entry.never:
        typer.echo(f"  vetoed (never): {'; '.join(entry.never)}")
    labels = {"literal": "literal (fires anywhere)", "in_context": "in context (weighed)",
              "misspelled": "misspelled", "generated": "generated (weighed)"}
    renderings = lexicon.renderings(entry)
    for form, kind in renderings:
        typer.echo(f"  {labels.get(kind, kind):<26} {form}")
    generated = sum(1 for _, kind in renderings if kind == "generated")
    typer.echo(f"  {len(renderings)} renderings, {generated} generated from the Arabic name")
    typer.echo(f"  note: {entry.note}")


@lexicon_app.command("validate")
def lexicon_validate(
    files: Annotated[Optional[list[Path]], typer.Argument(help="Extra lexicon files to validate with the built-in ones.")] = None,
    config_path: ConfigOption = None,
    no_config: NoConfigOption = False,
) -> None:
    """Validate the built-in lexicon, the configured lexicons and FILES; exit 2 on the first error."""
    entries = _lexicon_entries(config_path, no_config, files)
    typer.echo(f"ok: {len(entries)} entries")


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"mtqa {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", "-V", callback=version_callback, is_eager=True, help="Show the version.")] = False,
) -> None:
    """Quality checks for English news text machine-translated from Arabic."""


def _say(message: str) -> None:
    """One line on stderr (if there is a stderr to write to)."""
    try:
        print(clean(message), file=sys.stderr)
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Optional[list[str]] = None) -> None:
    """Console entry point: MtqaError -> one line on stderr, exit 2. As the program itself (the
    `mtqa` command, `python -m mtqa`), the process then ends at once (_end); called from other
    code (with `argv`, or from a script of its own), it raises SystemExit as sys.exit does."""
    if argv is not None or getattr(sys.modules.get("__main__"), "main", None) is not main:
        _main(argv)
        return
    try:
        _main(None)
        code = EXIT_PASSED
    except SystemExit as exc:
        code = exc.code
    _end(code)


def _end(code) -> None:
    """End the process with exit status `code` once the command is done: the exit hooks run
    (the on-disk cache of compiled patterns, multiprocessing's clean-up), the output is flushed,
    then os._exit skips Python's teardown, which frees every object of the run one at a time
    (~0.2 s CPU after a 1 MB document, as long as a tenth of the check). With another thread
    still running, the usual exit instead."""
    import atexit
    import threading

    run_hooks = getattr(atexit, "_run_exitfuncs", None)
    if run_hooks is None or threading.active_count() > 1:
        sys.exit(code)
    if code is not None and not isinstance(code, int):  # (as sys.exit prints a message and exits 1)
        _say(str(code))
        code = 1
    run_hooks()
    status = EXIT_PASSED if code is None else code
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        _say("mtqa: error: standard output was closed before the report was written")
        status = EXIT_ERROR
    except (OSError, ValueError):
        pass
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.flush()
    os._exit(status)


def _app_for(args: list[str]) -> typer.Typer:
    """`app`, or for a run of one of its commands (`mtqa check …`) a copy of it that holds only
    that command: typer makes every command's options from its annotations at each start
    (~10 ms CPU for all of them, ~1 ms for one). Usage, help and errors of the command are the
    same; anything else (no command, `--help`, a group such as `lexicon`) gets the whole app."""
    name = args[0] if args else None
    chosen = [c for c in app.registered_commands
              if (c.name or typer.main.get_command_name(c.callback.__name__)) == name]
    if len(chosen) != 1:
        return app
    alone = copy.copy(app)
    alone.registered_commands, alone.registered_groups = chosen, []
    return alone


def _main(argv: Optional[list[str]]) -> None:
    """main's work: raises SystemExit with the exit status."""
    try:
        command = _app_for(sys.argv[1:] if argv is None else argv)
        code = command(args=argv, standalone_mode=False)  # click returns the code of typer.Exit here
    except MtqaError as exc:
        _say(f"mtqa: error: {exc}")
        sys.exit(EXIT_ERROR)
    except BrokenPipeError:
        with contextlib.suppress(OSError, ValueError, AttributeError):  # no second error at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        _say("mtqa: error: standard output was closed before the report was written")
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _say(f"mtqa: error: {where}{exc.strerror or exc}")
        sys.exit(EXIT_ERROR)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _say("mtqa: interrupted")
        sys.exit(130)
    except Exception as exc:  # click usage errors and the like
        if hasattr(exc, "format_message"):  # click (or typer's click) usage errors
            _say(f"mtqa: error: {exc.format_message()}")
            sys.exit(EXIT_ERROR)
        if type(exc).__name__ == "Abort":
            sys.exit(130)
        _say(f"mtqa: internal error: {type(exc).__name__}: {exc}")
        sys.exit(EXIT_ERROR)
    sys.exit(code if isinstance(code, int) else EXIT_PASSED)
