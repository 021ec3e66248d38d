"""The entity lexicon: Arabic names that MT renders by their meaning or misspells.

Entries live in TOML files (format: docs/lexicon-format.md); the package ships
`lexicon/data/*.toml` and users add files through the `lexicons` config key. Every file is
validated on load; an error names the file and the line of the offending `[[entry]]`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from mtqa import cache
from mtqa.errors import LexiconError

CATEGORIES = (
    "media-outlet", "news-agency", "organization", "armed-group", "party", "government-body",
    "military-operation", "place", "person", "title",
)
CONTEXTS = ("media", "group", "place", "person")
_REQUIRED = {"id": str, "arabic": str, "name": str, "category": str, "country": str, "note": str}
_LISTS = ("accepted", "literal", "literal_in_context", "before", "after", "misspelled", "never")
_OPTIONAL = {"context": str, "article": str, "generate": bool}
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Entry:
    """One name: its Arabic form, correct English forms, and the wrong renderings MT makes."""

    id: str
    arabic: str
    name: str
    category: str
    country: str
    note: str
    accepted: tuple[str, ...] = ()
    literal: tuple[str, ...] = ()
    literal_in_context: tuple[str, ...] = ()
    context: str | None = None
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    misspelled: tuple[str, ...] = ()
    article: str = "drop"
    never: tuple[str, ...] = ()  # generated renderings vetoed for this entry
    generate: bool | None = None  # None: by category (people are not generated)
    file: str = ""
    line: int = 0

    @cached_property
    def correct_forms(self) -> tuple[str, ...]:
        """The name, its accepted forms and their British or American spellings ("Popular
        Mobilisation Forces" for Mobilization, "Defense" for Defence): a spelling convention
        is no other name."""
        forms = (self.name, *self.accepted)
        return forms + tuple(v for f in forms for v in _spelling_conventions(f) if v not in forms)

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


_CONVENTIONS = (  # (British, American) spellings of words in names of bodies
    (re.compile(r"(?<=[a-z]{3})is(?=ations?\b|ed\b)"), "iz"), (re.compile(r"(?<=[a-z]{3})iz(?=ations?\b|ed\b)"), "is"),
    (re.compile(r"\bDefence\b"), "Defense"), (re.compile(r"\bDefense\b"), "Defence"),
    (re.compile(r"\bCentre\b"), "Center"), (re.compile(r"\bCenter\b"), "Centre"),
    (re.compile(r"\bLabour\b"), "Labor"), (re.compile(r"\bLabor\b"), "Labour"),
)


def _spelling_conventions(form: str) -> list[str]:
    """`form` in the other spelling convention, when it has a word that differs."""
    if not any(w in form for w in ("is", "iz", "Def", "Cent", "Lab")):
        return []
    found = []
    for pattern, replacement in _CONVENTIONS:
        other = pattern.sub(replacement, form)
        if other != form and other not in found:
            found.append(other)
    return found


def _entry_lines(text: str) -> list[int]:
    """Line numbers of the `[[entry]]` headers, in order."""
    return [n for n, line in enumerate(text.splitlines(), 1) if line.strip().startswith("[[entry]]")]


def parse_file(path: str, text: str) -> list[Entry]:
    """Validate one lexicon file and return its entries."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: invalid TOML ({exc})") from None
    unknown_tables = set(data) - {"entry"}
    if unknown_tables:
        raise LexiconError(f"{path}: unknown top-level key {sorted(unknown_tables)[0]!r} (only [[entry]] tables)")
    raw_entries = data.get("entry", [])
    if not isinstance(raw_entries, list):
        raise LexiconError(f"{path}: 'entry' must be an array of tables ([[entry]])")
    lines = _entry_lines(text)
    entries = []
    for index, raw in enumerate(raw_entries):
        line = lines[index] if index < len(lines) else 0
        if not isinstance(raw, dict):
            raise LexiconError(f"{path}:{line}: entry {index + 1} must be a table ([[entry]] with keys), not {type(raw).__name__}")
        entries.append(_validate(raw, path, line))
    return entries


