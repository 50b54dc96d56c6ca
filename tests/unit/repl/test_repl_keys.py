"""Continuation lines and pastes."""
from __future__ import annotations

import pytest

from cspshell.repl.keybindings import PendingInput, needs_more, plan_paste, split_units


@pytest.mark.parametrize("text, expected", [
    ("Get-Date", False),
    ("if ($true) {", True),                 # open brace
    ("(1 +", True),                          # open parenthesis
    ("'unfinished", True),                   # open quote
    ("@'", True),                            # here-string
    ("Get-CsUser |", True),                  # trailing pipe
    ("Get-CsUser `", True),                  # line continuation
    ("if ($true) {\n", False),               # Enter on an empty continuation line runs it
    ("if ($true) {\n  1", True),
    ("if ($true) {\n  1\n}", False),
])
def test_needs_more(text: str, expected: bool) -> None:
    assert needs_more(text) is expected


def test_split_units_groups_multi_line_statements() -> None:
    units, rest = split_units(["$a = 1", "", "foreach ($i in 1..2) {", "  $i", "}", "Get-Date |"])
    assert units == ["$a = 1", "foreach ($i in 1..2) {\n  $i\n}"]
    assert rest == ["Get-Date |"]


def test_a_paste_ending_in_a_newline_runs_every_line() -> None:
    units, left = plan_paste("", "Get-Date\r\nGet-CsPool\r\n", "")
    assert units == ["Get-Date", "Get-CsPool"] and left == ""


def test_the_last_pasted_line_without_newline_stays_for_editing() -> None:
    units, left = plan_paste("", "Get-Date\nGet-CsUser -Identity lc", "")
    assert units == ["Get-Date"] and left == "Get-CsUser -Identity lc"


def test_a_paste_joins_what_was_already_typed() -> None:
    units, left = plan_paste("Write-Output ", "one\ntwo {\n", " # tail")
    assert units == ["Write-Output one"] and left == "two {\n # tail"


def test_pending_default_is_taken_once() -> None:
    pending = PendingInput()
    pending.default = "Get-Date"
    assert pending.take_default() == "Get-Date" and pending.take_default() == ""
