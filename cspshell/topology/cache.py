"""The compiled topology cache: a validated topology as one binary file.

Generating and indexing 100,000 users takes seconds; reading them back from here takes
milliseconds, because the user directory is already packed bytes (``users.py``).

A cache file is keyed on the SHA-256 of the topology file's content, the generated-user
override, the cache format and the package version, and it records the SHA-256 of each
CSV file it read, so any change to any input misses the cache. It lives in
``$XDG_CACHE_HOME/cspshell/topology`` (``~/.cache/cspshell/topology`` by default), is
written through a temporary file and a rename, and is never trusted: a wrong magic
number, version, checksum or shape makes it a miss (and it is rebuilt), never an error.

Layout: ``MAGIC``, then little-endian u32 format and u32 header length, the JSON header
(the topology without its users, the load warnings, the user directory's metadata, the
name and length of each blob and the CRC-32 of the payload), then the blobs.
"""
from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from pathlib import Path
from typing import Any, Optional, Union

from .. import __version__
from .problems import Problem, ProblemLog
from .users import UserDirectory
from .validation import TopologyBuilder
from .writer import topology_document, write_atomic
from .yamldoc import locate

MAGIC = b"CSPTOPO\x00"
# Stands for the topology file in cached warnings: the same content may be loaded
# through another path, and messages must name the path used.
_MAIN_FILE = "\x00main"
CACHE_FORMAT = 1
_PREFIX = struct.Struct("<II")

PathLike = Union[str, "os.PathLike[str]"]


def cache_directory(override: Optional[PathLike] = None) -> Path:
    """Return the folder holding compiled topologies (XDG_CACHE_HOME aware)."""
    if override is not None:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cspshell" / "topology"


def cache_key(data: bytes, generated_users: Optional[int]) -> str:
    """Return the cache key of a topology file's content and load options."""
    digest = hashlib.sha256()
    digest.update(f"cspshell {__version__} cache {CACHE_FORMAT} "
                  f"users {generated_users}\n".encode())
    digest.update(data)
    return digest.hexdigest()


class DependencyRecorder:
    """Reads the files a topology refers to (CSV) and remembers their content hashes."""

    def __init__(self, base_dir: Path):
        self.base_dir = base_dir
        self.dependencies: list[tuple[str, str]] = []

    def read(self, path: Path) -> bytes:
        """Return the bytes of ``path`` and record it as a dependency."""
        data = path.read_bytes()
        relative = os.path.relpath(path, self.base_dir)
        self.dependencies.append((relative, hashlib.sha256(data).hexdigest()))
        return data


def store(key: str, topology: Any, dependencies: list[tuple[str, str]],
          cache_dir: Optional[PathLike] = None) -> Optional[Path]:
    """Write the compiled ``topology``; return its path (None when the folder is unusable)."""
    meta, blobs = topology.users.pack()
    names = sorted(blobs)
    crc = 0
    for name in names:
        crc = zlib.crc32(blobs[name], crc)
    header = {
        "key": key,
        "dependencies": dependencies,
        "document": topology_document(topology, include_users=False),
        "warnings": [[_MAIN_FILE if p.file == topology.source else p.file, p.line, p.column,
                      p.message, p.severity] for p in topology.warnings],
        "users": meta,
        "blobs": [[name, len(blobs[name])] for name in names],
        "crc": crc,
    }
    header_bytes = json.dumps(header, separators=(",", ":")).encode("utf-8")
    chunks = [MAGIC, _PREFIX.pack(CACHE_FORMAT, len(header_bytes)), header_bytes]
    chunks += [blobs[name] for name in names]
    path = cache_directory(cache_dir) / f"{key}.topo"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, chunks)
    except OSError:
        return None           # a read-only home must not stop the shell from starting
    return path


def load(key: str, base_dir: Path, cache_dir: Optional[PathLike] = None) -> Optional[Any]:
    """Return the cached topology for ``key``, or None when missing, stale or corrupt."""
    path = cache_directory(cache_dir) / f"{key}.topo"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return _decode(data, key, base_dir)
    except (ValueError, KeyError, TypeError, IndexError, struct.error, UnicodeDecodeError):
        _discard(path)
        return None


def _decode(data: bytes, key: str, base_dir: Path) -> Optional[Any]:
    if not data.startswith(MAGIC):
        raise ValueError("not a topology cache file")
    view = memoryview(data)
    version, header_length = _PREFIX.unpack_from(view, len(MAGIC))
    start = len(MAGIC) + _PREFIX.size
    if version != CACHE_FORMAT:
        raise ValueError("cache format changed")
    header = json.loads(bytes(view[start:start + header_length]))
    if header["key"] != key or not _dependencies_unchanged(header["dependencies"], base_dir):
        return None
    blobs: dict[str, memoryview] = {}
    offset = start + header_length
    crc = 0
    for name, length in header["blobs"]:
        blob = view[offset:offset + length]
        if len(blob) != length:
            raise ValueError("cache file truncated")
        crc = zlib.crc32(blob, crc)
        blobs[name] = blob
        offset += length
    if crc != header["crc"] or offset != len(data):
        raise ValueError("cache checksum mismatch")
    return _topology(header, blobs)


def _dependencies_unchanged(dependencies: list, base_dir: Path) -> bool:
    for relative, digest in dependencies:
        try:
            content = (base_dir / relative).read_bytes()
        except OSError:
            return False
        if hashlib.sha256(content).hexdigest() != digest:
            return False
    return True


def _topology(header: dict, blobs: dict[str, memoryview]) -> Any:
    log = ProblemLog("<cache>")
    users = UserDirectory.unpack(header["users"], blobs)
    topology = TopologyBuilder(log).build(locate(header["document"]), users)
    if topology is None or log.has_errors:
        raise ValueError("cached document no longer valid")
    topology.warnings = [Problem(*fields) for fields in header["warnings"]]
    topology.revision = 0
    return topology


def renamed(problem: Problem, main_file: str) -> Problem:
    """Return a cached problem naming ``main_file`` where it named the topology file."""
    if problem.file != _MAIN_FILE:
        return problem
    return Problem(main_file, problem.line, problem.column, problem.message, problem.severity)


def _discard(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
