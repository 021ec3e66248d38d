"""`mtqa eval`: precision, recall and F1 of mtqa against gold annotations (docs/gold-format.md).

An article `NAME.txt` with `NAME.gold.toml` beside it is annotated; a `.txt` without a gold
file is a clean control, where every finding is a false alarm. A finding is a hit when its
span overlaps a gold span of the same family (the rule id's three-letter prefix).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from mtqa import engine, readers
from mtqa.config import Config
from mtqa.document import Document
from mtqa.errors import InputError
from mtqa.findings import Finding

FAMILIES = ("TYP", "NAM", "TRN", "SYN", "STY", "LNG", "NUM")
_SPAN_KEYS = {"text", "occurrence", "family", "category", "severity", "fix", "debatable", "note"}


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    family: str
    category: str
    severity: str
    fix: str | None
    debatable: bool
    text: str


@dataclass
class Article:
    path: str
    document: Document
    gold: list[GoldSpan] | None  # None: a clean control


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    hits: int = 0  # findings that overlap a gold span
    recalled: int = 0  # gold spans overlapped by a finding

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"gold": self.gold, "found": self.found, "hits": self.hits, "recalled": self.recalled,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Evaluation:
    families: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FAMILIES})
    overall: Tally = field(default_factory=Tally)
    articles: int = 0
    controls: int = 0
    control_words: int = 0
    control_findings: int = 0
    misses: list[tuple[str, int, GoldSpan]] = field(default_factory=list)
    false_alarms: list[tuple[str, Finding]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # the run's (a missing NLTK resource…)

    @property
    def control_rate(self) -> float:
        return self.control_findings * 1000 / self.control_words if self.control_words else 0.0

    def to_dict(self) -> dict:
        return {
            "articles": self.articles,
            "controls": self.controls,
            "overall": self.overall.to_dict(),
            "families": {k: v.to_dict() for k, v in self.families.items()},
            "controls_false_alarms": {"words": self.control_words, "findings": self.control_findings,
                                      "per_1000_words": round(self.control_rate, 3)},
            "misses": [{"path": p, "line": line, "family": g.family, "text": g.text, "fix": g.fix}
                       for p, line, g in self.misses],
            "false_alarms": [{"path": p, "line": f.line, "column": f.column, "rule": f.rule, "text": f.text,
                              "message": f.message} for p, f in self.false_alarms],
        }


def load_gold(path: Path, text: str) -> list[GoldSpan]:
    """Gold spans of one article, resolved to offsets; errors name the file and span line."""
    raw_text = path.read_text("utf-8")
    try:
        data = tomllib.loads(raw_text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: invalid TOML ({exc})") from None
    lines = [n for n, line in enumerate(raw_text.splitlines(), 1) if line.strip() == "[[span]]"]
    spans = []
    for index, raw in enumerate(data.get("span", [])):
        where = f"{path}:{lines[index] if index < len(lines) else 0}"
        unknown = set(raw) - _SPAN_KEYS
        if unknown:
            raise InputError(f"{where}: unknown key {sorted(unknown)[0]!r}")
        for key in ("text", "family", "category", "severity"):
            if not isinstance(raw.get(key), str):
                raise InputError(f"{where}: missing key {key!r}")
        if raw["family"] not in FAMILIES:
            raise InputError(f"{where}: unknown family {raw['family']!r} ({', '.join(FAMILIES)})")
        occurrence = raw.get("occurrence", 1)
        start = -1
        for _ in range(occurrence):
            start = text.find(raw["text"], start + 1)
            if start < 0:
                raise InputError(f"{where}: {raw['text']!r} does not occur {occurrence} time(s) in the article")
        spans.append(GoldSpan(start, start + len(raw["text"]), raw["family"], raw["category"], raw["severity"],
                              raw.get("fix"), bool(raw.get("debatable", False)), raw["text"]))
    return spans


def collect(paths: list[str], encoding: str | None = None) -> list[Article]:
    """Articles (with gold) and controls (without) under `paths`."""
    articles = []
    for path in readers.expand(paths):
        if not path.endswith(".txt"):
            continue
        text = readers.decode(readers.read_bytes(path, 64), path, encoding)
        gold_path = Path(path).with_suffix(".gold.toml")
        gold = load_gold(gold_path, text) if gold_path.exists() else None
        articles.append(Article(path, Document(text=text, path=path, id=Path(path).name), gold))
    if not articles:
        raise InputError("no .txt articles found to evaluate")
    return articles


def _overlaps(f: Finding, g: GoldSpan) -> bool:
    return f.start < g.end and g.start < f.end


def evaluate(articles: list[Article], config: Config | None = None, jobs: int = 1, scheduler: str | None = None) -> Evaluation:
    report = engine.run([a.document for a in articles], config or Config(), jobs=jobs, scheduler=scheduler)
    result = Evaluation(warnings=list(report.warnings))
    for article, doc_report in zip(articles, report.documents):
        findings = [f for f in doc_report.findings if f.rule[:3] in FAMILIES]
        if article.gold is None:
            result.controls += 1
            result.control_words += doc_report.words
            result.control_findings += len(findings)
        else:
            result.articles += 1
        gold = article.gold or []
        for f in findings:
            family = f.rule[:3]
            same = [g for g in gold if g.family == family and _overlaps(f, g)]
            if same and all(g.debatable for g in same):
                continue  # a debatable spot: neither a hit nor a false alarm
            tally = result.families[family]
            tally.found += 1
            if same:
                tally.hits += 1
            else:
                result.false_alarms.append((article.path, f))
        for g in gold:
            if g.debatable:
                continue
            tally = result.families[g.family]
            tally.gold += 1
            if any(f.rule[:3] == g.family and _overlaps(f, g) for f in findings):
                tally.recalled += 1
            else:
                result.misses.append((article.path, article.document.line_column(g.start)[0], g))
    for tally in result.families.values():
        for name in ("gold", "found", "hits", "recalled"):
            setattr(result.overall, name, getattr(result.overall, name) + getattr(tally, name))
    return result


def render_text(result: Evaluation, show_lists: bool = True) -> str:
    lines = [f"{result.articles} annotated articles, {result.controls} clean controls", "",
             f"{'family':<8}{'gold':>6}{'found':>7}{'hits':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, t in [*result.families.items(), ("overall", result.overall)]:
        figures = (f"{t.precision:>8.3f}{t.recall:>8.3f}{t.f1:>8.3f}" if t.gold or t.found
                   else f"{'-':>8}{'-':>8}{'-':>8}")  # nothing to measure
        lines.append(f"{name:<8}{t.gold:>6}{t.found:>7}{t.hits:>6}{figures}")
    lines.append("")
    lines.append(f"controls: {result.control_findings} false alarms in {result.control_words} words "
                 f"= {result.control_rate:.2f} per 1,000 words")
    if show_lists:
        lines.append("")
        lines.append(f"misses ({len(result.misses)}):")
        lines += [f"  {p}:{line}: {g.family} {g.text!r}" + (f" → {g.fix}" if g.fix else "") for p, line, g in result.misses]
        lines.append(f"false alarms ({len(result.false_alarms)}):")
        lines += [f"  {p}:{f.line}:{f.column}: {f.rule} {f.text!r} {f.message}" for p, f in result.false_alarms]
    return "\n".join(lines) + "\n"


def check_thresholds(result: Evaluation, path: Path) -> list[str]:
    """Figures below the floors in a thresholds file ([overall] and [family.XXX] tables with
    precision/recall/f1, and controls.max_per_1000_words); empty when all are met."""
    try:
        floors = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: cannot read thresholds ({exc})") from None
    failures = []
    tables = [("overall", result.overall, floors.get("overall", {}))]
    tables += [(name, result.families[name], table) for name, table in floors.get("family", {}).items()]
    for name, tally, table in tables:
        for metric, floor in table.items():
            value = getattr(tally, metric)
            if value < floor:
                failures.append(f"{name} {metric} {value:.3f} < {floor}")
    ceiling = floors.get("controls", {}).get("max_per_1000_words")
    if ceiling is not None and result.control_rate > ceiling:
        failures.append(f"controls {result.control_rate:.3f} false alarms per 1,000 words > {ceiling}")
    return failures
