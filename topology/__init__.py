"""The sample topologies shipped with cspshell, installed as the ``cspshell.samples`` package.

``default.yaml`` is the field engineer's lab and the built-in default;
``two-datacenter.yaml`` a two-site enterprise; ``scale-100k.yaml`` and
``scale-1m.yaml`` generate 100,000 and 1,000,000 users.
"""
from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def sample_names() -> list[str]:
    """Return the names of the shipped samples (file names without ``.yaml``), sorted."""
    return sorted(path.stem for path in _HERE.glob("*.yaml"))


def sample_path(name: str) -> Path:
    """Return the path of sample ``name`` (``default`` or ``default.yaml``).

    Raises FileNotFoundError naming the available samples when there is none.
    """
    stem = name[:-5] if name.lower().endswith(".yaml") else name
    path = _HERE / f"{stem}.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"no sample topology named {name!r}; the samples are: "
                                f"{', '.join(sample_names())}")
    return path
