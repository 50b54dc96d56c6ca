"""Out-Default: objects and formatting records to console lines, streaming
(5.1's ``OutCommandInner``).

Blank lines are 5.1's: a formatting sequence starts and ends with one; a list group adds
one at its start and one after every entry; a group with a label is framed by blank lines;
every group ends with one. Hence a table is 1 blank, header, dashes, rows, 2 blanks, and a
list is 2 blanks, entries separated by 1 blank, 3 blanks after the last entry.

Streaming: a table without declared widths waits for the rows of its group, up to
``TABLE_LOOKAHEAD`` of them, to size its columns (5.1 waits up to 300 ms; the emulator
counts rows so the result never depends on timing), then writes them and every later row
at once. ``-AutoSize`` waits for the whole group, as in 5.1.

Widths: ``format_stream(objects, width)`` takes the console width and lays out at
``width - 1`` columns, like the 5.1 console host; ``LineRenderer`` takes the layout width
itself (Out-String and Out-File pass theirs).
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Optional

from ..errors import ErrorRecord
from .generate import FormatCommand
from .listing import list_lines
from .records import (ComplexEntry, ErrorEntry, FormatEnd, FormatStart, GroupEnd, GroupStart,
                      ListEntry, RawText, TableRow, WideEntry, is_record)
from .table import TableWriter
from .text import generate_lines
from .views import CUSTOM, LIST, TABLE, WIDE
from .wide import WideWriter

# Rows of a group read before a table without declared widths sizes its columns.
TABLE_LOOKAHEAD = 1000
DEFAULT_CONSOLE_WIDTH = 120

_RESET, _FORMATTING, _IN_GROUP = "reset", "formatting", "group"

# What the console host puts before each line of a warning, verbose or debug record met in the
# output (a stream merged with ``3>&1`` ...): 5.1's ConsoleLineOutput writes such lines with
# WriteWarningLine, WriteVerboseLine and WriteDebugLine. Files and strings get the bare text.
CONSOLE_STREAM_PREFIXES = {"warning": "WARNING: ", "verbose": "VERBOSE: ", "debug": "DEBUG: "}

OUT_OF_SEQUENCE = ('The object of type "{0}" is not valid or not in the correct sequence. This is '
                   'likely caused by a user-specified "{1}" command which is conflicting with the '
                   'default formatting.')


def complex_lines(text: str, columns: int) -> list[str]:
    """Free text as 5.1's ComplexWriter writes it: word-wrapped to the screen."""
    return generate_lines(text, columns, columns)


def _render_error(record: ErrorRecord, console_width: int) -> list[str]:
    from .errors import render_error  # the lead's 5.1 error view, imported when first needed
    return render_error(record, console_width)


class _Hint:
    """What the cached rows of a group say about its layout."""

    def __init__(self, widths: Optional[list[int]] = None, longest: Optional[int] = None):
        self.widths = widths
        self.longest = longest


def _hint_for(start: FormatStart, records: list[Any]) -> Optional[_Hint]:
    if start.shape == TABLE and start.columns:
        widths = [len(c.label) for c in start.columns]
        for rec in records:
            if isinstance(rec, TableRow):
                for k, cell in enumerate(rec.cells[:len(widths)]):
                    widths[k] = max(widths[k], len(cell))
        return _Hint(widths=widths)
    if start.shape == WIDE and start.wide_columns == 0:
        texts = [len(rec.text) for rec in records if isinstance(rec, WideEntry) and rec.text]
        return _Hint(longest=max(texts, default=0))
    return None


class _GroupCache:
    """Holds a group's records until its end or ``limit`` rows (None: no limit)."""

    def __init__(self, start: FormatStart, limit: Optional[int]):
        self.start = start
        self.limit = limit
        self.queue: list[Any] = []
        self.rows = 0
        self.active = False

    def add(self, record: Any) -> tuple[list[Any], Optional[_Hint]]:
        """(records to process now, the layout hint when the cache just flushed)."""
        if not self.active:
            if isinstance(record, GroupStart):
                self.active, self.rows, self.queue = True, 0, [record]
                return [], None
            return [record], None
        self.queue.append(record)
        if not isinstance(record, (FormatStart, GroupStart, GroupEnd, FormatEnd)) and not record.out_of_band:
            self.rows += 1
        if isinstance(record, GroupEnd) or (self.limit is not None and self.rows >= self.limit):
            return self.drain()
        return [], None

    def drain(self) -> tuple[list[Any], Optional[_Hint]]:
        queued, self.queue, self.active = self.queue, [], False
        if not queued:
            return [], None
        return queued, _hint_for(self.start, queued)


