"""One colour, one meaning: the colours of every categorical that a chart colours by.

Each meaning-family has a colour set of its own, and no colour is in two sets, so a colour names
one thing in every notebook (blue is a meeting wherever it appears, never a minister or an outlet):

=============  ===================================================  ================================
family         colours                                              order of the categories
=============  ===================================================  ================================
event_type     Okabe & Ito (2008) sky, purple, blue, orange, with   ``resources/event_types.csv``
               Paul Tol's red, sand and navy
level          a dark-brown-to-cream ramp, darker = higher           ``resources/levels.csv``
               (greyscale print keeps the order; the steps
               differ in lightness and yellowness, which red-green
               colour blindness leaves intact)
role           Tol's "muted" indigo, wine, teal                      ``schema.ROLES``
action         Tol's magenta and light orange, Okabe-Ito's yellow,   ``schema.ACTIONS``
               Tol's purple and dark red, IBM's indigo and
               orange, ColorBrewer's brown
outlet         Tol's blue, dark cyan, ochre, yellow and dark         ``resources/outlets.csv``
               yellow, IBM's ultramarine, ColorBrewer's green and
               light green
=============  ===================================================  ================================

Across families no two colours are closer than CIE76 delta E 15 (tests/test_plots.py checks it),
so even the nearest pair is another colour. Within a chart every two colours, and each colour and the
white page, are at least delta E 20 apart (``MIN_DISTANCE``; a hatched fill stands out from the page
by its hatch), also as a protanope or deuteranope sees them (``simulated``, Machado et al. 2009): red
and green are then one colour, so each family's set is spread over lightness and blue-versus-yellow,
which they still see. tests/test_plot_readability.py checks every family (``CHART_FAMILIES``: which
chart draws which), and benchmarks/colour_distances.py prints the distances, tritanopia too (not
checked: the sets come within delta E 8 to 18 of each other for a tritanope).

A family's categories take its colours in that order, so a category keeps its colour from one
corpus to the next, and a category added to the data file gets the next colour without a code
change. A set holds as many colours as a chart shows categories (the outlets: MAX_OUTLETS) while
every two stay apart for every reader; past its end the colours come round again with a hatch, the
second channel, which needs no colour vision (colour + hatch stays unique, and ``fills`` gives it to
every bar, wedge and legend key); the levels, which are ranked, instead spread the ramp over them.
The categories that mean "none of these" ("other", "other outlets", "outlet not named", "no one
named") are one hatched light grey in every family: that grey has a single meaning too (the outlets'
two are told apart by the hatch's direction, ``NONE_HATCHES``).

Things the charts do not tell apart by colour are drawn in NEUTRAL: the relations (each has its own
panel), report timing and qualifiers (marker shapes), the participation groups (an axis each), and a
timeline mark of a type no family knows.
"""
from __future__ import annotations

import csv
import functools
import itertools

from ..resources import RESOURCE_DIR
from ..schema import ACTIONS, EVENT_TYPES, ROLES
from .levels import NO_ONE, levels

# Okabe & Ito (2008), the colour-blind-safe palette.
BLUE, ORANGE, GREEN, VERMILLION = "#0072B2", "#E69F00", "#009E73", "#D55E00"
PURPLE, SKY, YELLOW, BLACK = "#CC79A7", "#56B4E9", "#F0E442", "#000000"
NEUTRAL = "#444444"        # marks whose colour means nothing
NOTE_COLOUR = "#555555"    # source notes, subtitles, legend keys drawn in no family's colour
OTHER_COLOUR = "#DDDDDD"   # "none of these", in every family, always with OTHER_HATCH
OTHER_HATCH = "////"
NONE_HATCHES = (OTHER_HATCH, "\\\\\\\\")   # a family with two "none of these" (outlets): one hatch each
HATCH_COLOUR = "#666666"
REPEAT_HATCHES = ("....", "xxxx", "\\\\\\\\", "oo")   # the 2nd, 3rd ... round of a family's colours

NO_OUTLET = "outlet not named"
OTHER_OUTLETS = "other outlets"
NO_DATE = "no date"

