"""Typography and script leftovers (TYP…): Arabic punctuation, digits, tatweel, invisible
characters, untranslated Arabic, doubled words, spacing, apostrophes, unbalanced pairs."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from functools import lru_cache

from mtqa import cache, segment
from mtqa.findings import Severity
from mtqa.rules import Rule, register
from mtqa.scan import starts_of_any, tried_at

ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
ARABIC_MARKS = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d"
# Linear time: a word starts only where no mark precedes (a run of marks without a letter is
# scanned once, not once per position) and no repetition gives back what it took.
_ARABIC_WORD = f"(?<![{ARABIC_MARKS}])[{ARABIC_MARKS}]*+[{ARABIC_LETTER}][{ARABIC_LETTER}{ARABIC_MARKS}]*+"
_ARABIC_NUMBER = "[٠-٩۰-۹][٠-٩۰-۹٫٬]*+"
ARABIC_RUN = re.compile(f"{_ARABIC_WORD}(?:[\\s،؛؟]++(?:{_ARABIC_WORD}|{_ARABIC_NUMBER}))*+")


@lru_cache(maxsize=1)
def _data() -> dict:
    return cache.package_toml("data/characters.toml")  # (parsed once, then read back from the cache)


def arabic_runs(doc) -> list[tuple[int, int]]:
    """Spans of runs of Arabic words in the document (cached on the document)."""
    cached = doc.__dict__.get("_arabic_runs")
    if cached is None:
        cached = doc.__dict__["_arabic_runs"] = _arabic_run_spans(doc.prose)
    return cached


_ARABIC_CHARACTER = re.compile(f"[{ARABIC_LETTER}{ARABIC_MARKS}]")  # where a run can start


def _arabic_run_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ARABIC_RUN.finditer(text), tried only at Arabic characters (a scan that
    skips to them: most English text has none)."""
    spans = []
    found = _ARABIC_CHARACTER.search(text)
    while found:
        match = ARABIC_RUN.match(text, found.start())
        spans.append(match.span()) if match else None
        found = _ARABIC_CHARACTER.search(text, match.end() if match else found.start() + 1)
    return spans


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start..end lies within one of the sorted, disjoint `spans` (binary search)."""
    at = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= start and end <= spans[at][1]


class CharacterRule(Rule):
    """A rule defined in data/characters.toml: runs of listed characters, mapped one by one."""

    local = True  # its findings on a paragraph depend on that paragraph alone

    def __init__(self, spec: dict):
        self.id = spec["id"]
        self.name = spec["name"]
        self.category = spec["category"]
        self.severity = Severity(spec["severity"])
        self.explanation = " ".join(spec["explanation"].split())
        self.bad = tuple(spec["bad"])
        self.good = tuple(spec["good"])
        self.message = spec["message"]
        self.mapping = spec["map"]
        chars = "".join(re.escape(c) for c in self.mapping)
        # spaces are taken from the start of their run only (linear time on long space runs)
        prefix = "(?<![ \\t])[ \\t]*+" if spec.get("absorb_space_before") else ""
        self.pattern = re.compile(f"{prefix}[{chars}]++")
        self.any_char = re.compile(f"[{chars}]")  # (one C-level search: is any of them there)
        # a long text is searched for each of a few characters (str.find: a pass at C speed each,
        # several times quicker than a scan for the set), for many with the set
        self._chars = tuple(self.mapping) if len(self.mapping) <= 12 else None
        self.trigger = f"[{chars}]"

    def check(self, doc, ctx):
        prose = doc.prose
        if not (any(map(prose.__contains__, self._chars)) if self._chars and len(prose) > 4096
                else self.any_char.search(prose)):
            return  # none of the characters: no scan of the text
        runs = None
        for match in self.pattern.finditer(doc.prose):
            start, end = match.span()
            runs = arabic_runs(doc) if runs is None else runs
            core = match.group(0).lstrip(" \t")
            if _inside(runs, end - len(core), end):
                continue
            replacement = "".join(self.mapping[c] for c in core)
            yield self.finding(doc, start, end, self.message, [replacement])


for _spec in _data()["rule"]:
    register(CharacterRule(_spec))


class UntranslatedArabic(Rule):
    id = "TYP005"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "untranslated-arabic"
    category = "accuracy/untranslated"
    severity = Severity.MAJOR
    explanation = (
        "A run of Arabic words inside the English text: the translation left part of the source "
        "untranslated, or copied an original name or quotation without rendering it. A reader of "
        "the English text cannot use it; translate it, or transliterate the name."
    )
    bad = (
        "The minister said that ⟦الحكومة⟧ would meet on Sunday.",
        "Fighting continued in ⟦بني وليد⟧ overnight.",
    )
    good = (
        "Fighting continued in Bani Walid overnight.",
        "The spokesman, Said al-Masri, denied the report.",
    )

    trigger = f"[{ARABIC_LETTER}{ARABIC_MARKS}]"  # where a run can start

    def check(self, doc, ctx):
        for start, end in arabic_runs(doc):
            yield self.finding(doc, start, end, "Untranslated Arabic text.")


def _same_as_next(words: list[str]) -> list[int]:
    """The indices n with words[n] == words[n + 1] (C-level comparisons of the list with itself
    shifted)."""
    return list(itertools.compress(range(len(words) - 1), map(operator.eq, words, itertools.islice(words, 1, None))))


class DoubledWord(Rule):
    id = "TYP006"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "doubled-word"
    category = "fluency/grammar"
    severity = Severity.MINOR
    explanation = (
        "The same word twice in a row (\"the the\"), a typical slip of post-editing and of "
        "segment joins in machine translation. Words that may correctly stand twice, such as "
        "\"had had\" or \"that that\", are not reported, nor a word before a name spelled the same "
        "(\"said Said al-Mahdi\"). A capitalised word doubled in lower case is fixed only for function "
        "words (\"The the\"); otherwise it may be a name before a verb (\"Said said\"): reported "
        "without a fix, to check the name."
    )
    bad = (
        "The delegation arrived in ⟦the the→the⟧ capital on Monday.",
        "⟦The the→The⟧ ceasefire held overnight.",
        "He warned of a ⟦grave and grave→grave⟧ threat.",
        "The talks brought ⟦calm, calm→calm⟧ and hope.",
        "The plan promises more ⟦jobs. jobs→jobs⟧ and growth.",
        "The envoy spoke first. ⟦Said said⟧ the talks would go on.",
    )
    good = (
        "By then the city had had no power for a week.",
        "He said that that decision was final.",
        "The council met in Tripoli.",
        "\"We will stay,\" said Said al-Mahdi, a farmer.",
        "Prices rose again and again, more and more, higher and higher.",
        "They waited for years and years.",
        "Bosnia and Herzegovina, Trinidad and Tobago.",
        "Families staged a sit-in in the main square.",
    )
    # \w++: a shorter first word could never be followed by the space, so no backtracking
    pattern = re.compile(r"\b(\w++)([ \t]+|[ \t]*\n[ \t]*)(\1)\b", re.IGNORECASE)
    # The same word on both sides of "and"/"or", a comma or a full stop: "clear and clear",
    # "negligence, negligence", "progress. progress" (a doubled segment join).
    joined = re.compile(r"\b([^\W\d_]{3,})((?:,|\.)?[ \t]+(?:and|or)[ \t]+|,[ \t]+|\.[ \t]+(?=[a-z]))(\1)\b")

    def _joined_matches(self, doc, same=None):
        """Matches of `joined`, tried only where the word index shows the same word again one
        word later (across a mark) or two words later (across "and"/"or")."""
        index, prose, last = doc.lowered_words, doc.prose, -1
        words, offsets, count = index.words, index.offsets, len(index)
        # the word positions found by C-level comparisons of the word list with itself shifted
        repeated = set(_same_as_next(words) if same is None else same)
        repeated.update(m - 1 for link in ("and", "or") for m in segment.word_positions(words, link)
                        if 0 < m < count - 1 and words[m - 1] == words[m + 1])
        for n in sorted(repeated):
            offset, word = offsets[n], words[n]
            if offset < last or len(word) < 3:
                continue
            match = self.joined.match(prose, offset)
            if match and (offset == 0 or not prose[offset - 1].isalnum()):
                last = match.end()
                yield match

    # where a word with a digit or an underscore can start (walked back from those; segment.digit_word_starts
    # finds them faster, this for a text mostly outside ASCII)
    digits = re.compile(r"[\d_]+")

    def _matches(self, doc, same=None):
        """The matches of `pattern` in the prose, tried only at (a) each word of letters that the
        word index shows again right after it and (b) each word that holds a digit or an
        underscore: every match starts at one of those. (A word of letters doubled is two equal
        lower-cased words in a row: lower() pairs letters as the pattern's case-insensitive
        back reference does, except for "İ" and "Σ", whose lower case depends on more than the
        letter; a text with either is scanned whole.)"""
        prose = doc.prose
        if "İ" in prose or "Σ" in prose:
            yield from self.pattern.finditer(prose)
            return
        index = doc.lowered_words
        words, offsets = index.words, index.offsets
        starts = set(map(offsets.__getitem__, _same_as_next(words) if same is None else same))
        with_digits = segment.digit_word_starts(prose)
        if with_digits is None:  # (a text mostly outside ASCII)
            with_digits = []
            reached, word_start = -1, 0  # the end of the last run and where its word starts
            for run in self.digits.finditer(prose):
                start = run.start()
                while start > reached and start and (prose[start - 1].isalnum() or prose[start - 1] == "_"):  # \w
                    start -= 1
                if start == reached:
                    start = word_start  # back at the last run: the same word (each character walked once)
                reached, word_start = run.end(), start
                with_digits.append(start)
        starts.update(with_digits)
        yield from tried_at(self.pattern, prose, sorted(starts))

    @functools.cached_property
    def _exceptions(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The doubled-word exceptions (data/typography.toml) as sets, built once."""
        listed = _data()["doubled_word_exceptions"]
        return (frozenset(listed["words"]), frozenset(listed["across_and"]),
                frozenset(listed["capitalised_then_lower"]))

    def check(self, doc, ctx):
        exceptions, repeatable, function_words = self._exceptions
        same = _same_as_next(doc.lowered_words.words)  # (for both scans: _same_as_next of the words)
        for match in self._matches(doc, same):
            word, second = match.group(1), match.group(3)
            if word.lower() in exceptions or word.isdigit():
                continue
            if match.start() and doc.prose[match.start() - 1] in "-‐":
                continue  # the end of a compound: "a sit-in in the square", "the check-in in Doha"
            if word.islower() and second[:1].isupper():
                continue  # a verb before a name: "said Said al-Mahdi"
            if word[:1].isupper() and second.islower() and second not in function_words:
                # maybe a name before a verb spelt the same ("Said said"): no fix to apply
                yield self.finding(doc, match.start(), match.end(), f'"{word} {second}": a doubled word, or a '
                                   f'name before a word spelt the same? Check the name.', [])
                continue
            yield self.finding(doc, match.start(), match.end(), f'Doubled word "{word}".', [word])
        for match in self._joined_matches(doc, same):
            word, link = match.group(1), match.group(2)
            lower = word.lower()
            if "." not in link and (lower in repeatable or lower.endswith("er")):
                continue  # "more and more", "again and again", "bigger and bigger", "years and years"
            if "." not in link and not word.islower():
                continue  # "Sudan, Sudan" in a chant, "New York and New York" lists
            sentence = doc.sentence_at(match.start())
            if sentence and _quoted(doc.prose, sentence.start, match.start()):
                continue
            yield self.finding(doc, match.start(), match.end(), f'Word "{word}" repeated.', [word], safe=False)


