"""Charts for the notebooks: one shared style, small pure helpers that compute
what is plotted, and one ``plot_*`` function per figure.

Every ``plot_*`` function takes a :class:`~azdata.tables.Corpus` and returns
``(figure, rows)``: the matplotlib Figure and the DataFrame of the rows it
plots (with ``date_text`` and ``evidence`` where the table has them), so a
notebook can show the sources under each chart.  An empty table gives a figure
that says "no data", never an error.  ``save_figure`` writes a PNG and an SVG
that are byte-identical from one run to the next.

Figures are built with ``matplotlib.figure.Figure`` rather than pyplot: nothing
is registered globally, nothing needs closing, and a notebook shows a figure
only when it asks to.  Which offices count as "head of state", "minister" and
so on is data, in ``azdata/resources/levels.csv``.
"""
from __future__ import annotations

import base64
import csv
import functools
import html
import math
import re
import textwrap
from datetime import date, timedelta
from pathlib import Path

import matplotlib
import pandas as pd
from cycler import cycler
from matplotlib import patheffects, transforms
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Patch, Wedge
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

from .frames import reads_written
from .resources import RESOURCE_DIR
from .schema import ACTIONS, EVENT_TYPES, QUALIFIERS, RELATIONS, ROLES, STAT_KINDS

# --- style ------------------------------------------------------------------------------------

# Okabe & Ito (2008), the colour-blind-safe palette; grey for "none"/"other".
BLUE, ORANGE, GREEN, VERMILLION = "#0072B2", "#E69F00", "#009E73", "#D55E00"
PURPLE, SKY, YELLOW, BLACK, GREY = "#CC79A7", "#56B4E9", "#F0E442", "#000000", "#999999"
PALETTE = (BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, YELLOW, BLACK)
NOTE_COLOUR = "#555555"

DPI = 150                  # PNG resolution; SVG is resolution-free
NOTE_INCHES = 0.28         # strip at the bottom of every figure for the source note
WIDTH = 9.0                # inches; heights grow with the number of rows plotted
MIN_BAR_SLOTS = 6          # bar charts are at least this many bars wide
MAX_ROWS = 60              # a chart with a row per article, event or figure shows at most this many
MAX_COLUMNS = 24           # ... and one with a column per event this many

STYLE = {
    "axes.prop_cycle": cycler(color=list(PALETTE)),
    "font.family": "DejaVu Sans",          # ships with matplotlib: same glyphs on every machine
    "font.size": 10,
    "axes.titlesize": 10,
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.title_fontsize": 9,
    "legend.frameon": False,
    "figure.titlesize": 13,
    "figure.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.axisbelow": True,
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "savefig.dpi": DPI,
    "savefig.facecolor": "white",
    "svg.hashsalt": "azdata",              # fixed ids in the SVG: byte-identical files
    "svg.fonttype": "path",
}

# One colour, one meaning. Each categorical has one fixed palette, used by every chart that
# colours by it (a meeting is blue wherever meetings are coloured, a minister the same grey in
# notebooks 02 and 03), and the categoricals drawn in one notebook never share a colour: event
# types take the Okabe & Ito hues, the ranked levels of office a luminance ramp (darker = higher;
# it survives every kind of colour blindness and greyscale printing), roles Paul Tol's "muted"
# hues. Marks whose colour means nothing are NEUTRAL.
NEUTRAL = "#444444"
TYPE_COLOURS = dict(zip(EVENT_TYPES, (BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY)))
LEVEL_RAMP = ("#252525", "#525252", "#7B7B7B", "#A5A5A5", "#CFCFCF", "#EDEDED")  # levels(), highest first
ROLE_COLOURS = dict(zip(ROLES, ("#332288", "#88CCEE", "#DDCC77", "#AA4499")))   # Tol muted: apart from the levels
QUALIFIER_COLOURS = dict(zip(QUALIFIERS, (BLACK, ORANGE, VERMILLION, BLUE, PURPLE, GREEN, SKY)))
QUALIFIER_MARKERS = {"exactly": "o", "about": "D", "up to": "<", "nearly": "<", "less than": "<",
                     "more than": ">", "at least": ">"}
ACTION_COLOURS = dict(zip(ACTIONS, (BLUE, GREEN, ORANGE, PURPLE, SKY, VERMILLION, YELLOW, BLACK, GREY)))
# The four panels of "what each article gave" are named by their titles: their colour means nothing.
FACT_COLOURS = {"events": NEUTRAL, "people": NEUTRAL, "statistics": NEUTRAL, "milestones": NEUTRAL}

NO_ONE = "no one named"            # level of an event without named participants
OTHER_LEVEL = "other official"     # level when levels.csv has no fallback row
NO_OUTLET = "outlet not named"
NO_DATE = "no date"

# When an event is dated relative to the article reporting it.
RECALL_DAYS = 31                   # ended more than this before publication -> recalled
TIMING = ("at the time", "recalled later", "announced ahead", "publication date unknown")
TIMING_LABELS = {"at the time": "reported at the time", "recalled later": "recalled by a later article",
                 "announced ahead": "announced ahead", "publication date unknown": "publication date unknown"}
