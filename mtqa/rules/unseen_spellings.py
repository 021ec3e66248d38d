"""NAM002 on unseen spellings of a person's surname written alone after a title ("President
Tebbone", "Prime Minister Miqaty", "Foreign Minister Bouritta").

Every person of the lexicon gives its family names (the last word of each correct form); a
word after a title that has the wide consonant skeleton of one of them (name_forms.
wide_skeleton: vowels, doubled letters, q/k/g, ou/w… folded) and the same first letter class,
but is no spelling the person's entry lists, is that name misspelt. Precision: the word must
be no English word (n-gram counts), no common given name, no correct spelling of any person of
the lexicon, of four letters or more, and close to the family name letter by letter.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from mtqa import cache, translit
from mtqa.memo import decided, memo
from mtqa.scan import at_literals, expect, literals_in, occurrences, tried_at, word_trigger
from mtqa.lexicon import derived
from mtqa.lexicon.ngrams import ngram_counts
from mtqa.source.arabic import normalise, stems
from mtqa.source.translit import score

# a title, then one capitalised word that no other capitalised word follows
_TITLES = (
    r"President", r"Minister", r"Premier", r"Sheikh", r"Shaikh", r"Emir", r"Amir", r"King", r"Prince", r"Sultan",
    r"Speaker", r"General", r"Gen\.", r"Marshal", r"Colonel", r"Col\.", r"Commander", r"Imam", r"Sayyed",
    r"Ayatollah", r"Mr\.?", r"Dr\.?", r"envoy", r"counterpart", r"spokesman", r"leader", r"chief",
    # words that put a man's name after them as surely as a title: "the forces of Hemedti"
    r"forces of", r"loyal to", r"led by", r"headed by", r"supporters of", r"followers of",
)
_TITLED = re.compile(
    r"\b(?:" + "|".join(_TITLES) + r")[ \t]++([A-Z][a-z]{3,}+(?:-[A-Z][a-z]++)?)\b(?![ \t]*+(?:[A-Z]|al-|el-|bin\b|ibn\b))"
)
_TITLE_LITERALS = tuple(t.replace("\\.?", "").replace("\\.", ".") for t in _TITLES)  # where a match can start
expect(_TITLE_LITERALS)  # (found in one pass in a long text: scan.expect)
_TITLE_WORDS = word_trigger(_TITLE_LITERALS)  # every match holds one of these words (scan.word_trigger)


@lru_cache(maxsize=4)
def given_skeletons(lex) -> frozenset[str]:
    """The wide skeletons of the given names of the lexicon's people (the first word of each
    correct form after its titles): "Sheikh Mishal" may be the Emir of Kuwait, not a misspelt
    Mashaal."""
    return derived(lex, "given-skeletons", _build_given_skeletons)


def _build_given_skeletons(lex) -> frozenset[str]:
    from mtqa.rules.name_forms import _bare, _name_words, wide_skeleton

    found = set()
    for entry in lex.entries:
        if entry.category == "person":
            for form in entry.correct_forms:
                words = _name_words(form)
                if len(words) >= 2:
                    found.add(wide_skeleton(_bare(words[0])))
    return frozenset(found)


@lru_cache(maxsize=4)
def _families(lex) -> tuple[dict, frozenset[str]]:
    """(person skeleton -> [(entry, family name, every spelling of the entry)], every word of every
    person's correct forms) for the people of the lexicon."""
    return derived(lex, "families", _build_families)


def _build_families(lex) -> tuple[dict, frozenset[str]]:
    from mtqa.rules.name_forms import _bare, _spellings, person_skeleton

    index: dict[str, list] = {}
    words: set[str] = set()
    for entry in lex.entries:
        if entry.category != "person":
            continue
        spellings = _spellings(entry) | {_bare(w) for f in entry.misspelled for w in f.split()}
        words |= _spellings(entry)
        for form in entry.correct_forms:
            family = _bare(form.split()[-1])
            if len(family) >= 4 and family.isalpha():
                found = index.setdefault(person_skeleton(family), [])
                if not any(e is entry for e, _, _ in found):
                    found.append((entry, family, spellings))
    return index, frozenset(words)


_MUTE_E = re.compile(r"(?<=[^aeiou])e$")  # a French mute e, not pronounced in Arabic

# a surname alone as the subject of a verb of speech: "Tebboun said", "Mikaty's office stated"
_SPEECH = ("said", "says", "told", "added", "stressed", "affirmed", "announced", "warned", "stated", "noted",
           "confirmed", "denied", "urged", "insisted", "pointed")
_SPEECH_WORDS = frozenset(_SPEECH)
_SPEAKER = re.compile(r"(?<![\w'’-])((?:[Aa]l-|[Ee]l-)?+[A-Z][a-z]{3,}+)(?:['’]s[ ][a-z]++)?+[ ](?:" + "|".join(_SPEECH) + r")\b")
_WORD_BEFORE = re.compile(r"(?:^|[^\w'’-])([\w'’-]++)[ ]\Z")
_OPENERS = frozenset(("later", "then", "but", "and", "meanwhile", "however", "also", "yesterday", "today", "while",
                      "as", "when", "after", "where", "whereas"))


_SPEECH_LITERALS = tuple(f" {verb}" for verb in _SPEECH)  # every _SPEAKER match ends with one
expect(_SPEECH_LITERALS)
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _speaker_starts(prose: str) -> list[int]:
    """Where a _SPEAKER match can start, read back from each " said", " told"…: the capital
    before the lower-case letters right before it, or before "'s" and a lower-case word, and
    three characters earlier (an "al-"); every match starts at one of them."""
    starts = set()
    lower = _LOWER_LETTERS
    for at in occurrences(prose, *_SPEECH_LITERALS):
        for _ in range(2):  # the name right before, then the name before "'s" and a word
            while at > 0 and prose[at - 1] in lower:
                at -= 1
            if at > 0 and "A" <= prose[at - 1] <= "Z":
                starts.update((at - 1, at - 4))
            if at < 3 or prose[at - 1] != " " or prose[at - 2] != "s" or prose[at - 3] not in "'’":
                break
            at -= 3
    return sorted(start for start in starts if start >= 0)


def _speakers(prose: str) -> list[re.Match]:
    """_SPEAKER matches not inside a longer name: the word before is no capitalised word
    ("Abdelmadjid Tebboun said" is a full name: near_person_spellings reads it) other than an
    adverb opening the sentence ("Later Tebboun said")."""
    out = []
    for match in tried_at(_SPEAKER, prose, _speaker_starts(prose)):  # = _SPEAKER.finditer(prose)
        lead = prose[max(0, match.start() - 2) : match.start()]
        if match.start() and lead not in (", ", ". ") and not lead.endswith("\n"):
            before = _WORD_BEFORE.search(prose, max(0, match.start() - 30), match.start())
            if not before or before.group(1).lower() not in _OPENERS:
                continue  # (after "in", "of", a name…: a place or a longer name, no speaker)
        out.append(match)
    return out


def titled_surnames(rule, doc, ctx, reported):
    """NAM002 findings for misspelt surnames after a title (see the module docstring), where no
    NAM002 finding is yet (`reported`: spans of those). Each distinct word is judged once."""
    from mtqa.rules.names import _Spans, entity_matches, lexicon, preferred

    matches = []
    if _TITLE_WORDS is None or not _TITLE_WORDS.isdisjoint(doc.lowered_words.distinct):
        titles = literals_in(_TITLE_LITERALS, doc.lowered_words.distinct, starts_word=True)  # (those the text may hold)
        matches = at_literals(_TITLED, doc.prose, titles)  # = list(_TITLED.finditer(doc.prose))
    if not _SPEECH_WORDS.isdisjoint(doc.lowered_words.distinct):
        matches = [*matches, *_speakers(doc.prose)]
    if not matches:
        return
    lex = lexicon(ctx)
    wrong, correct = entity_matches(doc, ctx)
    spans = _Spans([(m.start, m.end) for m in (*wrong, *correct)] + list(reported))
    verdicts: dict = {}  # written word -> the lexicon person it misspells, or None
    for match in matches:
        written = match.group(1)
        start, end = match.span(1)
        if spans.overlaps(start, end):
            continue
        if written not in verdicts:
            verdicts[written] = _misspelt_surname_of(written, lex)
        entry = verdicts[written]
        if entry is not None and match.re is _SPEAKER and not (
                entry.country in _country_words() and _country_named(doc, entry.country, (*wrong, *correct), start, end)):
            continue  # a surname without a title only in a text on the person's country ("Mikaty" near Lebanon)
        if entry is not None:
            target = preferred(entry, ctx).split()[-1]
            message = f"Non-standard spelling of {target} ({entry.arabic}): written {written!r}."
            yield rule.finding(doc, start, end, message, [target], safe=False)


def _misspelt_surname_of(written: str, lex):
    """The lexicon person whose surname the word after a title misspells, else None (see
    titled_surnames)."""
    from mtqa.rules.name_forms import _FIRST, _bare, person_skeleton, wide_skeleton

    index, known_words = _families(lex)
    bare = _bare(written)
    if bare in known_words or bare in translit.common_given_names() or ngram_counts().count(bare) or len(bare) < 4 \
            or wide_skeleton(bare) in given_skeletons(lex):
        return None
    for entry, family, spellings in index.get(person_skeleton(bare), ()):
        if bare in spellings and bare != family:
            return None  # a spelling the entry lists (as correct or misspelt: NAM002 has it)
        if bare[0] not in _FIRST.get(family[0], family[0]) or ("c" in bare) != ("c" in family.lower()):
            continue  # (a c read as s or k only beside a given name: "Mr. Albence" is no Albanese)
        # the family name's French mute e is not written (Tebboune ~ Tabbon), the written one's is
        a, b = translit.key_final_i(bare), _MUTE_E.sub("", translit.key_final_i(family))
        # (fatha written e or a: "Hamidati" ~ Hemedti)
        ratio = max(SequenceMatcher(None, a, b).ratio(), SequenceMatcher(None, a.replace("e", "a"), b.replace("e", "a")).ratio())
        if ratio < (0.8 if len(b) <= 4 else 0.75) or (a[:1] != b[:1] and ratio < 0.85):
            continue  # (Butler is not Bouteflika; a short name needs more: Rutte is not Ruto)
        return entry
    return None


# --- places written as a transliteration of their Arabic name ("Al-Qahira", "Ghazza") ---------

# Arabic letters as the Latin consonants transliterations use; long vowels and ta marbuta go
# (the skeleton drops vowels), an initial alif is a vowel.
_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y",
    "ة": "", "ى": "", "ء": "", "ئ": "", "ؤ": "", "ا": "", "أ": "", "إ": "", "آ": "",
}
_ALIFS = "اأإآع"
_ROMANISED = re.compile(r"^(?:al|el)[-‐ ]|kh|gh|dh|q(?!u)|aa|['’]", re.IGNORECASE)
_PLACE_RUN = re.compile(
    r"[A-Z](?<![\w'’-][A-Z])[a-z]++(?:[-‐][A-Z][a-z]++)?+(?:[ ][A-Z][a-z]++(?:[-‐][A-Z][a-z]++)?+)?+"
    r"(?![\w'’-]|[ ][A-Z])"
)
_LEAD_WORD = re.compile(r"(?:The|In|At|From|To|On|And|But|For|With|By|After|Before|When|While|As|Since|Near|Outside|Inside)[ ]")
_OUTLET_AFTER = re.compile(r"(?<![ ])[ ]++(?:channel|newspaper|daily|TV|television|club|agency|website|radio|magazine|news)\b", re.IGNORECASE)


