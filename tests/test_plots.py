"""azdata.plots: the helpers that compute what is plotted, the figures on small and
empty corpora, and byte-identical saving.

The corpora here are built by hand from table rows, so these tests do not move
when the extractor changes.
"""
from __future__ import annotations

import csv
import itertools
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from matplotlib.figure import Figure

from azdata import plots, schema
from azdata.tables import Corpus


def corpus(articles=(), events=(), participants=(), people=(), statistics=(), milestones=()) -> Corpus:
    frames = {}
    for name, rows in (("articles", articles), ("events", events), ("participants", participants),
                       ("people", people), ("statistics", statistics), ("milestones", milestones)):
        frames[name] = schema.conform(pd.DataFrame(list(rows)), name) if rows else schema.empty(name)
    return Corpus(**frames)


def article(aid, published="2019-11-28", outlet="Report", status="ok", problems=""):
    return dict(article_id=aid, source_file=f"{aid}.txt", published=published,
                published_from="header" if published else "none", outlet=outlet, n_words=100,
                status=status, problems=problems)


def event(eid, start, event_type="meeting", precision="day", end="", cluster="", summary="A met B",
          relation="azerbaijan-nato", part_of=""):
    return dict(event_id=eid, article_id=eid.split("#")[0], event_type=event_type, date_start=start, date_end=end,
                date_precision=precision, date_text=f"text of {start}", location="Baku", summary=summary,
                evidence=f"Evidence for {eid}.", char_start=0, char_end=10, cluster_id=cluster or f"c-{eid}",
                relation=relation, part_of=part_of)


def person(eid, name, title, country="AZE", delegation="Azerbaijan", role="member"):
    return dict(event_id=eid, article_id=eid.split("#")[0], person_id=name.lower().replace(" ", "-") if name else "",
                name=name, title=title, country=country, delegation=delegation, role=role,
                evidence=f"Evidence for {eid}.", char_start=0, char_end=10)


def milestone(mid, programme, year, action, article_ids, date=""):
    return dict(milestone_id=mid, programme=programme, programme_name=programme, year=year, date=date,
                action=action, article_ids=article_ids, n_sources=len(article_ids.split("; ")),
                evidence=f"{programme} {action} in {year}.")


def statistic(sid, value, qualifier="exactly", unit="officers", kind="count"):
    return dict(stat_id=sid, article_id=sid.split("#")[0], value=value, qualifier=qualifier, unit=unit, kind=kind,
                context="context", date="2019-11-28", evidence=f"Evidence for {sid}.", char_start=0, char_end=10)


@pytest.fixture(scope="module")
def small() -> Corpus:
    return corpus(
        articles=[article("a1"), article("a2", "2019-12-01", "News.Az"), article("a3", "", "", "warning", "no date")],
        events=[event("a1#e1", "2019-11-26", cluster="c1", summary="Peach met Hasanov"),
                event("a2#e1", "2019-11-26", cluster="c1", summary="Peach met Hasanov"),
                event("a1#e2", "2017-02-16", cluster="c2", summary="Gerasimov met Dunford", relation="nato-other"),
                event("a2#e2", "2021-12-01", "visit", "month", cluster="c3", summary="visit: Aliyev"),
                event("a1#e3", "2019-12-05", "conference", cluster="c4", summary="conference")],
        participants=[person("a1#e1", "Zakir Hasanov", "Minister of Defense"),
                      person("a1#e1", "Stuart Peach", "Chairman of the NATO Military Committee", "NATO", "NATO",
                             "head"),
                      person("a1#e2", "Valery Gerasimov", "Chief of General Staff", "RUS", "Russia"),
                      person("a2#e2", "Ilham Aliyev", "President", role="head"),
                      person("a2#e2", "", "Permanent representatives", "GRC", "Greece"),
                      person("a2#e2", "", "Deputy permanent representatives", "USA", "United States")],
        people=[dict(person_id="zakir-hasanov", name="Zakir Hasanov", country="AZE", article_ids="a1; a2")],
        statistics=[statistic("a1#s1", 250, "up to", "representatives"), statistic("a1#s2", 1200),
                    statistic("a1#s3", 16, unit="NATO Days", kind="ordinal")],
        milestones=[milestone("m1", "NACC", 1992, "joined", "a1"), milestone("m2", "NACC", 1992, "started", "a2"),
                    milestone("m3", "PfP", 1994, "joined", "a1; a2"), milestone("m4", "PfP", 1995, "joined", "a3")],
    )


