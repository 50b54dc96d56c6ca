"""Get-CsUser, Set-CsUser, Enable-CsUser, Disable-CsUser and Move-CsUser over the topology's
user directory (lync-facts.md §1.2, §1.8, §1.9).

Get-CsUser streams: without -Identity it walks directory rows and emits lazy ADUser
records, so ``Get-CsUser | Measure-Object`` over a million users reads no user twice and
builds no property it does not show. ``-Filter`` with ``RegistrarPool -eq "<fqdn>"``
walks only that pool's users.
"""
from __future__ import annotations

import dataclasses
from itertools import islice
from typing import Any, Iterable, Iterator, Optional

from ...objects import convert as C
from ...topology.entities import Pool, User, with_sip_prefix
from ...topology.model import has_display_wildcard
from ..base import Cmdlet
from ..registry import DOTNET_TYPES, LYNC, Parameter, cmdlet
from .adusers import ADUSER, SIDE_ATTRIBUTES, UserView, user_view
from .common import (AD_CMDLETS, MANAGEMENT_EXCEPTION, enum_value, mandatory_parameter,
                     not_found_message, warn_unchanged)
from .filters import CompiledFilter, FilterError, compile_filter, compile_ldap
from .identity import UserSource, ad_only_user, user_sources

IDENTITY_HELP = ("The user: SIP address (sip: optional), user principal name, DOMAIN\\logon name, display "
                 "name (\"* Smith\" wildcards allowed) or distinguished name.")
DOMAIN_CONTROLLER = Parameter("DomainController", "Fqdn",
                              help="The domain controller to use. cspshell has one directory; accepted and ignored.")
PASS_THRU = Parameter("PassThru", "SwitchParameter", help="Emits the changed user object.")
MAX_RESULT_SIZE = 2147483647
ADDRESS_TYPE = "Microsoft.Rtc.Management.AD.Cmdlets.AddressType"
ADDRESS_TYPES = ("FirstLastName", "EmailAddress", "UserPrincipalName", "SAMAccountName", "None")
# LDAP attribute names (lower case) of the properties Get-CsUser -LdapFilter can test.
LDAP_ATTRIBUTES = {
    "msrtcsip-primaryuseraddress": "SipAddress", "displayname": "DisplayName", "cn": "Name",
    "name": "Name", "samaccountname": "SamAccountName", "userprincipalname": "UserPrincipalName",
    "msrtcsip-line": "LineURI", "msrtcsip-userenabled": "Enabled",
    "msrtcsip-primaryhomeserver": "HomeServer", "distinguishedname": "DistinguishedName",
    "msrtcsip-optionflags": None,
}


def registrar_target_problem(pool: Optional[Pool], shown: str) -> Optional[str]:
    """Return why users cannot be homed on the pool ``shown`` names (None: they can)."""
    if pool is None:
        return not_found_message(shown)
    if pool.is_director:
        return (f'The pool "{pool.fqdn}" is a Director. Users cannot be homed on a Director; choose a '
                "Front End pool, a Standard Edition server or a Survivable Branch Appliance.")
    if not pool.can_home_users:
        return f'The pool "{pool.fqdn}" does not run the Registrar service, so users cannot be homed on it.'
    return None


class UserCmdlet(Cmdlet):
    """Shared steps of the user cmdlets: the view, resolving Identity, reporting not-found."""

    def begin(self) -> None:
        self.view: UserView = user_view(self.ctx.session)

    def users(self) -> list[User]:
        """Return the users the bound Identity names (after a not-found error: none)."""
        shown, sources = user_sources(self.view, self.params.get("Identity"))
        if not sources:
            self.not_found(shown)
        return [self.view.user(source) for source in sources]

    def not_found(self, shown: str) -> None:
        self.error(not_found_message(shown), "Identity", "ObjectNotFound",
                   exception_type=MANAGEMENT_EXCEPTION, target_name="", target_type="")

    def fail(self, message: str, error_id: str, category: str = "InvalidOperation") -> None:
        self.error(message, error_id, category, exception_type=MANAGEMENT_EXCEPTION,
                   target_name="", target_type="")

    def passthru(self, user: User) -> Iterator[Any]:
        if self.switch("PassThru"):
            yield self.view.record(user)


