"""Tables as 5.1 prints them.

Expected texts come from the Format-Table Pester tests of PowerShell v6.1.0 (the last
version with 5.1's blank lines and ``...``). 6.1 stopped padding the last column (#5568);
5.1 pads every column, so each non-blank line below is the 6.1 line padded to the table's
full width (reference 1.5, "Trailing spaces"). Where 6.1 also dropped the padding of a
centred last column, the 5.1 line is derived from 5.1's TableWriter and says so.
"""
from __future__ import annotations

import pytest

from cspshell.formatting.table import TableWriter, column_widths, fit_cell
from cspshell.formatting.views import CENTER, LEFT, RIGHT, Column, TableView, register_view

from tests.support.fakes import lines, obj


def table(text: str, width: int) -> list[str]:
    """A Pester here-string table as 5.1 lines: 1 blank, the lines padded, 2 blanks."""
    body = text.strip("\n").split("\n")
    return [""] + [line.replace("*", " ").ljust(width) for line in body] + ["", ""]


# --- implicit auto-size and alignment by the first object's values -----------------------

@pytest.mark.parametrize("objects, expected, width", [
    ([obj(("a", "abc"), ("b", 123))], "a     b\n-     -\nabc 123", 7),
    ([obj(("a", "abc"), ("b", "abc"))], "a   b\n-   -\nabc abc", 7),
    ([obj(("a", 123), ("b", "abc"))], "  a b\n  - -\n123 abc", 7),
    ([obj(("a", 123), ("b", 123))], "  a   b\n  -   -\n123 123", 7),
])
def test_header_justification(objects, expected, width):
    assert lines(objects) == table(expected, width)


@pytest.mark.parametrize("objects, expected, width", [
    ([obj(("abc", "1234"), ("bcd", "123")), obj(("abc", "1"), ("bcd", "1234"))],
     "abc  bcd\n---  ---\n1234 123\n1    1234", 9),
    ([obj(("abc", "1234"), ("bcd", "1234")), obj(("abc", "1"), ("bcd", "1"))],
     "abc  bcd\n---  ---\n1234 1234\n1    1", 9),
    ([obj(("abc", "123"), ("bcd", "1234")), obj(("abc", "1"), ("bcd", "123"))],
     "abc bcd\n--- ---\n123 1234\n1   123", 8),
])
def test_columns_sized_from_all_values(objects, expected, width):
    assert lines(objects) == table(expected, width)


MULTILINE = "This\nIs some random\nmultiline content"


@pytest.mark.parametrize("pairs, expected", [
    ((("A", 1), ("B", 2), ("Name", MULTILINE)),
     "A B Name\n- - ----\n1 2 This\n    Is some random\n    multiline content"),
    ((("Name", MULTILINE), ("A", 1), ("B", 2)),
     "Name                                  A B\n----                                  - -\n"
     "This                                  1 2\nIs some random\nmultiline content"),
    ((("A", 1), ("Name", MULTILINE), ("B", 2)),
     "A Name                                  B\n- ----                                  -\n"
     "1 This                                  2\n  Is some random\n  multiline content"),
])
def test_wrap_keeps_embedded_lines(pairs, expected):
    from cspshell.formatting.generate import FormatCommand, FormatParams
    command = FormatCommand("table", FormatParams(wrap=True))
    records = list(command.process(obj(*pairs))) + list(command.end())
    # the Name column is as wide as the whole value, newlines included: 37
    assert lines(records) == table(expected, 41)


def test_without_wrap_a_multiline_value_shows_its_first_line():
    out = lines([obj(("name", "1\n2"))])
    assert out[3].startswith("1...")


# --- views with declared widths: multi-line headers, alignment, truncation ---------------

def _view(type_name: str, widths: tuple[int, ...], alignments: tuple = (None, None, None),
          columns: int = 3) -> None:
    labels = ("LongLongHeader", "Header2", "Header3")
    props = ("First", "Second", "Third")
    register_view(type_name, TableView(tuple(
        Column(props[k], labels[k], widths[k], alignments[k]) for k in range(columns))))


def _values(type_name: str, first=1, second=2, third=3):
    return obj(("First", first), ("Second", second), ("Third", third), typename=type_name)


