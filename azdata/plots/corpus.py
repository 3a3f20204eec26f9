"""Notebook 01, the corpus overview."""
from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..frames import reads_written
from .colours import NEUTRAL, NO_DATE, NO_OUTLET, NOTE_COLOUR, OTHER_OUTLETS, fills, order
from .style import (
    MAX_ROWS,
    add_legend,
    bars_alt,
    finish_figure,
    joined_notes,
    latest_rows,
    legend_patches,
    new_figure,
    no_data_figure,
    stacked_bars,
    styled,
    year_index,
)

# The four panels of "what each article gave" are named by their titles: their colour means nothing.
FACT_COLOURS = {"events": NEUTRAL, "people": NEUTRAL, "statistics": NEUTRAL, "milestones": NEUTRAL}
MAX_OUTLETS = 8            # outlets stacked by name; the rest are one "other outlets" segment

@reads_written
def articles_per_year(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles counted by publication year (rows) and outlet (columns, in the stable order of
    ``resources/outlets.csv``: an outlet keeps its place and colour in every corpus); undated last."""
    a = pd.DataFrame({"year": articles["published"].str[:4].replace("", NO_DATE),
                      "outlet": articles["outlet"].replace("", NO_OUTLET)})
    if a.empty:
        return pd.DataFrame()
    table = pd.crosstab(a["year"], a["outlet"]).reindex(columns=order("outlet", set(a["outlet"])))
    table = table.loc[:, table.columns.isin(set(a["outlet"]))]
    index = year_index(a["year"], (NO_DATE,))
    table = table.reindex([str(i) for i in index], fill_value=0)
    table.index = index
    table.index.name = "year"
    table.columns.name = "outlet"
    return table.fillna(0).astype(int)


@reads_written
def table_sizes(tables) -> pd.DataFrame:
    """Rows in each of the six tables."""
    return pd.DataFrame({"table": list(tables.TABLE_NAMES),
                         "rows": [len(getattr(tables, name)) for name in tables.TABLE_NAMES]})


@reads_written
def article_problems(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles whose status is not ``ok``, with what went wrong."""
    cols = ["article_id", "status", "published", "published_from", "problems"]
    return articles.loc[articles["status"] != "ok", cols].reset_index(drop=True)


def _split_ids(series: pd.Series) -> pd.Series:
    """Counts of article ids in a column of '; '-joined ids."""
    ids = [i for cell in series for i in str(cell).split("; ") if i]
    return pd.Series(ids, dtype=object).value_counts()


@reads_written
def facts_per_article(tables) -> pd.DataFrame:
    """Per article: events, people named, statistics and milestones found."""
    a = tables.articles
    out = a[["article_id", "published", "outlet", "status"]].copy()
    out["events"] = a["article_id"].map(tables.events["article_id"].value_counts())
    out["people"] = a["article_id"].map(_split_ids(tables.people["article_ids"]))
    out["statistics"] = a["article_id"].map(tables.statistics["article_id"].value_counts())
    out["milestones"] = a["article_id"].map(_split_ids(tables.milestones["article_ids"]))
    for col in FACT_COLOURS:
        out[col] = out[col].fillna(0).astype(int)
    out["problems"] = a["problems"]
    return out.reset_index(drop=True)


@styled
@reads_written
def plot_articles_per_year(tables) -> tuple[Figure, pd.DataFrame]:
    """Bar chart: articles per publication year, coloured by outlet."""
    title = "Articles in the corpus by year of publication"
    n = len(tables.articles)
    rows = tables.articles[["article_id", "published", "published_from", "outlet", "title", "status"]]
    counts = articles_per_year(tables.articles)
    if counts.empty:
        return no_data_figure(title, "no articles", n, "year of publication", "articles"), rows
    # "no date" is not a year: it stays off the year axis (where it would also dwarf the years)
    # and is counted in the subtitle instead.
    undated = int(counts.loc[NO_DATE].sum()) if NO_DATE in counts.index else 0
    counts = counts.drop(index=[NO_DATE], errors="ignore")
    counts = counts.loc[:, counts.sum() > 0]
    undated_note = (f"not on the year axis: {undated:,} article{'' if undated == 1 else 's'} with no publication "
                    "date" if undated else "")
    if counts.empty:
        return no_data_figure(title, f"no article has a publication date ({undated:,} undated)", n,
                              "year of publication", "articles"), rows
    counts, folded = _fold_outlets(counts)
    colours = fills("outlet", counts.columns)
    if undated:       # beside the year axis, on a scale of its own, never as a year
        fig, (ax, side) = new_figure(4.2, ncols=2, gridspec_kw={"width_ratios": [max(6, len(counts)), 1.2]})
        _undated_panel(side, undated)
    else:
        fig, ax = new_figure(4.2)
    stacked_bars(ax, counts, colours)
    if undated and undated <= 2 * counts.sum(axis=1).max():     # it would not dwarf the years: same scale
        top = max(ax.get_ylim()[1], undated * 1.18)
        ax.set_ylim(0, top)
        side.set_ylim(0, top)
        side.set_title("not a year", loc="left", fontsize=8, color=NOTE_COLOUR)
    ax.set_xlabel("year of publication")
    ax.set_ylabel("articles")
    add_legend(fig.axes[-1], legend_patches(colours, counts.columns[::-1]), "outlet")   # top-down, as stacked
    fig.azdata_alt = bars_alt(counts, "dated articles")
    folded_note = f"{OTHER_OUTLETS}: {folded} smaller outlets" if folded else ""
    return finish_figure(fig, title, n, joined_notes("one bar per year; gaps are years with no article", undated_note,
                                          folded_note)), rows


def _fold_outlets(counts: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """At most MAX_OUTLETS named outlets (the largest), the rest summed as OTHER_OUTLETS."""
    named = [c for c in counts.columns if c != NO_OUTLET]
    if len(named) <= MAX_OUTLETS:
        return counts, 0
    keep = set(sorted(named, key=lambda c: (-counts[c].sum(), c))[:MAX_OUTLETS])
    rest = [c for c in named if c not in keep]
    out = counts[[c for c in counts.columns if c in keep]].assign(**{OTHER_OUTLETS: counts[rest].sum(axis=1)})
    if NO_OUTLET in counts.columns:
        out[NO_OUTLET] = counts[NO_OUTLET]
    return out, len(rest)


def _undated_panel(ax, undated: int) -> None:
    """A single neutral bar for the articles without a publication date, its count written on it."""
    ax.bar([0], [undated], width=0.6, color="white", edgecolor=NOTE_COLOUR, hatch="xx", hatchcolor=NOTE_COLOUR)
    ax.text(0, undated, f"{undated:,}", ha="center", va="bottom", fontsize=9)
    ax.set_xlim(-0.8, 0.8)
    ax.set_ylim(0, undated * 1.18)
    ax.set_xticks([0], [NO_DATE])
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_title("not a year:\nown scale", loc="left", fontsize=8, color=NOTE_COLOUR)


@styled
@reads_written
def plot_facts_per_article(tables) -> tuple[Figure, pd.DataFrame]:
    """Four panels: events, people, statistics and milestones found in each article."""
    title = "What the extractor found in each article"
    n = len(tables.articles)
    rows = facts_per_article(tables)
    if rows.empty:
        return no_data_figure(title, "no articles", n, "count", "article"), rows
    by_date = rows.sort_values(["published", "article_id"], kind="stable")      # undated first: never "the latest"
    shown, note = latest_rows(by_date, "article_id", MAX_ROWS, what="articles")     # oldest at the top
    height = max(3.6, 1.8 + 0.32 * len(shown))
    fig, axes = new_figure(height, ncols=len(FACT_COLOURS), sharey=True)
    labels = [f"{r.article_id} ({r.published or NO_DATE})" + ("" if r.status == "ok" else f" [{r.status}]")
              for r in shown.itertuples()]
    y = list(range(len(shown)))
    for ax, (col, colour) in zip(axes, FACT_COLOURS.items()):
        ax.barh(y, shown[col], color=colour, height=0.7)
        for yi, v in zip(y, shown[col]):
            ax.text(v, yi, f" {v}", va="center", ha="left", fontsize=8)
        ax.set_title(col, loc="left", fontsize=10)
        ax.set_xlabel("count")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
        ax.set_xlim(0, max(1, shown[col].max()) * 1.3)
        ax.xaxis.grid(True)
    axes[0].set_yticks(y, labels)
    axes[0].set_ylim(len(shown) - 0.5, -0.5)      # top down, no empty rows above or below
    axes[0].set_ylabel("article (publication date)" + (f"\n{note}" if note else ""))
    return finish_figure(fig, title, n), rows


