"""Notebook 03, delegation make-up."""
from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from ..frames import reads_written
from ..schema import ROLES
from .colours import NEUTRAL, fills
from .levels import levels, participant_levels
from .meetings import DEFAULT_RELATIONS, date_label, relation_words
from .style import (
    MAX_COLUMNS,
    add_legend,
    finish_figure,
    joined_notes,
    latest_rows,
    legend_patches,
    new_figure,
    no_data_figure,
    stack,
    styled,
)

# --- 03 delegation make-up ----------------------------------------------------------------------------

MEMBER_COLUMNS = ["delegation", "country", "role", "level", "name", "rank", "title", "organisation", "date",
                  "relation", "event_id", "article_id", "date_text", "evidence"]


@reads_written
def delegation_members(tables) -> pd.DataFrame:
    """Every participant row with its level and the event's date, side by side."""
    p = tables.participants
    p = p[p["event_id"] != ""]  # a country of an undated meeting's delegation list belongs to no event
    if p.empty:
        return pd.DataFrame(columns=MEMBER_COLUMNS)
    ev = tables.events.set_index("event_id")
    out = p.assign(level=participant_levels(p),
                   date=[date_label(ev.at[e, "date_start"], ev.at[e, "date_precision"], ev.at[e, "date_end"])
                         if e in ev.index else "" for e in p["event_id"]],
                   date_text=p["event_id"].map(ev["date_text"]).fillna(""),
                   relation=p["event_id"].map(ev["relation"]).fillna(""))
    return out[MEMBER_COLUMNS].reset_index(drop=True)


def _left_out(rows: pd.DataFrame, relations: tuple[str, ...] | None, what: str) -> tuple[pd.DataFrame, str]:
    """The rows of the events whose relation is in ``relations`` and a note counting the others."""
    if relations is None or rows.empty:
        return rows, ""
    keep = rows["relation"].isin(relations)
    rest = rows[~keep]
    if rest.empty:
        return rows[keep], ""
    per = rest.groupby("relation")["event_id"].nunique()
    return rows[keep], (f"not counted: {len(rest)} {what} of " + ", ".join(
        f"{per[r]} {r} event{'' if per[r] == 1 else 's'}" for r in per.index) + " (relations=None counts them)")


def delegation_makeup(members: pd.DataFrame, by: str = "role") -> pd.DataFrame:
    """Participants named per side of the table (rows, largest first) and ``by`` (columns)."""
    if members.empty:
        return pd.DataFrame()
    order = {"role": list(ROLES), "level": list(levels())}.get(by) or sorted(members[by].unique())
    table = pd.crosstab(members["delegation"], members[by])
    table = table.reindex(columns=[c for c in order if c in table.columns])
    totals = table.sum(axis=1)
    table = table.loc[sorted(table.index, key=lambda d: (-totals[d], d))]
    return table.astype(int)


@styled
@reads_written
def plot_delegation_makeup(tables, relations: tuple[str, ...] | None = DEFAULT_RELATIONS
                           ) -> tuple[Figure, pd.DataFrame]:
    """Two panels: participants named on each side, by role and by level of office, in the events of
    ``relations`` (default Azerbaijan–NATO; None: every event)."""
    who = "" if relations is None else relation_words(relations) + " "
    title = f"Who sat on each side of the table in {who}events" if who else "Who sat on each side of the table"
    n = len(tables.articles)
    rows = delegation_members(tables)
    counted, note = _left_out(rows, relations, "participants")
    if counted.empty:
        return no_data_figure(title, joined_notes(f"no participants in {who}events in this corpus", note), n,
                              "participants named", "delegation"), rows
    by_role, by_level = delegation_makeup(counted, "role"), delegation_makeup(counted, "level")
    height = max(3.4, 1.8 + 0.3 * len(by_role))
    fig, axes = new_figure(height, width=11.0, ncols=2, sharey=True)
    for ax, table, colours, legend_title in (
            (axes[0], by_role, fills("role", by_role.columns), "role"),
            (axes[1], by_level.reindex(by_role.index), fills("level", by_level.columns), "level of office")):
        stack(ax, table, colours, horizontal=True)
        ax.set_xlabel("participants named (a person or a country, per event)")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.xaxis.grid(True)
        ax.legend(handles=legend_patches(colours, table.columns), title=legend_title, loc="lower right")
    axes[0].set_yticks(range(len(by_role)), by_role.index)
    axes[0].invert_yaxis()
    axes[0].set_ylabel("delegation (side of the table)")
    axes[0].set_title("by role", loc="left")
    axes[1].set_title("by level of office", loc="left")
    if note:
        axes[0].set_xlabel(f"{axes[0].get_xlabel()}\n" + textwrap.fill(note, 70))
    return finish_figure(fig, title, n), rows


