"""Checks against the Arabic source (SRC…): only when a document has one (JSONL `src`,
XLIFF/TMX/PO sources, `--source FILE`). Each compares one aligned pair (mtqa.source.pairs):
empty, untranslated or truncated translations, numbers and names the source has and the
translation lacks. Findings carry the source span they refer to (`source_start`,
`source_end`)."""

from __future__ import annotations

import re

from mtqa import source as src
from mtqa.findings import Severity
from mtqa.rules import Rule, register, sourced
from mtqa.segment import sentence_spans
from mtqa.source import arabic, length, numbers

_TERMINAL = re.compile(r"[.!?؟…:][\"'”’»)\]]{0,3}\s{0,8}$")
_DANGLING = re.compile(
    r"\b(?:the|a|an|of|to|in|on|at|for|with|and|or|but|that|which|who|by|from|as|is|was|were|are|has|have|had|his|her|its|their)\s{0,8}$",
    re.IGNORECASE,
)


def _pairs(doc):
    return src.pairs(doc) if src.has_source(doc) else []


def _with_source(finding, start: int, end: int):
    finding.extra.update({"source_start": start, "source_end": end})
    return finding


def _span(doc, start: int, end: int) -> tuple[int, int]:
    """A finding span over a whole piece, moved to its first prose sentence when the piece
    takes in a skipped region (Markdown code, an mtqa-ignore marker), where it would be dropped."""
    if not doc.skipped or not doc.is_skipped(start, end):
        return start, end
    for sentence in doc.sentences:
        if start <= sentence.start and sentence.end <= end and not doc.is_skipped(sentence.start, sentence.end):
            return sentence.start, sentence.end
    return start, end


def _model() -> dict:
    return src.data()["length"]


