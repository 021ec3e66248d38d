"""NAM010: the name of an official body in the Arabic construct order.

Arabic names a body by its kind, then its field, as a construct (idafa): هيئة السياحة, word for
word "the Authority of (the) Tourism"; English puts a plain field noun first: "the Tourism
Authority", "the News Agency", "the Tourism Police". And a ministry keeps the Arabic article
before its portfolio: "the Ministry of the Health" (English: the Ministry of Health).

Reported, in Title Case as a name (data/institution_order.toml holds the word classes):
- a kind English names "<field> <kind>" + "of" (or "for", for a few fields) + a field noun that
  ends the name: "the Commission of Elections", "the Company of Oil", "the Agency for News",
  with the words before the kind that move with it ("the High Commission of Elections");
- "Ministry of the" / "Minister of the" + a portfolio English writes without the article.
Left alone: "General/Public Authority of …", as Arab governments name such bodies in English
themselves ("the General Authority of Civil Aviation"); kinds that English names "<kind> of <field>" (Department, Directorate, Bureau,
Court, Chamber), fields of English names of that shape (Information, Audit, Statistics), a
field that goes on as a longer name ("the Organization for Security and Co-operation in
Europe", "the Centre for Media Studies"), lower case, and portfolios English writes with "the"
("the Ministry of the Interior").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from mtqa import cache
from mtqa.findings import Severity, Suggestion
from mtqa.rules import Rule, register
from mtqa.scan import at_literals, literals_in


def _alternatives(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in sorted(words, key=len, reverse=True))


# the name goes on: another capitalised word, "and"/"&" + one, or a hyphen or apostrophe
_GOES_ON = r"(?![\w'’-]|[ ]++(?:[A-Z]|(?:and|&)[ ]++[A-Z]|of[ ]))"


@lru_cache(maxsize=1)
def _shapes() -> tuple:
    """The data, the two patterns and the literals every match starts with."""
    data = dict(cache.package_toml("data/institution_order.toml"))
    data["official_leading"] = frozenset(data["official_leading"])
    heads, fields, for_fields = data["heads"], data["fields"], data["for_fields"]
    construct = re.compile(
        rf"(?<![\w'’-])(?P<head>{_alternatives(heads)})[ ](?:of[ ](?:(?P<article>the)[ ])?+(?P<field>{_alternatives(fields)})"
        rf"|for[ ](?:the[ ])?+(?P<purpose>{_alternatives(for_fields)})){_GOES_ON}"
    )
    portfolios = data["ministry"]["portfolios"]
    ministry = re.compile(
        rf"(?<![\w'’-])(?P<head>Ministry|Ministries|Minister|Ministers)[ ]of[ ](?P<article>the)[ ](?P<field>{_alternatives(portfolios)})"
        r"(?![\w'’-]|[ ]++[A-Z])"
    )
    openings = tuple(f"{head} {word} " for head in heads for word in ("of", "for"))
    leading = re.compile(rf"(?:(?<![\w'’-])(?:{_alternatives(data['leading'])})[ ]){{1,3}}+$")
    return data, construct, ministry, openings, leading


class _Known:
    """The lexicon's name matches (sorted spans): a body the lexicon knows by this very name
    ("Commission of Integrity" is the official English of Iraq's) is not reported; one of its
    words matched alone ("Minister") does not stop the report."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans, self.starts = spans, [s for s, _ in spans]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a match overlaps start:end, other than a shorter one inside it."""
        i = bisect_left(self.starts, start - 200)  # (no name is longer)
        for s, e in self.spans[i : bisect_left(self.starts, end)]:
            if e > start and not (start <= s and e <= end and e - s < end - start):
                return True
        return False


@register
class InstitutionOrder(Rule):
    id = "NAM010"
    name = "institution-in-arabic-order"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    explanation = (
        "The name of an official body in the Arabic construct order: the kind of body, \"of\", "
        "then its field (هيئة السياحة → \"the Authority of Tourism\", وكالة الأنباء → \"the "
        "Agency for News\"), where English puts a plain field noun first: the Tourism "
        "Authority, the News Agency, the Oil Company, the Tourism Police; words such as High or "
        "National move with the kind (\"the High Commission of Elections\" → the High Electoral "
        "Commission; after General or Public the construct is the body's own English more often "
        "than not: \"the General Authority of Civil Aviation\" is left alone). Also \"Ministry of the\" + a portfolio English writes without the article "
        "(the Arabic article kept: \"the Ministry of the Health\" → the Ministry of Health). "
        "Only in Title Case, only for a field noun that ends the name; kinds English itself "
        "names \"X of Y\" (Department, Directorate, Bureau, Court, Chamber), fields of English "
        "names of that shape (Information, Audit, Statistics) and portfolios English writes with "
        "\"the\" (Interior, Economy, Environment) are left alone (data/institution_order.toml). "
        "The suggestion is never applied by --fix: check the body's official English name."
    )
    bad = (
        "The ⟦Authority of Civil Aviation→Civil Aviation Authority⟧ closed the airport for two hours.",
        "A spokesman for the ⟦Agency for News→News Agency⟧ denied the report.",
        "The ⟦Ministry of the Electricity→Ministry of Electricity⟧ announced new power cuts.",
        "The ⟦High Commission of Elections→High Electoral Commission|High Elections Commission⟧ set a date for the vote.",
        "Officers of the ⟦Police of Tourism→Tourism Police⟧ closed the road to the temple.",
    )
    good = (
        "The Council of Ministers approved the budget.",
        "The Court of Appeal upheld the sentence.",
        "The Ministry of the Interior said two men were arrested.",
        "The Organization for Security and Co-operation in Europe sent observers.",
        "The Chamber of Commerce welcomed the decision.",
        "The Centre for Media Studies published its annual survey.",
        "The agency of news and views was founded by two friends.",
        "The Department of Homeland Security issued a warning.",
        "Iraq's Commission of Integrity opened an inquiry into the contracts.",  # (its own English name)
    )

    def check(self, doc, ctx):
        from mtqa.rules.names import entity_matches

        data, construct, ministry, openings, leading = _shapes()
        prose = doc.prose
        words = doc.lowered_words.distinct
        matches = at_literals(construct, prose, literals_in(openings, words, starts_word=True))
        if "ministry" in words or "minister" in words or "ministries" in words or "ministers" in words:
            matches += at_literals(ministry, prose, ("Ministry of the ", "Ministries of the ", "Minister of the ", "Ministers of the "))
        if not matches:
            return
        wrong, correct = entity_matches(doc, ctx)
        taken = _Known(sorted((m.start, m.end) for m in (*wrong, *correct)))
        for match in sorted(matches, key=lambda m: m.start()):
            if match.re is ministry:
                yield from self._ministry(doc, match, taken)
            else:
                yield from self._construct(doc, match, taken, data, leading)

    def _construct(self, doc, match, taken, data, leading):
        prose = doc.prose
        head, field = match.group("head"), match.group("field") or match.group("purpose")
        start, end = match.start(), match.end()
        if taken.overlaps(start, end):
            return
        before = leading.search(prose, max(0, start - 40), start)
        if before:  # (a lexicon name over these words alone, "The National", is another reading of them)
            if not data["official_leading"].isdisjoint(before.group().split()):
                return  # ("the General Authority of Civil Aviation": its own English name)
            start = before.start()
        lead = prose[start : match.start()]
        targets = [f"{lead}{adjective} {head}" for adjective in (data["adjective"].get(field),) if adjective]
        targets.append(f"{lead}{field} {head}")
        message = (f"{prose[start:end]!r} keeps the Arabic construct order (the kind of body, then "
                   f"its field); English names the body {targets[0]}.")
        yield self.finding(doc, start, end, message, [Suggestion(t, False) for t in targets],
                           evidence=["construct-order", f"head:{head.lower()}", f"field:{field.lower()}"])

    def _ministry(self, doc, match, taken):
        start, end = match.start(), match.end()
        if taken.overlaps(start, end):
            return
        head, field = match.group("head"), match.group("field")
        target = f"{head} of {field}"
        message = (f"{doc.prose[start:end]!r} keeps the Arabic article before the portfolio; "
                   f"English writes {target}.")
        yield self.finding(doc, start, end, message, [Suggestion(target, False)],
                           evidence=["construct-order", "article-before-portfolio", f"field:{field.lower()}"])
