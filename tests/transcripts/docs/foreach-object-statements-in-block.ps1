# source: reference/5.1/Microsoft.PowerShell.Core/ForEach-Object.md Example 2 (if (!$_.PSIsContainer) {$_.Name; $_.Length / 1024; " " }), adapted to [pscustomobject] items
$items = [pscustomobject]@{ Name = 'Modules'; PSIsContainer = $true; Length = $null }, [pscustomobject]@{ Name = 'powershell.exe'; PSIsContainer = $false; Length = 452608 }, [pscustomobject]@{ Name = 'types.ps1xml'; PSIsContainer = $false; Length = 165888 }
$items | ForEach-Object -Process {
    if (!$_.PSIsContainer) {$_.Name; $_.Length / 1024; " " }
}

