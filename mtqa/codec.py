"""How a file's bytes become text and go back to the very same bytes.

The rule, in order:
1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), whatever encoding was named;
2. otherwise valid UTF-8 without NUL bytes is UTF-8;
3. otherwise the encoding the user named (`--encoding` or `encoding` in config) is used — a
   *fallback*: `mtqa fix` writes such a file only when the name was given on its own command
   line (`confirmed`), never on the strength of a config default;
4. otherwise the bytes are refused with a message that says which `--encoding` to try.

`Decoded.encode(text)` writes text back with the same BOM and byte order, so that reading and
writing without edits gives the same bytes (checked before `fix` writes anything).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from mtqa.errors import ConfigError, InputError

# longest first: the UTF-32 LE mark begins with the UTF-16 LE one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Decoded:
    """Decoded text and how it was decoded."""

    text: str
    codec: str  # a Python codec name without BOM handling, e.g. "utf-16-be"
    bom: bytes = b""
    fallback: bool = False  # decoded with a named encoding because it is neither BOM-marked nor UTF-8

    @property
    def name(self) -> str:
        """A codec name for Document.encoding (BOM-writing where Python has one)."""
        if self.bom and self.codec == "utf-8":
            return "utf-8-sig"
        return self.codec

    def encode(self, text: str) -> bytes:
        """`text` as bytes in this file's encoding, BOM and byte order included."""
        return self.bom + text.encode(self.codec)


def check_encoding_name(name: str, where: str = "encoding") -> str:
    """`name` if Python knows it as a text encoding; ConfigError otherwise."""
    try:
        info = codecs.lookup(name)
    except (LookupError, TypeError, ValueError):
        raise ConfigError(f"{where}: unknown encoding {name!r} (e.g. utf-8, cp1256, iso-8859-6, utf-16-le)") from None
    if not getattr(info, "_is_text_encoding", True):
        raise ConfigError(f"{where}: {name!r} is not a text encoding (e.g. utf-8, cp1256, utf-16-le)")
    return name


def _utf16_or_32_guess(data: bytes) -> str | None:
    """The encoding a BOM-less UTF-16/32 file of mostly ASCII text would have, by where its
    NUL bytes fall; None when the NULs do not look like that."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    for width, names in ((4, ("utf-32-le", None, None, "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        if len(data) % width:
            continue
        columns = [sample[i::width] for i in range(width)]
        zero_share = [c.count(0) / max(len(c), 1) for c in columns]
        if width == 4:
            if min(zero_share[1:3]) > 0.9 and zero_share[0] < 0.5 and zero_share[3] > 0.9:
                return names[0]
            if min(zero_share[0:3]) > 0.9 and zero_share[3] < 0.5:
                return names[3]
        else:
            if zero_share[1] > 0.6 and zero_share[0] < 0.3:
                return names[0]
            if zero_share[0] > 0.6 and zero_share[1] < 0.3:
                return names[1]
    return None


def decode(data: bytes, where: str, encoding: str | None = None) -> Decoded:
    """Bytes to text by the rule above; InputError when they are not text."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(name)
            except UnicodeDecodeError as exc:
                raise InputError(f"{where}: invalid {name} after its byte-order mark (byte {exc.start + len(bom)})") from None
            return _no_nul(Decoded(text, name, bom), where)
    first_bad = None  # where UTF-8 decoding fails; None when there are NUL bytes
    if b"\x00" not in data:
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError as exc:
            first_bad = exc.start
    if encoding:
        check_encoding_name(encoding, "--encoding")
        if codecs.lookup(encoding).name in ("utf-16", "utf-32"):
            encoding = codecs.lookup(encoding).name + "-le"  # no BOM here: the default order
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: cannot decode as {encoding} (byte {exc.start})") from None
        except Exception as exc:  # codecs outside the standard ones may raise anything
            raise InputError(f"{where}: cannot decode as {encoding} ({type(exc).__name__})") from None
        return _no_nul(Decoded(text, encoding, fallback=True), where)
    if first_bad is None:
        guess = _utf16_or_32_guess(data)
        if guess:
            raise InputError(f"{where}: looks like {guess.upper()} without a byte-order mark; "
                             f"name it with --encoding {guess}")
        raise InputError(f"{where}: binary file (NUL byte at {data.index(0)}), not text")
    raise InputError(
        f"{where}: not valid UTF-8 (byte {first_bad}); name the encoding with --encoding, "
        "e.g. --encoding cp1256 for legacy Arabic Windows text"
    )


def _no_nul(decoded: Decoded, where: str) -> Decoded:
    if "\x00" in decoded.text:
        raise InputError(f"{where}: binary file (NUL character at {decoded.text.index(chr(0))}), not text")
    return decoded