# --- levels -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, level", [
    ("President", "head of state or government"),
    ("Prime Minister", "head of state or government"),
    ("Vice President", "other official"),
    ("Minister of Defense of the Republic of Azerbaijan", "minister"),
    ("Foreign Minister", "minister"),
    ("NATO Secretary General", "minister"),
    ("Deputy Foreign Minister", "other official"),
    ("NATO Deputy Secretary-General", "other official"),
    ("NATO Secretary General’s Special Representative for the South Caucasus", "other official"),
    ("Azerbaijani First Deputy Minister of Defense and Chief of the General Staff of the Armed Forces",
     "military chief"),
    ("Chairman of the NATO Military Committee", "military chief"),
    ("Deputy Chief of Staff Partnerships Directorate", "other official"),
    ("Permanent representatives", "permanent representative"),
    ("Türkiye’s permanent representative to NATO", "permanent representative"),
    ("", "other official"),
])
def test_official_level(title, level):
    assert plots.official_level(title) == level


def test_levels_are_ranked_from_the_data_file():
    assert plots.levels()[0] == "head of state or government"
    assert plots.levels()[-2:] == ("other official", plots.NO_ONE)
    assert list(plots.level_table()["level"])[:3] == ["head of state or government", "minister", "military chief"]


def test_event_level_is_the_highest_participant(small):
    levels = plots.event_levels(small.events, small.participants)
    assert dict(zip(small.events["event_id"], levels)) == {
        "a1#e1": "minister", "a2#e1": plots.NO_ONE, "a1#e2": "military chief",
        "a2#e2": "head of state or government", "a1#e3": plots.NO_ONE}


# --- dates and events ----------------------------------------------------------------------------------

def test_date_label_keeps_partial_dates_partial():
    assert plots.date_label("2021-12-01", "month") == "2021-12"
    assert plots.date_label("2004-01-01", "year") == "2004"
    assert plots.date_label("2021-10-11", "day", "2021-10-16") == "2021-10-11 – 2021-10-16"
    assert plots.date_label("2005-12-01", "month", "2006-01-01") == "2005-12 – 2006-01"
    assert plots.date_label("2019-11-26", "day", "2019-11-26") == "2019-11-26"


def test_report_timing(small):
    timing = dict(zip(small.events["event_id"], plots.report_timing(small.events, small.articles)))
    assert timing["a1#e1"] == "at the time"
    assert timing["a1#e2"] == "recalled later"
    assert timing["a1#e3"] == "announced ahead"
    assert timing["a2#e2"] == "announced ahead"     # December 2021, reported in 2019


def test_distinct_events_count_a_cluster_once(small):
    rows = plots.distinct_events(small)
    assert list(rows["cluster_id"]) == ["c2", "c1", "c4", "c3"]          # by date
    c1 = rows.set_index("cluster_id").loc["c1"]
    assert (c1["n_reports"], c1["article_ids"], c1["level"]) == (2, "a1; a2", "minister")
    assert set(plots.distinct_events(small, ("visit",))["cluster_id"]) == {"c3"}


def test_events_per_year_fills_the_gaps(small):
    counts = plots.events_per_year(plots.distinct_events(small), "event_type")
    assert list(counts.index) == [2017, 2018, 2019, 2020, 2021]
    assert list(counts.columns) == ["conference", "meeting", "visit"]       # resources/event_types.csv order
    assert counts.loc[2019].to_dict() == {"meeting": 1, "visit": 0, "conference": 1}
    assert counts.loc[2018].sum() == 0


# --- articles, delegations, milestones, statistics ---------------------------------------------------------

def test_articles_per_year_and_problems(small):
    table = plots.articles_per_year(small.articles)
    assert list(table.index) == [2019, plots.NO_DATE]
    assert table.loc[2019].sum() == 2 and table.loc[plots.NO_DATE, plots.NO_OUTLET] == 1
    assert list(plots.article_problems(small.articles)["article_id"]) == ["a3"]


def test_facts_per_article(small):
    facts = plots.facts_per_article(small).set_index("article_id")
    assert facts.loc["a1", ["events", "people", "statistics", "milestones"]].tolist() == [3, 1, 3, 2]
    assert facts.loc["a3", "milestones"] == 1


def test_delegation_makeup_and_permanent_representatives(small):
    members = plots.delegation_members(small)
    assert {"date_text", "evidence", "level"} <= set(members.columns)
    by_role = plots.delegation_makeup(members, "role")
    assert list(by_role.index)[0] == "Azerbaijan"
    assert by_role.loc["NATO", "head"] == 1
    pr = plots.permanent_representatives(members)
    assert list(zip(pr["delegation"], pr["deputy"])) == [("Greece", False), ("United States", True)]