def arabic_skeleton(arabic: str) -> str:
    """The wide consonant skeleton (name_forms.wide_skeleton) of an Arabic name as a
    transliteration writes it, without the article: "الإسكندرية" -> "askndr", "غزة" -> "khz"."""
    from mtqa.rules.name_forms import wide_skeleton

    latin = []
    for word in arabic.split():
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        letters = "".join(_CONSONANTS.get(c, "") for c in word)
        latin.append(("a" if word[:1] in _ALIFS else "") + letters)
    return wide_skeleton("".join(latin))


@lru_cache(maxsize=4)
def _place_index(lex) -> dict[str, list[tuple[str, str, frozenset[str]]]]:
    """Arabic skeleton -> [(English name, Arabic, spelling keys of every listed form)] for the
    lexicon's places and data/exonyms.toml."""
    return derived(lex, "arabic-place-index", _build_place_index)


def _build_place_index(lex) -> dict[str, list[tuple[str, str, frozenset[str]]]]:

    from mtqa.rules.name_forms import wide_skeleton

    places = [(e.name, e.arabic, e.correct_forms, (*e.correct_forms, *e.misspelled), e.country)
              for e in lex.entries if e.category == "place"]
    data = cache.package_toml("data/exonyms.toml")
    places += [(name, arabic, (name,), (name,), "") for name, arabic in data["places"].items()]
    index: dict[str, list] = {}
    for name, arabic, correct, forms, country in places:
        skeleton = arabic_skeleton(arabic)
        # only exonyms: a place whose English forms all sound unlike its Arabic (Alexandria,
        # الإسكندرية); a place English transliterates (Sinjil, Silwan) would match any look-alike
        if len(skeleton) >= 3 and all(wide_skeleton(_bare_run(f)) != skeleton for f in correct):
            keys = frozenset(_run_key(f) for f in forms)
            index.setdefault(skeleton, []).append((name, arabic, keys, country))
    return index


