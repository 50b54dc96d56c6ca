"""Labs for the routing tests (imported by conftest.py and the tests): the seed's lab (topology/default.yaml) and a branch lab.

The branch lab is built in code so the tests say exactly what they stand on: a central
site Chicago (a Director, a two-server Enterprise pool, a Standard Edition server) and a
branch site Branch1 under it with a Survivable Branch Appliance whose backup registrar
(and user services pool) is the Enterprise pool.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from cspshell.routing import LabState
from cspshell.topology import (
    AdDomain, Client, ClientConfiguration, DnsRecord, Machine, Pool, PoolKind, Site, SiteKind,
    Topology, User, load_default_topology,
)

DOMAIN = "beta.deitterick.com"
DIRECTOR = f"beta-ls14-dir.{DOMAIN}"
SE1 = f"beta-ls14-se1.{DOMAIN}"
SE2 = f"beta-ls14-se2.{DOMAIN}"
EE1 = f"beta-ls14-ee1.{DOMAIN}"
EE2 = f"beta-ls14-ee2.{DOMAIN}"
POOL = f"ls14pool.{DOMAIN}"
ACOOPER = f"sip:acooper@{DOMAIN}"
LCARTER = f"sip:lcarter@{DOMAIN}"
SRV_TLS = f"_sipinternaltls._tcp.{DOMAIN}"


@dataclass
class Lab:
    """A topology with its lab state and the client used to sign in."""

    topology: Topology
    state: LabState
    client: Client

    def user(self, sip_address: str) -> User:
        """Return the user with this SIP address."""
        user = self.topology.user_by_sip(sip_address)
        assert user is not None, sip_address
        return user

    def point_srv_at(self, *targets: tuple[str, int, int]) -> None:
        """Replace the _sipinternaltls._tcp records with (target, priority, weight) ones."""
        for record in self.topology.dns_lookup(SRV_TLS, "SRV"):
            self.state.hide_dns_record(record)
        for target, priority, weight in targets:
            self.state.add_dns_record(DnsRecord(SRV_TLS, "SRV", target, 5061, priority, weight))

    def stop(self, *fqdns: str) -> None:
        """Stop the Front-End service (RTCSRV) on these machines."""
        for fqdn in fqdns:
            self.state.set_service(fqdn, "RTCSRV", False)

    def start(self, *fqdns: str) -> None:
        """Start the Front-End service on these machines."""
        for fqdn in fqdns:
            self.state.set_service(fqdn, "RTCSRV", True)


@pytest.fixture
def seed_lab() -> Lab:
    """The seed's lab: the SRV record points at the Director; client1 at 172.16.8.7."""
    topology = load_default_topology()
    return Lab(topology, LabState(), topology.client("client1"))


CHICAGO_DOMAIN = "contoso.com"
CHI_DIR = "chi-dir.contoso.com"
CHI_POOL = "chi-pool.contoso.com"
CHI_FE1 = "chi-fe01.contoso.com"
CHI_FE2 = "chi-fe02.contoso.com"
CHI_SE = "chi-se.contoso.com"
SBA = "br1-sba.contoso.com"
BRANCH_USER = "sip:buser@contoso.com"
CENTRAL_USER = "sip:cuser@contoso.com"


def build_branch_topology() -> Topology:
    """Return the branch lab's topology (see the module docstring)."""
    topology = Topology("branch lab", sip_domains=[CHICAGO_DOMAIN],
                        domains=[AdDomain(CHICAGO_DOMAIN, "CONTOSO")])
    topology.add_site(Site(1, "Chicago"))
    topology.add_site(Site(2, "Branch1", SiteKind.BRANCH, parent="Chicago"))
    topology.add_pool(Pool(CHI_DIR, PoolKind.DIRECTOR, "Chicago", 1,
                           machines=[Machine(CHI_DIR, 1, ("10.0.0.1",))]))
    topology.add_pool(Pool(CHI_POOL, PoolKind.ENTERPRISE_FRONT_END, "Chicago", 2,
                           machines=[Machine(CHI_FE1, 1, ("10.0.0.11",)),
                                     Machine(CHI_FE2, 2, ("10.0.0.12",))],
                           backup_pool=CHI_SE))
    topology.add_pool(Pool(CHI_SE, PoolKind.STANDARD_EDITION, "Chicago", 3,
                           machines=[Machine(CHI_SE, 1, ("10.0.0.21",))]))
    topology.add_pool(Pool(SBA, PoolKind.SBA, "Branch1", 1,
                           machines=[Machine(SBA, 1, ("10.2.0.5",))], backup_pool=CHI_POOL))
    for sip, pool in ((BRANCH_USER, SBA), (CENTRAL_USER, CHI_POOL)):
        name = sip[4:].partition("@")[0]
        topology.add_user(User(sip, name, name, sip[4:], "CONTOSO", registrar_pool=pool))
    topology.add_dns_record(DnsRecord(f"_sipinternaltls._tcp.{CHICAGO_DOMAIN}", "SRV", CHI_DIR,
                                      5061, 0, 0))
    topology.add_dns_record(DnsRecord(CHI_POOL, "A", "10.0.0.11"))
    topology.add_dns_record(DnsRecord(CHI_POOL, "A", "10.0.0.12"))
    topology.add_client(Client("branchpc", "10.2.0.50", site="Branch1"))
    topology.add_client(Client("hqpc", "10.0.0.50", site="Chicago"))
    return topology


@pytest.fixture
def branch_lab() -> Lab:
    """The branch lab, signing in from the branch PC."""
    topology = build_branch_topology()
    return Lab(topology, LabState(), topology.client("branchpc"))


def manual(lab: Lab, server: str) -> None:
    """Switch the lab's client to manual configuration with ``server``."""
    lab.state.configure_client(lab.client.name, configuration=ClientConfiguration.MANUAL,
                               internal_server=server)
