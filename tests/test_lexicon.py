"""The entity lexicon: validation, every entry in and out of context, traps, the sample,
clean-English budget, config (extra lexicons, house style) and cross-file consistency."""

from __future__ import annotations

import json

import pytest
from conftest import DATA, run_cli, shared_file

from mtqa import check_text, translit
from mtqa.config import Config
from mtqa.errors import LexiconError
from mtqa.document import Document
from mtqa.lexicon import load_entries, parse_file
from mtqa.rules import check_one, get
from mtqa.rules.names import _usual_variant

ENTRIES = load_entries()
NAME_RULES = ("NAM001", "NAM002")


def entity_findings(text, config=None, rules=NAME_RULES):
    report = check_text(text, config=config or Config(select=rules))
    return [f for f in report.findings if f.rule in rules]


def test_lexicon_size_and_spread():
    assert len(ENTRIES) >= 300
    countries = " ".join(e.country for e in ENTRIES)
    for country in ("Libya", "Syria", "Iraq", "Yemen", "Lebanon", "Palestin", "Egypt", "Sudan",
                    "Saudi", "Qatar", "Morocco", "Algeria", "Tunisia"):
        assert country in countries, country
    assert {e.category for e in ENTRIES} >= {"media-outlet", "news-agency", "armed-group", "party",
                                             "government-body", "military-operation", "place", "person"}


@pytest.mark.parametrize(
    "body,message",
    [
        ('id = "x"\narabic = "ا"\nname = "X"\ncategory = "place"\ncountry = "Libya"\nnote = "n"\ncolour = "red"', "unknown key 'colour'"),
        ('id = "x"\narabic = "ا"\ncategory = "place"\ncountry = "Libya"\nnote = "n"', "required key 'name'"),
        ('id = "x"\narabic = "ا"\nname = "X"\ncategory = "planet"\ncountry = "Libya"\nnote = "n"', "unknown category 'planet'"),
        ('id = "x"\narabic = "ا"\nname = "X"\ncategory = "place"\ncountry = "Libya"\nnote = "n"\nliteral_in_context = ["corner"]', "needs a context"),
        ('id = "x"\narabic = "ا"\nname = "X"\ncategory = "place"\ncountry = "Libya"\nnote = "n"\nliteral = ["x"]', "both a correct form"),
        ('id = "X y"\narabic = "ا"\nname = "X"\ncategory = "place"\ncountry = "Libya"\nnote = "n"', "lowercase"),
        ('id = "x"\narabic = "ا"\nname = "X"\ncategory = "place"\ncountry = "Libya"\nnote = "n"\nliteral = "one"', "list of non-empty strings"),
    ],
)
def test_malformed_entry_names_file_and_line(body, message):
    text = f"# comment\n\n[[entry]]\nid = \"ok\"\narabic = \"ب\"\nname = \"Ok\"\ncategory = \"place\"\ncountry = \"Libya\"\nnote = \"n\"\n\n[[entry]]\n{body}\n"
    with pytest.raises(LexiconError) as error:
        parse_file("extra.toml", text)
    assert str(error.value).startswith("extra.toml:11: ")
    assert message in str(error.value)


def test_invalid_toml_and_duplicate_ids(tmp_path):
    with pytest.raises(LexiconError, match=r"extra.toml: invalid TOML .*line 2"):
        parse_file("extra.toml", "[[entry]]\nid = \n")
    duplicate = tmp_path / "dup.toml"
    first = ENTRIES[0]
    duplicate.write_text(f'[[entry]]\nid = "{first.id}"\narabic = "ا"\nname = "Zz"\ncategory = "place"\ncountry = "Libya"\nnote = "n"\n', "utf-8")
    with pytest.raises(LexiconError, match=f"dup.toml:1: duplicate id '{first.id}'"):
        load_entries((str(duplicate),))


# --- every entry fires in a name context and stays silent in an ordinary one ---------------