TIMING_MARKERS = {"at the time": dict(marker="o", fill=True), "recalled later": dict(marker="o", fill=False),
                  "announced ahead": dict(marker="D", fill=False),
                  "publication date unknown": dict(marker="s", fill=False)}


def apply_style() -> None:
    """Use the azdata style for every matplotlib figure in this process."""
    matplotlib.rcParams.update(STYLE)


def figure_folder(corpus: Path | str, figures: Path | str | None = None) -> Path:
    """Where a notebook saves its figures: ``figures`` when given (a build passes it); else the
    project's figures/ for the project's own seeds/ and, for any other corpus, a folder
    "<corpus>-figures" beside it, so that reading another folder never overwrites the project's
    figures. Notebooks run in their own folder, beside seeds/ and figures/."""
    if figures:
        return Path(figures)
    corpus = Path(corpus).resolve()
    project = Path.cwd().resolve().parent
    if corpus == (project / "seeds").resolve():
        return project / "figures"
    return corpus.parent / f"{corpus.name}-figures"


def save_figure(fig: Figure, name: str, folder: Path | str) -> Path:
    """Write ``<name>.png`` and ``<name>.svg`` into ``folder``; returns the PNG's path.

    No timestamps and no software version in the files, a fixed dpi and a fixed SVG
    hash salt: saving the same figure twice gives byte-identical files.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / f"{name}.png"
    with matplotlib.rc_context(STYLE):
        if fig.get_layout_engine() is not None:
            # Constrained layout moves axes by ~1e-10 from one draw to the next, enough to change
            # pixels: lay the figure out once, then keep that layout for the PNG and the SVG.
            fig.draw_without_rendering()
            fig.set_layout_engine("none")
        fig.savefig(png, format="png", dpi=DPI, metadata={"Software": None})
        fig.savefig(folder / f"{name}.svg", format="svg", metadata={"Date": None})
    return png


class ShownFigure:
    """A saved PNG shown in a notebook as ``<img alt=...>`` (nbconvert's HTML export warns about, and
    screen readers skip, images without alternative text). ``alt`` is also the plain-text output."""

    def __init__(self, png: Path, alt: str):
        self.png, self.alt = Path(png), alt

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.png.read_bytes()).decode("ascii")
        return f'<img src="data:image/png;base64,{data}" alt="{html.escape(self.alt, quote=True)}">'

    def __repr__(self) -> str:
        return self.alt


def alt_text(fig: Figure) -> str:
    """A figure's alternative text: its title, its axes' titles and labels, its legend entries and
    its source note; a plot function may set ``fig.azdata_alt`` to say more."""
    parts = [fig._suptitle.get_text() if fig._suptitle is not None else "figure"]
    for ax in fig.axes:
        words = [ax.get_title("left"), ax.get_ylabel() and f"rows or y axis: {ax.get_ylabel()}",
                 ax.get_xlabel() and f"x axis: {ax.get_xlabel()}"]
        legend = ax.get_legend()
        if legend is not None:
            title = legend.get_title().get_text().replace("\n", " ")
            words.append(f"legend {title}: " + ", ".join(t.get_text().replace("\n", " ") for t in legend.get_texts()))
        parts += [w.replace("\n", " ") for w in words if w]
    if getattr(fig, "azdata_alt", ""):
        parts.append(fig.azdata_alt)
    parts += [t.get_text() for t in fig.texts if t is not fig._suptitle]
    return ". ".join(dict.fromkeys(p.strip() for p in parts if p.strip())) + "."


def show_figure(fig: Figure, name: str, folder: Path | str, alt: str | None = None) -> ShownFigure:
    """Save ``fig`` (``save_figure``) and return what a notebook displays: the PNG with alt text."""
    return ShownFigure(save_figure(fig, name, folder), alt or alt_text(fig))


def _styled(plot):
    """Build the whole figure under the azdata style, whatever the caller's rcParams."""
    @functools.wraps(plot)
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context(STYLE):
            return plot(*args, **kwargs)
    return wrapper


def _figure(height: float, width: float = WIDTH, **subplots) -> tuple[Figure, object]:
    """A constrained-layout figure with a strip kept free at the bottom for the source note."""
    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(width, height), layout="constrained")
        fig.get_layout_engine().set(rect=(0, NOTE_INCHES / height, 1, 1 - NOTE_INCHES / height))
        axes = fig.subplots(**subplots)
    return fig, axes


def _finish(fig: Figure, title: str, n_articles: int, subtitle: str = "") -> Figure:
    fig.suptitle(title, x=0.01, ha="left", fontsize=STYLE["figure.titlesize"], fontweight="bold")
    if subtitle:
        fig.axes[0].set_title(subtitle, loc="left", fontsize=9, color=NOTE_COLOUR)
    _wrap_titles(fig)
    fig.text(0.995, 0.006, f"{n_articles} article{'' if n_articles == 1 else 's'} · azdata",
             ha="right", va="bottom", fontsize=8, color=NOTE_COLOUR, family="DejaVu Sans")
    return fig


