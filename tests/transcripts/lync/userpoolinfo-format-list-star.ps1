# source: seed/000_f25d19bc74bf594d.txt (lcarter's Get-CsUserPoolInfo object: its five properties, in that order, are all it has, so Format-List * shows the seed's list); list blank lines per powershell-semantics.md 1.4
Get-CsUserPoolInfo lcarter@beta.deitterick.com | Format-List *
