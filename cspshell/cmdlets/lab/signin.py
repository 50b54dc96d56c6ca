"""Invoke-CsLabSignIn: a Lync 2010 client signs a user in, in the lab."""
from __future__ import annotations

from datetime import timedelta
from typing import Any, Iterator

from ...formatting.views import ListItem, ListView, register_view
from ...objects.psobject import PSObject
from ...routing import SignInResult, all_outcomes, sign_in
from ..registry import CSLAB, Parameter, cmdlet
from .common import LabCmdlet

SIGN_IN_TYPE = "CsLab.SignInResult"

# The default list leaves out Steps (Format-List * or -ShowTrace show the path taken).
register_view(SIGN_IN_TYPE, ListView(tuple(ListItem(name) for name in (
    "Identity", "Client", "Succeeded", "RegistrarFqdn", "Redirected", "PrimaryRegistrarFqdn",
    "BackupRegistrarFqdn", "ResiliencyMode", "ServiceMode", "UsedCache", "Duration", "Probability",
    "Failure")), name="CsLabSignInResult"))


@cmdlet("Invoke-CsLabSignIn", CSLAB, [
    Parameter("Identity", "UserIdParameter", position=0, mandatory=True, from_pipeline=True,
              from_pipeline_by_name=True,
              help="The user signing in: SIP address, UPN, DOMAIN\\user or display name."),
    Parameter("Client", "String", help="The client PC (default: the topology's first client)."),
    Parameter("Seed", "Int32", help="Seed of the random choices (SRV weights, DNS load "
                                    "balancing); the same seed gives the same sign-in."),
    Parameter("AllOutcomes", "SwitchParameter",
              help="Return every distinct outcome with its Probability; changes no cache."),
    Parameter("ShowTrace", "SwitchParameter",
              help="Also print the sign-in as the Lync 2010 client log (uccapilog) shows it."),
], synopsis="Simulates a Lync 2010 client signing a user in.",
    description="Follows the client through its EndpointConfiguration.cache, DNS discovery (or its "
                "manual configuration), REGISTER, 301 redirects and failover, in the lab's current "
                "state (stopped services, DNS changes, the lab clock). A successful sign-in writes the "
                "client's cache for the user, as Lync 2010 does, so the next sign-in goes straight to "
                "that registrar. Without -Seed each sign-in of the session draws the next seed.",
    examples=(
        ("Invoke-CsLabSignIn lcarter@beta.deitterick.com",
         "Signs Lisa Carter in from the first client: the Director redirects her to ee2."),
        ("Invoke-CsLabSignIn lcarter@beta.deitterick.com -AllOutcomes",
         "Lists every outcome and its probability, e.g. with DNS load balancing."),
        ("Invoke-CsLabSignIn acooper@beta.deitterick.com -ShowTrace",
         "Prints the client log of the sign-in: REGISTER, 301 Redirect, 200 OK."),
    ),
    output_type=SIGN_IN_TYPE,
    related=("Get-CsLabClient", "Clear-CsLabEndpointCache", "Get-CsUserPoolInfo"))
class InvokeCsLabSignIn(LabCmdlet):
    def process(self) -> Iterator[Any]:
        user = self.find_user(self.params["Identity"])
        client = self.find_client(self.param("Client"))
        seed = self.param("Seed")
        if seed is None:
            seed = self.lab.next_sign_in_seed()
        if self.switch("AllOutcomes"):
            results = all_outcomes(self.topology, self.lab, user, client, int(seed))
        else:
            results = [sign_in(self.topology, self.lab, user, client, int(seed))]
        for result in results:
            if self.switch("ShowTrace"):
                for line in result.trace().splitlines():
                    self.ctx.write_host(line)
            yield sign_in_object(result)


def sign_in_object(result: SignInResult) -> PSObject:
    """Return the PowerShell object of a sign-in result."""
    return PSObject([
        ("Identity", result.identity),
        ("Client", result.client),
        ("Succeeded", result.succeeded),
        ("RegistrarFqdn", result.registrar_fqdn),
        ("Redirected", result.redirected),
        ("PrimaryRegistrarFqdn", result.primary_registrar_fqdn),
        ("BackupRegistrarFqdn", result.backup_registrar_fqdn),
        ("ResiliencyMode", result.resiliency_mode),
        ("ServiceMode", result.service_mode.value),
        ("Configuration", result.configuration.value),
        ("UsedCache", result.used_cache),
        ("Duration", timedelta(milliseconds=result.duration_ms)),
        ("Probability", float(result.probability)),
        ("Failure", result.failure),
        ("Steps", [step.text for step in result.steps]),
    ], typenames=[SIGN_IN_TYPE, "System.Object"])