CHAR_INCHES = 0.072         # mean width of a 9 pt DejaVu Sans character


def _wrap_titles(fig: Figure) -> None:
    """Wrap each axes' left title (subtitles, notes) to the width the layout gives the axes."""
    long = [ax for ax in fig.axes if len(ax.get_title("left")) * CHAR_INCHES > 3.0]
    if not long:
        return
    fig.draw_without_rendering()
    for ax in long:
        width = ax.get_position().width * fig.get_figwidth()
        text, chars = ax.get_title("left").replace("\n", " "), max(30, int(width / CHAR_INCHES))
        if len(text) > chars:
            ax._left_title.set_text(textwrap.fill(text, chars))   # set_text keeps its size and colour


@_styled
def no_data_figure(title: str, message: str, n_articles: int, xlabel: str = "", ylabel: str = "") -> Figure:
    """A titled, labelled figure that says there is nothing to plot (and why)."""
    fig, ax = _figure(3.0)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.text(0.5, 0.5, f"no data: {message}", ha="center", va="center", transform=ax.transAxes,
            fontsize=12, color=NOTE_COLOUR)
    return _finish(fig, title, n_articles)


def _legend(ax, handles, title: str | None = None) -> None:
    ax.legend(handles=handles, title=title, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)


def _patches(colours: dict[str, str], keys) -> list[Patch]:
    return [Patch(facecolor=colours[k], label=k) for k in keys]


def _colours_for(keys, fixed: dict[str, str] | None = None) -> dict[str, str]:
    """Fixed colours where known, else the palette in order, grey for the 'none' labels."""
    fixed = fixed or {}
    spare = [c for c in PALETTE if c not in fixed.values()] or list(PALETTE)
    out, i = {}, 0
    for k in keys:
        if k in fixed:
            out[k] = fixed[k]
        elif k in (NO_OUTLET, NO_ONE, NO_DATE, OTHER_LEVEL, "other"):
            out[k] = GREY
        else:
            out[k] = spare[i % len(spare)]
            i += 1
    return out


def _latest(rows: pd.DataFrame, key: str, limit: int, chronological: pd.DataFrame | None = None,
            what: str = "") -> tuple[pd.DataFrame, str]:
    """The rows of the ``limit`` latest items (distinct ``key``s, in the order of ``chronological``,
    default ``rows``) and a note saying so. A row per item stops being readable, and takes minutes
    to draw, once an archive has thousands; the table under the chart still lists every row."""
    keys = list(dict.fromkeys((rows if chronological is None else chronological)[key]))
    if len(keys) <= limit:
        return rows, ""
    keep = set(keys[-limit:])
    return rows[rows[key].isin(keep)], f"the {limit} latest of {len(keys):,} {what} (the table lists all)"


def _joined(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def _stacked_bars(ax, counts: pd.DataFrame, colours: dict[str, str], labels: bool = True) -> None:
    """Vertical bars, one per index value, stacked by column (the first column at the bottom: a
    legend lists them reversed, ``columns[::-1]``, so that it reads top-down like the stack)."""
    x = list(range(len(counts)))
    bottom = [0] * len(counts)
    for col in counts.columns:
        heights = counts[col].tolist()
        ax.bar(x, heights, bottom=bottom, color=colours[col], width=0.8, edgecolor="white", linewidth=0.6, label=col)
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_xticks(x, [str(i) for i in counts.index] if labels else [], rotation=90 if len(x) > 12 else 0)
    ax.set_ylim(0, max([1] + bottom) * 1.08)
    pad = max(0.0, (MIN_BAR_SLOTS - len(x)) / 2)     # a lone bar stays bar-shaped
    ax.set_xlim(-0.6 - pad, len(x) - 0.4 + pad)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.grid(True)


def _bars_alt(counts: pd.DataFrame, what: str) -> str:
    """What a reader of a bar chart by year sees: the total, the years, the busiest year."""
    totals = counts.sum(axis=1)
    if totals.empty or totals.sum() == 0:
        return f"no {what}"
    top = totals.idxmax()
    return (f"{int(totals.sum()):,} {what} from {counts.index[0]} to {counts.index[-1]}, "
            f"most in {top} ({int(totals[top]):,})")


def _year_index(years: pd.Series, extra: tuple[str, ...] = ()) -> list:
    """Every year from the first to the last (gaps shown as zero), then any extra labels."""
    ints = sorted({int(y) for y in years if str(y).isdigit()})
    full = list(range(ints[0], ints[-1] + 1)) if ints else []
    return full + [e for e in extra if e in set(years)]


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


# --- levels of office -----------------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def level_rules() -> tuple[tuple[str, re.Pattern | None, re.Pattern | None], ...]:
    """(level, pattern, unless) from ``resources/levels.csv``, in precedence order."""
    text = (RESOURCE_DIR / "levels.csv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return tuple((r["level"], re.compile(r["pattern"], re.I) if r["pattern"] else None,
                  re.compile(r["unless"], re.I) if r["unless"] else None) for r in csv.DictReader(lines))


