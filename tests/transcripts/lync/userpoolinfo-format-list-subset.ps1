# source: seed/000_f25d19bc74bf594d.txt values; Format-List with named properties (powershell-semantics.md 1.4, 1.6)
Get-CsUserPoolInfo lcarter@beta.deitterick.com | Format-List PrimaryPoolFqdn, BackupPoolFqdn
