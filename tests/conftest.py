"""Shared test helpers. ../shared (beside the repo) is found through MTQA_SHARED, with the
sibling folder as fallback; tests that need it are skipped when it is absent."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MTQA_SHARED", ROOT.parent / "shared"))
# tests keep mtqa's on-disk cache (mtqa.cache) out of the user's cache folder
os.environ.setdefault("MTQA_CACHE_DIR", os.path.join(tempfile.gettempdir(), f"mtqa-test-cache-{os.getuid() if hasattr(os, 'getuid') else 0}"))
SAMPLE = SHARED / "samples" / "bani-walid-airport.txt"
DATA = Path(__file__).resolve().parent / "data"


def shared_file(relative: str) -> Path:
    """A file of ../shared, or skip the test when it is not there."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not available (set MTQA_SHARED)")
    return path


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `python -m mtqa ARGS` and capture bytes output."""
    return subprocess.run(
        [sys.executable, "-m", "mtqa", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        env={**os.environ, "NO_COLOR": "1"},
    )
