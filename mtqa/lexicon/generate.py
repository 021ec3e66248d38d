"""Renderings generated from an entry's Arabic name: the shapes MT gives a name it translates
word by word.

Each Arabic word is looked up in gloss.toml (after the article ال and the clitics و ب ل ف ك
are stripped); a name is generated only when every word has a meaning. Nouns head a phrase
and adjectives qualify the noun before them ("الحشد الشعبي" -> "popular crowd"); phrases chain
as "A of B", "A of the B", "B A", word-by-word "A B" and "B's A", and with the adjectives of A
in front, "adj B A" ("National Oil Foundation"). Head nouns ("the X
newspaper", "Operation X") and possessives are not spelled out: the evidence scorer reads
them around the match. Plurals are added ("Evening" -> "Evenings"). Generated renderings that
are part of a correct form, listed already, vetoed by the entry's `never`, or made only of
function words are dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from mtqa import cache

MAX_MEANINGS = 4  # meanings used per word
MAX_RENDERINGS = 64  # per entry
MAX_WORDS = 4  # longer Arabic names are not generated
NO_GENERATION = ("person",)  # categories generated only when the entry asks (generate = true)

_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")  # harakat, dagger alif, tatweel
_ALIF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0670-\u06d3]+")
# Generated renderings made only of these are dropped; other common words ("day") stay, as the
# evidence weighing decides each occurrence.
_FUNCTION_WORDS = frozenset("the of a an and or in on to for with by at from this that its".split())
_CLITICS = ("بال", "كال", "لل", "ال", "و", "ف", "ب", "ك", "ل")


def normalise(word: str) -> str:
    """Arabic word without diacritics, with one alif and final ya: the key gloss.toml uses."""
    return _DIACRITICS.sub("", word).translate(_ALIF)


@lru_cache(maxsize=1)
def _gloss_data() -> dict:
    return cache.package_toml("lexicon/gloss.toml")


@lru_cache(maxsize=1)
def english_names() -> frozenset[str]:
    """Real English names a generated rendering must not be (gloss.toml `english_names`)."""
    return frozenset(name.lower() for name in _gloss_data().get("english_names", []))


@lru_cache(maxsize=1)
def gloss_table() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Normalised Arabic word -> ("noun" | "adjective", meanings)."""
    data = _gloss_data()
    table = {}
    for kind in ("noun", "adjective"):
        for word, meanings in data.get(kind, {}).items():
            table[normalise(word)] = (kind, tuple(meanings[:MAX_MEANINGS]))
    return table


@lru_cache(maxsize=1)
def english_meanings() -> dict[str, tuple[str, tuple[str, ...]]]:
    """English meaning (lower case) -> (kind of the Arabic word, Arabic words with that meaning)."""
    found: dict[str, tuple[str, list[str]]] = {}
    for kind in ("noun", "adjective"):
        for word, meanings in _gloss_data().get(kind, {}).items():
            for meaning in meanings:
                entry = found.setdefault(meaning.lower(), (kind, []))
                if entry[0] == kind:
                    entry[1].append(word)
    return {m: (kind, tuple(words)) for m, (kind, words) in found.items()}


@lru_cache(maxsize=4096)
def lookup(word: str) -> tuple[str, tuple[str, ...]] | None:
    """Meanings of one Arabic word as printed (with its article and clitics), or None."""
    table = gloss_table()
    word = normalise(word)
    candidates = [word]
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            candidates.append(word[len(clitic) :])
    for conjunction in ("و", "ف"):  # a conjunction before another clitic: وبالجزيرة, فللجزيرة
        if word.startswith(conjunction):
            rest = word[1:]
            candidates += [rest[len(c) :] for c in _CLITICS if rest.startswith(c) and len(rest) - len(c) >= 2]
    for candidate in list(candidates):
        if candidate.endswith("ة"):  # feminine adjective: شعبية -> شعبي
            candidates.append(candidate[:-1])
    for candidate in candidates:
        if candidate in table:
            return table[candidate]
    for candidate in candidates:  # a plural nisba adjective: السودانيين, السودانيون -> سوداني
        if candidate.endswith(("يين", "يون")) and table.get(candidate[:-2], ("",))[0] == "adjective":
            return table[candidate[:-2]]
    return None


