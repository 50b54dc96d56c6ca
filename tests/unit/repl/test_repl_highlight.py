"""Colouring: the pygments lexer built on the shell's tokenizer."""
from __future__ import annotations

from pygments.token import Comment, Name, Operator, String, Text

from cspshell.repl.highlight import CspshellLexer, UnknownCommand, lexer_class


def tokens(text: str, **options) -> list[tuple[object, str]]:
    return [(t, v) for t, v in CspshellLexer(**options).get_tokens(text) if v.strip()]


def test_known_and_unknown_commands() -> None:
    found = tokens("Get-Date | Get-Nothing")
    assert found[0] == (Name.Function, "Get-Date")
    assert found[2] == (UnknownCommand, "Get-Nothing")


def test_aliases_are_known_commands() -> None:
    assert tokens("fl")[0] == (Name.Function, "fl")


def test_an_fqdn_stays_one_argument() -> None:
    found = tokens("Get-CsPool atl-cs-001.contoso.com")
    assert found[1] == (Text, "atl-cs-001.contoso.com")


def test_parameters_operators_variables_strings_comments() -> None:
    found = tokens("Get-CsUser -Identity $id | Where-Object { $_.Name -eq 'x' } # done")
    assert (Name.Attribute, "-Identity") in found
    assert (Name.Variable, "$id") in found
    assert (Operator, "-eq") in found
    assert (String, "'x'") in found
    assert (Name.Property, "Name") in found
    assert (Comment, "# done") in found


def test_variables_inside_double_quotes_are_variables() -> None:
    assert tokens('Write-Host "pool $pool here"')[1:] == [
        (String, '"pool '), (Name.Variable, "$pool"), (String, ' here"')]


def test_a_bound_class_uses_the_given_command_table() -> None:
    bound = lexer_class(lambda name: name == "prompt")()
    found = [(t, v) for t, v in bound.get_tokens("prompt; Get-Date") if v.strip()]
    assert found[0] == (Name.Function, "prompt")
    assert found[2] == (UnknownCommand, "Get-Date")


def test_the_tokens_rebuild_the_text() -> None:
    text = 'foreach ($u in Get-CsUser) { "$($u.SipAddress)" } <# open'
    assert "".join(v for _, v in CspshellLexer().get_tokens(text)) == text + "\n"
