"""azdata: news articles on Azerbaijan–NATO relations -> six sourced tables."""
from importlib import metadata as _metadata

from .pipeline import load_corpus
from .tables import Corpus

try:
    __version__ = _metadata.version("azdata")
except _metadata.PackageNotFoundError:  # running from a checkout that is not installed
    __version__ = "0+unknown"

__all__ = ["load_corpus", "Corpus", "__version__"]
