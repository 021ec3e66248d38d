"""Lexicon names in the Arabic source: which entries the source names, and where.

An entry's Arabic form is found in the source word by word on normalised text; the first word
may carry clitics (وبالجزيرة, للجزيرة). A longer phrase that contains a name but means
something else (شبه الجزيرة "peninsula", الجزيرة العربية "Arabian Peninsula") is listed in
data/source.toml [names] not_names and hides the name under it. Where several entries overlap
(الجزيرة, الجزيرة نت) the longest wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mtqa.source import data
from mtqa.source.arabic import bare, stems, words


@dataclass(frozen=True)
class SourceName:
    entry: object  # lexicon Entry, or None for a not-name phrase
    start: int
    end: int
    strong: bool = True  # surely the name, not the ordinary word it also is
    extended: bool = False  # one word followed by an adjective: الاتحاد الأوروبي is another name


# Many names are ordinary words too (الحياة "life", المملكة "the kingdom", جدة/جده Jeddah or
# "his grandfather"): a media name is taken as a name only right after a cue (لقناة, صحيفة,
# قالت…), another single word only when it is a person's name or after a cue.
_NEEDS_CUE = ("media-outlet", "news-agency")


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    return {kind: frozenset(w.norm for phrase in phrases for w in words(phrase))
            for kind, phrases in data()["names"]["cues"].items()}


_CUE_KIND = {"media-outlet": "media", "news-agency": "media", "armed-group": "group", "party": "group",
             "military-operation": "group", "organization": "group"}


def _strong(entry, tokens, i: int, length: int) -> bool:
    cues = _cues().get(_CUE_KIND.get(entry.category, ""), frozenset())
    if i > 0 and cues:
        # "لقناة الجزيرة" names; "للشبكة الإخبارية" (the cue with the article) describes
        before = stems(tokens[i - 1].norm)
        if any(stem in cues for stem in before) and not any(stem.startswith("ال") and stem[2:] in cues for stem in before):
            return True
    if entry.category in _NEEDS_CUE:
        return False
    return length > 1 or entry.category == "person"


@lru_cache(maxsize=8)
def _index(lex) -> dict[str, list[tuple[object, tuple[str, ...]]]]:
    """First normalised word -> [(entry, all its normalised words)], entries and not-names."""
    index: dict[str, list] = {}
    for entry in lex.entries:
        forms = [w.norm for w in words(entry.arabic, numbers=True)]
        if len(forms) == 1 and len(bare(forms[0])) < 3:
            continue  # إب, الأب: two letters are found in too many ordinary words
        if forms:
            index.setdefault(forms[0], []).append((entry, tuple(forms)))
    for phrase in data()["names"]["not_names"]:
        forms = [w.norm for w in words(phrase, numbers=True)]
        index.setdefault(forms[0], []).append((None, tuple(forms)))
    return index


def find(source: str, lex) -> list[SourceName]:
    """Lexicon names of the source, longest first where they overlap; not-names removed."""
    index = _index(lex)
    tokens = words(source, numbers=True)
    found: list[SourceName] = []
    for i, word in enumerate(tokens):
        for stem in stems(word.norm):
            for entry, forms in index.get(stem, ()):
                rest = forms[1:]
                following = tokens[i + 1 : i + 1 + len(rest)]
                if len(following) == len(rest) and all(t.norm == f for t, f in zip(following, rest)):
                    end = following[-1].end if following else word.end
                    strong = entry is None or _strong(entry, tokens, i, len(forms))
                    after = tokens[i + len(forms)] if i + len(forms) < len(tokens) else None
                    extended = (len(forms) == 1 and after is not None and after.norm.startswith("ال")
                                and source[end : after.start].strip() == "")
                    found.append(SourceName(entry, word.start, end, strong, extended))
    chosen: list[SourceName] = []
    for name in sorted(found, key=lambda n: (n.start, n.start - n.end, n.entry is not None)):
        if chosen and name.start < chosen[-1].end:
            previous = chosen[-1]
            if name.end - name.start > previous.end - previous.start or (name.entry is None and name.end >= previous.end):
                chosen[-1] = name
            continue
        chosen.append(name)
    # entries that share an Arabic form (الجزيرة: Al Jazeera and the Saudi daily Al Jazirah)
    # are all named where one of them is
    spans = {(n.start, n.end) for n in chosen if n.entry is not None}
    chosen = list({(n.entry.id, n.start, n.end): n for n in found if n.entry is not None and (n.start, n.end) in spans}.values())
    # a not-name that starts before a name and covers it (شبه الجزيرة) also hides it
    blocked = [(n.start, n.end) for n in found if n.entry is None]
    return [n for n in chosen if not any(s <= n.start and n.end <= e for s, e in blocked)]


def in_source(doc, lex) -> dict[str, list[SourceName]] | None:
    """Entry id -> its occurrences in the document's source; None when there is no source."""
    if not (doc.source and doc.source.strip()):
        return None
    cache = doc.__dict__.setdefault("_source_names", {})
    if id(lex) not in cache:
        by_entry: dict[str, list[SourceName]] = {}
        for name in find(doc.source, lex):
            by_entry.setdefault(name.entry.id, []).append(name)
        cache[id(lex)] = by_entry
    return cache[id(lex)]



