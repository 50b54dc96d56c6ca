# source: docs/labs.md "What the commands print" and "For instructors" (the CSV report) with the prose of cspshell/labs/registrars.yaml (seed 2 picks lcarter: BLAKE2b rule of docs/labs.md), and the seed post's Get-CsUserPoolInfo outputs
Start-CsLab -Name registrars -Seed 2
Test-CsLabTask
Get-CsLabHint
Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com
Test-CsLabTask
Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com | Select-Object -ExpandProperty PrimaryPoolMachinesInPreferredOrder | Format-List MachineId,Fqdn
Test-CsLabTask
$primaryRegistrar = 'beta-ls14-ee1.beta.deitterick.com'
Test-CsLabTask
Stop-CsLab
Export-CsLabReport -Path report.csv
Import-Csv report.csv | ForEach-Object { "$($_.Task) $($_.Status) $($_.Attempts) $($_.HintsUsed)" }
