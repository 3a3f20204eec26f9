"""Paths and defaults in one place; the command line takes its defaults from here."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"
FIGURES = ROOT / "figures"

# The country whose press the corpus comes from: the host side of most meetings,
# the default for officials named without a country, never a "delegation" country.
HOME_COUNTRY = "AZE"
