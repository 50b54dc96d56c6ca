"""Helpers for the topology tests: small YAML documents and problem matching."""
from __future__ import annotations

import textwrap
from typing import Optional

import pytest

from cspshell.topology import Problem, Topology, TopologyError, load_topology_text

# A valid minimal topology that each broken case changes in one place.
MINIMAL = """\
sip_domains: [contoso.com]
sites:
  - id: 1
    name: Redmond
pools:
  - fqdn: dir.contoso.com
    kind: Director
    site: Redmond
    cluster: 1
    machines:
      - {fqdn: dir01.contoso.com, ip: 10.0.1.1}
  - fqdn: pool.contoso.com
    kind: EnterpriseFrontEnd
    site: Redmond
    cluster: 2
    machines:
      - {fqdn: fe01.contoso.com, ip: 10.0.2.1}
      - {fqdn: fe02.contoso.com, ip: 10.0.2.2}
    backup:
      pool: se.contoso.com
  - fqdn: se.contoso.com
    kind: StandardEdition
    site: Redmond
    cluster: 3
    ip: 10.0.3.1
users:
  - sip_address: sip:ken@contoso.com
    display_name: Ken Myer
    registrar_pool: pool.contoso.com
"""


def text(source: str) -> str:
    """Return ``source`` without the common indentation of a triple-quoted string."""
    return textwrap.dedent(source)


def load_ok(source: str, name: str = "lab.yaml", **options) -> Topology:
    """Load ``source`` and return the topology (the test fails on any error)."""
    return load_topology_text(text(source), name, **options)


def problems_of(source: str, name: str = "bad.yaml", **options) -> list[Problem]:
    """Return the problems of a topology that must fail to load."""
    with pytest.raises(TopologyError) as caught:
        load_topology_text(text(source), name, **options)
    return caught.value.problems


def find(problems: list[Problem], fragment: str, line: Optional[int] = None,
         column: Optional[int] = None, severity: str = "error") -> Problem:
    """Return the problem whose message contains ``fragment`` (and sits at line/column)."""
    for problem in problems:
        if fragment in problem.message and problem.severity == severity \
                and (line is None or problem.line == line) \
                and (column is None or problem.column == column):
            return problem
    listing = "\n".join(str(p) for p in problems)
    raise AssertionError(f"no {severity} containing {fragment!r} at {line}:{column} in:\n"
                         f"{listing}")
