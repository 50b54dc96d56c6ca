# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md Example 4 (Sort-Object -Property Id -Descending), adapted to [pscustomobject] history entries; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$history = [pscustomobject]@{ Id = 1; CommandLine = 'Set-Location C:\Test\' }, [pscustomobject]@{ Id = 2; CommandLine = 'Get-Command Sort-Object -Syntax' }, [pscustomobject]@{ Id = 10; CommandLine = 'Get-ChildItem | Get-Member' }, [pscustomobject]@{ Id = 9; CommandLine = '$PSVersionTable' }
$history | Sort-Object -Property Id -Descending