@pytest.mark.parametrize("widths, columns, expected, width", [
    ((7, 7, 7), 3, "LongLon Header2 Header3\ngHeader\n------- ------- -------\n1       2       3", 23),
    ((4, 7, 4), 3, "Long Header2 Head\nLong         er3\nHead\ner\n---- ------- ----\n1    2       3", 17),
    ((4, 4, 7), 3, "Long Head Header3\nLong er2\nHead\ner\n---- ---- -------\n1    2    3", 17),
    ((14, 7, 3), 3, "LongLongHeader Header2 Hea\n                       der\n                       3\n"
                    "-------------- ------- ---\n1              2       3", 26),
    ((4, 1, 1), 1, "Long\nLong\nHead\ner\n----\n1", 4),
])
def test_headers_spanning_rows(widths, columns, expected, width):
    type_name = f"Test.Headers.{'.'.join(map(str, widths))}"
    _view(type_name, widths, columns=columns)
    assert lines([_values(type_name)]) == table(expected, width)


ALIGNED = (LEFT, RIGHT, CENTER)


def test_aligned_columns_narrow_values():
    _view("Test.Aligned.Narrow", (4, 7, 5), ALIGNED)
    # 5.1 centres "r3" in 5 columns as " r3  " (6.1 dropped that padding on the last column)
    assert lines([_values("Test.Aligned.Narrow")]) == [
        "", "Long Header2 Heade", "Long          r3  ", "Head              ", "er                ",
        "---- ------- -----", "1          2   3  ", "", ""]


def test_aligned_columns_wide_values_are_cut():
    _view("Test.Aligned.Wide", (4, 7, 5), ALIGNED)
    out = lines([_values("Test.Aligned.Wide", "12345", "12345678", "123456")])
    # left cut keeps the head, right cut keeps the tail: "1...", "...5678", "12..."
    assert out[6] == "1... ...5678 12..."


def test_aligned_columns_wide_values_wrapped():
    from cspshell.formatting.generate import FormatCommand, FormatParams
    _view("Test.Aligned.Wrap", (4, 7, 5), ALIGNED)
    command = FormatCommand("table", FormatParams(wrap=True))
    records = list(command.process(_values("Test.Aligned.Wrap", "12345", "12345678", "123456")))
    records += list(command.end())
    out = lines(records)
    # 5.1 pads every wrapped piece to its column with the column's alignment
    assert out[6:8] == ["1234 1234567 12345", "5          8   6  "]


def test_view_alignment_left_center_right():
    # Pester "Format-Table should have correct alignment" (labels Left/Center/Right)
    register_view("Test.Format.Alignment", TableView((
        Column("Left", "Left", alignment=LEFT), Column("Center", "Center", alignment=CENTER),
        Column("Right", "Right", alignment=RIGHT))))
    item = obj(("Left", 1), ("Center", 2), ("Right", 3), typename="Test.Format.Alignment")
    assert lines([item]) == ["", "Left Center Right", "---- ------ -----", "1      2        3", "", ""]


# --- the writer itself ---------------------------------------------------------------------

def test_fit_cell_truncation():
    # reference 1.5: "abcdefgh" in width 6 -> "abc..." (head cut when right-aligned)
    assert fit_cell("abcdefgh", 6, None) == "abc..."
    assert fit_cell("abcdefgh", 6, RIGHT) == "...fgh"
    # too narrow for the ellipsis: just cut
    assert fit_cell("abcdefgh", 3, None) == "abc"
    assert fit_cell("abcdefgh", 3, RIGHT) == "fgh"
    assert fit_cell("ab", 4, CENTER) == " ab "


def test_unsized_columns_share_the_room():
    # hashtable view at a 120-column console: Name 30, Value gets 119 - 31 = 88
    assert column_widths([30, 0], 119) == [30, 88]
    # GroupInfo view: Count 5, Name 25, Group gets the rest
    assert column_widths([5, 25, 0], 119) == [5, 25, 87]
    # several unsized columns share one character at a time, left first
    assert column_widths([0, 0], 10) == [5, 4]


def test_too_wide_tables_shrink_then_hide_the_last_column():
    assert column_widths([50, 50, 50], 119) == [50, 50, 17]
    assert column_widths([118, 5], 119) == [118, -1]
    writer = TableWriter(119, [118, 5], [None, None])
    assert writer.row(["x", "y"]) == ["x".ljust(118)]


def test_hidden_header():
    writer = TableWriter(119, [1, 1], [RIGHT, RIGHT], hide_header=True)
    assert writer.header(["a", "b"]) == []
    assert writer.row(["1", "2"]) == ["1 2"]
