"""Get-, Set-, New- and Remove-CsRegistrarConfiguration (lync-facts.md §1.10).

Scopes are ``Global``, ``site:<Name>`` and ``service:Registrar:<pool fqdn>``; a Registrar
uses the most specific scope that exists (service, then site, then global), which the
topology resolves. Values are validated with the Lync 2010 ranges: the three endpoint
expirations 300-900 seconds with Min <= Default <= Max, MaxEndpointsPerUser 1-64.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Iterator, Optional

from ...language.validation import Range
from ...objects import convert as C
from ...objects.members import get_property
from ...topology.entities import RegistrarConfiguration
from ..base import Cmdlet
from ..registry import LYNC, Parameter, cmdlet
from .common import (CONFIG_CMDLETS, MANAGEMENT_EXCEPTION, REGISTRAR_SETTINGS, identity_filter,
                     identity_text, mandatory_parameter, not_found_message)
from .records import SourcedObject
from .servicemodel import DIRECTOR, REGISTRAR
from .topologycmdlets import service_model

GLOBAL = "Global"
# Parameter -> RegistrarConfiguration field, in the order the settings object lists them.
SETTINGS = (("MinEndpointExpiration", "min_endpoint_expiration"),
            ("MaxEndpointExpiration", "max_endpoint_expiration"),
            ("DefaultEndpointExpiration", "default_endpoint_expiration"),
            ("MaxEndpointsPerUser", "max_endpoints_per_user"),
            ("EnableDHCPServer", "enable_dhcp_server"))
# Lync declares the documented ranges as ValidateRange attributes: the binder refuses a value
# out of range before the cmdlet runs (error positioned on the argument).
EXPIRATION_RANGE = (Range(300, 900),)
SETTING_PARAMETERS = (
    Parameter("DefaultEndpointExpiration", "Int32", validators=EXPIRATION_RANGE,
              help="Seconds a registration lasts when the client asks for none (300-900, default 600)."),
    Parameter("EnableDHCPServer", "Boolean",
              help="$True lets the Registrar answer DHCP option 120 requests (Lync Phone Edition)."),
    Parameter("MaxEndpointExpiration", "Int32", validators=EXPIRATION_RANGE,
              help="The longest registration allowed, in seconds (300-900, default 900)."),
    Parameter("MaxEndpointsPerUser", "UInt16", validators=(Range(1, 64),),
              help="How many endpoints one user may register at once (1-64, default 8)."),
    Parameter("MinEndpointExpiration", "Int32", validators=EXPIRATION_RANGE,
              help="The shortest registration allowed, in seconds (300-900, default 300)."),
)
SCOPE_HELP = "The scope: global, site:<site name> or service:Registrar:<pool FQDN>."


def settings_object(config: RegistrarConfiguration) -> SourcedObject:
    """Return a configuration as Get-CsRegistrarConfiguration shows it."""
    props = [("Identity", display_identity(config.identity))]
    props += [(name, getattr(config, field)) for name, field in SETTINGS]
    return SourcedObject(props, [REGISTRAR_SETTINGS, "System.Object"], _identity, config)


def display_identity(identity: str) -> str:
    """Return a scope as Lync shows it: ``Global``, ``Site:Beta``, ``Service:Registrar:fqdn``."""
    scope, _, rest = identity.partition(":")
    if scope.lower() == "global":
        return GLOBAL
    return f"{scope[:1].upper()}{scope[1:].lower()}:{rest}"


class ConfigCmdlet(Cmdlet):
    """Shared steps: parsing a scope, reporting errors, validating values."""

    def fail(self, message: str, error_id: str, category: str = "InvalidArgument") -> None:
        self.error(message, error_id, category, exception_type=MANAGEMENT_EXCEPTION,
                   target_name="", target_type="")

    def scope(self, text: str) -> Optional[str]:
        """Return the canonical identity of a scope (None after an error when it names nothing)."""
        topology = self.ctx.session.topology
        kind, _, rest = text.strip().partition(":")
        kind = kind.lower()
        if kind == "global" and not rest:
            return GLOBAL
        if kind == "site" and rest:
            site = topology.site(rest)
            if site is not None:
                return f"Site:{site.name}"
        if kind == "service" and rest:
            ref = service_model(self.ctx.session).find(rest)
            if ref is not None and ref.role in (REGISTRAR, DIRECTOR):
                return f"Service:{ref.identity}"
            if ref is not None:
                self.fail(f'Registrar settings apply only to the Registrar service; "{ref.identity}" is a '
                          f"{ref.role} service.", "InvalidScope")
                return None
        self.fail(not_found_message(text), "Identity", "ObjectNotFound")
        return None

    def stored(self, identity: str) -> Optional[RegistrarConfiguration]:
        return self.ctx.session.topology.registrar_configuration(identity)

    def changed(self, config: RegistrarConfiguration) -> Optional[RegistrarConfiguration]:
        """Return ``config`` with the bound settings applied (None after an error)."""
        values = {field: self.params[name] for name, field in SETTINGS if name in self.params}
        updated = dataclasses.replace(config, **values)
        low, default, high = (updated.min_endpoint_expiration, updated.default_endpoint_expiration,
                              updated.max_endpoint_expiration)
        if not low <= default <= high:
            self.fail(f"MinEndpointExpiration ({low}) must not be greater than DefaultEndpointExpiration "
                      f"({default}), and DefaultEndpointExpiration must not be greater than "
                      f"MaxEndpointExpiration ({high}).", "InvalidEndpointExpiration")
            return None
        return updated


@cmdlet("Get-CsRegistrarConfiguration", LYNC, [
    Parameter("Identity", "XdsIdentity", position=1, sets=("Identity",), help=SCOPE_HELP),
    Parameter("Filter", "String", sets=("Filter",), help='A wildcard on identities, e.g. "site:*".'),
    Parameter("LocalStore", "SwitchParameter", help="Reads the local replica (the same data in cspshell)."),
], synopsis="Returns the Registrar configuration settings: endpoint expirations and endpoints per user.",
    description="Get-CsRegistrarConfiguration returns the Registrar settings at the global, site and "
                "service scopes. A Registrar uses the settings of its own service scope if there are any, "
                "else those of its site, else the global ones.",
    examples=(("Get-CsRegistrarConfiguration", "Returns every collection of Registrar settings."),
              ("Get-CsRegistrarConfiguration -Identity global", "Returns the global settings."),
              ('Get-CsRegistrarConfiguration -Filter "site:*"', "Returns the settings of every site scope.")),
    output_type=REGISTRAR_SETTINGS, default_set="Identity",
    command_class=f"{CONFIG_CMDLETS}.GetRegistrarConfigurationCmdlet",
    related=("Set-CsRegistrarConfiguration", "New-CsRegistrarConfiguration", "Remove-CsRegistrarConfiguration"))
class GetCsRegistrarConfiguration(ConfigCmdlet):
    def process(self) -> Iterator[Any]:
        configs = list(self.ctx.session.topology.registrar_configurations)
        if self.params.get("Identity") is not None:
            shown = identity_text(self.params["Identity"])
            found = self.stored(shown)
            if found is None:
                self.fail(not_found_message(shown), "Identity", "ObjectNotFound")
                return
            configs = [found]
        wanted = identity_filter(self)
        for config in configs:
            if wanted is None or wanted(display_identity(config.identity)):
                yield settings_object(config)


@cmdlet("Set-CsRegistrarConfiguration", LYNC, [
    Parameter("Identity", "XdsIdentity", position=1, from_pipeline_by_name=True, sets=("Identity",),
              help=SCOPE_HELP + " Default: global."),
    Parameter("Instance", "PSObject", from_pipeline=True, sets=("Instance",),
              help="A settings object from Get-CsRegistrarConfiguration, changed in memory."),
    *SETTING_PARAMETERS,
    Parameter("Force", "SwitchParameter", help="Suppresses confirmation prompts."),
], synopsis="Modifies Registrar configuration settings.",
    description="Set-CsRegistrarConfiguration changes the Registrar settings of one scope. The endpoint "
                "expirations must stay within 300-900 seconds with MinEndpointExpiration <= "
                "DefaultEndpointExpiration <= MaxEndpointExpiration; MaxEndpointsPerUser within 1-64.",
    examples=(("Set-CsRegistrarConfiguration -Identity global -MaxEndpointsPerUser 4",
               "Lets each user register at most four endpoints."),
              ("Get-CsRegistrarConfiguration | Set-CsRegistrarConfiguration -DefaultEndpointExpiration 900",
               "Sets the default registration lifetime of every scope to 15 minutes.")),
    output_type="None", should_process=True, default_set="Identity",
    command_class=f"{CONFIG_CMDLETS}.SetRegistrarConfigurationCmdlet",
    related=("Get-CsRegistrarConfiguration", "New-CsRegistrarConfiguration"))
class SetCsRegistrarConfiguration(ConfigCmdlet):
    def process(self) -> Iterator[Any]:
        source = self.params.get("Instance")
        shown = identity_text(source if source is not None else self.params.get("Identity") or GLOBAL)
        config = self.stored(shown)
        if config is None:
            self.fail(not_found_message(shown), "Identity", "ObjectNotFound")
            return iter(())
        if source is not None:
            config = self.from_instance(config, source)
        updated = self.changed(config)
        if updated is not None and self.should_process(display_identity(config.identity)):
            self.ctx.session.topology.set_registrar_configuration(updated)
        return iter(())

    def from_instance(self, config: RegistrarConfiguration, instance: Any) -> RegistrarConfiguration:
        values = {}
        for name, field in SETTINGS:
            value = get_property(instance, name)
            if value is not None:
                values[field] = C.to_bool(value) if field == "enable_dhcp_server" else C.to_int(value)
        return dataclasses.replace(config, **values)


@cmdlet("New-CsRegistrarConfiguration", LYNC, [
    mandatory_parameter("Identity", "XdsIdentity", position=1,
                        help="The new scope: site:<site name> or service:Registrar:<pool FQDN>."),
    *SETTING_PARAMETERS,
    Parameter("InMemory", "SwitchParameter", help="Creates the object without storing it."),
    Parameter("Force", "SwitchParameter", help="Suppresses confirmation prompts."),
], synopsis="Creates Registrar configuration settings at the site or service scope.",
    description="New-CsRegistrarConfiguration creates Registrar settings for one site or one Registrar. "
                "Settings not given take the Lync defaults (DefaultEndpointExpiration 600, "
                "MaxEndpointExpiration 900, MinEndpointExpiration 300, MaxEndpointsPerUser 8). The global "
                "settings always exist and cannot be created.",
    examples=(("New-CsRegistrarConfiguration -Identity site:Beta -MaxEndpointsPerUser 4",
               "Creates settings for the site Beta allowing four endpoints per user."),
              ("New-CsRegistrarConfiguration -Identity service:Registrar:ls14pool.beta.deitterick.com "
               "-DefaultEndpointExpiration 900", "Creates settings for the Registrar of ls14pool.")),
    output_type=REGISTRAR_SETTINGS, should_process=True,
    command_class=f"{CONFIG_CMDLETS}.NewRegistrarConfigurationCmdlet",
    related=("Get-CsRegistrarConfiguration", "Remove-CsRegistrarConfiguration"))
class NewCsRegistrarConfiguration(ConfigCmdlet):
    def process(self) -> Iterator[Any]:
        shown = identity_text(self.params["Identity"])
        identity = self.scope(shown)
        if identity is None:
            return
        if identity == GLOBAL or self.stored(identity) is not None:
            self.fail(f'Cannot create "RegistrarSettings" with identity "{identity}" because it already '
                      "exists.", "ItemAlreadyExists", "ResourceExists")
            return
        config = self.changed(RegistrarConfiguration(identity=identity))
        if config is None or not self.should_process(identity):
            return
        if not self.switch("InMemory"):
            self.ctx.session.topology.set_registrar_configuration(config)
        yield settings_object(config)


@cmdlet("Remove-CsRegistrarConfiguration", LYNC, [
    mandatory_parameter("Identity", "XdsIdentity", position=1, from_pipeline_by_name=True, help=SCOPE_HELP),
    Parameter("Force", "SwitchParameter", help="Suppresses confirmation prompts."),
], synopsis="Removes Registrar configuration settings; the global settings are reset to their defaults.",
    description="Remove-CsRegistrarConfiguration deletes the Registrar settings of a site or service scope, "
                "so the Registrars there fall back to the next scope up. Run against the global settings "
                "it resets them to the Lync defaults instead.",
    examples=(("Remove-CsRegistrarConfiguration -Identity site:Beta", "Removes the settings of the site Beta."),
              ("Remove-CsRegistrarConfiguration -Identity global", "Resets the global settings to their defaults.")),
    output_type="None", should_process=True,
    command_class=f"{CONFIG_CMDLETS}.RemoveRegistrarConfigurationCmdlet",
    related=("Get-CsRegistrarConfiguration", "New-CsRegistrarConfiguration"))
class RemoveCsRegistrarConfiguration(ConfigCmdlet):
    def process(self) -> Iterator[Any]:
        shown = identity_text(self.params["Identity"])
        config = self.stored(shown)
        if config is None:
            self.fail(not_found_message(shown), "Identity", "ObjectNotFound")
            return iter(())
        if not self.should_process(display_identity(config.identity)):
            return iter(())
        topology = self.ctx.session.topology
        if config.scope == "global":
            topology.set_registrar_configuration(RegistrarConfiguration(identity=config.identity))
        else:
            topology.remove_registrar_configuration(config.identity)
        return iter(())


def _identity(obj: Any) -> str:
    return obj.get("Identity")