def test_milestone_marks_and_disagreements(small):
    marks = plots.milestone_marks(small.milestones)
    nacc = marks[marks["programme"] == "NACC"].iloc[0]
    assert (nacc["actions"], nacc["n_sources"], nacc["disputed"]) == ("joined; started", 2, False)
    assert marks[marks["programme"] == "PfP"]["disputed"].tolist() == [True, True]
    dis = plots.milestone_disagreements(small.milestones)
    assert dis.to_dict("records") == [dict(programme="PfP", action="joined", years="1994 (a1; a2); 1995 (a3)",
                                           article_ids="a1; a2; a3")]


def test_statistics_as_written(small):
    counts = plots.statistics_as_written(small.statistics)
    assert list(counts["as_written"]) == ["up to 250 representatives", "1,200 officers"]
    assert list(plots.other_statistics(small.statistics)["as_written"]) == ["16 NATO Days"]


# --- figures ----------------------------------------------------------------------------------------------

FIGURES = [
    lambda t: plots.plot_articles_per_year(t),
    lambda t: plots.plot_facts_per_article(t),
    lambda t: plots.plot_events_per_year(t, "event_type"),
    lambda t: plots.plot_events_per_year(t, "level", ("meeting", "visit")),
    lambda t: plots.plot_meeting_timeline(t),
    lambda t: plots.plot_delegation_makeup(t),
    lambda t: plots.plot_permanent_representatives(t),
    lambda t: plots.plot_milestones(t),
    lambda t: plots.plot_statistics(t),
]


def _check(fig: Figure, n_articles: int) -> None:
    assert fig._suptitle is not None and fig._suptitle.get_text()
    ax = fig.axes[0]
    assert any(a.get_xlabel() for a in fig.axes) and ax.get_ylabel()   # the x label under the lowest panel
    assert f"{n_articles} article" in " ".join(t.get_text() for t in fig.texts)


@pytest.mark.parametrize("make", FIGURES)
def test_figures_are_titled_labelled_and_sourced(small, make):
    fig, rows = make(small)
    _check(fig, 3)
    assert len(rows)


@pytest.mark.parametrize("make", FIGURES)
def test_figures_of_an_empty_corpus_say_no_data(make):
    fig, rows = make(corpus(articles=[article("a1")]))
    _check(fig, 1)
    assert len(rows) <= 1
    if len(rows) == 0:
        assert any(t.get_text().startswith("no data") for t in fig.axes[0].texts)


@pytest.mark.parametrize("make, columns", [
    (FIGURES[2], {"date_text", "evidence"}), (FIGURES[4], {"date_text", "evidence"}),
    (FIGURES[5], {"date_text", "evidence"}), (FIGURES[7], {"evidence"}), (FIGURES[8], {"evidence"})])
def test_rows_plotted_carry_their_evidence(small, make, columns):
    assert columns <= set(make(small)[1].columns)


def test_save_figure_is_byte_identical(small, tmp_path):
    fig, _ = plots.plot_milestones(small)
    png = plots.save_figure(fig, "m", tmp_path / "one")
    plots.save_figure(fig, "m", tmp_path / "two")
    fig2, _ = plots.plot_milestones(small)            # a fresh figure of the same data, too
    plots.save_figure(fig2, "m", tmp_path / "three")
    assert png == tmp_path / "one" / "m.png"
    for ext in ("png", "svg"):
        first = (tmp_path / "one" / f"m.{ext}").read_bytes()
        assert first == (tmp_path / "two" / f"m.{ext}").read_bytes()
        assert first == (tmp_path / "three" / f"m.{ext}").read_bytes()
    assert b"Software" not in (tmp_path / "one" / "m.png").read_bytes()
    assert b"<dc:date>" not in (tmp_path / "one" / "m.svg").read_bytes()


# --- archives of thousands: charts with a row per item show the latest ones ---------------------------
# (the meeting timeline gives a row to each pair, who met whom, instead: tests/test_plot_readability.py)

@pytest.fixture(scope="module")
def large() -> Corpus:
    """100 articles, each reporting its own dated meeting (with a permanent representative) and a figure."""
    ids = [f"b{i:03d}" for i in range(100)]
    days = [f"{2000 + i // 12}-{i % 12 + 1:02d}-15" for i in range(100)]
    return corpus(
        articles=[article(a, d) for a, d in zip(ids, days)],
        events=[event(f"{a}#e1", d, summary=f"meeting {a}") for a, d in zip(ids, days)],
        participants=[person(f"{a}#e1", "", "Permanent representatives", "GRC", "Greece") for a in ids],
        statistics=[dict(statistic(f"{a}#s1", i + 1), date=d) for i, (a, d) in enumerate(zip(ids, days))],
    )


