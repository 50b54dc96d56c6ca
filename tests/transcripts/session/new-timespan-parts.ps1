# source: reference/5.1/Microsoft.PowerShell.Utility/New-TimeSpan; System.TimeSpan list view (DotNetTypes.format.ps1xml)
New-TimeSpan -Hours 1 -Minutes 30