def levels() -> tuple[str, ...]:
    """Every level, highest first, ending with the levels for unmatched titles and unnamed events."""
    out = list(dict.fromkeys(level for level, _, _ in level_rules()))
    if OTHER_LEVEL not in out:
        out.append(OTHER_LEVEL)
    return tuple(out + [NO_ONE])


def official_level(title: str) -> str:
    """The level of an office as written (``Minister of Defense`` -> ``minister``)."""
    title = title or ""
    for level, pattern, unless in level_rules():
        if pattern is not None and not pattern.search(title):
            continue
        if unless is not None and unless.search(title):
            continue
        return level
    return OTHER_LEVEL


def level_table() -> pd.DataFrame:
    """The rules of ``resources/levels.csv`` as a table (highest level first)."""
    return pd.DataFrame([(lvl, p.pattern if p else "(anything else)", u.pattern if u else "")
                         for lvl, p, u in level_rules()], columns=["level", "title matches", "unless it matches"])


@reads_written
def participant_levels(participants: pd.DataFrame) -> pd.Series:
    return participants["title"].map(official_level).astype(object).rename("level")


@reads_written
def event_levels(events: pd.DataFrame, participants: pd.DataFrame) -> pd.Series:
    """Each event's level: the highest level among its participants (``no one named`` if none)."""
    order = {lvl: i for i, lvl in enumerate(levels())}
    best: dict[str, str] = {}
    for event_id, level in zip(participants["event_id"], participant_levels(participants)):
        if event_id not in best or order[level] < order[best[event_id]]:
            best[event_id] = level
    return events["event_id"].map(lambda e: best.get(e, NO_ONE)).astype(object).rename("level")


# --- 01 corpus overview -----------------------------------------------------------------------------

