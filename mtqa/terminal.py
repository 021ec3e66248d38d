"""Text that is safe to print: control characters from file names, record ids or document
text (ESC/CSI/OSC sequences, C1 controls, bidirectional overrides, lone surrogates from
undecodable file names) are shown as visible escapes instead of reaching the terminal."""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates, surrogates
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_OR_NEWLINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: str, keep_newlines: bool = False) -> str:
    """`text` with every unsafe character replaced by a backslash escape (\\x1b, \\u202e)."""
    return (_UNSAFE if keep_newlines else _UNSAFE_OR_NEWLINE).sub(_escape, text)
