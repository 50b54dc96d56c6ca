"""CsLab commands that load, describe and export the session's topology."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from ..objects.psobject import PSObject
from .base import Cmdlet
from .registry import CSLAB, Parameter, cmdlet


@cmdlet("Import-CsLabTopology", CSLAB, [
    Parameter("Path", "String", position=0, mandatory=True, aliases=("FilePath",),
              help="A topology YAML file, or the name of a shipped sample (default, two-datacenter, scale-100k)."),
], synopsis="Switches the session to another topology file.",
    description="Loads and validates a topology YAML file and makes it the session's topology. The lab "
                "state (stopped services, the lab clock, DNS and client what-ifs) starts afresh. A file with "
                "problems is refused with every problem listed, and the current topology stays loaded.",
    examples=(("Import-CsLabTopology -Path two-datacenter",
               "Switches to the shipped two-data-centre sample."),),
    output_type="None", related=("Get-CsLabTopology", "Export-CsLabTopology"))
class ImportCsLabTopology(Cmdlet):
    def process(self) -> Iterator[Any]:
        from ..session import resolve_topology_argument
        from ..topology.loader import load_topology
        from ..topology.problems import TopologyError, format_problems
        path = resolve_topology_argument(self.ctx.resolve_path(self.params["Path"])
                                         if Path(self.params["Path"]).suffix else self.params["Path"])
        if not path.exists():
            self.terminate(f"Cannot find path '{self.params['Path']}' because it does not exist.",
                           "PathNotFound", "ObjectNotFound", self.params["Path"],
                           exception_type="ItemNotFoundException")
        try:
            topology = load_topology(path)
        except TopologyError as exc:
            self.terminate("The topology was not loaded because the file has problems:\n"
                           + format_problems(exc.problems), "TopologyInvalid", "InvalidData",
                           str(path), exception_type="InvalidDataException")
        self.ctx.session.replace_topology(topology, path)
        return iter(())


@cmdlet("Get-CsLabTopology", CSLAB, [], synopsis="Summarises the topology the session has loaded.",
        description="Shows which topology file is loaded and how many sites, pools, machines and users it has.",
        examples=(("Get-CsLabTopology", "Shows the loaded topology's file and counts."),),
        output_type="CsLab.TopologySummary")
class GetCsLabTopology(Cmdlet):
    def process(self) -> Iterator[Any]:
        summary = self.ctx.session.topology.summary()
        summary["Source"] = self.ctx.display_path(str(self.ctx.session.topology_path))
        yield PSObject(list(summary.items()), typenames=["CsLab.TopologySummary"])


@cmdlet("Export-CsLabTopology", CSLAB, [
    Parameter("Path", "String", position=0, mandatory=True, aliases=("FilePath",),
              help="Where to write the YAML file (written atomically)."),
], synopsis="Writes the session's current topology, with every change made in the shell, as YAML.",
    description="Exports the current state of the topology (moved users, DNS and client changes, backup "
                "pools) to a YAML file that Import-CsLabTopology or -Topology loads again. The file is written "
                "to a temporary file first and renamed, so an existing file is never left half-written.",
    examples=(("Export-CsLabTopology -Path .\\mylab.yaml", "Saves the lab as it is now."),),
    output_type="System.IO.FileInfo", should_process=True)
class ExportCsLabTopology(Cmdlet):
    def process(self) -> Iterator[Any]:
        from ..topology.writer import dump_topology
        target = self.ctx.resolve_path(self.params["Path"])
        if not self.should_process(self.ctx.display_path(target), "Export-CsLabTopology"):
            return
        try:
            written = dump_topology(self.ctx.session.topology, target)
        except OSError as exc:
            self.terminate(f"Could not write '{self.params['Path']}': {exc.strerror or exc}.", "ExportFailed",
                           "WriteError", self.params["Path"], exception_type="IOException")
        for path in written:
            yield PSObject([("Name", Path(path).name), ("FullName", self.ctx.display_path(str(path)))],
                           typenames=["System.IO.FileInfo"], tostring=lambda o: o.get("FullName"))
