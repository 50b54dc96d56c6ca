# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md Example 11 (a $size hashtable with Label/Expression and $days with l/e keys), adapted to [pscustomobject] files; doubles keep full ToString() and numbers are right-aligned (powershell-semantics.md 1.5); blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$files = [pscustomobject]@{ Name = 'Certificate.format.ps1xml'; Length = 12825; Age = 223 }, [pscustomobject]@{ Name = 'Diagnostics.Format.ps1xml'; Length = 5074; Age = 223 }, [pscustomobject]@{ Name = 'DotNetTypes.format.ps1xml'; Length = 138223; Age = 223 }
$size = @{Label="Size(KB)";Expression={$_.Length/1KB}}
$days = @{l="Days";e={$_.Age}}
$files | Select-Object Name, $size, $days