class SpaceBeforePunctuation(Rule):
    id = "TYP007"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "space-before-punctuation"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    explanation = (
        "A space before a comma, full stop, colon, semicolon, question mark or exclamation mark "
        "(\"on Tuesday .\"). It comes from tokenised MT output or from French-style spacing and "
        "is wrong in English news copy."
    )
    bad = (
        "The talks ended on Tuesday⟦ .→.⟧",
        "The army⟦ ,→,⟧ however, denied it.",
        "He asked: why now⟦ ?→?⟧",
    )
    good = (
        "The talks ended on Tuesday.",
        "The rate fell to .5 percent.",
        "He said . . . nothing more.",
        "Officials met - briefly - on Monday.",
    )
    pattern = re.compile(r"(?<=[\w\"”’)\]])[ \t]+([,.;:?!])(?![.\d])")
    trigger = r"[,.;:?!](?<=[ \t][,.;:?!])"  # (= spaced_mark: [ \t][,.;:?!], opening with the mark, scanned faster)
    # a mark right after a space (= (?<=[ \t])[,.;:?!], written to start with the mark class so
    # that the scan skips to marks): every match of `pattern` ends in one
    spaced_mark = re.compile(r"[,.;:?!](?<=[ \t][,.;:?!])")

    def _matches(self, prose: str):
        """The matches of pattern.finditer(prose), tried only at the spaces before a mark."""
        for mark in self.spaced_mark.finditer(prose):
            start = mark.start() - 1
            while start and prose[start - 1] in " \t":
                start -= 1
            match = self.pattern.match(prose, start)
            if match:
                yield match

    def check(self, doc, ctx):
        prose = doc.prose
        for match in self._matches(prose):
            start = match.start()
            if prose[match.end() - 1] == "." and prose[match.end() : match.end() + 2] == " .":
                continue
            punct = match.group(1)
            yield self.finding(doc, start, match.end(), f'Space before "{punct}".', [punct])


