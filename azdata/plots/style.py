"""The one figure style: rcParams, figure and note layout, legends, stacked bars, tick labels that do
not collide, byte-stable saving and alt text."""
from __future__ import annotations

import base64
import functools
import html
import math
import textwrap
from pathlib import Path

import matplotlib
import pandas as pd
from cycler import cycler
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, ScalarFormatter

from .colours import NEUTRAL, NOTE_COLOUR

# --- style ------------------------------------------------------------------------------------

DPI = 150                  # PNG resolution; SVG is resolution-free
NOTE_INCHES = 0.28         # strip at the bottom of every figure for the source note
WIDTH = 9.0                # inches; heights grow with the number of rows plotted
MIN_BAR_SLOTS = 6          # bar charts are at least this many bars wide
MAX_ROWS = 60              # a chart with a row per article, event or figure shows at most this many
MAX_COLUMNS = 24           # ... and one with a column per event this many

STYLE = {
    "axes.prop_cycle": cycler(color=[NEUTRAL]),  # a mark coloured by no family is NEUTRAL
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

def apply_style() -> None:
    """Use the azdata style for every matplotlib figure in this process."""
    _bundled_fonts_first()
    matplotlib.rcParams.update(STYLE)


def _bundled_fonts_first() -> None:
    """Draw with the DejaVu files matplotlib ships, never a system copy of the same family: the
    copies differ in glyph numbering, so which one matplotlib's font cache lists first (it varies
    with the machine and with when the cache was built) changed the SVGs' bytes."""
    from matplotlib import font_manager

    shipped = Path(matplotlib.get_data_path()).resolve()
    manager = font_manager.fontManager
    listed = {Path(e.fname).resolve() for e in manager.ttflist}
    for path in sorted((shipped / "fonts" / "ttf").glob("DejaVuSans*.ttf")):
        if path.resolve() not in listed:     # a cache built by another installation may lack them
            manager.addfont(str(path))
    order = sorted(manager.ttflist, key=lambda e: shipped not in Path(e.fname).resolve().parents)
    if order != manager.ttflist:                 # every chart calls this; the first one reorders
        manager.ttflist = order                  # a stable sort: the shipped files first, else as listed
        manager._findfont_cached.cache_clear()   # matplotlib keeps its earlier choice otherwise


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
            # ... and its last digits vary from run to run (1e-16): the SVG's clip-path ids hash the
            # exact positions, so they are rounded far below a pixel
            for ax in fig.axes:
                ax.set_position([round(float(v), 9) for v in ax.get_position(original=False).bounds])
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


SHOWN_ROWS = 1000  # the notebooks' pandas display.max_rows: a longer table would show 10 rows


def listing(rows: pd.DataFrame, limit: int = SHOWN_ROWS) -> pd.DataFrame:
    """The rows to show under a chart: all of them up to ``limit``; past it the first ``limit``,
    with a line saying how many there are and that the DataFrame itself holds every one (a
    notebook would otherwise show ten rows under a note that says the table lists all)."""
    if len(rows) <= limit:
        return rows
    print(f"{len(rows):,} rows: the first {limit:,} are shown; the DataFrame (and the CSV in the "
          "output folder) holds them all.")
    return rows.head(limit)


def styled(plot):
    """Build the whole figure under the azdata style, whatever the caller's rcParams."""
    @functools.wraps(plot)
    def wrapper(*args, **kwargs):
        _bundled_fonts_first()
        with matplotlib.rc_context(STYLE):
            return plot(*args, **kwargs)
    return wrapper


def new_figure(height: float, width: float = WIDTH, **subplots) -> tuple[Figure, object]:
    """A constrained-layout figure with a strip kept free at the bottom for the source note."""
    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(width, height), layout="constrained")
        fig.get_layout_engine().set(rect=(0, NOTE_INCHES / height, 1, 1 - NOTE_INCHES / height))
        axes = fig.subplots(**subplots)
    return fig, axes


def finish_figure(fig: Figure, title: str, n_articles: int, subtitle: str = "") -> Figure:
    fig.suptitle(title, x=0.01, ha="left", fontsize=STYLE["figure.titlesize"], fontweight="bold")
    if subtitle:
        fig.axes[0].set_title(subtitle, loc="left", fontsize=9, color=NOTE_COLOUR)
    _wrap_titles(fig)
    _thousands(fig)
    fig.text(0.995, 0.006, f"{n_articles:,} article{'' if n_articles == 1 else 's'} · azdata",
             ha="right", va="bottom", fontsize=8, color=NOTE_COLOUR, family="DejaVu Sans")
    return fig


def _thousands(fig: Figure) -> None:
    """Counts of a thousand or more read "14,000", not "14000": every plain linear number axis
    (not dates, categories or an axis a chart formats itself) gets separated thousands."""
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if (type(axis.get_major_formatter()) is ScalarFormatter and axis.get_scale() == "linear"
                    and max(abs(v) for v in axis.get_view_interval()) >= 1000):
                axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}" if float(v).is_integer()
                                                       else f"{v:,g}"))


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


@styled
def no_data_figure(title: str, message: str, n_articles: int, xlabel: str = "", ylabel: str = "") -> Figure:
    """A titled, labelled figure that says there is nothing to plot (and why)."""
    fig, ax = new_figure(3.0)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.text(0.5, 0.5, f"no data: {message}", ha="center", va="center", transform=ax.transAxes,
            fontsize=12, color=NOTE_COLOUR)
    return finish_figure(fig, title, n_articles)


