"""One long document on several cores: its rule families are shared among forked processes
(mtqa.parallel.split_rule_findings), and the report is the same, byte for byte, as in one
process — also when a helper process fails or a rule runs short of a resource."""

from __future__ import annotations

import json
import multiprocessing
import os

import pytest
from conftest import ROOT, run_cli

from mtqa import engine, parallel
from mtqa.config import Config
from mtqa.document import Document
from mtqa.errors import ResourceError
from mtqa.render import render
from mtqa.rules import get

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="a document's rules are shared among forked processes only")

# our own MT articles and clean articles, one after the other: findings of many families
ARTICLES = "\n\n".join(p.read_text("utf-8") for p in sorted((ROOT / "corpora" / "mt").glob("*.txt"))[:12]
                       + sorted((ROOT / "corpora" / "clean").glob("*.txt"))[:3])


@pytest.fixture
def split_early(monkeypatch):
    """Documents of a few thousand characters are split (the real threshold is 128 KB); counts the splits."""
    monkeypatch.setattr(parallel, "SPLIT_FROM", 2_000)
    calls = []
    real = parallel.split_rule_findings

    def counted(*args, **kwargs):
        calls.append(args[0].id)
        return real(*args, **kwargs)

    monkeypatch.setattr(parallel, "split_rule_findings", counted)
    return calls


def _report(jobs: int, text: str = ARTICLES) -> str:
    return render(engine.run([Document(text, path="long.txt", id="long")], Config(), jobs=jobs), "json")


def test_split_gives_the_same_report_as_one_process(split_early):
    one = _report(1)
    assert not split_early
    two = _report(2)
    assert split_early == ["long"]  # the document was split…
    assert two == one  # …and nothing changed
    families = {finding["rule"][:3] for finding in json.loads(one)["documents"][0]["findings"]}
    assert {"NAM", "TYP", "TRN"} <= families  # (findings of several units, put back in rule order)


def test_short_document_is_not_split(split_early):
    _report(2, "The minister said in Cairo that talks would resume next week.")
    assert not split_early


def test_units_are_families_costliest_first_and_cover_every_rule():
    rules = [r for r in engine.selected_rules(Config()) if r.scope == "document"]
    units = parallel._units(rules)
    assert units[0][0] == "NAM"  # (the main process's own unit: the run rules read its views again)
    assert [name for name, _ in units].count("readability") == 1
    ran = [rule.id for _, members in units for rule in members]
    assert sorted(ran) == sorted(rule.id for rule in rules)
    assert all(rule.family == name for name, members in units for rule in members)


@pytest.mark.parametrize("failure", ["nothing sent", "process died"])
def test_a_failing_helper_process_changes_nothing(split_early, monkeypatch, failure):
    one = _report(1)

    def failing(units, counter, doc, ctx, runs, conn, *halves):
        if failure == "process died":
            os._exit(3)
        conn.send(({}, {}))  # (no results, no patterns)
        conn.close()

    monkeypatch.setattr(parallel, "_split_worker", failing)
    assert _report(2) == one  # the main process ran the helper's units itself


def test_patterns_a_helper_compiled_are_stored_by_the_main_process(split_early, monkeypatch):
    """A forked process ends without the exit hook that stores the patterns it compiled: it
    sends those the on-disk cache lacks, and the main process stores them with its own."""
    planted = {("(?:planted)", 0): (0, b"", 1, {})}
    monkeypatch.setattr(parallel.regexes, "unstored", lambda: planted)  # (what the helper sends)
    adopted = []
    monkeypatch.setattr(parallel.regexes, "adopt", adopted.append)
    _report(2)
    assert adopted == [planted]


def test_unstored_patterns_are_adopted_once(monkeypatch, tmp_path):
    from mtqa import regexes

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexes, "_codes", None)
    monkeypatch.setattr(regexes, "_made", {})
    monkeypatch.setattr(regexes, "_exit_hook", True)  # (nothing stored at this test's exit)
    regexes.compile(r"\bplanted\b")
    sent = regexes.unstored()
    assert list(sent) == [(r"\bplanted\b", 0)]
    monkeypatch.setattr(regexes, "_made", {})  # the main process, which did not compile it
    regexes.adopt(sent)
    assert regexes.unstored() == sent
    regexes._store()
    monkeypatch.setattr(regexes, "_codes", None)
    assert regexes.unstored() == {}  # stored now


