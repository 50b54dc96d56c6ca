"""Loading a topology file: size and encoding checks, safe YAML, validation, the cache.

``load_topology(path)`` returns a validated ``Topology`` or raises ``TopologyError``
listing every problem (file:line:column, what is wrong, how to fix it). It never lets
a traceback through for a bad file: unreadable, too big, not UTF-8, not YAML, an alias
bomb, or YAML that breaks the rules all end as problems.

Big topologies are kept in a compiled cache (``cache.py``): loading the 100,000-user
sample again reads one binary file instead of generating and indexing every user.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional, Union

from . import cache
from .model import Topology
from .problems import Mark, Problem, ProblemLog, TopologyError, format_problems
from .validation import TopologyBuilder
from .yamldoc import parse_yaml

__all__ = ["load_topology", "load_topology_text", "check_topology", "TopologyError",
           "Problem", "format_problems", "MAX_YAML_BYTES"]

# A hand-written topology is a few kilobytes; big user lists belong in a generator
# block or a CSV file. The limit refuses a 100 MB file of junk before reading it.
MAX_YAML_BYTES = 32 * 1024 * 1024
# Below this many users, parsing is faster than reading and checking a cache file.
CACHE_MIN_USERS = 10_000

PathLike = Union[str, "os.PathLike[str]"]


def load_topology(path: PathLike, *, generated_users: Optional[int] = None,
                  use_cache: bool = True, cache_dir: Optional[PathLike] = None) -> Topology:
    """Return the validated topology in the YAML file ``path``.

    ``generated_users`` replaces the total count of the file's generator blocks (e.g.
    1,000,000 with the scale sample). Raises TopologyError with every problem found.
    """
    shown = os.fspath(path)
    log = ProblemLog(shown)
    data = _read_limited(Path(path), log)
    log.raise_if_errors()
    base_dir = Path(path).parent
    key = cache.cache_key(data, generated_users)
    if use_cache:
        cached = cache.load(key, base_dir, cache_dir)
        if cached is not None:
            cached.source = shown
            cached.warnings = [cache.renamed(p, shown) for p in cached.warnings]
            return cached
    recorder = cache.DependencyRecorder(base_dir)
    topology = _build(data, log, base_dir, generated_users, recorder.read)
    topology.source = shown
    if use_cache and len(topology.users) >= CACHE_MIN_USERS:
        cache.store(key, topology, recorder.dependencies, cache_dir)
    return topology


def load_topology_text(text: str, name: str = "<topology>", *,
                       base_dir: Optional[PathLike] = None,
                       generated_users: Optional[int] = None) -> Topology:
    """Return the validated topology written in ``text``; problems name the file ``name``.

    CSV references resolve against ``base_dir`` (the current directory when None).
    """
    log = ProblemLog(name)
    # surrogatepass: a lone surrogate then fails decoding with a position, not a traceback
    data = text.encode("utf-8", "surrogatepass")
    if len(data) > MAX_YAML_BYTES:
        log.error(None, _too_big_message(len(data)))
        log.raise_if_errors()
    topology = _build(data, log, Path(base_dir) if base_dir else Path("."), generated_users,
                      None)
    topology.source = None
    return topology


def check_topology(path: PathLike) -> list[Problem]:
    """Return every problem (errors and warnings) of the file ``path``; never raises."""
    try:
        topology = load_topology(path, use_cache=False)
    except TopologyError as exc:
        return exc.problems
    return list(topology.warnings)


def _read_limited(path: Path, log: ProblemLog) -> bytes:
    """Return the file's bytes, or b"" after logging why it cannot be used."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            log.error(None, "this is a folder, not a topology file; name a .yaml file")
            return b""
        if size > MAX_YAML_BYTES:
            log.error(None, _too_big_message(size))
            return b""
        return path.read_bytes()
    except FileNotFoundError:
        log.error(None, "the topology file does not exist; check the path (samples: "
                        "default, two-datacenter, scale-100k, scale-1m)")
    except PermissionError:
        log.error(None, "the topology file cannot be read (permission denied)")
    except OSError as exc:
        log.error(None, f"the topology file cannot be read: {exc.strerror or exc}")
    return b""


def _too_big_message(size: int) -> str:
    return (f"the file is {size / 2**20:.1f} MiB; a topology file may be at most "
            f"{MAX_YAML_BYTES // 2**20} MiB: put many users in a 'generate' block or a "
            "CSV file instead")


def _build(data: bytes, log: ProblemLog, base_dir: Path, generated_users: Optional[int],
           read_bytes) -> Topology:
    """Decode, parse and validate ``data``; raise TopologyError on any error."""
    text = _decode(data, log)
    document = parse_yaml(text, log) if text is not None else None
    log.raise_if_errors()
    builder = TopologyBuilder(log, base_dir, generated_users, read_bytes)
    topology = builder.build(document)
    log.raise_if_errors()
    topology.warnings = log.sorted()
    topology.revision = 0
    return topology


def _decode(data: bytes, log: ProblemLog) -> Optional[str]:
    """Return ``data`` as text (UTF-8, BOM allowed), or None after logging where it breaks."""
    if b"\x00" in data[:4096]:
        log.error(None, "this is a binary file, not a YAML topology")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        log.error(Mark(line, column), "the file is not UTF-8 text; save it as UTF-8")
        return None
