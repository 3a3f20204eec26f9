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

PAGE = "#FFFFFF"

# --- colours -------------------------------------------------------------------------------------------

# Every chart that colours by a family: the families it draws together, and any other colour in it.
CHARTS = [
    ("01_articles_per_year", ("outlet",), ()),
    ("02_events_per_year_by_type", ("event_type",), ()),
    ("02_meetings_per_year_by_level", ("level",), ()),
    ("02_meeting_timeline", ("event_type",), (plots.GREY,)),       # an event of an unknown type
    ("03_delegation_makeup", ("role", "level"), ()),               # two panels, one figure
    ("04_programme_milestones", ("action",), ()),
]


def chart_colours(families, extra=()) -> list[str]:
    """All colours a chart can show: each family's whole set (a new category takes the next one),
    "none of these" when the family has it, the extras and the page."""
    out = []
    for family in families:
        out += [f["facecolor"] for f in plots.fills(family).values()]
        out += list(plots.FAMILY_COLOURS[family]) if family != "level" else []
        out += [plots.OTHER_COLOUR] if plots.OTHER_KEYS[family] else []
    return list(dict.fromkeys(c.upper() for c in out + list(extra) + [PAGE]))


def closest(colours, kind: str | None = None) -> tuple[float, str, str]:
    """The smallest CIE76 delta E between two of ``colours`` (as a reader with ``kind`` sees them);
    the hatched "none of these" grey is told from the page by its hatch, so that pair is left out."""
    seen = {c: plots.simulated(c, kind) if kind else c for c in colours}
    return min((plots.colour_distance(seen[a], seen[b]), a, b) for a, b in itertools.combinations(colours, 2)
               if {a, b} != {plots.OTHER_COLOUR, PAGE})


@pytest.mark.parametrize("chart, families, extra", CHARTS, ids=[c[0] for c in CHARTS])
def test_every_two_colours_of_a_chart_are_told_apart(chart, families, extra):
    distance, a, b = closest(chart_colours(families, extra))
    assert distance >= plots.MIN_DISTANCE, (chart, a, b, round(distance, 1))


@pytest.mark.parametrize("kind", ["protanopia", "deuteranopia"])
def test_levels_stay_apart_for_colour_blind_readers(kind):
    distance, a, b = closest(chart_colours(("level",)), kind)
    assert distance >= plots.MIN_DISTANCE, (kind, a, b, round(distance, 1))


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
