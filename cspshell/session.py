"""Layer 6: the session one shell works in: the loaded topology (loaded on first use, so a
one-shot command that never touches it pays nothing) and the lab state on top of it."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Optional

DEFAULT_TOPOLOGY = "default"


def sample_topology_path(name: str) -> Path:
    """The path of a sample topology shipped with the package (``default``, ``two-datacenter`` ...)."""
    from .topology.samples import sample_path
    return sample_path(name)


def resolve_topology_argument(value: str) -> Path:
    """A -Topology argument: the name of a shipped sample, or a file path."""
    from .topology.samples import is_sample_name, sample_path
    if is_sample_name(value) and not Path(value).exists():
        return sample_path(value)
    return Path(os.path.expanduser(value))


def _settle() -> None:
    """Move what is loaded now out of the garbage collector's sight: a big topology is
    long-lived, and otherwise every collection walks its millions of objects (the pauses
    showed up as slow script blocks in pipelines over 100,000 users)."""
    import gc
    gc.collect()
    gc.freeze()


class Session:
    """The topology and lab state every command sees through ``ctx.session``."""

    def __init__(self, topology_path: Optional[Path] = None, topology: Any = None):
        self._path = topology_path
        self._topology = topology
        self._lab = None
        self.extras: dict[str, Any] = {}

    @property
    def topology_path(self) -> Path:
        """The topology file (the shipped default unless -Topology or Import-CsLabTopology chose one)."""
        if self._path is None:
            self._path = sample_topology_path(DEFAULT_TOPOLOGY)
        return self._path

    @topology_path.setter
    def topology_path(self, path: Path) -> None:
        self._path = path

    @property
    def topology(self) -> Any:
        if self._topology is None:
            from .topology.loader import load_topology
            self._topology = load_topology(self.topology_path)
            _settle()
        return self._topology

    @property
    def lab(self) -> Any:
        if self._lab is None:
            from .routing.labstate import LabState
            self._lab = LabState()
        return self._lab

    def replace_topology(self, topology: Any, path: Optional[Path] = None) -> None:
        """Switch to another topology (Import-CsLabTopology); the lab state starts afresh."""
        self._topology = topology
        _settle()
        if path is not None:
            self.topology_path = path
        self._lab = None

    def reset(self) -> None:
        """Back to the topology as loaded from its file (Reset-CsLab)."""
        self._topology = None
        self._lab = None