@lru_cache(maxsize=4)
def _one_word_places(lex) -> dict[str, str]:
    """Spelling key -> name of the lexicon's places whose name is one word (Omdurman)."""
    return derived(lex, "one-word-places", _build_one_word_places)


def _build_one_word_places(lex) -> dict[str, str]:
    return {_run_key(e.name): e.name for e in lex.entries
            if e.category == "place" and " " not in e.name.strip() and len(e.name) >= 6}


def _bare_run(form: str) -> str:
    """A name's words without the article, joined: "El Fasher" -> "fasher"."""
    words = re.split(r"[\s‐-]+", form.lower())
    return "".join(w for w in words if w not in ("al", "el", "the"))


def _run_key(form: str) -> str:
    """Spelling key of a (one- or two-word) name with its article, spaces and hyphens gone."""
    words = re.split(r"[\s‐-]+", translit.strip_article(form.lower().replace("‐", "-")))
    words = [w for w in words if w not in ("al", "el")]
    return " ".join(translit.key_final_i(w) for w in words)


_MIN_SCORE = -1.3  # the model's score per letter (mtqa/source/translit.py) a spelling must reach


def _translit_score(arabic: str, latin: str) -> float:
    """How well `latin` transliterates the Arabic name (its words joined, with and without the
    article)."""
    return max(score(form, latin) for form in stems(normalise(arabic.replace(" ", ""))))


