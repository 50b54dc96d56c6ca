"""Checking one mapping against its declaration in ``schema.py``.

``read_entry`` reports unknown keys (with "did you mean"), missing required keys, wrong
types, values outside their range or choices and malformed FQDNs, addresses and URIs,
then returns an ``Entry``: the checked values with defaults filled in (None where a
value was wrong, so later checks skip it instead of piling up follow-on errors).
"""
from __future__ import annotations

import difflib
import ipaddress
import re
from typing import Any, Callable, Optional

from .generators import PatternError, compile_pattern
from .problems import Mark, ProblemLog
from .schema import Field, Section
from .yamldoc import YList, YMap

_FQDN_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
_SIP = re.compile(r"^(?:sip:)?[^@\s:;<>\"]+@[^@\s:;<>\"]+$", re.IGNORECASE)
_TEL = re.compile(r"^tel:\+?[0-9]+(;ext=[0-9]+)?$", re.IGNORECASE)

# Names people reach for, mapped to the key they mean (compared without "_" and case).
ALIASES = {
    "sip": "sip_address", "sipaddress": "sip_address", "sam": "sam_account_name",
    "samaccountname": "sam_account_name", "displayname": "display_name",
    "userprincipalname": "upn", "pool": "registrar_pool", "registrarpool": "registrar_pool",
    "homepool": "registrar_pool", "lineuri": "line_uri", "ev": "enterprise_voice_enabled",
    "enterprisevoice": "enterprise_voice_enabled", "ipaddress": "ip", "ipaddresses": "ip",
    "addresses": "address", "ips": "ip", "siteid": "id", "clusterid": "cluster",
    "backuppool": "backup", "backupregistrar": "backup", "role": "kind", "type": "kind",
    "hostname": "fqdn", "server": "internal_server", "dn": "distinguished_name",
    "failover": "automatic_failover", "enableautomaticfailover": "automatic_failover",
    "failuredetectioninterval": "failure_detection_interval",
    "failbackdetectioninterval": "failback_interval", "seed": "hash_seed",
}


class Entry:
    """A checked mapping: values by key (defaults filled in) and where each was written."""

    def __init__(self, source: YMap, values: dict[str, Any]):
        self.source = source
        self.values = values

    def __getitem__(self, name: str) -> Any:
        return self.values.get(name)

    def get(self, name: str, default: Any = None) -> Any:
        """Return the value of ``name``, or ``default`` when absent or invalid."""
        value = self.values.get(name)
        return default if value is None else value

    def given(self, name: str) -> bool:
        """True when the file wrote key ``name``."""
        return name in self.source

    def mark(self, name: Optional[str] = None) -> Mark:
        """Return where the value of ``name`` (or the mapping itself) is written."""
        return self.source.value_mark(name) if name else self.source.mark


def suggestion(key: str, names: list[str]) -> str:
    """Return ``"; did you mean 'x'?"`` for the closest known key, or a list of keys."""
    squashed = key.replace("_", "").replace("-", "").lower()
    for name in names:
        if name.replace("_", "").lower() == squashed:
            return f"; did you mean '{name}'?"
    alias = ALIASES.get(squashed)
    if alias in names:
        return f"; did you mean '{alias}'?"
    close = difflib.get_close_matches(key.lower(), names, n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{close[0]}'?"
    return f"; the keys of this mapping are: {', '.join(names)}"


def read_entry(value: Any, section: Section, log: ProblemLog, where: str,
               mark: Mark) -> Optional[Entry]:
    """Check ``value`` against ``section``; return an Entry, or None when not a mapping."""
    if not isinstance(value, YMap):
        log.error(mark, f"{where} must be a mapping of keys ({', '.join(section.names[:4])}"
                        f", ...), not {describe(value)}")
        return None
    for key in value:
        if not isinstance(key, str) or section.field(key) is None:
            log.error(value.key_mark(key), f"unknown key '{key}' in {where}"
                                           f"{suggestion(str(key), section.names)}")
    values: dict[str, Any] = {}
    for spec in section.fields:
        if spec.name not in value:
            if spec.required:
                log.error(value.mark, f"{where} has no '{spec.name}'; add '{spec.name}:' "
                                      f"({spec.doc.rstrip('.')})")
            values[spec.name] = spec.default
            continue
        values[spec.name] = check_value(value[spec.name], spec, log, where,
                                        value.value_mark(spec.name))
    return Entry(value, values)


def describe(value: Any) -> str:
    """Return how a value's type reads in a message: 'a list', 'the number 5' ..."""
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, YMap):
        return "a mapping"
    if isinstance(value, YList):
        return "a list"
    return f"the text {value!r}"


