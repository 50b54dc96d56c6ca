# source: reference/powershell-semantics.md 6.1 (for CommandNotFound the extent is the command name only)
Get-Foo -Name x