def _context_sentence(entry, literal):
    if entry.context == "media":
        return f"The minister told the {literal} on Monday that talks would resume."
    if entry.context == "group":
        head = "forces" if f"{literal} forces".lower() not in {f.lower() for f in entry.correct_forms} else "militia"
        # (the rendering + "forces" would be the entry's correct name)
        return f"Witnesses said the {literal} {head} advanced on Monday."
    if entry.context == "place":
        return f"Shelling hit the city of {literal} on Monday."
    cue = entry.before[0] if entry.before else "President"
    return f"Officials said {cue} {literal} arrived on Monday."


def _ordinary_sentence(literal):
    return f"Nobody expected the {literal} of the old days to matter so much."


LITERALS = [(e, l) for e in ENTRIES for l in e.literal]
IN_CONTEXT = [(e, l) for e in ENTRIES for l in e.literal_in_context]
# (a listed "misspelling" of a person that is only a usual spelling of the name, "Muhammad bin
# Salman", "Abdul Fattah al-Burhan", "Bashar el-Assad", is no misspelling: NAM002 leaves it to
# NAM003's consistency; test_usual_spellings_are_silent)
MISSPELLED = [(e, m) for e in ENTRIES for m in e.misspelled if not (e.category == "person" and _usual_variant(m, e))]
USUAL = [(e, m) for e in ENTRIES for m in e.misspelled if e.category == "person" and _usual_variant(m, e)]


def _fires(text, literal, rule):
    found = [f for f in entity_findings(text) if f.rule == rule]
    return any(literal.lower() in f.text.lower() for f in found), found


@pytest.mark.parametrize("entry,literal", LITERALS, ids=[f"{e.id}:{l}" for e, l in LITERALS])
def test_every_literal_fires_anywhere(entry, literal):
    text = f"Officials said on Monday that {literal} had issued a statement."
    fired, found = _fires(text, literal, "NAM001")
    assert fired, (text, [f.text for f in found])


@pytest.mark.parametrize("entry,literal", IN_CONTEXT, ids=[f"{e.id}:{l}" for e, l in IN_CONTEXT])
def test_every_ambiguous_literal_fires_in_context_only(entry, literal):
    text = _context_sentence(entry, literal)
    fired, found = _fires(text, literal, "NAM001")
    assert fired, (text, [f.text for f in found])
    assert all(f.suggestions and not f.suggestions[0].safe for f in found if literal.lower() in f.text.lower())
    ordinary = _ordinary_sentence(literal)
    # the rule's own spans: a suggestion fitted to its sentence may widen a span over the head
    # noun after it ("the Saudi news" + "agency"), which is not the literal firing
    raw = [f for f in check_one(get("NAM001"), Document(ordinary))]
    assert not any(literal.lower() in f.text.lower() for f in raw), ordinary


@pytest.mark.parametrize("entry,form", MISSPELLED, ids=[f"{e.id}:{m}" for e, m in MISSPELLED])
def test_every_misspelling_fires(entry, form):
    text = f"Officials said on Monday that {form} had issued a statement."
    fired, found = _fires(text, form, "NAM002")
    assert fired, (text, [f.text for f in found])


@pytest.mark.parametrize("entry,form", USUAL, ids=[f"{e.id}:{m}" for e, m in USUAL])
def test_usual_spellings_are_silent(entry, form):
    text = f"Officials said on Monday that {form} had issued a statement."
    fired, found = _fires(text, form, "NAM002")
    assert not fired, (text, [f.text for f in found])


def test_usual_spellings_are_few():
    """Only the usual spellings of محمد, عبد ال and the article are folded, not every variant."""
    assert 0 < len(USUAL) < len(MISSPELLED) / 5


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_correct_forms_are_silent(entry):
    for form in entry.correct_forms:
        text = f"Officials said on Monday that {form} had issued a statement."
        assert not [f for f in entity_findings(text) if form.lower() in f.text.lower()], text


