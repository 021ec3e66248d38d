"""Self-contained HTML report for human reviewers: the text with every finding highlighted,
a filterable side list, counts per category as inline SVG, score, readability, reference scores,
source beside translation, and reviewer decisions exported as JSON.

All user text goes through Jinja2's autoescaping; bidi and other invisible control characters
are shown as visible code points; a Content-Security-Policy built from the hashes of the inline
style and script forbids everything else (no network, no injected handlers)."""

from __future__ import annotations

import base64
import bisect
import hashlib
import re
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources

from markupsafe import Markup, escape

from mtqa import __version__
from mtqa.findings import Severity
from mtqa.report import DocumentReport, Report
from mtqa.segment import sentence_spans

# Characters that would change how the page shows text (bidi overrides and isolates, zero
# width, line/paragraph separators) are rendered as a visible ⟨U+XXXX⟩ badge.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff\u061c]")


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import (  # only when a report is rendered
        Environment,
        PackageLoader,
        select_autoescape,
    )

    env = Environment(loader=PackageLoader("mtqa", "render/templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["visible"] = visible
    return env


def _asset(name: str) -> str:
    return resources.files("mtqa").joinpath(f"render/templates/{name}").read_text("utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def visible(text: str) -> Markup:
    """Escape `text` and show invisible control characters as badges."""
    out, last = [], 0
    for match in _INVISIBLE.finditer(text):
        out.append(escape(text[last:match.start()]))
        out.append(Markup(f'<span class="ctl" title="invisible character">U+{ord(match.group()):04X}</span>'))
        last = match.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


SENTENCE_SHARE = 0.8  # a finding over this much of its sentence is drawn as sentence-level…
SENTENCE_WORDS = 6  # …when it has at least this many words (a headline of two words is not one)


def sentence_level(text: str, findings: list[tuple[int, int]]) -> set[int]:
    """Indices of the findings about a whole sentence or clause rather than a few words (a
    run-on, a translation longer than its source): those of several words that cover most of
    the sentence they start in, or that contain another finding (`findings`: their (start, end) spans).
    The report underlines them instead of painting them, so that the word-level highlights
    inside stay visible."""
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    wide = set()
    order = sorted(range(len(findings)), key=lambda i: (findings[i][0], -findings[i][1]))
    for k, i in enumerate(order):
        start, end = findings[i]
        at = bisect.bisect_right(starts, start) - 1
        if at >= 0:
            s, e = spans[at]
            if e > s and end - start >= SENTENCE_SHARE * (e - s) and len(text[start:end].split()) >= SENTENCE_WORDS:
                wide.add(i)
                continue
        for j in order[k + 1:]:  # sorted by start: only the findings that start inside this one
            if findings[j][0] >= end:
                break
            if findings[j][1] <= end and findings[j] != (start, end):
                wide.add(i)
                break
    return wide


def _pieces(doc: DocumentReport, prefix: str) -> list[dict]:
    """The document text cut at every finding boundary (one sweep); each piece knows the
    findings over it and those that start there, the worst severity of the word-level ones
    (its colour) and of the sentence-level ones (its underline). A zero-width finding (e.g. a
    bracket never closed) gets an empty piece of its own."""
    text, findings = doc.text, doc.findings
    wide = sentence_level(text, [(f.start, f.end) for f in findings])
    starting, ending, empty = defaultdict(list), defaultdict(list), defaultdict(list)
    for i, f in enumerate(findings):
        start, end = min(max(0, f.start), len(text)), min(max(0, f.end), len(text))
        if start == end:
            empty[start].append(i)
        else:
            starting[start].append(i)
            ending[end].append(i)
    bounds = sorted({0, len(text), *starting, *ending, *empty})

    def worst_of(indices) -> str:
        worst = max((findings[i].severity for i in indices), key=lambda s: s.rank, default=None)
        return worst.value if worst else ""

    def piece(start: int, end: int, covering: list[int], starts: list[int]) -> dict:
        tips = [{"id": f"{prefix}-{i}", "rule": findings[i].rule, "message": findings[i].message,
                 "suggestions": [x.replacement for x in findings[i].suggestions]} for i in starts]
        return {"text": text[start:end], "ids": " ".join(f"{prefix}-{i}" for i in covering),
                "severity": worst_of(i for i in covering if i not in wide),
                "wide": worst_of(i for i in covering if i in wide), "starts": [f"{prefix}-{i}" for i in starts],
                "tips": tips}

    pieces, active = [], set()
    for k, bound in enumerate(bounds):
        active.difference_update(ending[bound])
        if empty[bound]:
            pieces.append(piece(bound, bound, empty[bound], empty[bound]))
        active.update(starting[bound])
        if k + 1 < len(bounds):
            pieces.append(piece(bound, bounds[k + 1], sorted(active), starting[bound]))
    return pieces


def _chart(counts: Counter) -> dict:
    """Bars of an inline SVG chart: findings per category."""
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top = max(counts.values(), default=1)
    return {"rows": [{"label": c, "count": n, "width": round(220 * n / top, 1), "y": 22 * i}
                     for i, (c, n) in enumerate(rows)],
            "height": max(22 * len(rows), 22)}


def _side_by_side(doc: DocumentReport, prefix: str) -> list[tuple[list[dict], str]]:
    """Source and translation paired by sentence (unequal counts fall back to one row); the
    source cut into pieces so that the span a finding refers to (`source_start`/`source_end`)
    is highlighted with the finding's severity."""
    spans = [(f.extra["source_start"], f.extra["source_end"], i, f) for i, f in enumerate(doc.findings)
             if "source_start" in f.extra and "source_end" in f.extra]
    source_spans = sentence_spans(doc.source)
    target = [doc.text[s:e] for s, e in sentence_spans(doc.text)]
    if len(source_spans) != len(target):
        source_spans, target = [(0, len(doc.source))], [doc.text]
    return [(_source_pieces(doc.source, start, end, spans, prefix), text)
            for (start, end), text in zip(source_spans, target)]


def _source_pieces(source: str, start: int, end: int, spans: list, prefix: str) -> list[dict]:
    """source[start:end] cut at the boundaries of the finding spans inside it."""
    inside = [(max(s, start), min(e, end), i, f) for s, e, i, f in spans if s < end and e > start and s < e]
    wide = {inside[k][2] for k in sentence_level(source, [(s, e) for s, e, *_ in inside])}
    bounds = sorted({start, end, *(s for s, *_ in inside), *(e for _, e, *_ in inside)})
    pieces = []

    def worst_of(severities) -> str:
        worst = max(severities, key=lambda x: x.rank, default=None)
        return worst.value if worst else ""

    for a, b in zip(bounds, bounds[1:]):
        covering = [(i, f) for s, e, i, f in inside if s <= a and b <= e]
        pieces.append({"text": source[a:b], "ids": " ".join(f"{prefix}-{i}" for i, _ in covering),
                       "severity": worst_of(f.severity for i, f in covering if i not in wide),
                       "wide": worst_of(f.severity for i, f in covering if i in wide),
                       "title": "; ".join(f"{f.rule} {f.message}" for _, f in covering)})
    return pieces


def _document_view(index: int, doc: DocumentReport) -> dict:
    prefix = f"d{index}"
    findings = [{
        "id": f"{prefix}-{i}", "rule": f.rule, "name": f.name, "category": f.category,
        "family": f.category.split("/")[0], "severity": f.severity.value, "line": f.line,
        "column": f.column, "text": f.text, "message": f.message, "fingerprint": f.fingerprint,
        "suggestions": [s.replacement for s in f.suggestions], "safe": any(s.safe for s in f.suggestions),
    } for i, f in enumerate(doc.findings)]
    record = not doc.path.endswith(doc.id)  # a JSONL record or translation unit: named by its id
    return {
        "anchor": f"doc-{index}", "path": doc.path, "id": doc.id, "words": doc.words,
        "title": doc.id if record else doc.path, "within": doc.path if record else "",
        "score": doc.score, "readability": doc.readability, "metrics": doc.metrics,
        "pieces": _pieces(doc, prefix), "findings": findings,
        "chart": _chart(Counter(f.category for f in doc.findings)),
        "pairs": _side_by_side(doc, prefix) if doc.source else [],
        "has_reference": doc.reference is not None,
    }


def render(report: Report, color: bool = False) -> str:
    style, script = _asset("report.css"), _asset("report.js")
    documents = [_document_view(i, d) for i, d in enumerate(report.documents)]
    facets = {
        "severity": [s.value for s in sorted(Severity, key=lambda s: -s.rank)],
        "category": sorted({f.category for f in report.findings}),
        "rule": sorted({f.rule for f in report.findings}),
    }
    csp = (f"default-src 'none'; style-src '{_sha256(style)}'; script-src '{_sha256(script)}'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    return _environment().get_template("report.html.j2").render(
        report=report, documents=documents, facets=facets, counts=report.counts(),
        chart=_chart(Counter(f.category for f in report.findings)), version=__version__,
        style=Markup(style), script=Markup(script), csp=csp,
        words=sum(d.words for d in report.documents), fail_on=report.config.fail_on,
    )
