"""azdata.plots at any size of archive and for any reader: colours far enough apart within each
chart (also as colour-blind readers see them), a meeting timeline whose height is bounded, and
participation marks that do not hide one another, drawn the same on every run.

The corpora are built by hand from table rows, as in test_plots.py.
"""
from __future__ import annotations

import itertools
import random

import pytest
from test_plots import article, corpus, event, statistic

from azdata import plots

PAGE = plots.colours.PAGE

# --- colours -------------------------------------------------------------------------------------------

chart_colours, closest = plots.colours.chart_colours, plots.colours.closest
CHARTS = plots.colours.CHART_FAMILIES      # chart -> (the families it draws together, any other colour)
FAMILIES = ("event_type", "level", "role", "action", "outlet", "other")   # "other": the "none of these" grey
CHECKED = (None, "protanopia", "deuteranopia")                           # tritanopia: shown by the benchmark


@pytest.mark.parametrize("chart", list(CHARTS))
def test_every_two_colours_of_a_chart_are_told_apart(chart):
    distance, a, b = closest(chart_colours(*CHARTS[chart]))
    assert distance >= plots.MIN_DISTANCE, (chart, a, b, round(distance, 1))


@pytest.mark.parametrize("family, kind", [(f, k) for f in FAMILIES for k in CHECKED],
                         ids=[f"{f}-{k or 'normal'}" for f in FAMILIES for k in CHECKED])
def test_each_family_stays_apart_for_every_reader(family, kind):
    """A colour of the family and any other colour of a chart that draws it (benchmarks/colour_distances.py
    prints the table)."""
    distance, a, b, chart = plots.colours.family_closest(family, kind)
    assert distance >= plots.MIN_DISTANCE, (family, kind, chart, a, b, round(distance, 1))


