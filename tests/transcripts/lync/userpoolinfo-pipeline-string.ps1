# source: lync-facts.md 1.1 (Identity accepts pipeline input by value: a string); values from the seed
'lcarter@beta.deitterick.com' | Get-CsUserPoolInfo | Select-Object -ExpandProperty BackupPoolFqdn
