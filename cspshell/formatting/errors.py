"""ErrorRecords rendered the way Windows PowerShell 5.1's console shows them (NormalView):

    Cmd : message
    At line:1 char:12
    + source line
    +            ~~~~~~~~~~
        + CategoryInfo          : Category: (Target:Type) [Activity], Reason
        + FullyQualifiedErrorId : Id,Command.Class
    <one space>

The position block follows PositionUtilities.VerboseMessage (long lines are clipped to 69
characters around the error with ``... `` / `` ...``); the category lines are cut into
pieces of width-6 characters, each given a four-space indent; then every line longer than
width-1 is word-wrapped with 5.1's wrap. Parse errors put the position block first.
"""
from __future__ import annotations

from typing import Optional

from ..errors import ErrorRecord, Extent
from ..objects import convert as C
from .text import generate_lines

CLIP = 69


def position_lines(extent: Optional[Extent]) -> list[str]:
    """``At line:L char:C``, ``+ source``, ``+ ~~~`` for an extent (empty list when none)."""
    if extent is None:
        return []
    source = extent.source
    line_no, col = source.line_col(extent.start)
    end_line, end_col = source.line_col(max(extent.end, extent.start))
    where = f"At {source.name}:{line_no} char:{col}" if source.name else f"At line:{line_no} char:{col}"
    text = source.line_text(line_no).rstrip()
    if not text:
        return [where]
    before = col - 1
    if line_no == end_line and end_col <= len(text) + 1:
        length = end_col - col
    else:
        length = len(text) - col + 1
    if "\t" in text:
        head = text[:before].replace("\t", "    ")
        mid = text[before:before + max(length, 0)].replace("\t", "    ")
        text = head + mid + text[before + max(length, 0):].replace("\t", "    ")
        before, length = len(head), len(mid)
    lead = trail = False
    if len(text) > CLIP:
        text, before, length, lead, trail = _clip(text, before, length)
    shown = ("... " if lead else "") + text + (" ..." if trail else "")
    marks = "+ " + " " * (before + (4 if lead else 0)) + "~" * (length if length > 0 else 1)
    return [where, "+ " + shown, marks]


def _clip(text: str, before: int, length: int) -> tuple[str, int, int, bool, bool]:
    """Cut a long source line to CLIP characters around the error (5.1's rule)."""
    total = len(text)
    keep_before = min(before, 12)
    after = total - length - before
    keep_after = min(after, 8)
    used = keep_before + length + keep_after
    if used >= CLIP:
        if keep_before + length >= CLIP:
            length = CLIP - keep_before
        trail = True
    else:
        spare_before = before - keep_before
        if spare_before > 0:
            keep_before += min(spare_before, CLIP - used)
            used = keep_before + length + keep_after
        if used < CLIP and after > 0:
            keep_after += min(after, CLIP - used)
        trail = keep_after < after
    lead = keep_before < before
    start = max(before - keep_before, 0)
    text = text[start:start + CLIP]
    before = min(before, keep_before)
    length = min(length, CLIP - before)
    return text, before, length, lead, trail


def _ellipsize(text: str) -> str:
    if len(text) > 40:
        return text[:15] + "..." + text[-15:]
    return text


def category_text(record: ErrorRecord) -> str:
    """CategoryInfo.GetMessage(): ``Category: (TargetName:TargetType) [Activity], Reason``."""
    target = record.target
    name = record.target_name if record.target_name is not None else ("" if target is None else C.to_string(target))
    if record.target_type is not None:
        ttype = record.target_type
    elif target is None:
        ttype = ""
    else:
        full = C.type_name(target)
        ttype = "PSObject" if full.startswith(("System.Management.Automation.PSCustomObject", "Selected.")) \
            or (hasattr(target, "typenames") and not full.startswith("System.")) else full.split(".")[-1]
    activity = record.activity or ""
    reason = record.reason or record.exception_type
    return (f"{record.category}: ({_ellipsize(name)}:{_ellipsize(ttype)}) "
            f"[{_ellipsize(activity)}], {_ellipsize(reason)}")


def _indented(label: str, text: str, width: int) -> str:
    piece = max(width - 6, 1)
    whole = f"+ {label} : {text}"
    return "".join("    " + whole[i:i + piece] for i in range(0, len(whole), piece))


def render_error(record: ErrorRecord, width: int = 120) -> list[str]:
    """The console lines of one error record."""
    message = record.error_details or record.message
    if record.category == "ParserError" and record.command is None:
        # a parser error's message carries its own position; a ParseException raised while
        # running (-split's option checks) has none, and 5.1's view adds none for ParserError
        where = [] if record.exception_type == "ParseException" else position_lines(record.extent)
        body = where + message.split("\n")
    else:
        first = f"{record.command} : {message}" if record.command else message
        body = first.split("\n") + position_lines(record.extent)
    body.append(_indented("CategoryInfo         ", category_text(record), width))
    body.append(_indented("FullyQualifiedErrorId", record.fully_qualified_error_id, width))
    lines: list[str] = []
    for line in body:
        lines.extend(generate_lines(line, width - 1, width - 1))
    if record.extra_message:
        lines.append(record.extra_message)
    if not record.error_details:
        lines.append(" ")
    return lines


def render_category_view(record: ErrorRecord) -> str:
    """``$ErrorView = 'CategoryView'``: just the CategoryInfo text."""
    return category_text(record)
