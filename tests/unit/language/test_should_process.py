"""Advanced functions: [CmdletBinding(SupportsShouldProcess, ConfirmImpact)], -WhatIf / -Confirm,
$WhatIfPreference reaching the commands a function calls, and $PSCmdlet.

Sources: about_Functions_CmdletBindingAttribute, about_Preference_Variables ($WhatIfPreference,
$ConfirmPreference) and Tee-Object.md Example 4 (5.1 docs); MshCommandRuntime.cs at 60b3b304f2
(DoShouldProcess: under WhatIf the host writes ShouldProcessWhatIfMessage and the answer is False;
CanShouldProcessAutoConfirm: no prompt when $ConfirmPreference is None or above the ConfirmImpact;
ThrowTerminatingError sets the record's InvocationInfo to the function's) and CommandBaseStrings.resx
(ShouldProcessMessage 'Performing the operation "{0}" on target "{1}".', ShouldProcessWhatIfMessage
'What if: {0}'); MiscOps.cs ConvertToMethodInvocationException (a method's exception becomes
MethodInvocationException 'Exception calling "{0}" with "{1}" argument(s): "{2}"', id = the
exception's type name)."""
from __future__ import annotations

from typing import Optional

from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine

from .lang_helpers import out

REMOVE = ("function Remove-Thing { [CmdletBinding(SupportsShouldProcess=$true)] param([string]$Name) "
          "if ($PSCmdlet.ShouldProcess($Name)) { \"removed $Name\" } "
          "if ($PSCmdlet.ShouldProcess($Name, 'Delete')) { \"deleted $Name\" } }\n")
HIGH = ("function Stop-Pool { [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')] param() "
        "if ($PSCmdlet.ShouldProcess('pool01.contoso.com')) { 'stopped' } }\n")
# 5.1's text keeps "Windows " (dropped only in 6): SCRT-HQ/PSGSuite issue #343 and PowerShell issue #3337
# quote 5.1's 'Exception calling "ShouldProcess" with "1" argument(s): "Windows PowerShell is in ...'.
NON_INTERACTIVE = "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."


def _first_message(lines: list[str]) -> str:
    """An error record's message, its wrapped lines joined (the lines before ``At line:``)."""
    at = next(i for i, line in enumerate(lines) if line.startswith("At line:"))
    return "".join(lines[:at])


def test_without_whatif_should_process_is_true():
    assert out(REMOVE + "Remove-Thing -Name a") == ["removed a", "deleted a"]


def test_whatif_prints_the_operation_and_answers_false():
    assert out(REMOVE + "Remove-Thing -Name a -WhatIf") == [
        'What if: Performing the operation "Remove-Thing" on target "a".',
        'What if: Performing the operation "Delete" on target "a".',
    ]


def test_three_argument_should_process_prints_the_description():
    text = ("function f { [CmdletBinding(SupportsShouldProcess)] param() "
            "$PSCmdlet.ShouldProcess('Removing pool01', 'Remove pool01?', 'Confirm') }\nf -WhatIf")
    assert out(text) == ["What if: Removing pool01", "False"]


def test_whatif_preference_reaches_the_cmdlets_a_function_calls():
    text = ("function Set-Thing { [CmdletBinding(SupportsShouldProcess)] param() "
            "Set-Variable -Name done -Value 1 -Scope Global }\nSet-Thing -WhatIf\n\"[$done]\"")
    assert out(text) == ['What if: Performing the operation "Set variable" on target "Name: done Value: 1".', "[]"]


def test_whatif_false_overrides_the_preference():
    text = "$WhatIfPreference = $true\n" + REMOVE + "Remove-Thing -Name b -WhatIf:$false"
    assert out(text) == ["removed b", "deleted b"]


def test_global_whatif_preference_applies_without_the_switch():
    assert out("$WhatIfPreference = $true\n" + REMOVE + "Remove-Thing -Name c")[0] == \
        'What if: Performing the operation "Remove-Thing" on target "c".'


def test_whatif_is_only_a_parameter_of_functions_that_support_should_process():
    lines = out("function f { [CmdletBinding()] param() 'x' }\nf -WhatIf")
    assert lines[0] == "f : A parameter cannot be found that matches parameter name 'WhatIf'."


def test_tee_object_variable_honours_whatif_inside_a_function():
    # Tee-Object.md Example 4
    text = ("function Test-Tee { [Cmdletbinding(SupportsShouldProcess)] Param() $true|tee -Variable b; "
            "\"Variable `$b is set to '$b'\" }\nTest-Tee\nTest-Tee -WhatIf")
    assert out(text) == [
        "True", "Variable $b is set to 'True'",
        "True", 'What if: Performing the operation "Set variable" on target "Name: b Value: True".',
        "Variable $b is set to ''",
    ]


def test_high_impact_asks_for_confirmation_and_a_non_interactive_host_cannot():
    lines = out(HIGH + "Stop-Pool")
    assert _first_message(lines) == f'Exception calling "ShouldProcess" with "1" argument(s): "{NON_INTERACTIVE}"'
    assert "    + CategoryInfo          : NotSpecified: (:) [], MethodInvocationException" in lines
    assert "    + FullyQualifiedErrorId : HostException" in lines


