# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Date.md (-Format takes a .NET format string); .NET docs "Custom date and time format strings" ("%d" is the day alone; "h" used alone is read as a standard specifier and throws FormatException) and "Standard date and time format strings" ("r" = ddd, dd MMM yyyy HH':'mm':'ss 'GMT'; "M" = MonthDayPattern, en-US "MMMM d" per DateTimeFormatInfo.MonthDayPattern); an unhandled FormatException in a cmdlet shows NotSpecified and ErrorId System.FormatException,<class> (powershell-semantics.md 6.1)
$d = Get-Date -Date '2024-01-02 15:04:05'
Get-Date -Date $d -Format '%d'
Get-Date -Date $d -Format 'r'
Get-Date -Date $d -Format 'M'
'{0:M}' -f $d
Get-Date -Date $d -Format '%h'
Get-Date -Date $d -Format 'h'
