"""Fixtures for the topology tests: the shipped samples and a private cache folder."""
from __future__ import annotations

import pytest

from cspshell.topology import load_topology, sample_path


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Point XDG_CACHE_HOME at a temporary folder so no test touches the real cache."""
    folder = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder / "cspshell" / "topology"


@pytest.fixture(scope="session")
def seed_lab():
    """The built-in default topology (the seed's lab), loaded once."""
    return load_topology(sample_path("default"), use_cache=False)


@pytest.fixture(scope="session")
def two_datacenter():
    """The two-data-centre sample, loaded once."""
    return load_topology(sample_path("two-datacenter"), use_cache=False)
