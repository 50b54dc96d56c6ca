# source: VariableCommandStrings.resx (NewVariableAction 'New variable', NewVariableTarget 'Name: {0} Value: {1}', ClearVariableAction 'Clear variable', ClearVariableTarget 'Name: {0}') with CommandBaseStrings.resx (ShouldProcessWhatIfMessage 'What if: {0}', ShouldProcessMessage); reference/5.1/Microsoft.PowerShell.Utility/New-Variable.md and Clear-Variable.md (-WhatIf: the cmdlet is not run)
New-Variable days 7 -WhatIf
"[$days]"
$kept = 'ls14pool'
Clear-Variable kept -WhatIf
$kept