@register
class EmptyTranslation(Rule):
    id = "SRC001"
    name = "empty-translation"
    category = "accuracy/omission"
    severity = Severity.CRITICAL
    needs_source = True
    explanation = (
        "The source has text and the translation (or its aligned line) is empty: nothing of the "
        "segment reached the reader."
    )
    bad = (
        sourced("قال الوزير إن الحكومة ستفتح المعبر يوم الأحد.", "⟦⟧"),
        sourced("وصل الوفد إلى طرابلس.\nوبدأت المحادثات مساء الاثنين.\nوانتهت بعد ساعتين.",
                "The delegation arrived in Tripoli.\n⟦⟧\nThey ended two hours later."),
    )
    good = (
        sourced("قال الوزير إن الحكومة ستفتح المعبر يوم الأحد.", "The minister said the government would open the crossing on Sunday."),
        sourced("", "A text with an empty source is not judged."),
    )

    def check(self, doc, ctx):
        if not src.has_source(doc):
            return
        if not doc.text.strip():
            yield _with_source(self.finding(doc, 0, len(doc.text), "The translation is empty but the source is not."),
                               0, len(doc.source))
            return
        source_lines, lines = _line_spans(doc.source), _line_spans(doc.text)
        if len(source_lines) < 2 or len(source_lines) != len(lines):
            return
        for (s_start, s_end), (start, end) in zip(source_lines, lines):
            if doc.source[s_start:s_end].strip() and not doc.text[start:end].strip():
                yield _with_source(self.finding(doc, start, end, "This line of the translation is empty but its source is not."),
                                   s_start, s_end)


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of `text` (a final newline ends the last line, it does not add one)."""
    spans, position = [], 0
    for line in text.removesuffix("\n").split("\n"):
        spans.append((position, position + len(line.rstrip("\r"))))
        position += len(line) + 1
    return spans


@register
class Untranslated(Rule):
    id = "SRC002"
    name = "untranslated-source"
    category = "accuracy/untranslated"
    severity = Severity.CRITICAL
    needs_source = True
    explanation = (
        "The translation is the source copied, or is mostly in Arabic script: the segment was not "
        "translated. (Arabic words left inside English text are TYP005; a sentence in another "
        "language is LNG001.)"
    )
    bad = (
        sourced("أعلنت الحكومة حظر التجول في المدينة.", "⟦أعلنت الحكومة حظر التجول في المدينة.⟧"),
        sourced("أعلنت الحكومة حظر التجول.", "⟦أعلنت الحكومة حظر التجول in the city.⟧"),
    )
    good = (
        sourced("أعلنت الحكومة حظر التجول في المدينة.", "The government announced a curfew in the city."),
        sourced("قال مراسل بي بي سي إن الطريق مفتوح.", "The BBC correspondent said the road was open."),
    )

    def check(self, doc, ctx):
        if not doc.text.strip():
            return
        for pair in _pairs(doc):
            source, target = doc.source[pair.src_start : pair.src_end], doc.prose[pair.start : pair.end]
            if not target.strip():
                continue
            if arabic.normalise(" ".join(target.split())) == arabic.normalise(" ".join(source.split())):
                message = "The translation is a copy of the source."
            elif arabic.arabic_share(target) >= 0.5:
                message = "The translation is in Arabic script, not English."
            else:
                continue
            yield _with_source(self.finding(doc, *_span(doc, pair.start, pair.end), message), pair.src_start, pair.src_end)


@register
class LengthMismatch(Rule):
    id = "SRC003"
    name = "length-mismatch"
    category = "accuracy/omission"
    severity = Severity.MINOR
    needs_source = True
    explanation = (
        "The translation is much shorter (or longer) than translations of a source of that length "
        "are: part of the text was probably dropped (or added). The expected length and its "
        "spread were calibrated on correct Arabic–English news pairs; short segments are given "
        "more room. A translation that is short and also stops mid-sentence (the source ends its "
        "sentence, the translation ends on a word like \"the\" or without punctuation) is "
        "reported as truncated (major)."
    )
    bad = (
        sourced(
            "وأكد رئيس المجلس البلدي أن أعمال الصيانة في محطة الكهرباء الرئيسية ستستمر حتى نهاية الشهر المقبل، وأن التيار سيعود تدريجيا إلى جميع الأحياء.",
            "⟦The head of the municipal council confirmed that maintenance work at the⟧",
        ),
        sourced(
            "وقال المتحدث باسم الوزارة إن فرق الإنقاذ تواصل البحث عن المفقودين في المناطق الجبلية شمال البلاد رغم سوء الأحوال الجوية.",
            "⟦The ministry said rescue teams continue.⟧",
        ),
    )
    good = (
        sourced(
            "وأكد رئيس المجلس البلدي أن أعمال الصيانة في محطة الكهرباء الرئيسية ستستمر حتى نهاية الشهر المقبل، وأن التيار سيعود تدريجيا إلى جميع الأحياء.",
            "The head of the municipal council confirmed that maintenance work at the main power station would continue until the end of next month, and that power would gradually return to all districts.",
        ),
        sourced("عاجل: انفجار في الميناء", "Breaking: blast at the port"),
    )

    def check(self, doc, ctx):
        model = _model()
        for pair in _pairs(doc):
            source, target = doc.source[pair.src_start : pair.src_end], doc.text[pair.start : pair.end]
            if not target.strip():
                continue  # SRC001
            if arabic.arabic_share(target) >= 0.5:
                continue  # SRC002
            judged = length.judge(source, target, model)
            if judged is None:
                continue
            z, ratio = judged
            expected = round(length.letters(source, arabic=True) * _expected_ratio(source, model))
            got = length.letters(target, arabic=False)
            truncated = _TERMINAL.search(source) and (not _TERMINAL.search(target) or _DANGLING.search(target.rstrip(".")))
            if z < model["z_truncated"] and truncated and not _title_case(target):
                message = (f"The translation stops mid-sentence and is much shorter than its source "
                           f"({got} letters where about {expected} are expected): the end is missing.")
                yield _with_source(self.finding(doc, *_span(doc, pair.start, pair.end), message, severity=Severity.MAJOR),
                                   pair.src_start, pair.src_end)
            elif z < model["z_short"]:
                message = (f"The translation is much shorter than its source ({got} letters where about "
                           f"{expected} are expected): part of it may be missing.")
                yield _with_source(self.finding(doc, *_span(doc, pair.start, pair.end), message), pair.src_start, pair.src_end)
            elif z > model["z_long"]:
                message = (f"The translation is much longer than its source ({got} letters where about "
                           f"{expected} are expected): it may add text the source does not have.")
                yield _with_source(self.finding(doc, *_span(doc, pair.start, pair.end), message, severity=Severity.MINOR),
                                   pair.src_start, pair.src_end)


def _expected_ratio(source: str, model: dict) -> float:
    import math

    letters = max(1, length.letters(source, arabic=True))
    return math.exp(model["mean_a"] + model["mean_b"] * math.log(letters))


def _title_case(text: str) -> bool:
    """A headline in title case ("Hats Off To Thomas"): ends without punctuation by style."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) >= 0.8