PR_LEVEL = "permanent representative"
PR_COLUMNS = ["date", "country", "delegation", "name", "title", "deputy", "relation", "event_id", "article_id",
              "date_text", "evidence"]


def permanent_representatives(members: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, country) whose permanent representative (or deputy) is named."""
    pr = members[members["level"] == PR_LEVEL]
    if pr.empty:
        return pd.DataFrame(columns=PR_COLUMNS)
    pr = pr.assign(deputy=pr["title"].str.contains(r"\bdeputy\b", case=False, regex=True),
                   _unnamed=pr["name"] == "")
    pr = pr.sort_values(["event_id", "country", "_unnamed"]).drop_duplicates(["event_id", "country"])
    return pr[PR_COLUMNS].sort_values(["date", "event_id", "deputy", "delegation"]).reset_index(drop=True)


@styled
@reads_written
def plot_permanent_representatives(tables, relations: tuple[str, ...] | None = DEFAULT_RELATIONS
                                   ) -> tuple[Figure, pd.DataFrame]:
    """Dot matrix: which countries' permanent representatives (or deputies) came to which event
    (events of ``relations``, default Azerbaijan–NATO; None: every event)."""
    title = "Permanent representatives to NATO, by country and event"
    n = len(tables.articles)
    rows = permanent_representatives(delegation_members(tables))
    counted, left_out = _left_out(rows, relations, "representatives")
    if counted.empty:
        return no_data_figure(title, joined_notes("no permanent representatives named in this corpus", left_out), n,
                              "event", "country represented"), rows
    plotted, note = latest_rows(counted, "event_id", MAX_COLUMNS, what="events")
    note = joined_notes(note, left_out)
    events = list(dict.fromkeys(plotted["event_id"]))
    counts = plotted["delegation"].value_counts()
    countries = sorted(counts.index, key=lambda c: (-counts[c], c))
    height = max(3.0, 1.9 + 0.28 * len(countries))
    fig, ax = new_figure(height, width=min(11.0, 6.5 + 1.2 * len(events)))
    for r in plotted.itertuples():
        ax.plot([events.index(r.event_id)], [countries.index(r.delegation)], linestyle="none", marker="o",
                markersize=9, markeredgewidth=1.8, color=NEUTRAL, markerfacecolor="white" if r.deputy else NEUTRAL)
    dates = plotted.drop_duplicates("event_id").set_index("event_id")["date"]
    ax.set_xticks(range(len(events)), [f"{dates[e]}\n{e.split('#')[0]}" for e in events],
                  rotation=90 if len(events) > 8 else 0)  # more would overlap side by side
    ax.set_xlim(-0.6, len(events) - 0.4)
    ax.set_yticks(range(len(countries)), countries)
    ax.set_ylim(len(countries) - 0.5, -0.5)
    ax.grid(True)
    ax.set_xlabel("event (date and reporting article)")
    ax.set_ylabel("country represented")
    handles = []
    if (~plotted["deputy"]).any():
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=9, color=NEUTRAL,
                              label="permanent representative"))
    if plotted["deputy"].any():
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=9, markeredgewidth=1.8, color=NEUTRAL,
                              markerfacecolor="white", label="deputy permanent\nrepresentative"))
    add_legend(ax, handles, "named as")
    notes = joined_notes("a country listed without a name counts as its representative", note)
    return finish_figure(fig, title, n, notes), rows