def _validate(raw: dict, path: str, line: int) -> Entry:
    where = f"{path}:{line}"
    known = set(_REQUIRED) | set(_LISTS) | set(_OPTIONAL)
    for key in raw:
        if key not in known:
            raise LexiconError(f"{where}: unknown key {key!r}")
    for key, kind in _REQUIRED.items():
        if not isinstance(raw.get(key), kind) or not raw[key].strip():
            raise LexiconError(f"{where}: missing or empty required key {key!r}")
    for key in _LISTS:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise LexiconError(f"{where}: {key!r} must be a list of non-empty strings")
    for key, kind in _OPTIONAL.items():
        if key in raw and not isinstance(raw[key], kind):
            raise LexiconError(f"{where}: {key!r} must be a {'boolean' if kind is bool else 'string'}")
    if not _ID.match(raw["id"]):
        raise LexiconError(f"{where}: id {raw['id']!r} must be lowercase letters, digits and hyphens")
    if raw["category"] not in CATEGORIES:
        raise LexiconError(f"{where}: unknown category {raw['category']!r} (one of {', '.join(CATEGORIES)})")
    context = raw.get("context")
    if context is not None and context not in CONTEXTS:
        raise LexiconError(f"{where}: unknown context {context!r} (one of {', '.join(CONTEXTS)})")
    if raw.get("literal_in_context") and context is None:
        raise LexiconError(f"{where}: literal_in_context needs a context")
    article = raw.get("article", "drop")
    if article not in ("drop", "keep"):
        raise LexiconError(f"{where}: article must be 'drop' or 'keep'")
    correct = {f.lower() for f in [raw["name"], *raw.get("accepted", [])]}
    common = _stop_words()
    for key in ("literal", "literal_in_context", "misspelled"):
        for form in raw.get(key, []):
            if form.lower() in correct:
                raise LexiconError(f"{where}: {form!r} is both a correct form and in {key!r}")
            words = re.findall(r"\w+", form.lower())
            if not words or all(w in common for w in words):
                raise LexiconError(
                    f"{where}: {key} form {form!r} is only common English words; it would flag ordinary text"
                )
    return Entry(
        id=raw["id"], arabic=raw["arabic"], name=raw["name"], category=raw["category"],
        country=raw["country"], note=raw["note"], context=context, article=article,
        generate=raw.get("generate"), file=path, line=line, **{key: tuple(raw.get(key, [])) for key in _LISTS},
    )


def _builtin_files() -> list[tuple[str, str]]:
    folder = resources.files("mtqa").joinpath("lexicon/data")
    return sorted(
        (f"mtqa/lexicon/data/{item.name}", item.read_text("utf-8"))
        for item in folder.iterdir()
        if item.name.endswith(".toml")
    )


