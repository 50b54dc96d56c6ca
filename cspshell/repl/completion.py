"""Tab completion, independent of the terminal: given the text and the cursor, what could
the word at the cursor become.

- command names, with Verb-Noun initials (``g-csu`` -> Get-CsUser, Get-CsUserPoolInfo);
- parameter names of the command being typed (with their type and whether mandatory);
- parameter values: ValidateSet and enum values, users by SIP address and display name
  (a prefix index, never a scan), pools, machines, sites and lab clients from the topology,
  property names of what flows in the pipeline (after Select-Object, Where-Object,
  Sort-Object, Group-Object, Measure-Object, Format-*), variable and command names, files;
- variables (``$na``), and members (``$user.Re``, ``$_.`` inside a script block given to a
  command, from the type flowing into that command).

``CompletionEngine.complete(text, cursor)`` returns where the replaced word starts and the
candidates; ``completer.py`` adapts that to prompt_toolkit.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from ..cmdlets.registry import CommandInfo, Parameter, all_aliases, all_commands, lookup
from ..objects.members import property_names
from ..objects.psobject import PSHashtable
from .arguments import parameter_for_next_value, read_arguments
from .scan import Element, Kind, Piece, Scan, scan
from .typeinfo import UNKNOWN, Flow, TypeCatalog, flow_properties, infer_flow, property_flow, sample_flow
from .userindex import SIP_PREFIX, UserIndex

USER_LIMIT = 50

ACTION_PREFERENCES = ("SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend")
_USER_TYPES = {"useridparameter", "microsoft.rtc.management.ad.useridparameter"}
_PROPERTY_COMMANDS = frozenset({"select-object", "sort-object", "group-object", "measure-object",
                                "where-object", "foreach-object", "format-list", "format-table",
                                "format-wide", "compare-object"})
_PROPERTY_PARAMETERS = frozenset({"property", "expandproperty", "excludeproperty", "groupby", "membername"})
# A parameter's name says what it takes (Lync cmdlets and the CsLab commands alike).
_PARAMETER_SOURCES = {
    "pool": "pools", "target": "pools", "poolfqdn": "pools", "registrarpool": "pools",
    "backuppool": "pools", "backupregistrar": "pools", "proxypool": "pools", "director": "pools",
    "targetfqdn": "pools",
    "computername": "machines", "computer": "machines", "machine": "machines",
    "addmachine": "machines", "removemachine": "machines",
    "site": "sites", "client": "clients", "user": "users", "usersipaddress": "users",
}
# -Identity takes what the command's noun names: CsUserPoolInfo users, CsPool pools,
# CsRegistrarConfiguration configuration scopes, CsRegistrar/CsService services.
_IDENTITY_BY_NOUN = (("user", "users"), ("computer", "machines"), ("machine", "machines"),
                     ("configuration", "configurations"), ("registrar", "services"),
                     ("service", "services"), ("pool", "pools"), ("site", "sites"), ("client", "clients"))
_VARIABLE_COMMANDS = frozenset({"get-variable", "set-variable", "remove-variable", "clear-variable"})
_PATH_PARAMETERS = frozenset({"path", "literalpath", "filepath", "paths"})
_VARIABLE_WORD = re.compile(r"\$(?:[\w]+:)?[\w]*")
_NEEDS_QUOTES = re.compile(r"^[@#<>-]|[\s'\"`$;|&(){},]")


@dataclass(frozen=True)
class Candidate:
    """One completion: the text inserted, what the menu shows, and a note beside it."""

    text: str
    display: str = ""
    meta: str = ""


@dataclass(frozen=True)
class Completions:
    """Candidates replacing the text from offset ``start`` to the cursor."""

    start: int
    candidates: tuple[Candidate, ...] = ()


def quote(value: str, quote_char: str = "") -> str:
    """Return ``value`` as a PowerShell argument: in the quote the user opened, or in single
    quotes when it holds spaces or special characters."""
    if quote_char:
        return quote_char + value.replace(quote_char, quote_char * 2) + quote_char
    if _NEEDS_QUOTES.search(value):
        return "'" + value.replace("'", "''") + "'"
    return value


def matches_humps(pattern: str, name: str) -> bool:
    """True when ``pattern`` is a run of prefixes of ``name``'s capitalised humps, from the
    first (``csupi`` matches CsUserPoolInfo: Cs+U+P+I; a plain prefix matches too)."""
    humps = re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[a-z0-9]+", name)
    pattern = pattern.lower()

    def consume(p: int, h: int) -> bool:
        if p == len(pattern):
            return True
        if h == len(humps):
            return False
        hump = humps[h].lower()
        for take in range(min(len(hump), len(pattern) - p), 0, -1):
            if hump[:take] == pattern[p:p + take] and consume(p + take, h + 1):
                return True
        return False
    return consume(0, 0)


def command_matches(pattern: str, name: str) -> bool:
    """True when ``pattern`` completes to command ``name``: a prefix, or Verb-Noun initials
    (``g-csu``: a verb starting with g, a noun whose humps start c-s-u...)."""
    low = pattern.lower()
    if name.lower().startswith(low):
        return True
    if "-" not in pattern or "-" not in name:
        return False
    verb, _, noun = pattern.partition("-")
    name_verb, _, name_noun = name.partition("-")
    return name_verb.lower().startswith(verb.lower()) and (not noun or matches_humps(noun, name_noun))


def parameter_meta(param: Parameter) -> str:
    """The menu note of a parameter: its type, and whether it is mandatory."""
    meta = "switch" if param.is_switch else param.type.rsplit(".", 1)[-1]
    return f"{meta}, mandatory" if param.mandatory else meta


class CompletionEngine:
    """Completes what a person types, looking at the session (variables, functions,
    topology) but never running anything."""

    def __init__(self, ctx: Any, catalog: Optional[TypeCatalog] = None):
        self.ctx = ctx
        self.catalog = catalog or TypeCatalog()
        self._users: Optional[UserIndex] = None

    # -- session ---------------------------------------------------------------------------
    @property
    def topology(self) -> Any:
        session = getattr(self.ctx, "session", None)
        return session.topology if session is not None else None

    def users(self) -> Optional[UserIndex]:
        """The user prefix index of the current topology (rebuilt after an import)."""
        topology = self.topology
        if topology is None:
            return None
        if self._users is None or self._users.topology is not topology:
            self._users = UserIndex(topology)
        return self._users

    def command(self, name: str) -> Optional[CommandInfo]:
        """A command by name or alias, the user's functions included."""
        info = lookup(name)
        if info is None:
            finder = getattr(self.ctx, "find_function", None)
            info = finder(name) if finder is not None else None
        return info

    # -- entry point -------------------------------------------------------------------------
    def complete(self, text: str, cursor: Optional[int] = None) -> Completions:
        """Return the completions of the word that ends at ``cursor`` (default: the end)."""
        cursor = len(text) if cursor is None else cursor
        sc = scan(text[:cursor])
        word = _word_at_end(sc)
        for rule in (self._variable, self._member, self._command_name, self._parameter,
                     self._argument, self._after_blank):
            found = rule(sc, word)
            if found is not None:
                return found
        return Completions(cursor)

    # -- rules (each returns None when it does not apply) ------------------------------------
    def _variable(self, sc: Scan, word: Optional[Piece]) -> Optional[Completions]:
        if word is None or not _VARIABLE_WORD.fullmatch(word.text):
            return None
        prefix = word.text[1:].lower()
        if prefix.startswith("env:"):
            names = ["env:" + k for k in sorted(getattr(self.ctx, "env", {}), key=str.lower)]
        else:
            names = [name for name, _ in self.ctx.variables()]
        found = [Candidate("$" + n, "$" + n) for n in names if n.lower().startswith(prefix)]
        return Completions(word.start, tuple(found))

    def _member(self, sc: Scan, word: Optional[Piece]) -> Optional[Completions]:
        pieces = sc.pieces
        if word is not None and word.kind is Kind.MEMBER:
            dot_index, prefix, start = len(pieces) - 2, word.text.lower(), word.start
        elif word is None and pieces and pieces[-1].kind is Kind.OPERATOR and pieces[-1].end == len(sc.text):
            dot_index, prefix, start = len(pieces) - 1, "", len(sc.text)
        else:
            return None
        if dot_index < 1 or pieces[dot_index].text != ".":
            return None
        chain, base = _member_chain(sc, dot_index)
        if base is None or base.kind is not Kind.VARIABLE:
            return None
        names = self._member_names(sc, base, chain)
        return Completions(start, tuple(Candidate(n, n) for n in names if n.lower().startswith(prefix)))

    def _member_names(self, sc: Scan, base: Piece, chain: list[str]) -> list[str]:
        name = base.text[1:].strip("{}").lower()
        if name in ("_", "psitem"):
            flow = self._flow_into_enclosing(sc, base)
            for step in chain:
                flow = property_flow(flow, step, self.catalog)
            return sorted(flow_properties(flow, self.catalog), key=str.lower)
        value = self.ctx.get_var(name)
        for step in chain:
            flow = property_flow(sample_flow(value), step, self.catalog)
            value = flow.sample if flow.has_sample else None
        return _value_members(value)

    def _flow_into_enclosing(self, sc: Scan, piece: Piece) -> Flow:
        """What flows into the command whose script block holds ``piece`` (``$_``)."""
        element = sc.elements[piece.element] if piece.element >= 0 else None
        while element is not None:
            parent = sc.elements[element.parent] if element.parent >= 0 else None
            if parent is not None and parent.is_command:
                return self._flow_into(sc, parent)
            element = parent
        return UNKNOWN

    def _flow_into(self, sc: Scan, element: Element) -> Flow:
        return infer_flow(sc, sc.upstream(element.pipeline, element.position), self.ctx, self.catalog)

    def _command_name(self, sc: Scan, word: Optional[Piece]) -> Optional[Completions]:
        if word is None or word.kind is not Kind.COMMAND:
            return None
        return Completions(word.start, tuple(self.command_candidates(word.text)))

    def _parameter(self, sc: Scan, word: Optional[Piece]) -> Optional[Completions]:
        if word is None or word.element < 0:
            return None
        is_dash = word.kind is Kind.ARGUMENT and word.text == "-"
        if word.kind is not Kind.PARAMETER and not is_dash:
            return None
        element = sc.elements[word.element]
        info = self.command(sc.command_name(element) or "") if element.is_command else None
        if info is None:
            return Completions(word.start)
        if word.colon:
            return self._values(sc, element, info, word.end, "", "")
        args = read_arguments(sc, element, info, word.start)
        prefix = word.text[1:].lower()
        typed = {n.lower() for n in args.typed_names}
        found = [Candidate("-" + p.name, "-" + p.name, parameter_meta(p)) for p in info.all_parameters
                 if p.name.lower().startswith(prefix) and p.name.lower() not in typed]
        return Completions(word.start, tuple(found))

    def _argument(self, sc: Scan, word: Optional[Piece]) -> Optional[Completions]:
        if word is None or word.element < 0:
            return None
        if word.kind not in (Kind.ARGUMENT, Kind.NUMBER) and not (word.kind is Kind.STRING and word.unterminated):
            return None
        element = sc.elements[word.element]
        if not element.is_command or sc.pieces[element.head] is word:
            return None
        info = self.command(sc.command_name(element) or "")
        quote_char = word.text[0] if word.kind is Kind.STRING else ""
        prefix = word.text[1:] if quote_char else word.text
        if info is None:
            return Completions(word.start, tuple(self._fallback_values(prefix, quote_char)))
        return self._values(sc, element, info, word.start, prefix, quote_char)

    def _after_blank(self, sc: Scan, word: Optional[Piece]) -> Optional[Completions]:
        if word is not None or not sc.pieces:
            return None
        end = len(sc.text)
        if sc.end_state in ("start", "invoke"):
            return Completions(end, tuple(self.command_candidates("")))
        if sc.end_state == "cmd" and sc.end_element >= 0:
            element = sc.elements[sc.end_element]
            info = self.command(sc.command_name(element) or "") if element.is_command else None
            if info is not None:
                return self._values(sc, element, info, end, "", "")
        return Completions(end)

    # -- candidates ----------------------------------------------------------------------
    def command_candidates(self, prefix: str) -> list[Candidate]:
        """Commands (cmdlets, functions, aliases) that ``prefix`` completes to, by name."""
        found: dict[str, Candidate] = {}
        for info in all_commands() + list(self._user_commands()):
            if info.name and command_matches(prefix, info.name):
                found.setdefault(info.name.lower(), Candidate(info.name, info.name, info.command_type))
        for alias, target in all_aliases().items():
            if prefix and alias.startswith(prefix.lower()) and alias not in found:
                found[alias] = Candidate(alias, alias, f"Alias of {target}")
        return sorted(found.values(), key=lambda c: c.text.lower())

    def _user_commands(self) -> Iterable[CommandInfo]:
        lister = getattr(self.ctx, "user_commands", None)
        return lister() if lister is not None else ()

    def _values(self, sc: Scan, element: Element, info: CommandInfo, start: int, prefix: str,
                quote_char: str) -> Completions:
        """Values for the parameter the next argument of ``element`` binds to."""
        args = read_arguments(sc, element, info, start)
        for param in parameter_for_next_value(info, args):
            found = self.parameter_values(sc, element, info, param, prefix, quote_char)
            if found is not None:
                return Completions(start, tuple(found))
        return Completions(start, tuple(self._fallback_values(prefix, quote_char)))

    def parameter_values(self, sc: Optional[Scan], element: Optional[Element], info: CommandInfo,
                         param: Parameter, prefix: str, quote_char: str = "") -> Optional[list[Candidate]]:
        """Candidates for ``param``'s value starting with ``prefix``; None when nothing is
        known about what the parameter takes."""
        low = prefix.lower()
        choices = self._choices(sc, element, info, param, prefix)
        if choices is None:
            return None
        if callable(choices):
            return choices(prefix, quote_char)
        return [Candidate(quote(value, quote_char), value, meta) for value, meta in choices
                if value.lower().startswith(low)]

    def _choices(self, sc: Optional[Scan], element: Optional[Element], info: CommandInfo,
                 param: Parameter, prefix: str) -> Any:
        """(value, note) pairs for a parameter, a callable producing candidates, or None."""
        name = param.name.lower()
        command = info.name.lower()
        if param.validate_set:
            return [(v, "") for v in param.validate_set]
        if param.type == "ActionPreference":
            return [(v, "ActionPreference") for v in ACTION_PREFERENCES]
        if name in _PROPERTY_PARAMETERS and command in _PROPERTY_COMMANDS and sc is not None:
            flow = self._flow_into(sc, element) if element is not None else UNKNOWN
            return [(p, "Property") for p in sorted(flow_properties(flow, self.catalog), key=str.lower)]
        if name == "name" and command in _VARIABLE_COMMANDS:
            return [(n, "Variable") for n, _ in self.ctx.variables()]
        if name == "name" and command in ("get-command", "get-help"):
            return [(c.text, c.meta) for c in self.command_candidates(prefix)]
        if name == "name" and command == "get-alias":
            return [(a, f"Alias of {t}") for a, t in sorted(all_aliases().items())]
        source = self._topology_source(info, param)
        if source is not None:
            return self._topology_choices(source)
        if name in _PATH_PARAMETERS:
            return self._path_choices
        return None

    def _topology_source(self, info: CommandInfo, param: Parameter) -> Optional[str]:
        if param.type.lower() in _USER_TYPES:
            return "users"
        name = param.name.lower()
        noun = info.noun.lower()
        if name == "identity" and noun.startswith("cs"):
            return next((source for word, source in _IDENTITY_BY_NOUN if word in noun), None)
        if name == "name" and noun.startswith("cslab") and "client" in noun:
            return "clients"
        return _PARAMETER_SOURCES.get(name)

    def _topology_choices(self, source: str) -> Any:
        topology = self.topology
        if topology is None:
            return []
        if source == "users":
            return self._user_candidates
        if source == "pools":
            return sorted(((p.fqdn, _pool_kind(p)) for p in topology.pools), key=lambda v: v[0].lower())
        if source == "machines":
            return sorted(((m.fqdn, m.machine_id) for m in topology.machines()), key=lambda v: v[0].lower())
        if source == "sites":
            return [(s.name, f"SiteId {s.site_id}") for s in topology.sites]
        if source == "services":
            return [(s.identity, s.site_name) for s in topology.services()]
        if source == "configurations":
            return [(c.identity, "Registrar configuration") for c in topology.registrar_configurations]
        return [(c.name, c.ip) for c in topology.clients]

    def _user_candidates(self, prefix: str, quote_char: str = "") -> list[Candidate]:
        """Users whose SIP address or display name starts with ``prefix`` (index look-ups)."""
        index = self.users()
        if index is None:
            return []
        keep_scheme = prefix.lower().startswith(SIP_PREFIX)
        found = []
        for address, display in index.by_sip(prefix, USER_LIMIT):
            shown = address if keep_scheme else address[len(SIP_PREFIX):] if address.lower().startswith(
                SIP_PREFIX) else address
            found.append(Candidate(quote(shown, quote_char), shown, display))
        if "@" not in prefix and not keep_scheme:
            for display, address in index.by_display(prefix, USER_LIMIT):
                found.append(Candidate(quote(display, quote_char), display, address))
        return found

    def _path_choices(self, prefix: str, quote_char: str = "") -> list[Candidate]:
        folder, _, partial = prefix.replace("\\", "/").rpartition("/")
        base = getattr(self.ctx, "cwd", os.getcwd())
        try:
            entries = sorted(os.scandir(os.path.join(base, folder) if folder else base), key=lambda e: e.name.lower())
        except OSError:
            return []
        found = []
        for entry in entries:
            if entry.name.lower().startswith(partial.lower()):
                text = (folder + "/" if folder else "") + entry.name + ("/" if entry.is_dir() else "")
                found.append(Candidate(quote(text, quote_char), entry.name, "Folder" if entry.is_dir() else "File"))
        return found[:200]

    def _fallback_values(self, prefix: str, quote_char: str) -> list[Candidate]:
        """An argument nobody declared: a SIP address is still recognisable by its ``@``."""
        if "@" in prefix or prefix.lower().startswith(SIP_PREFIX):
            return self._user_candidates(prefix, quote_char)
        return []


