"""Get-CsLabRoutingDistribution: how a pool's users spread over its Front Ends, as objects
or, with -AsChart, as a text bar chart."""
from __future__ import annotations

from typing import Any, Iterator

from ...formatting.views import RIGHT, Column, TableView, register_view
from ...objects.psobject import PSObject
from ...routing.distribution import MachineShare, RoutingDistribution, pool_distribution
from ..registry import CSLAB, Parameter, cmdlet
from .common import LabCmdlet

SHARE_TYPE = "CsLab.RoutingShare"
WHAT_IF_TYPE = "CsLab.RoutingShareWhatIf"

register_view(SHARE_TYPE, TableView((
    Column("MachineId", width=10), Column("Fqdn"), Column("Users", width=9, alignment=RIGHT),
    Column("Share", width=7, alignment=RIGHT)), name="CsLabRoutingShare", autosize=True))
register_view(WHAT_IF_TYPE, TableView((
    Column("MachineId", width=10), Column("Fqdn"), Column("Users", width=9, alignment=RIGHT),
    Column("Share", width=7, alignment=RIGHT), Column("UsersAfter", width=10, alignment=RIGHT),
    Column("ShareAfter", width=10, alignment=RIGHT), Column("MovedIn", width=9, alignment=RIGHT),
    Column("MovedOut", width=9, alignment=RIGHT)), name="CsLabRoutingShareWhatIf", autosize=True))


@cmdlet("Get-CsLabRoutingDistribution", CSLAB, [
    Parameter("Pool", "String", position=0, mandatory=True, help="The pool's FQDN."),
    Parameter("AddMachine", "String", help="What if a machine with this FQDN joined the pool?"),
    Parameter("RemoveMachine", "String", help="What if this machine left the pool?"),
    Parameter("AsChart", "SwitchParameter",
              help="Draws the distribution as a bar chart (lines of text) instead of returning objects."),
], synopsis="Shows how many of a pool's users have each Front End as first preferred machine.",
    description="Counts, for every machine of the pool, the users whose PrimaryPoolMachinesInPreferredOrder "
                "starts with it (their registrar while every machine is up) and their share. With "
                "-AddMachine or -RemoveMachine it also shows the counts after the change and how many users "
                "move in or out: only the users of a removed machine, or the users a new machine takes. "
                "-AsChart draws the same figures as a bar chart in plain characters ('#' now, '=' after "
                "the change), scaled to the console width.",
    examples=(("Get-CsLabRoutingDistribution ls14pool.beta.deitterick.com", "Users per Front End."),
              ("Get-CsLabRoutingDistribution ls14pool.beta.deitterick.com -AddMachine "
               "beta-ls14-ee3.beta.deitterick.com", "Who would move to a third Front End."),
              ("Get-CsLabRoutingDistribution ls14pool.beta.deitterick.com -AddMachine "
               "beta-ls14-ee3.beta.deitterick.com -AsChart", "The same what-if as a bar chart.")),
    output_type=SHARE_TYPE, related=("Get-CsUserPoolInfo",))
class GetCsLabRoutingDistribution(LabCmdlet):
    def process(self) -> Iterator[Any]:
        pool = self.find_pool(self.params["Pool"])
        add = self.param("AddMachine")
        remove = self.param("RemoveMachine")
        if remove and pool.machine(str(remove)) is None:
            self.terminate(f'"{remove}" is not a machine of the pool {pool.fqdn}.', "MachineNotInPool",
                           "InvalidArgument", remove, exception_type="ArgumentException")
        if add and self.topology.machine(str(add)) is not None:
            self.terminate(f'"{add}" is already a machine of the topology.', "MachineExists",
                           "InvalidArgument", add, exception_type="ArgumentException")
        if remove and len(pool.machines) == 1:
            self.terminate(f"The pool {pool.fqdn} has only one machine.", "LastMachine",
                           "InvalidOperation", remove, exception_type="InvalidOperationException")
        result = pool_distribution(self.topology, pool, add, remove)
        if self.switch("AsChart"):
            yield from chart_lines(result, self.ctx.width - 1)
            return
        for share in result.machines:
            yield share_object(result, share)


