"""A Lync 2010 client signing in: cache, discovery, REGISTER, redirects, failover.

The client (seed; lync-facts.md §4.1-4.4):

1. tries the registrar in its EndpointConfiguration.cache for this user, if any;
2. if that one does not answer, discovers a server: automatic configuration asks DNS
   (dns.py: the SRV names, else the A names); manual configuration uses only its
   configured internal, then external, server and never falls back to DNS discovery;
3. resolves each host to all its addresses (several: DNS load balancing, the order
   rotated by the DNS server) and tries them in turn: a powered-off or cut-off machine
   times out (21 s: Windows' three SYNs), a machine whose Front-End service is stopped
   refuses at once (1 s of retries);
4. sends REGISTER; on ``301`` it learns its primary (q=0.7) and backup (q=0.3)
   registrars and tries the primary, then the backup;
5. on ``200 OK`` writes the registrar into the cache. The backup is never cached: the
   client knows it only if a 301 told it during this sign-in.

Random choices (SRV weights, DNS rotation) go through a chooser: a seeded one for a
single sign-in, or an explorer that walks every branch to list each distinct outcome
with its exact probability. Nothing here changes the lab except ``sign_in`` writing the
cache after a success.
"""
from __future__ import annotations

import random
from base64 import urlsafe_b64encode
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from fractions import Fraction
from hashlib import blake2b
from typing import Iterator, Optional, Protocol, Sequence

from ..topology.entities import Client, ClientConfiguration, DnsRecord, Machine, User, normalise_sip
from ..topology.model import Topology
from . import dns, sip, trace
from .clients import client_view
from .labstate import LabState
from .registrar import AnswerKind, RegisterAnswer, answer_register, user_pool_info
from .resiliency import Phase, ServiceMode, pool_status

DNS_MS = 16
CONNECT_MS = 31
REGISTER_MS = 78            # REGISTER sent to answer received, as in the seed's trace
CONNECT_TIMEOUT_MS = 21_000
CONNECT_REFUSED_MS = 1_000
MAX_REGISTERS = 12          # a client gives up rather than bounce between redirects


class StepKind(str, Enum):
    """What happened at one step of a sign-in."""

    CACHE = "Cache"
    DNS_QUERY = "DnsQuery"
    DNS_ANSWER = "DnsAnswer"
    CONNECT = "Connect"
    CONNECT_FAILED = "ConnectFailed"
    REQUEST = "Request"
    RESPONSE = "Response"
    NOTE = "Note"


@dataclass(frozen=True)
class Step:
    """One step: when (ms after the start), what, and for SIP steps the message."""

    at: int
    kind: StepKind
    text: str
    remote: str = ""
    local: str = ""
    message: Optional[sip.SipMessage] = None
    level: str = "INFO"

    def __str__(self) -> str:
        return self.text


@dataclass
class SignInResult:
    """The outcome of one sign-in (or, when enumerating, of one class of sign-ins).

    ``registrar_fqdn`` is the machine the client registered on (empty on failure);
    ``primary_registrar_fqdn`` / ``backup_registrar_fqdn`` are what the client now
    knows; ``probability`` is 1 for a single seeded sign-in.
    """

    identity: str
    client: str
    succeeded: bool
    registrar_fqdn: str
    redirected: bool
    primary_registrar_fqdn: str
    backup_registrar_fqdn: str
    service_mode: ServiceMode
    configuration: ClientConfiguration
    used_cache: bool
    duration_ms: int
    steps: tuple[Step, ...]
    failure: str
    started: datetime
    process: trace.LogProcess
    probability: Fraction = Fraction(1)

    @property
    def resiliency_mode(self) -> bool:
        """True when the user has limited service (backup registrar or branch survival)."""
        return self.succeeded and self.service_mode is not ServiceMode.NORMAL

    def outcome(self) -> tuple:
        """Return what makes two sign-ins the same outcome (the path may differ)."""
        return (self.succeeded, self.registrar_fqdn, self.redirected,
                self.primary_registrar_fqdn, self.backup_registrar_fqdn, self.service_mode)

    def trace(self) -> str:
        """Return the sign-in as the Lync 2010 client log shows it."""
        return trace.render(_log_entries(self))


