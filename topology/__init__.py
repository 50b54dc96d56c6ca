"""The sample topologies shipped with cspshell, installed as the ``cspshell.samples`` package.

``default.yaml`` is the field engineer's lab and the built-in default;
``two-datacenter.yaml`` a two-site enterprise; ``scale-100k.yaml`` and
``scale-1m.yaml`` generate 100,000 and 1,000,000 users. ``sample_path(name)`` returns
a sample's path (the one implementation lives in ``cspshell.topology.samples``).
"""
from cspshell.topology.samples import sample_names, sample_path

__all__ = ["sample_names", "sample_path"]