# --- context traps --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,span,suggestion",
    [
        ("He told the island that the talks had failed.", "the island", "Al Jazeera"),
        ("Noir said - in statements to the island - that the forces left.", "the island", "Al Jazeera"),
        ("The island channel reported heavy shelling.", "The island", "Al Jazeera"),
        ("The island reported that the ceasefire had collapsed.", "The island", "Al Jazeera"),
        ("According to the island, the convoy was hit.", "the island", "Al Jazeera"),
        ("The Volcano of Wrath operation announced new gains.", "Volcano of Wrath", "Volcano of Rage"),
    ],
)
def test_name_contexts_fire(text, span, suggestion):
    found = entity_findings(text)
    assert [(f.text, f.suggestions[0].replacement) for f in found] == [(span, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry reached the island of Malta on Monday.",
        "A Greek island was evacuated after the fire.",
        "The island has been cut off since the storm.",
        "Residents of the island said the water supply had failed.",
        "He told reporters the island would get a new port.",
        "Aid reached the peninsula after the road reopened.",
        "Al Jazeera reported the clashes.",
        "Said Haddad, a lawyer, said the verdict was unfair.",
    ],
)
def test_ordinary_english_is_silent(text):
    assert entity_findings(text) == []


def test_control_sentences_produce_no_entity_findings():
    lines = [l for l in (DATA / "entity_controls.txt").read_text("utf-8").splitlines() if l.strip()]
    assert len(lines) >= 100
    noisy = [(l, [f.text for f in entity_findings(l)]) for l in lines if entity_findings(l)]
    assert noisy == []


def test_clean_english_news_budget():
    path = shared_file("data/clean-en/ntrex128_newstest2019-src.eng.txt")
    report = check_text(path.read_text("utf-8"), config=Config(select=("NAM",)))
    words = report.documents[0].words
    found = report.findings
    rate = len(found) * 10_000 / words
    print(f"\nentity findings on clean English news: {len(found)} in {words} words = {rate:.2f} per 10,000 words")
    for f in found:
        print(f"  {f.rule} {f.text!r}: {f.message}")
    assert rate <= 1.0


# --- the user's sample --------------------------------------------------------------------

def test_sample_names():
    sample = shared_file("samples/bani-walid-airport.txt")
    report = json.loads(run_cli("check", str(sample), "--format", "json").stdout)
    found = {(f["text"], f["suggestions"][0]["replacement"] if f["suggestions"] else None)
             for f in report["documents"][0]["findings"] if f["rule"].startswith("NAM")}
    assert ("the island", "Al Jazeera") in found
    assert ("Volcano of Wrath", "Volcano of Rage") in found
    assert ("Al-Wefaq government", "Government of National Accord") in found
    assert ('"Wagner" company', "Wagner Group") in found
    assert ("Al-Wattia", "Al-Watiya") in found
    flagged = " | ".join(text for text, _ in found)
    for name in ("Bani Walid", "Tarhuna", "Khalifa", "Haftar", "Warfalla"):
        assert name not in flagged


# --- config: extra lexicons, house style, consistency across files -------------------------

def test_user_lexicon_through_config(tmp_path):
    extra = tmp_path / "newsroom.toml"
    extra.write_text(
        '[[entry]]\nid = "sunrise-paper"\narabic = "الفجر"\nname = "Al-Fajr"\ncategory = "media-outlet"\n'
        'country = "Libya"\nliteral_in_context = ["dawn"]\ncontext = "media"\nnote = "our own"\n', "utf-8")
    (tmp_path / "mtqa.toml").write_text('lexicons = ["newsroom.toml"]\n', "utf-8")
    text = tmp_path / "a.txt"
    text.write_text("He said in statements to the dawn that the road was open.\n", "utf-8")
    report = json.loads(run_cli("check", str(text), "--format", "json", "--select", "NAM", cwd=tmp_path).stdout)
    assert [f["suggestions"][0]["replacement"] for f in report["documents"][0]["findings"]] == ["Al-Fajr"]
    bad = tmp_path / "bad.toml"
    bad.write_text('[[entry]]\nid = "x"\n', "utf-8")
    result = run_cli("lexicon", "validate", str(bad), cwd=tmp_path)
    assert result.returncode == 2 and "bad.toml:1:" in result.stderr.decode()


