"""Checks against the Arabic source (issue 15): normalisation, numbers, and the acceptance
figures — false alarms on correct NTREX pairs, injected errors found, our own pairs with traps."""

from __future__ import annotations

import collections
import json
import random
import sys

import pytest
from conftest import ROOT, run_cli, shared_file

from mtqa import engine
from mtqa.config import Config
from mtqa.document import Document
from mtqa.lexicon import load_lexicon
from mtqa.source import arabic, numbers

sys.path.insert(0, str(ROOT / "tools"))
from inject_source_errors import build, name_pairs  # noqa: E402

NTREX_AR = "data/parallel-ar-en/ntrex128_newstest2019-ref.arb.txt"
NTREX_EN = "data/clean-en/ntrex128_newstest2019-src.eng.txt"


# --- normalisation ------------------------------------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("مُحَمَّدٌ", "محمد"), ("عـــلي", "علي"), ("أحمد", "احمد"), ("إسلام", "اسلام"), ("آمال", "امال"),
    ("مدرسة", "مدرسه"), ("مصطفى", "مصطفي"), ("مسؤول", "مسوول"),
])
def test_normalise_folds_spellings(a, b):
    assert arabic.normalise(a) == arabic.normalise(b)


@pytest.mark.parametrize("word,stem", [
    ("وبالجزيرة", "جزيره"), ("للجزيرة", "جزيره"), ("فالجزيرة", "جزيره"), ("كالجزيرة", "جزيره"),
    ("الجزيرة", "جزيره"), ("وحفتر", "حفتر"),
])
def test_clitics_and_article_are_peeled(word, stem):
    assert stem in arabic.stems(arabic.normalise(word))


# --- numbers -------------------------------------------------------------------------------

def _values(numbers_):
    return [sorted(n.values) for n in numbers_]


@pytest.mark.parametrize("text,value", [
    ("١٢", 12), ("12٬500", 12500), ("٣٫٥", 3.5), ("1.5 مليون", 1_500_000), ("3 آلاف", 3000),
    ("٢٥٪", 25), ("عام ٢٠١٩", 2019), ("خمسة وعشرون", 25), ("مليونين", 2_000_000), ("ألفين", 2000),
    ("ثلاثة عشر", 13), ("الحادي والعشرين", 21), ("30،000", 30000),
])
def test_arabic_numbers(text, value):
    assert any(value in v for v in _values(numbers.arabic_numbers(text))), _values(numbers.arabic_numbers(text))


@pytest.mark.parametrize("text,value", [
    ("1,500,000", 1_500_000), ("1.5 million", 1_500_000), ("$5m", 5_000_000), ("£1.2bn", 1_200_000_000),
    ("twelve", 12), ("twenty-five", 25), ("first", 1), ("1st", 1), ("three thousand", 3000), ("25%", 25),
])
def test_english_numbers(text, value):
    assert any(value in v for v in _values(numbers.english_numbers(text))), _values(numbers.english_numbers(text))


def test_monday_is_not_two():
    assert numbers.arabic_numbers("وصل يوم الاثنين") == []


# --- our own pairs: every check, with traps ---------------------------------------------------

def _rules(source: str, target: str) -> list[str]:
    report = engine.run([Document(target, source=source)], Config())
    return [f.rule for f in report.documents[0].findings]


FIRES = [
    ("مقتل 12 شخصا في هجوم على سوق المدينة.", "An attack on the city market killed 21 people.", "SRC005"),
    ("اعتقلت الشرطة 45 شخصا بعد أعمال الشغب.", "Police arrested dozens of people after the riots.", "SRC005"),
    ("قدرت الخسائر بـ 2.5 مليار دولار.", "Losses were estimated at $2.5 million.", "SRC005"),
    ("قال مسؤول إن الحكومة ستعيد فتح المطار خلال أيام.", "", "SRC001"),
    ("قال مسؤول إن الحكومة ستعيد فتح المطار خلال أيام.", "قال مسؤول إن الحكومة ستعيد فتح المطار خلال أيام.", "SRC002"),
    ("وقال المتحدث باسم الجيش إن الوحدات العسكرية انسحبت من المواقع الأمامية جنوب المدينة بعد اتفاق وقف إطلاق النار.",
     "The army spokesman said that the military units had withdrawn from the", "SRC003"),
    ("وقالت الجزيرة إن القصف استمر طوال الليل.", "The island said the shelling continued throughout the night.", "NAM001"),
    ("وقال الوزير لقناة الجزيرة إن المفاوضات مستمرة.", "The minister said the negotiations were continuing.", "SRC006"),
]