def add_legend(ax, handles, title: str | None = None) -> None:
    ax.legend(handles=handles, title=title, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)


def legend_patches(fills: dict[str, dict], keys) -> list[Patch]:
    """Legend keys for ``keys``, filled as ``colours.fills`` says."""
    return [Patch(**fills[k], label=k) for k in keys]


def latest_rows(rows: pd.DataFrame, key: str, limit: int, chronological: pd.DataFrame | None = None,
            what: str = "") -> tuple[pd.DataFrame, str]:
    """The rows of the ``limit`` latest items (distinct ``key``s, in the order of ``chronological``,
    default ``rows``) and a note saying so. A row per item stops being readable, and takes minutes
    to draw, once an archive has thousands; the table under the chart still lists every row."""
    keys = list(dict.fromkeys((rows if chronological is None else chronological)[key]))
    if len(keys) <= limit:
        return rows, ""
    keep = set(keys[-limit:])
    return rows[rows[key].isin(keep)], f"the {limit} latest of {len(keys):,} {what} (the table lists all)"


def joined_notes(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def stack(ax, counts: pd.DataFrame, fills: dict[str, dict], horizontal: bool = False) -> list:
    """One bar per index value, its columns stacked in order (the first at the base), white-edged;
    upright, or lying along the x axis. Returns the bars' totals."""
    at = list(range(len(counts)))
    base = [0] * len(counts)
    for col in counts.columns:
        sizes = counts[col].tolist()
        if horizontal:
            ax.barh(at, sizes, left=base, height=0.7, edgecolor="white", linewidth=0.6, label=col, **fills[col])
        else:
            ax.bar(at, sizes, bottom=base, width=0.8, edgecolor="white", linewidth=0.6, label=col, **fills[col])
        base = [b + n for b, n in zip(base, sizes)]
    return base


def stacked_bars(ax, counts: pd.DataFrame, fills: dict[str, dict], labels: bool = True) -> None:
    """Vertical bars, one per index value, stacked by column (the first column at the bottom: a
    legend lists them reversed, ``columns[::-1]``, so that it reads top-down like the stack)."""
    x = list(range(len(counts)))
    bottom = stack(ax, counts, fills)
    ax.set_xticks(x, [str(i) for i in counts.index] if labels else [], rotation=90 if len(x) > 12 else 0)
    ax.set_ylim(0, max([1] + bottom) * 1.08)
    pad = max(0.0, (MIN_BAR_SLOTS - len(x)) / 2)     # a lone bar stays bar-shaped
    ax.set_xlim(-0.6 - pad, len(x) - 0.4 + pad)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))   # a short panel's labels stay apart
    ax.yaxis.grid(True)


def bars_alt(counts: pd.DataFrame, what: str) -> str:
    """What a reader of a bar chart by year sees: the total, the years, the busiest year."""
    totals = counts.sum(axis=1)
    if totals.empty or totals.sum() == 0:
        return f"no {what}"
    top = totals.idxmax()
    return (f"{int(totals.sum()):,} {what} from {counts.index[0]} to {counts.index[-1]}, "
            f"most in {top} ({int(totals[top]):,})")


def year_index(years: pd.Series, extra: tuple[str, ...] = ()) -> list:
    """Every year from the first to the last (gaps shown as zero), then any extra labels."""
    ints = sorted({int(y) for y in years if str(y).isdigit()})
    full = list(range(ints[0], ints[-1] + 1)) if ints else []
    return full + [e for e in extra if e in set(years)]



def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"



# Log-axis ticks, densest first: 1-2-5 a decade, then 1-3, then each decade, then at most 6, 4, 3
# ticks (every 2nd, 3rd ... decade): (subs, most ticks).
LOG_TICKS = (((1.0, 2.0, 5.0), 100), ((1.0, 3.0), 100), ((1.0,), 100), ((1.0,), 6), ((1.0,), 4), ((1.0,), 3))
TICK_GAP_PIXELS = 6        # at least this much white between two tick labels


def visible_labels(axis) -> list:
    lo, hi = sorted(axis.get_view_interval())
    return [label for loc, label in zip(axis.get_majorticklocs(), axis.get_majorticklabels())
            if lo <= loc <= hi and label.get_visible() and label.get_text()]


def labels_collide(axis, gap: float = TICK_GAP_PIXELS) -> bool:
    """Whether two of an axis's drawn tick labels overlap or touch (the figure must have been drawn);
    an x axis's labels side by side, a y axis's one above the other."""
    boxes = [label.get_window_extent() for label in visible_labels(axis)]
    if axis.axis_name == "y":
        boxes = sorted(boxes, key=lambda b: b.y0)
        return any(b.y0 < a.y1 + gap / 3 for a, b in zip(boxes, boxes[1:]))
    boxes = sorted(boxes, key=lambda b: b.x0)
    return any(b.x0 < a.x1 + gap for a, b in zip(boxes, boxes[1:]))


def fit_ticks(axis, candidates) -> None:
    """The densest log ticks whose labels, drawn, do not collide (``5001,0002000``)."""
    for subs, most in candidates:
        axis.set_major_locator(LogLocator(subs=subs, numticks=most))
        axis.figure.draw_without_rendering()
        if not labels_collide(axis):
            return


def date_axis(ax, first: pd.Timestamp, last: pd.Timestamp) -> None:
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
