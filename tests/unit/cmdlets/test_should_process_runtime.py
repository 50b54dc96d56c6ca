"""The one ShouldProcess implementation (cspshell/cmdlets/shouldprocess.py) as core cmdlets and
advanced functions use it.

Sources: MshCommandRuntime.cs (DoShouldProcess: a "to All" answer holds for the rest of the
command; under WhatIf 'What if: {description}'; CanShouldProcessAutoConfirm then WriteVerbose of
the description under -Verbose; otherwise InquireHelper(verboseWarning, caption), with
ShouldProcessWarningFallback 'Are you sure you want to perform this action?' + newline + the
description and the caption "Confirm" when not given), CommandBaseStrings.resx (choice labels and
help), NavigationResources.resx (SetContentAction 'Set Content', AddContentAction 'Add Content',
SetContentTarget/AddContentTarget 'Path: {0}'), ExportCsvCommand.BeginProcessing (ShouldProcess(Path)).
"""
from __future__ import annotations

import os

from cspshell.language.engine import Engine
from tests.support.hosts import AnsweringHost
from tests.unit.language.lang_helpers import out


def interactive(text: str, answers: list[str]) -> AnsweringHost:
    """Run ``text`` in an interactive engine whose user answers ``answers``."""
    host = AnsweringHost(answers)
    Engine(host, interactive=True).run(text, history=False)
    return host


def test_set_and_add_content_whatif_name_the_resolved_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the lab's C:\\Users\\Administrator
    target = tmp_path / "pools.txt"
    lines = out("Set-Content -Path .\\pools.txt -Value a -WhatIf\nAdd-Content -Path pools.txt -Value b -WhatIf")
    shown = "C:\\Users\\Administrator\\pools.txt"
    assert lines == [f'What if: Performing the operation "Set Content" on target "Path: {shown}".',
                     f'What if: Performing the operation "Add Content" on target "Path: {shown}".']
    assert not target.exists()


def test_export_csv_whatif_names_the_path_as_given_and_writes_nothing(tmp_path):
    target = os.path.join(str(tmp_path), "users.csv")
    assert out(f"[pscustomobject]@{{a=1}} | Export-Csv -Path '{target}' -WhatIf") == [
        f'What if: Performing the operation "Export-Csv" on target "{target}".']
    assert not os.path.exists(target)


def test_a_core_cmdlet_asks_under_confirm_and_no_leaves_the_variable():
    host = interactive("$pool = 'a'\nSet-Variable pool 'b' -Confirm\n$pool", ["n"])
    assert host.lines[:4] == ["", "Confirm", "Are you sure you want to perform this action?",
                              'Performing the operation "Set variable" on target "Name: pool Value: b".']
    assert host.prompts == ['[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ']
    assert host.lines[-1] == "a"


def test_yes_to_all_holds_for_the_rest_of_a_function():
    text = ("function Remove-Pools { [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')] param() "
            "foreach ($p in 'p1', 'p2', 'p3') { if ($PSCmdlet.ShouldProcess($p)) { \"removed $p\" } } }\n"
            "Remove-Pools")
    host = interactive(text, ["a"])
    assert len(host.prompts) == 1
    assert host.lines[-3:] == ["removed p1", "removed p2", "removed p3"]


def test_three_argument_should_process_prompts_with_its_caption_and_warning():
    text = ("function f { [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')] param() "
            "if ($PSCmdlet.ShouldProcess('Removing pool01', 'Remove pool01?', 'Remove pool')) { 'gone' } }\nf")
    host = interactive(text, ["y"])
    assert host.lines[:3] == ["", "Remove pool", "Remove pool01?"]
    assert host.lines[-1] == "gone"


def test_verbose_writes_the_description_when_no_prompt_is_needed():
    text = ("function f { [CmdletBinding(SupportsShouldProcess)] param() "
            "if ($PSCmdlet.ShouldProcess('pool01', 'Restart')) { 'done' } }\nf -Verbose\nf")
    assert out(text) == ['VERBOSE: Performing the operation "Restart" on target "pool01".', "done", "done"]


def test_should_continue_help_lists_yes_no_and_suspend_and_end_of_input_is_no():
    text = ("function f { [CmdletBinding()] param() if ($PSCmdlet.ShouldContinue('Fail over?', 'Failover')) "
            "{ 'go' } else { 'stay' } }\nf")
    host = interactive(text, ["?"])
    assert host.lines[3:6] == ["Y - Continue with only the next step of the operation.",
                               "N - Skip this operation and proceed with the next operation.",
                               'S - Pause the current pipeline and return to the command prompt. Type "exit" to '
                               "resume the pipeline."]
    assert len(host.prompts) == 2
    assert host.lines[-1] == "stay"