SILENT = [
    # numbers in words and digits, equal values written differently, dates
    ("مقتل اثني عشر شخصا في الهجوم.", "The attack killed 12 people."),
    ("مقتل 12 شخصا في الهجوم.", "The attack killed twelve people."),
    ("بلغت التكلفة 1.5 مليون دينار.", "The cost reached 1,500,000 dinars."),
    ("بلغت التكلفة ١٬٥٠٠٬٠٠٠ دينار.", "The cost reached 1.5 million dinars."),
    ("احتل المركز الأول في السباق.", "He came first in the race."),
    ("احتل المركز 1 في السباق.", "He finished 1st in the race."),
    ("وصل الوفد يوم الاثنين 3 مارس 2025.", "The delegation arrived on Monday, March 3, 2025."),
    ("ارتفعت الأسعار بنسبة ٧٫٥٪ خلال عام ٢٠٢٤.", "Prices rose by 7.5% in 2024."),
    ("وقع الانفجار في الساعة 7.45 صباحا.", "The blast happened at 7.45am."),
    # names: correct English, equivalent spellings, a real peninsula
    ("وقال الوزير لقناة الجزيرة إن المفاوضات مستمرة.", "The minister told Al-Jazeera the negotiations were continuing."),
    ("وصلت القوات إلى شبه الجزيرة صباح الأحد.", "The forces reached the peninsula on Sunday morning."),
    ("وقالت وسائل إعلام شبه الجزيرة إن الطريق مغلق.", "Media on the peninsula said the road was closed."),
    ("وقال خليفة حفتر إن قواته ستنسحب.", "Khalifa Hifter said his forces would withdraw."),
    ("وصل الصيادون إلى جزيرة جربة بعد العاصفة.", "The fishermen reached the island of Djerba after the storm."),
    # a literal-looking phrase the source does not name
    ("نقل المراسل عن سكان الجزيرة قولهم إن المياه ارتفعت.", "The correspondent quoted residents of the island as saying the water had risen."),
]


@pytest.mark.parametrize("source,target,rule", FIRES, ids=[f[2] + f"-{i}" for i, f in enumerate(FIRES)])
def test_own_pairs_fire(source, target, rule):
    assert rule in _rules(source, target)


@pytest.mark.parametrize("source,target", SILENT, ids=[str(i) for i in range(len(SILENT))])
def test_own_pairs_traps_are_silent(source, target):
    found = [r for r in _rules(source, target) if r.startswith(("SRC", "NAM001"))]
    assert found == [], found


def test_the_dropped_sentence_is_named_in_the_source():
    source = ("وصل الوفد الأممي إلى العاصمة صباح اليوم بعد تأجيل استمر أسبوعا. "
              "وعقد الوفد اجتماعا مطولا مع رئيس الحكومة ووزير الخارجية لمناقشة ملف الانتخابات المقبلة. "
              "ومن المقرر أن يغادر غدا.")
    target = "The UN delegation arrived in the capital this morning after a week's delay. It is due to leave tomorrow."
    report = engine.run([Document(target, source=source)], Config(select=["SRC004"]))
    finding = report.documents[0].findings[0]
    assert source[finding.extra["source_start"] : finding.extra["source_end"]].startswith("وعقد الوفد")


def test_without_source_the_source_rules_are_silent():
    assert [r for r in _rules(None, "An attack killed 21 people.") if r.startswith("SRC")] == []


# --- acceptance on the correct NTREX pairs ------------------------------------------------------

def _ntrex():
    sources = shared_file(NTREX_AR).read_text("utf-8").splitlines()
    targets = shared_file(NTREX_EN).read_text("utf-8").splitlines()
    assert len(sources) == len(targets) == 1997
    return sources, targets