def check_value(value: Any, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Any:
    """Return ``value`` checked against ``spec`` (None after logging when it is wrong)."""
    if value is None:
        if spec.nullable:
            return None
        if spec.type in ("list", "map") and not spec.required:
            return [] if spec.type == "list" else {}
        log.error(mark, f"'{spec.name}' in {where} is empty; give it a value or remove the key")
        return None
    checker = _CHECKERS[spec.type]
    return checker(value, spec, log, where, mark)


def _check_string(value: Any, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Any:
    if isinstance(value, bool) or isinstance(value, (YMap, YList)):
        log.error(mark, f"'{spec.name}' in {where} must be text, not {describe(value)}"
                        + ("; put the value in quotes" if isinstance(value, bool) else ""))
        return None
    text = str(value)
    if "\n" in text or "\r" in text:
        log.error(mark, f"'{spec.name}' in {where} must fit on one line")
        return None
    if not _encodable(text):
        log.error(mark, f"'{spec.name}' in {where} holds a character that is not valid text "
                        "(a lone UTF-16 surrogate such as \\ud800); remove it")
        return None
    if spec.choices:
        return _choice(text, spec, log, where, mark)
    return _FORMATS.get(spec.format, _no_format)(text, spec, log, where, mark)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _choice(text: str, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Optional[str]:
    for choice in spec.choices:
        if choice.lower() == text.lower():
            return choice
    close = difflib.get_close_matches(text, spec.choices, n=1, cutoff=0.5)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    log.error(mark, f"'{spec.name}' in {where} is '{text}', which is not one of: "
                    f"{', '.join(spec.choices)}{hint}")
    return None


def _check_integer(value: Any, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        log.error(mark, f"'{spec.name}' in {where} must be a whole number, not "
                        f"{describe(value)}")
        return None
    low, high = spec.minimum, spec.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        log.error(mark, f"'{spec.name}' in {where} is {value}; it must be {bounds}")
        return None
    return value


def _check_boolean(value: Any, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Any:
    if not isinstance(value, bool):
        log.error(mark, f"'{spec.name}' in {where} must be true or false, not "
                        f"{describe(value)}")
        return None
    return value


def _check_list(value: Any, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Any:
    if not isinstance(value, YList):
        if spec.one_or_many and not isinstance(value, YMap):
            single = YList(mark)
            single.append(value)
            single.item_marks.append(mark)
            value = single
        else:
            log.error(mark, f"'{spec.name}' in {where} must be a list (one '- ' line per "
                            f"item), not {describe(value)}")
            return None
    if isinstance(spec.item, Section):
        return value          # items are read one by one by the caller
    item_spec = Field(spec.name, "string", spec.doc, choices=spec.choices, format=spec.format)
    checked = [check_value(item, item_spec, log, where, value.item_mark(i))
               for i, item in enumerate(value)]
    return [item for item in checked if item is not None]


def _check_object(value: Any, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Any:
    return read_entry(value, spec.section, log, f"'{spec.name}' of {where}", mark)


def _check_map(value: Any, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Any:
    if not isinstance(value, YMap):
        log.error(mark, f"'{spec.name}' in {where} must be a mapping (name: value), not "
                        f"{describe(value)}")
        return None
    result: dict[str, str] = {}
    for key, item in value.items():
        if isinstance(item, (YMap, YList, bool)) or item is None:
            log.error(value.value_mark(key), f"'{key}' under '{spec.name}' in {where} must "
                                             f"be text, not {describe(item)}")
            continue
        result[str(key)] = str(item)
    return result


def _no_format(text: str, spec: Field, log: ProblemLog, where: str, mark: Mark) -> str:
    return text


def is_fqdn(text: str) -> bool:
    """True when ``text`` is a syntactically valid dotted host name."""
    labels = text.rstrip(".").split(".")
    return len(text) <= 253 and len(labels) >= 2 and all(_FQDN_LABEL.match(l) for l in labels)


def _format_fqdn(text: str, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Any:
    if not is_fqdn(text):
        log.error(mark, f"'{spec.name}' in {where} is '{text}', which is not a fully "
                        "qualified domain name; write it like server.contoso.com")
        return None
    return text.rstrip(".")


def _format_ipv4(text: str, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Any:
    try:
        return str(ipaddress.IPv4Address(text.strip()))
    except ValueError:
        log.error(mark, f"'{spec.name}' in {where} is '{text}', which is not an IPv4 "
                        "address; write four numbers 0-255 like 172.16.8.9")
        return None


def _format_sip(text: str, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Any:
    if not _SIP.match(text.strip()):
        log.error(mark, f"'{spec.name}' in {where} is '{text}', which is not a SIP address; "
                        "write it like sip:kenmyer@litwareinc.com")
        return None
    return text.strip()


def _format_tel(text: str, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Any:
    if text and not _TEL.match(text):
        log.error(mark, f"'{spec.name}' in {where} is '{text}', which is not a tel: URI; "
                        "write it like tel:+14255550101 or tel:+14255550101;ext=101")
        return None
    return text


def _format_pattern(text: str, spec: Field, log: ProblemLog, where: str, mark: Mark) -> Any:
    try:
        compile_pattern(text)
    except PatternError as exc:
        log.error(mark, f"'{spec.name}' in {where}: {exc}")
        return None
    return text


_CHECKERS: dict[str, Callable[..., Any]] = {
    "string": _check_string,
    "integer": _check_integer,
    "boolean": _check_boolean,
    "list": _check_list,
    "object": _check_object,
    "map": _check_map,
}

_FORMATS: dict[str, Callable[..., Any]] = {
    "fqdn": _format_fqdn,
    "ipv4": _format_ipv4,
    "sip": _format_sip,
    "tel": _format_tel,
    "pattern": _format_pattern,
}