@register
class SentenceCount(Rule):
    id = "SRC004"
    name = "sentence-count"
    category = "accuracy/omission"
    severity = Severity.MINOR
    needs_source = True
    explanation = (
        "The source has more sentences than the translation and the translation is also shorter "
        "than usual: a whole sentence was probably dropped. (A translator may join two short "
        "sentences; that keeps the length and is not reported.) A length-based alignment of the "
        "sentences, as Gale and Church align parallel text, names the source sentence that has no "
        "translation, and the finding points at it in the source."
    )
    bad = (
        sourced(
            "وصل الوفد الأممي إلى العاصمة صباح اليوم بعد تأجيل استمر أسبوعا. وعقد الوفد اجتماعا مطولا مع رئيس الحكومة ووزير الخارجية لمناقشة ملف الانتخابات. ومن المقرر أن يغادر غدا.",
            "⟦The UN delegation arrived in the capital this morning after a delay of a week. It is due to leave tomorrow.⟧",
        ),
    )
    good = (
        sourced(
            "وصل الوفد الأممي إلى العاصمة صباح اليوم. وعقد الوفد اجتماعا مع رئيس الحكومة.",
            "The UN delegation arrived in the capital this morning and met the prime minister.",
        ),
    )

    def check(self, doc, ctx):
        model = _model()
        for pair in _pairs(doc):
            source, target = doc.source[pair.src_start : pair.src_end], doc.text[pair.start : pair.end]
            if not target.strip() or arabic.arabic_share(target) >= 0.5:
                continue
            target_spans = sentence_spans(target)
            source_spans = src.arabic_sentence_spans(source)
            have, want = len(target_spans), len(source_spans)
            if want < 2 or have >= want:
                continue
            judged = length.judge(source, target, model)
            if judged is None or judged[0] >= model["z_sentence"]:
                continue
            message = f"The source has {want} sentences, the translation {have}, and it is shorter than expected: a sentence may be missing."
            dropped = length.dropped_sentence(source, source_spans, target, target_spans, model)
            s_start, s_end = (pair.src_start + dropped[0], pair.src_start + dropped[1]) if dropped else (pair.src_start, pair.src_end)
            if dropped:
                message = (f"The source has {want} sentences, the translation {have}, and it is shorter than expected: "
                           f"the sentence \"{_clip(source[dropped[0]:dropped[1]])}\" seems to be missing.")
            yield _with_source(self.finding(doc, *_span(doc, pair.start, pair.end), message), s_start, s_end)


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@register
class NumberMismatch(Rule):
    id = "SRC005"
    name = "number-mismatch"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    needs_source = True
    explanation = (
        "A number of the source is not in the translation: changed (the message names both "
        "values) or dropped. Western and Arabic-Indic digits, ٫ ٬ separators, percentages, years, "
        "scale words (مليون, مليار, million, bn) and number words on both sides are compared by "
        "value, so 1.5 million = 1,500,000 = 1.5 مليون and \"twelve\" = 12 = ١٢. A number the "
        "source writes in words is only reported when the translation has one other number in "
        "its place."
    )
    bad = (
        sourced("مقتل 12 شخصا في انفجار بالميناء.", "An explosion at the port killed ⟦21⟧ people."),
        sourced("اعتقلت الشرطة 45 شخصا بعد المظاهرات.", "⟦Police arrested several people after the protests.⟧"),
        sourced("بلغت الخسائر ١٫٥ مليار دولار.", "Losses reached $⟦1.5 million⟧."),
        sourced("قتل خمسة جنود في الهجوم.", "⟦Four⟧ soldiers were killed in the attack."),
    )
    good = (
        sourced("مقتل 12 شخصا في انفجار بالميناء.", "An explosion at the port killed twelve people."),
        sourced("بلغت الخسائر 1.5 مليون دولار.", "Losses reached $1,500,000."),
        sourced("حلّ الفريق في المركز الأول بنسبة ٢٥٪ من الأصوات عام ٢٠١٩.", "The team came 1st with 25% of the votes in 2019."),
        sourced("وصل الرئيس يوم الاثنين ٣ مارس.", "The president arrived on Monday, March 3."),
        sourced("قتل ثلاثة آلاف شخص.", "3,000 people were killed."),
    )

    def check(self, doc, ctx):
        for pair in _pairs(doc):
            source, target = doc.source[pair.src_start : pair.src_end], doc.text[pair.start : pair.end]
            if not target.strip() or arabic.arabic_share(target) >= 0.5:
                continue
            found = numbers.compare(numbers.arabic_numbers(source), numbers.english_numbers(target),
                                    len(source), len(target))
            for disagreement in found:
                number, other = disagreement.source, disagreement.target
                s_start, s_end = pair.src_start + number.start, pair.src_start + number.end
                if other is not None:
                    message = f"Number {number.shown} in the source is {other.shown} in the translation."
                    finding = self.finding(doc, pair.start + other.start, pair.start + other.end, message)
                else:
                    message = f"Number {number.shown} in the source is missing from the translation."
                    finding = self.finding(doc, *_span(doc, pair.start, pair.end), message)
                yield _with_source(finding, s_start, s_end)


