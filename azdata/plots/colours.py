"""One colour, one meaning: the colours of every categorical that a chart colours by.

Each meaning-family has a colour set of its own, and no colour is in two sets, so a colour names
one thing in every notebook (blue is a meeting wherever it appears, never a minister or an outlet):

=============  ===================================================  ================================
family         colours                                              order of the categories
=============  ===================================================  ================================
event_type     Okabe & Ito (2008): the saturated hues                ``resources/event_types.csv``
level          a dark-brown-to-cream ramp, darker = higher           ``resources/levels.csv``
               (greyscale print keeps the order; the steps
               differ in lightness and yellowness, which red-green
               colour blindness leaves intact)
role           Paul Tol's "muted" indigo, wine, green                ``schema.ROLES``
action         Tol's "light" pastels, with "vibrant" magenta and     ``schema.ACTIONS``
               "dark" olive and navy where a pastel is too near a
               type hue or another pastel
outlet         Tol's "high-contrast"/"medium-contrast"/"dark" darks  ``resources/outlets.csv``
=============  ===================================================  ================================

Across families no two colours are closer than CIE76 delta E 15 (tests/test_plots.py checks it),
so even the nearest pair (Okabe-Ito yellow, a type; Tol's pear, an action) is another colour. Within
a chart every two colours, and each colour and the white page, are at least delta E 20 apart
(``MIN_DISTANCE``; a hatched fill stands out from the page by its hatch), the levels even as a
protanope or deuteranope sees them (``simulated``, Machado et al. 2009). tests/test_plot_readability.py
checks both.

A family's categories take its colours in that order, so a category keeps its colour from one
corpus to the next, and a category added to the data file gets the next colour without a code
change. Past the end of a set the colours come round again with a hatch (colour + hatch stays
unique); the levels, which are ranked, instead spread the ramp over them. The categories that mean
"none of these" ("other", "outlet not named", "no one named") are one hatched light grey in every
family: that grey has a single meaning too.

Things the charts do not tell apart by colour are drawn in NEUTRAL: the relations (each has its own
panel), report timing and qualifiers (marker shapes), the participation groups (an axis each).
"""
from __future__ import annotations

import csv
import functools

from ..resources import RESOURCE_DIR
from ..schema import ACTIONS, EVENT_TYPES, ROLES
from .levels import NO_ONE, levels

# Okabe & Ito (2008), the colour-blind-safe palette.
BLUE, ORANGE, GREEN, VERMILLION = "#0072B2", "#E69F00", "#009E73", "#D55E00"
PURPLE, SKY, YELLOW, BLACK = "#CC79A7", "#56B4E9", "#F0E442", "#000000"
GREY = "#999999"           # lines and marks of an unknown category on a scatter (no hatch there)
NEUTRAL = "#444444"        # marks whose colour means nothing
NOTE_COLOUR = "#555555"    # source notes, subtitles, legend keys drawn in no family's colour
OTHER_COLOUR = "#DDDDDD"   # "none of these", in every family, always with OTHER_HATCH
OTHER_HATCH = "////"
HATCH_COLOUR = "#666666"
REPEAT_HATCHES = ("....", "xxxx", "\\\\\\\\", "oo")   # the 2nd, 3rd ... round of a family's colours

NO_OUTLET = "outlet not named"
OTHER_OUTLETS = "other outlets"
NO_DATE = "no date"

FAMILY_COLOURS: dict[str, tuple[str, ...]] = {
    # in event_types.csv order (ceremony, exercise, conference, meeting, visit, then new types): the
    # two drawn together most, meeting and visit, get the most distinct pair, blue and orange
    "event_type": (SKY, GREEN, PURPLE, BLUE, ORANGE, VERMILLION, YELLOW),
    # levels(), highest first: CIE L* 11, 32, 52, 73, 94, every step delta E 26 or more (the grey ramp
    # this replaces had steps of 11 to 20, and its lightest grey was 6 from the page)
    "level": ("#3B0F00", "#7F3404", "#B46C13", "#DBAD55", "#FCEEBA"),
    "role": ("#332288", "#882255", "#117733"),
    # "ended" is Tol's "dark" navy: his olive (#AAAA00) was delta E 14 from "contributed"
    "action": ("#EE3377", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#666633", "#BBCC33", "#222255"),
    "outlet": ("#004488", "#225555", "#BB5566", "#997700", "#AA4499", "#44AA99"),
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
            out[k] = dict(facecolor=OTHER_COLOUR, hatch=OTHER_HATCH, hatchcolor=HATCH_COLOUR)
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


def simulated(colour: str, kind: str) -> str:
    """The sRGB colour that a reader with ``kind`` (a key of DICHROMACY) sees for ``colour``."""
    from matplotlib.colors import to_hex, to_rgb

    rgb = [((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92 for c in to_rgb(colour)]
    seen = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb)))) for row in DICHROMACY[kind]]
    return to_hex([1.055 * c ** (1 / 2.4) - 0.055 if c > 0.0031308 else 12.92 * c for c in seen])