@reads_written
def articles_per_year(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles counted by publication year (rows) and outlet (columns); undated last."""
    a = pd.DataFrame({"year": articles["published"].str[:4].replace("", NO_DATE),
                      "outlet": articles["outlet"].replace("", NO_OUTLET)})
    if a.empty:
        return pd.DataFrame()
    outlets = a["outlet"].value_counts()
    order = sorted(outlets.index, key=lambda o: (o == NO_OUTLET, -outlets[o], o))
    table = pd.crosstab(a["year"], a["outlet"]).reindex(columns=order)
    index = _year_index(a["year"], (NO_DATE,))
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


@_styled
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
    fig, ax = _figure(4.2)
    colours = _colours_for(counts.columns)
    _stacked_bars(ax, counts, colours)
    ax.set_xlabel("year of publication")
    ax.set_ylabel("articles")
    _legend(ax, _patches(colours, counts.columns[::-1]), "outlet")   # top-down, as stacked
    fig.azdata_alt = _bars_alt(counts, "dated articles")
    return _finish(fig, title, n, _joined("one bar per year; gaps are years with no article", undated_note)), rows


@_styled
@reads_written
def plot_facts_per_article(tables) -> tuple[Figure, pd.DataFrame]:
    """Four panels: events, people, statistics and milestones found in each article."""
    title = "What the extractor found in each article"
    n = len(tables.articles)
    rows = facts_per_article(tables)
    if rows.empty:
        return no_data_figure(title, "no articles", n, "count", "article"), rows
    shown, note = _latest(rows, "article_id", MAX_ROWS, rows.sort_values(["published", "article_id"]), "articles")
    height = max(3.6, 1.8 + 0.32 * len(shown))
    fig, axes = _figure(height, ncols=len(FACT_COLOURS), sharey=True)
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
    axes[0].invert_yaxis()
    axes[0].set_ylabel("article (publication date)" + (f"\n{note}" if note else ""))
    return _finish(fig, title, n), rows


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


def _relation_words(relations: tuple[str, ...] | None) -> str:
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
    order = {"event_type": list(EVENT_TYPES), "level": list(levels())}.get(by) or sorted(rows[by].unique())
    table = pd.crosstab(rows["year"], rows[by])
    table = table.reindex(columns=[c for c in order if c in table.columns])
    table = table.reindex(years if years is not None else _year_index(rows["year"]), fill_value=0)
    table.index.name = "year"
    return table.astype(int)


def palette(by: str) -> dict[str, str] | None:
    """The fixed colours of a categorical (``event_type``, ``level``, ``role``, ``qualifier``, ``action``)."""
    return {"event_type": TYPE_COLOURS, "level": _level_colours(), "role": ROLE_COLOURS,
            "qualifier": QUALIFIER_COLOURS, "action": ACTION_COLOURS}.get(by)


def _split_relations(rows: pd.DataFrame, relations: tuple[str, ...] | None):
    """(rows counted, [(relation, its rows), ...] drawn apart), the others in the schema's order."""
    if relations is None or rows.empty:
        return rows, []
    counted = rows[rows["relation"].isin(relations)]
    rest = rows[~rows["relation"].isin(relations)]
    order = [r for r in RELATIONS if r not in relations] + sorted(set(rest["relation"]) - set(RELATIONS))
    return counted, [(r, rest[rest["relation"] == r]) for r in order if (rest["relation"] == r).any()]


@_styled
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
    who = "" if relations is None else _relation_words(relations) + " "
    title = f"{who}{what} per year, by {label}"
    title = title[:1].upper() + title[1:]
    n = len(tables.articles)
    rows = distinct_events(tables, types)
    shown = rows[["date", "event_type", "level", "relation", "part_of", "summary", "n_reports", "article_ids",
                  "date_text", "evidence"]]
    counted, apart = _split_relations(rows, relations)
    if counted.empty and not apart:
        return no_data_figure(title, f"no {what} in this corpus", n, "year of the event", what), shown
    years = _year_index(rows["year"])
    panels = [(counted, None)] + [(r_rows, r) for r, r_rows in apart]
    tables_ = [events_per_year(p, by, years) if len(p) else pd.DataFrame(index=years) for p, _ in panels]
    columns = [c for c in ({"event_type": list(EVENT_TYPES), "level": list(levels())}.get(by) or
                           sorted({c for t in tables_ for c in t.columns})) if any(c in t.columns for t in tables_)]
    colours = _colours_for(columns, palette(by))
    height = 4.4 + 1.5 * len(apart)
    fig, axes = _figure(height, nrows=len(panels), sharex=True,
                        gridspec_kw={"height_ratios": [3] + [1] * len(apart)})
    axes = list(axes) if len(panels) > 1 else [axes]
    for ax, counts, (_, relation) in zip(axes, tables_, panels):
        _stacked_bars(ax, counts.reindex(columns=[c for c in columns if c in counts.columns]), colours,
                      labels=ax is axes[-1])
        ax.set_ylabel(what if relation is None else "not counted\nabove")
        if relation is not None:
            ax.set_title(f"{relation} ({RELATION_LABELS.get(relation, relation)}): "
                         f"{int(counts.to_numpy().sum())} not counted above", loc="left", fontsize=9)
    axes[-1].set_xlabel("year of the event (recalled past events under their own year)")
    _legend(axes[0], _patches(colours, columns[::-1]), "level" if by == "level" else label)  # as stacked, top first
    fig.azdata_alt = "counted: " + _bars_alt(tables_[0], what)
    return _finish(fig, title, n, _joined(
        "an event reported by several articles counts once; a meeting held during a visit counts with it",
        "" if relations is None else "the panels below: other relations, shown apart")), shown


def _level_colours() -> dict[str, str]:
    """The luminance ramp over ``levels()``, highest level darkest, 'no one named' lightest."""
    names = levels()
    if len(names) <= len(LEVEL_RAMP):
        ramp = list(LEVEL_RAMP[:len(names) - 1]) + [LEVEL_RAMP[-1]]
    else:
        lo, hi = 0x25, 0xED
        ramp = ["#{0:02X}{0:02X}{0:02X}".format(round(lo + (hi - lo) * i / (len(names) - 1))) for i in range(len(names))]
    return dict(zip(names, ramp))


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


@_styled
@reads_written
def plot_meeting_timeline(tables, types: tuple[str, ...] = ("meeting", "visit"),
                          relations: tuple[str, ...] | None = DEFAULT_RELATIONS) -> tuple[Figure, pd.DataFrame]:
    """Dated timeline: one row per distinct contact (``relations``, default Azerbaijan–NATO), who met
    whom, how it was reported; a meeting held during a visit is a mark on the visit's row. Events of
    other relations are rows of a second panel below, never mixed in."""
    what = " and ".join(f"{t}s" for t in types)
    who = "" if relations is None else _relation_words(relations) + " "
    title = f"Timeline of {who}{what}: who met whom"
    n = len(tables.articles)
    rows = distinct_events(tables, types)
    shown = rows[["date", "event_type", "relation", "part_of", "summary", "location", "timing", "article_ids",
                  "date_text", "evidence"]]
    if rows.empty:
        return no_data_figure(title, f"no {what} in this corpus", n, "date of the event", "event"), shown
    counted, apart = _split_relations(rows, relations)
    others = pd.concat([r for _, r in apart]) if apart else rows.iloc[:0]
    panels, notes = [], []
    for part, limit, what_ in ((counted, MAX_ROWS, "contacts"), (others, MAX_ROWS // 3, "other events")):
        tops = contacts(part)
        shown_tops, note = _latest(tops, "cluster_id", limit, what=what_)
        panels.append((shown_tops, part))
        notes.append(note)
    if panels[1][0].empty:
        panels = panels[:1]
    sizes = [max(1, len(t)) for t, _ in panels]
    height = max(3.4, 2.1 + 0.3 * sum(sizes) + 0.5 * (len(panels) - 1))   # + the legend underneath
    fig, axes = _figure(height, width=12.0, nrows=len(panels), sharex=True,
                        gridspec_kw={"height_ratios": sizes})
    axes = list(axes) if len(panels) > 1 else [axes]
    colours = _colours_for(types, TYPE_COLOURS)
    drawn = pd.concat([part[_roots(part).isin(set(tops["cluster_id"]))] for tops, part in panels])
    starts = pd.to_datetime(drawn["date_start"])     # the axis spans what is drawn, not the whole archive
    ends = [pd.Timestamp(_last_day(r.date_start, r.date_precision, r.date_end)) for r in drawn.itertuples()]
    first, last = starts.min(), max(ends)
    has_parts = False
    for k, (ax, (tops, part)) in enumerate(zip(axes, panels)):
        y_of = {c: y for y, c in enumerate(tops["cluster_id"])}
        for y, r in enumerate(tops.itertuples()):
            start = pd.Timestamp(r.date_start)
            end = pd.Timestamp(_last_day(r.date_start, r.date_precision, r.date_end))
            colour = colours.get(r.event_type, GREY)
            if end > start:   # a span: several days, or the month/year a partial date can mean
                ax.plot([start, end], [y, y], color=colour, linewidth=3, alpha=0.5, solid_capstyle="butt")
            style = TIMING_MARKERS[r.timing]
            ax.plot([start], [y], linestyle="none", marker=style["marker"], markersize=7, markeredgewidth=1.6,
                    color=colour, markerfacecolor=colour if style["fill"] else "white")
        for r, root in zip(part.itertuples(), _roots(part)):   # held during another: a mark on its row
            if root != r.cluster_id and root in y_of:
                has_parts = True
                ax.plot([pd.Timestamp(r.date_start)], [y_of[root] - 0.28], linestyle="none", marker="v",
                        markersize=6, color=colours.get(r.event_type, GREY), markeredgecolor="white", zorder=4)
        labels = []
        for r in tops.itertuples():
            extra = f"  (+{r.n_parts} held during it)" if r.n_parts else ""
            tag = f"[{r.relation}] " if k and len(apart) > 1 else ""
            labels.append(f"{r.date}  {tag}{_shorten(r.summary, 60 - len(extra) - len(tag))}{extra}")
        ax.set_yticks(range(len(tops)), labels)
        ax.set_ylim(max(1, len(tops)) - 0.5, -0.6)
        ax.xaxis.grid(True)
        if k > 0:
            ax.set_title(_joined("other relations, not counted above: " + ", ".join(
                f"{r} ({RELATION_LABELS.get(r, r)})" for r, _ in apart), notes[1]), loc="left", fontsize=9)
    pad = max(pd.Timedelta(days=20), (last - first) * 0.03)
    axes[0].set_xlim(first - pad, last + pad)
    _date_axis(axes[-1], first, last)
    axes[-1].set_xlabel("date of the event")
    axes[0].set_ylabel("contact")
    present = set(rows["event_type"])
    handles = _patches(colours, [t for t in types if t in present])
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
    return _finish(fig, title, n, _joined("a bar spans several days, or the month or year that a partial date can mean",
                                          notes[0])), shown


def _date_axis(ax, first: pd.Timestamp, last: pd.Timestamp) -> None:
    """Year ticks for long spans, month ticks for short ones."""
    import matplotlib.dates as mdates

    days = (last - first).days
    if days > 3 * 365:
        step = max(1, math.ceil(days / 365 / 8))
        ax.xaxis.set_major_locator(mdates.YearLocator(step))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    elif days > 120:
        ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=(1, 7) if days > 720 else (1, 4, 7, 10)))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    else:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=6))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))