def _pool_kind(pool: Any) -> str:
    kind = getattr(pool, "kind", "")
    return str(getattr(kind, "value", kind))


def _word_at_end(sc: Scan) -> Optional[Piece]:
    """The piece the cursor is at the end of, if it is a word that can be completed."""
    if not sc.pieces:
        return None
    last = sc.pieces[-1]
    if last.end != len(sc.text):
        return None
    if last.kind in (Kind.COMMENT, Kind.PUNCT, Kind.OPERATOR, Kind.ERROR):
        return None
    if last.kind is Kind.STRING and not last.unterminated:
        return None
    return last


def _member_chain(sc: Scan, dot_index: int) -> tuple[list[str], Optional[Piece]]:
    """For ``$a.B.C.`` ending with the dot at ``dot_index``: (["B", "C"], the ``$a`` piece)."""
    chain: list[str] = []
    index = dot_index - 1
    while index >= 0:
        piece = sc.pieces[index]
        if piece.kind is Kind.MEMBER and index > 0 and sc.pieces[index - 1].text in (".", "::") \
                and sc.pieces[index - 1].end == piece.start:
            chain.insert(0, piece.text)
            index -= 2
            continue
        return chain, piece
    return chain, None


def _value_members(value: Any) -> list[str]:
    """Members offered after ``$value.``: hashtable keys, then properties; a collection
    offers its elements' properties too (member enumeration)."""
    names: list[str] = []
    if isinstance(value, PSHashtable):
        names.extend(str(k) for k in value.keys())
    if isinstance(value, list) and value:
        names.extend(property_names(value[0]))
    names.extend(property_names(value) if value is not None else [])
    seen: set[str] = set()
    unique = [n for n in names if not (n.lower() in seen or seen.add(n.lower()))]
    return sorted(unique, key=str.lower)


