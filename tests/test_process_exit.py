"""The `mtqa` program ends with os._exit once its command is done (cli._end: Python's teardown
skipped). Run as a real process, it must still write every byte of its output, to a pipe and
to `-o FILE`, return the command's exit status and leave `fix`'s file written whole."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

# a line with one safe fix (the space before the full stop) and one finding of another kind;
# repeated, it makes a report far larger than a pipe's and a file buffer's capacity
LINE = "The minister said on Tuesday that the talks with the envoy ended .\n"
FIXED_LINE = "The minister said on Tuesday that the talks with the envoy ended.\n"
COPIES = 3000


def run(*args: str) -> subprocess.CompletedProcess:
    """`python -m mtqa ARGS` as its own process (so main() ends through cli._end)."""
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "mtqa", *args], capture_output=True, cwd=ROOT, env=env)


def test_exit_hooks_run_before_the_process_ends(tmp_path):
    """The program's atexit hooks (the compiled-pattern cache is saved by one) still run, and
    what they print is flushed: a script whose __main__ holds cli.main ends through cli._end."""
    mark = tmp_path / "hook-ran"
    script = (
        "import atexit, sys; from mtqa.cli import main; "
        f"atexit.register(lambda: (open({str(mark)!r}, 'w').write('yes'), print('bye')))\n"
        "main()"
    )
    result = subprocess.run([sys.executable, "-c", script, "rules"], capture_output=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr.decode()
    assert mark.read_text() == "yes"
    assert result.stdout.rstrip().endswith(b"bye") and b"NAM001" in result.stdout


def test_a_large_report_reaches_a_pipe_and_a_file_whole(tmp_path):
    article = tmp_path / "long.txt"
    article.write_text(LINE * COPIES, encoding="utf-8")
    every = ("--max-findings-per-rule", str(COPIES))  # all of them, not the first 200
    piped = run("check", str(article), "-f", "json", "--fail-on", "never", *every)
    assert piped.returncode == 0, piped.stderr.decode()
    assert len(piped.stdout) > 1_000_000  # larger than any buffer on the way
    report = tmp_path / "report.json"
    written = run("check", str(article), "-f", "json", "--fail-on", "never", *every, "-o", str(report))
    assert written.returncode == 0, written.stderr.decode()
    assert report.read_bytes() == piped.stdout
    assert piped.stdout.rstrip().endswith(b"}")


def test_exit_statuses_of_the_program(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(LINE, encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text("The minister said the talks ended on Tuesday.\n", encoding="utf-8")
    assert run("check", str(article), "--fail-on", "never").returncode == 0
    assert run("check", str(article), "--fail-on", "minor").returncode == 1
    assert run("check", str(clean)).returncode == 0
    missing = run("check", str(tmp_path / "absent.txt"))
    assert missing.returncode == 2
    lines = missing.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in lines[0]


def test_fix_writes_its_file_whole(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(LINE * COPIES, encoding="utf-8")
    result = run("fix", str(article))  # every fix, not only the first 200 a report shows
    assert result.returncode in (0, 1), result.stderr.decode()
    assert article.read_text(encoding="utf-8") == FIXED_LINE * COPIES
