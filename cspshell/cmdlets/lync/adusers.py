"""Users as Get-CsUser shows them: ``Microsoft.Rtc.Management.ADConnect.Schema.ADUser``.

The property list follows lync-facts.md §1.2 (the names the Lync 2010 help uses) in the
order the Lync Server 2010 shell lists them; docs/fidelity.md gives the reasoning. The
first 22 properties are the default list view; the rest appear with ``Format-List *`` and
``Get-Member``.

Attributes the topology model does not keep (AudioVideoDisabled, PrivateLine ...) come
from the session's ``LyncState`` (state.py).
"""
from __future__ import annotations

from functools import partial
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from ...topology.entities import User
from .common import ADUSER
from .records import LazyRecord, RecordShape
from .state import LyncState, lync_state

DEFAULT_VIEW = (
    "Identity", "VoicePolicy", "ConferencingPolicy", "PresencePolicy", "DialPlan", "LocationPolicy",
    "ClientPolicy", "ClientVersionPolicy", "ArchivingPolicy", "PinPolicy", "ExternalAccessPolicy",
    "HostedVoiceMail", "HostedVoicemailPolicy", "HostingProvider", "RegistrarPool", "Enabled",
    "SipAddress", "LineURI", "EnterpriseVoiceEnabled", "HomeServer", "DisplayName", "SamAccountName",
)
POLICIES = ("VoicePolicy", "ConferencingPolicy", "PresencePolicy", "DialPlan", "LocationPolicy",
            "ClientPolicy", "ClientVersionPolicy", "ArchivingPolicy", "PinPolicy",
            "ExternalAccessPolicy", "HostedVoicemailPolicy")
# Attributes Set-CsUser can change that the topology's user record has no field for.
SIDE_ATTRIBUTES = {"AudioVideoDisabled": False, "RemoteCallControlTelephonyEnabled": False,
                   "IPPBXSoftPhoneRoutingEnabled": False, "PrivateLine": None,
                   "LineServerURI": None, "HostedVoiceMail": None}
EXTRA_PROPERTIES = ("LineServerURI", "AudioVideoDisabled", "IPPBXSoftPhoneRoutingEnabled",
                    "RemoteCallControlTelephonyEnabled", "PrivateLine", "UserPrincipalName",
                    "DistinguishedName", "Name")
ALL_PROPERTIES = DEFAULT_VIEW + EXTRA_PROPERTIES
ADUSER_SHAPE = RecordShape(ALL_PROPERTIES, (ADUSER, "System.Object"))
_POLICY_KEYS = frozenset(policy.lower() for policy in POLICIES)
# On-premises users are served by the "SRV:" hosting provider (DNS SRV discovery).
ON_PREMISES_PROVIDER = "SRV:"


class UserView:
    """Computes ADUser property values for one topology (and its LyncState)."""

    def __init__(self, topology: Any, state: LyncState):
        self.topology = topology
        self.state = state
        domain = topology.default_domain
        self.forest_dn = domain.distinguished_name if domain is not None else ""
        self._getters: dict[str, Callable[[User], Any]] = self._getter_table()
        # (key, getter) in display order; None for a policy: values() reads them in one pass.
        self._plan = [(key, None if key in _POLICY_KEYS else self._getters[key]) for key in ADUSER_SHAPE.keys]

    def _getter_table(self) -> dict[str, Callable[[User], Any]]:
        table: dict[str, Callable[[User], Any]] = {
            "Identity": lambda u: u.distinguished_name,
            "HostingProvider": lambda u: ON_PREMISES_PROVIDER if u.registrar_pool else None,
            "RegistrarPool": lambda u: u.registrar_pool,
            "Enabled": lambda u: u.enabled,
            "SipAddress": lambda u: u.sip_address or None,
            "LineURI": lambda u: u.line_uri or None,
            "EnterpriseVoiceEnabled": lambda u: u.enterprise_voice_enabled,
            "HomeServer": self.home_server,
            "DisplayName": lambda u: u.display_name,
            "SamAccountName": lambda u: u.sam_account_name,
            "UserPrincipalName": lambda u: u.upn,
            "DistinguishedName": lambda u: u.distinguished_name,
            "Name": lambda u: u.display_name,
        }
        for policy in POLICIES:
            table[policy] = _policy_getter(policy)
        for name, default in SIDE_ATTRIBUTES.items():
            table[name] = self._side_getter(name, default)
        return {name.lower(): table[name] for name in ALL_PROPERTIES}

    def _side_getter(self, name: str, default: Any) -> Callable[[User], Any]:
        attributes = self.state.attributes
        return lambda u: attributes.get(u.row, {}).get(name, default)

    def home_server(self, user: User) -> Optional[str]:
        """Return msRTCSIP-PrimaryHomeServer: the DN of the pool's ``Lc Services`` object."""
        pool = self.topology.pool(user.registrar_pool) if user.registrar_pool else None
        if pool is None:
            return None
        return (f"CN=Lc Services,CN=Microsoft,CN={pool.cluster_id},CN=Pools,CN=RTC Service,"
                f"CN=Services,CN=Configuration,{self.forest_dn}")

    def getter(self, name: str) -> Optional[Callable[[User], Any]]:
        """Return the function computing property ``name`` (any case), or None."""
        return self._getters.get(name.lower())

    def values(self, source: Union[User, int]) -> list[Any]:
        """Return every ADUser property value of the user ``source`` stands for, in display order."""
        user = self.user(source)
        policies = _shown_policies(user)
        return [policies.get(key) if getter is None else getter(user) for key, getter in self._plan]

    def user(self, source: Union[User, int]) -> User:
        """Return the user a record's source stands for (a snapshot, or a directory row)."""
        return source if isinstance(source, User) else self.topology.users.get(source)

    def record(self, source: Union[User, int]) -> LazyRecord:
        """Return the ADUser object of a user snapshot or directory row.

        Nothing is read from the directory until a property is: a row-sourced record
        shows the user as it is when first read.
        """
        return LazyRecord(ADUSER_SHAPE, self.values, _identity_text, source)

    def records(self, sources: Iterable[Union[User, int]]) -> Iterator[LazyRecord]:
        """Yield the ADUser object of each user (snapshot or row), one at a time."""
        return map(partial(LazyRecord, ADUSER_SHAPE, self.values, _identity_text), sources)


def user_view(session: Any) -> UserView:
    """Return the UserView of the session's topology."""
    return UserView(session.topology, lync_state(session))


def _policy_getter(policy: str) -> Callable[[User], Any]:
    key = policy.lower()
    return lambda user: _shown_policies(user).get(key)


def _shown_policies(user: User) -> dict[str, Optional[str]]:
    """Return the policy each policy type (lower case) shows: the user's first entry of
    that type, and no name for the global policy."""
    shown: dict[str, Optional[str]] = {}
    for key, name in user.policies.items():
        shown.setdefault(key.lower(), None if not name or name.lower() == "global" else name)
    return shown


def _identity_text(record: Any) -> str:
    return record.get("Identity") or ""
