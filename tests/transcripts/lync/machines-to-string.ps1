# source: seed/000_f25d19bc74bf594d.txt: a machine list displays as {1:5-2, 1:5-1}, so each machine's string form is its MachineId; string expansion joins with a space (powershell-semantics.md 4.4)
$info = Get-CsUserPoolInfo lcarter@beta.deitterick.com
"$($info.PrimaryPoolMachinesInPreferredOrder)"
"$($info.BackupPoolMachinesInPreferredOrder)"
