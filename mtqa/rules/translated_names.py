"""NAM008: a party, armed group or place the lexicon does not know, named by the meaning of its
Arabic words.

The gloss table (mtqa/lexicon/gloss.toml) read backwards says which English words translate
Arabic words common in names ("Hope" = أمل, "Conquest" = فتح, "Palace" = قصر). A phrase made
only of such words, written as a name (Title Case), is reported when its shape makes it a name:
- before a head noun: "the Conquest movement", "the Loyalty Brigades", "the Palace city";
- after a head noun and "of": "the Brigades of the Martyrs", "the Movement of Hope";
- with no head, opening the sentence with "The" and speaking: "The Middle Gate reported…".
Precision first: a head noun in Title Case (a real English name may be a translation: "the
Future Movement"), the "of" shape and the headless shape need a document about the Arab
world; places need their head noun in lower case ("the Blue city"); descriptors and generic
nouns (national, popular, security, army…: data/translated_names.toml) do not make a name;
nor do English names, names the lexicon knows, phrases English capitalises itself (the n-gram
counts), Title Case headlines, or a capitalised word that is no meaning word joined to the
phrase ("the Palestine Liberation Organization").
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from mtqa import cache, translit
from mtqa.findings import Severity, Suggestion
from mtqa.rules import Rule, register
from mtqa.scan import LONG_TEXT, apart_each, at_literals, expect, literals_in, near_literals, occurrences, tried_at, word_trigger
from mtqa.lexicon.evidence import _foreign_countries, foreign_sentence, settings
from mtqa.lexicon.generate import _ARABIC_WORD, english_meanings, english_names
from mtqa.lexicon.ngrams import ngram_counts
from mtqa.source.arabic import normalise, stems
from mtqa.source.translit import score
from mtqa.translit import common_given_names

_CONNECTORS = frozenset(("of", "the", "and"))
_ACRONYM_AFTER = re.compile(r"[ ]?+\([A-Z][A-Z&-]{1,7}\)")  # "(FIS)", "(JEM)" right after a name
# Runs of capitalised words joined by spaces, "of", "of the" or "and" (bounded: linear).
_RUN = re.compile(
    r"[A-Z](?<![\w'’-][A-Z])[a-z]++(?:['’]s)?+"
    r"(?:[ ]++(?:(?:of|and)[ ]++(?:the[ ]++)?)?+[A-Z][a-z]++(?:['’]s)?+){0,6}+"
)
_WORD = re.compile(r"[A-Za-z]+(?:['’]s)?")
_AL_NAME_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]l|[Ee]l)-[A-Z][a-z]+[ ]$")  # (searched up to a run's start)
_POSSESSIVE = re.compile(r"['’]s$")
_HAS_CAPITAL = re.compile(r"[ ][A-Z]")
# a dateline before a clause: "Tyre -", "Ras al-Khaimah (WAM) -" (the whole lead; bounded: linear)
_DATELINE_LEAD = re.compile(r"(?:[A-Z][\w'’.-]{0,20}+[ ]?+){1,4}+(?:\([^()]{1,30}+\)[ ]?+)?+[-–—]")
# "the banned Justice and Charity group", "the Iran-backed Hope Brigades": "the" and one word
# that qualifies a group (a participle, an -ist adjective, a few others) before a name
# (searched in the 40 characters before a run: linear)
_PREMODIFIED = re.compile(
    r"(?<![A-Za-z])[Tt]he[ ](?:[A-Za-z]++-)?+(?:[a-z]{2,}+(?<=ed|st)|opposition|rebel|militant|ruling|"
    r"powerful|influential|extremist|radical|former|little-known|so-called|clandestine|underground)$"
)
_EXPLAINED = re.compile(r"\b(?:means?|meaning|literally|translates as|translated as|Arabic for|stands for)\W*$", re.IGNORECASE)
# (matched right after a word; the lookbehind keeps a scan linear on a long run of spaces)
_NEXT_WORD = re.compile(r"(?<![ ])[ ]++([A-Za-z]+)(?:['’]s)?\b")
_ARAB_CONTEXT = re.compile(
    r"\b(?:[Aa]l|[Ee]l)-[A-Z]|\b(?:Abdel|Abdul|Abu|bin|Mohammed|Muhammad|Mohamed|Ahmed|Sheikh|"
    r"Arab|Arabic|Syria|Syrian|Iraq|Iraqi|Lebanon|Lebanese|Libya|Libyan|Egypt|Egyptian|Yemen|"
    r"Yemeni|Sudan|Sudanese|Jordan|Jordanian|Palestinian|Palestine|Gaza|Tunisia|Tunisian|"
    r"Algeria|Algerian|Morocco|Moroccan|Saudi|Qatar|Qatari|Kuwait|Kuwaiti|Bahrain|Bahraini|"
    r"Oman|Omani|Emirati|UAE|Dubai|Houthi|Houthis|Hezbollah|Hamas|Baghdad|Damascus|Beirut|"
    r"Cairo|Tripoli|Sanaa|Aden|Khartoum|Riyadh|Amman|Mosul|Aleppo|Benghazi|Mauritania|Somalia|"
    r"Tunis|Rabat|Algiers|Muscat|Doha|Manama|Jeddah|Mecca|Medina|Nouakchott|Mogadishu|Djibouti|"
    r"Basra|Erbil|Homs|Idlib|Misrata|Marib|Taiz|Hodeidah|Ramallah|Nablus|Hebron|Sidon|Tyre|"
    r"Alexandria|Casablanca|Marrakech|Oran|Sfax|Kirkuk|Fallujah|Najaf|Karbala|Latakia|Raqqa|"
    r"Darfur|Omdurman|Sirte|Derna|Zawiya|Emir|Emirates|Sharjah|Kurdistan|Sayyed|Ayatollah|Sunni|"
    r"Shia|Shiite|Druze|Alawite|Kurdish|Kurds|Ramadan|Eid|Quran|Muslim|Islamic|Daesh|ISIS)\b"
)


@lru_cache(maxsize=1)
def _data() -> dict:
    data = cache.package_toml("data/translated_names.toml")
    heads = {word: kind for kind, words in data["heads"].items() for word in words}
    return {
        "heads": heads,
        "heads_before": frozenset(data["heads_before"]) | frozenset(data["fighters_before"]),
        "fighters_before": frozenset(data["fighters_before"]),
        "verbs": frozenset(data["verbs"]),
        "outlet_verbs": frozenset(data["outlet_verbs"]),
        "not_names": frozenset(data["not_names"]),
        "dateline_acronyms": dict(data.get("dateline_acronyms", {})),
        "english_names": frozenset(n.lower() for n in data["english_names"]),
        "english_names_cased": frozenset(data["english_names"]),
        "heads_strict": frozenset(data["heads_strict"]),
        "nationalities": frozenset(data["nationalities"]),
        "english_outlets": frozenset(n.lower() for n in data["english_outlets"]),
        "ranks": dict(data["ranks"]),
        "literal_ranks": tuple(data["literal_ranks"]),
        "ranks_in_military_context": frozenset(data["ranks_in_military_context"]),
        "military_words": frozenset(data["military_words"]),
        "civil_words": frozenset(data["civil_words"]),
        "place_words": dict(data["place_words"]),
        "person_words": frozenset(data["person_words"]),
        "dynasties": frozenset(data["dynasties"]),
        "place_features": frozenset(data["place_features"]),
        "strong_features": frozenset(data["strong_features"]),
        "place_not": frozenset(data["place_not"]),
        "place_not_alone": frozenset(data["place_not_alone"]),
        "institutions": frozenset(data["institutions"]),
        "body_heads": dict(data["body_heads"]),
        "body_domains": frozenset(data["body"]["domains"]),
        "body_head_domains": {head: frozenset(words) for head, words in data["body_head_domains"].items()},
        "lower_place_words": frozenset(data["lower_case_places"]["words"]),
        "lower_place_heads": tuple(data["lower_case_places"]["heads"]) + tuple(data["lower_case_places"]["town_heads"]),
        "lower_town_heads": frozenset(data["lower_case_places"]["town_heads"]),
        "lower_town_words": frozenset(data["lower_case_places"]["town_words"]),
    }


def arab_context(doc, wrong, correct) -> bool:
    """Whether the document is about the Arab world: a lexicon name, or an Arab place, people,
    or name particle in it."""
    if wrong or correct:
        return True
    if _ARAB_CONTEXT_WORDS.isdisjoint(doc.lowered_words.distinct):
        return False  # (none of its words: a set test, where the search takes 10 µs a record)
    return bool(_ARAB_CONTEXT.search(doc.prose))


# the lower-case words of which every match of _ARAB_CONTEXT holds one, whole (a run of letters
# of Document.lowered_words): its article ("al-", "el-") and the words of its last alternation
_ARAB_CONTEXT_WORDS = frozenset(
    ("al", "el", *(word.lower() for word in _ARAB_CONTEXT.pattern.rsplit(r"\b(?:", 1)[1].removesuffix(r")\b").split("|")))
)
assert all(word.isalpha() for word in _ARAB_CONTEXT_WORDS)


@lru_cache(maxsize=1)
def _english_names() -> frozenset[str]:
    """English names a gloss phrase must not be: gloss.toml's and this module's data (joined
    once, not for every document)."""
    return english_names() | _data()["english_names"]


def _tokens(text: str, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + m.start(), offset + m.end(), m.group()) for m in _WORD.finditer(text)]


def candidates(doc):
    """(start, end, phrase tokens, head, head kind, shape) of the name-shaped runs of meaning
    words in `doc` (before the tests of context and English usage)."""
    from mtqa.rules.names import _meaning

    data = _data()
    heads, meanings = data["heads"], english_meanings()
    prose = doc.prose
    verbs = data["verbs"]
    alone: dict[str, bool] = {}  # run as written -> a head noun ends it or it has "of" (once per run)
    followed = _followed_ends(prose) if len(prose) >= LONG_TEXT else None
    for match in _split_runs(_RUN.finditer(prose), prose, data["heads_before"]):
        # cheap test first: a head noun in or right after the run, or a verb after it
        run = match.group()
        passes = alone.get(run)
        if passes is None:
            passes = alone[run] = _POSSESSIVE.sub("", run[run.rfind(" ") + 1 :].lower()) in heads or " of " in run
        if not passes:
            end = match.end()
            if prose[end : end + 1] != " " or (followed is not None and end not in followed):
                continue  # (no word follows, or none that is a head noun or a verb)
            following = _NEXT_WORD.match(prose, end, end + 30)
            next_word = following.group(1) if following else ""
            if not (next_word in heads or next_word in verbs):
                continue
        if prose[match.start() - 1 : match.start()] == " " and _AL_NAME_BEFORE.search(prose, max(0, match.start() - 30), match.start()):
            continue  # part of a name that starts with a transliterated word: "the al-Aqsa (Al-Aqsa) Martyrs Brigades"
        tokens = _tokens(run, match.start())
        sentence = doc.sentence_at(match.start())
        s_start = sentence.start if sentence else 0
        lead = prose[s_start : match.start()].strip(" \"'“‘(")
        had_the = lead.endswith(("the", "The")) or bool(_PREMODIFIED.search(lead, max(0, len(lead) - 40)))
        after_dateline = bool(lead) and len(lead) < 60 and bool(_DATELINE_LEAD.fullmatch(lead))
        initial = not lead or after_dateline
        # (a clause after a dateline opens as a sentence does: "Sidon - The Good Deeds association";
        # but a Title Case party head there is English's own: "Cairo - The Dignity Party")
        if initial and tokens[0][2] == "The":
            tokens, had_the = tokens[1:], True
        elif tokens[0][2] == "The":
            continue  # "The" inside a sentence opens no name here
        elif initial and len(tokens) > 1 and (_meaning(tokens[0][2], meanings) is None or _ends_headed(tokens, prose, heads)
                                              or tokens[0][2].lower() in data["fighters_before"]):
            # "Fans of the Hope Movement", "Fighters of the Glory division", "Supporters of the
            # Hawks of Glory": a sentence-initial capital is no part of the name
            cut = 1
            while cut < len(tokens) and tokens[cut][2] in _CONNECTORS:
                cut += 1
            tokens, initial = tokens[cut:], False
            had_the = prose[max(s_start, tokens[0][0] - 4) : tokens[0][0]].strip() == "the" if tokens else False
        while tokens and tokens[-1][2] in _CONNECTORS:
            tokens = tokens[:-1]
        if not tokens:
            continue
        content = [t for t in tokens if t[2] not in _CONNECTORS]
        after = _NEXT_WORD.match(prose, tokens[-1][1], tokens[-1][1] + 30)
        first, last = (_POSSESSIVE.sub("", t[2].lower()) for t in (content[0], content[-1]))
        lead_n = _descriptors_before_head(tokens, data)  # "the Popular Gathering of the Faithful"
        if lead_n:
            first = tokens[lead_n][2].lower()
        if len(content) >= 2 and first in data["heads_before"] and tokens[lead_n + 1][2] == "of" \
                and not (first in data["fighters_before"] and last in heads):  # ("the Knights of Blood Companies": its head ends it)
            phrase = [t for t in tokens[lead_n + 1 :] if t[2] not in _CONNECTORS]
            kind = "armed" if first in data["fighters_before"] else heads.get(first, "party")
            yield tokens[0][0], tokens[-1][1], phrase, first, kind, "head-before", had_the
        elif len(content) >= 2 and last in heads:
            if after_dateline and heads[last] != "armed":
                continue
            yield tokens[0][0], tokens[-1][1], content[:-1], last, heads[last], "head-title", had_the
        elif after and after.group(1).islower() and after.group(1) in heads:
            head = after.group(1)
            yield tokens[0][0], after.end(1), content, head, heads[head], "head-lower", had_the
        elif after and initial and had_the and len(content) >= 2 and after.group(1) in data["verbs"]:
            yield tokens[0][0], tokens[-1][1], content, "", "", "speaker", had_the
        elif after and initial and had_the and len(content) == 1 and after.group(1) in data["outlet_verbs"] \
                and not prose.startswith((" by ", " in ", " on "), after.end(1)):  # ("The Decision published by the court")
            # "The Sunrise reported…", "Gaza - The Compass published…": one meaning word that
            # does what only an outlet does
            yield tokens[0][0], tokens[-1][1], content, "", "media", "outlet-speaker", had_the


@lru_cache(maxsize=1)
def _follower_literals() -> tuple[str, ...]:
    """" party", " said"…: a space and a head noun or a verb, as they follow a candidate run."""
    return tuple(sorted({f" {word}" for word in (*_data()["heads"], *_data()["verbs"])}))


def _followed_ends(prose: str) -> set[int]:
    """The offsets where a run of spaces before a head noun or a verb starts (read back from
    each " party", " said"…): every run `candidates` lets through on the word after it ends at
    one of them (the word is then checked as before)."""
    ends = set()
    for at in occurrences(prose, *_follower_literals()):
        while at > 0 and prose[at - 1] == " ":
            at -= 1
        ends.add(at)
    return ends


_AND_THE = re.compile(r"[ ]and[ ]the[ ]([A-Z][a-z]+)")


def _split_runs(matches, prose: str, heads_before):
    """The runs, each cut where "and the" opens another name with a head that comes first: "the
    Movement of the Nobles and the Brigades of the Keeper" is two names."""
    for match in matches:
        run = match.group()
        if " and the " not in run:
            yield match
            continue
        start = match.start()
        for joint in _AND_THE.finditer(prose, match.start(), match.end()):
            if joint.group(1).lower() in heads_before:
                piece = _RUN.match(prose, start, joint.start())
                if piece:
                    yield piece
                start = joint.start(1)
        piece = _RUN.match(prose, start, match.end())
        if piece:
            yield piece


