# source: reference/5.1/Microsoft.PowerShell.Utility/Write-Output.md Example 1 (Write-Output $P displays the objects held in the variable), adapted to [pscustomobject] processes; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$P = [pscustomobject]@{ ProcessName = 'explorer'; Id = 4232 }, [pscustomobject]@{ ProcessName = 'pwsh'; Id = 17600 }
Write-Output $P
