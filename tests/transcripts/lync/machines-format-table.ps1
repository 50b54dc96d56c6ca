# source: seed/000_f25d19bc74bf594d.txt machine values shown with Format-Table instead of Format-List (table rules of powershell-semantics.md 1.4/1.5)
Get-CsUserPoolInfo lcarter@beta.deitterick.com | Select-Object -ExpandProperty PrimaryPoolMachinesInPreferredOrder | Format-Table MachineId, Fqdn