def _phrases_joined(words: list[str]) -> list[str]:
    """`words` with each two that gloss.toml glosses together made one ("كرة القدم"
    "football", not "ball of the foot"; "الأوراق المالية" "securities")."""
    out: list[str] = []
    for word in words:
        if out and " " not in out[-1] and lookup(f"{out[-1]} {word}") is not None:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _for_clitic(word: str) -> bool:
    """Whether a word carries the clitic ل "for": before the article (للأنباء) or before an
    indefinite noun or phrase that has a meaning while the whole word has none (لكرة القدم)."""
    word = normalise(word)
    table = gloss_table()
    return word.startswith("لل") or (word.startswith("ل") and word not in table and word[1:] in table)


def _conjoined(word: str) -> bool:
    """Whether an Arabic word is و "and" + the article + a word with a meaning (والتنمية), not a
    word of its own that starts so (والي "governor")."""
    word = normalise(word)
    return word.startswith("وال") and len(word) > 4 and word not in gloss_table() and word[1:] not in gloss_table() \
        and lookup(word) is not None


def _and_joined(words: list[str], glossed: list) -> list:
    """`glossed` with each noun joined by و to the noun before it made one phrase, "A and B"
    (حزب العدالة والتنمية -> "party of justice and development", not "… of justice of
    development"); not when an adjective follows the joined noun (الأوقاف والشؤون الإسلامية)."""
    out = list(glossed)
    for i in range(len(words) - 1, 0, -1):
        if not _conjoined(words[i]) or out[i][0] != "noun" or out[i - 1][0] != "noun":
            continue
        if i + 1 < len(out) and out[i + 1][0] == "adjective":
            continue
        pairs = [f"{a} and {b}" for a, b in product(out[i - 1][1], out[i][1])]
        out[i - 1 : i + 1] = [("noun", tuple(pairs[:MAX_MEANINGS]))]
    return out


def _plural(word: str) -> str:
    lower = word.lower()
    if lower.endswith(("s", "sh", "ch", "x", "z")):
        return ""
    if lower.endswith("y") and len(word) > 2 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _phrases(glossed: list[tuple[str, tuple[str, ...]]]) -> list[list[str]]:
    """Per noun phrase (a noun and the adjectives after it), its English renderings."""
    groups: list[tuple[tuple[str, ...], list[tuple[str, ...]]]] = []
    for kind, meanings in glossed:
        if kind == "adjective" and groups:
            groups[-1][1].append(meanings)
        else:
            groups.append((meanings, []))
    phrases = []
    for head, adjectives in groups:
        forms = []
        for noun in head:
            for combo in product(*adjectives):
                forms.append(" ".join([*reversed(combo), noun]))
        phrases.append(forms)
    return phrases


