"""How far apart the colours of each family look, in the charts that draw them.

For every family (and the "none of these" grey) and every kind of vision (normal, and protanopia,
deuteranopia and tritanopia as Machado et al. 2009 simulate them), prints the smallest CIE76 delta E
between a colour of the family and another colour of a chart that draws it (the family's own colours,
the families drawn beside it, "none of these" and the page), with the pair and the chart.
tests/test_plot_readability.py asks for MIN_DISTANCE (20) at normal vision and for protanopes and
deuteranopes; tritanopia is shown, not checked.

    python benchmarks/colour_distances.py
"""
from __future__ import annotations

from azdata import plots
from azdata.plots.colours import VISIONS, family_closest

FAMILIES = ("event_type", "level", "role", "action", "outlet", "other")


def main() -> None:
    print(f"{'family':<11} " + " ".join(f"{k or 'normal':>13}" for k in VISIONS))
    worst = []
    for family in FAMILIES:
        found = [family_closest(family, kind) for kind in VISIONS]
        print(f"{family:<11} " + " ".join(f"{d:>13.1f}" for d, *_ in found))
        worst += [(family, kind or "normal") + f for kind, f in zip(VISIONS, found)]
    print(f"\nthe nearest pair of each (below {plots.MIN_DISTANCE:g} marked *):")
    for family, kind, d, a, b, chart in worst:
        mark = "*" if d < plots.MIN_DISTANCE else " "
        print(f"{mark} {family:<11} {kind:<13} {d:5.1f}  {a} {b}  {chart}")


if __name__ == "__main__":
    main()
