# source: PowerShell v6.0.0 src/Microsoft.PowerShell.Commands.Utility/commands/utility/GetRandomCommand.cs (BeginProcessing: Int32 bounds give an Int32, an Int64 bound an Int64, anything else a Double; a string bound is scanned as a number; Minimum >= Maximum is MinGreaterThanOrEqualMax)
(Get-Random -Minimum 1 -Maximum 10).GetType().Name
(Get-Random -Maximum ([int64]::MaxValue)).GetType().Name
(Get-Random -Minimum 5000000000).GetType().Name
(Get-Random -Maximum 10.5).GetType().Name
(Get-Random -Maximum '100').GetType().Name
$r = Get-Random -Minimum 5000000000 -Maximum 5000000002
$r -ge 5000000000 -and $r -lt 5000000002
