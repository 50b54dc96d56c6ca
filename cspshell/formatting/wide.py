"""Format-Wide layout (5.1's ``WideOutputContext``): values fill rows of equal-width,
left-aligned columns spread over the whole screen; two per row unless ``-Column`` says
otherwise, or as many as the longest value allows with ``-AutoSize``."""
from __future__ import annotations

from typing import Optional

from .table import SEPARATOR, TableWriter

DEFAULT_ITEMS_PER_ROW = 2


def best_items_per_row(longest: int, screen_columns: int) -> int:
    """How many values of ``longest`` characters fit on a row (5.1's best fit)."""
    if longest <= 0 or screen_columns < 1 or longest >= screen_columns:
        return 1
    count = 1
    while longest * (count + 1) + count * len(SEPARATOR) < screen_columns:
        count += 1
    return count


class WideWriter:
    """Collects values into rows and lays each full row out as a table row."""

    def __init__(self, screen_columns: int, columns: int, longest_hint: Optional[int]):
        if longest_hint:
            per_row = best_items_per_row(longest_hint, screen_columns)
        elif columns > 0:
            per_row = columns
        else:
            per_row = DEFAULT_ITEMS_PER_ROW
        self.per_row = per_row
        self.table = TableWriter(screen_columns, [0] * per_row, [None] * per_row)
        self.pending: list[str] = []

    def add(self, text: str) -> list[str]:
        """Add one value; returns the row's lines once the row is full."""
        self.pending.append(text)
        return self.flush() if len(self.pending) == self.per_row else []

    def flush(self) -> list[str]:
        """Lay out the partial row, if any (missing cells are blank)."""
        if not self.pending:
            return []
        values = self.pending + [""] * (self.per_row - len(self.pending))
        self.pending = []
        return self.table.row(values)
