"""Spacing around marks, checked on every pair of characters that meet (TYP021): a possessive
apostrophe with spaces on both sides ("rebels ’ positions", "president ’ s office"), a space
just inside a bracket or a quotation ("( in a statement", "\" the talks"), no space outside a
bracket ("Riyadh(Saudi Arabia)", ")denied"), no space after a colon, after a comma that follows
a figure, or after a full stop before a function word ("said:the", "25,including",
"envoy.the"), and Arabic-style doubled brackets used as quotation marks ("((we will win))").
Each is a character-class test at a seam, so a sentence with one correct mark is still checked
everywhere else."""

from __future__ import annotations

import re

from mtqa.findings import Severity
from mtqa.rules import Rule, register
from mtqa.scan import before_spaced_literals, near_seams, run_starts, starts_of, starts_of_any, tried_at

_LETTER = r"[^\W\d_]"
# (pattern, message, replacement builder); every pattern is anchored on a mark or a space run
_SPACED_GENITIVE = re.compile(rf"(?<={_LETTER})[ \t]+([’'])[ \t]+s\b")  # "president ’ s office"
_SPACED_PLURAL_POSSESSIVE = re.compile(rf"(?<={_LETTER}s)[ \t]+([’'])[ \t]+(?={_LETTER}{{3}})")  # "rebels ’ positions"
_INSIDE_OPEN_BRACKET = re.compile(r"\([ \t]+(?=[\w\"“])")
_INSIDE_CLOSE_BRACKET = re.compile(r"(?<=[\w.\"”])[ \t]+\)")
_BEFORE_BRACKET = re.compile(rf"\((?<={_LETTER}{{2}}\()(?={_LETTER}{{2}})(?!e?s\))")
_AFTER_BRACKET = re.compile(rf"\)(?<!\(s\))(?<!\(es\))(?={_LETTER}{{2}})")
_AFTER_COLON = re.compile(rf":(?<=[a-z]{{2}}:)(?=[A-Za-z]{{2}})")
_AFTER_FIGURE_COMMA = re.compile(r",(?<=\d,)(?=[a-z]{3})")
_FUNCTION_WORDS = ("the|a|an|in|on|at|he|she|it|they|this|that|these|those|its|his|her|their|and|but|"
                   "while|meanwhile|however|also|there|we|officials|police|residents")
_AFTER_STOP = re.compile(rf"\.(?<=[a-z]{{3}}\.)(?=(?:{_FUNCTION_WORDS})\b)")
_DOUBLED_BRACKETS = re.compile(r"\(\(([^()\n]{1,300})\)\)")
_COMMA_AFTER_THAT = re.compile(r"\b(?:said|says|stated|added|announced|confirmed|stressed|explained|noted|indicated|"
                               r"affirmed|reported|revealed|warned|pointed out|made clear) that,(?=[ \t])")
_REPORTING = (r"said|says|stated|states|added|adds|announced|confirmed|stressed|explained|noted|indicated|affirmed|"
              r"reported|revealed|warned|pointed out|made clear|emphasised|emphasized|underlined|continued|concluded")
# Arabic "قال، إن" / "أضاف: إن": a comma before "that", or a colon with no quotation after it.
_COMMA_BEFORE_THAT = re.compile(rf"\b(?:{_REPORTING}),(?=[ \t]+that[ \t]+(?!is\b|was\b|said\b|means\b|way\b|much\b)[a-z])")
_COLON_UNQUOTED = re.compile(rf"\b(?:{_REPORTING}):(?=[ \t]+(?:the|a|an|it|he|she|they|we|there|this|these|his|her|its|their|our|all|no)[ \t])")
# A dateline dash spaced on one side only: "Tripoli -The", "Gaza- The".
_LOPSIDED_DASH = re.compile(r"(?<=[a-z)])(?:[ \t]-(?=[A-Z][a-z])|-(?=[ \t]+(?:The|A|An|In|On|At|Police|Officials|Security|Local|Several|Two|Three)[ \t]))")
# A capitalised "Of"/"For"/"And" inside an office's name, as MT title-cases it: "Minister Of Foreign
# Affairs", "House Of Representatives" (after a lower-case word, so not a headline's start).
_TITLE_CASE_LINK = re.compile(r"(?<=[a-z,] )(?:Minister|Ministry|Ministers|Council|Secretary|President|Director|Head|Chairman|"
                              r"Governor|Commander|Department|Authority|League|Union|Organization|Organisation|Bank|Court|"
                              r"Office|House|Chamber|Assembly|Federation|Association|Committee|Commission|Agency|University|"
                              r"Institute|Forces|Army|Party|Movement|Front|Minister-General|Chief|Speaker|Deputy)[ \t]+(Of|For|And)(?=[ \t]+[A-Z][a-z])")
