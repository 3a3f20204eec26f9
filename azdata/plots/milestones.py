"""Notebook 04, programme milestones."""
from __future__ import annotations

import math

import pandas as pd
from matplotlib import patheffects, transforms
from matplotlib.figure import Figure
from matplotlib.patches import Circle, Patch, Wedge
from matplotlib.ticker import MaxNLocator

from ..frames import reads_written
from ..schema import ACTIONS
from .colours import BLACK, fills
from .style import add_legend, finish_figure, joined_notes, new_figure, no_data_figure, shorten, styled

# --- 04 programme milestones ---------------------------------------------------------------------------

MARK_COLUMNS = ["programme", "programme_name", "year", "date", "actions", "n_sources", "article_ids",
                "disputed", "evidence"]


@reads_written
def milestone_disagreements(milestones: pd.DataFrame) -> pd.DataFrame:
    """(programme, action) pairs that the articles put in more than one year, with those years."""
    if milestones.empty:
        return pd.DataFrame(columns=["programme", "action", "years", "article_ids"])
    rows = []
    for (prog, action), g in milestones.groupby(["programme", "action"], sort=True):
        if g["year"].nunique() > 1 and action != "other":
            rows.append(dict(programme=prog, action=action,
                             years="; ".join(f"{y} ({ids})" for y, ids in zip(g["year"], g["article_ids"])),
                             article_ids="; ".join(sorted({i for ids in g["article_ids"] for i in ids.split("; ")}))))
    return pd.DataFrame(rows, columns=["programme", "action", "years", "article_ids"])


@reads_written
def milestone_marks(milestones: pd.DataFrame) -> pd.DataFrame:
    """One row per (programme, year): the actions stated, how many articles state any of them,
    and whether the same step is dated differently elsewhere (``disputed``)."""
    if milestones.empty:
        return pd.DataFrame(columns=MARK_COLUMNS)
    disputed = {(r.programme, a) for r in milestone_disagreements(milestones).itertuples() for a in [r.action]}
    rows = []
    for (prog, year), g in milestones.groupby(["programme", "year"], sort=True):
        ids = sorted({i for cell in g["article_ids"] for i in cell.split("; ") if i})
        rows.append(dict(programme=prog, programme_name=g["programme_name"].iloc[0], year=int(year),
                         date="; ".join(d for d in g["date"] if d), actions="; ".join(g["action"]),
                         n_sources=len(ids), article_ids="; ".join(ids),
                         disputed=any((prog, a) in disputed for a in g["action"]),
                         evidence=g["evidence"].iloc[0]))
    out = pd.DataFrame(rows, columns=MARK_COLUMNS)
    first = out.groupby("programme")["year"].min()
    out["_first"] = out["programme"].map(first)
    return out.sort_values(["_first", "programme", "year"]).drop(columns="_first").reset_index(drop=True)


MAX_PROGRAMMES = 30        # rows of the milestones chart: beyond, the programmes stated by most articles
MAX_PERIODS = 12           # columns of the milestones chart: years are grouped into periods beyond that
PERIOD_YEARS = (1, 2, 5, 10, 20, 50)
MARK_INCHES = 0.18         # largest mark radius (+ its dashed ring): marks a row (0.45 in) apart never touch


