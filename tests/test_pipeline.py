"""Whole runs: hostile input, command-line failures, determinism, and a property test."""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from azdata import schema
from azdata.cli import write_tables
from azdata.extract import extract
from azdata.pipeline import run
from azdata.read import Article, read_text
from azdata.tables import build_tables

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "data" / "seeds"
GOOD = SEEDS / "000_f4110fb23c896afe.txt"

HOSTILE = {
    "empty.txt": (b"", "error", "empty file"),
    "blank.txt": (b"  \n\n\t\n", "error", "only blank space"),
    "binary.txt": (bytes(range(256)) * 20, "error", "binary data"),
    "nul.txt": (b" date 2024-05-01 NATO met\x00 Azerbaijan on Monday.", "warning", "NUL bytes"),
    "cp1252.txt": (" date 2024-05-01 NATO’s chief met Zakir Hasanov on Monday “in Baku”.".encode("cp1252"),
                   "warning", "Windows-1252"),
    "latin1.txt": (" date 2024-05-01 José Lello met Ilham Aliyev in Baku on Monday.".encode("latin-1"),
                   "warning", "not UTF-8"),
    "bom.txt": (b"\xef\xbb\xbf date 2024-05-01 Ilham Aliyev met Jens Stoltenberg on Monday.\r\nMore.\r\n", "ok", ""),
    "html.txt": (b"<html><body><p> date 2024-05-01 President Ilham Aliyev met NATO Secretary General "
                 b"Jens Stoltenberg in Baku on Monday.</p></body></html>", "warning", "HTML markup"),
    "german.txt": (" date 2024-05-01 Der Präsident traf sich am Montag mit dem Generalsekretär der NATO in Baku "
                   "und sie sprachen über die Zusammenarbeit zwischen den beiden Seiten.".encode(), "warning",
                   "does not look like English"),
    "baddate.txt": (b" date 2025-02-30 NATO and Azerbaijan met in Baku on Monday.", "warning", "not a real date"),
    "future.txt": (b" date 2999-01-01 NATO and Azerbaijan met in Baku on Monday.", "warning", "lies in the future"),
    "nodate.txt": (b"NATO and Azerbaijan cooperate closely.", "warning", "no publication date"),
    "zz_copy.txt": (GOOD.read_bytes(), "warning", "exact duplicate of good.txt"),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    shutil.copy(GOOD, folder / "good.txt")
    for name, (data, _, _) in HOSTILE.items():
        (folder / name).write_bytes(data)
    words = GOOD.read_text(encoding="utf-8").split()
    rng = random.Random(0)
    (folder / "oneline.txt").write_text(" date 2020-01-01 " + " ".join(rng.choice(words) for _ in range(150_000)))
    paragraph = " ".join(rng.choice(words) for _ in range(200))
    (folder / "huge.txt").write_text(" date 2020-01-01 " + "\n\n".join([paragraph] * 7000))  # about 10 MB
    (folder / "notes.md").write_text("not an article")
    return folder


@pytest.fixture(scope="module")
def hostile_tables(hostile):
    return run(hostile)[0]


def test_every_file_gets_one_row_and_the_good_article_keeps_its_events(hostile, tmp_path):
    line = write_tables(hostile, tmp_path)
    articles = pd.read_csv(tmp_path / "articles.csv", keep_default_na=False)
    assert sorted(articles.article_id) == sorted(p.stem for p in hostile.glob("*.txt"))
    events = pd.read_csv(tmp_path / "events.csv", keep_default_na=False)
    good = events[events.article_id == "good"]
    assert sorted(good.date_start) == ["2025-12-09", "2025-12-09"]
    assert "1 other file ignored" in line and "with errors" in line


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_bad_input_is_reported_in_words(hostile_tables, name):
    row = hostile_tables.articles.set_index("article_id").loc[name[:-4]]
    _, status, message = HOSTILE[name]
    assert row.status == status
    assert message in row.problems


def test_a_ten_megabyte_file_is_read_in_part_and_says_so(hostile, hostile_tables):
    assert (hostile / "huge.txt").stat().st_size > 9_000_000
    row = hostile_tables.articles.set_index("article_id").loc["huge"]
    assert row.status == "warning" and "very long" in row.problems


def test_a_run_on_line_is_read(hostile_tables):
    assert hostile_tables.articles.set_index("article_id").loc["oneline"].status in ("ok", "warning")


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "azdata", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("args, message", [
    (["tables", "--corpus", "no/such/folder"], "does not exist"),
    (["tables", "--corpus", "notebooks"], "holds no articles"),
    (["evaluate", "--gold", "no/such/gold"], "does not exist"),
    # mistakes that would otherwise read or write the current folder
    (["tables", "--corpus", ""], "--corpus is empty"),
    (["tables", "--corpus", " ", "--out", "x"], "--corpus is empty"),
    (["tables", "--corpus", "tests/data/seeds", "--out", ""], "--out is empty"),
    (["build", "--corpus", "", "--out", "x"], "--corpus is empty"),
    (["build", "--corpus", "tests/data/seeds", "--out", ""], "--out is empty"),
    (["evaluate", "--corpus", "", "--gold", "tests/data/seed-gold"], "--corpus is empty"),
    (["evaluate", "--corpus", "tests/data/seeds", "--gold", ""], "--gold is empty"),
    (["evaluate", "--corpus", "tests/data/seeds", "--gold", "README.md"], "is not a folder"),
    (["evaluate", "--corpus", "tests/data/seeds", "--gold", "notebooks"], "holds no <article_id>.json"),
    (["evaluate", "--corpus", "tests/data/seeds", "--gold", "tests/data/dev-corpus"], "holds no <article_id>.json"),
])
def test_command_line_fails_in_one_line(args, message):
    res = _cli(*args)
    assert res.returncode != 0
    assert res.stderr.count("\n") == 1 and message in res.stderr
    assert "Traceback" not in res.stderr


def test_unwritable_output_fails_in_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    res = _cli("tables", "--corpus", str(SEEDS), "--out", str(blocker))
    assert res.returncode != 0 and "cannot write tables" in res.stderr and "Traceback" not in res.stderr


def test_jobs_are_capped_by_files_and_processors(monkeypatch):
    from azdata import pipeline

    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    assert [pipeline.worker_count(j, n) for j, n in ((1000, 5), (1000, 1), (2, 50), (1, 50))] == [2, 1, 2, 1]


def test_same_articles_give_identical_csvs_whatever_the_order_and_jobs(tmp_path):
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    for folder, order in (("a", names), ("b", list(reversed(names)))):
        (tmp_path / folder).mkdir()
        for n in order:  # different creation order on disk
            shutil.copy(SEEDS / n, tmp_path / folder / n)
    write_tables(tmp_path / "a", tmp_path / "out_a")
    write_tables(tmp_path / "b", tmp_path / "out_b", jobs=2)
    for csv in (tmp_path / "out_a").glob("*.csv"):
        assert csv.read_bytes() == (tmp_path / "out_b" / csv.name).read_bytes(), csv.name


def test_per_sentence_caches_change_nothing(tmp_path, monkeypatch):
    """Caches only save work: emptied after every article (AZDATA_COLD, as the benchmark runs), the
    dev corpus gives the same tables."""
    from azdata import pipeline

    dev = ROOT / "tests" / "data" / "dev-corpus"
    write_tables(dev, tmp_path / "warm")
    monkeypatch.setattr(pipeline, "COLD", True)
    write_tables(dev, tmp_path / "cold")
    for csv in (tmp_path / "warm").glob("*.csv"):
        assert csv.read_bytes() == (tmp_path / "cold" / csv.name).read_bytes(), csv.name


PIECES = st.sampled_from([
    " date 2024-03-18 ", "On Monday", ", ", ". ", "\n\n", "Colonel General Zakir Hasanov", "Z.Hasanov", "met",
    "NATO Secretary General Jens Stoltenberg", "in Baku", "from 17 to 19 March", "more than 40 officers",
    "joined the Partnership for Peace (PfP) programme in 1994", "the permanent representatives of Greece, Spain",
    "“", "”", "(", ")", "–", "who is on a visit", "said", "visit", "2024", "May", "Mr.", "U.S.", "\x00", "\r\n",
])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=40))
def test_any_text_extracts_validates_and_keeps_evidence_spans(pieces):
    data = "".join(pieces).encode("utf-8", "surrogatepass") if pieces else b""
    art = read_text(Article(article_id="x", source_file="x.txt"), data.replace(b"\xed", b"e"))
    x = extract(art) if not art.fatal else None
    corpus = build_tables([x] if x else [])  # validates every table
    for name in ("events", "statistics", "participants"):
        df = getattr(corpus, name)
        for row in df.itertuples():
            if row.evidence:
                assert art.text[row.char_start:row.char_end] == row.evidence
    for name, df in corpus.tables().items():
        schema.validate(df, name)


