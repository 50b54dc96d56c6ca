"""A calculated property whose script block fails: the error reaches the caller instead of being
written by the block's own statement (5.1 MshExpression.GetValues invokes the block with
DoInvokeReturnAsIs and catches the RuntimeException). Format-Table / Format-List show `#ERR`
with -DisplayError and an empty field without it (Format-Table.md Example 8, Format-List.md
Example 5, reference 3.7); Select-Object stores $null and writes nothing (PowerShell issue
#6271, a 5.1 transcript: the broken -replace pattern leaves Key empty, no error shown)."""
from __future__ import annotations

from tests.unit.language.lang_helpers import out

ROW = "[pscustomobject]@{ Day = 'Friday'; N = 4 }"


def test_format_table_display_error_shows_err():
    # columns: Day (6 wide) and the block's text with its blanks, " $_.N / $null " (14 wide)
    assert out(ROW + " | Format-Table Day, { $_.N / $null } -DisplayError")[3] == "Friday " + "#ERR".ljust(14)


def test_format_table_without_display_error_shows_an_empty_field_and_no_error():
    lines = out(ROW + " | Format-Table Day, { $_.N / $null }")
    assert lines[3] == "Friday " + " " * 14
    assert not any("divide" in line for line in lines)


def test_format_list_display_error_shows_err():
    assert " $_.N / $null  : #ERR" in out(ROW + " | Format-List Day, { $_.N / $null } -DisplayError")


def test_select_object_stores_null_and_writes_no_error():
    text = (ROW + " | Select-Object @{ Name = 'Key'; Expression = { $_.Day -replace ')broken' } }, "
            "@{ Name = 'EAP'; Expression = { $ErrorActionPreference } }")
    assert out(text) == ["", "Key EAP     ", "--- ---     ", "    Continue", "", ""]


def test_a_block_that_only_writes_an_error_still_writes_it():
    # Write-Error inside the block is a non-terminating error: it goes to the error stream
    lines = out(ROW + " | Select-Object @{ Name = 'X'; Expression = { Write-Error 'no X'; 1 } }")
    assert "no X" in lines
    assert "    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException" in lines
