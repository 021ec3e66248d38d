"""Reference-based scores with sacrebleu's Python API: BLEU, chrF++ and TER, each with its
sacrebleu signature so that a figure can be reproduced."""

from __future__ import annotations

from mtqa.errors import InputError


def _metrics():
    from sacrebleu.metrics import BLEU, CHRF, TER

    return {"bleu": BLEU(), "chrf": CHRF(word_order=2), "ter": TER()}


def corpus_scores(hypotheses: list[str], references: list[str], *more_references: list[str]) -> dict:
    """Corpus-level BLEU, chrF++ and TER with signatures, against one or more references
    (each a list of segments aligned with the hypotheses; nrefs in the signature)."""
    reference_sets = [references, *more_references]
    for number, segments in enumerate(reference_sets, 1):
        if len(hypotheses) != len(segments):
            which = "the reference" if len(reference_sets) == 1 else f"reference {number}"
            raise InputError(f"hypothesis has {len(hypotheses)} segments but {which} has {len(segments)}")
    result = {}
    for name, metric in _metrics().items():
        score = metric.corpus_score(hypotheses, reference_sets)
        result[name] = {"name": score.name, "score": round(score.score, 2), "signature": str(metric.get_signature())}
    return result


def sentence_scores(hypothesis: str, reference: str) -> dict:
    """Segment-level scores (BLEU with effective order, as sacrebleu recommends for sentences)."""
    from sacrebleu.metrics import BLEU

    metrics = _metrics()
    metrics["bleu"] = BLEU(effective_order=True)
    result = {}
    for name, metric in metrics.items():
        score = metric.sentence_score(hypothesis, [reference])
        result[name] = {"name": score.name, "score": round(score.score, 2), "signature": str(metric.get_signature())}
    return result


def segments(text: str) -> list[str]:
    """A text file's segments: its lines, as sacrebleu reads a file."""
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def gate_failures(scores: dict, min_bleu=None, min_chrf=None, max_ter=None) -> list[str]:
    """Metric thresholds that the run-level scores miss."""
    failures = []
    if min_bleu is not None and scores["bleu"]["score"] < min_bleu:
        failures.append(f"BLEU {scores['bleu']['score']} < {min_bleu}")
    if min_chrf is not None and scores["chrf"]["score"] < min_chrf:
        failures.append(f"chrF++ {scores['chrf']['score']} < {min_chrf}")
    if max_ter is not None and scores["ter"]["score"] > max_ter:
        failures.append(f"TER {scores['ter']['score']} > {max_ter}")
    return failures
