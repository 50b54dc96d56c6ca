# source: seed/000_f25d19bc74bf594d.txt values; Select-Object of 2 properties gives a table (powershell-semantics.md 1.2, 1.5: widths from the longest cell, 5.1 pads every column)
Get-CsUserPoolInfo lcarter@beta.deitterick.com | Select-Object PrimaryPoolFqdn, BackupPoolFqdn
