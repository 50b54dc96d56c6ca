# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md Example 4 (Property shows the measured property name)
$p = [pscustomobject]@{ Name = 'fe1'; Pool = 'ls14pool'; Port = 5061; Up = $true }, [pscustomobject]@{ Name = 'se2'; Pool = 'se2'; Port = 5061; Up = $false }, [pscustomobject]@{ Name = 'dir'; Pool = 'dir'; Port = 444; Up = $true }
$p | Measure-Object -Property Port -Sum -Maximum