class Chooser(Protocol):
    """Picks one of several options, given each option's chance."""

    def choose(self, chances: Sequence[Fraction]) -> int:
        """Return the index of the chosen option."""


class SeededChooser:
    """Draws with a seeded generator: the same seed gives the same sign-in."""

    def __init__(self, seed: int):
        self._random = random.Random(seed)

    def choose(self, chances: Sequence[Fraction]) -> int:
        """Return an index drawn with the given chances."""
        point, total = self._random.random(), Fraction(0)
        for index, chance in enumerate(chances):
            total += chance
            if chance and point < total:
                return index
        return max(i for i, chance in enumerate(chances) if chance)


@dataclass
class _Explorer:
    """Replays a fixed prefix of choices, then takes the first option each time,
    recording every choice so the caller can branch on it."""

    prefix: list[int]
    made: list[tuple[int, tuple[Fraction, ...]]] = field(default_factory=list)

    def choose(self, chances: Sequence[Fraction]) -> int:
        """Return the prescribed index, or the first possible one past the prefix."""
        depth = len(self.made)
        index = self.prefix[depth] if depth < len(self.prefix) else \
            next(i for i, chance in enumerate(chances) if chance)
        self.made.append((index, tuple(chances)))
        return index

    @property
    def probability(self) -> Fraction:
        """Return the chance of the path taken."""
        chance = Fraction(1)
        for index, chances in self.made:
            chance *= chances[index]
        return chance


def sign_in(topology: Topology, lab: LabState, user: User, client: Client,
            seed: int = 0) -> SignInResult:
    """Sign ``user`` in from ``client`` once; on success write the client's cache."""
    result = _SignIn(topology, lab, user, client, SeededChooser(seed), seed).run()
    if result.succeeded:
        lab.cache_registrar(client.name, user.sip_address, result.registrar_fqdn)
    return result


def all_outcomes(topology: Topology, lab: LabState, user: User, client: Client,
                 seed: int = 0) -> list[SignInResult]:
    """Return every distinct outcome of a sign-in with its probability, most likely
    first (each with the most likely path leading to it). Changes nothing."""
    outcomes: dict[tuple, SignInResult] = {}
    pending: list[list[int]] = [[]]
    while pending:
        explorer = _Explorer(pending.pop())
        result = _SignIn(topology, lab, user, client, explorer, seed).run()
        result.probability = explorer.probability
        _merge(outcomes, result)
        pending.extend(_branches(explorer))
    return sorted(outcomes.values(), key=lambda r: -r.probability)


def _branches(explorer: _Explorer) -> Iterator[list[int]]:
    taken = [index for index, _ in explorer.made]
    for depth in range(len(explorer.prefix), len(explorer.made)):
        index, chances = explorer.made[depth]
        for other in range(len(chances) - 1, index, -1):
            if chances[other]:
                yield taken[:depth] + [other]


def _merge(outcomes: dict[tuple, SignInResult], result: SignInResult) -> None:
    key = result.outcome()
    known = outcomes.get(key)
    if known is None:
        outcomes[key] = result
        return
    total = known.probability + result.probability
    kept = result if result.probability > known.probability else known
    kept.probability = total
    outcomes[key] = kept


class _Ids:
    """The identifiers a sign-in puts in its messages, derived from the seed and the
    situation so that the same sign-in always prints the same trace."""

    def __init__(self, seed: int, client: Client, sip_address: str, clock: int):
        self._base = f"{seed}|{client.name.lower()}|{normalise_sip(sip_address)}|{clock}"
        self._endpoint = f"{client.name.lower()}|{normalise_sip(sip_address)}"
        self._count = 0
        self.epid = self._hex(self._endpoint, "epid", 10)
        uuid = self._hex(self._endpoint, "instance", 32).upper()
        self.instance = f"{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-{uuid[16:20]}-{uuid[20:]}"
        self.process = trace.LogProcess(0x200 + self.number("pid", 0xC00),
                                        0x100 + self.number("tid", 0xF00))
        self._port = 50000 + self.number("port", 9000)

    def next_port(self) -> int:
        """Return the local port of the next connection (ports rise, as in the seed)."""
        self._port += 1 + self.number("step", 120)
        return self._port

    def fresh(self, label: str, length: int) -> str:
        """Return a new lower-case hex string for this sign-in."""
        self._count += 1
        return self._hex(self._base, f"{label}{self._count}", length)

    def gruu_opaque(self) -> str:
        """Return the opaque part of a GRUU: 24 URL-safe base64 characters, like Lync's."""
        return urlsafe_b64encode(bytes.fromhex(self.fresh("gruu", 32)) + bytes(2)).decode("ascii")

    def number(self, label: str, below: int) -> int:
        """Return a number in 0..below-1 for this sign-in."""
        self._count += 1
        return int(self._hex(self._base, f"{label}{self._count}", 8), 16) % below

    @staticmethod
    def _hex(base: str, label: str, length: int) -> str:
        return blake2b(f"{base}|{label}".encode("utf-8")).hexdigest()[:length]