def _tick_texts(labels) -> list[str]:
    return [t.get_text() for t in labels]


@pytest.mark.parametrize("make, axis, limit, what", [
    (plots.plot_facts_per_article, "y", plots.MAX_ROWS, "articles"),
    (plots.plot_statistics, "y", plots.MAX_ROWS, "figures"),
    (plots.plot_permanent_representatives, "x", plots.MAX_COLUMNS, "events"),
], ids=["facts per article", "statistics", "permanent representatives"])
def test_row_per_item_charts_show_the_latest_and_say_so(large, make, axis, limit, what):
    fig, rows = make(large)
    ax = fig.axes[0]
    labels = _tick_texts(ax.get_yticklabels() if axis == "y" else ax.get_xticklabels())
    assert len(labels) == limit < 100
    assert len(rows) == 100  # the table under the chart still lists every item
    assert any("2008-04-15" in label for label in labels)       # the latest item ...
    assert not any("2000-01-15" in label for label in labels)   # ... and not the earliest
    words = " ".join(" ".join([ax.get_title("left"), ax.get_ylabel()]).split())   # subtitles are wrapped
    assert f"the {limit} latest of 100 {what}" in words


def test_small_corpora_are_charted_whole(small):
    fig, rows = plots.plot_facts_per_article(small)
    assert len(fig.axes[0].get_yticklabels()) == len(rows) == 3
    assert "latest" not in fig.axes[0].get_ylabel()


# --- issue 16: Azerbaijan–NATO contacts by default; a visit and its meetings count once -------------------

@pytest.fixture(scope="module")
def relations() -> Corpus:
    """Seed 000's shape (a visit and the meeting held during it) and seed 004's (a Russia–NATO meeting)."""
    return corpus(
        articles=[article("v1", "2025-12-10"), article("r1", "2019-11-28")],
        events=[event("v1#e1", "2025-12-09", "visit", summary="visit: Karagülle"),
                event("v1#e2", "2025-12-09", summary="Hasanov met Karagülle", part_of="v1#e1"),
                event("r1#e1", "2017-02-16", summary="Gerasimov met Dunford", relation="nato-other")],
        participants=[person("v1#e2", "Zakir Hasanov", "Minister of Defense")])


def _bar_total(ax) -> int:
    return int(sum(bar.get_height() for container in ax.containers for bar in container))


def _main_labels(fig) -> list[str]:
    return _tick_texts(fig.axes[0].get_yticklabels())


@pytest.mark.parametrize("kwargs, counted", [
    ({}, 1),                                               # the visit (its meeting folded in); no Russia–NATO
    ({"relations": ("azerbaijan-nato",)}, 1),
    ({"relations": ("azerbaijan-nato", "nato-other")}, 2),
    ({"relations": None}, 2),
])
@pytest.mark.parametrize("by", ["event_type", "level"])
def test_events_per_year_counts_the_relations_asked_for(relations, kwargs, counted, by):
    fig, rows = plots.plot_events_per_year(relations, by, **kwargs)
    assert _bar_total(fig.axes[0]) == counted
    others = fig.axes[1:]                                  # the rest: panels of their own, labelled
    assert sum(_bar_total(ax) for ax in others) == 2 - counted
    assert all("nato-other" in ax.get_title("left") for ax in others)
    assert len(rows) == 3                                  # the table lists every event, with its relation
    assert set(rows["relation"]) == {"azerbaijan-nato", "nato-other"}


@pytest.mark.parametrize("kwargs, in_main, apart", [
    ({}, False, True), ({"relations": ("azerbaijan-nato", "nato-other")}, True, False),
    ({"relations": None}, True, False)])
def test_meeting_timeline_keeps_other_relations_apart(relations, kwargs, in_main, apart):
    fig, _ = plots.plot_meeting_timeline(relations, **kwargs)
    assert any("Gerasimov" in label for label in _main_labels(fig)) is in_main
    assert (len(fig.axes) == 2 and any("Gerasimov" in t for t in _tick_texts(fig.axes[1].get_yticklabels()))) is apart


