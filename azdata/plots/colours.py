"""One colour, one meaning: the colours of every categorical that a chart colours by.

Each meaning-family has a colour set of its own, and no colour is in two sets, so a colour names
one thing in every notebook (blue is a meeting wherever it appears, never a minister or an outlet):

=============  ===================================================  ================================
family         colours                                              order of the categories
=============  ===================================================  ================================
event_type     Okabe & Ito (2008): the saturated hues                ``resources/event_types.csv``
level          a luminance ramp, darker = higher (survives every     ``resources/levels.csv``
               colour blindness and greyscale printing)
role           Paul Tol's "muted" indigo, wine, green                ``schema.ROLES``
action         Tol's "light" pastels, with "vibrant" magenta and     ``schema.ACTIONS``
               "dark" olive where a pastel is too near a type hue
outlet         Tol's "high-contrast"/"medium-contrast"/"dark" darks  ``resources/outlets.csv``
=============  ===================================================  ================================

Across families no two colours are closer than CIE76 delta E 15 (tests/test_plots.py checks it),
so even the nearest pair (Okabe-Ito yellow, a type; Tol's pear, an action) is another colour.

A family's categories take its colours in that order, so a category keeps its colour from one
corpus to the next, and a category added to the data file gets the next colour without a code
change. Past the end of a set the colours come round again with a hatch (colour + hatch stays
unique). The categories that mean "none of these" ("other", "outlet not named") are one hatched
light grey in every family: that grey has a single meaning too.

Things the charts do not tell apart by colour are drawn in NEUTRAL: the relations (each has its own
panel), report timing and qualifiers (marker shapes), the participation groups (an axis each).
"""
from __future__ import annotations

import csv
import functools

from ..resources import RESOURCE_DIR
from ..schema import ACTIONS, EVENT_TYPES, ROLES
from .levels import levels

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
    "level": ("#252525", "#525252", "#7B7B7B", "#A5A5A5", "#CFCFCF", "#EDEDED"),   # levels(), highest first
    "role": ("#332288", "#882255", "#117733"),
    "action": ("#EE3377", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#666633", "#BBCC33", "#AAAA00"),
    "outlet": ("#004488", "#225555", "#BB5566", "#997700", "#AA4499", "#44AA99"),
}
# the categories of a family drawn as OTHER_COLOUR + OTHER_HATCH
OTHER_KEYS = {"event_type": ("other",), "role": ("other",), "action": ("other",),
              "outlet": (OTHER_OUTLETS, NO_OUTLET), "level": ()}


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
        return {k: dict(facecolor=c) for k, c in _level_colours(keys).items()}
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


def _level_colours(names) -> dict[str, str]:
    """The luminance ramp over the levels, highest level darkest, 'no one named' lightest."""
    ramp = FAMILY_COLOURS["level"]
    names = list(names)
    if len(names) <= len(ramp):
        shades = list(ramp[:len(names) - 1]) + [ramp[-1]]
    else:
        lo, hi = 0x25, 0xED
        shades = ["#{0:02X}{0:02X}{0:02X}".format(round(lo + (hi - lo) * i / (len(names) - 1)))
                  for i in range(len(names))]
    return dict(zip(names, shades))


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
