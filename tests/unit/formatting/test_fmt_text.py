"""5.1 word wrap and newline handling (reference/powershell-semantics.md, 1.5, 1.6 and the
corrections note: words split on space/tab keep their trailing delimiter, a word that does
not fit starts a new line, a word longer than a line is cut by characters)."""
from __future__ import annotations

import pytest

from cspshell.formatting.text import generate_lines, split_lines, truncate_at_newline


@pytest.mark.parametrize("text, first, following, expected", [
    ("short", 10, 10, ["short"]),
    ("", 10, 10, [""]),
    # the delimiter stays with the word, so a wrapped line may end with a blank
    ("hello world foo", 8, 8, ["hello ", "world ", "foo"]),
    ("hello world", 11, 11, ["hello world"]),
    # a word longer than a line is cut by characters
    ("abcdefghij", 4, 4, ["abcd", "efgh", "ij"]),
    ("ab abcdefghij", 4, 4, ["ab a", "bcde", "fghi", "j"]),
    # different first and following widths (a hanging first line)
    ("one two three four", 4, 10, ["one ", "two three ", "four"]),
    # embedded newlines always start a new line, each wrapped on its own
    ("aa bb\ncc", 3, 3, ["aa ", "bb", "cc"]),
])
def test_generate_lines(text, first, following, expected):
    assert generate_lines(text, first, following) == expected


def test_split_lines_drops_carriage_returns():
    assert split_lines("a\r\nb\nc") == ["a", "b", "c"]
    assert split_lines("") == [""]


def test_truncate_at_newline_appends_ellipsis():
    # 5.1 StringManipulationHelper.TruncateAtNewLine: first line + "..."
    assert truncate_at_newline("1\n2") == "1..."
    assert truncate_at_newline("plain") == "plain"