def _period_years(lo: int, hi: int) -> int:
    """Years per column: the smallest step that keeps the columns to MAX_PERIODS."""
    return next((s for s in PERIOD_YEARS if (hi // s - lo // s + 1) <= MAX_PERIODS), PERIOD_YEARS[-1])


def milestone_periods(marks: pd.DataFrame, step: int) -> pd.DataFrame:
    """``milestone_marks`` rows grouped into periods of ``step`` years: one row per (programme,
    period) with the actions, the articles stating any of them and whether any is disputed."""
    marks = marks.assign(period=marks["year"] // step * step)
    rows = []
    for (prog, period), g in marks.groupby(["programme", "period"], sort=False):
        actions = list(dict.fromkeys(a for cell in g["actions"] for a in cell.split("; ")))
        actions.sort(key=lambda a: (ACTIONS.index(a) if a in ACTIONS else len(ACTIONS), a))
        ids = {i for cell in g["article_ids"] for i in cell.split("; ") if i}
        rows.append(dict(programme=prog, period=int(period), actions="; ".join(actions), n_sources=len(ids),
                         disputed=bool(g["disputed"].any())))
    return pd.DataFrame(rows, columns=["programme", "period", "actions", "n_sources", "disputed"])


def _count_label(n: int) -> str:
    return f"{n / 1000:.1f}k".replace(".0k", "k") if n >= 1000 else str(n)


@styled
@reads_written
def plot_milestones(tables) -> tuple[Figure, pd.DataFrame]:
    """Timeline: one mark per (programme, year), sized and numbered by the articles that state it.

    At size the marks are aggregated so that they never overlap: beyond MAX_PERIODS years a column
    is a period of several years, beyond MAX_PROGRAMMES the programmes stated by the most articles
    are kept (the subtitle says so; the table lists every mark), and a mark's area is relative to the
    largest in the chart."""
    title = "Programme milestones, as the articles date them"
    n = len(tables.articles)
    rows = milestone_marks(tables.milestones)
    if rows.empty:
        return no_data_figure(title, "no programme milestones in this corpus", n, "year", "programme"), rows
    programmes = list(dict.fromkeys(rows["programme"]))
    notes = []
    if len(programmes) > MAX_PROGRAMMES:
        sources = rows.groupby("programme")["article_ids"].agg(
            lambda cells: len({i for c in cells for i in c.split("; ") if i}))
        keep = set(sorted(programmes, key=lambda p: (-sources[p], p))[:MAX_PROGRAMMES])
        notes.append(f"the {MAX_PROGRAMMES} programmes stated by most articles, of {len(programmes)} "
                     "(the table lists all)")
        programmes = [p for p in programmes if p in keep]
    plotted = rows[rows["programme"].isin(programmes)]
    lo, hi = int(plotted["year"].min()), int(plotted["year"].max())
    step = _period_years(lo, hi)
    marks = milestone_periods(plotted, step)
    if step > 1:
        notes.append(f"a column is {step} years")
    names = rows.drop_duplicates("programme").set_index("programme")["programme_name"]
    height = max(3.2, 1.9 + 0.45 * len(programmes))
    fig, ax = new_figure(height, width=11.0)
    most = int(marks["n_sources"].max())
    present = {a for cell in marks["actions"] for a in cell.split("; ")}
    colours = fills("action", present)
    for r in marks.itertuples():
        _pie_mark(fig, ax, r.period + (step - 1) / 2, programmes.index(r.programme), r.actions.split("; "),
                  r.n_sources, r.disputed, most, colours)
    labels = [p if names[p] == p else f"{p} ({shorten(names[p], 40)})" for p in programmes]
    ax.set_yticks(range(len(programmes)), labels)
    ax.set_ylim(len(programmes) - 0.5, -0.6)
    first, last = lo // step * step, hi // step * step
    centre = (step - 1) / 2                       # a period's mark sits in its middle
    ax.set_xlim(first + centre - 0.75 * step - 0.25, last + centre + 0.75 * step + 0.25)
    if step == 1:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=12))
    else:
        starts = list(range(first, last + 1, step))
        ax.set_xticks([s + (step - 1) / 2 for s in starts], [f"{s}–{str(s + step - 1)[-2:]}" for s in starts],
                      rotation=90 if len(starts) > 8 else 0)
    ax.grid(True)
    ax.set_xlabel("year stated in the articles" if step == 1 else f"period stated in the articles ({step} years)")
    ax.set_ylabel("programme (first year at the top)")
    handles = [Patch(**colours[a], label=a) for a in colours if a in present]
    if marks["disputed"].any():
        handles.append(Patch(facecolor="none", edgecolor=BLACK, linestyle="--",
                             label="same step dated\ndifferently elsewhere"))
    add_legend(ax, handles,
               "action (a split mark:\nseveral actions " + ("that year)" if step == 1 else "in the period)"))
    counted = "number in each mark: articles stating it (bigger mark = more articles)"
    return finish_figure(fig, title, n, joined_notes(counted, *notes)), rows


def _pie_mark(fig: Figure, ax, x: float, y: float, actions: list[str], n_sources: int, disputed: bool,
              most: int = 1, colours: dict[str, dict] | None = None) -> None:
    """A round mark at (x, y) split into one wedge per action; its area in inches grows with n_sources,
    relative to the largest mark (``most``), so that marks never grow into their neighbours."""
    radius = MARK_INCHES * (0.55 + 0.45 * math.sqrt(n_sources / max(most, n_sources, 4)))   # room for its number
    at = fig.dpi_scale_trans + transforms.ScaledTranslation(x, y, ax.transData)
    step = 360 / len(actions)
    for k, action in enumerate(actions):
        ax.add_artist(Wedge((0, 0), radius, 90 + k * step, 90 + (k + 1) * step, transform=at, zorder=3,
                            edgecolor="white", linewidth=0.8, **(colours or fills("action", actions))[action]))
    if disputed:
        ax.add_artist(Circle((0, 0), radius + 0.035, transform=at, zorder=2, facecolor="none", edgecolor=BLACK,
                             linewidth=1.1, linestyle="--"))
    ax.text(x, y, _count_label(n_sources), ha="center", va="center", fontsize=7, fontweight="bold", color=BLACK,
            zorder=4, path_effects=[patheffects.withStroke(linewidth=2.2, foreground="white")])