_LINKS = ("Of", "For", "And")  # what every match of _TITLE_CASE_LINK ends with
_LINKED_LONGEST = len("Minister-General")  # its longest first word
# A space inside a decimal figure: "3 .5 percent".
_SPACED_DECIMAL = re.compile(r"(?<=\d)[ \t]+\.(?=\d)")
_LOWER_AFTER_STOP = re.compile(rf"(?<=[a-z]{{2}}\.)[ \t]+(?=(?:{_FUNCTION_WORDS})[ \t])")
_ABBREVIATION = re.compile(r"(?:etc|approx|incl|esp|vs|cf|al|viz|ca|min|max|govt|dept|est|ft|km|no|nos|op|ed|eds|vol|pp|jr|sr|mr|mrs|ms|dr|st|ave|blvd|gen|col|lt|sgt|capt|rev|hon|prof|corp|inc|ltd|co|bros)[.!?]$", re.IGNORECASE)
_QUOTE = re.compile(r"\"")
# cheap searches for where the patterns above that start on a space can start (mtqa.scan)
_APOSTROPHES = (re.compile("’"), re.compile("'"))  # scanned one by one (mtqa.scan.starts_of_any)
_CLOSE_BRACKET = re.compile(r"\)")
_STOP_BEFORE_SPACE = re.compile(r"\.(?<=[a-z]{2}\.)(?=[ \t])")
_THAT_COMMA = re.compile(r" that,")
_VERB_REACH = 12  # the longest verb of _COMMA_AFTER_THAT and _REPORTING ("pointed out") and one to spare
_REPORTED = re.compile(r"\b(?:said|says|added|stated|announced|told|explained|noted|stressed|reported)[.]$")
_COMMA_SEAM = re.compile(r",(?=[ \t]+that[ \t])")  # where _COMMA_BEFORE_THAT's comma can be
_COLON_SEAM = re.compile(r":(?=[ \t])")  # where _COLON_UNQUOTED's colon can be
_DASH_SEAM = re.compile(r"-(?=[ \t]*[A-Z])")  # the dash of every _LOPSIDED_DASH (one character on)
_DECIMAL_POINT = re.compile(r"\.(?=\d)")  # what ends _SPACED_DECIMAL's space run
_URL_BEFORE = re.compile(r"(?:https?|ftp|mailto|www|file)[:./]|[\w-]+\.(?:com|org|net|gov|edu|int|io|co|uk|ly|eg|sa|ae|qa|ps|lb|sy|iq|jo|tn|ma|dz|ye|om|kw|bh)\b", re.IGNORECASE)


