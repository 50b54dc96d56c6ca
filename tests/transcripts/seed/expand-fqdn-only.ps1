# source: seed/000_f25d19bc74bf594d.txt: MachineId 1:5-2 is beta-ls14-ee2.beta.deitterick.com and 1:5-1 is beta-ls14-ee1.beta.deitterick.com, in preferred order
Get-CsUserPoolInfo lcarter@beta.deitterick.com | Select-Object -ExpandProperty PrimaryPoolMachinesInPreferredOrder | Select-Object -ExpandProperty Fqdn
(Get-CsUserPoolInfo lcarter@beta.deitterick.com).PrimaryPoolMachinesInPreferredOrder | ForEach-Object { $_.MachineId }