def _opens_longer_name(correct, wrong, start: int, end: int, prose: str) -> bool:
    """Whether the only lexicon names over a candidate are correct ones that open it and that
    more Title Case words follow inside it: "the National" (an Abu Dhabi daily) in "the
    National Movement of the Faithful" is not that name ("the Men of Dignity movement" is; asked
    of the "X of the Y" shape only: "The National Interest magazine" is an English title)."""
    inside = [m for m in correct if m.start < end and start < m.end]
    return bool(inside) and not any(m.start < end and start < m.end for m in wrong) and all(
        m.start <= start + 4 and m.end < end and _HAS_CAPITAL.search(prose, m.end, end)
        for m in inside  # (the match may hold "the ")
    )


def _descriptors_before_head(tokens, data) -> int:
    """How many descriptors (National, Popular, Democratic…: `not_names`, no head noun) open a
    run before a head that may come first and its "of": "the Popular Gathering of the Faithful"
    (التجمع الشعبي للأوفياء); 0 when the run is not so."""
    n = 0
    while n < 2 and n + 2 < len(tokens) and tokens[n][2].lower() in data["not_names"] \
            and tokens[n][2].lower() not in data["heads_before"]:
        n += 1
    return n if n and tokens[n][2].lower() in data["heads_before"] and tokens[n + 1][2] == "of" else 0


def _ends_headed(tokens, prose: str, heads) -> bool:
    """Whether a sentence-initial run reads "Xs of the … <head>", a head noun ending it or
    right after it: the first word is then the subject's noun, not part of the name
    ("Supporters of the Uprising movement"; MT renders أنصار الله "Supporters of God", without
    "the")."""
    if len(tokens) < 4 or tokens[1][2] != "of" or tokens[2][2] != "the" or any(t[2] == "of" for t in tokens[3:]):
        return False
    after = _NEXT_WORD.match(prose, tokens[-1][1], tokens[-1][1] + 30)
    return _POSSESSIVE.sub("", tokens[-1][2].lower()) in heads or bool(after and after.group(1) in heads)