WEAK = "weak"  # the source has the entry's Arabic word, which may be an ordinary word too


def verdict(doc, lex, candidates):
    """How the source decides a literal-looking rendering in the translation (NAM001):
    True: the source names the entry (a media name only after a cue), so the rendering is a
    literal translation whatever the English context; False: the source does not name it, so the phrase means what it says;
    None: the English context decides (no source, an ambiguous Arabic word, or the
    translation already renders every occurrence correctly); WEAK: the source has the entry's
    one Arabic word, which weighs as evidence with the English context. Returns None without a
    source."""
    named = in_source(doc, lex)
    if named is None:
        return None
    wrong: dict[str, list[tuple[int, int]]] = {}
    for m in candidates:
        if m.kind in ("literal", "in_context", "generated"):
            wrong.setdefault(m.entry.id, []).append((m.start, m.end))
    correct = {}
    for m in candidates:
        inside_wrong = any(s <= m.start and m.end <= e for s, e in wrong.get(m.entry.id, ()))
        if m.kind == "correct" and not inside_wrong:
            correct[m.entry.id] = correct.get(m.entry.id, 0) + 1

    text = doc.prose
    strong_spans = {(n.start, n.end) for names in named.values() for n in names if n.strong}

    def decide(match, folded: str) -> bool | None:
        found = named.get(match.entry.id, [])
        strong = [n for n in found if n.strong]
        if strong:
            if correct.get(match.entry.id, 0) >= len(strong):
                return None  # every occurrence that names it is rendered correctly: this is another
                # word (لقناة الأسبوع as Al-Osboa, then الأسبوع المقبل as "next week")
            if match.kind in ("in_context", "generated") and folded[match.end : match.end + 4] == " of ":
                return None  # "the island of Malta"
            if match.kind == "generated" and _inside_title_run(text, match.start, match.end):
                return None  # one word of a longer English name: "Palestinian News and Information Agency"
            return True
        alone = [n for n in found if not n.extended]
        if found and not alone:
            found = []  # only inside longer names (الاتحاد الأوروبي): this name is not there
        if found and any((n.start, n.end) in strong_spans for n in found):
            return False  # the same Arabic names something else here (الجزيرة the channel, not the state)
        if found and match.entry.category not in _NEEDS_CUE:
            # one ordinary Arabic word (البيضاء "white", الزاوية "corner"): the source proves a
            # name only when the translation also writes the rendering as one; otherwise it is
            # one piece of the weighed evidence for an ambiguous rendering
            if match.entry.category == "organization" and " " not in match.entry.arabic.strip():
                return None  # a club's one ordinary word (الشرطة "police", الاتحاد "union"): as
                # common in the source as its meaning in English; the English context decides
            if _written_as_name(doc, text, match):
                return True
            return None if match.kind == "literal" else WEAK
        if found or _short_form_in_source(doc, match.entry):
            return None
        return False if match.kind in ("in_context", "generated") else None

    return decide


_TITLE_BEFORE = re.compile(r"[A-Z][a-z]+ (?:and )?$")
_TITLE_AFTER = re.compile(r"^ (?:and )?[A-Z][a-z]+")


def _inside_title_run(text: str, start: int, end: int) -> bool:
    """Whether a one-word match has capitalised words joined to it on both sides."""
    return " " not in text[start:end].strip() and bool(_TITLE_BEFORE.search(text[max(0, start - 30) : start])) \
        and bool(_TITLE_AFTER.match(text[end : end + 30]))


