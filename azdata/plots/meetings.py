"""Notebook 02, meeting frequency."""
from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ..frames import reads_written
from ..schema import RELATIONS
from .colours import NEUTRAL, NOTE_COLOUR, event_types, fills
from .levels import event_levels, levels
from .style import (
    add_legend,
    bars_alt,
    date_axis,
    finish_figure,
    joined_notes,
    legend_patches,
    new_figure,
    no_data_figure,
    shorten,
    stacked_bars,
    styled,
    year_index,
)

# When an event is dated relative to the article reporting it.
RECALL_DAYS = 31                   # ended more than this before publication -> recalled
TIMING = ("at the time", "recalled later", "announced ahead", "publication date unknown")
TIMING_LABELS = {"at the time": "reported at the time", "recalled later": "recalled by a later article",
                 "announced ahead": "announced ahead", "publication date unknown": "publication date unknown"}
TIMING_MARKERS = {"at the time": dict(marker="o", fill=True), "recalled later": dict(marker="o", fill=False),
                  "announced ahead": dict(marker="D", fill=False),
                  "publication date unknown": dict(marker="s", fill=False)}


# --- dates --------------------------------------------------------------------------------------

def date_label(start: str, precision: str = "day", end: str = "") -> str:
    """A date at the precision the text gives: ``2021-10-11 – 2021-10-16``, ``2021-12``, ``2021``."""
    def cut(d: str) -> str:
        return d[:4] if precision == "year" else d[:7] if precision == "month" else d

    if not start:
        return ""
    label = cut(start)
    if end and cut(end) != label:
        label = f"{label} – {cut(end)}"
    return label


def _last_day(start: str, precision: str, end: str = "") -> date:
    """The last day a (possibly partial) date can mean."""
    d = date.fromisoformat(end or start)
    if precision == "year":
        return date(d.year, 12, 31)
    if precision == "month":
        nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return d


