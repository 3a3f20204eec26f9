"""azdata.read: bytes -> text, header / byline / dateline / headline, body paragraphs and sentences.

Small articles are written to ``tmp_path``; the seed and dev-corpus articles are
read where they are (the repo's ``seeds/`` and the copy in ``tests/data/``).
Expected values are read from the texts as a careful reader would (SPEC.md and
the gold files), not taken from the code's output.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from azdata.read import decode, read_article, sentences

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "data" / "seeds"
DEV = Path(__file__).resolve().parent / "data" / "dev-corpus"
ALL_ARTICLES = sorted(SEEDS.glob("*.txt")) + sorted(DEV.glob("*.txt"))


def _write(tmp_path: Path, content: str | bytes, name: str = "a.txt"):
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return read_article(path, tmp_path)


def _body(art) -> list[str]:
    return [art.text[s:e] for s, e in art.paragraphs]


# ------------------------------------------------------------------ decode

DECODE = [
    # (bytes, expected text, words one problem message must contain, or None for no problem)
    pytest.param(b"\xef\xbb\xbf date 2024-03-18 Text.", " date 2024-03-18 Text.", None, id="utf8-bom-stripped"),
    pytest.param("Türkiye’s “envoy” – Paveł".encode("utf-8"), "Türkiye’s “envoy” – Paveł", None, id="plain-utf8"),
    pytest.param(b"The minister said \x93we are ready\x94 \x96 and left.",
                 "The minister said “we are ready” – and left.", "1252", id="cp1252-curly-quotes"),
    pytest.param(b"NA\x00TO met\x00 in Baku.", "NATO met in Baku.", "NUL", id="nul-bytes"),
    pytest.param(b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n", None, id="crlf-and-cr"),
    pytest.param(b"\xff\xfe" + "Bakı’da görüş – NATO\r\n".encode("utf-16-le"), "Bakı’da görüş – NATO\n", None,
                 id="utf16-le-bom"),
    pytest.param(b"\xfe\xff" + "Bakı’da görüş – NATO\r\n".encode("utf-16-be"), "Bakı’da görüş – NATO\n", None,
                 id="utf16-be-bom"),
    pytest.param("Türkiye’s “envoy” met Bruåsdal".encode("utf-8") + b" \xe2\x80 in Bak\xc4",
                 "Türkiye’s “envoy” met Bruåsdal \ufffd in Bak\ufffd", "invalid byte", id="utf8-with-a-few-bad-bytes"),
]


@pytest.mark.parametrize("data, text, problem", DECODE)
def test_decode(data, text, problem):
    got, problems = decode(data)
    assert got == text
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


def test_utf16_file_is_read_not_taken_for_binary(tmp_path):
    text = " date 2024-03-18 The minister met the delegation of the Alliance in Bakı on Monday.\n"
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        art = _write(tmp_path, bom + text.encode(codec))
        assert art.status == "ok", art.problems
        assert art.published == dt.date(2024, 3, 18)
        assert _body(art) == ["The minister met the delegation of the Alliance in Bakı on Monday."]


def test_bom_does_not_hide_the_header(tmp_path):
    art = _write(tmp_path, b"\xef\xbb\xbf date 2024-03-18 The minister met the delegation on Monday.\n")
    assert art.published == dt.date(2024, 3, 18)
    assert art.published_from == "header"
    assert art.status == "ok"


def test_crlf_offsets_refer_to_normalised_text(tmp_path):
    art = _write(tmp_path, b" date 2024-03-18 First paragraph here.\r\n\r\nSecond paragraph here.\r\n")
    assert "\r" not in art.text
    assert _body(art) == ["First paragraph here.", "Second paragraph here."]


def test_empty_file_is_an_error_not_a_crash(tmp_path):
    art = _write(tmp_path, b"")
    assert art.status == "error"
    assert any("empty" in p for p in art.problems)


# ------------------------------------------------------------------ header, byline, junk

def test_body_on_the_header_line(tmp_path):
    art = _write(tmp_path, " date 2025-12-09 On December 9, the Minister of Defense met the delegation.\n\n"
                           "During the meeting, the sides discussed future plans.\n")
    assert art.published == dt.date(2025, 12, 9)
    assert art.published_from == "header"
    assert _body(art) == ["On December 9, the Minister of Defense met the delegation.",
                          "During the meeting, the sides discussed future plans."]
    assert art.problems == [] and art.status == "ok"


def test_byline_on_the_header_line(tmp_path):
    art = _write(tmp_path, " date 2021-11-16 By Vugar Khalilov\n\nAzerbaijani Foreign Minister Jeyhun Bayramov and "
                           "NATO Deputy Secretary-General Mircea Geoana have discussed partnership.\n")
    assert art.published == dt.date(2021, 11, 16)
    assert art.author == "Vugar Khalilov"
    assert all("Khalilov" not in p for p in _body(art))
    assert _body(art)[0].startswith("Azerbaijani Foreign Minister")


def test_byline_after_headline_and_timestamp(tmp_path):
    art = _write(tmp_path, " date 2014-02-24\nBaku hosts winter session of NATO International School\n"
                           "24 February 2014 14:39 (UTC+04:00)\nBy Nazrin Gadimova\n\n"
                           "The winter session of the NATO International School of Azerbaijan opened in Baku on "
                           "February 24.\n\nFollow us on Twitter @AzerNewsAz\n")
    assert art.title == "Baku hosts winter session of NATO International School"
    assert art.author == "Nazrin Gadimova"
    assert _body(art) == ["The winter session of the NATO International School of Azerbaijan opened in Baku on "
                          "February 24."]
    assert art.outlet == "AzerNews"


@pytest.mark.parametrize("block, author", [
    ("Kamran Huseynov, Amb.\nHead of Mission\nMission of the Republic of Azerbaijan to NATO", "Kamran Huseynov"),
    ("Leyla Karimova\nSenior Research Fellow\nCenter for Strategic Studies", "Leyla Karimova"),
    ("Prof. Anar Bagirov\nDepartment of International Relations, Baku State University", "Anar Bagirov"),
])
def test_an_author_block_under_the_headline_is_the_byline_not_the_title(tmp_path, block, author):
    art = _write(tmp_path, "Looking back on a partnership with the Alliance\n\n" + block + "\n\n"
                           "The partnership with the Alliance began when the country signed its framework document, "
                           "and it has grown since into cooperation on training and reforms.\n\n"
                           "Every year officers of the army take part in courses and exercises of the Alliance.\n")
    assert art.title == "Looking back on a partnership with the Alliance"
    assert art.author == author
    assert _body(art)[0].startswith("The partnership with the Alliance began")


def test_px_junk_is_ignored(tmp_path):
    art = _write(tmp_path, " date 2025-11-06 + ↺ − 16 px\n\nAzerbaijan’s President Ilham Aliyev has stressed the "
                           "importance of expanding cooperation.\n\nNews.Az\n")
    assert art.published == dt.date(2025, 11, 6)
    assert _body(art) == ["Azerbaijan’s President Ilham Aliyev has stressed the importance of expanding cooperation."]
    assert art.title == ""
    assert art.outlet == "News.Az"
    assert art.n_words == 11


@pytest.mark.parametrize("raw", ["2025-02-30", "2025-13-01", "yesterday"])
def test_bad_header_date(tmp_path, raw):
    art = _write(tmp_path, f" date {raw} The ministers met in Baku to discuss cooperation.\n")
    assert art.published is None
    assert art.published_from == "none"
    assert any(raw in p for p in art.problems), art.problems
    assert art.status == "warning"
    assert _body(art) == ["The ministers met in Baku to discuss cooperation."]


def test_header_date_in_the_future_is_a_problem(tmp_path):
    art = _write(tmp_path, " date 2999-01-01 The ministers met in Baku to discuss cooperation.\n")
    assert art.published is None
    assert any("2999-01-01" in p for p in art.problems), art.problems


# ------------------------------------------------------------------ datelines, inferred publication dates

DATELINES = [
    # (file content, published, published_from, first body paragraph starts with, outlet)
    pytest.param(
        "NATO headquarters marks 30 years of partnership with Azerbaijan\n\n"
        "BAKU, Azerbaijan, June 26 (Trend) – NATO headquarters in Brussels has hosted an official reception.\n\n"
        "The diplomat cited the visit of NATO Secretary General Jens Stoltenberg to Baku in March 2024.\n",
        "2024-06-26", "dateline", "NATO headquarters in Brussels", "Trend", id="trend-dateline-year-from-body"),
    pytest.param(
        " date 2018-12-11 Baku, December 11, AZERTAC\n\nNATO supports the territorial integrity of Azerbaijan, "
        "General Curtis Scaparrotti said in Baku today.\n",
        "2018-12-11", "header", "NATO supports", "Azertac", id="azertac-dateline-after-header"),
    pytest.param(
        "Baku, December 11, AZERTAC\n\nNATO supports the territorial integrity of Azerbaijan, General Curtis "
        "Scaparrotti said in Baku today. He first met Gerasimov in Baku on April 19, 2018.\n",
        "2018-12-11", "dateline", "NATO supports", "Azertac", id="azertac-dateline-no-header"),
    pytest.param(
        "NATO Secretary General ends first Baku visit\n\nBaku, 5 November, AZERTAC\n\n"
        "NATO Secretary General Jaap de Hoop Scheffer on Friday wrapped up a short visit to Azerbaijan.\n\n"
        "President Aliyev handed the IPAP document to the Secretary General in Brussels on 19 May 2004. The "
        "partnership dates back to 4 May 1994.\n",
        "2004-11-05", "dateline", "NATO Secretary General Jaap", "Azertac", id="day-month-dateline"),
    pytest.param(
        " date 2016-01-28 Baku. 28 January. REPORT.AZ/ The Embassy of Romania on Thursday hosted a roundtable, "
        "the embassy told Report.\n",
        "2016-01-28", "header", "The Embassy of Romania", "Report", id="report-dateline-same-line"),
    pytest.param(
        "Aliyev discusses regional security, energy with NATO chief in Brussels\n\n"
        "BRUSSELS, Belgium, April 29 (Trend) -\n\n"
        "Photo: President Ilham Aliyev with NATO Secretary General Jaap de Hoop Scheffer\n\n"
        "Azerbaijani President Ilham Aliyev visited NATO headquarters in Brussels on Wednesday. Aliyev had also "
        "addressed the Council on 8 November 2006. The Regional Response 2009 exercise ended.\n",
        "2009-04-29", "dateline", "Azerbaijani President Ilham Aliyev", "Trend", id="dateline-alone-on-its-line"),
    pytest.param(
        "Chairman of the NATO Military Committee visits Azerbaijan\n\n"
        "General Petr Pavel, Chairman of the NATO Military Committee, paid a visit to Baku on 7 September 2017, "
        "during which he held talks with Colonel General Najmeddin Sadikov.\n",
        "2017-09-07", "body", "General Petr Pavel", "", id="date-from-body"),
]


@pytest.mark.parametrize("content, published, source, first, outlet", DATELINES)
def test_datelines(tmp_path, content, published, source, first, outlet):
    art = _write(tmp_path, content)
    assert art.published == dt.date.fromisoformat(published)
    assert art.published_from == source
    assert _body(art)[0].startswith(first), _body(art)
    assert art.outlet == outlet
    assert all(not p.startswith("Photo:") for p in _body(art))


# ------------------------------------------------------------------ the real articles

ARTICLES = [
    # (file, published, published_from, author, outlet, title); None = not checked
    ("000_f4110fb23c896afe", "2025-12-09", "header", "", "Report", None),
    ("001_ed68337fcb10dde4", None, "none", "", None, "NATO Partnerships Directorate Visits Azerbaijan"),
    ("002_c6bc606f1f1075c8", "2025-11-06", "header", "", "News.Az", ""),
    ("003_6718eb2fde684e26", "2021-11-16", "header", "Vugar Khalilov", "AzerNews", None),
    ("004_e513e6f8b66b7159", "2019-11-28", "header", "Abdul Kerimkhanov", None, None),
    ("d01", "2024-03-18", "header", "", "News.Az", ""),
    ("d02", "2024-06-26", "dateline", "", "Trend", "NATO headquarters marks 30 years of partnership with Azerbaijan"),
    ("d03", "2024-11-27", "header", "Akbar Novruz", None, None),
    ("d04", "2024-06-03", "header", "", "Report", None),
    ("d05", "2017-05-31", "header", "", None, None),
    ("d06", "2017-09-07", "body", "", None, "Chairman of the NATO Military Committee visits Azerbaijan"),
    ("d07", "2017-09-27", "header", "", "Report", None),
    ("d08", "2018-01-09", "header", "", None, None),
    ("d09", "2018-12-11", "header", "", "Azertac", None),
    ("d10", "2016-01-28", "header", "", "Report", None),
    ("d11", "2004-11-05", "dateline", "", "Azertac",
     "NATO Secretary General ends first Baku visit, rules out Alliance bases in Azerbaijan"),
    ("d12", "2008-03-05", "header", "", "", "Azerbaijani parliament votes to bring peacekeepers home from Kosovo"),
    ("d13", "2009-04-24", "header", "", "Jamestown Foundation",
     "NATO partnership exercise Regional Response 2009 nears end near Baku"),
    ("d14", "2014-02-24", "header", "Nazrin Gadimova", "AzerNews",
     "Baku hosts winter session of NATO International School"),
    ("d15", "2009-04-29", "dateline", "", "Trend",
     "Aliyev discusses regional security, energy with NATO chief in Brussels"),
]
JUNK_STARTS = ("Photo:", "Photograph:", "Read more:", "©", "Follow us on", "+ ↺", "--", "24 February 2014 14:39")


def _path(article_id: str) -> Path:
    return (DEV if article_id.startswith("d") else SEEDS) / f"{article_id}.txt"


@pytest.mark.parametrize("article_id, published, source, author, outlet, title", ARTICLES,
                         ids=[a[0] for a in ARTICLES])
def test_real_articles(article_id, published, source, author, outlet, title):
    path = _path(article_id)
    art = read_article(path, path.parent)
    assert art.published == (dt.date.fromisoformat(published) if published else None)
    assert art.published_from == source
    assert art.author == author
    if outlet is not None:
        assert art.outlet == outlet
    if title is not None:
        assert art.title == title
    body = _body(art)
    assert body, "every article has a body"
    assert not [p for p in body if p.strip().startswith(JUNK_STARTS) or p.strip() in ("News.Az",)], body
    assert art.status in ("ok", "warning")


# ------------------------------------------------------------------ sentences

@pytest.mark.parametrize("path", ALL_ARTICLES, ids=[p.stem for p in ALL_ARTICLES])
def test_sentence_spans(path):
    art = read_article(path, path.parent)
    sents = sentences(art)
    assert sents
    last_end = -1
    for s in sents:
        assert art.text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= last_end, "sentences are in order and do not overlap"
        last_end = s.end
        ps, pe = art.paragraphs[s.paragraph]
        assert ps <= s.start and s.end <= pe, "a sentence stays inside its paragraph"
        assert not s.text.endswith(("U.S.", " F.", " D.", "Gen.", "Maj.", "Oct.")), s.text


SPLITS = [
    # (paragraph, expected sentences)
    pytest.param(
        "Expressing his gratitude, the head of state noted the special role of U.S. President Donald Trump in the "
        "process. He said the agreements reached open broad opportunities.",
        ["Expressing his gratitude, the head of state noted the special role of U.S. President Donald Trump in the "
         "process.", "He said the agreements reached open broad opportunities."], id="us-president"),
    pytest.param(
        "U.S. Ambassador Robert F. Cekuta said his government backs the project. Hungary has also joined the donors.",
        ["U.S. Ambassador Robert F. Cekuta said his government backs the project.",
         "Hungary has also joined the donors."], id="middle-initial"),
    pytest.param(
        "Speaking at the opening ceremony, General Carter F. Ham praised Azerbaijan. Gen. Joseph Dunford agreed.",
        ["Speaking at the opening ceremony, General Carter F. Ham praised Azerbaijan.", "Gen. Joseph Dunford agreed."],
        id="initial-and-gen"),
    pytest.param(
        "Thanking the Alliance, Maj. Gen. A.Hasanov said NATO’s assistance had been important. The sides agreed.",
        ["Thanking the Alliance, Maj. Gen. A.Hasanov said NATO’s assistance had been important.", "The sides agreed."],
        id="abbreviated-rank"),
    pytest.param(
        "NATO Partnerships Directorate (PD) visited Baku, Oct. 11– 16, 2021, for a series of engagements. It was "
        "useful.",
        ["NATO Partnerships Directorate (PD) visited Baku, Oct. 11– 16, 2021, for a series of engagements.",
         "It was useful."], id="abbreviated-month"),
    pytest.param(
        "“They provide invaluable opportunities,” said Rear Admiral Bulent Turan. “We are proud.” The visit ended.",
        ["“They provide invaluable opportunities,” said Rear Admiral Bulent Turan.", "“We are proud.”",
         "The visit ended."], id="quotes"),
    pytest.param(
        "The guests were shown the training grounds.The minister thanked them, the ministry told Example.Az. "
        "They left.",
        ["The guests were shown the training grounds.", "The minister thanked them, the ministry told Example.Az.",
         "They left."], id="paragraphs-run-together-without-a-space"),
    pytest.param(  # glued after a year or an acronym only before a function word ("NATO.Int", "U.S.Army" stay)
        "The summit meets in Washington, DC, on 9-11 July 2024.The meeting marks the date.It follows talks in "
        "DC.It ends a cycle, NATO.Int reports, and the U.S.Army agrees.",
        ["The summit meets in Washington, DC, on 9-11 July 2024.", "The meeting marks the date.",
         "It follows talks in DC.", "It ends a cycle, NATO.Int reports, and the U.S.Army agrees."],
        id="run-together-after-a-year-or-an-acronym"),
    pytest.param(
        "Under the U.S.-led coalition, 2 sappers served. The contingent grew.",
        ["Under the U.S.-led coalition, 2 sappers served.", "The contingent grew."], id="us-led"),
]


@pytest.mark.parametrize("paragraph, expected", SPLITS)
def test_sentence_splits(tmp_path, paragraph, expected):
    art = _write(tmp_path, f" date 2024-01-01 {paragraph}\n")
    assert [s.text for s in sentences(art)] == expected


def test_paragraph_break_ends_a_sentence(tmp_path):
    art = _write(tmp_path, " date 2024-01-01 The delegation arrived.\n\nThe ministers met in Baku\n\n"
                           "They discussed cooperation.\n")
    got = sentences(art)
    assert [s.text for s in got] == ["The delegation arrived.", "The ministers met in Baku",
                                     "They discussed cooperation."]
    assert [s.paragraph for s in got] == [0, 1, 2]


@pytest.mark.parametrize("text, published", [
    ("NATO visits Baku\n\n16 Oct. 2021\n\nThe NATO team arrived in Baku on Monday.", "2021-10-16"),
    ("Baku hosts session\n24 February 2014 14:39 (UTC+04:00)\nBy Nazrin Gadimova\n\nThe session opened.", "2014-02-24"),
    ("Updated: October 16, 2021 14:05\nThe team arrived on Monday for talks.", "2021-10-16"),
])
def test_a_line_that_is_only_a_date_is_the_publication_date(text, published):
    """A date line of the page (plain, timestamp or "updated") is the page's date: SPEC's ``page``."""
    from azdata.read import Article, read_text

    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    assert (str(art.published), art.published_from) == (published, "page")


# ------------------------------------------------------------------ headlines in capitals, headlines with a media tag

LEAD = ("The Minister of Defence received a delegation of the Alliance's military committee and discussed the "
        "training of the units the army has declared to the partnership programme.")
REST = "\n\nThe guests also visited the staff college and met its cadets.\n"
HEADLINES = [
    # (page, title, author)
    pytest.param("Defence minister receives a delegation of the Alliance in Baku [PHOTOS]\n\n" + LEAD + REST,
                 "Defence minister receives a delegation of the Alliance in Baku [PHOTOS]", "",
                 id="photos-in-brackets"),
    pytest.param("Chief of staff meets the commanders of the Alliance in Brussels (PHOTO)\n\n" + LEAD + REST,
                 "Chief of staff meets the commanders of the Alliance in Brussels (PHOTO)", "",
                 id="photo-in-parentheses"),
    pytest.param(" date 2023-05-04 Cadets of the academy take part in a course of the Alliance [VIDEO]\n"
                 "4 May 2023 12:10\n\n" + LEAD + REST,
                 "Cadets of the academy take part in a course of the Alliance [VIDEO]", "",
                 id="video-on-the-header-line"),
    pytest.param("Menu\nSearch\n\nThe envoy of the Alliance is received by the speaker of parliament [PHOTO/VIDEO]\n\n"
                 + LEAD + REST, "The envoy of the Alliance is received by the speaker of parliament [PHOTO/VIDEO]", "",
                 id="two-media-words"),
    pytest.param("DEFENCE MINISTER MEETS THE ENVOY OF THE ALLIANCE.\n\n" + LEAD + REST,
                 "DEFENCE MINISTER MEETS THE ENVOY OF THE ALLIANCE.", "", id="capitals-with-a-full-stop"),
    pytest.param(" date 2008-11-12 ALIYEV RECEIVES A DELEGATION OF THE ALLIANCE'S PARLIAMENTARIANS IN BAKU\n\n"
                 + LEAD + REST, "ALIYEV RECEIVES A DELEGATION OF THE ALLIANCE'S PARLIAMENTARIANS IN BAKU", "",
                 id="capitals-on-the-header-line"),
    pytest.param("THE ALLIANCE OPENS ITS INFORMATION CENTRE IN THE CAPITAL [PHOTO]\n\n" + LEAD + REST,
                 "THE ALLIANCE OPENS ITS INFORMATION CENTRE IN THE CAPITAL [PHOTO]", "", id="capitals-and-a-media-tag"),
    pytest.param("Wire Service Worldstream\nNov 05, 2004\n\nALLIANCE CHIEF SAYS THE SEMINAR IN BAKU WILL GO AHEAD\n\n"
                 "NIGAR SULTANLI\n\n" + LEAD + REST, "ALLIANCE CHIEF SAYS THE SEMINAR IN BAKU WILL GO AHEAD",
                 "Nigar Sultanli", id="capitals-headline-and-a-byline-in-capitals"),
    # a headline that asks a question is still the headline, not the lead
    pytest.param(" date 2021-07-27 Why did the capital stay calm about the drills of the Alliance?\n\n" + LEAD + REST,
                 "Why did the capital stay calm about the drills of the Alliance?", "",
                 id="question-on-the-header-line"),
    pytest.param("Menu\nSearch\n\nAnalysts: is the partnership with the Alliance growing?\n\n" + LEAD + REST,
                 "Analysts: is the partnership with the Alliance growing?", "", id="question-headline-with-a-colon"),
]


@pytest.mark.parametrize("text, title, author", HEADLINES)
def test_headlines_in_capitals_or_with_a_media_tag(tmp_path, text, title, author):
    art = _write(tmp_path, text)
    assert art.title == title
    assert art.author == author
    assert _body(art) == [LEAD, REST.strip()]


# ------------------------------------------------------------------ a title hard-wrapped over two or three lines

def _wrap(paragraph: str, width: int = 64) -> str:
    """The paragraph hard-wrapped at ``width``, as a syndicator's plain-text copy prints it."""
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join(lines + [line])