@register
class TranslatedName(Rule):
    id = "NAM008"
    name = "translated-name"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    explanation = (
        "A party, movement, armed group or place the lexicon does not know, named by the meaning "
        "of its Arabic words: English words that translate Arabic words common in names "
        "(gloss.toml read backwards), written as a name before a head noun (\"the Conquest "
        "movement\", \"the Loyalty Brigades\", \"the Palace city\", in quotes: 'the \"Dawn\" "
        "movement'; a generic head such as group, division or camp only in lower case), after one (\"the Brigades of "
        "the Martyrs\") or opening a sentence that it speaks in (\"The Middle Gate reported\"). "
        "English news transliterates such names. A head noun in Title Case, the \"of\" shape and "
        "the headless shape need a text about the Arab world; a place needs its head noun in "
        "lower case. Descriptors and generic nouns (national, popular, security, army…), English "
        "names (\"the Green Party\"), names the lexicon knows, phrases English capitalises "
        "itself and a capitalised word joined to the phrase (\"the Palestine Liberation "
        "Organization\") are left alone, as is a name in a sentence about a country outside the "
        "Middle East in a text with no Arab place or name (\"Poland's Law and Justice party\"). The message names the Arabic words the English may "
        "translate; the suggestion (never applied by --fix) spells them as the lexicon's names do "
        "(\"the Dawn movement\" -> \"the Al-Fajr movement\") when every word has such a "
        "spelling (data/translated_names.toml). Also a place named by translating its words with "
        "a feature noun in the Arabic order (\"the Spring of the Oleanders\") or one English "
        "place names seldom end in (\"the Dates Monastery\"); a place named by the meaning of its first "
        "Arabic word before the proper name MT kept (\"Mother of Qasr\": Umm Qasr), and a rank with the Arabic article kept before "
        "a person's name, \"the Major Ahmed …\" (English: Major Ahmed …), and a rank only a "
        "word-by-word translation gives, \"the Dean Khaled …\" (عميد: Brigadier General). Also a "
        "government body named in the Arabic word order, its head noun, \"of\" and its domain "
        "(\"the Authority of Investment\": the Investment Authority; \"the Agency for News\"; \"the "
        "Ministry of the Electricity\": Ministry of Electricity), the ruler of Qatar or Kuwait "
        "called prince (\"the Qatari prince\": the emir) and the honorific \"martyr\" kept in a "
        "unit's name (\"the martyr Abu Ali Mustafa brigades\"); a landmark or battle named by the "
        "meaning of its Arabic name (\"the Sword Palace\", \"the Mount of Thyme\", \"the Battle of "
        "Glory\", \"Mount Thyme\"; not \"the Peace Palace\", \"the Mount of Olives\"), and a state's governor called its "
        "ruler (\"the ruler of Gezira State\"). A clause after a dateline opens as a sentence does "
        "(\"Sidon - The Good Deeds association said\"); a word such as banned or Iran-backed may stand "
        "between \"the\" and the name; before a lower-case head an ordinary word the gloss table lacks "
        "counts when clean English seldom capitalises it (\"the Plenty base\"), one proper name may "
        "stay inside (\"the Glorious Khalid Battalions\"), and one adjective names an outlet (\"the "
        "Truthful newspaper\"). Also a venue in the Arabic order (\"the Stadium of Al-Shaab\"), a "
        "sports federation by its literal head (\"the Egyptian Football Union\") and pairs only a "
        "word-by-word translation gives (\"the Carthage Cinematic Days\")."
    )
    bad = (
        "Thousands of supporters of the ⟦Dawn movement→Al-Fajr movement⟧ marched in Tunis on Friday.",
        "Commanders of the ⟦Loyalty Brigades⟧ said in Beirut that the fighters had withdrawn.",
        "Shelling hit the ⟦Palace city→Al-Qasr city⟧ near Rabat overnight.",
        "In Aden, the ⟦Brigades of the Martyrs⟧ announced a ceasefire.",
        "In Amman the ⟦Authority of Investment→Investment Authority⟧ approved 12 projects.",
        "Sidon - The ⟦Good Deeds association⟧ said the strikes destroyed its offices.",
    )
    good = (
        "Supporters of the Green Party marched in Berlin on Friday.",
        "The Palestine Liberation Organization met in Ramallah.",
        "The National Army said it had retaken the town.",
        "The old city was crowded with tourists.",
        "The civil rights movement changed the country.",
        "The Security Forces said the road was open.",
        "The Islamic Salvation Front (FIS) won the first round of the vote in Algeria.",
        "The Popular Defence Forces were disbanded in Sudan.",
        "The Law and Justice party governed Poland for eight years.",
        "The Council of Ministers in Beirut approved the budget.",
        "Mukalla - The Elite Forces arrested three men.",
    )

    def check(self, doc, ctx):
        found = list(self._findings(doc, ctx))
        if len(found) < 2:
            return found
        # a place of place_meanings.py that another shape reports too is reported once
        others = [f for f in found if not _feature_place(f)]
        return [f for f in found if not _feature_place(f) or not any(o.start < f.end and f.start < o.end for o in others)]

    def _findings(self, doc, ctx):
        from mtqa.rules.names import _Spans, _meaning, entity_matches, explained_names, lexicon

        found = list(candidates(doc))
        wrong, correct = entity_matches(doc, ctx)
        taken = _Spans((m.start, m.end) for m in (*wrong, *correct, *explained_names(doc, ctx)))
        data, meanings, counts = _data(), english_meanings(), ngram_counts()
        names = _english_names()
        arab = bool(found) and arab_context(doc, wrong, correct)
        limits = settings().limits
        prose = doc.prose
        for start, end, phrase, head, kind, shape, had_the in found:
            if not phrase or (taken.overlaps(start, end) and not (
                    shape == "head-before" and _opens_longer_name(correct, wrong, start, end, prose))):
                continue
            glossed = [_meaning(t[2], meanings) for t in phrase]
            if head in data["heads_strict"] and not _strict_head_passes(prose, start, end, head, phrase, glossed, data):
                continue
            if any(g is None for g in glossed):
                # a word the gloss table lacks: an ordinary English word that English rarely
                # capitalises, before a lower-case head noun, in a text about the Arab world
                # ("the Sparrow newspaper", "the Lantern movement", "the Plenty base"); or
                # one proper name beside a gloss word English rarely capitalises, before an
                # armed group's or party's head ("the Glorious Khalid Battalions")
                unknown = [t[2] for t, g in zip(phrase, glossed) if g is None]
                sentence = doc.sentence_at(start)
                if sentence and not prose[sentence.start : start].strip(" \"'“‘("):
                    continue  # a sentence's first word is capitalised anyway ("Shipping companies said")
                if not _fallback_shape(shape, kind, phrase, glossed, arab) or not (
                    all(_ordinary_word(w, counts, data, limits["ordinary-share"] if shape == "head-lower" else 0.1) for w in unknown)
                    or _proper_name_inside(unknown, phrase, glossed, shape, kind, counts, data)
                ):
                    continue
                if sentence and _foreign_countries().search(prose[sentence.start : sentence.end]):
                    continue  # "the Conservative party in Britain": another country's English name
                glossed = [g or ("noun", ()) for g in glossed]
            elif kind == "media" and shape != "outlet-speaker" and not _adjective_outlet(phrase, glossed, shape, data) \
                    and not _nam005_leaves([t[2] for t in phrase], shape, arab, counts, limits):
                continue  # NAM005 reports outlets named by gloss words (one noun at least)
            words = [t[2] for t in phrase]
            lowers = [re.sub(r"['’]s$", "", w.lower()) for w in words]
            own = [w for w, g in zip(lowers, glossed) if g[0] == "noun" and w not in data["not_names"]
                   and w not in heads_of(data) and w not in data["institutions"]]
            # (an institution word is no name of its own: "the Constitutional Union party" is
            # the English name of a Moroccan party)
            of_name = " of " in prose[start:end] and shape in ("head-lower", "head-title")
            if of_name:
                own = own or lowers  # "the Free Men of the East faction": an "of" name before a head
            if kind == "place" and shape == "head-lower" and len(words) == 1 and glossed[0][0] == "adjective" \
                    and lowers[0] not in data["not_names"] and lowers[0] not in data["place_not_alone"]:
                own = lowers  # "the Blue city" (الزرقاء): a Title Case adjective before a lower-case "city"
            if shape == "head-before" and len(words) == 1 and glossed[0][0] == "adjective" \
                    and prose[start:end].endswith(f"of the {words[0]}") and lowers[0] not in data["place_not"]:
                own = lowers  # "the Movement of the Free" (الأحرار): an adjective standing for people
            if _adjective_outlet(phrase, glossed, shape, data) and kind == "media":
                own = lowers  # "the Truthful newspaper" (الصادق): an outlet named by one adjective
            if not own or any(_nationality(w) for w in lowers):
                continue  # descriptors and generic nouns only, or a nationality: "the National
                # Army", "the Libyan Red Crescent" (English names a body by its country)
            if shape != "head-lower" and not arab and not (of_name and kind == "armed" and shape == "head-title"):
                continue  # ("the Guardians of Blood Companies" is a name in any text)
            if kind in ("place", "organisation", "facility") and shape != "head-lower":
                continue
            if shape == "speaker" and (len(phrase) < 2 or any(w in data["institutions"] for w in lowers)):
                continue  # "The Ministry of National Defence said": English names bodies so
            if shape in ("head-title", "head-lower") and not had_the and kind != "armed":
                continue  # "Hope Party leaders": a name needs its article in this shape
            text = " ".join(words)
            whole = f"{text} {head}".strip() if shape != "head-before" else prose[start:end]
            written_name = prose[start:end].lower()  # with its "of" and "and": "Freedom and Change"
            if shape == "head-lower":
                written_name = written_name[: len(written_name) - len(head)].rstrip()
            english = {text.lower(), f"the {text.lower()}", written_name, f"the {written_name}"}
            if shape != "head-lower":  # (English names are Title Case: "the Blue City", not "the Blue city")
                english |= {whole.lower(), f"the {whole.lower()}"}
            if english & names or _ACRONYM_AFTER.match(prose, end):
                continue  # a real English name, or one given with its acronym: "the Islamic
                # Salvation Front (FIS)" is how English introduces an established name
            if kind == "media" and text.lower() in data["english_outlets"]:
                continue
            if shape == "outlet-speaker":
                total = counts.count(lowers[0])
                if not total or counts.count(lowers[0], title=True) / total >= limits["title-share"]:
                    continue  # a word English capitalises, or does not know: a name of its own
            elif counts.count(whole.lower()) > 1 or (len(words) > 1 and counts.count(text.lower(), title=True) > 2):
                continue  # English uses the phrase, or writes it as a name of its own
            total = counts.count(text.lower())
            if len(words) > 1 and total and counts.count(text.lower(), title=True) / total >= limits["title-share"]:
                continue
            sentence = doc.sentence_at(start)
            if not arab and sentence and foreign_sentence(prose[sentence.start : sentence.end]):
                continue  # "Poland's Law and Justice party": another country's English name
            if sentence and _headline_around(prose, sentence.start, sentence.end, start, end, limits["headline-share"], counts):
                continue
            if re.search(r"\b(?:a|an|one|another|every|each|its|their|his|her|our|this|that)\s*$",
                         prose[max(0, start - 12) : start], re.IGNORECASE):
                continue
            if _EXPLAINED.search(prose[max(0, start - 40) : start]) or prose[start - 1 : start] in "\"“'‘" and start:
                continue  # a name's meaning explained or quoted: 'whose name means "Party of God"'
            arabic = "; ".join(f"{w} = {' / '.join(g[1][:2])}" for w, g in zip(words, glossed) if g[1]) \
                or "ordinary English words"
            what = {"party": "a party or movement", "armed": "an armed group", "place": "a place",
                    "media": "an outlet", "organisation": "an organisation",
                    "facility": "a base"}.get(kind, "a name")
            message = (
                f"{prose[start:end]} looks like {what} translated word by word ({arabic}); "
                f"English news transliterates such names."
            )
            suggestions = []
            spelled = transliteration(words, glossed, lexicon(ctx)) if shape != "head-before" else None
            written = prose[start:end]
            if spelled and text in written:
                suggestions.append(Suggestion(written.replace(text, spelled, 1), False))
            finding = self.finding(doc, start, end, message, suggestions)
            finding.extra["evidence"] = ["gloss-words", f"shape:{shape}"] + ([f"head-noun:{head}"] if head else []) \
                + (["arab-context"] if arab else [])
            yield finding
        # (the shapes marked so find nothing outside a text about the Arab world: not called there)
        arab_text = arab_context(doc, wrong, correct)
        if arab_text:  # (arab)
            yield from _quoted_names(self, doc, taken, wrong, correct)
            yield from _literal_body_heads(self, doc, taken, wrong, correct)
            yield from _literal_admin_units(self, doc, taken, wrong, correct)
            yield from _arabic_order_bodies(self, doc, taken, wrong, correct)
            yield from _domain_before_descriptors(self, doc, taken, wrong, correct)
            yield from arabic_order_venues(self, doc, taken, wrong, correct)
        yield from _title_calques(self, doc, taken, wrong, correct)
        if arab_text:  # (arab)
            yield from _translated_landmarks(self, doc, taken, wrong, correct)
        # (a lexicon person, spelt rightly or not, is a person after a rank: "Dean Yehia Resool")
        yield from _ranks_with_article(self, doc, taken, _Spans((m.start, m.end) for m in (*correct, *wrong) if m.entry.category == "person"))
        yield from translated_kinship(self, doc, taken)
        if arab_text:  # (arab)
            yield from _translated_place_words(self, doc, taken, wrong, correct)
            yield from _translated_features(self, doc, taken, wrong, correct)
            yield from feature_places(self, doc, taken, wrong, correct)  # (mtqa/rules/place_meanings.py)
            yield from _lower_case_places(self, doc, taken, wrong, correct)


# 'the "Dawn" movement', 'the “Loyalty Brigades” militia': MT quotes a name it translated; the
# quoted words, then a head noun in lower case (bounded: linear)
_QUOTED = re.compile(
    r"[Tt](?<=\b[Tt])he[ ]++[\"“‘']([A-Z][a-z]++(?:['’]s)?+(?:[ ]++(?:(?:of|and)[ ]++(?:the[ ]++)?)?+[A-Z][a-z]++(?:['’]s)?+){0,4}+)"
    r"[\"”’'][ ]++([a-z]++)\b"
)

_QUOTED_OPENINGS = tuple(f"{the} {quote}" for the in ("the", "The") for quote in "\"“‘'")


def _quoted_names(rule, doc, taken, wrong, correct):
    """NAM008 (and outlets NAM005's shape misses) for a name MT translated and put in quotes
    before a lower-case head noun: 'the "Dawn" movement', 'the "Morning" newspaper', 'the
    "Guardians of the Dawn" brigades'. Every word is a gloss meaning and one a noun of its own
    (no descriptor, nationality or English outlet: 'the "Guardian" newspaper'), in a text about
    the Arab world."""
    from mtqa.rules.names import _meaning

    prose = doc.prose
    data = _data()
    heads = data["heads"]
    matches = [m for m in at_literals(_QUOTED, prose, _QUOTED_OPENINGS) if m.group(2) in heads]
    if not matches or not arab_context(doc, wrong, correct):
        return
    meanings, counts = english_meanings(), ngram_counts()
    names = _english_names()
    for match in matches:
        start, end = match.start(1), match.end(1)
        text, head = match.group(1), match.group(2)
        words = [w for w in text.split() if w not in _CONNECTORS]
        lowers = [_POSSESSIVE.sub("", w.lower()) for w in words]
        glossed = [_meaning(w, meanings) for w in words]
        if taken.overlaps(start, end) or any(g is None for g in glossed):
            continue
        own = [w for w, g in zip(lowers, glossed) if g[0] == "noun" and w not in data["not_names"]
               and w not in data["institutions"] and w not in heads]
        if not own or any(_nationality(w) for w in lowers) or text.lower() in data["english_outlets"]:
            continue
        total, title = counts.count(text.lower()), counts.count(text.lower(), title=True)
        if {text.lower(), f"the {text.lower()}"} & names or (title > 2 and (len(words) > 1 or title / total >= 0.6)):
            continue  # English writes the phrase as a name of its own ("Gulf", "March")
        kind = heads[head]
        what = {"party": "a party or movement", "armed": "an armed group", "place": "a place",
                "media": "an outlet"}.get(kind, "a name")
        arabic = "; ".join(f"{w} = {' / '.join(g[1][:2])}" for w, g in zip(words, glossed) if g[1])
        message = (f"\"{text}\" {head} looks like {what} translated word by word ({arabic}); "
                   f"English news transliterates such names.")
        yield rule.finding(doc, start, end, message, [],
                           evidence=["gloss-words", "shape:quoted", f"head-noun:{head}", "arab-context"])


_BODY_HEAD_WORDS = "|".join(sorted(_data()["body_heads"], key=len, reverse=True))
# "the General Intelligence Circle", "the Taxes Interest" (1-3 Title Case words before the head)
# and "the Circle of General Intelligence", "the Interest of Prisons" (after it); bounded: linear
_BODY_BEFORE = re.compile(
    r"\b((?:[A-Z][a-z]++(?:-[A-Z][a-z]++)?+[ ]){1,3})(" + _BODY_HEAD_WORDS + r")\b(?![ ]of\b|[ ][A-Z]|['’-])"
)
_BODY_AFTER = re.compile(
    r"\b(" + _BODY_HEAD_WORDS + r")[ ]of[ ](?:the[ ])?((?:[A-Z][a-z]++(?:-[A-Z][a-z]++)?+)(?:[ ][A-Z][a-z]++){0,2}+)\b"
)


# "the Prince of Riyadh region", "the Emir of the Eastern Province": أمير المنطقة, a governor
_REGION_PRINCE = re.compile(
    r"(Prince|Emir|Amir)[ ]of[ ](?:the[ ])?[A-Z][a-z]++(?:[ ][A-Z][a-z]++)?[ ](?:[Rr]egion|[Pp]rovince|[Gg]overnorate)\b"
)