class _SignIn:
    """One walk through the sign-in, recording steps; ``run`` returns the result."""

    def __init__(self, topology: Topology, lab: LabState, user: User, client: Client,
                 chooser: Chooser, seed: int):
        self.topology, self.lab, self.user, self.client = topology, lab, user, client
        self.chooser = chooser
        view = client_view(topology, lab, client)
        self.configuration, self.site = view.configuration, view.site
        self.internal, self.external = view.internal_server, view.external_server
        self.domain = user.sip_address.partition("@")[2]
        self.ids = _Ids(seed, client, user.sip_address, lab.clock)
        self.elapsed = 0
        self.steps: list[Step] = []
        self.registers = 0
        self.tried: set[str] = set()
        self.redirected = False
        self.primary = self.backup = ""
        self.failure = ""
        self.used_cache = False

    # -- the walk -------------------------------------------------------------------------
    def run(self) -> SignInResult:
        answer = self._from_cache()
        if answer is None:
            answer = self._discover()
        while answer is not None and answer.kind is AnswerKind.REDIRECT:
            answer = self._follow(answer)
        return self._result(answer)

    def _from_cache(self) -> Optional[RegisterAnswer]:
        cached = self.lab.cached_registrar(self.client.name, self.user.sip_address)
        if cached is None:
            self._step(StepKind.CACHE, "EndpointConfiguration.cache has no registrar for "
                                       f"{self._sip()}")
            return None
        self.used_cache = True
        self._step(StepKind.CACHE, f"EndpointConfiguration.cache: last registrar {cached}")
        answer = self._try_host(dns.Target(cached))
        if answer is None:
            how = "manual configuration" if self._manual() else "automatic configuration"
            self._step(StepKind.NOTE, f"The cached registrar {cached} did not answer; "
                                      f"falling back to {how}", level="WARN")
        return answer

    def _discover(self) -> Optional[RegisterAnswer]:
        targets = self._manual_targets() if self._manual() else self._dns_targets()
        for target in targets:
            answer = self._try_host(target)
            if answer is not None:
                return answer
        if not self.failure:
            self.failure = ("None of the configured servers answered; manual configuration "
                            "never falls back to DNS" if self._manual()
                            else "No server found through DNS answered")
        return None

    def _follow(self, redirect: RegisterAnswer) -> Optional[RegisterAnswer]:
        self.redirected = True
        self.primary, self.backup = redirect.primary, redirect.backup
        for host in (redirect.primary, redirect.backup):
            if not host or host.lower() in self.tried:
                continue
            answer = self._try_host(dns.Target(host))
            if answer is not None:
                return answer
        self.failure = self._redirect_failure(redirect)
        return None

    # -- discovery ------------------------------------------------------------------------
    def _manual(self) -> bool:
        return self.configuration is ClientConfiguration.MANUAL

    def _manual_targets(self) -> Iterator[dns.Target]:
        servers = [s for s in (self.internal, self.external) if s]
        if not servers:
            self.failure = "Manual configuration with no server name"
        for server in servers:
            self._step(StepKind.NOTE, f"Manual configuration: server {server}")
            yield dns.parse_server(server)

    def _dns_targets(self) -> Iterator[dns.Target]:
        for prefix in dns.SRV_NAMES:
            name = f"{prefix}.{self.domain}"
            records = self._query(name, "SRV")
            if records:
                yield from self._srv_order(records)
                self.failure = (f"No server named by {name} answered; the client tries no "
                                "other SRV record")
                return
        for prefix in dns.A_NAMES:
            yield dns.Target(f"{prefix}.{self.domain}")

    def _srv_order(self, records: list[DnsRecord]) -> Iterator[dns.Target]:
        for group in dns.priority_groups(records):
            while group:
                record = group.pop(self._choose(dns.draw_chances(group)))
                if not dns.in_domain(record.target, self.domain):
                    self._step(StepKind.NOTE, f"{record.target} is outside the SIP domain "
                                              f"{self.domain}: refused (strict DNS naming)",
                               level="ERROR")
                    continue
                yield dns.Target(record.target, record.port)

    def _query(self, name: str, record_type: str) -> list[DnsRecord]:
        self._step(StepKind.DNS_QUERY, f"DNS {record_type} query {name}")
        self.elapsed += DNS_MS
        records = dns.lookup(self.topology, self.lab, name, record_type)
        if not records:
            self._step(StepKind.DNS_ANSWER, f"DNS {record_type} {name}: no records", level="ERROR")
        for record in records:
            self._step(StepKind.DNS_ANSWER, f"DNS {record_type} {name}: {_record_text(record)}")
        return records

    # -- one host -------------------------------------------------------------------------
    def _try_host(self, target: dns.Target) -> Optional[RegisterAnswer]:
        self.tried.add(target.host.lower())
        addresses = [target.host] if _is_address(target.host) else \
            [r.target for r in self._query(target.host, "A")]
        if len(addresses) > 1:
            start = self._choose([Fraction(1, len(addresses))] * len(addresses))
            addresses = addresses[start:] + addresses[:start]
        for address in addresses:
            answer = self._try_address(target.host, address, target.port)
            if answer is not None:
                return answer
        return None

    def _try_address(self, host: str, address: str, port: int) -> Optional[RegisterAnswer]:
        remote = f"{address}:{port}"
        if self.registers >= MAX_REGISTERS:
            return None
        machine = dns.machine_of_address(self.topology, address)
        if machine is None or not self._reachable(machine):
            self.elapsed += CONNECT_TIMEOUT_MS
            self._step(StepKind.CONNECT_FAILED, f"Connecting to {host} ({remote}) timed out",
                       remote=remote, level="ERROR")
            return None
        if not self.lab.registrar_up(machine.fqdn) or not self._listens(machine):
            self.elapsed += CONNECT_REFUSED_MS
            self._step(StepKind.CONNECT_FAILED, f"{host} ({remote}) refused the connection",
                       remote=remote, level="ERROR")
            return None
        return self._register(machine, host, remote)

    def _register(self, machine: Machine, host: str, remote: str) -> RegisterAnswer:
        self.registers += 1
        local = f"{self.client.ip}:{self.ids.next_port()}"
        self.elapsed += CONNECT_MS
        self._step(StepKind.CONNECT, f"Connected to {host} ({remote}) over TLS",
                   remote=remote, local=local)
        dialog = self._dialog(local)
        self._step(StepKind.REQUEST, f"REGISTER {self._sip()} sent to {machine.fqdn}",
                   remote=remote, local=local, message=sip.register_request(dialog))
        answer = answer_register(self.topology, self.lab, self.user, machine)
        self.elapsed += REGISTER_MS
        self._step(StepKind.RESPONSE, _answer_text(answer), remote=remote, local=local,
                   message=self._response(dialog, answer))
        return answer

    def _reachable(self, machine: Machine) -> bool:
        if not self.lab.machine_on(machine.fqdn):
            return False
        site = self.topology.pool_of(machine).site
        if self.site is not None and site.lower() == self.site.lower():
            return True
        return self.lab.site_link_up(site) and self.lab.site_link_up(self.site)

    def _listens(self, machine: Machine) -> bool:
        return self.topology.pool_of(machine).is_registrar

    # -- messages -------------------------------------------------------------------------
    def _dialog(self, local: str) -> sip.Dialog:
        ip, _, port = local.partition(":")
        return sip.Dialog(normalise_sip(self.user.sip_address), self.domain, ip, int(port),
                          self.ids.fresh("tag", 10), self.ids.epid, self.ids.fresh("call", 32),
                          self.ids.fresh("opaque", 10), self.ids.instance)

    def _response(self, dialog: sip.Dialog, answer: RegisterAnswer) -> sip.SipMessage:
        auth = sip.ServerAuth(self.ids.fresh("opaque", 8).upper(), self.ids.fresh("srand", 8).upper(),
                              self.ids.fresh("rspauth", 40), sip.targetname(answer.server.fqdn))
        cid = f"{1 + self.ids.number('cid', 0xFFFF):X}00"
        reply = sip.Answer(auth, self.ids.fresh("totag", 32).upper(), cid)
        if answer.kind is AnswerKind.REDIRECT:
            return sip.redirect_response(dialog, reply, answer.primary, answer.backup)
        if answer.kind is AnswerKind.NOT_FOUND:
            return sip.not_found_response(dialog, reply, answer.server.fqdn)
        expires = self.topology.effective_registrar_configuration(
            answer.server.pool_fqdn).default_endpoint_expiration
        return sip.ok_response(dialog, reply, expires, self.ids.gruu_opaque())

    # -- bookkeeping ----------------------------------------------------------------------
    def _choose(self, chances: list[Fraction]) -> int:
        return self.chooser.choose(chances) if len(chances) > 1 else 0

    def _step(self, kind: StepKind, text: str, **details: object) -> None:
        self.steps.append(Step(self.elapsed, kind, text, **details))

    def _sip(self) -> str:
        return f"sip:{normalise_sip(self.user.sip_address)}"

    def _redirect_failure(self, redirect: RegisterAnswer) -> str:
        info = user_pool_info(self.topology, self.user)
        if info is not None and info.backup_pool is not None:
            status = pool_status(self.topology, self.lab, info.primary_pool)
            if status.phase is Phase.DETECTING:
                left = status.changes_at - self.lab.clock
                return (f"The home pool {info.primary_pool.fqdn} is down and the backup "
                        f"registrar {info.backup_pool.fqdn} has not taken its users over yet "
                        f"(failure detection interval {info.primary_pool.failure_detection_interval} s, "
                        f"{left} s to go)")
        if redirect.backup:
            return "Neither the primary nor the backup registrar answered"
        return "The primary registrar did not answer and no backup registrar is defined"

    def _result(self, answer: Optional[RegisterAnswer]) -> SignInResult:
        registered = answer is not None and answer.kind is AnswerKind.OK
        if answer is not None and answer.kind is AnswerKind.NOT_FOUND:
            self.failure = f"The registrar does not know {self._sip()} (404 Not Found)"
        registrar = answer.server.fqdn if registered else ""
        if registered and not self.primary:
            self.primary = registrar
        mode = answer.mode if registered else ServiceMode.NORMAL
        self._step(StepKind.NOTE, f"Signed in on {registrar}" if registered
                   else f"Sign-in failed: {self.failure}", level="INFO" if registered else "ERROR")
        return SignInResult(
            self.user.sip_address, self.client.name, registered, registrar, self.redirected,
            self.primary if registered or self.redirected else "", self.backup, mode,
            self.configuration, self.used_cache, self.elapsed, tuple(self.steps),
            "" if registered else self.failure, self.lab.now, self.ids.process)