@lru_cache(maxsize=4096)
def generated_renderings(arabic: str, english: str = "") -> list[str]:
    """Every rendering MT may give `arabic` by meaning, most likely first (may be empty).
    Words without a meaning are proper names: with the entry's English name `english` they
    keep their English form ("خان يونس", "Khan Younis" -> "Inn of Younis")."""
    words = _phrases_joined(_ARABIC_WORD.findall(arabic))
    if not words or len(words) > MAX_WORDS:
        return []
    glossed = [lookup(w) for w in words]
    for_last = len(words) >= 2 and _for_clitic(words[-1]) and glossed[-1] is not None \
        and glossed[-1][0] == "noun"
    if any(g is None for g in glossed):
        found = _with_proper_names(glossed, english)
        if found is None and for_last:
            # "Sudan News Agency": the one English word no gloss gives is the proper name;
            # only the "for" shapes, which no English writer uses, are generated from it
            found = _with_proper_names(glossed, english, loose=True)
            return unique_forms(_for_shapes(found))[:MAX_RENDERINGS] if found else []
        glossed = found
        if glossed is None:
            return []
    at = None if for_last else _for_inside(words)
    if not for_last and at is None:
        glossed = _and_joined(words, glossed)
    out = _shapes(glossed)  # type: ignore[arg-type]
    if for_last:
        # the clitic ل "for" before the last word: الوكالة الجيبوتية للأنباء -> "Djiboutian
        # Agency for News", "the Agency of Sudan for News"
        out = _for_shapes(glossed) + out  # type: ignore[arg-type]
    elif at is not None:
        # ل before a word inside the name, a phrase after it: الهيئة العامة لمكافحة الفساد ->
        # "General Authority for Combating Corruption"
        out = _for_shapes(glossed, at) + out  # type: ignore[arg-type]
    # a leading head noun (حركة "movement", قناة "channel"…) also stays outside the rendering:
    # "the Free Men of the Levant movement", "the Hope Movement" (the head is evidence)
    head = normalise(words[0])
    if len(words) >= 2 and (head in _HEAD_WORDS or (head in _ARMED_HEAD_WORDS and len(words) >= 3)) and any(
        lookup(w) for w in words[1:]
    ):  # (not when only a proper name is left: "قناة عدن" -> "Aden" is the name itself)
        out += _shapes(glossed[1:])  # type: ignore[arg-type]
    # MT and news shorthand drop trailing adjectives of a long name: جمعية الوفاق الوطني
    # الإسلامية -> "the Accord Society"
    short = list(glossed)
    while len(short) > 2 and short[-1][0] == "adjective":
        short.pop()
    if len(short) < len(glossed) and len(short) >= 2 and short[-1][0] == "noun" and not _generic_only(short):
        out += _shapes(short)  # type: ignore[arg-type]
    out += _adjectives_kept_in_order(glossed)  # type: ignore[arg-type]
    return unique_forms(out)[:MAX_RENDERINGS]



def _adjectives_kept_in_order(glossed) -> list[str]:
    """Shapes with two or more adjectives of a noun in the Arabic order, first meanings only: MT
    keeps that order as often as it turns it (المجلس الشعبي الوطني: "National Popular Council",
    "Popular National Council"). Empty when no noun has two adjectives."""
    swapped, run = [], []
    for kind, meanings in [*glossed, ("noun", ())]:
        if kind == "adjective" and (swapped or run):
            run.append((kind, meanings[:1]))
            continue
        swapped += reversed(run) if len(run) >= 2 else run
        run = []
        if meanings:
            swapped.append((kind, meanings[:1]))
    if [m for _, m in swapped] == [m[:1] for _, m in glossed]:
        return []
    return _shapes(swapped)


def _generic_only(glossed) -> bool:
    """Whether every noun of `glossed` names a kind of body or meeting (gloss.toml
    `generic_meanings`): a short form of such words names no one body ("Conference Party")."""
    generic = frozenset(_gloss_data().get("generic_meanings", ()))
    return all(g[1][0].lower() in generic for g in glossed if g[0] == "noun")


def unique_forms(forms: list[str]) -> list[str]:
    """The forms in order, each once, ignoring case."""
    seen, unique = set(), []
    for form in forms:
        if form.lower() not in seen:
            seen.add(form.lower())
            unique.append(form)
    return unique


def _for_shapes(glossed, at: int | None = None) -> list[str]:
    """Shapes of a name whose word `at` carries the clitic ل: "<the words before> for <the
    words from it on>". By default the last word ("Agency for News", "… for the News"); an
    inner one is followed by a phrase, taken word by word first, then with "of": "General
    Authority for Combating Corruption", "… for Combating of Corruption"."""
    if at is None:
        return [f"{rest} for {the}{meaning}" for rest in _shapes(glossed[:-1]) for meaning in glossed[-1][1]
                for the in ("", "the ")]
    choices = list(product(*_phrases(glossed[at:])))
    tails = [" ".join(c) for c in choices] + [" of ".join(c) for c in choices]
    rests = [" of ".join(c) for c in product(*_phrases(glossed[:at]))]
    return [f"{rest} for {tail}" for tail in tails[:_FOR_TAILS] for rest in rests]


_FOR_TAILS = 4  # shapes of a phrase after an inner ل used ("Combating Corruption", "Combating of Corruption"…)


def _for_inside(words: list[str]) -> int | None:
    """The index of the first word after the first that carries the clitic ل before an
    indefinite noun (لمكافحة: ل + مكافحة, while لجنة is a word of its own), followed by
    another word; None when there is none."""
    table = gloss_table()
    for i in range(1, len(words) - 1):
        word = normalise(words[i])
        if word.startswith("ل") and not word.startswith("لل") and word not in table and word[1:] in table:
            return i
    return None


