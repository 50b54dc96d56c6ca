"""Get-, Add-, Remove-CsLabDnsRecord: the lab's DNS, on top of the topology's records."""
from __future__ import annotations

from typing import Any, Iterator

from ...formatting.views import RIGHT, Column, TableView, register_view
from ...objects.psobject import PSObject
from ...routing.dns import all_records
from ...topology.entities import DEFAULT_SIP_PORT, DnsRecord
from ..registry import CSLAB, Parameter, cmdlet
from .common import LabCmdlet

DNS_TYPE = "CsLab.DnsRecord"

register_view(DNS_TYPE, TableView((
    Column("Name"), Column("Type", width=4), Column("Priority", width=8, alignment=RIGHT),
    Column("Weight", width=6, alignment=RIGHT), Column("Port", width=5, alignment=RIGHT),
    Column("Target"), Column("Source", width=8)), name="CsLabDnsRecord", autosize=True))


@cmdlet("Get-CsLabDnsRecord", CSLAB, [
    Parameter("Name", "String", position=0, help="Only records of this name (wildcards allowed)."),
    Parameter("Type", "String", validate_set=("SRV", "A"), help="Only SRV or only A records."),
], synopsis="Lists the DNS records the lab's clients resolve.",
    description="Shows the topology's records that were not removed, each machine's own host (A) record "
                "when DNS has none for it, and the records added with Add-CsLabDnsRecord. Source says "
                "which: Topology, Host or Lab.",
    examples=(("Get-CsLabDnsRecord -Type SRV", "Shows the SRV records automatic sign-in uses."),),
    output_type=DNS_TYPE, related=("Add-CsLabDnsRecord", "Remove-CsLabDnsRecord"))
class GetCsLabDnsRecord(LabCmdlet):
    def process(self) -> Iterator[Any]:
        from ...topology.model import wildcard_regex
        pattern = wildcard_regex(self.params["Name"]) if self.bound("Name") else None
        wanted = str(self.params["Type"]).upper() if self.bound("Type") else None
        stored = {r.key() for r in self.topology.dns_records}
        added = {r.key() for r in self.lab.dns_added}
        for record in all_records(self.topology, self.lab):
            if pattern is not None and not pattern.match(record.name):
                continue
            if wanted is not None and record.type.upper() != wanted:
                continue
            source = "Lab" if record.key() in added else "Topology" if record.key() in stored else "Host"
            yield dns_object(record, source)


@cmdlet("Add-CsLabDnsRecord", CSLAB, [
    Parameter("Name", "String", position=0, mandatory=True,
              help="The record's name, e.g. _sipinternaltls._tcp.contoso.com or sip.contoso.com."),
    Parameter("Type", "String", mandatory=True, validate_set=("SRV", "A")),
    Parameter("Target", "String", mandatory=True,
              help="SRV: the host the record points at. A: the IPv4 address."),
    Parameter("Port", "Int32", help="SRV: the port (default 5061)."),
    Parameter("Priority", "Int32", help="SRV: lower is tried first (default 0)."),
    Parameter("Weight", "Int32", help="SRV: share within one priority (default 0)."),
], synopsis="Adds a DNS record to the lab.",
    description="Adds an SRV or A record that clients will resolve from now on. Several A records of one "
                "name give DNS load balancing; several SRV records with priorities and weights are tried "
                "in RFC 2782 order.",
    examples=(("Add-CsLabDnsRecord _sipinternaltls._tcp.beta.deitterick.com -Type SRV "
               "-Target beta-ls14-se2.beta.deitterick.com -Priority 10",
               "Adds se2 as a second, lower-priority automatic sign-in server."),),
    output_type="None", should_process=True, related=("Get-CsLabDnsRecord", "Remove-CsLabDnsRecord"))
class AddCsLabDnsRecord(LabCmdlet):
    def process(self) -> Iterator[Any]:
        kind = str(self.params["Type"]).upper()
        name = str(self.params["Name"]).rstrip(".")
        if kind == "A":
            record = DnsRecord(name, "A", str(self.params["Target"]))
        else:
            record = DnsRecord(name, "SRV", str(self.params["Target"]).rstrip("."),
                               int(self.param("Port", DEFAULT_SIP_PORT)),
                               int(self.param("Priority", 0)), int(self.param("Weight", 0)))
        if self.should_process(f"{record.name} {kind} {record.target}", "Add-CsLabDnsRecord"):
            if not self.lab.add_dns_record(record):
                self.warn(f"The {kind} record {record.name} -> {record.target} already exists.")
        return iter(())


@cmdlet("Remove-CsLabDnsRecord", CSLAB, [
    Parameter("Name", "String", position=0, mandatory=True, help="The name of the records to remove."),
    Parameter("Target", "String", help="Only the record(s) pointing at this host or address."),
], synopsis="Removes DNS records from the lab.",
    description="Removes every record of the name (or only those with the given target), whether it came "
                "from the topology, a machine's host record, or Add-CsLabDnsRecord.",
    examples=(("Remove-CsLabDnsRecord _sipinternaltls._tcp.beta.deitterick.com "
               "-Target beta-ls14-dir.beta.deitterick.com",
               "Takes the Director out of automatic sign-in."),),
    output_type="None", should_process=True, related=("Get-CsLabDnsRecord", "Add-CsLabDnsRecord"))
class RemoveCsLabDnsRecord(LabCmdlet):
    def process(self) -> Iterator[Any]:
        name = str(self.params["Name"]).rstrip(".").lower()
        target = str(self.params["Target"]).lower() if self.bound("Target") else None
        matching = [r for r in all_records(self.topology, self.lab) if r.name.lower().rstrip(".") == name
                    and (target is None or r.target.lower().rstrip(".") == target.rstrip("."))]
        if not matching:
            self.error(f'Cannot find a DNS record named "{self.params["Name"]}"'
                       + (f' pointing at "{self.params["Target"]}".' if target else "."),
                       "DnsRecordNotFound", "ObjectNotFound", self.params["Name"],
                       exception_type="ItemNotFoundException")
            return iter(())
        if self.should_process(self.params["Name"], "Remove-CsLabDnsRecord"):
            for record in matching:
                self.lab.hide_dns_record(record)
        return iter(())


def dns_object(record: DnsRecord, source: str) -> PSObject:
    """Return the PowerShell object of a DNS record."""
    srv = record.type.upper() == "SRV"
    return PSObject([
        ("Name", record.name),
        ("Type", record.type.upper()),
        ("Priority", record.priority if srv else None),
        ("Weight", record.weight if srv else None),
        ("Port", record.port if srv else None),
        ("Target", record.target),
        ("Source", source),
    ], typenames=[DNS_TYPE, "System.Object"])
