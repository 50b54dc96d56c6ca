# source: reference/5.1/Microsoft.PowerShell.Utility/Tee-Object.md Example 4 (Tee-Object inside a function that supports ShouldProcess: under -WhatIf the variable is not set and 'What if: Performing the operation "Set variable" on target "Name: b Value: True".' is shown)
function Test-Tee {
    [Cmdletbinding(SupportsShouldProcess)]
    Param()
    $true|tee -Variable b
    "Variable `$b is set to '$b'"
}

Test-Tee
Test-Tee -WhatIf