@register
class LexiconNameMissing(Rule):
    id = "SRC006"
    name = "source-name-missing"
    category = "accuracy/omission"
    severity = Severity.MINOR
    needs_source = True
    explanation = (
        "The source names a person, place, media outlet, armed group or military operation the "
        "lexicon knows (by its Arabic form, whatever its clitics: لقناة الجزيرة, وبالجزيرة; not "
        "parties and official bodies, whose generic Arabic names such as حزب العمال every "
        "country's translator renders its own way), and the translation has neither "
        "its English name nor a known wrong rendering of it (those are NAM001/NAM002): the name "
        "was dropped or rendered in a way the lexicon does not know."
    )
    bad = (
        sourced("وقال الوزير في تصريحات لقناة الجزيرة إن القوات انسحبت.",
                "⟦The minister said in statements to the channel that the forces had withdrawn.⟧"),
    )
    good = (
        sourced("وقال الوزير في تصريحات لقناة الجزيرة إن القوات انسحبت.",
                "The minister told Al Jazeera that the forces had withdrawn."),
        sourced("وقال الوزير في تصريحات لشبه الجزيرة إن القوات انسحبت.",
                "The minister said the forces had withdrawn from the peninsula."),
    )

    def check(self, doc, ctx):
        from mtqa.rules.names import entity_matches, lexicon
        from mtqa.source import names as source_names

        lex = lexicon(ctx)
        named = source_names.in_source(doc, lex)
        if not named:
            return
        wrong, correct = entity_matches(doc, ctx)
        present = {m.entry.id for m in (*wrong, *correct)}
        # entries that share an Arabic form (الجزيرة: Al Jazeera, the Saudi daily Al Jazirah)
        # are one name of the source: any of them in the translation accounts for it
        arabic_present = {m.entry.arabic for m in (*wrong, *correct)}
        folded = doc.prose.lower()
        # one Arabic form may name several entries (الجزيرة): a span is accounted for when any
        # of them is in the translation, and reported once
        present_spans = {(n.start, n.end) for entry_id, names in named.items() if entry_id in present for n in names}
        reported: set[tuple[int, int]] = set()
        for entry_id, found in named.items():
            found = [n for n in found if n.strong and (n.start, n.end) not in present_spans | reported]
            if entry_id in present or not found or found[0].entry.category not in _UNIQUE_NAMES:
                continue
            entry = found[0].entry
            reported.update((n.start, n.end) for n in found)
            if entry.arabic in arabic_present or _any_name_word(entry, folded):
                continue
            arabic_present.add(entry.arabic)  # reported once
            first = found[0]
            message = f"{entry.name} ({entry.arabic}) is in the source but not in the translation."
            yield _with_source(self.finding(doc, *_span(doc, *_target_span(doc, first.start)), message), first.start, first.end)