# "the ruler of River Nile State": والي الولاية, the governor of a state or province (Sudan,
# Algeria, Oman…); not "the ruler of Dubai", "the ruler of the Islamic State group"
_STATE_RULER = re.compile(
    r"([Rr]uler)[ ]of[ ](?:the[ ])?[A-Z][a-z]++(?:[ ][A-Z][a-z]+){0,2}[ ](?:[Ss]tate|[Pp]rovince|[Gg]overnorate|[Ww]ilaya)\b"
)


def _literal_body_heads(rule, doc, taken, wrong, correct):
    """NAM008 for a government body whose head noun only a word-by-word translation gives:
    "the General Intelligence Circle" (دائرة: Department), "the Interest of Prisons" (مصلحة:
    Authority), "the Apparatus of State Security" (جهاز: Service). The head and the words
    beside it in Title Case, one of those a word of an administrative domain (intelligence,
    taxes, prisons…), in a text about the Arab world ("the Inner Circle", "the National
    Interest" stay quiet). Also a regional governor named by the Arabic title: "the Prince of
    Riyadh region" (أمير منطقة الرياض: the Governor of Riyadh Region)."""
    prose = doc.prose
    data = _data()
    heads, domains = data["body_heads"], data["body_domains"]
    matches = []
    for literal, at in apart_each(prose, heads):
        before = _BODY_BEFORE.search(prose, max(0, at - 60), at + len(literal) + 1)
        if before and before.start(2) == at:
            words = before.group(1).split()
            first = before.start(1)
            if words[0] in ("The", "A", "An"):  # a sentence-initial article
                first, words = first + len(words[0]) + 1, words[1:]
            if words:
                matches.append((first, before.end(2), words, literal))
        after = _BODY_AFTER.match(prose, at)
        if after:
            matches.append((after.start(1), after.end(2), after.group(2).split(), literal))
    for literal, at in apart_each(prose, _GOVERNOR_NEEDLES):
        governor = (_STATE_RULER if literal[0] in "rR" else _REGION_PRINCE).match(prose, at)
        if governor and "Islamic " not in governor.group():
            matches.append((governor.start(), governor.end(), ("region",), governor.group(1)))
    if not matches or not arab_context(doc, wrong, correct):
        return
    from mtqa.rules.names import _Spans

    reported = _Spans((m.start, m.end) for m in wrong)  # (a known place inside is no objection: "Riyadh")
    # a literal head -> where the body's first name ends (named again later; after a lexicon
    # name with the literal head, "the National Foundation for Oil", NAM001 reports it: names._shorthand_heads)
    firsts: dict[str, int] = {}
    for start, end, words, literal in sorted(set((s, e, tuple(w), h) for s, e, w, h in matches)):
        if reported.overlaps(start, end):
            continue
        written = prose[start:end]
        if literal in ("ruler", "Ruler"):
            message = (f"{written}: والي, the head of a state or province, is its governor in English; "
                       f"\"ruler\" is the word-by-word translation.")
            target, evidence = written.replace(literal, "governor" if literal == "ruler" else "Governor", 1), "state-governor"
        elif literal in ("Prince", "Emir", "Amir"):
            message = (f"{written}: أمير المنطقة is the governor of a region or province; English writes "
                       f"\"Governor of …\" (the governor may also be a prince).")
            target, evidence = written.replace(literal, "Governor", 1), "region-governor"
        elif not any(part in data["body_head_domains"].get(literal, domains) for w in words for part in w.lower().split("-")):
            continue  # (a part of a compound too: "the Anti-Narcotics Device", "Counter-Smuggling")
        else:
            message = (f"{written}: {literal!r} is a word-by-word translation of the head of a government "
                       f"body's Arabic name; English names such a body a {heads[literal]}.")
            target, evidence = written.replace(literal, heads[literal], 1), "literal-body-head"
            firsts[literal] = min(end, firsts.get(literal, end))
        yield rule.finding(doc, start, end, message, [Suggestion(target, False)],
                           evidence=[evidence, f"head:{literal.lower()}"])
    yield from named_again(rule, doc, taken, {head: (at, heads[head]) for head, at in firsts.items()}, cased=True)



def named_again(rule, doc, taken, firsts, cased):
    """NAM008 for a body that a word-by-word head named, named again later by "the" and that head
    alone ("… the Saudi Monetary Foundation …, and the Foundation said": the agency); `firsts`
    maps each head to (where its first name ends, the English head); `cased`: only the head as
    first written (Foundation), else in lower case too (the union, the university). Not before
    "of", a possessive, a hyphen or a Title Case word ("the Foundation of…", "the Union Cabinet")."""
    prose = doc.prose
    for head, (after, english) in firsts.items():
        needles = tuple(f"{the} {word}" for the in ("the", "The") for word in ((head,) if cased else (head, head.lower())))
        for needle, at in apart_each(prose[after:], needles):
            start, end = after + at, after + at + len(needle)
            if (start and prose[start - 1].isalnum()) or prose[end : end + 1].isalnum() or \
                    prose.startswith(("'", "’", "-", " of "), end) or (prose[end : end + 1] == " " and prose[end + 1 : end + 2].isupper()):
                continue
            if taken.overlaps(start, end):
                continue
            message = (f"{prose[start:end]}: the body named again by the word-by-word meaning of its head "
                       f"({head}); English calls it the {english.lower()}.")
            yield rule.finding(doc, start, end, message, [], evidence=["literal-body-head", "named-again"])


@lru_cache(maxsize=1)
def _order_data() -> dict:
    table = cache.package_toml("data/translated_names.toml")
    data = {key: frozenset(value) for key, value in table["arabic_order"].items()}
    data["adjectives"] = dict(table["arabic_order_adjectives"])
    return data


_ORDER_HEADS = sorted(set(_order_data()["heads"]) | _order_data()["the_heads"], key=lambda h: (-len(h), h))  # (one pattern text in every run)
# "the Authority of Investment", "the Agency for News", "the Ministry of the Electricity": a
# body's head, "of"/"for", then one to three Title Case words ("Radio and Television"); bounded
_ORDER_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_ORDER_BODY = re.compile(
    r"(" + "|".join(_ORDER_HEADS) + r")[ ](of|for)[ ](the[ ])?((?:" + _ORDER_WORD + r"[ ](?:and[ ])?){0,2}"
    + _ORDER_WORD + r")\b(?![-'’])"
)
_ORDER_OPENINGS = tuple(f"{head} {prep} " for head in _ORDER_HEADS for prep in ("of", "for"))
_ORDER_CONTINUES = re.compile(r"[ ](?:and[ ])?[A-Z]|[ ]of[ ]")  # "the Council of Security Studies", "… of the unions"
_ORDER_LEADING = re.compile(r"(?:[A-Z][a-z]+[ ]){1,3}$")  # Title Case words right before the head
_FIELD_HEADS = frozenset(("Ministry", "Minister", "Department", "Directorate"))


def _arabic_order_bodies(rule, doc, taken, wrong, correct):
    """NAM008 for a government body named in the Arabic order (an idafa read word by word): the
    head noun, "of", then its domain, where English puts the domain first: "the Authority of
    Investment" (هيئة الاستثمار: the Investment Authority), "the High Commission of Elections"
    (the High Electoral Commission: leading words move with the head), "the Agency for News"
    (وكالة الأنباء); and "of the" + a field English writes bare: "the Ministry of the
    Electricity", "the Council of the Province" (the Provincial Council). The word classes are
    data (translated_names.toml [arabic_order]); English's own shapes stay quiet ("the Council
    of Ministers", "the Commission of Inquiry", "the Ministry of the Interior", "the Council of
    Europe", "the General Authority of Civil Aviation", a name that goes on: "the Council of
    Security Studies"), and the text must be about the Arab world."""
    from mtqa.rules.names import _Spans

    prose = doc.prose
    matches = at_literals(_ORDER_BODY, prose, _ORDER_OPENINGS)
    if not matches or not arab_context(doc, wrong, correct):
        return
    data = _order_data()
    domains, modifiers, adjectives = data["domains"], data["modifiers"], data["adjectives"]
    reported = _Spans((m.start, m.end) for m in wrong)
    for match in matches:
        head, prep, the, phrase = match.groups()
        start, end = match.start(), match.end()
        if taken.overlaps(match.start(4), end) or reported.overlaps(start, end) or _ORDER_CONTINUES.match(prose, end):
            continue  # (a known name over its field: "Iraq's Commission of Integrity"; a title
            # the lexicon knows as the head, "Minister", is no objection)
        words = [w.lower() for w in phrase.split() if w != "and"]
        last = words[-1]
        if last not in domains or any(w not in domains and w not in modifiers for w in words[:-1]):
            continue
        before = _ORDER_LEADING.search(prose, max(0, start - 40), start)
        leading = []
        for word in reversed(before.group().split() if before else []):
            if word not in data["leading"]:
                break
            leading.insert(0, word)
        if any(w in data["official_before"] for w in leading):
            continue  # "the General Authority of Civil Aviation": an official English name
        field = adjectives.get(last, phrase) if len(words) == 1 else phrase
        if the:
            if head not in data["the_heads"]:
                continue
            if last == "presidency" and head not in data["presidency_heads"]:
                continue
            if last != "presidency" and last in data["the_not"]:
                continue
            english = f"{head} of {phrase}" if head in _FIELD_HEADS else " ".join((*leading, field, head))
        elif head not in data["heads"]:
            continue
        elif prep == "for" and last not in data["for_domains"]:
            continue
        elif prep == "of" and last in data["bare_not"]:
            continue
        else:
            english = " ".join((*leading, field, head))
        if leading and head not in _FIELD_HEADS:
            start -= len(" ".join(leading)) + 1
        written = prose[start:end]
        message = (f"{written}: a government body named in the Arabic word order (head noun, then "
                   f"its domain after \"{prep}{' the' if the else ''}\"); English writes \"{english}\".")
        yield rule.finding(doc, start, end, message, [Suggestion(english, False)],
                           evidence=["arabic-order-body", f"head:{head.lower()}", f"field:{last}"])


# "the Elections Supreme National Commission": the domain before the descriptors of its head,
# the order of المفوضية العليا الوطنية للانتخابات kept (English: the Supreme National Elections
# Commission); bounded: linear
# (the words of sets sorted: the same pattern text in every process, as the regex cache keeps it)
_DOMAIN_FIRST = re.compile(
    r"\b([A-Z][a-z]+)[ ]((?:(?:" + "|".join(sorted(_order_data()["leading"])) + r")[ ]){1,3}+)("
    + "|".join(sorted(_order_data()["heads"], key=lambda head: (-len(head), head))) + r")\b(?![-'’])"
)
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]++)[ ]$")
_DOMAIN_FIRST_NEEDLES = tuple(f" {word} " for word in _order_data()["leading"])
expect(_DOMAIN_FIRST_NEEDLES)  # (found in one pass in a long text: scan.expect)


