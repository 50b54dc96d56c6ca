# source: reference/5.1/Microsoft.PowerShell.Utility/Set-Variable.md (-WhatIf only prints 'What if: Performing the operation "Set variable" on target "Name: desc Value: A description".', VariableCommandStrings and Var.cs @v6.0.0; INPUTS: a piped value binds to Value; several piped values make an array; an existing variable keeps its value when no -Value is given)
Set-Variable -Name desc -Value 'A description' -WhatIf
$null -eq $desc
'piped' | Set-Variable -Name fromPipe
$fromPipe
1, 2, 3 | Set-Variable -Name nums
$nums.Count
$kept = 'still here'
Set-Variable -Name kept -Description 'A note'
$kept
