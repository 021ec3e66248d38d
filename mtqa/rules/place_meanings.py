"""NAM008 for a place or landmark named by the meaning of its Arabic name in the Arabic order,
"<Feature> of (the) <word>": "the Mountain of the Turkmen" (Jabal al-Turkman), "the Well of the
Wolves" (Bir al-Dhiab), "the Light of the Moon camp" (Nur al-Qamar), "the Gate of Hawa
crossing" (Bab Hawa).

Arabic place names are a feature noun (جبل mountain, بئر well, باب gate, وادي valley, نور
light…) before a word with the article. MT translates both and keeps the Arabic order. English
has names of that shape too ("the Valley of the Kings", "the Mount of Olives", "the Gate of
Heaven"), so a phrase is reported only when:

- the word after "of" is a word of the gloss table (an Arabic name word's meaning) after "the"
  (the Arabic article), or a romanised word that is no English word ("Gate of Hawa");
- clean English news never writes the phrase (n-gram counts) and it is no English name
  (data/translated_names.toml `english_names`), none of its words a colour or direction;
- it stands where a place stands: after a locative ("in", "near", "from", "between X and"…),
  before a place head noun ("camp", "area", "neighbourhood", "crossing"…) or before an
  apposition that says what it is (", a village"), in a text about the Arab world; a romanised
  word after a locative only with a spelling of romanised Arabic (kh, gh, q, aa, ou, a final
  -eh…: it may be of any language, "the Spring of Gihon");
- no name goes on after it ("the Light of the Religion al-Zenki": a person's name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa import cache, regexes
from mtqa.findings import Suggestion
from mtqa.lexicon.generate import english_meanings
from mtqa.lexicon.ngrams import ngram_counts
from mtqa.scan import at_literals, expect, near_literals


@lru_cache(maxsize=1)
def _tables():
    data = cache.package_toml("data/place_meanings.toml")
    features = data["features"]
    alternatives = "|".join(sorted(map(re.escape, features), key=len, reverse=True))
    heads = "|".join(sorted(map(re.escape, data["heads"]), key=len, reverse=True))
    pattern = regexes.compile(
        r"(?<![\w'’-])(" + alternatives + r")[ ]of[ ](?:(the)[ ])?+([A-Z][a-z'’]++)\b(?![-'’]|[ ]of\b|[ ][A-Z]|[ ][AaEe]l[-‐ ])"
    )
    head_after = regexes.compile(r"[ ](?:" + heads + r")\b")
    apposition = regexes.compile(r",[ ](?:a|an|the)[ ](?:[a-z]++[ ]){0,2}?(?:" + heads + r")\b")
    openings = tuple(f"{word} of " for word in features)
    words = frozenset(w.lower() for w in features)
    return data, pattern, head_after, apposition, openings, words


expect(lambda: _tables()[4])  # (found in one pass in a long text: scan.expect)


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|into|inside|near|from|to|at|towards|toward|outside|around|reached|entered|toured|visited|"
    r"across|through|along|and|of|on)[ ]++(?:the[ ]++)?+$"
)


# spellings only romanised Arabic has ("kh", "q" without "u", a final "-eh"): "the Gate of Sabbaghiyeh"
_ARABIC_TRAIT = re.compile(r"kh|gh|dh|q(?!u)|aa|ou|['’]|(?:eh|iya|iyah|iyeh)$")
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[ ]$")


def feature_places(rule, doc, taken, wrong, correct, reported=()):
    """NAM008 findings for "<Feature> of (the) <word>" places (module docstring) and for
    "the state of <town>" (state_places), outside the spans `taken` and the findings
    `reported` already."""
    yield from _feature_places(rule, doc, taken, wrong, correct, reported)
    yield from state_places(rule, doc, taken, reported)


# ولاية "state": the wilayat of an Omani town, the wilaya (province) of an Algerian one
_STATE = re.compile(r"(?<![\w'’-])the[ ]state[ ]of[ ]([A-Z][a-z]{2,}+(?:[ ][A-Z][a-z]++)?+)\b(?![-'’]|[ ](?:[A-Z]|al-|el-))")
_STATE_NAMES = {"Oman": "the wilayat of {}", "Algeria": "the wilaya of {} ({} province)"}
_STATE_OPENING = ("the state of ",)  # where every _STATE match starts
expect(_STATE_OPENING)


def state_places(rule, doc, taken, reported=()):
    """NAM008 for "the state of <town>" in a text on Oman or Algeria: ولاية is a wilayat of Oman
    ("the state of Ibri": the wilayat of Ibri) and an Algerian province ("the state of Oran":
    Oran province), no state; the country named by its words or a city of it. Silent on a
    country, a place of data/world_places.toml ("the state of Texas"), an English word, "the
    State of X" (a country's official name) and texts on neither country."""
    if "state" not in doc.lowered_words.distinct:
        return
    matches = at_literals(_STATE, doc.prose, _STATE_OPENING)  # = list(_STATE.finditer(doc.prose))
    if not matches:
        return
    from mtqa.lexicon.evidence import _foreign_countries, foreign_sentence
    from mtqa.rules.names import _find_countries_or_cities, _per_document

    # (a country is named by its words or one of its cities: "signed in Algiers…")
    named = _per_document(doc, "_countries_or_cities", _find_countries_or_cities)
    countries = [c for c in _STATE_NAMES if c in named]
    if len(countries) != 1:
        return  # (a text on neither, or on both: which one's wilaya is meant is unclear)
    world = _world_names()
    counts = ngram_counts()
    for match in matches:
        start, end = match.span()
        town = match.group(1)
        # (the town may be a name of the lexicon: "Ibri" is one, "the state of" is not)
        if taken.overlaps(start, match.start(1)) or any(f.start < end and start < f.end for f in reported) \
                or town in world or any(counts.count(w.lower()) for w in town.split()):
            continue
        sentence = doc.sentence_at(start)
        if (sentence is not None and foreign_sentence(doc.prose[sentence.start : sentence.end])) \
                or _FOREIGN_AFTER.match(doc.prose, end) and _foreign_countries().match(doc.prose, end + 2):
            continue  # "the state of Kerala, India": a state of a country outside the Arab world
            # (a sentence with an Arab place too is Arab, "Italy's Eni … in the state of Illizi",
            # unless the country follows the town: "the state of Kerala, India, and Oman")
        target = _STATE_NAMES[countries[0]].format(town, town)
        message = (f"{match.group()!r}: ولاية here is a {'wilayat of Oman' if countries[0] == 'Oman' else 'province of Algeria'}, "
                   f"not a state; English news writes {target}.")
        yield rule.finding(doc, start, end, message, [Suggestion(target.split(" (")[0], False)],
                           evidence=["state-of-town", f"country:{countries[0]}"])