def _domain_first(prose: str):
    """_DOMAIN_FIRST.finditer(prose), tried only where a match can start: at the run of
    letters right before each needle (the domain word before the first descriptor)."""
    starts = set()
    for at in occurrences(prose, *_DOMAIN_FIRST_NEEDLES):
        start = at
        while start > 0 and prose[start - 1] in _ASCII_LETTERS:
            start -= 1
        if start < at:
            starts.add(start)
    return tried_at(_DOMAIN_FIRST, prose, sorted(starts))


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _domain_before_descriptors(rule, doc, taken, wrong, correct):
    """NAM008 for a government body whose domain comes before the descriptors of its head: "the
    Elections Supreme National Commission" (English: the Supreme National Elections Commission),
    "the Investment General Authority". The domain a word of [arabic_order] domains, the
    descriptors High, National, Supreme…, the head Commission, Authority, Council…, in a text
    about the Arab world; English puts such descriptors first."""
    prose = doc.prose
    if not any(needle in prose for needle in _DOMAIN_FIRST_NEEDLES):
        return
    found = [m for m in _domain_first(prose) if m.group(1).lower() in _order_data()["domains"]]
    if not found or not arab_context(doc, wrong, correct):
        return
    for match in found:
        before = _WORD_BEFORE.search(prose, max(0, match.start() - 30), match.start())
        if taken.overlaps(match.start(), match.end()) or (before and before.group(1)[0].isupper() and before.group(1) != "The"):
            continue  # (a longer domain: "the Human Rights High Commission")
        descriptors = match.group(2).strip()
        english = f"{descriptors} {match.group(1)} {match.group(3)}"
        message = (f"{match.group()}: a body named with its domain before its head's descriptors, the Arabic "
                   f"order; English writes \"{english}\".")
        yield rule.finding(doc, match.start(), match.end(), message, [Suggestion(english, False)],
                           evidence=["arabic-order-body", "domain-first", f"head:{match.group(3).lower()}"])


# أمير قطر / أمير الكويت: the ruler of Qatar or Kuwait is the Emir; MT gives "prince" ("the
# Qatari prince received…", "the Prince of Kuwait"). Not "crown prince", not "a Qatari prince",
# not before a name ("the Qatari prince Sheikh …" may be one of the family). Bounded: linear.
_EMIR_COUNTRIES = "Qatar|Kuwait"
_EMIR_PRINCE = re.compile(
    r"(?:(?:(?:the|The)[ ](?:" + _EMIR_COUNTRIES + r")(?:i|['’]s)[ ]|(?<!\w)(?:" + _EMIR_COUNTRIES
    + r")['’]s[ ])([Pp]rince)|(?<![Cc]rown[ ])([Pp]rince)[ ]of[ ](?:the[ ]State[ ]of[ ])?(?:" + _EMIR_COUNTRIES + r"))\b"
    r"(?![ ](?:[A-Z]|bin\b|of\b))"
)
# الشهيد before the person a brigade is named after: "the martyr Abu Ali Mustafa brigades"
# (English: the Abu Ali Mustafa Brigades); bounded: linear
_MARTYR_BRIGADES = re.compile(
    r"\b[Mm]artyr[ ]((?:(?:[Aa]l-|[Ee]l-|bin[ ]|ibn[ ])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ ]){1,5})"
    r"([Bb]rigades?|[Bb]attalions?|[Cc]ompanies|[Ff]orces)\b"
)


# "the Mubarak the Great governorate": الكبير after a place's proper name translated (English:
# Mubarak Al-Kabeer); a place head after it, in lower case. Bounded: linear.
_THE_GREAT_PLACE = re.compile(
    r"((?:[Aa]l-)?[A-Z][a-z]+[ ]the[ ]Great)[ ](?:governorate|province|district|area|neighbourhood|neighborhood)\b"
)


# المرجع الديني / المرجعية الدينية: the highest Shia cleric (a marja) or the clerical authority
# of Najaf, which MT calls "the religious reference"; not "the religious reference to Moses"
_RELIGIOUS_REFERENCE = re.compile(
    r"\b[Tt]he[ ](?:(?:[Ss]upreme|[Hh]ighest|[Tt]op|[Gg]rand|Shiite|Shia)[ ])?[Rr]eligious[ ][Rr]eference(?:s|ship)?+\b(?![ ](?:to|for)\b)"
)


_EMIR_NEEDLES = tuple(
    f"{country}{ending} {prince}" for country in ("Qatar", "Kuwait") for ending in ("i", "'s", "’s")
    for prince in ("prince", "Prince")
) + tuple(f"{prince} of {place}" for prince in ("Prince", "prince") for place in ("Qatar", "Kuwait", "the State of"))


def _martyr_brigades(prose: str):
    """_MARTYR_BRIGADES matched where "martyr" is written (str.find), not scanned for."""
    for _, at in apart_each(prose, _MARTYR_NEEDLES):
        match = _MARTYR_BRIGADES.match(prose, at, at + 120)
        if match and (not at or not prose[at - 1].isalnum()):
            yield match


def _title_calques(rule, doc, taken, wrong, correct):
    """NAM008 for a title MT translated word by word: "the Qatari prince" (أمير قطر: the Emir of
    Qatar; Kuwait likewise) and "the martyr X brigades" (كتائب الشهيد X: English drops the
    honorific and writes the X Brigades)."""
    from mtqa.rules.names import _Spans

    prose = doc.prose
    found = []
    if "rince" in prose:
        for match in near_literals(prose, _EMIR_NEEDLES, _EMIR_PRINCE, 4):
            word = match.group(1) or match.group(2)
            start = match.start(1) if match.group(1) else match.start(2)
            found.append((match.start(), match.end(), "emir",
                          prose[match.start():start] + ("Emir" if word[0] == "P" else "emir") + prose[start + len(word):match.end()]))
    if " the Great " in prose and arab_context(doc, wrong, correct):
        for match in near_literals(prose, (" the Great ",), _THE_GREAT_PLACE, 20):
            name = match.group(1).rpartition(" the Great")[0]
            found.append((match.start(1), match.end(1), "great", f"{name} Al-Kabir"))
    if "eligious " in prose and arab_context(doc, wrong, correct):
        for match in near_literals(prose, ("eligious reference", "eligious Reference"), _RELIGIOUS_REFERENCE, 20):
            named = prose[match.end() : match.end() + 2][1:].isupper()  # a name follows
            found.append((match.start(), match.end(), "marja", "Grand Ayatollah" if named else "the top Shiite religious authority"))
    if "artyr " in prose:
        for match in _martyr_brigades(prose):
            name, head = match.group(1).strip(), match.group(2)
            if prose[max(0, match.start() - 4):match.start()].lower() == "the ":
                start = match.start() - 4
            else:
                start = match.start()
            found.append((start, match.end(), "martyr", f"{prose[start:start + 3] if start < match.start() else 'the'} {name} {head[0].upper()}{head[1:]}"))
    reported = _Spans((m.start, m.end) for m in wrong)  # (a known name inside is no objection)
    for start, end, kind, english in found:
        if reported.overlaps(start, end):
            continue
        written = prose[start:end]
        if kind == "marja":
            message = (f"{written}: المرجع الديني (the highest Shiite cleric, a marja, or the clerical "
                       f"authority of Najaf) translated word by word; English writes \"Grand Ayatollah\" "
                       f"before a name, else \"the top Shiite cleric\" or \"the Shiite religious authority\".")
        elif kind == "great":
            message = (f"{written}: الكبير (\"the Great\") in a place's Arabic name translated; English "
                       f"keeps it in the name ({english}).")
        elif kind == "emir":
            message = (f"{written}: أمير, the ruler of Qatar or Kuwait, is the Emir in English; "
                       f"\"prince\" is the word-by-word translation.")
        else:
            message = (f"{written}: الشهيد (\"the martyr\") is an honorific in the Arabic name of the "
                       f"unit; English names it after the person alone.")
        yield rule.finding(doc, start, end, message, [Suggestion(english, False)],
                           evidence=[f"title-calque:{kind}"])


# "the Sword Palace", "the October Dam", "the Eagle Mountain" (one or two Title Case words before
# the head, right after "the") and "the Mount of Patience"; searched in a window before each
# head found by str.find. Bounded: linear.
_LANDMARK_BEFORE = re.compile(r"\b(?:the|The)[ ]((?:[A-Z][a-z]+[ ]){1,2})(Palace|Dam|Mountain)\b(?![ ][A-Z]|[-'’])")
_MOUNT_OF = re.compile(r"(Mount|Battle)[ ]of[ ](?:the[ ](?<=Mount of the[ ]))?([A-Z][a-z]+)\b(?![ ][A-Z]|[-'’])")
# "Mount Thyme" (جبل الزعتر, Jabal al-Zaatar): "Mount" and one gloss noun English rarely capitalises
_MOUNT_BARE = re.compile(r"(Mount)[ ]([A-Z][a-z]+)\b(?![ ][A-Z]|[-'’])")


@lru_cache(maxsize=1)
def _landmark_data() -> dict:
    table = cache.package_toml("data/translated_names.toml")["landmarks"]
    return {"heads": tuple(table["heads"]), "not_before": frozenset(table["not_before"])}


def _translated_landmarks(rule, doc, taken, wrong, correct):
    """NAM008 for a landmark named by the meaning of its Arabic name: gloss nouns before a Title
    Case palace, dam or mountain ("the Sword Palace": قصر السيف, Seif Palace; "the October Dam":
    سد تشرين, Tishreen Dam), or after "Mount of" ("the Mount of Patience": جبل صبر). Every word
    a gloss noun (no descriptor, colour, nationality or institution word, none of the words
    English names such places with itself: [landmarks] in translated_names.toml), a phrase
    clean English news does not use, in a text about the Arab world."""
    from mtqa.rules.names import _meaning

    prose = doc.prose
    found = []
    for literal, at in apart_each(prose, _landmark_needles()):
        match = _LANDMARK_BEFORE.search(prose, max(0, at - 40), at + len(literal) + 1)
        quoted = match and match.start() and prose[match.start() - 1] in "\"“‘'«*_"  # a title: "The Last Palace"
        if match and match.end(2) == at + len(literal) and not quoted:
            found.append((match.start(1), match.end(2), match.group(1).split(), literal[1:]))
    for _, at in apart_each(prose, ("Mount of ", "Battle of ")):
        match = _MOUNT_OF.match(prose, at)
        if match and prose[max(0, at - 4) : at] in ("the ", "The "):
            found.append((match.start(1), match.end(2), [match.group(2)], match.group(1)))
    for _, at in apart_each(prose, ("Mount ",)):
        match = _MOUNT_BARE.match(prose, at)
        if match and match.group(2) != "of":
            found.append((match.start(1), match.end(2), [match.group(2)], "Mount "))
    if not found or not arab_context(doc, wrong, correct):
        return
    data, meanings, counts = _data(), english_meanings(), ngram_counts()
    refused = _landmark_data()["not_before"] | data["not_names"] | data["place_not"] | data["institutions"]
    for start, end, words, head in found:
        if taken.overlaps(start, end):
            continue
        lowers = [w.lower() for w in words]
        glossed = [_meaning(w, meanings) for w in words]
        if any(g is None or g[0] != "noun" for g in glossed) or any(w in refused or _nationality(w) for w in lowers):
            continue
        if head == "Mount " and counts.count(lowers[0], title=True) > 0.1 * counts.count(lowers[0]):
            continue  # "Mount Hope", "Mount Pleasant": English names mountains and towns with such words
        head = head.strip()
        phrase = prose[start:end]
        if counts.count(phrase.lower()) or counts.count(phrase.lower(), title=True):
            continue
        arabic = "; ".join(f"{w} = {' / '.join(g[1][:2])}" for w, g in zip(words, glossed))
        what = "a battle named by translating the Arabic name of its place" if head == "Battle" else "a landmark named by translating its Arabic name"
        message = f"{phrase} looks like {what} ({arabic}); English news transliterates it."
        yield rule.finding(doc, start, end, message, [], evidence=["gloss-words", f"landmark:{head.lower()}"])


# Administrative units and offices named by the literal meaning of their Arabic head noun:
# "the Al-Rashad aspect" (ناحية: sub-district), "the Sinjar judiciary" (قضاء: district), and
# a city's municipality or mayor, "the Baghdad Secretariat" (أمانة), "the Secretary of the
# Capital" (أمين العاصمة). Bounded: linear.
_UNIT_AFTER = re.compile(
    r"(?<![\w'’-])((?:[Aa]l-|[Ee]l-)?[A-Z][a-z]++(?:[- ][A-Z][a-z]++)?)[ ](aspect|judiciary|Secretariat)\b(?![ ]of\b)"
)
_UNIT_BEFORE = re.compile(
    r"\b([Aa]spect|[Jj]udiciary|Secretariat|Secretary)[ ]of[ ](?:the[ ])?((?:[Aa]l-|[Ee]l-)?[A-Z][a-z]++(?:[- ][A-Z][a-z]++)?+)\b"
)
_UNIT_TARGETS = {"aspect": "sub-district", "judiciary": "district", "secretariat": "municipality", "secretary": "mayor"}


