"""What the Lync cmdlets remember that the topology model does not hold, one record per
loaded topology, kept in the session's extras (a reloaded topology starts afresh)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...topology.entities import User

STATE_KEY = "lync"


@dataclass
class LyncState:
    """Per-topology state.

    ``attributes``: directory row -> user attributes Set-CsUser changed that the user
    record has no field for (AudioVideoDisabled, PrivateLine ...);
    ``ad_only``: lower-case UPN -> an Active Directory account Disable-CsUser took out of
    Lync (Enable-CsUser can enable it again);
    ``service_overrides``: lower-case service identity -> properties Set-CsRegistrar
    changed that the topology does not keep (ports, linked servers).
    """

    topology: Any
    attributes: dict[int, dict[str, Any]] = field(default_factory=dict)
    ad_only: dict[str, User] = field(default_factory=dict)
    service_overrides: dict[str, dict[str, Any]] = field(default_factory=dict)


def lync_state(session: Any) -> LyncState:
    """Return the LyncState of the session's current topology (fresh after a reload)."""
    state = session.extras.get(STATE_KEY)
    if state is None or state.topology is not session.topology:
        state = session.extras[STATE_KEY] = LyncState(session.topology)
    return state