@cmdlet("Get-CsUser", LYNC, [
    # The help's one syntax block takes Identity with either filter (the two filters exclude
    # each other), so Identity belongs to every set.
    Parameter("Identity", "UserIdParameter", position=1, from_pipeline=True, from_pipeline_by_name=True,
              sets=("Identity", "Filter", "LdapFilter"), help=IDENTITY_HELP),
    Parameter("Credential", "System.Management.Automation.PSCredential", help="Alternate credentials. Accepted and ignored."),
    DOMAIN_CONTROLLER,
    Parameter("Filter", "String", sets=("Filter",),
              help='A PowerShell-style filter on user properties, e.g. {RegistrarPool -eq '
                   '"ls14pool.beta.deitterick.com" -and EnterpriseVoiceEnabled -eq $true}.'),
    Parameter("LdapFilter", "String", sets=("LdapFilter",),
              help='An LDAP filter on Active Directory attributes, e.g. "(displayName=*Smith)".'),
    Parameter("OnLyncServer", "SwitchParameter", help="Returns only users homed on Lync Server 2010 pools."),
    Parameter("OnOfficeCommunicationServer", "SwitchParameter",
              help="Returns only users homed on Office Communications Server pools (none in cspshell)."),
    Parameter("OU", "Microsoft.Rtc.Management.AD.OUIdParameter", help="Returns only the users of this organizational unit (its DN)."),
    Parameter("ResultSize", "Unlimited", help="The most users to return (0-2147483647 or Unlimited)."),
    Parameter("UnAssignedUser", "SwitchParameter",
              help="Returns only users who have a SIP address but no Registrar pool."),
], synopsis="Returns information about the users in your organization who have been enabled for Lync "
            "Server.",
    description="Get-CsUser returns the Active Directory users that have a SIP address "
                "(msRTCSIP-PrimaryUserAddress), including users who have one but no Registrar pool. "
                "Identity picks users by SIP address, user principal name, DOMAIN\\logon name, display "
                "name (with * wildcards) or distinguished name; -Filter and -LdapFilter select by "
                "property; -UnAssignedUser finds users with no Registrar pool. Results stream: the first "
                "user shows before the directory has been read to the end.",
    examples=(
        ("Get-CsUser", "Returns every Lync user of the directory."),
        ("Get-CsUser -Identity lcarter@beta.deitterick.com", "Returns Lisa Carter."),
        ('Get-CsUser -Identity "* Smith"', "Returns David Smith and Grace Smith (display-name wildcard)."),
        ('Get-CsUser -Filter {RegistrarPool -eq "ls14pool.beta.deitterick.com"}',
         "Returns the users homed on the Enterprise Edition pool ls14pool."),
        ("Get-CsUser -UnAssignedUser", "Returns Helen Brown, who has a SIP address but no Registrar pool."),
        ('Get-CsUser -LdapFilter "(displayName=*Smith)" | Select-Object DisplayName, SipAddress',
         "Uses an LDAP filter and shows two properties of each user found."),
        ("Get-CsUser | Format-Table DisplayName, SipAddress, RegistrarPool -AutoSize",
         "Lists every user with the pool each one is homed on."),
    ),
    output_type=ADUSER, default_set="Identity", command_class=f"{AD_CMDLETS}.GetOcsUserCmdlet",
    related=("Set-CsUser", "Enable-CsUser", "Disable-CsUser", "Move-CsUser", "Get-CsUserPoolInfo"))