FAMILY_COLOURS: dict[str, tuple[str, ...]] = {
    # in event_types.csv order (ceremony, exercise, conference, meeting, visit, then new types): the
    # two drawn together most, meeting and visit, get the most distinct pair, blue and orange; Okabe-Ito's
    # green and vermillion are gone (for a deuteranope 18 from its purple and its orange), "exercise" is
    # Tol's red and the new types' spares Tol's sand and navy
    "event_type": (SKY, "#CC3311", PURPLE, BLUE, ORANGE, "#DDCC77", "#222255"),
    # levels(), highest first: CIE L* 11, 32, 52, 73, 94, every step delta E 26 or more (the grey ramp
    # this replaces had steps of 11 to 20, and its lightest grey was 6 from the page)
    "level": ("#3B0F00", "#7F3404", "#B46C13", "#DBAD55", "#FCEEBA"),
    # Tol's muted indigo, wine, teal (his green was 18 from the minister's brown beside it, dichromat)
    "role": ("#332288", "#882255", "#44AA99"),
    # schema.ACTIONS order; joined and signed keep Tol's magenta and light orange (his pastels were
    # 11 to 20 from the page's grey and from one another, dichromat)
    "action": ("#EE3377", "#EE8866", YELLOW, "#AA4499", "#785EF0", "#663333", "#FE6100", "#B15928"),
    # outlets.csv order: Report, News.Az and Trend keep their colours (AzerNews's rose was 11 from
    # News.Az's teal, protanope); a colour for each of MAX_OUTLETS, the rest hatched
    "outlet": ("#004488", "#225555", "#648FFF", "#997700", "#1B9E77", "#CCBB44", "#666633", "#B2DF8A"),
}
# the categories of a family drawn as OTHER_COLOUR + OTHER_HATCH
OTHER_KEYS = {"event_type": ("other",), "role": ("other",), "action": ("other",),
              "outlet": (OTHER_OUTLETS, NO_OUTLET), "level": (NO_ONE,)}