# --- 03 delegation make-up ----------------------------------------------------------------------------

MEMBER_COLUMNS = ["delegation", "country", "role", "level", "name", "rank", "title", "organisation", "date",
                  "relation", "event_id", "article_id", "date_text", "evidence"]


@reads_written
def delegation_members(tables) -> pd.DataFrame:
    """Every participant row with its level and the event's date, side by side."""
    p = tables.participants
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


@_styled
@reads_written
def plot_delegation_makeup(tables, relations: tuple[str, ...] | None = DEFAULT_RELATIONS
                           ) -> tuple[Figure, pd.DataFrame]:
    """Two panels: participants named on each side, by role and by level of office, in the events of
    ``relations`` (default Azerbaijan–NATO; None: every event)."""
    who = "" if relations is None else _relation_words(relations) + " "
    title = f"Who sat on each side of the table in {who}events" if who else "Who sat on each side of the table"
    n = len(tables.articles)
    rows = delegation_members(tables)
    counted, note = _left_out(rows, relations, "participants")
    if counted.empty:
        return no_data_figure(title, _joined(f"no participants in {who}events in this corpus", note), n,
                              "participants named", "delegation"), rows
    by_role, by_level = delegation_makeup(counted, "role"), delegation_makeup(counted, "level")
    height = max(3.4, 1.8 + 0.3 * len(by_role))
    fig, axes = _figure(height, width=11.0, ncols=2, sharey=True)
    for ax, table, colours, legend_title in (
            (axes[0], by_role, ROLE_COLOURS, "role"),
            (axes[1], by_level.reindex(by_role.index), _level_colours(), "level of office")):
        y = list(range(len(table)))
        left = [0] * len(table)
        for col in table.columns:
            widths = table[col].tolist()
            ax.barh(y, widths, left=left, color=colours[col], height=0.7, edgecolor="white", linewidth=0.6)
            left = [a + b for a, b in zip(left, widths)]
        ax.set_xlabel("participants named (a person or a country, per event)")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.xaxis.grid(True)
        ax.legend(handles=_patches(colours, table.columns), title=legend_title, loc="lower right")
    axes[0].set_yticks(range(len(by_role)), by_role.index)
    axes[0].invert_yaxis()
    axes[0].set_ylabel("delegation (side of the table)")
    axes[0].set_title("by role", loc="left")
    axes[1].set_title("by level of office", loc="left")
    if note:
        axes[0].set_xlabel(f"{axes[0].get_xlabel()}\n" + textwrap.fill(note, 70))
    return _finish(fig, title, n), rows


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