# ---------------------------------------------------------------- every entry of the walk

def _rows(corpus: Path):
    tables, _ = run(corpus)
    return tables.articles.set_index("source_file")


def test_files_of_the_same_name_in_two_folders_are_two_articles(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(GOOD, tmp_path / folder / "x.txt")
    shutil.copy(SEEDS / "001_ed68337fcb10dde4.txt", tmp_path / "b" / "y.txt")
    rows = _rows(tmp_path)
    assert rows.loc[["a/x.txt", "b/x.txt", "b/y.txt"], "article_id"].tolist() == ["a/x", "b/x", "y"]
    assert _rows(tmp_path).article_id.tolist() == rows.article_id.tolist()  # the same on every run


def _fifo(path: Path) -> None:
    os.mkfifo(path)


@pytest.mark.parametrize("make, problem", [
    (lambda c: (c / "dangling.txt").symlink_to(c / "gone.txt"), "broken or loops"),
    (lambda c: (c / "loop.txt").symlink_to(c / "loop.txt"), "broken or loops"),
    (lambda c: _fifo(c / "pipe.txt"), "not a regular file"),
    (lambda c: (c / "folder.txt").mkdir(), "not a regular file"),
    (lambda c: (c / "passwd.txt").symlink_to("/etc/passwd"), "outside the corpus folder"),
    (lambda c: (c / "up.txt").symlink_to(c.parent / "secret.txt"), "outside the corpus folder"),
], ids=["dangling link", "looping link", "FIFO", "folder named .txt", "link to /etc", "link out of the corpus"])
def test_every_txt_entry_gets_one_row_whatever_it_is(tmp_path, make, problem):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "secret.txt").write_text("NATO officials met in Baku on 3 March 2024. Secret words.")
    shutil.copy(GOOD, corpus / "good.txt")
    make(corpus)
    rows = _rows(corpus)
    assert len(rows) == 2 and rows.loc["good.txt", "status"] != "error"
    bad = rows.drop("good.txt").iloc[0]
    assert bad.status == "error" and problem in bad.problems
    tables, _ = run(corpus, cache=Path(os.environ["AZDATA_CACHE"]))
    stored = b"".join(p.read_bytes() for p in Path(os.environ["AZDATA_CACHE"]).rglob("*.json"))
    assert b"Secret words" not in stored and b"root:" not in stored


