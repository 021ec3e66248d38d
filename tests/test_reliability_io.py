"""Issue 11, data loss, writes and errors: one regression test (at least) per numbered item.
Run them with `pytest -m reliability` (or `-k reliability`)."""

from __future__ import annotations

import codecs
import io
import json
import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import ROOT

from mtqa import cli, engine, safe_write

pytestmark = pytest.mark.reliability

# one safe fix: the space before the full stop goes
ARTICLE = "Sánchez said the talks ended on Tuesday .\n"
FIXED = "Sánchez said the talks ended on Tuesday.\n"


def mtqa(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    """Run the CLI entry point in this process: (exit code, stdout, stderr)."""
    out, err = io.BytesIO(), io.StringIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8")
    saved = sys.stdout, sys.stderr, sys.stdin
    sys.stdout, sys.stderr, sys.stdin = stdout, err, io.TextIOWrapper(io.BytesIO(stdin))
    try:
        try:
            cli.main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code
        stdout.flush()
    finally:
        sys.stdout, sys.stderr, sys.stdin = saved
    return code, out.getvalue().decode("utf-8", "backslashreplace"), err.getvalue()


def one_line_error(result, needle: str = "") -> str:
    code, _out, err = result
    assert code == 2, (code, err)
    assert "Traceback" not in err and "internal error" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("mtqa: error:"), err
    assert needle.lower() in err.lower(), err
    return err


@contextmanager
def cwd(path: Path):
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(safe_write.TEMP_SUFFIX)]


NOT_AS_ROOT = pytest.mark.skipif(os.geteuid() == 0, reason="root reads and writes regardless of permissions")


# 1. fix must not re-encode valid UTF-8 with a configured legacy encoding ---------------------

def test_item1_configured_encoding_leaves_utf8_and_bom_alone(tmp_path):
    (tmp_path / "mtqa.toml").write_text('encoding = "cp1256"\n', encoding="utf-8")
    plain, marked = tmp_path / "plain.txt", tmp_path / "marked.txt"
    plain.write_bytes(ARTICLE.encode("utf-8"))
    marked.write_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    with cwd(tmp_path):
        code, _out, err = mtqa("fix", "plain.txt", "marked.txt")
    assert code == 0, err
    assert plain.read_bytes() == FIXED.encode("utf-8")
    assert marked.read_bytes() == codecs.BOM_UTF8 + FIXED.encode("utf-8")


def test_item1_fix_refuses_an_encoding_that_is_a_config_guess(tmp_path):
    (tmp_path / "mtqa.toml").write_text('encoding = "cp1256"\n', encoding="utf-8")
    legacy = tmp_path / "legacy.txt"
    original = "قال الوزير إن المحادثات انتهت يوم الثلاثاء .\n".encode("cp1256")
    legacy.write_bytes(original)
    with cwd(tmp_path):
        one_line_error(mtqa("fix", "legacy.txt"), "guess")
        assert legacy.read_bytes() == original
        code, _out, err = mtqa("check", "legacy.txt")  # checking with the fallback is fine
        assert code in (0, 1), err
        code, _out, err = mtqa("fix", "legacy.txt", "--encoding", "cp1256")  # confirmed
    assert code == 0, err
    assert legacy.read_bytes() == original.replace(b" .", b".")


# 2. an output path that is an input ---------------------------------------------------------

@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_item2_report_or_baseline_over_an_input_is_refused(tmp_path, how):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "out.json"
    if how == "same":
        output = article
    elif how == "symlink":
        output.symlink_to(article)
    else:
        os.link(article, output)
    one_line_error(mtqa("check", str(article), "-o", str(output), "-f", "json"), "input")
    one_line_error(mtqa("baseline", "write", str(output), str(article)), "input")
    one_line_error(mtqa("check", str(tmp_path), "-o", str(output), "-f", "json"), "input")  # via a folder
    assert article.read_text("utf-8") == ARTICLE


# 3. fix: links, owners, concurrent edits, multi-file failures, temp files, byte order --------