class GetCsUser(UserCmdlet):
    """Streams the users selected by Identity, the filters and the switches."""

    def begin(self) -> None:
        super().begin()
        self.limit = self.result_size()
        self.predicate, self.pool_hint = self.compiled_filters()

    def process(self) -> Iterator[Any]:
        # $null bound to Identity (e.g. piped) leaves it unset, as in the compiled cmdlet.
        if self.params.get("Identity") is not None:
            sources = self.identity_sources()
        else:
            sources = self.rows()
        if self.predicate is not None:
            sources = (user for user in map(self.view.user, sources) if self.predicate(user))
        yield from self.view.records(islice(sources, self.limit))

    def identity_sources(self) -> Iterator[UserSource]:
        shown, sources = user_sources(self.view, self.params.get("Identity"))
        if not sources and not has_display_wildcard(shown):
            self.not_found(shown)
        return iter(sources)

    def rows(self) -> Iterator[int]:
        """Yield the directory rows the switches allow, in directory order."""
        directory = self.view.topology.users
        if self.switch("OnOfficeCommunicationServer"):
            return iter(())
        rows: Iterable[int] = (directory.rows_in_pool(self.pool_hint) if self.pool_hint
                               else directory.rows())
        pool_of = directory.registrar_pool_of
        if self.switch("UnAssignedUser"):
            rows = (row for row in rows if pool_of(row) is None)
        if self.switch("OnLyncServer"):
            rows = (row for row in rows if pool_of(row) is not None)
        return iter(rows)

    def result_size(self) -> Optional[int]:
        value = self.params.get("ResultSize")
        if value is None or C.to_string(value).lower() == "unlimited":
            return None
        try:
            size = C.to_int(value)
        except C.PSConversionError:
            size = -1
        if not 0 <= size <= MAX_RESULT_SIZE:
            self.terminate(f'Cannot bind parameter \'ResultSize\'. Cannot convert value "{C.to_string(value)}" '
                           f'to type "{DOTNET_TYPES["Unlimited"]}". Error: "The value must be Unlimited or a number '
                           f'from 0 to {MAX_RESULT_SIZE}."',
                           "CannotConvertArgumentNoMessage", "InvalidArgument",
                           exception_type="ParameterBindingException")
        return size

    def compiled_filters(self) -> tuple[Optional[Any], Optional[str]]:
        """Return (a predicate over users or None, a RegistrarPool every match must have)."""
        view = self.view
        predicate = None
        hint = None
        try:
            if self.params.get("Filter") is not None:
                compiled: CompiledFilter = compile_filter(C.to_string(self.params["Filter"]), self.ctx,
                                                          lambda name: view.getter(name) is not None)
                required = compiled.required
                if required and required[0].lower() == "registrarpool":
                    hint = required[1]
                # The pool index answers an exact pool filter, unless users come from -Identity.
                if not (hint and compiled.exact) or self.params.get("Identity") is not None:
                    predicate = _over_users(view, compiled.predicate)
            elif self.params.get("LdapFilter") is not None:
                ldap = compile_ldap(C.to_string(self.params["LdapFilter"]),
                                    lambda name: LDAP_ATTRIBUTES.get(name.lower()))
                predicate = _over_users(view, ldap)
        except FilterError as exc:
            which = "Filter" if self.bound("Filter") else "LdapFilter"
            self.terminate(f'The {which} "{C.to_string(self.params[which])}" is not valid: {exc}.',
                           "InvalidFilter", "InvalidArgument", self.params[which],
                           exception_type=MANAGEMENT_EXCEPTION)
        return self._with_ou(predicate), hint

    def _with_ou(self, predicate: Optional[Any]) -> Optional[Any]:
        ou = self.params.get("OU")
        if ou is None:
            return predicate
        suffix = "," + C.to_string(ou).strip().lower()
        in_ou = lambda user: user.distinguished_name.lower().endswith(suffix)
        if predicate is None:
            return in_ou
        return lambda user: in_ou(user) and predicate(user)


def _over_users(view: UserView, predicate: Any) -> Any:
    """Turn a predicate over a property reader into a predicate over users."""
    def test(user: User) -> bool:
        return predicate(lambda name: view.getter(name)(user))
    return test