class _GroupContext:
    """The layout of the current group; subclasses per shape."""

    def __init__(self, renderer: "LineRenderer", start: FormatStart, hint: Optional[_Hint]):
        self.renderer = renderer
        self.start = start
        self.columns = renderer.columns

    def group_start(self) -> list[str]:
        return []

    def group_end(self) -> list[str]:
        return []

    def payload(self, record: Any) -> list[str]:
        return []


class _TableContext(_GroupContext):
    def __init__(self, renderer: "LineRenderer", start: FormatStart, hint: Optional[_Hint]):
        super().__init__(renderer, start, hint)
        widths = hint.widths if hint and hint.widths else [c.width for c in start.columns]
        alignments = [c.alignment for c in start.columns]
        self.writer = TableWriter(self.columns, widths, alignments, start.hide_header) if start.columns else None

    def group_start(self) -> list[str]:
        return self.writer.header([c.label for c in self.start.columns]) if self.writer else []

    def payload(self, record: Any) -> list[str]:
        if self.writer is None or not isinstance(record, TableRow):
            return []
        count = len(self.start.columns)
        return self.writer.row(list(record.cells[:count]), record.wrap, record.alignments[:count])


class _ListContext(_GroupContext):
    def group_start(self) -> list[str]:
        return [""]

    def payload(self, record: Any) -> list[str]:
        fields = record.fields if isinstance(record, ListEntry) else ()
        return list_lines(fields, self.columns) + [""]


class _WideContext(_GroupContext):
    def __init__(self, renderer: "LineRenderer", start: FormatStart, hint: Optional[_Hint]):
        super().__init__(renderer, start, hint)
        self.writer = WideWriter(self.columns, start.wide_columns, hint.longest if hint else None)

    def group_start(self) -> list[str]:
        return [""]

    def group_end(self) -> list[str]:
        return self.writer.flush()

    def payload(self, record: Any) -> list[str]:
        return self.writer.add(record.text) if isinstance(record, WideEntry) else []


class _ComplexContext(_GroupContext):
    def payload(self, record: Any) -> list[str]:
        return complex_lines(record.text, self.columns) if isinstance(record, ComplexEntry) else []


_CONTEXTS = {TABLE: _TableContext, LIST: _ListContext, WIDE: _WideContext, CUSTOM: _ComplexContext}