_HEAD_WORDS = frozenset(normalise(w) for w in (
    "حركة", "حزب", "جبهة", "قناة", "جريدة", "صحيفة", "مجلة", "وكالة", "عملية", "تيار", "تجمع",
    "جماعة", "جمعية", "إذاعة", "موقع", "نادي",
))
# Armed heads (قوات forces, كتائب brigades…) are left out only before two words or more: "the
# fast support militia" (قوات الدعم السريع); one word alone would name too many things ("Dawn").
_ARMED_HEAD_WORDS = frozenset(normalise(w) for w in ("قوات", "كتائب", "سرايا", "ألوية"))
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez)-", re.IGNORECASE)


def _with_proper_names(glossed, english: str, loose: bool = False):
    """`glossed` with each word that has no meaning replaced by its word of the English name
    (the English words that translate no other Arabic word, in order; else by position), or
    None when they cannot be told apart or no word has a meaning."""
    if not english or all(g is None for g in glossed):
        return None
    from mtqa.lexicon.ngrams import ngram_counts

    counts = ngram_counts()

    def proper(word: str) -> bool:  # a transliterated name, not an English word ("TV", "Syrian")
        return bool(_ARTICLE_PREFIX.match(word)) or counts.count(re.sub(r"['’]s?$", "", word.lower())) == 0

    eng = [w for w in english.split() if w.lower() not in _FUNCTION_WORDS]
    meanings = {m.lower() for g in glossed if g for m in g[1]}
    rest = [w for w in eng if re.sub(r"['’]s?$", "", w.lower()) not in meanings and proper(w)]
    missing = [i for i, g in enumerate(glossed) if g is None]
    unglossed = [w for w in eng if re.sub(r"['’]s?$", "", w.lower()) not in meanings]
    if len(rest) == len(missing):
        names = rest
    elif len(eng) == len(glossed) and all(proper(eng[i]) for i in missing):
        names = [eng[i] for i in missing]
    elif loose and len(missing) == 1 and len(unglossed) == 1 and len(eng) == len(glossed):
        names = unglossed  # "Sudan News Agency": Sudan is the one word no gloss gives
    else:
        return None
    out = list(glossed)
    for i, name in zip(missing, names):
        bare = _ARTICLE_PREFIX.sub("", name.strip("'’,"))
        if not bare or not bare[0].isalpha():
            return None
        bare = bare[0].upper() + bare[1:]
        article = _ARTICLE_PREFIX.match(name.strip("'’,"))
        # MT keeps a transliterated article ("of Al-Aqsa") as often as it drops it
        out[i] = ("noun", (bare, "Al-" + bare) if article else (bare,))
    return out


def _shapes(glossed: list[tuple[str, tuple[str, ...]]]) -> list[str]:
    """The English shapes of glossed Arabic words (see module docstring)."""
    phrases = _phrases(glossed)
    out: list[str] = []
    first: list[str] = []  # English compound order with the adjectives in front, for every
    # choice of meanings before the other shapes (MAX_RENDERINGS keeps the first ones):
    # المؤسسة الوطنية للنفط -> "National Oil Foundation"
    if len(phrases) == 2:
        for a, b in product(*phrases):
            words = a.split()
            if len(words) >= 2 and all(_is_adjective(w.lower()) for w in words[:-1]):
                first.append(" ".join([*words[:-1], b, words[-1]]))
    for choice in product(*phrases):
        if len(choice) == 1:
            shapes = [choice[0]]
        else:
            shapes = [
                " of ".join(choice),  # Volcano of Anger
                " ".join(reversed(choice)),  # Anger Volcano
                " of the ".join(choice),  # Council of the Notables
                " ".join(choice),  # word by word: Egyptian Today
            ]
            if len(choice) == 2:
                owner = choice[1]  # God's Party; a plural takes the apostrophe alone: Elders' Council
                shapes.append(f"{owner}' {choice[0]}" if owner.endswith("s") and not owner.endswith("ss") else f"{owner}'s {choice[0]}")
            if len(choice) == 3:
                a, b, c = choice
                shapes += [f"{a} of the {b} of {c}", f"{a} of {b} of the {c}",  # mixed articles
                           f"{a} of the {c} {b}", f"{a} of {c} {b}",  # Authority of the Suez Canal
                           f"{b} of the {c} {a}", f"{b} of {c} {a}",  # Free Men of the Levant Movement
                           f"{a} of the {c}'s {b}", f"{a} of {c}'s {b}"]  # Council of the People's Deputies
        for shape in shapes:
            out.append(shape)
            plural = _plural(shape.split()[-1]) if "'" not in shape else ""
            if plural and len(choice) == 1:
                out.append(" ".join([*shape.split()[:-1], plural]))
    return first + out


