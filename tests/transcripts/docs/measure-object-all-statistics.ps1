# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md Example 2 (-Property Length -Minimum -Maximum -Sum -Average), adapted to [pscustomobject] files; 5.1 list per powershell-semantics.md 1.4 and 3.5
$files = [pscustomobject]@{ Name = 'a.txt'; Length = 26 }, [pscustomobject]@{ Name = 'b.txt'; Length = 20 }, [pscustomobject]@{ Name = 'c.ps1'; Length = 183 }, [pscustomobject]@{ Name = 'd.log'; Length = 23 }
$files | Measure-Object -Property Length -Minimum -Maximum -Sum -Average
