#!/usr/bin/env python3
"""Build the coverage lexicon (mtqa/lexicon/data/cov-*.toml) from the compact source tables
tools/lexicon_coverage/*.psv, one line per entry.

    python3 tools/build_coverage_lexicon.py           # write the TOML files
    python3 tools/build_coverage_lexicon.py --check   # exit 1 if the committed TOML is stale
    python3 tools/build_coverage_lexicon.py --show ID # the generated misspellings of a person

Table format (tools/lexicon_coverage/README.md): `arabic | name | category | accepted |
renderings | note`, with `@country X` and `@evidence fs|own|URL` lines setting defaults.
People's misspellings are generated from a transliteration key (vowel, doubling, kh/h, q/k/g,
dh/z/th, ending and article variants of the surname) and dropped when the result is an attested
Latin spelling in ../shared/data/names, an English word (CMU dictionary), a word of the clean
English news, or a correct form of any lexicon entry. The output is deterministic.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tools" / "lexicon_coverage"
OUTPUT = ROOT / "mtqa" / "lexicon" / "data"
sys.path.insert(0, str(ROOT))

from mtqa.lexicon import parse_file  # noqa: E402
from mtqa.lexicon.generate import unique_forms as _unique  # noqa: E402

CATEGORIES = {
    "tv": "media-outlet", "paper": "media-outlet", "site": "media-outlet", "radio": "media-outlet",
    "agency": "news-agency", "party": "party", "armed": "armed-group", "body": "government-body",
    "org": "organization", "op": "military-operation", "place": "place", "person": "person",
    "title": "title",
}
HEAD_NOUNS = {  # `~X*` expands into these name-with-head-noun renderings
    "paper": ("newspaper", "daily"), "tv": ("channel", "TV"), "site": ("website", "news site"),
    "radio": ("radio",), "agency": ("agency", "news agency"),
}
CONTEXTS = {
    "media-outlet": "media", "news-agency": "media", "party": "group", "armed-group": "group",
    "government-body": "group", "organization": "group", "military-operation": "group",
    "place": "place", "person": "person", "title": "person",
}
EVIDENCE = {
    "fs": "Evidence: the project fact sheet (shared/facts/arabic-news-mt-facts.md).",
    "own": "Evidence: the compiler's own knowledge of the region's news, not independently checked.",
    "web": "Evidence: the outlet's or body's own public pages (as remembered), not re-checked.",
}
_ARTICLE_NAME = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|az|ech|es|ez|et|ad)[- ]", re.IGNORECASE)
_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-", re.IGNORECASE)
MAX_MISSPELLINGS = 8
_ARABIC_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # "الوطن (البحرين)", "Al Watan (Bahrain)": the
# table's disambiguation of homographs, not part of the printed name


class TableError(Exception):
    pass


# --- reading the tables ----------------------------------------------------------------------

def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _split(field: str) -> list[str]:
    return [part.strip() for part in field.split(";") if part.strip()]


def read_table(path: Path) -> list[dict]:
    """The rows of one .psv table as dicts (fields not yet turned into entries)."""
    rows, country, evidence = [], None, "own"
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path.name}:{number}"
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            if key == "country":
                country = value.strip()
            elif key == "evidence":
                evidence = value.strip()
            else:
                raise TableError(f"{where}: unknown directive @{key}")
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) < 3 or len(fields) > 7:
            raise TableError(f"{where}: expected 3 to 7 fields separated by '|', got {len(fields)}")
        fields += [""] * (7 - len(fields))
        arabic, name, category, accepted, renderings, note, row_country = fields
        if not country and not row_country:
            raise TableError(f"{where}: no @country before this row")
        rows.append({
            "where": where, "arabic": arabic, "name": name, "category": category,
            "accepted": _split(accepted), "renderings": _split(renderings), "note": note,
            "country": row_country or country, "evidence": evidence,
        })
    return rows


def _note(row: dict, kind: str) -> str:
    text = row["note"]
    evidence = row["evidence"]
    found = re.search(r"\[(fs|own|web|https?://[^\]\s]+)\]\s*$", text)
    if found:
        evidence, text = found.group(1), text[: found.start()].rstrip()
    described = f"{kind}, {row['country']}" + (f"; {text}" if text else "")
    source = EVIDENCE.get(evidence) or f"Evidence: {evidence}"
    return f"{described.rstrip('.')}. {source}"


KIND_WORDS = {
    "media-outlet": "News outlet", "news-agency": "News agency", "party": "Party or movement",
    "armed-group": "Armed group", "government-body": "Official body", "organization": "Organisation",
    "military-operation": "Military operation", "place": "Place", "person": "Public figure",
    "title": "Title",
}


def row_to_entry(row: dict) -> dict:
    code, _, flag = row["category"].partition(":")
    if code not in CATEGORIES or flag not in ("", "keep", "drop"):
        raise TableError(f"{row['where']}: unknown category {row['category']!r}")
    category = CATEGORIES[code]
    if not row["arabic"] or not row["name"]:
        raise TableError(f"{row['where']}: the Arabic form and the English name are required")
    literal, in_context, misspelled, never = [], [], [], []
    for form in row["renderings"]:
        if "(" in form or ")" in form:
            raise TableError(f"{row['where']}: rendering {form!r} has a parenthesis; MT output never does")
        if form.startswith("%"):
            misspelled.append(form[1:].strip())
        elif form.startswith("!"):  # a generated rendering vetoed: the name does not mean this
            never.append(form[1:].strip())
        elif form.startswith("~"):
            form = form[1:].strip()
            if form.endswith("*"):
                heads = HEAD_NOUNS.get(code)
                if not heads:
                    raise TableError(f"{row['where']}: '*' (head nouns) needs a media category, not {code!r}")
                in_context += [f"{form[:-1].strip()} {head}" for head in heads]
            else:
                in_context.append(form)
        elif form.endswith("*"):  # a distinctive word with the head nouns: never ordinary English
            heads = HEAD_NOUNS.get(code)
            if not heads:
                raise TableError(f"{row['where']}: '*' (head nouns) needs a media category, not {code!r}")
            literal += [f"{form[:-1].strip()} {head}" for head in heads]
        else:
            literal.append(form)
    keep = category in ("party", "armed-group", "government-body", "organization", "military-operation")
    keep = keep and " " in row["name"] and not _ARTICLE_NAME.match(row["name"])
    article = flag or ("keep" if keep else "drop")
    name, _, wanted_id = row["name"].partition(" #")
    row["name"] = name.strip()
    entry = {
        "id": wanted_id.strip() or slug(row["name"]), "arabic": _ARABIC_NOTE.sub("", row["arabic"]),
        "name": _ARABIC_NOTE.sub("", row["name"]), "key": (row["arabic"], row["name"].lower()), "category": category,
        "country": row["country"], "accepted": _unique(row["accepted"]), "literal": _unique(literal),
        "literal_in_context": _unique(in_context), "misspelled": _unique(misspelled), "never": _unique(never),
        "article": article, "note": _note(row, KIND_WORDS[category]), "where": row["where"],
    }
    if in_context:
        entry["context"] = CONTEXTS[category]
    return entry


# --- generated misspellings of people's names -------------------------------------------------

# One substitution at one place in the surname: (pattern, replacement). Consonant spellings
# first (what Arabic-language copy changes most: Agar -> Aqar, Mechichi -> Meshishi), then vowels.
CONSONANT_SWAPS = (
    ("kh", "h"), ("q", "k"), ("q", "g"), ("g", "q"), ("k", "q"), ("dh", "z"), ("dh", "th"), ("dh", "d"),
    ("z", "dh"), ("gh", "g"), ("sh", "ch"), ("ch", "sh"), ("dj", "j"), ("th", "t"), ("ph", "f"), ("p", "b"),
)
VOWEL_SWAPS = (
    ("ou", "u"), ("u", "ou"), ("ee", "i"), ("i", "ee"), ("oo", "u"), ("ei", "ai"), ("ai", "ei"),
    ("ay", "ai"), ("e", "i"), ("i", "e"), ("a", "e"), ("e", "a"), ("o", "u"), ("u", "o"),
)
SWAPS = CONSONANT_SWAPS + VOWEL_SWAPS
ENDINGS = (("ah", "a"), ("a", "ah"), ("eh", "a"), ("i", "y"), ("y", "i"), ("h", ""))
_VOWEL_RUN = re.compile(r"[aeiou]+")
_CONSONANT = "bcdfghjklmnpqrstvwxz"


def _longest_vowel_run(word: str) -> int:
    return max((len(m) for m in _VOWEL_RUN.findall(word)), default=0)


def _recase(variant: str, like: str) -> str:
    return variant[:1].upper() + variant[1:] if like[:1].isupper() else variant


def token_variants(token: str) -> list[str]:
    """Transliteration variants of one name token, the kinds Arabic-language copy makes most
    first: a doubled consonant written once (Bassil -> Basil), an a or e dropped between
    consonants (Akhannouch -> Akhnouch, also re-spelled: Chanegriha -> Shangriha), one
    consonant or vowel spelled differently, a consonant doubled, a different ending."""
    word = token.lower()
    out: list[str] = []

    def add(candidate: str) -> None:
        if candidate == word or candidate in out or not re.fullmatch(r"[a-z']+", candidate) or "qh" in candidate:
            return
        if any(pair in candidate and pair not in word for pair in ("uu", "ii", "aa")):
            return  # "Buurita": a vowel doubled by a swap inside "ou"
        if _longest_vowel_run(candidate) > max(2, _longest_vowel_run(word)):
            return  # "Oouyahia", "Larbaouee": not a spelling anyone writes
        out.append(candidate)

    for i in range(1, len(word)):  # doubled -> single
        if word[i] == word[i - 1] and word[i] in _CONSONANT:
            add(word[:i] + word[i + 1:])
    for i in range(2, len(word) - 2):  # a short vowel between consonants dropped
        if word[i] in "ae" and word[i - 1] in _CONSONANT and word[i + 1] in _CONSONANT:
            dropped = re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", word[:i] + word[i + 1:])
            add(dropped)
            add(mt_style(dropped))
    for old, new in SWAPS:
        for found in re.finditer(re.escape(old), word):
            add(word[: found.start()] + new + word[found.end():])
    for i in range(1, len(word) - 1):  # single -> doubled (between vowels)
        if word[i] in _CONSONANT and word[i] not in "hwy" and word[i - 1] in "aeiou" and word[i + 1] in "aeiou":
            add(word[:i] + word[i] + word[i:])
    for old, new in ENDINGS:
        if word.endswith(old) and len(word) - len(old) >= 3:
            add(word[: len(word) - len(old)] + new)
    return [_recase(v, token) for v in out]


COMMON_NAME = 10  # a surname borne by this many Wikidata people is varied only with the given names
# How Arabic-language copy re-spells a name that English news writes in a French or foreign
# style, all changes at once: "Bourita" -> "Burita", "Pedersen" -> "Bedersen".
MT_STYLE = (("ch", "sh"), ("dj", "j"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("é", "e"), ("è", "e"),
            ("ï", "i"), ("p", "b"), ("v", "f"), ("x", "ks"))
GIVEN_EXTRA = {  # given names whose Arabic-copy spelling is not a one-letter change
    "said": ("Saeed",), "saied": ("Saeed", "Said"), "hichem": ("Hisham",), "gebran": ("Jubran", "Jibran"),
    "recep": ("Rajab",), "beji": ("Baji",), "fayez": ("Fayz", "Faiz"), "aziz": ("Abdulaziz",),
    "abdelmadjid": ("Abdul Majid",), "abdelaziz": ("Abdul Aziz",), "abdel": ("Abdul",),
}


def mt_style(token: str) -> str:
    """`token` re-spelled the way Arabic-language copy spells it back (several changes at once)."""
    word = token.lower()
    for old, new in MT_STYLE:
        word = word.replace(old, new)
    word = re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", word)
    if len(word) > 4 and word.endswith("e") and word[-2] not in "aeiou":
        word = word[:-1]  # a French mute e: "Hanoune" -> "Hanun"
    return _recase(word, token)


@lru_cache(maxsize=1)
def _given_groups() -> dict[str, tuple[str, ...]]:
    text = (ROOT / "mtqa" / "data" / "name_variants.toml").read_text("utf-8")
    groups = {}
    for group in tomllib.loads(text)["groups"]:
        for spelling in group:
            groups[spelling.lower()] = tuple(g for g in group if g.lower() != spelling.lower())
    return groups


def given_variants(given: str) -> list[str]:
    """Other spellings of a given name: its group in mtqa/data/name_variants.toml, the extra
    table, its MT-style re-spelling."""
    out = [*GIVEN_EXTRA.get(given.lower(), ()), *_given_groups().get(given.lower(), ())]
    styled = mt_style(given)
    if styled.lower() != given.lower():
        out.append(styled)
    return _unique([v for v in out if " " not in v or len(v.split()) == 2])


def person_misspellings(entry: dict, blocked: set[str], attested: dict[str, int]) -> list[str]:
    """Generated wrong spellings of a person's name: the surname re-spelled (alone when it is
    long and rare enough to be distinctive, else with the given names), then the given name
    re-spelled with the surname, then the article run into the surname ("Alsisi")."""
    words = entry["name"].split()
    if len(words) < 2:
        return []
    surname = words[-1]
    prefix = _PREFIX.match(surname)
    article = prefix.group(0) if prefix else ""
    core = surname[prefix.end():] if prefix else surname
    if len(core) < 4:
        return []
    alone = attested.get(core.lower(), 0) < COMMON_NAME
    found: list[str] = []

    def add(form: str) -> bool:
        if form.lower() in blocked or form.lower() == entry["name"].lower() or form in found:
            return False
        found.append(form)
        return True

    styled = mt_style(core)
    surnames = [styled] if styled.lower() != core.lower() else []
    surnames += token_variants(core)
    varied = 0
    for variant in surnames:
        low = variant.lower()
        if low in attested or low in blocked or len(low) < 4:
            continue
        form = variant if len(low) >= 6 and alone else " ".join([*words[:-1], article + variant])
        if add(form):
            varied += 1
        if varied == MAX_MISSPELLINGS:
            break
    if alone and len(words) >= 2:
        wrong_surnames = [surname] + ([article + styled] if surnames and styled.lower() not in attested else [])
        for given in given_variants(words[0])[:2]:
            for last in wrong_surnames:
                add(" ".join([given, *words[1:-1], last]))
    articles = [w for w in words if _PREFIX.match(w)]
    if len(articles) >= 2:  # every article run into its name: "Sabah Alahmad Aljaber Alsabah"
        add(" ".join(w[:2].capitalize() + w[3:].lower() if _PREFIX.match(w) and w[2] == "-" else w for w in words))
    if article:
        joined = article[:-1].capitalize() + core.lower()
        if joined.lower() not in attested:  # "Alsisi": article run into the name
            add(joined if alone and len(joined) >= 6 else " ".join([*words[:-1], joined]))
    return found


def shared_dir() -> Path:
    return Path(os.environ.get("MTQA_SHARED") or ROOT.parent / "shared")


def ordinary_words() -> set[str]:
    """Words the clean English news writes in lower case ("sour", "salt"): never a name."""
    found: set[str] = set()
    for text in (shared_dir() / "data" / "clean-en").glob("*.txt"):
        found.update(re.findall(r"\b[a-z]+\b", text.read_text("utf-8")))
    return found


def attested_spellings() -> dict[str, int]:
    """Lower-case Latin tokens that are correct spellings somewhere (the name pairs, the CMU
    dictionary of English words and common names, the words of the clean English news), each
    with the number of Wikidata people who bear it."""
    base = shared_dir()
    names = base / "data" / "names"
    words: dict[str, int] = {}
    pairs = names / "google_transliteration_ar2en.txt"
    tokens = names / "netranslit_wd_arabic.normalized.aligned.tokens"
    if not pairs.exists() or not tokens.exists():
        raise TableError(f"the name pairs are needed to filter generated misspellings: {names} (set MTQA_SHARED)")
    for line in pairs.read_text("utf-8").splitlines():
        _, _, latin = line.partition("\t")
        for word in re.findall(r"[a-z']+", latin.lower()):
            words.setdefault(word, 0)
    for line in tokens.read_text("utf-8").splitlines():
        latin, _, rest = line.partition("\t")
        count = rest.rpartition("\t")[2]
        for word in re.findall(r"[a-z']+", latin.lower()):
            words[word] = words.get(word, 0) + (int(count) if count.isdigit() else 1)
    cmu = base / "nltk_data" / "corpora" / "cmudict" / "cmudict"
    if cmu.exists():
        for line in cmu.read_text("latin-1").splitlines():
            if line and not line.startswith(";;;"):
                words.setdefault(line.split()[0].lower(), 0)
    for text in (base / "data" / "clean-en").glob("*.txt"):
        for word in re.findall(r"[a-z']+", text.read_text("utf-8").lower()):
            words.setdefault(word, 0)
    return words


# --- writing -------------------------------------------------------------------------------------

def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_toml(entries: list[dict], source: str) -> str:
    lines = [
        f"# GENERATED by tools/build_coverage_lexicon.py from tools/lexicon_coverage/{source}.",
        "# Do not edit: change the table and rebuild (--check verifies this file is up to date).",
        "# Format: docs/lexicon-format.md.",
    ]
    for e in entries:
        lines += ["", "[[entry]]"]
        for key in ("id", "arabic", "name", "category", "country"):
            lines.append(f"{key} = {_toml_string(e[key])}")
        for key in ("accepted", "literal", "literal_in_context", "misspelled", "never"):
            if e.get(key):
                lines.append(f"{key} = [{', '.join(_toml_string(v) for v in e[key])}]")
        if e.get("context"):
            lines.append(f"context = {_toml_string(e['context'])}")
        lines.append(f"article = {_toml_string(e['article'])}")
        lines.append(f"note = {_toml_string(e['note'])}")
    return "\n".join(lines) + "\n"


def build() -> dict[Path, str]:
    """Every output file and its text; raises TableError on a bad row or a clash."""
    existing = []
    for path in sorted(OUTPUT.glob("*.toml")):
        if not path.name.startswith("cov-"):
            existing += parse_file(str(path), path.read_text("utf-8"))
    ids = {e.id for e in existing}
    correct = {f.lower() for e in existing for f in e.correct_forms}
    existing_keys = {(e.arabic, e.name.lower()) for e in existing}
    known: set[tuple[str, str]] = set()
    tables = {}
    for table in sorted(SOURCES.glob("*.psv")):
        entries = []
        for row in read_table(table):
            entry = row_to_entry(row)
            if entry["key"] in known or entry["key"] in existing_keys:
                raise TableError(f"{row['where']}: {entry['name']!r} ({entry['arabic']}) is already in the lexicon")
            known.add(entry["key"])
            base = entry["id"]
            for candidate in (base, f"{base}-{slug(entry['country'])}", f"{base}-{slug(entry['country'])}-{slug(entry['category'])}"):
                if candidate not in ids:
                    entry["id"] = candidate
                    break
            else:
                raise TableError(f"{row['where']}: cannot make a unique id for {entry['name']!r}")
            ids.add(entry["id"])
            entries.append(entry)
        tables[table] = entries
    every = [e for entries in tables.values() for e in entries]
    for e in every:
        correct.update(f.lower() for f in (e["name"], *e["accepted"]))
    owner = {}  # a wrong rendering names one entry only
    for e in existing:
        for f in (*e.literal, *e.literal_in_context, *e.misspelled):
            owner.setdefault(f.lower(), e.id)
    for e in every:
        for f in (*e["literal"], *e["literal_in_context"], *e["misspelled"]):
            if owner.setdefault(f.lower(), e["id"]) != e["id"]:
                raise TableError(f"{e['where']}: {f!r} is already a rendering of {owner[f.lower()]!r}")
    clash = [(e, f) for e in every for k in ("literal", "literal_in_context", "misspelled") for f in e[k] if f.lower() in correct]
    if clash:
        e, f = clash[0]
        raise TableError(f"{e['where']}: {f!r} is a correct form of some entry and cannot be a wrong rendering")
    ordinary = ordinary_words()
    for e in every:  # a place or person spelled like an English word would break consistency
        if e["category"] in ("person", "place"):
            for form in (e["name"], *e["accepted"]):
                if form.lower() in ordinary:
                    raise TableError(f"{e['where']}: {form!r} is an ordinary English word; it cannot be a correct form of a {e['category']}")
    attested = attested_spellings()
    for e in every:  # a one-word "misspelling" that is an attested spelling (Ariha, Omran) is dropped
        e["misspelled"] = [f for f in e["misspelled"] if " " in f.strip() or f.lower().replace("-", "") not in attested
                           and f.lower() not in attested]
    people = [e for e in every if e["category"] == "person"]
    if people:
        blocked = set(correct) | {w for f in correct for w in re.findall(r"[a-z']+", f)}
        blocked |= set(owner)
        generated = {e["id"]: person_misspellings(e, blocked, attested) for e in people}
        owners: dict[str, set[str]] = {}
        for entry_id, forms in generated.items():
            for form in forms:
                owners.setdefault(form.lower(), set()).add(entry_id)
        for e in people:  # a form two people would share identifies neither
            extra = [f for f in generated[e["id"]] if len(owners[f.lower()]) == 1]
            e["misspelled"] = _unique([*e["misspelled"], *extra])
    outputs = {}
    for table, entries in tables.items():
        path = OUTPUT / f"cov-{table.stem}.toml"
        text = to_toml(entries, table.name)
        parse_file(str(path.relative_to(ROOT)), text)  # the generated file must validate
        outputs[path] = text
    return outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="verify the committed TOML is up to date")
    parser.add_argument("--show", metavar="ID", help="print one generated entry")
    args = parser.parse_args(argv)
    try:
        outputs = build()
    except TableError as exc:
        print(f"build_coverage_lexicon: {exc}", file=sys.stderr)
        return 2
    stale_old = [p for p in OUTPUT.glob("cov-*.toml") if p not in outputs]
    if args.show:
        for text in outputs.values():
            for block in text.split("\n\n"):
                if f'\nid = "{args.show}"\n' in block:
                    print(block)
                    return 0
        print(f"build_coverage_lexicon: no entry {args.show!r}", file=sys.stderr)
        return 1
    if args.check:
        stale = [p for p, text in outputs.items() if not p.exists() or p.read_text("utf-8") != text]
        for path in [*stale, *stale_old]:
            print(f"stale: {path.relative_to(ROOT)} (run tools/build_coverage_lexicon.py)", file=sys.stderr)
        return 1 if stale or stale_old else 0
    for path in stale_old:
        path.unlink()
    for path, text in outputs.items():
        path.write_text(text, "utf-8")
    count = sum(text.count("[[entry]]") for text in outputs.values())
    print(f"wrote {len(outputs)} files, {count} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
