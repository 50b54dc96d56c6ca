# source: VariableCommandStrings.resx (RemoveVariableAction 'Remove variable', RemoveVariableTarget 'Name: {0}') with CommandBaseStrings.resx (ShouldProcessWhatIfMessage 'What if: {0}', ShouldProcessMessage 'Performing the operation "{0}" on target "{1}".'); reference/5.1/Microsoft.PowerShell.Utility/Remove-Variable.md (-WhatIf: the cmdlet is not run)
$pools = 'ls14pool'
Remove-Variable pools -WhatIf
$pools