WRAPPED_BODY = "\n".join(_wrap(p) for p in [
    LEAD + " The delegation was led by the deputy head of the partnerships directorate of the Alliance.",
    "The guests were briefed on the reforms in military education and visited the staff college, where they "
    "met cadets and instructors and were shown the classrooms of the language centre.",
    "At the end of the visit both sides said they would meet again in the spring to review the plan of "
    "joint events for the next year."]) + "\n"
WRAPPED_TITLES = [
    # (page, title)
    pytest.param(" date 2024-11-26 Azerbaijan, Alliance Review Plans For\nJoint Training Next Year\n"
                 "11/26/2024 12:28:00 AM\n(MENAFN- Example News)\n" + WRAPPED_BODY,
                 "Azerbaijan, Alliance Review Plans For Joint Training Next Year", id="syndicated-two-lines-header"),
    pytest.param("Azerbaijan, Alliance Discuss\nFuture Cooperation Prospects\n11/26/2024 12:28:00 AM\n"
                 "(MENAFN- Example News)\n" + WRAPPED_BODY,
                 "Azerbaijan, Alliance Discuss Future Cooperation Prospects", id="syndicated-title-case-lines"),
    pytest.param("Defence Ministry Hosts\nAlliance Delegation For Talks On\nTraining Of Declared Units\n"
                 "3/14/2023 9:05:00 AM\n(MENAFN- Example News)\n" + WRAPPED_BODY,
                 "Defence Ministry Hosts Alliance Delegation For Talks On Training Of Declared Units",
                 id="syndicated-three-lines"),
    pytest.param("State News Agency, Azerbaijan\nMay 19 2004\n\nPOSITION OF AZERBAIJAN EXPLAINED AT THE MEETINGS OF "
                 "THE ALLIANCE IN\nBRUSSELS\n[May 19, 2004, 14:34:24]\n\n" + WRAPPED_BODY,
                 "POSITION OF AZERBAIJAN EXPLAINED AT THE MEETINGS OF THE ALLIANCE IN BRUSSELS",
                 id="capitals-wrapped-before-a-one-word-line"),
    pytest.param("The Alliance and Azerbaijan update the individual plan for\nthe partnership\n\n" + LEAD + REST,
                 "The Alliance and Azerbaijan update the individual plan for the partnership",
                 id="lower-case-continuation-on-a-page-not-wrapped"),
]