def test_a_link_inside_the_corpus_is_read(tmp_path):
    (tmp_path / "store").mkdir()
    shutil.copy(GOOD, tmp_path / "store" / "original.txt")
    (tmp_path / "copy.txt").symlink_to(tmp_path / "store" / "original.txt")
    rows = _rows(tmp_path)
    assert rows.loc["copy.txt", "status"] != "error" and rows.loc["copy.txt", "n_words"] > 100


def test_an_article_past_its_time_budget_is_an_error_row_and_the_run_goes_on(tmp_path, monkeypatch):
    from azdata import pipeline

    shutil.copy(GOOD, tmp_path / "slow.txt")
    shutil.copy(SEEDS / "001_ed68337fcb10dde4.txt", tmp_path / "fine.txt")
    real_extract = pipeline.extract

    def slow_on_one(art):
        if art.source_file == "slow.txt":
            time.sleep(5)
        return real_extract(art)
    monkeypatch.setattr(pipeline, "extract", slow_on_one)
    monkeypatch.setattr(pipeline, "FILE_SECONDS", 0.2)
    started = time.monotonic()
    rows = _rows(tmp_path)
    assert time.monotonic() - started < 4
    assert rows.loc["slow.txt", "status"] == "error" and "longer than 0.2 s" in rows.loc["slow.txt", "problems"]
    assert rows.loc["fine.txt", "status"] != "error"
