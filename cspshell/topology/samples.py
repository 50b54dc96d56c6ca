"""Finding the sample topologies, installed (``cspshell.samples``) or in a source checkout.

In a wheel the repository's ``topology/`` folder is the package ``cspshell.samples``;
running from a checkout (tests, ``python -m cspshell`` in the repository) that package
is not importable, so the folder is found beside the ``cspshell`` package instead.
"""
from __future__ import annotations

from pathlib import Path

DEFAULT_SAMPLE = "default"


def samples_directory() -> Path:
    """Return the folder holding the sample YAML files."""
    try:
        from cspshell import samples
    except ImportError:
        return Path(__file__).resolve().parents[2] / "topology"
    return Path(samples.__file__).resolve().parent


def sample_names() -> list[str]:
    """Return the names of the shipped samples (without ``.yaml``), sorted."""
    return sorted(path.stem for path in samples_directory().glob("*.yaml"))


def sample_path(name: str = DEFAULT_SAMPLE) -> Path:
    """Return the path of sample ``name`` (``default``, ``two-datacenter``, ``scale-100k`` ...).

    Raises FileNotFoundError naming the available samples when there is none.
    """
    stem = name[:-5] if name.lower().endswith(".yaml") else name
    path = samples_directory() / f"{stem}.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"no sample topology named {name!r}; the samples are: "
                                f"{', '.join(sample_names())}")
    return path


def is_sample_name(text: str) -> bool:
    """True when ``text`` names a shipped sample rather than a file path."""
    stem = text[:-5] if text.lower().endswith(".yaml") else text
    return "/" not in stem and "\\" not in stem and (samples_directory() / f"{stem}.yaml").is_file()
