"""Identities resolved as Lync resolves them (lync-facts.md §2).

Users (UserIdParameter): a SIP address with or without ``sip:``, a UPN, ``DOMAIN\\sam``,
a display name (``*`` wildcards allowed), a distinguished name, or an ADUser object from
Get-CsUser. (Pools, services, sites and configuration scopes are resolved by the
topology and by servicemodel.ServiceModel.)
"""
from __future__ import annotations

from typing import Any, Optional, Union

from ...objects import convert as C
from ...objects.psobject import PSObject
from ...topology.entities import User
from .adusers import UserView
from .common import ADUSER, identity_text
from .records import SourcedObject

UserSource = Union[User, int]


def user_sources(view: UserView, value: Any) -> tuple[str, list[UserSource]]:
    """Return (the identity as shown in errors, the users it names) for an Identity value.

    An ADUser object names its own user; its (lazily built) properties are not read.
    """
    if isinstance(value, SourcedObject) and ADUSER in value.typenames and value.source is not None:
        return "", [value.source]
    text = identity_text(value) if isinstance(value, PSObject) else C.to_string(value)
    return text, list(view.topology.resolve_users(text))


def ad_only_user(view: UserView, text: str) -> Optional[User]:
    """Return the Active Directory account (not enabled for Lync) that ``text`` names, or None.

    Such accounts exist only after Disable-CsUser took a user out of Lync; they are found
    by UPN, ``DOMAIN\\sam``, SamAccountName or display name.
    """
    wanted = text.strip().lower()
    for user in view.state.ad_only.values():
        names = (user.upn.lower(), user.logon_name.lower(), user.sam_account_name.lower(),
                 user.display_name.lower(), user.distinguished_name.lower())
        if wanted in names:
            return user
    return None