@cmdlet("Set-CsUser", LYNC, [
    mandatory_parameter("Identity", "UserIdParameter", position=1, from_pipeline=True,
                        from_pipeline_by_name=True, help=IDENTITY_HELP),
    DOMAIN_CONTROLLER, PASS_THRU,
    Parameter("AudioVideoDisabled", "Boolean", help="$True stops the user from making audio and video calls."),
    Parameter("RemoteCallControlTelephonyEnabled", "Boolean",
              help="$True lets the user control a desk phone through Lync (remote call control)."),
    Parameter("PrivateLine", "String", help="A second, private phone number (tel: URI)."),
    Parameter("AcpInfo", "String", help="Audio conferencing provider data. Accepted and ignored."),
    Parameter("HostedVoiceMail", "Boolean", help="$True sends the user's voice mail to hosted Exchange UM."),
    Parameter("EnterpriseVoiceEnabled", "Boolean", help="$True enables Enterprise Voice for the user."),
    Parameter("LineURI", "String", help="The user's phone number as a tel: URI, e.g. tel:+13125550102."),
    Parameter("LineServerURI", "String", help="The SIP URI of the PBX line for remote call control."),
    Parameter("SipAddress", "String", help="A new SIP address; it must start with sip:."),
    Parameter("Enabled", "Boolean", aliases=("CsEnabled",),
              help="$False disables the user's Lync account without removing its settings."),
], synopsis="Modifies Lync Server properties of an existing user account.",
    description="Set-CsUser changes the Lync properties of users already enabled for Lync Server: "
                "Enterprise Voice, the line URI, the SIP address, whether the account is enabled. It does "
                "not change the Registrar pool (use Move-CsUser). When nothing would change, a warning "
                "says so.",
    examples=(
        ("Set-CsUser -Identity lcarter@beta.deitterick.com -EnterpriseVoiceEnabled $False",
         "Turns off Enterprise Voice for Lisa Carter."),
        ('Set-CsUser "Bob Miller" -LineURI "tel:+13125550103" -EnterpriseVoiceEnabled $True',
         "Gives Bob Miller a phone number and enables Enterprise Voice."),
        ('Get-CsUser -Filter {RegistrarPool -eq "beta-ls14-se2.beta.deitterick.com"} | Set-CsUser -Enabled $False',
         "Disables the Lync accounts of every user homed on beta-ls14-se2."),
    ),
    output_type="None (ADUser with -PassThru)", should_process=True,
    command_class=f"{AD_CMDLETS}.SetOcsUserCmdlet",
    related=("Get-CsUser", "Enable-CsUser", "Move-CsUser"))
class SetCsUser(UserCmdlet):
    """Applies the bound changes to each user."""

    FIELDS = {"EnterpriseVoiceEnabled": "enterprise_voice_enabled", "LineURI": "line_uri",
              "SipAddress": "sip_address", "Enabled": "enabled"}

    def process(self) -> Iterator[Any]:
        for user in self.users():
            yield from self.change(user)

    def change(self, user: User) -> Iterator[Any]:
        if not self.valid():
            return
        fields = {attr: self.params[name] for name, attr in self.FIELDS.items() if name in self.params}
        side = {name: self.params[name] for name in SIDE_ATTRIBUTES if name in self.params}
        updated = dataclasses.replace(user, **fields)
        current = self.view.state.attributes.get(user.row, {})
        side_changed = any(current.get(n, SIDE_ATTRIBUTES[n]) != v for n, v in side.items())
        if updated == user and not side_changed:
            warn_unchanged(self, user.distinguished_name)
            yield from self.passthru(user)
            return
        if not self.should_process(user.distinguished_name):
            return
        try:
            stored = self.view.topology.update_user(updated) if updated != user else user
        except ValueError:
            self.fail(f'The SIP address "{updated.sip_address}" is already assigned to another user.',
                      "SipAddressInUse", "ResourceExists")
            return
        if side_changed:
            self.view.state.attributes[user.row] = {**current, **side}
        yield from self.passthru(stored)

    def valid(self) -> bool:
        sip = self.params.get("SipAddress")
        if sip is not None and not C.to_string(sip).lower().startswith("sip:"):
            self.fail(f'The SIP address "{sip}" is not valid: a SIP address must start with "sip:".',
                      "InvalidSipAddress", "InvalidArgument")
            return False
        for name in ("LineURI", "PrivateLine"):
            uri = self.params.get(name)
            if uri and not C.to_string(uri).lower().startswith("tel:"):
                self.fail(f'The {name} "{uri}" is not valid: a line URI must start with "tel:".',
                          "InvalidLineUri", "InvalidArgument")
                return False
        return True


