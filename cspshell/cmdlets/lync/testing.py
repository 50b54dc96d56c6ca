"""Test-CsRegistration: the registration synthetic transaction (lync-facts.md §1.12).

The test user registers on the target pool; the routing core answers each REGISTER
(``routing.registrar.answer_register``): 200 OK from the user's serving registrar, a 301
naming the primary (q=0.7) and backup (q=0.3) registrars from any other, 404 for a user
the Registrar does not know. Like the real transaction, it follows redirects. The
outcome is the documented TaskOutput object:

    TargetFqdn : atl-cs-001.litwareinc.com
    Result     : Success
    Latency    : 00:00:06.8630376
    Error      :
    Diagnosis  :

and ``-Verbose`` prints the workflow log whose first lines the Lync documentation shows.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from ...objects import convert as C
from ...objects.psobject import PSObject
from ...routing.registrar import AnswerKind, answer_register
from ...routing.signin import CONNECT_MS, REGISTER_MS
from ...topology.entities import DEFAULT_SIP_PORT, Machine, with_sip_prefix
from ..base import Cmdlet
from ..registry import LYNC, Parameter, cmdlet
from .common import SYNTHETIC_CMDLETS, TASK_OUTPUT, mandatory_parameter
from .state import lync_state

MAX_REGISTERS = 4
WORKFLOW = "Microsoft.Rtc.SyntheticTransactions.Workflow.STRegistrerWorkflow"
NOT_FOUND_ERROR = "404, Not Found"
REFUSED_ERROR = "10061, No connection could be made because the target machine actively refused it"
TIMEOUT_ERROR = ("10060, A connection attempt failed because the connected party did not properly respond "
                 "after a period of time, or established connection failed because connected host has "
                 "failed to respond")
UNKNOWN_HOST_ERROR = "11001, No such host is known"


@dataclass
class Outcome:
    """What the transaction found: success, the error and diagnosis, the time spent, the log."""

    success: bool = False
    error: Optional[str] = None
    diagnosis: Optional[str] = None
    elapsed_ms: int = 0
    log: list[str] = field(default_factory=list)


class Registration:
    """One run of the registration workflow against the session's topology and lab."""

    def __init__(self, session: Any, target: str, sip: str, port: int, auth: str):
        self.topology, self.lab = session.topology, session.lab
        self.state = lync_state(session)
        self.target, self.sip, self.port, self.auth = target, sip, port, auth
        self.outcome = Outcome()

    def run(self) -> Outcome:
        """Register on the target, following redirects; return the outcome."""
        user = self.topology.user_by_sip(self.sip)
        hosts = [self.target]
        tried: set[str] = set()
        while hosts and len(tried) < MAX_REGISTERS:
            host = hosts.pop(0)
            if not host or host.lower() in tried:
                continue
            tried.add(host.lower())
            server = self.connect(host)
            if server is None:
                continue
            self.outcome.error = self.outcome.diagnosis = None
            answer = answer_register(self.topology, self.lab, user, server)
            self.outcome.elapsed_ms += REGISTER_MS
            if answer.kind is AnswerKind.OK:
                self.outcome.success = True
                self.outcome.log.append(f"Registration succeeded on {server.fqdn}.")
                break
            if answer.kind is AnswerKind.NOT_FOUND:
                self.not_found(server)
                break
            self.outcome.log.append(f"301 Redirect request to Home Server from {server.fqdn}: primary "
                                    f"registrar {answer.primary}, backup registrar {answer.backup or '(none)'}.")
            hosts = [answer.primary, answer.backup]
        return self.outcome

    def log_request(self, host: str) -> None:
        self.outcome.log += ["'Register' activity started.", "Sending Registration request:",
                             f" Target Fqdn = {host}", f" User Sip Address = {self.sip}",
                             f" Registrar Port = {self.port}.", f"Auth Type '{self.auth}' is selected."]

    def connect(self, host: str) -> Optional[Machine]:
        """Return the first machine of ``host`` (a pool or a computer) that accepts the connection."""
        self.log_request(host)
        pool = self.topology.pool(host)
        machine = self.topology.machine(host)
        machines = list(pool.machines) if pool is not None else [machine] if machine is not None else []
        if not machines:
            self.outcome.error = UNKNOWN_HOST_ERROR
            return None
        for candidate in machines:
            self.outcome.elapsed_ms += CONNECT_MS
            if not self.lab.machine_on(candidate.fqdn):
                self.outcome.error = TIMEOUT_ERROR
            elif not self.lab.registrar_up(candidate.fqdn) or self.port != self.sip_port(candidate):
                self.outcome.error = REFUSED_ERROR
            else:
                return candidate
        return None

    def sip_port(self, machine: Machine) -> int:
        pool = self.topology.pool_of(machine)
        override = self.state.service_overrides.get(f"registrar:{pool.fqdn.lower()}", {})
        return C.to_int(override.get("SipPort", pool.sip_port))

    def not_found(self, server: Machine) -> None:
        self.outcome.error = NOT_FOUND_ERROR
        self.outcome.diagnosis = (f"ErrorCode=1003,source={server.fqdn},Reason=User does not exist\n"
                                  "Microsoft.Rtc.Signaling.DiagnosticHeader")


