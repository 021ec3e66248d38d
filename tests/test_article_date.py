"""Tense against the article's own date (issue 14): `--date`, config `date`, a JSONL record's
"date" and a dateline date in the text place "on 3 March" before or after the article."""

from __future__ import annotations

import datetime
import json

import pytest
from conftest import run_cli

from mtqa import api, article_date
from mtqa.config import Config, from_mapping
from mtqa.document import Document
from mtqa.errors import ConfigError

ARTICLE = "2026-03-10"


def tense(text: str, date: str | None = ARTICLE, doc_date: datetime.date | None = None) -> list[str]:
    """The SYN004/SYN005 findings' texts of `text` checked with article date `date`."""
    config = Config(select=("SYN004", "SYN005"), date=date)
    report = api.check_documents([Document(text, id="t", date=doc_date)], config)
    return [f.text for d in report.documents for f in d.findings]


# Must fire: a present verb (or "will") governing a date before the article's date.
@pytest.mark.parametrize("text, flagged", [
    ("The foreign minister visits Rome on 3 March for talks on migration.", "visits"),
    ("The port authority reopens the northern berths on March 2 after the storm.", "reopens"),
    ("On the fourth of March, the governor opens a new water station in the south.", "opens"),
    ("On 4/3, the delegation tours the damaged villages.", "tours"),
    ("The prime minister on 6 March chairs a meeting of the security cabinet.", "chairs"),
    ("The two companies sign on 2 March a contract to build a solar plant.", "sign"),
    ("The new terminal will open on 1 March with six flights a day.", "will"),
    ("The trade fair will close its doors on the fifth of March, organisers said.", "will"),
])
def test_date_before_the_article_sets_a_past_frame(text, flagged):
    assert tense(text) == [flagged]


# Traps: a date after the article's date is a plan; reported speech and quotes keep their tenses.
@pytest.mark.parametrize("text", [
    "The foreign minister visits Rome on 14 March for talks on migration.",
    "On 20 March, the ministry launches its vaccination campaign in the south.",
    "The new terminal will open on 15 March with six flights a day.",
    "The ministry said on 2 March that the bridge will reopen on 4 March.",
    "\"We will reopen the bridge on 4 March,\" the minister said.",
    "The report covers the events of 3 March in the capital.",
    "The committee says the bridge reopened on 3 March.",
    "The museum, which opened on 3 March, is free on Fridays.",
    "The ceasefire signed on 3 March holds for now.",
    "The minister visits Rome on 10 March for talks on migration.",  # the article's own day: undecided
    "The emir arrives for the opening of the Gulf summit in Doha, Qatar, March 2, 2026.",  # a photo caption
    "The town awaits a verdict by the appeals court in the capital on 2 March.",  # a verb that looks ahead
    "Farmers expect the first rains of the season on 1 March, officials said.",
])
def test_traps_stay_silent(text):
    assert tense(text) == []


def test_without_an_article_date_a_future_looking_date_is_not_judged_by_it():
    text = "The foreign minister visits Rome on 3 March for talks on migration."
    assert tense(text, date=None) == []
    assert tense(text, date="2026-03-01") == []  # 3 March comes after the article


def test_a_date_after_the_article_silences_a_fronted_frame():
    text = "On 14 March, the ministry launches its campaign in the south."
    assert tense(text, date=None) == ["launches"]  # unknown: read as past, as before
    assert tense(text) == []


def test_a_year_is_placed_against_the_article_year():
    text = "In 2027, the company carries out its first drilling off the coast."
    assert tense(text, date="2028-01-05") == ["carries"]
    assert tense(text, date="2026-01-05") == []


def test_record_date_wins_over_the_run_date():
    text = "The foreign minister visits Rome on 3 March for talks."
    assert tense(text, date="2026-03-01", doc_date=datetime.date(2026, 3, 10)) == ["visits"]


def test_a_yearless_date_is_placed_in_the_nearest_year():
    article = article_date.ArticleDate(datetime.date(2026, 1, 4))
    assert article_date.relation("on 28 December", article) == "past"
    assert article_date.relation("on 2 January", article) == "past"
    assert article_date.relation("on 9 January", article) == "future"


@pytest.mark.parametrize("head, expected", [
    ("Tripoli, 10 March 2026 (LANA) - The minister", datetime.date(2026, 3, 10)),
    ("Tunis (TAP), 10/03/2026 - The minister", datetime.date(2026, 3, 10)),
    ("CAIRO, March 10, 2026 (Reuters) — The minister", datetime.date(2026, 3, 10)),
    ("Tuesday 10 March 2026\nThe minister", datetime.date(2026, 3, 10)),
    ("Published: 2026-03-10\nThe minister", datetime.date(2026, 3, 10)),
    ("Sanaa - The minister said on 10 March 2026 that", None),
    ("The minister, 10 March 2026 - a note", None),  # not a place: lower-case words
    ("Prices rose 3 percent in 2026.", None),
])
def test_dateline_date(head, expected):
    found = article_date.dateline_date(head)
    assert (found.date if found else None) == expected


def test_dateline_sets_the_article_date():
    text = "Tripoli, 10 March 2026 (LANA) - The foreign minister visits Rome on 3 March for talks."
    assert tense(text, date=None) == ["visits"]
    assert tense(text, date="2026-03-01") == ["visits"]  # the text's own date wins over the run's


def test_config_date_is_checked():
    assert from_mapping({"date": "2026-03-10"}).date == "2026-03-10"
    assert from_mapping({"date": datetime.date(2026, 3, 10)}).date == "2026-03-10"  # a TOML date
    for bad in ("10 March 2026", "2026-02-30", 20260310, ""):
        with pytest.raises(ConfigError, match="date must be a date as YYYY-MM-DD"):
            from_mapping({"date": bad})


def test_cli_date_option_and_jsonl_record_date(tmp_path):
    text = "The foreign minister visits Rome on 3 March for talks on migration.\n"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    for jobs in ("1", "2"):
        result = run_cli("check", str(tmp_path / "a.txt"), "--no-config", "--select", "SYN004", "-f", "json",
                         "--date", ARTICLE, "--jobs", jobs)
        assert [f["rule"] for d in json.loads(result.stdout)["documents"] for f in d["findings"]] == ["SYN004"]
    records = [{"id": "past", "mt": text, "date": ARTICLE}, {"id": "coming", "mt": text, "date": "2026-03-01"},
               {"id": "none", "mt": text}]
    (tmp_path / "b.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    result = run_cli("check", str(tmp_path / "b.jsonl"), "--no-config", "--select", "SYN004", "-f", "json", "--jobs", "2")
    found = {d["id"]: len(d["findings"]) for d in json.loads(result.stdout)["documents"]}
    assert found == {"past": 1, "coming": 0, "none": 0}


@pytest.mark.parametrize("args, message", [
    (("--date", "10/03/2026"), b"--date must be a date as YYYY-MM-DD"),
])
def test_bad_date_is_one_line_exit_2(tmp_path, args, message):
    (tmp_path / "a.txt").write_text("Text.\n", "utf-8")
    result = run_cli("check", str(tmp_path / "a.txt"), "--no-config", *args)
    assert result.returncode == 2 and message in result.stderr and b"Traceback" not in result.stderr


def test_bad_record_date_is_one_line_exit_2(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "a", "mt": "Text.", "date": "March"}\n', "utf-8")
    result = run_cli("check", str(tmp_path / "a.jsonl"), "--no-config")
    assert result.returncode == 2 and b'"date" must be a date as YYYY-MM-DD' in result.stderr