def _files(extra_files: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, text) of the built-in lexicon files and of `extra_files`."""
    files = list(_builtin_files())
    for name in extra_files:
        try:
            files.append((name, Path(name).read_text("utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"{name}: cannot read lexicon ({exc})") from None
    return files


def load_entries(extra_files: tuple[str, ...] = (), files: list[tuple[str, str]] | None = None) -> list[Entry]:
    """The built-in entries plus those of `extra_files`, validated; ids unique over all."""
    files = _files(extra_files) if files is None else files
    entries: list[Entry] = []
    seen: dict[str, Entry] = {}
    for path, text in files:
        for entry in parse_file(path, text):
            if entry.id in seen:
                raise LexiconError(f"{entry.where}: duplicate id {entry.id!r} (first at {seen[entry.id].where})")
            seen[entry.id] = entry
            entries.append(entry)
    return entries


@lru_cache(maxsize=8)
def load_lexicon(extra_files: tuple[str, ...] = ()):
    """The compiled Lexicon (built once per set of files; its validated entries and automaton
    patterns are kept in the on-disk cache, keyed by the files' text and the cue lists)."""
    from mtqa import cache
    from mtqa.lexicon.matcher import Lexicon

    files = _files(extra_files)
    data = resources.files("mtqa").joinpath("lexicon")
    # The compiled form depends on the data files and on the code and tables that build it
    # (cues, stop words, the gloss table, the rendering generator).
    builders = sorted(
        item for item in data.iterdir() if item.name.endswith((".toml", ".py")) and item.name != "__init__.py"
    ) + [data.joinpath("__init__.py")]
    key = cache.key_of("lexicon", *(part for name, text in files for part in (name, text)),
                       *(item.read_text("utf-8") for item in builders))
    parts = cache.cached("lexicon", key, lambda: Lexicon(load_entries(files=files)).parts())
    lexicon = Lexicon.from_parts(parts)
    lexicon.cache_key = key  # (what tables derived from it are kept under: see `derived`)
    return lexicon


_ENTRY = "\0entry"  # an entry in a stored table: (_ENTRY, its place in lex.entries)


def derived(lex, name: str, build):
    """`build(lex)`: a table the rules make of the lexicon (an index of its people, its
    places…), built once per Lexicon and, for one that load_lexicon made, kept in the on-disk
    cache under the lexicon's key and the text of the code and data the rules are made of
    (mtqa/rules, mtqa/translit.py, mtqa/data): a run then reads it instead of building it.
    Plain values only (dicts, lists, tuples, sets, strings, numbers, None) and entries."""
    tables = lex.__dict__.setdefault("_derived", {})
    if name not in tables:
        key = getattr(lex, "cache_key", None)
        if key is None:
            tables[name] = build(lex)
        else:
            from mtqa import cache

            places = {id(entry): number for number, entry in enumerate(lex.entries)}
            stored = cache.cached(f"derived-{name}", cache.key_of("derived", key, name, _rules_digest()),
                                  lambda: _stored(build(lex), places))
            tables[name] = _restored(stored, lex.entries)
    return tables[name]


@lru_cache(maxsize=1)
def _rules_digest() -> str:
    """A digest of the modules and data files the derived tables may be built with."""
    from mtqa import cache

    root = resources.files("mtqa")
    items = [root.joinpath("translit.py")]
    for folder, suffix in (("rules", ".py"), ("data", ".toml")):
        items += sorted((i for i in root.joinpath(folder).iterdir() if i.name.endswith(suffix)), key=lambda i: i.name)
    return cache.key_of("rules", *(item.name.encode() + b"\0" + item.read_bytes() for item in items))  # (bytes: not decoded)


def _stored(value, places: dict[int, int]):
    """`value` with each entry replaced by (_ENTRY, its place) and dicts made plain."""
    if isinstance(value, Entry):
        return (_ENTRY, places[id(value)])
    if isinstance(value, dict):
        return {_stored(k, places): _stored(v, places) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return type(value)(_stored(v, places) for v in value) if type(value) in (list, tuple, set, frozenset) \
            else [_stored(v, places) for v in value]
    return value


def _restored(value, entries: list):
    """`_stored` undone. Strings and numbers, most of a table, are taken as they are, without
    a call each; a container of them alone is kept as it is (the value is the caller's fresh
    copy, from the cache or from `_stored`), found so by one pass in C over its items' types."""
    kind = type(value)
    if kind is tuple:
        if len(value) == 2 and value[0] == _ENTRY:
            return entries[value[1]]
        if _ATOMS.issuperset(map(type, value)):
            return value
        # (an entry inside, the most common item of a stored tuple, taken without a call)
        return tuple([v if type(v) in _ATOMS else entries[v[1]] if type(v) is tuple and len(v) == 2 and v[0] == _ENTRY
                      else _restored(v, entries) for v in value])
    if kind is list:
        if _ATOMS.issuperset(map(type, value)):
            return value
        return [v if type(v) in _ATOMS else _restored(v, entries) for v in value]
    if kind is dict:
        if _ATOMS.issuperset(map(type, value)):  # (the keys)
            if _ATOMS.issuperset(map(type, value.values())):
                return value
            return {k: v if type(v) in _ATOMS else _restored(v, entries) for k, v in value.items()}
        return {(k if type(k) in _ATOMS else _restored(k, entries)): (v if type(v) in _ATOMS else _restored(v, entries))
                for k, v in value.items()}
    if kind is set or kind is frozenset:
        if _ATOMS.issuperset(map(type, value)):
            return value
        return kind(v if type(v) in _ATOMS else _restored(v, entries) for v in value)
    if isinstance(value, tuple):  # (subclasses, as before)
        return tuple(_restored(v, entries) for v in value)
    if isinstance(value, list):
        return [_restored(v, entries) for v in value]
    if isinstance(value, dict):
        return {_restored(k, entries): _restored(v, entries) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return type(value)(_restored(v, entries) for v in value)
    return value


_ATOMS = frozenset((str, int, float, bool, bytes, type(None)))  # values `_stored` leaves as they are


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """English function words no wrong rendering may consist of alone (stop_words.toml)."""
    data = cache.package_toml("lexicon/stop_words.toml")
    return frozenset(data["stop_words"])


@lru_cache(maxsize=1)
def cue_sets() -> dict[str, dict]:
    """Context cue sets from cues.toml."""
    return cache.package_toml("lexicon/cues.toml")
