"""azdata: news articles on Azerbaijan–NATO relations -> six sourced tables."""
from .pipeline import load_corpus
from .tables import Corpus

__all__ = ["load_corpus", "Corpus"]
