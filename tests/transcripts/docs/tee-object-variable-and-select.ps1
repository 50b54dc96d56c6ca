# source: reference/5.1/Microsoft.PowerShell.Utility/Tee-Object.md Example 2 (Tee-Object -Variable saves the whole objects while Select-Object shows two properties), adapted to [pscustomobject] processes; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$procs = [pscustomobject]@{ ProcessName = 'notepad'; Handles = 43; Id = 3124 }, [pscustomobject]@{ ProcessName = 'notepad'; Handles = 37; Id = 4580 }
$procs | Tee-Object -Variable proc | Select-Object ProcessName, Handles
$proc.Id
