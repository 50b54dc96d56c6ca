"""List layout exactly as Windows PowerShell 5.1 draws it (``ListWriter``).

Each label is padded to the longest label of the same object and followed by ``" : "``;
the value is word-wrapped to the room left, its continuation lines (and the lines of a
multi-line value) indented by the label width plus three. An empty value leaves the
trailing blank of ``" : "``. Labels longer than the screen allows are cut.
"""
from __future__ import annotations

from typing import Sequence

from .text import generate_lines, split_lines

LABEL_SEPARATOR = " : "
MIN_FIELD_WIDTH = 1
MIN_LABEL_WIDTH = 1


def list_lines(fields: Sequence[tuple[str, str]], screen_columns: int) -> list[str]:
    """The lines of one list entry (no blank lines around it)."""
    if not fields:
        return []
    if screen_columns - len(LABEL_SEPARATOR) - MIN_FIELD_WIDTH - MIN_LABEL_WIDTH < 0:
        return []
    max_label = screen_columns - len(LABEL_SEPARATOR) - MIN_FIELD_WIDTH
    label_width = min(max(len(label) for label, _ in fields), max_label)
    prefix_width = label_width + len(LABEL_SEPARATOR)
    field_width = screen_columns - prefix_width
    padding = " " * prefix_width
    out: list[str] = []
    for label, value in fields:
        head = label[:label_width].ljust(label_width) + LABEL_SEPARATOR
        value = value or ""
        if len(value) <= field_width and "\n" not in value and "\r" not in value:
            out.append(head + value)  # the usual case: one line that fits
            continue
        for index, line in enumerate(split_lines(value)):
            prefix = head if index == 0 else padding
            for piece_index, piece in enumerate(generate_lines(line, field_width, field_width)):
                out.append((prefix if piece_index == 0 else padding) + piece)
    return out