def _literal_admin_units(rule, doc, taken, wrong, correct):
    """NAM008 for an administrative unit or office named by the literal meaning of its Arabic
    head noun: "the Al-Rashad aspect" (ناحية: sub-district), "the Judiciary of Sinjar" (قضاء:
    district), "the Baghdad Secretariat" (أمانة بغداد: municipality), "the Secretary of the
    Capital" (أمين العاصمة: mayor). The name beside it must be a place: a town English does not
    know as a word (an "al-" name or one unknown to the n-gram counts) for aspect and judiciary
    ("the Egyptian judiciary", "the Iraq judiciary" stay quiet), an Arab city or a place the
    lexicon knows (or "the Capital") for Secretariat and Secretary ("the UN Secretariat", "the
    Secretary of State" stay quiet)."""
    from mtqa.rules.names import _Spans

    prose = doc.prose
    found = []
    for literal, at in apart_each(prose, _UNIT_NEEDLES):
        after = _UNIT_AFTER.search(prose, max(0, at - 40), at + len(literal) + 1)
        if after and after.start(2) == at:
            name, first = after.group(1), after.start(1)
            if name.startswith("The "):  # a sentence-initial article
                name, first = name[4:], first + 4
            found.append((first, after.end(2), name, after.group(2).lower()))
        before = _UNIT_BEFORE.match(prose, at)
        if before:
            found.append((before.start(1), before.end(2), before.group(2), before.group(1).lower()))
    if not found or not arab_context(doc, wrong, correct):
        return
    counts = ngram_counts()
    places = _Spans((m.start, m.end) for m in correct if m.entry.category == "place")
    reported = _Spans((m.start, m.end) for m in wrong)
    for start, end, name, head in sorted(set(found)):
        if reported.overlaps(start, end):
            continue
        bare = translit.strip_article(name.lower())
        if head in ("aspect", "judiciary"):
            if not (name.lower().startswith(("al-", "el-")) or not counts.count(bare)) or _nationality(bare):
                continue
        else:
            if name.startswith("Greater "):  # "the Greater Amman Secretariat": the city's area
                name = name[8:]
            offset = prose.find(name, start, end)
            arab_place = all(_ARAB_CONTEXT.fullmatch(w) or not counts.count(w.lower()) for w in name.split())
            if not (name == "Capital" or arab_place or places.inside(offset, offset + len(name))):
                continue
            if head == "secretariat" and name == "Capital":
                continue  # "the Capital Secretariat" is the English name of Sanaa's governorate
        target = _UNIT_TARGETS[head]
        written = prose[start:end]
        message = (f"{written}: {head!r} is a word-by-word translation of the Arabic head of an "
                   f"administrative unit or office; English writes {target}.")
        yield rule.finding(doc, start, end, message, [], evidence=["literal-admin-head", f"head:{head}"])


# "the Major Ahmed al-Mismari", "the Dean Yahya Saree": a rank with the Arabic article kept
# (العميد، الرائد) before a person's name; then the name (a capitalised word and more)
_RANK_THE = re.compile(  # (= \b[Tt]he…, written to start with a class: the scan skips to t/T)
    r"[Tt](?<=\b[Tt])he[ ]++(" + "|".join(sorted(_data()["ranks"], key=len, reverse=True)) + r")[ ]++"
    r"([A-Z][a-z]++(?:[-‐][A-Z]?[a-z]++)?+)(?:[ ]++((?:(?:al|el|bin|ibn|abu)[-‐ ])?+[A-Z][\w'’-]++))?+"
)


def _ranks_after_the(prose: str, words) -> list[re.Match]:
    """_RANK_THE.finditer(prose), tried only at the "the" before each rank the text may hold
    (scan.literals_in over its distinct words `words`): right before the rank's spaces."""
    starts = set()
    for at in occurrences(prose, *literals_in(_data()["ranks"], words, starts_word=True)):
        end = at
        while end > 0 and prose[end - 1] == " ":
            end -= 1
        if end < at and end >= 3:
            starts.add(end - 3)
    return list(tried_at(_RANK_THE, prose, sorted(starts)))


# "Team Abdel Fattah al-Burhan": a rank only a word-by-word translation gives, without the article
_RANK_BARE = re.compile(
    r"(?<![\w'’‐-])(" + "|".join(sorted(_data()["literal_ranks"], key=len, reverse=True)) + r")[ ]++"
    r"([A-Z][a-z]++(?:[-‐][A-Z]?[a-z]++)?+)(?:[ ]++((?:(?:al|el|bin|ibn|abu)[-‐ ])?+[A-Z][\w'’-]++))?+"
)
_FACILITY_AFTER = re.compile(
    r"(?<![ ])[ ]++(?:[A-Z][a-z]++[ ]++){0,2}?(?:Mosque|Road|Street|Avenue|Causeway|Bridge|Airport|Air|Base|"
    r"University|Hospital|Park|Stadium|Centre|Center|Foundation|Award|Prize|Cup|Hall|Palace|City|"
    r"School|College|Institute|Port|Square|Hotel|Museum|Library|Station|Camp|Brigade|Brigades|"
    r"neighbourhood|neighborhood|district|street|road|mosque|hospital|camp|base)\b"
)


def _bare_rank(prose: str, match) -> bool:
    """Whether a literal rank without the article stands alone before the name: not after "the"
    (the article form is read by _RANK_THE) nor after a capitalised word ("the Tariq Brigade
    Hassan…" names a unit)."""
    lead = prose[max(0, match.start() - 40) : match.start()]
    if not lead.endswith(" "):
        return True
    words = lead.rstrip(" ").rsplit(" ", 1)
    word = words[-1]
    if not word or not (word[-1].isalnum() or word[-1] in "'’-"):
        return True  # after punctuation: "Sunday. Team …", "The commander, Brigade …"
    return word.lower() != "the" and not word[:1].isupper()


from mtqa.rules.kinship_names import translated_kinship  # noqa: E402  (NAM008: "Father of Obeida")
from mtqa.rules.place_meanings import feature_places  # noqa: E402  (NAM008: "the Well of the Wolves")


def _feature_place(finding) -> bool:
    """Whether a NAM008 finding is one of place_meanings.feature_places."""
    return any(e.startswith("feature:") for e in finding.extra.get("evidence", ()))


@lru_cache(maxsize=None)
def _trigger(key: str) -> frozenset[str] | None:
    data = _data()
    return word_trigger([*data["ranks"], *data["literal_ranks"]] if key == "ranks" else data[key])


def _absent(key: str, doc) -> bool:
    """Whether none of the phrases of _data()[key] is in the document (scan.word_trigger): the
    ranks (every match of _RANK_THE and _RANK_BARE holds one), the place words
    (_PLACE_WORD_OF), the feature nouns (_LOCATIVE_RUN as _translated_features keeps it)."""
    trigger = _trigger(key)
    return trigger is not None and trigger.isdisjoint(doc.lowered_words.distinct)  # (the distinct words: a set)


def _military_sentence(doc, at: int, data) -> bool:
    """Whether the sentence at `at` is about soldiers (a word of `military_words`) and not about
    a university, a broadcast or sport (`civil_words`)."""
    sentence = doc.sentence_at(at)
    text = doc.prose[sentence.start : sentence.end] if sentence else doc.prose
    words = set(re.findall(r"[a-z-]+", text.lower()))
    return bool(words & data["military_words"]) and not words & data["civil_words"]


def _ranks_with_article(rule, doc, taken, people):
    """NAM008 for "the <rank> <person>": English writes a rank before a name without the article
    ("Major Ahmed al-Mismari"); a rank that only a word-by-word translation gives ("the Dean"
    for عميد, Brigadier) is named as such. The rank must be followed by a person's name: a
    common given name, or two capitalised words one of which has a trait of romanised Arabic
    ("al-", "bin"…); facility names after it ("the Major Ahmed Mosque") are left alone."""
    if _absent("ranks", doc):
        return  # no rank in the record (every match of _RANK_THE and _RANK_BARE holds one)
    data = _data()
    ranks = data["ranks"]
    given = common_given_names()
    counts = ngram_counts()
    prose = doc.prose
    literal_ranks = literals_in(_data()["literal_ranks"], doc.lowered_words.distinct, starts_word=True)
    bare = [m for m in at_literals(_RANK_BARE, prose, literal_ranks) if _bare_rank(prose, m)]  # = finditer
    for match in sorted([*_ranks_after_the(prose, doc.lowered_words.distinct), *bare], key=lambda m: m.start()):
        rank, first, second = match.group(1), match.group(2), match.group(3)
        person = first.lower() in given or (second is not None and (
            (bool(_ARABIC_NAME.search(f"{first} {second}")) and not _ordinary_in(counts, first, second))
            or people.overlaps(match.start(2), match.end())))
        if not person or taken.overlaps(match.start(), match.end(1)):
            continue
        if _FACILITY_AFTER.match(prose, match.end(2)) or _FACILITY_AFTER.match(prose, match.end()):
            continue
        if match.re is _RANK_BARE and (second is None or taken.overlaps(match.start(), match.end(1))):
            continue
        if rank in data["ranks_in_military_context"] and (match.re is _RANK_BARE or rank.islower()) \
                and not _military_sentence(doc, match.start(), data):
            continue  # a faculty's dean, a club's first team: not a rank
        target = ranks[rank]
        start, end = match.start(), match.end(1)
        if match.re is _RANK_BARE:
            message = (f"{prose[start:end]!r}: a word-by-word translation of a military rank; English "
                       f"writes {target} before a name.")
        elif target != rank:
            message = (f"{prose[start:end]!r}: {rank!r} is a word-by-word translation of a military "
                       f"rank; English writes {target} before a name, without the article.")
        else:
            message = f"{prose[start:end]!r}: English writes a rank before a name without the article ({rank} {first})."
        yield rule.finding(doc, start, end, message, [Suggestion(target, False)],
                           evidence=["rank-with-article" if match.re is _RANK_THE else "literal-rank", f"rank:{rank.lower()}"])


def _ordinary_in(counts, *words) -> bool:
    """Whether one of the words is an ordinary English word, capitalised in under a third of its
    uses in clean English news: no part of a person's name ("the General Labour Union")."""
    for word in words:
        lower = _POSSESSIVE.sub("", word.lower())
        total = counts.count(lower)
        if total >= 5 and counts.count(lower, title=True) / total < 0.3:
            return True
    return False


_PLACE_WORD_OF = re.compile(
    r"(?<![\w'’-])(" + "|".join(sorted(_data()["place_words"], key=len, reverse=True)) + r")[ ]of[ ]"
    r"((?:(?:al|el)-)?[A-Z][a-z'’]++(?:-[A-Z][a-z]++)?+)\b(?![ ]of\b|['’-])"
)


@lru_cache(maxsize=1)
def _place_word_openings() -> tuple[str, ...]:
    """"Daughter of ", "Mother of "…: where a match of _PLACE_WORD_OF can start."""
    return tuple(f"{word} of " for word in _data()["place_words"])


@lru_cache(maxsize=1)
def _lower_place_needles() -> tuple[str, ...]:
    """" district", " town"…: where a match of _LOWER_PLACE can end."""
    return tuple(f" {head}" for head in _data()["lower_place_heads"])


@lru_cache(maxsize=1)
def _landmark_needles() -> tuple[str, ...]:
    """" Palace", " Dam"…: where a landmark's head noun is (after a space)."""
    return tuple(" " + head for head in _landmark_data()["heads"])


