"""Notebook 05, participation statistics: the reported counts, as written, and how the counts of
each kind of participation (troops deployed, officers at NATO bodies, events attended, countries
taking part ...) moved over time.

What a count counts is data, in ``resources/participation_groups.csv``: a pattern on the
statistics table's ``unit`` column, and optionally one on the sentence. Qualifiers are marker
shapes (one shape per meaning of the qualifier), never colours: the groups have an axis each, so
no colour is needed and none is spent.
"""
from __future__ import annotations

import csv
import functools
import math
import re
import textwrap

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MaxNLocator, NullFormatter

from ..frames import reads_written
from ..resources import RESOURCE_DIR
from ..schema import QUALIFIERS, STAT_KINDS
from .colours import NEUTRAL, NOTE_COLOUR
from .style import (
    LOG_TICKS,
    MAX_ROWS,
    add_legend,
    date_axis,
    finish_figure,
    fit_ticks,
    joined_notes,
    latest_rows,
    new_figure,
    no_data_figure,
    shorten,
    styled,
)

STAT_COLUMNS = ["as_written", "value", "qualifier", "unit", "kind", "context", "date", "article_id", "evidence"]

# What a qualifier says about the true number: one marker shape per meaning. On a value axis
# pointing up, "at least" points up and "at most" down.
QUALIFIER_MEANING = {"exactly": "exactly (bare number)", "about": "about", "up to": "at most", "nearly": "at most",
                     "less than": "at most", "more than": "at least", "at least": "at least"}
MEANING_MARKERS = {"exactly (bare number)": "o", "about": "D", "at most": "v", "at least": "^"}
QUALIFIER_MARKERS = {"exactly": "o", "about": "D", "up to": "<", "nearly": "<", "less than": "<",
                     "more than": ">", "at least": ">"}       # the dot plot, value axis across
LOG_RANGE = 100            # a group's axis is logarithmic when its largest figure is this many times its smallest
GROUP_INCHES = 1.9         # height of one group's axis
MARK_POINTS = 6            # a participation mark's size
AXIS_INCHES = 8.5          # about how wide the participation chart's axes are
SPREAD_MARKS = 6           # marks sharing a date spread sideways over at most this many mark widths
MAX_AREA = 4               # a mark for n identical figures has n times the area, up to this
GOLDEN = (5 ** 0.5 - 1) / 2


def _qualifier_face(qualifier: str) -> str:
    """A bare number is a filled mark, a qualified one hollow: "up to 250" is not 250."""
    return NEUTRAL if qualifier == "exactly" else "white"

def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


@reads_written
def statistics_as_written(statistics: pd.DataFrame, kinds: tuple[str, ...] | None = ("count",)) -> pd.DataFrame:
    """Reported numbers with their qualifier as written (``up to 250 representatives``)."""
    s = statistics if kinds is None else statistics[statistics["kind"].isin(kinds)]
    if s.empty:
        return pd.DataFrame(columns=STAT_COLUMNS)
    if "as_written" in s.columns and s["as_written"].notna().all() and (s["as_written"] != "").all():
        return s[STAT_COLUMNS].reset_index(drop=True)  # the extractor's slice of the text
    written = [f"{'' if q == 'exactly' else q + ' '}{_number(v)} {u}".strip()  # tables from before the column
               for q, v, u in zip(s["qualifier"], s["value"], s["unit"])]
    return s.assign(as_written=written)[STAT_COLUMNS].reset_index(drop=True)


@reads_written
def other_statistics(statistics: pd.DataFrame) -> pd.DataFrame:
    """The numbers that are not counts (durations, ordinals, money, percentages), as written."""
    kinds = tuple(k for k in STAT_KINDS if k != "count")
    return statistics_as_written(statistics, kinds)