def _short_form_in_source(doc, entry) -> bool:
    """Whether the source has the first two words of the entry's Arabic name of three words or
    more: its usual short form (حركة الشباب for حركة الشباب المجاهدين). The source then does
    not deny the name; the English context decides."""
    forms = [w.norm for w in words(entry.arabic, numbers=True)]
    if len(forms) < 3:
        return False
    pairs = doc.__dict__.get("_source_word_pairs")
    if pairs is None:
        tokens = [t.norm for t in words(doc.source, numbers=True)]
        pairs = doc.__dict__["_source_word_pairs"] = {(a, b) for a, b in zip(tokens, tokens[1:])}
    return (forms[0], forms[1]) in pairs


# --- names beyond the lexicon: a transliteration model links Arabic and English words ---------

@lru_cache(maxsize=1)
def _beyond() -> dict:
    table = data()["names"]["beyond"]
    norm = lambda phrases: frozenset(w.norm for p in phrases for w in words(p))
    return {"person": norm(table["person_cues"]), "place": norm(table["place_cues"]),
            "function": norm(table["function_words"]), "match": table["match"],
            "unaccounted": table["unaccounted"]}


def introduced_names(source: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of Arabic words that a title or a place word introduces as a name:
    السيد بون, الرئيس الأمريكي دونالد ترامب (adjectives with the article skipped), مدينة مصراتة."""
    cues = _beyond()
    tokens = words(source, numbers=True)
    found = []
    for i, token in enumerate(tokens):
        forms = stems(token.norm)
        definite = any(f.startswith("ال") and f[2:] in cues["place"] for f in forms)  # المدينة: "the city"
        kind = ("person" if any(f in cues["person"] for f in forms)
                else "place" if any(f in cues["place"] for f in forms) and not definite else None)
        if kind is None:
            continue
        if i > 0 and tokens[i - 1].norm in cues["function"]:
            continue  # تلك السيدة: "that lady", not a title
        j = i + 1
        if kind == "person":
            while (j < len(tokens) and j <= i + 2 and tokens[j].norm.startswith("ال")
                   and tokens[j].norm not in cues["function"]):
                j += 1
        if j >= len(tokens) or tokens[j].start - tokens[j - 1].end > 2:
            continue  # the cue ends a clause (a comma, a quote, a full stop between)
        name = tokens[j]
        forms = stems(name.norm)
        if (not name.text[0].isascii() and len(name.norm) >= 3 and name.norm not in cues["function"]
                and not any(f.startswith("ال") for f in forms)  # الحزب, للمكان: a noun with the article
                and not any(f in cues["person"] or f in cues["place"] for f in forms)):
            found.append((name.start, name.end, name.norm))
    return found


def transliterated_in(word_norm: str, latin_words: list[str]) -> bool:
    """Whether one of the Latin words transliterates the Arabic word (with or without its
    clitics and article)."""
    from mtqa.source.translit import score

    threshold = _beyond()["match"]
    forms = stems(word_norm)
    return any(score(form, latin) >= threshold for latin in latin_words for form in forms)


def accounted_for(latin: str, source_words: list[str]) -> bool:
    """Whether some word of the source could be the Arabic of this English name."""
    from mtqa.source.translit import score

    threshold = _beyond()["unaccounted"]
    return any(score(form, latin) >= threshold for word in source_words for form in stems(word))


def _written_as_name(doc, text: str, match) -> bool:
    """Whether a rendering is capitalised mid-sentence as a name of its own ("forces entered
    White City"), not at the start of a sentence and not the first part of a longer name
    ("the White House")."""
    words = text[match.start : match.end].split()
    long_words = [w for w in words if len(w) > 3] or words
    if not long_words or not all(w[:1].isupper() for w in long_words):
        return False
    sentence = doc.sentence_at(match.start)
    lead = text[sentence.start : match.start].strip().lower() if sentence else ""
    if lead in ("", "the", "\"the", "“the"):
        return False
    before = re.search(r"([A-Za-z]+)[\s\"'“‘]{1,3}$", text[max(0, match.start - 30) : match.start])
    if before and before.group(1)[:1].isupper():
        return False  # the end of a longer name: the European Union
    return not re.match(r"[\s\"'”’]{1,3}[A-Z]", text[match.end : match.end + 4])


def source_span(doc, entry_id: str) -> dict:
    """{"source_start", "source_end"} of the entry's first occurrence in the source, or {}."""
    lex_cache = doc.__dict__.get("_source_names", {})
    for by_entry in lex_cache.values():
        if by_entry and entry_id in by_entry:
            first = by_entry[entry_id][0]
            return {"source_start": first.start, "source_end": first.end}
    return {}