def test_a_visit_and_the_meeting_held_during_it_count_once(relations):
    distinct = plots.distinct_events(relations, relations=("azerbaijan-nato",))
    assert distinct.set_index("summary").at["Hasanov met Karagülle", "part_of"] == "c-v1#e1"
    tops = plots.contacts(distinct)
    assert tops[["event_type", "level", "n_parts"]].to_dict("records") == [
        dict(event_type="visit", level="minister", n_parts=1)]     # the visit takes its meeting's level
    counts = plots.events_per_year(distinct, "event_type")
    assert counts.to_numpy().sum() == 1 and counts.loc[2025, "visit"] == 1
    fig, _ = plots.plot_meeting_timeline(relations)
    labels = _main_labels(fig)
    assert len(labels) == 1 and "visit: Karagülle" in labels[0] and "+1 held during it" in labels[0]
    marks = [line for line in fig.axes[0].lines if line.get_marker() == "v"]
    assert len(marks) == 1                                  # the meeting: a mark on the visit's row


def test_a_meeting_whose_visit_is_not_counted_counts_itself(relations):
    distinct = plots.distinct_events(relations, types=("meeting",), relations=("azerbaijan-nato",))
    assert list(plots.contacts(distinct)["summary"]) == ["Hasanov met Karagülle"]


def test_delegation_charts_count_azerbaijan_nato_events_by_default(small):
    fig, rows = plots.plot_delegation_makeup(small)
    assert "Russia" not in _tick_texts(fig.axes[0].get_yticklabels()) and "Russia" in set(rows["delegation"])
    assert "1 nato-other event" in " ".join(fig.axes[0].get_xlabel().split())
    fig, _ = plots.plot_delegation_makeup(small, relations=None)
    assert "Russia" in _tick_texts(fig.axes[0].get_yticklabels())


# --- issue 17: legends, colours, "no date", alt text ---------------------------------------------------------

@pytest.mark.parametrize("make", [
    lambda t: plots.plot_articles_per_year(t),
    lambda t: plots.plot_events_per_year(t, "event_type", relations=None),
    lambda t: plots.plot_events_per_year(t, "level", ("meeting", "visit"), relations=None),
], ids=["articles per year", "events by type", "events by level"])
def test_legend_reads_top_down_like_the_stack(small, make):
    fig, _ = make(small)
    ax = fig.axes[0]
    stacked = [c.get_label() for c in ax.containers]                 # bottom first
    assert len(stacked) > 1
    legend = next(a.get_legend() for a in fig.axes if a.get_legend())   # beside the last panel
    assert _tick_texts(legend.get_texts()) == stacked[::-1]


def _legend_colours(ax) -> dict[str, str]:
    """Legend label -> colour, from the axes' legend or else the figure's."""
    from matplotlib.colors import to_hex
    legend = ax.get_legend() or next((a.get_legend() for a in ax.figure.axes if a.get_legend()), None) \
        or ax.figure.legends[0]
    return {t.get_text(): to_hex(h.get_facecolor() if hasattr(h, "get_facecolor") else h.get_color())
            for t, h in zip(legend.get_texts(), legend.legend_handles)}


def test_one_colour_one_meaning(small):
    by_type = _legend_colours(plots.plot_events_per_year(small, "event_type", relations=None)[0].axes[0])
    on_timeline = _legend_colours(plots.plot_meeting_timeline(small, relations=None)[0].axes[0])
    assert by_type["meeting"] == on_timeline["meeting"] and by_type["visit"] == on_timeline["visit"]
    by_level = _legend_colours(plots.plot_events_per_year(small, "level", relations=None)[0].axes[0])
    makeup = plots.plot_delegation_makeup(small, relations=None)[0]
    level_02, level_03 = by_level, _legend_colours(makeup.axes[1])
    assert level_02["minister"] == level_03["minister"]
    # notebook 02 draws types and levels one under the other: no colour means both
    assert not set(by_type.values()) & set(by_level.values())
    assert not set(_legend_colours(makeup.axes[0]).values()) & set(level_03.values())     # notebook 03: roles, levels
    for name in plots.FAMILY_COLOURS:                                      # within a family, all distinct
        looks = [(f["facecolor"], f.get("hatch")) for k, f in plots.fills(name).items()]
        assert len(set(looks)) == len(looks)


def test_no_colour_is_in_two_families_and_none_looks_like_another():
    families = {name: set(colours) for name, colours in plots.FAMILY_COLOURS.items()}
    for (a, ca), (b, cb) in itertools.combinations(families.items(), 2):
        assert not ca & cb, (a, b)
        for x, y in itertools.product(ca, cb):
            assert plots.colour_distance(x, y) >= 15, (a, x, b, y)
    assert plots.OTHER_COLOUR not in set().union(*families.values())       # "none of these": one grey everywhere
    drawn = {}                                                             # and as drawn, in every notebook
    for name in ("event_type", "role", "action", "outlet", "level"):
        for key, fill in plots.fills(name).items():
            if fill["facecolor"] != plots.OTHER_COLOUR:
                assert drawn.setdefault(fill["facecolor"], name) == name, (key, name, drawn[fill["facecolor"]])


