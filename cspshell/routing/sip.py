"""The SIP messages of a Lync 2010 sign-in: REGISTER, 301 redirect, 200 OK, 404.

Header order and values follow the seed's traces exactly (REGISTER from Lync 2010
4.0.7577.0, the 301 Redirect from a Director and from a Front End). A message's size is
its length on the wire: CRLF line ends and the blank line that closes the headers, which
is how the seed's byte counts (795, 756, 758) add up.

The 200 OK and 404 are not in the seed; they carry what a Lync 2010 Registrar sends
(``Server: RTC/4.0``, the GRUU Contact, the events the client may subscribe to; the
ms-diagnostics code 4005 for an unknown user), in the same header order as the 301.
"""
from __future__ import annotations

from dataclasses import dataclass

CRLF = "\r\n"
SIP_VERSION = "SIP/2.0"
USER_AGENT = "UCCAPI/4.0.7577.0 OC/4.0.7577.0 (Microsoft Lync 2010)"
SERVER = "RTC/4.0"
REDIRECT_REASON = "Redirect request to Home Server"
REDIRECT_EXPIRES = 2592000
PRIMARY_Q = "0.7"
BACKUP_Q = "0.3"
# The client's REGISTER is CSeq 1; the security association takes two more (401
# challenges), so the Registrar's final answer comes to CSeq 4, as in the seed.
FIRST_CSEQ = 1
ANSWER_CSEQ = 4
REALM = "SIP Communications Service"
METHODS = "INVITE, MESSAGE, INFO, OPTIONS, BYE, CANCEL, NOTIFY, ACK, REFER, BENOTIFY"
CLIENT_SUPPORTED = ("gruu-10, adhoclist, msrtc-event-categories", "ms-forking",
                    "ms-cluster-failover", "ms-userservices-state-notification")
ALLOW_EVENTS = ("vnd-microsoft-provisioning,vnd-microsoft-roaming-contacts,"
                "vnd-microsoft-roaming-ACL,presence,presence.wpending,"
                "vnd-microsoft-roaming-self,vnd-microsoft-provisioning-v2")
NOT_FOUND_DIAGNOSTIC = "4005;reason=\"Destination URI either not enabled for SIP or does not exist\""


@dataclass(frozen=True)
class SipMessage:
    """A request or response: its first line, ordered headers and body."""

    start_line: str
    headers: tuple[tuple[str, str], ...]
    body: str = ""

    def lines(self) -> list[str]:
        """Return the message's lines as a log shows them: first line, headers, blank."""
        return [self.start_line] + [f"{name}: {value}" for name, value in self.headers] + [""]

    @property
    def wire(self) -> str:
        """Return the message as sent: CRLF line ends, a blank line, then the body."""
        return CRLF.join(self.lines()) + CRLF + self.body

    @property
    def size(self) -> int:
        """Return the message's length in bytes on the wire."""
        return len(self.wire.encode("utf-8"))

    def header(self, name: str) -> list[str]:
        """Return the values of every header called ``name`` (case-insensitive), in order."""
        name = name.lower()
        return [value for key, value in self.headers if key.lower() == name]


@dataclass(frozen=True)
class Dialog:
    """What a client's REGISTER establishes and the Registrar's answer echoes back.

    ``user`` is the SIP address without ``sip:``; ``opaque`` is the ms-opaque of the
    client's Contact; ``instance`` the +sip.instance UUID (upper case).
    """

    user: str
    domain: str
    local_ip: str
    local_port: int
    from_tag: str
    epid: str
    call_id: str
    opaque: str
    instance: str


@dataclass(frozen=True)
class ServerAuth:
    """The TLS-DSK Authentication-Info a Registrar signs its answer with."""

    opaque: str
    srand: str
    rspauth: str
    targetname: str
    snum: int = 1

    def header(self) -> str:
        """Return the Authentication-Info header value."""
        return (f'TLS-DSK qop="auth", opaque="{self.opaque}", srand="{self.srand}", '
                f'snum="{self.snum}", rspauth="{self.rspauth}", '
                f'targetname="{self.targetname}", realm="{REALM}", version=4')


@dataclass(frozen=True)
class Answer:
    """The per-answer values of a Registrar response: tags, connection id, signature."""

    auth: ServerAuth
    to_tag: str
    connection_id: str
    cseq: int = ANSWER_CSEQ


def targetname(fqdn: str) -> str:
    """Return a server's TLS-DSK targetname: host label upper case, domain as is."""
    host, dot, domain = fqdn.partition(".")
    return host.upper() + dot + domain