@styled
@reads_written
def plot_statistics(tables, kinds: tuple[str, ...] = ("count",)) -> tuple[Figure, pd.DataFrame]:
    """Dot plot: each reported count, its marker showing the qualifier (up to, more than, about …)."""
    title = "Reported figures, with their qualifiers as written"
    n = len(tables.articles)
    rows = statistics_as_written(tables.statistics, kinds)
    if rows.empty:
        return no_data_figure(title, "no reported counts in this corpus", n, "value as reported", "figure"), rows
    rows = rows.sort_values(["date", "article_id"], kind="stable").reset_index(drop=True)
    plotted, note = latest_rows(rows.assign(_row=rows.index), "_row", MAX_ROWS, what="figures")
    plotted = plotted.reset_index(drop=True)
    height = max(3.4, 1.7 + 0.3 * len(plotted))
    fig, ax = new_figure(height, width=10.0)
    for y, r in enumerate(plotted.itertuples()):
        ax.plot([r.value], [y], linestyle="none", marker=QUALIFIER_MARKERS.get(r.qualifier, "o"), markersize=8,
                color=_qualifier_face(r.qualifier), markeredgecolor=NEUTRAL, markeredgewidth=0.5, zorder=3)
    values = plotted["value"]
    log = values.min() > 0 and values.max() / values.min() >= 50
    if log:
        ax.set_xscale("log")
        ax.set_xlim(values.min() / 1.6, values.max() * 1.6)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _number(v)))
        ax.xaxis.set_minor_formatter(NullFormatter())
    else:
        ax.set_xlim(min(0, values.min()), values.max() * 1.08)
    labels = [f"{shorten(r.as_written, 50)}  ({r.date or r.article_id})" for r in plotted.itertuples()]
    ax.set_yticks(range(len(plotted)), labels)
    ax.set_ylim(len(plotted) - 0.5, -0.5)
    ax.grid(True)
    ax.set_xlabel("value as reported" + (" (log scale)" if log else ""))
    ax.set_ylabel("figure as written (date)")
    present = [q for q in QUALIFIERS if q in set(plotted["qualifier"])]
    add_legend(ax, [Line2D([], [], linestyle="none", marker=QUALIFIER_MARKERS.get(q, "o"), markersize=8,
                        color=_qualifier_face(q), markeredgecolor=NEUTRAL, markeredgewidth=0.5,
                        label="exactly (bare number)" if q == "exactly" else q) for q in present], "qualifier")
    # non-breaking spaces: a wrapped subtitle never parts a marker from its meaning
    finish_figure(fig, title, n, joined_notes("◀\u00a0at\u00a0most\u00a0(up\u00a0to,\u00a0nearly)   "
                                   "▶\u00a0at\u00a0least\u00a0(more\u00a0than)   ◆\u00a0about", note))
    if log:            # last: the labels' room is known only once everything else is in place
        fit_ticks(ax.xaxis, LOG_TICKS)
    return fig, rows


# --- participation over time -------------------------------------------------------------------------

PARTICIPATION_COLUMNS = ["group"] + STAT_COLUMNS


@functools.lru_cache(maxsize=None)
def group_rules() -> tuple[tuple[str, re.Pattern, re.Pattern | None], ...]:
    """(group, unit pattern, context pattern or None) from ``resources/participation_groups.csv``."""
    text = (RESOURCE_DIR / "participation_groups.csv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return tuple((r["group"], re.compile(rf"\b(?:{r['unit']})\b", re.I),
                  re.compile(r["context"], re.I) if r["context"] else None) for r in csv.DictReader(lines))


def participation_groups() -> tuple[str, ...]:
    """The groups, in the order of the data file (the order of the chart's axes)."""
    return tuple(dict.fromkeys(g for g, _, _ in group_rules()))


def participation_group(unit: str, context: str = "") -> str:
    """What a count counts: the first group whose unit pattern is found in ``unit`` and whose
    context pattern (if any) is found in ``context``; "" when none matches."""
    for group, unit_pattern, context_pattern in group_rules():
        if unit_pattern.search(unit or "") and (context_pattern is None or context_pattern.search(context or "")):
            return group
    return ""


def group_table() -> pd.DataFrame:
    """The rules of ``resources/participation_groups.csv`` as a table, first rule first."""
    return pd.DataFrame([(g, u.pattern[5:-3], c.pattern if c else "") for g, u, c in group_rules()],
                        columns=["group", "unit matches", "and the sentence matches"])


@reads_written
def participation(statistics: pd.DataFrame) -> pd.DataFrame:
    """Every reported count with its participation group ("" for none), grouped counts first, in
    the groups' order, then by date."""
    rows = statistics_as_written(statistics)
    if rows.empty:
        return pd.DataFrame(columns=PARTICIPATION_COLUMNS)
    groups = [participation_group(u, f"{c} {e}") for u, c, e in zip(rows["unit"], rows["context"], rows["evidence"])]
    rank = {g: i for i, g in enumerate(participation_groups())}
    rows = rows.assign(group=groups, _rank=[rank.get(g, len(rank)) for g in groups])
    rows = rows.sort_values(["_rank", "date", "article_id"], kind="stable").drop(columns="_rank")
    return rows[PARTICIPATION_COLUMNS].reset_index(drop=True)


