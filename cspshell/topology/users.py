"""The user directory: Active Directory's Lync users, stored by column, looked up in O(1).

Rows are numbered from 0 in load order; that order is Get-CsUser's order. A row's
``User`` object is built on access, so iterating a million users never holds a
million objects. Four hash indexes answer the identity forms Lync accepts
(reference/lync-facts.md §2.1): SIP address, UPN, SamAccountName (for
``DOMAIN\\sam``) and display name; a distinguished name is found through its CN.
"""
from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from typing import Callable, Iterable, Iterator, Optional

from .entities import User, normalise_sip
from .userstore import HashIndex, StringColumn

_ENABLED = 1
_VOICE = 2
NO_POOL = -1
# Characters that must be escaped with a backslash inside a DN's CN value (RFC 4514).
_DN_SPECIAL = re.compile(r'([,+"\\<>;=])')


def escape_dn_value(value: str) -> str:
    """Return ``value`` escaped for use as an RDN value (``Smith, Ann`` -> ``Smith\\, Ann``)."""
    if not _DN_SPECIAL.search(value) and not value.startswith(("#", " ")) \
            and not value.endswith(" "):
        return value
    escaped = _DN_SPECIAL.sub(r"\\\1", value)
    if escaped.startswith(("#", " ")):
        escaped = "\\" + escaped
    if escaped.endswith(" ") and not escaped.endswith("\\ "):
        escaped = escaped[:-1] + "\\ "
    return escaped


@lru_cache(maxsize=64)
def domain_components(dns_name: str) -> str:
    """Return ``DC=a,DC=b`` for the DNS domain ``a.b``."""
    return ",".join(f"DC={label}" for label in dns_name.split(".") if label)


def cn_of(distinguished_name: str) -> Optional[str]:
    """Return the unescaped value of a DN's first ``CN=`` component, or None."""
    match = re.match(r"\s*CN=((?:\\.|[^,\\])*)", distinguished_name, re.IGNORECASE)
    if not match:
        return None
    return re.sub(r"\\(.)", r"\1", match.group(1))


@dataclass
class UserColumns:
    """Plain per-column lists: what a builder accumulates and the cache restores."""

    sip: list[str] = field(default_factory=list)
    display: list[str] = field(default_factory=list)
    sam: list[str] = field(default_factory=list)
    upn: list[str] = field(default_factory=list)
    line_uri: list[str] = field(default_factory=list)
    domain: array = field(default_factory=lambda: array("H"))
    pool: array = field(default_factory=lambda: array("i"))
    flags: bytearray = field(default_factory=bytearray)
    policy_set: array = field(default_factory=lambda: array("H"))
    dn: dict[int, str] = field(default_factory=dict)