def test_event_type_colours_follow_the_data_file_and_a_new_type_gets_one(tmp_path, monkeypatch):
    from azdata.plots import colours

    assert plots.event_types()[-1] == "other" and set(schema.EVENT_TYPES) <= set(plots.event_types())
    text = (colours.RESOURCE_DIR / "event_types.csv").read_text(encoding="utf-8")
    (tmp_path / "event_types.csv").write_text(text + "briefing,activity,briefed the press\n", encoding="utf-8")
    (tmp_path / "outlets.csv").write_text((colours.RESOURCE_DIR / "outlets.csv").read_text(encoding="utf-8"))
    monkeypatch.setattr(colours, "RESOURCE_DIR", tmp_path)
    colours.event_types.cache_clear()
    try:
        types = colours.event_types()
        assert types[-2:] == ("briefing", "other")
        fills = colours.fills("event_type")
        assert fills["briefing"]["facecolor"] not in {f["facecolor"] for k, f in fills.items() if k != "briefing"}
        assert fills["other"]["hatch"]                                       # "other": hatched grey
    finally:
        colours.event_types.cache_clear()


def test_past_its_colours_a_family_adds_hatches():
    many = [f"outlet {i:02d}" for i in range(20)]
    fills = plots.fills("outlet", many)
    pairs = [(f["facecolor"], f.get("hatch", "")) for k, f in fills.items() if k in many]
    assert len(set(pairs)) == len(pairs)


def test_outlets_keep_their_colour_and_place_from_one_corpus_to_the_next():
    one = plots.articles_per_year(pd.DataFrame({"published": ["2019-01-01", "2019-02-01", "2020-01-01"],
                                                "outlet": ["Trend", "Report", "Trend"]}))
    two = plots.articles_per_year(pd.DataFrame({"published": ["2019-01-01"] * 3, "outlet": ["Report", "APA", ""]}))
    assert list(one.columns) == ["Report", "Trend"]                       # resources/outlets.csv order, not counts
    assert list(two.columns) == ["Report", "APA", plots.NO_OUTLET]
    assert plots.palette("outlet")["Report"] == plots.palette("outlet", ["APA"])["Report"]


def test_no_date_is_not_a_year(small):
    fig, _ = plots.plot_articles_per_year(small)
    ax = fig.axes[0]
    assert plots.NO_DATE not in _tick_texts(ax.get_xticklabels())
    assert _bar_total(ax) == 2
    side = fig.axes[1]                                                   # drawn apart, on its own scale
    assert _tick_texts(side.get_xticklabels()) == [plots.NO_DATE] and _bar_total(side) == 1
    assert side.get_ylim() == ax.get_ylim()                             # 1 undated would not dwarf 2: same scale
    assert "1 article with no publication date" in " ".join(ax.get_title("left").split())


def test_show_figure_gives_the_png_alt_text(small, tmp_path):
    fig, _ = plots.plot_events_per_year(small)
    shown = plots.show_figure(fig, "e", tmp_path)
    assert (tmp_path / "e.png").exists() and (tmp_path / "e.svg").exists()
    html = shown._repr_html_()
    assert html.startswith("<img src=\"data:image/png;base64,") and ' alt="' in html
    assert "per year" in shown.alt and "meeting" in shown.alt and "3 articles" in shown.alt
    assert "counted: 3 contacts from 2017 to 2021, most in 2019 (2)" in shown.alt


NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_every_notebook_image_is_shown_with_alt_text(path):
    nb = nbformat.read(path, as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert not any("Image(" in src or "save_figure(" in src for src in code)   # shown only through show_figure
    assert all("display(plots.show_figure(fig," in src for src in code if "plots.plot_" in src)


def test_nbconvert_finds_alt_text_on_every_image(small, tmp_path, caplog):
    from nbconvert import HTMLExporter

    shown = plots.show_figure(plots.plot_milestones(small)[0], "m", tmp_path)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("display(plots.show_figure(fig, 'm', figures))")])
    nb.cells[0].outputs = [nbformat.v4.new_output("display_data", data={
        "text/html": shown._repr_html_(), "text/plain": repr(shown)})]
    with caplog.at_level("WARNING"):
        body, _ = HTMLExporter().from_notebook_node(nb)
    assert "Alternative text is missing" not in caplog.text
    assert "No description has been provided" not in body and "Programme milestones" in body