@register
class SpacingAroundMarks(Rule):
    id = "TYP021"
    local = True  # its findings on a paragraph depend on that paragraph alone
    name = "spacing-around-marks"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    explanation = (
        "A space where English has none, or none where it needs one, at a mark: an apostrophe "
        "with spaces on both sides (\"rebels ’ positions\", \"president ’ s office\"), a space just "
        "inside a bracket (\"( in a statement )\"), a bracket glued to a word (\"Riyadh(Saudi "
        "Arabia)\", \")denied\"), no space after a colon (\"said:the\"), after a comma that "
        "follows a figure (\"25,including\") or after a full stop before a function word "
        "(\"envoy.the\"), and doubled brackets used as quotation marks, as in Arabic copy "
        "(\"((we will win))\"), a space just inside quotation marks, a comma after \"said that\" and a sentence that starts in lower case after a full stop; "
        "the Arabic marks after a reporting verb (\"said, that…\", \"added: the plan…\" with no quotation) and "
        "a dateline dash spaced on one side only (\"Tripoli -The\"), a capitalised \"Of\" inside an office's name (\"Minister Of "
        "Foreign Affairs\"), a space inside a decimal (\"3 .5\"). Web addresses, figures (1,500; 10:30) and plural markers "
        "(\"word(s)\") are left alone."
    )
    bad = (
        "The minister said ⟦\" →\"⟧the talks will go on\" on Monday.",
        "The minister said \"the talks will go on⟦ \"→\"⟧ on Monday.",
        "The spokesman ⟦said that,→said that⟧ the road was open.",
        "The envoy left on ⟦Monday. the→Monday. The⟧ talks went on.",
        "The ⟦rebels ’ positions→rebels’ positions⟧ were shelled.",
        "The ⟦president ’ s→president’s⟧ office denied it.",
        "The ministry ⟦( →(⟧in a statement) denied it.",
        "The summit met in ⟦Riyadh(→Riyadh (⟧Saudi Arabia).",
        "Officials ⟦said:→said: ⟧the plan was ready.",
        "The toll reached ⟦25,→25, ⟧including five children.",
        "The minister met the ⟦envoy.→envoy. ⟧the talks lasted an hour.",
        "He said ⟦((we will win))→\"we will win\"⟧ in the speech.",
        "The spokesman ⟦said,→said⟧ that the army had left.",
        "The minister ⟦added:→added that⟧ the prices will not rise.",
        "Tripoli⟦ -→ - ⟧The council met.",
        "The Minister ⟦Of→of⟧ Foreign Affairs met the envoy.",
        "Prices rose 3⟦ .→.⟧5 percent.",
    )
    good = (
        "The rebels’ positions were shelled.",
        "The president’s office denied it.",
        "The ministry (in a statement) denied it.",
        "Visit https://www.example.com/news:today or example.com.the for details.",
        "The toll reached 1,500 at 10:30 on Monday.",
        "Check the name(s) and the box(es) below.",
        "Rock ’n’ roll was banned in the ’90s.",
        "The plan (see note (a)) was approved.",
        "He said \"the talks will go on\" on Monday.",
        "He said that, in his view, the talks would go on.",
        "Prices rose, etc. the report said.",
        "He said, that is, he implied, that prices would rise.",
        "The ministry said: \"The schools will reopen.\"",
        "The so-called anti-Israel rally and a well-known pro-government group met.",
        "The Lord of the Rings; Running For President; Bank of America.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        if "’" in prose or "'" in prose:
            apostrophes = starts_of_any(prose, *_APOSTROPHES)
            for match in tried_at(_SPACED_GENITIVE, prose, run_starts(prose, apostrophes)):
                word = re.search(r"[\w-]+$", prose[max(0, match.start() - 40) : match.start()])
                start = match.start() - len(word.group()) if word else match.start()
                yield self.finding(doc, start, match.end(), "Spaced possessive apostrophe.",
                                   [prose[start : match.start()] + match.group(1) + "s"])
            for match in tried_at(_SPACED_PLURAL_POSSESSIVE, prose, run_starts(prose, apostrophes)):
                word = re.search(r"[\w-]+$", prose[max(0, match.start() - 40) : match.start()])
                start = match.start() - len(word.group()) if word else match.start()
                rest = prose[match.end() : match.end() + 80]
                if match.group(1) in rest.split(".")[0]:
                    continue  # a quotation in single marks: "the ' deal ' was"
                after = re.match(r"\w+", prose[match.end() :]).group()
                yield self.finding(doc, start, match.end() + len(after), "Spaced possessive apostrophe.",
                                   [prose[start : match.start()] + match.group(1) + " " + after])
        if "(" in prose or ")" in prose:
            for match in _INSIDE_OPEN_BRACKET.finditer(prose):
                yield self.finding(doc, match.start(), match.end(), "Space after an opening bracket.", ["("])
            for match in tried_at(_INSIDE_CLOSE_BRACKET, prose, run_starts(prose, starts_of(_CLOSE_BRACKET, prose))):
                yield self.finding(doc, match.start(), match.end(), "Space before a closing bracket.", [")"])
            for match in _BEFORE_BRACKET.finditer(prose):
                word = re.search(r"[\w-]+$", prose[max(0, match.start() - 40) : match.start()])
                start = match.start() - len(word.group())
                yield self.finding(doc, start, match.end(), "No space before an opening bracket.",
                                   [prose[start : match.start()] + " ("])
            for match in _AFTER_BRACKET.finditer(prose):
                yield self.finding(doc, match.start(), match.end(), "No space after a closing bracket.", [") "])
            if "((" in prose:
                for match in _DOUBLED_BRACKETS.finditer(prose):
                    yield self.finding(doc, match.start(), match.end(),
                                       "Doubled brackets used as quotation marks (Arabic style).",
                                       [f"\"{match.group(1).strip()}\""])
        if '"' in prose:
            yield from self._quote_spacing(doc)
        if "that," in prose:
            for match in near_seams(_COMMA_AFTER_THAT, prose, _THAT_COMMA, _VERB_REACH):
                if "," in prose[match.end() : match.end() + 40].split(".")[0]:
                    continue  # "said that, in his view, …": a parenthesis
                yield self.finding(doc, match.start(), match.end(), 'Comma after "that" before its clause.',
                                   [match.group(0)[:-1]])
        if "," in prose or ":" in prose:
            for pattern, seam, message, fix in ((_COMMA_BEFORE_THAT, _COMMA_SEAM, 'Comma between a reporting verb and "that".', ""),
                                                (_COLON_UNQUOTED, _COLON_SEAM, "Colon after a reporting verb with no quotation: write \"said that\" or quote the words.", " that")):
                for match in near_seams(pattern, prose, seam, _VERB_REACH):
                    if _quoted_before(prose, match.start()):
                        continue
                    start = match.end() - 1
                    yield self.finding(doc, start - len(match.group().split()[-1]) + 1, match.end(), message,
                                       [match.group()[:-1] + fix], safe=False)
        for match in before_spaced_literals(_TITLE_CASE_LINK, prose, _LINKS, _LINKED_LONGEST):  # = finditer
            if not _quoted_before(prose, match.start()):
                yield self.finding(doc, match.start(1), match.end(1), f'"{match.group(1)}" in lower case inside a name.',
                                   [match.group(1).lower()])
        if " ." in prose:
            for match in tried_at(_SPACED_DECIMAL, prose, run_starts(prose, starts_of(_DECIMAL_POINT, prose))):
                yield self.finding(doc, match.start(), match.end(), "Space inside a decimal figure.", ["."])
        if "-" in prose:
            for match in near_seams(_LOPSIDED_DASH, prose, _DASH_SEAM, 1):
                yield self.finding(doc, match.start(), match.end(), "Dash spaced on one side only.",
                                   [" - " if match.group().startswith((" ", "\t")) else " -"], safe=False)
        stops = (stop.end() for stop in _STOP_BEFORE_SPACE.finditer(prose))
        for match in tried_at(_LOWER_AFTER_STOP, prose, stops):
            before = prose[max(0, match.start() - 12) : match.start()]
            if _ABBREVIATION.search(before) or _URL_BEFORE.search(prose[max(0, match.start() - 60) : match.start()]):
                continue
            if _REPORTED.search(before):
                continue  # "said. the talks": a stray full stop (TYP011's), not a new sentence
            word = re.search(r"[\w-]+\.$", before)
            after = re.match(r"\w+", prose[match.end() :]).group()
            start = match.start() - len(word.group()) if word else match.start()
            yield self.finding(doc, start, match.end() + len(after), "Sentence starts in lower case.",
                               [prose[start : match.end()] + after[:1].upper() + after[1:]])
        for pattern, mark in ((_AFTER_COLON, ":"), (_AFTER_FIGURE_COMMA, ","), (_AFTER_STOP, ".")):
            if mark not in prose:
                continue
            for match in pattern.finditer(prose):
                before = prose[max(0, match.start() - 60) : match.end() + 30]
                if _URL_BEFORE.search(before):
                    continue  # a web address or a file name
                word = re.search(r"[\w-]+$", prose[max(0, match.start() - 40) : match.start()])
                start = match.start() - len(word.group()) if word else match.start()
                yield self.finding(doc, start, match.end(), f'No space after "{mark}".',
                                   [prose[start : match.start()] + mark + " "])

    def _quote_spacing(self, doc):
        """A space just inside a pair of straight quotation marks: paired in order within each
        paragraph (an odd one out is TYP010's)."""
        prose = doc.prose
        for p_start, p_end in doc.paragraphs:
            marks = [m.start() for m in _QUOTE.finditer(prose, p_start, p_end)]
            if len(marks) % 2:
                continue
            for opening, closing in zip(marks[::2], marks[1::2]):
                if prose[opening + 1 : opening + 2] in (" ", "\t") and prose[opening + 2 : opening + 3].isalnum():
                    end = opening + 1
                    while prose[end] in " \t":
                        end += 1
                    yield self.finding(doc, opening, end, "Space after an opening quotation mark.", ['"'])
                if prose[closing - 1 : closing] in (" ", "\t") and (prose[closing - 2 : closing - 1].isalnum()
                                                                  or prose[closing - 2 : closing - 1] in ".,!?"):
                    start = closing - 1
                    while prose[start - 1] in " \t":
                        start -= 1
                    yield self.finding(doc, start, closing + 1, "Space before a closing quotation mark.", ['"'])


def _quoted_before(prose: str, position: int) -> bool:
    """Whether `position` lies inside a quotation opened earlier in its paragraph."""
    start = prose.rfind("\n", 0, position) + 1
    before = prose[start:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