class MisplacedApostrophe(Rule):
    id = "TYP008"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "misplaced-apostrophe"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    explanation = (
        "A possessive apostrophe that drifted to the wrong side of the space: \"Haftar forces "
        "’withdrawal\" for \"Haftar forces’ withdrawal\", or \"Haftar ’s forces\" for \"Haftar’s "
        "forces\". MT systems and copy-paste from right-to-left layouts often produce it. Also "
        "reported: a backtick or an accent typed for the apostrophe (\"city`s\", \"minister´s\") and "
        "an apostrophe after a plural made from a singular (\"partys'\" for \"party's\"). Every "
        "pair of words of every sentence is checked, whatever correct possessives it also holds."
    )
    bad = (
        "They reported the Haftar ⟦forces ’withdrawal→forces’ withdrawal⟧ from the south.",
        "The ⟦militias 'retreat→militias' retreat⟧ surprised observers.",
        "⟦Haftar ’s→Haftar’s⟧ forces withdrew.",
        "The ⟦minister' s→minister's⟧ office denied it.",
        "They welcomed the ⟦army ’withdrawal→army’s withdrawal⟧ from the town.",
        "The ⟦company`s→company's⟧ shares fell.",
        "The ⟦governor´s→governor's⟧ office was closed.",
        "The ⟦partys'→party's⟧ leaders met on Monday.",
        "The government’s plan calls for the ⟦troops ’withdrawal→troops’ withdrawal⟧ by May.",
    )
    good = (
        "The forces’ withdrawal began on Friday.",
        "Rock ’n’ roll was banned in the ’90s.",
        "He called the move a 'tactical withdrawal' on Monday.",
        "Officials described the ’strategic pause’ as temporary.",
        "The parties' leaders and the party's members met.",
        "The peoples' assembly met in the cities' largest hall.",
    )
    # "forces ’withdrawal": spaces after a word (written to start with the space class, so that
    # the scan skips to spaces: = (?<=\w)[ \t]+…)
    drifted = re.compile(r"[ \t](?<=\w[ \t])[ \t]*([’'])([^\W\d_]+)")
    # A backtick or an accent standing for the apostrophe: "city`s", "minister´s", "don`t".
    accents = (re.compile("`"), re.compile("´"))  # scanned one by one (mtqa.scan.starts_of_any)
    accent_use = re.compile(r"(?<=[^\W\d_])[`´]([^\W\d_]{1,2})\b|(?<=[^\W\d_]s)[`´](?=\s)")
    # An apostrophe after a plural made from a singular: "partys'" (party's / parties'),
    # "womens'", "childrens'".
    false_plural = re.compile(r"\b([^\W\d_]*[^\W\d_aeiouAEIOU]y|[Ww]omen|[Mm]en|[Cc]hildren|[Pp]eople)s(['’])(?!\w)")
    false_plural_seam = re.compile(r"s(?<=[yn]s)['’](?!\w)")  # (= [yn]s['’]…, opening with a literal)
    word_before = re.compile(r"\w+$")
    genitive = re.compile(r"(?<=\w)[ \t]+([’'])s\b|(?<=[^\W\d_])([’'])[ \t]+s\b")  # "Haftar ’s", "Haftar' s"
    # where `genitive` is tried (= (?<![ \t])[ \t]++['’]s\b|…, written to start with a class)
    marks = (re.compile("'"), re.compile("’"))  # every match of `drifted` and `genitive` holds one
    elisions = {"n", "em", "til", "tis", "twas", "cause", "bout", "round", "s"}
    trigger = "['’`´]"  # every finding is at an apostrophe, a backtick or an accent

    def _near_marks(self, prose: str):
        """(drifted starts, genitive starts): where `drifted` and `genitive` can match, found
        from the apostrophes of the text (a scan that skips to them, not one that tries every
        space): the start of the spaces before a mark, and the mark itself; each only when the
        character after the mark lets the pattern go on (a letter; "s"; a space or tab)."""
        drifted, genitive = [], []
        for at in starts_of_any(prose, *self.marks):
            start = at
            after = prose[at + 1 : at + 2]
            while start and prose[start - 1] in " \t":
                start -= 1
            if start < at:
                if after.isalnum():  # (a superset of [^\W\d_])
                    drifted.append(start)
                if after == "s":
                    genitive.append(start)
            if after == " " or after == "\t":
                genitive.append(at)
        return drifted, genitive

    def check(self, doc, ctx):
        prose = doc.prose
        drifted_starts, genitive_starts = self._near_marks(prose) if "'" in prose or "’" in prose else ((), ())
        for match in filter(None, map(functools.partial(self.drifted.match, prose), drifted_starts)):
            mark, after = match.group(1), match.group(2)
            before = self.word_before.search(prose, max(0, match.start() - 80), match.start())
            word = before.group() if before else ""
            plural = word.endswith("s")
            if (not word or not word[0].isalpha() or after.lower() in self.elisions
                    or (not plural and (mark != "’" or len(after) < 2))):
                continue
            start = before.start()
            sentence = doc.sentence_at(match.start())
            rest = prose[match.end() : sentence.end if sentence else match.end() + 200]
            if mark in rest[:60] or (mark == "’" and "‘" in prose[max(0, match.start() - 60) : match.start()]):
                continue  # a quoted word, not a possessive
            fixed = f"{word}{mark} {after}" if plural else f"{word}{mark}s {after}"
            yield self.finding(doc, start, match.end(), "Misplaced possessive apostrophe.", [fixed])
        for start in genitive_starts:
            match = self.genitive.match(prose, start)
            if match is None or not match.group(0):
                continue
            before = self.word_before.search(prose, max(0, match.start() - 80), match.start())
            mark = match.group(1) or match.group(2)
            if before is None:
                continue
            yield self.finding(doc, before.start(), match.end(), "Space in possessive ’s.",
                               [f"{before.group()}{mark}s"])
        for mark in starts_of_any(prose, *self.accents):
            match = self.accent_use.match(prose, mark)
            if match is None:
                continue
            before = self.word_before.search(prose, max(0, match.start() - 80), match.start())
            start = before.start() if before else match.start()
            fixed = f"{prose[start:match.start()]}'{match.group(1) or ''}"
            yield self.finding(doc, start, match.end(), "Backtick or accent used as an apostrophe.", [fixed])
        for seam in self.false_plural_seam.finditer(prose):
            word = self.word_before.search(prose, max(0, seam.start() - 41), seam.start())
            match = self.false_plural.match(prose, word.start()) if word else None
            if match is None or match.end() != seam.end():
                continue
            stem, mark = match.group(1), match.group(2)
            if stem.lower() == "people":
                continue  # "peoples'": the plural of a people
            yield self.finding(doc, match.start(), match.end(),
                               "Apostrophe after a wrongly formed plural.", [f"{stem}{mark}s"], safe=False)