@reads_written
def ungrouped_counts(statistics: pd.DataFrame) -> pd.DataFrame:
    """The counts that no participation group takes (listed under the chart, not drawn)."""
    rows = participation(statistics)
    return rows[rows["group"] == ""].drop(columns="group").reset_index(drop=True)


def _value_axis(ax, values: pd.Series) -> bool:
    """Linear from zero unless the figures span LOG_RANGE or more; thousands separated; returns
    whether the axis is logarithmic."""
    lo, hi = float(values.min()), float(values.max())
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _number(v)))
    if lo > 0 and hi / lo >= LOG_RANGE:
        ax.set_yscale("log")
        ax.set_ylim(lo / 1.8, hi * 1.8)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _number(v)))
        ax.yaxis.set_minor_formatter(NullFormatter())
        return True
    ax.set_ylim(0, max(1.0, hi) * 1.15)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    return False


def _marks(rows: pd.DataFrame, span_days: float) -> pd.DataFrame:
    """A group's dated figures as marks: one per (date, value, meaning of the qualifier), with ``n``
    the figures it stands for, ``x`` where it is drawn and ``spread`` how far (days) that is moved.

    Many reports of one date stack into a column in which 3 marks and 300 look alike. So identical
    figures are one mark whose area grows with ``n`` (up to MAX_AREA), and the marks of a date are
    spread sideways over up to SPREAD_MARKS mark widths, never past 30% of the way to the next date
    drawn: the k-th of them (by value, then article id) at the k-th golden-ratio step, which scatters
    them without tying the offset to the value. Positions come from the data alone: the same rows
    in any order, on any run, give the same figure."""
    meaning = rows["qualifier"].map(lambda q: QUALIFIER_MEANING.get(q, "exactly (bare number)"))
    marks = (rows.assign(meaning=meaning, day=pd.to_datetime(rows["date"]))
             .groupby(["day", "value", "meaning"], sort=True).agg(n=("value", "size"), first=("article_id", "min"))
             .reset_index().sort_values(["day", "value", "first"], kind="stable").reset_index(drop=True))
    days = sorted(set(marks["day"]))
    apart = [math.inf] + [(b - a).days for a, b in zip(days, days[1:])] + [math.inf]
    room = {d: min(apart[i], apart[i + 1]) for i, d in enumerate(days)}   # days to the nearest other date
    width = span_days * MARK_POINTS / 72 / AXIS_INCHES
    k = marks.groupby("day").cumcount()
    size = marks.groupby("day")["day"].transform("size")
    half = [0.0 if m == 1 else min((min(m, SPREAD_MARKS + 1) - 1) * width / 2, 0.3 * room[d])
            for m, d in zip(size, marks["day"])]
    step = [(((i * GOLDEN) + 0.5) % 1) * 2 - 1 for i in k]
    marks["spread"] = [h * u for h, u in zip(half, step)]
    marks["x"] = marks["day"] + pd.to_timedelta(marks["spread"], unit="D")
    return marks


