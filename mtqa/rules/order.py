"""Arabic constituent order inside an English clause (SYN008): a time or place put between the
verb and its object. Structure comes from mtqa/word_order.py."""

from __future__ import annotations

import bisect
import itertools

from mtqa import verbs, word_order
from mtqa.findings import Severity
from mtqa.rules import Rule, register


@register
class AdverbialBeforeObject(Rule):
    id = "SYN008"
    name = "adverbial-before-object"
    category = "fluency/grammar"
    severity = Severity.MINOR
    explanation = (
        "Arabic puts the time and the place of an event right after its verb, before the object "
        "(استقبل أمس في القصر الرئيس…, received yesterday in the palace the president…); English "
        "keeps verb and object together and puts the time or place after them: \"received the "
        "president at the palace yesterday\". Reported: a verb form of the generated lexicon "
        "(mtqa/data/verbs.toml), then a time (\"yesterday\", \"on Monday\", \"last Sunday\", \"on 3 "
        "May\") or a named place (\"in Damascus\", \"at the Carthage Palace\") or \"with\" and a "
        "named party, then the object's determiner (\"a\", \"the\", \"his\"…). Left alone: reporting "
        "verbs with a clause (\"said on Monday the talks had failed\"), times after the object (\"the "
        "next day\"), pronoun partners (\"discussed with him the plan\") and any object followed by its "
        "own verb."
    )
    bad = (
        "The governor ⟦opened⟧ yesterday a new bridge over the river.",
        "The president ⟦received⟧ on Sunday the credentials of three ambassadors.",
        "The prime minister ⟦met⟧ in Amman his Iraqi counterpart.",
        "The committee ⟦approved⟧ last Tuesday a plan to rebuild the market.",
        "The council ⟦adopted⟧ on 3 May the new budget.",
        "A delegation came to Cairo to ⟦discuss⟧ with Egyptian officials the truce.",
        "The emir ⟦received⟧ at the Bayan Palace the Turkish foreign minister.",
    )
    good = (
        "The ministry said on Monday the talks had failed.",
        "The governor opened a new bridge over the river yesterday.",
        "The delegation met the minister the next day.",
        "He discussed with him the plan for the port.",
        "The team arrived in Doha the day before the match.",
        "The president received the credentials on Sunday.",
        "The court heard on Monday the case had been delayed.",
        "The ship sailed on Monday the 5th of May.",
        "She lived in Beirut the rest of her life.",
        "The army said in a statement the border was calm.",
        "Who met in Paris the envoy?",
        "The union denounced in a statement issued last week the arrest of its members.",
        "The army said it killed the leader of the cell on Sunday.",
    )

    def check(self, doc, ctx):
        prose = doc.prose
        sentences = doc.sentences
        starts = [s.start for s in sentences]
        index = doc.lowered_words
        lowered, offsets = index.words, index.offsets
        forms, cues, particles = word_order.svao_keys()
        last = len(lowered) - 1
        for n in itertools.compress(range(len(lowered)), map(forms.__contains__, lowered)):  # C-level filter
            cue = n + 1
            nxt = lowered[cue] if n < last else ""
            if nxt in particles and cue < last:
                cue += 1
                nxt = lowered[cue]
            if nxt not in cues or not prose[offsets[n]].islower() or not word_order.SVAO_SHAPE.match(prose, offsets[cue]):
                continue
            at = bisect.bisect_right(starts, offsets[n]) - 1
            if at < 0:
                continue
            sentence = sentences[at]
            if "?" in sentence.text:
                continue
            low = max(sentence.start, offsets[n] - 40)
            words = word_order.words_of(prose[low:min(sentence.end, offsets[n] + 220)], low)
            i = next((k for k, w in enumerate(words) if w[0] == offsets[n]), None)
            if i is not None and word_order.adverbial_before_object(words, i) is not None:
                word = words[i][2]
                yield self.finding(doc, words[i][0], words[i][1],
                                   f"Time or place between \"{word}\" and its object (Arabic order): "
                                   f"put it after the object.")