def _quoted(text: str, start: int, position: int) -> bool:
    """Whether `position` lies inside a quotation opened after `start` (a sentence start)."""
    before = text[start:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


class DoubledPunctuation(Rule):
    id = "TYP011"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "doubled-punctuation"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    explanation = (
        "A punctuation mark typed twice, with or without a space between (\", ,\", \",,\", "
        "\"said..\", \";;\", \"!!\"), or a Latin and an Arabic comma side by side (\", ،\"): a "
        "leftover of segment joins and post-editing. An ellipsis (\"...\", \". . .\"), \"?!\" "
        "and marks inside quotations are left alone."
    )
    bad = (
        "The army said⟦ , ,→,⟧ the attack had been repelled.",
        "The minister said⟦..→.⟧ the talks would resume.",
        "The bank⟦,,→,⟧ in a statement, said reserves fell.",
        "Roads were closed in the north⟦!!→!⟧ Schools shut too.",
        "The farmers⟦, ،→,⟧ demanded compensation.",
        "The talks ended on Monday⟦,.→.⟧ Both sides left.",
    )
    good = (
        "The results... were disappointing.",
        "He said . . . nothing more.",
        "\"Never again!!\" the crowd chanted.",
        "Really?! he asked.",
        "Pages 10..12 list the figures.",
    )
    # Starts at a mark (so the scan skips ahead quickly); the space before it joins the span.
    pattern = re.compile(r"(?:([,;:!?])[ \t]*\1|[,،][ \t]*[,،](?<!،،)|(?<![.\d])\.\.(?![.\d])|[,;]\.(?!\.))(?![ \t]*[.,;:!?])")
    # Two marks with at most spaces between: the only places the full pattern is tried.
    pair = re.compile(r"[,;:!?،.][ \t]*[,;:!?،.]")
    trigger = r"[,;:!?،.][ \t]*+[,;:!?،.]"  # (= pair)

    def check(self, doc, ctx):
        prose = doc.prose
        last = -1
        for pair in self.pair.finditer(prose):
            if pair.start() < last:
                continue
            match = self.pattern.match(prose, pair.start())
            if match is None:
                continue
            last = match.end()
            text = match.group(0).strip()
            start = match.start()
            while start and prose[start - 1] in " \t":
                start -= 1
            if text.count("،") == len(text.replace(" ", "")):
                continue  # Arabic commas alone: TYP001
            sentence = doc.sentence_at(match.start())
            if text[:1] in "!?" and sentence and _quoted(prose, sentence.start, match.start()):
                continue
            mark = "." if text.endswith(".") else "," if text[:1] in ",،" else text[:1]
            yield self.finding(doc, start, match.end(), f'Doubled punctuation "{text}".', [mark])


class MissingSpace(Rule):
    id = "TYP012"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "missing-space"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    explanation = (
        "Two words run together where a segment join lost the space: a word glued to the next "
        "sentence's first word (\"West BankFor the second time\", \"TuesdayAfter\"), or a comma or "
        "semicolon with no space before the next word (\"said,the\"). Only a capitalised function "
        "word that opens sentences counts as the second part of a glued pair, so names written in "
        "camel case (YouTube, PlayStation, McDonald) are left alone; whether the seam is a sentence "
        "end or a space is for the reader to decide, so that suggestion is not applied by `mtqa fix`."
    )
    bad = (
        "Troops entered the ⟦camp.For→camp. For⟧ the second time, shops shut.",
        "The port reopened on ⟦TuesdayAfter→Tuesday After⟧ repairs.",
        "The minister said⟦,→, ⟧the talks would resume.",
        "⟦Mr.Salem→Mr. Salem⟧ said the plan was ready.",
    )
    good = (
        "He posted it on YouTube and WhatsApp; MoveOn and LinkedIn replied.",
        "The McDonald family and the MacArthur trust gave money.",
        "Visit example.com for details.",
    )
    # A capital right after a lower-case letter (and a full stop): the only places to look
    # (written to start with the capital, so that the scan skips to capitals).
    seam = re.compile(r"[A-Z](?:(?<=[a-z][A-Z])|(?<=[a-z]\.[A-Z]))")
    glued = re.compile(
        r"\b(?!Mc|Mac|De|Le|La|Di|Da|Van|Von|O)([A-Z]?[a-z]{2,})(\.?)(For|The|After|Before|She|They|This|That|"
        r"But|And|With|From|Its|Their|Meanwhile|However|Earlier|Later|Yesterday|Today)\b"
        r"(?=[ \t])")
    word_start = re.compile(r"[A-Za-z]+\.?$")
    # A title's full stop glued to the name: "Mr.Salem", "Dr.Hanan".
    titled = re.compile(r"(Mr|Mrs|Ms|Dr|Eng|Gen|Col|Lt|Maj|Capt|Prof|Sgt|Brig|Sen|Gov|Amb|Pres)(\.)([A-Z][a-z]{2,})\b")

    # No space after a comma or semicolon between two words: "said,the", "Tripoli;the".
    after_comma = re.compile(r"([,;])(?=[^\W\d_]{2})")
    after_marks = (re.compile(r"(,)(?=[^\W\d_]{2})"), re.compile(r"(;)(?=[^\W\d_]{2})"))  # = after_comma, a literal each
    # (= seam, after_comma: [a-z]\.?[A-Z]|[,;][^\W\d_]{2}, written to open with one class: scanned fast)
    trigger = r"[A-Z,;](?:(?<=[a-z][A-Z])|(?<=[a-z]\.[A-Z])|(?<=[,;])[^\W\d_]{2})"

    def check(self, doc, ctx):
        prose = doc.prose
        last = -1
        for seam in self.seam.finditer(prose):
            capital = seam.start()  # after a lower-case letter, or a letter and a full stop
            letter = capital - 1 if prose[capital - 1] != "." else capital - 2
            word = self.word_start.search(prose, max(0, letter - 40), capital)
            if word is None or word.start() <= last:
                continue
            match = self.glued.match(prose, word.start()) or self.titled.match(prose, word.start())
            if match and (word.start() == 0 or not prose[word.start() - 1].isalnum()):
                last = match.end()
                first, stop, second = match.groups()
                yield self.finding(doc, match.start(), match.end(), "Missing space between words.",
                                   [f"{first}{stop} {second}"], safe=False)
        for match in sorted((m for mark in self.after_marks for m in mark.finditer(prose)), key=re.Match.start):
            before = prose[max(0, match.start() - 2) : match.start()]
            if len(before) == 2 and before.isalpha():
                yield self.finding(doc, match.start(), match.end(), f'No space after "{match.group(1)}".',
                                   [f"{match.group(1)} "])


_PAIRS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_BRACKET = re.compile(r"[()\[\]{}]")
_STRAIGHT_QUOTE = re.compile('"')
_CURLY_QUOTE = re.compile("[“”«»]")


class UnbalancedBrackets(Rule):
    id = "TYP009"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "unbalanced-brackets"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    explanation = (
        "An opening bracket with no closing one in the same paragraph, or the reverse. MT often "
        "drops or moves one half of a parenthetical aside (\"(180 km southeast of Tripoli\")."
    )
    bad = (
        "The town ⟦(⟧180 km southeast of Tripoli is under curfew.",
        "The base lies 650 km south of the capital⟦)⟧ and is closed.",
    )
    good = (
        "The town (180 km southeast of Tripoli) is under curfew.",
        "The plan has three parts: a) a truce, b) talks and c) elections.",
    )
    enumerator = re.compile(r"(?:^|(?<=\s))\(?[a-z0-9]\)$")
    trigger = _BRACKET.pattern

    def check(self, doc, ctx):
        prose = doc.prose
        for p_start, p_end in doc.paragraphs:
            stack: list[int] = []
            for mark in _BRACKET.finditer(prose, p_start, p_end):
                i, ch = mark.start(), mark.group()
                if ch in _PAIRS:
                    stack.append(i)
                else:
                    if stack and prose[stack[-1]] == _CLOSERS[ch]:
                        stack.pop()
                    elif not self.enumerator.search(prose, max(p_start, i - 3), i + 1):
                        yield self.finding(doc, i, i + 1, f'Closing "{ch}" without an opening one.')
            for i in stack:
                yield self.finding(doc, i, i + 1, f'Opening "{prose[i]}" is never closed.')


class UnbalancedQuotes(Rule):
    id = "TYP010"
    name = "unbalanced-quotes"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    explanation = (
        "A quotation mark that is never closed (or closed without being opened) within its "
        "paragraph. A paragraph that leaves a quotation open is accepted when the next paragraph "
        "opens with a quotation mark, the convention for quotes running over several paragraphs."
    )
    bad = (
        "The spokesman called it ⟦\"⟧a victory for peace.",
        "He called it ⟦“⟧a victory for peace.",
        "He called it a victory⟦”⟧ for peace.",
    )
    good = (
        "He called it \"a victory for peace\".",
        "He called it “a victory for peace”.",
        "“We will stay,” he said.",
    )
    _OPENERS = {"“": "”", "«": "»"}
    trigger = '["“”«»]'

    def check(self, doc, ctx):
        prose = doc.prose
        paragraphs = doc.paragraphs
        curly = any(map(prose.__contains__, "“”«»"))  # (else no paragraph is scanned for them)
        for n, (p_start, p_end) in enumerate(paragraphs):
            continues = n + 1 < len(paragraphs) and prose[paragraphs[n + 1][0]] in "\"“«"
            straight = [m.start() for m in _STRAIGHT_QUOTE.finditer(prose, p_start, p_end)]
            if len(straight) % 2 and not continues:
                yield self.finding(doc, straight[-1], straight[-1] + 1, "Unpaired quotation mark.")
            if not curly:
                continue
            stack: list[int] = []
            for mark in _CURLY_QUOTE.finditer(prose, p_start, p_end):
                i, ch = mark.start(), mark.group()
                if ch in self._OPENERS:
                    stack.append(i)
                elif ch in ("”", "»"):
                    if stack and self._OPENERS[prose[stack[-1]]] == ch:
                        stack.pop()
                    else:
                        yield self.finding(doc, i, i + 1, f'Closing "{ch}" without an opening one.')
            if not continues:
                for i in stack:
                    yield self.finding(doc, i, i + 1, f'Opening "{prose[i]}" is never closed.')


for _rule in (UntranslatedArabic, DoubledWord, SpaceBeforePunctuation, MisplacedApostrophe,
              UnbalancedBrackets, UnbalancedQuotes, DoubledPunctuation, MissingSpace):
    register(_rule())