def test_confirm_false_skips_the_prompt():
    assert out(HIGH + "Stop-Pool -Confirm:$false") == ["stopped"]


def test_confirm_preference_none_skips_the_prompt():
    assert out("$ConfirmPreference = 'None'\n" + HIGH + "Stop-Pool") == ["stopped"]


def test_confirm_asks_even_for_medium_impact():
    assert out(REMOVE + "Remove-Thing -Name d -Confirm")[0].startswith('Exception calling "ShouldProcess"')


class _AnsweringHost(CaptureHost):
    """A console that answers every prompt with ``answer`` and records the prompt."""

    def __init__(self, answer: str):
        super().__init__()
        self.answer = answer

    def read_line(self, prompt: str) -> Optional[str]:
        self.write_line(prompt + self.answer)
        return self.answer


def _interactive(text: str, answer: str) -> list[str]:
    host = _AnsweringHost(answer)
    engine = Engine(host, interactive=True)
    for unit in text.split("\n"):
        engine.run(unit)
    return host.lines


def test_an_interactive_host_shows_the_confirm_prompt():
    lines = _interactive(HIGH + "Stop-Pool", "n")
    assert lines == [
        "",
        "Confirm",
        "Are you sure you want to perform this action?",
        'Performing the operation "Stop-Pool" on target "pool01.contoso.com".',
        '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): n',
    ]
    assert _interactive(HIGH + "Stop-Pool", "y")[-1] == "stopped"


def test_should_continue_prompts_with_yes_no():
    text = ("function f { [CmdletBinding()] param() if ($PSCmdlet.ShouldContinue('Fail over pool01?', "
            "'Failover')) { 'go' } }\nf")
    assert _interactive(text, "y") == [
        "", "Failover", "Fail over pool01?", '[Y] Yes  [N] No  [S] Suspend  [?] Help (default is "Y"): y', "go"]
    assert _first_message(out(text)) == \
        f'Exception calling "ShouldContinue" with "2" argument(s): "{NON_INTERACTIVE}"'


def test_write_object_writes_in_order():
    text = ("function f { [CmdletBinding()] param() 1; $PSCmdlet.WriteObject(2); 3; "
            "$PSCmdlet.WriteObject(@(4, 5), $true); $PSCmdlet.WriteObject(@(6, 7)) }\n(f).Count\nf")
    assert out(text) == ["6", "1", "2", "3", "4", "5", "6", "7"]


def test_throw_terminating_error_stops_the_function_not_the_caller():
    text = ("function Fail-Me { [CmdletBinding()] param() try { 1/0 } catch { $PSCmdlet.ThrowTerminatingError($_) }; "
            "'not here' }\nFail-Me; 'next'")
    assert out(text) == [
        "Fail-Me : Attempted to divide by zero.",
        "At line:2 char:1",
        "+ Fail-Me; 'next'",
        "+ ~~~~~~~",
        "    + CategoryInfo          : NotSpecified: (:) [Fail-Me], RuntimeException",
        "    + FullyQualifiedErrorId : RuntimeException,Fail-Me",
        " ",
        "next",
    ]


def test_write_error_is_attributed_to_the_function():
    text = ("function Check-It { [CmdletBinding()] param() try { 1/0 } catch { $PSCmdlet.WriteError($_) }; "
            "'went on' }\nCheck-It")
    lines = out(text)
    assert lines[0] == "Check-It : Attempted to divide by zero."
    assert lines[-1] == "went on"


def test_pscmdlet_properties_and_simple_functions():
    text = ("function f { [CmdletBinding()] param() $PSCmdlet.ParameterSetName; $PSCmdlet.MyInvocation.MyCommand }\nf\n"
            "function g { \"[$PSCmdlet]\" }\ng")
    assert out(text) == ["__AllParameterSets", "f", "[]"]


def test_function_output_streams_between_host_writes():
    # objects reach Out-Default as they are written, so host lines interleave as in 5.1
    assert out('function f { "a"; Write-Host "b"; "c" }\nf') == ["a", "b", "c"]


def test_a_pipeline_that_stops_early_stops_the_function():
    text = "function f { 1; 2; Write-Host 'after two'; 3 }\nf | Select-Object -First 1"
    assert out(text) == ["1"]


def test_throw_terminating_error_with_a_new_error_record():
    # ErrorRecord(exception, errorId, category, targetObject); the FullyQualifiedErrorId gets the
    # function's name (ErrorRecord.GetInvocationTypeName: a script command's name)
    text = ("function Get-Pool { [CmdletBinding()] param([string]$Name) "
            "$e = [System.ArgumentException]::new(\"Pool $Name was not found.\"); "
            "$PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new($e, 'PoolNotFound', "
            "[System.Management.Automation.ErrorCategory]::ObjectNotFound, $Name)) }\nGet-Pool -Name pool9")
    assert out(text) == [
        "Get-Pool : Pool pool9 was not found.",
        "At line:2 char:1",
        "+ Get-Pool -Name pool9",
        "+ ~~~~~~~~~~~~~~~~~~~~",
        "    + CategoryInfo          : ObjectNotFound: (pool9:String) [Get-Pool], ArgumentException",
        "    + FullyQualifiedErrorId : PoolNotFound,Get-Pool",
        " ",
    ]