def test_word_list_patterns_are_the_same_text_in_every_run():
    """Patterns built from sets of words list them in one order whatever the hash seed, so
    that the on-disk cache of compiled patterns finds them (it is keyed by the text)."""
    import subprocess
    import sys

    probe = ("from mtqa import tense_shapes; from mtqa.lexicon import evidence; "
             "from mtqa.rules import all_rules, translated_names; "
             "runs = [r._runs.pattern for r in all_rules() if hasattr(r, '_runs')]; "
             "from mtqa.rules import interposed; shapes = [p.pattern for p, _ in interposed._noun_phrase_shapes()]; "
             "print(tense_shapes._EVENT_FORMS, evidence.settings().apposition.pattern, translated_names._ORDER_HEADS, runs, shapes)")
    seen = {subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(seen) == 1


@pytest.mark.parametrize("text", [ARTICLES, "Ab_c d'Été İstanbul ΑΣ'Β x2y 3ab ab-cd naïve\n\tǅemal Ⅻx " * 50])
def test_word_index_made_in_two_halves_is_the_whole_index(text):
    """With one helper process the word index is made half in each process (at whitespace
    near the middle) and the halves joined: the same offsets, words and distinct words."""
    import pickle
    import re

    from mtqa.document import WordIndex

    whole = WordIndex(text)
    for at in (0, len(text) // 3, len(text) // 2, len(text) - 5):
        found = re.compile(r"\s").search(text, at)
        cut = found.start() if found else len(text)
        joined = WordIndex.joined(WordIndex(text, 0, cut), pickle.loads(pickle.dumps(WordIndex(text, cut))))
        assert list(joined.offsets) == list(whole.offsets) and joined.offsets.typecode == whole.offsets.typecode
        assert joined.words == whole.words and joined.distinct == whole.distinct


TRICKY = ("Headline without stop\nThe U.S. envoy met Mr. Smith. He said \"yes.\" Then J. R. Smith left... And then? "
          "\"Why!\" she asked.\nTalks ended (in Cairo.) The next day.  A.B. Co. said 3.5 m. No. 5 won. E.g. this. "
          "Dr. Who.\nloyal to\nKhalifa forces. (Bracket end.) ¿Qué? ¡Sí! Ends… Then more.\n\nNew paragraph. Mr. X. Y. ok. Ok.")


@pytest.mark.parametrize("text", [ARTICLES, TRICKY * 4])
def test_sentences_of_the_two_sides_of_a_cut_are_those_of_the_whole(text):
    """With one helper process each process finds the sentences of one side of a sentence end
    near the middle (segment.sentence_cut): together they are those of the whole text."""
    from mtqa import segment

    paragraphs = segment.paragraph_spans(text)
    whole = segment.sentence_spans(text, paragraphs)
    cuts = {segment.sentence_cut(text, paragraphs, near, reach=64) for near in range(0, len(text), 7)} - {None}
    assert len(cuts) > 10
    for cut in cuts:
        before, after = segment.paragraphs_cut(paragraphs, cut)
        assert segment.sentence_spans(text, before) + segment.sentence_spans(text, after) == whole


def test_rule_short_of_a_resource_is_switched_off_the_same_way(split_early, monkeypatch):
    """A rule that stops on a missing resource after a finding: the finding is kept, the rule
    switched off with one warning, in a split run as in one process (whichever process ran it)."""
    rule = get("TYP006")
    real = type(rule).check

    def short_of_a_resource(self, doc, ctx):
        yield from list(real(self, doc, ctx))[:1]
        raise ResourceError("planted: resource missing", resource="punkt_tab")

    monkeypatch.setattr(type(rule), "check", short_of_a_resource)
    runs = {jobs: engine.run([Document(ARTICLES, path="long.txt", id="long")], Config(), jobs=jobs) for jobs in (1, 2)}
    assert render(runs[2], "json") == render(runs[1], "json")
    assert runs[2].warnings == runs[1].warnings
    assert len(runs[1].warnings) == 1 and "punkt_tab" in runs[1].warnings[0] and "TYP006" in runs[1].warnings[0]
    assert [f.rule for f in runs[1].documents[0].findings].count("TYP006") == 1


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_cli_long_file_same_bytes_with_one_and_two_jobs(tmp_path, fmt):
    """The real threshold: a file of more than 128 KB from the command line (no output written
    twice by a forked process)."""
    text = ARTICLES
    while len(text) < parallel.SPLIT_FROM + 1000:
        text += "\n\n" + ARTICLES
    path = tmp_path / "long.txt"
    path.write_text(text, "utf-8")
    assert parallel.can_split(Document(text), 2)
    one = run_cli("check", str(path), "-f", fmt, "--jobs", "1")
    two = run_cli("check", str(path), "-f", fmt, "--jobs", "2")
    assert one.returncode == two.returncode == 1, one.stderr
    assert one.stdout == two.stdout


def test_what_a_paused_collector_allocated_is_not_left_young():
    """After the pause (a split document, a long one in one process), what it allocated and
    still holds is in the oldest generation: the collector, back on, does not walk every view
    and memo of the document in its next young-generation pass."""
    import gc

    with parallel._collector_paused():
        held = [[] for _ in range(50_000)]  # (containers the collector tracks, as views are)
    assert gc.isenabled()
    assert any(item is held[0] for item in gc.get_objects(generation=2))


def test_a_paused_collector_leaves_frozen_objects_frozen():
    """In a forked worker the parent's objects stay frozen (not copied by a collection's pass)."""
    import gc

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with parallel._collector_paused():
            held = [[] for _ in range(1_000)]
        assert gc.get_freeze_count() == frozen and held
    finally:
        gc.unfreeze()
