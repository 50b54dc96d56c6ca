"""The Lync 2010 client log (Communicator-uccapi-0.uccapilog) of a sign-in.

Every entry starts ``MM/dd/yyyy|HH:mm:ss.fff <pid>:<tid> <LEVEL> :: `` (process and
thread ids in upper-case hex). A SIP packet is logged as in the seed::

    12/31/2010|13:18:17.346 630:358 INFO :: Sending Packet - 172.16.8.10:5061 (From Local Address: 172.16.8.7:50430) 795 bytes:
    12/31/2010|13:18:17.346 630:358 INFO :: REGISTER sip:beta.deitterick.com SIP/2.0
    Via: SIP/2.0/TLS 172.16.8.7:50430
    ...
    Content-Length: 0

    12/31/2010|13:18:17.346 630:358 INFO :: End of Sending Packet - 172.16.8.10:5061 (From Local Address: 172.16.8.7:50430) 795 bytes

with ``Data Received - <remote> (To Local Address: <local>)`` for what arrives. The
byte count is the message's size on the wire. DNS queries and connection attempts are
one-line entries in the same format; the seed shows none, so their wording is the
emulator's own.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from .sip import SipMessage

SENDING = "Sending Packet"
RECEIVED = "Data Received"
_LOCAL_LABEL = {SENDING: "From Local Address", RECEIVED: "To Local Address"}


@dataclass(frozen=True)
class LogProcess:
    """The client process writing the log: its process and thread ids."""

    pid: int
    tid: int

    def __str__(self) -> str:
        return f"{self.pid:X}:{self.tid:X}"


def log_time(when: datetime) -> str:
    """Return a log timestamp: ``12/20/2010|11:56:24.001``."""
    return when.strftime("%m/%d/%Y|%H:%M:%S.") + f"{when.microsecond // 1000:03d}"


def prefix(when: datetime, process: LogProcess, level: str = "INFO") -> str:
    """Return the start of a log entry up to and including ``:: ``."""
    return f"{log_time(when)} {process} {level} :: "


def note(when: datetime, process: LogProcess, text: str, level: str = "INFO") -> str:
    """Return a one-line log entry."""
    return prefix(when, process, level) + text


def packet(when: datetime, process: LogProcess, direction: str, remote: str, local: str,
           message: SipMessage, ended: datetime | None = None) -> list[str]:
    """Return the log lines of one SIP packet sent (``SENDING``) or received (``RECEIVED``).

    ``remote`` and ``local`` are ``ip:port``; ``ended`` stamps the closing line (default:
    the same time as the opening one).
    """
    where = f"{remote} ({_LOCAL_LABEL[direction]}: {local}) {message.size} bytes"
    lines = message.lines()
    head = prefix(when, process)
    return ([f"{head}{direction} - {where}:", head + lines[0]] + lines[1:]
            + [f"{prefix(ended or when, process)}End of {direction} - {where}"])


def render(entries: Iterable[list[str]]) -> str:
    """Return log entries joined into the log's text (one line per line, no blank
    lines between entries), ending with a newline."""
    return "".join(line + "\n" for entry in entries for line in entry)