@_styled
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
        return no_data_figure(title, _joined("no permanent representatives named in this corpus", left_out), n,
                              "event", "country represented"), rows
    plotted, note = _latest(counted, "event_id", MAX_COLUMNS, what="events")
    note = _joined(note, left_out)
    events = list(dict.fromkeys(plotted["event_id"]))
    counts = plotted["delegation"].value_counts()
    countries = sorted(counts.index, key=lambda c: (-counts[c], c))
    height = max(3.0, 1.9 + 0.28 * len(countries))
    fig, ax = _figure(height, width=min(11.0, 6.5 + 1.2 * len(events)))
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
    _legend(ax, handles, "named as")
    return _finish(fig, title, n, _joined("a country listed without a name counts as its representative", note)), rows


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


@_styled
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
        notes.append(f"the {MAX_PROGRAMMES} programmes stated by most articles, of {len(programmes)} (the table lists all)")
        programmes = [p for p in programmes if p in keep]
    plotted = rows[rows["programme"].isin(programmes)]
    lo, hi = int(plotted["year"].min()), int(plotted["year"].max())
    step = _period_years(lo, hi)
    marks = milestone_periods(plotted, step)
    if step > 1:
        notes.append(f"a column is {step} years")
    names = rows.drop_duplicates("programme").set_index("programme")["programme_name"]
    height = max(3.2, 1.9 + 0.45 * len(programmes))
    fig, ax = _figure(height, width=11.0)
    most = int(marks["n_sources"].max())
    for r in marks.itertuples():
        _pie_mark(fig, ax, r.period + (step - 1) / 2, programmes.index(r.programme), r.actions.split("; "),
                  r.n_sources, r.disputed, most)
    labels = [p if names[p] == p else f"{p} ({_shorten(names[p], 40)})" for p in programmes]
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
    present = {a for cell in marks["actions"] for a in cell.split("; ")}
    handles = [Patch(facecolor=ACTION_COLOURS.get(a, GREY), label=a) for a in ACTIONS if a in present]
    handles += [Patch(facecolor=ACTION_COLOURS.get(a, GREY), label=a) for a in sorted(present - set(ACTIONS))]
    if marks["disputed"].any():
        handles.append(Patch(facecolor="none", edgecolor=BLACK, linestyle="--",
                             label="same step dated\ndifferently elsewhere"))
    _legend(ax, handles, "action (a split mark:\nseveral actions " + ("that year)" if step == 1 else "in the period)"))
    return _finish(fig, title, n, _joined("number in each mark: articles stating it (bigger mark = more articles)",
                                          *notes)), rows


def _pie_mark(fig: Figure, ax, x: float, y: float, actions: list[str], n_sources: int, disputed: bool,
              most: int = 1) -> None:
    """A round mark at (x, y) split into one wedge per action; its area in inches grows with n_sources,
    relative to the largest mark (``most``), so that marks never grow into their neighbours."""
    radius = MARK_INCHES * (0.55 + 0.45 * math.sqrt(n_sources / max(most, n_sources, 4)))   # room for its number
    at = fig.dpi_scale_trans + transforms.ScaledTranslation(x, y, ax.transData)
    step = 360 / len(actions)
    for k, action in enumerate(actions):
        ax.add_artist(Wedge((0, 0), radius, 90 + k * step, 90 + (k + 1) * step, transform=at, zorder=3,
                            facecolor=ACTION_COLOURS.get(action, GREY), edgecolor="white", linewidth=0.8))
    if disputed:
        ax.add_artist(Circle((0, 0), radius + 0.035, transform=at, zorder=2, facecolor="none", edgecolor=BLACK,
                             linewidth=1.1, linestyle="--"))
    ax.text(x, y, _count_label(n_sources), ha="center", va="center", fontsize=7, fontweight="bold", color=BLACK,
            zorder=4, path_effects=[patheffects.withStroke(linewidth=2.2, foreground="white")])