# Parties, bodies and organisations have generic Arabic names (حزب العمال, مجلس الشيوخ) that
# every country's translator renders its own way; only names of one thing are required.
_UNIQUE_NAMES = ("person", "place", "media-outlet", "news-agency", "armed-group", "military-operation")


def _any_name_word(entry, folded: str) -> bool:
    """Whether a distinctive word of one of the entry's English forms is in the text."""
    for form in entry.correct_forms:
        for word in re.findall(r"[A-Za-z]{4,}", form):
            if re.search(rf"\b{re.escape(word.lower()[:-1])}", folded):  # Egypt(ian), Senat(ors)
                return True
    return False


def _target_span(doc, source_offset: int) -> tuple[int, int]:
    """The target span of the pair that holds a source offset."""
    for pair in _pairs(doc):
        if pair.src_start <= source_offset <= pair.src_end:
            return pair.start, pair.end
    return 0, len(doc.text)


_MAX_NAME_WORDS = 400  # names are compared within aligned pieces up to this many source words
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z]{1,40}(?:[-'’][A-Za-z][a-z]{1,40}){0,3}(?![\w-])")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{0,60}")
# spelling traits of romanised Arabic (SRC008 looks only at such words)
_ARABIC_TRAIT = re.compile(r"^(?:al|el|abu|abd|bin|ibn)[-‐]|kh|(?<![iu])gh|dh|q(?!u)|aa|ii|^(?:abd|abu)", re.IGNORECASE)


@register
class NameMissing(Rule):
    id = "SRC007"
    name = "name-missing"
    category = "accuracy/omission"
    severity = Severity.MINOR
    needs_source = True
    explanation = (
        "A name the source introduces after a title (السيد, السيدة, الشيخ, الدكتور…) has no "
        "transliteration among the capitalised words of the translation. "
        "Whether an English word transliterates an Arabic one is decided by a character model "
        "learned from Arabic–Latin name pairs (any accepted spelling passes: Mohammed, Muhammad), "
        "not by a word list. Latin-script words of the source (names, acronyms) must appear too."
    )
    bad = (
        sourced("وقال السيد كمال الدرسي إن الاتفاق سيوقع الأسبوع المقبل.",
                "⟦The official said the agreement would be signed next week.⟧"),
        sourced("وقال الشيخ حمد بن راشد إن المسجد سيفتح غدا.", "⟦The cleric said the mosque would open tomorrow.⟧"),
    )
    good = (
        sourced("وقال السيد كمال الدرسي إن الاتفاق سيوقع الأسبوع المقبل.",
                "Kamal al-Dersi said the agreement would be signed next week."),
        sourced("وقال الشيخ حمد بن راشد إن المسجد سيفتح غدا.", "Sheikh Hamad bin Rashid said the mosque would open tomorrow."),
        sourced("ووصلت القافلة إلى مدينة مصراتة مساء الجمعة.", "The convoy reached the city on Friday evening."),
        sourced("قال الرئيس إن الاتفاق سيوقع قريبا.", "The president said the agreement would be signed soon."),
    )

    def check(self, doc, ctx):
        from mtqa.source import names as source_names

        for pair in _pairs(doc):
            source, target = doc.source[pair.src_start : pair.src_end], doc.text[pair.start : pair.end]
            if not target.strip() or arabic.arabic_share(target) >= 0.5:
                continue
            if len(source) > 12 * _MAX_NAME_WORDS:
                continue
            capitalised = sorted({part for m in _CAPITALISED.finditer(target) for part in re.split(r"[-'’]", m.group())})
            for start, end, word in source_names.introduced_names(source):
                if not source_names.transliterated_in(word, capitalised):
                    message = f"The name {source[start:end]} in the source has no transliteration in the translation."
                    yield _with_source(self.finding(doc, *_span(doc, pair.start, pair.end), message),
                                       pair.src_start + start, pair.src_start + end)
            lowered = target.lower()
            for match in _LATIN_WORD.finditer(numbers.without_markup(source)):
                latin = match.group()
                if len(latin) >= 3 and latin.lower() not in lowered:
                    message = f"{latin}, written in Latin letters in the source, is not in the translation."
                    yield _with_source(self.finding(doc, *_span(doc, pair.start, pair.end), message),
                                       pair.src_start + match.start(), pair.src_start + match.end())


@register
class NameUnaccounted(Rule):
    id = "SRC008"
    name = "name-not-in-source"
    category = "accuracy/addition"
    severity = Severity.MINOR
    needs_source = True
    explanation = (
        "A romanised Arabic name in the translation (a word spelled as transliterations are: kh, "
        "gh, q, ou, Al-, Abu…) that no word of the source could be the Arabic of, by the "
        "transliteration model of SRC007: a name the translation added or garbled. Names the "
        "source writes in Latin letters and lexicon names are accounted for."
    )
    bad = (
        sourced("وقال المتحدث باسم الوزارة إن الطريق مفتوح.",
                "Ministry spokesman ⟦Khaled⟧ said the road was open."),
    )
    good = (
        sourced("وقال المتحدث باسم الوزارة خالد الزياني إن الطريق مفتوح.",
                "Ministry spokesman Khalid al-Ziyani said the road was open."),
        sourced("وقال المتحدث باسم الوزارة خالد الزياني إن الطريق مفتوح.",
                "Ministry spokesman Khaled Al-Zayani said the road was open."),
    )

    def check(self, doc, ctx):
        from mtqa.rules.names import entity_matches
        from mtqa.source import names as source_names

        pairs = _pairs(doc)
        if not pairs:
            return
        wrong, correct = entity_matches(doc, ctx)
        known = [(m.start, m.end) for m in (*wrong, *correct)]
        for pair in pairs:
            source, target = doc.source[pair.src_start : pair.src_end], doc.text[pair.start : pair.end]
            if not target.strip() or arabic.arabic_share(target) >= 0.5:
                continue
            source_words = sorted({w.norm for w in arabic.words(source)})
            if len(source_words) > _MAX_NAME_WORDS:
                continue
            latin_in_source = source.lower()
            for match in _CAPITALISED.finditer(target):
                word = match.group()
                start, end = pair.start + match.start(), pair.start + match.end()
                if len(word) < 4 or not _ARABIC_TRAIT.search(word) or word.lower() in latin_in_source:
                    continue
                if any(s <= start and end <= e for s, e in known):
                    continue
                if source_names.accounted_for(word, source_words):
                    continue
                message = f"{word} is not in the source: no word of it transliterates to this name."
                yield self.finding(doc, start, end, message)
