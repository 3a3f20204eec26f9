"""A test run never reads or writes the user's extraction cache (~/.cache/azdata or
$AZDATA_CACHE): the whole session, the notebooks' kernels under nbval included, uses a
temporary one, removed at the end."""
import os
import shutil
import tempfile

import pytest

_USERS_CACHE = "AZDATA_USERS_CACHE"  # what $AZDATA_CACHE was before the session, for the test that checks it


SESSION_CACHE = tempfile.mkdtemp(prefix="azdata-test-cache-")


def pytest_configure(config):
    os.environ[_USERS_CACHE] = os.environ.get("AZDATA_CACHE", "")
    os.environ["AZDATA_CACHE"] = SESSION_CACHE


def pytest_unconfigure(config):
    shutil.rmtree(SESSION_CACHE, ignore_errors=True)
    os.environ["AZDATA_CACHE"] = os.environ.pop(_USERS_CACHE)
    if not os.environ["AZDATA_CACHE"]:
        del os.environ["AZDATA_CACHE"]


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Each test its own cache, so that no test sees what another left."""
    monkeypatch.setenv("AZDATA_CACHE", str(tmp_path_factory.mktemp("azdata-cache")))