def test_house_style_and_dominant_spelling():
    text = "Khalifa Haftar spoke. Haftar said Hifter was a misprint. Haftar left."
    plain = check_text(text, config=Config(select=("NAM003",)))
    assert [(f.text, f.suggestions[0].replacement) for f in plain.findings] == [("Hifter", "Haftar")]
    house = check_text(text, config=Config(select=("NAM003",), house_style={"khalifa-haftar": "Hifter"}))
    assert [(f.text, f.suggestions[0].replacement, f.suggestions[0].safe) for f in house.findings] == [
        ("Khalifa Haftar", "Khalifa Hifter", True), ("Haftar", "Hifter", True), ("Haftar", "Hifter", True)]


def test_consistency_across_files(tmp_path):
    (tmp_path / "a.txt").write_text("The road to Tarhuna was closed. Tarhuna is quiet.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Shelling hit Tarhouna overnight.\n", "utf-8")
    report = json.loads(run_cli("check", str(tmp_path), "--format", "json", "--select", "NAM003").stdout)
    found = [(d["id"], f["text"], f["suggestions"][0]["replacement"]) for d in report["documents"] for f in d["findings"]]
    assert found == [("b.txt", "Tarhouna", "Tarhuna")]


# --- transliteration keys -----------------------------------------------------------------

@pytest.mark.parametrize(
    "a,b",
    [("Mahmoud", "Mahmud"), ("Al-Sisi", "El-Sisi"), ("Hamzah", "Hamza"), ("Kareem", "Karim"),
     ("Hussein", "Husain"), ("Mustapha", "Mustafa"), ("Qassem", "Kassem"), ("Osama", "Usama"),
     ("Tarhuna", "Tarhouna"), ("Nour", "Nur"), ("Hassan", "Hasan"), ("Saeed", "Said")],
)
def test_transliteration_variants_share_a_key(a, b):
    assert translit.key(a) == translit.key(b)


@pytest.mark.parametrize(
    "word,key",
    [("Hamzah", "hamza"), ("Sumayyeh", "sumaya"), ("Ya'qoub", "yakub"), ("al-Dhahiri", "dahiri"),
     ("Mustapha", "mustafa"), ("Hussein", "husayn"), ("Ahmed", "ahmed"), ("Zoë", "zue"), ("Éric", "eric"),
     ("Ḥasan", "hasan"), ("Moustafa", "mustafa")],
)
def test_transliteration_key_of_a_word(word, key):
    """Each fold of the key is applied where its letters are (and only there): accents and
    combining marks of a non-ASCII word go first."""
    assert translit.key(word) == key


def _near_misses():
    rows = []
    for line in (DATA / "name_near_misses.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            a, b, _ = line.split("\t")
            rows.append((a, b))
    return rows


@pytest.mark.parametrize("a,b", _near_misses())
def test_different_names_stay_apart(a, b):
    assert translit.key(a) != translit.key(b)
    found = check_text(f"The envoy {a} Zubi met officials. Later {b} Zubi spoke.", config=Config(select=("NAM",)))
    assert not [f for f in found.findings if f.rule in ("NAM003", "NAM004")]


def test_transliteration_key_rarely_joins_different_arabic_words():
    """On real Arabic->Latin pairs (Wikipedia), count spellings of *different* Arabic words
    that the key would join; the figure is printed and held under 1 % of spellings."""
    import collections
    import itertools

    path = shared_file("data/names/google_transliteration_ar2en.txt")
    fold_arabic = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})
    by_arabic = collections.defaultdict(set)
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[1].isalpha():
            by_arabic[parts[0].translate(fold_arabic)].add(parts[1].lower())
    spellings = collections.defaultdict(set)  # key -> {(latin, arabic)}
    for arabic, latins in by_arabic.items():
        for latin in latins:
            spellings[translit.key(latin)].add((latin, arabic))
    joined = 0
    for members in spellings.values():
        arabic_of = collections.defaultdict(set)
        for latin, arabic in members:
            arabic_of[latin].add(arabic)
        joined += sum(1 for a, b in itertools.combinations(sorted(arabic_of), 2) if not arabic_of[a] & arabic_of[b])
    total = sum(len(v) for v in by_arabic.values())
    print(f"\ntransliteration key: {joined} joined pairs of different Arabic words among {total} spellings ({100 * joined / total:.2f} %)")
    assert joined / total < 0.01