@reads_written
def report_timing(events: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Whether each event was reported at the time, recalled later, or announced ahead."""
    published = events["article_id"].map(articles.set_index("article_id")["published"]).fillna("")
    out = []
    for (_, e), pub in zip(events.iterrows(), published):
        if not pub:
            out.append("publication date unknown")
            continue
        pub_day = date.fromisoformat(pub)
        if date.fromisoformat(e["date_start"]) > pub_day:
            out.append("announced ahead")
        elif _last_day(e["date_start"], e["date_precision"], e["date_end"]) < pub_day - timedelta(days=RECALL_DAYS):
            out.append("recalled later")
        else:
            out.append("at the time")
    return pd.Series(out, index=events.index, name="timing", dtype=object)


# --- 02 meeting frequency ------------------------------------------------------------------------------

DISTINCT_COLUMNS = ["date", "year", "event_type", "level", "relation", "part_of", "summary", "location", "timing",
                    "n_reports", "article_ids", "date_text", "evidence", "cluster_id", "date_start", "date_end",
                    "date_precision"]

# Issue 16: the meeting charts count Azerbaijan–NATO contacts unless asked for more; the other
# relations are drawn apart, never added in.
DEFAULT_RELATIONS = ("azerbaijan-nato",)
RELATION_LABELS = {"azerbaijan-nato": "Azerbaijan–NATO",
                   "azerbaijan-ally": "Azerbaijan with a NATO member acting for itself",
                   "nato-other": "NATO or Allies with a third party",
                   "other": "none of the above", "": "relation not read"}


def relation_words(relations: tuple[str, ...] | None) -> str:
    if relations is None:
        return "all"
    return " and ".join(RELATION_LABELS.get(r, r) if r == "azerbaijan-nato" else r for r in relations)


@reads_written
def distinct_events(tables, types: tuple[str, ...] | None = None,
                    relations: tuple[str, ...] | None = None) -> pd.DataFrame:
    """One row per real-world event (``cluster_id``), dated, with its level and how it was reported.

    Reports of the same event in several articles count once; ``n_reports`` and
    ``article_ids`` say who reported it, and the date text and evidence are the
    earliest-published report's. ``part_of`` is the ``cluster_id`` of the visit, conference or
    exercise the event took place during, when that one is among the rows too (else empty).
    ``relations`` None keeps every relation.
    """
    ev = tables.events
    if types is not None:
        ev = ev[ev["event_type"].isin(types)]
    if relations is not None:
        ev = ev[ev["relation"].isin(relations)]
    if ev.empty:
        return pd.DataFrame(columns=DISTINCT_COLUMNS)
    cluster_of = dict(zip(tables.events["event_id"], tables.events["cluster_id"]))
    ev = ev.assign(level=event_levels(ev, tables.participants), timing=report_timing(ev, tables.articles),
                   published=ev["article_id"].map(tables.articles.set_index("article_id")["published"]).fillna(""))
    ev = ev.assign(_pub=ev["published"].replace("", "9999")).sort_values(["cluster_id", "_pub", "event_id"])
    kept = set(ev["cluster_id"])
    level_order = {lvl: i for i, lvl in enumerate(levels())}
    rows = []
    for cluster_id, group in ev.groupby("cluster_id", sort=True):
        first = group.iloc[0]
        parents = [cluster_of.get(p, "") for p in group["part_of"] if p]
        parent = next((c for c in parents if c in kept and c != cluster_id), "")
        rows.append(dict(
            date=date_label(first["date_start"], first["date_precision"], first["date_end"]),
            year=int(first["date_start"][:4]), event_type=first["event_type"],
            level=min(group["level"], key=level_order.get), relation=first["relation"], part_of=parent,
            summary=first["summary"], location=first["location"],
            timing=min(group["timing"], key=TIMING.index), n_reports=len(group),
            article_ids="; ".join(sorted(set(group["article_id"]))),
            date_text=first["date_text"], evidence=first["evidence"], cluster_id=cluster_id,
            date_start=first["date_start"], date_end=first["date_end"], date_precision=first["date_precision"]))
    out = pd.DataFrame(rows, columns=DISTINCT_COLUMNS)
    return out.sort_values(["date_start", "date_end", "cluster_id"]).reset_index(drop=True)


def _roots(distinct: pd.DataFrame) -> pd.Series:
    """For each row, the cluster_id of the outermost event among the rows that it took place during
    (a meeting in a visit in an exercise -> the exercise); itself when it stands alone."""
    ids = set(distinct["cluster_id"])
    parent_of = {c: p for c, p in zip(distinct["cluster_id"], distinct["part_of"]) if p and p in ids and p != c}

    def top(cluster: str) -> str:
        seen = {cluster}
        while cluster in parent_of and parent_of[cluster] not in seen:
            cluster = parent_of[cluster]
            seen.add(cluster)
        return cluster

    return distinct["cluster_id"].map(top)


def contacts(distinct: pd.DataFrame) -> pd.DataFrame:
    """The distinct events that are contacts of their own: a meeting held during a visit (``part_of``)
    is folded into the visit, which takes the highest level of the two and counts once.
    ``n_parts`` says how many events were folded into each row."""
    if distinct.empty:
        return distinct.assign(n_parts=pd.Series(dtype=int))
    order = {lvl: i for i, lvl in enumerate(levels())}
    root = _roots(distinct)
    level = {}
    for r, lvl in zip(root, distinct["level"]):
        level[r] = lvl if r not in level else min(level[r], lvl, key=order.get)
    out = distinct[distinct["cluster_id"] == root].copy()
    out["level"] = out["cluster_id"].map(level)
    out["n_parts"] = out["cluster_id"].map(root.value_counts()).astype(int) - 1
    return out.reset_index(drop=True)


def events_per_year(distinct: pd.DataFrame, by: str = "event_type", years: list | None = None) -> pd.DataFrame:
    """Contacts counted by year (rows: ``years``, default every year in the range) and ``by``
    (columns); an event held during another one is counted with it, once (see ``contacts``)."""
    if distinct.empty:
        return pd.DataFrame()
    rows = contacts(distinct) if "part_of" in distinct else distinct
    order = {"event_type": list(event_types()), "level": list(levels())}.get(by) or sorted(rows[by].unique())
    table = pd.crosstab(rows["year"], rows[by])
    table = table.reindex(columns=[c for c in order if c in table.columns])
    table = table.reindex(years if years is not None else year_index(rows["year"]), fill_value=0)
    table.index.name = "year"
    return table.astype(int)


def _split_relations(rows: pd.DataFrame, relations: tuple[str, ...] | None):
    """(rows counted, [(relation, its rows), ...] drawn apart), the others in the schema's order."""
    if relations is None or rows.empty:
        return rows, []
    counted = rows[rows["relation"].isin(relations)]
    rest = rows[~rows["relation"].isin(relations)]
    order = [r for r in RELATIONS if r not in relations] + sorted(set(rest["relation"]) - set(RELATIONS))
    return counted, [(r, rest[rest["relation"] == r]) for r in order if (rest["relation"] == r).any()]


@styled
@reads_written
def plot_events_per_year(tables, by: str = "event_type", types: tuple[str, ...] | None = None,
                         relations: tuple[str, ...] | None = DEFAULT_RELATIONS) -> tuple[Figure, pd.DataFrame]:
    """Bar chart: contacts per year, stacked by type (``by="event_type"``) or level (``by="level"``).

    Only events whose ``relation`` is in ``relations`` (default Azerbaijan–NATO) are counted in the
    main panel; each other relation gets a small panel of its own below, on the same years
    (``relations=None`` counts every event together). A meeting held during a visit counts once, with it.
    """
    what = " and ".join(f"{t}s" for t in types) if types else "contacts"
    label = {"event_type": "type", "level": "level of the highest participant"}.get(by, by)
    who = "" if relations is None else relation_words(relations) + " "
    title = f"{who}{what} per year, by {label}"
    title = title[:1].upper() + title[1:]
    n = len(tables.articles)
    rows = distinct_events(tables, types)
    shown = rows[["date", "event_type", "level", "relation", "part_of", "summary", "n_reports", "article_ids",
                  "date_text", "evidence"]]
    counted, apart = _split_relations(rows, relations)
    if counted.empty and not apart:
        return no_data_figure(title, f"no {what} in this corpus", n, "year of the event", what), shown
    years = year_index(rows["year"])
    panels = [(counted, None)] + [(r_rows, r) for r, r_rows in apart]
    tables_ = [events_per_year(p, by, years) if len(p) else pd.DataFrame(index=years) for p, _ in panels]
    columns = [c for c in ({"event_type": list(event_types()), "level": list(levels())}.get(by) or
                           sorted({c for t in tables_ for c in t.columns})) if any(c in t.columns for t in tables_)]
    colours = fills(by, columns)
    height = 4.4 + 1.5 * len(apart)
    fig, axes = new_figure(height, nrows=len(panels), sharex=True,
                        gridspec_kw={"height_ratios": [3] + [1] * len(apart)})
    axes = list(axes) if len(panels) > 1 else [axes]
    for ax, counts, (_, relation) in zip(axes, tables_, panels):
        stacked_bars(ax, counts.reindex(columns=[c for c in columns if c in counts.columns]), colours,
                      labels=ax is axes[-1])
        ax.set_ylabel(what if relation is None else "not counted\nabove")
        if relation is not None:
            ax.set_title(f"{relation} ({RELATION_LABELS.get(relation, relation)}): "
                         f"{int(counts.to_numpy().sum())} not counted above", loc="left", fontsize=9)
    axes[-1].set_xlabel("year of the event (recalled past events under their own year)")
    # as stacked, top first
    add_legend(axes[0], legend_patches(colours, columns[::-1]), "level" if by == "level" else label)
    fig.azdata_alt = "counted: " + bars_alt(tables_[0], what)
    return finish_figure(fig, title, n, joined_notes(
        "an event reported by several articles counts once; a meeting held during a visit counts with it",
        "" if relations is None else "the panels below: other relations, shown apart")), shown


TIMELINE_ROWS = 30      # the timeline's rows at most (the other relations' panel: a third as many)


def _timeline_rows(tops: pd.DataFrame, limit: int, tag_relation: bool) -> tuple[list[int], list[str], str]:
    """The row each contact of ``tops`` (chronological) is drawn on, the rows' labels and a note.

    Up to ``limit`` contacts: a row each. Past it a row per pair, who met whom (``summary``; with the
    relation when a panel mixes several) holds every contact of that pair: the ``limit - 1`` most
    frequent pairs (of as frequent ones, the latest), in the order of their first contact, and one
    last row for all the others. The figure stays ``limit`` rows tall at any size of archive, and
    every contact is drawn."""
    tag = tops["relation"].map(lambda r: f"[{r}] ") if tag_relation else pd.Series("", index=tops.index)
    if len(tops) <= limit:
        labels = []
        for r, t in zip(tops.itertuples(), tag):
            extra = f"  (+{r.n_parts} held during it)" if r.n_parts else ""
            labels.append(f"{r.date}  {t}{shorten(r.summary, 60 - len(extra) - len(t))}{extra}")
        return list(range(len(tops))), labels, ""
    pair = (tag + tops["summary"]).tolist()
    counts = pd.Series(pair).value_counts().reindex(list(dict.fromkeys(pair)))   # in order of first contact
    latest = {p: i for i, p in enumerate(pair)}
    ranked = sorted(counts.index, key=lambda p: (-counts[p], -latest[p]))   # ties: the latest contact first
    top = set(ranked[:limit - 1 if len(counts) > limit else limit])
    kept = [p for p in counts.index if p in top]
    row_of = {p: i for i, p in enumerate(kept)}
    years = tops.groupby(pd.Series(pair, index=tops.index))["year"].agg(["min", "max"])
    when = {p: str(lo) if lo == hi else f"{lo}–{hi}" for p, lo, hi in years.itertuples()}
    labels = [f"{when[p]}  {shorten(p, 44)}  ({counts[p]:,})" for p in kept]
    rest = [p for p in counts.index if p not in row_of]
    note = (f"{len(tops):,} contacts, more than {limit} rows: a row per pair (who met whom), its number of "
            "contacts in brackets, and a mark for every contact")
    if rest:
        labels.append(f"{int(counts[rest].sum()):,} contacts of {len(rest):,} other pairs")
        note += f" (the {len(kept)} most frequent of {len(counts):,} pairs; the others share the last row)"
    return [row_of.get(p, len(kept)) for p in pair], labels, note + "; the table lists every contact"


def _draw_contacts(ax, tops: pd.DataFrame, rows: list[int], colours: dict[str, str], dense: bool) -> None:
    """A mark per contact at its start on its row (colour: type; shape: timing), and a bar to the
    last day its date can mean; one artist per colour and shape. Marks overlap when rows are shared,
    so there they are smaller and see-through."""
    starts = pd.to_datetime(tops["date_start"])
    ends = pd.to_datetime([_last_day(r.date_start, r.date_precision, r.date_end) for r in tops.itertuples()])
    colour = tops["event_type"].map(lambda t: colours.get(t, NEUTRAL))
    span = ends > starts.to_numpy()
    for c in dict.fromkeys(colour[span]):  # a span: several days, or the month/year a partial date can mean
        pick = span & (colour == c).to_numpy()
        ax.hlines([y for y, p in zip(rows, pick) if p], starts[pick], ends[pick], colors=c, linewidth=3,
                  alpha=0.35 if dense else 0.5, capstyle="butt")
    for (c, timing), group in tops.groupby([colour, tops["timing"]], sort=False):
        style = TIMING_MARKERS[timing]
        at = [tops.index.get_loc(i) for i in group.index]
        ax.plot(starts.iloc[at], [rows[i] for i in at], linestyle="none", marker=style["marker"],
                markersize=5.5 if dense else 7, markeredgewidth=1.2 if dense else 1.6, color=c,
                markerfacecolor=c if style["fill"] else "white", alpha=0.6 if dense else None)


@styled
@reads_written
def plot_meeting_timeline(tables, types: tuple[str, ...] = ("meeting", "visit"),
                          relations: tuple[str, ...] | None = DEFAULT_RELATIONS) -> tuple[Figure, pd.DataFrame]:
    """Dated timeline: one row per distinct contact (``relations``, default Azerbaijan–NATO), who met
    whom, how it was reported; a meeting held during a visit is a mark on the visit's row. Events of
    other relations are rows of a second panel below, never mixed in. Past TIMELINE_ROWS contacts a
    row holds every contact of one pair (``_timeline_rows``): the figure's height is bounded."""
    what = " and ".join(f"{t}s" for t in types)
    who = "" if relations is None else relation_words(relations) + " "
    title = f"Timeline of {who}{what}: who met whom"
    n = len(tables.articles)
    rows = distinct_events(tables, types)
    shown = rows[["date", "event_type", "relation", "part_of", "summary", "location", "timing", "article_ids",
                  "date_text", "evidence"]]
    if rows.empty:
        return no_data_figure(title, f"no {what} in this corpus", n, "date of the event", "event"), shown
    counted, apart = _split_relations(rows, relations)
    others = pd.concat([r for _, r in apart]) if apart else rows.iloc[:0]
    panels = []
    for k, (part, limit) in enumerate(((counted, TIMELINE_ROWS), (others, TIMELINE_ROWS // 3))):
        tops = contacts(part)
        panels.append((tops, part) + _timeline_rows(tops, limit, k > 0 and len(apart) > 1))
    if panels[1][0].empty:
        panels = panels[:1]
    sizes = [max(1, len(labels)) for _, _, _, labels, _ in panels]
    height = max(3.4, 2.1 + 0.3 * sum(sizes) + 0.5 * (len(panels) - 1))   # + the legend underneath
    fig, axes = new_figure(height, width=12.0, nrows=len(panels), sharex=True,
                        gridspec_kw={"height_ratios": sizes})
    axes = list(axes) if len(panels) > 1 else [axes]
    colours = {t: f["facecolor"] for t, f in fills("event_type", types).items()}
    drawn = pd.concat([part for _, part, _, _, _ in panels])
    starts = pd.to_datetime(drawn["date_start"])
    ends = [pd.Timestamp(_last_day(r.date_start, r.date_precision, r.date_end)) for r in drawn.itertuples()]
    first, last = starts.min(), max(ends)
    has_parts = False
    for k, (ax, (tops, part, row, labels, note)) in enumerate(zip(axes, panels)):
        _draw_contacts(ax, tops, row, colours, bool(note))
        y_of = dict(zip(tops["cluster_id"], row))
        held = [(r, y_of[root]) for r, root in zip(part.itertuples(), _roots(part))
                if root != r.cluster_id and root in y_of]      # held during another: a mark on its row
        for c in dict.fromkeys(colours.get(r.event_type, NEUTRAL) for r, _ in held):
            at = [(pd.Timestamp(r.date_start), y - 0.28) for r, y in held if colours.get(r.event_type, NEUTRAL) == c]
            ax.plot([x for x, _ in at], [y for _, y in at], linestyle="none", marker="v", markersize=6,
                    color=c, markeredgecolor="white", zorder=4)
            has_parts = True
        ax.set_yticks(range(len(labels)), labels)
        ax.set_ylim(max(1, len(labels)) - 0.5, -0.6)
        ax.xaxis.grid(True)
        if k > 0:
            ax.set_title(joined_notes("other relations, not counted above: " + ", ".join(
                f"{r} ({RELATION_LABELS.get(r, r)})" for r, _ in apart), note), loc="left", fontsize=9)
    pad = max(pd.Timedelta(days=20), (last - first) * 0.03)
    axes[0].set_xlim(first - pad, last + pad)
    date_axis(axes[-1], first, last)
    axes[-1].set_xlabel("date of the event")
    axes[0].set_ylabel("who met whom (contacts)" if panels[0][4] else "contact")
    present = set(rows["event_type"])
    handles = legend_patches(fills("event_type", types), [t for t in types if t in present])
    if has_parts:
        handles.append(Line2D([], [], linestyle="none", marker="v", markersize=6, color=NOTE_COLOUR,
                              label="held during the visit on that row"))
    for timing in TIMING:
        if timing in set(rows["timing"]):
            style = TIMING_MARKERS[timing]
            handles.append(Line2D([], [], linestyle="none", marker=style["marker"], markersize=7, color=NOTE_COLOUR,
                                  markeredgewidth=1.6, markerfacecolor=NOTE_COLOUR if style["fill"] else "white",
                                  label=TIMING_LABELS[timing]))
    # Under the panels, across: a legend beside them would take the width the dates need.
    fig.legend(handles=handles, loc="outside lower center", ncols=min(4, len(handles)))
    spans = "a bar spans several days, or the month or year that a partial date can mean"
    return finish_figure(fig, title, n, joined_notes(spans, panels[0][4])), shown
