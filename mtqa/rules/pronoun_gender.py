"""NAM009: "he" for a woman named just before ("Minister Reem Al-Hashimi opened the forum. He
said…").

Arabic often drops the subject pronoun and MT supplies "he" by default. A woman (a female given
name or title, `mtqa/data/pronoun_gender.toml`) who is the subject of a sentence, followed by
"He <verb>" opening the next sentence, or by ", and he <verb>" in her sentence (or in a next
sentence that opens with "She"), is that error — when nothing between them could be the man:
no other person's name or title, no person noun (minister, son, official…), no "he/his" before,
no quotation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa import cache
from mtqa.findings import Severity
from mtqa.rules import Rule, register
from mtqa.scan import apart_each, expect


@lru_cache(maxsize=1)
def _data() -> dict:
    data = cache.package_toml("data/pronoun_gender.toml")
    names = set(data["female_given"]) | set(data["female_titles"])
    return {
        "woman": frozenset(n for n in names if n[:1].isupper()),
        "woman_lower": tuple(n for n in names if not n[:1].isupper()),
        "given": frozenset(data["female_given"]),
        "persons": frozenset(data["person_nouns"]),
        "verbs": frozenset(data["verbs"]),
    }


_WORD = re.compile(r"[A-Za-z][\w'’.-]*+")
_NAME_PART = re.compile(r"[ ](?:(?:[Aa]l|[Ee]l|bint|bin|ibn|Abu|Umm|Ould|Bou)[-‐ ])?+[A-Z][\w'’-]*+")
_APPOSITION = re.compile(r",[^,.;:!?\"“”]{1,80}+,")
_SENTENCE_HE = re.compile(r"[\"“]?+He[ ]++([a-z]++)")
_HIS = re.compile(r"(?<![\w'’])(his)[ ]([a-z]++)")
_AND_HE = re.compile(r"(?:,[ ]++and|[ ]and)[ ]++(he)[ ]++([a-z]++)")
_MALE = frozenset("he him his himself man son father brother husband mr king prince emir sultan sheikh".split())
_PLACE_BEFORE = frozenset("the in at from near into across inside outside of a an".split())
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December She I We They It The This That".split()
)


def _quoted(sentence: str, offset: int) -> bool:
    """Whether `offset` of `sentence` is inside quotation marks."""
    before = sentence[:offset]
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1


def _someone_else(text: str, data) -> bool:
    """Whether `text` (between the woman and "he") names or points to another person."""
    place = False  # the capitalised run so far follows "the", "in", "from"…: a place or a body
    for m in _WORD.finditer(text):
        word = m.group().rstrip(".")
        lower = word.lower().removesuffix("'s").removesuffix("’s")
        if lower in data["persons"]:
            return True
        if word[:1].isupper() and word not in _CALENDAR and word not in data["given"]:
            if not place:
                return True
        else:
            place = lower in _PLACE_BEFORE
    return False


expect(lambda: _data()["woman_lower"])  # (found in one pass in a long text: scan.expect)


def _women(doc, data) -> list[tuple[int, int]]:
    """Spans of the female given names and titles of the document, in order: its capitalised
    tokens (shared with the other names rules) looked up in a set, and the few lower-case
    titles ("spokeswoman") found by str.find."""
    from mtqa.rules.names import _name_tokens

    women = data["woman"]
    found = [(start, end) for start, end, written in _name_tokens(doc) if written in women]
    prose = doc.prose
    found.extend((at, at + len(title)) for title, at in apart_each(prose, data["woman_lower"]))
    return sorted(found)


def _verb(word: str, data) -> bool:
    return word in data["verbs"] or (word.endswith("ed") and len(word) > 4)


@register
class HeForAWoman(Rule):
    id = "NAM009"
    # (_SENTENCE_HE, _AND_HE, _HIS: every finding is one of them; = He |and +he |(?<![\w'’])his ,
    # the look-behind put after "his" so that every branch opens with a letter: scanned fast)
    trigger = r"He |and +he |his(?<![\w'’]his) "
    name = "he-for-a-woman"
    category = "accuracy/mistranslation"
    severity = Severity.MINOR
    explanation = (
        "Arabic drops the subject pronoun and MT supplies \"he\" by default, so a woman who was "
        "the subject just before becomes \"he\": \"Minister Reem Al-Hashimi opened the forum. He "
        "said…\". Reported when a female given name or title (Ms, Queen, Sheikha, spokeswoman; "
        "mtqa/data/pronoun_gender.toml) opens a sentence as its subject and the next sentence "
        "opens with \"He\" and a verb, or her sentence (or a next one opening with \"She\") goes "
        "on \", and he\" + a verb; silent when anyone else is named or pointed to in between (a "
        "name, a title, a person noun such as minister or son, \"he/his\"), in quotations, and "
        "for \"said he\" (reported speech may speak of someone else). Also \"his\" in her own "
        "sentence after her verb (\"Minister Reem Al Marzouqi said his ministry…\" -> her)."
    )
    bad = (
        "Minister Noura Al Mansouri opened the new school on Sunday. ⟦He said→She said⟧ the project had cost 40 million dirhams.",
        "The spokeswoman, Laila Haddad, read the statement, and ⟦he added→she added⟧ that talks would resume.",
        "Dr. Samira Khoury presented the survey in Amman. She said the figures were worrying, and ⟦he warned→she warned⟧ that clinics were short of staff.",
        "Activist Hind Qassem was released on Tuesday. ⟦He told→She told⟧ reporters that she had been well treated.",
        "Minister Reem Al Marzouqi said ⟦his→her⟧ ministry would open three clinics.",
    )
    good = (
        "Minister Noura Al Mansouri met the education minister on Sunday. He said the project had cost 40 million dirhams.",
        "Lawyer Layla Hassan said her client was innocent. He was arrested in March.",
        "Fatima Ali said her son had been detained. He was released on Monday.",
        "Maryam Saleh welcomed Ahmed Karim to the studio. He said the film was finished.",
        "Queen Rania visited the camp. She said the children needed schools, and she thanked the donors.",
        "Sara Yousef said \"he was never there\" when asked about the suspect.",
        "Mona Khalil said he would come back, according to the agency.",
        "Maryam Saleh, his widow, said the trial would resume.",
        "Huda Kanaan, whose husband was killed, said his body was returned.",
        "Lina Haddad met the minister and praised his efforts.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        data = _data()
        seen: set[int] = set()
        for woman_start, woman_end in _women(doc, data):
            sentence = doc.sentence_at(woman_start)
            if sentence is None or sentence.index in seen:
                continue
            lead = prose[sentence.start : woman_start]
            if len(lead.split()) > 5 or any(w.lower().strip(",.") in _MALE for w in lead.split()):
                continue
            end = woman_end
            while (part := _NAME_PART.match(prose, end)) and part.end() <= sentence.end:
                end = part.end()
            apposition = _APPOSITION.match(prose, end)
            if apposition and apposition.end() <= sentence.end:
                if any(w.lower().strip(",.") in _MALE for w in apposition.group().split()):
                    continue
                end = apposition.end()
            sentences = doc.sentences
            i = sentence.index
            if i > 0 and any(w.lower().strip(",.;:") in ("he", "his", "him") for w in sentences[i - 1].text.split()):
                continue
            seen.add(i)
            found = self._target(doc, data, sentences, i, end)
            if found is None:
                continue
            start, stop, pronoun, verb = found
            if pronoun == "his":
                yield self.finding(
                    doc, start, stop,
                    "\"his\" for a woman named just before as the subject: Arabic's pronoun suffix "
                    "was read as masculine; write \"her\".",
                    ["her"],
                )
                continue
            she = "She" if pronoun == "He" else "she"
            yield self.finding(
                doc, start, stop,
                f"\"{pronoun}\" after a woman named just before as the subject: Arabic drops the "
                f"pronoun and MT supplied \"he\"; write \"{she}\".",
                [f"{she} {verb}"],
            )

    def _his(self, prose, data, s, span_from):
        """"his" for the woman in her own sentence, after her verb and before any "and he":
        "Minister Reem Al-Hashimi said his ministry…" -> her."""
        text = s.text
        m = _HIS.search(text, max(0, span_from - s.start))
        if m is None or _quoted(text, m.start()):
            return None
        between = prose[span_from : s.start + m.start()]
        if _AND_HE.search(between) or _someone_else(between, data):
            return None
        if not any(_verb(w, data) for w in re.findall(r"[a-z]+", between)):
            return None  # she must have acted first: "Maryam Saleh, his wife," is read above
        return s.start + m.start(), s.start + m.end(1), "his", ""

    def _target(self, doc, data, sentences, i, end):
        """(start, end, pronoun, verb) of the first "he" that takes the woman's place after
        offset `end` of sentence i, or None."""
        prose = doc.prose
        span_from = end
        for j in range(i, min(i + 3, len(sentences))):
            s = sentences[j]
            text = s.text
            if j > i:
                opener = _SENTENCE_HE.match(text)
                if opener:
                    if _verb(opener.group(1), data) and not _someone_else(prose[span_from : s.start], data) \
                            and not text.startswith(("\"", "“")):
                        return s.start + opener.start(), s.start + opener.end(), "He", opener.group(1)
                    return None
                if not text.startswith("She "):
                    return None
                span_from = s.start + 4
            offset = max(0, span_from - s.start)
            if j == i:
                found = self._his(prose, data, s, span_from)
                if found is not None:
                    return found
            for m in _AND_HE.finditer(text, offset):
                if _quoted(text, m.start()):
                    return None
                if not _verb(m.group(2), data):
                    continue
                if _someone_else(prose[span_from : s.start + m.start()], data):
                    return None
                return s.start + m.start(1), s.start + m.end(), "he", m.group(2)
            if _someone_else(prose[span_from : s.end], data):
                return None
            span_from = s.end
        return None
