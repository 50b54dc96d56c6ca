"""The mode-aware scan behind colouring and completion."""
from __future__ import annotations

import pytest

from cspshell.repl.scan import Kind, scan


def kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind.value, p.text) for p in scan(text).pieces]


@pytest.mark.parametrize("text, expected", [
    # an FQDN after a command is one argument (pygments' PowerShell lexer splits it)
    ("Move-CsUser lcarter@beta.deitterick.com ls14pool.beta.deitterick.com",
     [("command", "Move-CsUser"), ("argument", "lcarter@beta.deitterick.com"),
      ("argument", "ls14pool.beta.deitterick.com")]),
    ("Get-CsPool atl-cs-001.contoso.com", [("command", "Get-CsPool"), ("argument", "atl-cs-001.contoso.com")]),
    # -eq is a parameter after a command but an operator in an expression
    ("Write-Output -eq", [("command", "Write-Output"), ("parameter", "-eq")]),
    ("$a -eq 1", [("variable", "$a"), ("operator", "-eq"), ("number", "1")]),
    ("Get-CsUser -Confirm:$false", [("command", "Get-CsUser"), ("parameter", "-Confirm:"), ("variable", "$false")]),
    ("[int]::MaxValue", [("type", "[int]"), ("operator", "::"), ("member", "MaxValue")]),
    ("$u.RegistrarPool", [("variable", "$u"), ("operator", "."), ("member", "RegistrarPool")]),
    ("Get-Date # when", [("command", "Get-Date"), ("comment", "# when")]),
    ("@{Name = 'x'}", [("punct", "@{"), ("hashkey", "Name"), ("operator", "="), ("string", "'x'"), ("punct", "}")]),
    ("function Get-Thing { }", [("keyword", "function"), ("function-name", "Get-Thing"), ("punct", "{"),
                                 ("punct", "}")]),
    ("if ($x) { Get-Date }", [("keyword", "if"), ("punct", "("), ("variable", "$x"), ("punct", ")"),
                              ("punct", "{"), ("command", "Get-Date"), ("punct", "}")]),
    ("& $block -Name x", [("operator", "&"), ("variable", "$block"), ("parameter", "-Name"), ("argument", "x")]),
])
def test_pieces(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_an_unfinished_string_runs_to_the_end_and_never_raises() -> None:
    pieces = scan("Write-Host \"not finished").pieces
    assert pieces[-1].kind is Kind.STRING
    assert pieces[-1].text == '"not finished'
    assert pieces[-1].unterminated


def test_an_unfinished_block_comment_is_a_comment() -> None:
    assert kinds("Get-Date <# still")[-1] == ("comment", "<# still")


def test_a_refused_token_becomes_an_error_piece_and_scanning_goes_on() -> None:
    assert kinds("a || b") == [("command", "a"), ("error", "||"), ("argument", "b")]


def test_pipeline_elements_and_positions() -> None:
    result = scan("Get-CsUser | Where-Object { $_.Enabled } | Select-Object Name")
    commands = [(result.command_name(e), e.pipeline, e.position) for e in result.elements if e.is_command]
    assert commands == [("Get-CsUser", 0, 0), ("Where-Object", 0, 1), ("Select-Object", 0, 2)]
    inner = next(e for e in result.elements if not e.is_command)
    assert result.elements[inner.parent].is_command
    assert result.command_name(result.elements[inner.parent]) == "Where-Object"


def test_the_end_state_says_what_may_come_next() -> None:
    assert scan("Get-CsUser |").end_state == "start"
    assert scan("Get-CsUser ").end_state == "cmd"
    assert scan("$x = ").end_state == "start"


def test_pieces_cover_the_text_in_order() -> None:
    text = "Get-CsUserPoolInfo -Identity 'Lisa Carter' | fl *  # seed"
    pieces = scan(text).pieces
    assert [p.start for p in pieces] == sorted(p.start for p in pieces)
    assert all(text[p.start:p.end] == p.text for p in pieces)
