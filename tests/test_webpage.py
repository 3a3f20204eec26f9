"""Saved web pages (.html, .htm) are articles too: the story is read out of the page's furniture."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from azdata.pipeline import run
from azdata.read import Article, read_page

ROOT = Path(__file__).resolve().parents[1]

STORY = """
<p>Baku, 14 March 2023. On Tuesday, Azerbaijan's Minister of Defense, Colonel General Zakir Hasanov, met with
the Deputy Secretary General of NATO, Mircea Geoana, who is on a working visit to Azerbaijan.</p>
<p>The two sides discussed cooperation within the Partnership for Peace programme and the
training of more than 300 officers under NATO standards.</p>
<p>Geoana thanked his hosts for the warm welcome and praised the work of the Azerbaijani
peacekeepers in the missions led by the Alliance.</p>
"""

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Defense minister receives NATO deputy chief | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
{meta}
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/economy">Economy</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="share">Share on Facebook | Share on X | Subscribe</div></header>
<main><article><h1>Defense minister receives NATO deputy chief</h1>
<div class="byline">By Leyla Mammadova</div>
{story}
</article></main>
<aside><h3>Latest news</h3><ul>
<li><a href="/n/1">President Vladimir Putin signs a decree on grain exports</a> 09.01.2026</li>
<li><a href="/n/2">Football club wins the national cup after extra time</a> 08.01.2026</li>
<li><a href="/n/3">Weather: snow expected in the mountains on Friday</a> 08.01.2026</li>
</ul></aside>
<footer><p>© 2026 Example Wire. All rights reserved.</p><p>Cookies help us deliver our services.</p></footer>
</body></html>"""

META_DATE = '<meta property="article:published_time" content="2023-03-14T12:05:00+04:00">'


def _page(tmp_path: Path, name: str, meta: str = META_DATE, story: str = STORY) -> Path:
    path = tmp_path / name
    path.write_text(PAGE.format(meta=meta, story=story), encoding="utf-8")
    return path


@pytest.fixture
def tables(tmp_path):
    _page(tmp_path, "minister.html")
    return run(tmp_path)[0]


def test_a_saved_page_is_one_article_with_the_pages_date_title_and_site(tables):
    row = tables.articles.iloc[0]
    assert (row.article_id, row.status, row.published, row.published_from) == ("minister", "ok", "2023-03-14", "page")
    assert row.title == "Defense minister receives NATO deputy chief"


def test_the_story_gives_the_facts_and_the_furniture_none(tables):
    assert set(tables.events.date_start) == {"2023-03-14"}
    names = set(tables.people.name)
    assert {"Zakir Hasanov", "Mircea Geoana"} <= names
    assert not any("Putin" in n for n in names)
    assert 300 in set(tables.statistics.value)
    assert not tables.events.evidence.str.contains("Football|Cookies|Share on").any()


def test_offsets_point_into_the_text_that_azdata_text_prints(tmp_path):
    page = _page(tmp_path, "minister.htm")
    tables = run(tmp_path)[0]
    shown = subprocess.run([sys.executable, "-m", "azdata", "text", str(page)], capture_output=True, text=True,
                           cwd=ROOT, check=True).stdout
    for df in (tables.events, tables.statistics):
        for row in df.itertuples():
            assert shown[row.char_start:row.char_end] == row.evidence


def test_without_page_metadata_the_date_comes_from_the_story(tmp_path):
    _page(tmp_path, "undated.html", meta="")
    row = run(tmp_path)[0].articles.iloc[0]
    assert row.published == "2023-03-14" and row.published_from in ("dateline", "body")


@pytest.mark.parametrize("content, problem", [
    ("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
     "no story text found in the HTML page"),
    ("", "empty file"),
], ids=["a page with no story", "an empty file"])
def test_a_page_without_a_story_is_a_row_with_its_problem(tmp_path, content, problem):
    (tmp_path / "odd.html").write_text(content, encoding="utf-8")
    row = run(tmp_path)[0].articles.iloc[0]
    assert problem in row.problems


def test_a_page_reads_the_same_twice():
    data = PAGE.format(meta=META_DATE, story=STORY).encode()
    a = read_page(Article(article_id="a", source_file="a.html"), data)
    b = read_page(Article(article_id="a", source_file="a.html"), data)
    assert (a.text, a.published, a.title, a.paragraphs) == (b.text, b.published, b.title, b.paragraphs)