# the sets these families had before the simulated readers were checked, and how near they came
BEFORE = {
    "event_type": (("#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#E69F00", "#D55E00", "#F0E442"), 16.9),
    "action": (("#EE3377", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#666633", "#BBCC33", "#222255"), 11.0),
    "outlet": (("#004488", "#225555", "#BB5566", "#997700", "#AA4499", "#44AA99"), 10.8),
}


@pytest.mark.parametrize("family", list(BEFORE))
def test_the_sets_before_fail_the_check(family, monkeypatch):
    colours, seen = BEFORE[family]
    monkeypatch.setitem(plots.FAMILY_COLOURS, family, colours)
    chart = chart_colours((family,))
    nearest = min(closest(chart, kind)[0] for kind in CHECKED)
    assert round(nearest, 1) == seen < plots.MIN_DISTANCE


# --- past a family's colours: a second channel, the hatch ------------------------------------------------

def _told_apart(a: dict, b: dict) -> bool:
    """Two fills a reader tells apart: by their hatches, or by colour whoever reads them."""
    if a.get("hatch") != b.get("hatch"):
        return True
    return all(closest([a["facecolor"], b["facecolor"]], kind)[0] >= plots.MIN_DISTANCE for kind in CHECKED)


@pytest.mark.parametrize("family", ["event_type", "role", "action", "outlet"])
def test_past_its_colours_every_two_categories_differ_in_hatch_or_colour(family):
    many = [f"new {family} {i:02d}" for i in range(2 * len(plots.FAMILY_COLOURS[family]) + 3)]
    fills = plots.fills(family, many)
    coloured = [k for k in plots.order(family, many) if k not in plots.OTHER_KEYS[family]]
    n = len(plots.FAMILY_COLOURS[family])
    assert not any("hatch" in fills[k] for k in coloured[:n])             # the first ones: colour alone
    assert all(fills[k]["hatch"] for k in coloured[n:])                     # the rest: a hatch as well
    for a, b in itertools.combinations(fills, 2):
        assert _told_apart(fills[a], fills[b]), (family, a, b, fills[a], fills[b])


def test_the_outlet_chart_draws_the_hatches_on_bars_and_legend():
    names = list(plots.outlets()) + ["NATO"]          # 12 named: the 8 largest drawn, the rest folded
    counts = dict(zip(names, [1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3]))
    rows = [article(f"{i:02d}{k:02d}", "2019-05-01", outlet=o) for i, o in enumerate(names) for k in range(counts[o])]
    rows.append(article("none", "2020-05-01", outlet=""))
    fig, _ = plots.plot_articles_per_year(corpus(articles=rows))
    ax = fig.axes[0]
    drawn = {c.get_label(): c.patches[0].get_hatch() for c in ax.containers}
    fills = plots.fills("outlet", names)
    shown = [o for o in drawn if o not in (plots.OTHER_OUTLETS, plots.NO_OUTLET)]
    assert len(shown) == plots.MAX_OUTLETS and "NATO" in shown
    assert all(drawn[o] == fills[o].get("hatch") for o in shown)
    assert {o for o in shown if drawn[o]} == {"Xinhua", "Reuters", "AFP", "NATO"}   # past outlets.csv's 8th
    assert drawn[plots.OTHER_OUTLETS] != drawn[plots.NO_OUTLET]             # two "none of these", two hatches
    legend = {t.get_text(): h.get_hatch() for t, h in zip(ax.get_legend().get_texts(), ax.get_legend().legend_handles)}
    assert legend == drawn


def test_the_grey_ramp_the_levels_had_fails_the_check():
    greys = ["#252525", "#525252", "#7B7B7B", "#A5A5A5", "#CFCFCF", "#EDEDED", PAGE]
    assert closest(greys)[0] < 11 < closest(chart_colours(("level",)))[0]


def test_levels_darken_with_rank_and_no_one_named_is_none_of_these():
    fills = plots.fills("level")
    ranked = [fills[k]["facecolor"] for k in plots.levels() if k != plots.NO_ONE]
    lightness = [plots.lab(c)[0] for c in ranked]
    assert lightness == sorted(lightness) and len(set(lightness)) == len(lightness)   # greyscale keeps the order
    assert fills[plots.NO_ONE] == dict(facecolor=plots.OTHER_COLOUR, hatch=plots.OTHER_HATCH,
                                       hatchcolor=plots.HATCH_COLOUR)


def test_more_levels_than_the_ramp_keep_their_order(monkeypatch):
    from azdata.plots import colours

    many = tuple(f"level {i}" for i in range(8)) + (plots.NO_ONE,)
    monkeypatch.setattr(colours, "levels", lambda: many)
    shades = [colours.fills("level")[k]["facecolor"] for k in many[:-1]]
    lightness = [plots.lab(c)[0] for c in shades]
    assert lightness == sorted(lightness) and len(set(shades)) == len(shades)
    assert (shades[0], shades[-1]) == (plots.FAMILY_COLOURS["level"][0], plots.FAMILY_COLOURS["level"][-1])


@pytest.mark.parametrize("kind", list(plots.DICHROMACY))
def test_simulated_vision_keeps_greys_and_loses_red_green(kind):
    for grey in ("#000000", "#777777", "#FFFFFF"):
        assert plots.colour_distance(plots.simulated(grey, kind), grey) < 1
    red, green = "#E41A1C", "#4DAF4A"                          # ColorBrewer's: 122 apart to most readers
    red_green = plots.colour_distance(plots.simulated(red, kind), plots.simulated(green, kind))
    assert (red_green < 40) == (kind != "tritanopia")


# --- the meeting timeline: a bounded height at any size --------------------------------------------------

def contacts_corpus(n: int, pairs: int):
    """``n`` articles, each reporting one Azerbaijan–NATO contact over 30 years; ``pairs`` distinct
    pairs (who met whom) (0: every contact its own)."""
    ids = [f"a{i:05d}" for i in range(n)]
    days = [f"{1995 + i * 30 // n}-{i % 12 + 1:02d}-{i % 27 + 1:02d}" for i in range(n)]
    events = [event(f"{a}#e1", d, "visit" if i % 3 == 0 else "meeting", summary=f"pair {i % pairs if pairs else i}")
              for i, (a, d) in enumerate(zip(ids, days))]
    return corpus(articles=[article(a, d) for a, d in zip(ids, days)], events=events)


TALLEST = 2.1 + 0.3 * (plots.TIMELINE_ROWS + plots.TIMELINE_ROWS // 3) + 0.5


def _marks(ax) -> int:
    return sum(len(line.get_xdata()) for line in ax.lines if line.get_marker() not in ("v", "None", None))


@pytest.mark.parametrize("n, pairs, rows", [
    (5, 0, 5),                                   # a row each, as the seeds' five articles
    (100, 0, plots.TIMELINE_ROWS),               # past the budget: 29 pairs and a row for the rest
    (3000, 12, 12),                              # thousands of contacts of a dozen pairs
    (3000, 200, plots.TIMELINE_ROWS),
])
def test_meeting_timeline_height_is_bounded_and_every_contact_drawn(n, pairs, rows):
    fig, table = plots.plot_meeting_timeline(contacts_corpus(n, pairs))
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == rows and len(table) == n
    assert fig.get_figheight() <= TALLEST
    assert _marks(ax) == n                        # aggregated, never dropped
    note = " ".join(ax.get_title("left").split())
    if n <= plots.TIMELINE_ROWS:
        assert labels[0].startswith("1995-01-01") and "who met whom" not in note
        return
    assert f"{n:,} contacts, more than {plots.TIMELINE_ROWS} rows: a row per pair (who met whom)" in note
    assert ax.get_ylabel() == "who met whom (contacts)"
    counted = [int(t.rsplit("(", 1)[1].rstrip(")").replace(",", "")) for t in labels if t.endswith(")")]
    rest = [t for t in labels if " other pairs" in t]
    assert sum(counted) + sum(int(t.split()[0].replace(",", "")) for t in rest) == n
    if len(rest):
        assert labels[-1] == rest[0] and f"most frequent of {pairs or n:,} pairs" in note


def test_meeting_timeline_of_unique_pairs_gives_the_latest_their_own_rows():
    fig, _ = plots.plot_meeting_timeline(contacts_corpus(100, 0))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "pair 99  (1)" in labels[-2] and labels[-1] == "71 contacts of 71 other pairs"
    assert not any("pair 0 " in label for label in labels)


# --- participation: marks that share a date stay visible ----------------------------------------------------

def crowded(order: int = 0):
    """60 different counts of servicemen on each of four dates, plus one count reported 30 times;
    ``order`` shuffles the rows."""
    rows = [dict(statistic(f"a{d}{v:03d}#s1", 40 + v, unit="servicemen"), date=f"{2010 + d}-06-01")
            for d in range(4) for v in range(60)]
    rows += [dict(statistic(f"b{i:03d}#s1", 2, unit="servicemen"), date="2012-06-01") for i in range(30)]
    random.Random(order).shuffle(rows)
    return corpus(articles=[article("a1")], statistics=rows)


def test_participation_marks_of_one_date_are_spread_and_duplicates_merged():
    fig, rows = plots.plot_participation(crowded())
    assert len(rows) == 270
    ax = fig.axes[0]
    points = [(x, y) for line in ax.lines if line.get_linestyle() == "None"
              for x, y in zip(line.get_xdata(), line.get_ydata())]
    assert len(points) == 241                    # 240 different counts and one for the 30 identical
    xs = {}
    for x, _ in points:
        xs.setdefault(str(x)[:4], set()).add(x)
    assert all(len(v) > 1 for v in xs.values())  # no column: marks sharing a date spread sideways
    sizes = {line.get_markersize() for line in ax.lines if line.get_linestyle() == "None"}
    assert len(sizes) == 2                       # the 30 identical figures: one larger mark
    words = " ".join(fig.axes[-1].get_xlabel().split())
    assert "marks of one date are spread sideways, by up to" in words and "its area growing" in words
    assert any("the same figure in 4+ articles" == t.get_text() for t in fig.legends[0].get_texts())


def test_participation_figure_is_byte_identical_whatever_the_row_order(tmp_path):
    saved = []
    for order in (0, 0, 1):
        fig, _ = plots.plot_participation(crowded(order))
        png = plots.save_figure(fig, "p", tmp_path / str(len(saved)))
        saved.append((png.read_bytes(), png.with_suffix(".svg").read_bytes()))
    assert saved[0] == saved[1] == saved[2]
