"""NAM010: an Arabic honorific of a person rendered word by word ("Owner of Majesty", "His
State, Prime Minister …", "Happiness of the Ambassador"), and the epithet of a holy place or
religious institution rendered before its name ("the Honourable Azhar": Al-Azhar).

Arabic news puts an honorific before a person's title or name: صاحب الجلالة (the owner of
majesty: His Majesty), دولة (state: the Lebanese and Jordanian prime minister's honorific,
dropped in English), سماحة (tolerance: His Eminence), معالي (loftiness), سعادة (happiness),
فخامة (grandeur: His Excellency). MT renders the words one by one, in shapes English never
uses. Three shapes are reported (data/honorifics.toml gives the words):

- "Owner / Holder / Possessor of (the) <honorific>": "Possessor of Holiness" -> His Holiness;
- "His / Her <literal word>" before a title or a given name: "His State Prime Minister X",
  "His Tolerance Sayyed X" (the literal words are never English honorifics; "His Majesty",
  "His Eminence" are);
- "<literal word> of the <title>": "Happiness of the Ambassador", "Loftiness of the Minister"
  (the suggestion is the plain title, as news English writes it: "the Ambassador").
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa import cache, regexes
from mtqa.findings import Severity, Suggestion
from mtqa.lexicon.ngrams import ngram_counts
from mtqa.rules import Rule, register
from mtqa.scan import at_literals, expect, near_literals


@lru_cache(maxsize=1)
def _data():
    data = cache.package_toml("data/honorifics.toml")
    alternatives = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    owned = regexes.compile(
        r"(?<![\w'’-])(?:[Tt]he[ ])?+(?:[Oo]wner|[Hh]older|[Pp]ossessor)[ ]of[ ](?:the[ ])?+(" + alternatives(data["owned"]) + r")\b(?![-'’])")
    literal = alternatives(data["literal"])
    titles = alternatives(data["titles"])
    possessed = regexes.compile(r"(?<![\w'’-])(His|Her)[ ](" + literal + r")\b(?![-'’])(,?+[ ](?:the[ ])?+)")
    of_title = regexes.compile(
        r"(?<![\w'’-])(?:[Tt]he[ ])?+(" + literal + r")[ ]of[ ]the[ ](" + titles + r")\b(?![-'’]|[ ]?+['’]s\b)")
    title_after = regexes.compile(r"(?:" + titles + r")\b(?![-'’])")
    words = frozenset(w.lower() for w in (*data["owned"], *data["literal"], *data["epithets"]) if " " not in w)
    return data, owned, possessed, of_title, title_after, words


_OWNER_NEEDLES = ("wner of ", "older of ", "ossessor of ")
_POSSESSED_NEEDLES = ("His ", "Her ")


@lru_cache(maxsize=1)
def _of_title_needles() -> tuple[str, ...]:
    """"Sublimity of the "…: where a match of the of-title pattern can start."""
    return tuple(f"{w} of the " for w in _data()[0]["literal"])


@lru_cache(maxsize=1)
def _epithet_openings() -> tuple[str, ...]:
    """"Honourable", "the honourable"…: where a match of the epithet pattern can start."""
    cases = [case for e in _data()[0]["epithets"] for case in (e, e.lower())]
    return (*cases, *(f"{the} {case}" for the in ("The", "the") for case in cases))


expect(lambda: (*_OWNER_NEEDLES, *_POSSESSED_NEEDLES, *_of_title_needles(), *_epithet_openings()))  # (one pass in a long text: scan.expect)


@lru_cache(maxsize=1)
def _epithets() -> tuple[re.Pattern, frozenset[str]]:
    """The pattern of an epithet before a one-word name, and the epithets in lower case (the
    words a document must hold for the pattern to be tried)."""
    epithets = sorted(_data()[0]["epithets"], key=len, reverse=True)
    alternatives = "|".join(epithets) + "|" + "|".join(e.lower() for e in epithets)
    pattern = regexes.compile(
        r"(?<![\w'’-])((?:[Tt]he[ ])?+(?:" + alternatives + r")[ ](?:[Aa]l-|[Ee]l-)?+([A-Z][a-z]{3,}+))\b"
        r"(?![-'’]|[ ](?:[A-Z]|al-|el-))"
    )
    return pattern, frozenset(e.lower() for e in epithets)


def _epithet_names(lex) -> dict[str, str]:
    """Bare lower-case name -> the entry's name, for the lexicon's organisations and places
    whose name is one word with or without an article ("Al-Azhar": azhar, "Mecca": mecca)."""
    from mtqa.lexicon import derived

    def build(lex):
        found = {}
        for entry in lex.entries:
            if entry.category in ("person", "title") or not entry.arabic:
                continue
            for form in entry.correct_forms:
                words = form.replace("‐", "-").split()
                if len(words) == 1:
                    bare = re.sub(r"^(?:al|el)-", "", words[0].lower())
                    if bare.isalpha() and len(bare) >= 4:
                        found.setdefault(bare, entry.name)
        return found

    return derived(lex, "epithet-names", build)


_NAME_WORD = re.compile(r"(?:(?:al|el|Al|El)[-‐])?+([A-Z][a-z'’]++)")


@register
class LiteralHonorific(Rule):
    id = "NAM010"
    name = "literal-honorific"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    explanation = (
        "An Arabic honorific before a person's title or name translated word by word: \"Owner of Majesty\" or "
        "\"Possessor of Holiness\" (صاحب الجلالة, صاحب القداسة: His Majesty, His Holiness), \"His State\" before a "
        "prime minister (دولة, an honorific English drops), \"His Tolerance\" or \"His Virtue\" before a cleric "
        "(سماحة, فضيلة: His Eminence), \"Happiness of the Ambassador\" (سعادة: His Excellency). The literal words "
        "are reported after His/Her only before a title or a given name, and before \"of the\" only with a title "
        "after it; \"His Majesty\", \"His Eminence\" and \"His Excellency\" are English and stay silent "
        "(mtqa/data/honorifics.toml). Also the epithet Arabic puts after a holy place or religious institution, "
        "rendered as an adjective before a name of the lexicon (\"the Honourable Azhar\" for الأزهر الشريف: "
        "Al-Azhar; \"the Illuminated Medina\"), never before a longer name (\"the Honourable Azhar Ali\")."
    )
    bad = (
        "The Patriarch, ⟦Possessor of Holiness→His Holiness⟧ Youhanna Qais, received the delegation.",
        "On Monday ⟦His State⟧ Prime Minister Fares Khalil met the envoy in Amman.",
        "⟦The Sublimity of the Emir→The Emir⟧ thanked the hosts.",
        "⟦The Venerable Azhar→Al-Azhar⟧ condemned the attack on the church.",
    )
    good = (
        "His Majesty King Abdullah II received the envoy.",
        "His State of the Union address was long.",
        "The owner of the restaurant said his state had changed the law.",
        "His Eminence Sheikh Ahmed al-Tayeb spoke in Cairo.",
        "The Honourable Azhar Ali scored a century, and the Blessed Virgin Mary was honoured.",
    )

    def check(self, doc, ctx):
        data, owned, possessed, of_title, title_after, words = _data()
        if words.isdisjoint(doc.lowered_words.distinct):
            return  # (most records hold no honorific word)
        prose = doc.prose
        found = []
        for match in near_literals(prose, _OWNER_NEEDLES, owned, 6):
            english = data["owned"][match.group(1)]
            found.append((match.start(), match.end(), english, "owned"))
        for match in near_literals(prose, _POSSESSED_NEEDLES, possessed, 0):
            after = match.end()
            if not (title_after.match(prose, after) or _given_name_at(prose, after)):
                continue  # "His State Department", "His Virtue Signalling"
            english = data["literal"][match.group(2)].replace("His", match.group(1), 1)  # (Her Excellency)
            found.append((match.start(), match.end(2), english, "possessed"))
        for match in near_literals(prose, _of_title_needles(), of_title, 4):
            the = "The" if prose.startswith("The", match.start()) else "the"
            found.append((match.start(), match.end(), f"{the} {match.group(2)}", "of-title"))  # (the plain title)
        epithet_pattern, epithet_words = _epithets()
        if not epithet_words.isdisjoint(doc.lowered_words.distinct):
            from mtqa.rules.names import lexicon

            names = _epithet_names(lexicon(ctx))
            for match in at_literals(epithet_pattern, prose, _epithet_openings()):  # = finditer(prose)
                name = names.get(match.group(2).lower())
                if name and ngram_counts().count(match.group(2).lower()) == 0:
                    found.append((match.start(), match.end(), name, "epithet"))  # "the Honourable Azhar"
        if not found:
            return
        from mtqa.rules.names import _Spans, entity_matches

        wrong, _ = entity_matches(doc, ctx)
        taken = _Spans((m.start, m.end) for m in wrong)  # the lexicon's literal titles: NAM001's
        for start, end, english, shape in sorted(found):
            if taken.overlaps(start, end):
                continue
            written = prose[start:end]
            if shape == "epithet":
                message = (f"{written!r} translates the epithet Arabic puts after the name of {english} "
                           f"(al-sharif, al-mukarrama…); English news writes {english!r}.")
                suggestions = [Suggestion(english, False)]
            elif english.startswith("drop"):
                message = f"{written!r} translates an Arabic honorific word by word; English news drops it."
                suggestions = []
            else:
                message = f"{written!r} translates an Arabic honorific word by word; English news writes {english!r}."
                suggestions = [Suggestion(english, False)]
            yield self.finding(doc, start, end, message, suggestions, evidence=["literal-honorific", f"shape:{shape}"])


def _given_name_at(prose: str, at: int) -> bool:
    """Whether a person's given name (a common Arabic one) or an al- name starts at `at`."""
    from mtqa.translit import common_given_names

    match = _NAME_WORD.match(prose, at)
    if not match:
        return False
    return match.group().lower().startswith(("al-", "el-")) or match.group(1).lower() in common_given_names()