@cmdlet("Enable-CsUser", LYNC, [
    mandatory_parameter("Identity", "UserIdParameter", position=1, from_pipeline=True,
                        from_pipeline_by_name=True, help=IDENTITY_HELP),
    Parameter("RegistrarPool", "Fqdn", help="The Registrar pool to home the user on (not a Director)."),
    Parameter("SipAddressType", ADDRESS_TYPE,
              help="How to build the SIP address: FirstLastName, EmailAddress, UserPrincipalName or "
                   "SAMAccountName."),
    Parameter("SipDomain", "Fqdn", help="The SIP domain for FirstLastName and SAMAccountName addresses."),
    Parameter("SipAddress", "String", help="The SIP address to give the user, e.g. sip:kenmyer@litwareinc.com."),
    Parameter("HostingProviderProxyFqdn", "Fqdn", aliases=("HostingProvider",),
              help="The hosting provider of a user homed outside the organization (not emulated)."),
    DOMAIN_CONTROLLER, PASS_THRU,
], synopsis="Enables one or more users for Lync Server: gives them a SIP address and a Registrar pool.",
    description="Enable-CsUser homes an Active Directory user on a Registrar pool and gives the user a SIP "
                "address, either the one passed with -SipAddress or one built by -SipAddressType. Users "
                "cannot be homed on a Director.",
    examples=(
        ('Enable-CsUser -Identity "Helen Brown" -RegistrarPool ls14pool.beta.deitterick.com',
         "Homes Helen Brown, who already has a SIP address, on ls14pool."),
        ("Disable-CsUser bmiller@beta.deitterick.com; Enable-CsUser bmiller@beta.deitterick.com "
         "-RegistrarPool beta-ls14-se1.beta.deitterick.com -SipAddressType SAMAccountName -SipDomain "
         "beta.deitterick.com",
         "Takes Bob Miller out of Lync, then enables him again with the SIP address sip:bmiller@beta.deitterick.com."),
    ),
    output_type="None (ADUser with -PassThru)", should_process=True,
    command_class=f"{AD_CMDLETS}.EnableOcsUserCmdlet",
    related=("Disable-CsUser", "Get-CsUser", "Move-CsUser"))