_FOREIGN_AFTER = re.compile(r", (?=[A-Z])")  # (the town's country after it: ", India")


@lru_cache(maxsize=1)
def _world_names() -> frozenset[str]:
    """Countries and places outside the Arab world that "the state of" may name in English:
    data/world_places.toml, data/exonyms.toml's countries and their country words."""
    world = cache.package_toml("data/world_places.toml")["places"]
    exonyms = cache.package_toml("data/exonyms.toml")
    names = {w for words in exonyms["country_words"].values() for w in words}
    return frozenset({*world, *names, *exonyms["country_words"]})


def _feature_places(rule, doc, taken, wrong, correct, reported=()):
    data, pattern, head_after, apposition, openings, words = _tables()
    if words.isdisjoint(doc.lowered_words.distinct):
        return  # (most records hold no feature noun)
    prose = doc.prose
    matches = list(near_literals(prose, openings, pattern, 0))
    if not matches:
        return
    from mtqa.rules.names import _meaning
    from mtqa.rules.translated_names import _data as names_data, arab_context

    if not arab_context(doc, wrong, correct):
        return
    meanings, counts, names = english_meanings(), ngram_counts(), names_data()
    english = {n.lower() for n in names["english_names"]} | {n.lower() for n in data["english_names"]}
    for match in matches:
        feature, article, word = match.group(1), match.group(2), match.group(3)
        start, end = match.span()
        if taken.overlaps(start, end) or any(f.start < end and start < f.end for f in reported):
            continue
        lower = word.lower()
        glossed = _meaning(word, meanings) is not None
        romanised = not glossed and not counts.count(lower) and not counts.count(lower, title=True)
        if not ((glossed and article) or romanised):
            continue
        if lower in names["place_not"] or lower in names["nationalities"] or lower in data["not_after"]:
            continue
        phrase = prose[start:end].lower()
        head = head_after.match(prose, end)
        # (with a place head noun after it, an English phrase in lower case is no objection:
        # "the light of the moon" is English, "the Light of the Moon camp" a name)
        if phrase in english or counts.count(phrase, title=True) or (not head and counts.count(phrase)):
            continue
        before = prose[max(0, start - 40) : start]
        if romanised and not article and not _THE_BEFORE.search(before):
            continue  # "Gate of Hawa" without "the": NAM008's place words decide it
        locative = _LOCATIVE_BEFORE.search(before)
        if locative and locative.group().split()[0] == "and" and "between" not in before:
            locative = None  # "X and the …" names a place only after "between"
        aside = apposition.match(prose, end)
        if not (locative or head or aside) or (romanised and not (head or aside or _ARABIC_TRAIT.search(lower))):
            continue  # (a romanised word may be of any language: "the Spring of Gihon in Jerusalem")
        transliterated = data["features"][feature]
        target = f"{transliterated} {word}" if romanised else ""
        evidence = ["place-feature", f"feature:{feature.lower()}"] + (["gloss-word"] if glossed else ["romanised-word"]) \
            + (["locative"] if locative else []) + (["head-noun"] if head else []) + (["apposition"] if aside else [])
        message = (f"{prose[start:end]!r} looks like a place named by the meaning of its Arabic name "
                   f"({feature} = {transliterated}); English news transliterates it"
                   + (f" ({target})." if target else "."))
        yield rule.finding(doc, start, end, message, [Suggestion(target, False)] if target else [], evidence=evidence)
