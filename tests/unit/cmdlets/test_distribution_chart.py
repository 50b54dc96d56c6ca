"""Get-CsLabRoutingDistribution -AsChart (issue 8): the distribution as a text bar chart."""
from __future__ import annotations

import pytest

from cspshell.cmdlets.lab.distribution import chart_lines
from cspshell.routing.distribution import MachineShare, RoutingDistribution
from tests.support.sessions import session_runner

POOL = "ls14pool.beta.deitterick.com"
EE3 = "beta-ls14-ee3.beta.deitterick.com"


def share(machine_id: str, fqdn: str, users: int, share_: float, after: int = 0, share_after: float = 0.0,
          moved_in: int = 0, moved_out: int = 0) -> MachineShare:
    return MachineShare(machine_id, fqdn, users, share_, after, share_after, moved_in, moved_out)


def test_bars_are_scaled_to_the_largest_count_and_fit_the_width():
    result = RoutingDistribution("pool.example", 4, (share("1:1-1", "fe1", 3, 75.0, 3, 75.0),
                                                     share("1:1-2", "fe2", 1, 25.0, 1, 25.0)), 0)
    lines = chart_lines(result, 60)
    assert lines[:2] == ["Users of pool.example by first preferred machine: 4", ""]
    assert lines[2] == "1:1-1  fe1  " + "#" * 40 + "  3  75%"
    assert lines[3] == "1:1-2  fe2  " + "#" * 13 + " " * 27 + "  1  25%"
    assert all(len(line) <= 60 for line in lines)


def test_a_what_if_draws_now_and_after_with_the_movers():
    result = RoutingDistribution("pool.example", 3, (
        share("1:1-1", "fe1", 3, 100.0, 2, 66.67, moved_out=1),
        share("1:1-2", "fe2", 0, 0.0, 1, 33.33, moved_in=1)), 1, added="fe2")
    lines = chart_lines(result, 70)
    assert lines[1] == "Adding fe2 moves 1 of them (33.33%)."
    rows = lines[3:]
    assert [row.split()[-2:] for row in rows] == [["3", "100%"], ["66.67%", "-1"], ["0", "0%"], ["33.33%", "+1"]]
    assert rows[0].startswith("1:1-1  fe1          now   #")
    assert rows[1].startswith(" " * 18 + "  after ====")
    assert rows[2].startswith("1:1-2  fe2 (added)  now  ")
    assert all(len(row) <= 70 for row in rows)


def test_one_user_still_shows_a_bar():
    result = RoutingDistribution("p", 1001, (share("1:1-1", "a", 1000, 99.9), share("1:1-2", "b", 1, 0.1)), 0)
    assert chart_lines(result, 40)[3].split()[2] == "#"


@pytest.fixture
def shell():
    return session_runner()


def test_as_chart_through_the_engine_writes_plain_text(shell):
    lines = shell(f"Get-CsLabRoutingDistribution {POOL} -AddMachine {EE3} -AsChart")
    assert lines[0] == f"Users of {POOL} by first preferred machine: 4"
    assert lines[1].startswith(f"Adding {EE3} moves ")
    assert len(lines) == 3 + 2 * 3 and all(len(line) <= 119 for line in lines)
    assert not any("\x1b" in line for line in lines)
    assert shell(f"(Get-CsLabRoutingDistribution {POOL} -AsChart)[0].GetType().Name") == ["String"]


def test_default_output_is_still_objects(shell):
    assert shell(f"(Get-CsLabRoutingDistribution {POOL})[0].PSObject.TypeNames[0]") == ["CsLab.RoutingShare"]