@pytest.mark.parametrize("text, title", WRAPPED_TITLES)
def test_a_hard_wrapped_title_is_one_title(tmp_path, text, title):
    art = _write(tmp_path, text)
    assert art.title == title
    assert " ".join(_body(art)[0].split()).startswith(LEAD[:40]), _body(art)


def test_two_headline_lines_of_a_page_not_wrapped_are_not_joined(tmp_path):
    art = _write(tmp_path, "Defence ministry hosts Alliance team\nCadets meet the guests at the staff college\n\n"
                           + LEAD + REST)
    assert art.title != "Defence ministry hosts Alliance team Cadets meet the guests at the staff college"


# a list of the countries taking part printed under the story's prose is the story's, not furniture: a heading that
# names them ("Participating countries:") over one name a line, bulleted or in a table, or a heading with the names
# after its colon; the sentence after the list is the story's too
EXERCISE = ("The multinational exercise of the partnership opened at the training centre of the land forces on Friday, "
            "the ministry said in a statement.")
AFTER = "The drills will last until May 20."
COUNTRY_LISTS = [
    pytest.param("Participating countries:\n- Georgia\n- Moldova\n- Ukraine",
                 ["Participating countries:", "- Georgia", "- Moldova", "- Ukraine"], id="dashes-under-a-heading"),
    pytest.param("Nations taking part\n\n• Latvia\n\n• Estonia", ["Nations taking part", "• Latvia", "• Estonia"],
                 id="bullets-under-a-heading-without-colon"),
    pytest.param("Participants: Georgia, Moldova, Ukraine and Italy.",
                 ["Participants: Georgia, Moldova, Ukraine and Italy."], id="names-after-the-colon"),
    pytest.param("Country | Personnel\nGeorgia | 120\nMoldova | 80",
                 ["Country | Personnel", "Georgia | 120", "Moldova | 80"], id="a-table"),
    pytest.param("The following countries take part in the exercise:\nGeorgia — 120 servicemen\n"
                 "Moldova — 80 servicemen",
                 ["The following countries take part in the exercise:", "Georgia — 120 servicemen",
                  "Moldova — 80 servicemen"], id="a-heading-sentence-and-counts"),
    pytest.param("Participating countries:\nGeorgia, Moldova, Ukraine and the United States.",
                 ["Participating countries:", "Georgia, Moldova, Ukraine and the United States."],
                 id="the-names-on-the-line-under-the-heading"),
    pytest.param("NATO members: Latvia, Estonia, the United States\nPartners: Georgia, Moldova, Ukraine",
                 ["NATO members: Latvia, Estonia, the United States", "Partners: Georgia, Moldova, Ukraine"],
                 id="two-labelled-lines"),
]


@pytest.mark.parametrize("listing, kept", COUNTRY_LISTS)
def test_a_list_of_countries_under_the_story_is_the_storys(tmp_path, listing, kept):
    art = _write(tmp_path, " date 2024-05-10 Exercise opens at the centre\n\n" + EXERCISE + "\n\n" + listing
                 + "\n\n" + AFTER + "\n\nRelated news\n- Another story of the week\n- One more story of the day\n")
    assert _body(art) == [EXERCISE] + kept + [AFTER]


def test_names_after_a_list_heading_ending_the_page_are_the_storys(tmp_path):
    art = _write(tmp_path, " date 2024-05-10 Exercise opens at the centre\n\n" + EXERCISE
                 + "\n\nParticipating nations: Georgia, Moldova and Ukraine.\n")
    assert _body(art) == [EXERCISE, "Participating nations: Georgia, Moldova and Ukraine."]


def test_tags_under_the_story_stay_furniture(tmp_path):
    art = _write(tmp_path, " date 2024-05-10 Exercise opens at the centre\n\n" + EXERCISE
                 + "\n\nTags: Georgia, Moldova, Ukraine\n")
    assert _body(art) == [EXERCISE]