@pytest.mark.parametrize("low, high", [(2, 2000), (3, 450), (1, 1_000_000), (10, 5000), (1, 10**9), (40, 2100)])
def test_log_axis_labels_never_collide(low, high):
    """20 figures spread over several decades, long units narrowing the axis (the 20-article build
    drew "5001,0002000"): every x tick label readable on its own."""
    values = [round(low * (high / low) ** (i / 19)) for i in range(20)]
    unit = "servicemen of the Azerbaijani peacekeeping battalion"
    fig, _ = plots.plot_statistics(corpus(articles=[article("a1")], statistics=[
        statistic(f"a1#s{i}", v, unit=unit) for i, v in enumerate(values)]))
    fig.draw_without_rendering()
    axis = fig.axes[0].xaxis
    assert fig.axes[0].get_xscale() == "log"
    assert len(plots.visible_labels(axis)) >= 2
    assert not plots.labels_collide(axis), [t.get_text() for t in plots.visible_labels(axis)]


@pytest.fixture(scope="module")
def many_milestones() -> Corpus:
    """1,000 milestones: 25 programmes over 40 years, stated by up to 300 articles each."""
    rows = [milestone(f"m{p}-{y}", f"P{p:02d}", 1985 + y, plots.ACTIONS[(p + y) % 3],
                      "; ".join(f"a{(p * 7 + y * 3 + k) % 1000}" for k in range(1 + (p * y) % 300)))
            for p in range(25) for y in range(40)]
    return corpus(articles=[article(f"a{i}") for i in range(1000)], milestones=rows)


def test_milestones_at_size_draw_a_bounded_number_of_marks_that_never_overlap(many_milestones):
    fig, rows = plots.plot_milestones(many_milestones)
    assert len(rows) == 1000                                   # the table keeps every (programme, year)
    ax = fig.axes[0]
    numbers = [t for t in ax.texts]
    assert len(numbers) <= plots.MAX_PROGRAMMES * plots.MAX_PERIODS
    assert len(ax.patches) + len(ax.artists) <= 4 * len(numbers)    # at most 3 actions + a ring a mark
    assert len(ax.get_xticklabels()) <= plots.MAX_PERIODS + 1
    fig.draw_without_rendering()
    boxes = sorted((t.get_window_extent() for t in numbers), key=lambda b: (round(b.y0), b.x0))
    for a, b in zip(boxes, boxes[1:]):                          # neighbours on a row never run together
        assert not a.overlaps(b)
    marks = [w for w in ax.patches if isinstance(w, plots.Wedge)]
    assert max(w.r for w in marks) <= plots.MARK_INCHES
    assert "a column is 5 years" in " ".join(ax.get_title("left").split())


# --- issue 17: notebook 05 groups the counts by what they count ------------------------------------------

@pytest.mark.parametrize("unit, context, group", [
    ("servicemen", "a group of 104 servicemen flying out to serve with the NATO-led Resolute Support mission",
     "troops or personnel deployed"),
    ("Azerbaijani soldiers", "more than 100 Azerbaijani soldiers are serving in the Resolute Support Mission",
     "troops or personnel deployed"),
    ("peacekeepers", "", "troops or personnel deployed"),
    ("personnel", "while 395 personnel took part in 33 NATO events organized in Azerbaijan",
     "people at exercises and events"),
    ("representatives", "up to 250 representatives of the Azerbaijan Army participated in 146 international events",
     "people at exercises and events"),
    ("officers", "more than 40 officers of the Azerbaijan Army serving at NATO headquarters",
     "officers at NATO bodies"),
    ("officers", "six officers who will join the contingent", "troops or personnel deployed"),
    ("platoons", "two more platoons were sent out", "units deployed"),
    ("infantry companies", "", "units deployed"),
    ("international events", "", "exercises and events attended"),
    ("NATO and PfP activities", "", "exercises and events attended"),
    ("NATO member countries", "", "countries taking part"),
    ("Alliance members", "", "countries taking part"),
    ("states", "", "countries taking part"),
    ("Mi-35 transport helicopters", "", ""),
    ("deputies", "The proposal was backed by 118 deputies", ""),
    ("key instruments", "", ""),
])
def test_participation_group_of_a_unit(unit, context, group):
    assert plots.participation_group(unit, context) == group