class EnableCsUser(UserCmdlet):
    """Enables each named account (a Lync user without pool, or an account Disable-CsUser left)."""

    def process(self) -> Iterator[Any]:
        value = self.params.get("Identity")
        shown, sources = user_sources(self.view, value)
        users = [self.view.user(s) for s in sources]
        if not users:
            account = ad_only_user(self.view, shown)
            if account is None:
                self.not_found(shown)
                return
            users = [account]
        for user in users:
            yield from self.enable(user)

    def enable(self, user: User) -> Iterator[Any]:
        pool = self.target_pool()
        if pool is None:
            return
        if user.row >= 0 and user.registrar_pool and user.enabled:
            self.fail(f'The user "{user.distinguished_name}" is already enabled for Lync Server. Use '
                      "Move-CsUser to change the user's Registrar pool.", "UserAlreadyEnabled")
            return
        sip = self.sip_address(user)
        if sip is None or not self.should_process(user.distinguished_name):
            return
        enabled = dataclasses.replace(user, sip_address=sip, registrar_pool=pool.fqdn, enabled=True)
        try:
            stored = (self.view.topology.update_user(enabled) if user.row >= 0
                      else self.view.topology.add_user(enabled))
        except ValueError:
            self.fail(f'The SIP address "{sip}" is already assigned to another user.', "SipAddressInUse",
                      "ResourceExists")
            return
        self.view.state.ad_only.pop(user.upn.lower(), None)
        yield from self.passthru(stored)

    def target_pool(self) -> Optional[Pool]:
        shown = self.params.get("RegistrarPool")
        if shown is None:
            self.fail("Specify the Registrar pool to home the user on with -RegistrarPool (or a hosting "
                      "provider with -HostingProviderProxyFqdn).", "RegistrarPoolRequired", "InvalidArgument")
            return None
        pool = self.view.topology.pool(C.to_string(shown))
        problem = registrar_target_problem(pool, C.to_string(shown))
        if problem:
            self.fail(problem, "InvalidRegistrarPool", "InvalidArgument")
            return None
        return pool

    def sip_address(self, user: User) -> Optional[str]:
        """Return the SIP address to give the user (None, after an error, when none can be made)."""
        given = self.params.get("SipAddress")
        if given is not None:
            if not C.to_string(given).lower().startswith("sip:"):
                self.fail(f'The SIP address "{given}" is not valid: a SIP address must start with "sip:".',
                          "InvalidSipAddress", "InvalidArgument")
                return None
            return C.to_string(given)
        kind = (enum_value(self, "SipAddressType", ADDRESS_TYPE, ADDRESS_TYPES) or "").lower()
        if not kind or kind == "none":
            if user.sip_address:
                return user.sip_address
            self.fail("Specify the user's SIP address with -SipAddress or -SipAddressType.",
                      "SipAddressRequired", "InvalidArgument")
            return None
        if kind in ("emailaddress", "userprincipalname"):
            return with_sip_prefix(user.upn)
        return self.sip_in_domain(user, kind)

    def sip_in_domain(self, user: User, kind: str) -> Optional[str]:
        domain = self.params.get("SipDomain")
        if domain is None:
            self.fail("-SipDomain is required with -SipAddressType FirstLastName or SAMAccountName.",
                      "SipDomainRequired", "InvalidArgument")
            return None
        domain = C.to_string(domain)
        if not self.view.topology.is_sip_domain(domain):
            self.fail(f'"{domain}" is not a SIP domain of the organization.', "InvalidSipDomain",
                      "InvalidArgument")
            return None
        if kind == "samaccountname":
            return f"sip:{user.sam_account_name}@{domain}"
        words = user.display_name.split()
        local = ".".join((words[0], words[-1])) if len(words) > 1 else user.display_name
        return f"sip:{local}@{domain}"


@cmdlet("Disable-CsUser", LYNC, [
    mandatory_parameter("Identity", "UserIdParameter", position=1, from_pipeline=True,
                        from_pipeline_by_name=True, help=IDENTITY_HELP),
    DOMAIN_CONTROLLER, PASS_THRU,
], synopsis="Removes all the Lync Server attributes of a user, including the SIP address.",
    description="Disable-CsUser takes users out of Lync Server: their SIP address, Registrar pool, line URI "
                "and policies are cleared, so Get-CsUser no longer returns them. The Active Directory "
                "account stays, and Enable-CsUser can enable it again (with a new SIP address). To stop a "
                "user signing in but keep the settings, use Set-CsUser -Enabled $False instead.",
    examples=(
        ("Disable-CsUser -Identity bmiller@beta.deitterick.com", "Takes Bob Miller out of Lync Server."),
    ),
    output_type="None (ADUser with -PassThru)", should_process=True,
    command_class=f"{AD_CMDLETS}.DisableOcsUserCmdlet",
    related=("Enable-CsUser", "Set-CsUser", "Get-CsUser"))
