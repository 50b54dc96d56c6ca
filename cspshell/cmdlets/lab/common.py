"""What the CsLab cmdlets share: finding users, clients, sites and pools, with the errors
a Lync administrator would expect when one does not exist."""
from __future__ import annotations

from typing import Any

from ...topology.entities import Client, Pool, Site, User
from ..base import Cmdlet

# Lync's cmdlets report a missing object this way (lync-facts.md §2.5).
NOT_FOUND = 'Management object not found for identity "{}".'
MANAGEMENT_EXCEPTION = "ManagementException"
MANAGEMENT_ERROR_ID = "Microsoft.Rtc.Management.AD.ManagementException"


class LabCmdlet(Cmdlet):
    """A CsLab cmdlet: the session's topology and lab state, and look-ups that fail cleanly."""

    @property
    def topology(self) -> Any:
        return self.ctx.session.topology

    @property
    def lab(self) -> Any:
        return self.ctx.session.lab

    def find_user(self, identity: Any) -> User:
        """Return the one user ``identity`` names (a SIP address, UPN, DOMAIN\\user, DN,
        display name or a user object); a terminating error otherwise."""
        text = identity if isinstance(identity, str) else _identity_text(identity)
        users = self.topology.resolve_users(text)
        if len(users) != 1:
            message = NOT_FOUND.format(text) if not users else \
                f'Identity "{text}" matches {len(users)} users. Use a SIP address to name one user.'
            self.terminate(message, MANAGEMENT_ERROR_ID, "NotSpecified", text,
                           exception_type=MANAGEMENT_EXCEPTION)
        return users[0]

    def find_client(self, name: Any = None) -> Client:
        """Return the client called ``name``, or the topology's first client without one."""
        clients = self.topology.clients
        if name is None:
            if not clients:
                self.terminate("The topology has no client PCs. Add one under 'clients:' in the "
                               "topology file.", "NoClient", "ObjectNotFound",
                               exception_type="ItemNotFoundException")
            return clients[0]
        client = self.topology.client(str(name))
        if client is None:
            known = ", ".join(c.name for c in clients) or "none"
            self.terminate(f'Cannot find a client named "{name}". Clients in this lab: {known}.',
                           "ClientNotFound", "ObjectNotFound", name,
                           exception_type="ItemNotFoundException")
        return client

    def find_site(self, name: Any) -> Site:
        """Return the site called ``name`` (``Site:`` prefix allowed)."""
        site = self.topology.site(str(name))
        if site is None:
            self.terminate(NOT_FOUND.format(name), MANAGEMENT_ERROR_ID, "NotSpecified", name,
                           exception_type=MANAGEMENT_EXCEPTION)
        return site

    def find_pool(self, fqdn: Any) -> Pool:
        """Return the pool with this FQDN."""
        pool = self.topology.pool(str(fqdn))
        if pool is None:
            self.terminate(NOT_FOUND.format(fqdn), MANAGEMENT_ERROR_ID, "NotSpecified", fqdn,
                           exception_type=MANAGEMENT_EXCEPTION)
        return pool


def _identity_text(value: Any) -> str:
    # A user object from Get-CsUser carries SipAddress (and Identity, a DN).
    for name in ("SipAddress", "Identity"):
        getter = getattr(value, "get", None)
        found = getter(name) if callable(getter) else None
        if found:
            return str(found)
    return str(value)