@cmdlet("Test-CsRegistration", LYNC, [
    mandatory_parameter("TargetFqdn", "String", position=1, aliases=("t",),
                        help="The FQDN of the pool (or computer) to test."),
    Parameter("UserSipAddress", "String", aliases=("ua",),
              help="The SIP address of the user to register, e.g. sip:lcarter@beta.deitterick.com."),
    Parameter("UserCredential", "System.Management.Automation.PSCredential", aliases=("uc",),
              help="The user's credentials (the test then authenticates as the user)."),
    Parameter("RegistrarPort", "Int32", aliases=("rp",), help="The Registrar's SIP port (default 5061)."),
    Parameter("Force", "SwitchParameter", help="Suppresses non-fatal error messages."),
    Parameter("OutVerboseVariable", "String", aliases=("ovv",),
              help="A variable that receives the verbose log of the test."),
], synopsis="Tests the ability of a user to log on to Lync Server.",
    description="Test-CsRegistration is a synthetic transaction: it registers a user on a pool and reports "
                "Success or Failure with the time taken. A Registrar that is not the user's redirects the "
                "test to the user's registrar, as it would a client. With -Verbose it shows each step. The "
                "answer reflects the lab: a stopped Front-End service refuses the connection, a pool that "
                "failed over registers the user on its backup Registrar.",
    examples=(
        ("Test-CsRegistration -TargetFqdn ls14pool.beta.deitterick.com -UserSipAddress "
         "sip:lcarter@beta.deitterick.com", "Tests that Lisa Carter can register on ls14pool."),
        ("Test-CsRegistration -TargetFqdn beta-ls14-dir.beta.deitterick.com -UserSipAddress "
         "sip:acooper@beta.deitterick.com -Verbose",
         "Registers Alice Cooper through the Director, which redirects the test to beta-ls14-se1."),
        ("Test-CsRegistration -TargetFqdn ls14pool.beta.deitterick.com -UserSipAddress "
         "sip:nobody@beta.deitterick.com", "Fails with 404, Not Found: the user does not exist."),
    ),
    output_type=TASK_OUTPUT, command_class=f"{SYNTHETIC_CMDLETS}.TestRegistrationCmdlet",
    related=("Get-CsUserPoolInfo", "Get-CsWindowsService"))
class TestCsRegistration(Cmdlet):
    def process(self) -> Iterator[Any]:
        target = C.to_string(self.params["TargetFqdn"])
        sip = self.params.get("UserSipAddress")
        if sip is None:
            self.terminate(f'No test users are configured for the pool "{target}". Configure them with '
                           "New-CsHealthMonitoringConfiguration, or give the user with -UserSipAddress.",
                           "TestUsersNotFound", "InvalidOperation", target,
                           exception_type="InvalidOperationException")
        port = C.to_int(self.params.get("RegistrarPort", DEFAULT_SIP_PORT))
        auth = "Negotiate" if self.params.get("UserCredential") is not None else "Trusted"
        outcome = Registration(self.ctx.session, target, with_sip_prefix(C.to_string(sip)), port, auth).run()
        self.report(outcome)
        yield PSObject([
            ("TargetFqdn", target),
            ("Result", "Success" if outcome.success else "Failure"),
            ("Latency", _dt.timedelta(milliseconds=outcome.elapsed_ms) if outcome.success else _dt.timedelta(0)),
            ("Error", outcome.error),
            ("Diagnosis", outcome.diagnosis),
        ], typenames=[TASK_OUTPUT, "System.Object"])

    def report(self, outcome: Outcome) -> None:
        """Write the workflow log as one verbose record (and to -OutVerboseVariable)."""
        lines = list(outcome.log)
        if not outcome.success:
            lines += [f"An exception 'The endpoint was unable to register. See the ErrorCode for specific "
                      f"reason.' occurred during Workflow {WORKFLOW} execution.",
                      "Exception Call Stack: at Microsoft.Rtc.Signaling.SipAsyncResult`1.ThrowIfFailed()"]
        text = "\n".join(lines)
        self.verbose(text)
        variable = self.params.get("OutVerboseVariable")
        if variable:
            self.ctx.set_var(C.to_string(variable), text)
