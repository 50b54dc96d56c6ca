# source: PowerShell/PowerShell Format-List.Tests.ps1 @v6.0.0 ('Name  : array' / 'Value : {0, 1, 2, 3...}'); list blank lines per powershell-semantics.md 1.4
[ordered]@{ array = 0..255; b = 2 } | Format-List
