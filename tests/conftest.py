"""Runs of the command line in tests keep their extraction cache in a temporary folder, not in
the user's ~/.cache/azdata."""
import pytest


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("AZDATA_CACHE", str(tmp_path_factory.mktemp("azdata-cache")))