def test_false_alarms_on_correct_pairs():
    sources, targets = _ntrex()
    docs = [Document(t, id=str(i), source=s) for i, (s, t) in enumerate(zip(sources, targets), 1)]
    report = engine.run(docs, Config(select=["SRC", "NAM001"]))
    words = sum(d.words for d in report.documents)
    counts = collections.Counter(f.rule for d in report.documents for f in d.findings)
    major = sum(1 for d in report.documents for f in d.findings if f.severity.rank >= 2)
    print(f"\ncorrect NTREX pairs, {words} words: {dict(sorted(counts.items()))}; "
          f"{sum(counts.values()) * 1000 / words:.2f} per 1,000 words, {major * 1000 / words:.2f} major+")
    assert sum(counts.values()) * 1000 / words <= 1.0
    assert major * 1000 / words <= 0.3


WANTED = {"number": {"SRC005"}, "cut": {"SRC003", "SRC004", "SRC005", "SRC006"}, "copy": {"SRC002"},
          "name": {"NAM001"}}


@pytest.mark.parametrize("kind", sorted(WANTED))
def test_injected_errors_are_found(kind):
    if kind == "name":
        records = name_pairs(load_lexicon(()), random.Random(15))
    else:
        records = build(*_ntrex(), kind, seed=15)
    docs = [Document(r["mt"], id=r["id"], source=r["src"]) for r in records]
    report = engine.run(docs, Config())
    found = sum(1 for d in report.documents if any(f.rule in WANTED[kind] for f in d.findings))
    print(f"\n{kind}: {found} of {len(records)} found ({found / len(records):.1%})")
    assert found / len(records) >= 0.9
    if kind == "name":  # the same sentences with the correct name stay silent
        good = engine.run([Document(r["good"], source=r["src"]) for r in records], Config(select=["NAM001"]))
        assert sum(len(d.findings) for d in good.documents) == 0


# --- inputs and outputs ---------------------------------------------------------------------------

def test_source_option_and_json_source_span(tmp_path):
    (tmp_path / "ar.txt").write_text("مقتل 12 شخصا في الانفجار.\nوصل الوفد إلى العاصمة.\n", "utf-8")
    (tmp_path / "en.txt").write_text("The blast killed 21 people.\nThe delegation reached the capital.\n", "utf-8")
    result = run_cli("check", str(tmp_path / "en.txt"), "--source", str(tmp_path / "ar.txt"), "-f", "json")
    finding = json.loads(result.stdout)["documents"][0]["findings"][0]
    assert finding["rule"] == "SRC005" and finding["text"] == "21"
    assert (finding["source_start"], finding["source_end"]) == (5, 7)


def test_source_option_refuses_misaligned_lines(tmp_path):
    (tmp_path / "ar.txt").write_text("سطر واحد.\n", "utf-8")
    (tmp_path / "en.txt").write_text("One.\nTwo.\n", "utf-8")
    result = run_cli("check", str(tmp_path / "en.txt"), "--source", str(tmp_path / "ar.txt"))
    assert result.returncode == 2 and b"line-aligned" in result.stderr and b"Traceback" not in result.stderr


def test_jsonl_src_is_checked(tmp_path):
    record = {"id": "a", "src": "قال الوزير إن الحكومة ستفتح المعبر.", "mt": ""}
    (tmp_path / "in.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    result = run_cli("check", str(tmp_path / "in.jsonl"), "-f", "json")
    assert [f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"]] == ["SRC001"]


def test_html_highlights_the_source_span(tmp_path):
    from mtqa import render

    report = engine.run([Document("The blast killed 21 people.", source="مقتل 12 شخصا في الانفجار.")], Config())
    html = render(report, "html")
    assert '<mark class="src sev-major"' in html and ">12</mark>" in html


def test_xliff_sources_are_checked(tmp_path):
    unit = ('<trans-unit id="u1"><source>مقتل 12 شخصا في انفجار بالميناء.</source>'
            "<target>An explosion at the port killed 21 people.</target></trans-unit>")
    (tmp_path / "news.xlf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        f'<file source-language="ar" target-language="en" datatype="plaintext" original="x"><body>{unit}</body></file></xliff>',
        "utf-8")
    result = run_cli("check", str(tmp_path / "news.xlf"), "-f", "json")
    assert [f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"]] == ["SRC005"]


def test_source_option_refuses_record_files(tmp_path):
    (tmp_path / "in.jsonl").write_text('{"mt": "One."}\n', "utf-8")
    (tmp_path / "ar.txt").write_text("واحد.\n", "utf-8")
    result = run_cli("check", str(tmp_path / "in.jsonl"), "--source", str(tmp_path / "ar.txt"))
    assert result.returncode == 2 and b"carry their own sources" in result.stderr
