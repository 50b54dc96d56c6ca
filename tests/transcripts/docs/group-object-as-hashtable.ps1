# source: reference/5.1/Microsoft.PowerShell.Utility/Group-Object.md Example 6 (-AsHashTable -AsString: each key holds its group, reachable with dot notation), adapted to [pscustomobject] commands
$cmds = [pscustomobject]@{ Verb = 'Get'; Name = 'Get-Alias' }, [pscustomobject]@{ Verb = 'Set'; Name = 'Set-Alias' }, [pscustomobject]@{ Verb = 'Get'; Name = 'Get-Content' }
$A = $cmds | Group-Object -Property Verb -AsHashTable -AsString
$A.Get | ForEach-Object Name
$A.Set.Name
$A.Count