def _is_address(host: str) -> bool:
    parts = host.split(".")
    return len(parts) == 4 and all(p.isdigit() for p in parts)


def _record_text(record: DnsRecord) -> str:
    if record.type.upper() == "SRV":
        return f"{record.priority} {record.weight} {record.port} {record.target}"
    return record.target


def _answer_text(answer: RegisterAnswer) -> str:
    if answer.kind is AnswerKind.REDIRECT:
        contacts = f"primary {answer.primary}" + (f", backup {answer.backup}" if answer.backup else "")
        return f"{answer.server.fqdn} answered 301 Redirect request to Home Server ({contacts})"
    if answer.kind is AnswerKind.NOT_FOUND:
        return f"{answer.server.fqdn} answered 404 Not Found"
    suffix = "" if answer.mode is ServiceMode.NORMAL else f" ({answer.mode.value} mode)"
    return f"{answer.server.fqdn} answered 200 OK{suffix}"


def _log_entries(result: SignInResult) -> Iterator[list[str]]:
    for step in result.steps:
        when = result.started + timedelta(milliseconds=step.at)
        if step.message is None:
            yield [trace.note(when, result.process, step.text, step.level)]
        else:
            direction = trace.SENDING if step.kind is StepKind.REQUEST else trace.RECEIVED
            yield trace.packet(when, result.process, direction, step.remote, step.local, step.message)