def _resource_rows(name: str) -> list[dict[str, str]]:
    text = (RESOURCE_DIR / name).read_text(encoding="utf-8")
    return list(csv.DictReader(ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")))


@functools.lru_cache(maxsize=None)
def event_types() -> tuple[str, ...]:
    """Every event type, in the order of its first row in ``resources/event_types.csv`` ("other"
    last); a type the schema knows and the file does not comes before "other"."""
    found = list(dict.fromkeys(r["event_type"] for r in _resource_rows("event_types.csv")))
    found += [t for t in EVENT_TYPES if t not in found]
    return tuple([t for t in found if t != "other"] + ["other"])


@functools.lru_cache(maxsize=None)
def outlets() -> tuple[str, ...]:
    """The outlets of ``resources/outlets.csv``, in its order."""
    return tuple(dict.fromkeys(r["outlet"] for r in _resource_rows("outlets.csv")))


def order(family: str, present=()) -> list[str]:
    """A family's categories in their fixed order, then any others in ``present`` (sorted), then
    the "none of these" ones."""
    known = {"event_type": event_types, "level": levels, "outlet": outlets,
             "role": lambda: ROLES, "action": lambda: ACTIONS}[family]()
    other = OTHER_KEYS[family]
    out = [k for k in known if k not in other]
    out += sorted({k for k in present if k not in out and k not in other})
    return out + [k for k in other if k in known or k in present]


def fills(family: str, present=()) -> dict[str, dict]:
    """Category -> the keyword arguments that fill a bar, wedge or legend patch of that category
    (``facecolor``, and ``hatch``/``hatchcolor`` past the family's set and for "none of these")."""
    colours, other = FAMILY_COLOURS[family], OTHER_KEYS[family]
    keys = order(family, present)
    if family == "level":
        colours = _ramp(colours, sum(k not in other for k in keys))
    out, i = {}, 0
    for k in keys:
        if k in other:
            out[k] = dict(facecolor=OTHER_COLOUR, hatch=NONE_HATCHES[other.index(k) % len(NONE_HATCHES)],
                          hatchcolor=HATCH_COLOUR)
            continue
        fill = dict(facecolor=colours[i % len(colours)])
        if i >= len(colours):
            fill.update(hatch=REPEAT_HATCHES[(i // len(colours) - 1) % len(REPEAT_HATCHES)], hatchcolor=HATCH_COLOUR)
        out[k] = fill
        i += 1
    return out


def palette(family: str, present=()) -> dict[str, str] | None:
    """Category -> face colour of a family (``event_type``, ``level``, ``role``, ``action``,
    ``outlet``); None for a name that is not a family."""
    if family not in FAMILY_COLOURS:
        return None
    return {k: f["facecolor"] for k, f in fills(family, present).items()}


def _ramp(ramp: tuple[str, ...], n: int) -> tuple[str, ...]:
    """``n`` colours of a ranked family, darkest first: the ramp itself, or for more levels than it
    has, the ramp spread over them (in order, each step then shorter than MIN_DISTANCE)."""
    if n <= len(ramp):
        return ramp
    from matplotlib.colors import LinearSegmentedColormap, to_hex

    cmap = LinearSegmentedColormap.from_list("level", ramp)
    return tuple(to_hex(cmap(i / (n - 1))).upper() for i in range(n))


# --- for the tests: how far apart two colours look ------------------------------------------------

def lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    from matplotlib.colors import to_rgb

    rgb = [((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92 for c in to_rgb(colour)]
    x, y, z = (sum(m * c for m, c in zip(row, rgb)) for row in (
        (0.4124, 0.3576, 0.1805), (0.2126, 0.7152, 0.0722), (0.0193, 0.1192, 0.9505)))

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x / 0.95047), f(y), f(z / 1.08883)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def colour_distance(a: str, b: str) -> float:
    """CIE76 delta E: about 2 is just noticeable side by side, above 10 clearly another colour."""
    return sum((p - q) ** 2 for p, q in zip(lab(a), lab(b))) ** 0.5


MIN_DISTANCE = 20.0     # CIE76 delta E between any two colours of one chart, and each and the page

# Machado, Oliveira & Fernandes (2009), severity 1.0: what a dichromat sees, on linear RGB
DICHROMACY = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


VISIONS = (None, "protanopia", "deuteranopia", "tritanopia")   # None: normal colour vision
PAGE = "#FFFFFF"

# Every chart that colours by a family: the families it draws together, and any other colour it draws
# (the timeline's mark of a type no family knows is NEUTRAL).
CHART_FAMILIES = {
    "01_articles_per_year": (("outlet",), ()),
    "02_events_per_year_by_type": (("event_type",), ()),
    "02_meetings_per_year_by_level": (("level",), ()),
    "02_meeting_timeline": (("event_type",), (NEUTRAL,)),
    "03_delegation_makeup": (("role", "level"), ()),           # two panels of one figure
    "04_programme_milestones": (("action",), ()),
}


def chart_colours(families, extra=()) -> list[str]:
    """Every colour a chart can show: each family's whole set (a new category takes the next one),
    "none of these" when the family has it, the extras and the page."""
    out = []
    for family in families:
        out += [f["facecolor"] for f in fills(family).values()]
        out += list(FAMILY_COLOURS[family]) if family != "level" else []
        out += [OTHER_COLOUR] if OTHER_KEYS[family] else []
    return list(dict.fromkeys(c.upper() for c in out + list(extra) + [PAGE]))


def closest(colours, kind: str | None = None, among=None) -> tuple[float, str, str]:
    """The smallest CIE76 delta E between two of ``colours`` as a reader with ``kind`` sees them
    (None: normal vision), of the pairs with a colour in ``among`` (default: all pairs). The hatched
    "none of these" grey is told from the page by its hatch, so that pair is left out."""
    seen = {c: simulated(c, kind) if kind else c for c in colours}
    pairs = [(a, b) for a, b in itertools.combinations(colours, 2) if {a, b} != {OTHER_COLOUR, PAGE}
             and (among is None or a in among or b in among)]
    return min((colour_distance(seen[a], seen[b]), a, b) for a, b in pairs)


def family_closest(family: str, kind: str | None = None) -> tuple[float, str, str, str]:
    """The nearest two colours, one of them ``family``'s ("other": the "none of these" grey), in any
    chart that draws the family: (delta E, colour, colour, chart)."""
    found = []
    for chart, (families, extra) in CHART_FAMILIES.items():
        colours = chart_colours(families, extra)
        if family == "other":
            found.append(closest(colours, kind, {OTHER_COLOUR}) + (chart,))
        elif family in families:
            found.append(closest(colours, kind, {c.upper() for c in FAMILY_COLOURS[family]}) + (chart,))
    return min(found)


def simulated(colour: str, kind: str) -> str:
    """The sRGB colour that a reader with ``kind`` (a key of DICHROMACY) sees for ``colour``."""
    from matplotlib.colors import to_hex, to_rgb

    rgb = [((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92 for c in to_rgb(colour)]
    seen = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb)))) for row in DICHROMACY[kind]]
    return to_hex([1.055 * c ** (1 / 2.4) - 0.055 if c > 0.0031308 else 12.92 * c for c in seen])