def arabic_form_places(rule, doc, ctx, reported):
    """NAM002 for a place written as a transliteration of its Arabic name where English uses
    another form ("Al-Iskandariya" for Alexandria, "Umm Durman" for Omdurman, "Benzart" for
    Bizerte). Precision: no English word, no given name, no nisba (-i) of a place ("Halabi"),
    no spelling a listed form has, nothing before an outlet's or club's head noun.
    What a run's written form decides is worked out once per distinct form; only the forms that
    may be reported are looked for again, for the tests of where they stand."""
    from mtqa.rules.names import _Spans, entity_matches, lexicon

    prose = doc.prose
    written_runs: set[str] = set()
    pieces = []  # (start, end, the runs written there) of each piece of the text
    for start, end in _line_spans(prose):  # (a run never crosses a line)
        runs = set(_PLACE_RUN.findall(prose, start, end))
        pieces.append((start, end, runs))
        written_runs.update(runs)
    lex = lexicon(ctx)
    known = memo(lex, "_place_verdicts")  # (a run decides the same in every document)
    verdicts = {run: found for run in written_runs
                if (found := decided(known, run, lambda run: _place_verdict(run, lex))) is not None}
    if not verdicts:
        return
    wrong, correct = entity_matches(doc, ctx)
    spans = _Spans([(m.start, m.end) for m in (*wrong, *correct)] + list(reported))
    # (= _PLACE_RUN.finditer(prose), in the pieces that hold a run to report only)
    matches = (match for start, end, runs in pieces if not runs.isdisjoint(verdicts)
               for match in _PLACE_RUN.finditer(prose, start, end))
    for match in matches:
        verdict = verdicts.get(match.group())
        if verdict is None:
            continue
        cut, two_words, message, name, *country = verdict
        start, end = match.start() + cut, match.end()
        if spans.overlaps(start, end) or (not two_words and _OUTLET_AFTER.match(prose, end)):
            continue
        if country and country[0] and (not _country_named(doc, country[0], (*wrong, *correct), start, end)
                                       or not _PLACE_BEFORE.search(prose, max(0, start - 16), start)):
            continue  # a short spelling only where its country is named and where a place stands,
            # after in/near/from/to/between… ("in Wajda", in a text on Morocco; not "Ms Wajda")
        yield rule.finding(doc, start, end, message, [name], safe=False)


