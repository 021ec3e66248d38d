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

from mtqa import translit

# a title, then one capitalised word that no other capitalised word follows
_TITLED = re.compile(
    r"\b(?:President|Minister|Premier|Sheikh|Shaikh|Emir|Amir|King|Prince|Sultan|Speaker|General|"
    r"Gen\.|Marshal|Colonel|Col\.|Commander|Imam|Sayyed|Ayatollah|Mr\.?|Dr\.?|envoy|counterpart|"
    r"spokesman|leader|chief)[ \t]++([A-Z][a-z]{3,}+(?:-[A-Z][a-z]++)?)\b(?![ \t]*+(?:[A-Z]|al-|el-|bin\b|ibn\b))"
)


@lru_cache(maxsize=4)
def given_skeletons(lex) -> frozenset[str]:
    """The wide skeletons of the given names of the lexicon's people (the first word of each
    correct form after its titles): "Sheikh Mishal" may be the Emir of Kuwait, not a misspelt
    Mashaal."""
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
    """(wide skeleton -> [(entry, family name, every spelling of the entry)], every word of every
    person's correct forms) for the people of the lexicon."""
    from mtqa.rules.name_forms import _bare, _spellings, wide_skeleton

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
                found = index.setdefault(wide_skeleton(family), [])
                if not any(e is entry for e, _, _ in found):
                    found.append((entry, family, spellings))
    return index, frozenset(words)


def titled_surnames(rule, doc, ctx, reported):
    """NAM002 findings for misspelt surnames after a title (see the module docstring), where no
    NAM002 finding is yet (`reported`: spans of those)."""
    from mtqa.lexicon.ngrams import ngram_counts
    from mtqa.rules.name_forms import _FIRST, _bare, wide_skeleton
    from mtqa.rules.names import _Spans, entity_matches, lexicon, preferred

    matches = list(_TITLED.finditer(doc.prose))
    if not matches:
        return
    index, known_words = _families(lexicon(ctx))
    wrong, correct = entity_matches(doc, ctx)
    spans = _Spans([(m.start, m.end) for m in (*wrong, *correct)] + list(reported))
    counts = ngram_counts()
    given = translit.common_given_names()
    for match in matches:
        written = match.group(1)
        start, end = match.span(1)
        if spans.overlaps(start, end):
            continue
        bare = _bare(written)
        if bare in known_words or bare in given or counts.count(bare) or len(bare) < 4 \
                or wide_skeleton(bare) in given_skeletons(lexicon(ctx)):
            continue
        for entry, family, spellings in index.get(wide_skeleton(bare), ()):
            if bare in spellings and bare != family:
                break  # a spelling the entry lists (as correct or misspelt: NAM002 has it)
            if bare[0] not in _FIRST.get(family[0], family[0]):
                continue
            a, b = translit.key_final_i(bare), translit.key_final_i(family)
            ratio = SequenceMatcher(None, a, b).ratio()
            if ratio < 0.75 or (a[:2] != b[:2] and ratio < 0.85):
                continue  # (Biden is not Bouden)
            target = preferred(entry, ctx).split()[-1]
            message = f"Non-standard spelling of {target} ({entry.arabic}): written {written!r}."
            yield rule.finding(doc, start, end, message, [target], safe=False)
            break
