"""A static reading of a command element's arguments, for completion: which parameter
each typed value would bind to, without running anything.

It follows the binder's rules closely enough for a menu: ``-Name value``, ``-Name:value``,
switches taking no value, comma lists as one argument, unique prefixes and aliases of
parameter names, and positional values in declaration order.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..cmdlets.registry import ALL_SETS, CommandInfo, Parameter
from .scan import Element, Kind, Piece, Scan

_OPEN = {"(", "{", "@(", "$(", "@{", "["}
_CLOSE = {")", "}", "]"}


@dataclass
class Value:
    """One argument value: its pieces (a comma list counts as one value)."""

    pieces: list[Piece] = field(default_factory=list)

    def texts(self) -> list[str]:
        """Return the plain texts of a list of words or strings (quotes removed)."""
        out = []
        for piece in self.pieces:
            if piece.kind in (Kind.ARGUMENT, Kind.NUMBER):
                out.append(piece.text)
            elif piece.kind is Kind.STRING and not piece.unterminated:
                out.append(unquote(piece.text))
        return out


@dataclass
class Arguments:
    """Values bound by name and by position, and what a value typed next would bind to."""

    named: dict[str, Value] = field(default_factory=dict)
    positional: list[Value] = field(default_factory=list)
    typed_names: list[str] = field(default_factory=list)
    pending: Optional[Parameter] = None      # ``-Name`` typed, its value not yet
    continues: Optional[Value] = None        # the last value ended with a comma

    def value_of(self, info: CommandInfo, name: str) -> Optional[Value]:
        """Return the value bound to parameter ``name`` by name or by position."""
        if name in self.named:
            return self.named[name]
        for index, value in enumerate(self.positional):
            if any(p.name == name for p in positional_parameters(info, index, self)):
                return value
        return None


def unquote(text: str) -> str:
    """Return a quoted string's content (``'it''s'`` -> ``it's``)."""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        inner = text[1:-1]
        return inner.replace("''", "'") if text[0] == "'" else inner.replace('""', '"')
    return text


def resolve_parameter(info: CommandInfo, typed: str) -> Optional[Parameter]:
    """Return the parameter ``typed`` names: exact name or alias, else a unique prefix."""
    wanted = typed.lstrip("-").rstrip(":").lower()
    if not wanted:
        return None
    params = info.all_parameters
    for p in params:
        if p.name.lower() == wanted or wanted in (a.lower() for a in p.aliases):
            return p
    matches = [p for p in params if p.name.lower().startswith(wanted)]
    return matches[0] if len(matches) == 1 else None


def positional_parameters(info: CommandInfo, index: int, args: Optional[Arguments] = None) -> list[Parameter]:
    """Return the parameters that could take the ``index``-th positional value (positions
    are an order, as for the binder: Lync declares Identity at position 1), those of the
    default parameter set first, skipping any already bound by name."""
    taken = set(args.named) if args else set()
    free = [p for p in info.all_parameters if p.position is not None and p.name not in taken]
    positions = sorted({p.position for p in free})
    if index >= len(positions):
        return []
    found = [p for p in free if p.position == positions[index]]
    default = info.default_set or ALL_SETS
    found.sort(key=lambda p: 0 if (not p.sets or default in p.sets) else 1)
    return found


def read_arguments(scan: Scan, element: Element, info: CommandInfo, before: int) -> Arguments:
    """Return the arguments of ``element`` written before offset ``before``."""
    args = Arguments()
    pieces = [scan.pieces[i] for i in element.pieces[1:] if scan.pieces[i].end <= before]
    depth = 0
    current: Optional[Value] = None
    target: Optional[Parameter] = None
    after_comma = False
    for piece in pieces:
        if depth:
            depth += _nesting(piece)
            current.pieces.append(piece)  # type: ignore[union-attr]
            continue
        if piece.kind is Kind.PARAMETER:
            param = resolve_parameter(info, piece.text)
            args.typed_names.append(param.name if param else piece.text.lstrip("-").rstrip(":"))
            current, after_comma = None, False
            target = param if param is not None and (piece.colon or not param.is_switch) else None
            continue
        if piece.kind is Kind.PUNCT and piece.text == ",":
            after_comma = current is not None
            continue
        if piece.kind is Kind.COMMENT:
            continue
        if current is not None and after_comma:
            current.pieces.append(piece)
        else:
            current = Value([piece])
            if target is not None:
                args.named[target.name] = current
                target = None
            else:
                args.positional.append(current)
        after_comma = False
        depth += _nesting(piece)
    args.pending = target
    args.continues = current if after_comma else None
    return args


def _nesting(piece: Piece) -> int:
    if piece.kind is not Kind.PUNCT and piece.kind is not Kind.ERROR:
        return 0
    if piece.text in _OPEN:
        return 1
    return -1 if piece.text in _CLOSE else 0


def parameter_for_next_value(info: CommandInfo, args: Arguments) -> list[Parameter]:
    """Return the parameters a value typed now would bind to (best first)."""
    if args.pending is not None:
        return [args.pending]
    if args.continues is not None:
        for name, value in args.named.items():
            if value is args.continues:
                return [p for p in info.all_parameters if p.name == name]
        index = args.positional.index(args.continues)
        return positional_parameters(info, index, args)
    return positional_parameters(info, len(args.positional), args)