def _by_span(matches):
    return sorted(matches, key=lambda m: (m.start, m.end, m.kind, m.entry.id))


@pytest.mark.parametrize("text", [
    "Fighters of the Volcano of Wrath advanced. " * 3000 + "The mayor told Al\nJazeera.",  # several windows
    ("ΟΔΟΣ ΣΟΦΟΣ the island\nof Malta. ΣΣ Σ said Al-Wefaq government " * 2000),  # final sigmas
    "İstanbul ΣΟΦΟΣ: the Volcano of Wrath operation " * 2000,  # a dotted capital: no case by context
    "", "Al Jazeera", "x" * 70000 + " Al Jazeera",
    "The minister told the news site on Monday that the west and the east were calm. " * 1000,
])
def test_scan_finds_what_the_whole_folded_text_finds(text):
    """Lexicon.scan folds a window at a time: the same matches as over the whole folded text,
    and its folded text reads as fold(text) does."""
    from mtqa.lexicon import load_lexicon
    from mtqa.lexicon.matcher import fold

    lex = load_lexicon(())
    folded = fold(text)
    found, read = lex.scan(text)
    assert _by_span(found) == _by_span(lex.candidates(text, folded))
    assert len(read) == len(folded)
    for start in range(0, len(text), 997):
        for width in (0, 1, 5, 80):
            assert read[start : start + width] == folded[start : start + width]
        assert read[start] == folded[start]
    # left out without lower-case generated words: only renderings evidence decides alone
    from mtqa.lexicon.evidence import decided_alone
    from mtqa.lexicon.matcher import GENERATED

    kept = set(lex.scan(text, lower_generated_words=False)[0])
    assert kept <= set(found)
    assert all(m.kind == GENERATED and decided_alone(text[m.start : m.end], True) for m in set(found) - kept)
    for at in (i for i, c in enumerate(text) if c == "Σ"):
        assert read[max(0, at - 2) : at + 2] == folded[max(0, at - 2) : at + 2]


def test_derived_tables_read_back_as_built():
    """The name rules' lexicon tables kept in the on-disk cache (lexicon.derived) read back
    equal to a fresh build, entries as the lexicon's own."""
    from mtqa.lexicon import load_lexicon
    from mtqa.rules import name_forms, names, place_spellings, unseen_spellings

    lex = load_lexicon(())
    builders = {
        "person-skeletons": names._build_person_index, "near-person-index": name_forms._build_person_index,
        "families": unseen_spellings._build_families, "given-skeletons": unseen_spellings._build_given_skeletons,
        "arabic-place-index": unseen_spellings._build_place_index,
        "place-spelling-indexes": place_spellings._build_indexes, "place-spelling-known": place_spellings._build_known,
    }
    for name, build in builders.items():
        lex.__dict__.pop("_derived", None)  # as in a new run: read from the cache (or built and kept)
        from mtqa.lexicon import derived

        first, again = derived(lex, name, build), build(lex)
        lex.__dict__.pop("_derived", None)
        read = derived(lex, name, build)
        assert first == again == read, name
        tables = read if isinstance(read, tuple) else (read,)
        values = [v for table in tables if isinstance(table, dict) for group in table.values() for v in group]
        items = [item for v in values for item in (v if isinstance(v, tuple) else (v,))]
        assert all(item is lex.entries[lex.entries.index(item)] for item in items if hasattr(item, "arabic"))


def test_the_pattern_table_is_dropped_once_the_automaton_holds_it():
    """Building the automaton drops the lexicon's pattern table (2.5 MB of a run's memory);
    the parts kept in the on-disk cache are the same before and after."""
    from mtqa.lexicon import _files, load_entries
    from mtqa.lexicon.matcher import Lexicon

    lex = Lexicon(load_entries(files=_files(())))
    before = lex.parts()
    assert lex.automaton is not None and lex._patterns is None
    assert lex.parts() == before