def _line_spans(text: str, size: int = 1 << 16):
    """(start, end) of the pieces of `text` of about `size` characters cut after a newline."""
    start, length = 0, len(text)
    while start < length:
        cut = text.find("\n", start + size) if start + size < length else -1
        end = cut + 1 if cut != -1 else length
        yield start, end
        start = end


def _place_verdict(run: str, lex):
    """What arabic_form_places reports for a run written `run` wherever it stands: (characters
    cut from its start, whether it is a one-word place written as two words, message,
    suggestion), or None."""
    from mtqa.rules.name_forms import wide_skeleton

    counts = ngram_counts()
    written, cut = run, 0
    lead = _LEAD_WORD.match(written)
    if lead:  # "In Al-Jazair", "The Iskandariya governorate": a capitalised function word
        written, cut = written[lead.end() :], lead.end()
    bare = translit.strip_article(written.lower().replace("‐", "-"))
    if " " in bare:
        # "Umm Durman": a one-word place of the lexicon written as two words
        if any(counts.count(w) for w in bare.split()):
            return None  # (an English word in it: tested before the spelling key, which costs more)
        joined = _one_word_places(lex).get(_run_key(written).replace(" ", ""))
        if joined and bare.replace(" ", "") != joined.lower():
            # (letters other than the space differ too: "Bani Yas" is a place of its own)
            return cut, True, f"{written!r} is {joined} written as two words; English writes {joined}.", joined
        return None
    if len(bare) < 4 or bare[-1] in "iy" or bare in translit.common_given_names():
        return None
    short = len(bare) < 7 and not _ROMANISED.search(written)
    # (a short word without a trait of romanised Arabic may be another town of that name or a
    # word of another language: reported only where its country is named)
    if any(counts.count(w) for w in re.split(r"[\s-]+", bare) if w not in ("al", "el")):
        return None  # an English word ("Gaza" is one too: only unusual spellings get here)
    found = _place_index(lex).get(wide_skeleton(bare.replace(" ", "")))
    if not found:
        return None
    key = _run_key(written)
    if any(key in keys or (" " not in written and key in {k.replace(" ", "") for k in keys}) for _, _, keys, _ in found):
        return None  # a spelling the place lists
    # the place whose Arabic the transliteration model finds best in the spelling
    score, name, arabic, country = max((_translit_score(arabic, bare), name, arabic, country)
                                       for name, arabic, _, country in found)
    if score < _MIN_SCORE or (short and country not in _country_words()):
        return None
    return cut, False, f"{written!r} transliterates the Arabic name of {name} ({arabic}); English writes {name}.", \
        name, country if short else ""


@lru_cache(maxsize=1)
def _country_words() -> dict[str, re.Pattern]:
    """Country -> a pattern of the words that name it (data/exonyms.toml [country_words])."""
    table = cache.package_toml("data/exonyms.toml")["country_words"]
    return {country: re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b") for country, words in table.items()}


_PLACE_BEFORE = re.compile(r"\b(?:in|near|from|to|at|into|towards|toward|outside|inside|between|and|around)[ ]++$")
_COUNTRY_WINDOW = 300  # characters either side of a short spelling searched for its country


def _country_named(doc, country: str, matches, start: int, end: int) -> bool:
    """Whether the text around start:end names `country`: one of its words, or a lexicon name
    of it ("Toyota's Auris" far from any word on Morocco is no Larache)."""
    low, high = max(0, start - _COUNTRY_WINDOW), end + _COUNTRY_WINDOW
    return bool(_country_words()[country].search(doc.prose, low, high)) or any(
        m.entry.country == country and low <= m.start < high for m in matches)