def test_participation_groups_are_read_whole_from_the_data_file():
    from azdata.plots import statistics

    text = (statistics.RESOURCE_DIR / "participation_groups.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")))
    assert rows and all(None not in r and r["group"] and r["unit"] for r in rows)     # a comma unquoted splits a row
    assert plots.participation_groups()[:2] == ("people at exercises and events", "officers at NATO bodies")
    assert list(plots.group_table().columns) == ["group", "unit matches", "and the sentence matches"]


@pytest.fixture(scope="module")
def participation_corpus() -> Corpus:
    def stat(sid, value, unit, date, qualifier="exactly", context="context"):
        return dict(statistic(sid, value, qualifier, unit), date=date, context=context)
    return corpus(articles=[article(f"a{i}") for i in range(1, 5)], statistics=[
        stat("a1#s1", 34, "servicemen", "2003-01-10"), stat("a2#s1", 150, "servicemen", "2008-05-01", "more than"),
        stat("a3#s1", 94, "soldiers", "2017-12-07", "nearly"), stat("a4#s1", 44, "member countries", "2009-03-01"),
        stat("a4#s2", 2, "Mi-35 transport helicopters", "2009-03-01"), stat("a4#s3", 28, "countries", ""),
        dict(stat("a1#s2", 16, "NATO Days", "2019-11-28"), kind="ordinal")])


def test_participation_draws_each_group_on_its_own_axis(participation_corpus):
    fig, rows = plots.plot_participation(participation_corpus)
    titles = [ax.get_title("left") for ax in fig.axes]
    assert len(fig.axes) == 2
    assert titles[0].startswith("troops or personnel deployed: 3 figures")
    assert titles[1].startswith("countries taking part: 1 figure")
    assert set(rows["group"]) == {"troops or personnel deployed", "countries taking part"}    # the undated one too
    assert len(rows) == 5
    markers = {line.get_marker() for line in fig.axes[0].lines if line.get_linestyle() == "None"}
    assert markers == {"o", "^", "v"}            # exactly, more than (at least), nearly (at most)
    legend = _tick_texts(fig.legends[0].get_texts())
    assert legend[:3] == ["exactly (bare number)", "at most", "at least"]
    assert fig.axes[0].get_yscale() == "linear"
    words = " ".join(fig.axes[-1].get_xlabel().split())
    assert "1 grouped figure without a date" in words and "1 count in no group" in words
    rest = plots.ungrouped_counts(participation_corpus.statistics)
    assert list(rest["as_written"]) == ["2 Mi-35 transport helicopters"]      # NATO Days: an ordinal, not a count


@pytest.mark.parametrize("low, high", [(2, 2000), (3, 450), (1, 1_000_000), (10, 5000), (40, 21000)])
def test_participation_log_axis_labels_never_collide(low, high):
    values = [round(low * (high / low) ** (i / 19)) for i in range(20)]
    fig, _ = plots.plot_participation(corpus(articles=[article("a1")], statistics=[
        dict(statistic(f"a1#s{i}", v, unit="servicemen"), date=f"{2000 + i}-06-01") for i, v in enumerate(values)]))
    fig.draw_without_rendering()
    axis = fig.axes[0].yaxis
    assert fig.axes[0].get_yscale() == "log"
    assert len(plots.visible_labels(axis)) >= 2
    assert not plots.labels_collide(axis), [t.get_text() for t in plots.visible_labels(axis)]


def test_participation_without_groups_says_no_data():
    fig, rows = plots.plot_participation(corpus(articles=[article("a1")], statistics=[
        statistic("a1#s1", 2, unit="helicopters")]))
    assert any(t.get_text().startswith("no data") for t in fig.axes[0].texts) and rows.empty


def test_a_listing_longer_than_the_notebooks_show_says_where_the_rest_are(capsys):
    rows = pd.DataFrame({"n": range(plots.SHOWN_ROWS + 5)})
    shown = plots.listing(rows)
    assert len(shown) == plots.SHOWN_ROWS
    assert f"{plots.SHOWN_ROWS + 5:,} rows: the first {plots.SHOWN_ROWS:,} are shown" in capsys.readouterr().out
    assert plots.listing(rows.head(3)).equals(rows.head(3))
    assert capsys.readouterr().out == ""


def test_counts_of_thousands_are_separated_on_axes_and_in_the_source_note():
    import matplotlib.pyplot as plt

    from azdata.plots import style

    fig, ax = plt.subplots()
    ax.barh(["a", "b"], [14000, 3000])
    style.finish_figure(fig, "title", 10000)
    fig.canvas.draw()
    assert "14,000" in [t.get_text() for t in ax.get_xticklabels()]
    assert fig.texts[-1].get_text() == "10,000 articles · azdata"
    plt.close(fig)