_GOVERNOR_NEEDLES = ("Prince of ", "Emir of ", "Amir of ", "ruler of ", "Ruler of ")
_MARTYR_NEEDLES = ("martyr ", "Martyr ")
_UNIT_NEEDLES = ("aspect", "Aspect", "judiciary", "Judiciary", "Secretariat", "Secretary of ")
# the literals this module's shapes are found at (in a long text in one pass: scan.expect)
expect(lambda: (*_QUOTED_OPENINGS, *_ORDER_OPENINGS, *_EMIR_NEEDLES, " the Great ", "eligious reference", "eligious Reference",
                *_data()["ranks"], *_data()["literal_ranks"], *_place_word_openings(), *_lower_place_needles(),
                *_data()["body_heads"], *_GOVERNOR_NEEDLES, *_MARTYR_NEEDLES, *_UNIT_NEEDLES,
                *_landmark_needles(), "Mount of ", "Battle of ", "Mount ", *_follower_literals()))


def _translated_place_words(rule, doc, taken, wrong, correct):
    """NAM008 for a place named by the meaning of its first Arabic word before a proper name
    MT kept: "Daughter of Jbeil" (Bint Jbeil), "Mother of Qasr" (Umm Qasr), "Inn of Shaykhun"
    (Khan Shaykhun). The proper name must be no English word and, after a kinship word
    (`person_words`), no common given name ("Mother of God", "Father of Mohammed" stay quiet;
    "Spring of Issa" is Ain Issa); the first word capitalised inside a sentence without an
    article or possessive before it, in a text about the Arab world."""
    if _absent("place_words", doc):
        return  # no place word in the record
    prose = doc.prose
    openings = literals_in(_place_word_openings(), doc.lowered_words.distinct, starts_word=True)
    matches = at_literals(_PLACE_WORD_OF, prose, openings)  # = finditer
    if not matches or not arab_context(doc, wrong, correct):
        return
    counts, given, words = ngram_counts(), common_given_names(), _data()["place_words"]
    for match in matches:
        start, end = match.span()
        name = match.group(2)
        bare = translit.strip_article(name.lower())
        if counts.count(bare) or taken.overlaps(start, end):
            continue
        if bare in given and match.group(1) in _data()["person_words"]:
            continue
        if match.group(1) == "House" and translit.strip_article(name) in _data()["dynasties"]:
            continue  # "House of Saud": a ruling family
        before = prose[max(0, start - 20) : start]
        if not before.strip() or re.search(r"(?:\b(?:the|a|an|his|her|its|their|our)|['’]s?|[.!?:\"“(])\s*$", before, re.IGNORECASE):
            continue  # sentence-initial, or "the Mother of …", "Ahmed's Father of …"
        target = f"{words[match.group(1)]} {translit.strip_article(name)}"
        message = (f"{prose[start:end]!r} looks like a place named by the meaning of its first Arabic word; "
                   f"English news writes it transliterated ({target}).")
        yield rule.finding(doc, start, end, message, [Suggestion(target, False)],
                           evidence=["place-word", f"word:{match.group(1).lower()}"])


# "in (the) Oleander Spring", "into the Dates Monastery": a locative word, then 2-3 capitalised words
_LOCATIVES = frozenset(("in", "into", "inside", "near", "from", "to", "at", "towards", "outside", "around", "reached",
                        "entered", "of"))  # (tried only at these words of the word index: a scan tries every letter)
_LOCATIVE_RUN = re.compile(
    r"\b(?:in|into|inside|near|from|to|at|towards|outside|around|reached|entered|of)[ ]++(?:the[ ]++)?+"
    r"([A-Z][a-z]++(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][a-z]++){1,2}+)\b(?![ ][A-Z]|['’-])"
)


def _locative_runs(doc):
    """The matches of _LOCATIVE_RUN.finditer(doc.prose), tried only at the locative words of the
    word index (every match opens with one, a whole word in lower case)."""
    index = doc.lowered_words
    return tried_at(_LOCATIVE_RUN, doc.prose, itertools.compress(index.offsets, map(_LOCATIVES.__contains__, index.words)))


# "the martyrs district", "the pearl quarter": the, one or two lower-case words, a head
_LOWER_PLACE = re.compile(
    r"[Tt](?<=\b[Tt])he[ ]++((?:[a-z]++[ ]){1,2})(" + "|".join(_data()["lower_place_heads"]) + r")\b"
)


def _lower_case_places(rule, doc, taken, wrong, correct):
    """NAM008 for a place named in lower case by the meaning of its Arabic words: "the" + one
    or two concrete nouns of `[lower_case_places] words` + a lower-case district head, in a
    text about the Arab world, a phrase clean English news never uses ("the martyrs district"
    for الشهداء, "the pearl neighbourhood" for اللؤلؤة); before a town's head only the nouns
    of `town_words` ("the door town" for الباب)."""
    data = _data()
    prose = doc.prose
    matches = list(near_literals(prose, _lower_place_needles(), _LOWER_PLACE, 40))
    if not matches or not arab_context(doc, wrong, correct):
        return
    counts = ngram_counts()
    for match in matches:
        phrase = match.group(1).split()
        start, end = match.start(1), match.end(2)
        words = data["lower_town_words"] if match.group(2) in data["lower_town_heads"] else data["lower_place_words"]
        if not all(w in words for w in phrase) or taken.overlaps(start, end):
            continue
        if counts.count(f"{' '.join(phrase)} {match.group(2)}"):
            continue  # English uses the phrase
        written = prose[start:end]
        message = (f"{written!r} looks like a place named in lower case by the meaning of its Arabic "
                   f"words; English news transliterates such names.")
        yield rule.finding(doc, start, end, message, [],
                           evidence=["gloss-words", "shape:lower-case-place", f"head-noun:{match.group(2)}", "arab-context"])


def _translated_features(rule, doc, taken, wrong, correct):
    """NAM008 for a place named by translating its Arabic words, one of them a feature noun
    (spring, river, monastery…) in the Arabic order ("the Spring of the Oleanders"), or one
    English place names seldom end in ("the Dates Monastery"; not "Palm Springs", "Death
    Valley", which English names so itself). Every word is a gloss meaning (or an ordinary English word, beside one), the phrase is
    unknown to clean English news, none of its words is a colour or direction ("Green
    Mountain", "Silver Spring"), after a locative word, in a text about the Arab world."""
    from mtqa.rules.names import _meaning

    if _absent("place_features", doc):
        return  # no feature noun in the record (every match below holds one)
    prose = doc.prose
    data = _data()
    features = data["place_features"]
    matches = [m for m in _locative_runs(doc) if any(w.lower() in features for w in m.group(1).split())]
    if not matches or not arab_context(doc, wrong, correct):
        return
    meanings, counts = english_meanings(), ngram_counts()
    for match in matches:
        phrase = match.group(1)
        start, end = match.span(1)
        words = [w for w in phrase.split() if w not in ("of", "the")]
        lowers = [w.lower() for w in words]
        kept_order = " of " in phrase and lowers[0] in features  # "the Spring of the Oleanders"
        if not (kept_order or any(w in data["strong_features"] for w in lowers)):
            continue  # "Palm Springs", "Death Valley": English names places so itself
        if taken.overlaps(start, end) or any(w in data["place_not"] or w in data["nationalities"] for w in lowers):
            continue
        glossed = [_meaning(w, meanings) for w in words]
        if sum(g is not None for g in glossed) < len(words) - 1:
            continue
        if not all(g is not None or _ordinary_word(w, counts, data) for w, g in zip(words, glossed)):
            continue
        if counts.count(phrase.lower()) or counts.count(phrase.lower(), title=True) or \
                phrase.lower() in data["english_names"] or (not kept_order and not all(g for g in glossed)):
            continue
        arabic = "; ".join(f"{w} = {' / '.join(g[1][:2])}" for w, g in zip(words, glossed) if g)
        message = (f"{phrase} looks like a place named by translating its Arabic name ({arabic}); "
                   f"English news transliterates it.")
        yield rule.finding(doc, start, end, message, [], evidence=["gloss-words", "place-feature", "locative"])


_ARABIC_NAME = re.compile(r"\b(?:al|el|bin|ibn|abu)[-‐ ]|\bAbd|kh|gh|q(?!u)|aa|ee\b|ou|['’]", re.IGNORECASE)


_PAIRING = "3"  # change when _pair_words changes: the cached table is rebuilt


def _word_transliterations(lex) -> dict[str, str]:
    """Arabic word (normalised, without clitics and article) -> its Latin spelling in the names
    of the lexicon: each Arabic word of an entry paired with the word of its English name that
    the transliteration model (mtqa/source/translit.py) scores best ("فجر" -> "Fajr"). Built
    once per lexicon and kept in the on-disk cache."""
    found = getattr(lex, "_word_transliterations", None)
    if found is None:
        names = [(e.arabic, "|".join(e.correct_forms)) for e in lex.entries]
        key = cache.key_of("word-transliterations", _PAIRING, *(part for pair in names for part in pair))
        found = lex._word_transliterations = cache.cached("word-transliterations", key, lambda: _pair_words(names))
    return found


def _pair_words(names) -> dict[str, str]:
    """Each Arabic word's Latin spelling by vote over the lexicon's entries: in an entry, the
    word of its name (then of its accepted forms) that the model scores best; across entries,
    the spelling most entries chose ("Qasr" over one district's accepted "Kasr")."""
    from collections import Counter

    from mtqa.source.names import _beyond

    threshold = _beyond()["match"]
    votes: dict[str, Counter] = {}
    for arabic, forms in names:
        words = (w for w in re.split(r"[\s|-]+", forms) if w[:1].isupper() and len(w) > 2 and w.isalpha() and not w.isupper())
        latin = list(dict.fromkeys(words))  # the name's words first, in order: ties go to them
        for word in _ARABIC_WORD.findall(arabic):
            best = None
            for form in stems(normalise(word)):
                for candidate in latin:
                    value = score(form, candidate)
                    if value >= threshold and (best is None or value > best[0]):
                        best = (value, candidate, form)
            if best:
                votes.setdefault(best[2], Counter())[best[1]] += 1
    return {form: spellings.most_common(1)[0][0] for form, spellings in votes.items()}


def transliteration(words: list[str], glossed, lex) -> str | None:
    """A transliteration of the Arabic name that English `words` translate (their gloss
    meanings, in Arabic order: "Mother of the Mountain" -> "Umm al-Jabal", "Dawn" ->
    "Al-Fajr"), from the Latin spellings of the lexicon's names; None when a word has none."""
    table = _word_transliterations(lex)
    latin = []
    for word, g in zip(words, glossed):
        if word.lower() in ("of", "the", "and"):
            latin.append(word.lower())
            continue
        spelled = next((table[f] for a in (g[1] if g else ()) for f in stems(normalise(a)) if f in table), None)
        if spelled is None:
            return None
        latin.append(spelled)
    if "of" in latin:  # "A of (the) B": Arabic keeps the order; A takes no article
        parts = [w for w in latin if w not in ("of", "the", "and")]
        return " ".join([parts[0]] + [f"al-{p}" for p in parts[1:]])
    # adjectives before a noun in English follow it in Arabic: "Great Palace" -> "al-Qasr al-Kabir"
    parts = [w for w in reversed(latin) if w not in ("the", "and")]
    text = " ".join(f"al-{p}" for p in parts)
    return text[0].upper() + text[1:]


def _adjective_outlet(phrase, glossed, shape, data) -> bool:
    """Whether an outlet's name is one gloss adjective in Title Case before a lower-case head
    ("the Truthful newspaper": الصادق; "the Contemporary magazine"), not a descriptor English
    puts there itself (national, official, daily, new) nor a nationality ("the Saudi channel")."""
    if shape != "head-lower" or len(phrase) != 1 or glossed[0] is None or glossed[0][0] != "adjective":
        return False
    word = _POSSESSIVE.sub("", phrase[0][2].lower())
    return word not in data["not_names"] and word not in data["nationalities"] and word not in data["english_outlets"] \
        and word not in data["heads"]