def test_item3_fix_through_a_symlink_fixes_the_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(ARTICLE, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    code, _out, err = mtqa("fix", str(link))
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text("utf-8") == FIXED


def test_item3_fix_refuses_to_split_hard_links(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    os.link(first, tmp_path / "b.txt")
    one_line_error(mtqa("fix", str(first)), "hard link")
    assert first.read_text("utf-8") == ARTICLE and os.stat(first).st_nlink == 2


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
def test_item3_fix_keeps_owner_group_and_mode(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    os.chown(path, 1234, 4321)
    path.chmod(0o640)
    code, _out, err = mtqa("fix", str(path))
    assert code == 0, err
    info = os.stat(path)
    assert (info.st_uid, info.st_gid, info.st_mode & 0o777) == (1234, 4321, 0o640)
    assert path.read_text("utf-8") == FIXED


def test_item3_text_appended_during_the_check_is_not_lost(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    real_run = engine.run

    def run_while_someone_appends(*args, **kwargs):
        report = real_run(*args, **kwargs)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("A late paragraph.\n")
        return report

    monkeypatch.setattr(engine, "run", run_while_someone_appends)
    one_line_error(mtqa("fix", str(path)), "changed")
    assert path.read_text("utf-8") == ARTICLE + "A late paragraph.\n"
    assert temp_files(tmp_path) == []


def _three_files(tmp_path: Path) -> list[Path]:
    paths = [tmp_path / f"{n}.txt" for n in ("one", "two", "three")]
    for path in paths:
        path.write_text(ARTICLE, encoding="utf-8")
    return paths


def test_item3_a_file_that_cannot_be_prepared_means_no_file_is_written(tmp_path, monkeypatch):
    paths = _three_files(tmp_path)
    real_mkstemp = safe_write.tempfile.mkstemp

    def mkstemp(*args, prefix="", **kwargs):
        if prefix.startswith(".two.txt"):
            raise OSError(28, "No space left on device")
        return real_mkstemp(*args, prefix=prefix, **kwargs)

    monkeypatch.setattr(safe_write.tempfile, "mkstemp", mkstemp)
    code, out, err = mtqa("fix", *map(str, paths))
    one_line_error((code, out, err), "two.txt")
    assert out == ""  # nothing is reported as applied
    assert all(p.read_text("utf-8") == ARTICLE for p in paths)
    assert temp_files(tmp_path) == []


def test_item3_a_failed_rename_reports_only_what_was_applied(tmp_path, monkeypatch):
    paths = _three_files(tmp_path)
    real_replace = os.replace

    def replace(source, target):
        if str(target).endswith("two.txt"):
            raise OSError(5, "Input/output error")
        return real_replace(source, target)

    monkeypatch.setattr(safe_write.os, "replace", replace)
    code, out, err = mtqa("fix", *map(str, paths))
    one_line_error((code, out, err), "two.txt")
    assert "one.txt" in out and "two.txt" not in out and "three.txt" not in out
    assert [p.read_text("utf-8") for p in paths] == [FIXED, ARTICLE, ARTICLE]
    assert temp_files(tmp_path) == []


def test_item3_sigterm_during_the_write_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    script = (
        "import os, signal, sys\n"
        "from mtqa import cli, safe_write\n"
        "real = os.fsync\n"
        "def fsync(fd):\n"
        "    real(fd)\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "safe_write.os.fsync = fsync\n"
        f"cli.main(['fix', {str(path)!r}])\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, cwd=ROOT)
    assert result.returncode == 130, result.stderr
    assert b"Traceback" not in result.stderr
    assert path.read_text("utf-8") == ARTICLE
    assert temp_files(tmp_path) == []


@pytest.mark.parametrize("encoding,bom", [
    ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-be", codecs.BOM_UTF32_BE),
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-32-le", codecs.BOM_UTF32_LE),
])
def test_item3_byte_order_is_kept(tmp_path, encoding, bom):
    path = tmp_path / "a.txt"
    path.write_bytes(bom + ARTICLE.encode(encoding))
    code, _out, err = mtqa("fix", str(path))
    assert code == 0, err
    assert path.read_bytes() == bom + FIXED.encode(encoding)


def test_item3_encoding_flag_does_not_drop_a_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    code, _out, err = mtqa("fix", str(path), "--encoding", "utf-8")
    assert code == 0, err
    assert path.read_bytes() == codecs.BOM_UTF8 + FIXED.encode("utf-8")


# 4. reports are written atomically ----------------------------------------------------------

def test_item4_a_full_disk_leaves_the_old_report_whole(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    report = tmp_path / "r.json"
    report.write_text('{"old": true}\n', encoding="utf-8")

    def full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", full)
    one_line_error(mtqa("check", str(article), "-o", str(report), "-f", "json"), "no space")
    assert json.loads(report.read_text("utf-8")) == {"old": True}
    assert temp_files(tmp_path) == []
    monkeypatch.undo()
    code, _out, err = mtqa("check", str(article), "-o", str(report), "-f", "json")
    assert code in (0, 1), err
    assert json.loads(report.read_text("utf-8"))["summary"]["documents"] == 1


# 9. unreadable subdirectory -----------------------------------------------------------------

def test_item9_unreadable_subdirectory_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    one_line_error(mtqa("check", str(tmp_path)), "locked")


@NOT_AS_ROOT
def test_item9_unreadable_subdirectory_for_real(tmp_path):
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0o000)
    try:
        one_line_error(mtqa("check", str(tmp_path)), "permission denied")
    finally:
        locked.chmod(0o755)


# 10. errors that were "internal error" ------------------------------------------------------

def test_item10_output_is_a_directory(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    one_line_error(mtqa("check", str(article), "-o", str(tmp_path), "-f", "json"), "directory")


def _dev_full_reports_no_space() -> bool:
    """True where /dev/full behaves as documented (some sandboxes map it to a sink)."""
    try:
        with open("/dev/full", "wb") as handle:
            handle.write(b"x")
    except OSError:
        return True
    return False


@pytest.mark.skipif(not _dev_full_reports_no_space(), reason="/dev/full is missing or accepts writes here")
def test_item10_output_to_dev_full(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    one_line_error(mtqa("check", str(article), "-o", "/dev/full", "-f", "json"), "no space")


def test_item10_read_only_directory_in_fix(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def mkstemp(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(safe_write.tempfile, "mkstemp", mkstemp)
    one_line_error(mtqa("fix", str(path)), "permission denied")
    assert path.read_text("utf-8") == ARTICLE


@NOT_AS_ROOT
def test_item10_read_only_directory_in_fix_for_real(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    folder.chmod(0o555)
    try:
        one_line_error(mtqa("fix", str(path)), "permission denied")
    finally:
        folder.chmod(0o755)
    assert path.read_text("utf-8") == ARTICLE


def test_item10_non_utf8_file_name_with_output(tmp_path):
    folder = os.fsencode(tmp_path)
    name = os.path.join(folder, b"caf\xe9 .txt")
    with open(name, "wb") as handle:
        handle.write(ARTICLE.encode("utf-8"))
    path = os.fsdecode(name)
    report = tmp_path / "r.json"
    code, _out, err = mtqa("check", path, "-o", str(report), "-f", "json")
    assert code in (0, 1) and "error" not in err, err
    assert json.loads(report.read_text("utf-8"))["documents"][0]["path"].startswith(str(tmp_path))
    code, out, err = mtqa("check", path)
    assert code in (0, 1) and "error" not in err, err
    assert "caf\\udce9 .txt" in out or "caf\\xe9" in out


@pytest.mark.parametrize("redirect", ["<&-", ">&-"])
def test_item10_closed_stdin_or_stdout(tmp_path, redirect):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    target = "-" if redirect == "<&-" else str(article)
    result = subprocess.run(
        ["sh", "-c", f'exec "$0" -m mtqa check "$1" {redirect}', sys.executable, target],
        capture_output=True, cwd=ROOT, env={**os.environ, "NO_COLOR": "1"},
    )
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "Traceback" not in err and "internal error" not in err, err
    assert "closed" in err, err


@pytest.mark.parametrize("content", [
    {"findings": [1]},
    {"findings": [{"rule": "TYP007"}]},
    {"findings": {"rule": "TYP007"}},
    {"decisions": ["rejected"]},
    {"findings": [{"rule": 7, "fingerprint": "x"}]},
])
def test_item10_baseline_entries_of_the_wrong_shape(tmp_path, content):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    baseline = tmp_path / "base.json"
    baseline.write_text(json.dumps(content), encoding="utf-8")
    one_line_error(mtqa("check", str(article), "--baseline", str(baseline)), "base.json")


@pytest.mark.parametrize("line,needle", [
    ("max_file_mb = inf", "max_file_mb"),
    ("max_file_mb = nan", "max_file_mb"),
    ('encoding = "rot13"', "not a text encoding"),
    ('encoding = "no-such-codec"', "unknown encoding"),
])
def test_item10_config_values_that_crashed(tmp_path, line, needle):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "mtqa.toml").write_text(line + "\n", encoding="utf-8")
    with cwd(tmp_path):
        one_line_error(mtqa("check", "a.txt"), needle)


@pytest.mark.parametrize("name", ["rot13", "no-such-codec"])
def test_item10_encoding_flag_must_be_a_text_encoding(tmp_path, name):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    one_line_error(mtqa("check", str(article), "--encoding", name, "--no-config"), "encoding")
    one_line_error(mtqa("fix", str(article), "--encoding", name, "--no-config"), "encoding")


def test_item10_lexicon_entry_that_is_not_a_table(tmp_path):
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text("entry = [1, 2]\n", encoding="utf-8")
    one_line_error(mtqa("lexicon", "validate", str(lexicon), "--no-config"), "must be a table")


def test_item10_oserror_anywhere_is_one_line(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")

    def broken(*_args, **_kwargs):
        raise OSError(5, "Input/output error", "somewhere")

    monkeypatch.setattr(engine, "run", broken)
    one_line_error(mtqa("check", str(article)), "somewhere: Input/output error")


# 11. accepted but wrong config --------------------------------------------------------------

@pytest.mark.parametrize("text,needle", [
    ("max_file_mb = true", "max_file_mb"),
    ("max_sentence_words = true", "max_sentence_words"),
    ("[weights]\nmajor = inf", "weights"),
    ("max_penalty = nan", "max_penalty"),
    ('[severity]\n"" = "critical"', "every rule"),
    ('[severity]\n"ZZZ" = "critical"', "matches no rule"),
    ('select = ["ZZZ"]', "matches no rule"),
    ('[house_style]\n"no-such-entry" = "Whatever"', "unknown lexicon entry"),
])
def test_item11_config_values_that_were_accepted(tmp_path, text, needle):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "mtqa.toml").write_text(text + "\n", encoding="utf-8")
    with cwd(tmp_path):
        one_line_error(mtqa("check", "a.txt"), needle)


def test_item11_house_style_with_a_known_id_is_accepted(tmp_path):
    (tmp_path / "mtqa.toml").write_text('[house_style]\n"al-jazeera" = "Aljazeera"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with cwd(tmp_path):
        code, _out, err = mtqa("check", "a.txt")
    assert code in (0, 1), err


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_item11_rule_pattern_flag_that_matches_nothing(tmp_path, flag):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    one_line_error(mtqa("check", str(article), flag, "ZZZ", "--no-config"), "ZZZ")
    code, _out, err = mtqa("check", str(article), flag, "typ", "--no-config")  # a real prefix
    assert code in (0, 1), err


@pytest.mark.parametrize("form", ["the", "of the", "In"])
def test_item11_lexicon_literal_of_stop_words_is_rejected(tmp_path, form):
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text(
        '[[entry]]\nid = "x-paper"\narabic = "س"\nname = "Al-Sin"\ncategory = "media-outlet"\n'
        f'country = "Libya"\nnote = "a newspaper"\nliteral = ["{form}"]\n', encoding="utf-8")
    one_line_error(mtqa("lexicon", "validate", str(lexicon), "--no-config"), "common English")
    lexicon.write_text(lexicon.read_text("utf-8").replace(f'["{form}"]', '["the letter S"]'), encoding="utf-8")
    code, out, err = mtqa("lexicon", "validate", str(lexicon), "--no-config")
    assert code == 0, err


# 13. terminal and XML injection -------------------------------------------------------------

def test_item13_escape_sequences_in_names_and_ids_do_not_reach_the_terminal(tmp_path):
    path = tmp_path / "a\x1b]0;pwned\x07\x1b[2J.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"id": "x\x1b[31m\u202e\x9b", "mt": ARTICLE}) + "\n", encoding="utf-8")
    for target in (path, records):
        code, out, err = mtqa("check", str(target))
        assert code in (0, 1), err
        assert not any(c in out + err for c in "\x1b\x07\x9b\u202e"), out
        assert "\\x1b" in out


@pytest.mark.parametrize("fmt", ["github", "markdown"])
def test_item13_escape_sequences_do_not_reach_ci_logs_or_comments(tmp_path, fmt):
    records = tmp_path / "r\x1b[2J.jsonl"
    records.write_text(json.dumps({"id": "x\x1b]0;t\x07\u202e", "mt": "The the talks ended .\n"}) + "\n", encoding="utf-8")
    code, out, err = mtqa("check", str(records), "-f", fmt, "--fail-on", "never")
    assert code == 0, err
    assert not any(c in out for c in "\x1b\x07\u202e"), out
    assert "\\x1b" in out


def test_item13_control_characters_in_ids_keep_junit_well_formed(tmp_path):
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"id": "bad\x01\x1b[0m\x0c", "mt": "The the talks ended .\n"}) + "\n", encoding="utf-8")
    code, out, err = mtqa("check", str(records), "-f", "junit", "--fail-on", "minor")
    assert code in (0, 1), err
    suite = ET.fromstring(out.encode("utf-8"))
    assert suite.find("testcase").get("name").endswith("bad\\x01\\x1b[0m\\x0c")


# 14. encodings and binary detection ---------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_item14_utf16_without_bom_suggests_the_encoding(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    one_line_error(mtqa("check", str(path), "--no-config"), f"--encoding {encoding}")
    code, out, err = mtqa("check", str(path), "--encoding", encoding, "--no-config", "-f", "json")
    assert code in (0, 1), err
    assert json.loads(out)["documents"][0]["findings"][0]["text"] == " ."


def test_item14_nul_bytes_anywhere_are_binary(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"word " * 4000 + b"\x00tail\n")
    one_line_error(mtqa("check", str(path), "--no-config"), "binary")


def test_item14_po_file_in_iso_8859_1(tmp_path):
    path = tmp_path / "a.po"
    path.write_bytes(
        b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
        b'#: article.c:1\nmsgid "Caf\xe9"\nmsgstr "The caf\xe9 talks ended on Tuesday ."\n'
    )
    code, out, err = mtqa("check", str(path), "-f", "json", "--no-config")
    assert code in (0, 1), err
    doc = json.loads(out)["documents"][0]
    assert [f["text"] for f in doc["findings"]] == [" ."]


def test_fix_is_deterministic_and_prints_only_applied_fixes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = mtqa("fix", str(path), "--dry-run")
    assert code == 0 and "TYP007" in out and "would apply 1 fix(es) in 1 of 1 file(s)" in err
    assert path.read_text("utf-8") == ARTICLE
    code, out, err = mtqa("fix", str(path))
    assert code == 0 and "applied 1 fix(es) in 1 of 1 file(s)" in err
    assert path.read_text("utf-8") == FIXED


# found by the fuzz test: Markdown with CR or CRLF line endings crashed or masked the wrong lines

@pytest.mark.parametrize("newline", ["\r", "\r\n"])
def test_markdown_code_blocks_with_cr_line_endings(tmp_path, newline):
    path = tmp_path / "a.md"
    text = newline.join(["Intro text.", "", "```", "code .", "```", "The talks ended ."]) + newline
    path.write_bytes(text.encode("utf-8"))
    code, out, err = mtqa("check", str(path), "-f", "json", "--no-config", "--select", "TYP007")
    assert code in (0, 1), err
    findings = json.loads(out)["documents"][0]["findings"]
    assert [f["text"] for f in findings] == [" ."]  # the one in the code block is masked
    assert findings[0]["start"] == text.index("ended .") + len("ended")
