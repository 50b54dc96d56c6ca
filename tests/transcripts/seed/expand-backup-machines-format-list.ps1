# source: seed/000_f25d19bc74bf594d.txt: backup pool is the Standard Edition server beta-ls14-se2.beta.deitterick.com, machine 1:3-1 (an SE pool's FQDN is its server's FQDN, lync-facts.md 3.1); list layout per powershell-semantics.md 1.4/1.6
Get-CsUserPoolInfo lcarter@beta.deitterick.com | Select-Object -ExpandProperty BackupPoolMachinesInPreferredOrder | Format-List MachineId,Fqdn