def _nam005_leaves(words, shape, arab, counts, limits) -> bool:
    """Whether NAM005 leaves an outlet named by one gloss word that English sometimes
    capitalises ("the Charter newspaper": NAM005 wants a title share below `title-share`); in a
    text about the Arab world NAM008 takes it when the share stays below 0.6 ("Gulf", "March",
    "Friday" are names of their own)."""
    if not arab or shape != "head-lower" or len(words) != 1:
        return False
    lower = _POSSESSIVE.sub("", words[0].lower())
    total = counts.count(lower)
    return bool(total) and limits["title-share"] <= counts.count(lower, title=True) / total < 0.6


def _headline_around(prose: str, s_start: int, s_end: int, start: int, end: int, share: float, counts) -> bool:
    """Whether the sentence is a Title Case headline, judged by its words outside the phrase
    (a long name must not make a short sentence a headline): most words of four letters or
    more after the first capitalised, three of them at least. Words English always
    capitalises (Khartoum, Thursday: unknown to the n-gram counts or mostly Title Case there)
    do not count."""
    words = [m.group() for m in _WORD.finditer(prose, s_start, s_end) if not start <= m.start() < end][1:]
    long = [w for w in words if len(w) > 3 and not _always_capitalised(w, counts)]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) / len(long) > share


def _strict_head_passes(prose, start, end, head, phrase, glossed, data) -> bool:
    """Whether a generic head (group, area, camp, division…: `heads_strict`) may head a
    translated name here: written in lower case, after gloss words only (no "of"), none of them a colour
    or direction, and not a place English names so itself ("the Beach camp" in Gaza)."""
    if not prose[start:end].endswith(head) or " of " in prose[start:end] or any(g is None for g in glossed):
        return False  # (nor an "of" phrase: "the Friends of the Earth group")
    lowers = [_POSSESSIVE.sub("", t[2].lower()) for t in phrase]
    if any(w in data["place_not"] for w in lowers):
        return False
    return f"{' '.join(t[2] for t in phrase)} {head}" not in data["english_names_cased"]


def _always_capitalised(word: str, counts) -> bool:
    """Whether English writes `word` capitalised wherever it stands (a proper noun): unknown to
    the clean-English counts, or capitalised in most of its occurrences there."""
    if not word[:1].isupper():
        return False
    lower = _POSSESSIVE.sub("", word.lower())
    total = counts.count(lower)
    return not total or counts.count(lower, title=True) / total > 0.5


def _fallback_shape(shape, kind, phrase, glossed, arab) -> bool:
    """Whether a phrase with words the gloss table lacks may still be a translated name: in a
    text about the Arab world, before a lower-case outlet or party head ("the Lantern
    newspaper"), or before a party or armed-group head in Title Case when another word is a
    gloss meaning or the phrase has "of" ("The Extension Movement" needs the lower-case head;
    "the Guardians of Blood Companies" does not), or after an armed group's head and "of" when
    another word is a gloss noun ("the Battalions of the Keeper of the Martyrs")."""
    if not arab or len(phrase) > 3:
        return False
    if shape == "head-lower":
        return kind in ("media", "party", "armed", "organisation", "facility")
    if shape == "head-title" and kind in ("party", "armed"):
        return any(g is not None for g in glossed) and len(phrase) > 1
    if shape == "head-before" and kind == "armed":  # "the Battalions of the Keeper of the Martyrs"
        return any(g is not None and g[0] == "noun" for g in glossed) and len(phrase) > 1
    return False


def _ordinary_word(word: str, counts, data, share: float = 0.1) -> bool:
    """Whether a capitalised word is an ordinary English word, capitalised inside a sentence in
    less than `share` of its occurrences in clean English news (n-gram counts), and not a
    descriptor or nationality."""
    lower = re.sub(r"['’]s$", "", word.lower())
    if lower in data["not_names"] or lower in data["nationalities"] or lower in data["english_outlets"]:
        return False
    total = counts.count(lower)
    return total >= 5 and counts.count(lower, title=True) / total < share


def _proper_name_inside(unknown, phrase, glossed, shape, kind, counts, data) -> bool:
    """Whether the one word the gloss table lacks is a common Arabic given name kept inside a
    name whose other words translate, each a gloss word English rarely capitalises (not a
    descriptor such as national or popular), before an armed group's or party's head noun
    ("the Glorious Khalid Battalions", المجيد خالد). Not a people or a place ("the Jewish Power
    party", "the Free Syrian Army"), nor a name of two proper names."""
    if len(unknown) != 1 or kind not in ("armed", "party") or shape not in ("head-title", "head-lower") or len(phrase) < 2:
        return False
    if unknown[0].lower() not in common_given_names():
        return False  # (a people or a place is no such name: "the Jewish Power party", "the Kurdistan Freedom Party")
    known = [_POSSESSIVE.sub("", t[2].lower()) for t, g in zip(phrase, glossed) if g is not None]
    return bool(known) and all(
        w not in data["not_names"] and w not in data["nationalities"]
        and counts.count(w, title=True) <= 0.1 * counts.count(w)
        for w in known
    )


def _nationality(word: str) -> bool:
    """Whether a lower-case word is a nationality adjective (Libyan, Saudi, Arab…)."""
    return word in _data()["nationalities"]


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    return frozenset(_data()["heads"])


def heads_of(data) -> frozenset[str]:
    return _head_words()


@lru_cache(maxsize=1)
def _venue_data() -> dict:
    table = cache.package_toml("data/translated_names.toml")
    venues, sport = table["arabic_order_venues"], table["sport_federations"]
    pairs = dict(table["calque_pairs"])
    in_body = frozenset(pairs.pop("in_body"))
    return {"heads": tuple(venues["heads"]), "dated": tuple(venues["dated"]), "sports": tuple(sport["sports"]),
            "sport_heads": dict(sport["heads"]), "before": frozenset(sport["before"]), "pairs": pairs, "in_body": in_body}


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "the Stadium of Al-Shaab", "the Festival of El Gouna", "the stadium of May 22": a venue's head,
# "of", then an "Al-"/"El-" name or a date (data: [arabic_order_venues]); bounded: linear
_VENUE = re.compile(
    r"\b[Tt]he[ ](" + "|".join(sorted(_venue_data()["heads"] + _venue_data()["dated"], key=lambda h: (-len(h), h)))
    + r")[ ]of[ ](?:((?:Al|El|al|el)[- ][A-Z][a-z]++(?:-[A-Z][a-z]++)?+)|((?:" + _MONTHS + r")[ ]\d{1,2}|\d{1,2}[ ](?:"
    + _MONTHS + r")))\b(?![-'’])"
)
_VENUE_LOWER = re.compile(r"\b[Tt]he[ ](" + "|".join(sorted({h.lower() for h in _venue_data()["dated"]})) + r")[ ]of[ ]((?:"
                          + _MONTHS + r")[ ]\d{1,2}|\d{1,2}[ ](?:" + _MONTHS + r"))\b(?![-'’])")
_VENUE_NEEDLES = tuple(f"{head} of " for head in sorted({*_venue_data()["heads"], *_venue_data()["dated"]}
                                                        | {h.lower() for h in _venue_data()["dated"]}))
_SPORTS = "|".join(_venue_data()["sports"])
# "the Egyptian Football Union", "the Royal Moroccan University of Football"; bounded: linear
_SPORT_UNION = re.compile(r"\b([A-Z][A-Za-z]++)[ ](?:Royal[ ])?(?:" + _SPORTS + r")[ ](Union)\b(?![-'’])")
_SPORT_UNIVERSITY = re.compile(r"\b(University)[ ](?:of|for)[ ](?:" + _SPORTS + r")\b(?![-'’])")
_SPORT_NEEDLES = (" Union", "University of ", "University for ")
# a body's head and "of" up to three Title Case words before a pair ("the Ministry of Energy
# and Mineral Wealth", "the Ministry of Agriculture, Fisheries Wealth…"); searched in the 60 characters before it: bounded
_BODY_BEFORE_PAIR = re.compile(
    r"\b(?:Ministry|Minister|Authority|Department|Directorate|Commission|Company|Corporation|Council|Agency|Fund)"
    r"[ ]of[ ](?:the[ ])?(?:[A-Z][a-z]++,?+[ ](?:and[ ])?){0,3}+$"
)
expect(lambda: (*_VENUE_NEEDLES, *_SPORT_NEEDLES, *_venue_data()["pairs"]))


def arabic_order_venues(rule, doc, taken, wrong, correct):
    """NAM008 for a venue or body named in the Arabic order, its head, "of" and a romanised
    name or a date ("the Stadium of Al-Shaab": Al-Shaab Stadium; "the stadium of May 22": May
    22 Stadium), and for a national sports federation named by the literal meaning of its head
    ("the Egyptian Football Union", "the Royal Moroccan University of Football": Federation,
    Association). Word classes in [arabic_order_venues] and [sport_federations]; called only in
    a text about the Arab world; a name the lexicon knows over it is left to the lexicon."""
    from mtqa.rules.names import _Spans

    prose = doc.prose
    found = []
    for literal, at in apart_each(prose, _VENUE_NEEDLES):
        start = max(0, at - 4)
        match = (_VENUE_LOWER if literal[0].islower() else _VENUE).match(prose, start)
        if not match or match.start(1) != at:
            continue
        head, name = match.group(1), match.group(match.lastindex)
        if match.lastindex == 2 and literal[0].isupper() and head not in _venue_data()["heads"]:
            continue  # ("the Square of Al-Tahrir" is left alone; dated heads take only a date)
        if match.lastindex == 3 and head not in _venue_data()["dated"]:
            continue
        found.append((match.start(), match.end(), name, head))
    for literal, at in apart_each(prose, _SPORT_NEEDLES):
        if literal == " Union":
            match = _SPORT_UNION.search(prose, max(0, at - 40), at + 7)
            if match and match.start(2) == at + 1 and match.group(1) in _venue_data()["before"]:
                found.append((match.start(), match.end(), "", "Union"))
        else:
            match = _SPORT_UNIVERSITY.match(prose, at)
            if match:
                found.append((match.start(), match.end(), "", "University"))
    pairs = _venue_data()["pairs"]
    for literal, at in apart_each(prose, pairs):
        end = at + len(literal)
        if at < 2 or prose[at - 1] != " " or not (prose[at - 2].isalpha() or prose[at - 2] == ",") or prose[end : end + 1].isalpha():
            continue  # (a word before it, in the same clause: "Aviation company shares fell" opens a sentence)
        if literal in _venue_data()["in_body"] and not _BODY_BEFORE_PAIR.search(prose, max(0, at - 60), at):
            continue
        found.append((at, end, "", literal))
    if not found:
        return
    reported = _Spans((m.start, m.end) for m in (*wrong, *correct))
    later: dict[str, int] = {}  # a sports body's literal head -> where its first name ends
    for start, end, name, head in sorted(set(found)):
        if reported.overlaps(start, end) or taken.overlaps(start, end):
            continue
        written = prose[start:end]
        if head in pairs:
            message = (f"{written}: a word-by-word translation of a festival's or a body's Arabic name; "
                       f"English writes \"{pairs[head]}\".")
            yield rule.finding(doc, start, end, message, [Suggestion(pairs[head], False)], evidence=["calque-pair"])
            continue
        if name:
            english = f"{name} {head.capitalize()}"
            message = (f"{written}: a venue named in the Arabic word order (head noun, \"of\", then its name); "
                       f"English writes \"{english}\".")
            evidence = ["arabic-order-venue", f"head:{head.lower()}"]
        else:
            english = _venue_data()["sport_heads"][head]
            message = (f"{written}: {head!r} is a word-by-word translation of the head of a sports body's Arabic "
                       f"name (اتحاد, جامعة); English names it a {english} or Association.")
            evidence = ["literal-body-head", f"head:{head.lower()}"]
            later.setdefault(head, end)
        yield rule.finding(doc, start, end, message, [], evidence=evidence)
    # "… the president of the union, …": the same body named again
    yield from named_again(rule, doc, taken, {head: (at, f"{_venue_data()['sport_heads'][head]} or the association")
                                              for head, at in later.items()}, cased=False)
