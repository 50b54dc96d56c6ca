"""Layer 6: the session one shell works in: the loaded topology (loaded on first use, so a
one-shot command that never touches it pays nothing) and the lab state on top of it.

The interactive shell loads the topology in a background thread once its prompt is up, so
loading is thread-safe: one thread loads while any other that needs the topology waits
for that same load (never a second one).
"""
from __future__ import annotations

import os
import threading
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Optional

DEFAULT_TOPOLOGY = "default"
# Allocations between young collections, young collections between middle ones, middle
# ones between full ones (CPython's defaults: 700, 10, 10).
GC_THRESHOLDS = (20_000, 20, 100)


def sample_topology_path(name: str) -> Path:
    """The path of a sample topology shipped with the package (``default``, ``two-datacenter`` ...)."""
    from .topology.samples import sample_path
    return sample_path(name)


def default_topology_path() -> Path:
    """The path of the shipped default topology (``default.yaml``), found without importing
    the topology package, which would load the YAML machinery the shell's first prompt does
    not need. Same answer as ``sample_topology_path("default")`` (a test checks it)."""
    spec = find_spec("cspshell.samples")  # installed: topology/ is the package cspshell.samples
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent
    else:  # a source checkout: the folder beside the cspshell package
        folder = Path(__file__).resolve().parent.parent / "topology"
    return folder / f"{DEFAULT_TOPOLOGY}.yaml"


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
    # Pipelines over a big topology allocate objects by the hundred thousand, most of them
    # kept (Group-Object's groups, a variable, the output the engine remembers for the last
    # few inputs). With CPython's default thresholds such a run triggers several full
    # collections, each walking every live object: 0.4 s to 2 s of a 3 s pipeline over
    # 100,000 users, more when it runs again. Fewer, larger collections keep that down;
    # unreachable cycles are still collected, only later.
    gc.set_threshold(*GC_THRESHOLDS)


class Session:
    """The topology and lab state every command sees through ``ctx.session``."""

    def __init__(self, topology_path: Optional[Path] = None, topology: Any = None):
        self._path = topology_path
        self._topology = topology
        self._lab = None
        self.extras: dict[str, Any] = {}
        # Held while the topology is loaded or swapped: a thread that needs it meanwhile
        # waits for that load instead of starting its own.
        self._topology_lock = threading.RLock()

    @property
    def topology_path(self) -> Path:
        """The topology file (the shipped default unless -Topology or Import-CsLabTopology chose one)."""
        if self._path is None:
            self._path = default_topology_path()
        return self._path

    @topology_path.setter
    def topology_path(self, path: Path) -> None:
        self._path = path

    @property
    def topology(self) -> Any:
        """The topology, loaded from ``topology_path`` on first use (TopologyError when the
        file is bad); while another thread loads it, this waits for that load."""
        topology = self._topology
        if topology is None:
            with self._topology_lock:
                if self._topology is None:
                    from .topology.loader import load_topology
                    self._topology = load_topology(self.topology_path)
                    _settle()
                topology = self._topology
        return topology

    @property
    def topology_loaded(self) -> bool:
        """True once the topology is in memory (reading it then costs nothing)."""
        return self._topology is not None

    @property
    def lab(self) -> Any:
        if self._lab is None:
            from .routing.labstate import LabState
            self._lab = LabState()
        return self._lab

    def replace_topology(self, topology: Any, path: Optional[Path] = None) -> None:
        """Switch to another topology (Import-CsLabTopology); the lab state starts afresh."""
        with self._topology_lock:  # after a load under way, which must not overwrite this
            self._topology = topology
            _settle()
            if path is not None:
                self.topology_path = path
            self._lab = None

    def reset(self) -> None:
        """Back to the topology as loaded from its file (Reset-CsLab)."""
        with self._topology_lock:
            self._topology = None
            self._lab = None
