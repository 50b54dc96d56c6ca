# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md Example 9 (Sort-Object Length,Name: equal lengths are ordered by name), adapted to [pscustomobject] files; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$files = [pscustomobject]@{ Length = 64; Name = 'File02.txt' }, [pscustomobject]@{ Length = 2; Name = 'File03.txt' }, [pscustomobject]@{ Length = 64; Name = 'File04.txt' }, [pscustomobject]@{ Length = 2; Name = 'File01.txt' }
$files | Sort-Object Length,Name
