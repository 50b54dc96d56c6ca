"""Table layout exactly as Windows PowerShell 5.1 draws it (``TableWriter`` and
``ColumnWidthManager``).

* one space between columns, no margin; every column is padded to its width, the last
  one included (5.1 lines carry trailing blanks);
* a header line (labels wrap onto more lines when wider than their column) and a dash line
  as long as the label, or the column when the label is wider;
* columns without a width share the room left one character at a time; a table wider than
  the screen shrinks its last visible column, hiding it when under one character;
* a value wider than its column is cut with ``...`` (at the head when right-aligned); a
  value with a line break shows its first line and ``...``; with ``-Wrap`` values wrap
  inside their column instead.
"""
from __future__ import annotations

from typing import Optional, Sequence

from .text import ELLIPSIS, generate_lines, truncate_at_newline
from .views import CENTER, RIGHT

SEPARATOR = " "
MIN_SCREEN_COLUMNS = 5
MIN_COLUMN_WIDTH = 1


def _table_width(widths: Sequence[int]) -> int:
    visible = [w for w in widths if w > 0]
    return sum(visible) + len(SEPARATOR) * (len(visible) - 1)


def _assign_widths(widths: list[int], room: int) -> bool:
    """Give unsized (0) columns the room left, round-robin; False when trimming is needed."""
    if all(w > 0 for w in widths):
        return _table_width(widths) <= room
    fixed = [w > 0 for w in widths]
    for k, w in enumerate(widths):
        if w == 0:
            widths[k] = MIN_COLUMN_WIDTH
    available = room - _table_width(widths)
    if available < 0:
        return False
    while available > 0:
        for k in range(len(widths)):
            if fixed[k]:
                continue
            widths[k] += 1
            available -= 1
            if available == 0:
                break
    return True


def _last_visible(widths: Sequence[int]) -> int:
    for k, w in enumerate(widths):
        if w < 0:
            return k - 1
    return len(widths) - 1


def _trim_to_fit(widths: list[int], room: int) -> None:
    """Shrink or hide columns from the right until the table fits."""
    while True:
        excess = _table_width(widths) - room
        if excess <= 0:
            return
        last = _last_visible(widths)
        if last < 0:
            return
        shrunk = widths[last] - excess
        widths[last] = -1 if shrunk < MIN_COLUMN_WIDTH else shrunk


def column_widths(requested: Sequence[int], room: int) -> list[int]:
    """Final widths for the requested ones (0: share the room) on ``room`` screen columns;
    a hidden column gets a width below 1."""
    widths = list(requested)
    if not _assign_widths(widths, room):
        _trim_to_fit(widths, room)
    return widths


def _pad(text: str, width: int, alignment: Optional[str]) -> str:
    pad = width - len(text)
    if alignment == RIGHT:
        return " " * pad + text
    if alignment == CENTER:
        left = pad // 2
        return " " * left + text + " " * (pad - left)
    return text + " " * pad


def fit_cell(value: str, width: int, alignment: Optional[str]) -> str:
    """One cell on one line: padded to ``width`` or cut with ``...``."""
    text = truncate_at_newline(value or "")
    if len(text) < width:
        return _pad(text, width, alignment)
    if len(text) == width:
        return text
    keep = width - len(ELLIPSIS)
    if keep > 0:
        return ELLIPSIS + text[-keep:] if alignment == RIGHT else text[:keep] + ELLIPSIS
    return text[-width:] if alignment == RIGHT else text[:width]


class TableWriter:
    """Lays out rows for fixed column widths on a screen of ``screen_columns``."""

    def __init__(self, screen_columns: int, requested_widths: Sequence[int],
                 alignments: Sequence[Optional[str]], hide_header: bool = False):
        self.hide_header = hide_header
        self.alignments = list(alignments)
        self.disabled = screen_columns < MIN_SCREEN_COLUMNS
        self.widths = [] if self.disabled else column_widths(requested_widths, screen_columns)
        if not any(w >= MIN_COLUMN_WIDTH for w in self.widths):
            self.disabled = True

    def header(self, labels: Sequence[str]) -> list[str]:
        """The header lines (labels, then dashes); none when hidden."""
        if self.disabled or self.hide_header:
            return []
        dashes = []
        for label, width in zip(labels, self.widths):
            dashes.append("" if width <= 0 else "-" * (min(len(label), width) if label else width))
        return self.row(labels, wrap=True) + self.row(dashes)

    def row(self, values: Sequence[str], wrap: bool = False,
            alignments: Optional[Sequence[Optional[str]]] = None) -> list[str]:
        """The screen lines of one row (one line unless ``wrap``)."""
        if self.disabled:
            return []
        aligned = self._alignments(alignments)
        values = list(values) + [""] * (len(self.widths) - len(values))
        if wrap:
            return self._wrapped_row(values, aligned)
        cells = [fit_cell(values[k], w, aligned[k]) for k, w in enumerate(self.widths) if w > 0]
        return [SEPARATOR.join(cells)]

    def _alignments(self, overrides: Optional[Sequence[Optional[str]]]) -> list[Optional[str]]:
        if not overrides:
            return self.alignments
        return [o if o is not None else a for o, a in zip(overrides, self.alignments)]

    def _wrapped_row(self, values: list[str], aligned: list[Optional[str]]) -> list[str]:
        columns = []
        for k, width in enumerate(self.widths):
            if width <= 0:
                continue
            lines = generate_lines(values[k] or "", width, width)
            columns.append([_pad(line, width, aligned[k]) if len(line) < width else line
                            for line in lines])
        visible = [w for w in self.widths if w > 0]
        height = max(len(c) for c in columns)
        for col, width in zip(columns, visible):
            col.extend([" " * width] * (height - len(col)))
        return [SEPARATOR.join(col[i] for col in columns) for i in range(height)]
