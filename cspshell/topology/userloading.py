"""Reading the ``users`` list: single users, generator blocks and CSV files, in order.

Users go straight into the directory's packed columns (``users.UserColumns``); a
generator block never builds ``User`` objects. Uniqueness of SIP addresses, UPNs and
``DOMAIN\\sam`` is checked across all three kinds, and a duplicate names where the
first one came from (a user mapping, generated user number n of a block, a CSV line).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

from .entities import User, normalise_sip, with_sip_prefix
from .fields import Entry, check_value, read_entry, suggestion
from .generators import (
    GeneratorSpec, compile_pattern, generate, parse_csv_bool, read_csv_rows, uses_number,
)
from .problems import Mark, ProblemLog
from .rules import KIND_LABELS, did_you_mean, item_label
from .schema import CSV_FILE, GENERATE, USER, USER_FIELDS, Field
from .users import UserColumns
from .yamldoc import YList, YMap

if TYPE_CHECKING:
    from .validation import TopologyBuilder

MAX_CSV_BYTES = 512 * 1024 * 1024


@dataclass
class _Origin:
    """Where a run of user rows came from: a user mapping, a generator block or a CSV file."""

    first_row: int
    file: str
    mark: Mark
    label: Callable[[int], str]


class UserLoader:
    """Reads the ``users`` list: single users, generator blocks and CSV files, in order."""

    def __init__(self, builder: TopologyBuilder):
        self.builder = builder
        self.log = builder.log
        self.topology = builder.topology
        self.directory = self.topology.users
        self.columns = UserColumns()
        self.sip_domains = {d.lower() for d in self.topology.sip_domains}
        self.seen: dict[str, dict[str, int]] = {"SIP address": {}, "UPN": {},
                                                "SamAccountName": {}}
        self.origins: list[_Origin] = []
        self._pool_checked: dict[str, Optional[str]] = {}

    def load(self, items: Any) -> None:
        """Add every user listed under ``users`` and install them in the directory."""
        if isinstance(items, YList):
            counts = self._generator_counts(items)
            for index, item in enumerate(items):
                self._item(item, items.item_mark(index), counts.get(index))
        self.directory.install(self.columns)

    def _item(self, item: Any, mark: Mark, count: Optional[int]) -> None:
        if isinstance(item, YMap) and "generate" in item:
            self._generator(item, mark, count)
        elif isinstance(item, YMap) and "csv" in item:
            self._csv(item, mark)
        else:
            entry = read_entry(item, USER, self.log, item_label(item, "user", "sip_address"), mark)
            if entry is not None:
                self._single(entry.values, self.builder.log, entry.mark, mark)

    def _generator_counts(self, items: YList) -> dict[int, int]:
        """Return per generator block the count to make (scaled when asked to)."""
        blocks = {index: item["generate"].get("count") for index, item in enumerate(items)
                  if isinstance(item, YMap) and isinstance(item.get("generate"), YMap)}
        blocks = {i: c for i, c in blocks.items() if isinstance(c, int) and not
                  isinstance(c, bool) and c >= 0}
        wanted = self.builder.generated_users
        total = sum(blocks.values())
        if wanted is None or not blocks:
            return {}
        scaled: dict[int, int] = {}
        remaining = wanted
        for position, index in enumerate(sorted(blocks)):
            last = position == len(blocks) - 1
            share = remaining if last else (wanted * blocks[index] // total if total else 0)
            scaled[index] = share
            remaining -= share
        return scaled

    # -- single users (a mapping or a CSV row) ------------------------------------------------
    def _single(self, values: dict[str, Any], log: ProblemLog,
                mark_of: Callable[[Optional[str]], Mark], where_mark: Mark) -> None:
        sip = values.get("sip_address")
        if sip is None:
            return
        sip = with_sip_prefix(sip)
        user_part, _, sip_domain = normalise_sip(sip).partition("@")
        if not self._sip_domain_ok(sip, sip_domain, log, mark_of("sip_address")):
            return
        domain = self._netbios(values.get("domain"), log, mark_of("domain"))
        pool = self._home_pool(values.get("registrar_pool"), log, mark_of("registrar_pool"))
        if domain is None or pool is False:
            return
        sam = values.get("sam_account_name") or sip[4:].partition("@")[0]
        upn = values.get("upn") or sip[4:]
        if "@" not in upn:
            log.error(mark_of("upn"), f"the UPN '{upn}' must look like name@domain")
            return
        user = User(sip, values.get("display_name") or sam, sam, upn, domain, pool,
                    values.get("enabled", True) is not False, values.get("line_uri") or "",
                    bool(values.get("enterprise_voice_enabled")),
                    dict(values.get("policies") or {}),
                    values.get("distinguished_name") or "")
        row = len(self.columns.sip)
        if self._unique(row, user.sip_address, user.upn, f"{domain}\\{sam}", log, where_mark):
            self.origins.append(_Origin(row, log.file, where_mark, lambda r: "a user"))
            self.directory.append_to(self.columns, user)

    def _sip_domain_ok(self, sip: str, sip_domain: str, log: ProblemLog, mark: Mark) -> bool:
        if sip_domain in self.sip_domains:
            return True
        domains = ", ".join(self.topology.sip_domains) or "none defined"
        log.error(mark, f"the SIP address '{sip}' is outside the SIP domains ({domains}); "
                        "use one of them or add the domain to 'sip_domains'")
        return False

    def _netbios(self, name: Optional[str], log: ProblemLog, mark: Mark) -> Optional[str]:
        domains = self.topology.domains
        if name is None:
            return domains[0].netbios if domains else "DOMAIN"
        if any(d.netbios == name.upper() for d in domains):
            return name.upper()
        log.error(mark, f"the domain '{name}' is not one of the topology's domains "
                        f"({', '.join(d.netbios for d in domains)}); add it under 'domains:'")
        return None

    def _home_pool(self, fqdn: Optional[str], log: ProblemLog, mark: Mark) -> Any:
        """Return the pool FQDN to home a user on, None for no pool, False when invalid."""
        if fqdn is None:
            return None
        key = fqdn.lower()
        if key not in self._pool_checked:
            self._pool_checked[key] = self._home_pool_problem(fqdn)
        problem = self._pool_checked[key]
        if key in self.builder.broken_pools:
            return False
        if problem:
            log.error(mark, problem)
            return False
        return self.topology.pool(fqdn).fqdn

    def _home_pool_problem(self, fqdn: str) -> Optional[str]:
        pool = self.topology.pool(fqdn)
        if pool is None:
            names = [p.fqdn for p in self.topology.pools if p.can_home_users]
            return f"the registrar pool '{fqdn}' does not exist{did_you_mean(fqdn, names)}"
        if pool.is_director:
            return (f"'{pool.fqdn}' is a Director; Lync Server 2010 cannot home users on a "
                    "Director: use a Front End pool, Standard Edition server or SBA")
        if not pool.can_home_users or not pool.is_registrar:
            return (f"'{pool.fqdn}' is {KIND_LABELS[pool.kind]}, which cannot home users; "
                    "use a Front End pool, Standard Edition server or SBA")
        return None

    def _unique(self, row: int, sip: str, upn: str, logon: str, log: ProblemLog,
                mark: Mark) -> bool:
        keys = {"SIP address": (normalise_sip(sip), sip), "UPN": (upn.lower(), upn),
                "SamAccountName": (logon.lower(), logon)}
        for label, (key, shown) in keys.items():
            first = self.seen[label].get(key)
            if first is not None:
                log.error(mark, f"the {label} '{shown}' is already used by "
                                f"{self._describe_row(first)}; each user needs its own")
                return False
        for label, (key, _) in keys.items():
            self.seen[label][key] = row
        return True

    def _describe_row(self, row: int) -> str:
        starts = [origin.first_row for origin in self.origins]
        origin = self.origins[bisect_right(starts, row) - 1]
        return f"{origin.label(row)} at {origin.file}:{origin.mark.line}:{origin.mark.column}"

    # -- generator blocks ---------------------------------------------------------------
    def _generator(self, item: YMap, mark: Mark, count: Optional[int]) -> None:
        if len(item) > 1:
            extra = [k for k in item if k != "generate"]
            self.log.error(item.key_mark(extra[0]), f"unknown key '{extra[0]}' beside "
                                                    "'generate'; put it inside the generate "
                                                    "block")
        entry = read_entry(item["generate"], GENERATE, self.log, "a generate block",
                           item.value_mark("generate"))
        if entry is None:
            return
        spec = self._generator_spec(entry, count)
        if spec is None:
            return
        self._generate(spec, entry)

    def _generator_spec(self, entry: Entry, count: Optional[int]) -> Optional[GeneratorSpec]:
        values = entry.values
        if any(values.get(k) is None for k in ("count", "pools", "sam_account_name",
                                               "display_name", "sip_address", "upn")):
            return None
        pools = []
        for fqdn in values["pools"]:
            pool = self._home_pool(fqdn, self.log, entry.mark("pools"))
            if pool is False:
                return None
            pools.append(pool)
        if not pools:
            self.log.error(entry.mark("pools"), "a generate block needs at least one pool")
            return None
        domain = self._netbios(values.get("domain"), self.log, entry.mark("domain"))
        sip_domain = values.get("sip_domain") or (self.topology.sip_domains or ["invalid"])[0]
        number = count if count is not None else values["count"]
        if domain is None or not self._patterns_distinct(entry, number):
            return None
        spec = GeneratorSpec(number, values["start"], pools,
                             compile_pattern(values["sam_account_name"]),
                             compile_pattern(values["display_name"]),
                             compile_pattern(_sip_prefixed(values["sip_address"])),
                             compile_pattern(values["upn"]),
                             compile_pattern(values["line_uri"] or ""), sip_domain, domain,
                             values["enabled"], values["enterprise_voice_enabled"],
                             dict(values.get("policies") or {}))
        return spec if self._sample_valid(spec, entry) else None

    def _sample_valid(self, spec: GeneratorSpec, entry: Entry) -> bool:
        """Check the first generated user's SIP address, UPN and line URI.

        Patterns vary only by number, so when the first user's values are well formed
        the others are too; a bad pattern gives one message, not one per user.
        """
        sample = next(generate(GeneratorSpec(**{**vars(spec), "count": 1})), None)
        if sample is None:
            return True
        sip, _, _, upn, line_uri, _ = sample
        where = "a generate block"
        checks = [("sip_address", sip), ("line_uri", line_uri)]
        problems = len(self.log.problems_so_far())
        for key, value in checks:
            check_value(value, USER.field(key), self.log, where, entry.mark(key))
        if "@" not in upn:
            self.log.error(entry.mark("upn"), f"the pattern for upn gives '{upn}', which is "
                                              "not name@domain")
        return len(self.log.problems_so_far()) == problems

    def _patterns_distinct(self, entry: Entry, count: int) -> bool:
        """Refuse patterns that would give every generated user the same name."""
        if count <= 1:
            return True
        sam_numbered = uses_number(entry["sam_account_name"])
        for key in ("sam_account_name", "sip_address", "upn"):
            pattern = entry[key]
            if not (uses_number(pattern) or (sam_numbered and "{sam}" in pattern)):
                self.log.error(entry.mark(key), f"the pattern '{pattern}' for {key} has no "
                                                f"{{n}}, so all {count:,} generated users "
                                                "would share one value; add {n} (e.g. "
                                                "user{n:06})")
                return False
        return True

    def _generate(self, spec: GeneratorSpec, entry: Entry) -> None:
        columns, directory, log = self.columns, self.directory, self.log
        codes = {pool: directory.codes_for(spec.domain, pool, spec.enabled,
                                           spec.enterprise_voice_enabled, spec.policies)
                 for pool in spec.pools}
        sip_key, upn_key = self.seen["SIP address"], self.seen["UPN"]
        sam_key = self.seen["SamAccountName"]
        domain_prefix = spec.domain.lower() + "\\"
        row = len(columns.sip)
        mark = entry.mark()
        sip_domains = self.sip_domains
        self._generated_origin(row, spec.start - row, entry)
        for k, (sip, display, sam, upn, line_uri, pool) in enumerate(generate(spec)):
            key_sip, key_upn = sip[4:].lower(), upn.lower()     # the template adds "sip:"
            key_sam = domain_prefix + sam.lower()
            if key_sip.rpartition("@")[2] not in sip_domains:
                self._sip_domain_ok(sip, key_sip.rpartition("@")[2], log,
                                    entry.mark("sip_address"))
                return
            if key_sip in sip_key or key_upn in upn_key or key_sam in sam_key:
                self._unique(row, sip, upn, f"{spec.domain}\\{sam}", log, mark)
                # Rows after a skipped user are one number further from their {n}.
                self._generated_origin(row, spec.start + k + 1 - row, entry)
                continue
            sip_key[key_sip] = upn_key[key_upn] = sam_key[key_sam] = row
            directory.append_row(columns, sip, display, sam, upn, line_uri, codes[pool])
            row += 1

    def _generated_origin(self, row: int, offset: int, entry: Entry) -> None:
        """Note that rows from ``row`` on are generated users number row + ``offset``."""
        self.origins.append(_Origin(row, self.log.file, entry.mark(),
                                    lambda r: f"generated user number {r + offset}"))

    # -- CSV files ------------------------------------------------------------------------
    def _csv(self, item: YMap, mark: Mark) -> None:
        entry = read_entry(item, CSV_FILE, self.log, "a csv reference", mark)
        if entry is None or entry["csv"] is None:
            return
        path = self.builder.base_dir / entry["csv"]
        text = self._read_csv(path, entry)
        if text is None:
            return
        log = self.log.for_file(entry["csv"])
        rows = read_csv_rows(text)
        header = next(rows, None)
        if header is None:
            log.error(None, "the CSV file is empty; its first row must name the columns "
                            "(sip_address, display_name, ...)")
            return
        if header[1] and header[1][0].startswith("#TYPE"):
            header = next(rows, None)    # Export-Csv's type line
            if header is None:
                return
        columns = self._csv_header(header, log)
        if columns is None:
            return
        default_pool = entry["registrar_pool"]
        for line, fields, starts in rows:
            self._csv_row(line, fields, starts, columns, default_pool, log)

    def _read_csv(self, path: Path, entry: Entry) -> Optional[str]:
        try:
            size = path.stat().st_size
            if size > MAX_CSV_BYTES:
                self.log.error(entry.mark("csv"), f"the CSV file '{entry['csv']}' is "
                                                  f"{size // 2**20} MiB; the limit is "
                                                  f"{MAX_CSV_BYTES // 2**20} MiB")
                return None
            return self.builder.read_bytes(path).decode("utf-8-sig")
        except FileNotFoundError:
            self.log.error(entry.mark("csv"), f"the CSV file '{entry['csv']}' does not exist "
                                              "(paths are relative to the topology file)")
        except OSError as exc:
            self.log.error(entry.mark("csv"), f"cannot read the CSV file '{entry['csv']}': "
                                              f"{exc.strerror}")
        except UnicodeDecodeError as exc:
            self.log.error(entry.mark("csv"), f"the CSV file '{entry['csv']}' is not UTF-8 "
                                              f"text (bad byte at offset {exc.start})")
        return None

    def _csv_header(self, header: tuple[int, list[str], list[int]],
                    log: ProblemLog) -> Optional[list[Optional[Field]]]:
        line, names, starts = header
        known = [f.name for f in USER_FIELDS]
        columns: list[Optional[Field]] = []
        for name, column in zip(names, starts):
            spec = USER.field(name.strip()) or _field_by_squashed(name)
            if spec is None:
                log.warning(Mark(line, column), f"the CSV column '{name}' is not a user key "
                                                f"and is ignored{suggestion(name, known)}")
            columns.append(spec)
        if not any(spec is not None and spec.name == "sip_address" for spec in columns):
            log.error(Mark(line, 1), "the CSV header has no 'sip_address' column; the first "
                                     "row must name the columns")
            return None
        return columns

    def _csv_row(self, line: int, fields: list[str], starts: list[int],
                 columns: list[Optional[Field]], default_pool: Optional[str],
                 log: ProblemLog) -> None:
        values: dict[str, Any] = {}
        marks: dict[str, Mark] = {}
        for index, (spec, text) in enumerate(zip(columns, fields)):
            if spec is None or text == "":
                continue
            mark = Mark(line, starts[index] if index < len(starts) else 1)
            marks[spec.name] = mark
            value = _csv_value(spec, text, log, mark)
            if value is not None:
                values[spec.name] = value
        if "sip_address" not in values:
            if "sip_address" not in marks:
                log.error(Mark(line, 1), "this CSV row has no sip_address")
            return
        values.setdefault("registrar_pool", default_pool)
        row_mark = Mark(line, 1)
        self._single(values, log, lambda key: marks.get(key, row_mark), row_mark)


def _sip_prefixed(pattern: str) -> str:
    """Return a SIP address pattern that starts with exactly ``sip:``."""
    pattern = pattern.strip()
    return "sip:" + (pattern[4:] if pattern[:4].lower() == "sip:" else pattern)


def _csv_value(spec: Field, text: str, log: ProblemLog, mark: Mark) -> Any:
    """Return a CSV cell converted to the field's type (None after logging a bad one)."""
    where = "this CSV row"
    if spec.type == "boolean":
        value = parse_csv_bool(text)
        if value is None:
            log.error(mark, f"'{spec.name}' in {where} is '{text}'; write True or False")
        return value
    if spec.type == "map":
        pairs = [part.partition("=") for part in text.split(";") if part.strip()]
        return {k.strip(): v.strip() for k, _, v in pairs}
    return check_value(text, spec, log, where, mark)


def _field_by_squashed(name: str) -> Optional[Field]:
    """Return the user key a CSV header such as ``SipAddress`` or ``LineURI`` stands for."""
    squashed = name.replace("_", "").replace(" ", "").lower()
    aliases = {"userprincipalname": "upn", "registrarpool": "registrar_pool",
               "lineuri": "line_uri", "sipaddress": "sip_address"}
    for spec in USER_FIELDS:
        if spec.name.replace("_", "") == squashed or aliases.get(squashed) == spec.name:
            return spec
    return None