class DisableCsUser(UserCmdlet):
    """Moves each user out of the Lync directory into the Active Directory side table."""

    def process(self) -> Iterator[Any]:
        for user in self.users():
            if not self.should_process(user.distinguished_name):
                continue
            account = dataclasses.replace(user, sip_address="", registrar_pool=None, enabled=False,
                                          line_uri="", enterprise_voice_enabled=False, policies={}, row=-1)
            self.view.topology.remove_user(user)
            self.view.state.attributes.pop(user.row, None)
            self.view.state.ad_only[user.upn.lower()] = account
            yield from self.passthru(account)


@cmdlet("Move-CsUser", LYNC, [
    mandatory_parameter("Identity", "UserIdParameter", position=1, from_pipeline=True,
                        from_pipeline_by_name=True, help=IDENTITY_HELP),
    mandatory_parameter("Target", "Fqdn", position=2,
                        help="The FQDN of the Registrar pool to move the user to (not a Director)."),
    DOMAIN_CONTROLLER,
    Parameter("Force", "SwitchParameter",
              help="Moves the account without the user's contacts and meetings (they are lost)."),
    PASS_THRU,
    Parameter("ProxyPool", "Fqdn", help="The pool that proxies the move (legacy pools). Accepted and ignored."),
], synopsis="Moves a user account to a new Registrar pool.",
    description="Move-CsUser rehomes users on another Registrar pool. It asks for confirmation unless you "
                "add -Confirm:$False. Users cannot be moved to a Director: a Director authenticates and "
                "redirects users but never homes them. After the move, the users' preferred Front End "
                "order (Get-CsUserPoolInfo) is that of the new pool.",
    examples=(
        ("Move-CsUser -Identity lcarter@beta.deitterick.com -Target beta-ls14-se1.beta.deitterick.com "
         "-Confirm:$False", "Moves Lisa Carter to the Standard Edition server beta-ls14-se1."),
        ("Get-CsUser -Filter {RegistrarPool -eq \"beta-ls14-se2.beta.deitterick.com\"} | Move-CsUser -Target "
         "ls14pool.beta.deitterick.com -Confirm:$False", "Moves every user of beta-ls14-se2 to ls14pool."),
        ("Move-CsUser lcarter@beta.deitterick.com beta-ls14-dir.beta.deitterick.com -WhatIf",
         "Shows what would happen; the Director is refused as a target."),
    ),
    output_type="None (ADUser with -PassThru)", should_process=True,
    # The one Lync cmdlet here that asks without -Confirm (its help: bypass with -Confirm:$False).
    confirm_impact="High", command_class=f"{AD_CMDLETS}.MoveOcsUserCmdlet",
    related=("Get-CsUser", "Get-CsUserPoolInfo", "Enable-CsUser"))
class MoveCsUser(UserCmdlet):
    """Rehomes each named user on the target pool."""

    def process(self) -> Iterator[Any]:
        shown = C.to_string(self.params.get("Target"))
        pool = self.view.topology.pool(shown)
        problem = registrar_target_problem(pool, shown)
        if problem:
            self.fail(problem, "InvalidTargetPool", "InvalidArgument")
            return
        for user in self.users():
            yield from self.move(user, pool)

    def move(self, user: User, pool: Pool) -> Iterator[Any]:
        if not user.registrar_pool:
            self.fail(f'The user "{user.distinguished_name}" has no Registrar pool to move from. Use '
                      "Enable-CsUser to home the user on a pool.", "UserNotHomed")
            return
        if user.registrar_pool.lower() == pool.fqdn.lower():
            self.fail(f'The user "{user.distinguished_name}" is already homed on "{pool.fqdn}".',
                      "AlreadyOnTargetPool")
            return
        if not self.should_process(user.distinguished_name):
            return
        moved = self.view.topology.move_user(user.sip_address, pool.fqdn)
        yield from self.passthru(moved)