class UserDirectory:
    """Every user of a topology, stored compactly, with constant-time identity look-ups.

    ``domains`` maps NetBIOS names to DNS domain names (to derive default DNs).
    """

    def __init__(self, domains: Optional[dict[str, str]] = None):
        self.domain_dns: dict[str, str] = {k.upper(): v for k, v in (domains or {}).items()}
        self._domain_names: list[str] = []
        self._pool_names: list[str] = []
        self._pool_index: dict[str, int] = {}
        self._policy_sets: list[tuple[tuple[str, str], ...]] = [()]
        self._policy_index: dict[tuple[tuple[str, str], ...], int] = {(): 0}
        self._columns_from(UserColumns())
        self._deleted: set[int] = set()

    # -- construction ---------------------------------------------------------------
    def _columns_from(self, columns: UserColumns,
                      packed: Optional[dict[str, tuple[bytes, bytes]]] = None,
                      tables: Optional[dict[str, tuple[bytes, bytes]]] = None) -> None:
        """Install columns and their indexes: built from lists, or the cache's bytes."""
        self._install_columns(columns, packed)
        rows = len(self._sip)
        self._indexes: dict[str, HashIndex] = {}
        for name, key_of in self._key_functions().items():
            if tables is not None:
                self._indexes[name] = HashIndex.unpack(key_of, *tables[name], rows)
            else:
                keys = map(_NORMALISERS[name], getattr(columns, _KEY_SOURCES[name]))
                self._indexes[name] = HashIndex.build(key_of, keys, rows)

    def _install_columns(self, columns: UserColumns,
                         packed: Optional[dict[str, tuple[bytes, bytes]]]) -> None:
        for name in TEXT_COLUMNS:
            if packed is not None:
                column = StringColumn.unpack(*packed[name])
            else:
                column = StringColumn.from_values(getattr(columns, name))
            setattr(self, "_" + name, column)
        self._domain = columns.domain
        self._pool = columns.pool
        self._flags = columns.flags
        self._policy_set = columns.policy_set
        self._dn = columns.dn

    def _key_functions(self) -> dict[str, Callable[[int], str]]:
        """Return, per index, the function giving a row's current normalised key."""
        return {
            "sip": lambda row: normalise_sip(self._sip[row]),
            "upn": lambda row: self._upn[row].lower(),
            "sam": lambda row: self._sam[row].lower(),
            "display": lambda row: self._display[row].lower(),
        }

    @classmethod
    def from_users(cls, users: Iterable[User],
                   domains: Optional[dict[str, str]] = None) -> "UserDirectory":
        """Return a directory holding ``users`` (in order), packed and indexed."""
        directory = cls(domains)
        columns = UserColumns()
        for user in users:
            directory._append_to(columns, user)
        directory._columns_from(columns)
        return directory

    def append_to(self, columns: UserColumns, user: User) -> int:
        """Append ``user`` to ``columns`` (a bulk build); return its row number."""
        return self._append_to(columns, user)

    def install(self, columns: UserColumns) -> None:
        """Replace every user with the built ``columns`` and index them."""
        self._deleted = set()
        self._columns_from(columns)

    def codes_for(self, domain: str, pool: Optional[str], enabled: bool, voice: bool,
                  policies: dict[str, str]) -> tuple[int, int, int, int]:
        """Return the (domain, pool, flags, policy set) codes ``append_row`` takes."""
        flags = (_ENABLED if enabled else 0) | (_VOICE if voice else 0)
        return (self._domain_code(domain), self._pool_code(pool), flags,
                self._policy_code(policies))

    @staticmethod
    def append_row(columns: UserColumns, sip: str, display: str, sam: str, upn: str,
                   line_uri: str, codes: tuple[int, int, int, int]) -> None:
        """Append one user from raw values (the generator's fast path, no User object)."""
        columns.sip.append(sip)
        columns.display.append(display)
        columns.sam.append(sam)
        columns.upn.append(upn)
        columns.line_uri.append(line_uri)
        domain, pool, flags, policy = codes
        columns.domain.append(domain)
        columns.pool.append(pool)
        columns.flags.append(flags)
        columns.policy_set.append(policy)

    def _append_to(self, columns: UserColumns, user: User) -> int:
        row = len(columns.sip)
        columns.sip.append(user.sip_address)
        columns.display.append(user.display_name)
        columns.sam.append(user.sam_account_name)
        columns.upn.append(user.upn)
        columns.line_uri.append(user.line_uri or "")
        columns.domain.append(self._domain_code(user.domain))
        columns.pool.append(self._pool_code(user.registrar_pool))
        columns.flags.append(self._flags_of(user))
        columns.policy_set.append(self._policy_code(user.policies))
        if user.distinguished_name and user.distinguished_name != self._default_dn(user):
            columns.dn[row] = user.distinguished_name
        return row

    # -- interned small tables ----------------------------------------------------------
    def _domain_code(self, domain: str) -> int:
        domain = domain.upper()
        if domain not in self._domain_names:
            self._domain_names.append(domain)
        return self._domain_names.index(domain)

    def _pool_code(self, fqdn: Optional[str]) -> int:
        if not fqdn:
            return NO_POOL
        key = fqdn.lower()
        code = self._pool_index.get(key)
        if code is None:
            code = self._pool_index[key] = len(self._pool_names)
            self._pool_names.append(fqdn)
        return code

    def _policy_code(self, policies: dict[str, str]) -> int:
        key = tuple(sorted(policies.items(), key=lambda item: item[0].lower()))
        code = self._policy_index.get(key)
        if code is None:
            code = self._policy_index[key] = len(self._policy_sets)
            self._policy_sets.append(key)
        return code

    @staticmethod
    def _flags_of(user: User) -> int:
        return (_ENABLED if user.enabled else 0) | (_VOICE if user.enterprise_voice_enabled else 0)

    def _default_dn(self, user: User) -> str:
        return self._dn_of(user.domain, user.display_name, user.upn)

    def _dn_of(self, domain: str, display_name: str, upn: str) -> str:
        dns_name = self.domain_dns.get(domain.upper()) or upn.partition("@")[2]
        return f"CN={escape_dn_value(display_name)},CN=Users,{domain_components(dns_name)}"

    # -- reading ------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._sip) - len(self._deleted)

    def rows(self) -> Iterator[int]:
        """Yield every live row number in order."""
        deleted = self._deleted
        return (row for row in range(len(self._sip)) if row not in deleted)

    def __iter__(self) -> Iterator[User]:
        return (self.get(row) for row in self.rows())

    def get(self, row: int) -> User:
        """Return a fresh ``User`` snapshot of ``row``."""
        pool_code = self._pool[row]
        flags = self._flags[row]
        display = self._display[row]
        upn = self._upn[row]
        domain = self._domain_names[self._domain[row]]
        # Positional, in User's field order: a non-indexed filter builds one per row.
        return User(self._sip[row], display, self._sam[row], upn, domain,
                    None if pool_code == NO_POOL else self._pool_names[pool_code],
                    bool(flags & _ENABLED), self._line_uri[row], bool(flags & _VOICE),
                    dict(self._policy_sets[self._policy_set[row]]),
                    self._dn.get(row) or self._dn_of(domain, display, upn), row)

    def sip_of(self, row: int) -> str:
        """Return the SIP address of ``row`` without building a User."""
        return self._sip[row]

    def registrar_pool_of(self, row: int) -> Optional[str]:
        """Return the RegistrarPool FQDN of ``row`` without building a User."""
        code = self._pool[row]
        return None if code == NO_POOL else self._pool_names[code]

    def _live(self, rows: Iterable[int]) -> list[int]:
        return [row for row in rows if row not in self._deleted]

    def find_sip(self, address: str) -> Optional[int]:
        """Return the row whose SIP address is ``address`` (``sip:`` optional), or None."""
        rows = self._live(self._indexes["sip"].find(normalise_sip(address)))
        return rows[0] if rows else None

    def find_upn(self, upn: str) -> Optional[int]:
        """Return the row whose UPN is ``upn`` (case-insensitive), or None."""
        rows = self._live(self._indexes["upn"].find(upn.strip().lower()))
        return rows[0] if rows else None

    def find_sam(self, sam: str, domain: Optional[str] = None) -> list[int]:
        """Return the rows with SamAccountName ``sam``, in ``domain`` when given."""
        rows = self._live(self._indexes["sam"].find(sam.strip().lower()))
        if domain is None:
            return rows
        domain = domain.strip().upper()
        return [row for row in rows if self._domain_names[self._domain[row]] == domain]

    def find_display(self, name: str) -> list[int]:
        """Return the rows whose display name equals ``name`` (case-insensitive)."""
        return self._live(self._indexes["display"].find(name.strip().lower()))

    def search_display(self, pattern: "re.Pattern[str]") -> Iterator[int]:
        """Yield the rows whose display name matches ``pattern`` (see StringColumn.search)."""
        deleted = self._deleted
        return (row for row in self._display.search(pattern) if row not in deleted)

    def find_dn(self, distinguished_name: str) -> Optional[int]:
        """Return the row with this distinguished name (case-insensitive), or None."""
        wanted = distinguished_name.strip().lower()
        common_name = cn_of(distinguished_name)
        candidates = self.find_display(common_name) if common_name is not None else []
        candidates += [row for row, dn in self._dn.items() if row not in self._deleted]
        for row in candidates:
            if self.get(row).distinguished_name.lower() == wanted:
                return row
        return None

    def rows_in_pool(self, fqdn: str) -> Iterator[int]:
        """Yield, in order, the rows homed on pool ``fqdn``."""
        code = self._pool_index.get(fqdn.lower())
        if code is None:
            return iter(())
        deleted = self._deleted
        # compress/map run in C: scanning a million rows takes milliseconds, not a second.
        rows = compress(range(len(self._pool)), map(code.__eq__, self._pool))
        return (row for row in rows if row not in deleted) if deleted else rows

    def count_by_pool(self) -> dict[Optional[str], int]:
        """Return the number of users per RegistrarPool FQDN (None: no pool)."""
        counts = Counter(self._pool)
        for row in self._deleted:
            counts[self._pool[row]] -= 1
        return {None if code == NO_POOL else self._pool_names[code]: n
                for code, n in sorted(counts.items()) if n > 0}

    # -- changing -----------------------------------------------------------------------
    def add(self, user: User) -> int:
        """Append ``user``; return its row number."""
        row = len(self._sip)
        self._sip.append(user.sip_address)
        self._display.append(user.display_name)
        self._sam.append(user.sam_account_name)
        self._upn.append(user.upn)
        self._line_uri.append(user.line_uri or "")
        self._domain.append(self._domain_code(user.domain))
        self._pool.append(self._pool_code(user.registrar_pool))
        self._flags.append(self._flags_of(user))
        self._policy_set.append(self._policy_code(user.policies))
        self._store_dn(row, user)
        for index in self._indexes.values():
            index.add(row)
        return row

    def update(self, row: int, user: User) -> None:
        """Replace every field of ``row`` with those of ``user``; re-index changed keys."""
        before = {name: key_of(row) for name, key_of in self._key_functions().items()}
        self._sip[row] = user.sip_address
        self._display[row] = user.display_name
        self._sam[row] = user.sam_account_name
        self._upn[row] = user.upn
        self._line_uri[row] = user.line_uri or ""
        self._domain[row] = self._domain_code(user.domain)
        self._pool[row] = self._pool_code(user.registrar_pool)
        self._flags[row] = self._flags_of(user)
        self._policy_set[row] = self._policy_code(user.policies)
        self._store_dn(row, user)
        for name, key_of in self._key_functions().items():
            if key_of(row) != before[name]:
                self._indexes[name].add(row)

    def set_pool(self, row: int, fqdn: Optional[str]) -> None:
        """Home ``row`` on pool ``fqdn`` (None: no pool)."""
        self._pool[row] = self._pool_code(fqdn)

    def remove(self, row: int) -> None:
        """Delete ``row`` (row numbers of the others do not change)."""
        self._deleted.add(row)

    def _store_dn(self, row: int, user: User) -> None:
        self._dn.pop(row, None)
        if user.distinguished_name and user.distinguished_name != self._default_dn(user):
            self._dn[row] = user.distinguished_name

    # -- the compiled cache -------------------------------------------------------------
    @property
    def compacted(self) -> bool:
        """True when nothing changed since packing (the packed form is the whole truth)."""
        columns = (self._sip, self._display, self._sam, self._upn, self._line_uri)
        return (not self._deleted and all(c.compacted for c in columns)
                and all(index.compacted for index in self._indexes.values()))

    def pack(self) -> tuple[dict, dict[str, bytes]]:
        """Return (small JSON-able metadata, named byte blobs) describing the directory."""
        if not self.compacted:
            fresh = UserDirectory.from_users(self, self.domain_dns)
            return fresh.pack()
        blobs: dict[str, bytes] = {}
        for name in TEXT_COLUMNS:
            data, starts = getattr(self, "_" + name).packed()
            blobs[f"col.{name}"], blobs[f"off.{name}"] = data, starts
        for name, index in self._indexes.items():
            blobs[f"idx.{name}"], blobs[f"hash.{name}"] = index.packed()
        blobs["domain"] = self._domain.tobytes()
        blobs["pool"] = self._pool.tobytes()
        blobs["flags"] = bytes(self._flags)
        blobs["policy_set"] = self._policy_set.tobytes()
        meta = {
            "rows": len(self._sip),
            "domain_dns": self.domain_dns,
            "domain_names": self._domain_names,
            "pool_names": self._pool_names,
            "policy_sets": [list(map(list, s)) for s in self._policy_sets],
            "dn": [[row, dn] for row, dn in sorted(self._dn.items())],
            "itemsizes": {"H": array("H").itemsize, "i": array("i").itemsize,
                          "I": array("I").itemsize},
        }
        return meta, blobs

    @classmethod
    def unpack(cls, meta: dict, blobs: dict[str, bytes]) -> "UserDirectory":
        """Return the directory that ``pack()`` described; ValueError when inconsistent."""
        directory = cls(meta["domain_dns"])
        directory._domain_names = list(meta["domain_names"])
        directory._pool_names = list(meta["pool_names"])
        directory._pool_index = {n.lower(): i for i, n in enumerate(directory._pool_names)}
        directory._policy_sets = [tuple(tuple(p) for p in s) for s in meta["policy_sets"]]
        directory._policy_index = {s: i for i, s in enumerate(directory._policy_sets)}
        columns = UserColumns(domain=_array("H", blobs["domain"]), pool=_array("i", blobs["pool"]),
                              flags=bytearray(blobs["flags"]),
                              policy_set=_array("H", blobs["policy_set"]),
                              dn={int(row): dn for row, dn in meta["dn"]})
        packed = {name: (blobs[f"col.{name}"], blobs[f"off.{name}"]) for name in TEXT_COLUMNS}
        tables = {name: (blobs[f"idx.{name}"], blobs[f"hash.{name}"])
                  for name in ("sip", "upn", "sam", "display")}
        directory._columns_from(columns, packed, tables)
        directory._check_shape(meta["rows"])
        return directory

    def _check_shape(self, rows: int) -> None:
        # The cache's CRC-32 already vouches for the bytes; this catches a file written
        # by a different layout (counts must agree) at no cost per row.
        columns = (self._sip, self._display, self._sam, self._upn, self._line_uri,
                   self._domain, self._pool, self._flags, self._policy_set)
        if any(len(column) != rows for column in columns):
            raise ValueError("user columns disagree on the number of rows")


def _array(typecode: str, raw: bytes) -> array:
    values = array(typecode)
    values.frombytes(raw)
    return values


TEXT_COLUMNS = ("sip", "display", "sam", "upn", "line_uri")
# Index name -> the column its keys come from.
_KEY_SOURCES = {"sip": "sip", "upn": "upn", "sam": "sam", "display": "display"}
_NORMALISERS = {
    "sip": normalise_sip,
    "upn": str.lower,
    "sam": str.lower,
    "display": str.lower,
}