class LineRenderer:
    """Consumes objects and formatting records; returns the lines to write, as they come.

    ``columns`` is the layout width (119 for a 120-column console). A returned line may hold
    newlines only when it is a scalar's text written as is (5.1 writes it in one piece).
    ``stream_prefixes`` (the console's: ``CONSOLE_STREAM_PREFIXES``) prefix each line of a
    stream record's text.
    """

    def __init__(self, columns: int, enum_limit: int = 4, lookahead: int = TABLE_LOOKAHEAD,
                 stream_prefixes: Optional[dict[str, str]] = None):
        self.columns = columns
        self.enum_limit = enum_limit
        self.lookahead = lookahead
        self.stream_prefixes = stream_prefixes or {}
        self._default: Optional[FormatCommand] = None
        self._cache: Optional[_GroupCache] = None
        self._start: Optional[FormatStart] = None
        self._group: Optional[_GroupContext] = None
        self._state = _RESET

    # -- input ----------------------------------------------------------------------------
    def feed(self, obj: Any) -> list[str]:
        """Lines produced by one more object or record (possibly none yet)."""
        out: list[str] = []
        if is_record(obj):
            if isinstance(obj, FormatStart) and self._state != _RESET:
                self._close_default(out)
            self._accept(obj, out)
            return out
        if self._default is None:
            self._default = FormatCommand(None, None, self.enum_limit)
        for record in self._default.process(obj):
            self._accept(record, out)
        return out

    def close(self) -> list[str]:
        """Lines still pending at the end of the input."""
        out: list[str] = []
        self._close_default(out)
        if self._cache is not None:
            self._release(*self._cache.drain(), out)
        return out

    def _close_default(self, out: list[str]) -> None:
        if self._default is not None:
            for record in self._default.end():
                self._accept(record, out)
            self._default = None

    # -- the formatting protocol ---------------------------------------------------------
    def _accept(self, record: Any, out: list[str]) -> None:
        if isinstance(record, FormatStart):
            self._close_open_sequence(out)
            self._cache = self._cache_for(record)
        if self._cache is None:
            self._process(record, out)
            return
        self._release(*self._cache.add(record), out)

    def _release(self, records: list[Any], hint: Optional[_Hint], out: list[str]) -> None:
        for index, record in enumerate(records):
            self._process(record, out, hint if index == 0 else None)

    def _cache_for(self, start: FormatStart) -> Optional[_GroupCache]:
        if start.autosize:
            return _GroupCache(start, None)
        if start.shape == TABLE and start.columns and start.columns[0].width == 0:
            return _GroupCache(start, self.lookahead)
        return None

    def _close_open_sequence(self, out: list[str]) -> None:
        """A new sequence while one is open: end the open one as 5.1 pretends it ended."""
        if self._cache is not None:
            self._release(*self._cache.drain(), out)
        if self._state == _IN_GROUP:
            self._process(GroupEnd(), out)
        if self._state == _FORMATTING:
            self._process(FormatEnd(), out)

    def _process(self, record: Any, out: list[str], hint: Optional[_Hint] = None) -> None:
        if isinstance(record, FormatStart):
            self._start, self._state = record, _FORMATTING
            out.append("")
        elif isinstance(record, GroupStart):
            self._group_start(record, hint, out)
        elif isinstance(record, GroupEnd):
            if self._group is not None:
                out.extend(self._group.group_end())
            self._group, self._state = None, _FORMATTING
            out.append("")
        elif isinstance(record, FormatEnd):
            self._start, self._state = None, _RESET
            out.append("")
        elif record.out_of_band:
            out.extend(self._out_of_band(record))
        elif self._group is None:
            out.extend(self._out_of_sequence(record))
        else:
            out.extend(self._group.payload(record))

    def _group_start(self, record: GroupStart, hint: Optional[_Hint], out: list[str]) -> None:
        start = self._start or FormatStart(TABLE)
        self._group = _CONTEXTS[start.shape](self, start, hint)
        self._state = _IN_GROUP
        if record.label is not None:
            out.append("")
            out.extend(complex_lines(record.label, self.columns))
            out.append("")
        out.extend(self._group.group_start())

    def _out_of_band(self, record: Any) -> list[str]:
        if isinstance(record, RawText):
            return [record.text]
        if isinstance(record, ListEntry):
            return [""] + list_lines(record.fields, self.columns) + [""]
        if isinstance(record, ErrorEntry):
            return _render_error(record.record, self.columns + 1)
        lines = complex_lines(record.text, self.columns)
        prefix = self.stream_prefixes.get(getattr(record, "stream", ""))
        return [prefix + line for line in lines] if prefix else lines

    def _out_of_sequence(self, record: Any) -> list[str]:
        message = OUT_OF_SEQUENCE.format(record.ps_type_name, "format-*")
        error = ErrorRecord(message=message, error_id="ConsoleLineOutputOutOfSequencePacket",
                            category="InvalidData", exception_type="InvalidOperationException")
        return _render_error(error, self.columns + 1)


def split_output(lines: Iterable[str]) -> Iterator[str]:
    """Console lines: written pieces split at their line breaks (``\\r`` dropped)."""
    for piece in lines:
        if "\n" in piece or "\r" in piece:
            yield from piece.replace("\r\n", "\n").replace("\r", "").split("\n")
        else:
            yield piece


def format_stream(objects: Iterable[Any], width: Optional[int] = None, enum_limit: int = 4) -> Iterator[str]:
    """Out-Default: the console lines (without newline characters) for ``objects``, yielded
    as soon as they are known. ``width`` is the console width (default 120)."""
    renderer = LineRenderer((width or DEFAULT_CONSOLE_WIDTH) - 1, enum_limit,
                            stream_prefixes=CONSOLE_STREAM_PREFIXES)
    for obj in objects:
        yield from split_output(renderer.feed(obj))
    yield from split_output(renderer.close())


def render_lines(objects: Iterable[Any], columns: int, enum_limit: int = 4) -> list[str]:
    """All the lines for ``objects`` laid out at exactly ``columns`` (tests, Out-String)."""
    renderer = LineRenderer(columns, enum_limit)
    out: list[str] = []
    for obj in objects:
        out.extend(renderer.feed(obj))
    out.extend(renderer.close())
    return out