_NON_WORD = re.compile(r"[\W_]+")
_ISE = re.compile(r"is(e|ed|es|ing|ation|ations)\b")


def _plain(form: str) -> str:
    """Lower case, words only, British -ise spelt -ize, padded with spaces for containment tests."""
    text = _NON_WORD.sub(" ", form.lower()).strip()
    return " " + (_ISE.sub(r"iz\1", text) if "is" in text else text) + " "


def _is_adjective(word: str) -> bool:
    """Whether a (lower-case) English word is only ever the meaning of an Arabic adjective."""
    meanings = english_meanings()
    found = meanings.get(word) or (meanings.get(word[:-1]) if word.endswith("s") else None)
    return found is not None and found[0] == "adjective"


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """Words that name a kind of outlet, not one outlet: the head nouns of outlets and news
    agencies in evidence.toml and the words of news ("news agency", "press")."""
    from mtqa.lexicon.evidence import settings

    heads = {w for kind in ("media-outlet", "news-agency") for noun in settings().head_nouns.get(kind, ())
             for w in noun.split()}
    return frozenset(heads | {"news", "press", "media", "information"})


def _operation_shapes(entry) -> list[str]:
    """A military operation named "Operation X" in English, as MT words it with the Arabic
    order of عملية X: "X operation" ("the Volcano of Rage operation", "the Prosperity Guardian
    operation"), for X its name and each accepted form without "Operation"."""
    if entry.category != "military-operation" or not entry.name.startswith("Operation "):
        return []
    bare = [f.removeprefix("Operation ") for f in entry.correct_forms]
    return unique_forms([f"{b} operation" for b in bare if b[:1].isupper() and len(b) > 3 and not b.isupper()])


def _head_translated(entry) -> list[str]:
    """A club or other organisation of two Arabic words whose English name keeps both
    transliterated, the second with its article, as MT gives it translating the first only:
    شباب الأهلي, "Shabab Al-Ahli" -> "Youth of Al-Ahli" (the "X of Y" shape alone: "Ahli
    youth" or "the head of Al-Hilal" would be ordinary English about a club)."""
    if entry.category != "organization":
        return []
    words = _ARABIC_WORD.findall(entry.arabic)
    eng = [w for w in entry.name.split() if w.lower() not in _FUNCTION_WORDS]
    if len(words) != 2 or len(eng) != 2 or not _ARTICLE_PREFIX.match(eng[1]):
        return []
    head = lookup(words[0])
    if head is None or head[0] != "noun" or eng[0].lower() in {m.lower() for m in head[1]}:
        return []
    return [f"{meaning} of {eng[1]}" for meaning in head[1]]


def _adjective_club(entry) -> list[str]:
    """An organisation named by one Arabic adjective (الأهلي "national"): its meaning with
    "club", which makes it a name ("The National club beat…"); the adjective alone is no
    rendering (see entry_renderings). Not a people's adjective: "the Egyptian club" (المصري)
    is as often any Egyptian club."""
    words = _ARABIC_WORD.findall(entry.arabic)
    if entry.category != "organization" or len(words) != 1:
        return []
    found = lookup(words[0])
    if not found or found[0] != "adjective":
        return []
    return [f"{meaning} club" for meaning in found[1] if meaning.islower()]


def _generic_word(word: str) -> bool:
    """Whether `word` or its singular is one of `_generic_words` ("agencies", "channels")."""
    generic = _generic_words()
    return word in generic or (word.endswith("ies") and word[:-3] + "y" in generic) \
        or (word.endswith("s") and word[:-1] in generic)


