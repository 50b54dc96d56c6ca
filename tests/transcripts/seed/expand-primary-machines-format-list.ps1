# source: seed/000_f25d19bc74bf594d.txt (Select-Object -ExpandProperty ... | Format-List MachineId,Fqdn, verbatim); blank lines per 5.1 list rule (powershell-semantics.md 1.4)
Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com | Select-Object -ExpandProperty PrimaryPoolMachinesInPreferredOrder | Format-List MachineId,Fqdn