def share_object(result: RoutingDistribution, share: MachineShare) -> PSObject:
    """Return one machine's row; what-if rows carry the after-change columns."""
    what_if = result.added is not None or result.removed is not None
    props = [("Pool", result.pool_fqdn), ("MachineId", share.machine_id), ("Fqdn", share.fqdn),
             ("Users", share.users), ("Share", share.share)]
    if what_if:
        props += [("UsersAfter", share.users_after), ("ShareAfter", share.share_after),
                  ("MovedIn", share.moved_in), ("MovedOut", share.moved_out)]
    return PSObject(props, typenames=[WHAT_IF_TYPE if what_if else SHARE_TYPE, "System.Object"])


# --- the bar chart ---------------------------------------------------------------------------

NOW_BAR = "#"
AFTER_BAR = "="
MIN_BAR = 10


def chart_lines(result: RoutingDistribution, width: int) -> list[str]:
    """Return the distribution as a bar chart at most ``width`` columns wide: a title, then one
    bar per machine ('#'), or two with a what-if (now '#', after '='), scaled so the largest
    count fills the bar room; each bar is followed by its user count and share."""
    what_if = result.added is not None or result.removed is not None
    rows = [_chart_row(result, share, what_if) for share in result.machines]
    label_width = max(len(row[0]) for row in rows)
    figures = [figure for row in rows for figure in row[1]]
    count_width = max(len(str(users)) for users, _, _ in figures)
    share_width = max(len(share) for _, share, _ in figures)
    note_width = max(len(note) for _, _, note in figures)
    stage_width = 6 if what_if else 0
    room = max(width - label_width - stage_width - count_width - share_width - note_width - 6, MIN_BAR)
    largest = max(users for users, _, _ in figures) or 1
    lines = _chart_title(result) + [""]
    for label, bars in rows:
        for index, (users, share, note) in enumerate(bars):
            stage = ("now   " if index == 0 else "after ") if what_if else ""
            bar = _bar(users, largest, room, NOW_BAR if index == 0 else AFTER_BAR)
            text = (f"{label if index == 0 else '':<{label_width}}  {stage}{bar:<{room}}  "
                    f"{users:>{count_width}}  {share:>{share_width}}{note}")
            lines.append(text.rstrip())
    return lines


def _chart_title(result: RoutingDistribution) -> list[str]:
    title = [f"Users of {result.pool_fqdn} by first preferred machine: {result.users}"]
    if result.added is not None:
        title.append(f"Adding {result.added} moves {result.moved} of them ({_percent_text(result.moved_share)}).")
    if result.removed is not None:
        title.append(f"Removing {result.removed} moves {result.moved} of them ({_percent_text(result.moved_share)}).")
    return title


def _chart_row(result: RoutingDistribution, share: MachineShare,
               what_if: bool) -> tuple[str, list[tuple[int, str, str]]]:
    """A machine's label and its (users, share text, note) figures: now, then after a what-if."""
    label = f"{share.machine_id}  {share.fqdn}"
    if share.fqdn == result.added:
        label += " (added)"
    if share.fqdn == result.removed:
        label += " (removed)"
    now = (share.users, _percent_text(share.share), "")
    if not what_if:
        return label, [now]
    note = f"  +{share.moved_in}" if share.moved_in else (f"  -{share.moved_out}" if share.moved_out else "")
    return label, [now, (share.users_after, _percent_text(share.share_after), note)]


def _bar(users: int, largest: int, room: int, char: str) -> str:
    """A bar of ``char`` proportional to ``users``; any user at all shows at least one."""
    length = round(users * room / largest)
    return char * (max(length, 1) if users else 0)


def _percent_text(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") + "%"