@styled
@reads_written
def plot_participation(tables) -> tuple[Figure, pd.DataFrame]:
    """One axis per participation group (``resources/participation_groups.csv``): each dated count
    of that group over time, its marker the qualifier's meaning, and a line through the largest
    figure reported each year. Returns the counts drawn (with their group); ``ungrouped_counts``
    gives the rest."""
    title = "Participation over time, by what the figures count"
    n = len(tables.articles)
    every = participation(tables.statistics)
    grouped = every[every["group"] != ""]
    dated = grouped[grouped["date"] != ""]
    if dated.empty:
        why = "no dated count of troops, officers, events or countries in this corpus"
        return no_data_figure(title, why, n, "date the figure refers to", "figure as reported"), grouped
    groups = [g for g in participation_groups() if g in set(dated["group"])]
    height = 1.5 + GROUP_INCHES * len(groups)
    fig, axes = new_figure(height, width=10.0, nrows=len(groups), sharex=True)
    axes = list(axes) if len(groups) > 1 else [axes]
    when = pd.to_datetime(dated["date"])
    first, last = when.min(), when.max()
    pad = max(pd.Timedelta(days=30), (last - first) * 0.03)
    logs, spread, most = [], 0.0, 1
    for ax, group in zip(axes, groups):
        rows = dated[dated["group"] == group]
        marks = _marks(rows, (last - first + 2 * pad).days)
        spread, most = max(spread, marks["spread"].abs().max()), max(most, int(marks["n"].max()))
        crowd = int(marks.groupby("day").size().max())          # the most marks on one date
        thin = min(1.0, (4 / crowd) ** 0.5)                     # a crowded axis: smaller, see-through marks
        scale = max(0.6, thin ** 0.5)
        for (meaning, area), m in marks.groupby(["meaning", marks["n"].clip(upper=MAX_AREA)], sort=False):
            ax.plot(m["x"], m["value"], linestyle="none", marker=MEANING_MARKERS[meaning],
                    markersize=MARK_POINTS * area ** 0.5 * scale, color=NEUTRAL,
                    markeredgewidth=1.2 * scale, alpha=max(0.35, 0.85 * thin),
                    markerfacecolor=NEUTRAL if meaning.startswith("exactly") else "white", zorder=3)
        peaks = marks.assign(_year=marks["day"].dt.year).sort_values(["_year", "value", "x"]).groupby("_year").tail(1)
        if len(peaks) > 1:    # joins the largest figure of each year that has one, where it was drawn
            ax.plot(peaks["x"], peaks["value"], color=NOTE_COLOUR, linewidth=1.0, linestyle=":", zorder=2)
        logs.append(_value_axis(ax, rows["value"]))
        units = rows["unit"].str.lower().value_counts()
        shown = ", ".join(units.index[:3]) + (", …" if len(units) > 3 else "")
        ax.set_title(f"{group}: {len(rows):,} figure{'' if len(rows) == 1 else 's'} ({shorten(shown, 60)})"
                     + ("  · log scale" if logs[-1] else ""), loc="left", fontsize=9)
        ax.set_ylabel("as reported")
        ax.grid(True, axis="y")
    axes[0].set_xlim(first - pad, last + pad)
    date_axis(axes[-1], first, last)
    axes[-1].set_xlabel("date the figure refers to (the publication date unless the text gives one)")
    present = {QUALIFIER_MEANING.get(q, "exactly (bare number)") for q in dated["qualifier"]}
    handles = [Line2D([], [], linestyle="none", marker=m, markersize=7, color=NEUTRAL, markeredgewidth=1.2,
                      markerfacecolor=NEUTRAL if k.startswith("exactly") else "white", label=k)
               for k, m in MEANING_MARKERS.items() if k in present]
    if most > 1:
        shown = min(most, MAX_AREA)
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=MARK_POINTS * shown ** 0.5,
                              color=NEUTRAL, markerfacecolor="white", markeredgewidth=1.2,
                              label=f"the same figure in {shown}{'+' if most > MAX_AREA else ''} articles"))
    if any(line.get_linestyle() == ":" for ax in axes for line in ax.lines):
        handles.append(Line2D([], [], color=NOTE_COLOUR, linewidth=1.0, linestyle=":",
                              label="largest figure each year"))
    fig.legend(handles=handles, loc="outside lower center", ncols=min(4, len(handles)),
               title="qualifier as written" + (" (shape), articles with the figure (size)" if most > 1 else ""))
    undated = len(grouped) - len(dated)
    rest = int((every["group"] == "").sum())
    notes = [f"{undated:,} grouped figure{'' if undated == 1 else 's'} without a date: not drawn, listed below"
             if undated else "",
             f"{rest:,} count{'' if rest == 1 else 's'} in no group: listed below" if rest else ""]
    values = {g: dated.loc[dated["group"] == g, "value"] for g in groups}
    fig.azdata_alt = "; ".join(f"{g}: {len(v)} figures, from {_number(v.min())} to {_number(v.max())}"
                               for g, v in values.items())
    # the notes go under the date axis: the first axis's title names its group, like every other axis's
    merged = (" (one figure on one date in several articles: one mark, its area growing with their number, "
              f"up to {MAX_AREA} times)") if most > 1 else ""
    how = joined_notes(
        "each mark is a figure as reported" + merged,
        "" if not spread else "marks of one date are spread sideways, by "
        + (f"up to {spread:,.0f} days" if spread >= 1 else "less than a day"))
    axes[-1].set_xlabel(axes[-1].get_xlabel() + "\n" + textwrap.fill(joined_notes(
        how, "every group has its own scale", *notes), 120))
    finish_figure(fig, title, n)
    for ax, log in zip(axes, logs):   # last: the labels' room is known only once everything is in place
        if log:
            fit_ticks(ax.yaxis, LOG_TICKS)
    return fig, grouped.reset_index(drop=True)
