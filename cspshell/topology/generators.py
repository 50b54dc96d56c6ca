"""Bulk users: name patterns for generator blocks, and CSV user files.

A generator block makes ``count`` users whose names come from patterns such as
``user{n:06}``; placeholders are ``{n}`` (the user number), ``{n:0W}`` (zero-padded to
W digits), ``{sam}`` (the SamAccountName) and ``{sip_domain}``. Patterns are compiled
once into ``str.format`` templates built here from the parsed pieces, so nothing a
topology author writes is ever evaluated as a format expression.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from typing import Iterator, Optional

PLACEHOLDERS = ("n", "sam", "sip_domain")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]*)(?::0?(\d+))?\}")
# Field order of the compiled template's positional arguments.
_ARGUMENT = {"n": 0, "sam": 1, "sip_domain": 2}


class PatternError(ValueError):
    """A generator pattern that cannot be used; the message says why and how to fix it."""


def compile_pattern(pattern: str) -> str:
    """Return a ``str.format`` template equivalent to ``pattern``.

    The template takes the positional arguments (n, sam, sip_domain). Raises
    PatternError for an unknown placeholder or a stray brace.
    """
    pieces: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(pattern):
        pieces.append(_literal(pattern[position:match.start()]))
        name, width = match.groups()
        if name not in _ARGUMENT:
            raise PatternError(f"unknown placeholder {{{name}}} in pattern {pattern!r}; "
                               f"use {{n}}, {{n:06}}, {{sam}} or {{sip_domain}}")
        if width and name != "n":
            raise PatternError(f"only {{n}} takes a width, not {{{name}}}")
        # A width always pads with zeros: spaces inside user names would be useless.
        spec = f":0{width}d" if width else ""
        pieces.append(f"{{{_ARGUMENT[name]}{spec}}}")
        position = match.end()
    pieces.append(_literal(pattern[position:]))
    return "".join(pieces)


def _literal(text: str) -> str:
    if "{" in text or "}" in text:
        raise PatternError(f"stray brace in {text!r}; placeholders are {{n}}, {{n:06}}, "
                           "{sam} and {sip_domain}")
    return text


def uses_number(pattern: str) -> bool:
    """True when ``pattern`` contains ``{n}`` (so every generated value differs)."""
    return any(m.group(1) == "n" for m in _PLACEHOLDER.finditer(pattern))


@dataclass
class GeneratorSpec:
    """A validated generator block: counts, patterns (compiled) and the pools to use."""

    count: int
    start: int
    pools: list[str]
    sam: str
    display: str
    sip: str
    upn: str
    line_uri: str
    sip_domain: str
    domain: str
    enabled: bool = True
    enterprise_voice_enabled: bool = False
    policies: dict[str, str] = field(default_factory=dict)


def generate(spec: GeneratorSpec) -> Iterator[tuple[str, str, str, str, str, str]]:
    """Yield (sip, display, sam, upn, line_uri, pool) for every user of ``spec``.

    Users are spread over ``spec.pools`` in turn, the k-th user on pool k mod len(pools).
    """
    sam_t, display_t, sip_t, upn_t = spec.sam, spec.display, spec.sip, spec.upn
    line_t = spec.line_uri
    pools, domain = spec.pools, spec.sip_domain
    pool_count = len(pools)
    for k in range(spec.count):
        n = spec.start + k
        sam = sam_t.format(n, "", domain)
        yield (sip_t.format(n, sam, domain), display_t.format(n, sam, domain), sam,
               upn_t.format(n, sam, domain), line_t.format(n, sam, domain) if line_t else "",
               pools[k % pool_count])


def field_columns(line: str) -> list[int]:
    """Return the 1-based column where each comma-separated field of ``line`` starts."""
    # A quoted field is consumed whole, so only the commas between fields match.
    return [1] + [match.end() + 1 for match in _CSV_SEPARATOR.finditer(line)
                  if match.group() == ","]


_CSV_SEPARATOR = re.compile(r'"(?:[^"]|"")*"|,')


def read_csv_rows(text: str) -> Iterator[tuple[int, list[str], list[int]]]:
    """Yield (line number, fields, field start columns) for each CSV record of ``text``.

    Blank lines are skipped. The line number is the record's first line.
    """
    lines = text.splitlines()
    reader = csv.reader(lines)
    previous_end = 0
    for fields in reader:
        start = previous_end + 1
        previous_end = reader.line_num
        if not fields or fields == [""]:
            continue
        yield start, fields, field_columns(lines[start - 1])


def parse_csv_bool(text: str) -> Optional[bool]:
    """Return the boolean a CSV cell spells (true/false, yes/no, 1/0, $true/$false), or None."""
    return _CSV_BOOLEANS.get(text.strip().lower())


_CSV_BOOLEANS = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False,
                 "$true": True, "$false": False}
