"""Paths and defaults in one place; the command line takes its defaults from here.

A *project* is a folder holding ``seeds/`` (the articles) and ``notebooks/``; ``data/`` and
``figures/`` are written beside them. The repository is one; ``azdata init DIR`` makes another
for an installed azdata, from the notebooks and starting articles installed under
``<prefix>/share/azdata``.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent                       # the checkout, when azdata runs from one
SHARE = Path(sys.prefix) / "share" / "azdata"  # what an installed azdata lays out with `azdata init`
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"
FIGURES = ROOT / "figures"

# The country whose press the corpus comes from: the host side of most meetings,
# the default for officials named without a country, never a "delegation" country.
HOME_COUNTRY = "AZE"


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def notebooks(self) -> Path:
        return self.root / "notebooks"

    @property
    def figures(self) -> Path:
        return self.root / "figures"


def is_project(folder: Path) -> bool:
    return (folder / "seeds").is_dir() and any((folder / "notebooks").glob("*.ipynb"))


def find_project(start: Path | None = None) -> Project | None:
    """The project the command runs in: the nearest folder from ``start`` (the current folder)
    upwards that holds seeds/ and notebooks/, else the checkout azdata runs from; None for an
    installed azdata outside any project."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if is_project(folder):
            return Project(folder)
    return Project(ROOT) if is_project(ROOT) else None


def starting_material() -> tuple[Path, Path]:
    """Where the notebooks and the starting articles that ``init`` copies are: the checkout's
    own, else those installed with the package."""
    if any(NOTEBOOKS.glob("*.ipynb")):
        return NOTEBOOKS, ROOT / "tests" / "data" / "seeds"
    return SHARE / "notebooks", SHARE / "seeds"
