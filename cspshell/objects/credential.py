"""Secrets as PowerShell shows them: SecureString, PSCredential and the NetworkCredential
that ``GetNetworkCredential()`` returns.

A SecureString never prints its text: its ToString() is its type name and its one property
is ``Length`` (System.Security.SecureString). A PSCredential has ``UserName`` and
``Password`` (the SecureString) and ToString() ``System.Management.Automation.PSCredential``;
``GetNetworkCredential()`` gives the plain text back as .NET's NetworkCredential does,
with the domain split off a ``DOMAIN\\user`` name.
"""
from __future__ import annotations

from typing import Any, Callable

from .psobject import PSObject

SECURE_STRING = "System.Security.SecureString"
PS_CREDENTIAL = "System.Management.Automation.PSCredential"
NETWORK_CREDENTIAL = "System.Net.NetworkCredential"


class SecureString:
    """A System.Security.SecureString: the text is kept, never shown."""

    __slots__ = ("_text",)
    ps_type_name = SECURE_STRING

    def __init__(self, text: str):
        self._text = text

    def reveal(self) -> str:
        """The plain text (what NetworkCredential.Password gives back)."""
        return self._text

    def ps_to_string(self) -> str:
        return SECURE_STRING

    def ps_get(self, name: str, default: Any = None) -> Any:
        return len(self._text) if name.lower() == "length" else default

    def ps_property_names(self) -> list[str]:
        return ["Length"]

    def __repr__(self) -> str:
        return f"SecureString(length={len(self._text)})"


def _network_credential(ctx: Any, credential: "PSCredential") -> PSObject:
    """``$cred.GetNetworkCredential()``: user, plain password and domain."""
    user = credential.get("UserName") or ""
    domain, _, name = user.rpartition("\\")
    password = credential.get("Password")
    return PSObject([("UserName", name), ("Password", password.reveal() if password else ""),
                     ("SecurePassword", password), ("Domain", domain)],
                    typenames=[NETWORK_CREDENTIAL, "System.Object"])


class PSCredential(PSObject):
    """A System.Management.Automation.PSCredential (user name and SecureString password)."""

    __slots__ = ()
    ps_methods: dict[str, Callable[..., Any]] = {"getnetworkcredential": _network_credential}

    def __init__(self, user_name: str, password: SecureString):
        super().__init__([("UserName", user_name), ("Password", password)],
                         typenames=[PS_CREDENTIAL, "System.Object"], tostring=lambda o: PS_CREDENTIAL)
