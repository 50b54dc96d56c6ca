# source: reference/powershell-semantics.md 3.4 (Name is the key as a string, Group the members, Count)
$p = [pscustomobject]@{ Name = 'fe1'; Pool = 'ls14pool'; Port = 5061; Up = $true }, [pscustomobject]@{ Name = 'se2'; Pool = 'se2'; Port = 5061; Up = $false }, [pscustomobject]@{ Name = 'dir'; Pool = 'dir'; Port = 444; Up = $true }
$p | Group-Object Port | Select-Object Name, Count
$p | Group-Object Up | ForEach-Object { "$($_.Name): $($_.Group.Name -join ',')" }