# --- 05 participation statistics ------------------------------------------------------------------------

# Log-axis ticks, densest first: 1-2-5 a decade, then 1-3, then each decade, then at most 6, 4, 3
# ticks (every 2nd, 3rd ... decade): (subs, most ticks).
LOG_TICKS = (((1.0, 2.0, 5.0), 100), ((1.0, 3.0), 100), ((1.0,), 100), ((1.0,), 6), ((1.0,), 4), ((1.0,), 3))
TICK_GAP_PIXELS = 6        # at least this much white between two tick labels


def _visible_labels(axis) -> list:
    lo, hi = sorted(axis.get_view_interval())
    return [label for loc, label in zip(axis.get_majorticklocs(), axis.get_majorticklabels())
            if lo <= loc <= hi and label.get_visible() and label.get_text()]


def labels_collide(axis, gap: float = TICK_GAP_PIXELS) -> bool:
    """Whether two of an x axis's drawn tick labels overlap or touch (the figure must have been drawn)."""
    boxes = sorted((label.get_window_extent() for label in _visible_labels(axis)), key=lambda b: b.x0)
    return any(b.x0 < a.x1 + gap for a, b in zip(boxes, boxes[1:]))


def _fit_ticks(axis, candidates) -> None:
    """The densest log ticks whose labels, drawn, do not collide (``5001,0002000``)."""
    for subs, most in candidates:
        axis.set_major_locator(LogLocator(subs=subs, numticks=most))
        axis.figure.draw_without_rendering()
        if not labels_collide(axis):
            return


STAT_COLUMNS = ["as_written", "value", "qualifier", "unit", "kind", "context", "date", "article_id", "evidence"]


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


@_styled
@reads_written
def plot_statistics(tables, kinds: tuple[str, ...] = ("count",)) -> tuple[Figure, pd.DataFrame]:
    """Dot plot: each reported count, its marker showing the qualifier (up to, more than, about …)."""
    title = "Reported figures, with their qualifiers as written"
    n = len(tables.articles)
    rows = statistics_as_written(tables.statistics, kinds)
    if rows.empty:
        return no_data_figure(title, "no reported counts in this corpus", n, "value as reported", "figure"), rows
    rows = rows.sort_values(["date", "article_id"], kind="stable").reset_index(drop=True)
    plotted, note = _latest(rows.assign(_row=rows.index), "_row", MAX_ROWS, what="figures")
    plotted = plotted.reset_index(drop=True)
    height = max(3.4, 1.7 + 0.3 * len(plotted))
    fig, ax = _figure(height, width=10.0)
    for y, r in enumerate(plotted.itertuples()):
        ax.plot([r.value], [y], linestyle="none", marker=QUALIFIER_MARKERS.get(r.qualifier, "o"), markersize=8,
                color=QUALIFIER_COLOURS.get(r.qualifier, GREY), markeredgecolor=BLACK, markeredgewidth=0.5, zorder=3)
    values = plotted["value"]
    log = values.min() > 0 and values.max() / values.min() >= 50
    if log:
        ax.set_xscale("log")
        ax.set_xlim(values.min() / 1.6, values.max() * 1.6)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _number(v)))
        ax.xaxis.set_minor_formatter(NullFormatter())
    else:
        ax.set_xlim(min(0, values.min()), values.max() * 1.08)
    labels = [f"{_shorten(r.as_written, 50)}  ({r.date or r.article_id})" for r in plotted.itertuples()]
    ax.set_yticks(range(len(plotted)), labels)
    ax.set_ylim(len(plotted) - 0.5, -0.5)
    ax.grid(True)
    ax.set_xlabel("value as reported" + (" (log scale)" if log else ""))
    ax.set_ylabel("figure as written (date)")
    present = [q for q in QUALIFIERS if q in set(plotted["qualifier"])]
    _legend(ax, [Line2D([], [], linestyle="none", marker=QUALIFIER_MARKERS.get(q, "o"), markersize=8,
                        color=QUALIFIER_COLOURS.get(q, GREY), markeredgecolor=BLACK, markeredgewidth=0.5,
                        label="exactly (bare number)" if q == "exactly" else q) for q in present], "qualifier")
    # non-breaking spaces: a wrapped subtitle never parts a marker from its meaning
    _finish(fig, title, n, _joined("◀\u00a0at\u00a0most\u00a0(up\u00a0to,\u00a0nearly)   ▶\u00a0at\u00a0least\u00a0(more\u00a0than)   ◆\u00a0about",
                                      note))
    if log:            # last: the labels' room is known only once everything else is in place
        _fit_ticks(ax.xaxis, LOG_TICKS)
    return fig, rows