def _plural_of_meaning(word: str) -> bool:
    """Whether `word` is the plural of a gloss meaning ("houses" of "house", "springs")."""
    meanings = english_meanings()
    if not word.endswith("s"):
        return False
    return word[:-1] in meanings or (word.endswith("ies") and word[:-3] + "y" in meanings)


def entry_renderings(entry, stop_words: frozenset[str]) -> tuple[str, ...]:
    """The generated renderings of a lexicon entry after its vetoes (see module docstring)."""
    if entry.generate is False or (entry.generate is None and entry.category in NO_GENERATION):
        return ()
    correct = [_plain(f) for f in entry.correct_forms]
    listed = {f.lower() for f in (*entry.literal, *entry.literal_in_context, *entry.misspelled)}
    never = {f.lower() for f in entry.never}
    kept = []
    for form in [*generated_renderings(entry.arabic, entry.name), *_operation_shapes(entry), *_head_translated(entry),
                 *_adjective_club(entry)]:
        lower = form.lower()
        plain = _plain(form)
        if lower in listed or lower in never or lower in english_names() or any(plain in c for c in correct):
            continue
        content = [w for w in re.findall(r"\w+", lower) if w not in _FUNCTION_WORDS]
        if not content or all(_is_adjective(w) for w in content):
            continue  # function words only, or an adjective alone ("the Sudanese" army): not a name
        if re.search(r"['’]s?$", form) and " " not in form.strip():
            continue  # a possessive alone ("People's" for الأهلي) qualifies a name, it is none
        if all(_generic_word(w) or _is_adjective(w) for w in content):
            continue  # outlet heads and "news" only: "the state news agency reported" names no one
        if entry.category == "place" and _plural_of_meaning(content[-1]):
            continue  # a town has no plural: "white houses" is no rendering of الدار البيضاء
        if entry.category == "government-body" and _plural_of_meaning(content[-1]) and content[-1] not in english_meanings():
            continue  # nor has one body: "Iraqi central banks" (but "Ministry of Endowments", أوقاف)
        kept.append(form)
    return tuple(kept)


_NAME_PARTICLES = frozenset(("bin", "ibn", "bint", "ben", "bou", "abu", "abou", "aboul", "abul", "umm", "ould", "abd", "abdel", "abdul", "abdal", "abdullah"))
_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l)-")
_ARAB_COUNTRIES = frozenset((
    "Algeria", "Bahrain", "Comoros", "Djibouti", "Egypt", "Iraq", "Jordan", "Kuwait", "Lebanon",
    "Libya", "Mauritania", "Morocco", "Oman", "Palestine", "Qatar", "Saudi Arabia", "Somalia",
    "Sudan", "Syria", "Tunisia", "UAE", "Yemen", "Western Sahara", "pan-Arab"))


def person_reorderings(entry) -> tuple[str, ...]:
    """A person's name as MT or a hurried hand gives it from the Arabic: surname first ("Safadi
    Ayman", "Al-Zubaidi Aidarous" for Ayman Safadi, Aidarous al-Zubaidi) and, for a surname
    with the article, the article translated ("Hussein the Sheikh" for Hussein al-Sheikh).
    Names of two or three words with no particle (bin, Abu, Abdel…) only; the rule that reports
    them (NAM001) leaves a surname that is also a given name ("Abbas Mahmoud" is another man)."""
    if entry.category != "person" or entry.country not in _ARAB_COUNTRIES:
        return ()  # (an English name reversed is a list's or an index's order: "Trump, Donald")
    forms = []
    for form in entry.correct_forms:
        words = form.split()
        if not 2 <= len(words) <= 3 or any(w.lower() in _NAME_PARTICLES for w in words[:-1]):
            continue
        if not all(w[:1].isupper() for w in words[:-1]) or not words[0].isalpha():
            continue
        last = words[-1]
        bare = _ARTICLE.sub("", last)
        if len(bare) < 4 or not bare[:1].isupper() or not bare.replace("-", "").isalpha():
            continue
        forms.append(f"{bare} {words[0]}")
        if bare != last:
            forms.append(f"Al-{bare} {words[0]}")
            forms.append(f"{' '.join(words[:-1])} the {bare}")
    return tuple(unique_forms(forms))