def register_request(dialog: Dialog, cseq: int = FIRST_CSEQ) -> SipMessage:
    """Return the client's REGISTER, as Lync 2010 sends it."""
    local = f"{dialog.local_ip}:{dialog.local_port}"
    contact = (f"<sip:{local};transport=tls;ms-opaque={dialog.opaque}>;methods=\"{METHODS}\";"
               f"proxy=replace;+sip.instance=\"<urn:uuid:{dialog.instance}>\"")
    headers = [
        ("Via", f"SIP/2.0/TLS {local}"),
        ("Max-Forwards", "70"),
        ("From", f"<sip:{dialog.user}>;tag={dialog.from_tag};epid={dialog.epid}"),
        ("To", f"<sip:{dialog.user}>"),
        ("Call-ID", dialog.call_id),
        ("CSeq", f"{cseq} REGISTER"),
        ("Contact", contact),
        ("User-Agent", USER_AGENT),
    ]
    headers += [("Supported", value) for value in CLIENT_SUPPORTED]
    headers += [("ms-keep-alive", "UAC;hop-hop=yes"), ("Event", "registration")]
    return _message(f"REGISTER sip:{dialog.domain} {SIP_VERSION}", headers)


def redirect_response(dialog: Dialog, answer: Answer, primary: str, backup: str = "") -> SipMessage:
    """Return ``301 Redirect request to Home Server`` naming the primary (q=0.7) and
    backup (q=0.3) registrars; without a backup only the primary is named."""
    contacts = [("Contact", f"<sip:{primary}:5061;transport=TLS>;q={PRIMARY_Q}")]
    if backup:
        contacts.append(("Contact", f"<sip:{backup}:5061;transport=TLS>;q={BACKUP_Q}"))
    headers = _answer_headers(dialog, answer) + contacts + [("Expires", str(REDIRECT_EXPIRES))]
    return _message(f"{SIP_VERSION} 301 {REDIRECT_REASON}", headers)


def ok_response(dialog: Dialog, answer: Answer, expires: int, gruu_opaque: str) -> SipMessage:
    """Return the Registrar's ``200 OK`` with the endpoint's GRUU."""
    local = f"{dialog.local_ip}:{dialog.local_port}"
    gruu = f"sip:{dialog.user};opaque=user:epid:{gruu_opaque};gruu"
    contact = (f"<sip:{local};transport=tls;ms-opaque={dialog.opaque}>;expires={expires};"
               f"+sip.instance=\"<urn:uuid:{dialog.instance}>\";gruu=\"{gruu}\"")
    headers = _answer_headers(dialog, answer) + [
        ("Contact", contact),
        ("Expires", str(expires)),
        ("Allow-Events", ALLOW_EVENTS),
        ("Supported", "adhoclist"),
        ("Server", SERVER),
        ("Supported", "msrtc-event-categories"),
        ("Supported", "ms-userservices-state-notification"),
    ]
    return _message(f"{SIP_VERSION} 200 OK", headers)


def not_found_response(dialog: Dialog, answer: Answer, server_fqdn: str) -> SipMessage:
    """Return ``404 Not Found`` for a user the Registrar does not know."""
    headers = _answer_headers(dialog, answer) + [
        ("ms-diagnostics", f'{NOT_FOUND_DIAGNOSTIC};source="{server_fqdn}"'),
        ("Server", SERVER),
    ]
    return _message(f"{SIP_VERSION} 404 Not Found", headers)


def _answer_headers(dialog: Dialog, answer: Answer) -> list[tuple[str, str]]:
    local = f"{dialog.local_ip}:{dialog.local_port}"
    return [
        ("Authentication-Info", answer.auth.header()),
        ("From", f"<sip:{dialog.user}>;tag={dialog.from_tag};epid={dialog.epid}"),
        ("To", f"<sip:{dialog.user}>;tag={answer.to_tag}"),
        ("Call-ID", dialog.call_id),
        ("CSeq", f"{answer.cseq} REGISTER"),
        ("Via", f"SIP/2.0/TLS {local};ms-received-port={dialog.local_port};"
                f"ms-received-cid={answer.connection_id}"),
    ]


def _message(start_line: str, headers: list[tuple[str, str]], body: str = "") -> SipMessage:
    headers = headers + [("Content-Length", str(len(body.encode("utf-8"))))]
    return SipMessage(start_line, tuple(headers), body)