def test_short_texts_matched_by_look_ups_as_by_the_automaton():
    """A short text is matched by looking its word spans up (no automaton built at start-up):
    the same matches, in the same order, as the automaton gives."""
    import random

    from mtqa.lexicon import load_lexicon

    lex = load_lexicon()
    patterns = lex.parts()[1]  # (the pattern table, which building the automaton drops)
    keys = sorted(patterns)
    rng = random.Random(7)
    texts = ["The minister said the talks would resume in Cairo soon.", "Σ İstanbul al-", ""]
    for _ in range(400):
        words = [rng.choice(keys) if rng.random() < 0.6 else rng.choice(["the", "al-", "-", "'", ",", ".", "(", "İ", "Σ"])
                 for _ in range(rng.randint(1, 8))]
        text = rng.choice([" ", "", "-", " - "]).join(words)
        texts.append(text.title() if rng.random() < 0.5 else text)
    saved = lex._looked_up
    automaton = lex.automaton
    try:
        for text in texts:
            for lower_words in (True, False):
                lex._automaton, lex._patterns, lex._looked_up = None, patterns, 0
                by_look_up = lex.scan(text, lower_words)[0]
                assert lex._automaton is None
                lex._automaton = automaton
                by_automaton = lex.scan(text, lower_words)[0]
                assert ([(m.entry.id, m.kind, m.start, m.end) for m in by_look_up]
                        == [(m.entry.id, m.kind, m.start, m.end) for m in by_automaton]), text
    finally:
        lex._automaton, lex._patterns, lex._looked_up = automaton, None, saved


def test_a_lexicon_rebuilt_from_its_parts_has_the_same_entries():
    """Lexicon.from_parts sets the entries' fields without the frozen dataclass's __init__:
    the entries are equal, field by field, to those parsed from the data files."""
    from dataclasses import fields

    from mtqa.lexicon import Entry, _files, load_entries
    from mtqa.lexicon.matcher import Lexicon

    built = load_entries(files=_files(()))
    rebuilt = Lexicon.from_parts(Lexicon(built).parts()).entries
    assert rebuilt == built and all(type(e) is Entry for e in rebuilt)
    names = [f.name for f in fields(Entry)]
    assert [[getattr(e, n) for n in names] for e in rebuilt] == [[getattr(e, n) for n in names] for e in built]
    assert [e.correct_forms for e in rebuilt] == [e.correct_forms for e in built]


@pytest.mark.parametrize("text", [
    "He said “the Popular Mobilisation Forces’ chief” — in Mosul\ttoday,\nnot ‘there’ at all. " * 3,
    "ΣΟΦΙΑ ΟΔΟΣ in Athens and İstanbul's old town, said the al‐Watan daily\u00a0today." * 2,
    "Plain ASCII text without anything the fold changes but the case of Its Words." * 2,
])
def test_folded_text_slices_are_the_whole_folded_text_s(text):
    """A FoldedText slice, short or long (a long one is folded as `fold` folds a piece), is
    that slice of the whole text folded."""
    from mtqa.lexicon.matcher import FoldedText, Lexicon, fold

    lex = Lexicon([])
    _, folded = lex.scan(text)
    assert isinstance(folded, FoldedText)
    whole = fold(text)
    for start in range(0, len(text), 7):
        for length in (1, 5, 31, 32, 33, 80, 200):
            assert folded[start : start + length] == whole[start : start + length]


def test_restored_tables_are_the_tables_stored():
    """A derived table read back from its stored form (entries as their places, containers of
    plain values kept as they are) equals the table built."""
    import marshal

    from mtqa.lexicon import _restored, _stored, load_lexicon

    lex = load_lexicon()
    entries = lex.entries[:3]
    table = {
        "plain": ["a", 1, None, ("b", 2.5)], ("tuple", "key"): {"x": frozenset({"y", "z"})},
        "entries": [(entries[0], "w", frozenset({"v"}), None), (entries[1], ["p", "q"])],
        "nested": {"e": entries[2], "s": {entries[0], "t"}, "l": [[entries[1]], ("u", entries[2])]},
    }
    places = {id(e): n for n, e in enumerate(lex.entries)}
    again = _restored(marshal.loads(marshal.dumps(_stored(table, places))), lex.entries)
    assert again == table
    assert again["entries"][0][0] is entries[0] and again["nested"]["l"][1][1] is entries[2]
