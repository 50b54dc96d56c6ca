# source: learn.microsoft.com/powershell/scripting/learn/deep-dives/everything-about-arrays (ArrayList: created with New-Object or a cast, grown with Add, [void] to drop Add's output); .NET System.Collections.ArrayList docs (Add returns the index of the new item; Remove, Insert)
$list = [System.Collections.ArrayList]@()
$list.Add('lcarter')
[void]$list.Add('dsmith')
$list.Count
$list.GetType().FullName
$other = New-Object System.Collections.ArrayList
$other.Add(5) | Out-Null
$other.Insert(0, 4)
$other -join ','
$pools = [System.Collections.ArrayList]('se1', 'se2', 'ee')
$pools.Remove('se2')
$pools -join ','
