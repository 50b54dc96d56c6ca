"""The bottom toolbar: which topology, the lab clock, and what the instructor broke.

    default: 2 sites, 5 pools, 9 users | lab clock 12/20/2010 11:56:00 | down: beta-ls14-ee1 (off)

It is drawn on every key press, so it only reads counts and the (small) lab state. Until
the background load is done, the topology part comes from the summary the banner used.
"""
from __future__ import annotations

from typing import Any, Optional

from ..objects.convert import to_string
from .summary import TopologySummary, count_text, summarize


def topology_counts(topology: Any) -> str:
    """``2 sites, 5 pools, 9 users`` (singular for one)."""
    return count_text(len(topology.sites), len(topology.pools), len(topology.users))


def down_list(session: Any) -> list[str]:
    """What is not working now: machines powered off, machines whose Front-End service is
    stopped, sites whose WAN link is cut; sorted by name."""
    from ..routing.labstate import REGISTRAR_SERVICE
    lab = session.lab
    found = []
    for machine in sorted(lab.power):
        if not lab.machine_on(machine):
            found.append(f"{machine} (off)")
    for machine, service in sorted(lab.services):
        if lab.machine_on(machine) and not lab.service_running(machine, service):
            label = "Front-End stopped" if service == REGISTRAR_SERVICE else f"{service} stopped"
            found.append(f"{machine} ({label})")
    found.extend(f"site {site} (WAN down)" for site in lab.sites_down())
    return found


def toolbar_text(session: Any, lab_ready: bool = True, summary: Optional[TopologySummary] = None) -> str:
    """The toolbar's one line of text (only the topology part, from ``summary`` when given,
    until ``lab_ready``: the topology and the lab state's modules load in the background
    while the first prompt is already up)."""
    summary = summary or summarize(session)
    topology = f" {summary.label}: {summary.counts()} "
    if not lab_ready:
        return topology
    down = down_list(session)
    status = "down: " + ", ".join(down) if down else "all machines up"
    text = f"{topology}| lab clock {to_string(session.lab.now)} | {status} "
    lab = lab_progress(session)
    return f"{text}| {lab} " if lab else text


def lab_progress(session: Any) -> str:
    """The running guided lab's progress (``lab registrars: task 2/4, 1 hint``), or ''."""
    from ..labengine.progress import toolbar_segment
    return toolbar_segment(session)
